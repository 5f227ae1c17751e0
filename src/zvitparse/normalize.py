"""Text normalization every reader applies to each block before the document is assembled.

The assembled text is already normal, so every offset indexes it and no offset mapping is
needed. What is unified: apostrophes, exotic spaces, soft hyphens, zero-width and control
characters, combining marks (NFC: a PDF's «и + ̆» becomes «й»), Latin look-alike letters
inside otherwise Cyrillic words (a scraped «Вiнниця» with a Latin i), runs of spaces.
Line breaks are kept: lists and flattened tables rely on lines.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import regex

# Apostrophe look-alikes → U+0027 (SPEC scoring unifies apostrophes the same way).
_APOSTROPHES = "\u2019\u02bc`\u2032\u2018\u02b9\uff07"
# Spaces that are not U+0020: no-break, narrow no-break, thin, figure, en/em … ideographic.
_SPACES = "\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u205f\u3000\t"
# Removed outright: soft hyphen, zero-width space/joiners, word joiner, BOM, bidi marks, and
# the combining acute of stress marks (NFC has no precomposed Cyrillic form for it).
_DELETE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u0301"
# Line separators of other worlds → \n.
_NEWLINES = "\u2028\u2029\x0b\x0c\x85"

_TABLE: dict[int, str | None] = {}
_TABLE.update({ord(c): "'" for c in _APOSTROPHES})
_TABLE.update({ord(c): " " for c in _SPACES})
_TABLE.update({ord(c): None for c in _DELETE})
_TABLE.update({ord(c): "\n" for c in _NEWLINES})
# Bullets Word writes in Symbol/Wingdings fonts come out of PDFs as private-use characters.
_TABLE.update({0xF0B7: "•", 0xF0A7: "▪", 0xF0D8: "➢", 0xF0FC: "✓", 0xF076: "❖"})
# C0/C1 control characters other than \n (tabs handled above) carry nothing.
_TABLE.update({i: None for i in range(0x20) if chr(i) not in "\n\t\x0b\x0c"})
_TABLE.update({i: None for i in range(0x7F, 0xA0) if i != 0x85})

_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(text: str) -> str:
    """Digits a reader found raised («сімей<sup>4</sup>», a Word superscript run, «[^4]» in
    Markdown) as superscript digits: a footnote mark no extractor reads as a figure, and no
    longer a number glued to the word before it."""
    return text.translate(_SUPERSCRIPT_DIGITS)


# Latin letters that look like Cyrillic ones; replaced only inside a Cyrillic word.
LATIN_TO_CYRILLIC = str.maketrans(
    "aceiopxyACEIOPXKMHTB",
    "асеіорхуАСЕІОРХКМНТВ",
)
_HOMOGLYPHS = frozenset("aceiopxyACEIOPXKMHTB")

_WORD = regex.compile(r"(?<![\p{L}\p{M}'])[\p{L}\p{M}']+")
# Plain `re` for the hot, simple patterns: it is several times faster than `regex` on them.
_LATIN_RUN = re.compile(r"[A-Za-z]+")
_SPECIAL = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")
# A bar drawn in block characters between a caption and its figure («догляд вдома ▇▇▇▇ 391»,
# an infographic's bar list) stands where a list writes its dash.
_BAR = re.compile("[\u2580-\u259f\u25ac]")
_BAR_RUN = re.compile(r"[ \t]*[\u2580-\u259f\u25ac]+[ \t]*")
_SPACE_RUN = re.compile(r"  +")
_BLANK_RUN = re.compile(r"\n{3,}")


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _fix_word(word: str) -> str:
    latin = [c for c in word if "A" <= c <= "z" and c.isalpha()]
    if not latin or any(c not in _HOMOGLYPHS for c in latin):
        return word  # a real Latin word or a mixed one we cannot fix safely
    others = [c for c in word if c.isalpha() and c not in latin]
    if not others or not all("\u0400" <= c <= "\u04ff" for c in others):
        return word
    return word.translate(LATIN_TO_CYRILLIC)


def fix_homoglyphs(text: str) -> str:
    """Latin look-alikes inside otherwise Cyrillic words → Cyrillic («Вiнниця» → «Вінниця»)."""
    out: list[str] = []
    pos = 0
    for m in _LATIN_RUN.finditer(text):
        a, b = m.start(), m.end()
        if a < pos:
            continue
        # a Latin run touching a Cyrillic letter (maybe across an apostrophe or a mark)
        before = text[a - 1] if a else ""
        if before in "'" and a > 1 or unicodedata.category(before or " ") == "Mn":
            before = text[a - 2]
        after = text[b] if b < len(text) else ""
        if after in "'" and b + 1 < len(text) or unicodedata.category(after or " ") == "Mn":
            after = text[b + 1]
        if not (_cyrillic(before) or _cyrillic(after)):
            continue
        while a > 0 and (text[a - 1].isalpha() or text[a - 1] == "'" or unicodedata.category(text[a - 1]) == "Mn"):
            a -= 1
        w = _WORD.match(text, a)
        if w is None:
            continue
        out.append(text[pos:a])
        out.append(_fix_word(w.group()))
        pos = w.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# Letters typed (or recognized) for digits inside a figure: «6O5 осіб», «2l 87O послуг», «4О» with
# a Cyrillic О, «l O42 особи». Only a run of digits and such letters with no letter beside it
# («H2O», «COVID-19», «ВПО2024» keep theirs), and a lone «l» only before a figure's
# three-digit group.
_DIGIT_LOOKALIKE = re.compile("[0-9OОlI]*(?:[0-9][OОlI]|[OОlI][0-9])[0-9OОlI]*")
_LONE_LOOKALIKE = re.compile(r"(?<![^\W\d_])l(?= [0-9]{3}(?![0-9]))")
_AS_DIGITS = str.maketrans("OОlI", "0011")
_MAYBE_LOOKALIKE = re.compile(r"[0-9][OОlI]|[OОlI][0-9]|(?<![^\W\d_])l [0-9O]")


def fix_digit_lookalikes(text: str) -> str:
    """Letters standing for digits inside a figure → digits («6O5» → «605», «l O42» → «1 042»)."""
    if not _MAYBE_LOOKALIKE.search(text):
        return text

    def digits(m: re.Match) -> str:
        a, b = m.span()
        if (a and text[a - 1].isalpha()) or (b < len(text) and text[b].isalpha()):
            return m.group()
        return m.group().translate(_AS_DIGITS)

    text = _DIGIT_LOOKALIKE.sub(digits, text)
    return _LONE_LOOKALIKE.sub(lambda m: m.group().translate(_AS_DIGITS), text)


_MAYBE_CHANGED = re.compile(r"[A-Za-z\u0300-\u036f]|[0-9]О|О[0-9]")


def needs_normalizing(s: str) -> bool:
    """False when `normalize_text` could only trim and collapse spaces: no special characters,
    no Latin letter, no combining mark (a cheap check for short strings on hot paths)."""
    return bool(_SPECIAL.search(s) or _MAYBE_CHANGED.search(s) or _BAR.search(s))


def normalize_text(s: str) -> str:
    """Normalize one block's text; line breaks inside it are kept as `\\n`."""
    if not s:
        return ""
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    if not s.isascii() and not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    if _SPECIAL.search(s):
        s = _SPECIAL.sub(lambda m: _TABLE[ord(m.group())] or "", s)
    s = fix_homoglyphs(s)
    s = fix_digit_lookalikes(s)
    if _BAR.search(s):  # (one character looked for: the run's spaces would be tried everywhere)
        s = _BAR_RUN.sub(" – ", s)
    s = _SPACE_RUN.sub(" ", s)
    if " \n" in s or "\n " in s or s[:1] == " " or s[-1:] == " ":
        s = "\n".join(line.strip(" ") for line in s.split("\n"))
    s = _BLANK_RUN.sub("\n\n", s)
    if "-\n" in s:
        s = _LINE_HYPHEN.sub(_rejoin, s)
    if "- " in s:
        s = _SPACED_HYPHEN.sub(_rejoin_spaced, s)
    if "\n" in s:
        s = _LINE_BREAK.sub(_rejoin_bare, s)
    return s.strip(" \n")


