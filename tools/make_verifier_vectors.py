"""Make tests/vectors/verifier-vectors.json: shared test vectors for every card verifier (this
Python one and the phone verifier in JS), built to docs/card-format.md ("Signed trust bundle" and
"Verification").

    .venv/bin/python tools/make_verifier_vectors.py          # rewrite the file
    .venv/bin/python tools/make_verifier_vectors.py --check  # exit 1 if the file is not what it makes

Each vector: {name, qr_text, bundle (the signed trust-bundle.json text), root_fingerprint (what the
verifier is pinned to), viewer, today, expected, content}. Cards are format 2 (`CP2:`) unless the
name starts with `cp1-` (format 1 cards already issued must still verify). `content` is what a
verifier shows for VALID and REVIEW_OVERDUE (card id, recipient, dates, items by item code), so both
verifiers prove they decode each format identically; null otherwise. `expected` is a verdict of the spec (VALID,
REVIEW_OVERDUE, SUPERSEDED_OR_REVOKED, UNKNOWN_ISSUER, TAMPERED, NOT_A_CARD, WRONG_RECIPIENT, EXPIRED)
or BUNDLE_REJECTED: the verifier must refuse the bundle itself (wrong root, altered, unsigned).
Keys come from fixed numbers and signatures use RFC 6979 nonces, so the output is deterministic.
Fictional data only.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import sys
import zlib
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import cbor2
from cryptography.hazmat.primitives.asymmetric import ec

ROOT_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT_DIR))

from crisisplan.export.base45 import b45encode  # noqa: E402
from crisisplan.export.card import CARD_PREFIX, DICTIONARY_FOR_FORMAT, PREFIXES  # noqa: E402
from crisisplan.export.compress import compress  # noqa: E402
from crisisplan.export.cose import decode_sign1, sign1  # noqa: E402
from crisisplan.export.keys import key_id  # noqa: E402
from crisisplan.export.payload import CardPayload, encode_payload  # noqa: E402
from crisisplan.export.payload_v2 import encode_payload_v2  # noqa: E402
from crisisplan.export.samples import typical_card_payload  # noqa: E402
from crisisplan.export.signed_trust import root_fingerprint, sign_trust_bundle  # noqa: E402
from crisisplan.export.trust import TrustBundle, TrustedKey  # noqa: E402
from crisisplan.forms.items import ITEMS, Item  # noqa: E402

OUT = ROOT_DIR / "tests" / "vectors" / "verifier-vectors.json"
TODAY = date(2026, 12, 1)
ORG = "Example Community Mental Health Team (fictional)"


def _key(n: int) -> ec.EllipticCurvePrivateKey:
    return ec.derive_private_key(0x5EED_0000 + n, ec.SECP256R1())


ROOT, OTHER_ROOT, PARTNER_ROOT = _key(1), _key(2), _key(3)
ACTIVE, RETIRED, REVOKED, STRANGER, PARTNER = _key(10), _key(11), _key(12), _key(13), _key(14)


def _kid(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key_id(key.public_key())


def _fp(key: ec.EllipticCurvePrivateKey) -> str:
    return root_fingerprint(key.public_key())


def _payload(**changes: Any) -> CardPayload:
    base = dict(issued=date(2026, 6, 1), valid_until=date(2027, 3, 1), recipient="ambulance",
                issuer="Name on the card, never shown")
    base.update(changes)
    return dataclasses.replace(typical_card_payload(), **base)


def _encoded(payload: CardPayload, card_format: int = 2) -> bytes:
    encoded = (encode_payload_v2 if card_format == 2 else encode_payload)(payload)
    return compress(encoded, DICTIONARY_FOR_FORMAT[card_format])


def _signed_bytes(compressed: bytes, key: ec.EllipticCurvePrivateKey, card_format: int = 2) -> str:
    """A card whose signed (compressed) payload is exactly `compressed`, validly signed by `key`."""
    return PREFIXES[card_format] + b45encode(sign1(compressed, key, _kid(key), deterministic=True))


def _raw_deflate(data: bytes, card_format: int = 2) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15, zdict=_dictionary(card_format))
    return compressor.compress(data) + compressor.flush()


def _dictionary(card_format: int) -> bytes:
    from crisisplan.export.card_dictionary import DICTIONARIES

    return DICTIONARIES[DICTIONARY_FOR_FORMAT[card_format]]


def _cose_parts(payload: CardPayload, key: ec.EllipticCurvePrivateKey, card_format: int = 2) -> list[Any]:
    msg = decode_sign1(sign1(_encoded(payload, card_format), key, _kid(key), deterministic=True))
    return [msg.protected_bytes, {}, msg.payload, msg.signature]


def _card_kid_unprotected(payload: CardPayload, key: ec.EllipticCurvePrivateKey) -> str:
    """ES256 in the protected header, the kid only in the unprotected one (RFC 9052 allows it; DCC does it)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    compressed = _encoded(payload)
    protected = cbor2.dumps({1: -7})
    tbs = cbor2.dumps(["Signature1", protected, b"", compressed])
    r, s = decode_dss_signature(key.sign(tbs, ec.ECDSA(hashes.SHA256(), deterministic_signing=True)))
    message = [protected, {4: _kid(key)}, compressed, r.to_bytes(32, "big") + s.to_bytes(32, "big")]
    return CARD_PREFIX + b45encode(cbor2.dumps(message))


