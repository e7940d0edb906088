"""Mutation helpers for the IMP-01 fuzz tests: fast, seeded and reproducible."""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Sequence

from crisisplan.export.base45 import ALPHABET

SCALE = max(1, int(os.environ.get("CRISISPLAN_FUZZ_SCALE", "1")))
"""Multiply every fuzz budget, e.g. CRISISPLAN_FUZZ_SCALE=20 for a long offline run."""

_INTERESTING_BYTES = (0x00, 0x01, 0x7F, 0x80, 0xFF, 0x18, 0x19, 0x1A, 0x1B, 0x1F, 0x40, 0x58, 0x59, 0x5F,
                      0x78, 0x79, 0x7B, 0x9F, 0xA0, 0xBF, 0xC0, 0xD2, 0xF4, 0xF5, 0xF6, 0xF7, 0xFB)
TEXT_POOL = ALPHABET + "abcxyz\n\r\t\u00e9\u00ff\u2028\ufeff\U0001f600{}[]\",\\"


def mutate_bytes(rng: random.Random, data: bytes, max_ops: int = 4) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, max_ops)):
        op = rng.randrange(8)
        pos = rng.randrange(len(out) + 1)
        if op == 0 and out:
            out[min(pos, len(out) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1 and out:
            out[min(pos, len(out) - 1)] = rng.choice(_INTERESTING_BYTES)
        elif op == 2:
            out[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 3 and out:
            del out[pos : pos + rng.randint(1, 16)]
        elif op == 4:
            del out[pos:]
        elif op == 5 and out:
            start = rng.randrange(len(out))
            out[pos:pos] = out[start : start + rng.randint(1, 32)]
        elif op == 6 and out:
            out[min(pos, len(out) - 1)] = rng.randrange(256)
        else:
            out += bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
    return bytes(out)


def mutate_text(rng: random.Random, text: str, pool: str = TEXT_POOL, max_ops: int = 4) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, max_ops)):
        op = rng.randrange(6)
        pos = rng.randrange(len(chars) + 1)
        if op == 0 and chars:
            chars[min(pos, len(chars) - 1)] = rng.choice(pool)
        elif op == 1:
            chars[pos:pos] = rng.choices(pool, k=rng.randint(1, 6))
        elif op == 2 and chars:
            del chars[pos : pos + rng.randint(1, 12)]
        elif op == 3:
            del chars[pos:]
        elif op == 4 and chars:
            start = rng.randrange(len(chars))
            chars[pos:pos] = chars[start : start + rng.randint(1, 24)]
        elif chars:
            i, j = rng.randrange(len(chars)), rng.randrange(len(chars))
            chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)


def random_text(rng: random.Random, max_len: int, pool: str = TEXT_POOL) -> str:
    return "".join(rng.choices(pool, k=rng.randint(0, max_len)))


def run(
    name: str,
    budget: int,
    make_input: Callable[[random.Random, int], object],
    call: Callable[[object], object],
    allowed: Sequence[type[BaseException]],
    seed: int,
) -> int:
    """Feed `budget` generated inputs to `call`; any exception not in `allowed` fails with the seed,
    the iteration and the exception type (never the input itself)."""
    rng = random.Random(seed)
    for i in range(budget):
        value = make_input(rng, i)
        try:
            call(value)
        except tuple(allowed):
            pass
        except Exception as exc:  # report, never crash the loop silently
            raise AssertionError(
                f"{name}: undocumented {type(exc).__name__} at iteration {i} (seed {seed})"
            ) from exc
    return budget
