"""Risks and needs as section entries: RiskAssessment (risk factors), AllergyIntolerance,
Condition and MedicationStatement. These entries are for FHIR readers; on import the section's
plan data (codes.SECTION_DATA) is what is read back, so they are checked for type only."""

from __future__ import annotations

from collections.abc import Callable

from crisisplan.fhir.values import Json, prune
from crisisplan.forms.need_to_know import NeedToKnow

RISK_SYSTEM = "https://fhir.crisisplan.example/CodeSystem/risk-kind"
DERIVED_TYPES = frozenset({"RiskAssessment", "AllergyIntolerance", "Condition", "MedicationStatement"})


def need_to_know_entries(section: NeedToKnow, patient_ref: str, new_id: Callable[[str], str]) -> list[Json]:
    subject = {"reference": patient_ref}
    found: list[Json] = []
    for number, risk in enumerate(section.risks):
        found.append({"resourceType": "RiskAssessment", "id": new_id(f"risk{number}"), "status": "final",
                      "subject": subject,
                      "prediction": [{"outcome": {"coding": [{"system": RISK_SYSTEM, "code": risk.kind.value,
                                                              "display": risk.kind.label}],
                                                  "text": risk.detail or risk.kind.label}}]})
    for number, allergy in enumerate(section.allergies):
        found.append({"resourceType": "AllergyIntolerance", "id": new_id(f"allergy{number}"), "patient": subject,
                      "code": {"text": allergy.substance or "Not recorded"},
                      "reaction": [{"manifestation": [{"text": allergy.reaction}]}] if allergy.reaction else []})
    for number, condition in enumerate(section.health_conditions):
        found.append({"resourceType": "Condition", "id": new_id(f"condition{number}"), "subject": subject,
                      "code": {"text": condition.condition or "Not recorded"},
                      "note": [{"text": condition.detail}] if condition.detail else []})
    for number, medicine in enumerate(section.medicines):
        found.append({"resourceType": "MedicationStatement", "id": new_id(f"medicine{number}"),
                      "status": "active", "subject": subject,
                      "medicationCodeableConcept": {"text": medicine.name or "Not recorded"},
                      "dosage": [{"text": medicine.dose}] if medicine.dose else [],
                      "reasonCode": [{"text": medicine.purpose}] if medicine.purpose else [],
                      "extension": []})
    return [dict(prune(item)) for item in found]

