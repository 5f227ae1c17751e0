"""Reference marks glued to a word or figure, as a wiki or a paper cites its sources: «Послуги
отримала 3 421 особа[8]», «консультування — 1 904[8];», or a footnote's raised number: «1 274¹
сім'ям», «Скарг⁸ на якість …».

A mark is no figure, and glued to a word it hides that word from the readers of units and labels.
They read a view of the document whose marks are spaces (`spelled.overwritten`: every offset
holds; the quotes are cut from the text as written, `spelled.restore_quotes`).
"""

from __future__ import annotations

import regex

from zvitparse.extract.spelled import overwritten
from zvitparse.model import Document

# «[8]», «[12]», «[a]» right after a letter, a figure or closing punctuation (a list's «[1] Звіт …»
# opening a line is a numbered source, left alone)
# (a raised number glued to a word stays: a footnote line finds the sentence it notes by it,
# `context.footnote_anchor`; the tokenizer parts it from the word)
_MARK = regex.compile(r"(?<=[\p{L}\d.,;:)»%])\[(?:\d{1,3}|\p{Ll})\]|(?<=[\d%])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}")
_ANY_MARK = regex.compile(r"\[|[⁰¹²³⁴⁵⁶⁷⁸⁹]")


def view(doc: Document) -> Document:
    """`doc` with its glued reference marks read as spaces (the same document if it has none)."""
    if not _ANY_MARK.search(doc.text):
        return doc
    return overwritten(doc, [(m.start(), m.end(), " " * (m.end() - m.start())) for m in _MARK.finditer(doc.text)])
