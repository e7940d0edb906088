"""Helpers of `Store` for opening: key candidates, housekeeping after unlock, first database."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from pathlib import Path

from .audit import AuditLog
from .database import Connection, KeyRejected, open_database
from .database import transaction as _transaction
from .errors import DamagedStoreError, StoreError, mapped_errors
from .failures import UnlockFailures, audit_unlock_failures, settle_after_unlock, utc_now_iso
from .fsutil import fsync_file, restrict
from .keyring import Keyring
from .keys import RECOVERY, SlotFile, key_id
from .migrations import migrate
from .model import Actor


def open_first(db_path: Path, keys: Sequence[bytes]) -> tuple[Connection, bytes]:
    for key in keys:
        try:
            return open_database(db_path, key), key
        except KeyRejected:
            continue
    raise DamagedStoreError()


def housekeeping(conn: Connection, keyring: Keyring, slots: SlotFile, used: bytes,
                  audit: AuditLog | None, username: str | None = None) -> None:
    """Finish an interrupted key rotation, drop orphan slots, audit earlier failed unlocks."""
    seen: tuple[str, int] | None = None
    with _transaction(conn):
        first_ids = {s.store_keys[0].key_id for s in slots.slots if s.store_keys}
        if first_ids == {key_id(used)}:  # the newest key opened the database: the rotation committed
            keyring.finish_rotation(used)
        active = {str(r[0]) for r in conn.execute("SELECT username FROM users WHERE active = 1")}
        keyring.remove_users_except(active)
        if audit is not None:
            seen = audit_unlock_failures(conn, audit, keyring.data_dir)
            audit.append("unlock")
    if seen is not None:
        settle_after_unlock(keyring.data_dir, username if username is not None else RECOVERY, *seen)


def record_failure(failures: UnlockFailures, username: str, workstation: str) -> None:
    with contextlib.suppress(StoreError):  # a read-only folder must not hide "wrong passphrase"
        failures.record(username, workstation)


def initialise_database(path: Path, store_key: bytes, store_id: str, actor: Actor,
                         display_name: str) -> None:
    conn = open_database(path, store_key, create=True)
    try:
        migrate(conn)
        now = utc_now_iso()
        with _transaction(conn):
            conn.executemany("INSERT INTO store_info (key, value) VALUES (?, ?)",
                             [("store_id", store_id), ("created_at", now)])
            conn.execute("INSERT INTO users (username, display_name, roles, active, created_at) "
                         "VALUES (?,?,?,1,?)",
                         (actor.username, display_name.strip() or actor.username,
                          json.dumps(actor.roles), now))
            audit = AuditLog(conn, actor, store_id)
            audit.append("store-create")
            audit.append("user-add", detail=f"user {actor.username}; roles {','.join(actor.roles)}")
        with mapped_errors():
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    restrict(path)
    fsync_file(path)
