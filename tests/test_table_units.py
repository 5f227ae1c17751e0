"""A table total repeating a prose figure takes the prose's unit (extract/table_units.py)."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts
from zvitparse.read import read_bytes

_TABLE = "\n\n{caption}\n\nРайон\t{header}\nПолтавський\t1 204\nКременчуцький\t1 036\nУсього\t2 240\n"


def _facts(text: str):
    doc = read_bytes(text.encode(), "t.txt")
    return [f for f in extract_facts(doc) if f.extractor == "count_table"]


@pytest.mark.parametrize(
    "prose, header, unit",
    [("Надійшло повідомлення про 2 240 сімей/осіб, які можуть перебувати у СЖО.", "Надійшло повідомлень",
      "families_persons"),
     ("Отримано 2 240 повідомлень щодо сімей/осіб, які потребують допомоги.", "Надійшло повідомлень", None),
     ("Оцінку потреб проведено 2 240 сім'ям/особам.", "Проведено оцінку потреб", "families_persons"),
     ("До центру звернулося 2 240 осіб.", "Звернулося", "persons"),
     ("До центру звернулося 2 240 осіб.", "Звернень", "applications"),  # appeals, as the header says
     ("Звернулися по допомогу 2 240 сімей.", "Звернулося", "families")],
)
def test_total_takes_the_prose_unit(prose, header, unit):
    facts = _facts(prose + _TABLE.format(caption="Дані в розрізі районів:", header=header))
    assert len(facts) == 3
    if unit is None:  # the prose counts messages, not people: nothing to take
        assert {f.unit for f in facts} != {"families_persons"}
    else:
        assert {f.unit for f in facts} == {unit}


@pytest.mark.parametrize(
    "prose",
    ["Надійшло повідомлення про 2 241 сім'ю/особу.",  # another figure
     "У 2023 році надійшло повідомлення про 2 240 сімей/осіб."],  # read as the report's: still the table's own words decide below
)
def test_a_written_unit_is_kept(prose):
    facts = _facts(prose + _TABLE.format(caption="Дані в розрізі районів:", header="Надійшло повідомлень, осіб"))
    assert {f.unit for f in facts} == {"persons"}


def test_sentence_before_the_title_gives_no_service():
    text = ("Кількість сімей, взятих під соціальний супровід, зросла на 14,4 %.\n\nДані в розрізі районів:\n\n"
            "Район\tНадійшло повідомлень\tПеребувало під соціальним супроводом\n"
            "Полтавський\t1 204\t532\nУсього\t1 204\t532\n")
    doc = read_bytes(text.encode(), "t.txt")
    by_ind = {f.indicator: f for f in extract_facts(doc) if f.extractor == "count_table"}
    assert by_ind["notified"].service is None
    assert by_ind["served"].service == "social_support_sjo"


@pytest.mark.parametrize(
    "prose, unit",
    [("Станом на 01.04.2024 на обслуговуванні перебуває 1 486 осіб, у тому числі за підрозділами:", "persons"),
     ("Територіальний центр обслуговує 1 486 осіб.", "persons"),
     ("Соціальні послуги отримували 1 486 отримувачів.", "recipients"),  # the prose says no more
     ("Послуги отримали 1 487 осіб.", "recipients")],  # another figure
)
def test_recipients_column_takes_the_prose_persons(prose, unit):
    text = (prose + "\n\nСтруктурний підрозділ\tКількість отримувачів\tз них осіб з інвалідністю\tНадано послуг\n"
            "Відділення соціальної допомоги вдома\t1 074\t166\t39 301\nВідділення денного перебування\t412\t38\t6 240\n"
            "Усього\t1 486\t204\t45 541\n")
    doc = read_bytes(text.encode(), "t.txt")
    facts = [f for f in extract_facts(doc) if f.extractor == "count_table" and f.value in (1074, 412, 1486)]
    assert len(facts) == 3 and {f.unit for f in facts} == {unit}


def test_two_totals_of_one_row_are_told_apart_by_their_columns():
    from zvitparse import api

    text = ("На обслуговуванні перебуває 1 486 осіб.\n\nСтруктурний підрозділ\tКількість отримувачів\t"
            "з них осіб з інвалідністю\nВідділення соціальної допомоги вдома\t1 074\t166\n"
            "Відділення денного перебування\t412\t38\nУсього\t1 486\t204\n")
    report = api.parse_document(read_bytes(text.encode(), "t.txt"))
    assert not [x for x in report.findings if x.rule == "internal_conflict"]
