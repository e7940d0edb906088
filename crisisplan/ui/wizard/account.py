"""Wizard pages: the first administrator (creates the store) and the recovery key."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from crisisplan.forms.roles import Role
from crisisplan.services.admin import (
    MIN_PASSPHRASE_LENGTH,
    MIN_PASSPHRASE_SCORE,
    check_passphrase_strength,
    passphrase_score,
)
from crisisplan.services.session import Session, create_store
from crisisplan.ui import printing
from crisisplan.ui.errors import describe
from crisisplan.ui.i18n import translate
from crisisplan.ui.passphrase import PassphraseEdit
from crisisplan.ui.tasks import TaskContext
from crisisplan.ui.widgets import NoticeBar, buddy_label, plain_label


def _wizard(page: QWizardPage):  # type: ignore[no-untyped-def]
    from crisisplan.ui.wizard.first_run import FirstRunWizard

    wizard = page.wizard()
    assert isinstance(wizard, FirstRunWizard)
    return wizard


def strength_hint(passphrase: str, user_inputs: tuple[str, ...] = ()) -> tuple[str, bool]:
    """(level, acceptable) for a new passphrase, level one of "", "short", "weak", "fair", "strong",
    judged by the same estimator (zxcvbn) the services use to refuse weak passphrases."""
    if not passphrase:
        return "", False
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return "short", False
    score, _advice = passphrase_score(passphrase, user_inputs)
    if score < MIN_PASSPHRASE_SCORE:
        return "weak", False
    return ("strong", True) if score >= 4 else ("fair", True)


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("AdminPage", "The first administrator"))
        self.setSubTitle(translate("AdminPage", "This person manages users, backups and the local protocol."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("AdminPage", "&Create the store"))
        self.full_name = QLineEdit()
        self.username = QLineEdit()
        self.passphrase = PassphraseEdit()
        self.repeat = PassphraseEdit()
        self.hint = plain_label()
        self.hint.setAccessibleDescription(translate("AdminPage", "Passphrase strength"))
        self.clinician = QCheckBox(translate("AdminPage", "This person also &writes crisis plans (clinician role)"))
        self.clinician.setChecked(True)
        self.notice = NoticeBar()
        form = QFormLayout()
        form.addRow(buddy_label(translate("AdminPage", "Full &name:"), self.full_name), self.full_name)
        form.addRow(buddy_label(translate("AdminPage", "&Username:"), self.username), self.username)
        form.addRow(buddy_label(translate("AdminPage", "&Passphrase:"), self.passphrase), self.passphrase)
        form.addRow(buddy_label(translate("AdminPage", "&Repeat passphrase:"), self.repeat), self.repeat)
        form.addRow("", self.hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.clinician)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self._username_edited = False
        self.username.textEdited.connect(self._username_typed)
        self.full_name.textChanged.connect(self._suggest_username)
        for field in (self.full_name, self.username, self.passphrase, self.repeat):
            field.textChanged.connect(self._changed)

    def _username_typed(self, _text: str) -> None:
        self._username_edited = True

    def _suggest_username(self, name: str) -> None:
        if self._username_edited:
            return
        first = name.strip().split(" ")[0] if name.strip() else ""
        self.username.setText("".join(ch for ch in first.lower() if ch.isascii() and ch.isalnum()))

    def _changed(self) -> None:
        level, _ok = strength_hint(self.passphrase.text())
        hints = {
            "": "",
            "short": translate("AdminPage",
                               "Too short: use at least {n} characters. A few unrelated words work well.").format(
                n=MIN_PASSPHRASE_LENGTH),
            "weak": translate("AdminPage",
                              "Too easy to guess (a common password, a name or a pattern). Try three or four "
                            "unrelated words."),
            "fair": translate("AdminPage", "Acceptable. Longer is stronger: try three or four unrelated words."),
            "strong": translate("AdminPage", "Strong."),
        }
        text = hints[level]
        if self.repeat.text() and self.repeat.text() != self.passphrase.text():
            text = (text + " " if text else "") + translate("AdminPage", "The two passphrases are not the same yet.")
        self.hint.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if _wizard(self).session is not None:
            return True
        ok = strength_hint(self.passphrase.text())[1]
        return (bool(self.full_name.text().strip()) and bool(self.username.text().strip()) and ok
                and self.passphrase.text() == self.repeat.text() and not _wizard(self).runner.busy)

    def validatePage(self) -> bool:
        wizard = _wizard(self)
        if wizard.session is not None:
            return True
        try:
            check_passphrase_strength(self.passphrase.text(), (self.username.text(), self.full_name.text()))
        except Exception as exc:
            self.notice.show_message(describe(exc), "problem")
            return False
        roles = (Role.ADMIN.value, Role.CLINICIAN.value) if self.clinician.isChecked() else (Role.ADMIN.value,)
        data_dir, iterations = wizard.data_dir, wizard.kdf_iterations
        name, user, secret = self.full_name.text().strip(), self.username.text().strip(), self.passphrase.text()

        def work(_context: TaskContext) -> tuple[Session, str]:
            return create_store(data_dir, user, name, secret, roles=roles, kdf_iterations=iterations)

        self.notice.show_message(translate("AdminPage", "Creating the encrypted store…"), "info")
        self.setEnabled(False)
        wizard.runner.run(work, on_done=self._created, on_error=self._failed, parent=wizard,
                          title=translate("AdminPage", "Creating the store"),
                          label=translate("AdminPage", "Creating the encrypted store (this takes a few seconds)…"),
                          cancellable=False)
        self.completeChanged.emit()
        return False

    def _created(self, result: tuple[Session, str]) -> None:
        wizard = _wizard(self)
        wizard.session, wizard.recovery_key = result
        self.setEnabled(True)
        self.passphrase.clear()
        self.repeat.clear()
        self.notice.clear()
        wizard.next()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.notice.show_message(describe(exc), "problem")
        self.completeChanged.emit()


class RecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("RecoveryPage", "The recovery key"))
        self.setSubTitle(translate("RecoveryPage",
                                   "Keep it safe: it opens the store if every passphrase is forgotten."))
        self.key = QLineEdit()
        self.key.setReadOnly(True)
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.print_button = QPushButton(translate("RecoveryPage", "&Print the recovery key…"))
        self.stored = QCheckBox(translate("RecoveryPage", "I have &stored the recovery key in a safe place"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate("RecoveryPage",
            "Print this key or write it down, and keep it locked away from the computer (for example in "
            "the practice safe). It is shown only now. Anyone who has it can open the store.")))
        layout.addWidget(buddy_label(translate("RecoveryPage", "Recovery &key:"), self.key))
        layout.addWidget(self.key)
        layout.addWidget(self.print_button)
        layout.addWidget(self.stored)
        layout.addStretch(1)
        self.registerField("keyStored*", self.stored)
        self.setCommitPage(True)  # the key is shown once: no coming back to this page
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("RecoveryPage", "&Next >"))
        self.print_button.clicked.connect(self._print)

    def initializePage(self) -> None:
        self.key.setText(_wizard(self).recovery_key)
        self.stored.setChecked(False)

    def _print(self) -> None:
        text = translate("RecoveryPage", "crisisplan recovery key\n\nStore folder: {folder}\n\nRecovery key:\n{key}\n\n"
                       "Keep this sheet locked away. Anyone who has it can open the store.").format(
                           folder=str(_wizard(self).data_dir), key=self.key.text())
        printing.print_text(self, translate("RecoveryPage", "crisisplan recovery key"), text)

    def validatePage(self) -> bool:
        self.key.clear()  # shown once; not kept in the window after this page
        _wizard(self).recovery_key = ""
        return True
