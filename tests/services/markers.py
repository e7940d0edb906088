"""A plan with a unique marker in every free-text field, for minimisation and leak tests."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import ValidationError

from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.problems import problems_from_validation_error
from crisisplan.services.demo import generate_plans

MARKER_RE = re.compile(r"QX[A-Z]{4}QX")


def _marker(n: int) -> str:
    letters = ""
    for _ in range(4):
        n, r = divmod(n, 26)
        letters += chr(ord("A") + r)
    return f"QX{letters}QX"


def _fill(node: Any, path: str, counter: list[int], paths: dict[str, str]) -> Any:
    if isinstance(node, dict):
        return {k: _fill(v, f"{path}.{k}" if path else k, counter, paths) for k, v in node.items()}
    if isinstance(node, list):
        return [_fill(v, f"{path}[{i}]", counter, paths) for i, v in enumerate(node)]
    if isinstance(node, str) and node and not path.endswith(("kind", "role", "status", "gender", "setting",
                                                              "may_be_told", "recipient", "item", "format")):
        counter[0] += 1
        marker = _marker(counter[0])
        paths[path] = marker
        return marker
    return node


def _set(data: Any, path: str, value: Any) -> None:
    parts = re.findall(r"[^.\[\]]+|\[\d+\]", path)
    node = data
    for part in parts[:-1]:
        node = node[int(part[1:-1])] if part.startswith("[") else node[part]
    last = parts[-1]
    if last.startswith("["):
        node[int(last[1:-1])] = value
    else:
        node[last] = value


def marked_plan(seed: int = 7) -> tuple[CrisisPlan, dict[str, str]]:
    """A rich demo plan whose every free-text value is a unique marker (fields with a format, such as
    phone numbers or postcodes, keep their fictional values). Returns (plan, path -> marker)."""
    plans = list(generate_plans(12, seed=seed))
    base = max(plans, key=lambda p: len(p.model_dump_json()))
    original = json.loads(base.model_dump_json())
    paths: dict[str, str] = {}
    data = _fill(json.loads(base.model_dump_json()), "", [0], paths)
    for _ in range(50):
        try:
            return CrisisPlan.model_validate(data), paths
        except ValidationError as exc:
            for problem in problems_from_validation_error(exc):
                bad = problem.path
                candidates = [p for p in paths if p == bad or p.startswith(bad + ".") or p.startswith(bad + "[")]
                for p in candidates:
                    orig: Any = original
                    for part in re.findall(r"[^.\[\]]+|\[\d+\]", p):
                        orig = orig[int(part[1:-1])] if part.startswith("[") else orig[part]
                    _set(data, p, orig)
                    del paths[p]
    raise AssertionError("could not build a marked plan")


def markers_in(text: str) -> set[str]:
    return set(MARKER_RE.findall(text))
