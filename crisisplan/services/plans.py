"""Use cases on crisis plans: save as a new version, read, list and search, history, compare,
restore an older version, import and export. Every save makes a new immutable version; nothing is
ever overwritten."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from crisisplan.forms.consent import ConsentStatus
from crisisplan.forms.diff import Change, diff_plans
from crisisplan.forms.exchange import dump_bundle, load_bundle
from crisisplan.forms.identity import identity_problems
from crisisplan.forms.plan import CrisisPlan
from crisisplan.forms.problems import PlanInputError, parse_plan
from crisisplan.forms.roles import Permission
from crisisplan.forms.rules import format_nhs_number
from crisisplan.forms.text import display_name, plan_search_text
from crisisplan.i18n import QT_TRANSLATE_NOOP
from crisisplan.services.errors import ConflictError, InvalidRequest
from crisisplan.services.session import Session
from crisisplan.store import IndexFields, PlanSummary, PlanVersion, VersionInfo

PAGE_SIZE = 100


@dataclass(frozen=True)
class LoadedPlan:
    plan_id: int
    version: int
    plan: CrisisPlan
    created_at: str
    author: str
    note: str | None


def index_fields(plan: CrisisPlan) -> IndexFields:
    """The few fields the store indexes for listing and search, derived from the plan."""
    person = plan.person
    nhs = person.nhs_number or None
    searchable = plan_search_text(plan)
    if nhs:
        searchable = f"{searchable}\n{format_nhs_number(nhs)}"
    dob = person.date_of_birth
    if dob is not None:
        searchable = f"{searchable}\n{dob:%d/%m/%Y}"
    review = plan.process.review_date
    return IndexFields(
        name=display_name(plan),
        nhs_number=nhs,
        date_of_birth=dob.isoformat() if dob else None,
        postcode=person.address.postcode or None,
        review_date=review.isoformat() if review else None,
        status=str(plan.process.status.value),
        text=searchable,
        consent_recorded=any(c.status is not ConsentStatus.NOT_ASKED for c in plan.consent),
    )


def save_plan(
    session: Session,
    plan: CrisisPlan,
    *,
    plan_id: int | None = None,
    base_version: int | None = None,
    note: str | None = None,
) -> PlanVersion:
    """Save `plan` as a new plan (plan_id None) or as the next version of an existing one.

    `base_version` is the version the editor started from: if someone else saved in between, the
    store raises ConflictError and nothing is written. A plan that breaks an identity safeguard
    (date of birth in the future or over 120 years ago, review before agreement) is refused with
    PlanInputError, from the desktop app and the command line alike."""
    session.require(Permission.EDIT_PLAN)
    problems = identity_problems(plan, date.today())
    if problems:
        raise PlanInputError(problems)
    document = plan.model_dump_json()
    index = index_fields(plan)
    plans = session.store.plans
    if plan_id is None:
        return plans.create(document, index, note=note)
    return plans.add_version(plan_id, document, index, base_version=base_version, note=note)


def load_plan(session: Session, plan_id: int, version: int | None = None) -> LoadedPlan:
    """Read a plan (audited as a view)."""
    session.require(Permission.VIEW_PLAN)
    stored = session.store.plans.get(plan_id, version)
    return _loaded(stored)


def _loaded(stored: PlanVersion) -> LoadedPlan:
    return LoadedPlan(
        plan_id=stored.plan_id,
        version=stored.version,
        plan=parse_plan(stored.document),
        created_at=stored.created_at,
        author=stored.author,
        note=stored.note,
    )


def list_plans(
    session: Session,
    *,
    search: str | None = None,
    status: str | None = None,
    review_before: date | None = None,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> list[PlanSummary]:
    session.require(Permission.LIST_PLANS)
    return session.store.plans.page(
        offset,
        limit,
        search=search or None,
        status=status,
        review_before=review_before.isoformat() if review_before else None,
    )


def count_plans(
    session: Session,
    *,
    search: str | None = None,
    status: str | None = None,
    review_before: date | None = None,
) -> int:
    session.require(Permission.LIST_PLANS)
    return session.store.plans.count(
        search=search or None,
        status=status,
        review_before=review_before.isoformat() if review_before else None,
    )


def plan_history(session: Session, plan_id: int) -> list[VersionInfo]:
    session.require(Permission.VIEW_PLAN)
    return list(session.store.plans.versions(plan_id))


def compare_versions(session: Session, plan_id: int, old: int, new: int) -> list[Change]:
    """What changed between two versions of one plan."""
    session.require(Permission.VIEW_PLAN)
    if old == new:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "Choose two different versions to compare."))
    before = parse_plan(session.store.plans.get(plan_id, old).document)
    after = parse_plan(session.store.plans.get(plan_id, new).document)
    return diff_plans(before, after)


def restore_version(session: Session, plan_id: int, version: int) -> PlanVersion:
    """Make an older version current again, as a new version (history is kept)."""
    session.require(Permission.EDIT_PLAN)
    return session.store.plans.restore_version(plan_id, version)


def plans_with_nhs_number(session: Session, nhs_number: str, *, other_than: int | None = None) -> list[PlanSummary]:
    """The plans already in the store for this NHS number (the identity check before saving a
    second plan for the same person). `other_than` leaves out the plan being edited."""
    session.require(Permission.LIST_PLANS)
    digits = "".join(ch for ch in nhs_number if ch.isdigit())
    if len(digits) != 10:
        return []
    found = session.store.plans.page(0, PAGE_SIZE, search=format_nhs_number(digits))
    return [p for p in found if p.nhs_number == digits and p.plan_id != other_than]


def import_plans(session: Session, text: str | bytes, *, update_existing: bool = False) -> list[int]:
    """Import every plan in an export file, or none of them (IMP-02).

    A plan whose NHS number is already in the store is not made a second time: with
    `update_existing` it is saved as a new version of the existing plan; without it the import is
    refused (ConflictError) and says how to update instead. The whole file is validated before
    anything is written, then all plans are saved in one transaction, so a failure part-way (disk
    full, say) leaves the store as it was."""
    session.require(Permission.IMPORT_PLANS)
    plans = load_bundle(text)
    targets = [_existing_plan(session, plan) for plan in plans]
    clashes = [(n, target) for n, target in enumerate(targets, 1) if target is not None]
    if clashes and not update_existing:
        where = ", ".join(f"plan {n} in the file is plan {target}" for n, target in clashes[:5])
        raise ConflictError(
            QT_TRANSLATE_NOOP("services", "{count} plan(s) in the file are already in the store (same NHS number: "
                                          "{where}). Import again choosing to update the existing plans (command "
                                          "line: --update-existing); each is then saved as a new version and its "
                                          "history is kept.").format(count=len(clashes), where=where))
    ids: list[int] = []
    with session.store.transaction():
        for plan, target in zip(plans, targets, strict=True):
            if target is None:
                ids.append(save_plan(session, plan, note="imported").plan_id)
            else:
                ids.append(save_plan(session, plan, plan_id=target, note="imported (update)").plan_id)
    return ids


def _existing_plan(session: Session, plan: CrisisPlan) -> int | None:
    nhs = plan.person.nhs_number
    found = plans_with_nhs_number(session, nhs) if nhs else []
    return found[0].plan_id if found else None


def export_plans(session: Session, plan_ids: Sequence[int]) -> str:
    """The plans' current versions as an export bundle (JSON text). Audited as an export."""
    session.require(Permission.EXPORT_PLANS)
    plans: list[CrisisPlan] = []
    for plan_id in plan_ids:
        stored = session.store.plans.get(plan_id, audit=False)
        plans.append(parse_plan(stored.document))
        session.store.audit.append("export", person=plan_id, detail=f"version {stored.version} as JSON")
    return dump_bundle(plans)
