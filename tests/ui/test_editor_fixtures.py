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
from PySide6.QtCore import QTimer, QtMsgType
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget

from crisisplan.services.demo import generate_plans
from crisisplan.services.plans import save_plan
from crisisplan.services.session import Session, create_store

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
def session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Session]:
    session, _recovery = create_store(tmp_path / "store", "alice", "Alice", PASSPHRASE,
                                      roles=("admin", "clinician"), kdf_iterations=1000)
    _stub_protocol_store_until_wired(session, monkeypatch)
    yield session
    session.close()


def _stub_protocol_store_until_wired(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the store's sharing tables land, the bundled protocols are read without the store."""
    if hasattr(session.store, "sharing"):
        return
    import crisisplan.services.protocols as protocols

    class _NoImportedProtocols:
        def protocol_documents(self) -> dict[str, str]:
            return {}

    monkeypatch.setattr(protocols, "sharing", lambda _session: _NoImportedProtocols())


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


class ModalAnswerer:
    """Clicks `button` in the next modal dialog that appears, and records its title and text."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []
        self._answers: list[str | Callable[[QWidget], None]] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)

    def answer(self, button: str | Callable[[QWidget], None]) -> None:
        """Queue an answer: a button's text, or a function that handles the dialog itself."""
        self._answers.append(button)
        self._timer.start()

    @property
    def pending(self) -> int:
        return len(self._answers)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not self._answers or not dialog.isVisible():
            return
        answer = self._answers.pop(0)
        if not self._answers:
            self._timer.stop()
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        self.seen.append((dialog.windowTitle(), text))
        if callable(answer):
            answer(dialog)
            return
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "") == answer:
                button.click()
                return
        if isinstance(dialog, QDialog):
            dialog.reject()
        raise AssertionError(f"No button {answer!r} in dialog {dialog.windowTitle()!r}")


@pytest.fixture
def modal() -> Iterator[ModalAnswerer]:
    answerer = ModalAnswerer()
    yield answerer
    answerer._timer.stop()
    assert answerer.pending == 0, "a dialog that the test expected never appeared"
