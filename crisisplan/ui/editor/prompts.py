"""The questions the editor and share dialog ask, as small modal message boxes with plain words and
buttons named after what they do. Window titles never name the person (SES-05)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from crisisplan.ui.i18n import translate


class CloseChoice(Enum):
    SAVE = "save"
    KEEP_DRAFT = "keep_draft"
    DISCARD = "discard"
    CANCEL = "cancel"


def _box(parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setIcon(icon)
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAccessibleName(title)
    return box


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before doing something; True when the user chose `action`."""
    box = _box(parent, title, text, QMessageBox.Icon.Question)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(translate("Editor", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def inform(parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
    box = _box(parent, title, text, QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information)
    box.addButton(translate("Editor", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def ask_close(parent: QWidget | None) -> CloseChoice:
    """Save / keep as draft / discard / go back, for closing with unsaved edits."""
    box = _box(parent, translate("Editor", "Unsaved changes"),
               translate("Editor", "This plan has changes that are not saved as a version yet.\n\n"
                  "Save them as a new version, keep them as a draft to finish later, or discard them?"),
               QMessageBox.Icon.Question)
    save = box.addButton(translate("Editor", "Save as new version"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("Editor", "Keep as draft"), QMessageBox.ButtonRole.ActionRole)
    discard = box.addButton(translate("Editor", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("Editor", "Go back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return CloseChoice.SAVE
    if clicked is keep:
        return CloseChoice.KEEP_DRAFT
    if clicked is discard:
        return CloseChoice.DISCARD
    return CloseChoice.CANCEL


def ask_conflict(parent: QWidget | None, newest: int | None) -> bool:
    """Someone saved first. True: load the newest version (the user's edits stay as a draft)."""
    newer = (translate("Editor", "Someone else saved version {n} of this plan while you were editing, so your changes "
                "were not saved.").format(n=newest) if newest else
             translate("Editor",
                       "Someone else saved this plan while you were editing, so your changes were not saved."))
    box = _box(parent, translate("Editor", "Plan changed by someone else"),
               newer + "\n\n" + translate("Editor", "Nothing you typed is lost: your changes are kept as a draft.\n\n"
                                   "Load the newest version? You can then restore your changes from the "
                                   "note at the top of the plan, and see what the other person changed "
                                   "in History."),
               QMessageBox.Icon.Warning)
    load = box.addButton(translate("Editor", "Load newest version"), QMessageBox.ButtonRole.AcceptRole)
    stay = box.addButton(translate("Editor", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(load)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is load
