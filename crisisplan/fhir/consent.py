"""Consent records <-> one Consent per recipient, with one nested provision per item.

Consent.provision.actor names the recipient (crisisplan recipient code); each nested provision
carries the item (provision.code), the person's answer (permit = given, deny = refused, no type =
not asked, with the status also as an extension), who recorded it and when, and what the person
said. `plan-order` keeps the plan's order of records so the round trip is exact."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from crisisplan.fhir.codes import ITEM_SYSTEM, LOINC, RECIPIENT_SYSTEM, UK_CORE_CONSENT, ext
from crisisplan.fhir.values import Json, code_in, concept, ext_string, ext_value, prune, string_ext
from crisisplan.forms.consent import ConsentRecord, recipient_label

_TYPE = {"given": "permit", "refused": "deny"}


def _utc_text(record: ConsentRecord) -> str:
    return record.recorded_at.isoformat().replace("+00:00", "Z")


def _provision(record: ConsentRecord, order: int) -> Json:
    return {
        "extension": [{"url": ext("plan-order"), "valueInteger": order},
                      {"url": ext("consent-status"), "valueCode": record.status.value},
                      {"url": ext("consent-recorded-at"), "valueDateTime": _utc_text(record)},
                      *string_ext("consent-recorded-by", record.recorded_by),
                      *string_ext("consent-in-own-words", record.in_own_words)],
        "type": _TYPE.get(record.status.value),
        "code": [concept(ITEM_SYSTEM, record.item.value)],
    }


def consent_resources(records: list[ConsentRecord], patient_ref: str, new_id: Callable[[str], str]) -> list[Json]:
    by_recipient: dict[str, list[tuple[int, ConsentRecord]]] = {}
    for order, record in enumerate(records):
        by_recipient.setdefault(record.recipient, []).append((order, record))
    found = []
    for number, (recipient, items) in enumerate(by_recipient.items()):
        latest = max(items, key=lambda pair: pair[1].recorded_at)[1]
        resource = {
            "resourceType": "Consent", "id": new_id(f"consent{number}"), "meta": {"profile": [UK_CORE_CONSENT]},
            "status": "active",
            "scope": concept("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy",
                             "Privacy Consent"),
            "category": [concept(LOINC, "59284-0", "Patient Consent")],
            "patient": {"reference": patient_ref},
            "dateTime": _utc_text(latest),
            "policyRule": concept("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN", "opt-in"),
            "provision": {
                "actor": [{"role": concept("http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                           "IRCP", "information recipient"),
                           "reference": {"display": recipient_label(recipient),
                                         "identifier": {"system": RECIPIENT_SYSTEM, "value": recipient}}}],
                "provision": [_provision(record, order) for order, record in items],
            },
        }
        found.append(dict(prune(resource)))
    return found


def records_from_consent(resource: Json, problems: list[str]) -> list[tuple[int, dict[str, Any]]]:
    """(plan order, consent record as JSON data) for each nested provision of a Consent."""
    top = resource.get("provision") or {}
    actors = top.get("actor") or []
    recipient = ((actors[0].get("reference") or {}).get("identifier") or {}).get("value") if actors else None
    if not isinstance(recipient, str):
        problems.append("Consent: no crisisplan recipient in provision.actor")
        return []
    found = []
    for index, provision in enumerate(top.get("provision") or []):
        codes = provision.get("code") or []
        item = code_in(codes[0] if codes else None, ITEM_SYSTEM)
        status = ext_value(provision, "consent-status", "valueCode") or {
            "permit": "given", "deny": "refused"}.get(provision.get("type", ""))
        order = ext_value(provision, "plan-order", "valueInteger")
        if item is None or status is None:
            problems.append(f"Consent.provision.provision[{index}]: no crisisplan item or status")
            continue
        found.append((order if isinstance(order, int) else 10**9 + index, {
            "recipient": recipient, "item": item, "status": status,
            "recorded_by": ext_string(provision, "consent-recorded-by"),
            "recorded_at": ext_value(provision, "consent-recorded-at", "valueDateTime") or resource.get("dateTime"),
            "in_own_words": ext_string(provision, "consent-in-own-words"),
        }))
    return found
