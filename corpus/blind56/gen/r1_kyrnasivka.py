"""b56_01: КУ «ЦНСП» Кирнасівської селищної ради (Вінницька), annual report 2024. DOCX, first person plural."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b56_01_kyrnasivka_cnsp_annual2024.docx"

P = [
 ("h", "ЗВІТ про діяльність комунальної установи «Центр надання соціальних послуг» Кирнасівської селищної ради Тульчинського району Вінницької області за 2024 рік"),
 ("p", "Код ЄДРПОУ 44518207. 23462, смт Кирнасівка, вул. Миру, 14; тел. (04335) 0-27-41, e-mail: cnsp.kyrnasivka@example.ua."),
 ("p", "Установу утворено рішенням 9 сесії Кирнасівської селищної ради 8 скликання від 26.03.2021 № 214. Громада об'єднує 17 населених пунктів, де проживає близько 11,3 тис. мешканців."),
 ("h2", "1. Звернення та оцінка потреб"),
 ("p", "Упродовж 2024 року ми прийняли та опрацювали 538 звернень громадян (у 2023 році – 471, тобто на 67 більше). За результатами звернень фахівці провели оцінку потреб 146 особам, серед них 39 – внутрішньо переміщені особи."),
 ("h2", "2. Надання соціальних послуг"),
 ("p", "Соціальні послуги протягом звітного року отримали 684 особи. Розподіл отримувачів за видами послуг наведено в таблиці 1."),
 ("p", "Таблиця 1. Отримувачі та кількість наданих послуг у 2024 році"),
 ("t", [["№ з/п", "Соціальна послуга", "Отримувачів, осіб", "Надано послуг, од."],
        ["1", "Інформування", "212", "1 046"],
        ["2", "Консультування", "187", "893"],
        ["3", "Догляд вдома", "96", "11 520"],
        ["4", "Денний догляд", "23", "2 760"],
        ["5", "Натуральна допомога", "131", "131"],
        ["6", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "35", "418"],
        ["", "Разом", "684", "16 768"]]),
 ("p", "Догляд вдома ми забезпечуємо 96 особам, з них 71 – громадяни похилого віку (60 років і старші), 25 – особи з інвалідністю I та II груп. Соціальні робітники обслуговують отримувачів у 12 старостинських округах, середня відстань до найвіддаленішого села – 23 км."),
 ("p", "Соціальним супроводом у 2024 році було охоплено 14 сімей (35 осіб), у яких виховується 19 дітей. Під супровід взято 9 сімей. Завершили надання послуги 11 сім'ям, з них з позитивним результатом – 8 сімей (66,7 %), мінімізовано складні життєві обставини у 2 сім'ях, з негативним результатом – 1 сім'я. На 2025 рік продовжено супровід 3 сімей."),
 ("p", "У межах натуральної допомоги 131 особі видали 640 продуктових наборів та 85 комплектів засобів гігієни на загальну суму 412,6 тис. грн (кошти благодійних фондів та селищного бюджету)."),
 ("p", "Ми провели 18 групових заходів (тренінги для батьків, «Батьківська школа», акції до Дня захисту дітей), участь у яких взяли 263 особи."),
 ("h2", "3. Якість послуг"),
 ("p", "У грудні 2024 року ми опитали 118 отримувачів послуг; 109 з них (92,4 %) повністю задоволені якістю послуг. Скарг на роботу установи протягом року не надходило."),
 ("h2", "4. Кадри та фінансування"),
 ("p", "Штатним розписом передбачено 24,5 посади, фактично працює 22 працівники, з них 14 соціальних робітників. Підвищили кваліфікацію 9 фахівців."),
 ("p", "Видатки установи за 2024 рік по загальному фонду склали 9 316,8 тис. грн при затверджених кошторисом 9 540,0 тис. грн. З них на заробітну плату (КЕКВ 2111) – 6 585,4 тис. грн, на нарахування на оплату праці (КЕКВ 2120) – 1 448,8 тис. грн. Залишок невикористаних асигнувань становить 223,2 тис. грн."),
 ("p", "У 2025 році плануємо запровадити послугу паліативного догляду для 10 осіб та облаштувати 2 кімнати для денного перебування."),
 ("p", "Директор (підпис)                    15.01.2025 вих. № 07/02-11"),
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
    for kind, x in P:
        if kind == "h":
            d.add_heading(x, 1)
        elif kind == "h2":
            d.add_heading(x, 2)
        elif kind == "p":
            d.add_paragraph(x)
        else:
            t = d.add_table(rows=len(x), cols=len(x[0])); t.style = "Table Grid"
            for i, row in enumerate(x):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    fix_docx_props(d)
    p = report_path(DOC)
    d.save(p)
    freeze_zip(p)


def gold():
    g = Gold(DOC, {"centre": "Центр надання соціальних послуг Кирнасівської селищної ради",
                   "centre_type": "cnsp", "settlement": "Кирнасівка", "oblast": "Вінницька",
                   "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
             {"centre": ["Комунальна установа «Центр надання соціальних послуг» Кирнасівської селищної ради",
                         "Комунальна установа «Центр надання соціальних послуг» Кирнасівської селищної ради Тульчинського району Вінницької області"]})
    f = g.f
    a = f("applied", "applications", 538, "ми прийняли та опрацювали 538 звернень громадян", unit_alt="persons")
    na = f("needs_assessed", "persons", 146, "фахівці провели оцінку потреб 146 особам")
    f("needs_assessed", "persons", 39, "серед них 39 – внутрішньо переміщені особи", category="внутрішньо переміщені особи", parent=na)
    s = f("served", "persons", 684, "Соціальні послуги протягом звітного року отримали 684 особи")
    tot = f("served", "persons", 684, "\tРазом\t684\t16 768", label="Разом (таблиця 1)")
    tots = f("services_provided", "services", 16768, "\tРазом\t684\t16 768", label="Разом (таблиця 1)")
    rows = [("informing", "1\tІнформування\t212\t1 046", 212, 1046),
            ("counselling", "2\tКонсультування\t187\t893", 187, 893),
            ("home_care", "3\tДогляд вдома\t96\t11 520", 96, 11520),
            ("day_care", "4\tДенний догляд\t23\t2 760", 23, 2760),
            ("natural_aid", "5\tНатуральна допомога\t131\t131", 131, 131),
            ("social_support_sjo", "6\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t35\t418", 35, 418)]
    rid = []
    for sv, q, n, k in rows:
        r1 = f("served", "persons", n, q, service=sv, group="table1_recipients", parent=tot)
        r2 = f("services_provided", "services", k, q, service=sv, group="table1_services", parent=tots)
        rid.append((r1, r2))
    hc = f("served", "persons", 96, "Догляд вдома ми забезпечуємо 96 особам", service="home_care")
    hc1 = f("served", "persons", 71, "з них 71 – громадяни похилого віку", service="home_care", category="громадяни похилого віку", group="home_care_96", parent=hc)
    hc2 = f("served", "persons", 25, "25 – особи з інвалідністю I та II груп", service="home_care", category="особи з інвалідністю", group="home_care_96", parent=hc)
    ss = f("served", "families", 14, "Соціальним супроводом у 2024 році було охоплено 14 сімей (35 осіб)", service="social_support_sjo", alt=["support_ongoing"])
    ssp = f("served", "persons", 35, "Соціальним супроводом у 2024 році було охоплено 14 сімей (35 осіб)", service="social_support_sjo", alt=["support_ongoing"], parent=ss,
            note="members of the 14 families; the same 35 as table row 6")
    ssc = f("served", "children", 19, "у яких виховується 19 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
    st_ = f("support_started", "families", 9, "Під супровід взято 9 сімей", service="social_support_sjo", parent=ss)
    co = f("support_completed", "families", 11, "Завершили надання послуги 11 сім'ям", service="social_support_sjo", parent=ss)
    op = f("outcome_positive", "families", 8, "з позитивним результатом – 8 сімей (66,7 %)", percent=66.7, service="social_support_sjo", group="completed_11_by_outcome", parent=co)
    om = f("outcome_minimized", "families", 2, "мінімізовано складні життєві обставини у 2 сім'ях", service="social_support_sjo", group="completed_11_by_outcome", parent=co)
    on = f("outcome_negative", "families", 1, "з негативним результатом – 1 сім'я", service="social_support_sjo", group="completed_11_by_outcome", parent=co)
    og = f("support_ongoing", "families", 3, "На 2025 рік продовжено супровід 3 сімей", service="social_support_sjo", parent=ss,
           note="a 2024 figure (families carried into 2025)")
    nat = f("served", "persons", 131, "У межах натуральної допомоги 131 особі видали", service="natural_aid")
    av = f("aid_value", "uah", 412600, "на загальну суму 412,6 тис. грн", service="natural_aid")
    ev = f("events", "events", 18, "Ми провели 18 групових заходів")
    f("event_participants", "persons", 263, "участь у яких взяли 263 особи", parent=ev)
    sr = f("survey_respondents", "recipients", 118, "ми опитали 118 отримувачів послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 92.4, "109 з них (92,4 %) повністю задоволені якістю послуг", alt=["share"],
            note="the count 109 has no §3 id; it is used as a literal in the percent check")
    f("complaints", "complaints", 0, "Скарг на роботу установи протягом року не надходило")
    sp = f("staff_positions", "positions", 24.5, "Штатним розписом передбачено 24,5 посади")
    sa = f("staff_actual", "staff", 22, "фактично працює 22 працівники")
    f("staff_actual", "staff", 14, "з них 14 соціальних робітників", label="соціальні робітники", parent=sa)
    f("staff_trained", "staff", 9, "Підвищили кваліфікацію 9 фахівців")
    bs = f("budget_spent", "uah", 9316800, "Видатки установи за 2024 рік по загальному фонду склали 9 316,8 тис. грн", label="загальний фонд")
    ba = f("budget_approved", "uah", 9540000, "при затверджених кошторисом 9 540,0 тис. грн", label="загальний фонд")
    b1 = f("budget_spent", "uah", 6585400, "на заробітну плату (КЕКВ 2111) – 6 585,4 тис. грн", kekv="2111", parent=bs)
    b2 = f("budget_spent", "uah", 1448800, "на нарахування на оплату праці (КЕКВ 2120) – 1 448,8 тис. грн", kekv="2120", parent=bs)
    sv = f("budget_savings", "uah", 223200, "Залишок невикористаних асигнувань становить 223,2 тис. грн", label="загальний фонд")

    g.slip("percent_mismatch", "error", "з позитивним результатом – 8 сімей (66,7 %)", 66.7, 72.7, [op, co],
           "8 of the 11 families whose support was completed is 72,7 %; 66,7 % would be 8 of 12", "pct_ok(p%s, f%s, f%s, 1)" % (op[1:], op[1:], co[1:]))
    ids = lambda xs: " + ".join("f" + x[1:] for x in xs)
    g.check("table_arithmetic", "\tРазом\t684\t16 768", "212 + 187 + 96 + 23 + 131 + 35 = 684", f"{ids([r[0] for r in rid])} == f{tot[1:]}")
    g.check("table_arithmetic", "\tРазом\t684\t16 768", "1 046 + 893 + 11 520 + 2 760 + 131 + 418 = 16 768", f"{ids([r[1] for r in rid])} == f{tots[1:]}")
    g.check("internal_conflict", "Соціальні послуги протягом звітного року отримали 684 особи", "prose 684 = table total 684; prose 96 home care = row 3; prose 131 natural aid = row 5; 35 persons under support = row 6",
            f"f{s[1:]} == f{tot[1:]} and f{hc[1:]} == f{rid[2][0][1:]} and f{nat[1:]} == f{rid[4][0][1:]} and f{ssp[1:]} == f{rid[5][0][1:]}")
    g.check("parts_sum", "з них 71 – громадяни похилого віку", "71 + 25 = 96", f"f{hc1[1:]} + f{hc2[1:]} == f{hc[1:]}")
    g.check("parts_sum", "Завершили надання послуги 11 сім'ям", "8 + 2 + 1 = 11 completed", f"f{op[1:]} + f{om[1:]} + f{on[1:]} == f{co[1:]}")
    g.check("parts_sum", "На 2025 рік продовжено супровід 3 сімей", "14 served − 11 completed = 3 continued; 9 taken ≤ 14", f"f{ss[1:]} - f{co[1:]} == f{og[1:]} and f{st_[1:]} <= f{ss[1:]}")
    g.check("parts_sum", "серед них 39 – внутрішньо переміщені особи", "39 ≤ 146 ≤ 538", f"f{int(na[1:])+1} <= f{na[1:]} <= f{a[1:]}")
    g.check("percent_mismatch", "109 з них (92,4 %)", "109 / 118 = 92,37 % → 92,4", f"pct_ok(f{sat[1:]}, 109, f{sr[1:]}, 1)")
    g.check("parts_sum", "З них на заробітну плату (КЕКВ 2111)", "6 585,4 + 1 448,8 = 8 034,2 ≤ 9 316,8 (the two KEKV lines are a part, not a partition)", f"f{b1[1:]} + f{b2[1:]} <= f{bs[1:]}")
    g.check("table_arithmetic", "Залишок невикористаних асигнувань становить 223,2 тис. грн", "9 540,0 − 9 316,8 = 223,2", f"f{ba[1:]} - f{bs[1:]} == f{sv[1:]}")
    g.check("parts_sum", "фактично працює 22 працівники", "14 ≤ 22 ≤ 24,5", f"f{int(sa[1:])+1} <= f{sa[1:]} <= f{sp[1:]}")

    g.skip("Код ЄДРПОУ 44518207. 23462, смт Кирнасівка, вул. Миру, 14; тел. (04335) 0-27-41", [44518207, 23462, 14, 4335, 2741], "ЄДРПОУ, postcode, address, phone")
    g.skip("рішенням 9 сесії Кирнасівської селищної ради 8 скликання від 26.03.2021 № 214", [9, 8, 26, 3, 2021, 214], "decision")
    g.skip("Громада об'єднує 17 населених пунктів, де проживає близько 11,3 тис. мешканців", [17, 11300], "settlement and population counts")
    g.skip("(у 2023 році – 471, тобто на 67 більше)", [2023, 471, 67], "prior-year figure and difference")
    g.skip("Таблиця 1. Отримувачі та кількість наданих послуг у 2024 році", [1, 2024], "table number, year; row numbers 1–6 of the table")
    g.skip("(60 років і старші)", [60], "age")
    g.skip("особи з інвалідністю I та II груп", ["I", "II"], "disability groups")
    g.skip("у 12 старостинських округах, середня відстань до найвіддаленішого села – 23 км", [12, 23], "starosta districts, distance")
    g.skip("640 продуктових наборів та 85 комплектів засобів гігієни", [640, 85], "items handed out")
    g.skip("109 з них (92,4 %)", [109], "count of satisfied respondents: no §3 id; literal in the percent check")
    g.skip("У 2025 році плануємо запровадити послугу паліативного догляду для 10 осіб та облаштувати 2 кімнати", [2025, 10, 2], "plan")
    g.skip("15.01.2025 вих. № 07/02-11", [15, 1, 2025, 7, 2, 11], "date and outgoing number")
    g.skip("1. Звернення та оцінка потреб", [1, 2, 3, 4], "section numbers")
    g.note("table 1: every cell is a fact quoted by its row; rows hang on the Разом cells. Prose repeats (684, 96, 131, 35) are separate facts")
    g.note("«Завершили надання послуги 11 сім'ям» → support_completed; outcomes as a group under it; «продовжено супровід 3 сімей» on 2025 → support_ongoing (a 2024 figure)")
    g.note("the KEKV 2111/2120 lines are parts of the 9 316,8 spent but do not exhaust it (no parts_sum partition)")
    g.note("«звернень» → applied, unit applications (alt persons)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
