"""The local information-sharing protocol in use, the organisation's details and signing keys, and
the trust bundle that verifiers load."""

from __future__ import annotations

import re
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec

from crisisplan.export.keys import (
    generate_signing_key,
    key_id,
    private_key_from_bytes,
    private_key_to_bytes,
    public_key_from_b64,
    public_key_to_b64,
)
from crisisplan.export.trust import TrustBundle
from crisisplan.forms.roles import Permission
from crisisplan.i18n import QT_TRANSLATE_NOOP
from crisisplan.services.errors import InvalidRequest
from crisisplan.services.session import DEMO_STORE_KEY, Session
from crisisplan.sharing.protocol import Protocol, ProtocolError, bundled_protocols, dump_protocol, load_protocol
from crisisplan.store.sharing import SharingRepository

ORGANISATION_KEY = "organisation_name"
ACTIVE_PROTOCOL_KEY = "active_protocol"
ODS_KEY = "organisation_ods_code"
DEFAULT_PROTOCOL = "oxfordshire"
DEFAULT_ORGANISATION = "Organisation not yet named"


def sharing(session: Session) -> SharingRepository:
    return session.store.sharing


def organisation_name(session: Session) -> str:
    return session.store.meta.get(ORGANISATION_KEY) or DEFAULT_ORGANISATION


def set_organisation_name(session: Session, name: str) -> None:
    session.require(Permission.MANAGE_KEYS)
    name = name.strip()
    if not 2 <= len(name) <= 200:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "The organisation's name must be 2 to 200 characters."))
    with session.store.transaction():  # no audit, no change
        session.store.meta.set(ORGANISATION_KEY, name)
        session.store.audit.append("settings", detail="organisation name set")


CONFIRMED_PROTOCOL_KEY = "confirmed_sample_protocol"


def is_sample(session: Session, protocol: Protocol) -> bool:
    """A bundled sample protocol that no administrator has imported as their own."""
    bundled = {p.id for p in bundled_protocols()}
    return protocol.id in bundled and protocol.id not in sharing(session).protocol_documents()


def confirm_sample_protocol(session: Session, protocol_id: str) -> None:
    """An administrator confirms the sample protocol in use matches the local agreement (audited)."""
    session.require(Permission.MANAGE_PROTOCOLS)
    with session.store.transaction():
        session.store.meta.set(CONFIRMED_PROTOCOL_KEY, protocol_id)
        session.store.audit.append("settings", detail=f"sample protocol {protocol_id} confirmed for use")


def is_demo_store(session: Session) -> bool:
    """A store created as one of fictional people (`create_store(demo=True)`)."""
    return session.store.meta.get(DEMO_STORE_KEY) == "yes"


def issue_blockers(session: Session, protocol: Protocol | None = None) -> list[str]:
    """What must be settled before cards are issued, each saying what to do; empty when cards may be
    issued. Outside the demo store: the organisation's name (printed on every card as the issuer),
    a protocol whose 24-hour numbers are all set locally (no sample placeholder), and, for a bundled
    SAMPLE, an administrator's confirmation that it matches the local agreement. The demo store
    issues cards under the samples, their numbers marked "SAMPLE, NOT FOR USE"."""
    if is_demo_store(session):
        return []
    problems: list[str] = []
    if not session.store.meta.get(ORGANISATION_KEY):
        problems.append(QT_TRANSLATE_NOOP("services", "The organisation is not named yet, and its name is printed "
                                                      "on every card as the issuer. An administrator names it in "
                                                      "Records → Protocols (command line: crisisplan org NAME)."))
    protocol = protocol or active_protocol(session)
    placeholders = protocol.numbers_to_replace()
    if placeholders:
        labels = "; ".join(n.label for n in placeholders)
        problems.append(QT_TRANSLATE_NOOP(
            "services", "The protocol in use ({area}) still has sample 24-hour numbers that must be set locally "
                        "({labels}). An administrator writes it out (crisisplan protocol export {protocol_id} --out "
                        "FILE), replaces those numbers with the real local ones (\"set_locally\": false) and imports "
                        "it in Records → Protocols (command line: crisisplan protocol import FILE --activate).")
            .format(area=protocol.area, labels=labels, protocol_id=protocol.id))
    elif is_sample(session, protocol) and session.store.meta.get(CONFIRMED_PROTOCOL_KEY) != protocol.id:
        problems.append(QT_TRANSLATE_NOOP("services", "The protocol in use ({area}) is a SAMPLE that no "
                                                      "administrator has confirmed. An administrator confirms it, "
                                                      "or imports your own, in Records → Protocols.")
                        .format(area=protocol.area))
    return problems


