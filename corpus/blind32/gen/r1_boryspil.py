"""b32_01: ЦСС Бориспільської міської ради (Київська), annual report 2024. DOCX, impersonal voice,
numbered sections, a table by service. Slip: percent_mismatch (19 of 27 written as 74,1 %)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b32_01_boryspil_css_annual2024.docx"

P = []  # (style, text)
HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ БОРИСПІЛЬСЬКОЇ МІСЬКОЇ РАДИ",
    "08301, Київська обл., м. Бориспіль, вул. Героїв Небесної Сотні, 14, тел. (04595) 0-47-21, код ЄДРПОУ 41583206",
    "Вих. № 02-11/57 від 15.01.2025",
]
TITLE = "ЗВІТ про діяльність Центру соціальних служб Бориспільської міської ради за 2024 рік"
S1 = [
    ("h", "1. Загальні відомості"),
    ("p", "Центр діє відповідно до Положення, затвердженого рішенням Бориспільської міської ради від 21.12.2023 № 3615-45-VIII, і обслуговує населення громади (понад 64 тис. мешканців, місто та 9 старостинських округів)."),
    ("p", "Станом на 31.12.2024 штатним розписом Центру передбачено 21 посаду, фактично працює 18 фахівців, 3 посади фахівців із соціальної роботи вакантні. Протягом року підвищили кваліфікацію 11 працівників (курси Київського обласного центру соціальних служб обсягом 30 годин)."),
    ("h", "2. Виявлення сімей та оцінка потреб"),
    ("p", "Упродовж 2024 року до Центру надійшли повідомлення про 236 сімей, які можуть перебувати у складних життєвих обставинах (у 2023 році – 201). Оцінку потреб проведено 219 сім’ям, у 17 випадках інформація не підтвердилася на етапі первинного контакту. За результатами оцінювання складні життєві обставини виявлено у 131 сім’ї, в яких виховується 248 дітей."),
    ("h", "3. Надання соціальних послуг"),
    ("p", "Кількість отримувачів та обсяг наданих послуг наведено в таблиці 1."),
    ("p", "Таблиця 1"),
]
TABLE = [
    ["№ з/п", "Назва соціальної послуги", "Кількість отримувачів (сімей/осіб)", "Кількість наданих послуг"],
    ["1", "Інформування", "1 146", "1 902"],
    ["2", "Консультування", "684", "1 377"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "58", "612"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "9", "108"],
    ["5", "Екстрене (кризове) втручання", "23", "41"],
    ["6", "Соціальна профілактика", "217", "230"],
    ["", "Усього", "2 137", "4 270"],
]
S2 = [
    ("p", "Протягом року під соціальним супроводом перебувало 58 сімей (у них 113 дітей), з них 22 сім’ї взято під супровід у звітному році. Супровід завершено щодо 27 сімей: у 19 сім’ях складні життєві обставини подолано (74,1 %), у 5 – мінімізовано (18,5 %), 3 сім’ї змінили місце проживання та вибули за межі громади. Надання послуги продовжено на 2025 рік 31 сім’ї."),
    ("p", "Серед сімей, які отримували послугу, 14 – сім’ї внутрішньо переміщених осіб, 9 – сім’ї військовослужбовців."),
    ("p", "Соціальне супроводження здійснювалося щодо 6 прийомних сімей та 3 дитячих будинків сімейного типу, у яких виховується 27 дітей."),
    ("p", "Мобільна бригада соціально-психологічної допомоги особам, які постраждали від домашнього насильства та/або насильства за ознакою статі, опрацювала 64 звернення та здійснила 52 виїзди. Екстрене (кризове) втручання надано 23 особам."),
    ("h", "4. Профілактична робота"),
    ("p", "Проведено 36 групових заходів (тренінги для батьків, заняття з учнівською молоддю віком 14–18 років, інформаційні зустрічі у старостинських округах), у яких взяли участь 742 особи."),
    ("h", "5. Якість послуг"),
    ("p", "Скарг на дії працівників Центру та якість послуг у 2024 році не надходило. Внутрішню оцінку якості послуги консультування проведено у вересні 2024 року: в анкетуванні взяли участь 64 отримувачі, 59 з них (92,2 %) повністю задоволені отриманою послугою."),
    ("h", "6. Завдання на 2025 рік"),
    ("p", "У 2025 році планується охопити послугою соціального супроводу не менше 60 сімей та запровадити послугу підтриманого проживання для 8 осіб з числа молоді, яка виходить з інтернатних закладів."),
    ("p", "Директор Центру                                        (підпис)"),
]


def build(path):
    d = Document()
    fix_docx_props(d, "ЦСС Бориспіль")
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(TITLE)
    r.bold = True

    def emit(blocks):
        for kind, text in blocks:
            if kind == "h":
                p = d.add_paragraph()
                p.add_run(text).bold = True
            else:
                d.add_paragraph(text)
    emit(S1)
    t = d.add_table(rows=len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    emit(S2)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Бориспільської міської ради",
        "centre_type": "css", "settlement": "Бориспіль", "oblast": "Київська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    pos = f("staff_positions", "positions", 21, "штатним розписом Центру передбачено 21 посаду")
    act = f("staff_actual", "staff", 18, "фактично працює 18 фахівців")
    f("staff_trained", "staff", 11, "Протягом року підвищили кваліфікацію 11 працівників")
    ntf = f("notified", "families", 236, "до Центру надійшли повідомлення про 236 сімей")
    nas = f("needs_assessed", "families", 219, "Оцінку потреб проведено 219 сім'ям")
    sjo = f("in_difficult_circumstances", "families", 131, "складні життєві обставини виявлено у 131 сім'ї")
    f("in_difficult_circumstances", "children", 248, "в яких виховується 248 дітей", parent=sjo)
    # table 1
    rows = [("1\tІнформування\t1 146\t1 902", "informing", 1146, 1902),
            ("2\tКонсультування\t684\t1 377", "counselling", 684, 1377),
            ("3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t58\t612", "social_support_sjo", 58, 612),
            ("4\tСоціальне супроводження прийомних сімей та ДБСТ\t9\t108", "social_support_foster", 9, 108),
            ("5\tЕкстрене (кризове) втручання\t23\t41", "crisis_intervention", 23, 41),
            ("6\tСоціальна профілактика\t217\t230", "social_prevention", 217, 230)]
    TOT = "Усього\t2 137\t4 270"
    tr = f("served", "families_persons", 2137, TOT, label="Усього (таблиця 1)")
    ts = f("services_provided", "services", 4270, TOT, label="Усього (таблиця 1)")
    rr, rs = [], []
    for q, svc, a, b in rows:
        rr.append(f("served", "families_persons", a, q, service=svc, group="t1_recipients", parent=tr))
        rs.append(f("services_provided", "services", b, q, service=svc, group="t1_services", parent=ts))
    # social support prose
    ss = f("served", "families", 58, "Протягом року під соціальним супроводом перебувало 58 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 113, "(у них 113 дітей)", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
    st = f("support_started", "families", 22, "з них 22 сім'ї взято під супровід у звітному році",
           service="social_support_sjo", parent=ss)
    sc = f("support_completed", "families", 27, "Супровід завершено щодо 27 сімей", service="social_support_sjo", parent=ss)
    op = f("outcome_positive", "families", 19, "у 19 сім'ях складні життєві обставини подолано (74,1 %)",
           percent=74.1, service="social_support_sjo", group="completed_27", parent=sc)
    om = f("outcome_minimized", "families", 5, "у 5 – мінімізовано (18,5 %)", percent=18.5,
           service="social_support_sjo", group="completed_27", parent=sc)
    oo = f("outcome_other", "families", 3, "3 сім'ї змінили місце проживання та вибули за межі громади",
           service="social_support_sjo", label="змінили місце проживання", group="completed_27", parent=sc)
    on = f("support_ongoing", "families", 31, "Надання послуги продовжено на 2025 рік 31 сім'ї",
           service="social_support_sjo", parent=ss,
           note="a 2024 figure: families whose support continues into 2025")
    vpo = f("served", "families", 14, "14 – сім'ї внутрішньо переміщених осіб", service="social_support_sjo",
            category="внутрішньо переміщені особи", alt=["support_ongoing"], parent=ss)
    mil = f("served", "families", 9, "9 – сім'ї військовослужбовців", service="social_support_sjo",
            category="сім'ї військовослужбовців", alt=["support_ongoing"], parent=ss)
    fo1 = f("served", "families", 6, "Соціальне супроводження здійснювалося щодо 6 прийомних сімей",
            service="social_support_foster", category="прийомні сім'ї", group="foster_9", parent=rr[3])
    fo2 = f("served", "families", 3, "3 дитячих будинків сімейного типу", service="social_support_foster",
            category="дитячі будинки сімейного типу", group="foster_9", parent=rr[3])
    fch = f("served", "children", 27, "у яких виховується 27 дітей", service="social_support_foster", parent=rr[3])
    mob = f("applied", "applications", 64, "опрацювала 64 звернення",
            label="мобільна бригада соціально-психологічної допомоги (домашнє насильство)")
    cri = f("served", "persons", 23, "Екстрене (кризове) втручання надано 23 особам", service="crisis_intervention")
    ev = f("events", "events", 36, "Проведено 36 групових заходів")
    f("event_participants", "persons", 742, "у яких взяли участь 742 особи", parent=ev)
    f("complaints", "complaints", 0, "Скарг на дії працівників Центру та якість послуг у 2024 році не надходило")
    sv = f("survey_respondents", "recipients", 64, "в анкетуванні взяли участь 64 отримувачі",
           service="counselling", unit_alt="persons")
    sat = f("survey_respondents", "recipients", 59, "59 з них (92,2 %) повністю задоволені отриманою послугою",
            percent=92.2, service="counselling", label="повністю задоволені отриманою послугою",
            unit_alt="persons", parent=sv)

    n = lambda x: x[1:]
    g.slip("percent_mismatch", "error", "у 19 сім'ях складні життєві обставини подолано (74,1 %)",
           74.1, 70.4, [op, sc],
           "19 of the 27 completed families is 70,37 % → 70,4 %, not 74,1 % (74,1 % would be 20 of 27). The 5 minimized (18,5 %) is right.",
           f"pct_ok(p{n(op)}, f{n(op)}, f{n(sc)}, 1)")
    g.check("table_arithmetic", TOT, "recipients column: 1146 + 684 + 58 + 9 + 23 + 217 = 2137",
            " + ".join("f" + n(x) for x in rr) + f" == f{n(tr)}")
    g.check("table_arithmetic", TOT, "services column: 1902 + 1377 + 612 + 108 + 41 + 230 = 4270",
            " + ".join("f" + n(x) for x in rs) + f" == f{n(ts)}")
    g.check("parts_sum", "Супровід завершено щодо 27 сімей", "19 + 5 + 3 = 27 completed",
            f"f{n(op)} + f{n(om)} + f{n(oo)} == f{n(sc)}")
    g.check("parts_sum", "Надання послуги продовжено на 2025 рік 31 сім'ї", "27 completed + 31 continued = 58 under support",
            f"f{n(sc)} + f{n(on)} == f{n(ss)}")
    g.check("percent_mismatch", "у 5 – мінімізовано (18,5 %)", "5 / 27 = 18,52 % → 18,5",
            f"pct_ok(p{n(om)}, f{n(om)}, f{n(sc)}, 1)")
    g.check("internal_conflict", "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t58\t612",
            "table row 3 (58) equals the prose 58 families under support", f"f{n(rr[2])} == f{n(ss)}")
    g.check("internal_conflict", "5\tЕкстрене (кризове) втручання\t23\t41",
            "table row 5 (23) equals the prose «надано 23 особам»", f"f{n(rr[4])} == f{n(cri)}")
    g.check("parts_sum", "Соціальне супроводження здійснювалося щодо 6 прийомних сімей",
            "6 прийомних + 3 ДБСТ = 9 = table row 4", f"f{n(fo1)} + f{n(fo2)} == f{n(rr[3])}")
    g.check("parts_sum", "з них 22 сім'ї взято під супровід у звітному році",
            "22 taken, 14 IDP and 9 military families each ≤ 58", f"f{n(st)} <= f{n(ss)} and f{n(vpo)} + f{n(mil)} <= f{n(ss)}")
    g.check("parts_sum", "Оцінку потреб проведено 219 сім'ям, у 17 випадках інформація не підтвердилася",
            "219 assessed + 17 not confirmed = 236 notified; 131 in СЖО ≤ 219", f"f{n(nas)} + 17 == f{n(ntf)} and f{n(sjo)} <= f{n(nas)}")
    g.check("parts_sum", "фактично працює 18 фахівців, 3 посади фахівців із соціальної роботи вакантні",
            "18 working + 3 vacant = 21 positions", f"f{n(act)} + 3 == f{n(pos)}")
    g.check("percent_mismatch", "59 з них (92,2 %) повністю задоволені", "59 / 64 = 92,19 % → 92,2",
            f"pct_ok(p{n(sat)}, f{n(sat)}, f{n(sv)}, 1)")

    g.skip("08301, Київська обл., м. Бориспіль, вул. Героїв Небесної Сотні, 14, тел. (04595) 0-47-21, код ЄДРПОУ 41583206",
           [8301, 14, 4595, 4721, 41583206], "postcode, address, phone, ЄДРПОУ")
    g.skip("Вих. № 02-11/57 від 15.01.2025", [2, 11, 57, 15, 1, 2025], "outgoing number and date")
    g.skip("ЗВІТ про діяльність Центру соціальних служб Бориспільської міської ради за 2024 рік", [2024], "year")
    g.skip("рішенням Бориспільської міської ради від 21.12.2023 № 3615-45-VIII", [21, 12, 2023, 3615, 45], "decision date and number")
    g.skip("(понад 64 тис. мешканців, місто та 9 старостинських округів)", [64000, 9], "population and number of starosta districts")
    g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("3 посади фахівців із соціальної роботи вакантні", [3], "vacancies (no §3 id); used as a literal in a check")
    g.skip("обсягом 30 годин", [30], "duration")
    g.skip("(у 2023 році – 201)", [2023, 201], "prior-year figure")
    g.skip("у 17 випадках інформація не підтвердилася", [17], "notifications not confirmed (no §3 id); used as a literal in a check")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers 1.–6. and table row numbers 1–6")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("здійснила 52 виїзди", [52], "call-outs of the mobile team (no §3 id)")
    g.skip("віком 14–18 років", [14, 18], "ages")
    g.skip("проведено у вересні 2024 року", [2024], "date of the survey")
    g.skip("У 2025 році планується охопити послугою соціального супроводу не менше 60 сімей та запровадити послугу підтриманого проживання для 8 осіб",
           [2025, 60, 8], "plan for 2025")
    g.skip("Упродовж 2024 року", [2024], "year")
    g.skip("наведено в таблиці 1", [1], "table number")
    g.skip("6. Завдання на 2025 рік", [6, 2025], "section number, year")
    g.note("the table total row «Усього» (2 137 сімей/осіб, 4 270 послуг) is annotated as served / services_provided with label; rows hang on it by column")
    g.note("the table's recipients column is «сімей/осіб» → unit families_persons; the prose gives social support in families (58) and crisis intervention in persons (23): separate facts")
    g.note("«Надання послуги продовжено на 2025 рік 31 сім'ї» is a 2024 figure → support_ongoing")
    g.note("14 IDP families and 9 military families are overlapping «серед» categories of the 58: parent_id, no group")
    g.note("the 59 fully satisfied respondents are a count with a percent → survey_respondents with percent and label (as the seed gold does for a breakdown of respondents)")
    g.note("the 64 appeals to the mobile team and the 64 respondents are different figures that happen to be equal")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
