"""The exchange format: round trip, single plans, all-or-nothing loading and hostile input."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crisisplan.forms.exchange import MAX_PROBLEMS, dump_bundle, dump_bundles, dump_plan, load_bundle
from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.problems import PlanInputError
from tests.forms.strategies import fictional_nhs, plans

SECRET = "Quillon"


def _plan(n: int, **person: str) -> CrisisPlan:
    return CrisisPlan.model_validate(
        {"person": {"given_name": f"Person{n}", "nhs_number": fictional_nhs(n), **person}}
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(plans, max_size=3))
def test_round_trip(generated: list[CrisisPlan]) -> None:
    assert load_bundle(dump_bundle(generated)) == generated


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans)
def test_single_plan_document_round_trip(plan: CrisisPlan) -> None:
    assert load_bundle(dump_plan(plan)) == [plan]
    assert load_bundle(dump_plan(plan).encode("utf-8")) == [plan]


def test_bundle_layout() -> None:
    moment = datetime(2025, 2, 3, 4, 5, 6, tzinfo=UTC)
    data = json.loads(dump_bundle([_plan(1), _plan(2)], exported_at=moment))
    assert list(data) == ["format", "format_version", "exported_at", "plans"]
    assert data["format"] == "crisisplan.export" and data["format_version"] == 1
    assert data["exported_at"] == "2025-02-03T04:05:06Z"
    assert [p["format"] for p in data["plans"]] == ["crisisplan.plan"] * 2
    assert json.loads(dump_bundle([]))["plans"] == []
    with pytest.raises(ValueError):
        dump_bundle([], exported_at=datetime(2025, 1, 1))


def test_non_ascii_text_is_kept_as_characters() -> None:
    text = dump_bundle([_plan(1, family_name="Wiśniewska-Ó'Brien")])
    assert "Wiśniewska-Ó'Brien" in text
    assert load_bundle(text)[0].person.family_name == "Wiśniewska-Ó'Brien"


def test_all_or_nothing_and_every_bad_plan_is_named() -> None:
    data = json.loads(dump_bundle([_plan(n) for n in range(5)]))
    data["plans"][1]["person"]["nhs_number"] = "9990000017"
    data["plans"][3]["person"]["given_name"] = SECRET * 40
    data["plans"][4]["person"]["surname"] = SECRET
    with pytest.raises(PlanInputError) as caught:
        load_bundle(json.dumps(data))
    problems = caught.value.problems
    assert [p.path for p in problems] == [
        "plans[1].person.nhs_number",
        "plans[3].person.given_name",
        "plans[4].person.surname",
    ]
    assert problems[0].message.startswith("Plan 2: About me › NHS number:")
    assert problems[1].message.startswith("Plan 4: About me › Given name:")
    assert problems[2].message.startswith("Plan 5: About me:")
    for problem in problems:
        assert SECRET not in problem.message and "9990000017" not in problem.message
    assert SECRET not in str(caught.value)


def test_non_object_plan_entry() -> None:
    data = json.loads(dump_bundle([_plan(1)]))
    data["plans"].append(SECRET)
    with pytest.raises(PlanInputError) as caught:
        load_bundle(json.dumps(data))
    assert [p.path for p in caught.value.problems] == ["plans[1]"]
    assert "Plan 2" in caught.value.problems[0].message and SECRET not in str(caught.value)


def test_plan_inside_bundle_with_other_format() -> None:
    data = json.loads(dump_bundle([_plan(1)]))
    data["plans"][0]["format"] = "crisisplan.export"
    with pytest.raises(PlanInputError) as caught:
        load_bundle(json.dumps(data))
    assert caught.value.problems[0].path == "plans[0].format"


def test_problem_list_is_capped() -> None:
    data = json.loads(dump_bundle([]))
    data["plans"] = [{"person": {"nhs_number": "1"}}] * (MAX_PROBLEMS + 50)
    with pytest.raises(PlanInputError) as caught:
        load_bundle(json.dumps(data))
    assert len(caught.value.problems) == MAX_PROBLEMS + 1
    assert "too many problems" in caught.value.problems[-1].message


def test_size_limit() -> None:
    text = dump_bundle([_plan(1)])
    assert len(load_bundle(text, max_bytes=len(text.encode()))) == 1
    with pytest.raises(PlanInputError, match="larger than"):
        load_bundle(text, max_bytes=len(text.encode()) - 1)
    with pytest.raises(PlanInputError, match="larger than 50 MB"):
        load_bundle(b" " * (50 * 1024 * 1024 + 1))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "not valid JSON"),
        ("null", "JSON object"),
        ('"crisisplan.export"', "JSON object"),
        ('{"format": "crisisplan.export", "format_version": 2, "plans": []}', "newer version"),
        ('{"format": "crisisplan.export", "format_version": 0, "plans": []}', "Format version"),
        ('{"format": "crisisplan.export", "format_version": 1}', "Plans"),
        ('{"format": "crisisplan.export", "format_version": 1, "plans": {}}', "Plans"),
        (
            '{"format": "crisisplan.export", "format_version": 1, "plans": [], "extra": 1}',
            "not part of the export",
        ),
        (
            '{"format": "crisisplan.export", "format_version": 1, "plans": [], "exported_at": "yesterday"}',
            "Exported at",
        ),
        (
            '{"format": "crisisplan.export", "format_version": 1, "plans": [], '
            '"exported_at": "2025-01-01T00:00:00"}',
            "Exported at",
        ),
        ('{"format": "crisisplan.plan", "format_version": 3}', "newer version"),
        ('{"format": "something"}', "not a crisisplan export"),
        ('{"plans": []}', "not a crisisplan export"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"format": "crisisplan.export", "format_version": 1, "plans": [], "plans": []}', "appears twice"),
        ('{"format": "crisisplan.export", "format_version": 1, "plans": [Infinity]}', "NaN or infinity"),
    ],
)
def test_bad_files(text: str, words: str) -> None:
    with pytest.raises(PlanInputError, match=words):
        load_bundle(text)


def test_byte_order_mark_is_accepted() -> None:
    text = dump_bundle([_plan(1)])
    assert load_bundle(b"\xef\xbb\xbf" + text.encode()) == [_plan(1)]
    assert load_bundle("\ufeff" + text) == [_plan(1)]


def test_lone_surrogate_escapes_are_refused() -> None:
    data = json.loads(dump_bundle([_plan(1)]))
    data["plans"][0]["person"]["family_name"] = "\ud800"
    with pytest.raises(PlanInputError) as caught:
        load_bundle(json.dumps(data))
    assert caught.value.problems[0].path == "plans[0].person.family_name"


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300),
        st.recursive(
            st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers() | st.text(max_size=8),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(
                    st.sampled_from(["format", "format_version", "plans", "person", "nhs_number", "q"]),
                    inner,
                    max_size=4,
                )
            ),
            max_leaves=12,
        ).map(json.dumps),
    )
)
def test_fuzzed_input_only_raises_plan_input_error(data: str | bytes) -> None:
    try:
        result = load_bundle(data)
    except PlanInputError as exc:
        assert exc.problems and all(p.message for p in exc.problems)
    else:
        assert all(isinstance(p, CrisisPlan) for p in result)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10_000), st.binary(min_size=1, max_size=3))
def test_corrupting_a_valid_bundle_never_crashes(position: int, junk: bytes) -> None:
    text = dump_bundle([_plan(1, family_name="Okafor", preferred_name="Chi")]).encode()
    position %= len(text)
    corrupted = text[:position] + junk + text[position + len(junk) :]
    try:
        load_bundle(corrupted)
    except PlanInputError:
        pass


def test_dump_bundles_splits_into_importable_files() -> None:
    plans = [_plan(n, family_name="Ó'Brien" * (n % 5)) for n in range(40)]
    single = dump_bundle(plans).encode()
    limit = len(single) // 4
    parts = list(dump_bundles(plans, max_bytes=limit))
    assert len(parts) >= 4
    loaded: list[CrisisPlan] = []
    for part in parts:
        assert len(part.encode()) <= limit
        loaded += load_bundle(part, max_bytes=limit)
    assert loaded == plans
    # one plan per file at the tightest limit that fits the largest plan
    largest = max(len(dump_bundle([p]).encode()) for p in plans)
    assert len(list(dump_bundles(plans, max_bytes=largest))) >= 20


def test_dump_bundles_edge_cases() -> None:
    (only,) = dump_bundles([])
    assert load_bundle(only) == []
    with pytest.raises(ValueError, match="too large"):
        list(dump_bundles([_plan(1)], max_bytes=200))
