"""Reading a FHIR file named by the user: regular files only (a FIFO or device is refused without
blocking), bounded in bytes (SEC-08)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from crisisplan.forms.problems import PlanInputError, Problem


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """At most `max_bytes` of a regular file; PlanInputError (never a traceback) otherwise."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise PlanInputError([Problem("", f"Cannot read {path.name}: {exc.strerror or 'unreadable'}.")]) from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise PlanInputError([Problem("", f"{path.name} is not a regular file.")])
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise PlanInputError([Problem("", f"Cannot read {path.name}: {exc.strerror or 'unreadable'}.")]) from None
    if len(data) > max_bytes:
        raise PlanInputError([Problem("", f"{path.name} is larger than {max_bytes // (1024 * 1024)} MB; "
                                          "it is not a crisis plan.")])
    return data
