"""What a column of a table of counts holds (extract/table_columns.py)."""

from __future__ import annotations

import pytest

from zvitparse.extract import grid, table_columns


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
     ("Надавач", None, None),
     ("Звернулося сімей ВПО", "applied", "families")],
)
def test_count_indicator_and_unit(text, indicator, unit):
    assert table_columns.count_indicator(text) == indicator
    assert table_columns.unit_in(text) == unit


def _grid(rows: list[list[str]]):
    from zvitparse.extract.grid import GCell, Grid

    return Grid(tuple(tuple(GCell(t, 0, 0) for t in r) for r in rows), 0, 0)


@pytest.mark.parametrize(
    "headers, caption, expected",
    [
        # the caption's unit stands in for headers naming none; a service header names the
        # service, and the «з них дітей» column to its right goes on with it
        (["Район", "Надійшло повідомлень про сім'ї", "Виявлено сімей у СЖО",
          "Перебувало під соціальним супроводом", "У них дітей"],
         "Таблиця. Показники роботи у 2019 році (сімей)",
         [("notified", "families", None), ("in_difficult_circumstances", "families", None),
          ("served", "families", "social_support_sjo"), ("served", "children", "social_support_sjo")]),
        (["Підрозділ", "Штатних посад", "Працівників"], "",
         [("staff_positions", "positions", None), ("staff_actual", "staff", None)]),
        (["Посада", "Штатних одиниць", "Фактично зайнято", "Вакантних"], "Кадрове забезпечення",
         [("staff_positions", "positions", None), ("staff_actual", "staff", None), (None, None, None)]),
        (["Район", "Взято під супровід", "Завершено супровід", "позитивно", "мінімізовано", "без рез-ту"],
         "Таблиця 2. Рух сімей під соціальним супроводом у розрізі районів (сімей)",
         [("support_started", "families", "social_support_sjo"), ("support_completed", "families", "social_support_sjo"),
          ("outcome_positive", "families", "social_support_sjo"), ("outcome_minimized", "families", "social_support_sjo"),
          ("outcome_negative", "families", "social_support_sjo")]),
        (["Послуга", "Отримувачів, осіб", "з них дітей"], "",
         [("served", "persons", None), ("served", "children", None)]),
        # people under a caption of services are the people who got them
        (["Населений пункт", "Догляд вдома, осіб", "Консультування, послуг", "Натуральна допомога, осіб"],
         "Таблиця 1. Отримувачі та кількість послуг за старостинськими округами у 2022 році",
         [("served", "persons", "home_care"), ("services_provided", "services", "counselling"),
          ("served", "persons", "natural_aid")]),
        # a caption naming the figure with a participle, not a header word
        (["Територія", "Кількість сімей"],
         "Кількість сімей, взятих під соціальний супровід у 2022 році, у розрізі території громади:",
         [("support_started", "families", "social_support_sjo")]),
        # a unit the caption states for the whole table restates the columns' own nouns, not children
        (["Район", "Надійшло повідомлень", "Виявлено сімей у СЖО", "Взято під соц. супровід", "У них дітей"],
         "Розподіл показників за районами області (сімей/осіб):",
         [("notified", "families_persons", None), ("in_difficult_circumstances", "families_persons", None),
          ("support_started", "families_persons", "social_support_sjo"),
          ("support_started", "children", "social_support_sjo")]),
        # people columns that name no figure under a caption naming a service: those it serves
        (["Форма сімейного виховання", "Кількість сімей", "Кількість дітей у них"],
         "Соціальне супроводження сімей, які виховують дітей-сиріт та дітей, позбавлених батьківського піклування:",
         [("served", "families", "social_support_foster"), ("served", "children", "social_support_foster")]),
        # a support table's participles say what happened to the support
        (["Категорія сімей", "взято", "завершено", "з них позитивно", "продовжено"],
         "Таблиця 1. Соціальний супровід сімей, які перебувають у складних життєвих обставинах (кількість сімей)",
         [("support_started", "families", "social_support_sjo"), ("support_completed", "families", "social_support_sjo"),
          ("outcome_positive", "families", "social_support_sjo"), ("support_ongoing", "families", "social_support_sjo")]),
        (["Відділення", "Осіб", "з них дітей"], "Соціальна послуга денного догляду",
         [("served", "persons", "day_care"), ("served", "children", "day_care")]),
        # a total to the right of men, women and children counts them all
        (["Категорія отримувачів", "Чоловіки", "Жінки", "Діти (до 18 років)", "Усього"],
         "Таблиця 1. Отримувачі послуг центру за статтю та віком",
         [("served", "persons", None), ("served", "persons", None), ("served", "children", None),
          ("served", "persons", None)]),
        # a caption naming the register with the date it stands at
        (["№ з/п", "Категорія дітей", "0–6 років", "7–13 років", "Всього"],
         "Таблиця 1. Діти-сироти та діти, позбавлені батьківського піклування, на первинному обліку станом на 31.12.2024",
         [("registered", "children", None), ("registered", "children", None), ("registered", "children", None),
          ("registered", "children", None)]),
        # a part of the people to its left, whatever the caption counts; staff beside services
        (["Соціальна послуга", "Отримувачів, осіб", "з них нових", "Надано послуг, од."],
         "Кількість отримувачів і наданих послуг у кварталі наведено в таблиці.",
         [("served", "persons", None), ("served", "persons", None), ("services_provided", "services", None)]),
        (["Старостинський округ", "Отримувачів, осіб", "Надано послуг", "Соц. робітників"],
         "Розподіл за старостинськими округами:",
         [("served", "persons", None), ("services_provided", "services", None), ("staff_actual", "staff", None)]),
        # services counted beside applications are services given, not applications
        (["Місяць", "Надійшло заяв, од.", "Консультування, послуг", "Інформування, послуг"],
         "Таблиця 1. Звернення та надані послуги за місяцями 2024 року",
         [("applied", "applications", None), ("services_provided", "services", "counselling"),
          ("services_provided", "services", "informing")]),
    ],
)
def test_columns_named_from_header_and_caption(headers, caption, expected):
    g = _grid([headers, ["м. Полтава", *["12"] * (len(headers) - 1)]])
    cols = table_columns.name_columns(g, 1, caption)
    assert [(c.indicator, c.unit, c.service) for c in cols[1:]] == expected


