"""Which service a table or a sentence is about: the nearest preceding mention of one.

Service names are those of `patterns/services.yaml`, found by the prose lexicon (one
mechanism for every extractor: where two services claim the same words, the higher priority,
then the longer match, wins).
"""

from __future__ import annotations

import functools

import regex

from zvitparse.extract.lexicon import lexicon

_BRACKETS = regex.compile(r"\([^()]*\)")
_FIGURE = regex.compile(r"\d")
# How far back (characters) a sentence looks for the service it is about.
PROSE_LOOKBACK = 1500


def find_services(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping service mentions (start, end, service id), in text order."""
    return list(_services(text))


@functools.lru_cache(maxsize=8192)
def _services(text: str) -> tuple[tuple[int, int, str], ...]:
    # cached: every table row looks back over the same heading and caption lines
    lex = lexicon()
    titled = lex.link_re.get("programme_title")
    return tuple((m.start, m.end, m.value) for m in lex.find_services(text, 0)
                 if titled is None or not titled.search(text, max(0, m.start - 120), m.start))


def service_in(text: str) -> str | None:
    """The one service a short text names, or None when it names none or several."""
    found = {sid for _, _, sid in find_services(text)}
    return found.pop() if len(found) == 1 else None


_FOOTNOTE_LINE = regex.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


def footnote_anchor(text: str, pos: int) -> int:
    """For `pos` on a footnote line («³ Набори передали БФ …»), where the text marks that note
    («(видано 466 наборів³)»); else `pos` itself. A footnote says more of the sentence it marks."""
    start = text.rfind("\n", 0, pos) + 1
    mark = _FOOTNOTE_LINE.match(text, start)
    if mark is None:
        return pos
    at = text.rfind(mark.group(), 0, start)
    while at > 0 and text[at - 1] in "⁰¹²³⁴⁵⁶⁷⁸⁹":
        at = text.rfind(mark.group(), 0, at)
    return at + len(mark.group()) if at >= 0 else pos


def service_before(text: str, pos: int, lookback: int = PROSE_LOOKBACK) -> str | None:
    """The service named last before `pos` within `lookback` characters (before the mark of the
    footnote that `pos` stands in)."""
    pos = footnote_anchor(text, pos)
    lo = max(0, pos - lookback)
    hits = find_services(text[lo:pos])
    return hits[-1][2] if hits else None


# How many lines back a table row looks for the heading or caption naming its service.
SECTION_LOOKBACK_LINES = 40


def service_of_section(text: str, pos: int, *, headings_only: bool = False) -> str | None:
    """The service of the nearest line before `pos` that names exactly one (headings and
    captions of a table name it; a line naming several is passed over). With `headings_only`,
    lines holding a figure are passed over too: they report, they do not head."""
    lo = max(0, pos - 6000)
    lines = text[lo:pos].split("\n")
    section = lexicon().link_re.get("numbered_section")
    unchecked = lexicon().link_re.get("unchecked_option")
    for line in list(reversed(lines))[:SECTION_LOOKBACK_LINES]:
        if not line.strip() or headings_only and _FIGURE.search(line):
            continue
        if unchecked is not None and unchecked.match(line):
            continue  # «☐ соціальне таксі»: a service the form says is not given
        found = {sid for _, _, sid in find_services(line)}
        if len(found) > 1:  # «Денний догляд дітей … (відділення денного догляду КУ …)»: the bracket names who gives it
            found = {sid for _, _, sid in find_services(_BRACKETS.sub(" ", line))}
        if len(found) == 1:
            return found.pop()
        if section is not None and section.match(line):
            return None  # «Захід 6.4. …» naming no service: the section before is over
    return None
