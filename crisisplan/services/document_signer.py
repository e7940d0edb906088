"""The organisation's document-signing certificate for PAdES-signed PDFs (the A4 summary and the
person's copy), issued from its trust root (export/pades.py).

One document signer belongs to the active card-signing key: its certificate names that key's id, so
retiring or revoking the card key (and giving out the new trust bundle) retires or revokes the
signatures too. Its private key is kept in the store's settings sealed under the issuer key, like
the card keys (docs/security.md §11); a new one is issued when the card key changes, the
organisation's name changes, fewer than RENEW_DAYS of its validity are left, or the stored one can
no longer be opened (e.g. after the issuer key was replaced)."""

from __future__ import annotations

import base64
import json
import weakref
from datetime import UTC, datetime

from crisisplan.export.pades import RENEW_DAYS, DocumentSigner, issue_document_signer
from crisisplan.export.trust import TrustBundle
from crisisplan.services.protocols import ensure_signing_key, organisation_name, sharing
from crisisplan.services.session import Session
from crisisplan.store.errors import KeyNotHeldError
from crisisplan.store.rotation import DOCUMENT_SIGNER

SETTING = DOCUMENT_SIGNER  # one name, shared with the store's key rotation
_CACHE: weakref.WeakKeyDictionary[Session, tuple[str, str, DocumentSigner, tuple[bytes, ...]]] = (
    weakref.WeakKeyDictionary())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _stored(session: Session, kid: str, organisation: str) -> DocumentSigner | None:
    text = session.store.meta.get(SETTING)
    if not text:
        return None
    try:
        record = json.loads(text)
        if record.get("kid") != kid or record.get("organisation") != organisation:
            return None
        key = base64.b64decode(session.store.keys.open_text(record["key"]))
        signer = DocumentSigner.from_parts((key, *(base64.b64decode(c) for c in record["chain"])))
    except KeyNotHeldError:
        return None  # sealed under an issuer key this user no longer has: issue a new one
    except (ValueError, KeyError, TypeError):
        return None  # unreadable: replaced by a new one (the old one only ever signed PDFs)
    return signer if signer.days_left() >= RENEW_DAYS else None


def _issue(session: Session, kid: str, organisation: str) -> DocumentSigner:
    from crisisplan.services.trust import _root_private

    signer = issue_document_signer(_root_private(session), organisation, kid=kid, now=datetime.now(UTC))
    parts = signer.to_parts()
    record = {"kid": kid, "organisation": organisation,
              "key": session.store.keys.seal_text("signing-key", _b64(parts[0])),
              "chain": [_b64(p) for p in parts[1:]],
              "not_after": signer.certificate.not_valid_after_utc.isoformat()}
    with session.store.transaction():
        session.store.meta.set(SETTING, json.dumps(record, separators=(",", ":")))
        session.store.audit.append("document-signer-issue",
                                   detail=f"document-signing certificate {signer.certificate.serial_number:x} "
                                          f"for signing key {kid}")
    return signer


def document_signer(session: Session) -> tuple[DocumentSigner, tuple[bytes, ...]]:
    """The document signer for the active card-signing key (and its plain parts for a worker),
    issued from the trust root when there is none yet or it must be replaced. Needs the issuer key
    (like signing a card): PermissionDenied with what to do otherwise."""
    kid = ensure_signing_key(session)
    organisation = organisation_name(session)
    cached = _CACHE.get(session)
    if cached is not None and cached[0] == kid and cached[1] == organisation and cached[2].days_left() >= RENEW_DAYS:
        return cached[2], cached[3]
    signer = _stored(session, kid, organisation) or _issue(session, kid, organisation)
    parts = signer.to_parts()
    _CACHE[session] = (kid, organisation, signer, parts)
    return signer, parts


def own_trust(session: Session) -> TrustBundle | None:
    """What checking this organisation's own signed PDFs needs (its root fingerprint and its
    card-signing keys' statuses), read without any private key; None before it has a trust root."""
    from crisisplan.services.trust import _own_keys

    record = sharing(session).trust_root()
    if record is None:
        return None
    return TrustBundle(issued_at=datetime.now(UTC).replace(microsecond=0), locality="", keys=tuple(_own_keys(session)),
                       organisation=organisation_name(session), root_fingerprint=record.fingerprint)
