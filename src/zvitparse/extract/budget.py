"""Budget tables: KEKV rows × затверджено / касові видатки / економія / надійшло columns.

Tables reach this module as a stream of cells in document order, whatever the reader made of
them: the cells of table blocks (empty cells kept as value slots) and the lines of text
blocks (a table flattened into lines, or a header the reader left in a paragraph). The
stream is read as: header cells naming money columns (`table_columns.yaml`; «тис. грн» in a
header or the caption scales the amounts), then rows — a KEKV code (`kekv.yaml`), its name,
its amounts — with «Всього» rows closing a sub-table and short captions («Платні послуги»)
opening the next. A row with fewer amounts than columns and no empty cells to say which
are missing is aligned right (the empty cells of such tables are the leading ones).

Every amount becomes a fact in hryvnias; parts point at their column's «Всього» through
`parent_id` and share a `group_id` per sub-table and column.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from zvitparse import patterns
from zvitparse.extract import grid
from zvitparse.extract.numbers import as_value, money_word_re, parse_number, read_suffix
from zvitparse.model import Document, Fact

PREFIX = "budget"
MONEY_INDICATORS = ("budget_approved", "budget_spent", "budget_savings", "budget_received")
_KEKV = regex.compile(r"^\d{4}$")
# an amount as a cell writes it: «6 073 200,00», «182,5», and as accountants group it with dots
# («5.418.200,00», «164.300,00»: the comma then marks the kopecks)
_SUM = r"\d{1,3}(?:[ \u00a0]\d{3})+(?:[,.]\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}|\d+(?:[,.]\d+)?"
_AMOUNT = regex.compile(rf"^-?(?:{_SUM})$")
_DASH = regex.compile(r"^[-–—]$")
# cells a spreadsheet pastes beside the sums: a percent «99.65%», an error «#ДІЛ/0!»
# (`links.yaml` `sheet_error`), and a negative sum in parentheses «(12.5)»
_PERCENT_CELL = regex.compile(r"^-?\d+(?:[,.]\d+)?\s*%$")
_PAREN_AMOUNT = regex.compile(rf"^\(({_SUM})\)$")
_GLUED_AMOUNT = regex.compile(r"(?<=\p{L}\)?)\s+(-?\d+(?:[,.]\d+)?)\s*$")
_BEFORE_WORD = regex.compile(r"\(?\s*(?=\p{L})")
_WORD_START = regex.compile(r"(?<!\p{L})(?=\p{L})")
_UNIT_LINE = regex.compile(r"\W*\p{L}{0,4}\W*\p{L}{0,4}\W*")
_DIGIT = regex.compile(r"\d")
# a caption of a sub-table is short and holds no figure
MAX_CAPTION = 80
# a money column header is short; a longer line naming «видатки» is prose
MAX_HEADER_TEXT = 150
# how many cells above a money header its caption («… тис. грн») may stand
CAPTION_CELLS = 5
# the slot of a «%» column among the money columns
PERCENT = "percent"
# a column counting the records a row sums («Транзакцій»): it holds a slot, no money
COUNT = "count"
# how many cells a header may hold (КЕКВ, Показники, columns, unit lines)
MAX_HEADER_CELLS = 12


@dataclass
class _Row:
    kekv: str | None
    label: str
    cells: list[grid.GCell] = field(default_factory=list)  # amount slots ("" = empty)
    start: int = 0
    end: int = 0
    exact: bool = False  # slots came with their empty cells: no alignment guess needed
    named: bool = False  # a row named without a code that totals nothing («Надходження від плати …»)


@functools.lru_cache(maxsize=4)
def kekv_codes() -> frozenset[str]:
    return frozenset(str(e.get("code") or e.id) for e in patterns.load()["kekv"])


def _stream(doc: Document) -> list[tuple[grid.GCell, bool]]:
    """(cell, from a table block) in document order; spanned repeats dropped. A table of counts
    with a money column («Надавач | Отримувачів | Касові видатки, тис. грн») is `count_tables`'."""
    from zvitparse.extract import count_tables  # it reads budget's helpers: imported late

    cells = [(c, False) for c in grid.line_cells(doc)]
    for g in grid.table_grids(doc):
        if count_tables.claims(doc, g):
            continue
        nhead, head = _joined_header(g)
        cells += [(c, True) for c in head]
        for row in g.rows[nhead:]:
            cells += [(c, True) for c in row if c is not None and not c.spanned]
    cells.sort(key=lambda t: (t[0].start, t[0].end))
    return cells


