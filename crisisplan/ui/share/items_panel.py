"""Which items go to the recipient: those the person agreed to (ticked by default), those the
protocol allows but the person has not agreed to (each with its own tick box, unticked), and those
the protocol never sends to this recipient (listed, no tick box)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from crisisplan.forms.items import ITEMS, Item
from crisisplan.services.cards import NO_CONSENT_NEEDED
from crisisplan.ui.editor.common import plain_label
from crisisplan.ui.i18n import translate, translate_marked
from crisisplan.ui.share.text import consent_label, item_lines

if TYPE_CHECKING:
    # services.cards does not re-export it explicitly yet (its module is strict).
    from crisisplan.services.cards import SharePreview


class ItemRow(QWidget):
    """A tick box for one item, with its consent status and what it says (plain text)."""

    toggled = Signal()

    def __init__(self, item: Item, label: str, consent: str, lines: list[str], checked: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(0)
        self.box = QCheckBox(translate_marked(label), self)
        self.box.setChecked(checked)
        self.box.setAccessibleName(translate_marked(label))
        self.box.setAccessibleDescription(consent)
        layout.addWidget(self.box)
        detail = plain_label(consent + (" · " + " / ".join(lines) if lines else ""), role="description")
        detail.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(detail)
        self.box.toggled.connect(self.toggled)


class ItemsPanel(QWidget):
    changed = Signal()
    record_consent_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.agreed = QGroupBox(translate("Editor", "Will be shared: the person agreed"), self)
        self.agreed.setAccessibleName(translate("Editor", "Items the person agreed to share"))
        self._agreed_layout = QVBoxLayout(self.agreed)
        layout.addWidget(self.agreed)
        self.not_agreed = QGroupBox(translate("Editor", "Allowed by the protocol, but the person has not agreed"), self)
        self.not_agreed.setAccessibleName(translate("Editor", "Items without the person's consent"))
        self._not_agreed_layout = QVBoxLayout(self.not_agreed)
        layout.addWidget(self.not_agreed)
        self.record_consent = QPushButton(translate("Editor", "Record the person's consent…"), self)
        self.record_consent.setAccessibleName(translate("Editor", "Record the person's consent for this recipient"))
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.record_consent)
        consent_row.addStretch(1)
        layout.addLayout(consent_row)
        self.never = plain_label("", role="description")
        layout.addWidget(self.never)
        layout.addStretch(1)
        self.rows: list[ItemRow] = []
        self.record_consent.clicked.connect(self.record_consent_requested)

    def show_choices(self, shown: SharePreview) -> None:
        """Fill from the preview of what the protocol and the person's consent allow."""
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        for layout in (self._agreed_layout, self._not_agreed_layout):
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        recipient = shown.recipient_label
        agreed = 0
        for choice in shown.choices:
            consented = bool(choice.consented)
            parent = self.agreed if consented else self.not_agreed
            status = (translate("Editor",
                                "Public service numbers: no consent needed") if choice.item in NO_CONSENT_NEEDED
                      else consent_label(choice.consent))
            row = ItemRow(choice.item, choice.label, status, item_lines(choice.value), consented, parent)
            (self._agreed_layout if consented else self._not_agreed_layout).addWidget(row)
            row.toggled.connect(self.changed)
            self.rows.append(row)
            agreed += consented
        if agreed == 0:
            self._agreed_layout.addWidget(plain_label(
                translate("Editor",
                          "The person has not agreed to share anything with {who} yet. Record their consent, or "
                   "tick items below and give a lawful basis other than consent.").format(who=recipient),
                role="warning", parent=self.agreed))
        if agreed == len(self.rows):
            self._not_agreed_layout.addWidget(plain_label(translate("Editor", "None: the person agreed to every item."),
                                                          role="description", parent=self.not_agreed))
        else:
            self._not_agreed_layout.addWidget(plain_label(
                translate("Editor",
                          "Ticking one of these shares it WITHOUT the person's consent: choose vital interests, "
                   "safeguarding or a legal duty as the lawful basis and give the reason."),
                role="warning", parent=self.not_agreed))
        outside = [translate_marked(ITEMS[item].label) for item in shown.not_in_protocol]
        self.never.setText(translate("Editor", "Never sent to {who} under the local protocol: {items}.").format(
            who=recipient, items=", ".join(outside)) if outside else "")
        self.never.setVisible(bool(outside))

    def chosen(self) -> list[Item]:
        return [row.item for row in self.rows if row.box.isChecked()]
