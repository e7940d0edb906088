"""Make the phone verifier page for responders (issue 12) from the desktop app: the same service as
`crisisplan verifier export DIR --url URL` — a new signed trust list, the page pinned to this
organisation's trust root, its offline files and the handout PDF with a QR code that opens it."""

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
    QVBoxLayout,
    QWidget,
)

from crisisplan.services.session import Session
from crisisplan.services.verifier_export import VerifierExport, export_from_store
from crisisplan.ui.announce import announce
from crisisplan.ui.errors import describe
from crisisplan.ui.files import choose_folder
from crisisplan.ui.i18n import translate
from crisisplan.ui.widgets import buddy_label


class VerifierDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(translate("VerifierDialog", "Phone verifier for responders"))
        intro = QLabel(translate("VerifierDialog",
                                 "Writes the page police, ambulance and emergency department staff use to check "
                           "cards on their phones, pinned to this organisation's trust root, with a new "
                           "signed trust list and a handout to give them. Publish every file in the folder "
                           "at the address below."), self)
        intro.setWordWrap(True)
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(translate("VerifierDialog", "Folder"))
        browse = QPushButton(translate("VerifierDialog", "&Choose…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://intranet.example.nhs.uk/cardcheck/verifier.html")
        self.url.setAccessibleName(translate("VerifierDialog", "Address where the page will be published"))
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(self.status.textFormat().PlainText)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(buddy_label(translate("VerifierDialog", "&Folder"), self.folder), row)
        form.addRow(buddy_label(translate("VerifierDialog", "&Address"), self.url), self.url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.make_button = buttons.addButton(translate("VerifierDialog", "&Make the page"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.setDefault(True)
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = choose_folder(self, translate("VerifierDialog", "Folder for the verifier page"), self.folder.text())
        if chosen is not None:
            self.folder.setText(str(chosen))

    def make(self) -> VerifierExport | None:
        folder, url = self.folder.text().strip(), self.url.text().strip()
        if not folder or not url:
            self._say(translate("VerifierDialog", "Choose a folder and the address where the page will be published."),
                      problem=True)
            return None
        try:
            result = export_from_store(self.session, Path(folder), url)
        except Exception as exc:  # every failure is explained, nothing half-done is claimed
            self._say(describe(exc), problem=True)
            return None
        self._say(translate("VerifierDialog",
                            "Wrote {page} (trust list no. {sequence}) and {handout} to {folder}. Publish every file "
                      "there at the address, then hand out {handout}.").format(
            page=result.page.name, sequence=result.sequence, handout=result.handout.name, folder=folder))
        return result

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        announce(self.status, text, assertive=problem)


def open_verifier_dialog(window: QWidget) -> VerifierDialog | None:
    session = getattr(window, "session", None)
    if session is None:
        return None
    dialog = VerifierDialog(session, window)
    dialog.open()
    return dialog
