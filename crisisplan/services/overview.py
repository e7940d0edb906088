"""Read-only views the desktop app needs on top of the other use cases: the plan list with filters
and orders, the "reviews due" counts, plans whose card has expired, the local protocols and signing
keys as plain records. No Qt here; every function checks the caller's permission first.

The plain record types the UI shows are re-exported here so that the UI never imports the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from crisisplan.export.payload import CardPayload as CardPayload
from crisisplan.export.trust import TrustBundle as TrustBundle
from crisisplan.export.verify import CardStatus as CardStatus
from crisisplan.export.verify import Verification as Verification
from crisisplan.forms.roles import Permission
from crisisplan.services.drafts import list_drafts
from crisisplan.services.plans import count_plans
from crisisplan.services.protocols import active_protocol, all_protocols, is_sample, sharing
from crisisplan.services.session import Session
from crisisplan.store import AuditEntry as AuditEntry
from crisisplan.store import AuditVerification as AuditVerification
from crisisplan.store import BackupInfo as BackupInfo
from crisisplan.store import PlanSummary as PlanSummary
from crisisplan.store import RestoreInfo as RestoreInfo
from crisisplan.store import UserRecord as UserRecord
from crisisplan.store.sharing import Disclosure as Disclosure

REVIEW_WINDOW_DAYS = 28
"""A plan is "due for review" when its review date falls within this many days."""


class PlanFilter(StrEnum):
    ALL = "all"
    REVIEW_DUE = "review_due"
    """Review overdue, or due within REVIEW_WINDOW_DAYS."""
    REVIEW_OVERDUE = "review_overdue"
    DRAFT = "draft"
    CARD_EXPIRED = "card_expired"
    """At least one card still in use (not superseded or withdrawn) is past its review date."""
    UNSAVED = "unsaved"
    """Plans with the signed-in user's unsaved edits kept as a draft."""
    NO_CONSENT = "no_consent"
    """Plans with no consent to sharing recorded (given or refused) for any item."""


class PlanOrder(StrEnum):
    NAME = "name"
    REVIEW_DATE = "review_date"
    UPDATED = "updated"


@dataclass(frozen=True)
class PlanQuery:
    search: str = ""
    plan_filter: PlanFilter = PlanFilter.ALL
    order: PlanOrder = PlanOrder.NAME
    today: date | None = None

    def __post_init__(self) -> None:  # accept plain strings (e.g. from a combo box) for the enums
        object.__setattr__(self, "plan_filter", PlanFilter(self.plan_filter))
        object.__setattr__(self, "order", PlanOrder(self.order))

    def day(self) -> date:
        return self.today or date.today()


@dataclass(frozen=True)
class ReviewCounts:
    overdue: int
    due_soon: int
    """Due within REVIEW_WINDOW_DAYS, not yet overdue."""
    drafts: int
    total: int


@dataclass(frozen=True)
class ProtocolInfo:
    id: str
    area: str
    version: str
    review_date: str
    partners: tuple[str, ...]
    recipients: tuple[str, ...]
    card_validity_days: int
    active: bool
    sample: bool = False  # a bundled SAMPLE no administrator has imported as their own


@dataclass(frozen=True)
class SigningKeyInfo:
    kid: str
    organisation: str
    created_at: str
    retired_at: str | None
    revoked_at: str | None = None


def _review_before(query: PlanQuery) -> date | None:
    if query.plan_filter is PlanFilter.REVIEW_DUE:
        return query.day() + timedelta(days=REVIEW_WINDOW_DAYS + 1)
    if query.plan_filter is PlanFilter.REVIEW_OVERDUE:
        return query.day()
    return None


def _status(query: PlanQuery) -> str | None:
    return "draft" if query.plan_filter is PlanFilter.DRAFT else None


def expired_card_plan_ids(session: Session, today: date | None = None) -> set[int]:
    """Plans with a card still in use whose review date has passed."""
    session.require(Permission.LIST_PLANS)
    day = (today or date.today()).isoformat()
    return {c.plan_id for c in sharing(session).cards(live_only=True) if c.valid_until < day}


