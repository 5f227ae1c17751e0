"""ODT (OpenDocument text, LibreOffice's own format): `content.xml` read with lxml.

The zip is checked with the DOCX reader's bounds before anything is inflated, and
`content.xml` is parsed with the network off and entities left unexpanded. Its choices mirror
the DOCX reader's: headings (`text:h` and the Title/Heading paragraph styles), paragraphs, list
items and tables in document order; a text box's paragraphs are lines of the paragraph that
anchors it; a note's citation stays in the text as a superscript mark and the note itself
follows the body as a paragraph opening on that mark; headers and footers (in `styles.xml`),
comments, tracked deletions (`text:tracked-changes`) and the document's properties (`meta.xml`)
are not read. Tables keep their merges (`number-columns-spanned`, `number-rows-spanned`, the
`covered-table-cell`s they hide); soft page breaks LibreOffice saved give page numbers.
"""

from __future__ import annotations

import io
import itertools
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator

from lxml import etree

from zvitparse.errors import ReadError
from zvitparse.model import Document
from zvitparse.normalize import superscript
from zvitparse.read import limits
from zvitparse.read.assemble import Assembly, RawBlock, RawCell, assemble
from zvitparse.read.docx import LAYOUT_CHARS, LAYOUT_PARAS, check_zip, tab_tables
from zvitparse.read.furniture import is_furniture

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "dr3d": "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


T_P, T_H, T_LIST, T_ITEM, T_HEADER = _q("text:p"), _q("text:h"), _q("text:list"), _q("text:list-item"), \
    _q("text:list-header")
T_S, T_TAB, T_BR, T_SOFT = _q("text:s"), _q("text:tab"), _q("text:line-break"), _q("text:soft-page-break")
T_NOTE, T_CITATION, T_NOTE_BODY = _q("text:note"), _q("text:note-citation"), _q("text:note-body")
T_C, T_LEVEL, T_STYLE, T_CLASS, T_LABEL = _q("text:c"), _q("text:outline-level"), _q("text:style-name"), \
    _q("text:note-class"), _q("text:label")
TB_TABLE, TB_ROW, TB_CELL, TB_COVERED = _q("table:table"), _q("table:table-row"), _q("table:table-cell"), \
    _q("table:covered-table-cell")
TB_ROW_GROUPS = frozenset(_q(f"table:{n}") for n in ("table-header-rows", "table-rows", "table-row-group"))
TB_COLS_SPANNED, TB_ROWS_SPANNED = _q("table:number-columns-spanned"), _q("table:number-rows-spanned")
TB_COLS_REPEATED, TB_ROWS_REPEATED = _q("table:number-columns-repeated"), _q("table:number-rows-repeated")
OFFICE_BODY, OFFICE_TEXT = _q("office:body"), _q("office:text")
STYLE_STYLE, STYLE_NAME, STYLE_PARENT = _q("style:style"), _q("style:name"), _q("style:parent-style-name")
DRAW_TEXT_BOX = _q("draw:text-box")

# Not the document's text: declarations, the deleted text of tracked changes, comments, index
# templates, a list's rendered number (DOCX loses Word's numbering too), images and their
# descriptions, embedded objects and inline binary data.
_SKIP = frozenset(_q(n) for n in (
    "text:tracked-changes", "text:sequence-decls", "text:variable-decls", "text:user-field-decls",
    "text:dde-connection-decls", "office:forms", "office:annotation", "office:annotation-end",
    "text:number", "text:table-of-content-source", "text:alphabetical-index-source",
    "text:illustration-index-source", "text:table-index-source", "text:object-index-source",
    "text:user-index-source", "text:bibliography-source", "draw:image", "draw:object",
    "draw:object-ole", "office:binary-data", "svg:title", "svg:desc", "draw:contour-polygon",
    "draw:contour-path", "draw:glue-point", "office:event-listeners",
))
_DRAW_NS = (f"{{{_NS['draw']}}}", f"{{{_NS['dr3d']}}}")
# an expanded `number-*-repeated`: a hand-made or hostile file may repeat a cell 16 384 times
MAX_REPEAT = 100
MAX_SPACES = 1000  # `text:s text:c`
MAX_SPAN = 1000
_WS = re.compile(r"[ \t\r\n]+")


