"""EXP-01: exports are atomic — never a truncated file under the final name, no temp left behind."""

from __future__ import annotations

import os

import pytest

from crisisplan.services import atomic
from crisisplan.services.atomic import write_bytes_atomic


def test_write_replaces_whole_file_with_owner_only_permissions(tmp_path):
    target = tmp_path / "card.pdf"
    target.write_bytes(b"old contents")
    write_bytes_atomic(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir()] == ["card.pdf"]


def test_failure_mid_write_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "card.pdf"
    target.write_bytes(b"old contents")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        write_bytes_atomic(target, b"x" * 100_000)
    assert target.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["card.pdf"]


def test_failure_before_any_file_exists_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(atomic.os, "replace", lambda a, b: (_ for _ in ()).throw(OSError(30, "Read-only")))
    with pytest.raises(OSError):
        write_bytes_atomic(target, b"data")
    assert list(tmp_path.iterdir()) == []
    assert os.path.exists(tmp_path)
