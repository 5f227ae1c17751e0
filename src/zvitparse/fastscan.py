r"""`finditer` over a whole report that skips text no match can be in.

Scanning a 30 KB report with one pattern costs the `regex` engine ~0.15 ms however rare the
pattern's words are, and the extractors scan every report with over a hundred patterns. Most
patterns spell words every match must hold (a trigger's verb, a service's noun): a pattern none
of whose words is in the text cannot match at all, and a pattern whose every match begins with
one of a few words only needs to be tried where those words are. `str.find` finds them an order
of magnitude faster than the engine walks the text. A word further into the pattern anchors it
too when what comes before the word can only take a few kinds of characters («(?:у|в)\s+
складних»: letters у, в and spaces): a match then begins in the stretch of such characters
that ends at the word.

The words are read from the pattern's syntax tree (the standard library's parser, which knows
the syntax the patterns use; a pattern it cannot read, or one matched case-insensitively, is
simply scanned in full). Matches are the very ones `rx.finditer(text)` gives, in the same order.

A pattern opening on an alternation of words has a third way: its alternatives as patterns of
their own, each opening on a word the engine searches for fast (`zvitparse.probes`). Each
scanner measures its ways on the texts it sees and takes the cheapest.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
import time
from collections.abc import Iterator
from re import _constants as _C  # noqa: PLC2701 - the parser's opcodes: no public equivalent
from re import _parser as _P  # noqa: PLC2701

import regex

from zvitparse.probes import compile_sources, leftmost_matches, probe_sources

log = logging.getLogger(__name__)

# an anchor word found more often than once per this many characters («в», «у», «на») costs
# more to try the pattern at than a scan of the text
_SPARSE = 100
# a way this many times slower than the cheapest is measured again only rarely (see `_choose`)
_COSTLY = 8
# a text this short is scanned at once: finding and weighing anchors would cost more
_SHORT = 400
# flags under which literal characters do not mean themselves, or matches are not leftmost-first
_UNSAFE_FLAGS = regex.I | regex.REVERSE | regex.V1 | regex.BESTMATCH | regex.ENHANCEMATCH | regex.POSIX
# syntax the standard parser reads differently from `regex` (properties, POSIX classes, named
# characters, fuzzy counts «{e<=1}», inline flags other than m and s): such a pattern is scanned
# in full
_FOREIGN = re.compile(r"\\[pPNL]|\[:\^?[A-Za-z]+:\]|\{[^\d,}]|\(\?(?![ms]+[):])[^:=!<>P#]")
# Letters and marks (`\p{L}`, `\p{M}` …, the name in either case) stand as `\w` in the tree the
# analysis reads: a class the analysis takes for every character but white space and ASCII
# punctuation (`Chars.has`), which holds them all, and that takes no full stop, as they do not.
# The tree then over-reads what the pattern takes, as the analysis needs; the probes are cut
# from the source as written.
_WORD_PROPERTY = re.compile(r"(?<!\\)((?:\\\\)*)\\p\{(?:[Ll][ultmoULTMO]?|[Mm][nceNCE]?)\}")


def _analysable(pattern: str) -> str:
    return _WORD_PROPERTY.sub(r"\1\\w", pattern)

Literals = frozenset[str]


# the ways a Scanner can find its matches (indexes into its costs)
_FULL, _ANCHORS, _PROBES = 0, 1, 2


class Scanner:
    """A compiled pattern with the words its matches must contain, and where they may begin."""

    __slots__ = ("rx", "required", "anchors", "dotless", "caseless", "_probe_sources", "_probes", "_ways", "_cost",
                 "_calls")

    def __init__(self, rx: regex.Pattern, *, caseless: bool = False) -> None:
        self.rx = rx
        # a case-insensitive pattern read for `finditer_caseless` (see there); else one such is
        # scanned in full
        self.caseless = caseless and bool(rx.flags & regex.I)
        tree = _parse(rx, caseless=self.caseless)
        if self.caseless and tree is not None and (_min_width(rx) <= 0 or not _plain_source(rx.pattern)):
            tree = None
        self.required: Literals | None = _required(tree) if tree is not None else None
        # per top-level alternative: the ways to find where its matches begin (see `_anchors`)
        self.anchors: list[list[Anchor]] | None = _branch_anchors(tree) if tree is not None else None
        # the pattern spread over its alternatives, each opening on a word (see `zvitparse.probes`);
        # compiled when first tried (many scanners only ever see short texts)
        # (cut from the source as written, whatever the tree read a letter property as: the
        # tree only says a match takes a character or more, which `\p{L}` and `\w` both do)
        sources = probe_sources(rx.pattern, rx.flags) if tree is not None and not self.caseless else None
        takes = tree is not None and _min_width(rx) > 0
        self._probe_sources = sources if sources is not None and takes else None
        # neither a match nor a look-around wider than one character takes a full stop: every
        # match lies between two full stops, and a run of them reads as one (see `Squeezed`)
        self.dotless = takes and not self.caseless and _dotless(tree)
        if self.caseless and tree is not None:  # the words as the lowercased text spells them
            self.required = frozenset(w.lower() for w in self.required) if self.required is not None else None
            self.anchors = [[Anchor(frozenset(w.lower() for w in a.words), a.before) for a in ways]
                            for ways in self.anchors] if self.anchors is not None else None
        self._probes: tuple[regex.Pattern, ...] | None = None
        self._ways = [w for w, ok in ((_FULL, True), (_ANCHORS, self.anchors is not None),
                                      (_PROBES, self._probe_sources is not None)) if ok]
        # seconds per character of each way: the engine scans some patterns fast (a first
        # letter it can skip to), and then neither the anchors nor the probes pay
        self._cost = [0.0, 0.0, 0.0]
        self._calls = 0

    def may_match(self, text: str) -> bool:
        """False when `text` lacks every word a match must hold: no part of it can match."""
        if self.caseless or self.required is None:
            return True
        return any(w in text for w in self.required)

    def finditer(self, text: str) -> Iterator[regex.Match]:
        """Exactly `self.rx.finditer(text)`."""
        if self.caseless:
            return iter(self.finditer_caseless(text))
        required = self.required
        if required is not None:
            # a plain loop: a generator per call cost more than the test on short texts
            for w in required:
                if w in text:
                    break
            else:
                return iter(())
        ways = self._ways
        if len(ways) == 1 or len(text) < _SHORT:
            return self.rx.finditer(text)
        way = self._choose(ways)
        # (the probes are compiled before the clock starts: a one-off compile counted as the
        # way's cost made it look many times slower than it is, and it was seldom tried again)
        probes = self.probes if way == _PROBES else None
        t0 = time.perf_counter()
        found = None
        if way == _ANCHORS:
            places = self._places(text)
            if places is not None:
                found = list(self._at(text, places))
        elif way == _PROBES:
            if probes is not None:
                found = list(leftmost_matches(self.rx, probes, text))
        if found is None:  # too many places: the time spent finding them counts against the anchors
            found = list(self.rx.finditer(text))
        rate = (time.perf_counter() - t0) / len(text)
        self._cost[way] = rate if not self._cost[way] else 0.7 * self._cost[way] + 0.3 * rate
        return iter(found)

    def _choose(self, ways) -> int:
        """The way to scan this text: each in turn on the first texts and now and then again
        (costs change with the texts), else the cheapest. A way measured at many times the
        cheapest is tried again only rarely: a full scan of a pattern the engine is slow on
        costs ~25 ms, more than the pattern's every other scan of a hundred reports."""
        self._calls = n = self._calls + 1
        cheapest = min(ways, key=self._cost.__getitem__)
        if n <= 2 * len(ways) or n % 64 < len(ways):
            way = ways[n % len(ways)]
            costly = self._cost[cheapest] and self._cost[way] > _COSTLY * self._cost[cheapest]
            if not costly or n % 1024 < len(ways):
                return way
        return cheapest

    def finditer_caseless(self, text: str, start: int = 0, end: int | None = None) -> list[regex.Match]:
        """Exactly `list(self.rx.finditer(text, start, end))` for a case-insensitive pattern
        made with `caseless`: its words are looked for in the lowercased text, and the pattern is
        tried only where a match can begin. Read only when the text holds no character whose
        case variants `str.lower` and `str.upper` do not give (the regex engine's case folding
        then agrees with them); else the text is scanned in full."""
        end = len(text) if end is None else end
        low = caseless_text(text) if self.caseless and self.anchors is not None else None
        if low is None or end - start < _SHORT:
            return list(self.rx.finditer(text, start, end))
        if self.required is not None and not any(low.find(w, start, end) >= 0 for w in self.required):
            return []
        # the anchors pay only for patterns the engine is slow to scan: measured as `finditer` does
        way = self._choose((_FULL, _ANCHORS))
        t0 = time.perf_counter()
        places = self._places_caseless(text, low, start, end) if way == _ANCHORS else None
        if places is None:
            out = list(self.rx.finditer(text, start, end))
        else:
            out, stop, match = [], start, self.rx.match
            for p in places:
                if p < stop:
                    continue
                m = match(text, p, end)
                if m is not None:
                    out.append(m)
                    stop = m.end()
        rate = (time.perf_counter() - t0) / (end - start)
        self._cost[way] = rate if not self._cost[way] else 0.7 * self._cost[way] + 0.3 * rate
        return out

    def _places_caseless(self, text: str, low: str, start: int, end: int) -> list[int] | None:
        """`_places` of text[start:end], its words found in `low` and the characters before them
        read with their case variants."""
        budget = (end - start) // _SPARSE
        places: set[int] = set()
        for ways in self.anchors:
            anchor = next((a for a in ways if sum(low.count(w, start, end) for w in a.words) <= budget), None)
            if anchor is None:
                return None
            before = anchor.before
            for w in anchor.words:
                i = low.find(w, start, end)
                while i >= 0:
                    j = i
                    while j > start and before is not None and before.has_caseless(text[j - 1]):
                        j -= 1
                        if i - j > budget:
                            return None
                    places.update(range(j, i + 1))
                    if len(places) > 4 * budget:
                        return None
                    i = low.find(w, i + 1, end)
        return sorted(places)

    def spans(self, text: str, squeezed: Squeezed | None = None) -> list[tuple[int, int]]:
        """The spans of `self.finditer(text)`; found in `squeezed` (`text` with its runs of full
        stops squeezed) when no match can hold a full stop."""
        if squeezed is not None and self.dotless:
            back = squeezed.back
            return [back(*m.span()) for m in self.finditer(squeezed.text)]
        return [m.span() for m in self.finditer(text)]

    @property
    def probes(self) -> tuple[regex.Pattern, ...] | None:
        """The compiled probes (None when the pattern has none)."""
        if self._probes is None and self._probe_sources is not None:
            self._probes = compile_sources(self._probe_sources, self.rx.flags)
            if self._probes is None:
                self._probe_sources = None
                self._ways = [w for w in self._ways if w != _PROBES]
        return self._probes

    def _places(self, text: str) -> list[int] | None:
        """Every place a match can begin at, or None when trying them all costs more than a scan.

        A match of an alternative holds one of its anchor words where the part before the word
        (`Anchor.before`: the characters it can take) meets it: it begins in the stretch of such
        characters that ends at an occurrence of the word."""
        budget = len(text) // _SPARSE
        places: set[int] = set()
        for ways in self.anchors:
            # an alternative's first anchor whose words are rare enough in this text (the
            # earlier the anchor, the fewer characters before it to walk back over)
            anchor = next((a for a in ways if sum(text.count(w) for w in a.words) <= budget), None)
            if anchor is None:
                return None
            before = anchor.before
            for w in anchor.words:
                i = text.find(w)
                while i >= 0:
                    j = i
                    while j > 0 and before is not None and before.has(text[j - 1]):
                        j -= 1
                        if i - j > budget:
                            return None  # the part before the word takes whole stretches of text
                    places.update(range(j, i + 1))
                    if len(places) > 4 * budget:
                        return None
                    i = text.find(w, i + 1)
        return sorted(places)

    def _at(self, text: str, places: list[int]) -> Iterator[regex.Match]:
        # the leftmost match at or after the previous match's end begins at one of the places
        end = 0
        match = self.rx.match
        for p in places:
            if p < end:
                continue
            m = match(text, p)
            if m is not None:
                yield m
                end = m.end()


