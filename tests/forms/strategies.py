"""Hypothesis strategies for plan documents, derived from the models' own field types, plus an
independent NHS check-digit oracle for fictional (999-range) test numbers."""

from __future__ import annotations

import types
from datetime import UTC, datetime
from enum import Enum
from typing import Annotated, Any, Union, get_args, get_origin

from hypothesis import strategies as st
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from crisisplan.forms.fields import MAX_DATE, MIN_DATE, MULTI_LINE_PATTERN, ONE_LINE_PATTERN, PHONE_PATTERN
from crisisplan.forms.plan import CrisisPlan


def oracle_check_digit(first9: str) -> int | None:
    """Modulus 11 written out differently from the code under test (weights 10 down to 2)."""
    total = 0
    for position, digit in enumerate(first9):
        total += int(digit) * (10 - position)
    remainder = total % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def fictional_nhs(n: int) -> str:
    """The n-th valid 999-range NHS number (n from 0), computed with the oracle."""
    found = -1
    block = 0
    while True:
        first9 = f"999{block:06d}"
        check = oracle_check_digit(first9)
        if check is not None:
            found += 1
            if found == n:
                return first9 + str(check)
        block += 1


_TEXT_CHARS = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"))
_WORDS = st.text(_TEXT_CHARS, max_size=25)
_LINES = st.lists(_WORDS, max_size=3).map("\n".join)


@st.composite
def nhs_numbers(draw: st.DrawFn) -> str:
    """Valid fictional NHS numbers, with spaces, dashes or neither between the groups."""
    first9 = draw(
        st.integers(0, 999_999)
        .map(lambda i: f"999{i:06d}")
        .filter(lambda f: oracle_check_digit(f) is not None)
    )
    digits = f"{first9}{oracle_check_digit(first9)}"
    sep = draw(st.sampled_from(["", " ", "-"]))
    return f"{digits[:3]}{sep}{digits[3:6]}{sep}{digits[6:]}"


postcodes = st.builds(
    lambda area, district, sector, unit, space, lower: (
        (f"{area}{district}{' ' if space else ''}{sector}{unit}").lower()
        if lower
        else f"{area}{district}{' ' if space else ''}{sector}{unit}"
    ),
    st.sampled_from(["OX", "N", "NW", "KT", "E", "SE", "B", "LS"]),
    st.integers(1, 20),
    st.integers(0, 9),
    st.sampled_from(["AB", "DE", "ZZ", "NP", "HQ"]),
    st.booleans(),
    st.booleans(),
)
phones = st.one_of(
    st.integers(0, 999).map(lambda i: f"01632 960{i:03d}"),
    st.integers(0, 999).map(lambda i: f"07700 900{i:03d}"),
    st.just(""),
)
emails = st.sampled_from(["", "someone@example.org", "a.person@example.com"])
_SPECIAL: dict[str, st.SearchStrategy[Any]] = {
    "nhs_number": nhs_numbers() | st.just(""),
    "postcode": postcodes | st.just(""),
    "email": emails,
}


def _string_strategy(info: FieldInfo) -> st.SearchStrategy[str]:
    pattern = next((getattr(m, "pattern", None) for m in info.metadata if getattr(m, "pattern", None)), None)
    if pattern == PHONE_PATTERN:
        return phones
    if pattern == MULTI_LINE_PATTERN:
        return _LINES
    assert pattern == ONE_LINE_PATTERN, "unexpected text field type"
    return _WORDS


def unwrap(annotation: Any) -> tuple[Any, bool]:
    """(inner type, optional?) for `X | None` and Annotated[X, ...]."""
    optional = False
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        optional = len(args) < len(get_args(annotation))
        annotation = args[0]
    if get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation, optional


def _value_strategy(name: str, info: FieldInfo, annotation: Any) -> st.SearchStrategy[Any]:
    inner, optional = unwrap(annotation)
    strategy: st.SearchStrategy[Any]
    if name in _SPECIAL:
        strategy = _SPECIAL[name]
    elif inner is str:
        strategy = _string_strategy(info)
    elif get_origin(inner) is list:
        element = get_args(inner)[0]
        entry = model_dicts(element)
        if element.__name__ == "ConsentRecord":
            return st.lists(entry, max_size=3, unique_by=lambda r: (r["recipient"], r["item"]))
        return st.lists(entry, max_size=2)
    elif isinstance(inner, type) and issubclass(inner, BaseModel):
        strategy = model_dicts(inner)
    elif isinstance(inner, type) and issubclass(inner, Enum):
        strategy = st.sampled_from([m.value for m in inner])
    elif inner is bool:
        strategy = st.booleans()
    elif inner is int:
        strategy = st.integers(0, 9)
    elif getattr(inner, "__name__", "") == "date":
        strategy = st.dates(MIN_DATE, MAX_DATE)
    elif getattr(inner, "__name__", "") == "datetime":
        strategy = st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1), timezones=st.just(UTC))
    else:
        raise AssertionError(f"no strategy for field {name}")
    return st.none() | strategy if optional else strategy


_RECIPIENTS = st.sampled_from(["police", "ambulance", "emergency_department", "gp", "school", "amhp"])


def model_dicts(model: type[BaseModel]) -> st.SearchStrategy[dict[str, Any]]:
    """Valid input dicts for `model`: each optional field present or not, required ones always."""
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for name, info in model.model_fields.items():
        if name in ("format", "format_version"):
            continue
        strategy = _RECIPIENTS if name == "recipient" else _value_strategy(name, info, info.annotation)
        (required if info.is_required() else optional)[name] = strategy
    return st.fixed_dictionaries(required, optional=optional)


plan_dicts = model_dicts(CrisisPlan)
plans = plan_dicts.map(CrisisPlan.model_validate)
