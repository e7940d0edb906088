"""Signing keys for crisis cards: ECDSA on the NIST P-256 curve (COSE algorithm ES256).

Private keys are exchanged as unencrypted PKCS#8 DER because they only ever live inside the
encrypted store, which does the encryption. Public keys travel in trust bundles as base64 of the
SubjectPublicKeyInfo DER. A key id (`kid`) is the first 8 bytes of SHA-256 over that DER.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

KID_LENGTH = 8
MAX_KEY_BYTES = 4096


class KeyFormatError(ValueError):
    """Key material is not a P-256 key in the expected encoding."""


def generate_signing_key() -> ec.EllipticCurvePrivateKey:
    """A new random P-256 private key."""
    return ec.generate_private_key(ec.SECP256R1())


def public_der(public_key: ec.EllipticCurvePublicKey) -> bytes:
    return public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


_public_der = public_der


def key_id(public_key: ec.EllipticCurvePublicKey) -> bytes:
    """The 8-byte key id: the first 8 bytes of SHA-256 of the SubjectPublicKeyInfo DER."""
    return hashlib.sha256(public_der(public_key)).digest()[:KID_LENGTH]


def _require_p256(key: object) -> None:
    curve = getattr(key, "curve", None)
    if not isinstance(curve, ec.SECP256R1):
        raise KeyFormatError("The key is not a P-256 elliptic-curve key.")


def private_key_to_bytes(private_key: ec.EllipticCurvePrivateKey) -> bytes:
    """Unencrypted PKCS#8 DER (the store encrypts it)."""
    return private_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def private_key_from_bytes(data: bytes) -> ec.EllipticCurvePrivateKey:
    """Load a P-256 private key from unencrypted PKCS#8 DER; KeyFormatError otherwise."""
    if not isinstance(data, bytes | bytearray) or len(data) > MAX_KEY_BYTES:
        raise KeyFormatError("The private key data is not valid.")
    try:
        key = serialization.load_der_private_key(bytes(data), password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise KeyFormatError("The private key data is not a valid PKCS#8 key.") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise KeyFormatError("The private key is not an elliptic-curve key.")
    _require_p256(key)
    return key


def public_key_to_b64(public_key: ec.EllipticCurvePublicKey) -> str:
    """Standard base64 of the SubjectPublicKeyInfo DER."""
    return base64.b64encode(public_der(public_key)).decode("ascii")


def public_key_from_b64(text: str) -> ec.EllipticCurvePublicKey:
    """Load a P-256 public key from base64 SubjectPublicKeyInfo DER; KeyFormatError otherwise."""
    if not isinstance(text, str) or len(text) > MAX_KEY_BYTES:
        raise KeyFormatError("The public key text is not valid.")
    try:
        der = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, binascii.Error):
        raise KeyFormatError("The public key is not valid base64.") from None
    try:
        key = serialization.load_der_public_key(der)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise KeyFormatError("The public key is not a valid SubjectPublicKeyInfo key.") from None
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise KeyFormatError("The public key is not an elliptic-curve key.")
    _require_p256(key)
    return key
