"""Plain text: blank-line-separated paragraphs; tab-separated runs become tables.

Two tab layouts occur in scraped reports: TSV lines (`a<TAB>b<TAB>c`, one row per line) and
the cell-per-line layout a Word table leaves when copied out of a browser (each cell a line
led by a tab, rows separated by blank lines — seed 004's budget table). Anything else stays
a paragraph with its line breaks; guessing tables from flattened lines is the extractor's job.
A spreadsheet saved as «;»-separated text is read as its rows (`delimited`).
Whole lines of site furniture («Повернутись», «Друк статті», © …) are dropped. A text that is
plainly Markdown is rendered first (`markdown`).
"""

from __future__ import annotations

import regex

from zvitparse.model import Document
from zvitparse.read.assemble import Assembly, RawBlock, RawCell, assemble
from zvitparse.read.delimited import delimited_blocks, is_delimited
from zvitparse.read.encoding import decode_text
from zvitparse.read.furniture import MAX_FURNITURE_CHARS, is_furniture
from zvitparse.read.markdown import is_markdown, markdown_blocks
from zvitparse.read.subtitles import is_subtitles, subtitle_text

# A line without a leading tab continues the cell above only if it is this short (see is_continuation).
MAX_CONTINUATION_CHARS = 40

Row = list[str]

_SEGMENT = regex.compile(r"\S+(?: \S+)*")
_FIGURE_CELL = regex.compile(r"^[-–—]$|^\(?\d[\d\s]*(?:[,.]\d+)?\s*%?\)?$")
# (a Markdown table's rule line marks its columns' alignment with colons: «|---|---:|:---:|»)
_RULE = regex.compile(r"^[\s\-–—=_|+]*$|^[\s|]*:?-{3,}:?(?:[\s]*\|[\s]*:?-{3,}:?)*[\s|]*$")


def is_continuation(line: str) -> bool:
    """A line without a leading tab that goes on with the cell above: short, and starting with
    a bracket or in lower case («(тис. грн.)»), never a new capitalised sentence."""
    text = line.strip()
    return 0 < len(text) <= MAX_CONTINUATION_CHARS and (text[0] in "([" or text[0].islower())


# a chat export's message: «[12.01.25, 09:14:22] Оксана Ш.: …» (WhatsApp on iOS, Viber),
# «12.01.25, 09:14 - Оксана Ш.: …» (WhatsApp on Android)
_CHAT_MESSAGE = regex.compile(r"^\[?\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]?\s*(?:[-–]\s*)?[^:\n]{1,40}:\s")


def _paragraphs(lines: list[str]) -> list[list[str]]:
    paras: list[list[str]] = []
    cur: list[str] = []
    for line in lines:
        if cur and _CHAT_MESSAGE.match(line):  # each message of a chat is a paragraph of its own
            paras.append(cur)
            cur = [line]
        elif line.strip() or "\t" in line:  # a lone tab is an empty table cell, not a blank line
            cur.append(line)
        elif cur:
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    return paras


# a line of prose: this many words and more
_PROSE_WORDS = 8


def _indented_prose(para: list[str]) -> bool:
    """Lines indented with a tab that are sentences («\tСтаном на 31.03.2025 на первинному обліку
    Служби перебуває 94 дитини …»), not a row's cells: most of them hold a sentence's worth of words."""
    # (only the lines led by a tab: a row's cells may have prose after them, in a paragraph of its own)
    lines = [ln.strip() for ln in para if ln.startswith("\t") and ln.strip()]
    prose = sum(1 for ln in lines if len(ln.split()) >= _PROSE_WORDS and "\t" not in ln)
    return 2 * prose >= len(lines) and prose >= 2


def _cell_per_line_row(para: list[str]) -> tuple[Row, list[str]]:
    """Cells of a paragraph whose lines are led by tabs, and the lines after the row."""
    cells: Row = []
    for i, line in enumerate(para):
        if line.startswith("\t"):
            cells.extend(part.strip() for part in line[1:].split("\t"))
        elif cells and is_continuation(line):
            cells[-1] = f"{cells[-1]} {line.strip()}".strip()
        else:
            return cells, para[i:]
    return cells, []


