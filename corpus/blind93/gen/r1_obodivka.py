"""b93_01: КУ «ЦНСП» Ободівської сільської ради (Вінницька), annual report 2024. DOCX, third person.
Planted slip: percent_mismatch («4 сім'ї (23,8 %)» of 21 is 19,0 %)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

DOC = "b93_01_obodivka_cnsp_annual2024.docx"


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def p(text, bold=False, center=False):
        para = d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return para

    p("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ОБОДІВСЬКОЇ СІЛЬСЬКОЇ РАДИ", bold=True, center=True)
    p("вул. Соборна, 14, с. Ободівка, Гайсинський район, Вінницька область, 24380; "
      "тел. (04343) 0-27-61; e-mail: cnsp.obodivka@example.ua; код ЄДРПОУ 44187263", center=True)
    p("ЗВІТ", bold=True, center=True)
    p("про діяльність Центру надання соціальних послуг за 2024 рік", bold=True, center=True)

    d.add_heading("1. Загальні відомості", level=2)
    p("Комунальна установа «Центр надання соціальних послуг» Ободівської сільської ради (далі – Центр) "
      "утворена рішенням сесії сільської ради від 18.02.2021 № 214 і надає соціальні послуги мешканцям "
      "17 населених пунктів громади, де проживає близько 9,8 тис. осіб. Штатним розписом на 2024 рік "
      "затверджено 28,5 штатних одиниць, фактично у Центрі працювало 26 працівників. Упродовж року "
      "11 працівників підвищили кваліфікацію на навчаннях, організованих обласним центром соціальних служб.")

    d.add_heading("2. Звернення та оцінка потреб", level=2)
    p("Протягом звітного року до Центру надійшло 412 звернень (у 2023 році – 386), у тому числі "
      "письмових заяв про надання соціальних послуг – 97. Оцінку індивідуальних потреб проведено "
      "щодо 143 осіб; за її результатами відмовлено у наданні послуг 6 особам через відсутність підстав.")

    d.add_heading("3. Надання соціальних послуг", level=2)
    p("Таблиця 1. Отримувачі соціальних послуг та кількість наданих послуг у 2024 році")
    rows = [
        ("№ з/п", "Соціальна послуга", "Отримувачів, сімей/осіб", "Надано послуг, од."),
        ("1", "Інформування", "318", "702"),
        ("2", "Консультування", "287", "1 146"),
        ("3", "Догляд вдома", "64", "9 418"),
        ("4", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "21", "214"),
        ("5", "Натуральна допомога", "152", "152"),
        ("6", "Транспортна послуга («соціальне таксі»)", "38", "121"),
        ("", "Усього", "880", "11 753"),
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    p("Отже, у 2024 році соціальні послуги отримали 880 сімей/осіб, яким надано 11 753 послуги.")

    d.add_heading("4. Соціальний супровід сімей", level=2)
    p("Під соціальним супроводом перебувала 21 сім'я, в яких виховується 48 дітей. З них 13 сімей "
      "взято під супровід у звітному році, а 8 сімей отримували послугу з 2023 року. Серед сімей під "
      "супроводом – 7 сімей внутрішньо переміщених осіб (33,3 %) та 4 сім'ї, які виховують дітей з "
      "інвалідністю (23,8 %).")
    p("Завершено надання послуги 12 сім'ям: з позитивним результатом – 9, у зв'язку зі зміною місця "
      "проживання – 2, через відмову отримувача – 1. Станом на 31.12.2024 супровід триває у 9 сімей. "
      "Середня тривалість супроводу становила 5,5 місяця.")

    d.add_heading("5. Догляд вдома та натуральна допомога", level=2)
    p("Послугу догляду вдома отримували 64 особи, серед них 41 одинока особа та 17 осіб з інвалідністю "
      "I групи. Середній вік отримувачів – 79 років. Протягом року взято на обслуговування 12 осіб, "
      "знято з обслуговування 9 осіб (у зв'язку зі смертю – 6, влаштовано до інтернатних закладів – 3). "
      "Вартість однієї години послуги для платних отримувачів становить 78,40 грн.")
    p("Натуральну допомогу отримали 152 особи: видано 1 384 продуктові та гігієнічні набори на загальну "
      "суму 296,4 тис. грн, переданих благодійними організаціями.")

    d.add_heading("6. Заходи, скарги, фінансування", level=2)
    p("Фахівці Центру провели 14 групових заходів (тренінги, інформаційні зустрічі), в яких взяли "
      "участь 236 осіб. Скарг на роботу Центру у 2024 році не надходило.")
    p("Кошторисом на 2024 рік затверджено 7 912,6 тис. грн, касові видатки склали 7 845,3 тис. грн "
      "(99,1 %). Економія – 67,3 тис. грн.")
    p("У 2025 році Центр планує запровадити послугу денного догляду для 10 осіб віком від 18 років.")
    p("Директор Центру                                              (підпис)")
    p("Вих. № 02-11/37 від 20.01.2025")
    save_docx(d, path, author="ЦНСП Ободівської сільської ради")


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Ободівської сільської ради",
        "centre_type": "cnsp", "settlement": "Ободівка", "oblast": "Вінницька",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Ободівської сільської ради",
        "КУ «Центр надання соціальних послуг» Ободівської сільської ради"]})
    f = g.f
    pos = f("staff_positions", "positions", 28.5, "затверджено 28,5 штатних одиниць")
    act = f("staff_actual", "staff", 26, "фактично у Центрі працювало 26 працівників")
    tr = f("staff_trained", "staff", 11, "11 працівників підвищили кваліфікацію")
    ap = f("applied", "applications", 412, "до Центру надійшло 412 звернень")
    ap2 = f("applied", "applications", 97, "письмових заяв про надання соціальних послуг – 97",
            label="письмові заяви", parent=ap)
    na = f("needs_assessed", "persons", 143, "Оцінку індивідуальних потреб проведено щодо 143 осіб")
    # table
    rows = [("informing", "1\tІнформування\t318\t702", 318, 702),
            ("counselling", "2\tКонсультування\t287\t1 146", 287, 1146),
            ("home_care", "3\tДогляд вдома\t64\t9 418", 64, 9418),
            ("social_support_sjo", "4\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t21\t214", 21, 214),
            ("natural_aid", "5\tНатуральна допомога\t152\t152", 152, 152),
            ("social_taxi", "6\tТранспортна послуга («соціальне таксі»)\t38\t121", 38, 121)]
    tot_q = "\tУсього\t880\t11 753"
    ts = f("served", "families_persons", 880, tot_q, label="Усього (таблиця 1)")
    tn = f("services_provided", "services", 11753, tot_q, label="Усього (таблиця 1)")
    srv, svc = [], []
    for sid, q, a, b in rows:
        srv.append(f("served", "families_persons", a, q, service=sid, group="table1_recipients",
                     parent=ts))
        svc.append(f("services_provided", "services", b, q, service=sid, group="table1_services",
                     parent=tn))
    ps = f("served", "families_persons", 880, "у 2024 році соціальні послуги отримали 880 сімей/осіб",
           note="the table total said again in prose: a second fact")
    pn = f("services_provided", "services", 11753, "яким надано 11 753 послуги", parent=None)
    # social support
    sup = f("served", "families", 21, "Під соціальним супроводом перебувала 21 сім'я",
            service="social_support_sjo", alt=["support_ongoing"])
    supc = f("served", "children", 48, "в яких виховується 48 дітей", service="social_support_sjo",
             alt=["support_ongoing"], parent=sup)
    st_ = f("support_started", "families", 13, "З них 13 сімей взято під супровід у звітному році",
            service="social_support_sjo", group="support_21_by_start", parent=sup)
    cont = f("served", "families", 8, "8 сімей отримували послугу з 2023 року", service="social_support_sjo",
             alt=["support_ongoing"], label="отримували послугу з 2023 року", group="support_21_by_start",
             parent=sup)
    idp = f("served", "families", 7, "7 сімей внутрішньо переміщених осіб (33,3 %)", percent=33.3,
            service="social_support_sjo", category="внутрішньо переміщені особи", parent=sup)
    dis = f("served", "families", 4, "4 сім'ї, які виховують дітей з інвалідністю (23,8 %)", percent=23.8,
            service="social_support_sjo", category="сім'ї, які виховують дітей з інвалідністю", parent=sup)
    comp = f("support_completed", "families", 12, "Завершено надання послуги 12 сім'ям",
             service="social_support_sjo", parent=sup)
    pos_ = f("outcome_positive", "families", 9, "з позитивним результатом – 9", service="social_support_sjo",
             group="completed_12_by_result", parent=comp)
    o1 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2",
           service="social_support_sjo", label="зміна місця проживання", group="completed_12_by_result",
           parent=comp)
    o2 = f("outcome_other", "families", 1, "через відмову отримувача – 1", service="social_support_sjo",
           label="відмова отримувача", group="completed_12_by_result", parent=comp)
    ong = f("support_ongoing", "families", 9, "Станом на 31.12.2024 супровід триває у 9 сімей",
            service="social_support_sjo", parent=sup)
    # home care
    hc = f("served", "persons", 64, "Послугу догляду вдома отримували 64 особи", service="home_care",
           note="the table row said again in prose")
    hc1 = f("served", "persons", 41, "серед них 41 одинока особа", service="home_care",
            category="одинокі особи", parent=hc)
    hc2 = f("served", "persons", 17, "17 осіб з інвалідністю I групи", service="home_care",
            category="особи з інвалідністю I групи", parent=hc)
    hcn = f("served", "persons", 12, "Протягом року взято на обслуговування 12 осіб", service="home_care",
            alt=["registered_new", "support_started"], label="взято на обслуговування", parent=hc)
    hcd = f("deregistered", "persons", 9, "знято з обслуговування 9 осіб", service="home_care", parent=hc)
    d1 = f("deregistered", "persons", 6, "у зв'язку зі смертю – 6", service="home_care",
           label="у зв'язку зі смертю", group="deregistered_9_by_reason", parent=hcd)
    d2 = f("deregistered", "persons", 3, "влаштовано до інтернатних закладів – 3", service="home_care",
           label="влаштовано до інтернатних закладів", group="deregistered_9_by_reason", parent=hcd)
    nat = f("served", "persons", 152, "Натуральну допомогу отримали 152 особи", service="natural_aid",
            note="the table row said again in prose")
    aid = f("aid_value", "uah", 296400, "на загальну суму 296,4 тис. грн", service="natural_aid")
    ev = f("events", "events", 14, "Фахівці Центру провели 14 групових заходів")
    evp = f("event_participants", "persons", 236, "в яких взяли участь 236 осіб", parent=ev)
    cpl = f("complaints", "complaints", 0, "Скарг на роботу Центру у 2024 році не надходило.")
    ba = f("budget_approved", "uah", 7912600, "Кошторисом на 2024 рік затверджено 7 912,6 тис. грн")
    bs = f("budget_spent", "uah", 7845300, "касові видатки склали 7 845,3 тис. грн (99,1 %)", percent=99.1)
    bv = f("budget_savings", "uah", 67300, "Економія – 67,3 тис. грн.")

    g.slip("percent_mismatch", "error", "4 сім'ї, які виховують дітей з інвалідністю (23,8 %)",
           23.8, 19.0, [dis, sup],
           "4 of the 21 families under support is 19,0 %, not 23,8 % (23,8 % is 5 of 21, so GRIM passes)",
           f"pct_ok({'p' + dis[1:]}, {dis}, {sup}, 1)")
    g.check("percent_impossible", "4 сім'ї, які виховують дітей з інвалідністю (23,8 %)",
            "23,8 % is reachable with 21 (5/21 = 23,81 %): only the mismatch fires",
            f"grim_ok({'p' + dis[1:]}, {sup}, 1)")
    g.check("table_arithmetic", tot_q, "318 + 287 + 64 + 21 + 152 + 38 = 880",
            " + ".join(srv) + f" == {ts}")
    g.check("table_arithmetic", tot_q, "702 + 1 146 + 9 418 + 214 + 152 + 121 = 11 753",
            " + ".join(svc) + f" == {tn}")
    g.check("internal_conflict", "у 2024 році соціальні послуги отримали 880 сімей/осіб",
            "prose totals equal the table totals (880, 11 753); the prose 64 and 152 equal rows 3 and 5",
            f"{ps} == {ts} and {pn} == {tn} and {hc} == {srv[2]} and {nat} == {srv[4]} and {sup} == {srv[3]}")
    g.check("parts_sum", "З них 13 сімей взято під супровід у звітному році",
            "13 new + 8 continued from 2023 = 21", f"{st_} + {cont} == {sup}")
    g.check("percent_mismatch", "7 сімей внутрішньо переміщених осіб (33,3 %)", "7 / 21 = 33,33 % → 33,3",
            f"pct_ok({'p' + idp[1:]}, {idp}, {sup}, 1)")
    g.check("parts_sum", "Завершено надання послуги 12 сім'ям", "9 + 2 + 1 = 12",
            f"{pos_} + {o1} + {o2} == {comp}")
    g.check("parts_sum", "Станом на 31.12.2024 супровід триває у 9 сімей", "21 − 12 completed = 9 ongoing",
            f"{sup} - {comp} == {ong}")
    g.check("parts_sum", "знято з обслуговування 9 осіб", "6 + 3 = 9", f"{d1} + {d2} == {hcd}")
    g.check("parts_sum", "серед них 41 одинока особа", "overlapping categories, each ≤ 64",
            f"{hc1} <= {hc} and {hc2} <= {hc}")
    g.check("parts_sum", "письмових заяв про надання соціальних послуг – 97", "97 ≤ 412",
            f"{ap2} <= {ap}")
    g.check("table_arithmetic", "Економія – 67,3 тис. грн.", "7 912,6 − 7 845,3 = 67,3 тис. грн",
            f"near({ba} - {bs}, {bv})")
    g.check("percent_mismatch", "касові видатки склали 7 845,3 тис. грн (99,1 %)",
            "7 845,3 / 7 912,6 = 99,15 % → 99,1 (floor / half-even of 99,149)",
            f"pct_ok({'p' + bs[1:]}, {bs}, {ba}, 1)")
    g.check("parts_sum", "фактично у Центрі працювало 26 працівників", "26 ≤ 28,5; 11 ≤ 26",
            f"{act} <= {pos} and {tr} <= {act}")

    sk = g.skip
    sk("вул. Соборна, 14, с. Ободівка, Гайсинський район, Вінницька область, 24380; тел. (04343) 0-27-61; "
       "e-mail: cnsp.obodivka@example.ua; код ЄДРПОУ 44187263", [14, 24380, 4343, 2761, 44187263],
       "address, postcode, phone, ЄДРПОУ")
    sk("за 2024 рік", [2024], "year of the report")
    sk("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
    sk("від 18.02.2021 № 214", [18, 2, 2021, 214], "decision date and number")
    sk("17 населених пунктів громади, де проживає близько 9,8 тис. осіб", [17, 9800],
       "settlement count and population")
    sk("Штатним розписом на 2024 рік", [2024], "year")
    sk("(у 2023 році – 386)", [2023, 386], "prior-year figure")
    sk("відмовлено у наданні послуг 6 особам", [6], "refusals: no §3 id")
    sk("Таблиця 1. Отримувачі соціальних послуг та кількість наданих послуг у 2024 році", [1, 2024],
       "table number, year")
    sk("№ з/п", [1, 2, 3, 4, 5, 6], "row numbers 1–6 of table 1")
    sk("отримували послугу з 2023 року", [2023], "year (the 8 is a 2024 fact)")
    sk("Станом на 31.12.2024", [31, 12, 2024], "date")
    sk("Середня тривалість супроводу становила 5,5 місяця.", [5.5], "duration")
    sk("17 осіб з інвалідністю I групи", ["I"], "disability group (Roman numeral)")
    sk("Середній вік отримувачів – 79 років.", [79], "age")
    sk("Вартість однієї години послуги для платних отримувачів становить 78,40 грн.", [78.4], "tariff")
    sk("видано 1 384 продуктові та гігієнічні набори", [1384], "items (sets)")
    sk("Скарг на роботу Центру у 2024 році", [2024], "year")
    sk("У 2025 році Центр планує запровадити послугу денного догляду для 10 осіб віком від 18 років.",
       [2025, 10, 18], "plan for 2025 and age")
    sk("Вих. № 02-11/37 від 20.01.2025", [2, 11, 37, 20, 1, 2025], "outgoing number and date")
    g.note("the same figure in table 1 and in prose is two facts: totals 880 and 11 753, home care 64, "
           "natural aid 152; the prose «Під соціальним супроводом перебувала 21 сім'я» is unit families "
           "while the table row 21 is families_persons (the column header «сімей/осіб»)")
    g.note("table cells: each row is quoted as printed (tab-separated); a row gives a served "
           "(families_persons) fact and a services_provided fact, hung on the «Усього» cell of its column")
    g.note("«8 сімей отримували послугу з 2023 року» → served with label (alt support_ongoing), as blind18")
    g.note("«28,5 штатних одиниць» → staff_positions 28.5 (a fractional fact)")
    g.note("«взято на обслуговування 12 осіб» → served (alt registered_new, support_started); «знято з "
           "обслуговування» → deregistered with its reasons as labelled parts")
    g.note("«412 звернень» (appeals) → applied with unit applications; письмові заяви are a part")
    g.note("budget lines without a KEKV code carry no kekv; 99,1 % is the percent of the spent row")
    g.note("the natural-aid value 296,4 тис. грн → aid_value 296400 with service natural_aid")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
