"""b51_01: ЦСС Ратнівської селищної ради (Волинська), annual report 2024.
Plain text, windows-1251, CRLF, first person plural, dash list, hard-wrapped lines."""
from common import Gold, write_text, report_path

DOC = "b51_01_ratne_css_annual2024.txt"

TEXT = """ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ РАТНІВСЬКОЇ СЕЛИЩНОЇ РАДИ
44101, Волинська обл., смт Ратне, вул. Центральна, 18, тел. (03366) 0-24-71
код ЄДРПОУ 44817263

Вих. № 07/01-12 від 14.01.2025
                                   Ратнівській селищній раді

                              ЗВІТ
              про роботу Центру соціальних служб за 2024 рік

   Протягом 2024 року ми працювали відповідно до Програми соціальної
підтримки населення Ратнівської селищної територіальної громади на
2023–2025 роки, затвердженої рішенням сесії від 22.12.2022 № 31/14.
Громада об’єднує 41 населений пункт, у ній проживає близько 26,4 тис. осіб.

   1. Звернення та оцінка потреб

   За рік до нас звернулося 412 осіб (у 2023 році – 377).
Із числа тих, хто звернувся, 138 (31,5 %) – внутрішньо переміщені особи.
Від служби у справах дітей, закладів освіти та поліції ми отримали
повідомлення щодо 64 сімей, у яких виховується 131 дитина.
Оцінку потреб провели 71 сім’ї; за її результатами 39 сімей визнали
такими, що перебувають у складних життєвих обставинах.

   2. Соціальні послуги

   Загалом нашими фахівцями надано 3 186 соціальних послуг 1 047 отримувачам,
а саме:
   - інформування – 1 402 послуги;
   - консультування – 1 219 послуг;
   - соціальний супровід сімей у СЖО – 318 послуг;
   - посередництво (медіація) – 47 послуг;
   - представництво інтересів – 200 послуг.

   3. Соціальний супровід сімей у складних життєвих обставинах

   Під нашим супроводом упродовж року перебувала 51 сім’я, в яких 112 дітей;
12 із них отримували послугу ще з 2023 року. Нових сімей під супровід
взяли 39. Завершили супровід 36 сімей: у 24 складні життєві обставини
подолано (66,7 %), у 8 – мінімізовано (22,2 %), ще 4 сім’ї вибули у зв’язку
зі зміною місця проживання. На 2025 рік супровід продовжено 15 сім’ям.
Середня тривалість супроводу – 6 місяців.

   4. Прийомні сім’ї та дитячі будинки сімейного типу

   Соціальне супроводження здійснювали 5 сім’ям – 4 прийомним та 1 ДБСТ,
у яких виховується 17 дітей. Двічі на рік разом зі службою у справах дітей
ми проводимо оцінку стану виконання батьківських обов’язків.

   5. Групова робота

   Проведено 23 групові заходи (тренінги, «батьківські школи», інформаційні
зустрічі), в яких взяли участь 406 учасників, з них 188 дітей та підлітків.
Завдяки партнерам (благодійний фонд) 94 родинам передано 212 продуктових
наборів на загальну суму 148,4 тис. грн.

   6. Кадрове забезпечення

   Штатним розписом передбачено 9,5 посади, фактично працює 8 працівників,
з яких 6 – фахівці із соціальної роботи. Підвищили кваліфікацію
5 працівників (курс тривалістю 30 годин).

   7. Якість послуг

   У грудні ми провели анкетування 86 отримувачів послуг; задоволеність
якістю послуг становить 91,9 %. Скарг на роботу Центру у 2024 році
не надходило.

   8. Завдання на 2025 рік

   У 2025 році плануємо охопити супроводом не менше 55 сімей та створити
2 нові прийомні сім’ї.

Директор                                    (підпис)
Виконавець: тел. (03366) 0-24-75
"""


