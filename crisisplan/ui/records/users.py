"""Users and roles (administrators): add, change roles, reset a passphrase, remove."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from crisisplan.forms.roles import ROLE_LABELS, Role
from crisisplan.i18n import QT_TRANSLATE_NOOP
from crisisplan.services import admin
from crisisplan.services.overview import UserRecord
from crisisplan.services.session import Session
from crisisplan.ui.dialogs import confirm
from crisisplan.ui.errors import describe
from crisisplan.ui.formatting import local_time
from crisisplan.ui.i18n import translate, translate_marked
from crisisplan.ui.records.base import RecordsTab
from crisisplan.ui.records.user_dialogs import AddUserDialog, PassphraseDialog, RolesDialog
from crisisplan.ui.table_model import Column, RecordTableModel
from crisisplan.ui.tasks import TaskContext, TaskRunner
from crisisplan.ui.widgets import plain_label

ADMIN_WITH_CLINICAL_ROLE = QT_TRANSLATE_NOOP("UsersTab", "Reception / administrator")
"""The administrator role's name beside a clinical role (without "no clinical access")."""


def role_names(roles: tuple[str, ...]) -> str:
    """The roles in a sensible order (clinical first, as Role lists them). "No clinical access" is
    said of the administrator role only when the user has no clinical role besides it."""
    known = [role for role in Role if role.value in roles]
    unknown = [name for name in roles if name not in {r.value for r in Role}]
    clinical = any(role in (Role.CLINICIAN, Role.GP, Role.READ_ONLY) for role in known)
    labels = []
    for role in known:
        label = translate_marked(ROLE_LABELS[role])
        if role is Role.ADMIN and clinical:
            label = translate_marked(ADMIN_WITH_CLINICAL_ROLE)
        labels.append(label)
    return "; ".join([*labels, *unknown])


def users_model(parent: QWidget | None = None) -> RecordTableModel[UserRecord]:
    return RecordTableModel([
        Column[UserRecord](translate("records", "Username"), lambda u: u.username),
        Column[UserRecord](translate("records", "Name"), lambda u: u.display_name),
        Column[UserRecord](translate("records", "Roles"), lambda u: role_names(u.roles)),
        Column[UserRecord](translate("records", "Since"), lambda u: local_time(u.created_at)),
    ], parent)


class UsersTab(RecordsTab):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.model = users_model(self)
        self.add_button = QPushButton(translate("UsersTab", "&Add user…"))
        self.roles_button = QPushButton(translate("UsersTab", "Change &roles…"))
        self.passphrase_button = QPushButton(translate("UsersTab", "Reset &passphrase…"))
        self.remove_button = QPushButton(translate("UsersTab", "Re&move user…"))
        row = QHBoxLayout()
        for button in (self.add_button, self.roles_button, self.passphrase_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addWidget(plain_label(translate("UsersTab",
            "People who may sign in on this computer, and what their roles allow. Reception and administrator "
            "staff can find a person in the list but cannot read clinical content.")))
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.notice)
        self.table = self.make_table(self.model, translate("UsersTab", "Users"))
        self.layout_.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add_user)
        self.roles_button.clicked.connect(self.change_roles)
        self.passphrase_button.clicked.connect(self.reset_passphrase)
        self.remove_button.clicked.connect(self.remove_user)

    def refresh(self) -> None:
        users = self.call(admin.list_users)
        if users is not None:
            self.model.set_rows(users)
            self.fit_columns(self.table)

    def selected(self) -> UserRecord | None:
        index = self.table.currentIndex()
        user = self.model.record(index.row()) if index.isValid() else None
        if user is None:
            self.notice.show_message(translate("UsersTab", "Choose a user in the list first."), "info")
        return user

    def _background(self, work_label: str, work, success: str) -> None:  # type: ignore[no-untyped-def]
        def done(_result: object) -> None:
            self.notice.show_message(success, "ok")
            self.refresh()

        self.runner.run(work, on_done=done, on_error=lambda exc: self.notice.show_message(describe(exc), "problem"),
                        parent=self.window(), title=translate("UsersTab", "Users"), label=work_label, cancellable=False)

    def add_user(self) -> None:
        dialog = AddUserDialog(self)

        def accepted() -> None:
            session = self.session
            if session is None:
                return
            username, name = dialog.username.text().strip(), dialog.display_name.text().strip()
            roles, secret = dialog.roles.roles(), dialog.passphrase.text()

            def work(_c: TaskContext) -> object:
                return admin.add_user(session, username, name, roles, secret)

            self._background(translate("UsersTab", "Adding the user…"), work,
                             translate("UsersTab", "{user} was added.").format(user=username))

        dialog.accepted.connect(accepted)
        dialog.open()

    def change_roles(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = RolesDialog(user.username, user.roles, self)

        def accepted() -> None:
            session, roles = self.session, dialog.roles.roles()
            if session is None:
                return

            def work(context: TaskContext) -> object:  # a role taken away rotates its keys: may take a while
                admin.set_roles(session, user.username, roles, progress=context.step)
                return None

            self._background(translate("UsersTab", "Changing the roles…"), work,
                             translate("UsersTab", "The roles of {user} were changed.").format(user=user.username))

        dialog.accepted.connect(accepted)
        dialog.open()

    def reset_passphrase(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PassphraseDialog(user.username, self)

        def accepted() -> None:
            session, secret, rotate = self.session, dialog.passphrase.text(), dialog.rotate.isChecked()
            if session is None:
                return

            def work(context: TaskContext) -> object:
                admin.change_passphrase(session, user.username, secret, rotate=rotate, progress=context.step)
                return None

            self._background(translate("UsersTab", "Setting the new passphrase…"), work,
                             translate("UsersTab", "The passphrase of {user} was changed.").format(user=user.username))

        dialog.accepted.connect(accepted)
        dialog.open()

    def remove_user(self) -> None:
        user = self.selected()
        if user is None:
            return

        def remove() -> None:
            session = self.session
            if session is None:
                return

            def work(context: TaskContext) -> object:
                admin.remove_user(session, user.username, progress=context.step)
                return None

            self._background(translate("UsersTab", "Removing the user…"), work,
                             translate("UsersTab",
                                       "{user} was removed. Their past entries stay in the audit log.").format(
                                 user=user.username))

        confirm(self, translate("UsersTab", "Remove user"),
                translate("UsersTab",
                          "Remove {user}? They will no longer be able to sign in. The store's keys are then "
                          "replaced, so a copy of their key file opens nothing stored from now on (a few "
                          "minutes on a large store).").format(user=user.username),
                translate("UsersTab", "&Remove user"), remove, destructive=True)

    def clear(self) -> None:
        super().clear()
        self.model.clear()
