"""Share tables, table grids and the table_columns pattern file."""

from __future__ import annotations

from pathlib import Path

import pytest

from zvitparse import patterns
from zvitparse.extract import extract_facts, grid, tables

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _column_examples():
    out = []
    for e in patterns.load()["table_columns"]:
        out += [pytest.param(x, e.id, True, id=f"{e.id}:{x[:30]}") for x in e.get("examples") or []]
        out += [pytest.param(x, e.id, False, id=f"{e.id}:not:{x[:30]}") for x in e.get("not") or []]
    return out


@pytest.mark.parametrize("text, entry, expected", _column_examples())
def test_table_columns_examples(text, entry, expected):
    kind = grid.header_kind(text)
    assert (kind is not None and kind[0] == entry) is expected


@pytest.mark.parametrize(
    "text, expected",
    [("75 %", 75), ("13%", 13), ("0%", 0), ("86,4 %", 86.4), ("75 % отримувачів", None), ("1.", None)],
)
def test_bare_percent(text, expected):
    assert tables.bare_percent(text) == expected


@pytest.mark.parametrize(
    "text, band",
    [("від 80% до 100% «Добре»", True), ("від 0% до 20%", True), ("51% до 79% «Задовільно»", True),
     ("Частка отримувачів послуги 75 %", False), ("Добре", False)],
)
def test_is_band_line(text, band):
    assert grid.is_band_line(text) is band


def test_grid_from_block_repeats_merged_cells(make_doc):
    from zvitparse.model import Block, Cell

    cells = ((Cell("Платні послуги", 0, 0, 0, 14, colspan=3),), (Cell("2110", 1, 0, 15, 19), Cell("88,5", 1, 2, 20, 24)))
    g = grid.grid_from_block(Block("table", 0, 24, rows=cells))
    assert [c.text if c else None for c in g.rows[0]] == ["Платні послуги"] * 3
    assert [c.spanned for c in g.rows[0]] == [False, True, True]
    assert [c.text if c else None for c in g.rows[1]] == ["2110", None, "88,5"]


def test_line_cells_offsets(make_doc):
    doc = make_doc(["перший рядок\n  другий ", ["a", "b"], "третій"])
    cells = grid.line_cells(doc)
    assert [c.text for c in cells] == ["перший рядок", "другий", "третій"]
    assert all(doc.text[c.start:c.end] == c.text for c in cells)


SHARES = [
    "ПОКАЗНИКИ якості соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах",
    "Стан за 2020 рік",
    "1.",
    "Частка отримувачів послуги, в яких після отримання послуги відбулося покращення стану, від загальної кількості отримувачів цієї послуги",
    "75 %",
    "2",
    "Рівень забезпечення приміщеннями, обладнанням і витратними матеріалами.",
    "100%",
    "Кількість задоволених звернень",
    "98%",
]


def test_flattened_share_table(make_doc):
    doc = make_doc(SHARES)
    facts = tables.extract(doc, {})
    assert [(f.value, f.service, f.unit, f.indicator) for f in facts] == [
        (75, "social_support_sjo", "percent", "share"), (100, "social_support_sjo", "percent", "share")]
    assert facts[0].label.startswith("частка отримувачів послуги, в яких")
    assert facts[1].quote == doc.text[facts[1].start:facts[1].end]
    assert facts[1].quote.endswith("100%") and [f.fact_id for f in facts] == ["tables:1", "tables:2"]


def test_share_table_block(make_doc):
    doc = make_doc(["Показники якості послуги консультування", [
        ["№", "Показник", "Значення"],
        ["1", "Частка отримувачів, задоволених послугою", "92,5 %"],
        ["2", "Кількість звернень", "120"],
        ["3", "Частка скарг", "0 %"],
    ]])
    got = [(f.indicator, f.value, f.service, f.label) for f in tables.extract(doc, {}) if f.extractor == "share_table"]
    assert got == [("satisfaction", 92.5, "counselling", "частка отримувачів, задоволених послугою"),
                   ("share", 0, "counselling", "частка скарг")]


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared/ not beside the repo")
def test_seed_000_shares():
    from zvitparse.read import read_path

    facts = tables.extract(read_path(SHARED / "seeds" / "000_1d545bbe71f900c8.txt"), {})
    assert [f.value for f in facts] == [75, 13, 25, 75, 0, 100, 0, 100]
    assert {f.service for f in facts} == {"social_support_sjo"}