def main():
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Ратнівської селищної ради",
        "centre_type": "css", "settlement": "Ратне", "oblast": "Волинська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31",
    })
    a = g.f("applied", "persons", 412, "За рік до нас звернулося 412 осіб")
    b = g.f("applied", "persons", 138, "138 (31,5 %) – внутрішньо переміщені особи",
            percent=31.5, category="внутрішньо переміщені особи", parent=a)
    n = g.f("notified", "families", 64, "повідомлення щодо 64 сімей")
    nc = g.f("notified", "children", 131, "у яких виховується 131 дитина", parent=n)
    na = g.f("needs_assessed", "families", 71, "Оцінку потреб провели 71 сім'ї")
    sj = g.f("in_difficult_circumstances", "families", 39, "39 сімей визнали",
             parent=na, note="«визнали такими, що перебувають у СЖО»; the sentence runs over a line break")
    sp = g.f("services_provided", "services", 3186, "надано 3 186 соціальних послуг")
    sr = g.f("served", "recipients", 1047, "1 047 отримувачам", unit_alt="persons")
    grp = "services_3186_by_service"
    s1 = g.f("services_provided", "services", 1402, "інформування – 1 402 послуги", service="informing", group=grp, parent=sp)
    s2 = g.f("services_provided", "services", 1219, "консультування – 1 219 послуг", service="counselling", group=grp, parent=sp)
    s3 = g.f("services_provided", "services", 318, "соціальний супровід сімей у СЖО – 318 послуг", service="social_support_sjo", group=grp, parent=sp)
    s4 = g.f("services_provided", "services", 47, "посередництво (медіація) – 47 послуг", service="mediation", group=grp, parent=sp)
    s5 = g.f("services_provided", "services", 200, "представництво інтересів – 200 послуг", service="representation", group=grp, parent=sp)
    su = g.f("served", "families", 51, "Під нашим супроводом упродовж року перебувала 51 сім'я",
             service="social_support_sjo", alt=["support_ongoing"])
    suc = g.f("served", "children", 112, "в яких 112 дітей", service="social_support_sjo",
              alt=["support_ongoing"], parent=su)
    old = g.f("served", "families", 12, "12 із них отримували послугу ще з 2023 року",
              service="social_support_sjo", label="отримували послугу з 2023 року",
              alt=["support_ongoing"], group="support_51_by_start", parent=su)
    st = g.f("support_started", "families", 39, "Нових сімей під супровід\nвзяли 39",
             service="social_support_sjo", group="support_51_by_start", parent=su)
    sc = g.f("support_completed", "families", 36, "Завершили супровід 36 сімей",
             service="social_support_sjo", parent=su)
    grp2 = "completed_36_by_result"
    o1 = g.f("outcome_positive", "families", 24, "у 24 складні життєві обставини\nподолано (66,7 %)",
             percent=66.7, service="social_support_sjo", group=grp2, parent=sc)
    o2 = g.f("outcome_minimized", "families", 8, "у 8 – мінімізовано (22,2 %)",
             percent=22.2, service="social_support_sjo", group=grp2, parent=sc)
    o3 = g.f("outcome_other", "families", 4, "ще 4 сім'ї вибули у зв'язку\nзі зміною місця проживання",
             service="social_support_sjo", label="зміна місця проживання", group=grp2, parent=sc)
    on = g.f("support_ongoing", "families", 15, "На 2025 рік супровід продовжено 15 сім'ям",
             service="social_support_sjo", parent=su,
             note="a 2024 figure (families whose support continues into 2025)")
    fo = g.f("served", "families", 5, "Соціальне супроводження здійснювали 5 сім'ям", service="social_support_foster")
    fo1 = g.f("served", "families", 4, "4 прийомним", service="social_support_foster",
              category="прийомні сім'ї", group="foster_5_by_form", parent=fo)
    fo2 = g.f("served", "families", 1, "1 ДБСТ", service="social_support_foster",
              category="дитячі будинки сімейного типу", group="foster_5_by_form", parent=fo)
    foc = g.f("served", "children", 17, "у яких виховується 17 дітей", service="social_support_foster", parent=fo)
    ev = g.f("events", "events", 23, "Проведено 23 групові заходи")
    ep = g.f("event_participants", "persons", 406, "в яких взяли участь 406 учасників", parent=ev)
    epc = g.f("event_participants", "children", 188, "з них 188 дітей та підлітків", parent=ep)
    aid = g.f("served", "families", 94, "94 родинам передано", label="продуктові набори від партнерів",
              note="humanitarian food sets from a charity; no service id is written")
    aidv = g.f("aid_value", "uah", 148400, "на загальну суму 148,4 тис. грн")
    pos = g.f("staff_positions", "positions", 9.5, "Штатним розписом передбачено 9,5 посади")
    act = g.f("staff_actual", "staff", 8, "фактично працює 8 працівників")
    act2 = g.f("staff_actual", "staff", 6, "6 – фахівці із соціальної роботи", label="фахівці із соціальної роботи", parent=act)
    tr = g.f("staff_trained", "staff", 5, "5 працівників (курс тривалістю 30 годин)")
    sv = g.f("survey_respondents", "recipients", 86, "анкетування 86 отримувачів послуг", unit_alt="persons")
    sat = g.f("satisfaction", "percent", 91.9, "задоволеність\nякістю послуг становить 91,9 %", alt=["share"])
    cm = g.f("complaints", "complaints", 0, "Скарг на роботу Центру у 2024 році\nне надходило")

    g.slip("percent_mismatch", "error", "138 (31,5 %) – внутрішньо переміщені особи",
           31.5, 33.5, [b, a],
           "138 of the 412 who applied is 33,5 %, written 31,5 %",
           f"pct_ok(p{b[1:]}, {b}, {a}, 1)")

    g.check("parts_sum", "надано 3 186 соціальних послуг", "1 402 + 1 219 + 318 + 47 + 200 = 3 186",
            f"{s1} + {s2} + {s3} + {s4} + {s5} == {sp}")
    g.check("parts_sum", "Під нашим супроводом упродовж року перебувала 51 сім'я",
            "12 from 2023 + 39 new = 51; 36 completed + 15 continued = 51",
            f"{old} + {st} == {su} and {sc} + {on} == {su}")
    g.check("parts_sum", "Завершили супровід 36 сімей", "24 + 8 + 4 = 36", f"{o1} + {o2} + {o3} == {sc}")
    g.check("percent_mismatch", "у 24 складні життєві обставини", "24/36 = 66,7 %; 8/36 = 22,2 %",
            f"pct_ok(p{o1[1:]}, {o1}, {sc}, 1) and pct_ok(p{o2[1:]}, {o2}, {sc}, 1)")
    g.check("parts_sum", "Соціальне супроводження здійснювали 5 сім'ям", "4 + 1 = 5", f"{fo1} + {fo2} == {fo}")
    g.check("parts_sum", "з них 188 дітей та підлітків", "188 ≤ 406", f"{epc} <= {ep}")
    g.check("parts_sum", "Оцінку потреб провели 71 сім'ї", "39 found in СЖО ≤ 71 assessed",
            f"{sj} <= {na}")
    g.check("parts_sum", "фактично працює 8 працівників", "6 ≤ 8 ≤ 9,5; 5 trained ≤ 8",
            f"{act2} <= {act} <= {pos} and {tr} <= {act}")
    g.check("percent_impossible", "задоволеність\nякістю послуг становить 91,9 %", "91,9 % is reachable with 86 (79 of 86)",
            f"grim_ok({sat}, {sv}, 1)")

    g.skip("44101, Волинська обл., смт Ратне, вул. Центральна, 18, тел. (03366) 0-24-71",
           [44101, 18, 3366, 2471], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44817263", [44817263], "ЄДРПОУ")
    g.skip("Вих. № 07/01-12 від 14.01.2025", [7, 1, 12, 14, 1, 2025], "outgoing number and date")
    g.skip("про роботу Центру соціальних служб за 2024 рік", [2024], "year")
    g.skip("2023–2025 роки, затвердженої рішенням сесії від 22.12.2022 № 31/14", [2023, 2025, 22, 12, 2022, 31, 14],
           "programme years, decision date and number")
    g.skip("Громада об'єднує 41 населений пункт, у ній проживає близько 26,4 тис. осіб.", [41, 26400],
           "settlement and population counts")
    g.skip("(у 2023 році – 377)", [2023, 377], "prior-year figure")
    g.skip("Середня тривалість супроводу – 6 місяців.", [6], "duration")
    g.skip("Двічі на рік", [2], "frequency in words")
    g.skip("212 продуктових\nнаборів", [212], "items (food sets)")
    g.skip("курс тривалістю 30 годин", [30], "duration")
    g.skip("плануємо охопити супроводом не менше 55 сімей та створити\n2 нові прийомні сім'ї", [2025, 55, 2], "plan for 2025")
    g.skip("Виконавець: тел. (03366) 0-24-75", [3366, 2475], "phone")
    g.skip("1. Звернення та оцінка потреб", [1, 2, 3, 4, 5, 6, 7, 8], "section numbers 1.–8.")

    g.note("first person plural; hard-wrapped lines, so several quotes contain a line break")
    g.note("«12 із них отримували послугу ще з 2023 року» → served with label (alt support_ongoing); "
           "12 + 39 new = 51, so both are parts (group support_51_by_start)")
    g.note("«94 родинам передано 212 продуктових наборів» → served families with a label; the 212 sets are items")
    g.note("«анкетування 86 отримувачів» → survey_respondents, unit recipients (unit_alt persons)")
    g.note("«9,5 посади» is a fractional staff_positions value")
    g.write()


if __name__ == "__main__":
    main()
