"""Local protocols (administrators): which one is in use, and importing a protocol file."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from crisisplan.bounded import read_bounded
from crisisplan.services import protocols
from crisisplan.services.overview import ProtocolInfo, protocol_choices
from crisisplan.services.session import Session
from crisisplan.ui import files
from crisisplan.ui.i18n import translate
from crisisplan.ui.records.base import RecordsTab
from crisisplan.ui.table_model import Column, RecordTableModel
from crisisplan.ui.tasks import TaskRunner
from crisisplan.ui.widgets import buddy_label, plain_label

MAX_PROTOCOL_FILE = 1024 * 1024


def protocols_model(parent: QWidget | None = None) -> RecordTableModel[ProtocolInfo]:
    return RecordTableModel([
        Column[ProtocolInfo](translate("records", "Area"),
                             lambda p: translate("records",
                                                 "{area} (SAMPLE)").format(area=p.area) if p.sample else p.area),
        Column[ProtocolInfo](translate("records", "In use"),
                             lambda p: translate("records", "In use") if p.active else ""),
        Column[ProtocolInfo](translate("records", "Version"), lambda p: p.version),
        Column[ProtocolInfo](translate("records", "Review by"), lambda p: p.review_date),
        Column[ProtocolInfo](translate("records", "Card valid for (days)"), lambda p: str(p.card_validity_days)),
        Column[ProtocolInfo](translate("records", "Partners"), lambda p: ", ".join(p.partners),
                             lambda p: "\n".join(p.partners)),
    ], parent)


class ProtocolsTab(RecordsTab):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.model = protocols_model(self)
        self.use_button = QPushButton(translate("ProtocolsTab", "&Use this protocol"))
        self.import_button = QPushButton(translate("ProtocolsTab", "&Import a protocol file…"))
        self.confirm_button = QPushButton(translate("ProtocolsTab", "&Confirm this SAMPLE protocol…"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(translate("ProtocolsTab", "For example: Riverside Medical Practice"))
        self.name_button = QPushButton(translate("ProtocolsTab", "Set the &name"))
        row = QHBoxLayout()
        row.addWidget(self.use_button)
        row.addWidget(self.import_button)
        row.addWidget(self.confirm_button)
        row.addStretch(1)
        name_row = QHBoxLayout()
        name_row.addWidget(buddy_label(translate("ProtocolsTab", "Or&ganisation's name (printed on every card):"),
                                       self.organisation))
        name_row.addWidget(self.organisation, 1)
        name_row.addWidget(self.name_button)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(translate("ProtocolsTab",
                                                 "Recipients, items and 24-hour numbers of the chosen protocol"))
        self.layout_.addWidget(plain_label(translate("ProtocolsTab",
            "The local information-sharing protocol decides which items each recipient may receive by default, "
            "the 24-hour numbers on cards and how long a card stays valid. The person's consent decides what "
            "is finally shared.")))
        self.layout_.addLayout(name_row)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.notice)
        self.table = self.make_table(self.model, translate("ProtocolsTab", "Local protocols"))
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.details, 2)
        self.use_button.clicked.connect(self.use_selected)
        self.import_button.clicked.connect(self.import_file)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.name_button.clicked.connect(self.set_name)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_details())

    def refresh(self) -> None:
        rows = self.call(protocol_choices)
        if rows is not None:
            self.model.set_rows(rows)
            self.fit_columns(self.table)
            active = next((i for i, p in enumerate(rows) if p.active), 0)
            if rows:
                self.table.setCurrentIndex(self.model.index(active, 0))
            self.show_details()
        name = self.call(protocols.organisation_name)
        if name is not None and name != protocols.DEFAULT_ORGANISATION:
            self.organisation.setText(name)

    def _chosen(self) -> ProtocolInfo | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def show_details(self) -> None:
        chosen = self._chosen()
        self.confirm_button.setEnabled(chosen is not None and chosen.sample)
        text = self.call(lambda s: protocols.protocol_details(s, chosen.id)) if chosen is not None else ""
        self.details.setPlainText(text or "")

    def confirm_selected(self) -> None:
        chosen = self._chosen()
        if chosen is None or not chosen.sample:
            return
        if not chosen.active:
            self.notice.show_message(translate("ProtocolsTab", "Use this protocol first, then confirm it."), "info")
            return
        if self.run_ok(lambda s: protocols.confirm_sample_protocol(s, chosen.id),
                       translate("ProtocolsTab",
                                 "The SAMPLE protocol for {area} is confirmed for use.").format(area=chosen.area)):
            self.show_details()

    def set_name(self) -> None:
        name = self.organisation.text()
        self.run_ok(lambda s: protocols.set_organisation_name(s, name),
                    translate("ProtocolsTab", "The organisation's name is set. New cards carry it as their issuer."))

    def use_selected(self) -> None:
        index = self.table.currentIndex()
        chosen = self.model.record(index.row()) if index.isValid() else None
        if chosen is None:
            self.notice.show_message(translate("ProtocolsTab", "Choose a protocol in the list first."), "info")
            return
        done = self.call(lambda s: protocols.set_active_protocol(s, chosen.id),
                         translate("ProtocolsTab", "{area} is now the protocol in use.").format(area=chosen.area))
        if done is not None:
            self.refresh()

    def import_file(self) -> None:
        path = files.open_file(self, translate("ProtocolsTab", "Import a protocol file"),
                                translate("ProtocolsTab", "Protocol files (*.json);;All files (*)"))
        if path is None:
            return
        try:
            data = read_bounded(path, MAX_PROTOCOL_FILE)
        except OSError as exc:
            self.notice.show_message(translate("ProtocolsTab", "The file could not be read ({reason}).").format(
                reason=exc.strerror or type(exc).__name__), "problem")
            return
        imported = self.call(lambda s: protocols.import_protocol(s, data))
        if imported is not None:
            self.notice.show_message(translate("ProtocolsTab",
                                               "The protocol for {area} was imported. Choose it and press "
                                             "\"Use this protocol\" to use it.").format(area=imported.area), "ok")
            self.refresh()

    def clear(self) -> None:
        super().clear()
        self.model.clear()
