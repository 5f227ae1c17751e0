"""Tables flattened into lines of a label and its figures, rebuilt as grids.

«Інформування 118 131 124 373», «1 ЦНСП Білозірської сільської ради 612 100,0 97,6»: TSV
or fixed-width rows whose column gaps the reader collapsed to single spaces. `text_grids`
finds runs of ≥ 2 adjacent such lines, decides how many figure columns they have (a thousands
group «1 148» is rejoined only where exactly one rejoining fits), and names the columns from
the header line(s) right above the run (`_header_cells`). A run without such a header gives
no grid: bare figures under unknown columns are too easy to misread.
"""

from __future__ import annotations

import functools
import itertools

import regex

from zvitparse import patterns
from zvitparse.extract.grid import GCell, Grid, line_cells
from zvitparse.model import Document

_LETTERS = regex.compile(r"\p{L}+")

# a row of a flattened table has at least this many figures after its label — or one, if
# its label is short and the column's own header names a count («Послуга Отримувачів, осіб»)
MIN_ROW_FIGURES = 2
MAX_SHORT_LABEL = 120
# header lines of a flattened table: at most this many, none longer than this
MAX_HEADER_LINES = 3
MAX_HEADER_LINE = 160
_FIGURE = regex.compile(r"^(?:[-–—]|\d+(?:[,.]\d+)?%?)$")
_GROUP_LEAD = regex.compile(r"^\d{1,3}$")
_DASH = regex.compile(r"^[-–—]$")
_GROUP = regex.compile(r"^\d{3}(?:[,.]\d+)?%?$")
_LEAD_NUMBER = regex.compile(r"^\d{1,2}[.)]?\s+(?=\p{L})")
_TOKEN = regex.compile(r"\S+")
_SENTENCE_END = regex.compile(r"\p{L}{2}[.!?:](?:\s|$)")
# bounds on the search for thousands groups: ways per row, combinations per table
MAX_WAYS = 64
MAX_COMBINATIONS = 20000


def _row_tokens(line: GCell) -> tuple[GCell, list[GCell]] | None:
    """(label cell, figure tokens) of a line «[№] label figure figure …», or None."""
    words = _TOKEN.findall(line.text)
    if not words or not _FIGURE.match(words[-1]):
        return None  # no figure at the end (most lines of prose): no cells to make
    toks = [GCell(m.group(), line.start + m.start(), line.start + m.end()) for m in _TOKEN.finditer(line.text)]
    k = len(toks)
    while k > 0 and _FIGURE.match(toks[k - 1].text):
        k -= 1
    figures = toks[k:]
    lead = _LEAD_NUMBER.match(line.text)
    first = 1 if lead else 0
    label = toks[first:k]
    if not figures or not label or not _LETTERS.search(" ".join(t.text for t in label)):
        return None
    if len(figures) == 2 and _DASH.match(figures[0].text):
        return None  # «у зв'язку зі смертю – 29»: a label, its dash and its figure, no table row
    if len(figures) < MIN_ROW_FIGURES and label[-1].end - label[0].start > MAX_SHORT_LABEL:
        return None  # a sentence that ends in a number
    return GCell(" ".join(t.text for t in label), label[0].start, label[-1].end), figures


def _joinable(figures: list[GCell]) -> list[int]:
    """Gaps k (between figures k and k+1) that may be a thousands separator («1 148»)."""
    return [k for k in range(len(figures) - 1)
            if _GROUP_LEAD.match(figures[k].text) and _GROUP.match(figures[k + 1].text)]


