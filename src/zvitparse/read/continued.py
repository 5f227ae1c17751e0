"""A table too wide for its page, printed on the next page as the columns that did not fit.

A spreadsheet printed to PDF (Excel, LibreOffice Calc) pages a wide sheet down, then over: the
months that did not fit («Листопад | Грудень | Разом») come on a page of their own, their rows
in the same order and without the row labels, which the first page printed. Read alone, those
columns are a table of bare figures no row names. When such a table follows a table with as many
rows, on a later page or with nothing but short lines between (a sheet's name, a page number),
its columns are the first table's right-hand columns.
"""

from __future__ import annotations

import regex

from zvitparse.read.assemble import RawBlock, RawCell

# lines between the two parts: a sheet's name, «Сторінка 2 з 2», «- 2 -»
MAX_BETWEEN_LINES = 3
MAX_BETWEEN_CHARS = 80

_LETTER = regex.compile(r"\p{L}")
# a spreadsheet's error value («#ДІЛ/0!», «#N/A») stands where a figure would
_SHEET_ERROR = regex.compile(r"^#[\p{L}/0!?]+$")


def _bare(cell: RawCell) -> bool:
    text = cell.text.strip()
    return not _LETTER.search(text) or bool(_SHEET_ERROR.match(text))


def _labelled(rows: list[list[RawCell]]) -> bool:
    """Most data rows name themselves in a cell with letters."""
    named = sum(1 for row in rows[1:] if any(not _bare(c) for c in row))
    return named * 2 > len(rows) - 1


def _continues(first: RawBlock, second: RawBlock) -> bool:
    a, b = first.rows or [], second.rows or []
    if len(a) < 3 or len(a) != len(b) or not _labelled(a):
        return False
    header, body = b[0], b[1:]
    # its header names its columns; every row below holds only figures (or blanks, dashes)
    return (bool(header) and all(_LETTER.search(c.text) for c in header)
            and all(row and all(_bare(c) for c in row) for row in body))


def join_continued_columns(blocks: list[RawBlock]) -> list[RawBlock]:
    """`blocks` with each table continued on the next page to the right joined to its first part."""
    out: list[RawBlock] = []
    last_table: int | None = None
    between = 0
    for raw in blocks:
        if raw.kind == "table" and raw.rows:
            first = out[last_table] if last_table is not None else None
            # (on a new page, the notes under the first part stand between: they were printed
            # under its columns, on its page)
            turned = first is not None and first.page is not None and raw.page is not None and raw.page > first.page
            if first is not None and (between <= MAX_BETWEEN_LINES or turned) and _continues(first, raw):
                width = max((c.col + c.colspan for row in first.rows for c in row), default=0)
                for row, more in zip(first.rows, raw.rows, strict=True):
                    row.extend(RawCell(c.text, width + c.col, c.rowspan, c.colspan) for c in more)
                # (the furniture between the parts stays where it stood)
                continue
            out.append(raw)
            last_table, between = len(out) - 1, 0
            continue
        out.append(raw)
        if last_table is not None:
            short = raw.kind != "table" and len(raw.text.strip()) <= MAX_BETWEEN_CHARS
            between = between + 1 if short else MAX_BETWEEN_LINES + 1
    return out
