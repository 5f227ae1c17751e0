"""b50_05: служба у справах дітей Чорнобаївської селищної ради (Черкаська), annual information 2023.
reportlab PDF (DejaVu Serif), first person plural, a placement table. No planted slip."""
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import Gold, report_path

DOC = "b50_05_chornobai_ssd_annual2023.pdf"
DJ = "/usr/share/fonts/truetype/dejavu/"

PARAS = [
    ("r", "Додаток<br/>до листа від 12.01.2024 № 06-08/23"),
    ("c", "<b>ІНФОРМАЦІЯ<br/>про роботу служби у справах дітей Чорнобаївської селищної ради за 2023 рік</b>"),
    ("p", "У громаді, яка об'єднує 30 населених пунктів, проживає 3 912 дітей. Службу утворено рішенням "
          "селищної ради від 17.12.2020 № 2-14/VIII; штатним розписом передбачено 4 посади, працюють 4 особи."),
    ("p", "<b>Облік дітей-сиріт та дітей, позбавлених батьківського піклування.</b> Станом на 31.12.2023 на "
          "первинному обліку служби перебуває 41 дитина (на 01.01.2023 – 38). Протягом року ми поставили на облік "
          "9 дітей, зняли з обліку 6 дітей: 4 – у зв'язку з досягненням повноліття, 2 – усиновлені громадянами "
          "України."),
    ("p", "Форми влаштування дітей, які перебувають на обліку, станом на 31.12.2023:"),
]
TABLE = [
    ["Форма влаштування", "Кількість дітей"],
    ["Опіка, піклування", "29"],
    ["Прийомні сім'ї", "7"],
    ["Дитячі будинки сімейного типу", "3"],
    ["Заклади (тимчасово)", "2"],
    ["Усього", "41"],
]
AFTER = [
    ("p", "<b>Діти у складних життєвих обставинах.</b> На кінець року на обліку перебувало 27 дітей, які "
          "опинилися у складних життєвих обставинах. Упродовж 2023 року взято на облік 15 дітей, знято з обліку "
          "11, з них 8 – у зв'язку з подоланням складних життєвих обставин, 3 – у зв'язку з досягненням "
          "18-річного віку."),
    ("p", "Надійшли повідомлення щодо 19 сімей, у яких діти можуть перебувати у складних життєвих обставинах. "
          "За результатами оцінки потреб, проведеної ЦНСП, складні життєві обставини виявлено у 12 сім'ях, "
          "де виховується 23 дитини. За нашими зверненнями Центр надання соціальних послуг взяв під соціальний "
          "супровід 7 сімей."),
    ("p", "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2023 році надано "
          "118 дітям (усього з 2022 року – 402 дитини)."),
    ("p", "До служби надійшло 163 звернення громадян, з них письмових – 71, усних – 92. На телефон «гарячої "
          "лінії» служби надійшло 47 дзвінків. Скарг на дії працівників служби не надходило."),
    ("p", "Проведено 14 засідань комісії з питань захисту прав дитини, розглянуто 96 питань; підготовлено "
          "17 висновків до суду. Разом із поліцією проведено 11 рейдів «Діти вулиці» та «Урок»."),
    ("p", "Ми провели 22 профілактичні заходи в закладах освіти (для учнів віком 10–17 років), якими охоплено "
          "1 140 учнів. Троє працівників служби підвищили кваліфікацію на курсах при Черкаському обласному "
          "інституті післядипломної освіти (тривалість – 36 годин)."),
    ("p", "У 2024 році плануємо влаштувати до сімейних форм виховання не менше 3 дітей із закладів."),
    ("p", "Начальник служби у справах дітей                                  (підпис)<br/>"
          "вул. Центральна, 148, смт Чорнобай, 19901, тел. (04739) 0-27-60"),
]


