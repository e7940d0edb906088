"""Key slots: the random store key, wrapped once per user and once for the recovery key.

Each slot has its own X25519 key pair. The private half is encrypted (AES-256-GCM) under a key
derived from the slot's passphrase with PBKDF2-HMAC-SHA512 (per-slot salt, NFC-normalised
passphrase). The store key is wrapped to the slot's public half (X25519 + HKDF + AES-256-GCM),
so whoever holds the store key (an unlocked store) can wrap a *new* store key for every slot
without knowing anybody's passphrase: that is what makes `rotate_store_key` possible.
Every AES-GCM use binds the store id, the slot kind and the username as associated data.

A slot may hold several wrapped store keys (only during a key rotation); each is tagged with a
key id (a hash of the key, not secret) so stale ones can be dropped once the rotation commits.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from .errors import DamagedStoreError, NotAStoreError, WrongCredentialsError

SLOTS_FORMAT = "crisisplan-keyslots"
SLOTS_VERSION = 1
KDF_ALGORITHM = "pbkdf2-hmac-sha512"
MIN_ITERATIONS = 256_000  # SQLCipher 4's default PBKDF2-HMAC-SHA512 cost
RECOVERY = "recovery"
USER = "user"
KEY_BYTES = 32

_MALFORMED = ("The key file of this folder (keyslots.json) is damaged or is not a crisisplan key file. "
              "Restore the store from a backup.")


def normalise_passphrase(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_kek(secret: str, salt: bytes, iterations: int) -> bytes:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA512(), length=KEY_BYTES, salt=salt, iterations=iterations)
    return kdf.derive(normalise_passphrase(secret))


def time_kdf(iterations: int) -> float:
    """Seconds one key derivation with `iterations` takes on this machine."""
    start = time.perf_counter()
    derive_kek("timing passphrase", os.urandom(16), iterations)
    return time.perf_counter() - start


def calibrate_kdf_iterations(target_seconds: float = 0.7) -> int:
    """Iterations so that one derivation takes about `target_seconds` (never below 256,000)."""
    probe = 100_000
    per_iteration = min(time_kdf(probe), time_kdf(probe)) / probe
    iterations = int(target_seconds / per_iteration)
    iterations = max(MIN_ITERATIONS, iterations)
    # One check at full size: machines are not linear at small counts (turbo, caches).
    measured = time_kdf(iterations)
    if not 0.5 <= measured <= 1.0:
        iterations = max(MIN_ITERATIONS, int(iterations * target_seconds / measured))
    return iterations - iterations % 1000 if iterations > MIN_ITERATIONS else iterations


def key_id(store_key: bytes) -> str:
    return hashlib.sha256(b"crisisplan-store-key-id\x00" + store_key).hexdigest()[:32]


def new_store_key() -> bytes:
    return os.urandom(KEY_BYTES)


def sqlcipher_key_pragma_value(store_key: bytes) -> str:
    return f"x'{store_key.hex()}'"


@dataclass(frozen=True)
class WrappedKey:
    key_id: str
    ephemeral: bytes
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class Slot:
    kind: str
    username: str
    salt: bytes
    iterations: int
    public_key: bytes
    private_nonce: bytes
    private_ciphertext: bytes
    store_keys: tuple[WrappedKey, ...]


def _slot_aad(store_id: str, kind: str, username: str) -> bytes:
    return f"crisisplan-slot-v1|{store_id}|{kind}|{username}".encode()


def _wrap_aad(store_id: str, kind: str, username: str, kid: str) -> bytes:
    return f"crisisplan-storekey-v1|{store_id}|{kind}|{username}|{kid}".encode()


def _wrapping_key(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=b"crisisplan-wrap-v1" + ephemeral + public)
    return hkdf.derive(shared)


def _raw_public(key: X25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(key: X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def wrap_store_key(store_id: str, kind: str, username: str, public: bytes, store_key: bytes) -> WrappedKey:
    ephemeral = X25519PrivateKey.generate()
    eph_pub = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    kid = key_id(store_key)
    nonce = os.urandom(12)
    ciphertext = AESGCM(_wrapping_key(shared, eph_pub, public)).encrypt(
        nonce, store_key, _wrap_aad(store_id, kind, username, kid))
    return WrappedKey(kid, eph_pub, nonce, ciphertext)


def make_slot(store_id: str, kind: str, username: str, secret: str, iterations: int,
              store_keys: Sequence[bytes]) -> Slot:
    """A new slot (fresh salt and key pair) that opens with `secret` and holds `store_keys`."""
    salt = os.urandom(32)
    kek = derive_kek(secret, salt, iterations)
    private = X25519PrivateKey.generate()
    public = _raw_public(private.public_key())
    nonce = os.urandom(12)
    ciphertext = AESGCM(kek).encrypt(nonce, _raw_private(private), _slot_aad(store_id, kind, username))
    wrapped = tuple(wrap_store_key(store_id, kind, username, public, k) for k in store_keys)
    return Slot(kind, username, salt, iterations, public, nonce, ciphertext, wrapped)


def rewrap_slot(store_id: str, slot: Slot, store_keys: Sequence[bytes]) -> Slot:
    """The same slot holding exactly `store_keys` (no passphrase needed)."""
    wrapped = tuple(wrap_store_key(store_id, slot.kind, slot.username, slot.public_key, k)
                    for k in store_keys)
    return replace(slot, store_keys=wrapped)


def keep_only_key(slot: Slot, kid: str) -> Slot:
    return replace(slot, store_keys=tuple(w for w in slot.store_keys if w.key_id == kid))


def unlock_slot(store_id: str, slot: Slot, secret: str) -> list[bytes]:
    """The store key candidates in `slot`. WrongCredentialsError when `secret` does not open it."""
    kek = derive_kek(secret, slot.salt, slot.iterations)
    try:
        private_raw = AESGCM(kek).decrypt(slot.private_nonce, slot.private_ciphertext,
                                          _slot_aad(store_id, slot.kind, slot.username))
    except InvalidTag:
        raise WrongCredentialsError() from None
    private = X25519PrivateKey.from_private_bytes(private_raw)
    keys: list[bytes] = []
    for wrapped in slot.store_keys:
        try:
            shared = private.exchange(X25519PublicKey.from_public_bytes(wrapped.ephemeral))
            key = AESGCM(_wrapping_key(shared, wrapped.ephemeral, slot.public_key)).decrypt(
                wrapped.nonce, wrapped.ciphertext,
                _wrap_aad(store_id, slot.kind, slot.username, wrapped.key_id))
        except (InvalidTag, ValueError):
            continue
        if key_id(key) == wrapped.key_id:
            keys.append(key)
    if not keys:
        raise DamagedStoreError("The key file of this store is damaged: your passphrase is right but "
                                "the store key cannot be recovered from it. Restore the store from a backup.")
    return keys


def dummy_derivation(iterations: int) -> None:
    """Spend the same time as a real unlock, so unknown usernames cannot be told apart by timing."""
    derive_kek("no such user", b"\x00" * 32, iterations)


@dataclass(frozen=True)
class SlotFile:
    store_id: str
    iterations: int
    slots: tuple[Slot, ...]

    def find(self, kind: str, username: str) -> Slot | None:
        for slot in self.slots:
            if slot.kind == kind and slot.username == username:
                return slot
        return None

    def with_slot(self, slot: Slot) -> SlotFile:
        others = tuple(s for s in self.slots if (s.kind, s.username) != (slot.kind, slot.username))
        return replace(self, slots=(*others, slot))

    def without(self, kind: str, username: str) -> SlotFile:
        return replace(self, slots=tuple(s for s in self.slots if (s.kind, s.username) != (kind, username)))

    def key_ids(self) -> set[str]:
        return {w.key_id for s in self.slots for w in s.store_keys}

    def to_bytes(self) -> bytes:
        doc = {
            "format": SLOTS_FORMAT,
            "version": SLOTS_VERSION,
            "store_id": self.store_id,
            "kdf": {"algorithm": KDF_ALGORITHM, "iterations": self.iterations},
            "slots": [_slot_to_json(s) for s in self.slots],
        }
        return (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> SlotFile:
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc["format"] != SLOTS_FORMAT or not isinstance(doc["version"], int):
                raise ValueError("format")
            if doc["version"] > SLOTS_VERSION:
                raise NotAStoreError("This store's key file was made by a newer version of crisisplan. "
                                     "Update crisisplan, then open the store again.")
            if doc["kdf"]["algorithm"] != KDF_ALGORITHM:
                raise ValueError("kdf")
            slots = tuple(_slot_from_json(s) for s in doc["slots"])
            return cls(str(doc["store_id"]), _positive(doc["kdf"]["iterations"]), slots)
        except NotAStoreError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, binascii.Error, UnicodeDecodeError):
            raise NotAStoreError(_MALFORMED) from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not text")
    data = base64.b64decode(text, validate=True)
    if length is not None and len(data) != length:
        raise ValueError("length")
    return data


def _positive(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError("iterations")
    return value


def _slot_to_json(slot: Slot) -> dict[str, Any]:
    return {
        "kind": slot.kind,
        "username": slot.username,
        "salt": _b64(slot.salt),
        "iterations": slot.iterations,
        "public_key": _b64(slot.public_key),
        "private_key": {"nonce": _b64(slot.private_nonce), "ciphertext": _b64(slot.private_ciphertext)},
        "store_keys": [
            {"key_id": w.key_id, "ephemeral": _b64(w.ephemeral), "nonce": _b64(w.nonce),
             "ciphertext": _b64(w.ciphertext)}
            for w in slot.store_keys
        ],
    }


def _slot_from_json(doc: Any) -> Slot:
    kind = doc["kind"]
    if kind not in (USER, RECOVERY) or not isinstance(doc["username"], str):
        raise ValueError("kind")
    wrapped = tuple(
        WrappedKey(str(w["key_id"]), _unb64(w["ephemeral"], 32), _unb64(w["nonce"], 12),
                   _unb64(w["ciphertext"]))
        for w in doc["store_keys"]
    )
    return Slot(kind, doc["username"], _unb64(doc["salt"]), _positive(doc["iterations"]),
                _unb64(doc["public_key"], 32), _unb64(doc["private_key"]["nonce"], 12),
                _unb64(doc["private_key"]["ciphertext"]), wrapped)
