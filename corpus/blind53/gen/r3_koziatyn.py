"""b53_03: УСЗН Козятинської міської ради, analytic information for 9 months of 2024. DOCX with a table."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b53_03_koziatyn_uszn_9m2024.docx"

ROWS = [  # (№, name, recipients, idp, services)
    ("1", "Догляд вдома (ЦНСП)", "312", "41", "14 206"),
    ("2", "Денний догляд (ЦНСП, відділення в с. Махнівка)", "88", "12", "3 145"),
    ("3", "Консультування (ЦНСП)", "604", "187", "1 318"),
    ("4", "Соціальний супровід сімей (осіб), які перебувають у СЖО (ЦНСП)", "47", "9", "566"),
    ("5", "Натуральна допомога (ЦНСП)", "455", "203", "455"),
    ("6", "Паліативний догляд (КНП «Козятинська ЦРЛ», за договором)", "19", "2", "1 012"),
]
TOTAL = ("Разом", "1 525", "454", "20 720")


def build(path):
    d = docx.Document()
    fix_docx_props(d, author="УСЗН")
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

    p("УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ КОЗЯТИНСЬКОЇ МІСЬКОЇ РАДИ", bold=True, center=True)
    p("22100, Вінницька область, м. Козятин, вул. Незалежності, 57, тел. (04342) 0-24-18, ЄДРПОУ 03195046", center=True)
    p("АНАЛІТИЧНА ІНФОРМАЦІЯ", bold=True, center=True)
    p("щодо надання соціальних послуг у Козятинській міській територіальній громаді за 9 місяців 2024 року",
      bold=True, center=True)
    p("Відповідно до листа Департаменту соціальної та молодіжної політики облдержадміністрації від 02.10.2024 "
      "№ 11.1-08/4471 управління соціального захисту населення Козятинської міської ради (далі – Управління) "
      "інформує.")
    p("Станом на 30.09.2024 у громаді проживає 36,9 тис. осіб, у тому числі 4 812 внутрішньо переміщених осіб. "
      "Соціальні послуги мешканцям громади надає комунальна установа «Центр надання соціальних послуг» "
      "Козятинської міської ради, паліативний догляд – заклад охорони здоров'я за договором.")
    p("За січень–вересень 2024 року до Управління та ЦНСП надійшло 2 367 звернень щодо отримання соціальних "
      "послуг (за 9 місяців 2023 року – 2 051). Оцінювання потреб проведено 318 особам. Прийнято 296 рішень "
      "про надання соціальних послуг та 14 рішень про відмову у наданні.")
    p("Дані про отримувачів та обсяги наданих послуг наведено в таблиці 2.")
    p("Таблиця 2", center=False)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("№ з/п", "Соціальна послуга (надавач)", "Отримувачів",
                                       "з них ВПО", "Надано послуг")):
        c.text = h
    for row in ROWS + [("",) + TOTAL]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    last = t.rows[-1].cells
    last[0].merge(last[1])
    last[0].text = "Разом"
    p("")
    p("Послугою соціального супроводу охоплено 47 сімей, у яких виховується 96 дітей. За звітний період "
      "взято під супровід 23 сім'ї, завершено супровід 18 сімей, з них 13 – з позитивним результатом. "
      "Середня тривалість супроводу – 4 місяці.")
    p("На виплату компенсації фізичним особам, які надають соціальні послуги з догляду на непрофесійній "
      "основі, за 9 місяців спрямовано 1 846,3 тис. грн (призначено 214 особам; розмір компенсації – "
      "від 1 064,00 до 2 361,00 грн на місяць).")
    p("Скарг щодо якості надання соціальних послуг надійшло 2, обидві розглянуто, одну визнано обґрунтованою.")
    p("Штатна чисельність Управління – 27 посад, фактично працює 24 особи.")
    p("Заходи на IV квартал 2024 року: забезпечити оцінювання потреб не менше 120 осіб, відкрити пункт "
      "незламності на 50 місць у с. Сокілець.")
    p("Начальник управління                                              (підпис)")
    p("Вих. № 01-22/918 від 08.10.2024")
    d.save(path)
    freeze_zip(path)


def num(s):
    return int(s.replace(" ", ""))


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Козятинської міської ради",
        "centre_type": "uszn", "settlement": "Козятин", "oblast": "Вінницька",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-09-30"})
    f = g.f
    f("applied", "applications", 2367, "надійшло 2 367 звернень щодо отримання соціальних послуг")
    f("needs_assessed", "persons", 318, "Оцінювання потреб проведено 318 особам")
    svc = ["home_care", "day_care", "counselling", "social_support_sjo", "natural_aid", "palliative_care"]
    tq = "Разом\t" + "\t".join(TOTAL[1:])
    tr = f("served", "recipients", num(TOTAL[1]), tq, unit_alt="persons", label="Разом, отримувачів")
    ti = f("served", "recipients", num(TOTAL[2]), tq, unit_alt="persons", category="внутрішньо переміщені особи",
           label="Разом, з них ВПО", parent=tr)
    ts = f("services_provided", "services", num(TOTAL[3]), tq, label="Разом, надано послуг")
    rr, ri, rs = [], [], []
    for (n, name, r, i, s), sv in zip(ROWS, svc):
        q = "\t".join((n, name, r, i, s))
        a = f("served", "recipients", num(r), q, service=sv, unit_alt="persons", label=name,
              group="table2_recipients", parent=tr)
        b = f("served", "recipients", num(i), q, service=sv, unit_alt="persons", label=name,
              category="внутрішньо переміщені особи", group="table2_idp", parent=ti)
        c = f("services_provided", "services", num(s), q, service=sv, label=name, group="table2_services", parent=ts)
        rr.append(a), ri.append(b), rs.append(c)
    sup = f("served", "families", 47, "Послугою соціального супроводу охоплено 47 сімей", service="social_support_sjo")
    f("served", "children", 96, "у яких виховується 96 дітей", service="social_support_sjo", parent=sup)
    st = f("support_started", "families", 23, "взято під супровід 23 сім'ї", service="social_support_sjo", parent=sup)
    co = f("support_completed", "families", 18, "завершено супровід 18 сімей", service="social_support_sjo", parent=sup)
    po = f("outcome_positive", "families", 13, "з них 13 – з позитивним результатом", service="social_support_sjo",
           parent=co)
    f("budget_spent", "uah", 1846300, "за 9 місяців спрямовано 1 846,3 тис. грн",
      label="компенсація фізичним особам, які надають соціальні послуги з догляду на непрофесійній основі")
    f("complaints", "complaints", 2, "Скарг щодо якості надання соціальних послуг надійшло 2")
    spos = f("staff_positions", "positions", 27, "Штатна чисельність Управління – 27 посад")
    sact = f("staff_actual", "staff", 24, "фактично працює 24 особи")

    g.slip("table_arithmetic", "error", tq, 20720, 20702, [ts] + rs,
           "the «Надано послуг» column sums to 14 206 + 3 145 + 1 318 + 566 + 455 + 1 012 = 20 702; "
           "Разом says 20 720 (two digits transposed)",
           " + ".join(rs) + f" == {ts}")
    g.check("table_arithmetic", tq, "Отримувачів column: 312 + 88 + 604 + 47 + 455 + 19 = 1 525",
            " + ".join(rr) + f" == {tr}")
    g.check("table_arithmetic", tq, "з них ВПО column: 41 + 12 + 187 + 9 + 203 + 2 = 454",
            " + ".join(ri) + f" == {ti}")
    g.check("table_arithmetic", tq, "each row's ВПО ≤ its recipients",
            " and ".join(f"{b} <= {a}" for a, b in zip(rr, ri)))
    g.check("internal_conflict", "Послугою соціального супроводу охоплено 47 сімей",
            "prose 47 families under support = table row 4 (47)", f"{sup} == {rr[3]}")
    g.check("parts_sum", "з них 13 – з позитивним результатом", "13 ≤ 18 completed; 23 started and 18 completed ≤ 47",
            f"{po} <= {co} and {st} <= {sup} and {co} <= {sup}")
    g.check("parts_sum", "Оцінювання потреб проведено 318 особам",
            "296 decisions + 14 refusals = 310 ≤ 318 assessed (literals: decisions have no §3 id)", "296 + 14 <= f2")
    g.check("parts_sum", "фактично працює 24 особи", "24 ≤ 27", f"{sact} <= {spos}")

    g.skip("22100, Вінницька область, м. Козятин, вул. Незалежності, 57, тел. (04342) 0-24-18, ЄДРПОУ 03195046",
           [22100, 57, 4342, 2418, 3195046], "postcode, address, phone, ЄДРПОУ")
    g.skip("за 9 місяців 2024 року", [9, 2024], "period")
    g.skip("від 02.10.2024 № 11.1-08/4471", [2, 10, 2024, 11.1, 8, 4471], "letter date and number")
    g.skip("Станом на 30.09.2024 у громаді проживає 36,9 тис. осіб, у тому числі 4 812 внутрішньо переміщених осіб.",
           [30, 9, 2024, 36900, 4812], "date, population, IDP population of the hromada")
    g.skip("(за 9 місяців 2023 року – 2 051)", [9, 2023, 2051], "prior-year figure")
    g.skip("Прийнято 296 рішень про надання соціальних послуг та 14 рішень про відмову у наданні.", [296, 14],
           "decisions and refusals: no §3 id (used as literals in a check)")
    g.skip("Дані про отримувачів та обсяги наданих послуг наведено в таблиці 2.", [2], "table number")
    g.skip("Таблиця 2", [2], "table number")
    g.skip("1\tДогляд вдома (ЦНСП)", [1, 2, 3, 4, 5, 6], "row numbers 1–6")
    g.skip("Середня тривалість супроводу – 4 місяці.", [4], "duration")
    g.skip("(призначено 214 особам; розмір компенсації – від 1 064,00 до 2 361,00 грн на місяць)",
           [214, 1064, 2361], "recipients of a cash compensation (not a social service) and its monthly range")
    g.skip("одну визнано обґрунтованою", [1], "complaints found justified: no §3 id")
    g.skip("Заходи на IV квартал 2024 року: забезпечити оцінювання потреб не менше 120 осіб, відкрити пункт незламності на 50 місць у с. Сокілець.",
           [4, 2024, 120, 50], "plan for Q4, capacity")
    g.skip("Вих. № 01-22/918 від 08.10.2024", [1, 22, 918, 8, 10, 2024], "outgoing number and date")

    g.note("every cell of Таблиця 2 is a fact quoted by its row; rows hang on the Разом cell of the same column; "
           "the header «Отригувачів» has no kind → recipients (unit_alt persons)".replace("Отригувачів", "Отримувачів"))
    g.note("«надійшло 2 367 звернень» → applied, unit applications")
    g.note("the compensation to informal carers is money spent (budget_spent with label); the 214 people it was "
           "granted to are not recipients of a social service → skipped")
    g.note("the slip: the services column sums to 20 702; Разом says 20 720")
    g.write()


if __name__ == "__main__":
    main()
