"""Bulk re-issue of every live card (e.g. after key rotation), with progress and cancel (P10).

Each card is re-issued for the same recipient from the plan's current version, with the items of
its original decision that the protocol and the person's consent still allow; items shared without
consent keep their original lawful basis. A card whose items are no longer allowed at all is
skipped and counted. The new card supersedes the old one, and each re-issue is a ledger row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from crisisplan.forms.items import Item
from crisisplan.forms.roles import Permission
from crisisplan.services import cards
from crisisplan.services.errors import InvalidRequest
from crisisplan.services.protocols import sharing
from crisisplan.services.session import Session
from crisisplan.sharing.decision import LawfulBasis

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class ReissueResult:
    total: int
    issued: list[str] = field(default_factory=list)
    skipped: int = 0
    cancelled: bool = False


def reissue_all(
    session: Session,
    out_dir: Path,
    reason: str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> ReissueResult:
    session.require(Permission.ISSUE_CARD)
    repo = sharing(session)
    live = repo.cards(live_only=True)
    by_card = {d.card_id: d for d in repo.disclosures() if d.card_id}
    result = ReissueResult(total=len(live))
    for done, old in enumerate(live, start=1):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        original = by_card.get(old.card_id)
        loaded, shown = cards.preview(session, old.plan_id, old.recipient, today=today)
        wanted = [Item(i) for i in original.items] if original else list(shown.consented_items)
        earlier_without = {Item(i) for i in original.without_consent} if original else set()
        items = [i for i in wanted if i in shown.allowed_items and (i in shown.consented_items or i in earlier_without)]
        basis = LawfulBasis(original.lawful_basis) if original and earlier_without else LawfulBasis.CONSENT
        if set(shown.without_consent(items)) and basis is LawfulBasis.CONSENT:
            items = [i for i in items if i in shown.consented_items]
        try:
            decision = cards.decide(session, shown, share=True, items=items, lawful_basis=basis, reason=reason)
        except InvalidRequest:
            result.skipped += 1
        else:
            issued = cards.issue_card(session, loaded, shown, decision, out_dir, today=today)
            result.issued.append(issued.card_id)
        if progress is not None:
            progress(done, result.total)
    return result
