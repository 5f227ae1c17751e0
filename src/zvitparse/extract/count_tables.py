"""Tables of counts: rows (services, departments, providers) × count columns.

«Соціальна послуга | Кількість отримувачів (сімей/осіб) | з них дітей», «Відділення |
Кількість наданих послуг: I квартал … | Усього за рік», «Надавач | Отримувачі, осіб | Надано
послуг | Касові видатки, тис. грн». What each column holds is `table_columns`' business (count,
money, a share of its own, or the `percent` of the count beside it). A row's service comes
from its label; «Разом»/«Усього» rows are totals, and each part points at its column's total.
A table none of whose columns names a count may still name its figures by row (`row_tables`).

Real table blocks and tables flattened into lines (`line_tables.text_grids`: a label and its
figures per line under a header) are read the same way. KEKV tables are `budget`'s; a rating
table is `ratings`' unless it also has columns of counts.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex

from zvitparse.extract import (
    budget,
    colon_lines,
    context,
    grid,
    labelled_cells,
    line_tables,
    money,
    ratings,
    row_tables,
    slash_pairs,
    table_columns,
)
from zvitparse.extract.lexicon import lexicon
from zvitparse.extract.numbers import as_value, parse_number
from zvitparse.model import Document, Fact

PREFIX = "tables"
_COUNT = table_columns.COUNT
_DECIMAL = regex.compile(r"^\d+(?:[,.]\d+)?\s*%?$")
_EMPTY = regex.compile(r"^[-–—]?$")
# the caption of a table is one of the few short lines just above it
CAPTION_LINES = 2
CONFIDENCE = 0.75
# a column whose unit is no word of its own header (`table_units` may then take the prose's)
GUESSED_UNIT = 0.65
MAX_CAPTION = 200


def _num(text: str) -> int | float | None:
    t = text.strip().rstrip("%*").strip()  # («143*»: a footnote's mark)
    num = parse_number(t)
    return as_value(num) if num is not None else None


def _caption(doc: Document, g: grid.Grid) -> str:
    # the rows of a table just above are no caption of this one
    above = max((b.end for b in doc.blocks if b.kind == "table" and b.end <= g.start), default=0)
    before = doc.text[max(0, g.start - 600, above):g.start].rstrip().split("\n")
    # (a line ending on its own figure, «1.3. … переміщені особи ... 29», states it: no caption)
    lines = [ln.strip() for ln in before if ln.strip() and not _OWN_FIGURE.search(ln)][-CAPTION_LINES:]
    section = lexicon().link_re.get("numbered_section")
    opens = [k for k, ln in enumerate(lines) if section is not None and section.match(ln)]
    if opens:
        lines = lines[opens[-1]:]  # «Розділ 3. Обсяги …» opens a section: the lines above are the last one's
    if lines and len(lines[-1]) > MAX_CAPTION and lines[-1].endswith(":"):
        # «… надійшло 1 146 повідомлень. Джерела надходження повідомлень:»: the last sentence
        lines = [regex.split(r"(?<=[.!?])\s+", lines[-1])[-1]]
    if len(lines) > 1 and not _SENTENCE_END.search(lines[-1]) and _is_prose(lines[0]):
        lines = lines[1:]  # a title line under a paragraph of prose: the title alone is the caption
    return " ".join(ln for ln in lines if len(ln) <= MAX_CAPTION)


_SENTENCE_END = regex.compile(r"[.!?;]\s*$")
_OWN_FIGURE = regex.compile(r"(?:[-–—]|\.\.)\s*\d[\d \u00a0]*(?:[,.]\d+)?\s*[.;]?\s*$")


def _is_prose(line: str) -> bool:
    """A paragraph stating figures in sentences (not a short «Таблиця 2.» above a title)."""
    return bool(_SENTENCE_END.search(line)) and len(regex.findall(r"[.!?]\s", line)) >= 1 \
        and bool(regex.search(r"\d", table_columns._YEAR.sub("", line)))


def _is_value_row(row: tuple) -> bool:
    return any(c is not None and not c.spanned and (_COUNT.match(c.text.strip()) or budget._is_amount(c.text)
                                                    or row_tables.count_with_parts(c.text))
               for c in row)


def _skip(g: grid.Grid) -> bool:
    """KEKV tables are `budget`'s, rating tables without counts `ratings`'."""
    # codes lead their rows, more than one of them or under a «КЕКВ» header; a count that
    # happens to read «3120» is no code (a flattened line's label may lead with its code)
    codes = [0, 0]
    for row in g.rows:
        for k, c in enumerate(row[:2]):
            t = c.text.strip() if c is not None else ""
            if t and (budget._is_kekv(t) or budget._is_kekv(t.split(" ", 1)[0])):
                codes[k] += 1
    headed = any(c is not None and (grid.header_kind(c.text) or ("", ""))[0] == "kekv_column"
                 for row in g.rows[:2] for c in row[:2])
    if max(codes) >= 2 or (headed and max(codes)):
        return True
    return not _not_only_ratings(g)


def _not_only_ratings(g: grid.Grid) -> bool:
    """A rating table is `ratings`' — unless it also has columns of counts (a figure in the
    body that is no row number), which are read here; its rating words are not figures."""
    if not any(c is not None and ratings.rating_word(c.text.strip()) for row in g.rows for c in row):
        return True
    if _rated_shares(g):
        return True
    body = g.rows if g.headless else g.rows[1:]  # (pairs have no header row)
    if 2 * sum(any(c is not None and ratings.criterion_of(c.text) for c in row[:3]) for row in body) > len(body):
        # rows of quality criteria: their counts («Кількість позитивних відповідей | 43 | 93,5 | добре»)
        # make the score the table rates, read by `ratings` as each criterion's share
        return False
    nums = [c.text.strip() for row in body for c in row[1:] if c is not None and _COUNT.match(c.text.strip())]
    return len(nums) >= 2


def _rated_shares(g: grid.Grid) -> bool:
    """«Оцінка роботи | % опитаних» over «добре | 88,3»: the share of those who gave each rating."""
    head = [c.text for c in g.rows[0][1:] if c is not None] if g.rows else []
    body = [r for r in g.rows[1:] if r and r[0] is not None]
    return g.width == 2 and len(head) == 1 and "%" in head[0] and len(body) >= 2 and all(
        ratings.rating_word(r[0].text.strip(" «»\"'")) and len(r) > 1 and r[1] is not None
        and _DECIMAL.match(r[1].text.strip()) for r in body)


def _header_rows(g: grid.Grid) -> int | None:
    """How many rows the header takes (the rows before the first holding a figure); None for
    a table without header or without figures."""
    if g.headless:
        return None
    nhead = next((k for k, r in enumerate(g.rows) if _is_value_row(r) and not (k < 3 and _is_year_row(r))
                  and not grid.is_numbering_row(r)), len(g.rows))
    while nhead > 1 and nhead < len(g.rows) and _is_group_row(g.rows[nhead - 1]):
        nhead -= 1  # «Базові соціальні послуги» across the table heads the rows below it, not the columns
    if nhead == 1 and _field_card(g):
        return None
    return None if nhead == 0 or nhead == len(g.rows) else nhead


# a column's header is a few words («Кількість отримувачів соціальних послуг у 2024 році, осіб»);
# a field's value can be a whole name («Комунальна установа «Територіальний центр …» … ради»)
MAX_HEADER_CHARS = 90


def _field_card(g: grid.Grid) -> bool:
    """Two columns of a form's fields («Повне найменування | Комунальна установа …», «Телефон |
    …», «Код ЄДРПОУ | 41872096»): the first row is a field like the rest, not a header — its
    value is too long to name a column, or the values below are words as often as figures."""
    rows = g.rows
    if g.width == 3 and all(len(r) == 3 for r in rows) and row_tables.item_numbers(
            [r[0].text.strip() for r in rows if r[0] is not None and r[0].text.strip()]):
        rows = tuple(r[1:] for r in rows)  # («1.1 | Найменування надавача | …»: the form's item numbers first)
    if len(rows) < 3 or any(len(r) != 2 or r[0] is None or r[1] is None for r in rows):
        return False
    first = rows[0][1].text.strip()
    worded = sum(1 for r in rows[1:] if regex.search(r"\p{L}{3}", r[1].text) and not regex.search(r"\d", r[1].text))
    return len(first) > MAX_HEADER_CHARS or worded >= 2


def _is_group_row(row: tuple) -> bool:
    """A row of one text across the whole table (a merged cell): a group of the rows below."""
    texts = {c.text.strip() for c in row if c is not None and c.text.strip()}
    return len(row) >= 3 and len(texts) == 1 and sum(1 for c in row if c is not None and c.spanned) >= len(row) - 2


def _is_year_row(row: tuple) -> bool:
    """A header of years («Показник | 2022 | 2023»)."""
    figures = [c.text for c in row if c is not None and regex.search(r"\d", c.text)]
    # «2024 до 2023, %» beside the years compares them
    return bool(figures) and all(row_tables._cue("year_header").match(t) for t in figures
                                 if not row_tables._cue("year_comparison_header").match(t)) \
        and any(row_tables._cue("year_header").match(t) for t in figures)


def _read(doc: Document, g: grid.Grid) -> tuple[int, list[table_columns.Column]] | None:
    """(header rows, columns) of a table of counts, or None for any other table."""
    if _skip(g):
        return None
    nhead = _header_rows(g)
    caption = _caption(doc, g)
    if nhead is None:
        # (lines rebuilt as rows stand alone: the line above names none of their figures)
        return None if g.loose else _headless(g, caption, _line_above(doc, g))
    cols = table_columns.name_columns(g, nhead, caption)
    # a table of bare shares («Населення, %») names no indicator: a share column counts only
    # beside a figure the SPEC knows
    if not any(c.indicator and c.unit and c.indicator != "share" for c in cols) and not _answer_shares(g, nhead, caption):
        return None
    return nhead, cols


def _answer_shares(g: grid.Grid, nhead: int, caption: str) -> bool:
    """A table of bare shares under a survey's question («Таблиця 2. Чи задоволені ви …?» /
    «Варіант відповіді | Частка відповідей, %»): the answers' shares are figures."""
    head = " ".join(c.text for r in g.rows[:nhead] for c in r if c is not None)
    rx = row_tables._cue("survey_context")
    return caption.rstrip().endswith("?") or bool(rx.search(head.lower()) or rx.search(caption.lower()))


