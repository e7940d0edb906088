"""The plan model: defaults, attribute paths, normalisation, bounds, titles and own-words marks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from crisisplan.forms import fields
from crisisplan.forms.advance import AdvanceDecision
from crisisplan.forms.consent import (
    KNOWN_RECIPIENTS,
    ConsentRecord,
    ConsentStatus,
    consent_for,
    consent_record,
    recipient_label,
    with_consent,
)
from crisisplan.forms.contacts import ContactRole
from crisisplan.forms.items import Item
from crisisplan.forms.need_to_know import RiskKind
from crisisplan.forms.person import Person
from crisisplan.forms.plan import PLAN_FORMAT_VERSION, CrisisPlan
from crisisplan.forms.process import PlanStatus
from crisisplan.forms.warning_signs import EarlyWarningSign
from tests.forms.strategies import unwrap


def all_models(root: type[BaseModel] = CrisisPlan) -> set[type[BaseModel]]:
    seen: set[type[BaseModel]] = set()
    todo = [root]
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for info in model.model_fields.values():
            inner, _ = unwrap(info.annotation)
            if getattr(inner, "__origin__", None) is list:
                inner = inner.__args__[0]
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                todo.append(inner)
    return seen


def test_empty_plan() -> None:
    plan = CrisisPlan.empty()
    assert plan.format == "crisisplan.plan" and plan.format_version == PLAN_FORMAT_VERSION == 2
    assert plan.is_empty()
    assert plan.person.given_name == "" and plan.person.nhs_number == ""
    assert plan.person.date_of_birth is None
    assert plan.person.address.postcode == ""
    assert plan.process.review_date is None
    assert plan.process.status is PlanStatus.DRAFT and plan.process.status == "draft"
    assert plan.early_warning_signs == [] and plan.consent == []


def test_every_section_may_be_empty() -> None:
    assert CrisisPlan.model_validate({}) == CrisisPlan.empty()
    for name, info in CrisisPlan.model_fields.items():
        if name in ("format", "format_version"):
            continue
        assert not info.is_required(), name


def test_every_field_has_a_plain_title_and_every_model_forbids_extras() -> None:
    models = all_models()
    assert len(models) > 30
    for model in models:
        assert model.model_config.get("extra") == "forbid", model.__name__
        assert model.model_config.get("title"), model.__name__
        for name, info in model.model_fields.items():
            assert info.title, f"{model.__name__}.{name} has no title"
            assert "_" not in info.title, f"{model.__name__}.{name} title is not plain words"


def test_every_text_field_is_bounded_and_lists_are_bounded() -> None:
    for model in all_models():
        for name, info in model.model_fields.items():
            inner, _ = unwrap(info.annotation)
            if inner is str and name != "format":
                limits = [getattr(m, "max_length", None) for m in info.metadata]
                assert any(limits), f"{model.__name__}.{name} is unbounded"
            if getattr(inner, "__origin__", None) is list:
                assert any(getattr(m, "max_length", None) for m in info.metadata), f"{model.__name__}.{name}"


def test_nhs_number_and_postcode_are_normalised() -> None:
    person = Person(nhs_number=" 999-000-0018 ", address={"postcode": " ox4  1ab "})  # type: ignore[arg-type]
    assert person.nhs_number == "9990000018"
    assert person.address.postcode == "OX4 1AB"
    assert Person(nhs_number="").nhs_number == ""


def test_whitespace_is_stripped() -> None:
    person = Person(given_name="  Ada \t", communication_needs="\n  Uses BSL \n\n")
    assert person.given_name == "Ada"
    assert person.communication_needs == "Uses BSL"


def test_short_text_bounds() -> None:
    Person(given_name="x" * fields.SHORT)
    with pytest.raises(ValidationError):
        Person(given_name="x" * (fields.SHORT + 1))
    # Surrounding whitespace does not count towards the limit.
    assert len(Person(given_name="  " + "x" * fields.SHORT + "  ").given_name) == fields.SHORT


def test_long_text_bounds_and_lines() -> None:
    Person(description="y\n" * (fields.LONG // 2 - 1) + "y")
    with pytest.raises(ValidationError):
        Person(description="y" * (fields.LONG + 1))
    with pytest.raises(ValidationError):
        Person(given_name="two\nlines")


def test_list_bounds() -> None:
    CrisisPlan(early_warning_signs=[EarlyWarningSign(sign="s")] * 40)
    with pytest.raises(ValidationError):
        CrisisPlan(early_warning_signs=[EarlyWarningSign(sign="s")] * 41)


@pytest.mark.parametrize("value", ["a\x00b", "bell\x07", "esc\x1b[31m", "del\x7f"])
def test_control_characters_are_refused(value: str) -> None:
    with pytest.raises(ValidationError):
        Person(given_name=value)
    with pytest.raises(ValidationError):
        Person(description=value)


def test_lone_surrogates_are_refused() -> None:
    with pytest.raises(ValidationError):
        Person(given_name="a\ud800b")


@pytest.mark.parametrize(
    "phone", ["01632 960000", "07700 900999", "+44 7700 900123", "(01632) 960 123", "999"]
)
def test_phone_numbers_accepted(phone: str) -> None:
    assert Person(phone=phone).phone == phone


@pytest.mark.parametrize("phone", ["call me", "01632 960000 ext. 4", "12", "1" * 16, "0163@960000"])
def test_phone_numbers_refused(phone: str) -> None:
    with pytest.raises(ValidationError):
        Person(phone=phone)


def test_dates_must_be_real_dates_not_numbers() -> None:
    assert Person(date_of_birth="2001-02-03").date_of_birth == date(2001, 2, 3)  # type: ignore[arg-type]
    for bad in (0, 20010203, "03/02/2001", "2001-02-30", True, datetime(2001, 2, 3, 12, 0), "1899-12-31"):
        with pytest.raises(ValidationError):
            Person(date_of_birth=bad)  # type: ignore[arg-type]


def test_yes_no_fields_are_strict() -> None:
    for bad in ("yes", 1, "true"):
        with pytest.raises(ValidationError):
            Person(interpreter_needed=bad)  # type: ignore[arg-type]
    assert AdvanceDecision(had_capacity=None).had_capacity is None


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError):
        CrisisPlan.model_validate({"person": {"nickname": "x"}})
    with pytest.raises(ValidationError):
        CrisisPlan.model_validate({"format_version": 3})  # newer than this version


def test_assignment_is_validated() -> None:
    plan = CrisisPlan.empty()
    plan.person.nhs_number = "999 000 0026"
    assert plan.person.nhs_number == "9990000026"
    with pytest.raises(ValidationError):
        plan.person.nhs_number = "9990000027"


def test_entries_need_their_kind() -> None:
    with pytest.raises(ValidationError):
        CrisisPlan.model_validate({"need_to_know": {"risks": [{"detail": "x"}]}})
    plan = CrisisPlan.model_validate({"need_to_know": {"risks": [{"kind": "self_harm"}]}})
    assert plan.need_to_know.risks[0].kind is RiskKind.SELF_HARM


def test_own_words_are_marked() -> None:
    assert fields.is_own_words(EarlyWarningSign, "what_i_do")
    assert fields.is_own_words(AdvanceDecision, "treatment_refused")
    assert not fields.is_own_words(Person, "nhs_number")
    assert not fields.is_own_words(Person, "no_such_field")
    marked = sum(fields.is_own_words(m, n) for m in all_models() for n in m.model_fields)
    assert marked >= 20


def test_choice_labels() -> None:
    assert RiskKind.SELF_HARM.label == "Self-harm"
    assert ContactRole.GP.label == "GP"
    assert ("care_coordinator", "Care coordinator") in [
        (m.value, label) for m, label in ContactRole.options()
    ]
    with pytest.raises(ValueError):
        fields.set_labels(RiskKind, {"self_harm": "x"})


def test_field_title_helper() -> None:
    assert fields.field_title(Person, "nhs_number") == "NHS number"
    assert fields.field_title(Person, "unknown_thing") == "Unknown thing"


# ---- consent --------------------------------------------------------------------------------------

WHEN = datetime(2025, 1, 2, 10, 30, tzinfo=UTC)


def _consent(recipient: str, item: Item, status: ConsentStatus, **extra: Any) -> ConsentRecord:
    return ConsentRecord(
        recipient=recipient, item=item, status=status, recorded_by="A Clinician", recorded_at=WHEN, **extra
    )


def test_consent_for() -> None:
    plan = CrisisPlan(
        consent=[
            _consent("police", Item.RISKS, ConsentStatus.GIVEN),
            _consent("police", Item.MEDICINES, ConsentStatus.REFUSED),
        ]
    )
    assert consent_for(plan, "police", Item.RISKS) is ConsentStatus.GIVEN
    assert consent_for(plan, "police", Item.MEDICINES) is ConsentStatus.REFUSED
    assert consent_for(plan, "ambulance", Item.RISKS) is ConsentStatus.NOT_ASKED
    assert consent_record(plan, "police", Item.RISKS) is not None
    assert consent_record(plan, "gp", Item.RISKS) is None


def test_with_consent_replaces_the_earlier_record() -> None:
    plan = CrisisPlan(consent=[_consent("police", Item.RISKS, ConsentStatus.GIVEN)])
    changed = with_consent(plan, _consent("police", Item.RISKS, ConsentStatus.REFUSED, in_own_words="No"))
    assert consent_for(changed, "police", Item.RISKS) is ConsentStatus.REFUSED
    assert len(changed.consent) == 1
    assert consent_for(plan, "police", Item.RISKS) is ConsentStatus.GIVEN  # original untouched


def test_duplicate_consent_records_are_refused() -> None:
    record = _consent("police", Item.RISKS, ConsentStatus.GIVEN)
    with pytest.raises(ValidationError, match="more than one record"):
        CrisisPlan(consent=[record, record])


def test_recorded_at_is_utc_and_needs_a_time_zone() -> None:
    plus_two = timezone(timedelta(hours=2))
    record = _consent("gp", Item.NAME, ConsentStatus.GIVEN).model_copy()
    moved = ConsentRecord.model_validate(
        {**record.model_dump(), "recorded_at": datetime(2025, 1, 2, 12, 30, tzinfo=plus_two)}
    )
    assert moved.recorded_at == WHEN and moved.recorded_at.utcoffset() == timedelta(0)
    with pytest.raises(ValidationError, match="time zone"):
        ConsentRecord.model_validate({**record.model_dump(), "recorded_at": datetime(2025, 1, 2, 10, 30)})
    with pytest.raises(ValidationError):
        ConsentRecord.model_validate({**record.model_dump(), "recorded_at": 1_700_000_000})


@pytest.mark.parametrize("recipient", ["Police", "", "police dept", "1police", "p" * 41])
def test_bad_recipient_keys(recipient: str) -> None:
    with pytest.raises(ValidationError):
        _consent(recipient, Item.NAME, ConsentStatus.GIVEN)


def test_recipients() -> None:
    for key in (
        "police",
        "ambulance",
        "emergency_department",
        "gp",
        "crisis_team",
        "amhp",
        "school",
        "person",
    ):
        assert key in KNOWN_RECIPIENTS
        _consent(key, Item.NAME, ConsentStatus.GIVEN)
    assert recipient_label("emergency_department") == "Emergency department"
    assert recipient_label("street_triage") == "Street triage"


def test_is_empty() -> None:
    assert Person().is_empty() and CrisisPlan.empty().is_empty()
    assert not Person(given_name="Ada").is_empty()
    assert not CrisisPlan.model_validate({"person": {"address": {"town": "Oxford"}}}).is_empty()
    risk = CrisisPlan.model_validate({"need_to_know": {"risks": [{"kind": "other"}]}}).need_to_know.risks[0]
    assert not risk.is_empty()  # an entry with a required kind is never empty (and does not raise)
