"""An NRL-shaped DocumentReference (NRL v3, FHIR R4) for a crisis plan, and the producer rules it
is checked against (docs/fhir.md lists them; `nrl_problems` checks them).

The document is either at a URL (what NRL needs: the pointer, not the document, is registered) or,
for a file export with no server to hold the PDF, carried in `attachment.data`."""

from __future__ import annotations

import base64
import hashlib
import re
import uuid
from datetime import UTC, datetime
from typing import Any

from fhir.resources.R4B.documentreference import DocumentReference

from crisisplan.fhir.codes import (
    CARE_PLAN_CATEGORY,
    CRISIS_PLAN_TYPE,
    NHS_NUMBER,
    NRL_DOCUMENT_REFERENCE,
    ODS,
    PLAN_ID_SYSTEM,
    SNOMED,
)
from crisisplan.fhir.document import Organisation
from crisisplan.fhir.values import Json, coding, prune
from crisisplan.forms.plan import CrisisPlan

PRACTICE_SETTING = ("394587001", "Psychiatry")
"""From the FHIR practice-setting value set (SNOMED CT clinical specialties)."""
FORMAT_SYSTEM = "https://fhir.nhs.uk/England/CodeSystem/England-NRLFormatCode"
UNSTRUCTURED = ("urn:nhs-ic:unstructured", "Unstructured Document")
STABILITY_URL = "https://fhir.nhs.uk/England/StructureDefinition/Extension-England-ContentStability"
STABILITY_SYSTEM = "https://fhir.nhs.uk/England/CodeSystem/England-NRLContentStability"
ODS_CODE = re.compile(r"[A-Z0-9]{3,10}")


def pointer_id(organisation: Organisation, identifier: str) -> str:
    """NRL v3 ids are '<custodian ODS code>-<producer's own id>'."""
    return f"{organisation.ods_code}-{uuid.uuid5(uuid.NAMESPACE_URL, f'{PLAN_ID_SYSTEM}/{identifier}')}"


def document_reference(plan: CrisisPlan, identifier: str, organisation: Organisation, pdf: bytes, *,
                       url: str | None = None, when: datetime | None = None,
                       content_type: str = "application/pdf") -> DocumentReference:
    """The pointer to the plan's A4 summary PDF (at `url` when given, else carried inline). With
    `content_type` "application/fhir+json", `pdf` is the document Bundle instead (a push with no PDF)."""
    if not ODS_CODE.fullmatch(organisation.ods_code):
        raise ValueError("An NRL pointer needs the organisation's ODS code; set it with 'crisisplan org --ods-code'.")
    if not plan.person.nhs_number:
        raise ValueError("An NRL pointer needs the person's NHS number.")
    when = when or datetime.now(UTC)
    ods = {"identifier": {"system": ODS, "value": organisation.ods_code}, "display": organisation.name}
    attachment: Json = {"contentType": content_type, "language": "en-GB", "title": "Mental health crisis plan",
                        "size": len(pdf), "hash": base64.b64encode(hashlib.sha1(pdf).digest()).decode(),  # noqa: S324 (FHIR's Attachment.hash is SHA-1)
                        "creation": when.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")}
    if url:
        attachment["url"] = url
    else:
        attachment["data"] = base64.b64encode(pdf).decode()
    body = {
        "resourceType": "DocumentReference", "id": pointer_id(organisation, identifier),
        "meta": {"profile": [NRL_DOCUMENT_REFERENCE]},
        "masterIdentifier": {"system": PLAN_ID_SYSTEM, "value": identifier},
        "identifier": [{"system": PLAN_ID_SYSTEM, "value": identifier}],
        "status": "current", "docStatus": "final" if plan.process.status.value != "draft" else "preliminary",
        "type": {"coding": [coding(SNOMED, *CRISIS_PLAN_TYPE)]},
        "category": [{"coding": [coding(SNOMED, *CARE_PLAN_CATEGORY)]}],
        "subject": {"identifier": {"system": NHS_NUMBER, "value": plan.person.nhs_number}},
        "date": attachment["creation"], "author": [ods], "custodian": ods,
        "content": [{"attachment": attachment, "format": coding(FORMAT_SYSTEM, *UNSTRUCTURED),
                     "extension": [{"url": STABILITY_URL, "valueCodeableConcept": {"coding": [
                         coding(STABILITY_SYSTEM, "static", "Static")]}}]}],
        "context": {"practiceSetting": {"coding": [coding(SNOMED, *PRACTICE_SETTING)]}},
    }
    return DocumentReference.model_validate(prune(body))


def _code(value: Any) -> tuple[str | None, str | None]:
    for item in (value or {}).get("coding") or []:
        return item.get("system"), item.get("code")
    return None, None


def nrl_problems(pointer: Json) -> list[str]:
    """Which NRL producer rules (docs/fhir.md, N1-N12) `pointer` breaks; empty when it follows them all."""
    problems = []
    if pointer.get("resourceType") != "DocumentReference":
        return ["N1 not a DocumentReference"]
    if pointer.get("status") != "current":
        problems.append("N2 status must be 'current'")
    if _code(pointer.get("type")) != (SNOMED, CRISIS_PLAN_TYPE[0]):
        problems.append("N3 type must be SNOMED CT 736253002")
    categories = [_code(c) for c in pointer.get("category") or []]
    if categories != [(SNOMED, CARE_PLAN_CATEGORY[0])]:
        problems.append("N4 exactly one category, SNOMED CT 734163000")
    subject = (pointer.get("subject") or {}).get("identifier") or {}
    if subject.get("system") != NHS_NUMBER or not re.fullmatch(r"[0-9]{10}", str(subject.get("value", ""))):
        problems.append("N5 subject must be an NHS number identifier")
    custodian = (pointer.get("custodian") or {}).get("identifier") or {}
    if custodian.get("system") != ODS or not ODS_CODE.fullmatch(str(custodian.get("value", ""))):
        problems.append("N6 custodian must be an ODS code")
    authors = pointer.get("author") or []
    if not authors or any(((a.get("identifier") or {}).get("system")) != ODS for a in authors):
        problems.append("N7 every author must be an ODS code")
    if not str(pointer.get("id", "")).startswith(f"{custodian.get('value')}-"):
        problems.append("N8 id must start with the custodian's ODS code and a hyphen")
    contents = pointer.get("content") or []
    if not contents:
        problems.append("N9 at least one content")
    for content in contents:
        attachment = content.get("attachment") or {}
        if not attachment.get("contentType") or not (attachment.get("url") or attachment.get("data")):
            problems.append("N9 each content needs a contentType and the document (url or data)")
        if attachment.get("url") and not str(attachment["url"]).startswith(("https://", "http://")):
            problems.append("N10 attachment url must be an http(s) URL")
        if (content.get("format") or {}).get("system") != FORMAT_SYSTEM:
            problems.append("N11 content.format from the NRL format code system")
        if not any(e.get("url") == STABILITY_URL for e in content.get("extension") or []):
            problems.append("N11 content needs the ContentStability extension")
    if _code((pointer.get("context") or {}).get("practiceSetting"))[0] != SNOMED:
        problems.append("N12 context.practiceSetting must be a SNOMED CT code")
    return problems
