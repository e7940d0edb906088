"""The one-page handout that gives responders the phone verifier: a QR code that opens the page,
three steps, and the trust root fingerprint the page is pinned to (reportlab, A4)."""

from __future__ import annotations

import io

import segno
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from crisisplan.export.pdf_common import fonts, wrap_text

STEPS = (
    "Open the camera on your phone and point it at the code below, or type the address under it.",
    "When the page opens, choose who you are (police, ambulance, emergency department or other) and "
    "add it to your home screen. From then on it works without a signal.",
    "To check a crisis card, tap \u201cScan a card\u201d and hold the phone over the QR code on the back "
    "of the card. The page keeps nothing and sends nothing.",
)


def grouped_fingerprint(fingerprint: str) -> str:
    """16 groups of 4 upper-case hex digits, as people compare it."""
    upper = fingerprint.upper()
    return " ".join(upper[i : i + 4] for i in range(0, len(upper), 4))


def _draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    matrix = [list(row) for row in segno.make(text, error="m", boost_error=False).matrix]
    modules = len(matrix) + 8
    cell = size / modules
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                canvas.rect(x + (c + 4) * cell, y + size - (r + 5) * cell, cell, cell, stroke=0, fill=1)


def handout_pdf(url: str, organisation: str, fingerprint: str, bundle_label: str) -> bytes:
    """The handout as PDF bytes."""
    f = fonts()
    out = io.BytesIO()
    width, height = A4
    canvas = Canvas(out, pagesize=A4, invariant=True)
    canvas.setTitle("Check crisis cards with your phone")
    margin = 20 * mm
    text_width = width - 2 * margin
    y = height - margin - 10 * mm
    canvas.setFont(f.bold, 24)
    canvas.drawString(margin, y, "Check crisis cards with your phone")
    y -= 9 * mm
    canvas.setFont(f.regular, 13)
    intro = f"For police, ambulance and emergency department staff. From {organisation}."
    for line in wrap_text(intro, f.regular, 13, text_width):
        canvas.drawString(margin, y, line)
        y -= 6 * mm
    qr_size = 90 * mm
    y -= qr_size + 4 * mm
    _draw_qr(canvas, url, (width - qr_size) / 2, y, qr_size)
    y -= 7 * mm
    canvas.setFont(f.regular, 11)
    for line in wrap_text(url, f.regular, 11, text_width):
        canvas.drawCentredString(width / 2, y, line)
        y -= 5 * mm
    y -= 5 * mm
    for number, step in enumerate(STEPS, start=1):
        canvas.setFont(f.bold, 14)
        canvas.drawString(margin, y, f"{number}.")
        canvas.setFont(f.regular, 13)
        for line in wrap_text(step, f.regular, 13, text_width - 10 * mm):
            canvas.drawString(margin + 10 * mm, y, line)
            y -= 6 * mm
        y -= 3 * mm
    y -= 4 * mm
    canvas.setFont(f.bold, 10)
    canvas.drawString(margin, y, "Trust root fingerprint (the page shows the same under \u201cAbout this check\u201d):")
    y -= 5 * mm
    canvas.setFont(f.regular, 10)
    canvas.drawString(margin, y, grouped_fingerprint(fingerprint))
    y -= 5 * mm
    canvas.drawString(margin, y, bundle_label)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
