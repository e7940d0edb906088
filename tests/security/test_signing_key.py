"""SEC-01: a user without card-issuing rights never obtains a signing key."""

from __future__ import annotations

import contextlib

from crisisplan.export.cose import decode_sign1, sign1, verify_sign1
from crisisplan.export.keys import KeyFormatError, key_id, private_key_from_bytes, public_key_from_b64
from tests.security.conftest import PASSPHRASES, Practice
from tests.security.insider import insider_db, slot_keys


def _private_keys_an_insider_can_make(practice: Practice, username: str,
                                      table: str = "signing_keys") -> list[tuple[bytes, str]]:
    """(DER private key, public key b64) pairs the user obtains from the database with every key
    their own slot holds, trying the store's own unsealing helper on each sealed column."""
    held = [k for keys in slot_keys(practice.data_dir, username, PASSPHRASES[username]).values() for k in keys]
    with insider_db(practice.data_dir, username, PASSPHRASES[username]) as conn:
        rows = [(bytes(r[0]), str(r[1])) for r in conn.execute(f"SELECT private_key, public_key FROM {table}")]
    found: list[tuple[bytes, str]] = []
    for blob, public in rows:
        candidates = [blob]
        with contextlib.suppress(ImportError):
            from crisisplan.store.sealing import try_open_with

            candidates += [c for c in (try_open_with(k, blob) for k in held) if c is not None]
        for candidate in candidates:
            with contextlib.suppress(KeyFormatError, ValueError):
                private_key_from_bytes(candidate)
                found.append((candidate, public))
    return found


def test_readonly_user_cannot_unseal_the_signing_key_and_sign_a_card(practice: Practice) -> None:
    for username in ("rita", "adam"):
        forged = []
        for der, public in _private_keys_an_insider_can_make(practice, username):
            private = private_key_from_bytes(der)
            message = decode_sign1(sign1(b"a card that says anything", private, key_id(private.public_key())))
            if verify_sign1(message, public_key_from_b64(public)):
                forged.append(username)
        assert forged == [], f"{username} signed a card that verifies with the organisation's key"


def test_a_clinician_still_holds_the_signing_key(practice: Practice) -> None:
    """The control, not the attack: the same steps work for a user who issues cards."""
    assert _private_keys_an_insider_can_make(practice, "carl")


def _make_trust_root(practice: Practice) -> None:
    from crisisplan.services import trust
    from crisisplan.services.session import open_session

    with open_session(practice.data_dir, "carl", PASSPHRASES["carl"]) as session:
        trust.ensure_trust_root(session)


def test_readonly_and_reception_cannot_unseal_the_trust_root(practice: Practice) -> None:
    """With the root key an insider could sign a trust bundle that adds their own card key."""
    _make_trust_root(practice)
    for username in ("rita", "adam"):
        assert _private_keys_an_insider_can_make(practice, username, "trust_root") == [], username
    assert _private_keys_an_insider_can_make(practice, "carl", "trust_root")  # the control
