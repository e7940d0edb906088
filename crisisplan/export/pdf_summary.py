"""The A4 summary that goes with a card: everything the card's payload carries for one recipient,
each item under its own heading, with the QR code, the 24-hour numbers, for police a boxed
statement of what the information may not be used for, and "Page n of m" on every page."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from crisisplan.export.payload import CardPayload
from crisisplan.export.pdf_a4 import FRAME_WIDTH, build_a4, numbers_box
from crisisplan.export.pdf_common import (
    BRAND,
    INK,
    MORE_IN_FULL_PLAN,
    MUTED,
    WARN_EDGE,
    WARN_TINT,
    QrFlowable,
    QrSymbol,
    fonts,
    long_date,
    para_text,
    symbol_for,
    value_lines,
)
from crisisplan.forms.items import ITEMS, Item

DOCUMENT_TITLE = "Crisis summary"
QR_SIDE = 42 * mm
ITEM_MAX_CHARS = 3000
"""Text shown per item before the summary says "… more in the full plan"."""
SCOPE_LINE = (
    "This summary shows only what the local information-sharing protocol and the person's consent "
    "allow to be shared with {recipient}. It is not the full crisis plan."
)
NOT_FOR_HEADING = "What this information may NOT be used for"

_FIRST: tuple[Item, ...] = (
    *(Item.NAME, Item.DATE_OF_BIRTH, Item.GENDER, Item.NHS_NUMBER, Item.ADDRESS, Item.DESCRIPTION),
    *(Item.RISKS, Item.HEALTH_CONDITIONS, Item.ADVANCE_DECISIONS, Item.LANGUAGE_COMMUNICATION),
    *(Item.PHYSICAL_NEEDS, Item.DEPENDANTS_PETS, Item.WHAT_HELPS),
)
"""Who the person is first, then the safety-critical items; the rest follow in vocabulary order."""


def _ordered(items: Mapping[Item, object]) -> list[Item]:
    rest = [item for item in ITEMS if item not in _FIRST]
    return [item for item in (*_FIRST, *rest) if item in items]


def _styles() -> dict[str, ParagraphStyle]:
    f = fonts()
    base = ParagraphStyle("body", fontName=f.regular, fontSize=10.5, leading=14, textColor=INK)

    def style(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, base, **kw)

    return {
        "title": style("title", fontName=f.bold, fontSize=20, leading=24, textColor=BRAND),
        "subtitle": style("subtitle", fontSize=12, leading=16, spaceAfter=4),
        "key": style("key", fontSize=9, leading=12, textColor=MUTED),
        "value": style("value", fontName=f.bold, fontSize=10, leading=13),
        "caption": style("caption", fontSize=8.5, leading=11, alignment=1, textColor=MUTED),
        "heading": style(
            "heading",
            fontName=f.bold,
            fontSize=11.5,
            leading=15,
            textColor=BRAND,
            spaceBefore=9,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "body": base,
        "bullet": style(
            "bullet",
            leftIndent=12,
            bulletIndent=2,
            spaceAfter=1,
            bulletFontName=f.regular,
            bulletFontSize=10.5,
        ),
        "scope": style("scope", fontSize=9.5, leading=13, textColor=MUTED),
        "boxhead": style("boxhead", fontName=f.bold, fontSize=11, leading=15, textColor=BRAND),
        "number": style("number", fontName=f.bold, fontSize=13, leading=17, alignment=2),
        "warnhead": style("warnhead", fontName=f.bold, fontSize=11, leading=15, textColor=WARN_EDGE),
        "marker": style("marker", fontName=f.bold, textColor=BRAND),
    }


def render_summary(
    payload: CardPayload,
    qr_text: str,
    *,
    recipient_label: str,
    crisis_numbers: list[tuple[str, str]],
    use_restriction: str | None,
    item_labels: Mapping[Item, str] | None = None,
    qr_symbol: QrSymbol | None = None,
) -> bytes:
    """The A4 summary as PDF bytes. `crisis_numbers` are (label, number) pairs; `use_restriction`
    is the statement of what a police recipient may not use the information for (None for other
    recipients); `item_labels` overrides the vocabulary's label of any item; `qr_symbol`, if given,
    is `make_qr(qr_text)` made once for both card and summary."""
    styles = _styles()
    story: list[Flowable] = [
        Paragraph(DOCUMENT_TITLE, styles["title"]),
        Paragraph(f"For {para_text(recipient_label)}", styles["subtitle"]),
        _header(payload, symbol_for(qr_text, qr_symbol), styles),
        Spacer(1, 4 * mm),
        _numbers(payload, crisis_numbers, styles),
    ]
    if use_restriction and use_restriction.strip():
        story += [Spacer(1, 3 * mm), _restriction_box(use_restriction, styles)]
    scope = SCOPE_LINE.format(recipient=recipient_label)
    story += [Spacer(1, 3 * mm), Paragraph(para_text(scope), styles["scope"])]
    if payload.truncated:
        note = "Some details did not fit on the card: more in the full plan."
        story.append(Paragraph(note, styles["marker"]))
    labels = item_labels or {}
    for item in _ordered(payload.items):
        story.append(Paragraph(para_text(labels.get(item, ITEMS[item].label)), styles["heading"]))
        story += _item_body(payload.items[item], styles)
    footer = f"Crisis summary · card {payload.card_id} · plan version {payload.plan_version} · confidential"
    return build_a4(story, title=DOCUMENT_TITLE, footer_left=footer, footer_size=8.5)


def _header(payload: CardPayload, symbol: QrSymbol, styles: dict[str, ParagraphStyle]) -> Table:
    rows = [
        ("Issued by", payload.issuer),
        ("Plan version", str(payload.plan_version)),
        ("Issued", long_date(payload.issued)),
        ("Review by / valid until", long_date(payload.valid_until)),
        ("Card ID", payload.card_id),
    ]
    meta = Table(
        [
            [Paragraph(key, styles["key"]), Paragraph(para_text(value), styles["value"])]
            for key, value in rows
        ],
        colWidths=[38 * mm, FRAME_WIDTH - QR_SIDE - 46 * mm],
    )
    meta.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    caption = Paragraph("Scan to verify: crisisplan verify", styles["caption"])
    qr_cell = [QrFlowable(symbol, QR_SIDE), caption]
    outer = Table([[meta, qr_cell]], colWidths=[FRAME_WIDTH - QR_SIDE - 6 * mm, QR_SIDE + 6 * mm])
    outer.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    return outer


def _numbers(
    payload: CardPayload, numbers: list[tuple[str, str]], styles: dict[str, ParagraphStyle]
) -> Table:
    pairs = [(label, number) for label, number in numbers if number.strip()]
    if not pairs and Item.CRISIS_NUMBERS in payload.items:
        pairs = [(line, "") for line in value_lines(payload.items[Item.CRISIS_NUMBERS])]
    if not pairs:
        pairs = [("In an emergency call 999, or NHS 111 for urgent mental health help", "")]
    heading = Paragraph("24-hour crisis numbers", styles["boxhead"])
    return numbers_box(heading, pairs, styles["body"], styles["number"], pad=8)


def _restriction_box(statement: str, styles: dict[str, ParagraphStyle]) -> Table:
    box = Table(
        [
            [Paragraph(NOT_FOR_HEADING, styles["warnhead"])],
            [Paragraph(para_text(statement), styles["body"])],
        ],
        colWidths=[FRAME_WIDTH],
    )
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), WARN_TINT),
                ("BOX", (0, 0), (-1, -1), 1.2, WARN_EDGE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return box


def _item_body(value: str | list[str], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """One item's text: a paragraph for a single line, bullets for several; beyond ITEM_MAX_CHARS
    the text is cut and followed by the "more in the full plan" marker."""
    lines = value_lines(value)
    budget = ITEM_MAX_CHARS
    kept: list[str] = []
    cut = False
    for line in lines:
        if budget <= 0 or len(line) > budget:
            if budget > 0:
                kept.append(line[:budget].rstrip() + "…")
            cut = True
            break
        kept.append(line)
        budget -= len(line)
    out: list[Flowable] = []
    if len(kept) == 1 and not cut and isinstance(value, str):
        out.append(Paragraph(para_text(kept[0]), styles["body"]))
    else:
        out += [Paragraph(para_text(line), styles["bullet"], bulletText="•") for line in kept]
    if cut:
        out.append(Paragraph(para_text(MORE_IN_FULL_PLAN), styles["marker"]))
    return out
