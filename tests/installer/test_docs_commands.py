"""Every command the README and docs/installing.md tell a reader to type exists, with those flags.

Each `./run.sh …`, `crisisplan …` or `crisisplan-cli …` command in a code block or inline code span is
parsed by the program's own argument parser (nothing is run), and every "Records → X" the install guide
names is a tab of the Records window."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from crisisplan.cli.parser import build_parser

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", ROOT / "docs" / "installing.md"]
_PROGRAM = re.compile(r"^(?:\./run\.sh|crisisplan|crisisplan-cli|\.venv/bin/crisisplan)(?=\s|$)")
_NOT_A_COMMAND = re.compile(r"^\S+ (?:SUBCOMMAND|\d+\.\d+\.\d+ self-test)")
"""Syntax descriptions ("./run.sh SUBCOMMAND …") and the self-test's printed first line."""


def _commands(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    found: list[str] = []
    for block in re.findall(r"```(?:sh|bash|shell)?\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            line = re.split(r"\s{2,}\(", line.split("#", 1)[0])[0]  # "cmd   (Windows: …)" notes
            for part in line.split(";"):
                part = part.strip()
                if _PROGRAM.match(part) and not _NOT_A_COMMAND.search(part):
                    found.append(part)
    prose = re.sub(r"```.*?```", "", text, flags=re.S)
    for span in re.findall(r"`([^`]+)`", prose, flags=re.S):
        span = " ".join(span.split())
        if _PROGRAM.match(span) and not _NOT_A_COMMAND.search(span):
            found.append(span)
    return found


def _argv(command: str) -> list[str]:
    words = shlex.split(command.replace("\\", "/"))[1:]
    return [w for w in words if not re.fullmatch(r"\(.*\)|or|\.\.\.|…", w)]


CASES = [(path.name, command) for path in DOCS for command in _commands(path)]


def test_the_docs_name_commands() -> None:
    names = {name for name, _ in CASES}
    assert names == {"README.md", "installing.md"}
    assert len(CASES) >= 20


@pytest.mark.parametrize(("doc", "command"), CASES, ids=[f"{d}:{c[:50]}" for d, c in CASES])
def test_documented_command_parses(doc: str, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = _argv(command)
    try:
        build_parser().parse_args(argv)
    except SystemExit as exc:
        if exc.code == 0:  # --help, --version
            return
        said = capsys.readouterr().err.strip().splitlines()
        pytest.fail(f"{doc}: `{command}` does not parse (exit {exc.code}): {said[-1] if said else ''}")


def test_records_tabs_named_in_the_install_guide_exist() -> None:
    guide = (ROOT / "docs" / "installing.md").read_text(encoding="utf-8")
    named = {" ".join(m.split()) for m in re.findall(r"Records(?: \(Ctrl\+R\))? →\s+([A-Z][a-z]+(?: [a-z]+)*)", guide)}
    assert named, "the guide names Records tabs"
    source = " ".join((ROOT / "crisisplan" / "ui" / "records" / "page.py").read_text(encoding="utf-8").split())
    tabs = {t.replace("&", "") for t in re.findall(r'translate\("[^"]*", "([^"]+)"\)', source)}
    missing = sorted(n for n in named if not any(t.startswith(n) or n.startswith(t) for t in tabs))
    assert not missing, f"docs/installing.md names Records tabs that do not exist: {missing}"
