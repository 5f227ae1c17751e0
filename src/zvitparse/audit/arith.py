"""Exact decimal arithmetic for the audit: written decimals, rounding modes, GRIM.

A percentage written with d decimals is consistent with k of N when some accepted rounding
(half-up, half-even, floor, ceiling) of 100·k/N to d decimals gives it. Everything is done in
`Decimal` with enough precision that no binary float ever decides a finding.
"""

from __future__ import annotations

import math
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext

import regex

ROUNDING_MODES = (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_FLOOR, ROUND_CEILING)

# a percentage literal: «86,4%», «13.6 %», «100%»
PERCENT_LITERAL = regex.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{1,3})?)\s*%")


def dec(value: int | float | str | Decimal) -> Decimal:
    """A Decimal from a number as written or stored (floats through their shortest repr)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(str(value).replace(",", ".").strip())


_DECIMALS = regex.compile(r"[.,](\d+)\s*$")


def decimals_of(literal: str) -> int:
    """Decimals written in a number literal: «86,4» → 1, «100» → 0."""
    m = _DECIMALS.search(literal.strip().rstrip("%").strip())
    return len(m.group(1)) if m else 0


def unit_of(decimals: int) -> Decimal:
    """One step in the last written decimal: 1 → 0.1."""
    return Decimal(1).scaleb(-decimals)


def percent_of(k: int | Decimal, n: int | Decimal) -> Decimal:
    """100·k/N with 40 significant digits."""
    with localcontext() as ctx:
        ctx.prec = 40
        return Decimal(k) * 100 / Decimal(n)


def rounded(x: Decimal, decimals: int, mode: str = ROUND_HALF_UP) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 40
        return x.quantize(unit_of(decimals), rounding=mode)


def rounds_to(x: Decimal, p: Decimal, decimals: int) -> bool:
    """Does any accepted rounding of x to `decimals` give p?"""
    return any(rounded(x, decimals, m) == p for m in ROUNDING_MODES)


def percent_consistent(k: int, n: int | Decimal, p: Decimal, decimals: int) -> bool:
    """Is p % (written with `decimals`) what k of n rounds to?"""
    if n <= 0:
        return False
    return rounds_to(percent_of(k, n), p, decimals)


def consistent_modes(k: int, n: int | Decimal, p: Decimal, decimals: int) -> set[str]:
    """The rounding modes under which k of n is written as p."""
    if n <= 0:
        return set()
    x = percent_of(k, n)
    return {m for m in ROUNDING_MODES if rounded(x, decimals, m) == p}


def grim_has_power(n: int, decimals: int) -> bool:
    """With N ≥ 10^(d+2) every value at d decimals is reachable, so GRIM proves nothing."""
    return 0 < n < 10 ** (decimals + 2)


def achievable_counts(n: int, p: Decimal, decimals: int) -> list[int]:
    """Whole k in 0..n whose share of n rounds to p (any accepted mode)."""
    if n <= 0:
        return []
    step = unit_of(decimals)
    lo = max(0, math.floor((p - step) * n / 100))
    hi = min(n, math.ceil((p + step) * n / 100))
    return [k for k in range(lo, hi + 1) if percent_consistent(k, n, p, decimals)]


def nearest_achievable(n: int, p: Decimal, decimals: int) -> list[Decimal]:
    """The reachable percentages (half-up) just below and just above p for a whole n."""
    if n <= 0:
        return []
    centre = int(p * n / 100)
    values = sorted({rounded(percent_of(k, n), decimals) for k in range(max(0, centre - 2), min(n, centre + 3) + 1)})
    below = [v for v in values if v <= p]
    above = [v for v in values if v >= p]
    out = []
    if below:
        out.append(below[-1])
    if above and (not out or above[0] != out[0]):
        out.append(above[0])
    return out


def sum_tolerance(decimals: list[int]) -> Decimal:
    """How far a sum of n rounded percentages may stray from the exact total: n·u."""
    return sum((unit_of(d) for d in decimals), Decimal(0))


def sum_within_rounding(total: Decimal, target: Decimal, decimals: list[int]) -> bool:
    """True if a sum of rounded shares may equal `target` under one rounding mode for all.

    Half-up/half-even: |Σ − T| ≤ n·u/2; floor (a spreadsheet's truncation): T − n·u < Σ ≤ T.
    Shares are not rounded up: five whole percents summing to 103 are a slip, not a ceiling.
    """
    tol = sum_tolerance(decimals)
    diff = total - target
    return abs(diff) <= tol / 2 or (-tol < diff <= 0)


def fmt(x: Decimal | int | float, decimals: int | None = None) -> str:
    """A number as a Ukrainian report writes it: decimal comma, no exponent."""
    d = dec(x)
    if decimals is not None:
        d = rounded(d, decimals)
    s = format(d.normalize() if decimals is None else d, "f")
    if "." in s and decimals is None:
        s = s.rstrip("0").rstrip(".")
    return s.replace(".", ",")


def as_number(x: Decimal) -> int | float:
    """A JSON-friendly number: ints stay ints."""
    return int(x) if x == x.to_integral_value() else float(x)
