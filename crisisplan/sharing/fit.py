"""Shortening a card so its QR code fits, by fixed, documented rules (docs/card-format.md).

The QR must be at most version 20 at error correction M. The version follows from the length of
the sealed text alone (qr.CAPACITY_M), so shortening seals and measures but encodes the QR code
only once, at the end. When the selected items do not fit:

1. Lines of items that may be dropped are cut (at a word) to 100 characters and lists to 4 lines.
2. Those items are dropped one at a time, least important first for the recipient
   (priority.drop_order: the clinical priority order of CARD-03 read from the bottom).
3. Items that are never dropped (priority.NEVER_DROPPED: risks, health conditions and allergies,
   medicines, the 24-hour numbers, name, date of birth, communication needs, physical needs,
   dependants, advance decisions) have their lines cut to 80, then 50 characters and lists to 4,
   then 3 lines, then 40 characters and 2 lines; lists are already in priority order (risks by
   severity, high-risk medicines first, people before pets), so what is cut is always the least
   important line.

Whenever anything is cut or dropped the card says "more in the full plan", and the recipient's A4
summary still carries every selected item in full. Nothing is ever left out silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from crisisplan.export.payload import CardPayload
from crisisplan.export.qr import MAX_VERSION, CardTooLargeError, QrCode, qr_for_text, version_for_length
from crisisplan.forms.items import Item
from crisisplan.i18n import QT_TRANSLATE_NOOP
from crisisplan.sharing.priority import NEVER_DROPPED, drop_order

ELLIPSIS = "…"

Sealer = Callable[[CardPayload], str]


def cut_at_word(text: str, chars: int) -> str:
    """`text` if it has at most `chars` characters, otherwise its longest prefix ending at a word
    boundary that leaves room for "…" (never a word cut in two, unless one word is longer)."""
    if len(text) <= chars:
        return text
    head = text[: chars - 1]
    space = head.rfind(" ")
    if text[chars - 1] != " " and space > 0:
        head = head[:space]
    return head.rstrip(" ,;:.-") + ELLIPSIS


def _cut(value: str | list[str], chars: int, lines: int) -> tuple[str | list[str], bool]:
    if isinstance(value, str):
        new = cut_at_word(value, chars)
        return new, new != value
    kept = [cut_at_word(v, chars) for v in value[:lines]]
    return kept, kept != value


def _shorten(payload: CardPayload, protected: bool, chars: int, lines: int) -> CardPayload:
    items = dict(payload.items)
    changed = False
    for item, value in payload.items.items():
        if (item in NEVER_DROPPED) == protected:
            items[item], cut = _cut(value, chars, lines)
            changed |= cut
    return replace(payload, items=items, truncated=payload.truncated or changed) if changed else payload


def _dropper(item: Item) -> Callable[[CardPayload], CardPayload]:
    def drop(p: CardPayload) -> CardPayload:
        if item not in p.items:
            return p
        return replace(p, items={k: v for k, v in p.items.items() if k is not item}, truncated=True)

    return drop


def _fits(text: str, max_version: int) -> bool:
    version = version_for_length(len(text))
    return version is not None and version <= max_version


def fit_card(
    payload: CardPayload, seal: Sealer, max_version: int = MAX_VERSION
) -> tuple[CardPayload, str, QrCode]:
    """The payload as it will be carried (possibly shortened), its sealed QR text and QR code."""
    text = seal(payload)
    if not _fits(text, max_version):
        steps: list[Callable[[CardPayload], CardPayload]] = [lambda p: _shorten(p, False, 100, 4)]
        steps += [_dropper(item) for item in drop_order(payload.recipient, payload.items)]
        steps += [lambda p: _shorten(p, True, 80, 4), lambda p: _shorten(p, True, 50, 3),
                  lambda p: _shorten(p, True, 40, 2)]
        for step in steps:
            shorter = step(payload)
            if shorter is payload:
                continue
            payload = shorter
            text = seal(payload)
            if _fits(text, max_version):
                break
        else:
            raise CardTooLargeError(QT_TRANSLATE_NOOP("sharing", "The card's information does not fit in one QR code "
                                                                 "even after shortening."))
    return payload, text, qr_for_text(text)
