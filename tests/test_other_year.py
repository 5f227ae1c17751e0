"""Figures a sentence frames in a year before the report period are that year's, not the report's."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts
from zvitparse.extract.meta import extract_meta
from zvitparse.read import read_bytes

META_2024 = {"period_start": "2024-01-01", "period_end": "2024-12-31"}


def _values(text: str, meta: dict) -> set:
    return {f.value for f in extract_facts(read_bytes(text.encode(), "t.txt"), meta)}


@pytest.mark.parametrize("text", [
    "Для порівняння: у 2023 році Центром було надано 21 904 послуги.",
    "Довідково: за весь 2023 рік до Центру звернулося 1 120 осіб.",
    "У 2022 році, ще до відкриття відділення, ветерани звернулися до центру 212 разів.",
    "Нагадаємо, що протягом 2023 року послугу догляду вдома отримали 1 098 осіб.",
    "Упродовж 2021-го року соціальний супровід здійснювався для 48 сімей.",
    "Надано 48 312 послуг (за аналогічний період 2023 року – 41 907 послуг).",
    "Надійшли повідомлення про 214 сімей/осіб (у І півріччі 2023 року – 187 сімей/осіб).",
    "Послуги отримали 1 204 особи (за 9 місяців 2023 року – 1 098 осіб).",
    # an encyclopaedia's sentences open on a bare year in the genitive
    "2021 року послуги отримали 2 305 осіб.",
    "Центр створено 2003 року. 2017 року, після утворення громади, він обслуговував 1 140 осіб.",
    # a compared year that a «коли» clause then describes frames that clause, sums too
    "Це вдвічі більше, ніж у 2023 році, коли ми видали допомоги на 702,3 тис. грн.",
    "Послуги отримали 300 осіб, що більше, ніж у 2023 році, коли їх отримали 212 осіб.",
    "У 2023 році, коли центр лише відкрився, натуральну допомогу на суму 48,0 тис. грн отримали 212 осіб.",
])
def test_a_sentence_framed_in_an_earlier_year_gives_no_figure(text):
    assert not _values(text, META_2024) & {21904, 1120, 212, 1098, 48, 41907, 187, 702300, 48000}


@pytest.mark.parametrize(("text", "value"), [
    ("У 2024 році до Центру звернулося 1 274 особи.", 1274),
    ("Порівняно з 2023 роком, у 2024 році послуги отримали 412 осіб.", 412),
    ("Послугу отримали 412 осіб, що більше, ніж у 2023 році.", 412),
    # the bracket that names last year closes before the figure
    ("Послугу отримували 34 особи (у 2023 році – 29 осіб), з них 21 дитина з інвалідністю.", 21),
    # when they were taken on is no frame of the figure
    ("Продовжено супровід сімей, взятих у 2022 році, – 16.", 16),
    ("Станом на 01.01.2025 під соціальним супроводом перебувало 57 сімей.", 57),
])
def test_the_report_year_and_comparisons_keep_the_figure(text, value):
    assert value in _values(text, META_2024)


def test_without_a_known_period_nothing_is_dropped():
    assert 21904 in _values("Для порівняння: у 2023 році Центром було надано 21 904 послуги.", {})


META_9M_2024 = {"period_start": "2024-01-01", "period_end": "2024-09-30"}


@pytest.mark.parametrize(("text", "meta", "kept"), [
    # a report on nine months quoting the half-year's figures («> За І півріччя …»)
    ("> За І півріччя 2024 року до центру звернулися 298 осіб.", META_9M_2024, False),
    ("За 9 місяців 2024 року до центру звернулися 436 осіб.", META_9M_2024, True),
    # in a report on the whole year, «за 9 місяців» may be all the year it could count yet
    ("За 9 місяців 2024 року надійшло 2 скарги.", META_2024, True),
    ("У ІІІ кварталі до центру звернулися 298 осіб.", META_9M_2024, True),  # when, not «за»
])
def test_a_sentence_framed_for_another_span_of_the_year(text, meta, kept):
    assert ((298 in _values(text, meta)) or (436 in _values(text, meta)) or (2 in _values(text, meta))) is kept


def test_the_bracket_after_a_compared_year_holds_that_year_s_figure():
    values = _values("У 2024 році послуги отримали 1 356 осіб, що на 4,0 % менше, ніж у 2023 році (1 412 осіб).",
                     META_2024)
    assert 1356 in values and 1412 not in values


def test_a_span_of_an_earlier_year_is_that_year_s():
    meta = {"period_start": "2024-10-01", "period_end": "2024-12-31"}
    values = _values("Перебувало під супроводом 47 сімей; для порівняння: за IV квартал 2023 року – 41 сім'я.", meta)
    assert 47 in values and 41 not in values


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [("Для порівняння: на 01.01.2024 у відділенні обслуговувалося 389 осіб.", False),
     ("Станом на 01.01.2024 у відділенні проживали 23 особи.", True),  # an opening balance of its own
     ("Для порівняння: на 01.07.2024 у відділенні обслуговувалося 412 осіб.", True),
     ("Для порівняння: на 30 вересня 2023 року у відділенні обслуговувалося 389 осіб.", False),
     ("Для порівняння: станом на 1 січня 2024 р. обслуговувалося 389 осіб.", False),
     ("Для порівняння: на 1 липня 2024 року у відділенні обслуговувалося 412 осіб.", True)],
)
def test_a_count_for_comparison_at_the_period_start(sentence, kept):
    from zvitparse.api import parse_document
    from zvitparse.read import read_bytes

    text = f"Інформація про роботу ТЦСО за І півріччя 2024 року\n\nНа обслуговуванні перебуває 684 особи. {sentence}"
    facts = parse_document(read_bytes(text.encode(), "t.txt"), audit=False).facts
    values = {f.value for f in facts}
    assert 684 in values and ((389 in values or 23 in values or 412 in values) is kept)


def test_a_bracket_comparing_with_the_period_start_is_no_part():
    from zvitparse.api import parse_document
    from zvitparse.read import read_bytes

    text = ("Звіт за 2024 рік.\n\nСтаном на 31.12.2024 на первинному обліку Служби перебуває 287 дітей, з них 103 "
            "дитини-сироти та 184 дитини, позбавлені батьківського піклування (на 01.01.2024 – 292 дитини).")
    values = {f.value for f in parse_document(read_bytes(text.encode(), "t.txt"), audit=False).facts}
    assert {287, 103, 184} <= values and 292 not in values


def test_on_the_register_at_the_year_end_with_its_start_in_brackets():
    """«На кінець року на обліку перебуває 76 дітей … (на початок року – 67 дітей)»: children on the
    register (no support going on), and the start of the year is a comparison."""
    from zvitparse.api import parse_document
    from zvitparse.read import read_bytes

    text = ("Звіт за 2024 рік.\n\nНа кінець року на обліку перебуває 76 дітей з 41 сім'ї (на початок року – 67 дітей), "
            "з них: 17 сімей, у яких батьки ухиляються від виконання обов'язків; 24 сім'ї з інших причин.")
    facts = parse_document(read_bytes(text.encode(), "t.txt"), audit=False).facts
    assert {(f.indicator, f.value) for f in facts} >= {("registered", 76), ("registered", 41)}
    assert 67 not in {f.value for f in facts}


@pytest.mark.parametrize(("date", "kept"), [("01.03.2024", False), ("01.01.2024", True), ("31.12.2023", True)])
def test_a_count_months_after_the_period_is_no_figure_of_it(date, kept):
    from zvitparse.api import parse_document
    from zvitparse.read import read_bytes

    text = f"Звіт про роботу центру за 2023 рік.\n\nПослуги отримали 512 осіб. Станом на {date} на обслуговуванні перебуває 287 осіб."
    values = {f.value for f in parse_document(read_bytes(text.encode(), "t.txt"), audit=False).facts}
    assert 512 in values and (287 in values) is kept


@pytest.mark.parametrize("period, bracket, kept", [
    ("III квартал 2023 року", "(у II кварталі - 336 осіб)", False),
    ("II квартал 2024 року", "(у I кварталі – 336)", False),
    ("9 місяців 2023 року", "(за І півріччя – 336 осіб)", False),
    ("III квартал 2023 року", "(у III кварталі – 336 осіб)", True),  # the report's own quarter
])
def test_a_bracket_naming_another_part_of_the_year_holds_that_part_s_figure(period, bracket, kept) -> None:
    from zvitparse.extract.meta import extract_meta

    doc = read_bytes(f"ІНФОРМАЦІЯ про роботу центру за {period}\n\nСоціальні послуги отримали 341 особа {bracket}.".encode(),
                     "t.txt")
    values = [f.value for f in extract_facts(doc, extract_meta(doc))]
    assert 341 in values and (336 in values) == kept


@pytest.mark.parametrize(("title", "kept"), [
    ("Звіт за ІІІ квартал 2023 року.", {517}),
    ("Звіт за 9 місяців 2023 року.", {517, 1204}),
])
def test_a_year_to_date_bracket_is_another_period_after_the_first_quarter(make_doc, title, kept):
    doc = make_doc([title, "У звітному періоді ми надали соціальні послуги 517 жителям громади (з початку року – 1 204)."])
    meta = extract_meta(doc)
    assert {f.value for f in extract_facts(doc, meta) if f.indicator == "served"} & {517, 1204} == kept


META_Q3 = {"period_start": "2025-07-01", "period_end": "2025-09-30"}


@pytest.mark.parametrize(("text", "kept"), [
    ("У III кварталі обслуговано 312 осіб, а з початку року – 389 осіб.", {312}),
    ("З початку року взято на обслуговування 71 особу, з них у III кварталі – 23.", {23}),
    ("Знято з обслуговування 54 особи з початку року; у звітному кварталі знято з обслуговування 19 осіб.", {19}),
    ("За квартал надано 8 571 соціальну послугу (з початку року – 26 904).", {8571}),
])
def test_a_clause_running_from_the_year_s_start_is_not_a_later_quarter_s(text: str, kept: set) -> None:
    assert _values(text, META_Q3) == kept


def test_from_the_year_s_start_is_the_period_itself_in_a_report_from_january() -> None:
    meta = {"period_start": "2025-01-01", "period_end": "2025-09-30"}
    assert _values("З початку року взято на обслуговування 71 особу.", meta) == {71}


def test_reasons_under_a_year_to_date_count_go_to_the_quarter_s() -> None:
    text = ("Знято з обслуговування 54 особи з початку року; у звітному кварталі знято 19 осіб: "
            "у зв'язку зі смертю – 12, через переїзд – 4.")
    facts = extract_facts(read_bytes(text.encode(), "t.txt"), META_Q3)
    got = {(f.indicator, f.value) for f in facts}
    assert got == {("deregistered", 19), ("deregistered", 12), ("deregistered", 4)}
