"""Rules on breakdowns: parts_sum (counts) and percents_sum (shares of one partition)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from zvitparse.audit.arith import as_number, fmt, sum_within_rounding
from zvitparse.audit.context import HEADCOUNT, AuditContext, Draft, is_count, is_whole_like
from zvitparse.audit.lists import (
    co_persons,
    enumerated,
    is_part_of,
    misgrouped,
    open_categories,
    overlapping_shares,
    partial_list,
    partitions,
    said_to_be_part,
    unnumbered_items,
    unread_numbers,
)
from zvitparse.audit.wholes import find_wholes, percented_counts
from zvitparse.model import Fact

NEAR_100 = (Decimal(80), Decimal(120))  # a list of standalone shares this close to 100 % is a partition
NEAR_100_COUNTS = (Decimal(95), Decimal(105))
EVIDENCE_REACH = 600  # a breakdown's evidence runs from its total to its last part within this reach


def _terms(values: list) -> str:
    return " + ".join(fmt(v) for v in values)


def parts_sum(ctx: AuditContext) -> list[Draft]:
    out: list[Draft] = []
    for p in ctx.facts:
        if not is_count(p) or p.fact_id not in ctx.children or ctx.is_approximate(p):
            continue
        if any(not is_count(c) and is_whole_like(c) for c in ctx.children[p.fact_id]):
            continue  # «42,5» posts among the parts: whole-number sums would leave them out
        total = int(p.value)
        co = co_persons(ctx, p, [c for c in ctx.children[p.fact_id] if is_count(c)])
        for parts in partitions(ctx, p):
            parts = [c for c in parts if c not in co]
            if not parts:
                continue
            if len(parts) == 1:
                c = parts[0]
                if int(c.value) > total and said_to_be_part(ctx, p, c):
                    out.append(Draft("parts_sum", "error", "parts_sum_subset",
                                     dict(part=c.value, reported=total), total, int(c.value),
                                     (p.fact_id, c.fact_id), p.start, p.end))
                continue
            out += _check_partition(ctx, p, parts, co)
            out += _check_children(ctx, p, parts)
    out += _partition_from_percents(ctx)
    return out


def _evidence(ctx: AuditContext, p: Fact, parts: list[Fact]) -> tuple[int, int]:
    """From the total's own number to its last part, when the parts follow it closely."""
    last = max(c.end for c in parts)
    first = min(c.start for c in parts)
    if ctx.text and p.start < first and last - p.end <= EVIDENCE_REACH:
        return ctx.number_span(p)[0], max(p.end, last)
    if ctx.text and p.end < first and "\n" not in ctx.text[first:last]:
        return first, last  # a table row of answers far below its respondents: the row is the slip
    return p.start, p.end


def _rule_for(ctx: AuditContext, p: Fact) -> str:
    in_table = ctx.in_table(p.start) or ctx.cue("total", p.label or "") is not None
    return "table_arithmetic" if in_table else "parts_sum"


def _check_partition(ctx: AuditContext, p: Fact, parts: list[Fact], co: list[Fact]) -> list[Draft]:
    total = int(p.value)
    same = sum(int(c.value) for c in parts if c.unit == p.unit)
    allv = sum(int(c.value) for c in parts)
    if total in (same, allv) or overlapping_shares(ctx, p, parts) or misgrouped(ctx, parts, total):
        return []
    if any(int(c.value) > total and not said_to_be_part(ctx, p, c) for c in parts):
        return []  # a «part» larger than the whole, tied to it by nothing in the text: a wrong link
    values = [int(c.value) for c in parts]
    ids = (p.fact_id,) + tuple(c.fact_id for c in parts)
    co_n = sum(int(c.value) for c in co)
    base = dict(terms=_terms(values), total=allv, reported=total, diff_text=("@diff", allv, total))
    start, end = _evidence(ctx, p, parts)
    rule = _rule_for(ctx, p)
    if co and allv == total + co_n:
        return [Draft(rule, "warning", "parts_sum_reading",
                      dict(base, extra=("@unit", {"n": co_n, "unit": co[0].unit}), extra_n=co_n),
                      total, allv, ids + tuple(c.fact_id for c in co), start, end)]
    if allv > total:
        # population categories (ВПО, багатодітні …) may overlap: a family can be both, so more
        # than the total is then only worth a note
        overlap = all(c.category and not c.district for c in parts) or _by_service(p, parts)
        key = "parts_sum_overlap" if overlap else "parts_sum"
        return [Draft(rule, "info" if overlap else "error", key, base, total, allv, ids, start, end)]
    if enumerated(parts) and total - allv > unnumbered_items(ctx, parts) and not partial_list(ctx, p, parts) \
            and not unread_numbers(ctx, p, parts) and not open_categories(ctx, p, parts):
        return [Draft(rule, "warning", "parts_sum", base, total, allv, ids, start, end)]
    return []


