"""Systems, code systems and extension URLs used by the FHIR mapping (listed in docs/fhir.md)."""

from __future__ import annotations

BASE = "https://fhir.crisisplan.example"
"""The base of crisisplan's own FHIR definitions (extensions, code systems, identifier system)."""

EXT = f"{BASE}/StructureDefinition/"
PLAN_ID_SYSTEM = f"{BASE}/Id/plan"
SECTION_SYSTEM = f"{BASE}/CodeSystem/plan-section"
CONTACT_ROLE_SYSTEM = f"{BASE}/CodeSystem/contact-role"
RECIPIENT_SYSTEM = f"{BASE}/CodeSystem/recipient"
ITEM_SYSTEM = f"{BASE}/CodeSystem/shareable-item"
CONSENT_STATUS_SYSTEM = f"{BASE}/CodeSystem/consent-status"

SECTION_DATA = f"{EXT}plan-section-data"
"""A Composition.section extension (valueString): the section's plan JSON, for sections whose
content has no native FHIR home. Makes the round trip lossless."""
PLAN_HEADER = f"{EXT}plan-format"

NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number"
ODS = "https://fhir.nhs.uk/Id/ods-organization-code"
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"

UK_CORE_PATIENT = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient"
UK_CORE_RELATED_PERSON = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-RelatedPerson"
UK_CORE_PRACTITIONER = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Practitioner"
UK_CORE_PRACTITIONER_ROLE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-PractitionerRole"
UK_CORE_CONSENT = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Consent"
UK_CORE_COMPOSITION = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Composition"
UK_CORE_BUNDLE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Bundle"
UK_CORE_DOCUMENT_REFERENCE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-DocumentReference"
NRL_DOCUMENT_REFERENCE = "https://fhir.nhs.uk/England/StructureDefinition/Profile-England-DocumentReference"

CRISIS_PLAN_TYPE = ("736253002", "Mental health crisis plan")
CARE_PLAN_CATEGORY = ("734163000", "Care plan")
MENTAL_HEALTH_SETTING = ("892811000000109", "Mental health service")
"""SNOMED CT UK practice setting used for NRL pointers from mental health services."""
DOCUMENT_LOINC = ("104144-1", "Mental health Advance directives")
"""The Composition type of HL7 PACIO ADI's mental health advance directive (MHAD) example."""
ADVANCE_DIRECTIVES_LOINC = ("42348-3", "Advance healthcare directives")
"""PACIO ADI's Composition category for advance directives."""


def ext(name: str) -> str:
    return f"{EXT}{name}"
