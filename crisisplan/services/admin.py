"""Administration use cases: users and roles, backup and restore, the audit log."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from zxcvbn import zxcvbn

from crisisplan.forms.roles import Permission, parse_role, permissions_for
from crisisplan.i18n import QT_TRANSLATE_NOOP, message_of
from crisisplan.services.errors import ConflictError, InvalidRequest, PermissionDenied
from crisisplan.services.session import Session, workstation_name
from crisisplan.store import AuditEntry, AuditVerification, BackupInfo, KeyNotHeldError, RestoreInfo, UserRecord
from crisisplan.store import restore_backup as _restore_backup

MIN_PASSPHRASE_LENGTH = 10
MIN_PASSPHRASE_SCORE = 3
"""zxcvbn's score (0-4): 3 is "safely unguessable: moderate protection from an offline attack"."""
_SCORED_CHARACTERS = 72  # zxcvbn's own limit; a longer passphrase is judged on its first 72
RECOVERY_USER = "recovery"
"""The pseudo-user a recovery-key sign-in acts as (reset passphrases, restore; no clinical access)."""


def passphrase_score(passphrase: str, user_inputs: Sequence[str] = ()) -> tuple[int, str]:
    """(score 0-4, advice) for a new passphrase, by the zxcvbn estimator (dictionaries, common
    passwords, repeats, sequences, keyboard patterns), not by length alone. `user_inputs` (the
    username, the organisation) count as easy to guess. The advice never repeats the passphrase."""
    if not passphrase.strip():
        return 0, "A passphrase of spaces only is easy to guess."
    result = zxcvbn(passphrase[:_SCORED_CHARACTERS], user_inputs=[u for u in user_inputs if u])
    feedback = result.get("feedback") or {}
    advice = str(feedback.get("warning") or "") or " ".join(str(s) for s in feedback.get("suggestions") or [])
    return int(result["score"]), advice


def check_passphrase_strength(passphrase: str, user_inputs: Sequence[str] = ()) -> None:
    """Refuse passphrases a shared PC's other users could guess: too short, or too easy to guess by
    the estimator ("password123", ten spaces). Used by the desktop app and the command line alike."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidRequest(
            QT_TRANSLATE_NOOP("services", "Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters; a few "
                                          "unrelated words work well.")
            .format(MIN_PASSPHRASE_LENGTH=MIN_PASSPHRASE_LENGTH)
        )
    score, advice = passphrase_score(passphrase, user_inputs)
    if score < MIN_PASSPHRASE_SCORE:
        raise InvalidRequest(
            "That passphrase is too easy to guess. " + (f"{advice.rstrip('.')}. " if advice else "")
            + "Choose three or four unrelated words."
        )


def _roles(roles: Sequence[str]) -> tuple[str, ...]:
    if not roles:
        raise InvalidRequest(QT_TRANSLATE_NOOP("services", "Give the user at least one role."))
    try:
        return tuple(dict.fromkeys(parse_role(r).value for r in roles))
    except ValueError as exc:
        raise InvalidRequest(message_of(exc) or str(exc)) from None


Progress = Callable[[str], None]


@contextmanager
def _keys_needed() -> Iterator[None]:
    """A grant the acting user's keys cannot make is a permission problem (SEC-02)."""
    try:
        yield
    except KeyNotHeldError as exc:
        raise PermissionDenied(message_of(exc) or str(exc)) from None


def add_user(
    session: Session, username: str, display_name: str, roles: Sequence[str], passphrase: str
) -> UserRecord:
    """Add a user; only a holder of a role's keys can give that role (clinical roles: a clinician)."""
    session.require(Permission.MANAGE_USERS)
    check_passphrase_strength(passphrase, (username, display_name))
    with _keys_needed():
        return session.store.users.add(username, display_name or username, _roles(roles), passphrase)


def list_users(session: Session) -> list[UserRecord]:
    session.require(Permission.MANAGE_USERS)
    return session.store.users.list()


