"""SEC-08: reading outside input is bounded in bytes and time, devices and FIFOs included.

The attack: `/dev/zero` (size 0 to `stat`, endless to `read`) or a FIFO nobody writes to, given
to `import`, `verify` (card or trust bundle), `protocol import`, `restore`, `fhir import` or
`verifier export --bundle`. Before, the size
check read `st_size`, so `/dev/zero` grew the process to ~2 GB and a FIFO hung it for ever.

Each case runs in a child process with a 1 GB address-space limit and a time limit, so the old
behaviour fails the test (out of memory or timeout) instead of taking the machine down."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.security.store_fixtures import ALICE_PASS, new_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="devices and FIFOs as POSIX has them")

LIMIT_SECONDS = 25
ROOT = Path(__file__).resolve().parents[2]
CHILD = "import sys, tests; from crisisplan.cli import main; sys.exit(main(sys.argv[1:]))"
"""The command line, with the test suite's lowered key-derivation floor (tests/__init__.py)."""
MEMORY = 1024 * 1024 * 1024


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _cli(args: list[str], data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRISISPLAN_USER": "alice", "CRISISPLAN_PASSPHRASE": ALICE_PASS,
           "CRISISPLAN_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    start = time.monotonic()
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, *args], env=env, capture_output=True, cwd=ROOT,
                              text=True, timeout=LIMIT_SECONDS, preexec_fn=_limit_memory)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{args[0]} did not finish within {LIMIT_SECONDS} s (an unbounded read)")
    assert time.monotonic() - start < LIMIT_SECONDS
    return done


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bounded") / "data"
    new_store(folder).close()
    return folder


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "plans.json"
    os.mkfifo(path)
    return path


@pytest.fixture(scope="module")
def trust(data: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The store's own signed trust bundle and its root fingerprint, so that `verify FILE` goes on
    to read the card file."""
    out = tmp_path_factory.mktemp("trust")
    done = _cli(["trust", "export", str(out)], data)
    assert done.returncode == 0, done.stderr
    return out / "trust-bundle.json", done.stdout.split("fingerprint: ")[1].splitlines()[0].strip()


def _cases(source: Path, tmp_path: Path, trust: tuple[Path, str]) -> list[list[str]]:
    bundle, root = trust
    return [
        ["import", str(source)],
        ["protocol", "import", str(source)],
        ["verify", str(source), "--trust", str(bundle), "--root", root],
        ["verify", "--text", "CP1:x", "--trust", str(source), "--root", root],
        ["restore", str(source)],
        ["fhir", "import", str(source)],
        ["verifier", "export", str(tmp_path / "out"), "--url", "https://example.org/v/verifier.html",
         "--bundle", str(source), "--root-fingerprint", "00" * 32],
    ]


def _refused_plainly(output: str) -> bool:
    return "not a regular file" in output or "not an ordinary file" in output


@pytest.mark.parametrize("case", range(7))
def test_dev_zero_is_refused_quickly(data: Path, tmp_path: Path, trust: tuple[Path, str], case: int) -> None:
    args = _cases(Path("/dev/zero"), tmp_path, trust)[case]
    done = _cli(args, data)
    assert done.returncode not in (0, 1), done.stderr  # a clear refusal, not success or a crash
    assert "internal error" not in done.stderr and "MemoryError" not in done.stderr
    assert _refused_plainly(done.stderr + done.stdout), done.stderr


@pytest.mark.parametrize("case", range(7))
def test_a_fifo_nobody_writes_to_is_refused_quickly(data: Path, tmp_path: Path, fifo: Path,
                                                    trust: tuple[Path, str], case: int) -> None:
    args = _cases(fifo, tmp_path, trust)[case]
    done = _cli(args, data)
    assert done.returncode not in (0, 1), done.stderr
    assert _refused_plainly(done.stderr + done.stdout), done.stderr


def test_read_bounded_reads_a_regular_file_up_to_its_limit(tmp_path: Path) -> None:
    from crisisplan.bounded import InputTooLargeError, read_bounded

    path = tmp_path / "f.json"
    path.write_bytes(b"x" * 100)
    assert read_bounded(path, 100) == b"x" * 100
    with pytest.raises(InputTooLargeError) as info:
        read_bounded(path, 99)
    assert info.value.strerror == "larger than 99 bytes"


@pytest.mark.parametrize("kind", ["device", "fifo", "folder"])
def test_read_bounded_refuses_what_is_not_a_regular_file_at_once(tmp_path: Path, kind: str) -> None:
    from crisisplan.bounded import NotRegularFileError, read_bounded

    path = {"device": Path("/dev/zero"), "fifo": tmp_path / "p", "folder": tmp_path}[kind]
    if kind == "fifo":
        os.mkfifo(path)
    start = time.monotonic()
    with pytest.raises((NotRegularFileError, IsADirectoryError)) as info:
        read_bounded(path, 10)
    assert time.monotonic() - start < 1.0
    assert str(tmp_path) not in str(info.value.strerror)

