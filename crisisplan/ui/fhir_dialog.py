"""FHIR exchange from the desktop app: export a plan as a FHIR document Bundle, import one (all or
nothing; "update the existing plan" is offered when it is already here), and push plans to the
trust's FHIR server (roles that may share only; the push runs in the background)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crisisplan.fhir.files import read_bounded
from crisisplan.fhir.reader import MAX_FHIR_BYTES
from crisisplan.forms.roles import Permission
from crisisplan.services import fhir as fhir_service
from crisisplan.services import fhir_push
from crisisplan.services.atomic import write_text_atomic
from crisisplan.services.session import Session
from crisisplan.store.errors import ConflictError
from crisisplan.ui.dialogs import confirm, inform, show_error
from crisisplan.ui.errors import error_text
from crisisplan.ui.files import open_file, save_file
from crisisplan.ui.i18n import translate
from crisisplan.ui.tasks import TaskContext, TaskRunner

JSON_FILTER = "FHIR JSON (*.json)"


class FhirDialog(QDialog):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.setWindowTitle(translate("FhirDialog", "FHIR exchange"))
        self.plan_id = QSpinBox(self)
        self.plan_id.setRange(1, 10_000_000)
        self.plan_id.setAccessibleName(translate("FhirDialog", "Plan number"))
        self.server = QLineEdit(self)
        self.server.setPlaceholderText("https://fhir.example.nhs.uk/R4")
        self.server.setAccessibleName(translate("FhirDialog", "FHIR server"))
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(translate("FhirDialog", "Reason for sending"))
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(self.status.textFormat().PlainText)
        form = QFormLayout()
        form.addRow(translate("FhirDialog", "Plan number"), self.plan_id)
        form.addRow(translate("FhirDialog", "FHIR server"), self.server)
        form.addRow(translate("FhirDialog", "Reason (goes in the ledger)"), self.reason)
        self.export_button = QPushButton(translate("FhirDialog", "&Export…"), self)
        self.import_button = QPushButton(translate("FhirDialog", "&Import…"), self)
        self.push_button = QPushButton(translate("FhirDialog", "&Send to server"), self)
        self.retry_button = QPushButton(translate("FhirDialog", "&Retry waiting"), self)
        can_share = session.can(Permission.ISSUE_CARD)
        for button in (self.push_button, self.retry_button):
            button.setEnabled(can_share)
        self.export_button.setEnabled(session.can(Permission.EXPORT_PLANS))
        self.import_button.setEnabled(session.can(Permission.IMPORT_PLANS))
        row = QHBoxLayout()
        for button in (self.export_button, self.import_button, self.push_button, self.retry_button):
            row.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.export_button.clicked.connect(self.export_plan)
        self.import_button.clicked.connect(self.import_plan)
        self.push_button.clicked.connect(self.push_plan)
        self.retry_button.clicked.connect(self.retry)

    def export_plan(self) -> None:
        path = save_file(self, translate("FhirDialog", "Export as FHIR"), JSON_FILTER,
                         f"plan-{self.plan_id.value()}.fhir.json")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        try:
            write_text_atomic(path, fhir_service.export_fhir(self.session, self.plan_id.value()))
        except Exception as exc:  # shown to the user, never lost
            show_error(self, exc)
            return
        self.status.setText(translate("FhirDialog", "Exported plan {id} to {name}.").format(id=self.plan_id.value(),
                                                                                            name=path.name))

    def import_plan(self) -> None:
        path = open_file(self, translate("FhirDialog", "Import a FHIR plan"), JSON_FILTER)
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path, *, ask: bool = True) -> None:
        """Import all or nothing; when the plan is already here, offer to update it (a new version)."""
        try:
            data = read_bounded(path, MAX_FHIR_BYTES)
            done = fhir_service.import_fhir(self.session, data)
        except ConflictError as exc:
            if not ask:
                self._import(data, update=True)
                return
            confirm(self, translate("FhirDialog", "Plan already here"), error_text(exc).split(" Import it with")[0] +
                    translate("FhirDialog", " Update the existing plan with this one? It becomes a new version; "
                                            "no duplicate is made."),
                    translate("FhirDialog", "Update the existing plan"), lambda: self._import(data, update=True))
            return
        except Exception as exc:  # a refused file changes nothing; say why
            show_error(self, exc)
            return
        self._imported(done)

    def _import(self, data: bytes, *, update: bool) -> None:
        try:
            done = fhir_service.import_fhir(self.session, data, update=update)
        except Exception as exc:  # shown to the user, never lost
            show_error(self, exc)
            return
        self._imported(done)

    def _imported(self, done: fhir_service.FhirImport) -> None:
        what = translate("FhirDialog", "Updated plan {id} (version {v}).") if done.updated else translate("FhirDialog",
                                                                                                          "Imported as "
                                                                                                          "plan {id}.")
        self.status.setText(what.format(id=done.plan_id, v=done.version))

    def push_plan(self) -> None:
        plan_id, server, reason = self.plan_id.value(), self.server.text().strip(), self.reason.text()
        session = self.session

        def work(_c: TaskContext) -> list[fhir_push.PushOutcome]:
            return fhir_push.push_plans(session, [plan_id], server, reason=reason)

        self._run(work, translate("FhirDialog", "Sending the plan…"))

    def retry(self) -> None:
        session = self.session

        def work(_c: TaskContext) -> list[fhir_push.PushOutcome]:
            return fhir_push.retry_queue(session)

        self._run(work, translate("FhirDialog", "Sending what was waiting…"))

    def _run(self, work: object, label: str) -> None:
        def done(outcomes: list[fhir_push.PushOutcome]) -> None:
            lines = [o.message for o in outcomes] or [translate("FhirDialog", "Nothing is waiting to be sent.")]
            self.status.setText("\n".join(lines))
            if any(not o.sent for o in outcomes):
                inform(self, translate("FhirDialog", "Not sent"), "\n".join(o.message for o in outcomes if not o.sent))

        self.runner.run(work, on_done=done, on_error=lambda exc: show_error(self, exc),  # type: ignore[arg-type]
                        parent=self, label=label, cancellable=False)


def open_fhir_dialog(window: QWidget) -> FhirDialog | None:
    session, runner = getattr(window, "session", None), getattr(window, "runner", None)
    if session is None or runner is None:
        return None
    dialog = FhirDialog(session, runner, window)
    dialog.open()
    return dialog
