"""table_arithmetic straight from a table's cells, whatever facts were extracted from it.

A row whose first words say «Всього»/«Разом» totals the data rows above it (back to the previous
total or section heading); a column headed so totals the numeric cells of its row, and a column
headed by a period the columns of the periods that make it up; a savings column equals approved
minus spent. Header words come from `patterns/table_columns.yaml`.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from decimal import Decimal, InvalidOperation

import regex

from zvitparse.audit.arith import decimals_of, fmt
from zvitparse.audit.context import AuditContext, Draft
from zvitparse.extract.grid import numbers_columns
from zvitparse.extract.numbers import ungroup
from zvitparse.model import Block, Cell

_NUM = regex.compile(r"^[-−–]?\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?$|^[-−–]?\d+(?:[.,]\d+)?$")
_DASH = regex.compile(r"^[-–—−]$")
_ROW_CODE = regex.compile(r"\d{2,3}")  # a statistical form's «Код рядка»: 01, 02 …
_YEAR = regex.compile(r"^(?:19[89]\d|20\d\d)$")


@functools.lru_cache(maxsize=1)
def _column_words() -> dict[str, list[regex.Pattern]]:
    from zvitparse.patterns import load

    out: dict[str, list[regex.Pattern]] = {}
    for e in load()["table_columns"]:
        key = e.get("indicator") or e.id
        if e.get("regex"):
            out.setdefault(key, []).append(regex.compile(e["regex"], regex.IGNORECASE))
    return out


def _is(kind: str, text: str) -> bool:
    return any(p.search(text) for p in _column_words().get(kind, []))


def number(text: str) -> Decimal | None:
    # («9'864», «2.317»: thousands grouped with apostrophes or dots; «143*»: a footnote changes
    # what it counts, no number)
    t = ungroup(text.strip().replace("\u00a0", " "))
    if not t or _DASH.match(t):
        return Decimal(0)
    if not _NUM.match(t):
        return None
    try:
        return Decimal(t.replace(" ", "").replace(",", ".").replace("−", "-").replace("–", "-"))
    except InvalidOperation:
        return None


def _fmt_as(x: Decimal, texts: list[str]) -> str:
    """A computed sum written with as many decimals as the cells it came from."""
    return fmt(x, max((decimals_of(t.strip()) for t in texts if t.strip()), default=0))


def _grid(block: Block) -> tuple[dict[tuple[int, int], Cell], int, int]:
    cells = {(c.row, c.col): c for row in block.rows or () for c in row}
    n_rows = 1 + max((r for r, _ in cells), default=-1)
    n_cols = 1 + max((c.col + c.colspan - 1 for c in cells.values()), default=-1)
    # «Всього\t2982,4\t2958,8\t23,6» under a five-column header: a short row of a label and
    # figures lines its figures up with the last columns, as the eye does
    # (not where a cell merged down from a row above stands to its right: «Усього | 70» under
    # «Догляд вдома | … | 12 480» spanning the rows of its group)
    covered = {(r, c.col + k) for c in cells.values() for r in range(c.row + 1, c.row + c.rowspan)
               for k in range(c.colspan)}
    for row in block.rows or ():
        if not row or any(c.colspan > 1 for c in row) or row[-1].col >= n_cols - 1 or len(row) < 2 \
                or any((row[0].row, k) in covered for k in range(row[-1].col + 1, n_cols)):
            continue
        if number(row[0].text) is not None or any(number(c.text) is None for c in row[1:]):
            continue
        shift = n_cols - 1 - row[-1].col
        for c in row[1:]:
            del cells[(c.row, c.col)]
        for c in row[1:]:
            cells[(c.row, c.col + shift)] = c
    return cells, n_rows, n_cols


def _header(cells: dict, first_data: int, col: int) -> str:
    words = []
    for r in range(first_data):
        if numbers_columns([cells[(r, k)].text.strip() for k in range(col + 1) if (r, k) in cells and cells[(r, k)].text.strip()]):
            continue  # «А | Б | 1 | 2»
        for c in range(col, -1, -1):
            cell = cells.get((r, c))
            if cell is not None and c + cell.colspan > col:
                words.append(cell.text)
                break
    return " ".join(words)


def _link(relation: str, text: str) -> bool:
    """A cue of `patterns/links.yaml` in `text`."""
    from zvitparse.patterns import link_regex

    return link_regex(relation).search(text) is not None


def _row_label(cells: dict, r: int, n_cols: int) -> str:
    # (not a row's outline number, «2.»)
    return next((cells[(r, c)].text for c in range(n_cols) if (r, c) in cells and cells[(r, c)].text.strip()
                 and number(cells[(r, c)].text) is None and not _OUTLINE.match(cells[(r, c)].text)), "")


def table_cell_drafts(ctx: AuditContext) -> list[Draft]:
    doc = ctx.report.document
    if doc is None or not doc.blocks:
        return []
    out: list[Draft] = []
    for block in doc.tables():
        out += _check_table(block)
    return out


def _check_table(block: Block) -> list[Draft]:
    cells, n_rows, n_cols = _grid(block)
    # (a form's «А | Б | 1 | 2» row numbers the columns: no figures)
    data_rows = [r for r in range(n_rows)
                 if any(number(cells[(r, c)].text) is not None and cells[(r, c)].text.strip()
                        for c in range(n_cols) if (r, c) in cells)
                 and not numbers_columns([cells[(r, c)].text.strip() for c in range(n_cols)
                                          if (r, c) in cells and cells[(r, c)].text.strip()])]
    if not data_rows:
        return []
    first = data_rows[0]
    headers = {c: _header(cells, first, c) for c in range(n_cols)}
    # («№ з/п» holds row numbers, «1.1», «1.2»: no figures)
    skip = {c for c, h in headers.items() if "%" in h or _is("kekv_column", h) or _link("row_number_header", h)}
    # label columns (text in the data rows) are neither summed nor sums
    # (a dash or a spreadsheet's «#ДІЛ/0!» stands for a figure not there: no label)
    skip |= {c for c in range(n_cols) if any((r, c) in cells and number(cells[(r, c)].text) is None
                                             and not _no_figure(cells[(r, c)].text)
                                             for r in data_rows if not _is("total_row", _row_label(cells, r, n_cols)))}
    totals = [r for r in range(first, n_rows) if _is("total_row", _row_label(cells, r, n_cols))]
    skip |= {c for c in range(n_cols) if _year_column([cells[(r, c)].text for r in data_rows if (r, c) in cells])}
    out: list[Draft] = []
    start = first
    levels = _outline_levels(cells, data_rows, n_cols)
    subtotals: list[int] = []  # the total rows of the groups so far, each under rows of its own
    # a group whose cells merge down over its rows and its own «Усього» («Догляд вдома | особи
    # похилого віку | 41 …» / … / «Усього | 70»): its sum starts where the group does, and the
    # grand total adds each group's figure, merged or written on its total row
    spans = {(x, c.col): c for c in cells.values() if c.rowspan > 1 for x in range(c.row + 1, c.row + c.rowspan)}
    group_starts = {c.row for c in cells.values() if c.rowspan > 1
                    and any(c.row < t < c.row + c.rowspan for t in totals)}
    for r in range(first, n_rows):
        if r in group_starts:
            start = r
        if r in totals:
            rows = [x for x in data_rows if start <= x < r and x not in totals]
            if levels:
                # «1. … усього | 1.1 … | 1.2 …»: the total adds the sections, each section its items
                top = min(levels[x] for x in rows if x in levels) if any(x in levels for x in rows) else 0
                for k, x in enumerate(rows):
                    items = _section_items(rows[k + 1:], levels, levels.get(x))
                    if items and any(_is("total_row", _total_word(cells[(x, c)].text))
                                     for c in range(n_cols) if (x, c) in cells):
                        out += _column_totals(cells, headers, skip, items, x, n_cols)
                rows = [x for x in rows if levels.get(x, top) == top]
            view = cells
            if not rows and len(subtotals) >= 2:
                # «УСЬОГО» right under the groups' «Разом за групою» rows adds them up
                rows = subtotals
                subtotals = []
                view = {**{k: c for k, c in spans.items() if k[0] in rows}, **cells}
            elif rows:
                subtotals.append(r)
            out += _column_totals(view, headers, skip, rows, r, n_cols)
            start = r + 1
        elif r not in data_rows:  # a section heading («Платні послуги») starts a new sum
            start = r + 1
    total_cols = [c for c, h in headers.items() if c not in skip and _is("total_row", h)]
    for tc in total_cols:
        out += _row_totals(cells, headers, skip | set(total_cols) | _outside_period(headers, tc), data_rows, tc,
                           n_cols)
    if not total_cols:
        for tc, parts in _period_totals(headers, skip).items():
            out += _row_totals(cells, headers, set(range(n_cols)) - set(parts), data_rows, tc, n_cols)
    out += _savings(cells, headers, data_rows, n_cols)
    out += _stated_row_sums(cells, headers, skip, data_rows, n_cols)
    return out


_OUTLINE = regex.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s*$")


def _outline_levels(cells, rows: list[int], n_cols: int) -> dict[int, int]:
    """{row: depth} when a numbering column outlines the rows («1.», «1.1», «1.2», «2.» …) to more
    than one depth; {} when it does not."""
    for c in range(min(n_cols, 2)):
        found = {r: m.group(1).count(".") for r in rows if (r, c) in cells and (m := _OUTLINE.match(cells[(r, c)].text))}
        if len(found) * 2 >= len(rows) and len(set(found.values())) > 1:
            return found
    return {}


def _section_items(after: list[int], levels: dict[int, int], level: int | None) -> list[int]:
    """The rows one level under a section row, up to the next row at its level or above."""
    if level is None:
        return []
    items = []
    for x in after:
        depth = levels.get(x)
        if depth is None or depth <= level:
            break
        if depth == level + 1:
            items.append(x)
    return items


def _total_word(label: str) -> str:
    """A section's label ends on its «усього» («Особи з інвалідністю, усього»): that word."""
    return label.rsplit(",", 1)[-1].strip() if "," in label else label


