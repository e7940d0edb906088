"""The exchange (import/export) format: a bundle of plan documents.

    {"format": "crisisplan.export", "format_version": 1,
     "exported_at": "2025-01-31T09:00:00Z", "plans": [<plan document>, ...]}

`load_bundle` also accepts a single plan document. Loading is all-or-nothing: if any plan has a
problem, nothing is returned and `PlanInputError` lists every problem with the plan's number and
the field. See docs/plan-format.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from crisisplan.forms.jsontext import MAX_IMPORT_BYTES, JsonInputError, read_json
from crisisplan.forms.plan import PLAN_FORMAT, CrisisPlan
from crisisplan.forms.problems import (
    PlanInputError,
    Problem,
    check_plan_header,
    problems_from_validation_error,
)

BUNDLE_FORMAT = "crisisplan.export"
BUNDLE_FORMAT_VERSION = 1
MAX_PLANS = 100_000
MAX_PROBLEMS = 1000
"""Reporting stops after this many problems (the file is rejected either way)."""

_BUNDLE_KEYS = {"format", "format_version", "exported_at", "plans"}


def _utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("exported_at must include a time zone.")
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def dump_plan(plan: CrisisPlan) -> str:
    """One plan document as indented JSON text."""
    return plan.model_dump_json(indent=2)


def _bundle_header(exported_at: datetime | None) -> str:
    header = json.dumps({
        "format": BUNDLE_FORMAT,
        "format_version": BUNDLE_FORMAT_VERSION,
        "exported_at": _utc_text(exported_at or datetime.now(UTC)),
    }, separators=(",", ":"))
    return f'{header[:-1]},"plans":['


def dump_bundle(plans: Iterable[CrisisPlan], exported_at: datetime | None = None) -> str:
    """An export bundle holding `plans` as compact JSON text (UTF-8 characters, not escaped).
    Large exports should use `dump_bundles`, which keeps each file importable."""
    body = ",".join(plan.model_dump_json() for plan in plans)
    return f"{_bundle_header(exported_at)}{body}]}}"


def dump_bundles(plans: Iterable[CrisisPlan], max_bytes: int = MAX_IMPORT_BYTES,
                 exported_at: datetime | None = None) -> Iterator[str]:
    """Export bundles of at most `max_bytes` (UTF-8) each, so every one can be imported again;
    together they hold all of `plans` in order. Yields one (empty) bundle when there are no plans."""
    header = _bundle_header(exported_at)
    overhead = len(header.encode("utf-8")) + 2
    parts: list[str] = []
    size = overhead
    for plan in plans:
        text = plan.model_dump_json()
        length = len(text.encode("utf-8")) + (1 if parts else 0)
        if overhead + len(text.encode("utf-8")) > max_bytes:
            raise ValueError("A plan is too large to fit in one export file; raise the size limit.")
        if parts and size + length > max_bytes:
            yield f"{header}{','.join(parts)}]}}"
            parts, size = [], overhead
            length -= 1
        parts.append(text)
        size += length
    yield f"{header}{','.join(parts)}]}}"


def _bundle_header_problems(data: Mapping[str, Any]) -> list[Problem]:
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > BUNDLE_FORMAT_VERSION:
        return [Problem("format_version", "Format version: this export was made by a newer version of "
                        f"crisisplan (export format {version}). Update crisisplan to import it.")]
    if version != BUNDLE_FORMAT_VERSION or isinstance(version, bool):
        return [Problem("format_version",
                        f"Format version: must be {BUNDLE_FORMAT_VERSION} for this version of crisisplan.")]
    problems = []
    extra = set(data) - _BUNDLE_KEYS
    if extra:
        problems.append(Problem("", "The export has fields that are not part of the export format; "
                                    "check the file was made by crisisplan."))
    exported_at = data.get("exported_at")
    if exported_at is not None:
        try:
            valid = isinstance(exported_at, str) and datetime.fromisoformat(exported_at).tzinfo is not None
        except ValueError:
            valid = False
        if not valid:
            problems.append(Problem("exported_at", "Exported at: must be a date and time written as "
                                                   "YYYY-MM-DDTHH:MM:SSZ."))
    plans = data.get("plans")
    if not isinstance(plans, list):
        problems.append(Problem("plans", "Plans: must be a list of plans."))
    elif len(plans) > MAX_PLANS:
        problems.append(Problem("plans", f"Plans: an export can hold at most {MAX_PLANS:,} plans; "
                                         "split it into smaller exports."))
    return problems


def _load_plans(items: list[Any], numbered: bool) -> list[CrisisPlan]:
    plans: list[CrisisPlan] = []
    problems: list[Problem] = []
    for index, item in enumerate(items):
        prefix = f"plans[{index}]" if numbered else ""
        label = f"Plan {index + 1}: " if numbered else ""
        if not isinstance(item, Mapping):
            found = [Problem(prefix, "this entry is not a plan (each plan must be a JSON object).")]
        else:
            found = check_plan_header(item, prefix)
            if not found:
                try:
                    plans.append(CrisisPlan.model_validate(item))
                except ValidationError as exc:
                    found = problems_from_validation_error(exc, prefix=prefix)
        problems.extend(Problem(p.path, f"{label}{p.message}") for p in found)
        if len(problems) >= MAX_PROBLEMS:
            problems.append(Problem("", "There are too many problems to list; the rest are not shown."))
            break
    if problems:
        raise PlanInputError(problems)
    return plans


def load_bundle(text: str | bytes, max_bytes: int = MAX_IMPORT_BYTES) -> list[CrisisPlan]:
    """The plans in an export bundle, or the one plan of a plan document. All or nothing: raises
    PlanInputError (naming each plan's number and field, never a value) if anything is wrong."""
    try:
        data = read_json(text, max_bytes)
    except JsonInputError as exc:
        raise PlanInputError([Problem("", str(exc))]) from None
    if not isinstance(data, dict):
        raise PlanInputError([Problem("", "This is not a crisisplan export: the file must hold a JSON "
                                          "object. Check that you chose the right file.")])
    fmt = data.get("format")
    if fmt == PLAN_FORMAT:
        return _load_plans([data], numbered=False)
    if fmt != BUNDLE_FORMAT:
        raise PlanInputError([Problem("format", "This is not a crisisplan export or plan (its format "
                                      f"should be '{BUNDLE_FORMAT}' or '{PLAN_FORMAT}'). Check that "
                                      "you chose the right file.")])
    header = _bundle_header_problems(data)
    if header:
        raise PlanInputError(header)
    return _load_plans(data["plans"], numbered=True)
