"""Tables whose rows name the figure («Показник | Значення»), read through count tables."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts, row_tables, tables
from zvitparse.extract.meta import extract_meta

META = {"period_start": "2023-01-01", "period_end": "2023-12-31"}


@pytest.mark.parametrize(
    ("label", "expected"),
    [("Надано соціальних послуг догляду вдома, од.", ("services_provided", "services")),
     ("Звернень на «гарячу лінію»", ("calls", "calls")),
     # the noun after «Кількість» is what is counted, not the services the applications ask for
     ("Кількість звернень (заяв) про надання соціальних послуг", ("applied", "applications")),
     # the noun counted, not the one it is of
     ("Кількість індивідуальних консультацій психолога", ("services_provided", "services")),
     ("Кількість учасників групових заходів", ("event_participants", "persons")),
     ("Кількість унікальних осіб, які отримали послуги проєкту", ("served", "persons")),
     ("Кількість групових заходів (тренінги, групи підтримки)", ("events", "events")),
     ("Кількість сімей, взятих під кейс-менеджмент", ("support_started", "families")),
     ("Кількість занять", None)],  # a rehabilitation centre's sessions: no events of their own
)
def test_row_indicator_fits_indicator_and_unit(label, expected):
    assert row_tables.row_indicator(label) == expected


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Кількість сімей, які звернулися до центру", ("applied", "families")),
        ("Кількість отримувачів послуги догляду вдома, осіб", ("served", "persons")),
        ("Кількість наданих послуг", ("services_provided", "services")),
        ("Кількість скарг", ("complaints", "complaints")),
        # the noun after «Кількість» is counted, not the people it is of
        ("Кількість скарг отримувачів", ("complaints", "complaints")),
        ("Кількість скарг отримувачів, од.", ("complaints", "complaints")),
        ("Кількість сімей, щодо яких надійшли повідомлення", ("notified", "families")),
        ("Фактично працює", ("staff_actual", "staff")),
        ("Фактично працює, осіб", ("staff_actual", "staff")),
        # the unit column's word is generic: the label's own noun fits the trigger
        ("Надійшло заяв про надання соціальних послуг, од.", ("applied", "applications")),
        ("Працівники, які підвищили кваліфікацію, осіб", ("staff_trained", "staff")),
        ("Отримувачі соціальних послуг, осіб – всього", ("served", "persons")),
        ("Кількість соціальних робітників, осіб", ("staff_actual", "staff")),
        ("Кількість звернень (заяв) про надання соціальних послуг", ("applied", "applications")),
        ("Інформування", None),
        ("Соціальний супровід", None),
        # the words before a figure a dash would lead to
        ("Сімей під соціальним супроводом", ("served", "families")),
        ("Повідомлень про сім'ї", ("notified", "families")),
        # a longer phrase naming a figure in units the label does not say: no count of events
        ("Проведено оцінювань індивідуальних потреб", None),
        # a label holding another figure: the clause of the row's own one
        ("Штатних одиниць 112, працює осіб", ("staff_actual", "staff")),
        ("Отримали послугу у 2023 році, осіб", ("served", "persons")),
    ],
)
def test_row_indicator(label, expected):
    assert row_tables.row_indicator(label) == expected


def _facts(make_doc, parts):
    return [(f.indicator, f.value, f.unit, f.service, f.percent)
            for f in tables.extract(make_doc(parts), META) if f.extractor == "row_table"]


@pytest.mark.parametrize(
    "parts, expected",
    [
        pytest.param(["Основні показники роботи за 2023 рік", [
            ["Показник", "Значення"], ["Кількість сімей, які звернулися до центру", "367"],
            ["Кількість наданих послуг", "2 450"], ["Кількість скарг", "0"]]],
            [("applied", 367, "families", None, None), ("services_provided", 2450, "services", None, None),
             ("complaints", 0, "complaints", None, None)], id="indicator-value"),
        pytest.param(["Охоплення послугами", [
            ["Показник", "Догляд вдома", "Консультування", "Разом"],
            ["Кількість отримувачів, осіб", "120", "300", "420"]]],
            [("served", 120, "persons", "home_care", None), ("served", 300, "persons", "counselling", None),
             ("served", 420, "persons", None, None)], id="services-as-columns"),
        pytest.param(["Показники", [["Показник", "2022", "2023"], ["Кількість отримувачів, осіб", "100", "120"]]],
                     [("served", 120, "persons", None, None)], id="the-period-year-only"),
        pytest.param(["Показники", [["Показник", "Кількість", "%"], ["Кількість сімей, які звернулися", "40", "25,0"]]],
                     [("applied", 40, "families", None, 25.0)], id="percent-beside"),
        pytest.param(["Показники за квартал", [["Показник", "Квітень", "Травень", "Червень", "Разом"],
                                                ["Кількість сімей, які звернулися", "40", "45", "42", "127"]]],
                     [("applied", 40, "families", None, None), ("applied", 45, "families", None, None),
                      ("applied", 42, "families", None, None), ("applied", 127, "families", None, None)],
                     id="months-as-columns"),
        pytest.param(["Показники", [["Показник", "План", "Факт"], ["Кількість отримувачів, осіб", "100", "120"]]],
                     [("served", 120, "persons", None, None)], id="plan-and-fact-reads-the-fact"),
        pytest.param(["Показники", [["Показник", "План", "Факт", "% виконання"],
                                    ["Кількість отримувачів, осіб", "100", "120", "120,0"]]],
                     [("served", 120, "persons", None, None)], id="plan-fact-and-fulfilment"),
        pytest.param(["Показники", [["Показник", "Перший", "Другий"], ["Кількість отримувачів, осіб", "100", "120"]]],
                     [], id="unnamed-pair"),
        pytest.param(["Показники у розрізі районів", [
            ["Показник", "Придніпровський", "Соснівський", "Разом"],
            ["Кількість сімей, які звернулися", "40", "45", "85"], ["Кількість наданих послуг", "100", "20", "120"]]],
            [("applied", 40, "families", None, None), ("applied", 45, "families", None, None),
             ("applied", 85, "families", None, None), ("services_provided", 100, "services", None, None),
             ("services_provided", 20, "services", None, None), ("services_provided", 120, "services", None, None)],
            id="parts-adding-up-to-a-total-column"),
        pytest.param(["Показники", [
            ["Показник", "Придніпровський", "Соснівський", "Разом"],
            ["Кількість сімей, які звернулися", "40", "45", "12"], ["Кількість наданих послуг", "100", "20", "7"]]],
            [], id="columns-not-adding-up-are-unnamed"),
        pytest.param(["Показники", [["Показник", "2021", "2022"], ["Кількість отримувачів, осіб", "100", "120"]]],
                     [], id="no-period-year"),
        pytest.param(["Показники", [["Показник", "Значення"], ["Кількість наданих послуг", "2 450"],
                                    ["Середня кількість відвідувань одного отримувача", "3"],
                                    ["Кількість отримувачів на одного соціального робітника, осіб", "8"]]],
                     [("services_provided", 2450, "services", None, None)], id="averages-and-ratios-are-no-counts"),
        pytest.param(["Соціальний супровід сімей", [
            ["Показник", "2022", "2023"], ["Сімей під соціальним супроводом", "58", "64"],
            ["з них взято під супровід протягом року", "25", "21"], ["Завершено супровід", "29", "33"]]],
            [("served", 64, "families", "social_support_sjo", None), ("support_started", 21, "families", "social_support_sjo", None),
             ("support_completed", 33, "families", "social_support_sjo", None)], id="stages-of-support-in-the-unit-of-the-row-above"),
        pytest.param(["Порівняння основних показників", [
            ["Показник", "2022 рік", "2023 рік", "Різниця"], ["Взято на первинний облік дітей", "11", "14", "+3"],
            ["Знято з первинного обліку", "16", "19", "+3"]]],
            [("registered_new", 14, "children", None, None), ("deregistered", 19, "children", None, None)],
            id="register-stages-under-a-difference-column"),
        pytest.param(["Штатна чисельність – 9 посад, з яких заповнено 8; фахівців із соціальної роботи – 6.\n"
                      "Порівняння з попереднім роком", [
            ["Показник", "2022", "2023"], ["Повідомлень про сім'ї", "29", "38"],
            ["Сімей під соціальним супроводом", "47", "52"], ["Взято під супровід", "12", "16"]]],
            [("notified", 38, "families", None, None), ("served", 52, "families", "social_support_sjo", None),
             ("support_started", 16, "families", "social_support_sjo", None)], id="a-caption-s-staff-counts-no-support"),
        pytest.param(["Показники", [["Напрям", "Значення"], ["Інформування", "12"], ["Тренінги", "3"]]],
                     [], id="rows-name-nothing"),
        pytest.param(["Кількість наданих соціальних послуг (од.)", [
            ["Назва послуги", "Січень", "Лютий", "Разом"], ["Інформування", "118", "104", "222"],
            ["Консультування", "142", "127", "269"],
            ["Соціальний супровід сімей, які перебувають у СЖО", "96", "101", "197"]]],
            [], id="a-service-name-with-trigger-words-is-no-indicator-row"),
    ],
)
def test_row_tables(make_doc, parts, expected):
    assert _facts(make_doc, parts) == expected


def test_row_table_evidence_is_the_row(make_doc):
    doc = make_doc(["Показники", [["Показник", "Значення"], ["Кількість скарг", "0"], ["Кількість наданих послуг", "5"]]])
    for f in tables.extract(doc, META):
        assert f.quote == doc.text[f.start:f.end] and "\n" not in f.quote and f.quote.startswith("Кількість")


def test_year_columns_under_a_caption_keep_the_period_year(make_doc):
    doc = make_doc(["Кількість отримувачів соціальних послуг, осіб", [
        ["Послуга", "2022", "2023"], ["Догляд вдома", "100", "120"], ["Консультування", "80", "95"]]])
    got = [(f.indicator, f.value, f.unit, f.service) for f in tables.extract(doc, META)]
    assert got == [("served", 120, "persons", "home_care"), ("served", 95, "persons", "counselling")]


@pytest.mark.parametrize("dates", [("01.01.2023", "31.12.2023"), ("на 01.01.2023", "на 01.01.2024"),
                                   ("станом на 01.01.2023", "станом на 31.12.2023 р.")])
def test_date_columns_read_the_state_at_the_period_s_end(make_doc, dates):
    doc = make_doc(["Діти-сироти та діти, позбавлені батьківського піклування", [
        ["Показник", *dates], ["Перебуває на первинному обліку, усього", "45", "47"],
        ["у т. ч. діти-сироти", "17", "18"]]])
    got = [(f.indicator, f.value, f.unit) for f in tables.extract(doc, META)]
    assert got == [("registered", 47, "children"), ("registered", 18, "children")]


def test_date_columns_none_of_the_period_s_end_give_nothing(make_doc):
    doc = make_doc(["Облік", [["Показник", "01.01.2023", "01.07.2023"],
                              ["Перебуває на первинному обліку, усього", "45", "47"]]])
    assert tables.extract(doc, META) == []


@pytest.mark.parametrize(("corner", "count", "expected"), [
    ("Тематика звернень", "Кількість", ("applied", "applications")),
    ("Категорія отримувачів", "Кількість осіб", ("served", "persons")),
])
def test_the_corner_names_what_the_rows_count(make_doc, corner, count, expected):
    doc = make_doc(["Таблиця 1", [[corner, count, "Частка, %"], ["Перша тема", "60", "60,0"],
                                  ["Друга тема", "40", "40,0"], ["Усього", "100", "100,0"]]])
    got = [(f.indicator, f.unit, f.value, f.percent) for f in tables.extract(doc, META)]
    assert got == [(*expected, 60, 60.0), (*expected, 40, 40.0), (*expected, 100, 100.0)]


def test_a_correction_table_reads_what_the_figures_became(make_doc):
    doc = make_doc(["Уточнені показники роботи Центру", [
        ["№ з/п", "Показник", "Було", "Стало"], ["1", "Сімей, які перебували під соціальним супроводом", "41", "14"],
        ["2", "Отримувачів послуги консультування, осіб", "218", "281"]]])
    got = [(f.indicator, f.value, f.unit) for f in tables.extract(doc, META)]
    assert got == [("served", 14, "families"), ("served", 281, "persons")]


def test_a_part_column_names_its_own_figure(make_doc):
    doc = make_doc(["Сім'ї у СЖО за округами", [
        ["Округ", "Перебувало на обліку сімей у СЖО", "З них під соціальним супроводом", "У них дітей"],
        ["Старостинський округ № 1", "17", "9", "21"], ["Всього", "17", "9", "21"]]])
    got = {(f.indicator, f.value, f.unit) for f in tables.extract(doc, META)}
    assert ("served", 9, "families") in got and ("served", 21, "children") in got


def test_years_under_a_header_cell(make_doc):
    doc = make_doc(["Охоплення", [
        ["Послуга", "Кількість отримувачів, осіб", "Кількість отримувачів, осіб"], ["", "2022", "2023"],
        ["Догляд вдома", "100", "120"]]])
    got = [(f.indicator, f.value, f.unit, f.service) for f in tables.extract(doc, META)]
    assert got == [("served", 120, "persons", "home_care")]


def test_a_three_year_table_reads_the_report_year_its_parts_and_its_money(make_doc):
    doc = make_doc(["Основні показники", [
        ["Показник", "2022", "2023", "2024 до 2023, %"],
        ["Отримувачі соціальних послуг, осіб – всього", "1 685", "1 961", "106,5"],
        ["у т.ч. відділення соціальної допомоги вдома", "486", "511", "105,3"],
        ["відділення денного перебування", "97", "120", "109,2"],
        ["з загальної кількості – особи з інвалідністю", "402", "431", "105,6"],
        ["Штатна чисельність, посад", "64", "66", "103,1"],
        ["Касові видатки загального фонду, тис. грн", "14 380,2", "17 951,6", "115,6"],
    ]])
    got = [(f.indicator, f.value, f.unit, f.service, f.percent) for f in tables.extract(doc, META)]
    assert got == [("served", 1961, "persons", None, None), ("served", 511, "persons", "home_care", None),
                   ("served", 120, "persons", "day_care", None), ("served", 431, "persons", None, None),
                   ("staff_positions", 66, "positions", None, None), ("budget_spent", 17951600, "uah", None, None)]


def test_a_unit_column_names_each_row_s_unit_and_money(make_doc):
    doc = make_doc(["Виконання показників", [
        ["№", "Показник", "Од. виміру", "План на 2023 р.", "Факт 2023 р.", "% виконання"],
        ["1", "Кількість дзвінків на «телефон довіри»", "дзвінків", "500", "433", "86,6"],
        ["2", "Кількість працівників, які підвищили кваліфікацію", "осіб", "12", "12", "100,0"],
        ["3", "Видатки загального фонду на утримання ЦСС", "тис. грн", "6 480,0", "6 312,7", "97,4"],
    ]])
    got = [(f.indicator, f.value, f.unit, f.percent) for f in tables.extract(doc, META)]
    assert got == [("calls", 433, "calls", None), ("staff_trained", 12, "staff", None),
                   ("budget_spent", 6312700, "uah", None)]


def test_quarter_columns_of_the_report_year_are_its_parts_and_rows_of_things_are_no_figures(make_doc):
    doc = make_doc(["Основні показники діяльності", [
        ["№ з/п", "Показник", "Од. виміру", "2023 рік", "I кв. 2024", "II кв. 2024", "III кв. 2024", "IV кв. 2024",
         "2024 рік", "2024 до 2023, %"],
        ["1", "Кількість осіб, які звернулися до Центру", "осіб", "1436", "352", "318", "297", "389", "1356", "94,4"],
        ["6", "Видано продуктових наборів", "шт.", "1204", "310", "295", "260", "342", "1207", "100,2"],
        ["7", "Видано гігієнічних комплектів", "од.", "104", "31", "25", "20", "32", "108", "103,8"],
        ["8", "Населених пунктів, у яких надаються послуги", "од.", "24", "24", "24", "25", "25", "25", "104,2"],
        ["9", "Надійшло коштів за платні соціальні послуги", "тис. грн", "412,6", "104,3", "98,7", "101,5",
         "117,2", "421,7", "102,2"],
    ]])
    got = [(f.indicator, f.value, f.unit, f.label.rsplit(", ", 1)[-1])
           for f in tables.extract(doc, {"period_start": "2024-01-01", "period_end": "2024-12-31"})]
    assert got == [("applied", 352, "persons", "I кв. 2024"), ("applied", 318, "persons", "II кв. 2024"),
                   ("applied", 297, "persons", "III кв. 2024"), ("applied", 389, "persons", "IV кв. 2024"),
                   ("applied", 1356, "persons", "2024 рік"),
                   ("budget_received", 104300, "uah", "I кв. 2024"), ("budget_received", 98700, "uah", "II кв. 2024"),
                   ("budget_received", 101500, "uah", "III кв. 2024"),
                   ("budget_received", 117200, "uah", "IV кв. 2024"), ("budget_received", 421700, "uah", "2024 рік")]


def test_a_passport_s_results_table_reads_the_fact_column_and_its_percent_rows(make_doc):
    doc = make_doc(["5. Виконання результативних показників бюджетної програми", [
        ["№ з/п", "Показники", "Одиниця виміру", "Джерело інформації", "Затверджено паспортом",
         "Фактичне виконання", "Відхилення"],
        ["2.1", "кількість осіб, які отримали соціальні послуги", "осіб", "звітність установи", "920", "947", "27"],
        ["2.2", "кількість наданих соціальних послуг", "од.", "звітність установи", "41 500", "43 218", "1 718"],
        ["3.1", "середні витрати на обслуговування одного отримувача", "грн", "розрахунок", "14 245,98",
         "13 610,62", "-635,36"],
        ["4.1", "частка отримувачів, задоволених якістю соціальних послуг", "%", "анкетування", "90", "93,4", "3,4"],
        ["4.2", "питома вага осіб, охоплених послугами, від кількості тих, хто їх потребує", "%", "розрахунок",
         "95", "97,2", "2,2"],
        ["4.3", "динаміка кількості отримувачів порівняно з попереднім роком", "%", "розрахунок", "101,9", "104,9",
         "3,0"],
    ]])
    got = [(f.indicator, f.value, f.unit) for f in tables.extract(doc, META)]
    assert got == [("served", 947, "persons"), ("services_provided", 43218, "services"),
                   ("satisfaction", 93.4, "percent"), ("share", 97.2, "percent")]


def test_rows_under_a_total_are_its_parts_split_by_kind(make_doc):
    doc = make_doc(["Таблиця. Основні показники діяльності", [
        ["Показник", "2023 рік", "2024 рік", "Динаміка,%"],
        ["Кількість отримувачів соціальних послуг, осіб", "1 412", "1 356", "96,0"],
        ["у т.ч. догляд вдома", "684", "702", "102,6"],
        ["денний догляд", "96", "88", "91,7"],
        ["обслуговано безоплатно", "1 061", "1 018", "95,9"],
        ["обслуговано платно", "351", "338", "96,3"],
        ["Соціальне таксі, поїздок", "388", "412", "106,2"],
    ]])
    facts = tables.extract(doc, {"period_start": "2024-01-01", "period_end": "2024-12-31"})
    got = [(f.indicator, f.value, f.service) for f in facts]
    assert got == [("served", 1356, None), ("served", 702, "home_care"), ("served", 88, "day_care"),
                   ("served", 1018, None), ("served", 338, None), ("services_provided", 412, "social_taxi")]
    whole = facts[0].fact_id
    assert [f.parent_id for f in facts[1:5]] == [whole] * 4
    assert facts[1].group_id == facts[2].group_id != facts[3].group_id == facts[4].group_id


def test_a_statistical_form_reads_the_period_column_its_staff_and_its_money(make_doc):
    doc = make_doc(["Розділ 3. Кадрове забезпечення", [
        ["Показник", "Код рядка", "за звітний період", "з початку року"],
        ["Штатна чисельність, посад", "19", "48,5", "х"],
        ["Фактично працює, осіб", "20", "44", "х"],
        ["Пройшли підвищення кваліфікації, осіб", "22", "6", "15"],
    ], "Розділ 5. Фінансові показники, тис. грн", [
        ["Показник", "Код рядка", "за звітний період", "з початку року"],
        ["Надійшло коштів за платні соціальні послуги", "25", "186,4", "512,9"],
        ["Вартість наданої натуральної допомоги", "26", "241,7", "688,0"],
    ]])
    got = [(f.indicator, f.value, f.unit) for f in tables.extract(doc, {"period_start": "2024-07-01",
                                                                         "period_end": "2024-09-30"})]
    assert got == [("staff_positions", 48.5, "positions"), ("staff_actual", 44, "staff"), ("staff_trained", 6, "staff"),
                   ("budget_received", 186400, "uah"), ("aid_value", 241700, "uah")]


def test_a_form_with_a_subset_column_a_reference_column_and_units_per_row(make_doc):
    doc = make_doc(["ЗВІТ ПРО НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ за 2 півріччя 2023 р.", [
        ["№", "Найменування показника", "Од. виміру", "II півр. 2023 р. (всього)", "у т.ч. ВПО",
         "Довідково: I півр. 2023 р."],
        ["1", "Надійшло повідомлень про сім'ї/осіб у СЖО", "сімей", "54", "17", "48"],
        ["4", "Завершено соціальний супровід", "сімей", "21", "6", "17"],
        ["4.2", "з негативним результатом", "сімей", "2", "1", "1"],
        ["5", "Перебувають під соціальним супроводом на кінець звітного періоду", "сімей", "38", "12", "36"],
        ["10", "Кризове та екстрене втручання", "осіб", "9", "3", "6"],
    ]])
    got = [(f.indicator, f.value, f.unit, f.service) for f in tables.extract(doc, {"period_start": "2023-07-01",
                                                                                   "period_end": "2023-12-31"})]
    assert got == [("notified", 54, "families", None), ("notified", 17, "families", None),
                   ("support_completed", 21, "families", "social_support_sjo"),
                   ("support_completed", 6, "families", "social_support_sjo"),
                   ("outcome_negative", 2, "families", "social_support_sjo"),
                   ("outcome_negative", 1, "families", "social_support_sjo"),
                   ("support_ongoing", 38, "families", "social_support_sjo"),
                   ("support_ongoing", 12, "families", "social_support_sjo"),
                   ("served", 9, "persons", "crisis_intervention"), ("served", 3, "persons", "crisis_intervention")]


def test_a_two_column_table_of_indicators_with_section_rows(make_doc):
    doc = make_doc(["Основні показники діяльності за 9 місяців 2024 року", [
        ["Показник", "Значення"],
        ["Загальна кількість звернень, од.", "386"],
        ["Кількість отримувачів соціальних послуг (осіб), усього", "1 214"],
        ["у т.ч. догляд вдома", "268 (23,1 %)"],
        ["3. Соціальний супровід сімей у складних життєвих обставинах", ""],
        ["Завершено соціальний супровід, сімей", "33"],
        ["з них з позитивним результатом", "27 (81,8 %)"],
        ["Частка задоволених якістю послуг, %", "93,8"],
        ["6. Фінансування (тис. грн)", ""],
        ["Касові видатки за 9 місяців", "15 872,1"],
        ["Економія", "342,7"],
    ]])
    got = [(f.indicator, f.value, f.percent, f.service) for f in tables.extract(doc, {"period_start": "2024-01-01",
                                                                                        "period_end": "2024-09-30"})]
    assert got == [("applied", 386, None, None), ("served", 1214, None, None), ("served", 268, 23.1, "home_care"),
                   ("support_completed", 33, None, "social_support_sjo"),
                   ("outcome_positive", 27, 81.8, "social_support_sjo"), ("satisfaction", 93.8, None, None),
                   ("budget_spent", 15872100, None, None), ("budget_savings", 342700, None, None)]


@pytest.mark.parametrize(
    ("label", "kekv"),
    [("з них оплата праці і нарахування на заробітну плату (КЕКВ 2100)", "2100"),
     ("у т.ч. оплата комунальних послуг (КЕКВ 2270)", "2270"),
     ("з них на придбання продуктів харчування", None)],
)
def test_a_part_of_a_sum_under_it_is_spent_money_too(make_doc, label, kekv):
    doc = make_doc(["Показники", [
        ["Показник", "Значення"],
        ["Загальна кількість звернень, од.", "386"],
        ["Отримувачів послуг, осіб", "1 214"],
        ["Завершено соціальний супровід, сімей", "33"],
        ["6. Фінансування (тис. грн)", ""],
        ["Касові видатки за 9 місяців", "15 872,1"],
        [label, "13 905,6"],
        ["Економія", "342,7"],
    ]])
    money = [f for f in tables.extract(doc, {"period_start": "2024-01-01", "period_end": "2024-09-30"}) if f.unit == "uah"]
    spent, part = money[0], money[1]
    assert (part.indicator, part.value, part.kekv, part.parent_id) == ("budget_spent", 13905600, kekv, spent.fact_id)
    assert money[2].indicator == "budget_savings" and money[2].parent_id is None


def test_one_named_part_of_a_sum_is_no_table_slip(make_doc):
    from zvitparse import api

    doc = make_doc(["Показники", [
        ["Показник", "Значення"],
        ["Загальна кількість звернень, од.", "386"],
        ["Отримувачів послуг, осіб", "1 214"],
        ["6. Фінансування (тис. грн)", ""],
        ["Касові видатки за 9 місяців", "15 872,1"],
        ["з них оплата праці (КЕКВ 2100)", "13 905,6"],
        ["Економія", "342,7"],
    ]])
    report = api.parse_document(doc)
    assert [f for f in report.facts if f.kekv == "2100"]
    assert not [x for x in report.findings if x.rule == "table_arithmetic"]


_QUARTERS = ["№ з/п", "Показник", "Одиниця виміру", "I квартал", "II квартал", "III квартал", "IV квартал", "Разом за рік"]
_SECTION = ["1. Звернення та облік отримувачів"] * 8  # a merged row, repeated over its columns


@pytest.mark.parametrize(
    "rows",
    [
        [_QUARTERS, [str(k) for k in range(1, 9)],
         ["1.1", "Надійшло заяв про надання соціальних послуг", "заяв", "48", "41", "37", "52", "178"]],
        [_QUARTERS, [str(k) for k in range(1, 9)], _SECTION,
         ["1.1", "Надійшло заяв про надання соціальних послуг", "заяв", "48", "41", "37", "52", "178"]],
        [_QUARTERS, _SECTION,
         ["1.1", "Надійшло заяв про надання соціальних послуг", "заяв", "48", "41", "37", "52", "178"]],
    ],
)
def test_table_by_quarters_under_a_numbered_header(make_doc, rows):
    """A form's «1 | 2 | … | 8» row numbers the columns (no «I квартал 4» header), and a section row
    written into the «№ з/п» column does not make that column the rows' labels."""
    from zvitparse.model import Block, Cell

    doc = make_doc(["Показники діяльності за 2023 рік", rows])
    # the section row is one merged cell: every repeat after the first is a spanned one
    table = doc.blocks[1]
    grid_rows = tuple(tuple(Cell(c.text, c.row, c.col, c.start, c.end, colspan=8 if r == _SECTION and c.col == 0 else 1)
                            for c in row if not (r == _SECTION and c.col))
                      for row, r in zip(table.rows, rows, strict=True))
    doc.blocks[1] = Block("table", table.start, table.end, rows=grid_rows)
    got = sorted((f.indicator, f.value) for f in tables.extract(doc, META) if f.extractor == "row_table")
    assert got == [("applied", 37), ("applied", 41), ("applied", 48), ("applied", 52), ("applied", 178)]


