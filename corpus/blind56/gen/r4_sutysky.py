"""b56_04: УСЗН Сутисківської селищної ради (Вінницька), analytic note on social services in 2024. reportlab PDF (DejaVu), third person, two tables."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from common import Gold, report_path, register_dejavu

DOC = "b56_04_sutysky_uszn_note2024.pdf"

T1 = [["Надавач соціальних послуг", "Отримувачів, осіб", "з них ВПО"],
      ["КУ «ЦНСП» Сутисківської селищної ради", "1 126", "219"],
      ["ГО «Турбота Поділля» (соціальне замовлення)", "48", "12"],
      ["Разом", "1 174", "231"]]
T2 = [["Напрям фінансування", "Затверджено", "Касові видатки", "Економія"],
      ["Утримання КУ «ЦНСП»", "11 482,6", "11 219,3", "263,3"],
      ["Соціальне замовлення", "356,0", "342,8", "13,2"],
      ["Компенсація за догляд", "1 214,0", "1 197,5", "16,5"],
      ["Разом", "13 052,6", "12 795,6", "293,0"]]

PARAS = [
 ("c", "Управління соціального захисту населення Сутисківської селищної ради"),
 ("s", "23231, Вінницька обл., Вінницький р-н, смт Сутиски, вул. Незалежності, 12, тел. (04355) 0-21-73, ЄДРПОУ 44107352"),
 ("s", "Вих. № 01-14/388 від 27.01.2025"),
 ("h", "АНАЛІТИЧНА ДОВІДКА про стан надання соціальних послуг населенню Сутисківської селищної територіальної громади у 2024 році"),
 ("p", "Станом на 01.01.2025 у громаді проживає 9 874 особи, з них 2 916 пенсіонерів та 1 047 внутрішньо переміщених осіб. До складу громади входить 11 населених пунктів."),
 ("p", "Протягом 2024 року до Управління надійшло 1 362 заяви щодо надання соціальних послуг (у 2023 році – 1 195). За 1 288 заявами прийнято рішення про надання послуг, у 74 випадках відмовлено. Визначення індивідуальних потреб проведено 417 особам."),
 ("p", "Соціальні послуги в громаді надають два надавачі. Кількість отримувачів наведено в таблиці 1."),
 ("s", "Таблиця 1"),
 ("t1", T1),
 ("p", "Послуги КУ «ЦНСП» Сутисківської селищної ради отримали 1 126 осіб, у тому числі догляд вдома – 274 особи, денний догляд – 41, консультування – 603, інформування – 208."),
 ("p", "До закладів стаціонарного догляду влаштовано 9 осіб. Компенсацію за догляд на непрофесійній основі отримували 86 фізичних осіб. На «гарячу лінію» Управління надійшло 214 дзвінків."),
 ("p", "Спільно з ЦНСП проведено 6 виїзних прийомів у старостинських округах, якими охоплено 143 особи."),
 ("p", "Скарг на якість соціальних послуг до Управління надійшло 2, обидві розглянуто, одну визнано обґрунтованою."),
 ("p", "Фінансування соціальних послуг з бюджету громади у 2024 році наведено в таблиці 2 (тис. грн)."),
 ("s", "Таблиця 2"),
 ("t2", T2),
 ("p", "Функції замовника соціальних послуг виконує відділ соціальних послуг Управління: 4 штатні одиниці, фактично працюють 3 працівники."),
 ("p", "На 2025 рік заплановано збільшити обсяг соціального замовлення до 420,0 тис. грн та запровадити послугу паліативного догляду."),
 ("s", "Начальник Управління (підпис)"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DSans", 8)
    canvas.drawString(2 * cm, 1.2 * cm, f"Аналітична довідка УСЗН Сутисківської селищної ради. Сторінка {doc.page}")
    canvas.restoreState()


def build():
    register_dejavu()
    st = {"p": ParagraphStyle("p", fontName="DSerif", fontSize=11, leading=14, spaceAfter=6, firstLineIndent=1 * cm),
          "s": ParagraphStyle("s", fontName="DSerif", fontSize=10, leading=13, spaceAfter=4),
          "c": ParagraphStyle("c", fontName="DSerif-B", fontSize=11, leading=14, alignment=1, spaceAfter=4),
          "h": ParagraphStyle("h", fontName="DSerif-B", fontSize=12, leading=15, alignment=1, spaceAfter=10, spaceBefore=8)}
    flow = []
    for k, x in PARAS:
        if k in ("t1", "t2"):
            t = Table(x, colWidths=[9 * cm, 3.4 * cm, 2.6 * cm] if k == "t1" else [6.4 * cm, 3 * cm, 3.4 * cm, 2.6 * cm])
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DSans", 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("FONT", (0, 0), (-1, 0), "DSans-B", 9), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
            flow += [t, Spacer(1, 8)]
        else:
            flow.append(Paragraph(x, st[k]))
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, leftMargin=2.5 * cm, rightMargin=1.5 * cm,
                            title="Аналітична довідка", author="УСЗН")
    doc.build(flow, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(DOC, {"centre": "Управління соціального захисту населення Сутисківської селищної ради", "centre_type": "uszn",
                   "settlement": "Сутиски", "oblast": "Вінницька", "report_kind": "period_report",
                   "period_start": "2024-01-01", "period_end": "2024-12-31"},
             {"report_kind": ["annual_report"]})
    f = g.f
    ap = f("applied", "applications", 1362, "до Управління надійшло 1 362 заяви щодо надання соціальних послуг")
    na = f("needs_assessed", "persons", 417, "Визначення індивідуальних потреб проведено 417 особам")
    tot = f("served", "persons", 1174, "Разом\t1 174\t231", label="Разом (таблиця 1)")
    totv = f("served", "persons", 231, "Разом\t1 174\t231", category="внутрішньо переміщені особи", label="Разом (таблиця 1)", parent=tot)
    r1 = f("served", "persons", 1126, "КУ «ЦНСП» Сутисківської селищної ради\t1 126\t219", label="КУ «ЦНСП» Сутисківської селищної ради", group="table1_by_provider", parent=tot)
    r1v = f("served", "persons", 219, "КУ «ЦНСП» Сутисківської селищної ради\t1 126\t219", label="КУ «ЦНСП» Сутисківської селищної ради", category="внутрішньо переміщені особи", group="table1_idp_by_provider", parent=totv)
    r2 = f("served", "persons", 48, "ГО «Турбота Поділля» (соціальне замовлення)\t48\t12", label="ГО «Турбота Поділля»", group="table1_by_provider", parent=tot)
    r2v = f("served", "persons", 12, "ГО «Турбота Поділля» (соціальне замовлення)\t48\t12", label="ГО «Турбота Поділля»", category="внутрішньо переміщені особи", group="table1_idp_by_provider", parent=totv)
    c = f("served", "persons", 1126, "Послуги КУ «ЦНСП» Сутисківської селищної ради отримали 1 126 осіб", label="КУ «ЦНСП» Сутисківської селищної ради")
    cs = [f("served", "persons", 274, "догляд вдома – 274 особи", service="home_care", group="cnsp_1126_by_service", parent=c),
          f("served", "persons", 41, "денний догляд – 41", service="day_care", group="cnsp_1126_by_service", parent=c),
          f("served", "persons", 603, "консультування – 603", service="counselling", group="cnsp_1126_by_service", parent=c),
          f("served", "persons", 208, "інформування – 208", service="informing", group="cnsp_1126_by_service", parent=c)]
    f("calls", "calls", 214, "На «гарячу лінію» Управління надійшло 214 дзвінків")
    ev = f("events", "events", 6, "проведено 6 виїзних прийомів у старостинських округах")
    f("event_participants", "persons", 143, "якими охоплено 143 особи", parent=ev)
    f("complaints", "complaints", 2, "Скарг на якість соціальних послуг до Управління надійшло 2")
    B = {}
    rows = [("Утримання КУ «ЦНСП»\t11 482,6\t11 219,3\t263,3", "утримання КУ «ЦНСП»", 11482600, 11219300, 263300),
            ("Соціальне замовлення\t356,0\t342,8\t13,2", "соціальне замовлення", 356000, 342800, 13200),
            ("Компенсація за догляд\t1 214,0\t1 197,5\t16,5", "компенсація за догляд на непрофесійній основі", 1214000, 1197500, 16500)]
    tq = "Разом\t13 052,6\t12 795,6\t293,0"
    ta = f("budget_approved", "uah", 13052600, tq, label="Разом (таблиця 2)")
    ts = f("budget_spent", "uah", 12795600, tq, label="Разом (таблиця 2)")
    te = f("budget_savings", "uah", 293000, tq, label="Разом (таблиця 2)")
    ids = []
    for q, lab, x, y, z in rows:
        ids.append((f("budget_approved", "uah", x, q, label=lab, group="table2_approved", parent=ta),
                    f("budget_spent", "uah", y, q, label=lab, group="table2_spent", parent=ts),
                    f("budget_savings", "uah", z, q, label=lab, group="table2_savings", parent=te)))
    sp = f("staff_positions", "positions", 4, "4 штатні одиниці", label="відділ соціальних послуг Управління")
    sa = f("staff_actual", "staff", 3, "фактично працюють 3 працівники", label="відділ соціальних послуг Управління")

    F = lambda x: "f" + x[1:]
    g.slip("table_arithmetic", "error", tq, 12795600, 12759600, [ts] + [i[1] for i in ids],
           "the Разом of «Касові видатки» says 12 795,6 тис. грн, but the rows sum to 11 219,3 + 342,8 + 1 197,5 = 12 759,6 (digits transposed); "
           "with 12 795,6 the total line also fails економія = затверджено − видатки (13 052,6 − 12 795,6 = 257,0, not 293,0)",
           " + ".join(F(i[1]) for i in ids) + f" == {F(ts)}")
    g.check("table_arithmetic", tq, "approved: 11 482,6 + 356,0 + 1 214,0 = 13 052,6", " + ".join(F(i[0]) for i in ids) + f" == {F(ta)}")
    g.check("table_arithmetic", tq, "savings: 263,3 + 13,2 + 16,5 = 293,0", " + ".join(F(i[2]) for i in ids) + f" == {F(te)}")
    g.check("table_arithmetic", "Утримання КУ «ЦНСП»\t11 482,6\t11 219,3\t263,3", "each row: затверджено − видатки = економія",
            "all([" + ", ".join(f"{F(a)} - {F(b)} == {F(c_)}" for a, b, c_ in ids) + "])")
    g.check("table_arithmetic", "Разом\t1 174\t231", "1 126 + 48 = 1 174; 219 + 12 = 231", f"{F(r1)} + {F(r2)} == {F(tot)} and {F(r1v)} + {F(r2v)} == {F(totv)}")
    g.check("parts_sum", "у тому числі догляд вдома – 274 особи", "274 + 41 + 603 + 208 = 1 126 = table row", " + ".join(F(x) for x in cs) + f" == {F(c)} and {F(c)} == {F(r1)}")
    g.check("parts_sum", "фактично працюють 3 працівники", "3 ≤ 4", f"{F(sa)} <= {F(sp)}")
    g.check("parts_sum", "Визначення індивідуальних потреб проведено 417 особам", "417 ≤ 1 362", f"{F(na)} <= {F(ap)}")

    g.skip("23231, Вінницька обл., Вінницький р-н, смт Сутиски, вул. Незалежності, 12, тел.", [23231, 12], "postcode, address")
    g.skip("(04355) 0-21-73, ЄДРПОУ 44107352", [4355, 2173, 44107352], "phone, ЄДРПОУ")
    g.skip("Вих. № 01-14/388 від 27.01.2025", [1, 14, 388, 27, 1, 2025], "outgoing number and date")
    g.skip("Станом на 01.01.2025 у громаді проживає 9 874 особи, з них 2 916 пенсіонерів та 1 047 внутрішньо переміщених осіб", [1, 1, 2025, 9874, 2916, 1047], "population counts")
    g.skip("До складу громади входить 11 населених пунктів", [11], "settlement count")
    g.skip("(у 2023 році – 1 195)", [2023, 1195], "prior-year figure")
    g.skip("За 1 288 заявами прийнято рішення про надання послуг, у 74 випадках відмовлено", [1288, 74], "decisions and refusals (no §3 id)")
    g.skip("Соціальні послуги в громаді надають два надавачі", [2], "number of providers")
    g.skip("До закладів стаціонарного догляду влаштовано 9 осіб", [9], "placements (no §3 id)")
    g.skip("Компенсацію за догляд на непрофесійній основі отримували 86 фізичних осіб", [86], "carers paid a compensation (a benefit, not a social service)")
    g.skip("Таблиця 1", [1, 2], "table numbers")
    g.skip("На 2025 рік заплановано збільшити обсяг соціального замовлення до 420,0 тис. грн", [2025, 420000], "plan")
    g.skip("Сторінка 1", [1, 2], "page footer")
    g.note("an УСЗН's analytic note on the whole hromada: centre = the УСЗН (author of the note); report_kind period_report (analytic note) with annual_report accepted")
    g.note("table 1 and table 2 come out space-separated (PDF); every cell is a fact quoted by its row and hangs on the Разом cell of its column")
    g.note("money in тис. грн stored in hryvnias; no KEKV written, so no kekv")
    g.note("planted slip: Разом of «Касові видатки» 12 795,6 vs rows 12 759,6 (transposed digits)")
    g.note("«6 виїзних прийомів» → events; «скарг … надійшло 2» → complaints 2")
    g.write()


if __name__ == "__main__":
    build()
    gold()
