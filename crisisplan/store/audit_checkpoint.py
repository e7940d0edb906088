"""Signed audit checkpoints (SEC-03, P14): the one checkpoint mechanism.

The key file (`keyslots.json`, which every backup carries) holds one checkpoint per user:
"at time `at`, the log held `count` entries ending in `head`; it was verified up to `verified`",
signed by that user's audit key. It is written after every sign-in, at close, after a successful
verify-audit and after a backup (under the database write lock, after the commit, so the key file
is never ahead of the database). An insider can change only their own checkpoint: each other
user's still names an entry count and hash that a shorter or rewritten log no longer has.

At unlock (`unlock_warnings`) every checkpoint is checked: a signature that fails, a signer the
directory does not know, a log shorter than a checkpoint or different at its entry, and a missing
checkpoint of a user who has signed entries are reported plainly (store.warnings and an audit
entry). Nothing is removed: a bad checkpoint stays until its own user signs in again.
Verification (`start_point`) starts from the newest verified point in a validly signed checkpoint.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import replace
from typing import Any

from .audit import AuditLog
from .audit_keys import b64, box_public, directory, unb64
from .audit_sign import Signer, signature_ok
from .audit_verify import SIGN_INS
from .database import Connection, transaction
from .errors import mapped_errors
from .failures import utc_now_iso
from .keyring import Keyring
from .keys import USER, SlotFile

LEGACY = "(unsigned)"  # the one unsigned checkpoint of an older key file, until a signed one replaces it
_TAG = "crisisplan-audit-checkpoint-v1"


def _message(store_id: str, user: str, record: Mapping[str, Any]) -> bytes:
    body = [_TAG, store_id, user, record["count"], record["head"], record["at"], record.get("verified")]
    return json.dumps(body, separators=(",", ":")).encode()


def make_record(signer: Signer, store_id: str, count: int, head: str,
                verified: list[Any] | None) -> dict[str, Any]:
    record: dict[str, Any] = {"count": count, "head": head, "at": utc_now_iso(), "verified": verified,
                              "key": b64(signer.public)}
    record["sig"] = b64(signer.sign(_message(store_id, signer.username, record)))
    return record


def records(slots: SlotFile) -> dict[str, Any]:
    return dict(slots.audit or {})


def with_first(slots: SlotFile, signer: Signer, count: int, head: str) -> SlotFile:
    """`slots` with `signer`'s first checkpoint (count, head: the log as committed), unless they have one."""
    present = records(slots)
    if signer.username in present:
        return slots
    present[signer.username] = make_record(signer, slots.store_id, count, head, None)
    present.pop(LEGACY, None)
    return replace(slots, audit=present)


def signing_keys(conn: Connection, slots: SlotFile) -> dict[str, bytes]:
    """The key each user's checkpoint must be signed with: the directory's, or, for a user whose key
    is in their slot but not yet in the directory (a first sign-in killed before its commit), the
    slot's (only that user's passphrase could have put it there)."""
    keys = directory(conn)
    for slot in slots.slots:
        public = box_public(slot.audit_key)
        if slot.kind == USER and slot.username not in keys and public is not None:
            keys[slot.username] = public
    return keys


def _valid(store_id: str, user: str, record: Any, keys: Mapping[str, bytes]) -> str | None:
    """None when `record` is a well-formed checkpoint validly signed by `user`'s directory key,
    else what is wrong with it."""
    public = keys.get(user)
    if public is None:
        return f"the audit checkpoint of {user} in the key file is signed by a key the directory does not know"
    try:
        count, head = record["count"], record["head"]
        if not isinstance(count, int) or isinstance(count, bool) or not isinstance(head, str):
            raise ValueError("checkpoint")
        if unb64(record["key"], 32) != public or not signature_ok(public, unb64(record["sig"], 64),
                                                                  _message(store_id, user, record)):
            raise ValueError("signature")
    except (ValueError, KeyError, TypeError):
        return (f"the audit checkpoint of {user} in the key file does not carry {user}'s valid signature "
                "(the key file was edited)")
    return None


def _against_log(conn: Connection, user: str, record: Mapping[str, Any], count: int) -> str | None:
    wanted = int(record["count"])
    if wanted > count:
        return (f"the database is older than its key file: {wanted - count} audit entries are missing since "
                f"{user}'s checkpoint (an older copy of crisisplan.db was put back, its write-ahead log was "
                "lost after a crash, or entries were deleted)")
    if wanted > 0 and AuditLog.hash_at(conn, wanted) != record["head"]:
        return (f"the audit log does not match {user}'s checkpoint in the key file: entries are missing or "
                "were rewritten")
    return None


