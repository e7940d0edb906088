"""The app's few preferences, kept with QSettings. Settings never hold clinical data, names,
passphrases or keys: only the idle-lock time, the display language and the paths of the store
and trust bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crisisplan.i18n import LANGUAGES
from crisisplan.ui.i18n import SYSTEM, available_languages, translate

DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 60

_IDLE = "session/idle_minutes"
_TRUST = "verify/trust_bundle"
_STORE = "store/location"
_GEOMETRY = "window/geometry"
_LANGUAGE = "ui/language"


class AppSettings:
    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def for_user(cls) -> AppSettings:
        return cls(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "crisisplan", "desktop"))

    @classmethod
    def at(cls, path: Path) -> AppSettings:
        """Settings kept in one INI file (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def idle_minutes(self) -> int:
        try:
            value = int(str(self._store.value(_IDLE, DEFAULT_IDLE_MINUTES)))
        except ValueError:
            return DEFAULT_IDLE_MINUTES
        return min(MAX_IDLE_MINUTES, max(MIN_IDLE_MINUTES, value))

    @idle_minutes.setter
    def idle_minutes(self, minutes: int) -> None:
        self._store.setValue(_IDLE, min(MAX_IDLE_MINUTES, max(MIN_IDLE_MINUTES, int(minutes))))
        self._store.sync()

    @property
    def language(self) -> str:
        """The display language chosen in Settings (a code such as "pl"), or "" for the computer's."""
        value = str(self._store.value(_LANGUAGE, ""))
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, code: str) -> None:
        if code and code not in LANGUAGES:
            raise ValueError("not a known language code")
        if code:
            self._store.setValue(_LANGUAGE, code)
        else:
            self._store.remove(_LANGUAGE)
        self._store.sync()

    @property
    def window_geometry(self) -> QByteArray | None:
        """Where the main window was left (its geometry only: nothing about people or plans)."""
        value = self._store.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue(_GEOMETRY, geometry)
        self._store.sync()

    def _path(self, key: str) -> Path | None:
        value = self._store.value(key, "")
        return Path(str(value)) if value else None

    def _set_path(self, key: str, path: Path | None) -> None:
        if path is None:
            self._store.remove(key)
        else:
            self._store.setValue(key, str(path))
        self._store.sync()

    @property
    def trust_bundle(self) -> Path | None:
        return self._path(_TRUST)

    @trust_bundle.setter
    def trust_bundle(self, path: Path | None) -> None:
        self._set_path(_TRUST, path)

    @property
    def trust_root(self) -> str | None:
        """The organisation trust root this desktop's verifier is pinned to (a fingerprint)."""
        value = self._store.value("verify/trust_root", "")
        return str(value) if value else None

    @trust_root.setter
    def trust_root(self, fingerprint: str | None) -> None:
        if fingerprint is None:
            self._store.remove("verify/trust_root")
        else:
            self._store.setValue("verify/trust_root", fingerprint)
        self._store.sync()

    @property
    def trust_sequence(self) -> int:
        """The highest bundle sequence number accepted for the pinned root (an older bundle is refused)."""
        try:
            return int(str(self._store.value("verify/trust_sequence", "0")))
        except ValueError:
            return 0

    @trust_sequence.setter
    def trust_sequence(self, sequence: int) -> None:
        self._store.setValue("verify/trust_sequence", str(int(sequence)))
        self._store.sync()

    @property
    def viewer(self) -> str:
        """Who is looking at cards on this PC: police, ambulance, emergency_department or other."""
        value = str(self._store.value("verify/viewer", "other"))
        return value if value in ("police", "ambulance", "emergency_department", "other") else "other"

    @viewer.setter
    def viewer(self, viewer: str) -> None:
        self._store.setValue("verify/viewer", viewer)
        self._store.sync()

    @property
    def store_location(self) -> Path | None:
        """A store folder chosen in the first-run wizard, if not the default one."""
        return self._path(_STORE)

    @store_location.setter
    def store_location(self, path: Path | None) -> None:
        self._set_path(_STORE, path)


class SettingsDialog(QDialog):
    """The idle-lock time and the display language. Changes apply when the user presses OK (the
    language the next time crisisplan starts)."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(translate("SettingsDialog", "crisisplan settings"))
        self.setAccessibleName(translate("SettingsDialog", "Settings"))
        intro = QLabel(translate("SettingsDialog",
                                 "crisisplan locks itself when nobody has used it for a while, so that "
                               "nobody else can read plans on an unattended screen."))
        intro.setWordWrap(True)
        self.idle = QSpinBox()
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setValue(settings.idle_minutes)
        self._minutes_suffix(self.idle.value())
        self.idle.valueChanged.connect(self._minutes_suffix)
        self.idle.setAccessibleName(translate("SettingsDialog", "Lock after this many idle minutes"))
        form = QFormLayout()
        label = QLabel(translate("SettingsDialog", "&Lock after idle time of:"))
        label.setBuddy(self.idle)
        form.addRow(label, self.idle)
        self.language = QComboBox()
        self.language.addItem(translate("SettingsDialog", "The computer's language"), SYSTEM)
        for code, name in available_languages().items():
            self.language.addItem(name, code)
        chosen = self.language.findData(settings.language or SYSTEM)
        self.language.setCurrentIndex(max(0, chosen))
        self.language.setAccessibleName(translate("SettingsDialog", "Display language"))
        language_label = QLabel(translate("SettingsDialog", "&Display language:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        language_note = QLabel(translate("SettingsDialog", "A new language is used the next time crisisplan "
                                                           "starts."))
        language_note.setWordWrap(True)
        form.addRow("", language_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setAccessibleName(translate("SettingsDialog", "Dialog buttons"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _minutes_suffix(self, value: int) -> None:
        self.idle.setSuffix(translate("SettingsDialog", " minute") if value == 1 else translate("SettingsDialog",
                                                                                                " minutes"))

    def accept(self) -> None:
        self._settings.idle_minutes = self.idle.value()
        self._settings.language = str(self.language.currentData() or SYSTEM)
        super().accept()
