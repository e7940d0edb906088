"""The FHIR exchange dialog: export, import (update offered when the plan is already here), push in
the background to a real test server, and no push buttons for roles that may not share."""

from __future__ import annotations

from pathlib import Path

from crisisplan.services import admin
from crisisplan.services.demo import generate_plans
from crisisplan.services.plans import count_plans, save_plan
from crisisplan.services.session import open_session
from crisisplan.ui.fhir_dialog import FhirDialog
from crisisplan.ui.tasks import TaskRunner
from tests.fhir.server import LocalFhirServer


def test_export_import_update_and_push(qtbot, admin_session, tmp_path: Path):
    plan_id = save_plan(admin_session, next(generate_plans(1, seed=2))).plan_id
    dialog = FhirDialog(admin_session, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.plan_id.setValue(plan_id)
    out = tmp_path / "plan.fhir.json"
    dialog.export_to(out)
    assert out.exists() and "Exported plan" in dialog.status.text()
    dialog.import_from(out, ask=False)  # already here: updated, not duplicated
    assert dialog.status.text() == f"Updated plan {plan_id} (version 2)."
    assert count_plans(admin_session) == 1

    server = LocalFhirServer(tmp_path / "server.sqlite")
    server.start()
    try:
        dialog.server.setText(server.url)
        dialog.reason.setText("Shared care record")
        dialog.push_button.click()
        qtbot.waitUntil(lambda: "sent to" in dialog.status.text(), timeout=20_000)
        assert len(server.storage.all_current("Bundle")) == 1
    finally:
        server.stop()


def test_read_only_users_cannot_push(qtbot, admin_session, store_dir):
    admin.add_user(admin_session, "rob", "Rob", ["readonly"], "rob has a long passphrase")
    with open_session(store_dir, "rob", "rob has a long passphrase") as rob:
        dialog = FhirDialog(rob, TaskRunner())
        qtbot.addWidget(dialog)
        assert not dialog.push_button.isEnabled() and not dialog.retry_button.isEnabled()
        assert not dialog.export_button.isEnabled() and not dialog.import_button.isEnabled()
