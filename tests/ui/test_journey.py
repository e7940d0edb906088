"""Issue 4, "Done when": a new user, with the keyboard alone, sets up a store, writes a complete plan
with a person, signs it off, issues a police card and verifies it.

Every user action below is a key press: typing, Tab, Enter, Space, arrows, shortcuts (Ctrl+N, Ctrl+S,
Ctrl+PgDown, Ctrl+Tab, Ctrl+Shift+V) and mnemonics (Alt+letter). The test only *looks* at widgets
(to assert, and to know where the keyboard focus is); it never clicks, calls a slot or sets a value.
Two things stand in for the desktop, not for the user: the operating system's file chooser in the
verify dialog (the app only offers a QFileDialog; the test "types" the card's path into it), and
giving the main window its activation back when a dialog closes (a window manager's job; the
offscreen platform has none).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QWidget

from crisisplan.forms.identifiers import format_nhs_number, nhs_check_digit
from crisisplan.forms.items import Item
from crisisplan.services.cards import ledger
from crisisplan.services.overview import CardStatus
from crisisplan.services.plans import load_plan, plan_history
from crisisplan.services.session import store_exists
from crisisplan.ui.editor import PlanEditor
from crisisplan.ui.editor.list_editor import EntryBox
from crisisplan.ui.editor.page import PlanPage
from crisisplan.ui.main import AppController
from crisisplan.ui.settings import AppSettings
from crisisplan.ui.share import ShareDialog
from crisisplan.ui.shell import MainWindow
from crisisplan.ui.verify.dialog import VerifyDialog
from crisisplan.ui.wizard import FirstRunWizard
from crisisplan.ui.wizard.first_run import ADMIN, DONE, LOCATION, PROTOCOL, RECOVERY
from tests.ui.conftest import KDF_ITERATIONS

NO = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WAIT_MS = 10_000

ADMIN_NAME = "Sam Okafor"
PASSPHRASE = "three unrelated words"
ORGANISATION = "Riverside Community Mental Health Team"

# The person (fictional). A 999-range NHS number is never issued to a real person.
GIVEN, FAMILY = "Jordan", "Ellery"


def fictional_nhs_number(first_nine: int = 999_123_456) -> str:
    """The first valid NHS number from `first_nine` on (some nine digits have no check digit)."""
    while (check := nhs_check_digit(str(first_nine))) is None:
        first_nine += 1
    return f"{first_nine}{check}"


NHS_NUMBER = fictional_nhs_number()
DATE_OF_BIRTH = date(1985, 1, 31)  # a 31st: typed dates are read whole, never clamped to another day


def review_date(today: date) -> date:
    """About six months ahead."""
    return today + timedelta(days=182)

# The items the local protocol (Oxfordshire) sends the police: those this plan writes something for
# (the 24-hour numbers come from the protocol itself) and those it leaves empty. The NHS number is
# written in the plan, but the protocol never sends it to the police.
POLICE_ITEMS_WRITTEN = {
    Item.NAME, Item.DATE_OF_BIRTH, Item.GENDER, Item.DESCRIPTION, Item.LANGUAGE_COMMUNICATION,
    Item.RISKS, Item.HEALTH_CONDITIONS, Item.WHAT_HELPS, Item.EMERGENCY_CONTACTS, Item.NAMED_CONTACTS,
    Item.CRISIS_NUMBERS,
}
POLICE_ITEMS_NOT_WRITTEN = {Item.PHYSICAL_NEEDS, Item.DEPENDANTS_PETS, Item.DO_NOT_CONTACT}


# ---- the keyboard ---------------------------------------------------------------------------------

def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, target: QWidget, limit: int = 120) -> None:
    """Press Tab until `target` has the focus (fails if Tab never gets there: not reachable)."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target, f"Tab never reaches {target.accessibleName()!r}"


def choose(qtbot, text: str) -> None:
    """In the focused drop-down: Home, then Down until it shows `text`."""
    combo = focused()
    assert isinstance(combo, QComboBox), type(combo).__name__
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        press(qtbot, Qt.Key.Key_Down)
    assert combo.currentText() == text


def type_date(qtbot, day: date) -> None:
    """In a focused date field (today's date filled in and selected): type the date over it."""
    edit = focused()
    type_text(qtbot, f"{day:%d/%m/%Y}")
    assert edit.parent().value() == day  # type: ignore[union-attr]