def _tsv_row(line: str, outer_pipes: bool = True) -> Row | None:
    """The cells of a TSV line (a tab and at least two filled cells) or of a pipe-drawn row
    («| Своєчасність | 94 | добре |»), else None; a pipe rule line («|---|---|») is []. In a
    table drawn without outer pipes («Показник | Код»), a row opening on spaces and a pipe
    («          | ряд. | періоду») has an empty first cell."""
    if "\t" in line:
        row = [c.strip() for c in line.strip("\n").split("\t")]
    elif "+" in line and len(line.strip()) >= 3 and _RULE.match(line):
        return []  # a border of a drawn table («+-----+=====+»), inside it or between its header and body
    elif "|" in line and "---" in line and _RULE.match(line):
        return []  # «---|---:|---»: a Markdown rule line without its outer pipes
    elif (line.count("|") >= 2 and line.strip().startswith("|")) or " | " in line:
        if _RULE.match(line):
            return []
        body = line.strip().strip("|") if outer_pipes else line.rstrip().removesuffix("|")
        row = [c.strip() for c in body.split("|")]
    else:
        return None
    return row if sum(1 for c in row if c) >= 2 else None


def _segments(line: str) -> list[tuple[int, int, str]]:
    """Stretches of a fixed-width line separated by two or more spaces, with their columns."""
    return [(m.start(), m.end(), m.group()) for m in _SEGMENT.finditer(line.expandtabs(8))]


def _wide(line: str) -> bool:
    """A row of a fixed-width table: three or more stretches, or two with a figure last."""
    segs = _segments(line)
    return len(segs) >= 3 or (len(segs) == 2 and bool(_FIGURE_CELL.match(segs[-1][2])))


def _words(start: int, text: str) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group()) for m in regex.finditer(r"\S+", text)]


def _column(template: list[tuple[int, int, str]], a: int, b: int) -> int:
    """The template column a stretch overlaps most (else the nearest by centre)."""
    return max(range(len(template)), key=lambda c: (min(b, template[c][1]) - max(a, template[c][0]),
                                                    -abs((a + b) - (template[c][0] + template[c][1]))))


def _goes_on(line: str) -> bool:
    """A line that goes on with the cells of the row above: each stretch of it short and in
    lower case («вдома           пунктах, з них 3 прифронтові» under a row's label and remark)."""
    segs = _segments(line)
    return bool(segs) and all(is_continuation(seg[2]) for seg in segs)


def _opens_label(para: list[str], k: int) -> bool:
    """A line of words alone whose row label goes on, lower case, in the wide line under it."""
    if _wide(para[k]) or not para[k].strip() or k + 1 >= len(para) or not _wide(para[k + 1]):
        return False
    nxt = _segments(para[k + 1])
    return len(para[k].strip()) <= MAX_CONTINUATION_CHARS and nxt[0][2][:1].islower() \
        and not _FIGURE_CELL.match(para[k].strip())


def _header_tail(para: list[str], k: int) -> bool:
    """The last line of a header drawn over lines, right above its rule («(всього)   2023 р.»):
    too few stretches to be a row, but the header goes on in it."""
    return (k + 1 < len(para) and bool(para[k].strip()) and bool(_RULE.match(para[k + 1]))
            and bool(para[k + 1].strip()) and len(_segments(para[k])) >= 2 and _wide(para[k - 1]))


def _header_goes_on(para: list[str], k: int) -> bool:
    """A line of words under a header line of words («КЕКВ   Затверджено на   Касові» /
    «         III квартал      видатки»): the header's cells go on in it."""
    if k == 0 or not para[k].strip() or _wide(para[k]):
        return False
    words = [seg[2] for seg in _segments(para[k])]
    above = [seg[2] for seg in _segments(para[k - 1])]
    return (bool(words) and len(above) >= 3 and not any(_FIGURE_CELL.match(w) for w in above + words)
            and para[k].startswith("  ") and all(_LETTER.search(w) for w in words))