def _readings(figures: list[GCell], n: int) -> list[list[GCell]]:
    """Every way of rejoining thousands groups that gives `n` value cells (at most MAX_WAYS).
    A dash before them that no reading can use was a label-side cell («Разом – 973 15 757»)."""
    while figures and regex.fullmatch(r"[-–—]", figures[0].text) and len(figures) > n \
            and len(figures) - n > len(_joinable(figures)):
        figures = figures[1:]
    extra = len(figures) - n
    if extra < 0:
        return []
    out = []
    for way in itertools.islice(itertools.combinations(_joinable(figures), extra), MAX_WAYS + 1):
        joined = set(way)
        cells: list[GCell] = []
        for k, f in enumerate(figures):
            if k - 1 in joined:
                prev = cells.pop()
                cells.append(GCell(f"{prev.text} {f.text}", prev.start, f.end))
            else:
                cells.append(f)
        out.append(cells)
    return out if len(out) <= MAX_WAYS else []


def _amount(text: str) -> float | None:
    t = text.replace(" ", "").replace(",", ".").rstrip("%")
    if regex.fullmatch(r"[-–—]", t):
        return 0.0
    try:
        return float(t)
    except ValueError:
        return None


def _fitting_columns(parts: list[list[GCell]], total: list[GCell], skip: set[int]) -> int:
    """How many columns (but `skip`, the «%» ones) of the parts add up to the total row."""
    fit = 0
    for col, cell in enumerate(total):
        if col in skip:
            continue
        want = _amount(cell.text)
        got = [_amount(r[col].text) for r in parts]
        if want is not None and None not in got and abs(sum(got) - want) <= 0.051 * max(1, len(parts)):
            fit += 1
    return fit


def _resolve(readings: list[list[list[GCell]]], labels: list[str], skip: set[int]) -> list[list[GCell] | None]:
    """One reading per row: the only one, or — when rows are ambiguous («903 347 6 215» of four
    columns) and a «Разом» row closes the run — the one combination whose columns add up to
    it. Rows still ambiguous are left out (None)."""
    from zvitparse.extract.grid import is_total_label

    chosen = [r[0] if len(r) == 1 else None for r in readings]
    open_rows = [k for k, r in enumerate(readings) if len(r) > 1]
    totals = [k for k, lab in enumerate(labels) if is_total_label(lab)]
    if not open_rows or len(totals) != 1 or totals[0] != len(labels) - 1:
        return chosen
    if any(not r for k, r in enumerate(readings) if k != totals[0]):
        return chosen  # a row of another width: the sum cannot be checked
    space = 1
    for k in open_rows:
        space *= len(readings[k])
    if space > MAX_COMBINATIONS:
        return chosen
    # reports do not always add up (that is the audit's business): the reading where all
    # columns but at most one add up wins, if no other reading does as well
    best: list[tuple[int, list]] = []
    ncols = len(readings[totals[0]][0]) - len(skip)
    for combo in itertools.product(*(readings[k] for k in open_rows)):
        rows = list(chosen)
        for k, cells in zip(open_rows, combo, strict=True):
            rows[k] = cells
        best.append((_fitting_columns(rows[:-1], rows[-1], skip), rows))
    top = max(score for score, _ in best)
    winners = [rows for score, rows in best if score == top]
    return winners[0] if len(winners) == 1 and top >= max(1, ncols - 1) else chosen


def _width(rows: list[list[GCell]]) -> int:
    """The number of value columns: the commonest figure count of rows that cannot rejoin."""
    plain = [len(f) for f in rows if not _joinable(f)] or [len(f) for f in rows]
    return max(set(plain), key=lambda n: (plain.count(n), -n))


