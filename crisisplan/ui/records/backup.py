"""Backup and restore (administrators). A backup is encrypted and verified straight after it is
written (by the service); both run off the UI thread with a progress dialog."""

from __future__ import annotations

import contextlib
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from crisisplan.forms.roles import Permission
from crisisplan.services import admin
from crisisplan.services.overview import BackupInfo
from crisisplan.services.session import Session
from crisisplan.ui import files
from crisisplan.ui.errors import describe
from crisisplan.ui.i18n import translate
from crisisplan.ui.records.base import RecordsTab
from crisisplan.ui.tasks import TaskContext, TaskRunner
from crisisplan.ui.widgets import plain_label


class BackupTab(RecordsTab):
    restore_requested = Signal()

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.backup_button = QPushButton(translate("BackupTab", "Make a &backup…"))
        self.restore_button = QPushButton(translate("BackupTab", "&Restore from a backup…"))
        self.backup_button.setVisible(session.can(Permission.BACKUP))
        self.restore_button.setVisible(session.can(Permission.RESTORE))
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        self.layout_.addWidget(plain_label(translate("BackupTab",
            "A backup is one encrypted file holding every plan and the whole audit log. Keep backups on a "
            "separate disk, away from this computer. The same usernames and passphrases open it.\n\n"
            "Restoring replaces the store on this computer with a backup. Everyone is signed out first; the "
            "current store is kept beside the restored one.")))
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.notice)
        self.layout_.addStretch(1)
        self.last_backup: BackupInfo | None = None
        self.backup_button.clicked.connect(self.make_backup)
        self.restore_button.clicked.connect(self.restore_requested)

    def make_backup(self) -> None:
        suggested = f"crisisplan-{datetime.now():%Y-%m-%d-%H%M}.cpbackup"
        path = files.save_file(self, translate("BackupTab", "Save the backup as"),
                                translate("BackupTab", "crisisplan backups (*.cpbackup);;All files (*)"), suggested)
        if path is None or self.session is None:
            return
        session = self.session

        def work(context: TaskContext) -> BackupInfo:
            return admin.backup(session, path, context.progress)

        def discard(info: BackupInfo) -> None:
            with contextlib.suppress(OSError):
                info.path.unlink()

        self.backup_button.setEnabled(False)
        self.runner.run(work, on_done=self._done, on_error=self._failed, on_cancelled=self._cancelled,
                        discard=discard, parent=self.window(), title=translate("BackupTab", "Backup"),
                        label=translate("BackupTab", "Writing and checking the backup…"))

    def _done(self, info: BackupInfo) -> None:
        self.backup_button.setEnabled(True)
        self.last_backup = info
        self.notice.show_message(translate("BackupTab",
                                           "Backup written and checked: {path}\n{plans} plan(s), {size} KB.").format(
            path=str(info.path), plans=info.plan_count, size=max(1, info.size // 1024)), "ok")

    def _failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.notice.show_message(translate("BackupTab", "No backup was made. {reason}").format(reason=describe(exc)),
                                 "problem")

    def _cancelled(self) -> None:
        self.backup_button.setEnabled(True)
        self.notice.show_message(translate("BackupTab", "The backup was cancelled; no backup file was kept."), "info")
