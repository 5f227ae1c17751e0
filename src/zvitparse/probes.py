r"""A pattern's alternatives as separate patterns ("probes"), to find its matches faster.

The `regex` engine finds a pattern that opens on one literal word with a fast string search,
but tries an alternation of words («(?:взял\w*|брал\w*|прийняли)\s+участь») at every
character of the text: such a pattern costs several times more. Spread over its alternatives
(«взял\w*\s+участь», «брал\w*\s+участь», …), each opens on a word again. The pattern matches at
a position exactly when one of its probes does, so its leftmost match is found where the
probes' leftmost match begins; `leftmost_matches` walks the text so, giving exactly the
matches of `finditer`.

Probes are cut from the pattern's source: its top-level alternatives, and the alternatives of
a non-capturing group it opens on (after look-arounds), the rest of the pattern copied onto
each. Look-arounds and what follows the group are evaluated the same in every probe, and a
plain group backtracks into its every alternative, so the union is exact. Sources the cutter
cannot read with certainty (comments, back-references, verbose mode, quoted runs) give none.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# more probes than this cost more searches than the alternation saves
MAX_PROBES = 24
_MAX_DEPTH = 6
# look-arounds and boundaries a probe keeps in front of the group it spreads
_ZERO_WIDTH = regex.compile(r"\\[bB]|\^|\(\?<?[=!]")
# syntax whose structure the cutter does not follow
_UNREAD = regex.compile(r"\(\?#|\\[1-9gQEk]|\(\?P=|\(\?\(")


def probe_sources(pattern: str, flags: int = 0) -> list[str] | None:
    """Probes of `pattern` (at least two), or None when it has no useful ones."""
    if flags & regex.X or _UNREAD.search(pattern):
        return None
    probes = _expand(pattern, 0)
    return probes if probes is not None and 1 < len(probes) <= MAX_PROBES else None


def compile_probes(rx: regex.Pattern, min_width: int) -> tuple[regex.Pattern, ...] | None:
    """The compiled probes of `rx`, or None. `min_width` is the fewest characters a match of
    `rx` takes: a pattern that may match empty text has none (the walk needs every match to
    move on)."""
    sources = probe_sources(rx.pattern, rx.flags) if min_width > 0 else None
    return compile_sources(sources, rx.flags) if sources is not None else None


def compile_sources(sources: list[str], flags: int) -> tuple[regex.Pattern, ...] | None:
    """Probe sources compiled with their pattern's flags, or None if one does not compile."""
    try:
        return tuple(regex.compile(s, flags) for s in sources)
    except (regex.error, OverflowError, RecursionError):
        return None


def leftmost_matches(rx: regex.Pattern, probes: tuple[regex.Pattern, ...], text: str) -> Iterator[regex.Match]:
    """Exactly `rx.finditer(text)` for a pattern that never matches empty text."""
    nxt = [p.search(text) for p in probes]
    while True:
        at = min((m.start() for m in nxt if m is not None), default=None)
        if at is None:
            return
        m = rx.match(text, at)
        if m is None:  # cannot happen when the probes are exact; be finditer all the same
            yield from rx.finditer(text, at)
            return
        yield m
        end = m.end()
        for i, pm in enumerate(nxt):
            if pm is not None and pm.start() < end:
                nxt[i] = probes[i].search(text, end)