def _counts(facts):
    return [(f.indicator, f.value, f.unit, f.service, f.label) for f in facts]


def test_count_table_by_service_with_children_column(make_doc):
    doc = make_doc(["Кількість отримувачів соціальних послуг у 2022 році", [
        ["№ з/п", "Соціальна послуга", "Кількість отримувачів (сімей/осіб)", "з них дітей"],
        ["1", "Догляд вдома", "274", "–"],
        ["2", "Консультування", "1 318", "206"],
        ["", "Разом", "1 592", "206"],
    ]])
    facts = tables.extract(doc, {})
    assert _counts(facts) == [
        ("served", 274, "families_persons", "home_care", None),
        ("served", 1318, "families_persons", "counselling", None),
        ("served", 206, "children", "counselling", None),
        # (each total named by its column: two figures of one indicator in one row)
        ("served", 1592, "families_persons", None, "Разом, Кількість отримувачів (сімей/осіб)"),
        ("served", 206, "children", None, "Разом, з них дітей"),
    ]
    assert facts[0].parent_id == facts[3].fact_id and facts[2].parent_id == facts[4].fact_id


def test_count_table_columns_by_month_from_caption(make_doc):
    doc = make_doc(["Кількість наданих послуг за місяцями:", [
        ["Послуга", "Квітень", "Травень", "Разом"],
        ["Інформування", "118", "131", "249"],
        ["Разом", "118", "131", "249"],
    ]])
    assert _counts(tables.extract(doc, {})) == [
        ("services_provided", 118, "services", "informing", "Квітень"),
        ("services_provided", 131, "services", "informing", "Травень"),
        ("services_provided", 249, "services", "informing", "Разом"),
        ("services_provided", 118, "services", None, "Разом, Квітень"),
        ("services_provided", 131, "services", None, "Разом, Травень"),
        ("services_provided", 249, "services", None, "Разом, Разом"),
    ]


def test_count_table_percent_column(make_doc):
    doc = make_doc(["Результати анкетування (опитано 120 осіб)", [
        ["Питання анкети", "Відповіли «так», осіб", "%"],
        ["Чи задоволені Ви якістю отриманої послуги?", "112", "93,3"],
    ]])
    (f,) = tables.extract(doc, {})
    assert (f.indicator, f.value, f.unit, f.percent) == ("survey_respondents", 112, "persons", 93.3)


@pytest.mark.parametrize(
    "parts",
    [
        [[["Показник", "2020", "2021"], ["Звернулися", "367", "400"]]],  # no column names a count
        [[["КЕКВ", "Назва", "Затверджено, грн"], ["2110", "Оплата праці", "2254"]]],  # a budget table
        [[["Показник якості", "Оцінка"], ["Своєчасність", "добре"]]],  # a rating table
        [[["№", "Показник якості", "Бал", "Оцінка"], ["1", "Своєчасність", "9", "добре"], ["2", "Зручність", "7", "задовільно"]]],
        # a form's fields, the first of them a long name, not a header naming a column
        [[["Повне найменування надавача", "Комунальна установа «Територіальний центр соціального обслуговування "
           "(надання соціальних послуг)» Сосницької селищної ради"],
          ["Код ЄДРПОУ", "41872096"], ["Кількість населених пунктів, що обслуговуються", "29"]]],
        [[["Найменування", "Центр надання соціальних послуг"], ["Адреса", "вул. Шевченка, буд. 5"],
          ["Керівник", "Директорка центру"], ["Кількість відділень", "3"]]],
    ],
)
def test_not_count_tables(make_doc, parts):
    assert [f for f in tables.extract(make_doc(parts), {}) if f.extractor == "count_table"] == []


def _kinds(facts):
    return [(f.indicator, f.value, f.unit, f.percent, f.extractor) for f in facts]


