"""Key slots: the random store key, wrapped once per user and once for the recovery key.

Each slot has its own X25519 key pair. The private half is encrypted (AES-256-GCM) under a key
derived from the slot's passphrase with PBKDF2-HMAC-SHA512 (per-slot salt, NFC-normalised
passphrase). The store key is wrapped to the slot's public half (X25519 + HKDF + AES-256-GCM),
so whoever holds the store key (an unlocked store) can wrap a *new* store key for every slot
without knowing anybody's passphrase: that is what makes `rotate_store_key` possible.
Every AES-GCM use binds the store id, the slot kind and the username as associated data.

A slot may hold several wrapped store keys (only during a key rotation); each is tagged with a
key id (a hash of the key, not secret) so stale ones can be dropped once the rotation commits.

Format version 2 (docs/security.md): a slot wraps *named* keys, each only for the roles that need
it: "store" (the SQLCipher database key, every user), "clinical", "issuer" (seals the card-signing
private keys) and "admin". A slot may also hold the user's audit signing key (`audit_key`, encrypted
under the slot's passphrase-derived key: audit_keys.py). The file also carries the signed audit
checkpoints (audit_checkpoint.py) so a database file put back from an older copy shows at unlock.
Iteration counts outside [KDF_FLOOR, KDF_CAP] make the file "damaged", never a crash or a cheap slot.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import time
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from crisisplan.i18n import QT_TRANSLATE_NOOP

from .audit_keys import AUDIT, SLOT_KEK, check_box, new_box, open_box
from .errors import DamagedStoreError, NotAStoreError, WrongCredentialsError

SLOTS_FORMAT = "crisisplan-keyslots"
SLOTS_VERSION = 2
KDF_ALGORITHM = "pbkdf2-hmac-sha512"
MIN_ITERATIONS = 256_000  # SQLCipher 4's default PBKDF2-HMAC-SHA512 cost
KDF_FLOOR = MIN_ITERATIONS  # the test suite lowers this (tests/__init__.py) for speed; nothing else may
KDF_CAP = 50_000_000  # about two minutes on a slow PC: anything above is a damaged file, not a cost
RECOVERY = "recovery"
USER = "user"
KEY_BYTES = 32
STORE, CLINICAL, ISSUER, ADMIN = "store", "clinical", "issuer", "admin"
KEY_NAMES = (STORE, CLINICAL, ISSUER, ADMIN)

_MALFORMED = (
    QT_TRANSLATE_NOOP("store", "The key file of this folder (keyslots.json) is damaged or is not a crisisplan key "
                               "file. Restore the store from a backup."))


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
    name: str = STORE
    legacy: bool = False  # wrapped by format version 1 (no key name in the associated data)


@dataclass(frozen=True)
class Slot:
    kind: str
    username: str
    salt: bytes
    iterations: int
    public_key: bytes
    private_nonce: bytes
    private_ciphertext: bytes
    wrapped: tuple[WrappedKey, ...]
    pending: bool = False  # written before the transaction that adds its user committed
    audit_key: Mapping[str, str] | None = field(default=None, hash=False)  # sealed audit signing key (audit_keys.py)

    @property
    def store_keys(self) -> tuple[WrappedKey, ...]:
        return tuple(w for w in self.wrapped if w.name == STORE)

    def names(self) -> frozenset[str]:
        return frozenset(w.name for w in self.wrapped)


def check_iterations(value: Any) -> int:
    """`value` if it is a usable iteration count, else ValueError (a damaged file, never a crash)."""
    if not isinstance(value, int) or isinstance(value, bool) or not KDF_FLOOR <= value <= KDF_CAP:
        raise ValueError("iterations")
    return value


def _slot_aad(store_id: str, kind: str, username: str) -> bytes:
    return f"crisisplan-slot-v1|{store_id}|{kind}|{username}".encode()


def _wrap_aad(store_id: str, kind: str, username: str, kid: str, name: str = STORE,
              legacy: bool = True) -> bytes:
    if legacy:
        return f"crisisplan-storekey-v1|{store_id}|{kind}|{username}|{kid}".encode()
    return f"crisisplan-key-v2|{store_id}|{kind}|{username}|{name}|{kid}".encode()


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


def wrap_store_key(store_id: str, kind: str, username: str, public: bytes, store_key: bytes,
                   name: str = STORE) -> WrappedKey:
    """`store_key` (or the key called `name`) wrapped to a slot's public half."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    kid = key_id(store_key)
    nonce = os.urandom(12)
    ciphertext = AESGCM(_wrapping_key(shared, eph_pub, public)).encrypt(
        nonce, store_key, _wrap_aad(store_id, kind, username, kid, name, legacy=False))
    return WrappedKey(kid, eph_pub, nonce, ciphertext, name)


