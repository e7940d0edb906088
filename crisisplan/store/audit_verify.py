"""verify-audit (SEC-03, P14): the hash chain, every entry's signature by its user, the keys'
introductions and the directory, from a signed checkpoint or from the first entry.

Rules (docs/security.md section 5):
- a user's first key is introduced by an `audit-key` entry signed by that key itself (a user's own
  first sign-in with signed audit) or by another user with a valid key (whoever created the user);
- a later key for the same user is valid only when the entry is signed by their previous key; a
  passphrase reset by an administrator therefore shows as a replacement, named, for the IG lead to
  match against the reset entry; a signed `user-remove` ends a user's key (a re-added user starts
  again);
- once a user's key is introduced, every entry in their name must carry their valid signature;
  only `unlock-failed` entries (recorded by the next user's session) may be signed by another user;
- entries by the recovery key are "system" entries, unsigned by design (counted in the notes), and
  so are the failed sign-ins a recovery-key session records (`unlock-failed` in a user's name);
- the directory's key of every user must be the one the log introduced.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .audit import _COLUMNS, ROLLBACK_ACTION, AuditVerification, genesis_hash, row_hash
from .audit_keys import KEY_ACTION, RECOVERY_USER, b64, directory, parse_intro
from .audit_sign import entry_message, signature_ok
from .database import Connection
from .errors import mapped_errors

SCHEMA_V5 = """
ALTER TABLE users ADD COLUMN audit_key TEXT;
CREATE TABLE audit_sig(
    id INTEGER PRIMARY KEY,
    signer TEXT NOT NULL,
    sig BLOB NOT NULL
);
CREATE INDEX audit_sig_by_signer ON audit_sig(signer, id);
CREATE INDEX audit_key_events ON audit(id) WHERE action IN ('audit-key', 'user-remove');
"""
# Schema 6 (P13): the signature moves into the entry's own row, so an append writes one table page
# instead of three (audit_sig's leaf and its by-signer index). Only sign-ins and key introductions are
# indexed by signer: the one question asked by signer (has a user without a checkpoint signed in?,
# audit_checkpoint.py) starts there. The signature is not part of the row's hash (it signs the hash).
SIGN_INS = "action IN ('unlock', 'audit-key')"
SCHEMA_V6 = """
ALTER TABLE audit ADD COLUMN signer TEXT;
ALTER TABLE audit ADD COLUMN sig BLOB;
DROP TRIGGER audit_no_update;
UPDATE audit SET signer = s.signer, sig = s.sig FROM audit_sig s WHERE s.id = audit.id;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END;
DROP TABLE audit_sig;
CREATE INDEX audit_sign_ins ON audit(signer, id) WHERE action IN ('unlock', 'audit-key');
"""
assert SIGN_INS in SCHEMA_V6  # the query must repeat the index's condition for SQLite to use it
ON_BEHALF = frozenset({"unlock-failed"})
PROGRESS_EVERY = 5_000
CHAIN = ""
_SELECT = f"SELECT {_COLUMNS}, signer, sig FROM audit a"  # noqa: S608

Progress = Callable[[int, int], None]


class _Walk:
    """The key state and the problems found so far, entry by entry."""

    def __init__(self, store_id: str) -> None:
        self.store_id = store_id
        self.keys: dict[str, bytes] = {}
        self.since: dict[str, int] = {}
        self.introduced_by: dict[str, str] = {}
        self.by_user: dict[str, list[str]] = {}
        self.unsigned: dict[str, int] = {}
        self.system = 0

    def problem(self, user: str, text: str) -> None:
        self.by_user.setdefault(user, []).append(text)

    def _signed_by(self, public: bytes | None, row: tuple[Any, ...]) -> bool:
        return public is not None and row[14] is not None and signature_ok(
            public, bytes(row[14]), entry_message(self.store_id, str(row[12])))

    def entry(self, row: tuple[Any, ...]) -> None:
        entry_id, user, action, signer = int(row[0]), str(row[2]), str(row[5]), row[13]
        if action == KEY_ACTION:
            self._introduction(row)
        elif signer is None:
            if user == RECOVERY_USER or action in ON_BEHALF:  # by, or recorded by, the recovery key
                self.system += 1
            elif user in self.since:
                self.problem(user, f"Audit entry {entry_id} in {user}'s name has no signature, though {user} "
                                   f"signs every entry since entry {self.since[user]}.")
            else:
                self.unsigned[user] = self.unsigned.get(user, 0) + 1
        else:
            self._signature(row)
        if action == "user-remove" and self._signed_by(self.keys.get(str(signer)), row):
            removed = str(row[7] or "").removeprefix("user ")
            self.keys.pop(removed, None)
            self.since.pop(removed, None)

    def _signature(self, row: tuple[Any, ...]) -> None:
        entry_id, user, signer = int(row[0]), str(row[2]), str(row[13])
        public = self.keys.get(signer)
        if public is None:
            self.problem(user, f"Audit entry {entry_id} in {user}'s name is signed as {signer}, whose key was "
                               "never introduced by a signed entry.")
        elif not self._signed_by(public, row):
            self.problem(user, f"Audit entry {entry_id} in {user}'s name: the signature does not verify "
                               "(the entry, or one before it, was changed, or it was added by someone else).")
        if signer != user and str(row[5]) not in ON_BEHALF:
            self.problem(user, f"Audit entry {entry_id} is in {user}'s name but signed by {signer}.")

    def _introduction(self, row: tuple[Any, ...]) -> None:
        entry_id, user, signer = int(row[0]), str(row[2]), row[13]
        parsed = parse_intro(row[7])
        if parsed is None:
            self.problem(user, f"Audit entry {entry_id} should introduce an audit key but cannot be read.")
            return
        owner, public = parsed
        previous = self.keys.get(owner)
        if signer is None:
            self.problem(owner, f"Audit entry {entry_id} introduces a key for {owner} without any signature.")
        elif previous is None:
            by = public if signer == owner else self.keys.get(str(signer))
            if not self._signed_by(by, row):
                self.problem(owner, f"Audit entry {entry_id} introduces a key for {owner}, but is not validly "
                                    f"signed by {signer}: the key was not introduced by a valid signed entry.")
        elif public != previous:
            if signer != owner or not self._signed_by(previous, row):
                self.problem(owner, f"{owner}'s audit key was replaced at entry {entry_id} by {signer}, not with "
                                    f"{owner}'s previous key (expected only after a passphrase reset by an "
                                    "administrator: check that entry).")
        elif not self._signed_by(previous, row) and not self._signed_by(self.keys.get(str(signer)), row):
            self.problem(owner, f"Audit entry {entry_id} about {owner}'s key has a signature that does not verify.")
        if signer is not None and signer != user:
            self.problem(user, f"Audit entry {entry_id} is in {user}'s name but signed by {signer}.")
        self.keys[owner] = public
        self.since[owner] = entry_id
        self.introduced_by[owner] = str(signer)


def verify_log(conn: Connection, store_id: str, *, since: tuple[int, str] | None = None,
               progress: Progress | None = None, checkpoint_lines: Iterable[str] = ()) -> AuditVerification:
    """Check the chain and the signatures of every entry (or of those after `since` = (count, head)
    of a signed checkpoint, whose entry must still have that hash; the key introductions before it
    are checked too, they are few). `progress(entry reached, entries in the log)` every few thousand."""
    walk = _Walk(store_id)
    chain: list[str] = []
    with mapped_errors():
        head = conn.execute("SELECT count, hash FROM audit_head WHERE id = 1").fetchone()
        head_count, head_hash = (int(head[0]), str(head[1])) if head else (0, genesis_hash(store_id))
        prev, expected, start = genesis_hash(store_id), 1, 0
        if since is not None and 0 < since[0] <= head_count:
            row = conn.execute(f"SELECT {_COLUMNS} FROM audit WHERE id = ?", (since[0],)).fetchone()  # noqa: S608
            if row is None or str(row[12]) != since[1] or row_hash(tuple(row)) != since[1]:
                chain.append(f"Audit entries up to entry {since[0]} were changed since the log was last verified.")
            prev, expected, start = since[1], since[0] + 1, since[0]
            events = conn.execute(f"{_SELECT} WHERE a.action IN ('audit-key', 'user-remove') AND a.id <= ? "
                                  "ORDER BY a.id", (start,))
            for raw in events:
                walk.entry(tuple(raw))
        checked = 0
        for raw in conn.execute(f"{_SELECT} WHERE a.id > ? ORDER BY a.id", (start,)):
            row = tuple(raw)
            if row[0] != expected:
                chain.append(f"Audit entries before entry {row[0]} are missing.")
            if row[11] != prev:
                chain.append(f"Audit entry {row[0]} does not follow on from the entry before it.")
            if row_hash(row[:13]) != row[12]:
                walk.problem(str(row[2]), f"Audit entry {row[0]} in {row[2]}'s name has been changed.")
            if row[5] == ROLLBACK_ACTION:
                chain.append(f"Audit entry {row[0]} records that, at that sign-in, the log was shorter than the "
                             "key file's record of it, or a checkpoint was not validly signed: entries were lost "
                             "or removed.")
            walk.entry(row)
            prev, expected = str(row[12]), int(row[0]) + 1
            checked += 1
            if progress is not None and checked % PROGRESS_EVERY == 0:
                progress(start + checked, head_count)
        listed = directory(conn, active_only=True)
    count = start + checked  # entries in the log (the last id too, when none is missing)
    if head_count != count or head_hash != prev:
        chain.append(f"The audit log should hold {head_count} entries ending in a known entry, but holds "
                     f"{count}: entries were removed or changed.")
    for user, public in sorted(listed.items()):
        if user not in walk.keys:
            walk.problem(user, f"{user}'s audit key in the directory was never introduced by a signed audit entry.")
        elif walk.keys[user] != public:
            walk.problem(user, f"{user}'s audit key in the directory ({b64(public)[:12]}…) is not the key the audit "
                               f"log introduced at entry {walk.since[user]}: it was replaced.")
    if progress is not None:
        progress(start + checked, max(head_count, start + checked))
    by_user = ({CHAIN: chain} if chain else {}) | walk.by_user
    notes = [f"{n} entries in {u}'s name before {u}'s signatures began (unsigned)."
             for u, n in sorted(walk.unsigned.items())]
    notes += [f"{u}'s current key was introduced at entry {walk.since[u]} by "
              f"{'their own first signature' if walk.introduced_by[u] == u else walk.introduced_by[u]}."
              for u in sorted(walk.keys)]
    if walk.system:
        notes.append(f"{walk.system} entries by the recovery key (system entries, unsigned by design).")
    problems = [p for texts in by_user.values() for p in texts]
    return AuditVerification(ok=not problems, count=count, problems=problems, by_user=by_user, notes=notes,
                             checkpoints=list(checkpoint_lines))
