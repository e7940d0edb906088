"""`crisisplan --self-test`: one line per check, exit 0 only if every check passed.

The Qt checks run in a child process of this same program (`--self-test-qt`, `--self-test-qt-native`):
a missing platform plugin makes Qt abort the whole process, which must not take the self-test's report
with it. PySide6 is imported only in those children, so the rest of the command line stays Qt-free.

Two Qt checks: offscreen (the bundled Qt draws a widget) and the desktop platform the user will
actually get (xcb on Linux unless QT_QPA_PLATFORM names another): its plugin is loaded with every
library it links to, so a missing system package is named even without a display, and when there is
a display a real window is opened on it."""

from __future__ import annotations

import argparse
import ctypes
import os
import re
import subprocess
import sys
from pathlib import Path

from crisisplan import __version__
from crisisplan.cli.io import ExitCode
from crisisplan.services.selftest import Check, Outcome, SelfTestContext, SelfTestFailure, StepResult, run_self_test

QT_CHECK_FLAG = "--self-test-qt"
QT_NATIVE_CHECK_FLAG = "--self-test-qt-native"
QT_TIMEOUT_SECONDS = 120
NATIVE_PLATFORM_PLUGINS = {"win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}
"""The platform plugin the desktop needs on each system (anything else: X11, libqxcb.so)."""
OFFSCREEN_PLUGINS = ("libqoffscreen.so", "qoffscreen.dll", "libqoffscreen.dylib")
HEADLESS_PLATFORMS = ("offscreen", "minimal")
DISPLAY_VARIABLES = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}
LABELS = {Outcome.PASSED: "[ ok ]", Outcome.FAILED: "[FAIL]", Outcome.NOT_RUN: "[ -- ]"}


def qt_child_command(flag: str = QT_CHECK_FLAG) -> list[str]:
    """How to start this program again: the frozen executable itself, or `python -m crisisplan`."""
    if getattr(sys, "frozen", False):
        return [sys.executable, flag]
    return [sys.executable, "-m", "crisisplan", flag]