def window_manager_reactivates(qtbot, window: QWidget) -> None:
    """A closed dialog gives the activation back to its window. On a desktop the window manager does
    that; the offscreen platform has none, so the test does it (not a user action)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


# ---- no window title names the person -------------------------------------------------------------

class TitleWatcher(QObject):
    """Records the title of every window as it is shown or retitled, for the whole journey."""

    def __init__(self) -> None:
        super().__init__()
        self.titles: set[str] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.WindowTitleChange) and \
                isinstance(watched, QWidget) and watched.isWindow():
            self.titles.add(watched.windowTitle())
        return False

    def check_now(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                self.titles.add(widget.windowTitle())
        named = [t for t in self.titles if GIVEN in t or FAMILY in t]
        assert not named, f"a window title names the person: {named}"


@pytest.fixture
def titles(qapp) -> Iterator[TitleWatcher]:
    watcher = TitleWatcher()
    qapp.installEventFilter(watcher)
    yield watcher
    qapp.removeEventFilter(watcher)
    watcher.check_now()


# ---- the journey ----------------------------------------------------------------------------------

def set_up_store(qtbot, controller: AppController, store: Path, titles: TitleWatcher) -> MainWindow:
    wizard = controller.start()
    assert isinstance(wizard, FirstRunWizard)
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(wizard.isActiveWindow)

    # Where to keep the store: type another folder over the suggested one.
    assert wizard.currentId() == LOCATION and focused() is wizard.location_page.path
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, str(store))
    press(qtbot, Qt.Key.Key_Return)

    # The first administrator: full name, username (suggested, then typed), passphrase twice.
    assert wizard.currentId() == ADMIN
    admin = wizard.admin_page
    assert focused() is admin.full_name
    type_text(qtbot, ADMIN_NAME)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is admin.username and admin.username.text() == "sam"
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "sokafor")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is admin.repeat
    type_text(qtbot, PASSPHRASE)
    assert admin.clinician.isChecked()  # the administrator writes plans too
    press(qtbot, Qt.Key.Key_Return)  # "Create the store"
    qtbot.waitUntil(lambda: wizard.currentId() == RECOVERY, timeout=WAIT_MS)
    assert store_exists(store)

    # The recovery key is shown once; Next only after "I have stored…" is ticked (Alt+S).
    recovery = wizard.recovery_page
    assert len(recovery.key.text()) > 20
    commit = wizard.button(wizard.WizardButton.CommitButton)
    assert not commit.isEnabled()
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(recovery.stored.isChecked)
    assert commit.isEnabled()
    press(qtbot, Qt.Key.Key_Return)

    # The local protocol (arrow keys) and the organisation's name.
    assert wizard.currentId() == PROTOCOL
    protocol = wizard.protocol_page
    press(qtbot, Qt.Key.Key_P, ALT)
    assert focused() is protocol.protocol
    choose(qtbot, "Oxfordshire (SAMPLE)")
    assert "Police" in protocol.details.text()
    press(qtbot, Qt.Key.Key_Tab)  # a SAMPLE protocol is confirmed before any card can be issued
    assert focused() is protocol.confirm_sample
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_O, ALT)
    assert focused() is protocol.organisation
    type_text(qtbot, ORGANISATION)
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.currentId() == DONE
    assert str(store) in wizard.finish_page.summary.text()
    titles.check_now()
    press(qtbot, Qt.Key.Key_Return)  # Finish

    qtbot.waitUntil(lambda: controller.window is not None, timeout=WAIT_MS)
    window = controller.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    assert window.state == "open" and window.session is not None
    assert window.session.username == "sokafor"
    assert controller.settings.store_location == store  # the chosen folder is remembered
    assert wizard.recovery_key == "" and not wizard.recovery_page.key.text()  # shown once only
    return window


def write_plan(qtbot, window: MainWindow, titles: TitleWatcher) -> tuple[PlanEditor, int]:
    workspace = window.workspace
    assert workspace is not None
    press(qtbot, Qt.Key.Key_N, CTRL)  # New plan
    editor = workspace.tabs.currentWidget()
    assert isinstance(editor, PlanEditor)
    assert editor.isAncestorOf(focused())
    form = editor.form
    # The cursor starts in the first field of "About me", so typing at once goes into the plan.
    assert focused() is form.stack.currentWidget().form.locate(["person", "given_name"]).focus_target()

    def page(key: str) -> PlanPage:
        """Ctrl+PgDown to the section `key` (the keyboard lands on its first field)."""
        for _ in range(len(form.pages)):
            if form.stack.currentWidget().spec.key == key:
                break
            press(qtbot, Qt.Key.Key_PageDown, CTRL)
        shown = form.stack.currentWidget()
        assert shown.spec.key == key and shown.isAncestorOf(focused())
        return shown

    def field(shown: PlanPage | EntryBox, *path: str | int) -> QWidget:
        node = shown.form.locate(list(path))
        assert node is not None, path
        return node.focus_target()

    def fill(shown: PlanPage | EntryBox, text: str, *path: str | int) -> None:
        tab_to(qtbot, field(shown, *path))
        type_text(qtbot, text)

    def add_entry(shown: PlanPage | EntryBox, *path: str) -> EntryBox:
        """Tab to the list's Add button, Space: a new entry, the keyboard on its first field."""
        editor_list = shown.form.locate(list(path))
        tab_to(qtbot, editor_list.add_button)
        press(qtbot, Qt.Key.Key_Space)
        entry = editor_list.entries[-1]
        assert entry.isAncestorOf(focused())  # the new entry's first field
        return entry

    # About me: name, date of birth, gender, NHS number, description, language and communication.
    person = form.stack.currentWidget()
    assert person.spec.key == "person"
    fill(person, GIVEN, "person", "given_name")
    fill(person, FAMILY, "person", "family_name")
    fill(person, "Jo", "person", "preferred_name")
    dob = person.form.locate(["person", "date_of_birth"]).editor
    tab_to(qtbot, dob.button)
    press(qtbot, Qt.Key.Key_Space)  # "Today": fills in today's date, selected, ready to type over
    assert focused() is dob.date_edit
    type_date(qtbot, DATE_OF_BIRTH)
    tab_to(qtbot, field(person, "person", "gender"))
    choose(qtbot, "Non-binary")
    fill(person, "they/them", "person", "pronouns")
    fill(person, format_nhs_number(NHS_NUMBER), "person", "nhs_number")
    fill(person, "Tall, short dark hair, often wears a green coat", "person", "description")
    fill(person, "English", "person", "first_language")
    fill(person, "Speak slowly and give me time to answer. Loud voices make it worse.",
         "person", "communication_needs")

    # Need to know: a risk and a health condition.
    need = page("need_to_know")
    risk = add_entry(need, "need_to_know", "risks")
    choose(qtbot, "Self-harm")
    tab_to(qtbot, risk.form.locate(["detail"]).focus_target())
    type_text(qtbot, "Has cut their arms when very distressed; no recent attempts.")
    condition = add_entry(need, "need_to_know", "health_conditions")
    type_text(qtbot, "Type 1 diabetes")
    tab_to(qtbot, condition.form.locate(["detail"]).focus_target())
    type_text(qtbot, "Carries insulin; check blood sugar if confused.")

    # 1. Early warning signs, with what the person and others can do.
    signs = page("early_warning_signs")
    add_entry(signs, "early_warning_signs")
    type_text(qtbot, "Not sleeping for two nights")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Take a walk and call my sister")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Talk to me quietly in a calm place")

    # 6. Family and carers: someone to contact in a crisis.
    family = page("family")
    sister = add_entry(family, "family", "people")
    type_text(qtbot, "Pat Ellery")
    fill(sister, "Sister", "relationship")
    fill(sister, "07700 900123", "phone")
    tab_to(qtbot, field(sister, "contact_in_crisis"))
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, field(sister, "may_be_told"))
    choose(qtbot, "Only that I am in crisis and where I am")

    # 8. Named contacts: the care coordinator.
    contacts = page("named_contacts")
    coordinator = add_entry(contacts, "named_contacts")
    choose(qtbot, "Care coordinator")
    fill(coordinator, ADMIN_NAME, "name")
    fill(coordinator, ORGANISATION, "organisation")
    fill(coordinator, "01865 900 456", "phone")
    fill(coordinator, "Weekdays 9 to 5", "when_reachable")

    # Making and reviewing the plan: who took part, sign-off, review date, status.
    process = page("process")
    for role, name in (("The person", f"{GIVEN} {FAMILY}"), ("Care coordinator", ADMIN_NAME)):
        add_entry(process, "process", "participants")
        choose(qtbot, role)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, name)
    tab_to(qtbot, process.sign_off_button)
    press(qtbot, Qt.Key.Key_Space)  # "Record sign-off today"
    assert focused() is field(process, "process", "agreement", "in_own_words")
    type_text(qtbot, "This is my plan. I want the police to know how to talk to me.")
    review = process.form.locate(["process", "review_date"]).editor
    tab_to(qtbot, review.button)
    press(qtbot, Qt.Key.Key_Space)
    assert focused() is review.date_edit
    review_on = review_date(date.today())
    type_date(qtbot, review_on)
    assert field(process, "process", "status").currentText() == "Agreed"

    # Consent to sharing: for the police, the person agrees to every item the protocol sends them.
    consent = page("consent")
    consent_form = consent.form
    assert focused() is consent_form.recipient
    choose(qtbot, "Police")
    shown_rows = [row for row in consent_form.rows.values() if row.status.isVisibleTo(consent_form)]
    for row in shown_rows:
        tab_to(qtbot, row.status)
        choose(qtbot, "Consent given")
    consented = {row.item for row in shown_rows}
    assert consented == POLICE_ITEMS_WRITTEN | POLICE_ITEMS_NOT_WRITTEN

    titles.check_now()
    with qtbot.waitSignal(editor.plan_saved, timeout=WAIT_MS) as saved:
        press(qtbot, Qt.Key.Key_S, CTRL)
    plan_id, version = saved.args
    assert version == 1 and editor.status.text() == "Saved as version 1"
    assert not editor.has_unsaved_changes() and not editor.problems.isVisible()
    assert editor.title.text() == f"{FAMILY}, {GIVEN} — plan {plan_id}, version 1"  # inside the window only
    assert workspace.tabs.tabText(workspace.tabs.indexOf(editor)) == f"{FAMILY}, {GIVEN} (plan {plan_id})"

    plan = load_plan(window.session, plan_id).plan
    assert (plan.person.given_name, plan.person.family_name) == (GIVEN, FAMILY)
    assert plan.person.date_of_birth == DATE_OF_BIRTH and plan.person.nhs_number == NHS_NUMBER
    assert plan.early_warning_signs[0].what_others_can_do == "Talk to me quietly in a calm place"
    assert plan.need_to_know.risks[0].kind.value == "self_harm"
    assert plan.need_to_know.health_conditions[0].condition == "Type 1 diabetes"
    assert plan.family.people[0].contact_in_crisis and plan.named_contacts[0].name == ADMIN_NAME
    assert plan.person.communication_needs.startswith("Speak slowly")
    agreement = plan.process.agreement
    assert agreement.agreed and agreement.signed_off_on == date.today()
    assert agreement.recorded_by == "sokafor"
    assert [p.role.value for p in plan.process.participants] == ["person", "care_coordinator"]
    assert plan.process.review_date == review_on and plan.process.status.value == "agreed"
    assert {(r.recipient, Item(r.item), r.status.value) for r in plan.consent} == {
        ("police", item, "given") for item in consented}
    assert [v.version for v in plan_history(window.session, plan_id)] == [1]
    return editor, plan_id


