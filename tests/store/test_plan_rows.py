"""P13: what a save writes is small — a compressed sealed document, compact blinded search terms,
and only the list columns that changed — and rows written before these changes still read and
search as they did."""

from __future__ import annotations

import base64
import re
import zlib

import pytest

import crisisplan.store.search as search
from crisisplan.store import Store
from crisisplan.store.errors import DamagedStoreError
from crisisplan.store.keyring import TEXT_PREFIX
from crisisplan.store.plan_rows import index_json, open_document
from tests.store.helpers import PASSPHRASE, document, index_fields


def _raw_document(store: Store, plan_id: int, version: int) -> str:
    row = store.connection.execute("SELECT document FROM plan_versions WHERE plan_id = ? AND version = ?",
                                   (plan_id, version)).fetchone()
    return str(row[0])


def test_a_document_is_stored_compressed_then_sealed(store: Store) -> None:
    body = "walking the dog in the morning helps " * 40
    plan = store.plans.create(document(body=body), index_fields()).plan_id
    raw = _raw_document(store, plan, 1)
    assert raw.startswith(TEXT_PREFIX) and "walking" not in raw
    plain = store.keys.unseal(base64.b64decode(raw[len(TEXT_PREFIX):]))
    index = store.connection.execute("SELECT index_fields FROM plan_versions WHERE plan_id = ?", (plan,)).fetchone()
    preset = zlib.decompress(store.keys.unseal(index[0]))  # the version's own index fields
    assert preset == index_json(index_fields())
    inflater = zlib.decompressobj(zdict=preset)
    assert inflater.decompress(plain).decode("utf-8") == document(body=body)
    assert len(raw) < len(document(body=body)) // 2
    assert store.plans.get(plan, audit=False).document == document(body=body)
    assert store.plans.restore_version(plan, 1).document == document(body=body)


def test_the_plan_text_is_stored_once_in_full(store: Store) -> None:
    """The index fields hold the plan's text; the document is compressed against them, so a
    version row of a long plan stays small."""
    words = " ".join(f"insulin{n} sister{n * 7} walking{n * 13}" for n in range(200))
    plan = store.plans.create(document(body=words), index_fields(text=words)).plan_id
    raw = _raw_document(store, plan, 1)
    alone = len(base64.b64encode(zlib.compress(document(body=words).encode(), 6)))
    assert len(raw) < alone // 2
    assert store.plans.get(plan, audit=False).document == document(body=words)


def test_versions_sealed_before_compression_still_read_and_restore(store: Store) -> None:
    plan = store.plans.create(document(v=1), index_fields()).plan_id
    old = store.keys.seal_text("plan", document(v=0))  # how versions were sealed before
    index = store.connection.execute("SELECT index_fields FROM plan_versions WHERE plan_id = ?", (plan,)).fetchone()[0]
    with store.transaction() as conn:
        conn.execute("INSERT INTO plan_versions (plan_id, version, document, index_fields, created_at, author) "
                     "VALUES (?, 2, ?, ?, '2026-01-01T00:00:00Z', 'alice')", (plan, old, index))
        conn.execute("UPDATE plans SET version = 2 WHERE plan_id = ?", (plan,))
    assert store.plans.get(plan, audit=False).document == document(v=0)
    assert store.plans.restore_version(plan, 2).document == document(v=0)


def test_a_damaged_compressed_document_is_reported_not_crashed(store: Store) -> None:
    def no_index() -> bytes:
        raise AssertionError("a document without a preset dictionary needs no index")

    bad = TEXT_PREFIX + base64.b64encode(store.keys.seal("plan", b"\x78\x9c" + b"\x00" * 20)).decode("ascii")
    with pytest.raises(DamagedStoreError):
        open_document(store.keys, bad, no_index)
    bomb = TEXT_PREFIX + base64.b64encode(store.keys.seal("plan", zlib.compress(b" " * 80_000_000))).decode()
    with pytest.raises(DamagedStoreError):  # never inflated past the limit
        open_document(store.keys, bomb, no_index)
    packer = zlib.compressobj(6, zdict=b"the index fields")
    with_dict = packer.compress(b'{"a": "the index fields"}') + packer.flush()
    sealed = TEXT_PREFIX + base64.b64encode(store.keys.seal("plan", with_dict)).decode("ascii")
    assert open_document(store.keys, sealed, lambda: b"the index fields") == '{"a": "the index fields"}'
    with pytest.raises(DamagedStoreError):  # the wrong dictionary: reported, not garbage
        open_document(store.keys, sealed, lambda: b"other fields")