def _joined_header(g: grid.Grid) -> tuple[int, list[grid.GCell]]:
    """A header over two or more rows read column by column: «Затверджено | на І півріччя» and
    «Касові | видатки» name their columns only together. (0, []) where the header is one row."""
    nhead = next((k for k, row in enumerate(g.rows) if any(
        c is not None and (_is_amount(c.text) or _is_kekv(c.text)) for c in row)), 0)
    rows = [r for r in g.rows[:nhead]
            if len({c.text.strip() for c in r if c is not None and c.text.strip()}) > 1]  # (not a title across)
    if len(rows) < 2:
        return 0, []
    out = []
    for k in range(g.width):
        parts = [r[k] for r in rows if k < len(r) and r[k] is not None and r[k].text.strip()]
        if parts:
            top = rows[0][k] if k < len(rows[0]) and rows[0][k] is not None else parts[0]
            out.append(grid.GCell(" ".join(" ".join(c.text.split()) for c in parts), top.start, parts[-1].end))
    return nhead, out


def _column_indicator(text: str) -> str | None:
    return grid.header_indicator(text, _MONEY)


_MONEY = frozenset(MONEY_INDICATORS)


@functools.lru_cache(maxsize=4096)
def _multiplier(text: str) -> int:
    """1000 for «тис. грн», 10⁶ for «млн» …, found anywhere in a header text: a unit standing
    bare («Виконання кошторису, тис. грн:»), the last one (the nearest the table). The scale
    of a sum («затверджено 13,4 млн грн») is that sum's, not the table's."""
    if not money_word_re().search(text):
        return 1  # no multiplier word anywhere: no need to try the suffix at every letter
    bare = None
    for m in _BEFORE_WORD.finditer(text):
        end, _, _, mult = read_suffix(text, m.end())
        if end > m.end() and mult != 1 and not _AFTER_FIGURE.search(text, 0, m.end()):
            bare = mult
    return bare or 1


_AFTER_FIGURE = regex.compile(r"\d\s*$")


_NOUN_AFTER = regex.compile(r"\s*\p{Ll}{2,}")


@functools.lru_cache(maxsize=4096)
def _mentions_money(text: str) -> bool:
    """«грн», «тис. грн», «млн» anywhere in a header or caption."""
    if not money_word_re().search(text):
        return False
    for m in _WORD_START.finditer(text):
        end, _, is_money, mult = read_suffix(text, m.start())
        # «тис. осіб» counts people: a scale is money only when no other noun follows it
        if end > m.start() and (is_money or (mult != 1 and not _NOUN_AFTER.match(text, end))):
            return True
    return False


def _is_amount(text: str) -> bool:
    return bool(_AMOUNT.match(text.strip()))


def _is_kekv(text: str) -> bool:
    return bool(_KEKV.match(text.strip())) and text.strip() in kekv_codes()


def _kekv_header(text: str) -> bool:
    kind = grid.header_kind(text)
    return bool(kind and kind[0] == "kekv_column")


def _link_match(relation: str, text: str) -> bool:
    from zvitparse.extract.lexicon import lexicon

    rx = lexicon().link_re.get(relation)
    return rx is not None and bool(rx.match(text))


