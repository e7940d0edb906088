"""COSE as other implementations write it (issue 10): a COSE_Sign1 tag inside a CWT tag
(61(18([...]))), and a kid in both the protected and unprotected headers (RFC 9052: the protected
one wins). The old code refused both as TAMPERED."""

from __future__ import annotations

import cbor2

from crisisplan.export.base45 import b45decode, b45encode
from crisisplan.export.card import CARD_PREFIX, seal
from crisisplan.export.cose import decode_sign1
from crisisplan.export.keys import generate_signing_key, key_id
from crisisplan.export.samples import typical_card_payload
from crisisplan.export.verify import CardStatus, verify_card_text
from tests.export.helpers import TODAY, bundle_for

KEY = generate_signing_key()
TRUST = bundle_for(KEY)


def _parts() -> list[object]:
    msg = decode_sign1(b45decode(seal(typical_card_payload(), KEY)[4:]))
    return [msg.protected_bytes, {}, msg.payload, msg.signature]


def _card(cose: bytes) -> str:
    return CARD_PREFIX + b45encode(cose)


def test_cwt_tag_around_cose_sign1_tag_verifies() -> None:
    cose = cbor2.dumps(cbor2.CBORTag(61, cbor2.CBORTag(18, _parts())))
    assert verify_card_text(_card(cose), TRUST, TODAY).status is CardStatus.VALID


def test_cose_sign1_tag_alone_verifies() -> None:
    cose = cbor2.dumps(cbor2.CBORTag(18, _parts()))
    assert verify_card_text(_card(cose), TRUST, TODAY).status is CardStatus.VALID


def test_kid_in_both_headers_verifies_and_the_protected_one_wins() -> None:
    parts = _parts()
    parts[1] = {4: key_id(KEY.public_key())}
    assert verify_card_text(_card(cbor2.dumps(parts)), TRUST, TODAY).status is CardStatus.VALID
    parts[1] = {4: b"\x00" * 8}  # an unprotected kid naming another key is ignored
    assert verify_card_text(_card(cbor2.dumps(parts)), TRUST, TODAY).status is CardStatus.VALID


def test_still_refused() -> None:
    parts = _parts()
    kid = key_id(KEY.public_key())
    for cose in (
        cbor2.dumps(cbor2.CBORTag(61, parts)),  # CWT tag without the COSE_Sign1 tag inside
        cbor2.dumps(cbor2.CBORTag(61, cbor2.CBORTag(61, cbor2.CBORTag(18, parts)))),
        cbor2.dumps(cbor2.CBORTag(98, parts)),  # COSE_Sign, not Sign1
        cbor2.dumps([cbor2.dumps({1: -7}), {4: kid}, parts[2], parts[3]]),  # kid only unprotected
    ):
        assert verify_card_text(_card(cose), TRUST, TODAY).status is CardStatus.TAMPERED
