"""Fixtures for store tests: a fresh encrypted store per test (fast key derivation)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crisisplan.store import Store
from tests.store.helpers import FAST_KDF, PASSPHRASE


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def created(data_dir: Path) -> Iterator[tuple[Store, str]]:
    store, recovery = Store.create(data_dir, "alice", "Alice Admin", ["admin", "clinician"], PASSPHRASE,
                                   kdf_iterations=FAST_KDF, workstation="ws-test")
    yield store, recovery
    store.close()


@pytest.fixture
def store(created: tuple[Store, str]) -> Store:
    return created[0]
