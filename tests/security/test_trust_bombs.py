"""SEC-08: reading a hostile file to verify it is bounded in bytes, memory and time, and a bomb
cannot freeze or kill the app: the answer is "too complex to check" (exit 18) within 10 s.

Seen on the old code (issue 10): a 6 KB PDF of nested form XObjects took 199 s and 2 GB in `verify`
(under a 2.5 GB limit here, pdfium aborted and killed the process); a 1 MB flate bomb took 10.6 s and
1.25 GB; a 4 MB one killed the process (pdfium abort)."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import pytest

from crisisplan.export.qr_errors import QrReadError
from crisisplan.export.qr_sandbox import read_bounded
from crisisplan.export.verify import CardStatus
from crisisplan.services.verify import verify_file
from tests.export.helpers import bundle_for
from tests.security.bombs import flate_bomb_pdf, nested_forms_pdf

LIMIT_SECONDS = 10.0
TRUST = bundle_for()


def _verify(path: Path) -> tuple[CardStatus, float]:
    started = time.monotonic()
    result = verify_file(path, TRUST, date(2026, 12, 1))
    return result.result.status, time.monotonic() - started


def test_nested_form_xobjects_are_too_complex_within_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "nested.pdf"
    path.write_bytes(nested_forms_pdf())
    assert path.stat().st_size < 10_000
    status, seconds = _verify(path)
    assert status is CardStatus.TOO_COMPLEX and seconds < LIMIT_SECONDS


@pytest.mark.parametrize("side", [32_000, 64_000], ids=["1MB-flate", "4MB-flate"])
def test_flate_bombs_are_bounded(tmp_path: Path, side: int) -> None:
    path = tmp_path / "flate.pdf"
    path.write_bytes(flate_bomb_pdf(side))
    status, seconds = _verify(path)
    # pdfium gives up on the image inside the child's memory limit (no code found), or the child
    # is stopped: either way this process lives, stays small and answers in time.
    assert status in (CardStatus.UNREADABLE, CardStatus.TOO_COMPLEX) and seconds < LIMIT_SECONDS


def test_this_process_does_not_grow(tmp_path: Path) -> None:
    import resource

    path = tmp_path / "flate.pdf"
    path.write_bytes(flate_bomb_pdf(32_000))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _verify(path)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 100  # the old code reached 1.25 GB in this process


def test_devices_and_fifos_are_refused_without_reading(tmp_path: Path) -> None:
    for device in ("/dev/zero", "/dev/urandom"):
        started = time.monotonic()
        with pytest.raises(QrReadError, match="not an ordinary file"):
            read_bounded(Path(device))
        assert time.monotonic() - started < 1
    fifo = tmp_path / "card.png"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(QrReadError, match="not an ordinary file"):
        read_bounded(fifo)  # nobody writes to it: a blocking read would hang forever
    assert time.monotonic() - started < 1


def test_file_larger_than_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    with path.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)
    with pytest.raises(QrReadError, match="too large"):
        read_bounded(path)


def test_a_fifo_given_as_the_trust_bundle_does_not_hang_the_cli(tmp_path: Path, monkeypatch, capsys) -> None:
    from crisisplan.cli import main

    fifo = tmp_path / "trust-bundle.json"
    os.mkfifo(fifo)
    monkeypatch.setenv("CRISISPLAN_DATA_DIR", str(tmp_path / "verifier"))
    started = time.monotonic()
    code = main(["verify", "--text", "CP1:ABC", "--trust", str(fifo), "--root", "ab" * 32])
    assert code == 2 and "not an ordinary file" in capsys.readouterr().err
    assert time.monotonic() - started < 2


def test_png_decompression_bomb_is_refused_quickly(tmp_path: Path) -> None:
    from tests.security.bombs import png_bomb

    path = tmp_path / "card.png"
    path.write_bytes(png_bomb())
    started = time.monotonic()
    with pytest.raises(QrReadError, match="too large"):
        verify_file(path, TRUST, date(2026, 12, 1))
    assert time.monotonic() - started < LIMIT_SECONDS


def test_checking_a_file_can_be_cancelled(tmp_path: Path) -> None:
    path = tmp_path / "nested.pdf"
    path.write_bytes(nested_forms_pdf())
    started = time.monotonic()
    with pytest.raises(QrReadError, match="cancelled"):
        verify_file(path, TRUST, date(2026, 12, 1), cancelled=lambda: time.monotonic() - started > 0.3)
    assert time.monotonic() - started < 3
