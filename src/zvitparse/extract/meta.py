"""Document metadata (SPEC §5): provider, its type and place, report kind, period, publication date.

Structure first: the title (the first lines opening with a report word, plus their lower-case
continuation lines) names the provider, the kind and usually the period; the signature block and a
renaming decision give the provider's full current name when the title's is short. Only what the
text states is returned: a missing field is omitted, never guessed.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import logging
from collections import Counter
from dataclasses import replace
from datetime import date

import regex

from zvitparse import patterns
from zvitparse.fastscan import Scanner
from zvitparse.model import Document
from zvitparse.names import NameMatch, centre_id, find_names, is_plural, nominative
from zvitparse.places import choose, find_places, oblast_of, resolve_settlement
from zvitparse.read.encoding import charset_name

log = logging.getLogger(__name__)

TITLE_SCAN = 3000  # a title further down than this is a quote, not the document's title
# a title glued behind a running header is looked for only this near the top
GLUED_TITLE_SCAN = 300
DEEP_TITLE = 2000  # a «title» starting further down than this (a box «Довідка …») leaves the text above it the body
TITLE_MAX_LINES = 6
SIGNATURE_SCAN = 1500
LETTERHEAD_SCAN = 400
HEADING_SCAN = 20000
_LINE = regex.compile(r"[^\n]*")
_DATELINE = regex.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")


def _entries(field: str) -> list[patterns.Entry]:
    return [e for e in patterns.load()["meta"] if e.get("field") == field]


@functools.lru_cache(maxsize=1)
def _fragments() -> dict[str, str]:
    return {e["value"]: e["regex"] for e in _entries("fragment")}


def _compile(rx: str, flags: int = regex.IGNORECASE) -> regex.Pattern:
    for name, body in _fragments().items():
        rx = rx.replace("{" + name + "}", f"(?:{body})")
    return regex.compile(rx, flags)


@functools.lru_cache(maxsize=1)
def _rx() -> dict[str, list[tuple[regex.Pattern, patterns.Entry]]]:
    out: dict[str, list[tuple[regex.Pattern, patterns.Entry]]] = {}
    for f in ("title", "report_kind", "period", "not_period", "published", "published_line", "renamed", "signature",
              "month", "ordinal", "relative_year"):
        es = _entries(f)
        if f != "period":  # periods keep file order (wider shapes first); their priority is a vote weight
            es = sorted(es, key=lambda e: -int(e.get("priority") or 0))
        out[f] = [(_compile(e["regex"]), e) for e in es]
    return out


# ---- the title ---------------------------------------------------------------------------------

_CAPS_WORD = regex.compile(r"(?<=\s)\p{Lu}{4,}(?!\p{L})")


_FILE_NAME = regex.compile(r"\s*\S+\.(?:xlsx?|xlsm|docx?|odt|ods|pdf|rtf|csv|txt)(?!\w)", regex.I)


def find_title(text: str) -> tuple[int, int] | None:
    """Span of the title: the first line opening with a report word, and its continuation lines
    (lower-case openings, or all capitals after an all-capitals first line)."""
    titles = _rx()["title"]
    for m in _LINE.finditer(text, 0, TITLE_SCAN):
        line = m.group()
        if not line.strip() or _FILE_NAME.match(line):
            continue  # (a printed sheet's footer «Моніторинг_ТЦСО_2023.xlsx Дата друку: …» names a file)
        glued = 0
        if not any(p.match(line) for p, _ in titles):
            # a PDF's running header glued before the title on the first page («ТЦСО … • Внутрішня
            # оцінка … ЗВІТ про результати …»): the title from its report word in capitals on
            glued = next((g.start() for g in _CAPS_WORD.finditer(line, 1)
                          if g.start() and any(p.match(line[g.start():]) for p, _ in titles)), 0) \
                if m.start() < GLUED_TITLE_SCAN else 0
            if not glued:
                continue
        start, end = m.start() + glued, m.end()
        caps = line[glued:].strip().isupper()
        # a title set apart by blank lines is all of its paragraph («ЗВІТ / про … наданої
        # Комунальною установою / «Центр …» … ради / Вінницької області у 2023 році»)
        para_end = text.find("\n\n", end)
        para_end = len(text) if para_end < 0 else para_end
        para_lines = text.count("\n", start, para_end) + 1
        whole_caps = caps and " " in line.strip()  # «ЗВІТ ДИРЕКТОРА»: the capitals are the title
        if (1 < para_lines <= TITLE_MAX_LINES and not whole_caps and not _DATELINE.search(text, end, para_end)
                and (start == 0 or text[max(0, start - 2):start] == "\n\n")):
            return start, para_end
        lines = 1
        for n in _LINE.finditer(text, end, min(len(text), end + 1200)):
            nxt = n.group().strip()
            if not nxt:
                continue
            # «ЗВІТ» alone on a line, then «про роботу …»: a one-word opening takes lower-case lines
            # («МОНІТОРИНГОВА ДОВІДКА», then «щодо надання послуг Територіальним центром …»: the
            # lower-case line goes on with a title in capitals too)
            cont = nxt[:1].islower() if not caps or " " not in line.strip() else (nxt.isupper() or nxt[:1].islower())
            if not cont or lines >= TITLE_MAX_LINES or len(nxt) > 300:
                break
            end, lines = n.end(), lines + 1
        return start, end
    return None


def heading_title(doc: Document) -> tuple[int, int] | None:
    """A page whose title lies below a long menu: its first heading block, if a reader found one."""
    for b in doc.blocks:
        if b.start > HEADING_SCAN:
            break
        if b.kind == "heading" and doc.text[b.start:b.end].strip():
            return b.start, b.end
    return None


def report_kind(title: str, period: tuple[date, date] | None) -> str:
    """The kind the title states; a report word with a whole-year period is an annual report."""
    low = title.lower()
    for pat, e in _rx()["report_kind"]:
        if pat.search(low):
            return e["value"]
    if period and period[0].month == 1 and period[1].month == 12 and period[0].year == period[1].year:
        return "annual_report"
    if period:
        return "period_report"
    return "other"


# ---- periods -----------------------------------------------------------------------------------

def _number(word: str, field: str) -> int | None:
    for pat, e in _rx()[field]:
        if pat.match(word.strip()):
            return int(e["value"])
    return None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _year(word: str, ref_year: int | None) -> int | None:
    """«2021» → 2021; «поточного» / «минулого» → relative to the publication year, if known."""
    if word.isdigit():
        return int(word)
    for pat, e in _rx()["relative_year"]:
        if pat.match(word.lower()):
            return ref_year + int(e["value"]) if ref_year else None
    return None


def _period_of(m: regex.Match, shape: str, ref_year: int | None = None,
               published: date | None = None) -> tuple[date, date] | None:
    g = m.groupdict()
    if shape == "dates":  # a reporting period stated by its first and last day
        first, last = parse_date(g["d1"]), parse_date(g["d2"])
        if first is None or last is None or first.day != 1 or last != _month_end(last.year, last.month) or last < first:
            return None
        return first, last
    if g.get("year") is None:
        # a title with no year («підсумки березня»): the last such period before publication
        if published is None:
            return None
        y = published.year
        m1 = _number(g["m1"], "month") if g.get("m1") else None
        if m1 and m1 > published.month:
            y -= 1
    else:
        y = _year(g["year"], ref_year)
    if y is None:
        return None
    if shape == "year":
        return date(y, 1, 1), date(y, 12, 31)
    if shape == "years":
        y2 = _year(g["year2"], ref_year)
        return (date(y, 1, 1), date(y2, 12, 31)) if y2 and y2 > y else None
    if shape == "half":
        h = _number(g["ord"], "ordinal")
        return {1: (date(y, 1, 1), date(y, 6, 30)), 2: (date(y, 7, 1), date(y, 12, 31))}.get(h or 0)
    if shape == "quarter":
        q = _number(g["ord"], "ordinal")
        return (date(y, 3 * q - 2, 1), _month_end(y, 3 * q)) if q and 1 <= q <= 4 else None
    if shape == "months":
        n = int(g["n"]) if g["n"].isdigit() else _number(g["n"], "ordinal")
        return (date(y, 1, 1), _month_end(y, n)) if n and 1 <= n <= 12 else None
    m1 = _number(g["m1"], "month")
    m2 = _number(g["m2"], "month") if g.get("m2") else m1
    if not m1 or not m2 or m2 < m1:
        return None
    return date(y, m1, 1), _month_end(y, m2)


_GUILLEMET = regex.compile("[«»]")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside «…» (nested too): titles of legal acts carry dates that are not periods."""
    spans, stack = [], []
    for m in _GUILLEMET.finditer(text):  # only the quotes, not every character
        i, c = m.start(), m.group()
        if c == "«":
            stack.append(i)
        elif c == "»" and stack:
            s = stack.pop()
            if not stack:
                spans.append((s, i + 1))
    return spans


