"""The frozen app, as a practice PC gets it: built by installer/build.sh (PyInstaller from the
hash-checked lock file, in a cached build environment), then run from dist/crisisplan/.

The build takes about 35 s here once the build environment exists (about a minute the first time,
which downloads the locked wheels); pytest's --durations shows the fixture's time."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from crisisplan.services.selftest import CHECKS, CLEAN_UP

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
STEPS = [c.name for c in CHECKS] + ["Qt (offscreen)", "Qt desktop platform (xcb)", CLEAN_UP]
BUILD_TIMEOUT = 1800


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("frozen")
    build = subprocess.run(
        ["bash", str(ROOT / "installer" / "build.sh"), "--dist", str(out / "dist"), "--work", str(out / "work"),
         "--no-self-test"],
        capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False, cwd=ROOT,
    )
    assert build.returncode == 0, (build.stdout + build.stderr)[-6000:]
    yield out / "dist" / "crisisplan"
    shutil.rmtree(out, ignore_errors=True)  # about 250 MB: do not keep one per run


def clean_env(tmp_path: Path) -> dict[str, str]:
    """A practice PC's user: its own home, temp and data folders, no screen."""
    for name in ("home", "temp", "runtime"):
        (tmp_path / name).mkdir(exist_ok=True)
    (tmp_path / "runtime").chmod(0o700)
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path / "home"),
        "TMPDIR": str(tmp_path / "temp"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
        "CRISISPLAN_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }


def run(program: Path, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], capture_output=True, text=True, env=env, cwd=cwd,
                          timeout=300, check=False)


def step_lines(stdout: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in stdout.splitlines():
        if line.startswith("[") and "] " in line:
            found[line.split("] ", 1)[1].split(":", 1)[0]] = line
    return found


def test_frozen_self_test_passes_and_leaves_nothing_behind(frozen_app: Path, tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    result = run(frozen_app / "crisisplan", "--self-test", env=env, cwd=tmp_path)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    steps = step_lines(result.stdout)
    assert lines[0] == "crisisplan 0.1.0 self-test"
    assert list(steps) == STEPS
    assert all(line.startswith("[ ok ] ") for line in steps.values()), result.stdout
    assert "SQLCipher: 4.19.0 (the pinned version), FTS5 compiled in" in steps["SQLCipher"]
    assert "barnet, london-kingston, oxfordshire" in steps["Bundled protocols"]
    assert "signature valid, card current" in steps["Verify card"]
    assert "native plugin libqxcb.so" in steps["Qt (offscreen)"]
    assert "xcb plugin libqxcb.so" in steps["Qt desktop platform (xcb)"]
    assert lines[-1] == f"Self-test passed: all {len(STEPS)} checks."
    assert list((tmp_path / "temp").iterdir()) == []
    assert not (tmp_path / "data").exists()


def test_folder_holds_what_the_app_needs(frozen_app: Path) -> None:
    internal = frozen_app / "_internal"
    assert sorted(p.name for p in (internal / "resources" / "protocols").glob("*.json")) == [
        "barnet.json", "london-kingston.json", "oxfordshire.json"]
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "resources" / "fonts" / "DejaVuSans-Bold.ttf").is_file()
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so", "imageformats/libqjpeg.so",
                   "printsupport/libcupsprintersupport.so"):
        assert (plugins / plugin).is_file(), plugin
    assert list((internal / "sqlcipher3").glob("_sqlite3*.so"))
    assert (internal / "pypdfium2_raw" / "libpdfium.so").is_file()
    assert list((internal / "zxingcpp").glob("zxingcpp*.so"))
    assert (internal / "reportlab" / "fonts" / "Vera.ttf").is_file()
    for name in ("crisisplan.desktop", "crisisplan.svg", "install.sh"):
        assert (frozen_app / name).is_file(), name
    bundled = {p.name for p in internal.iterdir()}
    assert not bundled & {"pytest", "hypothesis", "mypy", "tests"}


def test_command_line_subcommands_work_frozen(frozen_app: Path, tmp_path: Path) -> None:
    """The CLI imports its subcommand modules by name: they must be in the bundle too."""
    env = clean_env(tmp_path)
    version = run(frozen_app / "crisisplan", "--version", env=env, cwd=tmp_path)
    assert (version.returncode, version.stdout.strip()) == (0, "crisisplan 0.1.0")
    listed = run(frozen_app / "crisisplan", "--demo", "--data-dir", str(tmp_path / "demo"), "list", "--limit", "3",
                 "--json", env=env, cwd=tmp_path)
    assert listed.returncode == 0, listed.stdout + listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == 3


