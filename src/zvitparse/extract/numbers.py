"""Numbers as Ukrainian reports write them, composed from small named fragments.

INT (`10 154`, `367`), DEC (`2254,1`, `44.7`), then what follows the number: PCT (`%`,
`відсотків`), MULT (`тис.`, `млн`), UAH (`грн`). The words of PCT/MULT/UAH live in
`patterns/multipliers.yaml`; spans that hold no reported figure (dates, years, legal
references, phones, ages …) in `patterns/not_figures.yaml`.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import regex

from zvitparse import patterns
from zvitparse.fastscan import Scanner

# Thousands may be grouped with (no-break / narrow) spaces: «10 154», «95 195». Only groups of
# exactly three digits after a 1–3 digit head, so «2020 року 632» never fuses into one number.
# Some reports group them with dots or apostrophes instead («2.317 особам», «28.914,7 тис. грн»,
# «9’864 послуги»): a dot followed by exactly three digits (and no fourth, nor another dot and
# digit) is no decimal point in Ukrainian, which writes decimals with a comma.
# (one digit glued to the end of a word is a footnote's mark: «осіб1», «консультацій2»; scraped
# text that lost its space keeps longer ones: «обслуговано274», «анкетування100%»)
INT = (r"(?<![\d.,'’])(?!(?<=\p{L})\d(?!\d|\s*%|[ \u00a0\u202f]\d{3}))(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d{1,3}(?:\.\d{3})+(?![\d]|\.\d)"
       r"|\d{1,3}(?:['’]\d{3})+(?![\d])|\d+)")
# (a comma's decimals may close a sentence, «економія – 13,7.»; a dot's may not: «1.2.» numbers
# an item, «12.03.» opens a date)
DEC = rf"{INT}(?:,\d+(?!\d|[.,]\d)|\.\d+(?![.\d]))?"
NUMBER_RE = regex.compile(DEC)
# a figure as a line of a note writes it, for patterns built around one: «1 473», «13,7», «52»
WRITTEN_FIGURE = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in text, with what was written after it."""

    value: Decimal  # already scaled by the multiplier (83,7 тис. → 83700)
    written: Decimal  # as written (83.7)
    decimals: int  # decimals as written: the audit's rounding tolerance
    start: int
    end: int  # end of the number with its %, multiplier and currency
    num_end: int  # end of the digits alone
    is_percent: bool = False
    is_money: bool = False
    multiplier: int = 1
    word: bool = False  # written as a word («п'ятеро», «стовідсотково»)


# compiled once: `regex.sub(pattern, …)` looks its pattern up in a cache on every call, and the
# extractors parse thousands of numbers per report
_NUMBER_SPACES = regex.compile(r"[ \u00a0\u202f]")
_PLAIN_NUMBER = regex.compile(r"\d+(?:\.\d+)?")
_DECIMALS = regex.compile(r"[,.](\d+)\s*$")
_GROUPED = regex.compile(r"(?!0[.'’])\d{1,3}(?:(?:\.\d{3})+|(?:['’]\d{3})+)(?:,\d+)?")  # («0.108» is a fraction: no group opens on 0)
_GROUP_MARKS = regex.compile(r"[.'’]")


def ungroup(text: str) -> str:
    """`text` without the dots or apostrophes between its groups of three digits, if it is a
    number grouped so («9’864» → «9864», «28.914,7» → «28914,7»); else unchanged."""
    return _GROUP_MARKS.sub("", text) if _GROUPED.fullmatch(text) else text


def parse_number(text: str) -> Decimal | None:
    """`'10 154'` → 10154, `'2254,1'` → 2254.1, `'28.914,7'` → 28914.7, `'9’864'` → 9864; None
    if `text` is not one number."""
    s = ungroup(_NUMBER_SPACES.sub("", text.strip())).replace(",", ".")
    if not _PLAIN_NUMBER.fullmatch(s):
        return None
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def decimals_of(text: str) -> int:
    grouped = _NUMBER_SPACES.sub("", text.strip())
    if _GROUPED.fullmatch(grouped):  # «2.317» is a whole number; «28.914,7» has one decimal
        return len(grouped.split(",", 1)[1]) if "," in grouped else 0
    m = _DECIMALS.search(text.strip())
    return len(m.group(1)) if m else 0


def as_value(d: Decimal) -> int | float:
    """Ints as ints (SPEC: «ints as ints»), otherwise a float."""
    return int(d) if d == d.to_integral_value() else float(d)


@functools.lru_cache(maxsize=1)
def _suffixes() -> tuple[regex.Pattern, dict[str, tuple[str, int]]]:
    pats = patterns.load()
    alts, meaning = [], {}
    for e in pats["multipliers"]:
        if e.id == KOPECKS:
            continue
        name = e.id
        alts.append(f"(?P<{name}>{e['regex']})")
        meaning[name] = (name, int(e.get("factor", 1)))
    return regex.compile(r"\s*(?:" + "|".join(alts) + ")", regex.I), meaning


KOPECKS = "kopecks"


@functools.lru_cache(maxsize=1)
def money_word_re() -> regex.Pattern:
    """Any currency or multiplier word: a cheap test before reading a line's numbers as money."""
    alts = [e["regex"] for e in patterns.load()["multipliers"] if e.id not in ("percent", KOPECKS)]
    return regex.compile("|".join(f"(?:{a})" for a in alts) or "(?!)", regex.I)