@functools.lru_cache(maxsize=1)
def _period_scanners() -> tuple[Scanner, ...]:
    # a report whose title states no period is searched whole: most of these patterns open on
    # any word and cost the engine ~20 ms over a 30 KB body, tried everywhere
    return tuple(Scanner(pat, caseless=True) for pat, _ in _rx()["period"])


def find_periods(text: str, start: int = 0, end: int | None = None, *, title: bool = False,
                 ref_year: int | None = None, published: date | None = None
                 ) -> list[tuple[int, tuple[date, date], str]]:
    """Every period statement in `text[start:end]`: (offset, (first day, last day), pattern id).

    Dates of legal acts («від 27.12.2013 № 904», a quoted act title) and plans are skipped;
    title-only patterns (priority 0) apply when `title` is set; «поточного року» needs `ref_year`."""
    end = len(text) if end is None else end
    topic = _one("report_topic_quote")
    quoted = [q for q in _quoted_spans(text[start:end]) if not topic.match(text, start + q[0])]
    # a title on a plan's execution reports on the plan's period («… плану роботи на III квартал»)
    not_period = [p for p, e in _rx()["not_period"]
                  if not (title and e.get("unless_title") and _one(e["unless_title"]).search(text, start, end))]
    out, taken = [], []
    for (_pat, e), scanner in zip(_rx()["period"], _period_scanners(), strict=True):
        if not title and e.get("priority") == 0:
            continue
        for m in scanner.finditer_caseless(text, start, end):
            if any(a <= m.start() - start < b for a, b in quoted):
                continue
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # a wider pattern (half-year) already holds these words
            before = text[max(0, m.start() - 40):m.start()]
            if any(p.search(before) for p in not_period):
                continue
            period = _period_of(m, e["value"], ref_year, published if title else None)
            if period:
                out.append((m.start(), period, e.id))
                taken.append((m.start(), m.end()))
    return sorted(out)


