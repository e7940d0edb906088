"""Laying out the wallet card's items by rules that cannot cut (CARD-01, CARD-02).

An item is a block: its label and its text, wrapped at word boundaries in 8-point type. A phone
number is one unbreakable token. A block goes on a panel whole or not at all: when the flat card
cannot hold every front item, the card becomes a folded card of up to three panels (the front
and two inside panels, like the Dutch Crisiskaart) and a block that fits no panel moves whole to
the A4 summary; the card then says so ("On the A4 summary: …"). Type is never made smaller to fit.
This module only measures; pdf_card_front draws.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crisisplan.export.pdf_common import clean_text, fonts, text_width

BODY_SIZE = 8.0
"""CARD-02: body text on wallet formats is at least 8 pt."""
BODY_LEADING = 9.6
NAME_SIZE = 11.0
"""CARD-02: names and 24-hour numbers at least 10 pt."""
NUMBER_SIZE = 10.5
MAX_PANELS = 3

PHONE_RE = re.compile(
    r"(?:\+44\s?(?:\(0\)\s?)?\d{2,5}|\(?0\d{2,5}\)?)(?:[ -]?\d{2,4}){1,3}(?!\d)"
)
"""UK telephone numbers as people type them (01632 960123, 07700 900123, +44 7700 900123,
(01632) 960 123): kept on one line, never split."""
NHS_NUMBER_RE = re.compile(r"(?<!\d)\d{3} \d{3} \d{4}(?!\d)")
_TOKEN_RE = re.compile(r"\S*(?:" + PHONE_RE.pattern + "|" + NHS_NUMBER_RE.pattern + r")[.,;:)]*|\S+")
_TRAILING = " ;,."


def tokens(text: str) -> list[str]:
    """Words of `text`, every phone number and NHS number one token (spaces inside it kept)."""
    return [m.group(0) for m in _TOKEN_RE.finditer(text)]


def wrap_whole(text: str, font: str, size: float, width: float, first_width: float | None = None) -> list[str] | None:
    """Greedy word wrap that never cuts a word or a phone number; None if one of them is wider
    than its line (the text cannot be shown whole at this width)."""
    lines: list[str] = []
    current = ""
    for word in tokens(text):
        limit = first_width if first_width is not None and not lines else width
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font, size) <= limit:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
            limit = width
        if text_width(word, font, size) > limit:
            return None
        current = word
    if current or not lines:
        lines.append(current)
    return lines


def join_lines(lines: list[str]) -> str:
    """A list item's lines as one run of text: "first; second; third", never ".;" or ";;"."""
    parts = [clean_text(" ".join(line.split())).rstrip(_TRAILING) for line in lines]
    return "; ".join(p for p in parts if p)


@dataclass(frozen=True)
class Block:
    """One item as it will be drawn: bold label then text, already wrapped."""

    label: str
    lines: tuple[str, ...]
    """Wrapped lines; the first follows the label on the same line."""

    @property
    def height(self) -> float:
        return BODY_LEADING * len(self.lines)


def make_block(label: str, values: list[str], width: float, *, one_per_line: bool = False) -> Block | None:
    """The block for one item at `width`, or None if a word or number is too wide to show whole.
    With `one_per_line` each value starts a line of its own."""
    f = fonts()
    head = f"{label}: "
    texts = [join_lines([v]) for v in values] if one_per_line else [join_lines(values)]
    lines: list[str] = []
    for text in texts:
        first = width - text_width(head, f.bold, BODY_SIZE) if not lines else width
        wrapped = wrap_whole(text, f.regular, BODY_SIZE, width, first)
        if wrapped is None:
            return None
        lines += wrapped
    return Block(head, tuple(lines))


@dataclass
class Panel:
    room: float
    """Height in points left for blocks."""
    blocks: list[Block] = field(default_factory=list)

    def take(self, block: Block) -> bool:
        if block.height > self.room + 0.01:
            return False
        self.blocks.append(block)
        self.room -= block.height
        return True


@dataclass(frozen=True)
class Layout:
    panels: tuple[tuple[Block, ...], ...]
    """The front's blocks first, then each inside panel's."""
    moved: tuple[str, ...]
    """Labels of items moved whole to the A4 summary."""

    @property
    def folded(self) -> bool:
        return len(self.panels) > 1


def lay_out(blocks: list[tuple[str, Block | None]], front_room: float, inside_room: float,
            note_lines: int = 2, lead_inside: float = 0.0) -> Layout:
    """Share whole blocks out over the front (height `front_room`) and up to two inside panels,
    in priority order: a block that fits the panel being filled goes there, one that does not
    starts the next panel, and one that fits no panel (or cannot be wrapped whole) moves to the A4
    summary. One line is kept free on the front ("Continued inside") and on an inside panel that
    another follows ("Continued on the next panel"), `note_lines` lines on the last inside panel for
    the note that says where the rest is. `lead_inside` points at the top of the first inside panel
    are taken (24-hour numbers the front's foot could not hold)."""
    flat = Panel(front_room - BODY_LEADING)
    if not lead_inside and all(block is not None and flat.take(block) for _label, block in blocks):
        return Layout((tuple(flat.blocks),), ())
    layout = _folded(blocks, front_room, inside_room, (1, note_lines), lead_inside)
    if len(layout.panels) < MAX_PANELS and note_lines > 1:  # the first inside panel is the last: its note whole
        layout = _folded(blocks, front_room, inside_room, (note_lines, note_lines), lead_inside)
    return layout


def _folded(blocks: list[tuple[str, Block | None]], front_room: float, inside_room: float,
            reserves: tuple[int, int], lead_inside: float) -> Layout:
    panels = [Panel(front_room - BODY_LEADING)] + [Panel(inside_room - lines * BODY_LEADING) for lines in reserves]
    panels[1].room -= lead_inside
    index = 0
    moved: list[str] = []
    for label, block in blocks:
        if block is None or block.height > max(p.room for p in panels[index:]) + 0.01:
            moved.append(label)
            continue
        while not panels[index].take(block):
            index += 1
    used = [tuple(p.blocks) for p in panels]
    while len(used) > (2 if lead_inside or moved else 1) and not used[-1]:  # the note needs an inside panel
        used.pop()
    return Layout(tuple(used), tuple(moved))
