"""Advance decisions, attorneys and 24-hour numbers as section entries for FHIR readers: a Consent
(scope `adr`) per advance decision, as HL7 PACIO ADI models treatment refusals; a RelatedPerson per
attorney or nominated person; a HealthcareService per 24-hour number. Like the risk and need entries,
they are derived from the section's plan data, which is what import reads back; an entry edited
away from that data is reported on import (reader.unmapped_paths)."""

from __future__ import annotations

from collections.abc import Callable

from crisisplan.fhir.codes import BASE, LOINC
from crisisplan.fhir.values import Json, coding, prune
from crisisplan.forms.advance import AdvanceDecision, Attorney
from crisisplan.forms.contacts import CrisisNumber

ATTORNEY_SYSTEM = f"{BASE}/CodeSystem/attorney-kind"
NUMBER_SYSTEM = f"{BASE}/CodeSystem/crisis-number-kind"
DIRECTIVE_TYPES = frozenset({"Consent", "RelatedPerson", "HealthcareService"})


def decision_entries(decisions: list[AdvanceDecision], patient_ref: str, new_id: Callable[[str], str]) -> list[Json]:
    found = []
    for number, decision in enumerate(decisions):
        found.append({
            "resourceType": "Consent", "id": new_id(f"decision{number}"),
            "status": "inactive" if decision.withdrawn_on else "active",
            "scope": {"coding": [coding("http://terminology.hl7.org/CodeSystem/consentscope", "adr",
                                        "Advanced Care Directive")]},
            "category": [{"coding": [coding(LOINC, "75320-2", "Advance directive")]}],
            "patient": {"reference": patient_ref},
            "dateTime": decision.made_on.isoformat() if decision.made_on else None,
            "policyRule": {"text": "Advance statement of wishes" if decision.is_request
                           else "Advance decision to refuse treatment (Mental Capacity Act 2005, ss. 24-26)"},
            "provision": {"type": "permit" if decision.is_request else "deny",
                          "code": [{"text": decision.treatment_refused or "Not recorded"}]},
        })
    return [dict(prune(item)) for item in found]


def attorney_entries(attorneys: list[Attorney], patient_ref: str, new_id: Callable[[str], str]) -> list[Json]:
    found = []
    for number, attorney in enumerate(attorneys):
        found.append({
            "resourceType": "RelatedPerson", "id": new_id(f"attorney{number}"), "patient": {"reference": patient_ref},
            "relationship": [{"coding": [coding(ATTORNEY_SYSTEM, attorney.kind.value, attorney.kind.label)]}],
            "name": [{"text": attorney.name}] if attorney.name else [],
            "telecom": [{"system": "phone", "value": attorney.phone}] if attorney.phone else [],
            "period": {"start": attorney.registered_on.isoformat()} if attorney.registered_on else {},
        })
    return [dict(prune(item)) for item in found]


def number_entries(numbers: list[CrisisNumber], new_id: Callable[[str], str]) -> list[Json]:
    found = []
    for number, entry in enumerate(numbers):
        found.append({
            "resourceType": "HealthcareService", "id": new_id(f"number{number}"), "active": True,
            "type": [{"coding": [coding(NUMBER_SYSTEM, entry.kind.value, entry.kind.label)]}],
            "name": entry.label or entry.kind.label,
            "telecom": [{"system": "phone", "value": entry.number, "use": "work"}] if entry.number else [],
            "availabilityExceptions": entry.hours,
        })
    return [dict(prune(item)) for item in found]
