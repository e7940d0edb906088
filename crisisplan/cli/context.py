"""Resolving the data folder and signing in, shared by every subcommand."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crisisplan.cli.io import DEMO_PASSPHRASE, DEMO_USER, passphrase_from_env_or_prompt, username_from
from crisisplan.paths import default_data_dir, demo_data_dir
from crisisplan.services.session import Session, create_store, open_session, store_exists

DEMO_PLAN_COUNT = 40
DEMO_ORGANISATION = "Demo Community Mental Health Team (fictional)"


def data_dir_of(args: argparse.Namespace) -> Path:
    if getattr(args, "data_dir", None):
        return Path(args.data_dir).expanduser()
    if getattr(args, "demo", False):
        return demo_data_dir()
    return default_data_dir()


def ensure_demo_store(data_dir: Path) -> None:
    """Create the demo store of fictional people the first time it is asked for."""
    if store_exists(data_dir):
        return
    from crisisplan.services.demo import generate_plans
    from crisisplan.services.plans import save_plan

    session, _recovery = create_store(data_dir, DEMO_USER, "Demo User", DEMO_PASSPHRASE, demo=True)
    with session:
        from crisisplan.services.protocols import ensure_signing_key, set_organisation_name

        set_organisation_name(session, DEMO_ORGANISATION)
        ensure_signing_key(session)
        with session.store.transaction():
            for plan in generate_plans(DEMO_PLAN_COUNT, seed=2014):
                save_plan(session, plan)
    print(f"Created the demo store of fictional people in {data_dir}")
    print(f'Demo sign-in: user "{DEMO_USER}", passphrase "{DEMO_PASSPHRASE}"')


def sign_in(args: argparse.Namespace) -> Session:
    demo = bool(getattr(args, "demo", False))
    data_dir = data_dir_of(args)
    if demo:
        ensure_demo_store(data_dir)
    user = username_from(getattr(args, "user", None), demo)
    passphrase = passphrase_from_env_or_prompt(demo)
    session = open_session(data_dir, user, passphrase)
    for warning in session.store.warnings:  # SEC-03: said plainly, every time it is found
        print(f"WARNING: {warning}", file=sys.stderr)
    return session
