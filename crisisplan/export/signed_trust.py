"""The signed trust bundle file (format 2): a trust bundle body signed by the organisation's trust root.

File (UTF-8 JSON, at most 1 MiB): {"format": "crisisplan.signed-trust", "format_version": 2,
"root_key": base64 SPKI DER of the root's P-256 key, "signed": base64 of an untagged COSE_Sign1 with
protected header {1: -7, 4: root kid}, an empty unprotected header and the body's UTF-8 JSON as payload}.

A verifier is pinned to one root fingerprint (lower-case hex SHA-256 of the root key's DER). It
accepts a file only if the root key has that fingerprint, the signature verifies with it and the
body (trust.load_trust_bundle) names the same root. See docs/card-format.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re

from cryptography.hazmat.primitives.asymmetric import ec

from crisisplan.export.cose import ALG_ES256, HEADER_KID, CoseError, decode_sign1, sign1, verify_sign1
from crisisplan.export.keys import KeyFormatError, key_id, public_der, public_key_from_b64, public_key_to_b64
from crisisplan.export.trust import (
    TrustBundle,
    TrustBundleError,
    dump_trust_bundle,
    load_trust_bundle,
    read_bundle_json,
)

SIGNED_FORMAT = "crisisplan.signed-trust"
SIGNED_VERSION = 2
BUNDLE_FILE_NAME = "trust-bundle.json"
_FIELDS = frozenset({"format", "format_version", "root_key", "signed"})
_HEX64 = re.compile(r"[0-9a-f]{64}")


def root_fingerprint(public_key: ec.EllipticCurvePublicKey) -> str:
    """Lower-case hex SHA-256 of the root key's SubjectPublicKeyInfo DER (64 digits)."""
    return hashlib.sha256(public_der(public_key)).hexdigest()


def show_fingerprint(fingerprint: str) -> str:
    """As people compare it: 16 groups of 4 upper-case hex digits."""
    upper = fingerprint.upper()
    return " ".join(upper[i:i + 4] for i in range(0, len(upper), 4))


def parse_fingerprint(text: str) -> str:
    """A fingerprint typed by a person (spaces, colons, any case) in canonical form; ValueError if
    it is not 64 hex digits."""
    if not isinstance(text, str) or len(text) > 200:
        raise ValueError("A root fingerprint is 64 hexadecimal digits.")
    cleaned = re.sub(r"[\s:\-]", "", text).lower()
    if _HEX64.fullmatch(cleaned) is None:
        raise ValueError("A root fingerprint is 64 hexadecimal digits (spaces between groups are fine).")
    return cleaned


def sign_trust_bundle(bundle: TrustBundle, root_private: ec.EllipticCurvePrivateKey, *,
                      deterministic: bool = False) -> str:
    """The signed bundle file's text. The body must name this root."""
    public = root_private.public_key()
    if bundle.root_fingerprint != root_fingerprint(public):
        raise TrustBundleError("The trust bundle names a different trust root from the one signing it.")
    body = dump_trust_bundle(bundle).encode("utf-8")
    message = sign1(body, root_private, key_id(public), deterministic=deterministic)
    doc = {
        "format": SIGNED_FORMAT,
        "format_version": SIGNED_VERSION,
        "root_key": public_key_to_b64(public),
        "signed": base64.b64encode(message).decode("ascii"),
    }
    return json.dumps(doc, indent=2) + "\n"


def _document(text: str | bytes) -> dict[str, object]:
    doc = read_bundle_json(text)
    if isinstance(doc, dict) and doc.get("format") == "crisisplan.trust":
        raise TrustBundleError("This trust bundle is not signed by an organisation's trust root, so it "
                               "cannot be trusted; ask the organisation for its signed trust-bundle.json.")
    if not isinstance(doc, dict) or doc.get("format") != SIGNED_FORMAT:
        raise TrustBundleError("This file is not a crisisplan trust bundle.")
    if set(doc) != _FIELDS:
        raise TrustBundleError("The trust bundle file has missing or unknown fields.")
    if doc["format_version"] != SIGNED_VERSION or type(doc["format_version"]) is not int:
        raise TrustBundleError("The trust bundle was made by another version of the app; update the app.")
    return doc


def bundle_root(text: str | bytes) -> str:
    """The fingerprint of the root key a signed bundle file names (nothing is verified)."""
    doc = _document(text)
    try:
        return root_fingerprint(public_key_from_b64(str(doc["root_key"])))
    except KeyFormatError:
        raise TrustBundleError("The trust bundle's root key is not a P-256 public key.") from None


def open_trust_bundle(text: str | bytes, pinned_root: str) -> TrustBundle:
    """Verify a signed bundle file against the pinned root fingerprint and return its body.

    TrustBundleError if the file is malformed, from another root, altered, or its body is invalid."""
    doc = _document(text)
    try:
        root_key = public_key_from_b64(str(doc["root_key"]))
    except KeyFormatError:
        raise TrustBundleError("The trust bundle's root key is not a P-256 public key.") from None
    fingerprint = root_fingerprint(root_key)
    if fingerprint != pinned_root:
        raise TrustBundleError(
            "This trust bundle was signed by a different organisation trust root "
            f"({show_fingerprint(fingerprint)}) from the one this verifier was set up with "
            f"({show_fingerprint(pinned_root)}). It was not used.")
    signed = doc["signed"]
    if not isinstance(signed, str):
        raise TrustBundleError("The trust bundle's signature is missing.")
    try:
        message = decode_sign1(base64.b64decode(signed.encode("ascii"), validate=True))
        genuine = (message.alg == ALG_ES256 and not message.tagged and not message.unprotected
                   and message.protected.get(HEADER_KID) == key_id(root_key)
                   and verify_sign1(message, root_key))
    except (ValueError, binascii.Error, UnicodeEncodeError, CoseError):
        genuine = False
    if not genuine:
        raise TrustBundleError("The trust bundle has been altered: its signature does not match its "
                               "organisation's trust root. It was not used.")
    bundle = load_trust_bundle(message.payload)
    if bundle.root_fingerprint != fingerprint:
        raise TrustBundleError("The trust bundle's contents name a different trust root from its signer.")
    return bundle
