"""The unlocked store's view of keyslots.json: the store key(s) in memory and slot changes.

Slot-file changes are made while the caller holds the database write lock (BEGIN IMMEDIATE), so
two processes never interleave read-modify-write of the file. Each write is atomic.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .errors import NotAStoreError, StoreError, mapped_errors
from .fsutil import atomic_write_bytes
from .keys import RECOVERY, USER, Slot, SlotFile, keep_only_key, key_id, make_slot, rewrap_slot

SLOTS_FILE = "keyslots.json"


def read_slot_file(data_dir: Path) -> SlotFile:
    path = data_dir / SLOTS_FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise NotAStoreError() from None
    except OSError as exc:
        raise StoreError("The store's key file could not be read. Check that you may read the "
                         "store's folder, then try again.") from exc
    return SlotFile.from_bytes(data)


class Keyring:
    def __init__(self, data_dir: Path, store_id: str, store_key: bytes) -> None:
        self.data_dir = data_dir
        self.store_id = store_id
        self._store_key: bytes | None = store_key

    @property
    def path(self) -> Path:
        return self.data_dir / SLOTS_FILE

    @property
    def store_key(self) -> bytes:
        if self._store_key is None:
            raise StoreError("The store is locked. Unlock it again to continue.")
        return self._store_key

    def set_store_key(self, store_key: bytes) -> None:
        self._store_key = store_key

    def drop(self) -> None:
        self._store_key = None

    def load(self) -> SlotFile:
        return read_slot_file(self.data_dir)

    def save(self, slots: SlotFile) -> None:
        atomic_write_bytes(self.path, slots.to_bytes())

    def read_raw(self) -> bytes:
        with mapped_errors():
            return self.path.read_bytes()

    def write_raw(self, data: bytes) -> None:
        atomic_write_bytes(self.path, data)

    @property
    def iterations(self) -> int:
        return self.load().iterations

    def new_user_slot(self, username: str, passphrase: str) -> Slot:
        """A slot for `username` holding the current store key (runs the key derivation)."""
        return make_slot(self.store_id, USER, username, passphrase, self.iterations, [self.store_key])

    def new_recovery_slot(self, recovery_key: str) -> Slot:
        return make_slot(self.store_id, RECOVERY, RECOVERY, recovery_key, self.iterations, [self.store_key])

    def put(self, slot: Slot) -> bytes:
        """Store `slot` (replacing the same user's); returns the previous file for rolling back."""
        before = self.read_raw()
        self.save(self.load().with_slot(slot))
        return before

    def remove_user(self, username: str) -> None:
        slots = self.load()
        if slots.find(USER, username) is not None:
            self.save(slots.without(USER, username))

    def remove_users_except(self, usernames: set[str]) -> list[str]:
        """Drop user slots whose user no longer exists (left by an interrupted add/remove)."""
        slots = self.load()
        orphans = [s.username for s in slots.slots if s.kind == USER and s.username not in usernames]
        for name in orphans:
            slots = slots.without(USER, name)
        if orphans:
            self.save(slots)
        return orphans

    def wrap_for_all(self, store_keys: Sequence[bytes]) -> None:
        """Every slot holds exactly `store_keys` (first step of a key rotation: old and new)."""
        slots = self.load()
        new = [rewrap_slot(self.store_id, s, store_keys) for s in slots.slots]
        self.save(SlotFile(slots.store_id, slots.iterations, tuple(new)))

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
        self.save(SlotFile(slots.store_id, slots.iterations, kept))
        return True
