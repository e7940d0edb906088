"""The audit log (information-governance lead) and the audit chain check."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSpinBox, QWidget

from crisisplan.forms.roles import Permission
from crisisplan.services import admin
from crisisplan.services.overview import AuditEntry, recent_audit_entries
from crisisplan.services.session import Session
from crisisplan.ui.formatting import local_time
from crisisplan.ui.i18n import translate
from crisisplan.ui.records.base import RecordsTab
from crisisplan.ui.table_model import Column, RecordTableModel
from crisisplan.ui.tasks import TaskRunner
from crisisplan.ui.widgets import buddy_label, plain_label

AUDIT_LIMIT = 500
"""Entries per page. Pages are read newest first by entry id (keyset paging, P14): the newest page
of a million-entry log costs the same as that of a new store."""


def audit_model(parent: QWidget | None = None) -> RecordTableModel[AuditEntry]:
    def text(value: object) -> str:
        return "" if value is None else str(value)

    columns = [
        Column[AuditEntry](translate("records", "When"), lambda e: local_time(e.at)),
        Column[AuditEntry](translate("records", "User"), lambda e: e.username),
        Column[AuditEntry](translate("records", "Roles"), lambda e: ", ".join(e.roles)),
        Column[AuditEntry](translate("records", "Action"), lambda e: e.action),
        Column[AuditEntry](translate("records", "Plan"), lambda e: text(e.person)),
        Column[AuditEntry](translate("records", "Workstation"), lambda e: e.workstation),
        Column[AuditEntry](translate("records", "Recipient"), lambda e: text(e.recipient)),
        Column[AuditEntry](translate("records", "Lawful basis"), lambda e: text(e.lawful_basis)),
        Column[AuditEntry](translate("records", "Reason"), lambda e: text(e.reason), lambda e: text(e.reason)),
        Column[AuditEntry](translate("records", "Detail"), lambda e: text(e.detail)),
    ]
    return RecordTableModel(columns, parent)


class AuditTab(RecordsTab):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.can_view = session.can(Permission.VIEW_AUDIT)
        self.model = audit_model(self)
        self.plan = QSpinBox()
        self.plan.setRange(0, 2_000_000_000)
        self.plan.setSpecialValueText(translate("AuditTab", "All plans"))
        self.show_button = QPushButton(translate("AuditTab", "&Show entries"))
        self.older_button = QPushButton(translate("AuditTab", "Show &older entries"))
        self.older_button.setEnabled(False)
        self._rows: list[AuditEntry] = []
        self.check_button = QPushButton(translate("AuditTab", "Check the audit log's &integrity"))
        self.check_button.setVisible(session.can(Permission.VERIFY_AUDIT))
        row = QHBoxLayout()
        if self.can_view:
            row.addWidget(buddy_label(translate("AuditTab", "For &plan number:"), self.plan))
            row.addWidget(self.plan)
            row.addWidget(self.show_button)
            row.addWidget(self.older_button)
        row.addStretch(1)
        row.addWidget(self.check_button)
        self.layout_.addWidget(plain_label(translate("AuditTab",
            "Every view, change, print, export, share, restore, failed unlock and role change is recorded here. "
            "The log is hash-chained: the integrity check shows whether any entry was changed or removed.")))
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.notice)
        self.table = self.make_table(self.model, translate("AuditTab", "Audit log entries"))
        self.table.setVisible(self.can_view)
        self.layout_.addWidget(self.table, 1)
        if not self.can_view:
            self.layout_.addStretch(1)
        self.show_button.clicked.connect(self.refresh)
        self.older_button.clicked.connect(self.show_older)
        self.plan.editingFinished.connect(self.refresh)
        self.check_button.clicked.connect(self.check_chain)

    def refresh(self) -> None:
        if not self.can_view:
            return
        person = self.plan.value() or None
        entries = self.call(lambda s: recent_audit_entries(s, person=person, limit=AUDIT_LIMIT))
        if entries is not None:
            self._rows = list(entries)
            self.model.set_rows(self._rows)
            self.older_button.setEnabled(len(entries) == AUDIT_LIMIT)
            self.fit_columns(self.table)

    def show_older(self) -> None:
        """The next page of older entries, below the ones shown (keyset: older than the last one)."""
        if not self.can_view or not self._rows:
            return
        person = self.plan.value() or None
        before = self._rows[-1].id
        entries = self.call(lambda s: recent_audit_entries(s, person=person, limit=AUDIT_LIMIT, before=before))
        if entries is not None:
            self._rows.extend(entries)
            self.model.set_rows(self._rows)
            self.older_button.setEnabled(len(entries) == AUDIT_LIMIT)

    def check_chain(self) -> None:
        result = self.call(admin.verify_audit)
        if result is None:
            return
        if result.ok:
            self.notice.show_message(translate("AuditTab",
                                               "The audit log is intact: {count} entries, none changed or removed."
                                             ).format(count=result.count), "ok")
        else:
            problems = "\n".join(result.problems[:10])
            self.notice.show_message(translate("AuditTab", "The audit log has been tampered with or damaged. Tell your "
                                             "information-governance lead.\n{problems}").format(problems=problems),
                                     "problem")

    def clear(self) -> None:
        super().clear()
        self._rows = []
        self.older_button.setEnabled(False)
        self.model.clear()