def _set_columns(statement: str) -> set[str]:
    assignments = statement.split(" SET ", 1)[1].split(" WHERE ", 1)[0]
    return {part.split("=")[0].strip() for part in re.split(r",\s*(?=[a-z_]+ = )", assignments)}


def test_a_save_sets_only_the_list_columns_that_changed(store: Store) -> None:
    plan = store.plans.create(document(), index_fields("Ann Example")).plan_id
    statements: list[str] = []
    store.connection.set_trace_callback(statements.append)
    try:
        store.plans.add_version(plan, document(phone="01632 960999"), index_fields("Ann Example"))
        store.plans.add_version(plan, document(v=3), index_fields("Ann Example", status="draft"))
    finally:
        store.connection.set_trace_callback(None)
    updates = [_set_columns(s) for s in dict.fromkeys(statements) if s.startswith("UPDATE plans SET")]
    assert updates == [{"version", "updated_at"}, {"version", "updated_at", "status"}]
    assert store.plans.count(status="draft") == 1 and store.plans.count(status="active") == 0
    summary = store.plans.page(0, 5)[0]
    assert (summary.version, summary.status, summary.name) == (3, "draft", "Ann Example")


def test_the_body_index_holds_compact_terms(store: Store) -> None:
    store.plans.create(document(), index_fields(text="clozapine twice daily"))
    store.connection.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, plan_search, 'row')")
    terms = [str(r[0]) for r in store.connection.execute("SELECT term FROM temp.vocab")]
    body = [t for t in terms if t.startswith(search.COMPACT_PREFIX)]
    assert body and all(len(t) == 11 for t in body)
    assert not any(t.startswith("clo") or (t.startswith("h") and len(t) == 21) for t in terms)


def _vocabulary(store: Store) -> list[str]:
    store.connection.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, plan_search, 'row')")
    return [str(r[0]) for r in store.connection.execute("SELECT term FROM temp.vocab")]


SCHEMA_6_TABLE = """CREATE VIRTUAL TABLE plan_search USING fts5(name, identifiers, body, content = '',
    contentless_delete = 1, detail = column, tokenize = 'unicode61 remove_diacritics 2', prefix = '3')"""


def test_a_schema_6_index_is_rebuilt_at_the_next_sign_in(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Schema 7 removes a plan's old row by its values (search_rows.py): rows indexed before (full-length
    terms, the schema-6 table) are all written again at the first sign-in with the clinical key."""
    data_dir = store.data_dir
    old = store.plans.create(document(), index_fields("Ann Example", text="clozapine twice daily")).plan_id
    new = store.plans.create(document(), index_fields("Bob Example", seq=1, text="clozapine at night")).plan_id
    conn = store.connection
    conn.execute("DROP TABLE plan_search")
    conn.execute(SCHEMA_6_TABLE)
    with monkeypatch.context() as m:  # the rows as schema 6 held them, some with full-length terms
        m.setattr(search, "compact", lambda blinded: blinded)
        for plan_id, text, name in ((old, "clozapine twice daily", "Ann Example"),
                                    (new, "clozapine at night", "Bob Example")):
            conn.execute("INSERT INTO plan_search (rowid, name, identifiers, body) VALUES (?, ?, '', ?)",
                         (plan_id, name, search.blinded_body(text, store._keyring.blind)))
    conn.execute("PRAGMA user_version = 6")
    assert any(t.startswith("h") and len(t) == 21 for t in _vocabulary(store))
    store.close()
    with Store.open(data_dir, "alice", PASSPHRASE) as reopened:
        terms = _vocabulary(reopened)
        assert not any(t.startswith("h") and len(t) == 21 for t in terms), "full-length terms left behind"
        assert not {"clozapine", "twice", "night"} & set(terms), "clinical words in the index"
        assert {p.plan_id for p in reopened.plans.search("clozap")} == {old, new}
        reopened.plans.add_version(old, document(v=2), index_fields("Ann Example", text="olanzapine twice daily"))
        assert [p.plan_id for p in reopened.plans.search("clozap")] == [new]
        assert [p.plan_id for p in reopened.plans.search("olanz")] == [old]
        assert reopened.connection.execute("SELECT count(*) FROM store_info WHERE key = 'search_rebuild_due'"
                                           ).fetchone()[0] == 0
