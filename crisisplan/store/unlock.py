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
from .failures import UnlockFailures, utc_now_iso
from .fsutil import fsync_file, restrict
from .keyring import Keyring
from .keys import USER, SlotFile, key_id
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
                  audit: AuditLog | None) -> list[str]:
    """Finish an interrupted key rotation, drop the slots of users the database says were removed
    or never added, audit earlier failed unlocks, compare the audit log with the key file's
    checkpoint (SEC-03). Returns what the user must be told; nothing unexplained is deleted."""
    failures = UnlockFailures(keyring.data_dir)
    pending = failures.pending() if audit is not None else []
    warnings: list[str] = []
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
            warnings = rollback_warnings(conn, current, unknown)
            for failure in pending:
                audit.append_as("unlock-failed", username=failure.username, roles=(),
                                workstation=failure.workstation, at=failure.at)
            if warnings:
                audit.append("audit-rollback-detected", detail=" ".join(warnings)[:500])
            audit.append("unlock")
    if audit is not None:  # after the commit: the key file never records entries a kill could undo
        write_checkpoint(conn, keyring, force=bool(warnings))  # reported and audited: the new baseline
    if pending:
        with contextlib.suppress(OSError):
            failures.clear()
    return warnings


def rollback_warnings(conn: Connection, slots: SlotFile, unknown: list[str]) -> list[str]:
    """Plain statements of how the database is older than the key file, if it is."""
    found: list[str] = []
    point = slots.checkpoint
    if point is not None and point.count > 0:
        count, _head = AuditLog.head(conn)
        at = AuditLog.hash_at(conn, point.count)
        if count < point.count:
            found.append(f"The database is older than its key file: {point.count - count} audit entries "
                         "are missing (an older copy of crisisplan.db was put back, or its write-ahead "
                         "log was lost after a crash). Tell your information-governance lead.")
        elif at != point.head:
            found.append("The audit log does not match the key file's record of it: entries are missing "
                         "or were rewritten. Tell your information-governance lead.")
    if unknown:
        found.append("The key file holds sign-ins for users this database does not know "
                     f"({', '.join(sorted(unknown))}): the database may be older than the key file.")
    return found


def write_checkpoint(conn: Connection, keyring: Keyring, *, force: bool = False) -> None:
    """Record the audit log's committed size and head in the key file (under the write lock; never
    backwards unless `force`: a rollback that has just been reported and audited). Call it outside
    any write transaction, so that what it records is already durable."""
    with _transaction(conn):
        count, head = AuditLog.head(conn)
        point = keyring.load().checkpoint
        if force or point is None or count > point.count:
            keyring.checkpoint(count, head)


def record_failure(failures: UnlockFailures, username: str, workstation: str) -> None:
    with contextlib.suppress(StoreError):  # a read-only folder must not hide "wrong passphrase"
        failures.record(username, workstation)


def initialise_database(path: Path, store_key: bytes, store_id: str, actor: Actor,
                         display_name: str, info: Sequence[tuple[str, str]] = ()) -> None:
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
        with mapped_errors():
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    restrict(path)
    fsync_file(path)