# a scan's words broken with a hyphen and a space («по- слугами») or at a line's end without
# a hyphen («обслугову\nвання»)
_SPACED_HYPHEN = regex.compile(r"(?<![\p{L}'-])(\p{L}[\p{L}']*)-[ \t]+(\p{Ll}[\p{L}']*)")
_LINE_BREAK = regex.compile(r"(?<![\p{L}'-])(\p{L}[\p{L}']+)\n(\p{Ll}[\p{L}']+)")


@functools.lru_cache(maxsize=1)
def _hanging_half_re() -> regex.Pattern:
    from zvitparse import patterns

    rxs = [e["regex"] for e in patterns.load()["links"] if e.get("relation") == "compound_half_conjunction"]
    return regex.compile("|".join(f"(?:{r})" for r in rxs) or r"(?!)")


def _rejoin_spaced(m: regex.Match) -> str:
    """«по- слугами» → «послугами» when only the joined form is a word; «соціально- та …» stays."""
    from zvitparse.nlp import morph

    a, b = m.group(1), m.group(2)
    # «дво- та трикімнатні»: a compound's first half left hanging before a conjunction
    if _hanging_half_re().match(b.lower()):
        return m.group(0)
    return a + b if morph().word_is_known((a + b).lower()) else m.group(0)


def _rejoin_bare(m: regex.Match) -> str:
    """«обслугову\nвання» → «обслуговування»: neither half is a word, the joined form is."""
    from zvitparse.nlp import morph

    a, b = m.group(1), m.group(2)
    analyser = morph()
    # (the dictionary guesses a form for many fragments like «обслугову»: the second half decides)
    if analyser.word_is_known(b.lower()):
        return m.group(0)
    return a + b if analyser.word_is_known((a + b).lower()) else m.group(0)


# a word broken at a line's end by the layout of a PDF: «завер-\nшено», «вихо-\nвуються»
_LINE_HYPHEN = regex.compile(r"(?<![\p{L}'-])(\p{L}[\p{L}']*)-\n[ \t]*(\p{Ll}[\p{L}']*)")


def _rejoin(m: regex.Match) -> str:
    """One word again when only the joined form is a word («завер» + «шено»); a compound
    that is a hyphenated word of two known halves («соціально-психологічний») keeps its hyphen."""
    from zvitparse.nlp import morph

    a, b = m.group(1), m.group(2)
    analyser = morph()
    if not analyser.word_is_known((a + b).lower()):
        return f"{a}-{b}"
    # a compound's first half is a whole word of its own («соціально-», «медико-»); «осо-» +
    # «бам» is a broken word though «бам» is in the dictionary
    compound = (len(a) >= 4 and analyser.word_is_known(a.lower()) and analyser.word_is_known(b.lower()))
    return f"{a}-{b}" if compound else a + b
