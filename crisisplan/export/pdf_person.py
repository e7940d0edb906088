"""The person's own copy of their crisis plan: A4, plain words, large type (12 pt), sections in the
order given, with the version and dates on the first page and in every footer."""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from crisisplan.export.pdf_a4 import build_a4, numbers_box
from crisisplan.export.pdf_common import BRAND, INK, MUTED, fonts, long_date, para_text

DOCUMENT_TITLE = "My crisis plan"
EMPTY_SECTION = "Nothing written here yet."


def _styles() -> dict[str, ParagraphStyle]:
    f = fonts()
    base = ParagraphStyle("body", fontName=f.regular, fontSize=12, leading=17, textColor=INK, spaceAfter=3)
    return {
        "title": ParagraphStyle("title", base, fontName=f.bold, fontSize=24, leading=29, textColor=BRAND),
        "name": ParagraphStyle("name", base, fontName=f.bold, fontSize=15, leading=20, spaceBefore=2),
        "meta": ParagraphStyle("meta", base, fontSize=11.5, leading=16, textColor=MUTED),
        "heading": ParagraphStyle(
            "heading",
            base,
            fontName=f.bold,
            fontSize=14.5,
            leading=19,
            textColor=BRAND,
            spaceBefore=12,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "body": base,
        "bullet": ParagraphStyle(
            "bullet", base, leftIndent=16, bulletIndent=3, bulletFontName=f.regular, bulletFontSize=12
        ),
        "empty": ParagraphStyle("empty", base, textColor=MUTED),
        "boxhead": ParagraphStyle("boxhead", base, fontName=f.bold, fontSize=13, leading=18, textColor=BRAND),
        "number": ParagraphStyle("number", base, fontName=f.bold, fontSize=14, leading=19, alignment=2),
    }


def dates_line(plan_version: int, issued: date, review_date: date | None) -> str:
    """The version and dates in plain words: "Version 3 · made on 2 June 2025 · review by …"."""
    review = f"review by {long_date(review_date)}" if review_date else "no review date set"
    return f"Version {plan_version} · made on {long_date(issued)} · {review}"


def render_person_copy(
    *,
    title: str,
    person_name: str,
    sections: list[tuple[str, list[str]]],
    plan_version: int,
    issued: date,
    review_date: date | None,
    crisis_numbers: list[tuple[str, str]],
) -> bytes:
    """The person's copy as PDF bytes. Each section is (heading, lines); a line starting with
    "- " is shown as a bullet point. Nothing is shortened: the copy is the person's whole plan."""
    styles = _styles()
    story: list[Flowable] = [
        Paragraph(para_text(title), styles["title"]),
        Paragraph(para_text(person_name), styles["name"]),
        Paragraph(para_text(dates_line(plan_version, issued, review_date)), styles["meta"]),
        Spacer(1, 4 * mm),
        _numbers(crisis_numbers, styles),
    ]
    for heading, lines in sections:
        story.append(Paragraph(para_text(heading), styles["heading"]))
        story += _section_body(lines, styles)

    footer = dates_line(plan_version, issued, review_date)
    return build_a4(story, title=DOCUMENT_TITLE, footer_left=footer, footer_size=9.5)


def _section_body(lines: list[str], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    for raw in lines:
        for line in raw.splitlines():
            text = line.strip()
            if not text:
                continue
            if text.startswith("- "):
                out.append(Paragraph(para_text(text[2:].strip()), styles["bullet"], bulletText="•"))
            else:
                out.append(Paragraph(para_text(text), styles["body"]))
    return out or [Paragraph(EMPTY_SECTION, styles["empty"])]


def _numbers(numbers: list[tuple[str, str]], styles: dict[str, ParagraphStyle]) -> Table:
    pairs = [(label, number) for label, number in numbers if label.strip() or number.strip()]
    if not pairs:
        pairs = [("In an emergency call 999. For urgent mental health help call NHS 111.", "")]
    heading = Paragraph("If you need help now, day or night", styles["boxhead"])
    return numbers_box(heading, pairs, styles["body"], styles["number"], pad=10)
