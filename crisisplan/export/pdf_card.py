"""The wallet card: a PDF whose first page is the front (ID-1 card size, 85.6 × 54 mm; or, folded,
the front and up to two inside panels side by side with fold lines) and whose second page is the
back: the signed QR code (modules of at least 0.4 mm, quiet zone of 4 modules), card id, dates,
issuer and how to check the card without this app. All text is at least 8 pt (CARD-02); nothing is
cut (CARD-01): see card_layout.py.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from crisisplan.export.card_labels import ENGLISH, LabelSet
from crisisplan.export.card_layout import BODY_SIZE, tokens
from crisisplan.export.payload import CardPayload
from crisisplan.export.pdf_card_front import draw_front, measure_front
from crisisplan.export.pdf_common import (
    BRAND,
    CARD_HEIGHT,
    CARD_WIDTH,
    INK,
    MUTED,
    PRODUCER,
    QrSymbol,
    clean_text,
    draw_qr,
    draw_text,
    ellipsize,
    fonts,
    make_qr,
    short_date,
    symbol_for,
    text_width,
    wrap_text,
)

__all__ = ["CARD_HEIGHT", "CARD_WIDTH", "VERIFY_HINT", "CardLayoutError", "qr_module_mm", "render_wallet_card"]

MIN_MODULE_MM = 0.4
PREFERRED_MODULE_MM = 0.59
DOCUMENT_TITLE = "Crisis card"
QR_MARGIN = 2 * mm
QR_MAX_SIDE = 50 * mm
QR_MIN_SIDE = 30 * mm
"""The QR code, quiet zone included, is 0.59 mm a module within these bounds (the typical card's
version 15 code fills the back's height, as before; a version 20 code still gets 0.48 mm): the
scan-robustness grid (P12) reads 46 of 48 pictures at this size and only 42 at 0.5 mm."""
VERIFY_HINT = "scan with the Crisis card check page your service gave you"
"""How a responder checks the card without this app: the phone verifier page the trust hands out
(`crisisplan verifier export`); the desktop app's `crisisplan verify` reads the same code."""
BACK_LEADING = 9.0
"""The back's 8-point lines sit a little closer than the front's, so that everything fits beside
a QR code as large as the card allows."""
CHECKER_TEXT = "The QR code is this card, signed. Check it: " + VERIFY_HINT + "{call}."


class CardLayoutError(ValueError):
    """The QR code has too many modules to print at a readable size on a wallet card."""


def qr_side(symbol: QrSymbol) -> float:
    return float(min(QR_MAX_SIDE, max(QR_MIN_SIDE, symbol.size * PREFERRED_MODULE_MM * mm)))


def render_wallet_card(
    payload: CardPayload,
    qr_text: str,
    *,
    recipient_label: str,
    crisis_numbers: list[tuple[str, str]],
    use_restriction: str | None,
    qr_symbol: QrSymbol | None = None,
    qr_shortened: bool | None = None,
    labels: LabelSet = ENGLISH,
) -> bytes:
    """The wallet card as PDF bytes: page 1 the front (and inside panels), page 2 the back.

    `payload` is everything the card may carry (the front shows it whole or says where it is);
    `qr_shortened` says whether the QR's copy was shortened (default: `payload.truncated`);
    `crisis_numbers` are (label, number) pairs, all shown whole; `use_restriction` is the short
    statement of what a police recipient may not use the card for (None for other recipients);
    `qr_symbol`, if given, is `make_qr(qr_text)` made once for both card and summary; `labels`
    the fixed labels' second language (card_labels), never the QR's content.
    CardLayoutError if the QR code cannot be printed with modules of at least 0.4 mm."""
    symbol = symbol_for(qr_text, qr_symbol)
    if qr_side(symbol) / symbol.size < MIN_MODULE_MM * mm:
        raise CardLayoutError(
            f"The QR code (version {symbol.version}) is too dense to print on a wallet card; "
            "the card must carry less."
        )
    shortened = payload.truncated if qr_shortened is None else qr_shortened
    restriction = use_restriction.strip() if use_restriction and use_restriction.strip() else None
    front = measure_front(payload, recipient_label, crisis_numbers, restriction, shortened, labels)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(CARD_WIDTH * front.panels, CARD_HEIGHT), pageCompression=1)
    canvas.setTitle(DOCUMENT_TITLE)
    canvas.setSubject(DOCUMENT_TITLE)
    canvas.setAuthor(PRODUCER)
    canvas.setCreator(PRODUCER)
    draw_front(canvas, front)
    canvas.showPage()
    canvas.setPageSize((CARD_WIDTH, CARD_HEIGHT))
    _back(canvas, payload, symbol, crisis_numbers, shortened, labels)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def qr_module_mm(qr_text: str) -> float:
    """The size in mm at which the wallet card prints one module of the QR code for `qr_text`."""
    symbol = make_qr(qr_text)
    return float(qr_side(symbol) / symbol.size / mm)


