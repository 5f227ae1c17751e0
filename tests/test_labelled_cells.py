"""KPI rows whose cells name their figure («план – 190 | факт – 184»): the fact is the figure."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts, grid, labelled_cells
from zvitparse.read import read_bytes

META = {"period_start": "2024-01-01", "period_end": "2024-12-31"}


def _facts(text: str):
    return extract_facts(read_bytes(text.encode(), "t.txt"), META)


@pytest.mark.parametrize(("plan", "fact"), [
    ("план – {}", "факт – {}"), ("План: {}", "Факт: {}"), ("план - {}", "фактично - {}"),
    ("заплановано – {}", "виконано – {}"),
])
def test_the_fact_cell_is_read_and_the_plan_is_not(plan, fact):
    text = ("Захід 2.1. Соціальне таксі\n\n"
            f"Показник затрат: обсяг видатків, тис. грн\t{plan.format('200,0')}\t{fact.format('187,2')}\n"
            f"Показник продукту: кількість осіб, які скористалися послугою, осіб\t{plan.format(70)}\t{fact.format(64)}\n"
            f"Показник продукту: кількість поїздок, од.\t{plan.format(350)}\t{fact.format(312)}\n"
            f"Показник ефективності: середня вартість однієї поїздки, грн\t{fact.format('600,0')}\n")
    got = {(f.indicator, f.value, f.unit, f.service) for f in _facts(text)}
    assert got == {("budget_spent", 187200, "uah", "social_taxi"), ("served", 64, "persons", "social_taxi"),
                   ("services_provided", 312, "services", "social_taxi")}


def test_the_counted_noun_beats_the_measure_after_it():
    text = ("Захід 6.5. Денний догляд дітей з інвалідністю (відділення денного догляду КУ «ЦНСП»)\n\n"
            "Показник затрат: обсяг видатків, тис. грн\tплан – 430,0\tфакт – 412,6\n"
            "Показник продукту: кількість дітей, які отримували послугу, осіб\tплан – 18\tфакт – 17\n")
    got = {(f.indicator, f.value, f.unit, f.service) for f in _facts(text)}
    assert ("served", 17, "children", "day_care_children_disabled") in got
    assert ("budget_spent", 412600, "uah", "day_care_children_disabled") in got


def test_a_numbered_section_naming_no_service_ends_the_one_before():
    text = ("Захід 1. Соціальне таксі\n\nПоказник продукту: кількість поїздок, од.\tплан – 350\tфакт – 312\n"
            "Показник продукту: кількість осіб, які скористалися послугою, осіб\tплан – 70\tфакт – 64\n\n"
            "Захід 2. Одноразова допомога сім'ям загиблих захисників\n\n"
            "Показник продукту: кількість сімей, яким надано допомогу, сімей\tплан – 60\tфакт – 58\n"
            "Показник затрат: обсяг видатків, тис. грн\tплан – 1 800,0\tфакт – 1 740,0\n")
    got = {(f.indicator, f.value, f.service) for f in _facts(text)}
    assert ("served", 58, None) in got and ("services_provided", 312, "social_taxi") in got


@pytest.mark.parametrize("rows", [
    [("Кількість звернень", "2023 – 5", "2024 – 7")],  # years are no column names
    [("Кількість звернень", "план – 5", "план – 7")],  # two plans, no fact
    [("план – 5", "факт – 7")],  # no label
])
def test_cells_that_name_no_plan_and_fact_are_left_alone(rows):
    cells = tuple(tuple(grid.GCell(t, 0, len(t)) for t in row) for row in rows)
    assert labelled_cells.unfold(grid.Grid(cells, 0, 10)) is None
