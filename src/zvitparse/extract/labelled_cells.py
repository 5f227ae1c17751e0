"""Cells that name their own figure: «план – 190 | факт – 184».

A programme report's KPI rows («Показник продукту: кількість отримувачів …, осіб | план – 190 |
факт – 184») write the column's name into every cell instead of a header, and a row without a
plan puts its fact one cell to the left. `unfold` turns such a grid into one with a header row
of those names and bare figures below, each under its name, so the «План | Факт» reading of
the row tables applies (the fact is the report's figure). The names are the plan and fact
column cues of `patterns/links.yaml`.
"""

from __future__ import annotations

import functools

import regex

from zvitparse import patterns
from zvitparse.extract import grid
from zvitparse.extract.lexicon import lexicon

_CELL = regex.compile(r"^(?P<name>[^\d–—:]{2,40}?)\s*[–—:-]\s*(?P<num>\d[\d \u00a0]*(?:[,.]\d+)?)$")


@functools.lru_cache(maxsize=2)
def _header_word(kind: str) -> str:
    """The one word a plan or fact column is headed by (the cue's `value` in `links.yaml`)."""
    return next(e["value"] for e in patterns.load()["links"] if e.get("relation") == kind and e.get("value"))


def _kind(name: str) -> str | None:
    cues = lexicon().link_re
    for kind in ("fact_column", "plan_column"):
        rx = cues.get(kind)
        if rx is not None and rx.match(name):
            return kind
    return None


def unfold(g: grid.Grid) -> grid.Grid | None:
    """The grid with a header of the cells' names, or None when its cells name nothing."""
    names: set[str] = set()
    rows: list[tuple[grid.GCell, dict[str, grid.GCell]]] = []
    for row in g.rows:
        cells = [c for c in row if c is not None and not c.spanned and c.text.strip()]
        if len(cells) < 2 or _CELL.match(cells[0].text.strip()) or not regex.search(r"\p{L}", cells[0].text):
            return None
        values: dict[str, grid.GCell] = {}
        for c in cells[1:]:
            text = c.text.strip()
            m = _CELL.match(text)
            kind = _kind(m.group("name").strip()) if m else None
            if kind is None or kind in values:
                return None
            names.add(kind)
            lead = c.text.find(text)
            values[kind] = grid.GCell(m.group("num").strip(), c.start + lead + m.start("num"),
                                      c.start + lead + m.start("num") + len(m.group("num").strip()))
        rows.append((cells[0], values))
    if "fact_column" not in names:
        return None
    kinds = [k for k in ("plan_column", "fact_column") if k in names]
    head = grid.GCell("", g.start, g.start)
    # the header says plan or fact in one word each: «фактично» written in a cell is no trigger
    # of the staff actually working
    header = (head, *(grid.GCell(_header_word(k), g.start, g.start) for k in kinds))
    body = tuple((label, *(values.get(k) for k in kinds)) for label, values in rows)
    return grid.Grid((header, *body), g.start, g.end, g.page)
