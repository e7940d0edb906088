"""Issue 14: the main screens in the pseudo-locale (every string accented, about 30% longer and in
[brackets]) at 1366×768 show no cut text, and a right-to-left run is laid out mirrored. The
screenshots go to a temporary folder, or to the folder named by CRISISPLAN_I18N_SCREENS (the ones
in docs/images/i18n/ were made with CRISISPLAN_I18N_SCREENS=docs/images/i18n)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from crisisplan.ui import i18n
from crisisplan.ui.editor.editor import PlanEditor
from crisisplan.ui.settings import AppSettings
from crisisplan.ui.share.dialog import ShareDialog
from crisisplan.ui.wizard.first_run import FirstRunWizard
from tests.ui.conftest import ADMIN_USER, PASSPHRASE
from tests.ui.helpers import add_plans
from tests.ui.i18n_scan import build_pseudo_qm
from tests.ui.layout_check import cut_texts

SIZE = (1366, 768)
PSEUDO = "en_XA"


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pseudo_qm(tmp_path_factory.mktemp("qm")).parent


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    chosen = os.environ.get("CRISISPLAN_I18N_SCREENS")
    folder = Path(chosen) if chosen else tmp_path / "screens"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def pseudo(qapp: QApplication, pseudo_folder: Path) -> Iterator[None]:
    installed = i18n.install_translators(qapp, PSEUDO, pseudo_folder)
    assert installed
    yield
    i18n.remove_translators(qapp, installed)


def _look(widget: QWidget, name: str, folder: Path, problems: dict[str, list[str]], qtbot: Any) -> None:
    qtbot.wait(50)
    QApplication.processEvents()
    assert widget.grab().save(str(folder / f"{name}.png"))
    found = cut_texts(widget)
    if found:
        problems[name] = found


def _signed_in_window(qtbot: Any, admin_session: Any, make_window: Any) -> Any:
    add_plans(admin_session, 6)
    admin_session.close()
    window = make_window()
    window.resize(*SIZE)
    return window


def _sign_in(qtbot: Any, window: Any) -> None:
    page = window.unlock_page
    page.username.setText(ADMIN_USER)
    page.passphrase.setText(PASSPHRASE)
    page.attempt()
    qtbot.waitUntil(lambda: window.state == "open", timeout=20000)


def test_pseudo_locale_main_screens_have_no_cut_text(qtbot: Any, admin_session: Any, make_window: Any,
                                                    pseudo: None, shots: Path, tmp_path: Path) -> None:
    problems: dict[str, list[str]] = {}
    window = _signed_in_window(qtbot, admin_session, make_window)
    assert window.unlock_page.unlock_button.text().startswith("[")  # the translation is in use
    _look(window, "pseudo-unlock", shots, problems, qtbot)
    _sign_in(qtbot, window)
    _look(window, "pseudo-plan-list", shots, problems, qtbot)

    window.workspace.open_plan(1)
    editor = window.workspace.tabs.currentWidget()
    assert isinstance(editor, PlanEditor)
    for page in editor.form.pages:
        editor.form.show_page(page.spec.key)
        _look(window, f"pseudo-editor-{page.spec.key}", shots, problems, qtbot)

    share = ShareDialog(window.workspace.session, 1, window)
    share.show()
    qtbot.waitExposed(share)
    share.setMaximumSize(*SIZE)  # the size it gives itself on a 1366x768 screen (offscreen's is smaller)
    share.resize(int(SIZE[0] * 0.85), int(SIZE[1] * 0.9))
    _look(share, "pseudo-share", shots, problems, qtbot)
    share.reject()

    settings = window.open_settings()
    _look(settings, "pseudo-settings", shots, problems, qtbot)
    settings.reject()
    verify = window.open_verify()
    _look(verify, "pseudo-verify", shots, problems, qtbot)
    verify.reject()
    records = window.workspace.show_records()
    assert records is not None
    for index in range(records.tabs.count()):
        records.tabs.setCurrentIndex(index)
        _look(window, f"pseudo-records-{index}", shots, problems, qtbot)

    wizard = FirstRunWizard(tmp_path / "new", AppSettings.at(tmp_path / "wizard.ini"), kdf_iterations=1000)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    _look(wizard, "pseudo-first-run", shots, problems, qtbot)

    report = "\n".join(f"{name}:\n  " + "\n  ".join(found) for name, found in problems.items())
    assert not problems, f"cut-off text in the pseudo-locale at {SIZE[0]}x{SIZE[1]}:\n{report}"


def test_right_to_left_layout(qtbot: Any, admin_session: Any, make_window: Any, qapp: QApplication,
                              shots: Path) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = _signed_in_window(qtbot, admin_session, make_window)
        assert window.isRightToLeft()
        login = window.unlock_page.username
        assert login.mapTo(window, login.rect().topLeft()).x() > 0
        _sign_in(qtbot, window)
        window.workspace.open_plan(1)
        editor = window.workspace.tabs.currentWidget()
        assert isinstance(editor, PlanEditor)
        qtbot.wait(50)
        nav = editor.form.nav
        # mirrored: the list of sections is on the right of the form, not on the left
        assert nav.mapTo(window, nav.rect().topLeft()).x() > window.width() // 2
        assert window.grab().save(str(shots / "rtl-editor.png"))
        problems = cut_texts(window)
        assert not problems, "\n".join(problems)
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
