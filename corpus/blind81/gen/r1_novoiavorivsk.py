"""b81_01: ЦСС Новояворівської міської ради (Львівська), annual report 2024.
Plain text, windows-1251, CRLF, first person plural, hard-wrapped lines, dash lists.
Planted slip: percent_mismatch (19 IDP families of 61 written as 32,8 %, is 31,1 %)."""
from common import Gold, write_text, report_path

DOC = "b81_01_novoiavorivsk_css_annual2024.txt"

TEXT = """                 ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ
            НОВОЯВОРІВСЬКОЇ МІСЬКОЇ РАДИ
81053, Львівська обл., Яворівський р-н, м. Новояворівськ, вул. Шевченка, 14
тел. (03256) 0-43-18, e-mail: css@novoyavorivsk.example.ua, код ЄДРПОУ 43875126

Вих. № 02-14/57 від 22.01.2025

                                   Начальнику управління соціального
                                   захисту населення Новояворівської
                                   міської ради

                              ЗВІТ
        про діяльність Центру соціальних служб за 2024 рік

Центр утворено рішенням Новояворівської міської ради від 17.12.2020 № 1163.
Ми працюємо з населенням громади, до складу якої входять 14 населених
пунктів (близько 46,2 тис. мешканців).

1. ЗАГАЛЬНІ ПОКАЗНИКИ
У 2024 році до нас звернулися 642 особи (у 2023 році - 587).
З них 118 осіб - внутрішньо переміщені особи.
Надійшло 37 письмових заяв про надання соціальних послуг.
Оцінку потреб ми провели 211 сім'ям/особам.
Загалом соціальні послуги отримали 534 сім'ї/особи, у яких виховується 689 дітей.
Нашими фахівцями надано 4816 соціальних послуг, з них:
  - інформування - 1927;
  - консультування - 2364;
  - соціальна профілактика - 318;
  - соціальний супровід сімей (осіб) у СЖО - 162;
  - представництво інтересів - 45.

2. ВИЯВЛЕННЯ СІМЕЙ У СЖО
Протягом року ми отримали повідомлення про 96 сімей, які можуть
перебувати у складних життєвих обставинах. Після проведення оцінки
потреб складні життєві обставини підтверджено у 71 сім'ї (в них 128 дітей);
щодо решти 25 сімей інформація не підтвердилася.

3. СОЦІАЛЬНИЙ СУПРОВІД
Упродовж 2024 року під соціальним супроводом перебувала 61 сім'я,
в яких виховується 117 дітей. З них:
  - 34 сім'ї взято під супровід у звітному році;
  - 27 сімей отримували послугу з 2023 року.
Серед сімей під супроводом 19 сімей внутрішньо переміщених осіб (32,8 %).
Завершено супровід 38 сімей, у тому числі:
  - з позитивним результатом (подолано СЖО) - 24 (63,2 %);
  - мінімізовано складні життєві обставини - 9 (23,7 %);
  - без результату - 3 (7,9 %);
  - у зв'язку зі зміною місця проживання - 2 (5,3 %).
Продовжено супровід у 2025 році 23 сім'ям.
Середня тривалість супроводу - 4,5 місяця.

4. СУПРОВІД ПРИЙОМНИХ СІМЕЙ ТА ДБСТ
Соціальне супроводження здійснювалося у 4 сім'ях (3 прийомні сім'ї та 1 ДБСТ),
де виховується 16 дітей. Кожну сім'ю фахівець відвідував не рідше 1 разу на місяць.

5. ГРУПОВА РОБОТА
Ми провели 48 групових заходів (тренінги, батьківські збори, години
спілкування), якими охопили 763 учасники.
Окремо для молоді організовано 12 профілактичних занять тривалістю
по 2 години; участь у них взяли 184 підлітки віком 14-17 років.

6. КАДРИ
Штатним розписом передбачено 17 посад, фактично у нас працює 15 фахівців
(2 вакансії фахівця із соціальної роботи). У 2024 році 11 працівників
підвищили кваліфікацію (сертифікати на 30 годин).

7. ЗВЕРНЕННЯ ГРОМАДЯН
Скарг на роботу Центру не надходило.
На телефон довіри Центру надійшло 203 дзвінки.

8. ЗАВДАННЯ НА 2025 РІК
Плануємо охопити послугами не менше 560 сімей/осіб, створити ще
2 прийомні сім'ї та відкрити 1 консультаційний пункт у старостинському окрузі.

Додаток: таблиця показників на 2 арк.

Директор                                      (підпис)

Виконавець: фахівець із соціальної роботи, тел. (03256) 0-43-21
"""


