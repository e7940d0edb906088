"""Printing a card or summary PDF through the Qt print dialog.

QtPdf is not part of PySide6-Essentials, so each page is rendered to an image with pypdfium2 (in
memory: no temporary files) and painted on the printer at its true size (a wallet card prints at
wallet size, ready to cut out), scaled down only when it would not fit the paper."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from crisisplan.ui.i18n import translate

MAX_RENDER_DPI = 300
POINTS_PER_INCH = 72.0


class PrintError(Exception):
    """The PDF could not be read or printed (plain message)."""


def render_pages(pdf: Path | bytes, dpi: float) -> list[tuple[QImage, QSizeF]]:
    """Every page as (image, size in points)."""
    try:
        document = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    except (pdfium.PdfiumError, OSError) as exc:
        raise PrintError(translate("Editor", "The file could not be read for printing ({kind}). Check that it is still "
                            "there, or issue the card again.").format(kind=type(exc).__name__)) from None
    pages: list[tuple[QImage, QSizeF]] = []
    try:
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            bitmap = page.render(scale=dpi / POINTS_PER_INCH)
            image = bitmap.to_pil().convert("RGB")
            data = image.tobytes("raw", "RGB")
            qimage = QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888).copy()
            pages.append((qimage, QSizeF(width, height)))
            page.close()
    finally:
        document.close()
    return pages


def paint_pdf(printer: QPrinter, pdf: Path | bytes) -> int:
    """Paint every page of `pdf` on `printer`; returns the number of pages printed."""
    resolution = printer.resolution()
    pages = render_pages(pdf, min(float(resolution), MAX_RENDER_DPI))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(translate("Editor",
                                   "The printer could not be started. Check that it is switched on and try again."))
    try:
        for number, (image, points) in enumerate(pages):
            if number:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(resolution)
            width = points.width() / POINTS_PER_INCH * resolution
            height = points.height() / POINTS_PER_INCH * resolution
            scale = min(1.0, area.width() / width, area.height() / height)
            target = QRectF(0, 0, width * scale, height * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)


def print_pdf(parent: QWidget | None, pdf: Path, title: str) -> bool:
    """Show the print dialog and print `pdf` if the user confirms. True when printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pdf(printer, pdf)
    return True