@pytest.mark.parametrize(
    "parts, expected",
    [
        pytest.param(  # providers × recipients | of them children | services | money (zviahel)
            ["Дані про охоплення та видатки надавачів", [
                ["Надавач", "Отримувачів, осіб", "з них дітей", "Надано послуг", "Касові видатки, тис. грн"],
                ["Міський центр соціальних служб", "903", "347", "6 215", "6 102,3"],
                ["Разом", "903", "347", "6 215", "6 102,3"]]],
            [("served", 903, "persons", None, "count_table"), ("served", 347, "children", None, "count_table"),
             ("services_provided", 6215, "services", None, "count_table"),
             ("budget_spent", 6102300, "uah", None, "money_column")] * 2,
            id="counts-and-money"),
        pytest.param(  # a column of amounts per service, no KEKV
            ["Видатки на надання послуг у 2023 році", [
                ["Послуга", "Касові видатки, тис. грн"], ["Догляд вдома", "1 250,4"], ["Консультування", "310,0"]]],
            [("budget_spent", 1250400, "uah", None, "money_column"), ("budget_spent", 310000, "uah", None, "money_column")],
            id="money-per-service"),
        pytest.param(
            ["Натуральна допомога", [
                ["Вид допомоги", "Отримувачів, осіб", "Вартість допомоги, грн"], ["Продуктові набори", "120", "48 000"]]],
            [("served", 120, "persons", None, "count_table"), ("aid_value", 48000, "uah", None, "money_column")],
            id="aid-value-column"),
        pytest.param(  # «%» naming a figure of its own: a share / satisfaction per row (cherkasy)
            ["Рейтинг", [["Надавач", "Охоплено осіб", "Укомплектованість, %", "Задоволеність, %"],
                         ["ЦНСП Білозірської сільської ради", "612", "100,0", "97,6"]]],
            [("served", 612, "persons", None, "count_table"), ("share", 100, "percent", None, "percent_column"),
             ("satisfaction", 97.6, "percent", None, "percent_column")],
            id="standalone-percent-columns"),
        pytest.param(  # a bare «Частка, %» is the percent of the count beside it
            ["Охоплення", [["Надавач", "Охоплено осіб", "Частка, %"], ["ЦНСП", "612", "61,2"]]],
            [("served", 612, "persons", 61.2, "count_table")],
            id="bare-percent-column"),
        pytest.param(  # survey answers: question × так / частково / ні (of the recipients the caption names)
            ["Результати анкетування отримувачів послуги догляду вдома", [
                ["Питання", "Так", "Частково", "Ні"], ["Чи задоволені Ви якістю послуги?", "40", "8", "2"]]],
            [("survey_respondents", 40, "recipients", None, "count_table"),
             ("survey_respondents", 8, "recipients", None, "count_table"),
             ("survey_respondents", 2, "recipients", None, "count_table")],
            id="survey-answers"),
        pytest.param(  # with no people named, answers are persons
            ["Результати анкетування", [
                ["Питання", "Так", "Частково", "Ні"], ["Чи задоволені Ви якістю послуги?", "40", "8", "2"]]],
            [("survey_respondents", 40, "persons", None, "count_table"),
             ("survey_respondents", 8, "persons", None, "count_table"),
             ("survey_respondents", 2, "persons", None, "count_table")],
            id="survey-answers-no-people"),
        pytest.param(
            ["Результати опитування отримувачів", [
                ["Питання", "Так", "%", "Ні", "%"], ["Чи шанобливо ставляться працівники?", "40", "80,0", "10", "20,0"]]],
            [("survey_respondents", 40, "recipients", 80.0, "count_table"),
             ("survey_respondents", 10, "recipients", 20.0, "count_table")],
            id="survey-answers-with-percent"),
        pytest.param(  # answers as rows under a survey caption
            ["Результати анкетування отримувачів", [
                ["Відповідь", "Кількість", "%"], ["Повністю задоволені", "57", "95,0"], ["Частково задоволені", "3", "5,0"]]],
            [("survey_respondents", 57, "recipients", 95.0, "count_table"),
             ("survey_respondents", 3, "recipients", 5.0, "count_table")],
            id="survey-answer-rows"),
        pytest.param(  # a two-level header: each answer over «осіб | %»
            ["Результати опитування", [
                ["Питання", "Так", "Так", "Ні", "Ні"], ["", "осіб", "%", "осіб", "%"],
                ["Чи задоволені Ви якістю послуги?", "45", "90,0", "5", "10,0"]]],
            [("survey_respondents", 45, "persons", 90.0, "count_table"),
             ("survey_respondents", 5, "persons", 10.0, "count_table")],
            id="survey-answers-two-level-header"),
        pytest.param(  # columns named by the prose's trigger words
            ["Кадрове забезпечення", [["Посада", "Штатна чисельність, посад", "Фактично працює, осіб"],
                                      ["Соціальний робітник", "17", "16"]]],
            [("staff_positions", 17, "positions", None, "count_table"), ("staff_actual", 16, "staff", None, "count_table")],
            id="staff-columns"),
        pytest.param(["Облік сімей у СЖО", [["Квартал", "Взято на облік, сімей", "Знято з обліку, сімей"],
                                           ["I квартал", "5", "3"]]],
                     [("registered_new", 5, "families", None, "count_table"), ("deregistered", 3, "families", None, "count_table")],
                     id="register-columns"),
        pytest.param(  # counts beside a rating column (the rating is `ratings`')
            ["Результати анкетування отримувачів послуг", [
                ["№", "Соціальна послуга", "Кількість отримувачів", "Кількість отримувачів", "Кількість отримувачів", "Оцінка"],
                ["", "", "всього", "опитано", "задоволені", ""],
                ["1", "Догляд вдома", "312", "104", "98", "добре"],
                ["2", "Консультування", "972", "150", "139", "задовільно"]]],
            [("served", 312, "recipients", None, "count_table"), ("survey_respondents", 104, "recipients", None, "count_table"),
             ("survey_respondents", 98, "recipients", None, "count_table"),
             ("served", 972, "recipients", None, "count_table"), ("survey_respondents", 150, "recipients", None, "count_table"),
             ("survey_respondents", 139, "recipients", None, "count_table")],
            id="counts-beside-ratings"),
        pytest.param(["Дані", [["Район", "Населення, %", "Площа, %"], ["Північний", "40,0", "30,0"]]], [],
                     id="shares-of-nothing"),
        pytest.param(["Дані", [["Показник", "План", "Виконано"], ["Звернулися", "100", "90"]]], [],
                     id="plan-done-is-no-money"),
    ],
)
def test_count_table_shapes(make_doc, parts, expected):
    doc = make_doc(parts)
    facts = [f for f in tables.extract(doc, {}) if f.extractor != "share_table"]
    assert _kinds(facts) == expected
    for f in facts:  # evidence: the whole row
        assert f.quote == doc.text[f.start:f.end] and "\n" not in f.quote and f.quote[:1].isalnum()


