"""Small helpers for building and reading FHIR JSON values (dicts checked by the R4B models)."""

from __future__ import annotations

from typing import Any

from crisisplan.fhir.codes import ext

Json = dict[str, Any]


def coding(system: str, code: str, display: str | None = None) -> Json:
    found: Json = {"system": system, "code": code}
    if display:
        found["display"] = display
    return found


def concept(system: str, code: str, display: str | None = None, text: str | None = None) -> Json:
    found: Json = {"coding": [coding(system, code, display)]}
    if text:
        found["text"] = text
    return found


def string_ext(name: str, value: str) -> list[Json]:
    """A one-item extension list when `value` is set (FHIR strings may not be empty)."""
    return [{"url": ext(name), "valueString": value}] if value else []


def bool_ext(name: str, value: bool) -> list[Json]:
    return [{"url": ext(name), "valueBoolean": True}] if value else []


def ext_value(element: Json, name: str, kind: str = "valueString") -> Any:
    for item in element.get("extension") or []:
        if item.get("url") == ext(name):
            return item.get(kind)
    return None


def ext_string(element: Json, name: str) -> str:
    value = ext_value(element, name)
    return value if isinstance(value, str) else ""


def ext_bool(element: Json, name: str) -> bool:
    return ext_value(element, name, "valueBoolean") is True


def code_in(value: Json | None, system: str) -> str | None:
    """The code of the first coding of `value` (a CodeableConcept) in `system`."""
    for item in (value or {}).get("coding") or []:
        if item.get("system") == system and isinstance(item.get("code"), str):
            return str(item["code"])
    return None


def prune(value: Any) -> Any:
    """`value` without empty strings, lists and dicts (FHIR forbids empty elements)."""
    if isinstance(value, dict):
        kept = {k: prune(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if v not in ("", [], {}, None)}
    if isinstance(value, list):
        kept_items = [prune(v) for v in value]
        return [v for v in kept_items if v not in ("", [], {}, None)]
    return value
