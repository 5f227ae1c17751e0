"""b94_05: відділ соціального захисту населення Кароліно-Бугазької сільської ради (Одеська), H1 2025.
reportlab PDF, third person, budget table by КЕКВ. Slip: table_arithmetic (Разом касові видатки 2 383,0 vs rows 2 373,0),
recorded twice (table_arithmetic + internal_conflict with the prose 2 373,0)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

DOC = "b94_05_karolinobuhaz_uszn_h1_2025.pdf"
register_fonts()
N = ParagraphStyle("n", fontName="LSerif", fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY, firstLineIndent=1 * cm, spaceAfter=4)
C = ParagraphStyle("c", parent=N, alignment=TA_CENTER, firstLineIndent=0)
B = ParagraphStyle("b", parent=C, fontName="LSerif-B", fontSize=11.5, leading=14)
S = ParagraphStyle("s", fontName="LSerif", fontSize=8.5, leading=10)


def footer(canv, doc):
    canv.saveState(); canv.setFont("LSerif", 8)
    canv.drawString(2 * cm, 1.2 * cm, "Відділ соціального захисту населення Кароліно-Бугазької сільської ради")
    canv.drawRightString(A4[0] - 1.5 * cm, 1.2 * cm, f"Сторінка {doc.page}")
    canv.restoreState()


story = [
    Paragraph("КАРОЛІНО-БУГАЗЬКА СІЛЬСЬКА РАДА<br/>БІЛГОРОД-ДНІСТРОВСЬКОГО РАЙОНУ ОДЕСЬКОЇ ОБЛАСТІ<br/>ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ", B),
    Paragraph("67842, Одеська обл., Білгород-Дністровський р-н, с. Кароліно-Бугаз, вул. Приморська, 9; тел. (04849) 0-62-05; e-mail: vszn.kbugaz@example.ua", C),
    Spacer(1, 8),
    Paragraph("ІНФОРМАЦІЯ<br/>про виконання Комплексної програми соціального захисту населення Кароліно-Бугазької сільської територіальної громади на 2024–2026 роки за I півріччя 2025 року", B),
    Spacer(1, 6),
    Paragraph("Програму затверджено рішенням сільської ради від 21.12.2023 № 1186-VIII. Відповідальним виконавцем є відділ соціального захисту населення сільської ради (далі – відділ).", N),
    Paragraph("За I півріччя 2025 року до відділу надійшло 1 347 звернень громадян, з них 892 – через Центр надання адміністративних послуг, 455 – безпосередньо до відділу. Відділ прийняв і опрацював 316 заяв на призначення державних соціальних допомог та 208 заяв на призначення житлових субсидій. Працівники відділу провели 4 виїзні прийоми у старостинських округах, на яких прийнято 72 особи; на телефон «гарячої лінії» відділу надійшло 214 дзвінків.", N),
    Paragraph("Одноразову матеріальну допомогу з бюджету громади отримали 163 особи на загальну суму 812,5 тис. грн, у тому числі: на лікування – 97 осіб (505,0 тис. грн); внутрішньо переміщеним особам – 38 осіб (152,0 тис. грн); членам сімей загиблих (померлих) захисників України – 28 осіб (155,5 тис. грн). Максимальний розмір допомоги на лікування – 10 тис. грн.", N),
    Paragraph("Послугою «соціальне таксі» скористалася 31 особа з інвалідністю (54 поїздки). Путівки на оздоровлення отримали 19 дітей пільгових категорій. На обліку в громаді перебуває 2 418 внутрішньо переміщених осіб, з них 611 дітей.", N),
    Paragraph("Фінансування заходів Програми у I півріччі 2025 року наведено в таблиці (тис. грн).", N),
]
H = ParagraphStyle("h", fontName="LSerif-B", fontSize=9, leading=11, alignment=TA_CENTER)
rows = [[Paragraph(x, H) for x in ("КЕКВ", "Напрям видатків", "Затверджено на I півріччя", "Касові видатки", "Економія")],
        ["2240", "Оплата послуг (соціальне таксі)", "120,0", "96,4", "23,6"],
        ["2610", "Фінансова підтримка КУ «ЦНСП»", "1 450,0", "1 402,8", "47,2"],
        ["2730", "Одноразова матеріальна допомога", "900,0", "812,5", "87,5"],
        ["2282", "Оздоровлення дітей пільгових категорій", "85,0", "61,3", "23,7"],
        ["", "Разом", "2 555,0", "2 383,0", "182,0"]]
t = Table(rows, colWidths=[1.3 * cm, 7.9 * cm, 2.6 * cm, 2.2 * cm, 2.0 * cm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 9), ("FONT", (0, -1), (-1, -1), "LSerif-B", 9),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story += [t, Spacer(1, 8),
          Paragraph("Касові видатки за Програмою склали 2 373,0 тис. грн, або 92,9 % від планових призначень на I півріччя. Економія виникла переважно через меншу, ніж планувалося, кількість звернень за матеріальною допомогою.", N),
          Paragraph("У відділі працює 6 спеціалістів при штатній чисельності 7 одиниць. Скарг на дії працівників відділу за звітний період не надходило.", N),
          Paragraph("У II півріччі 2025 року передбачено спрямувати на заходи Програми 2 610,0 тис. грн.", N),
          Spacer(1, 14),
          Paragraph("Начальник відділу соціального захисту населення&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;(підпис)", ParagraphStyle("l", parent=N, firstLineIndent=0)),
          Paragraph("08.07.2025 № 02-14/611", ParagraphStyle("l2", parent=N, firstLineIndent=0))]

doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm, topMargin=1.8 * cm,
                        bottomMargin=2 * cm, invariant=1, title="Інформація про виконання Програми", author="ВСЗН")
doc.build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Відділ соціального захисту населення Кароліно-Бугазької сільської ради",
    "centre_type": "uszn", "settlement": "Кароліно-Бугаз", "oblast": "Одеська",
    "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"},
    {"report_kind": ["other"], "settlement": ["Кароліно-Бугазька сільська громада"]})
f = g.f
ap = f("applied", "applications", 1347, "до відділу надійшло 1 347 звернень громадян", unit_alt="persons")
G = "appeals_1347_by_channel"
a1 = f("applied", "applications", 892, "892 – через Центр надання адміністративних послуг", label="через ЦНАП", group=G, parent=ap)
a2 = f("applied", "applications", 455, "455 – безпосередньо до відділу", label="безпосередньо до відділу", group=G, parent=ap)
f("applied", "applications", 316, "316 заяв на призначення державних соціальних допомог", label="заяви на призначення державних соціальних допомог")
f("applied", "applications", 208, "208 заяв на призначення житлових субсидій", label="заяви на призначення житлових субсидій")
f("applied", "persons", 72, "на яких прийнято 72 особи", label="на виїзних прийомах")
f("calls", "calls", 214, "на телефон «гарячої лінії» відділу надійшло 214 дзвінків")
ms = f("served", "persons", 163, "Одноразову матеріальну допомогу з бюджету громади отримали 163 особи",
       label="одноразова матеріальна допомога")
mv = f("aid_value", "uah", 812500, "на загальну суму 812,5 тис. грн", label="одноразова матеріальна допомога")
G2, G3 = "aid_163_by_purpose", "aid_812_5_by_purpose"
p1 = f("served", "persons", 97, "на лікування – 97 осіб (505,0 тис. грн)", label="на лікування", group=G2, parent=ms)
v1 = f("aid_value", "uah", 505000, "на лікування – 97 осіб (505,0 тис. грн)", label="на лікування", group=G3, parent=mv)
p2 = f("served", "persons", 38, "внутрішньо переміщеним особам – 38 осіб (152,0 тис. грн)", category="внутрішньо переміщені особи", group=G2, parent=ms)
v2 = f("aid_value", "uah", 152000, "внутрішньо переміщеним особам – 38 осіб (152,0 тис. грн)", category="внутрішньо переміщені особи", group=G3, parent=mv)
p3 = f("served", "persons", 28, "членам сімей загиблих (померлих) захисників України – 28 осіб (155,5 тис. грн)",
       category="члени сімей загиблих (померлих) захисників України", group=G2, parent=ms)
v3 = f("aid_value", "uah", 155500, "членам сімей загиблих (померлих) захисників України – 28 осіб (155,5 тис. грн)",
       category="члени сімей загиблих (померлих) захисників України", group=G3, parent=mv)
f("served", "persons", 31, "Послугою «соціальне таксі» скористалася 31 особа з інвалідністю", service="social_taxi",
  category="особи з інвалідністю")
rows_ = [("2240", "2240\tОплата послуг (соціальне таксі)\t120,0\t96,4\t23,6", 120000, 96400, 23600),
         ("2610", "2610\tФінансова підтримка КУ «ЦНСП»\t1 450,0\t1 402,8\t47,2", 1450000, 1402800, 47200),
         ("2730", "2730\tОдноразова матеріальна допомога\t900,0\t812,5\t87,5", 900000, 812500, 87500),
         ("2282", "2282\tОздоровлення дітей пільгових категорій\t85,0\t61,3\t23,7", 85000, 61300, 23700)]
TOT = "\tРазом\t2 555,0\t2 383,0\t182,0"
ta = f("budget_approved", "uah", 2555000, TOT, label="Разом, затверджено на I півріччя")
ts = f("budget_spent", "uah", 2383000, TOT, label="Разом, касові видатки")
te = f("budget_savings", "uah", 182000, TOT, label="Разом, економія")
cells = []
for k, q, a, s_, e in rows_:
    lab = q.split("\t")[1]
    cells.append((f("budget_approved", "uah", a, q, kekv=k, label=lab, group="table_approved", parent=ta),
                  f("budget_spent", "uah", s_, q, kekv=k, label=lab, group="table_spent", parent=ts),
                  f("budget_savings", "uah", e, q, kekv=k, label=lab, group="table_savings", parent=te)))
ps = f("budget_spent", "uah", 2373000, "Касові видатки за Програмою склали 2 373,0 тис. грн, або 92,9 % від планових призначень на I півріччя",
       percent=92.9, label="касові видатки за Програмою за I півріччя")
sa = f("staff_actual", "staff", 6, "У відділі працює 6 спеціалістів")
pos = f("staff_positions", "positions", 7, "при штатній чисельності 7 одиниць")
f("complaints", "complaints", 0, "Скарг на дії працівників відділу за звітний період не надходило")

spent = " + ".join(c[1] for c in cells)
g.slip("table_arithmetic", "error", TOT, 2383000, 2373000, [ts] + [c[1] for c in cells],
       "the «Касові видатки» column sums to 96,4 + 1 402,8 + 812,5 + 61,3 = 2 373,0, but «Разом» says 2 383,0 (a ten-thousand typo). The row is also inconsistent with itself: 2 555,0 − 2 383,0 = 172,0, not the 182,0 written.",
       f"near({spent}, {ts})", slip=1)
g.slip("internal_conflict", "error", "Касові видатки за Програмою склали 2 373,0 тис. грн", 2383000, 2373000, [ts, ps],
       "the prose gives the programme's cash expenditure for the half-year as 2 373,0 тис. грн, the table total as 2 383,0 тис. грн (same slip as the table_arithmetic finding)",
       f"{ts} == {ps}", slip=1)
g.check("table_arithmetic", TOT, "approved 120,0 + 1 450,0 + 900,0 + 85,0 = 2 555,0",
        "near(" + " + ".join(c[0] for c in cells) + f", {ta})")
g.check("table_arithmetic", TOT, "savings 23,6 + 47,2 + 87,5 + 23,7 = 182,0",
        "near(" + " + ".join(c[2] for c in cells) + f", {te})")
for (k, q, *_), (a, s_, e) in zip(rows_, cells):
    g.check("table_arithmetic", q, f"КЕКВ {k}: економія = затверджено − видатки", f"near({a} - {s_}, {e})")
g.check("percent_mismatch", "або 92,9 % від планових призначень на I півріччя", "2 373,0 / 2 555,0 = 92,88 % → 92,9",
        f"pct_ok(p{ps[1:]}, {ps}, {ta}, 1)")
g.check("parts_sum", "з них 892 – через Центр надання адміністративних послуг, 455 – безпосередньо до відділу", "892 + 455 = 1 347",
        f"{a1} + {a2} == {ap}")
g.check("parts_sum", "Одноразову матеріальну допомогу з бюджету громади отримали 163 особи", "persons 97 + 38 + 28 = 163",
        f"{p1} + {p2} + {p3} == {ms}")
g.check("parts_sum", "на загальну суму 812,5 тис. грн, у тому числі:", "505,0 + 152,0 + 155,5 = 812,5 тис. грн",
        f"near({v1} + {v2} + {v3}, {mv})")
g.check("internal_conflict", "2730\tОдноразова матеріальна допомога\t900,0\t812,5\t87,5",
        "the aid paid in prose (812,5) equals the КЕКВ 2730 cash expenditure", f"{mv} == {cells[2][1]}")
g.check("parts_sum", "У відділі працює 6 спеціалістів при штатній чисельності 7 одиниць", "6 ≤ 7", f"{sa} <= {pos}")

g.skip("67842, Одеська обл., Білгород-Дністровський р-н, с. Кароліно-Бугаз, вул.", [67842], "postcode")
g.skip("Приморська, 9; тел. (04849) 0-62-05", [9, 4849, 6205], "address, phone")
g.skip("на 2024–2026 роки за I півріччя 2025 року", [2024, 2026, 2025], "programme years, report period")
g.skip("Програму затверджено рішенням сільської ради від 21.12.2023 № 1186-VIII.", [21, 12, 2023, 1186], "decision date and number")
g.skip("Працівники відділу провели 4 виїзні прийоми у старостинських округах", [4], "field receptions (no §3 id)")
g.skip("Максимальний розмір допомоги на лікування – 10 тис. грн.", [10000], "maximum amount (a rule, not a figure of the period)")
g.skip("(54 поїздки)", [54], "trips (no §3 id)")
g.skip("Путівки на оздоровлення отримали 19 дітей пільгових категорій.", [19], "recreation vouchers (no §3 id)")
g.skip("На обліку в громаді перебуває 2 418 внутрішньо переміщених осіб, з них 611 дітей.", [2418, 611], "IDP population of the hromada")
g.skip("КЕК В\tНапрям видатків\tЗатверджено на I півріччя\tКасові видатки\tЕкономія", [], "table header (the reader splits «КЕКВ» into «КЕК В»)")
g.skip("Сторінка 1", [1], "page footer")
g.skip("У II півріччі 2025 року передбачено спрямувати на заходи Програми 2 610,0 тис. грн.", [2025, 2610000], "plan for H2")
g.skip("08.07.2025 № 02-14/611", [8, 7, 2025, 2, 14, 611], "date and outgoing number")

g.note("centre_type uszn: a відділ соціального захисту населення of a village council (provider_types.csv lists «відділ соціального захисту населення» under uszn); report_kind period_report (information on a programme for H1), meta_alt other")
g.note("«звернень громадян» → applied, unit applications (unit_alt persons); the applications for allowances and subsidies are two more applied rows with labels; the 72 persons received at field receptions → applied persons")
g.note("one-off material aid: served (persons) and aid_value, each broken down by purpose with its own group; no service id fits money aid")
g.note("budget table in тис. грн, stored in hryvnias; every cell is a fact quoted by its row, rows hang on the «Разом» cell of their column; kekv set from the first column")
g.note("the prose cash expenditure 2 373,0 (with 92,9 %) is a separate budget_spent fact; it disagrees with the table total 2 383,0 — one planted slip, recorded as table_arithmetic and internal_conflict with the same slip id")
g.note("the PDF reader joins the page-1 footer («… Сторінка 1») to the first sentence of page 2; quotes avoid the footer")
g.write()
