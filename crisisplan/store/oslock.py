"""An OS file lock on the data folder (SEC-06): restores against saves.

Every write transaction of an open store holds the lock SHARED (many writers may wait on SQLite
as before); a restore holds it EXCLUSIVE while it swaps the files. A writer that gets the lock
after a restore finds that `crisisplan.db` is no longer the file it opened and refuses to write
("the store was restored, reopen it") instead of saving into the file the restore moved aside.

POSIX: `fcntl.flock` on `crisisplan.lock` in the data folder. Windows: `msvcrt.locking` on its
first byte (exclusive only, so shared holders exclude each other too; Windows also refuses to
rename a database file another process has open, which stops a restore under an open session).
The lock file holds nothing; it is never deleted (deleting it would break the lock's meaning).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from .errors import StoreBusyError
from .fsutil import FILE_MODE

LOCK_FILE = "crisisplan.lock"
WRITE_WAIT = 30.0
"""Seconds a save waits for a restore to finish (a restore's swap takes well under a second)."""
RESTORE_WAIT = 10.0
"""Seconds a restore waits for the saves in progress to commit."""
_POLL = 0.02

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try(fd: int, exclusive: bool) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _release(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _release(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FolderLock:
    """The lock of one data folder, held through one open file descriptor."""

    def __init__(self, data_dir: Path) -> None:
        path = data_dir / LOCK_FILE
        binary = getattr(os, "O_BINARY", 0)
        self._fd: int | None = None
        self._usable = True
        try:
            self._fd = os.open(path, os.O_RDWR | os.O_CREAT | binary, FILE_MODE)
        except OSError:
            try:  # a read-only folder: an existing lock file can still be locked through a read-only handle
                self._fd = os.open(path, os.O_RDONLY | binary)
            except OSError:
                self._usable = False  # nothing can be written here anyway; writes fail on their own
        self._depth = 0

    @contextlib.contextmanager
    def hold(self, *, exclusive: bool, wait: float) -> Iterator[None]:
        """Hold the lock for the `with` block; StoreBusyError after `wait` seconds without it.
        Re-entrant: a nested hold by the same FolderLock joins the outer one."""
        if not self._usable:
            yield
            return
        if self._fd is None:
            raise StoreBusyError()
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        deadline = time.monotonic() + wait
        while not _try(self._fd, exclusive):
            if time.monotonic() >= deadline:
                raise StoreBusyError()
            time.sleep(_POLL)
        self._depth = 1
        try:
            yield
        finally:
            self._depth = 0
            _release(self._fd)

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)


@contextlib.contextmanager
def exclusive(data_dir: Path, wait: float = RESTORE_WAIT) -> Iterator[None]:
    lock = FolderLock(data_dir)
    try:
        with lock.hold(exclusive=True, wait=wait):
            yield
    finally:
        lock.close()


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of `path`, or None when it does not exist: tells a swapped-in file apart."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino
