"""b81_04: служба у справах дітей Новодністровської міської ради (Чернівецька), information for 2023.
reportlab PDF (Liberation Serif), impersonal, with a small comparison table 2022 / 2023 and a page
footer. No planted slip: everything adds up."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

DOC = "b81_04_novodnistrovsk_ssd_annual2023.pdf"

HEAD = [
    ("c", "НОВОДНІСТРОВСЬКА МІСЬКА РАДА"),
    ("c", "СЛУЖБА У СПРАВАХ ДІТЕЙ"),
    ("c", "60236, Чернівецька обл., м. Новодністровськ, квартал Діброва, 2, тел. (03741) 0-25-61"),
    ("b", "ІНФОРМАЦІЯ"),
    ("b", "про стан роботи служби у справах дітей Новодністровської міської ради за 2023 рік"),
]
BODY1 = [
    "Станом на 01.01.2024 у громаді проживає 2 418 дітей віком до 18 років.",
    "На кінець 2023 року на первинному обліку служби перебуває 14 дітей-сиріт та дітей, позбавлених батьківського піклування (на початок року – 12), з них 5 дітей-сиріт і 9 дітей, позбавлених батьківського піклування. Протягом року на облік взято 4 дитини, знято з обліку 2 дитини у зв’язку з досягненням повноліття.",
    "Усі 14 дітей виховуються в сімейних формах: під опікою, піклуванням – 10, у прийомних сім’ях – 3, у дитячому будинку сімейного типу – 1. У 2023 році усиновлено 1 дитину.",
    "На обліку дітей, які перебувають у складних життєвих обставинах, перебувало 23 дитини з 15 сімей. Протягом року на такий облік поставлено 9 дітей, знято з обліку 11 дітей, з них у зв’язку з усуненням причин, що призвели до СЖО, – 8, у зв’язку з досягненням повноліття – 3.",
    "Службою отримано 17 повідомлень про дітей, які можуть перебувати у складних життєвих обставинах; усі повідомлення перевірено у встановлений 10-денний строк.",
    "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2023 році надано 37 дітям (усього з 2022 року – 164).",
    "До служби надійшло 96 звернень громадян, у тому числі письмових – 41, усних – 55. На «гарячу лінію» служби надійшло 29 дзвінків.",
    "Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 73 питання, підготовлено 14 висновків органу опіки та піклування до суду. Спільно з ювенальною поліцією проведено 18 рейдів. У закладах освіти проведено 6 профілактичних заходів, якими охоплено 312 учнів 5–11 класів.",
    "Таблиця. Основні показники роботи служби у 2022–2023 роках",
]
TABLE = [
    ["Показник", "2022 рік", "2023 рік"],
    ["Надійшло повідомлень про дітей у СЖО", "21", "17"],
    ["Поставлено на облік дітей у СЖО", "12", "9"],
    ["Знято з обліку дітей у СЖО", "10", "11"],
    ["Надано статус постраждалої дитини", "58", "37"],
]
BODY2 = [
    "Штатна чисельність служби – 4 посади, фактично працюють 3 працівники; 1 посада головного спеціаліста вакантна з 15.09.2023.",
    "У 2024 році службою заплановано створити 1 дитячий будинок сімейного типу та підготувати 3 кандидатів у прийомні батьки.",
    "Начальник служби у справах дітей                                         (підпис)",
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSerif", 9)
    canvas.drawString(60, 30, "Вих. № 01-09/23 від 11.01.2024")
    canvas.drawRightString(535, 30, f"Сторінка {doc.page}")
    canvas.restoreState()


def build(path):
    register_fonts()
    sp = ParagraphStyle("p", fontName="LSerif", fontSize=12, leading=16, alignment=TA_JUSTIFY,
                        firstLineIndent=28, spaceAfter=6)
    sc = ParagraphStyle("c", fontName="LSerif", fontSize=11, leading=14, alignment=TA_CENTER)
    sb = ParagraphStyle("b", fontName="LSerif-B", fontSize=13, leading=17, alignment=TA_CENTER, spaceAfter=6)
    story = []
    for k, t in HEAD:
        story.append(Paragraph(t, sb if k == "b" else sc))
    story.append(Spacer(1, 10))
    for t in BODY1:
        story.append(Paragraph(t, sp))
    tab = Table(TABLE, colWidths=[280, 90, 90])
    tab.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 11),
                             ("FONT", (0, 0), (-1, 0), "LSerif-B", 11),
                             ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                             ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story.append(tab)
    story.append(Spacer(1, 10))
    for t in BODY2:
        story.append(Paragraph(t, sp))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=50,
                            bottomMargin=60, invariant=1, title="Інформація ССД 2023")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Новодністровської міської ради",
        "centre_type": "other", "settlement": "Новодністровськ", "oblast": "Чернівецька",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        meta_alt={"report_kind": ["period_report"]})
    r = g.f("registered", "children", 14, "на первинному обліку служби перебуває 14 дітей-сиріт та дітей, позбавлених батьківського піклування",
            label="діти-сироти та діти, позбавлені батьківського піклування")
    r1 = g.f("registered", "children", 5, "з них 5 дітей-сиріт", category="діти-сироти", group="registered_14_by_status", parent=r)
    r2 = g.f("registered", "children", 9, "9 дітей, позбавлених батьківського піклування",
             category="діти, позбавлені батьківського піклування", group="registered_14_by_status", parent=r)
    rn = g.f("registered_new", "children", 4, "Протягом року на облік взято 4 дитини",
             label="діти-сироти та діти, позбавлені батьківського піклування")
    rd = g.f("deregistered", "children", 2, "знято з обліку 2 дитини у зв’язку з досягненням повноліття",
             label="діти-сироти та діти, позбавлені батьківського піклування; досягнення повноліття")
    sj = g.f("registered", "children", 23, "перебувало 23 дитини з 15 сімей", label="діти у СЖО")
    g.f("registered", "families", 15, "23 дитини з 15 сімей", label="сім'ї з дітьми у СЖО")
    sjn = g.f("registered_new", "children", 9, "Протягом року на такий облік поставлено 9 дітей", label="діти у СЖО")
    sjd = g.f("deregistered", "children", 11, "знято з обліку 11 дітей", label="діти у СЖО")
    d1 = g.f("deregistered", "children", 8, "у зв’язку з усуненням причин, що призвели до СЖО, – 8",
             label="усунення причин СЖО", alt=["outcome_positive"], group="deregistered_11_by_reason", parent=sjd)
    d2 = g.f("deregistered", "children", 3, "у зв’язку з досягненням повноліття – 3",
             label="досягнення повноліття", group="deregistered_11_by_reason", parent=sjd)
    no = g.f("notified", "children", 17, "Службою отримано 17 повідомлень про дітей")
    wa = g.f("registered_new", "children", 37, "у 2023 році надано 37 дітям",
             label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    ap = g.f("applied", "applications", 96, "До служби надійшло 96 звернень громадян")
    a1 = g.f("applied", "applications", 41, "письмових – 41", label="письмові", group="applied_96_by_form", parent=ap)
    a2 = g.f("applied", "applications", 55, "усних – 55", label="усні", group="applied_96_by_form", parent=ap)
    g.f("calls", "calls", 29, "На «гарячу лінію» служби надійшло 29 дзвінків.")
    ev = g.f("events", "events", 6, "У закладах освіти проведено 6 профілактичних заходів")
    g.f("event_participants", "persons", 312, "якими охоплено 312 учнів", category="учні", parent=ev)
    t1 = g.f("notified", "children", 17, "Надійшло повідомлень про дітей у СЖО\t21\t17", label="таблиця, 2023 рік")
    t2 = g.f("registered_new", "children", 9, "Поставлено на облік дітей у СЖО\t12\t9", label="діти у СЖО; таблиця, 2023 рік")
    t3 = g.f("deregistered", "children", 11, "Знято з обліку дітей у СЖО\t10\t11", label="діти у СЖО; таблиця, 2023 рік")
    t4 = g.f("registered_new", "children", 37, "Надано статус постраждалої дитини\t58\t37",
             label="статус постраждалої дитини; таблиця, 2023 рік")
    pos = g.f("staff_positions", "positions", 4, "Штатна чисельність служби – 4 посади")
    act = g.f("staff_actual", "staff", 3, "фактично працюють 3 працівники")

    g.check("parts_sum", "з них 5 дітей-сиріт і 9 дітей, позбавлених батьківського піклування", "5 + 9 = 14", f"{r1} + {r2} == {r}")
    g.check("parts_sum", "(на початок року – 12)", "12 at the start (literal) + 4 taken − 2 removed = 14 at the end",
            f"12 + {rn} - {rd} == {r}")
    g.check("parts_sum", "знято з обліку 11 дітей", "8 + 3 = 11", f"{d1} + {d2} == {sjd}")
    g.check("parts_sum", "письмових – 41, усних – 55", "41 + 55 = 96", f"{a1} + {a2} == {ap}")
    g.check("internal_conflict", "Надійшло повідомлень про дітей у СЖО\t21\t17", "the table's 2023 column repeats the prose: 17, 9, 11, 37",
            f"{t1} == {no} and {t2} == {sjn} and {t3} == {sjd} and {t4} == {wa}")
    g.check("parts_sum", "Усі 14 дітей виховуються в сімейних формах", "10 + 3 + 1 = 14 placements (literals, no §3 id) = the 14 on the register",
            f"10 + 3 + 1 == {r}")
    g.check("parts_sum", "фактично працюють 3 працівники; 1 посада головного спеціаліста вакантна", "4 positions − 3 working = 1 vacancy (literal)",
            f"{pos} - {act} == 1")
    g.check("parts_sum", "поставлено 9 дітей", "9 put on the register ≤ 17 notified; 15 families ≤ 23 children", f"{sjn} <= {no} and f7 <= {sj}")

    g.skip("60236, Чернівецька обл., м. Новодністровськ, квартал Діброва, 2, тел. (03741) 0-25-61",
           [60236, 2, 3741, 2561], "postcode, address, phone")
    g.skip("за 2023 рік", [2023], "year in the title")
    g.skip("Станом на 01.01.2024 у громаді проживає 2 418 дітей віком до 18 років.", [1, 1, 2024, 2418, 18], "date, child population, age")
    g.skip("(на початок року – 12)", [12], "start-of-year register (literal in a check)")
    g.skip("під опікою, піклуванням – 10, у прийомних сім’ях – 3, у дитячому будинку сімейного типу – 1", [10, 3, 1],
           "placements by form (no §3 id)")
    g.skip("У 2023 році усиновлено 1 дитину.", [2023, 1], "adoption (no §3 id)")
    g.skip("усі повідомлення перевірено у встановлений 10-денний строк", [10], "deadline")
    g.skip("(усього з 2022 року – 164)", [2022, 164], "cumulative figure since 2022")
    g.skip("Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 73 питання, підготовлено 14 висновків органу опіки та піклування до суду.",
           [11, 73, 14], "commission sittings, issues, court opinions (no §3 id)")
    g.skip("Спільно з ювенальною поліцією проведено 18 рейдів.", [18], "raids (no §3 id)")
    g.skip("312 учнів 5–11 класів", [5, 11], "school grades")
    g.skip("Таблиця. Основні показники роботи служби у 2022–2023 роках", [2022, 2023], "years in the table title")
    g.skip("Показник\t2022 рік\t2023 рік", [2022, 2023], "column headings")
    g.skip("Надійшло повідомлень про дітей у СЖО\t21\t17", [21, 12, 10, 58], "the 2022 column (prior-year figures)")
    g.skip("1 посада головного спеціаліста вакантна з 15.09.2023", [1, 15, 9, 2023], "vacancy, date")
    g.skip("У 2024 році службою заплановано створити 1 дитячий будинок сімейного типу та підготувати 3 кандидатів у прийомні батьки.",
           [2024, 1, 3], "plan for 2024")
    g.skip("Вих. № 01-09/23 від 11.01.2024", [1, 9, 23, 11, 1, 2024], "outgoing number and date (page footer)")
    g.skip("Сторінка 1", [1, 2], "page numbers")
    g.skip("На кінець 2023 року", [2023], "year")
    g.note("children's service: centre_type other; the registers are registered / registered_new / deregistered of children")
    g.note("the start-of-year register (12) is skipped and used as a literal; the end-of-year 14 is the fact")
    g.note("the war-affected status granted in 2023 → registered_new with a label; the cumulative 164 since 2022 is skipped")
    g.note("the table repeats four prose figures in its 2023 column: each is a second fact quoted by the table row; the 2022 column is skipped")
    g.note("«повідомлень про дітей» → notified, unit children")
    g.write()


if __name__ == "__main__":
    main()
