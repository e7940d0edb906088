"""SIG-01, SIG-02 and SIG-05: verification states and tamper detection."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

import cbor2
import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import given, settings
from hypothesis import strategies as st

from crisisplan.export import verify as verify_module
from crisisplan.export.base45 import ALPHABET, b45decode, b45encode
from crisisplan.export.card import CARD_PREFIX, read_card_payload, seal
from crisisplan.export.compress import compress
from crisisplan.export.cose import Sign1, decode_sign1, sign1
from crisisplan.export.keys import generate_signing_key, key_id
from crisisplan.export.payload import CardPayload
from crisisplan.export.samples import typical_card_payload
from crisisplan.export.trust import TrustBundle, TrustedKey
from crisisplan.export.verify import MESSAGES, CardStatus, Verification, verify_card_text
from tests.export.helpers import ISSUER, TODAY, bundle_for

AUTHENTIC = {CardStatus.VALID, CardStatus.REVIEW_OVERDUE}


def _check(text: str, trust: TrustBundle, today: date = TODAY) -> Verification:
    return verify_card_text(text, trust, today)


def test_valid(typical_text: str, trust: TrustBundle, signing_key: ec.EllipticCurvePrivateKey) -> None:
    result = _check(typical_text, trust)
    assert result.status is CardStatus.VALID
    assert result.payload == typical_card_payload()
    assert result.kid == key_id(signing_key.public_key()).hex()
    assert result.issuer == ISSUER
    assert result.message == MESSAGES[CardStatus.VALID]


def test_review_date_boundary(typical_text: str, trust: TrustBundle) -> None:
    until = typical_card_payload().valid_until
    assert _check(typical_text, trust, until).status is CardStatus.VALID
    overdue = _check(typical_text, trust, until + timedelta(days=1))
    assert overdue.status is CardStatus.REVIEW_OVERDUE
    assert overdue.payload == typical_card_payload()


# ---- SIG-05: six distinct states, each with a plain message -------------------------------------


def _six_states(signing_key: ec.EllipticCurvePrivateKey) -> dict[CardStatus, Verification]:
    payload = typical_card_payload()
    text = seal(payload, signing_key)
    trusted = bundle_for(signing_key)
    stranger = generate_signing_key()
    tampered = text[:-10] + ("A" if text[-10] != "A" else "B") + text[-9:]
    return {
        CardStatus.VALID: _check(text, trusted),
        CardStatus.REVIEW_OVERDUE: _check(text, trusted, payload.valid_until + timedelta(days=30)),
        CardStatus.SUPERSEDED_OR_REVOKED: _check(text, bundle_for(signing_key, revoked={payload.card_id})),
        CardStatus.UNKNOWN_ISSUER: _check(seal(payload, stranger), trusted),
        CardStatus.TAMPERED: _check(tampered, trusted),
        CardStatus.NOT_A_CARD: _check("https://example.org/not-a-card", trusted),
        CardStatus.WRONG_RECIPIENT: verify_card_text(text, trusted, TODAY, "police"),
        CardStatus.EXPIRED: _check(text, bundle_for(signing_key, max_card_lifetime_days=30)),
    }


FILE_LEVEL = {CardStatus.UNREADABLE, CardStatus.TOO_COMPLEX}
"""States of a file, not of a code's text (services/verify.py; tests/security/test_trust_verifier.py)."""


def test_sig05_six_distinct_states_with_messages(signing_key: ec.EllipticCurvePrivateKey) -> None:
    results = _six_states(signing_key)
    assert set(results) == set(CardStatus) - FILE_LEVEL and len(CardStatus) == 10
    for expected, result in results.items():
        assert result.status is expected
        if expected is not CardStatus.WRONG_RECIPIENT:
            assert result.message == MESSAGES[expected]
    assert "not for police" in results[CardStatus.WRONG_RECIPIENT].message
    assert len({r.message for r in results.values()}) == 8
    assert len({m for m in MESSAGES.values()}) == len({s.title for s in CardStatus}) == 10
    for status in CardStatus:
        message = MESSAGES[status]
        assert message.endswith(".") and len(message) > 30
        if status.authentic or status is CardStatus.WRONG_RECIPIENT:
            assert "genuine" in message
        elif status not in {CardStatus.NOT_A_CARD} | FILE_LEVEL:
            assert message.startswith("Do not rely on this card")
    assert {s for s in CardStatus if s.authentic} == AUTHENTIC
    # only authenticated results carry the card's contents
    for status in (CardStatus.UNKNOWN_ISSUER, CardStatus.TAMPERED, CardStatus.NOT_A_CARD):
        assert results[status].payload is None and results[status].issuer is None
    assert results[CardStatus.WRONG_RECIPIENT].payload is None  # police never see an ED card's contents


