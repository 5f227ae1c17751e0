"""What a list of figures is: which facts are the parts of a total (`partitions`), whether the
list names every part (`partial_list`, `shares_complete`), was read whole (`unread_numbers`,
`unnumbered_items`), or holds a figure that does not belong to it (`misgrouped`)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import regex

from zvitparse.audit.arith import percent_consistent, sum_within_rounding
from zvitparse.audit.context import AuditContext, compatible_units, is_count
from zvitparse.model import Fact

OUTCOMES = "outcome_"
STREAM = ("support_completed", "support_ongoing")
OVERLAP_SUM = Decimal(150)  # shares of one whole adding up to this much answer different questions
def part_unit(part: str, whole: str) -> bool:
    # children are persons too: «547 постраждалих: 365 жінок, 44 чоловіки, 138 дітей»
    return compatible_units(part, whole) or (part == "children" and whole in ("persons", "recipients"))


def is_part_of(c: Fact, p: Fact) -> bool:
    """Whether `c` can be a part of a breakdown of `p` by their indicators (see `partitions`)."""
    if c.indicator == p.indicator:
        return True
    if c.indicator.startswith(OUTCOMES):
        return not p.indicator.startswith(OUTCOMES)
    return c.indicator in STREAM and p.indicator not in STREAM


def partitions(ctx: AuditContext, p: Fact) -> list[list[Fact]]:
    """The breakdowns of total `p`: its parts of the same indicator and its outcome parts (split
    by group where the list says so); a part of any other indicator stands alone (a subset)."""
    sets: dict[str, list[Fact]] = defaultdict(list)
    for c in ctx.children.get(p.fact_id, []):
        if not is_count(c) or not part_unit(c.unit, p.unit):
            continue
        if c.indicator == p.indicator:
            kind = "same"
        elif c.indicator.startswith(OUTCOMES) and p.indicator.startswith(OUTCOMES):
            continue  # two outcomes are siblings, never one a part of the other
        elif c.indicator.startswith(OUTCOMES) or (c.indicator in STREAM and p.indicator not in STREAM):
            kind = "outcomes"  # how the families under support ended up: outcomes and those continuing
        else:  # another kind of figure («з них 339 … в СЖО»): a subset, even inside a list
            sets["single:" + c.fact_id].append(c)
            continue
        key = f"g:{c.group_id}:{kind}" if c.group_id else kind
        sets[key].append(c)
    return list(sets.values())


def co_persons(ctx: AuditContext, p: Fact, parts: list[Fact]) -> list[Fact]:
    """Single persons written in the total's own sentence, before its families parts begin
    («12 сім'ям, в них 20 дітей та 3 особам (67 %) з них: …»): a co-total, not a part."""
    if p.unit != "families" or not ctx.text:
        return []
    s0, s1 = ctx.sentence_span(p.start)
    first_fam = min((c.start for c in parts if c.unit == "families"), default=s1)
    return [c for c in parts if c.unit == "persons" and s0 <= c.start < min(s1, first_fam + 1)
            and c.start < first_fam]


def enumerated(parts: list[Fact]) -> bool:
    """Parts enumerated together as one breakdown (the extractor groups «а саме: …» lists).
    A «з них» remark alone may name only some parts, so falling short is not a finding then."""
    groups = {c.group_id for c in parts}
    return len(groups) == 1 and None not in groups


def overlapping_shares(ctx: AuditContext, p: Fact, parts: list[Fact]) -> bool:
    """Most parts are consistent shares of the total and together they far exceed 100 %: answers
    to different questions of one survey («112 (93,3 %) … 108 (90 %) …»), not a breakdown."""
    if not parts or any(c.percent is None for c in parts):
        return False
    total, psum, fits = int(p.value), Decimal(0), 0
    for c in parts:
        pc, d = ctx.percent_written(c)
        fits += percent_consistent(int(c.value), total, pc, d)
        psum += pc
    # one wrong share (percent_mismatch reports it) does not make the answers a breakdown
    return psum >= OVERLAP_SUM and 2 * fits >= len(parts)


def unnumbered_items(ctx: AuditContext, parts: list[Fact]) -> int:
    """List items written without a numeral between the parts («…, 2 психологи, юрисконсульт, …»)."""
    a, b = min(c.start for c in parts), max(c.end for c in parts)
    segments = regex.split(r"[,;]", ctx.slice(a, b))
    for pat, _v in ctx.cues("conjunction"):
        segments = [piece for seg in segments for piece in pat.split(seg)]
    # a short name with no number is an item counted as one; a longer one is part of a name, and
    # so is one a relative clause goes on from («сім'ї, у яких батьки ухиляються …, – 23»)
    relative = ctx.cues("relative_after")
    return sum(1 for k, seg in enumerate(segments) if seg.strip() and not regex.search(r"\d", seg)
               and len(seg.split()) <= 2
               and not (k + 1 < len(segments) and any(p.match(segments[k + 1] + " ") for p, _v in relative)))


def misgrouped(ctx: AuditContext, parts: list[Fact], total: int) -> bool:
    """The list adds up once a figure that does not belong to it is set aside: the first k
    parts already make the total («186 осіб, з них 124 жінки та 62 чоловіки; 41 особа …»), or
    one part is a «з них» subset of the part before it («88 особам, з них 37 …»)."""
    parts = sorted(parts, key=lambda c: c.start)
    run = 0
    for i, c in enumerate(parts[:-1]):
        run += int(c.value)
        # the parts that add up sit in one sentence, the stray ones after it
        if run == total and ctx.text and len({ctx.sentence_index(x.start) for x in parts[:i + 1]}) == 1 \
                and ctx.sentence_index(parts[i + 1].start) != ctx.sentence_index(c.start):
            return True
    allv = sum(int(c.value) for c in parts)
    for prev, c in zip(parts, parts[1:], strict=False):
        if allv - int(c.value) == total and int(c.value) <= int(prev.value):
            if ctx.cue("subset", ctx.slice(prev.start, c.start)) is not None:
                return True
    return False


# counts, not percentages; «1 406» (thousands grouped by a space) is one number
_INT = regex.compile(r"(?<![\d.,])(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,7})(?![\d]|[.,]\d|\s?%)")


_ITEM_LINE = regex.compile(r"[^\n]{1,160}?[-–—]\s*\d[\d \u00a0]*[.;,]?[ \t]*(?=\n|$)")


def unread_numbers(ctx: AuditContext, p: Fact, parts: list[Fact]) -> bool:
    """Numbers inside the list that are no part of it: the breakdown was not read whole, so
    falling short proves nothing («11 фахівців: 6 фахівців …, 2 психологи» read as 2 + …)."""
    if not ctx.text:
        return False
    first = min(c.start for c in parts)
    a, b = max(p.end, ctx.sentence_span(first)[0]), max(c.end for c in parts)
    if b <= a:
        return False
    # (and over the list's item lines after the last part: an item that was not read as one
    # — «звернень через «Гарячу лінію» – 1 129» — leaves the list unread too)
    eol = ctx.text.find("\n", b)
    while eol >= 0 and (m := _ITEM_LINE.match(ctx.text, eol + 1)):
        b = m.end()
        eol = ctx.text.find("\n", b) if ctx.text[b:b + 1] != "" else -1
    # («61 сім'ю (138 дітей), а саме: …»: the children living in the whole's families are read too)
    inside = [f for c in parts for f in [c, *ctx.descendants(c)]] + [p] + [
        f for f in ctx.descendants(p) if f.extractor.startswith("child_of")]
    known = {ctx.number_span(f)[0] for f in inside}
    return any(m.start() not in known for m in _INT.finditer(ctx.text, a, b)
               if not ctx.text[m.start() - 1:m.start()].isalpha())


def partial_list(ctx: AuditContext, p: Fact, parts: list[Fact]) -> bool:
    """«у тому числі …», «з них …» may name only some parts; «а саме: …» names them all."""
    between = _lead_words(ctx, p, parts)
    if between is None:
        return False
    if shares_complete(ctx, parts):
        return False  # their percentages add up to 100 %: the list is the whole
    cue = ctx.cue("subset", between)
    if cue is not None and between[cue.end():].lstrip().startswith(":") and not any(
            ch.isdigit() for ch in between[: cue.start()]):
        # «у тому числі:» right after the total opens a list of them all, as «а саме:» does
        # (after «…, виплачено 168,4 млн грн, у тому числі:» it may list that sum's part)
        return False
    return cue is not None and ctx.cue("enumeration", between) is None


def _lead_words(ctx: AuditContext, p: Fact, parts: list[Fact]) -> str | None:
    """The words after the total in its sentence and the lead-in of the first part's sentence."""
    first = min(c.start for c in parts)
    if first <= p.end or not ctx.text:
        return None
    after_total = ctx.slice(p.end, min(first, ctx.sentence_span(p.start)[1]))
    lead_in = ctx.slice(max(p.end, ctx.sentence_span(first)[0]), first)
    return after_total + " … " + lead_in


def said_exhaustive(ctx: AuditContext, p: Fact, parts: list[Fact]) -> bool:
    """«а саме: …», «розподіляються так: …» name every part of the total."""
    between = _lead_words(ctx, p, parts)
    return between is not None and ctx.cue("exhaustive_list", between) is not None


def shares_complete(ctx: AuditContext, parts: list[Fact]) -> bool:
    if len(parts) < 2 or any(c.percent is None for c in parts):
        return False
    pcts = [ctx.percent_written(c) for c in parts]
    return sum_within_rounding(sum((p for p, _ in pcts), Decimal(0)), Decimal(100), [d for _, d in pcts])


def said_to_be_part(ctx: AuditContext, p: Fact, c: Fact) -> bool:
    """The text itself makes `c` a part of `p`: same sentence, or a sentence opening with «з них»."""
    if not ctx.text or ctx.sentence_index(p.start) == ctx.sentence_index(c.start):
        return True
    s0 = ctx.sentence_span(c.start)[0]
    return ctx.cue("subset", ctx.slice(s0, min(c.start, s0 + 40))) is not None


def open_categories(ctx: AuditContext, p: Fact, parts: list[Fact]) -> bool:
    """Parts that are population categories with no «інші» among them («з них: одинокі – 318;
    особи з інвалідністю – 47; ВПО – 26»): a person may be in none of them, so they need not add
    up to the whole — unless the text says the list is all of it («а саме: …»)."""
    from zvitparse.extract.categories import is_catch_all

    return bool(parts) and all(c.category for c in parts) and not any(is_catch_all(c.category) for c in parts) \
        and not said_exhaustive(ctx, p, parts)