def _expand(src: str, depth: int) -> list[str] | None:
    alts = _split(src)
    if alts is None:
        return None
    if len(alts) > 1:
        out: list[str] = []
        for alt in alts:
            got = _expand(alt, depth + 1) if depth < _MAX_DEPTH else [alt]
            if got is None:
                return None
            out += got
            if len(out) > MAX_PROBES:
                return None
        return out
    lead = _leading(src)
    if lead is None:
        return None
    pre, rest = lead
    if not rest.startswith("(?:") or depth >= _MAX_DEPTH:
        return [src]
    close = _group_end(rest)
    if close is None:
        return None
    after = rest[close + 1:]
    optional = after[:1] == "?" and after[1:2] != "+"  # «(?:X)?» and «(?:X)??», not possessive
    if after[:1] in ("*", "+", "{") or (after[:1] == "?" and not optional):
        return [src]  # a repeated group: not one choice made once
    if optional:
        # «pre(?:X)?rest» matches where «pre(?:X)rest» or «pre rest» does
        rest_after = after[2:] if after[1:2] == "?" else after[1:]
        with_x = _expand(f"{pre}(?:{rest[3:close]}){rest_after}", depth + 1)
        without = _expand(pre + rest_after, depth + 1) if rest_after else None
        if with_x is None or without is None:
            return None
        out = with_x + without
        return out if len(out) <= MAX_PROBES else None
    # the group's own probes, each in the group's place: «pre(?:A|B)after» matches where
    # «pre(?:A)after» or «pre(?:B)after» does
    inner = _expand(rest[3:close], depth + 1)
    if inner is None:
        return None
    if len(inner) == 1:
        return [src]
    return [f"{pre}(?:{alt}){after}" for alt in inner]


def _leading(src: str) -> tuple[str, str] | None:
    """(the zero-width assertions `src` opens with, the rest)."""
    pos = 0
    while True:
        m = _ZERO_WIDTH.match(src, pos)
        if m is None:
            return src[:pos], src[pos:]
        if m.group().startswith("(?"):
            close = _group_end(src, pos)
            if close is None:
                return None
            pos = close + 1
        else:
            pos = m.end()


def _brackets(src: str, start: int = 0):
    """(index, character) of each «(», «)» and «|» of `src` from `start` that is neither escaped nor
    inside a character class; a final (-1, "") when an escape or a class does not close."""
    i, n = start, len(src)
    while i < n:
        c = src[i]
        if c == "\\":
            i = _escape_end(src, i)
            if i is None:
                yield -1, ""
                return
            continue
        if c == "[":
            j = _class_end(src, i)
            if j is None:
                yield -1, ""
                return
            i = j + 1
            continue
        if c in "()|":
            yield i, c
        i += 1


def _group_end(src: str, start: int = 0) -> int | None:
    """Index of the «)» closing the group that opens at `src[start]`."""
    depth = 0
    for i, c in _brackets(src, start):
        if i < 0:
            return None
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
            if depth < 0:
                return None
    return None


def _split(src: str) -> list[str] | None:
    """The top-level alternatives of `src`, or None if its brackets do not pair."""
    out: list[str] = []
    depth, start = 0, 0
    for i, c in _brackets(src):
        if i < 0:
            return None
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            out.append(src[start:i])
            start = i + 1
    if depth:
        return None
    out.append(src[start:])
    return out


def _escape_end(src: str, i: int) -> int | None:
    """Index after the escape at `src[i]` («\\w», «\\(», «\\p{L}», «\\N{…}», «\\x{…}»)."""
    if i + 1 >= len(src):
        return None
    if src[i + 1] in "pPNxu" and i + 2 < len(src) and src[i + 2] == "{":
        close = src.find("}", i + 2)
        return None if close < 0 else close + 1
    return i + 2


def _class_end(src: str, i: int) -> int | None:
    """Index of the «]» closing the character class that opens at `src[i]` (a «]» first in the
    class is a literal; `regex` in its default version does not nest classes)."""
    j = i + 1
    if j < len(src) and src[j] == "^":
        j += 1
    if j < len(src) and src[j] == "]":
        j += 1
    while j < len(src):
        c = src[j]
        if c == "\\":
            j = _escape_end(src, j)
            if j is None:
                return None
            continue
        if c == "[" and src[j + 1:j + 2] == ":":
            return None  # a POSIX class «[:alpha:]»: not followed here
        if c == "]":
            return j
        j += 1
    return None
