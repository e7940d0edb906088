"""Where things live on disk: the data folder (overridable) and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "crisisplan"
DATA_DIR_ENV = "CRISISPLAN_DATA_DIR"


def default_data_dir() -> Path:
    """The platform's per-user data folder, unless CRISISPLAN_DATA_DIR overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def demo_data_dir() -> Path:
    """The demo store of fictional people lives beside, never inside, the real store."""
    return default_data_dir().parent / f"{APP_NAME}-demo"


def resources_dir() -> Path:
    """Bundled resources: `resources/` beside the package, or inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
