"""b54_05: Управління соціального захисту населення Новороздільської міської ради (Львівська),
analytic note on 2023. reportlab PDF (Liberation), impersonal, budget table by KEKV in тис. грн."""
from common import Gold, report_path, register_fonts

DOC = "b54_05_novyi_rozdil_uszn_analytic2023.pdf"

HEAD = [
    ("h", "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ НОВОРОЗДІЛЬСЬКОЇ МІСЬКОЇ РАДИ"),
    ("c", "81152, Львівська обл., м. Новий Розділ, пр. Шевченка, 5, тел. (03237) 0-64-21, ЄДРПОУ 03193570"),
    ("h", "АНАЛІТИЧНА ДОВІДКА щодо соціального захисту населення та надання соціальних послуг у Новороздільській міській територіальній громаді у 2023 році"),
    ("p", "Громада об'єднує 12 населених пунктів, у яких проживає 28,3 тис. осіб, з них 7 914 пенсіонерів. Станом на 31.12.2023 на обліку перебуває 3 412 внутрішньо переміщених осіб."),
    ("p", "Упродовж 2023 року до управління звернулося 4 315 осіб, прийнято 2 847 заяв про призначення державних соціальних допомог, пільг і субсидій (у 2022 році – 3 109 заяв). Житлові субсидії призначено 1 306 домогосподарствам. На «гарячу лінію» управління надійшло 1 096 дзвінків. Проведено 14 виїзних прийомів громадян у старостинських округах."),
    ("p", "Визначення індивідуальних потреб у соціальних послугах проведено 274 особам, за результатами прийнято 261 рішення про надання соціальних послуг і 9 рішень про відмову."),
    ("p", "Соціальними послугами у 2023 році охоплено 1 214 осіб, з них Комунальна установа «Центр надання соціальних послуг» – 896 осіб, Новороздільський міський центр соціальних служб – 318 осіб. До стаціонарних закладів направлено 6 осіб."),
    ("p", "Фінансування установ соціального захисту здійснювалося в межах міської цільової програми «Турбота» на 2022–2024 роки, затвердженої рішенням сесії від 16.12.2021 № 712. Виконання кошторису загального фонду наведено в таблиці 4 (тис. грн)."),
]
ROWS = [("2111", "Заробітна плата", "8 412,6", "8 398,1", "14,5", 8412600, 8398100, 14500),
        ("2120", "Нарахування на оплату праці", "1 850,8", "1 847,6", "3,2", 1850800, 1847600, 3200),
        ("2210", "Предмети, матеріали, обладнання та інвентар", "214,0", "196,3", "19,7", 214000, 196300, 19700),
        ("2240", "Оплата послуг (крім комунальних)", "187,5", "171,9", "15,6", 187500, 171900, 15600),
        ("2273", "Оплата електроенергії", "96,4", "88,2", "8,2", 96400, 88200, 8200)]
TOTAL = ("", "Разом", "10 761,3", "10 702,1", "59,2", 10761300, 10702100, 59200)
TAIL = [
    ("p", "Касові видатки за рік становлять 10 702,1 тис. грн, або 99,4 % затверджених призначень. Кредиторська заборгованість станом на 01.01.2024 відсутня."),
    ("p", "Штатна чисельність управління – 23 посади, фактично працює 21 особа. Протягом року надійшло 3 скарги, одну з них визнано обґрунтованою."),
    ("p", "Висновки: на 2024 рік заплановано збільшити кількість отримувачів послуги догляду вдома до 240 осіб."),
    ("p", "Начальник управління                                    (підпис)"),
]


