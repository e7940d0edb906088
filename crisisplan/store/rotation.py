"""Key rotation (SEC-04, KEY-05): new keys for everything a removed or compromised party held.

What is due is recorded in `store_info` (`rotation_due`: a comma list of key names; "1", written by
older versions, means the database key) in the same transaction as the change that makes it due
(removing a user, replacing the recovery key, `passwd --rotate`), so a kill never loses it.
`rotate_keys` rotates the due keys this user holds; the others stay due until a holder signs in
(an administrator without clinical access cannot make, or see, a new clinical key).

One rotation, in three steps (docs/security.md section 6):
1. *The commit point*, one transaction: fresh keys are wrapped for every remaining holder next to
   the current ones (the key file is written just before COMMIT), every value sealed under a
   rotated key is re-sealed under its new key (plan versions, drafts, ledger reasons, the blinded
   search index; signing keys and trust root), the old keys are kept in the database sealed under
   the new ones (`retired:<name>:<kid>`: audit reasons are hash-chained and stay under the key they
   were written with), `kid:<name>` names the new key, and the audit entry is written. A failure
   (no audit, no save) rolls the database back and puts the key file back as it was.
2. The database key: SQLCipher `rekey` (every slot holds old and new database keys until step 3;
   an unlock tries both).
3. The old keys are unwrapped from every slot and the database key is no longer due.
A kill before step 1 commits leaves the old keys current (and the rotation due); after it, the new
ones; after step 2 too, the next unlock finishes step 3 by rotating the database key again.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from pathlib import Path

from crisisplan.i18n import QT_TRANSLATE_NOOP

from . import search_rows
from .audit import AuditLog
from .database import Connection, KeyRejected, open_database, transaction
from .errors import NotSavedError, StoreError, mapped_errors
from .keyring import TEXT_PREFIX, Keyring
from .keys import ADMIN, CLINICAL, ISSUER, STORE, USER, Slot, SlotFile, key_id, new_store_key, rewrap_slot
from .keys import sqlcipher_key_pragma_value as _pragma
from .model import IndexFields
from .sealing import is_sealed, parse, seal_with, try_open_with
from .search import _TOKEN as WORD
from .search import blinded_body, body_terms, compact

Progress = Callable[[str], None]
DUE = "rotation_due"
RETIRED = "retired:"
SHARED = (STORE, CLINICAL, ISSUER, ADMIN)  # the keys shared by role; per-user keys are not rotated here
DOCUMENT_SIGNER = "document_signer"  # the settings row services/document_signer.py keeps
SEALED_NAMES = (CLINICAL, ISSUER)  # keys that seal values in the database (the admin key seals nothing)
BATCH = 2_000
_CACHE = 200_000  # remembered words and terms while re-blinding (bounded memory)


# ---- what is due -------------------------------------------------------------------------------
def due(conn: Connection) -> frozenset[str]:
    with mapped_errors():
        row = conn.execute("SELECT value FROM store_info WHERE key = ?", (DUE,)).fetchone()
    return _parse_due(None if row is None else str(row[0]))


def due_here(conn: Connection, keyring: Keyring, named: bool) -> bool:
    """True when a key this user holds is due for rotation (done at their unlock)."""
    pending = due(conn)
    return bool(pending & keyring.held()) if named else STORE in pending


def _parse_due(value: str | None) -> frozenset[str]:
    if not value:
        return frozenset()
    if value == "1":
        return frozenset({STORE})
    return frozenset(n for n in value.split(",") if n in SHARED)


def _set_due(conn: Connection, names: Collection[str]) -> None:
    if names:
        conn.execute("INSERT INTO store_info (key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (DUE, ",".join(sorted(names))))
    else:
        conn.execute("DELETE FROM store_info WHERE key = ?", (DUE,))


def mark_due(conn: Connection, names: Iterable[str], *, database: bool = True) -> None:
    """Record (inside the caller's transaction) that the keys `names` and (unless not `database`,
    e.g. a role taken away from a user who stays) the database key must be rotated."""
    _set_due(conn, due(conn) | ({STORE} if database else set()) | (set(names) & set(SHARED)))


# ---- retired keys ------------------------------------------------------------------------------
def load_retired(conn: Connection, keyring: Keyring) -> None:
    """Give the keyring the old keys of each name it holds (sealed under the current key), so values
    still sealed under them (audit reasons) open."""
    with mapped_errors():
        rows = conn.execute("SELECT key, value FROM store_info WHERE key LIKE 'retired:%'").fetchall()
    for row_key, value in rows:
        name = str(row_key).split(":")[1]
        if name not in keyring.held():
            continue
        opened = try_open_with(keyring.key(name), base64.b64decode(str(value)))
        if opened is not None:
            keyring.add_candidates(name, [opened])


def _retire(conn: Connection, name: str, old: list[bytes], new: bytes) -> None:
    conn.execute("DELETE FROM store_info WHERE key LIKE ?", (f"{RETIRED}{name}:%",))
    seen: set[str] = set()
    for key in old:
        kid = key_id(key)
        if kid in seen or key == new:
            continue
        seen.add(kid)
        sealed = base64.b64encode(seal_with(new, f"retired-{name}", key)).decode("ascii")
        conn.execute("INSERT INTO store_info (key, value) VALUES (?, ?)", (f"{RETIRED}{name}:{kid}", sealed))


# ---- re-sealing --------------------------------------------------------------------------------
class _Resealer:
    def __init__(self, keyring: Keyring, new: dict[str, bytes]) -> None:
        self.keyring = keyring
        self.new = new
        self._blinded: dict[str, str] = {}
        self._words: dict[str, tuple[tuple[str, str], ...]] = {}

    def blob(self, value: bytes) -> bytes:
        value = bytes(value)
        if not is_sealed(value):
            return value
        kind = parse(value)[0]
        name = _name_of(kind)
        if name not in self.new:
            return value
        return seal_with(self.new[name], kind, self.keyring.unseal(value))

    def text(self, value: object) -> str:
        text = str(value)
        if not text.startswith(TEXT_PREFIX):
            return text
        sealed = self.blob(base64.b64decode(text[len(TEXT_PREFIX):]))
        return TEXT_PREFIX + base64.b64encode(sealed).decode("ascii")

    def blind(self, term: str) -> str:
        found = self._blinded.get(term)
        if found is None:
            if len(self._blinded) >= _CACHE:
                self._blinded.clear()
            found = "h" + hashlib.blake2b(term.encode("utf-8"), key=self.new[CLINICAL], digest_size=10,
                                          person=b"cp-search").hexdigest()
            self._blinded[term] = found
        return found

    def body(self, text: str) -> str:
        """`blinded_body(text, self.blind)`, remembering each word's hashed prefixes across plans
        (they share most words). ASCII text only: there folding is `casefold` and a folded word is
        its own only token; anything else goes the general way."""
        if not text.isascii():
            return blinded_body(text, self.blind)
        hashed: dict[str, str] = {}
        for word in set(WORD.findall(text.casefold())):
            pairs = self._words.get(word)
            if pairs is None:
                if len(self._words) >= _CACHE:
                    self._words.clear()
                pairs = tuple((term, compact(self.blind(term))) for term in body_terms(word))
                self._words[word] = pairs
            hashed.update(pairs)
        return " ".join(sorted(set(hashed.values())))


def _name_of(kind: str) -> str:
    from .keyring import SEAL_KEY

    return SEAL_KEY.get(kind, ISSUER)


def _triggers(conn: Connection, tables: tuple[str, ...]) -> list[tuple[str, str]]:
    marks = ",".join("?" for _ in tables)
    rows = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "  # noqa: S608
                        f"AND tbl_name IN ({marks})", tables).fetchall()
    return [(str(n), str(s)) for n, s in rows]


def _reseal_clinical(conn: Connection, reseal: _Resealer, blinding: bool, report: Progress) -> None:
    triggers = _triggers(conn, ("plan_versions", "disclosures"))
    for name, _sql in triggers:  # immutable rows: the same rows, re-sealed, inside this transaction
        conn.execute(f'DROP TRIGGER "{name}"')
    total = int(conn.execute("SELECT count(*) FROM plan_versions").fetchone()[0])
    done, last = 0, 0
    report(f"Re-sealing clinical records: 0 of {total:,} plan versions")
    if blinding:  # every plan's row is written again below (one per plan: its current version)
        search_rows.clear(conn)
    while True:
        rows = conn.execute(
            "SELECT v.id, v.document, v.index_fields, v.plan_id, p.version = v.version FROM plan_versions v "
            "JOIN plans p ON p.plan_id = v.plan_id WHERE v.id > ? ORDER BY v.id LIMIT ?", (last, BATCH)).fetchall()
        if not rows:
            break
        for rowid, document, packed, plan_id, current in rows:
            index_blob = reseal.blob(bytes(packed))
            conn.execute("UPDATE plan_versions SET document = ?, index_fields = ? WHERE id = ?",
                         (reseal.text(document), index_blob, rowid))
            if current and blinding:
                _reblind(conn, reseal, int(plan_id), index_blob)
        done += len(rows)
        last = int(rows[-1][0])
        report(f"Re-sealing clinical records: {done:,} of {total:,} plan versions")
    for user, key, document in conn.execute("SELECT username, key, document FROM drafts").fetchall():
        conn.execute("UPDATE drafts SET document = ? WHERE username = ? AND key = ?",
                     (reseal.text(document), user, key))
    for rowid, reason in conn.execute("SELECT id, reason FROM disclosures").fetchall():
        if str(reason).startswith(TEXT_PREFIX):
            conn.execute("UPDATE disclosures SET reason = ? WHERE id = ?", (reseal.text(reason), rowid))
    for _name, sql in triggers:
        conn.execute(sql)


def _reblind(conn: Connection, reseal: _Resealer, plan_id: int, index_blob: bytes) -> None:
    """The plan's full-text row under keyed hashes of the new clinical key."""
    plain = try_open_with(reseal.new[CLINICAL], index_blob) if is_sealed(index_blob) else index_blob
    if plain is None:  # never: it was sealed under the new key just now. Roll back rather than lose the row
        raise StoreError(QT_TRANSLATE_NOOP("store", "A plan's search entry could not be rebuilt, so the keys were "
                                                    "not changed."))
    index = IndexFields(**json.loads(zlib.decompress(plain).decode("utf-8")))
    search_rows.insert(conn, plan_id, index, reseal.body)


