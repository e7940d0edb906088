"""Extract every user-visible string into the translation sources (resources/translations/*.ts)
with pyside6-lupdate, then refresh the pseudo-locale. Run after changing user-visible text:

    .venv/bin/python tools/update_translations.py             # update every crisisplan_*.ts
    .venv/bin/python tools/update_translations.py --add pl    # start a new language (Polish)

Steps: (1) tools/extract_form_texts.py rewrites the marker file of form titles and help texts;
(2) pyside6-lupdate reads crisisplan/**/*.py and updates each .ts (existing translations are
kept; strings no longer in the code are marked vanished); (3) the pseudo-locale (en_XA) is
regenerated from the result. docs/translations.md describes the whole pipeline.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools import extract_form_texts, make_pseudo_locale  # noqa: E402

SOURCES = ROOT / "resources" / "translations"
PSEUDO = SOURCES / f"crisisplan_{make_pseudo_locale.PSEUDO_LANGUAGE}.ts"


def code_files() -> list[Path]:
    return sorted(path for path in (ROOT / "crisisplan").rglob("*.py") if "__pycache__" not in path.parts)


def lupdate(targets: list[Path], *, extra: tuple[str, ...] = ()) -> str:
    """Run pyside6-lupdate over the code into `targets`; returns its report."""
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    if tool is None:
        raise SystemExit("pyside6-lupdate was not found: install the project (pip install -e .) first")
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "files.txt"
        listing.write_text("\n".join(str(path) for path in code_files()) + "\n", encoding="utf-8")
        result = subprocess.run(
            [tool, *extra, "-locations", "relative", f"@{listing}", "-ts", *map(str, targets)],
            capture_output=True, text=True, timeout=300, check=False, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed:\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", metavar="LANG", help="start a translation for LANG (e.g. pl, ur, pt_BR)")
    args = parser.parse_args(argv)
    extract_form_texts.main([])
    SOURCES.mkdir(parents=True, exist_ok=True)
    targets = sorted(SOURCES.glob("crisisplan_*.ts"))
    if args.add:
        if not re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", args.add):
            raise SystemExit("LANG is a language code such as pl, ur or pt_BR")
        new = SOURCES / f"crisisplan_{args.add}.ts"
        if new.exists():
            raise SystemExit(f"{new.name} exists already")
        lupdate([new], extra=("-target-language", args.add))
        print(f"started {new.relative_to(ROOT)}; add the language to LANGUAGES in crisisplan/i18n.py")
    if PSEUDO not in targets:
        targets.append(PSEUDO)
    print(lupdate(targets).strip())
    for target in targets:
        make_pseudo_locale.mark_plurals(target)
    make_pseudo_locale.fill(PSEUDO, PSEUDO)
    print(f"refreshed the pseudo-locale {PSEUDO.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
