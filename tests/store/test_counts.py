"""P13/P14: maintained plan counts equal a full count after any mix of creates and edits, and a
store migrated from schema 2 starts with exact counts."""

from __future__ import annotations

import random

from crisisplan.store import Store
from crisisplan.store.counts import maintained_count
from crisisplan.store.migrations import migrate
from tests.store.helpers import document, index_fields

STATUSES = ["active", "draft", "archived"]
DAYS = [None, "2026-01-01", "2026-02-01", "2026-03-15", "2027-01-01"]


def _scan(store: Store, status: str | None, before: str | None) -> int:
    sql, params = "SELECT count(*) FROM plans WHERE 1", []
    if status is not None:
        sql, params = sql + " AND status = ?", [*params, status]
    if before is not None:
        sql, params = sql + " AND review_date IS NOT NULL AND review_date < ?", [*params, before]
    return int(store.connection.execute(sql, params).fetchone()[0])


def _check(store: Store) -> None:
    for status in [None, *STATUSES, "nonexistent"]:
        assert store.plans.count(status=status) == _scan(store, status, None)
    for before in ["2025-12-31", "2026-02-01", "2026-02-02", "2030-01-01"]:
        assert store.plans.count(review_before=before) == _scan(store, None, before)
        assert maintained_count(store.connection, status=None, review_before=before) == _scan(store, None, before)
        assert store.plans.count(status="draft", review_before=before) == _scan(store, "draft", before)


def test_counts_follow_creates_and_edits(store: Store) -> None:
    rng = random.Random(3)
    ids = []
    for n in range(60):
        ids.append(store.plans.create(document(n=n), index_fields(f"P {n}", seq=n, status=rng.choice(STATUSES),
                                                                  review=rng.choice(DAYS))).plan_id)
    _check(store)
    for n in range(120):
        plan = rng.choice(ids)
        store.plans.add_version(plan, document(n=n), index_fields(f"P {plan}", seq=plan, status=rng.choice(STATUSES),
                                                                  review=rng.choice(DAYS)))
    _check(store)
    store.plans.restore_version(ids[0], 1)
    _check(store)


def test_a_store_migrated_from_schema_3_starts_with_exact_counts(store: Store) -> None:
    for n in range(20):
        store.plans.create(document(n=n), index_fields(f"P {n}", seq=n, status=STATUSES[n % 3], review=DAYS[n % 5]))
    conn = store.connection
    with store.transaction():
        for name in ("plans_counted_insert", "plans_counted_delete", "plans_counted_update"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE plan_counts")
        conn.execute("DROP TABLE plan_review_days")
        conn.execute("PRAGMA user_version = 3")
    migrate(conn, target=4)  # only the step under test (later steps are already in place)
    _check(store)
