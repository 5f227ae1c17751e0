"""Budget tables: KEKV rows × money columns, in table blocks and flattened into lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from zvitparse.extract import budget, extract_facts

SHARED = Path(__file__).resolve().parents[2] / "shared"

HEADER = ["КЕКВ", "Показники", "Затверджено на рік (тис. грн.)", "Касові видатки (тис. грн.)", "Економія (тис. грн.)"]
ROWS = [
    ["2110", "Оплата праці", "2254,1", "2241,6", "12,5"],
    ["2210", "Предмети, матеріали, обладнання та інвентар", "51,0", "", "51,0"],
    ["", "Всього", "2305,1", "2241,6", "63,5"],
]


def _table(facts):
    return [(f.indicator, f.value, f.kekv, f.label) for f in facts]


def test_budget_table_block(make_doc):
    doc = make_doc(["Моніторинг видатків по загальному фонду", [HEADER, *ROWS]])
    facts = budget.extract(doc, {})
    assert _table(facts) == [
        ("budget_approved", 2254100, "2110", "Оплата праці"),
        ("budget_spent", 2241600, "2110", "Оплата праці"),
        ("budget_savings", 12500, "2110", "Оплата праці"),
        ("budget_approved", 51000, "2210", "Предмети, матеріали, обладнання та інвентар"),
        ("budget_savings", 51000, "2210", "Предмети, матеріали, обладнання та інвентар"),
        ("budget_approved", 2305100, None, "Всього"),
        ("budget_spent", 2241600, None, "Всього"),
        ("budget_savings", 63500, None, "Всього"),
    ]
    by_id = {f.fact_id: f for f in facts}
    for f in facts[:5]:  # each part points at its column's total and shares a group with its column
        assert by_id[f.parent_id].indicator == f.indicator and by_id[f.parent_id].label == "Всього"
    assert facts[0].group_id == facts[3].group_id != facts[1].group_id
    assert all(isinstance(f.value, int) and f.unit == "uah" for f in facts)
    assert facts[0].quote == doc.text[facts[0].start:facts[0].end]


@pytest.mark.parametrize("head", [
    [["КЕКВ", "Найменування видатків", "Затверджено", "Касові", "Економія"], ["", "", "на І півріччя", "видатки", ""]],
    [["КЕКВ", "Найменування", "Затверджено на", "Касові", "Залишок"], ["", "", "2024 рік", "видатки", "(економія)"]],
])
def test_a_header_over_two_rows_names_its_columns_together(make_doc, head):
    rows = [["2111", "Заробітна плата", "1 842 600,00", "1 839 214,37", "3 385,63"],
            ["", "Разом", "1 842 600,00", "1 839 214,37", "3 385,63"]]
    facts = budget.extract(make_doc(["Видатки загального фонду, грн", [*head, *rows]]), {})
    assert [(f.indicator, f.value) for f in facts if f.kekv == "2111"] == [
        ("budget_approved", 1842600), ("budget_spent", 1839214.37), ("budget_savings", 3385.63)]


def test_flattened_budget_table_with_subtables(make_doc):
    # a table flattened into lines: empty cells are lost, short rows are aligned right
    lines = ["КЕКВ", "Показники", "Надійшло", "Касові видатки", "(тис. грн.)", "Платні послуги",
             "2110", "Оплата праці", "88,5", "48,6", "2240", "Оплата послуг (крім комунальних)", "1,6",
             "Всього", "88,5", "50,2", "Благодійні внески", "2230", "Продукти харчування", "6,7",
             "Всього", "6,7", "Директор центру Іваненко І. І. підписав цей звіт після перевірки всіх сум"]
    facts = budget.extract(make_doc(lines), {})
    assert _table(facts) == [
        ("budget_received", 88500, "2110", "Оплата праці"),
        ("budget_spent", 48600, "2110", "Оплата праці"),
        ("budget_spent", 1600, "2240", "Оплата послуг (крім комунальних)"),
        ("budget_received", 88500, None, "Всього"),
        ("budget_spent", 50200, None, "Всього"),
        ("budget_spent", 6700, "2230", "Продукти харчування"),
        ("budget_spent", 6700, None, "Всього"),
    ]
    assert facts[5].group_id != facts[1].group_id  # a caption opens a new sub-table
    assert facts[5].parent_id == facts[6].fact_id


@pytest.mark.parametrize(
    "header, value",
    [("Затверджено (тис. грн)", 2254100), ("Затверджено, грн", 2254.1), ("Затверджено (млн грн)", 2254100000)],
)
def test_budget_multiplier(make_doc, header, value):
    doc = make_doc([[["КЕКВ", "Назва", header], ["2110", "Оплата праці", "2254,1"]]])
    (f,) = budget.extract(doc, {})
    assert f.value == value


def test_not_a_budget_table(make_doc):
    doc = make_doc([[["Показник", "2020", "2021"], ["Звернулися", "367", "400"]]])
    assert budget.extract(doc, {}) == []


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared/ not beside the repo")
def test_seed_004_budget():
    from zvitparse.read import read_path

    facts = budget.extract(read_path(SHARED / "seeds" / "004_aaa7c68243ea0d39.txt"), {})
    assert len(facts) == 36
    totals = [f for f in facts if f.kekv is None]
    assert [(f.indicator, f.value) for f in totals] == [
        ("budget_approved", 2588000), ("budget_spent", 2527500), ("budget_savings", 60500),
        ("budget_received", 88500), ("budget_spent", 56000), ("budget_received", 300300), ("budget_spent", 300300)]
    by_id = {f.fact_id: f for f in facts}
    spent_paid = [f for f in facts if f.parent_id == totals[4].fact_id]
    assert sum(f.value for f in spent_paid) == 56000 and len(spent_paid) == 3
    assert all(f.parent_id in by_id for f in facts if f.kekv)


def test_pdf_glued_name_and_amount(make_doc):
    lines = ["КЕКВ", "Показники", "Затверджено (тис. грн.)", "Касові видатки (тис. грн.)",
             "2240", "Оплата послуг (крім комунальних) 182,5", "179,5", "Всього", "182,5", "179,5"]
    facts = budget.extract(make_doc(lines), {})
    assert _table(facts)[:2] == [("budget_approved", 182500, "2240", "Оплата послуг (крім комунальних)"),
                                 ("budget_spent", 179500, "2240", "Оплата послуг (крім комунальних)")]
    assert facts[0].quote == doc_text_of(facts[0], lines)


def doc_text_of(fact, lines):
    return "\n\n".join(lines)[fact.start:fact.end]


def test_counts_under_plan_columns_are_not_money(make_doc):
    doc = make_doc(["Виконання плану заходів", [
        ["Захід", "План на рік", "Виконано"], ["Консультації", "120", "134"], ["Всього", "120", "134"]]])
    assert budget.extract(doc, {}) == []


def test_a_budget_table_under_a_paragraph_naming_an_approval(make_doc):
    """A prose paragraph with «затвердженого рішенням» is no header; the «Всього» row's empty
    name cell is no amount slot."""
    from zvitparse.extract import budget

    doc = make_doc([
        "Центр діє відповідно до Положення, затвердженого рішенням міської ради від 23.12.2021 № 12.",
        "Таблиця 3. Виконання кошторису Центру (загальний фонд), грн",
        [["КЕКВ", "Найменування", "Затверджено на 2025 рік", "Касові видатки за І квартал"],
         ["2111", "Заробітна плата", "4 812 600,00", "1 163 418,52"],
         ["2120", "Нарахування на оплату праці", "1 058 800,00", "255 952,07"],
         ["Всього", "", "5 871 400,00", "1 419 370,59"]]])
    got = [(f.indicator, f.value, f.kekv) for f in budget.extract(doc, {})]
    assert got == [("budget_approved", 4812600, "2111"), ("budget_spent", 1163418.52, "2111"),
                   ("budget_approved", 1058800, "2120"), ("budget_spent", 255952.07, "2120"),
                   ("budget_approved", 5871400, None), ("budget_spent", 1419370.59, None)]


def test_the_nearest_currency_word_sets_the_scale():
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    html = ("<html><body><p>До спеціального фонду надійшло 41,2 тис. грн.</p>"
            "<p>Штатна чисельність – 52,5 посади.</p>"
            "<p>Використання коштів загального фонду за І півріччя 2019 року (грн):</p><table>"
            "<tr><td>КЕКВ</td><td>Найменування</td><td>Затверджено</td><td>Касові видатки</td><td>Економія</td></tr>"
            "<tr><td>2111</td><td>Заробітна плата</td><td>2146300,00</td><td>2139812,45</td><td>6487,55</td></tr>"
            "<tr><td>2120</td><td>Нарахування на оплату праці</td><td>472186,00</td><td>470758,74</td><td>1427,26</td></tr>"
            "</table></body></html>")
    facts = extract_facts(read_bytes(html.encode(), "t.html"))
    got = {(f.indicator, f.kekv, f.value) for f in facts if f.kekv}
    assert ("budget_approved", "2111", 2146300) in got and ("budget_spent", "2120", 470758.74) in got


def test_a_sentence_with_a_money_word_above_the_table_is_no_header():
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    text = ("До «гарячої лінії» центру надійшло 173 дзвінки.\n\nФінансування (загальний фонд), тис. грн:\n\n"
            "КЕКВ\tНайменування\tЗатверджено\tКасові видатки\tЕкономія\n2111\tЗаробітна плата\t9 412,6\t9 388,2\t24,4\n"
            "2120\tНарахування на оплату праці\t2 070,8\t2 065,4\t5,4\n")
    facts = [f for f in extract_facts(read_bytes(text.encode(), "t.txt")) if f.unit == "uah"]
    assert {(f.indicator, f.kekv, f.value) for f in facts} >= {("budget_approved", "2111", 9412600),
                                                               ("budget_savings", "2120", 5400)}
    assert not any(f.indicator == "budget_received" for f in facts)


@pytest.mark.parametrize(("written", "finding"), [("99,7", False), ("99,75", False), ("99,8", False), ("99,6", True), ("99,4", True), ("98", True)])
def test_an_execution_percent_column_is_the_spent_share_of_the_approved(make_doc, written, finding):
    # 6 198 750 of 6 214 300 = 99,7498 %: 99,7 rounded, 99,8 its ceiling (SPEC allows both), 99,6 neither
    from zvitparse.audit import audit_report
    from zvitparse.model import Report

    header = ["КЕКВ", "Найменування видатків", "Затверджено на рік, грн", "Касові видатки, грн", "Виконання, %"]
    rows = [["2110", "Оплата праці", "6 214 300", "6 198 750", written],
            ["2270", "Оплата комунальних послуг та енергоносіїв", "312 000", "268 310", "86,0"]]
    doc = make_doc(["Виконання кошторису за 2025 рік", [header, *rows]])
    facts = budget.extract(doc, {})
    # «Найменування видатків» names the rows, «Виконання, %» is no sum
    assert [(f.indicator, f.value, f.kekv) for f in facts] == [
        ("budget_approved", 6214300, "2110"), ("budget_spent", 6198750, "2110"),
        ("budget_approved", 312000, "2270"), ("budget_spent", 268310, "2270")]
    assert facts[1].percent == float(written.replace(",", "."))
    report = Report(doc_id="t", source="t.txt", meta={}, facts=facts, document=doc)
    rules = [f.rule for f in audit_report(report)[0]]
    assert ("percent_mismatch" in rules) == finding


def test_plan_fact_deviation_columns_under_a_caption_in_thousands():
    from zvitparse.read import read_bytes

    text = ("1. Загальний фонд (КПКВК МБ 0813241) тис. грн\n" + "-" * 60 + "\n\n"
            "КЕКВ\tНайменування\tПлан\tФакт\tВідхилення\n2111\tЗаробітна плата\t9 842,6\t9 817,3\t25,3\n"
            "2120\tНарахування на оплату праці\t2 165,4\t2 159,8\t5,6\n\tРазом\t12 008,0\t11 977,1\t30,9\n")
    facts = budget.extract(read_bytes(text.encode(), "t.txt"), {})
    assert [(f.indicator, f.value, f.kekv) for f in facts][:3] == [
        ("budget_approved", 9842600, "2111"), ("budget_spent", 9817300, "2111"), ("budget_savings", 25300, "2111")]


def test_a_special_fund_of_receipts_a_named_total_and_a_code_glued_to_its_name(make_doc):
    doc = make_doc(["2. Спеціальний фонд (плата за послуги) тис. грн", [
        ["КЕКВ", "Найменування", "План", "Факт", "Відхилення"],
        ["", "Надходження від плати за соціальні послуги", "420,0", "447,8", "-27,8"],
        ["", "Видатки спеціального фонду, усього", "440,0", "431,2", "8,8"],
        ["2210", "Предмети, матеріали, обладнання та інвентар", "290,0", "285,7", "4,3"],
        ["3110 Придбання обладнання і предметів", "довгострокового користування", "150,0", "145,5", "4,5"],
    ]])
    facts = budget.extract(doc, {})
    got = [(f.indicator, f.value, f.kekv) for f in facts]
    assert got == [("budget_approved", 420000, None), ("budget_received", 447800, None),
                   ("budget_approved", 440000, None), ("budget_spent", 431200, None), ("budget_savings", 8800, None),
                   ("budget_approved", 290000, "2210"), ("budget_spent", 285700, "2210"), ("budget_savings", 4300, "2210"),
                   ("budget_approved", 150000, "3110"), ("budget_spent", 145500, "3110"), ("budget_savings", 4500, "3110")]
    assert facts[-1].label == "Придбання обладнання і предметів довгострокового користування"
    total = {f.indicator: f.fact_id for f in facts[2:5]}
    assert all(f.parent_id == total[f.indicator] for f in facts[5:]) and facts[0].parent_id is None


@pytest.mark.parametrize("caption, value", [
    ("Кошторисом на 2025 рік затверджено 13,4 млн грн. Виконання кошторису за І півріччя, тис. грн:", 5214600),
    ("Виконання кошторису (тис. грн); річний кошторис – 13,4 млн грн.", 5214600),
    ("Річний кошторис – 13,4 млн грн.", 5214.6),  # a sum's scale is no unit of the table
])
def test_a_caption_s_bare_unit_scales_the_table_not_a_sum_before_it(make_doc, caption, value):
    doc = make_doc([caption, [["КЕКВ", "Найменування", "Затверджено"], ["2111", "Заробітна плата", "5 214,6"]]])
    assert [f.value for f in budget.extract(doc, {})] == [value]


@pytest.mark.parametrize("code_header", ["КЕКВ", "Код КЕКВ", "Код економічної класифікації видатків"])
def test_a_column_of_codes_after_the_names_gives_each_row_its_code(make_doc, code_header: str) -> None:
    # (under a section on counselling: the money is of no service)
    doc = make_doc(["На «гарячу лінію» надійшло 729 звернень, надано 729 консультацій.",
                    [["№ з/п", "Захід", code_header, "Затверджено, тис. грн", "Касові видатки, тис. грн", "Економія, тис. грн"],
                     ["1", "Одноразова матеріальна допомога", "2730", "520,0", "412,5", "107,5"],
                     ["2", "Пільговий проїзд окремих категорій громадян", "2610", "190,0", "176,8", "13,2"],
                     ["", "Разом", "", "710,0", "589,3", "120,7"]]])
    money = [f for f in extract_facts(doc, {}) if f.unit == "uah"]
    rows = {(f.indicator, f.value): (f.kekv, f.service) for f in money}
    assert rows[("budget_approved", 520000)] == ("2730", None)
    assert rows[("budget_savings", 13200)] == ("2610", None)
    assert rows[("budget_spent", 589300)] == (None, None)


def test_a_table_pasted_from_a_spreadsheet_keeps_its_columns(make_doc):
    head = ["КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія (перевитрата)", "% виконання"]
    rows = [["2111", "Заробітна плата", "9 846.2", "9 811.7", "34.5", "99.65%"],
            ["2210", "Предмети, матеріали, обладнання та інвентар", "212.4", "224.9", "(12.5)", "105.89%"],
            ["2800", "Інші поточні видатки", "0.0", "0.0", "—", "#ДІЛ/0!"]]
    facts = budget.extract(make_doc(["Виконання кошторису (тис. грн)", [head, *rows]]), {})
    got = {(f.kekv, f.indicator): (f.value, f.percent) for f in facts}
    assert got[("2111", "budget_approved")] == (9846200, None)
    assert got[("2111", "budget_spent")] == (9811700, 99.65)  # the spent share of the approved
    assert got[("2210", "budget_savings")] == (-12500, None)  # an overspend in parentheses
    assert got[("2800", "budget_spent")] == (0, None) and ("2800", "budget_savings") not in got


def test_a_spending_summary_by_kekv_with_a_count_of_payments(make_doc):
    # «Сума, грн» under a caption naming the spending; the payments' count holds a slot, no money
    doc = make_doc(["Підсумки за кодами економічної класифікації видатків (01.01.2024 – 30.06.2024)",
                    [["КЕКВ", "Назва", "Транзакцій", "Сума, грн"],
                     ["2111", "Заробітна плата", "57", "3 894 215,40"],
                     ["2120", "Нарахування на оплату праці", "12", "856 727,39"],
                     ["", "Разом", "69", "4 750 942,79"]]])
    assert _table(budget.extract(doc, {})) == [
        ("budget_spent", 3894215.4, "2111", "Заробітна плата"),
        ("budget_spent", 856727.39, "2120", "Нарахування на оплату праці"),
        ("budget_spent", 4750942.79, None, "Разом"),
    ]


def test_two_plan_columns_keep_groups_of_their_own(make_doc):
    # («Затверджено на 2025 рік | План на І півріччя»: each column's rows add up to its own total)
    rows = [["КЕКВ", "Найменування", "Затверджено на 2025 рік", "План на І півріччя", "Касові видатки", "Економія"],
            ["2111", "Заробітна плата", "14 862,0", "7 431,0", "7 204,6", "226,4"],
            ["2120", "Нарахування на оплату праці", "3 269,6", "1 634,8", "1 585,0", "49,8"],
            ["", "Разом", "18 131,6", "9 065,8", "8 789,6", "276,2"]]
    facts = budget.extract(make_doc(["Виконання бюджетної програми, тис. грн", rows]), {})
    plans = [f for f in facts if f.indicator == "budget_approved" and f.group_id]
    assert {f.value for f in plans} == {14862000, 7431000, 3269600, 1634800}
    by_group = {}
    for f in plans:
        by_group.setdefault(f.group_id, set()).add(f.value)
    assert sorted(by_group.values(), key=min) == [{1634800, 7431000}, {3269600, 14862000}]


@pytest.mark.parametrize("deviation, saved", [
    # the spent less the approved, as an accountant writes it: brackets for the negative
    ("Відхилення (гр.4 – гр.3), грн", ["(16.263,48)", "(3.573,97)", "(19.837,45)"]),
    # savings, the approved less the spent
    ("Економія, грн", ["16.263,48", "3.573,97", "19.837,45"]),
])
def test_sums_grouped_with_dots_and_a_deviation_column_of_either_sign(make_doc, deviation, saved):
    header = ["КЕКВ", "Найменування", "Затверджено кошторисом, грн", "Касові видатки, грн", deviation]
    rows = [["2111", "Заробітна плата", "5.418.200,00", "5.401.936,52", saved[0]],
            ["2120", "Нарахування на оплату праці", "1.192.000,00", "1.188.426,03", saved[1]],
            ["", "Разом", "6.610.200,00", "6.590.362,55", saved[2]]]
    facts = budget.extract(make_doc(["Виконання кошторису (грн):", [header, *rows]]), {})
    assert [(f.indicator, f.value, f.kekv) for f in facts] == [
        ("budget_approved", 5418200, "2111"), ("budget_spent", 5401936.52, "2111"), ("budget_savings", 16263.48, "2111"),
        ("budget_approved", 1192000, "2120"), ("budget_spent", 1188426.03, "2120"), ("budget_savings", 3573.97, "2120"),
        ("budget_approved", 6610200, None), ("budget_spent", 6590362.55, None), ("budget_savings", 19837.45, None)]


def test_an_overspent_row_keeps_its_negative_savings(make_doc):
    """Brackets in a column of savings are an overspend: the column's rows say which way it is written."""
    header = ["КЕКВ", "Найменування", "Затверджено, грн", "Касові видатки, грн", "Економія, грн"]
    rows = [["2111", "Заробітна плата", "5.418.200,00", "5.401.936,52", "16.263,48"],
            ["2120", "Нарахування на оплату праці", "1.192.000,00", "1.193.000,00", "(1.000,00)"]]
    facts = budget.extract(make_doc(["Виконання кошторису (грн):", [header, *rows]]), {})
    assert [f.value for f in facts if f.indicator == "budget_savings"] == [16263.48, -1000]
