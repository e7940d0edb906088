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
