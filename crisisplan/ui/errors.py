"""Turning exceptions into plain words for the user (never a traceback, never clinical data).

Errors the services raise carry messages written for users (what happened, what to do). Anything
else is a bug: the user gets a calm generic message and the log gets the exception's type and the
code locations only, never its message (which could quote data)."""

from __future__ import annotations

import logging
import traceback

from crisisplan.i18n import message_of
from crisisplan.services.errors import (
    PlanInputError,
    ProtocolError,
    QrReadError,
    ServiceError,
    StoreError,
    TrustBundleError,
)
from crisisplan.ui.i18n import translate, translate_marked

log = logging.getLogger(__name__)

KNOWN_ERRORS: tuple[type[BaseException], ...] = (
    ServiceError, StoreError, PlanInputError, ProtocolError, QrReadError, TrustBundleError,
)


def is_known(exc: BaseException) -> bool:
    return isinstance(exc, KNOWN_ERRORS)


def error_text(exc: BaseException) -> str:
    """The message `exc` was raised with, translated when the layer that raised it marked it
    (crisisplan.i18n.QT_TRANSLATE_NOOP); otherwise as written."""
    message = message_of(exc)
    return translate_marked(message) if message is not None else str(exc)


def describe(exc: BaseException) -> str:
    """What to show the user for `exc`: what happened and what to do next."""
    if is_known(exc):
        return error_text(exc)
    if isinstance(exc, PermissionError):
        return translate("errors", "The file or folder could not be opened: you do not have permission. "
                   "Choose another place, or ask your IT support for access.")
    if isinstance(exc, FileNotFoundError):
        return translate("errors", "The file was not found. It may have been moved or deleted; choose it again.")
    if isinstance(exc, IsADirectoryError):
        return translate("errors", "That is a folder, not a file. Choose a file.")
    if isinstance(exc, OSError):
        reason = exc.strerror or translate("errors", "an input/output error")
        return translate("errors",
                         "The file could not be read or written ({reason}). Check the disk and try again.").format(
            reason=reason)
    log_unexpected(exc)
    return translate("errors", "Something went wrong inside crisisplan ({kind}). Nothing you saved earlier is lost. "
               "Try again; if it happens again, restart crisisplan and tell your IT support."
               ).format(kind=type(exc).__name__)


def log_unexpected(exc: BaseException) -> None:
    """Log a bug: the exception type and where it happened, without its message (no data)."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames))
    log.error("unexpected %s at %s", type(exc).__name__, where or "(no traceback)")
