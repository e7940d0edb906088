"""Controls named in docs/clinical-safety/hazard-log.md that no other test showed working: how the
card words advance decisions (H-07), the recovery procedure of docs/installing.md (H-04) and the
placeholder 24-hour numbers of the sample protocols (H-09)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crisisplan.cli import main
from crisisplan.cli.io import ExitCode
from crisisplan.forms.items import Item
from crisisplan.forms.plan import CrisisPlan
from crisisplan.services.session import Session
from crisisplan.sharing.extract import item_values
from crisisplan.sharing.protocol import bundled_protocols
from tests.conftest import ADMIN_PASSPHRASE, ADMIN_USER

TODAY = date(2025, 6, 15)
VALID_REFUSAL: dict[str, Any] = {
    "treatment_refused": "Blood transfusion", "circumstances": "Any circumstances", "made_on": date(2020, 5, 1),
    "had_capacity": True, "capacity_assessed_by": "Dr Example", "life_sustaining": True, "written": True,
    "signed": True, "signed_on": date(2020, 5, 1), "witnessed": True, "witness_name": "A Witness",
    "even_if_life_at_risk": True, "original_held_at": "With the GP",
}


def card_lines(*decisions: dict[str, Any]) -> list[str]:
    plan = CrisisPlan.model_validate({"person": {"given_name": "Alex", "family_name": "Example",
                                                 "date_of_birth": date(1980, 3, 1)},
                                      "advance_decisions": list(decisions)})
    value = item_values(plan, today=TODAY).get(Item.ADVANCE_DECISIONS, [])
    return list(value) if isinstance(value, list) else [str(value)]


def test_card_marks_advance_decisions_that_may_not_be_valid_and_leaves_out_withdrawn_ones() -> None:
    valid = card_lines(VALID_REFUSAL)
    assert valid == ["Refuses: Blood transfusion (original: With the GP)"]
    unwitnessed = card_lines(VALID_REFUSAL | {"treatment_refused": "Ventilation", "witnessed": False,
                                              "witness_name": ""})
    assert unwitnessed == ["Refuses: Ventilation (original: With the GP). CHECK VALIDITY: "
                           "refuses life-sustaining treatment but is not witnessed"]
    under_18 = card_lines(VALID_REFUSAL | {"made_on": date(1997, 6, 1)})
    assert under_18[0].endswith("CHECK VALIDITY: made before the person was 18")
    assert card_lines(VALID_REFUSAL | {"withdrawn_on": date(2024, 3, 3)}) == []
    both = card_lines(VALID_REFUSAL, VALID_REFUSAL | {"treatment_refused": "ECT", "had_capacity": None})
    assert len(both) == 2 and "CHECK VALIDITY" not in both[0] and "CHECK VALIDITY" in both[1]


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """`init` calibrates the key derivation to this PC (seconds); the procedure is the same at any cost."""
    import crisisplan.store.store as store_module

    monkeypatch.setattr(store_module, "calibrate_kdf_iterations", lambda *a, **k: 1000)


def test_recovery_key_procedure_of_the_installation_guide(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fast_kdf: None) -> None:
    """docs/installing.md: the passphrase is lost; the recovery key printed at set-up resets it."""
    monkeypatch.setenv("CRISISPLAN_DATA_DIR", str(tmp_path / "store"))
    monkeypatch.setenv("CRISISPLAN_USER", "alice")
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", "the passphrase alice forgot")
    assert main(["init", "--organisation", "Example Practice (fictional)"]) == ExitCode.OK
    printed = capsys.readouterr().out
    match = re.search(r"RECOVERY KEY.*?\n\s*\n\s+(\S[^\n]*)\n", printed, re.DOTALL)
    assert match, printed
    recovery_key = match.group(1).strip()
    assert main(["demo", "--count", "3"]) == ExitCode.OK

    monkeypatch.setenv("CRISISPLAN_RECOVERY_KEY", recovery_key)
    monkeypatch.setenv("CRISISPLAN_NEW_PASSPHRASE", "alice's new passphrase after recovery")
    assert main(["user", "passwd", "alice", "--recovery-key"]) == ExitCode.OK
    assert main(["list", "--json"]) == ExitCode.CREDENTIALS  # the old passphrase no longer opens it
    capsys.readouterr()
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", "alice's new passphrase after recovery")
    assert main(["list", "--json"]) == ExitCode.OK
    assert len(capsys.readouterr().out.splitlines()) == 3

    monkeypatch.setenv("CRISISPLAN_RECOVERY_KEY", recovery_key.replace(recovery_key[-1], "0" if
                                                                       recovery_key[-1] != "0" else "1"))
    assert main(["user", "passwd", "alice", "--recovery-key"]) == ExitCode.CREDENTIALS


def test_protocol_show_marks_every_placeholder_number(
        session: Session, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """H-09: the sample protocols' 24-hour numbers are placeholders, and the administrator is told."""
    session.close()
    monkeypatch.setenv("CRISISPLAN_DATA_DIR", str(data_dir))
    monkeypatch.setenv("CRISISPLAN_USER", ADMIN_USER)
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", ADMIN_PASSPHRASE)
    for protocol in bundled_protocols():
        capsys.readouterr()
        assert main(["protocol", "show", protocol.id]) == ExitCode.OK
        shown = capsys.readouterr().out
        placeholders = protocol.numbers_to_replace()
        assert placeholders
        for number in placeholders:
            line = next(ln for ln in shown.splitlines() if number.number in ln)
            assert line.endswith("[placeholder: set locally]"), line
