"""Backup (one verified, encrypted file) and restore (verified before the live store is touched)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
import shutil
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from crisisplan.i18n import QT_TRANSLATE_NOOP

from . import audit_checkpoint as checkpoints
from .audit import AuditLog
from .audit_keys import AUDIT
from .audit_sign import Signer
from .audit_verify import Progress, verify_log
from .backup_format import (
    BackupHeader,
    BackupInfo,
    RestoreInfo,
    encode_header,
    file_sha256,
    read_parts,
)
from .counts import maintained_count
from .database import Connection, KeyRejected, check_sqlcipher, open_database, remove_sidecars, transaction
from .errors import (
    BackupError,
    DamagedStoreError,
    NotAStoreError,
    OtherStoreBackupError,
    StoreError,
    WrongCredentialsError,
    mapped_errors,
)
from .failures import adopt_folder_failures, utc_now_iso
from .fsutil import FILE_MODE, atomic_file, fsync_dir, fsync_file, make_private_dir, restrict
from .keyring import SLOTS_FILE, Keyring, read_slot_file
from .keys import RECOVERY, USER, SlotFile, dummy_derivation, unlock_slot_keys
from .migrations import latest_version, schema_version
from .model import Actor
from .oslock import exclusive
from .recovery import canonical_recovery_key
from .restore_journal import finish_pending_restore, swap_in

if TYPE_CHECKING:
    from .store import Store

DB_FILE = "crisisplan.db"
_CHUNK = 1024 * 1024


def write_backup(store: Store, keyring: Keyring, path: Path,
                 progress: Callable[[int, int], None] | None = None) -> BackupInfo:
    """Write one backup file atomically, then verify it; a failed verification removes it.

    `progress(done, 100)` is called as it goes (P14): the copy is the first 60, the checks of
    the copy the next 20, the audit chain (from the checkpoint) the last 20."""
    report = progress or (lambda done, total: None)
    folder = path.parent
    if not folder.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP("store", "The folder for the backup does not exist. Choose another "
                                                     "folder."))
    token = secrets.token_hex(6)
    tmp_db = folder / f".crisisplan-backup-{token}.db"
    conn = store.connection
    created_at = utc_now_iso()
    try:
        dest = open_database(tmp_db, keyring.store_key, create=True)
        try:
            with mapped_errors():
                conn.execute("BEGIN")  # one read snapshot for the counts and the copy
                try:
                    plans = maintained_count(conn, status=None, review_before=None) or 0
                    head = conn.execute("SELECT count, hash FROM audit_head WHERE id = 1").fetchone()
                    audits = int(head[0]) if head else 0  # checked against the rows by the verification
                    conn.backup(dest, pages=2048, progress=lambda _status, remaining, total: report(
                        60 * (total - remaining) // max(1, total), 100))
                    slots = keyring.read_raw()
                finally:
                    conn.execute("COMMIT")
                dest.execute("PRAGMA journal_mode = DELETE")
                version = schema_version(dest)
        finally:
            dest.close()
        header = BackupHeader(1, keyring.store_id, created_at, version, len(slots),
                              _sha256(slots), tmp_db.stat().st_size, file_sha256(tmp_db),
                              int(head[0]) if head else 0, str(head[1]) if head else None)
        _write_container(path, header, slots, tmp_db)
    except StoreError as exc:
        if isinstance(exc, BackupError):
            raise
        raise BackupError(QT_TRANSLATE_NOOP("store", "The backup was not made: {exc}").format(exc=exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp_db.unlink()
        with contextlib.suppress(OSError):
            remove_sidecars(tmp_db)
    try:
        report(60, 100)
        got_plans, got_audits = verify_backup_file(
            path, [keyring.store_key], keyring.store_id, incremental=True,
            progress=lambda done, total: report(80 + 20 * done // max(1, total), 100))
        if (got_plans, got_audits) != (plans, audits):
            raise BackupError(QT_TRANSLATE_NOOP("store", "The backup does not hold the same number of plans as the "
                                                         "store."))
    except (BackupError, StoreError) as exc:
        with contextlib.suppress(OSError):
            path.unlink()
        if isinstance(exc, BackupError):
            raise
        raise BackupError(QT_TRANSLATE_NOOP("store", "The backup could not be verified after writing, so it was "
                                                     "removed. Try again, perhaps on another disk.")) from exc
    if head is not None and int(head[0]) > 0:  # the copy's log verified up to here: so did the store's
        checkpoints.write(conn, keyring, store.audit.signer, verified=(int(head[0]), str(head[1])))
    store.audit.append("backup", detail=f"plans {plans}")
    report(100, 100)
    return BackupInfo(path, keyring.store_id, created_at, path.stat().st_size, plans, audits)


def verify_backup_file(path: Path, keys: Sequence[bytes], store_id: str, *,
                       incremental: bool = False, progress: Progress | None = None) -> tuple[int, int]:
    """Unpack (still encrypted) beside the backup, open, check integrity and audit chain.

    With `incremental`, the chain is checked from the audit checkpoint the backup carries (P14),
    when it has one. Returns (plan count, audit entry count); BackupError when anything is wrong.
    """
    tmp_db = path.parent / f".crisisplan-verify-{secrets.token_hex(6)}.db"
    try:
        header, slots = read_parts(path, tmp_db)
        slot_file = _slot_file(slots)
        if header.store_id != store_id or slot_file.store_id != store_id:
            raise BackupError(QT_TRANSLATE_NOOP("store", "The backup's parts do not belong together. Choose another "
                                                         "backup."))
        conn = _open_any(tmp_db, keys, read_only=True)
        try:
            _check_head(conn, header)
            since = None
            if incremental:  # the newest verified point in a validly signed checkpoint the backup carries
                with contextlib.suppress(StoreError):
                    since = checkpoints.start_point(conn, slot_file, store_id)
            return _check_database(conn, store_id, since=since, progress=progress)
        finally:
            conn.close()
    finally:
        with contextlib.suppress(OSError):
            tmp_db.unlink()
        with contextlib.suppress(OSError):
            remove_sidecars(tmp_db)


def _live_store_id(data_dir: Path) -> str | None:
    """The id of the store in `data_dir`; None when there is none or its key file is unreadable."""
    if not (data_dir / SLOTS_FILE).is_file():
        return None
    try:
        return read_slot_file(data_dir).store_id
    except StoreError:
        return None


def _check_same_store(data_dir: Path, backup_store_id: str, replace_other_store: bool) -> str | None:
    """SEC-06: BackupError unless the backup is of the store in `data_dir` (or there is none), or
    the caller explicitly replaces it. Returns the id of a different store being replaced."""
    live = _live_store_id(data_dir)
    if live is None or live == backup_store_id:
        return None
    if not replace_other_store:
        raise OtherStoreBackupError()
    return live


def restore_backup(data_dir: Path, backup_path: Path, username: str, passphrase: str, *,
                   workstation: str | None = None,
                   authorise: Callable[[tuple[str, ...]], None] | None = None,
                   replace_other_store: bool = False) -> RestoreInfo:
    """Replace the store in `data_dir` by the backup (credentials are those valid IN the backup).

    `authorise`, when given, is called with the user's roles in the backup before anything is
    swapped in; it raises to refuse (roles are enforced by the services, not here).

    The backup is verified completely in a staging folder first; if anything is wrong the live
    store is left byte-for-byte untouched. The live store is kept as `*.before-restore-<UTC>`.

    SEC-06: a backup of a DIFFERENT store is refused unless `replace_other_store` (an explicit,
    separate act, still needing credentials valid in that backup). The swap holds the folder's
    OS lock exclusively; sessions open on the old files then refuse to save (StoreRestoredError).
    """
    from .store import default_workstation

    check_sqlcipher()
    data_dir, backup_path = Path(data_dir), Path(backup_path)
    finish_pending_restore(data_dir)
    make_private_dir(data_dir)
    staging = data_dir / f".restore-{secrets.token_hex(6)}"
    make_private_dir(staging)
    try:
        header, slots_bytes = read_parts(backup_path, staging / DB_FILE)
        restrict(staging / DB_FILE, FILE_MODE)
        if header.schema_version > latest_version():
            raise BackupError(QT_TRANSLATE_NOOP("store", "This backup was made by a newer version of crisisplan. "
                              "Install the newer version to restore it."))
        slots = _slot_file(slots_bytes)
        if slots.store_id != header.store_id:
            raise BackupError(QT_TRANSLATE_NOOP("store", "The backup's parts do not belong together. Choose another "
                                                         "backup."))
        replaced = _check_same_store(data_dir, header.store_id, replace_other_store)
        by_recovery = username == RECOVERY
        slot = slots.find(RECOVERY, RECOVERY) if by_recovery else slots.find(USER, username)
        if slot is None:
            dummy_derivation(slots.iterations)
            raise WrongCredentialsError(QT_TRANSLATE_NOOP("store", "The username or passphrase is not right for this "
                                                                   "backup. Use a username and passphrase that were "
                                                                   "valid when it was made."))
        try:
            secret = canonical_recovery_key(passphrase) if by_recovery else passphrase
            unlocked = unlock_slot_keys(slots.store_id, slot, secret)
            keys = unlocked["store"]
        except DamagedStoreError as exc:
            raise BackupError(QT_TRANSLATE_NOOP("store", "The backup's key file is damaged. "
                                                         "Choose another backup.")) from exc
        conn = _open_any(staging / DB_FILE, keys, read_only=False)
        try:
            _check_head(conn, header)
            plans, audits = _check_database(conn, header.store_id)
            if by_recovery:
                roles: tuple[str, ...] = ("admin",)  # the recovery pseudo-user, as in Store.open_with_recovery_key
            else:
                with mapped_errors():
                    row = conn.execute("SELECT roles FROM users WHERE username = ? AND active = 1",
                                       (username,)).fetchone()
                if row is None:
                    raise WrongCredentialsError(QT_TRANSLATE_NOOP("store", "That user was removed before this backup "
                                                                           "was made. Use another user's passphrase "
                                                                           "or the recovery key."))
                roles = tuple(json.loads(row[0]))
            if authorise is not None:
                authorise(roles)
            actor = Actor(username, roles, workstation or default_workstation())
            detail = f"backup made {header.created_at}" + (f"; replaced store {replaced}" if replaced else "")
            with transaction(conn):
                log = AuditLog(conn, actor, header.store_id)
                private = unlocked.get(AUDIT, [None])[0]
                if private is not None and schema_version(conn) >= latest_version():
                    log.signer = Signer(username, private, header.store_id)  # a user's entry, signed
                log.append("restore", detail=detail)
                adopt_folder_failures(conn, data_dir)
            with mapped_errors():
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        with mapped_errors():
            (staging / SLOTS_FILE).write_bytes(slots_bytes)
            restrict(staging / SLOTS_FILE, FILE_MODE)
            fsync_file(staging / SLOTS_FILE)
            fsync_file(staging / DB_FILE)
            fsync_dir(staging)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        with exclusive(data_dir):
            if _check_same_store(data_dir, header.store_id, replace_other_store) != replaced:
                raise BackupError(QT_TRANSLATE_NOOP("store", "The store in the folder changed while the backup was "
                                                             "being checked. Nothing was restored; try again."))
            previous = swap_in(data_dir, staging, stamp, DB_FILE, SLOTS_FILE)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return RestoreInfo(header.store_id, header.created_at, plans, audits + 1, previous)


def _slot_file(data: bytes) -> SlotFile:
    try:
        return SlotFile.from_bytes(data)
    except NotAStoreError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("store", "The backup's key file is damaged. "
                                                     "Choose another backup.")) from exc


def _open_any(path: Path, keys: Sequence[bytes], *, read_only: bool) -> Connection:
    for key in keys:
        try:
            return open_database(path, key, read_only=read_only)
        except KeyRejected:
            continue
        except DamagedStoreError as exc:
            raise BackupError(QT_TRANSLATE_NOOP("store", "The backup's database is damaged. "
                                                         "Choose another backup.")) from exc
    raise BackupError(QT_TRANSLATE_NOOP("store", "The backup's database is damaged or does not match its key file. "
                      "Choose another backup."))


def _check_database(conn: Connection, store_id: str, *, since: tuple[int, str] | None = None,
                    progress: Progress | None = None) -> tuple[int, int]:
    try:
        with mapped_errors():
            for pragma in ("integrity_check", "cipher_integrity_check"):
                bad = [r for r in conn.execute(f"PRAGMA {pragma}").fetchall() if str(r[0]).lower() != "ok"]
                if bad:
                    raise BackupError(QT_TRANSLATE_NOOP("store", "The backup's database is damaged. Choose another "
                                                                 "backup."))
            row = conn.execute("SELECT value FROM store_info WHERE key = 'store_id'").fetchone()
            if row is None or str(row[0]) != store_id:
                raise BackupError(QT_TRANSLATE_NOOP("store", "The backup's parts do not belong together. Choose "
                                                             "another backup."))
            plans = int(conn.execute("SELECT count(*) FROM plans").fetchone()[0])
        verification = verify_log(conn, store_id, since=since, progress=progress)
    except DamagedStoreError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("store", "The backup's database is damaged. "
                                                     "Choose another backup.")) from exc
    if not verification.ok:
        raise BackupError(QT_TRANSLATE_NOOP("store", "The backup's audit log does not verify: it may have been "
                                                     "tampered with. Choose another backup."))
    return plans, verification.count


def _check_head(conn: Connection, header: BackupHeader) -> None:
    """The audit head recorded in the backup's header is the database's own (SEC-06)."""
    if header.audit_count is None:
        return  # a backup made before heads were recorded
    with mapped_errors():
        row = conn.execute("SELECT count, hash FROM audit_head WHERE id = 1").fetchone()
    if row is None or (int(row[0]), str(row[1])) != (header.audit_count, header.audit_head):
        raise BackupError(QT_TRANSLATE_NOOP("store", "The backup's header does not match its audit log: it may have "
                                                     "been tampered with. Choose another backup."))


def _write_container(path: Path, header: BackupHeader, slots: bytes, db: Path) -> None:
    """The backup file, written atomically (header, key slots, then the encrypted database)."""
    with mapped_errors(), atomic_file(path) as out, open(db, "rb") as src:
        out.write(encode_header(header))
        out.write(slots)
        while chunk := src.read(_CHUNK):
            out.write(chunk)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
