"""Regression guard for the pinned PySide6: PySide6-Essentials 6.12.0 on Python 3.11 dropped a
reference to None on every void Qt call and to True/False on every signal emit, so a long session
aborted with "Fatal Python error: none_dealloc". The pin (6.11.3) does not; this keeps it that way."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(bool)


def test_void_qt_calls_and_signal_emits_keep_singleton_refcounts():
    probe = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(20_000):
        probe.setObjectName("probe")
        probe.changed.emit(True)
    assert sys.getrefcount(None) >= none_before - 50
    assert sys.getrefcount(True) >= true_before - 50
