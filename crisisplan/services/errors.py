"""The errors that use cases raise, in one place, so the UI and the command line can tell them apart
without importing the store. Every message is plain English and free of clinical data."""

from __future__ import annotations

from crisisplan.export.qr_errors import QrReadError
from crisisplan.export.trust import TrustBundleError
from crisisplan.forms.problems import PlanInputError
from crisisplan.sharing.protocol import ProtocolError
from crisisplan.store.errors import (
    AuditChainError,
    BackupError,
    ConflictError,
    DamagedStoreError,
    InvalidInputError,
    NotAStoreError,
    NotFoundError,
    NotSavedError,
    OtherStoreBackupError,
    StoreBusyError,
    StoreError,
    StoreExistsError,
    StoreRestoredError,
    TooManyAttemptsError,
    UnsupportedSqlcipherError,
    WrongCredentialsError,
)


class ServiceError(Exception):
    """A use case refused or failed for a reason the user can act on."""


class PermissionDenied(ServiceError):
    """The signed-in user's roles do not allow this action (AUD-03)."""


class InvalidRequest(ServiceError):
    """The request itself is malformed (e.g. comparing a version that does not exist)."""


__all__ = [
    "AuditChainError",
    "BackupError",
    "ConflictError",
    "DamagedStoreError",
    "InvalidInputError",
    "InvalidRequest",
    "NotAStoreError",
    "NotFoundError",
    "NotSavedError",
    "OtherStoreBackupError",
    "PermissionDenied",
    "PlanInputError",
    "ProtocolError",
    "QrReadError",
    "ServiceError",
    "StoreBusyError",
    "StoreError",
    "StoreExistsError",
    "StoreRestoredError",
    "TooManyAttemptsError",
    "TrustBundleError",
    "UnsupportedSqlcipherError",
    "WrongCredentialsError",
]