def _head_token(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit() or text == "%"


@functools.lru_cache(maxsize=1)
def _subset_res() -> tuple[regex.Pattern, ...]:
    return tuple(regex.compile(e["regex"], regex.I) for e in patterns.load()["links"]
                 if e.get("relation") == "subset" and e.get("regex"))


def _subset_starts(line: GCell) -> dict[int, int]:
    """{start: end} of the «з них» / «у т.ч.» phrases that open a column name in a header line
    (such a name need not have a capital)."""
    low = line.text.lower()
    return {line.start + m.start(): line.start + m.end() for rx in _subset_res() for m in rx.finditer(low)}


def _names(line: GCell) -> list[GCell]:
    """The column names of a header line: each opens with a capital, a figure, «%» or a
    «з них» phrase (whose next word belongs to it: «З них ВПО») and runs to the next. (The
    first name is whatever the line opens with.)"""
    toks = [GCell(m.group(), line.start + m.start(), line.start + m.end()) for m in _TOKEN.finditer(line.text)]
    subsets = _subset_starts(line)
    names: list[list[GCell]] = []
    open_until = -1
    for t in toks:
        if not names or t.start in subsets or (_head_token(t.text) and t.start > open_until):
            names.append([t])
            open_until = subsets.get(t.start, -1)
            if open_until >= 0:  # up to the start of the word after the phrase
                open_until = next((u.start for u in toks if u.start >= open_until), open_until)
        else:
            names[-1].append(t)
    return [GCell(" ".join(t.text for t in g), g[0].start, g[-1].end) for g in names]


def _opens_name(cell: GCell) -> bool:
    return _head_token(cell.text) or bool(_subset_starts(cell))


def _header_cells(lines: list[GCell], n: int) -> list[GCell] | None:
    """The label column's header and `n` column headers from the header lines above a run.

    One line: the last `n` names (`_names`) are the figure columns, what is before them the
    label column's («Послуга Квітень Травень Червень Разом», «Питання анкети Відповіли «так»,
    осіб %»). Two lines: a header wrapped in its cells (`_wrapped`), or a grouped one whose
    second line splits one name of the first («Відділення Кількість наданих послуг Усього за
    рік» over «I квартал II квартал III квартал IV квартал», `_grouped`)."""
    if len(lines) == 1:
        names = _names(lines[0])
        if len(names) <= n:
            return None
        rest = names[:-n]
        return [GCell(" ".join(c.text for c in rest), rest[0].start, rest[-1].end), *names[-n:]]
    if len(lines) != 2:
        return None
    return _wrapped(lines, n) or _grouped(lines, n)


def _grouped(lines: list[GCell], n: int) -> list[GCell] | None:
    """A two-level header: the first name after the label that is no total parents the names
    of the second line; the other names of the first line stand alone."""
    from zvitparse.extract.grid import is_total_label

    if any(_SENTENCE_END.search(line.text) for line in lines):
        return None  # a caption or prose above the header, not its first level
    top, sub = _names(lines[0]), _names(lines[1])
    if len(top) < 2 or len(sub) < 2 or len(top) - 2 + len(sub) != n or not _opens_name(sub[0]):
        return None
    p = next((k for k in range(1, len(top)) if not is_total_label(top[k].text)), None)
    if p is None:
        return None
    children = [GCell(f"{top[p].text} {c.text}", c.start, c.end) for c in sub]
    return [top[0], *top[1:p], *children, *top[p + 1:]]


def _wrapped(lines: list[GCell], n: int) -> list[GCell] | None:
    """A header wrapped in its cells (fixed-width): the last `n` words of the first line open
    the columns («Отримувачів, Укомплек- Задоволе-»), and the second line falls into `n`
    groups, each closed by a unit word or «%» («осіб | тованість, % | ність, %»)."""
    first = [GCell(m.group(), lines[0].start + m.start(), lines[0].start + m.end())
             for m in _TOKEN.finditer(lines[0].text)]
    if len(first) <= n or not all(_head_token(t.text) for t in first[-n:]):
        return None
    groups = _closed_groups(lines[1], n)
    if groups is None:
        return None
    out = [GCell(" ".join(t.text for t in first[:-n]), first[0].start, first[-n - 1].end)]
    for head, group in zip(first[-n:], groups, strict=True):
        glue = "" if head.text.endswith("-") else " "
        text = (head.text[:-1] if glue == "" else head.text) + glue + group.text
        out.append(GCell(text, head.start, group.end))
    return out


def _closed_groups(line: GCell, n: int) -> list[GCell] | None:
    from zvitparse.extract.table_columns import unit_in

    groups: list[GCell] = []
    current: list[GCell] = []
    for m in _TOKEN.finditer(line.text):
        tok = GCell(m.group(), line.start + m.start(), line.start + m.end())
        current.append(tok)
        if tok.text.endswith("%") or unit_in(tok.text.strip(",.;")):
            groups.append(GCell(" ".join(t.text for t in current), current[0].start, current[-1].end))
            current = []
    return groups if not current and len(groups) == n else None


def _names_count(header: str) -> bool:
    """A column header that names a count and its unit by itself («Отримувачів, осіб»)."""
    from zvitparse.extract.table_columns import count_indicator, unit_in

    return bool(count_indicator(header) and unit_in(header))


def _rows_name_counts(labels: list[str]) -> bool:
    """Most row labels name a count themselves («Кількість сімей, які звернулися»)."""
    from zvitparse.extract.row_tables import row_indicator

    return sum(row_indicator(lab) is not None for lab in labels) * 2 > len(labels)


def _adjacent(text: str, a: GCell, b: GCell) -> bool:
    """Line `b` follows line `a` with no blank line between."""
    return text[a.end:b.start].count("\n") == 1


def text_grids(doc: Document) -> list[Grid]:
    """Grids of tables flattened into lines: runs of ≥ 2 adjacent «label figures» lines under
    a header that names each figure column. A run without such a header gives no grid."""
    lines = line_cells(doc)
    rows = [_row_tokens(c) for c in lines]
    out: list[Grid] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and rows[j] is not None and (j == i or _adjacent(doc.text, lines[j - 1], lines[j])):
            j += 1
        if j - i < 2:
            i = max(j, i + 1)
            continue
        g = _grid_of_run(doc, lines, rows, i, j)
        if g is not None:
            out.append(g)
        i = j
    return out


def _grid_of_run(doc: Document, lines: list[GCell], rows: list, i: int, j: int) -> Grid | None:
    n = _width([rows[k][1] for k in range(i, j)])
    above: list[GCell] = []
    k = i - 1
    while k >= 0 and len(above) < MAX_HEADER_LINES and _adjacent(doc.text, lines[k], lines[k + 1]) \
            and len(lines[k].text) <= MAX_HEADER_LINE:
        above.insert(0, lines[k])
        k -= 1
    figures = [rows[k][1] for k in range(i, j)]
    # the commonest width first; then narrower ones, where thousands groups («6 215») fill
    # what looked like more columns, if the header says so
    widths = [n, *range(min(len(f) for f in figures), 0, -1)]
    header = None
    for n in dict.fromkeys(w for w in widths if w <= n):
        for take in (2, 1):  # a wrapped header first: its second line alone would misname the columns
            if len(above) >= take:
                header = _header_cells(above[-take:], n)
                if header is not None:
                    break
        if header is not None:
            break
    if header is None or n < MIN_ROW_FIGURES and not (
            _names_count(header[-1].text) or _rows_name_counts([rows[k][0].text for k in range(i, j)])):
        return None
    grid_rows: list[tuple[GCell | None, ...]] = [tuple(header)]
    percent_cols = {c - 1 for c, h in enumerate(header) if c and "%" in h.text}
    chosen = _resolve([_readings(rows[k][1], n) for k in range(i, j)], [rows[k][0].text for k in range(i, j)],
                      percent_cols)
    for k, cells in zip(range(i, j), chosen, strict=True):
        if cells is None:
            continue
        # the row's evidence starts at the line (a row number included)
        grid_rows.append((GCell(rows[k][0].text, lines[k].start, rows[k][0].end), *cells))
    if len(grid_rows) < 3:
        return None
    return Grid(tuple(grid_rows), header[0].start, grid_rows[-1][-1].end, doc.page_at(header[0].start))
