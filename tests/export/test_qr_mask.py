"""The fast mask selection gives exactly segno's mask and matrix (ISO/IEC 18004 7.8.3)."""

from __future__ import annotations

import random

import pytest
import segno
from segno import encoder

from crisisplan.export import qr_mask

ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def _make(text: str, fast: bool, mask: int | None = None):
    saved = encoder.find_and_apply_best_mask
    encoder.find_and_apply_best_mask = qr_mask.find_and_apply_best_mask if fast else qr_mask._original
    try:
        return segno.make(text, error="m", mode="alphanumeric", boost_error=False, mask=mask)
    finally:
        encoder.find_and_apply_best_mask = saved


@pytest.fixture(autouse=True, scope="module")
def _installed():
    assert qr_mask.install(), "the pinned segno version must be one the fast mask was checked against"


def test_same_mask_and_matrix_as_segno_on_many_symbols():
    rng = random.Random(2014)
    checked = 0
    for length in list(range(1, 60, 7)) + list(range(60, 960, 37)):
        text = "CP1:" + "".join(rng.choice(ALPHANUMERIC) for _ in range(length))
        slow, fast = _make(text, fast=False), _make(text, fast=True)
        assert (fast.version, fast.mask) == (slow.version, slow.mask), length
        assert list(fast.matrix) == list(slow.matrix), length
        checked += 1
    assert checked > 30


@pytest.mark.parametrize("mask", range(8))
def test_a_proposed_mask_is_applied_as_segno_does(mask):
    text = "CP1:" + "6BFOXN*TS0BI$ZD.P9UOL97O4-2HH77HRM3DSPTLRR+%3" * 5
    assert list(_make(text, True, mask).matrix) == list(_make(text, False, mask).matrix)


def test_scores_match_segno_on_masked_matrices():
    rng = random.Random(7)
    for _ in range(10):
        text = "".join(rng.choice(ALPHANUMERIC) for _ in range(rng.randint(20, 700)))
        code = _make(text, fast=False)
        rows = [bytes(r) for r in code.matrix]
        width = len(rows)
        assert qr_mask.mask_score(rows) == encoder.evaluate_mask([bytearray(r) for r in rows], width, width)
