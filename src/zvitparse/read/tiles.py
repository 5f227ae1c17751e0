"""Figure tiles laid out as a table: a row of big figures, the row of their captions under it.

Newsletters, slides and «в цифрах» blocks set their headline figures in a layout table, each
figure in a cell and its caption in the cell below («412 | 1 287 | 14» over «отримувачів послуг |
наданих соціальних послуг | групових заходів»). Read row by row, no figure stands beside its
words. Such a table becomes one of caption–figure rows, the way a list would write them.
"""

from __future__ import annotations

import regex

from zvitparse.read.assemble import RawBlock, RawCell

_FIGURE = regex.compile(r"^[~≈>+]?\s*\d[\d\s\u00a0]*(?:[,.]\d+)?\s*(?:%|тис\.?|млн\.?)?\s*\*?$")
_LETTER = regex.compile(r"\p{L}")
_DIGIT = regex.compile(r"\d")


def _figures(row: list[RawCell]) -> bool:
    return len(row) >= 2 and all(_FIGURE.match(c.text.strip()) for c in row)


def _captions(row: list[RawCell], width: int) -> bool:
    return len(row) == width and all(_LETTER.search(c.text) and not _DIGIT.search(c.text) for c in row)


def as_pairs(rows: list[list[RawCell]]) -> list[list[RawCell]] | None:
    """The caption–figure rows of a tiles table, or None when `rows` are not tiles: every
    row of figures has its row of captions right under it, one caption per figure."""
    if len(rows) < 2 or len(rows) % 2:
        return None
    out: list[list[RawCell]] = []
    for top, under in zip(rows[::2], rows[1::2], strict=True):
        if not _figures(top) or not _captions(under, len(top)):
            return None
        out += [[RawCell(c.text, 0), RawCell(f.text, 1)] for f, c in zip(top, under, strict=True)]
    return out


def tiles_as_pairs(blocks: list[RawBlock]) -> list[RawBlock]:
    """`blocks` with each tiles table rewritten as caption–figure rows."""
    for raw in blocks:
        if raw.kind == "table" and raw.rows and (pairs := as_pairs(raw.rows)) is not None:
            raw.rows, raw.row_pages, raw.headless = pairs, None, True
    return blocks
