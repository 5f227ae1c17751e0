"""b33_01: ЦСС Хорольської міської ради, annual report 2024. TXT, windows-1251, CRLF."""
from common import Gold, write_text, report_path

DOC = "b33_01_khorol_css_annual2024.txt"

TEXT = """Центр соціальних служб Хорольської міської ради
Лубенського району Полтавської області
37800, м. Хорол, вул. Незалежності, 41, тел. (05362) 0-34-17
код ЄДРПОУ 44381926

Вих. № 01-14/23 від 24.01.2025

                                   ЗВІТ
            про діяльність Центру соціальних служб за 2024 рік

Центр діє відповідно до Положення, затвердженого рішенням 38 сесії Хорольської міської ради 8 скликання від 15.09.2023 № 1472. Територія обслуговування – 79 населених пунктів громади з населенням близько 27,3 тис. осіб.

1. ВИЯВЛЕННЯ СІМЕЙ/ОСІБ У СКЛАДНИХ ЖИТТЄВИХ ОБСТАВИНАХ

Упродовж звітного року до Центру надійшло 214 повідомлень про сім'ї/осіб, які можуть перебувати у складних життєвих обставинах (у 2023 році – 187). Оцінку потреб проведено 198 сім'ям/особам. Складні життєві обставини виявлено у 131 сім'ї/особи, у решти 67 – не підтвердилися.

2. НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ

Соціальними послугами охоплено 1146 сімей/осіб, яким надано 4905 послуг, а саме:
- інформування – 2310 послуг (612 сімей/осіб);
- консультування – 1874 послуги (403 сім'ї/особи);
- соціальна профілактика – 512 послуг;
- представництво інтересів – 37 послуг;
- екстрене (кризове) втручання – 24 послуги (9 сімей/осіб);
- соціальний супровід – 148 послуг.

Спільно з благодійним фондом «Рідна Полтавщина» 118 сім'ям надано натуральну допомогу (видано 260 продуктових наборів та 45 комплектів зимового одягу).

3. СОЦІАЛЬНИЙ СУПРОВІД

Протягом року під соціальним супроводом перебувала 41 сім'я, у якій виховується 96 дітей. Серед них 9 сімей внутрішньо переміщених осіб (24,4 %). Взято під супровід у 2024 році 14 сімей. Середня тривалість супроводу – 6 місяців.

Завершено надання послуги 17 сім'ям:
- з позитивним результатом (СЖО подолано) – 11 (64,7 %);
- мінімізовано СЖО – 4 (23,5 %);
- у зв'язку зі зміною місця проживання – 2 (11,8 %).

Продовжено надання послуги у 2025 році 24 сім'ям.

4. ПРИЙОМНІ СІМ'Ї ТА ДБСТ

У громаді функціонує 3 прийомні сім'ї та 1 дитячий будинок сімейного типу. Соціальним супроводженням охоплено 4 сім'ї, де виховується 14 дітей-сиріт та дітей, позбавлених батьківського піклування.

5. ГРУПОВА ТА ПРОФІЛАКТИЧНА РОБОТА

Проведено 36 групових заходів (тренінги, батьківські збори, години спілкування у закладах освіти), якими охоплено 611 осіб, серед них 258 дітей віком від 10 до 17 років. Тривалість тренінгового заняття – 2 академічні години.
На телефон Центру надійшло 83 дзвінки щодо отримання соціальних послуг.

6. КАДРОВЕ ЗАБЕЗПЕЧЕННЯ

Штатним розписом передбачено 11,5 штатної одиниці, фактично працює 10 працівників, вакантними є 1,5 ставки. Кваліфікацію підвищили 7 фахівців (онлайн-курси НССУ, навчання в Полтавському обласному центрі соціальних служб).

Скарг на діяльність Центру у 2024 році не надходило.

7. ЗАВДАННЯ НА 2025 РІК

Забезпечити проведення оцінки потреб не менше ніж 200 сім'ям/особам, провести 40 групових заходів, укомплектувати штат на 100 %.

Директор центру                              /підпис/
Виконавець: тел. (05362) 0-34-19
"""


