"""Demo plans: valid, varied, deterministic, scenario-complete and fictional only."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pydantic import BaseModel

from crisisplan.forms import rules
from crisisplan.forms.consent import ConsentStatus, consent_for
from crisisplan.forms.fields import PHONE_PATTERN
from crisisplan.forms.items import Item
from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.process import PlanStatus
from crisisplan.services import demo
from crisisplan.services.demo import SCENARIOS, generate_plans
from tests.forms.strategies import oracle_check_digit

TODAY = date(2025, 6, 15)
FICTIONAL_PHONE = re.compile(r"(01632 960\d{3}|07700 900\d{3})")
ANY_UK_NUMBER = re.compile(r"(?<!\d)0\d{4} ?\d{6}(?!\d)")


@pytest.fixture(scope="module")
def many() -> list[CrisisPlan]:
    return list(generate_plans(600, seed=3, today=TODAY))


def _phone_values(model: BaseModel) -> Iterator[str]:
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            yield from _phone_values(value)
        elif isinstance(value, list):
            for entry in value:
                if isinstance(entry, BaseModel):
                    yield from _phone_values(entry)
        elif isinstance(value, str) and any(
            getattr(m, "pattern", None) == PHONE_PATTERN for m in info.metadata
        ):
            yield value


def test_every_plan_validates_and_round_trips(many: list[CrisisPlan]) -> None:
    for plan in many:
        assert CrisisPlan.model_validate(json.loads(plan.model_dump_json())) == plan


def test_deterministic_for_a_seed_and_stable_prefix() -> None:
    first = list(generate_plans(40, seed=11, today=TODAY))
    assert first == list(generate_plans(40, seed=11, today=TODAY))
    assert first[:15] == list(generate_plans(15, seed=11, today=TODAY))
    other = list(generate_plans(40, seed=12, today=TODAY))
    assert sum(a == b for a, b in zip(first, other, strict=True)) == 0


def test_counts() -> None:
    assert list(generate_plans(0)) == []
    assert len(list(generate_plans(3))) == 3  # default today works
    with pytest.raises(ValueError):
        list(generate_plans(-1))


def test_nhs_numbers_are_fictional_valid_and_unique(many: list[CrisisPlan]) -> None:
    numbers = [p.person.nhs_number for p in many]
    assert len(set(numbers)) == len(numbers)
    for number in numbers:
        assert number.startswith("999") and len(number) == 10
        assert oracle_check_digit(number[:9]) == int(number[9])


def test_nhs_numbers_unique_over_a_large_run() -> None:
    maker = demo._Maker(seed=5, today=TODAY)
    numbers = [maker.nhs_number() for _ in range(50_000)]
    assert len(set(numbers)) == 50_000


def test_phone_numbers_are_only_from_fictional_ranges(many: list[CrisisPlan]) -> None:
    seen = 0
    for plan in many:
        for phone in _phone_values(plan):
            if phone:
                seen += 1
                assert FICTIONAL_PHONE.fullmatch(phone), phone
        for number in ANY_UK_NUMBER.findall(plan.model_dump_json()):
            assert FICTIONAL_PHONE.fullmatch(number), number
    assert seen > len(many) * 5


def test_scenarios_come_first() -> None:
    plans = list(generate_plans(len(SCENARIOS), seed=0, today=TODAY))
    young, family, decision, interpreter, bsl, diabetic, _overdue, draft, consent, _ = plans

    assert 15 <= rules.age_on(young.person.date_of_birth or TODAY, TODAY) <= 17
    assert rules.is_young_person(young, TODAY)
    assert young.young_person.school.name and young.young_person.school.what_school_may_see
    assert young.young_person.parental_responsibility
    assert young.young_person.competent_to_consent is not None

    assert family.practical.children and family.practical.pets
    assert all(pet.who_looks_after for pet in family.practical.pets)

    assert rules.plan_advance_decision_problems(decision, TODAY) == {
        0: ["refuses life-sustaining treatment but is not witnessed"]
    }

    assert interpreter.person.interpreter_needed
    assert interpreter.person.first_language not in ("", "English")
    assert interpreter.person.interpreter_language == interpreter.person.first_language

    assert bsl.person.uses_sign_language and "BSL" in bsl.person.communication_needs

    assert any("diabetes" in c.condition.lower() for c in diabetic.need_to_know.health_conditions)

    overdue = [
        p for p in plans if rules.review_status(p.process.review_date, TODAY) is rules.ReviewStatus.OVERDUE
    ]
    assert len(overdue) >= 2
    assert plans[6] in overdue and plans[9] in overdue

    assert draft.process.status is PlanStatus.DRAFT
    assert not draft.process.agreement.agreed

    for recipient in ("police", "ambulance", "emergency_department"):
        assert consent_for(consent, recipient, Item.RISKS) is ConsentStatus.GIVEN
    assert consent_for(consent, "police", Item.MEDICINES) is ConsentStatus.REFUSED


def test_scenarios_hold_for_other_seeds() -> None:
    for seed in (1, 2, 99):
        plans = list(generate_plans(len(SCENARIOS), seed=seed, today=TODAY))
        assert rules.is_young_person(plans[0], TODAY)
        assert plans[2].advance_decisions[0].life_sustaining and not plans[2].advance_decisions[0].witnessed
        assert plans[7].process.status is PlanStatus.DRAFT
        assert rules.review_status(plans[6].process.review_date, TODAY) is rules.ReviewStatus.OVERDUE


def test_variety(many: list[CrisisPlan]) -> None:
    assert len({p.model_dump_json() for p in many}) == len(many)
    assert len({p.person.family_name for p in many}) >= 40
    assert len({p.person.given_name for p in many}) >= 60
    assert len({p.person.address.postcode for p in many}) >= 500
    assert len({p.person.first_language for p in many}) >= 5
    assert {p.process.status for p in many} == set(PlanStatus)
    assert {rules.review_status(p.process.review_date, TODAY) for p in many} == set(rules.ReviewStatus)
    ages = [rules.age_on(p.person.date_of_birth, TODAY) for p in many if p.person.date_of_birth]
    assert min(ages) >= 15 and max(ages) >= 75
    young = [p for p in many if rules.is_young_person(p, TODAY)]
    assert 10 <= len(young) <= 60
    for plan in young:
        assert plan.young_person.parental_responsibility and plan.young_person.school.name
        assert not plan.practical.children and not plan.advance_decisions
    assert sum(bool(p.advance_decisions) for p in many) >= 20
    assert sum(bool(p.consent) for p in many) >= 60
    assert sum(bool(p.practical.pets) for p in many) >= 60
    assert len({r.kind for p in many for r in p.need_to_know.risks}) >= 8


def test_demo_imports_only_forms() -> None:
    tree = ast.parse(Path(demo.__file__).read_text(encoding="utf-8"))
    modules = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module]
    modules += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    ours = [m for m in modules if m.startswith("crisisplan")]
    assert ours and all(m.startswith("crisisplan.forms") for m in ours)