def _no_figure(text: str) -> bool:
    text = text.strip()
    return bool(_DASH.match(text)) or _link("sheet_error", text)


def _year_column(texts: list[str]) -> bool:
    """A dataset's «rik | 2024 | 2024 …» column: the year each row is of, no figure to add."""
    texts = [t.strip() for t in texts if t.strip()]
    return bool(texts) and all(_YEAR.match(t) for t in texts)


@functools.lru_cache(maxsize=1)
def _row_sum_label() -> regex.Pattern | None:
    from zvitparse.extract.lexicon import lexicon

    return lexicon().link_re.get("row_sum_label")


def _stated_row_sums(cells, headers, skip, rows, n_cols) -> list[Draft]:
    """A statistical form's «Обслуговано осіб, усього (сума рядків 02–04) | 01 | 1 186»: the row
    states which coded rows it adds up; each figure column is checked."""
    rx = _row_sum_label()
    if rx is None:
        return []
    codes: dict[int, int] = {}  # row code → row
    code_col = None
    for c in range(n_cols):
        # (the form's «1 2 3 4» row of column numbers holds no code)
        found = {r: cells[(r, c)].text.strip() for r in rows if (r, c) in cells
                 and _ROW_CODE.fullmatch(cells[(r, c)].text.strip())}
        if len(found) >= 3:
            code_col = c
            codes = {int(t): r for r, t in found.items()}
            break
    if code_col is None:
        return []
    out = []
    for r in rows:
        m = rx.search(_row_label(cells, r, n_cols))
        if m is None:
            continue
        lo, hi = int(m.group("a")), int(m.group("b"))
        parts = [codes[k] for k in range(lo, hi + 1) if k in codes]
        if len(parts) != hi - lo + 1 or r in parts:
            continue
        for c in range(code_col + 1, n_cols):
            cell = cells.get((r, c))
            if c in skip or cell is None or not cell.text.strip() or number(cell.text) is None:
                continue
            vals = [number(cells[(x, c)].text) if (x, c) in cells else None for x in parts]
            if any(v is None for v in vals):
                continue
            total, t = sum(vals, Decimal(0)), number(cell.text)
            if total != t:
                texts = [cells[(x, c)].text for x in parts] + [cell.text]
                out.append(Draft("table_arithmetic", "error", "table_sum",
                                 dict(label=f"{_row_label(cells, r, n_cols)} / {headers[c].strip()}",
                                      terms=" + ".join(cells[(x, c)].text.strip() for x in parts),
                                      total=_fmt_as(total, texts), reported=cell.text.strip(),
                                      diff_text=("@diff", total, t)),
                                 float(t), float(total), (), cell.start, cell.end))
    return out


