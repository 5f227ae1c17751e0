"""RTF (saved from Word or exported by a document-flow system): a small tokenizer, no dependency.

Bytes are decoded by the font's `\\fcharset` (204: windows-1251) or `\\cpg`, else the
document's `\\ansicpg` (cp1252 when it names none); `\\uN` is read as UTF-16 and the `\\ucN`
fallback characters after it are skipped. Destinations that are not the document's text
(font, colour and style tables, document info, pictures, embedded objects' data, headers and
footers, field instructions, bookmarks, comments and every unknown `\\*` group) are skipped;
a field's result is read. The DOCX reader's choices are mirrored: a footnote's mark stays in
the text, raised, and the note follows the body as a paragraph opening on it; a text box's
paragraphs (`\\shptxt`) are lines of the paragraph that anchors it; deleted revisions
(`\\deleted`) are dropped, and so is hidden text (`\\v`). Tables (`\\trowd … \\cell … \\row`)
become cell grids, columns placed by the cells' right edges (`\\cellx`), `\\clmgf`/`\\clmrg` and
`\\clvmgf`/`\\clvmrg` merges read as spans; a table nested in a cell is that cell's text.
Groups are kept on an explicit stack, so no nesting depth costs recursion; past
`MAX_GROUP_DEPTH` levels groups are read flat (a warning).
"""

from __future__ import annotations

import bisect
import codecs
import re
from dataclasses import dataclass, field
from functools import lru_cache

from zvitparse.errors import ReadError
from zvitparse.model import Document
from zvitparse.normalize import superscript
from zvitparse.read import limits
from zvitparse.read.assemble import Assembly, RawBlock, RawCell, assemble, place_cell
from zvitparse.read.docx import LAYOUT_CHARS, LAYOUT_PARAS, tab_tables
from zvitparse.read.furniture import is_furniture

# Word nests a few dozen groups at most; a file nested deeper is junk or hostile, and its
# deeper groups are read with their parent's state instead of costing a saved state each.
MAX_GROUP_DEPTH = 500

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?[0-9]{1,10})? ?"  # 1, 2: a control word and its parameter
    rb"|\\'([0-9a-fA-F]{2})"  # 3: a byte in hex
    rb"|\\([^a-zA-Z'])"  # 4: a control symbol (\\\n is \par)
    rb"|([{}]+)"  # 5: group starts and ends
    rb"|([^\\{}\r\n]+)"  # 6: text
    rb"|[\r\n]+|\\",  # line ends are not text; a lone backslash at the very end
    re.S,
)

# Charsets of `\fcharsetN` (Word's font table) as Python codecs; 0 and 1 mean the document's.
_CHARSETS = {
    2: "cp1252", 77: "mac_roman", 128: "cp932", 129: "cp949", 130: "johab", 134: "gbk", 136: "cp950",
    161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257",
    204: "cp1251", 222: "cp874", 238: "cp1250", 254: "cp437", 255: "cp850",
}
_CHARS = {
    "emdash": "\u2014", "endash": "\u2013", "bullet": "\u2022", "lquote": "\u2018", "rquote": "\u2019",
    "ldblquote": "\u201c", "rdblquote": "\u201d", "tab": "\t", "line": "\n", "page": "\n", "column": "\n",
    "enspace": " ", "emspace": " ", "qmspace": " ", "zwj": "", "zwnj": "", "ltrmark": "", "rtlmark": "",
}
_SYMBOLS = {"~": "\u00a0", "_": "-", "-": "", "\\": "\\", "{": "{", "}": "}", "\t": "\t"}
# Destinations that are not the document's text (a `\*` group is skipped unless listed in
# _KEEP_STARRED). `object` is not among them: an embedded object's `\result` is what it shows.
_SKIP_DESTS = frozenset("""
    fonttbl colortbl stylesheet info pict nonshppict header headerl headerr headerf footer footerl
    footerr footerf fldinst xe tc txe rxe bkmkstart bkmkend listtable listoverridetable revtbl filetbl
    rsidtbl generator template private listtext pntext pntxta pntxtb pn objdata objclass objname
    objalias objsect objtime objitem datafield sp shprslt themedata colorschememapping latentstyles
    datastore xmlnstbl docvar userprops upr ud annotation atnid atnauthor atntime atnref atndate atnicn
    atnparent ftnsep ftnsepc ftncn aftnsep aftnsepc aftncn title subject author operator keywords comment
    doccomm company category manager hlinkbase pgdsctbl mmathPr wgrffmtfilter blipuid
""".split())
_KEEP_STARRED = frozenset(("shpinst", "shptxt", "footnote"))
# character-producing control words: a \uN's fallback may be one of them
_FALLBACK_WORDS = frozenset(("emdash", "endash", "bullet", "lquote", "rquote", "ldblquote", "rdblquote"))

