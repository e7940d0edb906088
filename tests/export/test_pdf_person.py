"""The person's own copy: A4, sections in order, bullets, large type, dates on page one and in
every footer, nothing cut, hostile text literal, neutral metadata."""

from __future__ import annotations

from datetime import date

import pytest

from crisisplan.export.pdf_person import EMPTY_SECTION, render_person_copy
from tests.export.test_pdf_support import HOSTILE, chars, metadata, page_sizes_mm, page_texts

NUMBERS = [("Vale crisis line", "01632 960100")]
SECTIONS = [
    ("When I start to become unwell MKS1", ["I stop sleeping MKL1", "- I stop answering the phone MKL2"]),
    ("What helps me MKS2", ["- A quiet room MKL3", "- Talking to my sister MKL4"]),
    ("People to contact MKS3", ["My sister: 07700 900123 MKL5"]),
]
DATES = "Version 4 · made on 2 June 2025 · review by 1 December 2025"


def copy(
    sections: list[tuple[str, list[str]]] = SECTIONS,
    *,
    title: str = "My crisis plan",
    name: str = "Sam Example",
    review: date | None = date(2025, 12, 1),
) -> bytes:
    return render_person_copy(
        title=title,
        person_name=name,
        sections=sections,
        plan_version=4,
        issued=date(2025, 6, 2),
        review_date=review,
        crisis_numbers=NUMBERS,
    )


def test_a4_pages() -> None:
    for width, height in page_sizes_mm(copy()):
        assert width == pytest.approx(210, abs=0.1)
        assert height == pytest.approx(297, abs=0.1)


def test_first_page_has_title_name_dates_and_crisis_numbers() -> None:
    first = page_texts(copy(title="Sam's plan MKTITLE"))[0]
    assert first.startswith(f"Sam's plan MKTITLE Sam Example {DATES}")
    assert "If you need help now, day or night" in first
    assert "Vale crisis line 01632 960100" in first


def test_sections_come_in_the_order_given_with_their_lines() -> None:
    text = page_texts(copy())[0]
    order = ["MKS1", "MKL1", "MKL2", "MKS2", "MKL3", "MKL4", "MKS3", "MKL5"]
    positions = [text.index(token) for token in order]
    assert positions == sorted(positions)
    reordered = page_texts(copy(list(reversed(SECTIONS))))[0]
    assert reordered.index("MKS3") < reordered.index("MKS2") < reordered.index("MKS1")


def test_lines_starting_with_a_dash_become_bullets() -> None:
    text = page_texts(copy())[0]
    assert "• I stop answering the phone MKL2" in text
    assert "- I stop" not in text
    assert "• I stop sleeping" not in text


def test_body_type_is_large() -> None:
    body = [size for _ch, size, _box in chars(copy(), 0)]
    assert min(body) >= 9.5  # the footer; everything the person reads in the plan is 11.5 pt or more
    sizes = sorted(set(body))
    assert sizes[1] >= 11.5


def test_every_page_footer_has_the_dates_and_page_n_of_m() -> None:
    long_sections = [
        (f"Section {n} MKS{n}", [f"- line {k} " + "word " * 30 for k in range(12)]) for n in range(8)
    ]
    pages = page_texts(copy(long_sections))
    assert len(pages) >= 3
    for n, text in enumerate(pages, start=1):
        assert text.endswith(f"{DATES} Page {n} of {len(pages)}")


def test_nothing_is_cut_even_when_very_long() -> None:
    lines = [f"- MKLONG{n} " + "x" * 3000 for n in range(20)]
    pages = page_texts(copy([("Long MKS9", lines)]))
    joined = "".join(pages).replace(" ", "")
    for n in range(20):
        assert f"MKLONG{n}" in joined
    assert joined.count("x") >= 20 * 3000
    assert "more in the full plan" not in joined


def test_empty_sections_say_so_and_a_missing_review_date_is_plain() -> None:
    text = page_texts(copy([("Empty MKS7", [])], review=None))[0]
    assert f"Empty MKS7 {EMPTY_SECTION}" in text
    assert "Version 4 · made on 2 June 2025 · no review date set" in text


def test_hostile_markup_comes_out_literally() -> None:
    text = page_texts(copy([(HOSTILE, [HOSTILE, f"- {HOSTILE}"])], title=HOSTILE, name=HOSTILE))[0]
    assert text.count(HOSTILE) == 5


def test_metadata_title_is_neutral_even_when_the_title_has_the_name() -> None:
    meta = metadata(copy(title="Zelda Nameinmeta's crisis plan", name="Zelda Nameinmeta"))
    assert meta["Title"] == "My crisis plan"
    assert not any("Nameinmeta" in value for value in meta.values())
