"""Subcommands for administrators: init, user, backup, restore, verify-audit."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from crisisplan.cli.context import data_dir_of, sign_in
from crisisplan.cli.io import (
    PASSPHRASE_ENV,
    ExitCode,
    UsageError,
    new_passphrase,
    passphrase_from_env_or_prompt,
    recovery_key_from_env_or_prompt,
    username_from,
)
from crisisplan.forms.roles import Permission, Role
from crisisplan.services import admin
from crisisplan.services.errors import AuditChainError
from crisisplan.services.protocols import ensure_signing_key, set_organisation_name
from crisisplan.services.session import create_store, open_recovery_session


def cmd_init(args: argparse.Namespace) -> int:
    data_dir = data_dir_of(args)
    user = username_from(getattr(args, "user", None), demo=False)
    if os.environ.get(PASSPHRASE_ENV) is not None:
        passphrase = os.environ[PASSPHRASE_ENV]
    else:
        passphrase = new_passphrase(user)
    admin.check_passphrase_strength(passphrase, (user,))
    roles = args.roles or [Role.ADMIN.value, Role.CLINICIAN.value]
    print("Measuring this PC's speed to set the key-derivation cost (about a second)...")
    session, recovery_key = create_store(data_dir, user, args.display_name or user, passphrase, roles)
    with session:
        if args.organisation and session.can(Permission.MANAGE_KEYS):
            set_organisation_name(session, args.organisation)
        kid = ensure_signing_key(session)
        root = session.store.sharing.trust_root()
    print(f"Created a new encrypted store in {data_dir}")
    print(f"First user: {user} (roles: {', '.join(roles)})")
    print(f"Card-signing key {kid} created; the private key never leaves the encrypted store.")
    if root is not None:
        from crisisplan.export.signed_trust import show_fingerprint

        print(f"Organisation trust root fingerprint: {show_fingerprint(root.fingerprint)}")
    print()
    print("RECOVERY KEY (shown once; print it or write it down and keep it locked away):")
    print()
    print(f"    {recovery_key}")
    print()
    print("It opens the store if every passphrase is lost: crisisplan user passwd NAME --recovery-key")
    return ExitCode.OK


def cmd_user(args: argparse.Namespace) -> int:
    action = args.user_command
    if action == "passwd" and args.recovery_key:
        target = args.name
        if not target:
            raise UsageError("name the user whose passphrase to reset: user passwd NAME --recovery-key")
        session = open_recovery_session(data_dir_of(args), recovery_key_from_env_or_prompt())
        with session:
            admin.change_passphrase(session, target, new_passphrase(target))
        print(f"Passphrase for {target} changed.")
        return ExitCode.OK
    with sign_in(args) as session:
        if action == "add":
            record = admin.add_user(session, args.name, args.display_name or args.name, args.roles,
                                    new_passphrase(args.name))
            print(f"Added user {record.username} (roles: {', '.join(record.roles)})")
        elif action == "list":
            users = admin.list_users(session)
            if args.json:
                for u in users:
                    print(json.dumps({"username": u.username, "display_name": u.display_name,
                                      "roles": list(u.roles), "created_at": u.created_at}))
            else:
                for u in users:
                    print(f"{u.username:<20} {', '.join(u.roles):<28} {u.display_name}")
        elif action == "remove":
            admin.remove_user(session, args.name, progress=_progress)
            print(f"Removed user {args.name}; the store's keys were changed so their old key file opens "
                  "nothing stored from now on.")
        elif action == "passwd":
            target = args.name or session.username
            admin.change_passphrase(session, target, new_passphrase(target), rotate=args.rotate,
                                    progress=_progress)
            print(f"Passphrase for {target} changed." + (" The store's keys were changed too." if args.rotate else ""))
        elif action == "roles":
            admin.set_roles(session, args.name, args.roles, progress=_progress)
            print(f"Roles of {args.name} set to {', '.join(args.roles)}.")
    return ExitCode.OK


def cmd_backup(args: argparse.Namespace) -> int:
    with sign_in(args) as session:
        info = admin.backup(session, Path(args.file))
    print(f"Backup written and verified: {args.file} ({info.plan_count} plans, {info.audit_count} audit entries)")
    return ExitCode.OK


def _count_progress(done: int, total: int) -> None:
    print(f"  checked {done:,} of {total:,} entries", file=sys.stderr, flush=True)


def _progress(step: str) -> None:
    print(f"  {step}", file=sys.stderr, flush=True)


def cmd_recovery_key(args: argparse.Namespace) -> int:
    with sign_in(args) as session:
        key = admin.new_recovery_key(session, progress=_progress)
    print("NEW RECOVERY KEY (shown once; the old recovery key no longer works):")
    print()
    print(f"    {key}")
    print()
    print("Print it or write it down, keep it locked away, and make a new backup now.")
    return ExitCode.OK


def cmd_restore(args: argparse.Namespace) -> int:
    if args.recovery_key:
        info = admin.restore_with_recovery_key(data_dir_of(args), Path(args.file), recovery_key_from_env_or_prompt(),
                                               replace_other_store=args.replace_with_other_store)
        print(f"Restored {info.plan_count} plans from {args.file} with the recovery key. "
              "Set a new passphrase for each user now (crisisplan user passwd NAME --recovery-key).")
        return ExitCode.OK
    demo = bool(getattr(args, "demo", False))
    user = username_from(getattr(args, "user", None), demo)
    passphrase = passphrase_from_env_or_prompt(demo)
    info = admin.restore(data_dir_of(args), Path(args.file), user, passphrase,
                         replace_other_store=args.replace_with_other_store)
    print(f"Restored {info.plan_count} plans from {args.file}.")
    return ExitCode.OK


def _about(user: str) -> str:
    return "the hash chain" if not user else f"{user} (entries in their name, their key)"


def cmd_verify_audit(args: argparse.Namespace) -> int:
    with sign_in(args) as session:
        result = admin.verify_audit(session, full=args.full, progress=_count_progress)
    if result.ok:
        scope = "from the first entry" if args.full else "since the newest signed checkpoint"
        print(f"Audit log intact: {result.count} entries, hash chain and signatures verified {scope}.")
    else:
        print(f"AUDIT LOG DAMAGED: {len(result.problems)} problem(s) in {result.count} entries")
        for user, problems in result.by_user.items():
            print(f"  {_about(user)}:")
            for problem in problems:
                print(f"    {problem}")
    for title, lines in (("Checkpoints in the key file", result.checkpoints), ("Notes", result.notes)):
        if lines:
            print(f"{title}:")
            for line in lines:
                print(f"  {line}")
    if result.ok:
        return ExitCode.OK
    raise AuditChainError("The audit log does not verify: entries were changed or removed, or written in "
                          "someone else's name.")
