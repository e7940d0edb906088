"""Dialogs of the users tab: a new user, a user's roles, a new passphrase."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crisisplan.forms.roles import ROLE_LABELS, Role
from crisisplan.ui.i18n import translate, translate_marked
from crisisplan.ui.passphrase import PassphraseEdit
from crisisplan.ui.widgets import NoticeBar, buddy_label, plain_label
from crisisplan.ui.wizard.account import strength_hint


class RoleChooser(QGroupBox):
    def __init__(self, chosen: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(translate("RoleChooser", "Roles"))
        self.setAccessibleName(translate("RoleChooser", "Roles"))
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        for role in Role:
            box = QCheckBox(translate_marked(ROLE_LABELS[role]))
            box.setAccessibleName(translate_marked(ROLE_LABELS[role]))
            box.setChecked(role.value in chosen)
            self.boxes[role.value] = box
            layout.addWidget(box)

    def roles(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.notice = NoticeBar()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setAccessibleName(translate("_FormDialog", "Dialog buttons"))
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)

    def finish_layout(self) -> None:
        self.body.addWidget(self.notice)
        self.body.addWidget(self.buttons)

    def problem(self) -> str:
        return ""

    def _check_and_accept(self) -> None:
        problem = self.problem()
        if problem:
            self.notice.show_message(problem, "problem")
            return
        self.accept()


class _PassphraseFields:
    def add_passphrase_rows(self, dialog: _FormDialog) -> None:
        self.passphrase = PassphraseEdit()
        self.repeat = PassphraseEdit()
        dialog.form.addRow(buddy_label(translate("PassphraseFields", "&Passphrase:"), self.passphrase), self.passphrase)
        dialog.form.addRow(buddy_label(translate("PassphraseFields", "&Repeat passphrase:"), self.repeat), self.repeat)

    def passphrase_problem(self, dialog: _FormDialog) -> str:
        level, ok = strength_hint(self.passphrase.text())
        if not ok and level == "weak":
            return translate("PassphraseFields",
                             "That passphrase is too easy to guess (a common password, a name or a pattern). "
                             "Choose three or four unrelated words.")
        if not ok:
            return translate("PassphraseFields",
                             "Choose a passphrase of at least 10 characters; a few unrelated words work well.")
        if self.passphrase.text() != self.repeat.text():
            return translate("PassphraseFields", "The two passphrases are not the same.")
        return ""


class AddUserDialog(_FormDialog, _PassphraseFields):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(translate("AddUserDialog", "Add a user"))
        self.setAccessibleName(translate("AddUserDialog", "Add a user"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.form.addRow(buddy_label(translate("AddUserDialog", "&Username:"), self.username), self.username)
        self.form.addRow(buddy_label(translate("AddUserDialog", "Full &name:"), self.display_name), self.display_name)
        self.add_passphrase_rows(self)
        self.roles = RoleChooser(())  # nothing pre-chosen: the administrator decides
        self.body.addWidget(self.roles)
        self.body.addWidget(plain_label(translate("AddUserDialog",
                                                  "Give the new user their passphrase in person. They can "
                                                "change it after signing in.")))
        self.finish_layout()

    def problem(self) -> str:
        if not self.username.text().strip():
            return translate("AddUserDialog", "Enter a username (letters, digits, dots, dashes or underscores).")
        if not self.roles.roles():
            return translate("AddUserDialog", "Give the user at least one role.")
        return self.passphrase_problem(self)


class RolesDialog(_FormDialog):
    def __init__(self, username: str, roles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(translate("RolesDialog", "Roles of {user}").format(user=username))
        self.setAccessibleName(translate("RolesDialog", "Change roles"))
        self.roles = RoleChooser(roles)
        self.body.addWidget(self.roles)
        self.finish_layout()

    def problem(self) -> str:
        return "" if self.roles.roles() else translate("RolesDialog", "Give the user at least one role.")


class PassphraseDialog(_FormDialog, _PassphraseFields):
    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(translate("PassphraseDialog", "New passphrase for {user}").format(user=username))
        self.setAccessibleName(translate("PassphraseDialog", "New passphrase"))
        self.add_passphrase_rows(self)
        self.rotate = QCheckBox(translate("PassphraseDialog",
                                          "Someone else may &know the old passphrase: change the store's keys too"))
        self.rotate.setAccessibleName(translate("PassphraseDialog", "Change the store's keys too"))
        self.body.addWidget(self.rotate)
        self.body.addWidget(plain_label(translate("PassphraseDialog",
            "Tick this if the old passphrase was written down, shared or seen, or a copy of the data folder "
            "went missing. Every key the old passphrase opened is replaced and everything is re-encrypted "
            "(a few minutes on a large store); everyone else signs in as before. Close the store in any "
            "other window first.")))
        self.finish_layout()

    def problem(self) -> str:
        return self.passphrase_problem(self)
