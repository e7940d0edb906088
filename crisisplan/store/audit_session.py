"""The signed-in user's audit key for the session (SEC-03): opened from their slot, or created at
their first sign-in with signed audit (a user or store from before), and checked against the
directory."""

from __future__ import annotations

from dataclasses import replace

from . import audit_checkpoint as checkpoints
from .audit import AuditLog
from .audit_keys import KEY_ACTION, b64, intro_detail, new_box, new_private, public_of, set_directory
from .audit_sign import Signer
from .database import Connection, transaction
from .errors import mapped_errors
from .keyring import Keyring
from .keys import USER


def establish_signer(conn: Connection, keyring: Keyring, audit: AuditLog, username: str,
                     kek: bytes | None, private: bytes | None) -> tuple[bool, list[str]]:
    """Give `audit` the user's signer. Returns (introduced now, warnings for the user).

    A slot without an audit key gets one now (sealed under the slot's passphrase-derived key `kek`),
    introduced by an entry the new key signs; the slot, with the user's first checkpoint (of the log
    as committed before this sign-in), is written just before the commit, so a kill leaves either no
    key (made again next time) or a key not yet in the directory (introduced next time, its checkpoint
    verified with the slot's key meanwhile) and never a signed entry without a checkpoint. A
    directory key that is not the slot's is reported, never "repaired"."""
    with mapped_errors():
        row = conn.execute("SELECT audit_key FROM users WHERE username = ?", (username,)).fetchone()
    listed = None if row is None or row[0] is None else str(row[0])
    if private is None:
        if kek is None:
            return False, []
        private = new_private()
        slot = keyring.load().find(USER, username)
        if slot is None:
            return False, []
        boxed = replace(slot, audit_key=new_box(kek, keyring.store_id, USER, username, private))
    else:
        boxed = None
    signer = Signer(username, private, keyring.store_id)
    if listed is not None and boxed is None:
        audit.signer = signer
        if listed != b64(signer.public):
            return False, ["Your audit signing key in the directory is not the one your key slot holds: it was "
                           "replaced in the database. Your entries are signed with your own key; verify-audit "
                           "names the replacement. Tell your information-governance lead."]
        return False, []
    warnings = [] if listed is None else [
        "The directory held an audit signing key for you although your key slot had none: someone put it "
        "there. Your own key replaces it now; verify-audit names both. Tell your information-governance lead."]
    before = None
    try:
        with transaction(conn):
            count, head = AuditLog.head(conn)  # committed: a first checkpoint is never ahead of the database
            set_directory(conn, username, public_of(private))
            audit.signer = signer
            audit.append(KEY_ACTION, detail=intro_detail(username, signer.public, "first sign-in with signed audit"))
            before = keyring.read_raw()
            slots = keyring.load() if boxed is None else keyring.load().with_slot(boxed)
            keyring.save(checkpoints.with_first(slots, signer, count, head))  # one write, just before the commit
    except BaseException:
        audit.signer = None
        if before is not None:
            keyring.write_raw(before)
        raise
    return True, warnings
