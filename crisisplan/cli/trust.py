"""Subcommands for the trust chain: trust (export, fingerprint, pin), key (rotate, retire, revoke),
card revoke, partner (add, list) and verify."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from crisisplan.cli.context import data_dir_of, sign_in
from crisisplan.cli.io import ExitCode, UsageError
from crisisplan.export.qr_errors import QrReadError
from crisisplan.export.qr_sandbox import read_bounded
from crisisplan.export.signed_trust import parse_fingerprint, show_fingerprint
from crisisplan.export.trust import MAX_BUNDLE_BYTES, TrustBundleError
from crisisplan.export.verify import Verification
from crisisplan.forms.consent import recipient_label
from crisisplan.forms.items import ITEMS
from crisisplan.services import protocols, trust, verifier
from crisisplan.services.verify import EXIT_CODES, STATUS_TITLES, FileVerification, verify_file, verify_text


def cmd_trust(args: argparse.Namespace) -> int:
    if args.trust_command == "pin":
        try:
            root = verifier.pin_root(data_dir_of(args), args.fingerprint)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        print(f"This verifier now accepts only trust bundles signed by the root {show_fingerprint(root)}.")
        return ExitCode.OK
    with sign_in(args) as session:
        if args.trust_command == "fingerprint":
            root = trust.trust_fingerprint(session)
            print(root if args.hex else show_fingerprint(root))
            return ExitCode.OK
        exported = trust.export_trust(session, Path(args.dir))
    bundle = exported.bundle
    print(f"Wrote {exported.bundle_path} (bundle number {bundle.sequence}): {len(bundle.keys)} key(s), "
          f"{len(bundle.revoked_cards)} revoked and {len(bundle.superseded_cards)} superseded card(s).")
    print(f"Wrote {exported.cover_path}: print it and give it with the bundle.")
    print(f"Organisation trust root fingerprint: {show_fingerprint(exported.fingerprint)}")
    return ExitCode.OK


def cmd_key(args: argparse.Namespace) -> int:
    from crisisplan.services.reissue import reissue_all

    with sign_in(args) as session:
        if args.key_command == "rotate":
            new_kid: str | None = protocols.rotate_signing_key(session)
            reason = "Re-issued after signing-key rotation"
        elif args.key_command == "retire":
            new_kid = trust.retire_key(session, args.kid, args.reason)
            print(f"Signing key {args.kid} is retired: cards it signed until today stay valid.")
            reason = "Re-issued after signing-key retirement"
        else:
            new_kid = trust.revoke_key(session, args.kid, args.reason)
            print(f"Signing key {args.kid} is REVOKED: every card it signed fails verification once the new "
                  "trust bundle is given out. Re-issue the cards (--reissue-to DIR).")
            reason = "Re-issued after signing-key revocation"
        if new_kid:
            print(f"New signing key {new_kid} is now in use.")
        print("Export a new trust bundle for verifiers (crisisplan trust export DIR).")
        if args.reissue_to:
            def progress(done: int, total: int) -> None:
                print(f"\rRe-issued {done} of {total} card(s)", end="", flush=True)

            result = reissue_all(session, Path(args.reissue_to), reason, progress=progress)
            print(f"\nRe-issued {len(result.issued)} card(s) into {args.reissue_to}; "
                  f"{result.skipped} no longer allowed by protocol or consent.")
    return ExitCode.OK


def cmd_card_revoke(args: argparse.Namespace) -> int:
    with sign_in(args) as session:
        done = trust.revoke_card(session, args.card_id, args.reason)
    print(f"Card {args.card_id.upper()} " + ("is withdrawn." if done else "was already withdrawn."))
    print("Export a new trust bundle for verifiers (crisisplan trust export DIR).")
    return ExitCode.OK


def cmd_partner(args: argparse.Namespace) -> int:
    with sign_in(args) as session:
        if args.partner_command == "add":
            try:
                text = read_bounded(Path(args.bundle), MAX_BUNDLE_BYTES)
            except QrReadError as exc:
                raise UsageError(f"cannot read the partner's bundle: {exc}") from None
            bundle = trust.add_partner(session, args.name, args.root, text)
            print(f"Cards of {args.name} (root {show_fingerprint(parse_fingerprint(args.root))}) are accepted "
                  f"from the next trust bundle: {sum(k.status == 'active' for k in bundle.keys)} active key(s).")
            return ExitCode.OK
        rows = trust.partners(session)
    if not rows:
        print("No partner organisations.")
    for record, partner_bundle in rows:
        print(f"{record.name}: root {show_fingerprint(record.root_fingerprint)}; added {record.added_at[:10]} "
              f"by {record.added_by}")
        if partner_bundle is None:
            print("  (its stored bundle can no longer be read)")
            continue
        for key in partner_bundle.keys:
            print(f"  key {key.kid.hex()} {key.status} ({key.organisation})")
    return ExitCode.OK


def _pinned_root(args: argparse.Namespace, data_dir: Path) -> str:
    if args.root:
        try:
            return parse_fingerprint(args.root)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    pinned = verifier.load_settings(data_dir).root
    if pinned is None:
        raise UsageError("this verifier is not set up: give --root FINGERPRINT (from the bundle's cover sheet), "
                         "or pin it once with: crisisplan trust pin FINGERPRINT")
    return pinned


def cmd_verify(args: argparse.Namespace) -> int:
    if bool(args.file) == bool(args.text):
        raise UsageError("give either a FILE (PNG, JPEG or PDF) or --text TEXT")
    try:
        today = date.fromisoformat(args.today) if args.today else None
    except ValueError:
        raise UsageError("--today must be a date: YYYY-MM-DD") from None
    data_dir = data_dir_of(args)
    root = _pinned_root(args, data_dir)
    viewer = args.viewer or verifier.load_settings(data_dir).viewer
    if args.viewer:
        verifier.remember_viewer(data_dir, args.viewer)
    if args.trust:
        try:
            data = read_bounded(Path(args.trust), MAX_BUNDLE_BYTES)
        except QrReadError as exc:
            raise UsageError(f"cannot read the trust bundle: {exc}") from None
        choice = verifier.offer_bundle(data_dir, data, root)
        bundle, note = choice.bundle, choice.note
    else:
        held = verifier.held_bundle(data_dir, root)
        if held is None:
            raise TrustBundleError("No trust bundle is held for this root yet: give --trust FILE.")
        bundle, note = held, ""
    if args.text:
        checked = FileVerification(verify_text(args.text, bundle, today, viewer), 1, ())
    else:
        checked = verify_file(Path(args.file), bundle, today, viewer)
    if note:
        print(note)
    _print_verification(checked, viewer)
    return EXIT_CODES[checked.result.status]


def _print_verification(checked: FileVerification, viewer: str) -> None:
    result = checked.result
    print(STATUS_TITLES[result.status])
    print(result.message)
    if len(checked.codes) > 1:
        print(f"{len(checked.codes)} codes were found in the file:")
        for number, code in enumerate(checked.codes, start=1):
            card = f" card {code.payload.card_id}" if code.payload else ""
            print(f"  code {number}: {STATUS_TITLES[code.status]}{card}")
    if checked.document is not None:
        same = checked.document.message == result.message
        print(f"PDF signature: {STATUS_TITLES[checked.document.status]}" + ("" if same else
                                                                           f". {checked.document.message}"))
    elif checked.document_note:
        print(f"PDF signature: none ({checked.document_note})")
    _print_card(result, viewer)


def _print_card(result: Verification, viewer: str) -> None:
    if result.issuer:
        print(f"Issued by: {result.issuer}")
    p = result.payload
    if p is None:
        return
    print(f"Card {p.card_id} for {recipient_label(p.recipient)}; plan version {p.plan_version}; "
          f"issued {p.issued:%d %b %Y}; review by {p.valid_until:%d %b %Y}")
    if not result.status.authentic:
        return  # withdrawn, expired: what it said is not shown as if it could be relied on
    for item, value in p.items.items():
        lines = value if isinstance(value, list) else [value]
        print(f"  {ITEMS[item].label}:")
        for line in lines:
            print(f"    {line}")
    if p.truncated:
        print("  (More in the full plan.)")