def _column_totals(cells, headers, skip, rows, r, n_cols) -> list[Draft]:
    out = []
    if len(rows) < 2:  # one row above a total: the rest of the table is elsewhere (a page before)
        return out
    for c in range(n_cols):
        cell = cells.get((r, c))
        if c in skip or cell is None or not cell.text.strip() or number(cell.text) is None:
            continue
        parts = [number(cells[(x, c)].text) if (x, c) in cells else Decimal(0) for x in rows]
        if any(p is None for p in parts):
            continue
        s, t = sum(parts, Decimal(0)), number(cell.text)
        if s != t:
            texts = [cells[(x, c)].text for x in rows if (x, c) in cells] + [cell.text]
            out.append(Draft("table_arithmetic", "error", "table_sum",
                             dict(label=f"{_row_label(cells, r, n_cols)} / {headers[c].strip()}",
                                  terms=" + ".join(cells[(x, c)].text.strip() for x in rows if (x, c) in cells),
                                  total=_fmt_as(s, texts), reported=cell.text.strip(), diff_text=("@diff", s, t)),
                             float(t), float(s), (), cell.start, cell.end))
    return out


def _period_totals(headers: dict[int, str], skip: set[int]) -> dict[int, list[int]]:
    """{column: its part columns} where a column's header names a period and others name the
    periods that make it up, end to end («I кв. 2024 | … | IV кв. 2024 | 2024 рік»); a column of
    another year beside them is no part."""
    from zvitparse.extract.row_tables import header_period

    periods = {c: p for c, h in headers.items() if c not in skip and (p := header_period(h))}
    out = {}
    for tc, (a, b) in periods.items():
        parts = sorted((p, c) for c, p in periods.items() if c != tc and a <= p[0] and p[1] <= b)
        if len(parts) < 2 or parts[0][0][0] != a or parts[-1][0][1] != b:
            continue
        # end to end: each part begins the day after the one before ends
        if all(_next_day(x[0][1]) == y[0][0] for x, y in itertools.pairwise(parts)):
            out[tc] = [c for _, c in parts]
    return out


