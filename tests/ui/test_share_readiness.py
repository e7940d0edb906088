"""Issue 11: the share dialog refuses to issue a card outside the demo store while the protocol's
24-hour numbers are sample placeholders (the same check as services and the command line,
tests/services/test_issue_readiness.py), and says what to do; a decision not to share is still
recorded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from crisisplan.forms.consent import ConsentStatus
from crisisplan.services import protocols
from crisisplan.services.cards import ledger
from crisisplan.services.consent import set_consent
from crisisplan.services.demo import generate_plans
from crisisplan.services.plans import save_plan
from crisisplan.services.session import Session, create_store
from crisisplan.ui.share import ShareDialog
from tests.ui import test_editor_fixtures as fx
from tests.ui.test_editor_fixtures import dispose, show
from tests.ui.test_share import _reviewed, choose, type_reason

fail_on_qt_warnings = fx.fail_on_qt_warnings


@pytest.fixture
def practice_store(tmp_path: Path) -> Iterator[Session]:
    """A practice's own store, set up as the first-run wizard leaves it: organisation named and the
    sample protocol confirmed, its numbers still placeholders."""
    session, _ = create_store(tmp_path / "store", "alice", "Alice", fx.PASSPHRASE,
                              roles=("admin", "clinician"), kdf_iterations=1000)
    protocols.set_organisation_name(session, "Riverside Practice (fictional)")
    protocols.confirm_sample_protocol(session, protocols.active_protocol(session).id)
    yield session
    session.close()


def _police_plan(session: Session) -> int:
    plan_id = save_plan(session, next(generate_plans(1, seed=7))).plan_id
    _reviewed(session, plan_id)  # a plan past review would ask for a reason first
    set_consent(session, plan_id, "police", protocols.active_protocol(session).default_items("police"),
                ConsentStatus.GIVEN)
    return plan_id


def _open(qtbot: Any, session: Session, plan_id: int, tmp_path: Path) -> ShareDialog:
    dialog = ShareDialog(session, plan_id, out_dir=tmp_path / "cards")
    show(qtbot, dialog)
    choose(qtbot, dialog.recipient, "Police")
    choose(qtbot, dialog.decision.basis_combo, "Consent of the person")
    type_reason(qtbot, dialog, "Agreed with the person at the plan review")
    return dialog


def test_placeholder_numbers_block_the_card_and_say_what_to_do(qtbot: Any, practice_store: Session,
                                                               tmp_path: Path) -> None:
    plan_id = _police_plan(practice_store)
    dialog = _open(qtbot, practice_store, plan_id, tmp_path)
    assert dialog.problem.isVisible()
    text = dialog.problem.text()
    assert "No card can be issued yet" in text and "set locally" in text
    assert "crisisplan protocol export" in text and "Records → Protocols" in text
    assert dialog.action_button.text() == "Issue card" and not dialog.action_button.isEnabled()
    qtbot.keyClick(dialog.action_button, Qt.Key.Key_Space)
    assert dialog.issued is None and ledger(practice_store, plan_id) == []
    assert not (tmp_path / "cards").exists()
    dispose(dialog)


def test_the_demo_store_issues_under_the_sample(qtbot: Any, tmp_path: Path) -> None:
    session, _ = create_store(tmp_path / "demo", "alice", "Alice", fx.PASSPHRASE,
                              roles=("admin", "clinician"), kdf_iterations=1000, demo=True)
    with session:
        plan_id = _police_plan(session)
        dialog = _open(qtbot, session, plan_id, tmp_path)
        assert not dialog.problem.isVisible()
        assert dialog.action_button.isEnabled()
        qtbot.keyClick(dialog.action_button, Qt.Key.Key_Space)
        assert dialog.issued is not None and dialog.issued.files["card"].is_file()
        dispose(dialog)
