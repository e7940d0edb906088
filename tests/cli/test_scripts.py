"""The README's two commands. `./test.sh` is what is running this; `./run.sh` must start the app
(or the command line) on a fresh clone: its own arguments must never leak into the set-up step."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_run_sh_passes_its_arguments_to_crisisplan(tmp_path: Path):
    env = {**os.environ, "CRISISPLAN_DATA_DIR": str(tmp_path / "store")}
    done = subprocess.run([str(ROOT / "run.sh"), "--version"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().startswith("crisisplan ")
    listed = subprocess.run([str(ROOT / "run.sh"), "list"], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert listed.returncode == 2 and "no user given" in listed.stderr  # a clear message, no traceback
    assert not (tmp_path / "store").exists()


def test_run_sh_keeps_the_callers_folder_for_relative_paths(tmp_path: Path):
    env = {**os.environ, "CRISISPLAN_DATA_DIR": str(tmp_path / "store")}
    done = subprocess.run([str(ROOT / "run.sh"), "schema"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert done.returncode == 0
    trust = tmp_path / "t.json"
    trust.write_text("{}")
    done = subprocess.run([str(ROOT / "run.sh"), "verify", "--text", "hello", "--trust", "t.json", "--root", "ab" * 32],
                          cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 4 and "trust" in done.stderr.lower()  # found t.json here, and refused it
