"""b72_01: ЦСС Берестечківської міської ради (Волинська), annual report 2024.
Plain text, windows-1251, CRLF, first person plural, hard-wrapped lines and a dash list."""
from common import Gold, write_text, report_path

DOC = "b72_01_berestechko_css_annual2024.txt"

TEXT = """ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ БЕРЕСТЕЧКІВСЬКОЇ МІСЬКОЇ РАДИ
45765, Волинська обл., Луцький р-н, м. Берестечко, вул. Шевченка, 14
тел. (03379) 0-41-27, e-mail: css.berestechko@example.ua, код ЄДРПОУ 44381905

Вих. № 01-12/37 від 17.01.2025
                                    Берестечківському міському голові

                              ЗВІТ
         про роботу Центру соціальних служб за 2024 рік

   Громада об'єднує 24 населені пункти, у яких проживає близько
13,8 тис. мешканців. Центр працює відповідно до Положення, затвердженого
рішенням міської ради від 23.12.2021 № 14/9.

   1. Звернення та охоплення послугами
   Протягом 2024 року ми отримали 486 звернень громадян (у 2023 році –
431, тобто на 55 більше). За результатами їх опрацювання соціальні
послуги надали 352 сім'ям/особам, у яких виховується 417 дітей.
Серед отримувачів – 96 внутрішньо переміщених осіб (29,3 %).
   Загалом за рік надали 1926 соціальних послуг, з них:
 - інформування – 744;
 - консультування – 903;
 - соціальна профілактика – 121;
 - натуральна допомога – 117;
 - соціальний супровід сімей у СЖО – 41.
   Крім того, видали 260 продуктових наборів і 74 комплекти зимового
одягу, отриманих від благодійних фондів.

   2. Виявлення сімей у складних життєвих обставинах
   До Центру надійшли повідомлення про 29 сімей, які можуть перебувати
у СЖО (2 повідомлення передали за належністю до інших громад).
Оцінку потреб провели 27 сім'ям, з них у 19 сім'ях виявили складні
життєві обставини.

   3. Соціальний супровід
   Упродовж року під нашим супроводом перебувало 38 сімей (91 дитина).
З них 14 сімей узяли під супровід у 2024 році, решта 24 сім'ї
продовжували супровід, розпочатий раніше. Завершили супровід 17 сімей:
з позитивним результатом – 12 (70,6 %), у зв'язку зі зміною місця
проживання – 3 (17,6 %), через відмову отримувача – 2 (11,8 %).
На 2025 рік супровід продовжено 21 сім'ї.
   Соціальне супроводження надавали 4 прийомним сім'ям і сім'ям
патронатних вихователів, у яких виховується 19 дітей.

   4. Профілактична робота
   Провели 23 групові заходи (тренінги, «круглі столи», батьківські
клуби), у яких узяли участь 405 осіб. Тривалість одного тренінгу –
2 години, батьківський клуб збирається раз на 2 тижні.

   5. Кадри, скарги, фінансування
   Штатний розпис Центру – 9 посад, фактично працює 8 фахівців;
6 із них підвищили кваліфікацію (навчання тривало від 16 до 40 годин).
Скарг на якість послуг за рік не зафіксовано.
   Видатки на утримання Центру у 2024 році склали 3 216,4 тис. грн
при плані 3 290,0 тис. грн.

   6. Плани на 2025 рік
   У 2025 році плануємо запровадити послугу підтриманого проживання для
5 осіб віком 18–23 роки та збільшити кількість групових заходів до 30.
Детальні дані наведено в додатку 2 (с. 3–4).

Директор                                   (підпис)
Виконавець: тел. (03379) 0-41-30
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Берестечківської міської ради",
        "centre_type": "css", "settlement": "Берестечко", "oblast": "Волинська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    a1 = f("applied", "applications", 486, "ми отримали 486 звернень громадян", unit_alt="persons")
    s1 = f("served", "families_persons", 352, "послуги надали 352 сім'ям/особам")
    c1 = f("served", "children", 417, "у яких виховується 417 дітей", parent=s1)
    idp = f("served", "persons", 96, "Серед отримувачів – 96 внутрішньо переміщених осіб (29,3 %)",
            percent=29.3, category="внутрішньо переміщені особи", parent=s1)
    sp = f("services_provided", "services", 1926, "Загалом за рік надали 1926 соціальних послуг")
    grp = "services_1926_by_service"
    p1 = f("services_provided", "services", 744, "інформування – 744", service="informing", group=grp, parent=sp)
    p2 = f("services_provided", "services", 903, "консультування – 903", service="counselling", group=grp, parent=sp)
    p3 = f("services_provided", "services", 121, "соціальна профілактика – 121", service="social_prevention", group=grp, parent=sp)
    p4 = f("services_provided", "services", 117, "натуральна допомога – 117", service="natural_aid", group=grp, parent=sp)
    p5 = f("services_provided", "services", 41, "соціальний супровід сімей у СЖО – 41", service="social_support_sjo", group=grp, parent=sp)
    n1 = f("notified", "families", 29, "надійшли повідомлення про 29 сімей")
    na = f("needs_assessed", "families", 27, "Оцінку потреб провели 27 сім'ям")
    sj = f("in_difficult_circumstances", "families", 19, "з них у 19 сім'ях виявили складні", parent=na)
    su = f("served", "families", 38, "під нашим супроводом перебувало 38 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    suc = f("served", "children", 91, "(91 дитина)", service="social_support_sjo", alt=["support_ongoing"], parent=su)
    st = f("support_started", "families", 14, "З них 14 сімей узяли під супровід у 2024 році",
           service="social_support_sjo", group="support_38_by_start", parent=su)
    so = f("served", "families", 24, "решта 24 сім'ї", service="social_support_sjo", alt=["support_ongoing"],
           label="супровід, розпочатий раніше", group="support_38_by_start", parent=su,
           note="«продовжували супровід, розпочатий раніше»: a 2024 figure (families under support in 2024 whose support began before)")
    sc = f("support_completed", "families", 17, "Завершили супровід 17 сімей", service="social_support_sjo", parent=su)
    o1 = f("outcome_positive", "families", 12, "з позитивним результатом – 12 (70,6 %)", percent=70.6,
           service="social_support_sjo", group="completed_17_by_result", parent=sc)
    o2 = f("outcome_other", "families", 3, "у зв'язку зі зміною місця\nпроживання – 3 (17,6 %)", percent=17.6,
           service="social_support_sjo", label="зміна місця проживання", group="completed_17_by_result", parent=sc)
    o3 = f("outcome_other", "families", 2, "через відмову отримувача – 2 (11,8 %)", percent=11.8,
           service="social_support_sjo", label="відмова отримувача", group="completed_17_by_result", parent=sc)
    on = f("support_ongoing", "families", 21, "На 2025 рік супровід продовжено 21 сім'ї", service="social_support_sjo")
    fo = f("served", "families", 4, "Соціальне супроводження надавали 4 прийомним сім'ям", service="social_support_foster")
    foc = f("served", "children", 19, "у яких виховується 19 дітей", service="social_support_foster", parent=fo)
    ev = f("events", "events", 23, "Провели 23 групові заходи")
    ep = f("event_participants", "persons", 405, "у яких узяли участь 405 осіб", parent=ev)
    sp1 = f("staff_positions", "positions", 9, "Штатний розпис Центру – 9 посад")
    sa = f("staff_actual", "staff", 8, "фактично працює 8 фахівців")
    tr = f("staff_trained", "staff", 6, "6 із них підвищили кваліфікацію", parent=sa)
    cp = f("complaints", "complaints", 0, "Скарг на якість послуг за рік не зафіксовано.")
    bs = f("budget_spent", "uah", 3216400, "Видатки на утримання Центру у 2024 році склали 3 216,4 тис. грн")
    ba = f("budget_approved", "uah", 3290000, "при плані 3 290,0 тис. грн", label="план на 2024 рік")

    g.slip("percent_mismatch", "error", "Серед отримувачів – 96 внутрішньо переміщених осіб (29,3 %)",
           29.3, 27.3, [idp, s1],
           "96 of the 352 families/persons served is 27,3 %, written 29,3 % (29,3 % of 352 would be 103).",
           f"pct_ok(p{idp[1:]}, {idp}, {s1}, 1)")
    g.check("parts_sum", "Загалом за рік надали 1926 соціальних послуг, з них:",
            "744 + 903 + 121 + 117 + 41 = 1926", f"{p1} + {p2} + {p3} + {p4} + {p5} == {sp}")
    g.check("parts_sum", "Оцінку потреб провели 27 сім'ям, з них у 19 сім'ях",
            "19 ≤ 27 assessed ≤ 29 notified (2 notifications passed on to other hromadas: 27 + 2 = 29)",
            f"{sj} <= {na} and {na} + 2 == {n1}")
    g.check("parts_sum", "З них 14 сімей узяли під супровід у 2024 році, решта 24 сім'ї",
            "14 + 24 = 38", f"{st} + {so} == {su}")
    g.check("parts_sum", "Завершили супровід 17 сімей",
            "12 + 3 + 2 = 17", f"{o1} + {o2} + {o3} == {sc}")
    g.check("percent_mismatch", "з позитивним результатом – 12 (70,6 %)",
            "12/17 = 70,6 %; 3/17 = 17,6 %; 2/17 = 11,8 %",
            f"pct_ok(p{o1[1:]}, {o1}, {sc}, 1) and pct_ok(p{o2[1:]}, {o2}, {sc}, 1) and pct_ok(p{o3[1:]}, {o3}, {sc}, 1)")
    g.check("percents_sum", "з позитивним результатом – 12 (70,6 %)",
            "70,6 + 17,6 + 11,8 = 100,0", f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}], 1)")
    g.check("parts_sum", "На 2025 рік супровід продовжено 21 сім'ї",
            "38 under support − 17 completed = 21 continued", f"{su} - {sc} == {on}")
    g.check("parts_sum", "фактично працює 8 фахівців",
            "6 trained ≤ 8 working ≤ 9 positions", f"{tr} <= {sa} <= {sp1}")
    g.check("table_arithmetic", "Видатки на утримання Центру у 2024 році склали 3 216,4 тис. грн",
            "spent 3 216,4 ≤ plan 3 290,0 тис. грн (savings 73,6 not written)", f"{bs} <= {ba}")

    g.skip("45765, Волинська обл., Луцький р-н, м. Берестечко, вул. Шевченка, 14", [45765, 14], "postcode, address")
    g.skip("тел. (03379) 0-41-27, e-mail: css.berestechko@example.ua, код ЄДРПОУ 44381905",
           [3379, 4127, 44381905], "phone, ЄДРПОУ")
    g.skip("Вих. № 01-12/37 від 17.01.2025", [1, 12, 37, 17, 1, 2025], "outgoing number and date")
    g.skip("Громада об'єднує 24 населені пункти, у яких проживає близько\n13,8 тис. мешканців.",
           [24, 13800], "settlement count, population")
    g.skip("рішенням міської ради від 23.12.2021 № 14/9", [23, 12, 2021, 14, 9], "decision date and number")
    g.skip("(у 2023 році –\n431, тобто на 55 більше)", [2023, 431, 55], "prior-year figure and difference")
    g.skip("видали 260 продуктових наборів і 74 комплекти зимового", [260, 74], "items handed out (набори, комплекти)")
    g.skip("(2 повідомлення передали за належністю до інших громад)", [2], "notifications passed on: no §3 id (used as a literal in a check)")
    g.skip("Тривалість одного тренінгу –\n2 години, батьківський клуб збирається раз на 2 тижні.", [2, 2], "durations, frequency")
    g.skip("(навчання тривало від 16 до 40 годин)", [16, 40], "durations")
    g.skip("для\n5 осіб віком 18–23 роки та збільшити кількість групових заходів до 30.", [5, 18, 23, 30], "2025 plan, ages")
    g.skip("Детальні дані наведено в додатку 2 (с. 3–4).", [2, 3, 4], "annex and page numbers")
    g.skip("1. Звернення та охоплення послугами", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
    g.skip("Виконавець: тел. (03379) 0-41-30", [3379, 4130], "phone")
    g.note("«486 звернень громадян» → applied, unit applications (alt persons)")
    g.note("the five services are services_provided (acts) and sum to 1926; the 352 families/persons is a separate count (served)")
    g.note("«у зв'язку зі зміною місця проживання», «через відмову отримувача» → outcome_other with label")
    g.note("«Соціальне супроводження … 4 прийомним сім'ям і сім'ям патронатних вихователів» → served, social_support_foster")
    g.note("«При плані 3 290,0 тис. грн» → budget_approved (the year's plan); no KEKV written")
    g.note("file is windows-1251 with CRLF line ends; quotes that cross a hard line break keep the newline as the reader prints it")
    g.write()


if __name__ == "__main__":
    main()
