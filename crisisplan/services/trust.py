"""The organisation's trust chain: its trust root, the signed trust bundle, partner organisations,
and the key and card lifecycle (retire, revoke, withdraw a card). TRUST-01 to TRUST-04.

The trust root is a P-256 key made at set-up (or on first use by an administrator or IG lead in an
older store) and held in the encrypted store like the card-signing keys; its private half is read
only by `_root_private` to sign a bundle, and never leaves the store."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec

from crisisplan.export.keys import (
    generate_signing_key,
    private_key_from_bytes,
    private_key_to_bytes,
    public_key_from_b64,
    public_key_to_b64,
)
from crisisplan.export.signed_trust import (
    BUNDLE_FILE_NAME,
    open_trust_bundle,
    parse_fingerprint,
    root_fingerprint,
    sign_trust_bundle,
)
from crisisplan.export.signed_trust import show_fingerprint as show_fingerprint
from crisisplan.export.trust import TrustBundle, TrustBundleError, TrustedKey
from crisisplan.forms.roles import Permission
from crisisplan.i18n import QT_TRANSLATE_NOOP, message_of
from crisisplan.services.atomic import write_bytes_atomic, write_text_atomic
from crisisplan.services.errors import InvalidRequest, PermissionDenied
from crisisplan.services.protocols import active_protocol, organisation_name, rotate_signing_key, sharing
from crisisplan.services.session import Session
from crisisplan.store.errors import KeyNotHeldError
from crisisplan.store.partners import PartnerRecord
from crisisplan.store.sharing import Disclosure

COVER_FILE_NAME = "trust-cover.pdf"


@dataclass(frozen=True)
class ExportedTrust:
    bundle: TrustBundle
    fingerprint: str
    bundle_path: Path
    cover_path: Path


def _may_hold_root(session: Session) -> bool:
    return session.can(Permission.MANAGE_KEYS) or session.can(Permission.MANAGE_PARTNERS)


def may_make_root(session: Session) -> bool:
    """True if this user can make the trust root: it is sealed under the issuer key (docs/security.md)."""
    if session.store.named_keys:
        return "issuer" in session.store.keys.held()
    return _may_hold_root(session)


def ensure_trust_root(session: Session) -> str:
    """The trust root's fingerprint, making the root if the store has none (administrator or IG lead)."""
    record = sharing(session).trust_root()
    if record is not None:
        return record.fingerprint
    if not _may_hold_root(session):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("services", "This store has no organisation trust root yet: an administrator or the "
                                          "information-governance lead makes it by exporting the trust bundle once "
                                          "(crisisplan trust export DIR, or Records → Keys)."))
    private = generate_signing_key()
    fingerprint = root_fingerprint(private.public_key())
    try:
        sharing(session).create_trust_root(private_key_to_bytes(private), public_key_to_b64(private.public_key()),
                                           fingerprint)
    except KeyNotHeldError:
        raise PermissionDenied(QT_TRANSLATE_NOOP("services", "The organisation trust root is kept under the "
                                                             "card-issuing key: a user who issues cards and manages "
                                                             "keys (e.g. the first user) makes it.")) from None
    return fingerprint


def trust_fingerprint(session: Session) -> str:
    return ensure_trust_root(session)


def _root_private(session: Session) -> ec.EllipticCurvePrivateKey:
    """The one place the trust root's private key is read (to sign a bundle)."""
    ensure_trust_root(session)
    record = sharing(session).trust_root()
    assert record is not None
    try:
        return private_key_from_bytes(sharing(session).trust_root_private_key(record))
    except KeyNotHeldError:
        raise PermissionDenied(QT_TRANSLATE_NOOP("services", "Signing the trust bundle needs the organisation's "
                                                             "trust root, which only users who issue cards hold. Ask "
                                                             "a clinician or GP to export it.")) from None


def _date(iso: str) -> date:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).date()


def _own_keys(session: Session) -> list[TrustedKey]:
    name = organisation_name(session)  # the current name, for every key (TRUST-05)
    keys = []
    for k in sharing(session).signing_keys():
        status = "revoked" if k.revoked_at else "retired" if k.retired_at else "active"
        until = _date(k.retired_at) if k.retired_at and not k.revoked_at else None
        if k.revoked_at:
            until = _date(k.revoked_at)
        keys.append(TrustedKey(bytes.fromhex(k.kid), name, public_key_from_b64(k.public_key), _date(k.created_at),
                               until, status, None))
    return keys


