"""Schema 7's body index (search_rows.py): after the migration its rows are written again by the first
sign-in that holds the clinical key, never from plain text by anyone else, and saves made while the
rebuild is due leave the table to it."""

from __future__ import annotations

from pathlib import Path

from crisisplan.store import Store
from crisisplan.store.search_rows import REBUILD_KEY, rebuild_due
from tests.store.helpers import PASSPHRASE, document, index_fields

READONLY = "administrator passphrase 42"


def _due_again(store: Store) -> Path:
    """The store as the schema-7 migration leaves one with plans: an empty table, marked due."""
    conn = store.connection
    conn.execute("INSERT INTO plan_search (plan_search) VALUES ('delete-all')")
    conn.execute("INSERT INTO store_info (key, value) VALUES (?, '1')", (REBUILD_KEY,))
    data_dir = store.data_dir
    store.close()
    return data_dir


def _terms(store: Store) -> set[str]:
    store.connection.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, plan_search, 'row')")
    return {str(r[0]) for r in store.connection.execute("SELECT term FROM temp.v")}


def test_only_a_clinical_key_holder_rebuilds_and_saves_wait_for_it(store: Store) -> None:
    store.users.add("rob", "Rob", ["admin"], READONLY)  # administration only: no clinical key
    plan = store.plans.create(document(), index_fields("Ann Example", text="lithium at night")).plan_id
    data_dir = _due_again(store)
    with Store.open(data_dir, "rob", READONLY) as reader:  # no clinical key: cannot blind, writes nothing
        assert rebuild_due(reader.connection)
        assert _terms(reader) == set()
    with Store.open(data_dir, "alice", PASSPHRASE) as clinician:
        assert not rebuild_due(clinician.connection)
        assert "lithium" not in _terms(clinician) and _terms(clinician)
        assert [p.plan_id for p in clinician.plans.search("lithi")] == [plan]
        clinician.connection.execute("INSERT INTO store_info (key, value) VALUES (?, '1')", (REBUILD_KEY,))
        clinician.plans.add_version(plan, document(v=2), index_fields("Ann Example", text="sertraline daily"))
        clinician.connection.execute("DELETE FROM store_info WHERE key = ?", (REBUILD_KEY,))
        assert [p.plan_id for p in clinician.plans.search("lithi")] == [plan]  # the save left the row alone