def _reseal_issuer(conn: Connection, reseal: _Resealer) -> None:
    for kid, blob in conn.execute("SELECT kid, private_key FROM signing_keys").fetchall():
        conn.execute("UPDATE signing_keys SET private_key = ? WHERE kid = ?", (reseal.blob(bytes(blob)), kid))
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'trust_root'").fetchone():
        for rowid, blob in conn.execute("SELECT id, private_key FROM trust_root").fetchall():
            conn.execute("UPDATE trust_root SET private_key = ? WHERE id = ?", (reseal.blob(bytes(blob)), rowid))
    # The document-signing certificate's key (services/document_signer.py) is a settings row whose
    # "key" is sealed text; an unreadable row is dropped (a new signer is issued at the next signing).
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (DOCUMENT_SIGNER,)).fetchone()
    if row is not None:
        try:
            record = json.loads(row[0])
            record["key"] = reseal.text(record["key"])
        except (ValueError, KeyError, TypeError):
            conn.execute("DELETE FROM settings WHERE key = ?", (DOCUMENT_SIGNER,))
        else:
            conn.execute("UPDATE settings SET value = ? WHERE key = ?",
                         (json.dumps(record, separators=(",", ":")), DOCUMENT_SIGNER))


# ---- slots -------------------------------------------------------------------------------------
def _holds(slot: Slot, name: str, kid: str) -> bool:
    return any(w.name == name and w.key_id == kid for w in slot.wrapped)