def _line_above(doc: Document, g: grid.Grid) -> str:
    """The last line of text before a table (its heading, where it has one)."""
    lines = doc.text[max(0, g.start - MAX_CAPTION):g.start].rstrip().split("\n")
    return lines[-1].strip() if lines else ""


def _headless(g: grid.Grid, caption: str, line_above: str = "") -> tuple[int, list[table_columns.Column]] | None:
    """A two-column table with no header under a caption ending in «:» («Джерела надходження
    повідомлень:» / «поліція | 251»), or a run of label–value pairs under a heading («Отримувачі
    за видами соціальних послуг» / «Догляд вдома: | 214»): the caption names the figures of its
    one value column."""
    if g.width != 2 or not g.rows or not _is_value_row(g.rows[0]):
        return None
    if not caption.endswith(":"):
        if not _label_value_rows(g):
            return None
        # a run of pairs is named by the heading right above it, not by the lines before that
        caption = line_above
    if not all(r[1] is not None and _COUNT.match(r[1].text.strip()) for r in g.rows if len(r) > 1):
        return None
    named = table_columns.count_indicator(caption), table_columns.unit_in(caption)
    if named[0] is None:
        found = row_tables.row_indicator(caption.rstrip(":"))
        named = found if found else named
    if not (named[0] and named[1]):
        return None
    return 0, [table_columns.Column(0, "", ""), table_columns.Column(1, "", "", named[0], named[1], own=True)]