def _read_header(stream: list[tuple[grid.GCell, bool]], i: int) -> tuple[list[str], int, int, bool] | None:
    """Columns (indicators), the multiplier, the index after the header that starts at or
    just before `i` (a money column header), and whether header or caption name a currency."""
    cols: list[str] = []
    mult = 1
    j = i
    # what a caption above the header says the sums are («Підсумки … видатків»)
    caption = next((ind for k in range(i - 1, max(-1, i - 1 - CAPTION_CELLS), -1)
                    if (ind := _column_indicator(stream[k][0].text))), None)
    while j < len(stream) and j - i < MAX_HEADER_CELLS:
        text = stream[j][0].text
        ind = _column_indicator(text)
        if _kekv_header(text):
            caption = next((c for c in reversed(cols) if c not in (PERCENT, COUNT)), caption)
            cols = []  # the header proper starts here; a money word above it was a caption
            mult = 1
        elif _link_match("name_column", text):
            pass  # «Найменування видатків»: the rows' names
        elif _link_match("count_column", text) and len(text) <= MAX_HEADER_TEXT:
            cols.append(COUNT)  # «Транзакцій»: how many payments make the sum, no sum
        elif not ind and caption and _link_match("bare_sum_column", text):
            cols.append(caption)  # «Сума, грн» under «Підсумки … видатків»: the caption's sums
            mult = max(mult, _multiplier(text))
        elif cols and "%" in text and len(text) <= MAX_HEADER_TEXT:
            cols.append(PERCENT)  # «Виконання, %»: the spent share of the approved, no sum
        elif ind and len(text) <= MAX_HEADER_TEXT:
            cols.append(ind)
            mult = max(mult, _multiplier(text))
        elif _is_kekv(text) or _is_amount(text):
            break
        elif _UNIT_LINE.fullmatch(text) and _multiplier(text) != 1:
            mult = max(mult, _multiplier(text))  # a unit line «(тис. грн.)» under a header
        elif cols:
            break  # the header is over (a caption or the first row)
        j += 1
    if not any(c not in (PERCENT, COUNT) for c in cols):
        return None
    # the caption above a header (or a cell of the header) may carry the unit: «… (тис. грн)»
    # (a rule line or the «КЕКВ | Найменування» cells may stand between the caption and the first money header)
    around = [stream[k][0].text for k in range(max(0, i - CAPTION_CELLS), j) if not _is_amount(stream[k][0].text)]
    if mult == 1:
        # the nearest text naming a currency decides: «(грн):» right above the header is not
        # overruled by «41,2 тис. грн» in the paragraph before it
        nearest = next((t for t in reversed(around) if _mentions_money(t)), None)
        mult = _multiplier(nearest) if nearest is not None else 1
    return cols, mult, j, any(_mentions_money(t) for t in around)


