"""b123_07: Центр соціальних служб Новобілоуської сільської ради (Чернігівська), annual report 2023.
reportlab PDF: pages 1 and 3 are portrait prose; page 2 is a portrait A4 page with /Rotate 90 whose content is
drawn turned by 90°, so that a viewer shows it as a landscape page holding the main table (as Word exports a
landscape section)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                NextPageTemplate, PageBreak)

from common import Gold, report_path, register_fonts

DOC = "b123_07_novyi_bilous_css_annual2023.pdf"
register_fonts()
PW, PH = A4

body = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15, alignment=TA_JUSTIFY,
                      firstLineIndent=10 * mm, spaceAfter=4)
head = ParagraphStyle("h", parent=body, fontName="LSerif-B", alignment=TA_CENTER, firstLineIndent=0)
sub = ParagraphStyle("s", parent=body, fontName="LSerif-B", firstLineIndent=0, spaceBefore=6)
cell = ParagraphStyle("c", fontName="LSerif", fontSize=10.5, leading=12)
cellb = ParagraphStyle("cb", parent=cell, fontName="LSerif-B")

TABLE = [
    ["№ з/п", "Соціальна послуга", "Код", "Сімей", "Осіб", "з них дітей", "Надано послуг"],
    ["1", "Інформування", "001.0", "214", "486", "97", "702"],
    ["2", "Консультування", "002.0", "198", "371", "85", "1046"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "010.1", "36", "112", "71", "1278"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "010.2", "5", "31", "22", "240"],
    ["5", "Екстрене (кризове) втручання", "012.0", "9", "23", "11", "41"],
    ["6", "Соціальна профілактика", "–", "64", "158", "90", "233"],
    ["7", "Представництво інтересів", "004.0", "12", "19", "6", "37"],
    ["Разом", "", "", "538", "1200", "382", "3587"],
]


def draw_rotated_table(canvas, doc):
    """Landscape content on a portrait page with /Rotate 90."""
    canvas.saveState()
    canvas.translate(PW, 0)
    canvas.rotate(90)          # now x runs along the page's height: a landscape system 842 × 595
    LW, LH = PH, PW
    canvas.setFont("LSerif-B", 13)
    canvas.drawCentredString(LW / 2, LH - 22 * mm, "Додаток 1. Основні показники надання соціальних послуг у 2023 році")
    data = [[Paragraph(c, cellb if i in (0, 8) else cell) for c in row] for i, row in enumerate(TABLE)]
    t = Table(data, colWidths=[14 * mm, 100 * mm, 20 * mm, 22 * mm, 22 * mm, 26 * mm, 30 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("SPAN", (0, 8), (1, 8))]))
    w, h = t.wrapOn(canvas, LW, LH)
    t.drawOn(canvas, (LW - w) / 2, LH - 32 * mm - h)
    canvas.setFont("LSerif", 9)
    canvas.drawString(20 * mm, 12 * mm, "Примітка: одна сім'я (особа) могла отримати кілька послуг.")
    canvas.drawCentredString(LW / 2, 6 * mm, "Сторінка 2 з 3")
    canvas.restoreState()


def portrait(canvas, doc):
    canvas.setFont("LSerif", 9)
    canvas.drawCentredString(PW / 2, 10 * mm, f"Сторінка {doc.page} з 3")


doc = BaseDocTemplate(report_path(DOC), pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                      bottomMargin=20 * mm, invariant=1, title="Звіт ЦСС Новий Білоус 2023", author="ЦСС")
fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
fr2 = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="r")
pt_rot = PageTemplate("rotated", [fr2], onPage=draw_rotated_table)
pt_rot.rotation = 90       # /Rotate 90 on this page (BaseDocTemplate sets it before showPage)
doc.addPageTemplates([PageTemplate("portrait", [fr], onPage=portrait), pt_rot])

story = [
    Paragraph("ЗВІТ<br/>про діяльність Центру соціальних служб Новобілоуської сільської ради Чернігівського району "
              "Чернігівської області за 2023 рік", head),
    Spacer(1, 4 * mm),
    Paragraph("1. Загальна інформація", sub),
    Paragraph("Центр соціальних служб Новобілоуської сільської ради (далі – ЦСС) є бюджетною установою, утвореною "
              "рішенням сільської ради від 19.02.2021 № 5-4/VIII. Юридична адреса: 15581, Чернігівська обл., "
              "Чернігівський р-н, с. Новий Білоус, вул. Молодіжна, 2; тел. (0462) 0-64-91; e-mail: "
              "css.nbilous@example.ua; код ЄДРПОУ 44027519.", body),
    Paragraph("Станом на 31.12.2023 штатним розписом ЦСС затверджено 12 посад, фактично працює 11 працівників, з них "
              "8 фахівців із соціальної роботи. Упродовж року 5 працівників підвищили кваліфікацію.", body),
    Paragraph("2. Виявлення сімей, які потребують допомоги", sub),
    Paragraph("У 2023 році до ЦСС надійшли повідомлення про 41 сім'ю з дітьми, які можуть перебувати у складних "
              "життєвих обставинах (у 2022 році – 29). Оцінку потреб проведено 39 сім'ям; у складних життєвих "
              "обставинах визнано 30 сімей. Основні причини – наслідки воєнних дій, вимушене переміщення, "
              "неналежне виконання батьківських обов'язків.", body),
    Paragraph("Кількісні показники наданих у 2023 році соціальних послуг наведено в додатку 1 на сторінці 2.", body),
    NextPageTemplate("rotated"), PageBreak(),
    Spacer(1, 1),
    NextPageTemplate("portrait"), PageBreak(),
    Paragraph("3. Соціальний супровід сімей", sub),
    Paragraph("Протягом звітного року під соціальним супроводом ЦСС перебувало 36 сімей, у яких виховується 71 "
              "дитина. Упродовж року під супровід взято 24 сім'ї, завершено надання послуги 22 сім'ям, зокрема:", body),
    Paragraph("– подолано складні життєві обставини у 15 сім'ях;", body),
    Paragraph("– мінімізовано складні життєві обставини у 5 сім'ях;", body),
    Paragraph("– не досягнуто позитивного результату у 2 сім'ях.", body),
    Paragraph("На 2024 рік продовжено надання послуги соціального супроводу 14 сім'ям.", body),
    Paragraph("4. Профілактична робота", sub),
    Paragraph("Фахівцями ЦСС проведено 18 групових заходів (тренінги для батьків, заняття в закладах освіти, "
              "інформаційні кампанії «16 днів проти насильства»), якими охоплено 347 осіб. Скарг від отримувачів "
              "соціальних послуг у 2023 році не надходило.", body),
    Paragraph("5. Завдання на 2024 рік", sub),
    Paragraph("Запровадити послугу денного догляду для 15 дітей з інвалідністю; довести кількість прийомних сімей до 7.",
              body),
    Spacer(1, 8 * mm),
    Paragraph("Директор ЦСС ____________ 16.01.2024", body),
]
doc.build(story)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Новобілоуської сільської ради",
    "centre_type": "css", "settlement": "Новий Білоус", "oblast": "Чернігівська",
    "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
}, meta_alt={"settlement": ["Новобілоуська сільська громада"]})
F = g.f
n = lambda i: int(i[1:])
pos = F("staff_positions", "positions", 12, "затверджено 12 посад")
act = F("staff_actual", "staff", 11, "фактично працює 11 працівників")
F("staff_actual", "staff", 8, "8 фахівців із соціальної роботи", label="фахівці із соціальної роботи", parent=act)
tr = F("staff_trained", "staff", 5, "5 працівників підвищили кваліфікацію")
nt = F("notified", "families", 41, "надійшли повідомлення про 41 сім'ю")
na = F("needs_assessed", "families", 39, "Оцінку потреб проведено 39 сім'ям")
sj = F("in_difficult_circumstances", "families", 30, "визнано 30 сімей", parent=na)

rows = [("informing", 1), ("counselling", 2), ("social_support_sjo", 3), ("social_support_foster", 4),
        ("crisis_intervention", 5), ("social_prevention", 6), ("representation", 7)]
tq = "\t".join(["Разом", ""] + TABLE[8][3:])
tf = F("served", "families", 538, tq, label="Разом (додаток 1)")
tp = F("served", "persons", 1200, tq, label="Разом (додаток 1)")
tc = F("served", "children", 382, tq, label="Разом (додаток 1)", parent=tp)
ts = F("services_provided", "services", 3587, tq, label="Разом (додаток 1)")
cf, cp, cc, cs = [], [], [], []
for sid, i in rows:
    r = TABLE[i]
    q = "\t".join(r)
    cf.append(F("served", "families", int(r[3]), q, service=sid, group="annex1_families", parent=tf))
    cp.append(F("served", "persons", int(r[4]), q, service=sid, group="annex1_persons", parent=tp))
    cc.append(F("served", "children", int(r[5]), q, service=sid, group="annex1_children", parent=tc))
    cs.append(F("services_provided", "services", int(r[6]), q, service=sid, group="annex1_services", parent=ts))
ss = F("served", "families", 36, "під соціальним супроводом ЦСС перебувало 36 сімей", service="social_support_sjo",
       alt=["support_ongoing"])
ssc = F("served", "children", 71, "у яких виховується 71 дитина", service="social_support_sjo", alt=["support_ongoing"],
        parent=ss)
st = F("support_started", "families", 24, "під супровід взято 24 сім'ї", service="social_support_sjo", parent=ss)
sc = F("support_completed", "families", 22, "завершено надання послуги 22 сім'ям", service="social_support_sjo",
       parent=ss)
o1 = F("outcome_positive", "families", 15, "подолано складні життєві обставини у 15 сім'ях", service="social_support_sjo",
       group="completed_22", parent=sc)
o2 = F("outcome_minimized", "families", 5, "мінімізовано складні життєві обставини у 5 сім'ях",
       service="social_support_sjo", group="completed_22", parent=sc)
o3 = F("outcome_negative", "families", 2, "не досягнуто позитивного результату у 2 сім'ях", service="social_support_sjo",
       group="completed_22", parent=sc)
on = F("support_ongoing", "families", 14, "На 2024 рік продовжено надання послуги соціального супроводу 14 сім'ям",
       service="social_support_sjo", parent=ss)
ev = F("events", "events", 18, "проведено 18 групових заходів")
F("event_participants", "persons", 347, "якими охоплено 347 осіб", parent=ev)
F("complaints", "complaints", 0, "Скарг від отримувачів соціальних послуг у 2023 році не надходило.")

g.slip("table_arithmetic", "error", tq, 3587, 3577, cs + [ts],
       "annex 1, «Надано послуг»: 702 + 1046 + 1278 + 240 + 41 + 233 + 37 = 3577, but Разом says 3587 (10 extra)",
       " + ".join(f"f{n(i)}" for i in cs) + f" == f{n(ts)}")
g.check("table_arithmetic", tq, "families: 214 + 198 + 36 + 5 + 9 + 64 + 12 = 538",
        " + ".join(f"f{n(i)}" for i in cf) + f" == f{n(tf)}")
g.check("table_arithmetic", tq, "persons: 486 + 371 + 112 + 31 + 23 + 158 + 19 = 1200",
        " + ".join(f"f{n(i)}" for i in cp) + f" == f{n(tp)}")
g.check("table_arithmetic", tq, "children: 97 + 85 + 71 + 22 + 11 + 90 + 6 = 382",
        " + ".join(f"f{n(i)}" for i in cc) + f" == f{n(tc)}")
g.check("table_arithmetic", "№ з/п\tСоціальна послуга\tКод\tСімей\tОсіб\tз них дітей\tНадано послуг",
        "in every row children ≤ persons and families ≤ persons",
        " and ".join(f"f{n(c)} <= f{n(p)} and f{n(f)} <= f{n(p)}" for f, p, c in zip(cf, cp, cc)))
g.check("internal_conflict", "під соціальним супроводом ЦСС перебувало 36 сімей",
        "prose 36 families / 71 children = annex row 3", f"f{n(ss)} == f{n(cf[2])} and f{n(ssc)} == f{n(cc[2])}")
g.check("parts_sum", "завершено надання послуги 22 сім'ям, зокрема:", "15 + 5 + 2 = 22",
        f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(sc)}")
g.check("parts_sum", "На 2024 рік продовжено", "36 − 22 = 14 continued; 24 taken ≤ 36",
        f"f{n(ss)} - f{n(sc)} == f{n(on)} and f{n(st)} <= f{n(ss)}")
g.check("parts_sum", "у складних життєвих обставинах визнано 30 сімей", "30 ≤ 39 assessed ≤ 41 notified",
        f"f{n(sj)} <= f{n(na)} <= f{n(nt)}")
g.check("parts_sum", "фактично працює 11 працівників, з них 8 фахівців", "8 ≤ 11 ≤ 12; 5 trained ≤ 11",
        f"f{n(act)+1} <= f{n(act)} <= f{n(pos)} and f{n(tr)} <= f{n(act)}")

g.skip("за 2023 рік", [2023], "year of the title")
g.skip("рішенням сільської ради від 19.02.2021 № 5-4/VIII", [19, 2, 2021, 5, 4], "decision date and number")
g.skip("15581, Чернігівська обл., Чернігівський р-н, с. Новий Білоус, вул. Молодіжна, 2; тел. (0462) 0-64-91",
       [15581, 2, 462, 6491], "postcode, address, phone")
g.skip("код ЄДРПОУ 44027519", [44027519], "ЄДРПОУ")
g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
g.skip("(у 2022 році – 29)", [2022, 29], "2022 figure")
g.skip("наведено в додатку 1 на сторінці 2.", [1, 2], "annex and page number")
g.skip("Додаток 1. Основні показники надання соціальних послуг у 2023", [1, 2023], "annex number, year")
g.skip("№ з/п", [1, 2, 3, 4, 5, 6, 7], "row numbers")
g.skip("Код", ["001.0", "002.0", "010.1", "010.2", "012.0", "004.0"], "classifier codes")
g.skip("інформаційні кампанії «16 днів проти насильства»", [16], "campaign name")
g.skip("Запровадити послугу денного догляду для 15 дітей з інвалідністю; довести кількість прийомних сімей до 7.",
       [2024, 15, 7], "2024 plan")
g.skip("Директор ЦСС ____________ 16.01.2024", [16, 1, 2024], "date")
g.skip("1. Загальна інформація", [1, 2, 3, 4, 5], "section numbers")

g.note("page 2 is a portrait A4 page with /Rotate 90 whose content is drawn turned, so a viewer shows it landscape; "
       "pages 1 and 3 are portrait prose. The page footers «Сторінка N з 3» are not printed by the reader")
g.note("the reader prints the rotated page's heading without its last word («у 2023» instead of «у 2023 році»); "
       "the quote follows the printed text")
g.note("annex 1: four columns (Сімей, Осіб, з них дітей, Надано послуг), each cell a fact quoted by its row; rows "
       "hang on the Разом cell of their column; the children column is «з них» of persons, so its total hangs on the "
       "persons total; «Соціальна профілактика» has no classifier code («–») → service social_prevention")
g.note("«Примітка: одна сім'я (особа) могла отримати кілька послуг» — the Разом row double-counts; that is "
       "declared, not a finding")
g.note("the prose repeats row 3 (36 families, 71 children): two more facts")
g.note("outcomes: «подолано» → outcome_positive, «мінімізовано» → outcome_minimized, «не досягнуто позитивного "
       "результату» → outcome_negative; «На 2024 рік продовжено … 14 сім'ям» → support_ongoing")
g.note("planted slip: the services column sums to 3577, Разом says 3587")
g.write()
