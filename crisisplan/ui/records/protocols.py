"""Local protocols (administrators): which one is in use, and importing a protocol file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from crisisplan.bounded import read_bounded
from crisisplan.services import protocols
from crisisplan.services.overview import ProtocolInfo, protocol_choices
from crisisplan.services.session import Session
from crisisplan.ui import files
from crisisplan.ui.records.base import RecordsTab
from crisisplan.ui.table_model import Column, RecordTableModel
from crisisplan.ui.tasks import TaskRunner
from crisisplan.ui.widgets import plain_label

MAX_PROTOCOL_FILE = 1024 * 1024


def tr(text: str) -> str:
    return QCoreApplication.translate("records", text)


def protocols_model(parent: QWidget | None = None) -> RecordTableModel[ProtocolInfo]:
    return RecordTableModel([
        Column[ProtocolInfo](tr("Area"), lambda p: p.area),
        Column[ProtocolInfo](tr("In use"), lambda p: tr("In use") if p.active else ""),
        Column[ProtocolInfo](tr("Version"), lambda p: p.version),
        Column[ProtocolInfo](tr("Review by"), lambda p: p.review_date),
        Column[ProtocolInfo](tr("Card valid for (days)"), lambda p: str(p.card_validity_days)),
        Column[ProtocolInfo](tr("Partners"), lambda p: ", ".join(p.partners), lambda p: "\n".join(p.partners)),
    ], parent)


class ProtocolsTab(RecordsTab):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.model = protocols_model(self)
        self.use_button = QPushButton(self.tr("&Use this protocol"))
        self.import_button = QPushButton(self.tr("&Import a protocol file…"))
        row = QHBoxLayout()
        row.addWidget(self.use_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        self.layout_.addWidget(plain_label(self.tr(
            "The local information-sharing protocol decides which items each recipient may receive by default, "
            "the 24-hour numbers on cards and how long a card stays valid. The person's consent decides what "
            "is finally shared.")))
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.notice)
        self.table = self.make_table(self.model, self.tr("Local protocols"))
        self.layout_.addWidget(self.table, 1)
        self.use_button.clicked.connect(self.use_selected)
        self.import_button.clicked.connect(self.import_file)

    def refresh(self) -> None:
        rows = self.call(protocol_choices)
        if rows is not None:
            self.model.set_rows(rows)
            self.fit_columns(self.table)

    def use_selected(self) -> None:
        index = self.table.currentIndex()
        chosen = self.model.record(index.row()) if index.isValid() else None
        if chosen is None:
            self.notice.show_message(self.tr("Choose a protocol in the list first."), "info")
            return
        done = self.call(lambda s: protocols.set_active_protocol(s, chosen.id),
                         self.tr("{area} is now the protocol in use.").format(area=chosen.area))
        if done is not None:
            self.refresh()

    def import_file(self) -> None:
        path = files.open_file(self, self.tr("Import a protocol file"),
                                self.tr("Protocol files (*.json);;All files (*)"))
        if path is None:
            return
        try:
            data = read_bounded(path, MAX_PROTOCOL_FILE)
        except OSError as exc:
            self.notice.show_message(self.tr("The file could not be read ({reason}).").format(
                reason=exc.strerror or type(exc).__name__), "problem")
            return
        imported = self.call(lambda s: protocols.import_protocol(s, data))
        if imported is not None:
            self.notice.show_message(self.tr("The protocol for {area} was imported. Choose it and press "
                                             "\"Use this protocol\" to use it.").format(area=imported.area), "ok")
            self.refresh()

    def clear(self) -> None:
        super().clear()
        self.model.clear()
