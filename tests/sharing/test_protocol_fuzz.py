"""IMP-01: fuzz the protocol loader. Whatever the input, only ProtocolError may escape, with clear messages.

The generator is a seeded mutation fuzzer (deterministic, so a failure can be replayed): random bytes,
token soup, and mutations of the bundled samples (deleted, duplicated, renamed and garbled keys and
values, wrong types, huge strings and numbers, deep nesting, byte-level damage). Set
CRISISPLAN_FUZZ_COUNT (at least 30,000) and CRISISPLAN_FUZZ_SEED to run longer or differently offline.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crisisplan.forms.items import Item
from crisisplan.sharing.protocol import (
    RECIPIENT_KEYS,
    Protocol,
    ProtocolError,
    dump_protocol,
    load_protocol,
    protocols_dir,
)

MIN_INPUTS = 30_000
COUNT = max(MIN_INPUTS, int(os.environ.get("CRISISPLAN_FUZZ_COUNT", str(MIN_INPUTS))))
SEED = int(os.environ.get("CRISISPLAN_FUZZ_SEED", "20261121"))
TIME_LIMIT_S = 60.0 * COUNT / MIN_INPUTS
"""60 s for the default 30,000 inputs; proportionally more when CRISISPLAN_FUZZ_COUNT asks for more."""

SAMPLES = [p.read_text(encoding="utf-8") for p in sorted(protocols_dir().glob("*.json"))]
LEAKS = ("Traceback", "pydantic", "validation error for", "input_value", "errors.pydantic.dev", "<class ")


class Raw(str):
    """Text emitted into the JSON verbatim (for NaN, lone surrogate escapes, huge numbers, nesting)."""


def to_json(doc: Any, dup: object | None, rng: random.Random) -> str:
    """Serialise with Raw values inserted verbatim and, in the ``dup`` object, one key written twice."""
    raws: dict[str, str] = {}
    dup_text: list[str] = []

    def tokenise(value: Any) -> Any:
        if isinstance(value, Raw):
            token = f"@@raw{len(raws)}@@"
            raws[json.dumps(token)] = str(value)
            return token
        if isinstance(value, list):
            return [tokenise(v) for v in value]
        if isinstance(value, dict):
            out = {k: tokenise(v) for k, v in value.items()}
            if value is dup and out:
                key = rng.choice(list(out))
                dup_text.append(f"{json.dumps(key)}: {json.dumps(out[key])}")
                out["@@dup@@"] = 0
            return out
        return value

    text = json.dumps(tokenise(doc), ensure_ascii=rng.random() < 0.5)
    if dup_text:
        text = text.replace('"@@dup@@": 0', dup_text[0], 1)
    for token, raw in raws.items():
        text = text.replace(token, raw, 1)
    return text


def pick_slot(doc: Any, rng: random.Random) -> tuple[Any, Any]:
    """A random (container, key-or-index), found by a random walk down from the top."""
    node = doc
    while True:
        keys = list(node) if isinstance(node, dict) else range(len(node))
        key = rng.choice(keys)
        child = node[key]
        if isinstance(child, dict | list) and child and rng.random() < 0.75:
            node = child
            continue
        return node, key


def slots(doc: Any) -> list[tuple[Any, Any]]:
    """Every (container, key-or-index) in the document."""
    found: list[tuple[Any, Any]] = []
    stack = [doc]
    while stack:
        node = stack.pop()
        keys = list(node) if isinstance(node, dict) else range(len(node))
        for key in keys:
            found.append((node, key))
            if isinstance(node[key], dict | list):
                stack.append(node[key])
    return found


VALID_STRINGS = [
    *(i.value for i in Item),
    *RECIPIENT_KEYS,
    "police_force",
    "other",
    "council",
    "2026-11-01",
    "2027-10-31",
    "2026-02-29",
    "01632 960999",
    "+44 1632 960000",
    "999",
    "crisisplan.protocol",
    "Thames Valley Police",
    "ab" * 8,
    "",
]
ODD_CHARS = [
    "\x00",
    "\x07",
    "\n",
    "\r",
    "\t",
    "\u202e",
    "\u2066",
    "\x85",
    "\ufeff",
    "é",
    "😀",
    "\u0301",
    '"',
    "\\",
]


def garble(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(5)
        pos = rng.randrange(len(chars) + 1)
        if op == 0 and chars:
            del chars[min(pos, len(chars) - 1)]
        elif op == 1:
            chars.insert(pos, rng.choice([*ODD_CHARS, chr(rng.randrange(32, 0x2FFF))]))
        elif op == 2:
            chars = chars[:pos]
        elif op == 3:
            chars = [c.upper() if rng.random() < 0.5 else c for c in chars]
        else:
            chars.extend(chars[:pos])
    return "".join(chars)


def random_value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.randrange(22)
    if roll == 0:
        return None
    if roll == 1:
        return rng.random() < 0.5
    if roll == 2:
        return rng.choice([0, -1, 1, 365, 1095, 1096, 2**31, -(2**63), 10**30])
    if roll == 3:
        return rng.choice([365.0, -0.0, 1e308, 0.5, 1e-300])
    if roll == 4:
        return Raw(
            rng.choice(
                [
                    "NaN",
                    "Infinity",
                    "-Infinity",
                    "1e99999",
                    "9" * rng.choice([20, 4400, 6000]),
                    '"\\ud800"',
                    '"a\\udc00b"',
                    '"\\u0000"',
                ]
            )
        )
    if roll in (5, 6, 7):
        return rng.choice(VALID_STRINGS)
    if roll == 8:
        return garble(rng.choice(VALID_STRINGS) or "x", rng)
    if roll == 9:
        return (
            "".join(chr(rng.randrange(0x20, 0x10FFFF)) for _ in range(rng.randrange(1, 30)))
            .encode("utf-8", "replace")
            .decode("utf-8", "replace")
        )
    if roll == 10:
        return rng.choice("x\n é") * rng.choice([121, 301, 2001, 5000, 50_000])
    if roll == 11:
        depth_n = rng.choice([5, 25, 500, 5000])
        return Raw("[" * depth_n + "]" * depth_n)
    if roll == 12:
        depth_n = rng.choice([5, 25, 500])
        return Raw('{"a": ' * depth_n + "1" + "}" * depth_n)
    if roll in (13, 14) and depth < 3:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if roll in (15, 16) and depth < 3:
        return {
            rng.choice([*VALID_STRINGS, "x"]): random_value(rng, depth + 1) for _ in range(rng.randrange(4))
        }
    if roll == 17:
        return []
    if roll == 18:
        return {}
    return rng.choice(VALID_STRINGS)


def mutate_document(rng: random.Random) -> str | bytes:
    doc = json.loads(rng.choice(SAMPLES))
    dup: object | None = None
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        node, key = pick_slot(doc, rng)
        op = rng.randrange(10)
        if op == 0:
            del node[key]
        elif op in (1, 2, 3):
            node[key] = random_value(rng)
        elif op == 4 and isinstance(node, dict):
            new_key = garble(key, rng) if rng.random() < 0.7 else rng.choice(VALID_STRINGS)
            node[new_key] = node.pop(key)
        elif op == 5 and isinstance(node[key], str):
            node[key] = garble(node[key], rng)
        elif op == 6:
            dup = node if isinstance(node, dict) else node[key] if isinstance(node[key], dict) else None
            if isinstance(node, list):
                node.insert(key, node[key])
        elif op == 7 and isinstance(node[key], list):
            node[key].append(rng.choice(VALID_STRINGS) if rng.random() < 0.8 else random_value(rng))
        elif op == 8 and isinstance(node[key], list) and node[key]:
            rng.shuffle(node[key])
            del node[key][rng.randrange(len(node[key])) :]
        else:
            node[key] = rng.choice(VALID_STRINGS) if rng.random() < 0.5 else random_value(rng)
    text = to_json(doc, dup, rng) if rng.random() < 0.7 else json.dumps(doc, indent=2, default=str)
    return text.encode("utf-8", "surrogatepass") if rng.random() < 0.3 else text


def damage_bytes(rng: random.Random) -> bytes:
    data = bytearray(rng.choice(SAMPLES).encode("utf-8"))
    for _ in range(rng.randint(1, 4)):
        if not data:
            break
        pos = rng.randrange(len(data))
        op = rng.randrange(5)
        if op == 0:
            data[pos] = rng.randrange(256)
        elif op == 1:
            del data[pos : pos + rng.randint(1, 40)]
        elif op == 2:
            data[pos:pos] = rng.randbytes(rng.randint(1, 8))
        elif op == 3:
            del data[pos:]
        else:
            data[pos:pos] = data[pos : pos + rng.randint(1, 200)]
    return bytes(data) if data else b"{"


def random_bytes(rng: random.Random) -> bytes:
    prefix = rng.choice(
        [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"{", b'{"format": "crisisplan.protocol", ']
    )
    return prefix + rng.randbytes(rng.randrange(0, 300))


TOKENS = [
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    '"format"',
    '"crisisplan.protocol"',
    '"format_version"',
    "1",
    "true",
    "null",
    '"recipients"',
    '"police"',
    '"items"',
    '"name"',
    " ",
    "\n",
    '"',
    "\\",
    "-",
    "1e5",
    "NaN",
]


def token_soup(rng: random.Random) -> str:
    return "".join(rng.choice(TOKENS) for _ in range(rng.randrange(1, 60)))


def huge_input(rng: random.Random) -> str | bytes:
    size = rng.choice([1024 * 1024 - 200, 1024 * 1024 + 1, 2 * 1024 * 1024])
    doc = json.loads(SAMPLES[0])
    doc["area"] = "x" * size
    text = json.dumps(doc)
    return text.encode() if rng.random() < 0.5 else text


GENERATORS: list[tuple[str, Callable[[random.Random], str | bytes], float]] = [
    ("mutated document", mutate_document, 0.62),
    ("damaged bytes", damage_bytes, 0.2),
    ("random bytes", random_bytes, 0.1),
    ("token soup", token_soup, 0.0785),
    ("huge input", huge_input, 0.0015),
]


def check_error(error: ProtocolError) -> None:
    assert isinstance(error.problems, list) and error.problems
    for problem in error.problems:
        assert isinstance(problem, str) and problem.strip()
        assert len(problem) < 1000, problem[:200]
    message = str(error)
    assert not any(leak in message for leak in LEAKS), message[:500]


def test_fuzz_load_protocol_only_raises_protocol_error(capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(SEED)
    names = [name for name, _, _ in GENERATORS]
    weights = [w for _, _, w in GENERATORS]
    makers = {name: make for name, make, _ in GENERATORS}
    tried: Counter[str] = Counter()
    accepted = 0
    messages: set[str] = set()
    start = time.perf_counter()
    for index in range(COUNT):
        name = rng.choices(names, weights)[0]
        raw = makers[name](rng)
        tried[name] += 1
        try:
            protocol = load_protocol(raw)
        except ProtocolError as error:
            check_error(error)
            if len(messages) < 5000:
                messages.add(error.problems[0])
            continue
        except Exception as error:  # anything else is a bug: report the replayable input
            pytest.fail(
                f"input {index} ({name}, seed {SEED}) raised {type(error).__name__}: {error}\n"
                f"input starts: {raw[:300]!r}"
            )
        accepted += 1
        assert isinstance(protocol, Protocol)
        assert load_protocol(dump_protocol(protocol)) == protocol
    elapsed = time.perf_counter() - start
    with capsys.disabled():
        print(
            f"\nIMP-01 protocol fuzz: {COUNT} inputs in {elapsed:.1f} s (limit {TIME_LIMIT_S:.0f} s), "
            f"seed {SEED}; {accepted} accepted, {COUNT - accepted} rejected with ProtocolError, "
            f"{len(messages)} distinct first problems; by generator: {dict(tried)}"
        )
    assert sum(tried.values()) == COUNT >= MIN_INPUTS
    assert all(tried[name] > 0 for name in names)
    assert accepted > 100, "the mutations never produced a valid protocol: the fuzzer is not reaching far"
    assert len(messages) > 300, "too few distinct problems: the fuzzer is not exploring the validator"
    assert elapsed < TIME_LIMIT_S


def _json_values() -> st.SearchStrategy[Any]:
    leaves = (
        st.none()
        | st.booleans()
        | st.integers(-(10**20), 10**20)
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=30)
        | st.sampled_from(VALID_STRINGS)
    )
    return st.recursive(
        leaves,
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(st.text(max_size=10) | st.sampled_from(VALID_STRINGS), inner, max_size=4)
        ),
        max_leaves=12,
    )


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), sample=st.sampled_from(SAMPLES))
def test_any_json_value_anywhere_gives_a_clear_error_or_a_valid_protocol(
    data: st.DataObject, sample: str
) -> None:
    doc = json.loads(sample)
    node, key = data.draw(st.sampled_from(slots(doc)))
    node[key] = data.draw(_json_values())
    try:
        protocol = load_protocol(json.dumps(doc))
    except ProtocolError as error:
        check_error(error)
    else:
        assert load_protocol(dump_protocol(protocol)) == protocol
