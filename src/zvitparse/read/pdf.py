"""PDF: the text layer through pypdfium2, ruled tables through pdfplumber, page by page.

pdfium gives each page's text fast; pdfplumber (slow) is opened only for pages that draw
enough rects and lines to hold a table, and the text in a table's band is then taken from the
table's cells instead. A page whose text layer is empty or `(cid:NN)`/replacement garbage is
a page without text: OCR'd if Tesseract with Ukrainian data is installed, otherwise listed and
the document marked `needs_ocr`. A table continued on the next page is joined to it.
"""

from __future__ import annotations

import logging

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from zvitparse.errors import ReadError
from zvitparse.model import Document
from zvitparse.read import limits
from zvitparse.read.assemble import Assembly, RawBlock, assemble
from zvitparse.read.furniture import is_furniture
from zvitparse.read.pdf_lines import (
    continues_paragraph,
    document_words,
    drop_page_numbers,
    is_garbage,
    join_lines,
    rejoin_cell_lines,
    resolve_hyphens,
)
from zvitparse.read.pdf_ocr import MAX_OCR_PAGES, ocr_available, ocr_page
from zvitparse.read.pdf_tables import PageTable, PlumberTables

log = logging.getLogger(__name__)

# Above this many path objects a page is a drawing, not a table; pdfplumber would be slow on it.
MAX_TABLE_GRAPHICS = 5000


def _open(data: bytes, source: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise ReadError(source, "encrypted PDF (a password is required)") from exc
        raise ReadError(source, f"damaged or truncated PDF ({exc})") from exc


def _graphics(page: pdfium.PdfPage) -> int:
    """Drawn paths (rects, lines) on the page and in its form XObjects, counted through the
    raw API (no wrapper objects: this runs on every page)."""
    raw, n = page.raw, 0
    path, form = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == path:
            n += 1
        elif kind == form:
            n += sum(pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFFormObj_GetObject(obj, j)) == path
                     for j in range(pdfium_c.FPDFFormObj_CountObjects(obj)))
        if n > MAX_TABLE_GRAPHICS:
            break
    return n


def _lines(textpage: pdfium.PdfTextPage, height: float, top: float, bottom: float) -> list[str]:
    """Text lines of the horizontal band [top, bottom] (distances from the page top)."""
    if top <= 0 and bottom >= height:
        text = textpage.get_text_range()
    else:
        text = textpage.get_text_bounded(bottom=height - bottom, top=height - top)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # whole lines of site furniture in a PDF printed from a web page
    return ["" if len(ln) < 200 and ln.strip() and is_furniture(ln) else ln for ln in lines]


def _continues(prev: RawBlock | None, table: PageTable, before: list[str]) -> bool:
    """A table at the top of a page continues the table that ended the previous page."""
    if prev is None or prev.kind != "table" or not prev.rows or any(ln.strip() for ln in before):
        return False
    width = max(c.col + c.colspan for row in prev.rows for c in row)
    return width == max(c.col + c.colspan for row in table.rows for c in row)


def _is_row_tail(row: list, last: list) -> bool:
    first = next((c for c in row if c.col == 0), None)
    empty = sum(1 for c in row if not c.text.strip())
    return (first is not None and not first.text.strip() and empty * 2 >= len(row)
            and {c.col for c in row} <= {c.col for c in last})


def _join_table(prev: RawBlock, table: PageTable, page_no: int) -> None:
    rows = table.rows
    head = [c.text for c in prev.rows[0]]  # type: ignore[index]
    if rows and [c.text for c in rows[0]] == head:
        rows = rows[1:]  # the header repeated on the new page
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


def _page_blocks(page: pdfium.PdfPage, page_no: int, plumber: PlumberTables,
                 out: list[RawBlock]) -> bool:
    """Append the page's blocks; False if the page has no usable text layer."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    full = textpage.get_text_range()
    if is_garbage(full):
        textpage.close()
        return False
    tables: list[PageTable] = []
    g = _graphics(page)
    if limits.MIN_TABLE_GRAPHICS <= g <= MAX_TABLE_GRAPHICS:
        tables = plumber.tables(page_no - 1)
    y = 0.0
    first_band = True
    bands: list[tuple[list[str], PageTable | None]] = []
    for t in tables:
        bands.append((_lines(textpage, height, y, t.top), t))
        y = t.bottom
    bands.append((_lines(textpage, height, y, height), None))
    textpage.close()
    if bands:
        bands[0] = (drop_page_numbers(bands[0][0], page_no), bands[0][1])
        bands[-1] = (drop_page_numbers(bands[-1][0], page_no), None)
    for lines, table in bands:
        prev = out[-1] if out else None
        paras = join_lines(lines)
        if first_band and paras and prev is not None and prev.kind == "paragraph" and prev.page == page_no - 1:
            joined = continues_paragraph(prev.text, paras[0])
            if joined is not None:  # a sentence cut by the page break; it keeps its first page
                prev.text = joined
                paras = paras[1:]
        out.extend(RawBlock("paragraph", p, page=page_no) for p in paras)
        prev = out[-1] if out else None
        if table is None:
            continue
        if first_band and _continues(prev, table, lines):
            _join_table(prev, table, page_no)  # type: ignore[arg-type]
        else:
            out.append(RawBlock("table", page=page_no, rows=table.rows, row_pages=[page_no] * len(table.rows)))
        first_band = False
    return True


def read_pdf(data: bytes, source: str) -> Document:
    """Read a PDF's text layer and tables; pages without text are OCR'd or reported."""
    pdf = _open(data, source)
    plumber = PlumberTables(data)
    blocks: list[RawBlock] = []
    warnings: list[str] = []
    no_text: list[int] = []
    ocr_done: list[int] = []  # pages whose text came from OCR
    try:
        n = len(pdf)
        if n > limits.MAX_PDF_PAGES:
            warnings.append(f"only the first {limits.MAX_PDF_PAGES} of {n} pages were read")
            n = limits.MAX_PDF_PAGES
        for i in range(n):
            page = pdf[i]
            try:
                if not _page_blocks(page, i + 1, plumber, blocks):
                    text = ""
                    if ocr_available() and len(ocr_done) < MAX_OCR_PAGES:
                        text = ocr_page(page)
                    if text.strip():
                        ocr_done.append(i + 1)
                        blocks.extend(RawBlock("paragraph", p, page=i + 1) for p in join_lines(text.split("\n")))
                    else:
                        no_text.append(i + 1)
            finally:
                page.close()
    finally:
        plumber.close()
        pdf.close()
    words = document_words([b.text for b in blocks if b.text])
    for b in blocks:
        b.text = resolve_hyphens(b.text, words)
        for row in b.rows or []:
            for c in row:
                c.text = rejoin_cell_lines(c.text, words)
    if ocr_done:
        warnings.append(f"no text layer on page(s) {_ranges(ocr_done)}: text from OCR, check it")
    if no_text:
        warnings.append(f"no text layer on page(s) {_ranges(no_text)}: needs OCR")
    return assemble(blocks, source, Assembly("pdf", pages=n, needs_ocr=bool(no_text), warnings=warnings))


def _ranges(pages: list[int]) -> str:
    out, start = [], pages[0]
    for a, b in zip(pages, pages[1:] + [None], strict=True):
        if b != a + 1:
            out.append(f"{start}" if start == a else f"{start}-{a}")
            if b is not None:
                start = b
    return ", ".join(out)
