"""Rules comparing figures that should be one: internal_conflict and cross_document."""

from __future__ import annotations

from collections import defaultdict

from zvitparse.audit.context import AuditContext, Draft, is_count
from zvitparse.extract.spelled import disagreements
from zvitparse.model import Fact, Report


def fact_key(f: Fact) -> tuple:
    """Everything that says which figure a fact is, apart from its value."""
    return (f.indicator, f.unit, f.service, f.criterion, f.kekv, f.category, f.district, f.label)


def _describe(f: Fact) -> str:
    return "/".join(str(x) for x in (f.indicator, f.unit, f.service) if x)


def internal_conflict(ctx: AuditContext) -> list[Draft]:
    """The same whole (say 18 families under support) given two different sub-counts."""
    by_parent_key: dict[tuple, list[tuple[Fact, Fact]]] = defaultdict(list)
    for p in ctx.facts:
        if not is_count(p):
            continue
        kids = ctx.children.get(p.fact_id, [])
        counts: dict[tuple, int] = defaultdict(int)
        for c in kids:
            counts[fact_key(c)] += 1
        for c in kids:
            if is_count(c) and counts[fact_key(c)] == 1:
                by_parent_key[(fact_key(p), p.value, fact_key(c))].append((p, c))
    # the same qualified figure stated twice on its own («41 дитячий будинок сімейного типу» … «зросла до 43»)
    for f in ctx.facts:
        if is_count(f) and not f.parent_id and not f.group_id and (f.category or f.label or f.district) \
                and not (ctx.cue("total", f.label or "") and ctx.table_at(f.start) is not None):
            # (a table's «Разом за групою» rows total a group each: the same words, other figures)
            by_parent_key[("top", fact_key(f))].append((f, f))
    # the same figure stated twice with two digits swapped («1 126» in the preamble, «1 162» in
    # the report, or in the «Разом» row of its table): a typo, whatever else the two statements
    # say (two different figures of one kind are common; two that differ only by a swap are not)
    plain: dict[tuple, list[Fact]] = defaultdict(list)
    for f in ctx.facts:
        if is_count(f) and not f.parent_id and not (f.category or f.district) and (
                not (f.label or f.group_id) or _only_total(ctx, f.label) or _row_names_it(f)):
            plain[_plain_key(f)].append(f)
    for fs in plain.values():
        for i, a in enumerate(fs):
            # (two cells of one table are two figures, however alike: «45 | 54» in two quarters)
            b = next((b for b in fs[i + 1:] if swapped_digits(int(a.value), int(b.value))
                      and not (ctx.table_at(a.start) is not None and ctx.table_at(a.start) == ctx.table_at(b.start))),
                     None)
            if b is not None:
                by_parent_key[("swap", fact_key(a), a.fact_id)] += [(a, a), (b, b)]
                break
    out = []
    for pairs in by_parent_key.values():
        seen_values = {}
        for p, c in pairs:
            seen_values.setdefault(c.value, (p, c))
        if len(seen_values) < 2:
            continue
        (p1, c1), (p2, c2) = list(seen_values.values())[:2]
        t1, t2 = ctx.table_at(c1.start), ctx.table_at(c2.start)
        if p1 is c1 and t1 is not None and t2 is not None and t1 != t2:
            continue  # the «Разом» rows of two tables total different things, whatever their columns
        if p1 is c1:  # two standalone statements: the later one is where the reader trips
            out.append(Draft("internal_conflict", "error", "internal_conflict",
                             dict(what=_describe(c1), a=c1.value, b=c2.value),
                             c2.value, c1.value, (c2.fact_id, c1.fact_id), c2.start, c2.end))
            continue
        out.append(Draft("internal_conflict", "error", "internal_conflict",
                         dict(what=f"{_describe(c1)} ({p1.value} {p1.unit})", a=c1.value, b=c2.value),
                         c1.value, c2.value, (c1.fact_id, c2.fact_id, p1.fact_id, p2.fact_id),
                         c1.start, c1.end))
    return out + _spelled_conflicts(ctx)


def _spelled_conflicts(ctx: AuditContext) -> list[Draft]:
    """A figure whose words say another number than its digits («214 (двісті сорок чотири)»)."""
    out = []
    for start, end, digits, words in disagreements(ctx.text):
        ids = tuple(f.fact_id for f in ctx.facts if f.start < end and start < f.end)
        out.append(Draft("internal_conflict", "error", "spelled_conflict", dict(a=digits, b=words),
                         digits, words, ids, start, end))
    return out


def _only_total(ctx: AuditContext, label: str | None) -> bool:
    """«Разом», «Усього:»: a table's total row says no more of its figure than prose does."""
    m = ctx.cue("total", label or "")
    return m is not None and not any(ch.isalpha() for ch in (label or "")[m.end():])


def _row_names_it(f: Fact) -> bool:
    """A table row whose words name its figure («Надано соціальних послуг, од. | … | 5 906»): its
    label restates the indicator, it qualifies nothing."""
    return f.extractor == "row_table" and not f.group_id


def _plain_key(f: Fact) -> tuple:
    return (f.indicator, f.unit, f.service, f.criterion, f.kekv)


def swapped_digits(a: int, b: int) -> bool:
    """b is a with two neighbouring digits swapped (412 and 421, 1 126 and 1 162)."""
    x, y = str(a), str(b)
    if a == b or a < 10 or len(x) != len(y):
        return False
    diff = [k for k in range(len(x)) if x[k] != y[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def centre_period(report: Report) -> tuple | None:
    m = report.meta or {}
    who = m.get("centre") or (m.get("settlement"), m.get("centre_type"))
    if not who or not m.get("period_start") or not m.get("period_end"):
        return None
    return (str(who).casefold(), m["period_start"], m["period_end"])


def cross_document(reports: list[Report]) -> list[tuple[Report, Draft]]:
    """Two documents on the same centre and period giving different values for one figure."""
    by_cp: dict[tuple, list[Report]] = defaultdict(list)
    for r in reports:
        cp = centre_period(r)
        if cp is not None:
            by_cp[cp].append(r)
    out = []
    for docs in by_cp.values():
        if len(docs) < 2:
            continue
        tables = []
        for r in docs:
            keyed: dict[tuple, list[Fact]] = defaultdict(list)
            for f in r.facts:
                if is_count(f) and not f.parent_id and not f.group_id:
                    keyed[fact_key(f)].append(f)
            tables.append((r, {k: v[0] for k, v in keyed.items() if len(v) == 1}))
        for i, (ra, ta) in enumerate(tables):
            for rb, tb in tables[i + 1:]:
                if ra.doc_id == rb.doc_id:
                    continue
                for k in ta.keys() & tb.keys():
                    fa, fb = ta[k], tb[k]
                    if fa.value != fb.value:
                        out.append((ra, Draft("cross_document", "warning", "cross_document",
                                              dict(what=_describe(fa), a=fa.value, b=fb.value,
                                                   src_a=ra.source, src_b=rb.source),
                                              fa.value, fb.value,
                                              (f"{ra.doc_id}:{fa.fact_id}", f"{rb.doc_id}:{fb.fact_id}"),
                                              fa.start, fa.end)))
    return out