def claims(doc: Document, g: grid.Grid) -> bool:
    """Whether this module reads the table (so `budget` leaves its money columns alone)."""
    return _read(doc, g) is not None


def extract(doc: Document, meta: dict, n0: int = 0) -> list[Fact]:
    """Count facts of the count tables of a document; ids continue from `n0`."""
    facts: list[Fact] = []
    grids = grid.table_grids(doc) + line_tables.text_grids(doc) + slash_pairs.line_grids(doc) + colon_lines.lines(doc)
    grids = [labelled_cells.unfold(g) or g for g in map(grid.english_numbers, grids)]  # «план – 190 | факт – 184»
    for t_no, g in enumerate(grids, 1):
        found = _read(doc, g)
        nhead = _header_rows(g)
        if nhead is None and (_label_value_rows(g) or (not g.headless and _field_card(g))):
            # «Догляд вдома: | 214», a form's «1.6 | Кількість отримувачів …, осіб | 118»: rows
            # that name their figures, no header to name columns
            nhead = 0
        if nhead is not None and not _skip(g):
            # no column names a count of its own: the rows may («Кількість скарг | 0»); and rows
            # that all name their own figure («Взято на обслуговування | 74», «Знято … | 51»)
            # say more than a column header naming one for all of them
            head = " ".join(c.text for r in g.rows[:nhead] for c in r if c is not None and not c.spanned)
            caption = _caption(doc, g) if not g.loose else ""  # (lines of prose have no caption)
            unit = table_columns.unit_in(head) or table_columns.unit_in(caption)
            by_row = row_tables.facts_of(doc, g, nhead, meta, n0 + len(facts), PREFIX, unit, caption)
            # rows that pair figures («Групові заходи / учасники | 36 / 702») read one per figure,
            # when that reads more of the table (their parts' names may say too little)
            split = slash_pairs.split(g)
            if split is not None:
                by_split = row_tables.facts_of(doc, split, nhead, meta, n0 + len(facts), PREFIX, unit, caption)
                if len(by_split) > len(by_row):
                    g, by_row = split, by_split
            if by_row and (not (found and any(_named(c) for c in found[1]))
                           or len({f.start for f in by_row if f.extractor != row_tables.CELL_PART})
                           == len({next((c.start for c in r if c is not None), None) for r in g.rows[nhead:]})):
                # (rows split from one, «Групові заходи / учасники | 36 / 702», are one row of the page)
                facts += by_row
                continue
        if found is not None:
            year = row_tables.period_year(meta)
            named_years = {c.col: set(_YEAR_IN.findall(c.header)) for c in found[1] if c.indicator}
            for c in found[1]:  # a column of an earlier year is a comparison, not this report's figure
                m = row_tables._cue("year_header").match(c.label)
                if m and m.group(1) != year:
                    c.indicator = None
                # «Кількість отримувачів у 2023 р., осіб | … у 2022 р., осіб»: the same count, another year
                elif year and named_years.get(c.col) and year not in named_years[c.col] and any(
                        (year in named_years.get(o.col, ()) or not named_years.get(o.col))
                        and o.indicator == c.indicator for o in found[1] if o is not c and o.indicator):
                    # (or beside a column naming no year: «К-сть отрим. | ІІ кв. 2024 (п/р), отрим.» in 2025)
                    c.indicator = None
            facts += _table_facts(doc, g, found[0], found[1], f"{PREFIX}:c{t_no}", n0 + len(facts))
    return facts


