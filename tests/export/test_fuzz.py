"""IMP-01: every parser of outside input is fuzzed with generated input.

Card QR text (and each layer under it: Base45, COSE, DEFLATE, CBOR payload), QR images (PNG, JPEG,
PDF files) and trust bundles. Only the documented outcomes are allowed: a verification status, or
the parser's own documented error. Budgets total over 100,000 inputs per run; set
CRISISPLAN_FUZZ_SCALE to multiply them offline. Mutated real cards must never verify as genuine.
"""

from __future__ import annotations

import io
import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from crisisplan.export.base45 import ALPHABET, Base45Error, b45decode, b45encode
from crisisplan.export.card import normalise_card_text
from crisisplan.export.compress import CompressionError, decompress
from crisisplan.export.cose import CoseError, decode_sign1
from crisisplan.export.payload import PayloadError, decode_payload, encode_payload
from crisisplan.export.payload_v2 import decode_payload_v2, encode_payload_v2
from crisisplan.export.qr import QrReadError, qr_png_bytes, read_qr_texts, read_qr_texts_from_bytes
from crisisplan.export.samples import maximal_card_payload, typical_card_payload
from crisisplan.export.trust import TrustBundle, TrustBundleError, dump_trust_bundle, load_trust_bundle
from crisisplan.export.verify import CardStatus, Verification, verify_card_text
from tests.export import fuzzing
from tests.export.fuzzing import SCALE, mutate_bytes, mutate_text, random_text
from tests.export.helpers import TODAY, bundle_for

BUDGETS = {
    "verify: mutated cards": 15_000,
    "verify: random text": 25_000,
    "verify: mutated COSE": 10_000,
    "Base45": 10_000,
    "COSE": 10_000,
    "DEFLATE": 10_000,
    "CBOR payload": 10_000,
    "CBOR payload, format 2": 10_000,
    "trust bundle": 12_000,
    "QR image bytes": 900,
    "QR image files": 100,
}
assert sum(BUDGETS.values()) >= 100_000, "IMP-01 asks for at least 100,000 generated inputs per run"
COUNTS: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def _report_volume(report: Callable[[str | Callable[[], str]], None]) -> None:
    def line() -> str:
        detail = ", ".join(f"{name} {n:,}" for name, n in COUNTS.items())
        return f"IMP-01: {sum(COUNTS.values()):,} generated inputs, no undocumented error ({detail})"

    report(line)


def _fuzz(name: str, make: Callable[[random.Random, int], object], call: Callable[[object], object],
          allowed: tuple[type[BaseException], ...], seed: int) -> None:
    budget = BUDGETS[name] * SCALE
    COUNTS[name] += fuzzing.run(name, budget, make, call, allowed, seed)
    assert COUNTS[name] >= budget


def _verifier(trust: TrustBundle, original: str) -> Callable[[object], object]:
    genuine = normalise_card_text(original)

    def call(text: object) -> Verification:
        assert isinstance(text, str)
        result = verify_card_text(text, trust, TODAY)
        assert isinstance(result.status, CardStatus) and result.message
        if result.status.authentic:
            assert normalise_card_text(text) == genuine, "a changed card verified as genuine"
        return result

    return call


@pytest.fixture(scope="module")
def cards(signing_key: ec.EllipticCurvePrivateKey) -> list[str]:
    from crisisplan.export.card import seal

    small = typical_card_payload()
    return [seal(small, signing_key), seal(maximal_card_payload(lines_per_item=1), signing_key)]


def test_verify_mutated_cards(cards: list[str], trust: TrustBundle) -> None:
    checkers = [_verifier(trust, c) for c in cards]
    statuses: Counter[CardStatus] = Counter()

    def make(rng: random.Random, i: int) -> object:
        pool = ALPHABET if i % 2 else fuzzing.TEXT_POOL
        return (i % 2, mutate_text(rng, cards[i % 2], pool))

    def call(value: object) -> object:
        assert isinstance(value, tuple)
        index, text = value
        result = checkers[index](text)
        assert isinstance(result, Verification)
        statuses[result.status] += 1
        return None

    _fuzz("verify: mutated cards", make, call, (), seed=1)
    assert statuses[CardStatus.TAMPERED] > 0 and statuses[CardStatus.NOT_A_CARD] > 0


def test_verify_random_text(trust: TrustBundle, typical_text: str) -> None:
    def make(rng: random.Random, i: int) -> object:
        kind = i % 4
        if kind == 0:
            return rng.choice(("CP1:", "CP2:")) + random_text(rng, 700, ALPHABET)
        if kind == 1:
            return rng.choice(("CP1:", "CP2:")) + b45encode(rng.randbytes(rng.randint(0, 400)))
        if kind == 2:
            return random_text(rng, 200)
        return " \n" * rng.randint(0, 2) + rng.choice(("CP1:", "CP2:")) + random_text(rng, 60)

    _fuzz("verify: random text", make, _verifier(trust, typical_text), (), seed=2)


def test_verify_mutated_cose(typical_text: str, trust: TrustBundle) -> None:
    cose = b45decode(typical_text[4:])

    def make(rng: random.Random, i: int) -> object:
        return typical_text[:4] + b45encode(mutate_bytes(rng, cose))

    _fuzz("verify: mutated COSE", make, _verifier(trust, typical_text), (), seed=3)