NamedKeys = Mapping[str, Sequence[bytes]]


def _wrap_all(store_id: str, kind: str, username: str, public: bytes, keys: NamedKeys) -> tuple[WrappedKey, ...]:
    return tuple(wrap_store_key(store_id, kind, username, public, k, name)
                 for name, values in keys.items() for k in values)


def make_slot(store_id: str, kind: str, username: str, secret: str, iterations: int,
              store_keys: Sequence[bytes] | NamedKeys, *, pending: bool = False,
              audit_key: bytes | bool = False) -> Slot:
    """A new slot (fresh salt and key pair) that opens with `secret` and holds `store_keys` (a list
    of database keys, or named keys), and an audit signing key: a new one when `audit_key` is True,
    the given private key when it is bytes (a user changing their own passphrase keeps theirs)."""
    keys: NamedKeys = store_keys if isinstance(store_keys, Mapping) else {STORE: list(store_keys)}
    check_iterations(iterations)
    salt = os.urandom(32)
    kek = derive_kek(secret, salt, iterations)
    private = X25519PrivateKey.generate()
    public = _raw_public(private.public_key())
    nonce = os.urandom(12)
    ciphertext = AESGCM(kek).encrypt(nonce, _raw_private(private), _slot_aad(store_id, kind, username))
    box = None
    if audit_key is not False:
        box = new_box(kek, store_id, kind, username, audit_key if isinstance(audit_key, bytes) else None)
    return Slot(kind, username, salt, iterations, public, nonce, ciphertext,
                _wrap_all(store_id, kind, username, public, keys), pending, box)


def rewrap_slot(store_id: str, slot: Slot, keys: Sequence[bytes] | NamedKeys) -> Slot:
    """The same slot with the named keys in `keys` replaced by exactly those values (a plain list
    means the database key); keys of other names are kept as they are. No passphrase needed."""
    named: NamedKeys = keys if isinstance(keys, Mapping) else {STORE: list(keys)}
    kept = tuple(w for w in slot.wrapped if w.name not in named)
    fresh = _wrap_all(store_id, slot.kind, slot.username, slot.public_key,
                      {n: v for n, v in named.items() if v})
    return replace(slot, wrapped=fresh + kept)


def without_names(slot: Slot, names: set[str]) -> Slot:
    return replace(slot, wrapped=tuple(w for w in slot.wrapped if w.name not in names))


def keep_only_key(slot: Slot, kid: str, name: str = STORE) -> Slot:
    return replace(slot, wrapped=tuple(w for w in slot.wrapped if w.name != name or w.key_id == kid))


def unlock_slot_keys(store_id: str, slot: Slot, secret: str) -> dict[str, list[bytes]]:
    """Every key in `slot`, by name, newest first. WrongCredentialsError when `secret` does not open it.
    Also `AUDIT` (the slot's audit signing key, when it has one that opens) and `SLOT_KEK` (the
    passphrase-derived key, to give the slot an audit key): the caller takes both out."""
    kek = derive_kek(secret, slot.salt, slot.iterations)
    try:
        private_raw = AESGCM(kek).decrypt(slot.private_nonce, slot.private_ciphertext,
                                          _slot_aad(store_id, slot.kind, slot.username))
    except InvalidTag:
        raise WrongCredentialsError() from None
    private = X25519PrivateKey.from_private_bytes(private_raw)
    keys: dict[str, list[bytes]] = {SLOT_KEK: [kek]}
    if slot.audit_key is not None:
        audit = open_box(kek, store_id, slot.kind, slot.username, slot.audit_key)
        if audit is not None:
            keys[AUDIT] = [audit]
    for wrapped in slot.wrapped:
        try:
            shared = private.exchange(X25519PublicKey.from_public_bytes(wrapped.ephemeral))
            key = AESGCM(_wrapping_key(shared, wrapped.ephemeral, slot.public_key)).decrypt(
                wrapped.nonce, wrapped.ciphertext,
                _wrap_aad(store_id, slot.kind, slot.username, wrapped.key_id, wrapped.name, wrapped.legacy))
        except (InvalidTag, ValueError):
            continue
        if key_id(key) == wrapped.key_id:
            keys.setdefault(wrapped.name, []).append(key)
    if not keys.get(STORE):
        raise DamagedStoreError(QT_TRANSLATE_NOOP("store", "The key file of this store is damaged: your passphrase "
                                                           "is right but the store key cannot be recovered from it. "
                                                           "Restore the store from a backup."))
    return keys


