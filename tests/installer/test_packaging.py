"""The packaging files say what the installer promises: a hash-checked lock that matches
pyproject.toml, a per-user Windows install without admin rights that leaves the store in place,
a Linux desktop entry, and an icon the Windows build can draw."""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements" / "build.txt"
ISS = ROOT / "installer" / "crisisplan.iss"


def locked() -> dict[str, tuple[str, str, int]]:
    """{package: (version, marker, number of hashes)} from requirements/build.txt."""
    pins: dict[str, tuple[str, str, int]] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", LOCK.read_text()):
        head = block.split("\\", 1)[0].strip()
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)==([^\s;]+)\s*(?:;\s*(.+))?", head)
        if match:
            name, version, marker = match.groups()
            pins[canonicalize_name(name)] = (version, marker or "", block.count("--hash=sha256:"))
    return pins


def test_lock_pins_every_dependency_of_pyproject_within_its_range() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = locked()
    for line in project["dependencies"]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is in pyproject.toml but not in requirements/build.txt: run requirements/lock.sh"
        assert requirement.specifier.contains(pins[name][0], prereleases=True), (
            f"{name} {pins[name][0]} is outside {requirement.specifier}: run requirements/lock.sh")


def test_every_locked_package_is_pinned_with_hashes() -> None:
    pins = locked()
    lines = [ln for ln in LOCK.read_text().splitlines() if ln and not ln[0].isspace() and not ln.startswith("#")]
    assert len(pins) == len(lines) > 10
    assert all(count >= 1 for _version, _marker, count in pins.values())
    build_in = (ROOT / "requirements" / "build.in").read_text()
    wanted = re.search(r"^pyinstaller==(\S+)$", build_in, re.MULTILINE)
    assert wanted and pins["pyinstaller"][0] == wanted.group(1)


def test_lock_covers_windows_too() -> None:
    """PyInstaller needs pefile and pywin32-ctypes on Windows: the lock is universal, not Linux-only."""
    pins = locked()
    windows = {str(k): str(v) for k, v in default_environment().items()}
    windows.update(sys_platform="win32", platform_system="Windows")
    from packaging.markers import Marker

    for name in ("pefile", "pywin32-ctypes"):
        assert name in pins
        assert Marker(pins[name][1]).evaluate(windows)


def test_builds_install_only_hash_checked_wheels() -> None:
    sh = (ROOT / "installer" / "build.sh").read_text()
    ps1 = (ROOT / "installer" / "build.ps1").read_text()
    for script in (sh, ps1):
        assert "--require-hashes" in script and "--only-binary=:all:" in script and "--no-deps" in script
        assert "crisisplan.spec" in script


def test_windows_installer_is_per_user_and_keeps_the_store() -> None:
    text = ISS.read_text()
    setup = dict(re.findall(r"^(\w+)=(.*)$", text.split("[Setup]", 1)[1].split("\n[", 1)[0], re.MULTILINE))
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no offer to elevate
    assert setup["DefaultDirName"].startswith("{userpf}\\")
    assert "{autoprograms}\\" in text  # Start-menu entry
    assert "[UninstallDelete]" not in text  # nothing beyond the installed files is removed
    assert "{localappdata}\\" in text and "have NOT been removed" in text
    # Never downloads anything: no download page or function, no add-on downloader, no address.
    assert not re.search(r"DownloadTemporaryFile|CreateDownloadPage|idp\.iss|https?://", text, re.IGNORECASE)
    assert "--self-test" in text
    upgrade = r"^\[InstallDelete\]\n(?:;.*\n)*Type: filesandordirs; Name: \"\{app\}\\_internal\""
    assert re.search(upgrade, text, re.MULTILINE)  # an upgrade replaces the whole program folder


def test_linux_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "installer" / "crisisplan.desktop")
    main = entry["Desktop Entry"]
    assert (main["Type"], main["Name"], main["Exec"], main["Icon"], main["Terminal"]) == (
        "Application", "crisisplan", "crisisplan", "crisisplan", "false")
    assert main["Categories"].endswith(";")
    assert (ROOT / "resources" / "icons" / f"{main['Icon']}.svg").is_file()


@pytest.mark.parametrize("needed", ["resources/protocols", "resources/fonts", "resources/labels",
                                    "installer/launcher.py"])
def test_spec_bundles_what_exists(needed: str) -> None:
    assert (ROOT / needed).exists()
    spec = (ROOT / "installer" / "crisisplan.spec").read_text()
    assert needed.split("/", 1)[1] in spec


def test_windows_icon_is_drawn_from_the_svg(tmp_path: Path) -> None:
    out = tmp_path / "crisisplan.ico"
    result = subprocess.run([sys.executable, str(ROOT / "installer" / "make_icon.py"), str(out)],
                            capture_output=True, text=True, timeout=120, check=False,
                            env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stdout + result.stderr
    from PIL import Image

    with Image.open(out) as icon:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(icon.info["sizes"])
        largest = icon.ico.getimage((256, 256)).convert("RGBA")  # type: ignore[attr-defined]
    assert largest.getpixel((0, 0)) == (0, 0, 0, 0)  # transparent outside the rounded square
    assert largest.getpixel((128, 20)) == (0x1D, 0x35, 0x57, 255)  # the card's dark blue