def test_columns_of_families_and_children(make_doc):
    """«Показник | Сімей | Дітей у них»: each row says what is counted, each column whom; the
    children hang on their row's families, outcomes on the completions above them."""
    rows = [["Показник", "Сімей", "Дітей у них"],
            ["Перебували під соціальним супроводом протягом року", "71", "139"],
            ["Завершено соціальний супровід", "49", "95"],
            ["з них: подолано СЖО", "31", "58"],
            ["мінімізовано СЖО", "12", "26"]]
    facts = [f for f in tables.extract(make_doc(["Таблиця 1. Соціальний супровід сімей, які перебувають у СЖО", rows]),
                                       META) if f.extractor == "row_table"]
    by = {(f.indicator, f.unit, f.value): f for f in facts}
    assert set(by) == {("served", "families", 71), ("served", "children", 139),
                       ("support_completed", "families", 49), ("support_completed", "children", 95),
                       ("outcome_positive", "families", 31), ("outcome_positive", "children", 58),
                       ("outcome_minimized", "families", 12), ("outcome_minimized", "children", 26)}
    assert by[("served", "children", 139)].parent_id == by[("served", "families", 71)].fact_id
    assert by[("outcome_positive", "children", 58)].parent_id == by[("support_completed", "children", 95)].fact_id
    assert by[("outcome_minimized", "families", 12)].parent_id == by[("support_completed", "families", 49)].fact_id


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2026-04-01", "2026-06-30", {2: None}), ("2026-01-01", "2026-03-31", {1: None}),
    ("2026-01-01", "2026-12-31", None)])
