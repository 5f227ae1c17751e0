"""Turn the raw blocks a reader found into a `Document`: normalize, join, count offsets.

Readers never count offsets: they hand over `RawBlock`s in reading order and this module
normalizes each block's text, joins blocks with a blank line, lays out tables (rows joined by
newlines, cells by tabs) and records every block's and cell's span and page.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from zvitparse.model import Block, BlockKind, Cell, Document
from zvitparse.normalize import normalize_text
from zvitparse.read.stacked import stacked_parts

BLOCK_SEP = "\n\n"
ROW_SEP = "\n"
CELL_SEP = "\t"



@dataclass
class RawCell:
    """A cell as a reader found it; `col` is its grid column (readers resolve spans)."""

    text: str
    col: int
    rowspan: int = 1
    colspan: int = 1


@dataclass
class RawBlock:
    kind: BlockKind
    text: str = ""
    page: int | None = None
    level: int | None = None
    rows: list[list[RawCell]] | None = None
    row_pages: list[int] | None = None  # a table continued over pages: each row's page
    tag: str | None = None  # the HTML element it came from («dt», «dd»), where that matters
    headless: bool = False  # a table of label–value pairs: no header row


@dataclass
class Assembly:
    """What a reader knows beyond its blocks."""

    format: str
    encoding: str | None = None
    pages: int | None = None
    needs_ocr: bool = False
    warnings: list[str] = field(default_factory=list)
    site: str = ""  # the site's own name a web page's header or title gives (never in `text`)


def place_cell(row: list[RawCell], open_by_col: dict[int, RawCell], col: int, text: str, span: int,
               merge: str | None) -> None:
    """Put a cell of a grid whose vertical merges are marked cell by cell (DOCX `vMerge`, RTF
    `\\clvmgf`/`\\clvmrg`) into `row`: a continuing cell grows the one that opened the merge above."""
    if merge == "continue" and col in open_by_col:
        open_by_col[col].rowspan += 1
        return
    cell = RawCell(text, col, 1, span)
    row.append(cell)
    if merge == "restart":
        open_by_col[col] = cell
    else:
        open_by_col.pop(col, None)


def doc_id_for(text: str) -> str:
    """First 16 hex of sha1 over the text without any whitespace: renditions share it."""
    return hashlib.sha1("".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _clean_rows(rows: list[list[RawCell]], pages: list[int] | None) -> tuple[list[list[RawCell]], list[int] | None]:
    """Normalize cell texts and drop rows that are entirely empty, shrinking spans over them
    (and keeping each remaining row's page)."""
    norm = [[RawCell(" ".join(normalize_text(c.text).split()), c.col, max(1, c.rowspan), max(1, c.colspan))
             for c in row] for row in rows]
    keep = [any(c.text for c in row) for row in norm]
    if pages is not None and len(pages) != len(rows):
        pages = None
    if all(keep):
        return norm, pages
    if pages is not None:
        pages = [p for p, k in zip(pages, keep, strict=True) if k]
    out = []
    for r, row in enumerate(norm):
        if not keep[r]:
            continue
        for c in row:
            c.rowspan = max(1, sum(keep[r:r + c.rowspan]))
        out.append(row)
    return out, pages


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.blocks: list[Block] = []
        self.page_starts: dict[int, int] = {}

    def _sep(self) -> None:
        if self.parts:
            self.parts.append(BLOCK_SEP)
            self.pos += len(BLOCK_SEP)

    def _page(self, page: int | None) -> None:
        if page is not None and page not in self.page_starts:
            self.page_starts[page] = self.pos

    def text_block(self, raw: RawBlock) -> None:
        text = normalize_text(raw.text)
        if not text:
            return
        self._sep()
        self._page(raw.page)
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        self.blocks.append(Block(raw.kind, start, self.pos, raw.page, None, raw.level))

    def table_block(self, raw: RawBlock) -> None:
        rows, row_pages = _clean_rows(raw.rows or [], raw.row_pages)
        if not rows:
            return
        parts = stacked_parts(rows)
        if len(parts) > 1:  # tables stacked in one grid: each a table of its own
            for a, b in parts:
                self._table(raw, rows[a:b], row_pages[a:b] if row_pages else None)
            return
        self._table(raw, rows, row_pages)

    def _table(self, raw: RawBlock, rows: list[list[RawCell]], row_pages: list[int] | None) -> None:
        page = row_pages[0] if row_pages else raw.page
        self._sep()
        self._page(page)
        start = self.pos
        grid: list[tuple[Cell, ...]] = []
        for r, row in enumerate(rows):
            if r:
                self.parts.append(ROW_SEP)
                self.pos += len(ROW_SEP)
            if row_pages and r < len(row_pages):
                self._page(row_pages[r])
            cells = []
            for i, c in enumerate(sorted(row, key=lambda c: c.col)):
                if i:
                    self.parts.append(CELL_SEP)
                    self.pos += len(CELL_SEP)
                cells.append(Cell(c.text, r, c.col, self.pos, self.pos + len(c.text), c.rowspan, c.colspan))
                self.parts.append(c.text)
                self.pos += len(c.text)
            grid.append(tuple(cells))
        self.blocks.append(Block("table", start, self.pos, page, tuple(grid), None, raw.headless))


def assemble(raw_blocks: list[RawBlock], source: str, info: Assembly) -> Document:
    """Build the `Document`; empty blocks vanish, offsets index the joined normalized text."""
    from zvitparse.read.continued import join_continued_columns
    from zvitparse.read.tiles import tiles_as_pairs

    b = _Builder()
    for raw in tiles_as_pairs(join_continued_columns(raw_blocks)):
        if raw.kind == "table":
            b.table_block(raw)
        else:
            b.text_block(raw)
    text = "".join(b.parts)
    page_starts: list[int] = []
    if info.pages:
        # a page without blocks starts where the next page with text starts
        nxt = len(text)
        starts = [0] * info.pages
        for p in range(info.pages, 0, -1):
            nxt = b.page_starts.get(p, nxt)
            starts[p - 1] = nxt
        starts[0] = 0
        page_starts = starts
    return Document(
        source=source,
        doc_id=doc_id_for(text),
        format=info.format,
        encoding=info.encoding,
        text=text,
        blocks=b.blocks,
        pages=info.pages,
        page_starts=page_starts,
        needs_ocr=info.needs_ocr,
        warnings=list(info.warnings),
        site=info.site,
    )
