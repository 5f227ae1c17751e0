"""b67_05: УСЗН Багачівської міської ради (Черкаська), analytic note on social services in 2024.
reportlab PDF (DejaVu fonts) with two tables: recipients by service and financing by KEKV (тис. грн).
Official impersonal voice («управлінням опрацьовано», «спрямовано»)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path

NAME = "b67_05_bahacheve_uszn_analytic2024.pdf"
D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", D + "DejaVuSans-Bold.ttf"))
S = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=5)
H = ParagraphStyle("h", parent=S, fontName="DV-B", alignment=1)

T1 = [["Соціальна послуга", "Отримувачів, осіб", "Надано послуг, од."],
      ["Догляд вдома", "212", "18 604"],
      ["Денний догляд", "39", "2 716"],
      ["Соціальна адаптація", "57", "410"],
      ["Консультування", "684", "1 122"],
      ["Натуральна допомога", "301", "301"],
      ["Разом", "1 293", "23 153"]]
T2 = [["КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія"],
      ["2111", "Заробітна плата", "9 846,2", "9 801,5", "44,7"],
      ["2120", "Нарахування на оплату праці", "2 166,2", "2 156,3", "9,9"],
      ["2210", "Предмети, матеріали", "312,0", "298,4", "16,3"],
      ["2273", "Оплата електроенергії", "186,5", "171,2", "15,3"],
      ["", "Разом", "12 510,9", "12 427,4", "83,5"]]

P = [
    (S, "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ БАГАЧІВСЬКОЇ МІСЬКОЇ РАДИ"),
    (S, "20250, Черкаська обл., Звенигородський р-н, м. Багачеве, вул. Незалежності, 41; тел. (04740) 0-62-93"),
    (H, "АНАЛІТИЧНА ДОВІДКА щодо надання соціальних послуг у Багачівській міській територіальній громаді "
        "у 2024 році"),
    (S, "Довідку підготовлено на запит Департаменту соціального захисту населення Черкаської обласної "
        "державної адміністрації від 27.01.2025 № 01-12/348. Громада об'єднує місто та 6 сіл, кількість "
        "населення станом на 01.01.2024 – 17,9 тис. осіб."),
    (S, "1. Звернення та визначення потреб. Протягом 2024 року до управління щодо отримання соціальних "
        "послуг звернулися 1 264 особи (у 2023 році – 1 187), серед них 318 внутрішньо переміщених осіб. "
        "Оцінку потреб у соціальних послугах здійснено 146 особам."),
    (S, "2. Отримувачі послуг. Основним надавачем у громаді є КУ «Центр надання соціальних послуг» "
        "Багачівської міської ради; крім нього, послуги надають 2 громадські організації. "
        "Кількість отримувачів за видами послуг наведено нижче."),
    (S, "Таблиця 1"),
]
P2 = [
    (S, "Потреба громади в послузі догляду вдома задоволена на 91 %: у черзі на отримання послуги "
        "станом на 31.12.2024 перебувала 21 особа."),
    (S, "3. Фінансування. Видатки на утримання Центру надання соціальних послуг у 2024 році склали "
        "12 427,4 тис. грн, або 99,3 % затверджених призначень. Крім того, на оплату соціальних послуг, "
        "придбаних у надавачів недержавного сектору, спрямовано 264,0 тис. грн."),
    (S, "Таблиця 2. Видатки загального фонду за КЕКВ, тис. грн"),
]
P3 = [
    (S, "4. Кадрове забезпечення. Штатним розписом ЦНСП передбачено 52 штатні одиниці, фактично зайнято "
        "47,5 ставки. Вакантними залишаються 4,5 ставки соціальних робітників."),
    (S, "5. Скарги. До управління надійшло 3 скарги щодо якості соціальних послуг, одну з них визнано "
        "обґрунтованою."),
    (S, "6. Пропозиції на 2025 рік: збільшити кількість соціальних робітників на 3 ставки; довести охоплення "
        "послугою догляду вдома до 230 осіб."),
    (S, "Начальник управління ____________ 14.02.2025"),
]


def tbl(rows, widths):
    t = Table(rows, colWidths=[w * mm for w in widths])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.5), ("FONT", (0, 0), (-1, 0), "DV-B", 8.5),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.black)]))
    return t


story = [Paragraph(t, s) for s, t in P] + [tbl(T1, [60, 40, 40]), Spacer(1, 6)]
story += [Paragraph(t, s) for s, t in P2] + [tbl(T2, [15, 55, 28, 30, 24]), Spacer(1, 6)]
story += [Paragraph(t, s) for s, t in P3]
SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, title="Аналітична довідка",
                  leftMargin=20 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm).build(story)

g = Gold(NAME, {
    "centre": "Управління соціального захисту населення Багачівської міської ради",
    "centre_type": "uszn",
    "settlement": "Багачеве",
    "oblast": "Черкаська",
    "report_kind": "period_report",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
}, meta_alt={"report_kind": ["annual_report"]})
f = g.f
ap = f("applied", "persons", 1264, "звернулися 1 264 особи")
f("applied", "persons", 318, "серед них 318 внутрішньо переміщених осіб", category="внутрішньо переміщені особи",
  parent=ap)
f("needs_assessed", "persons", 146, "Оцінку потреб у соціальних послугах здійснено 146 особам")
svc = ["home_care", "day_care", "social_adaptation", "counselling", "natural_aid"]
tq = "\t".join(T1[6])
R = f("served", "persons", 1293, tq, label="Разом")
Sv = f("services_provided", "services", 23153, tq, label="Разом")
rr, ss = [], []
for i, row in enumerate(T1[1:6]):
    q = "\t".join(row)
    rr.append(f("served", "persons", int(row[1].replace(" ", "")), q, service=svc[i], group="t1_recipients",
                parent=R))
    ss.append(f("services_provided", "services", int(row[2].replace(" ", "")), q, service=svc[i],
                group="t1_services", parent=Sv))
sh = f("share", "percent", 91, "Потреба громади в послузі догляду вдома задоволена на 91 %", service="home_care",
       label="рівень задоволення потреби в послузі догляду вдома")
sp = f("budget_spent", "uah", 12427400, "склали 12 427,4 тис. грн, або 99,3 % затверджених призначень",
       percent=99.3, label="утримання ЦНСП, загальний фонд")
f("budget_spent", "uah", 264000, "спрямовано 264,0 тис. грн",
  label="оплата соціальних послуг, придбаних у надавачів недержавного сектору")


def th(x):
    return int(round(float(x.replace(" ", "").replace(",", ".")) * 1000))


tot = "\t".join(T2[5])
A = f("budget_approved", "uah", 12510900, tot, label="Разом")
B = f("budget_spent", "uah", 12427400, tot, label="Разом")
E = f("budget_savings", "uah", 83500, tot, label="Разом")
kk = {}
for row in T2[1:5]:
    q = "\t".join(row)
    kk[row[0]] = (f("budget_approved", "uah", th(row[2]), q, kekv=row[0], label=row[1], group="t2_approved",
                    parent=A),
                  f("budget_spent", "uah", th(row[3]), q, kekv=row[0], label=row[1], group="t2_spent", parent=B),
                  f("budget_savings", "uah", th(row[4]), q, kekv=row[0], label=row[1], group="t2_savings",
                    parent=E))
pos = f("staff_positions", "positions", 52, "передбачено 52 штатні одиниці")
act = f("staff_actual", "staff", 47.5, "фактично зайнято 47,5 ставки", unit_alt="positions")
f("complaints", "complaints", 3, "До управління надійшло 3 скарги")

r2210 = "\t".join(T2[3])
a, b, e = kk["2210"]
g.slip("table_arithmetic", "error", r2210, 16.3, 13.6, [a, b, e],
       "економія = затверджено − касові видатки: 312,0 − 298,4 = 13,6 тис. грн, the row says 16,3 "
       "(digits swapped)", f"{a} - {b} == {e}", slip=1)
g.slip("table_arithmetic", "error", tot, 86.2, 83.5, [E] + [kk[k][2] for k in kk],
       "the Економія column sums to 44,7 + 9,9 + 16,3 + 15,3 = 86,2 тис. грн, the Разом row says 83,5 "
       "(which is right for 12 510,9 − 12 427,4); same slip as the 2210 row",
       " + ".join(kk[k][2] for k in kk) + f" == {E}", slip=1)
g.check("table_arithmetic", tq, "recipients: 212 + 39 + 57 + 684 + 301 = 1 293", " + ".join(rr) + f" == {R}")
g.check("table_arithmetic", tq, "services: 18 604 + 2 716 + 410 + 1 122 + 301 = 23 153", " + ".join(ss) + f" == {Sv}")
g.check("table_arithmetic", tot, "approved column: 9 846,2 + 2 166,2 + 312,0 + 186,5 = 12 510,9",
        " + ".join(kk[k][0] for k in kk) + f" == {A}")
g.check("table_arithmetic", tot, "spent column: 9 801,5 + 2 156,3 + 298,4 + 171,2 = 12 427,4",
        " + ".join(kk[k][1] for k in kk) + f" == {B}")
g.check("table_arithmetic", tot, "Разом: 12 510,9 − 12 427,4 = 83,5; rows 2111, 2120, 2273 also hold",
        f"{A} - {B} == {E} and " + " and ".join(f"{kk[k][0]} - {kk[k][1]} == {kk[k][2]}"
                                               for k in ("2111", "2120", "2273")))
g.check("percent_mismatch", "або 99,3 % затверджених призначень", "12 427,4 / 12 510,9 = 99,33 % → 99,3",
        f"pct_ok(p{sp[1:]}, {sp}, {A}, 1)")
g.check("internal_conflict", "склали 12 427,4 тис. грн", "the prose spending equals the table's Разом",
        f"{sp} == {B}")
g.check("percent_mismatch", "задоволена на 91 %", "212 served of 212 + 21 in the queue = 90,99 % → 91",
        f"pct_ok({sh}, {rr[0]}, {rr[0]} + 21, 0)")
g.check("parts_sum", "фактично зайнято 47,5 ставки", "47,5 + 4,5 vacant = 52 positions",
        f"near({act} + 4.5, {pos})")

g.skip("20250, Черкаська обл., Звенигородський р-н, м. Багачеве, вул. Незалежності, 41; тел. (04740) 0-62-93",
       [20250, 41, 4740, 6293], "postcode, address, phone")
g.skip("у 2024 році", [2024], "report year")
g.skip("від 27.01.2025 № 01-12/348", [27, 1, 2025, 1, 12, 348], "request date and number")
g.skip("Громада об'єднує місто та 6 сіл, кількість населення станом на 01.01.2024 – 17,9 тис. осіб.",
       [6, 1, 1, 2024, 17900], "settlements, date, population")
g.skip("(у 2023 році – 1 187)", [2023, 1187], "prior-year figure")
g.skip("послуги надають 2 громадські організації", [2], "number of providers (no §3 id)")
g.skip("Таблиця 1", [1], "table number")
g.skip("станом на 31.12.2024 перебувала 21 особа", [31, 12, 2024, 21], "date; waiting list (no §3 id), "
       "literal in a check")
g.skip("Таблиця 2. Видатки загального фонду за КЕКВ, тис. грн", [2], "table number")
g.skip("Вакантними залишаються 4,5 ставки соціальних робітників.", [4.5], "vacancies (literal in a check)")
g.skip("одну з них визнано обґрунтованою", [1], "complaints found justified (no §3 id)")
g.skip("6. Пропозиції на 2025 рік: збільшити кількість соціальних робітників на 3 ставки; довести охоплення "
       "послугою догляду вдома до 230 осіб.", [6, 2025, 3, 230], "2025 plan")
g.skip("14.02.2025", [14, 2, 2025], "signature date")
g.skip("1. Звернення та визначення потреб.", [1, 2, 3, 4, 5], "section numbers")
g.note("an УСЗН's analytic note about the hromada's social services: centre is the УСЗН (the author); "
       "report_kind period_report (analytic note) with meta_alt annual_report, since it covers the whole year")
g.note("table 1 has no KEKV; table 2's rows carry their KEKV codes; amounts in тис. грн stored in hryvnias")
g.note("the prose 12 427,4 and the table's Разом 12 427,4 are two facts (a figure written twice)")
g.note("«фактично зайнято 47,5 ставки» → staff_actual 47.5 (unit staff, alt positions)")
g.note("one slip (row 2210's економія 16,3 instead of 13,6) recorded as two findings sharing the slip id")
g.write()
