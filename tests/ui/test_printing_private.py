"""The recovery-key sheet printed to a PDF file is owner-only (0600) and written atomically
(issue 8, section 6): a shared PC's other users cannot read the key from the file."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from crisisplan.ui.printing import deliver

KEY = "RK-TEST-ABCD-EFGH-IJKL"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_recovery_key_pdf_is_owner_only_and_atomic(qapp, tmp_path: Path) -> None:
    old = os.umask(0o022)  # a usual umask: files other users could read
    try:
        target = tmp_path / "recovery-key.pdf"
        target.write_bytes(b"an older, readable file")
        target.chmod(0o644)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        deliver(printer, f"crisisplan recovery key\n\n{KEY}\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recovery-key.pdf"]  # no temporary left
