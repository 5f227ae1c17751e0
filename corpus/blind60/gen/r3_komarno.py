"""b60_03: КУ «ЦНСП» Комарнівської міської ради (Львівська), analytic information for 9 months of 2023.
reportlab PDF (DejaVu), third person, a budget table by KEKV in тис. грн."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_dejavu

NAME = "b60_03_komarno_cnsp_9m2023.pdf"

HEAD = ("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» КОМАРНІВСЬКОЇ МІСЬКОЇ РАДИ<br/>"
        "81550, Львівська обл., Львівський р-н, м. Комарно, вул. Галицька, 5, тел. (03231) 0-53-90, ЄДРПОУ 44102736")
TITLE = "Аналітична інформація про діяльність установи за 9 місяців 2023 року"
PARAS = [
    "Відповідно до рішення сесії Комарнівської міської ради від 28.12.2022 № 1184 установа надає 11 соціальних послуг; у її складі 3 відділення та 2 мобільні бригади.",
    "За 9 місяців 2023 року до фахівців Центру звернулася 431 особа, оцінку потреб здійснено 298 особам. Соціальними послугами охоплено 1 207 осіб, яким надано 9 844 соціальні послуги. Порівняно з 9 місяцями 2022 року кількість отримувачів зросла на 164 особи.",
    "Зокрема, послугу догляду вдома отримують 143 особи (серед них 19 осіб з інвалідністю I групи), денного догляду – 26 осіб, соціальної адаптації – 54 особи, консультування – 702 особи, натуральної допомоги – 282 особи.",
    "Соціальний супровід здійснювався для 37 сімей у складних життєвих обставинах, у яких виховується 71 дитина; 8 із цих сімей – внутрішньо переміщені.",
    "Фахівці провели 19 інформаційно-просвітницьких заходів для 266 учасників. На телефон довіри установи надійшло 148 дзвінків.",
    "Штатний розпис установи – 41 посада, працює 38 працівників. Навчання на платформі НССУ (курс обсягом 30 годин) пройшли 14 працівників.",
    "Кошторисні призначення загального фонду на 9 місяців та їх використання (тис. грн) наведено нижче.",
]
TABLE = [
    ["КЕКВ", "Назва", "Затверджено на 9 міс.", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "6 412,5", "6 288,1", "124,4"],
    ["2120", "Нарахування на оплату праці", "1 410,8", "1 383,4", "24,7"],
    ["2210", "Предмети, матеріали", "186,0", "171,3", "14,7"],
    ["2273", "Оплата електроенергії", "92,4", "88,9", "3,5"],
    ["Разом", "", "8 101,7", "7 931,7", "170,0"],
]
AFTER = [
    "Отже, касові видатки склали 7 931,7 тис. грн, або 97,9 % від затверджених призначень. Кредиторської заборгованості станом на 01.10.2023 немає.",
    "Підготувала: заступник директора, тел. (03231) 0-53-91.",
]


def footer(c, doc):
    c.saveState()
    c.setFont("DV", 8)
    c.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")
    c.restoreState()


def build(path):
    register_dejavu()
    n = ParagraphStyle("n", fontName="DV", fontSize=10.5, leading=14, spaceAfter=6, firstLineIndent=18)
    h = ParagraphStyle("h", fontName="DV-B", fontSize=9, leading=12, alignment=1, spaceAfter=10)
    t = ParagraphStyle("t", fontName="DV-B", fontSize=12, leading=15, alignment=1, spaceAfter=10)
    c = ParagraphStyle("c", fontName="DV", fontSize=9.5, leading=12)
    story = [Paragraph(HEAD, h), Paragraph(TITLE, t)]
    story += [Paragraph(x, n) for x in PARAS]
    tbl = Table([[Paragraph(x, c) for x in row] for row in TABLE],
                colWidths=[18 * mm, 58 * mm, 34 * mm, 30 * mm, 24 * mm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [tbl, Spacer(1, 8)]
    story += [Paragraph(x, n) for x in AFTER]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=22 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Аналітична інформація")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Комарнівської міської ради", "centre_type": "cnsp",
        "settlement": "Комарно", "oblast": "Львівська", "report_kind": "period_report",
        "period_start": "2023-01-01", "period_end": "2023-09-30"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Комарнівської міської ради",
                             "КУ «Центр надання соціальних послуг» Комарнівської міської ради"]})
    f = g.f
    ap = f("applied", "persons", 431, "до фахівців Центру звернулася 431 особа")
    na = f("needs_assessed", "persons", 298, "оцінку потреб здійснено 298 особам")
    sv = f("served", "persons", 1207, "Соціальними послугами охоплено 1 207 осіб")
    sp = f("services_provided", "services", 9844, "яким надано 9 844 соціальні послуги")
    grp = "served_1207_by_service"
    h = f("served", "persons", 143, "послугу догляду вдома отримують 143 особи", service="home_care", group=grp, parent=sv)
    hd = f("served", "persons", 19, "серед них 19 осіб з інвалідністю I групи", service="home_care",
           category="особи з інвалідністю I групи", parent=h)
    dc = f("served", "persons", 26, "денного догляду – 26 осіб", service="day_care", group=grp, parent=sv)
    sa = f("served", "persons", 54, "соціальної адаптації – 54 особи", service="social_adaptation", group=grp, parent=sv)
    co = f("served", "persons", 702, "консультування – 702 особи", service="counselling", group=grp, parent=sv)
    nt = f("served", "persons", 282, "натуральної допомоги – 282 особи", service="natural_aid", group=grp, parent=sv)
    ss = f("served", "families", 37, "Соціальний супровід здійснювався для 37 сімей у складних життєвих обставинах",
           service="social_support_sjo", alt=["support_ongoing"])
    sc = f("served", "children", 71, "у яких виховується 71 дитина", service="social_support_sjo",
           alt=["support_ongoing"], parent=ss)
    si = f("served", "families", 8, "8 із цих сімей – внутрішньо переміщені", service="social_support_sjo",
           category="внутрішньо переміщені особи", alt=["support_ongoing"], parent=ss)
    ev = f("events", "events", 19, "Фахівці провели 19 інформаційно-просвітницьких заходів")
    ep = f("event_participants", "persons", 266, "для 266 учасників", parent=ev)
    ca = f("calls", "calls", 148, "На телефон довіри установи надійшло 148 дзвінків")
    pos = f("staff_positions", "positions", 41, "Штатний розпис установи – 41 посада")
    act = f("staff_actual", "staff", 38, "працює 38 працівників")
    trn = f("staff_trained", "staff", 14, "пройшли 14 працівників")
    rows = [("2111", "Заробітна плата", "6 412,5\t6 288,1\t124,4", 6412500, 6288100, 124400),
            ("2120", "Нарахування на оплату праці", "1 410,8\t1 383,4\t24,7", 1410800, 1383400, 24700),
            ("2210", "Предмети, матеріали", "186,0\t171,3\t14,7", 186000, 171300, 14700),
            ("2273", "Оплата електроенергії", "92,4\t88,9\t3,5", 92400, 88900, 3500)]
    tq = "Разом\t\t8 101,7\t7 931,7\t170,0"
    ta = f("budget_approved", "uah", 8101700, tq, label="Разом, загальний фонд, 9 місяців")
    ts = f("budget_spent", "uah", 7931700, tq, label="Разом, загальний фонд, 9 місяців")
    te = f("budget_savings", "uah", 170000, tq, label="Разом, загальний фонд, 9 місяців")
    R = []
    for k, name, cells, a, s, e in rows:
        q = f"{k}\t{name}\t{cells}"
        R.append((f("budget_approved", "uah", a, q, kekv=k, label=name, group="approved_by_kekv", parent=ta),
                  f("budget_spent", "uah", s, q, kekv=k, label=name, group="spent_by_kekv", parent=ts),
                  f("budget_savings", "uah", e, q, kekv=k, label=name, group="savings_by_kekv", parent=te)))
    ps = f("budget_spent", "uah", 7931700, "касові видатки склали 7 931,7 тис. грн, або 97,9 % від затверджених призначень",
           percent=97.9, label="загальний фонд, 9 місяців", note="prose repeat of the Разом cell")

    r2 = R[1]
    g.slip("table_arithmetic", "error", "2120\tНарахування на оплату праці\t1 410,8\t1 383,4\t24,7", 24700, 27400,
           list(r2), "економія = затверджено − видатки: 1 410,8 − 1 383,4 = 27,4 тис. грн, the row says 24,7 (digits swapped)",
           f"{r2[0]} - {r2[1]} == {r2[2]}", slip=1)
    g.slip("table_arithmetic", "error", tq, 170000, 167300, [te] + [r[2] for r in R],
           "the Економія column sums to 124,4 + 24,7 + 14,7 + 3,5 = 167,3, but Разом says 170,0 (which is 8 101,7 − 7 931,7). Same slip as the 2120 row.",
           " + ".join(r[2] for r in R) + f" == {te}", slip=1)
    g.check("table_arithmetic", tq, "approved column 6 412,5 + 1 410,8 + 186,0 + 92,4 = 8 101,7",
            " + ".join(r[0] for r in R) + f" == {ta}")
    g.check("table_arithmetic", tq, "spent column 6 288,1 + 1 383,4 + 171,3 + 88,9 = 7 931,7",
            " + ".join(r[1] for r in R) + f" == {ts}")
    g.check("table_arithmetic", tq, "Разом: 8 101,7 − 7 931,7 = 170,0", f"{ta} - {ts} == {te}")
    for r, n in ((R[0], "6 412,5 − 6 288,1 = 124,4"), (R[2], "186,0 − 171,3 = 14,7"), (R[3], "92,4 − 88,9 = 3,5")):
        g.check("table_arithmetic", g._by_id[r[0]]["quote"], n, f"{r[0]} - {r[1]} == {r[2]}")
    g.check("percent_mismatch", "або 97,9 % від затверджених призначень", "7 931,7 / 8 101,7 = 97,90 %",
            f"pct_ok(p{ps[1:]}, {ps}, {ta}, 1)")
    g.check("internal_conflict", "касові видатки склали 7 931,7 тис. грн", "prose = table Разом", f"{ps} == {ts}")
    g.check("parts_sum", "Зокрема, послугу догляду вдома отримують 143 особи",
            "143 + 26 + 54 + 702 + 282 = 1 207", f"{h} + {dc} + {sa} + {co} + {nt} == {sv}")
    g.check("parts_sum", "серед них 19 осіб з інвалідністю I групи", "19 ≤ 143", f"{hd} <= {h}")
    g.check("parts_sum", "оцінку потреб здійснено 298 особам", "298 assessed ≤ 431 applied", f"{na} <= {ap}")
    g.check("parts_sum", "8 із цих сімей – внутрішньо переміщені", "8 ≤ 37", f"{si} <= {ss}")
    g.check("parts_sum", "працює 38 працівників", "14 trained ≤ 38 working ≤ 41 positions", f"{trn} <= {act} <= {pos}")

    g.skip("81550, Львівська обл., Львівський р-н, м. Комарно, вул. Галицька, 5, тел. (03231) 0-53-90, ЄДРПОУ 44102736",
           [81550, 5, 3231, 5390, 44102736], "postcode, address, phone, ЄДРПОУ")
    g.skip("рішення сесії Комарнівської міської ради від 28.12.2022 № 1184", [28, 12, 2022, 1184], "decision date and number")
    g.skip("установа надає 11 соціальних послуг; у її складі 3 відділення та 2 мобільні бригади", [11, 3, 2],
           "number of services in the list, units, mobile teams")
    g.skip("Порівняно з 9 місяцями 2022 року кількість отримувачів зросла на 164 особи.", [9, 2022, 164],
           "difference from the prior-year period")
    g.skip("курс обсягом 30 годин", [30], "duration")
    g.skip("Затверджено на 9 міс.", [9], "column header (period length)")
    g.skip("станом на 01.10.2023", [1, 10, 2023], "date")
    g.skip("тел. (03231) 0-53-91", [3231, 5391], "phone")
    g.note("the budget table is quoted by row (cells come out tab-separated; the page footer «Сторінка 1» is not in the read text); each cell is a fact with its KEKV; rows hang on the Разом cell of the same column")
    g.note("one slip (row 2120 економія 24,7 instead of 27,4) recorded as two table_arithmetic findings: the row's derivation and the column sum")
    g.note("«Зокрема … догляду вдома … натуральної допомоги» sums exactly to 1 207, so it carries a group")
    g.note("«телефон довіри» calls → calls")
    g.write()


if __name__ == "__main__":
    build(report_path(NAME))
    gold()
