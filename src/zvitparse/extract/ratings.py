"""Quality ratings («добре», «задовільно», «незадовільно») from tables and prose.

Three shapes:

* table blocks: a row whose cell is a rating word, or whose mark («+») sits under a column
  headed by a band («від 80% до 100% «Добре»»);
* tables flattened into lines (seed 000): a line that is only a rating word closes a row
  whose label is the lines before it (see `grid.rows_ending_at`);
* prose: a quoted rating (or one after a dash) with a criterion phrase before it in the same
  sentence («Загальна оцінка якості - «добре»»).

The row label gives the criterion (`patterns/criteria.yaml`); a row without one keeps its
label. The band definitions of a document are exposed by `rating_bands` for the audit.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from zvitparse import patterns
from zvitparse.extract import context, grid
from zvitparse.extract.lexicon import lexicon
from zvitparse.extract.meta import find_title
from zvitparse.extract.numbers import as_value, find_numbers, parse_number
from zvitparse.model import Document, Fact

PREFIX = "ratings"
_QUOTES = "«»\"“”„'‘’"
# a line break ends a sentence unless the layout cut it: the next line goes on in lower case
_LIST_ITEM = regex.compile(r"^\s*[-–—•·*]\s+")
_SENTENCE_END = regex.compile(r"[.!?;](?=\s)|\n(?![ \t]*[\p{Ll}«\"“])")
# how far before a prose rating its criterion phrase may stand
PROSE_WINDOW = 200
# a table mark under a band column: «+», «х», «✓», «v» — short and not a number
_SCORE_AFTER = regex.compile(r"\(\s*(?:[^()\d]{0,40}?)(\d+(?:[,.]\d+)?)\s*%\s*\)\s*\.?\s*$")
_PROSE_SCORE = regex.compile(r"\s*\([^()\n]{0,40}?\d+(?:[,.]\d+)?\s*%\s*\)")
_SCORE = regex.compile(r"\s*\(\s*\d+(?:[,.]\d+)?\s*%?\s*\)\s*$")
_SCORE_CELL = regex.compile(r"^\s*\d{1,3}(?:[,.]\d+)?\s*%?\s*$")


@functools.lru_cache(maxsize=1)
def _counted_score_cell() -> regex.Pattern:
    """«38 з 40 (95,0 %)», «116/118 (98,3 %)»: a score cell that shows its count beside the
    percentage (the words joining a part to its whole: `links.yaml` `part_of_next`)."""
    joiner = patterns.link_regex("part_of_next").pattern
    return regex.compile(rf"^\s*\d+\s*(?:{joiner}|/)\s*\d+\s*\(\s*(\d{{1,3}}(?:[,.]\d+)?)\s*%\s*\)\s*$", regex.I)


def _score_cell(text: str) -> str | None:
    """The percentage a score cell shows, as written; None for any other cell."""
    if _SCORE_CELL.match(text):
        return text.strip().rstrip("%").strip()
    m = _counted_score_cell().match(text)
    return m.group(1) if m else None


_NUMBERING = regex.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\)?|[•·\-–—*])?\s*")
_FIRST_SENTENCE = regex.compile(r"[^.!?:;]+[.:]")
# lines back from a prose rating to the heading that names its criterion
HEADING_LOOKBACK = 4
_MARK = regex.compile(r"^\W?[+xхvV✓✔√☑●•*]\W?$")


@dataclass(frozen=True)
class RatingBand:
    """A document's own definition of a rating band: `low`..`high` % is `rating`."""

    rating: str
    low: float | None
    high: float | None
    start: int
    end: int


@functools.lru_cache(maxsize=8)
def _rating_res() -> tuple[tuple[str, regex.Pattern], ...]:
    return tuple((e["rating"], regex.compile(e["regex"], regex.I))
                 for e in patterns.load()["ratings"] if e.get("regex") and e.get("rating"))


@functools.lru_cache(maxsize=8)
def _statement_res() -> tuple[tuple[str, None, regex.Pattern], ...]:
    """`ratings.yaml` entries without a rating: words that make a rating statement
    («Оцінка – «добре»») whose criterion is named by the heading above it."""
    return tuple((e.id, None, regex.compile(e["regex"], regex.I))
                 for e in patterns.load()["ratings"] if e.get("regex") and not e.get("rating"))