def _card(payload: CardPayload, key: ec.EllipticCurvePrivateKey, card_format: int = 2) -> str:
    return PREFIXES[card_format] + b45encode(cbor2.dumps(_cose_parts(payload, key, card_format)))


def _hostile_cp2() -> list[tuple[str, str, str]]:
    """Format 2 payloads that are validly signed by the trusted key but must still be TAMPERED."""
    p = _payload()
    v2 = cbor2.loads(encode_payload_v2(p))
    unknown_item = list(v2)
    unknown_item[11] = "\x1dsomething" + v2[11]  # item code 29 is not an item
    dob_as_text = list(v2)
    dob_as_text[9] = None
    dob_as_text[11] = "\x0214/03/1987" + v2[11]  # the canonical form codes this date
    bad_card_id = list(v2)
    bad_card_id[0] = b"\xff" * 7  # more than 50 bits
    return [
        ("cp2-unknown-item-code", _signed_bytes(_raw_deflate(cbor2.dumps(unknown_item)), ACTIVE), "TAMPERED"),
        ("cp2-not-canonical-date-of-birth-as-text",
         _signed_bytes(_raw_deflate(cbor2.dumps(dob_as_text)), ACTIVE), "TAMPERED"),
        ("cp2-card-id-out-of-range", _signed_bytes(_raw_deflate(cbor2.dumps(bad_card_id)), ACTIVE), "TAMPERED"),
        ("cp2-decompression-bomb", _signed_bytes(_raw_deflate(b"\x00" * (1024 * 1024)), ACTIVE), "TAMPERED"),
        ("cp2-prefix-on-a-format-1-payload", _signed_bytes(_encoded(p, 1), ACTIVE, 2), "TAMPERED"),
        ("cp1-prefix-on-a-format-2-payload", _signed_bytes(_encoded(p, 2), ACTIVE, 1), "TAMPERED"),
    ]


def _bundle(root: ec.EllipticCurvePrivateKey = ROOT, **changes: Any) -> TrustBundle:
    keys = (
        TrustedKey(_kid(ACTIVE), ORG, ACTIVE.public_key(), date(2026, 1, 1), None, "active"),
        TrustedKey(_kid(RETIRED), ORG, RETIRED.public_key(), date(2025, 1, 1), date(2025, 12, 31), "retired"),
        TrustedKey(_kid(REVOKED), ORG, REVOKED.public_key(), date(2025, 6, 1), date(2026, 2, 1), "revoked"),
        TrustedKey(_kid(PARTNER), "Partner Mental Health Trust (fictional)", PARTNER.public_key(),
                   date(2026, 1, 1), None, "active", _fp(PARTNER_ROOT)),
    )
    fields: dict[str, Any] = dict(
        issued_at=datetime(2026, 11, 30, 9, 0, tzinfo=UTC), locality="oxfordshire", keys=keys,
        revoked_cards=frozenset({"REVKDCARD2"}), superseded_cards=frozenset({"SUPERSED22"}),
        organisation=ORG, sequence=7, root_fingerprint=_fp(root), max_card_lifetime_days=365)
    fields.update(changes)
    return TrustBundle(**fields)


def _signed(bundle: TrustBundle, root: ec.EllipticCurvePrivateKey = ROOT) -> str:
    return sign_trust_bundle(bundle, root, deterministic=True)


def _altered_bundle() -> str:
    doc = json.loads(_signed(_bundle()))
    signed = bytearray(base64.b64decode(doc["signed"]))
    at = signed.index(b'"sequence": 7')
    signed[at + len(b'"sequence": ')] = ord("9")  # a higher sequence number, without re-signing
    doc["signed"] = base64.b64encode(bytes(signed)).decode()
    return json.dumps(doc, indent=2) + "\n"


def _unsigned_bundle() -> str:
    from crisisplan.export.trust import dump_trust_bundle

    return dump_trust_bundle(_bundle())


