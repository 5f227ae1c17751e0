"""`finditer` over a whole report that skips text no match can be in.

Scanning a 30 KB report with one pattern costs the `regex` engine ~0.15 ms however rare the
pattern's words are, and the extractors scan every report with over a hundred patterns. Most
patterns spell words every match must hold (a trigger's verb, a service's noun): a pattern none
of whose words is in the text cannot match at all, and a pattern whose every match begins with
one of a few words only needs to be tried where those words are. `str.find` finds them an order
of magnitude faster than the engine walks the text.

The words are read from the pattern's syntax tree (the standard library's parser, which knows
the syntax the patterns use; a pattern it cannot read, or one matched case-insensitively, is
simply scanned in full). Matches are the very ones `rx.finditer(text)` gives, in the same order.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from re import _constants as _C  # noqa: PLC2701 - the parser's opcodes: no public equivalent
from re import _parser as _P  # noqa: PLC2701

import regex

log = logging.getLogger(__name__)

# a start word shorter than this is too common to look for («в», «у», «на»)
_MIN_PREFIX = 3
# trying the pattern at more places than one per this many characters costs more than a scan
_SPARSE = 100
# flags under which literal characters do not mean themselves, or matches are not leftmost-first
_UNSAFE_FLAGS = regex.I | regex.REVERSE | regex.V1 | regex.BESTMATCH | regex.ENHANCEMATCH | regex.POSIX
# syntax the standard parser reads differently from `regex` (properties, POSIX classes, named
# characters, fuzzy counts «{e<=1}»): such a pattern is scanned in full
_FOREIGN = re.compile(r"\\[pPNL]|\[:|\{[^\d,}]|\(\?[^:=!<>P#]")

Literals = frozenset[str]


class Scanner:
    """A compiled pattern with the words its matches must contain and may begin with."""

    __slots__ = ("rx", "required", "prefixes")

    def __init__(self, rx: regex.Pattern) -> None:
        self.rx = rx
        tree = _parse(rx)
        self.required: Literals | None = _required(tree) if tree is not None else None
        starts = _starts(tree) if tree is not None else None
        self.prefixes: Literals | None = starts if starts and min(map(len, starts)) >= _MIN_PREFIX else None

    def finditer(self, text: str) -> Iterator[regex.Match]:
        """Exactly `self.rx.finditer(text)`."""
        if self.required is not None and not any(w in text for w in self.required):
            return iter(())
        if self.prefixes is not None:
            if sum(text.count(w) for w in self.prefixes) * _SPARSE <= len(text):
                return self._at_starts(text)
        return self.rx.finditer(text)

    def _at_starts(self, text: str) -> Iterator[regex.Match]:
        # a match begins with one of the start words, so the leftmost match at or after the
        # previous match's end is the first start-word place (in order) where the pattern matches
        places = set()
        for w in self.prefixes:
            i = text.find(w)
            while i >= 0:
                places.add(i)
                i = text.find(w, i + 1)
        end = 0
        match = self.rx.match
        for p in sorted(places):
            if p < end:
                continue
            m = match(text, p)
            if m is not None:
                yield m
                end = m.end()


def _parse(rx: regex.Pattern):
    if rx.flags & _UNSAFE_FLAGS or _FOREIGN.search(rx.pattern):
        return None
    try:
        tree = _P.parse(rx.pattern, rx.flags & (re.M | re.S | re.X))
    except (re.error, RecursionError, OverflowError):
        return None
    if tree.state.flags & re.I:
        return None
    return list(tree)


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
    for op, av in items:
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
