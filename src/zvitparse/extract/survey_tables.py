"""Survey answer tables: question × answer («Так / Частково / Ні»), counts and percents.

A header naming two or more answers (`links.yaml`, relation `survey_answer`) under a survey
cue (`survey_context`: «анкета», «опитування», «запитання» …) opens the table; each row below
it is a question and its figures: one count per answer, or a count and a percent per answer
(«44 91,7 3 6,3 1 2,1»). Each count becomes a `survey_respondents` fact of the respondents'
unit, with its percent, the question and answer as its label and one group per question.
Rows of percents alone are left to the share readers. Real table blocks (DOCX, HTML, TSV) and
tables flattened into lines (fixed-width pdftotext layouts with wrapped questions) are read.
"""

from __future__ import annotations

import functools
from dataclasses import replace

import regex

from zvitparse import patterns
from zvitparse.extract import context, grid, ratings
from zvitparse.extract.lexicon import lexicon
from zvitparse.extract.numbers import as_value, parse_number
from zvitparse.model import Document, Fact
from zvitparse.nlp import tokens

PREFIX = "survey"
INDICATOR = "survey_respondents"
# the survey cue is in the header or this many characters above it
CUE_LOOKBACK = 600
# the respondents' noun follows the last survey cue this far above the table
UNIT_LOOKBACK = 1500
RESPONDENT_UNITS = ("recipients", "persons", "families")
# a flattened table ends after this many lines, or at a blank line once it has rows
MAX_ROWS = 40
MAX_HEADER_CHARS = 200
# a wrapped question line (no figures) is at most this long
MAX_WRAP_CHARS = 80

_FIGURE = regex.compile(r"(?<![\w,.])(\d+(?:[,.]\d+)?)(\s*%)?(?![\w%])")
_TRAILING = regex.compile(r"(?:\s+\d+(?:[,.]\d+)?\s*%?)+\s*$")
_ROW_NUMBER = regex.compile(r"^\s*\d{1,2}[.)]\s*")
_RULE_LINE = regex.compile(r"^[\s\-–—=_|+]*$")


@functools.lru_cache(maxsize=1)
def _answers() -> tuple[tuple[str, regex.Pattern], ...]:
    return tuple((e["value"], regex.compile(e["regex"], regex.I))
                 for e in patterns.load()["links"] if e.get("relation") == "survey_answer")


@functools.lru_cache(maxsize=1)
def _cue() -> regex.Pattern:
    rxs = [e["regex"] for e in patterns.load()["links"] if e.get("relation") == "survey_context"]
    return regex.compile("|".join(f"(?:{r})" for r in rxs) or "(?!)", regex.I)


@functools.lru_cache(maxsize=1)
def _any_answer() -> regex.Pattern:
    # one search says a line names no answer at all, as most lines do, instead of one scan per answer
    return regex.compile("|".join(f"(?:{rx.pattern})" for _, rx in _answers()) or "(?!)", regex.I)


def header_answers(text: str) -> list[str]:
    """The answers a header line names, in order («Так Частково Ні» → так, частково, ні)."""
    if not _any_answer().search(text):
        return []
    hits = [(m.start(), m.end(), value) for value, rx in _answers() for m in rx.finditer(text)]
    found: list[tuple[int, int, str]] = []
    for s, e, value in sorted(hits, key=lambda h: h[0] - h[1]):  # «частково задоволені» over «задоволені»
        if not any(s < e2 and s2 < e for s2, e2, _ in found):
            found.append((s, e, value))
    values = [v for _, _, v in sorted(found)]
    return values if len(set(values)) >= 2 and len(values) == len(set(values)) else []


def _figures(text: str) -> list[tuple[float | int, bool]]:
    """(number, written with %) of the figures in a row's cells or trailing run."""
    out = []
    for m in _FIGURE.finditer(text):
        num = parse_number(m.group(1))
        if num is None:
            return []
        out.append((as_value(num), bool(m.group(2))))
    return out


def _is_count(value: float | int, pct: bool) -> bool:
    return not pct and float(value).is_integer()


def assign(figures: list[tuple[float | int, bool]], n: int) -> list[tuple[int, float | int | None]] | None:
    """(count, percent) per answer from a row's figures, or None when they do not fit n answers:
    n counts, n count-percent pairs, and either with a total (the count of all answers) first
    or last."""
    nums = figures
    if len(nums) == 2 * n and all(_is_count(*nums[2 * i]) for i in range(n)):
        pairs = [(int(nums[2 * i][0]), nums[2 * i + 1][0]) for i in range(n)]
        if all(p <= 100 for _, p in pairs):
            return pairs
    if len(nums) == n and all(_is_count(*f) for f in nums):
        counts = [int(v) for v, _ in nums]
        if sum(counts) != 100 or n < 2:  # a row of whole percents without the sign is not counts
            return [(c, None) for c in counts]
    for drop in (0, len(nums) - 1) if nums else ():
        rest = nums[:drop] + nums[drop + 1:]
        total = nums[drop][0]
        got = assign(rest, n) if len(rest) in (n, 2 * n) else None
        if got and _is_count(*nums[drop]) and sum(c for c, _ in got) == total:
            return got
    return None


