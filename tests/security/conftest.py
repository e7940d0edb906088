"""A store with one user of each kind: alice (admin + clinician), rita (readonly), adam (admin only),
carl (clinician). One plan holds clinical words an insider might look for. Fictional data only."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crisisplan.forms.plan import CrisisPlan
from crisisplan.services import admin
from crisisplan.services.plans import save_plan
from crisisplan.services.protocols import ensure_signing_key
from crisisplan.services.session import Session, create_store, open_session
from tests.conftest import ADMIN_PASSPHRASE, TEST_KDF_ITERATIONS

PASSPHRASES = {
    "alice": ADMIN_PASSPHRASE,
    "rita": "rita's readonly passphrase",
    "adam": "adam's reception passphrase",
    "carl": "carl's clinician passphrase",
}
CLINICAL_WORD = "clozapine"


@dataclass
class Practice:
    data_dir: Path
    recovery_key: str
    plan_id: int

    def session(self, username: str) -> Session:
        return open_session(self.data_dir, username, PASSPHRASES[username])


def _plan() -> CrisisPlan:
    return CrisisPlan.model_validate({
        "person": {"given_name": "Ann", "family_name": "Example", "nhs_number": "9990000018",
                   "date_of_birth": "1980-04-12"},
        "early_warning_signs": [{"sign": f"stops taking {CLINICAL_WORD}",
                                 "what_others_can_do": "ask about thoughts of an overdose"}],
    })


@pytest.fixture
def practice(tmp_path: Path) -> Iterator[Practice]:
    data_dir = tmp_path / "store"
    session, recovery = create_store(data_dir, "alice", "Alice Admin", ADMIN_PASSPHRASE,
                                     roles=("admin", "clinician"), kdf_iterations=TEST_KDF_ITERATIONS)
    with session:
        admin.add_user(session, "rita", "Rita Readonly", ["readonly"], PASSPHRASES["rita"])
        admin.add_user(session, "adam", "Adam Reception", ["admin"], PASSPHRASES["adam"])
        admin.add_user(session, "carl", "Carl Clinician", ["clinician"], PASSPHRASES["carl"])
        ensure_signing_key(session)
        plan_id = save_plan(session, _plan()).plan_id
    yield Practice(data_dir, recovery, plan_id)