@functools.lru_cache(maxsize=8)
def _criterion_res() -> tuple[tuple[str, str, regex.Pattern], ...]:
    return tuple((e.id, e.get("criterion") or e.id, regex.compile(e["regex"], regex.I))
                 for e in patterns.load()["criteria"] if e.get("regex"))


# cached: the line, grid and prose readers each ask of the same lines in turn
@functools.lru_cache(maxsize=8192)
def rating_word(text: str) -> str | None:
    """The rating a cell holds when its whole text is a rating word (quotes allowed)."""
    core = _SCORE.sub("", text.strip())  # «добре (95 %)»: the score beside the rating
    core = " ".join(core.strip(_QUOTES + " .:;,").split())
    if not core or len(core) > 40:
        return None
    for rating, rx in _rating_res():
        m = rx.fullmatch(core.lower())
        if m:
            return rating
    return None


def rating_score(text: str) -> float | None:
    """The score written beside a rating, «добре (95 %)» or «(середній показник – 78 %)»:
    the figure the audit checks against the document's bands (it lands in `percent`)."""
    m = _SCORE_AFTER.search(text)
    if not m:
        return None
    num = parse_number(m.group(1))
    return float(num) if num is not None else None


def find_ratings(text: str) -> list[tuple[int, int, str]]:
    """Rating words anywhere in `text` (start, end, rating)."""
    return list(_find_ratings(text))


@functools.lru_cache(maxsize=8192)
def _find_ratings(text: str) -> tuple[tuple[int, int, str], ...]:
    # cached: the line and prose readers both look for ratings in every line
    low = text.lower()
    hits = [(m.start(), m.end(), rating) for rating, rx in _rating_res() for m in rx.finditer(low)]
    hits.sort()
    out: list[tuple[int, int, str]] = []
    for h in hits:  # «незадовільно» also holds «задовільно»: keep the outer match
        if out and h[0] < out[-1][1]:
            continue
        out.append(h)
    return tuple(out)


def criterion_of(text: str) -> tuple[str, str] | None:
    """(entry id, criterion) of the earliest criterion phrase in `text`."""
    low = " ".join(text.lower().split())
    best = None
    for eid, crit, rx in _criterion_res():
        m = rx.search(low)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), eid, crit)
    return (best[1], best[2]) if best else None


def _last_criterion(text: str) -> tuple[int, str, str | None, int] | None:
    """(end, entry id, criterion, start) of the criterion phrase (or rating statement word,
    criterion None) ending last in `text`."""
    low = text.lower()
    best = None
    for eid, crit, rx in (*_criterion_res(), *_statement_res()):
        for m in rx.finditer(low):
            if best is None or m.end() > best[0]:
                best = (m.end(), eid, crit, m.start())
    return best


def _prose_score(text: str, at: int) -> regex.Match | None:
    """«– «добре» (середній показник – 78 %)»: the score in a bracket right after a rating; a
    threshold there («(показник 2.1 нижче 80 %)») says why, it is no score."""
    m = _PROSE_SCORE.match(text, at)
    return None if m is None or patterns.link_regex("score_threshold").search(m.group()) else m


def _last_criterion_only(text: str) -> tuple[int, str] | None:
    """(start, criterion) of the criterion phrase ending last in `text`."""
    low = text.lower()
    found = [(m.end(), m.start(), crit) for _, crit, rx in _criterion_res() for m in rx.finditer(low)]
    return max(found)[1:] if found else None


def _joined_criteria(text: str, start: int) -> list[tuple[int, str]]:
    """(start, criterion) of the criteria joined by «та», «і» or a comma to the one at `start`."""
    low = text.lower()
    found = sorted({(m.start(), m.end(), crit) for _, crit, rx in _criterion_res() for m in rx.finditer(low, 0, start)},
                   key=lambda x: -x[1])
    out: list[tuple[int, str]] = []
    at = start
    for s, e, crit in found:
        if e <= at and patterns.link_regex("criteria_join").fullmatch(low, e, at) and crit and all(crit != c for _, c in out):
            out.append((s, crit))
            at = s
    return out


def is_band(text: str) -> bool:
    """A band header («від 80% до 100% «Добре»»), not a rating with its score («добре (95 %)»)."""
    return grid.is_band_line(text) and rating_word(text) is None


