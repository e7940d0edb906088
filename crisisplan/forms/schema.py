"""The JSON Schema of plan documents and export bundles (generated from the models)."""

from __future__ import annotations

from typing import Any

from crisisplan.forms.exchange import BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION
from crisisplan.forms.plan import PLAN_FORMAT, PLAN_FORMAT_VERSION, CrisisPlan

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
PLAN_SCHEMA_ID = f"urn:crisisplan:schema:{PLAN_FORMAT}:{PLAN_FORMAT_VERSION}"
BUNDLE_SCHEMA_ID = f"urn:crisisplan:schema:{BUNDLE_FORMAT}:{BUNDLE_FORMAT_VERSION}"


def plan_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a plan document, with `$id`, title and version.

    Field titles are the plain-English labels the app uses; fields holding the person's own words
    carry `"own_words": true`; choices list their labels under `x-labels`.
    """
    schema = CrisisPlan.model_json_schema(mode="validation")
    schema["required"] = sorted({*schema.get("required", []), "format", "format_version"})
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": PLAN_SCHEMA_ID,
        **schema,
        "title": "Crisis plan",
        "version": str(PLAN_FORMAT_VERSION),
        "x-format": PLAN_FORMAT,
        "x-format-version": PLAN_FORMAT_VERSION,
    }


def bundle_json_schema() -> dict[str, Any]:
    """JSON Schema of an export bundle; its plans refer to the plan schema by `$id`."""
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": BUNDLE_SCHEMA_ID,
        "title": "Crisis plan export",
        "version": str(BUNDLE_FORMAT_VERSION),
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "format_version", "plans"],
        "properties": {
            "format": {"const": BUNDLE_FORMAT, "title": "Format"},
            "format_version": {"const": BUNDLE_FORMAT_VERSION, "title": "Format version"},
            "exported_at": {"type": "string", "format": "date-time", "title": "Exported at"},
            "plans": {"type": "array", "items": {"$ref": PLAN_SCHEMA_ID}, "title": "Plans"},
        },
    }
