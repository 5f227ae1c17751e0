"""Lines that name a figure before a colon: «Сім'ї у СЖО: 52», «Підвищили кваліфікацію: 11»;
and the «КЛЮЧ=значення» lines of a register's export («ЗВЕРНЕНЬ_ВСЬОГО=327»).

A summary or a note lists its figures one per line, the words first, then a colon and the bare
figure. The words say what is counted the way a table's row label does (the noun of the count
may be in them, «Діти в сім'ях під супроводом: 88», or nowhere), so `lines` rebuilds a run of
such lines as label–value rows for the row tables to read.
"""

from __future__ import annotations

import regex

from zvitparse.extract import grid
from zvitparse.extract.numbers import WRITTEN_FIGURE

_NUM = WRITTEN_FIGURE
# a line: an optional bullet, words without figures, a colon, one figure (a percent sign, an
# arrow of a trend or a closing stop after it), nothing more
_LINE = regex.compile(rf"^[^\S\n]*(?:[-–—•·*][^\S\n]*)?(?P<label>\p{{L}}[^\d\n:=]{{2,80}}?)[^\S\n]*(?P<sep>[:=])[^\S\n]*"
                      rf"(?P<val>{_NUM})(?:[^\S\n]*%)?[^\S\n]*[↑↓=]?[^\S\n]*\.?[^\S\n]*$", regex.M)
_CAPS_WORD = regex.compile(r"\b\p{Lu}{4,}\b")
# a clause of a line of several: «Штатних посад фахівців: 5; фактично працюють: 5; підвищили
# кваліфікацію: 3» (a filled-in template writes its fields one after another)
_CLAUSE = regex.compile(rf"(?P<label>\p{{L}}[^\d\n:;=]{{2,80}}?)[^\S\n]*:[^\S\n]*(?P<val>{_NUM})(?!\d)[^\S\n]*(?:[;,.](?!\d)|$)")
_LINE_LEAD = regex.compile(r"[^\S\n]*(?:\d+(?:\.\d+)*\.?[^\S\n]+|[-–—•·*][^\S\n]*)?")
# a run of this many such lines, one right under another, is a list of figures
MIN_LINES = 2


def _label(key: str, sep: str) -> str:
    """The words of a line's label; an export's key («ОТРИМУВАЧІВ_ДОГЛЯД_ВДОМА») as words in
    lower case («отримувачів догляд вдома»), its short capitals kept («СЖО», «ВПО»)."""
    if sep == "=":
        key = _CAPS_WORD.sub(lambda m: m.group().lower(), key.replace("_", " "))
    return " ".join(key.split())


def lines(doc) -> list[grid.Grid]:
    """Grids of label–value rows from runs of colon lines outside the tables."""
    text = doc.text
    if ":" not in text and "=" not in text:
        return []
    tables = [(b.start, b.end) for b in doc.blocks if b.kind == "table"]
    runs: list[list[tuple[grid.GCell, grid.GCell]]] = []
    rows: list[tuple[grid.GCell, grid.GCell]] = []
    last_end = -1
    for m in _LINE.finditer(text):
        if any(a <= m.start() < b for a, b in tables):
            continue
        if rows and m.start() - last_end > 2:
            runs.append(rows)
            rows = []
        rows.append((grid.GCell(_label(m.group("label"), m.group("sep")), m.start("label"), m.end("label")),
                     grid.GCell(m.group("val"), m.start("val"), m.end("val"))))
        last_end = m.end()
    if rows:
        runs.append(rows)
    runs += _clause_lines(text, tables)
    return [grid.Grid(tuple(run), run[0][0].start, run[-1][1].end, None, True, loose=True)
            for run in runs if len(run) >= MIN_LINES]


def _clause_lines(text: str, tables: list[tuple[int, int]]) -> list[list[tuple[grid.GCell, grid.GCell]]]:
    """Lines made of nothing but two or more «label: figure» clauses, each a row."""
    runs = []
    for line in regex.finditer(r"[^\n]+", text):
        if line.group().count(":") < 2 or any(a <= line.start() < b for a, b in tables):
            continue
        at = _LINE_LEAD.match(text, line.start()).end()
        rows = []
        while at < line.end():
            m = _CLAUSE.match(text, at, line.end())
            if m is None:
                break
            rows.append((grid.GCell(" ".join(m.group("label").split()), m.start("label"), m.end("label")),
                         grid.GCell(m.group("val"), m.start("val"), m.end("val"))))
            at = m.end()
            while at < line.end() and text[at].isspace():
                at += 1
        if at >= line.end() and len(rows) >= 2:
            runs.append(rows)
    return runs
