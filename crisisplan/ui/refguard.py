"""A guard against a reference-counting bug in the pinned PySide6 (6.12.0, abi3 wheel) on Python 3.11.

On Python 3.11 every call of a void Qt method from Python (setText, show, setEnabled, ...) drops one
reference to None, and every Signal.emit() drops one to True or False, as if those objects were
immortal (they are only immortal from Python 3.12 on). After a few thousand calls the count reaches
zero and the interpreter aborts ("Fatal Python error: none_dealloc"), during use or at exit.

Until the project moves to Python 3.12+ or to a PySide6 build without the bug, this module keeps a
large, never-freed reserve of references to None, True and False and tops it up from a timer. It
does nothing when the bug is not present."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer

CHUNK = 500_000
LOW_WATER = 250_000
CHECK_INTERVAL_MS = 2_000

_reserves: list[list[object]] = []
_leaking: bool | None = None


def singleton_refs_leak() -> bool:
    """True when calling a void Qt method loses a reference to None (the PySide6 bug)."""
    global _leaking
    if _leaking is None:
        if sys.version_info >= (3, 12):
            _leaking = False
        else:
            probe = QObject()
            before = sys.getrefcount(None)
            for _ in range(20):
                probe.setObjectName("probe")
            _leaking = sys.getrefcount(None) < before
            probe.deleteLater()
    return _leaking


def top_up() -> None:
    """Add references to None, True and False where they run low (cheap when nothing is needed)."""
    if not singleton_refs_leak():
        return
    for singleton in (None, True, False):
        if sys.getrefcount(singleton) < LOW_WATER:
            reserve: list[object] = [singleton] * CHUNK
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(reserve))  # never freed, not even at exit
            _reserves.append(reserve)


def install(parent: QObject) -> QTimer | None:
    """Top up now and every few seconds while `parent` lives. None when the bug is absent."""
    if not singleton_refs_leak():
        return None
    top_up()
    timer = QTimer(parent)
    timer.setInterval(CHECK_INTERVAL_MS)
    timer.timeout.connect(top_up)
    timer.start()
    return timer
