"""Every permission check of the services × every role, generated from the code: each use case that
starts with `session.require(Permission.X)` refuses every role without X (AUD-03), and lets every
role with X past the check. Plus the person's own copy (a disclosure) end to end."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import crisisplan.services as services_pkg
from crisisplan.forms.roles import ROLE_PERMISSIONS, Permission, Role
from crisisplan.services import admin
from crisisplan.services.cards import ledger, person_copy
from crisisplan.services.demo import generate_plans
from crisisplan.services.errors import PermissionDenied
from crisisplan.services.plans import save_plan
from crisisplan.services.session import Session, create_store, open_session
from tests.conftest import ADMIN_PASSPHRASE, TEST_KDF_ITERATIONS

KEY_GATED = {"new_recovery_key"}  # also needs every key: refused to roles without clinical access


def _leading_checks(body: list[ast.stmt]) -> list[str]:
    """Permission names of the `session.require(Permission.X)` statements a function starts with."""
    names = []
    for stmt in body:
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue  # the docstring
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            continue  # a local import before the checks
        call = stmt.value if isinstance(stmt, ast.Expr) else None
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "require"
                and call.args and isinstance(call.args[0], ast.Attribute)):
            break
        names.append(call.args[0].attr)
    return names


def guarded() -> list[tuple[str, Callable[..., Any], frozenset[Permission]]]:
    """(name, function, permissions) for every services function that starts with its checks."""
    found = []
    for info in pkgutil.iter_modules(services_pkg.__path__):
        module = importlib.import_module(f"crisisplan.services.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or name.startswith("_"):
                continue
            body = ast.parse(textwrap.dedent(inspect.getsource(fn))).body[0].body  # type: ignore[attr-defined]
            checks = _leading_checks(body)
            if checks:
                found.append((f"{info.name}.{name}", fn, frozenset(Permission[c] for c in checks)))
    return found


GUARDED = guarded()
PASSPHRASE = "a long passphrase for the role user"


def test_the_matrix_covers_the_use_cases_the_issue_names() -> None:
    names = {n for n, _fn, _p in GUARDED}
    assert {"cards.ledger", "cards.person_copy", "plans.load_plan", "admin.audit_entries"} <= names
    assert len(GUARDED) >= 30


@pytest.fixture(scope="module")
def role_sessions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[Role, Session]]:
    data_dir = tmp_path_factory.mktemp("roles") / "store"
    session, _ = create_store(data_dir, "alice", "Alice", ADMIN_PASSPHRASE, roles=("admin", "clinician"),
                              kdf_iterations=TEST_KDF_ITERATIONS)
    with session:
        save_plan(session, next(generate_plans(1, seed=3)))
        for role in Role:
            admin.add_user(session, f"u-{role.value}", role.value, [role.value], PASSPHRASE)
    sessions = {role: open_session(data_dir, f"u-{role.value}", PASSPHRASE) for role in Role}
    for role, s in sessions.items():
        assert s.roles == (role.value,)  # the keys back every role given by a holder
    yield sessions
    for s in sessions.values():
        s.close()


def _call(fn: Callable[..., Any], session: Session) -> None:
    """Call `fn` with dummy values for every required argument (the checks come before any use)."""
    params = [p for p in list(inspect.signature(fn).parameters.values())[1:] if p.default is inspect.Parameter.empty]
    args = [object() for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    kwargs = {p.name: object() for p in params if p.kind is p.KEYWORD_ONLY}
    fn(session, *args, **kwargs)


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize(("name", "fn", "permissions"), GUARDED, ids=[g[0] for g in GUARDED])
def test_every_check_for_every_role(role_sessions: dict[Role, Session], role: Role, name: str,
                                    fn: Callable[..., Any], permissions: frozenset[Permission]) -> None:
    session = role_sessions[role]
    allowed = permissions <= ROLE_PERMISSIONS[role]
    if not allowed:
        with pytest.raises(PermissionDenied):
            _call(fn, session)
        return
    try:  # past the check, the dummy arguments fail in whatever way: only a refusal is wrong
        _call(fn, session)
    except PermissionDenied:
        if name.split(".")[1] not in KEY_GATED:
            raise
    except Exception:  # past the check: any other failure of the dummy arguments is fine
        pass


def test_person_copy_is_a_recorded_disclosure(session: Session, tmp_path: Path) -> None:
    plan_id = save_plan(session, next(generate_plans(1, seed=5))).plan_id
    path = person_copy(session, plan_id, tmp_path / "out")
    assert path.read_bytes().startswith(b"%PDF")
    assert "name" not in path.name.lower() and path.parent == tmp_path / "out"
    kinds = [(d.kind, d.recipient, d.lawful_basis) for d in ledger(session, plan_id)]
    assert ("person-copy", "person", "consent") in kinds


# Checks that are not a function's first statements, each with its own test below.
CONDITIONAL = {"admin.change_passphrase", "trust.export_trust", "trust._may_hold_root"}


def _checks_in(fn_node: ast.FunctionDef) -> list[str]:
    return [ast.unparse(c) for c in ast.walk(fn_node) if isinstance(c, ast.Call)
            and isinstance(c.func, ast.Attribute) and c.func.attr in ("require", "can")
            and ast.unparse(c.func.value) == "session"]


def test_every_permission_check_in_the_services_is_in_the_matrix() -> None:
    """A check the generated matrix cannot see (not at the start of its function) must be listed in
    CONDITIONAL and tested below; a new one fails here until it is."""
    covered = {n for n, _fn, _p in GUARDED} | CONDITIONAL
    missing = []
    for info in pkgutil.iter_modules(services_pkg.__path__):
        module = importlib.import_module(f"crisisplan.services.{info.name}")
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if isinstance(node, ast.FunctionDef) and _checks_in(node) and f"{info.name}.{node.name}" not in covered:
                missing.append(f"{info.name}.{node.name}")
    assert missing == []


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_changing_someone_elses_passphrase_needs_manage_users(role_sessions: dict[Role, Session],
                                                             role: Role) -> None:
    session = role_sessions[role]
    other = "u-readonly" if role is not Role.READ_ONLY else "u-gp"
    if Permission.MANAGE_USERS in ROLE_PERMISSIONS[role]:
        with pytest.raises(Exception) as raised:  # past the check: the weak passphrase is refused
            admin.change_passphrase(session, other, "weak")
        assert not isinstance(raised.value, PermissionDenied)
    else:
        with pytest.raises(PermissionDenied):
            admin.change_passphrase(session, other, "a perfectly long new passphrase 9")
    with pytest.raises(Exception) as own:  # anyone may change their own (refused here for weakness only)
        admin.change_passphrase(session, session.username, "weak")
    assert not isinstance(own.value, PermissionDenied)


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_exporting_the_trust_bundle_needs_a_card_or_key_role(role_sessions: dict[Role, Session], role: Role,
                                                            tmp_path: Path) -> None:
    from crisisplan.services import trust

    wanted = {Permission.MANAGE_KEYS, Permission.MANAGE_PARTNERS, Permission.ISSUE_CARD, Permission.REVOKE_CARD}
    session = role_sessions[role]
    if wanted & ROLE_PERMISSIONS[role]:
        try:
            trust.export_trust(session, tmp_path / "out")
        except PermissionDenied as exc:  # past the check, a role without the issuer key cannot sign
            assert "needs a role" not in str(exc)
        except Exception:  # any other failure is past the check
            pass
    else:
        with pytest.raises(PermissionDenied, match="needs a role"):
            trust.export_trust(session, tmp_path / "out")


P = Permission
# The permission each use case checks first, as specified (AUD-03). The matrix above is generated
# from the code, so a check deleted from the code would silently leave it; this list does not. New
# use cases may be added without listing them here (the generated matrix covers them).
SPEC: dict[str, set[Permission]] = {
    "admin.add_user": {P.MANAGE_USERS},
    "admin.audit_entries": {P.VIEW_AUDIT},
    "admin.backup": {P.BACKUP},
    "admin.list_users": {P.MANAGE_USERS},
    "admin.new_recovery_key": {P.MANAGE_USERS},
    "admin.remove_user": {P.MANAGE_USERS},
    "admin.set_roles": {P.MANAGE_USERS},
    "admin.verify_audit": {P.VERIFY_AUDIT},
    "cards.ledger": {P.VIEW_LEDGER},
    "cards.person_copy": {P.ISSUE_CARD},
    "cards.prepare_card": {P.ISSUE_CARD},
    "cards.preview": {P.ISSUE_CARD},
    "cards.record_not_sharing": {P.RECORD_CONSENT},
    "cards.record_print": {P.ISSUE_CARD},
    "consent.cards_carrying": {P.RECORD_CONSENT},
    "consent.set_consent": {P.RECORD_CONSENT},
    "drafts.discard_draft": {P.EDIT_PLAN},
    "drafts.list_drafts": {P.EDIT_PLAN},
    "drafts.load_draft": {P.EDIT_PLAN},
    "drafts.save_draft": {P.EDIT_PLAN},
    "fhir.export_fhir": {P.EXPORT_PLANS},
    "fhir.export_pointer": {P.EXPORT_PLANS},
    "fhir.import_fhir": {P.IMPORT_PLANS},
    "fhir_push.push_plans": {P.EXPORT_PLANS, P.ISSUE_CARD},
    "fhir_push.queued": {P.ISSUE_CARD},
    "fhir_push.retry_queue": {P.ISSUE_CARD},
    "overview.expired_card_plan_ids": {P.LIST_PLANS},
    "overview.plan_count": {P.LIST_PLANS},
    "overview.plan_page": {P.LIST_PLANS},
    "overview.protocol_choices": {P.MANAGE_PROTOCOLS},
    "overview.recent_audit_entries": {P.VIEW_AUDIT},
    "overview.signing_keys": {P.MANAGE_KEYS},
    "plans.compare_versions": {P.VIEW_PLAN},
    "plans.count_plans": {P.LIST_PLANS},
    "plans.export_plans": {P.EXPORT_PLANS},
    "plans.import_plans": {P.IMPORT_PLANS},
    "plans.list_plans": {P.LIST_PLANS},
    "plans.load_plan": {P.VIEW_PLAN},
    "plans.plan_history": {P.VIEW_PLAN},
    "plans.plans_with_nhs_number": {P.LIST_PLANS},
    "plans.restore_version": {P.EDIT_PLAN},
    "plans.save_plan": {P.EDIT_PLAN},
    "protocols.confirm_sample_protocol": {P.MANAGE_PROTOCOLS},
    "protocols.import_protocol": {P.MANAGE_PROTOCOLS},
    "protocols.protocol_details": {P.LIST_PLANS},
    "protocols.rotate_signing_key": {P.MANAGE_KEYS},
    "protocols.set_active_protocol": {P.MANAGE_PROTOCOLS},
    "protocols.set_ods_code": {P.MANAGE_KEYS},
    "protocols.set_organisation_name": {P.MANAGE_KEYS},
    "reissue.reissue_all": {P.ISSUE_CARD},
    "trust.add_partner": {P.MANAGE_PARTNERS},
    "trust.partners": {P.LIST_PLANS},
    "trust.retire_key": {P.MANAGE_KEYS},
    "trust.revoke_card": {P.REVOKE_CARD},
    "trust.revoke_key": {P.MANAGE_KEYS},
}


def test_no_use_case_lost_or_changed_its_check() -> None:
    found = {n: set(p) for n, _fn, p in GUARDED}
    assert {n: found.get(n) for n in SPEC} == SPEC
