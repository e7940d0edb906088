"""The trust-chain commands end to end: key retire and revoke with bulk re-issue, partner add and
list (IG lead only), and a verifying-only installation pinned with `trust pin`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from crisisplan.export.qr import read_qr_texts
from crisisplan.services import admin, protocols, trust
from crisisplan.services.session import create_store
from tests.conftest import TEST_KDF_ITERATIONS
from tests.security.conftest import consented_plan, issue


def test_key_revoke_and_reissue_on_the_command_line(run_cli, session, plan_id, tmp_path: Path) -> None:
    police = issue(session, plan_id, "police", tmp_path / "cards")
    old_kid = protocols.signing_key(session)[0].hex()
    session.close()
    code, out, err = run_cli("key", "revoke", old_kid, "--reason", "The practice PC was stolen",
                             "--reissue-to", str(tmp_path / "new"))
    assert code == 0, err
    assert "REVOKED" in out and "Re-issued 1 card(s)" in out
    code, out, _ = run_cli("trust", "export", str(tmp_path / "b"))
    root = out.split("fingerprint: ")[1].strip()
    bundle = str(tmp_path / "b" / "trust-bundle.json")
    code, out, _ = run_cli("verify", "--text", police.qr_text, "--trust", bundle, "--root", root)
    assert code == 11 and "revoked" in out
    new_png = next((tmp_path / "new").glob("qr-police-*.png"))
    code, out, _ = run_cli("verify", "--text", read_qr_texts(new_png)[0], "--trust", bundle, "--root", root)
    assert code == 0
    code, out, err = run_cli("key", "retire", "0011223344556677", "--reason", "No such key")
    assert code == 6, err


def test_partner_commands_need_the_ig_lead(run_cli, session, tmp_path: Path, monkeypatch) -> None:
    admin.add_user(session, "iggy", "Iggy", ["ig_lead"], "iggy's long passphrase")
    session.close()
    partner, _ = create_store(tmp_path / "p", "pat", "Pat", "partner long passphrase", roles=("admin", "clinician"),
                              kdf_iterations=TEST_KDF_ITERATIONS, demo=True)
    with partner:
        issue(partner, consented_plan(partner), "emergency_department", tmp_path / "pc")
        exported = trust.export_trust(partner, tmp_path / "pb")
    args = ("partner", "add", "--name", "Partner Trust", "--root", exported.fingerprint,
            "--bundle", str(exported.bundle_path))
    assert run_cli(*args)[0] == 7  # alice is admin + clinician: permission denied
    monkeypatch.setenv("CRISISPLAN_USER", "iggy")
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", "iggy's long passphrase")
    code, out, err = run_cli(*args)
    assert code == 0 and "1 active key(s)" in out, err
    code, out, _ = run_cli("partner", "list")
    assert code == 0 and "Partner Trust: root" in out and "active" in out


def test_a_verifying_only_installation(run_cli, session, plan_id, tmp_path: Path, monkeypatch) -> None:
    ed = issue(session, plan_id, "emergency_department", tmp_path / "cards")
    session.close()
    code, out, _ = run_cli("trust", "export", str(tmp_path / "b"))
    root = out.split("fingerprint: ")[1].strip()
    # another PC: no store, no sign-in; pinned once, then the bundle is held
    monkeypatch.setenv("CRISISPLAN_DATA_DIR", str(tmp_path / "ed-pc"))
    monkeypatch.delenv("CRISISPLAN_PASSPHRASE")
    assert run_cli("trust", "pin", root)[0] == 0
    code, out, _ = run_cli("verify", "--text", ed.qr_text, "--trust", str(tmp_path / "b" / "trust-bundle.json"),
                           "--viewer", "emergency_department")
    assert code == 0, out
    code, out, _ = run_cli("verify", "--text", ed.qr_text, "--today", date.today().isoformat())
    assert code == 0  # the held bundle and the remembered viewer are used
    assert run_cli("trust", "pin", "not a fingerprint")[0] == 2
