"""The command line over roles-follow-keys (docs/security.md): refused grants exit 7 and change
nothing; `passwd --rotate`, user removal and `verify-audit` report progress; an older database put
back is said plainly on stderr at the next command."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crisisplan.cli.io import ExitCode
from tests.cli.test_cli import cli  # noqa: F401  (fixture)
from tests.conftest import ADMIN_PASSPHRASE


def test_reception_cannot_grant_clinical_roles(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    monkeypatch.setenv("CRISISPLAN_NEW_PASSPHRASE", "reception passphrase 1")
    assert cli("user", "add", "rita", "--role", "admin")[0] == ExitCode.OK
    monkeypatch.setenv("CRISISPLAN_USER", "rita")
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", "reception passphrase 1")
    code, _out, err = cli("user", "roles", "rita", "--role", "admin", "--role", "clinician")
    assert code == ExitCode.PERMISSION and "clinical access" in err
    code, _out, err = cli("user", "add", "eve", "--role", "gp")
    assert code == ExitCode.PERMISSION
    code, out, _err = cli("user", "list", "--json")
    assert code == ExitCode.OK and '"clinician"' not in out.split("rita")[1].split("\n")[0]
    assert "eve" not in out


def test_passwd_rotate_and_remove_report_progress(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    monkeypatch.setenv("CRISISPLAN_NEW_PASSPHRASE", "bob's first passphrase")
    assert cli("user", "add", "bob", "--role", "readonly")[0] == ExitCode.OK
    monkeypatch.setenv("CRISISPLAN_NEW_PASSPHRASE", "alice's second passphrase")
    code, out, err = cli("user", "passwd", "--rotate")
    assert code == ExitCode.OK and "keys were changed" in out and "Re-encrypting the database" in err
    assert "Re-sealing clinical records" in err  # alice's clinical key too, not only the database key
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", "alice's second passphrase")
    code, out, err = cli("user", "remove", "bob")
    assert code == ExitCode.OK and "Re-encrypting the database" in err and "Re-sealing clinical records" in err
    code, out, err = cli("verify-audit", "--full")
    assert code == ExitCode.OK and "intact" in out and "checked" in err


def test_older_database_is_reported_on_stderr(cli, data_dir: Path, tmp_path: Path,  # noqa: F811
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy2(data_dir / "crisisplan.db", tmp_path / "old.db")
    monkeypatch.setenv("CRISISPLAN_NEW_PASSPHRASE", "bob's first passphrase")
    assert cli("user", "add", "bob", "--role", "readonly")[0] == ExitCode.OK
    shutil.copy2(tmp_path / "old.db", data_dir / "crisisplan.db")
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", ADMIN_PASSPHRASE)
    code, _out, err = cli("list")
    assert code == ExitCode.OK
    assert "WARNING: The database is older than its key file" in err
    code, out, _err = cli("verify-audit")
    assert code == ExitCode.INTEGRITY and "shorter than the key file" in out