def desktop_platform(environ: dict[str, str] | None = None) -> str:
    """The Qt platform the desktop app will use: QT_QPA_PLATFORM unless it names a headless one."""
    environ = dict(os.environ) if environ is None else environ
    named = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip()
    if named and named not in HEADLESS_PLATFORMS:
        return named
    return {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")


def _run_child(ctx: SelfTestContext, flag: str, env: dict[str, str], what: str) -> str:
    try:
        child = subprocess.run(qt_child_command(flag), env=env, capture_output=True, text=True,  # noqa: S603
                               timeout=QT_TIMEOUT_SECONDS, check=False, cwd=ctx.workdir)
    except subprocess.TimeoutExpired:
        raise SelfTestFailure(f"the Qt check did not finish within {QT_TIMEOUT_SECONDS} s") from None
    lines = [line for line in child.stdout.splitlines() if line.strip()]
    if child.returncode == 0 and lines:
        return lines[-1]
    said = (lines or [line for line in child.stderr.splitlines() if line.strip()] or ["no output"])[-1]
    raise SelfTestFailure(f"Qt could not start {what} (exit code {child.returncode}): {said[:300]}")


def check_qt(ctx: SelfTestContext) -> str:
    return _run_child(ctx, QT_CHECK_FLAG, dict(os.environ, QT_QPA_PLATFORM="offscreen"), "offscreen")


def check_qt_desktop(ctx: SelfTestContext) -> str:
    platform = desktop_platform()
    return _run_child(ctx, QT_NATIVE_CHECK_FLAG, dict(os.environ, QT_QPA_PLATFORM=platform), f"on {platform}")


def _plugin_files(folder_name: str) -> set[str]:
    from PySide6.QtCore import QCoreApplication

    names: set[str] = set()
    for library_path in QCoreApplication.libraryPaths():
        folder = Path(library_path) / folder_name
        if folder.is_dir():
            names.update(p.name for p in folder.iterdir())
    return names


def qt_probe() -> int:
    """The child: create a QApplication offscreen, draw a widget, and check the bundled plugins."""
    from PySide6.QtGui import QImageReader
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

    import crisisplan.ui.main  # noqa: F401 - the desktop app's own modules are bundled and import

    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    platform = QApplication.platformName()
    label = QLabel("crisisplan self-test")
    label.resize(240, 40)
    label.show()
    app.processEvents()
    image = label.grab().toImage()
    problems = []
    if platform != "offscreen":
        problems.append(f"platform is {platform!r}, not offscreen")
    if image.isNull() or image.width() < 1:
        problems.append("a widget could not be drawn")
    platforms = _plugin_files("platforms")
    native = NATIVE_PLATFORM_PLUGINS.get(sys.platform, "libqxcb.so")
    if native not in platforms:
        problems.append(f"the desktop platform plugin {native} is missing")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if not {"png", "jpg"} <= formats:
        problems.append(f"image formats missing: {', '.join(sorted({'png', 'jpg'} - formats))}")
    styles = QStyleFactory.keys()
    if not styles:
        problems.append("no widget styles")
    QPrinter()  # printing support loads
    label.close()
    if problems:
        print("; ".join(problems))
        return ExitCode.INTEGRITY
    offscreen = sorted(platforms & set(OFFSCREEN_PLUGINS))
    print(f"QApplication on {platform} ({', '.join(offscreen) or 'built in'}); native plugin {native}; "
          f"styles {', '.join(styles)}; image formats incl. png, jpg")
    return ExitCode.OK


def _plugin_path(folder_name: str, file_name: str) -> Path | None:
    from PySide6.QtCore import QCoreApplication

    for library_path in QCoreApplication.libraryPaths():
        candidate = Path(library_path) / folder_name / file_name
        if candidate.is_file():
            return candidate
    return None


def qt_native_probe() -> int:
    """The child: load the desktop platform plugin with all it links to; open a window if there is a display."""
    platform = desktop_platform()
    plugin_file = {"windows": "qwindows.dll", "cocoa": "libqcocoa.dylib"}.get(platform, f"libq{platform}.so")
    plugin = _plugin_path("platforms", plugin_file)
    if plugin is None:
        print(f"the desktop platform plugin {plugin_file} is missing")
        return ExitCode.INTEGRITY
    try:
        ctypes.CDLL(str(plugin), mode=getattr(os, "RTLD_NOW", 2))
    except OSError as exc:
        # dlerror names the missing library, e.g. "…/libqxcb.so: libxcb-icccm.so.4: cannot open shared object file".
        named = re.search(r"([^\s:/]+\.so[.\d]*): cannot open", str(exc))
        reason = named.group(1) if named else str(exc)[-200:]
        print(f"the {platform} platform plugin cannot load ({reason}); install the system packages "
              "listed in tools/debian-packages.txt (./run.sh does this when run as root)")
        return ExitCode.INTEGRITY
    variable = DISPLAY_VARIABLES.get(platform)
    if variable and not os.environ.get(variable):
        print(f"{platform} plugin {plugin_file} and every library it needs load; no display ({variable} is not set) "
              "to open a window on")
        return ExitCode.OK
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", platform])
    label = QLabel("crisisplan self-test")
    label.resize(240, 40)
    label.show()
    app.processEvents()
    shown, actual = label.isVisible() and label.winId() != 0, QApplication.platformName()
    label.close()
    if actual != platform or not shown:
        print(f"a window could not be opened on {platform} (Qt chose {actual!r})")
        return ExitCode.INTEGRITY
    where = f" on {os.environ[variable]}" if variable else ""
    print(f"{platform} plugin {plugin_file} loads; a window opened{where}")
    return ExitCode.OK


def _print_result(result: StepResult) -> None:
    print(f"{LABELS[result.outcome]} {result.name}: {result.detail} ({result.seconds:.2f} s)", flush=True)


def cmd_self_test(args: argparse.Namespace) -> int:
    if getattr(args, "self_test_qt", False):
        return qt_probe()
    if getattr(args, "self_test_qt_native", False):
        return qt_native_probe()
    print(f"crisisplan {__version__} self-test", flush=True)
    report = run_self_test([Check("Qt (offscreen)", check_qt),
                            Check(f"Qt desktop platform ({desktop_platform()})", check_qt_desktop)],
                           on_result=_print_result)
    total = len(report.results)
    if report.passed:
        print(f"Self-test passed: all {total} checks.")
        return ExitCode.OK
    print(f"Self-test FAILED: {len(report.failed)} of {total} checks failed ({', '.join(report.failed)}). "
          "Reinstall crisisplan; if this happens again, report these lines.")
    return ExitCode.INTEGRITY
