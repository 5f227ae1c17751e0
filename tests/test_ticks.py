"""Choices ticked in a form: the ticked option is what the form says, the blank ones are not."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts
from zvitparse.extract.ticks import overwritten_text
from zvitparse.read import read_bytes

META = {"period_start": "2024-01-01", "period_end": "2024-12-31"}


@pytest.mark.parametrize(
    ("line", "kept"),
    [("☒ Добре ☐ Задовільно ☐ Незадовільно", "Добре"),
     ("☐ Добре ☒ Задовільно ☐ Незадовільно", "Задовільно"),
     ("[ ] добре [x] задовільно [ ] незадовільно", "задовільно"),
     ("[ ] добре [ ] задовільно [X] незадовільно", "незадовільно"),
     ("☐ Добре ☑ Задовільно", "Задовільно"),
     ("Оцінка: ✓ добре □ задовільно □ незадовільно", "Оцінка: добре")],
)
def test_only_the_ticked_option_stays(line: str, kept: str) -> None:
    seen = overwritten_text(line)
    assert len(seen) == len(line)
    assert " ".join(seen.split()) == kept


@pytest.mark.parametrize(
    "line",
    ["☒ Добре ☒ Задовільно ☐ Незадовільно",  # two ticked: the form is not read
     "☐ Добре ☐ Задовільно",  # none ticked
     "☒ Підписано"],  # one box, no choice
)
def test_a_line_without_one_choice_stays(line: str) -> None:
    assert overwritten_text(line) == line


@pytest.mark.parametrize(
    "line",
    ["Загальна оцінка якості: ☒ добре ☐ задовільно ☐ незадовільно",
     "Загальна оцінка якості: [ ] задовільно [x] добре [ ] незадовільно"],
)
def test_a_ticked_rating_is_the_rating(line: str) -> None:
    doc = read_bytes(line.encode(), "t.txt")
    facts = [f for f in extract_facts(doc, META) if f.unit == "rating"]
    assert [(f.value, f.criterion) for f in facts] == [("good", "overall")]
    assert all(f.quote in doc.text for f in facts)


def test_form_items_numbered_1_1_are_rows_that_name_their_figures() -> None:
    rows = ["1.1\tНайменування надавача\tКомунальна установа «Центр надання соціальних послуг» Доброславської "
            "селищної ради Одеського району Одеської області",
            "1.2\tКод за ЄДРПОУ\t40317256",
            "1.3\tМісцезнаходження\tвул. Центральна, 102",
            "1.4\tКількість отримувачів послуги у звітному періоді, осіб\t118",
            "1.5\tКількість наданих послуг (відвідувань)\t16 842",
            "1.6\tКількість опитаних отримувачів (анкетування), осіб\t40"]
    doc = read_bytes("\n".join(rows).encode(), "t.txt")
    got = sorted((f.indicator, f.value) for f in extract_facts(doc, META))
    assert got == [("served", 118), ("services_provided", 16842), ("survey_respondents", 40)]
