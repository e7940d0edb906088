"""Records, per role: audit log and its integrity check, disclosure ledger, users and roles,
protocols, organisation and keys, backup and restore. Every model passes qtmodeltester."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from crisisplan.services import admin, protocols
from crisisplan.services.plans import count_plans
from crisisplan.ui import files
from crisisplan.ui.records.audit import audit_model
from crisisplan.ui.records.keys import keys_model
from crisisplan.ui.records.ledger import ledger_model
from crisisplan.ui.records.page import RecordsPage
from crisisplan.ui.records.protocols import protocols_model
from crisisplan.ui.records.user_dialogs import AddUserDialog, PassphraseDialog, RolesDialog
from crisisplan.ui.records.users import users_model
from crisisplan.ui.restore_dialog import RestoreDialog
from crisisplan.ui.tasks import TaskRunner
from tests.ui.conftest import ADMIN_USER, PASSPHRASE
from tests.ui.helpers import add_plans, add_user, message_boxes


def make_records(qtbot, session) -> RecordsPage:
    page = RecordsPage(session, TaskRunner())
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def tab_titles(page: RecordsPage) -> list[str]:
    return [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())]


@pytest.fixture
def users(admin_session, sign_in):
    """Sessions for one user per role (alice is admin + clinician)."""
    made = {}
    for name, roles in (("rita", ["admin"]), ("ivan", ["ig_lead"]), ("cleo", ["clinician"]), ("rory", ["readonly"])):
        made[name] = sign_in(name, add_user(admin_session, name, roles))
    return made


def test_tabs_follow_the_roles(qtbot, users):
    assert tab_titles(make_records(qtbot, users["rita"])) == [
        "Audit log", "Users and roles", "Protocols", "Organisation and keys", "Partner organisations",
        "Backup and restore"]
    assert tab_titles(make_records(qtbot, users["ivan"])) == ["Audit log", "Disclosure ledger",
                                                              "Partner organisations", "Backup and restore"]
    assert tab_titles(make_records(qtbot, users["cleo"])) == ["Disclosure ledger"]
    assert tab_titles(make_records(qtbot, users["rory"])) == []


def test_admin_checks_the_audit_chain_but_cannot_read_it(qtbot, users):
    page = make_records(qtbot, users["rita"])
    audit = page.audit
    assert audit is not None and not audit.table.isVisible()
    qtbot.mouseClick(audit.check_button, Qt.MouseButton.LeftButton)
    assert "intact" in audit.notice.text
    assert audit.model.rowCount() == 0


def test_ig_lead_reads_the_audit_log(qtbot, qtmodeltester, users, admin_session):
    add_plans(admin_session, 3)
    page = make_records(qtbot, users["ivan"])
    audit = page.audit
    audit.refresh()
    assert audit.model.rowCount() > 5
    actions = {audit.model.data(audit.model.index(r, 3)) for r in range(audit.model.rowCount())}
    assert {"create", "unlock"} <= actions
    qtmodeltester.check(audit.model)
    audit.plan.setValue(2)
    qtbot.mouseClick(audit.show_button, Qt.MouseButton.LeftButton)
    plans = {audit.model.data(audit.model.index(r, 4)) for r in range(audit.model.rowCount())}
    assert plans == {"2"}


def test_users_add_change_reset_remove(qtbot, qtmodeltester, admin_session, sign_in):
    page = make_records(qtbot, admin_session)
    tab = page.users
    tab.refresh()
    qtmodeltester.check(tab.model)
    assert [u.username for u in tab.model.records()] == [ADMIN_USER]

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(AddUserDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.username.setFocus()
    qtbot.keyClicks(dialog.username, "gwen")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Gwen Hughes")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "gwen's long passphrase")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "gwen's long passphrase")
    assert dialog.roles.roles() == []  # no role the administrator did not choose
    dialog.roles.boxes["clinician"].setChecked(True)
    dialog.roles.boxes["gp"].setChecked(True)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # OK
    qtbot.waitUntil(lambda: "gwen was added" in tab.notice.text)
    assert {u.username for u in tab.model.records()} == {ADMIN_USER, "gwen"}
    gwen = next(u for u in tab.model.records() if u.username == "gwen")
    assert set(gwen.roles) == {"clinician", "gp"}
    sign_in("gwen", "gwen's long passphrase")

    row = next(r for r, u in enumerate(tab.model.records()) if u.username == "gwen")
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    qtbot.mouseClick(tab.roles_button, Qt.MouseButton.LeftButton)
    roles = tab.findChild(RolesDialog)
    roles.roles.boxes["clinician"].setChecked(False)
    roles.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "roles of gwen were changed" in tab.notice.text)
    assert next(u for u in tab.model.records() if u.username == "gwen").roles == ("gp",)

    tab.table.setCurrentIndex(tab.model.index(row, 0))
    qtbot.mouseClick(tab.passphrase_button, Qt.MouseButton.LeftButton)
    new = tab.findChild(PassphraseDialog)
    qtbot.keyClicks(new.passphrase, "short")
    qtbot.keyClicks(new.repeat, "short")
    new.buttons.accepted.emit()
    assert "at least 10 characters" in new.notice.text and new.isVisible()
    new.passphrase.setText("gwen's second passphrase")
    new.repeat.setText("gwen's second passphrase")
    new.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "passphrase of gwen was changed" in tab.notice.text)
    sign_in("gwen", "gwen's second passphrase")

    row = next(r for r, u in enumerate(tab.model.records()) if u.username == "gwen")
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    box = next(b for b in message_boxes() if b.objectName() == "confirm")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # safe default
    yes = next(b for b in box.buttons() if "Remove" in b.text())
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "gwen was removed" in tab.notice.text)
    assert [u.username for u in tab.model.records()] == [ADMIN_USER]


def test_removing_yourself_is_refused_plainly(qtbot, admin_session):
    page = make_records(qtbot, admin_session)
    tab = page.users
    tab.refresh()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    tab.remove_user()
    box = next(b for b in message_boxes() if b.objectName() == "confirm")
    qtbot.mouseClick(next(b for b in box.buttons() if "Remove" in b.text()), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot remove yourself" in tab.notice.text)


def test_ledger_model(qtbot, qtmodeltester, admin_session):
    add_plans(admin_session, 2)
    page = make_records(qtbot, admin_session)
    ledger = page.ledger
    ledger.set_plan(1)
    qtbot.mouseClick(ledger.show_button, Qt.MouseButton.LeftButton)
    assert "Nothing has been shared from plan 1" in ledger.notice.text
    qtmodeltester.check(ledger.model)


def test_protocols_use_and_import(qtbot, qtmodeltester, admin_session, tmp_path: Path, monkeypatch):
    page = make_records(qtbot, admin_session)
    tab = page.protocols
    tab.refresh()
    qtmodeltester.check(tab.model)
    areas = [p.area for p in tab.model.records()]
    assert len(areas) >= 3
    row = next(r for r, p in enumerate(tab.model.records()) if not p.active)
    chosen = tab.model.record(row)
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    qtbot.mouseClick(tab.use_button, Qt.MouseButton.LeftButton)
    assert protocols.active_protocol(admin_session).id == chosen.id
    assert "now the protocol in use" in tab.notice.text

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "crisisplan.protocol"}', encoding="utf-8")
    monkeypatch.setattr(files, "open_file", lambda *a, **k: bad)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert "protocol file has" in tab.notice.text and "problem" in tab.notice.text

    source = protocols.active_protocol(admin_session)
    good = tmp_path / "good.json"
    document = json.loads(protocols.dump_protocol(source)) if hasattr(protocols, "dump_protocol") else None
    if document is not None:
        document["id"] = "testshire"
        document["area"] = "Testshire"
        good.write_text(json.dumps(document), encoding="utf-8")
        monkeypatch.setattr(files, "open_file", lambda *a, **k: good)
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
        assert "Testshire was imported" in tab.notice.text
        assert "Testshire" in [p.area for p in tab.model.records()]


def test_organisation_keys_and_trust_bundle(qtbot, qtmodeltester, admin_session, tmp_path: Path, monkeypatch):
    protocols.ensure_signing_key(admin_session)
    page = make_records(qtbot, admin_session)
    tab = page.keys
    tab.refresh()
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 1
    tab.organisation.selectAll()
    qtbot.keyClicks(tab.organisation, "Riverside Medical Practice")
    qtbot.keyClick(tab.organisation, Qt.Key.Key_Return)
    assert protocols.organisation_name(admin_session) == "Riverside Medical Practice"
    qtbot.mouseClick(tab.rotate_button, Qt.MouseButton.LeftButton)
    box = next(b for b in message_boxes() if b.objectName() == "confirm")
    qtbot.mouseClick(next(b for b in box.buttons() if "Rotate" in b.text()), Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 2 and "new signing key" in tab.notice.text
    target = tmp_path / "trust"
    monkeypatch.setattr(files, "choose_folder", lambda *a, **k: target)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert (target / "trust-bundle.json").is_file() and (target / "trust-cover.pdf").is_file()
    assert "2 key(s)" in tab.notice.text
    assert "fingerprint" in tab.fingerprint.text()
    # revoke the old key: its row says so, and the next bundle lists it as revoked
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Laptop stolen", True))
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.mouseClick(tab.revoke_button, Qt.MouseButton.LeftButton)
    assert "is revoked" in tab.notice.text
    assert any("REVOKED" in tab.model.data(tab.model.index(r, 3)) for r in range(tab.model.rowCount()))


def test_a_card_is_withdrawn_from_the_keys_tab(qtbot, admin_session, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from tests.security.conftest import consented_plan, issue

    card = issue(admin_session, consented_plan(admin_session), "police", tmp_path / "cards")
    answers = iter([(card.card_id.lower(), True), ("Consent withdrawn for police", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    page = make_records(qtbot, admin_session)
    qtbot.mouseClick(page.keys.withdraw_card_button, Qt.MouseButton.LeftButton)
    assert f"Card {card.card_id} is withdrawn" in page.keys.notice.text
    revoked, _ = admin_session.store.sharing.withdrawn_card_ids()
    assert revoked == [card.card_id]


def test_backup_runs_in_the_background(qtbot, admin_session, tmp_path: Path, monkeypatch):
    add_plans(admin_session, 4)
    target = tmp_path / "backups" / "one.cpbackup"
    target.parent.mkdir()
    monkeypatch.setattr(files, "save_file", lambda *a, **k: target)
    page = make_records(qtbot, admin_session)
    tab = page.backup
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Backup written and checked" in tab.notice.text, timeout=10_000)
    assert target.is_file() and tab.last_backup.plan_count == 4


def test_restore_replaces_the_store_after_confirmation(qtbot, admin_session, make_window, store_dir, tmp_path,
                                                       monkeypatch):
    add_plans(admin_session, 3)
    backup = tmp_path / "before.cpbackup"
    admin.backup(admin_session, backup)
    add_plans(admin_session, 2, seed=99)  # made after the backup: the restore takes them away
    admin_session.close()
    window = make_window()
    qtbot.keyClicks(window.unlock_page.username, ADMIN_USER)
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")
    assert window.workspace.plans.model.total == 5
    records = window.workspace.show_records()
    records.tabs.setCurrentWidget(records.backup)
    monkeypatch.setattr(files, "open_file", lambda *a, **k: backup)
    qtbot.mouseClick(records.backup.restore_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(RestoreDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert dialog.username.text() == ADMIN_USER
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    assert not dialog.restore_button.isEnabled()  # not before the confirmation
    dialog.confirm_box.setFocus()
    qtbot.keyClick(dialog.confirm_box, Qt.Key.Key_Space)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.session is None  # signed out before the store is replaced
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    assert "was restored" in window.unlock_page.notice.text, dialog.notice.text
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")
    assert count_plans(window.session) == 3


def test_a_bad_backup_changes_nothing(qtbot, admin_session, store_dir, tmp_path):
    add_plans(admin_session, 2)
    admin_session.close()
    before = (store_dir / "crisisplan.db").read_bytes()
    junk = tmp_path / "junk.cpbackup"
    junk.write_bytes(b"not a backup at all" * 100)
    runner = TaskRunner()
    dialog = RestoreDialog(store_dir, runner, username=ADMIN_USER)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_backup(junk)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm_box.setChecked(True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not restored" in dialog.notice.text, timeout=10_000)
    assert "The store was not changed" in dialog.notice.text
    assert (store_dir / "crisisplan.db").read_bytes() == before


def test_every_records_model_passes_the_model_tester(qtmodeltester):
    for model in (audit_model(), ledger_model(), users_model(), protocols_model(), keys_model()):
        qtmodeltester.check(model)


def test_a_protocols_recipients_items_and_numbers_are_shown_and_a_sample_is_confirmed(qtbot, tmp_path):
    """Issue 8, section 5: what only `crisisplan protocol show` could tell, now in the app. Outside
    the demo store, naming the organisation and confirming the sample still leaves its placeholder
    numbers to be set locally before a card (issue 11)."""
    from crisisplan.services.session import create_store

    session, _ = create_store(tmp_path / "real", ADMIN_USER, "Alice", PASSPHRASE,
                              roles=("admin", "clinician"), kdf_iterations=1000)
    with session:
        page = make_records(qtbot, session)
        tab = page.protocols
        page.tabs.setCurrentWidget(tab)
        tab.refresh()
        active = protocols.active_protocol(session)
        text = tab.details.toPlainText()
        assert text.startswith(active.area) and "SAMPLE protocol: not confirmed yet" in text
        recipient = next(iter(active.recipients.values()))
        assert recipient.display_name in text
        assert all(n.label in text and n.number in text for n in active.crisis_numbers)
        assert len(protocols.issue_blockers(session)) == 2  # unnamed; numbers not set locally

        tab.organisation.setText("Riverside Practice (fictional)")
        qtbot.mouseClick(tab.name_button, Qt.MouseButton.LeftButton)
        assert tab.confirm_button.isEnabled()
        qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
        assert "confirmed for use" in tab.notice.text
        assert "SAMPLE protocol: confirmed for use" in tab.details.toPlainText()
        blockers = protocols.issue_blockers(session)
        assert len(blockers) == 1 and "set locally" in blockers[0]
        assert "(SAMPLE)" in tab.model.data(tab.model.index(0, 0))


def test_roles_and_minutes_are_worded_sensibly(qtbot, settings):
    from crisisplan.ui.records.users import role_names
    from crisisplan.ui.settings import SettingsDialog

    assert role_names(("admin", "clinician")) == "Clinician / care coordinator; Reception / administrator"
    assert role_names(("admin",)) == "Reception / administrator (no clinical access)"
    settings.idle_minutes = 1
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.idle.text() == "1 minute"
    dialog.idle.setValue(5)
    assert dialog.idle.text() == "5 minutes"


def test_passphrase_dialog_offers_rotation_and_rotates_every_key(qtbot, admin_session, sign_in, store_dir):
    """"Someone else may know the old passphrase": the reset also replaces every key the user held, so
    the old key file with the old passphrase opens nothing stored from now on (SEC-04)."""
    from crisisplan.store.keys import SlotFile, unlock_slot_keys

    add_user(admin_session, "gwen", ["clinician"], "gwen's long passphrase")
    old_file = SlotFile.from_bytes((store_dir / "keyslots.json").read_bytes())
    page = make_records(qtbot, admin_session)
    tab = page.users
    assert tab is not None
    tab.refresh()
    row = next(r for r, u in enumerate(tab.model.records()) if u.username == "gwen")
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    qtbot.mouseClick(tab.passphrase_button, Qt.MouseButton.LeftButton)
    new = tab.findChild(PassphraseDialog)
    assert not new.rotate.isChecked()  # offered, not forced
    new.passphrase.setText("gwen's second passphrase")
    new.repeat.setText("gwen's second passphrase")
    new.rotate.setChecked(True)
    new.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "passphrase of gwen was changed" in tab.notice.text, timeout=20_000)
    slot = old_file.find("user", "gwen")
    assert slot is not None
    old = unlock_slot_keys(old_file.store_id, slot, "gwen's long passphrase")
    kids = dict(admin_session.store.connection.execute("SELECT key, value FROM store_info WHERE key LIKE 'kid:%'"))
    from crisisplan.store.keys import key_id

    assert {key_id(k) for k in old["clinical"] + old["issuer"]}.isdisjoint(kids.values())
    assert [e.action for e in admin_session.store.audit.entries()][-1] == "rotate-keys"
    sign_in("gwen", "gwen's second passphrase")
