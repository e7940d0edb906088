"""Deterministic test vectors for the phone verifier (and the Python verifier): signed trust
bundles (format 2, plan/trust-spec), card QR texts, and QR images, each with the verdict it was
BUILT to produce on TODAY for the given viewer.

    .venv/bin/python tools/make_phone_vectors.py [OUT_DIR]     # default tests/vectors/phone
    .venv/bin/python tools/make_phone_vectors.py --images DIR [--y4m]  # camera pictures (PNG, and
                                                 # .y4m videos for Chromium's fake camera)

Keys come from fixed scalars and signatures use RFC 6979 deterministic ECDSA, so every run writes
the same bytes. All people and numbers are fictional (999-range NHS number, Ofcom drama numbers).
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
import zlib
from datetime import date
from pathlib import Path
from typing import Any

import cbor2
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from crisisplan.export.base45 import b45encode
from crisisplan.export.card import CARD_PREFIX
from crisisplan.export.compress import compress
from crisisplan.export.payload import CardPayload
from crisisplan.export.payload_v2 import encode_payload_v2
from crisisplan.export.qr import qr_png_bytes
from crisisplan.forms.items import Item

OUT = Path(__file__).resolve().parent.parent / "tests" / "vectors" / "phone"
TODAY = date(2026, 12, 2)
ORG = "Oxford Health NHS Foundation Trust"


def private_key(seed: int) -> ec.EllipticCurvePrivateKey:
    scalar = int.from_bytes(hashlib.sha256(f"crisisplan phone vector key {seed}".encode()).digest(), "big")
    return ec.derive_private_key(scalar % (2**255), ec.SECP256R1())


def spki(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def kid_of(key: ec.EllipticCurvePrivateKey) -> bytes:
    return hashlib.sha256(spki(key)).digest()[:8]


def raw_signature(key: ec.EllipticCurvePrivateKey, data: bytes) -> bytes:
    der = key.sign(data, ec.ECDSA(hashes.SHA256(), deterministic_signing=True))
    r, s = decode_dss_signature(der)
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def sign1(
    payload: bytes,
    key: ec.EllipticCurvePrivateKey,
    *,
    alg: int = -7,
    tag: tuple[int, ...] = (),
    unprotected: dict[int, Any] | None = None,
) -> bytes:
    """COSE_Sign1 as crisisplan.export.cose.sign1 writes it, deterministic, with DCC-style options:
    `tag` (18,) or (61, 18) wraps the array; `unprotected` fills the unprotected header."""
    protected = cbor2.dumps({1: alg, 4: kid_of(key)})
    tbs = cbor2.dumps(["Signature1", protected, b"", payload])
    value: Any = [protected, unprotected or {}, payload, raw_signature(key, tbs)]
    for t in reversed(tag):
        value = cbor2.CBORTag(t, value)
    return cbor2.dumps(value)


ROOT = private_key(1)
OTHER_ROOT = private_key(2)
ACTIVE = private_key(10)
RETIRED = private_key(11)
REVOKED = private_key(12)
UNKNOWN = private_key(13)


def fingerprint(key: ec.EllipticCurvePrivateKey) -> str:
    return hashlib.sha256(spki(key)).hexdigest()


def key_entry(key: ec.EllipticCurvePrivateKey, valid_from: str, valid_until: str | None, status: str) -> dict[str, Any]:
    return {
        "kid": kid_of(key).hex(),
        "organisation": ORG,
        "public_key": base64.b64encode(spki(key)).decode("ascii"),
        "valid_from": valid_from,
        "valid_until": valid_until,
        "status": status,
        "partner_root": None,
    }


def bundle_body(sequence: int, withdrawn_extra: list[str] | None = None) -> dict[str, Any]:
    return {
        "format": "crisisplan.trust",
        "format_version": 2,
        "sequence": sequence,
        "issued_at": f"2026-12-0{min(sequence - 4, 9) if sequence > 4 else 1}T10:00:00+00:00",
        "root_fingerprint": fingerprint(ROOT),
        "organisation": ORG,
        "locality": "oxfordshire",
        "max_card_lifetime_days": 365,
        "keys": [
            key_entry(ACTIVE, "2024-01-01", None, "active"),
            key_entry(RETIRED, "2023-01-01", "2025-12-31", "retired"),
            key_entry(REVOKED, "2023-01-01", None, "revoked"),
        ],
        "revoked_cards": sorted(["RVKDCARD22"] + (withdrawn_extra or [])),
        "superseded_cards": ["SPRSEDED22"],
    }


def signed_bundle(body: dict[str, Any], root: ec.EllipticCurvePrivateKey = ROOT) -> str:
    payload = json.dumps(body, indent=1, sort_keys=True).encode("utf-8")
    outer = {
        "format": "crisisplan.signed-trust",
        "format_version": 2,
        "root_key": base64.b64encode(spki(root)).decode("ascii"),
        "signed": base64.b64encode(sign1(payload, root)).decode("ascii"),
    }
    return json.dumps(outer, indent=1) + "\n"


def payload(card_id: str, recipient: str, issued: date, valid_until: date) -> CardPayload:
    items: dict[Item, str | list[str]] = {
        Item.NAME: "Alex Morgan",
        Item.DATE_OF_BIRTH: "14/03/1987",
        Item.NHS_NUMBER: "999 876 5439",
        Item.RISKS: ["Self-harm (cutting), worse at night", "Missing from home when unwell"],
        Item.HEALTH_CONDITIONS: "Type 2 diabetes; allergic to penicillin",
        Item.LANGUAGE_COMMUNICATION: "Hard of hearing: please face me and speak slowly",
        Item.WHAT_HELPS: "Speak calmly, give me space, let me call my partner",
        Item.MEDICINES: ["Sertraline 150 mg once daily", "Metformin 500 mg twice daily"],
        Item.DEPENDANTS_PETS: "2 children (7, 10) at home: partner will care for them",
        Item.EMERGENCY_CONTACTS: ["Partner Chris Morgan 07700 900412"],
        Item.NAMED_CONTACTS: ["Care coordinator Priya Shah, Oxford City CMHT 01632 960275"],
        Item.CRISIS_NUMBERS: ["Crisis team 01632 960100 (24 hours)", "NHS 111 option 2"],
    }
    if recipient == "police":
        for clinical in (Item.MEDICINES, Item.HEALTH_CONDITIONS):
            items.pop(clinical)
    return CardPayload(
        card_id=card_id, issuer=ORG, locality="oxfordshire", recipient=recipient, plan_ref="PL-4821",
        plan_version=3, issued=issued, valid_until=valid_until, items=items, truncated=False,
    )


def card(p: CardPayload, key: ec.EllipticCurvePrivateKey = ACTIVE, **cose: Any) -> str:
    return CARD_PREFIX + b45encode(sign1(compress(encode_payload_v2(p)), key, **cose))


def tampered(text: str) -> str:
    """A valid card with one byte of its signed (compressed) payload changed, re-encoded."""
    from crisisplan.export.base45 import b45decode

    message = cbor2.loads(b45decode(text[len(CARD_PREFIX):]))
    body = bytearray(message[2])
    body[len(body) // 2] ^= 0x01
    message[2] = bytes(body)
    return CARD_PREFIX + b45encode(cbor2.dumps(message))


def bad_payload_card() -> str:
    """Correctly signed by the active key, but the payload is not raw DEFLATE of a card."""
    junk = zlib.compress(b"not a card payload")  # zlib header: not a raw DEFLATE stream
    return CARD_PREFIX + b45encode(sign1(junk, ACTIVE))


def cases() -> list[dict[str, Any]]:
    june = date(2026, 6, 1)
    next_june = date(2027, 6, 1)
    amb = payload("AMBVALID22", "ambulance", june, next_june)
    ed = payload("EDONLY2222", "emergency_department", june, next_june)
    gone = "SUPERSEDED_OR_REVOKED"

    def amb_card(card_id: str, issued: date, review: date, key: ec.EllipticCurvePrivateKey = ACTIVE) -> str:
        return card(payload(card_id, "ambulance", issued, review), key)

    c: list[tuple[str, str, str, str]] = [
        ("valid_ambulance", card(amb), "ambulance", "VALID"),
        ("valid_other_viewer", card(amb), "other", "VALID"),
        ("valid_police", card(payload("POLVALID22", "police", june, next_june)), "police", "VALID"),
        ("valid_tag18", card(amb, tag=(18,)), "ambulance", "VALID"),
        ("valid_tag61_cwt", card(amb, tag=(61, 18)), "ambulance", "VALID"),
        ("valid_kid_also_unprotected", card(amb, unprotected={4: kid_of(UNKNOWN)}), "ambulance", "VALID"),
        ("review_overdue", amb_card("OVERDUE222", date(2026, 1, 10), date(2026, 7, 1)), "ambulance", "REVIEW_OVERDUE"),
        ("expired", amb_card("EXPIRED222", date(2025, 6, 1), date(2027, 6, 1)), "ambulance", "EXPIRED"),
        ("superseded_card", amb_card("SPRSEDED22", june, next_june), "ambulance", gone),
        ("revoked_card", amb_card("RVKDCARD22", june, next_june), "ambulance", gone),
        ("revoked_key", card(amb, REVOKED), "ambulance", gone),
        ("unknown_issuer", card(amb, UNKNOWN), "ambulance", "UNKNOWN_ISSUER"),
        ("retired_key_after_retirement", card(amb, RETIRED), "ambulance", "UNKNOWN_ISSUER"),
        ("retired_key_in_window", amb_card("RETIRED222", date(2025, 12, 20), next_june, RETIRED), "ambulance", "VALID"),
        ("tampered_payload", tampered(card(amb)), "ambulance", "TAMPERED"),
        ("tampered_base45", card(amb)[:40] + "GGW" + card(amb)[43:], "ambulance", "TAMPERED"),
        ("tampered_alg_es384", card(amb, alg=-35), "ambulance", "TAMPERED"),
        ("tampered_undecodable_payload", bad_payload_card(), "ambulance", "TAMPERED"),
        ("wrong_recipient", card(ed), "police", "WRONG_RECIPIENT"),
        ("ed_card_other_viewer", card(ed), "other", "VALID"),
        ("not_a_card", "HTTPS://EXAMPLE.ORG/NOT-A-CARD", "ambulance", "NOT_A_CARD"),
        ("not_a_card_lowercase_prefix", "cp1:" + card(amb)[4:], "ambulance", "NOT_A_CARD"),
    ]
    return [{"name": n, "text": t, "viewer": v, "expected": e} for n, t, v, e in c]


def bundles() -> list[dict[str, Any]]:
    """Signed bundles and whether a verifier pinned to ROOT accepts each (and, for newer ones,
    whether it replaces sequence 5)."""
    good = bundle_body(5)
    newer = bundle_body(6, ["AMBVALID22"])
    unknown_field = dict(good, extra=1)
    wrong_fp = dict(good, root_fingerprint=fingerprint(OTHER_ROOT))
    tampered_bundle = json.loads(signed_bundle(good))
    raw = bytearray(base64.b64decode(tampered_bundle["signed"]))
    raw[-70] ^= 0x01  # inside the payload
    tampered_bundle["signed"] = base64.b64encode(bytes(raw)).decode("ascii")
    rows = [
        ("bundle_seq5", signed_bundle(good), True, False),
        ("bundle_seq6_revokes_ambvalid", signed_bundle(newer), True, True),
        ("bundle_seq4_older", signed_bundle(bundle_body(4)), True, False),
        ("bundle_other_root", signed_bundle(bundle_body(7), OTHER_ROOT), False, False),
        ("bundle_unknown_field", signed_bundle(unknown_field), False, False),
        ("bundle_body_names_other_root", signed_bundle(wrong_fp), False, False),
        ("bundle_tampered", json.dumps(tampered_bundle, indent=1) + "\n", False, False),
    ]
    return [{"name": n, "text": t, "accepted": a, "replaces_seq5": r} for n, t, a, r in rows]


def frame_png(text: str, seed: int) -> bytes:
    """A camera-like 640x480 picture: the QR code on a white card, slightly turned, on a grey desk."""
    import io

    from PIL import Image, ImageFilter

    qr = Image.open(io.BytesIO(qr_png_bytes(text, scale=4, border=3))).convert("L")
    side = min(400, qr.width)
    qr = qr.resize((side, side), Image.Resampling.NEAREST)
    card_img = Image.new("L", (side + 40, side + 40), 245)
    card_img.paste(qr, (20, 20))
    card_img = card_img.rotate(4 + seed % 3, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=110)
    frame = Image.new("L", (640, 480), 110)
    frame.paste(card_img, ((640 - card_img.width) // 2, (480 - card_img.height) // 2))
    frame = frame.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    frame.convert("RGB").save(out, format="PNG", optimize=True)
    return out.getvalue()


def blank_frame_png() -> bytes:
    """UNREADABLE: a blurred card with no readable code on it."""
    import io

    from PIL import Image, ImageDraw, ImageFilter

    frame = Image.new("L", (640, 480), 110)
    draw = ImageDraw.Draw(frame)
    draw.rectangle((140, 60, 500, 420), fill=240)
    for i in range(0, 300, 24):
        draw.rectangle((170, 90 + i, 300 + (i * 7) % 170, 100 + i), fill=30)
    frame = frame.filter(ImageFilter.GaussianBlur(3))
    out = io.BytesIO()
    frame.convert("RGB").save(out, format="PNG", optimize=True)
    return out.getvalue()


CAMERA_CASES = (
    "valid_ambulance", "review_overdue", "superseded_card", "unknown_issuer", "tampered_payload",
    "not_a_card", "wrong_recipient", "expired", "valid_police",
)


def write_images(images: Path) -> None:
    """The camera pictures (about 1 MB in all, so made at test time rather than committed)."""
    images.mkdir(parents=True, exist_ok=True)
    by_name = {c["name"]: c for c in cases()}
    for i, name in enumerate(CAMERA_CASES):
        (images / f"{name}.png").write_bytes(frame_png(by_name[name]["text"], i))
    (images / "unreadable.png").write_bytes(blank_frame_png())


def png_to_y4m(png: Path, y4m: Path, frames: int = 2) -> None:
    """A YUV4MPEG2 (4:2:0, BT.601 full range) video of `frames` copies of the picture, the format
    Chromium's fake camera plays (--use-file-for-fake-video-capture)."""
    from PIL import Image

    image = Image.open(png).convert("YCbCr")
    width, height = image.size
    y, cb, cr = image.split()

    def half(plane: Image.Image) -> bytes:
        return plane.resize((width // 2, height // 2), Image.Resampling.BOX).tobytes()

    frame = b"FRAME\n" + y.tobytes() + half(cb) + half(cr)
    header = f"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n".encode("ascii")
    y4m.write_bytes(header + frame * frames)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--images"]:
        images = Path(argv[1])
        write_images(images)
        if "--y4m" in argv:
            for png in sorted(images.glob("*.png")):
                png_to_y4m(png, png.with_suffix(".y4m"))
        return 0
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    all_cases = cases()
    all_bundles = bundles()
    for b in all_bundles:
        (out / f"{b['name']}.json").write_text(b["text"], encoding="utf-8")
    manifest = {
        "today": TODAY.isoformat(),
        "root_fingerprint": fingerprint(ROOT),
        "bundle": "bundle_seq5.json",
        "cards": all_cases,
        "bundles": [
            {"name": b["name"], "file": f"{b['name']}.json", **{k: b[k] for k in ("accepted", "replaces_seq5")}}
            for b in all_bundles
        ],
        "camera": [],
    }
    by_name = {c["name"]: c for c in all_cases}
    for name in CAMERA_CASES:
        row = {k: by_name[name][k] for k in ("name", "viewer", "expected")}
        manifest["camera"].append({"image": f"{name}.png", **row})
    unreadable = {"image": "unreadable.png", "name": "unreadable", "viewer": "ambulance", "expected": "UNREADABLE"}
    manifest["camera"].append(unreadable)
    (out / "vectors.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