def test_layers(typical_text: str) -> None:
    cose = b45decode(typical_text[4:])
    compressed = decode_sign1(cose).payload
    raw = encode_payload(typical_card_payload())
    body = typical_text[4:]

    def text_or_mutant(rng: random.Random, i: int) -> object:
        return mutate_text(rng, body) if i % 2 else random_text(rng, 90)

    def bytes_or_mutant(seed_bytes: bytes) -> Callable[[random.Random, int], object]:
        return lambda rng, i: mutate_bytes(rng, seed_bytes) if i % 4 else rng.randbytes(rng.randint(0, 80))

    _fuzz("Base45", text_or_mutant, lambda t: b45decode(t), (Base45Error,), seed=4)  # type: ignore[arg-type]
    _fuzz("COSE", bytes_or_mutant(cose), lambda b: decode_sign1(b), (CoseError,), seed=5)  # type: ignore[arg-type]
    _fuzz("DEFLATE", bytes_or_mutant(compressed), lambda b: decompress(b, dictionary_version=2),  # type: ignore[arg-type]
          (CompressionError,), seed=6)
    _fuzz("CBOR payload", bytes_or_mutant(raw), lambda b: decode_payload(b),  # type: ignore[arg-type]
          (PayloadError,), seed=7)
    raw_v2 = encode_payload_v2(typical_card_payload())
    _fuzz("CBOR payload, format 2", bytes_or_mutant(raw_v2), lambda b: decode_payload_v2(b),  # type: ignore[arg-type]
          (PayloadError,), seed=8)


def test_trust_bundle(signing_key: ec.EllipticCurvePrivateKey) -> None:
    text = dump_trust_bundle(bundle_for(signing_key, revoked=frozenset({"ABCDEFGHIJ"})))
    compact = json.dumps(json.loads(text))
    loaded: Counter[bool] = Counter()

    def make(rng: random.Random, i: int) -> object:
        if i % 6 == 0:
            return mutate_bytes(rng, text.encode("utf-8"))
        return mutate_text(rng, compact if i % 2 else text, max_ops=2)

    def call(value: object) -> object:
        load_trust_bundle(value)  # type: ignore[arg-type]
        loaded[True] += 1
        return None

    _fuzz("trust bundle", make, call, (TrustBundleError,), seed=8)
    assert loaded[True] > 0  # some mutations (e.g. whitespace) still load


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
_FIELDS = ("format", "format_version", "issued_at", "locality", "keys", "revoked_cards", "superseded_cards")


@settings(max_examples=300, deadline=None)
@given(
    field=st.sampled_from(_FIELDS),
    key_field=st.sampled_from(("kid", "organisation", "public_key", "valid_from", "valid_until", "extra")),
    value=_json,
)
def test_trust_bundle_structure(
    field: str, key_field: str, value: object, signing_key: ec.EllipticCurvePrivateKey
) -> None:
    text = dump_trust_bundle(bundle_for(signing_key))
    top = json.loads(text)
    top[field] = value
    in_key = json.loads(text)
    in_key["keys"][0][key_field] = value
    for doc in (top, in_key):
        try:
            load_trust_bundle(json.dumps(doc))
        except TrustBundleError:
            pass


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_verify_any_text(trust: TrustBundle, text: str) -> None:
    result = verify_card_text(text, trust, TODAY)
    assert result.status in (CardStatus.NOT_A_CARD, CardStatus.TAMPERED, CardStatus.UNKNOWN_ISSUER)


def _seed_images(text: str) -> list[bytes]:
    png = qr_png_bytes(text, scale=2, border=2)
    with Image.open(io.BytesIO(png)) as image:
        jpeg = io.BytesIO()
        image.convert("L").save(jpeg, "JPEG", quality=70)
    pdf = io.BytesIO()
    canvas = Canvas(pdf, pagesize=(200, 200))
    canvas.drawString(10, 10, "fictional")
    canvas.save()
    return [png, jpeg.getvalue(), pdf.getvalue()]


def test_qr_images(typical_text: str, tmp_path: Path) -> None:
    seeds = _seed_images(typical_text)
    assert read_qr_texts_from_bytes(seeds[0]) == [typical_text]
    assert read_qr_texts_from_bytes(seeds[1]) == [typical_text]

    def make(rng: random.Random, i: int) -> object:
        return mutate_bytes(rng, seeds[i % 3], max_ops=3)

    def check(value: object) -> object:
        texts = read_qr_texts_from_bytes(value)  # type: ignore[arg-type]
        assert isinstance(texts, list) and all(isinstance(t, str) for t in texts)
        return texts

    _fuzz("QR image bytes", make, check, (QrReadError,), seed=9)
    counter = iter(range(10**9))

    def via_file(value: object) -> object:
        assert isinstance(value, bytes)
        path = tmp_path / f"input-{next(counter)}.{('png', 'jpg', 'pdf')[len(value) % 3]}"
        path.write_bytes(value)
        return read_qr_texts(path)

    _fuzz("QR image files", make, via_file, (QrReadError,), seed=10)