def test_superseded_is_the_same_state_as_revoked(
    typical_text: str, signing_key: ec.EllipticCurvePrivateKey
) -> None:
    card_id = typical_card_payload().card_id
    result = _check(typical_text, bundle_for(signing_key, superseded=frozenset({card_id})))
    assert result.status is CardStatus.SUPERSEDED_OR_REVOKED
    # withdrawal outranks an overdue review
    late = typical_card_payload().valid_until + timedelta(days=1)
    assert _check(typical_text, bundle_for(signing_key, revoked=frozenset({card_id})), late).status is (
        CardStatus.SUPERSEDED_OR_REVOKED
    )


def test_not_a_card_inputs(trust: TrustBundle, typical_text: str) -> None:
    for text in ("", "   ", "HC1:6BF+70790T9WJWG", typical_text.lower(), "CP3:" + typical_text[4:]):
        assert _check(text, trust).status is CardStatus.NOT_A_CARD
    assert _check("\n " + typical_text + "\r\n", trust).status is CardStatus.VALID


# ---- SIG-02: untrusted keys ----------------------------------------------------------------------


def test_sig02_untrusted_key_is_unknown_issuer(trust: TrustBundle) -> None:
    stranger = generate_signing_key()
    text = seal(typical_card_payload(), stranger)
    result = _check(text, trust)
    assert result.status is CardStatus.UNKNOWN_ISSUER
    assert result.kid == key_id(stranger.public_key()).hex()
    assert result.payload is None and result.issuer is None
    empty = dataclasses.replace(trust, keys=())
    assert _check(text, empty).status is CardStatus.UNKNOWN_ISSUER


def test_sig02_stranger_claiming_a_trusted_kid_is_tampered(
    trust: TrustBundle, signing_key: ec.EllipticCurvePrivateKey
) -> None:
    from crisisplan.export.payload_v2 import encode_payload_v2

    stranger = generate_signing_key()
    signed = compress(encode_payload_v2(typical_card_payload()))
    forged = sign1(signed, stranger, key_id(signing_key.public_key()))
    assert _check(CARD_PREFIX + b45encode(forged), trust).status is CardStatus.TAMPERED


def test_key_not_valid_on_issue_date(typical_text: str, signing_key: ec.EllipticCurvePrivateKey) -> None:
    pub = signing_key.public_key()
    issued = typical_card_payload().issued
    for start, end in ((issued + timedelta(days=1), None), (date(2020, 1, 1), issued - timedelta(days=1))):
        bundle = dataclasses.replace(
            bundle_for(signing_key), keys=(TrustedKey(key_id(pub), ISSUER, pub, start, end),)
        )
        result = _check(typical_text, bundle)
        assert result.status is CardStatus.UNKNOWN_ISSUER
        assert result.payload is None
        assert "not trusted on the date" in result.message


# ---- envelope rules: the card form is strict -----------------------------------------------------


def test_envelope_variants_are_tampered(trust: TrustBundle, signing_key: ec.EllipticCurvePrivateKey) -> None:
    msg = decode_sign1(b45decode(seal(typical_card_payload(), signing_key)[4:]))
    kid = key_id(signing_key.public_key())
    # Tag 18, tag 61 around 18 and a kid in both headers verify: tests/security/test_trust_cose.py.
    variants = [
        cbor2.dumps([cbor2.dumps({1: -35, 4: kid}), {}, msg.payload, msg.signature]),  # not ES256
        cbor2.dumps([cbor2.dumps({1: -7}), {4: kid}, msg.payload, msg.signature]),  # kid unprotected
    ]
    for cose in variants:
        assert _check(CARD_PREFIX + b45encode(cose), trust).status is CardStatus.TAMPERED


