"""Verify a card: each state shows its own banner (words, not colour alone), the card's contents
read-only and plain, from pasted text or from an image file; the trust bundle is accepted only when
signed by the pinned root, never replaced by an older one, and remembered; who is looking is
remembered; a hostile file gives "too complex to check" without freezing the dialog."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from crisisplan.export.card import seal
from crisisplan.export.keys import generate_signing_key
from crisisplan.export.qr import qr_png_bytes
from crisisplan.export.samples import typical_card_payload
from crisisplan.export.signed_trust import root_fingerprint, show_fingerprint, sign_trust_bundle
from crisisplan.forms.items import Item
from crisisplan.services.overview import CardStatus
from crisisplan.ui import files
from crisisplan.ui.verify.dialog import VerifyDialog
from tests.export.helpers import TODAY, bundle_for
from tests.ui.test_a11y_speech import spoken  # noqa: F401  (fixture)

KEY = generate_signing_key()
OTHER_KEY = generate_signing_key()
ROOT = generate_signing_key()
ROOT_FP = root_fingerprint(ROOT.public_key())
PAYLOAD = typical_card_payload()
TEXT = seal(PAYLOAD, KEY)


def tampered(text: str) -> str:
    middle = len(text) // 2
    replacement = "A" if text[middle] != "A" else "B"
    return text[:middle] + replacement + text[middle + 1:]


def write_bundle(path: Path, *keys, superseded=frozenset(), root=ROOT, sequence: int = 1) -> Path:
    bundle = dataclasses.replace(bundle_for(*keys, superseded=superseded),
                                 root_fingerprint=root_fingerprint(root.public_key()), sequence=sequence)
    path.write_text(sign_trust_bundle(bundle, root), encoding="utf-8")
    return path


@pytest.fixture
def settings(settings):
    settings.trust_root = ROOT_FP  # this PC's verifier is pinned to the test organisation's root
    return settings


@pytest.fixture
def trust_file(tmp_path: Path) -> Path:
    return write_bundle(tmp_path / "trust.json", KEY)


def make_dialog(qtbot, settings, today: date = TODAY) -> VerifyDialog:
    dialog = VerifyDialog(settings, today=today)
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def paste_and_check(qtbot, dialog: VerifyDialog, text: str) -> None:
    dialog.qr_text.clear()
    dialog.qr_text.setFocus()
    qtbot.keyClicks(dialog.qr_text, text)
    qtbot.keyClick(dialog.check_button, Qt.Key.Key_Space)


CASES = [
    ("valid", TEXT, TODAY, False, CardStatus.VALID, "VALID"),
    ("overdue", TEXT, date(2026, 7, 1), False, CardStatus.REVIEW_OVERDUE, "REVIEW OVERDUE"),
    ("superseded", TEXT, TODAY, True, CardStatus.SUPERSEDED_OR_REVOKED, "SUPERSEDED OR WITHDRAWN"),
    ("unknown", seal(PAYLOAD, OTHER_KEY), TODAY, False, CardStatus.UNKNOWN_ISSUER, "UNKNOWN ISSUER"),
    ("tampered", tampered(TEXT), TODAY, False, CardStatus.TAMPERED, "ALTERED OR DAMAGED"),
    ("not a card", "https://example.org/not-a-card", TODAY, False, CardStatus.NOT_A_CARD, "NOT A CRISIS CARD"),
    ("expired", TEXT, date(2027, 7, 1), False, CardStatus.EXPIRED, "EXPIRED"),
]


@pytest.mark.parametrize(("name", "text", "today", "withdrawn", "status", "title"), CASES, ids=[c[0] for c in CASES])
def test_each_state_has_its_own_banner(qtbot, settings, tmp_path, name, text, today, withdrawn, status, title):
    bundle = write_bundle(tmp_path / "trust.json", KEY, superseded={PAYLOAD.card_id} if withdrawn else frozenset())
    settings.trust_bundle = bundle
    dialog = make_dialog(qtbot, settings, today)
    paste_and_check(qtbot, dialog, text)
    assert dialog.status is status
    assert title in dialog.banner.title_text  # words, not colour alone
    assert dialog.banner.accessibleName().startswith("Card status:")
    assert dialog.banner.message.text() == dialog.verification.message
    contents = dialog.contents.toPlainText()
    if status.authentic:
        assert "Alex Morgan" in contents and "Sertraline 150 mg once daily" in contents
        assert "Issued by: Oxford Health NHS Foundation Trust" in contents
    else:
        assert "Alex Morgan" not in contents  # nothing from an unverified or withdrawn card is shown


def test_card_for_another_service_is_not_shown(qtbot, settings, trust_file):
    settings.trust_bundle = trust_file
    settings.viewer = "police"
    dialog = make_dialog(qtbot, settings)
    assert dialog.viewer_key == "police"
    paste_and_check(qtbot, dialog, TEXT)  # an ambulance card
    assert dialog.status is CardStatus.WRONG_RECIPIENT
    assert "not for police" in dialog.banner.message.text()
    assert "Alex Morgan" not in dialog.contents.toPlainText()
    dialog.viewer.setCurrentIndex(dialog.viewer.findData("ambulance"))
    assert settings.viewer == "ambulance"  # remembered
    paste_and_check(qtbot, dialog, TEXT)
    assert dialog.status is CardStatus.VALID


def test_bundle_from_another_root_or_older_is_refused(qtbot, settings, tmp_path):
    dialog = make_dialog(qtbot, settings)
    foreign = write_bundle(tmp_path / "foreign.json", KEY, root=generate_signing_key())
    assert not dialog.load_trust(foreign)
    assert "different organisation trust root" in dialog.notice.text
    assert dialog.load_trust(write_bundle(tmp_path / "new.json", KEY, sequence=5))
    assert settings.trust_sequence == 5
    assert not dialog.load_trust(write_bundle(tmp_path / "old.json", KEY, sequence=4))
    assert "older" in dialog.notice.text


def test_a_bomb_is_too_complex_and_the_dialog_stays_responsive(qtbot, settings, trust_file, tmp_path):
    from PySide6.QtCore import QTimer

    from tests.security.bombs import nested_forms_pdf

    settings.trust_bundle = trust_file
    bomb = tmp_path / "card.pdf"
    bomb.write_bytes(nested_forms_pdf())
    dialog = make_dialog(qtbot, settings)
    ticks = []
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(50)
    dialog.check_file(bomb)
    qtbot.waitUntil(lambda: dialog.status is CardStatus.TOO_COMPLEX, timeout=10_000)
    assert len(ticks) >= 10  # the event loop kept running while the child process worked
    assert "TOO COMPLEX" in dialog.banner.title_text


def test_the_six_banners_look_different(qtbot, settings, trust_file):
    settings.trust_bundle = trust_file
    dialog = make_dialog(qtbot, settings)
    seen = set()
    for status in CardStatus:
        dialog.banner.show_status(status, "message")
        seen.add((dialog.banner.title_text, dialog.banner.styleSheet()))
    assert len({t for t, _ in seen}) == len(CardStatus) == 10


def test_contents_are_read_only_plain_text(qtbot, settings, trust_file):
    settings.trust_bundle = trust_file
    payload = dataclasses.replace(PAYLOAD, items={**PAYLOAD.items, Item.NAME: "<b>Alex</b> <img src=x>"})
    dialog = make_dialog(qtbot, settings)
    paste_and_check(qtbot, dialog, seal(payload, KEY))
    assert dialog.status is CardStatus.VALID
    assert isinstance(dialog.contents, QPlainTextEdit) and dialog.contents.isReadOnly()
    assert "<b>Alex</b> <img src=x>" in dialog.contents.toPlainText()  # shown as typed, never rendered


def test_card_image_file_is_checked_in_the_background(qtbot, settings, trust_file, tmp_path, monkeypatch):
    settings.trust_bundle = trust_file
    image = tmp_path / "card.png"
    image.write_bytes(qr_png_bytes(TEXT, scale=6))
    monkeypatch.setattr(files, "open_file", lambda *args, **kwargs: image)
    dialog = make_dialog(qtbot, settings)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status is CardStatus.VALID, timeout=10_000)
    assert "Card K3VQ7M2XAB for Ambulance service" in dialog.contents.toPlainText()


def test_image_without_a_code_is_unreadable(qtbot, settings, trust_file, tmp_path):
    from PIL import Image

    settings.trust_bundle = trust_file
    blank = tmp_path / "blank.png"
    Image.new("L", (200, 200), 255).save(blank)
    dialog = make_dialog(qtbot, settings)
    dialog.check_file(blank)
    qtbot.waitUntil(lambda: dialog.status is CardStatus.UNREADABLE, timeout=10_000)
    assert "more light" in dialog.banner.message.text()


def test_trust_bundle_is_chosen_and_remembered(qtbot, settings, trust_file, monkeypatch):
    dialog = make_dialog(qtbot, settings)
    paste_and_check(qtbot, dialog, TEXT)
    assert dialog.status is None and "trust bundle file first" in dialog.notice.text
    monkeypatch.setattr(files, "open_file", lambda *args, **kwargs: trust_file)
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    assert settings.trust_bundle == trust_file
    assert dialog.trust_label.text().startswith(str(trust_file))
    qtbot.keyClick(dialog.check_button, Qt.Key.Key_Space)
    assert dialog.status is CardStatus.VALID
    again = make_dialog(qtbot, settings)  # next time, the same bundle is loaded
    assert again.trust_label.text().startswith(str(trust_file))
    assert again.root_edit.text() == show_fingerprint(ROOT_FP)


def test_a_broken_trust_bundle_is_explained(qtbot, settings, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    dialog = make_dialog(qtbot, settings)
    assert not dialog.load_trust(broken)
    assert "could not be used" in dialog.notice.text
    assert settings.trust_bundle is None


def test_the_verdict_is_announced_and_no_label_hides_its_text(qtbot, settings, trust_file, spoken):  # noqa: F811
    """Screen reader users hear the verdict when it appears; the banner's labels keep their own text."""
    from tests.ui.test_a11y_names import hiding_labels

    heard = spoken
    dialog = make_dialog(qtbot, settings)
    dialog.load_trust(trust_file)
    paste_and_check(qtbot, dialog, tampered(TEXT))
    qtbot.waitUntil(lambda: dialog.status is CardStatus.TAMPERED)
    assert heard and heard[-1][0] == "Assertive" and heard[-1][1].startswith("ALTERED OR DAMAGED")
    paste_and_check(qtbot, dialog, TEXT)
    qtbot.waitUntil(lambda: dialog.status is CardStatus.VALID)
    assert heard[-1][0] == "Polite" and heard[-1][1].startswith("VALID")
    assert hiding_labels(dialog) == []


