"""Issue 11: outside the demo store no card is issued with a protocol whose 24-hour numbers are
still sample placeholders, nor by an unnamed organisation; the message says what to do, and nothing
is recorded or written. One check (services.protocols.require_ready_to_issue) behind the services,
the command line, bulk re-issue and the share dialog (tests/ui/test_share_readiness.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from crisisplan.cli import main
from crisisplan.cli.context import ensure_demo_store
from crisisplan.cli.io import DEMO_PASSPHRASE, DEMO_USER
from crisisplan.forms.consent import ConsentStatus
from crisisplan.services import cards, protocols, reissue
from crisisplan.services.consent import set_consent
from crisisplan.services.errors import InvalidRequest
from crisisplan.services.plans import save_plan
from crisisplan.services.session import Session, create_store, open_session
from tests.conftest import ADMIN_PASSPHRASE, ADMIN_USER, TEST_KDF_ITERATIONS
from tests.services.markers import marked_plan

LOCAL_NUMBERS = ("01632 960101", "01632 960102", "01632 960103")  # fictional (Ofcom drama range)


@pytest.fixture
def real(tmp_path: Path) -> Iterator[Session]:
    """A store as a practice makes it (not the demo store), with one plan consented for police."""
    session, _ = create_store(tmp_path / "real", ADMIN_USER, "Alice", ADMIN_PASSPHRASE,
                              roles=("admin", "clinician"), kdf_iterations=TEST_KDF_ITERATIONS)
    with session:
        yield session


def _consented(session: Session) -> int:
    plan, _paths = marked_plan()
    plan_id = save_plan(session, plan).plan_id
    set_consent(session, plan_id, "police", protocols.active_protocol(session).default_items("police"),
                ConsentStatus.GIVEN)
    return plan_id


def _issue(session: Session, plan_id: int, out: Path) -> cards.IssuedCard:
    loaded, shown = cards.preview(session, plan_id, "police")
    decision = cards.decide(session, shown, share=True, reason="Agreed with the person at review")
    return cards.issue_card(session, loaded, shown, decision, out)


def _set_numbers_locally(session: Session) -> None:
    """What the message tells an administrator to do: write the sample out, put the real numbers in,
    import it and use it."""
    document = json.loads(protocols.protocol_file_text(session, protocols.active_protocol(session).id))
    for number, real_number in zip(document["crisis_numbers"], LOCAL_NUMBERS, strict=False):
        number["number"], number["set_locally"] = real_number, False
    document["version"] += 1
    protocols.set_active_protocol(session, protocols.import_protocol(session, json.dumps(document)).id)


def _nothing_recorded(session: Session, plan_id: int, out: Path) -> None:
    assert protocols.sharing(session).cards(plan_id=plan_id) == []
    assert [d.kind for d in protocols.sharing(session).disclosures(plan_id)] == []
    assert not out.exists() or not any(out.iterdir())


def test_a_new_store_refuses_a_card_and_says_what_to_do(real: Session, tmp_path: Path) -> None:
    plan_id = _consented(real)
    out = tmp_path / "cards"
    with pytest.raises(InvalidRequest) as refused:
        _issue(real, plan_id, out)
    message = str(refused.value)
    assert "organisation is not named" in message and "crisisplan org NAME" in message
    assert "set locally" in message and "crisisplan protocol export oxfordshire --out FILE" in message
    assert "--activate" in message and "Records → Protocols" in message
    _nothing_recorded(real, plan_id, out)


def test_naming_the_organisation_and_confirming_the_sample_is_not_enough(real: Session, tmp_path: Path) -> None:
    plan_id = _consented(real)
    protocols.set_organisation_name(real, "Riverside Practice (fictional)")
    protocols.confirm_sample_protocol(real, protocols.active_protocol(real).id)
    out = tmp_path / "cards"
    with pytest.raises(InvalidRequest, match="still has sample 24-hour numbers") as refused:
        _issue(real, plan_id, out)
    assert "organisation" not in str(refused.value)
    for number in protocols.active_protocol(real).numbers_to_replace():
        assert number.label in str(refused.value)
    _nothing_recorded(real, plan_id, out)


def test_numbers_set_locally_but_no_organisation_name_is_refused(real: Session, tmp_path: Path) -> None:
    plan_id = _consented(real)
    _set_numbers_locally(real)
    with pytest.raises(InvalidRequest, match="organisation is not named") as refused:
        _issue(real, plan_id, tmp_path / "cards")
    assert "set locally" not in str(refused.value)


def test_a_named_organisation_with_local_numbers_issues_cards(real: Session, tmp_path: Path) -> None:
    plan_id = _consented(real)
    protocols.set_organisation_name(real, "Riverside Practice (fictional)")
    _set_numbers_locally(real)
    assert protocols.issue_blockers(real) == []
    issued = _issue(real, plan_id, tmp_path / "cards")
    assert issued.files["card"].is_file()


def test_the_persons_copy_is_refused_too(real: Session, tmp_path: Path) -> None:
    """It prints the 24-hour numbers to ring under "If you need help now"."""
    plan_id = _consented(real)
    with pytest.raises(InvalidRequest, match="No card can be issued yet"):
        cards.person_copy(real, plan_id, tmp_path / "copy")
    assert not (tmp_path / "copy").exists()


def test_bulk_reissue_is_refused_before_any_card_is_touched(real: Session, tmp_path: Path) -> None:
    plan_id = _consented(real)
    protocols.set_organisation_name(real, "Riverside Practice (fictional)")
    _set_numbers_locally(real)
    first = _issue(real, plan_id, tmp_path / "cards")
    protocols.set_active_protocol(real, "barnet")  # a sample, its numbers placeholders
    with pytest.raises(InvalidRequest, match="still has sample 24-hour numbers"):
        reissue.reissue_all(real, tmp_path / "reissued", "New signing key")
    assert [c.card_id for c in protocols.sharing(real).cards(live_only=True)] == [first.card_id]
    assert not (tmp_path / "reissued").exists()


def test_the_demo_store_issues_cards_under_the_sample(tmp_path: Path) -> None:
    ensure_demo_store(tmp_path / "demo")
    with open_session(tmp_path / "demo", DEMO_USER, DEMO_PASSPHRASE) as demo:
        assert protocols.is_demo_store(demo) and protocols.issue_blockers(demo) == []
        issued = _issue(demo, _consented(demo), tmp_path / "cards")
        assert issued.files["card"].is_file()


def test_only_creation_makes_a_demo_store(real: Session) -> None:
    assert not protocols.is_demo_store(real)
    assert protocols.DEMO_STORE_KEY == "demo_store"
    assert not hasattr(protocols, "mark_demo_store")


@pytest.fixture
def real_cli(tmp_path: Path, real: Session, monkeypatch: pytest.MonkeyPatch,
             capsys: pytest.CaptureFixture[str]):
    plan_id = _consented(real)
    real.close()
    monkeypatch.setenv("CRISISPLAN_DATA_DIR", str(tmp_path / "real"))
    monkeypatch.setenv("CRISISPLAN_USER", ADMIN_USER)
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", ADMIN_PASSPHRASE)

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run, plan_id


def test_cli_card_is_refused_then_issued_after_following_the_message(real_cli, tmp_path: Path) -> None:
    cli, plan_id = real_cli
    out = tmp_path / "cards"
    card = ("card", str(plan_id), "--recipient", "police", "--out", str(out), "--reason", "Agreed at review")
    code, _text, err = cli(*card)
    assert code == 4
    assert "No card can be issued yet" in err and "crisisplan protocol export oxfordshire" in err
    assert not out.exists() or not any(out.iterdir())

    assert cli("org", "Riverside Practice (fictional)")[0] == 0
    local = tmp_path / "local.json"
    code, text, _ = cli("protocol", "export", "oxfordshire", "--out", str(local))
    assert code == 0 and "set_locally" in text
    document = json.loads(local.read_text(encoding="utf-8"))
    for number, real_number in zip(document["crisis_numbers"], LOCAL_NUMBERS, strict=False):
        number["number"], number["set_locally"] = real_number, False
    local.write_text(json.dumps(document), encoding="utf-8")
    assert cli("protocol", "import", str(local), "--activate")[0] == 0
    code, _text, err = cli(*card)
    assert code == 0, err
    assert len(list(out.glob("crisis-card-police-*.pdf"))) == 1


def test_cli_protocol_export_of_an_unknown_id_is_refused(real_cli, tmp_path: Path) -> None:
    cli, _plan_id = real_cli
    code, _text, err = cli("protocol", "export", "nowhere", "--out", str(tmp_path / "x.json"))
    assert code == 4 and "Known protocols" in err
    assert not (tmp_path / "x.json").exists()