_DOT_RUN = re.compile(r"\.{2,}")


class Squeezed:
    """A text with each run of full stops squeezed to one, and the way back to its offsets.

    The extractors scan texts whose sentences without figures, tables and gaps are blanked with
    full stops (a third of a report): a pattern that takes no full stop matches in the squeezed
    text just what it matches in the whole, between the same full stops, and is spared the
    blanks. `of` gives None when there is little to squeeze."""

    __slots__ = ("text", "_starts", "_shifts")

    def __init__(self, text: str, starts: list[int], shifts: list[int]) -> None:
        self.text = text
        self._starts = starts  # where, in the squeezed text, each shift begins
        self._shifts = shifts

    @classmethod
    def of(cls, text: str) -> Squeezed | None:
        # runs that spare less than a tenth of the text cost more to find and map back than
        # they save (the gaps between sentences: ~200 short runs in a report)
        if 20 * text.count("..") < len(text):
            return None
        parts, starts, shifts, pos, cut = [], [0], [0], 0, 0
        for m in _DOT_RUN.finditer(text):
            parts.append(text[pos : m.start() + 1])
            cut += m.end() - m.start() - 1
            pos = m.end()
            starts.append(pos - cut)
            shifts.append(cut)
        if not cut:
            return None
        parts.append(text[pos:])
        return cls("".join(parts), starts, shifts)

    def back(self, start: int, end: int) -> tuple[int, int]:
        """The span of the whole text a span of the squeezed text (holding no full stop) reads."""
        shift = self._shifts[bisect.bisect_right(self._starts, start) - 1]
        return start + shift, end + shift


