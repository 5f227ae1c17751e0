"""What a sentence inherits from where it stands: the section's service and criterion, the
document's service (a report on one service names it in its title)."""

from __future__ import annotations

import functools

import regex

from zvitparse import patterns
from zvitparse.extract.lexicon import Lexicon, Mention, lexicon
from zvitparse.extract.meta import find_title
from zvitparse.extract.sentences import Sentence, sentence_text, sentences
from zvitparse.model import Document

_HEADING_MAX = 160
_TITLE_MAX = 100
# a heading naming no service ends the section of the one above it; longer lines may be prose
_PLAIN_HEADING_MAX = 60
_WORD = regex.compile(r"\p{L}{2,}")
# («г) Опитування»: a lettered heading ends its sibling's section as a numbered one does)
_NUMBERED = regex.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[а-яіїєґ]\))\s+\p{Lu}")
_TITLE_CHARS = 1000
_PARAGRAPH_LEAD = 40  # a numbered paragraph's service is named this near its start
_NUMBER = regex.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*[.)]")
_FIRST_SECTION = regex.compile(r"(?m)^[ \t]*(?:1|I|І)[.)][ \t]+\p{Lu}")
_DIGIT = regex.compile(r"\d")
_DASH_END = regex.compile(r"[-–—:]\s*$")
_PAREN = regex.compile(r"\s*\(")
_PART_MARK = regex.compile(r"[(),;:\n]")
# a list marker at the start of a line or item: «2.1.», «1)», «•», «–»
# (pictographs open a post's heading or item: «👵👴 Відділення соціальної допомоги вдома: …»)
# (a letter item «а)», «ґ)» of a lettered list too)
LIST_MARK = regex.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s*\)?|[а-яіїєґa-z]\)|[•·\-–—*]|(?:(?![©®™])\p{Extended_Pictographic}[\uFE0F\u200D]*\s*)+)?\s*")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_RULE_LINE = regex.compile(r"(?m)^[ \t]*[─━═—–\-_=*~]{5,}[ \t]*$")


@functools.lru_cache(maxsize=2)
def _numeral_re(lex: Lexicon) -> regex.Pattern | None:
    words = sorted(lex.numerals, key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}'])(?:" + "|".join(regex.escape(w) for w in words) + r")", regex.I) if words else None


@functools.lru_cache(maxsize=2)
def _numeral_lower_re(rx: regex.Pattern) -> regex.Pattern:
    # the numeral words are lower-case: on lowercased text the case flag only costs time
    return patterns.compile_lowercase(rx.pattern)


@functools.lru_cache(maxsize=4096)
def _has_numeral(rx: regex.Pattern, text: str) -> bool:
    """Cached: the prose extractors ask it of the same sentences."""
    low = text.lower()
    if len(low) != len(text):  # «İ» lowers to two characters: keep the text as written
        return bool(rx.search(text))
    return bool(_numeral_lower_re(rx).search(low))


def _is_title(text: str) -> bool:
    """A heading line: short, and in capitals or without a sentence's final stop."""
    text = text.strip()
    return 0 < len(text) <= _TITLE_MAX and (text.isupper() or not text.endswith((".", ",", ";", ":")))


def _line_up_to(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1:pos]


def report_service(doc: Document, lex: Lexicon) -> str | None:
    """The one service a report is about, else None: a report on one service names it (and no
    other) near its top, its title. Kept on the document: every extractor's section state asks."""
    cached = doc.__dict__.get("_report_service")
    if cached is not None and cached[0] == len(doc.text):
        return cached[1]
    text = sentence_text(doc)
    # (a list of abbreviations, «ПС – прийомна сім'я», or a total's largest part names no subject)
    aside = lex.link_re.get("not_report_subject")
    # (the title ends where the first numbered section opens: «1. Звернення, виявлення сімей у СЖО»)
    first_section = _FIRST_SECTION.search(doc.text, 0, _TITLE_CHARS)
    top = doc.text[:first_section.start() if first_section else _TITLE_CHARS]
    found = {m.value for m in lex.find_services(top, 0, text)
             if aside is None or not aside.search(_line_up_to(doc.text, m.start))}
    if len(found) > 1:
        # («ЗВІТ про … оцінки якості соціальної послуги догляду вдома, наданої …» over a body that
        # names other services soon after: the title's one service is the report's)
        title = find_title(doc.text)
        if title is not None and title[1] <= len(top):
            found = {m.value for m in lex.find_services(doc.text[title[0]:title[1]], title[0], text)} or found
    if len(found) == 1 and len(_table_services(doc, len(top), lex)) > 1:
        found = set()  # («Отримувачі за послугами: Догляд вдома | 214, Денний догляд | 36 …» near the top: a report on them all)
    out = found.pop() if len(found) == 1 else None
    doc.__dict__["_report_service"] = (len(doc.text), out)
    return out


