"""Conformance of our Base45, zlib, COSE_Sign1 and QR-image decoding with the EU DCC test vectors.

Vectors: every *.json under `<repo>/../shared/testdata/dcc` (required: the test fails if it is
missing) and under each directory listed in CRISISPLAN_CONFORMANCE_DIRS (os.pathsep-separated).
Each vector's EXPECTEDRESULTS are checked with this project's code; `false` means the step must fail.
Expectations that are DCC business rules, and steps listed in a known_issues.csv beside the
vectors, are not checked; they are counted, with the reason, in the summary line.
"""

from __future__ import annotations

import base64
import csv
import dataclasses
import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509

from crisisplan.export.base45 import Base45Error, b45decode, b45encode
from crisisplan.export.card import NotACardError, strip_prefix
from crisisplan.export.compress import CompressionError, zlib_decompress
from crisisplan.export.cose import CoseError, decode_sign1, verify_sign1
from crisisplan.export.qr import QrReadError, read_qr_texts_from_bytes

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DIR = REPO_ROOT.parent / "shared" / "testdata" / "dcc"
ENV_DIRS = "CRISISPLAN_CONFORMANCE_DIRS"
DCC_PREFIX = "HC1:"

CHECKED = ("EXPECTEDUNPREFIX", "EXPECTEDB45DECODE", "EXPECTEDCOMPRESSION", "EXPECTEDDECODE",
           "EXPECTEDVERIFY", "EXPECTEDPICTUREDECODE")
BUSINESS_RULE = "DCC business rule (schema, JSON content, expiry or key usage), not part of the card codec"
NOT_CHECKED = {
    "EXPECTEDSCHEMAVALIDATION": BUSINESS_RULE,
    "EXPECTEDVALIDJSON": BUSINESS_RULE,
    "EXPECTEDVALIDOBJECT": BUSINESS_RULE,
    "EXPECTEDENCODE": BUSINESS_RULE,  # upstream: JSON re-encoded to CBOR equals the CBOR field
    "EXPECTEDEXPIRATIONCHECK": BUSINESS_RULE,
    "EXPTECTEDEXPIRED": BUSINESS_RULE,  # (sic) as spelt upstream
    "EXPECTEDKEYUSAGE": BUSINESS_RULE,
    "EXPECTEDRESULTS": "nested result flag in some upstream files, not a decoding step",
}
# test names used in known_issues.csv -> the expectation they cover
KNOWN_ISSUE_STEPS = {
    "test_verification_check": "EXPECTEDVERIFY",
    "test_expiration_check": "EXPECTEDEXPIRATIONCHECK",
    "test_expected_key_usage": "EXPECTEDKEYUSAGE",
    "test_cose_schema": "EXPECTEDSCHEMAVALIDATION",
    "test_cose_json": "EXPECTEDVALIDJSON",
    "test_cbor_json": "EXPECTEDVALIDJSON",
    "test_b45_decode": "EXPECTEDB45DECODE",
    "test_compression": "EXPECTEDCOMPRESSION",
    "test_unprefix": "EXPECTEDUNPREFIX",
    "test_picture_decode": "EXPECTEDPICTUREDECODE",
    "test_cose_decode": "EXPECTEDDECODE",
}


@dataclass(frozen=True)
class Vector:
    root: Path
    path: Path

    @property
    def name(self) -> str:
        return self.path.relative_to(self.root).as_posix()

    def known_issue(self, step: str) -> str | None:
        for row in _known_issues(self.root):
            if KNOWN_ISSUE_STEPS.get(row["test_name"]) != step or row["country"] != self.path.parent.name:
                continue
            if row["test_set"] in ("", self.path.stem):
                return row["reason"]
        return None


def _extra_dirs() -> list[Path]:
    return [Path(p.strip()) for p in os.environ.get(ENV_DIRS, "").split(os.pathsep) if p.strip()]


def _known_issues(root: Path) -> list[dict[str, str]]:
    path = root / "known_issues.csv"
    if not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]


def _vectors() -> list[Vector]:
    found: list[Vector] = []
    for root in [DEFAULT_DIR, *_extra_dirs()]:
        if root.is_dir():
            found.extend(Vector(root, p) for p in sorted(root.rglob("*.json")))
    return found


VECTORS = _vectors()
TALLY: Counter[str] = Counter()
SKIPS: Counter[str] = Counter()
RESULTS_SEEN: set[str] = set()


def _summary() -> str:
    reasons = "; ".join(f"{n} x {reason}" for reason, n in SKIPS.most_common()) or "none"
    return (
        f"conformance: {len(RESULTS_SEEN)} vectors, {TALLY['passed']} checks passed, "
        f"{sum(SKIPS.values())} skipped (reasons: {reasons})"
    )


@pytest.fixture(scope="module", autouse=True)
def _report_summary(report: Callable[[str | Callable[[], str]], None]) -> None:
    report(_summary)


def test_default_vector_directory_exists() -> None:
    assert DEFAULT_DIR.is_dir(), (
        f"The DCC conformance vectors are missing: expected them in {DEFAULT_DIR} "
        "(the shared test data checked out beside the repository)."
    )
    assert any(DEFAULT_DIR.rglob("*.json")), f"No *.json vectors found in {DEFAULT_DIR}"


def test_extra_vector_directories_exist_and_hold_vectors() -> None:
    for root in _extra_dirs():
        assert root.is_dir(), f"{ENV_DIRS} names {root}, which is not a directory"
        assert any(root.rglob("*.json")), f"No *.json vectors found in {root} (from {ENV_DIRS})"


