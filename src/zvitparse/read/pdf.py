"""PDF: the text layer through pypdfium2, ruled tables through pdfplumber, page by page.

pdfium gives each page's text fast; pdfplumber (slow) is opened only for pages that draw
enough rects and lines to hold a table, and the text in a table's band is then taken from the
table's cells instead. A page whose text layer is empty or `(cid:NN)`/replacement garbage is
a page without text: OCR'd if Tesseract with Ukrainian data is installed, otherwise listed and
the document marked `needs_ocr`. A table continued on the next page is joined to it.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from zvitparse.errors import ReadError
from zvitparse.model import Document
from zvitparse.read import limits
from zvitparse.read.assemble import Assembly, RawBlock, assemble
from zvitparse.read.furniture import is_furniture
from zvitparse.read.pdf_forms import fill, has_form, page_fields
from zvitparse.read.pdf_lines import (
    continues_paragraph,
    document_words,
    drop_page_numbers,
    drop_print_footers,
    drop_running,
    is_garbage,
    is_slide,
    join_lines,
    rejoin_cell_lines,
    resolve_hyphens,
    running_lines,
    top_keys,
)
from zvitparse.read.pdf_ocr import MAX_OCR_PAGES, ocr_available, ocr_page
from zvitparse.read.pdf_tables import (
    RUNS_DOWN,
    RUNS_UP,
    UPRIGHT,
    PageTable,
    PlumberTables,
    continues_table,
    is_continuation_note,
    join_table,
)

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


# a footnote mark: a digit set smaller than the character before it and raised above its baseline
SUPER_SIZE = 0.9  # at most this share of the size of the character it follows
SUPER_RISE = 0.25  # its bottom at least this share of that size above the other's
_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_MARK_CONTEXT = 12  # characters before a mark that find it again in a band's text


def _footnote_marks(textpage: pdfium.PdfTextPage) -> list[tuple[str, str]]:
    """(the text right before, the mark) of each footnote mark set as a raised small digit after
    a figure or word («38³ сімей»): the text layer writes it as a digit of the line, «383
    сімей», a figure that is not in the report. Only digits are weighed (sizes first, boxes
    only for a smaller one): every other character costs one call."""
    n = textpage.count_chars()
    raw = textpage.raw
    box = [ctypes.c_double() for _ in range(4)]

    def bottom(i: int) -> float:
        pdfium_c.FPDFText_GetCharBox(raw, i, *(ctypes.byref(v) for v in box))
        return box[2].value

    def raised(i: int, base: int) -> bool:
        size = pdfium_c.FPDFText_GetFontSize(raw, base)
        return pdfium_c.FPDFText_GetFontSize(raw, i) <= SUPER_SIZE * size and bottom(i) - bottom(base) >= SUPER_RISE * size

    marks: list[tuple[str, str]] = []
    base: int | None = None  # the last letter or digit of the line, a mark's anchor
    run: list[int] = []
    for i in range(n + 1):
        ch = chr(pdfium_c.FPDFText_GetUnicode(raw, i)) if i < n else "\n"
        if ch.isdigit() and base is not None and raised(i, base):
            run.append(i)
            continue
        if run:
            before = textpage.get_text_range(max(0, run[0] - _MARK_CONTEXT), min(run[0], _MARK_CONTEXT))
            before = before.replace("\r", "").split("\n")[-1]
            if before.strip():
                marks.append((before, textpage.get_text_range(run[0], len(run))))
            run = []
        if ch in "\r\n":
            base = None
        elif ch.isalnum():
            base = i
    return marks


Bounds = Callable[[float, float], dict[str, float]]


def _reading_frame(page: pdfium.PdfPage, direction: str) -> tuple[float, Bounds] | None:
    """The page's height as it is read, and the box (pdfium's unrotated coordinates) of a band
    [top, bottom] measured down the page as it is read: a page turned by /Rotate, or a table
    printed sideways on an upright page, reads across pdfium's x axis. None for a frame not
    handled (turned both ways at once)."""
    w, h = page.get_size()
    rotation = page.get_rotation()
    if rotation in (90, 270):
        w, h = h, w  # get_size gives the page as shown; text boxes are in its unrotated space
    turn = {(0, UPRIGHT): "top", (0, RUNS_DOWN): "right", (0, RUNS_UP): "left", (90, UPRIGHT): "left",
            (270, UPRIGHT): "right", (180, UPRIGHT): "bottom"}.get((rotation, direction))
    if turn == "top":
        return h, lambda t0, t1: {"bottom": h - t1, "top": h - t0}
    if turn == "bottom":
        return h, lambda t0, t1: {"bottom": t0, "top": t1}
    if turn == "left":
        return w, lambda t0, t1: {"left": t0, "right": t1}
    if turn == "right":
        return w, lambda t0, t1: {"left": w - t1, "right": w - t0}
    return None


def _lines(textpage: pdfium.PdfTextPage, frame: tuple[float, Bounds], top: float, bottom: float,
           marks: list[tuple[str, str]] = (), fields: list[tuple[str, str]] = ()) -> list[str]:
    """Text lines of the band [top, bottom] (distances from the top of the page as it is read),
    footnote marks written as the superscripts they are («38³ сімей»), a form's values in their
    blanks."""
    height, bounds = frame
    if top <= 0 and bottom >= height:
        text = textpage.get_text_range()
    else:
        text = textpage.get_text_bounded(**bounds(top, bottom))
    if fields:
        text = fill(text, fields)
    for before, mark in marks:
        text = text.replace(before + mark, before + mark.translate(_SUPER))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # whole lines of site furniture in a PDF printed from a web page
    return ["" if len(ln) < 200 and ln.strip() and is_furniture(ln) else ln for ln in lines]


Band = tuple[list[str], PageTable | None]  # text lines above a table (or the page's last lines)


def _page_bands(page: pdfium.PdfPage, page_no: int, plumber: PlumberTables,
                pdf: pdfium.PdfDocument | None = None) -> list[Band] | None:
    """The page as text bands between its tables; None if it has no usable text layer. `pdf`
    is given for a fillable form, whose fields' values are read into the text."""
    textpage = page.get_textpage()
    try:
        if is_garbage(textpage.get_text_range()):
            return None
        fields = page_fields(pdf, page, textpage) if pdf is not None else []
        tables: list[PageTable] = []
        _, shown_height = page.get_size()

        def cell_text(box: tuple[float, ...]) -> str:
            # a sideways cell, by pdfium, which reads a vertical line's words in order
            x0, top, x1, bottom = box
            text = textpage.get_text_bounded(left=x0, right=x1, bottom=shown_height - bottom,
                                              top=shown_height - top)
            return " ".join(text.split())

        if limits.MIN_TABLE_GRAPHICS <= _graphics(page) <= MAX_TABLE_GRAPHICS:
            tables = plumber.tables(page_no - 1, cell_text)
        frame = _reading_frame(page, plumber.directions.get(page_no - 1, UPRIGHT))
        if frame is None:
            tables, frame = [], (float("inf"), lambda t0, t1: {})
        y = 0.0
        bands: list[Band] = []
        marks = _footnote_marks(textpage)
        for t in tables:
            bands.append((_lines(textpage, frame, y, t.top, marks, fields), t))
            y = t.bottom
        bands.append((_lines(textpage, frame, y, frame[0], marks, fields), None))
        return bands
    finally:
        textpage.close()


