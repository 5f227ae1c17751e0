"""A spreadsheet saved as text: every line a row of cells separated by «;» (Excel's CSV in
Ukrainian locales), the title and the signature rows with one filled cell.

Such a file is recognised by its lines, not its name (scraped «.txt» files are often such
exports): most non-empty lines split into the same number of cells, three or more. A row with
two or more filled cells is a table row, consecutive ones one table; a row with one filled cell
(or two, outside a table and beside no figure: «Директор;;;;;(підпис)») is a paragraph; an empty row ends a
paragraph or a table.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable

import regex

from zvitparse.read.assemble import RawBlock, RawCell

DELIMITER = ";"
# share of the non-empty lines that must split into the commonest number of cells
MIN_SHARE = 0.6
MIN_CELLS = 3
MIN_LINES = 4
FIGURE = regex.compile(r"\d[\d\s]*(?:[,.]\d+)?\s*%?")  # a cell that is a figure


def _rows(text: str) -> list[list[str]]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [[c.strip() for c in row] for row in csv.reader(lines, delimiter=DELIMITER)] if lines else []


def _line(row: list[str]) -> str:
    """A row read as a line of text: side-by-side cells are one sentence a «;» inside it cut
    (the export did not quote it); cells far apart are words apart («Директор … (підпис)»)."""
    out, gap = "", False
    for cell in row:
        if not cell:
            gap = True
            continue
        out = cell if not out else f"{out}{' ' if gap else '; '}{cell}"
        gap = False
    return out


def is_delimited(text: str) -> bool:
    """Whether `text` is a «;»-separated spreadsheet export."""
    if text.count(DELIMITER) < MIN_LINES * (MIN_CELLS - 1):
        return False
    try:
        rows = [r for r in _rows(text) if any(r)]
    except csv.Error:
        return False
    if len(rows) < MIN_LINES:
        return False
    width, n = Counter(len(r) for r in rows).most_common(1)[0]
    return width >= MIN_CELLS and n >= MIN_SHARE * len(rows)


def delimited_blocks(text: str) -> list[RawBlock]:
    """Paragraph and table blocks of a «;»-separated export."""
    rows = _rows(text)
    width = max((len(r) for r in rows), default=0)
    return row_blocks([[RawCell(t, i) for i, t in enumerate(r + [""] * (width - len(r)))] for r in rows])


def row_blocks(rows: list[list[RawCell]], line: Callable[[list[str]], str] = _line) -> list[RawBlock]:
    """Paragraph and table blocks of a sheet's rows (a text export's, a workbook's); `line` reads a
    row that is no table row as a paragraph's text."""
    out: list[RawBlock] = []
    table: list[list[RawCell]] = []

    def flush() -> None:
        if len(table) >= 2:
            width = max(c.col + c.colspan for r in table for c in r)
            out.append(RawBlock("table", rows=[r + [RawCell("", k) for k in range(r[-1].col + r[-1].colspan, width)]
                                               if r else r for r in table]))
        else:
            out.extend(RawBlock("paragraph", " ".join(c.text for c in r if c.text)) for r in table)
        table.clear()

    for k, row in enumerate(rows):
        filled = [c.text for c in row if c.text]
        nxt = [c.text for c in rows[k + 1] if c.text] if k + 1 < len(rows) else []
        # (two filled cells make a row inside a table, or opening one beside a row of figures)
        if len(filled) >= 3 or (len(filled) == 2 and (table or (len(nxt) >= 2 and any(FIGURE.fullmatch(c) for c in filled + nxt)))):
            while row and not row[-1].text:
                row = row[:-1]
            table.append(row)
            continue
        flush()
        if filled:
            out.append(RawBlock("paragraph", line([c.text for c in row])))
    flush()
    return out
