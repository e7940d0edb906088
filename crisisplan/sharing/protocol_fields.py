"""Field types of the protocol file: bounded text, dates, keys, phone numbers and signing keys.

Each type carries its own plain-English error message, so that a problem in a protocol file is
reported as e.g. ``recipients.police.items[3]: unknown item 'shoe_size'; valid items are: …``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import load_der_public_key
from pydantic import AfterValidator, BeforeValidator, StringConstraints

from crisisplan.forms.items import Item
from crisisplan.sharing.protocol_errors import excerpt

RECIPIENT_KEYS: tuple[str, ...] = (
    "police",
    "ambulance",
    "emergency_department",
    "gp",
    "crisis_team",
    "amhp",
    "school",
    "person",
)
"""Every recipient a protocol may name. ``amhp`` is the approved mental health professional service;
``person`` is the card the person carries themselves."""

REQUIRED_RECIPIENTS: tuple[str, ...] = ("police", "ambulance", "emergency_department")

PartnerKind = Literal[
    "police_force",
    "ambulance_trust",
    "mental_health_trust",
    "acute_trust",
    "council",
    "commissioner",
    "voluntary_sector",
    "other",
]

MIN_VALIDITY_DAYS = 1
MAX_VALIDITY_DAYS = 1095

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _clean(value: str, *, multiline: bool) -> str:
    control = _CONTROL.search(value.replace("\n", " ") if multiline else value)
    if control:
        where = "a line break" if control.group() in "\r\n" else "a control character"
        extra = "" if multiline else "; this field must be a single line"
        raise ValueError(f"contains {where}{extra}")
    if _SURROGATE.search(value):
        raise ValueError("contains a broken character (an unpaired surrogate); retype the text")
    if _BIDI.search(value):
        raise ValueError("contains an invisible text-direction character; retype the text")
    return value


def _single_line(value: str) -> str:
    return _clean(value, multiline=False)


def _multi_line(value: str) -> str:
    return _clean(value.replace("\r\n", "\n"), multiline=True)


def _line(max_length: int) -> StringConstraints:
    return StringConstraints(strip_whitespace=True, strict=True, min_length=1, max_length=max_length)


Label = Annotated[str, _line(120), AfterValidator(_single_line)]
"""A short single line: a display name, a number's label, opening hours, an area name."""
Name = Annotated[str, _line(200), AfterValidator(_single_line)]
"""The name of an organisation."""
Note = Annotated[str, _line(300), AfterValidator(_single_line)]
"""A one-line note."""
Statement = Annotated[str, _line(2000), AfterValidator(_multi_line)]
"""A paragraph or two; line breaks allowed."""

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PHONE = re.compile(r"\+?[0-9]+(?: [0-9]+)*")
_HEX = re.compile(r"[0-9a-f]+")


def _slug(value: str) -> str:
    if not _SLUG.fullmatch(value):
        raise ValueError(
            f"{excerpt(value)} is not a valid id; use lower-case letters, digits and single hyphens, "
            "e.g. \"oxfordshire\" or \"london-kingston\""
        )
    return value


Slug = Annotated[str, StringConstraints(strict=True, min_length=1, max_length=64), AfterValidator(_slug)]


def _iso_date(value: Any) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value  # built in code rather than read from a file
    hint = "must be a date written as YYYY-MM-DD in quotes, e.g. \"2026-04-01\""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError(hint)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{excerpt(value)} is not a real date; {hint}") from None


IsoDate = Annotated[date, BeforeValidator(_iso_date)]


def _whole_number(value: Any) -> int:
    if type(value) is not int:
        raise ValueError("must be a whole number without quotes")
    return value


def _validity_days(value: int) -> int:
    if not MIN_VALIDITY_DAYS <= value <= MAX_VALIDITY_DAYS:
        raise ValueError(
            f"must be between {MIN_VALIDITY_DAYS} and {MAX_VALIDITY_DAYS} (days; 365 is usual)"
        )
    return value


def _version(value: int) -> int:
    if not 1 <= value <= 1_000_000:
        raise ValueError("must be a whole number from 1 upwards (1 for the first version)")
    return value


ValidityDays = Annotated[int, BeforeValidator(_whole_number), AfterValidator(_validity_days)]
Version = Annotated[int, BeforeValidator(_whole_number), AfterValidator(_version)]


_ITEMS_BY_KEY: dict[str, Item] = {item.value: item for item in Item}


def _item(value: Any) -> Item:
    if not isinstance(value, str):
        raise ValueError('must be an item key in quotes, e.g. "name"')
    item = _ITEMS_BY_KEY.get(value)
    if item is None:
        valid = ", ".join(_ITEMS_BY_KEY)
        raise ValueError(f"unknown item {excerpt(value)}; valid items are: {valid}")
    return item


ItemKey = Annotated[Item, BeforeValidator(_item)]


def _recipient_key(value: str) -> str:
    if value not in RECIPIENT_KEYS:
        raise ValueError(
            f"unknown recipient {excerpt(value)}; valid recipients are: {', '.join(RECIPIENT_KEYS)}"
        )
    return value


RecipientKey = Annotated[str, AfterValidator(_recipient_key)]


def _phone(value: str) -> str:
    digits = sum(ch.isdigit() for ch in value)
    if not _PHONE.fullmatch(value) or not 3 <= digits <= 15:
        raise ValueError(
            f"{excerpt(value)} is not a phone number; use digits with single spaces, "
            "e.g. \"01632 960123\" (3 to 15 digits, an optional leading +)"
        )
    return value


PhoneNumber = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, max_length=30),
                        AfterValidator(_phone)]


KID_HEX_LENGTH = 16
"""A key id is the first 8 bytes of SHA-256 over the key's SubjectPublicKeyInfo DER, in hex."""


def _key_id(value: str) -> str:
    lowered = value.lower()
    if len(lowered) != KID_HEX_LENGTH or not _HEX.fullmatch(lowered):
        raise ValueError(f"must be the key id: {KID_HEX_LENGTH} hexadecimal characters (0-9, a-f)")
    return lowered


KeyId = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, max_length=200),
                  AfterValidator(_key_id)]


def spki_der(public_key_b64: str) -> bytes:
    """The DER bytes of a validated ``public_key`` value."""
    return base64.b64decode(public_key_b64, validate=True)


def kid_for(public_key_b64: str) -> str:
    """The key id that belongs to a validated ``public_key`` value."""
    return hashlib.sha256(spki_der(public_key_b64)).digest()[: KID_HEX_LENGTH // 2].hex()


def _public_key(value: str) -> str:
    hint = "must be a P-256 public key as base64 of its DER SubjectPublicKeyInfo (as crisisplan exports it)"
    try:
        der = spki_der(value)
    except (binascii.Error, ValueError):
        raise ValueError(f"is not base64; it {hint}") from None
    try:
        key = load_der_public_key(der)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise ValueError(f"is not a public key that can be read; it {hint}") from None
    if not isinstance(key, ec.EllipticCurvePublicKey) or not isinstance(key.curve, ec.SECP256R1):
        raise ValueError(f"is a public key of the wrong type; it {hint}")
    return value


PublicKeyB64 = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1,
                                                max_length=4096), AfterValidator(_public_key)]
