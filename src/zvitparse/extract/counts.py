"""Counts in prose: «звернулися 367 сімей», «в них 420 дітей», «Соборний – 328».

For each sentence holding a figure: numbers (not dates, years, references …) get a unit from the
noun after them (adjectives skipped) or before a dash; an indicator from the trigger phrases of
their clause (`patterns/indicators.yaml`), else from the whole they belong to (`в них`, `з них`,
`а саме`), else from a sibling, else from their unit; a service from the words around them, the
section or the document. A percent written beside a count is that count's `percent`.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field, replace
from decimal import Decimal

import regex

from zvitparse.extract import numbers
from zvitparse.extract.categories import category_of
from zvitparse.extract.lexicon import Lexicon, Trigger, fit_unit, lexicon
from zvitparse.extract.numbers import Number, as_value, find_numbers
from zvitparse.extract.section import (
    LIST_MARK,
    SectionState,
    apply_snapshot,
    comma_part,
    section_snapshots,
    service_near,
)
from zvitparse.extract.sentences import LABEL_DASH, Sentence, is_abbrev, is_task, sentence_text, sentences
from zvitparse.model import Document, Fact
from zvitparse.nlp import Token, tokens

log = logging.getLogger(__name__)

def _rx(relation: str) -> regex.Pattern:
    """A grammar cue of `patterns/links.yaml` (the words live there, not here)."""
    return lexicon().link_re[relation]


_SKIPPABLE_POS = {"ADJF", "PRTF", "ADJS", "NUMR", "NPRO", "ADVB"}
_DASH = regex.compile(r"^\s*[-–—:]\s*")
_LEAD_END = regex.compile(r"[-–—:]\s*$")
_ANSWER_WORDS = regex.compile(r"[\p{L}'’ ]*\p{L}")
# how far below a survey's respondents a count answering it may stand
SURVEY_ANSWER_REACH = 400
# how far after a count of staff the verb saying they serve may stand
STAFF_VERB_REACH = 40
# how far below a count of completed support its outcomes may stand
OUTCOME_REACH = 300
# how far below a whole a list intro naming its figure again («Джерела … повідомлень:») may stand
LIST_INTRO_REACH = 400
# how far before a relative clause's verb the events it is about may be named («6 тренінгів (…), у яких …»)
EVENTS_CLAUSE_REACH = 160
# how far after the families just counted a sentence «У цих сім'ях …» may count their children
CHILD_OF_LAST_REACH = 300
# an answer's figure opens it: «— Понад шістсот.», «— Сорок дві сім'ї …»
ANSWER_LEAD = 16
# numeral words that multiply the numerals before them («дві тисячі», «півтори сотні»)
_SCALES = ("thousands", "hundreds_noun")
# how far after a figure («248 сімей під супроводом») its own words may stand
FIGURE_WORDS_REACH = 40
# a slide: a figure opening a short line of its own, and the lines right under it
SLIDE_LINE = 80
SLIDE_ITEM_REACH = 120
_FIGURE_LEAD = regex.compile(r"\W*\d[\d\s]*\s+")
_CUE_DASH = regex.compile(r"\s*[-–—:]\s*")
_WORD_DASH = regex.compile(r"\s*[-–—]\s*\p{L}")
# a figure set off by dashes: «людей – 742 – приходили …»
_BETWEEN_DASHES = regex.compile(r"\s+[-–—]\s+(?=\p{L})")
# what ends a trigger's reach to the count after it: «надавали: безоплатно – 412» opens a list
_PART_BREAK = regex.compile(r"[,;]|:(?=[^\d:]{1,60}[-–—]\s*\d)")
_CUE_TAIL = regex.compile(r"\s*[:,–—-]?\s*")
# a whole line «назва – 9» / «назва – 9 сімей;»: an item of the list above it
_ITEM = r"[^\d\n]{2,80}?\s[-–—]\s*\d[\d\s]*(?:[,.]\d+)?\s*%?(?:\s*[\p{L}'’]+)?(?:\s*\(\d+(?:[,.]\d+)?\s*%\))?\s*[;.,]?\s*"
# «391 особа – під доглядом вдома»: the dash after a figure and its noun, and how far after it
# the service it names may begin («під доглядом вдома», «у відділенні денного догляду»)
_FIGURE_DASH = regex.compile(r"\s*[-–—]\s*")
SERVICE_AFTER_DASH = 30
# «412 – відділення соціальної допомоги вдома;»: a list item that writes its figure first
_FIGURE_FIRST_ITEM = regex.compile(r"^\s*\d[\d ]*\s*[-–—]\s*\p{Ll}[^\d\n]{2,100}$")
_ITEM_LINE = regex.compile(rf"^(?=[^\d\n]{{2,80}}?\s(?P<dash>[-–—]))(?:{_ITEM})+$")
_COMMA_BREAK = regex.compile(r"[,;:()]")
_COMMA_BREAK_CHARS = ",;:()"
_ITEM_END = regex.compile(r"[,;)]")
_ITEM_START = regex.compile(r"[,;(:]")
_ITEM_OPEN = regex.compile(r"[;(:]")
_HIDE_ASIDE = str.maketrans("(),", "\x00\x01\x02")
_SHOW_ASIDE = str.maketrans("\x00\x01\x02", "(),")
_COMMA_DASH_END = regex.compile(r",\s*[-–—]\s*$")
# a part named after its number by what was done with it: «35 вирішено позитивно»
_PREDICATE_LABEL = regex.compile(r"\s+\p{Ll}[\p{L}'’ -]{2,60}(?:[,;)(.]|$)")
_PREDICATE_END = regex.compile(r"[,;()]")
_BARE_OWNER = regex.compile(r"\d\s*\(\s*$")
_COLON = regex.compile(r":(?!\d)")
_SUPPORT_INDICATORS = {"support_started", "support_completed", "support_ongoing", "outcome_positive",
                       "outcome_minimized", "outcome_negative", "outcome_other"}
_SUPPORT_SERVICES = {"social_support_sjo", "social_support_foster"}
_PEOPLE = {"families", "persons", "children", "families_persons", "recipients"}
# how far back a whole may stand from a part that names only its percent of it
PERCENT_WHOLE_REACH = 1500
_PEOPLE_INDICATORS = {"applied", "notified", "needs_assessed", "registered", "registered_new", "deregistered",
                      "served", "support_started", "support_completed", "support_ongoing", "outcome_positive",
                      "outcome_minimized", "outcome_negative", "outcome_other", "survey_respondents",
                      "in_difficult_circumstances", "event_participants"}
_ITEM_BOUNDARY = regex.compile(r"[,;:]")
_PAREN_COUNT_AFTER = regex.compile(r"^\s*(?:\p{L}+\s+){0,2}\(\s*$")
# «12 сімей (57 дітей)», «– 12 (дітей – 27)»: a bracket opening right after the figure, perhaps on its
# unit and a dash
_PARENT_OPEN = regex.compile(r"^\s*\(\s*(?:[\p{L}']+\s*[-–—:]\s*)?$")
_HAS_DIGIT = regex.compile(r"\d")
# trigger entries of indicators.yaml whose figures the list under them breaks down in a way of
# its own: the people off a centre's register (their reasons are parts of it) and the people
# taken off its care (their reasons are outcomes of the service that ended)
_REGISTER_OF_PEOPLE = frozenset({"deregistered_people"})
# counts of a category among those served («Серед обслуговуваних – 23 особи з інвалідністю»)
_CATEGORY_TRIGGERS = ("served_among_recipients",)
# a register's moves onto and off a provider's care
_CARE_MOVES = frozenset({"registered_new", "deregistered", "support_started"})
_SERVICE_ENDED = frozenset({"deregistered_from_service"})
_LETTER_MARK = regex.compile(r"[а-яіїєґa-z]\)\s")
_COLON_LABEL = regex.compile(r"^\s*[\p{L}'’ ,()-]{3,90}:\s*\d[\d\s]*\s*$")  # «Прийомних сімей: 6»
_ASIDE_WORD = regex.compile(r"(?<=\s)\([\p{L}'’.\s,-]{1,80}\)(?=\s)")
_DASH_LEAD = regex.compile(r"\p{L}[\p{L})»\s,]*\s[-–—]\s*$")
_OTHER_NOUN = "-"
_STAFF_INDICATORS = {"staff_positions", "staff_actual", "staff_trained"}
# figures an item of a list states on its own: under a whole of another indicator they are no part
# of it (outcomes are parts of completed support, and stay so)
_OWN_FIGURES = {"applied", "notified", "needs_assessed", "registered", "registered_new", "deregistered",
                "support_started", "support_ongoing", "services_provided", "events", "event_participants",
                *_STAFF_INDICATORS, "complaints", "calls", "survey_respondents", "ignore"}
_INDICATOR_UNIT = {"calls": "calls", "events": "events", "staff_positions": "positions", "complaints": "complaints"}
_UNIT_DEFAULT_INDICATOR = {
    "positions": "staff_positions",
    "calls": "calls",
    "events": "events",
    "complaints": "complaints",
    "services": "services_provided",
    "staff": "staff_actual",  # «Надання послуг забезпечують 74 працівники»: the staff at work
    "applications": "applied",  # «звернень громадян – 57»
}


@dataclass
class Count:
    num: Number
    tok: int  # index of the number's first token
    unit: str | None = None
    unit_end: int = 0  # document offset where the unit word ends
    indicator: str | None = None
    raw_indicator: str | None = None  # the trigger's indicator before unit conversion
    extractor: str = ""
    confidence: float = 0.8
    percent: Decimal | None = None
    lead_noun: bool = False  # the unit is the noun the clause opens on («Сімей, які …: 45»)
    answer_of: Count | None = None  # the survey whose respondents gave this answer
    service: str | None = None
    label: str | None = None
    parent: Count | None = None
    child: bool = False  # «в них 20 дітей»: a sub-count of a different unit
    group: str | None = None
    district: str | None = None
    fid: str = ""
    attached_pcts: list[Number] = field(default_factory=list)
    other_noun: bool = False  # «54 шт.», «915 виїздів»: counts something no unit names
    labelled_other: bool = False  # other_noun from its label («засідань – 4»), not a noun after it
    of_them: bool = False  # «у дев'яти з них»: a part of the figure before it, not a figure of its own clause
    named_after_dash: bool = False  # «з них 52 – соціальні робітники»: the people named after the figure
    unit_from_label: bool = False  # «за зверненням до мобільної бригади - 14»: a weak unit
    restated: bool = False
    trigger_level: int = 0
    trigger_units: tuple[str, ...] | None = None
    trigger_span: tuple[int, int] | None = None  # where the count's trigger stands
    whole: Count | None = None  # «60 із 62 опитаних»: the count this one is a part of  # 0: the trigger stands in the count's own comma part; 1: elsewhere in the clause  # «Із 33 сімей, які …»: a figure given earlier, named again as a whole

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
    close_at: int | None = None  # a list opened inside parentheses ends with them
    # «надано 4 870 консультацій 2 316 особам, з них:»: the count before the last head, whose
    # items are adjectives of its noun («психологічних – 1 912»)
    alt_total: Count | None = None
    # «Серед сімей, які …, сімей ВПО – 12, …»: categories that may overlap, no partition
    overlapping: bool = False
    # the list this one was opened inside («денний догляд – 31 (у тому числі 12 дітей), …»):
    # it goes on when the parentheses close
    outer: Enumeration | None = None


# «у 24 складні життєві обставини подолано»: after «у» a number counts a noun in the locative
# («у 24 сім'ях»), so a noun in the nominative after it is the verb's subject
_AFTER_WORD = regex.compile(r"(\p{L}+)\s+$")


def _after_place_preposition(text: str) -> bool:
    """`text` ends with «у» or «в» and a space: a number after it counts a noun in the locative."""
    m = _AFTER_WORD.search(text)
    return m is not None and bool(_rx("place_preposition").fullmatch(m.group(1).lower()))


def _takes_genitive_plural(value) -> bool:
    """Whether a noun counted by `value` stands in the genitive plural («14 сімей», «25 осіб»),
    so an accusative after it is no counted noun."""
    if value != int(value) or value < 5:
        return False
    n = int(value)
    return 11 <= n % 100 <= 14 or n % 10 not in (1, 2, 3, 4)


def _next_word_pos(toks: list[Token], j: int) -> str | None:
    return next((t.pos for t in toks[j + 1:] if not t.is_space), None)


@functools.lru_cache(maxsize=8192)
def _may_be_counted(word: str) -> bool:
    """A noun a number of five or more can count: a plural form in the genitive («заходів») or in
    an oblique case («у 19 сім'ях», «12 особам»), or a form the dictionary does not know."""
    from zvitparse.nlp import morph

    nouns = [p for p in morph().parse(word) if p.tag.POS == "NOUN"]
    if not nouns:
        return True  # («шт», an abbreviation: no case to judge by)
    return any(p.tag.number == "plur" and p.tag.case not in ("nomn", "accs", "voct") for p in nouns)


def _may_be_locative(word: str) -> bool:
    """A noun that may stand in the locative («у 31 населеному пункті», «у 24 сім'ях»)."""
    from zvitparse.nlp import morph

    nouns = [p for p in morph().parse(word) if p.tag.POS == "NOUN"]
    return not nouns or any(p.tag.case == "loct" for p in nouns)


def _before_relative_clause(label: list[Token]) -> list[Token]:
    """The tokens of a label before its first «, які …» / «, у яких …» clause (all of them when
    it has none, or when nothing comes before it)."""
    for k, t in enumerate(label):
        if k and t.text == ",":
            opens = " ".join(w.lower for w in label[k + 1 : k + 3] if not w.is_punct)
            if _rx("relative_clause_start").search(opens):
                return label[:k]
    return label


def _last_break(text: str) -> int:
    """Where the clause that ends `text` starts: after its last full stop, comma, semicolon, bullet
    or opening bracket («47 (у них дітей: 89)»)."""
    return max(text.rfind(c) for c in ".,;•\n(") + 1


class CountExtractor:
    def __init__(self, doc: Document, meta: dict | None = None) -> None:
        self.doc = doc
        self.lex: Lexicon = lexicon()
        self.state = SectionState(doc, self.lex)
        self.scan_text = sentence_text(doc)
        self.trigger_text = self._trigger_text()
        self.support_service: dict[int, str] = {}  # per block: the support service last named
        self.block_unit: dict[int, str] = {}  # per block: the unit people were last counted in
        self._label_head = False
        self.service_whole: Count | None = None  # the whole of a breakdown by service sections
        self.service_whole_block = -2
        self.facts: list[Fact] = []
        self.enum: Enumeration | None = None
        self.last_head: Count | None = None
        self.wholes: list[Count] = []  # counts emitted as wholes, for parts named only by a percent
        self.emitted: list[Count] = []  # every count emitted, in order
        self.last_item: Count | None = None
        self.last_completion: Count | None = None
        self.outcome_groups: dict[str, str] = {}  # completion → the group of its outcomes
        self.n = 0
        self.groups = 0
        self.attached_percent_spans: list[tuple[int, int]] = []
        self._leading_owners: list[tuple[Count, Number]] = []  # «96,4 % (274 з 287)»
        self._owners: list[tuple[Count, Number]] = []
        self.question_trigs: list[Trigger] = []  # what the interviewer's question just asked
        self.staff_section = False  # under a heading on the staff («Кадрове забезпечення»)
        self.item_next = False  # the next sentence is a labelled item («догляд вдома – 391»)
        self.sub_items_next = False  # the next paragraph is an item one level down («а) ВПО – 164»)
        self.last_ended: Count | None = None  # the last support completed or family taken off the register
        self.question_unit: str | None = None  # and the noun it asked the number of
        self.question_services: list = []

    # ---------------------------------------------------------------- numbers → counts
    def _word_numerals(self, toks: list[Token]) -> list[tuple[int, Number]]:
        out = []
        i = 0
        while i < len(toks):
            t = toks[i]
            hit = self.lex.numerals.get(t.lemma) or self.lex.numerals.get(t.lower)
            if not hit:
                i += 1
                continue
            value, kind = hit
            j = i
            if kind in _SCALES:  # «тисячу сто»: the scale word alone is one of it
                if t.lower not in self.lex.scale_alone or (i > 0 and toks[i - 1].is_digit):
                    i += 1  # «тисячі родин», «32 тисячі»: no number of its own
                    continue
                value, kind = Decimal(0) + value, "scaled"
                total, cur, last = value, Decimal(0), value
            else:
                total, cur, last = Decimal(0), Decimal(value), Decimal(value)
            # «сімдесят два», «сто дев'яносто шість», «дві тисячі триста», «півтори сотні»:
            # falling numerals add up, a scale word multiplies what came before it
            while kind != "percent_adverb" and j + 1 < len(toks):
                nxt = self.lex.numerals.get(toks[j + 1].lemma) or self.lex.numerals.get(toks[j + 1].lower)
                if not nxt:
                    break
                nval, nkind = Decimal(nxt[0]), nxt[1]
                if nkind in _SCALES:
                    if not cur or nval <= last or (total and nval >= total):
                        break
                    total, cur, last, j = total + cur * nval, Decimal(0), nval, j + 1
                    kind = "scaled"
                    continue
                if nkind not in ("cardinal", "collective", "tens", "teens", "hundreds") or nval >= last:
                    break
                if kind in ("cardinal", "collective", "teens") and not total:
                    break  # «два три» are two numbers; units follow tens, not units
                cur, last, j = cur + nval, nval, j + 1
                kind = nkind if nkind in ("tens", "hundreds") else "cardinal"
            value = total + cur
            if value != value.to_integral_value():
                i = j + 1
                continue  # «півтори» with no scale after it is no count
            if kind != "percent_adverb" and i > 0 and _rx("ratio_preposition").search(toks[i - 1].text + " ") \
                    and not (value > 1 and _rx("ratio_only_of_one").search(toks[i - 1].text + " ")):
                i = j + 1
                continue  # «за одним зверненням», «на одного працівника»: not a count
            end = toks[j].end
            lo = toks[0].start
            if numbers._covered(numbers.not_figure_spans(self.doc.text), t.start, end) or numbers._covered(
                    numbers.not_figure_spans_of(self.doc.text[lo:toks[-1].end]), t.start - lo, end - lo):
                i = j + 1
                continue  # «проживає понад 26 тисяч людей, зокрема й понад чотири тисячі ВПО»
            num = Number(Decimal(value), Decimal(value), 0, t.start, end, end,
                         is_percent=(kind == "percent_adverb"), word=True)
            out.append((j, num))
            i = j + 1
        return out

    def _unit_after(self, sent: Sentence, toks: list[Token], i: int, num: Number) -> tuple[str | None, int]:
        rel = num.end - sent.start
        hit = self.lex.unit_by_regex(sent.text[rel:])
        if hit:
            if hit[1] in self.lex.tables_only_units:
                # «здійснено 214 поїздок» of the social taxi: in prose the rides tell how much the
                # car ran, beside the people it carried (a programme table's «кількість поїздок» row
                # is its volume of service)
                return _OTHER_NOUN, num.end + hit[2]
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
            if j + 2 < len(toks) and toks[j + 1].text == "." and t.text.isalpha() and t.text.islower() \
                    and is_abbrev(sent.text, toks[j + 1].end - sent.start):
                # «10 154 соц. послуги»: an adjective cut short before the counted noun (not a
                # unit cut short itself: «938 шт.», «9 міс.»)
                nxt = next((u for u in toks[j + 2:j + 4] if not u.is_space), None)
                unit = self.lex.unit_of(nxt) if nxt is not None else None
                if unit:
                    return unit, nxt.end
            if j + 2 < len(toks) and toks[j + 1].text == "-" and toks[j].end == toks[j + 1].start \
                    and toks[j + 2].pos in ("ADJF", "PRTF") and toks[j + 1].end == toks[j + 2].start:
                skipped += 1  # «17 інформаційно-роз'яснювальних заходів»: the first half of one adjective
                j += 2
                continue
            if t.pos in _SKIPPABLE_POS or (t.pos == "CONJ" and skipped and _next_word_pos(toks, j) in ("ADJF", "PRTF")):
                # («1 260 продуктових і гігієнічних наборів»: two adjectives of one noun)
                skipped += 1
                j += 1
                continue
            if t.text[:1].islower() and t.text[:1].isalpha() and (skipped == 0 or t.pos == "NOUN") \
                    and t.pos not in ("PREP", "CONJ", "PRCL", "VERB", "INFN", "GRND", "PRTS"):
                # (a verb after the number says what they did: «з них 35 вирішено позитивно»)
                if (_takes_genitive_plural(num.value) and not _may_be_counted(t.lower)) or (
                        _after_place_preposition(sent.text[:num.start - sent.start]) and not _may_be_locative(t.lower)):
                    # «у 14 ситуацію виправили», «у 19 складні життєві обставини подолано»: a noun
                    # no such number counts is the verb's object or subject, not what is counted
                    break
                return _OTHER_NOUN, t.end
            break
        return None, 0

    def _scaled_count(self, sent: Sentence, toks: list[Token], k: int, n: Number) -> bool:
        """«понад 60 тисяч послуг», «12 тис. консультацій»: a count of acts written with a scale
        word, its counted noun right after (a sum of money names its currency instead; people in
        thousands — «53 тис. осіб», «32 тисячі ВПО» — are a population, no figure of a provider's)."""
        if n.is_percent:
            return False
        unit, _ = self._unit_after(sent, toks, k, n)
        return unit in _SCALED_UNITS

    def _unit_before(self, sent: Sentence, toks: list[Token], i: int) -> str | None:
        """«дітей – 34», «сім'ї внутрішньо переміщених осіб – 9»: the label's head noun."""
        if _rx("families_persons_label").search(sent.text[: toks[i].start - sent.start]):
            return "families_persons"
        j = i - 1
        saw_dash = saw_colon = False
        while j >= 0 and (toks[j].is_space or toks[j].text in "-–—:"):
            saw_dash = saw_dash or toks[j].text in "-–—"
            saw_colon = saw_colon or toks[j].text == ":"
            j -= 1
        # «дітей: 112» names what it counts as «дітей – 34» does, but only as a label of its own:
        # «126 отримувачів послуг: 98 – …» opens a list, and «з них дітям: 412» says to whom
        colon_label = saw_colon and not saw_dash and j >= 0 and not any(
            t.is_digit for t in toks[:j] if t.start >= sent.start + _last_break(sent.text[: toks[j].start - sent.start]))
        if not (saw_dash or colon_label):
            return self._unit_right_before(sent, toks, i, j)
        if j >= 0 and toks[j].text == ")":
            # «під супроводом на кінець періоду (сімей) – 19»: the unit named in brackets
            k = j - 1
            while k >= 0 and toks[k].text != "(" and j - k <= 6:
                k -= 1
            inside = [t for t in toks[k + 1:j] if not t.is_space] if k >= 0 and toks[k].text == "(" else []
            # only a bracket that is a unit («(сімей)», «(кількість послуг)»), not an explanation
            # («(старости, сусіди, анонімні звернення)»)
            if 0 < len(inside) <= 3 and not any(t.text == "," for t in inside):
                named = [u for u in map(self.lex.unit_of, inside) if u]
                if named:
                    self._label_head = True  # written out as the unit: no list overrides it
                    return named[-1]
                marker = _rx("unit_marker")
                if marker.fullmatch("".join(t.text for t in inside)) or (
                        len(inside) <= 2 and all(t.text.isalpha() and t.text.islower() for t in inside)):
                    # «Надано соціальних послуг (од.) – 2 847», «фахівців (супровід) — 3»: the label
                    # goes on before the bracket
                    j = k - 1
                    while j >= 0 and toks[j].is_space:
                        j -= 1
        label = []
        # a list item's label runs from its mark to its dash, commas and all («– сімей
        # військовослужбовців, ветеранів війни – 97»)
        whole_item = (sent.bullet or bool(_ITEM_LINE.match(sent.text))) and not any(t.is_digit for t in toks[:j])
        most = 12 if whole_item else 8
        # «повідомлень про сім'ї/осіб, які можуть перебувати у СЖО, – 74»: a relative clause
        # between commas describes the noun before it, which the label goes on to
        closing = j >= 0 and toks[j].text == "," and not whole_item
        while j >= 0 and len(label) < most:
            if toks[j].is_punct and toks[j].text in ",;:()–—-" and not self._word_hyphen(toks[j]) \
                    and not (whole_item and toks[j].text == ","):
                words_so_far = [t for t in label if not t.is_punct]
                opens = " ".join(t.lower for t in words_so_far[-2:][::-1])
                if closing and not label:
                    label.append(toks[j])  # the clause's closing comma
                    j -= 1
                    continue
                if not (closing and toks[j].text == "," and words_so_far
                        and _rx("relative_clause_start").search(opens)):
                    break
                closing = False
                most = len(label) + 8
            label.append(toks[j])
            j -= 1
            if j >= 2 and toks[j].text == ")" and toks[j - 2].text == "(" and toks[j - 1].text.isalpha() \
                    and self.lex.unit_of(toks[j - 1]) is None:
                j -= 3  # an aside word in brackets within the label: «загиблих (померлих) Захисників – 31»
        if closing:
            label = []  # no relative clause after all: the comma ends the label, as it always did
        label.reverse()
        # a relative clause describes what the words before it name; those say what is counted
        # («сімей, у яких виховуються діти, – 17» counts families, not children)
        label = _before_relative_clause(label)
        # a name in quotes counts nothing of its own: «через відділ «Центр надання
        # адміністративних послуг» – 418» counts what its list does, not services
        quoted, depth = set(), 0
        for t in label:
            depth += (t.text == "«") - (t.text == "»" and depth > 0)
            if depth and t.text != "«":
                quoted.add(t.start)
        words = [t for t in label if not (t.is_punct or t.is_space) and not t.lower.isdigit()
                 and t.start not in quoted]
        # «сім'ї внутрішньо переміщених осіб – 9» and «Обслуговано осіб протягом року – 1 684»
        # are counted in their first noun; «у зв'язку з досягненням дітьми повноліття – 4» is not
        # counted in «дітьми» (an instrumental names a circumstance, not what is counted)
        number_at = toks[i].start
        commas = [k for k, t in enumerate(label) if t.text == ","]
        tail = [t for t in label[commas[-1] + 1:] if not (t.is_punct or t.is_space)] if commas else []
        if len(tail) == 1 and self.lex.unit_of(tail[0]) in _PEOPLE:
            # «Отримали послугу консультування, осіб – 176»: the unit a form writes after the
            # label's comma is what it counts (not the «послугу» the label names)
            self._label_head = True
            return self.lex.unit_of(tail[0])
        if len(words) > 1 and words[-1].case == "gent" and self.lex.unit_of(words[-1]) in _PEOPLE \
                and words[-2].pos == "VERB":
            # «на обліку фахівця перебуває сімей – 45»: the noun right before the dash, after the
            # verb, is what is counted (not «фахівця»)
            self._label_head = True
            return self.lex.unit_of(words[-1])
        for i, t in enumerate(words):
            # «задоволені якістю послуг – 66»: «послуг» qualifies «якістю», it is not counted
            # («оцінок потреб сімей – 31» counts families: a chain of genitives names what is counted)
            attribute = i > 0 and words[i - 1].pos == "NOUN" and (
                (words[i - 1].case != "gent" and not _rx("count_noun").match(words[i - 1].text + " "))
                or bool(_rx("act_noun").match(words[i - 1].lower + " ")))
            # a unit phrase (units.yaml regex) that opens at this word: «повідомлень про сім'ї»; not
            # one that qualifies a cause («хвороба членів сім'ї – 8», «інвалідність одного з членів
            # сім'ї – 9» count the families the whole counts)
            hit = None if attribute or (i > 0 and words[i - 1].pos == "PREP") \
                else self.lex.unit_by_regex(self.doc.text[t.start:number_at].lower())
            if hit and not (i > 0 and _rx("place_preposition").fullmatch(words[0].lower)):
                self._label_head = True
                return hit[0]  # (not «у дитячому будинку сімейного типу – 3»: a place, where the children are)
            unit = self.lex.unit_of(t)
            if unit and t.case not in ("ablt", "loct") and not attribute and not (colon_label and t.case == "datv"):
                head = i == 0 or all(w.pos in _SKIPPABLE_POS for w in words[:i]) or (
                    colon_label and all(w.pos in ("PREP", "NPRO", "CONJ", "PRCL") for w in words[:i]))
                if colon_label and not head:
                    return None  # «Дітей, які отримали послугу: 12» counts the children, not «послугу»
                self._label_head = head
                return unit
        return None

    def _unit_right_before(self, sent: Sentence, toks: list[Token], i: int, j: int) -> str | None:
        """«підопічних 621, з них одиноких 402», «Надано соціальних послуг 174 318»: a counted noun
        in the genitive right before a figure that ends its clause names what it counts."""
        if j < 0 or j != i - 1 - sum(1 for t in toks[j + 1:i] if t.is_space):
            return None
        t = toks[j]
        if t.case != "gent" or t.is_punct:
            return None
        after = sent.text[toks[i].end - sent.start:].lstrip(" \u00a0")
        num_end = regex.match(r"[\d \u00a0]*", after)
        rest = after[num_end.end():] if num_end else after
        if rest and not regex.match(r"[,;.)(\n]|$", rest):
            return None
        unit = self.lex.unit_of(t)
        if unit == "services":
            # «З 412 отримувачів цієї послуги 287 …»: the service qualifies those who get it
            k = j - 1
            while k >= 0 and (toks[k].is_space or toks[k].pos in ("ADJF", "PRTF", "NPRO")):
                k -= 1
            agent = self.lex.link_re.get("service_agent")
            if k >= 0 and agent is not None and agent.match(toks[k].lower):
                return None
        return unit

    def _other_noun_label(self, sent: Sentence, toks: list[Token], k: int) -> bool:
        """A «label – N» item whose label opens on a plural genitive noun that counts no unit, or
        that counts pieces («видано продуктових наборів (шт.) – 512»)."""
        j = k - 1
        while j >= 0 and (toks[j].is_space or toks[j].text in "-–—:"):
            j -= 1
        if j < 0 or j == k - 1:
            return False  # no dash or colon before the figure
        if _PIECES.search(sent.text, 0, toks[j].end - sent.start):
            return True
        words = []
        while j >= 0 and (not toks[j].is_punct or self._word_hyphen(toks[j])):
            if not toks[j].is_space and not toks[j].is_punct:
                words.append(toks[j])
            j -= 1
        # only a label of its own (after a colon, a semicolon, a mark or a line's start): after a
        # comma it may end a longer one («сім'ї опікунів, піклувальників – 41»)
        while j >= 0 and toks[j].is_space and "\n" not in toks[j].text:
            j -= 1
        if not words or (j >= 0 and toks[j].text == ","):
            return False
        head = words[-1]  # the label's first word
        return (head.pos == "NOUN" and head.case == "gent" and _is_plural(head.lower)
                and self.lex.unit_of(head) is None and not any(self.lex.unit_of(w) for w in words))

    def _kind_of_listed_events(self, c: Count, sent: Sentence) -> bool:
        """An item of an open list under a count of events: its label names a kind of them,
        whatever noun it opens on («засідань батьківських клубів – 25»), unless it counts pieces."""
        enum = self.enum
        return (enum is not None and enum.total.unit == "events" and c.start > enum.open_at
                and (enum.close_at is None or c.start < enum.close_at)
                and not _PIECES.search(sent.text, 0, c.start - sent.start))

    def _unit_fronted(self, toks: list[Token], k: int) -> str | None:
        """«Скарг за рік було дві», «Скарга за рік була одна»: the counted noun leads its clause,
        the figure closes it after «було»."""
        words = [t for t in toks[:k] if not t.is_space]
        if len(words) < 2 or not _rx("fronting_verb").match(words[-1].lower):
            return None
        found = None
        # (the nearest noun within a few words, or the one that opens the clause a little further:
        # «Послуг догляду вдома у IV кварталі надано 3 010», «Скарг на якість соціальних послуг у
        # 2023 році надійшло 3»)
        for i, t in enumerate(reversed(words[-13:-1])):
            if t.is_punct:
                break
            unit = self.lex.unit_of(t)
            if unit:
                found = found or (unit if i < 7 else None)
                # (its adjectives may come first: «Письмових заяв про надання соціальних послуг надійшло 29»)
                lead = len(words) - 2 - i
                while lead > 0 and words[lead - 1].pos in ("ADJF", "PRTF"):
                    lead -= 1
                if lead == 0 or words[lead - 1].is_punct:
                    # the noun that opens the clause is what it counts: «Скарг на якість надання
                    # соціальних послуг надійшло дві» (not the services the complaints are about)
                    return unit
        return found

    def _unit_after_dash(self, toks: list[Token], k: int) -> str | None:
        """«з яких 37 – діти з інвалідністю»: the people named right after the figure's dash."""
        j = k + 1
        while j < len(toks) and (toks[j].is_space or toks[j].text.isdigit()):
            j += 1  # (and past the groups of «1 320»)
        if j >= len(toks) or toks[j].text not in "-–—":
            return None
        j += 1
        while j < len(toks) and toks[j].is_space:
            j += 1
        if j >= len(toks):
            return None
        # «412 – кількість сімей, що …»: the figure first, then what it is the number of
        counted = j + 1 < len(toks) and _rx("count_noun").match(toks[j].lower + " ") is not None
        if counted:
            j += 1
            while j < len(toks) - 1 and toks[j].is_space:
                j += 1
        adjectives = 0
        while j + 1 < len(toks) and toks[j].pos == "ADJF" and adjectives < 2:
            j, adjectives = j + 1, adjectives + 1  # «– соціальні робітники»
            while j < len(toks) - 1 and toks[j].is_space:
                j += 1
        unit = self.lex.unit_of(toks[j])
        case = toks[j].case  # («діти» parses as a verb too, with no case)
        # («фахівці» reads first as a locative singular: after a dash it is the plural nominative)
        if case == "gent" and unit is not None and (counted or adjectives == 0) and _is_plural(toks[j].lower) \
                and self.doc.text[toks[j].end:toks[j].end + 1] != "/":  # («сімей/осіб»: the pair's unit)
            return unit  # «1 320 – звернень за півріччя»: the noun counted, in the genitive, after the figure
        cases = ("gent",) if counted else ("nomn", "loct")
        return unit if (unit in _PEOPLE or unit == "staff") and (not case or case in cases) else None

    def _word_hyphen(self, tok: Token) -> bool:
        """The hyphen inside «культурно-масових», not a dash between label and figure."""
        text = self.doc.text
        return (tok.text == "-" and 0 < tok.start and tok.end < len(text)
                and text[tok.start - 1].isalpha() and text[tok.end].isalpha())

    def _unit_from_kilkist(self, clause: str) -> str | None:
        """«Загальна кількість соціальних послуг складає 4665»: the noun after «кількість»."""
        found = list(_rx("count_noun").finditer(clause))
        if not found:
            return None
        m = found[-1]
        phrase = self.lex.unit_by_regex(clause[m.end():].lower())  # «кількість повідомлень про сім'ї»
        if phrase:
            return phrase[0]
        for t in tokens(clause[m.end() : m.end() + 60])[:4]:
            unit = self.lex.unit_of(t)
            if unit:
                return unit
            if _rx("topic_preposition").fullmatch(t.lower):
                continue  # «кількість повідомлень про сім'ї»: the unit comes after «про»
            if t.is_punct or t.pos in ("PREP", "CONJ", "VERB", "INFN"):
                return None  # «кількість онлайн послуг» skips a word; «кількість у …» does not
        return None

    def _unit_of_lead_noun(self, sent: Sentence, rel: int) -> str | None:
        """«Сімей, які перебувають у СЖО: 45»: a clause opening on a counted noun in the
        genitive and ending in a colon or dash before the figure says «кількість» silently."""
        if not _LEAD_END.search(sent.text[:rel]):
            return None
        body = LIST_MARK.sub("", sent.text, count=1)
        words = [t for t in tokens(body[:40], sent.start + len(sent.text) - len(body)) if not t.is_space]
        if not words or words[0].start >= sent.start + rel:
            return None
        first = words[0]
        if self.lex.unit_of(first) is None and first.pos in ("VERB", "PRTS", "ADVB") and len(words) > 1 \
                and words[1].start < sent.start + rel:
            first = words[1]  # «Виявлено сімей, що опинились у СЖО, – 12»: the noun after the verb
        unit = self.lex.unit_of(first)
        return unit if unit in _PEOPLE and first.case == "gent" else None

    # ---------------------------------------------------------------- triggers
    def _pick_trigger(self, c: Count, trigs: list[Trigger], counts: list[Count], sent: Sentence,
                      services: list) -> Trigger | None:
        text = sent.text
        rel_s, rel_e = c.start - sent.start, c.end - sent.start
        # the clause runs between semicolons (str.find: no pattern needed for one character)
        clause_start = sent.start + text.rfind(";", 0, rel_s) + 1
        semi = text.find(";", rel_e)
        clause_end = sent.start + (semi if semi >= 0 else len(text))
        # a count outside parentheses reads its part through them: «На «гарячу лінію» … (0 800
        # 500 335) надійшло 1 212 звернень» is one part
        ptext = text if self._in_parens(c, sent) else _mask_parens(text)
        part_start = sent.start + max(ptext.rfind(ch, 0, rel_s) for ch in _COMMA_BREAK_CHARS) + 1
        nxt = _COMMA_BREAK.search(ptext, rel_e)
        part_end = sent.start + (nxt.start() if nxt else len(text))
        if nxt and _rx("relative_after").match(text, nxt.end()):
            # «12 сімей, в яких виховується 27 дітей, поставлено на облік»: the count's own
            # predicate comes after the clause that describes it
            nxt2 = _COMMA_BREAK.search(text, nxt.end())
            if nxt2 and text[nxt2.start()] == ",":
                nxt3 = _COMMA_BREAK.search(text, nxt2.end())
                part_end = sent.start + (nxt3.start() if nxt3 else len(text))
        # («пройшли 43 із 52 робітників»: the part before «із» does not stand between its whole
        # and the whole's trigger)
        # (a part «у дев'яти з них» after a trigger does not take it from the whole before)
        others = [o.start for o in counts if o is not c and not o.child and o.whole is not c and not o.of_them]
        # («430 родин отримали 1 260 наборів»: a count of things after the verb is its object,
        # the verb still the people's)
        objects = {o.start for o in counts if o.other_noun}
        floor = clause_start
        if self.enum is not None and self.enum.open_at <= c.start:
            floor = max(floor, self.enum.open_at)  # a list item does not take its total's trigger
        if c.child and c.parent is not None:
            floor = max(floor, c.parent.end)

        verdicts: dict[Trigger, bool] = {}  # each trigger is weighed once, not per reach tried

        def usable(t: Trigger) -> bool:
            ok = verdicts.get(t)
            if ok is None:
                ok = verdicts[t] = _usable(t)
            return ok

        def _usable(t: Trigger) -> bool:
            # a count with no unit of its own may take any trigger; its unit comes from the
            # trigger's units or the paragraph («знято з обліку – 80»)
            if t.units and c.unit is not None and c.unit not in t.units:
                return False
            # «супровід сімей, які перебувають у складних життєвих обставинах» names a service;
            # «які …» opens a clause that describes, not reports
            # («248 сімей під супроводом»: words right after the figure's noun say what it counts,
            # even when they also name the service)
            right_after = 0 <= t.start - c.end <= FIGURE_WORDS_REACH and not _COMMA_BREAK.search(
                self.doc.text, c.end, t.start) and not _rx("relative_before").search(self.doc.text[c.end:t.start])
            # («консультовано 4 особи»: a verb that is all of the service's name is the verb)
            if not right_after and any(m.start <= t.start and t.end <= m.end and (m.start, m.end) != (t.start, t.end)
                                       and not _HAS_DIGIT.search(self.doc.text[m.start:m.end]) for m in services):
                return False
            if c.lead_noun or _rx("count_defined_by_relative").search(self.doc.text[clause_start : t.start]):
                return True  # «Кількість осіб, які перебувають на обслуговуванні, …»: the clause defines
            if t.end <= c.start and _rx("events_relative").search(self.doc.text[max(0, t.start - EVENTS_CLAUSE_REACH) : t.start]):
                return True  # «прийоми, під час яких консультації отримали 71 особа»: the clause reports
            return not _rx("relative_before").search(self.doc.text[max(0, t.start - 24) : t.start])

        def before_in(lo: int) -> list[Trigger]:
            # a trigger may also run over the count («прийнято 57 заяв» as one phrase)
            # (a trigger that runs into the count's part from before it reaches it too: «Повідомлення
            # про сім'ї/осіб, які …, – надійшло 186»)
            return [t for t in trigs if (lo <= t.start or t.end > lo) and t.start < c.start
                    and (t.end <= c.start + 1 or t.end >= c.num.end)
                    and t.start >= floor and usable(t)
                    and not any(t.end <= o < c.start for o in others)]

        # words after a «:» or «а саме» belong to the list items, not to the count before them
        opener = _rx("list_opener").search(text, rel_e)
        if opener and opener.start() - rel_e <= 2 and text[opener.start()] != ":" \
                and _rx("part_lead").search(text, 0, rel_s):
            # «у 17 з них ситуацію вдалося подолати»: «of them» right after the figure opens no list
            opener = _rx("list_opener").search(text, opener.end())
        stop = sent.start + opener.start() if opener else sent.end

        def after_in(hi: int) -> list[Trigger]:
            if c.child:
                return []
            # a trigger may be the counted noun itself («43 респонденти», «658 дзвінків»); a
            # trigger right before another count is that count's («…, завершено супровід 14 сім'ям»)
            # («22 сім'ї завершили супровід: у 15 сім'ях …»: a trigger right after the count is
            # still its own when a colon opens the list after it)
            return [t for t in trigs if c.num.end <= t.start < min(hi, stop) and usable(t)
                    and not any(c.start < o < t.start for o in others)
                    and not any(t.end <= o <= t.end + 40 and not _parts_apart(self.doc.text, t.end, o)
                                and o not in objects and not (":" in self.doc.text[t.end:o] and glued(t))
                                for o in others)]

        def glued(t: Trigger) -> bool:
            return 0 <= t.start - c.end <= FIGURE_WORDS_REACH and not _COMMA_BREAK.search(self.doc.text, c.end, t.start)

        def best_before(cands: list[Trigger]) -> Trigger:
            def score(t: Trigger) -> tuple:
                commas = len(_COMMA_BREAK.findall(self.doc.text[t.end : c.start]))
                return (t.priority * 10 - commas, t.end, t.end - t.start)  # (of two ending together, the longer says more)
            return max(cands, key=score)

        first_after = lambda ts: min(ts, key=lambda t: (-t.priority, t.start))  # noqa: E731
        basis = _rx("basis_phrase")

        def before_unless_basis(lo: int) -> list[Trigger]:
            # «За результатами оцінки потреб 96 сімей визнано такими, що …»: the basis yields to
            # a trigger after the figure in the same clause
            found = before_in(lo)
            based = [t for t in found if basis.search(self.doc.text[max(0, t.start - 30):t.start])]
            if found and len(based) == len(found) and after_in(clause_end):
                return []
            # («За результатами оцінки потреб складні життєві обставини виявлено у 126 сімей»: the
            # finding after the basis, not the basis)
            return [t for t in found if t not in based] or found
        # «з них 1 визнано обґрунтованою, за результатами розгляду надано рекомендації»: a part
        # that says in its own words what it is takes no verb from the parts after it
        own_words = (c.unit is None and self.enum is not None and self.enum.open_at <= c.start
                     and _PREDICATE_LABEL.match(text, rel_e) is not None)
        # the reaches are tried in turn, each looked at only if the nearer ones found nothing
        for level, find, reach, pick in ((0, before_unless_basis, part_start, best_before),
                                         (0, after_in, part_end, first_after),
                                         (1, before_unless_basis, clause_start, best_before),
                                         (1, after_in, clause_end, first_after)):
            if level and find is after_in and own_words:
                continue
            cands = find(reach)
            if cands:
                c.trigger_level = level
                return pick(cands)
        # an interview's answer («— Сорок дві сім'ї») counts what its question asked («— Скільки
        # сімей зараз під соціальним супроводом?»)
        asked = [t for t in self.question_trigs if not t.units or c.unit is None or c.unit in t.units]
        if asked and c is counts[0] and not c.child:
            c.trigger_level = 1
            return max(asked, key=lambda t: (t.priority, t.start))
        return None

    def _asked_unit(self, q: Sentence) -> str | None:
        """The noun a question asks the number of: «Скільки людей …?» → persons."""
        m = _rx("how_many").search(q.text)
        if not m:
            return None
        for tok in tokens(q.text[m.end():], q.start + m.end())[:3]:
            unit = self.lex.unit_of(tok)
            if unit:
                return unit
        return None

    def _question_before(self, sents: list[Sentence], i: int) -> list[Trigger]:
        """The triggers of the question right before sentence `i` (nothing else between)."""
        if i == 0 or not sents[i - 1].text.rstrip().endswith("?"):
            return []
        q = sents[i - 1]
        if self.doc.text[q.end:sents[i].start].strip(" \t\n—–-"):
            return []
        found = self.lex.find_triggers(q.text, q.start, tokens(q.text, q.start))
        self.question_services = self.lex.find_services(q.text, q.start, self.scan_text)
        if not found and self.question_services:
            # «Скільки сімей зараз під соціальним супроводом?»: those the service serves
            found = [Trigger("question_service", "served", q.start, q.end, 1, None, None)]
        return found

    # ---------------------------------------------------------------- main
    def run(self) -> list[Fact]:
        sents = sentences(self.doc)
        snaps = section_snapshots(self.doc, self.lex)
        plans = _rx("plan_heading")
        in_plans = False
        for i, sent in enumerate(sents):
            apply_snapshot(self.state, snaps[i])
            self.item_next = i + 1 < len(sents) and bool(_LABELLED_ITEM.match(sents[i + 1].text))
            self.sub_items_next = i + 1 < len(sents) and _one_level_down(self.doc.text, sent, sents[i + 1])
            self._track_service_breakdown(sent, sents[i - 1] if i else None)
            if _is_heading(sent):
                in_plans = bool(plans.match(sent.text))
                # «Кадрове забезпечення»: a figure below with no noun of its own counts staff
                self.staff_section = bool(_rx("staff_heading").search(sent.text))
            if in_plans or _rx("plan_sentence").match(sent.text):
                continue  # «ПЛАНИ НА ІІ ПІВРІЧЧЯ / +3 посади соціальних робітників»: targets, not results
            if not _HAS_DIGIT.search(sent.text) and not self.state.may_hold_numeral(sent.text):
                self._maybe_close_enum(sent)
                self._headless_list(sent)
                continue
            self.question_trigs = self._question_before(sents, i)
            self.question_unit = self._asked_unit(sents[i - 1]) if i and sents[i - 1].text.rstrip().endswith("?") else None
            self._sentence(sent)
        return _lists_by_their_sum(self.facts)

    def _trigger_text(self) -> str:
        """The sentence-masked text with sentences that can give no count blanked too: trigger
        patterns are scanned once per document, and only where a figure (or a list intro) is."""
        text, parts, pos = self.scan_text, [], 0
        for sent in sorted(sentences(self.doc), key=lambda s: s.start):
            if (_HAS_DIGIT.search(sent.text) or self.state.may_hold_numeral(sent.text)
                    or sent.text.rstrip().endswith(":") or _is_heading(sent)):
                continue
            start, end = max(sent.start, pos), sent.end
            if end <= start:
                continue
            # joined from slices: a list of a whole report's characters costs more than the blanking
            parts += [text[pos:start], "." * (end - start)]
            pos = end
        parts.append(text[pos:])
        return "".join(parts)

    def _track_service_breakdown(self, sent: Sentence, before: Sentence | None) -> None:
        """«… 632 сім'ям … надано соціальні послуги:» followed by one paragraph per service
        («Послуга інформування (…). Послугу отримали 153 сім'ї …»): each service's count is a
        part of the whole that introduced them, for as long as the paragraphs open on a service."""
        if sent.start and self.doc.text[sent.start - 1] != "\n":
            return  # only a sentence that opens a paragraph opens a section
        opener = self.lex.link_re.get("section_opener")
        opens_service = opener is not None and bool(opener.match(LIST_MARK.sub("", sent.text, count=1)))
        if (opens_service and before is not None
                and before.text.rstrip().endswith(":") and self.last_head is not None
                and self.last_head.end <= before.end and self.last_head.start >= before.start):
            self.service_whole, self.service_whole_block = self.last_head, sent.block
        elif not opens_service and sent.block != self.service_whole_block:
            self.service_whole = None  # a new block on something else ends the breakdown

    def _sentence(self, sent: Sentence) -> None:
        rec = self.lex.link_re.get("recommendation")
        if (rec is not None and rec.search(sent.text)) or is_task(sent):
            return  # a recommendation or a plan reports no figure
        if _rx("other_body").search(sent.text):
            return  # «Будинок культури провів 24 заходи»: no provider's figure
        toks = tokens(sent.text, sent.start)
        self._among_clause(sent, toks)
        nums = find_numbers(sent.text, sent.start, context=self.doc.text)
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
        money: list[Number] = []
        for k, n in found:
            if n.is_money or (n.multiplier != 1 and not self._scaled_count(sent, toks, k, n)):
                money.append(n)
                continue
            if n.is_percent:
                pcts.append(n)
                continue
            c = Count(num=n, tok=k)
            fronted = False
            unit, uend = self._unit_after(sent, toks, k, n)
            if unit == _OTHER_NOUN:
                c.other_noun, unit, uend = True, None, 0
            if unit == "persons" and _LEAD_END.search(sent.text, 0, n.start - sent.start) \
                    and self._unit_before(sent, toks, k) == "staff":
                unit = "staff"  # «Соціальних робітників – 34 особи»: people of the staff
            if unit:
                c.unit, c.unit_end = unit, uend
            else:
                self._label_head = False
                # (a word numeral stands at its last word: its label ends before its first)
                first = next((x for x, t in enumerate(toks) if t.start >= n.start), k) if n.word else k
                c.unit = self._unit_before(sent, toks, first)
                # «Сімей, які перебувають у СЖО – 45»: the clause opens on the counted noun and
                # its relative clause says what they are
                c.lead_noun = c.unit is not None and self._unit_of_lead_noun(sent, c.start - sent.start) == c.unit
                # «штатних посад фахівців – 12» names its unit first; «за зверненням до
                # мобільної бригади – 14» does not, and is counted like its list's whole
                c.unit_from_label = c.unit is not None and not self._label_head
                if c.unit is None and (lead := self._unit_of_lead_noun(sent, c.start - sent.start)) is not None \
                        and _rx("relative_after").match(sent.text, _comma_after_lead(sent.text)):
                    # «Виявлено сімей, що опинились у СЖО, – 12»: the clause describes its noun
                    c.unit, c.lead_noun = lead, True
                if c.unit is None:
                    c.unit = self._unit_after_dash(toks, k)
                    c.named_after_dash = c.unit is not None
                if c.unit is None:
                    c.unit = self._unit_fronted(toks, k)
                    fronted = c.unit is not None
                if c.unit is None and (rel := _rx("relative_count").search(sent.text, 0, n.start - sent.start)):
                    # «Соціальні робітники Центру, яких нині 14»: the noun the clause is about
                    ante = [self.lex.unit_of(t) for t in toks if t.end <= sent.start + rel.start()][-4:]
                    c.unit = next((u for u in reversed(ante) if u), None)
                    fronted = c.unit is not None
                if c.unit is None and self._other_noun_label(sent, toks, k):
                    c.other_noun = c.labelled_other = True  # «подяк – 12», «засідань – 4»: a count of something else
            if n.word and not unit and not fronted and (dashed := self._unit_after_dash(toks, k)) is not None:
                c.unit, fronted = dashed, True  # «з них семеро – фахівці із соціальної роботи»: named after the dash
            if n.word and not unit and not fronted and self.question_unit and not counts \
                    and n.start - sent.start <= ANSWER_LEAD:
                # «— Скільки людей до вас звернулося? — Понад шістсот.»: the question's noun
                c.unit, fronted = self.question_unit, True
            if n.word and not unit and not fronted and (
                    (not counts and _of_them_lead(sent.text[: n.start - sent.start]))
                    or _rx("of_them_after").match(sent.text, n.end - sent.start)
                    or (counts and _rx("of_them_before").search(sent.text, 0, n.start - sent.start))
                    or (counts and _rx("in_them_item").search(sent.text, 0, n.start - sent.start)
                        and _WORD_DASH.match(sent.text, n.end - sent.start))
                    or (counts and ":" in sent.text[counts[0].end - sent.start : n.start - sent.start]
                        and _WORD_DASH.match(sent.text, n.end - sent.start))):
                # «З них двадцять чотири — з позитивним результатом», «у дев'яти з них ситуацію
                # подолано», «завершили супровід 5 сімей: чотири – з позитивним результатом»: of the
                # whole above
                fronted = True
            if n.word and not unit and not fronted and not (c.unit is not None and self._dash_before(sent, c)):
                continue  # a word numeral counts only with its noun («двоє дітей», «скарг було дві», «сімей ВПО – сто двадцять»)
            if c.unit == "services" and n.value <= MAX_KINDS and (
                    (c.unit_end and _rx("kinds_list_after").match(sent.text, c.unit_end - sent.start))
                    or _rx("all_of_kinds_before").search(sent.text, 0, n.start - sent.start)):
                continue  # «дві послуги – догляд вдома та консультування»: kinds, no services delivered
            c.of_them = bool(c.unit is None and _rx("of_them_after").match(sent.text, c.end - sent.start)
                             and _rx("part_lead").search(sent.text, 0, c.start - sent.start))
            counts.append(c)

        self._attach_percents(sent, counts, pcts, money)
        if not counts:
            self._maybe_close_enum(sent)
            self._headless_list(sent, toks)
            return
        trigs = self.lex.find_triggers(sent.text, sent.start, toks, self.trigger_text)
        if "?" in sent.text:
            # «На запитання «Чи допомогла вам послуга?» відповіли «так» 29 осіб»: the question's
            # words say what was asked, not what the figure counts
            asked = [(m.start() + sent.start, m.end() + sent.start) for m in _QUOTED_QUESTION.finditer(sent.text)]
            trigs = [t for t in trigs if not any(a <= t.start < b for a, b in asked)]
        if self.staff_section and any(t.units and "staff" in t.units for t in trigs) \
                and not any(c.unit in _PEOPLE for c in counts):  # («64 отримувачі, 59 з них …»: not staff)
            # «Пройшли навчання (вебінари, тренінги) 5» under «Кадрове забезпечення»: staff
            for c in counts:
                if c.unit is None and not c.other_noun:
                    c.unit = "staff"
        if self.enum is not None and sent.bullet and self._inline_list_done(sent) \
                and any(t.pos == "VERB" for t in toks):
            self.enum = None
        services = self.lex.find_services(sent.text, sent.start, self.scan_text)
        if self.question_trigs and not services:
            services = list(self.question_services)  # the service the question asked about
        low = sent.text.lower()

        # a sentence opening with «З них» continues the whole of the previous sentence
        starts_subset = bool(self.lex.link_re.get("subset") and self.lex.link_re["subset"].match(low.lstrip("•·-–— ")))
        first = counts[0]
        if not starts_subset and first.unit is None and first.start - sent.start <= OF_THEM_LEAD \
                and _rx("of_them_after").match(sent.text, first.end - sent.start):
            starts_subset = True  # «У дев'яти з них ситуацію подолано», «у 17 з них …»: of the whole above
        # «З них …» opening a list item counts the item above; opening a line of its own, the
        # list's whole
        head = self.last_item if sent.bullet and self.last_item is not None else self.last_head
        # a slide's «1 036 з них — діти» under «4 118 осіб отримали соціальні послуги»
        figure_of_them = _figure_of_them(low) and head is not None and head.fid \
            and 0 <= sent.start - head.end <= SLIDE_ITEM_REACH
        # a slide's «Консультування — 8 214 (47 %)» right under «17 530 соціальних послуг за рік»
        slide_item = (not figure_of_them and head is not None and head.fid and self.enum is None
                      and bool(_ITEM_LINE.match(sent.text)) and _continues(sent)
                      and self._short_line_above(head, sent))
        if (starts_subset or figure_of_them) and head is not None:
            self._open_enum(head, sent.start)
            if (sent.bullet or figure_of_them) and not sent.text.rstrip().endswith(":"):
                self.enum.close_at = sent.end  # «– з них ВПО – 5»: a part on its own line, no list
        elif slide_item:
            self._open_enum(head, sent.start)
        elif not sent.bullet and not _continues(sent) and not (
                self.enum is not None and not self.doc.text[self.enum.open_at:sent.start].strip(" \t\n:")):
            # (the first line after «Кількість отримувачів … у 2021 році:» is the list's)
            self.enum = None
        opener = _rx("whole_named").match(sent.text)
        if opener and counts[0].start - sent.start >= opener.end():
            self._headless_list(sent, toks, at=sent.start + opener.end(), text=opener.group(0))
        else:
            # «Отримувачі … розподіляються так: Гірський – 31, …»: an intro without its whole
            colon = sent.text.rfind(":", 0, counts[0].start - sent.start)
            # «… центру: за дев'ять місяців на неї надійшло 412 дзвінків» explains, not lists
            # («…: сім'ї, в яких батьки ухиляються від …, – 29» is an item all the same: a verb
            # in the words a dash gives the figure to describes the item)
            explains = any(sent.start + colon < t.start < counts[0].start and t.pos == "VERB" for t in toks) \
                and not _LEAD_END.search(sent.text, colon + 1, counts[0].start - sent.start)
            if colon > 0 and not explains:
                self._headless_list(sent, toks, at=sent.start + colon + 1, text=sent.text[: colon + 1])
                if sent.bullet and self.enum is not None and self.enum.open_at == sent.start + colon + 1 \
                        and not starts_subset:
                    # «📦 Гуманітарна допомога: 1 015 родин …» in a list of its own: the next
                    # bullets are that list's items, not this one's
                    self.enum.close_at = sent.end

        # pass 1: which counts are children of which («в них 20 дітей», «(57 дітей)»)
        head: Count | None = None
        prev: Count | None = None
        first, last = counts[0], self.last_head
        item = self.last_item
        if item is not None and item.fid and item.unit in ("families", "families_persons") and (
                last is None or item.end >= last.end):
            last = item  # «з них … у СЖО: 41; дітей у них: 89»: the families just counted, a part or not
        if first.unit == "children" and last is not None and last.fid and last.unit in ("families", "families_persons") \
                and 0 <= first.start - last.end <= CHILD_OF_LAST_REACH \
                and (_rx("child_link_these").search(sent.text[: first.start - sent.start])
                     or _rx("children_in_these_after").match(sent.text, first.end - sent.start)):
            first.child, first.parent = True, last  # «У цих сім'ях виховується 71 дитина»
        def depth(c: Count) -> int:
            before = sent.text[: c.start - sent.start]
            return before.count("(") - before.count(")")

        shallow: list[Count] = []  # the counts so far outside any bracket closed before the current one
        for c in counts:
            while shallow and depth(shallow[-1]) > depth(c):
                shallow.pop()  # «8 сімей (на кінець 2019 року – 3), у яких … 31 дитина»: not the 3
            if c.child:
                prev = c
                shallow.append(c)
                continue
            between = sent.text[(prev.end - sent.start) if prev else 0 : c.start - sent.start]
            is_child = False
            if prev is not None and depth(prev) > depth(c) and shallow:
                prev = shallow[-1]
                head = prev.parent if prev.child and prev.parent else prev
            shallow.append(c)
            if prev is not None:
                anchor = head or prev
                if _rx("child_link").search(between) or (_PARENT_OPEN.match(between) and c.unit in ("children", "persons")):
                    is_child = c.unit != anchor.unit
                elif prev.child and head is not None and c.unit != head.unit and _rx("joiner").fullmatch(between):
                    is_child = True
            if is_child:
                c.child, c.parent = True, head or prev
                head = c.parent
            else:
                head = c
            prev = c

        # «60 із 62 опитаних»: a count without a unit before «із N …» is a part of that whole,
        # read once the whole is
        parts_of_next: list[Count] = []
        for c, nxt in zip(counts, counts[1:], strict=False):
            if c.unit is None and not c.num.is_percent and _rx("part_of_next").fullmatch(
                    sent.text[c.end - sent.start : nxt.start - sent.start]):
                c.whole = nxt
                parts_of_next.append(c)
                if nxt.percent is not None and c.percent is None:
                    c.percent, nxt.percent = nxt.percent, None  # «60 із 62 (96,8 %)»: 60 of 62

        # pass 2: indicator, service, enumeration membership
        prev = None
        for c in counts:
            if c in parts_of_next:
                continue
            rel = c.start - sent.start
            between = sent.text[(prev.end - sent.start) if prev else 0 : rel]
            if prev is not None and not c.child:
                cue = (self.lex.link_re.get("enumeration") and self.lex.link_re["enumeration"].search(between)) or (
                    self.lex.link_re.get("subset") and self.lex.link_re["subset"].search(between)) or _COLON.search(between) \
                    or _BRACKET_BREAKDOWN.match(between) \
                    or (c.unit is not None and c.unit == prev.unit and not prev.child and _BRACKET_COUNT.match(between))
                if cue:
                    # an item of a list points to the list's whole, not to itself; a count in a
                    # parenthesis («(за штатним розписом – 236,5 посади), у т.ч. …») is no whole
                    tot = prev.parent if prev.child and prev.parent else prev
                    if self._in_parens(prev, sent):
                        outer = [o for o in counts[: counts.index(prev)] if not self._in_parens(o, sent) and not o.child]
                        tot = outer[-1] if outer else tot
                    if tot.indicator:
                        at = prev.end + (cue.start() if cue else len(between))
                        outer = self.enum
                        self._open_enum(tot, at)
                        # «248 послуг (у т.ч. 131 – для ВПО) та 153 послуги»: the list ends with «)»
                        inside = self.doc.text[sent.start : at]
                        if inside.count("(") > inside.count(")"):
                            close = sent.text.find(")", at - sent.start)
                            self.enum.close_at = sent.start + close if close >= 0 else None
                            # (the list around may have opened a line above: «з них:» / «догляд
                            # вдома - 96 (з них на платній основі - 12);» / «денний догляд - 23»)
                            if outer is not None and self.enum is not outer and (
                                    outer.open_at >= sent.start or (prev.group is not None and prev.group == outer.group)):
                                self.enum.outer = outer
            if c.of_them and not c.child and prev is not None and prev.fid and (prev.unit in _PEOPLE or prev.unit == "staff"):
                # «Із шістнадцятьма сім'ями завершили роботу – у дев'яти з них ситуацію подолано»:
                # a part of the figure just counted; the words of its own clause before it say what
                # it counts («…, складні життєві обставини виявлено у 92 з них»)
                rel = c.start - sent.start
                lo = sent.start + max(sent.text.rfind(ch, 0, rel) for ch in ",;:–—") + 1
                self._open_enum(prev, max(prev.end, min(lo, c.start - 1)))
                c.unit = prev.unit
            if c.other_noun and _rx("service_case").match(sent.text, c.num.end - sent.start) and any(
                    comma_part(sent, c)[0] <= m.start and m.end <= comma_part(sent, c)[1] for m in services):
                # «Кризове втручання – 12 випадків», «у 9 випадках фахівці здійснювали кризове
                # втручання»: cases of a service are its services given
                c.other_noun, c.unit = False, "services"
            if c.labelled_other and self._kind_of_listed_events(c, sent):
                c.other_noun, c.unit = False, "events"  # «проведено 42 заходи, з них: … засідань клубів – 25»
            if c.other_noun:
                trig = self._pick_trigger(c, trigs, counts, sent, services)
                if trig is not None and c.trigger_level == 0 and trig.indicator in _CASE_INDICATORS \
                        and _rx("service_case").match(sent.text, c.num.end - sent.start):
                    # «складні життєві обставини визначено у 94 випадках»: the cases are families/persons
                    c.other_noun, c.unit = False, "families_persons"
                elif not (trig is not None and c.trigger_level == 0 and trig.indicator == "staff_positions"):
                    prev = c
                    continue
            if c.unit is None and not (self.enum is not None and c.start > self.enum.open_at):
                c.unit = self._unit_from_kilkist(sent.text[:rel])
                if c.unit is None:
                    c.unit = self._unit_of_lead_noun(sent, rel)
                    c.lead_noun = c.unit is not None
            trig = self._pick_trigger(c, trigs, counts, sent, services)
            own_trigger = trig is not None and c.trigger_level == 0
            restated = not c.child and bool(_rx("restated_whole").search(sent.text[max(0, rel - 12) : rel])
                                            or _rx("restated_whole_lead").match(sent.text[:rel]))
            earlier = self._earlier_fact(c) if restated else None
            if restated and (not own_trigger or (earlier is not None and earlier.indicator == trig.indicator
                                                 and self._relative_between(c, trig))):
                # (its own words may say again what the earlier fact said: «Із 96 внутрішньо
                # переміщених осіб, які до нас звернулися, …» after «звернулися …, з них 96 – ВПО»)
                if earlier is not None:  # «Із 33 сімей, які …»: the whole given earlier
                    self._restate(c, earlier)
                    self._open_enum(c, c.end)
                    prev = c
                    continue
                if c is counts[0] and self._whole_first(c, sent, trigs, counts, services):
                    prev = c
                    continue
            if self.enum is not None and self.enum.outer is not None and self.enum.close_at is not None \
                    and c.start > self.enum.close_at and (sent.start <= self.enum.close_at or (
                        (sent.bullet or _ITEM_LINE.match(sent.text))
                        and "\n\n" not in self.doc.text[self.enum.close_at:sent.start])):
                # the parentheses closed: the list around them goes on, in their sentence or on the
                # item lines below (not in a paragraph after the list)
                self.enum = self.enum.outer
            in_enum = (self.enum is not None and c.start > self.enum.open_at and not c.child
                       and (self.enum.close_at is None or c.start < self.enum.close_at))
            if in_enum and c.named_after_dash and self.enum.total.unit != c.unit:
                # «97 працівників при 101,5 штатної посади, з них 52 – соціальні робітники»: of
                # the people so named, not of the posts just before
                same = [o for o in counts[: counts.index(c)] if o.unit == c.unit and not o.child]
                if same:
                    self._open_enum(same[-1], self.enum.open_at)
            if in_enum and c.unit_from_label and c.unit in _PEOPLE and c.unit != "children" and self.enum.total.unit \
                    and not ((self.enum.total.raw_indicator or self.enum.total.indicator) == "notified"
                             and _rx("concerning").search(sent.text[max(0, rel - CONCERNING_REACH):rel])):
                # (reports «щодо жінок – 19» count the women they concern, SPEC's notified counting
                # people; «від громадян – 17» are reports from citizens, counted like the whole)
                # a list item naming people is counted like its whole («з них від ВПО – 20» of
                # «звернень – 57»); one naming services counts services («надано послуг – 52 118»)
                c.unit = self.enum.total.unit
            elif in_enum and not c.unit_end and c.unit == "services" and self.enum.total.unit in _PEOPLE \
                    and self._service_named(sent, c, prev):
                # «86 отримувачів: послуги догляду вдома – 54, …»: «послуги» opens the service's
                # name, the item counts the people of the whole
                c.unit = self.enum.total.unit
            respondents = self._respondents_scope(c, sent) if c.unit in _PEOPLE and not c.child and (
                trig is None or trig.indicator == "served") else None
            if figure_of_them and c is counts[0] and self.enum is not None:
                # «1 036 з них — діти»: a part of the figure above, counted as the noun after the dash
                tot = self.enum.total
                named = [u for tk in toks if tk.start > c.end and (u := self.lex.unit_of(tk)) in _PEOPLE]
                c.unit = named[0] if named else tot.unit
                self._inherit(c, tot, "part_of")
                # (each «N з них — …» line names a subset of its own, no share of one partition)
                c.parent, c.group = tot, f"{self.enum.group}:of_them:{c.start}"
                after = sent.text[c.end - sent.start:]
                c.label = after[_subset_dash_end(after, len(after) - len(after.lstrip())) or 0:].strip(" .;") or None
            elif respondents is not None:
                # «Серед респондентів жінки становлять 151 особу …; за віком: до 60 років – 18 осіб»:
                # the respondents broken down, whatever else the words could count
                # (counted as their own noun says: «29 жінок» of «40 отримувачів» are persons)
                self._inherit(c, respondents, "respondents_of")
                c.parent, c.group = respondents, f"counts:respondents_of:{respondents.fid}"
                c.label = self._item_label(sent, c, prev)[0]
            elif trig is not None and in_enum and self._describes_a_part(trig, c):
                self._inherit(c, self.enum.total, "part_of")
                c.parent, c.group = self.enum.total, self._item_group(c)
                c.label = self._item_label(sent, c, prev)[0]
            elif trig is not None and in_enum and trig.indicator.startswith("outcome") \
                    and (self.enum.total.raw_indicator or self.enum.total.indicator) in _REGISTER_INDICATORS:
                # «статусу … набули 23 дитини, у тому числі 9 дітей – у зв'язку зі смертю батьків»:
                # why they came onto the register, no end of a service
                self._inherit(c, self.enum.total, "part_of")
                c.parent, c.group = self.enum.total, self._item_group(c)
                c.unit = c.unit or self.enum.total.unit
                c.label = self._item_label(sent, c, prev)[0]
            elif trig is not None:
                if trig.indicator.startswith("outcome") and c.unit_from_label and c.unit not in _PEOPLE:
                    c.unit = None  # «відмовились від послуги — 9»: people, not «послуги»
                c.indicator = c.raw_indicator = trig.indicator
                c.extractor, c.confidence, c.label = trig.id, 0.9, trig.label
                c.trigger_units = trig.units
                c.trigger_span = (trig.start, trig.end)
                if in_enum and c.trigger_level == 0 and (trig.indicator in _OWN_FIGURES or c.unit == "services") \
                        and trig.indicator != (self.enum.total.raw_indicator or self.enum.total.indicator):
                    # «– відмовлено у наданні послуг (осіб) – 4» under «звернулося 287 осіб»: an
                    # item that says what it counts is a figure of its own, not a part
                    if c.unit is None and self.enum.total.unit in _PEOPLE:
                        c.unit = self.enum.total.unit  # «16 із них взяли під супровід»: of those families
                    self.enum = None
                    in_enum = False
                completed = self._completion_above(c) if trig.indicator.startswith("outcome") else None
                if completed is not None and (not in_enum or self.enum.total.indicator != "support_completed"):
                    # «– завершено супровід – 9 / – з позитивним результатом – 6»: an outcome
                    # belongs to the completions above it, not to the list's whole
                    c.parent = completed
                    c.group = self.outcome_groups.setdefault(completed.fid, f"counts:outcomes_of:{completed.fid}")
                    if c.unit is None:
                        c.unit = completed.unit
                elif in_enum:
                    c.parent, c.group = self.enum.total, self._item_group(c)
                    if c.unit is None:
                        c.unit = self.enum.total.unit
                    if trig.indicator.startswith("outcome") and self.enum.total.fid:
                        self.outcome_groups.setdefault(self.enum.total.fid, self.enum.group)
            elif c.unit == "staff" and any(t.indicator == "served" and c.end <= t.start <= c.end + STAFF_VERB_REACH
                                           for t in trigs):
                # «34 соціальні робітники обслуговують вдома 212 осіб»: the staff who serve
                c.indicator = c.raw_indicator = "staff_actual"
                c.extractor, c.confidence = "staff_serving", 0.7
            elif c.child and c.parent is not None:
                self._inherit(c, c.parent, "child_of")
            elif in_enum and c.unit == "staff" and tot_unit(self.enum) == "positions" and not any(
                    o.unit == "staff" and o.start < c.start and not o.child for o in counts[: counts.index(c)]):
                # «передбачено 7 посад: директор, 5 фахівців …»: posts of those people
                c.unit = "positions"
                self._inherit(c, self.enum.total, "part_of")
                c.parent, c.group = self.enum.total, self._item_group(c)
            elif in_enum and c.unit in _UNIT_DEFAULT_INDICATOR and tot_unit(self.enum) != c.unit \
                    and not (c.unit == "events" and tot_unit(self.enum) == "services"):
                c.indicator = c.raw_indicator = _UNIT_DEFAULT_INDICATOR[c.unit]
                c.extractor, c.confidence = f"unit_{c.unit}", 0.6
            elif self._aside(c, sent, toks):
                pass  # «(5 сімей на момент перевірки змінили місце проживання)»: an aside
            elif in_enum and self._states_own_predicate(c, sent, toks):
                pass  # «– відмовлено у наданні послуг (осіб) – 4»: a statement of its own, unnamed
            elif in_enum:
                tot = self.enum.total
                if self.enum.alt_total is not None and self._label_is_adjective(sent, c, toks):
                    # «психологічних – 1 912» of «4 870 консультацій»: the whole list is of that count
                    tot = self.enum.total = self.enum.alt_total
                    c.unit = None
                if self.enum.alt_total is not None:
                    self.enum.alt_total = None  # the first item decides
                if c.unit is None or (c.unit == "persons" and tot.unit == "families"
                                      and self._category_clause(c, sent, toks)) \
                        or (c.unit == "events" and tot.unit == "services"):
                    # («надано 3 912 послуг, у тому числі: групові заняття – 862»: sessions given)
                    # «– батьки ухиляються від виховання дітей – 38» under «93 сім'ї»: families
                    # whose parents do so, counted like the whole
                    c.unit = tot.unit
                self._inherit(c, tot, "part_of")
                c.parent, c.group = tot, self._item_group(c)
                c.label, c.district = self._item_label(sent, c, prev)
            elif (survey := self._survey_of_answer(c, sent)) is not None:
                # «Повністю задоволені якістю послуг – 66 (91,7 %)» after «В анкетуванні взяли
                # участь 72 отримувачі»: the answers of those respondents
                self._answer(c, survey, sent)
            elif prev is not None and prev.answer_of is not None and c.unit in (None, *_PEOPLE) \
                    and not self._own_verb(c, prev, sent, toks):
                # «повністю задоволені 39 осіб (81,3 %), частково – 8 (16,7 %)»: the next answer
                c.unit = c.unit or prev.unit
                self._answer(c, prev.answer_of, sent)
            elif c.percent is not None and (c.unit in _PEOPLE or (c.unit is None and sent.bullet and services)) \
                    and (whole := self._whole_by_percent(c)) is not None \
                    and not self._own_verb(c, None, sent, toks, but=_rx("state_verb")):
                # «За умовами оплати: безоплатно 604 особи (71,4 %)» under «обслуговується 846
                # осіб»; «• догляд вдома — 608 (35 %)» under «1 734 отримувачі»: a part its
                # percent of a whole just given names
                c.unit = c.unit or whole.unit
                self._inherit(c, whole, "percent_of")
                c.parent, c.group = whole, f"counts:percent_of:{whole.fid}"
            elif prev is not None and (prev.raw_indicator or prev.indicator) and not self._own_verb(c, prev, sent, toks) \
                    and not (c.unit in _UNIT_DEFAULT_INDICATOR and c.unit != prev.unit):
                sib = prev.parent if prev.child and prev.parent else prev
                if c.unit is None:
                    c.unit = sib.unit
                self._inherit(c, sib, "sibling_of")
                c.confidence = 0.6
            elif c.unit in _UNIT_DEFAULT_INDICATOR and not (
                    c.unit == "staff" and _rx("staff_not_headcount").search(self.doc.text, sent.start, comma_part(sent, c)[1])):
                # («звільнилося 7 працівників», «навчання ще 10 соціальних робітників» count no staff;
                # what comes after the count's own part, «…, з них 30 мають профільну освіту», is the part's)
                c.indicator, c.extractor, c.confidence = _UNIT_DEFAULT_INDICATOR[c.unit], f"unit_{c.unit}", 0.6
                c.raw_indicator = c.indicator
            elif c.unit == "persons" and c.unit_end and not c.num.word and _rx("participants_noun").match(
                    self.doc.text, c.num.end) and not any(t.pos in ("VERB", "INFN") for t in toks) \
                    and not _rx("capacity_before").search(self.doc.text, max(0, c.start - 40), c.start):
                # «12 липня — тренінг для прийомних батьків, 18 учасників»: the event's participants
                c.indicator = c.raw_indicator = "event_participants"
                c.extractor, c.confidence = "unit_participants", 0.5
            elif c.unit == "recipients" and c.unit_end and not c.num.word and not any(t.pos in ("VERB", "INFN") for t in toks):
                # «1 734 отримувачі послуг за півріччя» (a slide, a summary line): no verb says
                # anything else of them, so they are the ones served
                c.indicator = c.raw_indicator = "served"
                c.extractor, c.confidence = "unit_recipients", 0.5
            elif c.unit in _PEOPLE and self._service_in_part(c, services, sent):
                # «консультування – 716 осіб»: people counted under a service's name received it
                c.indicator = c.raw_indicator = "served"
                c.extractor, c.confidence = "service_label", 0.6
            elif (c.unit in _PEOPLE or (c.unit is None and (head := self.last_head) is not None and head.fid
                                        and head.unit == "services" and 0 <= c.start - head.end <= LIST_INTRO_REACH)) \
                    and not c.unit_end and (aside := _BETWEEN_DASHES.match(sent.text, c.num.end - sent.start)) \
                    and any(sent.start + aside.end() <= m.start < comma_part(sent, c)[1] for m in services):
                # «Найбільше людей – 742 – приходили до нас по консультацію»: a figure set off by
                # dashes, the words after it saying which service those people came for; under
                # «ми надали 27 418 послуг», «Левова частка – 21 906 – це догляд удома» counts services
                if c.unit is None:
                    c.unit = "services"
                    self._inherit(c, self.last_head, "part_of")
                    c.parent = self.last_head
                else:
                    c.indicator = c.raw_indicator = "served"
                    c.extractor = "service_after_dash"
                c.confidence = 0.5
            elif c.unit in ("families", "persons", "families_persons") and not c.unit_end and not c.child \
                    and self.state.service and _COLON_LABEL.match(sent.text) and not trigs:
                # «3. Соціальне супроводження прийомних сімей …» / «Прийомних сімей: 6»: a line that
                # only names whom it counts, in a section on a service, counts those it serves
                c.indicator = c.raw_indicator = "served"
                c.extractor, c.confidence = "section_service_label", 0.5
            elif (c.unit in _PEOPLE and c is counts[0] and not c.child and (item := self.last_item) is not None
                  and item.fid and item.unit == c.unit and item.indicator
                  and 0 <= sent.start - item.end <= LIST_INTRO_REACH and (tm := _rx("total").match(sent.text))
                  and LABEL_DASH.match(sent.text, tm.end())):
                # «… – 96 осіб; екстрене втручання – 27 осіб; / Усього – 2 318 осіб»: the total of
                # the items above, counted as they are
                self._inherit(c, item, "total_of")
                c.service, c.label = None, tm.group().strip()
            if c.indicator and c.unit is None and c.indicator not in _PEOPLE_INDICATORS and c.trigger_units:
                c.unit = c.trigger_units[0]  # «фактично зайнято 48» (positions)
            if c.indicator and c.unit is None and c.indicator in _PEOPLE_INDICATORS and c.trigger_span \
                    and c.trigger_span[1] - c.trigger_span[0] > TRIGGER_NOUN_SPAN:
                # «Повідомлення про сім'ї/осіб, які …, – надійшло 186»: the people the trigger names
                from zvitparse.extract.table_columns import unit_in  # (it reads this module's tables: late)

                named = unit_in(self.doc.text[c.trigger_span[0]:c.trigger_span[1]])
                c.unit = named if named in _PEOPLE else None
            if c.indicator and c.unit is None and c.indicator in _PEOPLE_INDICATORS:
                # «Взято на обслуговування – 97»: counted like the paragraph's other people, in a
                # unit its trigger allows
                unit = self.block_unit.get(sent.block, "persons")
                if sent.block not in self.block_unit and c.indicator in _SUPPORT_INDICATORS \
                        and self.state.service in _SUPPORT_SERVICES:
                    unit = "families"  # «Взято під соціальний супровід протягом кварталу: 9» of families
                allowed = c.trigger_units
                c.unit = unit if not allowed or unit in allowed else allowed[0]
            if c.indicator == "staff_trained" and any(p.whole is c for p in parts_of_next):
                # «пройшли навчання 43 із 52 соціальних робітників»: the 52 are the staff, the 43
                # (which take the trigger) trained
                c.indicator, c.extractor = "staff_actual", f"whole_of:{c.extractor}"
            self._fit_unit(c)
            svc = service_near(c, services, counts, sent)
            if c.child and c.parent is not None and c.parent.service and c.indicator == c.parent.indicator:
                c.service = c.parent.service  # «13 сімей (23 дитини), …послугу догляду вдома…»
            elif c.parent is not None and c.parent.service and c.indicator == c.parent.indicator \
                    and self._in_parens(c, sent) and self._parens_follow(c.parent, c, sent) \
                    and not self._parens_name_service(c, sent, services):
                # «денний догляд – 31 (у тому числі 12 дітей з інвалідністю), консультування – …»:
                # a part in parentheses is of its whole's service, not the next item's
                c.service = c.parent.service
            elif (c.indicator and c.indicator.startswith("outcome") and c.parent is not None and c.parent.service
                  and self._ends_service(c.parent)):
                # «знято з обслуговування 14 осіб: … влаштовано до закладів стаціонарного догляду
                # – 5»: the service that ended, not the one the reason names
                c.service = c.parent.service
            elif svc:
                c.service = svc
            elif c.parent is not None and c.parent.service and (
                    c.indicator == c.parent.indicator
                    or (c.indicator.startswith("outcome") and self._ends_service(c.parent))):
                c.service = c.parent.service  # outcomes are of the support that was completed
            elif (not services and (c.indicator in _SUPPORT_INDICATORS or c.indicator == "served")
                  and c.unit in ("families", "families_persons")
                  and (_rx("sjo_words").search(sent.text)
                       or (c.indicator in _SUPPORT_INDICATORS and _rx("support_words").search(sent.text)))):
                # «опікуємося 57 сім'ями, які перебувають у складних життєвих обставинах», «Ми
                # завершили супровід 15 сімей» under a section on counselling or home care: the
                # families are supported
                c.service = "social_support_sjo"
            else:
                c.service = self.state.service
            if c.parent is not None and c.parent.service and self.lex.service_kind_of.get(c.service) == c.parent.service:
                c.service = c.parent.service  # «консультацій, з них психологічних – 1 912»: counselling
            elif svc and self._of_another_service(c, sent, services):
                # «послугу догляду вдома отримували 64 особи, з них 41 – одинокі; денного догляду –
                # 12 осіб»: an item naming another service is that service's figure, beside the whole
                c.parent = c.group = None
                c.extractor = f"sibling_of:{c.extractor.removeprefix('part_of:')}"
                self.enum = None
            if c.service is None and (c.indicator == "survey_respondents" or _rx("service_anaphora").search(sent.text)):
                # «Послугу надають 19 соціальних робітників», «отримувачів цієї послуги»: the one
                # service the paragraph named
                c.service = self._paragraph_service(sent)
            if c.service is None and c.indicator in _CARE_MOVES and _rx("care_move").search(sent.text):
                # «На обслуговування вдома взято 47 осіб. Знято з обслуговування 39 осіб»: off the
                # care the paragraph named
                c.service = self._paragraph_service(sent)
            if c.service is None and c.indicator in _SUPPORT_INDICATORS:
                c.service = self.support_service.get(sent.block)
            if c.service is None and c.indicator in _SUPPORT_INDICATORS and c.unit in ("families", "families_persons"):
                # «завершено супровід 23 сімей»: support of families with no other name is the
                # social support of families in difficult circumstances
                c.service = "social_support_sjo"
            if c.service in _SUPPORT_SERVICES:
                self.support_service[sent.block] = c.service
            if prev is not None and prev.fid and self._exact_after_rounded(prev, c):
                # «Понад дві тисячі консультацій – точніше, 2 318 – надали»: the exact figure is
                # the one reported, what the rounded one counted
                c.indicator, c.unit, c.service = prev.indicator, prev.unit, prev.service
                c.extractor, c.parent = f"exact:{prev.extractor}", prev.parent
                self.facts = [f for f in self.facts if f.fact_id != prev.fid]
                prev.fid = f"-{prev.fid}"
            prev = c
            whole = self.service_whole
            if (whole is not None and whole is not c and c.parent is None and not c.child
                    and c.indicator == whole.indicator and c.unit in _PEOPLE):
                c.parent, c.group = whole, f"counts:services_of:{whole.fid}"
            done = self.last_ended
            if (c.indicator and c.indicator.startswith("outcome") and c.parent is None and not c.child
                    and done is not None and done.fid and done is not c and done.unit == c.unit
                    and 0 <= c.start - done.end <= LIST_INTRO_REACH and c.num.value <= done.num.value):
                # «Знято з обліку 11 сімей, в 9 сім'ях обставини подолано, у 2 – …»: outcomes of the
                # support that just ended
                c.parent = done
            if c.indicator and c.unit and c.indicator not in ("ignore", "staff_actual", "staff_positions") \
                    and not c.child and any(p.whole is c for p in parts_of_next) \
                    and (earlier := self._earlier_fact(c)) is not None:
                # «(52 з 54 опитаних)» after «взяли участь 54 отримувачі»: the whole a part is out
                # of, given before, is not given again
                self._restate(c, earlier)
                continue
            if c.indicator and c.unit and c.indicator != "ignore":
                self._emit(c, sent)
                if c.unit in _PEOPLE and not c.child:
                    self.block_unit[sent.block] = c.unit
                if not c.child:
                    self.last_item = c  # «– з них у зв'язку зі смертю – 27» under «– знято – 39»
                if self._ends_service(c) and not c.child:
                    self.last_completion = c
                if c.indicator in ("support_completed", "deregistered") and not c.child:
                    self.last_ended = c  # what the outcomes after it are of
                if not c.child and c.parent is None and not self._category_beside_whole(c, sent) and not (
                        self._in_parens(c, sent) and self.last_head is not None and self.last_head.start >= sent.start):
                    # a list's item is no new whole: «Серед них: …» is the list's; nor is a figure
                    # in parentheses beside the sentence's own («(за І півріччя 2024 року – 1 197)»)
                    self.last_head = c
                    self.wholes.append(c)
        for c in parts_of_next:
            whole = c.whole
            if not (whole.indicator and whole.unit) or whole.indicator == "ignore":
                continue
            c.unit, c.service = whole.unit, whole.service
            self._inherit(c, whole, "part_of")
            if whole.fid:
                c.parent = whole
            self._emit(c, sent)
        if sent.text.rstrip().endswith(":") or self.sub_items_next:
            # («1.1. Звернулися 538 осіб» over «а) ВПО – 164»: an outline's next level lists it as a
            # colon does)
            # (a count in parentheses is an aside: «обслуговано 1 126 осіб (за І півріччя 2024 року –
            # 1 089 осіб), а саме:» lists the 1 126)
            heads = [c for c in counts if not c.child and c.indicator and (c.fid or c.restated)]
            heads = [c for c in heads if not self._in_parens(c, sent)] or heads
            if not heads and len(counts) == 1 and (earlier := self._earlier_fact(counts[0])) is not None:
                # «412 осіб вдома – це:» lists the 412 given above
                self._restate(counts[0], earlier)
                heads = [counts[0]]
            if heads:
                self._open_enum(heads[-1], sent.end)
                if len(heads) > 1 and self.enum.total is heads[-1] and heads[-2].unit != heads[-1].unit \
                        and _ADJACENT_COUNTS.fullmatch(self.doc.text[heads[-2].end:heads[-1].start]):
                    self.enum.alt_total = heads[-2]

    def _headless_list(self, sent: Sentence, toks: list[Token] | None = None, *, at: int | None = None,
                       text: str | None = None) -> None:
        """«Надано соціальних послуг (кількість отримувачів):» opens a list whose whole is not
        written: the items take the intro's indicator and unit. So does a heading right above
        an item («Скільки людей отримали кожну послугу» / «догляд вдома – 391»)."""
        if at is None and not sent.text.rstrip().endswith(":") and not (self.item_next and _is_heading(sent)):
            return
        text = text if text is not None else sent.text
        if at is None and self.last_head is not None and self.last_head.fid and _ASIDE_INTRO.match(text) \
                and 0 <= sent.start - self.last_head.end <= LIST_INTRO_REACH:
            # «обслуговано 1 126 осіб / (за І півріччя 2024 року – 1 089 осіб), а саме:»: the aside
            # compares, the list that follows is of the whole before it
            self._open_enum(self.last_head, sent.end)
            return
        bare = text.strip().lstrip("•·-–— ")
        subset = self.lex.link_re.get("subset")
        if at is None and subset is not None and len(bare) <= 48 and self.last_head is not None \
                and (m := subset.match(bare)) and len(regex.findall(r"\p{L}+", bare[m.end():])) <= 2 \
                and 0 <= sent.start - self.last_head.end <= LIST_INTRO_REACH:
            # «З них:» on a line of its own, or with the verb its items share («З них виховуються:»)
            self._open_enum(self.last_head, sent.end)
            return
        by = self.lex.link_re.get("breakdown_intro")
        head = self.last_head
        if by is not None and head is not None and head.fid and head.unit in _PEOPLE and by.match(bare) \
                and 0 <= sent.start - head.end <= LIST_INTRO_REACH:
            # «За віком: до 3 років – 18, …» under «… отримали 143 дитини»: the whole just given, by age
            self._open_enum(head, at if at is not None else sent.end)
            return
        by_service = self.lex.link_re.get("service_breakdown_intro")
        if at is None and by_service is not None and by_service.search(bare):
            # «Отримувачі послуги догляду вдома за категоріями:» after the departments' counts: the
            # count of the service the intro names, by category
            named_service = {m.value for m in self.lex.find_services(text, sent.start, self.scan_text)}
            whole = next((c for c in reversed(self.emitted) if c.fid and c.service in named_service
                          and c.unit in _PEOPLE and 0 <= sent.start - c.end <= LIST_INTRO_REACH),
                         None) if len(named_service) == 1 else None
            if whole is not None:
                self._open_enum(whole, sent.end)
                return
        causes = self.lex.link_re.get("causes_intro")
        if at is None and causes is not None and causes.match(bare):
            # «… підтверджено у 39 із них. Основні причини:»: the causes split the last figure, a
            # part itself, not the whole the sentence began with
            last = next((c for c in reversed(self.emitted) if c.fid and c.unit in _PEOPLE), None)
            if last is not None and 0 <= sent.start - last.end <= LIST_INTRO_REACH:
                self._open_enum(last, sent.end)
                return
        among = self.lex.link_re.get("among_intro")
        if among is not None and self.last_head is not None and self.last_head.fid and among.match(bare):
            # «З числа сімей-отримувачів:»: the parts of the whole just given, if it counts them
            toks = toks if toks is not None else tokens(sent.text, sent.start)
            named = {self.lex.unit_of(t) for t in toks if at is None or t.start < at} - {None}
            near = [w for w in reversed(self.wholes) if w.fid and (not named or w.unit in named)
                    and 0 <= sent.start - w.end <= LIST_INTRO_REACH]
            # «Серед сімей під супроводом:» after «… надавався 88 сім'ям, з них 57 сімей взято під
            # супровід»: the whole the intro's words count, not the last one
            said = {t.indicator for t in self.lex.find_triggers(text, sent.start, toks, self.trigger_text)} \
                if len(near) > 1 else set()
            head = next((w for w in near if w.indicator in said), near[0] if near else None)
            # «Серед отримувачів послуги догляду вдома:» after the departments' counts: the count
            # of the service the intro names
            named_service = {m.value for m in self.lex.find_services(text, sent.start, self.scan_text)}
            if len(named_service) == 1 and (head is None or head.service not in named_service):
                head = next((c for c in reversed(self.emitted) if c.service in named_service and c.unit in _PEOPLE
                             and 0 <= sent.start - c.end <= LIST_INTRO_REACH), head)
            if head is not None:
                self._open_enum(head, at if at is not None else sent.end)
                return
        toks = toks if toks is not None else tokens(sent.text, sent.start)
        found = self.lex.find_triggers(text, sent.start, toks, self.trigger_text)
        trigs = [t for t in found if not _rx("relative_before").search(self.doc.text[max(0, t.start - 24) : t.start])]
        anaphora = self.lex.link_re.get("anaphora")
        if not trigs and anaphora is not None and anaphora.search(text) and self.last_head is not None:
            # «У розрізі сільських рад ці сім'ї розподіляються так:» lists the last whole again
            named = {self.lex.unit_of(t) for t in toks if at is None or t.start < at} - {None}
            # «сім'ї, які отримували послугу …, розподіляються так:» lists the whole counted by
            # what the relative clause says, which need not be the last one
            said = {t.indicator for t in found}
            head = next((w for w in reversed(self.wholes) if w.indicator in said and w.fid
                         and sent.start - w.end <= LIST_INTRO_REACH and (not named or w.unit in named)),
                        self.last_head)
            if not named or head.unit in named:
                self._open_enum(head, at if at is not None else sent.end)
            return
        if not trigs:
            return
        # «Оцінку потреб проведено: сімей – 9»: a trigger counting people or anything names the
        # items before one that counts only events or services («проведено»)
        # «Фахівці центру пройшли навчання:» names its unit (staff): a trigger counting it first
        named = {self.lex.unit_of(t) for t in toks if at is None or t.start < at} & {"staff"}
        trig = max(trigs, key=lambda t: (bool(t.units and named & set(t.units)),
                                         not t.units or bool(set(t.units) & set(_PEOPLE)), t.priority, t.start))
        head = self.last_head
        if (at is None and head is not None and head.fid and head.indicator == trig.indicator
                and 0 <= sent.start - head.end <= LIST_INTRO_REACH):
            # «Надійшли повідомлення про 2 086 сімей. Джерела надходження повідомлень:» lists the
            # whole just given, in its unit
            self._open_enum(head, sent.end)
            return
        # «Скільки людей отримали кожну послугу»: the noun asked about
        unit = self._unit_from_kilkist(text) or self._asked_unit(sent)
        if unit is None:  # the first unit noun after the trigger, else the trigger's own
            counted = self._counted_nouns(toks)
            after = [self.lex.unit_of(t) for t in counted if t.start >= trig.end]
            within = [self.lex.unit_of(t) for t in counted if trig.start <= t.start < trig.end]
            unit = next((u for u in after + within if u), None)
        end = at if at is not None else sent.end
        num = Number(Decimal(0), Decimal(0), 0, end, end, end)
        whole = Count(num=num, tok=len(toks), unit=unit, indicator=trig.indicator, raw_indicator=trig.indicator,
                      extractor=trig.id, restated=True)
        services = self.lex.find_services(sent.text, sent.start, self.scan_text)
        whole.service = services[-1].value if services else self.state.service
        self._open_enum(whole, end)

    @staticmethod
    def _counted_nouns(toks: list[Token]) -> list[Token]:
        """The words, but a noun after an act («надання послуги», «отримання допомоги»): the
        service given is not what a list under «Продовжено надання послуги:» counts."""
        words = [t for t in toks if not t.is_space]
        act = _rx("act_noun")
        return [t for k, t in enumerate(words) if not (k and act.match(words[k - 1].lower + " "))]

    def _short_line_above(self, head: Count, sent: Sentence) -> bool:
        """`head` stands on a short line of its own right above `sent` (a slide's figure)."""
        lo = self.doc.text.rfind("\n", 0, head.start) + 1
        hi = self.doc.text.find("\n", head.end)
        hi = len(self.doc.text) if hi < 0 else hi
        return hi - lo <= SLIDE_LINE and not self.doc.text[hi:sent.start].strip() and \
            self.doc.text[lo:head.start].strip() == ""

    def _maybe_close_enum(self, sent: Sentence) -> None:
        if not sent.bullet and not _continues(sent):
            self.enum = None

    def _aside(self, c: Count, sent: Sentence, toks: list[Token]) -> bool:
        """A count in parentheses that says something of its own («(5 сімей на момент
        перевірки змінили місце проживання)») is an aside; a list in parentheses is not."""
        if c.child or not self._in_parens(c, sent):
            return False
        opened = sent.start + sent.text.rfind("(", 0, c.start - sent.start)
        closed = sent.text.find(")", c.end - sent.start)
        closed = sent.start + (closed if closed >= 0 else len(sent.text))
        if _rx("list_opener").search(self.doc.text[opened + 1 : c.start]):
            return False
        return any(opened < t.start < closed and t.pos == "VERB" for t in toks)

    @staticmethod
    def _in_parens(c: Count, sent: Sentence) -> bool:
        before = sent.text[: c.start - sent.start]
        return before.count("(") > before.count(")")

    def _exact_after_rounded(self, rounded: Count, c: Count) -> bool:
        """«понад дві тисячі … – точніше, 2 318», «майже шістсот учасників, а точно – 596»; a
        figure written wrong and its correction: «отримали 56 осіб, – слід читати 65 осіб»."""
        text = self.doc.text
        if _rx("corrected_restatement").fullmatch(text, rounded.end, c.start):
            return True
        return bool(_rx("approximate").search(text, max(0, rounded.start - 30), rounded.start)) \
            and bool(_rx("exact_restatement").fullmatch(text, rounded.end, c.start))

    @staticmethod
    def _parens_around(c: Count, sent: Sentence) -> tuple[int, int]:
        """Document offsets of the «(» before `c` and of the «)» after it (the sentence's end if open)."""
        close = sent.text.find(")", c.end - sent.start)
        return sent.start + sent.text.rfind("(", 0, c.start - sent.start), sent.start + close if close >= 0 else sent.end

    def _parens_follow(self, whole: Count, c: Count, sent: Sentence) -> bool:
        """The parentheses around `c` open right after `whole` («31 (у тому числі 12 …)»)."""
        opened = self._parens_around(c, sent)[0]
        return whole.end <= opened and not sent.text[whole.end - sent.start:opened - sent.start].strip(" %,")

    def _parens_name_service(self, c: Count, sent: Sentence, services: list) -> bool:
        """A service named inside the parentheses around a count."""
        lo, hi = self._parens_around(c, sent)
        return any(lo < m.start < hi for m in services)

    def _relative_between(self, c: Count, trig: Trigger) -> bool:
        """A relative clause stands between the count and its trigger («96 осіб, які до нас
        звернулися»): the trigger describes the people, it does not report them."""
        comma = self.doc.text.find(",", c.end, trig.start)
        return comma >= 0 and _rx("relative_after").match(self.doc.text, comma + 1) is not None

    def _inline_list_done(self, sent: Sentence) -> bool:
        """The open list's items stood on the line its colon opened them in («📌 40 родин завершили
        супровід: у 29 …, 5 переїхали …»), and `sent` begins a line below: the outer list's next
        bullet («📌 28 сімей продовжують …», with a verb of its own), not an item of that one."""
        text = self.doc.text
        at = self.enum.open_at
        eol = text.find("\n", at)
        eol = len(text) if eol < 0 else eol
        colon = text.find(":", max(0, at - 1), eol)
        return sent.start > eol and colon >= 0 and _HAS_DIGIT.search(text, colon, eol) is not None

    def _of_another_service(self, c: Count, sent: Sentence, services: list) -> bool:
        """An item of the open list that names a service other than the one its whole's own
        sentence named before it."""
        tot = self.enum.total if self.enum is not None else None
        svc = c.service
        if tot is None or c.parent is not tot or not c.extractor.startswith("part_of:") or not svc \
                or not tot.service or svc == tot.service or self.lex.service_kind_of.get(svc) == tot.service:
            return False
        return tot.start >= sent.start and any(m.value == tot.service and m.end <= tot.start for m in services)

    @staticmethod
    def _own_verb(c: Count, prev: Count | None, sent: Sentence, toks: list[Token],
                  but: regex.Pattern | None = None) -> bool:
        """The count's comma part (after `prev`, when given) says something of its own
        («рішення прийнято щодо 37 осіб»): a verb (`but` those it matches)."""
        text = sent.text
        rel_s, rel_e = c.start - sent.start, c.end - sent.start
        lo = sent.start + max((m.end() for m in _COMMA_BREAK.finditer(text[:rel_s])), default=0)
        lo = max(lo, prev.end) if prev is not None else lo
        nxt = _COMMA_BREAK.search(text, rel_e)
        hi = sent.start + (nxt.start() if nxt else len(text))
        return any(lo <= t.start < hi and t.pos == "VERB" and not (but is not None and but.match(t.lower))
                   for t in toks)

    def _describes_a_part(self, trig: Trigger, c: Count) -> bool:
        """An item of the open list whose trigger words name a kind of the list's whole rather
        than a figure of their own."""
        total = self.enum.total
        # «З числа сімей-отримувачів: а) сім'ї з дітьми, які перебувають у СЖО, – 96»: a category
        # of the families served, not a count of families in difficulty
        if trig.indicator == "in_difficult_circumstances" and c.lead_noun \
                and total.indicator in ("served", "support_started", "support_ongoing", "applied"):
            return True
        # «знято з обліку 189 чоловік (… вибуттям за межі міста – 43 …)»: why people left a centre's
        # register (a family's leaving the register, and a person's leaving the centre's care, are
        # outcomes, as the golds read them)
        return trig.indicator.startswith("outcome") and total.extractor in _REGISTER_OF_PEOPLE

    @staticmethod
    def _ends_service(c: Count | None) -> bool:
        """A count of people whose service ended: completed support, or people taken off a
        centre's care («знято з обслуговування»); the outcomes listed under it are of that service."""
        return c is not None and (c.indicator == "support_completed" or c.extractor in _SERVICE_ENDED)

    @staticmethod
    def _dash_before(sent: Sentence, c: Count) -> bool:
        """The count follows a dash right after its label («сім'ї ВПО – сто двадцять»)."""
        return bool(_DASH_LEAD.search(sent.text[: c.start - sent.start]))

    def _service_in_part(self, c: Count, services: list, sent: Sentence) -> bool:
        """The count's own list item opens with a service's name («догляд вдома – 612»,
        «консультування – 716 осіб»), not «Складено план соціального супроводу – 18»."""
        text = sent.text
        rel_s = c.start - sent.start
        lo = max((m.end() for m in _ITEM_BOUNDARY.finditer(text[:rel_s])), default=0)
        before = text[:rel_s].rstrip()
        if before.endswith(":") and (_COLON_LABEL.match(text) or not _ITEM_BOUNDARY.search(before[:-1])):
            # «Кризове та екстрене втручання, сімей: 3», «Догляд вдома: 86 осіб»: the whole line
            # up to the colon is the count's label
            lo = 0
        opens_on_figure = not text[lo:rel_s].strip(" •·-–—*\t")
        lead = LIST_MARK.match(text, lo)
        lo = sent.start + (lead.end() if lead else lo)
        if any(m.start == lo and m.end <= c.start for m in services):
            return True
        # «391 особа – під доглядом вдома»: the figure first, the service its dash names after it
        dash = _FIGURE_DASH.match(text, c.end - sent.start)
        return dash is not None and opens_on_figure and any(
            sent.start + dash.end() <= m.start <= sent.start + dash.end() + SERVICE_AFTER_DASH for m in services)

    def _earlier_fact(self, c: Count) -> Fact | None:
        """The latest fact already extracted with this value and a compatible unit."""
        value = as_value(c.num.value)
        close = {c.unit, "persons", "recipients", "families_persons"} if c.unit in ("persons", "recipients") else {c.unit}
        for f in reversed(self.facts):
            if f.value == value and (c.unit is None or f.unit in close):
                return f
        return None

    @staticmethod
    def _restate(c: Count, earlier: Fact) -> None:
        """`c` names again the whole `earlier` gave: the list after it is that fact's."""
        c.indicator = c.raw_indicator = earlier.indicator
        c.service, c.fid, c.restated = c.service or earlier.service, earlier.fact_id, True
        c.extractor = f"restated:{earlier.extractor}"

    def _whole_first(self, c: Count, sent: Sentence, trigs: list[Trigger], counts: list[Count],
                     services: list) -> bool:
        """«Із 60 опитаних 57 (95 %) задоволені …», «З 43 соціальних робітників 39 мають …»: a
        sentence opening on a whole the report has not given yet, named by its own words (up to
        the next figure) or by its unit; the figures after it are of it."""
        if not _rx("whole_first").match(sent.text[: c.start - sent.start]):
            return False
        nxt = next((o.start for o in counts if o.start > c.end), sent.end)
        own = [t for t in trigs if c.num.end <= t.start < nxt and (not t.units or c.unit in t.units)]
        trig = max(own, key=lambda t: (t.priority, -t.start)) if own else None
        indicator = trig.indicator if trig is not None else _UNIT_DEFAULT_INDICATOR.get(c.unit or "")
        if not indicator or indicator == "ignore" or nxt == sent.end:
            return False
        c.indicator = c.raw_indicator = indicator
        c.extractor = f"whole_first:{trig.id if trig is not None else 'unit_' + str(c.unit)}"
        self._fit_unit(c)
        c.service = service_near(c, services, counts, sent) or self.state.service
        self._emit(c, sent)
        self.last_head = c
        self.wholes.append(c)
        self._open_enum(c, c.end)
        return True

    def _among_clause(self, sent: Sentence, toks: list[Token]) -> None:
        """«Серед сімей, які перебували під супроводом, сімей ВПО – 12, …»: the sentence lists
        parts of the whole that counted those people by the clause's words (the last one else)."""
        rx = self.lex.link_re.get("among_clause")
        m = rx.match(sent.text) if rx is not None else None
        if m is None:
            return
        lo, hi = sent.start + m.start("clause"), sent.start + m.end("clause")
        units = {self.lex.unit_of(t) for t in toks
                 if sent.start + m.start("noun") <= t.start < sent.start + m.end("noun")} - {None}
        # (the clause's words read alone: what they say of the people, whatever stands around them)
        trigs = self.lex.find_triggers(self.doc.text[lo:hi], lo, [t for t in toks if lo <= t.start < hi])
        near = [w for w in reversed(self.wholes) if w.fid and 0 <= sent.start - w.end <= LIST_INTRO_REACH
                and (not units or w.unit in units)]
        # the whole counted by the clause's indicator, the largest of them: the people the sentence
        # goes back to («Серед сімей під супроводом» of the 63 under support, not of the 25 who came
        # from the year before); a clause with no trigger, the largest whole of its noun nearby
        fits = [w for w in near if not trigs or w.indicator in {t.indicator for t in trigs}]
        head = max(fits, key=lambda w: w.num.value) if fits else None
        if head is not None:
            self._open_enum(head, sent.start + m.end())
            self.enum.overlapping = True

    def _item_group(self, c: Count) -> str:
        """The group of an item of the open list: the list's, or one of its own where the list's
        categories may overlap (each a subset of the whole, as «N з них — …» is)."""
        return f"{self.enum.group}:among:{c.start}" if self.enum.overlapping else self.enum.group

    def _open_enum(self, total: Count, at: int) -> None:
        if self.enum is not None and self.enum.total is total and (
                self.enum.close_at is not None or "\n\n" not in self.doc.text[self.enum.open_at:at]):
            # the same whole listed again, now outside parentheses; a paragraph below breaks it
            # down anew («Серед обслуговуваних вдома одиноких - 63 особи, …» under the list)
            self.enum.close_at = None
            return
        self.groups += 1
        self.enum = Enumeration(total, f"counts:g{self.groups}", at)

    @staticmethod
    def _fit_unit(c: Count) -> None:
        """An indicator and a unit that only go together one way: «надано 342 послуги» is a
        count of services delivered; staff counted in «осіб» are staff."""
        if c.indicator:
            c.indicator, c.unit = fit_unit(c.indicator, c.unit)
        if c.indicator == "served" and c.unit == "staff":
            c.indicator = "staff_actual"  # «34 соціальні робітники обслуговують вдома 212 осіб»
        if c.indicator in _STAFF_INDICATORS and c.unit == "persons":
            c.unit = "staff"
        if c.indicator == "staff_positions" and c.unit == "staff":
            c.unit = "positions"
        if c.indicator == "staff_actual" and c.unit == "positions":
            c.unit = "staff"  # «19 посад, зайнято 17»: the people in the posts
        if c.indicator == "event_participants" and c.unit == "events":
            c.indicator = "events"
        if c.unit is None and c.indicator in _INDICATOR_UNIT:
            c.unit = _INDICATOR_UNIT[c.indicator]

    def _completion_above(self, c: Count) -> Count | None:
        """The count of completed support just above an outcome, in the same list."""
        item = self.last_completion
        if item is not None and item.fid and c.start - item.end <= OUTCOME_REACH:
            return item
        return None

    @staticmethod
    def _states_own_predicate(c: Count, sent: Sentence, toks: list[Token]) -> bool:
        """A list item whose label has a verb of its own («відмовлено …», «перебувають у черзі»)
        says something else than the list's whole; a category («усних звернень – 84») does not."""
        # «Охоплено 614 осіб (з них 402 учні)»: the bracket's own words
        label = _label_words(c, sent, toks, bracket=CountExtractor._in_parens(c, sent))
        # a verb in a relative clause («сімей, які опинились у СЖО – 374») or after the item's
        # own subject («батьки ухиляються від виховання дітей – 38») describes the category
        return any(t.pos == "VERB" and not _may_be_noun(t.lower)
                   and not any(w.pos in ("NPRO", "CONJ") for w in label[max(0, k - 3):k])
                   and not (k == 1 and label[0].pos == "NOUN" and label[0].case == "nomn")
                   for k, t in enumerate(label))

    @staticmethod
    def _label_is_adjective(sent: Sentence, c: Count, toks: list[Token]) -> bool:
        """The item's label opens on an adjective with no noun of its own («психологічних – 1 912»)."""
        label = _label_words(c, sent, toks)
        return bool(label) and label[0].pos == "ADJF" and not any(t.pos == "NOUN" for t in label)

    @staticmethod
    def _category_clause(c: Count, sent: Sentence, toks: list[Token]) -> bool:
        """The item's label is a clause of its own subject and verb («батьки ухиляються …»)."""
        label = _label_words(c, sent, toks)
        return len(label) > 1 and label[0].case == "nomn" and label[1].pos == "VERB"

    def _respondents_scope(self, c: Count, sent: Sentence) -> Count | None:
        """The survey whose respondents a paragraph breaks down: a sentence of it before the count
        opens «Серед респондентів / опитаних …», and the respondents were counted just above."""
        if sent.block < 0:
            return None
        lo = self.doc.blocks[sent.block].start
        if not _rx("respondents_scope").search(self.doc.text, lo, c.start):
            return None
        return next((w for w in reversed(self.wholes) if w.indicator == "survey_respondents" and w.fid
                     and w.end <= c.start and c.start - w.end <= SURVEY_ANSWER_REACH and w.num.value > c.num.value),
                    None)

    def _survey_of_answer(self, c: Count, sent: Sentence) -> Count | None:
        """The survey whose respondents a count without a trigger of its own answers: the last
        whole counted was a survey's, not far above, and the count's clause names an answer."""
        head = self.last_head
        if head is not None and head.answer_of is not None:
            head = head.answer_of  # the answer before this one points to the respondents already
        if (head is None or head.indicator != "survey_respondents" or not head.fid or not head.num.value
                or c.start - head.end > SURVEY_ANSWER_REACH or c.unit not in (None, *_PEOPLE)):
            return None
        lo, hi = comma_part(sent, c)
        part = self.doc.text[lo:hi]
        return head if _rx("satisfied").search(part) or _rx("dissatisfied").search(part) \
            or _rx("answer_given").search(part) else None

    def _category_beside_whole(self, c: Count, sent: Sentence) -> bool:
        """«… перебувало 186 осіб. Серед обслуговуваних – 23 особи з інвалідністю …»: a category of
        those served, with their whole earlier in its paragraph, is no whole a «З них» after it is of."""
        head = self.last_head
        return (c.extractor.endswith(_CATEGORY_TRIGGERS) and head is not None and head.indicator == c.indicator
                and sent.block >= 0 and self.doc.blocks[sent.block].start <= head.start < sent.start)

    def _paragraph_service(self, sent: Sentence) -> str | None:
        """The one service the paragraph (or, of several, the sentence before) names before this
        sentence: «проведено анкетування отримувачів послуги догляду вдома. Опитано 150 осіб»
        surveys that service's people."""
        if sent.block < 0:
            return None
        block = self.doc.blocks[sent.block]
        found = self.lex.find_services(self.doc.text[block.start:sent.start], block.start, self.scan_text)
        if len({m.value for m in found}) > 1:
            # a paragraph of several services: the one the sentence before named («Вартість
            # години догляду вдома – 68,40 грн. За плату послугу отримують 9 осіб»)
            text = self.doc.text
            lo = max(text.rfind(". ", block.start, sent.start - 1), text.rfind("\n", block.start, sent.start - 1))
            found = [m for m in found if m.start > lo] if lo >= 0 else []
        values = {m.value for m in found}
        return values.pop() if len(values) == 1 else None

    def _service_named(self, sent: Sentence, c: Count, prev: Count | None) -> bool:
        """The item's label is «послуги <a service>» or a topic («отримання послуг»): the word
        names the service, counts nothing."""
        label = self._item_label(sent, c, prev)[0] or ""
        if _rx("topic_label").match(label):
            return True  # «отримання соціальних послуг – 188» of people who applied for them
        lead = _rx("service_named_label").match(label)
        return lead is not None and bool(self.lex.find_services(label[lead.end():].lower(), 0))

    def _whole_by_percent(self, c: Count) -> Count | None:
        """The latest whole of the same kind, close above, of which `c` is exactly its percent."""
        pct = Decimal(str(c.percent))
        places = -pct.as_tuple().exponent if pct.as_tuple().exponent < 0 else 0
        tolerance = Decimal(5) / (Decimal(10) ** (places + 1))  # half the last written digit
        for w in reversed(self.wholes):
            if c.start - w.end > PERCENT_WHOLE_REACH:
                break
            # (a count with a percent of its own is a part itself: «44 особи (86,4 %)»)
            if (c.unit is not None and w.unit != c.unit) or w.unit not in _PEOPLE or not w.num.value or w.num.value <= c.num.value or not w.indicator \
                    or w.percent is not None:
                continue
            if abs(c.num.value * 100 / w.num.value - pct) <= tolerance:
                return w
        return None

    def _answer(self, c: Count, survey: Count, sent: Sentence) -> None:
        """`c` is an answer of the survey whose respondents `survey` counts."""
        c.unit = c.unit or survey.unit
        self._inherit(c, survey, "answer_of")
        c.answer_of = survey
        # «96 % опитаних (144 особи)» under «разом 196 осіб» is a share of another whole
        if c.percent is None or abs(c.num.value * 100 / survey.num.value - c.percent) <= 1:
            c.parent, c.group = survey, f"counts:answers_of:{survey.fid}"
        lo, hi = comma_part(sent, c)
        c.label = _answer_label(self.doc.text[lo:hi])

    def _inherit(self, c: Count, src: Count, how: str) -> None:
        ind = src.raw_indicator or src.indicator
        if not ind:
            return
        c.indicator = c.raw_indicator = ind
        c.extractor = f"{how}:{src.extractor}"
        c.confidence = 0.75
        c.label = c.label or src.label

    def _item_label(self, sent: Sentence, c: Count, prev: Count | None) -> tuple[str | None, str | None]:
        """The words naming an enumeration item: «Соборний – 328», «75 – проблеми сім'ї»."""
        after = sent.text[c.end - sent.start :]
        after = after[_PERCENT_BRACKET.match(after).end():]  # «287 (69,7 %) – особи з інвалідністю»
        m = _DASH.match(after)
        if m and not _HAS_DIGIT.match(after[m.end():]):
            label = _ITEM_END.split(after[m.end():], maxsplit=1)[0].strip().rstrip(".")  # (a sentence's full stop is no part of it)
            if label.count("(") > label.count(")"):  # «– ВПО (55,4 %)» cut at its comma
                label = label[:label.rfind("(")].strip()
        else:
            lo = (prev.end - sent.start) if prev else 0
            label = sent.text[lo : c.start - sent.start]
            # (an aside word in brackets is the label's: «загиблих (померлих) Захисників»)
            # (an aside in brackets is the label's: «загиблих (померлих) Захисників», «відділення
            # № 2 (Жовтокам'янський старостинський округ) – 121»)
            hidden = _ASIDE_WORD.sub(lambda m: m.group().translate(_HIDE_ASIDE), label)
            label = _ITEM_START.split(hidden)[-1].translate(_SHOW_ASIDE)
            if _COMMA_DASH_END.search(hidden) and not label.strip(" -–—\t"):
                # «сім'ї, в яких батьки ухиляються від …, – 29»: the clause between the commas
                # is the label's, the comma before the dash closes it
                label = _ITEM_OPEN.split(hidden)[-1].translate(_SHOW_ASIDE)
                label = _COMMA_DASH_END.sub("", label).lstrip(" ,")
            cue = _rx("list_opener").match(label.lstrip())
            if cue:
                label = label.lstrip()[cue.end():]
            subset = _rx("subset").match(label.strip(" ,;(\t"))
            if subset:  # «у т.ч. 23 сім'ї»: the cue is no label
                label = label.strip(" ,;(\t")[subset.end():]
            label = label.strip(" -–—:•·\t")
            label = label[LIST_MARK.match(label).end():] if _LETTER_MARK.match(label) else label  # «а) …»
            if not label.split() and not c.unit_end and _PREDICATE_LABEL.match(after) \
                    and not _rx("of_them_after").match(after):
                # «з них 1 визнано обґрунтованою»: the words after the number say what the part is
                label = _PREDICATE_END.split(after, maxsplit=1)[0].strip().rstrip(".")
        words = label.split()
        if not words or len(label) > 160:  # (a label of line breaks alone is no label)
            return None, None
        # a district or branch: «Соборний», «Амур-Нижньодніпровський», «мобільна бригада»
        district_re = self.lex.link_re.get("district")
        adjectives = [t for t in tokens(label) if t.pos == "ADJF"]
        district = None
        if len(words) <= 3 and (district_re and district_re.search(label)
                                or (words[0][:1].isupper() and len(adjectives) == len(words))):
            district = label
        return label, district

    def _attach_percents(self, sent: Sentence, counts: list[Count], pcts: list[Number],
                         money: list[Number] = ()) -> None:
        """«9 сімей … (50 %)», «6 осіб, що становить 100 %»: the percent belongs to the count."""
        for p in pcts:
            rel = p.start - sent.start
            after = [c for c in counts if c.start >= p.end]
            if after and _PAREN_COUNT_AFTER.match(sent.text[p.end - sent.start : after[0].start - sent.start]):
                if after[0].percent is None:
                    after[0].percent = p.written
                self.attached_percent_spans.append((p.start, p.end))
                self._leading_owners.append((after[0], p))
                continue
            last_money = [m for m in money if m.end <= p.start]
            if last_money and _rx("owned_percent").search(sent.text[last_money[-1].end - sent.start : rel]):
                self.attached_percent_spans.append((p.start, p.end))  # «… грн, що становить 72,5 %»
                continue
            before = [c for c in counts if c.end <= p.start]
            if not before:
                # a bare number before it («– 18 (100 %)») still owns it
                if _BARE_OWNER.search(sent.text[:rel]):
                    self.attached_percent_spans.append((p.start, p.end))
                continue
            gap = sent.text[before[-1].end - sent.start : rel]
            if _rx("owned_percent").search(gap):
                owner = next((c for c in reversed(before) if not c.child), before[-1])
                if owner.percent is None:
                    owner.percent = p.written
                self.attached_percent_spans.append((p.start, p.end))
                self._owners.append((owner, p))

    def _satisfied_share(self, c: Count, sent: Sentence) -> bool:
        """«114 з них (95 %) задоволені якістю послуги»: respondents satisfied, with their share."""
        if c.indicator != "survey_respondents" or c.percent is None:
            return False
        lo, hi = comma_part(sent, c)
        clause = self.doc.text[lo:hi]
        yes, short = self.lex.link_re.get("satisfied_count"), self.lex.link_re.get("not_fully_satisfied")
        return yes is not None and bool(yes.search(clause)) and not (short is not None and short.search(clause))

    def _answer_row(self, c: Count, sent: Sentence) -> bool:
        """«з них задоволені якістю – 203 особи (96,2 %)»: those satisfied named before their count,
        which is not counted out of a whole («задоволені 51 з 54 опитаних»)."""
        lo, _ = comma_part(sent, c)
        text = self.doc.text
        return bool(_rx("answer_row_before").search(text[lo:c.start])) \
            and not _rx("count_out_of").match(text, c.num.num_end)

    @staticmethod
    def _parent_fid(c: Count) -> str | None:
        return c.parent.fid if c.parent is not None and c.parent.fid and not c.parent.fid.startswith("-") else None

    def _emit(self, c: Count, sent: Sentence) -> None:
        if c.unit == "recipients" and c.parent is not None and not c.unit_end and c.label \
                and any(self.lex.unit_of(t) == "persons" for t in tokens(c.label)):
            # «з них одинокі громадяни – 24» of 38 recipients: the part names its people
            c.unit = "persons"
        self.n += 1
        c.fid = f"counts:{self.n}"
        self.emitted.append(c)
        if self._satisfied_share(c, sent) and not self._answer_row(c, sent):
            # «114 з них (95 %) задоволені»: the share is the survey's satisfaction and the count
            # its evidence, no figure of its own (the share keeps the respondents as its parent, and
            # its span the count's, for the audit to check K of N); «з них задоволені якістю –
            # 203 особи (96,2 %)» is a row of respondents by answer, its percent the row's
            self.n += 1
            self.facts.append(Fact(
                fact_id=f"counts:{self.n}", indicator="satisfaction", value=as_value(c.percent), unit="percent",
                start=c.start, end=c.end, quote=sent.text, extractor=f"{c.extractor}_satisfied",
                confidence=c.confidence, service=c.service, page=self.doc.page_at(c.start),
                parent_id=self._parent_fid(c)))
            if not c.extractor.startswith("answer_of"):
                c.fid = f"-{c.fid}"  # nothing links to a figure not given
                return
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
                parent_id=self._parent_fid(c),
                group_id=c.group,
                page=self.doc.page_at(c.start),
            )
        )


