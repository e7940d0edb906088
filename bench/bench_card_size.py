"""Card size benchmark: P7 (QR version of a typical card) and P8 (ours against SMART Health Card and
EU DCC style encodings of the same content).

    .venv/bin/python bench/bench_card_size.py

All three carry the same fields and text (fictional sample, crisisplan/export/samples.py) and an
ES256 signature over the same P-256 curve with an 8-byte (DCC) or 43-character (SHC) key id:

- ours: CBOR with integer keys -> raw DEFLATE with the card dictionary -> COSE_Sign1 (untagged)
  -> Base45 -> `CP1:`, QR alphanumeric mode, error correction M.
- SHC style: JSON with string keys inside a minimal SMART Health Card envelope (iss, nbf, vc.type)
  -> raw DEFLATE (no dictionary) -> JWS compact (header zip/alg/kid) -> `shc:/` + numeric
  digits, QR byte + numeric segments, error correction M.
- DCC style: CBOR with string keys inside a CWT (iss, iat, exp, hcert claim) -> COSE_Sign1
  (tag 18) -> zlib around the whole -> Base45 -> `HC1:`, QR alphanumeric mode, error correction M.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import cbor2
import segno
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from segno import consts

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crisisplan.export.base45 import b45decode, b45encode
from crisisplan.export.card import seal
from crisisplan.export.cose import decode_sign1, sign1
from crisisplan.export.keys import generate_signing_key, key_id
from crisisplan.export.payload import CardPayload, encode_payload
from crisisplan.export.qr import MAX_VERSION, CardTooLargeError, qr_for_text, qr_version
from crisisplan.export.samples import maximal_card_payload, typical_card_payload

P7_TARGET = 15


@dataclass(frozen=True)
class Encoded:
    name: str
    payload_bytes: int
    """The signed, compressed binary (or JWS string) that the QR text encodes."""
    qr_text: int
    version: int

    @property
    def modules(self) -> int:
        return 17 + 4 * self.version


def _content(p: CardPayload) -> dict[str, Any]:
    """The card's content with string keys, as a JSON or string-keyed CBOR format would carry it."""
    return {
        "card_id": p.card_id,
        "issuer": p.issuer,
        "locality": p.locality,
        "recipient": p.recipient,
        "plan_ref": p.plan_ref,
        "plan_version": p.plan_version,
        "issued": p.issued.isoformat(),
        "valid_until": p.valid_until.isoformat(),
        "items": {item.value: value for item, value in p.items.items()},
        "truncated": p.truncated,
    }


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _raw_signature(key: ec.EllipticCurvePrivateKey, data: bytes) -> bytes:
    r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def _epoch_seconds(d: date) -> int:
    return int(datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp())


def ours(p: CardPayload, key: ec.EllipticCurvePrivateKey) -> Encoded:
    text = seal(p, key)
    code = qr_for_text(text)
    return Encoded("crisisplan CP1", len(b45decode(text[4:])), len(text), int(code.version))


def shc_style(p: CardPayload, key: ec.EllipticCurvePrivateKey) -> Encoded:
    numbers = key.public_key().public_numbers()
    jwk = {"crv": "P-256", "kty": "EC", "x": _b64url(numbers.x.to_bytes(32, "big")),
           "y": _b64url(numbers.y.to_bytes(32, "big"))}
    thumbprint = _b64url(hashlib.sha256(json.dumps(jwk, separators=(",", ":")).encode()).digest())
    header = {"zip": "DEF", "alg": "ES256", "kid": thumbprint}
    claims = {
        "iss": "https://cards.oxfordhealth.example/issuer",
        "nbf": _epoch_seconds(p.issued),
        "vc": {"type": ["https://smarthealth.cards#health-card"], "credentialSubject": _content(p)},
    }
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = deflater.compress(json.dumps(claims, separators=(",", ":")).encode()) + deflater.flush()
    signing_input = _b64url(json.dumps(header, separators=(",", ":")).encode()) + "." + _b64url(body)
    jws = signing_input + "." + _b64url(_raw_signature(key, signing_input.encode("ascii")))
    digits = "".join(f"{ord(c) - 45:02d}" for c in jws)
    segments = [("shc:/", consts.MODE_BYTE), (digits, consts.MODE_NUMERIC)]
    code = segno.make_qr(segments, error="m", boost_error=False)  # type: ignore[arg-type]  # segments list
    return Encoded("SMART Health Card style", len(jws), len("shc:/") + len(digits), int(code.version))


def dcc_style(p: CardPayload, key: ec.EllipticCurvePrivateKey) -> Encoded:
    cwt = {1: "GB", 4: _epoch_seconds(p.valid_until), 6: _epoch_seconds(p.issued), -260: {1: _content(p)}}
    untagged = sign1(cbor2.dumps(cwt), key, key_id(key.public_key()))
    message = decode_sign1(untagged)
    cose = cbor2.dumps(cbor2.CBORTag(18, [message.protected_bytes, {}, message.payload, message.signature]))
    compressed = zlib.compress(cose, 9)
    text = "HC1:" + b45encode(compressed)
    code = segno.make_qr(text, error="m", mode="alphanumeric", boost_error=False)
    return Encoded("EU DCC style", len(compressed), len(text), int(code.version))


def main() -> int:
    key = generate_signing_key()
    typical = typical_card_payload()
    print(f"typical card: {len(typical.items)} items, {len(encode_payload(typical))} bytes of CBOR before "
          "compression")
    rows = [ours(typical, key), shc_style(typical, key), dcc_style(typical, key)]
    print(f"{'format':<26}{'payload bytes':>14}{'QR text':>10}{'QR version':>12}{'modules':>10}")
    for row in rows:
        print(f"{row.name:<26}{row.payload_bytes:>14}{row.qr_text:>10}{f'{row.version}-M':>12}"
              f"{f'{row.modules}x{row.modules}':>10}")
    mine = rows[0]
    print(f"P7 typical card: QR version {mine.version}-M, {mine.qr_text} characters, "
          f"{mine.payload_bytes} bytes signed  (target <= {P7_TARGET}-M)  "
          f"{'PASS' if mine.version <= P7_TARGET else 'FAIL'}")
    try:
        largest = qr_version(seal(maximal_card_payload(), key))
        maximal = f"QR version {largest}-M"
        ok = largest <= MAX_VERSION
    except CardTooLargeError:
        maximal, ok = "CardTooLargeError (the caller shortens the card)", True
    print(f"P7 maximal card: {maximal}  (target <= {MAX_VERSION}-M or CardTooLargeError)  "
          f"{'PASS' if ok else 'FAIL'}")
    smallest = all(mine.version < r.version or (mine.version == r.version and mine.qr_text < r.qr_text)
                   for r in rows[1:])
    print(f"P8 ours is the smallest of the three: {'yes' if smallest else 'no'} "
          f"(versions {', '.join(f'{r.version}-M' for r in rows)})  (target: smallest)  "
          f"{'PASS' if smallest else 'FAIL'}")
    return 0 if mine.version <= P7_TARGET and ok and smallest else 1


if __name__ == "__main__":
    raise SystemExit(main())
