"""COSE_Sign1 (RFC 9052) signing and verification, as used by the crisis card.

Cards are signed with ES256 (ECDSA P-256 with SHA-256) and carry the protected header
{1 (alg): -7, 4 (kid): <8-byte key id>} and an empty unprotected header. The card writes the
COSE_Sign1 array untagged (no CBOR tag 18): the `CP2:` (or `CP1:`) prefix already says what follows, and the
tag would cost a byte in every QR code. Decoding accepts untagged, tag 18, and tag 61 (CWT) wrapping
tag 18, as other implementations write them (the EU DCC vectors use all of these).

Verification supports ES256, ES384, ES512 and PS256; the card itself only ever uses ES256 (the
verifier insists on it). Malformed input raises CoseError and nothing else.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

ALG_ES256 = -7
ALG_ES384 = -35
ALG_ES512 = -36
ALG_PS256 = -37
HEADER_ALG = 1
HEADER_KID = 4
COSE_SIGN1_TAG = 18
CWT_TAG = 61
MAX_COSE_BYTES = 64 * 1024

# alg -> (hash, curve, length of each of r and s)
_ECDSA: dict[int, tuple[type[hashes.HashAlgorithm], type[ec.EllipticCurve], int]] = {
    ALG_ES256: (hashes.SHA256, ec.SECP256R1, 32),
    ALG_ES384: (hashes.SHA384, ec.SECP384R1, 48),
    ALG_ES512: (hashes.SHA512, ec.SECP521R1, 66),
}


class CoseError(ValueError):
    """The data is not a well-formed COSE_Sign1 message, or it uses an unsupported algorithm."""


@dataclass(frozen=True)
class Sign1:
    """A decoded COSE_Sign1 message. `protected_bytes` are kept exactly as received because the
    signature covers them."""

    protected_bytes: bytes
    protected: dict[Any, Any]
    unprotected: dict[Any, Any]
    payload: bytes
    signature: bytes
    tagged: bool

    @property
    def kid(self) -> bytes | None:
        """The key id, from the protected header if there, else from the unprotected header."""
        value = self.protected.get(HEADER_KID, self.unprotected.get(HEADER_KID))
        return value if isinstance(value, bytes) else None

    @property
    def alg(self) -> int | None:
        """The algorithm; only the protected header counts (it is covered by the signature)."""
        value = self.protected.get(HEADER_ALG)
        return value if type(value) is int else None


def _sig_structure(protected_bytes: bytes, payload: bytes) -> bytes:
    return cbor2.dumps(["Signature1", protected_bytes, b"", payload])


def sign1(payload: bytes, private_key: ec.EllipticCurvePrivateKey, kid: bytes, *, deterministic: bool = False) -> bytes:
    """An untagged COSE_Sign1 with ES256 over `payload`: [protected, {}, payload, r||s].

    `deterministic` uses RFC 6979 nonces (for reproducible test vectors); both kinds verify alike."""
    if not isinstance(private_key.curve, ec.SECP256R1):
        raise CoseError("Cards must be signed with a P-256 key.")
    protected_bytes = cbor2.dumps({HEADER_ALG: ALG_ES256, HEADER_KID: bytes(kid)})
    der = private_key.sign(_sig_structure(protected_bytes, payload),
                           ec.ECDSA(hashes.SHA256(), deterministic_signing=deterministic))
    r, s = decode_dss_signature(der)
    signature = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    return cbor2.dumps([protected_bytes, {}, bytes(payload), signature])


def _strict_loads(data: bytes, what: str) -> Any:
    stream = io.BytesIO(data)
    try:
        value = cbor2.CBORDecoder(stream, max_depth=16).decode()
    except Exception:  # any decoder failure on outside input is "not well-formed"
        raise CoseError(f"The {what} is not valid CBOR.") from None
    if stream.tell() != len(data):
        raise CoseError(f"The {what} has unexpected data after its end.")
    return value


def _as_header(value: object, what: str) -> dict[Any, Any]:
    if not isinstance(value, Mapping):
        raise CoseError(f"The {what} header is not a map.")
    header = dict(value)
    if HEADER_KID in header and not isinstance(header[HEADER_KID], bytes):
        raise CoseError(f"The key id in the {what} header is not a byte string.")
    return header


def decode_sign1(data: bytes) -> Sign1:
    """Decode a COSE_Sign1 message (untagged, tag 18, or tag 61 around tag 18); CoseError if malformed."""
    if not isinstance(data, bytes | bytearray):
        raise CoseError("A COSE message must be bytes.")
    if len(data) > MAX_COSE_BYTES:
        raise CoseError("The COSE message is too large.")
    value = _strict_loads(bytes(data), "COSE message")
    tagged = isinstance(value, cbor2.CBORTag)
    if isinstance(value, cbor2.CBORTag) and value.tag == CWT_TAG:
        value = value.value  # RFC 8392: a CWT tag around the COSE_Sign1 tag
        if not (isinstance(value, cbor2.CBORTag) and value.tag == COSE_SIGN1_TAG):
            raise CoseError("The CWT tag does not wrap a COSE_Sign1 message.")
    if isinstance(value, cbor2.CBORTag):
        if value.tag != COSE_SIGN1_TAG:
            raise CoseError("The COSE message has a tag other than COSE_Sign1.")
        value = value.value
    if not isinstance(value, list | tuple) or len(value) != 4:
        raise CoseError("The COSE message is not a COSE_Sign1 array of four elements.")
    protected_bytes, unprotected, payload, signature = value
    if not isinstance(protected_bytes, bytes):
        raise CoseError("The protected header is not a byte string.")
    if payload is None:
        raise CoseError("Detached COSE payloads are not supported.")
    if not isinstance(payload, bytes) or not isinstance(signature, bytes):
        raise CoseError("The COSE payload or signature is not a byte string.")
    protected_value = _strict_loads(protected_bytes, "protected header") if protected_bytes else {}
    return Sign1(
        protected_bytes=protected_bytes,
        protected=_as_header(protected_value, "protected"),
        unprotected=_as_header(unprotected, "unprotected"),
        payload=payload,
        signature=signature,
        tagged=tagged,
    )


def _verify_ecdsa(msg: Sign1, public_key: object, alg: int, tbs: bytes) -> bool:
    hash_type, curve_type, size = _ECDSA[alg]
    if not isinstance(public_key, ec.EllipticCurvePublicKey) or not isinstance(public_key.curve, curve_type):
        return False
    if len(msg.signature) != 2 * size:
        return False
    r = int.from_bytes(msg.signature[:size], "big")
    s = int.from_bytes(msg.signature[size:], "big")
    try:
        public_key.verify(encode_dss_signature(r, s), tbs, ec.ECDSA(hash_type()))
    except InvalidSignature:
        return False
    return True


def _verify_ps256(msg: Sign1, public_key: object, tbs: bytes) -> bool:
    if not isinstance(public_key, rsa.RSAPublicKey):
        return False
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)
    try:
        public_key.verify(msg.signature, tbs, pss, hashes.SHA256())
    except InvalidSignature:
        return False
    return True


def verify_sign1(msg: Sign1, public_key: object) -> bool:
    """True if the signature is valid for `public_key` under the message's protected algorithm.

    False for a wrong signature or a key that does not fit the algorithm; CoseError if the message
    names no algorithm or one that is not supported."""
    alg = msg.alg
    if alg is None:
        raise CoseError("The COSE message does not name its signature algorithm.")
    tbs = _sig_structure(msg.protected_bytes, msg.payload)
    if alg in _ECDSA:
        return _verify_ecdsa(msg, public_key, alg, tbs)
    if alg == ALG_PS256:
        return _verify_ps256(msg, public_key, tbs)
    raise CoseError("The COSE message uses a signature algorithm this app does not support.")
