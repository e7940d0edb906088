"""IMP-01 for the signed trust bundle: thousands of damaged bundle files give TrustBundleError and
nothing else, and no damaged file is ever accepted with contents other than the genuine ones."""

from __future__ import annotations

import base64
import dataclasses
import json
import random

from crisisplan.export.keys import generate_signing_key
from crisisplan.export.signed_trust import open_trust_bundle, root_fingerprint, sign_trust_bundle
from crisisplan.export.trust import TrustBundleError
from tests.export import fuzzing
from tests.export.helpers import bundle_for

ROOT = generate_signing_key()
FP = root_fingerprint(ROOT.public_key())
GENUINE = dataclasses.replace(bundle_for(generate_signing_key(), revoked={"ABCDEFGHIJ"}), root_fingerprint=FP)
TEXT = sign_trust_bundle(GENUINE, ROOT)


def _make(rng: random.Random, i: int) -> object:
    if i % 3 == 0:
        return fuzzing.mutate_bytes(rng, TEXT.encode("utf-8"))
    if i % 3 == 1:
        return fuzzing.mutate_text(rng, TEXT, max_ops=2)
    doc = json.loads(TEXT)  # damage inside the signed message, keeping the file well-formed
    signed = fuzzing.mutate_bytes(rng, base64.b64decode(doc["signed"]), max_ops=2)
    doc["signed"] = base64.b64encode(signed).decode()
    return json.dumps(doc)


def _open(value: object) -> object:
    bundle = open_trust_bundle(value, FP)  # type: ignore[arg-type]
    assert bundle == GENUINE, "a damaged bundle was accepted with other contents"
    return bundle


def test_damaged_signed_bundles_are_refused_cleanly() -> None:
    count = fuzzing.run("signed trust bundle", 3000, _make, _open, (TrustBundleError,), seed=10)
    assert count >= 3000