class _OdtBody:
    """One walk over `office:text`, collecting blocks, notes and soft page breaks."""

    def __init__(self, root: etree._Element) -> None:
        self.page = 1
        self.breaks = 0
        self.notes: dict[str, list[tuple[str, str]]] = {"footnote": [], "endnote": []}
        self.styles = _paragraph_styles(root)

    # -- inline text ----------------------------------------------------------------------

    def para_text(self, p: etree._Element) -> str:
        parts: list[str] = []
        self._inline(p, parts)
        return "".join(parts)

    def _inline(self, el: etree._Element, parts: list[str]) -> None:
        if el.text:
            parts.append(_WS.sub(" ", el.text))  # ODF collapses white space in paragraphs
        for ch in el:
            tag = ch.tag
            if not isinstance(tag, str):  # an entity left unexpanded, a comment
                pass
            elif tag == T_S:
                parts.append(" " * max(1, min(_int(ch.get(T_C), 1), MAX_SPACES)))
            elif tag == T_TAB:
                parts.append("\t")
            elif tag == T_BR:
                parts.append("\n")
            elif tag == T_SOFT:
                self._page_break()
            elif tag == T_NOTE:
                parts.append(self._note(ch))
            elif tag in _SKIP:
                pass
            elif tag.startswith(_DRAW_NS) or tag in (T_P, T_H, T_LIST, TB_TABLE):
                # a text box's or shape's paragraphs are lines of their own, as in DOCX:
                # «1 384 особи» / «отримали соціальні послуги», not «особиотримали»
                lines = [t for t in self.flat_texts([ch]) if t.strip()]
                if lines:
                    if parts and not parts[-1].endswith("\n"):
                        parts.append("\n")
                    parts.append("\n".join(lines) + "\n")
            else:  # spans, links, fields, bookmarks, ruby, meta: their text in place
                self._inline(ch, parts)
            if ch.tail:
                parts.append(_WS.sub(" ", ch.tail))

    def _page_break(self) -> None:
        self.page += 1
        self.breaks += 1

    def _note(self, note: etree._Element) -> str:
        """The note's mark for the text; the note goes to `notes`, printed after the body."""
        kind = "endnote" if note.get(T_CLASS) == "endnote" else "footnote"
        cit = note.find(T_CITATION)
        mark = ((cit.get(T_LABEL) or "".join(cit.itertext())) if cit is not None else "").strip()
        if not mark or any(ch.isalpha() for ch in mark):
            # LibreOffice numbers endnotes «i, ii …»: a letter glued to the word would change it
            mark = str(len(self.notes[kind]) + 1)
        body = note.find(T_NOTE_BODY)
        text = " ".join(t.strip() for t in (self.flat_texts(body) if body is not None else []) if t.strip())
        self.notes[kind].append((superscript(mark), text))
        return superscript(mark)

    def flat_texts(self, elements: Iterable[etree._Element]) -> list[str]:
        """The texts of every paragraph in `elements` (a cell's, a text box's or a note's
        children), in order, tables and lists among them included."""
        out: list[str] = []
        for ch in elements:
            tag = ch.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag in (T_P, T_H):
                out.append(self.para_text(ch))
            elif tag == T_SOFT:
                self._page_break()
            else:
                out.extend(self.flat_texts(ch))
        return out

    def cell_text(self, cell: etree._Element) -> str:
        return " ".join(" ".join(t.split()) for t in self.flat_texts(cell) if t.strip())

    # -- blocks ---------------------------------------------------------------------------

    def kind(self, p: etree._Element, in_list: bool) -> tuple[str, int | None]:
        if p.tag == T_H:
            return "heading", max(1, min(_int(p.get(T_LEVEL), 1), 10))
        name = p.get(T_STYLE) or ""
        style = self.styles.get(name) or _display(name)
        if style == "title":
            return "heading", 1
        if style.startswith("heading"):
            digits = "".join(ch for ch in style if ch.isdigit())
            return "heading", int(digits) if digits else 1
        if in_list or style.startswith("list"):
            return "list_item", None
        return "paragraph", None

    def blocks(self, body: etree._Element) -> list[RawBlock]:
        out: list[RawBlock] = []
        stack: list[tuple[Iterator[etree._Element], bool]] = [(iter(body), False)]
        while stack:
            it, in_list = stack[-1]
            el = next(it, None)
            if el is None:
                stack.pop()
                continue
            tag = el.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag in (T_P, T_H):
                page = self.page
                # a break saved as the paragraph's first child: the paragraph opens the new page
                if not (el.text or "").strip() and len(el) and el[0].tag == T_SOFT:
                    page += 1
                text = self.para_text(el)
                if len(text) < 200 and text.strip() and is_furniture(text):
                    continue  # a scraped page saved as ODT keeps its «Друк статті»
                kind, level = self.kind(el, in_list)
                out.append(RawBlock(kind, text, page=page, level=level))  # type: ignore[arg-type]
            elif tag == T_SOFT:
                self._page_break()
            elif tag == T_LIST:
                stack.append((itertools.chain.from_iterable(
                    item.iterchildren() for item in el.iterchildren(T_ITEM, T_HEADER)), True))
            elif tag == TB_TABLE and self._is_layout(el):
                # a page laid out in a table: its cells' paragraphs and tables, cell by cell
                stack.append((itertools.chain.from_iterable(
                    c.iterchildren() for r in self._row_elements(el, count_breaks=False)
                    for c in r.iterchildren(TB_CELL)), in_list))
            elif tag == TB_TABLE:
                out.extend(self.table(el))
            else:  # sections, indexes' bodies, page-anchored frames and text boxes
                stack.append((iter(el), in_list))
        return out

    def _row_elements(self, tbl: etree._Element, count_breaks: bool = True) -> Iterator[etree._Element]:
        """The table's rows in order (header rows, row groups), noting page breaks between them."""
        for ch in tbl:
            if ch.tag == TB_ROW:
                yield ch
            elif ch.tag in TB_ROW_GROUPS:
                yield from self._row_elements(ch, count_breaks)
            elif ch.tag == T_SOFT and count_breaks:
                self._page_break()

    def _is_layout(self, tbl: etree._Element) -> bool:
        """A table that lays out a page: a cell holds paragraphs of prose (DOCX's rule)."""
        for row in self._row_elements(tbl, count_breaks=False):
            for cell in row.iterchildren(TB_CELL):
                # the raw text is enough to measure, and counts no note or page break twice
                paras = [t for t in ("".join(p.itertext()) for p in cell.iterchildren(T_P, T_H)) if t.strip()]
                if len(paras) >= LAYOUT_PARAS and sum(map(len, paras)) >= LAYOUT_CHARS:
                    return True
        return False

    def table(self, tbl: etree._Element) -> list[RawBlock]:
        rows: list[list[RawCell]] = []
        pages: list[int] = []
        cells = 0
        for tr in self._row_elements(tbl):
            page = self.page
            row: list[RawCell] = []
            col = 0
            for tc in tr.iterchildren(TB_CELL, TB_COVERED):
                rep = max(1, min(_int(tc.get(TB_COLS_REPEATED), 1), MAX_REPEAT))
                if tc.tag == TB_CELL:
                    # covered cells follow a spanning cell explicitly, so each element is one column
                    text = self.cell_text(tc)
                    rs = max(1, min(_int(tc.get(TB_ROWS_SPANNED), 1), MAX_SPAN))
                    cs = max(1, min(_int(tc.get(TB_COLS_SPANNED), 1), MAX_SPAN))
                    row.extend(RawCell(text, col + k, rs, cs) for k in range(rep))
                col += rep
            copies = max(1, min(_int(tr.get(TB_ROWS_REPEATED), 1), MAX_REPEAT))
            if copies > 1 and not any(c.text.strip() for c in row):
                copies = 1  # empty filler rows vanish in assembly anyway
            for k in range(copies):
                rows.append(row if k == 0 else [RawCell(c.text, c.col, c.rowspan, c.colspan) for c in row])
                pages.append(page)
            cells += len(row) * copies
        if cells > limits.MAX_TABLE_CELLS:  # junk or a sheet pasted whole: its cells read as text
            return [RawBlock("paragraph", c.text, page=p) for r, p in zip(rows, pages, strict=True)
                    for c in r if c.text.strip()]
        return [RawBlock("table", rows=rows, page=pages[0] if pages else self.page,
                         row_pages=pages if self.breaks else None)]

    def note_blocks(self) -> list[RawBlock]:
        """Footnotes, then endnotes, each a paragraph opening on its raised mark (DOCX's way)."""
        out: list[RawBlock] = []
        for kind in ("footnote", "endnote"):
            for mark, text in self.notes[kind]:
                if text:
                    out.append(RawBlock("paragraph", text if text.startswith(mark) else f"{mark} {text}",
                                        page=self.page))
        return out


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _paragraph_styles(root: etree._Element) -> dict[str, str]:
    """Each automatic paragraph style's named style («P3» → «heading 2»), lower case, as its
    display name reads («Heading_20_2» → «heading 2»)."""
    out: dict[str, str] = {}
    auto = root.find(_q("office:automatic-styles"))
    for st in () if auto is None else auto.iterchildren(STYLE_STYLE):
        name, parent = st.get(STYLE_NAME), st.get(STYLE_PARENT)
        if name and parent:
            out[name] = parent
    return {k: _display(v) for k, v in out.items()}


