"""The decision a share needs (AUD-04): share or not, the person's consent status, the lawful basis
and the reason; and where the card's files are saved. Only "Consent" is pre-selected, and only when
the person gave it; the reason is always the user's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crisisplan.sharing.decision import LAWFUL_BASIS_LABELS, WITHOUT_CONSENT_BASES, LawfulBasis
from crisisplan.ui.editor.common import plain_label
from crisisplan.ui.editor.fields import LongTextEdit
from crisisplan.ui.i18n import translate, translate_marked

SHARING_BASES = (LawfulBasis.CONSENT, LawfulBasis.VITAL_INTERESTS, LawfulBasis.SAFEGUARDING,
                 LawfulBasis.LEGAL_DUTY)
MIN_REASON = 3


class DecisionPanel(QWidget):
    changed = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        group = QGroupBox(translate("Editor", "Decision"), self)
        grid = QGridLayout(group)
        self.share_radio = QRadioButton(translate("Editor", "Share the ticked items and issue a card"), group)
        self.not_share_radio = QRadioButton(translate("Editor", "Decided not to share"), group)
        self._outcome = QButtonGroup(self)
        self._outcome.addButton(self.share_radio)
        self._outcome.addButton(self.not_share_radio)
        self.share_radio.setChecked(True)
        grid.addWidget(self.share_radio, 0, 0, 1, 2)
        grid.addWidget(self.not_share_radio, 1, 0, 1, 2)
        grid.addWidget(plain_label(translate("Editor", "Consent status:"), wrap=False), 2, 0)
        self.consent = plain_label("")
        self.consent.setAccessibleDescription(translate("Editor", "Consent status"))
        grid.addWidget(self.consent, 2, 1)
        basis_label = plain_label(translate("Editor", "Lawful basis:"), wrap=False)
        self.basis_combo = QComboBox(group)
        self.basis_combo.setAccessibleName(translate("Editor", "Lawful basis"))
        basis_label.setBuddy(self.basis_combo)
        grid.addWidget(basis_label, 3, 0)
        grid.addWidget(self.basis_combo, 3, 1)
        reason_label = plain_label(translate("Editor", "Reason:"), wrap=False)
        self.reason_edit = LongTextEdit(group)
        self.reason_edit.setAccessibleName(translate("Editor", "Reason for the decision"))
        self.reason_edit.setPlaceholderText(translate("Editor", "Why you are sharing, or not sharing, in a few words"))
        reason_label.setBuddy(self.reason_edit)
        grid.addWidget(reason_label, 4, 0)
        grid.addWidget(self.reason_edit, 4, 1)
        grid.setColumnStretch(1, 1)
        layout.addWidget(group)

        files = QGroupBox(translate("Editor", "Save the card's files in"), self)
        row = QHBoxLayout(files)
        self.folder_edit = QLineEdit(str(folder), files)
        self.folder_edit.setAccessibleName(translate("Editor", "Folder for the card's files"))
        self.folder_button = QPushButton(translate("Editor", "Choose…"), files)
        self.folder_button.setAccessibleName(translate("Editor", "Choose the folder for the card's files"))
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.folder_button)
        layout.addWidget(files)
        self.files_group = files

        self._fill_bases(sharing=True)
        self.share_radio.toggled.connect(self._outcome_changed)
        self.basis_combo.currentIndexChanged.connect(self.changed)
        self.reason_edit.changed.connect(self.changed)
        self.folder_edit.textChanged.connect(self.changed)
        self.folder_button.clicked.connect(self._choose_folder)

    def _fill_bases(self, *, sharing: bool) -> None:
        self.basis_combo.blockSignals(True)
        self.basis_combo.clear()
        if sharing:
            self.basis_combo.addItem(translate("Editor", "Choose the lawful basis…"), None)
            for basis in SHARING_BASES:
                self.basis_combo.addItem(translate_marked(LAWFUL_BASIS_LABELS[basis]), basis.value)
        else:
            self.basis_combo.addItem(translate_marked(LAWFUL_BASIS_LABELS[LawfulBasis.NOT_SHARED]),
                                     LawfulBasis.NOT_SHARED.value)
        self.basis_combo.setEnabled(sharing)
        self.basis_combo.blockSignals(False)

    def _outcome_changed(self) -> None:
        sharing = self.sharing()
        self._fill_bases(sharing=sharing)
        self.files_group.setEnabled(sharing)
        self.changed.emit()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, translate("Editor", "Folder for the card's files"),
                                                  self.folder())
        if chosen:
            self.folder_edit.setText(chosen)

    # ---- what was decided -----------------------------------------------------------------------

    def sharing(self) -> bool:
        return self.share_radio.isChecked()

    def basis(self) -> LawfulBasis | None:
        data = self.basis_combo.currentData()
        return LawfulBasis(data) if isinstance(data, str) else None

    def reason(self) -> str:
        return self.reason_edit.raw().strip()

    def folder(self) -> str:
        return self.folder_edit.text().strip()

    def suggest_basis(self, basis: LawfulBasis) -> None:
        """Pre-select `basis` while the user has not chosen one (consent given: Consent)."""
        if self.sharing() and self.basis() is None:
            index = self.basis_combo.findData(basis.value)
            if index >= 0:
                self.basis_combo.setCurrentIndex(index)

    def set_consent_status(self, text: str) -> None:
        self.consent.setText(text)

    def missing(self, chosen: int, without_consent: int) -> list[str]:
        """What is still needed before the decision can be recorded, in plain words."""
        needed: list[str] = []
        if self.sharing():
            basis = self.basis()
            if chosen == 0:
                needed.append(translate("Editor", "tick at least one item to share (or choose 'Decided not to share')"))
            if basis is None:
                needed.append(translate("Editor", "choose the lawful basis"))
            elif without_consent and basis not in WITHOUT_CONSENT_BASES:
                needed.append(translate("Editor",
                                        "items without the person's consent need vital interests, safeguarding or "
                                 "a legal duty as the lawful basis"))
        if len(self.reason()) < MIN_REASON:
            needed.append(translate("Editor", "give the reason"))
        if self.sharing() and not self.folder():
            needed.append(translate("Editor", "choose the folder to save the card in"))
        return needed
