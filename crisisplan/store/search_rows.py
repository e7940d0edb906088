"""The body full-text table's rows (`plan_search`), kept as the plans' current index fields say.

Schema 7 (P13): `plan_search` is a plain contentless FTS5 table without per-row sizes
(`columnsize=0`), and a plan's old row is removed with FTS5's 'delete' command given the row's old
values, recomputed from the current version's index fields. The schema-1 table used
`contentless_delete=1`, which needs a size row per plan and writes a tombstone page into the
segment that held the old row: three more pages in every save that changed a plan's text, which put
a one-word edit at 21 pages against P13's 20 (measured on 50,000 plans: 21 → 18).

The old values must be exactly those indexed, or the old row's terms stay behind (a search would
then find the plan by words it no longer holds). They are, because every writer keeps one rule:
`plan_search` holds, for each plan, `row_values(current index fields)` under the current clinical
key. Saves replace the row from the version they replace (plans.py), key rotation empties the table
and writes every row again under the new key (rotation.py), the named-keys upgrade does the same
(keylayout.py), and the schema-7 migration empties it and marks it for rebuilding, which the first
sign-in that can compute the rows does (`rebuild_if_due`) before anything else; until then saves
leave the table alone (the rebuild reads every plan's current version).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable

from .database import Connection, transaction
from .keyring import Keyring
from .model import IndexFields
from .search import blinded_body, identifiers

REBUILD_KEY = "search_rebuild_due"
_BATCH = 500

SCHEMA_V7 = """
DROP TABLE plan_search;
CREATE VIRTUAL TABLE plan_search USING fts5(
    name, identifiers, body,
    content = '', columnsize = 0, detail = column,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
);
INSERT INTO store_info (key, value) SELECT 'search_rebuild_due', '1' WHERE EXISTS (SELECT 1 FROM plans);
"""
assert REBUILD_KEY in SCHEMA_V7

Body = Callable[[str], str]


def body_function(keys: Keyring) -> Body | None:
    """How this session writes a body (keyed hashes under the clinical key, or the text itself in a
    store without named keys), or None when it cannot (a user without the clinical key). Only
    meaningful once the Store has told the keyring whether it seals (`Keyring.sealing`)."""
    if keys.blinding:
        return lambda text: blinded_body(text, keys.blind)
    return None if keys.sealing else (lambda text: text)


def row_values(index: IndexFields, body: Body) -> tuple[str, str, str]:
    return index.name, identifiers(index), body(index.text)


def rebuild_due(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM store_info WHERE key = ?", (REBUILD_KEY,)).fetchone() is not None


def insert(conn: Connection, plan_id: int, index: IndexFields, body: Body) -> None:
    conn.execute("INSERT INTO plan_search (rowid, name, identifiers, body) VALUES (?,?,?,?)",
                 (plan_id, *row_values(index, body)))


def replace(conn: Connection, plan_id: int, old: IndexFields, new: IndexFields, body: Body) -> None:
    """The plan's row for `new`, in place of the row indexed from `old` (its current version)."""
    if rebuild_due(conn):
        return  # the rebuild writes every plan's row from its current version
    conn.execute("INSERT INTO plan_search (plan_search, rowid, name, identifiers, body) VALUES ('delete',?,?,?,?)",
                 (plan_id, *row_values(old, body)))
    insert(conn, plan_id, new, body)


def clear(conn: Connection) -> None:
    conn.execute("INSERT INTO plan_search (plan_search) VALUES ('delete-all')")


def rebuild_if_due(conn: Connection, unseal: Callable[[bytes], bytes], body: Body | None) -> int | None:
    """Write every plan's row from its current version when the schema-7 migration asked for it and
    this session can compute the rows; one transaction (a kill leaves it due). Returns the number
    of plans indexed, or None when nothing was done."""
    if body is None or not rebuild_due(conn):
        return None
    done = 0
    with transaction(conn):
        clear(conn)
        last = 0
        while True:
            rows = conn.execute("SELECT p.plan_id, v.index_fields FROM plans p JOIN plan_versions v "
                                "ON v.plan_id = p.plan_id AND v.version = p.version WHERE p.plan_id > ? "
                                "ORDER BY p.plan_id LIMIT ?", (last, _BATCH)).fetchall()
            if not rows:
                break
            for plan_id, packed in rows:
                index = IndexFields(**json.loads(zlib.decompress(unseal(bytes(packed))).decode("utf-8")))
                insert(conn, int(plan_id), index, body)
            done += len(rows)
            last = int(rows[-1][0])
        conn.execute("DELETE FROM store_info WHERE key = ?", (REBUILD_KEY,))
    return done
