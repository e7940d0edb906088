"""Sharing use cases: preview what a recipient may receive, record the decision, issue the signed
card (wallet card PDF, A4 summary PDF, QR image), the person's own copy, and the ledger.

Every path through here records a disclosure-ledger row with its audit entry, including a decision
not to share (AUD-04)."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from crisisplan.export.keys import private_key_to_bytes
from crisisplan.export.pades import PERSON_COPY_REASON, sign_pdf
from crisisplan.export.payload import CardPayload, new_card_id
from crisisplan.export.pdf_person import render_person_copy
from crisisplan.forms.items import Item
from crisisplan.forms.roles import Permission
from crisisplan.i18n import QT_TRANSLATE_NOOP, message_of
from crisisplan.services.atomic import write_bytes_atomic
from crisisplan.services.card_render import CardJob, RenderedCard, render_card
from crisisplan.services.document_signer import document_signer
from crisisplan.services.errors import InvalidRequest
from crisisplan.services.label_reviews import labels_for_plan
from crisisplan.services.person_text import person_copy_text
from crisisplan.services.plans import LoadedPlan, load_plan
from crisisplan.services.protocols import (
    active_protocol,
    organisation_name,
    require_ready_to_issue,
    sharing,
    signing_key,
)
from crisisplan.services.session import Session
from crisisplan.sharing.decision import ConsentState, LawfulBasis, SharingDecision
from crisisplan.sharing.extract import item_values
from crisisplan.sharing.selection import NO_CONSENT_NEEDED as NO_CONSENT_NEEDED
from crisisplan.sharing.selection import SharePreview as SharePreview
from crisisplan.sharing.selection import preview_share, protocol_numbers
from crisisplan.store.sharing import CardRecord
from crisisplan.store.sharing import Disclosure as Disclosure


@dataclass(frozen=True)
class IssuedCard:
    card_id: str
    recipient: str
    plan_id: int
    plan_version: int
    qr_text: str
    qr_version: int
    valid_until: date
    truncated: bool
    files: dict[str, Path]
    superseded: tuple[str, ...]


def preview(session: Session, plan_id: int, recipient: str, *, today: date | None = None) -> tuple[
        LoadedPlan, SharePreview]:
    session.require(Permission.ISSUE_CARD)
    return preview_loaded(session, load_plan(session, plan_id), recipient, today=today)


def preview_loaded(session: Session, loaded: LoadedPlan, recipient: str, *, today: date | None = None) -> tuple[
        LoadedPlan, SharePreview]:
    """`preview` of a plan already loaded (bulk re-issue loads each plan once for all its cards)."""
    session.require(Permission.ISSUE_CARD)
    protocol = active_protocol(session)
    try:
        shown = preview_share(loaded.plan, protocol, recipient, today=today or date.today(),
                              plan_version=loaded.version)
    except (KeyError, ValueError) as exc:
        raise InvalidRequest(message_of(exc) or str(exc)) from None
    return loaded, shown


def decide(
    session: Session,
    shown: SharePreview,
    *,
    share: bool,
    items: Iterable[Item] | None = None,
    lawful_basis: LawfulBasis = LawfulBasis.CONSENT,
    reason: str,
) -> SharingDecision:
    """A complete, validated decision. By default the items shared are those the person consented
    to; items outside the protocol are refused; items without consent need another lawful basis."""
    chosen = tuple(shown.consented_items if items is None else dict.fromkeys(items))
    outside = [i for i in chosen if i not in shown.allowed_items]
    if outside:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "The local protocol does not allow sending these items to "
                                                           "{recipient_label}: {names}.")
                             .format(recipient_label=shown.recipient_label, names=', '.join(i.value for i in outside)))
    if share and not chosen:
        raise InvalidRequest(
            QT_TRANSLATE_NOOP("services", "The person has not agreed to share anything with {recipient_label}. "
                                          "Record their consent first, or share named items under another lawful "
                                          "basis (vital interests, safeguarding, legal duty) with a reason.")
            .format(recipient_label=shown.recipient_label))
    try:
        return SharingDecision(
            recipient=shown.recipient,
            share=share,
            consent=shown.consent_state(chosen),
            lawful_basis=lawful_basis if share else LawfulBasis.NOT_SHARED,
            reason=reason,
            items=chosen if share else (),
            without_consent=shown.without_consent(chosen) if share else (),
            decided_by=session.username,
        )
    except ValueError as exc:
        raise InvalidRequest(_first_message(exc)) from None


def _first_message(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        for error in errors():
            return str(error.get("msg", "")).removeprefix("Value error, ")
    return str(exc)


def _disclosure(loaded: LoadedPlan, decision: SharingDecision, kind: str, card_id: str | None,
                reason: str | None = None) -> Disclosure:
    return Disclosure(0, loaded.plan_id, loaded.version, decision.recipient, kind, decision.share,
                      tuple(i.value for i in decision.items), tuple(i.value for i in decision.without_consent),
                      decision.consent.value, decision.lawful_basis.value, reason or decision.reason,
                      decision.decided_by, decision.decided_at.isoformat(), card_id)


def record_not_sharing(session: Session, loaded: LoadedPlan, decision: SharingDecision) -> int:
    session.require(Permission.RECORD_CONSENT)
    if decision.share:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "This decision shares information; issue the card instead."))
    return sharing(session).record_disclosure(_disclosure(loaded, decision, "decision", None))


PAST_REVIEW_DAYS = 28
"""A card for a plan past its review date, issued by an explicit decision, is valid this long (at
most; never beyond the protocol's validity period): long enough to arrange the review."""


def is_past_review(review_date: date | None, issued: date) -> bool:
    """True when the plan's review date is before the day of issue."""
    return review_date is not None and review_date < issued


def valid_until(issued: date, review_date: date | None, validity_days: int) -> date:
    """The card's "review by" date: the plan's review date, capped by the protocol's validity
    period. A plan already past its review date needs an explicit decision (`prepare_card`'s
    `past_review_reason`) and then gets a card valid for PAST_REVIEW_DAYS at most."""
    limit = issued + timedelta(days=validity_days)
    if review_date is None:
        return limit
    if is_past_review(review_date, issued):
        return min(issued + timedelta(days=PAST_REVIEW_DAYS), limit)
    return min(review_date, limit)


def past_review_message(review_date: date) -> str:
    return (f"The plan was due for review on {review_date:%d %b %Y}. Review the plan first, or give the reason "
            "for issuing a card now (recorded in the sharing ledger); the card is then valid for "
            f"{PAST_REVIEW_DAYS} days at most.")


def _ledger_reason(decision: SharingDecision, review_date: date | None, issued: date,
                   past_review_reason: str | None) -> str:
    if not is_past_review(review_date, issued) or review_date is None or not past_review_reason:
        return decision.reason
    return (f"{decision.reason} [Plan past its review date ({review_date:%d %b %Y}); "
            f"card issued because: {past_review_reason.strip()}]")


def issue_card(
    session: Session,
    loaded: LoadedPlan,
    shown: SharePreview,
    decision: SharingDecision,
    out_dir: Path,
    *,
    today: date | None = None,
    past_review_reason: str | None = None,
) -> IssuedCard:
    """Sign and render the card for one recipient, record it (superseding that recipient's older
    cards for this person) and the disclosure, then write the files atomically. A plan past its
    review date needs `past_review_reason` (InvalidRequest without it); the reason is recorded in
    the ledger."""
    job = prepare_card(session, shown, decision, loaded, today=today, past_review_reason=past_review_reason)
    return commit_card(session, loaded, shown, decision, render_card(job), out_dir,
                       past_review_reason=past_review_reason)


def prepare_card(
    session: Session, shown: SharePreview, decision: SharingDecision, loaded: LoadedPlan, *,
    today: date | None = None, past_review_reason: str | None = None,
) -> CardJob:
    """Everything needed to sign and render the card, checked against the decision, the plan's
    review date and the protocol (InvalidRequest saying what to do)."""
    session.require(Permission.ISSUE_CARD)
    if not decision.share or decision.recipient != shown.recipient:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "The decision does not match this card."))
    issued = today or date.today()
    review_date = loaded.plan.process.review_date
    if review_date is not None and is_past_review(review_date, issued) and not (
            past_review_reason and past_review_reason.strip()):
        raise InvalidRequest(past_review_message(review_date))
    protocol = active_protocol(session)
    require_ready_to_issue(session, protocol)  # named organisation, numbers set locally (demo store aside)
    kid, private_key = signing_key(session)
    payload = CardPayload(
        card_id=new_card_id(), issuer=organisation_name(session), locality=protocol.id,
        recipient=shown.recipient, plan_ref=f"{loaded.plan_id}",
        plan_version=loaded.version, issued=issued,
        valid_until=valid_until(issued, loaded.plan.process.review_date,  # never past the maximum lifetime
                                min(protocol.card_validity_days, protocol.max_card_lifetime_days)),
        items=shown.values(decision.items),
    )
    target = protocol.recipient(shown.recipient)
    numbers = protocol_numbers(protocol)
    return CardJob(payload, private_key_to_bytes(private_key), kid.hex(), target.display_name, numbers,
                   target.use_restriction, document_signer(session)[1],
                   labels_for_plan(session, loaded.plan, payload.items))


