"""The A4 summary that goes with a card: everything the card's payload carries for one recipient,
each item under its own heading, with the QR code, the 24-hour numbers, for police a boxed
statement of what the information may not be used for, and "Page n of m" on every page."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from crisisplan.export.card_labels import ENGLISH, LabelSet
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
    symbol_for,
    value_lines,
)
from crisisplan.export.pdf_paragraph import text_para
from crisisplan.forms.items import ITEMS, Item
from crisisplan.sharing.priority import ordered_items
from crisisplan.sharing.selection import NOT_24_HOURS

DOCUMENT_TITLE = "Crisis summary"
QR_SIDE = 42 * mm
ITEM_MAX_CHARS = 3000
"""Text shown per item before the summary says "… more in the full plan"."""
SCOPE_LINE = (
    "This summary shows only what the local information-sharing protocol and the person's consent "
    "allow to be shared with {recipient}. It is not the full crisis plan."
)
NOT_FOR_HEADING = "What this information may NOT be used for"

IDENTITY_LINE = (Item.DATE_OF_BIRTH, Item.NHS_NUMBER, Item.GENDER)
"""Shown compactly under the name, not as headings of their own."""
CHECK_VALIDITY = "CHECK VALIDITY:"
OTHER_NUMBERS = "Other numbers in the plan (not necessarily 24-hour)"


def _ordered(recipient: str, items: Mapping[Item, object]) -> list[Item]:
    """The items under headings, in the recipient's clinical priority order (CARD-03)."""
    shown_in_header = {Item.NAME, Item.ADDRESS, Item.DESCRIPTION, *IDENTITY_LINE}
    return [item for item in ordered_items(recipient, items) if item not in shown_in_header]


def _styles() -> dict[str, ParagraphStyle]:
    f = fonts()
    base = ParagraphStyle("body", fontName=f.regular, fontSize=10.5, leading=14, textColor=INK)

    def style(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, base, **kw)

    return {
        "title": style("title", fontName=f.bold, fontSize=18, leading=22, textColor=BRAND, spaceAfter=4),
        "name": style("name", fontName=f.bold, fontSize=15, leading=19),
        "noname": style("noname", fontName=f.bold, fontSize=12, leading=16, textColor=MUTED),
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
    labels: LabelSet = ENGLISH,
) -> bytes:
    """The A4 summary as PDF bytes. `crisis_numbers` are (label, number) pairs; `use_restriction`
    is the statement of what a police recipient may not use the information for (None for other
    recipients); `item_labels` overrides the vocabulary's label of any item; `qr_symbol`, if given,
    is `make_qr(qr_text)` made once for both card and summary; `labels` the fixed labels' second
    language (card_labels)."""
    styles = _styles()
    story: list[Flowable] = [text_para(f"{DOCUMENT_TITLE} for {recipient_label}", styles["title"])]
    if labels.translated("summary_title"):
        story.append(text_para(labels.translated("summary_title") or "", styles["subtitle"]))
    if labels.review_note():
        story.append(text_para(labels.review_note() or "", styles["marker"]))
    story += [
        _header(payload, symbol_for(qr_text, qr_symbol), styles, labels),
        Spacer(1, 4 * mm),
        *_numbers(payload, crisis_numbers, styles, labels),
    ]
    if use_restriction and use_restriction.strip():
        story += [Spacer(1, 3 * mm), _restriction_box(use_restriction, styles, labels)]
    scope = SCOPE_LINE.format(recipient=recipient_label)
    story += [Spacer(1, 3 * mm), text_para(scope, styles["scope"])]
    if payload.truncated:
        note = "Some details did not fit on the card: more in the full plan."
        story.append(Paragraph(note, styles["marker"]))
    overrides = item_labels or {}
    printed = {f"{label}: {number}" for label, number in crisis_numbers}
    for item in _ordered(payload.recipient, payload.items):
        value = payload.items[item]
        label = overrides.get(item, ITEMS[item].label)
        if item is Item.CRISIS_NUMBERS:  # the protocol's numbers are in the box above: never twice
            in_box = not any(number.strip() for _label, number in crisis_numbers)  # the box shows the plan's own
            value = [] if in_box else [line for line in value_lines(value) if line not in printed]
            label = OTHER_NUMBERS
            if not value:
                continue
        story.append(text_para(labels.item(item, label), styles["heading"]))
        story += _item_body(value, styles)
    footer = f"Crisis summary · card {payload.card_id} · plan version {payload.plan_version} · confidential"
    return build_a4(story, title=DOCUMENT_TITLE, footer_left=footer, footer_size=8.5)


