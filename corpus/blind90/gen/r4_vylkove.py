"""b90_04: Відділ соціального захисту населення виконавчого комітету Вилківської міської ради (Одеська),
information on the work in 9 months of 2025. reportlab PDF (DejaVu fonts), outgoing number, prose, a table of
social services in the hromada (Отримувачів / Надано послуг) and a budget paragraph. Impersonal, formal.
Planted slip: table_arithmetic (the «Надано послуг» column sums to 8 686, Разом says 8 868)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import Gold, report_path

DOC = "b90_04_vylkove_uszn_9m2025.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"

HEAD = ("ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ<br/>ВИКОНАВЧОГО КОМІТЕТУ ВИЛКІВСЬКОЇ МІСЬКОЇ РАДИ<br/>"
        "68355, Одеська обл., Ізмаїльський р-н, м. Вилкове, вул. Пушкіна, 23, тел. (04843) 0-31-58")
OUT = "Вих. № 01-17/1045 від 06.10.2025"
TITLE = "ІНФОРМАЦІЯ<br/>про роботу відділу соціального захисту населення за 9 місяців 2025 року"
PARAS1 = [
    "Вилківська міська територіальна громада об'єднує 4 населені пункти з чисельністю населення 14,6 тис. осіб. "
    "Відділ діє відповідно до Положення, затвердженого рішенням міської ради від 24.02.2021 № 112-VIII.",
    "За січень–вересень 2025 року до відділу з питань соціального захисту звернулися 1 376 громадян. "
    "Прийнято 1 102 заяви на призначення державних соціальних допомог, компенсацій та субсидій, у тому числі "
    "через ЦНАП – 418 заяв. Житлову субсидію призначено 618 домогосподарствам. Видано 214 посвідчень "
    "пільгових категорій.",
    "Проведено оцінку потреб 63 осіб у соціальних послугах. Спільно зі службою у справах дітей та "
    "центром надання соціальних послуг виявлено 9 сімей, які перебувають у складних життєвих обставинах, "
    "7 з них взято під соціальний супровід.",
    "На «гарячу лінію» відділу надійшло 37 звернень.",
    "Соціальні послуги мешканцям громади надаються комунальною установою «Центр надання соціальних послуг» "
    "за направленнями відділу (таблиця 2).",
]
TCAP = "Таблиця 2. Надання соціальних послуг у громаді за 9 місяців 2025 року"
ROWS = [
    ["№ з/п", "Соціальна послуга", "Отримувачів, осіб", "Надано послуг"],
    ["1", "Догляд вдома", "84", "6 412"],
    ["2", "Денний догляд", "22", "1 318"],
    ["3", "Натуральна допомога", "156", "156"],
    ["4", "Консультування", "241", "388"],
    ["5", "Соціальна адаптація", "35", "412"],
    ["", "Разом", "538", "8 868"],
]
PARAS2 = [
    "Отже, соціальними послугами за 9 місяців 2025 року охоплено 538 осіб.",
    "На виконання міської програми «Турбота» на 2025–2027 роки у 2025 році передбачено 1 450,0 тис. грн, "
    "за 9 місяців використано 1 086,7 тис. грн. Одноразову матеріальну допомогу отримали 214 осіб на загальну "
    "суму 642,0 тис. грн, середній розмір допомоги – 3,0 тис. грн.",
    "Штатна чисельність відділу – 12 штатних одиниць, фактично працюють 10 працівників.",
    "Начальник відділу                                        (підпис)",
    "Виконавець: тел. (04843) 0-31-60",
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DV", 8)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")
    canvas.restoreState()


def build(path):
    pdfmetrics.registerFont(TTFont("DV", DV + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DV-B", DV + "DejaVuSerif-Bold.ttf"))
    body = ParagraphStyle("b", fontName="DV", fontSize=11.5, leading=16, alignment=TA_JUSTIFY, firstLineIndent=12 * mm,
                          spaceAfter=5)
    centre = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0, fontName="DV-B")
    cell = ParagraphStyle("t", fontName="DV", fontSize=10, leading=12)
    story = [Paragraph(HEAD, centre), Spacer(1, 6), Paragraph(OUT, ParagraphStyle("o", parent=body, firstLineIndent=0)),
             Spacer(1, 6), Paragraph(TITLE, centre)]
    story += [Paragraph(p, body) for p in PARAS1]
    story.append(Paragraph(TCAP, ParagraphStyle("cap", parent=body, firstLineIndent=0)))
    data = [[Paragraph(c, cell) for c in r] for r in ROWS]
    t = Table(data, colWidths=[16 * mm, 70 * mm, 38 * mm, 38 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(p, body) for p in PARAS2]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm, title="Інформація 9 місяців 2025")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення виконавчого комітету Вилківської міської ради",
        "centre_type": "uszn", "settlement": "Вилкове", "oblast": "Одеська", "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-09-30"})
    P = "persons"
    f1 = g.f("applied", P, 1376, "звернулися 1 376 громадян")
    f2 = g.f("applied", "applications", 1102, "Прийнято 1 102 заяви на призначення державних соціальних допомог")
    f3 = g.f("applied", "applications", 418, "через ЦНАП – 418 заяв", label="через ЦНАП", parent=f2)
    f4 = g.f("needs_assessed", P, 63, "Проведено оцінку потреб 63 осіб")
    f5 = g.f("in_difficult_circumstances", "families", 9, "виявлено 9 сімей, які перебувають у складних життєвих обставинах")
    f6 = g.f("support_started", "families", 7, "7 з них взято під соціальний супровід", service="social_support_sjo",
             parent=f5)
    f7 = g.f("calls", "calls", 37, "На «гарячу лінію» відділу надійшло 37 звернень.")
    services = [("home_care", 1), ("day_care", 2), ("natural_aid", 3), ("counselling", 4), ("social_adaptation", 5)]
    tot = ROWS[-1]
    f_tr = g.f("served", P, 538, "\t".join(tot), label="Разом")
    f_ts = g.f("services_provided", "services", 8868, "\t".join(tot), label="Разом")
    rec, srv = [], []
    for sid, i in services:
        r = ROWS[i]
        q = "\t".join(r)
        rec.append(g.f("served", P, int(r[2].replace(" ", "")), q, service=sid, group="table_recipients_by_service",
                       parent=f_tr))
        srv.append(g.f("services_provided", "services", int(r[3].replace(" ", "")), q, service=sid,
                       group="table_services_by_service", parent=f_ts))
    f_pr = g.f("served", P, 538, "соціальними послугами за 9 місяців 2025 року охоплено 538 осіб",
               note="the table total said again in prose: a second fact")
    fb1 = g.f("budget_approved", "uah", 1450000, "у 2025 році передбачено 1 450,0 тис. грн",
              label="міська програма «Турбота», на 2025 рік")
    fb2 = g.f("budget_spent", "uah", 1086700, "за 9 місяців використано 1 086,7 тис. грн",
              label="міська програма «Турбота»")
    fa = g.f("served", P, 214, "Одноразову матеріальну допомогу отримали 214 осіб", label="одноразова матеріальна допомога")
    fav = g.f("aid_value", "uah", 642000, "на загальну суму 642,0 тис. грн", label="одноразова матеріальна допомога")
    fs1 = g.f("staff_positions", "positions", 12, "Штатна чисельність відділу – 12 штатних одиниць")
    fs2 = g.f("staff_actual", "staff", 10, "фактично працюють 10 працівників")

    g.slip("table_arithmetic", "error", "\t".join(tot), 8686, 8868, [f_ts] + srv,
           "the «Надано послуг» column: 6 412 + 1 318 + 156 + 388 + 412 = 8 686, the Разом row says 8 868 "
           "(two digits swapped)", " + ".join(srv) + f" == {f_ts}")
    g.check("table_arithmetic", "\t".join(tot), "the «Отримувачів» column: 84 + 22 + 156 + 241 + 35 = 538",
            " + ".join(rec) + f" == {f_tr}")
    g.check("internal_conflict", "соціальними послугами за 9 місяців 2025 року охоплено 538 осіб",
            "prose total equals the table total 538", f"{f_pr} == {f_tr}")
    g.check("parts_sum", "через ЦНАП – 418 заяв", "418 ≤ 1 102", "f3 <= f2")
    g.check("parts_sum", "7 з них взято під соціальний супровід", "7 ≤ 9", "f6 <= f5")
    g.check("parts_sum", "за 9 місяців використано 1 086,7 тис. грн",
            "aid 642,0 ≤ spent 1 086,7 ≤ approved 1 450,0 тис. грн", f"{fav} <= {fb2} <= {fb1}")
    g.check("parts_sum", "фактично працюють 10 працівників", "10 ≤ 12", f"{fs2} <= {fs1}")

    g.skip("68355, Одеська обл., Ізмаїльський р-н, м. Вилкове, вул. Пушкіна, 23, тел. (04843) 0-31-58",
           [68355, 23, 4843, 3158], "postcode, address, phone")
    g.skip("Вих. № 01-17/1045 від 06.10.2025", [1, 17, 1045, 6, 10, 2025], "outgoing number and date")
    g.skip("про роботу відділу соціального захисту населення за 9 місяців 2025 року", [9, 2025], "period")
    g.skip("об'єднує 4 населені пункти з чисельністю населення 14,6 тис. осіб", [4, 14600],
           "settlement count, population")
    g.skip("від 24.02.2021 № 112-VIII", [24, 2, 2021, 112], "decision date and number")
    g.skip("Житлову субсидію призначено 618 домогосподарствам.", [618], "subsidies granted – no §3 id")
    g.skip("Видано 214 посвідчень", [214], "certificates issued – items, no §3 id")
    g.skip("(таблиця 2)", [2], "table number")
    g.skip("Таблиця 2. Надання соціальних послуг у громаді за 9 місяців 2025 року", [2, 9, 2025], "table caption")
    g.skip("№ з/п", [1, 2, 3, 4, 5], "row numbers")
    g.skip("міської програми «Турбота» на 2025–2027 роки", [2025, 2027], "programme years")
    g.skip("середній розмір допомоги – 3,0 тис. грн", [3000], "average amount (a ratio)")
    g.skip("Виконавець: тел. (04843) 0-31-60", [4843, 3160], "phone")
    g.note("a УСЗН (відділ) report: «звернулися 1 376 громадян» → applied persons; «прийнято 1 102 заяви» → applied "
           "applications; subsidies granted and certificates have no §3 id")
    g.note("the table's Разом cells are the parents of the rows of the same column; the prose total 538 is a second fact")
    g.note("«Одноразову матеріальну допомогу отримали 214 осіб» → served with a label (cash aid has no vocab service); "
           "the 214 of «Видано 214 посвідчень» is a different figure and is skipped")
    g.note("the page footer «Сторінка N» is drawn on the canvas; the reader does not print it")
    g.write()


if __name__ == "__main__":
    main()