_YEAR_IN = regex.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _label_value_rows(g: grid.Grid) -> bool:
    """A headless table of two columns, words and a figure in every row (a card of label–value
    pairs, a <dl>)."""
    if g.width != 2 or len(g.rows) < 2 or not all(
            len(r) == 2 and r[0] is not None and r[1] is not None and regex.search(r"\p{L}", r[0].text) for r in g.rows):
        return False
    # (a value in words among them: «Загальна оцінка якості | добре»)
    return 3 * sum(_num(r[1].text) is not None for r in g.rows) >= 2 * len(g.rows)


def _named(c: table_columns.Column) -> bool:
    """A column whose own header names its figure (not the caption, not a neighbour)."""
    return bool(c.own and c.indicator and c.unit)


def _lower_first(text: str) -> str:
    text = regex.sub(r"[\s,]*%.*$", "", " ".join(text.split()))
    return text[:1].lower() + text[1:]


def _extractor(c: table_columns.Column) -> str:
    return "money_column" if c.money else "percent_column" if c.unit == "percent" else "count_table"


def _value(cell: grid.GCell | None, c: table_columns.Column) -> int | float | None:
    """The figure of a cell in column `c`, or None (empty, a dash, not a figure of that kind)."""
    if cell is None or cell.spanned:
        return None
    t = cell.text.strip()
    if _EMPTY.match(t):
        return None
    pair = _PAIR.match(t)
    if pair is not None:  # «301/276» under «Отримувачів (2024/2023)»: this year's, then last year's
        t = pair.group(1).strip()
    elif (share := _WITH_SHARE.match(t)) is not None and c.unit != "percent":
        t = share.group(1)  # «612 (45,4 %)»: the count, with its share of the column's total
    if c.money:
        return budget._amount(t, c.money) if budget._is_amount(t) else None
    if c.unit == "percent" or c.unit == "positions" and "%" not in t:
        return _num(t) if _DECIMAL.match(t) else None  # «42,5» posts: half-time posts count
    if _COUNT.match(t):
        return _num(t)
    m = _WITH_UNIT.match(t)  # «142 ос.», «58 сім.»: the figure and its own noun
    return _num(m.group(1)) if m and c.unit in table_columns.PEOPLE else None