_YEAR_IN = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _outside_period(headers: dict[int, str], tc: int) -> set[int]:
    """Columns of periods outside the one a total column names: «Разом 2024» is no sum of the
    «2023 рік» beside it."""
    from zvitparse.extract.row_tables import header_period

    whole = header_period(headers[tc])
    # («Разом 2024» names its year, not a period the header reader knows)
    years = {m.group() for m in _YEAR_IN.finditer(headers[tc])}
    if whole is None and not years:
        return set()
    return {c for c, h in headers.items() if c != tc and (p := header_period(h)) is not None
            and not (whole[0] <= p[0] and p[1] <= whole[1] if whole else p[0][:4] in years)}


def _next_day(iso: str) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=1)).isoformat()


def _row_totals(cells, headers, skip, rows, tc, n_cols) -> list[Draft]:
    out = []
    for r in rows:
        cell = cells.get((r, tc))
        # (a dash states no total; a state at a date or an average is no sum of the periods)
        if cell is None or number(cell.text) is None or not cell.text.strip() or _DASH.match(cell.text.strip()) \
                or _link("not_summed_row", _row_label(cells, r, n_cols)):
            continue
        parts = [number(cells[(r, c)].text) for c in range(n_cols) if c not in skip and c != tc and (r, c) in cells]
        if len([p for p in parts if p is not None]) < 2 or any(p is None for p in parts):
            continue
        s, t = sum(parts, Decimal(0)), number(cell.text)
        if s != t:
            texts = [cells[(r, c)].text for c in range(n_cols) if c not in skip and (r, c) in cells]
            out.append(Draft("table_arithmetic", "error", "table_sum",
                             dict(label=f"{_row_label(cells, r, n_cols)} / {headers[tc].strip()}",
                                  terms=" + ".join(t.strip() for t in texts if t is not cell.text),
                                  total=_fmt_as(s, texts), reported=cell.text.strip(), diff_text=("@diff", s, t)),
                             float(t), float(s), (), cell.start, cell.end))
    return out