def _header_over(para: list[str], k: int) -> bool:
    """«Послуга                Осіб» over «Догляд вдома              96»: two stretches of words
    whose last ends where the figures below it end (a right-aligned column's header)."""
    if k + 1 >= len(para) or not _wide(para[k + 1]):
        return False
    segs, below = _segments(para[k]), _segments(para[k + 1])
    return len(segs) == 2 == len(below) and all(_LETTER.search(t) and not _FIGURE_CELL.match(t) for _, _, t in segs) \
        and abs(segs[-1][1] - below[-1][1]) <= 2


def _fixed_rows(para: list[str]) -> list[Row | None]:
    """Rows of the fixed-width tables of a paragraph (pdftotext -layout, aligned text): runs of
    ≥ 3 wide lines, ≥ 2 of them with a figure after their first stretch; each stretch goes to the column of the
    widest line it overlaps most (a right-aligned figure under its header). Rule lines
    («-----») inside a run are dropped; other lines give None."""
    out: list[Row | None] = [None] * len(para)
    i = 0
    while i < len(para):
        j = i
        while j < len(para) and (_wide(para[j]) or (j == i and _header_over(para, j))
                                 or (j > i and _RULE.match(para[j]) and para[j].strip())
                                 or (j > i and _goes_on(para[j]) and j + 1 < len(para) and _wide(para[j + 1]))
                                 or (j > i and _opens_label(para, j))
                                 or (j > i and _header_tail(para, j))
                                 or (j > i and _header_goes_on(para, j))):
            j += 1
        run = [k for k in range(i, j) if not _RULE.match(para[k])]
        # (a figure in a later column counts too: a «Примітка» column of words may close the row)
        figures = sum(1 for k in run if _FIGURE_CELL.match(_segments(para[k])[-1][2]) or any(
            _FIGURE_CELL.match(seg[2]) and any(ch.isdigit() for ch in seg[2]) for seg in _segments(para[k])[1:]))
        if len(run) >= 3 and figures >= 2:
            template = max((_segments(para[k]) for k in run), key=len)
            last: Row | None = None
            lead = ""
            for k in run:
                if _opens_label(para, k):
                    lead = para[k].strip()  # «Відділення організації надання адресної» / «натуральної … 781»
                    out[k] = []
                    continue
                # a row label going on under itself: «(осіб), які …» (not the header over the run)
                wrapped = not _wide(para[k]) and not (k == i and _header_over(para, k))
                cells = last if wrapped and last is not None else [""] * len(template)
                if lead and not wrapped:
                    cells[0], lead = lead, ""
                for a, b, text in _segments(para[k]):
                    cols = [c for c in range(len(template)) if min(b, template[c][1]) > max(a, template[c][0])]
                    # «позитивно мінімізовано без рез-ту» over three columns: word by word
                    pieces = _words(a, text) if len(cols) > 1 else [(a, b, text)]
                    for wa, wb, word in pieces:
                        col = _column(template, wa, wb)
                        cells[col] = f"{cells[col]} {word}".strip()
                out[k] = [] if wrapped else cells
                last = cells
            for k in range(i, j):
                if out[k] is None:
                    out[k] = []  # a rule line: part of the table, no row of it
        i = max(j, i + 1)
    return out


def _join_wrapped_labels(para: list[str], rows: list[Row | None]) -> None:
    """«| та грошової допомоги |   |   |   |» under a drawn row: words wrapped within their cells
    (a label, a header's «видатки» under «Касові»), the other cells empty. They go on the cells
    of the row above (and no longer cut the table in two)."""
    last: Row | None = None
    for k, line in enumerate(para):
        row = rows[k]
        if row and not (last is not None and _wraps(row, last) and line.strip().startswith("|")):
            last = row
            continue
        if (row is None and (not line.strip().startswith("|") or line.count("|") < 3)) or last is None:
            continue
        cells = row or [c.strip() for c in line.strip().strip("|").split("|")]
        if _wraps(cells, last):
            _join_cells(last, cells, after=True)
            rows[k] = []
        elif row is None and k + 1 < len(para) and rows[k + 1] and len(rows[k + 1]) == len(cells) \
                and not any(_FIGURE_CELL.match(c) for c in cells if c):
            # «| Відділення організації надання адресної | | |» over «| натуральної … | 396 |»:
            # a label that opens on the line above its figures
            _join_cells(rows[k + 1], cells, after=False)
            rows[k] = []