TEXT, SKIP, FONTS, STYLES = 0, 1, 2, 3  # what a group's text is
BODY, NOTE, BOX = 0, 1, 2  # where a text group's paragraphs go
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
EDGE_TOLERANCE = 30  # twips: cell edges this close are one column edge
MAX_ROW_CELLS = 1000  # cell definitions kept per row (Word allows 63 columns)


@lru_cache(maxsize=64)
def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


@dataclass(slots=True)
class _State:
    """What a group inherits from its parent and its end restores."""

    dest: int = TEXT
    sink: int = BODY
    note: int = -1
    uc: int = 1
    font: int | None = None
    sup: bool = False
    hidden: bool = False  # \v hidden text and \deleted revisions
    intbl: bool = False
    outline: int | None = None
    style: int = 0
    listed: bool = False

    def copy(self) -> _State:
        return _State(self.dest, self.sink, self.note, self.uc, self.font, self.sup, self.hidden, self.intbl,
                      self.outline, self.style, self.listed)


class _Text:
    """A paragraph being read: bytes wait here until their codec changes, so a multi-byte
    character split over two `\\'xx` still decodes."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pending = bytearray()
        self.codec = "cp1252"

    def add_bytes(self, b: bytes, codec: str) -> None:
        if codec != self.codec and self.pending:
            self._flush()
        self.codec = codec
        self.pending += b

    def add(self, s: str) -> None:
        if self.pending:
            self._flush()
        self.parts.append(s)

    def _flush(self) -> None:
        self.parts.append(self.pending.decode(self.codec, errors="replace"))
        self.pending.clear()

    def take(self) -> str:
        if self.pending:
            self._flush()
        s = "".join(self.parts)
        self.parts.clear()
        if _SURROGATE.search(s):  # \u-10179?\u-8704? is one character beyond the BMP
            s = s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        return _CONTROL_CHARS.sub("", s) if _CONTROL_CHARS.search(s) else s

    def newline(self) -> None:
        """A line break, unless the text is empty or already ends on one."""
        if self.pending:
            self._flush()
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def empty(self) -> bool:
        return not self.parts and not self.pending


@dataclass
class _CellDef:
    right: int | None
    hmerge: str = ""  # "first" (\clmgf), "cont" (\clmrg)
    vmerge: str = ""  # "first" (\clvmgf), "cont" (\clvmrg)


@dataclass
class _Row:
    cells: list[list[str]]  # each cell's paragraphs
    defs: list[_CellDef]
    left: int = 0


@dataclass
class _Note:
    mark: str = ""
    endnote: bool = False
    text: _Text = field(default_factory=_Text)


class _RtfReader:
    def __init__(self) -> None:
        self.ansi = "cp1252"
        self.deff: int | None = None
        self.fonts: dict[int, str | None] = {}
        self.font_entry: int | None = None
        self.style_names: dict[int, bytearray] = {}
        self.style_outline: dict[int, int] = {}
        self.style_entry: int | None = None
        self.blocks: list[RawBlock] = []
        self.para = _Text()
        self.notes: list[_Note] = []
        self.cell_paras: list[str] = []
        self.row_cells: list[list[str]] = []
        self.row_defs: list[_CellDef] = []
        self.row_left = 0
        self.pending_def = _CellDef(None)
        self.rows: list[_Row] = []
        self.fallback = 0  # \uN fallback characters still to skip
        self.numbered = False  # the paragraph opened with its list number (`\listtext`)
        self.pictures = 0
        self.warnings: list[str] = []

    # -- text --------------------------------------------------------------------------------

    def _codec_of(self, st: _State) -> str:
        font = st.font if st.font is not None else self.deff
        return (self.fonts.get(font) if font is not None else None) or self.ansi

    def _sink(self, st: _State) -> _Text:
        return self.notes[st.note].text if st.sink == NOTE and 0 <= st.note < len(self.notes) else self.para

    def _bytes(self, st: _State, b: bytes) -> None:
        if st.hidden:
            return
        if st.sup:  # digits raised by hand: a note mark, not a figure glued to its word
            self._sink(st).add(superscript(b.decode(self._codec_of(st), errors="replace")))
        else:
            self._sink(st).add_bytes(b, self._codec_of(st))

    def _str(self, st: _State, s: str) -> None:
        if not st.hidden:
            self._sink(st).add(superscript(s) if st.sup else s)

    # -- paragraphs and tables ---------------------------------------------------------------

    def _kind(self, st: _State, numbered: bool) -> tuple[str, int | None]:
        name = self.style_names.get(st.style)
        style = bytes(name).decode(self.ansi, errors="replace").strip(" ;").lower() if name else ""
        outline = st.outline if st.outline is not None else self.style_outline.get(st.style)
        if style == "title":
            return "heading", 1
        if style.startswith(("heading", "заголовок")):
            digits = "".join(ch for ch in style if ch.isdigit())
            return "heading", int(digits) if digits else 1
        if outline is not None and 0 <= outline <= 5:
            return "heading", outline + 1
        if st.listed or numbered:
            return "list_item", None
        return "paragraph", None

    def par(self, st: _State) -> None:
        """`\\par`: the end of a paragraph wherever it stands."""
        if st.sink == NOTE:
            self._sink(st).add(" ")
            return
        if st.sink == BOX:
            self.para.newline()
            return
        text = self.para.take()
        numbered, self.numbered = self.numbered, False
        if st.intbl or self.row_cells:  # (a cell's later paragraphs may have lost their \intbl)
            self.cell_paras.append(text)
            return
        self.flush_table()
        if len(text) < 200 and text.strip() and is_furniture(text):
            return
        kind, level = self._kind(st, numbered)
        self.blocks.append(RawBlock(kind, text, level=level))  # type: ignore[arg-type]

    def cell(self) -> None:
        self.cell_paras.append(self.para.take())
        self.row_cells.append(self.cell_paras)
        self.cell_paras = []

    def nest_cell(self) -> None:
        """A nested table's cell ends: its text stays in the outer cell."""
        self.cell_paras.append(self.para.take())

    def row(self) -> None:
        if not self.para.empty() or self.cell_paras:  # text after the last \cell: one more cell
            self.cell()
        self.rows.append(_Row(self.row_cells, list(self.row_defs), self.row_left))
        self.row_cells = []

    def flush_table(self) -> None:
        if self.row_cells or self.cell_paras:
            self.row()
        if not self.rows:
            return
        rows, self.rows = self.rows, []
        if _is_layout(rows):  # a page laid out in a table: its cells' paragraphs, cell by cell
            self.blocks.extend(RawBlock("paragraph", p) for r in rows for c in r.cells for p in c if p.strip())
            return
        if sum(len(r.cells) for r in rows) > limits.MAX_TABLE_CELLS:  # junk: its cells read as text
            self.blocks.extend(RawBlock("paragraph", " ".join(c)) for r in rows for c in r.cells if "".join(c).strip())
            return
        self.blocks.append(RawBlock("table", rows=_grid(rows)))

    def finish(self) -> list[RawBlock]:
        """The end of the data (a truncated file ends anywhere): what was read so far."""
        if not self.para.empty():
            if self.row_cells or self.cell_paras:
                self.cell()
            else:
                self.par(_State())
        self.flush_table()
        notes = []
        for note in self.notes:
            text = " ".join(note.text.take().split())
            mark = superscript(note.mark)
            if text:
                notes.append((note.endnote, text if not mark or text.startswith(mark) else f"{mark} {text}"))
        # footnotes, then endnotes, as the DOCX reader prints them
        self.blocks.extend(RawBlock("paragraph", t) for _, t in sorted(notes, key=lambda n: n[0]))
        return self.blocks

    # -- tokens ------------------------------------------------------------------------------

    def read(self, data: bytes) -> None:
        st = _State()
        stack: list[_State] = []
        flat = 0  # groups open beyond MAX_GROUP_DEPTH, read with their parent's state
        starred = False  # the group opened with \*
        group_start = False  # nothing read yet in the group just opened
        pos, end = 0, len(data)
        match = _TOKEN.match
        while pos < end:
            m = match(data, pos)
            pos = m.end()
            kind = m.lastindex
            if kind == 6:  # text
                group_start = False
                if st.dest == TEXT:
                    chunk = m.group(6)
                    if self.fallback:
                        cut = min(self.fallback, len(chunk))
                        chunk, self.fallback = chunk[cut:], self.fallback - cut
                    if chunk:
                        self._bytes(st, chunk)
                elif st.dest == STYLES and self.style_entry is not None:
                    self.style_names.setdefault(self.style_entry, bytearray()).extend(m.group(6)[:200])
            elif kind == 5:  # braces
                self.fallback = 0
                for brace in m.group(5):
                    if brace == 0x7B:  # {
                        if flat or len(stack) >= MAX_GROUP_DEPTH:
                            if not flat:
                                self.warnings.append(f"RTF groups nested deeper than {MAX_GROUP_DEPTH} levels "
                                                     "were read flat")
                            flat += 1
                        else:
                            stack.append(st)
                            st = st.copy()
                        group_start, starred = True, False
                    elif flat:
                        flat -= 1
                    elif stack:
                        if st.sink == BOX and stack[-1].sink != BOX:
                            self.para.newline()  # a text box's lines end before the paragraph goes on
                        st = stack.pop()
            elif kind in (1, 2):
                word = m.group(1).decode("ascii")
                param = int(m.group(2)) if m.group(2) else None
                if word == "bin":  # raw bytes follow: never tokens
                    pos = min(end, pos + max(0, param or 0))
                    continue
                first, group_start = group_start, False
                st = self.word(st, word, param, first, starred)
                starred = False
            elif kind == 3:  # \'xx
                group_start = False
                if self.fallback:
                    self.fallback -= 1
                elif st.dest == TEXT:
                    self._bytes(st, bytes((int(m.group(3), 16),)))
                elif st.dest == STYLES and self.style_entry is not None:
                    self.style_names.setdefault(self.style_entry, bytearray()).append(int(m.group(3), 16))
            elif kind == 4:
                sym = m.group(4).decode("latin-1")
                if sym == "*":
                    starred = group_start
                    continue
                group_start = False
                if self.fallback and sym in _SYMBOLS:
                    self.fallback -= 1
                elif st.dest != TEXT:
                    pass
                elif sym in ("\n", "\r"):
                    self.par(st)
                elif sym in _SYMBOLS:
                    self._str(st, _SYMBOLS[sym])

    def word(self, st: _State, word: str, param: int | None, first: bool, starred: bool) -> _State:
        """Act on one control word; returns the (possibly new) group state."""
        if starred and word not in _KEEP_STARRED:
            st.dest = SKIP
            return st
        if st.dest == SKIP:
            return st
        if word in _SKIP_DESTS:
            if word == "fonttbl":
                st.dest = FONTS
            elif word == "stylesheet":
                st.dest = STYLES
            else:
                st.dest = SKIP
                self.pictures += word == "pict"
                self.numbered = self.numbered or word in ("listtext", "pntext")
            return st
        if st.dest == FONTS:
            self._font_word(word, param)
            return st
        if st.dest == STYLES:
            if word == "s":
                self.style_entry = param or 0
            elif word == "outlinelevel" and self.style_entry is not None and param is not None:
                self.style_outline[self.style_entry] = param
            elif word in ("cs", "ds", "ts", "tsrowd"):
                self.style_entry = None  # character, section and table styles are not paragraphs'
            return st
        if self.fallback:
            if word == "u":
                self.fallback = 0  # a writer that left the fallback out: never eat a character
            elif word in _FALLBACK_WORDS:
                self.fallback -= 1
                return st
        if word in _CHARS:
            self._str(st, _CHARS[word])
        elif word == "u" and param is not None:
            code = param + 65536 if param < 0 else param  # signed 16-bit: \u-1 is U+FFFF
            if 0 < code <= 0x10FFFF:
                self._str(st, chr(code))
            self.fallback = st.uc
        elif word == "uc":
            st.uc = max(0, min(param if param is not None else 1, 10))
        elif word in ("par", "sect"):
            self.par(st)
        elif word in ("cell", "row", "nestcell", "nestrow") and st.sink == NOTE:
            self._sink(st).add(" ")  # a table in a note: its cells' texts in a row
        elif word == "cell":
            self.cell()
        elif word == "row":
            self.row()
        elif word == "nestcell":
            self.nest_cell()
        elif word == "f":
            st.font = param
        elif word == "plain":
            st.font, st.sup, st.hidden = None, False, False
        elif word == "pard":
            st.intbl, st.outline, st.style, st.listed = False, None, 0, False
        elif word == "intbl":
            st.intbl = True
        elif word == "itap":
            st.intbl = bool(param)
        elif word == "s":
            st.style = param or 0
        elif word == "outlinelevel":
            st.outline = param
        elif word in ("ls", "ilvl", "pnlvl", "pnlvlblt", "pnlvlbody"):
            st.listed = True
        elif word in ("super", "up"):
            st.sup = word == "super" or bool(param)
        elif word in ("nosupersub", "sub"):
            st.sup = False
        elif word in ("v", "deleted"):
            st.hidden = param != 0
        elif word == "trowd":
            self.row_defs, self.pending_def, self.row_left = [], _CellDef(None), 0
        elif word == "trleft":
            self.row_left = param or 0
        elif word == "cellx":
            self.pending_def.right = param
            if len(self.row_defs) < MAX_ROW_CELLS:
                self.row_defs.append(self.pending_def)
            self.pending_def = _CellDef(None)
        elif word in ("clmgf", "clmrg"):
            self.pending_def.hmerge = "first" if word == "clmgf" else "cont"
        elif word in ("clvmgf", "clvmrg"):
            self.pending_def.vmerge = "first" if word == "clvmgf" else "cont"
        elif word == "footnote" and first:
            self.notes.append(_Note(endnote=False))
            st.sink, st.note, st.intbl = NOTE, len(self.notes) - 1, False
        elif word == "ftnalt" and st.sink == NOTE:
            self.notes[st.note].endnote = True
        elif word == "chftn":
            self._note_mark(st)
        elif word == "shptxt":
            if st.sink == BODY:  # its paragraphs are lines of the paragraph that anchors it
                st.sink = BOX
                self.para.newline()
        elif word == "ansicpg" and param is not None:
            self.ansi = _codec(f"cp{param}") or ("utf-8" if param == 65001 else self.ansi)
        elif word in ("mac", "pc", "pca"):
            self.ansi = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}[word]
        elif word == "deff":
            self.deff = param
        return st

    def _font_word(self, word: str, param: int | None) -> None:
        if word == "f" and param is not None:
            self.font_entry = param
            self.fonts.setdefault(param, None)
        elif self.font_entry is None or param is None:
            return
        elif word == "fcharset":
            self.fonts[self.font_entry] = _CHARSETS.get(param)
        elif word == "cpg":
            self.fonts[self.font_entry] = _codec(f"cp{param}") or self.fonts.get(self.font_entry)

    def _note_mark(self, st: _State) -> None:
        """Word's automatic note number: in the body the next note's, in a note its own."""
        if st.sink == NOTE:
            note = self.notes[st.note]
            note.mark = note.mark or str(st.note + 1)
            return
        self._str(st, superscript(str(len(self.notes) + 1)))


