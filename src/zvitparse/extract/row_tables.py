"""Tables whose rows name the figure: «Показник | Значення», «Показник | Догляд вдома | Разом».

«Кількість сімей, які звернулися до центру | 367»: the row label holds the trigger words the
prose extractor knows (`patterns/indicators.yaml`, via the lexicon) and the unit word
(«сімей» → families), so the row is a count whatever the column is called. Which columns to
read: a single figure column; or columns that each name a service or a total (the service
comes from the column); or months / quarters and a total (`table_columns.yaml`
`period_column`); or, among year columns («2022 | 2023»), the one of the report's
period — earlier years are comparisons, not this report's figures. Any other set of columns
(unnamed pairs) gives nothing, unless its columns add up to a total column in most rows
(districts or providers and «Разом»); of «План | Факт | % виконання» the fact is read. A «%» column fills the `percent` of the count on
its left.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta
from decimal import Decimal

import regex

from zvitparse import patterns
from zvitparse.extract import context, grid
from zvitparse.extract.lexicon import fit_unit
from zvitparse.model import Document, Fact


def _cue(relation: str) -> regex.Pattern:
    """A table cue of `patterns/links.yaml` (the words live there)."""
    from zvitparse.extract.lexicon import lexicon

    return lexicon().link_re[relation]


# a row is read only if its label is short enough to be a row header, not a paragraph
MAX_LABEL = 250
# `not_figures` entries that make a whole row no count wherever they match in its label
RATIO_SPANS = ("average", "per_unit_ratio", "growth_rate", "change_rate")


# units that say by themselves what «Кількість …» of them counts (events only where the label
# names events themselves, `links.yaml` `events_counted_alone`: «Кількість занять» heads a
# column of a service's sessions)
_COUNTED_ALONE = {"staff": "staff_actual", "positions": "staff_positions", "events": "events", "complaints": "complaints",
                  "calls": "calls"}


# a label holding another figure before a comma: the row's own words follow it (not a year's)
_OWN_CLAUSE = regex.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d[\d \u00a0]*,\s*(\p{L}[^\d]*)$")


def row_indicator(label: str, default_unit: str | None = None) -> tuple[str, str] | None:
    """(indicator, unit) a row label names, or None (no trigger, no unit, or an ignored one).
    `default_unit` stands in when the label names none (a table caption's «(сімей)»)."""
    found = _row_indicator(label, default_unit)
    if found is None and label and _genitive_count(label):
        # a tile's caption or a row named by what it counts, in the genitive («отримувачів
        # послуг | 412», «групових заходів | 14»): as «Кількість …» would name it
        found = _row_indicator(f"{_count_word()} {label[0].lower()}{label[1:]}", default_unit)
    return found


@functools.lru_cache(maxsize=1)
def _count_word() -> str:
    """The noun that opens a count's label («Кількість»), from `links.yaml`'s `count_noun`."""
    return next(str(e["value"]) for e in patterns.load()["links"] if e.get("relation") == "count_noun" and e.get("value"))


def _genitive_count(label: str) -> bool:
    """The label opens on a counted noun (or its adjective) in the genitive plural, with no verb."""
    from zvitparse.nlp import tokens

    words = [t for t in tokens(label) if not (t.is_punct or t.is_space)]
    # (a caption's few words: a row label with an aside or a measure says more than what it counts)
    if not words or len(words) > 5 or any(ch in label for ch in "(,:") \
            or any(t.pos in ("VERB", "INFN") for t in words) or _cue("count_noun").search(label):
        return False
    head = next((t for t in words if t.pos == "NOUN"), None)
    return head is not None and head.case == "gent" and words[0].pos in ("NOUN", "ADJF", "PRTF")


def _row_indicator(label: str, default_unit: str | None = None) -> tuple[str, str] | None:
    from zvitparse.extract.lexicon import lexicon
    from zvitparse.extract.table_columns import unit_in
    from zvitparse.nlp import tokens

    if not label or len(label) > MAX_LABEL:
        return None
    if (own := _OWN_CLAUSE.search(label)) is not None:
        label = own.group(1)  # «Штатних одиниць 112, працює | 104»: the clause of the row's own figure
    lex = lexicon()
    toks = tokens(label)
    triggers = lex.find_triggers(label, 0, toks)
    if not triggers:
        # a row's label is the words before its figure: a trigger that wants the figure after a
        # dash («Сімей під соціальним супроводом – 45») reads the label so
        dashed = f"{label} – 1"
        triggers = [t for t in lex.find_triggers(dashed, 0, tokens(dashed)) if t.end <= len(label)]
    unit = unit_in(label)
    if unit is None and default_unit is not None:
        # a caption's unit («… фахівців – 6. Порівняння з попереднім кварталом») stands in only for
        # rows whose trigger counts it, or counts any people but the staff
        unit = default_unit if any(default_unit in (t.units or ()) for t in triggers) or default_unit != "staff" \
            or not triggers else None
    counted = _cue("count_noun").search(label)
    # the first noun after «Кількість» (past an adjective: «соціальних робітників») is what is counted
    noun = next((u for w in label[counted.end():].split(",")[0].split()[:3] if (u := unit_in(w))), None) \
        if counted else None
    if counted and unit == "persons":
        # «кількість дітей, які отримували послугу, осіб»: the noun counted, not the measure after
        # it; so are «кількість соціальних робітників, осіб» of the staff
        unit = noun if noun in ("children", "staff") else unit
    elif noun == "applications" and unit == "services":
        unit = noun  # «Кількість звернень (заяв) про надання соціальних послуг»: applications, not services
    elif noun in ("families", "children", "families_persons") and unit == "applications":
        unit = noun  # «Кількість сімей, щодо яких надійшли повідомлення»: the families, not the reports
    elif noun is not None and unit in ("staff", "events", "services") and noun != unit \
            or noun in ("complaints", "calls", "applications") and unit in ("persons", "recipients", "families"):
        # «Кількість консультацій психолога», «Кількість учасників групових заходів», «Кількість осіб,
        # які отримали послуги», «Кількість скарг отримувачів»: the noun counted, not the one it is of
        unit = noun
    fits = [t for t in triggers if unit and (t.units is None or unit in t.units)]
    if unit is None:  # «Кількість скарг», «Фактично працює»: a trigger allowing one or two units names the first
        # (and a trigger that counts posts first: «Штатна чисельність, од.» counts posts)
        fits = [t for t in triggers if t.units and (len(t.units) <= 2 or t.units[0] == "positions")]
        # (unless a longer phrase names another figure in units the label does not say: «Проведено
        # оцінювань індивідуальних потреб» is no count of events)
        longest = max(triggers, key=lambda t: t.end - t.start, default=None)
        if longest is not None and not longest.units and fits and all(
                t.end - t.start < longest.end - longest.start for t in fits):
            fits = []
        unit = max(fits, key=lambda t: (t.priority, -t.start)).units[0] if fits else None
        fits = [t for t in fits if unit in t.units]
    if not fits and unit == "persons" and any(t.units and "staff" in t.units for t in triggers):
        # «Пройшли підвищення кваліфікації, осіб»: people of the staff, counted as staff
        fits, unit = [t for t in triggers if t.units and "staff" in t.units], "staff"
    if not fits and triggers:
        # «Надійшло заяв про надання послуг, од.», «Працівники, які підвищили кваліфікацію,
        # осіб»: the unit column word is generic; a noun of the label fits the trigger
        named = [u for u in (lex.unit_of(t) for t in toks) if u]
        for t in sorted(triggers, key=lambda t: (-t.priority, t.start)):
            own = [u for u in named if t.units and u in t.units]
            if own:
                fits, unit = [t], own[0]
                break
    if not fits and unit is not None:
        if counted and not triggers and unit in _COUNTED_ALONE and (
                unit != "events" or _cue("events_counted_alone").search(label)):
            # «Кількість соціальних робітників, осіб», «Кількість групових заходів»
            return fit_unit(_COUNTED_ALONE[unit], unit)
        head = _cue("served_row").match(label)
        if head:  # «Отримувачі соціальних послуг, осіб – всього»
            return fit_unit("served", unit)
        tail = _MEASURE_TAIL.search(label)  # «Соціальне таксі, поїздок»: the row's own measure
        if unit == "services" and not triggers and (counted or (tail and unit_in(tail.group(1)) == "services"
                                                                and context.service_in(label))):
            # «Кількість поїздок, од.», «Соціальне таксі, поїздок»: services given
            return fit_unit("services_provided", unit)
    if not fits or unit is None:
        return None
    # a trigger made for the unit counted alone outranks one that takes others («Кількість скарг
    # отримувачів»: complaints, not the recipients served)
    if counted and noun == unit:
        fits = [t for t in fits if t.units == [unit] or t.units == (unit,)] or fits
    best = max(fits, key=lambda t: (t.priority, -t.start))
    if best.indicator == "staff_actual" and _cue("staff_not_headcount").search(label):
        # «Кількість працівників, які підвищили кваліфікацію, осіб»: the staff trained, not the headcount
        other = [t for t in triggers if t.indicator != "staff_actual" and t.units and "staff" in t.units]
        if other:
            best, unit = max(other, key=lambda t: (t.priority, -t.start)), "staff"
    if unit == "persons" and best.units and "staff" in best.units:
        unit = "staff"  # «Фактично працює, осіб»: people of the staff are counted as staff
    if best.indicator == "ignore":
        return None
    return fit_unit(best.indicator, unit)




def over_hundred(cells: list) -> bool:
    """A column of «%» holding a figure over 100: a growth rate, no share of anything."""
    from zvitparse.extract.numbers import parse_number

    values = [parse_number(c.text.strip().rstrip("%").strip()) for c in cells if c is not None and c.text.strip()]
    return any(v is not None and v > 100 for v in values)


def _is_period_part(header: str) -> bool:
    kind = grid.header_kind(header)
    return bool(kind and kind[0] == "period_column")


@functools.lru_cache(maxsize=1)
def _not_figures() -> tuple[tuple[str, regex.Pattern], ...]:
    return tuple((e.id, regex.compile(e["regex"], regex.I)) for e in patterns.load()["not_figures"] if e.get("regex"))


@functools.lru_cache(maxsize=4096)
def not_a_count(label: str, value: str) -> bool:
    """The row reads as prose that `not_figures.yaml` says is no figure: the value inside a
    span («Середня кількість відвідувань – 3») or a ratio in the label («… на одного
    соціального робітника»)."""
    text = f"{label} – {value}"
    pos = len(text) - len(value)
    return any(m.start() <= pos < m.end() or eid in RATIO_SPANS
               for eid, rx in _not_figures() for m in rx.finditer(text.lower()))


def period_year(meta: dict) -> str | None:
    end = str(meta.get("period_end") or "")
    return end[:4] if regex.match(r"\d{4}", end) else None


def _parts_of_total(g: grid.Grid, nhead: int, headers: dict[int, str]) -> bool:
    """Columns («Придніпровський | Соснівський | Разом») whose figures add up to the total
    column in most rows: parts of the whole, whatever they are called (districts, providers)."""
    from zvitparse.extract import count_tables as ct

    totals = [k for k, h in headers.items() if grid.is_total_label(h)]
    parts = [k for k in headers if k not in totals]
    if len(totals) != 1 or len(parts) < 2 or any(_is_period_part(headers[k]) for k in parts):
        return False
    fits = rows = 0
    for row in g.rows[nhead:]:
        vals = [row[k].text.strip() if k < len(row) and row[k] is not None else "" for k in [*parts, totals[0]]]
        if not all(ct._COUNT.match(v) for v in vals):
            continue
        nums = [ct._num(v) for v in vals]
        rows += 1
        fits += sum(nums[:-1]) == nums[-1]
    return rows >= 2 and fits * 2 > rows


def _running_total_column(headers: dict[int, str], meta: dict) -> int | None:
    """«I квартал | I півріччя | 9 місяців | рік»: columns of a running total from the year's
    start (each holds the ones before it); the one covering the report's months, or None."""
    months = {}
    for k, h in sorted(headers.items()):
        months[k] = next((int(n) for n, rx in patterns.link_values("running_months") if rx.search(" ".join(h.split()))),
                         None)
    values = list(months.values())
    if len(values) < 3 or None in values or values != sorted(set(values)):
        return None
    start, end = str(meta.get("period_start") or ""), str(meta.get("period_end") or "")
    if not (start[5:10] == "01-01" and regex.match(r"\d{4}-\d\d", end)):
        return None
    return next((k for k, n in months.items() if n == int(end[5:7])), None)


def _value_columns(headers: dict[int, str], meta: dict, g: grid.Grid | None = None,
                   nhead: int = 1) -> dict[int, str | None] | None:
    """{column: service or None} of the columns to read, or None when the set is not one
    this reader can name (see the module docstring)."""
    # a form's «з початку року» beside «за звітний період» sums earlier periods too, and a
    # «Довідково: I півр.» column is another period's, given for reference
    headers = {k: h for k, h in headers.items() if not _cue("cumulative_column").search(h.lower())
               and not _cue("reference_column").match(h)} or headers
    if (running := _running_total_column(headers, meta)) is not None:
        return {running: None}  # a running total's other columns hold parts of the same figure
    subset = _cue("subset")
    main = [k for k, h in headers.items() if not subset.match(h.strip().lower())]
    if len(main) == 1 and len(headers) > 1 and all(k > main[0] for k in headers if k not in main):
        return dict.fromkeys(headers)  # «II півр. (всього) | у т.ч. ВПО»: the figure and its part
    if len(headers) == 1:
        return dict.fromkeys(headers)
    if g is not None and _parts_of_total(g, nhead, headers):
        return dict.fromkeys(headers)
    if unit_columns(headers) or _category_columns(headers):
        # «Показник | Сімей | Дітей у них»: each row counted twice; «Показник | Діти-сироти … |
        # Діти у СЖО»: each row counted for each group of the same people
        return dict.fromkeys(headers)
    services = {k: context.service_in(h) for k, h in headers.items()}
    if all(services[k] or grid.is_total_label(h) for k, h in headers.items()):
        return services
    year = period_year(meta)
    if all(_is_period_part(h) or grid.is_total_label(h) or (year and (m := _cue("year_header").match(h))
                                                            and m.group(1) == year) for h in headers.values()) \
            and any(_is_period_part(h) for h in headers.values()):
        # «Квітень | Травень | Разом», «I кв. | … | IV кв. | 2024 рік» in a report on 2024: each
        # part of the period, and the whole
        return dict.fromkeys(headers)
    facts = [k for k, h in headers.items() if _cue("fact_column").match(h)]
    if len(facts) == 1 and all(k in facts or _cue("plan_column").match(h) or _cue("beside_fact_column").match(h)
                               for k, h in headers.items()):
        return {facts[0]: None}  # «План | Факт | Відхилення»: the fact is the report's figure
    rest = [k for k, h in headers.items() if not _cue("plan_column").match(h) and not _cue("beside_fact_column").match(h)]
    if len(rest) == 1 and len(headers) > 1:
        return {rest[0]: None}  # «План на 2025 рік | За III квартал | % виконання плану»: the one not a plan
    years = {k: m.group(1) for k, h in headers.items() if (m := _cue("year_header").match(h))}
    if years and year in years.values() and len(years) == len(headers):
        return {k: None for k, y in years.items() if y == year}
    # «I квартал 2026 | II квартал 2026» in a report on the second quarter: the report's column
    own = (meta.get("period_start"), meta.get("period_end"))
    if (standing := _standing_column(headers, own[1])) is not None:
        return {standing: None}
    periods = {k: header_period(h) for k, h in headers.items()}
    if own[0] and all(periods.values()) and list(periods.values()).count(own) == 1:
        # (and the parts of it beside: «I кв. 2024 | … | IV кв. 2024 | 2024 рік» in a report on 2024)
        return {k: None for k, p in periods.items() if own[0] <= p[0] and p[1] <= own[1]}
    if own[0] and all(periods.values()):
        # «2024 рік: I пів. | II пів. | 2025 рік: I пів. | II пів.» in a report on 2025: the report
        # year's halves, the year before given to compare
        inside = [k for k, p in periods.items() if own[0] <= p[0] and p[1] <= own[1]]
        if inside and len(inside) < len(periods) and all(p[1] < own[0] for k, p in periods.items() if k not in inside):
            return dict.fromkeys(inside)
    return None


def _standing_column(headers: dict[int, str], period_end: str | None) -> int | None:
    """«Показник | 01.01.2023 | 01.10.2023» in a report on nine months of 2023: of columns each
    headed by a date, the one of the period's end (or the day after it) holds what stands on
    the books then; the other dates are earlier states, given to compare."""
    from zvitparse.extract.table_columns import header_date

    if not period_end or len(headers) < 2:
        return None
    dates = {k: header_date(h) for k, h in headers.items()}
    if not all(dates.values()):
        return None
    end = date.fromisoformat(period_end)
    ends = [k for k, d in dates.items() if d in (end, end + timedelta(days=1))]
    return ends[0] if len(ends) == 1 else None


def header_period(header: str) -> tuple[str, str] | None:
    """The period a column header names («II квартал 2026»), as ISO dates, or None."""
    from zvitparse.extract.meta import _month_end, _number, find_periods

    found = find_periods(header)
    if len(found) == 1:
        return found[0][1][0].isoformat(), found[0][1][1].isoformat()
    year = _cue("year_header").match(header)  # «2024 рік» heading a column: the whole year
    part = _cue("column_sub_period").search(header) if not found else None
    if part is not None and (over := _cue("year_header").match(header[:part.start()])) is not None:
        # «2025 рік I пів.»: the half or quarter of that year a merged header names
        n, months = _number(part["ord"], "ordinal"), 6 if part["half"] else 3
        if not n or n * months > 12:
            return None
        y, last = int(over.group(1)), n * months
        return date(y, last - months + 1, 1).isoformat(), _month_end(y, last).isoformat()
    return (f"{year.group(1)}-01-01", f"{year.group(1)}-12-31") if year and not found else None


def _category_columns(headers: dict[int, str]) -> bool:
    """Two or more columns each naming a group of the same people («Діти-сироти та діти,
    позбавлені батьківського піклування | Діти у СЖО»), none a total, a period or a year."""
    from zvitparse.extract.table_columns import PEOPLE, unit_in

    units = {unit_in(h) for h in headers.values()}
    return len(headers) >= 2 and len(units) == 1 and units <= set(PEOPLE) and not any(
        grid.is_total_label(h) or _is_period_part(h) or _cue("year_header").match(h) or _cue("plan_column").match(h)
        or _cue("fact_column").match(h) for h in headers.values())


def unit_columns(headers: dict[int, str]) -> dict[int, str]:
    """{column: unit} when every value column names people of its own kind («Сімей | Дітей у
    них»), else {}: the rows say what is counted, the columns whom."""
    from zvitparse.extract.table_columns import PEOPLE, unit_in

    units = {k: unit_in(h) for k, h in headers.items()}
    if len(units) < 2 or len(set(units.values())) < len(units) or not all(u in PEOPLE for u in units.values()):
        return {}
    return units


def _in_money_section(g: grid.Grid, nhead: int, texts: list[str], columns) -> list[bool]:
    """Per body row: whether it stands under a section row (words, no figures) that names money."""
    from zvitparse.extract import budget

    out, money = [], False
    for row, text in zip(g.rows[nhead:], texts, strict=True):
        if text and not any(k < len(row) and row[k] is not None and not row[k].spanned and row[k].text.strip()
                            for k in columns):
            money = budget._mentions_money(text)
        out.append(money)
    return out


def _other_kind_row(label: str) -> bool:
    from zvitparse.extract import budget

    return budget._mentions_money(label) or "%" in label or bool(_cue("item_row_label").match(label)) or any(
        rx.search(label.lower()) for eid, rx in _not_figures() if eid in RATIO_SPANS)


_SUPPORT_STAGES = ("support_started", "support_completed", "support_ongoing")
_REGISTER_STAGES = ("registered", "registered_new", "deregistered")
# a row of these after one of the key's counts in that row's unit though its words name none
_STAGES_OF = {"served": _SUPPORT_STAGES, **dict.fromkeys(_SUPPORT_STAGES, _SUPPORT_STAGES),
              **dict.fromkeys(_REGISTER_STAGES, _REGISTER_STAGES)}


def _part_unit(label: str, whole_unit: str) -> str:
    """The people a part row counts: the children it opens on («у т.ч. дітей у цих сім'ях,
    осіб», whatever the unit column says), else the people its words name, else the whole's."""
    from zvitparse.extract.table_columns import unit_in

    if whole_unit not in _PEOPLE:
        return whole_unit
    first = next((u for w in label.replace(",", " ").split() if (u := unit_in(w))), None)
    if first == "children":
        return first
    named = unit_in(label)
    return named if named in _PEOPLE else whole_unit


def _with_parts(named: list[tuple[str, str] | None], labels: list[str],
                numbers: list[str] | None = None) -> list[tuple[str, str] | None]:
    """Rows under a named one that only say which part of it they are («у т.ч. відділення
    соціальної допомоги вдома», the next service row, «з загальної кількості – особи з
    інвалідністю») count what that row counts. A row numbered as a row of its own («10» after
    «9.1»), not as a part, ends the parts."""
    from zvitparse.extract.table_columns import unit_in

    subset = _cue("subset_row")
    out: list[tuple[str, str] | None] = []
    whole, in_parts = None, False
    # (only a table that numbers parts as such, «9.1», says so: a form's codes «05», «06» do not)
    numbers = numbers if numbers and any(_SUB_NUMBER.fullmatch(x) for x in numbers) else [""] * len(named)
    for n, label, number in zip(named, labels, numbers, strict=True):
        if in_parts and n is None and _TOP_NUMBER.fullmatch(number):
            whole, in_parts = None, False
        if n is not None:
            whole, in_parts = n, False
        elif whole is not None and label and subset.match(label):
            in_parts = True
            n = (whole[0], _part_unit(label, whole[1]))
            own = row_indicator(label, whole[1])
            if own is not None and own[0].startswith("outcome") and whole[0] == "support_completed":
                n = own  # «з них з позитивним результатом | 27» under «Завершено соціальний супровід»
            elif own is not None and own[0] in _SUPPORT_STAGES and whole[0] in ("served", *_SUPPORT_STAGES):
                n = own  # «з них взято під супровід протягом року | 21» under «Сімей під супроводом»
        elif in_parts and label and (context.service_in(label) or unit_in(label) in _PEOPLE):
            n = (whole[0], _part_unit(label, whole[1]))
        elif in_parts and label and row_indicator(label, whole[1]) == whole:
            n = whole  # «обслуговано безоплатно» under the recipients: another split of the same whole
        elif whole is not None and label and (stages := _STAGES_OF.get(whole[0])) and (
                own := row_indicator(label, whole[1])) is not None and own[0] in stages:
            # «Завершено супровід | 33» after the families under support: a stage of the same
            # support, counted in the same unit though its words name none
            whole, in_parts, n = own, False, own
        else:
            whole, in_parts = None, False
        out.append(n)
    return out


_PEOPLE = {"families", "persons", "children", "families_persons", "recipients"}
_SUB_NUMBER = regex.compile(r"\d{1,3}(?:\.\d{1,3})+\.?")
_TOP_NUMBER = regex.compile(r"\d{1,3}\.?")  # «10», «10.»: a row of its own, not a part («9.1»)
_SUPPORT_INDICATORS = {"served", "support_started", "support_completed", "support_ongoing", "outcome_positive",
                       "outcome_minimized", "outcome_negative", "outcome_other"}


def _one_value(row: tuple, columns: dict[int, str | None]) -> tuple[Decimal | None, int, int]:
    """The number in the one column read of a row, and the row's span."""
    from zvitparse.extract.numbers import parse_number

    col = next(iter(columns))
    v = row[col] if col < len(row) else None
    num = parse_number(v.text.strip()) if v is not None and not v.spanned else None
    cells = [c for c in row if c is not None and not c.spanned]
    return num, cells[0].start, cells[-1].end


def _money_row(doc: Document, g: grid.Grid, row: tuple, label: str, columns: dict[int, str | None],
               fact_id: str, caption: str = "", whole: Fact | None = None,
               headers: dict[int, str] | None = None) -> list[Fact]:
    """«Касові видатки загального фонду, тис. грн | … | 20 744,9»: a row whose label names a sum
    of money and its currency (or whose caption does: «Фінансові показники, тис. грн»), read in
    the columns of the counts (each labelled by its header when there are several: «I кв. 2024 |
    … | 2024 рік»). «з них оплата праці … (КЕКВ 2100)» under it (`whole`) is a part of the same sum."""
    from zvitparse.extract import budget, money
    from zvitparse.extract.numbers import as_value, parse_number

    if len(columns) != 1 and not headers:
        return []
    if not budget._mentions_money(label):
        if not caption or not budget._mentions_money(caption):
            return []
        label_mult = budget._multiplier(caption)
    else:
        label_mult = budget._multiplier(label)
    hit = money._last_money_word(label, main=True)
    part_of = whole if whole is not None and _cue("subset_row").match(label) and len(columns) == 1 else None
    if part_of is not None and hit is None:
        hit = (0, f"part_of:{whole.extractor.rsplit(':', 1)[-1]}", whole.indicator, 0)
    elif part_of is not None and hit[2] != whole.indicator:
        part_of = None
    if hit is None:
        return []
    cells = [c for c in row if c is not None and not c.spanned]
    start, end = cells[0].start, cells[-1].end
    out = []
    for k, col in enumerate(columns):
        v = row[col] if col < len(row) else None
        num = parse_number(v.text.strip()) if v is not None and not v.spanned else None
        if num is None:
            continue
        out.append(Fact(fact_id=fact_id if len(columns) == 1 else f"{fact_id}.{k}", indicator=hit[2],
                        value=as_value(num * (label_mult or 1)), unit="uah",
                        start=start, end=end, quote=doc.text[start:end], extractor=f"row_table:{hit[1]}",
                        confidence=0.65, label=label if len(columns) == 1 else f"{label}, {headers[col]}",
                        service=context.service_in(label) or context.service_of_section(doc.text, g.start),
                        kekv=money.kekv_named(label), parent_id=part_of.fact_id if part_of else None,
                        page=doc.page_at(start)))
    return out


_MEASURE_TAIL = regex.compile(r",\s*([\p{L}.]+)\s*$")
_PERCENT_TAIL = regex.compile(r",\s*%\s*$")
_COUNT_AND_PERCENT = regex.compile(r"(\d[\d \u00a0]*)\s*\(\s*(\d+(?:[,.]\d+)?)\s*%\s*\)")
# «19 (з них соціальних робітників – 17)», «58 (у т. ч. 21 – ВПО; 9 – багатодітні)»: a count
# whose cell names its parts in brackets
_COUNT_AND_PARTS = regex.compile(r"(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)\s*\(([^()]+)\)\s*\.?")
_PART_NUMBER = regex.compile(r"(?<![\d,./])\d+(?![\d,./]|\s*%)")
_PART_TRIM = " \t-–—:"
CELL_PART = "row_table_cell_part"  # the extractor of a part a count's cell names in brackets


def _parts_bracket(text: str) -> tuple[regex.Match, regex.Match] | None:
    """(the cell's match, the subset cue opening its bracket) for «19 (з них соціальних робітників –
    17)»; None for any other cell."""
    m = _COUNT_AND_PARTS.fullmatch(text.strip())
    cue = _cue("subset_row").match(m.group(2)) if m is not None else None
    return (m, cue) if cue is not None else None


def count_with_parts(text: str) -> bool:
    """A cell of a count and, in brackets, the parts it holds («19 (з них соціальних робітників – 17)»)."""
    return _parts_bracket(text) is not None


def _cell_parts(doc: Document, cell: grid.GCell) -> tuple[str, list[tuple[int, str, int, int]]] | None:
    """The count a cell states before its bracket, and (value, label, start, end) of each part
    the bracket names after «з них», «у т. ч.»; None for any other cell. Every part must be
    one whole number and its words, or nothing is read (no part is guessed)."""
    found = _parts_bracket(cell.text)
    if found is None:
        return None
    m, cue = found
    inner = m.group(2)
    rest = inner[cue.end():]
    segments = rest.split(";")
    if len(segments) == 1:
        segments = rest.split(",")
    at = doc.text.find(inner, cell.start, cell.end + 1)
    if at < 0:
        return None
    parts = []
    offset = at + cue.end()
    for seg in segments:
        nums = list(_PART_NUMBER.finditer(seg))
        label = _PART_NUMBER.sub(" ", seg)
        label = " ".join(label.split()).strip(_PART_TRIM)
        if len(nums) != 1 or not regex.search(r"\p{L}{2}", label):
            return None
        lead = len(seg) - len(seg.lstrip())
        parts.append((int(nums[0].group()), label, offset + lead, offset + len(seg.rstrip())))
        offset += len(seg) + 1
    return m.group(1), parts


def _service_row(label: str) -> tuple[str, str] | None:
    """«Консультування, осіб»: a row naming a service and the people it counts is the people who
    got that service."""
    from zvitparse.extract.table_columns import unit_in

    tail = _MEASURE_TAIL.search(label)
    unit = unit_in(tail.group(1)) if tail else None
    if unit in _PEOPLE and context.service_in(label[:tail.start()]):
        return fit_unit("served", unit)
    return None


def _item_row(row: tuple, unit_col: int) -> bool:
    """A row whose «Од. виміру» cell names things («шт.», «од.», «км»), not people or services."""
    cell = row[unit_col] if unit_col < len(row) else None
    return cell is not None and bool(_cue("item_unit").match(cell.text.strip()))


def _with_unit_column(named: tuple[str, str] | None, cell, row: tuple, unit_col: int) -> tuple[str, str] | None:
    """A row's reading with the unit its «Од. виміру» cell states: «Надійшло повідомлень про
    сім'ї/осіб у СЖО | сімей» counts families; «Кризове та екстрене втручання | осіб» names a
    service and no verb, so it counts the people who got it."""
    from zvitparse.extract.table_columns import unit_in

    if _item_row(row, unit_col):
        return None  # «Видано продуктових наборів | шт.»: things handed out, no one counted
    stated = row[unit_col].text.strip() if unit_col < len(row) and row[unit_col] is not None else ""
    unit = unit_in(stated) if stated else None
    if named is None:
        if unit in _PEOPLE and cell is not None and context.service_in(cell.text):
            return fit_unit("served", unit)
        return None
    if unit in _PEOPLE and named[1] in _PEOPLE and named[1] != unit and named[1] != "children":
        return named[0], unit
    return named


def _percent_row(doc: Document, g: grid.Grid, row: tuple, label: str, columns: dict[int, str | None],
                 unit_col: int | None, fact_id: str) -> list[Fact]:
    """«4.1 | частка отримувачів, задоволених якістю послуг | % | … | 93,4»: a row whose unit
    column says «%» gives a share (or satisfaction) of its own in the one column read; a change
    rate («динаміка … порівняно з попереднім роком») gives none."""
    from zvitparse.extract.numbers import as_value
    from zvitparse.extract.table_columns import percent_column

    says_percent = (unit_col is not None and unit_col < len(row) and row[unit_col] is not None
                    and row[unit_col].text.strip() == "%") or bool(_PERCENT_TAIL.search(label))
    if len(columns) != 1 or not says_percent or _cue("growth_row").search(label):
        return []
    num, start, end = _one_value(row, columns)
    if num is None or not 0 <= num <= 100:
        return []
    name = label.rsplit(",", 1)[0].strip()
    return [Fact(fact_id=fact_id, indicator=percent_column(label) or "share", value=as_value(num), unit="percent",
                 start=start, end=end, quote=doc.text[start:end], extractor="row_table:percent_row", confidence=0.65,
                 label=name, page=doc.page_at(start))]


# a value of words (a form's «Найменування надавача | Комунальна установа …»): no figure to count
_WORDED = regex.compile(r"\p{L}{4}")
_OUTLINE_NUMBER = regex.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")


def item_numbers(nums: list[str]) -> bool:
    """«1.1 | 1.2 | … | 1.10 | 2.1»: a form's item numbers, rising, some of them dotted, not
    figures (a plain «1 | 2 | 3» column is told by its header or its run from 1)."""
    keys = []
    for n in nums:
        m = _OUTLINE_NUMBER.fullmatch(n)
        if m is None:
            return False
        keys.append(tuple(int(x) for x in regex.findall(r"\d+", n)))
    return len(keys) > 1 and any(len(k) > 1 for k in keys) and all(a < b for a, b in zip(keys, keys[1:], strict=False))


def facts_of(doc: Document, g: grid.Grid, nhead: int, meta: dict, n0: int, prefix: str,
             default_unit: str | None = None, caption: str = "") -> list[Fact]:
    """Count facts of a table whose rows name their figures; [] when its rows do not.
    `default_unit` (the caption's «… РУХ ОТРИМУВАЧІВ») stands in for rows that name none."""
    from zvitparse.extract import budget
    from zvitparse.extract import count_tables as ct
    from zvitparse.extract.numbers import parse_number

    money_cap = bool(caption) and budget._mentions_money(caption)  # «Фінансові показники, тис. грн»
    body_rows = g.rows[nhead:]
    # (or most rows say so: «Касові видатки (загальний фонд), тис. грн | 21 188,9»)
    money_cap = money_cap or 2 * sum(budget._mentions_money(" ".join(c.text for c in r if c is not None))
                                     for r in body_rows) > len(body_rows)
    headers: dict[int, str] = {}
    percent_cols: set[int] = set()
    label_col = unit_col = num_col = None
    for col in range(g.width):
        # (a form's «1 | 2 | 3 …» row numbers the columns: no header words)
        texts = [r[col].text for r in g.rows[:nhead] if col < len(r) and r[col] is not None and r[col].text
                 and not grid.is_numbering_row(r)]
        header = " ".join(dict.fromkeys(texts))
        body = [r[col] for r in g.rows[nhead:] if col < len(r) and r[col] is not None]
        if "%" in header and any(ct._DECIMAL.match(c.text.strip()) for c in body):
            # «2024 до 2023, %» is a growth rate, «% виконання» a plan's fulfilment, and so is a
            # bare «%» column with figures over 100 (beside «2022 | 2023 | 2024 | +/-»)
            if not _cue("year_comparison_header").match(header) and not _cue("plan_column").match(header) \
                    and not over_hundred(body):
                percent_cols.add(col)
        elif _cue("year_comparison_header").match(header):
            continue  # «+/-»: the difference of two years' figures, no count
        elif any(ct._COUNT.match(c.text.strip()) or (money_cap and (ct._DECIMAL.match(c.text.strip()) or budget._is_amount(c.text)))
                 for c in body):  # («6 418 300,00» in a table of sums)
            nums = [c.text.strip().rstrip(".)") for c in body if c.text.strip()]
            if _cue("row_number_header").search(header) or len(nums) > 1 and (
                    nums == [str(k) for k in range(1, len(nums) + 1)] or item_numbers(nums)):
                num_col = col if num_col is None else num_col
                continue  # row numbers
            headers[col] = header
        elif _cue("unit_column").match(header):
            unit_col = col
        elif label_col is None and not _cue("row_number_header").search(header) and any(
                regex.search(r"\p{L}", c.text) for c in body):
            # (a «№ з/п» column holds a section row's words, «1. Звернення …», not the labels)
            label_col = col
    if label_col is None or not headers:
        return []
    columns = _value_columns(headers, meta, g, nhead)
    if not columns:
        return []
    labels = [row[label_col] if label_col < len(row) else None for row in g.rows[nhead:]]
    # «Кількість дзвінків | дзвінків»: the row's label, with its unit from «Од. виміру»
    texts = [" ".join(c.text.split()) if c is not None else "" for c in labels]
    if unit_col is not None:
        texts = [f"{t}, {row[unit_col].text.strip()}" if t and unit_col < len(row) and row[unit_col] is not None
                 and row[unit_col].text.strip() else t for t, row in zip(texts, g.rows[nhead:], strict=True)]
    own_rows = [row_indicator(t, default_unit) if t else None for t in texts]
    if unit_col is not None:
        own_rows = [_with_unit_column(n, c, row, unit_col) for n, c, row in zip(own_rows, labels, g.rows[nhead:],
                                                                              strict=True)]
    numbers = [row[num_col].text.strip() if num_col is not None and num_col < len(row) and row[num_col] is not None
               else "" for row in g.rows[nhead:]]
    own_rows = [n or _service_row(t) for n, t in zip(own_rows, texts, strict=True)]
    named_rows = _with_parts(own_rows, texts, numbers)
    # a row of things («Видано продуктових наборів», «… | шт.») is no part of the row above either
    named_rows = [None if (unit_col is not None and _item_row(row, unit_col)) or _cue("item_row_label").match(t) else n
                  for n, row, t in zip(named_rows, g.rows[nhead:], texts, strict=True)]
    # rows of money, ratios and percents («обсяг видатків, тис. грн», «середні витрати на одного
    # отримувача, грн», «рівень виконання, %») are read (or left) by other rules: they neither
    # make a table one of indicators nor keep it from being one
    # (a row of words alone, «3. Соціальний супровід сімей у СЖО», heads a section: nothing to count)
    # (rows under a section row of money, «6. Фінансування (тис. грн)», are sums of money too)
    countable = [c for c, t, row, money_sec in zip(labels, texts, g.rows[nhead:], _in_money_section(g, nhead, texts, columns),
                                                  strict=True)
                 if c is not None and c.text.strip() and not money_sec
                 and not _other_kind_row(t) and any(k < len(row) and row[k] is not None and not row[k].spanned
                                                    and row[k].text.strip() and not _WORDED.search(row[k].text)
                                                    for k in columns)]
    if sum(1 for n in named_rows if n) * 2 <= len(countable) and not money_cap and not g.loose:
        # most rows name a service or a place: a service name holding trigger words
        # («… сімей, які перебувають у СЖО») does not make the table one of indicators
        return []
    out: list[Fact] = []
    by_unit = unit_columns({k: headers[k] for k in columns})
    completed: dict[int, Fact] = {}  # per column, the last row of support completed (its outcomes follow)
    # a header naming one service («ДОГЛЯД ВДОМА: РУХ ОТРИМУВАЧІВ») is the table's
    head_service = context.service_in(" ".join(c.text for r in g.rows[:nhead] for c in r if c is not None))
    subset = _cue("subset_row")
    whole_service = None  # the service of the last row that is no part of the one above
    wholes: dict[int, Fact] = {}  # per column, the last row that is no part of the one above
    support_service = None  # the service of the last row about support (its outcomes are of it)
    section, section_service = caption, None  # a row of words alone heads the rows under it
    money_whole: Fact | None = None
    for row, cell, named, text, by_itself in zip(g.rows[nhead:], labels, named_rows, texts, own_rows, strict=True):
        if cell is not None and named is None and not any(
                c < len(row) and row[c] is not None and not row[c].spanned and row[c].text.strip() for c in columns):
            # «6. Фінансування (тис. грн)», «3. Соціальний супровід сімей у СЖО»: a section of the table
            section = text if budget._mentions_money(text) else caption
            section_service = context.service_in(text)
            continue
        if named is not None and cell is not None and unit_col is not None and unit_col < len(row) \
                and row[unit_col] is not None and row[unit_col].text.strip() == "%":
            # «4.1 | Питома вага осіб, яким надано соціальні послуги, … | % | 95,0 | 97,4»: the share,
            # whatever figure the words name
            out += _percent_row(doc, g, row, text, columns, unit_col, f"{prefix}:{n0 + len(out) + 1}")
            continue
        if named is None:
            if cell is not None:
                found = _money_row(doc, g, row, text, columns, f"{prefix}:{n0 + len(out) + 1}", section, money_whole,
                                   headers)
                if found and not found[0].parent_id:
                    money_whole = found[0]  # a sum whose «з них …» rows follow
                out += found
                out += _percent_row(doc, g, row, text, columns, unit_col, f"{prefix}:{n0 + len(out) + 1}")
            continue
        if any(not_a_count(" ".join(cell.text.split()), row[c].text.strip()) for c in columns
               if c < len(row) and row[c] is not None):
            continue
        cells = [c for c in row if c is not None and not c.spanned]
        start, end = cells[0].start, cells[-1].end
        row_label = " ".join(cell.text.split())
        part = bool(subset.match(row_label)) or by_itself is None
        own = context.service_in(cell.text)
        if own is None and named[0] in _SUPPORT_INDICATORS and named[1] in ("families", "families_persons") \
                and _cue("sjo_words").search(row_label):
            own = "social_support_sjo"  # «Кількість сімей, у яких подолано СЖО»
        if own is None and part:
            own = whole_service  # «у т.ч. сімей ВПО» of the row above
        elif own is None and named[0].startswith("outcome") and support_service:
            own = support_service  # «4.2 з негативним результатом» under «4 Завершено соціальний супровід»
        elif not part:
            whole_service = own
        if own is None and named[0] in _SUPPORT_INDICATORS:
            own = section_service  # rows under «3. Соціальний супровід сімей у СЖО»
        if named[0] in _SUPPORT_INDICATORS and own:
            support_service = own
        for col, service in columns.items():
            v = row[col] if col < len(row) else None
            beside = _COUNT_AND_PERCENT.fullmatch(v.text.strip()) if v is not None else None  # «268 (23,1 %)»
            with_parts = _cell_parts(doc, v) if v is not None and not beside else None
            if v is None or v.spanned or not (ct._COUNT.match(v.text.strip()) or beside or with_parts or (
                    named[0] == "staff_positions" and ct._DECIMAL.match(v.text.strip()) and "%" not in v.text)):
                continue  # (posts may be halves: «Штатна чисельність, посад | 48,5»)
            nxt = min((k for k in headers if k > col), default=g.width)
            pct_col = next((p for p in sorted(percent_cols) if col < p < nxt), None)
            pct = ct._num(row[pct_col].text) if pct_col is not None and pct_col < len(row) and row[pct_col] else None
            if beside:
                pct = parse_number(beside.group(2))
            whole = wholes.get(col) if part else None
            if whole is not None and whole.indicator != named[0]:
                whole = None
            unit = by_unit.get(col, named[1])
            if named[0].startswith("outcome") and col in completed:
                whole = completed[col]  # «з них: подолано СЖО» under «Завершено соціальний супровід»
            elif whole is None and by_unit and unit == "children":
                # «Завершено соціальний супровід | 49 | 95»: the children of the row's families
                whole = next((f for f in reversed(out) if f.start == start and f.unit != "children"), None)
            # the parts of one split share a group: the services («у т.ч. догляд вдома, денний
            # догляд …») apart from another split of the same whole («обслуговано безоплатно / платно»)
            split = "services" if context.service_in(cell.text) else "other"
            group = f"{prefix}:parts_of:{whole.fact_id}:{split}" if whole is not None and whole.unit == unit else None
            if whole is not None and named[0].startswith("outcome") and whole.indicator == "support_completed":
                group = f"{prefix}:outcomes_of:{whole.fact_id}"
            out.append(Fact(
                fact_id=f"{prefix}:{n0 + len(out) + 1}", indicator=named[0],
                value=ct._num(beside.group(1) if beside else with_parts[0] if with_parts else v.text), unit=unit,
                start=start, end=end, quote=doc.text[start:end], extractor="row_table", confidence=0.7,
                service=service or own or head_service or context.service_of_section(doc.text, g.start),
                # the row names the figure, the column its part («Взято на обслуговування, Жовтень»):
                # two rows of one table are two figures, not one stated twice
                label=row_label if service is None and len(columns) == 1 else f"{row_label}, {headers[col]}",
                percent=float(pct) if pct is not None else None, page=doc.page_at(start),
                parent_id=whole.fact_id if whole is not None else None, group_id=group))
            main = out[-1]
            for value, part_label, p_start, p_end in with_parts[1] if with_parts else ():
                out.append(Fact(
                    fact_id=f"{prefix}:{n0 + len(out) + 1}", indicator=named[0], value=value,
                    unit=_part_unit(part_label, unit), start=p_start, end=p_end,
                    quote=doc.text[p_start:p_end], extractor=CELL_PART, confidence=0.6,
                    service=main.service, label=part_label, page=doc.page_at(p_start), parent_id=main.fact_id))
            if not part:
                wholes[col] = main
            if named[0] == "support_completed":
                completed[col] = main
    return out
