"""`crisisplan --self-test`: prove that this installation works, end to end, on fictional data.

Checks the bundled SQLCipher (pinned version, FTS5), protocols and fonts; then, in a new temporary
folder, creates a throw-away encrypted store, saves a fictional demo plan, finds it by full-text
search, records consent, issues a signed card, verifies it from its PDF, checks that an altered card
is refused, and deletes the folder. Nothing is written outside it and nothing is logged.

The key derivation uses a fixed MIN_ITERATIONS (SQLCipher 4's default cost, the floor every real
store is calibrated above): the real unlock code at a realistic cost, without seconds of calibration.
Checks are plain functions over a `SelfTestContext`; the command line adds its Qt check through
`extra`, so this module stays Qt-free."""

from __future__ import annotations

import secrets
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from pathlib import Path

from crisisplan.export.pdf_common import fonts
from crisisplan.export.trust import TrustBundle
from crisisplan.export.verify import CardStatus
from crisisplan.forms.consent import ConsentStatus
from crisisplan.forms.plan import CrisisPlan
from crisisplan.paths import resources_dir
from crisisplan.services import cards
from crisisplan.services.consent import set_consent
from crisisplan.services.demo import generate_plans
from crisisplan.services.plans import list_plans, save_plan
from crisisplan.services.protocols import active_protocol, set_organisation_name, trust_bundle
from crisisplan.services.session import Session, create_store, open_session
from crisisplan.services.verify import STATUS_TITLES, verify_file, verify_text
from crisisplan.sharing.protocol import bundled_protocols
from crisisplan.store import MIN_ITERATIONS, check_sqlcipher

SELF_TEST_USER = "selftest"
SELF_TEST_ORGANISATION = "crisisplan self-test (fictional)"
CARD_RECIPIENT = "ambulance"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
DEMO_SEED = 2014
BASE45_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


class SelfTestFailure(Exception):
    """A check found something wrong; the message says what, in plain words."""


class Outcome(Enum):
    PASSED = "ok"
    FAILED = "FAIL"
    NOT_RUN = "--"


@dataclass
class SelfTestContext:
    """What the checks share: the temporary folder and what earlier checks made."""

    workdir: Path
    kdf_iterations: int
    today: date
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24), repr=False)
    session: Session | None = None
    plan_id: int | None = None
    plan: CrisisPlan | None = None
    issued: cards.IssuedCard | None = None
    trust: TrustBundle | None = None

    def open(self) -> Session:
        if self.session is None:
            raise SelfTestFailure("the store is not open")
        return self.session


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[SelfTestContext], str]
    """Returns a short detail line; raises (any exception) when the check fails."""
    chained: bool = False
    """Needs every earlier chained check to have passed (they build on one another)."""


@dataclass(frozen=True)
class StepResult:
    name: str
    outcome: Outcome
    detail: str
    seconds: float


@dataclass(frozen=True)
class SelfTestReport:
    results: tuple[StepResult, ...]

    @property
    def passed(self) -> bool:
        return all(r.outcome is Outcome.PASSED for r in self.results)

    @property
    def failed(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.results if r.outcome is Outcome.FAILED)


def check_sqlcipher_version(ctx: SelfTestContext) -> str:
    return f"{check_sqlcipher()} (the pinned version), FTS5 compiled in"


def check_protocols(ctx: SelfTestContext) -> str:
    found = sorted(p.id for p in bundled_protocols())
    if not found:
        raise SelfTestFailure(f"no protocol files in {resources_dir() / 'protocols'}")
    return f"{len(found)} sample protocol(s): {', '.join(found)}"


def check_fonts(ctx: SelfTestContext) -> str:
    folder = resources_dir() / "fonts"
    missing = [name for name in FONT_FILES if not (folder / name).is_file()]
    if missing:
        raise SelfTestFailure(f"missing from {folder}: {', '.join(missing)}")
    loaded = fonts()
    if loaded.glyphs is None:
        raise SelfTestFailure("the bundled fonts could not be loaded; PDFs would fall back to Helvetica")
    return f"{', '.join(FONT_FILES)} loaded ({len(loaded.glyphs)} characters)"


