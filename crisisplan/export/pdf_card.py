"""The wallet card: a two-page PDF, each page an ID-1 card (85.6 × 54 mm).

Front (pdf_card_front): "CRISIS CARD", who it is for, name, date of birth, the lines a responder
needs first and the 24-hour crisis numbers. Back: the signed QR code as large as the card allows
(modules of at least 0.4 mm, quiet zone of 4 modules), card id, plan version, dates, issuer, how to
verify, and for police the use restriction. Text is never smaller than 6 pt; what does not fit is
shortened and the card says "… more in the full plan".
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from crisisplan.export.payload import CardPayload
from crisisplan.export.pdf_card_front import draw_front
from crisisplan.export.pdf_common import (
    BRAND,
    CARD_HEIGHT,
    CARD_WIDTH,
    INK,
    MUTED,
    PRODUCER,
    WARN_EDGE,
    WARN_TINT,
    QrSymbol,
    clean_text,
    draw_qr,
    ellipsize,
    fonts,
    make_qr,
    short_date,
    symbol_for,
    wrap_text,
)

__all__ = ["CARD_HEIGHT", "CARD_WIDTH", "CardLayoutError", "qr_module_mm", "render_wallet_card"]

MIN_MODULE_MM = 0.4
VERIFY_HINT = "Check it: scan with the Crisis card check page"
"""How a responder checks the card: the phone verifier page the trust hands out (`crisisplan
verifier export`); the desktop app's `crisisplan verify` reads the same code."""
DOCUMENT_TITLE = "Crisis card"
QR_MARGIN = 2 * mm
QR_SIDE = CARD_HEIGHT - 2 * QR_MARGIN
"""The QR code, quiet zone included, fills the back's height less a 2 mm margin for cutting."""

_SMALL = 6.0
_SMALL_LEADING = 7.0


class CardLayoutError(ValueError):
    """The QR code has too many modules to print at a readable size on a wallet card."""


def render_wallet_card(
    payload: CardPayload,
    qr_text: str,
    *,
    recipient_label: str,
    crisis_numbers: list[tuple[str, str]],
    use_restriction: str | None,
    qr_symbol: QrSymbol | None = None,
) -> bytes:
    """The wallet card as PDF bytes: page 1 the front, page 2 the back.

    `crisis_numbers` are (label, number) pairs, the first two shown; `use_restriction` is the short
    statement of what a police recipient may not use the card for (None for other recipients);
    `qr_symbol`, if given, is `make_qr(qr_text)` made once for both card and summary.
    CardLayoutError if the QR code cannot be printed with modules of at least 0.4 mm."""
    symbol = symbol_for(qr_text, qr_symbol)
    if QR_SIDE / symbol.size < MIN_MODULE_MM * mm:
        raise CardLayoutError(
            f"The QR code (version {symbol.version}) is too dense to print on a wallet card; "
            "the card must carry less."
        )
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(CARD_WIDTH, CARD_HEIGHT), pageCompression=1)
    canvas.setTitle(DOCUMENT_TITLE)
    canvas.setSubject(DOCUMENT_TITLE)
    canvas.setAuthor(PRODUCER)
    canvas.setCreator(PRODUCER)
    draw_front(canvas, payload, recipient_label, crisis_numbers)
    canvas.showPage()
    _back(canvas, payload, symbol, use_restriction)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def qr_module_mm(qr_text: str) -> float:
    """The size in mm at which the wallet card prints one module of the QR code for `qr_text`."""
    return float(QR_SIDE / make_qr(qr_text).size / mm)


def _back(canvas: Canvas, payload: CardPayload, symbol: QrSymbol, restriction: str | None) -> None:
    f = fonts()
    draw_qr(canvas, symbol, QR_MARGIN, QR_MARGIN, QR_SIDE)
    x = QR_MARGIN + QR_SIDE + 0.8 * mm
    width = CARD_WIDTH - x - 2.5 * mm
    y = CARD_HEIGHT - 3 * mm - 6.5

    def write(text: str, font: str, size: float, colour: colors.Color = INK, max_lines: int = 3) -> None:
        nonlocal y
        canvas.setFont(font, size)
        canvas.setFillColor(colour)
        lines = wrap_text(clean_text(text), font, size, width)
        if len(lines) > max_lines:
            lines = [*lines[: max_lines - 1], ellipsize(lines[max_lines - 1], font, size, width)]
        for line in lines:
            canvas.drawString(x, y, line)
            y -= size * 1.2

    def gap(points: float = 2.2) -> None:
        nonlocal y
        y -= points

    has_limits = bool(restriction and restriction.strip())
    if not has_limits:  # the front says it already; a police card needs the room for its limits
        write("CRISIS CARD", f.bold, 7.5, BRAND)
        gap()
    write("Card ID", f.regular, _SMALL, MUTED)
    gap(0.6)
    write(payload.card_id, f.bold, 8)
    gap(0.8)
    write(f"Plan version {payload.plan_version}", f.regular, _SMALL)
    write(f"Issued {short_date(payload.issued)}", f.regular, _SMALL)
    gap()
    write("Review by / valid until", f.regular, _SMALL, MUTED)
    gap(0.6)
    write(short_date(payload.valid_until), f.bold, 8)
    gap(0.8)
    write(f"Issued by {payload.issuer}", f.regular, _SMALL)
    gap()
    write(VERIFY_HINT, f.bold, _SMALL, BRAND, max_lines=2)
    if payload.truncated:
        write("More in the full plan", f.bold, _SMALL, BRAND)
    if restriction and restriction.strip():
        _restriction_box(canvas, restriction, x, width, y)


def _restriction_box(canvas: Canvas, restriction: str, x: float, width: float, top: float) -> None:
    """The police use restriction in a box at the foot of the back's text column, shortened with
    "…" if it does not fit the space left."""
    f = fonts()
    pad = 1.0 * mm
    lines = wrap_text(clean_text(restriction), f.regular, _SMALL, width - 2 * pad)
    room = int((top - 2 * mm - 2 * pad - _SMALL - 1) // _SMALL_LEADING)
    if room < 1:
        room = 1
    if len(lines) > room:
        lines = [*lines[: room - 1], ellipsize(lines[room - 1], f.regular, _SMALL, width - 2 * pad)]
    height = 2 * pad + _SMALL_LEADING * (len(lines) + 1)
    canvas.setFillColor(WARN_TINT)
    canvas.setStrokeColor(WARN_EDGE)
    canvas.setLineWidth(0.6)
    canvas.rect(x, 2 * mm, width, height, stroke=1, fill=1)
    y = 2 * mm + height - pad - _SMALL
    canvas.setFillColor(WARN_EDGE)
    canvas.setFont(f.bold, _SMALL)
    canvas.drawString(x + pad, y, "Limits on use")
    canvas.setFillColor(INK)
    canvas.setFont(f.regular, _SMALL)
    for line in lines:
        y -= _SMALL_LEADING
        canvas.drawString(x + pad, y, line)
