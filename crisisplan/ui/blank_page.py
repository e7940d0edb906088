"""What the window shows after a quick hide: nothing but how to come back (the hint at 8.5:1)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from crisisplan.ui.i18n import translate
from crisisplan.ui.theme import HINT_COLOUR
from crisisplan.ui.widgets import plain_label


class BlankPage(QWidget):
    """What the window shows after a quick hide: nothing but how to come back."""

    woken = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("BlankPage", "Hidden"))
        self.hint = plain_label(translate("BlankPage", "Press any key to continue."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet(f"color: {HINT_COLOUR};")
        self.setStyleSheet("BlankPage { background: #3b3f45; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.hint.setGeometry(0, self.height() - self.hint.sizeHint().height() - 24, self.width(),
                              self.hint.sizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() not in (Qt.Key.Key_Escape, Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt):
            self.woken.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.woken.emit()
