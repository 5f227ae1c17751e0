"""b83_01: ЦСС Глинянської міської ради (Львівська), annual report 2024. TXT, windows-1251, CRLF.
First person plural. Slip: percent_mismatch (96 IDPs of 538 written as 18,7 %, is 17,8 %)."""
from common import Gold, report_path, write_text

DOC = "b83_01_hlyniany_css_annual2024.txt"

TEXT = """ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ГЛИНЯНСЬКОЇ МІСЬКОЇ РАДИ
80720, Львівська обл., Золочівський р-н, м. Глиняни, вул. Шевченка, 14
тел. (03265) 0-41-37, e-mail: css.hlyniany@example.ua, код ЄДРПОУ 44173608

Вих. № 01-12/58 від 21.01.2025

                              ЗВІТ
          про діяльність Центру соціальних служб за 2024 рік

Центр утворено рішенням Глинянської міської ради від 17.12.2020 № 86. Ми обслуговуємо
29 населених пунктів громади, де проживає близько 14,2 тис. мешканців.

1. ЗАГАЛЬНІ ПОКАЗНИКИ
Упродовж 2024 року до нас звернулися 612 осіб (у 2023 році – 574). Оцінку потреб ми
провели для 143 сімей/осіб. Соціальними послугами охопили 538 осіб, з них 96 – внутрішньо
переміщені особи (18,7 %), 41 – особи з інвалідністю.
Загалом фахівці надали 4 117 соціальних послуг, зокрема:
  - інформування – 1 906;
  - консультування – 1 482;
  - соціальний супровід сімей у СЖО – 611;
  - представництво інтересів – 118.

2. СІМ'Ї У СКЛАДНИХ ЖИТТЄВИХ ОБСТАВИНАХ
Нам надійшли повідомлення про 80 сімей, щодо 9 з них обставини не підтвердилися.
Складні життєві обставини виявили у 71 сім'ї.
Під соціальним супроводом протягом року перебувало 34 сім'ї, у яких виховується
79 дітей; з них 15 сімей ми взяли під супровід у 2024 році.
Завершили супровід 19 сімей:
  - з позитивним результатом – 13 (68,4 %);
  - з мінімізацією СЖО – 4 (21,1 %);
  - у зв'язку зі зміною місця проживання – 2 (10,5 %).
Продовжено надання послуги у 2025 році 15 сім'ям.
Соціальний супровід прийомних сімей і ДБСТ отримували 4 сім'ї, у яких виховуються
14 дітей.

3. ГРУПОВА РОБОТА
Ми провели 46 групових заходів (тренінги, батьківські клуби, «Школа відповідального
батьківства»), якими охопили 523 учасники. Тривалість одного заняття – 1,5 год.
Вуличну соціальну роботу проводили двічі на місяць у 6 старостинських округах.

4. КАДРИ
Штатним розписом передбачено 9 посад, фактично працює 8 фахівців. Протягом року
6 працівників підвищили кваліфікацію (по 72 години навчання на кожного).

5. ЯКІСТЬ ПОСЛУГ
У листопаді 2024 року ми провели анкетування отримувачів, у ньому взяли участь
112 осіб. 92,9 % опитаних задоволені якістю послуг. Скарг протягом року не надходило.

6. ФІНАНСУВАННЯ
Кошторисом на 2024 рік затверджено 3 486,2 тис. грн, касові видатки склали
3 411,7 тис. грн, у тому числі на оплату праці з нарахуваннями – 2 905,3 тис. грн.
Економія – 74,5 тис. грн.

7. ЗАВДАННЯ НА 2025 РІК
Запровадити послугу посередництва (медіації), охопити нею не менше 20 сімей;
відкрити 2 консультаційні пункти у старостинських округах; провести оцінку потреб
громади у соціальних послугах до 01.10.2025.

Директор центру                                                  (підпис)
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Глинянської міської ради",
        "centre_type": "css", "settlement": "Глиняни", "oblast": "Львівська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    apl = g.f("applied", "persons", 612, "до нас звернулися 612 осіб")
    g.f("needs_assessed", "families_persons", 143, "провели для 143 сімей/осіб")
    s = g.f("served", "persons", 538, "Соціальними послугами охопили 538 осіб")
    vpo = g.f("served", "persons", 96, "з них 96 – внутрішньо", percent=18.7,
              category="внутрішньо переміщені особи", parent=s)
    inv = g.f("served", "persons", 41, "41 – особи з інвалідністю", category="особи з інвалідністю",
              parent=s)
    sp = g.f("services_provided", "services", 4117, "Загалом фахівці надали 4 117 соціальних послуг")
    grp = "services_4117_by_service"
    a = g.f("services_provided", "services", 1906, "інформування – 1 906", service="informing",
            group=grp, parent=sp)
    b = g.f("services_provided", "services", 1482, "консультування – 1 482", service="counselling",
            group=grp, parent=sp)
    c = g.f("services_provided", "services", 611, "соціальний супровід сімей у СЖО – 611",
            service="social_support_sjo", group=grp, parent=sp)
    d = g.f("services_provided", "services", 118, "представництво інтересів – 118",
            service="representation", group=grp, parent=sp)
    nt = g.f("notified", "families", 80, "Нам надійшли повідомлення про 80 сімей")
    sjo = g.f("in_difficult_circumstances", "families", 71, "Складні життєві обставини виявили у 71 сім'ї")
    sup = g.f("served", "families", 34, "Під соціальним супроводом протягом року перебувало 34 сім'ї",
              service="social_support_sjo", alt=["support_ongoing"])
    ch = g.f("served", "children", 79, "у яких виховується\n79 дітей", service="social_support_sjo",
             alt=["support_ongoing"], parent=sup)
    st = g.f("support_started", "families", 15, "з них 15 сімей ми взяли під супровід у 2024 році",
             service="social_support_sjo", parent=sup)
    comp = g.f("support_completed", "families", 19, "Завершили супровід 19 сімей",
               service="social_support_sjo", parent=sup)
    og = "completed_19_by_outcome"
    o1 = g.f("outcome_positive", "families", 13, "з позитивним результатом – 13 (68,4 %)", percent=68.4,
             group=og, parent=comp)
    o2 = g.f("outcome_minimized", "families", 4, "з мінімізацією СЖО – 4 (21,1 %)", percent=21.1,
             group=og, parent=comp)
    o3 = g.f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2 (10,5 %)",
             percent=10.5, label="зміна місця проживання", group=og, parent=comp)
    cont = g.f("support_ongoing", "families", 15, "Продовжено надання послуги у 2025 році 15 сім'ям",
               service="social_support_sjo", parent=sup)
    fos = g.f("served", "families", 4, "Соціальний супровід прийомних сімей і ДБСТ отримували 4 сім'ї",
              service="social_support_foster")
    g.f("served", "children", 14, "у яких виховуються\n14 дітей", service="social_support_foster",
        parent=fos)
    ev = g.f("events", "events", 46, "Ми провели 46 групових заходів")
    g.f("event_participants", "persons", 523, "якими охопили 523 учасники", parent=ev)
    pos = g.f("staff_positions", "positions", 9, "Штатним розписом передбачено 9 посад")
    act = g.f("staff_actual", "staff", 8, "фактично працює 8 фахівців")
    tr = g.f("staff_trained", "staff", 6, "6 працівників підвищили кваліфікацію")
    sv = g.f("survey_respondents", "persons", 112, "у ньому взяли участь\n112 осіб")
    sat = g.f("satisfaction", "percent", 92.9, "92,9 % опитаних задоволені якістю послуг",
              label="задоволені якістю послуг")
    g.f("complaints", "complaints", 0, "Скарг протягом року не надходило.")
    ap = g.f("budget_approved", "uah", 3486200, "Кошторисом на 2024 рік затверджено 3 486,2 тис. грн")
    bs = g.f("budget_spent", "uah", 3411700, "касові видатки склали\n3 411,7 тис. грн")
    bw = g.f("budget_spent", "uah", 2905300, "на оплату праці з нарахуваннями – 2 905,3 тис. грн",
             label="оплата праці з нарахуваннями", parent=bs)
    ec = g.f("budget_savings", "uah", 74500, "Економія – 74,5 тис. грн.")

    def n(x):
        return x[1:]
    g.slip("percent_mismatch", "error", "з них 96 – внутрішньо\nпереміщені особи (18,7 %)", 18.7, 17.8,
           [vpo, s], "96 of the 538 persons served: 96/538 = 17,84 % → 17,8 %, written 18,7 % "
           "(digits swapped). 18,7 % is not reachable from 96 with any of the other counts in the paragraph "
           "(96/612 = 15,7 %).", f"pct_ok(p{n(vpo)}, f{n(vpo)}, f{n(s)}, 1)")
    g.check("parts_sum", "Загалом фахівці надали 4 117 соціальних послуг, зокрема:",
            "1 906 + 1 482 + 611 + 118 = 4 117", f"f{n(a)} + f{n(b)} + f{n(c)} + f{n(d)} == f{n(sp)}")
    g.check("parts_sum", "Соціальними послугами охопили 538 осіб",
            "96 IDPs + 41 disabled ≤ 538 (overlapping categories); 538 served ≤ 612 applied",
            f"f{n(vpo)} + f{n(inv)} <= f{n(s)} <= f{n(apl)}")
    g.check("parts_sum", "щодо 9 з них обставини не підтвердилися",
            "80 notified − 9 not confirmed = 71 found in СЖО (9 is a literal, no §3 id)",
            f"f{n(nt)} - 9 == f{n(sjo)}")
    g.check("parts_sum", "Завершили супровід 19 сімей:", "13 + 4 + 2 = 19 completed",
            f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(comp)}")
    g.check("percent_mismatch", "з позитивним результатом – 13 (68,4 %)",
            "13/19 = 68,42 → 68,4; 4/19 = 21,05 → 21,1; 2/19 = 10,53 → 10,5",
            f"pct_ok(p{n(o1)}, f{n(o1)}, f{n(comp)}, 1) and pct_ok(p{n(o2)}, f{n(o2)}, f{n(comp)}, 1) "
            f"and pct_ok(p{n(o3)}, f{n(o3)}, f{n(comp)}, 1)")
    g.check("percents_sum", "з позитивним результатом – 13 (68,4 %)", "68,4 + 21,1 + 10,5 = 100,0",
            f"psum_ok([p{n(o1)}, p{n(o2)}, p{n(o3)}], 1)")
    g.check("parts_sum", "Продовжено надання послуги у 2025 році 15 сім'ям",
            "19 completed + 15 continued = 34 under support; 15 taken ≤ 34", 
            f"f{n(comp)} + f{n(cont)} == f{n(sup)} and f{n(st)} <= f{n(sup)}")
    g.check("percent_impossible", "92,9 % опитаних задоволені якістю послуг", "104/112 = 92,86 → 92,9",
            f"grim_ok(f{n(sat)}, f{n(sv)}, 1)")
    g.check("parts_sum", "фактично працює 8 фахівців", "8 ≤ 9 positions; 6 trained ≤ 8",
            f"f{n(act)} <= f{n(pos)} and f{n(tr)} <= f{n(act)}")
    g.check("table_arithmetic", "Економія – 74,5 тис. грн.", "3 486,2 − 3 411,7 = 74,5 тис. грн; wages 2 905,3 ≤ 3 411,7",
            f"f{n(ap)} - f{n(bs)} == f{n(ec)} and f{n(bw)} <= f{n(bs)}")
    g.skip("80720, Львівська обл., Золочівський р-н, м. Глиняни, вул. Шевченка, 14", [80720, 14],
           "postcode, address")
    g.skip("тел. (03265) 0-41-37, e-mail: css.hlyniany@example.ua, код ЄДРПОУ 44173608",
           [3265, 4137, 44173608], "phone, ЄДРПОУ")
    g.skip("Вих. № 01-12/58 від 21.01.2025", [1, 12, 58, 21, 1, 2025], "outgoing number and date")
    g.skip("про діяльність Центру соціальних служб за 2024 рік", [2024], "year")
    g.skip("рішенням Глинянської міської ради від 17.12.2020 № 86", [17, 12, 2020, 86], "decision date and number")
    g.skip("29 населених пунктів громади, де проживає близько 14,2 тис. мешканців", [29, 14200],
           "settlement count, population")
    g.skip("(у 2023 році – 574)", [2023, 574], "prior-year figure")
    g.skip("з них 15 сімей ми взяли під супровід у 2024 році", [2024], "year (the 15 is a fact)")
    g.skip("Продовжено надання послуги у 2025 році", [2025], "year (the 15 is a fact)")
    g.skip("щодо 9 з них обставини не підтвердилися", [9], "not confirmed: no §3 id (used as a literal in a check)")
    g.skip("Тривалість одного заняття – 1,5 год.", [1.5], "duration")
    g.skip("двічі на місяць у 6 старостинських округах", [2, 6], "frequency, number of districts")
    g.skip("(по 72 години навчання на кожного)", [72], "hours of training")
    g.skip("У листопаді 2024 року", [2024], "date of the survey")
    g.skip("Кошторисом на 2024 рік", [2024], "year")
    g.skip("охопити нею не менше 20 сімей", [2025, 20, 2, 1, 10, 2025], "2025 plan and deadline")
    g.skip("1. ЗАГАЛЬНІ ПОКАЗНИКИ", [1, 2, 3, 4, 5, 6, 7], "section numbers")
    g.note("served 538 with two overlapping «з них» categories (IDPs, disabled) → parent_id only, no group")
    g.note("«Під соціальним супроводом … перебувало 34 сім'ї» → served (alt support_ongoing); "
           "«взяли під супровід у 2024 році» → support_started; «Продовжено … у 2025 році» → support_ongoing")
    g.note("the 92,9 % is written without a count → a standalone satisfaction fact; its GRIM check uses the 112 respondents")
    g.note("budget written without KEKV codes → no kekv")
    g.write()


if __name__ == "__main__":
    main()
