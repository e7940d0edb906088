"""A faster, exact drop-in for segno's QR mask selection (ISO/IEC 18004 7.8.2–7.8.3).

segno picks the data mask by applying all eight masks and scoring each in pure-Python loops over
every module: about 40 ms of the ~50 ms it takes to encode a card (P5, P10). This module computes
the same choice and the same masked matrix with whole-row integer and bytes operations instead.
It reproduces segno's scoring exactly, ties included (`tests/export/test_qr_mask.py` compares both
on many symbols), and is installed only for the segno version it was checked against; any other
version keeps segno's own code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import segno
from segno import encoder as _segno_encoder

_encoder: Any = _segno_encoder  # segno's internals are untyped

CHECKED_SEGNO = ("1.6.6",)

_N1_RUNS = re.compile(rb"\x00{5,}|\x01{5,}")
_N3 = bytes((1, 0, 1, 1, 1, 0, 1))

_original: Callable[..., Any] | None = None


def _n3(seq: bytes, size: int) -> int:
    """segno's n3_pattern_occurrences, on bytes."""
    count = 0
    idx = seq.find(_N3)
    while idx != -1:
        offset = idx + 7
        if idx in (0, size - 7) or not any(seq[max(idx - 4, 0):idx]) or not any(seq[offset:offset + 4]):
            count += 40
        else:
            offset = idx + 4
        idx = seq.find(_N3, offset)
    return count


def _n1(seq: bytes) -> int:
    return sum(m.end() - m.start() - 2 for m in _N1_RUNS.finditer(seq))


def mask_score(rows: Sequence[bytes]) -> int:
    """The penalty score segno's `evaluate_mask` gives this matrix (rows of 0/1 bytes)."""
    size = len(rows)
    ones = int.from_bytes(b"\x01" * size, "big")
    not_first = ones >> 8  # every module but the first in its row
    cols = [bytes(col) for col in zip(*rows, strict=True)]
    score = 0
    dark = 0
    last = None
    for row, col in zip(rows, cols, strict=True):
        score += _n1(row) + _n1(col) + _n3(row, size) + _n3(col, size)
        dark += row.count(1)
        value = int.from_bytes(row, "big")
        if last is not None:
            across = ~(value ^ (value >> 8)) & not_first  # row[j] == row[j-1]
            down = ~(value ^ last) & ones  # row[j] == last[j]
            score += 3 * (across & down & (down >> 8)).bit_count()
        last = value
    percent = float(dark) / (size**2)
    return score + 10 * int(abs(percent * 100 - 50) / 5)


def _mask_ints(width: int, height: int, function_matrix: Sequence[bytearray]) -> list[list[int]]:
    """For each of the 8 QR masks, each row's XOR pattern (0/1 per byte) limited to the data region."""
    patterns = _encoder.get_data_mask_functions(False)
    masks: list[list[int]] = []
    for pattern in patterns:
        rows = []
        for i in range(height):
            fn_row = function_matrix[i]
            rows.append(int.from_bytes(bytes(1 if fn_row[j] > 0x1 and pattern(i, j) else 0
                                             for j in range(width)), "big"))
        masks.append(rows)
    return masks


_MASK_CACHE: dict[int, list[list[int]]] = {}


def find_and_apply_best_mask(matrix: Any, width: int, height: int, proposed_mask: int | None = None) -> Any:
    """segno.encoder.find_and_apply_best_mask, same results, for QR (not Micro QR) symbols."""
    if width != height or width < 21 or _original is None:
        assert _original is not None
        return _original(matrix, width, height, proposed_mask)
    masks = _MASK_CACHE.get(width)
    if masks is None:
        function_matrix = _encoder.make_matrix(width, height)
        _encoder.add_finder_patterns(function_matrix, width, height)
        _encoder.add_alignment_patterns(function_matrix, width, height)
        function_matrix[-8][8] = 0x1
        masks = _MASK_CACHE.setdefault(width, _mask_ints(width, height, function_matrix))
    base = [int.from_bytes(bytes(row), "big") for row in matrix]
    candidates = range(8) if proposed_mask is None else (proposed_mask,)
    best: tuple[int, list[bytes]] | None = None
    best_score = None
    for number in candidates:
        rows = [(value ^ bits).to_bytes(width, "big") for value, bits in zip(base, masks[number], strict=True)]
        if proposed_mask is not None:
            return number, [bytearray(r) for r in rows]
        score = mask_score(rows)
        if best_score is None or score < best_score:
            best_score, best = score, (number, rows)
    assert best is not None
    return best[0], tuple(bytearray(r) for r in best[1])


def install() -> bool:
    """Use the fast mask selection inside segno (only for a segno version it was checked against)."""
    global _original
    if segno.__version__ not in CHECKED_SEGNO:
        return False
    if _original is None:
        _original = _encoder.find_and_apply_best_mask
        _encoder.find_and_apply_best_mask = find_and_apply_best_mask
    return True