def last_signed(conn: Connection, user: str) -> int | None:
    """The newest entry `user` signed, or None if they never signed in. Every session begins with an
    entry its user signs (a sign-in or a key introduction, the only entries indexed by signer), so the
    search starts at their newest and reads only what came after it."""
    row = conn.execute(f"SELECT max(id) FROM audit WHERE {SIGN_INS} AND signer = ?", (user,)).fetchone()  # noqa: S608
    if row is None or row[0] is None:
        return None
    newest = conn.execute("SELECT max(id) FROM audit WHERE id >= ? AND signer = ?", (row[0], user)).fetchone()
    return int(newest[0])


def unlock_warnings(conn: Connection, slots: SlotFile, store_id: str, *, skip_missing: Collection[str] = (),
                    unknown_slots: Collection[str] = ()) -> list[str]:
    """Plain statements of how the log and the key file's checkpoints disagree ([] when they agree)."""
    found: list[str] = []
    with mapped_errors():
        listed, keys = directory(conn), signing_keys(conn, slots)
        count, _head = AuditLog.head(conn)
        present = records(slots)
        for user, record in sorted(present.items()):
            problem = None
            if user != LEGACY:
                problem = _valid(store_id, user, record, keys)
            if problem is None and isinstance(record, dict):
                problem = _against_log(conn, user, record, count)
            if problem is not None:
                found.append(problem)
        for user in sorted(set(listed) - set(present) - set(skip_missing)):
            last = last_signed(conn, user)
            if last is not None:
                found.append(f"the key file has no audit checkpoint of {user}, who signed audit entries up to "
                             f"entry {last}: it was removed from the key file, or an older key file was put "
                             "back")
    if unknown_slots:
        found.append("the key file holds sign-ins for users this database does not know "
                     f"({', '.join(sorted(unknown_slots))}): the database may be older than the key file")
    if not found:
        return []
    lines = [s[0].upper() + s[1:] + "." for s in found]
    lines[-1] += " Tell your information-governance lead."
    return lines


def write(conn: Connection, keyring: Keyring, signer: Signer | None, *, verified: tuple[int, str] | None = None,
          force: bool = False) -> None:
    """Record the log's committed size and head as `signer`'s checkpoint (never backwards unless
    `force`: a rollback just reported and audited). Call it outside any write transaction."""
    if signer is None:
        return  # the recovery key signs nothing; the users' checkpoints stay as they are
    with transaction(conn):
        count, head = AuditLog.head(conn)
        slots = keyring.load()
        present = records(slots)
        mine = present.get(signer.username)
        old = mine if isinstance(mine, dict) else {}
        keep = old.get("verified")
        if verified is not None:
            keep = [verified[0], verified[1]]
        unchanged = old.get("count") == count and old.get("head") == head and old.get("verified") == keep
        if not force and mine is not None and (unchanged or (isinstance(old.get("count"), int)
                                                             and old["count"] > count and verified is None)):
            return
        present[signer.username] = make_record(signer, keyring.store_id, count, head, keep)
        present.pop(LEGACY, None)
        keyring.save(replace(slots, audit=present))


def start_point(conn: Connection, slots: SlotFile, store_id: str) -> tuple[int, str] | None:
    """The newest verified point among the validly signed checkpoints (None: verify everything)."""
    keys = signing_keys(conn, slots)
    best: tuple[int, str] | None = None
    for user, record in records(slots).items():
        if user == LEGACY or _valid(store_id, user, record, keys) is not None:
            continue
        point = record.get("verified")
        if (isinstance(point, list) and len(point) == 2 and isinstance(point[0], int) and isinstance(point[1], str)
                and (best is None or point[0] > best[0])):
            best = (point[0], point[1])
    return best


def state_lines(conn: Connection, slots: SlotFile, store_id: str) -> list[str]:
    """One line per checkpoint in the key file, for verify-audit."""
    keys = signing_keys(conn, slots)
    count, _head = AuditLog.head(conn)
    lines = []
    for user, record in sorted(records(slots).items()):
        problem = None if user == LEGACY else _valid(store_id, user, record, keys)
        if problem is None and isinstance(record, dict):
            problem = _against_log(conn, user, record, count)
        if problem is not None:
            lines.append(f"{user}: {problem}.")
        elif user == LEGACY:
            lines.append(f"{user}: the older key file's checkpoint at entry {record.get('count')}, matches the log "
                         "(replaced by a signed one at the next sign-in).")
        else:
            point = record.get("verified")
            verified = f", verified up to entry {point[0]}" if isinstance(point, list) and point else ""
            lines.append(f"{user}: checkpoint at entry {record['count']} ({record.get('at', 'unsigned')}), "
                         f"signature valid, matches the log{verified}.")
    return lines