_PARENS = regex.compile(r"[()]")
# a line that is only an aside in parentheses and a list's opening («(за 2024 рік – 1 089 осіб), а саме:»)
_ASIDE_INTRO = regex.compile(r"\s*\([^()]*\)[\s,]*(?:\p{L}+\s*){0,2}:\s*$")
_PERCENT_BRACKET = regex.compile(r"(?:\s*\(\s*\d+(?:[,.]\d+)?\s*%\s*\))?")


def _label_words(c: Count, sent: Sentence, toks: list[Token], *, bracket: bool = False) -> list[Token]:
    """The words before a count in its comma part (from its bracket's opening, with `bracket`)."""
    lo, _ = comma_part(sent, c)
    if bracket:
        lo = max(lo, sent.start + sent.text.rfind("(", 0, c.start - sent.start))
    return [t for t in toks if lo <= t.start < c.start and not t.is_space and not t.is_punct]
# two counts side by side: «4 870 консультацій 2 316 особам»
_ADJACENT_COUNTS = regex.compile(r"\s+(?:[\p{L}'’]+\s+)?")


@functools.lru_cache(maxsize=4096)
def _is_plural(word: str) -> bool:
    from zvitparse.nlp import morph

    parsed = morph().parse(word)
    return bool(parsed) and parsed[0].tag.number == "plur"


