"""crisisplan.store: the encrypted, multi-user local store (SQLCipher). ALL SQL lives here."""

from .audit import AuditEntry, AuditLog, AuditVerification
from .backup import restore_backup
from .backup_format import BackupHeader, BackupInfo, RestoreInfo, read_backup_info
from .database import PINNED_SQLCIPHER, check_sqlcipher
from .drafts import DraftRepository, MetaRepository
from .errors import (
    AuditChainError,
    BackupError,
    ConflictError,
    DamagedStoreError,
    InvalidInputError,
    KeyNotHeldError,
    NotAStoreError,
    NotFoundError,
    NotSavedError,
    StoreBusyError,
    StoreError,
    StoreExistsError,
    TooManyAttemptsError,
    UnsupportedSqlcipherError,
    WrongCredentialsError,
)
from .keys import MIN_ITERATIONS, calibrate_kdf_iterations, time_kdf
from .model import Actor, IndexFields, PlanSummary, PlanVersion, UserRecord, VersionInfo
from .plans import PlanRepository
from .store import Store
from .users import UserRepository

__all__ = [
    "MIN_ITERATIONS",
    "PINNED_SQLCIPHER",
    "Actor",
    "AuditChainError",
    "AuditEntry",
    "AuditLog",
    "AuditVerification",
    "BackupError",
    "BackupHeader",
    "BackupInfo",
    "ConflictError",
    "DamagedStoreError",
    "DraftRepository",
    "IndexFields",
    "InvalidInputError",
    "KeyNotHeldError",
    "MetaRepository",
    "NotAStoreError",
    "NotFoundError",
    "NotSavedError",
    "PlanRepository",
    "PlanSummary",
    "PlanVersion",
    "RestoreInfo",
    "Store",
    "StoreBusyError",
    "StoreError",
    "StoreExistsError",
    "TooManyAttemptsError",
    "UnsupportedSqlcipherError",
    "UserRecord",
    "UserRepository",
    "VersionInfo",
    "WrongCredentialsError",
    "calibrate_kdf_iterations",
    "check_sqlcipher",
    "read_backup_info",
    "restore_backup",
    "time_kdf",
]
