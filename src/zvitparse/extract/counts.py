"""Counts in prose: «звернулися 367 сімей», «в них 420 дітей», «Соборний – 328».

For each sentence holding a figure: numbers (not dates, years, references …) get a unit from the
noun after them (adjectives skipped) or before a dash; an indicator from the trigger phrases of
their clause (`patterns/indicators.yaml`), else from the whole they belong to (`в них`, `з них`,
`а саме`), else from a sibling, else from their unit; a service from the words around them, the
section or the document. A percent written beside a count is that count's `percent`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from zvitparse.extract.section import SectionState, service_near
from zvitparse.extract.lexicon import Lexicon, Trigger, lexicon
from zvitparse.extract.numbers import Number, as_value, find_numbers
from zvitparse.extract.sentences import Sentence, sentences
from zvitparse.model import Document, Fact
from zvitparse.nlp import Token, tokens

log = logging.getLogger(__name__)

_SKIPPABLE_POS = {"ADJF", "PRTF", "ADJS", "NUMR"}
_DASH = regex.compile(r"^\s*[-–—:]\s*")
_CLAUSE_BREAK = regex.compile(r"[;]")
_COMMA_BREAK = regex.compile(r"[,;:()]")
_CHILD_LINK = regex.compile(r"(?:^|[\s(,])(?:в|у|із|з)\s+(?:них|ній|ньому|яких|якій)(?:\s+(?:виховується|виховуються|проживає|проживають|є))?(?:\s+(?:дітей|дитин\w*))?\s*[-–—:]?\s*$", regex.I)
_PARENT_OPEN = regex.compile(r"^\s*\(\s*$")
_HAS_DIGIT = regex.compile(r"\d")
_STAFF_INDICATORS = {"staff_positions", "staff_actual", "staff_trained"}
_UNIT_DEFAULT_INDICATOR = {
    "positions": "staff_positions",
    "calls": "calls",
    "events": "events",
    "complaints": "complaints",
    "services": "services_provided",
}


@dataclass
class Count:
    num: Number
    tok: int  # index of the number's first token
    unit: str | None = None
    unit_end: int = 0  # document offset where the unit word ends
    indicator: str | None = None
    extractor: str = ""
    confidence: float = 0.8
    percent: Decimal | None = None
    service: str | None = None
    label: str | None = None
    parent: Count | None = None
    child: bool = False  # «в них 20 дітей»: a sub-count of a different unit
    group: str | None = None
    district: str | None = None
    fid: str = ""
    attached_pcts: list[Number] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.num.start

    @property
    def end(self) -> int:
        return max(self.num.end, self.unit_end)


@dataclass
class Enumeration:
    total: Count
    group: str
    open_at: int  # document offset of the cue («а саме», «з них», «:»)


class CountExtractor:
    def __init__(self, doc: Document, meta: dict | None = None) -> None:
        self.doc = doc
        self.lex: Lexicon = lexicon()
        self.state = SectionState(doc, self.lex)
        self.facts: list[Fact] = []
        self.enum: Enumeration | None = None
        self.last_head: Count | None = None
        self.n = 0
        self.groups = 0
        self.attached_percent_spans: list[tuple[int, int]] = []

    # ---------------------------------------------------------------- numbers → counts
    def _word_numerals(self, toks: list[Token]) -> list[tuple[int, Number]]:
        out = []
        for i, t in enumerate(toks):
            hit = self.lex.numerals.get(t.lemma) or self.lex.numerals.get(t.lower)
            if not hit:
                continue
            value, kind = hit
            num = Number(Decimal(value), Decimal(value), 0, t.start, t.end, t.end,
                         is_percent=(kind == "percent_adverb"), word=True)
            out.append((i, num))
        return out

    def _unit_after(self, sent: Sentence, toks: list[Token], i: int, num: Number) -> tuple[str | None, int]:
        rel = num.end - sent.start
        hit = self.lex.unit_by_regex(sent.text[rel:])
        if hit:
            return hit[0], num.end + hit[2]
        j = i + 1
        while j < len(toks) and toks[j].end <= num.end:
            j += 1
        skipped = 0
        while j < len(toks) and skipped <= 3:
            t = toks[j]
            if t.is_space:
                j += 1
                continue
            unit = self.lex.unit_of(t)
            if unit:
                return unit, t.end
            if t.pos in _SKIPPABLE_POS:
                skipped += 1
                j += 1
                continue
            break
        return None, 0

    def _unit_before(self, sent: Sentence, toks: list[Token], i: int) -> str | None:
        # «дітей – 34», «жінкам – 365»: the noun right before a dash
        j = i - 1
        saw_dash = False
        while j >= 0 and (toks[j].is_space or toks[j].text in "-–—:"):
            saw_dash = saw_dash or toks[j].text in "-–—:"
            j -= 1
        if saw_dash and j >= 0:
            return self.lex.unit_of(toks[j])
        return None

    def _unit_from_kilkist(self, clause: str) -> str | None:
        """«Загальна кількість соціальних послуг складає 4665»: the noun after «кількість»."""
        m = regex.search(r"кількіст\w*\s+((?:\w+\s+){0,2}?)(\w[\w'/]*)", clause, regex.I)
        if not m:
            return None
        toks = tokens(m.group(0))
        for t in toks[1:]:
            u = self.lex.unit_of(t)
            if u:
                return u
        return None

    # ---------------------------------------------------------------- triggers
    def _pick_trigger(self, c: Count, trigs: list[Trigger], counts: list[Count], sent: Sentence) -> Trigger | None:
        clause_start = sent.start + max((m.end() for m in _CLAUSE_BREAK.finditer(sent.text[: c.start - sent.start])), default=0)
        nxt = _CLAUSE_BREAK.search(sent.text, c.end - sent.start)
        clause_end = sent.start + (nxt.start() if nxt else len(sent.text))
        others = [o.start for o in counts if o is not c]

        def usable(t: Trigger) -> bool:
            if t.units and c.unit not in t.units:
                return False
            return True

        before = [t for t in trigs if clause_start <= t.start and t.end <= c.start + 1 and usable(t)
                  and not any(t.end <= o < c.start for o in others)]
        if before:
            def score(t: Trigger) -> tuple:
                commas = len(_COMMA_BREAK.findall(self.doc.text[t.end : c.start]))
                return (t.priority * 10 - commas, t.end)
            return max(before, key=score)
        after = [t for t in trigs if c.end <= t.start < clause_end and usable(t)
                 and not any(c.start < o < t.start for o in others)]
        if after:
            return min(after, key=lambda t: (-t.priority, t.start))
        return None

    # ---------------------------------------------------------------- main
    def run(self) -> list[Fact]:
        for sent in sentences(self.doc):
            self.state.observe(sent)
            if not _HAS_DIGIT.search(sent.text) and not self.state.may_hold_numeral(sent.text):
                if sent.text.rstrip().endswith(":") is False and not sent.bullet:
                    self.enum = None if not sent.bullet else self.enum
                continue
            self._sentence(sent)
        return self.facts

    def _sentence(self, sent: Sentence) -> None:
        toks = tokens(sent.text, sent.start)
        nums = find_numbers(sent.text, sent.start)
        tok_at = {t.start: k for k, t in enumerate(toks)}
        found: list[tuple[int, Number]] = []
        for n in nums:
            k = tok_at.get(n.start)
            if k is None:
                k = next((idx for idx, t in enumerate(toks) if t.start >= n.start), len(toks) - 1)
            found.append((k, n))
        found += self._word_numerals(toks)
        found.sort(key=lambda x: x[1].start)

        counts: list[Count] = []
        pcts: list[Number] = []
        for k, n in found:
            if n.is_money or n.multiplier != 1:
                continue
            if n.is_percent:
                pcts.append(n)
                continue
            c = Count(num=n, tok=k)
            unit, uend = self._unit_after(sent, toks, k, n)
            if unit:
                c.unit, c.unit_end = unit, uend
            else:
                c.unit = self._unit_before(sent, toks, k)
            if n.word and not unit:
                continue  # a word numeral counts only with its noun («двоє дітей»)
            counts.append(c)

        self._attach_percents(sent, counts, pcts)
        if not counts:
            self._maybe_close_enum(sent)
            return
        trigs = self.lex.find_triggers(sent.text, sent.start, toks)
        services = self.lex.find_services(sent.text, sent.start)
        low = sent.text.lower()

        # a sentence opening with «З них» continues the whole of the previous sentence
        starts_subset = bool(self.lex.link_re.get("subset") and self.lex.link_re["subset"].match(low.lstrip("•·-–— ")))
        if starts_subset and self.last_head is not None:
            self._open_enum(self.last_head, sent.start)
        elif not sent.bullet:
            self.enum = None

        head: Count | None = None  # the current head count of a «в них» list
        prev: Count | None = None
        for c in counts:
            rel = c.start - sent.start
            between = sent.text[(prev.end - sent.start) if prev else 0 : rel]
            # children: «(57 дітей)», «в них 20 дітей», «у яких виховується 245 дітей»
            is_child = False
            if prev is not None and (head or not prev.child):
                anchor = head or prev
                if _CHILD_LINK.search(between) or (_PARENT_OPEN.match(between) and c.unit in ("children", "persons")):
                    is_child = c.unit != anchor.unit
                elif head is not None and c.unit != head.unit and regex.fullmatch(r"[\s,]*(?:та|і|й|,)?[\s,]*", between):
                    is_child = True
            if is_child:
                c.child = True
                c.parent = head or prev
                head = c.parent
            else:
                head = c if c.unit in ("families", "families_persons", "persons", "recipients", "staff", "applications", "calls", "services") else None

            # enumeration cue between the previous count and this one (or inside the sentence)
            if prev is not None and not c.child and self.lex.link_re.get("enumeration") is not None:
                cue = self.lex.link_re["enumeration"].search(between) or (
                    self.lex.link_re.get("subset") and self.lex.link_re["subset"].search(between))
                if cue or between.rstrip().endswith(":"):
                    tot = prev.parent if prev.child and prev.parent else prev
                    self._open_enum(tot, prev.end)

            trig = self._pick_trigger(c, trigs, counts, sent)
            if c.unit is None and trig is None and self.enum is None:
                c.unit = self._unit_from_kilkist(sent.text[: rel])
            if trig is not None:
                c.indicator, c.extractor, c.confidence = trig.indicator, trig.id, 0.9
                c.label = trig.label
                if self.enum and not c.child and c.start > self.enum.open_at:
                    c.parent = self.enum.total
            elif c.child and c.parent is not None:
                self._inherit(c, c.parent, "child_of")
            elif self.enum is not None and c.start > self.enum.open_at:
                tot = self.enum.total
                if c.unit is None:
                    c.unit = tot.unit
                self._inherit(c, tot, "part_of")
                c.parent, c.group = tot, self.enum.group
                c.label, c.district = self._item_label(sent, c, prev)
            elif prev is not None and prev.indicator:
                sib = prev.parent if prev.child and prev.parent else prev
                if c.unit is None:
                    c.unit = sib.unit
                self._inherit(c, sib, "sibling_of")
                c.confidence = 0.6
            elif c.unit in _UNIT_DEFAULT_INDICATOR:
                c.indicator, c.extractor, c.confidence = _UNIT_DEFAULT_INDICATOR[c.unit], f"unit_{c.unit}", 0.6
            if c.indicator == "served" and c.unit == "services":
                c.indicator = "services_provided"
            if c.indicator in _STAFF_INDICATORS and c.unit == "persons":
                c.unit = "staff"
            if c.indicator in ("calls", "events", "staff_positions", "complaints") and c.unit is None:
                c.unit = {"calls": "calls", "events": "events", "staff_positions": "positions", "complaints": "complaints"}[c.indicator]
            svc = service_near(c, services, counts, sent)
            if svc:
                c.service = svc
            elif c.parent is not None and c.parent.service and c.indicator == c.parent.indicator:
                c.service = c.parent.service
            else:
                c.service = self.state.service
            prev = c
            if c.indicator and c.unit:
                self._emit(c, sent)
                if not c.child:
                    self.last_head = c
        if sent.text.rstrip().endswith(":") and self.last_head is not None:
            self._open_enum(self.last_head, sent.end)

    def _maybe_close_enum(self, sent: Sentence) -> None:
        if not sent.bullet and not sent.text.rstrip().endswith(":"):
            self.enum = None

    def _open_enum(self, total: Count, at: int) -> None:
        if self.enum is not None and self.enum.total is total:
            return
        self.groups += 1
        self.enum = Enumeration(total, f"counts:g{self.groups}", at)

    def _inherit(self, c: Count, src: Count, how: str) -> None:
        if not src.indicator:
            return
        c.indicator = src.indicator
        c.extractor = f"{how}:{src.extractor}"
        c.confidence = 0.75
        c.label = c.label or src.label

    def _item_label(self, sent: Sentence, c: Count, prev: Count | None) -> tuple[str | None, str | None]:
        """The words naming an enumeration item: «Соборний – 328», «75 – проблеми сім'ї»."""
        after = sent.text[c.end - sent.start :]
        m = _DASH.match(after)
        if m and not _HAS_DIGIT.match(after[m.end():]):
            label = regex.split(r"[,;)]", after[m.end():], maxsplit=1)[0].strip()
        else:
            lo = (prev.end - sent.start) if prev else 0
            label = sent.text[lo : c.start - sent.start]
            label = regex.split(r"[,;(:]", label)[-1]
            label = regex.sub(r"^\s*(?:а\s+саме|зокрема|у\s+тому\s+числі|з\s+них|із\s+них)\s*", "", label, flags=regex.I)
            label = label.strip(" -–—:•·\t")
        if not label or len(label) > 160:
            return None, None
        words = label.split()
        district = label if len(words) <= 2 and words[0][:1].isupper() and regex.search(r"(?:ськ|цьк|зьк)\w*$|бригад", label) else None
        return label, district

    def _attach_percents(self, sent: Sentence, counts: list[Count], pcts: list[Number]) -> None:
        """«9 сімей … (50 %)», «6 осіб, що становить 100 %»: the percent belongs to the count."""
        for p in pcts:
            rel = p.start - sent.start
            before = [c for c in counts if c.end <= p.start]
            if not before:
                # a bare number before it («– 18 (100 %)») still owns it
                if regex.search(r"\d\s*\(\s*$", sent.text[:rel]):
                    self.attached_percent_spans.append((p.start, p.end))
                continue
            gap = sent.text[before[-1].end - sent.start : rel]
            if regex.search(r"\(\s*$", gap) or regex.search(r"(?:що|яка|які|це)\s+(?:становить|становлять|складає|складають|склало)\s*$|(?:тобто|або)\s*$", gap, regex.I):
                owner = next((c for c in reversed(before) if not c.child), before[-1])
                if owner.percent is None:
                    owner.percent = p.written
                self.attached_percent_spans.append((p.start, p.end))

    def _emit(self, c: Count, sent: Sentence) -> None:
        self.n += 1
        c.fid = f"counts:{self.n}"
        self.facts.append(
            Fact(
                fact_id=c.fid,
                indicator=c.indicator or "",
                value=as_value(c.num.value),
                unit=c.unit or "",
                start=c.start,
                end=c.end,
                quote=sent.text,
                extractor=c.extractor,
                confidence=c.confidence,
                percent=float(c.percent) if c.percent is not None else None,
                service=c.service,
                label=c.label,
                district=c.district,
                parent_id=c.parent.fid if c.parent is not None and c.parent.fid else None,
                group_id=c.group,
                page=self.doc.page_at(c.start),
            )
        )


def extract(doc: Document, meta: dict | None = None) -> list[Fact]:
    return CountExtractor(doc, meta).run()


def extract_with_spans(doc: Document, meta: dict | None = None) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Facts plus the spans of percents that belong to counts (never standalone shares)."""
    ex = CountExtractor(doc, meta)
    facts = ex.run()
    return facts, ex.attached_percent_spans
