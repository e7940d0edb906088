"""Enter on a focused push button presses it (as Space does), everywhere in the app.

Without this, Qt sends Enter to the dialog's default button, so a keyboard user on "Choose…" or
"Record the person's consent…" would press something else. Fields, check boxes and radio buttons
still pass Enter to the default button (e.g. "Issue card")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesButtons(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in _ENTER and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and isinstance(watched, (QPushButton, QToolButton)) and watched.hasFocus()
                and watched.isEnabled() and watched.isVisible()):
            watched.click()
            return True
        return False


_installed: list[EnterPressesButtons] = []


def install_enter_keys() -> None:
    """Install the filter once on the running application."""
    app = QApplication.instance()
    if app is None or _installed:
        return
    keys = EnterPressesButtons(app)
    app.installEventFilter(keys)
    _installed.append(keys)
