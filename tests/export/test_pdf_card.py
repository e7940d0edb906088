"""The wallet card PDF: size, content, QR code, legibility, hostile and oversized text."""

from __future__ import annotations

import itertools
import os
from dataclasses import replace
from typing import cast

import pytest

from crisisplan.export.base45 import b45encode
from crisisplan.export.payload import CardPayload
from crisisplan.export.pdf_card import VERIFY_HINT, CardLayoutError, qr_module_mm, qr_side, render_wallet_card
from crisisplan.export.pdf_common import QUIET_ZONE, QrSymbol, make_qr
from crisisplan.export.qr import MAX_TEXT_CHARS, qr_version
from crisisplan.forms.items import Item
from tests.export.test_pdf_support import (
    CARD_ID,
    HOSTILE,
    ISSUER,
    MM,
    NUMBERS,
    chars,
    flat,
    marked_items,
    marker,
    metadata,
    page_sizes_mm,
    page_texts,
    payload,
    qr_symbol_width_mm,
    read_qr,
    render,
    sealed,
)

FRONT = (Item.RISKS, Item.HEALTH_CONDITIONS, Item.LANGUAGE_COMMUNICATION, Item.WHAT_HELPS)
POLICE_LIMITS = "Only to keep the person safe in a crisis. Not for investigation or intelligence."


def card(
    p: CardPayload | None = None,
    qr_text: str | None = None,
    *,
    label: str = "Ambulance",
    numbers: list[tuple[str, str]] = NUMBERS,
    restriction: str | None = None,
    qr_symbol: QrSymbol | None = None,
) -> bytes:
    p = p if p is not None else payload(marked_items((Item.NAME, Item.DATE_OF_BIRTH, *FRONT)))
    return render_wallet_card(
        p,
        qr_text or sealed(p),
        recipient_label=label,
        crisis_numbers=numbers,
        use_restriction=restriction,
        qr_symbol=qr_symbol,
    )


def test_two_pages_of_id1_card_size() -> None:
    sizes = page_sizes_mm(card())
    assert len(sizes) == 2
    for width, height in sizes:
        assert width == pytest.approx(85.6, abs=0.1)
        assert height == pytest.approx(54.0, abs=0.1)


def test_front_shows_heading_person_key_lines_and_crisis_numbers() -> None:
    front, back = page_texts(card())
    assert "CRISIS CARD" in front
    assert "For: Ambulance" in front
    for item in (Item.NAME, Item.DATE_OF_BIRTH, *FRONT):
        assert marker(item) in front, item
    for label, number in NUMBERS:
        assert label in front
        assert number in front
    assert "more in the full plan" not in front.lower()
    assert not any(marker(item) in back for item in (Item.NAME, Item.DATE_OF_BIRTH, *FRONT))


def test_back_shows_card_id_version_dates_issuer_and_verify_hint() -> None:
    back = page_texts(card())[1]
    for expected in (CARD_ID, "plan v7", "Issued 2 Jun 2025", "Review by 3 Jun 2026"):
        assert expected in back
    assert flat(f"By {ISSUER}") in back
    assert "crisisplan verify" not in back  # means nothing to an officer without the app
    assert flat(VERIFY_HINT) in back
    assert "or call the crisis team on 01632 960100" in back
    assert "shortened" not in back


def test_qr_on_back_decodes_to_exactly_the_qr_text_at_300_dpi() -> None:
    p = payload(marked_items((Item.NAME, Item.DATE_OF_BIRTH, *FRONT), lines=3))
    text = sealed(p)
    results = read_qr(render(card(p, text), 1))
    assert [r.text for r in results] == [text]
    assert read_qr(render(card(p, text), 0)) == []


@pytest.mark.parametrize("chars_in_text", [120, 571, MAX_TEXT_CHARS])
def test_qr_modules_are_at_least_0_4_mm_measured_on_the_render(chars_in_text: int) -> None:
    text = ("CP1:" + b45encode(os.urandom(MAX_TEXT_CHARS)))[:chars_in_text]
    results = read_qr(render(card(qr_text=text), 1))
    assert [r.text for r in results] == [text]
    modules = 17 + 4 * qr_version(text)
    measured = qr_symbol_width_mm(results[0]) / modules
    assert measured >= 0.4
    assert measured == pytest.approx(qr_module_mm(text), abs=0.02)
    if chars_in_text == MAX_TEXT_CHARS:
        assert qr_version(text) == 20


