"""The card payload: the minimal, recipient-appropriate dataset a crisis card carries.

Encoded as compact CBOR (RFC 8949) with small integer keys so that the QR code stays small. The
encoding is canonical (definite lengths, shortest integer forms, map keys in ascending order) and
`decode_payload` accepts only the canonical encoding of a valid payload, so every payload has
exactly one byte form. Field numbers, recipient codes and item codes are part of the card format
and are never reused or renumbered (docs/card-format.md).
"""

from __future__ import annotations

import io
import re
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import cbor2

from crisisplan.forms.items import ITEMS, Item, item_by_code


class PayloadError(ValueError):
    """The card payload is missing a field, has an unexpected field or a value of the wrong form."""


EPOCH = date(2000, 1, 1)
"""Dates on the card are whole days since this date."""

RECIPIENT_CODES: dict[str, int] = {
    "police": 1,
    "ambulance": 2,
    "emergency_department": 3,
    "gp": 4,
    "crisis_team": 5,
    "amhp": 6,
    "school": 7,
    "person": 8,
}
_RECIPIENT_BY_CODE: dict[int, str] = {code: name for name, code in RECIPIENT_CODES.items()}

# CBOR map keys of the top-level payload map.
K_CARD_ID, K_ISSUER, K_LOCALITY, K_RECIPIENT, K_PLAN_REF = 1, 2, 3, 4, 5
K_PLAN_VERSION, K_ISSUED, K_VALID_UNTIL, K_ITEMS, K_TRUNCATED = 6, 7, 8, 9, 10
_ALL_KEYS = frozenset(range(1, 11))

CARD_ID_LENGTH = 10
_CARD_ID_RE = re.compile(r"[A-Z2-7]{10}")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
MAX_TEXT_CHARS = 1000
MAX_LINES_PER_ITEM = 50
MAX_ENCODED_BYTES = 16 * 1024
_MAX_DAYS = 0xFFFF  # about 179 years after the epoch; keeps each date within a 3-byte CBOR integer


def is_card_id(text: object) -> bool:
    """True if `text` has the form of a card id (10 characters of A-Z and 2-7)."""
    return isinstance(text, str) and _CARD_ID_RE.fullmatch(text) is not None


