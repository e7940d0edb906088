"""Helpers of `Store` for opening: key candidates, housekeeping after unlock, first database."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Collection, Sequence
from pathlib import Path

from . import audit_checkpoint as checkpoints
from .audit import AuditLog
from .audit_keys import KEY_ACTION, intro_detail, set_directory
from .audit_sign import Signer
from .database import Connection, KeyRejected, open_database
from .database import transaction as _transaction
from .errors import DamagedStoreError, StoreError, mapped_errors
from .failures import UnlockFailures, audit_unlock_failures, settle_after_unlock, utc_now_iso
from .fsutil import fsync_file, restrict
from .keyring import Keyring
from .keys import RECOVERY, USER, SlotFile, key_id
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
                  audit: AuditLog | None, username: str | None = None, *, fresh: Collection[str] = (),
                  warnings_before: Sequence[str] = ()) -> list[str]:
    """Finish an interrupted key rotation, drop the slots of users the database says were removed
    or never added, audit earlier failed unlocks (and any sign that their record was deleted or
    edited), compare the audit log with the key file's signed checkpoints (SEC-03; `fresh`: users
    whose key was introduced in this sign-in, so they have no checkpoint yet). Returns what the user
    must be told (`warnings_before` first); nothing unexplained is deleted."""
    warnings: list[str] = list(warnings_before)
    seen: tuple[str, int] | None = None
    with _transaction(conn):
        first_ids = {s.store_keys[0].key_id for s in slots.slots if s.store_keys}
        if first_ids == {key_id(used)}:  # the newest key opened the database: the rotation committed
            keyring.finish_rotation(used)
        users = {str(r[0]): bool(r[1]) for r in conn.execute("SELECT username, active FROM users")}
        current = keyring.load()
        done = [s.username for s in current.slots if s.kind == USER and not users.get(s.username, False)
                and (s.pending or s.username in users)]  # an interrupted add, or a committed removal
        unknown = [s.username for s in current.slots if s.kind == USER and s.username not in users
                   and not s.pending]
        if done:
            keyring.remove_slots(done)
        for slot in current.slots:  # an addition that committed but was killed before confirming
            if slot.kind == USER and slot.pending and users.get(slot.username, False):
                keyring.confirm(slot.username)
        if audit is not None:
            warnings += checkpoints.unlock_warnings(conn, current, keyring.store_id, skip_missing=fresh,
                                                    unknown_slots=unknown)
            seen = audit_unlock_failures(conn, audit, keyring.data_dir)
            if warnings:
                audit.append("audit-rollback-detected", detail=" ".join(warnings)[:500])
            audit.append("unlock")
    if audit is not None:  # after the commit: the key file never records entries a kill could undo
        checkpoints.write(conn, keyring, audit.signer, force=bool(warnings))  # reported and audited
    if seen is not None:
        settle_after_unlock(keyring.data_dir, username if username is not None else RECOVERY, *seen)
    return warnings


def record_failure(failures: UnlockFailures, username: str, workstation: str) -> None:
    with contextlib.suppress(StoreError):  # a read-only folder must not hide "wrong passphrase"
        failures.record(username, workstation)


def initialise_database(path: Path, store_key: bytes, store_id: str, actor: Actor,
                         display_name: str, info: Sequence[tuple[str, str]] = (),
                         signer: Signer | None = None) -> tuple[int, str]:
    conn = open_database(path, store_key, create=True)
    try:
        migrate(conn)
        now = utc_now_iso()
        with _transaction(conn):
            conn.executemany("INSERT INTO store_info (key, value) VALUES (?, ?)",
                             [("store_id", store_id), ("created_at", now), *info])
            conn.execute("INSERT INTO users (username, display_name, roles, active, created_at) "
                         "VALUES (?,?,?,1,?)",
                         (actor.username, display_name.strip() or actor.username,
                          json.dumps(actor.roles), now))
            audit = AuditLog(conn, actor, store_id)
            audit.append("store-create")
            audit.append("user-add", detail=f"user {actor.username}; roles {','.join(actor.roles)}")
            if signer is not None:  # the creator's key, introduced by its own first signature
                set_directory(conn, actor.username, signer.public)
                audit.signer = signer
                audit.append(KEY_ACTION, detail=intro_detail(actor.username, signer.public, "store created"))
        with mapped_errors():
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        head = AuditLog.head(conn)
    finally:
        conn.close()
    restrict(path)
    fsync_file(path)
    return head
