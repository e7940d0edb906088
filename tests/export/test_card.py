from __future__ import annotations

import cbor2
import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from crisisplan.export.base45 import ALPHABET, b45decode, b45encode
from crisisplan.export.card import (
    CARD_PREFIX,
    CardDecodeError,
    NotACardError,
    normalise_card_text,
    open_card,
    seal,
    unwrap_card,
)
from crisisplan.export.compress import compress, decompress
from crisisplan.export.cose import decode_sign1, sign1, verify_sign1
from crisisplan.export.keys import key_id
from crisisplan.export.payload import decode_payload
from crisisplan.export.payload_v2 import decode_payload_v2, encode_payload_v2
from crisisplan.export.samples import typical_card_payload


def test_seal_and_open(signing_key: ec.EllipticCurvePrivateKey, typical_text: str) -> None:
    assert typical_text.startswith("CP2:") and CARD_PREFIX == "CP2:"
    assert set(typical_text) <= set(ALPHABET)  # all QR alphanumeric
    opened = open_card(typical_text)
    assert opened.payload == typical_card_payload()
    assert opened.kid == key_id(signing_key.public_key())
    assert verify_sign1(opened.message, signing_key.public_key())


def test_layers_are_as_documented(signing_key: ec.EllipticCurvePrivateKey, typical_text: str) -> None:
    cose = b45decode(typical_text[4:])
    msg = decode_sign1(cose)
    assert not msg.tagged and msg.unprotected == {}
    # the signed payload is the raw-DEFLATE'd (dictionary 2) canonical format 2 CBOR
    assert decode_payload_v2(decompress(msg.payload, dictionary_version=2)) == typical_card_payload()
    assert decompress(msg.payload, dictionary_version=2) == encode_payload_v2(typical_card_payload())
    assert msg.payload == compress(encode_payload_v2(typical_card_payload()), 2)


def test_format_1_cards_still_open(signing_key: ec.EllipticCurvePrivateKey) -> None:
    text = seal(typical_card_payload(), signing_key, card_format=1)
    assert text.startswith("CP1:")
    msg = decode_sign1(b45decode(text[4:]))
    assert decode_payload(decompress(msg.payload, dictionary_version=1)) == typical_card_payload()
    opened = open_card(text)
    assert opened.payload == typical_card_payload() and opened.card_format == 1
    # each prefix fixes its layout and dictionary: the other prefix on the same bytes does not open
    with pytest.raises(CardDecodeError):
        open_card("CP2:" + text[4:])


def test_whitespace_handling(typical_text: str) -> None:
    assert open_card("  \n" + typical_text + "\r\n").payload == typical_card_payload()
    assert normalise_card_text(" ABC \n") == "ABC "  # a trailing space is a Base45 digit


def test_not_a_card() -> None:
    for text in ("", "hello", "HC1:NCFOXN%TS3DH", "cp1:ABC", "cp2:ABC", "CP3:ABC", "https://example.org/CP2:"):
        with pytest.raises(NotACardError):
            unwrap_card(text)
    with pytest.raises(NotACardError):
        unwrap_card(None)  # type: ignore[arg-type]


def test_undecodable_cards(signing_key: ec.EllipticCurvePrivateKey) -> None:
    bad_payload = sign1(b"\x00\x01\x02", signing_key, key_id(signing_key.public_key()))
    cases = [
        "CP1:",  # empty: no COSE structure
        "CP1:abc",  # not Base45
        "CP1:A",  # bad length
        "CP1:" + b45encode(cbor2.dumps([1, 2, 3])),  # not COSE_Sign1
        "CP1:" + "0" * 5000,  # too long
    ]
    for text in cases:
        with pytest.raises(CardDecodeError):
            open_card(text)
    with pytest.raises(CardDecodeError, match="decompressed"):
        open_card("CP1:" + b45encode(bad_payload))
    not_cbor = sign1(compress(b"\xff\xff"), signing_key, b"12345678")
    with pytest.raises(CardDecodeError, match="expected form"):
        open_card("CP1:" + b45encode(not_cbor))


def test_each_card_is_signed_freshly(signing_key: ec.EllipticCurvePrivateKey) -> None:
    a = seal(typical_card_payload(), signing_key)
    b = seal(typical_card_payload(), signing_key)
    assert a != b and len(a) == len(b)  # ECDSA is randomised; the size is fixed
    assert open_card(a).payload == open_card(b).payload
