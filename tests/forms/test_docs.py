"""docs/plan-format.md lists exactly the model's fields."""

from __future__ import annotations

import re
from pathlib import Path

from crisisplan.forms import fields
from tests.forms.test_model import all_models

DOC = Path(__file__).resolve().parents[2] / "docs" / "plan-format.md"


def _documented() -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"### `(\w+)`", line)
        if heading:
            current = tables.setdefault(heading.group(1), {})
            continue
        row = re.match(r"\| `(\w+)` \| ([^|]+) \|", line)
        if row and current is not None:
            current[row.group(1)] = row.group(2).strip()
    return tables


def test_field_reference_matches_the_models() -> None:
    documented = _documented()
    models = {m.__name__: m for m in all_models()}
    assert set(documented) == set(models)
    for name, model in models.items():
        assert set(documented[name]) == set(model.model_fields), name
        for field, title in documented[name].items():
            own = title.endswith("✎")
            assert own == fields.is_own_words(model, field), (name, field)
            assert title.removesuffix("✎").strip() == model.model_fields[field].title, (name, field)