def _read_rows(stream: list[tuple[grid.GCell, bool]], j: int, ncols: int) -> tuple[list[list[_Row]], int]:
    """Sub-tables of rows from index `j`; returns them and the index where the table ends."""
    from zvitparse.extract.lexicon import lexicon

    parts: list[list[_Row]] = [[]]
    row: _Row | None = None
    while j < len(stream):
        cell, in_table = stream[j]
        text = cell.text.strip()
        if _is_kekv(text) or grid.is_total_label(text):
            total = not _is_kekv(text)
            row = _Row(None if total else text, "" if not total else " ".join(text.split()),
                       start=cell.start, end=cell.end, exact=in_table)
            parts[-1].append(row)
        elif (m := _KEKV_LEAD.match(text)) and m.group(1) in kekv_codes():
            # «3110 Придбання обладнання і предметів» in one cell of a space-aligned table
            row = _Row(m.group(1), " ".join(m.group(2).split()), start=cell.start, end=cell.end, exact=in_table)
            parts[-1].append(row)
        elif row is not None and row.label and row.kekv and not row.cells and text and not _is_amount(text):
            row.label = f"{row.label} {' '.join(text.split())}"  # «… предметів | довгострокового користування»
            row.end = cell.end
        elif row is not None and not row.label and not row.cells and not _is_amount(text) and text:
            row.label = " ".join(text.split())
            row.end = cell.end
            glued = _GLUED_AMOUNT.search(cell.text)
            if glued and not in_table:  # a PDF line «Оплата послуг 182,5»: name and first amount
                row.label = " ".join(cell.text[:glued.start()].split())
                row.cells.append(grid.GCell(glued.group(1), cell.start + glued.start(1), cell.start + glued.end(1)))
        elif row is not None and not text and not row.cells and row.kekv is None and in_table and \
                j + 1 < len(stream) and _is_amount(stream[j + 1][0].text.strip()):
            pass  # «Всього | (empty name) | 6 073 200,00 | …»: the name cell is no amount slot
        elif row is not None and (not text or _is_amount(text) or _DASH.match(text) or _PERCENT_CELL.match(text)
                                  or patterns.link_regex("sheet_error").match(text) or _PAREN_AMOUNT.match(text)) \
                and len(row.cells) < ncols:
            row.cells.append(cell)
            row.end = max(row.end, cell.end)
        elif in_table and text and not _DIGIT.search(text) and j + 1 < len(stream) \
                and _is_amount(stream[j + 1][0].text.strip()) and not _is_kekv(stream[j + 1][0].text):
            # a row named without a code: «Надходження від плати за соціальні послуги | 420,0 | …»,
            # or a section's total «Видатки спеціального фонду, усього | 440,0 | …»
            label = " ".join(text.split())
            row = _Row(None, label, start=cell.start, end=cell.end, exact=in_table,
                       named=not lexicon().link_re["total_label_end"].search(label))
            parts[-1].append(row)
        elif not text:
            pass  # an empty cell between rows (the code cell of a «Всього» row)
        elif len(text) <= MAX_CAPTION and not _DIGIT.search(text) and j + 1 < len(stream):
            if parts[-1]:
                parts.append([])
            row = None  # a sub-table caption: «Платні послуги»
        else:
            break
        j += 1
    return [p for p in parts if p], j


def _slots(row: _Row, ncols: int) -> list[grid.GCell | None]:
    cells = [c for c in row.cells]
    if len(cells) >= ncols or row.exact and len(cells) == ncols:
        return list(cells[:ncols])
    return [None] * (ncols - len(cells)) + cells  # right-aligned: see the module docstring


def _amount(text: str, mult: int) -> int | float | None:
    if (paren := _PAREN_AMOUNT.match(text.strip())) is not None:
        text = f"-{paren.group(1)}"  # «(12.5)»: an overspend, negative savings
    num = parse_number(text.strip().lstrip("-"))
    if num is None:
        return None
    value = num * mult
    return as_value(-value if text.strip().startswith("-") else value)


_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _states_a_figure(text: str) -> bool:
    """A prose line with a figure or a full stop («… надійшло 173 дзвінки.») is a sentence, not
    a column header («Надійшло», «Затверджено на 2021 рік»)."""
    return bool(_DIGIT.search(_YEAR.sub("", text))) or text.rstrip().endswith((".", "!", "?"))


def extract(doc: Document, meta: dict) -> list[Fact]:
    """Money facts of every budget table in the document."""
    stream = _stream(doc)
    facts: list[Fact] = []
    table_no = 0
    i = 0
    while i < len(stream):
        text = stream[i][0].text
        # a paragraph that mentions «затвердженого рішенням» is no column header
        header = _read_header(stream, i) if (len(text) <= MAX_HEADER_TEXT and (
            (_column_indicator(text) and (stream[i][1] or not _states_a_figure(text)))
            or (stream[i][1] and _kekv_header(text)))) else None
        if header is None:
            i += 1
            continue
        cols, mult, j, money = header
        subtables, i = _read_rows(stream, j, len(cols))
        if not subtables or not (money or any(r.kekv for part in subtables for r in part)):
            continue  # «План / Виконано» of a table of counts is not a budget
        table_no += 1
        for part_no, rows in enumerate(subtables, 1):
            facts += _facts_of(doc, rows, cols, mult, f"{PREFIX}:{table_no}.{part_no}", len(facts))
    return facts


_KEKV_LEAD = regex.compile(r"^(\d{4})\s+(\p{L}.*)$", regex.S)


def _receipts(label: str) -> bool:
    from zvitparse.extract.money import _last_money_word

    hit = _last_money_word(label)
    return hit is not None and hit[2] == "budget_received"