def _emit(page_no: int, bands: list[Band], out: list[RawBlock]) -> None:
    """Append a page's blocks, joining what a page break cut: a paragraph, a table."""
    first_band = True
    slide = is_slide([ln for lines, _ in bands for ln in lines]) and all(t is None for _, t in bands)
    for lines, table in bands:
        prev = out[-1] if out else None
        if first_band and table is not None and any(ln.strip() for ln in lines) and is_continuation_note(lines) \
                and continues_table(prev, table, lines):
            lines = []  # «Продовження таблиці 2»: the table goes on, the note says nothing else
        paras = join_lines(lines, slide)
        if first_band and paras and prev is not None and prev.kind == "paragraph" and prev.page == page_no - 1:
            joined = continues_paragraph(prev.text, paras[0])
            if joined is not None:  # a sentence cut by the page break; it keeps its first page
                prev.text = joined
                paras = paras[1:]
        out.extend(RawBlock("paragraph", p, page=page_no) for p in paras)
        prev = out[-1] if out else None
        if table is None:
            continue
        if first_band and continues_table(prev, table, lines):
            join_table(prev, table, page_no)  # type: ignore[arg-type]
        else:
            out.append(RawBlock("table", page=page_no, rows=table.rows, row_pages=[page_no] * len(table.rows)))
        first_band = False


def _strip_edges(pages: dict[int, list[Band]]) -> None:
    """Drop running headers and footers (lines repeated at the top or bottom of many pages)
    and the page's own number from each page's first and last lines."""
    for p, bands in pages.items():
        bands[:] = [(drop_print_footers(lines, p), table) for lines, table in bands]
    edges = {p: (bands[0][0], bands[-1][0]) for p, bands in pages.items()}
    running = running_lines(list(edges.values()))
    for p, bands in pages.items():
        first, table = bands[0]
        if table is not None and p - 1 in edges:
            # a page opening on a table under its predecessor's top line («КУ «ЦНСП» … · код
            # ЄДРПОУ …»): a running header even on two pages, which lets the table continue
            first = drop_running(first, top_keys(edges[p - 1][0]), top=True)
        bands[0] = (drop_page_numbers(drop_running(first, running, top=True), p), table)
        last, table = bands[-1]
        bands[-1] = (drop_page_numbers(drop_running(last, running, top=False), p), table)


def read_pdf(data: bytes, source: str) -> Document:
    """Read a PDF's text layer and tables; pages without text are OCR'd or reported."""
    pdf = _open(data, source)
    form = has_form(pdf)
    if form:
        pdf.init_forms()  # (before any page is loaded: the fields' values come through it)
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
        pages: dict[int, list[Band]] = {}
        for i in range(n):
            page = pdf[i]
            try:
                bands = _page_bands(page, i + 1, plumber, pdf if form else None)
                if bands is None:
                    text = ""
                    if ocr_available() and len(ocr_done) < MAX_OCR_PAGES:
                        text = ocr_page(page)
                    if text.strip():
                        ocr_done.append(i + 1)
                        bands = [(text.split("\n"), None)]
                    else:
                        no_text.append(i + 1)
                if bands is not None:
                    pages[i + 1] = bands
            finally:
                page.close()
    finally:
        plumber.close()
        pdf.close()
    _strip_edges(pages)
    for page_no, bands in pages.items():
        _emit(page_no, bands, blocks)
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
