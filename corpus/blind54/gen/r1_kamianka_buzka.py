"""b54_01: ЦСС Кам'янка-Бузької міської ради (Львівська), annual report 2024.
windows-1251, CRLF, letterhead, an ASCII table drawn with | and -, third person."""
from common import Gold, write_text, report_path

DOC = "b54_01_kamianka_buzka_css_annual2024.txt"

TEXT = """\
ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ
КАМ'ЯНКА-БУЗЬКОЇ МІСЬКОЇ РАДИ ЛЬВІВСЬКОЇ ОБЛАСТІ
80400, м. Кам'янка-Бузька, вул. Шевченка, 21, тел. (03254) 0-31-62
код ЄДРПОУ 44316825

Вих. № 02-11/37 від 20.01.2025
                                        Відділу соціального захисту
                                        населення міської ради

ЗВІТ
про діяльність Центру соціальних служб Кам'янка-Бузької міської ради за 2024 рік

Центр соціальних служб Кам'янка-Бузької міської ради (далі – Центр) утворено рішенням міської ради від 23.12.2021 № 1487. Центр надає соціальні послуги мешканцям 48 населених пунктів громади, де проживає близько 42,6 тис. осіб.

Упродовж 2024 року до Центру звернулося 684 особи, що на 57 більше, ніж у 2023 році (627 осіб). Серед тих, хто звернувся, 211 осіб – внутрішньо переміщені особи, 96 – члени сімей військовослужбовців.

Надійшли повідомлення про 37 сімей, які можуть перебувати у складних життєвих обставинах; 5 повідомлень не підтвердилися під час першого візиту. Фахівці Центру провели оцінку потреб 173 сімей/осіб, складні життєві обставини визнано у 141 сім'ї/особи.

Протягом року соціальними послугами охоплено 1 326 осіб, яким надано 5 874 послуги. Одна особа могла отримати кілька видів послуг, тому графа «Отримувачі» не підсумовується.

Таблиця 2. Надання соціальних послуг у 2024 році
+----+-----------------------------------+------------+---------+
| №  | Вид соціальної послуги            | Отримувачі | Послуги |
+----+-----------------------------------+------------+---------+
| 1  | Інформування                      | 512        | 1408    |
| 2  | Консультування                    | 463        | 2237    |
| 3  | Соціальна профілактика            | 187        | 611     |
| 4  | Соціальний супровід сімей у СЖО   | 41         | 1093    |
| 5  | Кризове та екстрене втручання     | 23         | 47      |
| 6  | Натуральна допомога               | 142        | 478     |
+----+-----------------------------------+------------+---------+
|    | Усього                            | х          | 5874    |
+----+-----------------------------------+------------+---------+

Під соціальним супроводом Центру перебувала 41 сім'я, у яких виховується 87 дітей. Із них 19 сімей взято під супровід у звітному році, решту 22 сім'ї – у 2023 році. Завершено надання послуги 24 сім'ям, а саме: з подоланням складних життєвих обставин – 15, з мінімізацією – 6, у зв'язку зі зміною місця проживання – 2. Продовжено соціальний супровід на 2025 рік 17 сім'ям.

Соціальне супроводження здійснювалося щодо 8 сімей (6 прийомних сімей та 2 дитячі будинки сімейного типу), в яких виховується 23 дитини віком від 4 до 17 років.

Натуральну допомогу надано на загальну суму 214,6 тис. грн: видано 386 продуктових наборів, 95 комплектів гігієнічних засобів та 40 обігрівачів.

Організовано 46 групових заходів (тренінги, «Батьківська школа», зустрічі у старостинських округах), участь у них взяли 612 осіб. Тривалість одного тренінгу – 2,5 години.

Штатним розписом передбачено 17,5 посади, фактично працює 16 фахівців, з них 11 у 2024 році підвищили кваліфікацію. Скарг на роботу Центру протягом року не надходило.

У 2025 році Центр планує відкрити групу денного перебування для 15 дітей віком від 3 до 6 років.

Директор Центру                                        (підпис)

Вик.: відділ соціальної роботи, тел. (03254) 0-31-65
"""


