"""The unlock page: username and passphrase (or the recovery key), opened in the background.

Wrong passphrase, too many attempts (with a countdown), damaged store (offer a restore) and "not a
store" are told apart (KEY-04). The same page re-asks the passphrase after a quick hide."""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisisplan.cli.io import DEMO_PASSPHRASE, DEMO_USER
from crisisplan.services.errors import (
    DamagedStoreError,
    NotAStoreError,
    TooManyAttemptsError,
    WrongCredentialsError,
)
from crisisplan.services.session import Session, open_recovery_session, open_session
from crisisplan.ui.errors import describe, error_text
from crisisplan.ui.i18n import translate
from crisisplan.ui.passphrase import PassphraseEdit
from crisisplan.ui.tasks import TaskContext, TaskRunner
from crisisplan.ui.widgets import NoticeBar, buddy_label, heading, plain_label


class UnlockPage(QWidget):
    unlocked = Signal(object)  # Session
    reauthenticated = Signal()
    restore_requested = Signal()
    setup_requested = Signal()

    def __init__(self, data_dir: Path, runner: TaskRunner, *, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._runner = runner
        self._demo = demo
        self._reauth_user: str | None = None
        self._recovery = False
        self._deadline = 0.0
        self._countdown = QTimer(self)
        self._countdown.setTimerType(Qt.TimerType.PreciseTimer)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self._build()
        self.prepare()

    # ---- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = heading(translate("UnlockPage", "crisisplan"), 2.0)
        self.subtitle = plain_label(translate("UnlockPage",
                                              "Joint crisis plans and need-to-know sharing. Sign in to continue."))
        self.demo_banner = plain_label(translate("UnlockPage", "Demo store — fictional people"))
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setStyleSheet("QLabel#demoBanner { background:#f2c14e; color:#2b1d00; padding:6px; "
                                       "border-radius:4px; font-weight:bold; }")
        self.demo_hint = plain_label(translate("UnlockPage",
                                               'Demo sign-in: username "{user}", passphrase "{passphrase}"').format(
            user=DEMO_USER, passphrase=DEMO_PASSPHRASE))
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.username = QLineEdit()
        self.passphrase = PassphraseEdit()
        self.show_box = QCheckBox(translate("UnlockPage", "Sh&ow passphrase"))
        self.show_box.setAccessibleName(translate("UnlockPage", "Show passphrase"))
        self.unlock_button = QPushButton(translate("UnlockPage", "&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.recovery_button = QPushButton(translate("UnlockPage", "Use the reco&very key instead"))
        self.restore_button = QPushButton(translate("UnlockPage", "&Restore from a backup…"))
        self.setup_button = QPushButton(translate("UnlockPage", "Set up a &new store…"))
        self.notice = NoticeBar()
        self.countdown_label = plain_label()
        self.countdown_label.setAccessibleDescription(translate("UnlockPage", "Time until you can try again"))
        self.store_label = plain_label(translate("UnlockPage", "Store: {path}").format(path=str(self.data_dir)))
        self.store_label.setAccessibleDescription(translate("UnlockPage", "Store folder"))
        self.user_label = buddy_label(translate("UnlockPage", "&Username:"), self.username)
        self.secret_label = buddy_label(translate("UnlockPage", "&Passphrase:"), self.passphrase)
        form = QFormLayout()
        form.addRow(self.user_label, self.username)
        form.addRow(self.secret_label, self.passphrase)
        form.addRow("", self.show_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recovery_button)
        extra = QHBoxLayout()
        extra.addWidget(self.restore_button)
        extra.addWidget(self.setup_button)
        extra.addStretch(1)
        panel = QFrame()
        panel.setObjectName("unlockPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(panel)
        for widget in (self.title, self.subtitle, self.demo_banner, self.demo_hint):
            inner.addWidget(widget)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addWidget(self.notice)
        inner.addWidget(self.countdown_label)
        inner.addLayout(extra)
        inner.addWidget(self.store_label)
        panel.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.username, self.passphrase)
        self.setTabOrder(self.passphrase, self.show_box)
        self.setTabOrder(self.show_box, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.recovery_button)
        self.show_box.toggled.connect(self._show_passphrase)
        self.unlock_button.clicked.connect(self.attempt)
        self.passphrase.returnPressed.connect(self.attempt)
        self.username.returnPressed.connect(self.passphrase.setFocus)
        self.recovery_button.clicked.connect(lambda: self.set_recovery_mode(not self._recovery))
        self.restore_button.clicked.connect(self.restore_requested)
        self.setup_button.clicked.connect(self.setup_requested)

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)

    # ---- modes -----------------------------------------------------------------------------
    def prepare(self, *, username: str = "", message: str = "", kind: str = "info") -> None:
        """Show the page for a fresh sign-in (start, lock, switch user)."""
        self._reauth_user = None
        self.set_recovery_mode(False)
        self.username.setReadOnly(False)
        self.username.setText(username or (DEMO_USER if self._demo else ""))
        self.passphrase.clear()
        self.show_box.setChecked(False)  # "Show passphrase" never carries over to the next person
        self.subtitle.setText(translate("UnlockPage",
                                        "Joint crisis plans and need-to-know sharing. Sign in to continue."))
        self.demo_banner.setVisible(self._demo)
        self.demo_hint.setVisible(self._demo)
        self.recovery_button.setVisible(True)
        self.restore_button.setVisible(False)
        self.setup_button.setVisible(False)
        self._show_notice(message, kind)
        self._focus_first()

    def prepare_reauth(self, username: str) -> None:
        """After a quick hide: the same user re-enters their passphrase to see the window again."""
        self.prepare(username=username)
        self._reauth_user = username
        self.username.setReadOnly(True)
        self.recovery_button.setVisible(False)
        self.subtitle.setText(translate("UnlockPage", "The window was hidden. Enter your passphrase to show it again."))
        self.passphrase.setFocus()

    def set_recovery_mode(self, on: bool) -> None:
        self._recovery = on
        self.username.setVisible(not on)
        self.user_label.setVisible(not on)
        self.secret_label.setText(translate("UnlockPage", "Recovery &key:") if on else translate("UnlockPage",
                                                                                                 "&Passphrase:"))
        self.passphrase.setAccessibleName(translate("UnlockPage", "Recovery key") if on else translate("UnlockPage",
                                                                                                       "Passphrase"))
        self.recovery_button.setText(translate("UnlockPage", "Use a username and passphrase") if on
                                     else translate("UnlockPage", "Use the reco&very key instead"))
        self.passphrase.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_first()

    def _focus_first(self) -> None:
        if self.username.text() and not self._recovery:
            self.passphrase.setFocus()
        else:
            self.username.setFocus()

    def _show_notice(self, message: str, kind: str) -> None:
        if message:
            self.notice.show_message(message, kind)
        else:
            self.notice.clear()

    # ---- unlocking -------------------------------------------------------------------------
    def attempt(self) -> None:
        if not self.unlock_button.isEnabled() or self._runner.busy:
            return
        username = self.username.text().strip()
        secret = self.passphrase.text()
        if not self._recovery and not username:
            self._show_notice(translate("UnlockPage", "Enter your username."), "problem")
            self.username.setFocus()
            return
        if not secret:
            self._show_notice(translate("UnlockPage", "Enter your passphrase.") if not self._recovery
                              else translate("UnlockPage", "Enter the recovery key."), "problem")
            self.passphrase.setFocus()
            return
        self.passphrase.clear()
        self._set_busy(True)
        self._show_notice(translate("UnlockPage", "Unlocking…"), "info")
        data_dir, recovery = self.data_dir, self._recovery

        def work(_context: TaskContext) -> Session:
            if recovery:
                return open_recovery_session(data_dir, secret)
            return open_session(data_dir, username, secret)

        self._runner.run(work, on_done=self._opened, on_error=self._failed,
                         on_cancelled=self._cancelled, discard=lambda s: s.close(), parent=self.window(),
                         title=translate("UnlockPage", "Unlocking"),
                         label=translate("UnlockPage", "Unlocking the store…"), delay_ms=1200)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.passphrase, self.unlock_button, self.recovery_button):
            widget.setEnabled(not busy)

    def _opened(self, session: Session) -> None:
        self._set_busy(False)
        self.notice.clear()
        if self._reauth_user is not None:
            session.close()  # only proved the passphrase; the open session carries on
            self.reauthenticated.emit()
            return
        self.unlocked.emit(session)

    def _cancelled(self) -> None:
        self._set_busy(False)
        self._show_notice(translate("UnlockPage", "Unlocking was cancelled."), "info")
        self._focus_first()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, TooManyAttemptsError):
            self._show_notice(error_text(exc), "problem")
            self._start_countdown(exc.retry_after)
        elif isinstance(exc, WrongCredentialsError):
            self._show_notice(error_text(exc), "problem")
        elif isinstance(exc, DamagedStoreError):
            self._show_notice(error_text(exc), "problem")
            self.restore_button.setVisible(self._reauth_user is None)
        elif isinstance(exc, NotAStoreError):
            self._show_notice(error_text(exc), "problem")
            self.restore_button.setVisible(self._reauth_user is None)
            self.setup_button.setVisible(self._reauth_user is None)
        else:
            self._show_notice(describe(exc), "problem")
        self._focus_first()

    def _start_countdown(self, seconds: float) -> None:
        self._deadline = time.monotonic() + max(0.0, seconds) + 0.05
        self.unlock_button.setEnabled(False)
        self._countdown.start()
        self._show_wait()

    def _tick(self) -> None:
        if time.monotonic() >= self._deadline:
            self._countdown.stop()
            self.countdown_label.clear()
            self.unlock_button.setEnabled(True)
            self._show_notice(translate("UnlockPage", "You can try again now."), "info")
            self._focus_first()
            return
        self._show_wait()

    def _show_wait(self) -> None:
        seconds = self.waiting  # a plain name: lupdate does not read an attribute as the count
        self.countdown_label.setText(translate("UnlockPage", "You can try again in %n second(s).", "", seconds))

    @property
    def waiting(self) -> int:
        """Whole seconds until the next attempt is allowed (0 when it is allowed now)."""
        if not self._countdown.isActive():
            return 0
        return max(1, math.ceil(self._deadline - time.monotonic()))
