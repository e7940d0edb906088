"""Partner organisations whose cards this organisation's verifiers accept (TRUST-02): listed with
their root fingerprints and keys; added only by the information-governance lead, by fingerprint
(read from the partner's cover sheet) and their signed bundle, which must verify against it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton, QWidget

from crisisplan.bounded import read_bounded
from crisisplan.export.trust import TrustBundle
from crisisplan.forms.roles import Permission
from crisisplan.services import trust
from crisisplan.services.session import Session
from crisisplan.store.partners import PartnerRecord
from crisisplan.ui import files
from crisisplan.ui.errors import describe
from crisisplan.ui.i18n import translate
from crisisplan.ui.records.base import RecordsTab
from crisisplan.ui.table_model import Column, RecordTableModel
from crisisplan.ui.tasks import TaskRunner
from crisisplan.ui.widgets import plain_label

Row = tuple[PartnerRecord, TrustBundle | None]
MAX_PARTNER_BUNDLE_BYTES = 1024 * 1024


def _keys(row: Row) -> str:
    bundle = row[1]
    if bundle is None:
        return translate("records", "its bundle no longer verifies: add a new one")
    own = [k for k in bundle.keys if k.partner_root is None]
    return translate("records", "{active} active, {other} retired or revoked (bundle {n})").format(
        active=sum(k.status == "active" for k in own), other=sum(k.status != "active" for k in own), n=bundle.sequence)


def partners_model(parent: QWidget | None = None) -> RecordTableModel[Row]:
    return RecordTableModel([
        Column[Row](translate("records", "Partner"), lambda r: r[0].name),
        Column[Row](translate("records", "Root fingerprint"), lambda r: trust.show_fingerprint(r[0].root_fingerprint)),
        Column[Row](translate("records", "Keys"), _keys),
        Column[Row](translate("records", "Added by"), lambda r: r[0].added_by),
    ], parent)


class PartnersTab(RecordsTab):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.model = partners_model(self)
        self.add_button = QPushButton(translate("PartnersTab", "&Add a partner organisation…"))
        self.add_button.setEnabled(session.can(Permission.MANAGE_PARTNERS))
        if not self.add_button.isEnabled():
            self.add_button.setToolTip(translate("PartnersTab", "Only the information-governance lead adds partners."))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.layout_.addWidget(plain_label(translate("PartnersTab",
            "Cards issued by these organisations are accepted by your verifiers: their active keys go into "
            "your next trust bundle. Check each fingerprint against the partner's printed cover sheet.")))
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.notice)
        self.table = self.make_table(self.model, translate("PartnersTab", "Partner organisations"))
        self.layout_.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add_partner)

    def refresh(self) -> None:
        rows = self.call(trust.partners)
        if rows is not None:
            self.model.set_rows(rows)
            self.fit_columns(self.table, max_chars=90)  # the whole fingerprint, to compare with the cover sheet

    def add_partner(self) -> None:
        name, ok = QInputDialog.getText(self, translate("PartnersTab", "Add a partner organisation"),
                                        translate("PartnersTab", "The partner organisation's name:"))
        if not ok or not name.strip():
            return
        fingerprint, ok = QInputDialog.getText(self, translate("PartnersTab", "Add a partner organisation"),
                                               translate("PartnersTab",
            "Its trust root fingerprint, exactly as printed on its cover sheet (64 characters):"))
        if not ok or not fingerprint.strip():
            return
        path = files.open_file(self, translate("PartnersTab", "The partner's trust bundle"),
                               translate("PartnersTab", "Trust bundle (*.json)"))
        if path is None:
            return
        try:
            bundle = read_bounded(path, MAX_PARTNER_BUNDLE_BYTES)  # SEC-08: never a device, FIFO or huge file
        except (OSError, ValueError) as exc:
            self.notice.show_message(describe(exc), "problem")
            return
        self.add_from(name, fingerprint, bundle)

    def add_from(self, name: str, fingerprint: str, bundle: bytes) -> bool:
        done = self.call(lambda s: trust.add_partner(s, name, fingerprint, bundle))
        if done is None:
            return False
        self.notice.show_message(translate("PartnersTab",
                                           "{name} added: its cards are accepted once you export your trust bundle "
                                         "again (Organisation and keys).").format(name=name.strip()), "ok")
        self.refresh()
        return True

    def clear(self) -> None:
        super().clear()
        self.model.clear()
