"""File and folder choosers in one place (tests replace these functions)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def open_file(parent: QWidget | None, title: str, name_filter: str, start: str = "") -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, start, name_filter)
    return Path(chosen) if chosen else None


def save_file(parent: QWidget | None, title: str, name_filter: str, suggested: str = "") -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return Path(chosen) if chosen else None


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(chosen) if chosen else None
