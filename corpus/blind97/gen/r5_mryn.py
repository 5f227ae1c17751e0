"""b97_05: відділ соціального захисту населення Мринської сільської ради (Чернігівська), analytic note
for 9 months of 2021. reportlab PDF with a table by service, third person, page footer.
Planted slip: table_arithmetic (the «Разом» of the services column)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b97_05_mryn_uszn_9m2021.pdf"

HEAD = ["МРИНСЬКА СІЛЬСЬКА РАДА НІЖИНСЬКОГО РАЙОНУ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ",
        "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
        "16630, с. Мрин, вул. Миру, 2; тел. (04631) 0-27-44; e-mail: szn.mryn@example.ua; код ЄДРПОУ 44102376"]
TITLE = ["АНАЛІТИЧНА ДОВІДКА",
         "щодо надання соціальних послуг та соціального захисту населення Мринської сільської громади "
         "за 9 місяців 2021 року"]
PARAS1 = [
    "Мринська сільська громада об'єднує 12 населених пунктів, у яких проживає 16,3 тис. осіб. Відділ "
    "соціального захисту населення сільської ради (далі – Відділ) утворено рішенням сесії від 24.12.2020 № 3-2/VIII.",
    "За січень – вересень 2021 року до Відділу надійшло 1 248 заяв громадян (за 9 місяців 2020 року – 1 107), "
    "з них 96 – щодо надання соціальних послуг. За результатами розгляду заяв прийнято 71 рішення про надання "
    "соціальних послуг та 4 рішення про відмову. Оцінку потреб фахівці провели 88 особам.",
    "Станом на 01.10.2021 на обліку у Відділі перебуває 612 внутрішньо переміщених осіб. За звітний період "
    "призначено 417 житлових субсидій.",
    "Соціальні послуги мешканцям громади надавали працівники комунальних закладів та Відділу. Дані про "
    "отримувачів і обсяги послуг наведено в таблиці.",
]
TCAP = "Таблиця. Надання соціальних послуг за 9 місяців 2021 року"
TABLE = [
    ["№ з/п", "Соціальна послуга", "Отримувачів, осіб", "у т. ч. осіб з інвалідністю", "Надано послуг, од."],
    ["1", "Догляд вдома", "84", "31", "9 412"],
    ["2", "Денний догляд", "17", "9", "1 306"],
    ["3", "Натуральна допомога", "132", "28", "264"],
    ["4", "Соціальне таксі", "39", "39", "118"],
    ["5", "Консультування", "211", "47", "389"],
    ["", "Разом", "483", "154", "11 589"],
]
PARAS2 = [
    "Отже, протягом 9 місяців соціальні послуги отримали 483 особи, що на 41 особу більше, ніж за відповідний "
    "період минулого року. Кожен третій отримувач – особа з інвалідністю.",
    "Натуральна допомога (продуктові набори, засоби гігієни, дитяче харчування) надана на загальну суму "
    "214,6 тис. грн за рахунок благодійних внесків та гуманітарної допомоги.",
    "На виконання Програми соціального захисту населення на 2021–2023 роки на 2021 рік затверджено "
    "1 250,0 тис. грн, станом на 01.10.2021 використано 812,4 тис. грн (65,0 %).",
    "У Відділі при 8 штатних посадах працює 7 спеціалістів. Протягом звітного періоду до Відділу надійшли "
    "дві скарги щодо затримки виплат; обидві розглянуто, порушень не виявлено.",
    "До кінця 2021 року Відділ планує укласти договір про надання послуги паліативного догляду для 6 осіб.",
]
SIGN = "Начальник відділу ____________          07.10.2021"


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawString(20 * mm, 10 * mm, "Аналітична довідка Відділу соціального захисту населення Мринської сільської ради")
    canvas.drawRightString(190 * mm, 10 * mm, f"Сторінка {doc.page}")
    canvas.restoreState()


def build_pdf(path):
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14, alignment=TA_JUSTIFY,
                          firstLineIndent=10 * mm, spaceAfter=4)
    cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0, fontName="LSerif-B")
    small = ParagraphStyle("s", parent=body, alignment=TA_CENTER, firstLineIndent=0, fontSize=9)
    cell = ParagraphStyle("t", fontName="LSerif", fontSize=10, leading=12)
    story = [Paragraph(HEAD[0], cen), Paragraph(HEAD[1], cen), Paragraph(HEAD[2], small), Spacer(1, 6 * mm),
             Paragraph(TITLE[0], cen), Paragraph(TITLE[1], cen), Spacer(1, 4 * mm)]
    story += [Paragraph(t, body) for t in PARAS1]
    story.append(Paragraph(TCAP, cen))
    data = [[Paragraph(c, cell) for c in TABLE[0]]] + [row for row in TABLE[1:]]
    t = Table(data, colWidths=[14 * mm, 56 * mm, 32 * mm, 36 * mm, 32 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                           ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("FONTNAME", (0, -1), (-1, -1), "LSerif-B")]))
    story += [t, Spacer(1, 4 * mm)]
    story += [Paragraph(t_, body) for t_ in PARAS2]
    story += [Spacer(1, 8 * mm), Paragraph(SIGN, body)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, invariant=1, title="Аналітична довідка", author="Відділ СЗН")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


SERVICES = ["home_care", "day_care", "natural_aid", "social_taxi", "counselling"]


def build():
    path = report_path(DOC)
    build_pdf(path)
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Мринської сільської ради",
        "centre_type": "uszn",
        "settlement": "Мрин",
        "oblast": "Чернігівська",
        "report_kind": "period_report",
        "period_start": "2021-01-01",
        "period_end": "2021-09-30",
    })
    f1 = g.f("applied", "applications", 1248, "до Відділу надійшло 1 248 заяв громадян")
    f2 = g.f("applied", "applications", 96, "з них 96 – щодо надання соціальних послуг",
             label="щодо надання соціальних послуг", parent=f1)
    f3 = g.f("needs_assessed", "persons", 88, "Оцінку потреб фахівці провели 88 особам.")
    rows = TABLE[1:6]
    tot = "\tРазом\t483\t154\t11 589"
    served_tot = g.f("served", "persons", 483, tot, label="Разом")
    dis_tot = g.f("served", "persons", 154, tot, category="особи з інвалідністю", label="Разом", parent=served_tot)
    svc_tot = g.f("services_provided", "services", 11589, tot, label="Разом")
    sv, dv, pv = [], [], []
    for row, svc in zip(rows, SERVICES):
        q = "\t".join(row)
        a = g.f("served", "persons", int(row[2]), q, service=svc, group="served_483_by_service", parent=served_tot)
        sv.append(a)
        dv.append(g.f("served", "persons", int(row[3]), q, service=svc, category="особи з інвалідністю",
                      group="disabled_154_by_service", parent=dis_tot))
        pv.append(g.f("services_provided", "services", int(row[4].replace(" ", "")), q, service=svc,
                      group="services_by_service", parent=svc_tot))
    f22 = g.f("served", "persons", 483, "соціальні послуги отримали 483 особи",
              note="the table total repeated in the prose: a second fact")
    f23 = g.f("aid_value", "uah", 214600, "214,6 тис. грн за рахунок благодійних внесків", service="natural_aid")
    f24 = g.f("budget_approved", "uah", 1250000, "1 250,0 тис. грн, станом на 01.10.2021 використано 812,4 тис. грн",
              label="Програма соціального захисту населення, на 2021 рік",
              note="the 2021 approval of a 2021–2023 programme; the note reports spending to 01.10.2021 against it")
    f25 = g.f("budget_spent", "uah", 812400, "використано 812,4 тис. грн (65,0 %)", percent=65.0,
              label="Програма соціального захисту населення")
    f26 = g.f("staff_positions", "positions", 8, "при 8 штатних посадах")
    f27 = g.f("staff_actual", "staff", 7, "працює 7 спеціалістів")
    f28 = g.f("complaints", "complaints", 2, "дві скарги щодо затримки виплат",
              note="number in words; «обидві розглянуто» restates it and is not a second fact")

    g.slip("table_arithmetic", "error", tot, 11589, 11489, [svc_tot] + pv,
           "«Надано послуг» column: 9 412 + 1 306 + 264 + 118 + 389 = 11 489, but «Разом» says 11 589 (100 more). "
           "The other two columns add up.",
           " + ".join(pv) + f" == {svc_tot}")

    g.check("table_arithmetic", tot, "Отримувачів: 84 + 17 + 132 + 39 + 211 = 483",
            " + ".join(sv) + f" == {served_tot}")
    g.check("table_arithmetic", tot, "у т. ч. осіб з інвалідністю: 31 + 9 + 28 + 39 + 47 = 154; each ≤ its row",
            " + ".join(dv) + f" == {dis_tot} and " + " and ".join(f"{d} <= {s}" for d, s in zip(dv, sv)))
    g.check("internal_conflict", "соціальні послуги отримали 483 особи", "prose and table agree (483)",
            f"f22 == {served_tot}")
    g.check("percent_mismatch", "використано 812,4 тис. грн (65,0 %)", "812,4 / 1 250,0 = 64,99 % → 65,0",
            "pct_ok(p25, f25, f24, 1)")
    g.check("parts_sum", "з них 96 – щодо надання соціальних послуг", "96 ≤ 1 248", "f2 <= f1")
    g.check("parts_sum", "працює 7 спеціалістів", "7 ≤ 8", "f27 <= f26")

    g.skip("16630, с. Мрин, вул. Миру, 2; тел. (04631) 0-27-44; e-mail: szn.mryn@example.ua; код ЄДРПОУ 44102376",
           [16630, 2, 4631, 0, 27, 44, 44102376], "postcode, address, phone, ЄДРПОУ")
    g.skip("за 9 місяців 2021 року", [9, 2021], "period in the title")
    g.skip("об'єднує 12 населених пунктів, у яких проживає 16,3 тис. осіб", [12, 16300],
           "settlements, population")
    g.skip("рішенням сесії від 24.12.2020 № 3-2/VIII", [24, 12, 2020, 3, 2], "decision date and number")
    g.skip("За січень – вересень 2021 року", [2021], "period")
    g.skip("(за 9 місяців 2020 року – 1 107)", [9, 2020, 1107], "prior-year figure")
    g.skip("прийнято 71 рішення про надання соціальних послуг та 4 рішення про відмову", [71, 4],
           "decisions and refusals (no §3 id)")
    g.skip("Станом на 01.10.2021 на обліку у Відділі перебуває 612 внутрішньо переміщених осіб.", [1, 10, 2021, 612],
           "IDP register (not the register of families in СЖО; no §3 id)")
    g.skip("призначено 417 житлових субсидій", [417], "housing subsidies (no §3 id)")
    g.skip("Таблиця. Надання соціальних послуг за 9 місяців 2021 року", [9, 2021], "table caption")
    g.skip("№ з/п", [1, 2, 3, 4, 5], "row numbers")
    g.skip("що на 41 особу більше, ніж за відповідний період минулого року", [41], "difference from the prior year")
    g.skip("Кожен третій отримувач – особа з інвалідністю.", [3], "ratio in words")
    g.skip("Програми соціального захисту населення на 2021–2023 роки на 2021 рік", [2021, 2023, 2021], "programme years")
    g.skip("До кінця 2021 року Відділ планує укласти договір про надання послуги паліативного догляду для 6 осіб.",
           [2021, 6], "plan")
    g.skip("07.10.2021", [7, 10, 2021], "signature date")
    g.skip("Сторінка 1", [1], "page footer")
    g.skip("Сторінка 2", [2], "page footer")
    g.skip("протягом 9 місяців соціальні послуги", [9], "length of the period")

    g.note("the author is a відділ соціального захисту населення of a village council → centre_type uszn; an "
           "analytic note for 9 months → period_report")
    g.note("table: every cell is a fact quoted by its row; rows hang on the «Разом» cell of the same column. The "
           "«у т. ч. осіб з інвалідністю» cells hang on the column total (one group), not on the row's recipients")
    g.note("«Соціальне таксі» → service social_taxi; its «Надано послуг» cell (118) is services_provided")
    g.note("the 612 IDPs on the Відділ's register and 417 subsidies are not §3 indicators → skipped")
    g.note("«дві скарги» → complaints 2 (number in words)")
    g.note("«Кожен третій отримувач – особа з інвалідністю» (154 of 483 = 31,9 %) is prose rounding, not a percentage; "
           "no check")
    g.write()


if __name__ == "__main__":
    build()
