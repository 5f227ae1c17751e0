"""HTML tables as cell grids: rowspan and colspan resolved, nested and layout tables told apart."""

from __future__ import annotations

import regex
from lxml import etree
from lxml import html as lxml_html

from zvitparse.read import limits
from zvitparse.read.assemble import RawBlock, RawCell

# Inside a cell these start a new line of text (joined with a space: a cell is one line).
_BREAKS = {"br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"}
MAX_SPAN = 1000


def text_of(el: lxml_html.HtmlElement) -> str:
    """An element's text with block boundaries as spaces and inline markup joined as is
    (so «<b>12</b>3» stays «123»)."""
    parts: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in _BREAKS:
                parts.append(" ")
            if node.text and tag:
                parts.append(node.text)
        else:
            if tag in _BREAKS:
                parts.append(" ")
            if node.tail and node is not el:
                parts.append(node.tail)
    return " ".join("".join(parts).split())


_ARIA_CELLS = {"cell": "td", "gridcell": "td", "columnheader": "th", "rowheader": "th"}


def aria_tables(root: lxml_html.HtmlElement) -> None:
    """A table drawn with <div>s and ARIA roles («role="table"», «role="row"», «role="cell"»: a
    CSS grid) becomes the <table> it says it is."""
    for table in root.xpath("//*[@role='table' or @role='grid' or @role='treegrid']"):
        if table.tag == "table":
            continue
        rows = [r for r in table.xpath(".//*[@role='row']")
                if next(r.iterancestors(), None) is not None
                and next(a for a in r.iterancestors() if a.get("role") in ("table", "grid", "treegrid") or a is table) is table]
        if len(rows) < 2:
            continue
        table.tag = "table"
        for group in table.xpath(".//*[@role='rowgroup']"):
            group.tag = "tbody"
        for r in rows:
            r.tag = "tr"
            for cell in r:
                if isinstance(cell.tag, str) and cell.get("role") in _ARIA_CELLS:
                    cell.tag = _ARIA_CELLS[cell.get("role")]


# a cell of a table drawn with <div>s holds text and inline marks only
_BLOCKS = {"div", "p", "table", "ul", "ol", "section", "article", "nav", "header", "footer", "aside", "form", "h1",
           "h2", "h3", "h4", "h5", "h6", "img", "figure"}
_FIGURE_CELL = regex.compile(r"^[\s\d.,%+–—-]*\d[\s\d.,%+–—-]*$")
DIV_TABLE_MIN_ROWS = 3


def div_tables(root: lxml_html.HtmlElement) -> None:
    """A table drawn with <div> rows of <div> cells and no roles at all, as site builders lay
    out a CSS grid («div.row > div.cell»): a box of at least three rows with the same number
    (two or more) of text-only cells, most rows after the first holding a figure, becomes the
    <table> it stands for (the first row its header when it holds no figure); two such cells with
    a figure from the first row on are lines of a label and its figure."""
    for box in root.iter("div"):
        rows = [r for r in box if isinstance(r.tag, str)]
        if len(rows) < DIV_TABLE_MIN_ROWS or any(r.tag != "div" for r in rows):
            continue
        grid = [[c for c in r if isinstance(c.tag, str)] for r in rows]
        width = len(grid[0])
        if width < 2 or any(len(cells) != width for cells in grid) or any(
                c.tag not in ("div", "span") or any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in c.iterdescendants())
                for cells in grid for c in cells):
            continue
        figured = [any(_FIGURE_CELL.match(text_of(c)) for c in cells[1:]) for cells in grid]
        if sum(figured[1:]) * 2 < len(grid) - 1:
            continue
        if width == 2 and figured[0]:
            # label–value pairs with no header («Перебувало під супроводом, сімей | 44»): lines of
            # a label and its figure, read as the page shows them (not glued: «…на 01.01.2025 22»)
            for r, (label, _) in zip(rows, grid, strict=True):
                r.tag = "p"
                label.tail = (label.tail or "") + " "
            continue
        box.tag = "table"
        for i, (r, cells) in enumerate(zip(rows, grid, strict=True)):
            r.tag = "tr"
            for c in cells:
                c.tag = "th" if i == 0 and not figured[0] else "td"


def card_tables(root: lxml_html.HtmlElement) -> None:
    """A table a page lays out as stacked cards for phones: each row an element of cells that
    name their column in a `data-label` attribute (shown by CSS, «Кількість отримувачів, осіб:
    164»), the header row hidden or absent. The rows become the <table> they stand for, headed
    by the labels."""
    done: set[int] = set()
    for cell in root.xpath("//*[@data-label]"):
        row = cell.getparent()
        parent = row.getparent() if row is not None else None
        if parent is None or id(parent) in done:
            continue
        done.add(id(parent))
        rows = [r for r in parent if isinstance(r.tag, str)
                and len([c for c in r if isinstance(c.tag, str) and c.get("data-label") is not None]) >= 2]
        if len(rows) < 2:
            continue
        labels = [c.get("data-label") for c in rows[0] if isinstance(c.tag, str) and c.get("data-label") is not None]
        table = row.makeelement("table", {})
        head = etree.SubElement(table, "tr")
        for label in labels:
            etree.SubElement(head, "th").text = label
        for r in rows:
            tr = etree.SubElement(table, "tr")
            for c in r:
                if isinstance(c.tag, str) and c.get("data-label") is not None:
                    etree.SubElement(tr, "td").text = text_of(c)
        rows[0].addprevious(table)
        for r in rows:
            r.drop_tree()


