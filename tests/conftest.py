"""Shared fixtures: a fresh encrypted store per test, with a cheap key-derivation cost so tests are
fast (real stores are calibrated to 0.5–1 s; the KDF tests in tests/store measure that)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Qt widgets in tests never need a display (screenshots use Xvfb in tools/screenshots.py).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from crisisplan.services.session import Session, create_store

TEST_KDF_ITERATIONS = 1000
ADMIN_USER = "alice"
ADMIN_PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def session(data_dir: Path) -> Iterator[Session]:
    session, _recovery = create_store(
        data_dir, ADMIN_USER, "Alice Admin", ADMIN_PASSPHRASE,
        roles=("admin", "clinician"), kdf_iterations=TEST_KDF_ITERATIONS, demo=True,
    )
    yield session
    session.close()
