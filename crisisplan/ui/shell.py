"""MainWindow: composes the unlock page, the blank (quick-hide) page and the signed-in workspace,
and owns the session's lifetime: unlock, lock (on demand, idle, switch user), quick hide, restore.

The title is always "crisisplan" (plus "— demo"): never a person's name (SES-05)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QWidget

from crisisplan.forms.roles import Permission
from crisisplan.services.session import Session
from crisisplan.ui.actions import build_actions
from crisisplan.ui.blank_page import BlankPage
from crisisplan.ui.dialogs import inform
from crisisplan.ui.enter_keys import install_enter_keys
from crisisplan.ui.i18n import translate
from crisisplan.ui.idle import ActivityWatcher
from crisisplan.ui.session_status import SessionStatus
from crisisplan.ui.settings import AppSettings
from crisisplan.ui.tasks import TaskRunner
from crisisplan.ui.unlock import UnlockPage

if TYPE_CHECKING:
    from crisisplan.ui.workspace import Workspace


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, data_dir: Path, settings: AppSettings, *, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = settings
        self.demo = demo
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self._hidden_dialogs: list[QWidget] = []
        self._pending_lock: tuple[str | None, QWidget | None, str | None] | None = None
        self._reopen: tuple[str, tuple[list[tuple[int | None, str]], int]] | None = None  # (user, tabs)
        self._quit_confirmed = False
        self.runner = TaskRunner(self)
        self.setWindowTitle(translate("MainWindow", "crisisplan — demo") if demo else translate("MainWindow",
                                                                                                "crisisplan"))
        self.setAccessibleName(translate("MainWindow", "crisisplan"))
        self.stack = QStackedWidget()
        self.unlock_page = UnlockPage(data_dir, self.runner, demo=demo)
        self.blank_page = BlankPage()
        self.stack.addWidget(self.unlock_page)
        self.stack.addWidget(self.blank_page)
        self.setCentralWidget(self.stack)
        self.actions_ = build_actions(self)
        self.watcher = ActivityWatcher(settings.idle_minutes, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.watcher)
        install_enter_keys()
        self._connect()
        self.status = SessionStatus()
        self.statusBar().addWidget(self.status, 1)
        self.status.show_session(None)
        self.status.drafts_chosen.connect(self._show_drafts)
        self.status.draft_resumed.connect(self._resume_draft)
        self._show_locked_chrome(True)
        self.resize(1280, 720)
        self.setMinimumSize(640, 360)  # usable at 200% scaling on a 1366×768 screen

    def show_where_left(self) -> None:
        """Open where the window was left, or maximised the first time (uses a 1920×1080 screen)."""
        geometry = self.settings.window_geometry
        if geometry is not None and self.restoreGeometry(geometry):
            self.show()
        else:
            self.showMaximized()

    def _connect(self) -> None:
        a = self.actions_
        a.lock.triggered.connect(lambda: self.lock())
        a.quick_hide.triggered.connect(self.quick_hide)
        a.switch_user.triggered.connect(self.switch_user)
        a.new_plan.triggered.connect(lambda: self.workspace.new_plan() if self.workspace else None)
        a.verify.triggered.connect(self.open_verify)
        a.records.triggered.connect(lambda: self.workspace.show_records() if self.workspace else None)
        a.change_passphrase.triggered.connect(self.change_own_passphrase)
        a.settings.triggered.connect(self.open_settings)
        a.quit.triggered.connect(self.close)
        self.unlock_page.unlocked.connect(self.adopt_session)
        self.unlock_page.reauthenticated.connect(self._unhide)
        self.unlock_page.restore_requested.connect(self.open_restore)
        self.blank_page.woken.connect(self._ask_to_unhide)
        self.watcher.idle.connect(self._idle)
        self.watcher.escape_twice.connect(self._escape_twice)
        self.watcher.lock_keys.connect(lambda: self.lock() if self.session is not None else None)
        self.watcher.hide_keys.connect(self.quick_hide)
        self.runner.all_done.connect(self._run_pending_lock)

    # ---- state -----------------------------------------------------------------------------
    @property
    def state(self) -> str:
        current = self.stack.currentWidget()
        if current is self.blank_page:
            return "hidden"
        if current is self.unlock_page:
            return "locked" if self.session is None else "reauth"
        return "open"

    def _show_locked_chrome(self, locked: bool) -> None:
        self.menuBar().setVisible(not locked)
        if self.actions_.toolbar is not None:
            self.actions_.toolbar.setVisible(not locked)
        for action in self.actions_.session_actions():
            action.setEnabled(not locked)
        s = self.session
        if s is not None and not locked:
            from crisisplan.ui.records.page import records_available

            self.actions_.new_plan.setEnabled(s.can(Permission.EDIT_PLAN))
            self.actions_.records.setEnabled(records_available(s))

    def adopt_session(self, session: Session) -> None:
        """A user signed in: build a fresh workspace for them."""
        from crisisplan.ui.workspace import Workspace

        self.session = session
        reopen, self._reopen = self._reopen, None
        self.workspace = Workspace(session, self.runner)
        self.workspace.restore_requested.connect(self.open_restore)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self._show_locked_chrome(False)
        self.watcher.set_minutes(self.settings.idle_minutes)
        self.watcher.start()
        self.workspace.plans.search.setFocus()
        if reopen is not None and reopen[0] == session.username:  # the same user: their tabs come back
            self.workspace.reopen(reopen[1])
        self.status.show_session(session)
        if session.store.warnings:  # SEC-03: an older database file or lost audit entries, said plainly
            from crisisplan.ui.dialogs import show_error

            show_error(self, "\n\n".join(session.store.warnings), translate("MainWindow", "Check this store"))
        self.unlocked.emit()

    def _resume_draft(self, plan_id: int | None, key: str) -> None:
        if self.workspace is not None:
            self.workspace.open_plan(plan_id, draft_key=key if plan_id is None else None, resume=True)

    def _show_drafts(self) -> None:
        if self.workspace is not None:
            from crisisplan.services.overview import PlanFilter

            self.workspace.tabs.setCurrentWidget(self.workspace.plans)
            self.workspace.plans.set_filter(PlanFilter.UNSAVED)

    # ---- locking ---------------------------------------------------------------------------
    def lock(self, message: str | None = None, *, keep: QWidget | None = None, username: str | None = None) -> None:
        """Keep drafts, close every view, drop the key, show the unlock page (SES-01).
        While background work is running, the window is blanked at once and the lock follows as soon
        as the work ends (it may be using the store)."""
        if self.runner.busy and self.session is not None:
            self.stack.setCurrentWidget(self.blank_page)
            self._show_locked_chrome(True)
            self._pending_lock = (message, keep, username)
            return
        self.watcher.stop()
        problems: list[str] = []
        previous = self.session.username if self.session is not None else ""
        if self.workspace is not None:
            problems = self.workspace.flush_drafts()
            if not problems and previous:
                self._reopen = (previous, self.workspace.open_state())
        self._close_dialogs(keep)
        self._hidden_dialogs.clear()
        if self.workspace is not None:
            self.workspace.clear()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self.session is not None:
            self.session.close()
            self.session = None
        text = message if message is not None else translate("MainWindow", "crisisplan is locked. Sign in to continue.")
        if problems:
            text += "\n" + translate("MainWindow", "A draft could not be kept: {problem}").format(problem=problems[0])
        self.unlock_page.prepare(username=previous if username is None else username, message=text,
                                 kind="problem" if problems else "info")
        self.stack.setCurrentWidget(self.unlock_page)
        self._show_locked_chrome(True)
        self.status.show_session(None)
        self.locked.emit()

    def _run_pending_lock(self) -> None:
        if self._pending_lock is not None:
            message, keep, username = self._pending_lock
            self._pending_lock = None
            self.lock(message, keep=keep, username=username)

    def switch_user(self) -> None:
        self.lock(translate("MainWindow", "Signed out. The next person can sign in."), username="")

    def _idle(self) -> None:
        if self.session is None:
            return
        minutes = max(1, round(self.watcher.interval_ms / 60_000))
        self.lock(translate("MainWindow", "crisisplan locked itself after 1 minute without use.") if minutes == 1 else
                  translate("MainWindow", "crisisplan locked itself after {n} minutes without use.").format(n=minutes))

    def _close_dialogs(self, keep: QWidget | None) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is self or widget is keep or not isinstance(widget, QDialog):
                continue
            widget.close()
            widget.deleteLater()

    # ---- quick hide ------------------------------------------------------------------------
    def quick_hide(self) -> None:
        """Blank the window at once; the same user's passphrase shows it again."""
        if self.session is None or self.state == "hidden":
            return
        self.stack.setCurrentWidget(self.blank_page)  # first, before anything slow
        self._show_locked_chrome(True)
        self.actions_.lock.setEnabled(True)
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and isinstance(widget, QDialog):
                widget.hide()
                self._hidden_dialogs.append(widget)
        self.blank_page.setFocus()
        if self.workspace is not None:
            self.workspace.flush_drafts()

    def _escape_twice(self) -> None:
        """Double Esc hides only from the main window itself, never inside a dialog."""
        if self.state == "open" and QApplication.activeModalWidget() is None \
                and QApplication.activeWindow() is self:
            self.quick_hide()

    def _ask_to_unhide(self) -> None:
        if self.session is None:
            return
        self.unlock_page.prepare_reauth(self.session.username)
        self.stack.setCurrentWidget(self.unlock_page)

    def _unhide(self) -> None:
        if self.workspace is None:
            return
        self.stack.setCurrentWidget(self.workspace)
        self._show_locked_chrome(False)
        for widget in self._hidden_dialogs:
            widget.show()
        self._hidden_dialogs.clear()

    # ---- dialogs (built on demand: start-up stays fast) --------------------------------------
    def open_verify(self) -> QDialog:
        from crisisplan.ui.window_dialogs import open_verify

        return open_verify(self)

    def open_settings(self) -> QDialog:
        from crisisplan.ui.window_dialogs import open_settings

        return open_settings(self)

    def change_own_passphrase(self) -> None:
        from crisisplan.ui.window_dialogs import change_own_passphrase

        change_own_passphrase(self)

    def open_restore(self) -> QDialog:
        from crisisplan.ui.window_dialogs import open_restore

        return open_restore(self)

    # ---- closing ---------------------------------------------------------------------------
    def _ask_to_quit(self, count: int) -> None:
        """Unsaved edits: ask, as the editor's own Close does (without blocking the window)."""
        from crisisplan.ui.quit_prompt import ask_to_quit

        def confirmed() -> None:
            self._quit_confirmed = True
            self.close()

        ask_to_quit(self, count, confirmed)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.busy:
            inform(self, translate("MainWindow", "Please wait"),
                   translate("MainWindow", "crisisplan is still working. Wait until it has "
                                                         "finished, then close it."))
            event.ignore()
            return
        if self.workspace is not None and self.workspace.unsaved_editors() and not self._quit_confirmed:
            event.ignore()
            self._ask_to_quit(len(self.workspace.unsaved_editors()))
            return
        self._quit_confirmed = False
        self.settings.window_geometry = self.saveGeometry()
        if self.session is not None:
            self.lock()
        self._reopen = None  # quitting: nothing is kept in memory for the next start
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.watcher)
        event.accept()