class Chars:
    """A superset of the characters a part of a pattern can take (for walking back over them)."""

    __slots__ = ("chars", "ranges", "digit", "space", "word", "nonword")

    def __init__(self) -> None:
        self.chars: set[str] = set()
        self.ranges: list[tuple[int, int]] = []
        self.digit = self.space = self.word = self.nonword = False

    def add(self, other: Chars) -> None:
        self.chars |= other.chars
        self.ranges += other.ranges
        self.digit |= other.digit
        self.space |= other.space
        self.word |= other.word
        self.nonword |= other.nonword

    def has(self, c: str) -> bool:
        if c in self.chars:
            return True
        if self.ranges and any(lo <= ord(c) <= hi for lo, hi in self.ranges):
            return True
        if self.digit and c.isdigit():  # \d (decimal digits) is within isdigit
            return True
        if self.space and c.isspace():  # every White_Space character is isspace
            return True
        if self.nonword and not (c.isalpha() or c.isdecimal() or c == "_"):
            return True  # \W never takes a letter, a decimal digit or «_» (all of them \w)
        # \w never takes white space nor ASCII punctuation other than «_»
        return self.word and not c.isspace() and (c == "_" or c not in _ASCII_PUNCT)


    def has_caseless(self, c: str) -> bool:
        """`has` of a character or of one of its case variants (for a case-insensitive pattern)."""
        return self.has(c) or any(len(v) == 1 and self.has(v) for v in (c.lower(), c.upper()))


