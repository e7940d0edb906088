"""Watching for user activity: the idle lock (SES-01) and the Esc-Esc quick hide."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
})
DOUBLE_ESCAPE_SECONDS = 0.6
LOCK_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_L
HIDE_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_H


class ActivityWatcher(QObject):
    """Install on the QApplication. `idle` fires after `interval_ms` without input while running;
    `escape_twice` fires when Esc is pressed twice in quick succession."""

    idle = Signal()
    escape_twice = Signal()
    lock_keys = Signal()
    hide_keys = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        self._last_escape = 0.0
        self._escape_window: QWidget | None = None

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval_ms(self, ms: int) -> None:
        self._timer.setInterval(max(1, ms))
        if self._timer.isActive():
            self._timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(int(minutes) * 60_000)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            if self._timer.isActive():
                self._timer.start()  # restart the countdown
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and not event.isAutoRepeat() \
                    and self._first_receiver(watched):
                return self._key(event, watched.window() if isinstance(watched, QWidget) else None)
        return False

    @staticmethod
    def _first_receiver(watched: QObject) -> bool:
        """A key event is seen again as it travels from the window to the focus widget and up to its
        parents; count it once, at the focus widget (or the window when nothing has focus)."""
        if not isinstance(watched, QWidget):
            return False
        focus = QApplication.focusWidget()
        return watched is focus or (focus is None and watched.isWindow())

    def _key(self, event: QKeyEvent, window: QWidget | None = None) -> bool:
        """Count Esc presses; while a modal dialog blocks the main window's shortcuts, handle the
        lock and quick-hide keys here. True when the key was used."""
        if QApplication.activeModalWidget() is not None:
            combo = event.keyCombination()
            if combo == LOCK_KEYS:
                self.lock_keys.emit()
                return True
            if combo == HIDE_KEYS:
                self.hide_keys.emit()
                return True
        if event.key() != Qt.Key.Key_Escape:
            self._last_escape = 0.0
            return False
        now = time.monotonic()
        # Both presses must reach the same window: Esc closing a dialog and Esc in the window
        # behind it is not a double Esc.
        if now - self._last_escape <= DOUBLE_ESCAPE_SECONDS and window is self._escape_window:
            self._last_escape = 0.0
            self.escape_twice.emit()
        else:
            self._last_escape = now
            self._escape_window = window
        return False
