"""SEC-06 in the desktop app: a backup of a different store is refused plainly; replacing the store
with it is a separate, explicit tick that appears only then, and still needs that store's
credentials."""

from __future__ import annotations

from PySide6.QtCore import Qt

from crisisplan.services.session import create_store
from crisisplan.store import Store
from crisisplan.ui.restore_dialog import RestoreDialog
from crisisplan.ui.tasks import TaskRunner
from tests.ui.conftest import ADMIN_USER
from tests.ui.helpers import add_plans

OTHER_PASS = "the other store's passphrase"


def test_another_stores_backup_needs_the_explicit_tick(qtbot, admin_session, store_dir, tmp_path):
    add_plans(admin_session, 2)
    admin_session.close()
    other, _ = create_store(tmp_path / "other", "olga", "Olga", OTHER_PASS, kdf_iterations=1000)
    backup = tmp_path / "other.cpbackup"
    other.store.backup(backup)
    other.close()
    before = (store_dir / "crisisplan.db").read_bytes()
    dialog = RestoreDialog(store_dir, TaskRunner(), username="olga")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_backup(backup)
    dialog.passphrase.setText(OTHER_PASS)
    dialog.confirm_box.setChecked(True)
    assert not dialog.other_store_box.isVisible()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "different store" in dialog.notice.text, timeout=10_000)
    assert (store_dir / "crisisplan.db").read_bytes() == before
    assert dialog.other_store_box.isVisible() and not dialog.other_store_box.isChecked()
    dialog.other_store_box.setChecked(True)
    dialog.passphrase.setText(OTHER_PASS)
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    with Store.open(store_dir, "olga", OTHER_PASS) as store:
        assert store.plans.count() == 0
        entries = store.audit.entries()
        restore = [e for e in entries if e.action == "restore"][-1]
        assert "replaced store" in (restore.detail or "")
        assert not [e for e in entries if e.action == "unlock-failures-lost"]  # the folder's file was adopted
    assert ADMIN_USER != "olga"