def _table_services(doc: Document, before: int, lex: Lexicon) -> set[str]:
    """The services the row labels of the tables opening before `before` name."""
    out: set[str] = set()
    for b in doc.blocks:
        if b.kind == "table" and b.start < before:
            for row in b.rows or ():
                cell = next((c for c in row if c is not None and c.text.strip()), None)
                if cell is not None:
                    out |= {m.value for m in lex.find_services(cell.text, 0)}
    return out


class SectionState:
    """Tracks the service and criterion a section is about, sentence by sentence."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.lex = lex
        self.text = sentence_text(doc)
        self.doc_text = doc.text
        self.doc_service: str | None = None
        self.section_service: str | None = None
        self.criterion: str | None = None
        self._numeral_re = _numeral_re(lex)
        self._last_end = 0
        self._numbered_level: int | None = None  # the level of the numbered paragraph that opened the section
        self._outer_service: str | None = None  # and the section's service before it
        self.doc_service = report_service(doc, lex)

    @property
    def service(self) -> str | None:
        return self.section_service or self.doc_service

    def may_hold_numeral(self, text: str) -> bool:
        return self._numeral_re is not None and _has_numeral(self._numeral_re, text)

    def observe(self, sent: Sentence) -> None:
        """A heading-like sentence that names a service (or a criterion) opens a section on it."""
        if _RULE_LINE.search(self.doc_text, self._last_end, sent.start) or _RULE_LINE.fullmatch(sent.text.strip()):
            self.section_service = None  # «────────»: the next post, or page, of a feed starts afresh
        self._last_end = sent.end
        text = sent.text
        line = self._line_of(sent)
        unchecked = self.lex.link_re.get("unchecked_option")
        if unchecked is not None and unchecked.match(line):
            return  # «☐ соціальне таксі»: a service the form says is not given heads nothing
        opens = self.lex.link_re.get("numbered_section")
        if opens is not None and opens.match(line) and not self.lex.find_services(text, sent.start, self.text):
            # «Розділ 4. Результати внутрішньої оцінки якості»: a new section on no one service
            self.section_service, self._numbered_level = None, None
        body = LIST_MARK.sub("", text, count=1)
        at = sent.start + len(text) - len(body)
        criteria = self.lex.find_criteria(body[:80], at, self.text)
        lead_rx = self.lex.link_re.get("criterion_lead")
        lead = lead_rx.match(body.lower()) if lead_rx is not None else None
        crit = self._leading(criteria, at + 3 + (lead.end() if lead else 0))
        if crit:
            self.criterion = crit.value
        if _DIGIT.search(_YEAR.sub("", body)):
            # («Соціальне таксі: 2025 рік» heads a section; a year is no figure)
            self._numbered_paragraph(sent, body, at)
            return
        services = self.lex.find_services(body, at, self.text)
        lead = self._leading(services, at + 12)
        if lead is None and len({m.value for m in services}) == 1 and (
                _is_title(body) or (len(body) <= _PLAIN_HEADING_MAX and self._numbered_line_head(sent))):
            # «4. ВІДДІЛЕННЯ СОЦІАЛЬНОЇ ДОПОМОГИ ВДОМА» names it further in; so does «2.1.
            # Відділення соціальної допомоги вдома.» opening its numbered paragraph
            lead = services[0]
        # a heading, or a sentence that opens on the service it describes («Послуга … (…)»)
        opener = self.lex.link_re.get("section_opener")
        if lead and (len(body) <= _HEADING_MAX or (opener is not None and opener.match(body))):
            self.section_service, self._numbered_level = lead.value, None
        elif (not services and not criteria and _is_title(body) and len(body) <= _PLAIN_HEADING_MAX
              and ((body.isupper() and len(_WORD.findall(body)) >= 2) or _NUMBERED.match(self._line_of(sent)))):
            # «5. Кадрове забезпечення», «ФІНАНСУВАННЯ»: a new section on no one service (a bare
            # line may be a table cell flattened into the text, so only marked headings count)
            self.section_service, self._numbered_level = None, None

    def _numbered_paragraph(self, sent: Sentence, body: str, at: int) -> None:
        """«2. Відділенням соціальної допомоги вдома обслуговано 196 осіб, …»: a numbered paragraph
        opening on a service is about it up to the next paragraph of its number's level."""
        level = self._paragraph_level(sent)
        if level is None:
            return
        if self._numbered_level is not None and level <= self._numbered_level:
            # (back to the section it stood in: «3. Послуга консультування» over «3.1.», «3.2.»)
            self.section_service, self._numbered_level = self._outer_service, None
        # (named in its opening words, before its first figure: «Відділенням соціальної допомоги вдома»)
        digit = _DIGIT.search(body)
        lead = self._leading(self.lex.find_services(body, at, self.text),
                             min(at + _PARAGRAPH_LEAD, at + (digit.start() if digit else len(body))))
        if lead is not None:
            if self._numbered_level is None:
                self._outer_service = self.section_service
            self.section_service, self._numbered_level = lead.value, level

    def _paragraph_level(self, sent: Sentence) -> int | None:
        """The level of the number («2.» 1, «2.1.» 2) the sentence opens its line after, or None."""
        if not self._numbered_line_head(sent):
            return None
        lo = self.doc_text.rfind("\n", 0, sent.start) + 1
        m = _NUMBER.match(self.doc_text, lo, sent.end)
        return (m.group().count(".") or 1) if m else None

    def _numbered_line_head(self, sent: Sentence) -> bool:
        """The sentence opens a numbered line, right after its number («2.1. Відділення …»)."""
        lo = self.doc_text.rfind("\n", 0, sent.start) + 1
        return bool(_NUMBERED.match(self.doc_text[lo:sent.end])) and not regex.sub(
            r"[\d.)\s]", "", self.doc_text[lo:sent.start])

    def _line_of(self, sent: Sentence) -> str:
        """The whole line a sentence stands on («4.» and «Фінансування» are split as sentences)."""
        lo = self.doc_text.rfind("\n", 0, sent.start) + 1
        hi = self.doc_text.find("\n", sent.end)
        return self.doc_text[lo:hi if hi >= 0 else len(self.doc_text)]

    @staticmethod
    def _leading(mentions: list[Mention], before: int) -> Mention | None:
        first = min(mentions, key=lambda m: m.start, default=None)
        return first if first is not None and first.start <= before else None


