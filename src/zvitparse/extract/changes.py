"""Changes written with an arrow: «Сім'ї у СЖО: 45 → 52 (+7; +15,6 %)», «Догляд вдома | 118 → 109 | −9».

An analytic note shows each figure beside the one of the period before, an arrow between them.
The figure after the arrow is the report's; the one before it, and the signed differences that
follow («(+7; +15,6 %)», «+81», «−9»), belong to no period of the report. The extractors read a
view of the document with those written over by spaces (`spelled.overwritten`: every offset
holds; the quotes are cut from the text as written), in the prose and in the table cells alike.
"""

from __future__ import annotations

import regex

from zvitparse.extract.numbers import WRITTEN_FIGURE
from zvitparse.extract.spelled import overwrite, overwritten_with_cells
from zvitparse.model import Document

_NUM = WRITTEN_FIGURE
_ARROW = r"→|⟶|➝|➔|->|=>"
# the earlier figure and its arrow, a figure after it
_BEFORE = regex.compile(rf"(?<![\d,])(?:{_NUM})(?:\s*%)?\s*(?:{_ARROW})\s*(?=(?:{_NUM}))")
# the differences after the later figure: «(+7; +15,6 %)», «+81», «−9», «(=)»
_DIFF = regex.compile(rf"\s*\((?:[+−–-]\s*(?:{_NUM})\s*%?\s*[;,]?\s*)+\)|\s*\(=\)|(?<=\s)[+−]\s?(?:{_NUM})\s*%?(?!\S)")
_ANY_ARROW = regex.compile(_ARROW)


def _edits(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for m in _BEFORE.finditer(text):
        edits.append((m.start(), m.end(), " " * (m.end() - m.start())))
        after = regex.match(rf"(?:{_NUM})(?:\s*%)?", text[m.end():])
        if after is None:
            continue
        at = m.end() + after.end()
        diff = _DIFF.match(text, at)
        if diff is not None:
            edits.append((diff.start(), diff.end(), " " * (diff.end() - diff.start())))
    return edits


def view(doc: Document) -> Document:
    """`doc` with its earlier figures and differences read as spaces (the same document if it
    writes no change with an arrow)."""
    if not _ANY_ARROW.search(doc.text):
        return doc
    return overwritten_with_cells(doc, _edits, _cell_text)


def _cell_text(text: str) -> str:
    """A cell's text as the view reads it; a cell of a difference alone («+53», «−9») is blank."""
    if regex.fullmatch(rf"\s*[+−–-]\s?(?:{_NUM})\s*%?\s*|\s*=\s*", text) and text.strip()[:1] in "+−=":
        return " " * len(text)
    return overwrite(text, _edits(text))
