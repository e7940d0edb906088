"""docs/clinical-safety/hazard-log.md cannot rot: every test it names exists, every control has a
test, every row is complete, the required hazards are covered, and the ratings follow the matrix
of docs/clinical-safety/README.md."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAFETY = ROOT / "docs" / "clinical-safety"
COLUMNS = ("ID", "Hazard", "Cause", "Effect", "Controls in the product", "Tests that show each control works",
           "Initial risk", "Residual risk and what remains")
TEST_REF = re.compile(r"`(tests/[\w/]+\.py)::(\w+(?:::\w+)?)`")
CONTROL = re.compile(r"\*\*(C\d+)\*\*")
RATING = re.compile(r"^(Minor|Significant|Considerable|Major|Catastrophic) × (Very low|Low|Medium|High|Very high)"
                    r" = ([1-5])\b")
REQUIRED = {  # the hazards the product must cover, by words in the hazard's name
    "out-of-date card": "Wrong or out-of-date card trusted in a crisis",
    "forged": "Card forged or altered",
    "beyond consent": "Information shared beyond consent",
    "unavailable": "Plan unavailable when needed (lost passphrase, damaged store)",
    "lost or overwritten": "Plan lost or overwritten",
    "wrong person": "Wrong person's plan shown",
    "advance decision": "Advance decision wrongly treated as valid",
    "shared PC": "Data left readable on a shared PC",
}


@dataclass(frozen=True)
class Row:
    cells: dict[str, str]

    @property
    def id(self) -> str:
        return self.cells["ID"]


def split_row(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split(" | ")]


@cache
def rows() -> list[Row]:
    lines = (SAFETY / "hazard-log.md").read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("| ID |"))
    assert tuple(split_row(lines[header])) == COLUMNS
    found: list[Row] = []
    for line in lines[header + 2:]:
        if not line.startswith("|"):
            break
        cells = split_row(line)
        assert len(cells) == len(COLUMNS), f"{cells[0]}: {len(cells)} cells, expected {len(COLUMNS)}"
        found.append(Row(dict(zip(COLUMNS, cells, strict=True))))
    return found


@cache
def defined_tests(path: str) -> frozenset[str]:
    """Test functions of a test file: `name` at module level, `Class::name` in classes."""
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test"):
            names.add(node.name)
        elif isinstance(node, ast.ClassDef):
            names.update(f"{node.name}::{item.name}" for item in node.body
                         if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and item.name.startswith("test"))
    return frozenset(names)


def by_control(cell: str) -> dict[str, str]:
    """{'C1': text of C1, ...} from a cell written '**C1** ... <br>**C2** ...'."""
    parts = CONTROL.split(cell)
    assert parts[0].strip() == "", f"text before the first control: {parts[0][:60]!r}"
    labels, texts = parts[1::2], parts[2::2]
    assert labels == [f"C{i}" for i in range(1, len(labels) + 1)], labels
    return dict(zip(labels, texts, strict=True))


@cache
def matrix() -> dict[tuple[str, str], int]:
    """{(severity, likelihood): rating} from the README's risk matrix."""
    lines = (SAFETY / "README.md").read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("| likelihood \\ severity |"))
    severities = split_row(lines[header])[1:]
    ratings: dict[tuple[str, str], int] = {}
    for line in lines[header + 2: header + 7]:
        likelihood, *values = split_row(line)
        ratings.update({(s, likelihood): int(v) for s, v in zip(severities, values, strict=True)})
    assert len(ratings) == 25
    return ratings


def test_ids_are_numbered_in_order_and_every_cell_is_filled() -> None:
    assert [r.id for r in rows()] == [f"H-{n:02d}" for n in range(1, len(rows()) + 1)]
    for row in rows():
        for column, text in row.cells.items():
            assert len(text) >= 2, f"{row.id}: {column} is empty"


def test_required_hazards_are_all_in_the_log() -> None:
    names = [r.cells["Hazard"] for r in rows()]
    for words, expected in REQUIRED.items():
        assert any(words.lower() in n.lower() for n in names), f"no hazard about {words!r} (e.g. {expected!r})"


@pytest.mark.parametrize("hazard", [r.id for r in rows()])
def test_every_control_has_a_test_and_every_test_has_a_control(hazard: str) -> None:
    row = next(r for r in rows() if r.id == hazard)
    controls = by_control(row.cells["Controls in the product"])
    tests = by_control(row.cells["Tests that show each control works"])
    assert controls and list(tests) == list(controls), f"{hazard}: controls {list(controls)}, tests {list(tests)}"
    for label, text in tests.items():
        assert len(controls[label].strip()) > 10, f"{hazard} {label}: the control is not described"
        refs = TEST_REF.findall(text)
        assert refs, f"{hazard} {label}: no test named"
        leftover = TEST_REF.sub("", text).replace(",", "").replace("<br>", "").strip()
        assert leftover == "", f"{hazard} {label}: not a test reference: {leftover!r}"


def test_every_named_test_exists() -> None:
    missing: list[str] = []
    count = 0
    for row in rows():
        for path, name in TEST_REF.findall(row.cells["Tests that show each control works"]):
            count += 1
            if not (ROOT / path).is_file():
                missing.append(f"{row.id}: {path} (no such file)")
            elif name not in defined_tests(path):
                missing.append(f"{row.id}: {path}::{name} (no such test)")
    assert count >= 100
    assert missing == [], "the hazard log names tests that do not exist:\n" + "\n".join(missing)


def test_ratings_follow_the_matrix_and_no_residual_risk_is_unacceptable() -> None:
    ratings = matrix()
    for row in rows():
        for column in ("Initial risk", "Residual risk and what remains"):
            match = RATING.match(row.cells[column])
            assert match, f"{row.id}: {column} does not start with 'Severity × Likelihood = N'"
            severity, likelihood, given = match.group(1), match.group(2), int(match.group(3))
            assert ratings[(severity, likelihood)] == given, f"{row.id}: {severity} × {likelihood} is not {given}"
        initial = int(RATING.match(row.cells["Initial risk"]).group(3))  # type: ignore[union-attr]
        residual = int(RATING.match(row.cells["Residual risk and what remains"]).group(3))  # type: ignore[union-attr]
        assert residual <= initial, f"{row.id}: the controls raise the risk"
        assert residual <= 3, f"{row.id}: residual risk {residual} is unacceptable"
        if residual == 3:
            assert re.search(r"undesirable", row.cells["Residual risk and what remains"]), (
                f"{row.id}: a residual risk of 3 must say it is undesirable and why it is accepted")


def test_open_actions_named_in_rows_are_listed() -> None:
    text = (SAFETY / "hazard-log.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| (A-\d+) \|", text, re.MULTILINE))
    for row in rows():
        for action in re.findall(r"\baction (A-\d+)", row.cells["Residual risk and what remains"]):
            assert action in listed, f"{row.id} names {action}, which is not in the open actions"