@pytest.mark.parametrize("header", ["% виконання", "Виконання, %"])
def test_a_plan_s_fulfilment_column_is_no_share(header):
    from zvitparse.extract.table_columns import percent_column
    assert percent_column(header) is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [("Кількість отримувачів соціальних послуг", "recipients"),
     ("Персонал надавачів соціальних послуг", None),  # the providers are no unit, nor their services
     ("Працівники надавачів послуг", "staff"),
     ("Кількість наданих послуг", "services"),
     ("Отримувачі послуг, осіб", "persons")],
)
def test_services_that_qualify_an_agent_are_no_unit(text, unit):
    assert table_columns.unit_in(text) == unit


def test_a_form_s_numbered_columns_and_previous_year(make_doc):
    from zvitparse.extract import tables

    doc = make_doc(["Розділ 1. Отримувачі соціальних послуг, осіб", [
        ["Найменування показника", "Код рядка", "За звітний рік", "За попередній рік"],
        ["А", "Б", "1", "2"],
        ["Кількість осіб, які отримали соціальні послуги, усього", "01", "3 118", "2 967"],
        ["особи похилого віку", "02", "1 642", "1 589"],
    ], "Розділ 3. Персонал надавачів соціальних послуг", [
        ["Найменування показника", "Код рядка", "Кількість"],
        ["А", "Б", "1"],
        ["Штатна чисельність працівників надавачів, посад", "20", "142,5"],
        ["Фактично зайняті працівники, осіб", "21", "131"],
        ["з рядка 21 – соціальні робітники", "22", "74"],
    ], "Розділ 4. Фінансування, тис. грн", [
        ["Найменування показника", "Код рядка", "Затверджено на рік", "Касові видатки"],
        ["А", "Б", "1", "2"],
        ["Видатки, усього", "30", "38 412,6", "37 954,1"],
        ["оплата комунальних послуг та енергоносіїв (КЕКВ 2270)", "32", "2 874,9", "2 612,7"],
        ["оплата праці з нарахуваннями (КЕКВ 2110, 2120)", "31", "31 206,4", "31 015,8"],
        ["Надходження до спеціального фонду від платних соціальних послуг", "34", "х", "1 126,8"],
    ]])
    facts = tables.extract(doc, {"period_start": "2024-01-01", "period_end": "2024-12-31"})
    assert [(f.indicator, f.value) for f in facts if f.unit != "uah"] == [
        ("served", 3118), ("served", 1642), ("staff_positions", 142.5), ("staff_actual", 131), ("staff_actual", 74)]
    money = [(f.indicator, f.value, f.kekv) for f in facts if f.unit == "uah"]
    assert ("budget_spent", 2612700, "2270") in money and ("budget_spent", 31015800, None) in money
    assert ("budget_received", 1126800, None) in money


