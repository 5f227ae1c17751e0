"""The spaCy adapter: the only module that imports spaCy.

`spacy.blank("uk")` with its pymorphy3 lemmatizer, loaded once per process. Tokenizing and
lemmatizing a whole report costs ~100 ms, so callers pass only the sentences that hold figures,
and lemmas are cached per word form (the same few hundred forms recur in every report).
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import time
from typing import NamedTuple

log = logging.getLogger(__name__)

_lock = threading.Lock()
_LEMMA_CACHE: dict[str, tuple[str, str, str]] = {}
_LEMMA_CACHE_MAX = 200_000
_SECONDS = [0.0]  # time spent tokenizing and lemmatizing in this process


class Token(NamedTuple):
    """A token with offsets into the document text (not into the sentence).

    A named tuple, not a frozen dataclass: a report makes tens of thousands of them and the
    dataclass's per-field `__setattr__` cost more than spaCy's tokenizer."""

    text: str
    lower: str
    lemma: str
    pos: str  # pymorphy3's part of speech (NOUN, ADJF, VERB, PRTF …), "" for non-words
    case: str  # pymorphy3's case of the likeliest reading (nomn, gent, datv, accs, ablt, loct), or ""
    start: int
    end: int
    is_digit: bool
    is_punct: bool
    is_space: bool


@functools.lru_cache(maxsize=1)
def get_nlp():
    """The pipeline, built once: blank Ukrainian + pymorphy3 lemmatizer (no model download)."""
    import spacy
    from spacy.util import compile_infix_regex

    with _lock:
        nlp = spacy.blank("uk")
        # Scraped reports glue numbers to words and brackets («-2(послуга», «анкетування100%»);
        # a number must always be a token of its own.
        infixes = [*nlp.Defaults.infixes, r"(?<=[0-9])[(\[]", r"(?<=[(\-–—])(?=[0-9])",
                   r"(?<=[0-9])(?=[^\W\d_])", r"(?<=[^\W\d_])(?=[0-9])"]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        nlp.add_pipe("lemmatizer", config={"mode": "pymorphy3"})
        nlp.initialize()
    log.debug("spaCy pipeline loaded: %s", nlp.pipe_names)
    return nlp


def _analyse(tok) -> tuple[str, str, str]:
    key = tok.lower_
    hit = _LEMMA_CACHE.get(key)
    if hit is None:
        if tok.is_alpha or "'" in key or "-" in key:
            lemmatizer = get_nlp().get_pipe("lemmatizer")
            lemmas = lemmatizer.pymorphy3_lemmatize(tok)
            # the part of speech comes from the same pymorphy3 analyser spaCy's lemmatizer holds
            parses = lemmatizer._morph.parse(tok.text)
            lemma = (lemmas[0] if lemmas else key).lower()
            # «надала» is read as the surname «Надал» first: a word with a common reading is
            # taken in it (reports name few people, and never in lower case)
            common = [p for p in parses if not ({"Surn", "Name", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")))]
            if parses and common and common[0] is not parses[0]:
                parses, lemma = common, common[0].normal_form.lower()
            pos = (parses[0].tag.POS or "") if parses else ""
            if pos == "VERB" and "infn" in parses[0].tag:
                pos = "INFN"  # the Ukrainian dictionary marks an infinitive as a VERB with «infn»
            case = (parses[0].tag.case or "") if parses else ""
            hit = (lemma, pos, case)
        else:
            hit = (key, "", "")
        if len(_LEMMA_CACHE) < _LEMMA_CACHE_MAX:
            _LEMMA_CACHE[key] = hit
    return hit


@functools.lru_cache(maxsize=4096)
def _tokens(text: str, offset: int) -> tuple[Token, ...]:
    return tuple(_make_tokens(text, offset))


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Tokenize and lemmatize `text`; offsets are shifted by `offset`.

    Cached: several extractors read the same sentences of a document."""
    return list(_tokens(text, offset))


def nlp_seconds() -> float:
    """Seconds this process has spent in spaCy tokenizing and lemmatizing (for stage timings)."""
    return _SECONDS[0]


def _make_tokens(text: str, offset: int) -> list[Token]:
    t0 = time.perf_counter()
    try:
        return _tokenize(text, offset)
    finally:
        _SECONDS[0] += time.perf_counter() - t0


