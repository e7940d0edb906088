"""P2/P9: opening the plan list must not import pyHanko (about 0.4 s and an HTTP client with it);
it is imported when a PDF is first signed (export/pades_sign.py). Found when the desktop's first
page took 553 ms after signed summaries were merged (263 ms without)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import sys
import crisisplan.ui.workspace, crisisplan.ui.shell, crisisplan.services.cards
print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in ('pyhanko', 'aiohttp')}))
from crisisplan.export.pades import sign_pdf
import crisisplan.export.pades_sign
print('pyhanko' in sys.modules)
"""


def test_the_desktop_workspace_does_not_import_pyhanko_until_a_pdf_is_signed() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, cwd=ROOT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert result.returncode == 0, result.stderr
    before, after = result.stdout.strip().splitlines()[-2:]
    assert before == "[]", before
    assert after == "True"  # the probe can see pyHanko when it is imported
