"""DOCX: paragraphs, headings, list items and tables in document order (python-docx).

The zip is checked before python-docx opens it (which reads every part into memory): member
count, total uncompressed size and compression ratio are bounded, so a zip bomb is refused.
Tables keep Word's merges: `gridSpan` becomes colspan, a `vMerge` run becomes one cell with
its rowspan. A table nested in a cell is read as that cell's text, but a table that lays out
the page (a cell holding paragraphs of prose) is read as its cells' blocks, tables among them.
"""

from __future__ import annotations

import io
import itertools
import zipfile

import docx as python_docx
from docx.oxml.ns import qn
from lxml import etree

from zvitparse.errors import ReadError
from zvitparse.model import Document
from zvitparse.normalize import superscript
from zvitparse.read import limits
from zvitparse.read.assemble import Assembly, RawBlock, RawCell, assemble, place_cell
from zvitparse.read.docx_charts import chart_blocks, chart_ids
from zvitparse.read.docx_diagrams import diagram_blocks, diagram_ids
from zvitparse.read.docx_numbering import ListNumbers
from zvitparse.read.furniture import is_furniture
from zvitparse.read.txt import blocks_from_text, is_continuation

W_P, W_TBL, W_SDT, W_SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
W_TR, W_TC, W_VAL = qn("w:tr"), qn("w:tc"), qn("w:val")
_WRAPPERS = frozenset((W_SDT, W_SDT_CONTENT, qn("w:customXml")))
W_SHOWING_PLACEHOLDER = qn("w:showingPlcHdr")
# Inside a paragraph: what makes its text.
W_T, W_TAB, W_BR, W_CR, W_NBH = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen")
W_RPR, W_VERT_ALIGN = qn("w:rPr"), qn("w:vertAlign")
W_NOTE_REF, W_ENDNOTE_REF, W_ID = qn("w:footnoteReference"), qn("w:endnoteReference"), qn("w:id")
W_FOOTNOTE, W_ENDNOTE, W_TYPE = qn("w:footnote"), qn("w:endnote"), qn("w:type")
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def check_zip(data: bytes, source: str) -> None:
    """Refuse a zip that is not one, or that would inflate beyond the bounds."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise ReadError(source, f"not a valid DOCX (damaged zip archive: {exc})") from exc
    if len(infos) > limits.MAX_ZIP_MEMBERS:
        raise ReadError(source, f"DOCX has too many parts ({len(infos)}; limit {limits.MAX_ZIP_MEMBERS})")
    total = sum(i.file_size for i in infos)
    if total > limits.MAX_DOCX_UNCOMPRESSED:
        raise ReadError(source, f"DOCX would inflate to {total // limits.MB} MB (limit "
                                f"{limits.MAX_DOCX_UNCOMPRESSED // limits.MB} MB): refusing a possible zip bomb")
    body = next((i for i in infos if i.filename == "word/document.xml"), None)
    if body is not None and body.file_size > limits.MAX_DOCX_BODY:
        raise ReadError(source, f"DOCX body is {body.file_size // limits.MB} MB uncompressed "
                                f"(limit {limits.MAX_DOCX_BODY // limits.MB} MB)")
    for i in infos:
        if i.file_size > limits.MB and i.file_size > limits.MAX_ZIP_RATIO * max(1, i.compress_size):
            raise ReadError(source, f"DOCX part {i.filename} is compressed {i.file_size // max(1, i.compress_size)}:1 "
                                    f"(limit {limits.MAX_ZIP_RATIO}:1): refusing a possible zip bomb")


def _raised(t) -> bool:
    """A text run set in superscript (a footnote mark typed by hand, «сімей⁴»)."""
    props = t.getparent().find(W_RPR) if t.getparent() is not None else None
    align = props.find(W_VERT_ALIGN) if props is not None else None
    return align is not None and align.get(W_VAL) == "superscript"


def _note_mark(ref) -> str:
    """A footnote's mark as Word numbers it (its id; endnotes in Roman numerals would need the
    settings part, and read as their id too)."""
    return ref.get(W_ID) or ""


def _notes(doc) -> list[RawBlock]:
    """Footnotes and endnotes (`word/footnotes.xml`, `endnotes.xml`), each a paragraph opening
    on its raised mark, after the body: a page's notes as a PDF would print them."""
    out: list[RawBlock] = []
    for reltype, tag in (("footnotes", W_FOOTNOTE), ("endnotes", W_ENDNOTE)):
        part = next((r.target_part for r in doc.part.rels.values() if r.reltype.endswith("/" + reltype)), None)
        if part is None:
            continue
        try:
            root = etree.fromstring(part.blob)
        except etree.XMLSyntaxError:
            continue
        for note in root.iter(tag):
            if note.get(W_TYPE) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join(t for t in (_para_text(p).strip() for p in note.iter(W_P)) if t)
            if text:
                mark = superscript(note.get(W_ID) or "")
                out.append(RawBlock("paragraph", text if text.startswith(mark) else f"{mark} {text}"))
    return out


