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
    """`doc` with the word brackets after its figures blanked (the same document if it has none)."""
    text = doc.text
    if "(" not in text:
        return doc
    spans = [m.span(1) for m in _AFTER_FIGURE.finditer(text) if _all_numerals(m.group("words"))]
    for m in _DIGITS_AFTER_WORD.finditer(text):
        words = words_before(text, m.start())
        if words:
            spans += [(words[0], words[1]), (m.start("digits") - 1, m.start("digits")),
                      (m.end("digits"), m.end("digits") + 1)]
    return overwritten(doc, [(a, b, " " * (b - a)) for a, b in spans])


def disagreements(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, digits, words) of each figure whose words say another number than its digits
    («214 (двісті сорок чотири) особи»): a typo in one of them, the reader cannot tell which."""
    out = []
    if "(" not in text:
        return out
    for m in _AFTER_FIGURE.finditer(text):
        digits = _DIGITS_END.search(text[max(0, m.start() - 20):m.start()])
        said = words_value(m.group("words")) if _all_numerals(m.group("words")) else None
        if digits and said is not None:  # «412 650,00 (… тисяч …) грн»: the whole hryvnias
            out.append((m.start() - len(digits.group()), m.end(), int(regex.sub(r"\D", "", digits["whole"])), said))
    for m in _DIGITS_AFTER_WORD.finditer(text):
        words = words_before(text, m.start())
        said = words_value(text[words[0]:words[1]]) if words else None
        if said is not None:
            out.append((words[0], m.end(), int(regex.sub(r"\D", "", m.group("digits"))), said))
    return [d for d in out if d[2] != d[3]]


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
