"""b73_06: Центр соціальних служб Чернелицької селищної ради (Івано-Франківська), analytic note
for Q3 2024 (липень–вересень). reportlab PDF (Liberation fonts): prose, a numbered list and a budget
table by KEKV (затверджено на III квартал / касові видатки / економія, in грн with kopecks).
Planted slip: table_arithmetic in the KEKV 2120 row: 134 730,00 − 131 717,39 = 3 012,61, the table
says 3 102,61; the Разом economy (19 591,06) is right, so the economy column no longer sums to it
either. One slip, two findings."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

DOC = "b73_06_chernelytsia_css_q3_2024.pdf"

HEAD = "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ЧЕРНЕЛИЦЬКОЇ СЕЛИЩНОЇ РАДИ"
HEAD2 = "Коломийського району Івано-Франківської області"
TITLE = "АНАЛІТИЧНА ДОВІДКА<br/>про результати діяльності Центру у III кварталі 2024 року"
P1 = [
    "Довідку підготовлено на запит відділу соціального захисту населення селищної ради (лист від "
    "02.10.2024 № 318/02-14). Центр обслуговує 16 населених пунктів (8 старостинських округів).",
    "У липні–вересні 2024 року на облік сімей (осіб), які перебувають у складних життєвих обставинах, "
    "поставлено 7 сімей, знято з обліку 5 сімей. Станом на 30.09.2024 на обліку перебуває 26 сімей "
    "(на 30.06.2024 – 24).",
    "Соціальні послуги за квартал отримали 148 сімей/осіб. Зокрема:",
]
LIST = [
    "1) інформування – 133 сім’ї/особи;",
    "2) консультування – 92 сім’ї/особи;",
    "3) соціальний супровід сімей у СЖО – 14 сімей, у яких 33 дитини;",
    "4) представництво інтересів – 6 осіб.",
]
P2 = [
    "Гуманітарну допомогу від благодійного фонду (84 продуктові набори та 40 наборів побутової хімії) "
    "Центр передав 37 сім’ям.",
    "Проведено 6 групових заходів для батьків і підлітків, у них взяли участь 81 особа. Кожне заняття "
    "тривало 1,5 години.",
    "Штатний розпис Центру – 6 посад, працює 5 працівників, 1 посада фахівця із соціальної роботи "
    "вакантна з 19.08.2024.",
    "Фінансування. Видатки загального фонду бюджету Центру у III кварталі 2024 року наведено в таблиці "
    "(грн):",
]
TABLE = [
    ["КЕКВ", "Найменування", "Затверджено на III квартал", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "612 400,00", "598 715,42", "13 684,58"],
    ["2120", "Нарахування на оплату праці", "134 730,00", "131 717,39", "3 102,61"],
    ["2210", "Предмети, матеріали, обладнання та інвентар", "18 000,00", "16 420,00", "1 580,00"],
    ["2240", "Оплата послуг (крім комунальних)", "9 600,00", "9 600,00", "0,00"],
    ["2273", "Оплата електроенергії", "7 200,00", "5 886,13", "1 313,87"],
    ["", "Разом", "781 930,00", "762 338,94", "19 591,06"],
]
P3 = [
    "Порівняно з II кварталом 2024 року кількість сімей на обліку зросла на 2. Скарг на роботу Центру "
    "у кварталі не надходило.",
    "Директор Центру (підпис)      Виконавець: тел. (03433) 0-47-81",
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawCentredString(A4[0] / 2, 10 * mm, f"Аналітична довідка ЦСС, III квартал 2024 р. — стор. {doc.page}")
    canvas.restoreState()


def build(path):
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, firstLineIndent=12 * mm, spaceAfter=4,
                          alignment=4)
    cen = ParagraphStyle("c", parent=body, fontName="LSerif-B", alignment=1, firstLineIndent=0)
    li = ParagraphStyle("l", parent=body, firstLineIndent=0, leftIndent=12 * mm, spaceAfter=1)
    cell = ParagraphStyle("t", fontName="LSans", fontSize=9, leading=11)
    flow = [Paragraph(HEAD, cen), Paragraph(HEAD2, cen), Spacer(1, 5 * mm), Paragraph(TITLE, cen), Spacer(1, 4 * mm)]
    flow += [Paragraph(t, body) for t in P1] + [Paragraph(t, li) for t in LIST] + [Paragraph(t, body) for t in P2]
    data = [[Paragraph(c, cell) for c in row] for row in TABLE]
    t = Table(data, colWidths=[14 * mm, 62 * mm, 32 * mm, 32 * mm, 28 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow += [t, Spacer(1, 4 * mm)] + [Paragraph(t_, body) for t_ in P3]
    SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=12 * mm, topMargin=15 * mm,
                      bottomMargin=18 * mm, invariant=1, title="Аналітична довідка").build(
        flow, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Чернелицької селищної ради", "centre_type": "css",
        "settlement": "Чернелиця", "oblast": "Івано-Франківська", "report_kind": "period_report",
        "period_start": "2024-07-01", "period_end": "2024-09-30"})
    rn = g.f("registered_new", "families", 7, "поставлено 7 сімей")
    dr = g.f("deregistered", "families", 5, "знято з обліку 5 сімей")
    rg = g.f("registered", "families", 26, "на обліку перебуває 26 сімей")
    sv = g.f("served", "families_persons", 148, "Соціальні послуги за квартал отримали 148 сімей/осіб")
    s1 = g.f("served", "families_persons", 133, "1) інформування – 133 сім'ї/особи;", service="informing", parent=sv)
    s2 = g.f("served", "families_persons", 92, "2) консультування – 92 сім'ї/особи;", service="counselling", parent=sv)
    s3 = g.f("served", "families", 14, "3) соціальний супровід сімей у СЖО – 14 сімей", service="social_support_sjo",
             alt=["support_ongoing"], parent=sv)
    g.f("served", "children", 33, "у яких 33 дитини", service="social_support_sjo", alt=["support_ongoing"], parent=s3)
    s4 = g.f("served", "persons", 6, "4) представництво інтересів – 6 осіб.", service="representation", parent=sv)
    ha = g.f("served", "families", 37, "Центр передав 37 сім'ям", label="гуманітарна допомога від благодійного фонду",
             note="humanitarian aid handed over; no natural_aid service named (it is a charity's aid), so no service")
    ev = g.f("events", "events", 6, "Проведено 6 групових заходів для батьків і підлітків")
    g.f("event_participants", "persons", 81, "у них взяли участь 81 особа", parent=ev)
    sp = g.f("staff_positions", "positions", 6, "Штатний розпис Центру – 6 посад")
    sa = g.f("staff_actual", "staff", 5, "працює 5 працівників")
    g.f("complaints", "complaints", 0, "Скарг на роботу Центру \nу кварталі не надходило".replace(" \n", " "))
    rows = [("2111", "2111\tЗаробітна плата\t612 400,00\t598 715,42\t13 684,58", 612400, 598715.42, 13684.58),
            ("2120", "2120\tНарахування на оплату праці\t134 730,00\t131 717,39\t3 102,61", 134730, 131717.39, 3102.61),
            ("2210", "2210\tПредмети, матеріали, обладнання та інвентар\t18 000,00\t16 420,00\t1 580,00", 18000, 16420, 1580),
            ("2240", "2240\tОплата послуг (крім комунальних)\t9 600,00\t9 600,00\t0,00", 9600, 9600, 0),
            ("2273", "2273\tОплата електроенергії\t7 200,00\t5 886,13\t1 313,87", 7200, 5886.13, 1313.87)]
    tq = "Разом\t781 930,00\t762 338,94\t19 591,06"
    TA = g.f("budget_approved", "uah", 781930, tq, label="загальний фонд, III квартал, разом")
    TS = g.f("budget_spent", "uah", 762338.94, tq, label="загальний фонд, III квартал, разом")
    TE = g.f("budget_savings", "uah", 19591.06, tq, label="загальний фонд, III квартал, разом")
    A, S, E = {}, {}, {}
    for k, q, a, s, e in rows:
        A[k] = g.f("budget_approved", "uah", a, q, kekv=k, group="approved_by_kekv", parent=TA)
        S[k] = g.f("budget_spent", "uah", s, q, kekv=k, group="spent_by_kekv", parent=TS)
        E[k] = g.f("budget_savings", "uah", e, q, kekv=k, group="savings_by_kekv", parent=TE)

    bad = "2120"
    g.slip("table_arithmetic", "error", rows[1][1], 3102.61, 3012.61, [A[bad], S[bad], E[bad]],
           "економія = затверджено − видатки: 134 730,00 − 131 717,39 = 3 012,61, the row says 3 102,61 (digits 0 and 1 swapped)",
           f"near({A[bad]} - {S[bad]}, {E[bad]})", slip=1)
    g.slip("table_arithmetic", "error", tq, 19681.06, 19591.06, [TE] + list(E.values()),
           "the economy column sums to 19 681,06 with the wrong 2120 row, Разом says 19 591,06 (which is right: 781 930,00 − 762 338,94)",
           "near(" + " + ".join(E.values()) + f", {TE})", slip=1)
    g.check("table_arithmetic", tq, "approved: 612 400 + 134 730 + 18 000 + 9 600 + 7 200 = 781 930,00",
            "near(" + " + ".join(A.values()) + f", {TA})")
    g.check("table_arithmetic", tq, "spent: 598 715,42 + 131 717,39 + 16 420 + 9 600 + 5 886,13 = 762 338,94",
            "near(" + " + ".join(S.values()) + f", {TS})")
    g.check("table_arithmetic", tq, "Разом: 781 930,00 − 762 338,94 = 19 591,06", f"near({TA} - {TS}, {TE})")
    g.check("table_arithmetic", rows[0][1], "rows 2111, 2210, 2240, 2273: затверджено − видатки = економія",
            " and ".join(f"near({A[k]} - {S[k]}, {E[k]})" for k in ("2111", "2210", "2240", "2273")))
    g.check("parts_sum", "на обліку перебуває 26 сімей", "24 (30.06, literal) + 7 − 5 = 26; «зросла на 2» (literal)",
            f"24 + {rn} - {dr} == {rg} and {rn} - {dr} == 2")
    g.check("parts_sum", "Соціальні послуги за квартал отримали 148 сімей/осіб",
            "each service ≤ 148 (overlapping list, «зокрема»)", f"max({s1}, {s2}, {s3}, {s4}) <= {sv}")
    g.check("parts_sum", "Штатний розпис Центру – 6 посад, працює 5 працівників, 1 посада",
            "6 positions − 5 working = 1 vacancy (literal)", f"{sp} - {sa} == 1")

    g.skip("Коломийського району Івано-Франківської області", [], "district (no number)")
    g.skip("про результати діяльності Центру у III кварталі 2024 року", [3, 2024], "report period")
    g.skip("(лист від \n02.10.2024 № 318/02-14)".replace(" \n", " "), [2, 10, 2024, 318, 2, 14], "letter date and number")
    g.skip("Центр обслуговує 16 населених пунктів (8 старостинських округів).", [16, 8], "settlement and district counts")
    g.skip("Станом на 30.09.2024", [30, 9, 2024], "date")
    g.skip("У липні–вересні 2024 року", [2024], "report period")
    g.skip("(на 30.06.2024 – 24)", [30, 6, 2024, 24], "previous quarter's register; literal in a check")
    g.skip("(84 продуктові набори та 40 наборів побутової хімії)", [84, 40], "items handed out")
    g.skip("Кожне заняття \nтривало 1,5 години.".replace(" \n", " "), [1.5], "duration")
    g.skip("1 посада фахівця із соціальної роботи \nвакантна з 19.08.2024".replace(" \n", " "), [1, 19, 8, 2024],
           "vacancy (no §3 id; literal in a check) and date")
    g.skip("у III кварталі 2024 року наведено в таблиці", [3, 2024], "period")
    g.skip("КЕКВ\tНайменування\tЗатверджено на III квартал", [3], "table header")
    g.skip("Порівняно з II кварталом 2024 року кількість сімей на обліку зросла на 2.", [2, 2024, 2],
           "comparison with the previous quarter (difference; literal in a check)")
    g.skip("Виконавець: тел. (03433) 0-47-81", [3433, 4781], "phone")
    g.skip("1) інформування", [1, 2, 3, 4], "list item numbers 1)–4)")
    g.skip("Аналітична довідка ЦСС, III квартал 2024 р. — стор. 1", [3, 2024, 1], "page footer")
    g.note("«сімей/осіб» → families_persons; the list after «Зокрема» overlaps (parent_id only, no group); the support row is in families")
    g.note("budget table in грн with kopecks: values stored as written (floats where there are kopecks); the KEKV rows hang on the Разом cell of their column")
    g.note("the wrong 2120 economy breaks both the row (approved − spent) and the column sum; one slip, two findings with the same slip id")
    g.write()


if __name__ == "__main__":
    main()
