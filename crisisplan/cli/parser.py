"""The argument parser: every subcommand, its options and its help."""

from __future__ import annotations

import argparse

from crisisplan.cli.io import EXIT_CODE_HELP, VERIFY_EXIT_HELP

DESCRIPTION = """crisisplan: joint crisis plans and "need to know" sharing.

With no subcommand, starts the desktop app. The passphrase comes from CRISISPLAN_PASSPHRASE when
set, otherwise a hidden prompt; the user from --user or CRISISPLAN_USER. The data folder is the
platform's user data folder unless --data-dir or CRISISPLAN_DATA_DIR says otherwise; --demo uses a
separate demo store of fictional people (created on first use)."""


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    up = usub.add_parser("roles", help="set a user's roles")
    _global_options(up, suppress=True)
    up.add_argument("name")
    up.add_argument("--role", action="append", dest="roles", metavar="ROLE", required=True)

    p = command("import", "import plans from a JSON export file (all or nothing)")
    p.add_argument("file")

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

    command("recovery-key", "make a new recovery key (shown once; the old one stops working)")

    command("verify-audit", "check the audit log's hash chain")

    p = command("protocol", "local information-sharing protocols: list, show, import, use")
    psub = p.add_subparsers(dest="protocol_command", metavar="ACTION", required=True)
    pp = psub.add_parser("list", help="list the protocols (* marks the one in use)")
    _global_options(pp, suppress=True)
    pp = psub.add_parser("show", help="show a protocol (default: the one in use)")
    _global_options(pp, suppress=True)
    pp.add_argument("id", nargs="?")
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
    cp.add_argument("--status", required=True, choices=["given", "refused", "not_asked"])
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

    p = command("trust", "export the trust bundle that verifiers load")
    tsub = p.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    tp = tsub.add_parser("export", help="write the trust bundle file")
    _global_options(tp, suppress=True)
    tp.add_argument("file")

    p = command("key", "the organisation's card-signing key")
    ksub = p.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    kp = ksub.add_parser("rotate", help="make a new signing key the one in use")
    _global_options(kp, suppress=True)
    kp.add_argument("--reissue-to", metavar="DIR", default=None,
                    help="then re-issue every live card with the new key into DIR (progress shown)")

    p = command("org", "show or set the organisation's name (printed on cards as the issuer)")
    p.add_argument("name", nargs="?")

    p = command("verify", "check a crisis card offline (from a PNG, JPEG or PDF, or --text)")
    p.epilog = VERIFY_EXIT_HELP + "\n" + EXIT_CODE_HELP
    p.add_argument("file", nargs="?")
    p.add_argument("--text", default=None, help="the QR text itself")
    p.add_argument("--trust", required=True, metavar="BUNDLE", help="the trust bundle file")
    p.add_argument("--today", default=None, metavar="YYYY-MM-DD", help="check as on this date")
    return parser
