"""The pattern files compiled into fast lookups for the prose extractors (loaded once)."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import regex

from zvitparse import patterns
from zvitparse.fastscan import Scanner, Squeezed
from zvitparse.nlp import Token


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger phrase found in a sentence: it gives a count its indicator."""

    id: str
    indicator: str
    start: int  # offsets in the document text
    end: int
    priority: int
    units: tuple[str, ...] | None
    label: str | None


@dataclass(frozen=True, slots=True)
class Mention:
    """A service (or criterion) named in a sentence."""

    id: str
    value: str
    start: int
    end: int
    priority: int


def _skip_any_word(rx: str) -> str:
    """«(?:\\w+\\s+){0,2}» in a trigger skips words; a word with an apostrophe («сім'ю») is a
    word too."""
    return rx.replace(r"(?:\w+\s+)", r"(?:[\w']+\s+)")


class Lexicon:
    def __init__(self, pats: patterns.Patterns) -> None:
        self.unit_by_lemma: dict[str, str] = {}
        self.unit_by_form: dict[str, str] = {}
        self.unit_regexes: list[tuple[int, regex.Pattern, str, str]] = []
        # units a table's row or column names but prose does not count («поїздок»)
        self.tables_only_units = frozenset(e.id for e in pats["units"] if e.get("tables_only"))
        # («оцінок потреб» count the people assessed after a figure in prose; a table's header
        # «Проведено оцінку потреб» leaves the unit to the table's other words)
        self.prose_only_units = frozenset(e.id for e in pats["units"] if e.get("prose_only"))
        for e in pats["units"]:
            for lem in e.get("lemmas") or []:
                self.unit_by_lemma.setdefault(lem.lower(), e["unit"])
            for form in e.get("phrases") or []:
                self.unit_by_form.setdefault(form.lower(), e["unit"])
            if e.get("regex"):
                self.unit_regexes.append((int(e.get("priority", 0)), regex.compile(e["regex"], regex.I), e["unit"], e.id))
        self.unit_regexes.sort(key=lambda t: -t[0])
        # all of them as one alternation, in the same order: one engine call per number, not one
        # per pattern (a report reads the units after ~170 numbers)
        self._unit_any = _alternation([rx for _, rx, _, _ in self.unit_regexes], "_unit")

        # whole-document scans go through a Scanner: it skips the text no match can be in
        self.triggers_re: list[tuple[str, Scanner, dict]] = []
        self.triggers_lemmas: list[tuple[str, tuple[str, ...], dict]] = []
        for e in pats["indicators"]:
            meta = {
                "indicator": e["indicator"],
                "priority": int(e.get("priority", 1)),
                "units": tuple(e["units"]) if e.get("units") else None,
                "label": e.get("label"),
            }
            if e.get("regex"):
                self.triggers_re.append((e.id, Scanner(patterns.compile_lowercase(_skip_any_word(e["regex"]))), meta))
            if e.get("lemmas"):
                self.triggers_lemmas.append((e.id, tuple(x.lower() for x in e["lemmas"]), meta))

        self.services = [
            (e.id, e.get("service") or e.id, Scanner(patterns.compile_lowercase(e["regex"])), int(e.get("priority", 5)))
            for e in pats["services"]
            if e.get("regex")
        ]
        # «психологічних – 612» under consultations: a service that is a kind of another
        self.service_kind_of = {e.get("service") or e.id: e["kind_of"] for e in pats["services"] if e.get("kind_of")}
        self.criteria = [
            (e.id, e.get("criterion") or e.id, _phrases_re(e))
            for e in pats["criteria"]
            if e.get("regex") or e.get("phrases")
        ]
        self.numerals: dict[str, tuple[int, str]] = {}
        self.scale_alone: frozenset[str] = frozenset(
            w.lower() for e in pats["numerals"] for w in e.get("alone") or ())  # «тисячу сто»
        pct_stems = []
        for e in pats["numerals"]:
            for lem in e.get("lemmas") or []:
                self.numerals[lem.lower()] = (e["value"], e.get("kind", "cardinal"))
                if e.get("kind") == "percent_adverb":
                    pct_stems.append(regex.escape(lem.lower()[:8]))
        # a cheap test before tokenizing a sentence for «стовідсотково»
        self.percent_word_re = regex.compile("|".join(pct_stems) or "(?!)", regex.I)
        self.zeros = [(e.id, e["indicator"], e["unit"], regex.compile(e["regex"], regex.I)) for e in pats["zeros"]]
        # the same patterns for the lowercased text, as a Scanner: a whole report is scanned
        self.zero_scanners = [Scanner(patterns.compile_lowercase(e["regex"])) for e in pats["zeros"]]
        links = {}
        for e in pats["links"]:
            if e.get("regex"):
                links.setdefault(e["relation"], []).append(e["regex"])
        self.link_re = {rel: regex.compile("|".join(f"(?:{r})" for r in rs), regex.I) for rel, rs in links.items()}

    # --- units -------------------------------------------------------------------------
    def unit_of(self, tok: Token) -> str | None:
        return self.unit_by_form.get(tok.lower) or self.unit_by_lemma.get(tok.lemma)

    def unit_by_regex(self, text_after: str) -> tuple[str, str, int] | None:
        if self._unit_any is not None:
            m = self._unit_any.match(text_after)
            if m is None:
                return None
            # the first alternative that matches is the first pattern that does, as far
            k = next(k for k in range(len(self.unit_regexes)) if m.group(f"_unit{k}") is not None)
            _, _, unit, pid = self.unit_regexes[k]
            return unit, pid, m.end()
        for _, rx, unit, pid in self.unit_regexes:
            m = rx.match(text_after)
            if m:
                return unit, pid, m.end()
        return None

    # --- triggers ----------------------------------------------------------------------
    def find_triggers(self, text: str, offset: int, toks: list[Token], doc_text: str | None = None) -> list[Trigger]:
        if doc_text is not None:
            out = _within(self._doc_triggers(doc_text), offset, offset + len(text))
        else:
            out = list(self._text_triggers(text.lower(), offset))
        words = [t for t in toks if not (t.is_punct or t.is_space)]
        # where each lemma stands: a trigger is tried only at its first lemma, not at every word
        at: dict[str, list[int]] = {}
        for i, t in enumerate(words):
            at.setdefault(t.lemma, []).append(i)
        for tid, seq, meta in self.triggers_lemmas:
            for i in at.get(seq[0], ()):
                t = words[i]
                if t.pos == "INFN":  # «звернутися можна» reports nothing
                    continue
                j, end_tok = i, t
                ok = True
                for lem in seq[1:]:
                    nxt = next((k for k in range(j + 1, min(j + 5, len(words))) if words[k].lemma == lem), None)
                    if nxt is None:
                        ok = False
                        break
                    j, end_tok = nxt, words[nxt]
                if ok:
                    out.append(Trigger(tid, meta["indicator"], t.start, end_tok.end,
                                       meta["priority"], meta["units"], meta["label"]))
        return out

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one lexicon per process
    def _text_triggers(self, low: str, offset: int) -> tuple[Trigger, ...]:
        # cached: the table readers ask for the triggers of the same row labels in turn
        return tuple(self._scan_triggers(low, offset))

    def _scan_triggers(self, low: str, offset: int, squeezed: Squeezed | None = None) -> list[Trigger]:
        return [Trigger(tid, meta["indicator"], offset + s, offset + e,
                        meta["priority"], meta["units"], meta["label"])
                for tid, rx, meta in self.triggers_re for s, e in rx.spans(low, squeezed)]

    # The documents' texts are blanked with full stops between sentences (and, for triggers,
    # over sentences with no figure): most patterns are scanned over them squeezed.
    @functools.lru_cache(maxsize=8)  # noqa: B019 - one lexicon per process; a few documents
    def _doc_triggers(self, doc_text: str) -> tuple[list[int], list[Trigger]]:
        low = doc_text.lower()
        return _indexed(self._scan_triggers(low, 0, Squeezed.of(low)))

    @functools.lru_cache(maxsize=8)  # noqa: B019
    def _doc_services(self, doc_text: str) -> tuple[list[int], list[Mention]]:
        low = doc_text.lower()
        return _indexed(self._scan_services(low, 0, Squeezed.of(low)))

    @functools.lru_cache(maxsize=8)  # noqa: B019
    def _doc_criteria(self, doc_text: str) -> tuple[list[int], list[Mention]]:
        low = doc_text.lower()
        return _indexed(self._scan_criteria(low, 0, Squeezed.of(low)))

    def _scan_services(self, low: str, offset: int, squeezed: Squeezed | None = None) -> list[Mention]:
        return [Mention(sid, service, offset + s, offset + e, prio)
                for sid, service, rx, prio in self.services for s, e in rx.spans(low, squeezed)]

    def _scan_criteria(self, low: str, offset: int, squeezed: Squeezed | None = None) -> list[Mention]:
        return [Mention(cid, crit, offset + s, offset + e, 0)
                for cid, crit, rx in self.criteria if rx is not None for s, e in rx.spans(low, squeezed)]

    # --- services and criteria ---------------------------------------------------------
    def find_services(self, text: str, offset: int, doc_text: str | None = None) -> list[Mention]:
        """Services named in `text` (which starts at `offset` of `doc_text` when given: the
        document is then scanned once and cached)."""
        if doc_text is not None:
            found = _within(self._doc_services(doc_text), offset, offset + len(text))
        else:
            found = self._scan_services(text.lower(), offset)
        # where two services claim overlapping words, the higher priority (then longer) wins
        found.sort(key=lambda m: (-m.priority, -(m.end - m.start)))
        kept: list[Mention] = []
        for m in found:
            if not any(m.start < k.end and k.start < m.end for k in kept):
                kept.append(m)
        return sorted(kept, key=lambda m: m.start)

    def find_criteria(self, text: str, offset: int, doc_text: str | None = None) -> list[Mention]:
        if doc_text is not None:
            return _within(self._doc_criteria(doc_text), offset, offset + len(text))
        return sorted(self._scan_criteria(text.lower(), offset), key=lambda m: m.start)


