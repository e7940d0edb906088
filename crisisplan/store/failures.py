"""Failed-unlock bookkeeping (KEY-08), kept outside the database because a failed unlock cannot
open it. The file holds no secrets: counters, times, and the usernames tried (never what was typed
in the username box when no such user exists: that is recorded as "(unknown user)").

Throttling is per user: after 3 consecutive failures for one user (or for the recovery key, or
for unknown usernames together) every further attempt for THAT user must wait 2, 4, 8 ... (at most
60) seconds and is refused without running the key derivation; other users are not slowed down.

The failures are appended to the audit log, with their original times, at the next successful
unlock. The file carries a random `epoch` and a `serial` that counts every failure ever recorded
in it; the store keeps a copy of both (setting `unlock_failures_seen`). At the next unlock, a file
that is missing, replaced (another epoch), rolled back (a lower serial) or has had entries removed
(fewer listed than counted) is recorded in the audit as `unlock-failures-lost`: deleting or editing
the file resets the slow-down, but it cannot make the attempts disappear without a trace.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crisisplan.bounded import read_bounded

from .errors import StoreError, TooManyAttemptsError
from .fsutil import atomic_write_bytes

if TYPE_CHECKING:
    from .audit import AuditLog
    from .database import Connection

FAILURES_FILE = "unlock-failures.json"
FREE_ATTEMPTS = 3
MAX_DELAY = 60.0
MAX_PENDING = 1000
MAX_USERS = 200
MAX_FILE_BYTES = 1024 * 1024
UNKNOWN_USER = "(unknown user)"
SEEN_SETTING = "unlock_failures_seen"


@dataclass(frozen=True)
class PendingFailure:
    at: str
    username: str
    workstation: str
    serial: int = 0


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def delay_after(consecutive: int) -> float:
    if consecutive < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (consecutive - FREE_ATTEMPTS + 1))


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


class UnlockFailures:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FAILURES_FILE

    def load(self) -> dict[str, Any] | None:
        """The file's contents, normalised; None when it is missing or unreadable."""
        try:
            doc = json.loads(read_bounded(self.path, MAX_FILE_BYTES).decode("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(doc, dict):
            return None
        pending = [p for p in doc.get("pending", []) if isinstance(p, dict)][-MAX_PENDING:]
        users = {str(k): v for k, v in doc.get("users", {}).items() if isinstance(v, dict)} \
            if isinstance(doc.get("users"), dict) else {}
        if "epoch" not in doc:  # the version-1 file: one counter for the whole folder
            for n, p in enumerate(pending, 1):
                p["serial"] = n
            return {"epoch": None, "serial": len(pending), "users": users, "pending": pending}
        return {"epoch": str(doc["epoch"]), "serial": _int(doc.get("serial")), "users": users,
                "pending": pending}

    def _doc(self) -> dict[str, Any]:
        return self.load() or {"epoch": None, "serial": 0, "users": {}, "pending": []}

    def check_allowed(self, username: str, now: float | None = None) -> None:
        """TooManyAttemptsError while the slow-down after `username`'s repeated failures is in force."""
        entry = self._doc()["users"].get(username, {})
        now = time.time() if now is None else now
        last = entry.get("last_failure", 0.0)
        last = float(last) if isinstance(last, int | float) else 0.0
        wait = last + delay_after(_int(entry.get("consecutive"))) - now
        if wait > 0:
            raise TooManyAttemptsError(wait)

    def record(self, username: str, workstation: str) -> None:
        doc = self._doc()
        serial = doc["serial"] + 1
        users = doc["users"]
        entry = users.pop(username, {})
        users[username] = {"consecutive": _int(entry.get("consecutive")) + 1, "last_failure": time.time()}
        while len(users) > MAX_USERS:
            users.pop(next(iter(users)))
        pending = doc["pending"][-(MAX_PENDING - 1):]
        pending.append({"at": utc_now_iso(), "username": username[:64], "workstation": workstation[:200],
                        "serial": serial})
        self._write({"epoch": doc["epoch"] or secrets.token_hex(8), "serial": serial, "users": users,
                     "pending": pending})

    def pending(self) -> list[PendingFailure]:
        return [_pending(p) for p in self._doc()["pending"]]

    def settle(self, username: str | None, epoch: str, serial: int) -> None:
        """After a successful unlock whose audit holds every failure up to `serial`: drop those
        entries and `username`'s count, and keep `epoch` so the next unlock can check the file."""
        doc = self._doc()
        if doc["epoch"] not in (None, epoch):
            return  # replaced again meanwhile: the next unlock reports it
        users = doc["users"]
        if username is not None:
            users.pop(username, None)
        pending = [p for p in doc["pending"] if _int(p.get("serial")) > serial]
        self._write({"epoch": epoch, "serial": max(serial, doc["serial"]), "users": users, "pending": pending})

    def _write(self, doc: dict[str, Any]) -> None:
        doc = {"version": 2, **doc}
        atomic_write_bytes(self.path, json.dumps(doc, indent=1).encode("utf-8"))


def _pending(p: dict[str, Any]) -> PendingFailure:
    return PendingFailure(str(p.get("at", "")), str(p.get("username", "")), str(p.get("workstation", "")),
                          _int(p.get("serial")))


def audit_unlock_failures(conn: Connection, audit: AuditLog, data_dir: Path) -> tuple[str, int]:
    """Append the failed unlocks since the last unlock (and any sign that their record was deleted
    or edited) to the audit; record the file's epoch and serial in the store. Call inside the
    unlock's transaction; returns (epoch, serial) for `UnlockFailures.settle` after the commit."""
    failures = UnlockFailures(data_dir)
    doc = failures.load()
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (SEEN_SETTING,)).fetchone()
    seen: dict[str, Any] = {}
    with contextlib.suppress(ValueError, TypeError):
        seen = json.loads(str(row[0])) if row else {}
    if not isinstance(seen, dict):
        seen = {}
    seen_epoch, seen_serial = seen.get("epoch"), _int(seen.get("serial"))
    lost: str | None = None
    if doc is None or doc["epoch"] is None:
        if seen_epoch is not None:
            lost = ("The record of failed sign-ins was deleted or made unreadable since the last sign-in; "
                    "any failed sign-ins in between are not known.")
        epoch = secrets.token_hex(8)
        serial, new = (doc["serial"], doc["pending"]) if doc else (0, [])
    elif seen_epoch is not None and doc["epoch"] != seen_epoch:
        lost = ("The record of failed sign-ins was deleted or replaced since the last sign-in; "
                "failed sign-ins before the replacement are not known.")
        epoch, serial, new = doc["epoch"], doc["serial"], doc["pending"]
    elif doc["serial"] < seen_serial:
        lost = ("The record of failed sign-ins was rolled back to an older copy since the last sign-in; "
                "failed sign-ins in between are not known.")
        epoch, serial, new = doc["epoch"], doc["serial"], doc["pending"]
    else:
        epoch, serial = doc["epoch"], doc["serial"]
        floor = seen_serial if seen_epoch == epoch else 0
        new = [p for p in doc["pending"] if _int(p.get("serial")) > floor]
        missing = (serial - floor) - len(new)
        if missing > 0:
            lost = (f"{missing} failed sign-in(s) were counted since the last sign-in but are not listed in "
                    f"the record of failed sign-ins (their entries were removed, or were beyond the "
                    f"{MAX_PENDING} it keeps).")
    for failure in map(_pending, new):
        audit.append_as("unlock-failed", username=failure.username, roles=(),
                        workstation=failure.workstation, at=failure.at or None)
    if lost is not None:
        audit.append("unlock-failures-lost", detail=lost)
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                 "value = excluded.value", (SEEN_SETTING, json.dumps({"epoch": epoch, "serial": serial})))
    return epoch, serial


def adopt_folder_failures(conn: Connection, data_dir: Path) -> None:
    """For a restore: the store being swapped into `data_dir` takes over the folder's counter file,
    so that its failures not yet audited are audited at the next unlock, and a file written while
    another store (or an older copy) was in the folder is not mistaken for a deleted one."""
    doc = UnlockFailures(data_dir).load()
    if doc is None or doc["epoch"] is None:
        conn.execute("DELETE FROM settings WHERE key = ?", (SEEN_SETTING,))
        return
    serials = [_int(p.get("serial")) for p in doc["pending"]]
    floor = min(serials) - 1 if serials else doc["serial"]
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                 "value = excluded.value", (SEEN_SETTING, json.dumps({"epoch": doc["epoch"], "serial": floor})))


def settle_after_unlock(data_dir: Path, username: str | None, epoch: str, serial: int) -> None:
    with contextlib.suppress(StoreError, OSError):  # a read-only folder must not stop the unlock
        UnlockFailures(data_dir).settle(username, epoch, serial)