def _display(name: str) -> str:
    return re.sub(r"_([0-9a-f]{2})_", lambda m: chr(int(m.group(1), 16)), name).lower()


_KINDS = {"spreadsheet": "a spreadsheet (ODS), not a report document",
          "presentation": "a presentation (ODP), not a report document",
          "graphics": "a drawing (ODG), not a report document",
          "chart": "a chart (ODC), not a report document",
          "formula": "a formula (ODF), not a report document"}


def _mimetype(zf: zipfile.ZipFile) -> str:
    """The kind of OpenDocument file; only a hint, so a damaged one is no reason to refuse."""
    try:
        return zf.read("mimetype")[:200].decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, OSError):
        return ""


def _open(data: bytes, source: str) -> tuple[bytes, str]:
    """`content.xml` and the mimetype, inflated within the DOCX reader's bounds."""
    try:
        check_zip(data, source)
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
        mime = _mimetype(zf) if "mimetype" in names else ""
        info = zf.getinfo("content.xml")
        if info.file_size > limits.MAX_DOCX_BODY:
            raise ReadError(source, f"ODT body is {info.file_size // limits.MB} MB uncompressed "
                                    f"(limit {limits.MAX_DOCX_BODY // limits.MB} MB)")
        if "META-INF/manifest.xml" in names and b"encryption-data" in zf.read("META-INF/manifest.xml")[:1_000_000]:
            raise ReadError(source, "a password-protected (encrypted) OpenDocument file; save it without a password")
        content = zf.read(info)
    except ReadError as exc:  # the DOCX reader's bounds name DOCX; this is an OpenDocument file
        raise ReadError(source, exc.reason.replace("DOCX", "ODT")) from exc
    except (KeyError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, OSError) as exc:
        raise ReadError(source, f"not a valid ODT (damaged zip archive: {exc})") from exc
    return content, mime


