"""`crisisplan --self-test` in-process: every check passes on a good installation, a broken step
gives a non-zero exit code and names the step, and nothing is left behind or logged."""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

import pytest

from crisisplan.cli import main
from crisisplan.cli import selftest as cli_selftest
from crisisplan.cli.io import ExitCode
from crisisplan.export.verify import CardStatus, Verification
from crisisplan.services import selftest
from crisisplan.services.selftest import CLEAN_UP, Outcome, run_self_test
from crisisplan.services.verify import FileVerification
from crisisplan.store import UnsupportedSqlcipherError

SERVICE_STEPS = [c.name for c in selftest.CHECKS] + [CLEAN_UP]
DESKTOP_STEP = "Qt desktop platform (xcb)"
CLI_STEPS = [c.name for c in selftest.CHECKS] + ["Qt (offscreen)", DESKTOP_STEP, CLEAN_UP]
TEST_KDF_ITERATIONS = 1000


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The self-test's temporary folders go here; data and home folders point at empty places."""
    root = tmp_path / "temp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    monkeypatch.setenv("CRISISPLAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    return root


def run_cli(capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(["--self-test"])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out.splitlines()


def step_lines(lines: list[str]) -> dict[str, str]:
    """{step name: its whole line} for the '[....] Name: detail' lines."""
    found: dict[str, str] = {}
    for line in lines:
        if line.startswith("[") and "] " in line:
            name = line.split("] ", 1)[1].split(":", 1)[0]
            found[name] = line
    return found


def test_every_check_passes_and_nothing_is_left_behind(temp_root: Path, tmp_path: Path) -> None:
    seen: list[str] = []
    report = run_self_test(kdf_iterations=TEST_KDF_ITERATIONS, on_result=lambda r: seen.append(r.name))
    assert [r.name for r in report.results] == SERVICE_STEPS == seen
    assert report.passed, [(r.name, r.detail) for r in report.results if r.outcome is not Outcome.PASSED]
    assert report.failed == ()
    assert list(temp_root.iterdir()) == []
    assert not (tmp_path / "data").exists()
    assert not (tmp_path / "home").exists()


def test_cli_prints_one_ok_line_per_step_and_exits_zero(
        temp_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="crisisplan")
    code, lines = run_cli(capsys)
    steps = step_lines(lines)
    assert code == ExitCode.OK, "\n".join(lines)
    assert lines[0] == "crisisplan 0.1.0 self-test"
    assert list(steps) == CLI_STEPS
    assert all(line.startswith("[ ok ] ") for line in steps.values())
    assert "4.19.0" in steps["SQLCipher"]
    assert "barnet, london-kingston, oxfordshire" in steps["Bundled protocols"]
    assert "256,000 iterations" in steps["Create encrypted store"]
    assert "QApplication on offscreen" in steps["Qt (offscreen)"]
    assert lines[-1] == f"Self-test passed: all {len(CLI_STEPS)} checks."
    assert caplog.records == []
    assert list(temp_root.iterdir()) == []
    assert not (tmp_path / "data").exists()


def test_a_failing_verification_fails_the_self_test_and_names_the_step(
        temp_root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def tampered(path: Path, trust: object, today: object = None) -> FileVerification:
        return FileVerification(Verification(CardStatus.TAMPERED, None, "altered", None, None), 1)

    monkeypatch.setattr(selftest, "verify_file", tampered)
    code, lines = run_cli(capsys)
    steps = step_lines(lines)
    assert code != 0
    assert code == ExitCode.INTEGRITY
    assert steps["Verify card"].startswith("[FAIL] Verify card: the card PDF read back as TAMPERED OR DAMAGED")
    assert steps["Detect altered card"].startswith("[ -- ] Detect altered card: not run")
    assert steps["Issue card"].startswith("[ ok ]")
    assert steps["Qt (offscreen)"].startswith("[ ok ]")
    assert steps[CLEAN_UP].startswith("[ ok ]")
    assert lines[-1].startswith(f"Self-test FAILED: 1 of {len(CLI_STEPS)} checks failed (Verify card).")
    assert list(temp_root.iterdir()) == []


def test_a_crashing_step_is_reported_and_later_steps_of_the_chain_do_not_run(
        temp_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(selftest, "create_store", broken)
    report = run_self_test(kdf_iterations=TEST_KDF_ITERATIONS)
    outcomes = {r.name: r for r in report.results}
    assert not report.passed
    assert report.failed == ("Create encrypted store",)
    assert "No space left on device" in outcomes["Create encrypted store"].detail
    chain = [c.name for c in selftest.CHECKS if c.chained][1:]
    assert all(outcomes[name].outcome is Outcome.NOT_RUN for name in chain)
    assert outcomes["Bundled fonts"].outcome is Outcome.PASSED
    assert outcomes[CLEAN_UP].outcome is Outcome.PASSED
    assert list(temp_root.iterdir()) == []


def test_wrong_sqlcipher_fails_its_step_but_the_rest_still_run(
        temp_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def wrong() -> str:
        raise UnsupportedSqlcipherError("crisisplan needs SQLCipher 4.19.0 but found 4.5.0.")

    monkeypatch.setattr(selftest, "check_sqlcipher", wrong)
    report = run_self_test(kdf_iterations=TEST_KDF_ITERATIONS)
    assert report.failed == ("SQLCipher",)
    assert "found 4.5.0" in report.results[0].detail
    assert sum(r.outcome is Outcome.PASSED for r in report.results) == len(SERVICE_STEPS) - 1


def test_missing_fonts_are_a_failure_not_a_silent_fallback(
        temp_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "resources"
    (empty / "fonts").mkdir(parents=True)
    monkeypatch.setattr(selftest, "resources_dir", lambda: empty)
    report = run_self_test(kdf_iterations=TEST_KDF_ITERATIONS)
    assert "Bundled fonts" in report.failed
    detail = next(r.detail for r in report.results if r.name == "Bundled fonts")
    assert "DejaVuSans.ttf" in detail


def test_a_missing_script_font_is_a_failure(temp_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14: without its font, Urdu on a card would print as markers."""
    import shutil

    from crisisplan.paths import resources_dir

    copy = tmp_path / "resources"
    shutil.copytree(resources_dir() / "fonts", copy / "fonts")
    (copy / "fonts" / "NotoNaskhArabic-Bold.ttf").unlink()
    monkeypatch.setattr(selftest, "resources_dir", lambda: copy)
    report = run_self_test(kdf_iterations=TEST_KDF_ITERATIONS)
    assert "Bundled fonts" in report.failed
    assert "NotoNaskhArabic-Bold.ttf" in next(r.detail for r in report.results if r.name == "Bundled fonts")


def test_an_altered_card_that_verifies_is_caught(temp_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crisisplan.services.verify import verify_text as real


    def accepts_everything(text: str, trust: object, today: object = None) -> Verification:
        result = real(text, trust, today)  # type: ignore[arg-type]
        return Verification(CardStatus.VALID, result.payload, "", None, None)

    monkeypatch.setattr(selftest, "verify_text", accepts_everything)
    report = run_self_test(kdf_iterations=TEST_KDF_ITERATIONS)
    assert report.failed == ("Detect altered card",)


def test_qt_that_cannot_start_fails_the_qt_step(
        temp_root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    script = "import sys; print('qt.qpa.plugin: Could not find the Qt platform plugin', file=sys.stderr); sys.exit(134)"
    monkeypatch.setattr(cli_selftest, "qt_child_command", lambda *flag: [sys.executable, "-c", script])
    code, lines = run_cli(capsys)
    steps = step_lines(lines)
    assert code == ExitCode.INTEGRITY
    assert steps["Qt (offscreen)"].startswith("[FAIL] Qt (offscreen): Qt could not start offscreen (exit code 134)")
    assert "Could not find the Qt platform plugin" in steps["Qt (offscreen)"]
    assert steps[DESKTOP_STEP].startswith(f"[FAIL] {DESKTOP_STEP}: Qt could not start on xcb (exit code 134)")
    assert lines[-1].startswith("Self-test FAILED: 2 of")


def test_the_qt_child_runs_offscreen_and_checks_plugins(tmp_path: Path) -> None:
    import subprocess

    child = subprocess.run([*cli_selftest.qt_child_command()], capture_output=True, text=True, timeout=120,
                           env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
                           cwd=tmp_path, check=False)
    assert child.returncode == 0, child.stdout + child.stderr
    assert "native plugin libqxcb.so" in child.stdout
    assert "image formats incl. png, jpg" in child.stdout


def test_self_test_is_in_the_help() -> None:
    from crisisplan.cli.parser import build_parser

    text = " ".join(build_parser().format_help().split())
    assert "--self-test check this installation" in text and "exit 0 if every check passed, 8 if any failed" in text
    assert "--self-test-qt" not in text


def test_desktop_platform_is_the_one_the_user_gets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offscreen in the environment (as in the tests) is not what a user's desktop runs on."""
    assert cli_selftest.desktop_platform({"QT_QPA_PLATFORM": "offscreen"}) == "xcb"
    assert cli_selftest.desktop_platform({}) == "xcb"
    assert cli_selftest.desktop_platform({"QT_QPA_PLATFORM": "wayland"}) == "wayland"


def test_native_probe_names_the_missing_system_library(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """What a fresh Debian without libxcb-icccm4 gives: the library is named, with what to do."""
    def missing(path: str, mode: int = 0) -> None:
        raise OSError(f"{path}: libxcb-icccm.so.4: cannot open shared object file: No such file or directory")

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(cli_selftest.ctypes, "CDLL", missing)
    assert cli_selftest.qt_native_probe() == ExitCode.INTEGRITY
    said = capsys.readouterr().out
    assert "the xcb platform plugin cannot load (libxcb-icccm.so.4)" in said
    assert "tools/debian-packages.txt" in said


def test_native_child_loads_the_xcb_plugin_without_a_display(tmp_path: Path) -> None:
    import subprocess

    child = subprocess.run([*cli_selftest.qt_child_command(cli_selftest.QT_NATIVE_CHECK_FLAG)], capture_output=True,
                           text=True, timeout=120, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
                           cwd=tmp_path, check=False)
    assert child.returncode == 0, child.stdout + child.stderr
    assert "xcb plugin libqxcb.so and every library it needs load; no display" in child.stdout
