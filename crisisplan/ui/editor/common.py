"""Small helpers shared by the editor and the share dialog: translation, plain-text labels, dynamic
style properties and the stylesheet that marks the person's own words and problems."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

CONTEXT = "crisisplan.editor"

STYLE = """
QLabel[role="problem"] { color: #9b0012; }
QLabel[role="description"] { color: #4a4a4a; }
QLabel[role="warning"] { color: #5c3b00; }
QLabel[role="check"] {
    color: #4a2f00; background: #fff4d6; border-left: 4px solid #b7791f; padding: 4px 6px;
}
QLabel[role="ok"] {
    color: #0f3d1f; background: #e6f4ea; border-left: 4px solid #2f7d46; padding: 4px 6px;
}
QLabel[role="badge"] {
    color: #5c3b00; background: #fff1c2; border: 1px solid #d69e2e; border-radius: 3px;
    padding: 0px 6px;
}
QLineEdit[ownWords="true"], QPlainTextEdit[ownWords="true"] {
    background: #fffbeb; color: #1a1a1a; border: 1px solid #d69e2e; border-left: 4px solid #d69e2e;
    padding: 2px;
}
QLineEdit[problem="true"], QPlainTextEdit[problem="true"], QComboBox[problem="true"],
QAbstractSpinBox[problem="true"] {
    border: 2px solid #9b0012;
}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QAbstractItemView:focus,
QLineEdit[ownWords="true"]:focus, QPlainTextEdit[ownWords="true"]:focus,
QLineEdit[problem="true"]:focus, QPlainTextEdit[problem="true"]:focus {
    border: 2px solid #0b4f9c;
}
QGroupBox {
    border: 1px solid #b8b8b8; border-radius: 4px; margin-top: 1.5em; padding: 0.3em 0.2em 0.2em 0.2em;
}
QGroupBox::title { subcontrol-origin: margin; subcontrol-position: top left; left: 6px; padding: 0 4px; }
QGroupBox#bare { border: none; margin-top: 0px; padding: 0px; }
QListWidget#nav::item { padding: 0.25em 0.3em; }
QFrame[role="entry"] { border: 1px solid #b8b8b8; border-radius: 4px; }
QFrame[role="problems"] { background: #fdecee; border: 1px solid #9b0012; border-radius: 4px; }
QFrame[role="banner"] { background: #fff4d6; border: 1px solid #b7791f; border-radius: 4px; }
QFrame[role="patient"] { background: #e8eef6; border: 1px solid #5b7fa6; border-radius: 4px; }
QFrame[role="patient"] QLabel { color: #1a1a1a; border: none; }
QFrame[role="info"] { background: #eef4fb; border: 1px solid #5b7fa6; border-radius: 4px; }
QFrame[role="banner"] QLabel, QFrame[role="info"] QLabel, QFrame[role="problems"] QLabel {
    color: #1a1a1a; border: none;
}
"""


def plain_label(text: str = "", *, role: str | None = None, wrap: bool = True,
                parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as plain text (never rich text: IMP-03)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    if role:
        label.setProperty("role", role)
    return label


def heading(text: str, scale: float = 1.35, parent: QWidget | None = None) -> QLabel:
    """A bold heading scaled from the system font (so it follows the user's font size)."""
    label = plain_label(text, parent=parent)
    font = QFont(label.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * scale)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def set_style_flag(widget: QWidget, name: str, value: bool) -> None:
    """Set a boolean dynamic property used by the stylesheet and re-apply the style."""
    if bool(widget.property(name)) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
