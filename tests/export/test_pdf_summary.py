"""The A4 summary PDF: size, every item under its label, header, QR code, police statement,
page numbers, hostile and oversized text."""

from __future__ import annotations

import pytest

from crisisplan.export.payload import CardPayload
from crisisplan.export.pdf_summary import ITEM_MAX_CHARS, render_summary
from crisisplan.forms.items import ITEMS, Item
from tests.export.test_pdf_support import (
    CARD_ID,
    HOSTILE,
    ISSUER,
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

NOT_FOR = "Not to be used for criminal investigation, intelligence or immigration enforcement."


def summary(
    p: CardPayload | None = None,
    qr_text: str | None = None,
    *,
    label: str = "Emergency department",
    restriction: str | None = None,
    labels: dict[Item, str] | None = None,
) -> bytes:
    p = p if p is not None else payload()
    return render_summary(
        p,
        qr_text or sealed(p),
        recipient_label=label,
        crisis_numbers=NUMBERS,
        use_restriction=restriction,
        item_labels=labels,
    )


def test_a4_pages() -> None:
    sizes = page_sizes_mm(summary())
    assert sizes
    for width, height in sizes:
        assert width == pytest.approx(210, abs=0.1)
        assert height == pytest.approx(297, abs=0.1)


def test_every_item_appears_under_its_label() -> None:
    text = " ".join(page_texts(summary(payload(marked_items(lines=2)))))
    compact = {Item.NAME, Item.DATE_OF_BIRTH, Item.NHS_NUMBER, Item.GENDER, Item.ADDRESS, Item.DESCRIPTION}
    for item, info in ITEMS.items():
        label = "Other numbers in the plan" if item is Item.CRISIS_NUMBERS else flat(info.label)
        label_at = 0 if item in compact else text.find(label)  # identity: compact, under the title
        assert label_at >= 0, item
        for n in range(2):
            assert text.find(marker(item, n), label_at) > label_at, item


def test_items_follow_the_clinical_priority_order() -> None:
    """CARD-03: risk to life first, then physical health and medicines, never typing order."""
    from crisisplan.sharing.priority import order_for

    text = " ".join(page_texts(summary(payload(marked_items()))))
    at = [text.find(marker(item)) for item in order_for("ambulance") if item is not Item.CRISIS_NUMBERS]
    assert all(position >= 0 for position in at) and at == sorted(at)


def test_a_validity_warning_is_bold() -> None:
    line = "Refuses: ventilation. CHECK VALIDITY: refusing life-sustaining treatment needs a witness"
    data = summary(payload({Item.NAME: "Ann Example", Item.ADVANCE_DECISIONS: [line]}))
    text = " ".join(page_texts(data))
    assert flat(line) in text
    drawn = "".join(ch for ch, _font in _fonts(data))
    weights = [font for _ch, font in _fonts(data)]
    start = drawn.index("CHECK VALIDITY")
    assert set(weights[start:start + len("CHECK VALIDITY")]) == {"Bold"}
    refuses = drawn.index("Refuses: ventilation")
    assert set(weights[refuses:refuses + 8]) == {"Regular"}


def _fonts(data: bytes) -> list[tuple[str, str]]:
    """(character, "Bold" or "Regular") for every character as drawn on the first page."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_raw

    textpage = pdfium.PdfDocument(data)[0].get_textpage()
    out = []
    for i in range(textpage.count_chars()):
        weight = pdfium_raw.FPDFText_GetFontWeight(textpage.raw, i)
        out.append((chr(pdfium_raw.FPDFText_GetUnicode(textpage.raw, i)), "Bold" if weight >= 600 else "Regular"))
    return out


def test_item_labels_can_be_overridden() -> None:
    text = " ".join(page_texts(summary(labels={Item.RISKS: "Risgiau MKLABEL"})))
    assert "Risgiau MKLABEL" in text
    assert ITEMS[Item.RISKS].label not in text


def test_header_shows_recipient_issuer_version_dates_and_card_id() -> None:
    first = page_texts(summary(label="Ambulance crew"))[0]
    for expected in ("Crisis summary for Ambulance crew", ISSUER, "plan version 7", "Issued 2 June 2025"):
        assert expected in first
    assert "Review by 3 June 2026" in first
    assert f"Card ID {CARD_ID}" in first
    assert "crisisplan verify" not in first


def test_qr_decodes_to_the_qr_text_and_is_at_least_25_mm() -> None:
    p = payload()
    text = sealed(p)
    (result,) = read_qr(render(summary(p, text), 0))
    assert result.text == text
    assert qr_symbol_width_mm(result) >= 25


def test_crisis_numbers_and_scope_line() -> None:
    first = page_texts(summary(label="Ambulance"))[0]
    assert "24-hour crisis numbers" in first
    for label, number in NUMBERS:
        assert f"{label} {number}" in first
    assert (
        "This summary shows only what the local information-sharing protocol and the person's consent "
        "allow to be shared with Ambulance."
    ) in first


def test_police_get_the_boxed_not_for_statement_and_others_do_not() -> None:
    police = page_texts(summary(label="Police", restriction=NOT_FOR, p=payload(recipient="police")))[0]
    assert f"What this information may NOT be used for {NOT_FOR}" in police
    assert "may NOT be used for" not in page_texts(summary())[0]


def test_long_plans_run_over_pages_numbered_n_of_m() -> None:
    p = payload(marked_items(lines=20))
    pages = page_texts(summary(p, "CP1:TEST"))
    assert len(pages) >= 3
    for n, text in enumerate(pages, start=1):
        assert text.endswith(f"Page {n} of {len(pages)}")
        assert f"card {CARD_ID}" in text
    joined = " ".join(pages)
    for item in ITEMS:
        assert marker(item, 19) in joined


def test_very_long_values_are_cut_with_the_marker() -> None:
    long_lines = [f"{marker(Item.RISKS, n)} " + "risk " * 190 for n in range(50)]
    data = summary(payload({Item.NAME: "Ann Example", Item.RISKS: long_lines}), "CP1:TEST")
    joined = " ".join(page_texts(data))
    assert "… more in the full plan" in joined
    assert marker(Item.RISKS, 0) in joined
    assert marker(Item.RISKS, 49) not in joined
    assert joined.count("risk ") * len("risk ") <= ITEM_MAX_CHARS


def test_truncated_payload_is_flagged() -> None:
    text = page_texts(summary(payload(truncated=True)))[0]
    assert "more in the full plan" in text
    assert "more in the full plan" not in page_texts(summary())[0]


def test_hostile_markup_comes_out_literally() -> None:
    p = payload({Item.NAME: HOSTILE, Item.RISKS: [HOSTILE, "second"], Item.GENDER: f"a {HOSTILE} b"})
    joined = " ".join(page_texts(summary(p, label=HOSTILE, restriction=HOSTILE)))
    assert joined.count(HOSTILE) == 6


def test_no_text_below_8_5_pt() -> None:
    sizes = {size for _ch, size, _box in chars(summary(), 0)}
    assert min(sizes) >= 8.5


def test_metadata_title_is_neutral_and_carries_no_personal_data() -> None:
    meta = metadata(summary(payload({Item.NAME: "Zelda Nameinmeta"})))
    assert meta["Title"] == "Crisis summary"
    assert not any("Nameinmeta" in value for value in meta.values())