def issue_police_card(qtbot, window: MainWindow, plan_id: int, cards: Path,
                      titles: TitleWatcher) -> ShareDialog:
    workspace = window.workspace
    assert workspace is not None
    # Back to the plan list (Ctrl+Tab), where the new plan is the current row.
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert workspace.tabs.currentWidget() is workspace.plans
    plans = workspace.plans
    qtbot.waitUntil(lambda: plans.current_plan_id() == plan_id)
    press(qtbot, Qt.Key.Key_H, ALT)  # "Share or issue card…"
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShareDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ShareDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    titles.check_now()

    assert focused() is dialog.recipient
    choose(qtbot, "Police")
    listed = {row.item for row in dialog.items.rows}
    ticked = set(dialog.items.chosen())
    agreed = {row.item for row in dialog.items.rows if row.parent() is dialog.items.agreed}
    # Exactly the consented police items, all ticked; those with nothing written in the plan are not
    # listed; nothing goes without consent; the NHS number (not a police item) never goes.
    consented = {Item(r.item) for r in load_plan(window.session, plan_id).plan.consent
                 if r.recipient == "police" and r.status.value == "given"}
    assert listed == ticked == agreed == consented - POLICE_ITEMS_NOT_WRITTEN
    assert listed == POLICE_ITEMS_WRITTEN
    assert Item.NHS_NUMBER not in listed and "NHS number" in dialog.items.never.text()
    assert dialog.decision.consent.text() == "The person agreed to share these items"
    assert f"{GIVEN} {FAMILY}" in dialog.card_text.toPlainText()
    assert not dialog.action_button.isEnabled()

    tab_to(qtbot, dialog.decision.basis_combo)
    choose(qtbot, "Consent of the person")
    tab_to(qtbot, dialog.decision.reason_edit)
    type_text(qtbot, "Agreed with the person when the plan was signed off")
    tab_to(qtbot, dialog.decision.folder_edit)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, str(cards))
    assert dialog.action_button.isEnabled() and not dialog.missing.isVisible()
    tab_to(qtbot, dialog.action_button)
    assert dialog.action_button.text() == "Issue card"
    press(qtbot, Qt.Key.Key_Space)

    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=WAIT_MS)
    issued = dialog.issued
    assert issued is not None
    assert {"card", "summary", "qr"} <= set(issued.files)
    for path in issued.files.values():
        assert path.parent == cards and path.is_file() and path.stat().st_size > 0
        assert GIVEN not in path.name and FAMILY not in path.name
    assert "Card issued for Police" in dialog.outcome.title.text()
    (disclosure,) = ledger(window.session, plan_id)
    assert disclosure.recipient == "police" and disclosure.shared
    assert disclosure.lawful_basis == "consent" and disclosure.without_consent == ()
    titles.check_now()

    tab_to(qtbot, dialog.close_button)  # (one Esc here and one in the verify dialog could be
    press(qtbot, Qt.Key.Key_Space)       # taken for Esc-Esc, the quick hide, if pressed that fast)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window_manager_reactivates(qtbot, window)
    return dialog