def _facts_of(doc: Document, rows: list[_Row], cols: list[str], mult: int, group: str, n0: int) -> list[Fact]:
    out: list[Fact] = []
    totals: dict[int, str] = {}
    parts: list[tuple[int, int]] = []  # (index in out, column)
    table: list[dict[int, int]] = []  # per row: column → index in out
    for row in rows:
        row_facts: dict[int, int] = {}
        table.append(row_facts)
        for col, cell in enumerate(_slots(row, len(cols))):
            if cell is None or not cell.text.strip() or _DASH.match(cell.text.strip()):
                continue
            if cols[col] == COUNT:
                continue
            if cols[col] == PERCENT:  # «Виконання, %»: the percent of the sum on its left
                # (the spent share of the approved, wherever the savings column stands between them)
                spent = [k for k in row_facts if k < col and cols[k] == "budget_spent"]
                left = spent[-1] if spent else max((k for k in row_facts if k < col), default=None)
                pct = parse_number(cell.text.strip().rstrip("%").strip())
                if left is not None and pct is not None:
                    k = row_facts[left]
                    out[k] = Fact(**{**out[k].__dict__, "percent": float(pct)})
                continue
            indicator = cols[col]
            if row.named and _receipts(row.label):
                # «Надходження від плати за послуги | План | Факт | Відхилення»: the plan of the
                # receipts and what came in; its deviation is no savings
                if indicator == "budget_savings":
                    continue
                indicator = "budget_received" if indicator == "budget_spent" else indicator
            value = _amount(cell.text, mult)
            if value is None:
                continue
            fid = f"{PREFIX}:{n0 + len(out) + 1}"
            is_total = row.kekv is None and not row.named
            out.append(Fact(
                fact_id=fid, indicator=indicator, value=value, unit="uah", start=row.start, end=row.end,
                quote=doc.text[row.start:row.end], extractor="budget_table", confidence=0.85,
                kekv=row.kekv, label=row.label or None,
                group_id=None if is_total or row.named else f"{group}:{cols[col]}{_column_tag(cols, col)}",
                page=doc.page_at(row.start)))
            row_facts[col] = len(out) - 1
            if is_total:
                totals[col] = fid
            elif not row.named:  # (a named row stands for itself: no part of the total)
                parts.append((len(out) - 1, col))
    for col, name in enumerate(cols):
        if name == "budget_savings" and _deviation_of_spent(out, table, cols, col):
            for row_facts in table:
                if col in row_facts:
                    f = out[row_facts[col]]
                    out[row_facts[col]] = Fact(**{**f.__dict__, "value": as_value(-Decimal(str(f.value)))})
    for k, col in parts:
        if col in totals:
            f = out[k]
            out[k] = Fact(**{**f.__dict__, "parent_id": totals[col]})
    return out


def _deviation_of_spent(out: list[Fact], table: list[dict[int, int]], cols: list[str], col: int) -> bool:
    """The column of savings is written as the spent less the approved («Відхилення (гр.4 –
    гр.3)»: «(16.263,48)» where 16 263,48 was saved): its rows say so by their arithmetic."""
    def value(row_facts: dict[int, int], name: str) -> Decimal | None:
        k = next((k for c, k in row_facts.items() if cols[c] == name), None)
        return None if k is None else Decimal(str(out[k].value))

    saved = overspent = 0
    for row_facts in table:
        approved, spent = value(row_facts, "budget_approved"), value(row_facts, "budget_spent")
        if col not in row_facts or approved is None or spent is None or approved == spent:
            continue
        written = Decimal(str(out[row_facts[col]].value))
        saved += written == approved - spent
        overspent += written == spent - approved
    return overspent > saved


def _column_tag(cols: list[str], col: int) -> str:
    """The column's own mark in a group id when another column holds the same indicator
    («Затверджено на 2025 рік | План на І півріччя»): each column's parts add up to its own total."""
    return f":c{col}" if cols.count(cols[col]) > 1 else ""
