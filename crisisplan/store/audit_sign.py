"""Signing audit entries and checkpoints with a user's audit key (SEC-03).

An entry's signature is Ed25519 over a domain tag, the store id and the entry's chain hash, kept
in the entry's own row (`signer`, `sig`; schema 6). The chain hash covers the entry and, through the chain,
every entry before it: a rewrite anywhere breaks every later signature.
"""

from __future__ import annotations

from functools import lru_cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from .audit_keys import public_of

_ENTRY = b"crisisplan-audit-entry-v1\x00"


def entry_message(store_id: str, digest: str) -> bytes:
    return _ENTRY + store_id.encode() + b"\x00" + digest.encode()


def entry_signature(private: bytes, store_id: str, digest: str) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(entry_message(store_id, digest))


def raw_private(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


@lru_cache(maxsize=256)
def _public(public: bytes) -> Ed25519PublicKey | None:
    try:
        return Ed25519PublicKey.from_public_bytes(public)
    except ValueError:
        return None


def signature_ok(public: bytes, signature: bytes, message: bytes) -> bool:
    key = _public(bytes(public))
    if key is None:
        return False
    try:
        key.verify(bytes(signature), message)
    except InvalidSignature:
        return False
    return True


class Signer:
    """The signed-in user's audit key, in memory for the session only."""

    def __init__(self, username: str, private: bytes, store_id: str) -> None:
        self.username = username
        self._key = Ed25519PrivateKey.from_private_bytes(private)
        self.public = public_of(private)
        self._store_id = store_id

    @property
    def private(self) -> bytes:
        return raw_private(self._key)

    def sign_entry(self, digest: str) -> bytes:
        return self._key.sign(entry_message(self._store_id, digest))

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)
