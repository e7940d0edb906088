"""The plan editor and the share dialog are built alongside this code. Until they exist, the app
says so plainly instead of failing."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QCoreApplication

NOT_AVAILABLE = "not available yet"


def _load(module: str, name: str) -> Any | None:
    try:
        loaded = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name == module:
            return None  # the package itself is missing: not built yet
        raise
    return getattr(loaded, name, None)


def plan_editor_class() -> Any | None:
    """`crisisplan.ui.editor.PlanEditor`, or None while it does not exist."""
    return _load("crisisplan.ui.editor", "PlanEditor")


def share_dialog_class() -> Any | None:
    """`crisisplan.ui.share.ShareDialog`, or None while it does not exist."""
    return _load("crisisplan.ui.share", "ShareDialog")


def not_available_text(what: str) -> str:
    text = QCoreApplication.translate("optional", "The {what} is not available yet in this version of "
                                      "crisisplan. Use the command line (crisisplan --help) meanwhile.")
    return text.format(what=what)
