"""Choices ticked in a form: «☒ Добре ☐ Задовільно ☐ Незадовільно», «[x] добре [ ] задовільно».

The ticked option is what the form says; the options left blank are not. The extractors read a
view of the document whose blank options are spaces, and whose boxes are too
(`spelled.overwritten`: every offset holds; the quotes are cut from the text as written). A line
is read so only when it offers two options or more and ticks exactly one.
"""

from __future__ import annotations

import regex

from zvitparse.extract.spelled import overwrite, overwritten_with_cells
from zvitparse.model import Document

_TICKED = r"☒|☑|✓|✔|■|\[[xXхХvV✓✔]\]"
_BLANK = r"☐|□|\[\s?\]"
# a box and the words of its option, up to the next box, a tab or the line's end
_OPTION = regex.compile(rf"(?P<box>{_TICKED}|{_BLANK})(?P<words>[^\t\n☒☑✓✔■☐□\[]*)")
_IS_TICKED = regex.compile(_TICKED)
_ANY_BOX = regex.compile(rf"{_TICKED}|{_BLANK}")


def view(doc: Document) -> Document:
    """`doc` with the options its forms left blank read as spaces (the same document if none)."""
    if not _ANY_BOX.search(doc.text):
        return doc
    # (a table's cells hold their own text: the same options blanked there)
    return overwritten_with_cells(doc, _edits)


def _edits(text: str) -> list[tuple[int, int, str]]:
    edits, pos = [], 0
    for line in text.split("\n"):
        edits += _line_edits(line, pos)
        pos += len(line) + 1
    return edits


def overwritten_text(text: str) -> str:
    """`text` with its blank options read as spaces."""
    return overwrite(text, _edits(text))


def _line_edits(line: str, at: int) -> list[tuple[int, int, str]]:
    options = list(_OPTION.finditer(line))
    if len(options) < 2 or sum(1 for o in options if _IS_TICKED.fullmatch(o["box"])) != 1:
        return []
    out = []
    for o in options:  # (the ticked option keeps its words, the blank ones lose theirs too)
        a, b = o.span("box") if _IS_TICKED.fullmatch(o["box"]) else o.span()
        out.append((at + a, at + b, " " * (b - a)))
    return out
