"""The front of the wallet card (and its inside panels when folded).

Top to bottom: the "CRISIS CARD" band and who it is for; the person's name (11 pt) and date of
birth; for police, the limits on use; a communication flag (Deaf/BSL, interpreter and language,
autism, hearing) where the person has one; the items a responder needs first, in the recipient's
clinical priority order (sharing/priority.py); and at the foot every 24-hour number, whole, with
its full label. Items are laid out whole (card_layout.py): what the front cannot hold continues on
inside panels, what no panel can hold moves to the A4 summary, and the card says where.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from crisisplan.export.card_labels import ENGLISH, LabelSet
from crisisplan.export.card_layout import (
    BODY_LEADING,
    BODY_SIZE,
    NAME_SIZE,
    NUMBER_SIZE,
    Block,
    Layout,
    join_lines,
    lay_out,
    make_block,
    wrap_whole,
)
from crisisplan.export.payload import CardPayload
from crisisplan.export.pdf_common import (
    BRAND,
    CARD_HEIGHT,
    CARD_WIDTH,
    INK,
    MUTED,
    TINT,
    WARN_EDGE,
    WARN_TINT,
    clean_text,
    draw_text,
    ellipsize,
    fonts,
    join_nonempty,
    text_width,
    value_lines,
    wrap_text,
)
from crisisplan.forms.items import Item
from crisisplan.sharing.priority import order_for

FRONT_LABELS: dict[Item, str] = {
    Item.RISKS: "Risks",
    Item.HEALTH_CONDITIONS: "Health / allergies",
    Item.MEDICINES: "Medicines",
    Item.ADVANCE_DECISIONS: "Advance decision",
    Item.DRINK_DRUGS: "Drink / drugs",
    Item.LANGUAGE_COMMUNICATION: "Communication",
    Item.PHYSICAL_NEEDS: "Physical needs",
    Item.DEPENDANTS_PETS: "Dependants",
    Item.EMERGENCY_CONTACTS: "Contact",
    Item.WHAT_HELPS: "What helps",
    Item.USUAL_PRESENTATION: "Usually presents",
    Item.NAMED_CONTACTS: "Professionals",
    Item.DO_NOT_CONTACT: "Do not contact",
}
"""Items the wallet card carries, with their short labels; every item is on the A4 summary."""

COMMUNICATION_FLAG = re.compile(r"\b(deaf|bsl|sign language|interpreter|autis\w*|hearing|lip.?read\w*|"
                                r"non.?verbal|mute|learning disabilit\w*)", re.IGNORECASE)
"""Communication needs a responder must see before speaking to the person."""

LIMITS_LABEL = "Limits on use: "
LIMITS_COMPACT = "Use only for safety and care; not for investigation."
"""The limits on use in one line, on a front that cannot hold them in full and the person's risk to
life as well (CARD-03 keeps risk to life on the front): the full statement is then the card's last
item, laid out whole like any other (inside, or named as on the A4 summary). A front that cannot
hold even this line above the risks has it at the top of the first inside panel."""

MARGIN = 3.0 * mm
BAND = 7.5 * mm
INSIDE_BAND = 5.5 * mm
WIDTH = CARD_WIDTH - 2 * MARGIN
SUMMARY_NOTE = "More on the A4 summary"


@dataclass(frozen=True)
class Front:
    """Everything measured for the front and inside panels before drawing."""

    title_lines: tuple[str, ...]
    name_lines: tuple[str, ...]
    name_shared: bool
    details: tuple[str, ...]
    limits: tuple[str, ...]
    flag: tuple[str, ...]
    numbers: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    """Each 24-hour number: its label's lines and its number's lines (one, for any real number)."""
    layout: Layout
    more_elsewhere: bool
    """Items or detail not on the card are on the A4 summary (other items, or a shortened QR)."""
    inside_numbers: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    """24-hour numbers the front's foot could not hold: they open the first inside panel, same size."""
    inside_limits: tuple[str, ...] = ()
    """The one-line limits on use, opening the first inside panel when the front cannot hold it."""
    translated_heading: str | None = None
    """"24-hour crisis help" in the person's language, after the English heading (card_labels)."""

    @property
    def panels(self) -> int:
        return len(self.layout.panels)


