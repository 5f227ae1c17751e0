"""Budget rows written as lines of prose, each sum after the word that names its column:

    Використання коштів у ІІІ кварталі (тис. грн):
    КЕКВ 2730 «Інші виплати населенню»: план на квартал – 310,0; касові видатки – 287,4; економія – 22,6.
    Разом: план – 358,5; касові видатки – 328,6; економія – 28,9.

A line opens on its KEKV code (a code of `kekv.yaml`) or a total word, then «:», then at least
two «column word – sum» parts that the budget table's column headers name (`table_columns.yaml`).
The scale («тис. грн») is the line's own or that of the caption just above it; a line with no
money word on it or above gives nothing. The rows of one run are a table: the KEKV rows are the
parts of the total row.
"""

from __future__ import annotations

import regex

from zvitparse.extract import budget, grid, money
from zvitparse.extract.numbers import money_word_re, parse_number
from zvitparse.model import Document, Fact

PREFIX = "budget_lines"
# «КЕКВ 2730 «Інші виплати населенню»:», «2240 Оплата послуг:», «Разом:»: the row's name
_LEAD = regex.compile(r"^[^:\n]+:")
_CODE_FIRST = regex.compile(r"^\d{4}(?!\d)")
# a total row's name: its word, and the span it sums («Разом за квартал»)
_TOTAL_NAME = regex.compile(r"\p{L}+(?:\s+за\s+(?:\w+\s*){1,3})?\s*")
_PART_SPAN = regex.compile(r"[^;]+")
# «касові видатки – 287,4», «економія — 22,6»: a column's words, a dash, a bare sum
_PART = regex.compile(r"(?P<words>[^;:–—]+?)\s*[–—-]\s*(?P<sum>\d[\d \u00a0]*(?:[,.]\d+)?)(?![\d%]|\s*%)")
_PERCENT_AFTER = regex.compile(r"\s*\(\s*(\d{1,3}(?:[,.]\d+)?)\s*%")
# the caption a run of lines may take its scale from: this many lines above its first
CAPTION_LINES = 2


def _row(cell: grid.GCell) -> tuple[str | None, bool, list[tuple[str, regex.Match]]] | None:
    """(KEKV code, is a total, [(indicator, sum match in the line)]) of a budget line, else None."""
    lead = _LEAD.match(cell.text)
    if lead is None:
        return None
    name = lead.group()[:-1]
    first = _CODE_FIRST.match(name)
    code = first.group() if first and first.group() in budget.kekv_codes() else money.kekv_named(name)
    total = code is None
    if total and not (_TOTAL_NAME.fullmatch(name) and grid.is_total_label(name)):  # «Разом:», «Разом за квартал:»
        return None
    parts = []
    for part in _PART_SPAN.finditer(cell.text, lead.end()):
        m = _PART.search(cell.text, part.start(), part.end())
        kind = budget._column_indicator(m.group("words")) if m is not None else None
        if kind is not None and kind in budget.MONEY_INDICATORS:
            parts.append((kind, m))
    return (code, total, parts) if len(parts) >= 2 else None


def _scale(lines: list[grid.GCell], i: int) -> int | None:
    """The line's scale, else its caption's; None when neither names money."""
    for cell in [lines[i], *reversed(lines[max(0, i - CAPTION_LINES):i])]:
        if money_word_re().search(cell.text):
            return budget._multiplier(cell.text)
    return None


def extract(doc: Document, meta: dict | None = None) -> list[Fact]:
    lines = grid.line_cells(doc)
    facts: list[Fact] = []
    runs: dict[str, int] = {}  # fact id → the run of lines it stands in
    run, prev = 0, -2
    scale: int | None = None
    for i, cell in enumerate(lines):
        row = _row(cell)
        if row is None:
            continue
        if i != prev + 1:
            run, scale = run + 1, _scale(lines, i)
        prev = i
        own = budget._multiplier(cell.text) if money_word_re().search(cell.text) else None
        mult = own or scale
        if mult is None:
            continue
        code, total, parts = row
        for kind, m in parts:
            value = budget._amount(m.group("sum"), mult)
            if value is None:
                continue
            start = cell.start + m.start("sum")
            end = start + len(m.group("sum"))
            # «касові видатки – 328,6 (91,7 % квартального плану)»: the plan's execution
            pct = _PERCENT_AFTER.match(doc.text, end)
            fid = f"{PREFIX}:{len(facts) + 1}"
            runs[fid] = run
            facts.append(Fact(
                fact_id=fid, indicator=kind, value=value, unit="uah",
                start=start, end=pct.end() if pct else end, quote=cell.text, extractor="budget_lines",
                confidence=0.8, percent=float(parse_number(pct.group(1))) if pct else None, kekv=code, label="разом" if total else None,
                group_id=None if total else f"{PREFIX}:{run}:{kind}", page=doc.page_at(start)))
    return _with_totals(facts, runs)


def _with_totals(facts: list[Fact], runs: dict[str, int]) -> list[Fact]:
    """Each KEKV row's sum is a part of its run's total row's sum of its column."""
    totals = {(runs[f.fact_id], f.indicator): f.fact_id for f in facts if f.group_id is None}
    return [Fact(**{**f.__dict__, "parent_id": totals[(runs[f.fact_id], f.indicator)]})
            if f.group_id and (runs[f.fact_id], f.indicator) in totals else f for f in facts]