def test_the_column_of_the_report_s_own_period_among_period_columns(start, end, expected):
    """«I квартал 2026 | II квартал 2026» in a report on one quarter: that quarter's column only."""
    from zvitparse.extract.row_tables import _value_columns

    headers = {1: "I квартал 2026", 2: "II квартал 2026"}
    assert _value_columns(headers, {"period_start": start, "period_end": end}) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [("Кількість опитаних отримувачів", ("survey_respondents", "recipients")),
     ("Кількість респондентів", ("survey_respondents", "persons"))],
)
def test_a_row_of_those_asked_counts_respondents(label, expected):
    assert row_tables.row_indicator(label) == expected


def test_a_row_numbered_as_its_own_ends_the_parts_above_and_a_service_row_counts_its_people(make_doc):
    doc = make_doc(["Моніторинг за І півріччя 2025 року", [
        ["№", "Показник", "Січень", "Лютий", "Разом за півріччя"],
        ["9", "Отримали натуральну допомогу, осіб", "22", "18", "40"],
        ["9.1", "з них внутрішньо переміщені особи", "9", "7", "16"],
        ["10", "Консультування, осіб", "41", "37", "78"],
    ]])
    facts = [f for f in tables.extract(doc, {"period_start": "2025-01-01", "period_end": "2025-06-30"})
             if f.label and f.label.endswith("Разом за півріччя")]
    by_value = {f.value: f for f in facts}
    assert by_value[16].parent_id == by_value[40].fact_id
    assert by_value[78].parent_id is None and (by_value[78].indicator, by_value[78].service) == ("served", "counselling")


