from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fhir.server import LocalFhirServer


@pytest.fixture
def fhir_server(tmp_path: Path) -> Iterator[LocalFhirServer]:
    server = LocalFhirServer(tmp_path / "fhir-server.sqlite")
    server.start()
    yield server
    server.stop()
