"""Translating the desktop: the one helper every user-visible string goes through, and the
translators installed at start-up.

- `translate("Context", "Text")`: a literal context and a literal text, so `pyside6-lupdate` files
  the string under the same context the app looks it up in (tests/ui/test_i18n_extract.py checks).
- `translate_marked(text)`: text marked elsewhere, translated where it is shown: form titles and
  help texts from the pydantic models (context "forms", extracted through the generated
  crisisplan/forms/texts_for_translation.py) and messages of services and the store marked with
  crisisplan.i18n.QT_TRANSLATE_NOOP (they carry their own context and values).
- `install_translators(app, language)`: crisisplan's compiled translation (resources/translations/
  crisisplan_<lang>.qm, built by pyside6-lrelease at install time) and Qt's own qtbase one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from crisisplan.i18n import LANGUAGES, Message
from crisisplan.paths import resources_dir

log = logging.getLogger(__name__)

FORMS = "forms"
SYSTEM = ""  # the setting's value for "the computer's language"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of `text` in `context` (both literals, so lupdate can extract them)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translate_marked(text: str, context: str = FORMS) -> str:
    """Translate text marked for translation elsewhere: a Message carries its context and values
    (values that are Messages are translated too); plain text is looked up under `context`."""
    if isinstance(text, Message):
        values = {name: translate_marked(value, context) if isinstance(value, Message) else value
                  for name, value in text.values.items()}
        found = QCoreApplication.translate(text.context, text.source)
        try:
            return found.format(**values) if values else found
        except (KeyError, IndexError, ValueError):
            log.warning("translation of a message in context %s does not fit its values", text.context)
            return str(text)
    return QCoreApplication.translate(context, text) if text else text


def translations_dir() -> Path:
    return resources_dir() / "translations"


def available_languages() -> dict[str, str]:
    """Languages with a compiled translation (plus English, the source): code -> name."""
    folder = translations_dir()
    found = {path.stem.removeprefix("crisisplan_") for path in folder.glob("crisisplan_*.qm")}
    return {code: name for code, name in LANGUAGES.items() if code == "en" or code in found}


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """The language to show: the setting when it names an available one, else the system locale's
    (its full name, then its language), else English."""
    available = available_languages()
    if setting in available:
        return setting
    locale = system if system is not None else QLocale.system()
    for code in (locale.name(), locale.name().split("_")[0]):
        if code in available:
            return code
    return "en"


def install_translators(app: QCoreApplication, language: str, folder: Path | None = None) -> list[QTranslator]:
    """Load and install the translators for `language` (from `folder`, by default the bundled
    translations); returns them. A missing or unreadable file leaves the English text in place and
    is logged (no data)."""
    if language == "en":
        return []
    installed: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(str((folder or translations_dir()) / f"crisisplan_{language}.qm")):
        app.installTranslator(own)
        installed.append(own)
    else:
        log.warning("no compiled translation for language %s", language)
    qt_base = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(QLocale(language), "qtbase", "_", qt_folder):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    if installed and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(layout_direction(language))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to English (tests, and a language change without restarting)."""
    for translator in translators:
        app.removeTranslator(translator)
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def layout_direction(language: str) -> Qt.LayoutDirection:
    if language in LANGUAGES and language.startswith("en"):
        return Qt.LayoutDirection.LeftToRight
    return QLocale(language).textDirection()
