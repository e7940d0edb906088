"""The background-task helper: results, errors and cancellation come back on the UI thread, and the
window keeps working meanwhile."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from crisisplan.ui.tasks import TaskContext, TaskRunner


def _ui_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_result_arrives_on_the_ui_thread(qtbot):
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def work(context: TaskContext) -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        context.progress(1, 2)
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["on_ui_thread"] = QThread.currentThread() is _ui_thread()

    runner.run(work, on_done=done, on_error=lambda exc: seen.setdefault("error", exc), show_progress=False)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen == {"worker": True, "value": 42, "on_ui_thread": True}
    assert not runner.busy


def test_error_is_delivered_not_raised(qtbot):
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work(_context: TaskContext) -> None:
        raise ValueError("broken")

    with qtbot.waitSignal(runner.all_done):
        runner.run(work, on_done=lambda _r: None, on_error=errors.append, show_progress=False)
    assert len(errors) == 1 and isinstance(errors[0], ValueError)


def test_cancel_from_the_progress_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner()
    started = threading.Event()
    release = threading.Event()
    outcome: list[str] = []
    discarded: list[object] = []

    def work(context: TaskContext) -> str:
        started.set()
        release.wait(5)
        context.check()
        return "finished"

    task = runner.run(work, on_done=outcome.append, on_error=lambda e: outcome.append("error"),
                      on_cancelled=lambda: outcome.append("cancelled"), discard=discarded.append,
                      parent=parent, title="Test", label="Working", delay_ms=0)
    assert started.wait(5)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible())
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None and dialog.accessibleName() == "Working"
    cancel = next(b for b in dialog.findChildren(QPushButton) if "Cancel" in b.text())
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == ["cancelled"]
    assert discarded == []  # the work stopped at context.check(): no result to throw away


def test_result_after_cancel_is_discarded(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    outcome: list[str] = []
    discarded: list[object] = []

    def work(_context: TaskContext) -> str:
        release.wait(5)
        return "session"

    task = runner.run(work, on_done=outcome.append, on_error=lambda e: outcome.append("error"),
                      on_cancelled=lambda: outcome.append("cancelled"), discard=discarded.append,
                      show_progress=False)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == ["cancelled"] and discarded == ["session"]


def test_ui_keeps_running_while_work_waits(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    ticks: list[int] = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    runner.run(lambda _c: release.wait(5), on_done=lambda _r: None, on_error=lambda _e: None, show_progress=False)
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the event loop ran while the work was blocked
    assert runner.busy
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    timer.stop()


def test_steps_show_as_the_progress_dialogs_label(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner()
    stepped = threading.Event()
    release = threading.Event()
    outcome: list[str] = []

    def work(context: TaskContext) -> str:
        context.step("Re-encrypting the database")
        stepped.set()
        release.wait(5)
        return "finished"

    task = runner.run(work, on_done=outcome.append, on_error=lambda e: outcome.append("error"),
                      parent=parent, title="Test", label="Working", cancellable=False, delay_ms=0)
    assert stepped.wait(5)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.labelText() == "Re-encrypting the database")
    release.set()
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == ["finished"]
