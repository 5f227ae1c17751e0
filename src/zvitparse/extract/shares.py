"""Standalone percentages in prose («83% випадків були середньої складності») and counts of zero
written in words («скарг не надходило»). A percent written beside a count is not a share: the
counts extractor owns it."""

from __future__ import annotations

import regex

from zvitparse import patterns
from zvitparse.extract.lexicon import Mention, lexicon
from zvitparse.extract.numbers import as_value, find_numbers, parse_number
from zvitparse.extract.section import (
    SectionState,
    apply_snapshot,
    report_service,
    section_snapshots,
    service_near,
)
from zvitparse.extract.sentences import Sentence, is_task, sentence_text, sentences
from zvitparse.model import Document, Fact

_WORDS = regex.compile(r"\p{L}{3,}")
_LETTER = regex.compile(r"\p{L}")
_LABEL_DASH = regex.compile(r"\p{L}{2,}\s*[-–—:]\s*\d")
_DIGIT = regex.compile(r"\d")
_PART_BREAK = regex.compile(r"[;]|,(?![^(]*\))|(?<=\.)\s")


class _At:
    """The minimal count-like object `service_near` needs."""

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end, self.child = start, end, False


def extract(doc: Document, meta: dict | None = None, *, owned: list[tuple[int, int]] | None = None) -> list[Fact]:
    lex = lexicon()
    state = SectionState(doc, lex)
    owned = owned or []
    scan = sentence_text(doc)
    facts: list[Fact] = []
    n = 0
    snaps = section_snapshots(doc, lex)
    before: list[Mention] = []  # the services the sentence before named
    for i, sent in enumerate(sentences(doc)):
        apply_snapshot(state, snaps[i])
        prev, before = before, []
        has_digit = bool(_DIGIT.search(sent.text))
        if not has_digit and not state.may_hold_numeral(sent.text):
            continue
        if (fm := patterns.link_regex("formula_result").match(sent.text)) is not None:
            n += 1
            facts.append(_formula_share(doc, sent, fm, state, f"shares:{n}"))
            continue
        if len(_WORDS.findall(sent.text)) < 2 and not (_LABEL_DASH.search(sent.text) and not lex.link_re["yes_no_answer"].match(sent.text)):
            # «75 %» alone on a line is a flattened table cell: the table extractor's («ВПО — 27 %»
            # names its share)
            continue
        if is_task(sent):
            continue
        pcts = [p for p in find_numbers(sent.text, sent.start, context=doc.text) if p.is_percent]
        for t in _word_percents(sent, lex):
            pcts.append(t)
        services = before = lex.find_services(sent.text, sent.start, scan)
        criteria = lex.find_criteria(sent.text, sent.start, scan)
        satisfied_of = None  # the service of a satisfaction percent just before in the sentence
        of_those = None  # the service a share of «them» took from the sentence before
        for p in pcts:
            if any(s <= p.start and p.end <= e for s, e in owned):
                # («… 96 % опитаних (144 особи)»: a count's percent still says what the next measures)
                if lex.link_re["satisfied"].search(sent.text[: p.start - sent.start]):
                    at = _At(p.start, p.end)
                    satisfied_of = service_near(at, services, [at], sent, prefer_before=True) or state.service
                continue
            if p.written > 100 and lex.link_re["fulfilment"].search(sent.text[: p.start - sent.start]):
                continue  # «Досягнення цільового показника – 114,6 %»: a plan's fulfilment, no share of anyone
            n += 1
            part = _comma_part(sent.text, p.start - sent.start, p.end - sent.start)
            # «Частка отримувачів, задоволених ставленням працівників, – 95 %»: a part of a dash
            # and the figure alone is named by the clause before it
            named_by = part if _LETTER.search(part) else sent.text[: p.start - sent.start]
            # «… відсотків сказали, що повністю задоволені»: what they said is in the next part
            said = lex.link_re["said_satisfied"].match(sent.text, p.end - sent.start)
            # («141 особа (94 %) оцінила якість послуг як добру»: the answer after the percent)
            answered = lex.link_re["answer_satisfied"].search(sent.text[p.end - sent.start : p.end - sent.start + 80])
            # («Якість послуги як високу оцінили 65,4 % опитаних»: the grade named before the percent)
            rated = lex.link_re["rated_high_before"].search(sent.text, 0, p.start - sent.start)
            indicator = ("satisfaction" if lexicon().link_re["satisfied"].search(named_by) or said or answered or rated
                         else "share")
            at = _At(p.start, p.end)
            # (the sentence's later shares are of the same people: «…, решта 5 % …»)
            svc = service_near(at, services, [at], sent, prefer_before=True) or _of_those_before(
                sent, p, prev) or of_those or state.service
            of_those = svc if svc != state.service else of_those
            if (indicator == "share" and satisfied_of and svc and svc != satisfied_of
                    and any(m.value == svc for m in lex.find_services(part, 0))):
                # «Задоволені якістю послуги догляду вдома 96 % опитаних, послуги денного
                # догляду – 87,5 %»: the same measure of the next service the sentence names
                indicator = "satisfaction"
            if indicator == "satisfaction":
                satisfied_of = svc
            facts.append(Fact(
                fact_id=f"shares:{n}", indicator=indicator, value=as_value(p.written), unit="percent",
                start=p.start, end=p.end, quote=sent.text, extractor=f"share_{'satisfied' if indicator == 'satisfaction' else 'prose'}",
                confidence=0.7, service=svc, criterion=_criterion_before(criteria, p.start) or state.criterion,
                label=_label(named_by),
                page=doc.page_at(p.start),
            ))
    for z in _zeros(doc, lex, state):
        n += 1
        facts.append(Fact(fact_id=f"shares:{n}", **z))
    return facts


