"""Writing tables to files: CSV that Excel opens (UTF-8 with BOM), XLSX (one sheet per table,
frozen header, widths from content) and Parquet.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zvitparse.errors import UsageError

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

TABLE_FORMATS = ("csv", "xlsx", "parquet")
XLSX_MAX_ROWS = 1_048_576
XLSX_MAX_CELL = 32_767
MIN_WIDTH, MAX_WIDTH = 8, 60
_WIDTH_SAMPLE = 2000  # rows looked at to size a column


def _is_null(v: Any) -> bool:
    if v is None:
        return True
    try:
        return bool(v != v)  # NaN is unequal to itself; pd.NA's comparison cannot be a bool
    except (TypeError, ValueError):
        return True


@contextmanager
def _atomic(out: Path) -> Iterator[Path]:
    """Write to a temporary file beside `out` and rename it into place: a failed export never
    leaves a half-written file under the name a user opens."""
    tmp = out.with_name(f".{out.name}.part")
    try:
        yield tmp
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


# Excel reads a CSV cell starting with one of these as a formula: a quote from a list item
# («- відділенням денного перебування - 27010 послуг;») would show as #NAME?.
_FORMULA_START = ("=", "+", "-", "@")


def _excel_text(v: Any) -> Any:
    if type(v) is str and v.startswith(_FORMULA_START):
        try:
            float(v)
        except ValueError:
            return " " + v  # a leading space keeps it text, and costs the reader least
    return v


def excel_safe(df: pd.DataFrame) -> pd.DataFrame:
    """Text cells that Excel would take for formulas get a leading space."""
    out = df.copy()
    for col in df.columns:
        if df[col].dtype.kind in "OT" or str(df[col].dtype).startswith(("str", "string")):
            out[col] = [_excel_text(v) for v in df[col].astype(object).tolist()]
    return out


def write_csv(df: pd.DataFrame, out: Path | None, *, delimiter: str = ",") -> None:
    """A file is for Excel: UTF-8 with a BOM (so it reads the Cyrillic right), CRLF, formula-like
    text guarded. Stdout is for pipes: plain UTF-8, as is."""
    if out is None:
        df.to_csv(sys.stdout, index=False, sep=delimiter, lineterminator="\n")
        return
    with _atomic(out) as tmp:
        excel_safe(df).to_csv(tmp, index=False, sep=delimiter, encoding="utf-8-sig", lineterminator="\r\n")


def _parquet_ready(df: pd.DataFrame) -> pd.DataFrame:
    """Parquet wants one type per column: a column mixing numbers and text (a rating among
    counts) is written as text, with its numbers in `<column>_num` at the end."""
    import pandas as pd

    out = df.copy()
    for col in df.columns:
        if df[col].dtype != object:
            continue
        types = {type(v) for v in df[col] if not _is_null(v)}
        if len(types) > 1 and str in types:
            out[col] = [None if _is_null(v) else str(v) for v in df[col]]
            if not any(c == f"{col}_num" for c in df.columns):
                nums = [float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None for v in df[col]]
                out[f"{col}_num"] = pd.array(nums, dtype="Float64")
        elif types and types <= {int, bool} and types != {bool}:
            out[col] = pd.array([None if _is_null(v) else int(v) for v in df[col]], dtype="Int64")
    return out


def write_parquet(df: pd.DataFrame, out: Path) -> None:
    try:
        with _atomic(out) as tmp:
            _parquet_ready(df).to_parquet(tmp, index=False)
    except ImportError as exc:
        raise UsageError("Parquet output needs pyarrow: pip install pyarrow") from exc


def _xlsx_cleaner():
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    illegal = ILLEGAL_CHARACTERS_RE.search

    def clean(ws: Any, v: Any) -> Any:
        """A value as a cell takes it: numbers as numbers, text without the control characters
        XML forbids, text that looks like a formula kept as text."""
        t = type(v)
        if v is None or t is bool or t is int:
            return v
        if t is float:
            return v if v == v else None
        if t is str:
            if illegal(v):
                v = ILLEGAL_CHARACTERS_RE.sub("", v)
            if len(v) > XLSX_MAX_CELL:
                v = v[:XLSX_MAX_CELL]
            if v.startswith("="):  # text, never a formula
                cell = WriteOnlyCell(ws, value=v)
                cell.data_type = "s"
                return cell
            return v
        if _is_null(v):
            return None
        if hasattr(v, "item"):  # numpy scalar
            return clean(ws, v.item())
        return clean(ws, str(v))

    return clean


def _widths(df: pd.DataFrame) -> list[float]:
    sample = df.head(_WIDTH_SAMPLE)
    widths = []
    for col in df.columns:
        lengths = sorted(len(str(v)) for v in sample[col] if not _is_null(v))
        # the 95th percentile: one long quote should not make every row of a column wide
        body = lengths[min(len(lengths) - 1, int(len(lengths) * 0.95))] if lengths else 0
        widths.append(float(min(MAX_WIDTH, max(MIN_WIDTH, len(str(col)) + 2, body + 2))))
    return widths


def write_xlsx(tables: dict[str, pd.DataFrame], out: Path) -> None:
    """One sheet per table, in the order given; header row frozen, bold, with filters."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    for name, df in tables.items():
        if len(df) + 1 > XLSX_MAX_ROWS:
            raise UsageError(f"table {name} has {len(df)} rows, more than a spreadsheet holds: "
                             "use --format csv or parquet")
    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    for name, df in tables.items():
        ws = wb.create_sheet(title=name[:31])
        ws.freeze_panes = "A2"
        if len(df.columns):  # filter buttons on the header: an analyst's first move
            ws.auto_filter.ref = f"A1:{get_column_letter(len(df.columns))}{len(df) + 1}"
        for i, width in enumerate(_widths(df), 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        header = []
        for col in df.columns:
            cell = WriteOnlyCell(ws, value=str(col))
            cell.font = bold
            header.append(cell)
        ws.append(header)
        clean = _xlsx_cleaner()
        # column lists, not itertuples: iterating pandas' Arrow-backed strings cell by cell is slow
        columns = [df[c].astype(object).tolist() for c in df.columns]
        for row in zip(*columns, strict=True):
            ws.append([clean(ws, v) for v in row])
    with _atomic(out) as tmp:
        wb.save(tmp)


def write_tables(tables: dict[str, pd.DataFrame], fmt: str, out: str | Path | None, *, main: str,
                 delimiter: str = ",") -> list[Path]:
    """Write `tables` as `fmt`. XLSX holds every table (`main` first). CSV and Parquet hold one
    table, `main`, unless `out` is a folder: then every table goes to `<out>/<name>.<fmt>`.
    CSV with no `out` goes to stdout. Returns the files written."""
    folder = out is not None and (str(out).endswith(("/", "\\")) or Path(out).is_dir())
    out = Path(out) if out is not None else None
    if fmt not in TABLE_FORMATS:
        raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(TABLE_FORMATS)}")
    if fmt == "xlsx":
        if out is None:
            raise UsageError("xlsx output needs a file: -o OUT.xlsx")
        ordered = {main: tables[main], **{k: v for k, v in tables.items() if k != main}}
        write_xlsx(ordered, out)
        return [out]
    if out is not None and folder:
        out.mkdir(parents=True, exist_ok=True)
        targets = [(df, out / f"{name}.{fmt}") for name, df in tables.items()]
    elif out is None and fmt == "parquet":
        raise UsageError("parquet output needs a file: -o OUT.parquet")
    else:
        targets = [(tables[main], out)]
    written = []
    for df, path in targets:
        if fmt == "csv":
            write_csv(df, path, delimiter=delimiter)
        else:
            write_parquet(df, path)
        if path is not None:
            written.append(path)
    return written
