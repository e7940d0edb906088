"""Verify a card: each of the six states shows its own banner (words, not colour alone), the card's
contents read-only and plain, from pasted text or from an image file; the trust bundle is remembered."""

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
from crisisplan.export.trust import dump_trust_bundle
from crisisplan.forms.items import Item
from crisisplan.services.overview import CardStatus
from crisisplan.ui import files
from crisisplan.ui.verify.dialog import VerifyDialog
from tests.export.helpers import TODAY, bundle_for

KEY = generate_signing_key()
OTHER_KEY = generate_signing_key()
PAYLOAD = typical_card_payload()
TEXT = seal(PAYLOAD, KEY)


def tampered(text: str) -> str:
    middle = len(text) // 2
    replacement = "A" if text[middle] != "A" else "B"
    return text[:middle] + replacement + text[middle + 1:]


def write_bundle(path: Path, *keys, superseded=frozenset()) -> Path:
    path.write_text(dump_trust_bundle(bundle_for(*keys, superseded=superseded)), encoding="utf-8")
    return path


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
    if status.authentic or status is CardStatus.SUPERSEDED_OR_REVOKED:
        assert "Alex Morgan" in contents and "Sertraline 150 mg once daily" in contents
        assert "Issued by: Oxford Health NHS Foundation Trust" in contents
    else:
        assert "Alex Morgan" not in contents  # nothing from an unverified card is shown


def test_the_six_banners_look_different(qtbot, settings, trust_file):
    settings.trust_bundle = trust_file
    dialog = make_dialog(qtbot, settings)
    seen = set()
    for status in CardStatus:
        dialog.banner.show_status(status, "message")
        seen.add((dialog.banner.title_text, dialog.banner.styleSheet()))
    assert len(seen) == 6 or len({t for t, _ in seen}) == 6


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


def test_image_without_a_code_is_not_a_card(qtbot, settings, trust_file, tmp_path):
    from PIL import Image

    settings.trust_bundle = trust_file
    blank = tmp_path / "blank.png"
    Image.new("L", (200, 200), 255).save(blank)
    dialog = make_dialog(qtbot, settings)
    dialog.check_file(blank)
    qtbot.waitUntil(lambda: dialog.status is CardStatus.NOT_A_CARD, timeout=10_000)
    assert "No QR code was found" in dialog.contents.toPlainText()


def test_trust_bundle_is_chosen_and_remembered(qtbot, settings, trust_file, monkeypatch):
    dialog = make_dialog(qtbot, settings)
    paste_and_check(qtbot, dialog, TEXT)
    assert dialog.status is None and "trust bundle file first" in dialog.notice.text
    monkeypatch.setattr(files, "open_file", lambda *args, **kwargs: trust_file)
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    assert settings.trust_bundle == trust_file
    assert dialog.trust_label.text() == str(trust_file)
    qtbot.keyClick(dialog.check_button, Qt.Key.Key_Space)
    assert dialog.status is CardStatus.VALID
    again = make_dialog(qtbot, settings)  # next time, the same bundle is loaded
    assert again.trust_label.text() == str(trust_file)


def test_a_broken_trust_bundle_is_explained(qtbot, settings, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    dialog = make_dialog(qtbot, settings)
    assert not dialog.load_trust(broken)
    assert "could not be used" in dialog.notice.text
    assert settings.trust_bundle is None