def test_qr_keeps_a_quiet_zone_of_four_modules_on_the_card() -> None:
    text = sealed(payload())
    image = render(card(qr_text=text), 1).convert("L")
    (result,) = read_qr(image)
    module_px = (result.position.top_right.x - result.position.top_left.x) / (17 + 4 * qr_version(text))
    quiet = int(QUIET_ZONE * module_px) - 1
    left, top = result.position.top_left.x, result.position.top_left.y
    right, bottom = result.position.bottom_right.x, result.position.bottom_right.y
    strips = [
        (left - quiet, top - quiet, left - 2, bottom + quiet),  # 2 px off the symbol: modules are not whole pixels
        (right + 3, top - quiet, right + quiet, bottom + quiet),
        (left - quiet, top - quiet, right + quiet, top - 2),
        (left - quiet, bottom + 3, right + quiet, bottom + quiet),
    ]
    assert left - quiet >= 0 and top - quiet >= 0
    for x0, y0, x1, y1 in strips:
        darkest, _lightest = cast(tuple[int, int], image.crop((x0, y0, x1 + 1, y1 + 1)).getextrema())
        assert darkest > 200, (x0, y0, x1, y1)


def test_too_dense_qr_is_refused_with_a_message_free_of_card_text() -> None:
    text = "SECRETQRTEXT" * 80
    size = 17 + 4 * 26 + 2 * QUIET_ZONE
    symbol = QrSymbol(text, 26, size, "f")
    assert 44 < 0.4 * symbol.size  # a version 26 symbol needs more than the back's 44 mm
    with pytest.raises(CardLayoutError) as caught:
        card(payload(), text, qr_symbol=symbol)
    assert "SECRETQRTEXT" not in str(caught.value) and marker(Item.NAME) not in str(caught.value)


def test_one_qr_symbol_serves_card_and_summary_but_only_for_its_own_text() -> None:
    p = payload()
    text = sealed(p)
    symbol = make_qr(text)
    assert card(p, text, qr_symbol=symbol)[:5] == b"%PDF-"
    assert [r.text for r in read_qr(render(card(p, text, qr_symbol=symbol), 1))] == [text]
    with pytest.raises(ValueError):
        card(p, text, qr_symbol=make_qr("CP1:OTHER"))


def test_no_text_below_8_pt_and_nothing_outside_the_card() -> None:
    long_items = {item: [f"{marker(item, n)} " + "word " * 190 for n in range(50)] for item in FRONT}
    p = payload({Item.NAME: "N" * 900, Item.DATE_OF_BIRTH: "D" * 900, **long_items}, truncated=True)
    numbers = [("L" * 400, "0" * 300), ("Second", "01632 960999"), ("Third", "01632 960998")]
    data = card(p, "CP1:TEST", numbers=numbers, label="R" * 300, restriction="limit " * 150)
    for page in (0, 1):
        drawn = chars(data, page)
        assert drawn
        width = page_sizes_mm(data)[page][0] * MM
        for _ch, size, (left, bottom, right, top) in drawn:
            assert size >= 8.0  # CARD-02
            assert left >= 0 and bottom >= 0 and right <= width and top <= 54 * MM
    side = qr_side(make_qr("CP1:TEST"))
    qr_right, qr_bottom = 2 * MM + side, 54 * MM - 2 * MM - side
    assert all(box[0] >= qr_right or box[3] <= qr_bottom for _ch, _size, box in chars(data, 1))


def overlapping(boxes: list[tuple[float, float, float, float]]) -> list[tuple[object, object]]:
    clashes: list[tuple[object, object]] = []
    for a, b in itertools.combinations(boxes, 2):
        overlap_x = min(a[2], b[2]) - max(a[0], b[0])
        overlap_y = min(a[3], b[3]) - max(a[1], b[1])
        if overlap_x > 0.3 and overlap_y > 0.3:
            clashes.append((a, b))
    return clashes


def test_front_lines_never_overlap_each_other() -> None:
    long_items = {item: [f"{marker(item, n)} " + "lorem " * 40 for n in range(4)] for item in FRONT}
    data = card(payload({Item.NAME: "Ann Example", **long_items}), "CP1:TEST")
    assert overlapping([box for _ch, _size, box in chars(data, 0)]) == []


