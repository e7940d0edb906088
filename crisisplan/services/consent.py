"""Recording the person's consent to sharing, per recipient and per item, as a new plan version."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from crisisplan.forms.consent import ConsentRecord, ConsentStatus, with_consent
from crisisplan.forms.items import Item
from crisisplan.forms.roles import Permission
from crisisplan.i18n import QT_TRANSLATE_NOOP
from crisisplan.services.errors import InvalidRequest
from crisisplan.services.plans import load_plan, save_plan
from crisisplan.services.session import Session
from crisisplan.store import PlanVersion


def set_consent(
    session: Session,
    plan_id: int,
    recipient: str,
    items: Iterable[Item],
    status: ConsentStatus,
    *,
    in_own_words: str = "",
) -> PlanVersion:
    """Record `status` for each item for `recipient`, replacing earlier records, as one new version."""
    session.require(Permission.RECORD_CONSENT)
    chosen = list(dict.fromkeys(items))
    if not chosen:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "Name at least one item to record consent for."))
    loaded = load_plan(session, plan_id)
    plan = loaded.plan
    now = datetime.now(UTC).replace(microsecond=0)
    try:
        for item in chosen:
            plan = with_consent(plan, ConsentRecord(recipient=recipient, item=item, status=status,
                                                    recorded_by=session.username, recorded_at=now,
                                                    in_own_words=in_own_words))
    except ValueError as exc:
        raise InvalidRequest(
            QT_TRANSLATE_NOOP("services", "Consent could not be recorded: {name}. Check the recipient name "
                                          "(lower-case, e.g. police) and the text length.")
            .format(name=exc.__class__.__name__)) from None
    return save_plan(session, plan, plan_id=plan_id, base_version=loaded.version,
                     note=f"consent {status.value} for {recipient}")


def cards_carrying(session: Session, plan_id: int, recipient: str, items: Iterable[Item]) -> list[str]:
    """Ids of the live cards for `recipient` that carry any of `items` (to offer to revoke them when the
    person withdraws consent)."""
    from crisisplan.services.protocols import sharing

    session.require(Permission.RECORD_CONSENT)
    wanted = {i.value for i in items}
    repo = sharing(session)
    live = {c.card_id for c in repo.cards(plan_id=plan_id, live_only=True) if c.recipient == recipient}
    carried = [d.card_id for d in repo.disclosures(plan_id)
               if d.card_id in live and d.shared and wanted & set(d.items)]
    return sorted(set(c for c in carried if c))


def withdraw_consent(
    session: Session, plan_id: int, recipient: str, items: Iterable[Item], *, revoke_cards: bool,
    in_own_words: str = "",
) -> tuple[PlanVersion, list[str], list[str]]:
    """Record that the person withdrew consent (saved as refused) and, if `revoke_cards`, withdraw
    the live cards for that recipient that carry those items. Returns (new version, cards revoked,
    cards still live that carry the items)."""
    from crisisplan.services.trust import revoke_card

    chosen = list(dict.fromkeys(items))
    saved = set_consent(session, plan_id, recipient, chosen, ConsentStatus.REFUSED, in_own_words=in_own_words)
    affected = cards_carrying(session, plan_id, recipient, chosen)
    revoked: list[str] = []
    if revoke_cards:
        reason = f"Consent withdrawn for {recipient.replace('_', ' ')}"
        revoked = [card_id for card_id in affected if revoke_card(session, card_id, reason)]
    return saved, revoked, [c for c in affected if c not in revoked]