def test_survey_answer_labels_name_question_and_answer(make_doc):
    doc = make_doc(["Результати анкетування", [["Питання", "Так", "Ні"], ["Чи задоволені Ви якістю послуги?", "40", "2"]]])
    assert [f.label for f in tables.extract(doc, {})] == [
        "Чи задоволені Ви якістю послуги?, Так", "Чи задоволені Ви якістю послуги?, Ні"]


def test_money_column_table_is_not_read_again_by_budget(make_doc):
    from zvitparse.extract import budget

    doc = make_doc(["Видатки", [["Надавач", "Отримувачів, осіб", "Касові видатки, тис. грн"],
                                ["ЦСС", "903", "6 102,3"], ["Разом", "903", "6 102,3"]]])
    assert budget.extract(doc, {}) == []
    total = [f for f in tables.extract(doc, {}) if f.indicator == "budget_spent" and f.label == "Разом"]
    parts = [f for f in tables.extract(doc, {}) if f.indicator == "budget_spent" and f.label != "Разом"]
    assert len(total) == 1 and parts[0].parent_id == total[0].fact_id


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("До Центру надійшло 1 146 повідомлень. Джерела надходження повідомлень:",
         [("notified", 402), ("notified", 251)]),
        ("Кількість отримувачів послуг за населеними пунктами:", [("served", 402), ("served", 251)]),
        ("Перелік населених пунктів громади", []),  # no colon, no figure named: not read
    ],
)
def test_a_two_column_table_without_header_is_named_by_its_caption(make_doc, caption, expected):
    doc = make_doc([caption, [["служба у справах дітей", "402"], ["управління поліції", "251"]]])
    got = [(f.indicator, f.value) for f in tables.extract(doc, {})]
    assert got == expected


