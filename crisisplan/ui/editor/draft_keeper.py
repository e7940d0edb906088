"""Keeps the editor's unsaved edits as an encrypted draft: one second after the last edit, and at
once when asked (before locking or closing). Failures are reported, never raised at the user."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from crisisplan.services.drafts import Draft, discard_draft, load_draft, save_draft
from crisisplan.services.errors import ServiceError, StoreError
from crisisplan.services.session import Session
from crisisplan.ui.i18n import translate

AUTOSAVE_DELAY_MS = 1000


class DraftKeeper(QObject):
    saved = Signal()
    failed = Signal(str)

    def __init__(self, session: Session, key: str, source: Callable[[], tuple[dict[str, Any] | None, int | None]],
                 parent: QObject | None = None) -> None:
        """`source()` gives (raw data to keep, or None when there is nothing unsaved; base version)."""
        super().__init__(parent)
        self._session = session
        self.key = key
        self._source = source
        self._kept = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def schedule(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def flush(self) -> bool:
        """Keep the unsaved edits now (or drop a draft this editor kept once nothing is unsaved)."""
        self._timer.stop()
        data, base = self._source()
        try:
            if data is not None:
                save_draft(self._session, self.key, data, base)
                self._kept = True
                self.saved.emit()
            elif self._kept:
                discard_draft(self._session, self.key)
                self._kept = False
        except (ServiceError, StoreError) as exc:
            self.failed.emit(translate("Editor",
                                       "Your changes could not be kept as a draft: {reason}").format(reason=exc))
            return False
        return True

    def load(self) -> Draft | None:
        try:
            return load_draft(self._session, self.key)
        except (ServiceError, StoreError) as exc:
            self.failed.emit(translate("Editor", "Unsaved changes could not be read: {reason}").format(reason=exc))
            return None

    def discard(self) -> None:
        self._timer.stop()
        try:
            discard_draft(self._session, self.key)
        except (ServiceError, StoreError) as exc:
            self.failed.emit(translate("Editor", "The draft could not be removed: {reason}").format(reason=exc))
        self._kept = False

    def adopt(self) -> None:
        """The draft under this key is now this editor's (restored): keep it up to date from here."""
        self._kept = True

    def rekey(self, key: str) -> None:
        """After the first save of a new plan, its draft key changes from new:... to plan:<id>."""
        self.key = key
        self._kept = False
