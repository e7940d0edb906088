"""A crisis plan as a FHIR document Bundle (R4B models): Composition first, one section per plan
section (in the plan's order), then Patient, contacts, Consents and the risk and need entries.

Structure after HL7 PACIO Advance Directive Interoperability (a document Bundle whose Composition
sections carry narrative and entries), profiled on UK Core. See docs/fhir.md."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from fhir.resources.R4B.bundle import Bundle

from crisisplan.fhir.clinical import need_to_know_entries
from crisisplan.fhir.codes import (
    ADVANCE_DIRECTIVES_LOINC,
    CARE_PLAN_CATEGORY,
    CRISIS_PLAN_TYPE,
    DOCUMENT_LOINC,
    LOINC,
    ODS,
    PLAN_HEADER,
    PLAN_ID_SYSTEM,
    SECTION_DATA,
    SECTION_SYSTEM,
    SNOMED,
    UK_CORE_BUNDLE,
    UK_CORE_COMPOSITION,
)
from crisisplan.fhir.consent import consent_resources
from crisisplan.fhir.contacts import contact_resources
from crisisplan.fhir.directives import attorney_entries, decision_entries, number_entries
from crisisplan.fhir.narrative import narrative
from crisisplan.fhir.patient import patient_resource
from crisisplan.fhir.values import Json, coding, prune
from crisisplan.forms.plan import CrisisPlan

NATIVE_SECTIONS = ("person", "named_contacts", "consent")
"""Sections carried by native resources; every other section also carries its plan data."""
HEADER_FIELDS = ("format", "format_version")


@dataclass(frozen=True)
class Organisation:
    name: str
    ods_code: str = ""

    def reference(self) -> Json:
        found: Json = {"display": self.name}
        if self.ods_code:
            found["identifier"] = {"system": ODS, "value": self.ods_code}
        return found


def plan_identifier(store_id: str, plan_id: int) -> str:
    """The plan's identifier value (system PLAN_ID_SYSTEM): the same on every export and push."""
    return f"{store_id}-{plan_id}"


def section_fields() -> list[str]:
    return [name for name in CrisisPlan.model_fields if name not in HEADER_FIELDS]


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def plan_bundle(plan: CrisisPlan, identifier: str, organisation: Organisation,
                when: datetime | None = None) -> Bundle:
    """The document Bundle for `plan`, as an R4B model (validated)."""
    return Bundle.model_validate(bundle_data(plan, identifier, organisation, when))


def plan_bundle_text(plan: CrisisPlan, identifier: str, organisation: Organisation,
                     when: datetime | None = None) -> str:
    """The same Bundle as JSON text: the data is validated by the R4B models, then written as built
    (the models' own serialiser is several times slower and gives the same content)."""
    data = bundle_data(plan, identifier, organisation, when)
    Bundle.model_validate(data)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def bundle_data(plan: CrisisPlan, identifier: str, organisation: Organisation,
                when: datetime | None = None) -> Json:
    """The document Bundle for `plan` as FHIR JSON data (not yet validated)."""
    when = when or datetime.now(UTC)

    def new_id(local: str) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{PLAN_ID_SYSTEM}/{identifier}/{local}"))

    def ref(resource: Json) -> Json:
        return {"reference": f"urn:uuid:{resource['id']}"}

    patient = patient_resource(plan.person, new_id("patient"))
    patient_ref = f"urn:uuid:{patient['id']}"
    contacts: list[list[Json]] = [
        contact_resources(c, new_id(f"contact{n}"), new_id(f"contact{n}-practitioner"), patient_ref)
        for n, c in enumerate(plan.named_contacts)]
    consents = consent_resources(plan.consent, patient_ref, new_id)
    derived = need_to_know_entries(plan.need_to_know, patient_ref, new_id)
    directives = {"advance_decisions": decision_entries(plan.advance_decisions, patient_ref, new_id),
                  "attorneys": attorney_entries(plan.attorneys, patient_ref, new_id),
                  "crisis_numbers": number_entries(plan.crisis_numbers, new_id)}
    sections = []
    for name in section_fields():
        value = getattr(plan, name)
        section: Json = {"title": CrisisPlan.model_fields[name].title,
                         "code": {"coding": [coding(SECTION_SYSTEM, name)]}, "text": narrative(value)}
        if name == "person":
            section["entry"] = [ref(patient)]
        elif name == "named_contacts":
            section["entry"] = [ref(group[0]) for group in contacts]
        elif name == "consent":
            section["entry"] = [ref(c) for c in consents]
        else:
            data = json.dumps(plan.model_dump(mode="json", include={name})[name], ensure_ascii=False,
                              separators=(",", ":"))
            section["extension"] = [{"url": SECTION_DATA, "valueString": data}]
            if name == "need_to_know":
                section["entry"] = [ref(d) for d in derived]
            elif name in directives:
                section["entry"] = [ref(d) for d in directives[name]]
        sections.append(prune(section))
    org = organisation.reference()
    composition = prune({
        "resourceType": "Composition", "id": new_id("composition"), "meta": {"profile": [UK_CORE_COMPOSITION]},
        "extension": [{"url": PLAN_HEADER, "valueString": f"{plan.format}/{plan.format_version}"}],
        "identifier": {"system": PLAN_ID_SYSTEM, "value": identifier},
        "status": "preliminary" if plan.process.status.value == "draft" else "final",
        "type": {"coding": [coding(SNOMED, *CRISIS_PLAN_TYPE), coding(LOINC, *DOCUMENT_LOINC)]},
        "category": [{"coding": [coding(SNOMED, *CARE_PLAN_CATEGORY)]},
                     {"coding": [coding(LOINC, *ADVANCE_DIRECTIVES_LOINC)]}],
        "subject": {"reference": patient_ref}, "date": _utc(when), "author": [org],
        "title": "Mental health crisis plan", "custodian": org, "section": sections,
    })
    resources = [composition, patient, *[r for group in contacts for r in group], *consents, *derived,
                 *[r for group in directives.values() for r in group]]
    return {
        "resourceType": "Bundle", "meta": {"profile": [UK_CORE_BUNDLE]},
        "identifier": {"system": PLAN_ID_SYSTEM, "value": identifier},
        "type": "document", "timestamp": _utc(when),
        "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
    }


def bundle_json(bundle: Bundle) -> str:
    return bundle.model_dump_json(indent=2)