def _join_cells(row: Row, cells: Row, *, after: bool) -> None:
    """The words of a drawn line's cells put after (or before) those of the same cells of `row`."""
    for c, text in enumerate(cells):
        if text:
            row[c] = (f"{row[c]} {text}" if after else f"{text} {row[c]}").strip()


def _wraps(cells: Row, last: Row) -> bool:
    """A drawn line that goes on with the cells of the row above: as many cells, fewer of them
    filled, each with words (no figure) that begin in lower case or a bracket, or an abbreviation
    («з них | ВПО»); a capitalised label («Разом») opens a row of its own."""
    filled = [c for c in cells if c]
    return (len(cells) == len(last) and bool(filled) and len(filled) < sum(1 for c in last if c)
            and all(not _FIGURE_CELL.match(c) and (c[0].islower() or c[0] in "([" or c.isupper()) for c in filled))


# box-drawing tables («┌───┬───┐», «│ 1 │ Догляд вдома │ 96 │») read as the pipe-drawn ones they are
BOX_BARS, BOX_JOINS, BOX_RULES = "│┃║", "┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜", "─━═"
_BOX = str.maketrans({**dict.fromkeys(BOX_BARS, "|"), **dict.fromkeys(BOX_JOINS, "+"), **dict.fromkeys(BOX_RULES, "-")})


def _tsv_parts(para: list[str]) -> list[tuple[str, list]] | None:
    """A paragraph holding a run of ≥ 2 TSV lines (or ≥ 3 fixed-width ones), split into
    ("paragraph", lines) and ("table", rows) parts: the caption lines above a table («Видатки …
    (тис. грн)») and a note under it share its paragraph when no blank line separates them.
    None if there is no run."""
    para = [line.translate(_BOX) for line in para]
    piped = [line.strip() for line in para if "|" in line]
    outer = sum(line.startswith("|") for line in piped) * 2 >= len(piped)
    rows = [_tsv_row(line, outer) for line in para]
    if not any(r is not None for r in rows) and any("  " in line for line in para):
        rows = _fixed_rows(para)
    i = 1
    while i < len(para) - 1:
        # a printout's rules between rows («-------» over the «Разом» row) are borders inside the table
        j = i
        while j < len(para) and rows[j] is None and para[j].strip() and _RULE.match(para[j]):
            j += 1
        if j > i and j < len(para) and rows[i - 1] is not None and rows[j] is not None:
            rows[i:j] = [[] for _ in range(i, j)]
        i = j + 1
    _join_wrapped_labels(para, rows)
    parts: list[tuple[str, list]] = []
    i = 0
    while i < len(para):
        j = i
        while j < len(para) and rows[j] is not None:
            j += 1
        if j - i >= 2:
            parts.append(("table", [r for r in rows[i:j] if r]))
            i = j
        else:
            k = max(j, i + 1)
            if parts and parts[-1][0] == "paragraph":
                parts[-1][1].extend(para[i:k])
            else:
                parts.append(("paragraph", list(para[i:k])))
            i = k
    return parts if any(kind == "table" for kind, _ in parts) else None


def _flush(rows: list[tuple[Row, list[str]]], out: list[RawBlock]) -> None:
    """A run of tab rows: a table if it has ≥ 2 rows and some row has ≥ 2 cells."""
    if len(rows) >= 2 and any(len(r) >= 2 for r, _ in rows):
        width = max(len(r) for r, _ in rows)
        grid = []
        for r, _ in rows:
            cells = [RawCell(t, i) for i, t in enumerate(r)]
            if len(cells) == 1 and width > 1:  # a section row spanning the table
                cells[0].colspan = width
            grid.append(cells)
        out.append(RawBlock("table", rows=grid))
    else:
        out.extend(RawBlock("paragraph", "\n".join(src)) for _, src in rows)
    rows.clear()