@pytest.mark.parametrize("unit_header", ["Одиниця виміру", "Од. виміру", "Одиниця вимі"])
def test_a_passport_s_result_indicators(make_doc, unit_header: str) -> None:
    # a budget programme passport's «результативні показники»: the unit column says what each row
    # counts («осіб», «од.», «%»), and the executed column is the report's figure
    doc = make_doc([[["№ з/п", "Показники", unit_header, "Джерело інформації", "Затверджено у паспорті", "Виконано",
                      "Відхилення"],
                     ["2.2", "Кількість осіб, яким надано соціальні послуги", "осіб", "звітність установи", "380", "384", "4"],
                     ["2.3", "у т.ч. догляд вдома", "осіб", "звітність установи", "300", "297", "-3"],
                     ["2.6", "Кількість наданих соціальних послуг", "од.", "звітність установи", "42 000", "40 815", "-1 185"],
                     ["4.1", "Питома вага осіб, яким надано соціальні послуги, у загальній кількості осіб, які звернулися",
                      "%", "розрахунок", "95,0", "97,4", "2,4"]]])
    got = {(f.indicator, f.value, f.unit) for f in extract_facts(doc, {"period_start": "2023-01-01"})}
    assert got == {("served", 384, "persons"), ("served", 297, "persons"), ("services_provided", 40815, "services"),
                   ("share", 97.4, "percent")}


