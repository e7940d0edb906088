"""Plans: versions, conflicts, restore of a version, immutability, lists and orders."""

from __future__ import annotations

import json

import pytest
from sqlcipher3 import dbapi2

from crisisplan.store import ConflictError, InvalidInputError, NotFoundError, Store
from tests.store.helpers import document, index_fields


def test_create_and_get_round_trip(store: Store) -> None:
    saved = store.plans.create(document(a=1), index_fields("Ann Example"), note="first")
    assert saved.version == 1 and saved.author == "alice" and saved.note == "first"
    got = store.plans.get(saved.plan_id)
    assert got == saved
    assert json.loads(got.document) == {"a": 1, "phone": "01632 960123"}


def test_versions_history_and_get_old_version(store: Store) -> None:
    v1 = store.plans.create(document(v=1), index_fields())
    v2 = store.plans.add_version(v1.plan_id, document(v=2), index_fields(), base_version=1, note="review")
    v3 = store.plans.add_version(v1.plan_id, document(v=3), index_fields())
    assert (v2.version, v3.version) == (2, 3)
    history = store.plans.versions(v1.plan_id)
    assert [h.version for h in history] == [1, 2, 3]
    assert history[1].note == "review"
    assert json.loads(store.plans.get(v1.plan_id, 2).document)["v"] == 2
    assert json.loads(store.plans.get(v1.plan_id).document)["v"] == 3
    assert store.plans.page(0, 10)[0].version == 3


def test_stale_base_version_is_a_conflict_and_writes_nothing(store: Store) -> None:
    v1 = store.plans.create(document(v=1), index_fields())
    store.plans.add_version(v1.plan_id, document(v=2), index_fields(), base_version=1)
    audit_before = store.audit.count()
    with pytest.raises(ConflictError, match="Someone else saved"):
        store.plans.add_version(v1.plan_id, document(v="mine"), index_fields("Changed Name"), base_version=1)
    assert [h.version for h in store.plans.versions(v1.plan_id)] == [1, 2]
    assert store.plans.page(0, 5)[0].name == "Ann Example"
    assert store.audit.count() == audit_before
    assert store.plans.search("changed") == []


def test_restore_version_copies_document_and_index(store: Store) -> None:
    v1 = store.plans.create(document(v=1), index_fields("Old Name", postcode="OX1 1AA"))
    store.plans.add_version(v1.plan_id, document(v=2), index_fields("New Name", postcode="KT1 2BB"))
    restored = store.plans.restore_version(v1.plan_id, 1)
    assert restored.version == 3
    assert json.loads(restored.document)["v"] == 1
    summary = store.plans.summaries([v1.plan_id])[0]
    assert (summary.name, summary.postcode, summary.version) == ("Old Name", "OX1 1AA", 3)
    assert [s.plan_id for s in store.plans.search("old name")] == [v1.plan_id]
    assert store.plans.search("new name") == []
    last = store.audit.entries(person=v1.plan_id)[-1]
    assert (last.action, last.detail) == ("restore-version", "version 3 from version 1")


def test_versions_are_immutable_in_the_database(store: Store) -> None:
    v1 = store.plans.create(document(v=1), index_fields())
    conn = store.connection
    with pytest.raises(dbapi2.IntegrityError, match="cannot be changed"):
        conn.execute("UPDATE plan_versions SET document = 'x' WHERE plan_id = ?", (v1.plan_id,))
    with pytest.raises(dbapi2.IntegrityError, match="cannot be deleted"):
        conn.execute("DELETE FROM plan_versions WHERE plan_id = ?", (v1.plan_id,))
    assert store.plans.get(v1.plan_id).document == v1.document


def test_missing_plan_and_version(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.plans.get(12345)
    with pytest.raises(NotFoundError):
        store.plans.add_version(12345, document(), index_fields())
    v1 = store.plans.create(document(), index_fields())
    with pytest.raises(NotFoundError):
        store.plans.get(v1.plan_id, 9)
    with pytest.raises(NotFoundError):
        store.plans.restore_version(v1.plan_id, 9)
    with pytest.raises(NotFoundError):
        store.plans.versions(999)


def test_page_count_ids_filters_and_orders(store: Store) -> None:
    specs = [("Cara Zed", "active", "2026-03-01"), ("abe Young", "draft", "2026-01-15"),
             ("Émile Xu", "active", None), ("bea Vaughan", "archived", "2025-12-01")]
    ids = [store.plans.create(document(i=i), index_fields(n, seq=i, status=s, review=r)).plan_id
           for i, (n, s, r) in enumerate(specs)]
    by_name = [p.name for p in store.plans.page(0, 10)]
    assert by_name == ["abe Young", "bea Vaughan", "Cara Zed", "Émile Xu"]  # case and accent blind
    assert [p.name for p in store.plans.page(1, 2)] == ["bea Vaughan", "Cara Zed"]
    assert store.plans.count() == 4
    assert store.plans.count(status="active") == 2
    assert store.plans.ids(status="active") == [ids[0], ids[2]]
    assert store.plans.ids(review_before="2026-02-01", order="review_date") == [ids[3], ids[1]]
    assert store.plans.ids(order="review_date")[-1] == ids[2]  # no review date sorts last
    assert store.plans.ids(order="id") == ids
    assert store.plans.ids(order="updated")[0] == ids[3]
    assert store.plans.count(search="young", status="draft") == 1
    assert store.plans.count(search="young", status="active") == 0
    with pytest.raises(InvalidInputError):
        store.plans.page(0, 10, order="name; DROP TABLE plans")


def test_summaries_keep_order_and_skip_unknown_ids(store: Store) -> None:
    ids = [store.plans.create(document(i=i), index_fields(f"Person {i}", seq=i)).plan_id for i in range(3)]
    got = store.plans.summaries([ids[2], 9999, ids[0]])
    assert [s.plan_id for s in got] == [ids[2], ids[0]]
    many = store.plans.summaries(list(range(1, 1200)))
    assert [s.plan_id for s in many] == ids


def test_one_transaction_can_hold_many_saves(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.plans.create(document(), index_fields("Rolled Back"))
        raise RuntimeError("caller changed its mind")
    assert store.plans.count() == 0
    assert store.audit.entries()[-1].action != "create"
    with store.transaction():
        store.plans.create(document(), index_fields("Kept One"))
        store.plans.create(document(), index_fields("Kept Two", seq=1))
    assert store.plans.count() == 2
