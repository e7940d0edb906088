"""Fixtures for the insider suite (issue 9): a store with one user of each kind — alice (admin +
clinician), rita (readonly), adam (admin only), carl (clinician) — and for the trust-chain attack tests
(issue 10): a store with a consented plan and issued cards, and helpers to export and open the signed
trust bundle as a verifier would. Fictional data only."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crisisplan.export.trust import TrustBundle
from crisisplan.forms.consent import ConsentStatus
from crisisplan.forms.plan import CrisisPlan
from crisisplan.services import admin, cards, trust
from crisisplan.services.consent import set_consent
from crisisplan.services.plans import save_plan
from crisisplan.services.protocols import active_protocol, ensure_signing_key
from crisisplan.services.session import Session, create_store, open_session
from crisisplan.services.verify import read_trust_file
from tests.conftest import ADMIN_PASSPHRASE, TEST_KDF_ITERATIONS
from tests.services.markers import marked_plan

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
                                     roles=("admin", "clinician"), kdf_iterations=TEST_KDF_ITERATIONS, demo=True)
    with session:
        admin.add_user(session, "rita", "Rita Readonly", ["readonly"], PASSPHRASES["rita"])
        admin.add_user(session, "adam", "Adam Reception", ["admin"], PASSPHRASES["adam"])
        admin.add_user(session, "carl", "Carl Clinician", ["clinician"], PASSPHRASES["carl"])
        ensure_signing_key(session)
        plan_id = save_plan(session, _plan()).plan_id
    yield Practice(data_dir, recovery, plan_id)


RECIPIENTS = ("police", "ambulance", "emergency_department")
ORGANISATION = "Example Community Mental Health Team"


def consented_plan(session: Session) -> int:
    plan, _paths = marked_plan()
    saved = save_plan(session, plan)
    protocol = active_protocol(session)
    for recipient in RECIPIENTS:
        set_consent(session, saved.plan_id, recipient, protocol.default_items(recipient), ConsentStatus.GIVEN)
    return saved.plan_id


def issue(session: Session, plan_id: int, recipient: str, out: Path, **kw: object) -> cards.IssuedCard:
    loaded, shown = cards.preview(session, plan_id, recipient, **kw)  # type: ignore[arg-type]
    decision = cards.decide(session, shown, share=True, reason="Agreed with the person at review")
    return cards.issue_card(session, loaded, shown, decision, out, **kw)  # type: ignore[arg-type]


def exported(session: Session, out: Path) -> tuple[TrustBundle, Path, str]:
    """(the bundle as a pinned verifier reads it, its file, the root fingerprint)."""
    result = trust.export_trust(session, out)
    return read_trust_file(result.bundle_path, result.fingerprint), result.bundle_path, result.fingerprint


@pytest.fixture
def plan_id(session: Session) -> int:
    from crisisplan.services.protocols import set_organisation_name

    set_organisation_name(session, ORGANISATION)
    return consented_plan(session)


@pytest.fixture
def run_cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run the command line as the admin user; close the test's own session before the first call."""
    from crisisplan.cli import main
    from tests.conftest import ADMIN_PASSPHRASE, ADMIN_USER

    monkeypatch.setenv("CRISISPLAN_DATA_DIR", str(data_dir))
    monkeypatch.setenv("CRISISPLAN_USER", ADMIN_USER)
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", ADMIN_PASSPHRASE)

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def admin_session(data_dir: Path) -> Session:
    from crisisplan.services.session import open_session
    from tests.conftest import ADMIN_PASSPHRASE, ADMIN_USER

    return open_session(data_dir, ADMIN_USER, ADMIN_PASSPHRASE)