def _wrap(text: str, font: str, size: float, width: float, first: float | None = None) -> tuple[str, ...]:
    """Whole-word lines; a single "word" wider than the line (never a real word) is broken."""
    text = clean_text(" ".join(text.split()))
    lines = wrap_whole(text, font, size, width, first)
    return tuple(lines if lines is not None else wrap_text(text, font, size, width, first))


def _capped(lines: tuple[str, ...], most: int, font: str, size: float, width: float) -> tuple[str, ...]:
    """At most `most` lines; only text no real card holds (a 900-letter name) gets here, and the
    last line then says the rest is on the summary."""
    if len(lines) <= most:
        return lines
    return (*lines[: most - 1], ellipsize(lines[most - 1], font, size, width, " … (see summary)"))


def _joined(payload: CardPayload, item: Item) -> str:
    return join_lines(value_lines(payload.items[item]))


def _numbers_rows(payload: CardPayload, numbers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    rows = [(label.strip(), number.strip()) for label, number in numbers if number.strip()]
    if not rows and Item.CRISIS_NUMBERS in payload.items:
        rows = [(line, "") for line in value_lines(payload.items[Item.CRISIS_NUMBERS])]
    return rows or [("Call 999 in an emergency, or NHS 111", "")]


def _number_row_height(label_lines: tuple[str, ...], number: tuple[str, ...]) -> float:
    return max(len(label_lines) * BODY_LEADING, NUMBER_SIZE * 1.25 * len(number)) + 1.5


def _number_row(label: str, number: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    f = fonts()
    number_lines = _capped(_wrap(number, f.bold, NUMBER_SIZE, WIDTH * 0.55), 1, f.bold, NUMBER_SIZE,
                           WIDTH * 0.55) if number else ()
    used = max((text_width(line, f.bold, NUMBER_SIZE) for line in number_lines), default=-2 * mm)
    room = WIDTH - used - 2 * mm
    return _capped(_wrap(label, f.regular, BODY_SIZE, room), 6, f.regular, BODY_SIZE, room), number_lines


def band_height(rows: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...], heading_lines: int = 1) -> float:
    return 3 + BODY_LEADING * heading_lines + sum(_number_row_height(lines, number) for lines, number in rows) + 1


def measure_front(payload: CardPayload, recipient_label: str, numbers: list[tuple[str, str]],
                  restriction: str | None, qr_shortened: bool, labels: LabelSet = ENGLISH,
                  compact: bool = False) -> Front:
    """Everything the front shows, measured. With a second language the card's name and the
    numbers' heading are bilingual and an unchecked translation is marked in both languages under
    the person's details; when that leaves no room for the front's note line (a police card with
    a communication flag) or for the first item, they are English only (`compact`) and the mark
    moves into the title band, in English."""
    f = fonts()
    title_width = WIDTH - text_width("CRISIS CARD", f.bold, 11) - 4 * mm
    title = _capped(_wrap(f"For: {recipient_label}", f.bold, BODY_SIZE, title_width), 2, f.bold, BODY_SIZE,
                    title_width)
    card_word = labels.translated("crisis_card")
    if card_word and not compact:  # the card's name in the person's language, under who it is for
        title = (*title, *_capped(_wrap(card_word, f.bold, BODY_SIZE, title_width), 1, f.bold, BODY_SIZE, title_width))
    mark = labels.review_note()
    if mark and compact:  # the mark in English in the band; in both languages on the summary
        title = (*title, *_capped(_wrap(labels.english("not_checked").capitalize(), f.bold, BODY_SIZE, title_width),
                                  2, f.bold, BODY_SIZE, title_width))
    translated = None if compact else labels.translated("crisis_help")
    name_shared = Item.NAME in payload.items
    name = _joined(payload, Item.NAME) if name_shared else "Name not shared (by agreement)"
    name_lines = _capped(_wrap(name, f.bold, NAME_SIZE, WIDTH), 2, f.bold, NAME_SIZE, WIDTH)
    detail_parts = [
        f"Born {_joined(payload, Item.DATE_OF_BIRTH)}" if Item.DATE_OF_BIRTH in payload.items else "",
        f"NHS no. {_joined(payload, Item.NHS_NUMBER)}" if Item.NHS_NUMBER in payload.items else "",
        _joined(payload, Item.GENDER) if Item.GENDER in payload.items else "",
    ]
    details = _capped(_wrap(join_nonempty(detail_parts), f.regular, BODY_SIZE, WIDTH), 2, f.regular, BODY_SIZE,
                      WIDTH)
    if mark and not compact:  # on the front, where nothing is dropped: the labels' translation is not yet checked
        details = (*details, *_capped(_wrap(mark, f.regular, BODY_SIZE, WIDTH), 3, f.regular, BODY_SIZE, WIDTH))
    if not name_shared:  # a card for keeping someone safe without naming them: say so, on purpose
        about = (f"Description: {_joined(payload, Item.DESCRIPTION)}" if Item.DESCRIPTION in payload.items
                 else "Shared only what responders need to keep this person safe.")
        details = (*_capped(_wrap(about, f.regular, BODY_SIZE, WIDTH), 3, f.regular, BODY_SIZE, WIDTH), *details)
    limits = _capped(_wrap(f"{LIMITS_LABEL}{restriction}", f.regular, BODY_SIZE, WIDTH - 2 * mm), 3, f.regular,
                     BODY_SIZE, WIDTH - 2 * mm) if restriction else ()
    comm = _joined(payload, Item.LANGUAGE_COMMUNICATION) if Item.LANGUAGE_COMMUNICATION in payload.items else ""
    found = list(dict.fromkeys(m.group(0).lower() for m in COMMUNICATION_FLAG.finditer(comm)))
    flag = _wrap(f"COMMUNICATION: {comm}", f.bold, BODY_SIZE, WIDTH - 2 * mm) if found else ()
    flagged = bool(found) and len(flag) <= 3
    if found and not flagged:  # too long for a flag: the flag names the need, the details follow below
        flag = _wrap(f"COMMUNICATION: {', '.join(found)} (see Communication)", f.bold, BODY_SIZE, WIDTH - 2 * mm)

    rows = [_number_row(label, number) for label, number in _numbers_rows(payload, numbers)]
    blocks: list[tuple[str, Block | None]] = []
    for item in order_for(payload.recipient):
        if item in FRONT_LABELS and item in payload.items and not (item is Item.LANGUAGE_COMMUNICATION and flagged):
            label = labels.item(item, FRONT_LABELS[item])
            blocks.append((label, make_block(label, value_lines(payload.items[item]), WIDTH)))
    first = next((block.height for _label, block in blocks if block is not None), 0.0)
    rows, moved_numbers, room = _fit_numbers(rows, first, _header_height(title, name_lines, details, limits, flag),
                                             translated)
    if restriction and room - BODY_LEADING < first:  # risk to life before the limits' full text (CARD-03)
        limits = _wrap(LIMITS_COMPACT, f.regular, BODY_SIZE, WIDTH - 2 * mm)
        blocks.append((LIMITS_LABEL.rstrip(": "), make_block(LIMITS_LABEL.rstrip(": "), [restriction], WIDTH)))
        rows, moved_numbers, room = _fit_numbers(rows + moved_numbers, first,
                                                 _header_height(title, name_lines, details, limits, flag), translated)
    inside_limits: tuple[str, ...] = ()
    if restriction and room - BODY_LEADING < first:
        inside_limits, limits = limits, ()
        rows, moved_numbers, room = _fit_numbers(rows + moved_numbers, first,
                                                 _header_height(title, name_lines, details, limits, flag), translated)
    if labels.second is not None and not compact and (room < BODY_LEADING or inside_limits):
        return measure_front(payload, recipient_label, numbers, restriction, qr_shortened, labels, compact=True)
    lead = numbers_band_height(tuple(moved_numbers), more=True, translated=translated) + 2 if moved_numbers else 0.0
    lead += box_height(inside_limits) if inside_limits else 0.0
    inside_room = CARD_HEIGHT - INSIDE_BAND - 4 * mm
    note_lines = 2
    layout = lay_out(blocks, room, inside_room, note_lines, lead)
    for _ in range(4):  # the note naming what moved to the summary must itself be whole
        needed = len(_moved_note(layout.moved, WIDTH))
        if needed <= note_lines:
            break
        note_lines = needed
        layout = lay_out(blocks, room, inside_room, note_lines, lead)
    others = set(payload.items) - set(FRONT_LABELS) - {Item.NAME, Item.DATE_OF_BIRTH, Item.NHS_NUMBER,
                                                       Item.GENDER, Item.CRISIS_NUMBERS}
    front = Front(title, name_lines, name_shared, details, limits, flag, tuple(rows), layout,
                  bool(others) or qr_shortened, tuple(moved_numbers), inside_limits, translated)
    if labels.second is not None and not compact and blocks and not layout.panels[0]:
        # The second language's labels left no room for the first item (risk to life first, CARD-03):
        # the compact front, if it holds that item, comes before the bilingual heading.
        smaller = measure_front(payload, recipient_label, numbers, restriction, qr_shortened, labels, compact=True)
        if smaller.layout.panels[0]:
            return smaller
    return front


NumberRow = tuple[tuple[str, ...], tuple[str, ...]]


def _fit_numbers(rows: list[NumberRow], first: float, header: float,
                 translated: str | None) -> tuple[list[NumberRow], list[NumberRow], float]:
    """(numbers kept at the front's foot, numbers moved to the first inside panel, room left for
    items): numbers move inside, last first, until the first item fits above them; one always stays."""
    rows, moved = list(rows), list[NumberRow]()
    room = CARD_HEIGHT - header - numbers_band_height(tuple(rows), more=False, translated=translated) - 2
    while len(rows) > 1 and (room - BODY_LEADING < first or room < 0):  # the first item comes before a second number
        moved.insert(0, rows.pop())
        room = CARD_HEIGHT - header - numbers_band_height(tuple(rows), more=False, translated=translated) - 2
    return rows, moved, room


def _header_height(title: tuple[str, ...], name: tuple[str, ...], details: tuple[str, ...],
                   limits: tuple[str, ...], flag: tuple[str, ...]) -> float:
    height = float(max(BAND, 2 * mm + len(title) * BODY_LEADING) + 2 * mm + len(name) * NAME_SIZE * 1.15)
    height += len(details) * BODY_LEADING
    if limits:
        height += len(limits) * BODY_LEADING + 2.5
    if flag:
        height += len(flag) * BODY_LEADING + 3.5
    return height + 4


def draw_front(canvas: Canvas, front: Front) -> None:
    """Draw the front panel at x = 0 and any inside panels to its right."""
    f = fonts()
    band = max(BAND, 2 * mm + len(front.title_lines) * BODY_LEADING)
    canvas.setFillColor(BRAND)
    canvas.rect(0, CARD_HEIGHT - band, CARD_WIDTH, band, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(f.bold, 11)
    draw_text(canvas, MARGIN, CARD_HEIGHT - BAND / 2 - 3.8, "CRISIS CARD")
    canvas.setFont(f.bold, BODY_SIZE)
    y = CARD_HEIGHT - band / 2 - 3.0 + (len(front.title_lines) - 1) * BODY_LEADING / 2
    for line in front.title_lines:
        draw_text(canvas, CARD_WIDTH - MARGIN, y, line, align="right")
        y -= BODY_LEADING
    y = CARD_HEIGHT - band - 2 * mm - NAME_SIZE * 0.85
    canvas.setFillColor(INK if front.name_shared else MUTED)
    canvas.setFont(f.bold, NAME_SIZE)
    for line in front.name_lines:
        draw_text(canvas, MARGIN, y, line)
        y -= NAME_SIZE * 1.15
    y += NAME_SIZE * 1.15 - BODY_LEADING
    canvas.setFillColor(INK)
    canvas.setFont(f.regular, BODY_SIZE)
    for line in front.details:
        draw_text(canvas, MARGIN, y, line)
        y -= BODY_LEADING
    if front.limits:
        y = _box(canvas, front.limits, y, TINT, BRAND, f.regular, INK)
    if front.flag:
        y = _box(canvas, front.flag, y, WARN_TINT, WARN_EDGE, f.bold, WARN_EDGE)
    y -= 1.5
    if not (front.limits or front.flag):  # a box's own edge already closes the header
        canvas.setStrokeColor(BRAND)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y + BODY_LEADING - 1.0, CARD_WIDTH - MARGIN, y + BODY_LEADING - 1.0)
    y -= 2.5
    panels = front.layout.panels
    _blocks(canvas, panels[0], MARGIN, y)
    foot = numbers_band_height(front.numbers, more=False, translated=front.translated_heading) + 2
    if len(panels) > 1:
        more = ("Limits on use and more inside ▸" if front.inside_limits else
                "More 24-hour numbers and details inside ▸" if front.inside_numbers else "Continued inside ▸")
        _note(canvas, (more,), MARGIN, foot)
    else:
        _note(canvas, _where_notes(front, WIDTH), MARGIN, foot)
    _crisis_band(canvas, front)
    for index, blocks in enumerate(panels[1:], start=2):
        _inside_panel(canvas, front, blocks, index)


def _moved_note(moved: tuple[str, ...], width: float) -> tuple[str, ...]:
    if not moved:
        return ()
    return _wrap("Not on this card, see the A4 summary: " + ", ".join(moved), fonts().bold, BODY_SIZE, width)


def _where_notes(front: Front, width: float) -> tuple[str, ...]:
    if front.layout.moved:
        return _moved_note(front.layout.moved, width)
    return (SUMMARY_NOTE,) if front.more_elsewhere else ()


def box_height(lines: tuple[str, ...]) -> float:
    """Height a box of `lines` takes on an inside panel, the space below it included."""
    return len(lines) * BODY_LEADING + 6.0


def _box(canvas: Canvas, lines: tuple[str, ...], y: float, fill: colors.Color, edge: colors.Color,
         font: str, ink: colors.Color, left: float = 0.0) -> float:
    y -= 2.0  # clear of the descenders of the line above
    top = y + BODY_SIZE + 0.8
    height = len(lines) * BODY_LEADING + 1.2
    canvas.setFillColor(fill)
    canvas.setStrokeColor(edge)
    canvas.setLineWidth(0.8)
    canvas.rect(left + MARGIN, top - height, WIDTH, height, stroke=1, fill=1)
    canvas.setFillColor(ink)
    canvas.setFont(font, BODY_SIZE)
    for line in lines:
        draw_text(canvas, left + MARGIN + 1 * mm, y, line, width=WIDTH - 2 * mm)
        y -= BODY_LEADING
    return y - 2


def _blocks(canvas: Canvas, blocks: tuple[Block, ...], x: float, y: float) -> None:
    f = fonts()
    for block in blocks:
        canvas.setFont(f.bold, BODY_SIZE)
        canvas.setFillColor(BRAND)
        draw_text(canvas, x, y, block.label)
        indent = text_width(block.label, f.bold, BODY_SIZE)
        canvas.setFillColor(INK)
        canvas.setFont(f.regular, BODY_SIZE)
        for n, line in enumerate(block.lines):
            draw_text(canvas, x + (indent if n == 0 else 0), y, line, width=None if n == 0 else WIDTH)
            y -= BODY_LEADING


def _note(canvas: Canvas, lines: tuple[str, ...], x: float, bottom: float) -> None:
    f = fonts()
    canvas.setFont(f.bold, BODY_SIZE)
    canvas.setFillColor(BRAND)
    y = bottom + 2.5 + (len(lines) - 1) * BODY_LEADING
    for line in lines:
        draw_text(canvas, x, y, line)
        y -= BODY_LEADING


def _crisis_band(canvas: Canvas, front: Front) -> None:
    _numbers_band(canvas, front.numbers, 0.0, 0.0,
                  heading_lines(front.numbers, more=False, translated=front.translated_heading))


def numbers_heading(numbers: tuple[NumberRow, ...], *, more: bool) -> str:
    """"24-HOUR CRISIS HELP" over numbers that are all answered around the clock; a number that is
    not (its label says so, sharing.selection.NOT_24_HOURS) is never headed as one."""
    around = not any("(not 24 hours" in " ".join(label) for label, _number in numbers)
    heading = "24-HOUR CRISIS HELP" if around else "CRISIS NUMBERS"
    return f"MORE {heading}" if more else heading


def heading_lines(numbers: tuple[NumberRow, ...], *, more: bool, translated: str | None) -> tuple[str, ...]:
    """The band's heading as drawn: numbers_heading, and after "24-HOUR CRISIS HELP" its
    translation (`translated`, card_labels), wrapped."""
    heading = numbers_heading(numbers, more=more)
    if translated and heading.endswith("24-HOUR CRISIS HELP"):
        return _wrap(f"{heading} · {translated}", fonts().bold, BODY_SIZE, WIDTH)
    return (heading,)


def numbers_band_height(numbers: tuple[NumberRow, ...], *, more: bool, translated: str | None) -> float:
    return band_height(numbers, len(heading_lines(numbers, more=more, translated=translated)))

def _numbers_band(canvas: Canvas, numbers: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...], left: float,
                  bottom: float, heading: tuple[str, ...]) -> None:
    f = fonts()
    height = band_height(numbers, len(heading))
    canvas.setFillColor(TINT)
    canvas.rect(left, bottom, CARD_WIDTH, height, stroke=0, fill=1)
    canvas.setFillColor(BRAND)
    canvas.setFont(f.bold, BODY_SIZE)
    y = bottom + height - 3 - BODY_SIZE
    for line in heading:
        draw_text(canvas, left + MARGIN, y, line)
        y -= BODY_LEADING
    y += BODY_LEADING - 1.5
    canvas.setFillColor(INK)
    for label_lines, number in numbers:
        row = _number_row_height(label_lines, number)
        baseline = y - row + 2.5
        canvas.setFont(f.bold, NUMBER_SIZE)
        number_y = baseline + (len(number) - 1) * NUMBER_SIZE * 1.25
        for line in number:
            draw_text(canvas, left + CARD_WIDTH - MARGIN, number_y, line, align="right")
            number_y -= NUMBER_SIZE * 1.25
        canvas.setFont(f.regular if number else f.bold, BODY_SIZE)
        line_y = baseline + (len(label_lines) - 1) * BODY_LEADING
        for line in label_lines:
            draw_text(canvas, left + MARGIN, line_y, line)
            line_y -= BODY_LEADING
        y -= row


