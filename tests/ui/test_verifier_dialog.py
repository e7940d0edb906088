"""The phone verifier page made from the desktop app (Tools → Phone verifier for responders…): the
page is pinned to the store's own trust root, and a missing folder or a bad address is explained."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from crisisplan.export.signed_trust import open_trust_bundle
from crisisplan.services import trust
from crisisplan.ui.verifier_dialog import VerifierDialog

URL = "https://intranet.example.nhs.uk/cardcheck/verifier.html"


def test_make_the_page_from_the_dialog(qtbot, admin_session, tmp_path: Path) -> None:
    root = trust.trust_fingerprint(admin_session)
    dialog = VerifierDialog(admin_session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.make_button, Qt.Key.Key_Space)
    assert "Choose a folder" in dialog.status.text()
    out = tmp_path / "cardcheck"
    qtbot.keyClicks(dialog.folder, str(out))
    qtbot.keyClicks(dialog.url, "ftp://not-a-web-address")
    qtbot.keyClick(dialog.make_button, Qt.Key.Key_Space)
    assert not (out / "verifier.html").exists() and dialog.status.text()
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, URL)
    qtbot.keyClick(dialog.make_button, Qt.Key.Key_Space)
    assert "trust list no." in dialog.status.text()
    assert root in (out / "verifier.html").read_text(encoding="utf-8")
    assert open_trust_bundle((out / "trust-bundle.json").read_text(encoding="utf-8"), root).root_fingerprint == root
