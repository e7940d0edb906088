"""A passphrase field that gives nothing it holds to the accessibility bus.

Qt's own line edit, in Password mode, still exposes a text interface: every typed character goes
out in text-inserted events and the value is read back as one bullet per character (its length).
Like KeePassXC, we give the field its own accessible interface: role "editable text", its name,
no text interface (so assistive technology gets no typed characters and drops the insert events,
which need one), and an empty value. When the user ticks "Show passphrase" (Normal echo) the value
is exposed again, as they chose to see it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLineEdit, QWidget


class PassphraseEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        _install_factory()
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)


class PassphraseAccessible(QAccessibleWidget):
    def __init__(self, edit: PassphraseEdit) -> None:
        super().__init__(edit, QAccessible.Role.EditableText)
        self._edit = edit

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value:
            shown = self._edit.echoMode() == QLineEdit.EchoMode.Normal
            return self._edit.text() if shown else ""
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.passwordEdit = self._edit.echoMode() != QLineEdit.EchoMode.Normal
        state.editable = True
        return state


_made: list[PassphraseAccessible] = []  # kept alive while Qt holds them (Qt caches one per widget)


def _factory(_key: str, obj: QObject | None) -> QAccessibleInterface | None:
    if isinstance(obj, PassphraseEdit):
        interface = PassphraseAccessible(obj)
        _made.append(interface)
        obj.destroyed.connect(lambda _o=None, i=interface: _made.remove(i) if i in _made else None)
        return interface
    return None


_installed: list[bool] = []


def _install_factory() -> None:
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)
