"""Compile the translation sources (resources/translations/*.ts) into the .qm files the app loads,
with pyside6-lrelease. Run at install time by tools/bootstrap.sh (./run.sh, ./test.sh) and by the
installer build; the .qm files are build output and are not committed.

    .venv/bin/python tools/build_translations.py [--out FOLDER] [--if-stale]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease was not found: install the project (pip install -e .) first")
    return found


def build(ts: Path, qm: Path) -> None:
    result = subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)],
                            capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0 or not qm.is_file():
        raise SystemExit(f"pyside6-lrelease failed on {ts.name}:\n{result.stdout}{result.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SOURCES, help="folder for the .qm files")
    parser.add_argument("--if-stale", action="store_true", help="only rebuild .qm files older than their .ts")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for ts in sorted(SOURCES.glob("crisisplan_*.ts")):
        qm = args.out / ts.with_suffix(".qm").name
        if args.if_stale and qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        build(ts, qm)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
