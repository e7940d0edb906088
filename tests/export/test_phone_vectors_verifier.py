"""Cross-implementation conformance: the Python verifier over the phone verifier's vectors
(tests/vectors/phone/, made by tools/make_phone_vectors.py): the same verdict for every card, and the
same decision on every bundle (accepted when pinned to the root; replaces the held one only when its
sequence number is higher). The phone verifier runs tests/vectors/verifier-vectors.json in turn."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from crisisplan.export.signed_trust import open_trust_bundle
from crisisplan.export.trust import TrustBundleError
from crisisplan.export.verify import verify_card_text
from crisisplan.services import verifier

VECTORS = Path(__file__).resolve().parents[2] / "tests" / "vectors" / "phone"
MANIFEST = json.loads((VECTORS / "vectors.json").read_text(encoding="utf-8"))
ROOT_FP = MANIFEST["root_fingerprint"]
TODAY = date.fromisoformat(MANIFEST["today"])


def _bundle_text(name: str) -> str:
    return (VECTORS / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("case", MANIFEST["cards"], ids=[c["name"] for c in MANIFEST["cards"]])
def test_card_verdicts_agree(case: dict[str, str]) -> None:
    bundle = open_trust_bundle(_bundle_text(MANIFEST["bundle"]), ROOT_FP)
    assert verify_card_text(case["text"], bundle, TODAY, case["viewer"]).status.name == case["expected"]


@pytest.mark.parametrize("case", MANIFEST["bundles"], ids=[b["name"] for b in MANIFEST["bundles"]])
def test_bundle_decisions_agree(case: dict[str, object], tmp_path: Path) -> None:
    text = _bundle_text(str(case["file"]))
    if not case["accepted"]:
        with pytest.raises(TrustBundleError):
            open_trust_bundle(text, ROOT_FP)
        return
    held = _bundle_text(MANIFEST["bundle"])
    verifier.offer_bundle(tmp_path, held.encode(), ROOT_FP)  # the verifier holds sequence 5
    chosen = verifier.offer_bundle(tmp_path, text.encode(), ROOT_FP).bundle
    replaced = chosen.sequence != open_trust_bundle(held, ROOT_FP).sequence
    assert replaced == case["replaces_seq5"]