_LETTER = regex.compile(r"\p{L}")


def _header_only(rows: list[list[RawCell]]) -> bool:
    """Rows of words and of column numbers («гр. 1 | гр. 2 …», «1 | 2 | 3»), no figure: a
    table's head standing apart from its body."""
    for row in rows:
        cells = [c.text.strip() for c in row if c.text.strip()]
        if all(_LETTER.search(c) and not _FIGURE_CELL.match(c) for c in cells):
            continue
        numbers = [regex.sub(r"\D", "", c) for c in cells]
        if not all(numbers) or [int(n) for n in numbers] != list(range(int(numbers[0]), int(numbers[0]) + len(numbers))):
            return False
    return True


def _join_heads(blocks: list[RawBlock]) -> list[RawBlock]:
    """A printout rules a line between a table's head and its body («------»): a table of head
    rows, then rule lines, then a table as wide is one table."""
    out: list[RawBlock] = []
    for b in blocks:
        if b.kind == "table" and b.rows:
            k = len(out) - 1
            while k >= 0 and out[k].kind == "paragraph" and all(_RULE.match(ln) for ln in out[k].text.split("\n")):
                k -= 1
            head = out[k] if k >= 0 else None
            if head is not None and head.kind == "table" and head.rows and _header_only(head.rows) \
                    and max(len(r) for r in head.rows) == max(len(r) for r in b.rows):
                del out[k + 1:]
                head.rows = head.rows + b.rows
                continue
        out.append(b)
    return out


def blocks_from_text(text: str) -> list[RawBlock]:
    """Paragraph and table blocks of a plain text (also used for text layers of other formats)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = ["" if len(ln) <= MAX_FURNITURE_CHARS + 20 and ln.strip() and is_furniture(ln) else ln
             for ln in lines]
    out: list[RawBlock] = []
    run: list[tuple[Row, list[str]]] = []
    for para in _paragraphs(lines):
        k = next((i for i, ln in enumerate(para) if ln.startswith("\t")), 0)
        if k and sum(ln.startswith("\t") for ln in para[k:]) >= 2:
            # a caption line right above a tab-led row: the caption is a paragraph of its own
            _flush(run, out)
            out.append(RawBlock("paragraph", "\n".join(para[:k])))
            para = para[k:]
        if para[0].startswith("\t") and not _indented_prose(para):
            cells, rest = _cell_per_line_row(para)
            run.append((cells, para[: len(para) - len(rest)]))
            if rest:
                _flush(run, out)
                out.append(RawBlock("paragraph", "\n".join(rest)))
            continue
        parts = _tsv_parts(para)
        if parts:
            _flush(run, out)
            for kind, part in parts:
                if kind == "table":
                    out.append(RawBlock("table", rows=[[RawCell(t, i) for i, t in enumerate(r)] for r in part]))
                else:
                    out.append(RawBlock("paragraph", "\n".join(part)))
            continue
        _flush(run, out)
        out.append(RawBlock("paragraph", "\n".join(para)))
    _flush(run, out)
    return _join_heads(out)


def read_txt(data: bytes, source: str) -> Document:
    """Read a plain-text report in whatever encoding it is in. Form feeds (as `pdftotext`
    writes between pages) make pages."""
    text, enc = decode_text(data)
    if is_subtitles(text):
        return assemble(blocks_from_text(subtitle_text(text)), source, Assembly("txt", encoding=enc))
    if "\f" not in text:
        if is_delimited(text):
            return assemble(delimited_blocks(text), source, Assembly("txt", encoding=enc))
        if is_markdown(text):
            return assemble(markdown_blocks(text, blocks_from_text), source, Assembly("txt", encoding=enc))
        return assemble(blocks_from_text(text), source, Assembly("txt", encoding=enc))
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()  # pdftotext ends the last page with a form feed too
    blocks = []
    for number, page in enumerate(pages, start=1):
        for block in blocks_from_text(page):
            block.page = number
            blocks.append(block)
    return assemble(blocks, source, Assembly("txt", encoding=enc, pages=len(pages)))
