"""Finding the whole N a percentage is a share of.

Sources, strongest first: the fact links (`parent_id`, the parent of a group), a stated total
equal to the sum of a list, a whole named with «від загальної кількості … (342)»; then a total of
a compatible unit in the same or previous sentence (before or after the count, or the number
right before «з них»), the sum of a list whose shares make 100 %; then earlier totals of the
section. A list of counts with percentages («9 сімей (50 %); 3 сім'ї (17 %) …») usually shares
one whole, so the N that explains most of the list wins and confirms itself; a list is rounded
one way. A percentage with no N found is «not testable», never «consistent».
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from zvitparse.audit.arith import (
    PERCENT_LITERAL,
    ROUNDING_MODES,
    achievable_counts,
    consistent_modes,
    dec,
    grim_has_power,
    percent_consistent,
    sum_within_rounding,
)
from zvitparse.audit.context import AuditContext, compatible_units, is_count, is_whole_like
from zvitparse.model import Fact

RUN_GAP = 600  # characters between two listed counts that still make one list
CONTEXT_BACK = 2500  # how far back an earlier total may stand

STRONG, SENTENCE, CONTEXT = 3, 2, 1


@dataclass(frozen=True)
class Candidate:
    n: int | Decimal  # a Decimal only for fractional staff establishments (24,5 посади)
    rank: int  # STRONG (link, named whole), SENTENCE (same/previous sentence), CONTEXT
    source: str  # parent | whole_ref | sentence | sum | context
    fact_id: str | None
    distance: int


@dataclass(frozen=True)
class Whole:
    n: int | Decimal
    source: str
    fact_id: str | None
    confirmed: bool  # from a link or named whole, or explaining other shares of the same list
    consistent: bool
    support: int = 0  # how many other members of the list this N explains


def percented_counts(ctx: AuditContext) -> list[Fact]:
    return [f for f in ctx.facts if is_count(f) and f.percent is not None]


def _runs(ctx: AuditContext) -> list[list[Fact]]:
    runs: list[list[Fact]] = []
    for f in percented_counts(ctx):
        for run in reversed(runs[-3:]):
            last = run[-1]
            if compatible_units(last.unit, f.unit) and 0 <= f.start - last.end <= RUN_GAP:
                run.append(f)
                break
        else:
            runs.append([f])
    return runs


def _ancestors(ctx: AuditContext, f: Fact, depth: int = 2) -> list[Fact]:
    out, cur = [], f
    for _ in range(depth):
        if not cur.parent_id or cur.parent_id not in ctx.by_id:
            break
        cur = ctx.by_id[cur.parent_id]
        out.append(cur)
    return out


def _named_wholes(ctx: AuditContext, f: Fact) -> list[Candidate]:
    """«від загальної кількості … (342)» in the fact's sentence or the one before it."""
    if not ctx.text:
        return []
    s0, s1 = ctx.sentence_span(f.start)
    p0, _ = ctx.sentence_span(max(0, s0 - 1))
    window = ctx.text[p0:s1]
    out = []
    for pat, _v in ctx.cues("whole_ref"):
        for m in pat.finditer(window):
            tail = window[m.end():m.end() + 160]
            for pm in regex.finditer(r"\(\s*(\d{1,7})\s*\)", tail):
                n = int(pm.group(1))
                if n >= int(f.value) and n > 0:
                    out.append(Candidate(n, STRONG, "whole_ref", None, abs(p0 + m.start() - f.start)))
                break
    return out


def _n(f: Fact) -> int | Decimal:
    return int(f.value) if isinstance(f.value, int) else dec(f.value)


