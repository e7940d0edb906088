"""Audit checkpoints: "the chain was verified in full up to entry N, whose hash is H" (P14).

Verifying a million-entry chain takes seconds; after one full verification the store records a
checkpoint, and the backup's check then verifies only the entries after it (plus the checkpoint's
own entry, which must still be there with the same hash). `verify-audit` stays a full check.

This checkpoint is NOT signed yet: anyone who holds the store key could write one over a
rewritten chain, exactly as they could rewrite the chain itself today. The signed audit of SEC-03
(per-user signatures, kept by the keys work) is meant to sign checkpoints: `write_checkpoint`
and `read_checkpoint` are the one place to add and check that signature (`AuditCheckpoint.signature`
is carried through unchanged)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .audit import _COLUMNS, AuditVerification, genesis_hash, row_hash
from .database import Connection, transaction
from .errors import mapped_errors
from .failures import utc_now_iso

CHECKPOINT_SETTING = "audit_checkpoint"
PROGRESS_EVERY = 10_000

Progress = Callable[[int, int], None]
"""progress(entries checked so far, entries to check)."""


@dataclass(frozen=True)
class AuditCheckpoint:
    id: int
    hash: str
    at: str
    signature: str | None = None


def read_checkpoint(conn: Connection) -> AuditCheckpoint | None:
    with mapped_errors():
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (CHECKPOINT_SETTING,)).fetchone()
    if row is None:
        return None
    try:
        doc: dict[str, Any] = json.loads(str(row[0]))
        return AuditCheckpoint(int(doc["id"]), str(doc["hash"]), str(doc["at"]), doc.get("signature"))
    except (ValueError, KeyError, TypeError):
        return None  # an unreadable checkpoint is no checkpoint: the next check is a full one


def write_checkpoint(conn: Connection, entry_id: int, entry_hash: str) -> AuditCheckpoint:
    """Record that the chain verified in full up to `entry_id` (call only after a full verify)."""
    checkpoint = AuditCheckpoint(entry_id, entry_hash, utc_now_iso())
    with transaction(conn):
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                     "value = excluded.value", (CHECKPOINT_SETTING, json.dumps(checkpoint.__dict__)))
    return checkpoint


def verify_chain(conn: Connection, store_id: str, *, since: AuditCheckpoint | None = None,
                 progress: Progress | None = None) -> AuditVerification:
    """Verify the chain from the start, or from `since` (its entry must be unchanged); the head
    must match the last entry either way. `count` is the number of entries in the log."""
    problems: list[str] = []
    with mapped_errors():
        head = conn.execute("SELECT count, hash FROM audit_head WHERE id = 1").fetchone()
        head_count, head_hash = (int(head[0]), str(head[1])) if head else (0, genesis_hash(store_id))
        prev, expected_id, start = genesis_hash(store_id), 1, 0
        if since is not None and since.id > 0:
            row = conn.execute(f"SELECT {_COLUMNS} FROM audit WHERE id = ?", (since.id,)).fetchone()  # noqa: S608
            if row is None or str(row[12]) != since.hash or row_hash(tuple(row)) != since.hash:
                problems.append(f"Audit entry {since.id}, verified earlier, has been changed or removed.")
            prev, expected_id, start = since.hash, since.id + 1, since.id
        total = max(0, head_count - start)
        checked = 0
        cursor = conn.execute(f"SELECT {_COLUMNS} FROM audit WHERE id > ? ORDER BY id", (start,))  # noqa: S608
        for raw in cursor:
            row = tuple(raw)
            if row[0] != expected_id:
                problems.append(f"Audit entries before entry {row[0]} are missing.")
            if row[11] != prev:
                problems.append(f"Audit entry {row[0]} does not follow on from the entry before it.")
            if row_hash(row) != row[12]:
                problems.append(f"Audit entry {row[0]} has been changed.")
            prev, expected_id = str(row[12]), int(row[0]) + 1
            checked += 1
            if progress is not None and checked % PROGRESS_EVERY == 0:
                progress(checked, total)
    last_id = expected_id - 1
    if head_count != last_id or head_hash != prev:
        problems.append(f"The audit log should hold {head_count} entries ending in a known entry, "
                        f"but holds {last_id}: entries were removed or changed.")
    if progress is not None:
        progress(checked, total)
    return AuditVerification(ok=not problems, count=last_id, problems=problems)
