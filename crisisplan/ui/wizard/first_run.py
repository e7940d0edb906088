"""FirstRunWizard: store location → first administrator → recovery key → local protocol and
organisation (with the signing key) → done. The store is created when the administrator page is
committed (in the background: key derivation takes about a second)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crisisplan.services.session import Session, store_exists
from crisisplan.ui import files
from crisisplan.ui.i18n import translate
from crisisplan.ui.settings import AppSettings
from crisisplan.ui.tasks import TaskRunner
from crisisplan.ui.widgets import NoticeBar, buddy_label, plain_label

LOCATION, ADMIN, RECOVERY, PROTOCOL, DONE = range(5)


class FirstRunWizard(QWizard):
    store_ready = Signal(object)  # Session, once the wizard is finished
    existing_chosen = Signal(object)  # Path of a folder that already holds a store

    def __init__(self, data_dir: Path, settings: AppSettings, parent: QWidget | None = None, *,
                 kdf_iterations: int | None = None) -> None:
        super().__init__(parent)
        from crisisplan.ui.wizard.account import AdminPage, RecoveryPage
        from crisisplan.ui.wizard.organisation import FinishPage, ProtocolPage

        self.default_dir = data_dir
        self.settings = settings
        self.kdf_iterations = kdf_iterations
        self.runner = TaskRunner(self)
        self.session: Session | None = None
        self.recovery_key = ""
        self.signing_kid = ""
        self._leaving = False
        self.setWindowTitle(translate("FirstRunWizard", "crisisplan — set up"))
        self.setAccessibleName(translate("FirstRunWizard", "Set up crisisplan"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.location_page = LocationPage(data_dir)
        self.admin_page = AdminPage()
        self.recovery_page = RecoveryPage()
        self.protocol_page = ProtocolPage()
        self.finish_page = FinishPage()
        for page_id, page in ((LOCATION, self.location_page), (ADMIN, self.admin_page),
                              (RECOVERY, self.recovery_page), (PROTOCOL, self.protocol_page),
                              (DONE, self.finish_page)):
            self.setPage(page_id, page)
        self.setStartId(LOCATION)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 64, self.fontMetrics().lineSpacing() * 36)

    @property
    def data_dir(self) -> Path:
        return self.location_page.chosen()

    def accept(self) -> None:
        session, self.session = self.session, None
        self.recovery_key = ""
        chosen = self.data_dir
        self.settings.store_location = None if chosen == self.default_dir else chosen
        super().accept()
        if session is not None:
            self.store_ready.emit(session)

    def reject(self) -> None:
        """Esc or Cancel. Past the first page it asks first: a half-done set-up (a store without
        an organisation's name or a confirmed protocol) must not be left by one key press."""
        if self.runner.busy:
            return  # the store is being created; let it finish first
        if not self._leaving and (self.currentId() not in (LOCATION, -1) or self.session is not None):
            self._ask_to_leave()
            return
        self._leaving = False
        if self.session is not None:
            chosen = self.data_dir
            self.settings.store_location = None if chosen == self.default_dir else chosen
            self.session.close()
            self.session = None
        self.recovery_key = ""
        super().reject()


    def _ask_to_leave(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(translate("FirstRunWizard", "Leave set-up?"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(translate("FirstRunWizard",
                              "Set-up is not finished. If you leave now, the organisation may have no name and "
                            "the protocol may not be confirmed, and no card can be issued until an "
                            "administrator finishes this in Records → Protocols. Leave set-up?"))
        leave = box.addButton(translate("FirstRunWizard", "Leave set-up"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(translate("FirstRunWizard", "Carry on setting up"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        leave.clicked.connect(self._leave)
        box.open()

    def _leave(self) -> None:
        self._leaving = True
        self.reject()


class LocationPage(QWizardPage):
    def __init__(self, default_dir: Path) -> None:
        super().__init__()
        self.setTitle(translate("LocationPage", "Where to keep the store"))
        self.setSubTitle(translate("LocationPage",
                                   "crisisplan keeps every plan in one encrypted store on this computer."))
        self.path = QLineEdit(str(default_dir))
        self.choose = QPushButton(translate("LocationPage", "C&hoose folder…"))
        self.notice = NoticeBar()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate("LocationPage",
            "The suggested folder is right for most computers. Choose another folder only if your "
            "organisation tells you to (for example a folder that is backed up). The store is encrypted: "
            "nobody can read it without a passphrase or the recovery key.")))
        layout.addWidget(buddy_label(translate("LocationPage", "Store &folder:"), self.path))
        layout.addLayout(row)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.choose.clicked.connect(self._choose)
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())

    def chosen(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _choose(self) -> None:
        folder = files.choose_folder(self, translate("LocationPage", "Choose the store folder"), self.path.text())
        if folder is not None:
            self.path.setText(str(folder))

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        folder = self.chosen()
        wizard = self.wizard()
        if store_exists(folder):
            assert isinstance(wizard, FirstRunWizard)
            wizard.existing_chosen.emit(folder)
            wizard.done(0)
            return False
        probe = folder
        while not probe.exists() and probe != probe.parent:
            probe = probe.parent
        if not probe.is_dir() or not os.access(probe, os.W_OK):
            self.notice.show_message(translate("LocationPage",
                                               "crisisplan cannot write to that folder. Choose a folder you "
                                             "may write to."), "problem")
            return False
        self.notice.clear()
        return True
