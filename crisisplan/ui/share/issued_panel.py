"""After the decision: the issued card (its pages and QR code, where the files are, print), or the
record that it was decided not to share."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crisisplan.export.qr import qr_png_bytes
from crisisplan.forms.fields import long_date
from crisisplan.services.cards import IssuedCard
from crisisplan.ui.editor.common import heading, plain_label
from crisisplan.ui.errors import error_text
from crisisplan.ui.i18n import translate
from crisisplan.ui.share.printing import PrintError, render_pages

PREVIEW_DPI = 110
SOON_DAYS = 28
QR_SCALE = 4


class IssuedPanel(QWidget):
    print_requested = Signal(str)
    """"card" or "summary"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = heading("")
        layout.addWidget(self.title)
        self.detail = plain_label("")
        self.detail.setAccessibleDescription(translate("Editor", "What was recorded"))
        layout.addWidget(self.detail)
        body = QHBoxLayout()
        self.card_group = QGroupBox(translate("Editor", "The card"), self)
        card_layout = QHBoxLayout(self.card_group)
        self.card_images = QVBoxLayout()
        card_layout.addLayout(self.card_images)
        self.qr = QLabel(self.card_group)
        self.qr.setAccessibleName(translate("Editor", "QR code of the card"))
        card_layout.addWidget(self.qr)
        body.addWidget(self.card_group, 2)
        files = QGroupBox(translate("Editor", "Files saved"), self)
        files_layout = QGridLayout(files)
        self.files = plain_label("")
        self.files.setAccessibleDescription(translate("Editor", "Files saved"))
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        files_layout.addWidget(self.files, 0, 0, 1, 2)
        self.print_card = QPushButton(translate("Editor", "Print the wallet card…"), files)
        self.print_summary = QPushButton(translate("Editor", "Print the A4 summary…"), files)
        self.open_folder = QPushButton(translate("Editor", "Open the folder"), files)
        files_layout.addWidget(self.print_card, 1, 0)
        files_layout.addWidget(self.print_summary, 1, 1)
        files_layout.addWidget(self.open_folder, 2, 0)
        files_layout.setRowStretch(3, 1)
        body.addWidget(files, 1)
        self.files_group = files
        layout.addLayout(body, 1)
        self._folder: Path | None = None
        self.print_card.clicked.connect(lambda: self.print_requested.emit("card"))
        self.print_summary.clicked.connect(lambda: self.print_requested.emit("summary"))
        self.open_folder.clicked.connect(self._open_folder)

    def show_card(self, issued: IssuedCard, recipient: str) -> None:
        self.title.setText(translate("Editor", "Card issued for {who}").format(who=recipient))
        lines = [translate("Editor", "Valid until {day}. Plan version {version}. Card number {card}.").format(
            day=long_date(issued.valid_until), version=issued.plan_version, card=issued.card_id)]
        days_left = (issued.valid_until - date.today()).days
        if days_left <= SOON_DAYS:
            lines.append(translate("Editor",
                                   "The plan's review date is close, so this card is valid for {n} day(s) only. "
                            "Review the plan with the person and issue a new card.").format(n=max(days_left, 0)))
        if issued.truncated:
            lines.append(translate("Editor",
                                   "The card was shortened to fit its QR code: the A4 summary has everything shared."))
        if issued.superseded:
            lines.append(translate("Editor",
                                   "It replaces {n} earlier card(s) for {who}; those now show as superseded.").format(
                n=len(issued.superseded), who=recipient))
        self.detail.setText("\n".join(lines))
        self._show_images(issued)
        self._folder = issued.files["card"].parent
        self.files.setText("\n".join(str(path) for path in issued.files.values()))
        self.card_group.setVisible(True)
        self.files_group.setVisible(True)

    def _show_images(self, issued: IssuedCard) -> None:
        while self.card_images.count():
            item = self.card_images.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        try:
            pages = render_pages(issued.files["card"], PREVIEW_DPI)
        except PrintError as exc:
            self.card_images.addWidget(plain_label(error_text(exc), role="problem"))
            pages = []
        for number, (image, _size) in enumerate(pages):
            label = QLabel(self.card_group)
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(translate("Editor", "Wallet card, side {n}").format(n=number + 1))
            self.card_images.addWidget(label)
        pixmap = QPixmap()
        pixmap.loadFromData(qr_png_bytes(issued.qr_text, scale=QR_SCALE, border=4), "PNG")
        self.qr.setPixmap(pixmap)

    def show_not_shared(self, recipient: str, reason: str) -> None:
        self.title.setText(translate("Editor", "Recorded: decided not to share with {who}").format(who=recipient))
        self.detail.setText(translate("Editor",
                                      "Nothing was shared. The decision and its reason are in the disclosure ledger:"
                               "\n{reason}").format(reason=reason))
        self.card_group.setVisible(False)
        self.files_group.setVisible(False)

    def _open_folder(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))