def _wrap_new(slots: SlotFile, current: dict[str, bytes], new: dict[str, bytes], active: set[str]) -> SlotFile:
    """Every slot of an active user (and the recovery slot) that holds a rotated key's current value
    gets the new value too (new first); slots of users no longer active are dropped."""
    kept: list[Slot] = []
    for slot in slots.slots:
        if slot.kind == USER and slot.username not in active:
            continue
        wanted = {n: [new[n], current[n]] for n in new
                  if n == STORE or _holds(slot, n, key_id(current[n])) or _holds(slot, n, key_id(new[n]))}
        kept.append(rewrap_slot(slots.store_id, slot, wanted) if wanted else slot)
    return replace(slots, slots=tuple(kept))


def _keep_only(slots: SlotFile, current: dict[str, str]) -> SlotFile:
    """Unwrap every key whose id is not the current one of its name (the old keys after a rotation)."""
    out = []
    for slot in slots.slots:
        wrapped = tuple(w for w in slot.wrapped if w.name not in current or w.key_id == current[w.name])
        out.append(replace(slot, wrapped=wrapped))
    return replace(slots, slots=tuple(out))


# ---- the rotation ------------------------------------------------------------------------------
def rotate_keys(conn: Connection, keyring: Keyring, audit: AuditLog, db_path: Path, *,
                named: bool, report: Progress, reason: str = "") -> frozenset[str]:
    """Rotate the due keys this user holds (see the module docstring); returns the names rotated."""
    with transaction(conn):
        pending = due(conn)
    names = pending & keyring.held() if named else pending & {STORE}
    if not names:
        return frozenset()
    current = {n: keyring.key(n) for n in names}
    new = {n: new_store_key() for n in names}
    later = pending - names if named else frozenset()
    report("Making new keys for everyone who keeps access")
    before: bytes | None = None
    try:
        with transaction(conn):
            active = {str(r[0]) for r in conn.execute("SELECT username FROM users WHERE active = 1")}
            reseal = _Resealer(keyring, new)
            if CLINICAL in new:
                _reseal_clinical(conn, reseal, keyring.sealing, report)
            if ISSUER in new:
                _reseal_issuer(conn, reseal)
            for name in sorted(set(new) - {STORE}):
                if name in SEALED_NAMES:
                    _retire(conn, name, keyring.candidates(name), new[name])
                conn.execute("INSERT INTO store_info (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                             "SET value = excluded.value", (f"kid:{name}", key_id(new[name])))
            detail = "keys " + ",".join(n for n in SHARED if n in names)
            if later:
                detail += "; still due (at the next sign-in of a holder): " + ",".join(sorted(later))
            audit.append("rotate-keys", detail=detail + (f"; {reason}" if reason else ""))
            _set_due(conn, later | ({STORE} if STORE in names else set()))
            before = keyring.read_raw()
            keyring.save(_wrap_new(keyring.load(), current, new, active))  # just before COMMIT
    except BaseException:
        if before is not None:  # the key file was written but the commit failed: put it back
            keyring.write_raw(before)
        raise
    for name in set(new) - {STORE}:
        keyring.rotated(name, new[name])
    if STORE in new:
        _rekey(conn, db_path, new[STORE], report)
        keyring.set_store_key(new[STORE])
    report("Removing the old keys")
    with transaction(conn):
        recorded = {str(k)[4:]: str(v) for k, v in conn.execute(
            "SELECT key, value FROM store_info WHERE key LIKE 'kid:%'")}
        kids = {n: recorded[n] for n in recorded if n in SHARED and n != STORE}
        kids[STORE] = key_id(keyring.store_key)  # the key that opens the database now
        keyring.save(_keep_only(keyring.load(), kids))
        _set_due(conn, due(conn) - {STORE} if STORE in names else due(conn))
    report("Done: old key files and old secrets no longer open what this store holds now")
    return names


def _rekey(conn: Connection, db_path: Path, new: bytes, report: Progress) -> None:
    report("Re-encrypting the database")
    with mapped_errors():
        conn.execute(f'PRAGMA rekey = "{_pragma(new)}"')
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the main file too is under the new key
    try:
        probe = open_database(db_path, new, read_only=True)
        probe.close()
    except KeyRejected:
        raise NotSavedError(QT_TRANSLATE_NOOP("store", "the store could not be re-encrypted (the old key still "
                                                       "works)")) from None
