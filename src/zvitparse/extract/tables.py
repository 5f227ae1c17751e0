"""Share tables: rows «Частка отримувачів …, від загальної кількості …» × «75 %».

(Tables of counts are `count_tables`'s; `extract` here returns both.)

A row is a share when its label is a share row header (`table_columns.yaml`, entry
`share_row`) and its value cell is a bare percentage. Both real table blocks and tables
flattened into lines (label lines, then a line holding only «75 %») are read. The service
comes from the label or, failing that, from the caption or heading above the table.
"""

from __future__ import annotations

import regex

from zvitparse.extract import context, count_tables, grid, ratings
from zvitparse.extract.numbers import as_value, parse_number
from zvitparse.model import Document, Fact

PREFIX = "tables"
_BARE_PERCENT = regex.compile(r"^\s*(\d+(?:[,.]\d+)?)\s*%\s*$")
# labels longer than this are cut at a word boundary (the quote keeps the whole row)
MAX_LABEL = 200


def bare_percent(text: str) -> float | int | None:
    m = _BARE_PERCENT.match(text)
    if not m:
        return None
    num = parse_number(m.group(1))
    return as_value(num) if num is not None else None


def share_kind(text: str) -> str | None:
    """`share`, or `satisfaction` («Частка отримувачів, задоволених послугою»), for a row label
    naming a percentage of its own; None for any other label."""
    kind = grid.header_kind(text)
    return kind[1] if kind and kind[1] in ("share", "satisfaction") else None


def is_share_label(text: str) -> bool:
    return share_kind(text) is not None


def _label(text: str) -> str:
    text = " ".join(text.split()).rstrip(" .;:")
    text = text[:1].lower() + text[1:]
    if len(text) > MAX_LABEL:
        text = text[:MAX_LABEL].rsplit(" ", 1)[0]
    return text


def _is_value_line(text: str) -> bool:
    return bare_percent(text) is not None or ratings.rating_word(text) is not None


class _Out:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.facts: list[Fact] = []

    def share(self, value: float | int, start: int, end: int, label: str, service: str | None,
              extractor: str) -> None:
        self.facts.append(Fact(
            fact_id=f"{PREFIX}:{len(self.facts) + 1}", indicator=share_kind(label) or "share", value=value,
            unit="percent",
            start=start, end=end, quote=self.doc.text[start:end], extractor=extractor, confidence=0.8,
            service=service, label=_label(label), page=self.doc.page_at(start)))


def _service(doc: Document, label: str, pos: int) -> str | None:
    return context.service_in(label) or context.service_of_section(doc.text, pos)


def _from_lines(doc: Document, out: _Out) -> None:
    lines = grid.line_cells(doc)
    table_start: int | None = None  # where the run of share rows began: its caption is above
    for i, cell in enumerate(lines):
        value = bare_percent(cell.text)
        if value is None:
            continue
        label = grid.rows_ending_at(lines, i, _is_value_line)
        text = " ".join(c.text for c in label)
        if not label or not is_share_label(text):
            table_start = None
            continue
        if table_start is None:
            table_start = label[0].start
        out.share(value, label[0].start, cell.end, text, _service(doc, text, table_start), "share_lines")


def _from_grid(doc: Document, g: grid.Grid, out: _Out) -> None:
    for row in g.rows:
        cells = [c for c in row if c is not None and not c.spanned and c.text]
        label = next((c for c in cells if is_share_label(c.text)), None)
        if label is None:
            continue
        values = [(c, bare_percent(c.text)) for c in cells if c is not label]
        values = [(c, v) for c, v in values if v is not None]
        if len(values) != 1:
            continue  # several percentages in one row: columns this reader cannot name
        cell, value = values[0]
        out.share(value, label.start, cell.end, label.text, _service(doc, label.text, g.start), "share_table")


def extract(doc: Document, meta: dict) -> list[Fact]:
    """Share facts of the share tables and count facts of the count tables of a document."""
    out = _Out(doc)
    for g in grid.table_grids(doc):
        _from_grid(doc, g, out)
    _from_lines(doc, out)
    return out.facts + count_tables.extract(doc, meta, n0=len(out.facts))
