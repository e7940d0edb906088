"""Pushing plans to a real FHIR server (fhirstarter + uvicorn on 127.0.0.1, tests/fhir/server.py):
create, conditional update, read and search; 200 plans, 50 changed ones re-pushed (updated, not
duplicated), the server going away mid-run (queued, then sent by retry), and the ledger matching
what the server holds."""

from __future__ import annotations

import json
import socket
import time

import httpx
import pytest

from crisisplan.fhir.codes import PLAN_ID_SYSTEM
from crisisplan.fhir.docref import nrl_problems
from crisisplan.fhir.reader import load_fhir_plan
from crisisplan.services import admin
from crisisplan.services.demo import generate_plans
from crisisplan.services.errors import InvalidRequest, PermissionDenied
from crisisplan.services.fhir import identifier_for
from crisisplan.services.fhir_push import KIND, push_plans, queued, retry_queue
from crisisplan.services.plans import load_plan, save_plan
from crisisplan.services.protocols import set_ods_code
from crisisplan.services.session import open_session

REASON = "Shared record for the crisis team"


def _pushes(session, plan_id=None):
    return [d for d in session.store.sharing.disclosures(plan_id) if d.kind == KIND]


def _on_server(server, session, plan_id):
    ident = f"{PLAN_ID_SYSTEM}|{identifier_for(session, plan_id)}"
    found = httpx.get(f"{server.url}/Bundle", params={"identifier": ident}).json()
    return [e["resource"] for e in found.get("entry") or []]


def test_push_200_replush_50_survive_outage_and_ledger_matches(session, fhir_server):
    started = time.monotonic()
    set_ods_code(session, "RXX")
    ids = [save_plan(session, plan).plan_id for plan in generate_plans(200, seed=21)]
    stop_after = 120
    sent: list[int] = []

    def progress(outcome):
        sent.append(outcome.plan_id)
        if len(sent) == stop_after:
            fhir_server.stop()  # the server goes away mid-run

    outcomes = push_plans(session, ids, fhir_server.url, reason=REASON, timeout=5, progress=progress)
    ok = [o for o in outcomes if o.sent]
    failed = [o for o in outcomes if not o.sent]
    assert len(ok) == stop_after and len(failed) == 200 - stop_after
    assert all(o.queued and "Could not reach the FHIR server" in o.message for o in failed)
    assert len(_pushes(session)) == stop_after  # nothing recorded as sent that was not accepted
    assert {q["plan_id"] for q in queued(session)} == {o.plan_id for o in failed}

    fhir_server.start()
    retried = retry_queue(session, timeout=5)
    assert len(retried) == 200 - stop_after and all(o.sent for o in retried)
    assert queued(session) == []

    # 50 plans change and are pushed again: the server's copy is updated, not duplicated
    changed = ids[:50]
    for plan_id in changed:
        loaded = load_plan(session, plan_id)
        plan = loaded.plan.model_copy(update={"person": loaded.plan.person.model_copy(
            update={"preferred_name": f"Changed {plan_id}"})})
        save_plan(session, plan, plan_id=plan_id, base_version=loaded.version)
    again = push_plans(session, changed, fhir_server.url, reason=REASON, timeout=5)
    assert all(o.sent and o.version == 2 for o in again)

    storage = fhir_server.storage
    bundles = storage.all_current("Bundle")
    assert len(bundles) == 200
    pointers = storage.all_current("DocumentReference")
    assert len(pointers) == 200 and all(nrl_problems(p) == [] for p in pointers)
    for plan_id in ids:
        sample = plan_id % 10 in (1, 6)
        if sample:  # search over HTTP for a sample (the server's searchset serialiser is slow) ...
            copies = _on_server(fhir_server, session, plan_id)
        else:  # ... and in its storage for the rest
            ident = f"{PLAN_ID_SYSTEM}|{identifier_for(session, plan_id)}"
            copies = [storage.current("Bundle", i) for i in storage.ids_for("Bundle", ident)]
        assert len(copies) == 1
        ledger = _pushes(session, plan_id)
        assert len(ledger) == (2 if plan_id in changed else 1)
        assert storage.version_count("Bundle", copies[0]["id"]) == len(ledger)
        assert copies[0]["id"] in ledger[-1].reason
        assert all(d.lawful_basis == "direct_care" and d.recipient == "fhir_server" for d in ledger)
        assert f"127.0.0.1:{fhir_server.port}" in ledger[-1].reason
        if sample:  # the held copy is the version the ledger says was sent (a sample)
            held = load_fhir_plan(json.dumps(copies[0])).plan
            assert held == load_plan(session, plan_id, ledger[-1].plan_version).plan
    read = httpx.get(f"{fhir_server.url}/Bundle/{bundles[0]['id']}")
    assert read.status_code == 200 and read.json()["id"] == bundles[0]["id"]
    print(f"200 pushes, 80 retried, 50 re-pushed and checked in {time.monotonic() - started:.1f} s")


