"""TRUST-05, TRUST-06 and the verdict table: every state `crisisplan verify` can give, each with its
own exit code (README, "Verifying a card"), produced here on real issued cards.

Seen on the old code (issue 10): an emergency-department card verified VALID for police, showing
clinical detail; the issuer was named as when the key was made ("Organisation not yet named"); a
badly photographed card said NOT A CRISIS CARD; a file with a superseded and a valid code said VALID
and did not mention the other one."""

from __future__ import annotations

import dataclasses
import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image

from crisisplan.export.card import seal
from crisisplan.export.keys import generate_signing_key
from crisisplan.export.qr import qr_png_bytes
from crisisplan.export.samples import typical_card_payload
from crisisplan.services import protocols
from crisisplan.services.session import Session
from crisisplan.sharing.protocol import bundled_protocols, dump_protocol
from tests.security.bombs import nested_forms_pdf
from tests.security.conftest import ORGANISATION, issue


def _long_lived_protocol(session: Session) -> None:
    """The sample protocol with a two-year maximum lifetime, so a card can be overdue for review
    and still within its lifetime."""
    doc = json.loads(dump_protocol(bundled_protocols()[0]))
    doc["max_card_lifetime_days"] = 730
    protocols.import_protocol(session, json.dumps(doc))
    protocols.set_active_protocol(session, doc["id"])


def _two_codes(first: str, second: str, path: Path) -> Path:
    images = [Image.open(io.BytesIO(qr_png_bytes(t))) for t in (first, second)]
    canvas = Image.new("L", (sum(i.width for i in images) + 40, max(i.height for i in images)), 255)
    canvas.paste(images[0], (0, 0))
    canvas.paste(images[1], (images[0].width + 40, 0))
    canvas.save(path)
    return path


def _badly_photographed(text: str, path: Path) -> Path:
    image = Image.open(io.BytesIO(qr_png_bytes(text))).convert("L")
    w, h = image.size
    image.crop((0, int(h * 0.3), w, h)).save(path, quality=40)  # a finder pattern is cut off
    return path


@pytest.fixture
def setup(session: Session, plan_id: int, tmp_path: Path, run_cli):
    from crisisplan.services.protocols import ensure_signing_key

    _long_lived_protocol(session)
    ensure_signing_key(session)  # the key is made while the organisation has its old name ...
    old = issue(session, plan_id, "police", tmp_path / "cards")
    police = issue(session, plan_id, "police", tmp_path / "cards")  # supersedes `old`
    ed = issue(session, plan_id, "emergency_department", tmp_path / "cards")
    protocols.set_organisation_name(session, "Renamed Mental Health Partnership")  # ... then renamed
    session.close()
    code, out, err = run_cli("trust", "export", str(tmp_path / "bundle"))
    assert code == 0, err
    root = out.split("fingerprint: ")[1].strip()
    bundle = str(tmp_path / "bundle" / "trust-bundle.json")

    def verify(*args: str) -> tuple[int, str]:
        code, out, _ = run_cli("verify", *args, "--trust", bundle, "--root", root)
        return code, out

    return verify, old, police, ed, tmp_path


def test_every_state_has_its_exit_code(setup) -> None:
    verify, old, police, ed, tmp = setup
    today = police.valid_until
    stranger = seal(dataclasses.replace(typical_card_payload(), issued=date.today(),
                                        valid_until=date.today()), generate_signing_key())
    middle = len(police.qr_text) // 2
    tampered = police.qr_text[:middle] + ("A" if police.qr_text[middle] != "A" else "B") + police.qr_text[middle + 1:]
    nested = tmp / "nested.pdf"
    nested.write_bytes(nested_forms_pdf())
    cases = [
        (0, "VALID", ("--text", police.qr_text, "--viewer", "police")),
        (10, "VALID BUT REVIEW OVERDUE", ("--text", police.qr_text, "--today", str(today + timedelta(days=1)))),
        (11, "SUPERSEDED OR REVOKED", ("--text", old.qr_text)),
        (12, "UNKNOWN ISSUER", ("--text", stranger)),
        (13, "TAMPERED OR DAMAGED", ("--text", tampered)),
        (14, "NOT A CRISIS CARD", ("--text", "https://example.org/")),
        (15, "ISSUED FOR SOMEONE ELSE", ("--text", ed.qr_text, "--viewer", "police")),
        (16, "COULD NOT READ A CODE", (str(_badly_photographed(police.qr_text, tmp / "photo.jpg")),)),
        (17, "EXPIRED", ("--text", police.qr_text, "--viewer", "other",
                         "--today", str(date.today() + timedelta(days=731)))),
        (18, "TOO COMPLEX TO CHECK", (str(nested),)),
    ]
    for code, title, args in cases:
        got, out = verify(*args)
        assert (got, out.splitlines()[0]) == (code, title), out


def test_card_for_the_ed_is_not_shown_to_police(setup) -> None:
    verify, _old, _police, ed, _tmp = setup
    code, out = verify("--text", ed.qr_text, "--viewer", "police")
    assert code == 15 and "issued for the emergency department, not for police" in out
    assert "Card " not in out and "Medicines" not in out  # no contents
    code, out = verify("--text", ed.qr_text, "--viewer", "emergency_department")
    assert code == 0 and "Card " in out


def test_viewer_is_remembered(setup) -> None:
    verify, _old, _police, ed, _tmp = setup
    verify("--text", ed.qr_text, "--viewer", "police")
    assert verify("--text", ed.qr_text)[0] == 15  # still police
    assert verify("--text", ed.qr_text, "--viewer", "other")[0] == 0


def test_issuer_is_the_organisations_current_name(setup) -> None:
    verify, _old, police, _ed, _tmp = setup
    code, out = verify("--text", police.qr_text)
    assert code == 0 and "Issued by: Renamed Mental Health Partnership" in out
    assert ORGANISATION not in out.split("Issued by:")[1].splitlines()[0]


def test_badly_photographed_card_is_unreadable_not_not_a_card(setup) -> None:
    verify, _old, police, _ed, tmp = setup
    code, out = verify(str(_badly_photographed(police.qr_text, tmp / "blurry.jpg")))
    assert code == 16 and "NOT A CRISIS CARD" not in out and "more light" in out


def test_file_with_a_superseded_and_a_valid_code_is_not_valid(setup) -> None:
    verify, old, police, _ed, tmp = setup
    code, out = verify(str(_two_codes(police.qr_text, old.qr_text, tmp / "two.png")))
    assert code == 11 and out.startswith("SUPERSEDED OR REVOKED")
    assert "2 codes were found" in out and "do not agree" in out
    assert f"VALID card {police.card_id}" in out and f"SUPERSEDED OR REVOKED card {old.card_id}" in out


def test_verify_needs_a_pinned_root(setup, run_cli) -> None:
    _verify, _old, police, _ed, tmp = setup
    code, _out, err = run_cli("verify", "--text", police.qr_text, "--trust", str(tmp / "bundle" / "trust-bundle.json"))
    assert code == 2 and "trust pin" in err