def _signed_letter(path: Path, *, alter: bool = False) -> Path:
    """A one-page PDF without a card's code (like the person's copy), PAdES-signed under ROOT by the
    document signer of KEY."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from crisisplan.export.keys import key_id
    from crisisplan.export.pades import issue_document_signer, sign_pdf

    out = BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "My crisis plan (fictional test letter)")
    canvas.save()
    signed = bytearray(sign_pdf(out.getvalue(), issue_document_signer(ROOT, "Oxford Health NHS Foundation Trust",
                                                                      kid=key_id(KEY.public_key()).hex())))
    if alter:
        signed[signed.index(b"ReportLab") + 1] ^= 0x20
    path.write_bytes(bytes(signed))
    return path


@pytest.mark.parametrize(("alter", "status", "shown"), [(False, CardStatus.VALID, "PDF signature: Valid."),
                                                         (True, CardStatus.TAMPERED, "ALTERED")])
def test_a_signed_pdf_shows_its_signature(qtbot, settings, trust_file, tmp_path, alter, status, shown):
    settings.trust_bundle = trust_file
    dialog = make_dialog(qtbot, settings)
    dialog.check_file(_signed_letter(tmp_path / "letter.pdf", alter=alter))
    qtbot.waitUntil(lambda: dialog.status is status, timeout=20_000)
    assert shown in dialog.contents.toPlainText()