def _unit_before(doc: Document, pos: int) -> str:
    """The respondents' unit: the noun after the last survey cue above the table
    («взяли участь 48 отримувачів» → recipients); persons when none is named."""
    lo = max(0, pos - UNIT_LOOKBACK)
    cues = list(_cue().finditer(doc.text, lo, pos))
    lex = lexicon()
    for m in reversed(cues):
        for tok in tokens(doc.text[m.start():min(pos, m.start() + 200)], m.start()):
            unit = lex.unit_of(tok)
            if unit in RESPONDENT_UNITS:
                return unit
    return "persons"


def _has_cue(doc: Document, start: int, end: int) -> bool:
    return bool(_cue().search(doc.text, max(0, start - CUE_LOOKBACK), end))


class _Row:
    def __init__(self, label: str, start: int, end: int, figures: list[tuple[float | int, bool]]) -> None:
        self.label, self.start, self.end, self.figures = label, start, end, figures


def _label(text: str) -> str:
    text = _ROW_NUMBER.sub("", " ".join(text.split()))
    return text.replace("- ", "").strip(" .:;")


def _line_rows(doc: Document, lines: list[grid.GCell], i: int) -> list[_Row]:
    """Rows of a flattened table whose header is line i; wrapped questions rejoined."""
    rows: list[_Row] = []
    prev_end = lines[i].end
    for cell in lines[i + 1: i + 1 + MAX_ROWS * 2]:
        text = cell.text
        if rows and doc.text.count("\n", prev_end, cell.start) >= 2:
            break  # a blank line after the rows ends the table
        prev_end = cell.end
        if _RULE_LINE.match(text):
            continue
        run = _TRAILING.search(text)
        label = text[:run.start()] if run else text
        if run and regex.search(r"\p{L}", label):
            rows.append(_Row(label, cell.start, cell.end, _figures(run.group())))
        elif rows and not run and len(text.strip()) <= MAX_WRAP_CHARS and not grid.is_total_label(text):
            rows[-1].label += " " + text.strip()  # the question goes on on the next line
        elif rows:
            break
        # before the first row: a second header line («к-сть % к-сть %») is passed over
    return rows


def _grid_rows(g: grid.Grid, header_row: int) -> list[_Row]:
    rows = []
    for row in g.rows[header_row + 1:]:
        cells = [c for c in row if c is not None and not c.spanned and c.text.strip()]
        labels = [c for c in cells if regex.search(r"\p{L}{2}", c.text)]
        # «1 | Чи задоволені Ви …? | 48 (88,9 %)»: a number before the question numbers the row
        values = [c for c in cells if c not in labels and not (labels and c.start < labels[0].start)]
        if not labels or not values:
            continue
        per_cell = [_figures(c.text) for c in values]
        if any(len(f) == 2 and f[1][1] for f in per_cell):
            # «28 (93 %) | 2 (7 %) | 0»: a zero written alone is none of the respondents, 0 %
            per_cell = [f + [(0, True)] if f == [(0, False)] else f for f in per_cell]
        figures = [x for f in per_cell for x in f]
        rows.append(_Row(" ".join(c.text for c in labels), labels[0].start, values[-1].end, figures))
    return rows


def _answer_of(text: str) -> str | None:
    """The answer a row label is, whole («Так», «Важко відповісти»), or None."""
    text = text.strip(" .:")
    return next((value for value, rx in _answers() if rx.fullmatch(text)), None)


def _answer_rows(g: grid.Grid) -> list[tuple[str, _Row]]:
    """(answer, row) of a table whose rows are the answers to one question, asked above it
    («Чи отримали Ви послугу вчасно?» / «Варіант відповіді | Кількість | %» / «Так | 122 | 79,7»);
    [] for any other table. A total row closes it."""
    head = next((r for r in g.rows if not any(c is not None and _figures(c.text) for c in r)), None)
    heads = [c.text for c in (head or ())[1:] if c is not None and not c.spanned and c.text.strip()]
    if heads and all("%" in h for h in heads):
        return []  # («Варіант відповіді | Частка відповідей, %»: shares, the share readers' to read)
    out = []
    for row in _grid_rows(g, -1):
        if not row.figures:
            continue  # the header row
        answer = _answer_of(row.label)
        if answer is None:
            if grid.is_total_label(row.label):
                continue
            return []
        out.append((answer, row))
    return out if len(out) >= 2 and len({a for a, _ in out}) == len(out) else []


QUESTION_REACH = 300