def candidates(ctx: AuditContext, f: Fact, exclude: set[str]) -> list[Candidate]:
    """Every whole N the count `f` may be a share of, strongest and nearest first."""
    k = int(f.value)
    out: list[Candidate] = []
    for a in _ancestors(ctx, f):
        if is_whole_like(a) and compatible_units(a.unit, f.unit) and a.value >= k > -1 and a.value > 0:
            out.append(Candidate(_n(a), STRONG, "parent", a.fact_id, abs(f.start - a.start)))
    out += _named_wholes(ctx, f)
    own_sentence = ctx.sentence_index(f.start)
    below = {d.fact_id for d in ctx.descendants(f)}
    for g in ctx.facts:
        if g.start >= f.start or g.fact_id in exclude or g.fact_id in below or g.fact_id == f.fact_id:
            continue
        if f.start - g.start > CONTEXT_BACK or not is_whole_like(g) or g.value < max(k, 1):
            continue
        if not compatible_units(g.unit, f.unit) or (g.percent is not None and g.percent != 100):
            continue
        near = ctx.text and own_sentence - ctx.sentence_index(g.start) <= 1
        rank = SENTENCE if near else CONTEXT
        out.append(Candidate(_n(g), rank, "sentence" if near else "context", g.fact_id, f.start - g.start))
    raw = _raw_whole(ctx, f, k)
    if raw is not None and not any(c.n == raw[0] for c in out):
        out.append(Candidate(raw[0], SENTENCE, "sentence", None, raw[1]))
    if ctx.text:  # «19 осіб при штатній чисельності 21 посада, що становить 90,5 %»: the whole after it
        s1 = ctx.sentence_span(f.start)[1]
        for g in ctx.facts:
            if f.start < g.start < s1 and g.fact_id not in exclude and g.fact_id not in below and g.percent is None \
                    and is_whole_like(g) and compatible_units(g.unit, f.unit) and g.value >= max(k, 1):
                out.append(Candidate(_n(g), SENTENCE, "sentence", g.fact_id, g.start - f.start))
    out.sort(key=lambda c: (-c.rank, c.distance))
    return out


_RAW_INT = regex.compile(r"(?<![\d.,:/№-])\d{1,3}(?:[ \u00a0]\d{3})+(?![\d.,:/%])|(?<![\d.,:/№-])\d{1,6}(?![\d.,:/%])")


def _raw_whole(ctx: AuditContext, f: Fact, k: int) -> tuple[int, int] | None:
    """«виявлено 98 жінок, … з них 87 (88,8 %)»: the number right before «з них» in the count's
    sentence is its whole, even where no fact was extracted for it (not a year, date or percent)."""
    if not ctx.text:
        return None
    s0 = ctx.sentence_span(f.start)[0]
    lead = ctx.text[s0:f.start]
    cue = None
    for pat, _v in ctx.cues("subset"):
        for m in pat.finditer(lead):
            if cue is None or m.start() > cue.start():
                cue = m
    if cue is None:
        return None
    nums = [m for m in _RAW_INT.finditer(lead, 0, cue.start())]
    if not nums:
        return None
    m = nums[-1]
    n = int(regex.sub(r"\D", "", m.group()))
    if n < max(k, 1) or 1900 <= n <= 2100:
        return None
    return n, f.start - (s0 + m.start())


def _run_sums(ctx: AuditContext, run: list[Fact]) -> dict[str, list[Candidate]]:
    """Counts listed in one sentence whose sum is a total the document states for the same
    indicator («50 отримувачів» … «44 особи (86,4 %), 6 осіб (13,6 %)»): that total is their whole."""
    out: dict[str, list[Candidate]] = {}
    by_sentence: dict[int, list[Fact]] = {}
    for m in run:
        by_sentence.setdefault(ctx.sentence_index(m.start) if ctx.text else 0, []).append(m)
    members = {m.fact_id for m in run}
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        total = sum(int(m.value) for m in group)
        stated = [g for g in ctx.facts if g.fact_id not in members and is_count(g) and int(g.value) == total
                  and g.indicator == group[0].indicator and compatible_units(g.unit, group[0].unit)]
        pcts = [ctx.percent_written(m) for m in group]
        complete = sum_within_rounding(sum((p for p, _ in pcts), Decimal(0)), Decimal(100), [d for _, d in pcts])
        for m in group:
            if stated:
                g = min(stated, key=lambda g: abs(g.start - m.start))
                out[m.fact_id] = [Candidate(total, STRONG, "parent", g.fact_id, abs(g.start - m.start))]
            elif complete:  # shares adding up to 100 %: the counts are the whole list
                out[m.fact_id] = [Candidate(total, SENTENCE, "sum", None, 0)]
    return out