def _inside_panel(canvas: Canvas, front: Front, blocks: tuple[Block, ...], index: int) -> None:
    f = fonts()
    left = (index - 1) * CARD_WIDTH
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.4)
    canvas.setDash(2, 2)
    canvas.line(left, 0, left, CARD_HEIGHT)  # fold line
    canvas.setDash()
    canvas.setFillColor(BRAND)
    canvas.rect(left, CARD_HEIGHT - INSIDE_BAND, CARD_WIDTH, INSIDE_BAND, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(f.bold, BODY_SIZE)
    title = f"CRISIS CARD · inside, panel {index} of {front.panels}"
    draw_text(canvas, left + MARGIN, CARD_HEIGHT - INSIDE_BAND + 4.5, title)
    top = CARD_HEIGHT - INSIDE_BAND
    if index == 2 and front.inside_limits:  # box top 2.5 pt under the band
        _box(canvas, front.inside_limits, top - 2.5 - BODY_SIZE - 0.8 + 2.0, TINT, BRAND, f.regular, INK, left)
        top -= box_height(front.inside_limits)
    if index == 2 and front.inside_numbers:
        heading = heading_lines(front.inside_numbers, more=True, translated=front.translated_heading)
        height = band_height(front.inside_numbers, len(heading))
        _numbers_band(canvas, front.inside_numbers, left, top - height, heading)
        top -= height + 2
    _blocks(canvas, blocks, left + MARGIN, top - 2 * mm - BODY_SIZE * 0.8)
    if index == front.panels:
        _note(canvas, _where_notes(front, WIDTH), left + MARGIN, 2 * mm - 2.5 + 2)
    else:
        _note(canvas, ("Continued on the next panel ▸",), left + MARGIN, 2 * mm - 2.5 + 2)
