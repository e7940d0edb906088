"""Per-user audit signing keys (SEC-03): the private half in the user's key slot, the public half
in the directory (`users.audit_key`), introduced by a signed audit entry.

The private Ed25519 key is encrypted with AES-256-GCM under the slot's passphrase-derived key (the
same key that encrypts the slot's X25519 private half), so only someone who knows the passphrase can
put a key in a slot: unlike the named keys, it is not wrapped to the slot's public half, which
anyone could do. The associated data binds the store id, the slot and the public key.

This module holds the key "box" and the directory; the signatures themselves are in audit_sign.py,
checking them in audit_verify.py, the signed checkpoints in audit_checkpoint.py.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

AUDIT = "audit"
"""Name, in the keys an unlocked slot gives, of the slot's audit signing key (32 raw bytes)."""
SLOT_KEK = "slot-kek"
"""Name, in the keys an unlocked slot gives, of the slot's passphrase-derived key (to add a box)."""
KEY_ACTION = "audit-key"
RECOVERY_USER = "recovery"  # entries by the recovery key are "system" entries: unsigned by design

_INTRO = re.compile(r"^user (\S+); key ([A-Za-z0-9+/]{43}=)(?:;|$)")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    try:
        data = base64.b64decode(text, validate=True)
    except binascii.Error:
        raise ValueError("not base64") from None
    if length is not None and len(data) != length:
        raise ValueError("length")
    return data


def new_private() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def public_of(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _aad(store_id: str, kind: str, username: str, public: bytes) -> bytes:
    return f"crisisplan-audit-key-v1|{store_id}|{kind}|{username}|{b64(public)}".encode()


def new_box(kek: bytes, store_id: str, kind: str, username: str, private: bytes | None = None) -> dict[str, str]:
    """The slot field holding `private` (a new key when None) encrypted under the slot's `kek`."""
    private = private if private is not None else new_private()
    public = public_of(private)
    nonce = os.urandom(12)
    ciphertext = AESGCM(kek).encrypt(nonce, private, _aad(store_id, kind, username, public))
    return {"public": b64(public), "nonce": b64(nonce), "ciphertext": b64(ciphertext)}


def open_box(kek: bytes, store_id: str, kind: str, username: str, box: Mapping[str, str]) -> bytes | None:
    """The private key in `box`, or None when it does not open (a box planted or moved from another
    slot: the user then gets a new key at this sign-in, and verify-audit names the change)."""
    try:
        public = unb64(box["public"], 32)
        private = AESGCM(kek).decrypt(unb64(box["nonce"], 12), unb64(box["ciphertext"]),
                                      _aad(store_id, kind, username, public))
    except (InvalidTag, ValueError, KeyError):
        return None
    return private if len(private) == 32 and public_of(private) == public else None


def check_box(doc: Any) -> dict[str, str]:
    """A box as read from the key file (ValueError when malformed: a damaged file)."""
    if not isinstance(doc, dict):
        raise ValueError("audit key")
    unb64(doc["public"], 32)
    unb64(doc["nonce"], 12)
    unb64(doc["ciphertext"])
    return {"public": str(doc["public"]), "nonce": str(doc["nonce"]), "ciphertext": str(doc["ciphertext"])}


def box_public(box: Mapping[str, str] | None) -> bytes | None:
    return None if box is None else unb64(box["public"], 32)


# ---- the directory and introductions -----------------------------------------------------------
def directory(conn: Any, *, active_only: bool = False) -> dict[str, bytes]:
    """Every user's audit public key as the directory (users table) records it (a removed user's
    too, unless `active_only`: their checkpoints and entries stay verifiable)."""
    found: dict[str, bytes] = {}
    rows = conn.execute("SELECT username, audit_key FROM users WHERE audit_key IS NOT NULL AND (active = 1 OR ? = 0)",
                        (int(active_only),))
    for username, text in rows:
        try:
            found[str(username)] = unb64(text, 32)
        except ValueError:
            found[str(username)] = b""  # unreadable: never matches a signature
    return found


def set_directory(conn: Any, username: str, public: bytes) -> None:
    conn.execute("UPDATE users SET audit_key = ? WHERE username = ?", (b64(public), username))


def intro_detail(username: str, public: bytes, note: str = "") -> str:
    return f"user {username}; key {b64(public)}" + (f"; {note}" if note else "")


def parse_intro(detail: object) -> tuple[str, bytes] | None:
    match = _INTRO.match(str(detail or ""))
    if match is None:
        return None
    try:
        return match.group(1), unb64(match.group(2), 32)
    except ValueError:
        return None
