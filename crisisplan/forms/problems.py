"""Turning bad input into plain-English problems that name the field (by its title) and never
repeat the value, and parsing a plan document with them."""

from __future__ import annotations

import re
import types
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from crisisplan.forms.fields import PATTERN_REASONS
from crisisplan.forms.jsontext import MAX_IMPORT_BYTES, JsonInputError, read_json
from crisisplan.forms.plan import PLAN_FORMAT, PLAN_FORMAT_VERSION, CrisisPlan
from crisisplan.forms.plan_versions import OLDEST_PLAN_FORMAT_VERSION, is_version_number, readable_version
from crisisplan.i18n import QT_TRANSLATE_NOOP, Message

_SAFE_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")
_DATE_TYPES = {"date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact"}
_DATETIME_TYPES = {"datetime_type", "datetime_parsing", "datetime_from_date_parsing",
                   "datetime_object_invalid"}
_FIXED_REASONS: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("forms", "is required"),
    "string_type": QT_TRANSLATE_NOOP("forms", "must be text"),
    "bool_type": QT_TRANSLATE_NOOP("forms", "must be true or false"),
    "bool_parsing": QT_TRANSLATE_NOOP("forms", "must be true or false"),
    "int_type": QT_TRANSLATE_NOOP("forms", "must be a whole number"),
    "int_parsing": QT_TRANSLATE_NOOP("forms", "must be a whole number"),
    "int_from_float": QT_TRANSLATE_NOOP("forms", "must be a whole number"),
    "model_type": QT_TRANSLATE_NOOP("forms", "must be a group of fields (a JSON object)"),
    "model_attributes_type": QT_TRANSLATE_NOOP("forms", "must be a group of fields (a JSON object)"),
    "dict_type": QT_TRANSLATE_NOOP("forms", "must be a group of fields (a JSON object)"),
    "list_type": QT_TRANSLATE_NOOP("forms", "must be a list"),
    "none_required": QT_TRANSLATE_NOOP("forms", "must be empty"),
    "string_unicode": QT_TRANSLATE_NOOP("forms", "contains characters that cannot be stored; retype it"),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with some input. `path` is like `person.nhs_number` or
    `early_warning_signs[2].sign` (empty for the whole document); `message` names the field in
    plain words and never contains the value."""

    path: str
    message: str

    def __str__(self) -> str:
        return self.message


class PlanInputError(Exception):
    """Input could not be read as a plan (or bundle of plans). `problems` lists every problem found.
    Its str() summarises them without quoting any value."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems) or [Problem("", "The input could not be read.")]
        super().__init__(self._summary())

    def _summary(self) -> str:
        count = len(self.problems)
        first = self.problems[0].message
        if count == 1:
            return f"The plan data could not be read. {first}"
        return f"The plan data could not be read ({count} problems). The first: {first}"


# ---- mapping locations to titles ----------------------------------------------------------------


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        for arg in get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def _element_of(annotation: Any) -> Any:
    if get_origin(annotation) is list:
        args = get_args(annotation)
        return args[0] if args else None
    return None


def _locate(loc: tuple[int | str, ...], root: type[BaseModel]) -> tuple[str, list[str], bool]:
    """(path, labels, unknown_field) for a pydantic error location. The labels are marked for
    translation (field titles under "forms", as tools/extract_form_texts.py extracts them)."""
    path = ""
    labels: list[str] = []
    current: Any = root
    unknown = False
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
            if labels:
                labels[-1] = QT_TRANSLATE_NOOP("forms", "{label} (entry {number})").format(label=labels[-1],
                                                                                         number=part + 1)
            else:
                labels.append(QT_TRANSLATE_NOOP("forms", "Entry {number}").format(number=part + 1))
            current = _element_of(current)
            continue
        model = _model_in(current)
        info = model.model_fields.get(part) if model is not None else None
        if info is None:
            unknown = True
            name = part if _SAFE_KEY.fullmatch(part) else "unnamed"
            path += f".{name}" if path else name
            current = None
            continue
        path += f".{part}" if path else part
        labels.append(Message("forms", info.title or part.replace("_", " ").capitalize()))
        current = info.annotation
    return path, labels, unknown


def _joined(labels: list[str]) -> str:
    """"Section › Field (entry 2) › Field", each part translatable."""
    if not labels:
        return QT_TRANSLATE_NOOP("forms", "The plan")
    where = labels[0]
    for label in labels[1:]:
        where = QT_TRANSLATE_NOOP("forms", "{outer} › {inner}").format(outer=where, inner=label)
    return where


def _sentence(reason: str) -> str:
    if len(reason) > 1 and reason[0].isupper() and reason[1].islower():
        return reason[0].lower() + reason[1:]
    return reason


