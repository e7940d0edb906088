"""About me (Person) <-> a UK Core-shaped Patient. Fields FHIR has no element for go in
crisisplan extensions (docs/fhir.md lists them)."""

from __future__ import annotations

from typing import Any

from crisisplan.fhir.codes import NHS_NUMBER, UK_CORE_PATIENT, ext
from crisisplan.fhir.values import Json, bool_ext, ext_bool, ext_string, ext_value, prune, string_ext
from crisisplan.forms.person import Person

_GENDER_OUT = {"female": "female", "male": "male", "non_binary": "other", "other": "other",
               "prefer_not_to_say": "unknown"}
_NATIVE_GENDER = {"female", "male"}
_TEXT_EXTENSIONS = ("gender_in_own_words", "pronouns", "description", "living_situation", "interpreter_language",
                    "communication_needs")
_FLAG_EXTENSIONS = ("no_fixed_abode", "interpreter_needed", "uses_sign_language")


def _ext_name(field: str) -> str:
    return "person-" + field.replace("_", "-")


def patient_resource(person: Person, resource_id: str) -> Json:
    extensions: list[Json] = []
    gender = person.gender.value if person.gender else None
    if gender and gender not in _NATIVE_GENDER:
        extensions.append({"url": ext("person-gender"), "valueCode": gender})
    for name in _TEXT_EXTENSIONS:
        extensions += string_ext(_ext_name(name), getattr(person, name))
    for name in _FLAG_EXTENSIONS:
        extensions += bool_ext(_ext_name(name), getattr(person, name))
    names: list[Json] = [{"use": "official", "family": person.family_name,
                          "given": [person.given_name] if person.given_name else []}]
    if person.preferred_name:
        names.append({"use": "usual", "text": person.preferred_name})
    telecom = [{"system": "phone", "value": person.phone, "rank": 1} if person.phone else {},
               {"system": "phone", "value": person.other_phone, "rank": 2} if person.other_phone else {},
               {"system": "email", "value": person.email} if person.email else {}]
    address = person.address
    lines = [address.line1, address.line2] if address.line2 else [address.line1]
    body: Json = {
        "resourceType": "Patient", "id": resource_id, "meta": {"profile": [UK_CORE_PATIENT]},
        "extension": extensions,
        "identifier": [{"system": NHS_NUMBER, "value": person.nhs_number}] if person.nhs_number else [],
        "name": names,
        "telecom": telecom,
        "gender": _GENDER_OUT[gender] if gender else None,
        "birthDate": person.date_of_birth.isoformat() if person.date_of_birth else None,
        "address": [] if address == type(address)() else [{
            "use": "home", "extension": bool_ext("address-no-line1", bool(address.line2 and not address.line1)),
            "line": lines, "city": address.town, "district": address.county, "postalCode": address.postcode}],
        "communication": [{"language": {"text": person.first_language}, "preferred": True}]
        if person.first_language else [],
    }
    return dict(prune(body))


def person_from_patient(patient: Json) -> dict[str, Any]:
    """The plan's `person` section (as JSON data) from a Patient resource."""
    found: dict[str, Any] = {}
    for name in (patient.get("name") or []):
        if name.get("use") == "usual":
            found["preferred_name"] = name.get("text", "")
        else:
            found["family_name"] = name.get("family", "")
            found["given_name"] = " ".join(name.get("given") or [])
    for ident in patient.get("identifier") or []:
        if ident.get("system") == NHS_NUMBER:
            found["nhs_number"] = ident.get("value", "")
    for point in patient.get("telecom") or []:
        if point.get("system") == "email":
            found["email"] = point.get("value", "")
        elif point.get("system") == "phone":
            found["other_phone" if point.get("rank") == 2 else "phone"] = point.get("value", "")
    gender = ext_value(patient, "person-gender", "valueCode") or patient.get("gender")
    if gender is not None:
        found["gender"] = "prefer_not_to_say" if gender == "unknown" else gender
    if patient.get("birthDate"):
        found["date_of_birth"] = patient["birthDate"]
    addresses = patient.get("address") or []
    if addresses:
        address = addresses[0]
        lines = list(address.get("line") or [])
        if ext_bool(address, "address-no-line1"):
            lines.insert(0, "")
        found["address"] = {"line1": lines[0] if lines else "", "line2": lines[1] if len(lines) > 1 else "",
                            "town": address.get("city", ""), "county": address.get("district", ""),
                            "postcode": address.get("postalCode", "")}
    for comm in patient.get("communication") or []:
        found["first_language"] = (comm.get("language") or {}).get("text", "")
    for name in _TEXT_EXTENSIONS:
        found[name] = ext_string(patient, _ext_name(name))
    for name in _FLAG_EXTENSIONS:
        found[name] = ext_bool(patient, _ext_name(name))
    return found