_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~")


class Anchor:
    """Words one of which begins a part of an alternative, and the characters before that part."""

    __slots__ = ("words", "before")

    def __init__(self, words: Literals, before: Chars | None) -> None:
        self.words = words
        self.before = before  # None: the part is the alternative's start


def _parse(rx: regex.Pattern, *, caseless: bool = False):
    source = _analysable(rx.pattern)
    if rx.flags & (_UNSAFE_FLAGS & ~regex.I if caseless else _UNSAFE_FLAGS) or _FOREIGN.search(source):
        return None
    try:
        tree = _P.parse(source, rx.flags & (re.M | re.S | re.X))
    except (re.error, RecursionError, OverflowError):
        return None
    if tree.state.flags & re.I:
        return None
    return list(tree)


# Characters whose case variants under the regex engine's folding are not just `str.lower` and
# `str.upper` of them, or whose lower case is no one character (K and Å signs, long s, dotted
# İ, old Cyrillic letters, µ, ß …): all but ASCII, Latin-1 letters other than µ, ß and ÿ,
# the Cyrillic letters, and punctuation and spaces. A text holding one is scanned in full.
_ODD_CASE = regex.compile(r"[^\x00-\xb4\xb6-\xde\xe0-\xfe\u0400-\u045f\u0490-\u0491\u2000-\u206f\u2116]")


@functools.lru_cache(maxsize=4)
def caseless_text(text: str) -> str | None:
    """The lowercased text for `Scanner.finditer_caseless`, or None when it holds a character
    `_ODD_CASE` stops (cached: the patterns of a family are tried on one text in turn)."""
    return None if _ODD_CASE.search(text) else text.lower()


