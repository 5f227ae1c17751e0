"""Table grids, whether the reader found a table or the table was flattened into lines.

Two shapes reach the table extractors:

* a `table` block (HTML, DOCX, PDF, tab-separated TXT): `grid_from_block` turns its cells into
  a dense grid (a merged cell is repeated over the columns it spans) with offsets kept;
* a table flattened into text, one cell per line with blank lines between (a Word table
  copied out of a browser, seed 000): `line_cells` lists the lines of the non-table blocks,
  and `rows_ending_at` cuts those lines into rows ending in a value cell (a rating word, a
  percentage …), walking back over the label lines of the row.

(Tables flattened into lines of a label and its figures are rebuilt by `line_tables`.)
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import regex

from zvitparse import patterns
from zvitparse.model import Block, Document

# A row label of a flattened table is at most this many lines, none of them longer than
# LONG_LINE characters (a longer line is prose, which ends the walk back).
MAX_LABEL_LINES = 3
LONG_LINE = 260

_ROW_NUMBER = regex.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s*$")
_PERCENT_NUM = regex.compile(r"\d+(?:[,.]\d+)?\s*%")
_LETTERS = regex.compile(r"\p{L}+")


@dataclass(frozen=True)
class GCell:
    """One cell (or one line standing for a cell) with its span in the document text."""

    text: str
    start: int
    end: int
    spanned: bool = False  # a repeat of a merged cell to the left


@dataclass(frozen=True)
class Grid:
    """A table as rows of cells (None where a row has no cell at that column)."""

    rows: tuple[tuple[GCell | None, ...], ...]
    start: int
    end: int
    page: int | None = None
    headless: bool = False  # label–value pairs: no header row (`Block.headless`)
    loose: bool = False  # rows rebuilt from lines of prose, each standing alone (`slash_pairs.line_grids`)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def grid_from_block(block: Block) -> Grid:
    """A dense grid of a `table` block; merged cells repeat over the columns they span."""
    rows: list[tuple[GCell | None, ...]] = []
    for row in block.rows or ():
        width = max((c.col + max(1, c.colspan) for c in row), default=0)
        dense: list[GCell | None] = [None] * width
        for c in row:
            for k in range(max(1, c.colspan)):
                dense[c.col + k] = GCell(c.text.strip(), c.start, c.end, spanned=k > 0)
        rows.append(tuple(dense))
    return Grid(tuple(rows), block.start, block.end, block.page, block.headless)


def table_grids(doc: Document) -> list[Grid]:
    """The grids of the document's table blocks.

    Computed once per document (five table extractors read them; grids are immutable); a fresh
    list each call."""
    cached = doc.__dict__.get("_table_grids")
    if cached is not None and cached[0] == len(doc.text):
        return list(cached[1])
    out = [grid_from_block(b) for b in doc.blocks if b.kind == "table" and b.rows]
    doc.__dict__["_table_grids"] = (len(doc.text), out)
    return list(out)


def line_cells(doc: Document) -> list[GCell]:
    """Every non-blank line outside table blocks, stripped, with its span.

    Computed once per document (every table extractor walks the lines); a fresh list each call."""
    cached = doc.__dict__.get("_line_cells")
    if cached is not None and cached[0] == len(doc.text):
        return list(cached[1])
    out = _line_cells(doc)
    doc.__dict__["_line_cells"] = (len(doc.text), out)
    return list(out)


def _line_cells(doc: Document) -> list[GCell]:
    if doc.blocks:
        spans = [(b.start, b.end) for b in doc.blocks if b.kind != "table"]
    else:  # a document without structure: all of it is text
        spans = [(0, len(doc.text))]
    out = []
    for start, end in spans:
        pos = start
        for line in doc.text[start:end].split("\n"):
            stripped = line.strip()
            if stripped:
                lead = len(line) - len(line.lstrip())
                out.append(GCell(stripped, pos + lead, pos + lead + len(stripped)))
            pos += len(line) + 1
    return out


def is_row_number(text: str) -> bool:
    return bool(_ROW_NUMBER.match(text))


def is_band_line(text: str) -> bool:
    """A header band of a rating table: «від 80% до 100% «Добре»», «від 0% до 20%»."""
    if len(text) > 60:
        return False
    percents = len(_PERCENT_NUM.findall(text))
    words = _LETTERS.findall(_PERCENT_NUM.sub(" ", text))
    # two bounds («від 0% до 20%») or one bound and the band's name («до 50 % «Незадовільно»»)
    # (one bound says which way it bounds or quotes its band: «Результативність 88,3 % добре» is
    # a criterion's row)
    return (percents >= 2 and len(words) <= 2 * percents) or (
        percents == 1 and len(words) <= 2 and bool(patterns.link_regex("band_bound").search(text)))


def rows_ending_at(lines: list[GCell], index: int, is_value: Callable[[str], bool]) -> list[GCell]:
    """The label lines of the flattened row whose value cell is `lines[index]`.

    Walks back until a boundary: another value cell, a band header, a row number (which
    opens the row), prose (a long line), or MAX_LABEL_LINES lines."""
    label: list[GCell] = []
    i = index - 1
    while i >= 0 and len(label) < MAX_LABEL_LINES:
        text = lines[i].text
        if is_value(text) or is_band_line(text) or len(text) > LONG_LINE:
            break
        if is_row_number(text) or patterns.link_regex("numbered_section").match(text):
            break  # («Розділ 4. Результати оцінки» heads the rows below; the lines above it are another section's)
        label.insert(0, lines[i])
        i -= 1
    return label


@functools.lru_cache(maxsize=8)
def column_entries() -> tuple[tuple[str, str | None, regex.Pattern], ...]:
    return tuple((e.id, e.get("indicator"), regex.compile(e["regex"], regex.I))
                 for e in patterns.load()["table_columns"] if e.get("regex"))


@functools.lru_cache(maxsize=8)
def _header_entries() -> tuple[tuple[str, str | None, regex.Pattern], ...]:
    # header texts are lowercased before matching: the case-insensitive flag would only cost time
    return tuple((e.id, e.get("indicator"), patterns.compile_lowercase(e["regex"]))
                 for e in patterns.load()["table_columns"] if e.get("regex"))


def _first_kind(text: str, upto: int) -> tuple[str, str | None] | None:
    low = " ".join(text.lower().split())
    for eid, indicator, rx in _header_entries()[:upto]:
        if rx.search(low):
            return eid, indicator
    return None


@functools.lru_cache(maxsize=8192)
def header_kind(text: str) -> tuple[str, str | None] | None:
    """(entry id, indicator) of the first `table_columns` entry matching a header text."""
    return _first_kind(text, len(_header_entries()))


@functools.lru_cache(maxsize=8)
def _last_entry_of(indicators: frozenset[str]) -> int:
    return max((k + 1 for k, (_, ind, _) in enumerate(_header_entries()) if ind in indicators), default=0)


@functools.lru_cache(maxsize=8192)
def header_indicator(text: str, indicators: frozenset[str]) -> str | None:
    """The indicator of `header_kind(text)` if it is one of `indicators`, else None.

    Budget asks this of every line of a report: only the entries up to the last one naming
    such an indicator can decide it (a later first match names another), so the rest are not tried."""
    kind = _first_kind(text, _last_entry_of(indicators))
    return kind[1] if kind and kind[1] in indicators else None


def is_total_label(text: str) -> bool:
    # `total_row` comes first in table_columns.yaml: the first match is it iff it matches
    entries = _header_entries()
    if entries and entries[0][0] == "total_row":
        return _first_kind(text, 1) is not None
    kind = header_kind(text)
    return bool(kind and kind[0] == "total_row")


# the letters a statistical form numbers its text columns with («А | Б | 1 | 2»)
_FORM_LETTERS = "АБВГД"


def is_numbering_row(row: tuple) -> bool:
    """«1 | 2 | 3 | 4» (or «А | Б | 1 | 2») under a form's header: the columns numbered, no figures."""
    return numbers_columns([c.text.strip() for c in row if c is not None and not c.spanned and c.text.strip()])


