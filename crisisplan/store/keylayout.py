"""The key layout of a store (docs/security.md): which named keys are current, the store's own
key-derivation cost, and the one-time upgrade of a store made before named keys existed.

`store_info` records `keys_version` (2 once upgraded), the id of the current clinical, issuer and
admin key, and `kdf_iterations`, the cost every new slot gets: new slots never take their cost
from the key file, which anyone can edit.
"""

from __future__ import annotations

import json
import os
import shutil
import zlib
from datetime import UTC, datetime
from pathlib import Path

from . import search_rows
from .audit import AuditLog
from .database import Connection, transaction
from .errors import mapped_errors
from .fsutil import fsync_dir, make_private_dir
from .grants import keys_for
from .keyring import SLOTS_FILE, TEXT_PREFIX, Keyring
from .keys import ADMIN, CLINICAL, ISSUER, KDF_CAP, KEY_NAMES, RECOVERY, STORE, USER, SlotFile, key_id, rewrap_slot
from .model import IndexFields
from .search import blinded_body

LAYOUT_VERSION = 2
NAMED = (CLINICAL, ISSUER, ADMIN)
BACKUP_PREFIX = "before-key-upgrade-"


def info(conn: Connection) -> dict[str, str]:
    with mapped_errors():
        return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM store_info")}


def layout_version(conn: Connection) -> int:
    return int(info(conn).get("keys_version", "1"))


def store_iterations(conn: Connection, slots: SlotFile) -> int:
    """The cost for new slots: the store's own record, else the file's (already range-checked)."""
    from . import keys

    recorded = info(conn).get("kdf_iterations")
    value = int(recorded) if recorded and recorded.isdigit() else slots.iterations
    return min(max(value, keys.KDF_FLOOR), KDF_CAP)


def layout_rows(keys: dict[str, bytes], iterations: int) -> list[tuple[str, str]]:
    rows = [("keys_version", str(LAYOUT_VERSION)), ("kdf_iterations", str(iterations))]
    return rows + [(f"kid:{n}", key_id(keys[n])) for n in NAMED]


def select_current(conn: Connection, keyring: Keyring) -> None:
    """Put the current key of each name first; a name whose current key the slot lacks is not held."""
    recorded = info(conn)
    for name in NAMED:
        kid = recorded.get(f"kid:{name}")
        if kid is None or kid not in {key_id(k) for k in keyring.candidates(name)}:
            keyring._keys.pop(name, None)
        else:
            keyring.set_current(name, kid)


def can_upgrade(username: str | None, roles: tuple[str, ...]) -> bool:
    """Only someone who holds everything may hand out keys: an admin with clinical access, or the
    recovery key."""
    return username is None or ("admin" in roles and bool({"clinician", "gp"} & set(roles)))


def upgrade(conn: Connection, keyring: Keyring, audit: AuditLog, data_dir: Path) -> None:
    """Give a version-1 store its named keys. Kill-safe: a copy of both files is made first; the key
    file gains the new keys just before the transaction that records them commits, so a kill leaves
    either the old layout (the next admin sign-in upgrades again with fresh keys) or the new one.
    The copy is deleted once the upgrade has committed: it holds the signing keys unsealed."""
    _copy_before_upgrade(conn, data_dir)
    _upgrade(conn, keyring, audit)
    for copy in data_dir.iterdir():
        if copy.name.startswith(BACKUP_PREFIX) and copy.is_dir():
            shutil.rmtree(copy, ignore_errors=True)


