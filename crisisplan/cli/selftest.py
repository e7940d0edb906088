"""`crisisplan --self-test`: one line per check, exit 0 only if every check passed.

The Qt check runs in a child process of this same program (`--self-test-qt`): a missing platform
plugin makes Qt abort the whole process, which must not take the self-test's report with it. PySide6
is imported only in that child, so the rest of the command line stays Qt-free."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from crisisplan import __version__
from crisisplan.cli.io import ExitCode
from crisisplan.services.selftest import Check, Outcome, SelfTestContext, SelfTestFailure, StepResult, run_self_test

QT_CHECK_FLAG = "--self-test-qt"
QT_TIMEOUT_SECONDS = 120
NATIVE_PLATFORM_PLUGINS = {"win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}
"""The platform plugin the desktop needs on each system (anything else: X11, libqxcb.so)."""
OFFSCREEN_PLUGINS = ("libqoffscreen.so", "qoffscreen.dll", "libqoffscreen.dylib")
LABELS = {Outcome.PASSED: "[ ok ]", Outcome.FAILED: "[FAIL]", Outcome.NOT_RUN: "[ -- ]"}


def qt_child_command() -> list[str]:
    """How to start this program again: the frozen executable itself, or `python -m crisisplan`."""
    if getattr(sys, "frozen", False):
        return [sys.executable, QT_CHECK_FLAG]
    return [sys.executable, "-m", "crisisplan", QT_CHECK_FLAG]


def check_qt(ctx: SelfTestContext) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        child = subprocess.run(qt_child_command(), env=env, capture_output=True, text=True,  # noqa: S603
                               timeout=QT_TIMEOUT_SECONDS, check=False, cwd=ctx.workdir)
    except subprocess.TimeoutExpired:
        raise SelfTestFailure(f"the Qt check did not finish within {QT_TIMEOUT_SECONDS} s") from None
    lines = [line for line in child.stdout.splitlines() if line.strip()]
    if child.returncode == 0 and lines:
        return lines[-1]
    said = (lines or [line for line in child.stderr.splitlines() if line.strip()] or ["no output"])[-1]
    raise SelfTestFailure(f"Qt could not start offscreen (exit code {child.returncode}): {said[:300]}")


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


def _print_result(result: StepResult) -> None:
    print(f"{LABELS[result.outcome]} {result.name}: {result.detail} ({result.seconds:.2f} s)", flush=True)


def cmd_self_test(args: argparse.Namespace) -> int:
    if getattr(args, "self_test_qt", False):
        return qt_probe()
    print(f"crisisplan {__version__} self-test", flush=True)
    report = run_self_test([Check("Qt (offscreen)", check_qt)], on_result=_print_result)
    total = len(report.results)
    if report.passed:
        print(f"Self-test passed: all {total} checks.")
        return ExitCode.OK
    print(f"Self-test FAILED: {len(report.failed)} of {total} checks failed ({', '.join(report.failed)}). "
          "Reinstall crisisplan; if this happens again, report these lines.")
    return ExitCode.INTEGRITY
