"""Rules on single percentages: percent_mismatch, percent_impossible, percent_range."""

from __future__ import annotations

import regex

from zvitparse import patterns
from zvitparse.audit.arith import (
    achievable_counts,
    as_number,
    fmt,
    grim_has_power,
    nearest_achievable,
    percent_consistent,
    percent_of,
    rounded,
)
from zvitparse.audit.context import AuditContext, Draft, is_count
from zvitparse.audit.rules_table import budget_execution
from zvitparse.audit.wholes import Whole, find_wholes
from zvitparse.model import Fact


def _why(w: Whole) -> tuple[str, dict]:
    if w.confirmed:
        return ("why_parent", {"n": w.n, "src": ("@source", w.source)})
    return ("why_inferred", {"n": w.n})


def _would(n, p, d: int) -> tuple[str, dict]:
    """What the written percentage of `n` would count («96 % з 54 — це 52»), or that none would."""
    counts = achievable_counts(n, p, d) if isinstance(n, int) else []
    if counts:
        return ("would_be", {"reported": fmt(p, d), "n": n, "counts": ("@or", [str(c) for c in counts[:3]])})
    return ("would_be_none", {"reported": fmt(p, d), "n": fmt(n)})


def _fact_ids(f: Fact, w: Whole) -> tuple[str, ...]:
    return (f.fact_id,) + ((w.fact_id,) if w.fact_id else ())


def _co_persons(ctx: AuditContext, f: Fact) -> list[Fact]:
    """Single persons written in the same clause as a families count («5 сімей … та 1 особа»)."""
    if f.unit != "families":
        return []
    s0, s1 = ctx.sentence_span(f.start)
    kids = [c for c in ctx.children.get(f.fact_id, []) if c.unit == "persons" and is_count(c)]
    if not kids and ctx.text:
        kids = [g for g in ctx.facts if g.unit == "persons" and is_count(g) and f.start < g.start < s1
                and g.parent_id in (None, f.fact_id)]
    return kids


def percent_mismatch(ctx: AuditContext) -> list[Draft]:
    out = []
    for fid, w in find_wholes(ctx).items():
        f = ctx.by_id[fid]
        if not is_count(f) or w.consistent:
            continue
        k = int(f.value)
        p, d = ctx.percent_written(f)
        if p == 100 and ctx.cue("total", (f.label or "").split(",")[0]) is not None:
            continue  # «Разом | 112 | 100»: the total row is all of itself
        exact = percent_of(k, w.n)
        expected = rounded(exact, d)
        would = _would(w.n, p, d)
        params = dict(k=k, n=fmt(w.n), exact=fmt(rounded(exact, d + 2)), expected=fmt(expected, d),
                      reported=fmt(p, d), would=would, why=_why(w))
        severity, key, extra_ids = ("error" if w.confirmed else "warning"), "percent_mismatch", ()
        co = _co_persons(ctx, f)
        k2 = k + sum(int(c.value) for c in co)
        if co and isinstance(w.n, int) and percent_consistent(k2, w.n, p, d):
            severity, key, extra_ids = "warning", "percent_mismatch_reading", tuple(c.fact_id for c in co)
            params.update(extra=("@unit", {"n": k2 - k, "unit": "persons"}), k2=k2,
                          exact2=fmt(rounded(percent_of(k2, w.n), d + 2)))
        out.append(Draft("percent_mismatch", severity, key, params, as_number(p), as_number(expected),
                         _fact_ids(f, w) + extra_ids, f.start, f.end))
    return out + budget_execution(ctx) + _percent_of_basis(ctx)  # («Виконання, %» of a budget row)


# how far before a percentage its «K з N …» may start
BASIS_BEFORE = 80