def test_an_open_data_set_reads_its_reporting_period_column(make_doc):
    # (a data.gov.ua set: the period row is a row of the table, the unit column names the unit,
    # a part row naming children counts children whatever the unit column says)
    text = ("Найменування показника;Одиниця виміру;Значення за звітний період;Значення за попередній період;Примітка;\n"
            "Найменування надавача;;КУ «Центр надання соціальних послуг» Обертинської селищної ради;;;\n"
            "Код ЄДРПОУ надавача;;44829163;;;\n"
            "Звітний період;рік;2024;2023;;\n"
            "Кількість отримувачів соціальних послуг, усього;осіб;1118;1034;без повторного обліку;\n"
            "Кількість сімей, які перебували під соціальним супроводом;сімей;37;42;;\n"
            "у т.ч. дітей у цих сім'ях;осіб;71;80;;\n"
            "Кількість скарг отримувачів;од.;0;1;;\n")
    from zvitparse.read import read_bytes

    doc = read_bytes(text.encode("cp1251"), "set.csv")
    meta = extract_meta(doc)
    assert meta["period_start"] == "2024-01-01"
    got = {(f.indicator, f.value, f.unit) for f in extract_facts(doc, meta)}
    assert got == {("served", 1118, "persons"), ("served", 37, "families"), ("served", 71, "children"),
                   ("complaints", 0, "complaints")}


