"""What changed between two versions of a plan, field by field, in plain words.

Lists are aligned by content (an entry inserted at the top shows as one addition, not as every
entry changing). Paths use the new version's index for additions and changes and the old
version's index for removals. Consent records are matched by recipient and information.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from pydantic import BaseModel

from crisisplan.forms.consent import ConsentRecord, recipient_label
from crisisplan.forms.fields import Choice, long_date
from crisisplan.forms.items import ITEMS, Item
from crisisplan.forms.plan import CrisisPlan

_SUMMARY_MAX = 200
_SKIP = frozenset({"format", "format_version"})


@dataclass(frozen=True)
class Change:
    """One changed field. `before`/`after` are display text; None means "not recorded" (so an
    added entry has `before` None and a removed one has `after` None)."""

    path: str
    label: str
    before: str | None
    after: str | None


def show(value: Any) -> str | None:
    """A value as display text (None for empty or unset)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, Choice):
        return value.label
    if isinstance(value, Item):
        return ITEMS[value].label
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, date):
        return long_date(value)
    if isinstance(value, BaseModel):
        return summary(value)
    if isinstance(value, list):
        return f"{len(value)} entries" if value else None
    return str(value)


def summary(model: BaseModel) -> str | None:
    """A one-line summary of an entry: its own filled-in values joined by "; "."""
    parts = []
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel | list):
            continue
        shown = show(value)
        if shown is not None:
            parts.append(shown.replace("\n", " "))
    text = "; ".join(parts)
    if len(text) > _SUMMARY_MAX:
        text = text[: _SUMMARY_MAX - 1] + "…"
    return text or "(empty entry)"


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _diff_models(old: BaseModel, new: BaseModel, path: str, label: str, out: list[Change]) -> None:
    for name, info in type(new).model_fields.items():
        if name in _SKIP:
            continue
        before, after = getattr(old, name), getattr(new, name)
        if before == after:
            continue
        title = info.title or name
        sub_path = _join(path, name)
        sub_label = f"{label} › {title}" if label else title
        if isinstance(before, BaseModel) and isinstance(after, BaseModel):
            _diff_models(before, after, sub_path, sub_label, out)
        elif isinstance(before, list) and isinstance(after, list):
            if name == "consent" and not path:
                _diff_consent(before, after, out, sub_label)
            else:
                _diff_lists(before, after, sub_path, sub_label, out)
        elif show(before) != show(after):
            out.append(Change(sub_path, sub_label, show(before), show(after)))


def _entry(path: str, label: str, index: int, suffix: str = "") -> tuple[str, str]:
    return f"{path}[{index}]", f"{label} (entry {index + 1}{suffix})"


def _diff_lists(old: Sequence[Any], new: Sequence[Any], path: str, label: str, out: list[Change]) -> None:
    keys_old = [_key(v) for v in old]
    keys_new = [_key(v) for v in new]
    matcher = difflib.SequenceMatcher(a=keys_old, b=keys_new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        paired = min(i2 - i1, j2 - j1) if op == "replace" else 0
        for k in range(paired):
            entry_path, entry_label = _entry(path, label, j1 + k)
            a, b = old[i1 + k], new[j1 + k]
            if isinstance(a, BaseModel) and isinstance(b, BaseModel):
                _diff_models(a, b, entry_path, entry_label, out)
            else:
                out.append(Change(entry_path, entry_label, show(a), show(b)))
        for i in range(i1 + paired, i2):
            entry_path, entry_label = _entry(path, label, i, ", removed")
            out.append(Change(entry_path, entry_label, show(old[i]), None))
        for j in range(j1 + paired, j2):
            entry_path, entry_label = _entry(path, label, j, ", added")
            out.append(Change(entry_path, entry_label, None, show(new[j])))


def _key(value: Any) -> str:
    return value.model_dump_json() if isinstance(value, BaseModel) else repr(value)


def _diff_consent(old: Sequence[ConsentRecord], new: Sequence[ConsentRecord], out: list[Change],
                  label: str) -> None:
    before = {(r.recipient, r.item): (i, r) for i, r in enumerate(old)}
    after = {(r.recipient, r.item): (i, r) for i, r in enumerate(new)}
    ordered = [k for k in before if k not in after] + list(after)
    for key in ordered:
        recipient, item = key
        entry_label = f"{label} › {recipient_label(recipient)} › {ITEMS[item].label}"
        was, now = before.get(key), after.get(key)
        if was is not None and now is not None:
            if was[1] != now[1]:
                _diff_models(was[1], now[1], f"consent[{now[0]}]", entry_label, out)
        elif now is not None:
            out.append(Change(f"consent[{now[0]}]", entry_label + " (added)", None, show(now[1].status)))
        elif was is not None:
            out.append(Change(f"consent[{was[0]}]", entry_label + " (removed)", show(was[1].status), None))


def diff_plans(old: CrisisPlan, new: CrisisPlan) -> list[Change]:
    """Every change from `old` to `new`, in the order the plan's sections appear."""
    out: list[Change] = []
    _diff_models(old, new, "", "", out)
    return out
