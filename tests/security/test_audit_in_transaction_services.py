""""No audit, no save" for the write paths the services layer composes (settings, consent, cards,
trust bundles, imports): the audit entry is written and then fails, and nothing the use case
changed may be left. Store-level paths are in test_audit_in_transaction.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crisisplan.forms.consent import ConsentStatus
from crisisplan.forms.items import Item
from crisisplan.services import consent, protocols, trust
from crisisplan.services.demo import generate_plans
from crisisplan.services.plans import export_plans, import_plans, restore_version, save_plan
from crisisplan.services.session import Session
from crisisplan.store import AuditLog, Store
from tests.security.test_audit_in_transaction import Injected, snapshot


@pytest.fixture
def failing_audit(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every audit append except a view's is written and then fails. (A use case may read the plan
    first; that read is audited on its own and is not part of the change.)"""
    actions: list[str] = []
    real = AuditLog.append_as

    def append_then_fail(self: AuditLog, action: str, **kwargs: object) -> object:
        entry = real(self, action, **kwargs)  # type: ignore[arg-type]
        if action == "view":
            return entry
        actions.append(action)
        raise Injected(action)

    monkeypatch.setattr(AuditLog, "append_as", append_then_fail)
    yield actions


def changes(store: Store) -> tuple[object, list[tuple[str, ...]]]:
    """Every table but the audit chain, plus every audit entry that is not a view."""
    tables, slots = snapshot(store)
    entries = store.connection.execute("SELECT action, detail FROM audit WHERE action != 'view' ORDER BY id")
    kept = [t for t in tables if t[0] not in ("audit", "audit_head")]  # the view's entry
    return (kept, slots), [tuple(map(str, r)) for r in entries.fetchall()]


@pytest.fixture
def plan_session(session: Session, tmp_path: Path) -> Session:
    plans = list(generate_plans(2, seed=21))
    first = save_plan(session, plans[0]).plan_id
    save_plan(session, plans[0], plan_id=first)
    save_plan(session, plans[1])
    (tmp_path / "exported.json").write_text(export_plans(session, [first]), encoding="utf-8")
    return session


def _other_protocol(session: Session) -> str:
    active = protocols.active_protocol(session).id
    return next(p for p in sorted(protocols.all_protocols(session)) if p != active)


PATHS: dict[str, Callable[[Session, Path], object]] = {
    "organisation name": lambda s, _t: protocols.set_organisation_name(s, "Example Mental Health Trust"),
    "ODS code": lambda s, _t: protocols.set_ods_code(s, "RXX01"),
    "confirm the sample protocol": lambda s, _t: protocols.confirm_sample_protocol(s, "oxfordshire"),
    "choose the active protocol": lambda s, _t: protocols.set_active_protocol(s, _other_protocol(s)),
    "save a plan (edit)": lambda s, _t: save_plan(s, next(generate_plans(1, seed=22)), plan_id=1),
    "save a new plan": lambda s, _t: save_plan(s, next(generate_plans(1, seed=23))),
    "restore a version": lambda s, _t: restore_version(s, 1, 1),
    "record consent": lambda s, _t: consent.set_consent(s, 1, "police", [Item.NAME], ConsentStatus.GIVEN),
    "import plans (update)": lambda s, t: import_plans(s, (t / "exported.json").read_text(), update_existing=True),
    "export the trust bundle": lambda s, t: trust.export_trust(s, t / "trust"),
}


@pytest.mark.parametrize("path", list(PATHS))
def test_no_audit_no_change(plan_session: Session, tmp_path: Path, failing_audit: list[str], path: str) -> None:
    before = changes(plan_session.store)
    with pytest.raises(Injected):
        PATHS[path](plan_session, tmp_path)
    assert failing_audit, "the use case wrote no audit entry at all"
    assert changes(plan_session.store) == before
