"""P14 in the desktop plan list: every page after the first is found by the key of the last row
shown (keyset paging), never by OFFSET, in every sort order, with filters and with a search; the
rows are exactly the plans the store lists in that order."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from crisisplan.services.demo import generate_plans
from crisisplan.services.overview import REVIEW_WINDOW_DAYS, PlanFilter, PlanOrder, PlanQuery
from crisisplan.services.plans import save_plan
from crisisplan.ui.plans.model import PlanTableModel
from tests.ui.helpers import with_process

TODAY = date.today()


@pytest.fixture
def plans(admin_session: Any) -> None:
    """45 plans: some without a review date, reviews from 4 days ago to 85 days ahead, a quarter drafts."""
    with admin_session.store.transaction():
        for i, plan in enumerate(generate_plans(45, seed=5)):
            review = None if i % 9 == 0 else TODAY + timedelta(days=(i * 37) % 90 - 4)
            save_plan(admin_session, with_process(plan, review=review, status="draft" if i % 4 == 0 else "agreed"))


class PageSpy:
    """Records every call to the store's `plans.page` (offset, after) and what it returned."""

    def __init__(self, store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[int, Any, list[Any]]] = []
        real = store.plans.page

        def page(offset: int, limit: int, **kwargs: Any) -> list[Any]:
            rows = real(offset, limit, **kwargs)
            self.calls.append((offset, kwargs.get("after"), list(rows)))  # the model extends its list
            return rows

        monkeypatch.setattr(store.plans, "page", page)


@pytest.mark.parametrize("order", list(PlanOrder))
@pytest.mark.parametrize("plan_filter", [PlanFilter.ALL, PlanFilter.DRAFT, PlanFilter.REVIEW_DUE])
def test_every_later_page_is_found_by_key(qtbot: Any, admin_session: Any, plans: None, monkeypatch: pytest.MonkeyPatch,
                                          order: PlanOrder, plan_filter: PlanFilter) -> None:
    spy = PageSpy(admin_session.store, monkeypatch)
    model = PlanTableModel(admin_session, page_size=4, today=TODAY)
    model.set_query(PlanQuery("", plan_filter, order, TODAY))
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    shown = [model.plan_id(r) for r in range(model.rowCount())]
    expected = admin_session.store.plans.ids(order=order.value, **_filters(plan_filter))
    assert shown == expected and len(shown) == model.total > 4
    _assert_keyset(spy.calls)


def _assert_keyset(calls: list[tuple[int, Any, list[Any]]]) -> None:
    assert len(calls) > 1 and calls[0][:2] == (0, None)
    for (offset, after, _rows), (_offset, _after, previous) in zip(calls[1:], calls, strict=False):
        assert offset == 0, "a later page was read by OFFSET"
        assert after == previous[-1], "a later page did not start after the last row shown"


def _filters(plan_filter: PlanFilter) -> dict[str, Any]:
    if plan_filter is PlanFilter.DRAFT:
        return {"status": "draft"}
    if plan_filter is PlanFilter.REVIEW_DUE:
        return {"review_before": (TODAY + timedelta(days=REVIEW_WINDOW_DAYS + 1)).isoformat()}
    return {}


def test_search_results_page_by_key_too(qtbot: Any, admin_session: Any, plans: None,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    spy = PageSpy(admin_session.store, monkeypatch)
    model = PlanTableModel(admin_session, page_size=3, today=TODAY)
    model.set_query(PlanQuery("999", PlanFilter.ALL, PlanOrder.NAME, TODAY))  # every NHS number
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total == 45
    assert len({model.plan_id(r) for r in range(45)}) == 45
    _assert_keyset(spy.calls)