def _is_layout(rows: list[_Row]) -> bool:
    """A table that lays out a page: a cell holds paragraphs of prose (DOCX's rule)."""
    for r in rows:
        for paras in r.cells:
            texts = [p for p in paras if p.strip()]
            if len(texts) >= LAYOUT_PARAS and sum(map(len, texts)) >= LAYOUT_CHARS:
                return True
    return False


def _edges(rows: list[_Row]) -> list[int]:
    """The table's column edges: every cell's right edge (`\\cellx`), near ones made one."""
    xs = sorted({r.left for r in rows} | {d.right for r in rows for d in r.defs if d.right is not None})
    out: list[int] = []
    for x in xs:
        if not out or x - out[-1] > EDGE_TOLERANCE:
            out.append(x)
    return out


def _column(edges: list[int], x: int) -> int:
    """Index of the edge nearest `x`."""
    i = bisect.bisect_left(edges, x)
    return i - 1 if i == len(edges) or (i > 0 and x - edges[i - 1] <= edges[i] - x) else i


def _grid(rows: list[_Row]) -> list[list[RawCell]]:
    """Cells placed on the columns their edges make, merges turned into spans."""
    edges = _edges(rows) if all(len(r.defs) >= len(r.cells) for r in rows) and len(rows) > 1 else []
    grid: list[list[RawCell]] = []
    open_by_col: dict[int, RawCell] = {}  # the cell a \clvmgf started, by its column
    for r in rows:
        out: list[RawCell] = []
        col, left = 0, r.left
        for i, paras in enumerate(r.cells):
            d = r.defs[i] if i < len(r.defs) else _CellDef(None)
            text = " ".join(" ".join(p.split()) for p in paras if p.strip())
            span = 1
            if edges and d.right is not None:
                start, stop = _column(edges, left), _column(edges, d.right)
                if stop > start >= col:
                    col, span = start, stop - start
                left = d.right
            if d.hmerge == "cont" and out:
                out[-1].colspan += span
                if text:
                    out[-1].text = f"{out[-1].text} {text}".strip()
            else:
                merge = {"first": "restart", "cont": "continue"}.get(d.vmerge or "")
                place_cell(out, open_by_col, col, text, span, merge)
            col += span
        grid.append(out)
    return grid


def read_rtf(data: bytes, source: str) -> Document:
    """Read a Rich Text Format document."""
    reader = _RtfReader()
    reader.read(data)
    blocks = tab_tables(reader.finish())
    if not any(b.text.strip() or b.rows for b in blocks):
        if reader.pictures:
            raise ReadError(source, "no text in this RTF file, only pictures (a scan?): it needs OCR; "
                                    "convert it to PDF first")
        raise ReadError(source, "no text found in this RTF file")
    return assemble(blocks, source, Assembly("rtf", encoding=reader.ansi, warnings=reader.warnings))
