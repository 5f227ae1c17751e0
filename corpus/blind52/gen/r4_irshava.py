"""b52_04: служба у справах дітей Іршавської міської ради (Закарпатська), information for H1 2025.
reportlab PDF (DejaVu Serif), third person, page footer. No planted slip: everything adds up."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.units import mm
from common import Gold, report_path, register_dejavu

DOC = "b52_04_irshava_ssd_h1_2025.pdf"
PARAS = [
    ("h", "ІРШАВСЬКА МІСЬКА РАДА<br/>СЛУЖБА У СПРАВАХ ДІТЕЙ"),
    ("c", "90100, Закарпатська обл., м. Іршава, вул. Шевченка, 21, тел. (03144) 0-27-90, код ЄДРПОУ 44102583"),
    ("h", "ІНФОРМАЦІЯ<br/>про діяльність служби у справах дітей Іршавської міської ради за І півріччя 2025 року"),
    ("p", "У громаді проживає 9 870 дітей. Службою у справах дітей забезпечується ведення первинного обліку дітей-сиріт, дітей, позбавлених батьківського піклування, та дітей, які перебувають у складних життєвих обставинах."),
    ("p", "Станом на 30.06.2025 на первинному обліку служби перебуває 214 дітей-сиріт та дітей, позбавлених батьківського піклування (на 01.01.2025 – 207), з них 61 дитина-сирота та 153 дитини, позбавлені батьківського піклування."),
    ("p", "За шість місяців на облік взято 19 дітей, знято з обліку 12 дітей: у зв'язку з досягненням повноліття – 8, усиновленням – 3, поверненням до біологічних батьків – 1."),
    ("p", "Із дітей, узятих на облік, 16 влаштовано до сімейних форм виховання (84,2 %). Під опікою, піклуванням перебуває 118 дітей, у прийомних сім'ях та дитячих будинках сімейного типу виховується 54 дитини."),
    ("p", "На обліку дітей, які перебувають у складних життєвих обставинах, – 58 дітей із 31 сім'ї. Упродовж півріччя на такий облік поставлено 14 дітей, знято з нього 9 дітей."),
    ("p", "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 27 дітям; з 2022 року такий статус мають 342 дитини громади."),
    ("p", "До служби звернулося 143 особи, з них письмово – 38. Фахівцями служби надано 64 консультації з питань захисту прав дітей. На телефон «гарячої лінії» надійшло 22 дзвінки. Надійшли повідомлення про 17 дітей, які могли постраждати від домашнього насильства; за кожним повідомленням здійснено виїзд на місце."),
    ("p", "Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 96 питань. До суду подано 9 позовних заяв про позбавлення батьківських прав. Спільно з ювенальною поліцією проведено 11 рейдів «Діти вулиці», «Канікули»."),
    ("p", "Проведено 9 профілактичних заходів у закладах освіти, якими охоплено 412 учнів 7–11 класів."),
    ("p", "У службі працює 6 працівників при 7 штатних посадах; вакантна посада головного спеціаліста."),
    ("p", "Завдання на ІІ півріччя 2025 року: створити 1 дитячий будинок сімейного типу та влаштувати до сімейних форм виховання не менше 10 дітей."),
    ("p", "Начальник служби у справах дітей&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;(підпис)<br/>04.07.2025"),
]


def footer(canv, doc):
    canv.saveState()
    canv.setFont("DV", 8)
    canv.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page} з 2")
    canv.restoreState()


def build(path):
    register_dejavu()
    body = ParagraphStyle("b", fontName="DVS", fontSize=11, leading=15, alignment=TA_JUSTIFY, firstLineIndent=12 * mm,
                          spaceAfter=4)
    head = ParagraphStyle("h", fontName="DVS-B", fontSize=12, leading=16, alignment=TA_CENTER, spaceAfter=8)
    cen = ParagraphStyle("c", fontName="DVS", fontSize=9, leading=12, alignment=TA_CENTER, spaceAfter=10)
    story = []
    for kind, text in PARAS:
        story.append(Paragraph(text, {"h": head, "c": cen, "p": body}[kind]))
        if kind == "p" and "телефон «гарячої лінії»" in text:
            story.append(Spacer(1, 170 * mm))  # push the rest onto page 2
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="Інформація ССД", author="ССД")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


build(report_path(DOC))

g = Gold(DOC, {
    "centre": "Служба у справах дітей Іршавської міської ради",
    "centre_type": "other", "settlement": "Іршава", "oblast": "Закарпатська",
    "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"})
f = g.f
r = f("registered", "children", 214, "на первинному обліку служби перебуває 214 дітей-сиріт та дітей, позбавлених батьківського піклування",
      label="діти-сироти та діти, позбавлені батьківського піклування")
r1 = f("registered", "children", 61, "з них 61 дитина-сирота", category="діти-сироти", parent=r, group="reg_214_by_status")
r2 = f("registered", "children", 153, "153 дитини, позбавлені батьківського піклування",
       category="діти, позбавлені батьківського піклування", parent=r, group="reg_214_by_status")
rn = f("registered_new", "children", 19, "За шість місяців на облік взято 19 дітей",
       label="діти-сироти та діти, позбавлені батьківського піклування")
dr = f("deregistered", "children", 12, "знято з обліку 12 дітей", label="діти-сироти та діти, позбавлені батьківського піклування")
d1 = f("deregistered", "children", 8, "у зв'язку з досягненням повноліття – 8", label="досягнення повноліття",
       parent=dr, group="dereg_12_by_reason")
d2 = f("deregistered", "children", 3, "усиновленням – 3", label="усиновлення", parent=dr, group="dereg_12_by_reason")
d3 = f("deregistered", "children", 1, "поверненням до біологічних батьків – 1", label="повернення до біологічних батьків",
       parent=dr, group="dereg_12_by_reason")
s1 = f("registered", "children", 58, "На обліку дітей, які перебувають у складних життєвих обставинах, – 58 дітей",
       label="діти у складних життєвих обставинах", alt=["in_difficult_circumstances"])
s2 = f("registered", "families", 31, "58 дітей із 31 сім'ї", label="діти у складних життєвих обставинах",
       alt=["in_difficult_circumstances"])
s3 = f("registered_new", "children", 14, "на такий облік поставлено 14 дітей", label="діти у складних життєвих обставинах")
s4 = f("deregistered", "children", 9, "знято з нього 9 дітей", label="діти у складних життєвих обставинах")
w1 = f("registered_new", "children", 27,
       "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 27 дітям",
       label="статус дитини, яка постраждала внаслідок воєнних дій")
a1 = f("applied", "persons", 143, "До служби звернулося 143 особи")
a2 = f("applied", "persons", 38, "з них письмово – 38", label="письмово", parent=a1)
k1 = f("services_provided", "services", 64, "надано 64 консультації з питань захисту прав дітей", service="counselling")
c1 = f("calls", "calls", 22, "На телефон «гарячої лінії» надійшло 22 дзвінки")
n1 = f("notified", "children", 17, "Надійшли повідомлення про 17 дітей, які могли постраждати від домашнього насильства",
       label="домашнє насильство")
e1 = f("events", "events", 9, "Проведено 9 профілактичних заходів у закладах освіти")
e2 = f("event_participants", "children", 412, "412 учнів 7–11 класів", unit_alt="persons", parent=e1)
st1 = f("staff_actual", "staff", 6, "У службі працює 6 працівників")
st2 = f("staff_positions", "positions", 7, "при 7 штатних посадах")

g.check("parts_sum", "з них 61 дитина-сирота та 153 дитини, позбавлені батьківського піклування", "61 + 153 = 214",
        f"{r1} + {r2} == {r}")
g.check("parts_sum", "знято з обліку 12 дітей: у зв'язку з досягненням повноліття – 8", "8 + 3 + 1 = 12",
        f"{d1} + {d2} + {d3} == {dr}")
g.check("parts_sum", "(на 01.01.2025 – 207)", "register balance: 207 (start, literal) + 19 − 12 = 214",
        f"207 + {rn} - {dr} == {r}")
g.check("percent_mismatch", "16 влаштовано до сімейних форм виховання (84,2 %)",
        "16 of the 19 taken on the register = 84,21 % → 84,2 (placements have no §3 id: literals)", f"pct_ok(84.2, 16, {rn}, 1)")
g.check("parts_sum", "з них письмово – 38", "38 ≤ 143", f"{a2} <= {a1}")
g.check("parts_sum", "У службі працює 6 працівників при 7 штатних посадах", "6 ≤ 7", f"{st1} <= {st2}")

g.skip("90100, Закарпатська обл., м. Іршава, вул. Шевченка, 21, тел. (03144) 0-27-90, код ЄДРПОУ 44102583",
       [90100, 21, 3144, 2790, 44102583], "postcode, address, phone, ЄДРПОУ")
g.skip("за І півріччя 2025 року", [2025], "year")
g.skip("У громаді проживає 9 870 дітей.", [9870], "child population")
g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
g.skip("(на 01.01.2025 – 207)", [1, 1, 2025, 207], "start-of-year register (used as a literal in the balance check)")
g.skip("Із дітей, узятих на облік, 16 влаштовано до сімейних форм виховання (84,2 %).", [16, 84.2],
       "placements (no §3 id); used as literals in a check")
g.skip("Під опікою, піклуванням перебуває 118 дітей, у прийомних сім'ях та дитячих будинках сімейного типу виховується 54 дитини.",
       [118, 54], "forms of care (no §3 id)")
g.skip("з 2022 року такий статус мають 342 дитини громади", [2022, 342], "cumulative figure since 2022")
g.skip("Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 96 питань.", [14, 96],
       "commission sittings and items (no §3 id)")
g.skip("До суду подано 9 позовних заяв про позбавлення батьківських прав.", [9], "court claims (no §3 id)")
g.skip("проведено 11 рейдів «Діти вулиці», «Канікули»", [11], "raids (no §3 id)")
g.skip("учнів 7–11 класів", [7, 11], "school grades")
g.skip("Завдання на ІІ півріччя 2025 року: створити 1 дитячий будинок сімейного типу та влаштувати до сімейних форм виховання не менше 10 дітей.",
       [2025, 1, 10], "plan")
g.skip("04.07.2025", [4, 7, 2025], "signature date")
g.note("a служба у справах дітей: centre_type other; its registers are registered / registered_new / deregistered in children")
g.note("the end-of-period register (30.06.2025) is a fact; the start-of-year figure 207 is skipped and used as a literal in the balance check")
g.note("the СЖО register (58 children of 31 families) → registered with a label, alt in_difficult_circumstances")
g.note("the page break falls inside the events paragraph, so the reader prints «412 учнів 7–11 класів» as its own block; the page footer «Сторінка N з 2» is not in the read text")
g.note("«412 учнів» → event_participants, unit children (unit_alt persons)")
g.write()
