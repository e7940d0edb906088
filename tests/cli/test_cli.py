"""The command line, driven in-process as an administrator's script would drive it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crisisplan.cli import main
from crisisplan.cli.io import ExitCode
from crisisplan.forms.exchange import load_bundle
from crisisplan.services.demo import generate_plans
from crisisplan.services.session import Session
from tests.conftest import ADMIN_PASSPHRASE, ADMIN_USER


@pytest.fixture
def cli(data_dir: Path, session: Session, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    session.close()  # the CLI opens the store itself, as a separate process would
    monkeypatch.setenv("CRISISPLAN_DATA_DIR", str(data_dir))
    monkeypatch.setenv("CRISISPLAN_USER", ADMIN_USER)
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", ADMIN_PASSPHRASE)

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _list_json(cli) -> list[dict]:
    code, out, _ = cli("list", "--json", "--limit", "1000")
    assert code == ExitCode.OK
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_demo_then_list_json_gives_id_and_name_per_plan(cli):
    code, _, _ = cli("demo", "--count", "7")
    assert code == ExitCode.OK
    rows = _list_json(cli)
    assert len(rows) == 7
    assert all(isinstance(r["id"], int) and r["name"] for r in rows)


def test_list_search_finds_by_name_and_nhs_number(cli):
    cli("demo", "--count", "5")
    rows = _list_json(cli)
    target = rows[2]
    family = target["name"].split(",")[0]
    code, out, _ = cli("list", "--search", family, "--json")
    assert code == ExitCode.OK
    assert target["id"] in [json.loads(line)["id"] for line in out.splitlines()]
    if target["nhs_number"]:
        spaced = f"{target['nhs_number'][:3]} {target['nhs_number'][3:6]} {target['nhs_number'][6:]}"
        code, out, _ = cli("list", "--search", spaced, "--json")
        assert [json.loads(line)["id"] for line in out.splitlines()] == [target["id"]]


def test_show_history_and_export_import_round_trip(cli, tmp_path: Path):
    cli("demo", "--count", "3")
    plan_id = _list_json(cli)[0]["id"]
    code, out, _ = cli("show", str(plan_id))
    assert code == ExitCode.OK and "version 1" in out
    out_file = tmp_path / "export.json"
    code, _, _ = cli("export-json", str(plan_id), "--out", str(out_file))
    assert code == ExitCode.OK
    exported = load_bundle(out_file.read_text())
    assert len(exported) == 1
    code, out, _ = cli("import", str(out_file))
    assert code == ExitCode.OK
    rows = _list_json(cli)
    assert len(rows) == 4
    code, out, _ = cli("history", str(plan_id))
    assert code == ExitCode.OK and "1" in out


def test_import_is_all_or_nothing(cli, tmp_path: Path):
    good = json.loads(generate_plans(1, seed=5).__next__().model_dump_json())
    bad = dict(good)
    bad["person"] = dict(good["person"], nhs_number="9990000019")  # wrong check digit
    bundle = {"format": "crisisplan.export", "format_version": 1, "exported_at": "2026-11-21T10:00:00Z",
              "plans": [good, bad]}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bundle))
    code, _, err = cli("import", str(path))
    assert code == ExitCode.INVALID_INPUT
    assert "9990000019" not in err  # names the field, never echoes the value
    assert "nhs" in err.lower()
    assert _list_json(cli) == []


def test_import_garbage_is_invalid_input_without_traceback(cli, tmp_path: Path):
    path = tmp_path / "junk.json"
    path.write_bytes(b"\x00\xffnot json at all{")
    code, out, err = cli("import", str(path))
    assert code == ExitCode.INVALID_INPUT
    assert "Traceback" not in err + out


def test_wrong_passphrase_has_its_own_exit_code(cli, monkeypatch):
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", "not the passphrase")
    code, _, err = cli("list")
    assert code == ExitCode.CREDENTIALS
    assert "not the passphrase" not in err


def test_missing_store_is_a_storage_failure_and_creates_nothing(cli, monkeypatch, tmp_path: Path):
    empty = tmp_path / "nowhere"
    monkeypatch.setenv("CRISISPLAN_DATA_DIR", str(empty))
    code, _, _ = cli("list")
    assert code == ExitCode.STORAGE
    assert not empty.exists() or not any(empty.iterdir())


def test_unknown_plan_is_not_found(cli):
    code, _, _ = cli("show", "987654")
    assert code == ExitCode.NOT_FOUND


def test_usage_error_exit_code(cli):
    with pytest.raises(SystemExit) as exc:
        main(["show", "not-a-number"])
    assert exc.value.code == ExitCode.USAGE


def test_reception_role_cannot_read_clinical_content(cli, monkeypatch):
    cli("demo", "--count", "2")
    plan_id = _list_json(cli)[0]["id"]
    monkeypatch.setenv("CRISISPLAN_NEW_PASSPHRASE", "reception passphrase 1")
    code, _, _ = cli("user", "add", "rita", "--role", "admin")
    assert code == ExitCode.OK
    monkeypatch.setenv("CRISISPLAN_USER", "rita")
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", "reception passphrase 1")
    code, _, _ = cli("list", "--json")
    assert code == ExitCode.OK
    code, _, _ = cli("show", str(plan_id))
    assert code == ExitCode.PERMISSION
    code, _, _ = cli("export-json", str(plan_id))
    assert code == ExitCode.PERMISSION


def test_users_add_list_passwd_remove(cli, monkeypatch):
    monkeypatch.setenv("CRISISPLAN_NEW_PASSPHRASE", "bob's first passphrase")
    assert cli("user", "add", "bob", "--role", "gp", "--display-name", "Dr Bob")[0] == ExitCode.OK
    code, out, _ = cli("user", "list", "--json")
    names = {json.loads(line)["username"] for line in out.splitlines()}
    assert names == {"alice", "bob"}
    monkeypatch.setenv("CRISISPLAN_NEW_PASSPHRASE", "bob's second passphrase")
    assert cli("user", "passwd", "bob")[0] == ExitCode.OK
    monkeypatch.setenv("CRISISPLAN_USER", "bob")
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", "bob's second passphrase")
    assert cli("list")[0] == ExitCode.OK
    monkeypatch.setenv("CRISISPLAN_USER", "alice")
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", ADMIN_PASSPHRASE)
    assert cli("user", "remove", "bob")[0] == ExitCode.OK
    code, _, _ = cli("user", "add", "bad name!", "--role", "nonsense")
    assert code == ExitCode.INVALID_INPUT


def test_backup_restore_and_verify_audit(cli, tmp_path: Path, data_dir: Path):
    cli("demo", "--count", "4")
    backup = tmp_path / "practice.cpbak"
    code, out, _ = cli("backup", str(backup))
    assert code == ExitCode.OK and backup.exists()
    cli("demo", "--count", "2")
    assert len(_list_json(cli)) == 6
    code, _, _ = cli("restore", str(backup))
    assert code == ExitCode.OK
    assert len(_list_json(cli)) == 4
    code, out, _ = cli("verify-audit")
    assert code == ExitCode.OK and "intact" in out


def test_restore_from_garbage_leaves_store_untouched(cli, tmp_path: Path, data_dir: Path):
    cli("demo", "--count", "2")
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file() and "failures" not in p.name}
    junk = tmp_path / "junk.cpbak"
    junk.write_bytes(os.urandom(4096))
    code, _, err = cli("restore", str(junk))
    assert code in (ExitCode.INTEGRITY, ExitCode.INVALID_INPUT, ExitCode.STORAGE)
    assert "Traceback" not in err
    after = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file() and "failures" not in p.name}
    assert before.keys() <= after.keys()
    assert all(before[name] == after[name] for name in before)


def test_schema_is_json_schema_of_a_plan(cli):
    code, out, _ = cli("schema")
    assert code == ExitCode.OK
    schema = json.loads(out)
    assert schema["type"] == "object" and "person" in schema["properties"]


def test_init_and_console_script_in_a_real_process(tmp_path: Path):
    """`crisisplan init` through the installed console script, with the real calibrated KDF."""
    exe = Path(sys.executable).with_name("crisisplan")
    env = {**os.environ, "CRISISPLAN_DATA_DIR": str(tmp_path / "s"), "CRISISPLAN_USER": "carol",
           "CRISISPLAN_PASSPHRASE": "carol's long passphrase"}
    done = subprocess.run([str(exe), "init"], env=env, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert "RECOVERY KEY" in done.stdout
    shown = done.stdout.split("Organisation trust root fingerprint: ")[1].splitlines()[0]  # made at set-up
    fingerprint = subprocess.run([str(exe), "trust", "fingerprint"], env=env, capture_output=True, text=True,
                                 timeout=120, stdin=subprocess.DEVNULL)
    assert fingerprint.stdout.strip() == shown and len(shown.split()) == 16
    as_hex = subprocess.run([str(exe), "trust", "fingerprint", "--hex"], env=env, capture_output=True, text=True,
                            timeout=120, stdin=subprocess.DEVNULL)
    assert as_hex.stdout.strip() == shown.replace(" ", "").lower()
    again = subprocess.run([str(exe), "init"], env=env, capture_output=True, text=True, timeout=120,
                           stdin=subprocess.DEVNULL)
    assert again.returncode == ExitCode.CONFLICT
    listed = subprocess.run([str(exe), "list", "--json"], env=env, capture_output=True, text=True,
                            timeout=120, stdin=subprocess.DEVNULL)
    assert listed.returncode == 0 and listed.stdout == ""
    no_pass = {k: v for k, v in env.items() if k != "CRISISPLAN_PASSPHRASE"}
    denied = subprocess.run([str(exe), "list"], env=no_pass, capture_output=True, text=True,
                            timeout=60, stdin=subprocess.DEVNULL)
    assert denied.returncode == ExitCode.USAGE


def test_recovery_key_restores_a_backup_and_can_be_replaced(data_dir: Path, tmp_path: Path, monkeypatch, capsys):
    from crisisplan.services.session import create_store

    store_dir = tmp_path / "rk"
    session, recovery = create_store(store_dir, "alice", "Alice", "alice long passphrase", kdf_iterations=1000)
    session.close()
    monkeypatch.setenv("CRISISPLAN_DATA_DIR", str(store_dir))
    monkeypatch.setenv("CRISISPLAN_USER", "alice")
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", "alice long passphrase")
    assert main(["demo", "--count", "3"]) == 0
    backup = tmp_path / "rk.cpbak"
    assert main(["backup", str(backup)]) == 0
    assert main(["demo", "--count", "2"]) == 0
    # Every passphrase lost: the recovery key from set-up restores the backup...
    monkeypatch.setenv("CRISISPLAN_RECOVERY_KEY", recovery.lower().replace("-", " "))
    assert main(["restore", str(backup), "--recovery-key"]) == 0
    monkeypatch.setenv("CRISISPLAN_RECOVERY_KEY", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    assert main(["restore", str(backup), "--recovery-key"]) == ExitCode.CREDENTIALS
    # ... and a new recovery key replaces the old one.
    capsys.readouterr()
    assert main(["recovery-key"]) == 0
    new_key = next(line.strip() for line in capsys.readouterr().out.splitlines() if line.startswith("    "))
    monkeypatch.setenv("CRISISPLAN_RECOVERY_KEY", recovery)
    monkeypatch.setenv("CRISISPLAN_NEW_PASSPHRASE", "alice second passphrase")
    assert main(["user", "passwd", "alice", "--recovery-key"]) == ExitCode.CREDENTIALS
    monkeypatch.setenv("CRISISPLAN_RECOVERY_KEY", new_key)
    assert main(["user", "passwd", "alice", "--recovery-key"]) == 0
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", "alice second passphrase")
    capsys.readouterr()
    assert main(["list", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3
