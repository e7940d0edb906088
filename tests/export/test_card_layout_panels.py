"""Folded-card layout (card_layout.lay_out): an inside panel that another follows keeps one line for
"Continued on the next panel", the last inside panel keeps `note_lines` for its note; so an item
that fits the first inside panel is no longer sent on (or off the card) for a line it never used."""

from __future__ import annotations

from crisisplan.export.card_layout import BODY_LEADING as L
from crisisplan.export.card_layout import Block, lay_out


def _block(label: str, lines: int) -> tuple[str, Block]:
    return label, Block(f"{label}: ", tuple(f"line {n}" for n in range(lines)))


def _room_used(panel: tuple[Block, ...]) -> float:
    return sum(block.height for block in panel)


def test_a_panel_followed_by_another_keeps_one_line() -> None:
    blocks = [_block("Risks", 2), _block("Medicines", 9), _block("What helps", 5)]
    layout = lay_out(blocks, front_room=3 * L, inside_room=10 * L, note_lines=2)
    assert [[b.label for b in panel] for panel in layout.panels] == [["Risks: "], ["Medicines: "], ["What helps: "]]
    assert layout.moved == ()  # with two lines kept on panel 2, Medicines (9 lines) fitted no panel at all


def test_the_last_inside_panel_keeps_room_for_its_whole_note() -> None:
    blocks = [_block("Risks", 2), _block("Medicines", 9)]
    layout = lay_out(blocks, front_room=3 * L, inside_room=10 * L, note_lines=2)
    assert len(layout.panels) == 2
    assert _room_used(layout.panels[-1]) <= 10 * L - 2 * L + 0.01
    assert layout.moved == ("Medicines",)  # named in the note, never drawn under it
    layout = lay_out([_block("Risks", 2), _block("Medicines", 7)], front_room=3 * L, inside_room=10 * L,
                     note_lines=3)
    assert _room_used(layout.panels[-1]) <= 10 * L - 3 * L + 0.01 and layout.moved == ()
