"""The session on a shared PC (issue 8, section 3), driven as a user would: who is signed in is
always shown; an open plan shows a patient banner and its tab names the person (the window title
never does); lock then unlock gives the same user their tabs back with unsaved edits, and another
user none; drafts are counted after sign-in; the plan list keeps its selection after a save and
after the card dialog closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crisisplan.forms.rules import format_nhs_number
from crisisplan.forms.text import display_name
from crisisplan.ui.editor import PlanEditor
from crisisplan.ui.share import ShareDialog
from tests.ui.conftest import ADMIN_USER, PASSPHRASE
from tests.ui.helpers import add_plans, add_user, top_level
from tests.ui.test_editor_fixtures import field, replace_text

CTRL = Qt.KeyboardModifier.ControlModifier


def sign_in(qtbot, window, user=ADMIN_USER, passphrase=PASSPHRASE):
    page = window.unlock_page
    page.username.clear()
    page.passphrase.clear()
    qtbot.keyClicks(page.username, user)
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open")


def editors(window) -> list[PlanEditor]:
    tabs = window.workspace.tabs
    return [tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), PlanEditor)]


def test_status_bar_banner_and_tab_name_who_is_who(qtbot, admin_session, make_window):
    plans = add_plans(admin_session, 3)
    admin_session.close()
    window = make_window()
    assert "nobody is signed in" in window.status.who.text()
    sign_in(qtbot, window)
    assert window.status.who.text() == "Signed in: alice · Clinician, Reception / admin"
    assert window.statusBar().isVisible()

    window.workspace.open_plan(2)
    editor = editors(window)[0]
    person = plans[1].person
    name = display_name(plans[1])
    banner = editor.banner_person
    assert banner.isVisible() and banner.name.text() == name
    assert f"{person.date_of_birth:%d/%m/%Y}" in banner.born.text()
    assert format_nhs_number(person.nhs_number) in banner.nhs.text()
    tabs = window.workspace.tabs
    assert tabs.tabText(tabs.currentIndex()) == f"{name} (plan 2)"
    assert name not in window.windowTitle() and window.windowTitle() == "crisisplan"

    replace_text(qtbot, field(editor, "person", "person.pronouns"), "they/them")
    assert tabs.tabText(tabs.currentIndex()) == f"• {name} (plan 2)"  # unsaved edits are marked
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)
    assert "nobody is signed in" in window.status.who.text()


def test_same_user_unlocking_gets_tabs_and_edits_back_another_user_gets_none(qtbot, admin_session,
                                                                             make_window):
    add_plans(admin_session, 3)
    bob_passphrase = add_user(admin_session, "bob", ["clinician"])
    admin_session.close()
    window = make_window()
    sign_in(qtbot, window)
    window.workspace.open_plan(1)
    window.workspace.open_plan(3)
    replace_text(qtbot, field(editors(window)[1], "person", "person.pronouns"), "she/her")
    window.actions_.new_plan.trigger()
    replace_text(qtbot, field(editors(window)[2], "person", "person.given_name"), "Robin")
    window.workspace.tabs.setCurrentWidget(editors(window)[1])

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)  # lock
    assert window.state == "locked" and window.workspace is None

    sign_in(qtbot, window)  # the same user
    back = editors(window)
    assert [e.plan_id for e in back] == [1, 3, None]
    assert field(back[1], "person", "person.pronouns").text() == "she/her"
    assert field(back[2], "person", "person.given_name").text() == "Robin"
    assert back[1].has_unsaved_changes() and not back[0].has_unsaved_changes()
    assert window.workspace.tabs.tabText(window.workspace.tabs.indexOf(back[1])).startswith("• ")
    assert window.status.drafts.isVisible() and window.status.drafts.text() == "2 unsaved drafts"

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)
    window.unlock_page.username.clear()
    sign_in(qtbot, window, "bob", bob_passphrase)  # someone else: none of alice's work
    assert editors(window) == []
    assert window.status.who.text() == "Signed in: bob · Clinician"
    assert not window.status.drafts.isVisible()


def test_plan_list_selection_stays_on_the_plan_after_saving_and_after_the_card_dialog(
        qtbot, admin_session, make_window):
    add_plans(admin_session, 6)
    admin_session.close()
    window = make_window()
    sign_in(qtbot, window)
    page = window.workspace.plans
    table = page.table
    table.setFocus()
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    chosen = page.current_plan_id()
    assert chosen is not None and page.model.row_of(chosen) == 3
    qtbot.keyClick(table, Qt.Key.Key_Return)  # open it
    editor = editors(window)[0]
    replace_text(qtbot, field(editor, "person", "person.pronouns"), "he/him")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    assert "Saved as version 2" in editor.status.text()
    assert page.current_plan_id() == chosen

    window.workspace.tabs.setCurrentWidget(page)
    qtbot.mouseClick(page.share_button, Qt.MouseButton.LeftButton)
    dialog = top_level(ShareDialog)[0]
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.current_plan_id() == chosen


def test_persons_copy_and_sharing_record_by_name_from_the_desktop(qtbot, admin_session, make_window,
                                                                  tmp_path, monkeypatch):
    """Issue 8, section 5: the person's copy and the ledger by the person's name, not a plan number."""
    from crisisplan.ui.share import folders

    plans = add_plans(admin_session, 4)
    admin_session.close()
    monkeypatch.setattr(folders, "default_card_folder", lambda: tmp_path / "cards")
    window = make_window()
    sign_in(qtbot, window)
    page = window.workspace.plans
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    chosen = page.current_plan_id()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    saved = list((tmp_path / "cards").glob("my-crisis-plan-*.pdf"))
    assert len(saved) == 1 and saved[0].read_bytes().startswith(b"%PDF")
    assert "person's copy" in page.notice.label.text()

    qtbot.mouseClick(page.ledger_button, Qt.MouseButton.LeftButton)
    ledger = window.workspace.records.ledger
    assert window.workspace.records.tabs.currentWidget() is ledger
    assert ledger.plan.value() == chosen and ledger.model.rowCount() == 1  # the person's copy

    # In the ledger itself, by name.
    target = plans[2]
    family = target.person.family_name
    ledger.person.setFocus()
    qtbot.keyClicks(ledger.person, family)
    qtbot.keyClick(ledger.person, Qt.Key.Key_Return)
    assert ledger.people.isVisible()
    index = next(i for i in range(ledger.people.count()) if ledger.people.itemText(i).startswith(family))
    ledger.people.setCurrentIndex(index)
    ledger.people.activated.emit(index)  # as choosing it with the keyboard and Enter does
    assert ledger.shown_for.text().startswith(f"Ledger for {family}")


def test_the_window_fits_1366x768_at_200_percent(qtbot, admin_session, make_window):
    """At 200% scaling a 1366×768 screen is 683×384 device-independent pixels: the window (with an
    editor open) must be able to shrink to that, so every button stays reachable."""
    add_plans(admin_session, 2)
    admin_session.close()
    window = make_window()
    sign_in(qtbot, window)
    window.workspace.open_plan(1)
    qtbot.waitUntil(lambda: len(editors(window)) == 1)
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert smallest.width() <= 683 and smallest.height() <= 384, smallest
    window.resize(683, 384)
    qtbot.waitUntil(lambda: window.width() <= 683 and window.height() <= 384)
    editor = editors(window)[0]
    for button in (editor.save_button, editor.close_button):
        corner = button.mapTo(window, button.rect().bottomRight())
        assert window.rect().contains(corner), button.text()


def test_open_plan_is_disabled_for_roles_that_cannot_open_plans(qtbot, admin_session, make_window):
    add_plans(admin_session, 2)
    passphrase = add_user(admin_session, "rita", ["admin"])
    admin_session.close()
    window = make_window()
    sign_in(qtbot, window, "rita", passphrase)
    page = window.workspace.plans
    assert page.model.rowCount() == 2  # reception can find people ...
    assert not page.open_button.isEnabled()  # ... but not open their plans
    assert window.status.who.text() == "Signed in: rita · Reception / admin"


def test_the_window_remembers_only_where_it_was(qtbot, admin_session, make_window, settings, tmp_path):
    plans = add_plans(admin_session, 2)
    admin_session.close()
    window = make_window()
    sign_in(qtbot, window)
    window.workspace.open_plan(1)
    window.resize(900, 600)
    window.close()
    assert settings.window_geometry is not None
    stored = (tmp_path / "settings.ini").read_text(encoding="utf-8", errors="replace")
    assert all(name not in stored for plan in plans for name in (plan.person.family_name,
                                                                    plan.person.given_name) if name)


def test_wizard_check_boxes_are_named_by_their_visible_text(qtbot, settings, tmp_path):
    from crisisplan.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "new", settings, kdf_iterations=1000)
    qtbot.addWidget(wizard)
    for box in (wizard.admin_page.clinician, wizard.recovery_page.stored):
        assert box.accessibleName() == ""  # so assistive technology reads the visible text
        assert box.text().replace("&", "")


def test_drafts_are_counted_after_sign_in_and_can_be_continued(qtbot, admin_session, make_window):
    """A new plan's unsaved edits, kept as a draft when the app was quit, come back from the status bar."""
    add_plans(admin_session, 2)
    admin_session.close()
    window = make_window()
    sign_in(qtbot, window)
    window.actions_.new_plan.trigger()
    replace_text(qtbot, field(editors(window)[0], "person", "person.given_name"), "Robin")
    window.switch_user()  # drafts kept; a different sign-in (even the same user) starts afresh
    window._reopen = None  # as after quitting the app: nothing remembered in memory
    sign_in(qtbot, window)
    assert editors(window) == []
    assert window.status.drafts.isVisible() and window.status.drafts.text() == "1 unsaved draft"
    menu = window.status.fill_menu()
    resume = next(a for a in menu.actions() if a.text().startswith("Continue the new plan for Robin"))
    resume.trigger()
    back = editors(window)
    assert len(back) == 1 and field(back[0], "person", "person.given_name").text() == "Robin"
    assert back[0].has_unsaved_changes()


def test_the_window_opens_maximised_the_first_time_then_where_it_was_left(qtbot, store_dir, settings,
                                                                          admin_session):
    from PySide6.QtCore import Qt as QtCore_Qt

    from crisisplan.ui.shell import MainWindow

    admin_session.close()
    first = MainWindow(store_dir, settings)
    qtbot.addWidget(first)
    first.show_where_left()
    assert first.windowState() & QtCore_Qt.WindowState.WindowMaximized
    first.showNormal()
    first.setGeometry(40, 50, 700, 500)
    first.close()
    again = MainWindow(store_dir, settings)
    qtbot.addWidget(again)
    again.show_where_left()
    qtbot.waitExposed(again)
    assert not again.windowState() & QtCore_Qt.WindowState.WindowMaximized
    assert (again.width(), again.height()) == (700, 500)
