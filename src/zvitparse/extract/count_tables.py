"""Tables of counts: rows (services, departments, providers) × count columns.

«Соціальна послуга | Кількість отримувачів (сімей/осіб) | з них дітей», «Відділення |
Кількість наданих послуг: I квартал … | Усього за рік», «Надавач | Отримувачі, осіб | Надано
послуг». Only real table blocks are read (a flattened table of bare numbers is too easy to
misread).

A column's indicator comes from its header or, failing that, the table's caption
(`table_columns.yaml` count entries: отримувачі → served, наданих послуг → services_provided,
відповіли / опитано → survey_respondents); its unit from the unit words of the header or caption
(`units.yaml`, via the prose lexicon), the last one winning («Отримувачі, осіб» → persons). A
column with no indicator of its own («з них дітей», «Усього за рік») continues the one to its
left; a «%» column gives the `percent` of the count beside it. A row's service comes from its
label; «Разом»/«Усього» rows are totals, and each part points at its column's total.

Columns that are not counts: a money column (a `table_columns` money header with a currency in
header or caption: «Касові видатки, тис. грн») gives amounts in hryvnias; a «%» column whose
header names something of its own («Укомплектованість, %», «Задоволеність, %») gives a
standalone `share` / `satisfaction` per row, where a bare «%» («%», «частка, %») is the
`percent` of the count to its left. Survey answer columns («так», «частково», «ні») count
respondents (`survey_respondents`, persons unless a header or the caption says otherwise).

Tables flattened into lines (`line_tables.text_grids`: a label and its figures per line under a header)
are read the same way; one whose rows lead with KEKV codes is `budget`'s.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

import regex

from zvitparse import patterns
from zvitparse.extract import budget, context, grid, line_tables, ratings, row_tables
from zvitparse.extract.numbers import as_value, parse_number
from zvitparse.model import Document, Fact

PREFIX = "tables"
MONEY = (*budget.MONEY_INDICATORS, "aid_value")
NOT_COUNTS = {*MONEY, "rating", "share", "satisfaction"}
PERCENT_INDICATORS = ("share", "satisfaction")
# survey answers without a unit of their own count people
SURVEY_UNIT = "persons"
PEOPLE = ("persons", "recipients", "families", "families_persons", "children")
_COUNT = regex.compile(r"^\d{1,3}(?:[ \u00a0]\d{3})+$|^\d+$")
_DECIMAL = regex.compile(r"^\d+(?:[,.]\d+)?\s*%?$")
_EMPTY = regex.compile(r"^[-–—]?$")
_WORD_START = regex.compile(r"(?<![\p{L}'])(?=\p{L})")
# the caption of a table is one of the few short lines just above it
CAPTION_LINES = 2
MAX_CAPTION = 200


@dataclass
class _Column:
    col: int
    header: str  # all header cells of the column, top to bottom
    label: str  # the lowest header cell («I квартал»)
    indicator: str | None = None
    unit: str | None = None
    percent: bool = False
    own: bool = False  # the indicator is the column's own, not inherited
    money: int = 0  # the multiplier of a money column (0: not money)


@functools.lru_cache(maxsize=4)
def _count_entries() -> tuple[tuple[str, str, regex.Pattern], ...]:
    return tuple((e.id, e["indicator"], regex.compile(e["regex"], regex.I))
                 for e in patterns.load()["table_columns"]
                 if e.get("regex") and e.get("indicator") and e["indicator"] not in NOT_COUNTS)


def count_indicator(text: str) -> str | None:
    """The indicator a count column header (or table caption) names, if any."""
    low = " ".join(text.lower().split())
    for _, indicator, rx in _count_entries():
        if rx.search(low):
            return indicator
    return None


def unit_in(text: str) -> str | None:
    """The last unit word of a header («Кількість отримувачів (сімей/осіб)» → families_persons)."""
    from zvitparse.extract.lexicon import lexicon
    from zvitparse.nlp import tokens

    lex = lexicon()
    low = text.lower()
    hits: list[tuple[int, int, str]] = []  # (start, -priority, unit)
    for m in _WORD_START.finditer(low):
        found = lex.unit_by_regex(low[m.start():])
        if found:
            hits.append((m.start(), -10, found[0]))
    covered = [(s, s + 1) for s, _, _ in hits]
    for tok in tokens(text):
        unit = lex.unit_of(tok)
        if unit and not any(s <= tok.start < e for s, e in covered):
            hits.append((tok.start, 0, unit))
    if not hits:
        return None
    # a composite unit (regex) names the column even when a plainer word follows it
    composite = [h for h in hits if h[1] < 0]
    return max(composite or hits)[2]


@functools.lru_cache(maxsize=1)
def _percent_words() -> regex.Pattern | None:
    e = next((e for e in patterns.load()["table_columns"] if e.id == "percent_words"), None)
    return regex.compile(e["regex"], regex.I) if e and e.get("regex") else None


def percent_column(header: str) -> str | None:
    """None for a bare «%» column (the percent of the count to its left); `share` or
    `satisfaction` for a «%» column naming a figure of its own («Задоволеність, %»)."""
    rest = header.replace("%", " ")
    rx = _percent_words()
    if rx is not None:
        rest = rx.sub(" ", rest.lower())
    if not regex.search(r"\p{L}{3,}", rest):
        return None
    kind = grid.header_kind(header)
    if kind and kind[1] in PERCENT_INDICATORS:
        return kind[1]
    if count_indicator(rest) == "survey_respondents":
        return None  # «Так, %» beside «Так, осіб»: the share of that answer's count
    return "share"


def money_column(header: str, caption: str) -> tuple[str, int] | None:
    """(indicator, multiplier) of a money column: a money header with a currency in it or the caption."""
    kind = grid.header_kind(header)
    if not kind or kind[1] not in MONEY:
        return None
    if not (budget._mentions_money(header) or budget._mentions_money(caption)):
        return None  # «План / Виконано» of counts
    mult = budget._multiplier(header)
    return kind[1], mult if mult != 1 else budget._multiplier(caption)


def _num(text: str) -> int | float | None:
    t = text.strip().rstrip("%").strip()
    num = parse_number(t)
    return as_value(num) if num is not None else None


def _caption(doc: Document, g: grid.Grid) -> str:
    before = doc.text[max(0, g.start - 600):g.start].rstrip().split("\n")
    lines = [ln.strip() for ln in before if ln.strip()][-CAPTION_LINES:]
    return " ".join(ln for ln in lines if len(ln) <= MAX_CAPTION)


def _is_value_row(row: tuple) -> bool:
    return any(c is not None and not c.spanned and (_COUNT.match(c.text.strip()) or budget._is_amount(c.text))
               for c in row)


def _columns(g: grid.Grid, nhead: int, caption: str) -> list[_Column]:
    cols = []
    for col in range(g.width):
        cells = [r[col] for r in g.rows[:nhead] if col < len(r) and r[col] is not None]
        texts = [c.text for c in cells if c.text]
        header = " ".join(dict.fromkeys(texts))
        cols.append(_Column(col, header, texts[-1] if texts else ""))
    for c in cols:  # «№ з/п» or 1, 2, 3 … down the column: row numbers, not counts
        body = [r[c.col].text.strip() for r in g.rows[nhead:] if c.col < len(r) and r[c.col] is not None]
        nums = [b for b in body if _COUNT.match(b)]
        if regex.search(r"№|з/п", c.header) or (nums and nums == [str(k) for k in range(1, len(nums) + 1)]
                                                 and len(nums) >= len(body) - 1):
            c.percent = False
            c.header = ""
            c.label = ""
            c.own = True  # claimed: neither a count nor a continuation
    caption_ind = count_indicator(caption)
    caption_unit = unit_in(caption) if caption else None
    prev: _Column | None = None
    for c in cols:
        if c.own:
            continue
        if regex.fullmatch(r"\W*%\W*|.*,\s*%\s*", c.header) or (
                regex.search(r"(?<!\d\s*)%", c.header) and not unit_in(c.header)):
            own = percent_column(c.header)
            if own:
                c.indicator, c.unit, c.own = own, "percent", True
            else:
                c.percent = True
            continue
        found = money_column(c.header, caption) if c.header else None
        if found:
            c.indicator, c.money, c.unit, c.own = found[0], found[1], "uah", True
            continue
        # the lowest header cell first: «задоволені» under «Кількість отримувачів» counts answers
        c.indicator = (count_indicator(c.label) if c.label != c.header else None) or count_indicator(c.header)
        c.unit = unit_in(c.header) if c.header else None
        if c.indicator is None and c.header:  # «Штатна чисельність, посад»: the prose's trigger words
            named = row_tables.row_indicator(" ".join(c.header.split()))
            if named:
                c.indicator, c.unit = named
        c.own = c.indicator is not None
        if c.indicator is None and prev is not None and (c.unit or grid.is_total_label(c.header) or not c.header):
            c.indicator = prev.indicator  # «з них дітей», «Усього за рік»: the column to the left goes on
        if c.unit is None and prev is not None and c.indicator == prev.indicator:
            c.unit = prev.unit
        if c.indicator is None and caption_ind and c.header:  # «Квітень», «Разом» under a caption
            c.indicator, c.unit = caption_ind, c.unit or caption_unit
        if c.indicator == "services_provided" or c.unit == "services" and c.indicator == "served":
            c.indicator, c.unit = "services_provided", "services"
        if c.indicator == "survey_respondents" and c.unit not in PEOPLE:  # respondents are people
            c.unit = caption_unit if caption_unit in PEOPLE else SURVEY_UNIT
        if c.indicator and c.unit:
            prev = c
    return cols


def _skip(g: grid.Grid) -> bool:
    """KEKV tables are `budget`'s, rating tables without counts `ratings`'."""
    for row in g.rows:
        for c in row:
            if c is None:
                continue
            t = c.text.strip()
            if budget._is_kekv(t) or budget._is_kekv(t.split(" ", 1)[0]):
                return True  # (a flattened line's label may lead with its KEKV code)
    return not _not_only_ratings(g)


def _not_only_ratings(g: grid.Grid) -> bool:
    """A rating table is `ratings`' — unless it also has columns of counts (a figure in the
    body that is no row number), which are read here; its rating words are not figures."""
    if not any(c is not None and ratings.rating_word(c.text.strip()) for row in g.rows for c in row):
        return True
    nums = [c.text.strip() for row in g.rows[1:] for c in row[1:] if c is not None and _COUNT.match(c.text.strip())]
    return len(nums) >= 2
    return False


def _header_rows(g: grid.Grid) -> int | None:
    """How many rows the header takes (the rows before the first holding a figure); None for
    a table without header or without figures."""
    nhead = next((k for k, r in enumerate(g.rows) if _is_value_row(r) and not (k < 3 and _is_year_row(r))),
                 len(g.rows))
    return None if nhead == 0 or nhead == len(g.rows) else nhead


def _is_year_row(row: tuple) -> bool:
    """A header of years («Показник | 2022 | 2023»)."""
    figures = [c.text for c in row if c is not None and regex.search(r"\d", c.text)]
    return bool(figures) and all(row_tables.YEAR.match(t) for t in figures)


def _read(doc: Document, g: grid.Grid) -> tuple[int, list[_Column]] | None:
    """(header rows, columns) of a table of counts, or None for any other table."""
    if _skip(g):
        return None
    nhead = _header_rows(g)
    if nhead is None:
        return None
    cols = _columns(g, nhead, _caption(doc, g))
    # a table of bare shares («Населення, %») names no indicator: a share column counts only
    # beside a figure the SPEC knows
    if not any(c.indicator and c.unit and c.indicator != "share" for c in cols):
        return None
    return nhead, cols


def claims(doc: Document, g: grid.Grid) -> bool:
    """Whether this module reads the table (so `budget` leaves its money columns alone)."""
    return _read(doc, g) is not None


def extract(doc: Document, meta: dict, n0: int = 0) -> list[Fact]:
    """Count facts of the count tables of a document; ids continue from `n0`."""
    facts: list[Fact] = []
    grids = grid.table_grids(doc) + line_tables.text_grids(doc)
    for t_no, g in enumerate(grids, 1):
        found = _read(doc, g)
        nhead = _header_rows(g)
        if nhead is not None and not _skip(g) and not (found and any(_named(c) for c in found[1])):
            # no column names a count of its own: the rows may («Кількість скарг | 0»)
            by_row = row_tables.facts_of(doc, g, nhead, meta, n0 + len(facts), PREFIX)
            if by_row:
                facts += by_row
                continue
        if found is not None:
            year = row_tables.period_year(meta)
            for c in found[1]:  # a column of an earlier year is a comparison, not this report's figure
                m = row_tables.YEAR.match(c.label)
                if m and m.group(1) != year:
                    c.indicator = None
            facts += _table_facts(doc, g, found[0], found[1], f"{PREFIX}:c{t_no}", n0 + len(facts))
    return facts


def _named(c: _Column) -> bool:
    """A column whose own header names its figure (not the caption, not a neighbour)."""
    return bool(c.own and c.indicator and c.unit)


def _lower_first(text: str) -> str:
    text = regex.sub(r"[\s,]*%.*$", "", " ".join(text.split()))
    return text[:1].lower() + text[1:]


def _extractor(c: _Column) -> str:
    return "money_column" if c.money else "percent_column" if c.unit == "percent" else "count_table"


def _value(cell: grid.GCell | None, c: _Column) -> int | float | None:
    """The figure of a cell in column `c`, or None (empty, a dash, not a figure of that kind)."""
    if cell is None or cell.spanned:
        return None
    t = cell.text.strip()
    if _EMPTY.match(t):
        return None
    if c.money:
        return budget._amount(t, c.money) if budget._is_amount(t) else None
    if c.unit == "percent":
        return _num(t) if _DECIMAL.match(t) else None
    return _num(t) if _COUNT.match(t) else None


def _table_facts(doc: Document, g: grid.Grid, nhead: int, cols: list[_Column], group: str, n0: int) -> list[Fact]:
    out: list[Fact] = []
    counted = [c for c in cols if c.indicator and c.unit  # (a label column under a caption counts nothing)
               and any(_value(r[c.col] if c.col < len(r) else None, c) is not None for r in g.rows[nhead:])]
    same_kind = {(c.indicator, c.unit) for c in counted}
    by_kind = {k: sum(1 for c in counted if (c.indicator, c.unit) == k) for k in same_kind}
    totals: dict[int, str] = {}
    parts: list[tuple[int, int]] = []
    for row in g.rows[nhead:]:
        cells = [c for c in row if c is not None and not c.spanned]
        if not cells:
            continue
        value_cols = {k for k, c in enumerate(row) if c is not None and _COUNT.match(c.text.strip())}
        label_cells = [c for k, c in enumerate(row) if c is not None and not c.spanned and k not in value_cols
                       and c.text and not grid.is_row_number(c.text) and not _DECIMAL.match(c.text.strip())
                       and not budget._is_amount(c.text) and not _EMPTY.match(c.text.strip())]
        label = " ".join(c.text for c in label_cells)
        is_total = grid.is_total_label(label)
        service = None if is_total else context.service_in(label)
        start, end = cells[0].start, cells[-1].end
        row_facts: dict[int, int] = {}
        for c in counted:
            cell = row[c.col] if c.col < len(row) else None
            value = _value(cell, c)
            if value is None:
                continue
            several = by_kind[(c.indicator, c.unit)] > 1
            fact_label = c.label if several else (None if service else label or None)
            if several and not service and label and c.indicator == "survey_respondents":
                fact_label = f"{label}, {c.label}"  # the question and its answer
            if c.unit == "percent" and not is_total:
                fact_label = f"{_lower_first(c.header)}, {label}" if c.indicator == "share" else label or None
            if is_total:
                fact_label = f"{label}, {c.label}" if several and c.label else label
            out.append(Fact(
                fact_id=f"{PREFIX}:{n0 + len(out) + 1}", indicator=c.indicator, value=value, unit=c.unit,
                start=start, end=end, quote=doc.text[start:end], extractor=_extractor(c), confidence=0.75,
                service=service, label=fact_label, page=doc.page_at(start),
                group_id=None if is_total or c.unit == "percent" else f"{group}:{c.col}"))
            if c.unit == "percent":
                continue  # a share is no part of a total, nor does a «%» beside it belong to it
            row_facts[c.col] = len(out) - 1
            if is_total:
                totals[c.col] = out[-1].fact_id
            else:
                parts.append((len(out) - 1, c.col))
        for c in cols:  # a «%» column: the percent of the count to its left
            if not c.percent or c.col >= len(row) or row[c.col] is None:
                continue
            pct = _num(row[c.col].text)
            left = max((k for k in row_facts if k < c.col), default=None)
            if pct is not None and left is not None:
                k = row_facts[left]
                out[k] = replace(out[k], percent=float(pct))
    for k, col in parts:
        if col in totals:
            out[k] = replace(out[k], parent_id=totals[col])
    return out
