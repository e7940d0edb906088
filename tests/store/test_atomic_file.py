"""EXP-01 and the store's own files: ONE helper writes a file atomically (`crisisplan.atomic_file`);
this is its one test suite. The fsync spies fail if any fsync is removed or moved after the rename."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from crisisplan import atomic_file
from crisisplan.atomic_file import atomic_file as atomic_stream
from crisisplan.atomic_file import write_bytes_atomic
from crisisplan.services import atomic as services_atomic
from crisisplan.store import NotSavedError, fsutil


class Spy:
    """Records fsync (with what the descriptor names) and rename calls, in order."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.events: list[tuple[str, str]] = []
        real_fsync, real_replace = os.fsync, os.replace

        def fsync(fd: int) -> None:
            self.events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}") if os.path.exists("/proc/self/fd")
                                else str(fd)))
            real_fsync(fd)

        def replace(src: object, dst: object) -> None:
            self.events.append(("replace", str(dst)))
            real_replace(src, dst)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "replace", replace)


def test_the_services_and_the_store_use_the_one_helper() -> None:
    assert services_atomic.write_bytes_atomic is atomic_file.write_bytes_atomic
    assert services_atomic.write_text_atomic is atomic_file.write_text_atomic
    assert fsutil.atomic_file is atomic_file.atomic_file and fsutil.fsync_dir is atomic_file.fsync_dir


def test_write_replaces_whole_file_with_owner_only_permissions(tmp_path: Path) -> None:
    target = tmp_path / "card.pdf"
    target.write_bytes(b"old contents")
    write_bytes_atomic(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir()] == ["card.pdf"]


@pytest.mark.skipif(not os.path.exists("/proc/self/fd"), reason="names of descriptors from /proc")
def test_the_file_is_fsynced_before_the_rename_and_the_folder_after(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    target = tmp_path / "card.pdf"
    write_bytes_atomic(target, b"%PDF")
    kinds = [kind for kind, _ in spy.events]
    assert kinds == ["fsync", "replace", "fsync"], spy.events
    assert spy.events[0][1].startswith(str(tmp_path / ".card.pdf.tmp-"))  # the temp file's data
    assert spy.events[1][1] == str(target)
    assert spy.events[2][1] == str(tmp_path)  # the folder, so the rename survives a power cut


@pytest.mark.skipif(not os.path.exists("/proc/self/fd"), reason="names of descriptors from /proc")
def test_publish_fsyncs_a_file_written_by_name_before_its_rename_and_the_folder_after(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temporary = tmp_path / ".key.pdf.part"
    temporary.write_bytes(b"%PDF written by a printer")
    spy = Spy(monkeypatch)
    atomic_file.publish(temporary, tmp_path / "key.pdf")
    assert spy.events == [("fsync", str(temporary)), ("replace", str(tmp_path / "key.pdf")),
                          ("fsync", str(tmp_path))]
    assert [p.name for p in tmp_path.iterdir()] == ["key.pdf"]


def test_printing_to_a_file_uses_the_one_helper() -> None:
    import ast
    import inspect

    from crisisplan.ui import printing

    source = inspect.getsource(printing)
    assert printing.publish is atomic_file.publish
    called = {ast.unparse(n.func) for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call)}
    assert not called & {"os.fsync", "os.replace", "os.rename"}, "a second copy of the atomic write"


def test_streamed_pieces_arrive_whole(tmp_path: Path) -> None:
    target = tmp_path / "b.cpbak"
    with atomic_stream(target) as out:
        for n in range(100):
            out.write(bytes([n]) * 10_000)
    assert target.read_bytes() == b"".join(bytes([n]) * 10_000 for n in range(100))


def test_failure_mid_write_leaves_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "card.pdf"
    target.write_bytes(b"old contents")

    def broken_fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        write_bytes_atomic(target, b"x" * 100_000)
    assert target.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["card.pdf"]


def test_an_exception_in_the_writer_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "b.cpbak"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_stream(target) as out:
        out.write(b"half")
        raise RuntimeError("stop")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["b.cpbak"]


def test_failure_before_any_file_exists_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "summary.pdf"

    def read_only(src: object, dst: object) -> None:
        raise OSError(errno.EROFS, "Read-only")

    monkeypatch.setattr(atomic_file.os, "replace", read_only)
    with pytest.raises(OSError):
        write_bytes_atomic(target, b"data")
    assert list(tmp_path.iterdir()) == []


def test_the_store_maps_a_full_disk_onto_not_saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "keyslots.json"
    target.write_bytes(b"old")

    def no_space(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "write", no_space)
    with pytest.raises(NotSavedError, match="disk is full"):
        fsutil.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]
