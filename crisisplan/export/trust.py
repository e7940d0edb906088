"""Trust bundles: which signing keys a verifier trusts, and which cards are withdrawn.

This module reads and writes the bundle's *body* (format 2, docs/card-format.md). A body is only
ever accepted from a file signed by a pinned organisation trust root: see signed_trust.py. Loading
is strict: unknown or missing fields, wrong types, duplicate keys, key ids that do not match their
keys, and oversized files are all rejected with TrustBundleError.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec

from crisisplan.export.keys import KID_LENGTH, KeyFormatError, key_id, public_key_from_b64, public_key_to_b64
from crisisplan.export.payload import is_card_id
from crisisplan.i18n import QT_TRANSLATE_NOOP

FORMAT_NAME = "crisisplan.trust"
FORMAT_VERSION = 2
DEFAULT_MAX_CARD_LIFETIME_DAYS = 365
KEY_STATUSES = ("active", "retired", "revoked")
_FINGERPRINT_RE = re.compile(r"[0-9a-f]{64}")
MAX_BUNDLE_BYTES = 1024 * 1024
MAX_KEYS = 1000
MAX_CARD_IDS = 200_000
_TOP_FIELDS = frozenset(
    {"format", "format_version", "sequence", "issued_at", "root_fingerprint", "organisation", "locality",
     "max_card_lifetime_days", "keys", "revoked_cards", "superseded_cards"}
)
_KEY_FIELDS = frozenset({"kid", "organisation", "public_key", "valid_from", "valid_until", "status", "partner_root"})


class TrustBundleError(ValueError):
    """The trust bundle file is not valid."""


@dataclass(frozen=True)
class TrustedKey:
    """A signing key trusted for cards issued from `valid_from` to `valid_until` (inclusive)."""

    kid: bytes
    organisation: str
    public_key: ec.EllipticCurvePublicKey
    valid_from: date
    valid_until: date | None = None
    status: str = "active"
    """active, retired (valid_until is its retirement day) or revoked (every card it signed is invalid)."""
    partner_root: str | None = None
    """For a partner organisation's key: the fingerprint of that organisation's trust root."""

    def covers(self, day: date) -> bool:
        """True if cards issued on `day` may be signed with this key."""
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


@dataclass(frozen=True)
class TrustBundle:
    issued_at: datetime
    locality: str
    keys: tuple[TrustedKey, ...]
    revoked_cards: frozenset[str] = frozenset()
    superseded_cards: frozenset[str] = frozenset()
    organisation: str = "Organisation not yet named"
    """The issuing organisation's current name."""
    sequence: int = 1
    root_fingerprint: str = "0" * 64
    max_card_lifetime_days: int = DEFAULT_MAX_CARD_LIFETIME_DAYS

    def key_for(self, kid: bytes) -> TrustedKey | None:
        """The trusted key with this key id, or None."""
        for key in self.keys:
            if key.kid == kid:
                return key
        return None

    def is_withdrawn(self, card_id: str) -> bool:
        """True if the card has been revoked or superseded."""
        return card_id in self.revoked_cards or card_id in self.superseded_cards


def no_duplicate_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, value in pairs:
        if name in result:
            raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The trust bundle repeats a field name."))
        result[name] = value
    return result


def _fields(obj: object, allowed: frozenset[str], required: frozenset[str], what: str) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The {what} in the trust bundle is not a JSON object.")
                               .format(what=what))
    if set(obj) - allowed:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The {what} in the trust bundle has a field this app does "
                                                           "not know.")
                               .format(what=what))
    if required - set(obj):
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The {what} in the trust bundle is missing a required "
                                                           "field.").format(what=what))
    return obj


def _text(value: object, what: str, max_chars: int = 200) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > max_chars:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The {what} in the trust bundle must be non-empty text.")
                               .format(what=what))
    return value


def _date(value: object, what: str) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The {what} in the trust bundle must be a date "
                                                           "(YYYY-MM-DD).")
                               .format(what=what))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The {what} in the trust bundle must be a date "
                                                           "(YYYY-MM-DD).")
                               .format(what=what)) from None


def _datetime(value: object) -> datetime:
    message = "The issue time of the trust bundle must be a date and time with a UTC offset."
    if not isinstance(value, str) or len(value) > 40:
        raise TrustBundleError(message)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise TrustBundleError(message) from None
    if parsed.tzinfo is None:
        raise TrustBundleError(message)
    return parsed


def _key(obj: object) -> TrustedKey:
    fields = _fields(obj, _KEY_FIELDS, _KEY_FIELDS, "key entry")
    kid_hex = fields["kid"]
    if not isinstance(kid_hex, str) or len(kid_hex) != 2 * KID_LENGTH:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "A key id in the trust bundle must be 16 hexadecimal "
                                                           "digits."))
    try:
        kid = bytes.fromhex(kid_hex)
    except ValueError:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "A key id in the trust bundle must be 16 hexadecimal "
                                                           "digits.")) from None
    try:
        public_key = public_key_from_b64(_text(fields["public_key"], "public key", 4096))
    except KeyFormatError as exc:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "A public key in the trust bundle is not valid: {exc}")
                               .format(exc=exc)) from None
    if key_id(public_key) != kid:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "A key id in the trust bundle does not match its public "
                                                           "key."))
    valid_from = _date(fields["valid_from"], "key start date")
    raw_until = fields.get("valid_until")
    valid_until = None if raw_until is None else _date(raw_until, "key end date")
    if valid_until is not None and valid_until < valid_from:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "A key in the trust bundle ends before it starts."))
    organisation = _text(fields["organisation"], "organisation")
    status = fields["status"]
    if status not in KEY_STATUSES:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "A key's status in the trust bundle must be active, "
                                                           "retired or revoked."))
    partner_root = fields["partner_root"]
    if partner_root is not None:
        partner_root = _fingerprint(partner_root, "partner root")
    return TrustedKey(kid, organisation, public_key, valid_from, valid_until, status, partner_root)


