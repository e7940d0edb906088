"""FHIR export and import of plans (see docs/fhir.md). Import is all or nothing; a Bundle whose
plan identifier is already in this store is refused unless the caller asks to update that plan,
which then gets a new version (never a duplicate plan)."""

from __future__ import annotations

from dataclasses import dataclass

from crisisplan.fhir.docref import document_reference
from crisisplan.fhir.document import Organisation, bundle_json, plan_bundle, plan_identifier
from crisisplan.fhir.reader import load_fhir_plan
from crisisplan.forms.problems import parse_plan
from crisisplan.forms.roles import Permission
from crisisplan.i18n import QT_TRANSLATE_NOOP, message_of
from crisisplan.services.errors import InvalidRequest
from crisisplan.services.plans import save_plan
from crisisplan.services.protocols import ods_code, organisation_name
from crisisplan.services.session import Session
from crisisplan.store.errors import ConflictError, NotFoundError

_IMPORTED_KEY = "fhir_identifier:"


def organisation(session: Session) -> Organisation:
    return Organisation(organisation_name(session), ods_code(session))


def identifier_for(session: Session, plan_id: int) -> str:
    """The plan's FHIR identifier: the one it was imported with, else this store's own."""
    imported = session.store.meta.get(f"fhir_plan:{plan_id}")
    return imported or plan_identifier(session.store.store_id, plan_id)


def export_fhir(session: Session, plan_id: int) -> str:
    """The plan's current version as a FHIR document Bundle (JSON text). Audited as an export."""
    session.require(Permission.EXPORT_PLANS)
    stored = session.store.plans.get(plan_id, audit=False)
    bundle = plan_bundle(parse_plan(stored.document), identifier_for(session, plan_id), organisation(session))
    session.store.audit.append("export", person=plan_id, detail=f"version {stored.version} as FHIR")
    return bundle_json(bundle)


def require_signed_summary(session: Session, pdf: bytes) -> None:
    """The pointer's document must be a summary this organisation signed (PAdES, issue 13)."""
    from crisisplan.services.document_signer import own_trust
    from crisisplan.services.verify_pdf import require_signed_by

    if not pdf.startswith(b"%PDF-"):
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "The summary must be a PDF file."))
    trust = own_trust(session)
    if trust is None:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "This organisation has not signed any summary yet: issue "
                                                           "the person's card first and use the summary PDF it "
                                                           "writes (summary-….pdf)."))
    try:
        require_signed_by(pdf, trust)
    except ValueError as exc:
        raise InvalidRequest(str(exc)) from None


def export_pointer(session: Session, plan_id: int, pdf: bytes) -> str:
    """The NRL-shaped DocumentReference for the plan's current version, carrying `pdf` (its A4
    summary) inline: a file has no server to hold the PDF at a URL."""
    session.require(Permission.EXPORT_PLANS)
    require_signed_summary(session, pdf)
    stored = session.store.plans.get(plan_id, audit=False)
    try:
        pointer = document_reference(parse_plan(stored.document), identifier_for(session, plan_id),
                                     organisation(session), pdf)
    except ValueError as exc:
        raise InvalidRequest(message_of(exc) or str(exc)) from None
    session.store.audit.append("export", person=plan_id, detail=f"version {stored.version} as an NRL pointer")
    return pointer.model_dump_json(indent=2)


def existing_plan(session: Session, identifier: str) -> int | None:
    """The local plan that has this FHIR identifier, if any."""
    own = f"{session.store.store_id}-"
    if identifier.startswith(own) and identifier[len(own):].isdigit():
        plan_id = int(identifier[len(own):])
        try:
            session.store.plans.get(plan_id, audit=False)
        except NotFoundError:
            return None
        return plan_id
    found = session.store.meta.get(_IMPORTED_KEY + identifier)
    return int(found) if found and found.isdigit() else None


@dataclass(frozen=True)
class FhirImport:
    plan_id: int
    version: int
    updated: bool


def import_fhir(session: Session, text: str | bytes, *, update: bool = False) -> FhirImport:
    """Import one plan from a FHIR document Bundle. Raises PlanInputError listing every problem
    (nothing is written), ConflictError when the plan is already here and `update` is False."""
    session.require(Permission.IMPORT_PLANS)
    imported = load_fhir_plan(text)
    target = existing_plan(session, imported.identifier) if imported.identifier else None
    if target is not None and not update:
        raise ConflictError(
            QT_TRANSLATE_NOOP("services", "This plan is already in the store as plan {target}. Import it with "
                                          "--update to save it as a new version of that plan (no duplicate is made).")
            .format(target=target))
    if target is None and update and imported.identifier is None:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "This Bundle has no crisisplan identifier, so there is no "
                                                           "existing plan to update."))
    with session.store.transaction():
        saved = save_plan(session, imported.plan, plan_id=target, note="imported from FHIR")
        if target is None and imported.identifier and not imported.identifier.startswith(
                f"{session.store.store_id}-"):
            session.store.meta.set(_IMPORTED_KEY + imported.identifier, str(saved.plan_id))
            session.store.meta.set(f"fhir_plan:{saved.plan_id}", imported.identifier)
    return FhirImport(saved.plan_id, saved.version, target is not None)