def unlock_slot(store_id: str, slot: Slot, secret: str) -> list[bytes]:
    """The database key candidates in `slot`. WrongCredentialsError when `secret` does not open it."""
    return unlock_slot_keys(store_id, slot, secret)[STORE]


def dummy_derivation(iterations: int) -> None:
    """Spend the same time as a real unlock, so unknown usernames cannot be told apart by timing."""
    derive_kek("no such user", b"\x00" * 32, iterations)


@dataclass(frozen=True)
class SlotFile:
    store_id: str
    iterations: int
    slots: tuple[Slot, ...]
    audit: Mapping[str, Any] | None = None  # the signed audit checkpoints, by user (audit_checkpoint.py)

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
        doc: dict[str, Any] = {
            "format": SLOTS_FORMAT,
            "version": SLOTS_VERSION,
            "store_id": self.store_id,
            "kdf": {"algorithm": KDF_ALGORITHM, "iterations": self.iterations},
            "slots": [_slot_to_json(s) for s in self.slots],
        }
        if self.audit:
            doc["audit_checkpoints"] = dict(self.audit)
        return (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> SlotFile:
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc["format"] != SLOTS_FORMAT or not isinstance(doc["version"], int):
                raise ValueError("format")
            if doc["version"] > SLOTS_VERSION:
                raise NotAStoreError(QT_TRANSLATE_NOOP("store", "This store's key file was made by a newer version "
                                                                "of crisisplan. Update crisisplan, then open the "
                                                                "store again."))
            if doc["kdf"]["algorithm"] != KDF_ALGORITHM:
                raise ValueError("kdf")
            slots = tuple(_slot_from_json(s, doc["version"]) for s in doc["slots"])
            return cls(str(doc["store_id"]), check_iterations(doc["kdf"]["iterations"]), slots,
                       _checkpoints(doc))
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


def _checkpoints(doc: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The signed checkpoints as they are (checked by audit_checkpoint.py, where a bad one is
    reported, never a reason to refuse the file); an older file's one unsigned checkpoint becomes
    the record "(unsigned)" until a signed one replaces it."""
    signed = doc.get("audit_checkpoints")
    if isinstance(signed, dict):
        return signed
    legacy = doc.get("audit_checkpoint")
    if isinstance(legacy, dict) and isinstance(legacy.get("count"), int) and isinstance(legacy.get("head"), str):
        return {"(unsigned)": {"count": legacy["count"], "head": legacy["head"]}}
    return None


def _slot_to_json(slot: Slot) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "kind": slot.kind,
        "username": slot.username,
        "salt": _b64(slot.salt),
        "iterations": slot.iterations,
        "public_key": _b64(slot.public_key),
        "private_key": {"nonce": _b64(slot.private_nonce), "ciphertext": _b64(slot.private_ciphertext)},
        "keys": [
            {"name": w.name, "key_id": w.key_id, "ephemeral": _b64(w.ephemeral), "nonce": _b64(w.nonce),
             "ciphertext": _b64(w.ciphertext), **({"legacy": True} if w.legacy else {})}
            for w in slot.wrapped
        ],
    }
    if slot.pending:
        doc["pending"] = True
    if slot.audit_key is not None:
        doc["audit_key"] = dict(slot.audit_key)
    return doc


def _slot_from_json(doc: Any, version: int) -> Slot:
    kind = doc["kind"]
    if kind not in (USER, RECOVERY) or not isinstance(doc["username"], str):
        raise ValueError("kind")
    if version < 2:
        entries = [{**w, "name": STORE, "legacy": True} for w in doc["store_keys"]]
    else:
        entries = doc["keys"]
    wrapped = tuple(
        WrappedKey(str(w["key_id"]), _unb64(w["ephemeral"], 32), _unb64(w["nonce"], 12),
                   _unb64(w["ciphertext"]), _key_name(w["name"]), w.get("legacy") is True)
        for w in entries
    )
    return Slot(kind, doc["username"], _unb64(doc["salt"]), check_iterations(doc["iterations"]),
                _unb64(doc["public_key"], 32), _unb64(doc["private_key"]["nonce"], 12),
                _unb64(doc["private_key"]["ciphertext"]), wrapped, doc.get("pending") is True,
                check_box(doc["audit_key"]) if doc.get("audit_key") is not None else None)


def _key_name(value: Any) -> str:
    if value not in KEY_NAMES:
        raise ValueError("key name")
    return str(value)