def _para_text(p) -> str:
    parts = []
    inner = None  # the text box paragraph the last text stood in (None: `p` itself)
    for el in p.iter(W_T, W_TAB, W_BR, W_CR, W_NBH, W_NOTE_REF, W_ENDNOTE_REF):
        # a text box's or callout's paragraphs (`w:txbxContent` inside a drawing) are lines of
        # their own: «1 384 особи» / «отримали соціальні послуги», not «особиотримали»
        owner = next(el.iterancestors(W_P), None)
        owner = None if owner is p else owner
        if owner is not inner and parts and not parts[-1].endswith("\n"):
            parts.append("\n")
        inner = owner
        if el.tag in (W_NOTE_REF, W_ENDNOTE_REF):  # a note's mark: the note's number, raised
            parts.append(superscript(_note_mark(el)))
        elif el.tag == W_T:
            parts.append(superscript(el.text or "") if _raised(el) else el.text or "")
        elif el.tag == W_TAB:
            parts.append("\t")
        elif el.tag == W_NBH:
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)


class _Styles:
    def __init__(self, doc) -> None:
        self.names: dict[str, str] = {}
        for s in doc.styles.element.iter(qn("w:style")):
            sid = s.get(qn("w:styleId"))
            name = s.find(qn("w:name"))
            if sid and name is not None:
                self.names[sid] = (name.get(W_VAL) or "").lower()

    def kind(self, p) -> tuple[str, int | None]:
        ppr = p.find(qn("w:pPr"))
        style, numbered, outline = "", False, None
        if ppr is not None:
            ps = ppr.find(qn("w:pStyle"))
            if ps is not None:
                style = self.names.get(ps.get(W_VAL) or "", (ps.get(W_VAL) or "").lower())
            numbered = ppr.find(qn("w:numPr")) is not None
            ol = ppr.find(qn("w:outlineLvl"))
            if ol is not None and (ol.get(W_VAL) or "").isdigit():
                outline = int(ol.get(W_VAL)) + 1
        if style == "title":
            return "heading", 1
        if style.startswith("heading"):
            digits = "".join(ch for ch in style if ch.isdigit())
            return "heading", int(digits) if digits else 1
        if outline is not None and outline <= 6:
            return "heading", outline
        if numbered or style.startswith("list"):
            return "list_item", None
        return "paragraph", None


def _cell_text(tc) -> str:
    paras = [_para_text(p) for p in tc.iter(W_P)]  # nested tables' paragraphs too, in order
    return " ".join(" ".join(t.split()) for t in paras if t.strip())


def _tc_spans(tc) -> tuple[int, str | None]:
    pr = tc.find(qn("w:tcPr"))
    if pr is None:
        return 1, None
    gs = pr.find(qn("w:gridSpan"))
    span = int(gs.get(W_VAL)) if gs is not None and (gs.get(W_VAL) or "").isdigit() else 1
    vm = pr.find(qn("w:vMerge"))
    merge = None if vm is None else (vm.get(W_VAL) or "continue")
    return max(1, min(span, 1000)), merge


