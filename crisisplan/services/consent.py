"""Recording the person's consent to sharing, per recipient and per item, as a new plan version."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from crisisplan.forms.consent import ConsentRecord, ConsentStatus, with_consent
from crisisplan.forms.items import Item
from crisisplan.forms.roles import Permission
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
        raise InvalidRequest("Name at least one item to record consent for.")
    loaded = load_plan(session, plan_id)
    plan = loaded.plan
    now = datetime.now(UTC).replace(microsecond=0)
    try:
        for item in chosen:
            plan = with_consent(plan, ConsentRecord(recipient=recipient, item=item, status=status,
                                                    recorded_by=session.username, recorded_at=now,
                                                    in_own_words=in_own_words))
    except ValueError as exc:
        raise InvalidRequest(f"Consent could not be recorded: {exc.__class__.__name__}. "
                             "Check the recipient name (lower-case, e.g. police) and the text length.") from None
    return save_plan(session, plan, plan_id=plan_id, base_version=loaded.version,
                     note=f"consent {status.value} for {recipient}")
