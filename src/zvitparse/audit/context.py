"""What every audit rule reads: the report's facts indexed by id, parent and group, the
document text cut into sentences, the audit cues of `patterns/links.yaml`, and the finding
draft every rule returns."""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

import regex

from zvitparse.audit.arith import PERCENT_LITERAL, dec, decimals_of
from zvitparse.fastscan import Scanner
from zvitparse.model import Fact, Report

# units that count heads: a families total may be made of families and single persons
HEADCOUNT = frozenset({"families", "persons", "families_persons", "recipients"})
NON_COUNT_UNITS = frozenset({"percent", "rating", "uah"})

# sentence ends: «. » before a capital, a blank line, a list item's line, a line ending in «;»
_SENTENCE_END = regex.compile(
    r"(?<=[.!?;])\s+(?=[\p{Lu}\d«\"•–—-])|\n\s*\n|\n(?=\s*[•\-–—*]|\s*\d+[.)]\s)|(?<=;)[ \t]*\n")


@dataclass
class Draft:
    """A finding before it gets its id and rendered message."""

    rule: str
    severity: str
    key: str  # message key in `messages`
    params: dict[str, Any]
    reported: Any
    expected: Any
    fact_ids: tuple[str, ...]
    start: int
    end: int
    facts_checked: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, list[tuple[regex.Pattern, str | None]]]:
    from zvitparse.patterns import load

    out: dict[str, list[tuple[regex.Pattern, str | None]]] = defaultdict(list)
    for e in load()["links"]:  # a PatternError is not cached: the next call tries again
        rel = e.get("relation")
        if e.get("regex"):
            out[rel].append((regex.compile(e["regex"], regex.IGNORECASE | regex.MULTILINE), e.get("value")))
        for ph in e.get("phrases") or []:
            out[rel].append((regex.compile(r"(?<!\p{L})" + regex.escape(ph) + r"(?!\p{L})", regex.IGNORECASE),
                             e.get("value")))
    return dict(out)


@functools.lru_cache(maxsize=1)
def _lower_cues() -> dict[str, list[tuple[Scanner, str | None]]]:
    """`_cues()` for lowercased text: the same patterns in the same order, without the flag."""
    from zvitparse.patterns import compile_lowercase, load

    out: dict[str, list[tuple[Scanner, str | None]]] = defaultdict(list)
    for e in load()["links"]:
        rel = e.get("relation")
        if e.get("regex"):
            out[rel].append((Scanner(compile_lowercase(e["regex"], regex.MULTILINE)), e.get("value")))
        for ph in e.get("phrases") or []:
            rx = compile_lowercase(r"(?<!\p{L})" + regex.escape(ph.lower()) + r"(?!\p{L})")
            out[rel].append((Scanner(rx), e.get("value")))
    return dict(out)


def is_count(f: Fact) -> bool:
    return f.unit not in NON_COUNT_UNITS and isinstance(f.value, int) and not isinstance(f.value, bool)


def is_whole_like(f: Fact) -> bool:
    """A count, or a staff establishment with a fraction in it («24,5 штатні одиниці»)."""
    return is_count(f) or (f.unit in ("positions", "staff") and isinstance(f.value, float) and f.value > 0)


def compatible_units(a: str, b: str) -> bool:
    return a == b or (a in HEADCOUNT and b in HEADCOUNT) or {a, b} == {"staff", "positions"}


