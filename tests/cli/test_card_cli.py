"""Issue 3's acceptance path on the command line: a demo plan becomes a police card, an ambulance
card and an emergency-department summary, each verified offline from the PDF by `crisisplan verify`."""

from __future__ import annotations

from pathlib import Path

import pytest

from crisisplan.cli import main
from crisisplan.export.qr import read_qr_texts
from crisisplan.forms.consent import ConsentStatus
from crisisplan.services.plans import list_plans, load_plan
from crisisplan.services.session import create_store, open_session
from tests.cli.test_cli import cli  # noqa: F401  (fixture)
from tests.conftest import ADMIN_PASSPHRASE, ADMIN_USER, TEST_KDF_ITERATIONS


def _consented_plan(data_dir: Path) -> int:
    with open_session(data_dir, ADMIN_USER, ADMIN_PASSPHRASE) as s:
        for row in list_plans(s, limit=100):
            plan = load_plan(s, row.plan_id).plan
            recipients = {c.recipient for c in plan.consent if c.status is ConsentStatus.GIVEN}
            if {"police", "ambulance", "emergency_department"} <= recipients:
                return row.plan_id
    raise AssertionError("the demo store has no plan with consent for police, ambulance and ED")


def test_demo_plan_to_three_verified_cards(cli, data_dir: Path, tmp_path: Path):  # noqa: F811
    assert cli("org", "Example Community Mental Health Team")[0] == 0
    assert cli("demo", "--count", "12")[0] == 0
    plan_id = _consented_plan(data_dir)
    out = tmp_path / "cards"
    for recipient in ("police", "ambulance", "emergency_department"):
        code, text, err = cli("card", str(plan_id), "--recipient", recipient, "--out", str(out),
                              "--reason", "Agreed with the person at their review")
        assert code == 0, err
        assert "QR version" in text and "characters" in text
    code, exported, _ = cli("trust", "export", str(tmp_path / "bundle"))
    assert code == 0 and (tmp_path / "bundle" / "trust-cover.pdf").is_file()
    root = exported.split("fingerprint: ")[1].strip()
    assert cli("trust", "pin", root)[0] == 0
    trust = tmp_path / "bundle" / "trust-bundle.json"

    police = next(out.glob("crisis-card-police-*.pdf"))
    ambulance = next(out.glob("crisis-card-ambulance-*.pdf"))
    ed_summary = next(out.glob("summary-emergency-department-*.pdf"))
    for pdf in (police, ambulance, ed_summary):
        code, text, _ = cli("verify", str(pdf), "--trust", str(trust))
        assert code == 0, text
        assert text.startswith("VALID")
    code, text, _ = cli("verify", str(police), "--trust", str(trust), "--today", "2099-01-01")
    assert code == 17 and "EXPIRED" in text

    code, text, _ = cli("ledger", str(plan_id))
    assert code == 0 and text.count("shared (card") == 3


def test_verify_states_have_distinct_exit_codes(cli, data_dir: Path, tmp_path: Path, monkeypatch):  # noqa: F811
    cli("demo", "--count", "12")
    plan_id = _consented_plan(data_dir)
    out = tmp_path / "c"
    cli("card", str(plan_id), "--recipient", "police", "--out", str(out), "--reason", "Agreed at review")
    code, exported, _ = cli("trust", "export", str(tmp_path / "b"))
    cli("trust", "pin", exported.split("fingerprint: ")[1].strip())
    trust = tmp_path / "b" / "trust-bundle.json"
    qr_text = read_qr_texts(next(out.glob("qr-police-*.png")))[0]
    assert cli("verify", "--text", qr_text, "--trust", str(trust))[0] == 0
    tampered = qr_text[:-5] + ("A" if qr_text[-5] != "A" else "B") + qr_text[-4:]
    assert cli("verify", "--text", tampered, "--trust", str(trust))[0] == 13
    assert cli("verify", "--text", "hello world", "--trust", str(trust))[0] == 14

    other_dir = tmp_path / "other-store"
    other, _ = create_store(other_dir, "zed", "Zed", "another long passphrase", kdf_iterations=TEST_KDF_ITERATIONS)
    other.close()
    other_trust = tmp_path / "other" / "trust-bundle.json"
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", "another long passphrase")
    assert main(["trust", "export", str(other_trust.parent), "--data-dir", str(other_dir), "--user", "zed"]) == 0
    code, _text, err = cli("verify", "--text", qr_text, "--trust", str(other_trust))
    assert code == 4 and "different organisation trust root" in err  # the pinned verifier refuses it


@pytest.mark.parametrize("bad", [b"", b"{}", b"\x00\x01garbage", b'{"format": "crisisplan.trust"}'])
def test_bad_trust_bundle_is_invalid_input(cli, tmp_path: Path, bad: bytes):  # noqa: F811
    path = tmp_path / "trust.json"
    path.write_bytes(bad)
    code, _, err = cli("verify", "--text", "CP1:ABC", "--trust", str(path), "--root", "ab" * 32)
    assert code == 4 and "Traceback" not in err


def test_protocol_import_refuses_a_broken_file_and_accepts_a_good_one(cli, tmp_path: Path):  # noqa: F811
    import json

    from crisisplan.sharing.protocol import bundled_protocol, dump_protocol

    good = json.loads(dump_protocol(bundled_protocol("barnet")))
    good["id"] = "barnet-local"
    broken = dict(good, recipients={k: v for k, v in good["recipients"].items() if k != "ambulance"})
    broken_path, good_path = tmp_path / "broken.json", tmp_path / "good.json"
    broken_path.write_text(json.dumps(broken))
    good_path.write_text(json.dumps(good))
    code, _, err = cli("protocol", "import", str(broken_path))
    assert code == 4 and "ambulance" in err and "nothing was changed" in err
    assert "barnet-local" not in cli("protocol", "list")[1]
    code, out, _ = cli("protocol", "import", str(good_path), "--activate")
    assert code == 0
    listed = cli("protocol", "list")[1]
    assert "* barnet-local" in listed
    code, out, _ = cli("protocol", "show")
    assert code == 0 and "Barnet" in out and "May not be used for" in out