def test_a_table_of_sums_with_grouped_amounts_is_read(make_doc):
    doc = make_doc(["Звіт за 2023 рік", [["", "Фінансування установи (загальний фонд)"],
                                          ["", "Затверджено кошторисом на 2023 рік, грн", "6 418 300,00"],
                                          ["", "Касові видатки за 2023 рік, грн", "6 201 874,56"],
                                          ["", "Економія, грн", "216 425,44"]]])
    got = {(f.indicator, f.value) for f in tables.extract(doc, META)}
    assert got == {("budget_approved", 6418300), ("budget_spent", 6201874.56), ("budget_savings", 216425.44)}


@pytest.mark.parametrize(("header", "indicator"), [
    ("Задоволені якістю послуг, %", "satisfaction"), ("Частка задоволених, %", "satisfaction"),
    ("Не задоволені, %", None), ("Частково задоволені, %", None),
])
def test_a_percent_column_of_those_satisfied(header, indicator):
    from zvitparse.extract.table_columns import percent_column

    assert (percent_column(header) == "satisfaction") == (indicator == "satisfaction")


@pytest.mark.parametrize("period", ["За III квартал", "III квартал 2025 року", "Фактично за квартал"])
def test_a_plan_table_reads_the_one_column_that_is_no_plan(period: str) -> None:
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    text = (f"№\tПоказник\tПлан на 2025 рік\t{period}\tНаростаючим підсумком з початку року\t% виконання річного плану\n"
            "1\tОбслуговано осіб, усього\t400\t312\t389\t97,3\n"
            "2\tНадано соціальних послуг\t36 000\t8 517\t26 904\t74,7\n")
    meta = {"period_start": "2025-07-01", "period_end": "2025-09-30"}
    got = {(f.indicator, f.value) for f in extract_facts(read_bytes(text.encode(), "t.txt"), meta)}
    assert got == {("served", 312), ("services_provided", 8517)}


