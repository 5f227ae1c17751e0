"""b89_04: Відділ соціального захисту населення Соснівської міської ради (Львівська), analytic note
on social services and aid in the hromada for H1 2025. reportlab PDF (DejaVu), a table by provider
and service, impersonal voice («відділом опрацьовано»)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from common import Gold, report_path, read_text, register_dejavu

DOC = "b89_04_sosnivka_uszn_h1_2025.pdf"

P = [
    ("h", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ СОСНІВСЬКОЇ МІСЬКОЇ РАДИ"),
    ("s", "80193, Львівська обл., Шептицький р-н, м. Соснівка, вул. Шахтарська, 2, тел. (03249) 0-36-81, ЄДРПОУ 44602517"),
    ("s", "№ 214/02-08 від 11.07.2025"),
    ("t", "АНАЛІТИЧНА ДОВІДКА"),
    ("t", "про надання соціальних послуг і соціальної підтримки в Соснівській міській територіальній громаді за І півріччя 2025 року"),
    ("p", "Довідку підготовлено на запит управління соціального захисту населення районної державної адміністрації. У громаді (м. Соснівка, смт Гірник та 3 села) станом на 01.07.2025 на обліку перебуває 1 214 внутрішньо переміщених осіб."),
    ("b", "1. Звернення громадян"),
    ("p", "За січень – червень 2025 року до відділу надійшло 1 036 звернень, з них 612 – щодо призначення державних соціальних допомог, 271 – щодо надання соціальних послуг, 153 – з інших питань. Порівняно з І півріччям 2024 року (874 звернення) кількість звернень зросла на 162, передусім за рахунок ВПО."),
    ("b", "2. Соціальні послуги"),
    ("p", "Соціальні послуги в громаді надає КУ «Центр надання соціальних послуг» Соснівської міської ради; послугу «соціальне таксі» та натуральну допомогу організовує відділ. Дані наведено в таблиці 1."),
    ("s", "Таблиця 1. Отримувачі та обсяги соціальних послуг за І півріччя 2025 року"),
    ("TABLE", None),
    ("p", "Частка ВПО серед отримувачів послуг становить 25,8 %. Найбільше зростання обсягів – у послузі догляду вдома (у І півріччі 2024 року – 5 710 послуг)."),
    ("b", "3. Місцева програма соціального захисту"),
    ("p", "На виконання Програми соціального захисту окремих категорій населення на 2024–2026 роки на І півріччя 2025 року передбачено 1 480,0 тис. грн, використано 1 327,6 тис. грн, економія – 142,4 тис. грн (9,6 %). З використаних коштів: одноразові матеріальні допомоги – 904,5 тис. грн (отримали 318 осіб), компенсації фізичним особам, які надають соціальні послуги, – 276,3 тис. грн, відшкодування витрат на поховання – 146,8 тис. грн. Розмір одноразової допомоги – від 1 000 до 10 000 грн згідно з рішенням виконавчого комітету від 14.03.2024 № 57."),
    ("b", "4. Кадри"),
    ("p", "У відділі працює 7 працівників при 8 штатних одиницях; 1 посада головного спеціаліста вакантна з 02.06.2025."),
    ("p", "Начальник відділу  ______________"),
]
TABLE = [
    ["№", "Надавач / послуга", "Отримувачів, осіб", "з них ВПО", "Надано послуг"],
    ["1", "ЦНСП – догляд вдома", "118", "14", "6 940"],
    ["2", "ЦНСП – денний догляд", "26", "3", "1 870"],
    ["3", "ЦНСП – консультування", "347", "92", "612"],
    ["4", "ЦНСП – соціальна адаптація", "41", "11", "298"],
    ["5", "Відділ – соціальне таксі", "63", "9", "171"],
    ["6", "Відділ – натуральна допомога", "204", "77", "204"],
    ["", "Разом", "799", "206", "10 195"],
]


def build(path):
    register_dejavu()
    st = {
        "h": ParagraphStyle("h", fontName="DVSerif-B", fontSize=10.5, leading=13, alignment=1),
        "s": ParagraphStyle("s", fontName="DVSerif", fontSize=9, leading=11, alignment=1),
        "t": ParagraphStyle("t", fontName="DVSerif-B", fontSize=11.5, leading=14, alignment=1, spaceBefore=4),
        "b": ParagraphStyle("b", fontName="DVSerif-B", fontSize=10.5, leading=13, spaceBefore=6),
        "p": ParagraphStyle("p", fontName="DVSerif", fontSize=10.5, leading=13.5, firstLineIndent=10 * mm,
                            alignment=4, spaceBefore=3),
    }
    story = []
    for kind, t in P:
        if kind == "TABLE":
            tb = Table(TABLE, colWidths=[9 * mm, 56 * mm, 36 * mm, 24 * mm, 33 * mm])
            tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVSerif", 9.5),
                                    ("FONT", (0, 0), (-1, 0), "DVSerif-B", 9),
                                    ("FONT", (0, -1), (-1, -1), "DVSerif-B", 9.5),
                                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                    ("ALIGN", (2, 1), (-1, -1), "RIGHT")]))
            story.append(tb)
            story.append(Spacer(1, 4))
        else:
            story.append(Paragraph(t, st[kind]))

    def footer(c, d):
        c.saveState()
        c.setFont("DVSerif", 8)
        c.drawCentredString(A4[0] / 2, 12 * mm, "Аналітична довідка, І півріччя 2025 р., с. %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, invariant=1, title="Аналітична довідка", author="ВСЗН")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {"centre": "Відділ соціального захисту населення Соснівської міської ради",
                   "centre_type": "uszn", "settlement": "Соснівка", "oblast": "Львівська",
                   "report_kind": "period_report",
                   "period_start": "2025-01-01", "period_end": "2025-06-30"})
    f = g.f
    ap = f("applied", "applications", 1036, "до відділу надійшло 1 036 звернень")
    gr = "applied_1036_by_topic"
    a1 = f("applied", "applications", 612, "з них 612 – щодо призначення державних соціальних допомог",
           label="призначення державних соціальних допомог", group=gr, parent=ap)
    a2 = f("applied", "applications", 271, "271 – щодо надання соціальних послуг", label="надання соціальних послуг",
           group=gr, parent=ap)
    a3 = f("applied", "applications", 153, "153 – з інших питань", label="інші питання", group=gr, parent=ap)
    svc = ["home_care", "day_care", "counselling", "social_adaptation", "social_taxi", "natural_aid"]
    tot = TABLE[-1]
    assert "\t".join(tot[1:]) in text
    totq = "\t".join(tot[1:])
    T1 = f("served", "persons", 799, totq, label="Разом")
    T2 = f("served", "persons", 206, totq, category="внутрішньо переміщені особи", label="Разом", parent=T1)
    T3 = f("services_provided", "services", 10195, totq, label="Разом")
    c1, c2, c3 = [], [], []
    for row, sv in zip(TABLE[1:-1], svc):
        q = "\t".join(row)
        assert q in text, q
        num = lambda x: int(x.replace(" ", ""))
        c1.append(f("served", "persons", num(row[2]), q, service=sv, label=row[1], group="table1_recipients", parent=T1))
        c2.append(f("served", "persons", num(row[3]), q, service=sv, label=row[1], category="внутрішньо переміщені особи",
                    group="table1_idp", parent=T2))
        c3.append(f("services_provided", "services", num(row[4]), q, service=sv, label=row[1], group="table1_services",
                    parent=T3))
    ba = f("budget_approved", "uah", 1480000, "на І півріччя 2025 року передбачено 1 480,0 тис. грн",
           label="Програма соціального захисту, І півріччя")
    bs = f("budget_spent", "uah", 1327600, "використано 1 327,6 тис. грн", label="Програма соціального захисту, І півріччя")
    be = f("budget_savings", "uah", 142400, "економія – 142,4 тис. грн (9,6 %)", percent=9.6,
           label="Програма соціального захисту, І півріччя")
    gb = "spent_1327_6_by_item"
    b1 = f("budget_spent", "uah", 904500, "одноразові матеріальні допомоги – 904,5 тис. грн",
           label="одноразові матеріальні допомоги", group=gb, parent=bs)
    b2 = f("budget_spent", "uah", 276300, "компенсації фізичним особам, які надають соціальні послуги, – 276,3 тис. грн",
           label="компенсації фізичним особам, які надають соціальні послуги", group=gb, parent=bs)
    b3 = f("budget_spent", "uah", 146800, "відшкодування витрат на поховання – 146,8 тис. грн",
           label="відшкодування витрат на поховання", group=gb, parent=bs)
    ma = f("served", "persons", 318, "(отримали 318 осіб)", label="одноразова матеріальна допомога",
           note="recipients of one-off material aid under the local programme; no service id")
    s1 = f("staff_actual", "staff", 7, "У відділі працює 7 працівників")
    s2 = f("staff_positions", "positions", 8, "при 8 штатних одиницях")

    g.slip("table_arithmetic", "error", totq, 10195, 10095, [T3] + c3,
           "the «Надано послуг» column sums to 6 940 + 1 870 + 612 + 298 + 171 + 204 = 10 095, but «Разом» says 10 195 "
           "(100 too many); the other two columns add up", " + ".join(c3) + f" == {T3}", slip=1)
    g.slip("table_arithmetic", "error", "економія – 142,4 тис. грн (9,6 %)", 142400, 152400, [ba, bs, be],
           "економія = передбачено − використано: 1 480,0 − 1 327,6 = 152,4 тис. грн, not 142,4. The 9,6 % is 142,4 / 1 480,0 "
           "(consistent with the wrong figure; the right one would be 10,3 %)", f"{ba} - {bs} == {be}", slip=2)
    g.check("parts_sum", "до відділу надійшло 1 036 звернень, з них", "612 + 271 + 153 = 1 036", f"{a1} + {a2} + {a3} == {ap}")
    g.check("table_arithmetic", totq, "Отримувачів: 118 + 26 + 347 + 41 + 63 + 204 = 799", " + ".join(c1) + f" == {T1}")
    g.check("table_arithmetic", totq, "з них ВПО: 14 + 3 + 92 + 11 + 9 + 77 = 206", " + ".join(c2) + f" == {T2}")
    g.check("parts_sum", "Таблиця 1.", "in every row ВПО ≤ recipients",
            " and ".join(f"{x} <= {y}" for x, y in zip(c2, c1)))
    g.check("percent_mismatch", "Частка ВПО серед отримувачів послуг становить 25,8 %.", "206 / 799 = 25,78 % → 25,8 (standalone share, checked as a literal)",
            f"pct_ok(25.8, {T2}, {T1}, 1)")
    g.check("parts_sum", "З використаних коштів:", "904,5 + 276,3 + 146,8 = 1 327,6 тис. грн", f"{b1} + {b2} + {b3} == {bs}")
    g.check("percent_mismatch", "економія – 142,4 тис. грн (9,6 %)", "142,4 / 1 480,0 = 9,62 % → 9,6 (the percent matches the written savings)",
            f"pct_ok(p{be[1:]}, {be}, {ba}, 1)")
    g.check("parts_sum", "У відділі працює 7 працівників при 8 штатних одиницях", "7 + 1 vacant (literal) = 8",
            f"{s1} + 1 == {s2}")

    g.skip("80193, Львівська обл., Шептицький р-н, м. Соснівка, вул. Шахтарська, 2, тел. (03249) 0-36-81, ЄДРПОУ 44602517",
           [80193, 2, 3249, 3681, 44602517], "postcode, address, phone, ЄДРПОУ")
    g.skip("№ 214/02-08 від 11.07.2025", [214, 2, 8, 11, 7, 2025], "outgoing number and date")
    g.skip("за І півріччя 2025 року", [1, 2025], "period in the title and table caption")
    g.skip("смт Гірник та 3 села) станом на 01.07.2025 на обліку перебуває 1 214 внутрішньо переміщених осіб",
           [3, 1, 7, 2025, 1214], "settlement count, date, IDP register of the hromada (population figure, no §3 id)")
    g.skip("Порівняно з І півріччям 2024 року (874 звернення) кількість звернень зросла на 162", [2024, 874, 162],
           "prior-year figure and difference")
    g.skip("Дані наведено в таблиці 1.", [1], "table number")
    g.skip("№\tНадавач / послуга", [1, 2, 3, 4, 5, 6], "row numbers")
    g.skip("(у І півріччі 2024 року – 5 710 послуг)", [2024, 5710], "prior-year figure")
    g.skip("на 2024–2026 роки", [2024, 2026], "programme years")
    g.skip("Розмір одноразової допомоги – від 1 000 до 10 000 грн згідно з рішенням виконавчого комітету від 14.03.2024 № 57.",
           [1000, 10000, 14, 3, 2024, 57], "aid size range, decision date and number")
    g.skip("1 посада головного спеціаліста вакантна з 02.06.2025", [1, 2, 6, 2025], "vacancy (used as a literal) and date")
    g.skip("Аналітична довідка, І півріччя 2025 р., с. 1", [1, 2025, 1], "page footer")
    g.skip("1. Звернення громадян", [1, 2, 3, 4], "section numbers")
    g.note("the provider is the hromada's social-protection department (centre_type uszn); the figures cover the services "
           "of the ЦНСП and the department itself")
    g.note("table 1: every cell is a fact quoted by its row; the ВПО column hangs on its own «Разом» cell (category), "
           "the recipients and services columns on theirs; service ids from the row label")
    g.note("the 25,8 % share of IDPs is derived from the table totals; it is not a separate fact (no count written next to it) "
           "but is checked as a literal")
    g.note("the local programme's money: передбачено → budget_approved, використано → budget_spent, економія → budget_savings "
           "(9,6 % as its percent); the three spending lines are a group; «отримали 318 осіб» → served persons with a label")
    g.note("two slips: the services column total (table_arithmetic) and the savings (table_arithmetic, the derived-column rule)")
    g.write()


if __name__ == "__main__":
    main()