def numbers_columns(texts: list[str]) -> bool:
    """`is_numbering_row` of a row's cell texts (the empty ones left out)."""
    column = patterns.entry_regex("links", "cue_column_number")
    texts = [m["n"] if (m := column.match(t.lower())) else t for t in texts]
    letters = 0
    while letters < len(texts) and letters < len(_FORM_LETTERS) and texts[letters] == _FORM_LETTERS[letters]:
        letters += 1
    numbers = texts[letters:]
    if len(texts) < 3 or not numbers or not numbers[0].isdigit():
        return False
    # (the columns a wide sheet prints on its second page go on from where the first stopped:
    # «6 | 7 | 8 | 9 | 10»; that many figures in a row running up by one are no counts)
    first = int(numbers[0]) if len(numbers) >= 4 else 1
    return numbers == [str(k) for k in range(first, first + len(numbers))]


# a table pasted from a spreadsheet in English settings: «34,512» groups thousands with a comma
# where «0.108» and «98.61%» write decimals with a dot
_COMMA_GROUPED = regex.compile(r"^\d{1,3}(?:,\d{3})+$")
_DOT_DECIMAL = regex.compile(r"^-?\d+\.\d+\s*%?$")
_COMMA_DECIMAL = regex.compile(r"^-?\d+,\d{1,2}\s*%?$")


def english_numbers(g: Grid) -> Grid:
    """`g` with «34,512» read as 34 512 when its other cells write decimals with a dot and none
    with a comma (a spreadsheet pasted in English settings); else `g` itself."""
    texts = [c.text.strip() for row in g.rows for c in row if c is not None]
    if not any(_COMMA_GROUPED.match(t) for t in texts) or not any(_DOT_DECIMAL.match(t) for t in texts) \
            or any(_COMMA_DECIMAL.match(t) for t in texts):
        return g
    rows = tuple(tuple(None if c is None else GCell(c.text.replace(",", " "), c.start, c.end, c.spanned)
                       if _COMMA_GROUPED.match(c.text.strip()) else c for c in row) for row in g.rows)
    return Grid(rows, g.start, g.end, g.page, g.headless)

