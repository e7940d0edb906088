"""The Debian package list (tools/debian-packages.txt) covers every library the desktop app links to.

Re-derived here with `ldd` over the Qt modules, the xcb platform plugin and its integrations, and every
compiled dependency (tools/runtime_libraries.py). A fresh minimal Debian 12 gets exactly this list from
tools/system-packages.sh, so a library missing from it is an app that does not start on a new PC."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import pytest  # noqa: E402
import runtime_libraries  # noqa: E402


@pytest.fixture(scope="module")
def derived() -> runtime_libraries.Derivation:
    return runtime_libraries.derive()


def test_every_library_resolves_and_its_package_is_listed(derived: runtime_libraries.Derivation) -> None:
    result = derived
    names = {f.name for f in result.elf_files}
    assert {"libqxcb.so", "libQt6XcbQpa.so.6", "libqxcb-glx-integration.so", "libcupsprintersupport.so"} <= names
    assert any(n.startswith("QtWidgets.") for n in names)
    assert any("sqlcipher3" in str(f) for f in result.elf_files)
    assert not result.missing, (
        "libraries the app links to are not installed (add their Debian packages to tools/debian-packages.txt): "
        + ", ".join(sorted(result.missing)))
    listed = runtime_libraries.listed_packages()
    unlisted = sorted(set(result.packages) - listed)
    assert not unlisted, f"packages the app's libraries come from, missing in tools/debian-packages.txt: {unlisted}"
    assert not result.unowned, f"system libraries no Debian package owns: {sorted(result.unowned)}"


def test_the_xcb_plugin_needs_what_the_issue_found_missing(derived: runtime_libraries.Derivation) -> None:
    """The libraries a minimal Debian 12 lacked for Qt's xcb plugin are derived, not guessed."""
    result = derived
    for package in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0", "libglib2.0-0", "libxkbcommon-x11-0"):
        assert package in result.packages, package
        assert package in runtime_libraries.listed_packages()


def test_derivation_reports_a_library_that_is_not_installed(tmp_path: Path) -> None:
    """A soname ldd cannot find is reported as missing, never skipped (ldd over a fake ELF's output)."""
    fake = tmp_path / "fake-ldd"
    fake.write_text("#!/bin/sh\necho '\tlibxcb-icccm.so.4 => not found'\n"
                    "echo '\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x1)'\n")
    fake.chmod(0o755)
    real_run = subprocess.run

    def run(cmd, *a, **k):  # type: ignore[no-untyped-def]
        if cmd and cmd[0] == "ldd":
            cmd = [str(fake), *cmd[1:]]
        return real_run(cmd, *a, **k)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(runtime_libraries.subprocess, "run", run)
        result = runtime_libraries.derive([Path(sys.executable)])
    assert result.missing == {"libxcb-icccm.so.4": {Path(sys.executable).name}}
    assert "libc6" in result.packages


def test_system_packages_script_reads_the_list_and_the_extras(tmp_path: Path) -> None:
    """Sourced as a non-root user with dpkg answering 'not installed', it names every listed package."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "dpkg").write_text("#!/bin/sh\nexit 1\n")
    (bin_dir / "id").write_text("#!/bin/sh\necho 1000\n")
    (bin_dir / "apt-get").write_text("#!/bin/sh\necho apt-get must not run >&2; exit 3\n")
    for f in bin_dir.iterdir():
        f.chmod(0o755)
    script = f'CRISISPLAN_EXTRA_DEBS="xvfb xdotool" . "{ROOT}/tools/system-packages.sh"'
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False,
                         env={"PATH": f"{bin_dir}:/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    said = out.stderr
    assert "Missing system packages:" in said and "apt-get must not run" not in said
    for package in [*sorted(runtime_libraries.listed_packages()), "xvfb", "xdotool"]:
        assert f" {package}" in said, package