def _fingerprint(value: object, what: str) -> str:
    if not isinstance(value, str) or _FINGERPRINT_RE.fullmatch(value) is None:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The {what} fingerprint in the trust bundle must be 64 "
                                                           "lower-case hex digits.")
                               .format(what=what))
    return value


def _whole(value: object, what: str, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The {what} in the trust bundle must be a whole number "
                                                           "from {low} to {high}.")
                               .format(what=what, low=low, high=high))
    return value


def _card_ids(value: object, what: str) -> frozenset[str]:
    if not isinstance(value, list) or len(value) > MAX_CARD_IDS:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The {what} in the trust bundle must be a list of card "
                                                           "ids.").format(what=what))
    for card_id in value:
        if not is_card_id(card_id):
            raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The {what} in the trust bundle include something "
                                                               "that is not a card id.")
                                   .format(what=what))
    return frozenset(value)


def read_bundle_json(text: str | bytes) -> object:
    """The JSON of a bundle file (signed or not): size-limited, UTF-8, a leading byte-order mark (as
    Windows editors write) allowed, no field name twice; TrustBundleError otherwise."""
    if isinstance(text, bytes | bytearray):
        if len(text) > MAX_BUNDLE_BYTES:
            raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The trust bundle file is too large."))
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The trust bundle is not UTF-8 text.")) from None
    if not isinstance(text, str):
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The trust bundle must be text."))
    if len(text) > MAX_BUNDLE_BYTES:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The trust bundle file is too large."))
    try:
        return json.loads(text.removeprefix("\ufeff"), object_pairs_hook=no_duplicate_fields)
    except TrustBundleError:
        raise
    except (ValueError, RecursionError):
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The trust bundle is not valid JSON.")) from None


def load_trust_bundle(text: str | bytes) -> TrustBundle:
    """Parse and validate a trust bundle; TrustBundleError on any malformation."""
    raw = read_bundle_json(text)
    fields = _fields(raw, _TOP_FIELDS, _TOP_FIELDS, "top level")
    if fields["format"] != FORMAT_NAME:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "This file is not a crisisplan trust bundle."))
    version = fields["format_version"]
    if type(version) is not int or version < 1:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The trust bundle's format version is not valid."))
    if version > FORMAT_VERSION:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The trust bundle was made by a newer version of the app; "
                                                           "update the app."))
    if version < FORMAT_VERSION:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "This is an old, unsigned trust bundle; ask the "
                                                           "organisation for a signed one."))
    keys_raw = fields["keys"]
    if not isinstance(keys_raw, list) or len(keys_raw) > MAX_KEYS:
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The keys in the trust bundle must be a list."))
    keys = tuple(_key(obj) for obj in keys_raw)
    if len({key.kid for key in keys}) != len(keys):
        raise TrustBundleError(QT_TRANSLATE_NOOP("export", "The trust bundle lists the same key twice."))
    return TrustBundle(
        issued_at=_datetime(fields["issued_at"]),
        locality=_text(fields["locality"], "locality"),
        keys=keys,
        revoked_cards=_card_ids(fields["revoked_cards"], "revoked cards"),
        superseded_cards=_card_ids(fields["superseded_cards"], "superseded cards"),
        organisation=_text(fields["organisation"], "organisation"),
        sequence=_whole(fields["sequence"], "sequence number", 1, 2**53 - 1),
        root_fingerprint=_fingerprint(fields["root_fingerprint"], "root"),
        max_card_lifetime_days=_whole(fields["max_card_lifetime_days"], "maximum card lifetime", 1, 3660),
    )


def dump_trust_bundle(bundle: TrustBundle) -> str:
    """The JSON text of a trust bundle's body (stable order, so the file diffs cleanly)."""
    doc = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "sequence": bundle.sequence,
        "issued_at": bundle.issued_at.isoformat(),
        "root_fingerprint": bundle.root_fingerprint,
        "organisation": bundle.organisation,
        "locality": bundle.locality,
        "max_card_lifetime_days": bundle.max_card_lifetime_days,
        "keys": [
            {
                "kid": key.kid.hex(),
                "organisation": key.organisation,
                "public_key": public_key_to_b64(key.public_key),
                "valid_from": key.valid_from.isoformat(),
                "valid_until": None if key.valid_until is None else key.valid_until.isoformat(),
                "status": key.status,
                "partner_root": key.partner_root,
            }
            for key in bundle.keys
        ],
        "revoked_cards": sorted(bundle.revoked_cards),
        "superseded_cards": sorted(bundle.superseded_cards),
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