def test_a_count_that_reads_like_a_kekv_code_is_still_a_count(make_doc):
    doc = make_doc(["Таблиця 3. Кількість наданих соціальних послуг центрами громад (од.)",
                    [["Громада", "Інформування", "Консультування", "Разом"],
                     ["Кременчуцька", "3120", "3864", "6984"], ["Лубенська", "1402", "1655", "3057"]]])
    got = [(f.indicator, f.value, f.service) for f in tables.extract(doc, {})]
    assert ("services_provided", 3120, "informing") in got and ("services_provided", 6984, None) in got


def test_services_by_month_with_a_service_named_by_trigger_words(make_doc):
    doc = make_doc(["Таблиця 1. Кількість наданих соціальних послуг (од.)",
                    [["Назва послуги", "Січень", "Лютий", "Разом"], ["Інформування", "118", "104", "222"],
                     ["Соціальний супровід сімей, які перебувають у СЖО", "96", "101", "197"]]])
    got = {(f.indicator, f.value, f.service) for f in tables.extract(doc, {})}
    assert ("services_provided", 118, "informing") in got and ("services_provided", 96, "social_support_sjo") in got
    assert not any(i == "in_difficult_circumstances" for i, _, _ in got)



def test_a_merged_group_row_under_the_header_heads_rows_not_columns(tmp_path):
    """A real DOCX: «Базові соціальні послуги» merged across the table, under a two-row header."""
    docx = pytest.importorskip("docx")
    from zvitparse.extract import tables
    from zvitparse.read import read_path

    d = docx.Document()
    d.add_paragraph("Таблиця 1. Отримувачі та обсяг послуг у 2023 році")
    t = d.add_table(rows=4, cols=5)
    head = ["№", "Соціальна послуга", "Кількість отримувачів, осіб", "", "Кількість наданих послуг"]
    for c, text in enumerate(head):
        t.cell(0, c).text = text
    t.cell(0, 2).merge(t.cell(0, 3))
    for c, text in ((2, "всього"), (3, "з них діти")):
        t.cell(1, c).text = text
    t.cell(2, 0).merge(t.cell(2, 4)).text = "Базові соціальні послуги"
    for c, text in enumerate(["1", "Інформування", "418", "37", "612"]):
        t.cell(3, c).text = text
    path = tmp_path / "t.docx"
    d.save(path)
    got = [(f.indicator, f.value, f.unit, f.service) for f in tables.extract(read_path(path), {"period_end": "2023-12-31"})]
    assert ("served", 418, "persons", "informing") in got and ("served", 37, "children", "informing") in got
    assert ("services_provided", 612, "services", "informing") in got


@pytest.mark.parametrize(("caption", "header"), [
    ("Таблиця 2. Чи задоволені ви якістю послуг Центру?", ["Варіант відповіді", "Частка відповідей, %"]),
    ("Чи порекомендуєте ви Центр знайомим?", ["Відповідь", "%"]),
    ("Результати анкетування", ["Відповідь", "Частка, %"]),
])
def test_a_survey_question_s_answer_shares_are_figures(make_doc, caption, header):
    doc = make_doc(["Послуги надано 200 особам.", [["Так", "5"]], caption, [header, ["Так", "91"], ["Ні", "9"]]])
    shares = [(f.indicator, f.value) for f in tables.extract(doc, {}) if f.unit == "percent"]
    assert shares == [("share", 91), ("share", 9)]


def test_a_table_of_bare_shares_without_a_survey_names_nothing(make_doc):
    doc = make_doc(["Структура населення громади", [["Категорія", "%"], ["Пенсіонери", "31"], ["Діти", "19"]]])
    assert [f for f in tables.extract(doc, {}) if f.unit == "percent"] == []


def test_the_share_of_those_who_gave_each_rating(make_doc):
    doc = make_doc(["Анкетування: взяли участь 120 відвідувачів.", [
        ["Оцінка роботи простору", "% опитаних"], ["«добре»", "88,3"], ["«задовільно»", "10,9"], ["«незадовільно»", "0,8"]]])
    assert [(f.indicator, f.value, f.label) for f in tables.extract(doc, {}) if f.unit == "percent"] == [
        ("share", 88.3, "«добре»"), ("share", 10.9, "«задовільно»"), ("share", 0.8, "«незадовільно»")]


