"""Recording the person's answer about sharing items with one recipient, from the share dialog.
It is saved as a new version of the plan (services.consent.set_consent)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crisisplan.forms.consent import ConsentStatus
from crisisplan.forms.items import Item
from crisisplan.ui.editor.common import STYLE, plain_label
from crisisplan.ui.editor.fields import LongTextEdit
from crisisplan.ui.editor.focus import apply_tab_order
from crisisplan.ui.i18n import translate, translate_marked


class RecordConsentDialog(QDialog):
    """Tick the items, choose agreed or refused, and note what the person said."""

    def __init__(self, recipient: str, items: Sequence[tuple[Item, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Editor", "Record consent"))
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate("Editor",
                                               "What does the person say about sharing these with {who}?").format(
            who=recipient)))
        group = QGroupBox(translate("Editor", "Information"), self)
        group_layout = QVBoxLayout(group)
        self.boxes: list[tuple[Item, QCheckBox]] = []
        for item, label in items:
            box = QCheckBox(translate_marked(label), group)
            box.setChecked(True)
            group_layout.addWidget(box)
            self.boxes.append((item, box))
        layout.addWidget(group)
        self.given = QRadioButton(translate("Editor", "The person agrees to share the ticked items"), self)
        self.refused = QRadioButton(translate("Editor", "The person refuses"), self)
        answers = QButtonGroup(self)
        answers.addButton(self.given)
        answers.addButton(self.refused)
        self.given.setChecked(True)
        layout.addWidget(self.given)
        layout.addWidget(self.refused)
        words_label = plain_label(translate("Editor", "What the person said (in their own words, optional)"))
        self.words = LongTextEdit(self)
        self.words.setProperty("ownWords", True)
        self.words.setAccessibleName(translate("Editor", "What the person said"))
        words_label.setBuddy(self.words)
        layout.addWidget(words_label)
        layout.addWidget(self.words)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(translate("Editor", "Record consent"), self)
        self.save_button.setDefault(True)
        cancel = QPushButton(translate("Editor", "Cancel"), self)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        for _item, box in self.boxes:
            box.toggled.connect(self._update)
        self._update()
        apply_tab_order(self)

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.chosen()))

    def chosen(self) -> list[Item]:
        return [item for item, box in self.boxes if box.isChecked()]

    def status(self) -> ConsentStatus:
        return ConsentStatus.GIVEN if self.given.isChecked() else ConsentStatus.REFUSED

    def in_own_words(self) -> str:
        return self.words.raw().strip()