def main():
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Кам'янка-Бузької міської ради",
        "centre_type": "css", "settlement": "Кам'янка-Бузька", "oblast": "Львівська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    a1 = f("applied", "persons", 684, "до Центру звернулося 684 особи")
    f("applied", "persons", 211, "211 осіб – внутрішньо переміщені особи",
      category="внутрішньо переміщені особи", parent=a1)
    f("applied", "persons", 96, "96 – члени сімей військовослужбовців",
      category="члени сімей військовослужбовців", parent=a1)
    n1 = f("notified", "families", 37, "Надійшли повідомлення про 37 сімей")
    na = f("needs_assessed", "families_persons", 173, "провели оцінку потреб 173 сімей/осіб")
    f("in_difficult_circumstances", "families_persons", 141,
      "складні життєві обставини визнано у 141 сім'ї/особи")
    s1 = f("served", "persons", 1326, "соціальними послугами охоплено 1 326 осіб")
    sp = f("services_provided", "services", 5874, "яким надано 5 874 послуги")
    rows = [("informing", 512, 1408, "1\tІнформування\t512\t1408"),
            ("counselling", 463, 2237, "2\tКонсультування\t463\t2237"),
            ("social_prevention", 187, 611, "3\tСоціальна профілактика\t187\t611"),
            ("social_support_sjo", 41, 1093, "4\tСоціальний супровід сімей у СЖО\t41\t1093"),
            ("crisis_intervention", 23, 47, "5\tКризове та екстрене втручання\t23\t47"),
            ("natural_aid", 142, 478, "6\tНатуральна допомога\t142\t478")]
    tot = f("services_provided", "services", 5874,
            "\tУсього\tх\t5874", label="Усього (таблиця 2)")
    r_ids, s_ids = [], []
    for svc, rec, srv, q in rows:
        r_ids.append(f("served", "persons", rec, q, service=svc, parent=s1,
                       unit_alt="recipients",
                       note="column «Отримувачі» of a table whose total says the centre served persons; overlapping, so no group"))
        s_ids.append(f("services_provided", "services", srv, q, service=svc, parent=tot,
                       group="services_5874_by_service"))
    ss = f("served", "families", 41, "Під соціальним супроводом Центру перебувала 41 сім'я",
           service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 87, "у яких виховується 87 дітей", service="social_support_sjo",
      alt=["support_ongoing"], parent=ss)
    st = f("support_started", "families", 19, "Із них 19 сімей взято під супровід у звітному році",
           service="social_support_sjo", parent=ss, group="supported_41_by_start")
    sc = f("served", "families", 22, "решту 22 сім'ї – у 2023 році", service="social_support_sjo",
           alt=["support_ongoing"], label="взято під супровід у 2023 році", parent=ss,
           group="supported_41_by_start",
           note="a 2024 figure (families under support in 2024) that names 2023 as their start")
    cp = f("support_completed", "families", 24, "Завершено надання послуги 24 сім'ям",
           service="social_support_sjo", parent=ss)
    o1 = f("outcome_positive", "families", 15, "з подоланням складних життєвих обставин – 15",
           service="social_support_sjo", parent=cp, group="completed_24_by_outcome")
    o2 = f("outcome_minimized", "families", 6, "з мінімізацією – 6", service="social_support_sjo",
           parent=cp, group="completed_24_by_outcome")
    o3 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2",
           service="social_support_sjo", label="зміна місця проживання", parent=cp,
           group="completed_24_by_outcome")
    on = f("support_ongoing", "families", 17, "Продовжено соціальний супровід на 2025 рік 17 сім'ям",
           service="social_support_sjo", parent=ss)
    fo = f("served", "families", 8, "Соціальне супроводження здійснювалося щодо 8 сімей",
           service="social_support_foster")
    fo1 = f("served", "families", 6, "6 прийомних сімей", service="social_support_foster",
            label="прийомні сім'ї", parent=fo, group="foster_8_by_form")
    fo2 = f("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster",
            label="дитячі будинки сімейного типу", parent=fo, group="foster_8_by_form")
    f("served", "children", 23, "в яких виховується 23 дитини", service="social_support_foster", parent=fo)
    f("aid_value", "uah", 214600, "Натуральну допомогу надано на загальну суму 214,6 тис. грн",
      service="natural_aid")
    ev = f("events", "events", 46, "Організовано 46 групових заходів")
    f("event_participants", "persons", 612, "участь у них взяли 612 осіб", parent=ev)
    pos = f("staff_positions", "positions", 17.5, "Штатним розписом передбачено 17,5 посади")
    act = f("staff_actual", "staff", 16, "фактично працює 16 фахівців")
    tr = f("staff_trained", "staff", 11, "з них 11 у 2024 році підвищили кваліфікацію", parent=act)
    f("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не надходило")

    g.slip("parts_sum", "error",
           "Завершено надання послуги 24 сім'ям, а саме: з подоланням складних життєвих обставин – 15, з мінімізацією – 6, у зв'язку зі зміною місця проживання – 2",
           23, 24, [cp, o1, o2, o3],
           "«а саме» enumerates the 24 completed cases by outcome: 15 + 6 + 2 = 23, one family missing. 24 itself agrees with 41 − 17 continued.",
           f"{o1} + {o2} + {o3} == {cp}")
    g.check("table_arithmetic", "\tУсього\tх\t5874",
            "services column: 1408 + 2237 + 611 + 1093 + 47 + 478 = 5874",
            " + ".join(s_ids) + f" == {tot}")
    g.check("internal_conflict", "яким надано 5 874 послуги",
            "prose 5 874 services = table total 5874", f"{sp} == {tot}")
    g.check("internal_conflict", "4\tСоціальний супровід сімей у СЖО\t41\t1093",
            "table row 41 recipients of social support = prose 41 families", f"{r_ids[3]} == {ss}")
    g.check("parts_sum", "Із них 19 сімей взято під супровід у звітному році, решту 22 сім'ї – у 2023 році",
            "19 + 22 = 41", f"{st} + {sc} == {ss}")
    g.check("parts_sum", "Продовжено соціальний супровід на 2025 рік 17 сім'ям",
            "24 completed + 17 continued = 41 under support", f"{cp} + {on} == {ss}")
    g.check("parts_sum", "8 сімей (6 прийомних сімей та 2 дитячі будинки сімейного типу)",
            "6 + 2 = 8", f"{fo1} + {fo2} == {fo}")
    g.check("parts_sum", "Серед тих, хто звернувся, 211 осіб – внутрішньо переміщені особи, 96 – члени сімей військовослужбовців",
            "211 + 96 ≤ 684 (categories, not a partition)", f"f2 + f3 <= {a1}")
    g.check("parts_sum", "складні життєві обставини визнано у 141 сім'ї/особи",
            "141 in СЖО ≤ 173 assessed", f"f6 <= {na}")
    g.check("parts_sum", "з них 11 у 2024 році підвищили кваліфікацію",
            "11 trained ≤ 16 working ≤ 17,5 positions", f"{tr} <= {act} <= {pos}")
    g.check("parts_sum", "1\tІнформування\t512\t1408",
            "each service's recipients ≤ 1 326 served", "max([" + ", ".join(r_ids) + f"]) <= {s1}")

    g.skip("80400, м. Кам'янка-Бузька, вул. Шевченка, 21, тел. (03254) 0-31-62", [80400, 21, 3254, 3162],
           "postcode, address, phone")
    g.skip("код ЄДРПОУ 44316825", [44316825], "ЄДРПОУ")
    g.skip("Вих. № 02-11/37 від 20.01.2025", [2, 11, 37, 20, 1, 2025], "outgoing number and date")
    g.skip("утворено рішенням міської ради від 23.12.2021 № 1487", [23, 12, 2021, 1487], "decision date and number")
    g.skip("мешканцям 48 населених пунктів громади, де проживає близько 42,6 тис. осіб", [48, 42600],
           "settlement count and population")
    g.skip("що на 57 більше, ніж у 2023 році (627 осіб)", [57, 2023, 627], "difference and prior-year figure")
    g.skip("5 повідомлень не підтвердилися під час першого візиту", [5],
           "unconfirmed notifications: no §3 id (not a count of families notified)")
    g.skip("Таблиця 2. Надання соціальних послуг у 2024 році", [2, 2024], "table number, year")
    g.skip("№\tВид соціальної послуги\tОтримувачі\tПослуги", [1, 2, 3, 4, 5, 6],
           "row numbers 1–6 of table 2")
    g.skip("в яких виховується 23 дитини віком від 4 до 17 років", [4, 17], "ages")
    g.skip("видано 386 продуктових наборів, 95 комплектів гігієнічних засобів та 40 обігрівачів",
           [386, 95, 40], "items handed out")
    g.skip("Тривалість одного тренінгу – 2,5 години.", [2.5], "duration")
    g.skip("У 2025 році Центр планує відкрити групу денного перебування для 15 дітей віком від 3 до 6 років.",
           [2025, 15, 3, 6], "plan, ages")
    g.skip("Вик.: відділ соціальної роботи, тел. (03254) 0-31-65", [3254, 3165], "phone")
    g.note("table 2: each row gives two facts quoted by the row: served (persons, unit_alt recipients) hanging on the prose 1 326, and services_provided hanging on the table's Усього 5874; the «х» in the recipients column means no total")
    g.note("prose 5 874 services and table Усього 5874 are two facts")
    g.note("«решту 22 сім'ї – у 2023 році» → served with label (alt support_ongoing): families under support in 2024 whose support began in 2023")
    g.note("«Продовжено соціальний супровід на 2025 рік 17 сім'ям» → support_ongoing (a 2024 figure)")
    g.note("«17,5 посади» is a fractional staff_positions fact")
    g.write()


if __name__ == "__main__":
    main()