def _savings_checked(cells, cols: dict, rows, matching: bool = False) -> list[tuple]:
    """(row, approved, spent, savings) of the rows that hold all three; with `matching`, only
    those whose savings are the plan less the spending."""
    out = []
    for r in rows:
        vals = {k: number(cells[(r, c)].text) if (r, c) in cells else None for k, c in cols.items()}
        if any(v is None for v in vals.values()) or not cells[(r, cols["budget_savings"])].text.strip():
            continue
        if matching and vals["budget_approved"] - vals["budget_spent"] != vals["budget_savings"]:
            continue
        out.append((r, vals["budget_approved"], vals["budget_spent"], vals["budget_savings"]))
    return out


def _savings(cells, headers, rows, n_cols) -> list[Draft]:
    cols = {}
    for kind in ("budget_savings", "budget_approved", "budget_spent"):  # savings first: «залишок» is no plan
        for c, h in headers.items():
            if c not in cols.values() and _is(kind, h):
                cols[kind] = c
                break
    if len(cols) < 3:
        return []
    # («Затверджено на 2025 рік | План на І півріччя | Касові видатки | Економія»: the savings
    # are of the plan the rows bear out, the period's)
    plans = [c for c, h in headers.items() if c not in (cols["budget_savings"], cols["budget_spent"])
             and _is("budget_approved", h)]
    if len(plans) > 1:
        cols["budget_approved"] = max(plans, key=lambda c: (len(_savings_checked(cells, {**cols, "budget_approved": c},
                                                                                 rows, matching=True)), -c))
    checked = _savings_checked(cells, cols, rows)
    # a budget's «Відхилення» is what was not spent (plan − fact); a passport's results table
    # writes how far the fact went past the plan (fact − plan): the table's own rows say which
    ahead = sum(b - a == s for _, a, b, s in checked) > sum(a - b == s for _, a, b, s in checked)
    first, second = ("budget_spent", "budget_approved") if ahead else ("budget_approved", "budget_spent")
    out = []
    for r, a, b, s in checked:
        diff = b - a if ahead else a - b
        if diff != s:
            cell = cells[(r, cols["budget_savings"])]
            out.append(Draft("table_arithmetic", "error", "table_diff",
                             dict(label=_row_label(cells, r, n_cols), a=cells[(r, cols[first])].text.strip(),
                                  b=cells[(r, cols[second])].text.strip(), reported=cell.text.strip(),
                                  expected=_fmt_as(diff, [cells[(r, c)].text for c in cols.values()])),
                             float(s), float(diff), (), cell.start, cell.end))
    return out