def require_ready_to_issue(session: Session, protocol: Protocol | None = None) -> None:
    """InvalidRequest saying what to do when `issue_blockers` finds anything (services, CLI, dialog
    and bulk re-issue all pass through here before a card is signed)."""
    problems = issue_blockers(session, protocol)
    if problems:
        raise InvalidRequest("No card can be issued yet. " + " ".join(problems))


def protocol_details(session: Session, protocol_id: str) -> str:
    """A protocol in plain text, as `crisisplan protocol show` prints it: its recipients and the items
    each receives by default, the 24-hour numbers, partners and dates; SAMPLE when it is one."""
    from crisisplan.forms.items import ITEMS

    session.require(Permission.LIST_PLANS)
    protocol = all_protocols(session).get(protocol_id)
    if protocol is None:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "That protocol was not found. Refresh the list and try "
                                                           "again."))
    sample = is_sample(session, protocol)
    confirmed = session.store.meta.get(CONFIRMED_PROTOCOL_KEY) == protocol.id
    lines = [f"{protocol.area} — protocol {protocol.id}, version {protocol.version}"]
    if sample:
        lines.append("SAMPLE protocol: " + ("confirmed for use by an administrator." if confirmed else
                                           "not confirmed yet; no card can be issued under it until it is."))
    if protocol.numbers_to_replace() and not is_demo_store(session):
        lines.append("Its 24-hour numbers marked [placeholder] must be set locally before any card is issued: "
                     f"crisisplan protocol export {protocol.id} --out FILE, replace them, then import the file.")
    lines.append(f"Effective {protocol.effective_date:%d/%m/%Y}, review by {protocol.review_date:%d/%m/%Y}; "
                 f"cards valid for {protocol.card_validity_days} days.")
    lines += ["", "Recipients and the items they receive by default:"]
    for recipient in protocol.recipients.values():
        labels = [ITEMS[item].label for item in recipient.items]
        lines.append(f"  {recipient.display_name}: {', '.join(labels)}")
        if recipient.use_restriction:
            lines.append(f"    May not be used for: {recipient.use_restriction}")
    lines += ["", "24-hour numbers:"]
    for number in protocol.crisis_numbers:
        flag = "  [placeholder: to be set locally]" if number.set_locally else ""
        lines.append(f"  {number.label}: {number.number} ({number.hours}){flag}")
    lines += ["", "Partners:"]
    lines += [f"  {partner.name}" for partner in protocol.partners]
    return "\n".join(lines)


def protocol_file_text(session: Session, protocol_id: str) -> str:
    """A protocol in its file format (docs/protocol-format.md), to edit and import again: how an
    administrator sets a sample's 24-hour numbers locally."""
    session.require(Permission.LIST_PLANS)
    protocol = all_protocols(session).get(protocol_id)
    if protocol is None:
        raise InvalidRequest(f"There is no protocol with the id {protocol_id!r}. "
                             f"Known protocols: {', '.join(sorted(all_protocols(session)))}.")
    return dump_protocol(protocol)


def ods_code(session: Session) -> str:
    """The organisation's ODS code (empty until set): author and custodian of FHIR/NRL records."""
    return session.store.meta.get(ODS_KEY) or ""


def set_ods_code(session: Session, code: str) -> None:
    session.require(Permission.MANAGE_KEYS)
    code = code.strip().upper()
    if not re.fullmatch(r"[A-Z0-9]{3,10}", code):
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "An ODS code is 3 to 10 letters and digits, for example "
                                                           "RXX or RXX01."))
    with session.store.transaction():
        session.store.meta.set(ODS_KEY, code)
        session.store.audit.append("settings", detail="organisation ODS code set")


