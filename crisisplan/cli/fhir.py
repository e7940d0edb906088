"""`crisisplan fhir export|import|push|retry`."""

from __future__ import annotations

import argparse
from pathlib import Path

from crisisplan.cli.context import sign_in
from crisisplan.cli.io import ExitCode, UsageError, err
from crisisplan.fhir.files import read_bounded
from crisisplan.fhir.reader import MAX_FHIR_BYTES
from crisisplan.services import fhir as fhir_service
from crisisplan.services import fhir_push
from crisisplan.services.atomic import write_text_atomic

MAX_SUMMARY_BYTES = 20 * 1024 * 1024


def _report(outcomes: list[fhir_push.PushOutcome]) -> int:
    failed = 0
    for outcome in outcomes:
        if outcome.sent:
            print(outcome.message)
        else:
            failed += 1
            err(f"Plan {outcome.plan_id}: {outcome.message}")
    if failed:
        err(f"{failed} of {len(outcomes)} plan(s) not sent; nothing was recorded as sent for them.")
        return ExitCode.STORAGE if any(o.queued for o in outcomes) else ExitCode.INVALID_INPUT
    return ExitCode.OK


def cmd_fhir(args: argparse.Namespace) -> int:
    action = args.fhir_command
    if action == "import":
        data = read_bounded(Path(args.file), MAX_FHIR_BYTES)
        with sign_in(args) as session:
            done = fhir_service.import_fhir(session, data, update=args.update)
        what = "Updated" if done.updated else "Imported"
        print(f"{what} plan {done.plan_id} (version {done.version}).")
        return ExitCode.OK
    with sign_in(args) as session:
        if action == "export":
            if bool(args.pointer) != bool(args.summary):
                raise UsageError("--pointer and --summary go together")
            pointer = None
            if args.pointer:  # checked first (a signed summary): a refused summary writes nothing
                summary = read_bounded(Path(args.summary), MAX_SUMMARY_BYTES)
                pointer = fhir_service.export_pointer(session, args.id, summary)
            text = fhir_service.export_fhir(session, args.id)
            write_text_atomic(Path(args.out), text)
            print(f"Wrote {args.out}")
            if pointer is not None:
                write_text_atomic(Path(args.pointer), pointer)
                print(f"Wrote {args.pointer}")
            return ExitCode.OK
        if action == "push":
            pdf = read_bounded(Path(args.summary), MAX_SUMMARY_BYTES) if args.summary else None
            return _report(fhir_push.push_plans(session, args.ids, args.server, reason=args.reason, pdf=pdf,
                                                timeout=args.timeout))
        outcomes = fhir_push.retry_queue(session, timeout=args.timeout)
        if not outcomes:
            print("Nothing is waiting to be sent.")
            return ExitCode.OK
        return _report(outcomes)
