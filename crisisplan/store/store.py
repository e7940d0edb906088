"""`Store`: create, unlock and manage the encrypted store in one data folder.

Files in the data folder: `crisisplan.db` (SQLCipher, WAL), `keyslots.json` (wrapped store key
per user plus the recovery slot), `unlock-failures.json` (KEY-08 bookkeeping, no secrets).
They are created only by `Store.create` (or a restore); a missing store is never recreated.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import socket
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from crisisplan.i18n import QT_TRANSLATE_NOOP

from . import audit_checkpoint as checkpoints
from . import search_rows
from .audit import AuditLog, AuditVerification
from .audit_keys import AUDIT, SLOT_KEK, new_private
from .audit_session import establish_signer
from .audit_sign import Signer
from .audit_verify import verify_log
from .backup_format import BackupInfo
from .database import Connection, GuardedConnection, check_sqlcipher
from .database import transaction as _transaction
from .drafts import DraftRepository, MetaRepository
from .errors import (
    DamagedStoreError,
    InvalidInputError,
    KeyNotHeldError,
    NotAStoreError,
    StoreError,
    StoreExistsError,
    StoreRestoredError,
    WrongCredentialsError,
    mapped_errors,
)
from .failures import UNKNOWN_USER, UnlockFailures
from .fsutil import atomic_write_bytes, fsync_dir, make_private_dir
from .grants import ALL_KEYS, effective_roles, keys_for
from .keylayout import can_upgrade, layout_rows, layout_version, select_current, store_iterations, upgrade
from .keyring import SLOTS_FILE, Keyring, read_slot_file
from .keys import (
    ADMIN,
    CLINICAL,
    ISSUER,
    RECOVERY,
    STORE,
    USER,
    SlotFile,
    calibrate_kdf_iterations,
    check_iterations,
    dummy_derivation,
    make_slot,
    new_store_key,
    unlock_slot_keys,
)
from .migrations import migrate
from .model import Actor, check_new_username, check_passphrase, check_roles
from .oslock import WRITE_WAIT, FolderLock, file_identity
from .partners import PartnerRepository
from .plans import PlanRepository
from .recovery import canonical_recovery_key
from .recovery import new_recovery_key as _new_recovery_key
from .restore_journal import finish_pending_restore, restore_pending
from .rotation import due_here, load_retired, mark_due, rotate_keys
from .sharing import SharingRepository
from .unlock import housekeeping, initialise_database, open_first, record_failure
from .users import UserRepository

DB_FILE = "crisisplan.db"
Progress = Callable[[str], None]
RECOVERY_ROLES = ("admin",)


def default_workstation() -> str:
    try:
        return socket.gethostname() or "unknown"
    except OSError:
        return "unknown"


class Store:
    def __init__(self, data_dir: Path, conn: Connection, keyring: Keyring, actor: Actor) -> None:
        self.data_dir = data_dir
        self._conn: Connection | None = conn
        self._keyring = keyring
        self.actor = actor
        self.warnings: list[str] = []
        """What the unlock found and the user must be told (e.g. audit entries missing)."""
        keyring.sealing = self.named_keys
        self.audit = AuditLog(conn, actor, keyring.store_id, keyring)
        self.plans = PlanRepository(conn, actor, self.audit,
                                    full_text=CLINICAL in keyring.held() or not self.named_keys, keys=keyring)
        self.users = UserRepository(conn, actor, self.audit, keyring)
        self.drafts = DraftRepository(conn, actor, keyring)
        self.meta = MetaRepository(conn)
        self.sharing = SharingRepository(conn, self.audit, keyring)
        self.partners = PartnerRepository(conn, self.audit)
        self._lock = FolderLock(data_dir)
        self._identity = file_identity(data_dir / DB_FILE)

    def _watch(self, identity: tuple[int, int] | None) -> None:
        """SEC-06: from now on every write transaction holds the folder lock (shared) and first
        checks that `crisisplan.db` is still the file this store opened (`identity`)."""
        self._identity = identity
        if isinstance(self._conn, GuardedConnection):
            self._conn.write_guard = self._write_guard

    @contextlib.contextmanager
    def _write_guard(self) -> Iterator[None]:
        with self._lock.hold(exclusive=False, wait=WRITE_WAIT):
            if file_identity(self.data_dir / DB_FILE) != self._identity:
                raise StoreRestoredError()
            yield

    @property
    def named_keys(self) -> bool:
        """True once the store has the key layout of docs/security.md (roles follow keys)."""
        return layout_version(self.connection) >= 2

    @property
    def keys(self) -> Keyring:
        """The keys this user holds: `keys.seal(kind, plaintext)` / `keys.unseal(blob)` for
        private-key columns (see sealing.py)."""
        return self._keyring

    # ---- creating and opening ------------------------------------------------------------
    @staticmethod
    def exists(data_dir: Path) -> bool:
        data_dir = Path(data_dir)
        files = (data_dir / DB_FILE).is_file() and (data_dir / SLOTS_FILE).is_file()
        return files or restore_pending(data_dir)

    @classmethod
    def create(cls, data_dir: Path, username: str, display_name: str, roles: Sequence[str],
               passphrase: str, *, kdf_iterations: int | None = None,
               workstation: str | None = None) -> tuple[Store, str]:
        """Create a new store; returns it (open) and the recovery key, to be shown once."""
        check_sqlcipher()
        data_dir = Path(data_dir)
        check_new_username(username)
        role_tuple = check_roles(roles)
        check_passphrase(passphrase)
        if cls.exists(data_dir) or (data_dir / DB_FILE).exists() or (data_dir / SLOTS_FILE).exists():
            raise StoreExistsError()
        iterations = calibrate_kdf_iterations() if kdf_iterations is None else kdf_iterations
        try:
            check_iterations(iterations)
        except ValueError:
            raise InvalidInputError(QT_TRANSLATE_NOOP("store", "The key derivation cost is outside the allowed "
                                                               "range.")) from None
        workstation = workstation or default_workstation()
        store_key, store_id, recovery_key = new_store_key(), uuid.uuid4().hex, _new_recovery_key()
        keys = {STORE: store_key, CLINICAL: new_store_key(), ISSUER: new_store_key(), ADMIN: new_store_key()}
        audit_private = new_private()
        slots = SlotFile(store_id, iterations, (
            make_slot(store_id, USER, username, passphrase, iterations,
                      {n: [keys[n]] for n in sorted(keys_for(role_tuple))}, audit_key=audit_private),
            make_slot(store_id, RECOVERY, RECOVERY, canonical_recovery_key(recovery_key), iterations,
                      {n: [keys[n]] for n in sorted(ALL_KEYS)}),
        ))
        make_private_dir(data_dir)
        staging = data_dir / f".creating-{secrets.token_hex(6)}"
        make_private_dir(staging)
        try:
            actor = Actor(username, role_tuple, workstation)
            signer = Signer(username, audit_private, store_id)
            count, head = initialise_database(staging / DB_FILE, store_key, store_id, actor, display_name,
                                              layout_rows(keys, iterations), signer)
            slots = checkpoints.with_first(slots, signer, count, head)  # the creator's first checkpoint
            atomic_write_bytes(staging / SLOTS_FILE, slots.to_bytes())
            if (data_dir / DB_FILE).exists() or (data_dir / SLOTS_FILE).exists():
                raise StoreExistsError()
            with mapped_errors():
                os.replace(staging / DB_FILE, data_dir / DB_FILE)
                os.replace(staging / SLOTS_FILE, data_dir / SLOTS_FILE)
                fsync_dir(data_dir)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        held = {n: [keys[n]] for n in keys_for(role_tuple)} | {AUDIT: [audit_private]}
        store = cls._open_with_keys(data_dir, read_slot_file(data_dir), held, username, workstation, new_store=True)
        return store, recovery_key

    @classmethod
    def open(cls, data_dir: Path, username: str, passphrase: str, *, workstation: str | None = None) -> Store:
        """Unlock with a user's passphrase. See errors.py for what can go wrong."""
        data_dir, slots, failures, workstation = cls._before_unlock(Path(data_dir), workstation)
        slot = slots.find(USER, username) if isinstance(username, str) else None
        bucket = username if slot is not None else UNKNOWN_USER
        failures.check_allowed(bucket)
        try:
            if slot is None:
                dummy_derivation(slots.iterations)  # range-checked when the file was read
                raise WrongCredentialsError()
            keys = unlock_slot_keys(slots.store_id, slot, passphrase)
        except WrongCredentialsError:
            record_failure(failures, bucket, workstation)
            raise
        return cls._open_with_keys(data_dir, slots, keys, username, workstation)

    @classmethod
    def open_with_recovery_key(cls, data_dir: Path, recovery_key: str, *,
                               workstation: str | None = None) -> Store:
        """Unlock with the recovery key; the actor is the pseudo-user "recovery" with the admin role."""
        data_dir, slots, failures, workstation = cls._before_unlock(Path(data_dir), workstation)
        slot = slots.find(RECOVERY, RECOVERY)
        failures.check_allowed(RECOVERY)
        try:
            canonical = canonical_recovery_key(recovery_key)
            if slot is None:
                raise WrongCredentialsError(QT_TRANSLATE_NOOP("store", "This store has no recovery key. Open it with "
                                                                       "a passphrase."))
            keys = unlock_slot_keys(slots.store_id, slot, canonical)
        except WrongCredentialsError:
            record_failure(failures, RECOVERY, workstation)
            raise
        return cls._open_with_keys(data_dir, slots, keys, None, workstation)

    @classmethod
    def _before_unlock(cls, data_dir: Path, workstation: str | None
                       ) -> tuple[Path, SlotFile, UnlockFailures, str]:
        check_sqlcipher()
        finish_pending_restore(data_dir)
        if not (data_dir / SLOTS_FILE).is_file():
            raise NotAStoreError()
        slots = read_slot_file(data_dir)
        if not (data_dir / DB_FILE).is_file():
            raise NotAStoreError(QT_TRANSLATE_NOOP("store", "The store's database file (crisisplan.db) is missing "
                                                            "from this folder. Restore the store from a backup."))
        failures = UnlockFailures(data_dir)
        return data_dir, slots, failures, workstation or default_workstation()

    @classmethod
    def _open_with_keys(cls, data_dir: Path, slots: SlotFile, keys: dict[str, list[bytes]],
                        username: str | None, workstation: str, *, new_store: bool = False) -> Store:
        identity = file_identity(data_dir / DB_FILE)  # before opening: a swap in between fails safe
        kek, audit_key = keys.pop(SLOT_KEK, [None])[0], keys.pop(AUDIT, [None])[0]
        conn, used = open_first(data_dir / DB_FILE, keys[STORE])
        try:
            migrate(conn)
            with mapped_errors():
                row = conn.execute("SELECT value FROM store_info WHERE key = 'store_id'").fetchone()
            if row is None or str(row[0]) != slots.store_id:
                raise DamagedStoreError(QT_TRANSLATE_NOOP("store", "The store's key file does not belong to its "
                                                                   "database. Restore the store from a backup."))
            keyring = Keyring(data_dir, slots.store_id, used, keys)
            if username is None:
                claimed: tuple[str, ...] = RECOVERY_ROLES
            else:
                with mapped_errors():
                    user = conn.execute("SELECT roles FROM users WHERE username = ? AND active = 1",
                                        (username,)).fetchone()
                if user is None:  # a slot left by an interrupted add/remove: not a user
                    housekeeping(conn, keyring, slots, used, None)
                    raise WrongCredentialsError()
                claimed = tuple(json.loads(user[0]))
            if layout_version(conn) < 2 and can_upgrade(username, claimed):
                upgrade(conn, keyring, AuditLog(conn, Actor(username or RECOVERY, claimed, workstation),
                                                slots.store_id), data_dir)
            roles = claimed
            if layout_version(conn) >= 2:
                select_current(conn, keyring)
                load_retired(conn, keyring)
                roles = effective_roles(claimed, keyring.held())
            keyring.kdf_iterations = store_iterations(conn, slots)
            store = cls(data_dir, conn, keyring, Actor(username or RECOVERY, roles, workstation))
            # after cls(): it tells the keyring whether the store seals (and so blinds) clinical text
            search_rows.rebuild_if_due(conn, keyring.unseal, search_rows.body_function(keyring))
            store._watch(identity)
            fresh, before = False, list[str]()
            if username is not None:  # the recovery key signs nothing: its entries are "system" entries
                fresh, before = establish_signer(conn, keyring, store.audit, username, kek, audit_key)
            store.warnings = housekeeping(conn, keyring, slots, used, store.audit, username,
                                          fresh=[username] if (fresh or new_store) and username else [],
                                          warnings_before=before)
            if due_here(conn, keyring, store.named_keys):  # interrupted, or left for a key holder
                try:
                    store.rotate_keys()
                except StoreError:  # e.g. a full disk: sign in all the same, and try again next time
                    store.warnings.append("The store's keys are due to be changed (a user was removed or a "
                                          "passphrase or the recovery key replaced) but could not be changed "
                                          "now; this is tried again at the next sign-in.")
        except BaseException:
            conn.close()
            raise
        return store

    # ---- properties and lifetime ---------------------------------------------------------
    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise StoreError(QT_TRANSLATE_NOOP("store", "The store is closed. Unlock it again to continue."))
        return self._conn

    @property
    def kdf_iterations(self) -> int:
        return self._keyring.iterations

    @property
    def store_id(self) -> str:
        return self._keyring.store_id

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def transaction(self) -> contextlib.AbstractContextManager[Connection]:
        return _transaction(self.connection)

    def close(self) -> None:
        """Write the audit checkpoint, close the database and drop the keys; safe to call twice."""
        if self._conn is not None:
            with contextlib.suppress(StoreError):
                checkpoints.write(self._conn, self._keyring, self.audit.signer)
        conn, self._conn = self._conn, None
        self._keyring.drop()
        self._lock.close()
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- maintenance ---------------------------------------------------------------------
    def integrity_check(self) -> list[str]:
        """Problems found by SQLite's and SQLCipher's integrity checks ([] when all is well)."""
        problems: list[str] = []
        for pragma in ("integrity_check", "cipher_integrity_check"):
            try:
                with mapped_errors():
                    rows = self.connection.execute(f"PRAGMA {pragma}").fetchall()
            except DamagedStoreError:
                problems.append("The database is damaged: part of it cannot be read.")
                continue
            problems.extend(str(r[0]) for r in rows if str(r[0]).lower() != "ok")
        return problems

    def verify_audit(self, *, full: bool = False,
                     progress: Callable[[int, int], None] | None = None) -> AuditVerification:
        """Check the audit chain from where it was last found intact (all of it when `full`), then
        record how far it is intact now, in the key file (SEC-03, P14)."""
        conn, slots = self.connection, self._keyring.load()
        since = None if full else checkpoints.start_point(conn, slots, self.store_id)
        result = verify_log(conn, self.store_id, since=since, progress=progress,
                            checkpoint_lines=checkpoints.state_lines(conn, slots, self.store_id))
        if result.ok:
            count, head = AuditLog.head(conn)
            if count == result.count:
                checkpoints.write(conn, self._keyring, self.audit.signer, verified=(count, head))
        return result

    def rotate_store_key(self, progress: Progress | None = None) -> None:
        """Rotate the database key now (and any other key already due that this user holds)."""
        with _transaction(self.connection) as conn:
            mark_due(conn, ())
        self.rotate_keys(progress)

    def rotate_keys(self, progress: Progress | None = None, *, reason: str = "") -> frozenset[str]:
        """Rotate every key that is due (rotation.py) and that this user holds: new keys for every
        remaining holder, everything sealed under the old ones re-sealed, the old ones unwrapped,
        the database re-encrypted. Kill-safe (KEY-05). Returns the names rotated. Close the store in
        other windows first: they keep the old keys until they reopen it."""
        with self._write_guard():
            return rotate_keys(self.connection, self._keyring, self.audit, self.data_dir / DB_FILE,
                               named=self.named_keys, report=progress or (lambda _step: None), reason=reason)

    def new_recovery_key(self, progress: Progress | None = None) -> str:
        """Replace the recovery slot and rotate the database key; returns the new recovery key
        (show it once). The recovery slot holds every key, so only a user holding every key can
        replace it (an administrator with clinical access, or the recovery key itself)."""
        _ = self._keyring.store_key  # "locked" after close
        missing = ALL_KEYS - self._keyring.held() if self.named_keys else set()
        if missing:
            raise KeyNotHeldError(QT_TRANSLATE_NOOP("store", "Only a user who holds every key (an administrator with "
                                                             "clinical access) can replace the recovery key."))
        key = _new_recovery_key()
        slot = self._keyring.new_recovery_slot(canonical_recovery_key(key))
        before: bytes | None = None
        try:
            with _transaction(self.connection) as conn:
                self.audit.append("recovery-key-replaced")
                mark_due(conn, ALL_KEYS)
                before = self._keyring.put(slot)
        except BaseException:
            if before is not None:
                self._keyring.write_raw(before)
            raise
        self.rotate_keys(progress, reason="recovery key replaced")
        return key

    def mark_audit_verified(self, count: int) -> None:
        """After a successful verification of `count` entries: record it in this user's signed
        checkpoint (P14) so the next check verifies only newer entries. See audit_checkpoint.py."""
        if count <= 0:
            return
        head = AuditLog.hash_at(self.connection, count)
        if head is not None:
            checkpoints.write(self.connection, self._keyring, self.audit.signer, verified=(count, head))

    def backup(self, path: Path, progress: Callable[[int, int], None] | None = None) -> BackupInfo:
        from .backup import write_backup

        return write_backup(self, self._keyring, Path(path), progress)
