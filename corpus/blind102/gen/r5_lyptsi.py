"""b102_05: УСЗН Липецької сільської ради (Харківська), analytic note for H1 2025. DOCX, impersonal,
prose + a KEKV budget table (approved / spent / savings)."""
from decimal import Decimal

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from common import Gold, report_path, save_docx

DOC = "b102_05_lyptsi_uszn_h1_2025.docx"

d = docx.Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(12)


def para(text, bold=False, center=False, italic=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("ЛИПЕЦЬКА СІЛЬСЬКА РАДА ХАРКІВСЬКОГО РАЙОНУ ХАРКІВСЬКОЇ ОБЛАСТІ\n"
     "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ", bold=True, center=True)
para("Тимчасове місцезнаходження: 61002, м. Харків, вул. Сумська, 64, оф. 7; тел. (057) 0-715-28; "
     "uszn.lyptsi@example.ua; код ЄДРПОУ 43805162", center=True, italic=True)
para("АНАЛІТИЧНА ДОВІДКА\nщодо роботи управління соціального захисту населення за I півріччя 2025 року",
     bold=True, center=True)
para("У зв'язку з безпековою ситуацією прийом громадян здійснюється у м. Харкові та під час виїзних прийомів у "
     "старостинських округах (у звітному періоді організовано 6 таких виїздів). Більшість мешканців громади "
     "залишаються внутрішньо переміщеними особами: станом на 30.06.2025 на обліку перебуває 3 816 ВПО з громади.")

d.add_heading("1. Прийом громадян", level=2)
para("За січень – червень 2025 року до управління звернулося 1 328 осіб, у тому числі 402 внутрішньо переміщені "
     "особи. Прийнято 1 141 заяву щодо призначення державних соціальних допомог, пільг і житлових субсидій. "
     "На «гарячу лінію» управління надійшло 517 дзвінків.")
para("Надійшло 4 скарги (на затримку виплат), усі розглянуто у встановлений законом 30-денний строк.")

d.add_heading("2. Соціальні послуги", level=2)
para("Відділом соціальних послуг управління забезпечено надання соціальних послуг 410 особам: догляд вдома "
     "отримували 93 особи, натуральну допомогу – 276 осіб, послугою соціального таксі скористалася 41 особа. "
     "Оцінку індивідуальних потреб проведено 58 особам.")
para("Мешканцям громади роздано 1 560 продуктових та 340 гігієнічних наборів гуманітарної допомоги на загальну "
     "суму 0,94 млн грн.")

d.add_heading("3. Фінансове забезпечення", level=2)
para("Кошторисом управління на 2025 рік по загальному фонду затверджено 4 912,8 тис. грн. Касові видатки за "
     "I півріччя склали 2 355,5 тис. грн, або 96,7 % від плану на півріччя. Виконання кошторису за кодами "
     "економічної класифікації видатків наведено в таблиці.")
ROWS = [
    ("КЕКВ", "Найменування", "Затверджено на I півріччя, грн", "Касові видатки, грн", "Економія, грн"),
    ("2111", "Заробітна плата", "1 842 600,00", "1 798 214,35", "44 385,65"),
    ("2120", "Нарахування на оплату праці", "405 400,00", "395 607,16", "9 792,84"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "86 000,00", "71 450,00", "14 550,00"),
    ("2240", "Оплата послуг (крім комунальних)", "64 300,00", "58 912,40", "5 837,60"),
    ("2273", "Оплата електроенергії", "38 700,00", "31 268,90", "7 431,10"),
    ("Разом", "", "2 437 000,00", "2 355 452,81", "81 547,19"),
]
t = d.add_table(rows=len(ROWS), cols=5)
t.style = "Table Grid"
for i, row in enumerate(ROWS):
    for j, c in enumerate(row):
        if c:
            t.cell(i, j).text = c
t.cell(len(ROWS) - 1, 0).merge(t.cell(len(ROWS) - 1, 1))
para("")

d.add_heading("4. Кадрове забезпечення", level=2)
para("Штатна чисельність управління – 23 посади, фактично працює 21 особа. Чотири працівники пройшли навчання на "
     "платформі «Дія.Освіта» (курс «Соціальна робота в громаді», 12 годин).")
d.add_heading("5. Завдання на II півріччя", level=2)
para("Забезпечити до 31.12.2025 перехід на електронні особові справи та збільшити охоплення послугою догляду вдома "
     "до 110 осіб.")
para("Начальник управління ____________")
para("Вик.: відділ бухгалтерського обліку та звітності, тел. (057) 0-715-31")

path = report_path(DOC)
save_docx(d, path, author="УСЗН Липецької сільської ради")


def money(s):
    v = Decimal(s.replace(" ", "").replace(",", "."))
    return int(v) if v == v.to_integral() else float(v)


g = Gold(DOC, {
    "centre": "Управління соціального захисту населення Липецької сільської ради",
    "centre_type": "uszn",
    "settlement": "Липці",
    "oblast": "Харківська",
    "report_kind": "period_report",
    "period_start": "2025-01-01",
    "period_end": "2025-06-30",
})
f = g.f
ap = f("applied", "persons", 1328, "до управління звернулося 1 328 осіб")
ap_idp = f("applied", "persons", 402, "у тому числі 402 внутрішньо переміщені особи",
           category="внутрішньо переміщені особи", parent=ap)
apps = f("applied", "applications", 1141, "Прийнято 1 141 заяву щодо призначення державних соціальних допомог")
calls = f("calls", "calls", 517, "На «гарячу лінію» управління надійшло 517 дзвінків")
cmp_ = f("complaints", "complaints", 4, "Надійшло 4 скарги")
tot = f("served", "persons", 410, "забезпечено надання соціальних послуг 410 особам")
h = f("served", "persons", 93, "догляд вдома отримували 93 особи", service="home_care", group="served_410_by_service",
      parent=tot)
n = f("served", "persons", 276, "натуральну допомогу – 276 осіб", service="natural_aid", group="served_410_by_service",
      parent=tot)
tx = f("served", "persons", 41, "послугою соціального таксі скористалася 41 особа", service="social_taxi",
       group="served_410_by_service", parent=tot)
na = f("needs_assessed", "persons", 58, "Оцінку індивідуальних потреб проведено 58 особам")
aid = f("aid_value", "uah", 940000, "на загальну суму 0,94 млн грн", label="гуманітарна допомога")
ann = f("budget_approved", "uah", 4912800, "по загальному фонду затверджено 4 912,8 тис. грн",
        label="загальний фонд, кошторис на 2025 рік (річний)")
sp = f("budget_spent", "uah", 2355500, "Касові видатки за I півріччя склали 2 355,5 тис. грн, або 96,7 %", percent=96.7,
       label="загальний фонд, I півріччя", note="the table total 2 355 452,81 rounded to тис. грн")
COL = {}
tot_row = "Разом\t2 437 000,00\t2 355 452,81\t81 547,19"
COL["a"] = f("budget_approved", "uah", 2437000, tot_row, label="Разом, затверджено на I півріччя")
COL["s"] = f("budget_spent", "uah", 2355452.81, tot_row, label="Разом, касові видатки")
COL["e"] = f("budget_savings", "uah", 81547.19, tot_row, label="Разом, економія")
R = {}
for kekv, name, a, s_, e in ROWS[1:-1]:
    q = "\t".join([kekv, name, a, s_, e])
    R[kekv] = (f("budget_approved", "uah", money(a), q, kekv=kekv, label=name, group="approved_by_kekv", parent=COL["a"]),
               f("budget_spent", "uah", money(s_), q, kekv=kekv, label=name, group="spent_by_kekv", parent=COL["s"]),
               f("budget_savings", "uah", money(e), q, kekv=kekv, label=name, group="savings_by_kekv", parent=COL["e"]))
pos = f("staff_positions", "positions", 23, "Штатна чисельність управління – 23 посади")
act = f("staff_actual", "staff", 21, "фактично працює 21 особа")
tr = f("staff_trained", "staff", 4, "Чотири працівники пройшли навчання", note="number in words: «Чотири» = 4")

K = list(R)
g.check("parts_sum", "забезпечено надання соціальних послуг 410 особам", "93 + 276 + 41 = 410",
        f"{h} + {n} + {tx} == {tot}")
g.check("parts_sum", "у тому числі 402 внутрішньо переміщені особи", "402 ≤ 1 328", f"{ap_idp} <= {ap}")
g.check("table_arithmetic", tot_row, "approved: 1 842 600 + 405 400 + 86 000 + 64 300 + 38 700 = 2 437 000",
        "near(" + " + ".join(R[k][0] for k in K) + f", {COL['a']})")
g.check("table_arithmetic", tot_row, "spent: rows sum to 2 355 452,81",
        "near(" + " + ".join(R[k][1] for k in K) + f", {COL['s']})")
for k in ("2111", "2120", "2210", "2273"):
    g.check("table_arithmetic", "\t".join(ROWS[K.index(k) + 1]), f"КЕКВ {k}: економія = затверджено − видатки",
            f"near({R[k][0]} - {R[k][1]}, {R[k][2]})")
g.check("table_arithmetic", tot_row, "Разом: 2 437 000,00 − 2 355 452,81 = 81 547,19",
        f"near({COL['a']} - {COL['s']}, {COL['e']})")
g.check("percent_mismatch", "Касові видатки за I півріччя склали 2 355,5 тис. грн, або 96,7 %",
        "2 355 452,81 / 2 437 000 = 96,65 % → 96,7; 2 355,5 тис. грн is the table total rounded",
        f"pct_ok(p{sp[1:]}, {COL['s']}, {COL['a']}, 1) and abs({sp} - {COL['s']}) < 50")
g.check("parts_sum", "Кошторисом управління на 2025 рік по загальному фонду затверджено 4 912,8 тис. грн",
        "half-year 2 437 000 ≤ year 4 912 800", f"{COL['a']} <= {ann}")
g.check("parts_sum", "Штатна чисельність управління – 23 посади, фактично працює 21 особа", "4 ≤ 21 ≤ 23",
        f"{tr} <= {act} <= {pos}")
row2240 = "\t".join(ROWS[K.index("2240") + 1])
g.slip("table_arithmetic", "error", row2240, 5837.6, 5387.6, list(R["2240"]),
       "КЕКВ 2240: 64 300,00 − 58 912,40 = 5 387,60, the table says 5 837,60 (digits swapped)",
       f"near({R['2240'][0]} - {R['2240'][1]}, {R['2240'][2]})", slip=1)
g.slip("table_arithmetic", "error", tot_row, 81997.19, 81547.19, [R[k][2] for k in K] + [COL["e"]],
       "the Економія column sums to 81 997,19 but Разом says 81 547,19 (450,00 more, from the 2240 row); "
       "the same slip as the 2240 row",
       "near(" + " + ".join(R[k][2] for k in K) + f", {COL['e']})", slip=1)

g.skip("Тимчасове місцезнаходження: 61002, м. Харків, вул. Сумська, 64, оф. 7; тел. (057) 0-715-28",
       [61002, 64, 7, 57, 71528], "postcode, address, phone")
g.skip("код ЄДРПОУ 43805162", [43805162], "ЄДРПОУ")
g.skip("за I півріччя 2025 року", [1, 2025], "period (Roman I), year")
g.skip("(у звітному періоді організовано 6 таких виїздів)", [6], "field reception trips (no §3 id)")
g.skip("станом на 30.06.2025 на обліку перебуває 3 816 ВПО з громади", [30, 6, 2025, 3816],
       "date; IDP register of the hromada (not a register of families in СЖО, no §3 id)")
g.skip("1. Прийом громадян", [1, 2, 3, 4, 5], "section numbers")
g.skip("у встановлений законом 30-денний строк", [30], "duration")
g.skip("роздано 1 560 продуктових та 340 гігієнічних наборів", [1560, 340], "items (sets)")
g.skip("КЕКВ\tНайменування\tЗатверджено на I півріччя, грн", [1], "column head (Roman I)")
g.skip("(курс «Соціальна робота в громаді», 12 годин)", [12], "course duration")
g.skip("5. Завдання на II півріччя", [2], "Roman II")
g.skip("Забезпечити до 31.12.2025 перехід на електронні особові справи та збільшити охоплення послугою догляду "
       "вдома до 110 осіб", [31, 12, 2025, 110], "deadline and target (plan)")
g.skip("Вик.: відділ бухгалтерського обліку та звітності, тел. (057) 0-715-31", [57, 71531], "phone")

g.note("УСЗН of a village council → centre_type uszn; an «аналітична довідка» for I півріччя → period_report")
g.note("budget table: each cell is a fact with its KEKV and quoted by its row; rows hang on the Разом cell of their "
       "column; kopecks are kept (float values). KEKV codes are in ../shared/vocab/kekv.csv")
g.note("prose 2 355,5 тис. грн (96,7 %) is the table's 2 355 452,81 rounded: a separate budget_spent fact "
       "(2 355 500) with its percent; the annual approval 4 912,8 тис. грн is a separate budget_approved fact")
g.note("slip: row 2240 economy 5 837,60 should be 5 387,60; recorded as two table_arithmetic findings (row "
       "derivation and column total) sharing one slip id")
g.note("the hromada's IDP register (3 816) and the 1 141 applications for state benefits: the first is skipped "
       "(no §3 id), the second is applied with unit applications")
g.note("services 410 = 93 + 276 + 41 (home care, natural aid, social taxi)")
g.write()
