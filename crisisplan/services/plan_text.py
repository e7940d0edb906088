"""A plain-text rendering of a whole plan, section by section, using each field's human title.

Used by `crisisplan show` and as the body of the person's own copy. Empty fields are left out, so a
sparse plan reads as a short plan rather than a form full of blanks."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from pydantic import BaseModel

from crisisplan.forms.plan import CrisisPlan

_SKIP = {"format", "format_version"}


def _title(model: type[BaseModel], name: str) -> str:
    field = model.model_fields[name]
    return field.title or name.replace("_", " ").capitalize()


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.strftime("%d %b %Y %H:%M UTC")
    if isinstance(value, date):
        return value.strftime("%d %b %Y")
    if isinstance(value, Enum):
        label = getattr(value, "label", None)
        return str(label) if label else str(value.value).replace("_", " ")
    return str(value)


def _is_empty(value: Any) -> bool:
    if value is None or value is False or value == "" or value == [] or value == {}:
        return True
    if isinstance(value, BaseModel):
        return all(_is_empty(getattr(value, n)) for n in type(value).model_fields if n not in _SKIP)
    return False


def _render(value: Any, indent: int, out: list[str]) -> None:
    pad = "  " * indent
    if isinstance(value, BaseModel):
        model = type(value)
        for name in model.model_fields:
            if name in _SKIP:
                continue
            child = getattr(value, name)
            if _is_empty(child):
                continue
            title = _title(model, name)
            if isinstance(child, (BaseModel, list, dict)):
                out.append(f"{pad}{title}:")
                _render(child, indent + 1, out)
            else:
                text = _scalar(child)
                lines = text.splitlines() or [""]
                out.append(f"{pad}{title}: {lines[0]}")
                out.extend(f"{pad}  {line}" for line in lines[1:])
    elif isinstance(value, list):
        for number, item in enumerate(value, start=1):
            if isinstance(item, BaseModel):
                out.append(f"{pad}{number}.")
                _render(item, indent + 1, out)
            else:
                out.append(f"{pad}- {_scalar(item)}")
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (BaseModel, list, dict)):
                out.append(f"{pad}{_scalar(key)}:")
                _render(item, indent + 1, out)
            else:
                out.append(f"{pad}{_scalar(key)}: {_scalar(item)}")
    else:
        out.append(f"{pad}{_scalar(value)}")


def plan_sections(plan: CrisisPlan) -> list[tuple[str, list[str]]]:
    """Every non-empty section as (heading, lines), for the person's own copy."""
    sections: list[tuple[str, list[str]]] = []
    for name in CrisisPlan.model_fields:
        if name in _SKIP or name == "consent":
            continue
        section = getattr(plan, name)
        if _is_empty(section):
            continue
        lines: list[str] = []
        if isinstance(section, (BaseModel, list, dict)):
            _render(section, 0, lines)
        else:
            lines.append(_scalar(section))
        sections.append((_title(CrisisPlan, name), lines))
    return sections


def plan_as_text(plan: CrisisPlan) -> str:
    """Every non-empty section of the plan as indented plain text, sections separated by a blank line."""
    out: list[str] = []
    for name in CrisisPlan.model_fields:
        if name in _SKIP:
            continue
        section = getattr(plan, name)
        if _is_empty(section):
            continue
        out.append(_title(CrisisPlan, name).upper())
        if isinstance(section, (BaseModel, list, dict)):
            _render(section, 1, out)
        else:
            out.append(f"  {_scalar(section)}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def value_lines(value: Any) -> list[str]:
    """One section or list of entries as indented plain-text lines (empty fields left out)."""
    out: list[str] = []
    if not _is_empty(value):
        _render(value, 0, out)
    return out
