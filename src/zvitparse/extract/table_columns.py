"""What each column of a table of counts holds: its indicator, unit, and kind.

A column's indicator comes from its header — the lowest header cell first («задоволені» under
«Кількість отримувачів») — or, failing that, the table's caption (`table_columns.yaml` count
entries: отримувачі → served, наданих послуг → services_provided, відповіли / опитано /
«так» → survey_respondents), or the prose's trigger words («Штатна чисельність, посад»); its
unit from the unit words of the header or caption (`units.yaml`, via the prose lexicon), the
last one winning («Отримувачі, осіб» → persons). A column with no indicator of its own («з них
дітей», «Усього за рік») continues the one to its left. Row numbers («№ з/п», 1, 2, 3 …) are no
column of figures.

Columns that are not counts: a money column (a `table_columns` money header with a currency in
header or caption: «Касові видатки, тис. грн») gives amounts in hryvnias; a «%» column whose
header names something of its own («Укомплектованість, %», «Задоволеність, %») gives a
standalone `share` / `satisfaction` per row, where a bare «%» («%», «частка, %», «Так, %»
beside «Так, осіб») is the `percent` of the count to its left. Survey respondents are people
(persons unless a header or the caption names recipients …).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

import regex

from zvitparse import patterns
from zvitparse.extract import budget, context, grid, row_tables
from zvitparse.extract.numbers import find_numbers, parse_number

MONEY = (*budget.MONEY_INDICATORS, "aid_value")
NOT_COUNTS = {*MONEY, "rating", "share", "satisfaction"}
PERCENT_INDICATORS = ("share", "satisfaction")
# survey answers without a unit of their own count people
SURVEY_UNIT = "persons"
PEOPLE = ("persons", "recipients", "families", "families_persons", "children")
_STATED_UNIT = regex.compile(r"\(([^()]{3,30})\)\s*[:.]?\s*$")
# figures of people a caption's stated unit («(сімей/осіб)») may restate
_PEOPLE_COLUMNS = frozenset({"notified", "needs_assessed", "in_difficult_circumstances", "support_started",
                             "support_completed", "support_ongoing", "served", "registered", "deregistered"})
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DATE = regex.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)")
# a whole number in a cell: «1 207», «9'864», «2.317» (thousands grouped with spaces, apostrophes or
# dots), perhaps with a footnote mark («143*»)
COUNT = regex.compile(r"^(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,3}(?:['’]\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)\*?$")
_WORD_START = regex.compile(r"(?<![\p{L}'])(?=\p{L})")
# a word broken over two header lines: «Укомплек-» above «тованість»
_HYPHEN_BREAK = regex.compile(r"(\p{L})-\s+(?=\p{Ll})")


# support services whose tables head their columns with what happened to the support
# units that say what their column counts, whatever the column to its left counted
_UNIT_COUNTS = {"events": "events", "calls": "calls", "complaints": "complaints", "staff": "staff_actual"}
# what a table counts when its corner names only the unit («Тематика звернень»)
_CORNER_COUNTS = {**_UNIT_COUNTS, "applications": "applied"}
_SUPPORT_SERVICES = frozenset({"social_support_sjo", "social_support_foster", "social_support"})
_SUPPORT_FIGURES = frozenset({"support_started", "support_completed", "support_ongoing", "outcome_positive",
                              "outcome_minimized", "outcome_negative", "outcome_other"})


@functools.lru_cache(maxsize=1)
def _fillers(relation: str = "support_filler") -> tuple[str, ...]:
    """The words a bare participle («взято», «з них позитивно») leaves out, tried in turn
    (`links.yaml` `support_filler` under a support service, `service_filler` over people served)."""
    return tuple(ph for e in patterns.load()["links"] if e.get("relation") == relation
                 for ph in e.get("phrases") or ())


@dataclass
class Column:
    col: int
    header: str  # all header cells of the column, top to bottom
    label: str  # the lowest header cell («I квартал»)
    indicator: str | None = None
    unit: str | None = None
    # the unit is written in the column's own header or stated for the table («(сімей/осіб)»),
    # not one it falls back on (a neighbour's, a caption sentence's, the indicator's usual one)
    unit_written: bool = False
    percent: bool = False
    row_base: bool = False  # a «%» of the row's first count («% до тих, що перебували»), not of its column total
    own: bool = False  # the indicator is the column's own, not inherited
    money: int = 0  # the multiplier of a money column (0: not money)
    service: str | None = None  # the service the header names («Перебувало під соціальним супроводом»)


@functools.lru_cache(maxsize=4)
def _count_entries() -> tuple[tuple[str, str, regex.Pattern], ...]:
    return tuple((e.id, e["indicator"], regex.compile(e["regex"], regex.I))
                 for e in patterns.load()["table_columns"]
                 if e.get("regex") and e.get("indicator") and e["indicator"] not in NOT_COUNTS)


def count_indicator(text: str) -> str | None:
    """The indicator a count column header (or table caption) names, if any."""
    low = " ".join(text.lower().split())
    for _, indicator, rx in _count_entries():
        if rx.search(low):
            return indicator
    return None


def unit_in(text: str) -> str | None:
    """The last unit word of a header («Кількість отримувачів (сімей/осіб)» → families_persons)."""
    from zvitparse.extract.lexicon import lexicon
    from zvitparse.nlp import tokens

    lex = lexicon()
    low = text.lower()
    hits: list[tuple[int, int, str]] = []  # (start, -priority, unit)
    for m in _WORD_START.finditer(low):
        found = lex.unit_by_regex(low[m.start():])
        if found and found[1] not in lex.prose_only_units:
            hits.append((m.start(), -10, found[0]))
    covered = [(s, s + 1) for s, _, _ in hits]
    prev_unit = None
    agent = lex.link_re.get("service_agent")
    after_agent = False  # «отримувачів (соціальних) послуг», «надавачів послуг»: the services qualify them
    after_preposition = False  # «дітей у сім'ях під супроводом»: a noun after a preposition qualifies
    for tok in tokens(text):
        unit = lex.unit_of(tok)
        if unit and not any(s <= tok.start < e for s, e in covered) and not (after_agent and unit == "services") \
                and not (after_preposition and hits):
            # «сімей ВПО»: an abbreviation right after a counted noun qualifies it
            if not (tok.text.isupper() and len(tok.text) > 1 and prev_unit is not None):
                hits.append((tok.start, 0, unit))
        if not tok.is_space:
            prev_unit = unit
            # (a prepositional phrase goes on through its noun group: «за видами соціальних послуг»)
            preposition = tok.pos == "PREP" or bool(lex.link_re["preposition_word"].match(tok.lower))
            after_preposition = preposition or (after_preposition and tok.pos in ("NOUN", "ADJF", "PRTF")
                                                and unit is None)
            if agent is not None and agent.match(tok.lower):
                after_agent = True
            elif tok.pos not in ("ADJF", "PRTF"):
                after_agent = False
    if not hits:
        return None
    # a composite unit (regex) names the column even when a plainer word follows it
    composite = [h for h in hits if h[1] < 0]
    return max(composite or hits)[2]


@functools.lru_cache(maxsize=1)
def _percent_words() -> regex.Pattern | None:
    e = next((e for e in patterns.load()["table_columns"] if e.id == "percent_words"), None)
    return regex.compile(e["regex"], regex.I) if e and e.get("regex") else None


def percent_column(header: str) -> str | None:
    """None for a bare «%» column (the percent of the count to its left); `share` or
    `satisfaction` for a «%» column naming a figure of its own («Задоволеність, %»)."""
    rest = header.replace("%", " ")
    rx = _percent_words()
    if rx is not None:
        rest = rx.sub(" ", rest.lower())
    if not regex.search(r"\p{L}{3,}", rest):
        return None

    if _fulfilment(header):
        return None  # «% виконання»: a plan's fulfilment, no share of anyone
    kind = grid.header_kind(header)
    if kind and kind[1] in PERCENT_INDICATORS:
        return kind[1]
    if count_indicator(rest) == "survey_respondents":
        return None  # «Так, %» beside «Так, осіб»: the share of that answer's count
    return "share"


def _fulfilment(header: str) -> bool:
    return "%" in header and bool(row_tables._cue("plan_column").match(header.strip()))


def money_column(header: str, caption: str) -> tuple[str, int] | None:
    """(indicator, multiplier) of a money column: a money header with a currency in it or the caption."""
    kind = grid.header_kind(header)
    if not kind or kind[1] not in MONEY:
        return None
    if not (budget._mentions_money(header) or budget._mentions_money(caption)):
        return None  # «План / Виконано» of counts
    mult = budget._multiplier(header)
    return kind[1], mult if mult != 1 else budget._multiplier(caption)


def _total_restates(g: grid.Grid, nhead: int, sentence: str) -> bool:
    """The table's total row holds every figure the sentence above it states."""
    stated = {n.value for n in find_numbers(sentence) if not n.is_percent and not n.is_money}
    for row in g.rows[nhead:]:
        cells = [c.text.strip() for c in row if c is not None]
        if cells and grid.is_total_label(cells[0]):
            held = {parse_number(x) for x in cells[1:]}
            return bool(stated) and stated <= held
    return False


