"""The phone vectors checked with the Python card codec (independently of the JS verifier): each
card is what its name says, so a wrong expectation in tools/make_phone_vectors.py shows here too.
The full verdict comparison with the Python verifier (format-2 bundles) belongs with that verifier."""

from __future__ import annotations

import base64
import json

import cbor2

from crisisplan.export.base45 import b45decode
from crisisplan.export.card import CardDecodeError, open_card, read_card_payload
from crisisplan.export.cose import decode_sign1, verify_sign1
from crisisplan.export.keys import public_key_from_b64
from tests.verifier.helpers import VECTORS, manifest


def keys_by_kid() -> dict[str, dict[str, object]]:
    outer = json.loads((VECTORS / manifest()["bundle"]).read_text(encoding="utf-8"))
    body = json.loads(decode_sign1(base64.b64decode(outer["signed"])).payload)
    return {k["kid"]: k for k in body["keys"]}


def test_signed_cards_verify_in_python_exactly_when_built_to() -> None:
    keys = keys_by_kid()
    for case in manifest()["cards"]:
        name, text, expected = case["name"], case["text"], case["expected"]
        if expected == "NOT_A_CARD":
            assert not text.strip().startswith("CP1:"), name
            continue
        raw = b45decode(text[4:]) if "base45" not in name else None
        if raw is None:
            continue  # tampered_base45: the Base45 itself is invalid (checked below)
        value = cbor2.loads(raw)
        untagged = value.value.value if getattr(value, "tag", None) == 61 else value
        message = decode_sign1(cbor2.dumps(untagged))
        kid = (message.kid or b"").hex()
        if expected == "UNKNOWN_ISSUER" and "retired" not in name:
            assert kid not in keys, name
            continue
        key = public_key_from_b64(str(keys[kid]["public_key"]))
        signed = message.alg == -7 and verify_sign1(message, key)
        assert signed == (expected != "TAMPERED" or name == "tampered_undecodable_payload"), name
        if signed:
            try:
                payload = read_card_payload(message)
            except CardDecodeError:
                assert name == "tampered_undecodable_payload"
                continue
            assert payload.card_id.isalnum(), name


def test_base45_and_plain_cards_decode_as_built() -> None:
    cards = {c["name"]: c["text"] for c in manifest()["cards"]}
    assert open_card(cards["valid_ambulance"]).payload.recipient == "ambulance"
    assert open_card(cards["wrong_recipient"]).payload.recipient == "emergency_department"
    try:
        b45decode(cards["tampered_base45"][4:])
    except ValueError:
        pass
    else:
        raise AssertionError("tampered_base45 must not be valid Base45")
