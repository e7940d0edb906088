"""The main window's actions, menus and toolbar. Every action has a shortcut or a mnemonic."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from crisisplan.ui.i18n import translate


@dataclass
class Actions:
    lock: QAction
    quick_hide: QAction
    switch_user: QAction
    new_plan: QAction
    verify: QAction
    records: QAction
    change_passphrase: QAction
    settings: QAction
    quit: QAction
    toolbar: QToolBar | None = None

    def session_actions(self) -> list[QAction]:
        """Actions that need a signed-in user."""
        return [self.lock, self.quick_hide, self.switch_user, self.new_plan, self.verify, self.records,
                self.change_passphrase, self.settings]


def _action(window: QMainWindow, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, tip: str,
            application_wide: bool = False) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        if application_wide:
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                      if shortcut is not None else tip)
    action.setStatusTip(tip)
    window.addAction(action)  # shortcuts work even while menus and toolbar are hidden
    return action


def _open_fhir(window: QMainWindow) -> None:
    from crisisplan.ui.fhir_dialog import open_fhir_dialog  # imported on first use: start-up stays fast

    open_fhir_dialog(window)


def _open_verifier(window: QMainWindow) -> None:
    from crisisplan.ui.verifier_dialog import open_verifier_dialog  # imported on first use

    open_verifier_dialog(window)


def build_actions(window: QMainWindow) -> Actions:
    actions = Actions(
        lock=_action(window, translate("MainWindow", "&Lock"), "Ctrl+L", translate("MainWindow", "Lock crisisplan now"),
                     True),
        quick_hide=_action(window, translate("MainWindow", "Quick &hide"), "Ctrl+Shift+H",
                           translate("MainWindow", "Blank the window at once (or press Esc twice)"), True),
        switch_user=_action(window, translate("MainWindow", "S&witch user"), "Ctrl+Shift+U",
                            translate("MainWindow", "Sign out and let someone else sign in")),
        new_plan=_action(window, translate("MainWindow", "&New plan"), QKeySequence.StandardKey.New,
                         translate("MainWindow", "Start a new crisis plan")),
        verify=_action(window, translate("MainWindow", "&Verify a card…"), "Ctrl+Shift+V",
                       translate("MainWindow", "Check a crisis card offline")),
        records=_action(window, translate("MainWindow", "&Records"), "Ctrl+R",
                        translate("MainWindow", "Audit log, ledger, users, protocols, backups")),
        change_passphrase=_action(window, translate("MainWindow", "Change my &passphrase…"), None,
                                  translate("MainWindow", "Choose a new passphrase")),
        settings=_action(window, translate("MainWindow", "&Settings…"), None,
                         translate("MainWindow", "Idle lock time and display language")),
        quit=_action(window, translate("MainWindow", "&Quit"), "Ctrl+Q", translate("MainWindow", "Close crisisplan")),
    )
    menu = window.menuBar().addMenu(translate("MainWindow", "&Session"))
    for action in (actions.lock, actions.quick_hide, actions.switch_user, actions.change_passphrase,
                   actions.settings):
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(actions.quit)
    plans = window.menuBar().addMenu(translate("MainWindow", "&Plans"))
    plans.addAction(actions.new_plan)
    tools = window.menuBar().addMenu(translate("MainWindow", "&Tools"))
    tools.addAction(actions.verify)
    tools.addAction(actions.records)
    tools.addAction(translate("MainWindow", "&FHIR exchange…"), lambda: _open_fhir(window))
    tools.addAction(translate("MainWindow", "&Phone verifier for responders…"), lambda: _open_verifier(window))
    toolbar = QToolBar(translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName(translate("MainWindow", "Main toolbar"))
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (actions.lock, actions.quick_hide, actions.switch_user):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for action in (actions.new_plan, actions.verify, actions.records):
        toolbar.addAction(action)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    actions.toolbar = toolbar
    return actions
