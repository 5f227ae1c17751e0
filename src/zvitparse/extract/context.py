"""Which service a table or a sentence is about: the nearest preceding mention of one.

Service names come from `patterns/services.yaml` (the service extractor's file) when it
exists; until then from the official vocabulary `../shared/vocab/services.csv`, read by
`_csv_phrases`. Phrases are matched loosely (each word by its stem) on lower-cased text, so
«соціального супроводу сімей» finds «соціальний супровід сімей»; the longest match wins.
"""

from __future__ import annotations

import csv
import functools
import logging
from pathlib import Path

import regex

from zvitparse import patterns

log = logging.getLogger(__name__)

# How far back (characters) a sentence looks for the service it is about.
PROSE_LOOKBACK = 1500
_WORD = regex.compile(r"[\p{L}'’]+|\d+")
VOCAB_CSV = Path(__file__).resolve().parents[4] / "shared" / "vocab" / "services.csv"


def _stem_regex(phrase: str) -> str | None:
    words = _WORD.findall(phrase.lower())
    if not words:
        return None
    parts = []
    for w in words:
        if len(w) <= 3:
            parts.append(regex.escape(w))
        else:  # drop the inflected ending: «супровід» / «супроводу» share «супров»
            parts.append(regex.escape(w[: max(4, len(w) - 3)]) + r"[\p{L}'’]*")
    return r"(?<!\p{L})" + r"[^\p{L}\d]+".join(parts)


def _csv_phrases() -> list[tuple[str, str]]:
    if not VOCAB_CSV.is_file():
        return []
    out = []
    with VOCAB_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for ph in (row.get("synonyms_uk") or "").split("|"):
                if ph.strip():
                    out.append((row["id"], ph.strip()))
    return out


@functools.lru_cache(maxsize=1)
def _matchers() -> tuple[tuple[str, regex.Pattern], ...]:
    entries = patterns.load()["services"]
    pairs: list[tuple[str, str]] = []
    if entries:
        for e in entries:
            sid = e.get("service") or e.id
            if e.get("regex"):
                pairs.append((sid, e["regex"]))
            for ph in e.get("phrases") or []:
                rx = _stem_regex(ph)
                if rx:
                    pairs.append((sid, rx))
    else:
        log.debug("patterns/services.yaml absent: service names from %s", VOCAB_CSV)
        for sid, ph in _csv_phrases():
            rx = _stem_regex(ph)
            if rx:
                pairs.append((sid, rx))
    return tuple((sid, regex.compile(rx, regex.I)) for sid, rx in pairs)


def find_services(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping service mentions (start, end, service id), longest first at a place."""
    low = text.lower()
    hits = [(m.start(), m.end(), sid) for sid, rx in _matchers() for m in rx.finditer(low)]
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str]] = []
    for h in hits:
        if out and h[0] < out[-1][1]:
            if h[1] - h[0] > out[-1][1] - out[-1][0] and h[0] == out[-1][0]:
                out[-1] = h
            continue
        out.append(h)
    return out


def service_in(text: str) -> str | None:
    """The one service a short text names, or None when it names none or several."""
    found = {sid for _, _, sid in find_services(text)}
    return found.pop() if len(found) == 1 else None


def service_before(text: str, pos: int, lookback: int = PROSE_LOOKBACK) -> str | None:
    """The service named last before `pos` within `lookback` characters."""
    lo = max(0, pos - lookback)
    hits = find_services(text[lo:pos])
    return hits[-1][2] if hits else None


# How many lines back a table row looks for the heading or caption naming its service.
SECTION_LOOKBACK_LINES = 40


def service_of_section(text: str, pos: int) -> str | None:
    """The service of the nearest line before `pos` that names exactly one (headings and
    captions of a table name it; a line naming several is passed over)."""
    lo = max(0, pos - 6000)
    lines = text[lo:pos].split("\n")
    for line in list(reversed(lines))[:SECTION_LOOKBACK_LINES]:
        if not line.strip():
            continue
        found = {sid for _, _, sid in find_services(line)}
        if len(found) == 1:
            return found.pop()
    return None
