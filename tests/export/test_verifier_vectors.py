"""The shared verifier vectors (tests/vectors/verifier-vectors.json, made by
tools/make_verifier_vectors.py): the Python verifier gives every expected verdict, and the committed
file is exactly what the generator makes. The phone verifier runs over the same file."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crisisplan.export.payload import CardPayload
from crisisplan.export.signed_trust import open_trust_bundle
from crisisplan.export.trust import TrustBundleError
from crisisplan.export.verify import CardStatus, verify_card_text
from crisisplan.forms.items import ITEMS

ROOT = Path(__file__).resolve().parents[2]
VECTORS = json.loads((ROOT / "tests" / "vectors" / "verifier-vectors.json").read_text(encoding="utf-8"))
VERDICTS = {s.name for s in CardStatus} - {"UNREADABLE", "TOO_COMPLEX"}


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_vector(vector: dict[str, Any]) -> None:
    assert set(vector) == {"name", "qr_text", "bundle", "root_fingerprint", "viewer", "today", "expected",
                           "content"}
    if vector["expected"] == "BUNDLE_REJECTED":
        with pytest.raises(TrustBundleError):
            open_trust_bundle(vector["bundle"], vector["root_fingerprint"])
        return
    bundle = open_trust_bundle(vector["bundle"], vector["root_fingerprint"])
    result = verify_card_text(vector["qr_text"], bundle, date.fromisoformat(vector["today"]), vector["viewer"])
    assert result.status.name == vector["expected"]
    assert _shown(result.payload if result.status.authentic else None) == vector["content"]
    if result.issuer is not None:
        assert result.issuer != "Name on the card, never shown"  # always the bundle's name


def _shown(p: CardPayload | None) -> dict[str, Any] | None:
    """The decoded content in the vectors' form (the phone verifier's check builds the same)."""
    if p is None:
        return None
    return {"card_id": p.card_id, "recipient": p.recipient, "plan_ref": p.plan_ref,
            "plan_version": p.plan_version, "issued": p.issued.isoformat(),
            "valid_until": p.valid_until.isoformat(), "truncated": p.truncated,
            "items": {str(ITEMS[item].code): value for item, value in p.items.items()}}


def test_both_card_formats_are_covered() -> None:
    texts = [v["qr_text"] for v in VECTORS if v["expected"] == "VALID"]
    assert any(t.startswith("CP1:") for t in texts) and any(t.startswith("CP2:") for t in texts)
    assert {v["name"] for v in VECTORS if v["name"].startswith("cp2-") and v["expected"] == "TAMPERED"} >= {
        "cp2-unknown-item-code", "cp2-decompression-bomb", "cp2-not-canonical-date-of-birth-as-text"}


def test_every_verdict_and_both_cose_forms_are_covered() -> None:
    assert {v["expected"] for v in VECTORS} == VERDICTS | {"BUNDLE_REJECTED"}
    names = {v["name"] for v in VECTORS}
    assert {"cose-cwt-tag-61-around-tag-18", "cose-kid-in-both-headers"} <= names
    assert len(names) == len(VECTORS)


def test_committed_file_is_what_the_generator_makes() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import make_verifier_vectors
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert make_verifier_vectors.render() == (ROOT / "tests" / "vectors" / "verifier-vectors.json").read_text(
        encoding="utf-8")


def test_the_phone_verifier_gives_every_expected_verdict_too() -> None:
    import subprocess

    from tests.verifier.helpers import node

    done = subprocess.run([node(), str(ROOT / "tests" / "vectors" / "check_verifier_vectors.mjs")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout) == {"vectors": len(VECTORS), "failures": []}
