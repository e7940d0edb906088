"""Plan format 2 (issue 11's model fields) and reading version 1 (docs/plan-format.md, "Versioning").

`tests/fixtures/plans-format-1.json` is an export written by the release before the bump (commit
3e5693d's own `dump_bundle` of two demo plans, fictional): a young person with a competence, a school
and family, and an adult with children and a person not to contact; none of the fields version 2
added."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crisisplan.fhir.document import Organisation, plan_bundle_text
from crisisplan.fhir.reader import load_fhir_plan
from crisisplan.forms.exchange import dump_bundle, dump_plan, load_bundle
from crisisplan.forms.plan import PLAN_FORMAT_VERSION, CrisisPlan
from crisisplan.forms.plan_versions import OLDEST_PLAN_FORMAT_VERSION, upgrade_plan_document
from crisisplan.forms.problems import PlanInputError, parse_plan
from crisisplan.services.plans import index_fields, load_plan, save_plan
from crisisplan.services.session import Session

FIXTURE = Path(__file__).parent.parent / "fixtures" / "plans-format-1.json"
ADDED_IN_2 = {  # where version 2 added a field, and its empty value
    ("person", "living_situation"): "",
    ("young_person", "competence_scope"): "",
}


def _export() -> dict[str, Any]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def _version_1(which: int = 0) -> dict[str, Any]:
    """The young person's plan (0) or the adult's (1), as version 1 wrote them."""
    return _export()["plans"][which]


def _without_version_2_fields(document: dict[str, Any]) -> dict[str, Any]:
    """A version 2 dump with every field version 2 added removed, when it holds its empty value."""
    out = json.loads(json.dumps(document))
    for (section, field), empty in ADDED_IN_2.items():
        assert out[section].pop(field) == empty
    for member in out["family"]["people"]:
        assert (member.pop("language"), member.pop("needs_interpreter")) == ("", False)
    for entry in out["family"]["do_not_contact"]:
        assert entry.pop("description") == ""
    for child in out["practical"]["children"]:
        assert child.pop("school") == ""
    return out


def test_the_fixture_is_a_version_1_document_without_the_new_fields() -> None:
    document = _version_1()
    assert document["format_version"] == 1 == OLDEST_PLAN_FORMAT_VERSION
    assert "competence_scope" not in document["young_person"] and "living_situation" not in document["person"]
    assert document["young_person"]["competent_to_consent"] is True
    assert document["family"]["people"]
    adult = _version_1(1)
    assert adult["practical"]["children"] and adult["family"]["do_not_contact"]


@pytest.mark.parametrize("which", [0, 1])
def test_a_version_1_document_is_read_whole_as_version_2(which: int) -> None:
    document = _version_1(which)
    plan = parse_plan(json.dumps(document))
    assert plan.format_version == PLAN_FORMAT_VERSION == 2
    written = json.loads(dump_plan(plan))
    assert written["format_version"] == 2
    assert _without_version_2_fields(written) == {**document, "format_version": 2}  # nothing lost or changed
    assert plan.young_person.competence_scope == ""  # no value invented for the new fields


def test_a_version_1_document_that_already_holds_the_new_fields_keeps_them() -> None:
    """The release that added the fields still wrote format_version 1."""
    document = _version_1(1)
    document["person"]["living_situation"] = "Lives with family"
    document["young_person"]["competence_scope"] = "Sharing with school only"
    document["practical"]["children"][0]["school"] = "Riverside Primary"
    document["family"]["do_not_contact"].append({"name": "", "relationship": "", "reason": "",
                                                 "description": "A neighbour at number 4"})
    plan = parse_plan(document)
    assert plan.person.living_situation == "Lives with family"
    assert plan.young_person.competence_scope == "Sharing with school only"
    assert plan.practical.children[0].school == "Riverside Primary"
    assert plan.family.do_not_contact[-1].description == "A neighbour at number 4"


def test_an_export_of_version_1_plans_imports() -> None:
    loaded = load_bundle(FIXTURE.read_text(encoding="utf-8"))
    assert [p.format_version for p in loaded] == [2, 2]
    assert loaded == [parse_plan(_version_1(0)), parse_plan(_version_1(1))]
    bundle = json.loads(dump_bundle(loaded))
    bundle["plans"] += [{"format": "crisisplan.plan", "format_version": 1}, {"person": {}}]
    assert [p.format_version for p in load_bundle(json.dumps(bundle))] == [2, 2, 2, 2]


@pytest.mark.parametrize(("version", "words"), [
    (3, ["newer version of crisisplan (plan format 3)", "Update crisisplan"]),
    (99, ["newer version"]),
    (0, ["reads plan formats 1 to 2"]),
    (-1, ["reads plan formats 1 to 2"]),
    ("2", ["reads plan formats 1 to 2"]),
    (True, ["reads plan formats 1 to 2"]),
    (1.0, ["reads plan formats 1 to 2"]),
])
def test_a_version_it_cannot_read_is_refused_plainly(version: object, words: list[str]) -> None:
    document = {**_version_1(), "format_version": version}
    for read in (lambda: parse_plan(json.dumps(document)),
                 lambda: load_bundle(json.dumps({"format": "crisisplan.export", "format_version": 1,
                                                 "plans": [document]}))):
        with pytest.raises(PlanInputError) as refused:
            read()
        message = str(refused.value)
        assert all(word in message for word in words), message
        assert "Tomasz" not in message and "9999612113" not in message  # no values from the plan


def test_the_model_refuses_a_newer_version_too() -> None:
    with pytest.raises(ValueError):
        CrisisPlan.model_validate({**_version_1(), "format_version": 3})


def test_upgrade_leaves_other_documents_alone() -> None:
    current = {"format_version": 2, "person": {}}
    assert upgrade_plan_document(current) is current
    assert upgrade_plan_document({"format_version": 7}) == {"format_version": 7}
    original = _version_1()
    upgraded = upgrade_plan_document(original)
    assert upgraded["format_version"] == 2 and original["format_version"] == 1  # the input is not changed


def test_a_store_holding_version_1_documents_reads_them_and_saves_version_2(session: Session) -> None:
    """Plans saved by the release before the bump stay in the store as they were written."""
    plan = parse_plan(_version_1())
    stored = session.store.plans.create(json.dumps(_version_1()), index_fields(plan))
    loaded = load_plan(session, stored.plan_id)
    assert loaded.plan == plan and loaded.plan.format_version == 2
    saved = save_plan(session, loaded.plan, plan_id=stored.plan_id)
    assert json.loads(session.store.plans.get(saved.plan_id, saved.version, audit=False).document)[
        "format_version"] == 2


def test_a_fhir_document_of_plan_format_1_imports_and_a_newer_one_is_refused() -> None:
    plan = parse_plan(_version_1())
    text = plan_bundle_text(plan, "urn:uuid:0b3c3d7e-1f7a-4a55-9d4e-5c1b8f0e2a11",
                            Organisation("Riverside (fictional)"))
    assert "crisisplan.plan/2" in text
    assert load_fhir_plan(text.replace("crisisplan.plan/2", "crisisplan.plan/1")).plan == plan
    with pytest.raises(PlanInputError, match="newer version"):
        load_fhir_plan(text.replace("crisisplan.plan/2", "crisisplan.plan/3"))


def test_a_fhir_document_written_by_version_1_imports_whole() -> None:
    """tests/fixtures/plan-format-1.fhir.json: commit 3e5693d's own FHIR export of the adult's plan
    (its sections' plan data without the fields version 2 added)."""
    text = (FIXTURE.parent / "plan-format-1.fhir.json").read_text(encoding="utf-8")
    assert "crisisplan.plan/1" in text and "competence_scope" not in text and '"school"' not in text
    imported = load_fhir_plan(text)
    assert imported.plan == parse_plan(_version_1(1))
    family = json.loads(text)
    altered = 0
    for entry in family["entry"]:
        for section in entry["resource"].get("section") or []:
            for extension in section.get("extension") or []:
                if '"do_not_contact"' in str(extension.get("valueString")):
                    data = json.loads(extension["valueString"])
                    data["do_not_contact"][0]["unknown_field"] = "x"
                    extension["valueString"] = json.dumps(data)
                    altered += 1
    assert altered == 1
    with pytest.raises(PlanInputError):  # an older format is no way round the closed format
        load_fhir_plan(json.dumps(family))
