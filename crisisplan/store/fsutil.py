"""Small file-system helpers of the store: atomic writes (the shared `crisisplan.atomic_file`, with
errors mapped), directory fsync, restrictive permissions."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from crisisplan.atomic_file import FILE_MODE, atomic_file, fsync_dir, write_bytes_atomic

from .errors import mapped_errors

__all__ = ["DIR_MODE", "FILE_MODE", "atomic_file", "atomic_write_bytes", "fsync_dir", "fsync_file",
           "make_private_dir", "restrict"]

DIR_MODE = 0o700


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and parents) with owner-only permissions where the OS supports it."""
    with mapped_errors():
        folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        restrict(folder, DIR_MODE)


def restrict(path: Path, mode: int = FILE_MODE) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, mode)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """`crisisplan.atomic_file.write_bytes_atomic` with OS errors (a full disk, a read-only folder)
    mapped onto NotSavedError; the old file is left as it was."""
    with mapped_errors():
        write_bytes_atomic(path, data)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
