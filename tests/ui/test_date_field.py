"""Typed dates are read whole and never silently changed into another date."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from crisisplan.ui.editor.fields import DateField, parse_typed_date


@pytest.mark.parametrize(("typed", "expected"), [
    ("31/01/1990", date(1990, 1, 31)), ("1/2/2001", date(2001, 2, 1)), ("31012027", date(2027, 1, 31)),
    ("29.02.2024", date(2024, 2, 29)), ("2026-11-21", date(2026, 11, 21)), ("07-03-1990", date(1990, 3, 7)),
])
def test_real_dates_are_read_whole(typed, expected):
    assert parse_typed_date(typed) == expected


@pytest.mark.parametrize("typed", ["31/02/2026", "29/02/2025", "31/11/2026", "00/01/2000", "12/13/2000",
                                   "1990", "31/1/90", "yesterday", "2026-02-30"])
def test_impossible_dates_are_refused_not_corrected(typed):
    assert parse_typed_date(typed) is None


def test_typing_a_31st_keeps_it_and_a_non_date_is_reported(qtbot):
    field = DateField("Date of birth")
    qtbot.addWidget(field)
    field.show()
    assert field.raw() is None and field.button.text() == "Today"
    qtbot.keyClick(field.button, Qt.Key.Key_Space)
    assert field.raw() == date.today().isoformat()
    assert field.date_edit.hasFocus() or field.date_edit.selectedText() == field.date_edit.text()
    field.date_edit.selectAll()
    qtbot.keyClicks(field.date_edit, "31/05/2027")
    assert field.raw() == "2027-05-31"
    field.date_edit.selectAll()
    qtbot.keyClicks(field.date_edit, "31/06/2027")
    assert field.raw() == "31/06/2027"  # kept as typed, so validation names this field
    assert field.note.isVisibleTo(field) and "Not a real date: write it as dd/mm/yyyy" in field.note.text()
    field.set_raw("1985-01-31")
    assert field.date_edit.text() == "31/01/1985" and not field.note.isVisibleTo(field)
    qtbot.keyClick(field.button, Qt.Key.Key_Space)  # "Clear date"
    assert field.raw() is None
