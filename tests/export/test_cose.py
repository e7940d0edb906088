from __future__ import annotations

import cbor2
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from crisisplan.export.cose import (
    ALG_ES256,
    ALG_ES384,
    ALG_PS256,
    CoseError,
    decode_sign1,
    sign1,
    verify_sign1,
)
from crisisplan.export.keys import generate_signing_key, key_id


def _tbs(protected: bytes, payload: bytes) -> bytes:
    return cbor2.dumps(["Signature1", protected, b"", payload])


def test_sign_and_verify_es256(signing_key: ec.EllipticCurvePrivateKey) -> None:
    kid = key_id(signing_key.public_key())
    data = sign1(b"payload bytes", signing_key, kid)
    assert data[0] == 0x84  # untagged array of four
    msg = decode_sign1(data)
    assert msg.protected == {1: ALG_ES256, 4: kid}
    assert msg.protected_bytes == bytes.fromhex("a2012604 48".replace(" ", "")) + kid
    assert msg.unprotected == {}
    assert msg.payload == b"payload bytes"
    assert len(msg.signature) == 64
    assert msg.kid == kid and msg.alg == ALG_ES256 and not msg.tagged
    assert verify_sign1(msg, signing_key.public_key())
    assert not verify_sign1(msg, generate_signing_key().public_key())


def test_signature_matches_an_independent_sig_structure(signing_key: ec.EllipticCurvePrivateKey) -> None:
    msg = decode_sign1(sign1(b"abc", signing_key, b"12345678"))
    r = int.from_bytes(msg.signature[:32], "big")
    s = int.from_bytes(msg.signature[32:], "big")
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    signing_key.public_key().verify(
        encode_dss_signature(r, s), _tbs(msg.protected_bytes, b"abc"), ec.ECDSA(hashes.SHA256())
    )


def test_tagged_message_and_kid_in_unprotected(signing_key: ec.EllipticCurvePrivateKey) -> None:
    protected = cbor2.dumps({1: ALG_ES256})
    der = signing_key.sign(_tbs(protected, b"x"), ec.ECDSA(hashes.SHA256()))
    r, s = decode_dss_signature(der)
    sig = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    data = cbor2.dumps(cbor2.CBORTag(18, [protected, {4: b"kid-1234"}, b"x", sig]))
    msg = decode_sign1(data)
    assert msg.tagged and msg.kid == b"kid-1234"
    assert verify_sign1(msg, signing_key.public_key())


def test_es384_and_ps256_for_conformance() -> None:
    p384 = ec.generate_private_key(ec.SECP384R1())
    protected = cbor2.dumps({1: ALG_ES384})
    r, s = decode_dss_signature(p384.sign(_tbs(protected, b"y"), ec.ECDSA(hashes.SHA384())))
    msg = decode_sign1(cbor2.dumps([protected, {}, b"y", r.to_bytes(48, "big") + s.to_bytes(48, "big")]))
    assert verify_sign1(msg, p384.public_key())
    assert not verify_sign1(msg, generate_signing_key().public_key())  # wrong curve for ES384

    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    protected = cbor2.dumps({1: ALG_PS256})
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)
    sig = rsa_key.sign(_tbs(protected, b"z"), pss, hashes.SHA256())
    msg = decode_sign1(cbor2.dumps([protected, {}, b"z", sig]))
    assert verify_sign1(msg, rsa_key.public_key())
    assert not verify_sign1(msg, rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key())
    assert not verify_sign1(msg, p384.public_key())


def test_wrong_signature_length_or_values_is_false(signing_key: ec.EllipticCurvePrivateKey) -> None:
    msg = decode_sign1(sign1(b"p", signing_key, b"kkkkkkkk"))
    for sig in (msg.signature[:63], msg.signature + b"\x00", b"\x00" * 64, b"\xff" * 64):
        forged = decode_sign1(cbor2.dumps([msg.protected_bytes, {}, b"p", sig]))
        assert not verify_sign1(forged, signing_key.public_key())


def test_unsupported_or_missing_algorithm() -> None:
    for protected in (cbor2.dumps({1: -8}), cbor2.dumps({4: b"k"}), b"", cbor2.dumps({1: "ES256"})):
        msg = decode_sign1(cbor2.dumps([protected, {}, b"p", b"s" * 64]))
        with pytest.raises(CoseError):
            verify_sign1(msg, generate_signing_key().public_key())


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff",
        cbor2.dumps([b"", {}, b""]),  # three elements
        cbor2.dumps({"a": 1}),
        cbor2.dumps(cbor2.CBORTag(98, [b"", {}, b"", b""])),  # COSE_Sign, not COSE_Sign1
        cbor2.dumps(["text", {}, b"", b""]),
        cbor2.dumps([b"", [], b"", b""]),
        cbor2.dumps([b"", {}, None, b""]),  # detached payload
        cbor2.dumps([b"", {}, "p", b""]),
        cbor2.dumps([b"", {}, b"", 5]),
        cbor2.dumps([b"\xa1", {}, b"", b""]),  # truncated protected map
        cbor2.dumps([cbor2.dumps([1]), {}, b"", b""]),  # protected is not a map
        cbor2.dumps([cbor2.dumps({4: "kid"}), {}, b"", b""]),  # kid not bytes
        cbor2.dumps([cbor2.dumps({1: -7}) + b"\x00", {}, b"", b""]),  # trailing in protected
        cbor2.dumps([b"", {}, b"", b""]) + b"\x00",  # trailing
        b"\x84" + b"\x81" * 1000,  # deep nesting
        b"\x9f" * 5000,  # unterminated indefinite arrays
    ],
)
def test_malformed_is_cose_error(data: bytes) -> None:
    with pytest.raises(CoseError):
        decode_sign1(data)


def test_rejects_non_bytes_and_huge_input() -> None:
    with pytest.raises(CoseError):
        decode_sign1("text")  # type: ignore[arg-type]
    with pytest.raises(CoseError, match="too large"):
        decode_sign1(b"\x00" * 70_000)


def test_signing_requires_p256() -> None:
    with pytest.raises(CoseError):
        sign1(b"p", ec.generate_private_key(ec.SECP384R1()), b"kkkkkkkk")
