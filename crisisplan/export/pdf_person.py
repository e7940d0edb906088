"""The person's own copy of their crisis plan: A4, plain words addressed to the person, large type
(12 pt), sections in the order given, with the version, the agreement and review dates on the
first page and in every footer, every validity warning in a box before anything else, and the
person's own words set apart in italics. Lists are bullets, never numbers (CARD-05)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from crisisplan.export.card_labels import ENGLISH, LabelSet
from crisisplan.export.pdf_a4 import FRAME_WIDTH, build_a4, numbers_box
from crisisplan.export.pdf_common import BRAND, INK, MUTED, WARN_EDGE, WARN_TINT, fonts, long_date, para_text
from crisisplan.export.pdf_paragraph import text_para
from crisisplan.export.pdf_scripts import needs_layout


class LineLike(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def kind(self) -> str: ...


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
        "own": ParagraphStyle("own", base, fontName=f.regular, leftIndent=16, textColor=BRAND,
                              borderPadding=(0, 0, 0, 6)),
        "sub": ParagraphStyle("sub", base, leftIndent=16, textColor=INK, fontSize=11.5, leading=16),
        "warnhead": ParagraphStyle("warnhead", base, fontName=f.bold, textColor=WARN_EDGE),
        "boxhead": ParagraphStyle("boxhead", base, fontName=f.bold, fontSize=13, leading=18, textColor=BRAND),
        "number": ParagraphStyle("number", base, fontName=f.bold, fontSize=14, leading=19, alignment=2),
    }


def dates_line(plan_version: int, issued: date, review_date: date | None, agreed_on: date | None = None,
               *, agreement_known: bool = False) -> str:
    """The version and dates in plain words: "Version 3 · agreed on 2 June 2025 · review by …"
    (with `agreement_known`), or the date the copy was made when the plan has no agreement record."""
    review = f"review by {long_date(review_date)}" if review_date else "no review date set"
    if agreement_known:
        agreed = f"agreed on {long_date(agreed_on)}" if agreed_on else "not yet agreed"
        return f"Version {plan_version} · {agreed} · {review}"
    return f"Version {plan_version} · made on {long_date(issued)} · {review}"


def render_person_copy(
    *,
    title: str,
    person_name: str,
    sections: Sequence[tuple[str, Sequence[str | LineLike]]],
    plan_version: int,
    issued: date,
    review_date: date | None,
    crisis_numbers: list[tuple[str, str]],
    intro: Sequence[str] = (),
    warnings: Sequence[str] = (),
    agreed_on: date | None = None,
    agreement_known: bool = False,
    labels: LabelSet = ENGLISH,
) -> bytes:
    """The person's copy as PDF bytes. Each section is (heading, lines); a line is text (starting
    with "- " for a bullet point) or a line object with `text` and `kind` ("text", "bullet", "sub"
    or "own" for the person's own words). `warnings` are shown in a box before everything else.
    Nothing is shortened: the copy is the person's whole plan. `labels`: the fixed labels' second
    language (card_labels)."""
    styles = _styles()
    dates = dates_line(plan_version, issued, review_date, agreed_on, agreement_known=agreement_known)
    story: list[Flowable] = [text_para(title, styles["title"])]
    if labels.translated("my_plan"):  # the person's language under the title; their own words untranslated
        story.append(text_para(labels.translated("my_plan") or "", styles["name"]))
    if labels.review_note():
        story.append(text_para(labels.review_note() or "", styles["meta"]))
    story += [
        text_para(person_name, styles["name"]),
        text_para(dates, styles["meta"]),
        *[text_para(text, styles["body"]) for text in intro],
    ]
    if warnings:
        story += [Spacer(1, 3 * mm), _warnings_box(warnings, styles)]
    story += [Spacer(1, 4 * mm), _numbers(crisis_numbers, styles, labels)]
    for heading, lines in sections:
        story.append(text_para(heading, styles["heading"]))
        story += _section_body(lines, styles)

    return build_a4(story, title=DOCUMENT_TITLE, footer_left=dates, footer_size=9.5)


def _warnings_box(warnings: Sequence[str], styles: dict[str, ParagraphStyle]) -> Table:
    rows = [[Paragraph("Please check", styles["warnhead"])]]
    rows += [[text_para(text, styles["bullet"], bullet="!")] for text in warnings]
    box = Table(rows, colWidths=[FRAME_WIDTH])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), WARN_TINT),
        ("BOX", (0, 0), (-1, -1), 1.2, WARN_EDGE),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
    ]))
    return box


def _section_body(lines: Sequence[str | LineLike], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    for raw in lines:
        if not isinstance(raw, str):
            text = raw.text.strip()
            if not text:
                continue
            if raw.kind == "bullet":
                out.append(text_para(text, styles["bullet"], bullet="•"))
            elif raw.kind == "own":
                own = Paragraph(f"<i>{para_text(text)}</i>", styles["own"])
                out.append(text_para(text, styles["own"]) if needs_layout(text) else own)
            elif raw.kind == "sub":
                out.append(text_para(text, styles["sub"]))
            else:
                out.append(text_para(text, styles["body"]))
            continue
        for line in raw.splitlines():
            text = line.strip()
            if not text:
                continue
            if text.startswith("- "):
                out.append(text_para(text[2:].strip(), styles["bullet"], bullet="•"))
            else:
                out.append(text_para(text, styles["body"]))
    return out or [Paragraph(EMPTY_SECTION, styles["empty"])]


def _numbers(numbers: list[tuple[str, str]], styles: dict[str, ParagraphStyle], labels: LabelSet = ENGLISH) -> Table:
    pairs = [(label, number) for label, number in numbers if label.strip() or number.strip()]
    if not pairs:
        pairs = [("In an emergency call 999. For urgent mental health help call NHS 111.", "")]
    heading = text_para(labels.both("help_now", "If you need help now, day or night", "\n"), styles["boxhead"])
    return numbers_box(heading, pairs, styles["body"], styles["number"], pad=10)
