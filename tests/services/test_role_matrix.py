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


def guarded() -> list[tuple[str, Callable[..., Any], Permission]]:
    """(name, function, permission) for every services function whose first statement is a check."""
    found = []
    for info in pkgutil.iter_modules(services_pkg.__path__):
        module = importlib.import_module(f"crisisplan.services.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or name.startswith("_"):
                continue
            body = ast.parse(textwrap.dedent(inspect.getsource(fn))).body[0].body  # type: ignore[attr-defined]
            body = [s for s in body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
            first = body[0] if body else None
            if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Call)
                    and isinstance(first.value.func, ast.Attribute) and first.value.func.attr == "require"
                    and isinstance(first.value.args[0], ast.Attribute)):
                found.append((f"{info.name}.{name}", fn, Permission[first.value.args[0].attr]))
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


def _dummies(fn: Callable[..., Any]) -> list[Any]:
    params = list(inspect.signature(fn).parameters.values())[1:]
    return [object() for p in params if p.default is inspect.Parameter.empty
            and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize(("name", "fn", "permission"), GUARDED, ids=[g[0] for g in GUARDED])
def test_every_check_for_every_role(role_sessions: dict[Role, Session], role: Role, name: str,
                                    fn: Callable[..., Any], permission: Permission) -> None:
    session = role_sessions[role]
    allowed = permission in ROLE_PERMISSIONS[role]
    if not allowed:
        with pytest.raises(PermissionDenied):
            fn(session, *_dummies(fn))
        return
    try:  # past the check, the dummy arguments fail in whatever way: only a refusal is wrong
        fn(session, *_dummies(fn))
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