def test_signature_checked_before_payload_is_parsed(
    trust: TrustBundle, signing_key: ec.EllipticCurvePrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Sign1] = []

    def spy(message: Sign1, card_format: int = 2) -> CardPayload:
        calls.append(message)
        return read_card_payload(message, card_format)

    monkeypatch.setattr(verify_module, "read_card_payload", spy)
    garbage = b"\xff" * 40  # would fail decompression if it were parsed
    unknown = sign1(garbage, generate_signing_key(), b"12345678")
    assert _check(CARD_PREFIX + b45encode(unknown), trust).status is CardStatus.UNKNOWN_ISSUER
    forged = sign1(garbage, generate_signing_key(), key_id(signing_key.public_key()))
    assert _check(CARD_PREFIX + b45encode(forged), trust).status is CardStatus.TAMPERED
    assert calls == []
    signed_garbage = sign1(garbage, signing_key, key_id(signing_key.public_key()))
    assert _check(CARD_PREFIX + b45encode(signed_garbage), trust).status is CardStatus.TAMPERED
    assert len(calls) == 1


# ---- SIG-01: any single-byte change of the QR text or the signed payload -------------------------


def _replace_char(text: str, pos: int, ch: str) -> str:
    return text[:pos] + ch + text[pos + 1 :]


def _assert_not_authentic(result: Verification) -> None:
    assert result.status not in AUTHENTIC
    assert result.payload is None or result.status is CardStatus.SUPERSEDED_OR_REVOKED


def test_sig01_every_position_of_the_qr_text(
    typical_text: str, trust: TrustBundle, report: Callable[[str], None]
) -> None:
    assert _check(typical_text, trust).status is CardStatus.VALID
    checked = 0
    for pos, original in enumerate(typical_text):
        here = ALPHABET.index(original)
        # the nearest neighbours in the alphabet (smallest numeric change), the farthest, and bytes
        # outside the alphabet
        alternatives = {ALPHABET[(here + d) % 45] for d in (1, -1, 22, 23)} | {"a", "\n", "\x00", "\u00ff"}
        for ch in sorted(alternatives - {original}):
            _assert_not_authentic(_check(_replace_char(typical_text, pos, ch), trust))
            checked += 1
    report(f"SIG-01: {checked} single-character changes over all {len(typical_text)} QR text positions: "
           "none valid")


def test_sig01_every_position_of_the_signed_bytes(
    typical_text: str, trust: TrustBundle, report: Callable[[str], None]
) -> None:
    cose = b45decode(typical_text[4:])
    msg = decode_sign1(cose)
    payload_start = cose.index(msg.payload)
    checked = 0
    for pos in range(len(cose)):
        for mask in (0x01, 0x80, 0xFF):
            changed = bytearray(cose)
            changed[pos] ^= mask
            _assert_not_authentic(_check(CARD_PREFIX + b45encode(bytes(changed)), trust))
            checked += 1
    report(
        f"SIG-01: {checked} single-byte changes over all {len(cose)} signed COSE bytes "
        f"(payload {len(msg.payload)} bytes at offset {payload_start}): none valid"
    )


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_sig01_property_any_byte_of_signed_payload(
    data: st.DataObject, typical_text: str, trust: TrustBundle
) -> None:
    cose = b45decode(typical_text[4:])
    msg = decode_sign1(cose)
    pos = data.draw(st.integers(0, len(msg.payload) - 1))
    value = data.draw(st.integers(0, 255).filter(lambda v: v != msg.payload[pos]))
    payload = bytearray(msg.payload)
    payload[pos] = value
    changed = cbor2.dumps([msg.protected_bytes, {}, bytes(payload), msg.signature])
    assert _check(CARD_PREFIX + b45encode(changed), trust).status is CardStatus.TAMPERED


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_sig01_property_any_byte_of_qr_text(
    data: st.DataObject, typical_text: str, trust: TrustBundle
) -> None:
    pos = data.draw(st.integers(0, len(typical_text) - 1))
    ch = data.draw(st.characters(max_codepoint=255).filter(lambda c: c != typical_text[pos]))
    _assert_not_authentic(_check(_replace_char(typical_text, pos, ch), trust))


def test_result_depends_only_on_inputs(typical_text: str, trust: TrustBundle) -> None:
    assert _check(typical_text, trust) == _check(typical_text, trust)
    assert verify_card_text(typical_text, trust, date(2026, 7, 1)).status is CardStatus.REVIEW_OVERDUE
    assert verify_card_text(typical_text, trust, date(2030, 1, 1)).status is CardStatus.EXPIRED
