"""b40_01: ЦСС Подільської міської ради (Одеська), annual report 2024, DOCX with a service table."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b40_01_podilsk_css_annual2024.docx"

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ПОДІЛЬСЬКОЇ МІСЬКОЇ РАДИ",
    "код ЄДРПОУ 44118273",
    "66302, Одеська обл., м. Подільськ, вул. Соборна, 41, тел. (04862) 0-31-74, e-mail: css.podilsk@example.ua",
    "Вих. № 01-12/38 від 14.01.2025",
]
TITLE = "ЗВІТ про діяльність Центру соціальних служб Подільської міської ради за 2024 рік"

BODY = [
    ("h", "1. Загальні відомості"),
    ("p", "Центр соціальних служб Подільської міської ради (далі – Центр) утворено рішенням Подільської міської ради від 17.12.2020 № 96-VIII. Центр обслуговує 38 населених пунктів громади, в яких проживає близько 64,2 тис. осіб."),
    ("h", "2. Виявлення сімей та оцінка потреб"),
    ("p", "Упродовж звітного року до Центру надійшло 412 звернень (у 2023 році – 375, тобто на 37 більше). Від закладів освіти, охорони здоров'я, служби у справах дітей та поліції отримано повідомлення щодо 96 сімей; у 9 випадках інформація не підтвердилася."),
    ("p", "Оцінку потреб проведено 187 сім'ям/особам, за її результатами складні життєві обставини визначено у 142 з них."),
    ("h", "3. Надання соціальних послуг"),
    ("p", "Дані про отримувачів соціальних послуг наведено в таблиці 2."),
    ("table", None),
    ("p", "Отже, соціальними послугами у 2024 році охоплено 2 143 сім'ї/особи, з них 556 становлять внутрішньо переміщені особи (25,9 %)."),
    ("h", "4. Соціальний супровід"),
    ("p", "Соціальний супровід надавався 58 сім'ям, у яких виховується 121 дитина. Протягом року під супровід взято 39 сімей. Завершено супровід 35 сімей, з них: із позитивним результатом (СЖО подолано) – 24 сім'ї (68,6 %), СЖО мінімізовано – 7 (21,0 %), у зв'язку зі зміною місця проживання – 3, через відмову від послуги – 1. Станом на 31.12.2024 супровід продовжується 23 сім'ям."),
    ("p", "Соціальне супроводження здійснювалося щодо 7 прийомних сімей і 4 дитячих будинків сімейного типу, де виховується 46 дітей. Тривалість одного візиту фахівця – до 2 годин, відвідування – не рідше 1 разу на місяць."),
    ("h", "5. Групова робота та натуральна допомога"),
    ("p", "Фахівцями Центру проведено 64 групові заходи (тренінги, батьківські клуби, «круглі столи»), якими охоплено 1 127 осіб. За сприяння благодійних фондів видано 1 480 продуктових і 620 гігієнічних наборів."),
    ("h", "6. Кадрове забезпечення"),
    ("p", "Штатним розписом Центру передбачено 27 посад, фактично працює 24 працівники, серед яких 16 фахівців із соціальної роботи. Підвищили кваліфікацію у 2024 році 19 працівників. Скарг на якість надання послуг упродовж року не надходило."),
    ("h", "7. Завдання на 2025 рік"),
    ("p", "У 2025 році заплановано запровадити послугу підтриманого проживання для 12 осіб віком від 18 до 23 років та збільшити кількість прийомних сімей до 10."),
    ("p", "Директор Центру"),
]

TABLE_CAP = "Таблиця 2. Отримувачі соціальних послуг у 2024 році"
TABLE_HEAD = ["№ з/п", "Соціальна послуга", "Отримувачів (сімей/осіб)", "з них ВПО", "Надано послуг"]
ROWS = [
    ["1", "Інформування", "1 046", "233", "1 318"],
    ["2", "Консультування", "688", "171", "1 502"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "58", "16", "704"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "11", "–", "264"],
    ["5", "Екстрене (кризове) втручання", "23", "7", "31"],
    ["6", "Натуральна допомога", "317", "129", "317"],
    ["", "Усього", "2 143", "556", "4 136"],
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph(TITLE)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.runs[0].bold = True
    for kind, text in BODY:
        if kind == "h":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
        elif kind == "p":
            d.add_paragraph(text)
        else:
            d.add_paragraph(TABLE_CAP)
            tab = d.add_table(rows=1 + len(ROWS), cols=5)
            tab.style = "Table Grid"
            for i, h in enumerate(TABLE_HEAD):
                tab.rows[0].cells[i].text = h
            for r, row in enumerate(ROWS, start=1):
                for c, v in enumerate(row):
                    tab.rows[r].cells[c].text = v
    fix_docx_props(d, "ЦСС Подільськ")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Подільської міської ради",
        "centre_type": "css",
        "settlement": "Подільськ",
        "oblast": "Одеська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    })
    f = g.f
    a1 = f("applied", "applications", 412, "до Центру надійшло 412 звернень", unit_alt="persons")
    f("notified", "families", 96, "отримано повідомлення щодо 96 сімей")
    na = f("needs_assessed", "families_persons", 187, "Оцінку потреб проведено 187 сім'ям/особам")
    sjo = f("in_difficult_circumstances", "families_persons", 142,
      "складні життєві обставини визначено у 142 з них", parent=na)
    # table
    svc = ["informing", "counselling", "social_support_sjo", "social_support_foster",
           "crisis_intervention", "natural_aid"]
    def q(row):
        return "\t".join(row) if row[0] else "\t".join(row[1:])
    tot = ROWS[-1]
    t_rec = f("served", "families_persons", 2143, q(tot), label="Усього (таблиця 2)")
    t_idp = f("served", "families_persons", 556, q(tot), category="внутрішньо переміщені особи",
              label="Усього, з них ВПО (таблиця 2)", parent=t_rec)
    t_srv = f("services_provided", "services", 4136, q(tot), label="Усього (таблиця 2)")
    ids = {}
    for row, s in zip(ROWS[:-1], svc):
        n = int(row[2].replace(" ", ""))
        r = f("served", "families_persons", n, q(row), service=s, group="table2_recipients",
              parent=t_rec)
        ids.setdefault("rec", []).append(r)
        if row[3] != "–":
            v = f("served", "families_persons", int(row[3]), q(row), service=s,
                  category="внутрішньо переміщені особи", group="table2_idp", parent=t_idp)
            ids.setdefault("idp", []).append(v)
        sp = f("services_provided", "services", int(row[4].replace(" ", "")), q(row), service=s,
               group="table2_services", parent=t_srv)
        ids.setdefault("srv", []).append(sp)
    p_rec = f("served", "families_persons", 2143, "соціальними послугами у 2024 році охоплено 2 143 сім'ї/особи",
              note="prose repeat of the table total")
    p_idp = f("served", "families_persons", 556, "з них 556 становлять внутрішньо переміщені особи (25,9 %)",
              percent=25.9, category="внутрішньо переміщені особи", parent=p_rec)
    # social support
    ss = f("served", "families", 58, "Соціальний супровід надавався 58 сім'ям", service="social_support_sjo",
           alt=["support_ongoing"])
    f("served", "children", 121, "у яких виховується 121 дитина", service="social_support_sjo",
      alt=["support_ongoing"], parent=ss)
    st = f("support_started", "families", 39, "під супровід взято 39 сімей", service="social_support_sjo",
           parent=ss)
    sc = f("support_completed", "families", 35, "Завершено супровід 35 сімей", service="social_support_sjo",
           parent=ss)
    o1 = f("outcome_positive", "families", 24, "із позитивним результатом (СЖО подолано) – 24 сім'ї (68,6 %)",
           percent=68.6, service="social_support_sjo", group="completed_35", parent=sc)
    o2 = f("outcome_minimized", "families", 7, "СЖО мінімізовано – 7 (21,0 %)", percent=21.0,
           service="social_support_sjo", group="completed_35", parent=sc)
    o3 = f("outcome_other", "families", 3, "у зв'язку зі зміною місця проживання – 3",
           label="зміна місця проживання", service="social_support_sjo", group="completed_35", parent=sc)
    o4 = f("outcome_other", "families", 1, "через відмову від послуги – 1", label="відмова від послуги",
           service="social_support_sjo", group="completed_35", parent=sc)
    on = f("support_ongoing", "families", 23, "Станом на 31.12.2024 супровід продовжується 23 сім'ям",
           service="social_support_sjo", alt=["served"], parent=ss)
    fo1 = f("served", "families", 7, "щодо 7 прийомних сімей", service="social_support_foster",
            label="прийомні сім'ї", group="foster_11", parent=ids["rec"][3])
    fo2 = f("served", "families", 4, "4 дитячих будинків сімейного типу", service="social_support_foster",
            label="дитячі будинки сімейного типу", group="foster_11", parent=ids["rec"][3])
    f("served", "children", 46, "де виховується 46 дітей", service="social_support_foster",
      parent=ids["rec"][3])
    ev = f("events", "events", 64, "проведено 64 групові заходи")
    f("event_participants", "persons", 1127, "якими охоплено 1 127 осіб", parent=ev)
    sp_ = f("staff_positions", "positions", 27, "передбачено 27 посад")
    sa = f("staff_actual", "staff", 24, "фактично працює 24 працівники")
    sw = f("staff_actual", "staff", 16, "серед яких 16 фахівців із соціальної роботи",
      label="фахівці із соціальної роботи", parent=sa)
    tr = f("staff_trained", "staff", 19, "Підвищили кваліфікацію у 2024 році 19 працівників")
    f("complaints", "complaints", 0, "Скарг на якість надання послуг упродовж року не надходило")

    # audit
    g.slip("percent_mismatch", "error", "СЖО мінімізовано – 7 (21,0 %)", 21.0, 20.0, [o2, sc],
           "7 of the 35 families whose support was completed is 20,0 %, written 21,0 %. The sibling share "
           "24 (68,6 %) is computed on 35, so the base is not in doubt.",
           "pct_ok(p%s, f%s, f%s, 1)" % (o2[1:], o2[1:], sc[1:]))
    V = lambda i: "f" + i[1:]
    g.check("table_arithmetic", q(tot), "recipients column: 1 046 + 688 + 58 + 11 + 23 + 317 = 2 143",
            " + ".join(V(i) for i in ids["rec"]) + " == " + V(t_rec))
    g.check("table_arithmetic", q(tot), "ВПО column: 233 + 171 + 16 + 7 + 129 = 556 (foster row «–»)",
            " + ".join(V(i) for i in ids["idp"]) + " == " + V(t_idp))
    g.check("table_arithmetic", q(tot), "services column: 1 318 + 1 502 + 704 + 264 + 31 + 317 = 4 136",
            " + ".join(V(i) for i in ids["srv"]) + " == " + V(t_srv))
    g.check("table_arithmetic", q(ROWS[0]), "each row: ВПО ≤ recipients",
            "all([" + ", ".join(f"{V(v)} <= {V(r)}" for v, r in zip(ids["idp"], [ids['rec'][i] for i in (0, 1, 2, 4, 5)])) + "])")
    g.check("internal_conflict", "соціальними послугами у 2024 році охоплено 2 143 сім'ї/особи",
            "prose 2 143 and 556 equal the table's Усього row",
            f"{V(p_rec)} == {V(t_rec)} and {V(p_idp)} == {V(t_idp)}")
    g.check("percent_mismatch", "з них 556 становлять внутрішньо переміщені особи (25,9 %)",
            "556 / 2 143 = 25,94 % → 25,9", f"pct_ok(p{p_idp[1:]}, {V(p_idp)}, {V(p_rec)}, 1)")
    g.check("percent_mismatch", "із позитивним результатом (СЖО подолано) – 24 сім'ї (68,6 %)",
            "24 / 35 = 68,57 % → 68,6", f"pct_ok(p{o1[1:]}, {V(o1)}, {V(sc)}, 1)")
    g.check("parts_sum", "Завершено супровід 35 сімей, з них:", "24 + 7 + 3 + 1 = 35",
            f"{V(o1)} + {V(o2)} + {V(o3)} + {V(o4)} == {V(sc)}")
    g.check("parts_sum", "Соціальний супровід надавався 58 сім'ям",
            "35 completed + 23 continuing = 58 under support; 58 equals the table's social-support row",
            f"{V(sc)} + {V(on)} == {V(ss)} and {V(ss)} == {V(ids['rec'][2])}")
    g.check("parts_sum", "щодо 7 прийомних сімей і 4 дитячих будинків сімейного типу",
            "7 + 4 = 11 = the table's foster row", f"{V(fo1)} + {V(fo2)} == {V(ids['rec'][3])}")
    g.check("parts_sum", "Оцінку потреб проведено 187 сім'ям/особам",
            "142 in СЖО ≤ 187 assessed", f"{V(sjo)} <= {V(na)}")
    g.check("parts_sum", "фактично працює 24 працівники",
            "16 social workers ≤ 24 staff ≤ 27 positions; 19 trained ≤ 24",
            f"{V(sw)} <= {V(sa)} <= {V(sp_)} and {V(tr)} <= {V(sa)}")
    g.check("parts_sum", "до Центру надійшло 412 звернень", "412 − 375 = 37 (difference with 2023 as written)",
            f"{V(a1)} - 375 == 37")

    # skipped
    g.skip("код ЄДРПОУ 44118273", [44118273], "ЄДРПОУ")
    g.skip("66302, Одеська обл., м. Подільськ, вул. Соборна, 41, тел. (04862) 0-31-74",
           [66302, 41, 4862, 3174], "postcode, address, phone")
    g.skip("Вих. № 01-12/38 від 14.01.2025", [1, 12, 38, 14, 1, 2025], "outgoing number and date")
    g.skip("рішенням Подільської міської ради від 17.12.2020 № 96-VIII", [17, 12, 2020, 96],
           "decision date and number")
    g.skip("Центр обслуговує 38 населених пунктів громади, в яких проживає близько 64,2 тис. осіб",
           [38, 64200], "settlement count and population")
    g.skip("(у 2023 році – 375, тобто на 37 більше)", [2023, 375, 37], "prior-year figure and difference")
    g.skip("у 9 випадках інформація не підтвердилася", [9], "notifications not confirmed (no §3 id)")
    g.skip("Таблиця 2. Отримувачі соціальних послуг у 2024 році", [2, 2024], "table number, year")
    g.skip("№ з/п", [1, 2, 3, 4, 5, 6], "table row numbers")
    g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("Тривалість одного візиту фахівця – до 2 годин, відвідування – не рідше 1 разу на місяць",
           [2, 1], "duration and frequency")
    g.skip("видано 1 480 продуктових і 620 гігієнічних наборів", [1480, 620], "items (food and hygiene kits)")
    g.skip("У 2025 році заплановано запровадити послугу підтриманого проживання для 12 осіб віком від 18 до 23 років та збільшити кількість прийомних сімей до 10",
           [2025, 12, 18, 23, 10], "2025 plan, ages")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7], "section numbers")

    g.note("table 2: every cell is a fact quoted by its row; row cells hang on the Усього cell of the same column "
           "(group per column); the foster row's «–» in the ВПО column gives no fact")
    g.note("the prose after the table repeats 2 143 and 556: two more facts (a figure written twice is two facts)")
    g.note("«412 звернень» → applied, unit applications (unit_alt persons)")
    g.note("«Соціальний супровід надавався 58 сім'ям» → served families (alt support_ongoing); the children, "
           "started, completed and continuing figures hang on it; outcomes hang on the 35 completed")
    g.note("the foster 7 + 4 families and their 46 children hang on the table's foster row (11)")
    g.note("«16 фахівців із соціальної роботи» → staff_actual with a label, part of the 24")
    g.write()


if __name__ == "__main__":
    build()
    gold()
