"""b57_05: відділ соціального захисту населення Чагорської сільської ради (Чернівецька), analytic note for
Q1 2025. UTF-8 TXT, LF, third person, lettered sub-items, an ASCII pipe table for the programme money."""
from common import Gold, write_text, report_path

DOC = "b57_05_chahor_uszn_q1_2025.txt"

TEXT = """ЧАГОРСЬКА СІЛЬСЬКА РАДА ЧЕРНІВЕЦЬКОГО РАЙОНУ ЧЕРНІВЕЦЬКОЇ ОБЛАСТІ
ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ
60316, с. Чагор, вул. Головна, 3, тел. (03722) 0-31-47, код ЄДРПОУ 44517302

АНАЛІТИЧНА ЗАПИСКА
щодо роботи відділу соціального захисту населення за І квартал 2025 року

1. Загальне. Громада об'єднує 6 сіл з населенням близько 14,2 тис. осіб; на обліку у відділі перебуває 1 027 внутрішньо переміщених осіб. Штатний розпис відділу – 6 штатних одиниць, станом на 01.04.2025 працює 5 працівників.

2. Прийом громадян. За квартал відділом прийнято 412 заяв, у тому числі:
   а) через ЦНАП – 146 (35,4 %);
   б) особисто у відділі – 229 (55,6 %);
   в) через портал «Дія» – 37 (9,0 %).
Консультації з питань соціального захисту отримали 538 осіб, усього надано 611 консультацій. На телефон «гарячої лінії» відділу надійшло 164 дзвінки. Проведено 4 виїзні інформаційні зустрічі в селах громади, участь у них взяли 58 мешканців.

3. Соціальні послуги. Фахівцями із соціальної роботи проведено оцінку потреб 47 осіб. За рахунок бюджету громади послугу догляду вдома отримувала 84 особи (з них 31 – віком 80 років і старше), денного догляду – 12 осіб, соціального таксі – 19 осіб. Компенсацію за надання соціальних послуг з догляду на непрофесійній основі отримували 27 фізичних осіб (розмір – від 1 134 до 2 361 грн на місяць).
Гуманітарну (натуральну) допомогу отримали 96 осіб на суму 58,3 тис. грн.

4. Фінансування Програми соціального захисту населення на 2023-2025 роки, тис. грн:

| Показник                  | План на 2025 рік | План на І кв. | Використано | Економія      |
|---------------------------|------------------|---------------|-------------|---------------|
| Програма, загальний фонд  | 1 260,0          | 315,0         | 278,4       | 27,6 (8,8 %)  |

Використані кошти спрямовано на: допомогу на поховання – 41,2 тис. грн; одноразову матеріальну допомогу 131 особі – 198,6 тис. грн; оплату соціальних послуг – 38,6 тис. грн.

5. Скарг на роботу відділу за І квартал 2025 року не надходило. У ІІ кварталі 2025 року передбачено провести 6 виїзних прийомів.

Начальник відділу                                  (підпис)
Вик. тел. (03722) 0-31-49
10.04.2025
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="utf-8", newline="\n")
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Чагорської сільської ради",
        "centre_type": "uszn", "settlement": "Чагор", "oblast": "Чернівецька",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-03-31"},
        meta_alt={"centre": ["Відділ соціального захисту населення Чагорської сільської ради Чернівецького району Чернівецької області"]})
    f1 = g.f("staff_positions", "positions", 6, "Штатний розпис відділу – 6 штатних одиниць")
    f2 = g.f("staff_actual", "staff", 5, "працює 5 працівників")
    f3 = g.f("applied", "applications", 412, "За квартал відділом прийнято 412 заяв")
    grp = "applications_412_by_channel"
    f4 = g.f("applied", "applications", 146, "а) через ЦНАП – 146 (35,4 %);", percent=35.4, label="через ЦНАП",
             group=grp, parent=f3)
    f5 = g.f("applied", "applications", 229, "б) особисто у відділі – 229 (55,6 %);", percent=55.6,
             label="особисто у відділі", group=grp, parent=f3)
    f6 = g.f("applied", "applications", 37, "в) через портал «Дія» – 37 (9,0 %).", percent=9.0,
             label="через портал «Дія»", group=grp, parent=f3)
    f7 = g.f("served", "persons", 538, "Консультації з питань соціального захисту отримали 538 осіб",
             service="counselling")
    f8 = g.f("services_provided", "services", 611, "усього надано 611 консультацій", service="counselling")
    f9 = g.f("calls", "calls", 164, "На телефон «гарячої лінії» відділу надійшло 164 дзвінки.")
    f10 = g.f("events", "events", 4, "Проведено 4 виїзні інформаційні зустрічі в селах громади")
    f11 = g.f("event_participants", "persons", 58, "участь у них взяли 58 мешканців", parent=f10)
    f12 = g.f("needs_assessed", "persons", 47, "проведено оцінку потреб 47 осіб")
    f13 = g.f("served", "persons", 84, "послугу догляду вдома отримувала 84 особи", service="home_care")
    f14 = g.f("served", "persons", 31, "(з них 31 – віком 80 років і старше)", service="home_care",
              category="особи віком 80 років і старше", parent=f13)
    f15 = g.f("served", "persons", 12, "денного догляду – 12 осіб", service="day_care")
    f16 = g.f("served", "persons", 19, "соціального таксі – 19 осіб", service="social_taxi")
    f17 = g.f("served", "persons", 96, "Гуманітарну (натуральну) допомогу отримали 96 осіб", service="natural_aid")
    f18 = g.f("aid_value", "uah", 58300, "на суму 58,3 тис. грн", service="natural_aid")
    row = "Програма, загальний фонд\t1 260,0\t315,0\t278,4\t27,6 (8,8 %)"
    f19 = g.f("budget_approved", "uah", 1260000, row, label="Програма, план на 2025 рік (річний)")
    f20 = g.f("budget_approved", "uah", 315000, row, label="Програма, план на І квартал", parent=f19)
    f21 = g.f("budget_spent", "uah", 278400, row, label="Програма, використано за І квартал")
    f22 = g.f("budget_savings", "uah", 27600, row, percent=8.8, label="Програма, економія за І квартал")
    grp2 = "spent_278_4_by_purpose"
    f23 = g.f("budget_spent", "uah", 41200, "допомогу на поховання – 41,2 тис. грн", label="допомога на поховання",
              group=grp2, parent=f21)
    f24 = g.f("budget_spent", "uah", 198600, "одноразову матеріальну допомогу 131 особі – 198,6 тис. грн",
              label="одноразова матеріальна допомога", group=grp2, parent=f21)
    f25 = g.f("budget_spent", "uah", 38600, "оплату соціальних послуг – 38,6 тис. грн",
              label="оплата соціальних послуг", group=grp2, parent=f21)
    f26 = g.f("complaints", "complaints", 0, "Скарг на роботу відділу за І квартал 2025 року не надходило.")

    g.slip("table_arithmetic", "error", row, 27600, 36600, [f20, f21, f22],
           "економія = план на квартал − використано: 315,0 − 278,4 = 36,6 тис. грн, but the row says 27,6. "
           "The 8,8 % fits 27,6 / 315,0 (and the three spending lines sum to 278,4), so the savings cell was "
           "computed from a different spending figure (315,0 − 287,4 = 27,6: digits transposed)",
           "near(f20 - f21, f22)")
    g.check("parts_sum", "За квартал відділом прийнято 412 заяв, у тому числі:", "146 + 229 + 37 = 412",
            "f4 + f5 + f6 == f3")
    g.check("percent_mismatch", "а) через ЦНАП – 146 (35,4 %);",
            "146/412 = 35,44 → 35,4; 229/412 = 55,58 → 55,6; 37/412 = 8,98 → 9,0",
            "pct_ok(p4, f4, f3, 1) and pct_ok(p5, f5, f3, 1) and pct_ok(p6, f6, f3, 1)")
    g.check("percents_sum", "б) особисто у відділі – 229 (55,6 %);", "35,4 + 55,6 + 9,0 = 100,0",
            "psum_ok([p4, p5, p6], 1)")
    g.check("percent_mismatch", row, "27,6 / 315,0 = 8,76 % → 8,8", "pct_ok(p22, f22, f20, 1)")
    g.check("parts_sum", "Використані кошти спрямовано на:", "41,2 + 198,6 + 38,6 = 278,4 тис. грн",
            "near(f23 + f24 + f25, f21)")
    g.check("parts_sum", row, "quarter plan 315,0 ≤ annual plan 1 260,0", "f20 <= f19")
    g.check("parts_sum", "(з них 31 – віком 80 років і старше)", "31 ≤ 84; 538 persons ≤ 611 consultations",
            "f14 <= f13 and f7 <= f8")
    g.check("parts_sum", "працює 5 працівників", "5 ≤ 6", "f2 <= f1")

    g.skip("60316, с. Чагор, вул. Головна, 3, тел. (03722) 0-31-47, код ЄДРПОУ 44517302",
           [60316, 3, 3722, 3147, 44517302], "postcode, address, phone, ЄДРПОУ")
    g.skip("щодо роботи відділу соціального захисту населення за І квартал 2025 року", [2025],
           "period in the title")
    g.skip("Громада об'єднує 6 сіл з населенням близько 14,2 тис. осіб", [6, 14200],
           "settlement count, population")
    g.skip("на обліку у відділі перебуває 1 027 внутрішньо переміщених осіб", [1027],
           "IDP register (no §3 id: not a register of families in СЖО)")
    g.skip("станом на 01.04.2025", [1, 4, 2025], "date")
    g.skip("1. Загальне.", [1, 2, 3, 4, 5], "paragraph numbers 1.–5.")
    g.skip("віком 80 років і старше", [80], "age (the 31 is a fact)")
    g.skip("Компенсацію за надання соціальних послуг з догляду на непрофесійній основі отримували 27 фізичних осіб (розмір – від 1 134 до 2 361 грн на місяць).",
           [27, 1134, 2361], "carers paid a compensation (no §3 id), monthly amounts")
    g.skip("Фінансування Програми соціального захисту населення на 2023-2025 роки, тис. грн:", [2023, 2025],
           "programme years")
    g.skip("Показник\tПлан на 2025 рік\tПлан на І кв.\tВикористано\tЕкономія",
           [2025], "table header year")
    g.skip("одноразову матеріальну допомогу 131 особі", [131],
           "recipients of one-off cash aid (no §3 id; a benefit, not a social service)")
    g.skip("У ІІ кварталі 2025 року передбачено провести 6 виїзних прийомів.", [2025, 6], "plan for the next quarter")
    g.skip("Вик. тел. (03722) 0-31-49", [3722, 3149], "phone")
    g.skip("10.04.2025", [10, 4, 2025], "date of the note")
    g.note("an УСЗН-type department of a village council: centre_type uszn; settlement Чагор; the period is "
           "the quarter of the title")
    g.note("the reader turns the ASCII pipe table into tab-separated cells; quotes follow the read text")
    g.note("the ASCII table row carries four money facts (annual plan, quarter plan, used, savings with its "
           "percent), all quoted by the row")
    g.note("«прийнято 412 заяв» → applied (applications) with channel parts and their percents")
    g.note("«Консультації … отримали 538 осіб, … надано 611 консультацій» → served counselling + "
           "services_provided counselling")
    g.note("the 31 people aged 80+ are a fact (a part of the 84 home-care recipients); the age is skipped")
    g.write()


if __name__ == "__main__":
    main()