def _alternation(rxs: list[regex.Pattern], name: str) -> regex.Pattern | None:
    """The patterns (all of the same flags) as one alternation of named groups `{name}0…`, whose
    `match` is the first pattern's that matches (leftmost-first); None when they do not join
    (other flags, back-references, group names or inline flags that would read otherwise)."""
    if not rxs or len({rx.flags for rx in rxs}) != 1:
        return None
    if any(_NOT_JOINABLE.search(rx.pattern) for rx in rxs):
        return None
    try:
        return regex.compile("|".join(f"(?P<{name}{k}>{rx.pattern})" for k, rx in enumerate(rxs)), rxs[0].flags)
    except regex.error:
        return None


# back-references (numbered or named), named groups and inline flags
_NOT_JOINABLE = regex.compile(r"\\[1-9g]|\(\?P?[<=]?[A-Za-z]|\(\?\^")


def _indexed(items: list) -> tuple[list[int], list]:
    items = sorted(items, key=lambda it: it.start)
    return [it.start for it in items], items


def _within(index: tuple[list[int], list], lo: int, hi: int) -> list:
    """Items starting inside [lo, hi) (a phrase cut by a line break still counts)."""
    starts, items = index
    i = bisect.bisect_left(starts, lo)
    j = bisect.bisect_left(starts, hi)
    return items[i:j]


def _phrases_re(e: patterns.Entry) -> Scanner | None:
    alts = []
    if e.get("regex"):
        alts.append(e["regex"])
    for p in sorted(e.get("phrases") or [], key=len, reverse=True):
        alts.append(regex.escape(p.lower().replace("’", "'")).replace(r"\ ", r"\s+"))
    return Scanner(patterns.compile_lowercase("|".join(f"(?:{a})" for a in alts))) if alts else None


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(patterns.load())


def fit_unit(indicator: str, unit: str | None) -> tuple[str, str | None]:
    """An indicator and a unit that only go together one way («Надано соціальних послуг, од.»
    counts services delivered; «звернень на гарячу лінію» are calls)."""
    if indicator in ("served", "services_provided"):
        indicator = "services_provided" if unit == "services" else "served"
    if indicator == "calls":
        unit = "calls"
    if indicator == "staff_positions":
        unit = "positions"  # «Штатних посад фахівців: 5»: posts, whoever holds them
    if indicator == "events" and unit in ("persons", "children", "families", "recipients"):
        indicator = "event_participants"
    return indicator, unit