def test_a_plan_fulfilment_beside_sums_is_no_share(make_doc):
    doc = make_doc(["Виконання кошторису за надавачами", [
        ["Надавач", "Затверджено", "Касові видатки", "% виконання"],
        ["Територіальний центр", "9846215,00", "9802317,46", "99,6"]]])
    assert [f for f in tables.extract(doc, {}) if f.unit == "percent"] == []


def test_a_statistical_form_reads_its_period_column_only(make_doc):
    doc = make_doc(["Розділ 1. Отримувачі соціальних послуг (осіб)", [
        ["Показник", "Код рядка", "за звітний період", "з початку року"],
        ["1", "2", "3", "4"],
        ["Обслуговано осіб, усього", "01", "1 186", "1 642"],
        ["у тому числі: відділенням соціальної допомоги вдома", "02", "412", "447"],
    ]])
    got = [(f.indicator, f.value, f.unit) for f in tables.extract(doc, {}) if f.unit != "percent"]
    assert got == [("served", 1186, "persons"), ("served", 412, "persons")]


def test_a_percent_of_the_row_s_first_count_links_to_it(make_doc):
    from zvitparse.audit import audit_report
    from zvitparse.model import Report

    doc = make_doc(["Таблиця 1. Соціальний супровід сімей у 2023 році", [
        ["№ з/п", "Територіальна громада", "Перебувало під соціальним супроводом, сімей",
         "Завершено з позитивним результатом сімей", "% до тих, що перебували"],
        ["1", "Хмельницька міська", "212", "131", "61,8"],
        ["2", "Волочиська міська", "41", "22", "55,7"],
        ["", "Всього по області", "253", "153", "60,5"],
    ]])
    facts = tables.extract(doc, {})
    by_id = {f.fact_id: f for f in facts}
    outcomes = [f for f in facts if f.indicator == "outcome_positive"]
    assert [(f.value, f.percent, by_id[f.parent_id].value) for f in outcomes] == [(131, 61.8, 212), (22, 55.7, 41),
                                                                                 (153, 60.5, 253)]
    assert not [f for f in facts if f.indicator == "share"]
    findings, _ = audit_report(Report(doc_id=doc.doc_id, source=doc.source, document=doc, facts=facts))
    # 22 of 41 is 53,7 %: the row's own count is the whole, not the column's total
    assert any(f.rule == "percent_mismatch" and f.expected == 53.7 for f in findings)


def test_a_table_of_services_with_grouped_thousands_and_a_footnote_mark(make_doc):
    doc = make_doc(["Реабілітаційні послуги за видами", [
        ["Вид послуги", "Кількість занять", "Кількість дітей"],
        ["фізична терапія", "3'412", "78"],
        ["ерготерапія", "1'876", "54"],
        ["послуги логопеда", "2'205", "96"],
        ["Разом", "7'493", "143*"],
    ]])
    got = [(f.indicator, f.value, f.unit) for f in tables.extract(doc, {})]
    assert got[:2] == [("services_provided", 3412, "services"), ("served", 78, "children")]
    assert ("served", 143, "children") in got and ("services_provided", 7493, "services") in got


def test_a_table_of_one_services_parts_is_that_services(make_doc):
    """Rows of actions under «… надання соціальної послуги догляду вдома» name no service of
    their own: every row (and the total) is the section's, and each keeps its words as label."""
    from zvitparse.extract import extract_facts

    doc = make_doc(["Аналітична довідка про надання соціальної послуги догляду вдома у III кварталі 2025 року",
                    "Обсяг наданих соціальних послуг (дій) за видами наведено в таблиці.",
                    [["Вид соціальної послуги (дії)", "Кількість наданих послуг"],
                     ["Допомога в самообслуговуванні", "964"], ["Супровід до закладів охорони здоров'я", "212"],
                     ["Разом", "1 176"]]])
    got = [(f.value, f.service, f.label) for f in extract_facts(doc) if f.indicator == "services_provided"]
    assert got == [(964, "home_care", "Допомога в самообслуговуванні"),
                   (212, "home_care", "Супровід до закладів охорони здоров'я"), (1176, "home_care", "Разом")]


def test_a_table_whose_rows_name_services_keeps_them(make_doc):
    from zvitparse.extract import extract_facts

    doc = make_doc(["Послугу догляду вдома отримували 181 особа.",
                    [["Вид соціальної послуги", "Кількість отримувачів"], ["Денний догляд", "58"],
                     ["Натуральна допомога", "227"], ["Інші послуги", "12"]]])
    got = [(f.value, f.service) for f in extract_facts(doc) if f.value in (58, 227)]
    assert got == [(58, "day_care"), (227, "natural_aid")]