def rating_bands(doc: Document) -> list[RatingBand]:
    """Band definitions («від 80% до 100% «Добре»») in table headers and flattened lines."""
    cells = list(grid.line_cells(doc))
    out = []
    for g in grid.table_grids(doc):
        cells += [c for row in g.rows[:3] for c in row if c is not None and not c.spanned]
        out += _grid_bands(g)
    for c in cells:
        if not find_ratings(c.text) or criterion_of(c.text):
            # (no rating word, no band; «- зручність - 67,6 % («добре»);»: a criterion's score)
            continue
        if not is_band(c.text):
            out += _prose_bands(c)
            continue
        found = find_ratings(c.text)
        if len(found) != 1:
            continue
        nums = [float(n.written) for n in find_numbers(c.text, skip_not_figures=False) if n.is_percent]
        low = min(nums) if nums else None
        high = max(nums) if len(nums) > 1 else None
        out.append(RatingBand(found[0][2], low, high, c.start, c.end))
    return out


def _grid_bands(g: grid.Grid) -> list[RatingBand]:
    """A table of the scale itself, one band per row («добре» | від 85 до 100 %)."""
    out = []
    for row in g.rows:
        cells = [c for c in row if c is not None and not c.spanned and c.text.strip()]
        words = [(c, r) for c in cells if (r := rating_word(c.text))]
        ranges = [c for c in cells if patterns.link_regex("band_ahead").fullmatch(c.text.strip())]
        if len(words) == 1 and len(ranges) == 1:
            (c, rating), rc = words[0], ranges[0]
            bounds = _band_range(rc.text, rating)
            if bounds is not None:
                out.append(RatingBand(rating, *bounds, min(c.start, rc.start), max(c.end, rc.end)))
    return out if len(out) >= 2 else []


# where a band definition's clauses part: «;», and «,» or «.» not inside a number («84,9»)
_CLAUSE_BREAK = regex.compile(r";|[,.](?!\d)")


def _prose_bands(cell: grid.GCell) -> list[RatingBand]:
    """Bands written in prose, the range before its rating («80–100 % – «добре», 60–79 % –
    «задовільно»») or after it («добре» – від 80 до 100 %; «задовільно» – від 60 до 84,9 %»).
    A range belongs to the rating it is joined to by a dash, colon or tab, not to the one a
    comma or semicolon parts it from."""
    out = []
    found = find_ratings(cell.text)
    text = cell.text
    for i, (s, e, rating) in enumerate(found):
        # the clause right before the rating: a range ending it, with few words of its own
        lo = found[i - 1][1] if i else 0
        breaks = list(_CLAUSE_BREAK.finditer(text, lo, s))
        before = text[breaks[-1].end() if breaks else lo:s]
        if patterns.link_regex("band_tail").search(before) and \
                len(regex.findall(r"\p{L}+", regex.sub(r"\d+", " ", before))) <= 4:
            bounds = _band_range(before, rating)
            if bounds is not None:
                out.append(RatingBand(rating, *bounds, cell.start + s - len(before), cell.start + e))
                continue
        # else the clause right after it, up to the next rating or a break
        hi = found[i + 1][0] if i + 1 < len(found) else len(text)
        brk = _CLAUSE_BREAK.search(text, e, hi)
        after = text[e:brk.start() if brk else hi]
        m = patterns.link_regex("band_ahead").match(after)
        if m is None or (brk is None and i + 1 < len(found) and patterns.link_regex("band_tail").search(after)):
            continue  # (a range between two ratings with no break is the next one's)
        bounds = _band_range(after[:m.end()], rating)
        if bounds is not None:
            out.append(RatingBand(rating, *bounds, cell.start + s, cell.start + e + m.end()))
    return out


def _band_range(seg: str, rating: str) -> tuple[float, float | None] | None:
    """(low, high) of the band whose range `seg` writes. With one bound, its words say which
    end it is («менше 60 %»: the top); failing them, the rating does (the top band starts at
    its bound, the bottom one ends there)."""
    nums = [float(n.written) for n in find_numbers(seg, skip_not_figures=False)]
    if len(nums) >= 2:
        return min(nums), max(nums)
    if not nums:
        return None
    if patterns.link_regex("band_below").search(seg) and not patterns.link_regex("band_above").search(seg):
        return 0.0, nums[0]
    if rating == "good":
        return nums[0], 100.0
    return (0.0, nums[0]) if rating == "unsatisfactory" else (nums[0], None)


