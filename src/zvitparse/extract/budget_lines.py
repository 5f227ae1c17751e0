"""Budget rows written as lines of prose, each sum after the word that names its column:

    Використання коштів у ІІІ кварталі (тис. грн):
    КЕКВ 2730 «Інші виплати населенню»: план на квартал – 310,0; касові видатки – 287,4; економія – 22,6.
    Разом: план – 358,5; касові видатки – 328,6; економія – 28,9.

A line opens on its KEKV code (a code of `kekv.yaml`) or a total word, then «:», then at least
two «column word – sum» parts that the budget table's column headers name (`table_columns.yaml`).
The scale («тис. грн») is the line's own or that of the caption just above it; a line with no
money word on it or above gives nothing. The rows of one run are a table: the KEKV rows are the
parts of the total row.

A table a PDF drew without rules reads the same way: under a header line naming two or more
budget columns («КЕКВ Найменування План на ІІІ квартал Касові видатки Залишок»), lines opening
on a KEKV code or a total word and ending on as many sums with a decimal comma
(«2111 Заробітна плата 2 418 600,00 2 397 115,42 21 484,58»): the commas part the sums.
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


# a row of a table drawn without rules: its code, its name, its sums (each with a decimal comma)
_SUM = r"\d{1,3}(?:[ \u00a0]\d{3})*,\d{1,2}"
_SUMS_ROW = regex.compile(rf"^(?:(?P<code>\d{{4}})\s+)?(?P<name>\D.*?)\s+(?P<sums>{_SUM}(?:\s+{_SUM})+)\s*$")
_ONE_SUM = regex.compile(_SUM)


def _header_columns(text: str) -> list[str]:
    """The budget columns a header line names, left to right («План …», «Касові видатки», «Залишок»)."""
    if regex.search(r"\d", text):
        return []
    hits = sorted((m.start(), m.end(), ind) for _, ind, rx in grid.column_entries() if ind in budget.MONEY_INDICATORS
                  for m in rx.finditer(text))
    out, end = [], -1
    for a, b, ind in hits:
        if a >= end:
            out.append(ind)
            end = b
    return out


def _ruleless_rows(doc: Document, lines: list[grid.GCell], facts: list[Fact], runs: dict[str, int], run: int) -> int:
    """Facts of the tables drawn without rules (see the module's note); the number of the last run."""
    i = 0
    while i < len(lines):
        columns = _header_columns(lines[i].text)
        if len(columns) < 2:
            i += 1
            continue
        above = lines[i - 1].text if i else ""
        mult = budget._multiplier(lines[i].text) if money_word_re().search(lines[i].text) else (
            budget._multiplier(above) if len(above) < 80 and money_word_re().search(above) else 1)
        run += 1
        i += 1
        # (the N sums of each row; a PDF may run two rows into one line: «… 1 630,00 2273 Оплата …»)
        row_rx = regex.compile(rf"(?:(?P<code>\d{{4}})\s+)?(?P<name>[^\d\s][^\n]*?)\s+(?P<sums>(?:{_SUM}\s+){{{len(columns) - 1}}}{_SUM})(?!\S)")
        while i < len(lines) and _SUMS_ROW.match(lines[i].text) is not None:
            cell = lines[i]
            i += 1
            for m in row_rx.finditer(cell.text):
                code = m.group("code") if m.group("code") in budget.kekv_codes() else None
                name = m.group("name").strip()
                total = code is None and grid.is_total_label(name)
                if code is None and not total:
                    continue
                for kind, s_m in zip(columns, _ONE_SUM.finditer(cell.text, m.start("sums"), m.end("sums")), strict=False):
                    value = budget._amount(s_m.group(), mult)
                    if value is None:
                        continue
                    fid = f"{PREFIX}:{len(facts) + 1}"
                    runs[fid] = run
                    start = cell.start + s_m.start()
                    facts.append(Fact(
                        fact_id=fid, indicator=kind, value=value, unit="uah", start=start,
                        end=start + len(s_m.group()), quote=cell.text[m.start():m.end()], extractor="budget_lines",
                        confidence=0.75, kekv=code, label="разом" if total else name,
                        group_id=None if total else f"{PREFIX}:{run}:{kind}", page=doc.page_at(start)))
    return run


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
    _ruleless_rows(doc, lines, facts, runs, run)
    return _with_totals(facts, runs)


def _with_totals(facts: list[Fact], runs: dict[str, int]) -> list[Fact]:
    """Each KEKV row's sum is a part of its run's total row's sum of its column."""
    totals = {(runs[f.fact_id], f.indicator): f.fact_id for f in facts if f.group_id is None}
    return [Fact(**{**f.__dict__, "parent_id": totals[(runs[f.fact_id], f.indicator)]})
            if f.group_id and (runs[f.fact_id], f.indicator) in totals else f for f in facts]
