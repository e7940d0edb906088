"""The organisation (administrators): its name, its card-signing keys (rotate, retire, revoke), its
trust root's fingerprint and the signed trust bundle that verifiers load."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLineEdit, QPushButton, QWidget

from crisisplan.forms.roles import Permission
from crisisplan.services import protocols, trust
from crisisplan.services.overview import SigningKeyInfo, signing_keys
from crisisplan.services.session import Session
from crisisplan.ui import files
from crisisplan.ui.dialogs import confirm
from crisisplan.ui.formatting import local_time
from crisisplan.ui.i18n import translate
from crisisplan.ui.records.base import RecordsTab
from crisisplan.ui.table_model import Column, RecordTableModel
from crisisplan.ui.tasks import TaskRunner
from crisisplan.ui.widgets import buddy_label, plain_label


def keys_model(parent: QWidget | None = None) -> RecordTableModel[SigningKeyInfo]:
    return RecordTableModel([
        Column[SigningKeyInfo](translate("records", "Key id"), lambda k: k.kid[:16], lambda k: k.kid),
        Column[SigningKeyInfo](translate("records", "Organisation"), lambda k: k.organisation),
        Column[SigningKeyInfo](translate("records", "Created"), lambda k: local_time(k.created_at)),
        Column[SigningKeyInfo](translate("records", "In use"), _key_state),
    ], parent)


def _key_state(k: SigningKeyInfo) -> str:
    if k.revoked_at:
        return translate("records", "REVOKED {when}").format(when=local_time(k.revoked_at))
    if k.retired_at:
        return translate("records", "Retired {when}").format(when=local_time(k.retired_at))
    return translate("records", "In use")


class KeysTab(RecordsTab):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.model = keys_model(self)
        self.organisation = QLineEdit()
        self.save_name = QPushButton(translate("KeysTab", "&Save name"))
        self.rotate_button = QPushButton(translate("KeysTab", "&Rotate the signing key…"))
        self.export_button = QPushButton(translate("KeysTab", "&Export the trust bundle…"))
        self.revoke_button = QPushButton(translate("KeysTab", "Re&voke the selected key…"))
        self.withdraw_card_button = QPushButton(translate("KeysTab", "&Withdraw a card…"))
        self.fingerprint = plain_label()
        self.fingerprint.setAccessibleDescription(translate("KeysTab", "Organisation trust root fingerprint"))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        name_row = QHBoxLayout()
        name_row.addWidget(buddy_label(translate("KeysTab", "&Organisation's name:"), self.organisation))
        name_row.addWidget(self.organisation, 1)
        name_row.addWidget(self.save_name)
        row = QHBoxLayout()
        row.addWidget(self.rotate_button)
        row.addWidget(self.export_button)
        row.addWidget(self.revoke_button)
        row.addWidget(self.withdraw_card_button)
        row.addStretch(1)
        self.layout_.addLayout(name_row)
        self.layout_.addWidget(plain_label(translate("KeysTab",
            "Cards are signed with the organisation's key. Give the trust bundle to the services that check "
            "cards (police, ambulance, emergency department); export it again after rotating the key or "
            "withdrawing cards.")))
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.fingerprint)
        self.layout_.addWidget(self.notice)
        self.table = self.make_table(self.model, translate("KeysTab", "Signing keys"))
        self.layout_.addWidget(self.table, 1)
        self.save_name.clicked.connect(self.save_organisation)
        self.organisation.returnPressed.connect(self.save_organisation)
        self.rotate_button.clicked.connect(self.rotate)
        self.export_button.clicked.connect(self.export_trust)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.withdraw_card_button.clicked.connect(self.withdraw_card)

    def refresh(self) -> None:
        name = self.call(protocols.organisation_name)
        if name is not None:
            self.organisation.setText(name)
        if self.session is not None and self.session.can(Permission.MANAGE_KEYS):
            root = self.call(trust.trust_fingerprint)
            if root is not None:
                self.fingerprint.setText(translate("KeysTab",
                                                   "Organisation trust root fingerprint (printed on the trust "
                                                 "bundle's cover sheet): {fp}").format(fp=trust.show_fingerprint(root)))
        rows = self.call(signing_keys)
        if rows is not None:
            self.model.set_rows(rows)
            self.fit_columns(self.table)

    def save_organisation(self) -> None:
        text = self.organisation.text()
        if self.run_ok(lambda s: protocols.set_organisation_name(s, text),
                     translate("KeysTab",
                               "The organisation's name was saved. It is printed on cards issued from now on.")):
            self.refresh()

    def rotate(self) -> None:
        def rotate_now() -> None:
            kid = self.call(protocols.rotate_signing_key)
            if kid is not None:
                self.refresh()
                self.notice.show_message(translate("KeysTab",
                    "A new signing key ({kid}) is in use. Cards signed with the old key still verify. Export "
                    "the trust bundle again and give it to the services that check cards.").format(kid=kid[:16]),
                    "ok")

        confirm(self, translate("KeysTab", "Rotate the signing key"),
                translate("KeysTab",
                          "Make a new signing key and use it for every card issued from now on? Cards already "
                        "issued stay valid."), translate("KeysTab", "&Rotate key"), rotate_now)

    def export_trust(self) -> None:
        folder = files.choose_folder(self, translate("KeysTab", "Export the trust bundle into a folder"))
        if folder is None:
            return
        done = self.call(lambda s: trust.export_trust(s, folder))
        if done is not None:
            self.notice.show_message(translate("KeysTab",
                "Trust bundle number {n} ({count} key(s)) and its cover sheet were written to {path}. Print the "
                "cover sheet and give both to the services that check cards.").format(
                n=done.bundle.sequence, count=len(done.bundle.keys), path=str(folder)), "ok")

    def revoke_selected(self) -> None:
        index = self.table.currentIndex()
        record = self.model.record(index.row()) if index.isValid() else None
        if record is None:
            self.notice.show_message(translate("KeysTab", "Select the key to revoke first."), "info")
            return
        reason, ok = QInputDialog.getText(self, translate("KeysTab", "Revoke a signing key"), translate("KeysTab",
            "Every card signed with key {kid} will fail verification once the new trust bundle is given out. "
            "Why is it being revoked?").format(kid=record.kid[:16]))
        if not ok:
            return
        if self.run_ok(lambda s: trust.revoke_key(s, record.kid, reason), translate("KeysTab",
                "Key {kid} is revoked. Export the trust bundle again, and re-issue the cards it signed.").format(
                kid=record.kid[:16])):
            self.refresh()

    def withdraw_card(self) -> None:
        card_id, ok = QInputDialog.getText(self, translate("KeysTab", "Withdraw a card"), translate("KeysTab",
            "The card's id (10 letters and digits, printed on the card and in the ledger):"))
        if not ok or not card_id.strip():
            return
        reason, ok = QInputDialog.getText(self, translate("KeysTab", "Withdraw a card"), translate("KeysTab",
            "Why is card {card} being withdrawn?").format(card=card_id.strip().upper()))
        if not ok:
            return
        done = self.call(lambda s: trust.revoke_card(s, card_id, reason))
        if done is not None:
            self.notice.show_message(translate("KeysTab",
                "Card {card} is withdrawn. Export the trust bundle again so verifiers say so.").format(
                card=card_id.strip().upper()) if done else translate("KeysTab",
                                                                     "That card was already withdrawn."), "ok")

    def clear(self) -> None:
        super().clear()
        self.model.clear()
        self.organisation.clear()