def _one_rounding(ctx: AuditContext, run: list[Fact], result: dict[str, Whole]) -> None:
    """One author rounds one list one way: shares of one whole that fit only under different
    modes (one rounded up, another down) do not all hold; blame those the best mode rejects."""
    by_n: dict[object, list[Fact]] = {}
    for m in run:
        w = result.get(m.fact_id)
        if w is not None and w.consistent:
            by_n.setdefault(w.n, []).append(m)
    for n, members in by_n.items():
        if len(members) < 2:
            continue
        modes = {m.fact_id: consistent_modes(int(m.value), n, *ctx.percent_written(m)) for m in members}
        best = max(ROUNDING_MODES, key=lambda mode: sum(mode in ms for ms in modes.values()))
        if all(best in ms for ms in modes.values()):
            continue
        for m in members:
            if best not in modes[m.fact_id]:
                w = result[m.fact_id]
                result[m.fact_id] = Whole(w.n, w.source, w.fact_id, w.confirmed, False, w.support)


def _fits(ctx: AuditContext, f: Fact, n: int) -> bool:
    # asked for every candidate whole of every member of a run, several times over: memoized
    memo = ctx.cache.setdefault("_fits", {})
    key = (id(f), n)
    hit = memo.get(key)
    if hit is None or hit[0] is not f:
        p, d = ctx.percent_written(f)
        hit = memo[key] = (f, n >= int(f.value) and percent_consistent(int(f.value), n, p, d))
    return hit[1]


def find_wholes(ctx: AuditContext) -> dict[str, Whole]:
    """The whole of every count written with a percentage, where one can be found."""
    if "wholes" in ctx.cache:
        return ctx.cache["wholes"]
    result: dict[str, Whole] = {}
    for run in _runs(ctx):
        members = {m.fact_id for m in run}
        cands = {m.fact_id: candidates(ctx, m, members) for m in run}
        for fid, extra in _run_sums(ctx, run).items():
            if extra[0].source == "sum" and any(c.rank >= SENTENCE for c in cands[fid]):
                continue  # a stated total outranks the sum of the list (which may be what is wrong)
            cands[fid] = sorted(extra + cands[fid], key=lambda c: (-c.rank, c.distance))
        support: dict[int, int] = {}
        for n in {c.n for cs in cands.values() for c in cs}:
            support[n] = sum(1 for m in run if _fits(ctx, m, n))
        for m in run:
            own = cands[m.fact_id]
            fitting = [c for c in own if c.rank >= SENTENCE and _fits(ctx, m, c.n)]
            if not fitting:  # an earlier total that explains this and another share of the list
                fitting = [c for c in own if _fits(ctx, m, c.n) and support.get(c.n, 0) >= 2]
            if fitting:
                c = fitting[0]
                result[m.fact_id] = Whole(c.n, c.source, c.fact_id, True, True, support.get(c.n, 0) - 1)
                continue
            # no whole explains this share: blame it only on a whole we can vouch for
            shared = [c for c in own if support.get(c.n, 0) >= 2]
            strong = [c for c in own if c.rank == STRONG]
            near = [c for c in own if c.rank == SENTENCE]
            # a table cell linked to a count of its own row («41 | 22 | 55,7» under «% до тих, що
            # перебували»): that count is its whole, whatever the column's total explains
            same_row = [c for c in strong if c.source == "parent" and c.fact_id == m.parent_id
                        and ctx.by_id[c.fact_id].start == m.start]
            if same_row:
                c = same_row[0]
                result[m.fact_id] = Whole(c.n, c.source, c.fact_id, True, False, support.get(c.n, 0))
            elif shared:
                c = max(shared, key=lambda c: (support[c.n], c.rank, -c.distance))
                result[m.fact_id] = Whole(c.n, c.source, c.fact_id, True, False, support[c.n])
            elif strong:
                c = strong[0]
                result[m.fact_id] = Whole(c.n, c.source, c.fact_id, True, False, support.get(c.n, 0))
            elif near:
                c = near[0]
                result[m.fact_id] = Whole(c.n, c.source, c.fact_id, False, False, 0)
        _one_rounding(ctx, run, result)
    result.update(_share_wholes(ctx))
    for fid, w in _survey_wholes(ctx).items():
        result.setdefault(fid, w)
    ctx.cache["wholes"] = result
    return result