# a cell pairing a figure with last year's: «301/276», «6 540/6 212», «91,8 %/88,3 %»
_PAIR = regex.compile(r"^(\d{1,3}(?:[ \u00a0]\d{3})*(?:[,.]\d+)?\s*%?|\d+(?:[,.]\d+)?\s*%?)\s*/\s*"
                      r"(?:\d{1,3}(?:[ \u00a0]\d{3})*(?:[,.]\d+)?|\d+(?:[,.]\d+)?)\s*%?$")
# a count with its share in brackets: «612 (45,4 %)»
_WITH_SHARE = regex.compile(r"^(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)\s*\(\s*\d+(?:[,.]\d+)?\s*%\s*\)$")
# a cell holding a count of people with its noun: «142 ос.», «58 сім.», «12 осіб»
_WITH_UNIT = regex.compile(r"^(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)\s*([\p{L}'’]{2,8}\.?)$")


def _cell_unit(text: str, default: str | None) -> str | None:
    """The people a cell's own noun counts («58 сім.» → families), else the column's unit."""
    m = _WITH_UNIT.match(text.strip())
    if not m:
        return default
    unit = table_columns.unit_in(m.group(2))
    return unit if unit in table_columns.PEOPLE else default


# a row label's closing unit after its comma: «Догляд вдома, осіб», «…сімей у СЖО, сімей»
_ROW_UNIT = regex.compile(r",\s*([^,\d]{2,20})$")
# a total row naming its unit, «Усього осіб», is this short at most
_TOTAL_WITH_UNIT = 30


def _row_unit(label: str, unit: str | None) -> str | None:
    """A row's own people over a column that only says «Отримувачів»: «Догляд вдома, осіб | 87»
    counts persons, and so does «Усього осіб»."""
    if unit != "recipients" or not label:
        return unit
    m = _ROW_UNIT.search(label)
    said = m.group(1) if m else label if len(label) <= _TOTAL_WITH_UNIT and grid.is_total_label(label) else None
    own = table_columns.unit_in(said) if said else None
    return own if own in table_columns.PEOPLE and own != "recipients" else unit


