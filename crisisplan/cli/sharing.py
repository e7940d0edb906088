"""Subcommands for sharing: protocol, consent, card, person-copy, ledger, trust, key, org, verify."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from crisisplan.cli.context import sign_in
from crisisplan.cli.io import ExitCode, UsageError, read_input_file
from crisisplan.forms.consent import ConsentStatus, consent_for, recipient_label
from crisisplan.forms.items import ITEMS, Item, parse_item
from crisisplan.services import cards, consent, protocols
from crisisplan.services.atomic import write_text_atomic
from crisisplan.services.cards import Disclosure
from crisisplan.services.plans import load_plan
from crisisplan.sharing.decision import LAWFUL_BASIS_LABELS, LawfulBasis


def _items(names: list[str] | None) -> list[Item]:
    try:
        return [parse_item(n) for n in names or []]
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def cmd_protocol(args: argparse.Namespace) -> int:
    with sign_in(args) as session:
        if args.protocol_command == "import":
            protocol = protocols.import_protocol(session, read_input_file(args.file, 1024 * 1024 + 1))
            print(f"Imported protocol {protocol.id} ({protocol.area}, version {protocol.version}).")
            if args.activate:
                protocols.set_active_protocol(session, protocol.id)
                print(f"{protocol.id} is now the protocol in use.")
            return ExitCode.OK
        if args.protocol_command == "export":
            write_text_atomic(Path(args.out), protocols.protocol_file_text(session, args.id))
            print(f"Wrote protocol {args.id} to {args.out}. Replace every number marked \"set_locally\": true "
                  "with the real local number, set it to false, raise \"version\", then: crisisplan protocol "
                  "import FILE --activate")
            return ExitCode.OK
        if args.protocol_command == "use":
            protocol = protocols.set_active_protocol(session, args.id)
            print(f"{protocol.id} ({protocol.area}) is now the protocol in use.")
            return ExitCode.OK
        known = protocols.all_protocols(session)
        active = protocols.active_protocol(session).id
        if args.protocol_command == "list":
            for pid, p in sorted(known.items()):
                mark = "*" if pid == active else " "
                print(f"{mark} {pid:<20} {p.area} (version {p.version}, review {p.review_date})")
            return ExitCode.OK
        found = known.get(args.id or active)
        if found is None:
            raise UsageError(f"no protocol with the id {args.id!r}; see: crisisplan protocol list")
        protocol = found
    print(f"{protocol.area} — protocol {protocol.id}, version {protocol.version}")
    print(f"Effective {protocol.effective_date}, review {protocol.review_date}; "
          f"cards valid for {protocol.card_validity_days} days; accepted for at most "
          f"{protocol.max_card_lifetime_days} days after issue")
    print("Partners:")
    for partner in protocol.partners:
        print(f"  - {partner.name} ({str(partner.kind).replace('_', ' ')})")
    print("24-hour numbers:")
    for n in protocol.crisis_numbers:
        flag = "  [placeholder: set locally]" if n.set_locally else ""
        print(f"  - {n.label}: {n.number} ({n.hours}){flag}")
    print("Recipients and the items they receive by default:")
    for key, r in protocol.recipients.items():
        print(f"  {key} — {r.display_name}: {', '.join(str(i) for i in r.items)}")
        if r.use_restriction:
            print(f"    May not be used for: {r.use_restriction}")
    if protocol.trusted_keys:
        print("Proposed trusted keys (NOT installed; the IG lead adds a partner by its root with "
              "crisisplan partner add):")
        for k in protocol.trusted_keys:
            print(f"  - {k.kid} {k.organisation}, from {k.valid_from}; SHA-256 "
                  f"{protocols.proposed_key_fingerprint(k.public_key)}")
    else:
        print("Proposed trusted keys: none")
    return ExitCode.OK


def cmd_consent(args: argparse.Namespace) -> int:
    with sign_in(args) as session:
        if args.consent_command == "set" and args.status == "withdrawn":
            items = _items(args.items)
            if args.all_protocol_items:
                items += sorted(protocols.active_protocol(session).default_items(args.recipient))
            saved, revoked, live = consent.withdraw_consent(session, args.id, args.recipient, items,
                                                            revoke_cards=args.revoke_cards,
                                                            in_own_words=args.words or "")
            print(f"Consent withdrawn for {len(set(items))} item(s); plan saved as version {saved.version}.")
            if revoked:
                print(f"Withdrew card(s) {', '.join(revoked)}; export a new trust bundle for verifiers.")
            if live:
                print(f"Card(s) {', '.join(live)} still carry these items and still verify: withdraw them with "
                      "--revoke-cards or: crisisplan card revoke CARD_ID --reason ...")
            return ExitCode.OK
        if args.consent_command == "set":
            items = _items(args.items)
            if args.all_protocol_items:
                items += sorted(protocols.active_protocol(session).default_items(args.recipient))
            saved = consent.set_consent(session, args.id, args.recipient, items, ConsentStatus(args.status),
                                        in_own_words=args.words or "")
            print(f"Consent recorded for {len(set(items))} item(s); plan saved as version {saved.version}.")
            return ExitCode.OK
        if args.consent_command == "decline":
            loaded, shown = cards.preview(session, args.id, args.recipient)
            decision = cards.decide(session, shown, share=False, reason=args.reason)
            cards.record_not_sharing(session, loaded, decision)
            print(f"Recorded the decision not to share with {shown.recipient_label}.")
            return ExitCode.OK
        loaded = load_plan(session, args.id)
        protocol = protocols.active_protocol(session)
    recipients = [args.recipient] if args.recipient else list(protocol.recipients)
    for r in recipients:
        print(f"{recipient_label(r)} ({r}):")
        granted = protocol.default_items(r) if r in protocol.recipients else frozenset()
        for item in Item:
            status = consent_for(loaded.plan, r, item)
            if item in granted or status is not ConsentStatus.NOT_ASKED:
                note = "" if item in granted else "  (not allowed by the protocol)"
                print(f"  {ITEMS[item].label:<52} {status.label}{note}")
    return ExitCode.OK


def cmd_card(args: argparse.Namespace) -> int:
    basis = LawfulBasis(args.basis)
    with sign_in(args) as session:
        loaded, shown = cards.preview(session, args.id, args.recipient)
        extra = _items(args.without_consent)
        items = list(shown.consented_items) + [i for i in extra if i not in shown.consented_items]
        decision = cards.decide(session, shown, share=True, items=items, lawful_basis=basis, reason=args.reason)
        issued = cards.issue_card(session, loaded, shown, decision, Path(args.out),
                                  past_review_reason=getattr(args, "past_review_reason", None))
    text_bytes = len(issued.qr_text.encode("ascii"))
    print(f"Card {issued.card_id} for {shown.recipient_label}: plan version {issued.plan_version}, "
          f"valid until {issued.valid_until:%d %b %Y}")
    print(f"QR version {issued.qr_version}-M, {text_bytes} characters"
          + (" (shortened: more in the full plan)" if issued.truncated else ""))
    print(f"Items: {', '.join(i.value for i in decision.items)}")
    for kind, path in issued.files.items():
        print(f"  {kind}: {path}")
    if issued.superseded:
        print(f"Superseded earlier card(s): {', '.join(issued.superseded)}")
    return ExitCode.OK


def cmd_person_copy(args: argparse.Namespace) -> int:
    with sign_in(args) as session:
        path = cards.person_copy(session, args.id, Path(args.out))
    print(f"Wrote {path}")
    return ExitCode.OK


def cmd_ledger(args: argparse.Namespace) -> int:
    with sign_in(args) as session:
        rows = cards.ledger(session, args.id)
        if args.out:
            session.store.audit.append("export", person=args.id, detail="disclosure report for the person")
    if args.json:
        for d in rows:
            print(json.dumps({"plan_version": d.plan_version, "recipient": d.recipient, "kind": d.kind,
                              "shared": d.shared, "items": list(d.items),
                              "without_consent": list(d.without_consent), "consent": d.consent,
                              "lawful_basis": d.lawful_basis, "reason": d.reason, "decided_by": d.decided_by,
                              "decided_at": d.decided_at, "card_id": d.card_id}))
        return ExitCode.OK
    report = ledger_report(args.id, rows)
    if args.out:
        write_text_atomic(Path(args.out), report)
        print(f"Wrote the report to {args.out}")
    else:
        print(report, end="")
    return ExitCode.OK


def ledger_report(plan_id: int, rows: list[Disclosure]) -> str:
    """The disclosure ledger as a plain-language report the person can read."""
    out = [f"What has been shared from your crisis plan (plan {plan_id}), and with whom", ""]
    if not rows:
        out.append("Nothing has been shared.")
    for d in rows:
        what = "shared" if d.shared else "decided NOT to share"
        out.append(f"{d.decided_at[:16].replace('T', ' ')} UTC — {recipient_label(d.recipient)}: {what} "
                   f"({d.kind}, plan version {d.plan_version}) by {d.decided_by}")
        if d.items:
            out.append(f"  Items: {', '.join(ITEMS[Item(i)].label for i in d.items)}")
        if d.without_consent:
            out.append(f"  Shared WITHOUT consent: {', '.join(ITEMS[Item(i)].label for i in d.without_consent)}")
        basis = LAWFUL_BASIS_LABELS[LawfulBasis(d.lawful_basis)]
        out.append(f"  Consent: {d.consent.replace('_', ' ')}; basis: {basis}")
        out.append(f"  Reason: {d.reason}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def cmd_org(args: argparse.Namespace) -> int:
    with sign_in(args) as session:
        if args.name:
            protocols.set_organisation_name(session, args.name)
        if getattr(args, "ods_code", None):
            protocols.set_ods_code(session, args.ods_code)
        print(f"Organisation: {protocols.organisation_name(session)}")
        print(f"ODS code: {protocols.ods_code(session) or 'not set'}")
    return ExitCode.OK
