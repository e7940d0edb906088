"""The hash-chained audit log (AUD-01, AUD-02).

Each row's hash is SHA-256 over the previous hash and a canonical JSON serialisation of the row.
The chain head (row count and last hash) is kept in `audit_head`, so deleting the last row is
detected too. Triggers forbid UPDATE/DELETE; `verify` still detects edits made after dropping them.
Never pass passphrases, keys or plan field values as `detail`: pass ids and version numbers.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .database import Connection, transaction
from .errors import mapped_errors
from .failures import utc_now_iso
from .model import Actor

if TYPE_CHECKING:
    from .audit_sign import Signer
    from .keyring import Keyring


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    username: str
    roles: tuple[str, ...]
    person: int | None
    action: str
    workstation: str
    detail: str | None
    recipient: str | None
    lawful_basis: str | None
    reason: str | None
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditVerification:
    ok: bool
    count: int
    problems: list[str] = field(default_factory=list)
    by_user: dict[str, list[str]] = field(default_factory=dict)
    """The problems again, under the user they concern ("" for the chain itself)."""
    notes: list[str] = field(default_factory=list)
    """What is not a problem but worth knowing (unsigned entries from before signing began)."""
    checkpoints: list[str] = field(default_factory=list)
    """The state of each user's signed checkpoint in the key file."""


ROLLBACK_ACTION = "audit-rollback-detected"
_COLUMNS = ("id, at, username, roles, person, action, workstation, detail, recipient, lawful_basis, "
            "reason, prev_hash, hash")


def genesis_hash(store_id: str) -> str:
    return hashlib.sha256(f"crisisplan-audit-genesis|{store_id}".encode()).hexdigest()


def row_hash(row: tuple[Any, ...]) -> str:
    """Hash of (id, at, username, roles, person, action, workstation, detail, recipient,
    lawful_basis, reason) chained onto prev_hash (the 12th element)."""
    payload = json.dumps(list(row[:11]), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((row[11] + "\n" + payload).encode("utf-8")).hexdigest()


class AuditLog:
    def __init__(self, conn: Connection, actor: Actor, store_id: str, keys: Keyring | None = None) -> None:
        self._conn = conn
        self._actor = actor
        self._genesis = genesis_hash(store_id)
        self._store_id = store_id
        self._keys = keys  # reasons (clinical text) are sealed under the clinical key when it is held
        self.signer: Signer | None = None
        """The signed-in user's audit key: every entry appended is signed with it (SEC-03)."""

    def append(self, action: str, *, person: int | None = None, detail: str | None = None,
               recipient: str | None = None, lawful_basis: str | None = None,
               reason: str | None = None) -> AuditEntry:
        """Append one entry for the current actor (joins the caller's transaction, if any)."""
        return self.append_as(action, username=self._actor.username, roles=self._actor.roles,
                              workstation=self._actor.workstation, person=person, detail=detail,
                              recipient=recipient, lawful_basis=lawful_basis, reason=reason)

    def append_as(self, action: str, *, username: str, roles: tuple[str, ...], workstation: str,
                  at: str | None = None, person: int | None = None, detail: str | None = None,
                  recipient: str | None = None, lawful_basis: str | None = None,
                  reason: str | None = None) -> AuditEntry:
        """Append an entry on behalf of someone else (e.g. a failed unlock recorded later)."""
        if not action:
            raise ValueError("audit action must not be empty")
        with transaction(self._conn) as conn:
            head = conn.execute("SELECT count, hash FROM audit_head WHERE id = 1").fetchone()
            count, prev = (int(head[0]), str(head[1])) if head else (0, self._genesis)
            last = conn.execute("SELECT max(id) FROM audit").fetchone()[0]
            new_id = int(last or 0) + 1
            stored_reason = reason
            if reason is not None and self._keys is not None:
                stored_reason = self._keys.seal_text("reason", reason, required=False)
            row = (new_id, at or utc_now_iso(), username, ",".join(roles), person, action, workstation,
                   detail, recipient, lawful_basis, stored_reason, prev)
            digest = row_hash(row)
            signed = (None, None) if self.signer is None else (self.signer.username, self.signer.sign_entry(digest))
            conn.execute(f"INSERT INTO audit ({_COLUMNS}, signer, sig) "  # noqa: S608
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (*row, digest, *signed))
            conn.execute("INSERT INTO audit_head (id, count, hash) VALUES (1, ?, ?) "
                         "ON CONFLICT(id) DO UPDATE SET count = excluded.count, hash = excluded.hash",
                         (count + 1, digest))
        return self._opened(_entry((*row, digest)))

    def _opened(self, entry: AuditEntry) -> AuditEntry:
        if entry.reason is None or self._keys is None:
            return entry
        return replace(entry, reason=self._keys.open_text(entry.reason, placeholder=True))

    def entries(self, *, person: int | None = None, limit: int | None = None,
                offset: int = 0) -> list[AuditEntry]:
        """Entries oldest first; only those about `person` (a plan id) when given."""
        where, params = ("WHERE person = ?", [person]) if person is not None else ("", [])
        sql = f"SELECT {_COLUMNS} FROM audit {where} ORDER BY id LIMIT ? OFFSET ?"  # noqa: S608
        with mapped_errors():
            rows = self._conn.execute(sql, (*params, -1 if limit is None else limit, offset)).fetchall()
        return [self._opened(_entry(tuple(r))) for r in rows]

    @staticmethod
    def head(conn: Connection) -> tuple[int, str]:
        """(number of entries, hash of the last) as the chain head records them."""
        with mapped_errors():
            row = conn.execute("SELECT count, hash FROM audit_head WHERE id = 1").fetchone()
        return (int(row[0]), str(row[1])) if row else (0, "")

    @staticmethod
    def hash_at(conn: Connection, entry_id: int) -> str | None:
        with mapped_errors():
            row = conn.execute("SELECT hash FROM audit WHERE id = ?", (entry_id,)).fetchone()
        return None if row is None else str(row[0])

    def newest(self, limit: int, *, before: int | None = None, person: int | None = None) -> list[AuditEntry]:
        """Up to `limit` entries, newest first, older than entry `before` when given (keyset paging:
        the page costs the same at entry 1,000,000 as at entry 100; no OFFSET, no count)."""
        clauses, params = [], []
        if person is not None:
            clauses.append("person = ?")
            params.append(person)
        if before is not None:
            clauses.append("id < ?")
            params.append(before)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"SELECT {_COLUMNS} FROM audit {where} ORDER BY id DESC LIMIT ?"  # noqa: S608
        with mapped_errors():
            rows = self._conn.execute(sql, (*params, max(0, limit))).fetchall()
        return [_entry(tuple(r)) for r in rows]

    def count(self) -> int:
        with mapped_errors():
            return int(self._conn.execute("SELECT count(*) FROM audit").fetchone()[0])

    def verify(self, *, since: tuple[int, str] | None = None,
               progress: Callable[[int, int], None] | None = None) -> AuditVerification:
        """Check the chain and every entry's signature (audit_verify.verify_log): every entry, or
        (`since` = (count, head) of an earlier verification) those after entry `count`, which must
        still have hash `head` (P14). `progress(done, total)` is called every few thousand entries."""
        from .audit_verify import verify_log

        return verify_log(self._conn, self._store_id, since=since, progress=progress)


def _entry(row: tuple[Any, ...]) -> AuditEntry:
    roles = tuple(r for r in str(row[3]).split(",") if r)
    return AuditEntry(int(row[0]), str(row[1]), str(row[2]), roles, row[4], str(row[5]), str(row[6]),
                      row[7], row[8], row[9], row[10], str(row[11]), str(row[12]))
