"""A wide table printed on the next page as the columns that did not fit joins its first part."""

from __future__ import annotations

import pytest

from zvitparse.read.assemble import Assembly, RawBlock, RawCell, assemble
from zvitparse.read.continued import join_continued_columns


def _table(rows: list[list[str]], page: int | None = None) -> RawBlock:
    return RawBlock("table", rows=[[RawCell(t, c) for c, t in enumerate(r)] for r in rows], page=page)


FIRST = [["Показник", "Липень", "Серпень"], ["Надійшло заяв", "6", "5"], ["Взято на обслуговування", "5", "4"],
         ["Надано послуг", "2 618", "2 704"]]
REST = [["Грудень", "Разом"], ["3", "14"], ["2", "11"], ["2 586", "7 908"]]


@pytest.mark.parametrize(
    ("between", "second", "pages", "joined"),
    [
        ([], REST, (1, 2), True),
        (["Показники_ІІпів_2024"], REST, (None, None), True),  # a sheet's name between, no pages known
        (["Примітка: станом на 01.07.2024 на обслуговуванні перебувало 211 осіб, а рядок 4 звірено " * 2],
         REST, (1, 2), True),  # notes printed under the first part, on its page
        (["Примітка: станом на 01.07.2024 на обслуговуванні перебувало 211 осіб, а рядок 4 звірено " * 2],
         REST, (None, None), False),  # a paragraph between and no page turn: another table
        ([], [["Грудень", "Разом"], ["3", "14"], ["2", "11"]], (1, 2), False),  # fewer rows
        ([], [["Район", "Осіб"], ["Гірський", "14"], ["Лісовий", "11"], ["Разом", "25"]], (1, 2), False),  # rows named
        ([], [["Грудень", "Разом"], ["3", "#ДІЛ/0!"], ["2", "-"], ["2 586", "7 908"]], (1, 2), True),
    ],
)
def test_columns_continued_on_the_next_page_join_the_rows_they_belong_to(between, second, pages, joined):
    blocks = [_table(FIRST, pages[0]), *[RawBlock("paragraph", text=t, page=pages[1]) for t in between],
              _table(second, pages[1])]
    out = join_continued_columns(blocks)
    tables = [b for b in out if b.kind == "table"]
    assert (len(tables) == 1) is joined
    if joined:
        assert [c.text for c in tables[0].rows[1]] == ["Надійшло заяв", "6", "5", *[c.text for c in second_row(second)]]
        assert [c.col for c in tables[0].rows[0]] == list(range(3 + len(second[0])))


def second_row(rows: list[list[str]]) -> list[RawCell]:
    return [RawCell(t, c) for c, t in enumerate(rows[1])]


def test_the_joined_rows_read_as_one_line_each() -> None:
    doc = assemble([_table(FIRST, 1), RawBlock("paragraph", text="Аркуш1", page=2), _table(REST, 2)], "x.pdf",
                   Assembly("pdf", pages=2))
    assert "Надійшло заяв\t6\t5\t3\t14" in doc.text