def main():
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Новояворівської міської ради",
        "centre_type": "css", "settlement": "Новояворівськ", "oblast": "Львівська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    a = g.f("applied", "persons", 642, "У 2024 році до нас звернулися 642 особи")
    g.f("applied", "persons", 118, "З них 118 осіб - внутрішньо переміщені особи.",
        category="внутрішньо переміщені особи", parent=a)
    g.f("applied", "applications", 37, "Надійшло 37 письмових заяв про надання соціальних послуг.")
    g.f("needs_assessed", "families_persons", 211, "Оцінку потреб ми провели 211 сім'ям/особам.")
    s = g.f("served", "families_persons", 534, "Загалом соціальні послуги отримали 534 сім'ї/особи")
    g.f("served", "children", 689, "у яких виховується 689 дітей", parent=s)
    sp = g.f("services_provided", "services", 4816, "Нашими фахівцями надано 4816 соціальних послуг")
    grp = "services_4816_by_service"
    parts = [g.f("services_provided", "services", v, q, service=sv, group=grp, parent=sp)
             for v, q, sv in [(1927, "інформування - 1927;", "informing"),
                              (2364, "консультування - 2364;", "counselling"),
                              (318, "соціальна профілактика - 318;", "social_prevention"),
                              (162, "соціальний супровід сімей (осіб) у СЖО - 162;", "social_support_sjo"),
                              (45, "представництво інтересів - 45.", "representation")]]
    n = g.f("notified", "families", 96, "ми отримали повідомлення про 96 сімей")
    d = g.f("in_difficult_circumstances", "families", 71,
            "складні життєві обставини підтверджено у 71 сім'ї", parent=n)
    g.f("in_difficult_circumstances", "children", 128, "у 71 сім'ї (в них 128 дітей)", parent=d)
    ss = g.f("served", "families", 61, "під соціальним супроводом перебувала 61 сім'я",
             service="social_support_sjo", alt=["support_ongoing"])
    g.f("served", "children", 117, "в яких виховується 117 дітей. З них:",
        service="social_support_sjo", alt=["support_ongoing"], parent=ss)
    st = g.f("support_started", "families", 34, "34 сім'ї взято під супровід у звітному році;",
             service="social_support_sjo", group="support_61_by_start", parent=ss)
    cont = g.f("served", "families", 27, "27 сімей отримували послугу з 2023 року.",
               service="social_support_sjo", label="отримували послугу з 2023 року",
               alt=["support_ongoing"], group="support_61_by_start", parent=ss)
    idp = g.f("served", "families", 19, "Серед сімей під супроводом 19 сімей внутрішньо переміщених осіб (32,8 %).",
              percent=32.8, service="social_support_sjo", category="внутрішньо переміщені особи", parent=ss)
    comp = g.f("support_completed", "families", 38, "Завершено супровід 38 сімей, у тому числі:",
               service="social_support_sjo", parent=ss)
    grp2 = "completed_38_by_result"
    o1 = g.f("outcome_positive", "families", 24, "з позитивним результатом (подолано СЖО) - 24 (63,2 %);",
             percent=63.2, service="social_support_sjo", group=grp2, parent=comp)
    o2 = g.f("outcome_minimized", "families", 9, "мінімізовано складні життєві обставини - 9 (23,7 %);",
             percent=23.7, service="social_support_sjo", group=grp2, parent=comp)
    o3 = g.f("outcome_negative", "families", 3, "без результату - 3 (7,9 %);",
             percent=7.9, service="social_support_sjo", group=grp2, parent=comp)
    o4 = g.f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання - 2 (5,3 %).",
             percent=5.3, service="social_support_sjo", label="зміна місця проживання", group=grp2, parent=comp)
    on = g.f("support_ongoing", "families", 23, "Продовжено супровід у 2025 році 23 сім'ям.",
             service="social_support_sjo")
    fo = g.f("served", "families", 4, "Соціальне супроводження здійснювалося у 4 сім'ях (3 прийомні сім'ї та 1 ДБСТ),",
             service="social_support_foster")
    fo1 = g.f("served", "families", 3, "3 прийомні сім'ї", service="social_support_foster",
              label="прийомні сім'ї", group="foster_4_by_form", parent=fo)
    fo2 = g.f("served", "families", 1, "1 ДБСТ", service="social_support_foster",
              label="дитячий будинок сімейного типу", group="foster_4_by_form", parent=fo)
    g.f("served", "children", 16, "де виховується 16 дітей.", service="social_support_foster", parent=fo)
    ev = g.f("events", "events", 48, "Ми провели 48 групових заходів (тренінги, батьківські збори, години")
    g.f("event_participants", "persons", 763, "спілкування), якими охопили 763 учасники.", parent=ev)
    ev2 = g.f("events", "events", 12, "Окремо для молоді організовано 12 профілактичних занять тривалістю",
              label="профілактичні заняття для молоді")
    g.f("event_participants", "persons", 184, "участь у них взяли 184 підлітки", parent=ev2,
        category="підлітки")
    pos = g.f("staff_positions", "positions", 17, "Штатним розписом передбачено 17 посад")
    act = g.f("staff_actual", "staff", 15, "фактично у нас працює 15 фахівців")
    tr = g.f("staff_trained", "staff", 11, "У 2024 році 11 працівників")
    g.f("complaints", "complaints", 0, "Скарг на роботу Центру не надходило.")
    g.f("calls", "calls", 203, "На телефон довіри Центру надійшло 203 дзвінки.")

    g.slip("percent_mismatch", "error",
           "Серед сімей під супроводом 19 сімей внутрішньо переміщених осіб (32,8 %).",
           32.8, 31.1, [idp, ss],
           "19 of the 61 families under support is 31,1 % (31,15), not 32,8 %; 32,8 % of 61 would be 20 families",
           f"pct_ok(p{idp[1:]}, f{idp[1:]}, f{ss[1:]}, 1)")

    g.check("parts_sum", "Нашими фахівцями надано 4816 соціальних послуг, з них:",
            "1927 + 2364 + 318 + 162 + 45 = 4816",
            " + ".join(p.replace("f", "f") for p in parts) + f" == {sp}")
    g.check("parts_sum", "щодо решти 25 сімей інформація не підтвердилася.",
            "71 confirmed + 25 not confirmed = 96 notified (25 has no §3 id, used as a literal)",
            f"{d} + 25 == {n}")
    g.check("parts_sum", "34 сім'ї взято під супровід у звітному році;",
            "34 taken in 2024 + 27 carried over from 2023 = 61", f"{st} + {cont} == {ss}")
    g.check("parts_sum", "Завершено супровід 38 сімей, у тому числі:",
            "24 + 9 + 3 + 2 = 38", f"{o1} + {o2} + {o3} + {o4} == {comp}")
    for o, p in ((o1, 63.2), (o2, 23.7), (o3, 7.9), (o4, 5.3)):
        g.check("percent_mismatch", g._by_id[o]["quote"], f"{g._by_id[o]['value']} of 38 = {p} %",
                f"pct_ok(p{o[1:]}, {o}, {comp}, 1)")
    g.check("percents_sum", "з позитивним результатом (подолано СЖО) - 24 (63,2 %);",
            "63,2 + 23,7 + 7,9 + 5,3 = 100,1, within rounding of four shares",
            f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}, p{o4[1:]}], 1)")
    g.check("parts_sum", "Продовжено супровід у 2025 році 23 сім'ям.",
            "61 under support − 38 completed = 23 continued", f"{ss} - {comp} == {on}")
    g.check("parts_sum", "Соціальне супроводження здійснювалося у 4 сім'ях (3 прийомні сім'ї та 1 ДБСТ),",
            "3 + 1 = 4", f"{fo1} + {fo2} == {fo}")
    g.check("parts_sum", "фактично у нас працює 15 фахівців",
            "17 positions − 15 working = 2 vacancies (literal); 11 trained ≤ 15",
            f"{pos} - {act} == 2 and {tr} <= {act}")
    g.check("parts_sum", "Загалом соціальні послуги отримали 534 сім'ї/особи",
            "534 served ≤ 642 applied; 118 IDP ≤ 642", f"{s} <= {a} and f2 <= {a}")

    g.skip("81053, Львівська обл., Яворівський р-н, м. Новояворівськ, вул. Шевченка, 14",
           [81053, 14], "postcode, address")
    g.skip("тел. (03256) 0-43-18, e-mail: css@novoyavorivsk.example.ua, код ЄДРПОУ 43875126",
           [3256, 4318, 43875126], "phone, ЄДРПОУ")
    g.skip("Вих. № 02-14/57 від 22.01.2025", [2, 14, 57, 22, 1, 2025], "outgoing number and date")
    g.skip("про діяльність Центру соціальних служб за 2024 рік", [2024], "report year in the title")
    g.skip("рішенням Новояворівської міської ради від 17.12.2020 № 1163", [17, 12, 2020, 1163],
           "decision date and number")
    g.skip("до складу якої входять 14 населених", [14], "number of settlements")
    g.skip("пунктів (близько 46,2 тис. мешканців).", [46200], "population")
    g.skip("(у 2023 році - 587)", [2023, 587], "prior-year figure")
    g.skip("щодо решти 25 сімей інформація не підтвердилася.", [25],
           "notifications not confirmed: no §3 id (used as a literal in a check)")
    g.skip("Середня тривалість супроводу - 4,5 місяця.", [4.5], "duration")
    g.skip("Кожну сім'ю фахівець відвідував не рідше 1 разу на місяць.", [1], "visit frequency")
    g.skip("по 2 години; участь у них взяли 184 підлітки віком 14-17 років.", [2, 14, 17],
           "duration of a session, ages")
    g.skip("(2 вакансії фахівця із соціальної роботи)", [2], "vacancies (no §3 id; literal in a check)")
    g.skip("(сертифікати на 30 годин)", [30], "hours of training")
    g.skip("Плануємо охопити послугами не менше 560 сімей/осіб, створити ще", [2025, 560], "plan for 2025")
    g.skip("2 прийомні сім'ї та відкрити 1 консультаційний пункт у старостинському окрузі.", [2, 1], "plan for 2025")
    g.skip("Продовжено супровід у 2025 році 23 сім'ям.", [2025], "year (the 23 is a fact)")
    g.skip("Додаток: таблиця показників на 2 арк.", [2], "number of sheets")
    g.skip("тел. (03256) 0-43-21", [3256, 4321], "phone")
    g.skip("1. ЗАГАЛЬНІ ПОКАЗНИКИ", [1, 2, 3, 4, 5, 6, 7, 8], "section numbers 1.–8.")
    g.skip("Упродовж 2024 року під соціальним супроводом", [2024], "year")
    g.skip("8. ЗАВДАННЯ НА 2025 РІК", [8, 2025], "section number, plan year")
    g.note("windows-1251 with CRLF; lines hard-wrapped, so quotes stay within one line")
    g.note("«27 сімей отримували послугу з 2023 року» → served with label (alt support_ongoing); «34 сім'ї взято під супровід» → support_started; both form the 61")
    g.note("«Продовжено супровід у 2025 році 23 сім'ям» → support_ongoing (a 2024 figure that names 2025)")
    g.note("«(3 прийомні сім'ї та 1 ДБСТ)» → two served parts of the 4 families under foster support")
    g.note("the 12 preventive sessions for youth are written «Окремо», so they are not part of the 48 events")
    g.write()


if __name__ == "__main__":
    main()
