"""b68_05: УСЗН Слобідської селищної ради (Одеська), analytic note for Q3 2024.
reportlab PDF (Liberation fonts), third person, a budget table by KEKV."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b68_05_slobidka_uszn_q3_2024.pdf"
register_fonts()
N = ParagraphStyle("n", fontName="LSans", fontSize=10, leading=13.5, firstLineIndent=7 * mm, spaceAfter=4)
C = ParagraphStyle("c", parent=N, fontName="LSans-B", alignment=1, firstLineIndent=0)
R = ParagraphStyle("r", parent=N, alignment=2, firstLineIndent=0)

A = [
    (C, "СЛОБІДСЬКА СЕЛИЩНА РАДА ПОДІЛЬСЬКОГО РАЙОНУ ОДЕСЬКОЇ ОБЛАСТІ"),
    (C, "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ"),
    (C, "66820, смт Слобідка, вул. Миру, 22, тел. (04862) 0-31-07, e-mail: uszn@slobidka.example.ua"),
    (C, "АНАЛІТИЧНА ДОВІДКА щодо надання соціальних послуг та соціальної підтримки населення громади за III квартал 2024 року"),
    (N, "Станом на 01.10.2024 у громаді на обліку перебуває 2 418 внутрішньо переміщених осіб, 1 327 осіб з інвалідністю. Прийом громадян здійснюється в адмінбудівлі та на віддалених робочих місцях у 9 старостинських округах."),
    (N, "У липні – вересні 2024 року до управління звернулися 1 146 осіб (у II кварталі – 1 059), з них 312 – з питань отримання соціальних послуг. За результатами розгляду заяв прийнято 27 рішень про надання соціальних послуг та 4 рішення про відмову. Оцінку потреб проведено 61 особі."),
    (N, "Соціальними послугами, які надаються КУ «Центр надання соціальних послуг» за направленнями управління, протягом кварталу охоплено 683 особи, зокрема: догляд вдома – 146, денний догляд – 38, натуральна допомога – 401, соціальне таксі – 42, консультування – 56."),
    (N, "Натуральну допомогу у вигляді продуктових наборів отримала 401 особа; видано 612 наборів на загальну суму 373,2 тис. грн за рахунок гуманітарної допомоги партнерів. Соціальне таксі здійснило 97 поїздок, середня тривалість поїздки – 1,5 год."),
    (N, "На телефон гарячої лінії управління надійшло 94 дзвінки. Проведено 6 інформаційно-роз'яснювальних зустрічей з мешканцями старостинських округів, участь у яких взяли 118 осіб."),
    (N, "Штатна чисельність управління – 14 посад, фактично працює 13 осіб."),
    (N, "Виконання кошторису управління за III квартал 2024 року наведено в таблиці (грн):"),
]
ROWS = [
    ["КЕКВ", "Найменування", "Затверджено на квартал", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "1 284 600", "1 276 318", "8 282"],
    ["2120", "Нарахування на оплату праці", "282 600", "280 790", "1 810"],
    ["2210", "Предмети, матеріали", "46 000", "39 870", "6 130"],
    ["2240", "Оплата послуг", "61 500", "58 905", "2 695"],
    ["2273", "Оплата електроенергії", "24 300", "21 964", "2 336"],
    ["", "Разом", "1 699 000", "1 677 847", "21 153"],
]
B = [
    (N, "Касові видатки за квартал склали 1 677,8 тис. грн, або 98,8 % від призначень на квартал. Кредиторська заборгованість станом на 01.10.2024 відсутня."),
    (N, "У IV кварталі 2024 року планується забезпечити натуральною допомогою не менше 450 осіб."),
    (N, "Начальник управління ____________"),
    (N, "Виконавець: відділ соціальних послуг, тел. (04862) 0-31-12, 07.10.2024"),
]
story = [Paragraph(t, s) for s, t in A]
tb = Table(ROWS, colWidths=[14 * mm, 52 * mm, 38 * mm, 30 * mm, 24 * mm])
tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("ALIGN", (2, 1), (-1, -1), "RIGHT")]))
story += [tb, Spacer(1, 4 * mm)] + [Paragraph(t, s) for s, t in B]
SimpleDocTemplate(report_path(DOC), pagesize=A4, leftMargin=22 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                  bottomMargin=20 * mm, invariant=1, title="Аналітична довідка", author="УСЗН").build(story)

g = Gold(DOC, {
    "centre": "Управління соціального захисту населення Слобідської селищної ради", "centre_type": "uszn",
    "settlement": "Слобідка", "oblast": "Одеська", "report_kind": "period_report",
    "period_start": "2024-07-01", "period_end": "2024-09-30"})
F = g.f
ap = F("applied", "persons", 1146, "до управління звернулися 1 146 осіб")
ap1 = F("applied", "persons", 312, "з них 312 – з питань отримання соціальних послуг", label="з питань отримання соціальних послуг", parent=ap)
na = F("needs_assessed", "persons", 61, "Оцінку потреб проведено 61 особі")
s = F("served", "persons", 683, "протягом кварталу охоплено 683 особи")
G = "served_683_by_service"
parts = []
for sv, v, q in (("home_care", 146, "догляд вдома – 146"), ("day_care", 38, "денний догляд – 38"),
                 ("natural_aid", 401, "натуральна допомога – 401"), ("social_taxi", 42, "соціальне таксі – 42"),
                 ("counselling", 56, "консультування – 56")):
    parts.append(F("served", "persons", v, q, service=sv, group=G, parent=s))
nat = F("served", "persons", 401, "Натуральну допомогу у вигляді продуктових наборів отримала 401 особа", service="natural_aid")
av = F("aid_value", "uah", 373200, "на загальну суму 373,2 тис. грн", service="natural_aid", parent=nat)
cl = F("calls", "calls", 94, "надійшло 94 дзвінки")
ev = F("events", "events", 6, "Проведено 6 інформаційно-роз'яснювальних зустрічей")
ep = F("event_participants", "persons", 118, "участь у яких взяли 118 осіб", parent=ev)
sp = F("staff_positions", "positions", 14, "Штатна чисельність управління – 14 посад")
sa = F("staff_actual", "staff", 13, "фактично працює 13 осіб")
KK = {"2111": "2111", "2120": "2120", "2210": "2210", "2240": "2240", "2273": "2273"}


def num(x):
    return int(x.replace(" ", ""))


def rowq(r):
    return "\t".join(x for x in r if x)


tot = ROWS[-1]
ta = F("budget_approved", "uah", num(tot[2]), rowq(tot), label="Разом, на III квартал")
ts = F("budget_spent", "uah", num(tot[3]), rowq(tot), label="Разом")
te = F("budget_savings", "uah", num(tot[4]), rowq(tot), label="Разом")
cells = []
for r in ROWS[1:-1]:
    q = rowq(r)
    a = F("budget_approved", "uah", num(r[2]), q, kekv=r[0], label=r[1] + ", на III квартал", group="approved_by_kekv", parent=ta)
    b = F("budget_spent", "uah", num(r[3]), q, kekv=r[0], label=r[1], group="spent_by_kekv", parent=ts)
    c = F("budget_savings", "uah", num(r[4]), q, kekv=r[0], label=r[1], group="savings_by_kekv", parent=te)
    cells.append((a, b, c))
bp = F("budget_spent", "uah", 1677800, "Касові видатки за квартал склали 1 677,8 тис. грн, або 98,8 %", percent=98.8, label="за квартал (у тис. грн)")

a4, b4, c4 = cells[3]
g.slip("table_arithmetic", "error", rowq(ROWS[4]), 2695, 2595, [a4, b4, c4],
       "row 2240: економія = затверджено − видатки = 61 500 − 58 905 = 2 595, the table says 2 695 (100 extra)",
       f"{a4} - {b4} == {c4}", slip=1)
g.slip("table_arithmetic", "error", rowq(tot), 21153, 21253, [te] + [c[2] for c in cells],
       "the Економія column sums to 8 282 + 1 810 + 6 130 + 2 695 + 2 336 = 21 253, Разом says 21 153 (which is the correct 1 699 000 − 1 677 847); same slip as the 2240 row",
       " + ".join(c[2] for c in cells) + f" == {te}", slip=1)
g.check("table_arithmetic", rowq(tot), "approved column: 1 284 600 + 282 600 + 46 000 + 61 500 + 24 300 = 1 699 000", " + ".join(c[0] for c in cells) + f" == {ta}")
g.check("table_arithmetic", rowq(tot), "spent column: 1 276 318 + 280 790 + 39 870 + 58 905 + 21 964 = 1 677 847", " + ".join(c[1] for c in cells) + f" == {ts}")
g.check("table_arithmetic", rowq(tot), "Разом: 1 699 000 − 1 677 847 = 21 153", f"{ta} - {ts} == {te}")
okrows = [c for i, c in enumerate(cells) if i != 3]
g.check("table_arithmetic", rowq(ROWS[1]), "rows 2111, 2120, 2210, 2273: економія = затверджено − видатки", "all([" + ", ".join(f"{a} - {b} == {c}" for a, b, c in okrows) + "])")
g.check("percent_mismatch", "Касові видатки за квартал склали 1 677,8 тис. грн, або 98,8 %", "1 677 847 / 1 699 000 = 98,75 % -> 98,8; 1 677,8 тис. is the table total rounded", f"pct_ok(p{bp[1:]}, {ts}, {ta}, 1) and abs({bp} - {ts}) < 50")
g.check("parts_sum", "протягом кварталу охоплено 683 особи, зокрема:", "146 + 38 + 401 + 42 + 56 = 683", " + ".join(parts) + f" == {s}")
g.check("internal_conflict", "Натуральну допомогу у вигляді продуктових наборів отримала 401 особа", "list 401 = paragraph 401", f"{parts[2]} == {nat}")
g.check("parts_sum", "з них 312 – з питань отримання соціальних послуг", "312 <= 1 146; 27 + 4 decisions (skipped literals) <= 312", f"{ap1} <= {ap} and 27 + 4 <= {ap1}")
g.check("parts_sum", "фактично працює 13 осіб", "13 <= 14", f"{sa} <= {sp}")

g.skip("66820, смт Слобідка, вул. Миру, 22, тел. (04862) 0-31-07", [66820, 22, 4862, 3107], "postcode, address, phone")
g.skip("за III квартал 2024 року", [3, 2024], "period in the title")
g.skip("Станом на 01.10.2024 у громаді на обліку перебуває 2 418 внутрішньо переміщених осіб, 1 327 осіб з інвалідністю", [1, 10, 2024, 2418, 1327], "population registers, date after the period")
g.skip("у 9 старостинських округах", [9], "number of starosta districts")
g.skip("(у II кварталі – 1 059)", [2, 1059], "previous quarter's figure")
g.skip("прийнято 27 рішень про надання соціальних послуг та 4 рішення про відмову", [27, 4], "decisions and refusals (no §3 id); used as literals in a check")
g.skip("видано 612 наборів", [612], "items handed out")
g.skip("Соціальне таксі здійснило 97 поїздок, середня тривалість поїздки – 1,5 год", [97, 1.5], "trips (no §3 id), duration")
g.skip("Кредиторська заборгованість станом на 01.10.2024 відсутня", [1, 10, 2024], "date")
g.skip("У IV кварталі 2024 року планується забезпечити натуральною допомогою не менше 450 осіб", [4, 2024, 450], "plan")
g.skip("тел. (04862) 0-31-12, 07.10.2024", [4862, 3112, 7, 10, 2024], "phone, compile date")
g.note("the KEKV table: every cell is a fact quoted by its row, with kekv; rows hang on the Разом cell of the same column; one group per column")
g.note("the prose «1 677,8 тис. грн, або 98,8 %» repeats the spent total rounded to 0,1 тис.: its own fact (1 677 800) with percent 98,8")
g.note("one planted slip (row 2240, економія 2 695 instead of 2 595) recorded as two findings: the row's derived column and the column sum")
g.note("«КУ «Центр надання соціальних послуг»» is the provider the department refers recipients to; the report's own body is the УСЗН")
g.write()
