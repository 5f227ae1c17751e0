"""b96_03: КУ «ЦНСП» Студениківської сільської ради (Київська), report for H1 2025.
reportlab PDF, impersonal voice, a table by starosta district × service, page footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import Gold, register_fonts, report_path

DOC = "b96_03_studenyky_cnsp_h1_2025.pdf"
register_fonts()

body = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14, spaceAfter=5, firstLineIndent=10 * mm)
plain = ParagraphStyle("p", fontName="LSerif", fontSize=10, leading=12, alignment=1)
head = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceAfter=6)
sub = ParagraphStyle("s", fontName="LSerif-B", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
cell = ParagraphStyle("c", fontName="LSerif", fontSize=9.5, leading=11)

story = [
    Paragraph("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» СТУДЕНИКІВСЬКОЇ СІЛЬСЬКОЇ РАДИ", head),
    Paragraph("08462, Київська обл., Бориспільський р-н, с. Студеники, вул. Шкільна, 3, тел. (04567) 0-31-42, "
              "e-mail: cnsp.studenyky@example.ua, код ЄДРПОУ 43751096", plain),
    Spacer(1, 6 * mm),
    Paragraph("ЗВІТ<br/>про діяльність КУ «ЦНСП» Студениківської сільської ради за І півріччя 2025 року", head),
    Paragraph("Установа діє відповідно до Положення, затвердженого рішенням сесії сільської ради від 24.12.2024 "
              "№ 1187-41-VIII, та надає соціальні послуги жителям с. Студеники і трьох старостинських округів.",
              body),
    Paragraph("1. Звернення та оцінка потреб", sub),
    Paragraph("За січень – червень 2025 року надійшло 64 заяви про надання соціальних послуг. Прийнято 58 рішень "
              "про надання послуг і 6 рішень про відмову (через відсутність підстав). Оцінку індивідуальних "
              "потреб проведено 61 особі; середній строк проведення оцінки – 4 робочі дні.", body),
    Paragraph("2. Отримувачі соціальних послуг", sub),
    Paragraph("Соціальні послуги протягом півріччя надано 280 отримувачам. Розподіл за старостинськими округами "
              "наведено в таблиці.", body),
    Paragraph("Таблиця 2. Кількість отримувачів соціальних послуг за І півріччя 2025 року, осіб", cell),
    Spacer(1, 2 * mm),
]
rows = [
    ["Населений пункт / округ", "Догляд вдома", "Консультування", "Натуральна допомога", "Разом"],
    ["с. Студеники", "34", "58", "41", "133"],
    ["Старостинський округ № 1", "17", "22", "19", "58"],
    ["Старостинський округ № 2", "12", "19", "23", "56"],
    ["Старостинський округ № 3", "9", "14", "12", "35"],
    ["Разом", "72", "113", "95", "280"],
]
tbl = Table([[Paragraph(c, cell) for c in r] for r in rows], colWidths=[55 * mm, 27 * mm, 30 * mm, 30 * mm, 22 * mm])
tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                         ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story += [tbl, Spacer(1, 4 * mm)]
story += [
    Paragraph("Серед отримувачів послуги догляду вдома 23 особи віком понад 80 років. Працівниками відділення "
              "соціальної роботи надано 2 317 послуг догляду вдома та 1 036 консультацій. Тариф на послугу "
              "догляду вдома – 78,20 грн за годину.", body),
    Paragraph("Натуральну допомогу отримали 95 осіб: видано 310 продуктових наборів та 72 комплекти постільної "
              "білизни на загальну суму 121,8 тис. грн (кошти благодійних фондів).", body),
    Paragraph("3. Кадрове забезпечення", sub),
    Paragraph("Штатним розписом затверджено 18 посад, з яких 2 вакантні; фактично працює 16 осіб. "
              "Підвищили кваліфікацію 5 працівників (онлайн-курси Національної соціальної сервісної служби).",
              body),
    Paragraph("4. Фінансове забезпечення", sub),
    Paragraph("Касові видатки загального фонду за І півріччя 2025 року становлять 2 946 318,44 грн, у тому числі:",
              body),
    Paragraph("КЕКВ 2111 «Заробітна плата» – 2 187 540,00 грн;", body),
    Paragraph("КЕКВ 2120 «Нарахування на оплату праці» – 481 258,80 грн;", body),
    Paragraph("КЕКВ 2273 «Оплата електроенергії» – 97 400,12 грн;", body),
    Paragraph("інші видатки – 180 119,52 грн.", body),
    Paragraph("5. Висновки", sub),
    Paragraph("Скарг на якість послуг за звітний період не надходило. У ІІ півріччі 2025 року передбачено "
              "запровадити послугу денного догляду на 10 місць.", body),
    Spacer(1, 8 * mm),
    Paragraph("Директор КУ «ЦНСП»&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;(підпис)", body),
    Paragraph("14.07.2025", body),
]


def footer(c, doc_):
    c.saveState()
    c.setFont("LSerif", 8)
    c.drawCentredString(A4[0] / 2, 10 * mm, f"Сторінка {doc_.page}")
    c.restoreState()


path = report_path(DOC)
SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Звіт за І півріччя 2025 року", author="КУ ЦНСП",
                  leftMargin=22 * mm, rightMargin=15 * mm, topMargin=18 * mm, bottomMargin=18 * mm
                  ).build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Студениківської сільської ради",
    "centre_type": "cnsp",
    "settlement": "Студеники",
    "oblast": "Київська",
    "report_kind": "period_report",
    "period_start": "2025-01-01",
    "period_end": "2025-06-30",
}, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Студениківської сільської ради",
                        "КУ «ЦНСП» Студениківської сільської ради"]})
n = lambda fid: fid[1:]  # noqa: E731
ap = g.f("applied", "applications", 64, "надійшло 64 заяви про надання соціальних послуг")
na = g.f("needs_assessed", "persons", 61, "Оцінку індивідуальних потреб проведено 61 особі")
pr = g.f("served", "persons", 280, "Соціальні послуги протягом півріччя надано 280 отримувачам",
         note="«отримувачам» here are the persons of the table (unit osіб in the table caption)",
         unit_alt="recipients")
SV = ["home_care", "counselling", "natural_aid", None]
ROWQ = {"с. Студеники": "с. Студеники\t34\t58\t41\t133",
        "округ № 1": "Старостинський округ № 1\t17\t22\t19\t58",
        "округ № 2": "Старостинський округ № 2\t12\t19\t23\t56",
        "округ № 3": "Старостинський округ № 3\t9\t14\t12\t35"}
VALS = {"с. Студеники": [34, 58, 41, 133], "округ № 1": [17, 22, 19, 58],
        "округ № 2": [12, 19, 23, 56], "округ № 3": [9, 14, 12, 35]}
QT = "Разом\t72\t113\t95\t280"
tot = {}
for j, (s, v) in enumerate(zip(SV, [72, 113, 95, 280])):
    tot[j] = g.f("served", "persons", v, QT, service=s, label="Разом" + ("" if s else " (усі послуги)"))
cells = {}
for dist, q in ROWQ.items():
    for j, s in enumerate(SV):
        cells[(dist, j)] = g.f("served", "persons", VALS[dist][j], q, service=s,
                               district=("Студеники" if dist == "с. Студеники" else "старостинський " + dist),
                               group=f"table2_col{j + 1}", parent=tot[j])
o80 = g.f("served", "persons", 23, "Серед отримувачів послуги догляду вдома 23 особи віком понад 80 років",
          service="home_care", category="особи віком понад 80 років", parent=tot[0])
sp1 = g.f("services_provided", "services", 2317, "надано 2 317 послуг догляду вдома", service="home_care")
sp2 = g.f("services_provided", "services", 1036, "та 1 036 консультацій", service="counselling")
nat = g.f("served", "persons", 95, "Натуральну допомогу отримали 95 осіб", service="natural_aid",
          note="the table total 95 written again")
av = g.f("aid_value", "uah", 121800, "на загальну суму 121,8 тис. грн", parent=nat)
st1 = g.f("staff_positions", "positions", 18, "Штатним розписом затверджено 18 посад")
st2 = g.f("staff_actual", "staff", 16, "фактично працює 16 осіб")
st3 = g.f("staff_trained", "staff", 5, "Підвищили кваліфікацію 5 працівників")
QB = "Касові видатки загального фонду за І півріччя 2025 року становлять 2 946 318,44 грн"
b0 = g.f("budget_spent", "uah", 2946318.44, QB, label="загальний фонд")
b1 = g.f("budget_spent", "uah", 2187540, "КЕКВ 2111 «Заробітна плата» – 2 187 540,00 грн", kekv="2111",
         group="spent_by_kekv", parent=b0)
b2 = g.f("budget_spent", "uah", 481258.8, "КЕКВ 2120 «Нарахування на оплату праці» – 481 258,80 грн",
         kekv="2120", group="spent_by_kekv", parent=b0)
b3 = g.f("budget_spent", "uah", 97400.12, "КЕКВ 2273 «Оплата електроенергії» – 97 400,12 грн", kekv="2273",
         group="spent_by_kekv", parent=b0)
b4 = g.f("budget_spent", "uah", 180119.52, "інші видатки – 180 119,52 грн", label="інші видатки",
         group="spent_by_kekv", parent=b0)
cm = g.f("complaints", "complaints", 0, "Скарг на якість послуг за звітний період не надходило")

c = lambda d_, j: f"f{n(cells[(d_, j)])}"  # noqa: E731
g.slip("table_arithmetic", "error", ROWQ["округ № 2"], 56, 54,
       [cells[("округ № 2", j)] for j in range(4)] + [tot[3]],
       "row «Старостинський округ № 2»: 12 + 19 + 23 = 54, but «Разом» says 56; the «Разом» column then "
       "sums to 133 + 58 + 56 + 35 = 282, not the 280 of the total row (which equals 72 + 113 + 95). "
       "One wrong cell, recorded as two findings (row and column) that share the slip id.",
       f"{c('округ № 2', 0)} + {c('округ № 2', 1)} + {c('округ № 2', 2)} == {c('округ № 2', 3)}")
g.slip("table_arithmetic", "error", QT, 280, 282, [cells[(d_, 3)] for d_ in ROWQ] + [tot[3]],
       "the same wrong cell seen from the «Разом» column: 133 + 58 + 56 + 35 = 282, but the total row says 280. "
       "Recorded as a second finding of the same slip (a tool may flag the row, the column, or both).",
       " + ".join(c(d_, 3) for d_ in ROWQ) + f" == f{n(tot[3])}", slip=1)
for d_ in ("с. Студеники", "округ № 1", "округ № 3"):
    g.check("table_arithmetic", ROWQ[d_], f"row {d_}: the three services sum to «Разом»",
            f"{c(d_, 0)} + {c(d_, 1)} + {c(d_, 2)} == {c(d_, 3)}")
for j in range(3):
    g.check("table_arithmetic", QT, f"column {j + 2} sums to its «Разом» cell",
            " + ".join(c(d_, j) for d_ in ROWQ) + f" == f{n(tot[j])}")
g.check("table_arithmetic", QT, "72 + 113 + 95 = 280", f"f{n(tot[0])} + f{n(tot[1])} + f{n(tot[2])} == f{n(tot[3])}")
g.check("internal_conflict", "Соціальні послуги протягом півріччя надано 280 отримувачам", "prose 280 = table 280",
        f"f{n(pr)} == f{n(tot[3])}")
g.check("internal_conflict", "Натуральну допомогу отримали 95 осіб", "prose 95 = table column total",
        f"f{n(nat)} == f{n(tot[2])}")
g.check("parts_sum", "Серед отримувачів послуги догляду вдома 23 особи", "23 ≤ 72", f"f{n(o80)} <= f{n(tot[0])}")
g.check("parts_sum", "Прийнято 58 рішень про надання послуг і 6 рішень про відмову",
        "58 + 6 decisions = 64 applications (decisions have no §3 id: literals)", f"58 + 6 == f{n(ap)}")
g.check("parts_sum", "Штатним розписом затверджено 18 посад, з яких 2 вакантні; фактично працює 16 осіб",
        "18 − 2 vacant = 16 working", f"f{n(st1)} - 2 == f{n(st2)}")
g.check("parts_sum", "у тому числі:", "2 187 540,00 + 481 258,80 + 97 400,12 + 180 119,52 = 2 946 318,44",
        f"near(f{n(b1)} + f{n(b2)} + f{n(b3)} + f{n(b4)}, f{n(b0)})")

g.skip("08462, Київська обл., Бориспільський р-н, с. Студеники, вул. Шкільна, 3, тел. (04567) 0-31-42",
       [8462, 3, 4567, 3142], "postcode, address, phone")
g.skip("код ЄДРПОУ 43751096", [43751096], "ЄДРПОУ")
g.skip("про діяльність КУ «ЦНСП» Студениківської сільської ради за І півріччя 2025 року", [2025], "period")
g.skip("від 24.12.2024 № 1187-41-VIII", [24, 12, 2024, 1187, 41], "decision date and number")
g.skip("трьох старостинських округів", [3], "number of districts (in words)")
g.skip("За січень – червень 2025 року", [2025], "year")
g.skip("Прийнято 58 рішень про надання послуг і 6 рішень про відмову", [58, 6],
       "decisions and refusals (no §3 id); literals in a check")
g.skip("середній строк проведення оцінки – 4 робочі дні", [4], "duration")
g.skip("Таблиця 2. Кількість отримувачів соціальних послуг за І півріччя 2025 року, осіб", [2, 2025],
       "table number, year")
g.skip("Старостинський округ № 1", [1, 2, 3], "district numbers № 1–3 in the table rows")
g.skip("віком понад 80 років", [80], "age (inside a fact's quote)")
g.skip("Тариф на послугу догляду вдома – 78,20 грн за годину", [78.2], "tariff")
g.skip("видано 310 продуктових наборів та 72 комплекти постільної білизни", [310, 72], "items")
g.skip("з яких 2 вакантні", [2], "vacancies (no §3 id); literal in a check")
g.skip("У ІІ півріччі 2025 року передбачено запровадити послугу денного догляду на 10 місць", [2025, 10],
       "plan, capacity")
g.skip("1. Звернення та оцінка потреб", [1, 2, 3, 4, 5], "section numbers 1.–5.")
g.skip("14.07.2025", [14, 7, 2025], "date")
g.skip("КЕКВ 2111", [2111, 2120, 2273], "KEKV codes (stored in kekv, not values)")

g.note("table 2 (persons by district × service): every cell is a fact quoted by its row and hangs on the "
       "«Разом» cell of its column; district = the settlement or starosta district; the «Разом» column "
       "(no service) hangs on the 280 total cell")
g.note("280 and 95 are written twice (table and prose): two facts each; 280 is «отримувачам» in prose but the "
       "table is in persons → unit persons, unit_alt recipients")
g.note("«23 особи віком понад 80 років» among home-care recipients → served with a category, parent the home-care "
       "column total")
g.note("money with kopecks kept as decimals in hryvnias; KEKV 2111/2120/2273 set; «інші видатки» has no kekv")
g.note("centre: the legal form «Комунальна установа» is in meta_alt")
g.write()
