"""What a column of a table of counts holds (extract/table_columns.py)."""

from __future__ import annotations

import pytest

from zvitparse.extract import table_columns


@pytest.mark.parametrize(
    "header, expected",
    [("%", None), ("Частка, %", None), ("у %", None), ("Так, %", None), ("Питома вага, %", None),
     ("Задоволеність, %", "satisfaction"), ("Укомплектованість, %", "share"), ("з них ВПО, %", "share")],
)
def test_percent_column(header, expected):
    assert table_columns.percent_column(header) == expected


@pytest.mark.parametrize(
    "header, caption, expected",
    [("Касові видатки, тис. грн", "", ("budget_spent", 1000)),
     ("Вартість допомоги, грн", "", ("aid_value", 1)),
     ("Касові видатки", "Видатки надавачів (тис. грн)", ("budget_spent", 1000)),
     ("Виконано", "Показники роботи", None),  # «План / Виконано» of counts
     ("Отримувачів, осіб", "", None)],
)
def test_money_column(header, caption, expected):
    assert table_columns.money_column(header, caption) == expected


@pytest.mark.parametrize(
    "text, indicator, unit",
    [("Кількість отримувачів (сімей/осіб)", "served", "families_persons"),
     ("Надано послуг", "services_provided", "services"),
     ("Так", "survey_respondents", None),
     ("Відповіли «так», осіб", "survey_respondents", "persons"),
     ("Надавач", None, None)],
)
def test_count_indicator_and_unit(text, indicator, unit):
    assert table_columns.count_indicator(text) == indicator
    assert table_columns.unit_in(text) == unit