# a question in quotes («Чи допомогла вам послуга?»): what was asked, not what a figure counts
_QUOTED_QUESTION = regex.compile(r"[«\"„“][^«»\"„“”]{3,200}\?\s*[»\"“”]")
_PIECES = regex.compile(r"\(\s*(?:шт|од)\.?\s*\)\s*$")  # «(шт.)»: pieces, not people
# «742 особи (психологічне – 163, …»: a bracket opening right after a count on «label – N» parts
# «9 сімей (7 ПС і 2 ДБСТ)»: a bracket right after a count opening on counts of the same unit
_BRACKET_COUNT = regex.compile(r"\s*\(\s*$")
# («742 особи (психологічне – 163, …», «1 320 – звернень за півріччя (особисто – 874, …»)
_BRACKET_BREAKDOWN = regex.compile(r"\s*(?:[-–—]\s*)?(?:[\p{L}'’.]+\s*){0,4}\(\s*(?=[^()\d]{1,60}[-–—]\s*$)")
_HEADING_MAX = 80


def _comma_after_lead(text: str) -> int:
    """Where the words after a sentence's first comma begin (its end when it has none)."""
    i = text.find(",")
    return i + 1 if i >= 0 else len(text)


def _is_heading(sent: Sentence) -> bool:
    """A line of its own without a figure or a sentence's end: a heading («ПЛАНИ НА 2025 РІК»
    has a year, which is no figure)."""
    text = _HEADING_NUMBER.sub("", sent.text.strip(), count=1)
    return (0 < len(text) <= _HEADING_MAX and "\n" not in text and not text.endswith((".", ",", ";", ":"))
            and not _HAS_DIGIT.search(_YEAR.sub("", text)))


