"""Dot leaders between a label and its figure: «- денного перебування ........ 141 особа», as
typed letters and old forms align their figures.

A run of dots joins nothing to anything for the extractors, which read «label – figure». They
read a view of the document whose leaders are a dash among spaces (`spelled.overwritten`: every
offset holds; the quotes are cut from the text as written, `spelled.restore_quotes`). Only a
leader before a figure with a word after it (its unit) is read so, and a run of lines ending on
bare figures when those are no page numbers: a table of contents ends its lines with small whole
numbers that never fall, which stay no figures; a program's printout («Скарг (р. 420) ......
0», «Штатна чисельність, посад ...... 52,5») ends them with figures that do.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from zvitparse import patterns
from zvitparse.extract.spelled import overwritten
from zvitparse.model import Block, Cell, Document

# four or more dots (perhaps spaced «. . . .»), a label before them on the line, a figure and a
# word after them
# (or an ellipsis character in the run, «Надано послуг ….. 5 312», «від служби ……… 52»)
_DOTS = r"(?<=[\p{L})»\"][^\S\n]*)(?:(?:\.[^\S\n]?){3,}\.|\.*…[.…]+|[.…]+…)"
_FIGURE = r"\d(?:[\d \u00a0]*\d)?(?:[,.]\d+)?"
_LEADER = regex.compile(_DOTS + r"(?=[^\S\n]*" + _FIGURE + r"[^\S\n]*\p{L})")
# the same leader before a figure that ends its line, or a pair of them «58 / 4 312» (a form's
# «(осіб / послуг)» columns typed on one line)
_BARE = regex.compile(_DOTS + r"(?=[^\S\n]*(" + _FIGURE + r")(?:[^\S\n]*/[^\S\n]*(" + _FIGURE + r"))?[^\S\n]*$)",
                      regex.M)
# a form's item number before its label, «2.1.»
_NUMBERING = regex.compile(r"[^\S\n]*\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})")
# the units of a pair, in brackets at the end of the heading above: «НАДАННЯ ПОСЛУГ (осіб / послуг)»
_PAIR_UNITS = regex.compile(r"\(\s*(\p{L}+\.?)\s*/\s*(\p{L}+\.?)\s*\)\s*:?\s*$")
# page numbers of a table of contents stay below this
_PAGE_MAX = 1000


def _is_contents(figures: list[str]) -> bool:
    """Bare figures after leaders that read as page numbers: whole, small, never falling."""
    values = []
    for f in figures:
        f = f.replace(" ", "").replace("\u00a0", "")
        if not f.isdigit() or int(f) >= _PAGE_MAX:
            return False
        values.append(int(f))
    return all(a <= b for a, b in zip(values, values[1:], strict=False))


def _bare_runs(text: str) -> list[list[regex.Match]]:
    """Leaders before bare figures, in runs of lines next to each other (or a blank line apart,
    as a PDF's lines come out as paragraphs)."""
    runs: list[list[regex.Match]] = []
    for m in _BARE.finditer(text):
        if runs and text.count("\n", runs[-1][-1].end(), m.start()) <= 2:
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def view(doc: Document) -> Document:
    """`doc` with its dot leaders read as dashes (the same document if it has none), and the
    page numbers of its table of contents blanked."""
    doc = _without_contents(doc)
    text = doc.text
    if "...." not in text and ". . . ." not in text and "…" not in text:
        return doc
    found = list(_LEADER.finditer(text))
    tables = []
    for run in _bare_runs(text):
        if not _is_contents([m.group(1) for m in run if m.group(2) is None] or ["x"]):
            found += run
            if len(run) >= MIN_TABLE_ROWS:
                tables.append(run)
    dashes = []
    for m in sorted(found, key=lambda m: m.start()):
        a, b = m.span()
        mid = (a + b) // 2
        dashes.append((a, b, " " * (mid - a) + "–" + " " * (b - mid - 1)))
    seen = overwritten(doc, dashes)
    return _with_tables(seen, tables) if tables else seen


# lines led to bare figures that make a table of their own («Догляд вдома ....... 214» under
# «Отримувачі за послугами»): the table readers name their figures by the caption above
MIN_TABLE_ROWS = 2


def _uniform(run: list[regex.Match]) -> list[list[regex.Match]]:
    """A run cut where its lines change from single figures to pairs or back."""
    out: list[list[regex.Match]] = []
    for m in run:
        if out and (out[-1][-1].group(2) is None) == (m.group(2) is None):
            out[-1].append(m)
        else:
            out.append([m])
    return [r for r in out if len(r) >= MIN_TABLE_ROWS]


def _with_tables(doc: Document, runs: list[list[regex.Match]]) -> Document:
    """`doc` with each run of leader lines read as a table: the label before the leader (its
    item number left out), the figure after it, or the pair of figures under the units the
    heading above names. The lines of its paragraph above and below the run stay paragraphs."""
    blocks = list(doc.blocks)
    text = doc.text
    for run in (part for whole in runs for part in _uniform(whole)):
        pairs = run[0].group(2) is not None
        header = _pair_header(doc, run[0]) if pairs else None
        if pairs and header is None:
            continue  # figures in pairs whose units nothing names
        rows = [header] if header else []
        numbered = 2 * sum(1 for m in run if _NUMBERING.match(text, text.rfind("\n", 0, m.start()) + 1, m.start())) \
            >= len(run)
        first_line = text.rfind("\n", 0, run[0].start()) + 1
        last_end = run[-1].end(2) if pairs else run[-1].end(1)
        last_end = text.find("\n", last_end) if "\n" in text[last_end:] else len(text)
        for m in run:
            r = len(rows)
            start = text.rfind("\n", 0, m.start()) + 1
            start += n.end() - start if (n := _NUMBERING.match(text, start, m.start())) else 0
            label = text[start:m.start()].rstrip()
            if not label.strip() or any(ch.isdigit() for ch in label):
                break  # a label holding figures
            row = [Cell(label.strip(), r, 0, start + len(label) - len(label.lstrip()), start + len(label)),
                   Cell(m.group(1), r, 1, m.start(1), m.end(1))]
            if pairs:
                row.append(Cell(m.group(2), r, 2, m.start(2), m.end(2)))
            rows.append(tuple(row))
        else:
            spans = [b for b in blocks if b.kind in ("paragraph", "list_item") and b.start < last_end
                     and b.end > first_line]
            covered = sum(1 for x in text[first_line:last_end].split("\n") if x.strip())
            if not spans or covered != len(run) or any(b.start > first_line and b.end < last_end and b not in spans
                                                       for b in blocks):
                continue  # lines of the run in no paragraph, or something else between them
            # a paragraph holding more than the run is cut around it only for a form's numbered
            # items («1.2. з них уперше .... 64») or pairs; elsewhere its prose reads the lines
            alone = sum(len([x for x in text[b.start:b.end].split("\n") if x.strip()]) for b in spans) == len(run)
            if not alone and not pairs and not numbered:
                continue
            if not pairs and not numbered and _own_statements(rows):
                continue  # «Штатних посад .... 21 / Фактично працюють .... 19»: each line says what it counts
            table = Block(kind="table", start=first_line, end=last_end, page=spans[0].page, rows=tuple(rows),
                          headless=header is None)
            # what the first and last paragraphs hold above and below the run stays theirs
            pieces = []
            if spans[0].start < first_line and text[spans[0].start:first_line].strip():
                pieces.append(replace(spans[0], end=first_line - 1 if text[first_line - 1] == "\n" else first_line))
            pieces.append(table)
            if spans[-1].end > last_end and text[last_end:spans[-1].end].strip():
                pieces.append(replace(spans[-1], start=last_end + 1 if text[last_end:last_end + 1] == "\n" else last_end))
            at = blocks.index(spans[0])
            blocks = [b for b in blocks if b not in spans]
            blocks[at:at] = pieces
    return replace(doc, blocks=blocks)


def _pair_header(doc: Document, first: regex.Match) -> tuple[Cell, ...] | None:
    """A header row for lines of figure pairs: the heading right above them, its bracketed units
    («2. НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ (осіб / послуг)») over the two figure columns."""
    line_start = doc.text.rfind("\n", 0, first.start()) + 1
    above_end = doc.text.rfind("\n", 0, line_start)
    while above_end > 0 and not doc.text[doc.text.rfind("\n", 0, above_end) + 1:above_end].strip():
        above_end = doc.text.rfind("\n", 0, above_end)  # (a blank line between)
    if above_end <= 0:
        return None
    above_start = doc.text.rfind("\n", 0, above_end) + 1
    m = _PAIR_UNITS.search(doc.text, above_start, above_end)
    if m is None:
        return None
    head = doc.text[above_start:m.start()]
    lead = len(head) - len(head.lstrip())
    return (Cell(head.strip(), 0, 0, above_start + lead, above_start + len(head.rstrip())),
            Cell(m.group(1), 0, 1, m.start(1), m.end(1)), Cell(m.group(2), 0, 2, m.start(2), m.end(2)))


# a line of a table of contents: a title and the page it starts on
_CONTENTS_LINE = regex.compile(r"[^\S\n]*\S[^\n]*?\p{L}[^\n]*?[^\S\n]+(\d{1,3})[^\S\n]*(?:\n|$)")


def _without_contents(doc: Document) -> Document:
    """A table of contents whose page numbers follow their titles after a space (a DOCX's TOC
    field, its tab leader read as a blank), those numbers blanked: no figures. Its lines run
    from «ЗМІСТ» while each ends on a page number, never falling."""
    head = patterns.link_regex("contents_heading").search(doc.text)  # «ЗМІСТ» on a line of its own
    if head is None:
        return doc
    at, pages, edits = head.end(), [], []
    while at < len(doc.text) and doc.text[at] == "\n":
        at += 1
    while (m := _CONTENTS_LINE.match(doc.text, at)) is not None:
        page = int(m.group(1))
        if pages and page < pages[-1]:
            break
        pages.append(page)
        edits.append((m.start(1), m.end(1), " " * (m.end(1) - m.start(1))))
        at = m.end()
    return overwritten(doc, edits) if len(edits) >= MIN_CONTENTS_LINES else doc


MIN_CONTENTS_LINES = 3


def _own_statements(rows: list[tuple[Cell, ...]]) -> bool:
    """Most labels name their own figure («Штатних посад», «Касові видатки, тис. грн»): lines
    the prose reader reads as «label – figure», which a table under no header would lose."""
    from zvitparse.extract.budget import _mentions_money
    from zvitparse.extract.row_tables import row_indicator

    own = [row_indicator(row[0].text) is not None or _mentions_money(row[0].text) for row in rows]
    # (or the first names its figure and the rest, in lower case, are its parts: «Надійшло
    # повідомлень … 211 / з них від закладів освіти … 64 / від служби у справах дітей … 52»)
    return sum(own) * 2 > len(rows) or (own[0] and all(row[0].text[:1].islower() for row in rows[1:]))