def unsaved_plan_ids(session: Session) -> set[int]:
    """Saved plans that the signed-in user has unsaved edits to (kept as drafts)."""
    return {d.plan_id for d in list_drafts(session) if d.plan_id is not None}


_ID_FILTERS = {PlanFilter.CARD_EXPIRED, PlanFilter.UNSAVED, PlanFilter.NO_CONSENT}


def _wanted(session: Session, query: PlanQuery) -> set[int] | None:
    """The plan ids an id-based filter keeps (None for the no-consent filter, done in SQL)."""
    if query.plan_filter is PlanFilter.CARD_EXPIRED:
        return expired_card_plan_ids(session, query.day())
    if query.plan_filter is PlanFilter.UNSAVED:
        return unsaved_plan_ids(session)
    return None


def _consent(query: PlanQuery) -> bool | None:
    return False if query.plan_filter is PlanFilter.NO_CONSENT else None


def plan_count(session: Session, query: PlanQuery) -> int:
    """How many plans match the search and filter (maintained counts where there is no search)."""
    session.require(Permission.LIST_PLANS)
    if query.plan_filter in _ID_FILTERS:
        wanted = _wanted(session, query)
        if wanted is not None and not wanted:
            return 0
        return session.store.plans.count(search=query.search or None, among=wanted,
                                         consent_recorded=_consent(query))
    return count_plans(session, search=query.search or None, status=_status(query),
                       review_before=_review_before(query))


def plan_page(session: Session, query: PlanQuery, offset: int, limit: int,
              after: PlanSummary | None = None) -> list[PlanSummary]:
    """One page of the plans matching the query, in the query's order. Pass the last row shown as
    `after` to page by key (no OFFSET: the next page is as quick at row 190,000 as at row 50)."""
    session.require(Permission.LIST_PLANS)
    offset, limit = max(0, offset), max(0, limit)
    wanted = _wanted(session, query) if query.plan_filter in _ID_FILTERS else None
    if wanted is not None and not wanted:
        return []
    before = _review_before(query)
    return session.store.plans.page(offset, limit, search=query.search or None, status=_status(query),
                                    review_before=before.isoformat() if before else None,
                                    order=query.order.value, consent_recorded=_consent(query),
                                    after=after, among=wanted)


def review_counts(session: Session, today: date | None = None) -> ReviewCounts:
    """The "reviews due" overview: overdue, due within the window, drafts, all plans."""
    day = today or date.today()
    overdue = count_plans(session, review_before=day)
    due = count_plans(session, review_before=day + timedelta(days=REVIEW_WINDOW_DAYS + 1))
    return ReviewCounts(overdue=overdue, due_soon=due - overdue, drafts=count_plans(session, status="draft"),
                        total=count_plans(session))


def protocol_choices(session: Session) -> list[ProtocolInfo]:
    """Every known local protocol as plain records, the active one marked."""
    session.require(Permission.MANAGE_PROTOCOLS)
    active = active_protocol(session).id
    return [
        ProtocolInfo(p.id, p.area, str(p.version), str(p.review_date), tuple(x.name for x in p.partners),
                     tuple(r.display_name for r in p.recipients.values()), int(p.card_validity_days),
                     p.id == active, is_sample(session, p))
        for p in sorted(all_protocols(session).values(), key=lambda p: p.area)
    ]


def recent_audit_entries(session: Session, *, person: int | None = None, limit: int = 500,
                         before: int | None = None) -> list[AuditEntry]:
    """The newest `limit` audit entries (about one plan when `person` is given), newest first;
    with `before` (an entry id), the page of entries older than that one (keyset paging)."""
    session.require(Permission.VIEW_AUDIT)
    return session.store.audit.newest(limit, before=before, person=person)


def signing_keys(session: Session) -> list[SigningKeyInfo]:
    """The organisation's signing keys (public facts only), oldest first."""
    session.require(Permission.MANAGE_KEYS)
    return [SigningKeyInfo(k.kid, k.organisation, k.created_at, k.retired_at, k.revoked_at)
            for k in sharing(session).signing_keys()]