# «догляд вдома – 391»: a list item that names what its figure counts before a dash
_LABELLED_ITEM = regex.compile(r"^[\p{L}\s'«»\"(),.]{3,80}?\s[-–—]\s*\d")

# the marks of an outline's levels, from the top: «1.», «1.2.» numbers, «а)» letters, then bullets
_OUTLINE_MARKS = (regex.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.\s"), regex.compile(r"\s*[а-яіїєґa-z]\)\s"),
                  regex.compile(r"\s*[•·\-–—*]\s"))


def _outline_level(text: str) -> int | None:
    return next((k for k, mark in enumerate(_OUTLINE_MARKS) if mark.match(text)), None)


def _one_level_down(text: str, sent: Sentence, nxt: Sentence) -> bool:
    """`sent` is an outline's item that opens its paragraph, and the next paragraph an item
    of a level below it («1.1. Звернулися 538 осіб» / «а) внутрішньо переміщені особи – 164»)."""
    line = text[text.rfind("\n", 0, sent.start) + 1:sent.end]  # (its number may be a sentence of its own)
    if len(line) - len(sent.text) > 8 or "\n" not in text[sent.end:nxt.start]:
        return False
    level, below = _outline_level(line), _outline_level(nxt.text)
    return level is not None and below is not None and below > level
