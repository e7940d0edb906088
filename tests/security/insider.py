"""What an insider does with the store files, their own passphrase and a Python prompt.

Nothing here goes through the services layer: the attacks use only `keyslots.json`,
`crisisplan.db`, the store's own key-slot functions and `sqlcipher3`, as an insider would.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from crisisplan.store import keys as store_keys
from crisisplan.store.keyring import read_slot_file
from crisisplan.store.keys import USER


def slot_keys(data_dir: Path, username: str, passphrase: str, *, slots_path: Path | None = None
              ) -> dict[str, list[bytes]]:
    """Every key the user's slot gives them, by name ("store" is the database key)."""
    slots = read_slot_file(data_dir) if slots_path is None else _slot_file(slots_path)
    slot = slots.find(USER, username) if username != "recovery" else slots.find("recovery", "recovery")
    assert slot is not None
    unlock_all = getattr(store_keys, "unlock_slot_keys", None)
    if unlock_all is not None:
        return dict(unlock_all(slots.store_id, slot, passphrase))
    return {"store": list(store_keys.unlock_slot(slots.store_id, slot, passphrase))}


def _slot_file(path: Path):  # type: ignore[no-untyped-def]
    from crisisplan.store.keys import SlotFile

    return SlotFile.from_bytes(path.read_bytes())


def raw_open(db: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def opens(db: Path, key: bytes) -> bool:
    try:
        raw_open(db, key).close()
    except sqlcipher3.DatabaseError:
        return False
    return True


@contextmanager
def insider_db(data_dir: Path, username: str, passphrase: str) -> Iterator[sqlcipher3.Connection]:
    """The live database, opened with the database key from the user's own slot."""
    db = data_dir / "crisisplan.db"
    for key in slot_keys(data_dir, username, passphrase)["store"]:
        if opens(db, key):
            conn = raw_open(db, key)
            try:
                yield conn
            finally:
                conn.close()
            return
    raise AssertionError("the user's own slot does not open the database")


def edit_key_file(data_dir: Path, change) -> None:  # type: ignore[no-untyped-def]
    path = data_dir / "keyslots.json"
    doc = json.loads(path.read_text())
    change(doc)
    path.write_text(json.dumps(doc))


AUDIT_COLUMNS = ("id, at, username, roles, person, action, workstation, detail, recipient, lawful_basis, "
                 "reason, prev_hash, hash")


def rechain(conn: sqlcipher3.Connection) -> None:
    """Recompute every entry's chain link and hash, and the head, as an insider would after an edit."""
    from crisisplan.store.audit import genesis_hash, row_hash

    for trigger in ("audit_no_update", "audit_no_delete"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    store_id = str(conn.execute("SELECT value FROM store_info WHERE key = 'store_id'").fetchone()[0])
    prev = genesis_hash(store_id)
    rows = [tuple(r) for r in conn.execute(f"SELECT {AUDIT_COLUMNS} FROM audit ORDER BY id")]
    for row in rows:
        fixed = (*row[:11], prev)
        digest = row_hash(fixed)
        if (row[11], row[12]) != (prev, digest):
            conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row[0]))
        prev = digest
    conn.execute("UPDATE audit_head SET count = ?, hash = ?", (len(rows), prev))


def forge_entry(conn: sqlcipher3.Connection, username: str, action: str, *, person: int | None = None,
                detail: str | None = None) -> int:
    """Append an entry attributed to `username`, chained and with the head moved on."""
    from crisisplan.store.audit import row_hash

    count, prev = conn.execute("SELECT count, hash FROM audit_head WHERE id = 1").fetchone()
    new_id = int(conn.execute("SELECT max(id) FROM audit").fetchone()[0]) + 1
    row = (new_id, "2026-12-02T10:00:00Z", username, "clinician", person, action, "PC-7", detail, None, None,
           None, prev)
    conn.execute(f"INSERT INTO audit ({AUDIT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (*row, row_hash(row)))
    conn.execute("UPDATE audit_head SET count = ?, hash = ?", (int(count) + 1, row_hash(row)))
    return new_id


def set_checkpoints(data_dir: Path, count: int, head: str) -> None:
    """Make every audit checkpoint record in the key file say (count, head)."""

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "count" in node and "head" in node:
                node["count"], node["head"] = count, head
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    edit_key_file(data_dir, walk)