def verify_card(qtbot, window: MainWindow, card_pdf: Path, card_id: str, monkeypatch,
                titles: TitleWatcher) -> None:
    assert card_pdf.suffix == ".pdf"
    press(qtbot, Qt.Key.Key_V, CTRL_SHIFT)  # Verify a card…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), VerifyDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, VerifyDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    # Signed in, the dialog checks against this organisation's own keys (its trust bundle).
    assert dialog.trust_label.text() == "This organisation's own keys (from the store)"

    # The file chooser is the operating system's; the user types the card's path into it.
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(card_pdf), "")))
    press(qtbot, Qt.Key.Key_I, ALT)  # "Open card image or PDF…"
    qtbot.waitUntil(lambda: dialog.status is not None, timeout=WAIT_MS)
    assert dialog.status is CardStatus.VALID
    assert dialog.banner.title_text.endswith("VALID")
    assert dialog.banner.accessibleName() == "Card status: VALID"
    contents = dialog.contents.toPlainText()
    assert f"Issued by: {ORGANISATION}\nCard {card_id} for Police\n" in contents
    assert f"Name:\n    {GIVEN} {FAMILY}\n" in contents  # the card's name, as the police will read it
    assert "NHS number" not in contents
    titles.check_now()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window_manager_reactivates(qtbot, window)