def _upgrade(conn: Connection, keyring: Keyring, audit: AuditLog) -> None:
    fresh = {n: os.urandom(32) for n in NAMED}
    with transaction(conn):
        rows = conn.execute("SELECT username, roles FROM users WHERE active = 1").fetchall()
        roles = {str(r[0]): _roles(str(r[1])) for r in rows}
        slots = keyring.load()
        new_slots = []
        for slot in slots.slots:
            names = set(KEY_NAMES) if slot.kind == RECOVERY else set(keys_for(roles.get(slot.username, ())))
            if slot.kind == USER and slot.username not in roles:
                names = set()
            wanted = {n: [fresh[n]] for n in NAMED if n in names}
            new_slots.append(rewrap_slot(keyring.store_id, slot, wanted) if wanted else slot)
        for name, value in fresh.items():
            keyring.set_key(name, value)
        for kid, blob in conn.execute("SELECT kid, private_key FROM signing_keys").fetchall():
            conn.execute("UPDATE signing_keys SET private_key = ? WHERE kid = ?",
                         (keyring.seal("signing-key", keyring.unseal(bytes(blob))), kid))
        has_root = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'trust_root'").fetchone()
        for (blob,) in conn.execute("SELECT private_key FROM trust_root").fetchall() if has_root else []:
            conn.execute("UPDATE trust_root SET private_key = ? WHERE id = 1",
                         (keyring.seal("trust-root", keyring.unseal(bytes(blob))),))
        _seal_clinical_columns(conn, keyring)
        conn.executemany("INSERT INTO store_info (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                         layout_rows(fresh, store_iterations(conn, slots)))
        audit.append("keys-upgraded", detail="named keys: clinical, issuer, admin; signing keys sealed "
                     "(rotate the signing key: before the upgrade any user could read it)")
        keyring.save(SlotFile(slots.store_id, slots.iterations, tuple(new_slots), slots.audit))


def _seal_clinical_columns(conn: Connection, keyring: Keyring) -> None:
    """Seal what is already stored: plan versions (document and index), drafts, ledger reasons.
    Audit reasons stay as they are (they are hash-chained); new ones are sealed."""
    keyring.sealing = True
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                            "AND tbl_name IN ('plan_versions', 'disclosures')").fetchall()
    for name, _sql in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    for rowid, document, index in conn.execute("SELECT id, document, index_fields FROM plan_versions").fetchall():
        if not str(document).startswith(TEXT_PREFIX):
            conn.execute("UPDATE plan_versions SET document = ?, index_fields = ? WHERE id = ?",
                         (keyring.seal_text("plan", str(document)), keyring.seal_blob("index", bytes(index)), rowid))
    for user, key, document in conn.execute("SELECT username, key, document FROM drafts").fetchall():
        if not str(document).startswith(TEXT_PREFIX):
            conn.execute("UPDATE drafts SET document = ? WHERE username = ? AND key = ?",
                         (keyring.seal_text("draft", str(document)), user, key))
    for rowid, reason in conn.execute("SELECT id, reason FROM disclosures").fetchall():
        if not str(reason).startswith(TEXT_PREFIX):
            conn.execute("UPDATE disclosures SET reason = ? WHERE id = ?",
                         (keyring.seal_text("reason", str(reason)), rowid))
    for _name, sql in triggers:
        conn.execute(str(sql))
    _blind_search_index(conn, keyring)


def _blind_search_index(conn: Connection, keyring: Keyring) -> None:
    """Re-index each plan's body under keyed hashes (from its current version's index fields)."""
    rows = conn.execute("SELECT p.plan_id, v.index_fields FROM plans p JOIN plan_versions v "
                        "ON v.plan_id = p.plan_id AND v.version = p.version").fetchall()
    search_rows.clear(conn)  # every row is written again, so none is left from the plain-text bodies
    for plan_id, packed in rows:
        index = IndexFields(**json.loads(zlib.decompress(keyring.unseal(bytes(packed))).decode("utf-8")))
        search_rows.insert(conn, int(plan_id), index, lambda text: blinded_body(text, keyring.blind))


def _roles(text: str) -> tuple[str, ...]:
    value = json.loads(text)
    return tuple(str(r) for r in value) if isinstance(value, list) else ()


def _copy_before_upgrade(conn: Connection, data_dir: Path) -> None:
    if any(p.name.startswith(BACKUP_PREFIX) for p in data_dir.iterdir()):
        return  # an earlier, interrupted upgrade already made its copy
    with mapped_errors():
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    staging = data_dir / f".copying-{stamp}"
    make_private_dir(staging)
    with transaction(conn), mapped_errors():  # the write lock: nobody writes while we copy
        for name in ("crisisplan.db", "crisisplan.db-wal", SLOTS_FILE):
            if (data_dir / name).exists():
                shutil.copy2(data_dir / name, staging / name)
    with mapped_errors():
        os.replace(staging, data_dir / f"{BACKUP_PREFIX}{stamp}")
        fsync_dir(data_dir)


__all__ = ["STORE", "can_upgrade", "layout_version", "select_current", "store_iterations", "upgrade"]