def _identity(payload: CardPayload, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The person in two lines: the name, then date of birth, NHS number and gender."""
    if Item.NAME in payload.items:
        name = text_para("; ".join(value_lines(payload.items[Item.NAME])), styles["name"])
    else:
        name = Paragraph("Name not shared with this service (by agreement)", styles["noname"])
    labels = {Item.DATE_OF_BIRTH: "Born ", Item.NHS_NUMBER: "NHS no. ", Item.GENDER: ""}
    parts = [labels[item] + "; ".join(value_lines(payload.items[item])) for item in IDENTITY_LINE
             if item in payload.items]
    out: list[Flowable] = [name]
    if parts:
        out.append(text_para(" · ".join(parts), styles["body"]))
    for item, label in ((Item.ADDRESS, "Address: "), (Item.DESCRIPTION, "Description: ")):
        if item in payload.items:
            out.append(text_para(label + "; ".join(value_lines(payload.items[item])), styles["body"]))
    return out


def _header(payload: CardPayload, symbol: QrSymbol, styles: dict[str, ParagraphStyle],
            labels: LabelSet = ENGLISH) -> Table:
    rows = [
        (labels.both("review_by", "Review by", "\n"), long_date(payload.valid_until)),
        ("Issued", f"{long_date(payload.issued)}, plan version {payload.plan_version}"),
        ("Issued by", payload.issuer),
        ("Card ID", payload.card_id),
    ]
    meta = Table(
        [[_identity(payload, styles), ""], ["", ""]]
        + [[text_para(key, styles["key"]), text_para(value, styles["value"])] for key, value in rows],
        colWidths=[24 * mm, FRAME_WIDTH - QR_SIDE - 32 * mm],
    )
    meta.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (0, 1), (1, 1)),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    caption = Paragraph("The signed card: scan it with the crisis card checker your service gave you",
                        styles["caption"])
    qr_cell = [QrFlowable(symbol, QR_SIDE), caption]
    if labels.translated("check_card"):
        qr_cell.append(text_para(labels.translated("check_card") or "", styles["caption"]))
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
    payload: CardPayload, numbers: list[tuple[str, str]], styles: dict[str, ParagraphStyle],
    labels: LabelSet = ENGLISH,
) -> list[Flowable]:
    """The 24-hour numbers in a box; numbers that are not answered around the clock in a box of
    their own, with their hours (never under the 24-hour heading)."""
    marker = NOT_24_HOURS.split("{", 1)[0]
    pairs = [(label, number) for label, number in numbers if number.strip()]
    around = [(label, number) for label, number in pairs if marker not in label]
    other = [(label, number) for label, number in pairs if marker in label]
    if not pairs and Item.CRISIS_NUMBERS in payload.items:
        around = [(line, "") for line in value_lines(payload.items[Item.CRISIS_NUMBERS])]
    if not around:
        around = [("In an emergency call 999, or NHS 111 for urgent mental health help", "")]
    heading = text_para(labels.both("crisis_help", "24-hour crisis numbers"), styles["boxhead"])
    out: list[Flowable] = [numbers_box(heading, around, styles["body"], styles["number"], pad=8)]
    if other:
        heading = Paragraph("Other crisis numbers (not 24 hours)", styles["boxhead"])
        out += [Spacer(1, 2 * mm), numbers_box(heading, other, styles["body"], styles["number"], pad=8)]
    return out


def _restriction_box(statement: str, styles: dict[str, ParagraphStyle], labels: LabelSet = ENGLISH) -> Table:
    rows: list[list[Flowable]] = [
        [text_para(labels.both("not_for", NOT_FOR_HEADING), styles["warnhead"])],
        [text_para(statement, styles["body"])],
    ]
    if labels.translated("police_restriction"):  # the short form: the protocol's own words are not translated
        rows.append([text_para(labels.translated("police_restriction") or "", styles["body"])])
    box = Table(
        rows,
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


def _marked(line: str, style: ParagraphStyle, bullet: str | None = None) -> Flowable:
    """One line as a paragraph, with a validity warning ("CHECK VALIDITY: …") in bold."""
    head, found, tail = line.partition(CHECK_VALIDITY)
    return text_para(head, style, bullet=bullet, bold_tail=found + tail)


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
        out.append(_marked(kept[0], styles["body"]))
    else:
        out += [_marked(line, styles["bullet"], "•") for line in kept]
    if cut:
        out.append(text_para(MORE_IN_FULL_PLAN, styles["marker"]))
    return out
