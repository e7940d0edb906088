"""P14 in the records view: the audit log is read a page at a time, newest first, by entry id
(keyset paging); "Show older entries" adds the next page below without gaps or repeats."""

from __future__ import annotations

from PySide6.QtCore import Qt

import crisisplan.ui.records.audit as audit_tab
from crisisplan.ui.records.page import RecordsPage
from crisisplan.ui.tasks import TaskRunner
from tests.ui.helpers import add_plans, add_user


def test_older_entries_follow_the_newest_page_without_gaps(qtbot, admin_session, sign_in, monkeypatch):
    monkeypatch.setattr(audit_tab, "AUDIT_LIMIT", 7)
    add_plans(admin_session, 6)
    ig_lead = sign_in("ivan", add_user(admin_session, "ivan", ["ig_lead"]))
    page = RecordsPage(ig_lead, TaskRunner())
    qtbot.addWidget(page)
    page.show()
    audit = page.audit
    assert audit is not None
    audit.refresh()
    total = ig_lead.store.audit.count()
    assert audit.model.rowCount() == 7 and audit.older_button.isEnabled()
    while audit.older_button.isEnabled():
        qtbot.mouseClick(audit.older_button, Qt.MouseButton.LeftButton)
    ids = [e.id for e in audit.model.records()]
    assert ids == list(range(total, 0, -1))  # every entry once, newest first
    audit.clear()
    assert audit.model.rowCount() == 0 and not audit.older_button.isEnabled()
