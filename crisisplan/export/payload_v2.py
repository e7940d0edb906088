"""Card format 2 (`CP2:`): a more compact byte form of the same CardPayload.

Format 1 (payload.py) stores every card line as its own CBOR text. Format 2 keeps the same fields
and the same text, but:

- the card id is its 50 bits in 7 bytes, not 10 characters;
- a date of birth written `dd/mm/yyyy` (optionally `dd/mm/yyyy (age N)`) is a day number;
- an NHS number written `ddd ddd dddd` is its 10 digits as a 5-byte number;
- all other items are one text: each item starts with its item code as one control character
  (U+0001 to U+001D; codes 30-124 as U+001F and one printable character), each line of a list
  item with U+001E. Texts never hold control characters, so the split is unambiguous, and the
  DEFLATE dictionary can match across item boundaries.

Nothing is dropped or reworded: decoding gives back a CardPayload equal to the one encoded, and,
as in format 1, only the one encoding this module writes is accepted (decode re-encodes and
compares). The card stays language-neutral: item codes plus the person's own text.
"""

from __future__ import annotations

import io
import re
from datetime import date, timedelta
from typing import Any

import cbor2

from crisisplan.export.payload import (
    _RECIPIENT_BY_CODE,
    EPOCH,
    MAX_ENCODED_BYTES,
    RECIPIENT_CODES,
    CardPayload,
    PayloadError,
)
from crisisplan.forms.items import ITEMS, Item, item_by_code

FIELDS = 12
"""A format 2 payload is a CBOR array of 12 fields in this order (positions, not keys, save a
byte a field): card id, issuer, locality, recipient, plan reference, plan version, issued,
review date, truncated, date of birth or null, NHS number or null, items text."""

LINE_MARK = "\x1e"
"""Starts each line of a list item inside the items text."""
MAX_SHORT_CODE = 0x1D
"""Item codes 1-29 are written as one control character, U+0001 to U+001D."""
LONG_CODE_MARK = "\x1f"
"""Item codes 30-124 are written as U+001F followed by one character, U+0020 + (code - 30)."""
MAX_ITEM_CODE = 30 + 0x7E - 0x20

_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_DOB_RE = re.compile(r"([0-9]{2})/([0-9]{2})/([0-9]{4})(?: \(age ([0-9]{1,3})\))?")  # ASCII digits only:
_NHS_RE = re.compile(r"([0-9]{3}) ([0-9]{3}) ([0-9]{4})")  # other scripts' digits stay text as written
_MAX_DAYS = 0xFFFF
DOB_EPOCH = date(1900, 1, 1)
"""A coded date of birth is whole days since this date (0-65535: 1900 to 2079)."""


def _card_id_bytes(card_id: str) -> bytes:
    value = 0
    for ch in card_id:
        value = value * 32 + _BASE32.index(ch)
    return value.to_bytes(7, "big")


def _card_id_text(raw: object) -> str:
    if type(raw) is not bytes or len(raw) != 7:
        raise PayloadError("The card id on the card is not in the expected form.")
    value = int.from_bytes(raw, "big")
    if value >> 50:
        raise PayloadError("The card id on the card is not in the expected form.")
    return "".join(_BASE32[(value >> shift) & 31] for shift in range(45, -1, -5))


def _dob_code(text: str) -> int | list[int] | None:
    """The coded form of a date of birth line, or None if it is not written the standard way."""
    match = _DOB_RE.fullmatch(text)
    if match is None:
        return None
    day, month, year, age = match.groups()
    try:
        days = (date(int(year), int(month), int(day)) - DOB_EPOCH).days
    except ValueError:
        return None
    if not 0 <= days <= _MAX_DAYS or (age is not None and str(int(age)) != age):
        return None
    return days if age is None else [days, int(age)]


def _dob_text(raw: object) -> str:
    if type(raw) is int:
        days, age = raw, None
    elif type(raw) is list and len(raw) == 2 and all(type(v) is int for v in raw):
        days, age = raw
    else:
        raise PayloadError("The date of birth on the card is not in the expected form.")
    if not 0 <= days <= _MAX_DAYS or (age is not None and not 0 <= age <= 999):
        raise PayloadError("The date of birth on the card is outside the range a card can hold.")
    text = f"{DOB_EPOCH + timedelta(days=days):%d/%m/%Y}"
    return text if age is None else f"{text} (age {age})"


def _nhs_code(text: str) -> bytes | None:
    match = _NHS_RE.fullmatch(text)
    return int("".join(match.groups())).to_bytes(5, "big") if match else None


def _nhs_text(raw: object) -> str:
    if type(raw) is not bytes or len(raw) != 5:
        raise PayloadError("The NHS number on the card is not in the expected form.")
    digits = f"{int.from_bytes(raw, 'big'):010d}"
    if len(digits) != 10:
        raise PayloadError("The NHS number on the card is outside the range a card can hold.")
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def item_mark(code: int) -> str:
    """The mark that starts an item with this code in the items text."""
    if 1 <= code <= MAX_SHORT_CODE:
        return chr(code)
    if MAX_SHORT_CODE < code <= MAX_ITEM_CODE:
        return LONG_CODE_MARK + chr(0x20 + code - 30)
    raise PayloadError("This card holds an item that card format 2 cannot carry.")


