"""Bulk re-issue of every live card (e.g. after key rotation), with progress and cancel (P10).

Each card is re-issued for the same recipient from the plan's current version, with the items of
its original decision that the protocol and the person's consent still allow; items shared without
consent keep their original lawful basis. A card whose items are no longer allowed at all is
skipped and counted. The new card supersedes the old one, and each re-issue is a ledger row."""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from multiprocessing import get_context
from pathlib import Path

from crisisplan.forms.items import Item
from crisisplan.forms.roles import Permission
from crisisplan.services import cards
from crisisplan.services.atomic import sync_files
from crisisplan.services.card_render import CardJob, RenderedCard, render_card
from crisisplan.services.cards import Disclosure, SharePreview
from crisisplan.services.errors import InvalidRequest
from crisisplan.services.plans import LoadedPlan, load_plan
from crisisplan.services.protocols import require_ready_to_issue, sharing
from crisisplan.services.session import Session
from crisisplan.sharing.decision import LawfulBasis, SharingDecision
from crisisplan.store.sharing import CardRecord

COMMIT_BATCH = 25
"""Cards recorded per transaction, their files synced to disk once per batch (about 7 ms an fsync
here: three files a card, one at a time, cost more than signing and rendering)."""
IN_PROCESS_BELOW = 8
"""Fewer live cards than this are re-issued in this process (starting workers costs about a second)."""

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
    workers: int | None = None,
) -> ReissueResult:
    """Re-issue every live card. Signing and rendering run in `workers` processes (default: one per
    CPU; in-process for a handful of cards); the store is written here, one card at a time, in order."""
    session.require(Permission.ISSUE_CARD)
    require_ready_to_issue(session)  # refused before any card is touched
    repo = sharing(session)
    live = sorted(repo.cards(live_only=True), key=lambda c: c.plan_id)  # each plan loaded once for its cards
    plans: dict[int, LoadedPlan] = {}
    by_card = {d.card_id: d for d in repo.disclosures() if d.card_id}
    result = ReissueResult(total=len(live))
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1 or len(live) < IN_PROCESS_BELOW:
        pool = None
    else:
        pool = ProcessPoolExecutor(max_workers=count, mp_context=get_context("spawn"))
    pending: deque[tuple[Future[RenderedCard] | RenderedCard, LoadedPlan, SharePreview, SharingDecision]] = deque()
    batch: list[tuple[RenderedCard, LoadedPlan, SharePreview, SharingDecision]] = []
    done = 0

    def commit_batch() -> None:
        """Record a batch of cards in one transaction; their files are synced to disk once, before
        the commit, and removed again if the batch fails (no file without its record)."""
        nonlocal done
        written: list[Path] = []
        ids: list[str] = []
        try:
            with session.store.transaction():
                for rendered, loaded, shown, decision in batch:
                    issued = cards.commit_card(session, loaded, shown, decision, rendered, out_dir, durable=False,
                                               past_review_reason=_past_review_reason(loaded, reason, today))
                    written += issued.files.values()
                    ids.append(issued.card_id)
                sync_files(written)
        except BaseException:
            for path in written:
                with contextlib.suppress(OSError):
                    path.unlink()
            raise
        result.issued += ids
        batch.clear()
        for _ in ids:
            done += 1
            if progress is not None:
                progress(done, result.total)

    def commit_oldest() -> None:
        work, loaded, shown, decision = pending.popleft()
        rendered = work.result() if isinstance(work, Future) else work
        batch.append((rendered, loaded, shown, decision))
        if len(batch) >= (COMMIT_BATCH if pool is not None else 1):  # a handful in-process: one at a time
            commit_batch()

    try:
        for old in live:
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            if old.plan_id not in plans:
                plans.clear()
                plans[old.plan_id] = load_plan(session, old.plan_id)
            prepared = _prepare(session, plans[old.plan_id], old, by_card.get(old.card_id), reason, today)
            if prepared is None:
                result.skipped += 1
                done += 1
                if progress is not None:
                    progress(done, result.total)
                continue
            job, loaded, shown, decision = prepared
            work = pool.submit(render_card, job) if pool is not None else render_card(job)
            pending.append((work, loaded, shown, decision))
            while len(pending) > (2 * count if pool is not None else 0):
                commit_oldest()
        if result.cancelled:
            for work, *_ in pending:
                if isinstance(work, Future):
                    work.cancel()
            pending.clear()
        while pending:
            commit_oldest()
        if batch:
            commit_batch()
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return result


def _prepare(session: Session, plan: LoadedPlan, old: CardRecord, original: Disclosure | None, reason: str,
             today: date | None) -> tuple[CardJob, LoadedPlan, SharePreview, SharingDecision] | None:
    """The job re-issuing `old` from the plan's current version, or None when nothing it carried
    may be shared any more."""
    loaded, shown = cards.preview_loaded(session, plan, old.recipient, today=today)
    wanted = [Item(i) for i in original.items] if original else list(shown.consented_items)
    earlier_without = {Item(i) for i in original.without_consent} if original else set()
    items = [i for i in wanted if i in shown.allowed_items and (i in shown.consented_items or i in earlier_without)]
    basis = LawfulBasis(original.lawful_basis) if original and earlier_without else LawfulBasis.CONSENT
    if set(shown.without_consent(items)) and basis is LawfulBasis.CONSENT:
        items = [i for i in items if i in shown.consented_items]
    try:
        decision = cards.decide(session, shown, share=True, items=items, lawful_basis=basis, reason=reason)
    except InvalidRequest:
        return None
    job = cards.prepare_card(session, shown, decision, loaded, today=today,
                             past_review_reason=_past_review_reason(loaded, reason, today))
    return job, loaded, shown, decision


def _past_review_reason(loaded: LoadedPlan, reason: str, today: date | None) -> str | None:
    """Re-issuing a live card is the decision made when the bulk re-issue was started; for a plan
    now past its review date the ledger says so, with that reason."""
    if cards.is_past_review(loaded.plan.process.review_date, today or date.today()):
        return f"bulk re-issue of a live card ({reason})"
    return None
