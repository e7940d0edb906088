"""Restore the store from a backup file: asks for the backup file and credentials valid IN the
backup, asks for confirmation, then restores in the background. A bad backup never touches the
live store (the service verifies it first); the replaced store is kept beside the new one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisisplan.services import admin
from crisisplan.services.errors import OtherStoreBackupError
from crisisplan.services.overview import RestoreInfo
from crisisplan.ui import files
from crisisplan.ui.errors import describe
from crisisplan.ui.i18n import translate
from crisisplan.ui.passphrase import PassphraseEdit
from crisisplan.ui.tasks import TaskContext, TaskRunner
from crisisplan.ui.widgets import NoticeBar, buddy_label, heading, plain_label


class RestoreDialog(QDialog):
    restored = Signal(object)  # RestoreInfo

    def __init__(self, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None, *,
                 before_restore: Callable[[], None] | None = None, username: str = "") -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._runner = runner
        self._before = before_restore
        self.backup_path: Path | None = None
        self.setWindowTitle(translate("RestoreDialog", "Restore from a backup"))
        self.setAccessibleName(translate("RestoreDialog", "Restore from a backup"))
        self.notice = NoticeBar()
        self.file_label = plain_label(translate("RestoreDialog", "No backup file chosen."))
        self.file_label.setAccessibleDescription(translate("RestoreDialog", "Backup file"))
        self.file_button = QPushButton(translate("RestoreDialog", "Choose &backup file…"))
        self.username = QLineEdit(username)
        self.passphrase = PassphraseEdit()
        self.confirm_box = QCheckBox(translate("RestoreDialog",
                                               "I understand that this &replaces the store in {folder} with the "
                                             "backup. The current store is kept beside it.").format(
                                                 folder=str(data_dir)))
        self.confirm_box.setAccessibleName(translate("RestoreDialog", "Confirm replacing the store with the backup"))
        self.other_store_box = QCheckBox(translate("RestoreDialog",
                                                   "This backup is of a &different store: replace the store in "
                                                 "this folder with that store on purpose."))
        self.other_store_box.setAccessibleName(translate("RestoreDialog", "Replace this store with a different store"))
        self.other_store_box.setVisible(False)  # offered only after such a backup was refused (SEC-06)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(translate("RestoreDialog", "Re&store"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.setAccessibleName(translate("RestoreDialog", "Dialog buttons"))
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(self.file_button)
        form.addRow(plain_label(translate("RestoreDialog", "Backup file:"), wrap=False), row)
        form.addRow(buddy_label(translate("RestoreDialog", "&Username in the backup:"), self.username), self.username)
        form.addRow(buddy_label(translate("RestoreDialog", "&Passphrase in the backup:"), self.passphrase),
                    self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("RestoreDialog", "Restore from a backup"), 1.3))
        layout.addWidget(plain_label(translate("RestoreDialog",
            "Use a username and passphrase that were valid when the backup was made. The backup is "
            "checked completely before anything is replaced.")))
        layout.addLayout(form)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.other_store_box)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self.file_button.clicked.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.start)
        for signal in (self.username.textChanged, self.passphrase.textChanged):
            signal.connect(lambda _t: self._update())
        self.confirm_box.toggled.connect(lambda _c: self._update())
        self._update()

    def set_before_restore(self, before: Callable[[], None] | None) -> None:
        """Called just before the restore starts (the main window closes the live store)."""
        self._before = before

    def choose_file(self) -> None:
        path = files.open_file(self, translate("RestoreDialog", "Choose a backup file"),
                               translate("RestoreDialog", "crisisplan backups (*.cpbackup);;All files (*)"))
        if path is not None:
            self.set_backup(path)

    def set_backup(self, path: Path) -> None:
        self.backup_path = path
        self.other_store_box.setChecked(False)
        self.other_store_box.setVisible(False)
        self.file_label.setText(str(path))
        self._update()

    def _update(self) -> None:
        ready = (self.backup_path is not None and bool(self.username.text().strip())
                 and bool(self.passphrase.text()) and self.confirm_box.isChecked())
        self.restore_button.setEnabled(ready)

    def start(self) -> None:
        if self.backup_path is None or not self.restore_button.isEnabled():
            return
        if self._before is not None:
            self._before()
        backup, username, passphrase = self.backup_path, self.username.text().strip(), self.passphrase.text()
        self.passphrase.clear()
        self.setEnabled(False)
        data_dir = self._data_dir
        replace_other = self.other_store_box.isVisible() and self.other_store_box.isChecked()

        def work(_context: TaskContext) -> RestoreInfo:
            return admin.restore(data_dir, backup, username, passphrase, replace_other_store=replace_other)

        self._runner.run(work, on_done=self._done, on_error=self._failed, parent=self,
                         title=translate("RestoreDialog", "Restore from a backup"),
                         label=translate("RestoreDialog", "Checking the backup and restoring it…"), cancellable=False)

    def _done(self, info: RestoreInfo) -> None:
        self.setEnabled(True)
        self.restored.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(exc, OtherStoreBackupError):
            self.other_store_box.setVisible(True)
            self.notice.show_message(translate("RestoreDialog",
                "Not restored: this backup is of a different store. The store was not changed. To replace "
                "this store with that one on purpose, tick the box above and restore again with a username "
                "and passphrase of that other store."), "problem")
            return
        self.notice.show_message(translate("RestoreDialog", "Not restored: {reason} The store was not changed.").format(
            reason=describe(exc)), "problem")