def choose_period(text: str, title: tuple[int, int] | None, ref_year: int | None = None,
                  published: date | None = None, rows: list[tuple[int, int]] = ()) -> tuple[date, date] | None:
    """The title's period; else the period the body states most often (weighted by how surely
    the words name a reporting period; the earliest on a tie). `ref_year`: the publication year.
    Mentions inside `rows` (tables' data rows: a payment «за червень 2024 р.») count only when
    nothing outside them names a period."""
    if title:
        # («… за січень» / «– вересень 2025 року»: a month range a PDF broke before its dash)
        goes_on = next((m for m in _one("title_month_range_goes_on").finditer(text, title[0], title[1] + 60)
                        if m.start() < title[1] <= m.end()), None)
        if goes_on is not None:
            title = (title[0], max(title[1], goes_on.end()))
        found = find_periods(text, *title, title=True, ref_year=ref_year, published=published)
        if found:
            return found[0][1]
    # (the body is what follows the title; a «title» found deep in the text, a box «Довідка …» at
    # an article's end, leaves the article above it the body)
    body = find_periods(text, title[1] if title and title[0] <= DEEP_TITLE else 0, ref_year=ref_year)
    if rows:
        starts = [a for a, _ in rows]
        outside = [b for b in body if not _within_rows(b[0], rows, starts)]
        body = outside or body
    if not body:
        return None
    weight = {e.id: int(e.get("priority") or 1) for _, e in _rx()["period"]}
    counts: Counter = Counter()
    for _, p, pid in body:
        counts[p] += weight.get(pid, 1)
    first = {}
    for pos, p, _ in body:
        first.setdefault(p, pos)
    return max(counts, key=lambda p: (counts[p], -first[p]))