def _partner_bundles(session: Session) -> list[tuple[str, TrustBundle]]:
    found = []
    for partner in session.store.partners.all():
        try:
            found.append((partner.root_fingerprint, open_trust_bundle(partner.bundle, partner.root_fingerprint)))
        except TrustBundleError:
            continue  # checked when added; a newer app may have tightened the rules
    return found


def trust_bundle(session: Session, sequence: int = 0) -> TrustBundle:
    """This organisation's trust bundle (unsigned; `export_trust` signs it): its own keys under its
    current name, partner organisations' active keys, and withdrawn card ids."""
    from crisisplan.services.protocols import ensure_signing_key

    ensure_signing_key(session)
    record = sharing(session).trust_root()
    fingerprint = record.fingerprint if record else ensure_trust_root(session)
    keys = _own_keys(session)
    revoked, superseded = sharing(session).withdrawn_card_ids()
    withdrawn_revoked, withdrawn_superseded = set(revoked), set(superseded)
    seen = {k.kid for k in keys}
    for partner_root, partner in _partner_bundles(session):
        for key in partner.keys:
            if key.status == "active" and key.partner_root is None and key.kid not in seen:
                keys.append(TrustedKey(key.kid, key.organisation, key.public_key, key.valid_from, key.valid_until,
                                       "active", partner_root))
                seen.add(key.kid)
        withdrawn_revoked |= partner.revoked_cards
        withdrawn_superseded |= partner.superseded_cards
    protocol = active_protocol(session)
    return TrustBundle(
        issued_at=datetime.now(UTC).replace(microsecond=0), locality=protocol.id, keys=tuple(keys),
        revoked_cards=frozenset(withdrawn_revoked),
        superseded_cards=frozenset(withdrawn_superseded - withdrawn_revoked),
        organisation=organisation_name(session), sequence=max(sequence, 1), root_fingerprint=fingerprint,
        max_card_lifetime_days=protocol.max_card_lifetime_days,
    )


def export_trust(session: Session, out_dir: Path) -> ExportedTrust:
    """Sign a new bundle (next sequence number) and write trust-bundle.json and its cover sheet."""
    from crisisplan.export.pdf_trust_cover import render_trust_cover

    if not (_may_hold_root(session) or session.can(Permission.ISSUE_CARD) or session.can(Permission.REVOKE_CARD)):
        raise PermissionDenied(QT_TRANSLATE_NOOP("services", "Exporting the trust bundle needs a role that issues "
                                                             "cards or manages keys."))
    private = _root_private(session)
    with session.store.transaction():
        sequence = sharing(session).next_bundle_sequence(int(time.time()))
        bundle = trust_bundle(session, sequence)
        session.store.audit.append("trust-export", detail=(
            f"bundle {sequence}, root {bundle.root_fingerprint}, {len(bundle.keys)} key(s), "
            f"{len(bundle.revoked_cards)} revoked card(s)"))
    text = sign_trust_bundle(bundle, private)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = (out_dir / BUNDLE_FILE_NAME, out_dir / COVER_FILE_NAME)
    write_text_atomic(paths[0], text)
    write_bytes_atomic(paths[1], render_trust_cover(bundle))
    return ExportedTrust(bundle, bundle.root_fingerprint, *paths)


# ---- key lifecycle ---------------------------------------------------------------------------
def _active_kid(session: Session) -> str | None:
    record = sharing(session).active_signing_key()
    return None if record is None else record.kid


def retire_key(session: Session, kid: str, reason: str) -> str | None:
    """Stop signing with `kid` (cards it signed up to today stay valid). If it was the key in use, a
    new one replaces it; returns the new key's id then."""
    session.require(Permission.MANAGE_KEYS)
    kid = kid.strip().lower()
    if kid == _active_kid(session):
        return rotate_signing_key(session)  # retires the old key, audited as key-create + retired
    sharing(session).retire_signing_key(kid, _reason(reason))
    return None


