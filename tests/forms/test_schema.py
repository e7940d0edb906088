"""The JSON schema of plan documents and export bundles."""

from __future__ import annotations

import json
from typing import Any

from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.schema import BUNDLE_SCHEMA_ID, PLAN_SCHEMA_ID, bundle_json_schema, plan_json_schema
from tests.forms.test_model import all_models


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in node:
        return schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]  # type: ignore[no-any-return]
    return node


def test_header() -> None:
    schema = plan_json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == PLAN_SCHEMA_ID and "crisisplan.plan" in PLAN_SCHEMA_ID
    assert schema["title"] == "Crisis plan"
    assert schema["version"] == "2" and PLAN_SCHEMA_ID.endswith(":2")
    assert {"format", "format_version"} <= set(schema["required"])
    assert schema["properties"]["format"]["const"] == "crisisplan.plan"
    assert schema["properties"]["format_version"]["const"] == 2
    json.dumps(schema)  # serialisable


def test_every_model_and_field_is_described() -> None:
    schema = plan_json_schema()
    models = {m.model_config["title"]: m for m in all_models()}
    defs_by_title = {d["title"]: d for d in schema["$defs"].values() if d.get("type") == "object"}
    assert set(models) - {"Crisis plan"} == set(defs_by_title)
    for title, definition in defs_by_title.items():
        assert definition["additionalProperties"] is False
        assert set(definition["properties"]) == set(models[title].model_fields)
        for prop in definition["properties"].values():
            # pydantic leaves out a field title that equals the referenced section's own title
            assert prop.get("title") or _resolve(schema, prop).get("title")


def test_own_words_bounds_and_labels_are_in_the_schema() -> None:
    schema = plan_json_schema()
    sign = _resolve(schema, schema["properties"]["early_warning_signs"]["items"])
    assert sign["properties"]["what_i_do"]["own_words"] is True
    assert sign["properties"]["what_i_do"]["maxLength"] == 4000
    assert "own_words" not in sign["properties"]["sign"] or sign["properties"]["sign"]["own_words"] is True
    assert schema["properties"]["early_warning_signs"]["maxItems"] == 40
    person = _resolve(schema, schema["properties"]["person"])
    assert "own_words" not in person["properties"]["nhs_number"]
    assert person["properties"]["given_name"]["maxLength"] == 200
    gender = _resolve(schema, person["properties"]["gender"]["anyOf"][0])
    assert gender["x-labels"]["non_binary"] == "Non-binary"


def test_demo_like_document_keys_match_schema() -> None:
    schema = plan_json_schema()
    document = json.loads(CrisisPlan.empty().model_dump_json())
    assert set(document) == set(schema["properties"])


def test_bundle_schema() -> None:
    schema = bundle_json_schema()
    assert schema["$id"] == BUNDLE_SCHEMA_ID
    assert schema["properties"]["plans"]["items"] == {"$ref": PLAN_SCHEMA_ID}
    assert schema["properties"]["format"]["const"] == "crisisplan.export"
