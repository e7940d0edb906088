"""Small widgets and helpers shared by the pages: headings that scale with the system font, a
notice bar for inline messages, labelled fields with mnemonics."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from crisisplan.ui.announce import announce
from crisisplan.ui.i18n import translate


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font scaled relative to the system font (never a fixed pixel size)."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def heading(text: str, factor: float = 1.5, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setFont(scaled_font(label, factor, bold=True))
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that never interprets its text as rich text (IMP-03)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label with a mnemonic (&) that moves focus to `buddy`; names `buddy` for screen readers."""
    label = QLabel(text)
    label.setBuddy(buddy)
    if not buddy.accessibleName():
        buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
    return label


class NoticeBar(QFrame):
    """An inline message (information or problem) in plain text, announced to screen readers."""

    STYLES: ClassVar[dict[str, str]] = {
        "info": "background:#e8f1fb; color:#0b2e4f; border:1px solid #7aa7d6;",
        "problem": "background:#fdecea; color:#5c1111; border:1px solid #d77b73;",
        "ok": "background:#e9f6ec; color:#133d1c; border:1px solid #6fb37d;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.label = plain_label()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setAccessibleName(translate("NoticeBar", "Message"))
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.setStyleSheet(f"QFrame#notice {{{self.STYLES.get(kind, self.STYLES['info'])}}}")
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        announce(self.label, text, assertive=kind == "problem")

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    @property
    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()
