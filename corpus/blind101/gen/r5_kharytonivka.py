"""b101_05: відділ соціального захисту населення Харитонівської сільської ради (Житомирська),
analytic note for H1 2021. reportlab PDF, third person, budget table by KEKV.
Planted slip (one slip, two findings): the КЕКВ 2240 cash expenditure is printed 22 390 instead of 22 930
(transposed digits): the row's економія (1 570) and the column's Разом (777 707) both fit 22 930."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts, read_text

DOC = "b101_05_kharytonivka_uszn_h1_2021.pdf"
register_fonts()
N = ParagraphStyle("n", fontName="LSerif", fontSize=11.5, leading=15, firstLineIndent=10 * mm, alignment=4)
C = ParagraphStyle("c", parent=N, alignment=1, firstLineIndent=0)
B = ParagraphStyle("b", parent=C, fontName="LSerif-B")
S = ParagraphStyle("s", parent=N, fontSize=9, leading=11, firstLineIndent=0, alignment=0)

TABLE = [
    ["КЕКВ", "Найменування", "Затверджено на І півріччя", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "612 400", "598 215", "14 185"],
    ["2120", "Нарахування на оплату праці", "134 700", "131 607", "3 093"],
    ["2210", "Предмети, матеріали, обладнання та інвентар", "18 000", "16 840", "1 160"],
    ["2240", "Оплата послуг (крім комунальних)", "24 500", "22 390", "1 570"],
    ["2273", "Оплата електроенергії", "9 600", "8 115", "1 485"],
    ["Разом", "", "799 200", "777 707", "21 493"],
]

story = [
    Paragraph("ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ХАРИТОНІВСЬКОЇ СІЛЬСЬКОЇ РАДИ", B),
    Paragraph("Житомирського району Житомирської області", C),
    Paragraph("12531, с. Харитонівка, вул. Незалежності, 9, тел. (0412) 043-26-81, "
              "vszn.kharytonivka@example.ua, код ЄДРПОУ 44127608", C),
    Spacer(1, 5 * mm),
    Paragraph("АНАЛІТИЧНА ЗАПИСКА", B),
    Paragraph("про роботу відділу соціального захисту населення за І півріччя 2021 року", B),
    Spacer(1, 4 * mm),
    Paragraph("Відділ соціального захисту населення утворено рішенням Харитонівської сільської ради від "
              "23.12.2020 № 47 у зв'язку з формуванням громади. Відділ обслуговує мешканців 18 сіл, "
              "об'єднаних у 6 старостинських округів.", N),
    Paragraph("За І півріччя 2021 року до відділу надійшло 1 486 звернень громадян, у тому числі 1 302 заяви "
              "на призначення державних соціальних допомог і житлових субсидій та 184 письмові звернення з "
              "інших питань. Для порівняння, за ІІ півріччя 2020 року районне управління прийняло від мешканців "
              "громади 1 115 заяв.", N),
    Paragraph("Житлові субсидії призначено 612 домогосподарствам, державні соціальні допомоги – 341 особі. "
              "На обліку в Єдиній інформаційній базі перебуває 128 внутрішньо переміщених осіб, пільговиків – "
              "2 914 осіб.", N),
    Paragraph("Одноразову матеріальну допомогу з бюджету громади відповідно до Програми соціального захисту "
              "на 2021–2023 роки отримали 37 осіб на загальну суму 92,5 тис. грн. Територіальним центром "
              "соціального обслуговування, діяльність якого координує відділ, у першому півріччі обслуговано "
              "вдома 96 осіб.", N),
    Paragraph("На телефон «гарячої лінії» відділу надійшов 241 дзвінок. Спеціалісти відділу провели 4 "
              "інформаційні зустрічі з мешканцями старостинських округів, участь у яких взяли 118 осіб. "
              "Скарг на дії працівників відділу не надходило.", N),
    Paragraph("Штатна чисельність відділу – 7 посад, фактично працює 6 працівників.", N),
    Paragraph("Фінансове забезпечення. Касові видатки відділу за півріччя становили 777,7 тис. грн, "
              "економія – 21,5 тис. грн (2,7 % затверджених призначень). Виконання кошторису наведено "
              "в таблиці 1.", N),
    Spacer(1, 3 * mm),
    Paragraph("Таблиця 1. Виконання кошторису відділу за І півріччя 2021 року, грн", C),
]
t = Table([[Paragraph(c, S) for c in row] for row in TABLE],
          colWidths=[16 * mm, 62 * mm, 34 * mm, 30 * mm, 26 * mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("SPAN", (0, -1), (1, -1)),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [t, Spacer(1, 5 * mm),
          Paragraph("У ІІ півріччі 2021 року відділ планує запровадити виїзний прийом у кожному "
                    "старостинському окрузі не рідше 2 разів на місяць.", N),
          Spacer(1, 6 * mm),
          Paragraph("Начальник відділу                                        (підпис)", S),
          Paragraph("05.07.2021", S)]


def footer(canvas, doc):
    canvas.setFont("LSerif", 9)
    canvas.drawCentredString(A4[0] / 2, 10 * mm, f"Сторінка {doc.page}")


path = report_path(DOC)
SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Аналітична записка", author="ВСЗН",
                  leftMargin=22 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=18 * mm
                  ).build(story, onFirstPage=footer, onLaterPages=footer)

text = read_text(path)


def row_quote(row):
    """The table row as the reader prints it (found in the read text)."""
    for sep in ("\t", " "):
        q = sep.join(c for c in row if c)
        if q in text:
            return q
    raise SystemExit(f"row not found in read text: {row}")


g = Gold(DOC, {
    "centre": "Відділ соціального захисту населення Харитонівської сільської ради",
    "centre_type": "uszn",
    "settlement": "Харитонівка",
    "oblast": "Житомирська",
    "report_kind": "period_report",
    "period_start": "2021-01-01",
    "period_end": "2021-06-30",
})
g.meta_alt = {"centre_type": ["other"], "settlement": ["Харитонівська сільська громада"]}

f_app = g.f("applied", "applications", 1486, "до відділу надійшло 1 486 звернень громадян", unit_alt="persons")
f_a1 = g.f("applied", "applications", 1302, "у тому числі 1 302 заяви", group="applied1486_by_kind",
           label="заяви на призначення державних соціальних допомог і житлових субсидій", parent=f_app)
f_a2 = g.f("applied", "applications", 184, "184 письмові звернення з", group="applied1486_by_kind",
           label="письмові звернення з інших питань", parent=f_app)
f_mat = g.f("served", "persons", 37, "отримали 37 осіб", label="одноразова матеріальна допомога")
f_matv = g.f("aid_value", "uah", 92500, "на загальну суму 92,5 тис. грн", label="одноразова матеріальна допомога")
f_tc = g.f("served", "persons", 96, "обслуговано вдома 96 осіб", service="home_care",
           note="a figure of the ТЦСО the department coordinates, reported in this note")
f_calls = g.f("calls", "calls", 241, "надійшов 241 дзвінок")
f_ev = g.f("events", "events", 4, "провели 4 інформаційні зустрічі")
f_evp = g.f("event_participants", "persons", 118, "участь у яких взяли 118 осіб", parent=f_ev)
f_cmp = g.f("complaints", "complaints", 0, "Скарг на дії працівників відділу не надходило.")
f_sp = g.f("staff_positions", "positions", 7, "Штатна чисельність відділу – 7 посад")
f_sa = g.f("staff_actual", "staff", 6, "фактично працює 6 працівників")
f_ps = g.f("budget_spent", "uah", 777700, "Касові видатки відділу за півріччя становили 777,7 тис. грн",
           label="разом, І півріччя (проза)")
f_pe = g.f("budget_savings", "uah", 21500, "економія – 21,5 тис. грн (2,7 % затверджених призначень)",
           percent=2.7, label="разом, І півріччя (проза)")

KIND = [("budget_approved", 2), ("budget_spent", 3), ("budget_savings", 4)]
tot = {}
qt = row_quote(TABLE[-1])
for ind, col in KIND:
    tot[ind] = g.f(ind, "uah", int(TABLE[-1][col].replace(" ", "")), qt, label="Разом (таблиця 1)")
cells = {}
for row in TABLE[1:-1]:
    q = row_quote(row)
    for ind, col in KIND:
        cells[(row[0], ind)] = g.f(ind, "uah", int(row[col].replace(" ", "")), q, kekv=row[0],
                                   label=row[1], group=f"table1_{ind}", parent=tot[ind])

codes = [r[0] for r in TABLE[1:-1]]
for code in codes:
    a, s, e = (cells[(code, k)] for k, _ in KIND)
    q = row_quote(next(r for r in TABLE if r[0] == code))
    if code == "2240":
        g.slip("table_arithmetic", "error", q, 2110, 1570, [a, s, e],
               "КЕКВ 2240: затверджено 24 500 − касові видатки 22 390 = 2 110, but економія says 1 570. "
               "1 570 fits 22 930: the spent cell has transposed digits", f"{a} - {s} == {e}", slip=1)
    else:
        g.check("table_arithmetic", q, f"КЕКВ {code}: економія = затверджено − видатки", f"{a} - {s} == {e}")
for ind, _ in KIND:
    parts = " + ".join(cells[(c, ind)] for c in codes)
    if ind == "budget_spent":
        g.slip("table_arithmetic", "error", qt, 777167, 777707, [tot[ind]] + [cells[(c, ind)] for c in codes],
               "the Касові видатки column sums to 777 167, but Разом says 777 707 (540 more): the same slip as the "
               "КЕКВ 2240 row (22 390 printed for 22 930)", f"{parts} == {tot[ind]}", slip=1)
    else:
        g.check("table_arithmetic", qt, f"column {ind}: the rows sum to Разом", f"{parts} == {tot[ind]}")
a, s, e = (tot[k] for k, _ in KIND)
g.check("table_arithmetic", qt, "Разом: 799 200 − 777 707 = 21 493", f"{a} - {s} == {e}")
g.check("internal_conflict", "Касові видатки відділу за півріччя становили 777,7 тис. грн",
        "prose 777,7 and 21,5 тис. грн are the table's Разом rounded to hundreds",
        f"{f_ps} == round({s}, -2) and {f_pe} == round({e}, -2)")
g.check("percent_mismatch", "економія – 21,5 тис. грн (2,7 % затверджених призначень)",
        "21 493 / 799 200 = 2,69 % → 2,7", f"pct_ok(p{f_pe[1:]}, {e}, {a}, 1)")
g.check("parts_sum", "у тому числі 1 302 заяви", "1 302 + 184 = 1 486", f"{f_a1} + {f_a2} == {f_app}")
g.check("parts_sum", "Штатна чисельність відділу – 7 посад", "6 ≤ 7", f"{f_sa} <= {f_sp}")

g.skip("12531, с. Харитонівка, вул. Незалежності, 9, тел. (0412) 043-26-81", [12531, 9, 412, 432681],
       "postcode, address, phone (invalid 0 after the area code)")
g.skip("код ЄДРПОУ 44127608", [44127608], "ЄДРПОУ")
g.skip("про роботу відділу соціального захисту населення за І півріччя 2021 року", ["І", 2021], "period in the title")
g.skip("рішенням Харитонівської сільської ради від 23.12.2020 № 47", [23, 12, 2020, 47], "decision date and number")
g.skip("Відділ обслуговує мешканців 18 сіл, об'єднаних у 6 старостинських округів.", [18, 6],
       "settlement and district counts")
g.skip("За І півріччя 2021 року до відділу", ["І", 2021], "period")
g.skip("за ІІ півріччя 2020 року районне управління прийняло від мешканців громади 1 115 заяв.", ["ІІ", 2020, 1115],
       "prior-period figure of another body")
g.skip("Житлові субсидії призначено 612 домогосподарствам, державні соціальні допомоги – 341 особі.", [612, 341],
       "subsidies and benefits granted: no §3 id")
g.skip("На обліку в Єдиній інформаційній базі перебуває 128 внутрішньо переміщених осіб", [128],
       "IDP register (not the СЖО register): no §3 id")
g.skip("пільговиків – 2 914 осіб.", [2914], "beneficiaries on the register: no §3 id")
g.skip("Програми соціального захисту на 2021–2023 роки", [2021, 2023], "programme years")
g.skip("Таблиця 1. Виконання кошторису відділу за І півріччя 2021 року, грн", [1, "І", 2021], "table number, period")
g.skip("У ІІ півріччі 2021 року відділ планує запровадити виїзний прийом", ["ІІ", 2021], "plan for the next half-year")
g.skip("не рідше 2 разів на місяць.", [2], "plan: visits per month")
g.skip("05.07.2021", [5, 7, 2021], "signature date")

g.note("a відділ соціального захисту населення of a hromada council → centre_type uszn (meta_alt other)")
g.note("«1 486 звернень громадян, у тому числі 1 302 заяви … та 184 письмові звернення» → applied in applications "
       "(unit_alt persons), parts grouped")
g.note("the ТЦСО's 96 home-care recipients are reported in this note and annotated as served (home_care), with a note")
g.note("«одноразову матеріальну допомогу … отримали 37 осіб» → served with a label (no service id for cash aid), "
       "its sum → aid_value")
g.note("table 1: every cell is a fact with its kekv and the line name as label; rows hang on Разом of the same column. "
       "The prose 777,7 / 21,5 тис. грн repeat the Разом row rounded: two more facts")
g.note("one planted slip, recorded as two table_arithmetic findings sharing the slip id: КЕКВ 2240 spent printed "
       "22 390 for 22 930 (breaks the row's економія and the column total)")
g.note("subsidies, state benefits, IDP and beneficiary registers have no §3 id: skipped")
g.write()
