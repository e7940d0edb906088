"""Quitting (window close, Ctrl+Q) with unsaved edits asks first, like the editor's Close button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def ask_to_quit(parent: QWidget, count: int, confirmed: Callable[[], None]) -> QMessageBox:
    """A window-modal question; `confirmed` runs when the user chooses to keep drafts and quit."""
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("Unsaved changes"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    lead = _tr("1 open plan has changes that are not saved.") if count == 1 else \
        _tr("{n} open plans have changes that are not saved.").format(n=count)
    box.setText(lead + " " + _tr("Quit and keep the changes as encrypted drafts (they are offered again "
                                 "when you next open the plan), or go back and save?"))
    keep = box.addButton(_tr("Keep as drafts and quit"), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(_tr("Go back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    keep.clicked.connect(confirmed)
    box.open()
    return box
