"""Figures written in digits and then in words («32 (тридцять дві) сім'ї»): read as the figure,
quoted as written."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts
from zvitparse.extract.spelled import view
from zvitparse.read import read_bytes


def _facts(text: str):
    doc = read_bytes(text.encode(), "t.txt")
    return doc, extract_facts(doc, {"period_start": "2024-01-01", "period_end": "2024-06-30"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Під соціальним супроводом перебували 32 (тридцять дві) сім'ї.", [("served", 32, "families")]),
        ("Оцінювання потреб проведено 27 (двадцяти сімом) особам.", [("needs_assessed", 27, "persons")]),
        ("Надано 347 (триста сорок сім) консультацій.", [("services_provided", 347, "services")]),
        ("Касові видатки становлять 412 650,00 (чотириста дванадцять тисяч шістсот п'ятдесят) грн 00 коп.",
         [("budget_spent", 412650, "uah")]),
        ("Протягом півріччя надійшла 1 (одна) скарга.", [("complaints", 1, "complaints")]),
        # the words first, the digits in the bracket
        ("Під соціальним супроводом перебувало дев'ять (9) сімей.", [("served", 9, "families")]),
        ("Оцінку індивідуальних потреб проведено п'ятдесяти восьми (58) особам.",
         [("needs_assessed", 58, "persons")]),
        ("Натуральну допомогу отримали сорок дві (42) особи.", [("served", 42, "persons")]),
    ],
)
def test_a_figure_spelled_out_after_its_digits_is_read_once(text: str, expected) -> None:
    doc, facts = _facts(text)
    assert [(f.indicator, f.value, f.unit) for f in facts] == expected
    # the quote is the text as written, words and all
    assert all(f.quote in doc.text and "(" in f.quote for f in facts)


@pytest.mark.parametrize(
    "text",
    ["Послуги отримали 32 (з них 5 ВПО) сім'ї.", "Консультацій надано 12 (індивідуальних) у квітні.",
     "Без цифр (тридцять два) слова лишаються.", "Згідно з пунктом (4) порядку.", "Сімей (12) і осіб (3)."],
)
def test_a_bracket_of_other_words_stays_as_written(text: str) -> None:
    doc = read_bytes(text.encode(), "t.txt")
    assert view(doc) is doc
