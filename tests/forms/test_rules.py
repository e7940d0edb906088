"""Age, review status, young person, documents held and advance-decision validity (MCA 2005 ss24-26)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from crisisplan.forms import rules
from crisisplan.forms.advance import AdvanceDecision, AdvanceStatement, Attorney, AttorneyKind
from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.process import PlanStatus
from crisisplan.forms.rules import ReviewStatus

TODAY = date(2025, 6, 15)
DOB = date(1980, 3, 1)


# ---- age -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dob", "on", "age"),
    [
        (date(2000, 6, 15), date(2018, 6, 14), 17),
        (date(2000, 6, 15), date(2018, 6, 15), 18),
        (date(2000, 6, 15), date(2000, 6, 15), 0),
        (date(2000, 12, 31), date(2001, 1, 1), 0),
        (date(2000, 2, 29), date(2018, 2, 28), 17),  # leap-day birthday: a year older on 1 March
        (date(2000, 2, 29), date(2018, 3, 1), 18),
        (date(2000, 2, 29), date(2020, 2, 29), 20),
    ],
)
def test_age_on(dob: date, on: date, age: int) -> None:
    assert rules.age_on(dob, on) == age


def test_age_before_birth_is_an_error() -> None:
    with pytest.raises(ValueError, match="before the date of birth"):
        rules.age_on(date(2000, 1, 2), date(2000, 1, 1))


# ---- review status -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        (None, ReviewStatus.NOT_SET),
        (TODAY - timedelta(days=1), ReviewStatus.OVERDUE),
        (TODAY - timedelta(days=400), ReviewStatus.OVERDUE),
        (TODAY, ReviewStatus.DUE_SOON),
        (TODAY + timedelta(days=28), ReviewStatus.DUE_SOON),
        (TODAY + timedelta(days=29), ReviewStatus.CURRENT),
        (TODAY + timedelta(days=365), ReviewStatus.CURRENT),
    ],
)
def test_review_status(review: date | None, expected: ReviewStatus) -> None:
    assert rules.review_status(review, TODAY) is expected


def test_review_status_custom_window() -> None:
    in_ten = TODAY + timedelta(days=10)
    assert rules.review_status(in_ten, TODAY, due_soon_days=7) is ReviewStatus.CURRENT
    assert rules.review_status(in_ten, TODAY, due_soon_days=10) is ReviewStatus.DUE_SOON
    assert ReviewStatus.OVERDUE.label == "Review overdue"


# ---- young person and documents held ---------------------------------------------------------------


def _plan(**sections: Any) -> CrisisPlan:
    return CrisisPlan.model_validate(sections)


def test_young_person_from_age() -> None:
    assert rules.is_young_person(_plan(person={"date_of_birth": date(2008, 6, 16)}), TODAY)  # 17
    assert not rules.is_young_person(_plan(person={"date_of_birth": date(2007, 6, 15)}), TODAY)  # 18 today
    assert not rules.is_young_person(CrisisPlan.empty(), TODAY)


def test_young_person_setting_wins() -> None:
    no_dob = _plan(young_person={"is_young_person": True})
    assert rules.is_young_person(no_dob, TODAY)
    adult_set = _plan(person={"date_of_birth": date(2007, 1, 1)}, young_person={"is_young_person": True})
    assert rules.is_young_person(adult_set, TODAY)
    child_unset = _plan(person={"date_of_birth": date(2012, 1, 1)}, young_person={"is_young_person": False})
    assert not rules.is_young_person(child_unset, TODAY)


def test_future_date_of_birth_is_not_a_young_person() -> None:
    assert not rules.is_young_person(_plan(person={"date_of_birth": TODAY + timedelta(days=3)}), TODAY)


def test_documents_held() -> None:
    empty = rules.documents_held(CrisisPlan.empty())
    assert not empty.any
    plan = _plan(
        process={"status": "agreed"},
        advance_statement={"how_to_speak_to_me": "Slowly"},
        advance_decisions=[
            {"treatment_refused": "ECT"},
            {"treatment_refused": "Depot", "withdrawn_on": TODAY},
        ],
        attorneys=[{"kind": "nominated_person", "name": "Sam"}],
        need_to_know={"other_plans_held": "Copy with the trust"},
    )
    held = rules.documents_held(plan)
    assert held.crisis_plan_agreed and held.advance_statement and held.held_elsewhere and held.any
    assert held.advance_decisions == 1  # the withdrawn one does not count
    assert held.attorneys == 1
    assert not rules.documents_held(_plan(process={"status": "draft"})).crisis_plan_agreed
    assert AdvanceStatement().is_empty()


# ---- advance decisions ----------------------------------------------------------------------------


def _valid_decision(**changes: Any) -> AdvanceDecision:
    """A refusal of life-sustaining treatment that meets every condition."""
    base: dict[str, Any] = {
        "treatment_refused": "Blood transfusion",
        "circumstances": "Any circumstances",
        "made_on": date(2020, 5, 1),
        "had_capacity": True,
        "capacity_assessed_by": "Dr Example",
        "life_sustaining": True,
        "written": True,
        "signed": True,
        "signed_on": date(2020, 5, 1),
        "witnessed": True,
        "witness_name": "A Witness",
        "even_if_life_at_risk": True,
        "original_held_at": "With the GP",
    }
    base.update(changes)
    return AdvanceDecision.model_validate(base)


def _problems(
    decision: AdvanceDecision, dob: date | None = DOB, lpas: list[Attorney] | None = None
) -> list[str]:
    return rules.advance_decision_problems(decision, dob, lpas or [], TODAY)


def test_a_valid_decision_has_no_problems() -> None:
    assert _problems(_valid_decision()) == []
    # A refusal of other treatment needs none of the life-sustaining formalities.
    oral = _valid_decision(
        life_sustaining=False,
        written=False,
        signed=False,
        witnessed=False,
        witness_name="",
        even_if_life_at_risk=False,
    )
    assert _problems(oral) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"witnessed": False, "witness_name": ""}, "refuses life-sustaining treatment but is not witnessed"),
        ({"signed": False}, "refuses life-sustaining treatment but is not signed"),
        ({"written": False}, "refuses life-sustaining treatment but is not written down"),
        (
            {"even_if_life_at_risk": False},
            "refuses life-sustaining treatment but does not say it applies even if life is at risk",
        ),
        ({"had_capacity": None}, "no record that the person had capacity"),
        ({"had_capacity": False}, "the person did not have capacity when it was made"),
        ({"made_on": date(1997, 6, 1)}, "made before the person was 18"),
        (
            {"made_on": None},
            "no record of the date it was made, so it cannot be checked that the person was 18 or over",
        ),
        ({"made_on": TODAY + timedelta(days=1)}, "the date it was made is in the future"),
        ({"is_request": True}, "advance decisions can only refuse treatment: this reads as a request"),
        ({"treatment_refused": ""}, "does not say which treatment is refused"),
        ({"withdrawn_on": date(2024, 3, 3)}, "withdrawn on 3 March 2024"),
        ({"witness_name": ""}, "witnessed, but the witness's name is not recorded"),
    ],
)
def test_each_condition_individually(changes: dict[str, Any], expected: str) -> None:
    assert _problems(_valid_decision(**changes)) == [expected]


def test_made_on_18th_birthday_is_fine_day_before_is_not() -> None:
    assert _problems(_valid_decision(made_on=date(1998, 3, 1), signed_on=None)) == []
    assert _problems(_valid_decision(made_on=date(1998, 2, 28))) == ["made before the person was 18"]


def test_unknown_date_of_birth_is_reported() -> None:
    problems = _problems(_valid_decision(), dob=None)
    assert len(problems) == 1 and "date of birth is not recorded" in problems[0]


def test_several_problems_are_all_listed() -> None:
    problems = _problems(_valid_decision(witnessed=False, witness_name="", signed=False, had_capacity=None))
    assert set(problems) == {
        "refuses life-sustaining treatment but is not witnessed",
        "refuses life-sustaining treatment but is not signed",
        "no record that the person had capacity",
    }


def _lpa(
    kind: AttorneyKind = AttorneyKind.HEALTH_WELFARE_LPA, registered: date | None = date(2022, 1, 1)
) -> Attorney:
    return Attorney(name="Pat Example", kind=kind, registered_on=registered)


def test_later_lpa_overrides() -> None:
    decision = _valid_decision(later_attorney=0)
    assert _problems(decision, lpas=[_lpa()]) == [
        "a later lasting power of attorney covers this decision, so it no longer applies"
    ]


def test_earlier_lpa_does_not_override() -> None:
    assert _problems(_valid_decision(later_attorney=0), lpas=[_lpa(registered=date(2019, 1, 1))]) == []


def test_lpa_without_dates_asks_for_a_check() -> None:
    problems = _problems(_valid_decision(later_attorney=0), lpas=[_lpa(registered=None)])
    assert len(problems) == 1 and "dates are missing" in problems[0]


def test_lpa_link_to_wrong_kind_or_missing_entry() -> None:
    wrong = _problems(_valid_decision(later_attorney=0), lpas=[_lpa(kind=AttorneyKind.PROPERTY_LPA)])
    assert len(wrong) == 1 and "not a lasting power of attorney for health and welfare" in wrong[0]
    missing = _problems(_valid_decision(later_attorney=1), lpas=[_lpa()])
    assert missing == ["refers to a lasting power of attorney that is not in the plan"]


def test_plan_advance_decision_problems_by_index() -> None:
    plan = CrisisPlan(
        person={"date_of_birth": DOB},  # type: ignore[arg-type]
        advance_decisions=[_valid_decision(), _valid_decision(witnessed=False, witness_name="")],
    )
    found = rules.plan_advance_decision_problems(plan, TODAY)
    assert found == {0: [], 1: ["refuses life-sustaining treatment but is not witnessed"]}
    assert rules.plan_advance_decision_problems(CrisisPlan.empty(), TODAY) == {}


def test_mental_health_act_warning() -> None:
    text = rules.MHA_OVERRIDE_WARNING
    assert "Mental Health Act 1983" in text
    assert "advance decision" in text
    assert "electroconvulsive" in text.lower()


def test_status_enum_values() -> None:
    assert [s.value for s in PlanStatus] == ["draft", "agreed", "superseded"]
    assert CrisisPlan.empty().process.status is PlanStatus.DRAFT
