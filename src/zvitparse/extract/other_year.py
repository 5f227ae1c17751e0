"""Figures a sentence gives for another year than the report's.

«Для порівняння: у 2023 році Центром було надано 21 904 послуги» in a report on 2024 tells the
year before, not the report's figure. The frame is the last «у / за / протягом YYYY році» before
the figure in its sentence (`links.yaml` `other_year_frame`); a year before the report period's
first year (or «у вересні» before its first month) makes the figure another period's. Later years are left alone: «станом на 01.01.2025»
closes a 2024 report, and plans for later years have their own rules.
"""

from __future__ import annotations

from datetime import date, timedelta

import regex

from zvitparse.extract.lexicon import lexicon
from zvitparse.extract.numbers import NUMBER_RE
from zvitparse.model import Document, Fact

_BRACKET = regex.compile(r"\([^()]*\)")


_SENTENCE_END = regex.compile(r"[.!?;:](?=\s)|\n")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` begins (a line's start at the latest)."""
    lo = max(0, pos - 400)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    return ends[-1] if ends else lo


def first_year(meta: dict) -> int | None:
    start = str(meta.get("period_start") or "")[:4]
    return int(start) if start.isdigit() else None


def of_other_year(doc: Document, fact: Fact, meta: dict) -> bool:
    """The fact's sentence frames it in a year (or month) before the report period, or a sum
    in a year after it."""
    then = lexicon().link_re.get("then_bracket")
    if then is not None and then.search(doc.text, max(0, fact.start - 40), fact.start):
        return True  # «… зросла на 17 % (тоді звернулося 894 особи)»: the time compared with
    year = first_year(meta)
    rx = lexicon().link_re.get("other_year_frame")
    if year is None or rx is None or not fact.quote:
        return False
    compared = lexicon().link_re.get("compared_year_bracket")
    if compared is not None and (m := compared.search(doc.text[max(0, fact.start - 60):fact.start])):
        years = regex.findall(r"(?:19|20)\d\d", m.group())
        if years and int(years[-1]) < year:
            return True  # «ніж у 2023 році (1 412 осіб)»
    if _other_part_of_year(doc, fact, meta, year):
        return True  # «341 особа (у II кварталі – 336 осіб)» in a report on the III quarter
    ytd = lexicon().link_re.get("year_to_date_bracket")
    if ytd is not None and (m := ytd.search(doc.text, max(0, fact.start - 40), fact.start)):
        since = regex.findall(r"(?:19|20)\d\d", m.group())
        if first_month(meta) > 1 or (since and int(since[0]) < year):
            # «517 жителям (з початку року – 1 204)» in a report on the III quarter; «112 дітям
            # (з початку 2022 року – 341 дитині)» in one on 2023: the months before are summed too
            return True
    if first_month(meta) > 1 and fact.unit != "percent" and _year_to_date_clause(doc.text, fact):
        return True  # «обслуговано 312 осіб, а з початку року – 389 осіб» in a report on the III quarter
    at = doc.text.find(fact.quote, max(0, fact.end - len(fact.quote)))
    if at < 0 or at > fact.start:
        return False
    figure = fact.start
    if fact.unit == "uah":  # a sum's evidence opens on the word naming it: the figure ends it
        sums = list(NUMBER_RE.finditer(doc.text, fact.start, fact.end))
        figure = sums[-1].start() if sums else figure
        # and the clause that frames it may open before that word («ніж у 2023 році, коли ми
        # видали допомоги на 702,3 тис. грн»)
        at = _sentence_start(doc.text, at)
    before = doc.text[at:figure]
    while True:  # «(у 2023 році – 29 осіб)» closed before the figure frames only its bracket
        shorter = _BRACKET.sub(" ", before)
        if shorter == before:
            break
        before = shorter
    if _of_sub_period(before, meta, year) or _at_period_start(before, meta) or _well_after_period(before, meta):
        return True
    frames = [(m.start(), (int(m.group("year")), 0)) for m in rx.finditer(before)]
    # «торік» is the year before the one the text was published in: in an interview of January
    # 2024 on 2023 it is the report's own year, in a column of July 2025 on H1 2025 the year before
    previous = lexicon().link_re.get("previous_year_frame")
    published = str(meta.get("published") or "")[:4]
    if previous is not None and published.isdigit():
        frames += [(m.start(), (int(published) - 1, 0)) for m in previous.finditer(before)]
        this = lexicon().link_re.get("this_year_frame")
        if frames and this is not None:
            frames += [(m.start(), (int(published), 0)) for m in this.finditer(before)]
    months = lexicon().link_re.get("other_month_frame")
    if months is not None:
        frames += [(m.start(), (int(m.group("year") or year), _month(m.group("month"))))
                   for m in months.finditer(before)]
    if not frames:
        return False
    _, (y, m) = max(frames)
    end = str(meta.get("period_end") or "")[:4]
    if fact.unit == "uah" and y > (int(end) if end.isdigit() else year):
        # «У 2024 році передбачено 5 480,0 тис. грн» in a report on 2023: that year's budget
        # (a count framed in the next year may still be the report's: «Продовжено надання
        # послуги у 2024 році 27 сім'ям»)
        return True
    return (y, m) < (year, first_month(meta)) if m else y < year


# days after the period's end within which a stated date still closes the period («станом на 01.01.2025»)
CLOSING_DAYS = 31


def _last_date(text: str) -> date | None:
    """The last «(станом) на DD.MM.YYYY» in `text`: the date that frames what follows it."""
    rx = lexicon().link_re.get("as_of_date")
    dates = list(rx.finditer(text)) if rx is not None else []
    if not dates:
        return None
    m = dates[-1]
    month = int(m.group("m")) if m.group("m") else _month(m.group("mw") or "")
    try:
        return date(int(m.group("y")), month, int(m.group("d")))
    except ValueError:
        return None


def _period_day(meta: dict, key: str) -> date | None:
    try:
        return date.fromisoformat(str(meta.get(key) or ""))
    except ValueError:
        return None


def _well_after_period(before: str, meta: dict) -> bool:
    """«Станом на 01.03.2024 на обслуговуванні перебуває 287 осіб» in a report on 2023: a count
    as of a date months after the period is no figure of it."""
    end, when = _period_day(meta, "period_end"), _last_date(before)
    return end is not None and when is not None and when > end + timedelta(days=CLOSING_DAYS)


def _at_period_start(before: str, meta: dict) -> bool:
    """«Для порівняння: на 01.01.2024 у відділенні обслуговувалося 389 осіб» in a report on the
    half-year from 01.01.2024: a count given for comparison as of the period's first day is the
    period before's."""
    lead = lexicon().link_re.get("comparison_lead")
    # («(на 01.01.2024 – 292 дитини)» after the year's figure: a bracket that compares)
    opened = before.rfind("(")
    bracket = before[opened:] if opened >= 0 and ")" not in before[opened:] else ""
    if not bracket and (lead is None or not lead.search(before)):
        return False  # (an opening balance on its own, «Станом на 01.01.2024 перебувало 23 особи», is kept)
    opening = lexicon().link_re.get("period_start_words")
    if bracket and opening is not None and opening.search(bracket):
        return True  # «(на початок року – 67 дітей)»
    start, when = _period_day(meta, "period_start"), _last_date(bracket or before)
    return start is not None and when is not None and when <= start


def first_month(meta: dict) -> int:
    start = str(meta.get("period_start") or "")
    return int(start[5:7]) if len(start) >= 7 and start[5:7].isdigit() else 1


def _month(word: str) -> int:
    from zvitparse.extract.meta import _number

    return _number(word, "month") or 0


# where a count's clause ends: a stop, a colon, a semicolon, a bracket, a line (and where the
# sentence turns after a comma, `links.yaml` `clause_turn`)
_CLAUSE_MARK = regex.compile(r"[.;:()\n]")
# a count's clause is sought this far on either side of it
_CLAUSE_REACH = 200


def _year_to_date_clause(text: str, fact: Fact) -> bool:
    """The count's own clause says it runs from the year's start («З початку року взято … 71
    особу, з них у III кварталі – 23»: the 71, not the 23)."""
    cue = lexicon().link_re.get("year_to_date_clause")
    if cue is None:
        return False
    breaks = [_CLAUSE_MARK, *([turn] if (turn := lexicon().link_re.get("clause_turn")) is not None else [])]
    lo = max(0, fact.start - _CLAUSE_REACH)
    start = max((m.end() for rx in breaks for m in rx.finditer(text, lo, fact.start)), default=lo)
    hi = min(len(text), fact.end + _CLAUSE_REACH)
    end = min((m.start() for rx in breaks if (m := rx.search(text, fact.end, hi)) is not None), default=hi)
    return bool(cue.search(text, start, end))


def _other_part_of_year(doc: Document, fact: Fact, meta: dict, year: int) -> bool:
    """A figure in a bracket that names a quarter or half-year of the report's year without the
    year («(у II кварталі – 336 осіб)»), another span than the report's own."""
    from zvitparse.extract.meta import find_periods

    cue = lexicon().link_re.get("part_of_year_bracket")
    m = cue.search(doc.text, max(0, fact.start - 40), fact.start) if cue is not None else None
    if m is None:
        return False
    spans = find_periods(f"{m.group('part')} {year}")
    own = (str(meta.get("period_start")), str(meta.get("period_end")))
    return bool(spans) and (spans[0][1][0].isoformat(), spans[0][1][1].isoformat()) != own


def _of_sub_period(before: str, meta: dict, year: int) -> bool:
    """«> За І півріччя 2024 року до центру звернулися 298 осіб» in a report on nine months: a
    sentence framed «за» another span of the report's year states that span's figures. (In a
    report on a whole year, «за 9 місяців» may be all the year the report could count yet.)"""
    from zvitparse.extract.meta import find_periods

    cues = lexicon().link_re
    if not cues["sub_period_word"].search(before):
        return False
    try:
        start = date.fromisoformat(str(meta.get("period_start")))
        end = date.fromisoformat(str(meta.get("period_end")))
    except ValueError:
        return False
    frames = [(at, span) for at, span, _ in find_periods(before, ref_year=year) if cues["period_for"].search(before[:at])]
    if not frames:
        return False
    lo, hi = max(frames)[1]
    if hi < start:
        return True  # «для порівняння: за IV квартал 2023 року – 41 сім'я» in a report on 2024
    whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    return not whole_year and lo.year == start.year and (lo, hi) != (start, end)