@pytest.mark.parametrize(
    ("headers", "percent_of"),
    [
        # a share «у загальній кількості послуг» beside the services column is that column's percent
        (["Послуга", "Отримувачі, осіб", "Надано послуг", "Частка у загальній кількості послуг, %"], 2),
        (["Послуга", "Отримувачі, осіб", "Питома вага, %"], 1),
    ],
)
def test_a_share_of_the_column_to_its_left_is_that_column_s_percent(headers, percent_of):
    cols = table_columns.name_columns(_grid([headers, ["Консультування", *["12"] * (len(headers) - 1)]]), 1, "")
    assert cols[-1].percent and not cols[-1].own
    assert cols[percent_of].indicator in ("served", "services_provided")


@pytest.mark.parametrize(
    ("left", "share"),
    [("Отримувачі, осіб", "Укомплектованість, %"),
     # outcomes of the families: a share of others than those counted on its left
     ("Сімей під соц. супроводом", "Частка сімей з подоланими СЖО, %"),
     ("Сімей під супроводом", "Частка сімей, у яких подолано СЖО, %")],
)
def test_a_share_of_something_else_stays_a_share_of_its_own(left, share):
    cols = table_columns.name_columns(_grid([["Громада", left, share], ["Сатанівська", "44", "61,4"]]), 1, "")
    assert cols[-1].indicator == "share" and not cols[-1].percent


@pytest.mark.parametrize(
    ("header", "unit"),
    [("дітей у сім'ях під супроводом", "children"), ("Кількість послуг для дітей", "services"),
     ("Кількість отримувачів (сімей/осіб)", "families_persons"), ("у сім'ях", "families")],
)
def test_a_noun_after_a_preposition_qualifies_the_unit_before_it(header, unit):
    assert table_columns.unit_in(header) == unit


@pytest.mark.parametrize("first, part, unit", [
    ("Отримувачі, сімей/осіб", "з них ВПО", "families_persons"),
    ("Кількість сімей", "у т.ч. ВПО", "families"),
    ("Отримувачі, сімей/осіб", "з них внутрішньо переміщених осіб", "families_persons"),
    ("Отримувачі, сімей/осіб", "з них дітей", "children"),  # a unit of its own
    ("Отримувачі, осіб", "з них ВПО", "persons"),
])
def test_a_category_column_counts_as_the_column_it_is_part_of(make_doc, first: str, part: str, unit: str) -> None:
    from zvitparse.extract import extract_facts

    doc = make_doc([[["№", "Соціальна послуга", first, part], ["1", "Консультування", "538", "141"],
                     ["2", "Інформування", "412", "96"]]])
    facts = {f.value: f for f in extract_facts(doc, {})}
    assert (facts[141].indicator, facts[141].unit) == ("served", unit)


@pytest.mark.parametrize("start, end", [("На 01.01.2023", "На 31.12.2023"), ("станом на 01.01.2024", "станом на 01.07.2024")])
def test_the_last_dated_column_beside_a_register_s_moves_stands_at_the_period_s_end(make_doc, start, end) -> None:
    from zvitparse.extract import extract_facts

    doc = make_doc(["Таблиця 1. Рух дітей на обліку Служби у справах дітей",
                    [["№", "Категорія дітей", start, "Взято на облік", "Знято з обліку", end],
                     ["1", "Діти-сироти та діти, позбавлені батьківського піклування", "49", "9", "11", "47"],
                     ["2", "Діти, які перебувають у складних життєвих обставинах", "23", "14", "12", "25"],
                     ["", "Разом", "72", "23", "23", "72"]]])
    got = sorted((f.indicator, f.value) for f in extract_facts(doc, {}) if f.indicator == "registered")
    assert got == [("registered", 25), ("registered", 47), ("registered", 72)]  # not the start's 49, 23, 72


