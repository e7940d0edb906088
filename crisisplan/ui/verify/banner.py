"""The large status banner of the verify dialog: colour AND words AND a symbol for each of the
states (SIG-05, TRUST-05, TRUST-06), so that nobody has to rely on colour alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from crisisplan.services.overview import CardStatus
from crisisplan.ui.announce import announce
from crisisplan.ui.i18n import translate
from crisisplan.ui.widgets import plain_label, scaled_font

_COLOURS: dict[CardStatus | None, tuple[str, str]] = {
    CardStatus.VALID: ("#1e6b34", "#ffffff"),
    CardStatus.REVIEW_OVERDUE: ("#f2c14e", "#2b1d00"),
    CardStatus.SUPERSEDED_OR_REVOKED: ("#b34700", "#ffffff"),
    CardStatus.UNKNOWN_ISSUER: ("#a61b1b", "#ffffff"),
    CardStatus.TAMPERED: ("#a61b1b", "#ffffff"),
    CardStatus.NOT_A_CARD: ("#4a4a4a", "#ffffff"),
    CardStatus.WRONG_RECIPIENT: ("#1f4e8c", "#ffffff"),
    CardStatus.EXPIRED: ("#b34700", "#ffffff"),
    CardStatus.UNREADABLE: ("#4a4a4a", "#ffffff"),
    CardStatus.TOO_COMPLEX: ("#4a4a4a", "#ffffff"),
    None: ("#e6e6e6", "#1a1a1a"),
}
_SYMBOLS: dict[CardStatus | None, str] = {
    CardStatus.VALID: "✔",
    CardStatus.REVIEW_OVERDUE: "⚠",
    CardStatus.SUPERSEDED_OR_REVOKED: "✖",
    CardStatus.UNKNOWN_ISSUER: "✖",
    CardStatus.TAMPERED: "✖",
    CardStatus.NOT_A_CARD: "?",
    CardStatus.WRONG_RECIPIENT: "⊘",
    CardStatus.EXPIRED: "✖",
    CardStatus.UNREADABLE: "↻",
    CardStatus.TOO_COMPLEX: "✖",
    None: "…",
}


class StatusBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBanner")
        self.status: CardStatus | None = None
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setFont(scaled_font(self.title, 2.0, bold=True))
        self.title.setWordWrap(True)
        self.message = plain_label()
        self.message.setFont(scaled_font(self.message, 1.15))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        self.show_status(None,
                         translate("StatusBanner", "Choose a card image or PDF, or paste the text of its QR code."))

    def titles(self) -> dict[CardStatus, str]:
        return {
            CardStatus.VALID: translate("StatusBanner", "VALID"),
            CardStatus.REVIEW_OVERDUE: translate("StatusBanner", "VALID BUT REVIEW OVERDUE"),
            CardStatus.SUPERSEDED_OR_REVOKED: translate("StatusBanner", "SUPERSEDED OR WITHDRAWN — do not rely on it"),
            CardStatus.UNKNOWN_ISSUER: translate("StatusBanner", "UNKNOWN ISSUER — do not rely on it"),
            CardStatus.TAMPERED: translate("StatusBanner", "ALTERED OR DAMAGED — do not rely on it"),
            CardStatus.NOT_A_CARD: translate("StatusBanner", "NOT A CRISIS CARD"),
            CardStatus.WRONG_RECIPIENT: translate("StatusBanner", "ISSUED FOR ANOTHER SERVICE — contents not shown"),
            CardStatus.EXPIRED: translate("StatusBanner", "EXPIRED — do not rely on it"),
            CardStatus.UNREADABLE: translate("StatusBanner", "COULD NOT READ A CODE — try again"),
            CardStatus.TOO_COMPLEX: translate("StatusBanner", "TOO COMPLEX TO CHECK"),
        }

    def show_status(self, status: CardStatus | None, message: str) -> None:
        self.status = status
        background, foreground = _COLOURS[status]
        title = self.titles()[status] if status is not None else translate("StatusBanner", "No card checked yet")
        self.title.setText(f"{_SYMBOLS[status]}  {title}")
        self.message.setText(message)
        self.setStyleSheet(f"QFrame#statusBanner {{ background: {background}; border-radius: 6px; }}"
                           f"QFrame#statusBanner QLabel {{ color: {foreground}; }}")
        self.setAccessibleName(translate("StatusBanner", "Card status: {title}").format(title=title))
        self.setAccessibleDescription(message)
        if status is not None:  # the verdict is spoken at once when it is a warning (WCAG 4.1.3)
            announce(self, f"{title}. {message}", assertive=status is not CardStatus.VALID)

    @property
    def title_text(self) -> str:
        return self.title.text()
