"""`crisisplan labels`: the IG lead records and withdraws a translator's check; others may only list."""

from __future__ import annotations

from crisisplan.cli.io import ExitCode
from tests.cli.test_cli import cli  # noqa: F401  # the fixture


def test_ig_lead_records_lists_and_withdraws_a_check(cli, monkeypatch):  # noqa: F811
    code, out, _ = cli("labels", "list")
    assert code == ExitCode.OK and "ur  Urdu: translation not yet checked" in out and len(out.splitlines()) == 11
    code, _, _ = cli("labels", "review", "ur", "--translator", "A. Translator", "--date", "2026-11-30")
    assert code == ExitCode.PERMISSION  # alice is admin and clinician, not the IG lead
    monkeypatch.setenv("CRISISPLAN_NEW_PASSPHRASE", "ian has a long passphrase")
    assert cli("user", "add", "ian", "--role", "ig_lead")[0] == ExitCode.OK
    monkeypatch.setenv("CRISISPLAN_USER", "ian")
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", "ian has a long passphrase")
    assert cli("labels", "review", "ur", "--translator", "A. Translator", "--date", "30/11/2026")[0] == ExitCode.USAGE
    code, out, _ = cli("labels", "review", "ur", "--translator", "A. Translator", "--date", "2026-11-30")
    assert code == ExitCode.OK and "checked by A. Translator on 2026-11-30" in out
    assert "ur  Urdu: checked by A. Translator on 2026-11-30 (recorded by ian)" in cli("labels", "list")[1]
    assert cli("labels", "review", "xx", "--translator", "A. Translator", "--date", "2026-11-30")[0] == \
        ExitCode.INVALID_INPUT
    assert cli("labels", "withdraw", "ur")[0] == ExitCode.OK
    assert "ur  Urdu: translation not yet checked" in cli("labels", "list")[1]
