"""Reading a FHIR file named by the user: regular files only (a FIFO or device is refused without
blocking), bounded in bytes (SEC-08). The reading is `crisisplan.bounded`'s, the one bounded
reader; this adapter only turns its refusals into the plan-input errors the FHIR import reports."""

from __future__ import annotations

from pathlib import Path

from crisisplan import bounded
from crisisplan.forms.problems import PlanInputError, Problem


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """At most `max_bytes` of a regular file; PlanInputError (never a traceback) otherwise."""
    try:
        return bounded.read_bounded(path, max_bytes)
    except bounded.NotRegularFileError:
        raise PlanInputError([Problem("", f"{path.name} is not a regular file.")]) from None
    except bounded.InputTooLargeError:
        raise PlanInputError([Problem("", f"{path.name} is larger than {max_bytes // (1024 * 1024)} MB; "
                                          "it is not a crisis plan.")]) from None
    except OSError as exc:
        raise PlanInputError([Problem("", f"Cannot read {path.name}: {exc.strerror or 'unreadable'}.")]) from None
