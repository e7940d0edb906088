"""Reading a FHIR document written for an older plan format (docs/plan-format.md, "Versioning").

The reader checks that nothing in a Bundle would be lost by comparing it with the Bundle the
imported plan exports (reader.unmapped_paths). A Bundle of an older plan format names that format
in its header and its sections' plan data lack the fields added since; the plan reads those as
their empty values, so the comparison is made against the export as the older format wrote it: the
older header, and no empty field that the Bundle's own plan data leaves out."""

from __future__ import annotations

import json
from typing import Any

from crisisplan.fhir.codes import PLAN_HEADER, SECTION_DATA
from crisisplan.fhir.values import Json

_EMPTY: tuple[Any, ...] = ("", False, None, [], {})


def _without_absent_empties(expected: Any, actual: Any) -> Any:
    """`expected` less every empty value whose key `actual` does not have (at the same place)."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return {key: _without_absent_empties(value, actual[key]) if key in actual else value
                for key, value in expected.items()
                if key in actual or not any(value == empty and type(value) is type(empty) for empty in _EMPTY)}
    if isinstance(expected, list) and isinstance(actual, list):
        return [_without_absent_empties(e, a) for e, a in zip(expected, actual, strict=False)] + expected[len(actual):]
    return expected


def _section_data(section: Json) -> tuple[int, Any] | None:
    for index, extension in enumerate(section.get("extension") or []):
        if extension.get("url") == SECTION_DATA:
            try:
                return index, json.loads(str(extension.get("valueString", "")))
            except ValueError:
                return None
    return None


def as_written_by(expected: Json, actual: Json, header: str) -> Json:
    """`expected` (this version's export of the imported plan) as the format named by `header`
    wrote it, for comparison with `actual`, the Bundle read. Changes `expected` in place."""
    composition = expected["entry"][0]["resource"]
    for extension in composition.get("extension") or []:
        if extension.get("url") == PLAN_HEADER:
            extension["valueString"] = header
    read_sections = {json.dumps(s.get("code"), sort_keys=True): s
                     for s in actual["entry"][0]["resource"].get("section") or []}
    for section in composition.get("section") or []:
        theirs = read_sections.get(json.dumps(section.get("code"), sort_keys=True))
        ours_data, their_data = _section_data(section), _section_data(theirs) if theirs else None
        if ours_data is None or their_data is None:
            continue
        index, ours = ours_data
        kept = _without_absent_empties(ours, their_data[1])
        section["extension"][index]["valueString"] = json.dumps(kept, ensure_ascii=False, separators=(",", ":"))
    return expected