_HEADING_NUMBER = regex.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]\s*")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@functools.lru_cache(maxsize=256)
def _mask_parens(text: str) -> str:
    """`text` with every parenthesised stretch blanked (same length): from an opening bracket
    at depth 0 to the bracket that closes it, or to the end when none does."""
    if "(" not in text:
        return text
    # only the brackets are visited, not every character (a count's sentence asks this anew)
    parts, pos, depth = [], 0, 0
    for m in _PARENS.finditer(text):
        i = m.start()
        if text[i] == "(":
            if not depth:
                parts.append(text[pos:i])
                pos = i
            depth += 1
        elif depth:
            depth -= 1
            if not depth:
                parts.append(" " * (i + 1 - pos))
                pos = i + 1
    parts.append(" " * (len(text) - pos) if depth else text[pos:])
    return "".join(parts)


def tot_unit(enum: Enumeration) -> str | None:
    return enum.total.unit


@functools.lru_cache(maxsize=4096)
def _may_be_noun(word: str) -> bool:
    """«війни» is read as a verb first, but is the noun «війна» too: no predicate then."""
    from zvitparse.nlp import morph

    return any(p.tag.POS == "NOUN" for p in morph().parse(word))


def _answer_label(part: str) -> str | None:
    """«Повністю задоволені якістю послуг – 66 (91,7 %)» → «повністю задоволені якістю послуг»."""
    words = _ANSWER_WORDS.search(part)
    return words.group(0).strip(" –—-:,;").lower() or None if words else None