def comma_part(sent: Sentence, c) -> tuple[int, int]:
    """Document offsets of the comma part holding a count (parentheses read through)."""
    text = sent.text
    depth, lo, hi = 0, 0, len(text)
    rel_s, rel_e = c.start - sent.start, c.end - sent.start
    for m in _PART_MARK.finditer(text):  # only the characters that matter, not every one
        i, ch = m.start(), m.group()
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif depth == 0 and ch in ",;:\n":  # a line is a part of its own (lists without marks)
            if ch == "\n" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].islower() \
                    and not _DIGIT.search(text, max(text.rfind(m, 0, i) for m in ".,;:\n") + 1, i):
                continue  # (but a line wrapped inside a clause, «Послугу соціальної адаптації / отримали»)
            if i < rel_s:
                lo = i + 1
            elif i >= rel_e:
                hi = i
                break
    return sent.start + lo, sent.start + hi


def service_near(c, services: list[Mention], counts: list, sent: Sentence, *, prefer_before: bool = False) -> str | None:
    """The service named next to a count: over it, then after it up to the next count, then
    before it back to the previous count, then anywhere before it in the sentence."""
    if not services:
        return None
    # a head count's neighbours are the other heads: its «(57 дітей)» does not cut its words off
    # (a count of things, «1 260 наборів», names no service of its own: the words after it are the clause's)
    peers = [o for o in counts if o is c or not (getattr(o, "child", False) or getattr(o, "other_noun", False))] \
        if not c.child else counts
    idx = peers.index(c)
    prev_end = peers[idx - 1].end if idx > 0 else sent.start
    next_start = peers[idx + 1].start if idx + 1 < len(peers) else sent.end
    # «консультування - 86 осіб»: a count right after a dash is named by the words before it
    dashed = bool(_DASH_END.search(sent.text[: c.start - sent.start]))
    if dashed:
        prefer_before = True
    over = [m for m in services if m.start < c.end and c.start < m.end]
    if over:
        return max(over, key=lambda m: m.priority).value
    # «послуги консультування (213 послуг), представництва інтересів (17 послуг)»: a count in a
    # bracket right after a service's name is that service's
    rel = c.start - sent.start
    opened = sent.text.rfind("(", 0, rel)
    if opened >= 0 and ")" not in sent.text[opened:rel] and not _DIGIT.search(sent.text, opened + 1, rel):
        named = [m for m in services if 0 <= sent.start + opened - m.end <= 2]
        if named:
            return named[-1].value
    # «-2(послуга соціальної адаптації)»: a parenthesis right after the count names its service
    tail = sent.text[c.end - sent.start : c.end - sent.start + 80]
    paren = _PAREN.match(tail)
    breakdown: tuple[int, int] | None = None
    if paren:
        close = tail.find(")", paren.end())
        hi = c.end + (close if close >= 0 else len(tail))
        if _DIGIT.search(tail, paren.end(), close if close >= 0 else len(tail)):
            # «742 особи (психологічне – 163, юридичне – 214)»: a breakdown of the count into
            # parts, whose names are the parts', not the count's
            breakdown = (c.end, hi)
        else:
            inside = [m for m in services if c.end <= m.start <= c.end + paren.end() + 12 and m.start < hi]
            if inside:
                return inside[0].value
    if breakdown:
        services = [m for m in services if not breakdown[0] <= m.start < breakdown[1]]
        if not services:
            return None
    # words after a list opener («…, у т.ч. догляду вдома – 41 200») name the items, not the count
    opener = lexicon().link_re["list_opener"].search(sent.text, c.end - sent.start)
    if opener:
        next_start = min(next_start, sent.start + opener.start())
    # («з них 41 – одинокі; денного догляду – 12 осіб»: a semicolon ends the count's item)
    semi = sent.text.find(";", c.end - sent.start)
    if semi >= 0:
        next_start = min(next_start, sent.start + semi)
    after = [m for m in services if c.end <= m.start < next_start]
    before = [m for m in services if prev_end <= m.end <= c.start]
    # «консультування отримали 1 096 осіб, інформування – 2 000»: the count's own comma part
    # names its service before another part does
    lo, hi = comma_part(sent, c)
    own_after = [m for m in after if m.start < hi]
    own_before = [m for m in before if m.start >= lo]
    if own_before and not own_after:
        return own_before[-1].value
    if prefer_before and before:
        return before[-1].value
    if after and before and lexicon().link_re["new_clause"].search(
            sent.text, c.end - sent.start, after[0].start - sent.start):
        return before[-1].value  # («консультування 402 особам та здійснювали соціальний супровід»)
    if after:
        return after[0].value
    if before:
        return before[-1].value
    earlier = [m for m in services if m.end <= c.start]
    if dashed and prev_end > sent.start:
        # «…, групові заняття з відновлення – 862» after «консультації – 1 204»: an item named by
        # its own words takes no service from the items before it, only from the sentence's head
        earlier = [m for m in earlier if m.end <= peers[0].start]
    if earlier and not c.child:
        return earlier[-1].value
    return None


def section_snapshots(doc: Document, lex: Lexicon) -> list[tuple[str | None, str | None]]:
    """(service, criterion) in force at each sentence of `sentences(doc)`; computed once per
    document, since every prose extractor needs it."""
    cached = doc.__dict__.get("_sections")
    if cached is not None and cached[0] == len(doc.text):
        return cached[1]
    state = SectionState(doc, lex)
    out = []
    for sent in sentences(doc):
        state.observe(sent)
        out.append((state.service, state.criterion))
    doc.__dict__["_sections"] = (len(doc.text), out)
    return out


def apply_snapshot(state: SectionState, snap: tuple[str | None, str | None]) -> None:
    """Set `state` to a precomputed snapshot (the document's own service stays its default)."""
    service, criterion = snap
    state.section_service = service if service != state.doc_service else None
    state.criterion = criterion
