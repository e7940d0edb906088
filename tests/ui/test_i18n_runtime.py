"""Issue 14: the translator chosen at start-up really changes what the user sees, for the desktop's
own strings, the form labels from the models and the messages services and the store raise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from crisisplan.i18n import QT_TRANSLATE_NOOP, Message
from crisisplan.store.errors import NotSavedError, WrongCredentialsError
from crisisplan.ui import i18n
from crisisplan.ui.errors import describe, error_text
from crisisplan.ui.settings import AppSettings, SettingsDialog
from tests.ui.i18n_scan import build_pseudo_qm
from tools.make_pseudo_locale import pseudo as pseudo_text

PSEUDO = "en_XA"


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pseudo_qm(tmp_path_factory.mktemp("qm")).parent


@pytest.fixture
def pseudo(qapp: QApplication, pseudo_folder: Path) -> Iterator[None]:
    installed = i18n.install_translators(qapp, PSEUDO, pseudo_folder)
    assert installed, "the pseudo-locale .qm did not load"
    yield
    i18n.remove_translators(qapp, installed)


def test_translator_changes_a_dialog_at_run_time(qtbot: object, settings: AppSettings, pseudo_folder: Path,
                                                 qapp: QApplication) -> None:
    english = SettingsDialog(settings)
    qtbot.addWidget(english)  # type: ignore[attr-defined]
    assert english.windowTitle() == "crisisplan settings"
    installed = i18n.install_translators(qapp, PSEUDO, pseudo_folder)
    try:
        translated = SettingsDialog(settings)
        qtbot.addWidget(translated)  # type: ignore[attr-defined]
        assert translated.windowTitle() == "[çŕīīšīīšƥĺààñ šēēţţīīñĝš]"
        assert translated.idle.suffix() == pseudo_text(" minutes")
    finally:
        i18n.remove_translators(qapp, installed)
    assert SettingsDialog(settings).windowTitle() == "crisisplan settings"  # English again


def test_form_labels_and_layer_messages_are_translated(pseudo: None) -> None:
    assert i18n.translate_marked("About me") == pseudo_text("About me")  # a section title from the models
    assert i18n.translate("PlanListPage", "%n plan(s)", "", 3).startswith("[3 ")
    wrong = WrongCredentialsError()
    assert str(wrong).startswith("The username or passphrase is not right.")  # CLI and logs: English
    assert error_text(wrong) == pseudo_text(str(wrong))
    assert describe(wrong) == error_text(wrong)
    nested = NotSavedError(QT_TRANSLATE_NOOP("store", "the store could not be re-encrypted (the old key still works)"))
    shown = error_text(nested)
    assert shown.startswith("[Ñōōţ šààʋēēđ: [ţĥēē šţōōŕēē")  # the outer message and the reason inside it
    assert "{reason}" not in shown
    assert pseudo_text("the store could not be re-encrypted (the old key still works)") in shown


def test_message_is_plain_english_until_shown() -> None:
    message = QT_TRANSLATE_NOOP("store", "There is no user called '{username}'. Check the username.")
    filled = message.format(username="bob")
    assert filled == "There is no user called 'bob'. Check the username."
    assert isinstance(filled, Message) and filled.source == str(message) and filled.values == {"username": "bob"}
    with pytest.raises(TypeError):
        message.format("bob")


def test_untranslated_text_stays_english(pseudo: None) -> None:
    assert i18n.translate_marked("Not a string anyone marked") == "Not a string anyone marked"
    assert i18n.translate_marked(Message("nowhere", "Unknown context {x}", {"x": 1})) == "Unknown context 1"


def test_language_comes_from_settings_then_system(settings: AppSettings, pseudo_folder: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: pseudo_folder)
    assert set(i18n.available_languages()) == {"en", PSEUDO}
    assert i18n.choose_language("", QLocale("pl_PL")) == "en"  # no Polish translation yet
    assert i18n.choose_language(PSEUDO, QLocale("pl_PL")) == PSEUDO
    assert i18n.choose_language("xx", QLocale("en_GB")) == "en"
    assert settings.language == ""
    settings.language = PSEUDO
    assert settings.language == PSEUDO
    with pytest.raises(ValueError):
        settings.language = "../../etc"
    assert settings.language == PSEUDO


def test_settings_dialog_saves_the_language(qtbot: object, settings: AppSettings, pseudo_folder: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: pseudo_folder)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes == ["", "en", PSEUDO]
    dialog.language.setCurrentIndex(codes.index(PSEUDO))
    dialog.accept()
    assert settings.language == PSEUDO
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.language.currentData() == PSEUDO


def test_right_to_left_language_turns_the_layout(qapp: QApplication, pseudo_folder: Path, tmp_path: Path) -> None:
    (tmp_path / "crisisplan_ar.qm").write_bytes((pseudo_folder / f"crisisplan_{PSEUDO}.qm").read_bytes())
    installed = i18n.install_translators(qapp, "ar", tmp_path)
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        i18n.remove_translators(qapp, installed)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_pseudo_locale_is_about_a_third_longer_and_keeps_placeholders(pseudo_folder: Path) -> None:
    import xml.etree.ElementTree as ET

    sources = [m.findtext("source") or "" for m in ET.parse(pseudo_folder / f"crisisplan_{PSEUDO}.ts").getroot()
               .iter("message")]
    growth = sum(len(pseudo_text(s)) for s in sources) / sum(len(s) for s in sources)
    assert 1.25 <= growth <= 1.5, growth
    shown = pseudo_text("Save {name} for &now: %n plan(s) <b>x</b> &amp; %1")
    assert shown.startswith("[") and shown.endswith("]")
    for kept in ("{name}", "&ñ", "%n", "<b>", "</b>", "&amp;", "%1"):
        assert kept in shown


def test_editor_problems_are_translated(pseudo: None) -> None:
    from pydantic import ValidationError

    from crisisplan.forms.plan import CrisisPlan
    from crisisplan.forms.problems import problems_from_validation_error
    from crisisplan.ui.editor.page import inline_message
    from crisisplan.ui.editor.plan_form import as_typed

    with pytest.raises(ValidationError) as caught:
        CrisisPlan.model_validate({"person": {"given_name": "x" * 5000, "date_of_birth": "not a date"},
                                   "early_warning_signs": [{"sign": "y" * 9000}]})
    problems = {p.path: p for p in problems_from_validation_error(caught.value)}
    long_name = problems["person.given_name"].message
    assert str(long_name).startswith("About me › Given name: is too long (at most ")  # English for files, CLI
    shown = i18n.translate_marked(long_name)  # every part translated: field path, reason, the sentence
    assert shown.startswith("[[" + pseudo_text("About me") + " › " + pseudo_text("Given name") + "]: [")
    assert "Given name" not in shown and "too long" not in shown
    reason = long_name.values["reason"]  # type: ignore[attr-defined]
    assert inline_message(long_name) == i18n.translate_marked(reason)  # beside the field: the reason only
    entry = next(p.message for path, p in problems.items() if path.startswith("early_warning_signs"))
    assert str(entry).startswith("Early warning signs (entry 1) › ")
    assert i18n.translate_marked(entry).startswith("[[[" + pseudo_text("Early warning signs") + " (")
    typed = as_typed(problems["person.date_of_birth"])
    assert "dd/mm/yyyy" in str(typed.message)
    assert i18n.translate_marked(typed.message).endswith(
        pseudo_text("is not a real date: write it as dd/mm/yyyy, for example 07/03/1990") + ".]")
