"""Building blocks shared by every form: the section base class, bounded text types, dates,
phone numbers, labelled choices and the "person's own words" marker.

Conventions (see docs/plan-format.md):

- Text fields are plain `str`; an empty string means "not recorded". Surrounding whitespace is
  stripped. Short text is one line of at most `SHORT` characters; long text may have several lines
  and at most `LONG` characters. Control characters are refused.
- Dates are `datetime.date` (ISO `YYYY-MM-DD` in JSON) between 1900 and 2199; `None` means
  "not recorded". Numbers are never read as dates.
- Yes/no fields are strict booleans (`true`/`false` in JSON). Where "not recorded" differs from
  "no", the field is `bool | None`.
- Fields holding the person's own words carry `{"own_words": true}` in their JSON schema so the UI
  can show them distinctly; `is_own_words()` answers the same question in Python.
- Every choice is a `Choice` (a str enum) with a plain-English `label`; the JSON schema lists the
  labels under `x-labels`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic.fields import FieldInfo

SHORT = 200
"""Maximum length of a one-line text field."""
LONG = 4000
"""Maximum length of a multi-line text field."""
PHONE_MAX = 30
OWN_WORDS_KEY = "own_words"

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2199, 12, 31)

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class Section(BaseModel):
    """Base of every form section: unknown fields refused, text stripped, assignments checked."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_assignment=True)

    def is_empty(self) -> bool:
        """True when nothing has been recorded (every field has its default). List entries with a
        required kind are never empty."""
        for name, info in type(self).model_fields.items():
            if info.is_required() or getattr(self, name) != info.get_default(call_default_factory=True):
                return False
        return True


# ---- text ---------------------------------------------------------------------------------------


ONE_LINE_PATTERN = r"^[^\x00-\x1f\x7f]*$"
MULTI_LINE_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
PHONE_PATTERN = r"^$|^(?:[+()\- ]*[0-9]){3,15}[+()\- ]*$"

PATTERN_REASONS: dict[str, str] = {
    ONE_LINE_PATTERN: "must be one line of text without control characters",
    MULTI_LINE_PATTERN: "contains control characters that cannot be stored; retype it",
    PHONE_PATTERN: "must be a phone number: 3 to 15 digits, with only spaces, brackets, '+' and '-' "
                   "between them",
}
"""Plain reasons for each pattern a text field is checked against (used in problem messages)."""

# The checks run inside pydantic-core (no Python call per field), which keeps building and loading
# tens of thousands of plans fast. Lone surrogates are refused by pydantic-core itself.
ShortText = Annotated[str, StringConstraints(max_length=SHORT, pattern=ONE_LINE_PATTERN)]
LongText = Annotated[str, StringConstraints(max_length=LONG, pattern=MULTI_LINE_PATTERN)]
Phone = Annotated[str, StringConstraints(max_length=PHONE_MAX, pattern=PHONE_PATTERN)]


# ---- dates and flags ----------------------------------------------------------------------------


def _date_input(value: object) -> object:
    """Accept a date or an ISO date string only (no numbers, no date-times)."""
    if type(value) is date:
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        return value.strip()
    raise ValueError("must be a date written as YYYY-MM-DD")


def _date_range(value: date) -> date:
    if not MIN_DATE <= value <= MAX_DATE:
        raise ValueError(f"must be between {MIN_DATE.year} and {MAX_DATE.year}")
    return value


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def long_date(d: date) -> str:
    """A date in plain English, e.g. "3 March 2025" (independent of the machine's locale)."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


PlanDate = Annotated[date, BeforeValidator(_date_input), AfterValidator(_date_range)]
Flag = Annotated[bool, Field(strict=True)]


# ---- field factories ----------------------------------------------------------------------------


def _extra(own_words: bool) -> dict[str, Any] | None:
    return {OWN_WORDS_KEY: True} if own_words else None


def text(title: str, *, own_words: bool = False, description: str | None = None) -> Any:
    """A text field (type it `ShortText`, `LongText` or `Phone`) defaulting to empty."""
    return Field(default="", title=title, description=description, json_schema_extra=_extra(own_words))


def optional(title: str, *, description: str | None = None) -> Any:
    """An optional value (date, choice, yes/no/unknown, number) defaulting to None."""
    return Field(default=None, title=title, description=description)


def required(title: str, *, description: str | None = None) -> Any:
    """A value that must be given (used for the kind of a list entry)."""
    return Field(title=title, description=description)


def choice(default: Choice, title: str, *, description: str | None = None) -> Any:
    """A choice with a default member."""
    return Field(default=default, title=title, description=description)


def flag(title: str, *, description: str | None = None) -> Any:
    """A yes/no field defaulting to no."""
    return Field(default=False, title=title, description=description)


def entries(title: str, max_items: int, *, description: str | None = None) -> Any:
    """A bounded list of entries defaulting to empty."""
    return Field(default_factory=list, title=title, description=description, max_length=max_items)


def section(factory: Callable[[], Any], title: str, *, description: str | None = None) -> Any:
    """A nested section defaulting to an empty one."""
    return Field(default_factory=factory, title=title, description=description)


def is_own_words(model: type[BaseModel], field_name: str) -> bool:
    """True when the field holds the person's own words (the UI shows these distinctly)."""
    info: FieldInfo | None = model.model_fields.get(field_name)
    if info is None:
        return False
    extra = info.json_schema_extra
    return isinstance(extra, dict) and extra.get(OWN_WORDS_KEY) is True


def field_title(model: type[BaseModel], field_name: str) -> str:
    """The plain-English title of a field (falls back to its name with spaces)."""
    info = model.model_fields.get(field_name)
    if info is not None and info.title:
        return info.title
    return field_name.replace("_", " ").capitalize()


# ---- labelled choices ---------------------------------------------------------------------------

_LABELS: dict[tuple[type, str], str] = {}


class Choice(StrEnum):
    """A str enum whose members have plain-English labels (see `set_labels`)."""

    @property
    def label(self) -> str:
        found = _LABELS.get((type(self), self.value))
        return found if found is not None else self.value.replace("_", " ").capitalize()

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> Any:
        schema = handler(core_schema)
        schema["x-labels"] = {member.value: member.label for member in cls}
        return schema

    @classmethod
    def options(cls) -> list[tuple[Self, str]]:
        """(member, label) pairs in declaration order, for drop-down lists."""
        return [(member, member.label) for member in cls]


def set_labels(choice: type[Choice], labels: Mapping[str, str]) -> None:
    """Register labels for every member of `choice` (keys are the member values)."""
    missing = {m.value for m in choice} - set(labels)
    unknown = set(labels) - {m.value for m in choice}
    if missing or unknown:
        raise ValueError(f"labels for {choice.__name__} do not match its members")
    for value, label in labels.items():
        _LABELS[(choice, value)] = label
