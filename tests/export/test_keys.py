from __future__ import annotations

import base64
import hashlib

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from crisisplan.export.keys import (
    KeyFormatError,
    generate_signing_key,
    key_id,
    private_key_from_bytes,
    private_key_to_bytes,
    public_key_from_b64,
    public_key_to_b64,
)


def test_generated_key_is_p256_and_fresh() -> None:
    a, b = generate_signing_key(), generate_signing_key()
    assert isinstance(a.curve, ec.SECP256R1)
    assert a.private_numbers() != b.private_numbers()


def test_key_id_is_sha256_prefix_of_spki() -> None:
    key = generate_signing_key().public_key()
    spki = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    assert key_id(key) == hashlib.sha256(spki).digest()[:8]
    assert len(key_id(key)) == 8
    assert key_id(key) != key_id(generate_signing_key().public_key())


def test_private_key_round_trip() -> None:
    key = generate_signing_key()
    data = private_key_to_bytes(key)
    assert data.startswith(b"\x30")  # DER SEQUENCE (PKCS#8)
    assert private_key_from_bytes(data).private_numbers() == key.private_numbers()


def test_public_key_round_trip() -> None:
    key = generate_signing_key().public_key()
    text = public_key_to_b64(key)
    assert public_key_from_b64(text) == key
    assert key_id(public_key_from_b64(text)) == key_id(key)


def test_rejects_other_curves_and_algorithms() -> None:
    p384 = ec.generate_private_key(ec.SECP384R1())
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    for private in (p384, rsa_key):
        der = private.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        with pytest.raises(KeyFormatError):
            private_key_from_bytes(der)
        spki = private.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        with pytest.raises(KeyFormatError):
            public_key_from_b64(base64.b64encode(spki).decode())


@pytest.mark.parametrize("bad", ["", "not base64!", "AAAA", "QUJD" * 2000, "MFkw\nEwYH"])
def test_rejects_bad_public_key_text(bad: str) -> None:
    with pytest.raises(KeyFormatError):
        public_key_from_b64(bad)


@pytest.mark.parametrize("bad", [b"", b"\x30\x03\x02\x01\x00", b"x" * 5000])
def test_rejects_bad_private_key_bytes(bad: bytes) -> None:
    with pytest.raises(KeyFormatError):
        private_key_from_bytes(bad)