class _Out:
    """Collects facts with ids unique within this extractor."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.facts: list[Fact] = []

    def share(self, value: float | int, start: int, end: int, header: str, service: str | None,
              crit: tuple[str, str]) -> None:
        """The score of a criterion in a column of its own, as the share it is."""
        self.facts.append(Fact(
            fact_id=f"{PREFIX}:{len(self.facts) + 1}", indicator="share", value=value, unit="percent",
            start=start, end=end, quote=self.doc.text[start:end], extractor="rating_table_score",
            confidence=0.8, service=service, criterion=crit[1], label=" ".join(header.split()) or None,
            page=self.doc.page_at(start)))

    def add(self, rating: str, start: int, end: int, label_text: str, extractor: str,
            confidence: float, service: str | None, crit: tuple[str, str] | None,
            percent: float | None = None) -> None:
        self.facts.append(Fact(
            fact_id=f"{PREFIX}:{len(self.facts) + 1}", indicator="rating", value=rating, unit="rating",
            start=start, end=end, quote=self.doc.text[start:end], extractor=extractor,
            confidence=confidence, service=service, criterion=crit[1] if crit else None,
            label=None if crit else " ".join(label_text.split()) or None, page=self.doc.page_at(start),
            percent=percent))


def _row_service(doc: Document, label: str, pos: int, crit: tuple[str, str] | None,
                 rows_name_services: bool = True) -> str | None:
    named = {sid for _, _, sid in context.find_services(label)}
    if len(named) == 1:
        return named.pop()
    if named or (crit and crit[1] == "overall" and rows_name_services
                 and (not _title_service(doc.text) or patterns.link_regex("all_services_row").search(label.lower()))):
        # a row about several services (or all of them: «Оцінка якості соціальних послуг … в
        # цілому») has none; in a report on one service's quality, its overall rating is that service's
        return None
    # the overall row of a table of one service's criteria is about that service; an assessment
    # of one service rates that service, not one a sentence above the table mentions («Крім
    # того, послугу денного догляду отримувала 31 особа.»)
    if crit and (title := _title_service(doc.text)):
        return context.service_of_section(doc.text, pos, headings_only=True) or title
    return context.service_of_section(doc.text, pos)


@functools.lru_cache(maxsize=8)
def _title_service(text: str) -> str | None:
    """The one service the document's title names («… оцінки якості соціальної послуги догляду вдома …»)."""
    title = find_title(text)
    return context.service_in(text[title[0]:title[1]]) if title else None


@functools.lru_cache(maxsize=8192)
def trailing_rating(text: str) -> tuple[str, str] | None:
    """(label, rating) of a row a PDF glued into one line: «Професійність Добре». The rating
    must stand last and unquoted (a quoted one ends a band header or a sentence)."""
    if len(text) > grid.LONG_LINE or grid.is_band_line(text):
        return None
    found = find_ratings(text)
    if not found:
        return None
    s, e, rating = found[-1]
    if text[e:].strip() or s == 0 or text[s - 1] in _QUOTES or text[s - 1] not in " .…_":
        return None
    label = _LEADER_END.sub("", text[:s]).strip()  # «Своєчасність ........ добре»: a printout's leader
    if not label or regex.search(r"[.!?;]$", label):
        return None
    return label, rating


_LEADER_END = regex.compile(r"\s*(?:\.{3,}|…+|_{3,})[\s.…_]*$")


# a score with decimals or a percent sign ending a glued row («Своєчасність 78,6 добре»)
# (a whole score only with its «%», or a perfect 100: «Конфіденційність інформації 100 добре»)
_LINE_SCORE = regex.compile(r"(?<![\d,.])(\d{1,3}[,.]\d+|\d{1,3}(?=\s*%)|100)\s*%?\s*$")


def _is_value_line(text: str) -> bool:
    return rating_word(text) is not None or trailing_rating(text) is not None