def test_a_damaged_installation_fails_its_self_test(frozen_app: Path, tmp_path: Path) -> None:
    fonts = frozen_app / "_internal" / "resources" / "fonts"
    hidden = fonts.with_name("fonts-hidden-by-test")
    fonts.rename(hidden)
    try:
        result = run(frozen_app / "crisisplan", "--self-test", env=clean_env(tmp_path), cwd=tmp_path)
    finally:
        hidden.rename(fonts)
    steps = step_lines(result.stdout)
    assert result.returncode == 8, result.stdout + result.stderr
    assert steps["Bundled fonts"].startswith("[FAIL] Bundled fonts: missing from")
    assert result.stdout.splitlines()[-1].startswith("Self-test FAILED: 1 of")


def test_per_user_install_and_uninstall_keep_the_store(frozen_app: Path, tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    home = Path(env["HOME"])
    store = home / ".local" / "share" / "crisisplan"
    store.mkdir(parents=True)
    (store / "crisisplan.db").write_bytes(b"stands in for the encrypted store")
    installed = run(frozen_app / "install.sh", env=env, cwd=tmp_path)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    command = home / ".local" / "bin" / "crisisplan"
    version = run(command, "--version", env=env, cwd=tmp_path)
    assert version.stdout.strip() == "crisisplan 0.1.0"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(home / ".local" / "share" / "applications" / "crisisplan.desktop")
    program = home / ".local" / "lib" / "crisisplan" / "crisisplan"
    assert entry["Desktop Entry"]["Exec"] == f'"{program}"'
    assert entry["Desktop Action demo"]["Exec"] == f'"{program}" --demo'
    assert (home / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "crisisplan.svg").is_file()

    removed = run(home / ".local" / "lib" / "crisisplan" / "install.sh", "--uninstall", env=env, cwd=tmp_path)
    assert removed.returncode == 0
    assert "have NOT been removed" in removed.stdout
    assert not program.exists() and not command.is_symlink()
    assert not (home / ".local" / "share" / "applications" / "crisisplan.desktop").exists()
    assert (store / "crisisplan.db").read_bytes() == b"stands in for the encrypted store"


def test_installation_guide_procedures_work_frozen(frozen_app: Path, tmp_path: Path) -> None:
    """docs/installing.md, step by step, with the shipped program and the real calibrated key
    derivation: set up, back up, recover a lost passphrase, restore onto another PC."""
    env = clean_env(tmp_path) | {"CRISISPLAN_USER": "alice", "CRISISPLAN_PASSPHRASE": "alice's first passphrase"}
    exe = frozen_app / "crisisplan"

    def cli(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return run(exe, *args, env=env | extra, cwd=tmp_path)

    set_up = cli("init", "--organisation", "Example Practice (fictional)")
    assert set_up.returncode == 0, set_up.stdout + set_up.stderr
    recovery_key = set_up.stdout.split("RECOVERY KEY", 1)[1].strip().splitlines()[2].strip()
    assert cli("demo", "--count", "3").returncode == 0
    backup = tmp_path / "usb-stick" / "practice.cpbak"
    backup.parent.mkdir()
    saved = cli("backup", str(backup))
    assert saved.returncode == 0 and "verified" in saved.stdout, saved.stdout + saved.stderr

    reset = cli("user", "passwd", "alice", "--recovery-key", CRISISPLAN_RECOVERY_KEY=recovery_key,
                CRISISPLAN_NEW_PASSPHRASE="alice's passphrase after recovery")
    assert reset.returncode == 0, reset.stdout + reset.stderr
    assert cli("list", "--json").returncode == 3  # the lost passphrase no longer opens the store
    listed = cli("list", "--json", CRISISPLAN_PASSPHRASE="alice's passphrase after recovery")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 3

    other_pc = tmp_path / "another-pc"
    restored = cli("restore", str(backup), CRISISPLAN_DATA_DIR=str(other_pc))
    assert restored.returncode == 0, restored.stdout + restored.stderr
    there = cli("list", "--json", CRISISPLAN_DATA_DIR=str(other_pc))  # passphrase valid in the backup
    assert there.returncode == 0 and len(there.stdout.splitlines()) == 3
    audit = cli("verify-audit", CRISISPLAN_DATA_DIR=str(other_pc))
    assert audit.returncode == 0, audit.stdout + audit.stderr
