"""Pushing plans to a FHIR server, with the disclosure ledger kept honest and an offline queue.

Only roles that may share (issue cards) may push. A push is recorded in the ledger as a disclosure
(recipient "fhir_server", kind "fhir-push", lawful basis direct care, the user's reason and the
server's name) only after the server accepted the plan's Bundle. When the server cannot be reached,
times out or fails on its side, nothing is recorded as sent and the plan goes on a queue kept in
the encrypted store (plan ids and server URLs only, no clinical content); `retry_queue` sends the
current version of each queued plan later."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from crisisplan.fhir.client import FhirClient, PushError, check_server, server_name
from crisisplan.fhir.docref import document_reference
from crisisplan.fhir.document import plan_bundle_text
from crisisplan.forms.items import Item
from crisisplan.forms.problems import parse_plan
from crisisplan.forms.roles import Permission
from crisisplan.i18n import QT_TRANSLATE_NOOP, message_of
from crisisplan.services.errors import InvalidRequest
from crisisplan.services.fhir import identifier_for, organisation, require_signed_summary
from crisisplan.services.session import Session
from crisisplan.sharing.decision import LawfulBasis
from crisisplan.store.errors import NotFoundError
from crisisplan.store.sharing import Disclosure

QUEUE_KEY = "fhir_push_queue"
RECIPIENT = "fhir_server"
KIND = "fhir-push"


@dataclass(frozen=True)
class PushOutcome:
    plan_id: int
    sent: bool
    message: str
    version: int | None = None
    queued: bool = False


def _queue(session: Session) -> list[dict[str, object]]:
    text = session.store.meta.get(QUEUE_KEY)
    found = json.loads(text) if text else []
    return found if isinstance(found, list) else []


def queued(session: Session) -> list[dict[str, object]]:
    session.require(Permission.ISSUE_CARD)
    return _queue(session)


def _set_queue(session: Session, items: list[dict[str, object]]) -> None:
    session.store.meta.set(QUEUE_KEY, json.dumps(items, separators=(",", ":")))


def _enqueue(session: Session, plan_id: int, server: str, reason: str) -> None:
    items = [q for q in _queue(session) if (q.get("plan_id"), q.get("server")) != (plan_id, server)]
    items.append({"plan_id": plan_id, "server": server, "reason": reason,
                  "queued_at": datetime.now(UTC).isoformat(timespec="seconds")})
    _set_queue(session, items)


def _dequeue(session: Session, plan_id: int, server: str) -> None:
    items = _queue(session)
    kept = [q for q in items if (q.get("plan_id"), q.get("server")) != (plan_id, server)]
    if kept != items:
        _set_queue(session, kept)


def _send(session: Session, client: FhirClient, plan_id: int, reason: str, pdf: bytes | None) -> PushOutcome:
    stored = session.store.plans.get(plan_id, audit=False)
    plan = parse_plan(stored.document)
    identifier = identifier_for(session, plan_id)
    org = organisation(session)
    bundle = plan_bundle_text(plan, identifier, org)
    on_server = client.put_bundle(bundle, identifier)
    host = server_name(client.base)
    session.store.sharing.record_disclosure(Disclosure(
        0, plan_id, stored.version, RECIPIENT, KIND, True, tuple(i.value for i in Item), (), "not_asked",
        LawfulBasis.DIRECT_CARE.value, f"{reason} (FHIR server {host}, Bundle {on_server.resource_id})",
        session.username, datetime.now(UTC).isoformat(timespec="seconds"), None))
    message = f"Plan {plan_id} version {stored.version} sent to {host}"
    if org.ods_code and plan.person.nhs_number:
        if pdf is not None:
            binary_id = f"crisisplan-{on_server.resource_id}-summary"
            client.put_pdf(binary_id, pdf)
            pointer = document_reference(plan, identifier, org, pdf, url=f"{client.base}/Binary/{binary_id}")
        else:
            pointer = document_reference(plan, identifier, org, bundle.encode("utf-8"),
                                         url=f"{client.base}/Bundle/{on_server.resource_id}",
                                         content_type="application/fhir+json")
        client.put_pointer(pointer, identifier)
        message += " with its document pointer"
    else:
        message += " (no document pointer: the organisation's ODS code or the NHS number is missing)"
    return PushOutcome(plan_id, True, message + ".", stored.version)


def push_plans(session: Session, plan_ids: list[int], server: str, *, reason: str, pdf: bytes | None = None,
               timeout: float = 10.0, transport: httpx.BaseTransport | None = None,
               progress: Callable[[PushOutcome], None] | None = None) -> list[PushOutcome]:
    """Push each plan; a failure that may pass (offline, timeout, 5xx) queues the plan, a refusal
    (4xx) does not. Every accepted push is one ledger row; nothing else is."""
    session.require(Permission.ISSUE_CARD)
    session.require(Permission.EXPORT_PLANS)
    reason = reason.strip()
    if not reason:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "Give a reason for sending the plan to the FHIR server "
                                                           "(it goes in the ledger)."))
    try:
        base = check_server(server)
    except ValueError as exc:
        raise InvalidRequest(message_of(exc) or str(exc)) from None
    if pdf is not None:
        require_signed_summary(session, pdf)
    outcomes = []
    with FhirClient(base, timeout=timeout, transport=transport) as client:
        for plan_id in plan_ids:
            try:
                outcome = _send(session, client, plan_id, reason, pdf)
                _dequeue(session, plan_id, base)
            except PushError as exc:
                if exc.retryable:
                    _enqueue(session, plan_id, base, reason)
                outcome = PushOutcome(plan_id, False, str(exc), queued=exc.retryable)
            except NotFoundError:
                _dequeue(session, plan_id, base)
                outcome = PushOutcome(plan_id, False, f"There is no plan {plan_id}; nothing was sent.")
            outcomes.append(outcome)
            if progress:
                progress(outcome)
    return outcomes


def retry_queue(session: Session, *, timeout: float = 10.0,
                transport: httpx.BaseTransport | None = None) -> list[PushOutcome]:
    """Send every queued plan again (its current version); those that fail again stay queued."""
    session.require(Permission.ISSUE_CARD)
    outcomes: list[PushOutcome] = []
    groups: dict[tuple[str, str], list[int]] = {}
    for item in _queue(session):
        plan_id, server, reason = item.get("plan_id"), item.get("server"), item.get("reason")
        if isinstance(plan_id, int) and isinstance(server, str) and isinstance(reason, str):
            groups.setdefault((server, reason), []).append(plan_id)
    for (server, reason), plan_ids in groups.items():
        outcomes += push_plans(session, plan_ids, server, reason=reason, timeout=timeout, transport=transport)
    return outcomes
