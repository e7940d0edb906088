from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from crisisplan.export.keys import generate_signing_key, key_id, public_key_to_b64
from crisisplan.export.trust import (
    TrustBundle,
    TrustBundleError,
    TrustedKey,
    dump_trust_bundle,
    load_trust_bundle,
)
from tests.export.helpers import bundle_for


def _doc(key: ec.EllipticCurvePrivateKey) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(dump_trust_bundle(bundle_for(key, revoked={"AAAAAAAAAA"})))
    return doc


def test_round_trip(signing_key: ec.EllipticCurvePrivateKey) -> None:
    second = generate_signing_key()
    bundle = TrustBundle(
        issued_at=datetime(2025, 5, 1, 9, 30, tzinfo=UTC),
        locality="barnet",
        keys=(
            TrustedKey(key_id(signing_key.public_key()), "Barnet, Enfield and Haringey Mental Health NHS "
                       "Trust", signing_key.public_key(), date(2024, 1, 1), date(2025, 12, 31)),
            TrustedKey(key_id(second.public_key()), "Barnet GP Federation", second.public_key(),
                       date(2025, 1, 1), None),
        ),
        revoked_cards=frozenset({"ABCDEFGHIJ"}),
        superseded_cards=frozenset({"K3VQ7M2XAB", "ZZZZZ22222"}),
    )
    text = dump_trust_bundle(bundle)
    loaded = load_trust_bundle(text)
    assert loaded == bundle
    assert load_trust_bundle(text.encode("utf-8")) == bundle
    assert load_trust_bundle(b"\xef\xbb\xbf" + text.encode("utf-8")) == bundle  # BOM from Notepad
    assert dump_trust_bundle(loaded) == text
    doc = json.loads(text)
    assert doc["format"] == "crisisplan.trust" and doc["format_version"] == 2
    assert doc["keys"][0]["kid"] == key_id(signing_key.public_key()).hex()
    assert doc["keys"][1]["valid_until"] is None
    assert loaded.key_for(key_id(second.public_key())) == bundle.keys[1]
    assert loaded.key_for(b"\x00" * 8) is None
    assert loaded.is_withdrawn("ABCDEFGHIJ") and loaded.is_withdrawn("ZZZZZ22222")
    assert not loaded.is_withdrawn("AAAAAAAAAA")


def test_key_validity_window() -> None:
    k = generate_signing_key().public_key()
    key = TrustedKey(key_id(k), "Org", k, date(2025, 1, 1), date(2025, 12, 31))
    assert key.covers(date(2025, 1, 1)) and key.covers(date(2025, 12, 31))
    assert not key.covers(date(2024, 12, 31)) and not key.covers(date(2026, 1, 1))
    assert TrustedKey(key_id(k), "Org", k, date(2025, 1, 1)).covers(date(2099, 1, 1))


def _mutations(key: ec.EllipticCurvePrivateKey) -> list[tuple[str, Any]]:
    other = public_key_to_b64(generate_signing_key().public_key())
    p384 = ec.generate_private_key(ec.SECP384R1()).public_key()
    import base64

    from cryptography.hazmat.primitives import serialization

    p384_b64 = base64.b64encode(
        p384.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    ).decode()

    def top(**kw: Any) -> dict[str, Any]:
        d = _doc(key)
        for k, v in kw.items():
            if v is None and k.startswith("drop_"):
                del d[k[5:]]
            else:
                d[k] = v
        return d

    def first_key(**kw: Any) -> dict[str, Any]:
        d = _doc(key)
        for k, v in kw.items():
            if k.startswith("drop_"):
                del d["keys"][0][k[5:]]
            else:
                d["keys"][0][k] = v
        return d

    dup = _doc(key)
    dup["keys"].append(dict(dup["keys"][0]))
    return [
        ("not a crisisplan", top(format="other")),
        ("newer version", top(format_version=3)),
        ("old, unsigned", top(format_version=1)),
        ("sequence number", top(sequence=0)),
        ("sequence number", top(sequence="7")),
        ("root fingerprint", top(root_fingerprint="AB" * 32)),
        ("maximum card lifetime", top(max_card_lifetime_days=0)),
        ("organisation", top(organisation="")),
        ("missing", top(drop_organisation=None)),
        ("status", first_key(status="suspended")),
        ("partner root", first_key(partner_root="xyz")),
        ("missing", first_key(drop_status=True)),
        ("missing", first_key(drop_partner_root=True)),
        ("format version", top(format_version="1")),
        ("format version", top(format_version=True)),
        ("does not know", top(extra=1)),
        ("missing", top(drop_locality=None)),
        ("missing", top(drop_revoked_cards=None)),
        ("UTC offset", top(issued_at="2025-05-01T12:00:00")),
        ("UTC offset", top(issued_at="yesterday")),
        ("locality", top(locality="")),
        ("must be a list", top(keys={})),
        ("card ids", top(revoked_cards="ABCDEFGHIJ")),
        ("not a card id", top(superseded_cards=["abc"])),
        ("16 hexadecimal", first_key(kid="zz" * 8)),
        ("16 hexadecimal", first_key(kid="00")),
        ("does not match", first_key(public_key=other)),
        ("not valid", first_key(public_key="!!")),
        ("not valid", first_key(public_key=p384_b64)),
        ("date", first_key(valid_from="2024-1-1")),
        ("date", first_key(valid_until="2024-02-30")),
        ("ends before", first_key(valid_until="2023-01-01")),
        ("organisation", first_key(organisation=7)),
        ("missing", first_key(drop_organisation=True)),
        ("does not know", first_key(colour="blue")),
        ("same key twice", dup),
        ("not a JSON object", [1, 2]),
    ]


def test_every_malformation_is_a_clear_error(signing_key: ec.EllipticCurvePrivateKey) -> None:
    for fragment, doc in _mutations(signing_key):
        with pytest.raises(TrustBundleError, match=fragment):
            load_trust_bundle(json.dumps(doc))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "not valid JSON"),
        ("{", "not valid JSON"),
        ("[" * 100_000, "not valid JSON"),
        ('{"format": 1, "format": 2}', "repeats"),
        ("1" * 5000, "not valid JSON"),  # beyond Python's integer digit limit
        (b"\xff\xfe", "UTF-8"),
        ("x" * (1024 * 1024 + 1), "too large"),
        (b"x" * (1024 * 1024 + 1), "too large"),
    ],
)
def test_bad_files(text: str | bytes, fragment: str) -> None:
    with pytest.raises(TrustBundleError, match=fragment):
        load_trust_bundle(text)


def test_non_text_input() -> None:
    with pytest.raises(TrustBundleError):
        load_trust_bundle(123)  # type: ignore[arg-type]