def main():
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Хорольської міської ради",
        "centre_type": "css", "settlement": "Хорол", "oblast": "Полтавська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"centre": ["Центр соціальних служб Хорольської міської ради Лубенського району Полтавської області"]})
    f = g.f
    n = f("notified", "families_persons", 214,
          "до Центру надійшло 214 повідомлень про сім'ї/осіб")
    na = f("needs_assessed", "families_persons", 198, "Оцінку потреб проведено 198 сім'ям/особам")
    sj = f("in_difficult_circumstances", "families_persons", 131,
           "Складні життєві обставини виявлено у 131 сім'ї/особи", parent=na)
    sv = f("served", "families_persons", 1146, "Соціальними послугами охоплено 1146 сімей/осіб")
    sp = f("services_provided", "services", 4905, "яким надано 4905 послуг")
    grp = "services_4905_by_service"
    s1 = f("services_provided", "services", 2310, "інформування – 2310 послуг", service="informing", group=grp, parent=sp)
    p1 = f("served", "families_persons", 612, "2310 послуг (612 сімей/осіб)", service="informing", parent=sv)
    s2 = f("services_provided", "services", 1874, "консультування – 1874 послуги", service="counselling", group=grp, parent=sp)
    p2 = f("served", "families_persons", 403, "1874 послуги (403 сім'ї/особи)", service="counselling", parent=sv)
    s3 = f("services_provided", "services", 512, "соціальна профілактика – 512 послуг", service="social_prevention", group=grp, parent=sp)
    s4 = f("services_provided", "services", 37, "представництво інтересів – 37 послуг", service="representation", group=grp, parent=sp)
    s5 = f("services_provided", "services", 24, "екстрене (кризове) втручання – 24 послуги", service="crisis_intervention", group=grp, parent=sp)
    p5 = f("served", "families_persons", 9, "24 послуги (9 сімей/осіб)", service="crisis_intervention", parent=sv)
    s6 = f("services_provided", "services", 148, "соціальний супровід – 148 послуг", service="social_support_sjo", group=grp, parent=sp)
    nat = f("served", "families", 118, "118 сім'ям надано натуральну допомогу", service="natural_aid")
    ss = f("served", "families", 41, "під соціальним супроводом перебувала 41 сім'я",
           service="social_support_sjo", alt=["support_ongoing"])
    ssc = f("served", "children", 96, "у якій виховується 96 дітей", service="social_support_sjo",
            alt=["support_ongoing"], parent=ss)
    idp = f("served", "families", 9, "Серед них 9 сімей внутрішньо переміщених осіб (24,4 %)",
            service="social_support_sjo", percent=24.4, category="внутрішньо переміщені особи",
            alt=["support_ongoing"], parent=ss)
    st = f("support_started", "families", 14, "Взято під супровід у 2024 році 14 сімей",
           service="social_support_sjo", parent=ss,
           note="«у 2024 році» is the report year: a fact")
    sc = f("support_completed", "families", 17, "Завершено надання послуги 17 сім'ям",
           service="social_support_sjo", parent=ss)
    og = "completed_17_by_outcome"
    o1 = f("outcome_positive", "families", 11, "з позитивним результатом (СЖО подолано) – 11 (64,7 %)",
           percent=64.7, service="social_support_sjo", group=og, parent=sc)
    o2 = f("outcome_minimized", "families", 4, "мінімізовано СЖО – 4 (23,5 %)",
           percent=23.5, service="social_support_sjo", group=og, parent=sc)
    o3 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2 (11,8 %)",
           percent=11.8, service="social_support_sjo", label="зміна місця проживання", group=og, parent=sc)
    on = f("support_ongoing", "families", 24, "Продовжено надання послуги у 2025 році 24 сім'ям",
           service="social_support_sjo", parent=ss,
           note="continued into 2025: a 2024 figure (blind18 convention)")
    fo = f("served", "families", 4, "Соціальним супроводженням охоплено 4 сім'ї", service="social_support_foster")
    foc = f("served", "children", 14, "де виховується 14 дітей-сиріт", service="social_support_foster", parent=fo)
    ev = f("events", "events", 36, "Проведено 36 групових заходів")
    ep = f("event_participants", "persons", 611, "якими охоплено 611 осіб", parent=ev)
    epc = f("event_participants", "children", 258, "серед них 258 дітей", parent=ep)
    cl = f("calls", "calls", 83, "На телефон Центру надійшло 83 дзвінки")
    pos = f("staff_positions", "positions", 11.5, "Штатним розписом передбачено 11,5 штатної одиниці")
    act = f("staff_actual", "staff", 10, "фактично працює 10 працівників")
    tr = f("staff_trained", "staff", 7, "Кваліфікацію підвищили 7 фахівців")
    cp = f("complaints", "complaints", 0, "Скарг на діяльність Центру у 2024 році не надходило.")

    g.slip("percent_mismatch", "error", "Серед них 9 сімей внутрішньо переміщених осіб (24,4 %)",
           24.4, 22.0, [idp, ss],
           "9 of the 41 families under support is 21,95 % → 22,0 %; 24,4 % is 10/41 (reachable, so no GRIM finding)",
           f"pct_ok({ 'p' + idp[1:] }, {idp}, {ss}, 1)")

    g.check("parts_sum", "Соціальними послугами охоплено 1146 сімей/осіб, яким надано 4905 послуг, а саме:",
            "2310 + 1874 + 512 + 37 + 24 + 148 = 4905",
            f"{s1} + {s2} + {s3} + {s4} + {s5} + {s6} == {sp}")
    g.check("parts_sum", "Соціальними послугами охоплено 1146 сімей/осіб",
            "each service's recipients ≤ 1146 (612, 403, 9; overlapping, not a partition)",
            f"max({p1}, {p2}, {p5}) <= {sv}")
    g.check("parts_sum", "Складні життєві обставини виявлено у 131 сім'ї/особи, у решти 67 – не підтвердилися.",
            "131 found + 67 not confirmed = 198 assessed; 198 ≤ 214 notified",
            f"{sj} + 67 == {na} and {na} <= {n}")
    g.check("parts_sum", "Завершено надання послуги 17 сім'ям:",
            "11 + 4 + 2 = 17",
            f"{o1} + {o2} + {o3} == {sc}")
    for o in (o1, o2, o3):
        g.check("percent_mismatch", "Завершено надання послуги 17 сім'ям:",
                f"{o}: percent of 17", f"pct_ok(p{o[1:]}, {o}, {sc}, 1)")
    g.check("percents_sum", "з позитивним результатом (СЖО подолано) – 11 (64,7 %)",
            "64,7 + 23,5 + 11,8 = 100,0", f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}], 1)")
    g.check("parts_sum", "Продовжено надання послуги у 2025 році 24 сім'ям.",
            "41 under support = 17 completed + 24 continued", f"{sc} + {on} == {ss}")
    g.check("parts_sum", "Взято під супровід у 2024 році 14 сімей",
            "14 taken ≤ 41; 9 IDP ≤ 41", f"{st} <= {ss} and {idp} <= {ss}")
    g.check("parts_sum", "У громаді функціонує 3 прийомні сім'ї та 1 дитячий будинок сімейного типу.",
            "3 foster families + 1 ДБСТ = 4 families under supervision", f"3 + 1 == {fo}")
    g.check("parts_sum", "якими охоплено 611 осіб, серед них 258 дітей",
            "258 ≤ 611", f"{epc} <= {ep}")
    g.check("parts_sum", "вакантними є 1,5 ставки",
            "11,5 positions − 10 working = 1,5 vacant", f"near({pos} - {act}, 1.5)")

    g.skip("37800, м. Хорол, вул. Незалежності, 41, тел. (05362) 0-34-17", [37800, 41, 5362, 3417], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44381926", [44381926], "ЄДРПОУ")
    g.skip("Вих. № 01-14/23 від 24.01.2025", [1, 14, 23, 24, 1, 2025], "outgoing number and date")
    g.skip("про діяльність Центру соціальних служб за 2024 рік", [2024], "year")
    g.skip("рішенням 38 сесії Хорольської міської ради 8 скликання від 15.09.2023 № 1472", [38, 8, 15, 9, 2023, 1472], "decision number and date")
    g.skip("Територія обслуговування – 79 населених пунктів громади з населенням близько 27,3 тис. осіб.", [79, 27300], "settlement count and population")
    g.skip("(у 2023 році – 187)", [2023, 187], "prior-year figure")
    g.skip("у решти 67 – не підтвердилися", [67], "not confirmed: no §3 id (used as a literal in a check)")
    g.skip("видано 260 продуктових наборів та 45 комплектів зимового одягу", [260, 45], "items handed out")
    g.skip("Середня тривалість супроводу – 6 місяців.", [6], "duration")
    g.skip("У громаді функціонує 3 прийомні сім'ї та 1 дитячий будинок сімейного типу.", [3, 1], "existing family forms, no §3 id (literals in a check)")
    g.skip("258 дітей віком від 10 до 17 років", [10, 17], "ages")
    g.skip("Тривалість тренінгового заняття – 2 академічні години.", [2], "duration")
    g.skip("вакантними є 1,5 ставки", [1.5], "vacancies, no §3 id")
    g.skip("Забезпечити проведення оцінки потреб не менше ніж 200 сім'ям/особам, провести 40 групових заходів, укомплектувати штат на 100 %.", [2025, 200, 40, 100], "2025 plan")
    g.skip("Виконавець: тел. (05362) 0-34-19", [5362, 3419], "phone")
    g.skip("1. ВИЯВЛЕННЯ СІМЕЙ/ОСІБ", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7.")
    g.note("«сім'ї/особи» → unit families_persons throughout; the per-service recipients in brackets overlap (one family gets several services) → parent only, no group")
    g.note("the 9 IDP families carry a wrong percent (planted slip); 24,4 % = 10/41, so only percent_mismatch")
    g.note("«Продовжено надання послуги у 2025 році 24 сім'ям» is a 2024 figure (support_ongoing); 41 = 17 + 24")
    g.note("centre: the title names the raion and oblast after the council; meta_alt keeps the long form")
    g.write()


if __name__ == "__main__":
    main()
