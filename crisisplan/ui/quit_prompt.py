"""Quitting (window close, Ctrl+Q) with unsaved edits asks first, like the editor's Close button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from crisisplan.ui.i18n import translate


def ask_to_quit(parent: QWidget, count: int, confirmed: Callable[[], None]) -> QMessageBox:
    """A window-modal question; `confirmed` runs when the user chooses to keep drafts and quit."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("MainWindow", "Unsaved changes"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    lead = translate("MainWindow", "1 open plan has changes that are not saved.") if count == 1 else \
        translate("MainWindow", "{n} open plans have changes that are not saved.").format(n=count)
    box.setText(lead + " " + translate("MainWindow",
                                       "Quit and keep the changes as encrypted drafts (they are offered again "
                                 "when you next open the plan), or go back and save?"))
    keep = box.addButton(translate("MainWindow", "Keep as drafts and quit"), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(translate("MainWindow", "Go back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    keep.clicked.connect(confirmed)
    box.open()
    return box
