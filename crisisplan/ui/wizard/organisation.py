"""Wizard pages: the local protocol, the organisation's name and signing key; then done."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWizardPage

from crisisplan.services.overview import ProtocolInfo, protocol_choices
from crisisplan.services.protocols import (
    confirm_sample_protocol,
    ensure_signing_key,
    issue_blockers,
    set_active_protocol,
    set_organisation_name,
)
from crisisplan.ui.errors import describe
from crisisplan.ui.i18n import translate, translate_marked
from crisisplan.ui.widgets import NoticeBar, buddy_label, plain_label
from crisisplan.ui.wizard.account import _wizard


class ProtocolPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("ProtocolPage", "Your local protocol and organisation"))
        self.setSubTitle(translate("ProtocolPage",
                                   "The local information-sharing protocol says who may see what in a crisis."))
        self.protocol = QComboBox()
        self.details = plain_label()
        self.details.setAccessibleDescription(translate("ProtocolPage", "About the chosen protocol"))
        self.confirm_sample = QCheckBox(translate("ProtocolPage",
            "I have checked this SAMPLE protocol with our information-governance lead: its recipients, "
            "items and 24-hour numbers match our local agreement"))
        self.confirm_sample.setVisible(False)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(translate("ProtocolPage", "For example: Riverside Medical Practice"))
        self.notice = NoticeBar()
        self._choices: list[ProtocolInfo] = []
        form = QFormLayout()
        form.addRow(buddy_label(translate("ProtocolPage", "Local &protocol:"), self.protocol), self.protocol)
        form.addRow("", self.details)
        form.addRow("", self.confirm_sample)
        form.addRow(buddy_label(translate("ProtocolPage", "&Organisation's name:"), self.organisation),
                    self.organisation)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plain_label(translate("ProtocolPage",
            "The organisation's name is printed on every card as its issuer. A signing key is created for "
            "the organisation now; cards are signed with it so that police, ambulance and emergency "
            "department staff can check them offline.")))
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.protocol.currentIndexChanged.connect(self._show_details)
        self.organisation.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.confirm_sample.toggled.connect(lambda _c: self.completeChanged.emit())

    def initializePage(self) -> None:
        session = _wizard(self).session
        self.protocol.clear()
        self._choices = []
        if session is None:
            return
        try:
            self._choices = protocol_choices(session)
        except Exception as exc:
            self.notice.show_message(describe(exc), "problem")
            return
        for info in self._choices:
            self.protocol.addItem(translate("ProtocolPage",
                                            "{area} (SAMPLE)").format(area=info.area) if info.sample else info.area,
                                  info.id)
        active = next((i for i, info in enumerate(self._choices) if info.active), 0)
        self.protocol.setCurrentIndex(active)
        self._show_details(active)

    def _show_details(self, index: int) -> None:
        if 0 <= index < len(self._choices):
            self.details.setText(self.describe(self._choices[index]))
            self.confirm_sample.setVisible(self._choices[index].sample)
            self.confirm_sample.setChecked(False)
        self.completeChanged.emit()

    def _chosen_sample(self) -> bool:
        index = self.protocol.currentIndex()
        return 0 <= index < len(self._choices) and self._choices[index].sample

    def describe(self, info: ProtocolInfo) -> str:
        partners = ", ".join(info.partners[:6]) + (" …" if len(info.partners) > 6 else "")
        return translate("ProtocolPage", "{area} (version {version}, review by {review}).\nPartners: {partners}\n"
                       "Recipients: {recipients}\nCards stay valid for {days} days.").format(
                           area=info.area, version=info.version, review=info.review_date, partners=partners,
                           recipients=", ".join(info.recipients), days=info.card_validity_days)

    def isComplete(self) -> bool:
        """The organisation is named, and a SAMPLE protocol is confirmed, before any card can be issued."""
        confirmed = self.confirm_sample.isChecked() or not self._chosen_sample()
        return len(self.organisation.text().strip()) >= 2 and self.protocol.count() > 0 and confirmed

    def validatePage(self) -> bool:
        wizard = _wizard(self)
        session = wizard.session
        if session is None:
            return False
        try:
            set_active_protocol(session, str(self.protocol.currentData()))
            if self._chosen_sample() and self.confirm_sample.isChecked():
                confirm_sample_protocol(session, str(self.protocol.currentData()))
            set_organisation_name(session, self.organisation.text())
            wizard.signing_kid = ensure_signing_key(session)
        except Exception as exc:
            self.notice.show_message(describe(exc), "problem")
            return False
        self.notice.clear()
        return True


class FinishPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("FinishPage", "The store is ready"))
        self.summary = plain_label()
        self.summary.setAccessibleDescription(translate("FinishPage", "Summary"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = _wizard(self)
        self.summary.setText(translate("FinishPage",
            "The encrypted store is in {folder}.\n\n"
            "The organisation's signing key ({kid}) is ready.\n\n"
            "Next steps: add the other people who will use crisisplan (Records → Users), and make a first "
            "backup (Records → Backup and restore). Press Finish to start.").format(
                folder=str(wizard.data_dir), kid=wizard.signing_kid[:16]))
        try:  # what still stands between this store and its first card, said now (issue 11)
            blockers = issue_blockers(wizard.session) if wizard.session is not None else []
        except Exception:  # the summary never fails; the share dialog says it again
            blockers = []
        if blockers:
            before = translate("FinishPage", "Before the first card: {what}").format(
                what=" ".join(translate_marked(blocker) for blocker in blockers))
            self.summary.setText(self.summary.text() + "\n\n" + before)