@pytest.mark.parametrize(
    ("start", "taken_on", "taken_off", "end"),
    [("На поч. періоду", "Взято", "Знято", "На кін. періоду"),
     ("На початок року", "Прийнято", "Вибуло", "На кінець року")],
)
def test_a_register_of_people_served_by_its_bare_headers(start, taken_on, taken_off, end):
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    text = (f"Отримувачі соціальних послуг (осіб)\n\nВідділення\t{start}\t{taken_on}\t{taken_off}\t{end}\n"
            "Догляд вдома\t231\t19\t21\t229\nДенний догляд\t44\t12\t6\t50\n")
    facts = extract_facts(read_bytes(text.encode(), "t.txt"), {})
    got = {(f.indicator, f.value) for f in facts if f.service == "home_care"}
    # the start's figure is no figure of the period; the end's stands on the books
    assert got == {("support_started", 19), ("deregistered", 21), ("support_ongoing", 229)}


@pytest.mark.parametrize(("caption", "corner", "taken_on", "taken_off"), [
    ("Рух дітей, які перебувають на обліку служби, наведено в таблиці:", "Облік", "взято", "знято"),
    ("Діти на обліку служби станом на кінець року:", "Категорія", "Взято", "Знято"),
    ("Рух дітей:", "Облік дітей", "поставлено", "знято"),
])
def test_bare_moves_under_a_register_are_moves_on_the_register(caption, corner, taken_on, taken_off):
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    text = (f"{caption}\n\n{corner}\tна 01.01.2023\t{taken_on}\t{taken_off}\tна 31.12.2023\n"
            "Діти-сироти та ДПБП\t44\t9\t6\t47\nДіти у СЖО\t26\t12\t15\t23\n")
    facts = extract_facts(read_bytes(text.encode(), "t.txt"), {})
    got = sorted((f.indicator, f.value) for f in facts)
    assert got == [("deregistered", 6), ("deregistered", 15), ("registered", 23), ("registered", 47),
                   ("registered_new", 9), ("registered_new", 12)]
    assert {f.unit for f in facts} == {"children"}


def test_a_column_of_events_beside_a_column_of_services_counts_events():
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    text = ("Квартал\tПослуги денного догляду, од.\tГрупові заходи\tУчасники заходів, осіб\n"
            "I квартал\t1 046\t7\t118\nII квартал\t1 102\t9\t164\nУсього\t2 148\t16\t282\n")
    facts = extract_facts(read_bytes(text.encode(), "t.txt"), {})
    assert {f.value for f in facts if f.indicator == "events"} == {7, 9, 16}
    assert {f.value for f in facts if f.indicator == "services_provided"} == {1046, 1102, 2148}


def test_a_memo_s_abbreviated_table_of_services():
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    text = ("№\tПослуга\tК-сть отрим., ос.\tНадано посл.\tІІ кв. 2024 (п/р), отрим.\n"
            "1\tІнформ.\t208\t412\t190\n2\tДогл. вдома\t96\t5874\t91\n3\tДен. догл.\t22\t1103\t19\n")
    meta = {"period_start": "2025-04-01", "period_end": "2025-06-30"}
    got = {(f.indicator, f.value, f.service) for f in extract_facts(read_bytes(text.encode(), "t.txt"), meta)}
    assert got == {("served", 208, "informing"), ("services_provided", 412, "informing"),
                   ("served", 96, "home_care"), ("services_provided", 5874, "home_care"),
                   ("served", 22, "day_care"), ("services_provided", 1103, "day_care")}


@pytest.mark.parametrize("part", ["у т. ч. взято у 2025 р.", "в т.ч. взято", "з них взято під супровід"])
def test_a_part_column_of_those_taken_on_is_support_started(part):
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    text = (f"Дані про супровід за категоріями отримувачів:\n\nКатегорія отримувачів\tПеребували на супроводі, осіб\t{part}\n"
            "Ветерани війни\t184\t71\nДемобілізовані особи\t57\t39\n")
    got = {(f.indicator, f.value) for f in extract_facts(read_bytes(text.encode(), "t.txt"), {})}
    assert got == {("served", 184), ("support_started", 71), ("served", 57), ("support_started", 39)}


