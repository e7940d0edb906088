"""FHIR import: all or nothing (IMP-01/02), unmapped content named, re-import updates instead of
duplicating, and a fuzzed importer (bad JSON, wrong resource types, huge and special files)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crisisplan.cli import main
from crisisplan.fhir.document import Organisation, plan_bundle_text
from crisisplan.fhir.files import read_bounded
from crisisplan.fhir.reader import load_fhir_plan
from crisisplan.forms.problems import PlanInputError
from crisisplan.services.demo import generate_plans
from crisisplan.services.fhir import export_fhir, import_fhir
from crisisplan.services.plans import count_plans, load_plan, save_plan
from crisisplan.store.errors import ConflictError
from tests.conftest import ADMIN_PASSPHRASE, ADMIN_USER

ORG = Organisation("Example Mental Health NHS Trust", "RXX")
PLAN = next(generate_plans(1, seed=8))
GOOD = plan_bundle_text(PLAN, "other-store-1", ORG)


def _problems(text: str | bytes) -> list[str]:
    with pytest.raises(PlanInputError) as caught:
        load_fhir_plan(text)
    return [f"{p.path}: {p.message}" for p in caught.value.problems]


def _edited(change) -> str:
    data = json.loads(GOOD)
    change(data)
    return json.dumps(data)


def test_unmapped_content_is_named_and_nothing_is_dropped():
    def add(data):
        data["entry"][1]["resource"]["maritalStatus"] = {"text": "Married"}
        data["entry"][1]["resource"]["extension"].append({"url": "https://example.org/ext/religion",
                                                          "valueString": "x"})
    found = "\n".join(_problems(_edited(add)))
    assert "Patient (entry 2).maritalStatus" in found
    assert "https://example.org/ext/religion" in found


def test_a_changed_derived_entry_is_reported_not_ignored():
    def edit(data):
        risk = next(e for e in data["entry"] if e["resource"]["resourceType"] == "RiskAssessment")
        risk["resource"]["prediction"][0]["outcome"]["text"] = "edited elsewhere"
    assert any("RiskAssessment" in p and "prediction" in p for p in _problems(_edited(edit)))


def test_wrong_resource_types_and_sections_are_named():
    assert "Observation" in _problems(_edited(lambda d: d["entry"].append(
        {"fullUrl": "urn:uuid:0", "resource": {"resourceType": "Observation"}})))[0]
    assert "a Patient resource" in _problems(json.dumps({"resourceType": "Patient"}))[0]
    for odd in ([], {}, 7, None):  # found by the fuzzer: a resourceType that is not a string
        assert "an unnamed resource" in _problems(_edited(lambda d, odd=odd: d["entry"][1]["resource"].update(
            resourceType=odd)))[0]
    assert "not a FHIR document Bundle" in _problems("[1, 2]")[0]
    assert "document Bundle" in _problems(_edited(lambda d: d.update(type="collection")))[0]

    def unknown_section(data):
        data["entry"][0]["resource"]["section"][3]["code"]["coding"][0]["code"] = "horoscope"
    assert any("horoscope" not in p and "section" in p for p in _problems(_edited(unknown_section)))

    def narrative_only(data):
        data["entry"][0]["resource"]["section"][3].pop("extension")
    assert any("only narrative" in p for p in _problems(_edited(narrative_only)))


def test_bad_json_huge_and_special_files_give_clear_errors(tmp_path: Path):
    assert _problems(b"{not json")
    assert _problems(b"\xff\xfe garbage")
    assert _problems(b'{"resourceType": "Bundle", "type": "document", "entry": [' + b"{}," * 6000 + b"{}]}")
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(30 * 1024 * 1024)
    with pytest.raises(PlanInputError, match="larger than"):
        read_bounded(huge, 20 * 1024 * 1024)
    with pytest.raises(PlanInputError, match="not a regular file"):
        read_bounded(Path("/dev/zero"), 1024)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(PlanInputError, match="not a regular file"):
        read_bounded(fifo, 1024)  # refused without waiting for a writer


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzzed_bundles_import_or_fail_cleanly(data):
    """Random edits to a good Bundle: either an equal-or-valid plan, or PlanInputError; never
    another exception."""
    doc = json.loads(GOOD)
    for _ in range(data.draw(st.integers(1, 4))):
        node, key = doc, None
        path_len = data.draw(st.integers(1, 6))
        for _ in range(path_len):
            if isinstance(node, dict) and node:
                key = data.draw(st.sampled_from(sorted(node)))
            elif isinstance(node, list) and node:
                key = data.draw(st.integers(0, len(node) - 1))
            else:
                break
            parent, node = node, node[key]
        if key is None:
            continue
        replacement = data.draw(st.one_of(st.none(), st.integers(), st.text(max_size=5), st.booleans(),
                                          st.just([]), st.just({}), st.just({"resourceType": "Basic"})))
        if data.draw(st.booleans()) and isinstance(parent, dict):
            parent.pop(key)
        else:
            parent[key] = replacement
    try:
        load_fhir_plan(json.dumps(doc))
    except PlanInputError as exc:
        assert exc.problems


def test_service_import_all_or_nothing_and_update_not_duplicate(session):
    first = import_fhir(session, GOOD)
    assert not first.updated and load_plan(session, first.plan_id).plan == PLAN
    before = count_plans(session)
    with pytest.raises(ConflictError, match="--update"):
        import_fhir(session, GOOD)
    with pytest.raises(PlanInputError):
        import_fhir(session, _edited(lambda d: d["entry"][1]["resource"].update(maritalStatus={"text": "x"})))
    assert count_plans(session) == before  # a bad import changes nothing
    changed = PLAN.model_copy(update={"person": PLAN.person.model_copy(update={"preferred_name": "Sam"})})
    again = import_fhir(session, plan_bundle_text(changed, "other-store-1", ORG), update=True)
    assert again.updated and again.plan_id == first.plan_id and again.version == 2
    assert count_plans(session) == before
    # our own export re-imports as an update of the same plan
    own = export_fhir(session, first.plan_id)
    assert json.loads(own)["identifier"]["value"] == "other-store-1"  # keeps the identifier it came with
    local = save_plan(session, PLAN).plan_id
    text = export_fhir(session, local)
    with pytest.raises(ConflictError):
        import_fhir(session, text)
    assert import_fhir(session, text, update=True).plan_id == local


def test_cli_export_import_update(session, data_dir, tmp_path, monkeypatch, capsys):
    plan_id = save_plan(session, PLAN).plan_id
    session.close()
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", ADMIN_PASSPHRASE)
    base = ["--data-dir", str(data_dir), "--user", ADMIN_USER]
    out = tmp_path / "plan.fhir.json"
    assert main(["fhir", "export", str(plan_id), "--out", str(out), *base]) == 0
    assert main(["fhir", "import", str(out), *base]) == 9  # conflict: already here
    assert "--update" in capsys.readouterr().err
    assert main(["fhir", "import", str(out), "--update", *base]) == 0
    assert f"Updated plan {plan_id} (version 2)" in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    bad.write_text('{"resourceType": "Observation"}')
    assert main(["fhir", "import", str(bad), *base]) == 4
    assert "not a FHIR document Bundle" in capsys.readouterr().err


def test_cli_export_with_pointer_carries_the_summary_inline(session, data_dir, tmp_path, monkeypatch, capsys):
    import base64

    from crisisplan.fhir.docref import nrl_problems
    from crisisplan.services.protocols import set_ods_code
    from tests.fhir.test_push import signed_summary

    set_ods_code(session, "RXX")
    plan_id = save_plan(session, PLAN).plan_id
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(signed_summary(session))
    session.close()
    monkeypatch.setenv("CRISISPLAN_PASSPHRASE", ADMIN_PASSPHRASE)
    base = ["--data-dir", str(data_dir), "--user", ADMIN_USER]
    out, pointer = tmp_path / "plan.json", tmp_path / "pointer.json"
    unsigned = tmp_path / "unsigned.pdf"
    unsigned.write_bytes(b"%PDF-1.7\n fictional\n%%EOF\n")
    assert main(["fhir", "export", str(plan_id), "--out", str(out), "--pointer", str(pointer),
                 "--summary", str(unsigned), *base]) == 4
    assert "not signed" in capsys.readouterr().err
    assert not out.exists() and not pointer.exists()  # refused: nothing written
    assert main(["fhir", "export", str(plan_id), "--out", str(out), "--pointer", str(pointer),
                 "--summary", str(pdf), *base]) == 0
    data = json.loads(pointer.read_text())
    assert nrl_problems(data) == []
    assert base64.b64decode(data["content"][0]["attachment"]["data"]) == pdf.read_bytes()
    assert main(["fhir", "export", str(plan_id), "--out", str(out), "--pointer", str(pointer), *base]) == 2


def test_byte_level_fuzz_of_the_importer():
    """IMP-01: damaged bytes, random bytes, truncations and token soup; every input is either a
    plan or PlanInputError, in bounded time."""
    import random
    import time

    rng = random.Random(20261202)
    good = GOOD.encode()
    tokens = [b"{", b"}", b"[", b"]", b",", b":", b'"resourceType"', b'"Bundle"', b'"entry"', b'"document"',
              b'"type"', b"null", b"1e999", b"-0", b'"\\ud800"', b"true"]
    started = time.monotonic()
    outcomes = {"plan": 0, "refused": 0}
    for n in range(3000):
        kind = n % 4
        if kind == 0:
            data = bytearray(good)
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            sample = bytes(data)
        elif kind == 1:
            sample = good[:rng.randrange(len(good))]
        elif kind == 2:
            sample = bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
        else:
            sample = b"".join(rng.choice(tokens) for _ in range(rng.randint(1, 60)))
        try:
            load_fhir_plan(sample)
            outcomes["plan"] += 1
        except PlanInputError as exc:
            assert exc.problems and all(p.message for p in exc.problems)
            outcomes["refused"] += 1
    elapsed = time.monotonic() - started
    print(f"FHIR import fuzz: 3000 inputs in {elapsed:.1f} s; {outcomes}")
    assert outcomes["refused"] > 2000 and elapsed < 120