def _question_above(doc: Document, start: int) -> str | None:
    """The line right above a table, as the question its answers answer."""
    above = doc.text[max(0, start - QUESTION_REACH):start].rstrip().split("\n")
    # («Таблиця 3. Чи отримали Ви послугу вчасно?»: the table's number is no part of the question)
    line = patterns.link_regex("table_number").sub("", above[-1].strip(), count=1) if above else ""
    return line or None


def _facts(doc: Document, rows: list[_Row], answers: list[str], table_start: int, n0: int) -> list[Fact]:
    out: list[Fact] = []
    unit = _unit_before(doc, table_start)
    for r, row in enumerate(rows, 1):
        if grid.is_total_label(row.label):
            continue
        got = assign(row.figures, len(answers))
        if got is None:
            continue
        question = _label(row.label)
        service = context.service_in(question) or context.service_of_section(doc.text, table_start)
        # «Адресність та індивідуальний підхід | 188 | 87,9 | …»: the row is a quality criterion
        criterion = ratings.criterion_of(question)
        for answer, (count, pct) in zip(answers, got, strict=True):
            out.append(Fact(
                fact_id=f"{PREFIX}:{n0 + len(out) + 1}", indicator=INDICATOR, value=count, unit=unit,
                start=row.start, end=row.end, quote=doc.text[row.start:row.end], extractor="survey_table",
                confidence=0.8, percent=pct, service=service, label=f"{question} — {answer}",
                criterion=criterion[1] if criterion else None,
                group_id=f"{PREFIX}:{table_start}:{r}", page=doc.page_at(row.start)))
    return out


def extract(doc: Document, meta: dict) -> list[Fact]:
    """Count facts of every survey answer table in the document."""
    facts: list[Fact] = []
    seen: list[tuple[int, int]] = []
    for g in grid.table_grids(doc):
        for h, row in enumerate(g.rows[:3]):
            text = " ".join(c.text for c in row if c is not None and not c.spanned)
            answers = header_answers(text)
            if answers and _has_cue(doc, g.start, g.start + len(text)):
                facts += _facts(doc, _grid_rows(g, h), answers, g.start, len(facts))
                seen.append((g.start, g.end))
                break
    for g in grid.table_grids(doc):
        if any(s <= g.start < e for s, e in seen):
            continue
        rows = _answer_rows(g)
        question = _question_above(doc, g.start) if rows else None
        if question is not None and (question.endswith("?") or _has_cue(doc, g.start, g.start + 1)):
            for answer, row in rows:
                got = assign(row.figures, 1)
                if got is None:
                    continue
                service = context.service_in(question) or context.service_of_section(doc.text, g.start)
                criterion = ratings.criterion_of(question)
                facts.append(Fact(
                    fact_id=f"{PREFIX}:{len(facts) + 1}", indicator=INDICATOR, value=got[0][0],
                    unit=_unit_before(doc, g.start), start=row.start, end=row.end,
                    quote=doc.text[row.start:row.end], extractor="survey_table", confidence=0.8, percent=got[0][1],
                    service=service, label=f"{_label(question)} — {answer}",
                    criterion=criterion[1] if criterion else None, group_id=f"{PREFIX}:{g.start}",
                    page=doc.page_at(row.start)))
            seen.append((g.start, g.end))
    lines = grid.line_cells(doc)
    for i, cell in enumerate(lines):
        if len(cell.text) > MAX_HEADER_CHARS or any(s <= cell.start < e for s, e in seen):
            continue
        answers = header_answers(cell.text)
        if not answers or not _has_cue(doc, cell.start, cell.end):
            continue
        rows = _line_rows(doc, lines, i)
        if rows:
            facts += _facts(doc, rows, answers, cell.start, len(facts))
            seen.append((cell.start, rows[-1].end))
    return facts


# «взяли участь 40 отримувачів» over answers counted in persons: the same people
_PEOPLE_WHOLE = frozenset({"persons", "recipients"})


def link_wholes(facts: list[Fact]) -> list[Fact]:
    """Each answer count's parent: the number of respondents stated above its table («В
    анкетуванні взяли участь 48 отримувачів»), the whole its percent is of."""
    wholes = sorted((f for f in facts if f.indicator == INDICATOR and f.extractor != "survey_table"
                     and not f.parent_id), key=lambda f: f.start)
    out = []
    for f in facts:
        if f.extractor == "survey_table" and f.parent_id is None:
            whole = next((w for w in reversed(wholes)
                          if w.start < f.start <= w.start + UNIT_LOOKBACK and w.value >= f.value
                          and (w.unit == f.unit or {w.unit, f.unit} <= _PEOPLE_WHOLE)), None)
            if whole is not None:
                # respondents counted as persons («заповнені анкети повернули 214 осіб») answer as
                # persons, whatever the caption calls them (where the whole counts recipients the
                # golds split, and the words nearest the table decide)
                f = replace(f, parent_id=whole.fact_id, unit="persons" if whole.unit == "persons" else f.unit)
        out.append(f)
    return out