@pytest.mark.parametrize("corner", ["Категорія дітей", "Діти"])
def test_the_corner_cell_names_the_unit_of_columns_that_name_none(corner):
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    text = ("Станом на 01.01.2024 на території громади (22 населені пункти) проживає 1 683 дитини віком до 18 "
            "років. Службою ведеться облік дітей, які перебувають у складних життєвих обставинах, та дітей-сиріт і "
            "дітей, позбавлених батьківського піклування (таблиця).\n\n"
            f"{corner}\tНа 01.01.2023\tВзято на облік у 2023 р.\tЗнято з обліку у 2023 р.\tНа 01.01.2024\n"
            "Діти у складних життєвих обставинах\t17\t9\t11\t15\n")
    got = {(f.indicator, f.value, f.unit) for f in extract_facts(read_bytes(text.encode(), "t.txt"), {})}
    assert {("registered_new", 9, "children"), ("deregistered", 11, "children"), ("registered", 15, "children")} <= got


@pytest.mark.parametrize(("texts", "numbering"), [
    (["1", "2", "3", "4"], True), (["А", "Б", "1", "2"], True),
    (["6", "7", "8", "9", "10"], True),  # a wide sheet's second page goes on numbering its columns
    (["6", "7", "8"], False), (["12", "15", "9", "4"], False), (["1", "3", "4"], False),
])
def test_a_row_numbering_the_columns(texts, numbering):
    assert grid.numbers_columns(texts) is numbering


@pytest.mark.parametrize("total, named", [(["Усього", "1 347", "3 118"], True), (["Усього", "1 300", "3 000"], False)])
def test_a_sentence_whose_figures_the_total_row_restates_names_the_columns(total, named):
    """«Допомогу отримали 1 347 домогосподарств (3 118 осіб):» over a table whose total row holds
    both figures: the table breaks that figure down, each column in its own unit."""
    g = _grid([["Категорія", "Домогосподарств", "Осіб"], ["Багатодітні сім'ї", "96", "471"], total])
    cols = table_columns.name_columns(g, 1, "Допомогу отримали 1 347 домогосподарств (3 118 осіб):")
    expected = [("served", "families"), ("served", "persons")] if named else [(None, "families"), (None, "persons")]
    assert [(c.indicator, c.unit) for c in cols[1:]] == expected


def test_a_count_with_its_share_in_brackets_is_the_count(make_doc):
    from zvitparse.extract import extract_facts

    doc = make_doc(["Допомогу отримали 708 домогосподарств (1 980 осіб):",
                    [["Категорія", "Домогосподарств", "Осіб"], ["Сім'ї ВПО", "612 (86,4 %)", "1 509"],
                     ["Багатодітні сім'ї", "96", "471"], ["Усього", "708", "1 980"]]])
    got = {(f.value, f.unit) for f in extract_facts(doc) if f.extractor == "count_table"}
    assert {(612, "families"), (1509, "persons"), (96, "families"), (708, "families")} <= got



def test_rows_naming_moves_on_a_register_count_those_moves():
    """«Взято на облік | 5 | 7» under the caption «Рух дітей на первинному обліку»: the row's move,
    not the register; a row giving a reason («Усиновлено») is no count of the register (b98_03)."""
    from pathlib import Path

    import zvitparse

    path = next((Path(__file__).resolve().parents[1] / "corpus" / "blind98").glob("b98_03_*.html"))
    facts = [f for f in zvitparse.parse(path).facts if "облік" in (f.label or "") or f.label in (
        "Усиновлено", "Влаштовано в сімейні форми виховання")]
    assert {(f.indicator, f.value) for f in facts} == {("registered_new", 7), ("deregistered", 4)}


def test_a_percent_of_the_row_s_people_makes_them_the_part_s_whole(make_doc):
    """«Отримувачів, осіб | у т. ч. ВПО | % ВПО»: 57 of 188 is 30,3 % — the ВПО of each row are a
    part of that row's recipients, not of the column's total (whose share they are not)."""
    from zvitparse.extract import extract_facts

    doc = make_doc(["Розподіл отримувачів за видами послуг:",
                    [["Соціальна послуга", "Код за Класифікатором", "Отримувачів, осіб", "у т. ч. ВПО", "% ВПО"],
                     ["Консультування", "002.0", "188", "57", "30,3"], ["Догляд вдома", "015.1", "64", "3", "4,7"],
                     ["Натуральна допомога", "019.0", "97", "41", "42,3"], ["Разом", "", "349", "101", "28,9"]]])
    facts = [f for f in extract_facts(doc) if f.extractor == "count_table"]
    by_id = {f.fact_id: f for f in facts}
    parts = {f.value: by_id[f.parent_id].value for f in facts if f.percent is not None and f.parent_id in by_id}
    assert parts == {57: 188, 3: 64, 41: 97, 101: 349}
