"""Fixtures and helpers shared by the editor and share-dialog tests (imported by those modules).

- a fresh encrypted store per test, with fictional demo plans;
- Qt warnings fail the test;
- `ModalAnswerer` answers the next message box like a user (clicks the named button) and
  remembers what it said, so tests can check titles and wording.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer, QtMsgType
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from crisisplan.services.demo import generate_plans
from crisisplan.services.plans import save_plan
from crisisplan.services.protocols import active_protocol, confirm_sample_protocol, set_organisation_name
from crisisplan.services.session import Session, create_store
from crisisplan.ui.editor import PlanEditor
from crisisplan.ui.editor.builder import split_path

PASSPHRASE = "a long passphrase"
SCREEN = (1366, 768)
# Messages the offscreen platform plugin prints for every top-level window (not our code's fault).
_PLATFORM_NOISE = ("This plugin does not support propagateSizeHints()",)


@pytest.fixture(autouse=True)
def fail_on_qt_warnings(qtlog: Any) -> Iterator[None]:
    yield
    bad = [r.message for r in qtlog.records
           if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
           and not any(noise in r.message for noise in _PLATFORM_NOISE)]
    assert not bad, f"Qt warnings: {bad}"


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    session, _recovery = create_store(tmp_path / "store", "alice", "Alice", PASSPHRASE,
                                      roles=("admin", "clinician"), kdf_iterations=1000, demo=True)
    # A demo store (cards under the SAMPLE protocol), named and confirmed as the first-run wizard
    # leaves it; a practice's own store needs its numbers set locally (tests/ui/test_share_readiness.py).
    set_organisation_name(session, "Riverside Practice (fictional)")
    confirm_sample_protocol(session, active_protocol(session).id)
    yield session
    session.close()


@pytest.fixture
def plan_ids(session: Session) -> list[int]:
    """Three fictional demo plans, saved (version 1 each)."""
    return [save_plan(session, plan).plan_id for plan in generate_plans(3, seed=7)]


def show(qtbot: Any, widget: QWidget) -> QWidget:
    widget.resize(*SCREEN)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def dispose(widget: QWidget) -> None:
    """Remove a widget without closing it (closing would ask about unsaved edits)."""
    for name in ("_drafts", "_validate_timer"):
        helper = getattr(widget, name, None)
        if helper is not None:
            helper.stop()
    widget.hide()
    widget.deleteLater()


def open_editor(qtbot: Any, session: Session, plan_id: int | None) -> PlanEditor:
    editor = PlanEditor(session, plan_id)
    show(qtbot, editor)
    return editor


def field(editor: PlanEditor, page: str, path: str) -> QWidget:
    """The input widget for `path` on `page` (the page is shown, as a user would open it)."""
    shown = editor.form.show_page(page)
    node = shown.form.locate(split_path(path))
    assert node is not None, path
    return node.focus_target()


def replace_text(qtbot: Any, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def press_save(qtbot: Any, editor: PlanEditor) -> None:
    """Ctrl+S wherever the keyboard focus is (after a dialog closes, the window is active again)."""
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor.window())
    target = QApplication.focusWidget() or editor
    qtbot.keyClick(target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


class ModalAnswerer:
    """Clicks the queued button in each modal dialog that appears, and records its title and text.

    A dialog that no test asked for is closed after a few seconds and fails the test, so a
    surprise dialog can never hang the test run."""

    UNEXPECTED_AFTER_POLLS = 150  # x 20 ms

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []
        self.unexpected: list[str] = []
        self._answers: list[str | Callable[[QWidget], None]] = []
        self._waited = 0
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def answer(self, button: str | Callable[[QWidget], None]) -> None:
        """Queue an answer: a button's text, or a function that handles the dialog itself."""
        self._answers.append(button)

    @property
    def pending(self) -> int:
        return len(self._answers)

    def stop(self) -> None:
        self._timer.stop()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            self._waited = 0
            return
        if not self._answers:
            self._waited += 1
            if self._waited >= self.UNEXPECTED_AFTER_POLLS:
                self.unexpected.append(dialog.windowTitle())
                dialog.close()
                self._waited = 0
            return
        self._waited = 0
        answer = self._answers.pop(0)
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        self.seen.append((dialog.windowTitle(), text))
        if callable(answer):
            # Run it after this timer slot returns, so dialogs it opens are answered too.
            QTimer.singleShot(0, lambda: answer(dialog))
            return
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "") == answer:
                button.click()
                return
        self.unexpected.append(f"{dialog.windowTitle()} (no button {answer!r})")
        dialog.close()


@pytest.fixture(autouse=True)
def modal(qapp: QApplication) -> Iterator[ModalAnswerer]:
    answerer = ModalAnswerer()
    yield answerer
    answerer.stop()
    assert not answerer.unexpected, f"unexpected dialogs: {answerer.unexpected}"
    assert answerer.pending == 0, "a dialog that the test expected never appeared"
