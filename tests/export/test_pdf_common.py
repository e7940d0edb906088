"""The shared PDF helpers: plain-text handling, wrapping, line allocation on the card front, the
QR symbol, and the fallback when the bundled fonts are missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crisisplan.export import pdf_common
from crisisplan.export.card_layout import BODY_LEADING, Block, join_lines, lay_out, tokens, wrap_whole
from crisisplan.export.pdf_card import render_wallet_card
from crisisplan.export.pdf_common import (
    QUIET_ZONE,
    clean_text,
    fonts,
    make_qr,
    para_text,
    text_width,
    value_lines,
    wrap_text,
)
from crisisplan.export.qr import qr_for_text
from crisisplan.forms.items import Item
from tests.export.test_pdf_support import HOSTILE, page_texts, payload, read_qr, render

words = st.lists(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(words=words, width=st.floats(min_value=20, max_value=400))
def test_wrapped_lines_fit_their_width_and_keep_every_character(words: list[str], width: float) -> None:
    f = fonts()
    text = clean_text(" ".join(words))
    lines = wrap_text(text, f.regular, 7, width, first_width=width / 2)
    for n, line in enumerate(lines):
        limit = width / 2 if n == 0 else width
        assert text_width(line, f.regular, 7) <= limit or len(line) == 1
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_clean_text_drops_control_characters_and_marks_undrawable_ones() -> None:
    assert clean_text("a\x00b\x1bc\td\r\ne\u2028f") == "abc d\nef"
    assert clean_text("Zoë Ελένη Наталья") == "Zoë Ελένη Наталья"
    assert clean_text("李") == "李"  # the bundled CJK font draws it (pdf_scripts)
    assert clean_text("ස") == "[1 character not shown]"  # Sinhala: no bundled font
    assert clean_text("🐶 ok") == "[dog face] ok"


def test_para_text_escapes_markup_and_keeps_line_breaks() -> None:
    assert para_text(HOSTILE) == "&lt;b&gt;&amp;amp;&lt;/font&gt;"
    assert para_text("a\nb") == "a<br/>b"


def test_value_lines_normalise_text_and_lists() -> None:
    assert value_lines("  one ") == ["one"]
    assert value_lines(["a", " ", "b "]) == ["a", "b"]


def test_qr_symbol_has_a_four_module_quiet_zone_and_matches_segno() -> None:
    text = "CP1:ABC123"
    code = qr_for_text(text)
    symbol = make_qr(text)
    assert symbol.size == len(list(code.matrix_iter(border=0))) + 2 * QUIET_ZONE
    assert symbol.version == code.version
    dark = sum(sum(1 for m in row if m) for row in code.matrix_iter(border=0))
    drawn = 0
    for op in symbol.path_operators.splitlines()[:-1]:
        x, y, w, h, name = op.split()
        assert name == "re" and h == "1"
        assert QUIET_ZONE <= int(x) and int(x) + int(w) <= symbol.size - QUIET_ZONE
        assert QUIET_ZONE <= int(y) < symbol.size - QUIET_ZONE
        drawn += int(w)
    assert drawn == dark


def blocks(*sizes: int) -> list[tuple[str, Block | None]]:
    return [(f"L{n}", Block(f"L{n}: ", tuple(f"line {n}.{k}" for k in range(size)))) for n, size in enumerate(sizes)]


def test_a_flat_card_when_every_block_fits_whole() -> None:
    layout = lay_out(blocks(2, 1, 3), 7 * BODY_LEADING, 10 * BODY_LEADING)
    assert not layout.folded and layout.moved == ()
    assert [len(b.lines) for b in layout.panels[0]] == [2, 1, 3]


def test_blocks_that_do_not_fit_continue_whole_on_inside_panels_in_order() -> None:
    layout = lay_out(blocks(4, 4, 4, 1), 7 * BODY_LEADING, 10 * BODY_LEADING)
    assert layout.folded and layout.moved == ()
    assert [[b.label for b in panel] for panel in layout.panels] == [["L0: "], ["L1: ", "L2: "], ["L3: "]]
    assert [len(b.lines) for panel in layout.panels for b in panel] == [4, 4, 4, 1]  # every block whole


def test_a_block_no_panel_can_hold_moves_whole_to_the_summary() -> None:
    layout = lay_out([*blocks(3, 30), ("Unwrappable", None)], 6 * BODY_LEADING, 10 * BODY_LEADING)
    assert layout.moved == ("L1", "Unwrappable")
    assert [b.label for panel in layout.panels for b in panel] == ["L0: "]


def test_phone_and_nhs_numbers_are_never_split_and_words_never_cut() -> None:
    f = fonts()
    text = "call sister 07700 900123 or GP (01632) 960 456; NHS no. 999 345 7817 please"
    assert "07700 900123" in tokens(text) and "(01632) 960 456;" in tokens(text) and "999 345 7817" in tokens(text)
    for width in range(60, 300, 7):
        lines = wrap_whole(text, f.regular, 8, width)
        if lines is None:  # a token is wider than the line: the item moves whole
            assert any(text_width(t, f.regular, 8) > width for t in tokens(text))
            continue
        assert " ".join(lines) == text
        assert all(text_width(line, f.regular, 8) <= width for line in lines)
    assert join_lines(["Refuses: X. CHECK VALIDITY: y.", "second;"]) == "Refuses: X. CHECK VALIDITY: y; second"


@pytest.fixture
def no_bundled_fonts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setattr(pdf_common, "resources_dir", lambda: tmp_path)
    fonts.cache_clear()
    try:
        yield
    finally:
        monkeypatch.undo()
        fonts.cache_clear()


def test_missing_fonts_fall_back_to_helvetica_and_still_render(no_bundled_fonts: None) -> None:
    assert fonts().regular == "Helvetica"
    p = payload({Item.NAME: "Zoë Наталья", Item.RISKS: "MKFALLBACK"})
    text = "CP1:FALLBACK"
    data = render_wallet_card(p, text, recipient_label="Police", crisis_numbers=[], use_restriction=None)
    front = page_texts(data)[0]
    assert "Zoë [7 characters not shown]" in front and "MKFALLBACK" in front
    assert [r.text for r in read_qr(render(data, 1))] == [text]
