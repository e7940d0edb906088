"""services/overview.py (no Qt): the plan list's filters and orders, the reviews-due counts, plans
whose card is past its review date, plans with unsaved drafts, protocols and keys as records."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from crisisplan.services import cards, protocols
from crisisplan.services.demo import generate_plans
from crisisplan.services.drafts import plan_draft_key, save_draft
from crisisplan.services.errors import PermissionDenied
from crisisplan.services.overview import (
    PlanFilter,
    PlanOrder,
    PlanQuery,
    expired_card_plan_ids,
    plan_count,
    plan_page,
    protocol_choices,
    review_counts,
    signing_keys,
)
from crisisplan.services.plans import save_plan
from tests.ui.helpers import add_user, with_process

TODAY = date(2026, 3, 1)


@pytest.fixture
def plans(admin_session):
    ids = []
    reviews = [TODAY - timedelta(days=1), TODAY, TODAY + timedelta(days=28), TODAY + timedelta(days=29),
               TODAY + timedelta(days=400)]
    for i, plan in enumerate(generate_plans(5, seed=5, today=TODAY)):
        plan = with_process(plan, review=reviews[i], status="draft" if i == 4 else "agreed")
        ids.append(save_plan(admin_session, plan).plan_id)
    return ids


def test_review_counts_and_window_edges(admin_session, plans):
    counts = review_counts(admin_session, TODAY)
    # overdue: yesterday only; due within 28 days: today and today + 28 (not + 29)
    assert (counts.overdue, counts.due_soon, counts.drafts, counts.total) == (1, 2, 1, 5)


def test_filters_count_and_page_agree(admin_session, plans):
    for plan_filter, expected in ((PlanFilter.ALL, 5), (PlanFilter.REVIEW_DUE, 3), (PlanFilter.REVIEW_OVERDUE, 1),
                                  (PlanFilter.DRAFT, 1), (PlanFilter.CARD_EXPIRED, 0), (PlanFilter.UNSAVED, 0)):
        query = PlanQuery(plan_filter=plan_filter, today=TODAY)
        assert plan_count(admin_session, query) == expected, plan_filter
        assert len(plan_page(admin_session, query, 0, 100)) == expected, plan_filter


def test_orders(admin_session, plans):
    by_review = plan_page(admin_session, PlanQuery(order=PlanOrder.REVIEW_DATE, today=TODAY), 0, 10)
    assert [p.review_date for p in by_review] == sorted(p.review_date for p in by_review)
    by_name = plan_page(admin_session, PlanQuery(order="name", today=TODAY), 0, 10)  # plain strings work
    assert [p.name.lower() for p in by_name] == sorted(p.name.lower() for p in by_name)
    paged = plan_page(admin_session, PlanQuery(today=TODAY), 2, 2)
    assert [p.plan_id for p in paged] == [p.plan_id for p in by_name[2:4]]


def test_unsaved_filter_lists_plans_with_drafts(admin_session, plans):
    save_draft(admin_session, plan_draft_key(plans[2]), {"person": {}}, 1)
    query = PlanQuery(plan_filter=PlanFilter.UNSAVED, today=TODAY)
    assert [p.plan_id for p in plan_page(admin_session, query, 0, 10)] == [plans[2]]


def test_card_past_its_review_date(admin_session, tmp_path: Path):
    plan = next(p for p in generate_plans(40, seed=2014, today=TODAY) if p.consent)
    plan_id = save_plan(admin_session, plan).plan_id
    recipient = plan.consent[0].recipient
    issued_on = TODAY - timedelta(days=800)
    loaded, shown = cards.preview(admin_session, plan_id, recipient, today=issued_on)
    if not shown.consented_items:
        pytest.skip("this demo plan has no consented items for its first recipient")
    decision = cards.decide(admin_session, shown, share=True, reason="Agreed at review")
    card = cards.issue_card(admin_session, loaded, shown, decision, tmp_path / "cards", today=issued_on)
    assert card.valid_until < TODAY
    assert expired_card_plan_ids(admin_session, TODAY) == {plan_id}
    query = PlanQuery(plan_filter=PlanFilter.CARD_EXPIRED, today=TODAY)
    assert plan_count(admin_session, query) == 1
    assert [p.plan_id for p in plan_page(admin_session, query, 0, 10)] == [plan_id]
    assert expired_card_plan_ids(admin_session, issued_on) == set()


def test_protocols_and_keys_as_records(admin_session):
    choices = protocol_choices(admin_session)
    assert len(choices) >= 3 and sum(c.active for c in choices) == 1
    assert all(c.recipients for c in choices)
    kid = protocols.ensure_signing_key(admin_session)
    assert [k.kid for k in signing_keys(admin_session)] == [kid]


def test_roles_are_enforced(admin_session, sign_in):
    secret = add_user(admin_session, "cleo", ["clinician"])
    cleo = sign_in("cleo", secret)
    assert plan_count(cleo, PlanQuery()) == 0
    with pytest.raises(PermissionDenied):
        protocol_choices(cleo)
    with pytest.raises(PermissionDenied):
        signing_keys(cleo)
