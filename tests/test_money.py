"""Sums of money in prose."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts, money


@pytest.mark.parametrize(
    "text, expected",
    [
        ("За І півріччя 2021 року економія бюджетних коштів склала 60,5 тис грн.", [("budget_savings", 60500, None)]),
        ("411 підопічних забезпечено благодійною допомогою на загальну суму 83,7 тис.грн.", [("aid_value", 83700, None)]),
        # aid handed out «на» a sum, the verb between («видали на», «роздано на»), in words too
        ("Гуманітарної допомоги видали на 640 тисяч гривень.", [("aid_value", 640000, None)]),
        ("Продуктових наборів роздано на 86,4 тис. грн.", [("aid_value", 86400, None)]),
        ("Надійшло коштів від платних послуг 12 500 гривень.", [("budget_received", 12500, None)]),
        ("Касові видатки склали 1,2 млн грн.", [("budget_spent", 1200000, None)]),
        ("Затверджено кошторисом 2588,0 тис. грн, використано 2527,5 тис. грн.",
         [("budget_approved", 2588000, None), ("budget_spent", 2527500, None)]),
        ("Центр отримав подяку; вартість 100 грн не названо жодним словом.", []),
        ("В центр звернулися 367 сімей.", []),
        # an interview says the currency once; a scaled count of people is no sum
        ("Бюджет центру на 2021 рік становив 21,6 мільйона гривень, використали 21,3 мільйона.",
         [("budget_approved", 21600000, None), ("budget_spent", 21300000, None)]),
        ("Населення громади 41,2 тис. осіб, видатки 2,1 млн грн.", [("budget_spent", 2100000, None)]),
        ("Планується оздоровити 146 дітей, на що передбачено 1 240,0 тис. грн.", []),  # a plan's sum
        # thousands grouped with dots do not end the clause that names the sum
        ("Натуральну допомогу отримали 1.122 особи на загальну суму 1.406,5 тис. грн.", [("aid_value", 1406500, None)]),
        # a unit's price and a plan of receipts are no sums of the report
        ("Видано 537 наборів на суму 268,5 тис. грн (вартість одного набору - 500 грн).", [("aid_value", 268500, None)]),
        # a clause saying only «на суму» sums what the sentence before names
        ("Натуральну допомогу отримали 498 людей: продукти, ліки. Загалом на суму понад 1,2 мільйона гривень.",
         [("aid_value", 1200000, None)]),
        ("Придбано 3 ноутбуки та принтер. Усього на суму 45,0 тис. грн.", [("budget_spent", 45000, None)]),
        ("Проведено 12 заходів. Загалом на суму 5 тис. грн.", []),
        # a state benefit's sum is no aid the provider gave
        ("Допомога на проживання призначена 8 973 особам на суму 201,6 млн грн.", []),
        ("Центр отримав гуманітарну допомогу, загальна вартість якої становить 62 840 грн.", [("aid_value", 62840, None)]),
        ("На 2024 рік затверджено видатки загального фонду в сумі 3 412,6 тис. грн.", [("budget_approved", 3412600, None)]),
        ("Надходження за I квартал склали 97,3 тис. грн (річний план надходжень - 360,0 тис. грн).",
         [("budget_received", 97300, None)]),
        ("Від надання платних послуг ЦНСП отримав 96,8 тис. грн.", [("budget_received", 96800, None)]),
    ],
)
def test_prose_money(make_doc, text, expected):
    doc = make_doc([text])
    facts = money.extract(doc, {})
    assert [(f.indicator, f.value, f.label) for f in facts] == expected
    assert all(f.quote == doc.text[f.start:f.end] and f.unit == "uah" for f in facts)


def test_purchase_list(make_doc):
    doc = make_doc(["За І півріччя 2021 року було придбано:\n -газ пропан - бутан –  31,8 тис грн.;\n"
                    "- продуктові набори – 2,2 тис грн.;\n- проведено поточний ремонт кімнати гігієни-148,8 тис грн."])
    facts = money.extract(doc, {})
    assert [(f.indicator, f.value, f.label) for f in facts] == [
        ("budget_spent", 31800, "газ пропан - бутан"),
        ("budget_spent", 2200, "продуктові набори"),
        ("budget_spent", 148800, "проведено поточний ремонт кімнати гігієни"),
    ]
    assert [f.fact_id for f in facts] == ["money:1", "money:2", "money:3"]


def test_kekv_and_service_in_prose(make_doc):
    doc = make_doc(["Упродовж року використано 6 102 915,47 грн, у тому числі: за КЕКВ 2111 «Заробітна плата» – "
                    "4 621 870,12 грн, КЕКВ 2210 – 187 402,50 грн. Також придбано службовий автомобіль на суму "
                    "1,1 млн грн (КЕКВ 3110).",
                    "Натуральна допомога надана на загальну суму 2,87 млн грн."])
    got = [(f.indicator, f.value, f.kekv, f.service) for f in money.extract(doc, {})]
    assert got == [
        ("budget_spent", 6102915.47, None, None),
        ("budget_spent", 4621870.12, "2111", None),
        ("budget_spent", 187402.5, "2210", None),
        ("budget_spent", 1100000, "3110", None),
        ("aid_value", 2870000, None, "natural_aid"),
    ]


@pytest.mark.parametrize("mark", ["-", "–", "•"])
def test_a_numbered_item_ending_on_a_colon_opens_the_list_under_it(make_doc, mark):
    doc = make_doc(["7. Натуральну допомогу отримали 42 особи.\n"
                    "8. Касові видатки склали 1 214 653,27 грн, у тому числі:\n"
                    f"{mark} заробітна плата (КЕКВ 2111) – 934 120,50 грн;\n"
                    f"{mark} інші видатки – 22 155,00 грн.\n"
                    "9. Скарг не надходило."])
    got = [(f.indicator, f.value, f.kekv) for f in money.extract(doc, {})]
    assert got == [("budget_spent", 1214653.27, None), ("budget_spent", 934120.5, "2111"),
                   ("budget_spent", 22155, None)]


def test_a_list_intro_wrapped_over_two_lines_opens_the_list(make_doc):
    doc = make_doc(["Касові видатки за 9 місяців 2021 року склали 3 917,2 тис. грн, у тому\n"
                    "числі:\n- заробітна плата (КЕКВ 2111) - 2 788,9 тис. грн;\n"
                    "- нарахування на оплату праці (КЕКВ 2120) - 613,6 тис. грн."])
    got = [(f.indicator, f.value, f.kekv) for f in money.extract(doc, {})]
    assert got == [("budget_spent", 3917200, None), ("budget_spent", 2788900, "2111"),
                   ("budget_spent", 613600, "2120")]


def test_bare_amounts_under_a_heading_in_hryvnias(make_doc):
    from zvitparse.extract import money

    doc = make_doc(["Фінансування (загальний фонд), грн\n– затверджено кошторисом на рік – 9 846 300,00\n"
                    "– касові видатки за І півріччя – 4 498 214,17\n– з них на оплату праці (КЕКВ 2111) – 3 502 006,30",
                    "Скарги\n– надійшло скарг – 1"])
    got = [(f.indicator, f.value, f.kekv) for f in money.extract(doc, {})]
    assert got == [("budget_approved", 9846300, None), ("budget_spent", 4498214.17, None),
                   ("budget_spent", 3502006.3, "2111")]


@pytest.mark.parametrize("lines, expected", [
    (["КЕКВ 2111 – затверджено на півріччя 1 486 200,00; касові видатки 1 473 915,40",
      "Разом – затверджено 1 854 100,00; касові видатки 1 836 288,86"],
     [("budget_approved", 1486200, "2111"), ("budget_spent", 1473915.4, "2111"),
      ("budget_approved", 1854100, None), ("budget_spent", 1836288.86, None)]),
    (["Оплата праці (КЕКВ 2111): план 412,5; фактично використано 409,9."],
     [("budget_approved", 412500, "2111"), ("budget_spent", 409900, "2111")]),
])
def test_lines_of_named_sums_under_a_heading_in_hryvnias(make_doc, lines, expected):
    from zvitparse.extract import money

    heading = "V. ФІНАНСУВАННЯ (загальний фонд, тис. грн)" if "412,5" in lines[0] else "V. ФІНАНСУВАННЯ (загальний фонд, грн)"
    doc = make_doc([heading + "\n" + "\n".join(lines)])
    assert [(f.indicator, f.value, f.kekv) for f in money.extract(doc, {})] == expected


@pytest.mark.parametrize("line", ["Звернулося 45 осіб; надано 120 послуг", "КЕКВ 2111 – затверджено 2024 року"])
def test_a_line_that_is_not_all_named_sums_gives_none(make_doc, line):
    from zvitparse.extract import money

    assert money.extract(make_doc(["Фінансування, грн\n" + line]), {}) == []


def test_bare_figures_under_a_heading_without_currency_are_no_money(make_doc):
    from zvitparse.extract import money

    doc = make_doc(["Видатки та звернення\n– касові видатки за квартал – 12\n– звернень – 45"])
    assert money.extract(doc, {}) == []


def test_a_list_breaks_down_the_main_figure_not_the_plan_beside_it():
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    text = ("ФІНАНСУВАННЯ\nВидатки на соціальний захист населення у 2022 році склали 37 618,4 тис. грн при плані "
            "38 204,0 тис. грн (98,5 %), у тому числі:\n – міська цільова програма «Турбота» – 12 406,7 тис. грн;\n"
            " – утримання Управління – 6 413,0 тис. грн.\n")
    facts = {(f.indicator, f.value) for f in extract_facts(read_bytes(text.encode(), "t.txt")) if f.unit == "uah"}
    assert {("budget_spent", 12406700), ("budget_spent", 6413000), ("budget_approved", 38204000)} <= facts


@pytest.mark.parametrize("text, part", [
    ("Касові видатки Центру склали 3 512,4 тис. грн, з них на оплату праці з нарахуваннями – 2 901,5 тис. грн.", 2901500),
    ("На утримання Центру використано 5 120,0 тис. грн, у т.ч. на оплату праці – 4 391,0 тис. грн (КЕКВ 2110).", 4391000),
    ("Видатки склали 3 400,0 тис. грн, з яких 2 804,3 тис. грн – на оплату праці з нарахуваннями.", 2804300),
])
def test_a_part_of_a_sum_takes_the_sum_s_kind(text, part):
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    facts = [f for f in extract_facts(read_bytes(f"Звіт\n\n{text}\n".encode(), "t.txt")) if f.unit == "uah"]
    assert [(f.indicator, f.value) for f in facts][1] == ("budget_spent", part)


def test_lines_of_an_unmarked_list_go_on_with_the_item_above():
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    text = ("4. Фінансування\nКошторисом передбачено 7 846 300,00 грн, касові видатки склали 7 702 915,47 грн, у т.ч.:\n"
            "КЕКВ 2110 «Оплата праці» – 5 903 112,80 грн;\nКЕКВ 2210 – 318 400,15 грн;\nКЕКВ 2270 – 86 200,00 грн.\n")
    facts = [f for f in extract_facts(read_bytes(text.encode(), "t.txt")) if f.unit == "uah"]
    assert [(f.indicator, f.kekv, f.value) for f in facts][2:] == [
        ("budget_spent", "2110", 5903112.8), ("budget_spent", "2210", 318400.15), ("budget_spent", "2270", 86200)]
    assert facts[2].quote.startswith("КЕКВ 2110")


def test_sums_on_lines_of_their_own_under_a_heading_in_thousands(make_doc):
    doc = make_doc(["ФІНАНСУВАННЯ, ТИС. ГРН\nЗатверджено кошторисом на 2025 рік — 16 480,0\n"
                    "Касові видатки за І півріччя — 7 915,3\nВиконання — 48,0 %\n"
                    "Надійшло від платних послуг (спецфонд) — 312,6"])
    got = [(f.indicator, f.value) for f in money.extract(doc, {})]
    assert got == [("budget_approved", 16480000), ("budget_spent", 7915300), ("budget_received", 312600)]


def test_a_population_in_thousands_opens_no_list_of_sums(make_doc):
    doc = make_doc(["Довідково: населення громади – 41,2 тис. осіб.\n1. Сім'ї\n"
                    "• Під супроводом перебувало 93 сім'ї, з них:\n  – батьки ухиляються від виконання обов'язків – 38;"])
    assert money.extract(doc, {}) == []


def test_a_list_of_parts_of_a_sum_goes_on_after_commas_with_their_kekv(make_doc):
    doc = make_doc(["Касові видатки становили 21 406,8 тис. грн, у тому числі на оплату праці (КЕКВ 2110, 2120) – "
                    "18 932,5 тис. грн, на оплату комунальних послуг (КЕКВ 2270) – 611,4 тис. грн, на продукти "
                    "харчування (КЕКВ 2230) – 402,0 тис. грн."])
    got = [(f.indicator, f.value, f.kekv) for f in money.extract(doc, {})]
    assert got[2:] == [("budget_spent", 611400, "2270"), ("budget_spent", 402000, "2230")]


@pytest.mark.parametrize("text", ["Проєктом бюджету громади на 2025 рік на утримання Центру передбачено 26 900,0 тис. грн.",
                                  "На 2025 рік бюджетом передбачено 26 900,0 тис. грн."])
def test_next_year_s_budget_is_no_figure_of_this_report(make_doc, text):
    assert money.extract(make_doc([text]), {"period_end": "2024-12-31"}) == []


def test_a_label_naming_its_currency_before_the_dash(make_doc):
    doc = make_doc(["Відділення натуральної допомоги\n– вартість наданої натуральної допомоги, грн – 187 436,25\n"
                    "– надійшло коштів за платні соціальні послуги, тис. грн – 64,9"])
    got = [(f.indicator, f.value) for f in money.extract(doc, {})]
    assert got == [("aid_value", 187436.25), ("budget_received", 64900)]


def test_prose_wrapped_by_layout_names_its_sums_across_lines(make_doc):
    doc = make_doc(["   Касові видатки на утримання п'яти центрів за 9 місяців 2023 року\n"
                    "становили 48 216,4 тис. грн, у тому числі на оплату праці (КЕКВ\n"
                    "2110) – 37 904,8 тис. грн."])
    got = [(f.indicator, f.value, f.kekv) for f in money.extract(doc, {})]
    assert got == [("budget_spent", 48216400, None), ("budget_spent", 37904800, "2110")]


@pytest.mark.parametrize("lead", ["", "3.3. "])
def test_a_bracket_right_after_a_sum_breaks_it_down(make_doc, lead):
    doc = make_doc([f"{lead}До спеціального фонду надійшло 1 318,2 тис. грн, використано 1 204,5 тис. грн "
                    "(КЕКВ 2210 – 388,1 тис. грн, КЕКВ 2240 – 816,4 тис. грн)."])
    got = [(f.indicator, f.value, f.kekv) for f in money.extract(doc, {})]
    assert got == [("budget_received", 1318200, None), ("budget_spent", 1204500, None),
                   ("budget_spent", 388100, "2210"), ("budget_spent", 816400, "2240")]


def test_a_bracket_of_a_share_is_no_part(make_doc):
    doc = make_doc(["Використано 900,0 тис. грн (або 98 %)."])
    assert [(f.indicator, f.value) for f in money.extract(doc, {})] == [("budget_spent", 900000)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sum named across a line break, or with its currency on the next line
        ("Матеріальна допомога надана 84 громадянам\nна суму 42,0 тис. грн.", [("aid_value", 42000)]),
        ("Допомога надана 1127 громадянам на суму 412,8 тис.\nгрн, з них на продукти – 10 тис. грн.",
         [("aid_value", 412800), ("aid_value", 10000)]),
        ("За надання платних послуг на\nспецрахунок поступило 96,3 тис. грн.", [("budget_received", 96300)]),
    ],
)
def test_sums_across_wrapped_lines(make_doc, text, expected):
    doc = make_doc([text])
    assert [(f.indicator, f.value) for f in money.extract(doc, {})] == expected


def test_a_part_of_a_sum_after_a_bracket_of_the_part_before(make_doc):
    facts = money.extract(make_doc([
        "Касові видатки склали 3 412,8 тис. грн, у тому числі за КЕКВ 2610 – 2 904,6 тис. грн (оплата послуг, "
        "наданих громадськими організаціями), за КЕКВ 2730 – 508,2 тис. грн (адресна допомога)."]), {})
    assert [(f.indicator, f.value, f.kekv) for f in facts] == [
        ("budget_spent", 3412800, None), ("budget_spent", 2904600, "2610"), ("budget_spent", 508200, "2730")]


def test_a_kekv_named_after_the_dash_of_a_sum(make_doc):
    facts = money.extract(make_doc(["Економія 21,6 тис. грн — за КЕКВ 2273 «Оплата електроенергії»."]), {})
    assert [(f.indicator, f.value, f.kekv) for f in facts] == [("budget_savings", 21600, "2273")]


def test_a_footnote_s_sum_takes_the_service_of_the_sentence_that_marks_it(make_doc):
    doc = make_doc(["Натуральна допомога — 233 сім'ї (видано 466 наборів³). Запровадити послугу медіації.",
                    "³ Набори передали благодійники; загальна вартість — 372,8 тис. грн."])
    facts = money.extract(doc, {})
    assert [(f.indicator, f.value, f.service) for f in facts] == [("aid_value", 372800, "natural_aid")]


@pytest.mark.parametrize("text", [
    # the breakdown opens a sentence of its own, after the plan set beside the sum
    "Касові видатки за ІІ квартал склали 2 254,1 тис. грн\nпри затверджених на квартал 2 301,0 тис. грн, тобто "
    "виконання – 98,0 %.\nЗ них за КЕКВ 2111 – 1 713,4 тис. грн, КЕКВ 2120 – 376,9 тис. грн,\nКЕКВ 2210 – 48,5 тис. грн.",
    # lines of the list end bare, with no «;»
    "Кошторис на I півріччя - 2301,0 тис.грн. Касові видатки за I півріччя - 2254,1 тис.грн, з них:\n"
    "КЕКВ 2111 - 1713,4 тис.грн\nКЕКВ 2120 - 376,9 тис.грн\nКЕКВ 2210 - 48,5 тис.грн\nЕкономія - 46,9 тис.грн.",
    "Використано 2 254,1 тис. грн. У тому числі КЕКВ 2111 – 1 713,4 тис. грн, КЕКВ 2120 – 376,9 тис. грн, "
    "КЕКВ 2210 – 48,5 тис. грн.",
])
def test_parts_of_the_spending_by_kekv(text):
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    facts = [f for f in extract_facts(read_bytes(f"Фінансування\n\n{text}\n".encode(), "t.txt")) if f.kekv]
    assert [(f.indicator, f.kekv, f.value) for f in facts] == [
        ("budget_spent", "2111", 1713400), ("budget_spent", "2120", 376900), ("budget_spent", "2210", 48500)]


def test_an_abbreviation_s_stop_before_the_dash_of_a_sum_ends_no_clause(make_doc):
    facts = money.extract(make_doc(["Кошторис загального фонду на 2025 р. - 21740,0 тис.грн, на I півріччя -\n"
                                   "10612,4 тис.грн."]), {"period_start": "2025-01-01", "period_end": "2025-06-30"})
    assert [(f.indicator, f.value) for f in facts] == [("budget_approved", 21740000), ("budget_approved", 10612400)]


@pytest.mark.parametrize(
    "text",
    [
        "Касові видатки становлять 412 650,00 грн, у тому числі: догляд вдома – 248 900,00 грн; "
        "денний догляд – 72 850,00 грн; консультування – 25 700,00 грн.",
        "2.2. Касові видатки за I півріччя становлять 412 650,00 грн 00 коп., у тому числі: догляд вдома – "
        "248 900,00 грн 00 коп.; денний догляд – 72 850,00 грн 00 коп.; консультування – 25 700,00 грн 00 коп.",
    ],
)
def test_a_sum_broken_down_by_service_gives_each_part_its_service(make_doc, text):
    facts = money.extract(make_doc([text]), {})
    assert [(f.indicator, f.value, f.service) for f in facts] == [
        ("budget_spent", 412650, None), ("budget_spent", 248900, "home_care"), ("budget_spent", 72850, "day_care"),
        ("budget_spent", 25700, "counselling")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ціна Договору на 2024 рік становить 836 000,00 грн.", [("budget_approved", 836000)]),
        ("Плата за соціальні послуги, внесена отримувачами, у сумі 12 540,00 грн зарахована до спецфонду.",
         [("budget_received", 12540)]),
    ],
)
def test_a_contract_s_price_and_the_fees_paid(make_doc, text, expected):
    assert [(f.indicator, f.value) for f in money.extract(make_doc([text]), {})] == expected


@pytest.mark.parametrize("cue", ["а саме:", "у тому числі:", "з них:"])
def test_the_parts_listed_after_a_sum(make_doc, cue: str) -> None:
    text = (f"Касові видатки за квартал становили 3 418,6 тис. грн, {cue} заробітна плата – 2 906,3 тис. грн; "
            "КЕКВ 2270 – 341,7 тис. грн; КЕКВ 2230 – 38,9 тис. грн; інші видатки – 131,7 тис. грн.")
    got = {(f.indicator, f.value, f.kekv) for f in money.extract(make_doc([text]), {})}
    assert got == {("budget_spent", 3418600, None), ("budget_spent", 2906300, None), ("budget_spent", 341700, "2270"),
                   ("budget_spent", 38900, "2230"), ("budget_spent", 131700, None)}


@pytest.mark.parametrize("text, indicator", [
    ("— А фінансування? — Ще 640 тисяч гривень надійшло на спецрахунок від міжнародних партнерів.", "budget_received"),
    ("А ще 640 тис. грн надійшло від плати за послуги.", "budget_received"),
    ("Крім того, 640 тис. грн надійшло від благодійників.", "budget_received"),
])
def test_a_sum_opening_its_clause_is_named_by_the_word_after_it(make_doc, text: str, indicator: str) -> None:
    facts = money.extract(make_doc([text]), {})
    assert [(f.indicator, f.value, f.label) for f in facts] == [(indicator, 640000, None)]


@pytest.mark.parametrize("text", [
    "Платні послуги отримали 43 особи, до спеціального фонду надійшло 58,6\nтис. грн. Вартість години – 74,20 грн.",
    "До спеціального фонду надійшло 58,6\nтис. грн за платні послуги.",
])
def test_a_sum_whose_scale_a_hard_wrap_put_on_the_next_line(make_doc, text):
    facts = extract_facts(make_doc([text]), {})
    assert ("budget_received", 58600) in [(f.indicator, f.value) for f in facts]


@pytest.mark.parametrize(("label", "code"), [("Оплата праці (2110)", "2110"), ("Нарахування на оплату праці (2120)", "2120"),
                                             ("оплата комунальних послуг (КЕКВ 2270)", "2270"),
                                             # a year or a number that is no code, in the same place
                                             ("Оплата праці (2024)", None), ("Сімей (1234)", None),
                                             ("Видатки (2110, 2120)", None)])
def test_a_budget_line_s_name_may_end_in_its_bare_code(label, code):
    from zvitparse.extract import money

    assert money.kekv_named(label) == code


def test_a_kekv_the_sum_s_own_clause_names_after_it(make_doc):
    from zvitparse.extract import extract_facts

    facts = extract_facts(make_doc(["Економія в сумі 84,5 тис. грн утворилась по КЕКВ 2273 (оплата електроенергії)."]), {})
    assert [(f.indicator, f.value, f.kekv) for f in facts] == [("budget_savings", 84500, "2273")]
