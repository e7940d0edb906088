"""Small file-system helpers: atomic writes, directory fsync, restrictive permissions."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from .errors import mapped_errors

FILE_MODE = 0o600
DIR_MODE = 0o700


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (a no-op where the OS cannot do it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and parents) with owner-only permissions where the OS supports it."""
    with mapped_errors():
        folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        restrict(folder, DIR_MODE)


def restrict(path: Path, mode: int = FILE_MODE) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, mode)


def temp_path_beside(path: Path, tag: str = "tmp") -> Path:
    return path.with_name(f".{path.name}.{tag}-{secrets.token_hex(6)}")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never a mix.

    Temp file in the same folder, fsync, os.replace, fsync of the folder. OS errors such as a
    full disk or a read-only folder become NotSavedError; the old file is left as it was.
    """
    tmp = temp_path_beside(path)
    with mapped_errors():
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
            try:
                view = memoryview(data)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        fsync_dir(path.parent)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