def _bases(ctx: AuditContext):
    """(fact, k, n) for each percentage written beside the «K з N» it was computed from:
    «93,8 % (оцінено 61 сім'ю із 66 …)», «у 26 з 30 справ (88,7 %)»."""
    for f in ctx.facts:
        if f.unit != "percent" or not ctx.text or not isinstance(f.value, (int, float)) or isinstance(f.value, bool):
            continue
        m = patterns.link_regex("percent_basis").match(ctx.text, f.end) or patterns.link_regex(
            "percent_basis_before").search(ctx.text, max(0, f.start - BASIS_BEFORE), f.start)
        if m is not None:
            k, n = (int(m.group(g).replace(" ", "")) for g in ("k", "n"))
        elif (kn := _share_of_parent(ctx, f)) is not None:
            k, n = kn
        else:
            continue
        if 0 <= k <= n and n:
            yield f, k, n


# a count where a share's evidence begins («59 з них (95 %) задоволені»: the satisfaction keeps
# the span of the 59, and the respondents as its parent)
_LEADING_COUNT = regex.compile(r"\d{1,3}(?:[ \u00a0]\d{3})*(?![\d,.]\d|\s*%)")


def _share_of_parent(ctx: AuditContext, f: Fact) -> tuple[int, int] | None:
    whole = ctx.by_id.get(f.parent_id) if f.parent_id else None
    m = _LEADING_COUNT.match(ctx.text, f.start) if whole is not None and is_count(whole) else None
    if m is None:
        return None
    return int(regex.sub(r"\D", "", m.group())), int(whole.value)


_WHY_BASIS = ("@source", "basis")


def _percent_of_basis(ctx: AuditContext) -> list[Draft]:
    """A percentage beside the «K з N» it was computed from: K/N must round to it."""
    out = []
    for f, k, n in _bases(ctx):
        p, d = ctx.percent_written(f)
        if percent_consistent(k, n, p, d):
            continue
        exact = percent_of(k, n)
        expected = rounded(exact, d)
        out.append(Draft("percent_mismatch", "error", "percent_mismatch",
                         dict(k=k, n=fmt(n), exact=fmt(rounded(exact, d + 2)), expected=fmt(expected, d),
                              reported=fmt(p, d), would=_would(n, p, d), why=("why_parent", {"n": n, "src": _WHY_BASIS})),
                         as_number(p), as_number(expected), (f.fact_id,), f.start, f.end))
    return out


def percent_impossible(ctx: AuditContext) -> list[Draft]:
    out = []
    for fid, w in find_wholes(ctx).items():
        f = ctx.by_id[fid]
        p, d = ctx.percent_written(f)
        if not isinstance(w.n, int) or not grim_has_power(w.n, d) or achievable_counts(w.n, p, d):
            continue
        if is_count(f) and w.consistent:
            continue
        near = nearest_achievable(w.n, p, d)
        near_s = [fmt(v, d) for v in near]
        out.append(Draft("percent_impossible", "error" if w.confirmed else "warning", "percent_impossible",
                         dict(n=w.n, reported=fmt(p, d), decimals=d, near=("@or", near_s), why=_why(w)),
                         as_number(p), " or ".join(str(as_number(v)) for v in near),
                         _fact_ids(f, w), f.start, f.end))
    # (a percentage beside its «K з N» is a mismatch only: the count is written, and the
    # mismatch's message says when no count of N gives the percentage)
    return out


def percent_range(ctx: AuditContext) -> list[Draft]:
    out = []
    for f in ctx.facts:
        if f.unit == "percent" and isinstance(f.value, (int, float)) and not isinstance(f.value, bool):
            p = f.value
        elif f.percent is not None and f.unit != "uah":
            p = f.percent  # (a sum's percent is its plan's execution: an overspend runs past 100)
        else:
            continue
        if p != p or 0 <= p <= 100:  # NaN is no percentage at all
            continue
        pd, d = ctx.percent_written(f, p)
        out.append(Draft("percent_range", "error", "percent_range", dict(reported=fmt(pd, d)),
                       as_number(pd), "0..100", (f.fact_id,), f.start, f.end))
    return out