# how many of an assessment's shares one survey total must explain before it is taken as the
# whole of them all (with 48 respondents a share at one decimal fits by chance one time in 20)
SURVEY_SUPPORT = 3


def _numeric(v: object) -> bool:
    return isinstance(v, (int, float, Decimal)) and not isinstance(v, bool) and v == v and 0 <= v <= 100


def _survey_wholes(ctx: AuditContext) -> dict[str, Whole]:
    """The respondents' total as the whole of an assessment's shares («Своєчасність 72,5»,
    «задоволені 85,0 % опитаних»), when it explains nearly all of them: the shares are then
    positive answers counted out of those asked, and one it cannot explain is a slip."""
    # (a whole number of percent fits most totals in some rounding: only shares written with
    # decimals are evidence; an overall score is often the criteria's mean, no count of anyone)
    shares = [f for f in ctx.facts if f.unit == "percent" and f.indicator in ("share", "satisfaction")
              and _numeric(f.value) and not f.parent_id and ctx.percent_written(f)[1] >= 1
              and ((f.criterion and f.criterion != "overall")
                   or ctx.cue("respondents_ref", ctx.text[f.end:f.end + 40]))]
    totals = {int(g.value) for g in ctx.facts if g.indicator == "survey_respondents" and is_count(g)
              and not g.parent_id and int(g.value) > 0}
    if len(shares) < SURVEY_SUPPORT + 1 or not totals:
        return {}

    def fits(f: Fact, n: int) -> bool:
        p, d = ctx.percent_written(f)
        return bool(achievable_counts(n, p, d))

    scored = []
    for n in totals:
        tested = [f for f in shares if grim_has_power(n, ctx.percent_written(f)[1])]
        fit = [f for f in tested if fits(f, n)]
        scored.append((len(fit), -(len(tested) - len(fit)), n, tested))
    support, neg_misfits, n, tested = max(scored)
    if support < SURVEY_SUPPORT or -neg_misfits * 3 > support:
        return {}
    g = next(g for g in ctx.facts if g.indicator == "survey_respondents" and not g.parent_id and g.value == n)
    return {f.fact_id: Whole(n, "survey", g.fact_id, True, True, support) for f in tested}


def _share_wholes(ctx: AuditContext) -> dict[str, Whole]:
    """A standalone share tied to an earlier total by «з них» right next to it («98% з них»)."""
    out: dict[str, Whole] = {}
    for f in ctx.facts:
        if f.unit != "percent" or not ctx.text:
            continue
        parent = ctx.by_id.get(f.parent_id or "")
        if parent is not None and is_count(parent) and int(parent.value) > 0:
            out[f.fact_id] = Whole(int(parent.value), "parent", parent.fact_id, True, True)
            continue
        span = ctx.fact_text(f)
        lit = PERCENT_LITERAL.search(span)
        if lit is None:
            continue
        pos = f.start + lit.end()
        around = ctx.text[max(0, f.start + lit.start() - 12):f.start + lit.start()] + " " + ctx.text[pos:pos + 14]
        after = ctx.text[pos:pos + 40]
        if ctx.cue("respondents_ref", after) is not None:
            surveys = {int(g.value) for g in ctx.facts if g.indicator == "survey_respondents" and is_count(g)
                       and not g.parent_id}
            if len(surveys) == 1:
                n = surveys.pop()
                g = next(g for g in ctx.facts if g.indicator == "survey_respondents" and g.value == n)
                out[f.fact_id] = Whole(n, "parent", g.fact_id, True, True)
            continue
        if ctx.cue("subset", around) is None:
            continue
        prev = [g for g in ctx.facts if g.start < f.start and is_count(g) and g.unit in
                ("families", "persons", "families_persons", "recipients") and int(g.value) > 0
                and f.start - g.start <= CONTEXT_BACK]
        if prev:
            g = prev[-1]
            out[f.fact_id] = Whole(int(g.value), "context", g.fact_id, False, True)
    return out
