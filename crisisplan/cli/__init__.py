"""`crisisplan SUBCOMMAND`: the same services as the desktop app, for administrators' scripts and
acceptance checks. With no subcommand it starts the desktop app."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from crisisplan import __version__
from crisisplan.cli.io import ExitCode, UsageError, err
from crisisplan.cli.parser import build_parser
from crisisplan.services import errors as e

Handler = Callable[[argparse.Namespace], int]

# Subcommand -> "module:function", imported only when used so each command starts quickly.
HANDLERS: dict[str, str] = {
    "init": "admin:cmd_init",
    "user": "admin:cmd_user",
    "backup": "admin:cmd_backup",
    "restore": "admin:cmd_restore",
    "recovery-key": "admin:cmd_recovery_key",
    "verify-audit": "admin:cmd_verify_audit",
    "list": "plans:cmd_list",
    "show": "plans:cmd_show",
    "history": "plans:cmd_history",
    "import": "plans:cmd_import",
    "export-json": "plans:cmd_export_json",
    "schema": "plans:cmd_schema",
    "demo": "plans:cmd_demo",
    "protocol": "sharing:cmd_protocol",
    "consent": "sharing:cmd_consent",
    "card": "sharing:cmd_card",
    "person-copy": "sharing:cmd_person_copy",
    "ledger": "sharing:cmd_ledger",
    "trust": "trust:cmd_trust",
    "key": "trust:cmd_key",
    "card-revoke": "trust:cmd_card_revoke",
    "partner": "trust:cmd_partner",
    "labels": "labels:cmd_labels",
    "org": "sharing:cmd_org",
    "verify": "trust:cmd_verify",
    "fhir": "fhir:cmd_fhir",
    "verifier": "verifier:cmd_verifier",
}


def handler_for(command: str) -> Handler:
    module_name, function = HANDLERS[command].split(":")
    module = importlib.import_module(f"crisisplan.cli.{module_name}")
    handler: Handler = getattr(module, function)
    return handler

# Most specific first: the first matching class decides the exit code.
ERROR_CODES: list[tuple[type[BaseException], ExitCode]] = [
    (UsageError, ExitCode.USAGE),
    (e.WrongCredentialsError, ExitCode.CREDENTIALS),
    (e.PermissionDenied, ExitCode.PERMISSION),
    (e.PlanInputError, ExitCode.INVALID_INPUT),
    (e.ProtocolError, ExitCode.INVALID_INPUT),
    (e.TrustBundleError, ExitCode.INVALID_INPUT),
    (e.QrReadError, ExitCode.INVALID_INPUT),
    (e.InvalidInputError, ExitCode.INVALID_INPUT),
    (e.InvalidRequest, ExitCode.INVALID_INPUT),
    (e.NotFoundError, ExitCode.NOT_FOUND),
    (e.ConflictError, ExitCode.CONFLICT),
    (e.StoreExistsError, ExitCode.CONFLICT),
    (e.AuditChainError, ExitCode.INTEGRITY),
    (e.BackupError, ExitCode.INTEGRITY),
    (e.StoreError, ExitCode.STORAGE),
    (e.ServiceError, ExitCode.INVALID_INPUT),
]


def exit_code_for(exc: BaseException) -> ExitCode | None:
    for kind, code in ERROR_CODES:
        if isinstance(exc, kind):
            return code
    return None


def _describe(exc: BaseException) -> str:
    if isinstance(exc, e.ProtocolError):
        lines = ["The protocol file was refused; nothing was changed."]
        return "\n".join(lines + [f"  {p}" for p in exc.problems[:50]])
    if isinstance(exc, e.PlanInputError):
        lines = [str(exc)] + [f"  {p.path}: {p.message}" for p in exc.problems[:50]]
        if len(exc.problems) > 50:
            lines.append(f"  ... and {len(exc.problems) - 50} more")
        return "\n".join(lines)
    return str(exc)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print(f"crisisplan {__version__}")
        return ExitCode.OK
    if args.self_test or args.self_test_qt or args.self_test_qt_native:
        from crisisplan.cli.selftest import cmd_self_test

        return cmd_self_test(args)
    if args.command is None:
        from crisisplan.app import run_desktop

        return run_desktop(args)
    try:
        return handler_for(args.command)(args)
    except BrokenPipeError:
        # Output piped into `head` or similar: stop quietly, as other command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.OK
    except KeyboardInterrupt:
        err("interrupted; nothing further was changed")
        return ExitCode.USAGE
    except Exception as exc:  # every error gets a clear message and a distinct exit code
        code = exit_code_for(exc)
        if code is None:
            # A bug. Say so plainly; never print the exception text, which could carry data.
            err(f"internal error ({type(exc).__name__}); nothing further was changed. Please report it.")
            return ExitCode.INTERNAL_ERROR
        err(_describe(exc))
        return code


if __name__ == "__main__":
    sys.exit(main())
