"""b101_08: КУ «ЦНСП» Коршівської сільської ради (Івано-Франківська), report for H1 2025 with month-by-month
dot-leader lists («За місяцями:» / «Січень ........ 41» … / «Разом за І півріччя ........ 248»). reportlab PDF.
Planted slip: parts_sum (services by month sum to 3 708, the total line says 3 728)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, KeepTogether
from common import Gold, report_path, register_fonts

DOC = "b101_08_korshiv_cnsp_h1_2025.pdf"
register_fonts()
N = ParagraphStyle("n", fontName="LSerif", fontSize=12, leading=15.5, firstLineIndent=10 * mm, alignment=4)
C = ParagraphStyle("c", parent=N, alignment=1, firstLineIndent=0)
B = ParagraphStyle("b", parent=C, fontName="LSerif-B")
H = ParagraphStyle("h", parent=N, fontName="LSerif-B", firstLineIndent=0, spaceBefore=6)
LI = ParagraphStyle("li", parent=N, firstLineIndent=0, leftIndent=18 * mm, alignment=0, leading=14.5)
LT = ParagraphStyle("lt", parent=LI, fontName="LSerif-B")
SM = ParagraphStyle("sm", parent=N, fontSize=10, leading=12, firstLineIndent=0, alignment=0)

MONTHS = ["Січень", "Лютий", "Березень", "Квітень", "Травень", "Червень"]
MONTH_IDS = ["січень", "лютий", "березень", "квітень", "травень", "червень"]
WIDTH = 110 * mm


def leader(label, value, font="LSerif"):
    """«Label ........ value» padded with dots to a fixed width, as typed by hand in Word."""
    base = stringWidth(f"{label}  {value}", font, 12)
    n = max(4, int((WIDTH - base) / stringWidth(".", font, 12)))
    return f"{label} {'.' * n} {value}"


# indicator, unit, heading, month values, total written, slip?
BLOCKS = [
    ("applied", "persons", "1. Звернулися до Центру (осіб)", [41, 37, 52, 44, 39, 35], "248"),
    ("services_provided", "services", "2. Надано соціальних послуг (усього)", [612, 587, 655, 640, 618, 596], "3 728"),
    ("support_started", "families", "3. Взято під соціальний супровід (сімей)", [2, 1, 3, 0, 2, 1], "9"),
    ("events", "events", "4. Проведено групових заходів", [3, 4, 2, 5, 3, 2], "19"),
    ("event_participants", "persons", "5. Кількість учасників групових заходів (осіб)", [43, 56, 27, 73, 38, 12], "249"),
    ("calls", "calls", "6. Надійшло дзвінків на «гарячу лінію» Центру", [19, 22, 17, 25, 14, 16], "113"),
]
TOTAL_LABEL = "Разом за І півріччя"

story = [
    Paragraph("Комунальна установа «Центр надання соціальних послуг»", B),
    Paragraph("Коршівської сільської ради Коломийського району Івано-Франківської області", B),
    Paragraph("78264, с. Коршів, вул. Івана Франка, 56 · тел. (03433) 072-15-09 · cnsp.korshiv@example.ua · "
              "ЄДРПОУ 44256813", C),
    Spacer(1, 3 * mm),
    Paragraph("№ 97/02-11 від 03.07.2025", SM),
    Paragraph("Відділу соціального захисту населення Коршівської сільської ради", SM),
    Spacer(1, 5 * mm),
    Paragraph("ІНФОРМАЦІЯ", B),
    Paragraph("про основні показники роботи Центру за І півріччя 2025 року", B),
    Spacer(1, 4 * mm),
    Paragraph("На виконання листа відділу від 16.06.2025 № 412 Центр надає інформацію про основні показники "
              "роботи за січень – червень 2025 року з розбивкою за місяцями.", N),
]
LINES = {}
for ind, unit, head, vals, tot in BLOCKS:
    items = [Paragraph(head, H), Paragraph("За місяцями:", LI)]
    for m, v in zip(MONTHS, vals):
        s = leader(m, v)
        LINES[(ind, m)] = s
        items.append(Paragraph(s, LI))
    s = leader(TOTAL_LABEL, tot, "LSerif-B")
    LINES[(ind, "total")] = s
    items.append(Paragraph(s, LT))
    story.append(KeepTogether(items))
    if ind == "services_provided":
        story.append(Paragraph("Для порівняння: за І півріччя 2024 року надано 3 412 послуг.", N))

story += [
    Paragraph("7. Інші показники", H),
    Paragraph("Станом на 30.06.2025 Центр надає соціальні послуги 183 отримувачам, з них послугу догляду вдома "
              "отримують 64 особи, денного догляду – 22 особи (у т. ч. 9 дітей з інвалідністю).", N),
    Paragraph("Під соціальним супроводом протягом півріччя перебувало 14 сімей, у яких виховується 31 дитина. "
              "Завершено супровід 6 сімей, з них 5 – з позитивним результатом.", N),
    Paragraph("Натуральну допомогу (продуктові та гігієнічні набори) отримали 57 осіб на суму 41,3 тис. грн.", N),
    Paragraph("Штатна чисельність Центру – 24 посади, працює 22 працівники. Скарг на роботу Центру за звітний "
              "період не надходило.", N),
    Spacer(1, 8 * mm),
    Paragraph("Директор Центру                                                        (підпис)", SM),
    Paragraph("Виконавець: відділ соціальної роботи, тел. (03433) 072-15-11", SM),
]


def footer(canvas, doc):
    canvas.setFont("LSerif", 9)
    canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Сторінка {doc.page}")


path = report_path(DOC)
SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Інформація за І півріччя 2025", author="КУ ЦНСП",
                  leftMargin=25 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=18 * mm
                  ).build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Коршівської сільської ради",
    "centre_type": "cnsp",
    "settlement": "Коршів",
    "oblast": "Івано-Франківська",
    "report_kind": "period_report",
    "period_start": "2025-01-01",
    "period_end": "2025-06-30",
})
g.meta_alt = {"centre": ["Комунальна установа «Центр надання соціальних послуг» Коршівської сільської ради",
                         "КУ «Центр надання соціальних послуг» Коршівської сільської ради"]}

TOT, MON = {}, {}
for ind, unit, head, vals, tot in BLOCKS:
    TOT[ind] = g.f(ind, unit, int(tot.replace(" ", "")), LINES[(ind, "total")], label="разом за І півріччя 2025")
    MON[ind] = [g.f(ind, unit, v, LINES[(ind, m)], label=f"{mid} 2025", group=f"{ind}_by_month", parent=TOT[ind])
                for m, mid, v in zip(MONTHS, MONTH_IDS, vals)]
f_srv = g.f("served", "recipients", 183, "Центр надає соціальні послуги 183 отримувачам", unit_alt="persons",
            label="станом на 30.06.2025")
f_home = g.f("served", "persons", 64, "послугу догляду вдома отримують 64 особи", service="home_care", parent=f_srv)
f_day = g.f("served", "persons", 22, "денного догляду – 22 особи", service="day_care", parent=f_srv)
f_dayc = g.f("served", "children", 9, "у т. ч. 9 дітей з інвалідністю", service="day_care",
             category="діти з інвалідністю", parent=f_day)
f_ss = g.f("served", "families", 14, "Під соціальним супроводом протягом півріччя перебувало 14 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
f_ssc = g.f("served", "children", 31, "у яких виховується 31 дитина", service="social_support_sjo",
            alt=["support_ongoing"], parent=f_ss)
f_comp = g.f("support_completed", "families", 6, "Завершено супровід 6 сімей", service="social_support_sjo",
             parent=f_ss)
f_pos = g.f("outcome_positive", "families", 5, "з них 5 – з позитивним результатом", parent=f_comp)
f_nat = g.f("served", "persons", 57, "отримали 57 осіб", service="natural_aid")
f_aid = g.f("aid_value", "uah", 41300, "на суму 41,3 тис. грн", service="natural_aid")
f_sp = g.f("staff_positions", "positions", 24, "Штатна чисельність Центру – 24 посади")
f_sa = g.f("staff_actual", "staff", 22, "працює 22 працівники")
f_cmp = g.f("complaints", "complaints", 0, "Скарг на роботу Центру за звітний період не надходило.")

for ind, unit, head, vals, tot in BLOCKS:
    expr = f"{' + '.join(MON[ind])} == {TOT[ind]}"
    if ind == "services_provided":
        g.slip("parts_sum", "error", LINES[(ind, "total")], 3728, 3708, [TOT[ind]] + MON[ind],
               "the six months 612 + 587 + 655 + 640 + 618 + 596 = 3 708, but the total line says 3 728 (20 more)",
               expr)
    else:
        g.check("parts_sum", LINES[(ind, "total")], f"{head}: the six months sum to the half-year total", expr)
g.check("parts_sum", "Під соціальним супроводом протягом півріччя перебувало 14 сімей",
        "9 taken under support (section 3) ≤ 14 in support; 6 completed ≤ 14; 5 positive ≤ 6",
        f"{TOT['support_started']} <= {f_ss} and {f_comp} <= {f_ss} and {f_pos} <= {f_comp}")
g.check("parts_sum", "з них послугу догляду вдома отримують 64 особи",
        "64 + 22 ≤ 183; 9 children ≤ 22", f"{f_home} + {f_day} <= {f_srv} and {f_dayc} <= {f_day}")
g.check("parts_sum", "працює 22 працівники", "22 ≤ 24", f"{f_sa} <= {f_sp}")

g.skip("78264, с. Коршів, вул. Івана Франка, 56 · тел. (03433) 072-15-09", [78264, 56, 3433, 721509],
       "postcode, address, phone (invalid 0 after the area code)")
g.skip("ЄДРПОУ 44256813", [44256813], "ЄДРПОУ")
g.skip("№ 97/02-11 від 03.07.2025", [97, 2, 11, 3, 7, 2025], "outgoing number and date")
g.skip("про основні показники роботи Центру за І півріччя 2025 року", ["І", 2025], "period in the title")
g.skip("На виконання листа відділу від 16.06.2025 № 412", [16, 6, 2025, 412], "letter date and number")
g.skip("роботи за січень – червень 2025 року", [2025], "year")
g.skip("1. Звернулися до Центру (осіб)", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7.")
g.skip("Для порівняння: за І півріччя 2024 року надано 3 412 послуг.", ["І", 2024, 3412], "prior-year figure")
g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
g.skip("Виконавець: відділ соціальної роботи, тел. (03433) 072-15-11", [3433, 721511], "phone")

g.note("each month line is a fact labelled with its month and hangs on the «Разом за І півріччя» line of its block "
       "(group <indicator>_by_month); the month figures are parts of the half-year total. Quotes keep the dot leaders "
       "as the reader prints them")
g.note("«Квітень …. 0» (no family taken under support in April) is a fact with value 0")
g.note("the events block «Проведено групових заходів» and the participants block are separate indicators; participants "
       "have no parent on the events (the blocks are parallel lists)")
g.note("«Центр надає соціальні послуги 183 отримувачам» (станом на 30.06.2025) → served in recipients (unit_alt persons); "
       "home care 64 and day care 22 hang on it without a group (the list is not exhaustive)")
g.note("«9 дітей з інвалідністю» → served children under the 22 day-care recipients")
g.note("the planted slip is in block 2: the months sum to 3 708, the total says 3 728")
g.write()