def test_create_read_and_search_on_the_test_server(fhir_server):
    body = {"resourceType": "Bundle", "type": "collection",
            "identifier": {"system": PLAN_ID_SYSTEM, "value": "direct-create"}}
    created = httpx.post(f"{fhir_server.url}/Bundle", json=body, headers={"Content-Type": "application/fhir+json"})
    assert created.status_code in (200, 201)
    new_id = created.json()["id"]
    assert httpx.get(f"{fhir_server.url}/Bundle/{new_id}").json()["identifier"]["value"] == "direct-create"
    found = httpx.get(f"{fhir_server.url}/Bundle", params={"identifier": f"{PLAN_ID_SYSTEM}|direct-create"}).json()
    assert found["total"] == 1
    assert httpx.get(f"{fhir_server.url}/Bundle/no-such-id").status_code == 404


def test_server_refusal_is_shown_plainly_and_not_recorded(session, fhir_server):
    plan_id = save_plan(session, next(generate_plans(1, seed=4))).plan_id
    fhir_server.faults.update(status=422, text="Bundle.entry[3]: profile not supported here")
    [outcome] = push_plans(session, [plan_id], fhir_server.url, reason=REASON)
    assert not outcome.sent and not outcome.queued
    assert "HTTP 422" in outcome.message and "profile not supported here" in outcome.message
    fhir_server.faults.update(status=503, text="Down for maintenance")
    [outcome] = push_plans(session, [plan_id], fhir_server.url, reason=REASON)
    assert outcome.queued and "Down for maintenance" in outcome.message
    assert _pushes(session) == []
    fhir_server.faults.clear()
    [outcome] = retry_queue(session)
    assert outcome.sent and len(_pushes(session)) == 1
    assert "no document pointer" in outcome.message  # no ODS code set


def test_a_missing_plan_does_not_stop_the_others(session, fhir_server):
    plan_id = save_plan(session, next(generate_plans(1, seed=9))).plan_id
    missing, sent = push_plans(session, [plan_id + 100, plan_id], fhir_server.url, reason=REASON)
    assert not missing.sent and not missing.queued and "no plan" in missing.message
    assert sent.sent and len(_pushes(session)) == 1


def test_timeout_gives_a_clear_message_and_queues(session):
    plan_id = save_plan(session, next(generate_plans(1, seed=5))).plan_id
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        [outcome] = push_plans(session, [plan_id], url, reason=REASON, timeout=0.5)
    assert outcome.queued and "did not answer in time" in outcome.message
    assert _pushes(session) == []


