"""The unlocked store's view of keyslots.json: the keys in memory and slot changes.

Slot-file changes are made while the caller holds the database write lock (BEGIN IMMEDIATE), so
two processes never interleave read-modify-write of the file. Each write is atomic.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from crisisplan.i18n import QT_TRANSLATE_NOOP

from ..bounded import UnsafeInputError, read_bounded
from .errors import KeyNotHeldError, NotAStoreError, StoreError, mapped_errors
from .fsutil import atomic_write_bytes
from .grants import KEY_LABELS
from .keys import (
    CLINICAL,
    RECOVERY,
    STORE,
    USER,
    Slot,
    SlotFile,
    keep_only_key,
    key_id,
    make_slot,
    rewrap_slot,
)
from .sealing import is_sealed, parse, seal_with, try_open_with

SLOTS_FILE = "keyslots.json"
SEAL_KEY = {"signing-key": "issuer", "trust-root": "issuer",
            "plan": "clinical", "index": "clinical", "draft": "clinical", "reason": "clinical"}
TEXT_PREFIX = "cpseal1:"  # a sealed value in a TEXT column: the prefix and base64 of the sealed bytes
_NOT_HELD = "[sealed: needs clinical access]"
_BLIND_CACHE = 200_000
MAX_SLOT_FILE = 4 * 1024 * 1024  # thousands of users' slots and checkpoints; anything larger is not ours


def read_slot_file(data_dir: Path) -> SlotFile:
    return SlotFile.from_bytes(read_slot_bytes(data_dir / SLOTS_FILE))


def read_slot_bytes(path: Path) -> bytes:
    """The key file's bytes, read bounded (SEC-08): a device, FIFO or huge file is a damaged key file."""
    try:
        return read_bounded(path, MAX_SLOT_FILE)
    except FileNotFoundError:
        raise NotAStoreError() from None
    except UnsafeInputError:
        raise NotAStoreError(QT_TRANSLATE_NOOP("store", "The key file of this folder (keyslots.json) is damaged or "
                                                        "is not a crisisplan key file. Restore the store from a "
                                                        "backup.")) from None
    except OSError as exc:
        raise StoreError(QT_TRANSLATE_NOOP("store", "The store's key file could not be read. Check that you may read "
                                                    "the store's folder, then try again.")) from exc


