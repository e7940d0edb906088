"""P13/P14: the plan list pages by key (no OFFSET) in every order, with and without filters, and
gives exactly the rows the old offset paging gave; `among` restricts to a set of ids in SQL."""

from __future__ import annotations

import random

import pytest

from crisisplan.store import Store
from tests.store.helpers import document, index_fields

ORDERS = ["name", "review_date", "updated", "id"]


@pytest.fixture
def plans(store: Store) -> list[int]:
    rng = random.Random(9)
    names = ["Ann Example", "Bob Example", "Éva Example", "ann example", "Cy Test"]
    days = [None, "2026-01-01", "2026-02-01", None, "2026-03-01"]
    ids = []
    with store.transaction():
        for n in range(70):
            ids.append(store.plans.create(document(n=n), index_fields(rng.choice(names), seq=n, review=rng.choice(days),
                                                                      status=rng.choice(["active", "draft"]))).plan_id)
    return ids


def _by_key(store: Store, size: int, **filters: object) -> list[int]:
    out, after = [], None
    while True:
        page = store.plans.page(0, size, after=after, **filters)  # type: ignore[arg-type]
        if not page:
            return out
        out.extend(s.plan_id for s in page)
        after = page[-1]


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("size", [1, 7, 50])
def test_keyset_pages_equal_the_whole_ordered_list(store: Store, plans: list[int], order: str, size: int) -> None:
    assert _by_key(store, size, order=order) == store.plans.ids(order=order)
    assert _by_key(store, size, order=order, status="draft") == store.plans.ids(order=order, status="draft")
    assert _by_key(store, size, order=order, search="example") == store.plans.ids(order=order, search="example")


def test_among_restricts_to_the_given_ids_in_sql(store: Store, plans: list[int]) -> None:
    wanted = set(plans[::9])
    assert store.plans.ids(among=wanted, order="name") == [i for i in store.plans.ids(order="name") if i in wanted]
    assert store.plans.count(among=wanted) == len(wanted)
    assert store.plans.count(among=set()) == 0
    assert [s.plan_id for s in store.plans.page(0, 100, among=wanted, order="id")] == sorted(wanted)
