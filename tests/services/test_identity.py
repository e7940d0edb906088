"""Identity safeguards (issue 8, section 2): refused by the services, so the desktop app and the
command line refuse alike; a second plan for an NHS number is found; re-importing updates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crisisplan.forms.identity import identity_problems
from crisisplan.forms.plan import CrisisPlan
from crisisplan.services.demo import generate_plans
from crisisplan.services.errors import ConflictError, PlanInputError
from crisisplan.services.plans import (
    count_plans,
    export_plans,
    import_plans,
    load_plan,
    plan_history,
    plans_with_nhs_number,
    save_plan,
)

TODAY = date(2026, 6, 1)


def with_dates(plan: CrisisPlan, *, dob: date | None = None, agreed: date | None = None,
               review: date | None = None) -> CrisisPlan:
    person = plan.person.model_copy(update={"date_of_birth": dob})
    agreement = plan.process.agreement.model_copy(update={"signed_off_on": agreed})
    process = plan.process.model_copy(update={"agreement": agreement, "review_date": review})
    return plan.model_copy(update={"person": person, "process": process})


def test_identity_rules_with_dates_written_as_typed():
    plan = next(generate_plans(1, seed=5))
    assert identity_problems(with_dates(plan, dob=date(1980, 2, 3)), TODAY) == []
    future = identity_problems(with_dates(plan, dob=TODAY + timedelta(days=1)), TODAY)
    assert [p.path for p in future] == ["person.date_of_birth"]
    assert "in the future" in future[0].message and "01/06/2026" in future[0].message  # today, not the value
    assert f"{TODAY + timedelta(days=1):%d/%m/%Y}" not in future[0].message
    old = identity_problems(with_dates(plan, dob=date(1905, 6, 1)), TODAY)
    assert "over 120" in old[0].message
    assert identity_problems(with_dates(plan, dob=date(1906, 6, 1)), TODAY) == []  # exactly 120
    early = identity_problems(with_dates(plan, agreed=date(2026, 5, 10), review=date(2026, 5, 9)), TODAY)
    assert [p.path for p in early] == ["process.review_date"]
    assert "10/05/2026" not in early[0].message and "09/05/2026" not in early[0].message  # no values
    assert identity_problems(with_dates(plan, agreed=date(2026, 5, 10), review=date(2026, 5, 10)), TODAY) == []


def test_save_refuses_a_future_date_of_birth_and_writes_nothing(session):
    plan = with_dates(next(generate_plans(1, seed=5)), dob=date.today() + timedelta(days=3))
    with pytest.raises(PlanInputError, match="Date of birth: is in the future"):
        save_plan(session, plan)
    assert count_plans(session) == 0


def test_a_second_plan_for_an_nhs_number_is_found(session):
    first, second = generate_plans(2, seed=11)
    saved = save_plan(session, first).plan_id
    save_plan(session, second)
    nhs = first.person.nhs_number
    assert nhs
    spaced = f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}"
    assert [p.plan_id for p in plans_with_nhs_number(session, spaced)] == [saved]
    assert plans_with_nhs_number(session, nhs, other_than=saved) == []


def test_reimporting_an_exported_plan_offers_to_update_it(session):
    plan = next(generate_plans(1, seed=12))
    plan_id = save_plan(session, plan).plan_id
    exported = export_plans(session, [plan_id])
    with pytest.raises(ConflictError, match="update the existing plans"):
        import_plans(session, exported)
    assert count_plans(session) == 1
    assert import_plans(session, exported, update_existing=True) == [plan_id]
    assert count_plans(session) == 1
    assert [v.version for v in plan_history(session, plan_id)] == [1, 2]
    assert load_plan(session, plan_id).plan == plan