def _children(el, tag: str):
    """`el`'s children of `tag`, looking through the content controls (`w:sdt`) and custom XML
    that a form template wraps around rows and cells."""
    for ch in el.iterchildren():
        if ch.tag == tag:
            yield ch
        elif ch.tag in _WRAPPERS:
            yield from _children(ch, tag)


def _nested_table(tc):
    """The one table nested in a cell that holds nothing else («Категорія | Осіб» rows inside
    the cell of a service), or None."""
    inner = [ch for ch in tc.iterchildren() if ch.tag == W_TBL]
    if len(inner) != 1 or any(_para_text(p).strip() for p in _children(tc, W_P)):
        return None
    return inner[0]


def _figured(row: list[RawCell]) -> bool:
    return any(ch.isdigit() for c in row for ch in c.text)


def _expanded_rows(tbl) -> list[list[RawCell]] | None:
    """A table whose cells in one column hold tables of their own, as rows: each inner row one
    row of the outer table, the outer row's other cells spanning them, the inner table's header
    (when all inner tables share it) a header row of its own. None where the nesting is not of
    that one shape (the nested cells are then read as text)."""
    rows = [[(tc, *_tc_spans(tc)) for tc in _children(tr, W_TC)] for tr in _children(tbl, W_TR)]
    at, inner = set(), {}
    for r, row in enumerate(rows):
        col = 0
        for tc, span, merge in row:
            if merge is not None:
                return None
            if (t := _nested_table(tc)) is not None:
                at.add(col)
                inner[r] = _table_rows(t)
            col += span
    if len(at) != 1 or not inner:
        return None
    c = at.pop()
    width = max(len(r) for t in inner.values() for r in t)
    heads = [t[0] for t in inner.values() if t and not _figured(t[0])]
    shared = heads[0] if len(heads) == len(inner) and all([x.text for x in h] == [x.text for x in heads[0]]
                                                             for h in heads) else None
    grid: list[list[RawCell]] = []
    first = min(inner)
    for r, row in enumerate(rows):
        sub = inner.get(r)
        if sub is not None and sub and not _figured(sub[0]):
            sub = sub[1:]
        if r == first and shared is not None and grid:
            # (the inner header names what the outer one only groups: «Отримувачі за категоріями» / «Осіб»)
            above = next((x for x in grid[-1] if x.col == c), None)
            grid[-1] = [x for x in grid[-1] if x is not above] + [
                RawCell(f"{above.text}: {x.text}" if above is not None and above.text else x.text, c + x.col, 1, 1)
                for x in shared]
            grid[-1].sort(key=lambda x: x.col)
        out = [[] for _ in range(max(1, len(sub or [])))]
        col = 0
        for tc, span, _ in row:
            if col == c and sub:
                for i, inner_row in enumerate(sub):
                    out[i] += [RawCell(x.text, c + x.col, 1, x.colspan) for x in inner_row]
            else:
                wide = span + (width - 1 if col == c else 0)
                out[0].append(RawCell(_cell_text(tc), col if col <= c else col + width - 1, len(out), wide))
            col += span
        for o in out:
            o.sort(key=lambda x: x.col)
        grid += out
    return grid


def _table_rows(tbl) -> list[list[RawCell]]:
    if (expanded := _expanded_rows(tbl)) is not None:
        return expanded
    grid: list[list[RawCell]] = []
    open_by_col: dict[int, RawCell] = {}  # the cell a vMerge run started, by its column
    for tr in _children(tbl, W_TR):
        col = 0
        trpr = tr.find(qn("w:trPr"))
        if trpr is not None:
            gb = trpr.find(qn("w:gridBefore"))
            if gb is not None and (gb.get(W_VAL) or "").isdigit():
                col = int(gb.get(W_VAL))
        row: list[RawCell] = []
        for tc in _children(tr, W_TC):
            span, merge = _tc_spans(tc)
            place_cell(row, open_by_col, col, _cell_text(tc), span, merge)
            col += span
        grid.append(row)
    return grid


# a cell holding this much prose is a page's column, not a table's cell
# (a table nested in a data table's cell is that cell's text: «робітники | 18» in «Відділення»)
LAYOUT_PARAS, LAYOUT_CHARS = 4, 300