def _from_lines(doc: Document, out: _Out) -> None:
    lines = grid.line_cells(doc)
    for i, cell in enumerate(lines):
        rating = rating_word(cell.text)
        glued = None
        if rating is None:
            glued = trailing_rating(cell.text)
            if glued is None:
                continue
            rating = glued[1]
        if glued:
            prefix = glued[0]
            # (not at the «%» of the row's own score: «Результативність 88,3 % добре»)
            own_score = _LINE_SCORE.search(prefix)
            upto = own_score.start() if own_score else len(prefix)
            cut = max(prefix.rfind("»", 0, upto), prefix.rfind("%", 0, upto))
            own = grid.GCell(prefix[cut + 1:].strip(), cell.start, cell.start + len(prefix))
            # a row glued after the band header starts at the band; else earlier lines may
            # still belong to its label (the caption of an overall row)
            label = [own] if cut >= 0 else [*grid.rows_ending_at(lines, i, _is_value_line)[-2:], own]
            label = [c for c in label if c.text]
        else:
            label = grid.rows_ending_at(lines, i, _is_value_line)
        if not label:
            continue
        text = " ".join(c.text for c in label)
        crit = criterion_of(text)
        service = _row_service(doc, text, label[0].start, crit)
        # (a table copied out of a PDF gives a cell per line: «Своєчасність», «84,8», «добре»)
        score = (_LINE_SCORE.search(glued[0]) if glued else _LINE_SCORE.fullmatch(label[-1].text.strip())) \
            if crit else None
        value = float(score.group(1).replace(",", ".")) if score is not None else None
        value = value if value is not None and 0 <= value <= 100 else None
        # (the score beside the rating is the rating's percent, for the audit to check its band)
        out.add(rating, label[0].start, cell.end, text, "rating_lines", 0.8, service, crit, percent=value)
        if value is not None:
            # «Своєчасність 78,6 добре» under «Критерій Позитивних відповідей, % Оцінка»: the
            # criterion's score, as a table's score column gives it
            out.share(int(value) if value.is_integer() else value, label[0].start, cell.end, "", service, crit)


def _band_columns(g: grid.Grid) -> dict[int, str]:
    cols: dict[int, str] = {}
    for row in g.rows[:3]:
        cells = [(col, c) for col, c in enumerate(row) if c is not None and not c.spanned]
        words = {col: rating_word(c.text) for col, c in cells if rating_word(c.text)}
        # a header row of bare rating words: each a different rating, no criterion beside them
        header = (len(words) >= 2 and len(set(words.values())) == len(words)
                  and not any(criterion_of(c.text) for col, c in cells if col not in words))
        for col, c in cells:
            found = find_ratings(c.text)
            if len(found) == 1 and (is_band(c.text) or (header and col in words)):
                cols[col] = found[0][2]
    return cols


def _column_services(g: grid.Grid) -> dict[int, str]:
    """Services named by the header cells (a column per service)."""
    cols: dict[int, str] = {}
    for row in g.rows[:2]:
        for col, c in enumerate(row):
            if c is not None and rating_word(c.text) is None:
                sid = context.service_in(c.text)
                if sid:
                    cols[col] = sid
    return cols


