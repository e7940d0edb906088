"""Printing plain text (the recovery key sheet) through the Qt print dialog."""

from __future__ import annotations

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def render_text(printer: QPrinter, text: str) -> None:
    """Lay `text` out as plain text (never rich text) and print it."""
    document = QTextDocument()
    document.setPlainText(text)
    document.print_(printer)


def print_text(parent: QWidget | None, title: str, text: str) -> bool:
    """Show the print dialog; print `text` if the user confirms. True when printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render_text(printer, text)
    return True