def name_columns(g: grid.Grid, nhead: int, caption: str) -> list[Column]:
    """The columns of a table whose header takes its first `nhead` rows, named."""
    cols = []
    for col in range(g.width):
        # (a form's «А | Б | 1 | 2» row numbers the columns: no words of their headers)
        cells = [r[col] for r in g.rows[:nhead] if col < len(r) and r[col] is not None and not grid.is_numbering_row(r)]
        texts = [c.text for c in cells if c.text]
        header = _HYPHEN_BREAK.sub(r"\1", " ".join(dict.fromkeys(texts)))  # «Задоволе- ність, %»
        cols.append(Column(col, header, texts[-1] if texts else ""))
    for c in cols:  # «№ з/п» or 1, 2, 3 … down the column: row numbers, not counts
        body = [r[c.col].text.strip() for r in g.rows[nhead:] if c.col < len(r) and r[c.col] is not None]
        nums = [b for b in body if COUNT.match(b)]
        if row_tables._cue("row_number_header").search(c.header) or (nums and nums == [str(k) for k in range(1, len(nums) + 1)]
                                                 and len(nums) >= len(body) - 1):
            c.percent = False
            c.header = ""
            c.label = ""
            c.own = True  # claimed: neither a count nor a continuation
    cumulative = row_tables._cue("cumulative_column")
    period_cols = [c for c in cols if not c.own and c.header and not cumulative.search(c.header.lower())]
    for c in cols:  # «з початку року» beside «за звітний період»: the period's figure is the other
        if not c.own and c.header and cumulative.search(c.header.lower()) and period_cols:
            c.own, c.header, c.label = True, "", ""
    caption_ind = count_indicator(caption)
    restated = False
    if caption_ind is None and caption:
        # «Кількість сімей, взятих під соціальний супровід у 2022 році, …:» names the figure of
        # the table below; a caption stating a figure («отримує 281 особа, у тому числі:») is
        # prose whose parts the prose reader links, so it names none here
        last = regex.split(r"(?<=[.:;])\s+", " ".join(caption.split()))[-1]
        # (unless the table's total row restates its figure: «Допомогу отримали 1 347
        # домогосподарств (3 118 осіб):» over «… | Усього | 1 347 | 3 118» breaks that figure down)
        restated = _total_restates(g, nhead, last)
        if restated or not regex.search(r"\d", _YEAR.sub("", _DATE.sub("", last))):
            named = row_tables.row_indicator(last)
            caption_ind = named[0] if named else None
    if caption_ind is None and cols and cols[0].header and not cols[0].own:
        # «Тематика звернень | Кількість | Частка, %», «Категорія отримувачів | Кількість осіб»: the
        # corner names what the rows count
        caption_ind = count_indicator(cols[0].header) or _CORNER_COUNTS.get(unit_in(cols[0].header))
    # (a sentence whose figures the total row restates names each column's unit in its own words)
    caption_unit = unit_in(caption) if caption and not restated else None
    if caption_unit is None and cols and cols[0].header and not any(unit_in(c.header) for c in cols[1:] if c.header):
        # «Категорія дітей | На 01.01.2023 | Взято на облік …»: the corner names what every column counts
        caption_unit = unit_in(cols[0].header)
    # «Розподіл показників за районами (сімей/осіб):» states the unit of every count below
    stated = _STATED_UNIT.search(caption) if caption and not restated else None
    forced_unit = unit_in(stated.group(1)) if stated else None
    # «… взятих під супровід, зросла на 14,4 %. Дані в розрізі районів:»: the sentence before the
    # title is about one figure, not about the service of every column
    title = regex.split(r"(?<=[.!?])\s+", caption.strip())[-1] if caption.rstrip().endswith(":") else caption
    caption_service = context.service_in(title) if title else None
    # «Облік | взято | знято» under «Рух дітей, які перебувають на обліку служби»: moves on a register
    register = bool(row_tables._cue("register_context").search(
        " ".join([caption or "", *(c.header for c in cols)]).lower()))
    prev: Column | None = None
    for c in cols:
        if c.own:
            continue
        if register and _register_move(c, forced_unit or caption_unit):
            prev = c
            continue
        if c.header and row_tables._cue("year_comparison_header").match(c.header) \
                and not money_column(c.header, caption):
            continue  # «+/-», «2024 до 2023, %»: two years compared, no count and no share (a budget's «Відхилення» is its savings)
        if regex.fullmatch(r"\W*%.*|.*,\s*%\s*", c.header) or (
                regex.search(r"(?<!\d\s*)%", c.header) and not unit_in(c.header)):
            if row_tables._cue("row_base_percent").search(c.header.lower()):
                c.percent = c.row_base = True  # «Завершено … | % до тих, що перебували»
                continue
            own = percent_column(c.header)
            if own == "share" and prev is not None and prev.unit and unit_in(c.header) == prev.unit \
                    and (named := row_tables.row_indicator(c.header)) in (None, (prev.indicator, prev.unit)):
                # «Надано послуг | Частка у загальній кількості послуг, %»: that count's percent («Сімей
                # під супроводом | Частка сімей з подоланими СЖО, %» is a share of others: outcomes)
                own = None
            if own is None and prev is None and not any(x.money for x in cols[:c.col]) and not _fulfilment(c.header):
                own = "share"  # «% опитаних» with no count on its left to be the percent of
            if own:
                c.indicator, c.unit, c.own = own, "percent", True
            elif not row_tables.over_hundred([r[c.col] for r in g.rows[nhead:] if c.col < len(r)]):
                c.percent = True  # (a «%» over 100 beside years is their growth, no count's share)
            continue
        found = money_column(c.header, caption) if c.header else None
        if found:
            c.indicator, c.money, c.unit, c.own = found[0], found[1], "uah", True
            continue
        if c.header and any(row_tables._cue(cue).match(text.strip()) for cue in ("plan_column", "fraction_column")
                            for text in {c.header, c.label} if text):
            # «План послуг» beside «Надано послуг»: a target; «Частка ВПО» over «0.108»: a fraction
            c.own, c.indicator = True, None
            continue
        # the lowest header cell first: «задоволені» under «Кількість отримувачів» counts answers
        c.indicator = (count_indicator(c.label) if c.label != c.header else None) or count_indicator(c.header)
        c.unit = unit_in(c.header) if c.header else None
        c.unit_written = c.unit is not None
        if c.indicator is None and c.header:  # «Штатна чисельність, посад»: the prose's trigger words
            named = row_tables.row_indicator(" ".join(c.header.split()), default_unit=caption_unit)
            if named:
                c.indicator, c.unit = named
        if c.indicator is None and c.header and prev is not None and prev.indicator not in ("served", "support_ongoing") \
                and (part := row_tables._cue("subset_row").match(c.header)):
            # «Перебувало на обліку сімей у СЖО | З них під соціальним супроводом»: a part that
            # names its own figure, of the people to its left (a part of those served or under
            # support is a move of theirs, named by `_part_move` below)
            if named := row_tables.row_indicator(" ".join(c.header[part.end():].split()), default_unit=prev.unit):
                c.indicator, c.unit = named
        if c.indicator and c.unit is None and caption_unit:  # «Таблиця … (сімей)»: the caption's unit
            # (but «К-ть отрим.» under «Надання соц. послуг» counts people, not the caption's services)
            c.unit = caption_unit if c.indicator != "served" or caption_unit in PEOPLE else "persons"
        if c.label and caption_service in _SUPPORT_SERVICES and len(c.label.split()) <= 3 \
                and not unit_in(c.label) and c.indicator is None:
            # «взято | завершено | з них позитивно | продовжено» under «Соціальний супровід сімей …»:
            # the header's participle says what happened to the support
            if named := _completed(c.label, ("support_filler",), caption_unit or "families", _SUPPORT_FIGURES):
                c.indicator, c.unit = named[0], c.unit or caption_unit or named[1]
        elif c.label and c.indicator is None and prev is not None and prev.indicator in ("served", "support_ongoing") \
                and (part := row_tables._cue("subset_row").match(c.label)) \
                and _part_move(c, c.label[part.end():], prev):
            pass  # «Перебуває на супроводі | у т. ч. взято у 2025 р.»: those taken on, of those served
        elif c.label and caption_service is None and caption_unit in PEOPLE and len(c.label.split()) <= 3 \
                and not unit_in(c.label) and c.indicator is None and header_date(c.header) is None:
            # «Взято | Знято | На кін. періоду» under «Отримувачі соціальних послуг (осіб)»: the
            # register of people a service has on its books
            if named := _completed(c.label, ("service_filler",), caption_unit, _MOVES):
                c.indicator, c.unit = named[0], c.unit or caption_unit
        c.own = c.indicator is not None
        c.service = context.service_in(c.header) if c.header else None
        if c.indicator is None and c.unit == "services":
            # «Консультування, послуг» beside «Надійшло заяв»: services given, whatever the
            # column to the left or the caption counts
            c.indicator = "services_provided"
        if c.indicator is None and c.unit in _UNIT_COUNTS and prev is not None and prev.unit != c.unit and c.header \
                and not grid.is_total_label(c.header):
            c.indicator = _UNIT_COUNTS[c.unit]  # «Групові заходи» beside «Послуги денного догляду»: events, not services
        if c.indicator is None and prev is not None and (c.unit or grid.is_total_label(c.header) or not c.header):
            c.indicator = prev.indicator  # «з них дітей», «Усього за рік»: the column to the left goes on
            if not grid.is_total_label(c.header):  # «Разом» sums the services to its left
                c.service = c.service or prev.service
        if c.service is None and prev is not None and c.indicator == prev.indicator and c.unit == "children" \
                and prev.unit in ("families", "families_persons"):
            c.service = prev.service  # «Завершено супровід: сімей | дітей»: the children of those families
        if c.unit is None and prev is not None and c.indicator == prev.indicator:
            c.unit = prev.unit
            parts = {x.unit for x in cols[: cols.index(c)] if x.indicator == c.indicator and x.unit}
            if grid.is_total_label(c.header) and len(parts) > 1 and parts <= set(PEOPLE):
                # «Чоловіки | Жінки | Діти | Усього»: the total counts them all, not children
                c.unit = "families_persons" if "families" in parts else "persons"
        if c.indicator is None and prev is not None and c.header and not unit_in(c.header) \
                and caption_ind != prev.indicator and row_tables._cue("subset_row").match(c.header):
            # «Отримувачів, осіб | з них нових»: some of the people to its left, counted as they are,
            # not as the caption counts («… отримувачів і наданих послуг …»)
            c.indicator, c.unit, c.service = prev.indicator, prev.unit, c.service or prev.service
        if c.indicator is None and caption_ind and c.header:  # «Квітень», «Разом» under a caption
            c.indicator, c.unit = caption_ind, c.unit or caption_unit
        if c.indicator is None and c.unit in PEOPLE and caption_service and c.header:
            # «Кількість сімей | Кількість дітей» under «Соціальне супроводження сімей, які
            # виховують дітей-сиріт …»: the people the caption's service serves
            c.indicator = "served"
        if c.indicator == "staff_positions" and c.unit == "staff" and not c.own:
            c.indicator = "staff_actual"  # «Штатних посад | Працівників»: people, not posts
        if c.indicator == "staff_actual" and c.unit not in ("staff", "positions"):
            c.unit = "staff"
        if c.indicator == "services_provided" and c.unit in PEOPLE and not c.own:
            # «Догляд вдома, осіб» beside «Консультування, послуг» under «Отримувачі та кількість
            # послуг»: the people who got the service, not services
            c.indicator = "served"
        elif c.indicator == "services_provided" or c.unit == "services" and c.indicator == "served":
            c.indicator, c.unit = "services_provided", "services"
        if c.indicator == "survey_respondents" and c.unit not in PEOPLE:  # respondents are people
            c.unit = caption_unit if caption_unit in PEOPLE else SURVEY_UNIT
        if c.indicator and c.service is None and caption_service and not grid.is_total_label(c.header):
            c.service = caption_service  # «Таблиця 2. Рух сімей під соціальним супроводом …»
        if forced_unit in PEOPLE and c.indicator in _PEOPLE_COLUMNS and c.unit != "children" \
                and c.unit in (*PEOPLE, "applications", None):
            c.unit = forced_unit  # «Надійшло повідомлень» under «(сімей/осіб)»: the families notified
            c.unit_written = True
        elif c.indicator == "notified" and c.unit == "applications":
            # «Надійшло повідомлень» counts messages about families: SPEC's `notified` counts the
            # families, a unit the column does not write
            c.unit_written = False
        if c.indicator and c.unit and _has_figures(g, nhead, c.col):
            prev = c  # (a column of row names the caption named is nothing a «%» is the percent of)
    if _rows_are_services(g, nhead, cols):
        for c in cols:
            # «Вид послуги | Кількість занять | Кількість дітей»: per service, what was given and
            # to how many
            if c.indicator is None and c.unit and _has_figures(g, nhead, c.col):
                if c.unit in PEOPLE:
                    c.indicator = "served"
                elif c.unit in ("events", "services"):
                    c.indicator, c.unit = "services_provided", "services"
    _category_units(cols)
    _standing_at_end(g, nhead, cols)
    return cols


