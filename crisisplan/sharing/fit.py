"""Shortening a card so its QR code fits, by fixed, documented rules (docs/card-format.md).

The QR must be at most version 20 at error correction M. When the selected items do not fit:

1. Lines of items that are not safety-critical are cut to 100 characters and lists to 4 lines.
2. Items that are not safety-critical are dropped one at a time, least important first
   (`DROP_ORDER`).
3. Safety-critical items (risks, health conditions and allergies, the 24-hour numbers, name, date
   of birth, communication needs, physical needs, dependants, advance decisions) are never dropped:
   their lines are cut to 80, then 50 characters and lists to 4, then 3 lines.

Whenever anything is cut or dropped the card says "more in the full plan", and the recipient's A4
summary still carries every selected item in full. Nothing is ever left out silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import segno

from crisisplan.export.payload import CardPayload
from crisisplan.export.qr import MAX_VERSION, CardTooLargeError, qr_for_text
from crisisplan.forms.items import ITEMS, Item

ELLIPSIS = "…"

DROP_ORDER: tuple[Item, ...] = (
    Item.DO_NOT_CONTACT,
    Item.CLINICAL_INFO,
    Item.PREFERRED_PLACE,
    Item.SERVICES_ENGAGED,
    Item.GENDER,
    Item.ADDRESS,
    Item.FAMILY_AND_SCHOOL,
    Item.CRISIS_PLAN_HELD,
    Item.DRINK_DRUGS,
    Item.USUAL_PRESENTATION,
    Item.MEDICINES,
    Item.EMERGENCY_CONTACTS,
    Item.NAMED_CONTACTS,
    Item.WHAT_HELPS,
    Item.DESCRIPTION,
    Item.NHS_NUMBER,
)
"""Non-critical items, least important first. Every non-critical item must appear here."""

Sealer = Callable[[CardPayload], str]


def _cut(value: str | list[str], chars: int, lines: int) -> tuple[str | list[str], bool]:
    def cut_line(text: str) -> str:
        return text if len(text) <= chars else text[: chars - 1].rstrip() + ELLIPSIS

    if isinstance(value, str):
        new = cut_line(value)
        return new, new != value
    kept = [cut_line(v) for v in value[:lines]]
    return kept, kept != value


def _shorten(payload: CardPayload, critical: bool, chars: int, lines: int) -> CardPayload:
    items = dict(payload.items)
    changed = False
    for item, value in payload.items.items():
        if ITEMS[item].safety_critical == critical:
            items[item], cut = _cut(value, chars, lines)
            changed |= cut
    return replace(payload, items=items, truncated=payload.truncated or changed) if changed else payload


def _dropper(item: Item) -> Callable[[CardPayload], CardPayload]:
    def drop(p: CardPayload) -> CardPayload:
        if item not in p.items:
            return p
        return replace(p, items={k: v for k, v in p.items.items() if k is not item}, truncated=True)

    return drop


def _encode(text: str, max_version: int) -> segno.QRCode | None:
    try:
        code = qr_for_text(text)
    except CardTooLargeError:
        return None
    return code if int(code.version) <= max_version else None


def fit_card(
    payload: CardPayload, seal: Sealer, max_version: int = MAX_VERSION
) -> tuple[CardPayload, str, segno.QRCode]:
    """The payload as it will be carried (possibly shortened), its sealed QR text and QR code."""
    text = seal(payload)
    code = _encode(text, max_version)
    if code is not None:
        return payload, text, code
    steps: list[Callable[[CardPayload], CardPayload]] = [lambda p: _shorten(p, False, 100, 4)]
    steps += [_dropper(item) for item in DROP_ORDER]
    steps += [lambda p: _shorten(p, True, 80, 4), lambda p: _shorten(p, True, 50, 3)]
    for step in steps:
        shorter = step(payload)
        if shorter is payload:
            continue
        payload = shorter
        text = seal(payload)
        code = _encode(text, max_version)
        if code is not None:
            return payload, text, code
    raise CardTooLargeError("The card's information does not fit in one QR code even after shortening.")
