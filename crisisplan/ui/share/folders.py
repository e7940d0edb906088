"""Where card files go by default: a folder in the user's own Documents (never the program folder
or a shared temporary folder). The user can choose another folder each time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from crisisplan.i18n import QT_TRANSLATE_NOOP
from crisisplan.ui.i18n import translate_marked

CARD_FOLDER_NAME = QT_TRANSLATE_NOOP("CardFolder", "Crisis cards")


def default_card_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(documents) if documents else Path.home()
    return base / translate_marked(CARD_FOLDER_NAME)