def _by_service(p: Fact, parts: list[Fact]) -> bool:
    """People counted per service («1 927 особам, зокрема: інформування – 1 604, консультування –
    1 211 …»): one person gets several services, so the parts may add up to more than the whole."""
    services = [c.service for c in parts]
    return p.unit in HEADCOUNT and len(parts) >= 2 and all(services) and len(set(services)) == len(parts) \
        and p.service not in services


def _check_children(ctx: AuditContext, p: Fact, parts: list[Fact]) -> list[Draft]:
    """The children of a complete family breakdown must add up to the children of the total."""
    if p.unit not in HEADCOUNT:
        return []
    own = [c for c in ctx.children.get(p.fact_id, []) if c.unit == "children" and is_count(c)]
    fams = [c for c in parts if c.unit != "persons"]
    if len(own) != 1 or len(fams) < 2:
        return []
    kids = []
    for f in fams:
        k = [c for c in ctx.children.get(f.fact_id, []) if c.unit == "children" and is_count(c)]
        if len(k) != 1:
            return []
        kids.append(k[0])
    # «153 сім'ї, в яких виховується 245 дітей та 120 осіб»: persons named beside a part's
    # children are recipients of their own, so they too cover the total
    persons = [c for f in fams for c in ctx.children.get(f.fact_id, []) if c.unit == "persons" and is_count(c)]
    total = int(p.value)
    covered = sum(int(c.value) for c in parts) + sum(int(c.value) for c in persons)
    fam_sum = sum(int(c.value) for c in fams)
    if covered != total and fam_sum < total:
        return []  # the family list may be incomplete, so its children may be too
    c_total = int(own[0].value)
    values = [int(k.value) for k in kids]
    if sum(values) == c_total:
        return []
    start, end = ctx.number_span(own[0])
    return [Draft("parts_sum", "error", "parts_sum_children",
                  dict(terms=_terms(values), total=sum(values), reported=c_total,
                       diff_text=("@diff", sum(values), c_total)),
                  c_total, sum(values), (own[0].fact_id,) + tuple(k.fact_id for k in kids), start, end)]


def _partition_from_percents(ctx: AuditContext) -> list[Draft]:
    """Counts whose shares of one whole add up to 100 % must add up to that whole."""
    wholes = find_wholes(ctx)
    by_whole: dict[str, list[Fact]] = defaultdict(list)
    for f in percented_counts(ctx):
        w = wholes.get(f.fact_id)
        if w is None or w.fact_id is None or not w.confirmed:
            continue
        by_whole[w.fact_id].append(f)
    out = []
    for wid, members in by_whole.items():
        ids = {m.fact_id for m in members}
        whole_n = int(ctx.by_id[wid].value)
        # «18 (100 %)» restates the whole; it is not one of its parts
        top = [m for m in members if int(m.value) != whole_n
               and (m.parent_id not in ids or not is_part_of(m, ctx.by_id[m.parent_id]))]
        if len(top) < 2 or all(m.parent_id == wid for m in top):
            continue  # a plain breakdown of the whole: parts_sum above checks it
        whole = ctx.by_id[wid]
        pcts = [ctx.percent_written(m) for m in top]
        psum = sum((p for p, _ in pcts), Decimal(0))
        if not sum_within_rounding(psum, Decimal(100), [d for _, d in pcts]):
            continue
        values = [int(m.value) for m in top]
        if sum(values) == int(whole.value):
            continue
        out.append(Draft("parts_sum", "warning", "parts_sum_partition",
                         dict(pterms=_terms([p for p, _ in pcts]), ptotal=fmt(psum), terms=_terms(values),
                              total=sum(values), reported=int(whole.value),
                              diff_text=("@diff", sum(values), int(whole.value))),
                         int(whole.value), sum(values), (wid,) + tuple(m.fact_id for m in top),
                         whole.start, whole.end))
    return out


