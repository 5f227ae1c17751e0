"""b48_01: ЦСС Ставищенської селищної ради (Київська), annual report 2023.
Plain text in windows-1251 with CRLF, Roman section numbers, one dash list. Impersonal voice.
Planted slip: percent_mismatch (27 of 36 written as 72,2 %; 75,0 % expected)."""
from common import Gold, write_text, report_path

DOC = "b48_01_stavyshche_css_annual2023.txt"

TEXT = """ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ СТАВИЩЕНСЬКОЇ СЕЛИЩНОЇ РАДИ
09401, Київська обл., Білоцерківський р-н, смт Ставище, вул. Героїв Майдану, 14
тел. (04564) 0-52-17, e-mail: css.stavyshche@example.ua, код ЄДРПОУ 43817265

Вих. № 01-18/26 від 12.01.2024

ЗВІТ
про діяльність Центру соціальних служб Ставищенської селищної ради за 2023 рік

I. Загальні відомості
Центр утворено рішенням селищної ради від 17.12.2020 № 112-5-VIII. Центр обслуговує 27 населених пунктів громади, у яких станом на 01.01.2023 проживало 21,4 тис. осіб. Штатним розписом передбачено 11 посад, фактично працює 9 фахівців. У звітному році підвищили кваліфікацію 7 працівників (дистанційні курси НССУ та 2 тренінги обласного центру соціальних служб).

II. Виявлення сімей та оцінка потреб
Протягом 2023 року до Центру надійшло 214 звернень громадян, з них 58 – від внутрішньо переміщених осіб. Від служби у справах дітей, закладів освіти, поліції та старост отримано повідомлення про 63 сім'ї, які можуть перебувати у складних життєвих обставинах; 6 повідомлень не підтвердилися. Оцінку потреб проведено 71 сім'ї та 19 особам. За результатами оцінювання складні життєві обставини визначено у 48 сімей, у яких виховуються 97 дітей.

III. Надання соціальних послуг
Усього соціальними послугами охоплено 1 286 осіб. Надано 4 973 послуги, зокрема:
- інформування – 2 140;
- консультування – 1 862;
- соціальна профілактика – 517;
- соціальний супровід сімей у СЖО – 331;
- представництво інтересів – 123.

Соціальний супровід протягом року здійснювався щодо 52 сімей, в яких 118 дітей; з них 31 сім’ю взято під супровід у 2023 році, решта перейшли з попереднього року. Завершено супровід 36 сімей: з позитивним результатом – 27 (72,2 %), у зв’язку зі зміною місця проживання – 4, за відмовою отримувача – 3, з інших причин – 2. На кінець року під супроводом залишається 16 сімей. Середня тривалість супроводу – 5,5 місяця.

У громаді функціонують 3 прийомні сім’ї та ДБСТ, у яких виховується 14 дітей; усі вони перебували під соціальним супроводженням, фахівцями здійснено 12 планових відвідувань.

IV. Робота з внутрішньо переміщеними особами, гуманітарна допомога
За рік натуральну допомогу отримали 402 особи з числа ВПО та малозабезпечених мешканців громади. Видано 655 продуктових наборів і 140 комплектів засобів гігієни на загальну суму 512,6 тис. грн.

V. Профілактична робота
Проведено 26 групових заходів (тренінги для батьків, батьківські збори, акція «16 днів проти насильства»), якими охоплено 611 осіб. На «гарячу лінію» Центру надійшло 87 дзвінків.

VI. Порівняння з попереднім роком
У 2022 році соціальними послугами було охоплено 1 104 особи, отже у 2023 році – на 182 особи більше. Кількість сімей під супроводом зросла з 44 до 52.

VII. Завдання на 2024 рік
Охопити соціальним супроводом не менше 55 сімей; забезпечити навчання 100 % фахівців; відкрити консультаційні пункти у старостинських округах № 4 та № 9.

Скарг на дії працівників Центру у 2023 році не надходило.

Директор Центру                                   (підпис)
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Ставищенської селищної ради",
        "centre_type": "css", "settlement": "Ставище", "oblast": "Київська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    })
    f = g.f
    sp = f("staff_positions", "positions", 11, "Штатним розписом передбачено 11 посад")
    sa = f("staff_actual", "staff", 9, "фактично працює 9 фахівців")
    st = f("staff_trained", "staff", 7, "У звітному році підвищили кваліфікацію 7 працівників")
    ap = f("applied", "applications", 214, "до Центру надійшло 214 звернень громадян",
           unit_alt="persons")
    ap2 = f("applied", "applications", 58, "з них 58 – від внутрішньо переміщених осіб",
            category="внутрішньо переміщені особи", parent=ap, unit_alt="persons")
    no = f("notified", "families", 63, "отримано повідомлення про 63 сім'ї")
    na = f("needs_assessed", "families", 71, "Оцінку потреб проведено 71 сім'ї та 19 особам")
    np_ = f("needs_assessed", "persons", 19, "Оцінку потреб проведено 71 сім'ї та 19 особам")
    sj = f("in_difficult_circumstances", "families", 48,
           "складні життєві обставини визначено у 48 сімей")
    sjc = f("in_difficult_circumstances", "children", 97, "у яких виховуються 97 дітей", parent=sj)
    sv = f("served", "persons", 1286, "Усього соціальними послугами охоплено 1 286 осіб")
    sp_ = f("services_provided", "services", 4973, "Надано 4 973 послуги")
    s1 = f("services_provided", "services", 2140, "- інформування – 2 140;", service="informing",
           group="services_4973", parent=sp_)
    s2 = f("services_provided", "services", 1862, "- консультування – 1 862;", service="counselling",
           group="services_4973", parent=sp_)
    s3 = f("services_provided", "services", 517, "- соціальна профілактика – 517;",
           service="social_prevention", group="services_4973", parent=sp_)
    s4 = f("services_provided", "services", 331, "- соціальний супровід сімей у СЖО – 331;",
           service="social_support_sjo", group="services_4973", parent=sp_)
    s5 = f("services_provided", "services", 123, "- представництво інтересів – 123.",
           service="representation", group="services_4973", parent=sp_)
    su = f("served", "families", 52, "Соціальний супровід протягом року здійснювався щодо 52 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
    suc = f("served", "children", 118, "щодо 52 сімей, в яких 118 дітей", service="social_support_sjo",
            alt=["support_ongoing"], parent=su)
    ss = f("support_started", "families", 31, "з них 31 сім'ю взято під супровід у 2023 році",
           service="social_support_sjo", parent=su)
    sc = f("support_completed", "families", 36, "Завершено супровід 36 сімей",
           service="social_support_sjo", parent=su)
    o1 = f("outcome_positive", "families", 27, "з позитивним результатом – 27 (72,2 %)", percent=72.2,
           service="social_support_sjo", group="completed_36", parent=sc)
    o2 = f("outcome_other", "families", 4, "у зв'язку зі зміною місця проживання – 4",
           label="зміна місця проживання", service="social_support_sjo", group="completed_36", parent=sc)
    o3 = f("outcome_other", "families", 3, "за відмовою отримувача – 3", label="відмова отримувача",
           service="social_support_sjo", group="completed_36", parent=sc)
    o4 = f("outcome_other", "families", 2, "з інших причин – 2", label="інші причини",
           service="social_support_sjo", group="completed_36", parent=sc)
    og = f("support_ongoing", "families", 16, "На кінець року під супроводом залишається 16 сімей",
           service="social_support_sjo")
    fo = f("served", "families", 3, "У громаді функціонують 3 прийомні сім'ї та ДБСТ",
           service="social_support_foster",
           note="«усі вони перебували під соціальним супроводженням»: the 3 foster families / ДБСТ were served")
    foc = f("served", "children", 14, "у яких виховується 14 дітей", service="social_support_foster",
            parent=fo)
    nat = f("served", "persons", 402, "натуральну допомогу отримали 402 особи", service="natural_aid")
    av = f("aid_value", "uah", 512600, "на загальну суму 512,6 тис. грн", service="natural_aid")
    ev = f("events", "events", 26, "Проведено 26 групових заходів")
    ep = f("event_participants", "persons", 611, "якими охоплено 611 осіб", parent=ev)
    ca = f("calls", "calls", 87, "На «гарячу лінію» Центру надійшло 87 дзвінків")
    co = f("complaints", "complaints", 0, "Скарг на дії працівників Центру у 2023 році не надходило.")

    g.slip("percent_mismatch", "error", "Завершено супровід 36 сімей: з позитивним результатом – 27 (72,2 %)",
           72.2, 75.0, [o1, sc],
           "27 of the 36 completed families is 75,0 %, not 72,2 % (72,2 % would be 26 of 36)",
           f"pct_ok(p{o1[1:]}, f{o1[1:]}, f{sc[1:]}, 1)")
    g.check("parts_sum", "Надано 4 973 послуги, зокрема:", "2 140 + 1 862 + 517 + 331 + 123 = 4 973",
            f"f{s1[1:]} + f{s2[1:]} + f{s3[1:]} + f{s4[1:]} + f{s5[1:]} == f{sp_[1:]}")
    g.check("parts_sum", "Завершено супровід 36 сімей", "27 + 4 + 3 + 2 = 36",
            f"f{o1[1:]} + f{o2[1:]} + f{o3[1:]} + f{o4[1:]} == f{sc[1:]}")
    g.check("parts_sum", "На кінець року під супроводом залишається 16 сімей",
            "52 under support − 36 completed = 16 remaining; 31 started ≤ 52",
            f"f{su[1:]} - f{sc[1:]} == f{og[1:]} and f{ss[1:]} <= f{su[1:]}")
    g.check("parts_sum", "з них 58 – від внутрішньо переміщених осіб", "58 ≤ 214",
            f"f{ap2[1:]} <= f{ap[1:]}")
    g.check("parts_sum", "складні життєві обставини визначено у 48 сімей",
            "48 families found in СЖО ≤ 71 families assessed",
            f"f{sj[1:]} <= f{na[1:]}")
    g.check("parts_sum", "фактично працює 9 фахівців", "9 ≤ 11 positions; 7 trained ≤ 9",
            f"f{sa[1:]} <= f{sp[1:]} and f{st[1:]} <= f{sa[1:]}")

    g.skip("09401, Київська обл., Білоцерківський р-н, смт Ставище, вул. Героїв Майдану, 14",
           [9401, 14], "postcode, address")
    g.skip("тел. (04564) 0-52-17, e-mail: css.stavyshche@example.ua, код ЄДРПОУ 43817265",
           [4564, 5217, 43817265], "phone, ЄДРПОУ")
    g.skip("Вих. № 01-18/26 від 12.01.2024", [1, 18, 26, 12, 1, 2024], "outgoing number and date")
    g.skip("про діяльність Центру соціальних служб Ставищенської селищної ради за 2023 рік", [2023], "year")
    g.skip("Центр утворено рішенням селищної ради від 17.12.2020 № 112-5-VIII.", [17, 12, 2020, 112, 5],
           "decision date and number")
    g.skip("Центр обслуговує 27 населених пунктів громади, у яких станом на 01.01.2023 проживало 21,4 тис. осіб.",
           [27, 1, 1, 2023, 21400], "settlement count, date, population")
    g.skip("2 тренінги обласного центру соціальних служб", [2], "trainings attended (no §3 id)")
    g.skip("6 повідомлень не підтвердилися", [6], "unconfirmed notifications (no §3 id)")
    g.skip("Середня тривалість супроводу – 5,5 місяця.", [5.5], "duration")
    g.skip("фахівцями здійснено 12 планових відвідувань", [12], "home visits (no §3 id)")
    g.skip("Видано 655 продуктових наборів і 140 комплектів засобів гігієни", [655, 140], "items handed out")
    g.skip("акція «16 днів проти насильства»", [16], "name of a campaign")
    g.skip("У 2022 році соціальними послугами було охоплено 1 104 особи, отже у 2023 році – на 182 особи більше.",
           [2022, 1104, 2023, 182], "prior-year figure and difference (1 286 − 1 104 = 182)")
    g.skip("Кількість сімей під супроводом зросла з 44 до 52.", [44, 52],
           "44 is the 2022 figure; 52 repeats the 2023 fact (comparison, not a new fact)")
    g.skip("Охопити соціальним супроводом не менше 55 сімей; забезпечити навчання 100 % фахівців; відкрити консультаційні пункти у старостинських округах № 4 та № 9.",
           [55, 100, 4, 9], "2024 plan, district numbers")
    g.skip("I. Загальні відомості", [1, 2, 3, 4, 5, 6, 7], "Roman section numbers I.–VII.")

    g.note("windows-1251, CRLF; the reader is expected to decode it")
    g.note("«надійшло 214 звернень громадян» → applied, unit applications (unit_alt persons); the 58 from IDPs hang on it")
    g.note("«складні життєві обставини визначено у 48 сімей» → in_difficult_circumstances with 97 children")
    g.note("«Соціальний супровід протягом року здійснювався щодо 52 сімей» → served (alt support_ongoing), social_support_sjo, 118 children hang on it")
    g.note("the 3 foster families / ДБСТ «перебували під соціальним супроводженням» → served, social_support_foster; the 12 visits are not a §3 figure")
    g.note("«решта перейшли з попереднього року» gives no number (52 − 31 = 21 is not written) → no fact")
    g.note("«Кількість сімей під супроводом зросла з 44 до 52» repeats the 52 as a comparison → skipped, not a second fact")
    g.write()


if __name__ == "__main__":
    main()