def checker_line(numbers: list[tuple[str, str]]) -> str:
    """What the QR is and how to check it without this app: a checker, or the crisis team's number."""
    usable = [(label, number) for label, number in numbers if number.strip()]
    team = next((pair for pair in usable if "crisis" in pair[0].lower() and "team" in pair[0].lower()),
                usable[0] if usable else None)
    call = f", or call the crisis team on {team[1].strip()}" if team else ""
    return CHECKER_TEXT.format(call=call)


def _back(canvas: Canvas, payload: CardPayload, symbol: QrSymbol, numbers: list[tuple[str, str]],
          shortened: bool, labels: LabelSet) -> None:
    f = fonts()
    side = qr_side(symbol)
    draw_qr(canvas, symbol, QR_MARGIN, CARD_HEIGHT - QR_MARGIN - side, side)
    column_x = QR_MARGIN + side + 1.5 * mm
    qr_bottom = CARD_HEIGHT - QR_MARGIN - side
    y = CARD_HEIGHT - 3 * mm - BODY_SIZE

    def room_at(baseline: float) -> tuple[float, float]:
        if baseline + BODY_SIZE > qr_bottom - 0.5 * mm:
            return column_x, CARD_WIDTH - column_x - 2.5 * mm
        return QR_MARGIN, CARD_WIDTH - QR_MARGIN - 2.5 * mm

    def write(text: str, font: str, colour: colors.Color = INK) -> None:
        nonlocal y
        if y < 2 * mm:
            return
        canvas.setFont(font, BODY_SIZE)
        canvas.setFillColor(colour)
        words = tokens(clean_text(" ".join(text.split())))
        current = ""
        for word in words:
            x, width = room_at(y)
            if y - BACK_LEADING < 2 * mm:  # the last line the back can hold (only unrealistic text gets here)
                current = f"{current} {word}" if current else word
                continue
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, font, BODY_SIZE) <= width or not current:
                if text_width(candidate, font, BODY_SIZE) <= width:
                    current = candidate
                    continue
                for piece in wrap_text(word, font, BODY_SIZE, width)[:-1]:  # one "word" wider than a line
                    draw_text(canvas, x, y, piece, width=width)
                    y -= BACK_LEADING
                current = wrap_text(word, font, BODY_SIZE, width)[-1]
                continue
            draw_text(canvas, x, y, current, width=width)
            y -= BACK_LEADING
            current = word
        if current:
            x, width = room_at(y)
            if text_width(current, font, BODY_SIZE) > width:
                current = ellipsize(current, font, BODY_SIZE, width, " … (see summary)")
            draw_text(canvas, x, y, current, width=width)
            y -= BACK_LEADING

    write(payload.card_id, f.bold)
    write(f"Review by {short_date(payload.valid_until)}", f.bold, BRAND)
    write(checker_line(numbers), f.regular)
    write(f"By {payload.issuer}", f.regular, MUTED)
    write(f"Issued {short_date(payload.issued)}, plan v{payload.plan_version}", f.regular)
    if shortened:
        write("The QR holds a shortened copy; everything shared is on the A4 summary.", f.bold, BRAND)
    check = labels.translated("check_card")
    if check:  # in the person's language too, where the back has room for all of it (else: on the summary)
        lines = wrap_text(clean_text(check), f.regular, BODY_SIZE, CARD_WIDTH - column_x - 2.5 * mm)
        if y - len(lines) * BACK_LEADING >= 2 * mm - BACK_LEADING + 0.01:
            write(check, f.regular, MUTED)