def _items_text(items: dict[Item, str | list[str]]) -> str:
    parts: list[str] = []
    for item in sorted(items, key=lambda i: ITEMS[i].code):
        value = items[item]
        lines = "".join(LINE_MARK + line for line in value) if isinstance(value, list) else value
        parts.append(item_mark(ITEMS[item].code) + lines)
    return "".join(parts)


def _record_code(record: str) -> tuple[int, str]:
    """(item code, rest) of one record of the items text."""
    if record[0] != LONG_CODE_MARK:
        return ord(record[0]), record[1:]
    if len(record) < 2 or not 0x20 <= ord(record[1]) <= 0x7E:
        raise PayloadError("The card's items are not in the expected form.")
    return 30 + ord(record[1]) - 0x20, record[2:]


def _split_items(text: object) -> dict[Item, str | list[str]]:
    if type(text) is not str:
        raise PayloadError("The card's items are not in the expected form.")
    items: dict[Item, str | list[str]] = {}
    if not text:
        return items
    if not (1 <= ord(text[0]) <= MAX_SHORT_CODE or text[0] == LONG_CODE_MARK):
        raise PayloadError("The card's items are not in the expected form.")
    for record in re.split(r"(?=[\x01-\x1d\x1f])", text)[1:]:
        code, body = _record_code(record)
        try:
            item = item_by_code(code)
        except KeyError:
            raise PayloadError("The card holds an item this version of the app does not know.") from None
        if item in items:
            raise PayloadError("The card holds the same item twice.")
        items[item] = body.split(LINE_MARK)[1:] if body.startswith(LINE_MARK) else body
    return items


def _to_cbor_structure(p: CardPayload) -> list[Any]:
    items = dict(p.items)
    dob = items.get(Item.DATE_OF_BIRTH)
    dob_coded = _dob_code(dob) if isinstance(dob, str) else None
    if dob_coded is not None:
        del items[Item.DATE_OF_BIRTH]
    nhs = items.get(Item.NHS_NUMBER)
    nhs_packed = _nhs_code(nhs) if isinstance(nhs, str) else None
    if nhs_packed is not None:
        del items[Item.NHS_NUMBER]
    return [
        _card_id_bytes(p.card_id), p.issuer, p.locality, RECIPIENT_CODES[p.recipient], p.plan_ref,
        p.plan_version, (p.issued - EPOCH).days, (p.valid_until - EPOCH).days, p.truncated,
        dob_coded, nhs_packed, _items_text(items),
    ]


def encode_payload_v2(p: CardPayload) -> bytes:
    """The canonical format 2 CBOR bytes of a payload (PayloadError if format 2 cannot carry it)."""
    return cbor2.dumps(_to_cbor_structure(p), canonical=True)


def _uint(value: object, what: str, maximum: int) -> int:
    if type(value) is not int or not 0 <= value <= maximum:
        raise PayloadError(f"The {what} on the card is not in the expected form.")
    return value


def decode_payload_v2(data: bytes) -> CardPayload:
    """Decode and validate canonical format 2 bytes; PayloadError on anything unexpected."""
    if not isinstance(data, bytes | bytearray):
        raise PayloadError("The card payload must be bytes.")
    if len(data) > MAX_ENCODED_BYTES:
        raise PayloadError("The card payload is too large.")
    stream = io.BytesIO(data)
    try:
        raw = cbor2.CBORDecoder(stream, max_depth=3, allow_indefinite=False, allow_duplicate_keys=False).decode()
    except Exception:  # any decoder failure on outside input is "not a valid payload"
        raise PayloadError("The card payload is not valid CBOR.") from None
    if stream.tell() != len(data):
        raise PayloadError("The card payload has unexpected data after its end.")
    if type(raw) is not list or len(raw) != FIELDS:
        raise PayloadError("The card payload is not in the expected form.")
    card_id, issuer, locality, recipient_code, plan_ref, version, issued, review, truncated, dob, nhs, text = raw
    recipient = _RECIPIENT_BY_CODE.get(_uint(recipient_code, "recipient", 0xFFFFFFFF))
    if recipient is None:
        raise PayloadError("The card is for a recipient this version of the app does not know.")
    items = _split_items(text)
    if dob is not None:
        if Item.DATE_OF_BIRTH in items:
            raise PayloadError("The card holds the date of birth twice.")
        items[Item.DATE_OF_BIRTH] = _dob_text(dob)
    if nhs is not None:
        if Item.NHS_NUMBER in items:
            raise PayloadError("The card holds the NHS number twice.")
        items[Item.NHS_NUMBER] = _nhs_text(nhs)
    payload = CardPayload(
        card_id=_card_id_text(card_id),
        issuer=issuer,
        locality=locality,
        recipient=recipient,
        plan_ref=plan_ref,
        plan_version=_uint(version, "plan version", 0xFFFFFFFF),
        issued=EPOCH + timedelta(days=_uint(issued, "issue date", _MAX_DAYS)),
        valid_until=EPOCH + timedelta(days=_uint(review, "review date", _MAX_DAYS)),
        items=items,
        truncated=truncated,
    )
    if encode_payload_v2(payload) != bytes(data):
        raise PayloadError("The card payload is not in the canonical form this app writes.")
    return payload