def _parts_apart(text: str, a: int, b: int) -> bool:
    """A comma, or a colon opening a «label – N» list, stands between a and b."""
    m = _PART_BREAK.search(text, a, min(len(text), b + 1))
    return m is not None and m.start() < b


def _subset_dash_end(text: str, pos: int) -> int | None:
    """Where «з них —» (a `subset` cue and its dash) that starts at `pos` ends, or None."""
    cue = _rx("subset").match(text, pos)
    dash = _CUE_DASH.match(text, cue.end()) if cue else None
    return dash.end() if dash else None


def _figure_of_them(low: str) -> bool:
    """A slide's «1 036 з них — діти»: a figure, «з них», a dash and a word."""
    lead = _FIGURE_LEAD.match(low)
    end = _subset_dash_end(low, lead.end()) if lead else None
    return end is not None and regex.match(r"\p{L}", low[end:]) is not None


# a register's figures: reasons listed under them are why people came onto it, no outcomes
_REGISTER_INDICATORS = frozenset({"registered", "registered_new"})
# indicators of families whose «випадки» (cases) are those families
_CASE_INDICATORS = frozenset({"in_difficult_circumstances", "notified", "needs_assessed"})
# a trigger longer than this may name the people it counts within it
TRIGGER_NOUN_SPAN = 30
# the most kinds of service a report names by count («дві послуги – …»); more are services delivered
MAX_KINDS = 12
# how far before an item's figure «щодо …» may stand to say whom the item concerns
CONCERNING_REACH = 30
# how far into its sentence a figure followed by «з них» may stand to open it («У дев'яти з них»)
OF_THEM_LEAD = 12
# units a count written with a scale word («60 тисяч послуг») may be in (people in thousands are a population)
_SCALED_UNITS = frozenset({"services", "calls", "applications", "events"})


