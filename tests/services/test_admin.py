"""Administration use cases: roles are enforced by the services (AUD-03), restore permissions."""

from __future__ import annotations

import pytest

from crisisplan.forms.roles import ROLE_PERMISSIONS, Permission, Role
from crisisplan.services import admin
from crisisplan.services.demo import generate_plans
from crisisplan.services.errors import InvalidRequest, PermissionDenied
from crisisplan.services.plans import list_plans, load_plan, save_plan
from crisisplan.services.session import open_session
from tests.conftest import ADMIN_PASSPHRASE, ADMIN_USER


def test_reception_admin_has_no_clinical_permission():
    clinical = {Permission.VIEW_PLAN, Permission.EDIT_PLAN, Permission.EXPORT_PLANS, Permission.ISSUE_CARD,
                Permission.VIEW_LEDGER, Permission.RECORD_CONSENT, Permission.IMPORT_PLANS}
    assert not (ROLE_PERMISSIONS[Role.ADMIN] & clinical)
    assert Permission.VIEW_AUDIT in ROLE_PERMISSIONS[Role.IG_LEAD]
    assert Permission.EDIT_PLAN not in ROLE_PERMISSIONS[Role.READ_ONLY]


def test_each_role_is_enforced_by_the_services(session, data_dir):
    plan_id = save_plan(session, next(generate_plans(1, seed=3))).plan_id
    for name, roles in (("rita", ["admin"]), ("rob", ["readonly"]), ("ian", ["ig_lead"])):
        admin.add_user(session, name, name.title(), roles, f"{name} has a long passphrase")
    session.close()
    with open_session(data_dir, "rita", "rita has a long passphrase") as rita:
        assert list_plans(rita)  # reception can find people ...
        with pytest.raises(PermissionDenied):
            load_plan(rita, plan_id)  # ... but not read their plans
        with pytest.raises(PermissionDenied):
            admin.audit_entries(rita)
    with open_session(data_dir, "rob", "rob has a long passphrase") as rob:
        assert load_plan(rob, plan_id).plan_id == plan_id
        with pytest.raises(PermissionDenied):
            save_plan(rob, load_plan(rob, plan_id).plan, plan_id=plan_id)
        with pytest.raises(PermissionDenied):
            admin.add_user(rob, "eve", "Eve", ["admin"], "eve's long passphrase")
    with open_session(data_dir, "ian", "ian has a long passphrase") as ian:
        assert admin.audit_entries(ian)
        assert admin.verify_audit(ian).ok
        with pytest.raises(PermissionDenied):
            save_plan(ian, load_plan(ian, plan_id).plan)
    with open_session(data_dir, ADMIN_USER, ADMIN_PASSPHRASE) as alice:
        actions = [(e.username, e.action) for e in alice.store.audit.entries()]
        assert ("rita", "view") not in actions  # a refused read is never performed


def test_short_passphrases_and_unknown_roles_are_refused(session):
    with pytest.raises(InvalidRequest, match="at least"):
        admin.add_user(session, "bob", "Bob", ["gp"], "short")
    with pytest.raises(InvalidRequest, match="unknown role"):
        admin.add_user(session, "bob", "Bob", ["surgeon"], "bob's long passphrase")


def test_restore_needs_the_restore_permission_in_the_backup(session, data_dir, tmp_path):
    save_plan(session, next(generate_plans(1, seed=4)))
    admin.add_user(session, "gina", "Gina", ["gp"], "gina's long passphrase")
    backup = tmp_path / "b.cpbak"
    admin.backup(session, backup)
    session.close()
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    with pytest.raises(PermissionDenied):
        admin.restore(data_dir, backup, "gina", "gina's long passphrase")
    after = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    assert after == before  # the live store is byte-for-byte untouched
    info = admin.restore(data_dir, backup, ADMIN_USER, ADMIN_PASSPHRASE)
    assert info.plan_count == 1


def test_no_consent_recorded_filter_follows_each_saved_version(session):
    from crisisplan.forms.consent import ConsentStatus
    from crisisplan.forms.items import Item
    from crisisplan.services.consent import set_consent
    from crisisplan.services.overview import PlanFilter, PlanQuery, plan_count, plan_page

    plans = [p.model_copy(update={"consent": []}) for p in generate_plans(3, seed=21)]
    ids = [save_plan(session, p).plan_id for p in plans]
    query = PlanQuery(plan_filter=PlanFilter.NO_CONSENT)
    assert plan_count(session, query) == 3
    set_consent(session, ids[1], "police", [Item.NAME], ConsentStatus.REFUSED)
    assert sorted(p.plan_id for p in plan_page(session, query, 0, 10)) == sorted([ids[0], ids[2]])
    set_consent(session, ids[1], "police", [Item.NAME], ConsentStatus.NOT_ASKED)
    assert plan_count(session, query) == 3