def _within_rows(pos: int, rows: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < rows[i][1]


def _data_rows(doc: Document) -> list[tuple[int, int]]:
    """Spans of the tables' rows below their first (a header names periods; a row of data is
    a record of its own: a payment, a month's line)."""
    spans = []
    for b in doc.blocks:
        if b.kind == "table" and b.rows and len(b.rows) > 2:
            for row in b.rows[1:]:
                if row:
                    spans.append((row[0].start, row[-1].end))
    return sorted(spans)


# how often a text with no period must say «торік» for the year before its publication to be its period
LAST_YEAR_MENTIONS = 2


def _last_year_told(text: str, published: date) -> tuple[date, date] | None:
    """An interview or a post that names no period but tells «торік», «минулого року» again and
    again is about the year before it was published."""
    told = patterns.link_regex("previous_year_frame").findall(text)
    if len(told) < LAST_YEAR_MENTIONS:
        return None
    y = published.year - 1
    return date(y, 1, 1), date(y, 12, 31)


def parse_date(d: str) -> date | None:
    """«31.12.2023», «2023-12-31», «5 березня 2024» as a date (None if it is none)."""
    nums = regex.findall(r"\d+", d)
    try:
        if len(nums) == 3 and len(nums[0]) == 4:
            return date(int(nums[0]), int(nums[1]), int(nums[2]))
        if len(nums) == 3:
            return date(int(nums[2]), int(nums[1]), int(nums[0]))
        month = _number(regex.sub(r"[\d\s]+", " ", d).strip(), "month")
        return date(int(nums[1]), month, int(nums[0])) if month and len(nums) == 2 else None
    except ValueError:
        return None


def find_published(text: str, title: tuple[int, int] | None) -> date | None:
    """A labelled publication date («Опубліковано: 14.02.2023») near the top or the end, or a
    bare dateline just above or below the title. A date under the signature is not one."""
    for pat, _ in _rx()["published"]:
        for m in pat.finditer(text[:TITLE_SCAN] + "\n" + text[-SIGNATURE_SCAN:]):
            d = parse_date(m.group("date"))
            if d:
                return d
    if title:
        # the dateline is the line right below the title, or one of the two right above it
        above = [ln for ln in text[max(0, title[0] - 300):title[0]].split("\n") if ln.strip()][-2:]
        below = [ln for ln in text[title[1]:title[1] + 300].split("\n") if ln.strip()][:1]
        for line in below + above:
            for pat, _ in _rx()["published_line"]:
                m = pat.search(line)
                d = parse_date(m.group("date")) if m else None
                if d:
                    return d
    return None


# ---- the provider ------------------------------------------------------------------------------

def _signature_names(text: str) -> list[NameMatch]:
    tail_start = max(0, len(text) - SIGNATURE_SCAN)
    out: list[NameMatch] = []
    for pat, _ in _rx()["signature"]:
        for m in pat.finditer(text, tail_start):
            out += find_names(text, m.end(), min(len(text), m.end() + 400))[:1]
    return out


def _renamed_names(text: str) -> list[NameMatch]:
    out: list[NameMatch] = []
    for pat, _ in _rx()["renamed"]:
        for m in pat.finditer(text):
            found = find_names(text, m.end(), min(len(text), m.end() + 400))
            if found and found[0].start - m.end() < 3:
                out.append(found[0])
    return out


def _type_rank(n: NameMatch) -> int:
    return {"uszn": 1, "other": 2}.get(n.centre_type, 0)


def _has_place(n: NameMatch) -> bool:
    return bool(find_places(n.surface))


@functools.lru_cache(maxsize=8)
def _one(field: str, flags: int = 0) -> regex.Pattern:
    """The pattern of a one-entry field (a council's, an oblast tail's), case-sensitive unless told."""
    return _compile(_entries(field)[0]["regex"], flags)


def _council_nominative(genitive: str) -> str:
    """«Хорольської міської ради» → «Хорольська міська рада» (`council_nominative` entries)."""
    for e in _entries("council_nominative"):
        genitive = regex.sub(e["regex"], e["value"], genitive)
    return genitive




def _letterhead_start(text: str, title: tuple[int, int]) -> int:
    """Where the letterhead above a title may begin: LETTERHEAD_SCAN back, and back to the start
    of the paragraph there (a name over three lines is not cut in two)."""
    lo = max(0, title[0] - LETTERHEAD_SCAN)
    para = text.rfind("\n\n", max(0, lo - LETTERHEAD_SCAN // 2), lo)
    return para + 2 if para >= 0 else max(0, lo - LETTERHEAD_SCAN // 2)


def _council_letterhead(text: str, title: tuple[int, int]) -> NameMatch | None:
    """«ТРОСТЯНЕЦЬКА СІЛЬСЬКА РАДА» over «ЗВІТ фахівця із соціальної роботи …»: a council whose
    own social worker reports is the provider (of no centre type)."""
    m = _one("council_letterhead", regex.IGNORECASE).search(text, _letterhead_start(text, title), title[0])
    return NameMatch(m.start(1), m.end(1), m.group(1), "other", False) if m else None


ADDRESSEE_SCAN = 1500  # a letter's registration lines stand near its top


def _not_addressee(text: str, names: list[NameMatch], until: int | None = None) -> list[NameMatch]:
    """`names` without a letter's addressee: the lines below its registration number
    («15.01.2026 № 01-14/83», «На № … від …») down to its subject («Про …»), or to its title
    (`until`) when it has none («вих. № 318 від 09.10.2023 / Відділу соціального захисту … /
    ІНФОРМАЦІЯ про роботу Центру …»)."""
    names = [n for n in names if not _addressed(text, n)] or names
    numbered = list(_one("letter_number", regex.IGNORECASE).finditer(text, 0, ADDRESSEE_SCAN))
    if not numbered:
        return names
    lo = numbered[-1].end()
    subject = _one("letter_subject").search(text, lo, lo + LETTERHEAD_SCAN)
    hi = subject.start() if subject else (until if until is not None and until > lo else lo)
    kept = [n for n in names if not lo <= n.start < hi]
    return kept or names


def _addressed(text: str, n: NameMatch) -> bool:
    """A name in the dative of a letter's addressee: «Начальнику» on its line or the line above,
    or the body's dative form itself («Управлінню …»)."""
    if _one("addressee_form").match(n.surface):
        return True
    line = text.rfind("\n", 0, n.start) + 1
    lead = text[line:n.start]
    if not lead.strip() and line > 0:
        lead = text[text.rfind("\n", 0, line - 1) + 1 : line - 1]
    return bool(_one("addressee_lead").search(lead))


def _not_mail_header(text: str, names: list[NameMatch], *, strict: bool = False) -> list[NameMatch]:
    """`names` without those on an e-mail's From / To lines (the report forwarded is another's);
    unless `strict`, all of them when nothing else is named."""
    lines = [m.span() for m in _one("mail_header").finditer(text)]
    kept = [n for n in names if not any(a <= n.start < b for a, b in lines)]
    return kept if kept or strict else names


def choose_centre(text: str, title: tuple[int, int] | None) -> NameMatch | None:
    """The provider the report is about: named in the title; completed, when the title's name has
    no place, by the renaming decision, the signature block or the first fuller mention of the same
    type; without a title, the first named provider in the text."""
    named = [n for n in find_names(text, *title) if not is_plural(n.surface)] if title else []
    # a report by a department about its centre: the centre is what it reports on; an «other»
    # institution (a recruitment or rehabilitation centre) only when nothing else is named
    named = sorted(named, key=_type_rank)
    first = named[0] if named else None
    if title and (first is None or first.centre_type == "other"):
        # a letterhead right above the title names the author (over a unit «денний центр
        # соціально-психологічної допомоги» the title reports on)
        above = [n for n in find_names(text, _letterhead_start(text, title), title[0])
                 if not is_plural(n.surface)]
        above = [n for n in _not_addressee(text, above, title[0]) if n in _not_mail_header(text, above, strict=True)]
        if first is None:
            first = above[-1] if above else _council_letterhead(text, title)
        elif [n for n in above if n.centre_type != "other"]:
            first = [n for n in above if n.centre_type != "other"][-1]
    if title and first is not None and first.centre_type == "other" and not _has_place(first):
        # «звіт … голови про роботу Хорольської міської ради та її виконавчого комітету»: the
        # council named with its place, not its committee without one
        m = _one("council_in_title").search(text, *title)
        if m:
            first = NameMatch(m.start(1), m.end(1), _council_nominative(m.group(1)), "other", False)
    if first is None:
        # no name in the title: the first provider the body names with its place (the body
        # after the title before a page header above it), then the signature's
        after = find_names(text, title[1]) if title else find_names(text)
        before = find_names(text, 0, title[0]) if title else []
        pool = _not_mail_header(text, _not_addressee(text, after + _signature_names(text) + before))
        for group in ([n for n in pool if n.centre_type != "other"], [n for n in pool if n.centre_type == "other"]):
            if group:
                return next((n for n in group if _has_place(n)), group[0])
        return None
    renamed = [n for n in _renamed_names(text) if n.centre_type == first.centre_type]
    if renamed:
        return renamed[-1]
    if _has_place(first):
        return first
    letterhead = find_names(text, _letterhead_start(text, title), title[0]) if title else []
    # the signature and the letterhead name the author; the body may name others first
    # («навчання в Полтавському обласному центрі соціальних служб»)
    own = [n for n in _not_addressee(text, letterhead) if not _addressed(text, n)] if letterhead else []
    own = [(_under_council(text, n) if not _has_place(n) else None) or n for n in own]
    for n in _signature_names(text) + own + find_names(text, title[1] if title else 0):
        if n.centre_type == first.centre_type and _has_place(n):
            return n
    fuller = max((n for n in letterhead if n.centre_type == first.centre_type), key=lambda n: n.end - n.start,
                 default=None)
    return (_under_council(text, fuller) if fuller is not None else None) or first


def _under_council(text: str, n: NameMatch) -> NameMatch | None:
    """«БАХМАЦЬКА МІСЬКА РАДА / ТЕРИТОРІАЛЬНИЙ ЦЕНТР …»: a letterhead's name with no place of its
    own, under its council's line: the council's centre, named with the council in the genitive."""
    line = text.rfind("\n", 0, n.start) + 1
    # the council's line, over any blank lines (a DOCX letterhead is a paragraph per line)
    above = len(text[:line].rstrip())
    m = _one("council_letterhead", regex.IGNORECASE).search(text, text.rfind("\n", 0, above) + 1, line)
    if m is None or line == 0:
        return None
    council = m.group(1).lower()
    for e in _entries("council_genitive"):
        council = regex.sub(e["regex"], e["value"], council)
    council = council.upper() if n.surface.isupper() else council[:1].upper() + council[1:]
    return NameMatch(n.start, n.end, f"{n.surface} {council}", n.centre_type, True)


_SENTENCE_END = regex.compile(r"[.;!?]\s|\n\s*\n")
# «Звягельська міська рада» / blank line / «Житомирська область»: words only, one blank line
_LETTERHEAD_GAP = regex.compile(r"[\p{L} \t'’-]*\n?[ \t]*\n[ \t]*")


def _attached(text: str, a: int, b: int) -> bool:
    """An oblast at `b` qualifies the place ending at `a`: close by, same sentence and paragraph
    (a letterhead puts «Кіровоградської області» on the line under the council)."""
    # (a letterhead read from a page's layout may put a blank line between the two)
    return 0 <= b - a < 60 and (not _SENTENCE_END.search(text, a, b) or bool(_LETTERHEAD_GAP.fullmatch(text, a, b)))


def _resolve(text: str, stated: str | None, hint: str | None):
    """The place `text` names; the document's only oblast breaks a tie, it never filters one out."""
    place = resolve_settlement(text, oblast=stated)
    if place is None and hint and not stated:
        place = resolve_settlement(text, oblast=hint)
    return place


def _settlement(text: str, name: NameMatch | None, title: tuple[int, int] | None) -> tuple[object, str | None]:
    """(Place or None, the oblast the text states for it or None)."""
    doc_oblasts = [pm.rows[0]["name"] for pm in find_places(text[:TITLE_SCAN]) if pm.role == "oblast"]
    hint = doc_oblasts[0] if len(set(doc_oblasts)) == 1 else None
    stated = oblast_of(name.surface) if name is not None else None
    if name is not None:
        place = _resolve(name.surface, stated, hint)
        if place is not None:
            return place, stated
    # the provider's name holds no place: the places the title and opening name, by majority
    window = text[: (title[1] if title else 0) + TITLE_SCAN]
    votes: Counter = Counter()
    stated_for: dict = {}
    mentions = find_places(window)
    for k, pm in enumerate(mentions):
        if pm.role not in ("council", "settlement"):
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        attached = nxt.rows[0]["name"] if nxt and nxt.role == "oblast" and _attached(window, pm.end, nxt.start) else None
        place = choose(pm.rows, attached, pm.level)
        if place is None and hint and not attached:
            place = choose(pm.rows, hint, pm.level)
        if place is not None:
            votes[place] += 1
            stated_for.setdefault(place, attached)
    if not votes:
        return None, None
    place = votes.most_common(1)[0][0]
    # «Баришівського районного центру … Київської області»: the provider's own name states the
    # oblast of a place it names only by its raion
    return place, stated_for.get(place) or (stated if stated == place.oblast else None)


def stated_oblast(text: str, place) -> str | None:
    """The oblast the text attaches to this very place anywhere («… Ковельської міської ради
    Волинської області», «м. Покров Дніпропетровської області»); a bare oblast elsewhere is not it."""
    mentions = find_places(text)
    for k, pm in enumerate(mentions[:-1]):
        if pm.role not in ("council", "settlement", "adjective"):
            continue
        end, j = pm.end, k + 1
        # «… селищної ради Бучанського району Київської області»: through the raion
        while j < len(mentions) and mentions[j].role == "raion" and mentions[j].start - end < 60:
            end, j = mentions[j].end, j + 1
        nxt = mentions[j] if j < len(mentions) else None
        if nxt is None or nxt.role != "oblast" or not _attached(text, end, nxt.start):
            continue
        if any((r["katottg"] or None) == place.katottg for r in pm.rows) and nxt.rows[0]["name"] == place.oblast:
            return place.oblast
    # an address names the oblast first: «89300, Закарпатська обл., Мукачівський р-н, м. Свалява»
    for k, pm in enumerate(mentions[:-1]):
        if pm.role != "oblast" or pm.rows[0]["name"] != place.oblast:
            continue
        end, j = pm.end, k + 1
        while j < len(mentions) and mentions[j].role == "raion" and mentions[j].start - end < 60:
            end, j = mentions[j].end, j + 1
        nxt = mentions[j] if j < len(mentions) else None
        if nxt is not None and nxt.role == "settlement" and 0 <= nxt.start - end < 20 and "\n" not in text[end:nxt.start] \
                and any((r["katottg"] or None) == place.katottg for r in nxt.rows):
            return place.oblast
    # a card's field: «Область | Житомирська»
    field = _one("oblast_field").search(text)
    if field is not None and field.group("name") == place.oblast:
        return place.oblast
    return None


_QUOTES = regex.compile(r"[«»\"“”„]")


@functools.cache
def _org_forms() -> tuple[str, ...]:
    return tuple(sorted((p.lower() for e in _entries("org_form") for p in e["phrases"]), key=len, reverse=True))


def _org_form_of(name: str) -> str | None:
    low = _QUOTES.sub("", name).lower()
    return next((f for f in _org_forms() if low.startswith(f + " ")), None)


def _core(name: str) -> str:
    """A name without its quotes, legal form and oblast: what two spellings of it share."""
    bare = _QUOTES.sub("", _one("oblast_tail").sub("", name)).lower().replace("’", "'").strip()
    form = _org_form_of(bare)
    return bare[len(form) + 1 :].strip() if form else bare


def written_form(chosen: str, text: str) -> str:
    """The provider's name as the body writes it in full: with the legal form it carries
    («Комунальна установа «Центр …»»), and without an oblast the title adds to a name the body
    also writes without one («… Ізмаїльської міської ради (далі – …)»)."""
    core = _core(chosen)
    same = [f for f in (nominative(n.surface) for n in find_names(text)) if _core(f) == core]
    best = chosen
    if not _org_form_of(chosen):
        best = next((f for f in same if _org_form_of(f)), chosen)
    if _one("oblast_tail").search(best) and any(not _one("oblast_tail").search(f) for f in same):
        best = _one("oblast_tail").sub("", best)
    return best


# a document with this many days' dates on lines of their own is a feed of posts
FEED_DAYS = 3


def feed_period(text: str, title: tuple[int, int] | None) -> tuple[date, date] | None:
    """The months a feed of dated posts covers (a channel's export: «1 березня 2025» over each
    day's posts), or None when the text is no such feed or a title above its first day says what
    it is. Its posts' own «у 2024 році» are what a post reposts or recalls, not the feed's period;
    a heading inside a post («Підсумки місяця») is no title of the feed."""
    days, first = [], None
    for m in _one("feed_date", regex.IGNORECASE).finditer(text):
        month = _number(m.group("m"), "month")
        if month:
            days.append((int(m.group("y")), month))
            first = m.start() if first is None else first
    if len(days) < FEED_DAYS or (title is not None and title[0] < first):
        return None
    (y0, m0), (y1, m1) = min(days), max(days)
    return date(y0, m0, 1), _month_end(y1, m1)


# a page listing this many dated news items is a news feed: the report is the item with the most
# figures that names a provider
NEWS_ITEMS = 3
_FIGURE = regex.compile(r"(?<![\d.,])\d[\d\u00a0 ]*(?:[,.]\d+)?(?![\d.])")


def news_item(text: str) -> tuple[int, int, date] | None:
    """(start, end, date) of the report among a page's dated news items, or None."""
    dates = sorted({(m.start(), m.end(), d) for p, _ in _rx()["published_line"] for m in p.finditer(text)
                    if (d := parse_date(m.group("date")))})
    if len(dates) < NEWS_ITEMS:
        return None
    items = []
    for k, (_s, e, d) in enumerate(dates):
        end = dates[k + 1][0] if k + 1 < len(dates) else len(text)
        if find_names(text, e, end):
            items.append((len(_FIGURE.findall(text, e, end)), e, end, d))
    if not items:
        return None
    _n, start, end, d = max(items)
    return start, end, d


def _feed_and_item(doc: Document, title: tuple[int, int] | None = None
                   ) -> tuple[tuple[date, date] | None, tuple[int, int, date] | None]:
    """(the months of a feed of posts, the report item of a page of news), each or both None.
    Kept on the document: the metadata and the extraction both ask."""
    cached = doc.__dict__.get("_feed_item")
    if cached is not None and cached[0] == len(doc.text):
        return cached[1]
    text = doc.text
    title = title or find_title(text) or heading_title(doc)
    feed = feed_period(text, title)
    out = (feed, None if feed else news_item(text))
    doc.__dict__["_feed_item"] = (len(text), out)
    return out


def report_span(doc: Document) -> tuple[int, int] | None:
    """Where the report stands on a page of news items (the rest is other news), else None."""
    item = _feed_and_item(doc)[1]
    return (item[0], item[1]) if item else None


def _item_centre(text: str, item: tuple[int, int, date]) -> NameMatch | None:
    """The provider a news item names first, with its span in the whole text."""
    name = choose_centre(text[item[0]:item[1]], None)
    return replace(name, start=name.start + item[0], end=name.end + item[0]) if name is not None else None


def extract_meta(doc: Document) -> dict:
    """SPEC §5 metadata of `doc`; fields the text does not state are left out."""
    text = doc.text
    title = find_title(text) or heading_title(doc)
    feed, item = _feed_and_item(doc, title)
    published = item[2] if item else find_published(text, title)
    period = feed or choose_period(text, title, published.year if published else None, published, _data_rows(doc))
    if period is None and published is not None:
        period = _last_year_told(text, published)
    meta: dict = {}
    name = (_item_centre(text, item) if item else None) or choose_centre(text, title)
    if name is not None:
        meta["centre"] = written_form(nominative(name.surface), text)
        meta["centre_type"] = name.centre_type
    place, oblast = _settlement(text, name, title)
    if place is not None:
        meta["settlement"] = place.name
        if place.category == "O":  # an oblast-tier provider: its name states the oblast
            oblast = place.oblast
        oblast = oblast or stated_oblast(text, place)
        if not oblast and doc.site:
            # the site's header («Кременчуцька міська рада Полтавської області») states it
            oblast = stated_oblast(doc.site, place)
        if oblast:
            meta["oblast"] = oblast
        if place.katottg:
            meta["katottg"] = place.katottg
    # (a «title» deep in the text, a box «Довідка …» under an interview, says what the box is)
    deep = title is not None and title[0] > DEEP_TITLE
    meta["report_kind"] = "other" if feed or deep else report_kind(text[title[0]:title[1]] if title else "", period)
    if period:
        meta["period_start"], meta["period_end"] = period[0].isoformat(), period[1].isoformat()
    if published:
        meta["published"] = published.isoformat()
    if "centre" in meta:
        meta["centre_id"] = centre_id(meta)
    meta["format"], meta["encoding"], meta["pages"] = doc.format, charset_name(doc.encoding), doc.pages
    return meta