@functools.lru_cache(maxsize=1)
def _kopecks_re() -> regex.Pattern | None:
    for e in patterns.load()["multipliers"]:
        if e.id == KOPECKS:
            return regex.compile(e["regex"], regex.I)
    return None


@functools.lru_cache(maxsize=1)
def _not_figure_res() -> tuple[Scanner, ...]:
    # one pattern per entry: an alternation of them all is several times slower
    return tuple(Scanner(patterns.compile_lowercase(e["regex"], regex.M)) for e in patterns.load()["not_figures"])


_DIGITS = regex.compile(r"\d+")
# every not-figure pattern is about a number and reads at most this far around it
_WINDOW = 120


def _digit_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of `text` around its digits, each from the start of its line."""
    out: list[list[int]] = []
    for m in _DIGITS.finditer(text):
        lo = text.rfind("\n", 0, max(0, m.start() - _WINDOW)) + 1
        hi = min(len(text), m.end() + _WINDOW)
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(a, b) for a, b in out]


@functools.lru_cache(maxsize=16)
def not_figure_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of `text` (dates, years, legal refs, phones …) whose numbers are not figures.

    Cached per text: extractors ask for the whole document's spans once. Only the stretches
    around digits are scanned (prose without numbers is most of a report)."""
    spans = set()
    low = text.lower()
    if len(low) != len(text):  # «İ» lowers to two characters and would shift every offset
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # (a pattern whose words the whole text lacks is not tried window by window)
    active = [rx for rx in _not_figure_res() if rx.may_match(low)]
    for lo, hi in _digit_windows(text):
        part = low[lo:hi]
        for rx in active:
            spans.update((lo + m.start(), lo + m.end()) for m in rx.finditer(part))
    return tuple(sorted(spans))


@functools.lru_cache(maxsize=256)
def not_figure_spans_of(text: str) -> tuple[tuple[int, int], ...]:
    """`not_figure_spans` of a short text scanned whole (a sentence whose numbers are words:
    the document's spans only cover the stretches around digits)."""
    low = text.lower()
    if len(low) != len(text):
        return ()
    return tuple(sorted({m.span() for rx in _not_figure_res() for m in rx.finditer(low)}))


def _covered(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    # spans are sorted by start; a covering span starts at or before `start`
    while i >= 0:
        s, e = spans[i]
        if e >= end:
            return True
        if start - s > 400:
            return False
        i -= 1
    return False


def read_suffix(text: str, pos: int) -> tuple[int, bool, bool, int]:
    """After a number at `pos`: (end, is_percent, is_money, multiplier)."""
    suffix_re, meaning = _suffixes()
    end, is_pct, is_money, mult = pos, False, False, 1
    while True:
        m = suffix_re.match(text, end)
        if not m:
            return end, is_pct, is_money, mult
        kind = next(k for k, v in m.groupdict().items() if v is not None)
        if kind == "percent":
            if is_pct or is_money or mult != 1:
                return end, is_pct, is_money, mult
            is_pct = True
        elif kind == "uah":
            if is_money:
                return end, is_pct, is_money, mult
            is_money = True
        else:
            if mult != 1 or is_pct:
                return end, is_pct, is_money, mult
            mult = meaning[kind][1]
        end = m.end()


_HUNDREDS_AFTER = regex.compile(r"[ \u00a0]+(\d{1,3})(?![\d,.]|[ \u00a0]\d)")


def find_numbers(text: str, offset: int = 0, *, skip_not_figures: bool = True,
                 context: str | None = None) -> list[Number]:
    """Every written number in `text` with its suffix; offsets shifted by `offset`.

    With `context` (the whole document, of which `text` starts at `offset`), the not-figure
    spans are those of the document, found once and cached. Results are cached too: several
    extractors read the same sentences."""
    return list(_find_numbers(text, offset, skip_not_figures, context))


@functools.lru_cache(maxsize=4096)
def _find_numbers(text: str, offset: int, skip_not_figures: bool, context: str | None) -> tuple[Number, ...]:
    if not skip_not_figures:
        blocked, shift = (), 0
    elif context is not None:
        blocked, shift = not_figure_spans(context), offset
    else:
        blocked, shift = not_figure_spans(text), 0
    out = []
    consumed = 0  # «грн 50 коп.»: the kopecks belong to the number before them
    for m in NUMBER_RE.finditer(text):
        if m.start() < consumed:
            continue
        if blocked and _covered(blocked, m.start() + shift, m.end() + shift):
            continue
        written = parse_number(m.group())
        if written is None:
            continue
        end, is_pct, is_money, mult = read_suffix(text, m.end())
        value = written * mult
        if mult == 1000 and not (is_pct or is_money) and written == written.to_integral_value() \
                and patterns.link_regex("thousand_word").search(text, m.end(), end) \
                and (rest := _HUNDREDS_AFTER.match(text, end)):
            # «14 тисяч 600 послуг»: the thousands and the rest, said as one number
            value += int(rest.group(1))
            end = consumed = rest.end()
        kop = _kopecks_re()
        if is_money and mult == 1 and kop is not None:
            cents = kop.match(text, end)
            if cents:  # «318 740 грн 50 коп.»
                value += Decimal(cents.group(1)) / 100
                end = consumed = cents.end()
        out.append(
            Number(
                value=value,
                written=written,
                decimals=decimals_of(m.group()),
                start=offset + m.start(),
                end=offset + end,
                num_end=offset + m.end(),
                is_percent=is_pct,
                is_money=is_money,
                multiplier=mult,
            )
        )
    return tuple(out)
