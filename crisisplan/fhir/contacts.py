"""Named contacts <-> RelatedPerson (carers, relatives, advocates, attorneys, others) or
Practitioner + PractitionerRole (care coordinator, consultant, GP, crisis team)."""

from __future__ import annotations

from typing import Any

from crisisplan.fhir.codes import (
    CONTACT_ROLE_SYSTEM,
    UK_CORE_PRACTITIONER,
    UK_CORE_PRACTITIONER_ROLE,
    UK_CORE_RELATED_PERSON,
)
from crisisplan.fhir.values import Json, code_in, concept, ext_string, prune, string_ext
from crisisplan.forms.contacts import ContactRole, NamedContact

PROFESSIONAL_ROLES = {ContactRole.CARE_COORDINATOR, ContactRole.CONSULTANT, ContactRole.GP,
                      ContactRole.CRISIS_TEAM}


def _role(contact: NamedContact) -> Json:
    return concept(CONTACT_ROLE_SYSTEM, contact.role.value, contact.role.label)


def _telecom(contact: NamedContact) -> list[Json]:
    return [{"system": "phone", "value": contact.phone}] if contact.phone else []


def contact_resources(contact: NamedContact, resource_id: str, practitioner_id: str, patient_ref: str) -> list[Json]:
    """One RelatedPerson, or a Practitioner and its PractitionerRole (the role first: it is the
    section entry)."""
    if contact.role in PROFESSIONAL_ROLES:
        practitioner = {"resourceType": "Practitioner", "id": practitioner_id,
                        "meta": {"profile": [UK_CORE_PRACTITIONER]},
                        "name": [{"text": contact.name}] if contact.name else [],
                        "telecom": _telecom(contact)}
        role = {"resourceType": "PractitionerRole", "id": resource_id,
                "meta": {"profile": [UK_CORE_PRACTITIONER_ROLE]},
                "practitioner": {"reference": f"urn:uuid:{practitioner_id}"},
                "organization": {"display": contact.organisation} if contact.organisation else {},
                "code": [_role(contact)], "telecom": _telecom(contact),
                "availabilityExceptions": contact.when_reachable}
        return [dict(prune(role)), dict(prune(practitioner))]
    related = {"resourceType": "RelatedPerson", "id": resource_id,
               "meta": {"profile": [UK_CORE_RELATED_PERSON]},
               "extension": [*string_ext("contact-organisation", contact.organisation),
                             *string_ext("contact-when-reachable", contact.when_reachable)],
               "patient": {"reference": patient_ref}, "relationship": [_role(contact)],
               "name": [{"text": contact.name}] if contact.name else [], "telecom": _telecom(contact)}
    return [dict(prune(related))]


def _phone(resource: Json) -> str:
    for point in resource.get("telecom") or []:
        if point.get("system") == "phone":
            return str(point.get("value", ""))
    return ""


def _name(resource: Json | None) -> str:
    for name in (resource or {}).get("name") or []:
        return str(name.get("text", ""))
    return ""


def contact_from_resources(entry: Json, practitioners: dict[str, Json]) -> dict[str, Any] | None:
    """A named contact (as JSON data) from a section entry, or None when it is not one of ours."""
    kind = entry.get("resourceType")
    if kind == "RelatedPerson":
        codes = entry.get("relationship") or []
        return {"role": code_in(codes[0] if codes else None, CONTACT_ROLE_SYSTEM) or "other",
                "name": _name(entry), "organisation": ext_string(entry, "contact-organisation"),
                "phone": _phone(entry), "when_reachable": ext_string(entry, "contact-when-reachable")}
    if kind == "PractitionerRole":
        codes = entry.get("code") or []
        ref = (entry.get("practitioner") or {}).get("reference", "")
        return {"role": code_in(codes[0] if codes else None, CONTACT_ROLE_SYSTEM) or "other",
                "name": _name(practitioners.get(ref)),
                "organisation": (entry.get("organization") or {}).get("display", ""),
                "phone": _phone(entry), "when_reachable": entry.get("availabilityExceptions", "")}
    return None
