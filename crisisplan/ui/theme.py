"""One strong focus style and text colours that meet WCAG 2.2 AA, for the whole app.

- Focus (2.4.7, 2.4.11/1.4.11): every field, list and table shows a 2 px ring in FOCUS_COLOUR (at
  least 3:1 against the window and field backgrounds) when it has the keyboard focus. The default
  button is marked differently (a heavier bottom edge and bold text), so the two are never confused.
- Contrast (1.4.3): placeholder text and selected table rows at least 4.5:1.
Colours are checked by tests with the WCAG formula (`contrast`)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

FOCUS_COLOUR = "#0b4f9c"
FOCUS_WIDTH_PX = 2
PLACEHOLDER_COLOUR = "#595959"  # 7.0:1 on white
HIGHLIGHT_COLOUR = "#0b4f9c"  # selected rows: white text on it, 8.0:1
HIGHLIGHTED_TEXT_COLOUR = "#ffffff"
HINT_COLOUR = "#e6e6e6"  # the quick-hide hint on its dark background

FOCUS_STYLE = f"""
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QAbstractSpinBox:focus,
QAbstractItemView:focus {{
    border: {FOCUS_WIDTH_PX}px solid {FOCUS_COLOUR};
}}
QPushButton:default {{ font-weight: bold; }}
"""


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: QColor | str, other: QColor | str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    a, b = relative_luminance(QColor(one)), relative_luminance(QColor(other))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def themed_palette(palette: QPalette) -> QPalette:
    themed = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        themed.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(PLACEHOLDER_COLOUR))
        themed.setColor(group, QPalette.ColorRole.Highlight, QColor(HIGHLIGHT_COLOUR))
        themed.setColor(group, QPalette.ColorRole.HighlightedText, QColor(HIGHLIGHTED_TEXT_COLOUR))
    return themed


def apply_theme(app: QApplication) -> None:
    app.setPalette(themed_palette(app.palette()))
    app.setStyleSheet(app.styleSheet() + FOCUS_STYLE)
