"""Small, non-blocking message boxes. They open with `open()` (never `exec()`), so the app keeps
running, locking can close them, and tests can find and click them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from crisisplan.ui.errors import describe
from crisisplan.ui.i18n import translate


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, name: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)  # never render anything as rich text (IMP-03)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Information, title, text, "information")
    box.addButton(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def show_error(parent: QWidget | None, error: BaseException | str, title: str | None = None) -> QMessageBox:
    """Show what went wrong and what to do (plain words, never a traceback)."""
    text = error if isinstance(error, str) else describe(error)
    box = _box(parent, QMessageBox.Icon.Warning, title or translate("dialogs", "Could not finish"), text, "error")
    box.addButton(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def confirm(parent: QWidget | None, title: str, text: str, yes_label: str,
            on_yes: Callable[[], None], *, destructive: bool = False) -> QMessageBox:
    """Ask before doing something; `on_yes` runs only if the user chose `yes_label`.
    "Cancel" is the default button for destructive actions."""
    icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
    box = _box(parent, icon, title, text, "confirm")
    yes = box.addButton(yes_label, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no if destructive else yes)
    box.setEscapeButton(no)

    def clicked(button: object) -> None:
        if button is yes:
            on_yes()

    box.buttonClicked.connect(clicked)
    box.open()
    return box
