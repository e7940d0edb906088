"""The NRL-shaped DocumentReference follows the producer rules listed in docs/fhir.md (N1-N12),
and each rule is really checked: breaking it is reported under its number."""

from __future__ import annotations

import base64
import copy
import hashlib
import json

import pytest
from fhir.resources.R4B.documentreference import DocumentReference

from crisisplan.fhir.docref import document_reference, nrl_problems
from crisisplan.fhir.document import Organisation, plan_bundle, plan_bundle_text
from crisisplan.services.demo import generate_plans
from crisisplan.services.errors import InvalidRequest
from crisisplan.services.protocols import ods_code, set_ods_code

ORG = Organisation("Example Mental Health NHS Trust", "RXX")
PLAN = next(generate_plans(1, seed=9))
PDF = b"%PDF-1.7\n fictional summary\n%%EOF\n"


def _pointer(**kwargs) -> dict:
    return json.loads(document_reference(PLAN, "store-1", ORG, PDF, **kwargs).model_dump_json())


def test_pointer_by_url_and_inline_follow_every_rule():
    by_url = _pointer(url="https://fhir.example.nhs.uk/R4/Binary/abc")
    inline = _pointer()
    for pointer in (by_url, inline):
        assert nrl_problems(pointer) == []
        DocumentReference.model_validate(pointer)
        attachment = pointer["content"][0]["attachment"]
        assert attachment["size"] == len(PDF)
        assert attachment["hash"] == base64.b64encode(hashlib.sha1(PDF).digest()).decode()
    assert "data" not in by_url["content"][0]["attachment"]
    assert base64.b64decode(inline["content"][0]["attachment"]["data"]) == PDF
    assert by_url["type"]["coding"][0]["code"] == "736253002"
    assert by_url["category"][0]["coding"][0]["code"] == "734163000"
    assert by_url["custodian"]["identifier"]["value"] == "RXX" and by_url["id"].startswith("RXX-")


BREAKS = {
    "N2": lambda p: p.update(status="superseded"),
    "N3": lambda p: p["type"]["coding"][0].update(code="371531000"),
    "N4": lambda p: p["category"].append(copy.deepcopy(p["category"][0])),
    "N5": lambda p: p["subject"]["identifier"].update(system="https://example.org/local-id"),
    "N6": lambda p: p["custodian"].pop("identifier"),
    "N7": lambda p: p["author"].append({"display": "Someone"}),
    "N8": lambda p: p.update(id="0a5af785"),
    "N9": lambda p: p["content"][0]["attachment"].pop("url"),
    "N10": lambda p: p["content"][0]["attachment"].update(url="file:///C:/plans/summary.pdf"),
    "N11": lambda p: p["content"][0].pop("extension"),
    "N12": lambda p: p.pop("context"),
}


@pytest.mark.parametrize("rule", sorted(BREAKS))
def test_each_rule_is_checked(rule):
    pointer = _pointer(url="https://fhir.example.nhs.uk/R4/Binary/abc")
    BREAKS[rule](pointer)
    assert any(p.startswith(rule + " ") for p in nrl_problems(pointer))


def test_no_pointer_without_ods_code_or_nhs_number():
    with pytest.raises(ValueError, match="ODS code"):
        document_reference(PLAN, "s", Organisation("Trust"), PDF)
    nameless = PLAN.model_copy(update={"person": PLAN.person.model_copy(update={"nhs_number": ""})})
    with pytest.raises(ValueError, match="NHS number"):
        document_reference(nameless, "s", ORG, PDF)


def test_ods_code_is_an_organisation_setting(session):
    assert ods_code(session) == ""
    with pytest.raises(InvalidRequest):
        set_ods_code(session, "R X")
    set_ods_code(session, "rxx01")
    assert ods_code(session) == "RXX01"


def test_fast_text_path_gives_the_same_bundle_as_the_models():
    from datetime import UTC, datetime
    when = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert json.loads(plan_bundle_text(PLAN, "s", ORG, when)) == json.loads(
        plan_bundle(PLAN, "s", ORG, when).model_dump_json())
