"""The ONE way the desktop app runs slow work (key derivation, backup, restore, bulk operations) off
the UI thread: a QRunnable on the global QThreadPool, an optional QProgressDialog with Cancel, and
the result or error delivered back on the UI thread. The window never freezes.

Python threads cannot be killed, so cancelling is cooperative: the work function receives a
`TaskContext` and should call `context.check()` (or read `context.cancelled`) between steps; a
result that arrives after Cancel is handed to `discard` (e.g. to close a session nobody wants)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from crisisplan.ui.i18n import translate

T = TypeVar("T")


class TaskCancelled(Exception):
    """Raised by `TaskContext.check()` inside the work function once the user pressed Cancel."""


class TaskContext:
    """Handed to the work function: report progress, notice cancellation."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled

    def progress(self, done: int, total: int) -> None:
        """Report progress (thread-safe); the dialog shows `done` of `total`."""
        self._signals.progressed.emit(int(done), int(total))

    def step(self, text: str) -> None:
        """Say what the work is doing now (thread-safe); the dialog shows it as its label."""
        self._signals.stepped.emit(str(text))


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    stepped = Signal(str)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskContext], Any], context: TaskContext, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._context = context
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._context)
        except BaseException as exc:  # delivered to the UI thread, never lost in a worker
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Task(QObject, Generic[T]):
    """One piece of background work. Lives on the UI thread; callbacks run there."""

    finished = Signal()
    """Emitted once, after the result, error or cancellation has been handled."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.context = TaskContext(self.signals)
        self.done = False
        self.dialog: QProgressDialog | None = None

    def cancel(self) -> None:
        self.context.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(translate("Task", "Stopping… (finishing the current step safely)"))
            self.dialog.setCancelButton(None)


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they end. One per main window (or dialog)."""

    all_done = Signal()
    """Emitted whenever the last running task has finished."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Task[Any]] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        work: Callable[[TaskContext], T],
        *,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        on_cancelled: Callable[[], None] | None = None,
        discard: Callable[[T], None] | None = None,
        parent: QWidget | None = None,
        title: str = "",
        label: str = "",
        cancellable: bool = True,
        show_progress: bool = True,
        delay_ms: int = 400,
    ) -> Task[T]:
        """Run `work(context)` in the pool. Exactly one of on_done / on_error / on_cancelled runs,
        on the UI thread. With `show_progress`, a window-modal progress dialog appears after
        `delay_ms` (so quick work does not flash a dialog)."""
        task: Task[T] = Task(self)
        if show_progress:
            task.dialog = _progress_dialog(parent, title, label, cancellable, delay_ms)
            task.dialog.canceled.connect(task.cancel)
            task.signals.progressed.connect(lambda d, t: _show_progress(task.dialog, d, t),
                                           Qt.ConnectionType.QueuedConnection)
            task.signals.stepped.connect(lambda text: task.dialog.setLabelText(text) if task.dialog else None,
                                         Qt.ConnectionType.QueuedConnection)

        def finish() -> None:
            task.done = True
            if task.dialog is not None:
                task.dialog.reset()
                task.dialog.hide()
                task.dialog.deleteLater()
                task.dialog = None
            self._running.discard(task)
            task.finished.emit()
            task.deleteLater()
            if not self._running:
                self.all_done.emit()

        def succeeded(result: T) -> None:
            cancelled = task.context.cancelled
            finish()
            if cancelled:
                if discard is not None:
                    discard(result)
                if on_cancelled is not None:
                    on_cancelled()
            else:
                on_done(result)

        def failed(exc: BaseException) -> None:
            cancelled = task.context.cancelled
            finish()
            if isinstance(exc, TaskCancelled) or (cancelled and on_cancelled is not None):
                if on_cancelled is not None:
                    on_cancelled()
                return
            on_error(exc)

        task.signals.succeeded.connect(succeeded, Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        self._running.add(task)
        self._pool.start(_Runnable(work, task.context, task.signals))
        return task

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()


def _progress_dialog(parent: QWidget | None, title: str, label: str, cancellable: bool,
                     delay_ms: int) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title or translate("TaskRunner", "crisisplan"))
    dialog.setLabelText(label or translate("TaskRunner", "Working…"))
    dialog.setAccessibleName(label or translate("TaskRunner", "Progress"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, 0)  # busy until the work reports a total
    dialog.setMinimumDuration(max(0, delay_ms))
    if cancellable:
        dialog.setCancelButtonText(translate("TaskRunner", "&Cancel"))
    else:
        dialog.setCancelButton(None)
    dialog.setValue(0)
    return dialog


def _show_progress(dialog: QProgressDialog | None, done: int, total: int) -> None:
    if dialog is None:
        return
    if total > 0:
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))
    else:
        dialog.setRange(0, 0)
