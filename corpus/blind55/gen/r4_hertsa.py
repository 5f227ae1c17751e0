"""b55_04: УСЗН Герцаївської міської ради (Чернівецька), analytic note on social services in Q3 2024.
reportlab PDF (Liberation Serif), impersonal official voice, a budget table with KEKV codes in hryvnias
with kopecks, page footer «Сторінка N» (dropped by the reader).
Planted slip: table_arithmetic (one row's економія is not затверджено − видатки; the column then misses its Разом)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b55_04_hertsa_uszn_q3_2024.pdf"

ROWS = [
    ("2111", "Заробітна плата", "612 400,00", "598 716,42", "13 683,58"),
    ("2120", "Нарахування на оплату праці", "134 728,00", "131 717,61", "3 010,39"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "18 500,00", "17 940,00", "560,00"),
    ("2240", "Оплата послуг (крім комунальних)", "24 300,00", "22 815,50", "1 848,50"),
    ("2273", "Оплата електроенергії", "9 600,00", "8 212,36", "1 387,64"),
    ("2730", "Інші виплати населенню", "142 800,00", "142 800,00", "0,00"),
]
TOTAL = ("", "Разом", "942 328,00", "922 201,89", "20 126,11")

P1 = [
    ("h", "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ГЕРЦАЇВСЬКОЇ МІСЬКОЇ РАДИ"),
    ("c", "60503, Чернівецька обл., м. Герца, вул. Головна, 87; тел. (03740) 0-22-61; код ЄДРПОУ 43981265"),
    ("h", "АНАЛІТИЧНА ДОВІДКА<br/>щодо соціального обслуговування населення Герцаївської міської територіальної громади у III кварталі 2024 року"),
    ("p", "Довідку підготовлено на виконання розпорядження міського голови від 02.10.2024 № 145-р. Населення громади становить "
          "29,4 тис. осіб, у тому числі 6 918 осіб віком 60 років і старше; до складу громади входить 23 населені пункти."),
    ("p", "1. У III кварталі 2024 року до управління з питань соціального захисту звернулося 612 осіб, з них 148 – внутрішньо "
          "переміщені особи. Виплату державних соціальних допомог станом на 30.09.2024 отримують 2 731 особа."),
    ("p", "2. Прийнято 37 заяв про надання соціальних послуг; за 34 заявами прийнято рішення про надання послуг, за 3 – про "
          "відмову. Фахівцями із соціальної роботи проведено оцінку потреб 41 особи."),
    ("p", "3. Соціальні послуги, замовлені управлінням у надавачів, протягом кварталу отримували 218 осіб, а саме: догляд вдома "
          "(КУ «Центр надання соціальних послуг» Герцаївської міської ради) – 164 особи, паліативний догляд – 7 осіб, "
          "соціальне таксі – 47 осіб. Тариф на послугу догляду вдома – 118,40 грн за годину."),
    ("p", "4. За кошти місцевої програми «Турбота» на 2022–2025 роки натуральну допомогу (продуктові набори) надано 119 особам "
          "на суму 142,8 тис. грн. На «гарячу лінію» управління надійшло 96 дзвінків."),
    ("p", "5. Виконання кошторису за програмою соціального захисту у III кварталі 2024 року наведено в таблиці (грн)."),
]
P2 = [
    ("p", "6. Штатна чисельність управління – 14 посад, фактично працює 12 осіб. Вакантними залишаються 2 посади головних спеціалістів."),
    ("p", "7. Порівняно з II кварталом 2024 року (183 особи) кількість отримувачів замовлених послуг зросла на 35 осіб. "
          "У IV кварталі планується укласти договори ще з 2 надавачами."),
    ("p", "Начальник управління                                                  (підпис)"),
]

def build(path):
    register_fonts()
    ps = ParagraphStyle("p", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6)
    ph = ParagraphStyle("h", parent=ps, fontName="LSerif-B", alignment=1)
    pc = ParagraphStyle("c", parent=ps, fontSize=9, alignment=1)
    sty = {"p": ps, "h": ph, "c": pc}
    story = [Paragraph(t, sty[k]) for k, t in P1]
    cell = ParagraphStyle("cell", parent=ps, fontSize=9, leading=11, spaceAfter=0)
    data = [["КЕКВ", "Найменування", "Затверджено на III квартал", "Касові видатки", "Економія"]]
    for r in ROWS + [TOTAL]:
        data.append(list(r))
    data = [[Paragraph(c, cell) for c in r] for r in data]
    t = Table(data, colWidths=[1.4 * cm, 6.2 * cm, 3.2 * cm, 3.0 * cm, 2.6 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(tx, sty[k]) for k, tx in P2]

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("LSerif", 8)
        canv.drawCentredString(A4[0] / 2, 1.2 * cm, "Сторінка %d" % doc.page)
        canv.restoreState()
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm,
                          bottomMargin=2 * cm, invariant=1, title="Аналітична довідка", author="УСЗН")
    d.build(story, onFirstPage=footer, onLaterPages=footer)

def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Герцаївської міської ради",
        "centre_type": "uszn", "settlement": "Герца", "oblast": "Чернівецька",
        "report_kind": "period_report",
        "period_start": "2024-07-01", "period_end": "2024-09-30"})
    f = g.f
    n = lambda x: x[1:]
    ap = f("applied", "persons", 612, "звернулося 612 осіб")
    f("applied", "persons", 148, "з них 148 – внутрішньо переміщені особи", category="внутрішньо переміщені особи", parent=ap)
    apps = f("applied", "applications", 37, "Прийнято 37 заяв про надання соціальних послуг")
    f("needs_assessed", "persons", 41, "проведено оцінку потреб 41 особи")
    tot = f("served", "persons", 218, "отримували 218 осіб")
    G = "served_218_by_service"
    s1 = f("served", "persons", 164, "– 164 особи", service="home_care", group=G, parent=tot)
    s2 = f("served", "persons", 7, "паліативний догляд – 7 осіб", service="palliative_care", group=G, parent=tot)
    s3 = f("served", "persons", 47, "соціальне таксі – 47 осіб", service="social_taxi", group=G, parent=tot)
    f("served", "persons", 119, "натуральну допомогу (продуктові набори) надано 119 особам", service="natural_aid")
    aid = f("aid_value", "uah", 142800, "на суму 142,8 тис. грн", service="natural_aid")
    f("calls", "calls", 96, "На «гарячу лінію» управління надійшло 96 дзвінків.")
    rq = lambda r: "\t".join(r[1:]) if r[0] == "" else "\t".join(r)
    num = lambda s: (lambda v: int(v) if v.is_integer() else v)(float(s.replace(" ", "").replace(",", ".")))
    tq = rq(TOTAL)
    TA = f("budget_approved", "uah", num(TOTAL[2]), tq, label="Разом, затверджено на III квартал")
    TS = f("budget_spent", "uah", num(TOTAL[3]), tq, label="Разом")
    TE = f("budget_savings", "uah", num(TOTAL[4]), tq, label="Разом")
    A, S, E = [], [], []
    for r in ROWS:
        q = rq(r)
        A.append(f("budget_approved", "uah", num(r[2]), q, kekv=r[0], label=r[1], group="approved_by_kekv", parent=TA))
        S.append(f("budget_spent", "uah", num(r[3]), q, kekv=r[0], label=r[1], group="spent_by_kekv", parent=TS))
        E.append(f("budget_savings", "uah", num(r[4]), q, kekv=r[0], label=r[1], group="savings_by_kekv", parent=TE))
    pos = f("staff_positions", "positions", 14, "Штатна чисельність управління – 14 посад")
    act = f("staff_actual", "staff", 12, "фактично працює 12 осіб")

    i = 3  # row 2240
    g.slip("table_arithmetic", "error", rq(ROWS[i]), 1848.5, 1484.5, [A[i], S[i], E[i]],
           "КЕКВ 2240: економія = затверджено − видатки = 24 300,00 − 22 815,50 = 1 484,50, but the row says 1 848,50 (digits swapped, 364,00 more)",
           f"near(f{n(A[i])} - f{n(S[i])}, f{n(E[i])})", slip=1)
    g.slip("table_arithmetic", "error", tq, 20490.11, 20126.11, [TE] + E,
           "the economy column as written sums to 20 490,11, but Разом says 20 126,11 (= 942 328,00 − 922 201,89); the 364,00 comes from the 2240 row",
           "near(" + " + ".join("f" + n(x) for x in E) + f", f{n(TE)})", slip=1)
    g.check("table_arithmetic", tq, "approved: 612 400 + 134 728 + 18 500 + 24 300 + 9 600 + 142 800 = 942 328,00",
            "near(" + " + ".join("f" + n(x) for x in A) + f", f{n(TA)})")
    g.check("table_arithmetic", tq, "spent: 598 716,42 + 131 717,61 + 17 940,00 + 22 815,50 + 8 212,36 + 142 800,00 = 922 201,89",
            "near(" + " + ".join("f" + n(x) for x in S) + f", f{n(TS)})")
    g.check("table_arithmetic", tq, "Разом: 942 328,00 − 922 201,89 = 20 126,11", f"near(f{n(TA)} - f{n(TS)}, f{n(TE)})")
    g.check("table_arithmetic", rq(ROWS[0]), "economy = approved − spent holds in the other five rows (2111, 2120, 2210, 2273, 2730)",
            "all([" + ", ".join(f"near(f{n(A[j])} - f{n(S[j])}, f{n(E[j])})" for j in range(6) if j != i) + "])")
    g.check("internal_conflict", rq(ROWS[5]), "КЕКВ 2730 spent 142 800,00 equals the natural aid of 142,8 тис. грн in item 4",
            f"near(f{n(S[5])}, f{n(aid)})")
    g.check("parts_sum", "а саме: догляд вдома", "164 + 7 + 47 = 218", f"f{n(s1)} + f{n(s2)} + f{n(s3)} == f{n(tot)}")
    g.check("parts_sum", "за 34 заявами прийнято рішення про надання послуг, за 3 – про", "34 + 3 decisions (literals, no §3 id) = 37 applications",
            f"34 + 3 == f{n(apps)}")
    g.check("parts_sum", "фактично працює 12 осіб", "12 staff + 2 vacancies (literal) = 14 positions", f"f{n(act)} + 2 == f{n(pos)}")

    g.skip("60503, Чернівецька обл., м. Герца, вул. Головна, 87; тел. (03740) 0-22-61; код ЄДРПОУ 43981265",
           [60503, 87, 3740, 2261, 43981265], "postcode, address, phone, ЄДРПОУ")
    g.skip("у III кварталі 2024 року", [3, 2024], "period in the title")
    g.skip("розпорядження міського голови від 02.10.2024 № 145-р", [2, 10, 2024, 145], "order date and number")
    g.skip("Населення громади становить 29,4 тис. осіб, у тому числі 6 918 осіб віком 60 років і старше", [29.4, 6918, 60], "population, age")
    g.skip("до складу громади входить 23 населені пункти", [23], "settlement count")
    g.skip("Виплату державних соціальних допомог станом на 30.09.2024 отримують 2 731 особа.", [30, 9, 2024, 2731],
           "date; recipients of state cash benefits (not a social service; no §3 id)")
    g.skip("за 34 заявами прийнято рішення про надання послуг, за 3 – про", [34, 3], "decisions and refusals (no §3 id; literals in a check)")
    g.skip("Тариф на послугу догляду вдома – 118,40 грн за годину.", [118.4], "tariff")
    g.skip("місцевої програми «Турбота» на 2022–2025 роки", [2022, 2025], "programme years")
    g.skip("1. У III кварталі 2024 року", [1, 2, 3, 4, 5, 6, 7], "paragraph numbers")
    g.skip("Вакантними залишаються 2 посади головних спеціалістів.", [2], "vacancies")
    g.skip("Порівняно з II кварталом 2024 року (183 особи) кількість отримувачів замовлених послуг зросла на 35 осіб.",
           [2, 2024, 183, 35], "prior-quarter figure and difference")
    g.skip("У IV кварталі планується укласти договори ще з 2 надавачами.", [4, 2], "plan")
    g.note("an УСЗН is the body that orders services; the 218 are recipients of services it ordered from providers → served by service")
    g.note("budget table: every cell is a fact quoted by its row, with kekv; rows hang on the Разом cell of the same column; values in hryvnias with kopecks")
    g.note("the budget is for the quarter («Затверджено на III квартал»), so it is in the report period")
    g.note("one slip (КЕКВ 2240 економія) recorded as two findings: the row's derived column, and the economy column against its Разом")
    g.write()

if __name__ == "__main__":
    main()