def _part_move(c: Column, words: str, whole: Column) -> bool:
    """Name a part column's bare move («взято у 2025 р.») by the words it leaves out, as a move
    of what the column to its left counts (support started for those under support or served)."""
    words = _YEAR.sub("", words).strip(" .,:")
    if not words or len(words.split()) > 4:
        return False
    named = _completed(words, ("support_filler", "service_filler"), whole.unit or "persons",
                       ("support_started", "support_completed", "deregistered"))
    if named is None:
        return False
    c.indicator, c.unit = named[0], c.unit or whole.unit
    c.service = c.service or whole.service
    return True


def _register_move(c: Column, unit: str | None) -> bool:
    """Name a bare participle's column («взято», «знято») as a move on the register, if it is one."""
    if not c.label or len(c.label.split()) > 2 or unit_in(c.label) or count_indicator(c.label):
        return False
    named = _completed(c.label, ("register_filler",), unit or "families", ("registered_new", "deregistered"))
    if named is None:
        return False
    c.indicator, c.unit, c.own = named[0], unit_in(c.header) or unit or named[1], True
    c.unit_written = unit_in(c.header) is not None
    return True


def _completed(words: str, relations: tuple[str, ...], unit: str, accept) -> tuple[str, str] | None:
    """(indicator, unit) of a header's bare participle («взято», «знято») completed by the words it
    leaves out (`links.yaml` fillers of `relations`, tried in turn), if one of them names a figure
    in `accept`."""
    for filler in (f for r in relations for f in _fillers(r)):
        named = row_tables.row_indicator(f"{words} {filler}", default_unit=unit)
        if named and named[0] in accept:
            return named
    return None


