"""What changed between two versions of a plan."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings

from crisisplan.forms.diff import Change, diff_plans
from crisisplan.forms.plan import CrisisPlan
from tests.forms.strategies import plans


def _plan(data: dict[str, Any]) -> CrisisPlan:
    return CrisisPlan.model_validate(data)


SIGNS = [{"sign": "One"}, {"sign": "Two"}, {"sign": "Three"}]


def test_no_changes() -> None:
    plan = _plan({"person": {"given_name": "Ada"}, "early_warning_signs": SIGNS})
    assert diff_plans(plan, plan.model_copy(deep=True)) == []


def test_field_change() -> None:
    old = _plan({"person": {"given_name": "Ada", "address": {"postcode": "OX4 1AB"}}})
    new = _plan({"person": {"given_name": "Adaeze", "address": {"postcode": "OX4 1AB"}}})
    assert diff_plans(old, new) == [Change("person.given_name", "About me › Given name", "Ada", "Adaeze")]


def test_set_and_cleared_values_and_display() -> None:
    old = _plan(
        {
            "person": {"date_of_birth": "1990-03-04", "interpreter_needed": True},
            "process": {"status": "draft"},
        }
    )
    new = _plan(
        {"person": {"gender": "non_binary"}, "process": {"status": "agreed", "review_date": "2026-01-31"}}
    )
    changes = {c.path: c for c in diff_plans(old, new)}
    assert changes["person.date_of_birth"] == Change(
        "person.date_of_birth", "About me › Date of birth", "4 March 1990", None
    )
    assert changes["person.interpreter_needed"].before == "Yes"
    assert changes["person.interpreter_needed"].after == "No"
    assert changes["person.gender"].before is None and changes["person.gender"].after == "Non-binary"
    assert changes["process.status"].after == "Agreed"
    assert changes["process.review_date"].after == "31 January 2026"
    assert len(changes) == 5


def test_insert_at_the_top_is_one_addition() -> None:
    old = _plan({"early_warning_signs": SIGNS})
    new = _plan({"early_warning_signs": [{"sign": "Zero", "what_i_do": "Rest"}, *SIGNS]})
    assert diff_plans(old, new) == [
        Change("early_warning_signs[0]", "Early warning signs (entry 1, added)", None, "Zero; Rest")
    ]


def test_removal_uses_old_index() -> None:
    old = _plan({"early_warning_signs": SIGNS})
    new = _plan({"early_warning_signs": [SIGNS[0], SIGNS[2]]})
    assert diff_plans(old, new) == [
        Change("early_warning_signs[1]", "Early warning signs (entry 2, removed)", "Two", None)
    ]


def test_edit_inside_an_entry() -> None:
    old = _plan({"need_to_know": {"medicines": [{"name": "Sertraline", "dose": "50 mg"}]}})
    new = _plan({"need_to_know": {"medicines": [{"name": "Sertraline", "dose": "100 mg"}]}})
    assert diff_plans(old, new) == [
        Change(
            "need_to_know.medicines[0].dose",
            "Need to know in a crisis › Prescribed medicines (entry 1) › Dose and how often",
            "50 mg",
            "100 mg",
        )
    ]


def test_consent_is_matched_by_recipient_and_item() -> None:
    when = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)
    police = {"recipient": "police", "item": "risks", "status": "given", "recorded_at": when}
    ambulance = {"recipient": "ambulance", "item": "risks", "status": "given", "recorded_at": when}
    old = _plan({"consent": [police, ambulance]})
    new = _plan(
        {
            "consent": [
                {**ambulance},
                {**police, "status": "refused"},
                {"recipient": "gp", "item": "name", "status": "given", "recorded_at": when},
            ]
        }
    )
    assert diff_plans(old, new) == [
        Change(
            "consent[1].status",
            "Consent to sharing › Police › Risk factors › Consent",
            "Consent given",
            "Consent refused",
        ),
        Change("consent[2]", "Consent to sharing › GP › Name (added)", None, "Consent given"),
    ]
    removed = diff_plans(old, _plan({"consent": [ambulance]}))
    assert removed == [
        Change("consent[0]", "Consent to sharing › Police › Risk factors (removed)", "Consent given", None)
    ]


def test_long_entries_are_summarised() -> None:
    old = CrisisPlan.empty()
    new = _plan({"advance_decisions": [{"treatment_refused": "x" * 900, "made_on": date(2020, 1, 1)}]})
    (change,) = diff_plans(old, new)
    assert change.after is not None and len(change.after) == 200 and change.after.endswith("…")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans, plans)
def test_diff_is_empty_exactly_when_equal(a: CrisisPlan, b: CrisisPlan) -> None:
    assert diff_plans(a, a) == []
    changes = diff_plans(a, b)
    assert (changes == []) == (a == b)
    for change in changes:
        assert change.before != change.after
