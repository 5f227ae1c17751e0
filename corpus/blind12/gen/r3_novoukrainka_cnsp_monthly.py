"""b12_03: КУ «ЦНСП» Новоукраїнської міської ради (Кіровоградська), 2024; month-by-month table spanning two PDF pages with the header repeated."""
from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

NAME = "b12_03_novoukrainka_cnsp_monthly2024.pdf"
MONTHS = ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень",
          "вересень", "жовтень", "листопад", "грудень"]
APP = [38, 41, 45, 39, 36, 33, 29, 31, 44, 47, 42, 40]
CONS = [212, 198, 240, 225, 207, 190, 176, 181, 233, 251, 229, 214]
INF = [305, 288, 317, 296, 274, 260, 241, 255, 309, 331, 302, 287]
assert sum(APP) == 465 and sum(CONS) == 2556 and sum(INF) == 3465
CONS_TOTAL_WRITTEN = 2566   # planted slip

path = report_path(NAME)
doc = pdf_doc(path, pagesize=A4, leftMargin=22 * mm, rightMargin=18 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
              title="Звіт ЦНСП 2024")
pdf_fonts()
st = ParagraphStyle("b", fontName="DVS", fontSize=12, leading=17, spaceAfter=7, firstLineIndent=10 * mm)
h = ParagraphStyle("h", fontName="DVB", fontSize=13, leading=17, alignment=1, spaceAfter=8)


def header_footer(c, d):
    c.saveState()
    c.setFont("DV", 8)
    c.drawString(22 * mm, 287 * mm, "КУ «ЦНСП» Новоукраїнської міської ради · код ЄДРПОУ 43877215")
    c.drawCentredString(105 * mm, 10 * mm, f"– {d.page} –")
    c.restoreState()


story = [
    Paragraph("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» НОВОУКРАЇНСЬКОЇ МІСЬКОЇ РАДИ КІРОВОГРАДСЬКОЇ ОБЛАСТІ", h),
    Paragraph("Звіт про діяльність за 2024 рік", h),
    Paragraph("Комунальна установа обслуговує Новоукраїнську міську територіальну громаду, у якій проживає близько 24,6 тис. мешканців, зокрема 3 120 внутрішньо переміщених осіб, взятих на облік станом на 01.01.2024.", st),
    Paragraph("Протягом 2024 року до установи надійшло 465 заяв про надання соціальних послуг (у 2023 році – 431 заява). Усього за рік надано 6 021 послугу консультування та інформування. Помісячний розподіл звернень і послуг наведено в таблиці 1.", st),
    Paragraph("Послугу догляду вдома протягом року отримували 138 осіб, послугу денного догляду – 24 особи. Відділення денного догляду розраховане на 15 місць, працює з понеділка по п'ятницю з 8.00 до 17.00.", st),
    Paragraph("Найбільше звернень припало на жовтень (47 заяв), що пов'язано з початком опалювального сезону та зверненнями щодо натуральної допомоги; найменше – на липень (29 заяв).", st),
    Paragraph("Таблиця 1. Звернення та надані послуги за місяцями 2024 року", h),
]
hs = ParagraphStyle("th", fontName="DVB", fontSize=10, leading=12, alignment=1)
rows = [[Paragraph(x, hs) for x in ["Місяць", "Надійшло заяв, од.", "Консультування, послуг", "Інформування, послуг"]]]
for m, a, c_, i in zip(MONTHS, APP, CONS, INF):
    rows.append([m, str(a), str(c_), str(i)])
rows.append(["Усього за рік", str(sum(APP)), sp(CONS_TOTAL_WRITTEN), sp(sum(INF))])
tbl = Table(rows, colWidths=[45 * mm, 38 * mm, 42 * mm, 42 * mm], repeatRows=1, rowHeights=[16 * mm] + [11 * mm] * 13)
tbl.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "DV", 11), ("FONT", (0, 0), (-1, 0), "DVB", 10),
    ("FONT", (0, -1), (-1, -1), "DVB", 11),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
]))
story += [tbl, Spacer(1, 6 * mm),
          Paragraph("Скарг від отримувачів соціальних послуг у 2024 році не надходило. На 2025 рік планується відкрити відділення соціальної адаптації на 10 місць.", st),
          Paragraph("Директор КУ «ЦНСП»                    (підпис)", st),
          Paragraph("Виконавець: тел. (05251) 0-31-84", st)]
doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Новоукраїнської міської ради", "centre_type": "cnsp",
    "settlement": "Новоукраїнка", "oblast": "Кіровоградська", "report_kind": "annual_report",
    "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Новоукраїнської міської ради",
                         "КУ «Центр надання соціальних послуг» Новоукраїнської міської ради Кіровоградської області"]})
text = read_text(path)
import re as _re


def rowq(label):
    # the row as the reader prints it (tab-separated expected; fall back to any line starting with the label)
    for line in text.splitlines():
        if line.startswith(label + "\t") or line.startswith(label + " "):
            return line
    raise SystemExit(f"row {label} not found")


g.f("applied", "applications", 465, "Протягом 2024 року до установи надійшло 465 заяв про надання соціальних послуг")
g.f("services_provided", "services", 6021, "Усього за рік надано 6 021 послугу консультування та інформування",
    note="2 556 + 3 465 from the month rows (the «Усього за рік» consultation cell says 2 566)")
g.f("served", "persons", 138, "Послугу догляду вдома протягом року отримували 138 осіб", service="home_care")
g.f("served", "persons", 24, "послугу денного догляду – 24 особи", service="day_care")
tq = rowq("Усього за рік")
ta = g.f("applied", "applications", 465, tq, label="Усього за рік")
tc = g.f("services_provided", "services", CONS_TOTAL_WRITTEN, tq, service="counselling", label="Усього за рік")
ti = g.f("services_provided", "services", sum(INF), tq, service="informing", label="Усього за рік")
cons_ids = []
for m, a, c_, i in zip(MONTHS, APP, CONS, INF):
    q = rowq(m)
    g.f("applied", "applications", a, q, label=m, group="applications_by_month", parent=ta)
    cons_ids.append(g.f("services_provided", "services", c_, q, service="counselling", label=m, group="counselling_by_month", parent=tc))
    g.f("services_provided", "services", i, q, service="informing", label=m, group="informing_by_month", parent=ti)
g.f("complaints", "complaints", 0, "Скарг від отримувачів соціальних послуг у 2024 році не надходило")
g.slip("table_arithmetic", "error", tq, 2566, 2556, [tc] + cons_ids,
       "column «Консультування»: the twelve months sum to 2 556, «Усього за рік» says 2 566; the prose total 6 021 = 2 556 + 3 465 agrees with the months")
g.check("table_arithmetic", tq, "заяви: 12 months sum to 465 (prose repeats 465); інформування: 12 months sum to 3 465")
g.skip("у якій проживає близько 24,6 тис. мешканців, зокрема 3 120 внутрішньо переміщених осіб, взятих на облік станом на 01.01.2024", [24600, 3120, 1, 1, 2024], "population and ВПО on the register of the hromada (not the centre's work)")
g.skip("(у 2023 році – 431 заява)", [2023, 431], "prior-year figure")
g.skip("Відділення денного догляду розраховане на 15 місць, працює з понеділка по п'ятницю з 8.00 до 17.00.", [15, 8, 0, 17, 0], "capacity and opening hours")
g.skip("Найбільше звернень припало на жовтень (47 заяв)", [47], "the October row repeated in prose as a maximum (not a new fact); same for «найменше – на липень (29 заяв)»")
g.skip("На 2025 рік планується відкрити відділення соціальної адаптації на 10 місць.", [2025, 10], "plan and capacity")
g.skip("код ЄДРПОУ 43877215", [43877215], "ЄДРПОУ code in the running header")
g.skip("Виконавець: тел. (05251) 0-31-84", [5251, 0, 31, 84], "phone")
g.skip("Таблиця 1.", [1], "table number; page numbers «– 1 –», «– 2 –» also skipped")
g.note("the table spans two pages; the header row is repeated on page 2 by the PDF and is not a fact")
g.note("every month cell is a fact quoted by its row (label = month), hanging on the «Усього за рік» cell of the same column; one group per column")
g.note("«Найбільше … жовтень (47 заяв)» and «найменше … липень (29 заяв)» repeat table cells as extremes: skipped rather than counted as facts written twice, because they are comparisons, not reports of the month's figure (an extractor emitting them loses precision; doubt recorded)")
g.write()
