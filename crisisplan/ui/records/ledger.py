"""The disclosure ledger of one plan: what was shared (or decided not to be), with whom, when and
on what basis."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from crisisplan.forms.consent import recipient_label
from crisisplan.forms.items import ITEMS, Item
from crisisplan.services.overview import Disclosure
from crisisplan.services.session import Session
from crisisplan.ui.formatting import local_time
from crisisplan.ui.i18n import translate, translate_marked
from crisisplan.ui.records.base import RecordsTab
from crisisplan.ui.table_model import Column, RecordTableModel
from crisisplan.ui.tasks import TaskRunner
from crisisplan.ui.widgets import buddy_label, plain_label


def item_labels(keys: tuple[str, ...]) -> list[str]:
    labels = []
    for key in keys:
        try:
            labels.append(translate_marked(ITEMS[Item(key)].label))
        except ValueError:
            labels.append(key)
    return labels


def ledger_model(parent: QWidget | None = None) -> RecordTableModel[Disclosure]:
    columns = [
        Column[Disclosure](translate("records", "When"), lambda d: local_time(d.decided_at)),
        Column[Disclosure](translate("records", "Version"), lambda d: str(d.plan_version)),
        Column[Disclosure](translate("records", "Recipient"), lambda d: recipient_label(d.recipient)),
        Column[Disclosure](translate("records", "What"), lambda d: d.kind),
        Column[Disclosure](translate("records", "Shared"),
                           lambda d: translate("records", "Yes") if d.shared
                           else translate("records", "No (decided not to share)")),
        Column[Disclosure](translate("records", "Items"), lambda d: "; ".join(item_labels(d.items)),
                           lambda d: "\n".join(item_labels(d.items))),
        Column[Disclosure](translate("records", "Without consent"), lambda d: "; ".join(item_labels(d.without_consent)),
                           lambda d: "\n".join(item_labels(d.without_consent))),
        Column[Disclosure](translate("records", "Consent"), lambda d: d.consent.replace("_", " ")),
        Column[Disclosure](translate("records", "Lawful basis"), lambda d: d.lawful_basis.replace("_", " ")),
        Column[Disclosure](translate("records", "Reason"), lambda d: d.reason, lambda d: d.reason),
        Column[Disclosure](translate("records", "Decided by"), lambda d: d.decided_by),
        Column[Disclosure](translate("records", "Card"), lambda d: d.card_id or ""),
    ]
    return RecordTableModel(columns, parent)


class LedgerTab(RecordsTab):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.model = ledger_model(self)
        self.plan = QSpinBox()
        self.plan.setRange(1, 2_000_000_000)
        self.show_button = QPushButton(translate("LedgerTab", "&Show ledger"))
        self.person = QLineEdit()
        self.person.setPlaceholderText(translate("LedgerTab", "Name, NHS number or date of birth"))
        self.people = QComboBox()
        self.people.setAccessibleName(translate("LedgerTab", "People found"))
        self.people.setVisible(False)
        self.shown_for = plain_label("")
        people_row = QHBoxLayout()
        people_row.addWidget(buddy_label(translate("LedgerTab", "P&erson:"), self.person))
        people_row.addWidget(self.person, 2)
        people_row.addWidget(self.people, 3)
        row = QHBoxLayout()
        row.addWidget(buddy_label(translate("LedgerTab", "&Plan number:"), self.plan))
        row.addWidget(self.plan)
        row.addWidget(self.show_button)
        row.addStretch(1)
        self.layout_.addWidget(plain_label(translate("LedgerTab",
            "Every disclosure from a plan: which version, which items, to whom, when and on what basis, "
            "including decisions not to share. It can be reported to the person.")))
        self.layout_.addLayout(people_row)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.shown_for)
        self.layout_.addWidget(self.notice)
        self.table = self.make_table(self.model, translate("LedgerTab", "Disclosure ledger"))
        self.layout_.addWidget(self.table, 1)
        self.show_button.clicked.connect(self.refresh)
        self.plan.editingFinished.connect(self.refresh)
        self.person.returnPressed.connect(self.find_people)
        self.people.activated.connect(self._person_chosen)

    def set_plan(self, plan_id: int) -> None:
        self.plan.setValue(plan_id)

    def find_people(self) -> None:
        """The ledger by the person's name: find the plans that match, choose one."""
        from crisisplan.services.plans import list_plans

        text = self.person.text().strip()
        found = self.call(lambda s: list_plans(s, search=text, limit=50)) if text else []
        self.people.clear()
        for summary in found or []:
            born = f", born {summary.date_of_birth[8:10]}/{summary.date_of_birth[5:7]}/" \
                   f"{summary.date_of_birth[:4]}" if summary.date_of_birth else ""
            self.people.addItem(translate("LedgerTab", "{name}{born} (plan {id})").format(
                name=summary.name or translate("LedgerTab", "no name"), born=born, id=summary.plan_id), summary.plan_id)
        self.people.setVisible(bool(found))
        if not found:
            self.notice.show_message(translate("LedgerTab", "Nobody matches."), "info")
            return
        self._person_chosen(0)
        if len(found) > 1:
            self.people.setFocus()

    def _person_chosen(self, index: int) -> None:
        plan_id = self.people.itemData(index)
        if isinstance(plan_id, int):
            self.shown_for.setText(translate("LedgerTab", "Ledger for {who}").format(who=self.people.itemText(index)))
            self.set_plan(plan_id)
            self.refresh()

    def refresh(self) -> None:
        from crisisplan.services import cards  # PDF and card code: loaded only when the ledger is used

        plan_id = self.plan.value()
        rows = self.call(lambda s: cards.ledger(s, plan_id))
        if rows is None:
            return
        self.model.set_rows(rows)
        if rows:
            self.notice.clear()
            self.fit_columns(self.table)
        else:
            self.notice.show_message(translate("LedgerTab",
                                               "Nothing has been shared from plan {plan} yet.").format(plan=plan_id))

    def clear(self) -> None:
        super().clear()
        self.model.clear()
