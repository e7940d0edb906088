"""The front of the wallet card: "CRISIS CARD" and who it is for, the person's name and date of
birth, the lines a responder needs first, and the 24-hour crisis numbers at the foot.

The body shares its lines out fairly: every front item gets as many lines as possible under one
common cap, a cut item ends in "…", and whenever anything is left out (or the payload itself was
shortened) the last line says "… more in the full plan". Nothing is drawn outside the card.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from crisisplan.export.payload import CardPayload
from crisisplan.export.pdf_common import (
    BRAND,
    CARD_HEIGHT,
    CARD_WIDTH,
    INK,
    MORE_IN_FULL_PLAN,
    TINT,
    clean_text,
    ellipsize,
    fonts,
    join_nonempty,
    text_width,
    value_lines,
    wrap_text,
)
from crisisplan.forms.items import Item

FRONT_ITEMS: tuple[tuple[Item, str], ...] = (
    (Item.RISKS, "Risks"),
    (Item.HEALTH_CONDITIONS, "Health / allergies"),
    (Item.LANGUAGE_COMMUNICATION, "Communication"),
    (Item.WHAT_HELPS, "What helps"),
    (Item.ADVANCE_DECISIONS, "Advance decision"),
    (Item.PHYSICAL_NEEDS, "Physical needs"),
    (Item.DEPENDANTS_PETS, "Dependants"),
    (Item.EMERGENCY_CONTACTS, "Contact"),
    (Item.MEDICINES, "Medicines"),
    (Item.NAMED_CONTACTS, "Professionals"),
    (Item.USUAL_PRESENTATION, "Usually presents"),
)
"""Items on the card front, most important first, with the short label the card uses. Every
other item is in the QR code and on the A4 summary."""
MAX_NUMBERS = 2
"""Crisis numbers that fit the front; any further ones are on the A4 summary."""

_MARGIN = 3.5 * mm
_BAND = 8 * mm
_BODY_SIZE = 6.5
_BODY_LEADING = 7.6
_NUMBER_ROW = 11.0


@dataclass(frozen=True)
class _Block:
    label: str
    lines: list[str]
    complete: bool


def draw_front(
    canvas: Canvas, payload: CardPayload, recipient_label: str, numbers: list[tuple[str, str]]
) -> None:
    f = fonts()
    width = CARD_WIDTH - 2 * _MARGIN
    canvas.setFillColor(BRAND)
    canvas.rect(0, CARD_HEIGHT - _BAND, CARD_WIDTH, _BAND, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    baseline = CARD_HEIGHT - _BAND / 2 - 3.6
    canvas.setFont(f.bold, 10.5)
    canvas.drawString(_MARGIN, baseline, "CRISIS CARD")
    room = width - text_width("CRISIS CARD", f.bold, 10.5) - 4 * mm
    canvas.setFont(f.bold, 7.5)
    canvas.drawRightString(
        CARD_WIDTH - _MARGIN, baseline + 0.5, _fit(f"For: {recipient_label}", f.bold, 7.5, room)
    )

    y = CARD_HEIGHT - _BAND - 4.4 * mm
    canvas.setFillColor(INK)
    canvas.setFont(f.bold, 9.5)
    canvas.drawString(_MARGIN, y, _fit(_person_line(payload), f.bold, 9.5, width))
    details = join_nonempty(
        [
            f"Born {_joined(payload, Item.DATE_OF_BIRTH)}" if Item.DATE_OF_BIRTH in payload.items else "",
            f"NHS no. {_joined(payload, Item.NHS_NUMBER)}" if Item.NHS_NUMBER in payload.items else "",
            _joined(payload, Item.GENDER) if Item.GENDER in payload.items else "",
        ]
    )
    if details:
        y -= 8.4
        canvas.setFont(f.regular, 7)
        canvas.drawString(_MARGIN, y, _fit(details, f.regular, 7, width))
    y -= 3.0
    canvas.setStrokeColor(BRAND)
    canvas.setLineWidth(0.5)
    canvas.line(_MARGIN, y, CARD_WIDTH - _MARGIN, y)

    numbers_top = _crisis_band(canvas, payload, numbers)
    body_top = y - _BODY_LEADING - 0.6
    available = int((body_top - numbers_top - 1.5) // _BODY_LEADING) + 1
    _body(canvas, payload, body_top, width, available)


def _person_line(payload: CardPayload) -> str:
    if Item.NAME in payload.items:
        return _joined(payload, Item.NAME)
    if Item.DESCRIPTION in payload.items:
        return f"Description: {_joined(payload, Item.DESCRIPTION)}"
    return "Name not shared with this recipient"


def _joined(payload: CardPayload, item: Item) -> str:
    return "; ".join(value_lines(payload.items[item]))


def _fit(text: str, font: str, size: float, width: float) -> str:
    """One line of text, shortened with "…" if it is wider than `width`."""
    text = clean_text(" ".join(text.split()))
    return text if text_width(text, font, size) <= width else ellipsize(text, font, size, width)


def _crisis_band(canvas: Canvas, payload: CardPayload, numbers: list[tuple[str, str]]) -> float:
    """Draw the 24-hour numbers (those given, else the plan's own) at the foot of the front;
    return the band's top edge."""
    f = fonts()
    rows = [(label, number) for label, number in numbers if number.strip()]
    if not rows and Item.CRISIS_NUMBERS in payload.items:
        rows = [("", line) for line in value_lines(payload.items[Item.CRISIS_NUMBERS])]
    rows = rows[:MAX_NUMBERS]
    height = 8.5 + _NUMBER_ROW * max(len(rows), 1)
    canvas.setFillColor(TINT)
    canvas.rect(0, 0, CARD_WIDTH, height, stroke=0, fill=1)
    canvas.setFillColor(BRAND)
    canvas.setFont(f.bold, 6.5)
    canvas.drawString(_MARGIN, height - 7.5, "24-HOUR CRISIS HELP")
    canvas.setFillColor(INK)
    width = CARD_WIDTH - 2 * _MARGIN
    y = height - 7.5 - _NUMBER_ROW + 1.5
    if not rows:
        canvas.setFont(f.regular, 7)
        canvas.drawString(_MARGIN, y, "Call 999 in an emergency, or NHS 111")
    for label, number in rows:
        canvas.setFont(f.bold, 10)
        if label:
            number = _fit(number, f.bold, 10, width * 0.62)
            canvas.drawRightString(CARD_WIDTH - _MARGIN, y, number)
            room = width - text_width(number, f.bold, 10) - 2 * mm
            canvas.setFont(f.regular, 7)
            canvas.drawString(_MARGIN, y + 0.5, _fit(label, f.regular, 7, room))
        else:
            canvas.drawString(_MARGIN, y, _fit(number, f.bold, 10, width))
        y -= _NUMBER_ROW
    return height


def _body(canvas: Canvas, payload: CardPayload, top: float, width: float, available: int) -> None:
    f = fonts()
    blocks: list[tuple[str, list[str]]] = []
    for item, label in FRONT_ITEMS:
        if item in payload.items:
            head = f"{label}: "
            text = clean_text("; ".join(value_lines(payload.items[item])))
            first = width - text_width(head, f.bold, _BODY_SIZE)
            lines = wrap_text(text, f.regular, _BODY_SIZE, width, first)
            if lines:
                blocks.append((head, lines))
    shown = allocate_lines(blocks, available, payload.truncated, width)
    cut = payload.truncated or len(shown) < len(blocks) or not all(block.complete for block in shown)
    y = top
    for block in shown:
        canvas.setFont(f.bold, _BODY_SIZE)
        canvas.setFillColor(BRAND)
        canvas.drawString(_MARGIN, y, block.label)
        canvas.setFillColor(INK)
        canvas.setFont(f.regular, _BODY_SIZE)
        for n, line in enumerate(block.lines):
            indent = text_width(block.label, f.bold, _BODY_SIZE) if n == 0 else 0.0
            canvas.drawString(_MARGIN + indent, y, line)
            y -= _BODY_LEADING
    if cut:
        canvas.setFont(f.bold, _BODY_SIZE)
        canvas.setFillColor(BRAND)
        canvas.drawString(_MARGIN, y, MORE_IN_FULL_PLAN)


def allocate_lines(
    blocks: list[tuple[str, list[str]]], available: int, flagged: bool, width: float
) -> list[_Block]:
    """Share `available` lines between labelled blocks of wrapped lines: every block gets up to
    the largest common cap under which all blocks fit, lines still free go one each to the first
    blocks in order, and if even one line each is too many, the first blocks in order are shown.
    One line stays free for the marker whenever anything is left out or `flagged`."""
    need = sum(len(lines) for _, lines in blocks)
    room = available - (1 if flagged or need > available else 0)
    if room <= 0:
        return []
    cap = max((len(lines) for _, lines in blocks), default=0)
    while cap > 1 and sum(min(len(lines), cap) for _, lines in blocks) > room:
        cap -= 1
    takes = [min(len(lines), cap) for _, lines in blocks]
    spare = room - sum(takes)
    for n, (_, lines) in enumerate(blocks):
        if spare > 0 and takes[n] < len(lines):
            takes[n] += 1
            spare -= 1
    f = fonts()
    shown: list[_Block] = []
    for (label, lines), want in zip(blocks, takes, strict=True):
        take = min(want, room)
        if take <= 0:
            break
        kept = lines[:take]
        complete = take == len(lines)
        if not complete:
            offset = text_width(label, f.bold, _BODY_SIZE) if take == 1 else 0.0
            kept[-1] = ellipsize(kept[-1], f.regular, _BODY_SIZE, width - offset)
        shown.append(_Block(label, kept, complete))
        room -= take
    return shown