def check_create_store(ctx: SelfTestContext) -> str:
    folder = ctx.workdir / "store"
    session, _recovery_key = create_store(folder, SELF_TEST_USER, "Self-test", ctx.passphrase,
                                          kdf_iterations=ctx.kdf_iterations, demo=True)
    ctx.session = session
    set_organisation_name(session, SELF_TEST_ORGANISATION)
    session.close()
    ctx.session = None
    return f"new store in a temporary folder (key derivation: {ctx.kdf_iterations:,} iterations)"


def check_unlock(ctx: SelfTestContext) -> str:
    ctx.session = open_session(ctx.workdir / "store", SELF_TEST_USER, ctx.passphrase)
    return "locked and unlocked again with the passphrase"


def check_save_plan(ctx: SelfTestContext) -> str:
    session = ctx.open()
    plans = generate_plans(20, seed=DEMO_SEED, today=ctx.today)
    plan = next((p for p in plans if p.process.review_date and p.process.review_date > ctx.today
                 and p.person.nhs_number), None)
    if plan is None:
        raise SelfTestFailure("no suitable demo plan was generated")
    saved = save_plan(session, plan)
    ctx.plan_id, ctx.plan = saved.plan_id, plan
    return f"fictional demo plan saved as plan {saved.plan_id}, version {saved.version}"


def check_search(ctx: SelfTestContext) -> str:
    session, plan = ctx.open(), ctx.plan
    if plan is None or not plan.person.nhs_number:
        raise SelfTestFailure("no plan to search for")
    found = [s.plan_id for s in list_plans(session, search=plan.person.nhs_number)]
    if found != [ctx.plan_id]:
        raise SelfTestFailure(f"searching by NHS number found {len(found)} plan(s), expected exactly 1")
    return "found the plan by NHS number"


def check_consent(ctx: SelfTestContext) -> str:
    session = ctx.open()
    if ctx.plan_id is None:
        raise SelfTestFailure("no plan saved")
    items = sorted(active_protocol(session).default_items(CARD_RECIPIENT))
    saved = set_consent(session, ctx.plan_id, CARD_RECIPIENT, items, ConsentStatus.GIVEN,
                        in_own_words="Self-test (fictional)")
    return f"consent given for {len(items)} item(s) for the {CARD_RECIPIENT} service (version {saved.version})"


def check_issue_card(ctx: SelfTestContext) -> str:
    session = ctx.open()
    if ctx.plan_id is None:
        raise SelfTestFailure("no plan saved")
    loaded, shown = cards.preview(session, ctx.plan_id, CARD_RECIPIENT, today=ctx.today)
    decision = cards.decide(session, shown, share=True, reason="Self-test with a fictional person")
    issued = cards.issue_card(session, loaded, shown, decision, ctx.workdir / "cards", today=ctx.today,
                              past_review_reason="Self-test with a fictional person")
    missing = [kind for kind, path in issued.files.items() if not path.is_file() or path.stat().st_size == 0]
    if missing:
        raise SelfTestFailure(f"these card files were not written: {', '.join(missing)}")
    ctx.issued = issued
    return (f"signed card with {len(decision.items)} item(s), QR version {issued.qr_version}-M, "
            "wallet card and A4 summary PDFs")


def check_verify_card(ctx: SelfTestContext) -> str:
    session, issued = ctx.open(), ctx.issued
    if issued is None:
        raise SelfTestFailure("no card issued")
    ctx.trust = trust_bundle(session)
    checked = verify_file(issued.files["card"], ctx.trust, ctx.today)
    status = checked.result.status
    if status is not CardStatus.VALID:
        raise SelfTestFailure(f"the card PDF read back as {STATUS_TITLES[status]}, expected VALID")
    if checked.result.payload is None or checked.result.payload.card_id != issued.card_id:
        raise SelfTestFailure("the QR code in the PDF is not the card that was issued")
    summary = verify_file(issued.files["summary"], ctx.trust, ctx.today).document
    if summary is None or summary.status is not CardStatus.VALID:
        raise SelfTestFailure("the A4 summary's PDF signature did not verify")
    return "QR code read from the wallet-card PDF; signature valid, card current; A4 summary's PDF signature valid"


