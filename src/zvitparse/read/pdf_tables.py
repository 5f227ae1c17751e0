"""pdfplumber, behind one adapter: the ruled tables of a page as cell grids with their boxes.

pdfplumber is opened only for pages that draw enough rects and lines to hold a table, so a
text-only PDF never pays for it. Merged cells are resolved from the cell boxes against the
table's row and column boxes.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from zvitparse.read.assemble import RawBlock, RawCell
from zvitparse.read.pdf_lines import is_garbage

log = logging.getLogger(__name__)
# pdfminer (under pdfplumber) logs a warning per unparsable operator of a damaged PDF; the
# reader reports a damaged file itself, so those hundreds of lines are noise to a user.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

# Box coordinates are compared with this tolerance (points).
EPS = 1.5


@dataclass
class PageTable:
    top: float  # distance from the top of the page as it is read (pdfplumber's coordinates)
    bottom: float
    rows: list[list[RawCell]]


# How a page's text runs in pdfplumber's frame: upright, or turned a quarter so that it runs
# down (the page must be turned counter-clockwise to read it) or up.
UPRIGHT, RUNS_DOWN, RUNS_UP = "upright", "down", "up"


def text_direction(page) -> str:
    """Most of the page's characters' direction: a table printed sideways on a portrait page
    («альбомна» content on a page nobody rotated) runs down or up."""
    upright = down = up = 0
    for c in page.chars:
        if c.get("upright", True):
            upright += 1
        elif c["matrix"][1] < 0:
            down += 1
        else:
            up += 1
    if max(down, up) <= upright:
        return UPRIGHT
    return RUNS_DOWN if down >= up else RUNS_UP


def _quarter_turned(c: dict) -> bool:
    """A character printed a quarter turn from upright (not a diagonal watermark's)."""
    a, b, _, d = c["matrix"][:4]
    return not c.get("upright", True) and abs(a) < 1e-3 and abs(d) < 1e-3 and abs(b) > 1e-3


def turned_text(chars: list[dict]) -> str:
    """The words of characters printed a quarter turn: each vertical line read along its run
    (up: from the bottom, lines from the left; down: from the top, lines from the right)."""
    up = 2 * sum(1 for c in chars if c["matrix"][1] > 0) >= len(chars)
    lines: list[tuple[float, list[dict]]] = []
    for c in sorted(chars, key=lambda c: c["x0"]):
        if lines and abs(c["x0"] - lines[-1][0]) <= c["size"] * 0.5:
            lines[-1][1].append(c)
        else:
            lines.append((c["x0"], [c]))
    if not up:
        lines.reverse()
    words = ["".join(c["text"] for c in sorted(cs, key=lambda c: -c["top"] if up else c["top"])) for _, cs in lines]
    return " ".join(" ".join(words).split())


def _turned_cells(page):
    """On an upright page, a reader of the cells printed sideways (a form's narrow header
    cells, turned a quarter to fit): the cell's text, or None for a cell that is upright.
    None when no character on the page is turned a quarter."""
    turned = [c for c in page.chars if _quarter_turned(c)]
    if not turned:
        return None

    def inside(chars: list[dict], box: tuple[float, ...]) -> list[dict]:
        x0, top, x1, bottom = box
        return [c for c in chars if x0 - 0.5 <= c["x0"] and c["x1"] <= x1 + 0.5
                and top - 0.5 <= c["top"] and c["bottom"] <= bottom + 0.5]

    def text(box: tuple[float, ...]) -> str | None:
        mine = inside(turned, box)
        if not mine or 2 * len(mine) < len(inside(page.chars, box)):
            return None
        return turned_text(mine)

    return text


def _turn_grid(grid: list[list[RawCell]], direction: str) -> list[list[RawCell]]:
    """A grid read off a sideways table, put the way its text reads: the page's columns are
    the table's rows (from the right when the text runs down, from the left when it runs up)."""
    n_rows = len(grid)
    n_cols = max((c.col + c.colspan for row in grid for c in row), default=0)
    placed: dict[int, list[RawCell]] = {}
    for r, c in ((r, c) for r, row in enumerate(grid) for c in row):
        if direction == RUNS_DOWN:
            row, col = n_cols - c.col - c.colspan, r
        else:
            row, col = c.col, n_rows - r - c.rowspan
        placed.setdefault(row, []).append(RawCell(c.text, col, c.colspan, c.rowspan))
    return [sorted(placed[r], key=lambda x: x.col) for r in sorted(placed)]


def _edges(values: list[float]) -> list[float]:
    """Distinct coordinates, those within EPS of each other taken as one grid line."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > EPS:
            out.append(v)
    return out


def _index(lines: list[float], v: float) -> int:
    return min(range(len(lines)), key=lambda i: abs(lines[i] - v))


def _grid(table, cell_text=None, turned=None) -> list[list[RawCell]]:
    """The table's cells on the grid their own edges draw: a merged cell spans the grid lines
    it crosses (pdfplumber's row and column groups widen around merged cells, so they are not
    used for positions). `turned(box)` reads a cell printed sideways on an upright page."""
    texts = table.extract() if cell_text is None else None
    text_of: dict[tuple[float, ...], str] = {}
    for r, row in enumerate(table.rows):
        for c, box in enumerate(row.cells):
            if box is None:
                continue
            if cell_text is not None:
                text_of[tuple(box)] = cell_text(box)
            elif r < len(texts) and c < len(texts[r]):
                sideways = turned(box) if turned is not None else None
                text_of[tuple(box)] = sideways if sideways is not None else texts[r][c] or ""
    xs = _edges([v for box in text_of for v in (box[0], box[2])])
    ys = _edges([v for box in text_of for v in (box[1], box[3])])
    placed: dict[int, list[RawCell]] = {}
    for box, text in text_of.items():
        x0, top, x1, bottom = box
        col, row = _index(xs, x0), _index(ys, top)
        colspan = max(1, _index(xs, x1) - col)
        rowspan = max(1, _index(ys, bottom) - row)
        placed.setdefault(row, []).append(RawCell(text, col, rowspan, colspan))
    return [sorted(placed[r], key=lambda c: c.col) for r in sorted(placed)]


# a table's first row alone at the foot of a page (below this share of its height) is the
# header of a table the next page goes on with
PAGE_FOOT = 0.8


def _header_at_page_end(grid: list[list[RawCell]], bottom: float, height: float) -> bool:
    """One row of words (no figure) at the page's foot: a header cut from its table's body."""
    return len(grid) == 1 and bottom >= PAGE_FOOT * height and not any(
        ch.isdigit() for c in grid[0] for ch in c.text)


class PlumberTables:
    """Lazily opened pdfplumber view of one PDF."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._pdf = None
        self.directions: dict[int, str] = {}  # per page index whose tables were read

    def tables(self, page_index: int, cell_text=None) -> list[PageTable]:
        """The page's ruled tables; `cell_text(box)` reads a sideways cell's text (pdfplumber
        runs a vertical word's letters together)."""
        import pdfplumber

        if self._pdf is None:
            self._pdf = pdfplumber.open(io.BytesIO(self.data))
        page = self._pdf.pages[page_index]
        direction = text_direction(page)
        turned = _turned_cells(page) if direction == UPRIGHT else None
        found = []
        for t in page.find_tables():
            grid = _grid(t, cell_text if direction != UPRIGHT else None, turned)
            top, bottom = t.bbox[1], t.bbox[3]
            if direction != UPRIGHT:
                grid = _turn_grid(grid, direction)
                # the band the table takes down the page as it is read
                top, bottom = (page.width - t.bbox[2], page.width - t.bbox[0]) if direction == RUNS_DOWN \
                    else (t.bbox[0], t.bbox[2])
            if max((len(r) for r in grid), default=0) < 2:
                continue
            if len(grid) < 2 and not _header_at_page_end(grid, t.bbox[3], page.height):
                continue
            if is_garbage(" ".join(c.text for row in grid for c in row) or "x"):
                log.debug("page %d: table text is garbage; read as text", page_index + 1)
                continue
            found.append(PageTable(top, bottom, grid))
        self.directions[page_index] = direction
        page.close()
        return sorted(found, key=lambda t: t.top)

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()


def is_continuation_note(lines: list[str]) -> bool:
    """Lines over a table that only say it goes on («Продовження таблиці 2»), or none."""
    from zvitparse import patterns

    note = patterns.entry_regex("furniture", "table_continued_line")
    return all(not ln.strip() or note.match(ln.lower()) for ln in lines)


def continues_table(prev: RawBlock | None, table: PageTable, before: list[str]) -> bool:
    """A table at the top of a page (under «Продовження таблиці 2» at most) continues the table
    that ended the previous page."""
    if prev is None or prev.kind != "table" or not prev.rows or not is_continuation_note(before):
        return False
    width = max(c.col + c.colspan for row in prev.rows for c in row)
    return width == max(c.col + c.colspan for row in table.rows for c in row)


def _is_row_tail(row: list, last: list) -> bool:
    first = next((c for c in row if c.col == 0), None)
    empty = sum(1 for c in row if not c.text.strip())
    return (first is not None and not first.text.strip() and empty * 2 >= len(row)
            and {c.col for c in row} <= {c.col for c in last})


# how many of a table's first rows a page may repeat over its continuation
HEADER_ROWS = 3


def join_table(prev: RawBlock, table: PageTable, page_no: int) -> None:
    rows = table.rows
    # the header repeated on the new page, with its row of column numbers («1 | 2 | 3 …») if it has one
    heads = [[c.text for c in r] for r in prev.rows[:HEADER_ROWS]]  # type: ignore[index]
    while rows and [c.text for c in rows[0]] in heads:
        rows = rows[1:]
    last = prev.rows[-1]  # type: ignore[index]
    if rows and _is_row_tail(rows[0], last):
        # a row broken by the page end: its rest, under a blank first column, joins it
        by_col = {c.col: c for c in last}
        for c in rows[0]:
            if c.text and c.col in by_col:
                by_col[c.col].text = f"{by_col[c.col].text}\n{c.text}"
        rows = rows[1:]
    prev.rows.extend(rows)  # type: ignore[union-attr]
    prev.row_pages.extend([page_no] * len(rows))  # type: ignore[union-attr]