def set_numbers_locally(session, path: Path) -> None:
    """What an administrator does before the first card of a practice's own store (issue 11): write
    the sample protocol out, replace its placeholder 24-hour numbers, import it and use it (Records →
    Protocols, tested in test_records.py; here through the services, as `crisisplan protocol` does)."""
    import json

    from crisisplan.services import protocols

    document = json.loads(protocols.protocol_file_text(session, protocols.active_protocol(session).id))
    for index, number in enumerate(document["crisis_numbers"]):
        number["number"], number["set_locally"] = f"01632 96030{index}", False
    path.write_text(json.dumps(document), encoding="utf-8")
    imported = protocols.import_protocol(session, path.read_text(encoding="utf-8"))
    protocols.set_active_protocol(session, imported.id)


def test_new_user_sets_up_writes_signs_off_issues_and_verifies_by_keyboard(
        qtbot, tmp_path: Path, settings: AppSettings, titles: TitleWatcher, monkeypatch) -> None:
    store = tmp_path / "crisisplan-store"
    cards = tmp_path / "cards"
    controller = AppController(tmp_path / "suggested", settings, demo=False, kdf_iterations=KDF_ITERATIONS)

    window = set_up_store(qtbot, controller, store, titles)
    editor, plan_id = write_plan(qtbot, window, titles)
    set_numbers_locally(window.session, tmp_path / "local-protocol.json")
    dialog = issue_police_card(qtbot, window, plan_id, cards, titles)
    assert dialog.issued is not None
    verify_card(qtbot, window, dialog.issued.files["card"], dialog.issued.card_id, monkeypatch, titles)

    assert window.state == "open" and not editor.has_unsaved_changes()
    titles.check_now()
    assert {"crisisplan — set up", "crisisplan", "Share and issue a card", "Verify a crisis card"} \
        <= titles.titles  # every window of the journey was watched
