"""A plan exported as a FHIR document Bundle validates against the R4B models and imports back to
an equal plan (Hypothesis over every field of the plan model)."""

from __future__ import annotations

import json

from fhir.resources.R4B.bundle import Bundle
from hypothesis import HealthCheck, given, settings

from crisisplan.fhir.codes import NHS_NUMBER, SECTION_SYSTEM
from crisisplan.fhir.document import Organisation, plan_bundle, section_fields
from crisisplan.fhir.reader import load_fhir_plan
from crisisplan.forms.plan import CrisisPlan
from crisisplan.services.demo import generate_plans
from tests.forms.strategies import plans

ORG = Organisation("Example Mental Health NHS Trust", "RXX")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans)
def test_any_plan_round_trips_through_fhir(plan: CrisisPlan) -> None:
    text = plan_bundle(plan, "store-7", ORG).model_dump_json()
    Bundle.model_validate_json(text)  # what another R4 reader would parse
    imported = load_fhir_plan(text)
    assert imported.plan == plan
    assert imported.identifier == "store-7"


def test_demo_plans_round_trip_and_use_native_resources() -> None:
    for plan in generate_plans(15, seed=11):
        bundle = plan_bundle(plan, "s-1", ORG)
        data = json.loads(bundle.model_dump_json())
        kinds = [e["resource"]["resourceType"] for e in data["entry"]]
        assert kinds[0] == "Composition" and "Patient" in kinds
        patient = next(e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == "Patient")
        assert {"system": NHS_NUMBER, "value": plan.person.nhs_number} in patient["identifier"]
        codes = [s["code"]["coding"][0]["code"] for s in data["entry"][0]["resource"]["section"]]
        assert codes == section_fields()
        assert all(s["code"]["coding"][0]["system"] == SECTION_SYSTEM
                   for s in data["entry"][0]["resource"]["section"])
        recipients = {c.recipient for c in plan.consent}
        scopes = [e["resource"]["scope"]["coding"][0]["code"] for e in data["entry"]
                  if e["resource"]["resourceType"] == "Consent"]
        assert scopes.count("patient-privacy") == len(recipients)
        assert scopes.count("adr") == len(plan.advance_decisions)  # PACIO: refusals as Consent, scope adr
        assert kinds.count("RiskAssessment") == len(plan.need_to_know.risks)
        assert kinds.count("HealthcareService") == len(plan.crisis_numbers)
        assert load_fhir_plan(bundle.model_dump_json()).plan == plan