# a register's moves, and the figure standing on its books they change
_MOVES = {"registered_new": "registered", "deregistered": "registered",
          "support_started": "support_ongoing", "support_completed": "support_ongoing"}


def _standing_at_end(g: grid.Grid, nhead: int, cols: list[Column]) -> None:
    """«На 01.01.2023 | Взято на облік | Знято з обліку | На 31.12.2023»: of the columns headed by a
    date beside a register's moves, the latest is what stands on the register at the period's
    end (the earlier one is the start's, no figure of the period)."""
    moves = [c for c in cols if c.indicator in _MOVES and c.own]
    # (a date heads no figure of its own: a caption's indicator may have reached it)
    dated = [(d, c) for c in cols if not c.own and c.header
             and (d := header_date(c.header)) is not None and _has_figures(g, nhead, c.col)]
    if not moves or len(dated) < 2:
        return
    _, last = max(dated, key=lambda dc: dc[0])
    for _, c in dated:
        c.indicator = None
    last.indicator, last.unit = _MOVES[moves[0].indicator], last.unit or moves[0].unit


def header_date(header: str) -> date | None:
    from zvitparse.extract.meta import parse_date

    edge = patterns.entry_regex("links", "cue_period_edge_column").match(" ".join(header.lower().split()))
    if edge is not None:  # «На поч. періоду», «На кін. періоду»: the period's first and last day
        return date.min if edge["start"] else date.max
    m = _DATE.search(header)
    if m is None or len(header.strip()) > len(m.group()) + 14:  # «На 31.12.2023», «станом на 01.01.2024 р.»
        return None
    return parse_date(m.group())