def build(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib import colors
    register_fonts()
    st = {"p": ParagraphStyle("p", fontName="LSerif", fontSize=11.5, leading=15, alignment=TA_JUSTIFY, firstLineIndent=30, spaceAfter=5),
          "h": ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=6),
          "c": ParagraphStyle("c", fontName="LSerif-I", fontSize=9, leading=11, alignment=TA_CENTER, spaceAfter=12)}
    tst = ParagraphStyle("t", fontName="LSerif", fontSize=9.5, leading=11)
    story = [Paragraph(t, st[k]) for k, t in HEAD]
    story.append(Paragraph("Таблиця 4", ParagraphStyle("r", parent=st["p"], alignment=2)))
    data = [[Paragraph(x, tst) for x in ["КЕКВ", "Найменування", "Затверджено на рік", "Касові видатки", "Економія"]]]
    for r in ROWS + [TOTAL]:
        data.append([r[0], Paragraph(r[1], tst), r[2], r[3], r[4]])
    t = Table(data, colWidths=[45, 200, 80, 80, 65])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 9.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("FONT", (0, -1), (-1, -1), "LSerif-B", 9.5)]))
    story += [t, Spacer(1, 10)] + [Paragraph(x, st[k]) for k, x in TAIL]
    SimpleDocTemplate(path, pagesize=A4, leftMargin=65, rightMargin=45, topMargin=50, bottomMargin=50,
                      title="Аналітична довідка", author="УСЗН", invariant=1).build(story)


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Новороздільської міської ради",
        "centre_type": "uszn", "settlement": "Новий Розділ", "oblast": "Львівська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        {"report_kind": ["annual_report", "other"]})
    f = g.f
    ap = f("applied", "persons", 4315, "до управління звернулося 4 315 осіб")
    f("applied", "applications", 2847, "прийнято 2 847 заяв про призначення державних соціальних допомог")
    f("calls", "calls", 1096, "надійшло 1 096 дзвінків")
    na = f("needs_assessed", "persons", 274, "Визначення індивідуальних потреб у соціальних послугах проведено 274 особам")
    s = f("served", "persons", 1214, "Соціальними послугами у 2023 році охоплено 1 214 осіб")
    s1 = f("served", "persons", 896, "Комунальна установа «Центр надання соціальних послуг» – 896 осіб",
           label="КУ «Центр надання соціальних послуг»", parent=s, group="served_1214_by_provider")
    s2 = f("served", "persons", 318, "Новороздільський міський центр соціальних служб – 318 осіб",
           label="Новороздільський міський центр соціальних служб", parent=s, group="served_1214_by_provider")
    tq = lambda r: "\t".join([r[0], r[1], r[2], r[3], r[4]]) if r[0] else "\t".join([r[1], r[2], r[3], r[4]])
    TA = f("budget_approved", "uah", TOTAL[5], tq(TOTAL), label="Разом, загальний фонд")
    TS = f("budget_spent", "uah", TOTAL[6], tq(TOTAL), label="Разом, загальний фонд")
    TE = f("budget_savings", "uah", TOTAL[7], tq(TOTAL), label="Разом, загальний фонд")
    A, S, E = [], [], []
    for r in ROWS:
        q = tq(r)
        A.append(f("budget_approved", "uah", r[5], q, kekv=r[0], label=r[1], parent=TA, group="approved_by_kekv"))
        S.append(f("budget_spent", "uah", r[6], q, kekv=r[0], label=r[1], parent=TS, group="spent_by_kekv"))
        E.append(f("budget_savings", "uah", r[7], q, kekv=r[0], label=r[1], parent=TE, group="savings_by_kekv"))
    sp = f("budget_spent", "uah", 10702100, "Касові видатки за рік становлять 10 702,1 тис. грн, або 99,4 %",
           percent=99.4, label="загальний фонд")
    pos = f("staff_positions", "positions", 23, "Штатна чисельність управління – 23 посади")
    act = f("staff_actual", "staff", 21, "фактично працює 21 особа")
    f("complaints", "complaints", 3, "надійшло 3 скарги")

    row2210 = tq(ROWS[2])
    g.slip("table_arithmetic", "error", row2210, 19700, 17700, [A[2], S[2], E[2]],
           "КЕКВ 2210: економія = затверджено − видатки = 214,0 − 196,3 = 17,7 тис. грн, the table says 19,7",
           f"{A[2]} - {S[2]} == {E[2]}", slip=1)
    g.slip("table_arithmetic", "error", tq(TOTAL), 61200, 59200, [TE] + E,
           "the «Економія» column sums to 14,5 + 3,2 + 19,7 + 15,6 + 8,2 = 61,2 тис. грн, Разом says 59,2 (which is right: 10 761,3 − 10 702,1); the same slip as row 2210",
           " + ".join(E) + f" == {TE}", slip=1)
    g.check("table_arithmetic", tq(TOTAL), "approved: 8 412,6 + 1 850,8 + 214,0 + 187,5 + 96,4 = 10 761,3", " + ".join(A) + f" == {TA}")
    g.check("table_arithmetic", tq(TOTAL), "spent: 8 398,1 + 1 847,6 + 196,3 + 171,9 + 88,2 = 10 702,1", " + ".join(S) + f" == {TS}")
    g.check("table_arithmetic", tq(TOTAL), "Разом: 10 761,3 − 10 702,1 = 59,2", f"{TA} - {TS} == {TE}")
    for i in (0, 1, 3, 4):
        g.check("table_arithmetic", tq(ROWS[i]), f"КЕКВ {ROWS[i][0]}: {ROWS[i][2]} − {ROWS[i][3]} = {ROWS[i][4]}",
                f"{A[i]} - {S[i]} == {E[i]}")
    g.check("percent_mismatch", "Касові видатки за рік становлять 10 702,1 тис. грн, або 99,4 %",
            "10 702,1 / 10 761,3 = 99,45 % → 99,4", f"pct_ok({'p' + sp[1:]}, {sp}, {TA}, 1)")
    g.check("internal_conflict", "Касові видатки за рік становлять 10 702,1 тис. грн", "prose = table Разом", f"{sp} == {TS}")
    g.check("parts_sum", "з них Комунальна установа «Центр надання соціальних послуг» – 896 осіб", "896 + 318 = 1 214",
            f"{s1} + {s2} == {s}")
    g.check("parts_sum", "фактично працює 21 особа", "21 ≤ 23", f"{act} <= {pos}")
    g.check("parts_sum", "прийнято 261 рішення про надання соціальних послуг і 9 рішень про відмову",
            "261 + 9 = 270 ≤ 274 assessed (decisions are literals)", f"261 + 9 <= {na}")

    g.skip("81152, Львівська обл., м. Новий Розділ, пр. Шевченка, 5, тел. (03237) 0-64-21, ЄДРПОУ 03193570",
           [81152, 5, 3237, 6421, 3193570], "postcode, address, phone, ЄДРПОУ")
    g.skip("Громада об'єднує 12 населених пунктів, у яких проживає 28,3 тис. осіб, з них 7 914 пенсіонерів.",
           [12, 28300, 7914], "settlement count, population, pensioners")
    g.skip("Станом на 31.12.2023 на обліку перебуває 3 412 внутрішньо переміщених осіб.", [31, 12, 2023, 3412],
           "date; IDP population register (not a register of families in СЖО)")
    g.skip("(у 2022 році – 3 109 заяв)", [2022, 3109], "prior-year figure")
    g.skip("Житлові субсидії призначено 1 306 домогосподарствам.", [1306], "housing subsidies: a benefit, no §3 id")
    g.skip("Проведено 14 виїзних прийомів громадян у старостинських округах.", [14], "outreach office hours: not group events")
    g.skip("прийнято 261 рішення про надання соціальних послуг і 9 рішень про відмову", [261, 9], "decisions and refusals: no §3 id")
    g.skip("До стаціонарних закладів направлено 6 осіб.", [6], "referrals to residential care: no §3 id")
    g.skip("міської цільової програми «Турбота» на 2022–2024 роки, затвердженої рішенням сесії від 16.12.2021 № 712",
           [2022, 2024, 16, 12, 2021, 712], "programme years, decision date and number")
    g.skip("Таблиця 4", [4], "table number")
    g.skip("наведено в таблиці 4 (тис. грн)", [4], "table reference")
    g.skip("Кредиторська заборгованість станом на 01.01.2024 відсутня.", [1, 2024], "date; payables nil (no §3 id)")
    g.skip("Висновки: на 2024 рік заплановано збільшити кількість отримувачів послуги догляду вдома до 240 осіб.",
           [2024, 240], "plan")
    g.note("budget table in тис. грн, stored in hryvnias; each row gives approved / spent / savings with its kekv, quoted by the row; Разом cells carry no kekv and the rows hang on them")
    g.note("the prose «Касові видатки … 10 702,1 тис. грн, або 99,4 %» is a second budget_spent fact with percent 99.4")
    g.note("one slip (row 2210 economy 19,7 for 17,7) recorded as two table_arithmetic findings: the row's derived column and the column total")
    g.note("report_kind: an analytic note (аналітична довідка) on a year → period_report per SPEC §5; meta_alt allows annual_report and other")
    g.note("centre: the УСЗН is the author; the ЦНСП and ЦСС named in the served breakdown are labels of the parts")
    g.write()


if __name__ == "__main__":
    main()