@pytest.mark.parametrize(("header", "period"), [
    ("2025 рік I пів.", ("2025-01-01", "2025-06-30")),
    ("2024 рік II пів.", ("2024-07-01", "2024-12-31")),
    ("2025 р. III кв.", ("2025-07-01", "2025-09-30")),
    ("2025 рік", ("2025-01-01", "2025-12-31")),
])
def test_a_merged_header_s_half_or_quarter_under_its_year(header: str, period) -> None:
    assert row_tables.header_period(header) == period


def test_the_report_year_s_halves_are_read_and_the_year_before_is_not() -> None:
    from zvitparse.read import read_bytes

    rows = "".join(f"<tr><td>{label}</td>" + "".join(f"<td>{v}</td>" for v in values) + "</tr>"
                   for label, values in (("Звернулося за наданням послуг, осіб", (71, 68, 79, 62)),
                                         ("Знято з обслуговування, осіб", (35, 36, 40, 43))))
    html = ("<html><body><table><tr><th rowspan='2'>Показник</th><th colspan='2'>2024 рік</th>"
            "<th colspan='2'>2025 рік</th></tr><tr><th>I пів.</th><th>II пів.</th><th>I пів.</th><th>II пів.</th></tr>"
            f"{rows}</table></body></html>")
    meta = {"period_start": "2025-01-01", "period_end": "2025-12-31"}
    got = {(f.indicator, f.value) for f in extract_facts(read_bytes(html.encode(), "t.html"), meta)}
    assert got == {("applied", 79), ("applied", 62), ("deregistered", 40), ("deregistered", 43)}


LOGFRAME = [["Індикатор", "Базове значення*", "Цільове значення", "Досягнуто", "Коментар"],
            ["Output 1.2. Кількість сімей, взятих під кейс-менеджмент", "0", "40", "52", ""],
            ["Output 1.3. Кількість індивідуальних консультацій психолога", "0", "600", "714", ""],
            ["Output 2.1. Кількість групових заходів (тренінги, групи підтримки)", "0", "36", "41", "3 перенесено"]]