class Keyring:
    """`keys`: every key the unlocking slot gave, by name, the current one first."""

    def __init__(self, data_dir: Path, store_id: str, store_key: bytes,
                 keys: Mapping[str, Sequence[bytes]] | None = None) -> None:
        self.data_dir = data_dir
        self.store_id = store_id
        self._keys: dict[str, list[bytes]] = {n: list(v) for n, v in (keys or {}).items() if v}
        self._keys[STORE] = [store_key]
        self.kdf_iterations = 0  # set by Store from store_info (never from the key file)
        self.sealing = False  # set by Store once the store has named keys: clinical values are sealed
        self._blinded: dict[str, str] = {}

    @property
    def path(self) -> Path:
        return self.data_dir / SLOTS_FILE

    @property
    def store_key(self) -> bytes:
        if not self._keys.get(STORE):
            raise StoreError(QT_TRANSLATE_NOOP("store", "The store is locked. Unlock it again to continue."))
        return self._keys[STORE][0]

    def set_store_key(self, store_key: bytes) -> None:
        self._keys[STORE] = [store_key]

    def drop(self) -> None:
        self._keys = {}
        self._blinded.clear()

    # ---- named keys --------------------------------------------------------------------------
    def held(self) -> frozenset[str]:
        return frozenset(n for n, v in self._keys.items() if v)

    def key(self, name: str) -> bytes:
        if not self._keys.get(name):
            raise KeyNotHeldError(QT_TRANSLATE_NOOP("store", "Only a user who holds {key} can do this.")
                                  .format(key=KEY_LABELS.get(name, name)))
        return self._keys[name][0]

    def candidates(self, name: str) -> list[bytes]:
        return list(self._keys.get(name, []))

    def set_current(self, name: str, kid: str) -> None:
        """Put the key with id `kid` first (the database says which one is current)."""
        values = self._keys.get(name, [])
        self._keys[name] = sorted(values, key=lambda k: key_id(k) != kid)

    def forget(self, name: str) -> None:
        self._keys.pop(name, None)

    def set_key(self, name: str, value: bytes) -> None:
        self._keys[name] = [value]
        if name == CLINICAL:
            self._blinded.clear()

    def add_candidates(self, name: str, values: Sequence[bytes]) -> None:
        """Older keys of `name` (retired by a rotation) that still open values sealed under them."""
        held = self._keys.setdefault(name, [])
        held.extend(v for v in values if v not in held)

    def rotated(self, name: str, value: bytes) -> None:
        """`value` is the current key of `name` now; the previous ones stay as candidates."""
        self._keys[name] = [value, *(k for k in self._keys.get(name, []) if k != value)]
        if name == CLINICAL:
            self._blinded.clear()

    def require(self, names: Collection[str]) -> dict[str, list[bytes]]:
        """The current key of each of `names`; KeyNotHeldError if this user does not hold one."""
        return {n: [self.key(n)] for n in names}

    # ---- sealing -----------------------------------------------------------------------------
    def seal(self, kind: str, plaintext: bytes) -> bytes:
        return seal_with(self.key(SEAL_KEY.get(kind, "issuer")), kind, plaintext)

    def unseal(self, blob: bytes) -> bytes:
        """The plaintext of a sealed column (a legacy plain value is returned as it is)."""
        if not is_sealed(blob):
            return bytes(blob)
        kind = parse(blob)[0]
        name = SEAL_KEY.get(kind, "issuer")
        for key in self._keys.get(name, []):
            opened = try_open_with(key, blob)
            if opened is not None:
                return opened
        raise KeyNotHeldError(QT_TRANSLATE_NOOP("store", "Only a user who holds {key} can do this.")
                              .format(key=KEY_LABELS.get(name, name)))

    def seal_text(self, kind: str, text: str, *, required: bool = True) -> str:
        """`text` sealed for a TEXT column (as it is before the store has named keys; as it is when
        not `required` and this user lacks the key, e.g. a reception user's own draft)."""
        if not self.sealing or (not required and SEAL_KEY[kind] not in self.held()):
            return text
        return TEXT_PREFIX + base64.b64encode(self.seal(kind, text.encode("utf-8"))).decode("ascii")

    def open_text(self, value: object, *, placeholder: bool = False) -> str:
        """The text of a TEXT column that may be sealed; KeyNotHeldError (or, with `placeholder`,
        a marker) when this user lacks the key."""
        text = str(value)
        if not text.startswith(TEXT_PREFIX):
            return text
        try:
            return self.unseal(base64.b64decode(text[len(TEXT_PREFIX):])).decode("utf-8")
        except KeyNotHeldError:
            if placeholder:
                return _NOT_HELD
            raise

    @property
    def blinding(self) -> bool:
        """True when the full-text body is indexed under keyed hashes (named keys and clinical key held)."""
        return self.sealing and CLINICAL in self.held()

    def blind(self, term: str) -> str:
        """A search term as the body index holds it: a keyed hash (BLAKE2b keyed with the clinical key,
        80 bits, letters and digits). Remembered for the session: plans share most of their words."""
        found = self._blinded.get(term)
        if found is None:
            if len(self._blinded) >= _BLIND_CACHE:
                self._blinded.clear()
            found = "h" + hashlib.blake2b(term.encode("utf-8"), key=self.key(CLINICAL), digest_size=10,
                                          person=b"cp-search").hexdigest()
            self._blinded[term] = found
        return found

    def seal_blob(self, kind: str, data: bytes) -> bytes:
        return self.seal(kind, data) if self.sealing else data

    # ---- the file ----------------------------------------------------------------------------
    def load(self) -> SlotFile:
        return read_slot_file(self.data_dir)

    def save(self, slots: SlotFile) -> None:
        atomic_write_bytes(self.path, slots.to_bytes())

    def read_raw(self) -> bytes:
        with mapped_errors():
            return read_slot_bytes(self.path)

    def write_raw(self, data: bytes) -> None:
        atomic_write_bytes(self.path, data)

    @property
    def iterations(self) -> int:
        return self.kdf_iterations or self.load().iterations

    def new_user_slot(self, username: str, passphrase: str, names: Collection[str], *,
                      pending: bool = False, audit_key: bytes | bool = True) -> Slot:
        """A slot for `username` holding the current keys called `names` and an audit signing key
        (new, or the private key given) (runs the key derivation)."""
        return make_slot(self.store_id, USER, username, passphrase, self.iterations, self.require(names),
                         pending=pending, audit_key=audit_key)

    def new_recovery_slot(self, recovery_key: str) -> Slot:
        return make_slot(self.store_id, RECOVERY, RECOVERY, recovery_key, self.iterations,
                         {n: [self.key(n)] for n in self.held()})

    def put(self, slot: Slot) -> bytes:
        """Store `slot` (replacing the same user's); returns the previous file for rolling back."""
        before = self.read_raw()
        self.save(self.load().with_slot(slot))
        return before

    def confirm(self, username: str) -> None:
        """The user's addition committed: their slot is no longer pending."""
        slots = self.load()
        slot = slots.find(USER, username)
        if slot is not None and slot.pending:
            self.save(slots.with_slot(replace(slot, pending=False)))

    def remove_user(self, username: str) -> None:
        slots = self.load()
        if slots.find(USER, username) is not None:
            self.save(slots.without(USER, username))

    def remove_slots(self, usernames: Collection[str]) -> None:
        slots = self.load()
        for name in usernames:
            slots = slots.without(USER, name)
        self.save(slots)

    def regrant(self, username: str, add: Mapping[str, Sequence[bytes]], drop: Collection[str]) -> bytes:
        """Wrap the keys in `add` for `username`'s slot and unwrap those in `drop`; returns the
        previous file for rolling back."""
        slots = self.load()
        slot = slots.find(USER, username)
        if slot is None:
            raise StoreError(QT_TRANSLATE_NOOP("store", "The key file has no slot for '{username}'. Reset their "
                                                        "passphrase.")
                             .format(username=username))
        slot = replace(slot, wrapped=tuple(w for w in slot.wrapped if w.name not in drop))
        if add:
            slot = rewrap_slot(self.store_id, slot, add)
        return self.put(slot)


    def finish_rotation(self, store_key: bytes) -> bool:
        """Drop wrapped keys other than `store_key` (which opened the database). True if any were."""
        slots = self.load()
        kid = key_id(store_key)
        if slots.key_ids() <= {kid}:
            return False
        kept = tuple(keep_only_key(s, kid) if any(w.key_id == kid for w in s.store_keys) else s
                     for s in slots.slots)
        if kept == slots.slots:
            return False
        self.save(replace(slots, slots=kept))
        return True
