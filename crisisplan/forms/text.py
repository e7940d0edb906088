"""Text views of a plan: everything searchable as one string, and the name to show in lists."""

from __future__ import annotations

from pydantic import BaseModel

from crisisplan.forms.identifiers import format_nhs_number
from crisisplan.forms.plan import CrisisPlan

_SKIP = frozenset({"format"})


def _collect(model: BaseModel, out: list[str]) -> None:
    values = model.__dict__
    for name in type(model).model_fields:
        if name in _SKIP:
            continue
        value = values[name]
        kind = type(value)
        if kind is str:
            if value:
                out.append(value)
        elif kind is list:
            for entry in value:
                if isinstance(entry, BaseModel):
                    _collect(entry, out)
        elif isinstance(value, BaseModel):
            _collect(value, out)


def plan_search_text(plan: CrisisPlan) -> str:
    """All the plan's text (names, NHS number in both layouts, postcode, phones, every free-text
    field) joined by newlines, for the search index. Choices, dates and yes/no answers are left out."""
    out: list[str] = []
    _collect(plan, out)
    if plan.person.nhs_number:
        out.append(format_nhs_number(plan.person.nhs_number))
    return "\n".join(out)


def display_name(plan: CrisisPlan) -> str:
    """The name for lists: "Family, Given", one of them alone, the preferred name, or
    "Unknown person" when no name is recorded."""
    person = plan.person
    if person.family_name and person.given_name:
        return f"{person.family_name}, {person.given_name}"
    return person.family_name or person.given_name or person.preferred_name or "Unknown person"