# --- percents_sum ---------------------------------------------------------------------------

def percents_sum(ctx: AuditContext) -> list[Draft]:
    out = _children_shares(ctx)
    out += _sentence_shares(ctx)
    return out


def _children_shares(ctx: AuditContext) -> list[Draft]:
    wholes = find_wholes(ctx)
    out = []
    for p in ctx.facts:
        if not is_count(p) or p.fact_id not in ctx.children:
            continue
        for parts in partitions(ctx, p):
            kids = [c for c in parts if c.percent is not None and c.fact_id in wholes]
            if len(kids) < 2 or overlapping_shares(ctx, p, kids):
                continue
            pcts = [ctx.percent_written(c) for c in kids]
            psum = sum((x for x, _ in pcts), Decimal(0))
            decs = [d for _, d in pcts]
            exhaustive = sum(int(c.value) for c in parts) == int(p.value)
            base_is_p = all(wholes[c.fact_id].n == int(p.value) for c in kids)
            if base_is_p:
                target, key = Decimal(100), "percents_sum"
            elif p.percent is not None:
                target, key = ctx.percent_written(p)[0], "percents_sum_parent"
                decs = decs + [ctx.percent_written(p)[1]]
            else:
                continue
            over = psum > target and not sum_within_rounding(psum, target, decs)
            off = exhaustive and not sum_within_rounding(psum, target, decs)
            if not (over or off):
                continue
            ids = (p.fact_id,) + tuple(c.fact_id for c in kids)
            out.append(Draft("percents_sum", "error", key,
                             dict(terms=_terms([x for x, _ in pcts]), total=fmt(psum), target=fmt(target)),
                             as_number(psum), as_number(target), ids, kids[0].start, kids[-1].end))
    return out


def _sentence_shares(ctx: AuditContext) -> list[Draft]:
    """Shares listed in one sentence (or one group) with no whole named that come close to 100 %:
    standalone shares («83 % … 17 %») within 80–120 %, counts with percentages within 95–105 %
    (their categories may overlap, so only a near miss is a slip)."""
    sets: dict[object, list[Fact]] = defaultdict(list)
    for f in ctx.facts:
        standalone = f.unit == "percent" and isinstance(f.value, (int, float)) and not isinstance(f.value, bool)
        if not (standalone or (is_count(f) and f.percent is not None)) or f.parent_id:
            continue
        if standalone and not f.group_id and f.extractor.startswith("row_table"):
            continue  # rows of a «Показник | Значення» table: each its own measure, no partition
        key: object = ("g", f.group_id) if f.group_id else ("s", ctx.sentence_index(f.start)) if ctx.text else None
        if key is not None:
            sets[(standalone, key)].append(f)
    out = []
    for (standalone, _key), members in sets.items():
        if len(members) < 2:
            continue
        lo, hi = NEAR_100 if standalone else NEAR_100_COUNTS
        pcts = [ctx.percent_written(m) for m in members]
        psum = sum((p for p, _ in pcts), Decimal(0))
        if not (lo <= psum <= hi) or sum_within_rounding(psum, Decimal(100), [d for _, d in pcts]):
            continue
        out.append(Draft("percents_sum", "warning", "percents_sum",
                         dict(terms=_terms([p for p, _ in pcts]), total=fmt(psum), target="100"),
                         as_number(psum), 100, tuple(m.fact_id for m in members),
                         members[0].start, members[-1].end))
    return out

