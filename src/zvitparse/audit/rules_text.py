"""Rules read from the document's own words: rating_band and stale_period."""

from __future__ import annotations

import regex

from zvitparse import patterns
from zvitparse.audit.arith import PERCENT_LITERAL, dec
from zvitparse.audit.context import AuditContext, Draft
from zvitparse.extract.ratings import rating_bands

PLAN_WINDOW = 2000
_BULLET = regex.compile(r"^\s*(?:[•·\-–—*]|\d+[.)])")


def _bands(ctx: AuditContext) -> list[tuple]:
    bands = []
    for matches, value in ctx.scan("rating_band"):
        for m in matches:
            lo, hi = int(m.group("lo")), int(m.group("hi"))
            if lo <= hi <= 100 and value:
                bands.append((lo, hi, value, m.start(), m.end()))
    doc = ctx.report.document
    if doc is not None and doc.text and any(f.unit == "rating" for f in ctx.facts):
        # the bands the extractor reads too: decimal bounds («60-79,9 % - «задовільно»»), one
        # bound («менше 60 %»), a table header's
        for b in rating_bands(doc):
            if b.low is None or b.high is None or any(s < b.end and b.start < e for *_, s, e in bands):
                continue
            lo, hi = (int(x) if x == int(x) else dec(str(x)) for x in (b.low, b.high))
            if lo <= hi <= 100:
                bands.append((lo, hi, b.rating, b.start, b.end))
    return bands


_PAIR_PERCENT = regex.compile(r"\s*\(\s*(\d{1,3}(?:[.,]\d+)?)\s*%\s*\)")


def _pairs(ctx: AuditContext) -> list[tuple[str, str, int, int]]:
    """Ratings written with their percentage in a cell: «добре (78 %)» → (good, 78, span)."""
    out = []
    for matches, value in ctx.scan("rating_word"):
        for m in matches:
            pm = _PAIR_PERCENT.match(ctx.text, m.end())
            if pm and value:
                out.append((value, pm.group(1), m.start(), pm.end()))
    return out


def _band_draft(bands, rating: str, p_text: str, fact_ids: tuple[str, ...], start: int, end: int) -> Draft | None:
    p = dec(p_text)
    hit = [b for b in bands if b[0] <= p <= b[1]]
    if not hit or any(b[2] == rating for b in hit):
        return None
    lo, hi, band, _s, _e = hit[0]
    return Draft("rating_band", "error", "rating_band",
                 dict(rating=("@rating", rating), p=p_text.replace(".", ","), lo=str(lo).replace(".", ","),
                      hi=str(hi).replace(".", ","), band=("@rating", band)),
                 rating, band, fact_ids, start, end)


def rating_band(ctx: AuditContext) -> list[Draft]:
    if not ctx.text:
        return []
    bands = _bands(ctx)
    if len({b[2] for b in bands}) < 2:
        return []
    out = []
    pairs = [pr for pr in _pairs(ctx) if not any(b[3] < pr[3] and pr[2] < b[4] for b in bands)]
    for rating, p_text, a, b in pairs:
        ids = tuple(f.fact_id for f in ctx.facts if f.unit == "rating" and f.start < b and a < f.end)
        d = _band_draft(bands, rating, p_text, ids, a, b)
        if d:
            out.append(d)
    words = sorted(m.start() for matches, _v in ctx.scan("rating_word") for m in matches)
    for f in ctx.facts:
        if f.unit != "rating" or not isinstance(f.value, str):
            continue
        if any(b[3] < f.end and f.start < b[4] for b in bands) or any(pr[2] < f.end and f.start < pr[3] for pr in pairs):
            continue
        if f.percent is not None:  # the score the extractor read beside it («| 82 | добре |»)
            d = _band_draft(bands, f.value, str(f.percent), (f.fact_id,), f.start, f.end)
            out += [d] if d else []
            continue
        s0, s1 = ctx.sentence_span(f.start)
        if ctx.in_table(f.start):  # a table's row, not the table
            eol = ctx.text.find("\n", f.end)
            s0, s1 = ctx.text.rfind("\n", 0, f.start) + 1, eol if eol >= 0 else len(ctx.text)
        lo = min(f.start, s0)
        row = ctx.slice(lo, max(f.end, s1))
        # a percentage with another rating word between it and this one is that rating's
        # («… своєчасності – «добре», доступності – «задовільно» (лише 76,6 % …)»)
        # (a threshold, «нижче 80 %», says why, no score)
        limits = [t.span() for t in patterns.entry_regex("not_figures", "threshold").finditer(row.lower())]
        pcts = {m.group(1) for m in PERCENT_LITERAL.finditer(row)
                if not any(min(lo + m.end(), f.end) <= w < max(lo + m.start(), f.start) for w in words)
                and not any(a <= m.start() < b for a, b in limits)}
        if len(pcts) != 1:
            continue
        d = _band_draft(bands, f.value, pcts.pop(), (f.fact_id,), f.start, f.end)
        if d:
            out.append(d)
    return out


def _plan_items(text: str, start: int) -> tuple[int, int]:
    """From a plan cue to the end of the list that follows it."""
    end = min(len(text), start + PLAN_WINDOW)
    pos, seen_bullet = text.find("\n", start), False
    while 0 <= pos < end:
        nxt = text.find("\n", pos + 1)
        line = text[pos + 1: nxt if nxt >= 0 else len(text)]
        if _BULLET.match(line):
            seen_bullet = True
        elif line.strip() and seen_bullet and not line.startswith((" ", "\t")):
            return start, pos
        pos = nxt
    return start, end


def stale_period(ctx: AuditContext) -> list[Draft]:
    start_iso = ctx.report.meta.get("period_start") if ctx.report.meta else None
    if not ctx.text or not start_iso or len(str(start_iso)) < 4:
        return []
    year0 = int(str(start_iso)[:4])
    out, seen = [], set()
    for matches, _v in ctx.scan("plan"):
        for m in matches:
            a, b = _plan_items(ctx.text, m.start())
            for ypat, _ in ctx.cues("period_year"):
                for y in ypat.finditer(ctx.text, a, b):
                    year = int(y.group("year"))
                    if year >= year0 or y.start() in seen:
                        continue
                    seen.add(y.start())
                    ls = ctx.text.rfind("\n", 0, y.start()) + 1
                    le = ctx.text.find("\n", y.end())
                    le = len(ctx.text) if le < 0 else le
                    out.append(Draft("stale_period", "warning", "stale_period",
                                     dict(year=year, period=f"{ctx.report.meta.get('period_start')}.."
                                                            f"{ctx.report.meta.get('period_end') or ''}"),
                                     str(year), f"{year0} or later", (), ls, le))
    return out
