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

from zvitparse.extract.spelled import overwritten
from zvitparse.model import Block, Cell, Document

# four or more dots (perhaps spaced «. . . .»), a label before them on the line, a figure and a
# word after them
_DOTS = r"(?<=[\p{L})»\"][^\S\n]*)(?:\.[^\S\n]?){3,}\."
_FIGURE = r"\d[\d \u00a0]*(?:[,.]\d+)?"
_LEADER = regex.compile(_DOTS + r"(?=[^\S\n]*" + _FIGURE + r"[^\S\n]*\p{L})")
# the same leader before a figure that ends its line
_BARE = regex.compile(_DOTS + r"(?=[^\S\n]*(" + _FIGURE + r")[^\S\n]*$)", regex.M)
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
    """`doc` with its dot leaders read as dashes (the same document if it has none)."""
    text = doc.text
    if "...." not in text and ". . . ." not in text:
        return doc
    found = list(_LEADER.finditer(text))
    tables = []
    for run in _bare_runs(text):
        if not _is_contents([m.group(1) for m in run]):
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


def _with_tables(doc: Document, runs: list[list[regex.Match]]) -> Document:
    """`doc` with each run of leader lines (paragraphs that hold nothing else) read as a
    two-column table: the label before the leader, the figure after it."""
    blocks = list(doc.blocks)
    for run in runs:
        rows, spans = [], []
        for r, m in enumerate(run):
            start = doc.text.rfind("\n", 0, m.start()) + 1
            block = next((b for b in blocks if b.kind in ("paragraph", "list_item") and b.start <= start
                          and m.end(1) <= b.end), None)
            label = doc.text[start:m.start()].rstrip()
            if block is None or not label.strip() or any(ch.isdigit() for ch in label):
                break  # a line in no paragraph of its own, or a label holding figures
            rows.append((Cell(label.strip(), r, 0, start + len(label) - len(label.lstrip()), start + len(label)),
                         Cell(m.group(1), r, 1, m.start(1), m.end(1))))
            if block not in spans:
                spans.append(block)
        else:
            lines = sum(len([x for x in doc.text[b.start:b.end].split("\n") if x.strip()]) for b in spans)
            if lines != len(rows):
                continue  # a paragraph holding more than the run's lines
            table = Block(kind="table", start=spans[0].start, end=spans[-1].end, page=spans[0].page,
                          rows=tuple(rows), headless=True)
            at = blocks.index(spans[0])
            blocks = [b for b in blocks if b not in spans]
            blocks.insert(at, table)
    return replace(doc, blocks=blocks)