class AuditContext:
    """Read-only view of one report for the rules, with caches shared between them."""

    def __init__(self, report: Report):
        self.report = report
        doc = report.document
        self.text = doc.text if doc is not None and doc.text else ""
        self._sent_starts = self._split_sentences(self.text)
        self.facts = self._rehost_percents(sorted(report.facts, key=lambda f: (f.start, f.end)))
        self.facts = self._implicit_links(self.facts)
        self.by_id = {f.fact_id: f for f in self.facts}
        self.children: dict[str, list[Fact]] = defaultdict(list)
        self.groups: dict[str, list[Fact]] = defaultdict(list)
        for f in self.facts:
            if f.parent_id and f.parent_id in self.by_id and f.parent_id != f.fact_id:
                self.children[f.parent_id].append(f)
            if f.group_id:
                self.groups[f.group_id].append(f)
        self.cache: dict[str, Any] = {}
        self._tables = [(b.start, b.end) for b in (doc.blocks if doc is not None else []) if b.kind == "table"]

    def _implicit_links(self, facts: list[Fact]) -> list[Fact]:
        """«Знято з обліку 11 сімей: в 9 сім'ях …, у 2 сім'ях …»: counts listed after a total and a
        colon (or «а саме», «з них») in the same sentence are its parts, linked or not."""
        if not self.text:
            return facts
        parents = {f.parent_id for f in facts if f.parent_id}
        linked: dict[str, tuple[str, str | None]] = {}
        for i, p in enumerate(facts):
            if not is_count(p) or p.fact_id in parents or p.parent_id or p.fact_id in linked:
                continue
            s1 = self.sentence_span(p.start)[1]
            follow = []
            for c in facts[i + 1:]:  # sorted by start: stop at the sentence's end
                if c.start >= s1:
                    break
                if c.start >= p.end:
                    follow.append(c)
            if len(follow) < 2 or any(c.parent_id or c.fact_id in parents for c in follow):
                continue
            parts = [c for c in follow if is_count(c) and compatible_units(c.unit, p.unit)]
            if len(parts) < 2 or parts[0] is not follow[0]:
                continue
            lead = self.text[p.end:parts[0].start]
            colon = regex.search(r":(?!\d)", lead) is not None  # a list's colon, not a time of day (8:00)
            listed = colon or self.cue("enumeration", lead) is not None
            if not listed and self.cue("subset", lead) is None:
                continue
            group = f"implicit:{p.fact_id}" if listed and self.cue("subset", lead) is None \
                or self.cue("enumeration", lead) is not None else None
            for c in parts:
                linked[c.fact_id] = (p.fact_id, c.group_id or group)
        if not linked:
            return facts
        return [replace(f, parent_id=linked[f.fact_id][0], group_id=linked[f.fact_id][1]) if f.fact_id in linked
                else f for f in facts]

    def in_table(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self._tables)

    def table_at(self, offset: int) -> int | None:
        """Which table (its start) holds `offset`, or None."""
        return next((a for a, b in self._tables if a <= offset < b), None)

    def _rehost_percents(self, facts: list[Fact]) -> list[Fact]:
        """«5 сімей, в них 13 дітей (33 %)»: the percentage closes the clause whose head is the
        families count, so it is that count's share (as SPEC §2 reads it), not the children's."""
        by_id = {f.fact_id: f for f in facts}
        moved: dict[str, float] = {}
        for f in facts:
            p = by_id.get(f.parent_id or "")
            if (f.percent is None or f.unit not in ("children", "persons") or p is None or p.percent is not None
                    or p.unit not in ("families", "families_persons") or p.fact_id in moved):
                continue
            if self.text and self.sentence_index(p.start) != self.sentence_index(f.start):
                continue
            moved[p.fact_id] = f.percent
            moved[f.fact_id] = None  # type: ignore[assignment]
        # «працює 19 осіб при штатній чисельності 21 посада, що становить 90,5 %»: the share is
        # the staff's, of the positions named right before the percentage
        for i, f in enumerate(facts):
            if f.percent is None or f.unit != "positions" or f.fact_id in moved or not self.text:
                continue
            prev = [g for g in facts[:i] if g.unit == "staff" and g.percent is None and g.fact_id not in moved
                    and self.sentence_index(g.start) == self.sentence_index(f.start)]
            if prev:
                moved[prev[-1].fact_id] = f.percent
                moved[f.fact_id] = None  # type: ignore[assignment]
        if not moved:
            return facts
        return [replace(f, percent=moved[f.fact_id]) if f.fact_id in moved else f for f in facts]

    # --- text -----------------------------------------------------------------------------
    @staticmethod
    def _split_sentences(text: str) -> list[int]:
        starts = [0]
        for m in _SENTENCE_END.finditer(text):
            starts.append(m.end())
        return starts

    def sentence_span(self, offset: int) -> tuple[int, int]:
        if not self.text:
            return (offset, offset)
        i = bisect.bisect_right(self._sent_starts, offset) - 1
        start = self._sent_starts[max(i, 0)]
        end = self._sent_starts[i + 1] if i + 1 < len(self._sent_starts) else len(self.text)
        return start, end

    def sentence_index(self, offset: int) -> int:
        return bisect.bisect_right(self._sent_starts, offset) - 1

    def evidence(self, f: Fact) -> tuple[int, int, str]:
        return f.start, f.end, f.quote

    def slice(self, start: int, end: int) -> str:
        if self.text and 0 <= start <= end <= len(self.text):
            return self.text[start:end]
        return ""

    def cue(self, relation: str, text: str) -> regex.Match | None:
        for pat, _value in _cues().get(relation, []):
            m = pat.search(text)
            if m:
                return m
        return None

    def cues(self, relation: str) -> list[tuple[regex.Pattern, str | None]]:
        return _cues().get(relation, [])

    def scan(self, relation: str) -> list[tuple[list[regex.Match], str | None]]:
        """For each cue of `relation`, in order: its matches over the whole text (what
        `pat.finditer(self.text)` gives) and its value. Scanned on the lowercased text without
        the case flag and only where a match can be (half the time of a plain scan)."""
        low = self.cache.get("_lower")
        if low is None:
            low = self.cache["_lower"] = self.text.lower()
        if len(low) != len(self.text):  # «İ» lowers to two characters: offsets would shift
            return [(list(pat.finditer(self.text)), value) for pat, value in self.cues(relation)]
        return [(list(sc.finditer(low)), value) for sc, value in _lower_cues().get(relation, [])]

    # --- facts ----------------------------------------------------------------------------
    def fact_text(self, f: Fact) -> str:
        """The fact's own evidence: the text span if there is a text, else its quote."""
        return self.slice(f.start, f.end) or f.quote or ""

    def percent_written(self, f: Fact, value: float | int | None = None) -> tuple[Decimal, int]:
        """The percentage of a fact as written and its decimals: «86,4%» → (86.4, 1)."""
        if value is not None:
            return self._percent_written(f, value)
        # the rules ask it of the same facts again and again: once per fact object
        memo = self.cache.setdefault("_percent_written", {})
        hit = memo.get(id(f))
        if hit is None or hit[0] is not f:
            hit = memo[id(f)] = (f, self._percent_written(f, None))
        return hit[1]

    def _percent_written(self, f: Fact, value: float | int | None) -> tuple[Decimal, int]:
        p = dec(value if value is not None else (f.percent if f.unit != "percent" else f.value))
        for src in (self.fact_text(f), f.quote or "", self.slice(f.start, min(len(self.text), f.end + 40))):
            for m in PERCENT_LITERAL.finditer(src):
                lit = m.group(1)
                if dec(lit) == p:
                    return p, decimals_of(lit)
        s = format(p.normalize(), "f")
        return p, (len(s.split(".")[1]) if "." in s else 0)

    def number_span(self, f: Fact) -> tuple[int, int]:
        """The evidence from the fact's own number on («632 сім'ям, в яких … 792 дитини» →
        «792 дитини»), so a finding about it does not cover its parent's number."""
        span = self.fact_text(f)
        if not span or not isinstance(f.value, int):
            return f.start, f.end
        last = _last_number_at(span, str(f.value))
        if last < 0 or not self.slice(f.start, f.end):
            return f.start, f.end
        return f.start + last, f.end

    def is_approximate(self, f: Fact) -> bool:
        """Written as a bound («понад 10154»), so not an exact total."""
        before = self.slice(max(0, f.start - 40), f.start)
        if not before:
            return False
        # the number may sit inside the evidence span: look right before its first digit
        span = self.fact_text(f)
        m = regex.search(r"\d", span) if span else None
        if m:
            before = self.slice(max(0, f.start + m.start() - 40), f.start + m.start())
        return self.cue("approximate", before) is not None

    def descendants(self, f: Fact) -> list[Fact]:
        out, todo = [], list(self.children.get(f.fact_id, []))
        while todo:
            c = todo.pop()
            out.append(c)
            todo.extend(self.children.get(c.fact_id, []))
        return out


def _last_number_at(span: str, digits: str) -> int:
    r"""Where `digits` last stands as a whole number in `span` (not inside «1 234,5»), or -1.

    What `regex.finditer(r"(?<![\d.,])" + digits + r"(?!\d)")` finds, without compiling a
    pattern for every value."""
    last, i = -1, span.find(digits)
    while i >= 0:
        end = i + len(digits)
        if (i == 0 or not (span[i - 1].isdecimal() or span[i - 1] in ".,")) and not (end < len(span) and span[end].isdecimal()):
            last, i = i, span.find(digits, end)
        else:
            i = span.find(digits, i + 1)
    return last
