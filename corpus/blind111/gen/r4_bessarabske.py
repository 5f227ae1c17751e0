"""b111_04: Управління соціального захисту населення Бессарабської селищної ради (Одеська),
information for Q1 2025. reportlab PDF with a budget table by KEKV; third person / impersonal."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

DOC = "b111_04_bessarabske_uszn_q1_2025.pdf"

ROWS = [  # KEKV, name, approved, spent, savings (тис. грн)
    ("2111", "Заробітна плата", "1 842,0", "1 815,6", "26,4"),
    ("2120", "Нарахування на оплату праці", "405,2", "399,4", "5,8"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "64,5", "48,1", "16,4"),
    ("2240", "Оплата послуг (крім комунальних)", "92,3", "77,0", "15,3"),
    ("2273", "Оплата електроенергії", "38,6", "31,2", "6,4"),
    ("2274", "Оплата природного газу", "57,4", "52,9", "4,5"),
]
TOTAL = ("Всього", "2 500,0", "2 424,2", "75,8")

PARAS = [
    ("h", "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ БЕССАРАБСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "68632, Одеська обл., Болградський р-н, смт Бессарабське, вул. Миру, 45 · тел. (04846) 0-32-18 · "
          "uszn.bessarabske@example.ua · ЄДРПОУ 44107359"),
    ("t", "ІНФОРМАЦІЯ про роботу управління за І квартал 2025 року"),
    ("p", "Управління є виконавчим органом Бессарабської селищної ради і обслуговує мешканців 14 населених пунктів. "
          "Станом на 01.04.2025 в управлінні на обліку перебуває 5 712 отримувачів державних соціальних допомог та "
          "компенсацій, з них 2 960 – внутрішньо переміщені особи."),
    ("s", "1. Прийом громадян"),
    ("p", "За І квартал 2025 року до управління звернулася 1 246 осіб (у І кварталі 2024 року – 1 105), у тому числі "
          "318 внутрішньо переміщених осіб. Прийнято 1 402 заяви про призначення державних соціальних допомог, "
          "субсидій та пільг; 1 371 заяву опрацьовано через ЄІССС."),
    ("p", "Проведено 6 виїзних прийомів у старостинських округах, під час яких консультації з питань соціального "
          "захисту надано 139 особам. На телефон «гарячої лінії» управління надійшло 284 дзвінки."),
    ("s", "2. Допомоги та соціальні послуги"),
    ("p", "Допомогу на проживання внутрішньо переміщеним особам призначено 2 118 особам, житлові субсидії – "
          "463 домогосподарствам. З бюджету громади за програмою «Турбота» на 2025–2027 роки виплачено "
          "одноразову матеріальну допомогу 87 особам на загальну суму 261,0 тис. грн (по 3 000 грн)."),
    ("p", "Для отримання соціальних послуг до КУ «Центр надання соціальних послуг» направлено 57 осіб. "
          "Технічними засобами реабілітації забезпечено 34 особи з інвалідністю, видано 12 путівок на "
          "санаторно-курортне лікування."),
    ("s", "3. Звернення і скарги, кадри"),
    ("p", "Надійшло 2 скарги щодо затримки виплат; обидві розглянуто в установлений строк, факти не підтвердилися. "
          "Штатним розписом передбачено 24 посади, фактично працює 21 працівник, вакантні 3 посади. "
          "Четверо працівників пройшли навчання з роботи в ЄІССС (тривалість – 24 години)."),
    ("s", "4. Виконання кошторису на утримання управління"),
    ("p", "Таблиця 1. Виконання кошторису за І квартал 2025 року, тис. грн"),
]
PARAS2 = [
    ("p", "Загальна економія за квартал склала 75,8 тис. грн (3,0 % від призначень), переважно за рахунок "
          "вакантних посад і нижчих, ніж планувалося, цін на матеріали."),
    ("p", "Начальник управління                                                    (підпис)"),
    ("p", "Виконавець: відділ бухгалтерського обліку, тел. (04846) 0-32-21. Дата складання: 07.04.2025."),
]


def build():
    register_fonts()
    path = report_path(DOC)
    styles = {
        "h": ParagraphStyle("h", fontName="LSerif-B", fontSize=12, alignment=1, leading=15),
        "c": ParagraphStyle("c", fontName="LSerif", fontSize=9, alignment=1, leading=11, spaceAfter=8),
        "t": ParagraphStyle("t", fontName="LSerif-B", fontSize=12, alignment=1, leading=15, spaceAfter=8),
        "s": ParagraphStyle("s", fontName="LSerif-B", fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=3),
        "p": ParagraphStyle("p", fontName="LSerif", fontSize=11.5, leading=14.5, firstLineIndent=10 * mm,
                            alignment=4, spaceAfter=4),
    }

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("LSerif", 8)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, "Сторінка %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, invariant=1, title="Інформація УСЗН за І квартал 2025",
                            author="УСЗН", creator="УСЗН", producer="УСЗН")
    story = [Paragraph(t, styles[k]) for k, t in PARAS]
    cell = ParagraphStyle("cell", fontName="LSerif", fontSize=10, leading=12)
    data = [[Paragraph(x, cell) for x in ("КЕКВ", "Найменування", "Затверджено на І квартал",
                                          "Касові видатки", "Економія")]]
    for r in ROWS:
        data.append([r[0], Paragraph(r[1], cell), r[2], r[3], r[4]])
    data.append(["Всього", "", TOTAL[1], TOTAL[2], TOTAL[3]])
    t = Table(data, colWidths=[16 * mm, 70 * mm, 30 * mm, 26 * mm, 24 * mm])
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, -1), (1, -1)),
        ("FONTNAME", (0, -1), (-1, -1), "LSerif-B"), ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story += [t, Spacer(1, 5 * mm)]
    story += [Paragraph(t_, styles[k]) for k, t_ in PARAS2]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


def gold():
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Бессарабської селищної ради",
        "centre_type": "uszn", "settlement": "Бессарабське", "oblast": "Одеська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-03-31",
    })
    f = g.f
    ap = f("applied", "persons", 1246, "до управління звернулася 1 246 осіб")
    f("applied", "persons", 318, "у тому числі 318 внутрішньо переміщених осіб", category="внутрішньо переміщені особи",
      parent=ap)
    f("applied", "applications", 1402, "Прийнято 1 402 заяви")
    f("served", "persons", 139, "консультації з питань соціального захисту надано 139 особам", service="counselling",
      note="consultations given at 6 outreach receptions; the receptions themselves have no §3 id")
    f("calls", "calls", 284, "надійшло 284 дзвінки")
    one = f("served", "persons", 87, "виплачено одноразову матеріальну допомогу 87 особам",
            label="одноразова матеріальна допомога з бюджету громади")
    aid = f("aid_value", "uah", 261000, "на загальну суму 261,0 тис. грн", label="одноразова матеріальна допомога")
    f("complaints", "complaints", 2, "Надійшло 2 скарги")
    pos = f("staff_positions", "positions", 24, "Штатним розписом передбачено 24 посади")
    act = f("staff_actual", "staff", 21, "фактично працює 21 працівник")
    tr = f("staff_trained", "staff", 4, "Четверо працівників пройшли навчання",
           note="number written in words")
    tq = "Всього\t2 500,0\t2 424,2\t75,8"
    ta = f("budget_approved", "uah", 2500000, tq, label="Всього, на І квартал")
    ts = f("budget_spent", "uah", 2424200, tq, label="Всього")
    tv = f("budget_savings", "uah", 75800, tq, label="Всього")
    rows = {}
    for kekv, name, a, s_, v in ROWS:
        q = "\t".join((kekv, name, a, s_, v))
        val = lambda x: int(round(float(x.replace(" ", "").replace(",", ".")) * 1000))  # noqa: E731
        rows[kekv] = (
            f("budget_approved", "uah", val(a), q, kekv=kekv, label=name, group="approved_by_kekv", parent=ta),
            f("budget_spent", "uah", val(s_), q, kekv=kekv, label=name, group="spent_by_kekv", parent=ts),
            f("budget_savings", "uah", val(v), q, kekv=kekv, label=name, group="savings_by_kekv", parent=tv))
    ps = f("budget_savings", "uah", 75800, "Загальна економія за квартал склала 75,8 тис. грн (3,0 % від призначень)",
           percent=3.0, note="the table total repeated in prose: a second fact")
    n = lambda x: int(x[1:])  # noqa: E731
    F = lambda x: f"f{n(x)}"  # noqa: E731
    a73, s73, v73 = rows["2273"]
    g.slip("table_arithmetic", "error", "2273\tОплата електроенергії\t38,6\t31,2\t6,4", 6400, 7400, [a73, s73, v73],
           "КЕКВ 2273: економія = затверджено − видатки = 38,6 − 31,2 = 7,4 тис. грн, the table says 6,4",
           f"{F(a73)} - {F(s73)} == {F(v73)}", slip=1)
    g.slip("table_arithmetic", "error", tq, 74800, 75800, [tv] + [r[2] for r in rows.values()],
           "the Економія column sums to 74,8 (26,4 + 5,8 + 16,4 + 15,3 + 6,4 + 4,5), but Всього says 75,8 "
           "(which is 2 500,0 − 2 424,2). The same slip as the 2273 row: its 6,4 should be 7,4",
           " + ".join(F(r[2]) for r in rows.values()) + f" == {F(tv)}", slip=1)
    g.check("table_arithmetic", tq, "approved column: 1 842,0 + 405,2 + 64,5 + 92,3 + 38,6 + 57,4 = 2 500,0",
            " + ".join(F(r[0]) for r in rows.values()) + f" == {F(ta)}")
    g.check("table_arithmetic", tq, "spent column: 1 815,6 + 399,4 + 48,1 + 77,0 + 31,2 + 52,9 = 2 424,2",
            " + ".join(F(r[1]) for r in rows.values()) + f" == {F(ts)}")
    g.check("table_arithmetic", tq, "Всього row: 2 500,0 − 2 424,2 = 75,8", f"{F(ta)} - {F(ts)} == {F(tv)}")
    for kekv, (a_, s_, v_) in rows.items():
        if kekv != "2273":
            g.check("table_arithmetic", [r for r in ROWS if r[0] == kekv][0][0] + "\t" + [r for r in ROWS if r[0] == kekv][0][1],
                    f"КЕКВ {kekv}: економія = затверджено − видатки", f"{F(a_)} - {F(s_)} == {F(v_)}")
    g.check("internal_conflict", "Загальна економія за квартал склала 75,8 тис. грн", "prose 75,8 = table Всього 75,8",
            f"{F(ps)} == {F(tv)}")
    g.check("percent_mismatch", "(3,0 % від призначень)", "75,8 / 2 500,0 = 3,03 % → 3,0", f"pct_ok(p{n(ps)}, {F(ps)}, {F(ta)}, 1)")
    g.check("parts_sum", "у тому числі 318 внутрішньо переміщених осіб", "318 ≤ 1 246", f"f{n(ap)+1} <= {F(ap)}")
    g.check("parts_sum", "фактично працює 21 працівник, вакантні 3 посади", "21 working + 3 vacant = 24 positions",
            f"{F(act)} + 3 == {F(pos)} and {F(tr)} <= {F(act)}")
    g.check("parts_sum", "на загальну суму 261,0 тис. грн (по 3 000 грн)", "87 × 3 000 = 261 000 грн",
            f"{F(one)} * 3000 == {F(aid)}")
    S = g.skip
    S("68632, Одеська обл., Болградський р-н, смт Бессарабське, вул. Миру, 45 · тел. (04846) 0-32-18",
      [68632, 45, 4846, 3218], "postcode, address, phone (invalid 0 after the area code)")
    S("ЄДРПОУ 44107359", [44107359], "ЄДРПОУ")
    S("за І квартал 2025 року", ["І", 2025], "period of the title")
    S("обслуговує мешканців 14 населених пунктів", [14], "settlements")
    S("Станом на 01.04.2025 в управлінні на обліку перебуває 5 712 отримувачів державних соціальних допомог та "
      "компенсацій, з них 2 960 – внутрішньо переміщені особи", [1, 4, 2025, 5712, 2960],
      "date; recipients of state benefits on the department's register (no §3 id: cash benefits, not social services)")
    S("(у І кварталі 2024 року – 1 105)", [2024, 1105], "prior-year figure")
    S("1 371 заяву опрацьовано через ЄІССС", [1371], "applications processed electronically: no §3 id")
    S("Проведено 6 виїзних прийомів у старостинських округах", [6], "outreach receptions: no §3 id (not group events)")
    S("Допомогу на проживання внутрішньо переміщеним особам призначено 2 118 особам, житлові субсидії – "
      "463 домогосподарствам", [2118, 463], "state benefits and housing subsidies granted: no §3 id")
    S("за програмою «Турбота» на 2025–2027 роки", [2025, 2027], "programme years")
    S("(по 3 000 грн)", [3000], "amount per person (literal in a check)")
    S("направлено 57 осіб", [57], "referrals to the ЦНСП: no §3 id")
    S("Технічними засобами реабілітації забезпечено 34 особи з інвалідністю, видано 12 путівок", [34, 12],
      "rehabilitation aids and health-resort vouchers (items): no §3 id")
    S("обидві розглянуто", [2], "«обидві» repeats the 2 complaints")
    S("вакантні 3 посади", [3], "vacancies (literal in a check)")
    S("(тривалість – 24 години)", [24], "duration")
    S("Таблиця 1. Виконання кошторису за І квартал 2025 року, тис. грн", [1, 2025], "table number, period")
    S("2111\tЗаробітна плата", [2111, 2120, 2210, 2240, 2273, 2274], "KEKV codes (carried in kekv)")
    S("тел. (04846) 0-32-21. Дата складання:", [4846, 3221], "phone")
    S("07.04.2025.", [7, 4, 2025], "compile date")
    S("1. Прийом громадян", [1, 2, 3, 4], "section numbers")
    g.note("An управління соціального захисту населення: centre_type uszn. Cash benefits, subsidies and referrals have no "
           "§3 id and are skipped; the one-off aid from the hromada budget is kept (served 87 persons with a label + "
           "aid_value 261 000), since it is aid handed out by the body itself.")
    g.note("The consultations at outreach receptions (139 persons) → served, service counselling; the 6 receptions are "
           "skipped (not group events).")
    g.note("Table 1: every cell is a fact quoted by its row, with kekv and the line's name as label; rows hang on the "
           "Всього cell of their column. Money in тис. грн stored in hryvnias.")
    g.note("The planted slip (КЕКВ 2273 економія 6,4 instead of 7,4) is recorded as two table_arithmetic findings with "
           "one slip id: the row's derived column and the column total.")
    g.note("«Четверо працівників» → staff_trained 4 (number in words).")
    g.write()


if __name__ == "__main__":
    build()
    gold()