@pytest.mark.parametrize("slip", ["14,5", "16,5"])
def test_a_share_column_of_the_first_counts_total_is_that_columns_percent(make_doc, slip):
    """«Отримувачів | у т. ч. ВПО | Частка, %»: 148 of 282 is 52,5 %, so the shares are the
    recipients', not the IDPs' beside them (one slipped share does not change that)."""
    from zvitparse.extract import extract_facts

    doc = make_doc(["Отримувачі послуги догляду вдома за старостинськими округами",
                    [["Старостинський округ", "Отримувачів, осіб", "у т. ч. ВПО", "Частка, %"],
                     ["м. Костопіль", "148", "21", "52,5"], ["Мирненський", "37", "4", "13,1"],
                     ["Головинський", "41", "6", slip], ["Малолюбашанський", "56", "5", "19,9"],
                     ["Разом", "282", "36", "100,0"]]])
    facts = [f for f in extract_facts(doc) if f.extractor.startswith("count_table")]
    assert [(f.value, f.percent) for f in facts if f.value in (148, 37, 56, 282)] == [
        (148, 52.5), (37, 13.1), (56, 19.9), (282, 100.0)]
    assert all(f.percent is None for f in facts if f.value in (21, 4, 6, 5, 36))


def test_a_percent_column_of_the_count_to_its_left_stays_there(make_doc):
    from zvitparse.extract import extract_facts

    doc = make_doc([[["Відділення", "Отримувачів", "з них ВПО", "% ВПО"], ["№ 1", "148", "21", "14,2"],
                     ["№ 2", "37", "4", "10,8"], ["Разом", "185", "25", "13,5"]]])
    facts = [f for f in extract_facts(doc) if f.extractor.startswith("count_table")]
    assert [(f.value, f.percent) for f in facts if f.value in (21, 4, 25)] == [(21, 14.2), (4, 10.8), (25, 13.5)]


def test_a_table_of_three_years_with_their_difference_and_growth(make_doc):
    """«2022 | 2023 | 2024 | +/- | %»: the report year's counts, with no «+/-» count and no growth
    rate taken for their percent."""
    from zvitparse.extract import extract_facts

    doc = make_doc(["Аналітична довідка про роботу центру за 2024 рік",
                    "Таблиця 1. Кількість отримувачів соціальних послуг (сімей/осіб)",
                    [["№", "Послуга", "2022", "2023", "2024", "+/-", "%"],
                     ["1", "Консультування", "412", "468", "503", "+35", "107,5"],
                     ["2", "Соціальне супроводження прийомних сімей", "7", "8", "8", "0", "100,0"],
                     ["", "Разом", "419", "476", "511", "+35", "107,4"]]])
    from zvitparse.extract.meta import extract_meta

    facts = [f for f in extract_facts(doc, extract_meta(doc)) if f.extractor.startswith("count_table")]
    assert sorted(f.value for f in facts) == [8, 503, 511]
    assert all(f.percent is None for f in facts)


def test_figures_paired_with_last_year_s_by_a_slash_give_this_year_s() -> None:
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    text = ("За 9 місяців до нас звернулося 214/187 осіб, у т. ч. ВПО – 63/71.\n\n"
            "№\tПослуга\tОтримувачів, осіб (2024/2023)\tНадано послуг (2024/2023)\n"
            "1\tКонсультування\t301/276\t1 203/1 110\n2\tДогляд вдома\t87/84\t6 540/6 212\n")
    got = {(f.indicator, f.value) for f in extract_facts(read_bytes(text.encode(), "t.txt"), {})}
    assert {187, 71, 276, 1110, 84, 6212}.isdisjoint(v for _, v in got)
    assert {("applied", 214), ("served", 301), ("services_provided", 1203), ("served", 87),
            ("services_provided", 6540)} <= got