def commit_card(
    session: Session,
    loaded: LoadedPlan,
    shown: SharePreview,
    decision: SharingDecision,
    rendered: RenderedCard,
    out_dir: Path,
    *,
    past_review_reason: str | None = None,
    durable: bool = True,
) -> IssuedCard:
    """Record the rendered card and its disclosure in one transaction, then write its files
    (`durable=False`: without fsync; the caller syncs them, see atomic.sync_files)."""
    payload = rendered.payload
    record = CardRecord(payload.card_id, loaded.plan_id, loaded.version, shown.recipient, rendered.kid,
                        payload.issued.isoformat(), payload.valid_until.isoformat(),
                        datetime.now(UTC).isoformat(timespec="seconds"), session.username, None, None)
    with session.store.transaction():
        superseded = sharing(session).record_card(record)
        reason = _ledger_reason(decision, loaded.plan.process.review_date, payload.issued, past_review_reason)
        sharing(session).record_disclosure(_disclosure(loaded, decision, "card", payload.card_id, reason))
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"{shown.recipient.replace('_', '-')}-{payload.card_id}"
    files = {"card": out_dir / f"crisis-card-{stem}.pdf", "summary": out_dir / f"summary-{stem}.pdf",
             "qr": out_dir / f"qr-{stem}.png"}
    write_bytes_atomic(files["card"], rendered.card_pdf, durable=durable)
    write_bytes_atomic(files["summary"], rendered.summary_pdf, durable=durable)
    write_bytes_atomic(files["qr"], rendered.qr_png, durable=durable)
    return IssuedCard(payload.card_id, shown.recipient, loaded.plan_id, loaded.version, rendered.qr_text,
                      rendered.qr_version, payload.valid_until, payload.truncated, files, tuple(superseded))