def revoke_key(session: Session, kid: str, reason: str) -> str | None:
    """Mark `kid` compromised: every card it signed fails verification once the next bundle is out.
    Returns a new key's id if the revoked key was the one in use."""
    session.require(Permission.MANAGE_KEYS)
    kid = kid.strip().lower()
    new_kid = rotate_signing_key(session) if kid == _active_kid(session) else None
    sharing(session).revoke_signing_key(kid, _reason(reason))
    return new_kid


def _reason(reason: str) -> str:
    reason = reason.strip()
    if not 3 <= len(reason) <= 500:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "Give a reason of 3 to 500 characters."))
    return reason


# ---- cards -----------------------------------------------------------------------------------
def revoke_card(session: Session, card_id: str, reason: str) -> bool:
    """Withdraw an issued card (TRUST-04): audited, and a ledger row says so. False if it already was."""
    session.require(Permission.REVOKE_CARD)
    reason = _reason(reason)
    repo = sharing(session)
    card = repo.card(card_id.strip().upper())
    with session.store.transaction():
        if not repo.revoke_card(card.card_id, reason):
            return False
        repo.record_disclosure(Disclosure(
            0, card.plan_id, card.plan_version, card.recipient, "card-revoked", False, (), (), "withdrawn",
            "not_shared", reason, session.username, datetime.now(UTC).isoformat(timespec="seconds"), card.card_id))
    return True


def live_cards_for(session: Session, plan_id: int, recipient: str) -> list[str]:
    """Ids of the cards still in force for this person and recipient."""
    return [c.card_id for c in sharing(session).cards(plan_id=plan_id, live_only=True) if c.recipient == recipient]


def revoke_cards_for(session: Session, plan_id: int, recipient: str, reason: str) -> list[str]:
    """Withdraw every live card of this person for this recipient (e.g. consent withdrawn)."""
    ids = live_cards_for(session, plan_id, recipient)
    return [card_id for card_id in ids if revoke_card(session, card_id, reason)]


# ---- partner organisations -------------------------------------------------------------------
def add_partner(session: Session, name: str, fingerprint: str, bundle_text: str | bytes) -> TrustBundle:
    """Accept another organisation's cards (IG lead only): its signed bundle must verify against the
    root fingerprint given (read out from its cover sheet); its active keys join our next bundle."""
    session.require(Permission.MANAGE_PARTNERS)
    name = name.strip()
    if not 2 <= len(name) <= 200:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "The partner's name must be 2 to 200 characters."))
    try:
        fingerprint = parse_fingerprint(fingerprint)
    except ValueError as exc:
        raise InvalidRequest(message_of(exc) or str(exc)) from None
    own = sharing(session).trust_root()
    if own is not None and fingerprint == own.fingerprint:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "That is this organisation's own trust root."))
    bundle = open_trust_bundle(bundle_text, fingerprint)
    held = {p.root_fingerprint: p for p in session.store.partners.all()}.get(fingerprint)
    if held is not None:
        try:
            older = open_trust_bundle(held.bundle, fingerprint).sequence >= bundle.sequence
        except TrustBundleError:
            older = False
        if older:
            raise InvalidRequest(QT_TRANSLATE_NOOP("services", "This bundle is not newer than the one already held "
                                                               "for that partner; nothing was changed."))
    text = bundle_text.decode("utf-8-sig") if isinstance(bundle_text, bytes) else bundle_text
    keys = ", ".join(f"{k.kid.hex()} ({k.status})" for k in bundle.keys if k.partner_root is None)
    session.store.partners.save(
        PartnerRecord(fingerprint, name, text, "", session.username),
        f"partner {name!r}, root {fingerprint}, bundle {bundle.sequence}, keys {keys}")
    return bundle


def partners(session: Session) -> list[tuple[PartnerRecord, TrustBundle | None]]:
    session.require(Permission.LIST_PLANS)
    out: list[tuple[PartnerRecord, TrustBundle | None]] = []
    for partner in session.store.partners.all():
        try:
            out.append((partner, open_trust_bundle(partner.bundle, partner.root_fingerprint)))
        except TrustBundleError:
            out.append((partner, None))
    return out

