"""The dialogs the main window opens (verify a card, settings, own passphrase, restore). Kept apart
from shell.py and imported on first use, so that start-up to the unlock window stays fast."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from crisisplan.services import admin
from crisisplan.services.overview import RestoreInfo
from crisisplan.services.protocols import trust_bundle
from crisisplan.ui.dialogs import inform, show_error
from crisisplan.ui.i18n import translate
from crisisplan.ui.records.user_dialogs import PassphraseDialog
from crisisplan.ui.restore_dialog import RestoreDialog
from crisisplan.ui.settings import SettingsDialog
from crisisplan.ui.tasks import TaskContext
from crisisplan.ui.verify.dialog import VerifyDialog

if TYPE_CHECKING:
    from crisisplan.ui.shell import MainWindow


def open_verify(window: MainWindow) -> VerifyDialog:
    session = window.session
    dialog = VerifyDialog(window.settings, window, own_trust=(lambda: trust_bundle(session)) if session else None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(window.width() * 2 // 3, window.height() * 5 // 6)
    dialog.open()
    return dialog


def open_settings(window: MainWindow) -> SettingsDialog:
    dialog = SettingsDialog(window.settings, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: window.watcher.set_minutes(window.settings.idle_minutes))
    dialog.open()
    return dialog


def change_own_passphrase(window: MainWindow) -> PassphraseDialog | None:
    session = window.session
    if session is None:
        return None
    dialog = PassphraseDialog(session.username, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        secret, rotate = dialog.passphrase.text(), dialog.rotate.isChecked()

        def work(context: TaskContext) -> None:
            admin.change_passphrase(session, session.username, secret, rotate=rotate, progress=context.step)

        def done(_result: None) -> None:
            inform(window, translate("MainWindow", "Passphrase"),
                   translate("MainWindow", "Your passphrase was changed. Use the new one next time you sign in.")
                   + (translate("MainWindow",
                                " The store's keys were changed too: a copy of the old key file with the old "
                                "passphrase opens nothing stored from now on.") if rotate else ""))

        def failed(exc: BaseException) -> None:
            show_error(window, exc)

        window.runner.run(work, on_done=done, on_error=failed, parent=window,
                          label=translate("MainWindow", "Changing your passphrase…"), cancellable=False)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def open_restore(window: MainWindow) -> RestoreDialog:
    """Restore from a backup; the live store is closed (everyone signed out) just before."""
    username = window.session.username if window.session is not None else ""
    dialog = RestoreDialog(window.data_dir, window.runner, window, username=username)

    def before() -> None:
        if window.session is not None:
            window.lock(translate("MainWindow", "Restoring from a backup…"), keep=dialog, username=username)

    dialog.set_before_restore(before)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.restored.connect(lambda info: restored(window, info, dialog.username.text().strip()))
    dialog.open()
    return dialog


def restored(window: MainWindow, info: RestoreInfo, username: str) -> None:
    window.unlock_page.prepare(username=username, message=translate("MainWindow",
        "The store was restored from the backup made {when} ({plans} plan(s)). Sign in with a username and "
        "passphrase from the backup.").format(when=info.backup_created_at[:16].replace("T", " "),
                                              plans=info.plan_count), kind="ok")
