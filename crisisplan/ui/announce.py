"""Announcing a change to screen readers (WCAG 2.2 4.1.3 Status messages).

Qt 6.8 added QAccessibleAnnouncementEvent: the message is spoken without moving the keyboard focus.
Problems are "assertive" (spoken at once), everything else "polite" (after what is being read).
Used for the unlock error, the number of plans found, "Saved as version N", "card issued" and
every NoticeBar message."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(source: QObject, message: str, *, assertive: bool = False) -> None:
    text = " ".join(message.split())
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