def test_only_roles_that_share_may_push_and_plain_http_only_locally(session, data_dir, fhir_server):
    plan_id = save_plan(session, next(generate_plans(1, seed=6))).plan_id
    with pytest.raises(InvalidRequest, match="https"):
        push_plans(session, [plan_id], "http://fhir.example.org/R4", reason=REASON)
    with pytest.raises(InvalidRequest, match="reason"):
        push_plans(session, [plan_id], fhir_server.url, reason="  ")
    for name, roles in (("rita", ["admin"]), ("rob", ["readonly"]), ("ian", ["ig_lead"])):
        admin.add_user(session, name, name.title(), roles, f"{name} has a long passphrase")
    session.close()
    for name in ("rita", "rob", "ian"):
        with open_session(data_dir, name, f"{name} has a long passphrase") as other, \
                pytest.raises(PermissionDenied):
            push_plans(other, [plan_id], fhir_server.url, reason=REASON)
    assert fhir_server.storage.all_current("Bundle") == []


def signed_summary(session) -> bytes:
    """An A4 summary signed by the session's organisation, as the app issues it."""
    from crisisplan.export.pades import sign_pdf
    from crisisplan.services.document_signer import document_signer
    from tests.export.test_pdf_summary import summary

    return sign_pdf(summary(), document_signer(session)[0])


def test_push_with_summary_pdf_points_at_the_binary(session, fhir_server):
    import base64

    set_ods_code(session, "RXX")
    plan_id = save_plan(session, next(generate_plans(1, seed=7))).plan_id
    with pytest.raises(InvalidRequest, match="not signed"):  # the pointer's document is a signed summary
        push_plans(session, [plan_id], fhir_server.url, reason=REASON, pdf=b"%PDF-1.7\n fictional summary\n%%EOF\n")
    assert fhir_server.storage.all_current("Bundle") == []
    pdf = signed_summary(session)
    [outcome] = push_plans(session, [plan_id], fhir_server.url, reason=REASON, pdf=pdf)
    assert outcome.sent and "document pointer" in outcome.message
    [pointer] = fhir_server.storage.all_current("DocumentReference")
    url = pointer["content"][0]["attachment"]["url"]
    assert url.startswith(f"{fhir_server.url}/Binary/") and nrl_problems(pointer) == []
    binary = httpx.get(url).json()
    assert base64.b64decode(binary["data"]) == pdf and binary["contentType"] == "application/pdf"


def test_cli_push_offline_then_retry(session, data_dir, fhir_server, monkeypatch, capsys):
    from crisisplan.cli import main
    from tests.conftest import ADMIN_PASSPHRASE, ADMIN_USER

    plan_id = save_plan(session, next(generate_plans(1, seed=8))).plan_id
    session.close()
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", ADMIN_PASSPHRASE)
    base = ["--data-dir", str(data_dir), "--user", ADMIN_USER]
    fhir_server.stop()
    assert main(["fhir", "push", str(plan_id), "--server", fhir_server.url, "--reason", REASON, *base]) == 5
    err = capsys.readouterr().err
    assert "Could not reach the FHIR server" in err and "nothing was recorded as sent" in err
    fhir_server.start()
    assert main(["fhir", "retry", *base]) == 0
    assert f"Plan {plan_id} version 1 sent to 127.0.0.1:{fhir_server.port}" in capsys.readouterr().out
    assert main(["fhir", "retry", *base]) == 0
    assert "Nothing is waiting" in capsys.readouterr().out
    assert main(["ledger", str(plan_id), *base]) == 0
    ledger = capsys.readouterr().out
    assert "Direct care" in ledger and ledger.count("fhir-push") + ledger.count("Fhir server") >= 1


def test_a_huge_server_answer_is_read_bounded(session):
    from crisisplan.fhir.client import MAX_RESPONSE_BYTES, FhirClient

    sent = []

    def handler(request):
        sent.append(request)
        return httpx.Response(201, content=b"{" + b" " * (50 * MAX_RESPONSE_BYTES) + b"}",
                              headers={"Location": "/Bundle/abc/_history/1"})

    with FhirClient("https://fhir.example.nhs.uk/R4", transport=httpx.MockTransport(handler)) as client:
        stored = client.put_bundle('{"resourceType": "Bundle"}', "s-1")
    assert stored.resource_id == "abc" and stored.created
    assert sent[0].url.params["identifier"] == f"{PLAN_ID_SYSTEM}|s-1"