def _move_column_shares(out: list[Fact], pct_rows: list[tuple[int, dict[int, int], int | float, bool]],
                        totals: dict[int, str]) -> None:
    """«Отримувачів | у т. ч. ВПО | Частка, %» with 148 | 21 | 52,5 of 282: a «%» column that is
    every row's share of another count column's total (and not of the count to its left) is
    that column's percent."""
    by_id = {f.fact_id: f for f in out}
    for pcol in {p for p, _, _, _ in pct_rows}:
        rows = [(facts, pct) for p, facts, pct, total_row in pct_rows if p == pcol and not total_row]
        cols = sorted({k for facts, _ in rows for k in facts if k < pcol})
        if len(rows) < 2 or len(cols) < 2:
            continue

        fit = {col: _share_fits(out, rows, by_id.get(totals.get(col, "")), col) for col in cols}
        # (all rows but one: a slip in one share is the audit's to find, not a reason to keep
        # the shares on a column they do not fit)
        left = cols[-1]
        best = max(cols, key=fit.__getitem__)
        if best == left or fit[best] < max(2, len(rows) - 1) or fit[left] > len(rows) // 3:
            continue
        for p, facts, pct, _ in pct_rows:
            if p == pcol and left in facts and best in facts:
                out[facts[left]] = replace(out[facts[left]], percent=None)
                out[facts[best]] = replace(out[facts[best]], percent=float(pct))


def _shares_of_the_row(out: list[Fact], pct_rows: list[tuple[int, dict[int, int], int | float, bool]],
                       row_parents: dict[int, str]) -> None:
    """«Отримувачів | у т. ч. ВПО | % ВПО» with 188 | 57 | 30,3: a «%» column that is, row by row,
    the count to its left over the count before that is a share of the row's people: that count
    is the part's whole (not the column's total)."""
    for pcol in {p for p, _, _, _ in pct_rows}:
        rows = [(facts, pct) for p, facts, pct, total_row in pct_rows if p == pcol and not total_row]
        cols = sorted({k for facts, _ in rows for k in facts if k < pcol})
        if len(rows) < 2 or len(cols) < 2:
            continue
        left, base = cols[-1], cols[-2]
        units = {out[facts[k]].unit for facts, _ in rows for k in (left, base) if k in facts}
        if len(units) != 1 or not units <= set(table_columns.PEOPLE):
            continue  # (people of the row: not a sum spent of the sum approved, «Виконання, %»)
        fits = sum(1 for facts, pct in rows if left in facts and base in facts
                   and _is_share(out[facts[left]].value, Decimal(str(out[facts[base]].value)), pct))
        if fits < max(2, len(rows) - 1):
            continue
        for p, facts, _, _ in pct_rows:
            if p == pcol and left in facts and base in facts and out[facts[left]].percent is not None \
                    and out[facts[base]].value >= out[facts[left]].value:
                row_parents.setdefault(facts[left], out[facts[base]].fact_id)


def _share_fits(out: list[Fact], rows: list[tuple[dict[int, int], int | float]], total_fact: Fact | None,
                col: int) -> int:
    """How many rows' «%» are their count in `col` over that column's total (its total row's, else
    the sum of the rows)."""
    total = Decimal(str(total_fact.value)) if total_fact is not None else sum(
        (Decimal(str(out[f[col]].value)) for f, _ in rows if col in f), Decimal(0))
    if not total:
        return 0
    return sum(1 for f, pct in rows if col in f and _is_share(out[f[col]].value, total, pct))


def _is_share(part: int | float, whole: Decimal, pct: int | float) -> bool:
    """`pct` is `part` of `whole`, as a table rounds it (to a tenth)."""
    return bool(whole) and abs(Decimal(str(part)) * 100 / whole - Decimal(str(pct))) <= Decimal("0.051")


def _row_label(row: tuple) -> str:
    """The words of a row: its cells but the figures, row numbers and empty marks."""
    value_cols = {k for k, c in enumerate(row) if c is not None and _COUNT.match(c.text.strip())}
    return " ".join(c.text for k, c in enumerate(row) if c is not None and not c.spanned and k not in value_cols
                    and c.text and not grid.is_row_number(c.text) and not _DECIMAL.match(c.text.strip())
                    and not budget._is_amount(c.text) and not _EMPTY.match(c.text.strip())
                    and not (k and ratings.rating_word(c.text.strip(" «»\"'"))))  # («… | 94,2 | добре»: the rating's column)


