"""Verify a card: open an image or PDF of it, or paste the text of its QR code; check it offline
against a trust bundle signed by the pinned organisation trust root, for whoever is looking; show a
large status banner and the card's contents (read-only, plain). Files are read off the UI thread
(TaskRunner) and decoded under memory and time limits, so a hostile file cannot freeze the app."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisisplan.export.signed_trust import parse_fingerprint, show_fingerprint
from crisisplan.services.overview import CardStatus, TrustBundle, Verification
from crisisplan.services.verify import FileVerification, read_trust_file, verify_file, verify_text
from crisisplan.ui import files
from crisisplan.ui.errors import describe
from crisisplan.ui.i18n import translate, translate_marked
from crisisplan.ui.settings import AppSettings
from crisisplan.ui.tasks import TaskContext, TaskRunner
from crisisplan.ui.verify.banner import StatusBanner
from crisisplan.ui.verify.contents import card_text
from crisisplan.ui.widgets import NoticeBar, buddy_label, heading, plain_label


class VerifyDialog(QDialog):
    """`own_trust` gives the store's own trust bundle when no file has been chosen (optional)."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None, *,
                 own_trust: Callable[[], TrustBundle] | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._own_trust = own_trust
        self._today = today
        self._trust: TrustBundle | None = None
        self.verification: Verification | None = None
        self.runner = TaskRunner(self)
        self.setWindowTitle(translate("VerifyDialog", "Verify a crisis card"))
        self.setAccessibleName(translate("VerifyDialog", "Verify a crisis card"))
        self.notice = NoticeBar()
        self.banner = StatusBanner()
        self.contents = QPlainTextEdit()
        self.contents.setReadOnly(True)
        self.contents.setAccessibleName(translate("VerifyDialog", "Card contents"))
        self.contents.setPlaceholderText(translate("VerifyDialog", "The card's contents appear here after checking."))
        self._build_inputs()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("VerifyDialog", "Verify a crisis card"), 1.3))
        layout.addWidget(self.inputs)
        layout.addWidget(self.notice)
        layout.addWidget(self.banner)
        layout.addWidget(buddy_label(translate("VerifyDialog", "Card c&ontents:"), self.contents))
        layout.addWidget(self.contents, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setAccessibleName(translate("VerifyDialog", "Dialog buttons"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load_remembered_trust()

    def _build_inputs(self) -> None:
        self.inputs = QGroupBox(translate("VerifyDialog", "Card and trust bundle"))
        self.file_button = QPushButton(translate("VerifyDialog", "Open card &image or PDF…"))
        self.qr_text = QPlainTextEdit()
        self.qr_text.setAccessibleName(translate("VerifyDialog", "QR code text"))
        self.qr_text.setPlaceholderText(translate("VerifyDialog",
                                                  "Or paste the QR code's text here (it starts with CP2: or CP1:)"))
        self.qr_text.setTabChangesFocus(True)
        self.qr_text.setMaximumHeight(self.qr_text.fontMetrics().lineSpacing() * 4)
        self.check_button = QPushButton(translate("VerifyDialog", "&Check this text"))
        self.trust_label = plain_label()
        self.trust_label.setAccessibleDescription(translate("VerifyDialog", "Trust bundle in use"))
        self.trust_button = QPushButton(translate("VerifyDialog", "Choose &trust bundle…"))
        self.root_edit = QLineEdit()
        self.root_edit.setAccessibleName(translate("VerifyDialog", "Organisation trust root fingerprint"))
        self.root_edit.setPlaceholderText(translate("VerifyDialog",
                                                    "64 characters, as printed on the trust bundle's cover sheet"))
        root = self._settings.trust_root
        if root:
            self.root_edit.setText(show_fingerprint(root))
        self.viewer = QComboBox()
        self.viewer.setAccessibleName(translate("VerifyDialog", "Who is looking"))
        for key, label in (("police", translate("VerifyDialog", "Police")), ("ambulance",
                                                                             translate("VerifyDialog",
                                                                                       "Ambulance service")),
                           ("emergency_department", translate("VerifyDialog", "Emergency department")),
                           ("other", translate("VerifyDialog", "Someone else (e.g. the crisis team)"))):
            self.viewer.addItem(label, key)
        self.viewer.setCurrentIndex(max(0, self.viewer.findData(self._settings.viewer)))
        self.viewer.currentIndexChanged.connect(self._viewer_changed)
        grid = QGridLayout(self.inputs)
        grid.addWidget(plain_label(translate("VerifyDialog", "Card file:"), wrap=False), 0, 0)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_button)
        file_row.addWidget(plain_label(translate("VerifyDialog", "a photo or scan of the card, or its PDF")), 1)
        grid.addLayout(file_row, 0, 1)
        grid.addWidget(buddy_label(translate("VerifyDialog", "&QR text:"), self.qr_text), 1, 0)
        text_row = QHBoxLayout()
        text_row.addWidget(self.qr_text, 1)
        text_row.addWidget(self.check_button)
        grid.addLayout(text_row, 1, 1)
        grid.addWidget(plain_label(translate("VerifyDialog", "Trust bundle:"), wrap=False), 2, 0)
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust_label, 1)
        trust_row.addWidget(self.trust_button)
        grid.addLayout(trust_row, 2, 1)
        grid.addWidget(buddy_label(translate("VerifyDialog", "Trust &root:"), self.root_edit), 3, 0)
        grid.addWidget(self.root_edit, 3, 1)
        grid.addWidget(buddy_label(translate("VerifyDialog", "&Who is looking:"), self.viewer), 4, 0)
        grid.addWidget(self.viewer, 4, 1)
        grid.setColumnStretch(1, 1)
        self.setTabOrder(self.file_button, self.qr_text)
        self.setTabOrder(self.qr_text, self.check_button)
        self.setTabOrder(self.check_button, self.trust_button)
        self.setTabOrder(self.trust_button, self.root_edit)
        self.setTabOrder(self.root_edit, self.viewer)
        self.file_button.clicked.connect(self.choose_card_file)
        self.check_button.clicked.connect(self.check_pasted)
        self.trust_button.clicked.connect(self.choose_trust)

    # ---- trust bundle ----------------------------------------------------------------------
    def _load_remembered_trust(self) -> None:
        path = self._settings.trust_bundle
        if path is not None and path.is_file():
            self.load_trust(path, remember=False)
        else:
            self._use_own_trust()

    def _use_own_trust(self) -> None:
        if self._own_trust is None:
            self._trust = None
            self.trust_label.setText(translate("VerifyDialog",
                                               "None chosen. Choose the trust bundle file your organisation "
                                             "gave you."))
            return
        try:
            self._trust = self._own_trust()
        except Exception as exc:
            self._trust = None
            self.notice.show_message(describe(exc), "problem")
            return
        self.trust_label.setText(translate("VerifyDialog", "This organisation's own keys (from the store)"))

    def choose_trust(self) -> None:
        start = self._settings.trust_bundle
        path = files.open_file(self, translate("VerifyDialog", "Choose a trust bundle"),
                               translate("VerifyDialog", "Trust bundles (*.json);;All files (*)"),
                               str(start.parent) if start else "")
        if path is not None:
            self.load_trust(path)

    def _viewer_changed(self) -> None:
        self._settings.viewer = self.viewer_key

    @property
    def viewer_key(self) -> str:
        return str(self.viewer.currentData() or "other")

    def load_trust(self, path: Path, *, remember: bool = True) -> bool:
        """Use a signed bundle file: only if signed by the pinned root, and never one older than
        the newest bundle already accepted for that root."""
        try:
            root = parse_fingerprint(self.root_edit.text())
        except ValueError:
            self.notice.show_message(translate("VerifyDialog",
                                               "Type the organisation trust root's fingerprint from the trust "
                                             "bundle's cover sheet first."), "problem")
            return False
        try:
            bundle = read_trust_file(path, root)
        except Exception as exc:
            self.notice.show_message(translate("VerifyDialog", "The trust bundle could not be used. {reason}").format(
                reason=describe(exc)), "problem")
            return False
        same_root = self._settings.trust_root == root
        if same_root and bundle.sequence < self._settings.trust_sequence:
            self.notice.show_message(translate("VerifyDialog",
                "This trust bundle (number {old}) is older than one already used here (number {new}); it was "
                "not used. Choose the newest trust bundle.").format(old=bundle.sequence,
                                                                     new=self._settings.trust_sequence), "problem")
            return False
        self._trust = bundle
        if remember:
            self._settings.trust_bundle = path
            self._settings.trust_root = root
            self._settings.trust_sequence = bundle.sequence
        self.notice.clear()
        self.trust_label.setText(translate("VerifyDialog", "{path} (number {n}, {org})").format(
            path=str(path), n=bundle.sequence, org=bundle.organisation))
        return True

    def _require_trust(self) -> TrustBundle | None:
        if self._trust is None:
            self.notice.show_message(translate("VerifyDialog", "Choose the trust bundle file first: without it a card "
                                             "cannot be checked."), "problem")
        return self._trust

    # ---- checking --------------------------------------------------------------------------
    def check_pasted(self) -> None:
        text = self.qr_text.toPlainText().strip()
        trust = self._require_trust()
        if trust is None:
            return
        if not text:
            self.notice.show_message(translate("VerifyDialog", "Paste the QR code's text first, or open a card file."),
                                     "info")
            return
        self.notice.clear()
        self.show_result(verify_text(text, trust, self._today, self.viewer_key), None)

    def choose_card_file(self) -> None:
        path = files.open_file(self, translate("VerifyDialog", "Open a card image or PDF"),
                               translate("VerifyDialog",
                                         "Card images and PDFs (*.png *.jpg *.jpeg *.pdf);;All files (*)"))
        if path is not None:
            self.check_file(path)

    def check_file(self, path: Path) -> None:
        trust = self._require_trust()
        if trust is None:
            return
        self.notice.clear()
        today = self._today
        viewer = self.viewer_key

        def work(context: TaskContext) -> FileVerification:
            return verify_file(path, trust, today, viewer, cancelled=lambda: context.cancelled)

        self.runner.run(work, on_done=lambda found: self.show_result(found.result, found.codes_found, found.codes,
                                                                     found.document, found.document_note),
                        on_error=lambda exc: self.notice.show_message(describe(exc), "problem"),
                        parent=self, title=translate("VerifyDialog", "Verify a crisis card"),
                        label=translate("VerifyDialog", "Reading the card…"), cancellable=True)

    def show_result(self, result: Verification, codes_found: int | None,
                    codes: tuple[Verification, ...] = (), document: Verification | None = None,
                    document_note: str = "") -> None:
        self.verification = result
        self.banner.show_status(result.status, translate_marked(result.message))
        self.contents.setPlainText(card_text(result, codes_found, codes, document, document_note))
        if not self.isActiveWindow():  # a progress window was shown while a file was read
            self.activateWindow()
            self.contents.setFocus()

    @property
    def status(self) -> CardStatus | None:
        return self.banner.status