def _reason(kind: str, ctx: Mapping[str, Any]) -> str:
    if kind in _FIXED_REASONS:
        return _FIXED_REASONS[kind]
    if kind == "value_error" and "error" in ctx:
        return _sentence(str(ctx["error"]).rstrip("."))
    if kind == "string_pattern_mismatch":
        found = PATTERN_REASONS.get(str(ctx.get("pattern")))
        return Message("forms", found) if found else QT_TRANSLATE_NOOP("forms", "is not in the expected format")
    if kind == "string_too_long":
        return QT_TRANSLATE_NOOP("forms", "is too long (at most {count} characters)").format(
            count=ctx.get("max_length"))
    if kind == "too_long":
        return QT_TRANSLATE_NOOP("forms", "has too many entries (at most {count})").format(count=ctx.get("max_length"))
    if kind in ("enum", "literal_error"):
        return QT_TRANSLATE_NOOP("forms", "must be one of: {choices}").format(choices=ctx.get("expected"))
    if kind in ("greater_than_equal", "greater_than"):
        return QT_TRANSLATE_NOOP("forms", "must be at least {bound}").format(bound=ctx.get("ge", ctx.get("gt")))
    if kind in ("less_than_equal", "less_than"):
        bound = ctx.get("le") if "le" in ctx else ctx.get("lt", 0) - 1
        return QT_TRANSLATE_NOOP("forms", "must be at most {bound}").format(bound=bound)
    if kind in _DATE_TYPES:
        return QT_TRANSLATE_NOOP("forms", "must be a real date written as YYYY-MM-DD")
    if kind in _DATETIME_TYPES:
        return QT_TRANSLATE_NOOP("forms", "must be a date and time written as YYYY-MM-DDTHH:MM:SSZ")
    return QT_TRANSLATE_NOOP("forms", "is not valid")


def problems_from_validation_error(exc: ValidationError, root: type[BaseModel] = CrisisPlan,
                                   prefix: str = "") -> list[Problem]:
    """Plain problems for every error in `exc`. `root` is the model that was validated; `prefix` is
    put before every path (e.g. "plans[3]" in a bundle)."""
    problems: list[Problem] = []
    for error in exc.errors(include_url=False, include_input=True, include_context=True):
        path, labels, unknown = _locate(tuple(error["loc"]), root)
        where = _joined(labels)
        if unknown or error["type"] == "extra_forbidden":
            message = QT_TRANSLATE_NOOP("forms", "{where}: has a field that is not part of the crisis plan format; "
                                                 "remove it or check the file was made for this version of "
                                                 "crisisplan.").format(where=where)
        elif error["type"] in ("enum", "literal_error") and error.get("input") is None:
            message = QT_TRANSLATE_NOOP("forms", "{where}: is not chosen yet; choose one.").format(
                where=where)  # a drop-down left on "Choose…"
        else:
            message = QT_TRANSLATE_NOOP("forms", "{where}: {reason}.").format(
                where=where, reason=_reason(error["type"], error.get("ctx") or {}))
        full_path = f"{prefix}.{path}" if prefix and path and not path.startswith("[") else prefix + path
        problems.append(Problem(full_path, message))
    return problems


# ---- parsing ------------------------------------------------------------------------------------


def check_plan_header(data: Mapping[str, Any], prefix: str = "") -> list[Problem]:
    """Problems with the `format` / `format_version` of a plan document (missing ones are allowed)."""
    where = f"{prefix}." if prefix else ""
    fmt = data.get("format", PLAN_FORMAT)
    if fmt != PLAN_FORMAT:
        return [Problem(f"{where}format", "Format: this is not a crisis plan (its format should be "
                        f"'{PLAN_FORMAT}'). Check that you chose the right file.")]
    version = data.get("format_version", PLAN_FORMAT_VERSION)
    if is_version_number(version) and version > PLAN_FORMAT_VERSION:
        return [Problem(f"{where}format_version", f"Format version: this plan was saved by a newer "
                        f"version of crisisplan (plan format {version}). Update crisisplan to read it.")]
    if not readable_version(version):
        return [Problem(f"{where}format_version", "Format version: this version of crisisplan reads plan "
                        f"formats {OLDEST_PLAN_FORMAT_VERSION} to {PLAN_FORMAT_VERSION} (a whole number).")]
    return []


def parse_plan(data: Mapping[str, Any] | str | bytes) -> CrisisPlan:
    """A validated plan from a dict or JSON text; raises PlanInputError listing every problem."""
    if isinstance(data, str | bytes):
        try:
            data = read_json(data, MAX_IMPORT_BYTES)
        except JsonInputError as exc:
            raise PlanInputError([Problem("", str(exc))]) from None
    if not isinstance(data, Mapping):
        raise PlanInputError([Problem("", "The plan must be a JSON object (a group of fields in "
                                          "braces). Check that you chose the right file.")])
    header = check_plan_header(data)
    if header:
        raise PlanInputError(header)
    try:
        return CrisisPlan.model_validate(data)
    except ValidationError as exc:
        raise PlanInputError(problems_from_validation_error(exc)) from None
