"""Failed-unlock bookkeeping (KEY-08), kept outside the database because a failed unlock cannot
open it. The file holds no secrets: a counter, times, and the usernames tried (not clinical data).

After 3 consecutive failures every further attempt must wait 2, 4, 8 ... (at most 60) seconds;
attempts made before then are refused without running the key derivation. The failures are
appended to the audit log, with their original times, at the next successful unlock.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .errors import TooManyAttemptsError
from .fsutil import atomic_write_bytes

FAILURES_FILE = "unlock-failures.json"
FREE_ATTEMPTS = 3
MAX_DELAY = 60.0
MAX_PENDING = 1000


@dataclass(frozen=True)
class PendingFailure:
    at: str
    username: str
    workstation: str


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def delay_after(consecutive: int) -> float:
    if consecutive < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (consecutive - FREE_ATTEMPTS + 1))


class UnlockFailures:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FAILURES_FILE

    def _load(self) -> dict[str, Any]:
        try:
            doc = json.loads(self.path.read_bytes().decode("utf-8"))
            if isinstance(doc, dict) and isinstance(doc.get("consecutive"), int):
                return doc
        except (OSError, ValueError):
            pass
        return {"consecutive": 0, "last_failure": 0.0, "pending": []}

    def check_allowed(self, now: float | None = None) -> None:
        """TooManyAttemptsError while the slow-down after repeated failures is in force."""
        doc = self._load()
        now = time.time() if now is None else now
        wait = float(doc.get("last_failure", 0.0)) + delay_after(doc["consecutive"]) - now
        if wait > 0:
            raise TooManyAttemptsError(wait)

    def record(self, username: str, workstation: str) -> None:
        doc = self._load()
        pending = [p for p in doc.get("pending", []) if isinstance(p, dict)][-(MAX_PENDING - 1):]
        pending.append({"at": utc_now_iso(), "username": username[:64], "workstation": workstation[:200]})
        doc = {"consecutive": doc["consecutive"] + 1, "last_failure": time.time(), "pending": pending}
        atomic_write_bytes(self.path, json.dumps(doc, indent=1).encode("utf-8"))

    def pending(self) -> list[PendingFailure]:
        out = []
        for p in self._load().get("pending", []):
            if isinstance(p, dict):
                out.append(PendingFailure(str(p.get("at", "")), str(p.get("username", "")),
                                          str(p.get("workstation", ""))))
        return out

    def clear(self) -> None:
        if self.path.exists():
            self.path.unlink()
