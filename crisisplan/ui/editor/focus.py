"""Keyboard order: Tab follows the order widgets appear on screen, even for entries added later.

Qt's default focus chain is the order widgets were created in, so a list entry added after the
page was built would be reached last. `apply_tab_order` walks the layouts top to bottom and
chains the focusable widgets in that order."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

_LEAVES = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractButton, QComboBox, QAbstractSpinBox,
           QAbstractItemView)


def _walk_widget(widget: QWidget, out: list[QWidget]) -> None:
    if isinstance(widget, _LEAVES):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(widget)
        return
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        if inner is not None:
            _walk_widget(inner, out)
        return
    layout = widget.layout()
    if layout is not None:
        _walk_layout(layout, out)


def _walk_layout(layout: QLayout, out: list[QWidget]) -> None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        child = item.widget()
        if child is not None:
            _walk_widget(child, out)
            continue
        inner = item.layout()
        if inner is not None:
            _walk_layout(inner, out)


def focus_chain(root: QWidget) -> list[QWidget]:
    """The focusable widgets under `root`, in on-screen (layout) order."""
    out: list[QWidget] = []
    _walk_widget(root, out)
    return out


def apply_tab_order(root: QWidget) -> None:
    for first, second in pairwise(focus_chain(root)):
        QWidget.setTabOrder(first, second)
