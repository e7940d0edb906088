"""The argument parser: every subcommand, its options and its help."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from crisisplan.cli.io import EXIT_CODE_HELP, VERIFY_EXIT_HELP

DESCRIPTION = """crisisplan: joint crisis plans and "need to know" sharing.

With no subcommand, starts the desktop app. The passphrase comes from CRISISPLAN_PASSPHRASE when
set, otherwise a hidden prompt; the user from --user or CRISISPLAN_USER. The data folder is the
platform's user data folder unless --data-dir or CRISISPLAN_DATA_DIR says otherwise; --demo uses a
separate demo store of fictional people (created on first use)."""


def _card_revoke_alias(argv: Sequence[str]) -> list[str]:
    """`card revoke CARD_ID ...` is `card-revoke CARD_ID ...` (`card ID` issues a card)."""
    args = list(argv)
    index = 0
    while index < len(args) and args[index].startswith("-"):
        index += 2 if args[index] in ("--data-dir", "--user") else 1
    if args[index:index + 2] == ["card", "revoke"]:
        return [*args[:index], "card-revoke", *args[index + 2:]]
    return args


class _Parser(argparse.ArgumentParser):
    """The top-level parser; it reads `card revoke CARD_ID` as `card-revoke CARD_ID`."""

    def parse_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                   namespace: argparse.Namespace | None = None) -> argparse.Namespace:
        return super().parse_args(_card_revoke_alias(sys.argv[1:] if args is None else args), namespace)


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="DIR", default=default, help="the store's folder")
    parser.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="use the demo store of fictional people",
    )
    parser.add_argument("--user", metavar="NAME", default=default, help="who is signing in")


def _fhir_commands(p: argparse.ArgumentParser) -> None:
    fsub = p.add_subparsers(dest="fhir_command", metavar="ACTION", required=True)
    fp = fsub.add_parser("export", help="write a plan as a FHIR document Bundle")
    _global_options(fp, suppress=True)
    fp.add_argument("id", type=int)
    fp.add_argument("--out", required=True, metavar="FILE")
    fp.add_argument("--pointer", default=None, metavar="FILE",
                    help="also write the NRL-shaped DocumentReference, carrying --summary inline")
    fp.add_argument("--summary", default=None, metavar="PDF", help="the A4 summary PDF for --pointer")
    fp = fsub.add_parser("import", help="import a plan from a FHIR document Bundle (all or nothing)")
    _global_options(fp, suppress=True)
    fp.add_argument("file")
    fp.add_argument("--update", action="store_true",
                    help="when the plan is already in the store, save it as a new version of that plan")
    fp = fsub.add_parser("push", help="send plans to a FHIR server (conditional update: no duplicates)")
    _global_options(fp, suppress=True)
    fp.add_argument("ids", type=int, nargs="+", metavar="ID")
    fp.add_argument("--server", required=True, metavar="URL", help="the FHIR server's base URL (https)")
    fp.add_argument("--reason", required=True, help="why the plan is sent (recorded in the ledger)")
    fp.add_argument("--summary", default=None, metavar="PDF", help="the A4 summary PDF the pointer refers to")
    fp.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS")
    fp = fsub.add_parser("retry", help="send the plans queued while the server could not be reached")
    _global_options(fp, suppress=True)
    fp.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="crisisplan",
        description=DESCRIPTION,
        epilog=EXIT_CODE_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _global_options(parser, suppress=False)
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation end to end on fictional data in a temporary folder, "
                             "then delete it; exit 0 if every check passed, 8 if any failed")
    parser.add_argument("--self-test-qt", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--self-test-qt-native", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, epilog=EXIT_CODE_HELP,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        _global_options(p, suppress=True)
        return p

    p = command("init", "create a new encrypted store and its first user")
    p.add_argument("--display-name", default=None, help="the first user's full name")
    p.add_argument("--role", action="append", dest="roles", metavar="ROLE",
                   help="a role of the first user (repeatable; default: admin and clinician)")
    p.add_argument("--organisation", default=None, metavar="NAME",
                   help="the organisation's name, printed on cards as the issuer")

    p = command("user", "manage users: add, list, remove, passwd, roles")
    usub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    up = usub.add_parser("add", help="add a user (new passphrase from CRISISPLAN_NEW_PASSPHRASE or a prompt)")
    _global_options(up, suppress=True)
    up.add_argument("name")
    up.add_argument("--display-name", default=None)
    up.add_argument("--role", action="append", dest="roles", metavar="ROLE", required=True,
                    help="clinician, gp, readonly, admin or ig_lead (repeatable)")
    up = usub.add_parser("list", help="list users and their roles")
    _global_options(up, suppress=True)
    up.add_argument("--json", action="store_true")
    up = usub.add_parser("remove", help="remove a user and their key slot")
    _global_options(up, suppress=True)
    up.add_argument("name")
    up = usub.add_parser("passwd", help="change a passphrase (yours by default)")
    _global_options(up, suppress=True)
    up.add_argument("name", nargs="?")
    up.add_argument("--recovery-key", action="store_true",
                    help="sign in with the recovery key (CRISISPLAN_RECOVERY_KEY or a prompt) instead")
    up.add_argument("--rotate", action="store_true",
                    help="also change every key the old passphrase opened: do this if it may have been seen")
    up = usub.add_parser("roles", help="set a user's roles")
    _global_options(up, suppress=True)
    up.add_argument("name")
    up.add_argument("--role", action="append", dest="roles", metavar="ROLE", required=True)

    p = command("import", "import plans from a JSON export file (all or nothing)")
    p.add_argument("file")
    p.add_argument("--update-existing", action="store_true",
                   help="a plan whose NHS number is already in the store becomes a new version of that plan")

    p = command("export-json", "write a plan as JSON (to standard output, or --out FILE)")
    p.add_argument("id", type=int)
    p.add_argument("--out", metavar="FILE", default=None)

    p = command("list", "list plans")
    p.add_argument("--search", metavar="TEXT", default=None,
                   help="name, NHS number, date of birth, postcode or any text")
    p.add_argument("--status", choices=["draft", "agreed", "superseded"], default=None)
    p.add_argument("--review-due", action="store_true", help="only plans due for review within 28 days or overdue")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true", help="one JSON object per plan, one per line")

    p = command("show", "show a plan")
    p.add_argument("id", type=int)
    p.add_argument("--version", type=int, default=None)

    p = command("history", "list a plan's versions, or compare two")
    p.add_argument("id", type=int)
    p.add_argument("--compare", nargs=2, type=int, metavar=("OLD", "NEW"), default=None)
    p.add_argument("--restore", type=int, metavar="VERSION", default=None,
                   help="make VERSION current again, as a new version")

    command("schema", "print the JSON Schema of a plan")

    p = command("demo", "add realistic fictional plans to the store")
    p.add_argument("--count", type=int, default=25)
    p.add_argument("--seed", type=int, default=0)

    p = command("backup", "write an encrypted, verified backup of the whole store")
    p.add_argument("file")

    p = command("restore", "replace the store with a backup (credentials valid in the backup)")
    p.add_argument("file")
    p.add_argument("--recovery-key", action="store_true",
                   help="use the backup's recovery key (CRISISPLAN_RECOVERY_KEY or a prompt) instead of a passphrase")
    p.add_argument("--replace-with-other-store", action="store_true",
                   help="the backup is of a DIFFERENT store: replace this folder's store with it on purpose "
                        "(the store now in the folder is set aside, not deleted)")

    command("recovery-key", "make a new recovery key (shown once; the old one stops working)")

    p = command("verify-audit", "check the audit log's chain and every user's signatures (from the newest "
                "signed checkpoint)")
    p.add_argument("--full", action="store_true", help="check every entry from the first")

    p = command("protocol", "local information-sharing protocols: list, show, export, import, use")
    psub = p.add_subparsers(dest="protocol_command", metavar="ACTION", required=True)
    pp = psub.add_parser("list", help="list the protocols (* marks the one in use)")
    _global_options(pp, suppress=True)
    pp = psub.add_parser("show", help="show a protocol (default: the one in use)")
    _global_options(pp, suppress=True)
    pp.add_argument("id", nargs="?")
    pp = psub.add_parser("export", help="write a protocol's file, e.g. a sample to set its numbers locally")
    _global_options(pp, suppress=True)
    pp.add_argument("id")
    pp.add_argument("--out", required=True, help="the file to write (JSON, docs/protocol-format.md)")
    pp = psub.add_parser("import", help="import a protocol file (refused whole if anything is wrong)")
    _global_options(pp, suppress=True)
    pp.add_argument("file")
    pp.add_argument("--activate", action="store_true", help="also make it the protocol in use")
    pp = psub.add_parser("use", help="choose the protocol in use")
    _global_options(pp, suppress=True)
    pp.add_argument("id")

    p = command("consent", "the person's consent to sharing: show, set, decline")
    csub = p.add_subparsers(dest="consent_command", metavar="ACTION", required=True)
    cp = csub.add_parser("show", help="consent per recipient and item")
    _global_options(cp, suppress=True)
    cp.add_argument("id", type=int)
    cp.add_argument("--recipient", default=None)
    cp = csub.add_parser("set", help="record consent for items (saved as a new plan version)")
    _global_options(cp, suppress=True)
    cp.add_argument("id", type=int)
    cp.add_argument("--recipient", required=True, help="police, ambulance, emergency_department, gp, ...")
    cp.add_argument("--item", action="append", dest="items", metavar="ITEM", help="an item key (repeatable)")
    cp.add_argument("--all-protocol-items", action="store_true",
                    help="every item the protocol allows for this recipient")
    cp.add_argument("--status", required=True, choices=["given", "refused", "not_asked", "withdrawn"],
                    help="withdrawn: the person took back consent they had given (saved as refused); "
                         "lists the cards that carry the items")
    cp.add_argument("--revoke-cards", action="store_true",
                    help="with --status withdrawn: also withdraw the live cards for this recipient that carry them")
    cp.add_argument("--words", default=None, help="what the person said, in their own words")
    cp = csub.add_parser("decline", help="record a decision NOT to share with a recipient")
    _global_options(cp, suppress=True)
    cp.add_argument("id", type=int)
    cp.add_argument("--recipient", required=True)
    cp.add_argument("--reason", required=True)

    p = command("card", "issue a signed crisis card: wallet card PDF, A4 summary PDF and QR image")
    p.add_argument("id", type=int)
    p.add_argument("--recipient", required=True, help="police, ambulance, emergency_department, ...")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--reason", required=True, help="why this card is being issued (recorded in the ledger)")
    p.add_argument("--past-review-reason", metavar="TEXT",
                   help="for a plan past its review date: why a card is issued before the review "
                        "(recorded in the ledger; the card is then valid for 28 days at most)")
    p.add_argument("--basis", default="consent",
                   choices=["consent", "vital_interests", "safeguarding", "legal_duty"])
    p.add_argument("--without-consent", action="append", metavar="ITEM",
                   help="also share this item without consent (needs a basis other than consent)")

    p = command("person-copy", "write the person's own plain-language copy of their plan (A4 PDF)")
    p.add_argument("id", type=int)
    p.add_argument("--out", required=True, metavar="DIR")

    p = command("ledger", "what has been shared from a plan, with whom, when and on what basis")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.add_argument("--out", metavar="FILE", default=None, help="write the report for the person to FILE")

    p = command("trust", "the signed trust bundle verifiers load, and this verifier's trust root")
    tsub = p.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    tp = tsub.add_parser("export", help="sign a new bundle: write DIR/trust-bundle.json and DIR/trust-cover.pdf")
    _global_options(tp, suppress=True)
    tp.add_argument("dir", metavar="DIR")
    tp = tsub.add_parser("fingerprint", help="show the organisation trust root's fingerprint")
    _global_options(tp, suppress=True)
    tp.add_argument("--hex", action="store_true",
                    help="as 64 lower-case hex digits, e.g. for: crisisplan verifier export --root-fingerprint")
    tp = tsub.add_parser("pin", help="set up this verifier to accept bundles signed only by this root "
                                     "(no store or sign-in needed)")
    _global_options(tp, suppress=True)
    tp.add_argument("fingerprint", help="64 hex digits, as printed on the bundle's cover sheet")

    p = command("verifier", "the phone verifier page for responders")
    vsub = p.add_subparsers(dest="verifier_command", metavar="ACTION", required=True)
    vp = vsub.add_parser("export", help="write the verifier page, its files and a handout PDF into DIR")
    _global_options(vp, suppress=True)
    vp.add_argument("dir")
    vp.add_argument("--url", required=True, help="the address where DIR/verifier.html will be published")
    vp.add_argument("--bundle", default=None, metavar="FILE",
                    help="a signed trust bundle (format 2) made elsewhere; default: sign a new one from this store")
    vp.add_argument("--root-fingerprint", default=None, metavar="HEX",
                    help="with --bundle: SHA-256 of the trust root key (64 hex digits); the page is pinned to it")
    vp.add_argument("--police-restriction", default=None, metavar="TEXT",
                    help="the local protocol's statement of what police may not use a card for")

    p = command("key", "the organisation's card-signing keys: rotate, retire, revoke")
    ksub = p.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    kp = ksub.add_parser("rotate", help="make a new signing key the one in use (the old one is retired)")
    kr = ksub.add_parser("retire", help="stop signing with a key; cards it signed until today stay valid")
    kr.add_argument("kid", metavar="KID")
    kr.add_argument("--reason", required=True)
    kv = ksub.add_parser("revoke", help="a key is compromised: every card it signed stops verifying")
    kv.add_argument("kid", metavar="KID")
    kv.add_argument("--reason", required=True)
    for sp in (kp, kr, kv):
        _global_options(sp, suppress=True)
        sp.add_argument("--reissue-to", metavar="DIR", default=None,
                        help="then re-issue every live card with the key in use into DIR (progress shown)")

    p = command("card-revoke", "withdraw an issued card (also: crisisplan card revoke CARD_ID --reason ...)")
    p.add_argument("card_id", metavar="CARD_ID")
    p.add_argument("--reason", required=True)

    p = command("partner", "partner organisations whose cards this organisation accepts (IG lead)")
    psub2 = p.add_subparsers(dest="partner_command", metavar="ACTION", required=True)
    pa = psub2.add_parser("add", help="accept a partner's cards: its signed bundle, checked against its root")
    _global_options(pa, suppress=True)
    pa.add_argument("--name", required=True)
    pa.add_argument("--root", required=True, metavar="FINGERPRINT", help="from the partner's cover sheet")
    pa.add_argument("--bundle", required=True, metavar="FILE", help="the partner's trust-bundle.json")
    pa = psub2.add_parser("list", help="list partner organisations and their keys")
    _global_options(pa, suppress=True)

    p = command("org", "show or set the organisation's name (printed on cards as the issuer)")
    p.add_argument("name", nargs="?")
    p.add_argument("--ods-code", default=None, metavar="CODE",
                   help="the organisation's ODS code (author and custodian of FHIR and NRL records)")

    _fhir_commands(command("fhir", "FHIR R4: export, import, push to a FHIR server, retry queued pushes"))

    p = command("verify", "check a crisis card offline (from a PNG, JPEG or PDF, or --text); a signed PDF's "
                          "signature too")
    p.epilog = VERIFY_EXIT_HELP + "\n" + EXIT_CODE_HELP
    p.add_argument("file", nargs="?")
    p.add_argument("--text", default=None, help="the QR text itself")
    p.add_argument("--trust", default=None, metavar="BUNDLE",
                   help="the signed trust-bundle.json (default: the newest one this verifier holds)")
    p.add_argument("--root", default=None, metavar="FINGERPRINT",
                   help="the organisation trust root's fingerprint (default: the one pinned with trust pin)")
    p.add_argument("--viewer", default=None, choices=["police", "ambulance", "emergency_department", "other"],
                   help="who is looking (remembered)")
    p.add_argument("--today", default=None, metavar="YYYY-MM-DD", help="check as on this date")
    return parser