def _from_grid(doc: Document, g: grid.Grid, out: _Out) -> None:
    bands = _band_columns(g)
    col_services = _column_services(g)
    rows_name_services = bool(col_services) or any(
        context.find_services(c.text) for row in g.rows for c in row if c is not None and not c.spanned)
    for row in g.rows:
        cells = [c for c in row if c is not None and not c.spanned]
        if any(is_band(c.text) for c in cells):
            continue
        hits = []
        for col, c in enumerate(row):
            if c is None or c.spanned:
                continue
            rating = rating_word(c.text)
            if rating:
                hits.append((col, c, rating))
            elif col in bands and _MARK.match(c.text):
                hits.append((col, c, bands[col]))
        if not hits:
            continue
        if row is g.rows[0] and len({r for _, _, r in hits}) >= 2 and not any(
                regex.search(r"\d", c.text) for c in cells):
            continue  # «Критерій | Добре | Задовільно | Незадовільно»: the ratings name the columns
        first = hits[0][0]
        before = [(col, c) for col, c in enumerate(row[:first]) if c is not None and not c.spanned and c.text]
        if before and grid.is_row_number(before[0][1].text):
            before = before[1:]  # «1 | Адресність … | 100 | добре»
        # «| Своєчасність | 94 | добре |»: a score in a column of its own is a figure of its own
        scores = [(col, c) for col, c in before if _score_cell(c.text) is not None]
        label_cells = [c for col, c in before if (col, c) not in scores]
        if not label_cells:
            continue
        text = " ".join(c.text for c in label_cells)
        crit = criterion_of(text)
        for col, cell, rating in hits:
            service = col_services.get(col) or _row_service(doc, text, g.start, crit, rows_name_services)
            score = rating_score(cell.text)
            share_cell = _share_column(g, scores) if len(hits) == 1 and crit else None
            if share_cell is not None:
                value = parse_number(_score_cell(share_cell[1].text))
                if value is not None and value <= 100:
                    score = as_value(value)
                    out.share(score, label_cells[0].start, share_cell[1].end, _header_above(g, share_cell[0]),
                              service, crit)
            if crit is None and service is not None and context.service_in(text) == service:
                crit = ("service_row", "overall")  # «Догляд вдома | 184 | 62 | 91,9 | добре»: the service's rating as a whole
            out.add(rating, label_cells[0].start, cell.end, text, "rating_table", 0.85, service, crit, score)


def _share_column(g: grid.Grid, scores: list[tuple[int, grid.GCell]]) -> tuple[int, grid.GCell] | None:
    """The score cell of a row: the only one, or the one under a percent header when the row
    also counts criteria («передбачено | дотримано | Рівень дотримання, %»)."""
    if len(scores) == 1:
        return scores[0]
    percent_header = lexicon().link_re["percent_header"]
    marked = [sc for sc in scores if percent_header.search(_header_above(g, sc[0]))]
    if len(marked) > 1:  # «Максимум балів | Отримано балів | % від максимуму»: the percent is the score
        marked = [sc for sc in marked if "%" in _header_above(g, sc[0])]
    return marked[0] if len(marked) == 1 else None


def _header_above(g: grid.Grid, col: int) -> str:
    """The header text of a column (its cells in the first row that holds no rating)."""
    for row in g.rows[:2]:
        c = row[col] if col < len(row) else None
        if c is not None and c.text and not _SCORE_CELL.match(c.text):
            return c.text
    return ""


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - PROSE_WINDOW)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    return starts[-1] if starts else lo


