"""Bad input becomes plain problems that name the field and never repeat the value."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.problems import PlanInputError, Problem, parse_plan, problems_from_validation_error

# Each case: input document, expected path, words the message must contain, the bad value (which the
# message must not contain).
SECRET = "Zebediah"
CASES: list[tuple[dict[str, Any], str, list[str], str]] = [
    (
        {"person": {"nhs_number": "9990000017"}},
        "person.nhs_number",
        ["NHS number", "check digit"],
        "9990000017",
    ),
    ({"person": {"nhs_number": "123 456"}}, "person.nhs_number", ["NHS number", "10 digits"], "123 456"),
    ({"person": {"address": {"postcode": "ZZZZ9 Q"}}}, "person.address.postcode", ["Postcode"], "ZZZZ9 Q"),
    ({"person": {"given_name": SECRET * 30}}, "person.given_name", ["Given name", "at most 200"], SECRET),
    (
        {"person": {"given_name": f"{SECRET}\n{SECRET}"}},
        "person.given_name",
        ["Given name", "one line"],
        SECRET,
    ),
    (
        {"person": {"description": SECRET * 501}},
        "person.description",
        ["Physical description", "4000"],
        SECRET,
    ),
    (
        {"person": {"date_of_birth": "2001-02-30"}},
        "person.date_of_birth",
        ["Date of birth", "YYYY-MM-DD"],
        "2001-02-30",
    ),
    ({"person": {"date_of_birth": 19870411}}, "person.date_of_birth", ["Date of birth"], "19870411"),
    ({"person": {"phone": f"ring {SECRET}"}}, "person.phone", ["Phone number"], SECRET),
    (
        {"person": {"interpreter_needed": SECRET}},
        "person.interpreter_needed",
        ["interpreter", "true or false"],
        SECRET,
    ),
    ({"person": {"gender": SECRET}}, "person.gender", ["Gender", "one of"], SECRET),
    ({"person": {"email": SECRET}}, "person.email", ["Email address"], SECRET),
    (
        {"early_warning_signs": [{}, {}, {"sign": SECRET * 26}]},
        "early_warning_signs[2].sign",
        ["Early warning signs (entry 3)", "Warning sign", "too long"],
        SECRET,
    ),
    (
        {"early_warning_signs": [{"sign": "ok"}] * 41},
        "early_warning_signs",
        ["Early warning signs", "at most 40"],
        "ok",
    ),
    ({"need_to_know": {"risks": [{"kind": SECRET}]}}, "need_to_know.risks[0].kind", ["Kind of risk"], SECRET),
    (
        {"need_to_know": {"risks": [{"detail": SECRET}]}},
        "need_to_know.risks[0].kind",
        ["Kind of risk", "required"],
        SECRET,
    ),
    (
        {"practical": {"children": [{"name": "A", "age": 40}]}},
        "practical.children[0].age",
        ["Age", "at most 25"],
        "40",
    ),
    (
        {"consent": [{"recipient": SECRET, "item": "name", "recorded_at": "2025-01-01T00:00:00Z"}]},
        "consent[0].recipient",
        ["Recipient"],
        SECRET,
    ),
    (
        {"consent": [{"recipient": "police", "item": "name", "recorded_at": "2025-01-01T00:00:00"}]},
        "consent[0].recorded_at",
        ["Recorded at", "time zone"],
        "2025-01-01T00:00:00",
    ),
    ({"process": {"status": SECRET}}, "process.status", ["Status", "draft"], SECRET),
    ({"person": SECRET}, "person", ["About me", "group of fields"], SECRET),
    ({"early_warning_signs": SECRET}, "early_warning_signs", ["Early warning signs", "list"], SECRET),
]


@pytest.mark.parametrize(("data", "path", "words", "bad"), CASES)
def test_problem_names_field_not_value(data: dict[str, Any], path: str, words: list[str], bad: str) -> None:
    with pytest.raises(PlanInputError) as caught:
        parse_plan(data)
    problems = caught.value.problems
    assert [p.path for p in problems] == [path]
    message = problems[0].message
    for word in words:
        assert word in message, (word, message)
    assert bad not in message
    assert bad not in str(caught.value)
    assert message.endswith(".")


def test_unknown_field_name_is_not_echoed_when_it_could_be_data() -> None:
    with pytest.raises(PlanInputError) as caught:
        parse_plan({"person": {f"{SECRET} Smith 999 000 0018": "x", "nickname": SECRET}})
    paths = sorted(p.path for p in caught.value.problems)
    assert paths == ["person.nickname", "person.unnamed"]
    for problem in caught.value.problems:
        assert SECRET not in problem.message and "About me" in problem.message
        assert "not part of the crisis plan format" in problem.message


def test_all_problems_are_reported_together() -> None:
    data = {"person": {"nhs_number": "1", "address": {"postcode": "x"}}, "process": {"review_date": "soon"}}
    with pytest.raises(PlanInputError) as caught:
        parse_plan(data)
    assert {p.path for p in caught.value.problems} == {
        "person.nhs_number",
        "person.address.postcode",
        "process.review_date",
    }
    assert "3 problems" in str(caught.value)


def test_problems_from_validation_error_with_prefix() -> None:
    with pytest.raises(ValidationError) as caught:
        CrisisPlan.model_validate({"early_warning_signs": [{"sign": "a\nb"}]})
    problems = problems_from_validation_error(caught.value, prefix="plans[4]")
    assert problems == [Problem("plans[4].early_warning_signs[0].sign", problems[0].message)]
    assert str(problems[0]) == problems[0].message


def test_parse_plan_accepts_text_bytes_and_dicts() -> None:
    plan = CrisisPlan.model_validate({"person": {"given_name": "Ada", "nhs_number": "999 000 0018"}})
    text = plan.model_dump_json()
    assert parse_plan(text) == plan
    assert parse_plan(text.encode("utf-8")) == plan
    assert parse_plan(json.loads(text)) == plan
    assert parse_plan({"person": {"given_name": "Ada", "nhs_number": "9990000018"}}) == plan


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{not json", ["not valid JSON"]),
        ("[]", ["JSON object"]),
        ('{"format": "something.else"}', ["not a crisis plan"]),
        ('{"format": "crisisplan.plan", "format_version": 7}', ["newer version", "Update crisisplan"]),
        ('{"format": "crisisplan.plan", "format_version": "1"}', ["Format version"]),
        ('{"format": "crisisplan.plan", "format_version": true}', ["Format version"]),
        (b"\xff\xfe{}", ["not UTF-8"]),
        ('{"person": {}, "person": {}}', ["appears twice"]),
        ('{"person": {"given_name": NaN}}', ["NaN"]),
    ],
)
def test_unreadable_documents(text: str | bytes, words: list[str]) -> None:
    with pytest.raises(PlanInputError) as caught:
        parse_plan(text)
    for word in words:
        assert word in str(caught.value)


def test_plan_input_error_always_has_a_problem() -> None:
    assert PlanInputError([]).problems[0].message


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=200),
        st.text(max_size=200),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=10),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(
                    st.sampled_from(["person", "given_name", "consent", "format", "x"]), inner, max_size=3
                )
            ),
            max_leaves=10,
        ).map(json.dumps),
    )
)
def test_fuzzed_input_gives_only_plan_input_errors(data: str | bytes) -> None:
    try:
        parse_plan(data)
    except PlanInputError as exc:
        assert exc.problems and all(p.message for p in exc.problems)
