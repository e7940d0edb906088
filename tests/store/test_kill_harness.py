"""Kill harness: a child process works on the store and is SIGKILLed at random moments.

CRASH-01: no acknowledged save is ever lost and the integrity checks always pass (>= 150 kills).
KEY-05: passphrase changes, adding/removing users and key rotation never leave the store
unopenable: afterwards it opens with the old or the new credentials, and with the recovery key.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crisisplan.store import Store, WrongCredentialsError
from crisisplan.store.keyring import read_slot_file
from tests.store.helpers import PASSPHRASE

CHILD = Path(__file__).resolve().parent / "kill_child.py"
pytestmark = pytest.mark.slow


def _run_and_kill(args: list[str], rng: random.Random, max_delay: float) -> list[str]:
    proc = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    lines: list[str] = []
    ready = proc.stdout.readline().strip()
    if ready != "ready":
        proc.kill()
        raise AssertionError(f"child failed to start: {ready!r} {proc.stderr.read() if proc.stderr else ''}")
    time.sleep(rng.uniform(0.0, max_delay))
    proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no cleanup runs in the child
    # Read through the same text stream as readline() above: it may already hold lines that the
    # child printed right after "ready" (communicate() would read the raw pipe and miss them).
    out = proc.stdout.read()
    err = proc.stderr.read() if proc.stderr else ""
    proc.wait(timeout=30)
    lines.extend(line.strip() for line in out.splitlines() if line.strip())
    assert proc.returncode == (-signal.SIGKILL if os.name == "posix" else 1), err
    return lines


def test_crash_01_acknowledged_saves_survive_random_kills(created: tuple[Store, str], data_dir: Path) -> None:
    created[0].close()
    rng = random.Random(2024)
    acknowledged: dict[int, int] = {}
    contents: dict[tuple[int, int], tuple[str, str]] = {}  # (plan, version) -> (document digest, name)
    kills = 0
    deadline = time.monotonic() + 170
    while kills < 150:
        assert time.monotonic() < deadline, "kill harness too slow"
        for line in _run_and_kill(["saves", str(data_dir), PASSPHRASE, str(kills)], rng, 0.25):
            _ack, plan_id, version, digest, name = line.split(maxsplit=4)
            acknowledged[int(plan_id)] = max(acknowledged.get(int(plan_id), 0), int(version))
            contents[int(plan_id), int(version)] = (digest, name)
        kills += 1
        if kills % 30 == 0 or kills == 150:
            with Store.open(data_dir, "alice", PASSPHRASE) as store:
                assert store.integrity_check() == []
                assert store.audit.verify().ok
                _check_saved_content(store, acknowledged, contents)
    assert sum(acknowledged.values()) > 150  # the child really was saving between kills


def _check_saved_content(store: Store, acknowledged: dict[int, int],
                         contents: dict[tuple[int, int], tuple[str, str]]) -> None:
    """Every acknowledged version holds exactly the document that was saved; where the newest
    acknowledged version is still the current one, the list and the search index show it."""
    for (plan_id, version), (digest, _name) in contents.items():
        saved = store.plans.get(plan_id, version, audit=False)
        assert hashlib.sha256(saved.document.encode("utf-8")).hexdigest() == digest, (plan_id, version)
    for plan_id, version in acknowledged.items():
        summary = store.plans.summaries([plan_id])[0]
        assert summary.version >= version
        if summary.version == version:
            name = contents[plan_id, version][1]
            assert summary.name == name
            assert plan_id in {s.plan_id for s in store.plans.search(name, limit=10_000)}


def test_key_05_credentials_survive_random_kills(created: tuple[Store, str], data_dir: Path) -> None:
    store, recovery = created
    store.close()
    rng = random.Random(5)
    current, step = PASSPHRASE, 0
    deadline = time.monotonic() + 300
    outcomes: set[str] = set()
    rotations = 0
    for kill in range(150):
        assert time.monotonic() < deadline, "kill harness too slow"
        lines = _run_and_kill(["keys", str(data_dir), current, str(step)], rng, 0.12)
        rotations += lines.count("ack rotated")
        acks = [line for line in lines if line.startswith("ack pass ")]
        last_ack = int(acks[-1].split()[-1]) if acks else None
        began = [int(line.split()[-1]) for line in lines if line.startswith("begin pass ")]
        candidates = [f"pass-{last_ack}"] if last_ack is not None else [current]
        if began and began[-1] != last_ack:
            candidates.append(f"pass-{began[-1]}")  # a change was under way when killed
        opened = []
        for candidate in candidates:
            try:
                Store.open(data_dir, "alice", candidate).close()
                opened.append(candidate)
            except WrongCredentialsError:
                pass
        assert len(opened) == 1, (kill, lines[-3:], candidates)  # old or new, never neither
        outcomes.add("old" if opened[0] == candidates[0] else "new")
        current = opened[0]
        step = max([step, *began]) + 1
        if kill % 10 == 0:
            with Store.open_with_recovery_key(data_dir, recovery) as rescue:
                assert rescue.integrity_check() == []
                assert rescue.audit.verify().ok
                active = {u.username for u in rescue.users.list()}
            slots = {s.username for s in read_slot_file(data_dir).slots if s.kind == "user"}
            assert slots <= active | {"alice"}
    assert rotations >= 20  # the harness really exercised rotations (and the steps between them)
    with Store.open(data_dir, "alice", current) as store:
        assert store.integrity_check() == []
        signed = store.verify_audit(full=True)  # SEC-03: no kill leaves an unsigned or unverifiable entry
        assert signed.ok, signed.by_user
