"""Command-line plumbing: exit codes, credentials, and writing output."""

from __future__ import annotations

import getpass
import os
import sys
from enum import IntEnum
from typing import TextIO

PASSPHRASE_ENV = "CRISISPLAN_PASSPHRASE"  # noqa: S105 - the name of a variable, not a secret
NEW_PASSPHRASE_ENV = "CRISISPLAN_NEW_PASSPHRASE"  # noqa: S105
USER_ENV = "CRISISPLAN_USER"
RECOVERY_KEY_ENV = "CRISISPLAN_RECOVERY_KEY"

DEMO_USER = "demo"
DEMO_PASSPHRASE = "demo passphrase (fictional data only)"  # noqa: S105 - demo store of fictional people


class ExitCode(IntEnum):
    OK = 0
    INTERNAL_ERROR = 1
    USAGE = 2
    CREDENTIALS = 3
    INVALID_INPUT = 4
    STORAGE = 5
    NOT_FOUND = 6
    PERMISSION = 7
    INTEGRITY = 8
    CONFLICT = 9


EXIT_CODE_HELP = """exit codes:
  0  success
  1  internal error (a bug: please report it)
  2  usage error (wrong command or options, or no credentials given)
  3  wrong user name, passphrase or recovery key (or too many attempts: wait and retry)
  4  invalid input (a file or value was refused; nothing was changed)
  5  storage failure (store missing, damaged, busy, disk full or read-only; nothing was saved)
  6  not found (no plan or user with that id)
  7  permission denied (your role does not allow it)
  8  integrity check failed (audit chain or backup verification)
  9  conflict (someone else saved first, or the thing already exists)
"""

VERIFY_EXIT_HELP = """verify exit codes:
  0  valid
 10  valid but review overdue
 11  superseded or revoked (the card, or the key that signed it)
 12  unknown issuer
 13  tampered or damaged (a card, or a signed PDF changed after signing)
 14  not a crisis card
 15  issued for another service (--viewer)
 16  no code could be read (rescan with more light, or closer)
 17  expired (older than the protocol's maximum card lifetime)
 18  the file is too complex to check (memory or time limits)
  4  the file or trust bundle could not be read, or the bundle is not signed by the pinned root
"""


class UsageError(Exception):
    """Bad command-line usage; shown with exit code 2."""


def err(message: str, stream: TextIO | None = None) -> None:
    print(f"crisisplan: {message}", file=stream or sys.stderr)


def username_from(args_user: str | None, demo: bool) -> str:
    user = args_user or os.environ.get(USER_ENV)
    if user:
        return user
    if demo:
        return DEMO_USER
    if sys.stdin is not None and sys.stdin.isatty():
        user = input("User name: ").strip()
        if user:
            return user
    raise UsageError(f"no user given: use --user NAME or set {USER_ENV}")


def _prompt_secret(prompt: str) -> str:
    if sys.stdin is None or not sys.stdin.isatty():
        raise UsageError(f"no passphrase given: set {PASSPHRASE_ENV} or run in a terminal")
    return getpass.getpass(prompt)


def passphrase_from_env_or_prompt(demo: bool, prompt: str = "Passphrase: ") -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value is not None:
        return value
    if demo:
        return DEMO_PASSPHRASE
    return _prompt_secret(prompt)


def new_passphrase(prompt_for: str) -> str:
    """A new passphrase: from CRISISPLAN_NEW_PASSPHRASE, else asked twice at a hidden prompt."""
    value = os.environ.get(NEW_PASSPHRASE_ENV)
    if value is not None:
        return value
    first = _prompt_secret(f"New passphrase for {prompt_for}: ")
    second = _prompt_secret("Type it again: ")
    if first != second:
        raise UsageError("the two passphrases were different; nothing was changed")
    return first


def recovery_key_from_env_or_prompt() -> str:
    value = os.environ.get(RECOVERY_KEY_ENV)
    if value is not None:
        return value
    return _prompt_secret("Recovery key: ")


def read_input_file(name: str, max_bytes: int = 50 * 1024 * 1024) -> bytes:
    """The bytes of a file named on the command line, or a UsageError that says plainly why not."""
    from pathlib import Path

    from crisisplan.bounded import InputTooLargeError, read_bounded

    path = Path(name)
    try:
        return read_bounded(path, max_bytes)
    except InputTooLargeError:
        raise UsageError(f"{path.name} is larger than {max_bytes // (1024 * 1024)} MB") from None
    except OSError as exc:
        raise UsageError(f"cannot read {path.name}: {exc.strerror or 'unreadable'}") from None
