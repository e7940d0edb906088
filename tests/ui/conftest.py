"""Fixtures for the desktop tests: a fresh encrypted store per test (cheap key derivation), settings
in a temporary INI file, and Qt warnings failing the test (the pyproject equivalent of
qt_log_level_fail = WARNING, done here because pyproject is not ours to edit)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QtMsgType

from crisisplan.services.session import Session, create_store, open_session
from crisisplan.ui.settings import AppSettings

ADMIN_USER = "alice"
PASSPHRASE = "a long passphrase"
KDF_ITERATIONS = 1000

_FAILING = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
_PLATFORM_NOISE = (
    "This plugin does not support propagateSizeHints()",  # offscreen platform plugin, not our code
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)


@pytest.fixture(autouse=True)
def _qt_warnings_fail(qtlog: object) -> Iterator[None]:
    yield
    records = getattr(qtlog, "records", [])
    bad = [r for r in records if r.type in _FAILING and not any(n in r.message for n in _PLATFORM_NOISE)]
    if bad:
        pytest.fail("Qt warnings during the test:\n" + "\n".join(f"  {r.type.name}: {r.message}" for r in bad))


@pytest.fixture(autouse=True)
def _no_background_work_left() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings.at(tmp_path / "settings.ini")


@pytest.fixture
def admin_session(store_dir: Path) -> Iterator[Session]:
    """alice (admin + clinician) in a new store; closed after the test."""
    session, _recovery = create_store(store_dir, ADMIN_USER, "Alice", PASSPHRASE,
                                      roles=("admin", "clinician"), kdf_iterations=KDF_ITERATIONS, demo=True)
    yield session
    session.close()


@pytest.fixture
def sign_in(store_dir: Path) -> Iterator[Callable[..., Session]]:
    """Open further sessions on the test store (closed after the test)."""
    opened: list[Session] = []

    def open_as(username: str = ADMIN_USER, passphrase: str = PASSPHRASE) -> Session:
        session = open_session(store_dir, username, passphrase)
        opened.append(session)
        return session

    yield open_as
    for session in opened:
        session.close()


@pytest.fixture
def make_window(qtbot: object, store_dir: Path, settings: AppSettings) -> Callable[..., object]:
    """A MainWindow on the test store, shown; closed by qtbot after the test."""
    from crisisplan.ui.shell import MainWindow

    def make(demo: bool = False) -> MainWindow:
        window = MainWindow(store_dir, settings, demo=demo)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.show()
        qtbot.waitExposed(window)  # type: ignore[attr-defined]
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
        return window

    return make