def test_extra_directories_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_DIRS, f"/vectors/a{os.pathsep}{os.pathsep} /vectors/b ")
    assert _extra_dirs() == [Path("/vectors/a"), Path("/vectors/b")]
    monkeypatch.delenv(ENV_DIRS)
    assert _extra_dirs() == []


def test_known_issues_are_matched_by_country_and_test_set() -> None:
    def issue(name: str, step: str) -> str | None:
        return Vector(DEFAULT_DIR, DEFAULT_DIR / name).known_issue(step)

    assert issue("ES/401.json", "EXPECTEDVERIFY") is not None  # listed for ES 401
    assert issue("ES/101.json", "EXPECTEDVERIFY") is None
    assert issue("FI/3.json", "EXPECTEDVERIFY") is not None  # listed for all of FI
    assert issue("FI/3.json", "EXPECTEDB45DECODE") is None
    assert issue("FR/test_pcr_ok.json", "EXPECTEDVALIDJSON") is not None


def _unprefix(doc: dict[str, Any]) -> bool:
    try:
        body = strip_prefix(doc["PREFIX"], DCC_PREFIX)
    except NotACardError:
        return False
    return "BASE45" not in doc or body == doc["BASE45"]


def _b45(doc: dict[str, Any]) -> bool:
    try:
        raw = b45decode(doc["BASE45"])
    except Base45Error:
        return False
    assert b45encode(raw) == doc["BASE45"], "our Base45 encoder disagrees with the vector"
    if "COMPRESSED" in doc:
        return raw == bytes.fromhex(doc["COMPRESSED"])
    cose = bytes.fromhex(doc["COSE"])
    if raw == cose:
        return True
    try:
        return zlib_decompress(raw) == cose
    except CompressionError:
        return False


def _compression(doc: dict[str, Any]) -> bool:
    data = bytes.fromhex(doc["COMPRESSED"]) if "COMPRESSED" in doc else b45decode(doc["BASE45"])
    try:
        return zlib_decompress(data) == bytes.fromhex(doc["COSE"])
    except CompressionError:
        return False


def _decode(doc: dict[str, Any]) -> bool:
    try:
        msg = decode_sign1(bytes.fromhex(doc["COSE"]))
    except CoseError:
        return False
    return isinstance(msg.alg, int) and len(msg.payload) > 0 and len(msg.signature) > 0


def _verify(doc: dict[str, Any]) -> bool:
    cert = x509.load_der_x509_certificate(base64.b64decode(doc["TESTCTX"]["CERTIFICATE"]))
    try:
        msg = decode_sign1(bytes.fromhex(doc["COSE"]))
        genuine = verify_sign1(msg, cert.public_key())
    except CoseError:
        return False
    if genuine:  # negative control: the same message with one signature bit flipped must fail
        flipped = msg.signature[:-1] + bytes((msg.signature[-1] ^ 1,))
        assert not verify_sign1(dataclasses.replace(msg, signature=flipped), cert.public_key())
    return genuine


def _picture(doc: dict[str, Any]) -> bool:
    try:
        texts = read_qr_texts_from_bytes(base64.b64decode(doc["2DCODE"]))
    except QrReadError:
        return False
    return texts == [doc["PREFIX"]]


STEPS: dict[str, tuple[Callable[[dict[str, Any]], bool], tuple[str, ...]]] = {
    "EXPECTEDUNPREFIX": (_unprefix, ("PREFIX",)),
    "EXPECTEDB45DECODE": (_b45, ("BASE45", "COSE")),
    "EXPECTEDCOMPRESSION": (_compression, ("COSE",)),
    "EXPECTEDDECODE": (_decode, ("COSE",)),
    "EXPECTEDVERIFY": (_verify, ("COSE", "TESTCTX")),
    "EXPECTEDPICTUREDECODE": (_picture, ("2DCODE", "PREFIX")),
}
assert set(STEPS) == set(CHECKED)


@pytest.mark.parametrize("vector", VECTORS or [None], ids=[v.name for v in VECTORS] or ["no-vectors"])
def test_vector(vector: Vector | None) -> None:
    assert vector is not None, f"No DCC conformance vectors found (looked in {DEFAULT_DIR} and {ENV_DIRS})"
    doc = json.loads(vector.path.read_text(encoding="utf-8"))
    expected = doc.get("EXPECTEDRESULTS")
    assert isinstance(expected, dict) and expected, f"{vector.name} has no EXPECTEDRESULTS"
    RESULTS_SEEN.add(str(vector.path))
    failures: list[str] = []
    for step, want in expected.items():
        if step in NOT_CHECKED:
            SKIPS[NOT_CHECKED[step]] += 1
            continue
        if step not in STEPS:
            SKIPS["expectation not recognised"] += 1
            continue
        issue = vector.known_issue(step)
        if issue is not None:
            SKIPS[f"known upstream issue {issue}"] += 1
            continue
        check, needs = STEPS[step]
        missing = [k for k in needs if not doc.get(k)]
        if step == "EXPECTEDVERIFY" and not missing and not doc["TESTCTX"].get("CERTIFICATE"):
            missing.append("TESTCTX.CERTIFICATE")
        if missing:
            SKIPS[f"{step} given but the vector lacks {'/'.join(missing)}"] += 1
            continue
        if check(doc) is bool(want):
            TALLY["passed"] += 1
        else:
            failures.append(f"{step} expected {want}")
    assert not failures, f"{vector.name}: " + ", ".join(failures)
