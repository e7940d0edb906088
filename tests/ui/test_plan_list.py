"""The plan list: lazy model (checked by qtmodeltester), search as you type, filters, the reviews-due
overview, sorting, opening plans, and what a reception/admin user may do."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from crisisplan.services.overview import PlanFilter, PlanOrder, PlanQuery
from crisisplan.services.plans import save_plan
from crisisplan.ui.plans.model import NAME, REVIEW, PlanTableModel
from crisisplan.ui.plans.page import PlanListPage
from tests.ui.helpers import add_plans, add_user, with_process

TODAY = date.today()


@pytest.fixture
def mixed_plans(admin_session):
    """20 plans: 3 overdue, 4 due within 28 days, 13 later; 5 of the later ones are drafts."""
    plans = add_plans(admin_session, 0)
    from crisisplan.services.demo import generate_plans

    made = []
    for i, plan in enumerate(generate_plans(20, seed=11)):
        if i < 3:
            plan = with_process(plan, review=TODAY - timedelta(days=5 + i), status="agreed")
        elif i < 7:
            plan = with_process(plan, review=TODAY + timedelta(days=3 + i), status="agreed")
        elif i < 12:
            plan = with_process(plan, review=TODAY + timedelta(days=200), status="draft")
        else:
            plan = with_process(plan, review=TODAY + timedelta(days=300 + i), status="agreed")
        save_plan(admin_session, plan)
        made.append(plan)
    return plans + made


def make_page(qtbot, session) -> PlanListPage:
    page = PlanListPage(session, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_model_is_sound_and_lazy(qtbot, qtmodeltester, admin_session):
    add_plans(admin_session, 250)
    model = PlanTableModel(admin_session, page_size=100, today=TODAY)
    model.refresh()
    assert model.total == 250 and model.rowCount() == 100
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    qtmodeltester.check(model)  # (it fetches the rest itself)
    assert model.rowCount() == 250
    model.set_query(PlanQuery("zzzz-no-such-person", today=TODAY))
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    model.clear()
    qtmodeltester.check(model)
    assert not model.canFetchMore(QModelIndex())


def test_scrolling_fetches_the_next_page(qtbot, admin_session):
    add_plans(admin_session, 250)
    page = make_page(qtbot, admin_session)
    assert page.model.rowCount() == 100
    assert "Showing 100 of 250" in page.count.text()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() > 100)
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 250)
    assert page.count.text() == "250 plan(s)"


def test_search_as_you_type_is_debounced(qtbot, admin_session):
    plans = add_plans(admin_session, 60)
    family = plans[0].person.family_name
    page = make_page(qtbot, admin_session)
    page.search.setFocus()
    qtbot.keyClicks(page.search, family[:4])
    assert page.model.query.search == ""  # not yet: waits for a pause in typing
    qtbot.waitUntil(lambda: page.model.query.search == family[:4], timeout=2000)
    ids = {page.model.plan_id(r) for r in range(page.model.rowCount())}
    assert 1 in ids and len(ids) < 60  # plan 1 is plans[0]; search covers any text, so others may match
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # Enter searches now and moves to the results
    assert page.table.hasFocus() or not page.isActiveWindow()
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total == 60, timeout=2000)


def test_search_by_nhs_number(qtbot, admin_session):
    plans = add_plans(admin_session, 30)
    nhs = plans[5].person.nhs_number
    page = make_page(qtbot, admin_session)
    qtbot.keyClicks(page.search, nhs)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.total == 1
    assert page.model.data(page.model.index(0, 1)).replace(" ", "") == nhs.replace(" ", "")


def test_filters_and_reviews_due_overview(qtbot, mixed_plans, admin_session):
    page = make_page(qtbot, admin_session)
    counts = page.overview.counts
    assert counts is not None
    assert (counts.overdue, counts.due_soon, counts.drafts, counts.total) == (3, 4, 5, 20)
    assert page.overview.overdue.text() == "3 overdue"

    page.filter.setFocus()
    qtbot.keyClick(page.filter, Qt.Key.Key_Down)  # "Review due or overdue"
    assert page.model.query.plan_filter is PlanFilter.REVIEW_DUE
    assert page.model.total == 7
    reviews = [page.model.data(page.model.index(r, REVIEW)) for r in range(page.model.rowCount())]
    assert sum("(overdue)" in r for r in reviews) == 3 and sum("(due soon)" in r for r in reviews) == 4

    qtbot.mouseClick(page.overview.drafts, Qt.MouseButton.LeftButton)
    assert page.filter.currentData() == PlanFilter.DRAFT and page.model.total == 5
    statuses = {page.model.data(page.model.index(r, 5)) for r in range(page.model.rowCount())}
    assert statuses == {"Draft"}

    qtbot.mouseClick(page.overview.overdue, Qt.MouseButton.LeftButton)
    assert page.model.total == 3


def test_sort_by_review_date(qtbot, mixed_plans, admin_session):
    page = make_page(qtbot, admin_session)
    page.order.setFocus()
    qtbot.keyClick(page.order, Qt.Key.Key_Down)
    assert page.model.query.order is PlanOrder.REVIEW_DATE
    first = page.model.data(page.model.index(0, REVIEW))
    assert "(overdue)" in first
    assert page.table.horizontalHeader().sortIndicatorSection() == REVIEW
    page.table.horizontalHeader().sectionClicked.emit(NAME)  # clicking the Name header
    assert page.model.query.order is PlanOrder.NAME and page.order.currentData() == PlanOrder.NAME


def test_enter_and_double_click_open_the_plan(qtbot, admin_session):
    add_plans(admin_session, 5)
    page = make_page(qtbot, admin_session)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    expected = page.current_plan_id()
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [expected]
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [page.model.plan_id(0)]


def test_reception_sees_the_list_but_cannot_open_plans(qtbot, admin_session, sign_in):
    add_plans(admin_session, 12)
    secret = add_user(admin_session, "rita", ["admin"])
    rita = sign_in("rita", secret)
    page = make_page(qtbot, rita)
    assert page.model.total == 12  # names, dates of birth and NHS numbers: yes
    assert not page.new_button.isVisible() and not page.share_button.isVisible()
    opened: list[int] = []
    page.open_requested.connect(opened.append)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == []
    assert "does not allow you to read a crisis plan" in page.notice.text


def test_clear_forgets_everything(qtbot, admin_session):
    add_plans(admin_session, 5)
    page = make_page(qtbot, admin_session)
    page.search.setText("abc")
    page.clear()
    assert page.model.rowCount() == 0 and page.search.text() == "" and page.count.text() == ""
    qtbot.wait(200)  # the search delay passes without reading anything
    assert page.model.rowCount() == 0