def _plain_source(pattern: str) -> bool:
    """Whether a case-insensitive pattern spells (and escapes) no character `_ODD_CASE` stops:
    its words and classes then take a character of a text it passes just when they take the
    character's lower or upper case."""
    return not _ODD_CASE.search(pattern) and not _CHAR_ESCAPE.search(pattern)


_CHAR_ESCAPE = re.compile(r"\\[uUxN0-7]")


def _min_width(rx: regex.Pattern) -> int:
    """The fewest characters a match of `rx` takes (0 when unknown)."""
    try:
        return _P.parse(_analysable(rx.pattern), rx.flags & (re.M | re.S | re.X)).getwidth()[0]
    except (re.error, RecursionError, OverflowError):
        return 0


def _sub(av) -> list:
    return list(av)


def _required(items: list) -> Literals | None:
    """Words one of which every match of the sequence `items` contains (None: unknown)."""
    options: list[Literals] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            options.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        if op is _C.SUBPATTERN:
            if av[1] & re.I:
                return None
            found = _required(_sub(av[3]))
        elif op is _C.ATOMIC_GROUP:
            found = _required(_sub(av))
        elif op is _C.BRANCH:
            found = _union(_required(_sub(b)) for b in av[1])
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            found = _required(_sub(av[2])) if av[0] >= 1 else None
        elif op is _C.IN:
            found = _chars(av)
        else:
            found = None
        if found:
            options.append(found)
    close_run()
    # the words that are rarest in prose: the longest shortest word, then the fewest words
    return max(options, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _starts(items: list) -> Literals | None:
    """Words one of which every match of the sequence `items` begins with (None: unknown)."""
    run: list[str] = []
    for k, (op, av) in enumerate(items):
        if not run and op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] == 0 and av[1] == 1:
            # «[ув]?зят»: the words with and without the optional letter («узят», «взят», «зят»)
            inner = _sub(av[2])  # (one character exactly: a letter or a class of a few)
            head = _starts(inner) if len(inner) == 1 and inner[0][0] in (_C.LITERAL, _C.IN) else None
            rest = _starts(items[k + 1:]) if head else None
            return frozenset({h + w for h in head for w in rest} | rest) if rest else None
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            return frozenset(["".join(run)])
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # takes no characters: the match begins with what follows
        if op is _C.SUBPATTERN:
            return None if av[1] & re.I else _starts(_sub(av[3]))
        if op is _C.ATOMIC_GROUP:
            return _starts(_sub(av))
        if op is _C.BRANCH:
            return _union(_starts(_sub(b)) for b in av[1])
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            return _starts(_sub(av[2])) if av[0] >= 1 else None
        if op is _C.IN:
            return _chars(av)
        return None
    return frozenset(["".join(run)]) if run else None


def _union(parts) -> Literals | None:
    out: set[str] = set()
    for p in parts:
        if not p:
            return None
        out |= p
    return frozenset(out)


def _chars(av) -> Literals | None:
    """A character class of a few plain characters (`[уві]`, or `(?:у|в)` as the parser folds it)."""
    chars = set()
    for op, a in av:
        if op is not _C.LITERAL:
            return None
        chars.add(chr(a))
    return frozenset(chars) if 0 < len(chars) <= 8 else None


def _branch_anchors(items: list) -> list[list[Anchor]] | None:
    """Anchors of each top-level alternative (None if one of them has none)."""
    if len(items) == 1 and items[0][0] is _C.BRANCH:
        out = []
        for b in items[0][1][1]:
            ways = _anchors(_sub(b))
            if not ways:
                return None
            out.append(ways)
        return out
    ways = _anchors(items)
    return [ways] if ways else None


def _anchors(items: list) -> list[Anchor]:
    """Parts of the sequence `items` that begin with one of a few words, with the characters the
    parts before them can take (the search stops at a part whose characters are unknown)."""
    out: list[Anchor] = []
    before = Chars()
    seen_any = False
    for k, (op, av) in enumerate(items):
        zero_width = op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
        # a run's words start at its first letter; a look-around's words at what follows it
        if not zero_width and not (k and items[k - 1][0] is _C.LITERAL and op is _C.LITERAL):
            words = _starts(items[k:])
            # after words and spaces («(?:\w+\s+){0,2}»), a match may begin sentences back
            if words and not (before.word and (before.space or before.nonword)):
                out.append(Anchor(words, _copy(before) if seen_any else None))
        took = _takes([(op, av)])
        if took is None:
            break
        before.add(took)
        seen_any = seen_any or not zero_width
    return out