def _is_layout(tbl) -> bool:
    """A table that lays out a page: a cell holds paragraphs of prose."""
    for tr in _children(tbl, W_TR):
        for tc in _children(tr, W_TC):
            paras = [t for t in (_para_text(p) for p in _children(tc, W_P)) if t.strip()]
            if len(paras) >= LAYOUT_PARAS and sum(map(len, paras)) >= LAYOUT_CHARS:
                return True
    return False


def _body_blocks(body, styles: _Styles, part=None, numbers: ListNumbers | None = None) -> list[RawBlock]:
    out: list[RawBlock] = []
    stack = [iter(body)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
            continue
        if el.tag == W_P:
            text = _para_text(el)
            # (counted for every paragraph, as Word counts them, shown or not)
            label = numbers.label(el) if numbers is not None else None
            if label and text.strip():
                text = f"{label} {text}"
            if len(text) < 200 and text.strip() and is_furniture(text):
                continue  # a scraped page saved as DOCX keeps its «Друк статті»
            kind, level = styles.kind(el)
            out.append(RawBlock(kind, text, level=level))  # type: ignore[arg-type]
            for r_id in chart_ids(el) if part is not None else ():
                out += chart_blocks(part, r_id)  # a chart's figures, where it stands
            for r_id in diagram_ids(el) if part is not None else ():
                out += diagram_blocks(part, r_id)  # a SmartArt's boxes, where it stands
        elif el.tag == W_TBL and _is_layout(el):
            # a page laid out in a table: its cells' paragraphs and tables, cell by cell
            stack.append(itertools.chain.from_iterable(
                tc.iterchildren() for tr in _children(el, W_TR) for tc in _children(tr, W_TC)))
        elif el.tag == W_TBL:
            out.append(RawBlock("table", rows=_table_rows(el)))
        elif el.tag in _WRAPPERS:
            stack.append(iter(el))
    return out


def _is_tab_row(b: RawBlock) -> bool:
    return b.kind == "paragraph" and b.text.startswith("\t")


def tab_tables(blocks: list[RawBlock]) -> list[RawBlock]:
    """Runs of tab-led paragraphs — a text with a flattened table pasted into Word, one cell
    per paragraph and rows between empty ones — read as the TXT reader reads them."""
    out: list[RawBlock] = []
    i = 0
    while i < len(blocks):
        if not _is_tab_row(blocks[i]):
            out.append(blocks[i])
            i += 1
            continue
        j, end = i, i
        while j < len(blocks) and blocks[j].kind == "paragraph":
            text = blocks[j].text
            if text.startswith("\t"):
                end = j + 1
            elif text.strip() and not (end == j and is_continuation(text)):
                break  # prose: the run is over (a «(тис. грн.)» right after a cell continues it)
            elif text.strip():
                end = j + 1
            j += 1
        run = blocks[i:end]
        if sum(_is_tab_row(b) for b in run) >= 2:
            out.extend(blocks_from_text("\n".join(b.text for b in run)))
        else:
            out.extend(run)
        i = end
    return out


def read_docx(data: bytes, source: str) -> Document:
    """Read a Word 2007+ document."""
    check_zip(data, source)
    try:
        doc = python_docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ReadError(source, f"not a valid DOCX document ({type(exc).__name__}: {exc})") from exc
    body = doc.element.body
    # a text box is stored twice (DrawingML and a VML fallback): read it once
    for fallback in list(body.iter(MC_FALLBACK)):
        fallback.getparent().remove(fallback)
    # a form's empty field shows Word's prompt («Клацніть або торкніться тут, щоб ввести
    # текст»): the prompt is the template's, not the document's
    for flag in list(body.iter(W_SHOWING_PLACEHOLDER)):
        content = flag.getparent().getparent().find(W_SDT_CONTENT)
        for t in () if content is None else content.iter(W_T):
            t.text = ""
    blocks = tab_tables(_body_blocks(body, _Styles(doc), doc.part, ListNumbers(doc))) + _notes(doc)
    return assemble(blocks, source, Assembly("docx"))
