"""Subcommands about plans: list, show, history, import, export-json, schema, demo."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from pathlib import Path

from crisisplan.cli.context import sign_in
from crisisplan.cli.io import ExitCode, UsageError, read_input_file
from crisisplan.forms.schema import plan_json_schema
from crisisplan.services import plans as plan_service
from crisisplan.services.atomic import write_text_atomic
from crisisplan.services.plan_text import plan_as_text

MAX_IMPORT_BYTES = 50 * 1024 * 1024


def cmd_list(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    review_before = date.today() + timedelta(days=28) if args.review_due else None
    with sign_in(args) as session:
        rows = plan_service.list_plans(
            session, search=args.search, status=args.status, review_before=review_before, limit=args.limit
        )
        total = plan_service.count_plans(
            session, search=args.search, status=args.status, review_before=review_before
        )
    if args.json:
        for row in rows:
            print(json.dumps({
                "id": row.plan_id, "name": row.name, "nhs_number": row.nhs_number,
                "date_of_birth": row.date_of_birth, "postcode": row.postcode, "version": row.version,
                "status": row.status, "review_date": row.review_date, "updated_at": row.updated_at,
            }, ensure_ascii=False))
        return ExitCode.OK
    if not rows:
        print("No plans found.")
        return ExitCode.OK
    print(f"{'ID':>6}  {'Name':<32} {'NHS number':<12} {'Born':<10} {'Status':<8} {'Review by':<10} Ver")
    for row in rows:
        print(f"{row.plan_id:>6}  {row.name[:32]:<32} {row.nhs_number or '':<12} "
              f"{row.date_of_birth or '':<10} {row.status:<8} {row.review_date or '':<10} {row.version}")
    if total > len(rows):
        print(f"... {total - len(rows)} more; narrow with --search or raise --limit")
    return ExitCode.OK


def cmd_show(args: argparse.Namespace) -> int:
    with sign_in(args) as session:
        loaded = plan_service.load_plan(session, args.id, args.version)
    print(f"Plan {loaded.plan_id}, version {loaded.version}, saved {loaded.created_at} by {loaded.author}")
    print()
    print(plan_as_text(loaded.plan), end="")
    return ExitCode.OK


def cmd_history(args: argparse.Namespace) -> int:
    with sign_in(args) as session:
        if args.restore is not None:
            saved = plan_service.restore_version(session, args.id, args.restore)
            print(f"Version {args.restore} restored as version {saved.version}.")
            return ExitCode.OK
        if args.compare:
            changes = plan_service.compare_versions(session, args.id, args.compare[0], args.compare[1])
            if not changes:
                print("No differences.")
            for change in changes:
                print(f"{change.label} ({change.path})")
                print(f"  before: {change.before if change.before is not None else '(empty)'}")
                print(f"  after:  {change.after if change.after is not None else '(empty)'}")
            return ExitCode.OK
        versions = plan_service.plan_history(session, args.id)
    print(f"{'Version':>7}  {'Saved (UTC)':<25} {'By':<16} Note")
    for v in versions:
        print(f"{v.version:>7}  {v.created_at:<25} {v.author:<16} {v.note or ''}")
    return ExitCode.OK


def cmd_import(args: argparse.Namespace) -> int:
    data = read_input_file(args.file, MAX_IMPORT_BYTES)
    with sign_in(args) as session:
        ids = plan_service.import_plans(session, data, update_existing=args.update_existing)
    print(f"Imported {len(ids)} plan(s): ids {', '.join(map(str, ids))}")
    return ExitCode.OK


def cmd_export_json(args: argparse.Namespace) -> int:
    with sign_in(args) as session:
        text = plan_service.export_plans(session, [args.id])
    if args.out:
        out = Path(args.out)
        write_text_atomic(out, text)
        print(f"Wrote {out}")
    else:
        print(text)
    return ExitCode.OK


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(plan_json_schema(), indent=2, ensure_ascii=False))
    return ExitCode.OK


def cmd_demo(args: argparse.Namespace) -> int:
    from crisisplan.services.demo import generate_plans

    if not 1 <= args.count <= 100_000:
        raise UsageError("--count must be between 1 and 100000")
    with sign_in(args) as session:
        first = plan_service.count_plans(session)
        with session.store.transaction():
            for plan in generate_plans(args.count, seed=args.seed + first):
                plan_service.save_plan(session, plan, note="demo")
    print(f"Added {args.count} fictional demo plan(s).")
    return ExitCode.OK
