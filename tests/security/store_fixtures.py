"""Shared helpers for the insider tests of the store engineer (restore, files, reads, throttling).

Fictional data only. The helpers use the store's own modules, a passphrase and plain files: the
insider of issue 9 (a staff member with a passphrase, a copy of the data folder and Python)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from crisisplan.store import Store
from tests.store.helpers import FAST_KDF, document, index_fields

ALICE_PASS = "alice passphrase for tests"
MALLORY_PASS = "mallory passphrase for tests"


def new_store(folder: Path, username: str = "alice", passphrase: str = ALICE_PASS,
              roles: tuple[str, ...] = ("admin", "clinician")) -> Store:
    store, _recovery = Store.create(folder, username, username.title(), list(roles), passphrase,
                                    kdf_iterations=FAST_KDF, workstation="ws-test")
    return store


def add_plan(store: Store, name: str = "Ann Example", seq: int = 0) -> int:
    return store.plans.create(document(name=name), index_fields(name, seq=seq)).plan_id


def file_hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}
