"""The two format 2 decoders (payload_v2.py and the phone verifier's payload2.js) agree byte for
byte: on generated payloads both give the same content, and on mutated bytes both refuse or both
accept with the same content. A decoder that accepted what the other refuses would let one
verifier show a card the other calls TAMPERED."""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crisisplan.export.payload import CardPayload, PayloadError
from crisisplan.export.payload_v2 import decode_payload_v2, encode_payload_v2
from crisisplan.export.samples import maximal_card_payload, typical_card_payload
from crisisplan.forms.items import ITEMS
from tests.export.fuzzing import mutate_bytes
from tests.export.test_payload_v2 import payloads
from tests.verifier.helpers import node

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tests" / "vectors" / "decode_cp2.mjs"


def _shown(p: CardPayload) -> dict[str, Any]:
    return {"card_id": p.card_id, "issuer": p.issuer, "locality": p.locality, "recipient": p.recipient,
            "plan_ref": p.plan_ref, "plan_version": p.plan_version, "issued": p.issued.isoformat(),
            "valid_until": p.valid_until.isoformat(), "truncated": p.truncated,
            "items": {str(ITEMS[item].code): value for item, value in p.items.items()}}


def _python(data: bytes) -> dict[str, Any] | None:
    try:
        return _shown(decode_payload_v2(data))
    except PayloadError:
        return None


def _phone(blobs: list[bytes], tmp: Path) -> list[dict[str, Any] | None]:
    path = tmp / "cp2-blobs.json"
    path.write_text(json.dumps([b.hex() for b in blobs]), encoding="utf-8")
    done = subprocess.run([node(), str(SCRIPT), str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result: list[dict[str, Any] | None] = json.loads(done.stdout)
    return result


@settings(max_examples=1, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(payloads(), min_size=150, max_size=150))
def test_both_decoders_agree_on_generated_and_mutated_payloads(generated: list[CardPayload]) -> None:
    import tempfile

    rng = random.Random(11)
    originals = [encode_payload_v2(p) for p in [typical_card_payload(), maximal_card_payload(), *generated]]
    mutants = [mutate_bytes(rng, rng.choice(originals)) for _ in range(1500)]
    blobs = originals + mutants
    with tempfile.TemporaryDirectory() as tmp:
        phone = _phone(blobs, Path(tmp))
    python = [_python(b) for b in blobs]
    assert all(r is not None for r in python[: len(originals)])
    disagreements = [(b.hex(), py, ph) for b, py, ph in zip(blobs, python, phone, strict=True) if py != ph]
    assert not disagreements, disagreements[:3]
    assert sum(r is None for r in python[len(originals):]) > 100  # the mutants did exercise refusals