@pytest.mark.parametrize("achieved", ["Досягнуто", "Досягнуте значення", "Фактичне значення"])
def test_a_logframe_gives_what_was_achieved(make_doc, achieved):
    rows = [[achieved if c == "Досягнуто" else c for c in r] for r in LOGFRAME]
    got = {(f.indicator, f.value) for f in extract_facts(make_doc([rows]), META)}
    assert got == {("support_started", 52), ("services_provided", 714), ("events", 41)}


@pytest.mark.parametrize("parts", [["I кв.", "II кв.", "III кв.", "IV кв."], ["I півріччя", "II півріччя"]])
def test_the_parts_of_the_report_year_beside_it(make_doc, parts):
    rows = [["Показник", *parts, "2023 рік"], ["Звернулося до Центру, осіб", *(["10"] * len(parts)), str(10 * len(parts))]]
    got = [(f.indicator, f.value) for f in extract_facts(make_doc([rows]), META)]
    assert got.count(("applied", 10)) == len(parts) and ("applied", 10 * len(parts)) in got


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # a tile's caption in the genitive names what its figure counts
        ("отримувачів послуг", ("served", "recipients")),
        ("наданих соціальних послуг", ("services_provided", "services")),
        ("групових заходів", ("events", "events")),
        ("скарг", ("complaints", "complaints")),
        ("сімей під соціальним супроводом", ("served", "families")),
        # a row label with an aside or a measure says more than a count of its noun
        ("Працівників фактично (на кінець місяця), осіб", None),
        ("годин роботи", None),
    ],
)
def test_a_caption_in_the_genitive_counts_its_noun(label, expected):
    assert row_tables.row_indicator(label) == expected


@pytest.mark.parametrize(
    ("cell", "whole", "parts"),
    [("19 (з них соціальних робітників – 17)", ("staff_actual", 19, "staff"), [(17, "staff", "соціальних робітників")]),
     ("118 (у т. ч. 21 – ВПО; 9 – особи з інвалідністю)", ("served", 118, "persons"),
      [(21, "persons", "ВПО"), (9, "persons", "особи з інвалідністю")]),
     ("58 (з них: 21 внутрішньо переміщена особа, 9 дітей)", ("served", 58, "persons"),
      [(21, "persons", "внутрішньо переміщена особа"), (9, "children", "дітей")]),
     # a bracket that names no parts, or a part that is no whole number, is read as nothing
     ("19 (станом на 31.12.2024)", None, []),
     ("58 (з них 21,5 – ВПО)", None, [])],
)
def test_a_count_cell_names_its_parts_in_brackets(make_doc, cell, whole, parts):
    label = {"staff_actual": "Кількість працівників, які надають послугу"}.get(
        whole[0] if whole else "", "Кількість отримувачів послуги, осіб")
    doc = make_doc(["Показники", [["Показник", "Значення"], [label, cell], ["Кількість наданих послуг", "16 842"]]])
    facts = [f for f in tables.extract(doc, META) if f.extractor in ("row_table", "row_table_cell_part")]
    mains = [f for f in facts if f.extractor == "row_table" and f.indicator != "services_provided"]
    if whole is None:
        assert mains == [] and not any(f.extractor == "row_table_cell_part" for f in facts)
        return
    assert [(f.indicator, f.value, f.unit) for f in mains] == [whole]
    got = [(f.value, f.unit, f.label) for f in facts if f.extractor == "row_table_cell_part"]
    assert got == parts
    for f in facts:
        if f.extractor == "row_table_cell_part":
            assert f.parent_id == mains[0].fact_id and f.indicator == whole[0]
            assert f.quote in doc.text and str(f.value) in f.quote  # the part's own words are its evidence


@pytest.mark.parametrize(("period_end", "value"), [("2024-12-31", 742), ("2024-09-30", 571), ("2024-06-30", 398)])
def test_a_running_total_by_quarter_reads_the_column_of_the_report_s_months(make_doc, period_end, value):
    # «I квартал | I півріччя | 9 місяців | рік»: each column holds the ones before it
    doc = make_doc(["Таблиця 1. Основні показники наростаючим підсумком", [
        ["Показник", "I квартал", "I півріччя", "9 місяців", "рік"],
        ["Звернулося осіб", "214", "398", "571", "742"],
        ["Надано соціальних послуг, од.", "1 412", "2 935", "4 380", "5 906"],
    ]])
    meta = {"period_start": "2024-01-01", "period_end": period_end}
    got = [(f.indicator, f.value) for f in tables.extract(doc, meta) if f.extractor == "row_table"]
    assert ("applied", value) in got and len(got) == 2


def test_columns_of_groups_of_the_same_people_each_count_the_rows(make_doc):
    # (b92_03: a служба у справах дітей's register by two groups of children, rows naming the figure)
    doc = make_doc(["Облік дітей", [
        ["Показник", "Діти-сироти та діти, позбавлені батьківського піклування", "Діти у СЖО"],
        ["Поставлено на облік протягом року", "9", "14"],
        ["Знято з обліку протягом року", "6", "11"],
    ]])
    got = {(f.indicator, f.value, f.unit) for f in tables.extract(doc, META) if f.extractor == "row_table"}
    assert got == {("registered_new", 9, "children"), ("registered_new", 14, "children"),
                   ("deregistered", 6, "children"), ("deregistered", 11, "children")}
