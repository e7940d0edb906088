"""Fixtures for the card codec tests, and a place for tests to report figures (conformance counts,
fuzzing volume) in the normal pytest output."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from crisisplan.export.card import seal
from crisisplan.export.keys import generate_signing_key
from crisisplan.export.samples import typical_card_payload
from crisisplan.export.trust import TrustBundle
from tests.export.helpers import bundle_for

_SUMMARY = pytest.StashKey[list[str | Callable[[], str]]]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_SUMMARY] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    lines = config.stash.get(_SUMMARY, [])
    if lines:
        terminalreporter.section("crisis card codec figures")
        for line in lines:
            terminalreporter.write_line(line() if callable(line) else line)


@pytest.fixture(scope="session")
def report(pytestconfig: pytest.Config) -> Callable[[str | Callable[[], str]], None]:
    """Add a line to the 'crisis card codec figures' section at the end of the run (a callable is
    called then, for totals that are only known once every test has run)."""
    return pytestconfig.stash[_SUMMARY].append


@pytest.fixture(scope="session")
def signing_key() -> ec.EllipticCurvePrivateKey:
    return generate_signing_key()


@pytest.fixture(scope="session")
def trust(signing_key: ec.EllipticCurvePrivateKey) -> TrustBundle:
    return bundle_for(signing_key)


@pytest.fixture(scope="session")
def typical_text(signing_key: ec.EllipticCurvePrivateKey) -> str:
    return seal(typical_card_payload(), signing_key)
