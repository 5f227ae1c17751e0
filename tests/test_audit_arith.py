"""Exact decimal arithmetic of the audit: rounding modes, written decimals, GRIM."""

from __future__ import annotations

from decimal import Decimal

import pytest

from zvitparse.audit.arith import (
    achievable_counts,
    decimals_of,
    fmt,
    grim_has_power,
    nearest_achievable,
    percent_consistent,
    sum_within_rounding,
)


@pytest.mark.parametrize("literal, decimals", [
    ("86,4", 1), ("86.4%", 1), ("100", 0), ("88,0", 1), ("44,74 %", 2), ("0", 0),
])
def test_decimals_written(literal: str, decimals: int) -> None:
    assert decimals_of(literal) == decimals


@pytest.mark.parametrize("k, n, p, d, ok", [
    (316, 342, "92", 0, True),      # 92.40 → 92
    (6, 342, "2", 0, True),         # 1.75 → 2
    (12, 18, "67", 0, True),        # 66.67 → 67
    (1, 18, "6", 0, True),          # 5.56 → 6
    (1, 18, "5", 0, True),          # floor of 5.56 is accepted
    (5, 18, "33", 0, False),        # 27.78: no mode gives 33
    (44, 50, "86.4", 1, False),     # 88.0
    (44, 50, "88.0", 1, True),
    (1, 8, "12", 0, True),          # 12.5: half-even gives 12
    (1, 8, "13", 0, True),          # 12.5: half-up gives 13
    (1, 8, "12.5", 1, True),
    (17, 38, "44.7", 1, True),      # 44.74
    (17, 37, "44.7", 1, False),     # 45.95
    (0, 10, "0", 0, True),
    (3, 0, "0", 0, False),          # no whole, nothing is consistent
])
def test_percent_consistent(k: int, n: int, p: str, d: int, ok: bool) -> None:
    assert percent_consistent(k, n, Decimal(p), d) is ok


@pytest.mark.parametrize("n, p, d, counts", [
    (50, "86.4", 1, []),            # the Starokostiantyniv survey: only even percents exist
    (50, "13.6", 1, []),
    (50, "88.0", 1, [44]),
    (18, "98", 0, []),              # 17/18 = 94.4, 18/18 = 100
    (18, "33", 0, [6]),
    (21, "95", 0, [20]),
])
def test_grim(n: int, p: str, d: int, counts: list[int]) -> None:
    assert achievable_counts(n, Decimal(p), d) == counts


@pytest.mark.parametrize("n, d, power", [(18, 0, True), (99, 0, True), (100, 0, False), (342, 1, True),
                                         (1000, 1, False), (0, 0, False)])
def test_grim_power(n: int, d: int, power: bool) -> None:
    assert grim_has_power(n, d) is power


@pytest.mark.parametrize("n, p, d, near", [
    (50, "86.4", 1, ["86.0", "88.0"]),
    (50, "13.6", 1, ["12.0", "14.0"]),
    (18, "98", 0, ["94", "100"]),
])
def test_nearest_achievable(n: int, p: str, d: int, near: list[str]) -> None:
    assert nearest_achievable(n, Decimal(p), d) == [Decimal(x) for x in near]


@pytest.mark.parametrize("total, target, decimals, ok", [
    ("100", "100", [0, 0, 0, 0], True),
    ("101", "100", [0, 0, 0], True),      # three half-up roundings may add 1.5
    ("102", "100", [0, 0], False),
    ("99.9", "100", [1, 1], True),
    ("117", "100", [0] * 5, False),
    ("84", "67", [0] * 5, False),
    ("98", "100", [0] * 4, True),         # floor of four shares
    ("103", "100", [0] * 5, False),       # shares are not rounded up: 5 × 0,5 allows 2,5
    ("102", "100", [0] * 5, True),
])
def test_sum_within_rounding(total: str, target: str, decimals: list[int], ok: bool) -> None:
    assert sum_within_rounding(Decimal(total), Decimal(target), decimals) is ok


@pytest.mark.parametrize("x, d, text", [(Decimal("86.4"), None, "86,4"), (Decimal("27.777"), 2, "27,78"),
                                        (Decimal("88"), 1, "88,0"), (100, None, "100")])
def test_fmt(x, d, text: str) -> None:
    assert fmt(x, d) == text