def read_odt(data: bytes, source: str) -> Document:
    """Read an OpenDocument text (LibreOffice Writer's `.odt`)."""
    content, mime = _open(data, source)
    kind = mime.removeprefix("application/vnd.oasis.opendocument.").split("-")[0]
    if kind in _KINDS:
        raise ReadError(source, _KINDS[kind])
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True,
                             huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        msg = str(exc)
        if "depth" in msg.lower():
            why = "its content.xml nests elements deeper than 256 levels (damaged or hostile)"
        elif "entit" in msg.lower():
            why = "its content.xml declares XML entities that would expand without bound (refused)"
        else:
            why = f"its content.xml is damaged: {msg}"
        raise ReadError(source, f"not a valid ODT ({why})") from exc
    office_body = root.find(OFFICE_BODY)
    body = office_body.find(OFFICE_TEXT) if office_body is not None else None
    if body is None:
        other = next((ch.tag.rsplit("}", 1)[-1] for ch in office_body if isinstance(ch.tag, str)), "") \
            if office_body is not None else ""
        raise ReadError(source, _KINDS.get(other, "an OpenDocument file without a text body"))
    walk = _OdtBody(root)
    blocks = tab_tables(walk.blocks(body))
    blocks += walk.note_blocks()
    pages = walk.page if walk.breaks else None
    if not pages:
        for b in blocks:
            b.page, b.row_pages = None, None
    if not any(b.text.strip() or b.rows for b in blocks) and root.find(".//" + _q("draw:image")) is not None:
        raise ReadError(source, "no text in this ODT, only images (a scan?): it needs OCR; export it to PDF first")
    return assemble(blocks, source, Assembly("odt", pages=pages))
