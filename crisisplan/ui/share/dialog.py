"""Share need-to-know information with one recipient, and issue the signed card.

The dialog shows exactly which items will go (the local protocol's items for the recipient,
narrowed by the person's consent), and the decision the law needs before anything goes: consent
status, lawful basis and reason (AUD-04). "Decided not to share" is recorded as a decision too.
The issue button stays disabled, with a note saying what is missing, until the decision is
complete. No window title names the person (SES-05)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crisisplan.forms.consent import ConsentStatus
from crisisplan.forms.items import ITEMS, Item
from crisisplan.services.cards import (
    PAST_REVIEW_DAYS,
    IssuedCard,
    decide,
    is_past_review,
    issue_card,
    preview,
    record_not_sharing,
    record_print,
)
from crisisplan.services.consent import cards_carrying, set_consent, withdraw_consent
from crisisplan.services.errors import ProtocolError, ServiceError, StoreError
from crisisplan.services.plans import LoadedPlan
from crisisplan.services.protocols import active_protocol, issue_blockers
from crisisplan.services.session import Session
from crisisplan.sharing.decision import CONSENT_STATE_LABELS, ConsentState, LawfulBasis
from crisisplan.ui.announce import announce
from crisisplan.ui.editor import prompts
from crisisplan.ui.editor.common import STYLE, heading, plain_label
from crisisplan.ui.editor.focus import apply_tab_order
from crisisplan.ui.errors import describe, error_text
from crisisplan.ui.i18n import translate, translate_marked
from crisisplan.ui.share.consent_dialog import RecordConsentDialog
from crisisplan.ui.share.decision_panel import DecisionPanel
from crisisplan.ui.share.folders import default_card_folder
from crisisplan.ui.share.issued_panel import IssuedPanel
from crisisplan.ui.share.items_panel import ItemsPanel
from crisisplan.ui.share.printing import PrintError, print_pdf
from crisisplan.ui.share.text import item_lines

if TYPE_CHECKING:
    # services.cards does not re-export it explicitly yet (its module is strict).
    from crisisplan.services.cards import SharePreview


PREVIEW_LINES = 6


class ShareDialog(QDialog):
    def __init__(self, session: Session, plan_id: int, parent: QWidget | None = None, *,
                 out_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.withdrawn_cards: list[str] = []
        self.setWindowTitle(translate("Editor", "Share and issue a card"))
        self.setStyleSheet(STYLE)
        self._session = session
        self._plan_id = plan_id
        self._loaded: LoadedPlan | None = None
        self._shown: SharePreview | None = None
        self._restrictions: dict[str, str] = {}
        self.issued: IssuedCard | None = None
        self._sized = False
        self._blockers: list[str] = []
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self.stack.addWidget(self._decide_page(out_dir or default_card_folder()))
        done = QWidget(self)
        done_layout = QVBoxLayout(done)
        done_scroll = QScrollArea(done)  # the outcome scrolls: the dialog never outgrows the screen
        done_scroll.setWidgetResizable(True)
        done_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.outcome = IssuedPanel(done_scroll)
        done_scroll.setWidget(self.outcome)
        done_layout.addWidget(done_scroll, 1)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        self.close_button = QPushButton(translate("Editor", "Close"), done)
        close_row.addWidget(self.close_button)
        done_layout.addLayout(close_row)
        self.stack.addWidget(done)
        self.close_button.clicked.connect(self.accept)
        self.outcome.print_requested.connect(self._print)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field or on a radio button issues, nothing else
        self.action_button.setDefault(True)  # "Issue card" is the only default button
        self._fill_recipients()
        apply_tab_order(self)
        self.recipient.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """Open at a size where the decision is visible without scrolling, and never grow past the
        screen (so Close stays on it after issuing)."""
        screen = self.screen()
        if screen is not None and not self._sized:
            self._sized = True
            room = screen.availableGeometry()
            self.setMaximumSize(room.size())
            width = min(max(self.sizeHint().width(), int(room.width() * 0.85)), room.width())
            height = min(max(self.sizeHint().height(), int(room.height() * 0.9)), room.height())
            self.resize(width, height)
        super().showEvent(event)

    def _decide_page(self, folder: Path) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(translate("Editor", "Share need-to-know information")))
        top = QHBoxLayout()
        who = plain_label(translate("Editor", "Share with:"), wrap=False)
        self.recipient = QComboBox(page)
        self.recipient.setAccessibleName(translate("Editor", "Recipient"))
        who.setBuddy(self.recipient)
        top.addWidget(who)
        top.addWidget(self.recipient, 1)
        top.addStretch(2)
        layout.addLayout(top)
        self.problem = plain_label("", role="problem")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        body = QHBoxLayout()
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        self.items = ItemsPanel(scroll)
        scroll.setWidget(self.items)
        body.addWidget(scroll, 5)
        right = QVBoxLayout()
        # The decision side scrolls rather than squeezing its fields when the system font is large.
        side_scroll = self.side_scroll = QScrollArea(page)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side = QWidget(side_scroll)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        card = QGroupBox(translate("Editor", "What the card will say"), side)
        card_layout = QVBoxLayout(card)
        self.card_text = QPlainTextEdit(card)
        self.card_text.setReadOnly(True)
        self.card_text.setTabChangesFocus(True)
        self.card_text.setAccessibleName(translate("Editor", "Preview of the card"))
        self.card_text.setMinimumHeight(self.card_text.fontMetrics().lineSpacing() * PREVIEW_LINES)
        card_layout.addWidget(self.card_text)
        card_layout.addWidget(plain_label(translate("Editor",
                                                    "The QR code is made and signed when you issue the card; it "
                                             "carries the same items."), role="description"))
        side_layout.addWidget(card, 1)
        self.decision = DecisionPanel(folder, side)
        side_layout.addWidget(self.decision)
        side_scroll.setWidget(side)
        right.addWidget(side_scroll, 1)
        self.missing = plain_label("", role="warning")  # outside the scroll: always in view
        self.missing.setAccessibleDescription(translate("Editor", "What is still needed"))
        right.addWidget(self.missing)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.action_button = QPushButton(translate("Editor", "Issue card"), page)
        self.cancel_button = QPushButton(translate("Editor", "Cancel"), page)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.cancel_button)
        right.addLayout(buttons)
        body.addLayout(right, 6)
        layout.addLayout(body, 1)
        self.recipient.currentIndexChanged.connect(self._load_recipient)
        self.items.changed.connect(self._update)
        self.items.record_consent_requested.connect(self._record_consent)
        self.decision.changed.connect(self._update)
        self.action_button.clicked.connect(self._act)
        self.cancel_button.clicked.connect(self.reject)
        return page

    # ---- the recipient and what may go ----------------------------------------------------------

    def _fail(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(True)
        self.action_button.setEnabled(False)

    def _fill_recipients(self) -> None:
        try:
            protocol = active_protocol(self._session)
        except (ServiceError, StoreError, ProtocolError) as exc:
            self._fail(error_text(exc))
            return
        self._restrictions = {key: r.use_restriction or "" for key, r in protocol.recipients.items()}
        try:
            self._blockers = [translate_marked(blocker) for blocker in issue_blockers(self._session)]
        except (ServiceError, StoreError) as exc:
            self._blockers = [error_text(exc)]
        if self._blockers:  # caught before the first card is issued, never printed on it
            self.problem.setText(translate("Editor", "No card can be issued yet. {problems}").format(
                problems=" ".join(self._blockers)))
            self.problem.setVisible(True)
        self.recipient.blockSignals(True)
        for key, recipient in protocol.recipients.items():
            self.recipient.addItem(recipient.display_name, key)
        self.recipient.blockSignals(False)
        self._load_recipient()

    def _load_recipient(self) -> None:
        key = self.recipient.currentData()
        if not isinstance(key, str):
            return
        try:
            self._loaded, self._shown = preview(self._session, self._plan_id, key)
        except (ServiceError, StoreError) as exc:
            self._loaded = self._shown = None
            self._fail(error_text(exc))
            return
        self.problem.setVisible(bool(self._blockers))
        self.items.show_choices(self._shown)
        apply_tab_order(self)
        self._update()

    def _update(self) -> None:
        shown = self._shown
        if shown is None:
            return
        chosen = self.items.chosen()
        without = shown.without_consent(chosen)
        state = shown.consent_state(chosen)
        self.decision.set_consent_status(translate_marked(CONSENT_STATE_LABELS[state]))
        if state is ConsentState.GIVEN:
            self.decision.suggest_basis(LawfulBasis.CONSENT)  # consent given: Consent is pre-selected
        self.card_text.setPlainText(self._card_text(chosen) if self.decision.sharing() else
                                    translate("Editor",
                                              "Nothing will be shared with {who}.").format(who=shown.recipient_label))
        needed = self.decision.missing(len(chosen), len(without))
        action = translate("Editor", "Issue card") if self.decision.sharing() else translate("Editor",
                                                                                             "Record decision not to "
                                                                                             "share")
        self.action_button.setText(action)
        self.action_button.setAccessibleName(action)
        self.action_button.setEnabled(not needed and not (self._blockers and self.decision.sharing()))
        if needed:
            what = translate("Editor", "To issue the card: {needed}.") if self.decision.sharing() else \
                translate("Editor", "To record the decision: {needed}.")
            self.missing.setText(what.format(needed="; ".join(needed)))
        else:
            self.missing.setText("")
        self.missing.setVisible(bool(needed))

    def _card_text(self, chosen: list[Item]) -> str:
        shown = self._shown
        assert shown is not None
        lines = [translate("Editor", "For: {who}").format(who=shown.recipient_label)]
        restriction = self._restrictions.get(shown.recipient, "")
        if restriction:
            lines.append(translate("Editor", "Use: {restriction}").format(restriction=restriction))
        for choice in shown.choices:
            if choice.item in chosen:
                values = item_lines(choice.value)
                lines.append("")
                lines.append(translate_marked(ITEMS[choice.item].label) + (translate("Editor", " (without consent)")
                                                                 if not choice.consented else ""))
                lines.extend(f"  {value}" for value in values)
        if len(lines) <= 2:
            lines.append("")
            lines.append(translate("Editor", "No items ticked."))
        return "\n".join(lines)

    def _record_consent(self) -> None:
        shown = self._shown
        if shown is None:
            return
        items = [(c.item, c.label) for c in shown.choices]  # all of them: consent can also be withdrawn
        dialog = RecordConsentDialog(shown.recipient_label, items, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            if dialog.status() is ConsentStatus.REFUSED and self._withdraw(shown.recipient, shown.recipient_label,
                                                                            dialog):
                return
            set_consent(self._session, self._plan_id, shown.recipient, dialog.chosen(), dialog.status(),
                        in_own_words=dialog.in_own_words())
        except (ServiceError, StoreError) as exc:
            prompts.inform(self, translate("Editor", "Consent not recorded"), error_text(exc), error=True)
            return
        self._load_recipient()

    def _withdraw(self, recipient: str, label: str, dialog: RecordConsentDialog) -> bool:
        """Consent withdrawn while cards carrying those items are live (TRUST-04): offer to withdraw the
        cards too, so that every verifier says so once the next trust bundle is out. True when handled."""
        live = cards_carrying(self._session, self._plan_id, recipient, dialog.chosen())
        if not live:
            return False
        revoke = prompts.confirm(
            self, translate("Editor", "Withdraw the cards too?"),
            translate("Editor",
                      "{count} card(s) for {who} carry what the person no longer agrees to share, and still check as "
               "valid. Withdraw them now? Verifiers will show them as withdrawn once the next trust bundle "
               "is published (Records → Organisation and keys).").format(count=len(live), who=label),
            translate("Editor", "Withdraw the cards"))
        _saved, revoked, still_live = withdraw_consent(self._session, self._plan_id, recipient, dialog.chosen(),
                                                       revoke_cards=revoke, in_own_words=dialog.in_own_words())
        self._load_recipient()
        self.withdrawn_cards = revoked
        if revoked:
            announce(self,
                     translate("Editor", "Consent refusal recorded; {n} card(s) withdrawn.").format(n=len(revoked)))
        elif still_live:
            announce(self,
                     translate("Editor",
                               "Consent refusal recorded; {n} card(s) still valid.").format(n=len(still_live)),
                     assertive=True)
        return True

    # ---- deciding -------------------------------------------------------------------------------

    def _act(self) -> None:
        shown, loaded = self._shown, self._loaded
        if shown is None or loaded is None or not self.action_button.isEnabled():
            return
        sharing = self.decision.sharing()
        try:
            if sharing:
                basis = self.decision.basis()
                assert basis is not None
                decision = decide(self._session, shown, share=True, items=self.items.chosen(),
                                  lawful_basis=basis, reason=self.decision.reason())
                past_review = self._past_review_reason(loaded)
                if past_review == "":
                    return
                self.issued = issue_card(self._session, loaded, shown, decision, Path(self.decision.folder()),
                                         past_review_reason=past_review)
                self.outcome.show_card(self.issued, shown.recipient_label)
            else:
                decision = decide(self._session, shown, share=False, reason=self.decision.reason())
                record_not_sharing(self._session, loaded, decision)
                self.outcome.show_not_shared(shown.recipient_label, decision.reason)
        except (ServiceError, StoreError) as exc:
            prompts.inform(self, translate("Editor", "Not recorded"), error_text(exc), error=True)
            return
        except OSError as exc:
            prompts.inform(self, translate("Editor", "Card files not saved"), translate("Editor",
                "The card was recorded, but its files could not be saved in the folder you chose "
                "({kind}). Choose another folder and issue it again; the new card replaces this one.")
                .format(kind=type(exc).__name__), error=True)
            return
        self.stack.setCurrentIndex(1)
        announce(self.outcome,
                 translate("Editor", "Card issued for {who}.").format(who=shown.recipient_label) if sharing else
                 translate("Editor",
                           "The decision not to share with {who} is recorded.").format(who=shown.recipient_label))
        self.action_button.setDefault(False)
        self.close_button.setDefault(True)
        apply_tab_order(self)
        (self.outcome.print_card if sharing else self.close_button).setFocus()

    def _past_review_reason(self, loaded: LoadedPlan) -> str | None:
        """None when the plan is not past its review date; otherwise the reason the user gives for
        issuing a card before the review ("" if they cancel). Recorded in the ledger."""
        review = loaded.plan.process.review_date
        if not is_past_review(review, date.today()) or review is None:
            return None
        text, accepted = QInputDialog.getText(
            self, translate("Editor", "Plan past its review date"),
            translate("Editor",
                      "This plan was due for review on {date}. A card issued now is valid for {days} days at most.\n"
               "Why issue a card before the review? (Recorded in the sharing ledger.)").format(
                date=review.strftime("%d %b %Y"), days=PAST_REVIEW_DAYS))
        return text.strip() if accepted else ""

    def _print(self, kind: str) -> None:
        if self.issued is None:
            return
        title = translate("Editor", "Print the wallet card") if kind == "card" else translate("Editor",
                                                                                              "Print the A4 summary")
        try:
            printed = print_pdf(self, self.issued.files[kind], title)
        except PrintError as exc:
            prompts.inform(self, translate("Editor", "Not printed"), error_text(exc), error=True)
            return
        if printed:
            try:
                record_print(self._session, self.issued, "wallet card" if kind == "card" else "A4 summary")
            except (ServiceError, StoreError) as exc:  # printed; say plainly that it was not recorded
                prompts.inform(self, translate("Editor", "Printed, but not recorded"), describe(exc), error=True)
