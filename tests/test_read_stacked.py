"""Tables stacked in one grid (a spreadsheet saved as a web page) are cut into tables of their own
(read/stacked.py)."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts
from zvitparse.extract.meta import extract_meta
from zvitparse.read import read_bytes


def _html(rows: list[list[str]]) -> bytes:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body><p>Звіт центру надання соціальних послуг за 2023 рік</p><table>{body}</table></body></html>".encode()


SERVICES = [["Назва послуги", "Отримувачів, осіб", "з них ВПО"],
            ["Догляд вдома", "143", "11"],
            ["Консультування", "318", "74"],
            ["Разом", "461", "85"]]


def _tables(rows) -> list[list[str]]:
    doc = read_bytes(_html(rows), "sheet.htm")
    return [[c.text for c in b.rows[0]] for b in doc.blocks if b.kind == "table"]


@pytest.mark.parametrize(("more", "heads"), [
    # a header with a year's columns after the figures
    ([["Основні показники", "2023 рік", "2022 рік"], ["Надійшло скарг", "0", "1"]],
     [["Назва послуги", "Отримувачів, осіб", "з них ВПО"], ["Основні показники", "2023 рік", "2022 рік"]]),
    ([["Показник", "2023", "2022"], ["Проведено групових заходів", "24", "19"]],
     [["Назва послуги", "Отримувачів, осіб", "з них ВПО"], ["Показник", "2023", "2022"]]),
    # a caption alone on its row right after the total
    ([["Фінансування установи"], ["Касові видатки, грн", "6 201 874,56"]],
     [["Назва послуги", "Отримувачів, осіб", "з них ВПО"], ["Фінансування установи"]]),
])
def test_a_table_stacked_under_another_is_a_table_of_its_own(more, heads):
    assert _tables(SERVICES + more) == heads


@pytest.mark.parametrize("more", [
    # a label with a value word beside it is a row of values, not a header
    [["Загальна оцінка якості (за 2023 рік)", "добре"], ["Кількість скарг", "0"]],
    # a section row inside the table, not after its total
    [["Відділення денного догляду", "", ""], ["Денний догляд", "27", "3"]],
    # a text row whose value column is empty heads nothing
    [["Примітка", "", "дані уточнюються"], ["Інформування", "405", "96"]],
])
def test_rows_of_one_table_stay_one_table(more):
    rows = SERVICES[:3] + more + SERVICES[3:]
    assert len(_tables(rows)) == 1


def test_the_rows_under_a_stacked_header_are_read_under_it():
    rows = SERVICES + [["Основні показники", "2023 рік", "2022 рік"],
                       ["Проведено групових заходів", "24", "19"],
                       ["Надійшло скарг", "0", "1"]]
    doc = read_bytes(_html(rows), "sheet.htm")
    facts = extract_facts(doc, extract_meta(doc))
    got = {(f.indicator, f.value) for f in facts}
    assert {("events", 24), ("complaints", 0)} <= got
    assert not {v for i, v in got if v in (19, 1, 2022, 2023)}


def test_a_table_of_sections_goes_on_after_a_section_s_total():
    rows = [["КЕКВ", "Показники", "Надійшло", "Касові видатки"],
            ["Платні послуги"],
            ["2210", "Предмети, матеріали", "12,4", "10,1"],
            ["", "Всього", "12,4", "10,1"],
            ["Благодійні внески, гранти і дарунки"],
            ["2210", "Предмети, матеріали", "40,0", "38,2"]]
    assert len(_tables(rows)) == 1