def _copy(c: Chars) -> Chars:
    out = Chars()
    out.add(c)
    return out


_CATEGORY_FLAGS = {_C.CATEGORY_DIGIT: "digit", _C.CATEGORY_SPACE: "space", _C.CATEGORY_WORD: "word",
                   _C.CATEGORY_NOT_WORD: "nonword"}
# a negated class holding one of these is within the positive category: [^\W\d] is within \w
_NEGATED_WITHIN = {_C.CATEGORY_NOT_DIGIT: "digit", _C.CATEGORY_NOT_SPACE: "space", _C.CATEGORY_NOT_WORD: "word"}


def _takes(items: list) -> Chars | None:
    """A superset of the characters `items` can match, or None if not known."""
    out = Chars()
    for op, av in items:
        if op is _C.LITERAL:
            out.chars.add(chr(av))
        elif op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # takes no characters
        elif op is _C.IN:
            got = _class_takes(av)
            if got is None:
                return None
            out.add(got)
        elif op is _C.SUBPATTERN:
            if av[1] & re.I:
                return None
            got = _takes(_sub(av[3]))
            if got is None:
                return None
            out.add(got)
        elif op is _C.ATOMIC_GROUP:
            got = _takes(_sub(av))
            if got is None:
                return None
            out.add(got)
        elif op is _C.BRANCH:
            for b in av[1]:
                got = _takes(_sub(b))
                if got is None:
                    return None
                out.add(got)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            got = _takes(_sub(av[2]))
            if got is None:
                return None
            out.add(got)
        else:
            return None
    return out


def _class_takes(av) -> Chars | None:
    out = Chars()
    if av and av[0][0] is _C.NEGATE:
        within = [_NEGATED_WITHIN.get(a) for op, a in av[1:] if op is _C.CATEGORY]
        flag = next((f for f in within if f), None)
        if flag is None:
            return None
        setattr(out, flag, True)
        return out
    for op, a in av:
        if op is _C.LITERAL:
            out.chars.add(chr(a))
        elif op is _C.RANGE:
            out.ranges.append(a)
        elif op is _C.CATEGORY and a in _CATEGORY_FLAGS:
            setattr(out, _CATEGORY_FLAGS[a], True)
        else:
            return None
    return out


_DOT = ord(".")
# the categories of a class, and whether each takes a full stop
_DOT_CATEGORIES = {_C.CATEGORY_NOT_DIGIT: True, _C.CATEGORY_NOT_SPACE: True, _C.CATEGORY_NOT_WORD: True,
                   _C.CATEGORY_DIGIT: False, _C.CATEGORY_SPACE: False, _C.CATEGORY_WORD: False}


def _dotless(items: list) -> bool:
    """Whether no match of `items` takes a full stop, nor does a look-around that reads more
    than the one character beside it (that one is the same in the whole and squeezed texts)."""
    for op, av in items:
        if op is _C.LITERAL:
            if av == _DOT:
                return False
        elif op is _C.NOT_LITERAL:
            if av != _DOT:
                return False
        elif op is _C.IN:
            if _class_has_dot(av) is not False:
                return False
        elif op is _C.AT:
            continue
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            if not _dotless(_sub(av[1])) and av[1].getwidth()[1] > 1:
                return False
        elif op is _C.SUBPATTERN:
            if not _dotless(_sub(av[3])):
                return False
        elif op is _C.ATOMIC_GROUP:
            if not _dotless(_sub(av)):
                return False
        elif op is _C.BRANCH:
            if not all(_dotless(_sub(b)) for b in av[1]):
                return False
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            if not _dotless(_sub(av[2])):
                return False
        else:
            return False
    return True


def _class_has_dot(av) -> bool | None:
    """Whether a character class takes a full stop (None: not known)."""
    negate = bool(av) and av[0][0] is _C.NEGATE
    found = False
    for op, a in av[1:] if negate else av:
        if op is _C.LITERAL:
            found |= a == _DOT
        elif op is _C.RANGE:
            found |= a[0] <= _DOT <= a[1]
        elif op is _C.CATEGORY and a in _DOT_CATEGORIES:
            found |= _DOT_CATEGORIES[a]
        else:
            return None
    return found != negate
