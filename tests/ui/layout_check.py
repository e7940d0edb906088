"""Finding text that does not fit where it is shown (used by test_i18n_layout.py): a label, button,
check box, group title, tab or combo box narrower than its text, a wrapped label shorter than its
lines, or a widget that reaches outside its window (where no scroll area can bring it into view)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _inside_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _where(widget: QWidget) -> str:
    name = widget.objectName() or widget.accessibleName() or ""
    return f"{type(widget).__name__}{f' {name!r}' if name else ''}"


def cut_texts(top: QWidget) -> list[str]:
    """Every piece of visible text in `top` that is cut off, as 'Kind: text (need × have)'."""
    problems: list[str] = []
    window = QRect(QPoint(0, 0), top.size())
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0 or widget.height() <= 0:
            continue
        if not _inside_scroll_area(widget, top):
            shown = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
            if not window.contains(shown) and window.intersects(shown) and \
                    (isinstance(widget, (QLabel, QAbstractButton)) and bool(widget.text())):
                problems.append(f"{_where(widget)} {widget.text()[:40]!r} reaches outside the window")
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + SLACK:
                    problems.append(f"{_where(widget)} {widget.text()[:40]!r}: needs {need}px high, has "
                                    f"{widget.height()}px")
            else:
                need = widget.sizeHint().width()
                if need > widget.width() + SLACK:
                    problems.append(f"{_where(widget)} {widget.text()[:40]!r}: needs {need}px wide, has "
                                    f"{widget.width()}px")
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.sizeHint().width()
            if need > widget.width() + SLACK:
                problems.append(f"{_where(widget)} {widget.text()[:40]!r}: needs {need}px wide, has "
                                f"{widget.width()}px")
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if need > widget.width() + SLACK:
                problems.append(f"{_where(widget)} title {widget.title()[:40]!r}: needs {need}px, has "
                                f"{widget.width()}px")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                need, have = widget.tabSizeHint(index).width(), widget.tabRect(index).width()
                visible = QRect(QPoint(0, 0), widget.size()).contains(widget.tabRect(index))
                if need > have + SLACK or not visible:
                    problems.append(f"tab {widget.tabText(index)[:40]!r}: needs {need}px, has {have}px"
                                    f"{'' if visible else ' and is scrolled out of view'}")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal \
                and widget.model() is not None:
            problems.extend(_cut_headers(widget))
        elif isinstance(widget, QComboBox) and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                  QStyle.SubControl.SC_ComboBoxEditField, widget)
            need = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if need > field.width() + SLACK:
                problems.append(f"{_where(widget)} {widget.currentText()[:40]!r}: needs {need}px wide, has "
                                f"{field.width()}px")
    return problems


def _cut_headers(header: QHeaderView) -> list[str]:
    """Column titles wider than their column (the last one stretches when the header says so)."""
    style = header.style()
    room = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    problems = []
    count = header.count()
    for index in range(count):
        if header.isSectionHidden(index) or (header.stretchLastSection() and index == count - 1):
            continue
        title = str(header.model().headerData(index, Qt.Orientation.Horizontal) or "")
        need = header.fontMetrics().horizontalAdvance(title) + room
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == index:
            need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)
        have = header.sectionSize(index)
        if title and need > have + SLACK:
            problems.append(f"column title {title[:40]!r}: needs {need}px, has {have}px")
    return problems
