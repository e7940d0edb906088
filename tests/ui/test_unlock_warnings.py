"""SEC-03 in the desktop app: an older database file put back is told to the user at sign-in, plainly,
in a window they must close — not only written to the audit log."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crisisplan.services import admin
from crisisplan.services.session import open_session
from tests.ui.conftest import ADMIN_USER, PASSPHRASE


def test_an_older_database_file_is_reported_after_sign_in(qtbot: Any, admin_session: Any, store_dir: Path,
                                                          make_window: Any, tmp_path: Path) -> None:
    admin_session.close()
    old = tmp_path / "old.db"
    shutil.copy2(store_dir / "crisisplan.db", old)
    with open_session(store_dir, ADMIN_USER, PASSPHRASE) as session:
        admin.add_user(session, "bob", "Bob", ["readonly"], "bob's own long new passphrase 4")
    shutil.copy2(old, store_dir / "crisisplan.db")  # an insider puts back yesterday's copy
    window = make_window()
    page = window.unlock_page
    qtbot.keyClicks(page.username, ADMIN_USER)
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and boxes[0].windowTitle() == "Check this store"
    assert "missing" in boxes[0].text()
