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

import regex

from zvitparse.extract.spelled import overwritten
from zvitparse.model import Document

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
    """Leaders before bare figures, in runs of lines next to each other."""
    runs: list[list[regex.Match]] = []
    for m in _BARE.finditer(text):
        if runs and text.count("\n", runs[-1][-1].end(), m.start()) <= 1:
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
    for run in _bare_runs(text):
        if not _is_contents([m.group(1) for m in run]):
            found += run
    dashes = []
    for m in sorted(found, key=lambda m: m.start()):
        a, b = m.span()
        mid = (a + b) // 2
        dashes.append((a, b, " " * (mid - a) + "–" + " " * (b - mid - 1)))
    return overwritten(doc, dashes)
