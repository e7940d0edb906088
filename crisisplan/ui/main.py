"""Desktop entry point: the QApplication, the first-run wizard or the unlock window, and a hook for
the start-up benchmark (CRISISPLAN_READY_MARKER prints a line once the first window is shown)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from crisisplan.services.session import store_exists
from crisisplan.ui.dialogs import show_error
from crisisplan.ui.enter_keys import install_enter_keys
from crisisplan.ui.errors import describe
from crisisplan.ui.i18n import choose_language, install_translators
from crisisplan.ui.settings import AppSettings
from crisisplan.ui.theme import apply_theme

READY_MARKER_ENV = "CRISISPLAN_READY_MARKER"
"""Set to 1: print "crisisplan-ready <seconds since start>" once the first window is on screen."""
EXIT_WHEN_READY_ENV = "CRISISPLAN_EXIT_WHEN_READY"
"""Set to 1 (with the marker): quit straight after printing it (the start-up benchmark)."""
LANGUAGE_ENV = "CRISISPLAN_LANGUAGE"
"""A language code that overrides the setting for one run (e.g. en_XA, the pseudo-locale)."""
_TRANSLATORS: list[QTranslator] = []

_STARTED = time.perf_counter()


class AppController:
    """Chooses the first window: the wizard when there is no store yet, otherwise the unlock page."""

    def __init__(self, data_dir: Path, settings: AppSettings, *, demo: bool,
                 kdf_iterations: int | None = None) -> None:
        self.data_dir = data_dir
        self.settings = settings
        self.demo = demo
        self.kdf_iterations = kdf_iterations
        self.window: QWidget | None = None
        self.wizard: QWidget | None = None

    def store_folder(self) -> Path | None:
        if store_exists(self.data_dir):
            return self.data_dir
        remembered = self.settings.store_location
        if not self.demo and remembered is not None and store_exists(remembered):
            return remembered
        return None

    def start(self) -> QWidget:
        folder = self.store_folder()
        if folder is not None:
            return self.show_main(folder)
        from crisisplan.ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.data_dir, self.settings, kdf_iterations=self.kdf_iterations)
        wizard.store_ready.connect(lambda session: self.show_main(wizard.data_dir, session))
        wizard.existing_chosen.connect(lambda folder: self.show_main(folder))
        wizard.rejected.connect(lambda: self._wizard_closed(wizard.data_dir))
        self.wizard = wizard
        wizard.show()
        return wizard

    def _wizard_closed(self, folder: Path) -> None:
        if self.window is not None:
            return
        if store_exists(folder):
            self.show_main(folder)  # created, then cancelled on a later page: sign in as usual
            return
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def show_main(self, folder: Path, session: object | None = None) -> QWidget:
        from crisisplan.ui.shell import MainWindow

        if self.window is not None:
            return self.window
        window = MainWindow(folder, self.settings, demo=self.demo)
        self.window = window
        if session is not None:
            window.adopt_session(session)  # type: ignore[arg-type]
        window.show_where_left()
        return window


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A bug reached the event loop: tell the user calmly, log no data, keep running."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    text = describe(exc.with_traceback(tb))
    app = QApplication.instance()
    parent = app.activeWindow() if isinstance(app, QApplication) else None
    show_error(parent, text)


def _announce_ready(exit_after: bool) -> None:
    print(f"crisisplan-ready {time.perf_counter() - _STARTED:.3f}", flush=True)
    if exit_after:
        app = QApplication.instance()
        if app is not None:
            app.quit()


def start_ui(data_dir: Path, *, demo: bool, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("crisisplan")
    app.setOrganizationName("crisisplan")
    app.setApplicationDisplayName("crisisplan")
    sys.excepthook = _excepthook
    settings = AppSettings.for_user()
    language = choose_language(os.environ.get(LANGUAGE_ENV) or settings.language)
    _TRANSLATORS[:] = install_translators(app, language)  # children of the app; kept here as well
    install_enter_keys()
    apply_theme(app)
    controller = AppController(data_dir, settings, demo=demo)
    controller.start()
    if os.environ.get(READY_MARKER_ENV) == "1":
        QTimer.singleShot(0, lambda: _announce_ready(os.environ.get(EXIT_WHEN_READY_ENV) == "1"))
    return int(app.exec())
