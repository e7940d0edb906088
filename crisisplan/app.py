"""Composition root of the desktop app: data folder → services → main window."""

from __future__ import annotations

import argparse
import sys

from crisisplan.cli.context import data_dir_of, ensure_demo_store


def run_desktop(args: argparse.Namespace) -> int:
    data_dir = data_dir_of(args)
    demo = bool(getattr(args, "demo", False))
    if demo:
        ensure_demo_store(data_dir)
    from crisisplan.ui.main import start_ui  # Qt is imported only here, never by the CLI

    return start_ui(data_dir, demo=demo, argv=sys.argv[:1])