def _of_them_lead(text: str) -> bool:
    """A sentence opening «З них» (and nothing else) before a word numeral: a part of the whole above."""
    lead = regex.match(r"\W*", text)
    cue = _rx("subset").match(text, lead.end())
    return cue is not None and _CUE_TAIL.fullmatch(text, cue.end()) is not None


def _continues(sent: Sentence) -> bool:
    """A sentence that starts in lower case continues a list cut by a blank line; a line
    «Кунашівський старостинський округ – 9» is a list item without its bullet."""
    # (after a letter mark: «а) сім'ї з дітьми – 15» goes on with a list, «а) Догляд вдома» heads
    # a section of its own)
    head = sent.text.lstrip("•·-–—* \t")
    first = head[m.end():][:1] if (m := _LETTER_MARK.match(head)) else head[:1]
    if first.islower():
        return True
    if _rx("among_lead").match(head):
        return False  # «Серед обслуговуваних вдома одиноких - 63 особи, …» breaks a whole down anew
    if _FIGURE_FIRST_ITEM.match(sent.text):
        return True  # «412 – відділення соціальної допомоги вдома;»: the figure first, then its label
    item = _ITEM_LINE.match(sent.text)
    if not item:
        return False
    # «Отримувачів на кінець року – 571» names its own count: a statement, not an item; a
    # service's name («Соціальний супровід сімей у СЖО – 2 186») is an item whatever its nouns
    label = sent.text[: item.start("dash")]
    if category_of(label) is not None:
        return True  # «ВПО – 38», «інші – 26»: a category of the people listed
    lex = lexicon()
    return not any(lex.unit_of(t) for t in tokens(label, sent.start)) or bool(
        lex.find_services(label.lower(), 0)) and not lex.find_triggers(label, 0, tokens(label, 0))


