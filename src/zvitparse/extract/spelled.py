"""Figures written twice, in digits and then in words: «32 (тридцять дві) сім'ї», «836 000,00
(вісімсот тридцять шість тисяч) грн 00 коп.», as contracts and formal reports write them.

The bracket of words stands between the figure and its noun or currency, where every extractor
looks for them. The extractors read a view of the document whose such brackets are blanked
(spaces of the same length: every offset holds); the facts' quotes are then cut from the text as
written. A bracket is blanked only when each of its words is a numeral (`patterns/numerals.yaml`)
or a scale word (`patterns/multipliers.yaml`), so «32 (з них 5 ВПО)» stays as written.
"""

from __future__ import annotations

import functools
from dataclasses import replace

import regex

from zvitparse.model import Document, Fact

_AFTER_FIGURE = regex.compile(r"(?<=\d)[ \u00a0]*(\((?P<words>[\p{L}'’ \u00a0-]{3,120})\))")
_WORD = regex.compile(r"[\p{L}'’]+")


@functools.lru_cache(maxsize=1)
def _numeral_words() -> frozenset[str]:
    from zvitparse.extract.lexicon import lexicon

    return frozenset(lexicon().numerals)


@functools.lru_cache(maxsize=1)
def _scale_words() -> regex.Pattern:
    """The words that scale a number (`patterns/multipliers.yaml`: «тисяч», «мільйонів»)."""
    from zvitparse import patterns

    scales = [e["regex"] for e in patterns.load()["multipliers"] if float(e.get("factor") or 1) > 1]
    return regex.compile("|".join(f"(?:{r})" for r in scales) or r"(?!)", regex.I)


def _all_numerals(words: str) -> bool:
    from zvitparse.nlp import lemma

    known, scale = _numeral_words(), _scale_words()
    found = _WORD.findall(words.lower())
    return bool(found) and all(w in known or lemma(w) in known or scale.fullmatch(w) for w in found)


def view(doc: Document) -> Document:
    """`doc` with the word brackets after its figures blanked (the same document if it has none)."""
    text = doc.text
    if "(" not in text:
        return doc
    spans = [m.span(1) for m in _AFTER_FIGURE.finditer(text) if _all_numerals(m.group("words"))]
    return overwritten(doc, [(a, b, " " * (b - a)) for a, b in spans])


def overwritten(doc: Document, edits: list[tuple[int, int, str]]) -> Document:
    """`doc` with each span (start, end) of its text written over by a string of its length (the
    same document if there is none): a view whose every offset holds."""
    if not edits:
        return doc
    chars = list(doc.text)
    for a, b, new in edits:
        chars[a:b] = new
    return replace(doc, text="".join(chars))


def restore_quotes(facts: list[Fact], doc: Document, seen: Document) -> list[Fact]:
    """The facts read from `seen` (a `view` of `doc`) with their quotes as `doc` writes them."""
    if seen is doc:
        return facts
    out = []
    for f in facts:
        at = seen.text.find(f.quote, max(0, f.start - len(f.quote)), f.end + len(f.quote)) if f.quote else -1
        out.append(replace(f, quote=doc.text[at:at + len(f.quote)]) if at >= 0 else f)
    return out
