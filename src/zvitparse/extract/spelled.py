"""Figures written twice, in digits and in words: «32 (тридцять дві) сім'ї», «836 000,00
(вісімсот тридцять шість тисяч) грн 00 коп.», or the other way round, «дев'ять (9) сімей», as
contracts and formal reports write them.

The words stand between the figure and its noun, or the bracket does, where every extractor
looks for them. The extractors read a view of the document whose words are blanked, and the
brackets round digits (spaces of the same length: every offset holds); the facts' quotes are then
cut from the text as written. Words are blanked only when each is a numeral
(`patterns/numerals.yaml`) or a scale word (`patterns/multipliers.yaml`), so «32 (з них 5 ВПО)»
stays as written.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace

import regex

from zvitparse.model import Document, Fact

_AFTER_FIGURE = regex.compile(r"(?<=\d)[ \u00a0]*(\((?P<words>[\p{L}'’ \u00a0-]{3,120})\))")
_WORD = regex.compile(r"[\p{L}'’]+")
# «дев'ять (9) сімей»: digits in a bracket right after a word
_DIGITS_AFTER_WORD = regex.compile(r"(?<=[\p{L}'’])[ \u00a0]+\((?P<digits>\d{1,3}(?:[ \u00a0]\d{3})*)\)(?!\s*%)")
_DIGITS_END = regex.compile(r"(?<![\d,.])(?P<whole>\d{1,3}(?:[ \u00a0]\d{3})*)(?:,\d+)?[ \u00a0]*$")
_WORD_BEFORE = regex.compile(r"[\p{L}'’]+[ \u00a0]*$")


@functools.lru_cache(maxsize=1)
def _numeral_words() -> frozenset[str]:
    from zvitparse.extract.lexicon import lexicon

    return frozenset(lexicon().numerals)


@functools.lru_cache(maxsize=1)
def _scales() -> tuple[tuple[regex.Pattern, int], ...]:
    """The words that scale a number and by what (`patterns/multipliers.yaml`: «тисяч» 1000)."""
    from zvitparse import patterns

    return tuple((regex.compile(e["regex"], regex.I), int(float(e["factor"])))
                 for e in patterns.load()["multipliers"] if float(e.get("factor") or 1) > 1)


@functools.lru_cache(maxsize=1)
def _scale_words() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{rx.pattern})" for rx, _ in _scales()) or r"(?!)", regex.I)


def _all_numerals(words: str) -> bool:
    from zvitparse.nlp import lemma

    known, scale = _numeral_words(), _scale_words()
    found = _WORD.findall(words.lower())
    return bool(found) and all(w in known or lemma(w) in known or scale.fullmatch(w) for w in found)


def view(doc: Document) -> Document:
    """`doc` with its figures' words blanked, and the brackets round digits after words (the same
    document if it has none)."""
    text = doc.text
    if "(" not in text:
        return doc
    spans = [span for blanks, *_ in _written_twice(text) for span in blanks]
    return overwritten(doc, [(a, b, " " * (b - a)) for a, b in spans])


def _written_twice(text: str):
    """(spans to blank, start, end, digits or None, words) of each figure written in digits and
    in words, either way round."""
    for m in _AFTER_FIGURE.finditer(text):
        if _all_numerals(m.group("words")):
            digits = _DIGITS_END.search(text[max(0, m.start() - 20):m.start()])
            # («412 650,00 (… тисяч …) грн»: the whole hryvnias)
            value = int(regex.sub(r"\D", "", digits["whole"])) if digits else None
            yield [m.span(1)], m.start() - (len(digits.group()) if digits else 0), m.end(), value, m.group("words")
    for m in _DIGITS_AFTER_WORD.finditer(text):
        words = words_before(text, m.start())
        if words:
            a, b = m.span("digits")
            yield ([words, (a - 1, a), (b, b + 1)], words[0], m.end(), int(regex.sub(r"\D", "", m.group("digits"))),
                   text[words[0]:words[1]])


def disagreements(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, digits, words) of each figure whose words say another number than its digits
    («214 (двісті сорок чотири) особи»): a typo in one of them, the reader cannot tell which."""
    if "(" not in text:
        return []
    out = []
    for _, start, end, digits, words in _written_twice(text):
        said = words_value(words) if digits is not None else None
        if said is not None and said != digits:
            out.append((start, end, digits, said))
    return out


def words_value(words: str) -> int | None:
    """The number a run of numeral words says («двісті сорок чотири» → 244; «одна тисяча триста
    дванадцять» → 1312), or None when it holds a word that is no whole number."""
    from zvitparse.extract.lexicon import lexicon
    from zvitparse.nlp import lemma

    numerals = lexicon().numerals
    total = cur = 0
    for w in _WORD.findall(words.lower()):
        factor = next((f for rx, f in _scales() if rx.fullmatch(w)), None)
        if factor:
            total, cur = total + (cur or 1) * factor, 0
            continue
        hit = numerals.get(w) or numerals.get(lemma(w))
        if not hit or hit[1] == "percent_adverb" or hit[0] != int(hit[0]):
            return None
        cur += int(hit[0])
    return total + cur


def words_before(text: str, at: int) -> tuple[int, int] | None:
    """The span of the run of numeral words that ends at `at` («проведено п'ятдесяти восьми»
    → «п'ятдесяти восьми»), or None when the word right before is no numeral."""
    start = at
    while True:
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if not m or not _all_numerals(m.group()):
            break
        start = m.start()
    return (start, at) if start < at else None


def overwritten(doc: Document, edits: list[tuple[int, int, str]]) -> Document:
    """`doc` with each span (start, end) of its text written over by a string of its length (the
    same document if there is none): a view whose every offset holds."""
    return replace(doc, text=overwrite(doc.text, edits)) if edits else doc


def overwritten_with_cells(doc: Document, edits: Callable[[str], list[tuple[int, int, str]]],
                           cell_text: Callable[[str], str] | None = None) -> Document:
    """`doc` with `edits(text)` written over its text and over each table cell's own text (a
    cell's text is `cell_text(text)` where given): the same document if nothing is edited."""
    seen = overwritten(doc, edits(doc.text))
    if seen is doc:
        return doc
    cell_text = cell_text or (lambda text: overwrite(text, edits(text)))
    return replace(seen, blocks=[
        replace(b, rows=tuple(tuple(replace(c, text=cell_text(c.text)) for c in row) for row in b.rows))
        if b.kind == "table" and b.rows else b for b in doc.blocks])


def overwrite(text: str, edits: list[tuple[int, int, str]]) -> str:
    """`text` with each span (start, end) written over by a string of its length."""
    chars = list(text)
    for a, b, new in edits:
        chars[a:b] = new
    return "".join(chars)


def restore_quotes(facts: list[Fact], doc: Document, seen: Document) -> list[Fact]:
    """The facts read from `seen` (a `view` of `doc`) with their quotes as `doc` writes them."""
    if seen is doc:
        return facts
    out = []
    for f in facts:
        at = seen.text.find(f.quote, max(0, f.start - len(f.quote)), f.end + len(f.quote)) if f.quote else -1
        out.append(replace(f, quote=doc.text[at:at + len(f.quote)]) if at >= 0 else f)
    return out