_SECTION_HEADING = regex.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[\p{L}\s,'’-]{2,60}$")


def _numbered_criterion(text: str, prefix: str, before: int) -> tuple[str, str] | None:
    """«Висновок за критерієм 1: …»: the criterion the heading «Критерій 1. Адресність …» above names."""
    ref = patterns.link_regex("criterion_number_ref").search(prefix.lower())
    if ref is None:
        return None
    heads = [m for m in patterns.link_regex("criterion_number_heading").finditer(text.lower(), 0, before)
             if m.group("n") == ref.group("n")]
    return criterion_of(heads[-1].group("name")) if heads else None


def _heading_criterion(lines: list[grid.GCell], i: int) -> tuple[str, str] | None:
    """The criterion named by a short line (a heading) among the lines just before `i`."""
    for k in range(i - 1, max(-1, i - 1 - HEADING_LOOKBACK), -1):
        if len(lines[k].text) <= 80:
            if trailing_rating(lines[k].text) is not None or rating_word(lines[k].text) is not None:
                return None  # a rated row of a table above, no heading of this statement
            found = criterion_of(lines[k].text)
            if found:
                return found
            if _SECTION_HEADING.match(lines[k].text):
                return None  # «3. Висновки»: the section that holds the statement names no criterion
    return None


def _paragraph_criterion(line: str) -> tuple[str, str] | None:
    """The criterion a paragraph opens with: «4.3. Своєчасність. Рішення …»."""
    head = _NUMBERING.sub("", line, count=1)
    first = _FIRST_SENTENCE.match(head)
    if first and len(first.group(0)) <= 90:
        found = criterion_of(first.group(0))
        if found and criterion_of(head[: 12 + len(first.group(0)) // 3]):
            return found
    return None


def _from_prose(doc: Document, out: _Out) -> None:
    text = doc.text
    lines = grid.line_cells(doc)
    # an assessment of one service rates that service, not one a paragraph above mentions
    title_service = _title_service(text)
    list_crit: tuple[int, tuple[str, str | None]] | None = None  # (line, criterion) of a rated list item
    for i, cell in enumerate(lines):
        if rating_word(cell.text) or trailing_rating(cell.text) or (
                grid.is_band_line(cell.text) and not criterion_of(cell.text)):
            # a table cell or a band header, not a statement (a short line that names its
            # criterion states it: «- своєчасність - 94,6 % («добре»);»)
            continue
        item = _LIST_ITEM.match(cell.text)
        for s, e, rating in find_ratings(cell.text):
            start, end = cell.start + s, cell.start + e
            quoted = text[max(0, start - 2):start].strip()[-1:] in _QUOTES
            before = _sentence_start(text, start)
            prefix = text[before:start]
            crit_hit = _last_criterion(prefix)
            if crit_hit is None and item and quoted and list_crit is not None and i - 2 <= list_crit[0] < i \
                    and regex.search(r"[-–—:]\s*[«\"“]?$", prefix):
                # «- Миргородський ТЦСО – загальна оцінка «добре»; - Лубенський ТЦСО – «добре»»:
                # the next items of a rated list rate the same criterion
                crit_hit = (len(prefix), list_crit[1][0], list_crit[1][1], item.end() + cell.start - before)
            if crit_hit is None:
                continue
            gap = prefix[crit_hit[0]:]
            # (unquoted, the rating follows a dash or colon, or the verb that states it: «визнано
            # задовільною», «оцінено як добру»)
            if not quoted and not regex.fullmatch(r"[^\p{L}\d]*[-–—:][^\p{L}\d]*", gap) \
                    and not lexicon().link_re["rating_verb"].search(prefix):
                continue
            if patterns.link_regex("band_tail").search(prefix) or patterns.link_regex("band_ahead").match(text, end):
                continue  # («за часткою відповідей «добре»: 80–100 % – «добре», …»: the scale, no rating)
            crit = (crit_hit[1], crit_hit[2])
            confidence = 0.75
            if crit[1] is None:
                # «Оцінка – «добре»»: a criterion named earlier in the sentence, or opening the
                # paragraph («4.3. Своєчасність. … Оцінка – «добре»»), or the heading above; else
                # the whole service
                crit = (criterion_of(prefix) or _numbered_criterion(text, prefix, before) or _paragraph_criterion(cell.text)
                        or _heading_criterion(lines, i) or (crit[0], "overall"))
                confidence = 0.6
            close = end + 1 if text[end:end + 1] and text[end] in _QUOTES else end
            service = (context.service_in(text[before:close]) or context.service_of_section(text, before)
                       or title_service or context.service_before(text, before))
            # the evidence is the criterion phrase and the rating, not the whole sentence, so a
            # figure earlier in the sentence stays free for the other extractors
            score = _prose_score(text, close)
            if score:  # «– «добре» (середній показник – 78 %)»: the score belongs to the rating
                close = score.end()
            if item:
                list_crit = (i, crit)
            out.add(rating, before + crit_hit[3], close, "", "rating_prose", confidence, service, crit,
                    rating_score(score.group()) if score else None)
            # «За критеріями своєчасності та професійності … оцінено як «добре»»: each criterion
            # joined to the one named last has the same rating
            last = _last_criterion_only(prefix) if crit_hit[2] is None else (crit_hit[3], crit[1])
            joined = [last, *_joined_criteria(prefix, last[0])] if last is not None else []
            if crit[1] in {c for _, c in joined}:
                # (one criterion once: «Доступність та відкритість» names one, in two words)
                for c_start, c_crit in {c: (s0, c) for s0, c in reversed(joined) if c != crit[1]}.values():
                    out.add(rating, before + c_start, close, "", "rating_prose", confidence, service,
                            (crit[0], c_crit), rating_score(score.group()) if score else None)


def extract(doc: Document, meta: dict) -> list[Fact]:
    """Rating facts of a document: table rows, flattened table rows, prose statements."""
    out = _Out(doc)
    for g in grid.table_grids(doc):
        _from_grid(doc, g, out)
    _from_lines(doc, out)
    _from_prose(doc, out)
    return out.facts