# how far above its formula the line naming an indicator may stand
FORMULA_NAME_REACH = 1500


def _formula_share(doc: Document, sent: Sentence, fm, state: SectionState, fact_id: str) -> Fact:
    """«П2.2 = 37 / 42 × 100 % = 88,9 %»: the result of the indicator a line above names («Показник
    2.2. Частка отримувачів, задоволених …»), a share of the section's criterion."""
    code = regex.sub(r"\D", ".", regex.sub(r"^\D+", "", fm.group("code"))).strip(".")
    names = [m for m in patterns.link_regex("formula_indicator").finditer(
        doc.text, max(0, sent.start - FORMULA_NAME_REACH), sent.start) if m.group("code").strip(".") == code]
    name = names[-1].group("name").strip().rstrip(".") if names else None
    satisfied = name is not None and lexicon().link_re["satisfied"].search(name)
    start, end = sent.start + fm.start("p"), sent.start + fm.end("p")
    return Fact(fact_id=fact_id, indicator="satisfaction" if satisfied else "share", value=as_value(parse_number(fm.group("p"))),
                unit="percent", start=start, end=end, quote=sent.text, extractor="share_formula", confidence=0.75,
                service=state.service, criterion=state.criterion, label=name, page=doc.page_at(start))


def _of_those_before(sent: Sentence, p, prev: list[Mention]) -> str | None:
    """«Опитали 40 підопічних відділення догляду вдома. Задоволені 95 % з них»: a share of
    «them» (or of those surveyed: «… оцінили 65,4 % опитаних») in a sentence naming no service is
    of the one service the sentence before named."""
    if len({m.value for m in prev}) != 1 or not any(
            patterns.link_regex(rel).match(sent.text, p.end - sent.start) for rel in ("of_them_after", "of_respondents_after")):
        return None
    return prev[0].value


def _criterion_before(criteria: list, at: int) -> str | None:
    """«… добре; «Доступність та відкритість» – «задовільно» (лише 75,9 % …)»: the criterion
    named last before the percent in its sentence."""
    before = [m for m in criteria if m.end <= at]
    return before[-1].value if before else None


def _word_percents(sent, lex):
    from decimal import Decimal

    from zvitparse.extract.numbers import Number
    from zvitparse.nlp import tokens

    percent_noun = lex.link_re["percent_noun"]
    spelled = percent_noun.search(sent.text)
    if not lex.percent_word_re.search(sent.text) and not spelled:
        return []
    out = []
    toks = [t for t in tokens(sent.text, sent.start) if not t.is_space]
    for k, t in enumerate(toks):
        hit = lex.numerals.get(t.lemma) or lex.numerals.get(t.lower)
        if hit and hit[1] == "percent_adverb":
            out.append(Number(Decimal(hit[0]), Decimal(hit[0]), 0, t.start, t.end, t.end, is_percent=True, word=True))
        elif (spelled and hit and hit[1] in ("cardinal", "tens", "hundreds") and k + 1 < len(toks)
              and percent_noun.fullmatch(toks[k + 1].lower)
              and not (k and toks[k - 1].lower in ("на", "в", "у"))):  # («зросла на п'ять відсотків»)
            # «дев'яносто відсотків опитаних»: a percent in words (one numeral word)
            end = toks[k + 1].end
            out.append(Number(Decimal(hit[0]), Decimal(hit[0]), 0, t.start, end, end, is_percent=True, word=True))
    return out



def _comma_part(text: str, start: int, end: int) -> str:
    """The part of the sentence around a percent, between commas outside parentheses."""
    lo = max((m.end() for m in _PART_BREAK.finditer(text[:start])), default=0)
    m = _PART_BREAK.search(text, end)
    hi = m.start() if m else len(text)
    return text[lo:hi]


def _label(part: str) -> str:
    s = regex.sub(r"\s+", " ", part).strip(" •·-–—;:.")
    return s[:160]


def _zeros(doc: Document, lex, state: SectionState) -> list[dict]:
    out = []
    text = doc.text
    low = text.lower()
    for (zid, indicator, unit, rx), scanner in zip(lex.zeros, lex.zero_scanners, strict=True):
        # on the lowercased text without the case flag, where a match can be (a case-insensitive
        # scan of a whole report cost ~0.5 ms); as written when lowercasing moves offsets («İ»)
        found = scanner.finditer(low) if len(low) == len(text) else rx.finditer(text)
        for start, end in (m.span() for m in found):
            written = text[start:end]
            # the service named in the statement, else the section's
            svc_mentions = lex.find_services(written, start)
            service = svc_mentions[0].value if svc_mentions else _service_before(doc, lex, start)
            out.append(dict(
                indicator=indicator, value=0, unit=unit, start=start, end=end,
                quote=regex.sub(r"\s+", " ", written), extractor=zid, confidence=0.8,
                service=service, page=doc.page_at(start),
            ))
    return out


def _service_before(doc: Document, lex, offset: int) -> str | None:
    """The service in force at `offset` (the section's, else the document's)."""
    snaps = section_snapshots(doc, lex)
    service = report_service(doc, lex)
    for sent, (svc, _crit) in zip(sentences(doc), snaps, strict=True):
        if sent.start >= offset:
            break
        service = svc
    return service
