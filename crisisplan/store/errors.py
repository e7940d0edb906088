"""Errors raised by the store, and the ONE place that maps SQLite/OS errors onto them.

Every message is plain English, says what happened and what to do next, and never contains
clinical data, passphrases or keys. Known environment problems (wrong passphrase, disk full,
locked, corrupt) become a `StoreError`; anything else is a bug and propagates unchanged.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

from sqlcipher3 import dbapi2

from crisisplan.i18n import QT_TRANSLATE_NOOP


class StoreError(Exception):
    """Base class: a known problem with the store, with a plain-English message."""


class NotAStoreError(StoreError):
    """The folder holds no crisisplan store, or its files are not a crisisplan store."""

    def __init__(self, message: str = QT_TRANSLATE_NOOP("store", "There is no crisisplan store in this folder. "
                 "Choose the folder that holds your store, create a new store, or restore a backup.")) -> None:
        super().__init__(message)


class StoreRestoredError(StoreError):
    """SEC-06: the store was restored (or replaced) while this session had it open."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("store", "The store was restored from a backup while you had it open, so "
                                                    "this change was NOT saved. Close the store and reopen it (sign "
                                                    "in again) to continue."))


class StoreExistsError(StoreError):
    def __init__(self, message: str = QT_TRANSLATE_NOOP("store", "A crisisplan store already exists in this folder. "
                 "Open it instead, or choose an empty folder for a new store.")) -> None:
        super().__init__(message)


class WrongCredentialsError(StoreError):
    def __init__(self, message: str = QT_TRANSLATE_NOOP("store", "The username or passphrase is not right. "
                 "Check them (and the Caps Lock key) and try again.")) -> None:
        super().__init__(message)


class TooManyAttemptsError(WrongCredentialsError):
    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(
            QT_TRANSLATE_NOOP("store", "Too many failed attempts to unlock the store. Wait {max} seconds, then try "
                                       "again.").format(max=max(1, round(retry_after)))
        )


class DamagedStoreError(StoreError):
    def __init__(self, message: str = QT_TRANSLATE_NOOP("store", "The store is damaged and cannot be read. "
                 "Restore it from your most recent backup.")) -> None:
        super().__init__(message)


class StoreBusyError(StoreError):
    def __init__(self, message: str = QT_TRANSLATE_NOOP("store", "The store is busy: another crisisplan window or "
                                                                 "program is using it. Wait a moment and try again, "
                                                                 "or close the other window.")) -> None:
        super().__init__(message)


class NotSavedError(StoreError):
    def __init__(self, reason: str = QT_TRANSLATE_NOOP("store", "the store could not be written to")) -> None:
        super().__init__(QT_TRANSLATE_NOOP("store", "Not saved: {reason}. Your earlier saved work is safe. Fix the "
                                                    "problem and save again.")
                         .format(reason=reason))


class UnsupportedSqlcipherError(StoreError):
    pass


class NotFoundError(StoreError):
    pass


class ConflictError(StoreError):
    pass


class BackupError(StoreError):
    pass



class OtherStoreBackupError(BackupError):
    """SEC-06: the backup is of a different store than the one in the folder (refused unless the
    restore is explicitly asked to replace the store with another one)."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("store", "This backup is of a different store, so it was not restored and nothing was "
                                       "changed. To replace this store with that other one on purpose, sign in with "
                                       "that store's credentials and use 'restore --replace-with-other-store'."))

class AuditChainError(StoreError):
    pass


class KeyNotHeldError(StoreError):
    """The signed-in user's slot does not hold the key this needs (docs/security.md): a role
    they were not given, or a grant only a holder of that key can make."""


class InvalidInputError(StoreError, ValueError):
    """A value given to the store is not acceptable (e.g. a username with spaces)."""


_DISK_FULL = "the disk is full (free some space)"
_READ_ONLY = "the store's folder is read-only (check the folder's permissions or the disk's write switch)"
_IO = "the disk could not be written to (check the disk or the folder's permissions)"


def map_sqlite_error(exc: dbapi2.Error) -> StoreError | None:
    """The StoreError for a known environment error, or None when the error looks like a bug."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = int(code) & 0xFF
    if primary in (dbapi2.SQLITE_BUSY, dbapi2.SQLITE_LOCKED):
        return StoreBusyError()
    if primary == dbapi2.SQLITE_FULL:
        return NotSavedError(_DISK_FULL)
    if primary in (dbapi2.SQLITE_READONLY, dbapi2.SQLITE_PERM):
        return NotSavedError(_READ_ONLY)
    if primary == dbapi2.SQLITE_IOERR:
        return NotSavedError(_IO)
    if primary in (dbapi2.SQLITE_CORRUPT, dbapi2.SQLITE_NOTADB):
        return DamagedStoreError()
    if primary == dbapi2.SQLITE_CANTOPEN:
        return StoreError("The store's files could not be opened. Check that the folder exists "
                          "and that you may read and write it.")
    return None


def map_os_error(exc: OSError) -> StoreError | None:
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
        return NotSavedError(_DISK_FULL)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return NotSavedError(_READ_ONLY)
    if exc.errno == errno.EIO:
        return NotSavedError(_IO)
    return None


@contextmanager
def mapped_errors() -> Iterator[None]:
    """Turn known SQLite and OS environment errors into StoreErrors; let bugs through unchanged."""
    try:
        yield
    except dbapi2.Error as exc:
        mapped = map_sqlite_error(exc)
        if mapped is None:
            raise
        raise mapped from exc
    except OSError as exc:
        mapped_os = map_os_error(exc)
        if mapped_os is None:
            raise
        raise mapped_os from exc
    except MemoryError as exc:
        # SQLCipher answers a page it cannot authenticate, met while committing, with SQLITE_NOMEM (the
        # pager's codec returns nothing), which Python's sqlite module raises as MemoryError. Found by
        # tests/store/test_damage.py; a real shortage of memory inside SQLite on this store's small
        # pages is far less likely, and either way nothing was written.
        raise DamagedStoreError() from exc