def _criterion(label: str) -> str | None:
    from zvitparse.extract.ratings import criterion_of

    found = criterion_of(label) if label else None
    return found[1] if found else None


_REGISTER_MOVES = frozenset({"registered_new", "deregistered"})


def _table_facts(doc: Document, g: grid.Grid, nhead: int, cols: list[table_columns.Column], group: str, n0: int) -> list[Fact]:
    out: list[Fact] = []
    counted = [c for c in cols if c.indicator and c.unit  # (a label column under a caption counts nothing)
               and any(_value(r[c.col] if c.col < len(r) else None, c) is not None for r in g.rows[nhead:])]
    same_kind = {(c.indicator, c.unit) for c in counted}
    by_kind = {k: sum(1 for c in counted if (c.indicator, c.unit) == k) for k in same_kind}
    # («Усього | 1 486 отримувачів | 204 осіб з інвалідністю»: each total named by its column, even
    # where the units differ — the prose may yet give both one unit)
    by_indicator = {i: sum(1 for c in counted if c.indicator == i) for i, _ in same_kind}
    totals: dict[int, str] = {}
    parts: list[tuple[int, int]] = []
    row_parents: dict[int, str] = {}  # a count whose «%» is of its row's first count: that count
    pct_rows: list[tuple[int, dict[int, int], int | float, bool]] = []  # (% column, the row's counts, the %, a total row)
    labels = [_row_label(row) for row in g.rows[nhead:]]
    # «Взято на облік | 7», «Знято з обліку | 4» under «Рух дітей на первинному обліку»: rows that
    # name a move on the register count that move; the others («Усиновлено») are its reasons
    moves = {label: m[0] for label in labels if label
             and (m := row_tables.row_indicator(label, default_unit="children")) and m[0] in _REGISTER_MOVES}
    # a table of one service's parts («Допомога у веденні домашнього господарства | 2 146» under
    # «… надання соціальної послуги догляду вдома»): no row and no column names a service, so
    # every row is the section's
    own = any(context.service_in(label) for label in labels) or any(c.service for c in counted)
    table_service = None if own else context.service_of_section(doc.text, g.start)
    # «№ | Захід | КЕКВ | Затверджено …»: a column of the rows' budget codes
    kekv_col = next((k for r in g.rows[:nhead] for k, c in enumerate(r) if c is not None and not c.spanned
                     and (kind := grid.header_kind(c.text)) and kind[0] == "kekv_column"), None)
    merged: tuple[int, str] | None = None  # (column, service) of the last row naming a service in a cell of its own
    group_from = 0  # where in `parts` the rows under that service begin
    for row, label in zip(g.rows[nhead:], labels, strict=True):
        cells = [c for c in row if c is not None and not c.spanned]
        if not cells:
            continue
        is_total = grid.is_total_label(label)
        group_total = False
        row_service = None if is_total else context.service_in(label)
        named = next((k for k, c in enumerate(row) if c is not None and not c.spanned and c.text
                      and context.service_in(c.text) == row_service), None) if row_service else None
        if row_service and named is not None:
            merged = (named, row_service)
        elif merged is not None and (merged[0] >= len(row) or row[merged[0]] is None
                                     or not row[merged[0]].text.strip()):
            # a service's name merged down over its rows (a spreadsheet printed to PDF leaves
            # the cells under it empty): «особи з інвалідністю | 47» under «Догляд вдома», and
            # the «Усього» closing them is that service's, of those rows alone
            row_service = merged[1]
            group_total = is_total
        elif merged is not None:
            merged = None
        if row_service and named is not None:
            group_from = len(parts)
        service = row_service or table_service
        start, end = cells[0].start, cells[-1].end
        row_facts: dict[int, int] = {}
        for c in counted:
            cell = row[c.col] if c.col < len(row) else None
            value = _value(cell, c)
            if value is None:
                continue
            several = by_kind[(c.indicator, c.unit)] > 1
            # (money is of a service only where its row or column names one: a section's service is
            # what its prose is about, not what its budget table pays for)
            fact_service = (row_service if c.money else service) or c.service
            fact_label = c.label if several else (None if row_service else label or None)
            if several and not service and label and c.indicator == "survey_respondents":
                fact_label = f"{label}, {c.label}"  # the question and its answer
            if c.unit == "percent" and not is_total:
                head = _lower_first(c.header)
                fact_label = f"{head}, {label}" if c.indicator == "share" and head else label or None
            if is_total:
                fact_label = f"{label}, {c.label}" if (several or by_indicator[c.indicator] > 1) and c.label else label
            indicator, kekv = c.indicator, None
            if indicator == "registered" and moves and not is_total:
                if label not in moves:
                    continue
                indicator = moves[label]
            if c.money:
                kekv = money.kekv_named(label)  # «оплата комунальних послуг (КЕКВ 2270)»
                code = row[kekv_col] if kekv_col is not None and kekv_col < len(row) else None
                if kekv is None and code is not None and code.text.strip() in budget.kekv_codes():
                    kekv = code.text.strip()
                if indicator != "budget_received" and budget._receipts(label):
                    # «Надходження до спеціального фонду … | х | 1 126,8» under «Касові видатки»
                    indicator = "budget_received"
            # a share in a row naming a quality criterion («Своєчасність | 79,7 | задовільно») is that criterion's
            crit = _criterion(label) if (c.unit == "percent" or c.indicator == "survey_respondents") \
                and not is_total else None
            out.append(Fact(
                fact_id=f"{PREFIX}:{n0 + len(out) + 1}", indicator=indicator, value=value, kekv=kekv, criterion=crit,
                unit=_row_unit(label, _cell_unit(cell.text, c.unit)) if c.unit in table_columns.PEOPLE else c.unit,
                start=start, end=end, quote=doc.text[start:end], extractor=_extractor(c),
                confidence=CONFIDENCE if c.unit_written or c.unit == "percent" or c.money else GUESSED_UNIT,
                service=fact_service, label=fact_label, page=doc.page_at(start),
                group_id=None if is_total or c.unit == "percent" else f"{group}:{c.col}"))
            if c.unit == "percent":
                continue  # a share is no part of a total, nor does a «%» beside it belong to it
            row_facts[c.col] = len(out) - 1
            if group_total:
                for k, col in parts[group_from:]:
                    if col == c.col:
                        out[k] = replace(out[k], parent_id=out[-1].fact_id)
                out[-1] = replace(out[-1], service=merged[1], group_id=f"{group}:{c.col}")
                parts.append((len(out) - 1, c.col))
            elif is_total:
                totals[c.col] = out[-1].fact_id
            else:
                parts.append((len(out) - 1, c.col))
        for c in cols:  # a «%» column: the percent of the count to its left
            if not c.percent or c.col >= len(row) or row[c.col] is None:
                continue
            pct = _num(row[c.col].text)
            left = max((k for k in row_facts if k < c.col), default=None)
            if pct is not None:
                pct_rows.append((c.col, dict(row_facts), pct, is_total))
            if pct is not None and left is not None:
                k = row_facts[left]
                out[k] = replace(out[k], percent=float(pct))
                base = min((x for x in row_facts if x < left), default=None) if c.row_base else None
                if base is not None and out[row_facts[base]].value >= out[k].value:
                    row_parents[k] = out[row_facts[base]].fact_id
    _move_column_shares(out, pct_rows, totals)
    _shares_of_the_row(out, pct_rows, row_parents)
    for k, col in parts:
        if out[k].parent_id is not None:
            continue  # (a part of its group's total)
        if k in row_parents:
            out[k] = replace(out[k], parent_id=row_parents[k])
        elif col in totals:
            out[k] = replace(out[k], parent_id=totals[col])
    for k, pid in row_parents.items():  # (a total row's count too)
        if out[k].parent_id is None:
            out[k] = replace(out[k], parent_id=pid)
    return out