def _category_units(cols: list[Column]) -> None:
    """«Отримувачі, сімей/осіб | з них ВПО»: a column of a category of the people to its left
    counts them as that column does (the IDP families and persons), not as the persons the
    category's word names."""
    for prev, c in zip(cols, cols[1:], strict=False):
        if c.indicator and c.indicator == prev.indicator and prev.unit in ("families", "families_persons") \
                and c.unit == "persons" and row_tables._cue("category_column").match(" ".join(c.header.split())):
            c.unit = prev.unit


def _rows_are_services(g: grid.Grid, nhead: int, cols: list[Column]) -> bool:
    """A table whose rows name services: its first text column says so («Вид послуги»), or most
    of its row labels are services."""
    label = next((c for c in cols if c.header and not _has_figures(g, nhead, c.col)), None)
    if label is None:
        return False
    if row_tables._cue("services_rows").search(label.header.lower()):
        return True
    names = [r[label.col].text for r in g.rows[nhead:] if label.col < len(r) and r[label.col] is not None
             and r[label.col].text.strip() and not grid.is_total_label(r[label.col].text)]
    return len(names) >= 3 and sum(1 for t in names if context.service_in(t)) * 3 >= len(names) * 2


def _has_figures(g: grid.Grid, nhead: int, col: int) -> bool:
    return any(col < len(r) and r[col] is not None and COUNT.match(r[col].text.strip()) for r in g.rows[nhead:])