def check_altered_card(ctx: SelfTestContext) -> str:
    issued, trust = ctx.issued, ctx.trust
    if issued is None or trust is None:
        raise SelfTestFailure("no verified card")
    text = issued.qr_text
    middle = len(text) // 2
    swapped = BASE45_ALPHABET[(BASE45_ALPHABET.index(text[middle]) + 1) % len(BASE45_ALPHABET)]
    status = verify_text(text[:middle] + swapped + text[middle + 1:], trust, ctx.today).status
    if status is CardStatus.VALID or status is CardStatus.REVIEW_OVERDUE:
        raise SelfTestFailure("a card with one character changed was accepted as authentic")
    day_after = issued.valid_until + timedelta(days=1)
    expected = (CardStatus.EXPIRED if (day_after - ctx.today).days > trust.max_card_lifetime_days
                else CardStatus.REVIEW_OVERDUE)  # a card reviewed on its last day of life has expired after it
    later = verify_text(text, trust, day_after).status
    if later is not expected:
        raise SelfTestFailure(f"the day after its review date the card read as {STATUS_TITLES[later]}")
    return f"one character changed: {STATUS_TITLES[status]}; after the review date: {STATUS_TITLES[later]}"


CHECKS: tuple[Check, ...] = (
    Check("SQLCipher", check_sqlcipher_version),
    Check("Bundled protocols", check_protocols),
    Check("Bundled fonts", check_fonts),
    Check("Create encrypted store", check_create_store, chained=True),
    Check("Unlock store", check_unlock, chained=True),
    Check("Save plan", check_save_plan, chained=True),
    Check("Search (FTS5)", check_search, chained=True),
    Check("Record consent", check_consent, chained=True),
    Check("Issue card", check_issue_card, chained=True),
    Check("Verify card", check_verify_card, chained=True),
    Check("Detect altered card", check_altered_card, chained=True),
)
CLEAN_UP = "Clean up"


def _describe(exc: BaseException) -> str:
    """A failure's message. Safe to show: the self-test handles only fictional data."""
    if isinstance(exc, SelfTestFailure):
        return str(exc)
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:300]}" if text else type(exc).__name__


def _run_one(check: Check, ctx: SelfTestContext) -> StepResult:
    start = time.perf_counter()
    try:
        detail = check.run(ctx)
    except Exception as exc:  # every failure becomes a FAIL line naming the check, never a crash
        return StepResult(check.name, Outcome.FAILED, _describe(exc), time.perf_counter() - start)
    return StepResult(check.name, Outcome.PASSED, detail, time.perf_counter() - start)


def _clean_up(ctx: SelfTestContext) -> StepResult:
    start = time.perf_counter()
    try:
        if ctx.session is not None:
            ctx.session.close()
            ctx.session = None
        shutil.rmtree(ctx.workdir)
        if ctx.workdir.exists():
            raise SelfTestFailure("the temporary folder is still there")
    except Exception as exc:
        shutil.rmtree(ctx.workdir, ignore_errors=True)
        return StepResult(CLEAN_UP, Outcome.FAILED, f"{_describe(exc)} ({ctx.workdir})", time.perf_counter() - start)
    return StepResult(CLEAN_UP, Outcome.PASSED, "temporary folder and everything in it deleted",
                      time.perf_counter() - start)


def run_self_test(extra: Sequence[Check] = (), *, kdf_iterations: int = MIN_ITERATIONS, today: date | None = None,
                  on_result: Callable[[StepResult], None] | None = None) -> SelfTestReport:
    """Run every check (then `extra`, then the clean-up) in a new temporary folder, reporting each."""
    workdir = Path(tempfile.mkdtemp(prefix="crisisplan-selftest-"))
    ctx = SelfTestContext(workdir, kdf_iterations, today or date.today())
    results: list[StepResult] = []
    chain_broken = False

    def record(result: StepResult) -> None:
        results.append(result)
        if on_result is not None:
            on_result(result)

    try:
        for check in (*CHECKS, *extra):
            if check.chained and chain_broken:
                record(StepResult(check.name, Outcome.NOT_RUN, "not run: an earlier step failed", 0.0))
                continue
            result = _run_one(check, ctx)
            chain_broken = chain_broken or (check.chained and result.outcome is not Outcome.PASSED)
            record(result)
    finally:
        record(_clean_up(ctx))
    return SelfTestReport(tuple(results))
