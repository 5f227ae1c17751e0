"""The number grammar: INT, DEC, PCT, MULT, UAH fragments and the spans that hold no figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from zvitparse.extract.numbers import as_value, decimals_of, find_numbers, not_figure_spans, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("367", 367), ("10 154", 10154), ("10\u00a0154", 10154), ("2254,1", Decimal("2254.1")),
     ("44.7", Decimal("44.7")), ("0", 0), ("1 027", 1027), ("abc", None), ("12,", None),
     # thousands grouped with dots or apostrophes
     ("2.317", 2317), ("28.914,7", Decimal("28914.7")), ("9’864", 9864), ("8'690,0", Decimal("8690.0")),
     ("1.234.567", 1234567), ("4.5", Decimal("4.5"))],
)
def test_parse_number(text, value):
    assert parse_number(text) == (Decimal(value) if value is not None else None)


@pytest.mark.parametrize(("text", "decimals"), [("92", 0), ("86,4", 1), ("15 250,50", 2), ("44.7", 1),
                                                ("2.317", 0), ("28.914,7", 1)])
def test_decimals_written(text, decimals):
    assert decimals_of(text) == decimals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("звернулися 367 сімей", [(367, False, False)]),
        ("316 сім'ям/особам (92 %)", [(316, False, False), (92, True, False)]),
        ("що становить 44,7 % від працюючих", [(44.7, True, False)]),
        ("на загальну суму 83,7 тис. грн", [(83700, False, True)]),
        ("на загальну суму 83,7 тис.грн.", [(83700, False, True)]),
        ("економія склала 60,5 тис грн", [(60500, False, True)]),
        ("вартістю 1,2 млн грн", [(1200000, False, True)]),
        ("видатки 15 250,50 грн", [(15250.5, False, True)]),
        ("сума 318 740 грн 50 коп.", [(318740.5, False, True)]),
        ("100%", [(100, True, False)]),
        ("5 відсотків", [(5, True, False)]),
        ("розповсюджено понад 10154 одиниці", [(10154, False, False)]),
        ("економія – 13,7.", [(13.7, False, False)]),  # (a comma's decimals may end a sentence)
    ],
)
def test_find_numbers(text, expected):
    got = [(as_value(n.value), n.is_percent, n.is_money) for n in find_numbers(text)]
    assert got == expected


@pytest.mark.parametrize("text, first", [("1.2. денний догляд", 1), ("12.03.2024", 12), ("12,5.", 12.5), ("3,25;", 3.25)])
def test_a_dot_after_decimals_ends_a_sentence_only_after_a_comma(text, first):
    assert as_value(find_numbers(text, skip_not_figures=False)[0].value) == first


@pytest.mark.parametrize(
    "text",
    [
        "Відповідно до наказу від 27.12.2013 № 904",
        "у 2020 році",
        "протягом 2017 – 2026 років",
        "за 2020 рік",
        "з 26 квітня по 31 травня 2021 року",
        "тел. (04736) 3-12-45",
        "+38 044 123 45 67",
        "вул. Соборна, 12",
        "особам у віці від 18 до 35 років",
        "дітей віком до 6 років",
        "Мінімальний термін – 3 місяці",
        "до 10 діб",
        "1) Навчальний семінар",
        "8 сесією 8 скликання",
        "COVID-19",
        "від 80% до 100% «Добре»",
        "перевищує відповідний період 2020 року на 32,6%",
        "що на 6,1 % більше, ніж торік",
        "у середньому на одного працівника припадає 15 отримувачів",
        "(лютий 2021)",
        "Старокостянтинів © 2019",
    ],
)
def test_not_figures(text):
    assert find_numbers(text) == [], [(n.value, text[n.start:n.end]) for n in find_numbers(text)]


def test_not_figure_spans_are_cached_per_text():
    text = "наказ № 904 від 27.12.2013"
    assert not_figure_spans(text) is not_figure_spans(text)


def test_context_spans_match_a_sentence_inside_a_document():
    doc = "Рішенням від 01.06.2020 №449. Протягом 2020 року звернулися 367 сімей."
    start = doc.index("Протягом")
    sent = doc[start:]
    got = find_numbers(sent, start, context=doc)
    assert [as_value(n.value) for n in got] == [367]
    assert doc[got[0].start : got[0].num_end] == "367"


@pytest.mark.parametrize(("text", "values"), [
    ("отримали 1 146 осіб1 , з них", [1146]),  # a footnote's mark glued to a word
    ("у зв'язку зі зміною місця проживання3 – 4", [4]),
    ("обслуговано274 особи", [274]),  # scraped text that lost a space keeps its figure
    ("анкетування100% отримувачів", [100]),
    ("надано31 682 соціальні послуги", [31682]),
])
def test_a_digit_glued_to_a_word(text, values):
    assert [as_value(n.value) for n in find_numbers(text, 0)] == values


@pytest.mark.parametrize(("text", "kept"), [
    ("Відділення стаціонарного догляду (на 30 ліжко-місць) – 56 осіб.", 56),
    ("Відділення на 25 ліжко-місць обслуговує 23 особи.", 23),
    ("Будинок, розрахований на 40 місць, обслуговує 37 осіб.", 37),
    ("Місткість відділення – 30 осіб, на обслуговуванні перебуває 28 осіб.", 28),
])
def test_a_place_s_capacity_is_no_figure_and_takes_none_from_its_sentence(text, kept):
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    assert [f.value for f in extract_facts(read_bytes(text.encode(), "t.txt"), {})] == [kept]


@pytest.mark.parametrize(("text", "value"), [("0.108", Decimal("0.108")), ("0.5", Decimal("0.5")), ("1.204", Decimal("1204")),
                                             ("28.914,7", Decimal("28914.7"))])
def test_a_number_opening_on_zero_and_a_dot_is_a_fraction_not_thousands(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(("text", "values"), [
    ("понад 14 тисяч 600 послуг", [14600]),
    ("надано 41 тисячу 380 послуг", [41380]),
    ("2 тисячі 300 осіб", [2300]),
    ("14 тис. 600 послуг", [14000, 600]),  # an abbreviation is a table's scale, not speech
    ("14 тисяч, 600 послуг", [14000, 600]),
])
def test_thousands_said_as_a_word_with_the_rest_in_digits(text, values):
    assert [n.value for n in find_numbers(text)] == values
