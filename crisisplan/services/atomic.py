"""Atomic file writes for everything the product exports (EXP-01).

Temp file in the destination folder with owner-only permissions, fsync, rename over the final
name, fsync the folder: a reader never sees a truncated file under the final name, and a failure
leaves no temp file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_bytes_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to `path` atomically. With `durable=False` the fsyncs are left to the caller,
    who must call `sync_files` on the paths before relying on them (bulk re-issue does, once per
    batch, before committing the batch's records)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=".crisisplan-", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), 0o600) if hasattr(os, "fchmod") else None
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if durable and hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def sync_files(paths: list[Path]) -> None:
    """Make files written with `durable=False` (and their folders' entries) durable: one sync of
    the file systems where the platform has it, else an fsync of each file and folder."""
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in paths:  # pragma: no cover - Windows
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())
