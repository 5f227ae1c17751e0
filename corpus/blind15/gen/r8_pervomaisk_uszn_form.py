"""b15_08: Управління праці та соціального захисту населення Первомайської міської ради
(Миколаївська): consolidated statistical-form report on social services for 2024, PDF
(reportlab) with four coded tables (код рядка, a «графа» numbering row, «з рядка 01»,
«сума рядків 02–05»), a previous-year column in section 1, running header and footer,
explanatory notes. The tables run over page breaks.
Planted: table_arithmetic (row 01 «сума рядків 02–05» says 3 118, rows 02–05 give 3 108).
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import Gold, pdf_styles, report_path, ua

DOC = "b15_08_pervomaisk_uszn_form2024.pdf"
CENTRE = "Управління праці та соціального захисту населення Первомайської міської ради"
HEADER = "Первомайська міська рада • Управління праці та соціального захисту населення • Звіт СП-1 за 2024 рік"

T1 = [  # (name, code, 2024, 2023)
    ("Кількість осіб, які отримали соціальні послуги, усього (сума рядків 02–05)", "01", 3118, 2967),
    ("особи похилого віку", "02", 1642, 1589),
    ("особи з інвалідністю (крім дітей з інвалідністю)", "03", 731, 702),
    ("діти з інвалідністю", "04", 97, 91),
    ("інші категорії", "05", 638, 585),
    ("з рядка 01 – внутрішньо переміщені особи", "06", 524, 611),
    ("з рядка 01 – жителі сільської місцевості", "07", 1206, 1148),
    ("з рядка 01 – отримували послуги безоплатно", "08", 2274, 2190),
]
assert sum(r[3] for r in T1[1:5]) == T1[0][3]          # 2023 column adds up
assert sum(r[2] for r in T1[1:5]) == T1[0][2] - 10     # planted: 2024 column is 10 short

T2 = [  # (name, code, service, persons, services)
    ("Догляд вдома", "10", "home_care", 486, 58320),
    ("Денний догляд", "11", "day_care", 142, 9940),
    ("Стаціонарний догляд", "12", "residential_care", 38, 13870),
    ("Натуральна допомога", "13", "natural_aid", 1214, 2428),
    ("Транспортна послуга «соціальне таксі»", "14", "social_taxi", 96, 612),
    ("Консультування", "15", "counselling", 1312, 1947),
]
T2_TOT = ("Разом (сума рядків 10–15)", "16", sum(r[3] for r in T2), sum(r[4] for r in T2))
assert T2_TOT[2:] == (3288, 87117)

T3 = [
    ("Штатна чисельність працівників надавачів, посад", "20", "142,5"),
    ("Фактично зайняті працівники, осіб", "21", "131"),
    ("з рядка 21 – соціальні робітники", "22", "74"),
    ("з рядка 21 – фахівці із соціальної роботи", "23", "18"),
    ("з рядка 21 – пройшли підвищення кваліфікації у звітному році", "24", "37"),
]

T4 = [  # (name, code, approved, spent) in тис. грн (tenths)
    ("Видатки на утримання надавачів соціальних послуг, усього (сума рядків 31–33)", "30", 384126, 379541),
    ("оплата праці з нарахуваннями (КЕКВ 2110, 2120)", "31", 312064, 310158),
    ("оплата комунальних послуг та енергоносіїв (КЕКВ 2270)", "32", 28749, 26127),
    ("інші видатки", "33", 43313, 43256),
]
assert sum(r[2] for r in T4[1:]) == T4[0][2] and sum(r[3] for r in T4[1:]) == T4[0][3]
RECEIVED = ("Надходження до спеціального фонду від платних соціальних послуг", "34", "х", 11268)


def th(x):
    """tenths of тис. грн → «38 412,6»"""
    return ua(x / 10, 1)


INTRO = [
    ("title", "ЗВІТ<br/>про надання соціальних послуг на території Первомайської міської територіальної "
              "громади за 2024 рік<br/>(форма СП-1, річна)"),
    ("body", "Звіт складено Управлінням праці та соціального захисту населення Первомайської міської ради "
             "Миколаївської області на підставі звітів надавачів соціальних послуг комунальної форми "
             "власності громади: Територіального центру соціального обслуговування (надання соціальних "
             "послуг), КУ «Центр надання соціальних послуг» та Первомайського міського центру соціальних "
             "служб. Дані наведено станом на 31.12.2024 за рік у цілому."),
    ("body", "У графі 1 розділу 1 наводяться дані за звітний рік, у графі 2 – за попередній рік для "
             "порівняння. Показники рядків 06–08 є частиною рядка 01 і до суми рядків 02–05 не додаються. "
             "Грошові показники розділу 4 – у тисячах гривень з одним десятковим знаком."),
]


def mk_table(st, header, rows, widths):
    data = [[Paragraph(h, st["cellb"]) for h in header]]
    data.append(["А", "Б"] + [str(i) for i in range(1, len(header) - 1)])
    for r in rows:
        data.append([Paragraph(r[0], st["cell"])] + [str(x) for x in r[1:]])
    t = Table(data, colWidths=widths, repeatRows=2)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("ALIGN", (1, 1), (-1, -1), "CENTER"),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def on_page(c, doc):
    c.saveState()
    c.setFont("LSerif", 7.5)
    c.drawString(50, 810, HEADER)
    c.line(50, 806, 545, 806)
    c.drawRightString(545, 26, f"Сторінка {doc.page}")
    c.drawString(50, 26, "Форма СП-1 (річна)")
    c.restoreState()


def build():
    st = pdf_styles()
    st["cell"].fontSize = 10.5
    st["cell"].leading = 13
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, pageCompression=1, topMargin=60, bottomMargin=50,
                            leftMargin=50, rightMargin=50, title="Звіт СП-1", author="")
    w = [250, 55, 95, 95]
    flow = [Paragraph(t, st[k]) for k, t in INTRO]
    flow += [Paragraph("Розділ 1. Отримувачі соціальних послуг, осіб", st["h"]),
             mk_table(st, ["Найменування показника", "Код рядка", "За звітний рік", "За попередній рік"],
                      [(n, c, ua(a), ua(b)) for n, c, a, b in T1], w), Spacer(1, 10)]
    flow += [Paragraph("Розділ 2. Соціальні послуги за видами", st["h"]),
             mk_table(st, ["Вид соціальної послуги", "Код рядка", "Кількість отримувачів, осіб",
                           "Кількість наданих послуг, од."],
                      [(n, c, ua(p), ua(s)) for n, c, _, p, s in T2]
                      + [(T2_TOT[0], T2_TOT[1], ua(T2_TOT[2]), ua(T2_TOT[3]))], w), Spacer(1, 10)]
    flow += [Paragraph("Розділ 3. Персонал надавачів соціальних послуг", st["h"]),
             mk_table(st, ["Найменування показника", "Код рядка", "Кількість"], T3, [300, 95, 100]),
             Spacer(1, 10)]
    flow += [Paragraph("Розділ 4. Фінансування надавачів соціальних послуг, тис. грн", st["h"]),
             mk_table(st, ["Найменування показника", "Код рядка", "Затверджено на рік", "Касові видатки"],
                      [(n, c, th(a), th(s)) for n, c, a, s in T4]
                      + [(RECEIVED[0], RECEIVED[1], RECEIVED[2], th(RECEIVED[3]))], w), Spacer(1, 10)]
    flow += [Paragraph("Пояснення до звіту", st["h"]),
             Paragraph("1. Одна особа може отримувати кілька видів соціальних послуг, тому показник рядка 16 "
                       "графи 1 перевищує показник рядка 01.", st["body"]),
             Paragraph("2. У рядку 13 враховано 412 осіб, які отримали продуктові набори від міжнародних "
                       "гуманітарних організацій через пункт видачі Територіального центру.", st["body"]),
             Paragraph("3. Зменшення кількості внутрішньо переміщених осіб (рядок 06) пов’язане з їх "
                       "поверненням до постійного місця проживання та переїздом до інших громад.", st["body"]),
             Spacer(1, 14),
             Paragraph("Начальник управління", st["body"]),
             Paragraph("Дата складання: 24.01.2025. Виконавець: відділ соціальних послуг, тел. (05161) 0-39-72",
                       st["small"])]
    doc.build(flow, onFirstPage=on_page, onLaterPages=on_page)


def gold():
    g = Gold(DOC, {
        "centre": CENTRE, "centre_type": "uszn", "settlement": "Первомайськ", "oblast": "Миколаївська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"report_kind": ["other"]})
    f = g.f

    def row(*cells):
        return "\t".join(cells)

    # Table 1 (2024 column only)
    t1 = {}
    for n, c, a, b in T1:
        t1[c] = row(n, c, ua(a), ua(b)).replace("\u00a0", " ")
    tot = f("served", "persons", 3118, t1["01"], label="усього (рядок 01)")
    cat = [("02", "особи похилого віку", "persons", 1642, None),
           ("03", "особи з інвалідністю (крім дітей з інвалідністю)", "persons", 731, None),
           ("04", "діти з інвалідністю", "children", 97, "persons"),
           ("05", "інші категорії", "persons", 638, None)]
    parts = [f("served", u, v, t1[c], category=name, label=f"рядок {c}", unit_alt=ua_,
               group="row01_by_category", parent=tot) for c, name, u, v, ua_ in cat]
    f("served", "persons", 524, t1["06"], category="внутрішньо переміщені особи", label="рядок 06", parent=tot)
    f("served", "persons", 1206, t1["07"], category="жителі сільської місцевості", label="рядок 07", parent=tot)
    f("served", "persons", 2274, t1["08"], label="рядок 08: безоплатно", parent=tot)
    # Table 2
    rt = row(T2_TOT[0], T2_TOT[1], ua(T2_TOT[2]), ua(T2_TOT[3])).replace("\u00a0", " ")
    tp = f("served", "persons", T2_TOT[2], rt, label="Разом (рядок 16)")
    ts = f("services_provided", "services", T2_TOT[3], rt, label="Разом (рядок 16)")
    rp, rs = [], []
    notes_parent = None
    for n, c, sid, p, s in T2:
        r = row(n, c, ua(p), ua(s)).replace("\u00a0", " ")
        x = f("served", "persons", p, r, service=sid, label=f"рядок {c}", group="row16_persons_by_service",
              parent=tp)
        rp.append(x)
        rs.append(f("services_provided", "services", s, r, service=sid, label=f"рядок {c}",
                    group="row16_services_by_service", parent=ts))
        if c == "13":
            notes_parent = x
    # Table 3
    t3 = {c: row(n, c, v) for n, c, v in T3}
    pos = f("staff_positions", "positions", 142.5, t3["20"])
    act = f("staff_actual", "staff", 131, t3["21"])
    s1 = f("staff_actual", "staff", 74, t3["22"], label="соціальні робітники", parent=act)
    s2 = f("staff_actual", "staff", 18, t3["23"], label="фахівці із соціальної роботи", parent=act)
    s3 = f("staff_trained", "staff", 37, t3["24"], parent=act)
    # Table 4
    t4 = {c: row(n, c, th(a), th(s)).replace("\u00a0", " ") for n, c, a, s in T4}
    a30 = f("budget_approved", "uah", 38412600, t4["30"], label="рядок 30, усього")
    s30 = f("budget_spent", "uah", 37954100, t4["30"], label="рядок 30, усього")
    kk = {"31": None, "32": "2270", "33": None}
    pa, ps = [], []
    for n, c, a, s in T4[1:]:
        pa.append(f("budget_approved", "uah", a * 100, t4[c], kekv=kk[c], label=n, group="row30_approved",
                    parent=a30))
        ps.append(f("budget_spent", "uah", s * 100, t4[c], kekv=kk[c], label=n, group="row30_spent",
                    parent=s30))
    rrow = row(RECEIVED[0], RECEIVED[1], RECEIVED[2], th(RECEIVED[3]))
    f("budget_received", "uah", 1126800, rrow, label="спеціальний фонд, платні соціальні послуги")
    n412 = f("served", "persons", 412, "У рядку 13 враховано 412 осіб", service="natural_aid",
             label="продуктові набори від міжнародних гуманітарних організацій", parent=notes_parent)

    g.slip("table_arithmetic", "error", t1["01"], 3118, 3108, [tot] + parts,
           "row 01 is defined as «сума рядків 02–05»: 1 642 + 731 + 97 + 638 = 3 108, row 01 says 3 118 "
           "(10 more). The previous-year column adds up (1 589 + 702 + 91 + 585 = 2 967).",
           {"kind": "sum", "parts": parts, "total": tot})
    g.check("table_arithmetic", rt, "row 16 persons: 486 + 142 + 38 + 1 214 + 96 + 1 312 = 3 288",
            {"kind": "sum", "parts": rp, "total": tp})
    g.check("table_arithmetic", rt, "row 16 services: 58 320 + 9 940 + 13 870 + 2 428 + 612 + 1 947 = 87 117",
            {"kind": "sum", "parts": rs, "total": ts})
    g.check("table_arithmetic", t4["30"], "row 30 approved: 31 206,4 + 2 874,9 + 4 331,3 = 38 412,6",
            {"kind": "sum", "parts": pa, "total": a30})
    g.check("table_arithmetic", t4["30"], "row 30 spent: 31 015,8 + 2 612,7 + 4 325,6 = 37 954,1",
            {"kind": "sum", "parts": ps, "total": s30})
    g.check("parts_sum", t3["22"], "rows 22 + 23 = 92 ≤ row 21 (131) ≤ row 20 (142,5)",
            {"kind": "le", "a": 92, "b": act})
    g.check("parts_sum", t3["21"], "131 staff ≤ 142,5 positions", {"kind": "le", "a": act, "b": pos})
    g.check("parts_sum", "У рядку 13 враховано 412 осіб", "412 ≤ 1 214 (row 13)",
            {"kind": "le", "a": n412, "b": notes_parent})
    g.check("table_arithmetic", t1["01"], "previous-year column (skipped): 1 589 + 702 + 91 + 585 = 2 967",
            {"kind": "sum", "parts": [1589, 702, 91, 585], "total": 2967})

    g.skip("Дані наведено станом на 31.12.2024 за рік у цілому", [31, 12, 2024], "date")
    g.skip("У графі 1 розділу 1 наводяться дані за звітний рік, у графі 2 – за попередній рік",
           [1, 1, 2], "column and section numbers in the instructions")
    g.skip("Показники рядків 06–08 є частиною рядка 01 і до суми рядків 02–05 не додаються",
           [6, 8, 1, 2, 5], "row codes in the instructions")
    g.skip("А\tБ\t1\t2", [1, 2, 3], "the «графа» numbering row under each table header")
    g.skip(t1["01"], [1, 2967], "row code 01 and the previous-year column (графа 2), also for rows 02–08: "
           "1 589, 702, 91, 585, 611, 1 148, 2 190")
    g.skip("Розділ 1. Отримувачі соціальних послуг, осіб", [1, 2, 3, 4], "section numbers")
    g.skip("рядка 16 графи 1 перевищує показник рядка 01", [16, 1, 1], "row and column codes")
    g.skip("3. Зменшення кількості внутрішньо переміщених осіб (рядок 06)", [3, 6], "note and row numbers")
    g.skip("оплата праці з нарахуваннями (КЕКВ 2110, 2120)", [2110, 2120, 2270], "KEKV codes in row names")
    g.skip("Надходження до спеціального фонду від платних соціальних послуг\t34\tх", [34],
           "row code; «х» marks a cell not filled")
    g.skip("Форма СП-1 (річна) Сторінка 1", [1, 1, 2, 3], "running footer: form name and page numbers (pages 1–3)")
    g.skip("(форма СП-1, річна)", [1], "form name")
    g.skip("Дата складання: 24.01.2025. Виконавець: відділ соціальних послуг, тел. (05161) 0-39-72",
           [24, 1, 2025, 5161, 3972], "compile date, phone")

    g.note("each table cell is a fact quoted by its row (tab-separated as the reader prints it); row codes "
           "(01, 02 …) and the «А Б 1 2» graph-number row are not values")
    g.note("section 1: only графа 1 (the report year) is a fact; графа 2 (previous year) is skipped. Rows "
           "02–05 partition row 01 (group row01_by_category); rows 06–08 are «з рядка 01» subsets (parent_id "
           "only). Row 04 «діти з інвалідністю» → unit children (unit_alt persons, as the section says «осіб»)")
    g.note("section 2 persons total 3 288 exceeds row 01 (3 118) by design: one person can receive several "
           "services (note 1); not a finding")
    g.note("section 3: «142,5» positions → staff_positions 142.5; rows 22–24 are «з рядка 21» subsets")
    g.note("section 4 in тис. грн → hryvnias; row 32 names KEKV 2270, row 31 two codes (2110, 2120) so no kekv "
           "is set; row 34 «надходження» → budget_received")
    g.note("running header («… Звіт СП-1 за 2024 рік») and footer («Форма СП-1 (річна)», «Сторінка N») are "
           "page furniture")
    g.write()


if __name__ == "__main__":
    build()
    gold()