def build(path):
    for name, fn in (("DjSerif", "DejaVuSerif.ttf"), ("DjSerif-B", "DejaVuSerif-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, DJ + fn))
    pdfmetrics.registerFontFamily("DjSerif", normal="DjSerif", bold="DjSerif-B", italic="DjSerif",
                                  boldItalic="DjSerif-B")
    n = ParagraphStyle("n", fontName="DjSerif", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=6,
                       firstLineIndent=10 * mm)
    c = ParagraphStyle("c", parent=n, alignment=TA_CENTER, firstLineIndent=0)
    r = ParagraphStyle("r", parent=n, alignment=TA_RIGHT, firstLineIndent=0, fontSize=9.5)
    cell = ParagraphStyle("cell", fontName="DjSerif", fontSize=10, leading=12)
    story = []
    for kind, s in PARAS:
        story.append(Paragraph(s, {"c": c, "r": r}.get(kind, n)))
    t = Table([[Paragraph(x, cell) for x in row] for row in TABLE], colWidths=[80 * mm, 40 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [t, Spacer(1, 8)]
    for kind, s in AFTER:
        story.append(Paragraph(s, n))
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="Інформація ССД 2023")
    doc.build(story)


g = Gold(DOC, {
    "centre": "Служба у справах дітей Чорнобаївської селищної ради",
    "centre_type": "other",
    "settlement": "Чорнобай",
    "report_kind": "annual_report",
    "period_start": "2023-01-01",
    "period_end": "2023-12-31",
})

f1 = g.f("staff_positions", "positions", 4, "штатним розписом передбачено 4 посади, працюють 4 особи.")
f2 = g.f("staff_actual", "staff", 4, "штатним розписом передбачено 4 посади, працюють 4 особи.")
f3 = g.f("registered", "children", 41, "первинному обліку служби перебуває 41 дитина",
         label="діти-сироти та діти, позбавлені батьківського піклування (31.12.2023)")
f4 = g.f("registered_new", "children", 9, "Протягом року ми поставили на облік 9 дітей",
         label="діти-сироти та діти, позбавлені батьківського піклування")
f5 = g.f("deregistered", "children", 6, "зняли з обліку 6 дітей: 4 – у зв'язку з досягненням повноліття, 2 – усиновлені",
         label="діти-сироти та діти, позбавлені батьківського піклування")
grp = "deregistered_6_by_reason"
f6 = g.f("deregistered", "children", 4, "4 – у зв'язку з досягненням повноліття", label="досягнення повноліття",
         group=grp, parent=f5)
f7 = g.f("deregistered", "children", 2, "2 – усиновлені громадянами", label="усиновлення", group=grp, parent=f5)
f8 = g.f("registered", "children", 41, "Усього\t41", label="Усього (форми влаштування)",
         note="the table total repeats the register (f3): a second fact; the rows are placements (no §3 id)")
f9 = g.f("registered", "children", 27, "На кінець року на обліку перебувало 27 дітей",
         label="діти у складних життєвих обставинах")
f10 = g.f("registered_new", "children", 15, "Упродовж 2023 року взято на облік 15 дітей",
          label="діти у складних життєвих обставинах")
f11 = g.f("deregistered", "children", 11, "знято з обліку 11, з них 8", label="діти у складних життєвих обставинах")
grp2 = "deregistered_11_by_reason"
f12 = g.f("deregistered", "children", 8, "8 – у зв'язку з подоланням складних життєвих обставин",
          label="подолання складних життєвих обставин", alt=["outcome_positive"], group=grp2, parent=f11)
f13 = g.f("deregistered", "children", 3, "3 – у зв'язку з досягненням", label="досягнення 18-річного віку",
          group=grp2, parent=f11)
f14 = g.f("notified", "families", 19, "Надійшли повідомлення щодо 19 сімей")
f15 = g.f("in_difficult_circumstances", "families", 12, "складні життєві обставини виявлено у 12 сім'ях")
f16 = g.f("in_difficult_circumstances", "children", 23, "де виховується 23 дитини", parent=f15)
f17 = g.f("support_started", "families", 7, "взяв під соціальний супровід 7 сімей", service="social_support_sjo",
          note="taken under support by the ЦНСП on the service's referral; reported in the service's report")
f18 = g.f("registered_new", "children", 118, "у 2023 році надано 118 дітям",
          label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
f19 = g.f("applied", "applications", 163, "До служби надійшло 163 звернення громадян")
grp3 = "applications_163_by_form"
f20 = g.f("applied", "applications", 71, "з них письмових – 71", label="письмові", group=grp3, parent=f19)
f21 = g.f("applied", "applications", 92, "92. На телефон «гарячої", label="усні", group=grp3, parent=f19,
          note="the page break splits «усних – 92»: the reader prints «усних –» at the foot of page 1 and «92.» on page 2")
f22 = g.f("calls", "calls", 47, "лінії» служби надійшло 47 дзвінків")
f23 = g.f("complaints", "complaints", 0, "Скарг на дії працівників служби не надходило.")
f24 = g.f("events", "events", 22, "Ми провели 22 профілактичні заходи в закладах освіти")
f25 = g.f("event_participants", "persons", 1140, "якими охоплено 1 140 учнів", unit_alt="children", parent=f24)
f26 = g.f("staff_trained", "staff", 3, "Троє працівників служби підвищили кваліфікацію",
          note="number written as a word («Троє»)")

g.check("parts_sum", "зняли з обліку 6 дітей: 4 – у зв'язку з досягненням повноліття, 2 – усиновлені", "4 + 2 = 6",
        "f6 + f7 == f5")
g.check("parts_sum", "первинному обліку служби перебуває 41 дитина",
        "register movement: 38 at 01.01.2023 + 9 put on − 6 taken off = 41 (38 is a literal)", "38 + f4 - f5 == f3")
g.check("table_arithmetic", "Усього\t41", "placements 29 + 7 + 3 + 2 = 41 (row figures are literals)",
        "29 + 7 + 3 + 2 == f8")
g.check("internal_conflict", "Усього\t41", "the table total equals the register in the prose (41)", "f8 == f3")
g.check("parts_sum", "знято з обліку 11, з них 8", "8 + 3 = 11", "f12 + f13 == f11")
g.check("parts_sum", "До служби надійшло 163 звернення громадян", "71 + 92 = 163", "f20 + f21 == f19")
g.check("parts_sum", "складні життєві обставини виявлено у 12 сім'ях",
        "12 families in СЖО ≤ 19 notified; 7 taken under support ≤ 12; 4 staff ≤ 4 positions; 3 trained ≤ 4",
        "f15 <= f14 and f17 <= f15 and f2 <= f1 and f26 <= f2")

g.skip("до листа від 12.01.2024 № 06-08/23", [12, 1, 2024, 6, 8, 23], "letter date and number")
g.skip("У громаді, яка об'єднує 30 населених пунктів, проживає 3 912 дітей.", [30, 3912],
       "settlement count, child population")
g.skip("від 17.12.2020 № 2-14/VIII", [17, 12, 2020, 2, 14], "decision date and number")
g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
g.skip("(на 01.01.2023 – 38)", [1, 1, 2023, 38], "start-of-year register (used as a literal in a check)")
g.skip("Опіка, піклування\t29", [29, 7, 3, 2], "placements by form (Опіка 29, Прийомні сім'ї 7, ДБСТ 3, Заклади 2); no §3 id")
g.skip("досягненням 18-річного віку", [18], "age")
g.skip("(усього з 2022 року – 402 дитини)", [2022, 402], "cumulative figure since 2022")
g.skip("Проведено 14 засідань комісії з питань захисту прав дитини, розглянуто 96 питань; підготовлено 17 висновків до суду.",
       [14, 96, 17], "commission sittings, questions, court opinions; no §3 id")
g.skip("проведено 11 рейдів «Діти вулиці» та «Урок».", [11], "raids; no §3 id")
g.skip("(для учнів віком 10–17 років)", [10, 17], "ages")
g.skip("(тривалість – 36 годин)", [36], "duration")
g.skip("У 2024 році плануємо влаштувати до сімейних форм виховання не менше 3 дітей із закладів.", [2024, 3], "plan")
g.skip("вул. Центральна, 148, смт Чорнобай, 19901, тел. (04739) 0-27-60", [148, 19901, 4739, 2760],
       "address, postcode, phone")

g.note("служба у справах дітей → centre_type other; oblast not written (Чорнобай is in Черкаська oblast) → omitted")
g.note("two registers: children deprived of parental care (41; +9, −6) and children in СЖО (27; +15, −11); "
       "label tells them apart")
g.note("the war-affected status granted in 2023 → registered_new with a label; the cumulative 402 is skipped")
g.note("«8 – у зв'язку з подоланням складних життєвих обставин» → deregistered part (alt outcome_positive)")
g.note("event participants written «учнів» → persons with unit_alt children")

if __name__ == "__main__":
    build(report_path(DOC))
    g.write()
