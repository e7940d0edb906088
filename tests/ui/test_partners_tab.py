"""Partner organisations in Records (TRUST-02 from the desktop): the IG lead adds one by its root
fingerprint and signed bundle; everyone who manages keys sees the list; a wrong fingerprint is refused
with a plain message and changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crisisplan.services import admin, trust
from crisisplan.services.session import create_store, open_session
from crisisplan.ui.records.partners import PartnersTab
from crisisplan.ui.tasks import TaskRunner
from tests.ui.conftest import KDF_ITERATIONS


def _partner_bundle(tmp_path: Path) -> tuple[str, bytes]:
    partner, _ = create_store(tmp_path / "partner", "pat", "Pat", "partner's long passphrase 7",
                              roles=("admin", "clinician"), kdf_iterations=KDF_ITERATIONS)
    with partner:
        from crisisplan.services.protocols import ensure_signing_key

        ensure_signing_key(partner)
        exported = trust.export_trust(partner, tmp_path / "partner-bundle")
    return exported.fingerprint, exported.bundle_path.read_bytes()


def test_the_ig_lead_adds_a_partner_and_key_managers_see_it(qtbot: Any, admin_session: Any, store_dir: Path,
                                                            tmp_path: Path) -> None:
    admin.add_user(admin_session, "iggy", "Iggy", ["ig_lead"], "iggy's own long passphrase 3")
    fingerprint, bundle = _partner_bundle(tmp_path)
    mine = PartnersTab(admin_session, TaskRunner())
    qtbot.addWidget(mine)
    assert not mine.add_button.isEnabled()  # admin + clinician: may not add partners
    with open_session(store_dir, "iggy", "iggy's own long passphrase 3") as iggy:
        tab = PartnersTab(iggy, TaskRunner())
        qtbot.addWidget(tab)
        assert tab.add_button.isEnabled()
        assert not tab.add_from("Wrong Trust", "ab" * 32, bundle)  # not the root that signed it
        assert tab.model.rowCount() == 0 and tab.notice.label.text()
        assert tab.add_from("Partner Mental Health Trust", fingerprint, bundle)
        assert tab.model.rowCount() == 1
    mine.refresh()
    assert mine.model.rowCount() == 1
    assert mine.model.record(0)[0].name == "Partner Mental Health Trust"
    actions = [e.action for e in admin_session.store.audit.entries()]
    assert any("partner" in a for a in actions)
