"""b114_01: КУ «ЦНСП» Лівинецької сільської ради (Чернівецька), annual report 2023. DOCX, first person plural."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, read_text, save_docx, uncovered

NAME = "b114_01_livyntsi_cnsp_annual2023.docx"

P = []  # (kind, text) in document order, kept for the gold quotes


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)

    def para(text, bold=False, center=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    para("Комунальна установа «Центр надання соціальних послуг» Лівинецької сільської ради "
         "Дністровського району Чернівецької області", bold=True, center=True)
    para("60243, Чернівецька обл., Дністровський р-н, с. Лівинці, вул. Центральна, 14; "
         "тел. (03731) 0-41-27; e-mail: cnsp.livyntsi@example.ua; код ЄДРПОУ 44318265", center=True)
    para("ЗВІТ", bold=True, center=True)
    para("про діяльність Центру надання соціальних послуг за 2023 рік", bold=True, center=True)

    d.add_heading("1. Загальні відомості", level=2)
    para("Центр утворено рішенням 3 сесії Лівинецької сільської ради VIII скликання від 24.12.2020 "
         "№ 27-3/2020. Ми обслуговуємо 11 населених пунктів громади, у яких проживає близько 14,2 тис. "
         "мешканців, з них понад 3 тисячі – люди старші 60 років.")
    para("Станом на 31.12.2023 штатним розписом Центру передбачено 31,5 штатної одиниці, фактично у нас "
         "працюють 28 працівників, дві вакансії соціального робітника залишаються незаповненими. "
         "Протягом року 9 фахівців підвищили кваліфікацію, з них 4 – на базі Чернівецького обласного "
         "центру соціальних служб.")

    d.add_heading("2. Звернення, виявлення та оцінка потреб", level=2)
    para("За 2023 рік до нас звернулися 642 особи (у 2022 році – 588). Ще про 19 сімей з дітьми, які "
         "можуть перебувати у складних життєвих обставинах, ми отримали повідомлення від закладів "
         "освіти, поліції та старост.")
    para("Оцінку потреб ми провели 214 сім'ям/особам. За її результатами 37 сімей визнано такими, що "
         "перебувають у складних життєвих обставинах; решті надано разові консультації або їх "
         "скеровано до інших надавачів.")

    d.add_heading("3. Надання соціальних послуг", level=2)
    para("Послугами Центру у 2023 році скористалися 517 жителів громади (без повторного врахування). "
         "Оскільки одна людина часто отримує кілька послуг, у таблиці 1 кожного отримувача враховано "
         "за кожною послугою окремо.")
    para("Таблиця 1. Отримувачі та кількість наданих соціальних послуг у 2023 році")
    rows = [
        ["№ з/п", "Соціальна послуга", "Отримувачів (сімей/осіб)", "Надано послуг"],
        ["1", "Інформування", "412", "1 036"],
        ["2", "Консультування", "386", "1 274"],
        ["3", "Догляд вдома", "96", "14 880"],
        ["4", "Денний догляд", "24", "2 112"],
        ["5", "Натуральна допомога", "158", "158"],
        ["6", "Соціальний супровід сімей (осіб) у СЖО", "29", "611"],
        ["Разом", "", "1 105", "20 071"],
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    t.cell(7, 0).merge(t.cell(7, 1))
    para("Загалом протягом звітного року ми надали 20 071 соціальну послугу.")

    para("Догляд вдома. Послугу догляду вдома отримували 96 осіб, серед них 61 особа з "
         "інвалідністю та 12 внутрішньо переміщених осіб. Середній вік наших підопічних – 78 років, "
         "одна соціальна робітниця обслуговує в середньому 8 осіб.")
    para("Натуральна допомога. Продуктові та гігієнічні набори (всього 310 наборів) отримали 158 осіб "
         "на загальну суму 186,4 тис. грн, кошти надійшли від благодійних фондів.")
    para("Соціальний супровід. Під соціальним супроводом протягом року перебувало 29 сімей, у яких "
         "виховується 58 дітей. Із них 17 сімей ми взяли під супровід у 2023 році, решта перейшли з "
         "попереднього року. Завершили супровід 14 сімей: з позитивним результатом – 9, у зв'язку зі "
         "зміною місця проживання – 2, через відмову сім'ї від послуги – 2. Ще 15 сімей продовжують "
         "отримувати послугу у 2024 році.")

    d.add_heading("4. Профілактична робота та якість послуг", level=2)
    para("Провели 23 групові заходи (тренінги, «Школа турботи», інформаційні зустрічі в 7 старостинських "
         "округах), у яких взяли участь 347 осіб.")
    para("У грудні 2023 року ми опитали 85 отримувачів послуг. Задоволені якістю послуг 95,3 % опитаних "
         "(81 особа). Письмових скарг за рік надійшло дві, обидві розглянуто у встановлений законом "
         "строк, одну визнано обґрунтованою.")

    d.add_heading("5. Фінансування", level=2)
    para("Видатки Центру у 2023 році склали 7 418,6 тис. грн при затверджених кошторисом 7 652,0 тис. "
         "грн; економія – 233,4 тис. грн (переважно за рахунок лікарняних і вакансій).")

    d.add_heading("6. Завдання на 2024 рік", level=2)
    para("У 2024 році плануємо запровадити послугу підтриманого проживання для 6 осіб, відкрити 2 пункти "
         "денного перебування та довести охоплення послугою догляду вдома до 110 осіб.")
    para("Директор Центру                                            (підпис)")
    para("Вих. № 14/02-07 від 19.01.2024")
    save_docx(d, report_path(NAME), author="ЦНСП Лівинецької сільської ради")


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Лівинецької сільської ради",
        "centre_type": "cnsp", "settlement": "Лівинці", "oblast": "Чернівецька",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Лівинецької сільської ради Дністровського району Чернівецької області",
        "Комунальна установа «Центр надання соціальних послуг» Лівинецької сільської ради",
        "КУ «Центр надання соціальних послуг» Лівинецької сільської ради"]})
    F = g.f
    pos = F("staff_positions", "positions", 31.5, "штатним розписом Центру передбачено 31,5 штатної одиниці")
    act = F("staff_actual", "staff", 28, "фактично у нас працюють 28 працівників")
    tr = F("staff_trained", "staff", 9, "Протягом року 9 фахівців підвищили кваліфікацію")
    tr4 = F("staff_trained", "staff", 4, "з них 4 – на базі Чернівецького обласного центру соціальних служб",
            label="на базі обласного центру соціальних служб", parent=tr)
    app = F("applied", "persons", 642, "За 2023 рік до нас звернулися 642 особи")
    ntf = F("notified", "families", 19, "Ще про 19 сімей з дітьми, які можуть перебувати у складних "
            "життєвих обставинах, ми отримали повідомлення")
    na = F("needs_assessed", "families_persons", 214, "Оцінку потреб ми провели 214 сім'ям/особам")
    sjo = F("in_difficult_circumstances", "families", 37, "37 сімей визнано такими, що перебувають у "
            "складних життєвих обставинах", parent=na)
    srv = F("served", "persons", 517, "Послугами Центру у 2023 році скористалися 517 жителів громади",
            note="unique persons (без повторного врахування); the table counts each person per service")
    # table 1
    tot_r = F("served", "families_persons", 1105, "Разом\t1 105\t20 071",
              label="Разом (з повторним врахуванням)")
    tot_s = F("services_provided", "services", 20071, "Разом\t1 105\t20 071")
    tab = [("informing", "Інформування", 412, 1036, "1\tІнформування\t412\t1 036"),
           ("counselling", "Консультування", 386, 1274, "2\tКонсультування\t386\t1 274"),
           ("home_care", "Догляд вдома", 96, 14880, "3\tДогляд вдома\t96\t14 880"),
           ("day_care", "Денний догляд", 24, 2112, "4\tДенний догляд\t24\t2 112"),
           ("natural_aid", "Натуральна допомога", 158, 158, "5\tНатуральна допомога\t158\t158"),
           ("social_support_sjo", "Соціальний супровід", 29, 611,
            "6\tСоціальний супровід сімей (осіб) у СЖО\t29\t611")]
    rid, sid = [], []
    for svc, lab, r, s, q in tab:
        rid.append(F("served", "families_persons", r, q, service=svc, group="t1_recipients", parent=tot_r))
        sid.append(F("services_provided", "services", s, q, service=svc, group="t1_services", parent=tot_s))
    sp2 = F("services_provided", "services", 20071, "Загалом протягом звітного року ми надали 20 071 "
            "соціальну послугу", note="the table total written again in prose: a second fact")
    hc = F("served", "persons", 96, "Послугу догляду вдома отримували 96 осіб", service="home_care",
           note="table row 3 written again in prose")
    hc1 = F("served", "persons", 61, "серед них 61 особа з інвалідністю", service="home_care",
            category="особи з інвалідністю", parent=hc)
    hc2 = F("served", "persons", 12, "12 внутрішньо переміщених осіб", service="home_care",
            category="внутрішньо переміщені особи", parent=hc)
    na2 = F("served", "persons", 158, "(всього 310 наборів) отримали 158 осіб", service="natural_aid",
            note="table row 5 written again in prose")
    aid = F("aid_value", "uah", 186400, "на загальну суму 186,4 тис. грн", service="natural_aid")
    sup = F("served", "families", 29, "Під соціальним супроводом протягом року перебувало 29 сімей",
            service="social_support_sjo", alt=["support_ongoing"])
    supc = F("served", "children", 58, "у яких виховується 58 дітей", service="social_support_sjo",
             alt=["support_ongoing"], parent=sup)
    st = F("support_started", "families", 17, "Із них 17 сімей ми взяли під супровід у 2023 році",
           service="social_support_sjo", parent=sup)
    cp = F("support_completed", "families", 14, "Завершили супровід 14 сімей", service="social_support_sjo",
           parent=sup)
    o1 = F("outcome_positive", "families", 9, "з позитивним результатом – 9", group="completed_14_by_result",
           parent=cp)
    o2 = F("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2",
           label="зміна місця проживання", group="completed_14_by_result", parent=cp)
    o3 = F("outcome_other", "families", 2, "через відмову сім'ї від послуги – 2", label="відмова сім'ї від послуги",
           group="completed_14_by_result", parent=cp)
    og = F("support_ongoing", "families", 15, "Ще 15 сімей продовжують отримувати послугу у 2024 році",
           service="social_support_sjo", parent=sup,
           note="a 2023 figure (families continuing into 2024), as «продовжено у 2024 році» in blind18")
    ev = F("events", "events", 23, "Провели 23 групові заходи")
    evp = F("event_participants", "persons", 347, "у яких взяли участь 347 осіб", parent=ev)
    sv = F("survey_respondents", "recipients", 85, "ми опитали 85 отримувачів послуг", unit_alt="persons")
    sat = F("satisfaction", "percent", 95.3, "Задоволені якістю послуг 95,3 % опитаних")
    cpl = F("complaints", "complaints", 2, "Письмових скарг за рік надійшло дві",
            note="number in words; «одну визнано обґрунтованою» has no §3 id")
    spent = F("budget_spent", "uah", 7418600, "Видатки Центру у 2023 році склали 7 418,6 тис. грн")
    appr = F("budget_approved", "uah", 7652000, "при затверджених кошторисом 7 652,0 тис. грн")
    sav = F("budget_savings", "uah", 233400, "економія – 233,4 тис. грн")

    def n(x):
        return x[1:]

    g.slip("parts_sum", "error", "Завершили супровід 14 сімей: з позитивним результатом – 9, у зв'язку зі "
           "зміною місця проживання – 2, через відмову сім'ї від послуги – 2",
           14, 13, [cp, o1, o2, o3],
           "the three reasons 9 + 2 + 2 = 13 partition the 14 completed families (a colon list); one family is "
           "missing",
           f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(cp)}")
    g.check("table_arithmetic", "Разом\t1 105\t20 071", "412 + 386 + 96 + 24 + 158 + 29 = 1 105",
            " + ".join(f"f{n(x)}" for x in rid) + f" == f{n(tot_r)}")
    g.check("table_arithmetic", "Разом\t1 105\t20 071",
            "1 036 + 1 274 + 14 880 + 2 112 + 158 + 611 = 20 071",
            " + ".join(f"f{n(x)}" for x in sid) + f" == f{n(tot_s)}")
    g.check("internal_conflict", "Загалом протягом звітного року ми надали 20 071 соціальну послугу",
            "prose total equals the table total", f"f{n(sp2)} == f{n(tot_s)}")
    g.check("internal_conflict", "Послугу догляду вдома отримували 96 осіб",
            "prose 96 equals table row 3; prose 158 equals table row 5",
            f"f{n(hc)} == f{n(rid[2])} and f{n(na2)} == f{n(rid[4])}")
    g.check("internal_conflict", "6\tСоціальний супровід сімей (осіб) у СЖО\t29\t611",
            "table row 6 (29) equals the 29 families under support in prose", f"f{n(rid[5])} == f{n(sup)}")
    g.check("parts_sum", "серед них 61 особа з інвалідністю та 12 внутрішньо переміщених осіб",
            "overlapping categories, each ≤ 96; 61 + 12 = 73 ≤ 96",
            f"f{n(hc1)} + f{n(hc2)} <= f{n(hc)}")
    g.check("parts_sum", "Ще 15 сімей продовжують", "support: 14 completed + 15 continuing = 29; 17 taken ≤ 29",
            f"f{n(cp)} + f{n(og)} == f{n(sup)} and f{n(st)} <= f{n(sup)}")
    g.check("parts_sum", "37 сімей визнано такими", "37 ≤ 214 assessed; 214 ≤ 642 applied",
            f"f{n(sjo)} <= f{n(na)} <= f{n(app)}")
    g.check("parts_sum", "з них 4 – на базі", "4 ≤ 9 trained ≤ 28 working ≤ 31,5 positions",
            f"f{n(tr4)} <= f{n(tr)} <= f{n(act)} <= f{n(pos)}")
    g.check("percent_mismatch", "Задоволені якістю послуг 95,3 % опитаних (81 особа)",
            "81 / 85 = 95,29 % → 95,3", f"pct_ok(f{n(sat)}, 81, f{n(sv)}, 1)")
    g.check("table_arithmetic", "економія – 233,4 тис. грн", "7 652,0 − 7 418,6 = 233,4 тис. грн",
            f"f{n(appr)} - f{n(spent)} == f{n(sav)}")

    g.skip("60243, Чернівецька обл., Дністровський р-н, с. Лівинці, вул. Центральна, 14; тел. (03731) 0-41-27",
           [60243, 14, 3731, 4127], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44318265", [44318265], "ЄДРПОУ")
    g.skip("про діяльність Центру надання соціальних послуг за 2023 рік", [2023], "year in the title")
    g.skip("Центр утворено рішенням 3 сесії Лівинецької сільської ради VIII скликання від 24.12.2020 № 27-3/2020",
           [3, 24, 12, 2020, 27, 3, 2020], "session and decision number, date")
    g.skip("Ми обслуговуємо 11 населених пунктів громади, у яких проживає близько 14,2 тис. мешканців, з них "
           "понад 3 тисячі – люди старші 60 років", [11, 14200, 3000, 60],
           "settlements, population, age")
    g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("дві вакансії соціального робітника", [2], "vacancies (no §3 id), number in words")
    g.skip("(у 2022 році – 588)", [2022, 588], "prior-year figure")
    g.skip("Послугами Центру у 2023 році", [2023], "year")
    g.skip("Таблиця 1. Отримувачі та кількість наданих соціальних послуг у 2023 році", [1, 2023],
           "table number, year")
    g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers of table 1")
    g.skip("Середній вік наших підопічних – 78 років, одна соціальна робітниця обслуговує в середньому 8 осіб",
           [78, 8], "age, caseload ratio")
    g.skip("у таблиці 1 кожного отримувача", [1], "table number")
    g.skip("(всього 310 наборів)", [310], "items (набори)")
    g.skip("Із них 17 сімей ми взяли під супровід у 2023 році", [2023], "year")
    g.skip("продовжують отримувати послугу у 2024 році", [2024], "year")
    g.skip("інформаційні зустрічі в 7 старостинських округах", [7], "number of starosta districts")
    g.skip("У грудні 2023 року ми опитали", [2023], "survey month")
    g.skip("(81 особа)", [81], "count of satisfied respondents: no §3 id; used as a literal in the check")
    g.skip("Видатки Центру у 2023 році", [2023], "year")
    g.skip("У 2024 році плануємо запровадити послугу підтриманого проживання для 6 осіб, відкрити 2 пункти "
           "денного перебування та довести охоплення послугою догляду вдома до 110 осіб", [2024, 6, 2, 110],
           "plan for 2024")
    g.skip("Вих. № 14/02-07 від 19.01.2024", [14, 2, 7, 19, 1, 2024], "outgoing number and date")
    for h, v in (("1. Загальні відомості", 1), ("2. Звернення, виявлення", 2), ("3. Надання соціальних", 3),
                 ("4. Профілактична робота", 4), ("5. Фінансування", 5), ("6. Завдання на 2024 рік", 6)):
        g.skip(h, [v], "section number")

    g.note("the table counts each recipient per service (Разом 1 105, «з повторним врахуванням»); the 517 "
           "unique persons are a separate served fact; no finding")
    g.note("table cells are facts quoted by their row and hang on the Разом cell of their column; the "
           "recipients column is «сімей/осіб» → families_persons")
    g.note("prose repeats (20 071 services, 96 home care, 158 natural aid) are facts of their own")
    g.note("«Завершили супровід 14 сімей: …» is a colon list of reasons → a partition; 9 + 2 + 2 = 13 is the "
           "planted parts_sum slip")
    g.note("«31,5 штатної одиниці» is a fractional staff_positions fact; «дві вакансії» is skipped")
    g.note("the survey gives the percent with a count of satisfied persons (81) in brackets: satisfaction "
           "95,3 is the fact, 81 has no §3 id and is a literal in the check")
    g.write()
    return g


if __name__ == "__main__":
    build()
    g = gold()
    for num, line in uncovered(g, read_text(report_path(NAME))):
        print("  uncovered:", num, "|", line)
