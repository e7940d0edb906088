"""Printing plain text (the recovery key sheet) through the Qt print dialog.

When the user chooses "Print to file" the PDF holds a secret (the recovery key): it is written
with owner-only permissions (0600) into a temporary file beside the chosen one, flushed to disk and
then renamed over it, so no other user of the PC can read it and no half-written file is left."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from crisisplan.atomic_file import publish

PRIVATE_MODE = 0o600


def render_text(printer: QPrinter, text: str) -> None:
    """Lay `text` out as plain text (never rich text) and print it."""
    document = QTextDocument()
    document.setPlainText(text)
    document.print_(printer)


def deliver(printer: QPrinter, text: str) -> None:
    """Print `text` on the printer the user chose; a PDF file is written privately and atomically."""
    target = printer.outputFileName()
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or not target:
        render_text(printer, text)
        return
    final = Path(target)
    fd, temporary = tempfile.mkstemp(dir=final.parent, prefix=".crisisplan-", suffix=".part")  # 0600
    os.close(fd)
    try:
        printer.setOutputFileName(temporary)
        render_text(printer, text)
        os.chmod(temporary, PRIVATE_MODE)
        publish(Path(temporary), final)  # the one atomic-write helper: fsync, rename, fsync the folder
    finally:
        printer.setOutputFileName(str(final))
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


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
    deliver(printer, text)
    return True
