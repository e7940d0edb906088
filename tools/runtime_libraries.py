"""Which Debian packages the desktop app needs at run time, derived from what it actually loads.

The ELF files are the PySide6 modules the app imports, the Qt plugins it loads on X11 (the xcb
platform and its GL integrations, image formats, icon engines, input contexts, print support) and
every compiled extension of the other dependencies. `ldd` resolves their shared libraries; `dpkg -S`
names the package of each one found outside the virtual environment. Sonames `ldd` cannot find are
reported as missing. `tests/installer/test_system_packages.py` compares the result with
`tools/debian-packages.txt`, the list `tools/system-packages.sh` installs.

Run it to see the derivation:  .venv/bin/python tools/runtime_libraries.py
"""

from __future__ import annotations

import re
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_LIST = ROOT / "tools" / "debian-packages.txt"
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg", "QtDBus")
"""PySide6 modules the app imports (QtSvg and QtDBus are loaded by the icon engine and the xcb plugin)."""
QT_PLUGIN_FOLDERS = ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "xcbglintegrations",
                     "imageformats", "iconengines", "platforminputcontexts", "printsupport")
IGNORED_PLUGINS = {"libqpdf.so", "libqtvirtualkeyboardplugin.so"}
"""Plugins of PySide6-Addons modules that are not installed (Qt PDF, virtual keyboard): Qt skips them."""
_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|(\S+))")


@dataclass
class Derivation:
    elf_files: list[Path] = field(default_factory=list)
    libraries: dict[str, Path] = field(default_factory=dict)   # soname -> resolved system path
    missing: dict[str, set[str]] = field(default_factory=dict)  # soname -> ELF files needing it
    packages: dict[str, set[str]] = field(default_factory=dict)  # package -> sonames
    unowned: set[str] = field(default_factory=set)               # system paths no package owns


def site_packages() -> Path:
    return Path(sysconfig.get_paths()["purelib"])


def elf_files(site: Path | None = None) -> list[Path]:
    site = site or site_packages()
    qt = site / "PySide6" / "Qt"
    files: list[Path] = []
    for module in QT_MODULES:
        files.extend(sorted((site / "PySide6").glob(f"{module}.*.so")))
        files.extend(sorted((qt / "lib").glob(f"libQt6{module.removeprefix('Qt')}.so.6")))
    files.extend(sorted((qt / "lib").glob("libQt6XcbQpa.so.6")))
    for entry in QT_PLUGIN_FOLDERS:
        path = qt / "plugins" / entry
        found = [path] if path.suffix == ".so" else sorted(path.glob("*.so"))
        files.extend(f for f in found if f.name not in IGNORED_PLUGINS)
    for so in sorted(site.rglob("*.so*")):
        relative = so.relative_to(site).parts
        if relative[0] in {"PySide6", "shiboken6"} or not so.is_file():
            continue
        files.append(so)
    files.extend(sorted((site / "shiboken6").glob("*.so*")))
    return [f for f in files if f.is_file()]


def _owner(path: Path) -> str | None:
    candidates = {str(path), str(path.resolve())}
    for text in list(candidates):  # merged /usr: dpkg knows some files under /lib, others under /usr/lib
        if text.startswith("/usr/lib/"):
            candidates.add(text.removeprefix("/usr"))
        elif text.startswith("/lib/"):
            candidates.add("/usr" + text)
    for candidate in sorted(candidates):
        found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if found.returncode == 0:
            return found.stdout.split(":", 1)[0].strip()
    return None


def derive(files: list[Path] | None = None) -> Derivation:
    result = Derivation(elf_files=files if files is not None else elf_files())
    site = str(site_packages().resolve())
    for elf in result.elf_files:
        out = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, check=False)
        for line in out.stdout.splitlines():
            match = _LDD_LINE.match(line)
            if not match:
                continue
            soname, resolved = match.group(1), match.group(3)
            if resolved is None:
                result.missing.setdefault(soname, set()).add(elf.name)
            elif not str(Path(resolved).resolve()).startswith(site):
                result.libraries[soname] = Path(resolved)
    add_packages(result, result.libraries.values())
    return result


def add_packages(result: Derivation, paths: object) -> None:
    for path in paths:  # type: ignore[attr-defined]
        owner = _owner(Path(path))
        if owner is None:
            result.unowned.add(str(path))
        else:
            result.packages.setdefault(owner.split(":")[0], set()).add(Path(path).name)


def listed_packages(path: Path = PACKAGE_LIST) -> set[str]:
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line)
    return names


def main() -> int:
    result = derive()
    listed = listed_packages()
    print(f"{len(result.elf_files)} ELF files, {len(result.libraries)} system libraries, "
          f"{len(result.packages)} packages")
    for package in sorted(result.packages):
        mark = " " if package in listed else "+"
        print(f"{mark} {package:28} {', '.join(sorted(result.packages[package]))}")
    for soname, needers in sorted(result.missing.items()):
        print(f"MISSING {soname} (needed by {', '.join(sorted(needers)[:3])})")
    for path in sorted(result.unowned):
        print(f"no package owns {path}")
    return 1 if result.missing or set(result.packages) - listed else 0


if __name__ == "__main__":
    sys.exit(main())
