"""Tables stacked in one grid: a spreadsheet saved as a web page (or a long DOCX table) holds
several tables one under another. Each is cut out as a table of its own, so that its rows are
read under its own header and not under the first table's.

A new table starts at a row that reads as a header after rows of figures, with figures under
it («Основні показники | 2023 рік | 2022 рік» below the services' table), or at a caption alone
on its row right after a total row («Разом | 1 497 | …», then «Фінансування установи») in a table
that had no such caption rows under its header (a table of sections, «Платні послуги» …
«Всього», «Благодійні внески» …, goes on).
"""

from __future__ import annotations

import regex

from zvitparse import patterns

# a cell that is a figure: digits with their separators, a sign, a percent
_FIGURE = regex.compile(r"[-–+]?\d[\d \u00a0.,]*\s*%?")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_LETTER = regex.compile(r"\p{L}")


def _texts(row) -> list[str]:
    return [c.text for c in row if c.text.strip()]


def _is_data(row) -> bool:
    return any(_FIGURE.fullmatch(t.strip()) and not _YEAR.fullmatch(t.strip()) for t in _texts(row))


def _is_header(row) -> bool:
    """Headings over two columns or more, or a year's («Показник | 2023 рік»): a label with one
    word beside it («Загальна оцінка | добре») is a row of a table of values; so is a dataset's
    «Звітний період | рік | 2024 | 2023»."""
    texts = _texts(row)
    if len(texts) >= 3 and patterns.entry_regex("table_columns", "period_row").match(texts[0].lower()):
        return False
    return (len(texts) >= 2 and not _is_data(row)
            and all(_LETTER.search(t) or _YEAR.fullmatch(t.strip()) for t in texts)
            and (len(texts) >= 3 or any(_YEAR.search(t) for t in texts[1:])))


def _heads(header, data) -> bool:
    """Every column holding a figure in `data` has a heading in `header` (a row of text values,
    «Доступність | | добре», heads nothing)."""
    named = {c.col for c in header if c.text.strip()}
    figures = {c.col for c in data if _FIGURE.fullmatch(c.text.strip())}
    return bool(figures) and figures <= named


def _is_caption_after_total(rows, r: int) -> bool:
    texts = _texts(rows[r])
    prev = _texts(rows[r - 1])
    label = next((t for t in prev if _LETTER.search(t)), "")
    return len(texts) == 1 and bool(_LETTER.search(texts[0])) and bool(patterns.entry_regex("table_columns", "total_row").match(label.lower())) and _is_data(rows[r - 1])


def _crossed(rows, r: int) -> bool:
    """A merged cell spans over the row boundary before `r`."""
    return any(i + c.rowspan > r for i in range(r) for c in rows[i] if c.rowspan > 1)


def stacked_parts(rows: list) -> list[tuple[int, int]]:
    """(first, end) row ranges of the tables stacked in `rows`; one range when there is one."""
    cuts, start, seen_data = [], 0, False
    sections = False  # a caption row under the part's header: its table has sections («Платні послуги»)
    headed = len(_texts(rows[0])) >= 2
    for r in range(1, len(rows)):
        if r - start >= 2 and seen_data and r + 1 < len(rows) and not _crossed(rows, r) and (
                (_is_header(rows[r]) and _is_data(rows[r + 1]) and _heads(rows[r], rows[r + 1]))
                or (not sections and _is_caption_after_total(rows, r))):
            cuts.append(r)
            start, seen_data, sections, headed = r, False, False, len(_texts(rows[r])) >= 2
            continue
        if r > start and _is_data(rows[r]):
            seen_data = True
        if len(_texts(rows[r])) >= 2:
            headed = True
        elif headed and _texts(rows[r]):
            sections = True
    bounds = [0, *cuts, len(rows)]
    return list(zip(bounds, bounds[1:], strict=False))