def remove_user(session: Session, username: str, progress: Progress | None = None) -> None:
    """Remove a user, then rotate every key they held and the database key, so their copy of the
    key file opens nothing held now (SEC-04). Keys the acting user does not hold (an administrator
    without clinical access) are rotated at the next sign-in of a holder; so is an interrupted
    rotation."""
    session.require(Permission.MANAGE_USERS)
    if username == session.username:
        raise ConflictError(QT_TRANSLATE_NOOP("services", "You cannot remove yourself. Ask another administrator to "
                                                          "do it."))
    session.store.users.remove(username)
    session.store.rotate_keys(progress, reason=f"user {username} removed")


def set_roles(session: Session, username: str, roles: Sequence[str], progress: Progress | None = None) -> None:
    """Give `username` exactly `roles`. Keys a role taken away needed are rotated (SEC-04): the user
    may have kept a copy of the key file; the acting user rotates those they hold, a holder the rest."""
    session.require(Permission.MANAGE_USERS)
    with _keys_needed():
        session.store.users.set_roles(username, _roles(roles))
    session.store.rotate_keys(progress, reason=f"roles of {username} changed")


def change_passphrase(session: Session, username: str, new_passphrase: str, *, rotate: bool = False,
                      progress: Progress | None = None) -> None:
    """Anyone may change their own passphrase (they proved the old one by signing in);
    changing someone else's needs the manage-users permission (or the recovery key).
    `rotate`: the old passphrase may be known to someone, so rotate every key the user held and the
    database key too (SEC-04)."""
    if username != session.username:
        session.require(Permission.MANAGE_USERS)
    check_passphrase_strength(new_passphrase, (username,))
    session.store.users.change_passphrase(username, new_passphrase, rotate=rotate)
    if rotate:
        session.store.rotate_keys(progress, reason=f"passphrase of {username} changed")


def backup(session: Session, path: Path, progress: Callable[[int, int], None] | None = None) -> BackupInfo:
    """Write and check a backup; `progress(done, 100)` is called as it goes."""
    session.require(Permission.BACKUP)
    return session.store.backup(path, progress)


def restore(data_dir: Path, backup_path: Path, username: str, passphrase: str, *,
            replace_other_store: bool = False) -> RestoreInfo:
    """Replace the store with a verified backup. A bad backup never touches the live store.

    The credentials are those valid in the backup, and that user must hold the restore
    permission there (checked before anything is swapped in). A backup of a different store is
    refused unless `replace_other_store` (SEC-06: a separate, explicit act)."""

    def authorise(roles: tuple[str, ...]) -> None:
        if Permission.RESTORE not in permissions_for(roles):
            raise PermissionDenied(QT_TRANSLATE_NOOP("services", "Your role does not allow you to restore from a "
                                                                 "backup. Ask an administrator to do it."))

    return _restore_backup(data_dir, backup_path, username, passphrase, workstation=workstation_name(),
                           authorise=authorise, replace_other_store=replace_other_store)


def restore_with_recovery_key(data_dir: Path, backup_path: Path, recovery_key: str, *,
                              replace_other_store: bool = False) -> RestoreInfo:
    """Restore with the recovery key that was valid when the backup was made (every passphrase lost)."""
    return _restore_backup(data_dir, backup_path, RECOVERY_USER, recovery_key, workstation=workstation_name(),
                           replace_other_store=replace_other_store)


def new_recovery_key(session: Session, progress: Progress | None = None) -> str:
    """Replace the recovery key and rotate the database key (the old recovery key, with any copy of
    the old key file, stops working). Show the new one once; never store it."""
    session.require(Permission.MANAGE_USERS)
    with _keys_needed():
        return session.store.new_recovery_key(progress)


def verify_audit(session: Session, *, full: bool = False,
                 progress: Callable[[int, int], None] | None = None) -> AuditVerification:
    """Check the audit chain from where it was last found intact (`full`: from the first entry)."""
    session.require(Permission.VERIFY_AUDIT)
    return session.store.verify_audit(full=full, progress=progress)


def audit_entries(session: Session, *, person: int | None = None, limit: int | None = 200) -> list[AuditEntry]:
    session.require(Permission.VIEW_AUDIT)
    return session.store.audit.entries(person=person, limit=limit)