def test_back_lines_never_overlap_even_with_everything_long() -> None:
    p = replace(payload(truncated=True), issuer="Fictional " * 19 + "Trust")
    data = card(p, "CP1:TEST", label="Police", restriction="limit " * 150)
    drawn = chars(data, 1)
    assert "".join(ch for ch, _size, _box in drawn).count("Fictional") >= 3
    assert overlapping([box for _ch, _size, box in drawn]) == []
    assert overlapping([box for _ch, _size, box in chars(data, 0)]) == []


def test_items_too_long_for_any_panel_move_whole_to_the_summary_and_the_card_says_so() -> None:
    long_items = {item: [f"{marker(item, n)} " + "word " * 60 for n in range(6)] for item in FRONT}
    long_items[Item.RISKS] = ["Suicide: overdose in past crises 01632 960555"]
    data = card(payload({Item.NAME: "Ann Example", **long_items}), "CP1:TEST")
    front = page_texts(data)[0]
    assert "Not on this card, see the A4 summary: Health / allergies, Communication, What helps" in front
    assert "Suicide: overdose in past crises 01632 960555" in front
    for item in (Item.HEALTH_CONDITIONS, Item.WHAT_HELPS):
        assert marker(item, 0) not in front  # whole or not at all
    assert "…" not in front


def test_truncated_payload_says_more_in_the_full_plan() -> None:
    p = payload(marked_items((Item.NAME, Item.RISKS)), truncated=True)
    front, back = page_texts(card(p))
    assert "More on the A4 summary" in front
    assert "The QR holds a shortened copy" in back


def test_hostile_markup_comes_out_literally() -> None:
    p = payload({Item.NAME: HOSTILE, Item.RISKS: f"{HOSTILE} risk"})
    front = page_texts(card(p, label=HOSTILE))[0]
    assert front.count(HOSTILE) == 3


def test_police_card_carries_its_limits_and_others_do_not() -> None:
    police = page_texts(card(label="Police", restriction=POLICE_LIMITS))[0]
    assert "Limits on use" in police
    assert flat(POLICE_LIMITS) in police
    assert "Limits on use" not in page_texts(card())[0]


def test_names_in_greek_and_cyrillic_render_and_other_scripts_do_not_vanish() -> None:
    front = page_texts(card(payload({Item.NAME: "Ελένη Παπαδοπούλου"})))[0]
    assert "Ελένη Παπαδοπούλου" in front
    front = page_texts(card(payload({Item.NAME: "Наталья Иванова"})))[0]
    assert "Наталья Иванова" in front
    front = page_texts(card(payload({Item.NAME: "李小龙 Lee"})))[0]
    assert "李小龙 Lee" in front  # drawn in the bundled CJK font (pdf_scripts)
    front = page_texts(card(payload({Item.NAME: "සිංහල Lee"})))[0]  # Sinhala: no bundled font
    assert "[5 characters not shown] Lee" in front


def test_without_name_the_description_or_a_plain_notice_is_shown() -> None:
    front = page_texts(card(payload({Item.DESCRIPTION: "Tall, red coat MKDESC"})))[0]
    assert "Description: Tall, red coat MKDESC" in front
    front = page_texts(card(payload({Item.RISKS: "r"})))[0]
    assert "Name not shared (by agreement)" in front
    assert "Shared only what responders need to keep this person safe." in front


def test_crisis_numbers_fall_back_to_the_plans_own_numbers() -> None:
    p = payload({Item.NAME: "A", Item.CRISIS_NUMBERS: ["Home team 01632 960555"]})
    front = page_texts(card(p, numbers=[]))[0]
    assert "Home team 01632 960555" in front
    assert "Call 999" in page_texts(card(payload({Item.NAME: "A"}), numbers=[]))[0]


def test_metadata_title_is_neutral_and_carries_no_personal_data() -> None:
    meta = metadata(card(payload({Item.NAME: "Zelda Nameinmeta", Item.RISKS: "r"})))
    assert meta["Title"] == "Crisis card"
    assert not any("Nameinmeta" in value for value in meta.values())


def test_emoji_and_characters_outside_the_font_become_clear_markers_never_boxes() -> None:
    p = payload({Item.NAME: "Sam 😀 Example", Item.WHAT_HELPS: "My dog 🐶 and music 🎧, family 👨‍👩‍👧"})
    text = " ".join(page_texts(card(p)))
    assert "[dog face]" in text and "[headphone]" in text and "[man, woman, girl]" in text
    assert "\ufffd" not in text and "□" not in text and "\u200d" not in text
