"""table_arithmetic: budget tables add up (Всього = Σ rows; економія = затверджено − видатки);
percent_mismatch of a budget row: «Виконання, %» is касові видатки of затверджено."""

from __future__ import annotations

from collections import defaultdict
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, Decimal

from zvitparse.audit.arith import as_number, dec, fmt
from zvitparse.audit.context import AuditContext, Draft
from zvitparse.audit.table_cells import table_cell_drafts
from zvitparse.model import Fact

TOTAL_WINDOW = 800  # a column's total row follows its last cell within this many characters


def _money(f: Fact) -> bool:
    return f.unit == "uah" and isinstance(f.value, (int, float)) and not isinstance(f.value, bool)


def _is_total(ctx: AuditContext, f: Fact) -> bool:
    return f.kekv is None and ctx.cue("total", (f.label or "").strip()) is not None


def _kilo(x: Decimal) -> str:
    """Budget tables are written in thousands: 2254100 → «2254,1»."""
    return fmt(x / 1000) if x % 100 == 0 else fmt(x)


def _column_sets(ctx: AuditContext) -> list[tuple[Fact, list[Fact]]]:
    """(total, parts) for every table column: by group, by parent, or by the total row after it."""
    money = [f for f in ctx.facts if _money(f)]
    out: list[tuple[Fact, list[Fact]]] = []
    seen: set[tuple[str, ...]] = set()
    by_parent: dict[str, list[Fact]] = defaultdict(list)
    by_group: dict[str, list[Fact]] = defaultdict(list)
    for f in money:
        if f.parent_id and f.parent_id in ctx.by_id and _money(ctx.by_id[f.parent_id]):
            by_parent[f.parent_id].append(f)
        if f.group_id:
            by_group[f.group_id].append(f)
    for pid, parts in by_parent.items():
        total = ctx.by_id[pid]
        # a prose sum «31,8 млн грн, у тому числі …» may name only some parts: tables only
        if not (_is_total(ctx, total) or any(p.kekv for p in parts) or ctx.in_table(total.start)):
            continue
        out.append((total, parts))
        seen.add(tuple(sorted(p.fact_id for p in parts)))
    for members in by_group.values():
        totals = [m for m in members if _is_total(ctx, m)]
        parts = [m for m in members if m not in totals]
        if not parts or tuple(sorted(p.fact_id for p in parts)) in seen:
            continue
        if not totals:
            last = max(p.end for p in parts)
            totals = [g for g in money if g not in members and g.indicator == parts[0].indicator
                      and _is_total(ctx, g) and 0 <= g.start - last <= TOTAL_WINDOW][:1]
        if len(totals) == 1:
            out.append((totals[0], parts))
    return out


def table_arithmetic(ctx: AuditContext) -> list[Draft]:
    out: list[Draft] = []
    for total, parts in _column_sets(ctx):
        if len(parts) < 1:
            continue
        if len(parts) == 1 and ctx.cue("subset_row", (parts[0].label or "").strip()):
            continue  # «з них оплата праці (КЕКВ 2100)»: one part named of many, no sum to check
        s = sum((dec(p.value) for p in parts), Decimal(0))
        t = dec(total.value)
        if s == t:
            continue
        out.append(Draft("table_arithmetic", "error", "table_sum",
                         dict(label=total.label or total.indicator, terms=" + ".join(_kilo(dec(p.value)) for p in parts),
                              total=_kilo(s), reported=_kilo(t), diff_text=("@diff", s, t, "kilo")),
                         as_number(t), as_number(s), (total.fact_id,) + tuple(p.fact_id for p in parts),
                         total.start, total.end))
    out += _savings_rows(ctx, {d.fact_ids[0] for d in out})
    # the cells themselves, for tables whose figures were not (all) extracted
    for d in table_cell_drafts(ctx):
        if not any(o.start < d.end and d.start < o.end or (o.start <= d.start and d.end <= o.end) for o in out):
            out.append(d)
    return out


def _off(row: dict[str, Fact]) -> Decimal:
    """How far a row's savings are from its approved minus spent sums."""
    a, b, c = (dec(row[k].value) for k in ("budget_approved", "budget_spent", "budget_savings"))
    return a - b - c


