"""b100_01: КУ «ЦНСП» Ралівської сільської ради (Львівська), annual report 2024, DOCX, first person plural."""
import sys
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx, coverage

DOC = "b100_01_ralivka_cnsp_annual2024.docx"


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def para(text, bold=False, center=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    para("Комунальна установа «Центр надання соціальних послуг» Ралівської сільської ради", True, True)
    para("82062, Львівська обл., Самбірський р-н, с. Ралівка, вул. Шевченка, 41, "
         "тел. (03236) 0-47-15, e-mail: cnsp.ralivka@example.ua, код ЄДРПОУ 44012783", center=True)
    para("Вих. № 01-12/38 від 20.01.2025")
    para("ЗВІТ\nпро діяльність КУ «Центр надання соціальних послуг» Ралівської сільської ради за 2024 рік",
         True, True)

    d.add_heading("1. Загальні відомості", level=2)
    para("Наш Центр створено рішенням сесії Ралівської сільської ради від 17.02.2022 № 412 для надання "
         "базових соціальних послуг мешканцям громади. Громада об'єднує 14 населених пунктів, у яких "
         "проживає близько 9,6 тис. осіб, з них майже третина – люди похилого віку.")
    para("Штатним розписом на 2024 рік передбачено 23 посади, фактично у нас працює 21 працівник "
         "(дві посади фахівця із соціальної роботи вакантні). Протягом року 6 фахівців підвищили "
         "кваліфікацію на курсах обласного центру соціальних служб та на онлайн-платформі НССУ.")

    d.add_heading("2. Звернення та оцінка потреб", level=2)
    para("Упродовж 2024 року до нас звернулися 512 мешканців громади (у 2023 році – 468), з них 97 – "
         "внутрішньо переміщені особи (17,9 %). Ми провели оцінку потреб 143 особам і 38 сім'ям; за її "
         "результатами складено індивідуальні плани надання послуг.")

    d.add_heading("3. Надання соціальних послуг", level=2)
    para("Таблиця 1. Отримувачі соціальних послуг та кількість наданих послуг у 2024 році")
    rows = [
        ("№ з/п", "Соціальна послуга", "Отримувачів, сімей/осіб", "Надано послуг"),
        ("1", "Інформування", "298", "611"),
        ("2", "Консультування", "214", "1 487"),
        ("3", "Догляд вдома", "62", "9 846"),
        ("4", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "31", "402"),
        ("5", "Натуральна допомога", "176", "176"),
        ("6", "Соціальне таксі", "18", "54"),
        ("", "Усього", "799", "12 576"),
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    para("Одна особа може отримувати кілька послуг, тому загальна кількість отримувачів у таблиці "
         "більша за кількість тих, хто звернувся.")
    para("Послугу догляду вдома ми надавали 62 особам, з них 41 – особи з інвалідністю. Соціальні "
         "робітники відвідують підопічних від двох до п'яти разів на тиждень, тривалість одного "
         "відвідування – до 4 годин.")
    para("Під соціальним супроводом у нас перебувала 31 сім'я, в яких виховується 58 дітей. Протягом "
         "року взято під супровід 19 сімей, завершено супровід 16 сімей, з них:")
    for s in ("з позитивним результатом – 12 (75,0 %);",
              "мінімізовано складні життєві обставини – 3 (18,8 %);",
              "без результату – 1 (6,3 %)."):
        d.add_paragraph(s, style="List Bullet")
    para("На кінець року під супроводом залишаються 15 сімей.")
    para("Натуральну допомогу отримали 176 отримувачів: ми видали 1 240 продуктових наборів та "
         "наборів засобів гігієни загальною вартістю 743,5 тис. грн, отриманих від благодійних фондів.")

    d.add_heading("4. Профілактична робота", level=2)
    para("Ми провели 24 групові заходи (тренінги, «батьківські школи», інформаційні зустрічі у "
         "старостинських округах), у яких взяли участь 387 осіб. Тривалість одного тренінгу – 2 години.")

    d.add_heading("5. Якість послуг", level=2)
    para("У листопаді 2024 року ми провели анкетування: в ньому взяли участь 86 отримувачів, рівень "
         "задоволеності якістю послуг становить 94,2 %. Скарг на якість послуг у 2024 році не надходило.")

    d.add_heading("6. Фінансування", level=2)
    para("Кошторисом на 2024 рік затверджено 6 318,4 тис. грн, касові видатки склали 6 205,9 тис. грн, "
         "економія – 112,5 тис. грн (переважно за рахунок вакантних посад).")

    d.add_heading("7. Завдання на 2025 рік", level=2)
    para("У 2025 році плануємо запровадити послугу денного догляду для 15 осіб віком від 18 років з "
         "інвалідністю та довести кількість отримувачів догляду вдома до 70 осіб.")
    para("Директор КУ «ЦНСП»                                  ____________")
    save_docx(d, path, author="ЦНСП Ралівка")


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Ралівської сільської ради",
        "centre_type": "cnsp", "settlement": "Ралівка", "oblast": "Львівська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Ралівської сільської ради",
                   "КУ «Центр надання соціальних послуг» Ралівської сільської ради"]})
    f = g.f
    pos = f("staff_positions", "positions", 23, "Штатним розписом на 2024 рік передбачено 23 посади")
    act = f("staff_actual", "staff", 21, "фактично у нас працює 21 працівник")
    trn = f("staff_trained", "staff", 6, "Протягом року 6 фахівців підвищили кваліфікацію")
    ap = f("applied", "persons", 512, "Упродовж 2024 року до нас звернулися 512 мешканців громади")
    ap_idp = f("applied", "persons", 97, "з них 97 – внутрішньо переміщені особи (17,9 %)", percent=17.9,
               category="внутрішньо переміщені особи", parent=ap)
    na1 = f("needs_assessed", "persons", 143, "Ми провели оцінку потреб 143 особам і 38 сім'ям")
    na2 = f("needs_assessed", "families", 38, "Ми провели оцінку потреб 143 особам і 38 сім'ям")
    rows = [("1\tІнформування\t298\t611", "informing", 298, 611),
            ("2\tКонсультування\t214\t1 487", "counselling", 214, 1487),
            ("3\tДогляд вдома\t62\t9 846", "home_care", 62, 9846),
            ("4\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t31\t402", "social_support_sjo", 31, 402),
            ("5\tНатуральна допомога\t176\t176", "natural_aid", 176, 176),
            ("6\tСоціальне таксі\t18\t54", "social_taxi", 18, 54)]
    tq = "Усього\t799\t12 576"
    tot_r = f("served", "families_persons", 799, tq, label="Усього (таблиця 1)")
    tot_s = f("services_provided", "services", 12576, tq, label="Усього (таблиця 1)")
    rr, rs = [], []
    for q, svc, r, s in rows:
        rr.append(f("served", "families_persons", r, q, service=svc, group="t1_recipients", parent=tot_r))
        rs.append(f("services_provided", "services", s, q, service=svc, group="t1_services", parent=tot_s))
    hc = f("served", "persons", 62, "Послугу догляду вдома ми надавали 62 особам", service="home_care",
           note="repeats table row 3 in prose")
    hc_dis = f("served", "persons", 41, "з них 41 – особи з інвалідністю", service="home_care",
               category="особи з інвалідністю", parent=hc)
    sup = f("served", "families", 31, "Під соціальним супроводом у нас перебувала 31 сім'я",
            service="social_support_sjo", alt=["support_ongoing"], note="repeats table row 4 in prose")
    ch = f("served", "children", 58, "в яких виховується 58 дітей", service="social_support_sjo",
           alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 19, "року взято під супровід 19 сімей", service="social_support_sjo",
           parent=sup)
    co = f("support_completed", "families", 16, "завершено супровід 16 сімей", service="social_support_sjo",
           parent=sup)
    o1 = f("outcome_positive", "families", 12, "з позитивним результатом – 12 (75,0 %)", percent=75.0,
           group="completed_16_by_outcome", parent=co)
    o2 = f("outcome_minimized", "families", 3, "мінімізовано складні життєві обставини – 3 (18,8 %)",
           percent=18.8, group="completed_16_by_outcome", parent=co)
    o3 = f("outcome_negative", "families", 1, "без результату – 1 (6,3 %)", percent=6.3,
           group="completed_16_by_outcome", parent=co)
    og = f("support_ongoing", "families", 15, "На кінець року під супроводом залишаються 15 сімей",
           service="social_support_sjo", parent=sup)
    nat = f("served", "recipients", 176, "Натуральну допомогу отримали 176 отримувачів", service="natural_aid",
            unit_alt="persons", note="repeats table row 5 in prose")
    aid = f("aid_value", "uah", 743500, "загальною вартістю 743,5 тис. грн", service="natural_aid")
    ev = f("events", "events", 24, "Ми провели 24 групові заходи")
    evp = f("event_participants", "persons", 387, "у яких взяли участь 387 осіб", parent=ev)
    sr = f("survey_respondents", "recipients", 86, "в ньому взяли участь 86 отримувачів", unit_alt="persons")
    sat = f("satisfaction", "percent", 94.2, "рівень задоволеності якістю послуг становить 94,2 %")
    cm = f("complaints", "complaints", 0, "Скарг на якість послуг у 2024 році не надходило")
    ba = f("budget_approved", "uah", 6318400, "Кошторисом на 2024 рік затверджено 6 318,4 тис. грн")
    bs = f("budget_spent", "uah", 6205900, "касові видатки склали 6 205,9 тис. грн")
    be = f("budget_savings", "uah", 112500, "економія – 112,5 тис. грн")
    n = lambda x: x[1:]

    g.slip("percent_mismatch", "error", "з них 97 – внутрішньо переміщені особи (17,9 %)", 17.9, 18.9,
           [ap_idp, ap], "97 of the 512 who applied: 97/512 = 18,95 % → 18,9 or 19,0; written 17,9",
           f"pct_ok(p{n(ap_idp)}, f{n(ap_idp)}, f{n(ap)}, 1)")
    g.check("table_arithmetic", tq, "298 + 214 + 62 + 31 + 176 + 18 = 799",
            " + ".join(f"f{n(x)}" for x in rr) + f" == f{n(tot_r)}")
    g.check("table_arithmetic", tq, "611 + 1 487 + 9 846 + 402 + 176 + 54 = 12 576",
            " + ".join(f"f{n(x)}" for x in rs) + f" == f{n(tot_s)}")
    g.check("parts_sum", "завершено супровід 16 сімей, з них:", "12 + 3 + 1 = 16",
            f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(co)}")
    g.check("percent_mismatch", "з позитивним результатом – 12 (75,0 %)", "12/16 = 75,0; 3/16 = 18,75 → 18,8; 1/16 = 6,25 → 6,3 (half-up)",
            f"pct_ok(p{n(o1)}, f{n(o1)}, f{n(co)}, 1) and pct_ok(p{n(o2)}, f{n(o2)}, f{n(co)}, 1) and pct_ok(p{n(o3)}, f{n(o3)}, f{n(co)}, 1)")
    g.check("percents_sum", "з позитивним результатом – 12 (75,0 %)", "75,0 + 18,8 + 6,3 = 100,1 within rounding",
            f"psum_ok([p{n(o1)}, p{n(o2)}, p{n(o3)}], 1)")
    g.check("parts_sum", "На кінець року під супроводом залишаються 15 сімей", "31 − 16 completed = 15 remaining",
            f"f{n(sup)} - f{n(co)} == f{n(og)}")
    g.check("parts_sum", "року взято під супровід 19 сімей", "19 taken ≤ 31 under support",
            f"f{n(st)} <= f{n(sup)}")
    g.check("parts_sum", "з них 41 – особи з інвалідністю", "41 ≤ 62", f"f{n(hc_dis)} <= f{n(hc)}")
    g.check("percent_impossible", "рівень задоволеності якістю послуг становить 94,2 %", "81/86 = 94,19 → 94,2",
            f"grim_ok(f{n(sat)}, f{n(sr)}, 1)")
    g.check("table_arithmetic", "економія – 112,5 тис. грн", "6 318,4 − 6 205,9 = 112,5",
            f"f{n(ba)} - f{n(bs)} == f{n(be)}")
    g.check("parts_sum", "фактично у нас працює 21 працівник", "21 working ≤ 23 positions (2 vacant)",
            f"f{n(act)} + 2 == f{n(pos)}")
    g.check("internal_conflict", "Послугу догляду вдома ми надавали 62 особам",
            "prose repeats of table rows agree: 62 home care, 31 support, 176 natural aid",
            f"f{n(hc)} == f{n(rr[2])} and f{n(sup)} == f{n(rr[3])} and f{n(nat)} == f{n(rr[4])}")

    g.skip("82062, Львівська обл., Самбірський р-н, с. Ралівка, вул. Шевченка, 41, тел. (03236) 0-47-15",
           [82062, 41, 3236, 4715], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44012783", [44012783], "ЄДРПОУ")
    g.skip("Вих. № 01-12/38 від 20.01.2025", [1, 12, 38, 20, 1, 2025], "outgoing number and date")
    g.skip("за 2024 рік", [2024], "year")
    g.skip("рішенням сесії Ралівської сільської ради від 17.02.2022 № 412", [17, 2, 2022, 412], "decision date and number")
    g.skip("Громада об'єднує 14 населених пунктів, у яких проживає близько 9,6 тис. осіб", [14, 9600],
           "settlements and population")
    g.skip("(дві посади фахівця із соціальної роботи вакантні)", [2], "vacancies (no §3 id; used as a literal in the staff check)")
    g.skip("(у 2023 році – 468)", [2023, 468], "prior-year figure")
    g.skip("Таблиця 1. Отримувачі соціальних послуг та кількість наданих послуг у 2024 році", [1, 2024], "table number, year")
    g.skip("від двох до п'яти разів на тиждень, тривалість одного відвідування – до 4 годин", [2, 5, 4],
           "visit frequency and duration")
    g.skip("ми видали 1 240 продуктових наборів", [1240], "items (sets), not persons")
    g.skip("Тривалість одного тренінгу – 2 години.", [2], "duration")
    g.skip("У листопаді 2024 року ми провели анкетування", [2024], "survey date")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7. and table row numbers 1–6")
    g.skip("У 2025 році плануємо запровадити послугу денного догляду для 15 осіб віком від 18 років з "
           "інвалідністю та довести кількість отримувачів догляду вдома до 70 осіб.", [2025, 15, 18, 70],
           "plan for 2025, age")
    g.skip("7. Завдання на 2025 рік", [7, 2025], "section heading with the plan year")
    g.note("table 1: every cell is a fact quoted by its row; unit families_persons from the header «сімей/осіб»; "
           "rows hang on the «Усього» cell of the same column (group t1_recipients / t1_services)")
    g.note("prose repeats of table rows (62 home care, 31 families under support, 176 natural aid) are separate facts")
    g.note("«Під соціальним супроводом у нас перебувала 31 сім'я» → served (alt support_ongoing); «залишаються 15 сімей» "
           "at year end → support_ongoing")
    g.note("«86 отримувачів» → recipients (unit_alt persons); «рівень задоволеності 94,2 %» → satisfaction")
    g.note("the 743,5 тис. грн of aid is aid_value (stored 743500); the 1 240 sets are items and skipped")
    g.note("planted slip: 97 of 512 written as 17,9 % (should be 18,9 %)")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    g = gold()
    if "--cov" in sys.argv:
        coverage(g)
    g.write()
