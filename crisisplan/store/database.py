"""The SQLCipher connection: version check (ENC-04), the ONE place a database is opened (ENC-03),
and write transactions with errors mapped.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import TypeAlias

import sqlcipher3
from sqlcipher3 import dbapi2

from crisisplan.i18n import QT_TRANSLATE_NOOP

from .errors import (
    DamagedStoreError,
    NotAStoreError,
    UnsupportedSqlcipherError,
    map_sqlite_error,
    mapped_errors,
)
from .keys import sqlcipher_key_pragma_value

PINNED_SQLCIPHER = "4.19.0"
BUSY_TIMEOUT_MS = 5000



class GuardedConnection(dbapi2.Connection):  # type: ignore[misc]
    """A connection whose write transactions run inside `write_guard()` when one is set (SEC-06:
    the store's folder lock and the check that the database file is still the one opened)."""

    write_guard: Callable[[], AbstractContextManager[None]] | None = None


Connection: TypeAlias = dbapi2.Connection


class KeyRejected(Exception):
    """Internal: the database did not open with this key (try the next candidate, if any)."""


def check_sqlcipher() -> str:
    """The bundled SQLCipher version; UnsupportedSqlcipherError unless it is the pinned one with FTS5."""
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        version = str(row[0]).split()[0] if row and row[0] else ""
        options = {str(r[0]) for r in conn.execute("PRAGMA compile_options").fetchall()}
        # SQLCipher logs every failed page decryption to stderr; those are expected here (a key
        # candidate that does not fit, a damaged store) and are reported as exceptions instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()
    if version != PINNED_SQLCIPHER:
        raise UnsupportedSqlcipherError(
            QT_TRANSLATE_NOOP("store", "crisisplan needs SQLCipher {PINNED_SQLCIPHER} but found {value}. Reinstall "
                                       "crisisplan to get the tested version.")
            .format(PINNED_SQLCIPHER=PINNED_SQLCIPHER, value=version or 'no SQLCipher'))
    if "ENABLE_FTS5" not in options:
        raise UnsupportedSqlcipherError(
            QT_TRANSLATE_NOOP("store", "The installed SQLCipher lacks full-text search (FTS5). Reinstall crisisplan."))
    return version


def open_database(path: Path, store_key: bytes, *, create: bool = False,
                  read_only: bool = False) -> Connection:
    """Open (or, only when `create`, create) the encrypted database at `path` with `store_key`.

    The key is the very first statement; the key is then proved by reading `sqlite_master`.
    Raises NotAStoreError when the file is missing (and `create` is false: nothing is created),
    KeyRejected when the key does not decrypt it, DamagedStoreError when it is unreadable.
    """
    if not create and not path.is_file():
        raise NotAStoreError()
    if not create and path.stat().st_size == 0:
        raise DamagedStoreError()
    mode = "ro" if read_only else ("rwc" if create else "rw")
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    with mapped_errors():
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                                  factory=GuardedConnection)
    try:
        conn.execute(f'PRAGMA key = "{sqlcipher_key_pragma_value(store_key)}"')
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError as exc:
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
                raise KeyRejected() from None
            mapped = map_sqlite_error(exc)
            if mapped is None:
                raise
            raise mapped from exc
        with mapped_errors():
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                mode_row = conn.execute("PRAGMA journal_mode = WAL").fetchone()
                if mode_row is None or str(mode_row[0]).lower() != "wal":
                    raise DamagedStoreError()
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA cache_size = -16000")
        if not create:
            _check_not_truncated(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def _check_not_truncated(conn: Connection, path: Path) -> None:
    """A cheap check that the main file holds every page its header promises (INT-01).

    Only meaningful when the write-ahead log is empty (after a clean close); a non-empty log
    may legitimately hold the last pages.
    """
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    with mapped_errors():
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
    if path.stat().st_size < page_size * page_count:
        raise DamagedStoreError()


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction (BEGIN IMMEDIATE ... COMMIT, ROLLBACK on error), errors mapped.

    Nested use joins the outer transaction, so repositories can be composed into one commit.
    """
    if conn.in_transaction:
        yield conn
        return
    guard = getattr(conn, "write_guard", None)
    with guard() if guard is not None else nullcontext(), _transaction(conn):
        yield conn


@contextmanager
def _transaction(conn: Connection) -> Iterator[None]:
    with mapped_errors():
        conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        with mapped_errors():
            conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except dbapi2.Error:
                pass
        if isinstance(exc, dbapi2.Error):
            mapped = map_sqlite_error(exc)
            if mapped is not None:
                raise mapped from exc
        raise


def remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.unlink(side)
