"""Is this a Ukrainian word? The dictionary that decides line-break joins in PDFs.

A PDF breaks words at line ends («соці-» / «альних») and narrow table cells wrap long words
without a hyphen («Найменув» / «ання»). Whether two fragments are one word is decided by the
pymorphy3 Ukrainian dictionary (already a dependency of the NLP stage), loaded once per
process on first use — only PDFs with such breaks pay for it.
"""

from __future__ import annotations

import functools
import logging

log = logging.getLogger(__name__)

# How the first stem of a hyphenated compound adjective ends (Cyrillic о, е; their Latin
# twins in case a PDF mixes them).
_COMPOUND_STEM_ENDS = frozenset("\u043e\u0435oe")


@functools.lru_cache(maxsize=1)
def _analyzer():
    try:
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang="uk")
    except Exception as exc:  # a missing dictionary package must not stop reading
        log.warning("no Ukrainian dictionary for rejoining broken words: %s", exc)
        return None


@functools.lru_cache(maxsize=65536)
def is_word(word: str) -> bool | None:
    """True/False for a word the dictionary knows / does not; None without a dictionary."""
    morph = _analyzer()
    if morph is None:
        return None
    return bool(morph.word_is_known(word.lower()))


def one_word(left: str, right: str) -> bool | None:
    """Whether fragments `left` + `right` (split by a line break) are one word.

    The joined form is a word and a part is not («соці» / «альних»): one word. Both parts are
    words too («на» / «дання»): one word, unless the left one is a compound's first stem
    ending in «-о»/«-е» («матеріально» / «технічної»: the dictionary knows the fused form, but
    reports write it with a hyphen). Two words that join into none stay two («діти» /
    «сироти»); two non-words in lower case are one word broken twice («теплопост» / «ачанн» /
    «я»). None when the dictionary cannot tell.
    """
    joined = is_word(left + right)
    if joined is None:
        return None
    lw, rw = is_word(left), is_word(right)
    if joined:
        return not (lw and rw and len(left) > 3 and left[-1].lower() in _COMPOUND_STEM_ENDS)
    if lw and rw:
        return False
    if not lw and not rw and right[:1].islower():
        return True
    return None
