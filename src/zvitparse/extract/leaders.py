"""Dot leaders between a label and its figure: «- денного перебування ........ 141 особа», as
typed letters and old forms align their figures.

A run of dots joins nothing to anything for the extractors, which read «label – figure». They
read a view of the document whose leaders are a dash among spaces (`spelled.overwritten`: every
offset holds; the quotes are cut from the text as written, `spelled.restore_quotes`). Only a
leader before a figure with a word after it (its unit) is read so: a table of contents ends its
lines with bare page numbers, which stay no figures.
"""

from __future__ import annotations

import regex

from zvitparse.extract.spelled import overwritten
from zvitparse.model import Document

# four or more dots (perhaps spaced «. . . .»), a label before them on the line, a figure and a
# word after them
_LEADER = regex.compile(r"(?<=[\p{L})»\"][^\S\n]*)(?:\.[^\S\n]?){3,}\.(?=[^\S\n]*\d[\d \u00a0]*(?:[,.]\d+)?[^\S\n]*\p{L})")


def view(doc: Document) -> Document:
    """`doc` with its dot leaders read as dashes (the same document if it has none)."""
    text = doc.text
    if "...." not in text and ". . . ." not in text:
        return doc
    dashes = []
    for m in _LEADER.finditer(text):
        a, b = m.span()
        mid = (a + b) // 2
        dashes.append((a, b, " " * (mid - a) + "–" + " " * (b - mid - 1)))
    return overwritten(doc, dashes)
