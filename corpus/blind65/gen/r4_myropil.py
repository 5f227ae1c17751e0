"""b65_04: Служба у справах дітей Миропільської селищної ради, інформація за I півріччя 2025 року.
reportlab PDF (DejaVu Serif), two pages with a page footer, third person, dash lists."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak
from common import Gold, report_path, read_text, register_dejavu

DOC = "b65_04_myropil_ssd_h1_2025.pdf"
P = report_path(DOC)
register_dejavu()
body = ParagraphStyle("b", fontName="DVS", fontSize=11, leading=14.5, firstLineIndent=1 * cm, alignment=4)
head = ParagraphStyle("h", fontName="DVS-B", fontSize=12, leading=15, alignment=1)
small = ParagraphStyle("s", fontName="DVS", fontSize=9, leading=11)
item = ParagraphStyle("i", parent=body, firstLineIndent=0, leftIndent=1 * cm)

TOTAL_PAGES = 2


def footer(canv, doc):
    canv.saveState()
    canv.setFont("DVS", 8)
    canv.drawString(2 * cm, 1.2 * cm, "Служба у справах дітей Миропільської селищної ради • вих. № 02-14/118 від 07.07.2025")
    canv.drawRightString(19 * cm, 1.2 * cm, f"Сторінка {doc.page} з {TOTAL_PAGES}")
    canv.restoreState()


S = []
S.append(Paragraph("МИРОПІЛЬСЬКА СЕЛИЩНА РАДА<br/>СЛУЖБА У СПРАВАХ ДІТЕЙ", head))
S.append(Paragraph("12240, Житомирська обл., Житомирський р-н, селище Миропіль, вул. Соборна, 3; тел. (04144) 0-63-28; ЄДРПОУ 44102587", small))
S.append(Spacer(1, 10))
S.append(Paragraph("ІНФОРМАЦІЯ<br/>про роботу служби у справах дітей за I півріччя 2025 року", head))
S.append(Spacer(1, 8))
txt = [
    "Станом на 01.07.2025 у Миропільській громаді проживає 2 914 дітей. Службою у справах дітей упродовж січня – червня 2025 року забезпечувався облік дітей-сиріт, дітей, позбавлених батьківського піклування, та дітей, які перебувають у складних життєвих обставинах.",
    "На первинному обліку дітей-сиріт та дітей, позбавлених батьківського піклування, станом на 30.06.2025 перебуває 37 дітей (на 01.01.2025 – 35 дітей). За звітний період на облік взято 5 дітей, знято з обліку 3 дітей, з них:",
]
for t in txt:
    S.append(Paragraph(t, body))
S.append(Paragraph("– у зв'язку з досягненням повноліття – 2;", item))
S.append(Paragraph("– у зв'язку з усиновленням – 1.", item))
S.append(Paragraph("Усі діти цієї категорії влаштовані до сімейних форм виховання та закладів: під опіку, піклування – 24, у прийомні сім'ї – 7, до дитячих будинків сімейного типу – 4, до закладів інституційного догляду – 2.", body))
S.append(Paragraph("Оцінку потреб дітей спільно з фахівцями ЦНСП проведено щодо 15 дітей. Від закладів освіти, закладів охорони здоров'я та поліції надійшли повідомлення щодо 11 дітей, які можуть перебувати у складних життєвих обставинах.", body))
S.append(Paragraph("На обліку дітей, які перебувають у складних життєвих обставинах, станом на 30.06.2025 перебуває 19 дітей. Протягом півріччя на облік поставлено 6 дітей, знято з обліку у зв'язку з подоланням складних життєвих обставин 4 дітей.", body))
S.append(Paragraph("Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, за звітний період надано 28 дітям (усього з 2022 року такий статус отримали 214 дітей громади).", body))
S.append(PageBreak())
S.append(Paragraph("До служби надійшло 63 звернення громадян, у тому числі 41 усне та 22 письмові. Фахівцями служби надано 87 консультацій з питань захисту прав дитини. На телефон «гарячої лінії» служби надійшло 18 дзвінків.", body))
S.append(Paragraph("Проведено 6 засідань комісії з питань захисту прав дитини, на яких розглянуто 31 питання; до суду підготовлено 14 висновків органу опіки та піклування. Здійснено 9 профілактичних рейдів «Діти вулиці», під час яких перевірено 47 сімей.", body))
S.append(Paragraph("У закладах освіти громади проведено 12 профілактичних заходів, якими охоплено 436 учнів 5–11 класів.", body))
S.append(Paragraph("Штатна чисельність служби – 3 посади, працюють 3 особи. Двоє працівників пройшли навчання за програмою «Захист прав дітей в умовах воєнного стану» (24 години).", body))
S.append(Paragraph("У II півріччі 2025 року планується створити ще 1 прийомну сім'ю та провести навчання для 6 кандидатів у прийомні батьки.", body))
S.append(Spacer(1, 16))
S.append(Paragraph("Начальник служби у справах дітей ________________", body))
doc = SimpleDocTemplate(P, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm, topMargin=2 * cm,
                        bottomMargin=2 * cm, invariant=1, title="Інформація ССД I півріччя 2025",
                        author="ССД", creator="", producer="")
doc.build(S, onFirstPage=footer, onLaterPages=footer)
if len(sys.argv) > 1:
    print(read_text(P)); sys.exit()

g = Gold(DOC, {
    "centre": "Служба у справах дітей Миропільської селищної ради", "centre_type": "other",
    "settlement": "Миропіль", "oblast": "Житомирська", "report_kind": "period_report",
    "period_start": "2025-01-01", "period_end": "2025-06-30"})
F = g.f
n = lambda x: x[1:]
LBL = "діти-сироти та діти, позбавлені батьківського піклування"
reg = F("registered", "children", 37, "станом на 30.06.2025 перебуває 37 дітей", label=LBL)
new = F("registered_new", "children", 5, "За звітний період на облік взято 5 дітей", label=LBL)
der = F("deregistered", "children", 3, "знято з обліку 3 дітей, з них:", label=LBL)
d1 = F("deregistered", "children", 2, "у зв'язку з досягненням повноліття – 2", label="досягнення повноліття",
       group="dereg_3_by_reason", parent=der)
d2 = F("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="усиновлення",
       group="dereg_3_by_reason", parent=der)
F("needs_assessed", "children", 15, "Оцінку потреб дітей спільно з фахівцями ЦНСП проведено щодо 15 дітей")
F("notified", "children", 11, "надійшли повідомлення щодо 11 дітей")
L2 = "діти, які перебувають у складних життєвих обставинах"
r2 = F("registered", "children", 19, "перебувають у складних життєвих обставинах, станом на 30.06.2025 перебуває 19 дітей",
       label=L2, alt=["in_difficult_circumstances"])
F("registered_new", "children", 6, "Протягом півріччя на облік поставлено 6 дітей", label=L2)
F("deregistered", "children", 4, "знято з обліку у зв'язку з подоланням складних життєвих обставин 4 дітей",
  label=L2, alt=["outcome_positive"])
F("registered_new", "children", 28, "за звітний період надано 28 дітям",
  label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
ap = F("applied", "applications", 63, "До служби надійшло 63 звернення громадян")
a1 = F("applied", "applications", 41, "41 усне", label="усні", group="appeals_63_by_form", parent=ap)
a2 = F("applied", "applications", 22, "22 письмові", label="письмові", group="appeals_63_by_form", parent=ap)
F("services_provided", "services", 87, "Фахівцями служби надано 87 консультацій", service="counselling")
F("calls", "calls", 18, "На телефон «гарячої лінії» служби надійшло 18 дзвінків")
ev = F("events", "events", 12, "проведено 12 профілактичних заходів")
F("event_participants", "children", 436, "якими охоплено 436 учнів", unit_alt="persons", parent=ev)
pos = F("staff_positions", "positions", 3, "Штатна чисельність служби – 3 посади")
act = F("staff_actual", "staff", 3, "працюють 3 особи")
F("staff_trained", "staff", 2, "Двоє працівників пройшли навчання", note="number in words")

g.check("parts_sum", "За звітний період на облік взято 5 дітей, знято з обліку 3 дітей",
        "35 at the start (literal) + 5 − 3 = 37 at the end", f"35 + f{n(new)} - f{n(der)} == f{n(reg)}")
g.check("parts_sum", "знято з обліку 3 дітей, з них:", "2 + 1 = 3", f"f{n(d1)} + f{n(d2)} == f{n(der)}")
g.check("parts_sum", "під опіку, піклування – 24, у прийомні сім'ї – 7, до дитячих будинків сімейного типу – 4, до закладів інституційного догляду – 2",
        "placements 24 + 7 + 4 + 2 (literals) = 37 on the register", f"24 + 7 + 4 + 2 == f{n(reg)}")
g.check("parts_sum", "у тому числі 41 усне та 22 письмові", "41 + 22 = 63", f"f{n(a1)} + f{n(a2)} == f{n(ap)}")
g.check("parts_sum", "Штатна чисельність служби – 3 посади, працюють 3 особи", "3 ≤ 3", f"f{n(act)} <= f{n(pos)}")
S = g.skip
S("12240, Житомирська обл., Житомирський р-н, селище Миропіль, вул. Соборна, 3; тел. (04144) 0-63-28; ЄДРПОУ 44102587",
  [12240, 3, 4144, 6328, 44102587], "postcode, address, phone, ЄДРПОУ")
S("за I півріччя 2025 року", [1, 2025], "period in the title")
S("Станом на 01.07.2025 у Миропільській громаді проживає 2 914 дітей.", [1, 7, 2025, 2914], "date, child population")
S("упродовж січня – червня 2025 року", [2025], "period")
S("станом на 30.06.2025", [30, 6, 2025], "date (end of the period; twice)")
S("(на 01.01.2025 – 35 дітей)", [1, 2025, 35], "start-of-period register (used as a literal)")
S("під опіку, піклування – 24, у прийомні сім'ї – 7, до дитячих будинків сімейного типу – 4, до закладів інституційного догляду – 2",
  [24, 7, 4, 2], "placements by form: no §3 id (used as literals)")
S("(усього з 2022 року такий статус отримали 214 дітей громади)", [2022, 214], "cumulative figure since 2022")
S("Проведено 6 засідань комісії з питань захисту прав дитини, на яких розглянуто 31 питання; до суду підготовлено 14 висновків",
  [6, 31, 14], "commission sittings, items, court opinions: no §3 id")
S("Здійснено 9 профілактичних рейдів «Діти вулиці», під час яких перевірено 47 сімей.", [9, 47], "raids, families visited: no §3 id")
S("учнів 5–11 класів", [5, 11], "school grades")
S("(24 години)", [24], "duration")
S("У II півріччі 2025 року планується створити ще 1 прийомну сім'ю та провести навчання для 6 кандидатів",
  [2, 2025, 1, 6], "plan")
g.note("a служба у справах дітей: centre_type other; its registers are registered / registered_new / deregistered (children)")
g.note("the page footer (outgoing number and «Сторінка N з 2») is dropped by the reader as a running footer")
g.note("«знято з обліку у зв'язку з подоланням складних життєвих обставин 4 дітей» → deregistered (alt outcome_positive)")
g.write()
