"""SEC-02: editing the database or the key file grants no role; only a holder grants clinical access."""

from __future__ import annotations

import json

import pytest

from crisisplan.services import admin
from crisisplan.services.errors import ServiceError
from crisisplan.store import Store, StoreError
from tests.security.conftest import PASSPHRASES, Practice
from tests.security.insider import insider_db


def test_readonly_user_who_edits_their_role_row_gains_nothing(practice: Practice) -> None:
    with insider_db(practice.data_dir, "rita", PASSPHRASES["rita"]) as conn:
        conn.execute("UPDATE users SET roles = ? WHERE username = 'rita'",
                     (json.dumps(["readonly", "clinician", "admin", "gp"]),))
    with Store.open(practice.data_dir, "rita", PASSPHRASES["rita"]) as store:
        assert store.actor.roles == ("readonly",)


def test_reception_who_edits_their_role_row_gains_no_clinical_role(practice: Practice) -> None:
    with insider_db(practice.data_dir, "adam", PASSPHRASES["adam"]) as conn:
        conn.execute("UPDATE users SET roles = ? WHERE username = 'adam'",
                     (json.dumps(["admin", "clinician", "readonly"]),))
    with Store.open(practice.data_dir, "adam", PASSPHRASES["adam"]) as store:
        assert store.actor.roles == ("admin",)


def test_reception_cannot_grant_itself_or_anyone_clinical_access(practice: Practice) -> None:
    with practice.session("adam") as session:
        for target, roles in (("adam", ["admin", "clinician"]), ("rita", ["clinician"]),
                              ("adam", ["admin", "readonly"])):
            with pytest.raises((ServiceError, StoreError), match="clinical access"):
                admin.set_roles(session, target, roles)
        with pytest.raises((ServiceError, StoreError), match="clinical access"):
            admin.add_user(session, "eve", "Eve", ["gp"], "eve's new passphrase")
    with practice.session("adam") as session:
        assert session.roles == ("admin",)
    with practice.session("rita") as session:
        assert session.roles == ("readonly",)


def test_a_clinical_holder_grants_clinical_access_and_it_works(practice: Practice) -> None:
    with practice.session("alice") as session:
        admin.set_roles(session, "rita", ["clinician"])
    with practice.session("rita") as session:
        assert session.roles == ("clinician",)
        entries = session.store.audit.entries()
    assert any(e.action == "roles-change" and "rita" in (e.detail or "") for e in entries)