def vectors() -> list[dict[str, str]]:
    good = _signed(_bundle())
    valid = _card(_payload(), ACTIVE)
    parts = _cose_parts(_payload(), ACTIVE)
    both_kids = [parts[0], {4: _kid(ACTIVE)}, parts[2], parts[3]]
    other_kid_unprotected = [parts[0], {4: b"\x00" * 8}, parts[2], parts[3]]
    mid = len(valid) // 2
    flipped = valid[:mid] + ("A" if valid[mid] != "A" else "B") + valid[mid + 1:]
    signature_changed = bytearray(cbor2.dumps(parts))
    signature_changed[-1] ^= 0x01
    not_es256 = [cbor2.dumps({1: -35, 4: _kid(ACTIVE)}), {}, parts[2], parts[3]]
    rows: list[tuple[str, str, str, str, str, str]] = [
        # name, qr_text, bundle, pinned root, viewer, expected
        ("valid", valid, good, _fp(ROOT), "other", "VALID"),
        ("valid-for-the-right-viewer", valid, good, _fp(ROOT), "ambulance", "VALID"),
        ("valid-with-trailing-newline", valid + "\r\n", good, _fp(ROOT), "other", "VALID"),
        ("cose-tag-18", CARD_PREFIX + b45encode(cbor2.dumps(cbor2.CBORTag(18, parts))), good, _fp(ROOT),
         "other", "VALID"),
        ("cose-cwt-tag-61-around-tag-18",
         CARD_PREFIX + b45encode(cbor2.dumps(cbor2.CBORTag(61, cbor2.CBORTag(18, parts)))), good, _fp(ROOT),
         "other", "VALID"),
        ("cose-kid-in-both-headers", CARD_PREFIX + b45encode(cbor2.dumps(both_kids)), good, _fp(ROOT), "other",
         "VALID"),
        ("cose-unprotected-kid-ignored", CARD_PREFIX + b45encode(cbor2.dumps(other_kid_unprotected)), good,
         _fp(ROOT), "other", "VALID"),
        ("cose-kid-only-in-unprotected-header", _card_kid_unprotected(_payload(), ACTIVE), good, _fp(ROOT),
         "other", "VALID"),
        ("cose-kid-only-in-unprotected-header-unknown", _card_kid_unprotected(_payload(), STRANGER), good,
         _fp(ROOT), "other", "UNKNOWN_ISSUER"),
        ("retired-key-card-issued-before-retirement", _card(_payload(issued=date(2025, 12, 31),
                                                                     valid_until=date(2026, 12, 31)), RETIRED),
         good, _fp(ROOT), "other", "VALID"),
        ("partner-key", _card(_payload(), PARTNER), good, _fp(ROOT), "emergency_department", "WRONG_RECIPIENT"),
        ("partner-key-for-its-recipient", _card(_payload(recipient="emergency_department"), PARTNER), good,
         _fp(ROOT), "emergency_department", "VALID"),
        ("review-overdue", _card(_payload(valid_until=date(2026, 11, 30)), ACTIVE), good, _fp(ROOT), "other",
         "REVIEW_OVERDUE"),
        ("superseded-card", _card(_payload(card_id="SUPERSED22"), ACTIVE), good, _fp(ROOT), "other",
         "SUPERSEDED_OR_REVOKED"),
        ("revoked-card", _card(_payload(card_id="REVKDCARD2"), ACTIVE), good, _fp(ROOT), "other",
         "SUPERSEDED_OR_REVOKED"),
        ("revoked-key", _card(_payload(issued=date(2026, 1, 10)), REVOKED), good, _fp(ROOT), "other",
         "SUPERSEDED_OR_REVOKED"),
        ("revoked-key-beats-wrong-recipient", _card(_payload(issued=date(2026, 1, 10)), REVOKED), good,
         _fp(ROOT), "police", "SUPERSEDED_OR_REVOKED"),
        ("unknown-key", _card(_payload(), STRANGER), good, _fp(ROOT), "other", "UNKNOWN_ISSUER"),
        ("retired-key-card-issued-after-retirement", _card(_payload(issued=date(2026, 1, 1)), RETIRED), good,
         _fp(ROOT), "other", "UNKNOWN_ISSUER"),
        ("issued-before-key-valid-from", _card(_payload(issued=date(2025, 12, 31)), ACTIVE), good, _fp(ROOT),
         "other", "UNKNOWN_ISSUER"),
        ("one-character-changed", flipped, good, _fp(ROOT), "other", "TAMPERED"),
        ("signature-changed", CARD_PREFIX + b45encode(bytes(signature_changed)), good, _fp(ROOT), "other",
         "TAMPERED"),
        ("not-base45", CARD_PREFIX + "abc", good, _fp(ROOT), "other", "TAMPERED"),
        ("not-es256", CARD_PREFIX + b45encode(cbor2.dumps(not_es256)), good, _fp(ROOT), "other", "TAMPERED"),
        ("not-a-card-url", "https://example.org/card", good, _fp(ROOT), "other", "NOT_A_CARD"),
        ("not-a-card-lower-case-prefix", "cp2:" + valid[4:], good, _fp(ROOT), "other", "NOT_A_CARD"),
        ("ed-card-shown-to-police", _card(_payload(recipient="emergency_department"), ACTIVE), good, _fp(ROOT),
         "police", "WRONG_RECIPIENT"),
        ("police-card-shown-to-ambulance", _card(_payload(recipient="police"), ACTIVE), good, _fp(ROOT),
         "ambulance", "WRONG_RECIPIENT"),
        ("wrong-recipient-beats-expired", _card(_payload(recipient="police", issued=date(2025, 6, 1),
                                                         valid_until=date(2099, 1, 1)), RETIRED), good, _fp(ROOT),
         "ambulance", "WRONG_RECIPIENT"),
        ("expired-past-maximum-lifetime", _card(_payload(issued=date(2025, 6, 1), valid_until=date(2099, 1, 1)),
                                                 RETIRED), good, _fp(ROOT), "other", "EXPIRED"),
        ("expired-beats-review-overdue", _card(_payload(issued=date(2025, 6, 1), valid_until=date(2025, 12, 1)),
                                                RETIRED), good, _fp(ROOT), "other", "EXPIRED"),
        ("expired-by-a-shorter-lifetime", valid, _signed(_bundle(max_card_lifetime_days=90, sequence=8)),
         _fp(ROOT), "other", "EXPIRED"),
        ("last-day-of-lifetime", _card(_payload(issued=date(2025, 12, 1), valid_until=date(2026, 12, 31)),
                                       RETIRED), good, _fp(ROOT), "other", "VALID"),
        ("bundle-from-another-root", valid, _signed(_bundle(OTHER_ROOT), OTHER_ROOT), _fp(ROOT), "other",
         "BUNDLE_REJECTED"),
        ("bundle-altered-after-signing", valid, _altered_bundle(), _fp(ROOT), "other", "BUNDLE_REJECTED"),
        ("bundle-unsigned", valid, _unsigned_bundle(), _fp(ROOT), "other", "BUNDLE_REJECTED"),
        # Format 1 cards already issued still verify, in both verifiers.
        ("cp1-valid", _card(_payload(), ACTIVE, 1), good, _fp(ROOT), "other", "VALID"),
        ("cp1-review-overdue", _card(_payload(valid_until=date(2026, 11, 30)), ACTIVE, 1), good, _fp(ROOT),
         "other", "REVIEW_OVERDUE"),
        ("cp1-superseded-card", _card(_payload(card_id="SUPERSED22"), ACTIVE, 1), good, _fp(ROOT), "other",
         "SUPERSEDED_OR_REVOKED"),
        ("cp1-police-card-shown-to-ambulance", _card(_payload(recipient="police"), ACTIVE, 1), good, _fp(ROOT),
         "ambulance", "WRONG_RECIPIENT"),
        ("cp2-text-date-of-birth-and-nhs-number",
         _card(_payload(items={**_payload().items, Item.DATE_OF_BIRTH: "about 40", Item.NHS_NUMBER: "9998765439"}),
               ACTIVE), good, _fp(ROOT), "other", "VALID"),
        ("cp2-date-of-birth-with-age", _card(_payload(items={**_payload().items,
                                                             Item.DATE_OF_BIRTH: "29/02/1988 (age 38)"}), ACTIVE),
         good, _fp(ROOT), "other", "VALID"),
        *((name, text, good, _fp(ROOT), "other", expected) for name, text, expected in _hostile_cp2()),
    ]
    return [{"name": n, "qr_text": q, "bundle": b, "root_fingerprint": r, "viewer": v,
             "today": TODAY.isoformat(), "expected": e, "content": _content(q, e)} for n, q, b, r, v, e in rows]


def _content(text: str, expected: str) -> dict[str, Any] | None:
    """What a verifier shows for VALID and REVIEW_OVERDUE: both verifiers must decode it identically."""
    if expected not in ("VALID", "REVIEW_OVERDUE"):
        return None
    from crisisplan.export.card import open_card

    p = open_card(text).payload
    return {"card_id": p.card_id, "recipient": p.recipient, "plan_ref": p.plan_ref,
            "plan_version": p.plan_version, "issued": p.issued.isoformat(),
            "valid_until": p.valid_until.isoformat(), "truncated": p.truncated,
            "items": {str(ITEMS[item].code): value for item, value in sorted(p.items.items(),
                                                                              key=lambda kv: ITEMS[kv[0]].code)}}


def render() -> str:
    return json.dumps(vectors(), indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        return 0 if OUT.read_text(encoding="utf-8") == text else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"Wrote {len(vectors())} vectors to {OUT.relative_to(ROOT_DIR)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