def _own_rows(table: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    return table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")


def _own_cells(tr: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    return [c for c in tr if c.tag in ("td", "th")]


def _span(cell: lxml_html.HtmlElement, attr: str) -> int:
    try:
        return max(0, min(MAX_SPAN, int((cell.get(attr) or "1").strip())))
    except ValueError:
        return 1


def _is_layout_nest(table: lxml_html.HtmlElement, rows: list[lxml_html.HtmlElement]) -> bool:
    """A table holding tables is page layout when one cell holds most of its text (the page
    column); a small table inside one cell of a data table is read as that cell's text."""
    cells = [c for tr in rows for c in _own_cells(tr)]
    lengths = [sum(len(t.strip()) for t in c.itertext()) for c in cells]
    total = sum(lengths)
    return not total or max(lengths) > 0.5 * total or len(cells) <= 2


_PAGE_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol")


def _holds_page(rows: list[lxml_html.HtmlElement]) -> bool:
    """A page laid out in a table (menu cell | content cell): the cell holding most of the text
    holds headings, lists or many paragraphs of its own, which no cell of figures does."""
    cells = [c for tr in rows for c in _own_cells(tr)]
    lengths = [sum(len(t.strip()) for t in c.itertext()) for c in cells]
    if not cells or not sum(lengths):
        return False
    main = cells[lengths.index(max(lengths))]
    structured = any(main.find(f".//{tag}") is not None for tag in _PAGE_BLOCKS) or len(main.findall(".//p")) >= 3
    return structured and max(lengths) > 0.5 * sum(lengths)


def is_data_table(table: lxml_html.HtmlElement) -> bool:
    """A table of figures rather than page layout: ≥ 2 columns somewhere, more than one cell,
    not a layout table around other tables, and not absurdly large."""
    rows = _own_rows(table)
    if table.find(".//table") is not None and _is_layout_nest(table, rows):
        return False
    if _holds_page(rows):
        return False
    widths = [sum(max(1, _span(c, "colspan")) for c in _own_cells(tr)) for tr in rows]
    if not widths or max(widths) < 2 or sum(widths) < 2:
        return False
    return len(rows) * max(widths) <= limits.MAX_TABLE_CELLS


def table_rows(table: lxml_html.HtmlElement) -> list[list[RawCell]]:
    """The grid: each cell once at its top-left position, with its spans (the HTML table model)."""
    rows = _own_rows(table)
    taken: set[tuple[int, int]] = set()
    grid: list[list[RawCell]] = []
    for r, tr in enumerate(rows):
        col = 0
        out: list[RawCell] = []
        for cell in _own_cells(tr):
            while (r, col) in taken:
                col += 1
            colspan = max(1, _span(cell, "colspan"))
            rowspan = _span(cell, "rowspan")
            rowspan = len(rows) - r if rowspan == 0 else min(rowspan, len(rows) - r)
            rowspan = max(1, rowspan)
            out.append(RawCell(text_of(cell), col, rowspan, colspan))
            if rowspan > 1 or colspan > 1:
                for dr in range(rowspan):
                    for dc in range(colspan):
                        taken.add((r + dr, col + dc))
            col += colspan
        grid.append(out)
    return grid


def _column_letters(row: list[RawCell]) -> bool:
    """«A | B | C | D …»: a published spreadsheet's column heads."""
    texts = [c.text.strip() for c in row if c.text.strip()]
    return len(texts) >= 3 and texts == [chr(ord("A") + k) for k in range(len(texts))]


def sheet_blocks(rows: list[list[RawCell]]) -> list[RawBlock] | None:
    """A spreadsheet published as a web page (Google Sheets' «waffle»): its column letters and
    row numbers dropped, the title lines above the table and the notes below it read as
    paragraphs. None for any other table."""
    if not rows or not _column_letters(rows[0]):
        return None
    rows = rows[1:]
    # the row numbers' column (empty, or 1, 2, 3 …) goes
    first = [next((c.text.strip() for c in r if c.col == 0), "") for r in rows]
    numbered = [t for t in first if t]
    drop = 1 if all(t.isdigit() for t in numbered) and numbered == [str(k) for k in range(1, len(numbered) + 1)] \
        or not numbered else 0
    rows = [[RawCell(c.text, c.col - drop, c.rowspan, c.colspan) for c in r if c.col >= drop] for r in rows]

    def single(r: list[RawCell]) -> bool:
        return len([c for c in r if c.text.strip()]) <= 1

    lo, hi = 0, len(rows)
    while lo < hi and single(rows[lo]):
        lo += 1
    while hi > lo and single(rows[hi - 1]):
        hi -= 1
    out = [RawBlock("paragraph", text=c.text) for r in rows[:lo] for c in r if c.text.strip()]
    if hi > lo:
        out.append(RawBlock("table", rows=rows[lo:hi]))
    out += [RawBlock("paragraph", text=c.text) for r in rows[hi:] for c in r if c.text.strip()]
    return out
