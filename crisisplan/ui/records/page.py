"""RecordsPage: one tab per records task the signed-in user's roles allow."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from crisisplan.forms.roles import Permission
from crisisplan.services.session import Session
from crisisplan.ui.i18n import translate
from crisisplan.ui.records.audit import AuditTab
from crisisplan.ui.records.backup import BackupTab
from crisisplan.ui.records.base import RecordsTab
from crisisplan.ui.records.keys import KeysTab
from crisisplan.ui.records.ledger import LedgerTab
from crisisplan.ui.records.partners import PartnersTab
from crisisplan.ui.records.protocols import ProtocolsTab
from crisisplan.ui.records.users import UsersTab
from crisisplan.ui.tasks import TaskRunner
from crisisplan.ui.widgets import plain_label


def records_available(session: Session) -> bool:
    wanted = (Permission.VIEW_AUDIT, Permission.VERIFY_AUDIT, Permission.VIEW_LEDGER, Permission.MANAGE_USERS,
              Permission.MANAGE_PROTOCOLS, Permission.MANAGE_KEYS, Permission.BACKUP, Permission.RESTORE)
    return any(session.can(p) for p in wanted)


class RecordsPage(QWidget):
    restore_requested = Signal()

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("RecordsPage", "Records"))
        self.tabs.setDocumentMode(True)
        self.ledger: LedgerTab | None = None
        self.audit: AuditTab | None = None
        self.users: UsersTab | None = None
        self.protocols: ProtocolsTab | None = None
        self.keys: KeysTab | None = None
        self.partners: PartnersTab | None = None
        self.backup: BackupTab | None = None
        if session.can(Permission.VIEW_AUDIT) or session.can(Permission.VERIFY_AUDIT):
            self.audit = AuditTab(session, runner)
            self.tabs.addTab(self.audit, translate("RecordsPage", "&Audit log"))
        if session.can(Permission.VIEW_LEDGER):
            self.ledger = LedgerTab(session, runner)
            self.tabs.addTab(self.ledger, translate("RecordsPage", "&Disclosure ledger"))
        if session.can(Permission.MANAGE_USERS):
            self.users = UsersTab(session, runner)
            self.tabs.addTab(self.users, translate("RecordsPage", "&Users and roles"))
        if session.can(Permission.MANAGE_PROTOCOLS):
            self.protocols = ProtocolsTab(session, runner)
            self.tabs.addTab(self.protocols, translate("RecordsPage", "&Protocols"))
        if session.can(Permission.MANAGE_KEYS):
            self.keys = KeysTab(session, runner)
            self.tabs.addTab(self.keys, translate("RecordsPage", "Organisation and &keys"))
        if session.can(Permission.MANAGE_PARTNERS) or session.can(Permission.MANAGE_KEYS):
            self.partners = PartnersTab(session, runner)
            self.tabs.addTab(self.partners, translate("RecordsPage", "Pa&rtner organisations"))
        if session.can(Permission.BACKUP) or session.can(Permission.RESTORE):
            self.backup = BackupTab(session, runner)
            self.backup.restore_requested.connect(self.restore_requested)
            self.tabs.addTab(self.backup, translate("RecordsPage", "&Backup and restore"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.tabs.count() == 0:
            layout.addWidget(plain_label(translate("RecordsPage", "Your role has no records to see or manage.")))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_current())

    def tab_list(self) -> list[RecordsTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]  # type: ignore[misc]

    def refresh_current(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, RecordsTab):
            current.refresh()

    def show_ledger_for(self, plan_id: int) -> None:
        if self.ledger is not None:
            self.ledger.set_plan(plan_id)
            self.tabs.setCurrentWidget(self.ledger)
            self.ledger.refresh()

    def clear(self) -> None:
        for tab in self.tab_list():
            tab.clear()