def new_card_id() -> str:
    """A fresh random card id: 10 characters of RFC 4648 base32 (50 random bits)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    return "".join(secrets.choice(alphabet) for _ in range(CARD_ID_LENGTH))


def _check_text(value: object, what: str, max_chars: int = MAX_TEXT_CHARS) -> str:
    if type(value) is not str:
        raise PayloadError(f"The {what} must be text.")
    if not value.strip():
        raise PayloadError(f"The {what} must not be empty.")
    if len(value) > max_chars:
        raise PayloadError(f"The {what} is longer than {max_chars} characters.")
    if _CONTROL_RE.search(value):
        raise PayloadError(f"The {what} must not contain line breaks or control characters.")
    return value


def _check_date(value: object, what: str) -> date:
    if type(value) is not date:
        raise PayloadError(f"The {what} must be a date.")
    days = (value - EPOCH).days
    if not 0 <= days <= _MAX_DAYS:
        raise PayloadError(f"The {what} is outside the range a card can hold.")
    return value


@dataclass(frozen=True)
class CardPayload:
    """What one card says. Construction validates every field (PayloadError), so any payload that
    exists can be encoded, and decoding gives back an equal payload."""

    card_id: str
    issuer: str
    locality: str
    recipient: str
    plan_ref: str
    plan_version: int
    issued: date
    valid_until: date
    items: dict[Item, str | list[str]]
    truncated: bool = False

    def __post_init__(self) -> None:
        if type(self.card_id) is not str or not is_card_id(self.card_id):
            raise PayloadError("The card id must be 10 characters of A-Z and 2-7.")
        _check_text(self.issuer, "issuing organisation", 200)
        _check_text(self.locality, "locality", 100)
        _check_text(self.plan_ref, "plan reference", 64)
        if type(self.recipient) is not str or self.recipient not in RECIPIENT_CODES:
            valid = ", ".join(RECIPIENT_CODES)
            raise PayloadError(f"The recipient is not one a card can be made for; valid recipients: {valid}.")
        if type(self.plan_version) is not int or not 1 <= self.plan_version <= 0xFFFFFFFF:
            raise PayloadError("The plan version must be a whole number of at least 1.")
        _check_date(self.issued, "issue date")
        _check_date(self.valid_until, "review date")
        if self.valid_until < self.issued:
            raise PayloadError("The review date must not be before the issue date.")
        if type(self.truncated) is not bool:
            raise PayloadError("The 'more in the full plan' flag must be true or false.")
        if not isinstance(self.items, dict):
            raise PayloadError("The card's items must be a mapping of item to text.")
        for item, value in self.items.items():
            if not isinstance(item, Item):
                raise PayloadError("Each card item must be one of the shareable items.")
            what = f"text of the card item {item.value!r}"
            if isinstance(value, list):
                if not value:
                    raise PayloadError(f"The {what} must have at least one line.")
                if len(value) > MAX_LINES_PER_ITEM:
                    raise PayloadError(f"The {what} has more than {MAX_LINES_PER_ITEM} lines.")
                for line in value:
                    _check_text(line, what)
            else:
                _check_text(value, what)


def _days(d: date) -> int:
    return (d - EPOCH).days


def _to_cbor_structure(p: CardPayload) -> dict[int, Any]:
    items: dict[int, Any] = {}
    for item in sorted(p.items, key=lambda i: ITEMS[i].code):
        value = p.items[item]
        items[ITEMS[item].code] = list(value) if isinstance(value, list) else value
    return {
        K_CARD_ID: p.card_id,
        K_ISSUER: p.issuer,
        K_LOCALITY: p.locality,
        K_RECIPIENT: RECIPIENT_CODES[p.recipient],
        K_PLAN_REF: p.plan_ref,
        K_PLAN_VERSION: p.plan_version,
        K_ISSUED: _days(p.issued),
        K_VALID_UNTIL: _days(p.valid_until),
        K_ITEMS: items,
        K_TRUNCATED: p.truncated,
    }


def encode_payload(p: CardPayload) -> bytes:
    """The canonical CBOR bytes of a payload."""
    return cbor2.dumps(_to_cbor_structure(p), canonical=True)


def _int_field(raw: dict[Any, Any], key: int, what: str) -> int:
    value = raw[key]
    if type(value) is not int:
        raise PayloadError(f"The {what} on the card must be a whole number.")
    return value


def _date_field(raw: dict[Any, Any], key: int, what: str) -> date:
    days = _int_field(raw, key, what)
    if not 0 <= days <= _MAX_DAYS:
        raise PayloadError(f"The {what} on the card is outside the range a card can hold.")
    return EPOCH + timedelta(days=days)


def _decode_items(raw_items: object) -> dict[Item, str | list[str]]:
    if not isinstance(raw_items, dict):
        raise PayloadError("The card's items are not in the expected form.")
    items: dict[Item, str | list[str]] = {}
    for code, value in raw_items.items():
        if type(code) is not int:
            raise PayloadError("The card holds an item with an invalid code.")
        try:
            item = item_by_code(code)
        except KeyError:
            raise PayloadError("The card holds an item this version of the app does not know.") from None
        if isinstance(value, list):
            items[item] = list(value)
        elif isinstance(value, str):
            items[item] = value
        else:
            raise PayloadError("A card item must be text or a list of lines of text.")
    return items


def decode_payload(data: bytes) -> CardPayload:
    """Decode and validate canonical payload bytes; PayloadError on anything unexpected."""
    if not isinstance(data, bytes | bytearray):
        raise PayloadError("The card payload must be bytes.")
    if len(data) > MAX_ENCODED_BYTES:
        raise PayloadError("The card payload is too large.")
    stream = io.BytesIO(data)
    try:
        raw = cbor2.CBORDecoder(
            stream, max_depth=4, allow_indefinite=False, allow_duplicate_keys=False
        ).decode()
    except Exception:  # any decoder failure on outside input is "not a valid payload"
        raise PayloadError("The card payload is not valid CBOR.") from None
    if stream.tell() != len(data):
        raise PayloadError("The card payload has unexpected data after its end.")
    if not isinstance(raw, dict):
        raise PayloadError("The card payload is not in the expected form.")
    keys = set(raw)
    if keys - _ALL_KEYS:
        raise PayloadError("The card payload has a field this version of the app does not know.")
    if _ALL_KEYS - keys:
        raise PayloadError("The card payload is missing a required field.")
    recipient = _RECIPIENT_BY_CODE.get(_int_field(raw, K_RECIPIENT, "recipient"))
    if recipient is None:
        raise PayloadError("The card is for a recipient this version of the app does not know.")
    payload = CardPayload(
        card_id=raw[K_CARD_ID],
        issuer=raw[K_ISSUER],
        locality=raw[K_LOCALITY],
        recipient=recipient,
        plan_ref=raw[K_PLAN_REF],
        plan_version=_int_field(raw, K_PLAN_VERSION, "plan version"),
        issued=_date_field(raw, K_ISSUED, "issue date"),
        valid_until=_date_field(raw, K_VALID_UNTIL, "review date"),
        items=_decode_items(raw[K_ITEMS]),
        truncated=raw[K_TRUNCATED],
    )
    if encode_payload(payload) != bytes(data):
        raise PayloadError("The card payload is not in the canonical form this app writes.")
    return payload
