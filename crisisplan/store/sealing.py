"""Sealing private keys kept in the database (the card-signing keys, the trust root).

A sealed value is `CPSEAL1 | kind | key id | nonce | AES-256-GCM(key, plaintext)`, with everything
before the nonce as associated data. The key is the *issuer* key, which only roles that issue cards
hold (docs/security.md), so the row is ciphertext to anyone who has only the database key. One
helper for every private-key column: call `Keyring.seal(kind, plaintext)` / `Keyring.unseal(blob)`.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .keys import key_id

PREFIX = b"CPSEAL1\x00"
_KID_BYTES = 16


def is_sealed(blob: bytes) -> bool:
    return bytes(blob).startswith(PREFIX)


def _header(kind: str, kid: str) -> bytes:
    encoded = kind.encode("ascii")
    if not 0 < len(encoded) < 256:
        raise ValueError("seal kind")
    return PREFIX + bytes([len(encoded)]) + encoded + bytes.fromhex(kid)[:_KID_BYTES]


def seal_with(key: bytes, kind: str, plaintext: bytes) -> bytes:
    header = _header(kind, key_id(key))
    nonce = os.urandom(12)
    return header + nonce + AESGCM(key).encrypt(nonce, bytes(plaintext), header)


def parse(blob: bytes) -> tuple[str, str, bytes, bytes, bytes]:
    """(kind, key id hex, header, nonce, ciphertext); ValueError when `blob` is not a sealed value."""
    blob = bytes(blob)
    if not is_sealed(blob) or len(blob) < len(PREFIX) + 1:
        raise ValueError("not sealed")
    size = blob[len(PREFIX)]
    start = len(PREFIX) + 1
    kind = blob[start:start + size].decode("ascii")
    kid_end = start + size + _KID_BYTES
    header, nonce, ciphertext = blob[:kid_end], blob[kid_end:kid_end + 12], blob[kid_end + 12:]
    if len(nonce) != 12 or not ciphertext:
        raise ValueError("truncated")
    return kind, blob[start + size:kid_end].hex(), header, nonce, ciphertext


def try_open_with(key: bytes, blob: bytes) -> bytes | None:
    """The plaintext of `blob` if `key` sealed it, else None."""
    try:
        _kind, kid, header, nonce, ciphertext = parse(blob)
        if kid != key_id(key)[:_KID_BYTES * 2]:
            return None
        return AESGCM(key).decrypt(nonce, ciphertext, header)
    except (ValueError, InvalidTag):
        return None