# Every figure of a report is a string spaCy has not seen: its tokenizer splits the chunk anew
# and its vocabulary makes a lexeme for it (~1.3 ms of a 30 KB report's ~4), and _FORMS fills
# up with numbers. spaCy's affix and URL rules read digits as a class, so a text with its ASCII
# digits all turned into «5» splits at the same offsets, and its chunks repeat from report to
# report. Two things read digit values: special cases spelled with digits («8)», «:0», «<3»,
# none with a «5») and the URL rule's IP addresses (a dotted quad); a text holding either is
# tokenized as written.
_OTHER_DIGIT = re.compile("[0-46-9]")  # str.translate cost four times more
_DIGIT_CHARS = frozenset("0123456789")
# footnote marks («сім'ям¹», «сімей⁴;»): spaCy would glue them to the word and lose its lemma;
# tokenized as spaces (one character each: the offsets hold), they are no token at all
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_FREE = frozenset(_SUPERSCRIPTS).isdisjoint
_NO_SUPERSCRIPTS = str.maketrans(_SUPERSCRIPTS, " " * len(_SUPERSCRIPTS))


# Per word form (spaCy's ORTH hash): (text, lower, lemma, pos, case, is_digit, is_punct, is_space,
# holds an ASCII digit).
# Reading a spaCy token's attributes one by one costs more than the tokenizer itself; a report
# repeats the same few thousand forms, so each is read once per process.
_FORMS: dict[int, tuple] = {}


def _form(tok) -> tuple:
    lem, pos, case = _analyse(tok)
    return (tok.text, tok.lower_, lem, pos, case, tok.is_digit, tok.is_punct, tok.is_space,
            not _DIGIT_CHARS.isdisjoint(tok.text))


_new = tuple.__new__


@functools.lru_cache(maxsize=1)
def _digit_sensitive():
    import regex

    specials = [k for k in get_nlp().tokenizer.rules if _DIGIT_CHARS.intersection(k)]
    if any("5" in k for k in specials):
        return None  # a special case that the «5»s could spell: never normalize
    return regex.compile("|".join([r"\d\.\d{1,3}\.\d{1,3}\.\d", *(regex.escape(k) for k in specials)]))


def _tokenize(text: str, offset: int) -> list[Token]:
    if not _SUPERSCRIPT_FREE(text):
        out = _tokenize_as(text.translate(_NO_SUPERSCRIPTS), text, offset)
        if out is not None:
            return out
    same = _OTHER_DIGIT.sub("5", text)
    if same != text:
        sensitive = _digit_sensitive()
        if sensitive is not None and not sensitive.search(text):
            out = _tokenize_as(same, text, offset)
            if out is not None:
                return out
    return _tokenize_as(text, text, offset)


def _tokenize_as(tokenized: str, text: str, offset: int) -> list[Token] | None:
    """Tokens of `text` split as spaCy splits `tokenized` (the same text but for its digits);
    None when a token holding changed digits needs the lemmatizer («1-й»)."""
    from spacy.attrs import IDX, ORTH

    doc = get_nlp().make_doc(tokenized)
    out = []
    for i, (orth, idx) in enumerate(doc.to_array([ORTH, IDX]).tolist()):
        form = _FORMS.get(orth)
        if form is None:
            form = _form(doc[i])
            if len(_FORMS) < _LEMMA_CACHE_MAX:
                _FORMS[orth] = form
        word, low, lem, pos, case, is_digit, is_punct, is_space, digits = form
        start = offset + idx
        end = start + len(word)
        if digits and tokenized is not text:
            written = text[idx : idx + len(word)]
            if written != word:
                # a token with other digits: no letter of it is a word's (spaCy's is_alpha is
                # false), so its lemma is its lower case, as `_analyse` gives — unless it holds
                # an apostrophe or a hyphen, which `_analyse` hands to pymorphy3
                low = written.lower()
                if "'" in low or "-" in low:
                    return None
                word, lem, pos, case = written, low, "", ""
        # tuple.__new__ skips the named tuple's argument parsing: half the cost per token
        out.append(_new(Token, (word, low, lem, pos, case, start, end, is_digit, is_punct, is_space)))
    return out


def lemma(word: str) -> str:
    """Lemma of a single word form, lowercased."""
    toks = tokens(word)
    return toks[0].lemma if toks else word.lower()


def lemmatize(text: str) -> str:
    """The text as space-joined lemmas (for phrase matching on lemmas)."""
    return " ".join(t.lemma for t in tokens(text) if not t.is_space)


def morph():
    """The pymorphy3 analyser behind spaCy's lemmatizer (for inflecting names: one analyser
    per process, shared with the lemmatizer)."""
    return get_nlp().get_pipe("lemmatizer")._morph