def extract(doc: Document, meta: dict | None = None) -> list[Fact]:
    return CountExtractor(doc, meta).run()


def _names_criterion(text: str, at: int) -> bool:
    """«2) результативність – 25 позитивних відповідей із 29 (86,2 %)», «Адресність: у 28 з 30 справ
    (93,3 %)»: the line (or sentence) opens on a quality criterion, and the percent of the count
    after it is the criterion's share."""
    from zvitparse.extract.ratings import criterion_of

    # (the criterion heads the line, before a dash or colon: not a word of a question that
    # happens to name one, «Знають, куди звернутися у разі незадоволення …»)
    line = text.rfind("\n", 0, at) + 1
    for lo in {line, max(line, text.rfind(". ", 0, at) + 2)}:
        head = _CRITERION_HEAD.match(text, lo, at)
        if head is not None and criterion_of(head.group(1)) is not None:
            return True
    return False


_CRITERION_HEAD = regex.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s*|[-–—•]\s*)?([^\d\n]{3,60}?)\s*[-–—:.]\s")


def _lists_by_their_sum(facts: list[Fact]) -> list[Fact]:
    """A list read as parts of the sentence's last whole whose bare items add up to another
    whole of that sentence, and not to it, is of that other («надано 2 946 послуг 371 особі.
    За видами послуг: – інформування – 1 204; …» sums the 2 946 services)."""
    by_id = {f.fact_id: f for f in facts}
    groups: dict[str, list[Fact]] = {}
    for f in facts:
        if f.group_id and f.parent_id in by_id and f.extractor.startswith("part_of:") \
                and f.unit == by_id[f.parent_id].unit:
            groups.setdefault(f"{f.group_id}|{f.parent_id}", []).append(f)
    moved: dict[str, Fact] = {}
    for key, items in groups.items():
        whole = by_id[key.split("|")[1]]
        if len(items) < 2 or any(isinstance(i.value, float) or i.percent is not None for i in items):
            continue
        total = sum(i.value for i in items)
        others = [o for o in facts if o.quote == whole.quote and o.start != whole.start and o.unit != whole.unit
                  and not o.parent_id and o.indicator and o.value == total and abs(o.start - whole.start) < len(whole.quote)]
        if total == whole.value or len(others) != 1:
            continue
        other = others[0]
        for i in items:
            moved[i.fact_id] = replace(i, indicator=other.indicator, unit=other.unit, parent_id=other.fact_id,
                                       extractor=f"part_of:{other.extractor}:by_sum")
    return [moved.get(f.fact_id, f) for f in facts] if moved else facts


def extract_with_spans(doc: Document, meta: dict | None = None) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Facts plus the spans of percents that belong to counts (never standalone shares).

    A percent whose count became no fact («57 (95 %) задоволені») is released, so the share
    extractor can keep it when its words make it a satisfaction figure."""
    ex = CountExtractor(doc, meta)
    facts = ex.run()
    # (or whose count is a whole named again: «25 позитивних відповідей із 29 (86,2 %)»)
    released = {(p.start, p.end) for owner, p in ex._owners
                if (not owner.fid and _rx("satisfied_after_percent").search(doc.text[p.end : p.end + 60]))
                or ((not owner.fid or owner.restated) and _names_criterion(doc.text, owner.start))}
    # «складає 96,4 % (274 з 287 виявлених)»: the percent is the statement, its bracket the proof
    released |= {(p.start, p.end) for owner, p in ex._leading_owners if not owner.fid}
    return facts, [sp for sp in ex.attached_percent_spans if sp not in released]
