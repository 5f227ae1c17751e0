"""Read an Excel workbook (`.xlsx`) published as a report: each visible sheet in order, its name
as a heading, its rows as a spreadsheet saved as text reads (`delimited`): a row of two or more
filled cells is a table row, consecutive ones one table; a row of one filled cell (a merged title,
a note) is a paragraph; an empty row ends a table.

A cell reads as the sheet shows it: a formula by the value Excel stored with it, a number in its
number format's decimals with a decimal comma («83,7»), a percentage format as a percentage
(«92,5 %»), a date as «31.12.2024». Hidden sheets, rows and columns are not shown, so not read.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from decimal import ROUND_HALF_UP, Decimal

import regex

from zvitparse.errors import ReadError
from zvitparse.model import Document
from zvitparse.read.assemble import Assembly, RawBlock, RawCell, assemble
from zvitparse.read.delimited import FIGURE, row_blocks

# the cells a sheet may hold before it is no report but a data dump
MAX_CELLS = 200_000
_DECIMALS = regex.compile(r"\.(0+)")


def read_xlsx(data: bytes, source: str) -> Document:
    """Read an Excel workbook's visible sheets."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    from zvitparse.read.docx import check_zip

    try:
        check_zip(data, source)
    except ReadError as exc:  # the DOCX reader's bounds name DOCX; this is a workbook
        raise ReadError(source, exc.reason.replace("DOCX", "XLSX")) from exc
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # («Workbook contains no default style»: a fact, not a fault)
            wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise ReadError(source, f"not a valid XLSX spreadsheet ({type(exc).__name__}: {exc})") from exc
    blocks: list[RawBlock] = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        if (ws.max_row or 0) * (ws.max_column or 0) > MAX_CELLS:
            raise ReadError(source, f"sheet «{ws.title}» has {ws.max_row} rows × {ws.max_column} columns: "
                                    "a data table, not a report (limit "
                                    f"{MAX_CELLS} cells)")
        rows = _sheet_rows(ws)
        if any(any(c for c in r) for r in rows):
            blocks.append(RawBlock("heading", ws.title, level=2))
            blocks += row_blocks(rows, _line)
    return assemble(blocks, source, Assembly("xlsx"))


def _sheet_rows(ws) -> list[list[RawCell]]:
    """The visible rows of a sheet, each a list of its visible cells (merged cells once, spanning
    the visible columns they cover)."""
    from openpyxl.utils import get_column_letter

    hidden_cols = {k for k, d in ws.column_dimensions.items() if d.hidden}
    cols = [c for c in range(1, (ws.max_column or 0) + 1) if get_column_letter(c) not in hidden_cols]
    where = {c: i for i, c in enumerate(cols)}
    merged: dict[tuple[int, int], tuple[int, int]] = {}  # top-left → (rows, cols) it spans
    covered: set[tuple[int, int]] = set()
    for rng in ws.merged_cells.ranges:
        merged[(rng.min_row, rng.min_col)] = (rng.max_row - rng.min_row + 1,
                                              sum(1 for c in range(rng.min_col, rng.max_col + 1) if c in where))
        covered |= {(r, c) for r in range(rng.min_row, rng.max_row + 1) for c in range(rng.min_col, rng.max_col + 1)
                    if (r, c) != (rng.min_row, rng.min_col)}
    out = []
    for r, row in enumerate(ws.iter_rows(min_row=1, max_row=ws.max_row or 0), 1):
        if ws.row_dimensions[r].hidden:
            continue
        cells = []
        for cell in row:
            c = cell.column
            if c not in where or (r, c) in covered:
                continue
            text = cell_text(cell.value, cell.number_format)
            rowspan, colspan = merged.get((r, c), (1, 1))
            cells.append(RawCell(text, where[c], rowspan=rowspan, colspan=max(1, colspan)))
        out.append(cells)
    return out


def _line(cells: list[str]) -> str:
    """A row outside the sheet's tables: its cells in order, a figure after a dash
    («Опитано отримувачів, осіб – 54»), as a line of a report names its figure."""
    out = ""
    for c in (c for c in cells if c):
        out = c if not out else f"{out} {'– ' if FIGURE.fullmatch(c) else ''}{c}"
    return out


def cell_text(value, number_format: str = "General") -> str:
    """A cell's value as the sheet shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"  # (as Excel shows it; no figure either way)
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y") if not (value.hour or value.minute) else value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, (int, float)):
        fmt = number_format or "General"
        percent = "%" in fmt
        number = Decimal(str(value)) * (100 if percent else 1)
        m = _DECIMALS.search(fmt)
        if m:
            number = number.quantize(Decimal(1).scaleb(-len(m.group(1))), rounding=ROUND_HALF_UP)
        elif fmt != "General" and regex.search(r"[0#]", fmt):
            number = number.quantize(Decimal(1), rounding=ROUND_HALF_UP)
        text = _grouped(number, grouped="," in fmt.split(".")[0] or abs(number) >= 10_000)
        return f"{text} %" if percent else text
    return " ".join(str(value).split())


def _grouped(number: Decimal, grouped: bool) -> str:
    """«12 604,5»: thousands by a space, the decimal comma, as a Ukrainian table writes them."""
    sign = "-" if number < 0 else ""
    whole, _, frac = format(abs(number), "f").partition(".")
    if grouped:
        whole = regex.sub(r"(?<=\d)(?=(?:\d{3})+$)", " ", whole)
    return sign + whole + ("," + frac if frac else "")