def person_copy(session: Session, plan_id: int, out_dir: Path, *, today: date | None = None) -> Path:
    """The person's own plain-language copy of their whole plan (a disclosure to the person)."""
    session.require(Permission.ISSUE_CARD)
    loaded = load_plan(session, plan_id)
    issued = today or date.today()
    protocol = active_protocol(session)
    require_ready_to_issue(session, protocol)  # it prints the 24-hour numbers to ring
    values = item_values(loaded.plan, today=issued, plan_version=loaded.version)
    numbers = list(protocol_numbers(protocol))
    repo = sharing(session)
    text = person_copy_text(loaded.plan, plan_version=loaded.version, today=issued,
                            cards=repo.cards(plan_id=plan_id), disclosures=repo.disclosures(plan_id))
    pdf = render_person_copy(
        title="My crisis plan", person_name=str(values.get(Item.NAME, "")), sections=text.sections,
        plan_version=loaded.version, issued=issued, review_date=loaded.plan.process.review_date,
        crisis_numbers=numbers, intro=text.intro, warnings=text.warnings,
        agreed_on=loaded.plan.process.agreement.signed_off_on, agreement_known=True,
        labels=labels_for_plan(session, loaded.plan),
    )
    pdf = sign_pdf(pdf, document_signer(session)[0], reason=PERSON_COPY_REASON)
    decision = SharingDecision(recipient="person", share=True, consent=ConsentState.GIVEN,
                               lawful_basis=LawfulBasis.CONSENT,
                               reason="The person's own copy of their plan", items=tuple(values),
                               decided_by=session.username)
    sharing(session).record_disclosure(_disclosure(loaded, decision, "person-copy", None))
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"my-crisis-plan-v{loaded.version}-{secrets.token_hex(3)}.pdf"
    write_bytes_atomic(path, pdf)
    return path


def record_print(session: Session, issued: IssuedCard, what: str) -> None:
    """Audit a print of an issued card or summary (AUD-01: every print is audited)."""
    session.require(Permission.ISSUE_CARD)
    session.store.audit.append("print", person=issued.plan_id, detail=f"{what} of card {issued.card_id}",
                               recipient=issued.recipient)


def ledger(session: Session, plan_id: int) -> list[Disclosure]:
    session.require(Permission.VIEW_LEDGER)
    return sharing(session).disclosures(plan_id)