def all_protocols(session: Session) -> dict[str, Protocol]:
    """Bundled sample protocols, overridden by any the administrator imported with the same id."""
    found = {p.id: p for p in bundled_protocols()}
    for protocol_id, document in sharing(session).protocol_documents().items():
        try:
            found[protocol_id] = load_protocol(document)
        except ProtocolError:
            continue  # validated on import; a newer app may have tightened the rules
    return found


def active_protocol(session: Session) -> Protocol:
    protocols = all_protocols(session)
    chosen = session.store.meta.get(ACTIVE_PROTOCOL_KEY) or DEFAULT_PROTOCOL
    if chosen in protocols:
        return protocols[chosen]
    return protocols[sorted(protocols)[0]]


def set_active_protocol(session: Session, protocol_id: str) -> Protocol:
    session.require(Permission.MANAGE_PROTOCOLS)
    protocols = all_protocols(session)
    if protocol_id not in protocols:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "There is no protocol with the id {protocol_id!r}. Known "
                                                           "protocols: {names}.")
                             .format(protocol_id=protocol_id, names=', '.join(sorted(protocols))))
    with session.store.transaction():
        session.store.meta.set(ACTIVE_PROTOCOL_KEY, protocol_id)
        session.store.audit.append("settings", detail=f"active protocol {protocol_id}")
    return protocols[protocol_id]


def import_protocol(session: Session, text: str | bytes) -> Protocol:
    """Validate and store a protocol file. A broken file raises ProtocolError and changes nothing.

    Keys in its `trusted_keys` are only proposals: they are audited, never installed (TRUST-02)."""
    session.require(Permission.MANAGE_PROTOCOLS)
    protocol = load_protocol(text)
    proposed = ""
    if protocol.trusted_keys:
        proposed = "; proposes keys (not installed): " + ", ".join(
            f"{k.kid} {proposed_key_fingerprint(k.public_key)}" for k in protocol.trusted_keys)
    sharing(session).save_protocol(protocol.id, dump_protocol(protocol), session.username, proposed)
    return protocol


def proposed_key_fingerprint(public_key_b64: str) -> str:
    """SHA-256 of a proposed key's DER, as compared with the partner's cover sheet."""
    from crisisplan.export.signed_trust import root_fingerprint

    return root_fingerprint(public_key_from_b64(public_key_b64))


def ensure_signing_key(session: Session) -> str:
    """The active signing key's id, creating the organisation's first key pair if there is none
    (and its trust root, when the store has none and the user holds the issuer key it is sealed under)."""
    from crisisplan.services.trust import ensure_trust_root, may_make_root

    if sharing(session).trust_root() is None and may_make_root(session):
        ensure_trust_root(session)
    record = sharing(session).active_signing_key()
    if record is not None:
        return record.kid
    return _new_key(session)


def _new_key(session: Session) -> str:
    private = generate_signing_key()
    kid = key_id(private.public_key()).hex()
    sharing(session).add_signing_key(kid, organisation_name(session), private_key_to_bytes(private),
                                     public_key_to_b64(private.public_key()))
    return kid


def rotate_signing_key(session: Session) -> str:
    """Make a new key pair the active one. Cards signed with the old key stay verifiable (the old
    key stays in the trust bundle for the cards it signed); re-issue cards to move them over."""
    session.require(Permission.MANAGE_KEYS)
    return _new_key(session)


def signing_key(session: Session) -> tuple[bytes, ec.EllipticCurvePrivateKey]:
    """(kid bytes, private key) of the active key."""
    ensure_signing_key(session)
    record = sharing(session).active_signing_key()
    assert record is not None
    return bytes.fromhex(record.kid), private_key_from_bytes(sharing(session).private_key(record))


def trust_bundle(session: Session) -> TrustBundle:
    """This organisation's trust bundle (see services/trust.py; protocol keys are never in it)."""
    from crisisplan.services import trust

    return trust.trust_bundle(session)


def export_trust_bundle(session: Session, out_dir: Path) -> TrustBundle:
    """Sign and write trust-bundle.json and trust-cover.pdf into `out_dir` (services/trust.py)."""
    from crisisplan.services import trust

    return trust.export_trust(session, out_dir).bundle