def test_a_service_merged_down_over_its_rows_names_each_of_them() -> None:
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    html = ("<table><tr><th>№</th><th>Послуга</th><th>Категорія</th><th>Отримувачів у 2023 р., осіб</th>"
            "<th>Отримувачів у 2022 р., осіб</th></tr>"
            "<tr><td>1</td><td>Догляд вдома</td><td>особи похилого віку</td><td>112</td><td>118</td></tr>"
            "<tr><td>2</td><td></td><td>особи з інвалідністю</td><td>47</td><td>41</td></tr>"
            "<tr><td>3</td><td>Денний догляд</td><td>особи похилого віку</td><td>26</td><td>24</td></tr>"
            "<tr><td>4</td><td></td><td>діти з інвалідністю</td><td>8</td><td>5</td></tr></table>")
    meta = {"period_start": "2023-01-01", "period_end": "2023-12-31"}
    facts = extract_facts(read_bytes(f"<html><body>{html}</body></html>".encode(), "t.html"), meta)
    # each row's service, and only the report year's column
    assert {(f.value, f.service) for f in facts} == {(112, "home_care"), (47, "home_care"), (26, "day_care"),
                                                      (8, "day_care")}


def test_a_criterion_row_s_count_of_answers_has_its_criterion(make_doc):
    head = ["Критерій", "Позитивних відповідей", "%"]
    rows = [["Своєчасність", "44", "84,6"], ["Результативність", "41", "78,8"]]
    doc = make_doc(["Результати анкетування 52 отримувачів:", [head, *rows]])
    got = {(f.value, f.criterion, f.label) for f in tables.extract(doc, {}) if f.indicator == "survey_respondents"}
    assert got == {(44, "timeliness", "Своєчасність"), (41, "effectiveness", "Результативність")}


def test_a_rated_criterion_row_s_count_of_answers_makes_its_share(make_doc):
    # (b96_05: with a rating column the table rates each criterion by its share; the count of
    # positive answers it is computed from is no figure of its own)
    head = ["Критерій", "Кількість позитивних відповідей", "Частка, %", "Оцінка"]
    rows = [["Своєчасність", "44", "84,6", "добре"], ["Результативність", "41", "78,8", "задовільно"]]
    doc = make_doc(["Результати анкетування 52 отримувачів:", [head, *rows]])
    facts = extract_facts(doc, {})
    assert {(f.indicator, f.value, f.criterion) for f in facts if f.indicator in ("share", "survey_respondents")} == {
        ("share", 84.6, "timeliness"), ("share", 78.8, "effectiveness"), ("survey_respondents", 52, None)}


def test_a_spreadsheet_pasted_in_english_settings(make_doc):
    head = ["№", "Послуга", "Отримувачів, осіб", "Частка ВПО", "Надано послуг", "План послуг", "Виконання плану"]
    rows = [["1", "Догляд вдома", "286", "0.108", "34,512", "35,000", "98.61%"],
            ["2", "Денний догляд", "64", "0.109", "6,118", "6,000", "101.97%"],
            ["", "Разом", "350", "0.108", "40,630", "41,000", "99.10%"]]
    got = {(f.indicator, f.value) for f in tables.extract(make_doc(["Таблиця 1", [head, *rows]]), {})}
    assert ("services_provided", 34512) in got and ("services_provided", 40630) in got
    # the plan is a target and the fraction no count
    assert not {v for _, v in got} & {35000, 6000, 41000, 0, 108, 109}


def test_a_comma_after_a_thousand_is_a_decimal_where_the_table_writes_decimals_so(make_doc):
    head = ["Послуга", "Отримувачів", "Середня кількість відвідувань"]
    rows = [["Догляд вдома", "286", "12,5"], ["Денний догляд", "1,204", "3,25"]]
    got = {(f.indicator, f.value) for f in tables.extract(make_doc([[head, *rows]]), {})}
    assert ("served", 1204) not in got


def test_a_row_s_own_people_over_a_column_that_says_only_recipients(make_doc):
    from zvitparse.extract import extract_facts

    doc = make_doc(["Отримувачі соціальних послуг", [["Послуга", "Отримувачів", "з них ВПО"],
                                                      ["Догляд вдома, осіб", "87", "6"],
                                                      ["Соціальний супровід сімей у СЖО, сімей", "12", "3"],
                                                      ["Усього осіб", "99", "9"]]])
    got = {(f.value, f.unit) for f in extract_facts(doc, {}) if f.indicator == "served"}
    assert {(87, "persons"), (12, "families"), (99, "persons")} <= got