def _savings_rows(ctx: AuditContext, wrong_totals: set[str] = frozenset()) -> list[Draft]:
    """A row's savings against its approved minus spent sums. A total row whose spent (or
    approved) total does not sum its column, while its savings total does, holds one slip: the
    column's sum reports it (`wrong_totals`), not the row's difference as well."""
    rows: dict[tuple, dict[str, Fact]] = defaultdict(dict)
    plans: dict[tuple, list[Fact]] = defaultdict(list)
    for f in ctx.facts:
        if _money(f) and f.indicator in ("budget_approved", "budget_spent", "budget_savings"):
            rows[(f.quote, f.kekv, f.label)].setdefault(f.indicator, f)
            if f.indicator == "budget_approved":
                plans[(f.quote, f.kekv, f.label)].append(f)
    for key, row in rows.items():
        if len(plans[key]) > 1 and "budget_spent" in row and "budget_savings" in row:
            # two plans on one row (the year's and the period's): the savings are of the one the
            # row bears out, else of the one nearest to them (a slip in the period's savings)
            b, c = dec(row["budget_spent"].value), dec(row["budget_savings"].value)
            row["budget_approved"] = min(plans[key], key=lambda p: abs(dec(p.value) - b - c))
    out = []
    full = [row for row in rows.values() if len(row) == 3]
    off = {row["budget_savings"].fact_id: _off(row) for row in full}
    for row in full:
        a, b, c = (dec(row[k].value) for k in ("budget_approved", "budget_spent", "budget_savings"))
        if a - b == c:
            continue
        parts = [off[f.fact_id] for f in ctx.children.get(row["budget_savings"].fact_id, []) if f.fact_id in off]
        if any(parts) and sum(parts) == a - b - c:
            continue  # the total row is off by its rows' slips, each reported on its own row
        if row["budget_savings"].fact_id not in wrong_totals and any(
                row[k].fact_id in wrong_totals for k in ("budget_approved", "budget_spent")):
            continue
        f = row["budget_savings"]
        out.append(Draft("table_arithmetic", "error", "table_diff",
                         dict(label=f.label or f.kekv or "", a=_kilo(a), b=_kilo(b), expected=_kilo(a - b),
                              reported=_kilo(c)),
                         as_number(c), as_number(a - b), tuple(row[k].fact_id for k in
                                                               ("budget_approved", "budget_spent", "budget_savings")),
                         min(x.start for x in row.values()), max(x.end for x in row.values())))
    return out


def table_checked(ctx: AuditContext) -> set[str]:
    ids = set()
    for total, parts in _column_sets(ctx):
        ids.add(total.fact_id)
        ids.update(p.fact_id for p in parts)
    return ids


def budget_execution(ctx: AuditContext) -> list[Draft]:
    """A row's written execution percent against its spent and approved sums (percent_mismatch)."""
    from zvitparse.audit.arith import percent_of, rounded

    rows: dict[tuple, dict[str, Fact]] = defaultdict(dict)
    for f in ctx.facts:
        if _money(f) and f.indicator in ("budget_approved", "budget_spent"):
            rows[(f.quote, f.kekv, f.label)].setdefault(f.indicator, f)
    out = []
    for row in rows.values():
        spent, approved = row.get("budget_spent"), row.get("budget_approved")
        if spent is None or approved is None or spent.percent is None or not approved.value:
            continue
        p, d = ctx.percent_written(spent)
        exact = percent_of(dec(spent.value), dec(approved.value))
        expected = rounded(exact, d)
        # (SPEC: round-half-up, half-even, floor and ceiling are all a fair writing)
        if p in {rounded(exact, d, mode) for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP)}:
            continue
        out.append(Draft("percent_mismatch", "error", "budget_execution",
                         dict(label=spent.label or spent.kekv or "", spent=_kilo(dec(spent.value)),
                              approved=_kilo(dec(approved.value)), exact=fmt(rounded(exact, d + 2)),
                              expected=fmt(expected, d), reported=fmt(p, d)),
                         as_number(p), as_number(expected), (spent.fact_id, approved.fact_id),
                         min(spent.start, approved.start), max(spent.end, approved.end)))
    return out
