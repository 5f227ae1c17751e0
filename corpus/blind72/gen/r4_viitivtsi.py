"""b72_04: служба у справах дітей Війтовецької селищної ради (Хмельницька), information for 9 months of 2024.
reportlab PDF (DejaVu Serif), prose plus a small table of family placements, page footer. Third person."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import Gold, report_path

DOC = "b72_04_viitivtsi_ssd_9m2024.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"

P = [
    ("c", "ВІЙТОВЕЦЬКА СЕЛИЩНА РАДА<br/>СЛУЖБА У СПРАВАХ ДІТЕЙ"),
    ("c", "31331, Хмельницька обл., Хмельницький р-н, смт Війтівці, вул. Незалежності, 21, тел. (03856) 0-12-74"),
    ("b", "ІНФОРМАЦІЯ<br/>про стан роботи служби у справах дітей за 9 місяців 2024 року"),
    ("p", "Дитяче населення громади становить 3 914 осіб. Служба діє на підставі Положення, затвердженого рішенням 41 сесії селищної ради VIII скликання від 14.07.2022 № 17."),
    ("p", "Станом на 30.09.2024 на первинному обліку служби перебуває 41 дитина-сирота та дитина, позбавлена батьківського піклування (на 01.01.2024 – 38), з них дітей-сиріт – 16, дітей, позбавлених батьківського піклування, – 25. Серед дітей на обліку – 5 дітей з інвалідністю."),
    ("p", "За 9 місяців поставлено на облік 7 дітей, з них 2 виявлено на території громади вперше, 5 прибули разом з опікунами з інших громад. Знято з обліку 4 дитини: у зв'язку з досягненням повноліття – 3, усиновленням – 1."),
    ("p", "Усі діти зазначеної категорії виховуються в сімейних формах:"),
    ("t", None),
    ("p", "На обліку дітей, які перебувають у складних життєвих обставинах, перебуває 12 дітей із 7 сімей. У звітному періоді знято з цього обліку 3 сім'ї (5 дітей) у зв'язку з подоланням складних життєвих обставин. Служба отримала 11 повідомлень про дітей, які можуть перебувати у СЖО."),
    ("p", "На території громади зареєстровано 208 внутрішньо переміщених дітей. Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 23 дітям (усього з 2022 року – 187)."),
    ("p", "До служби надійшло 56 звернень громадян, 49 з них вирішено позитивно. На «гарячу лінію» служби надійшло 27 дзвінків. Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 63 питання; підготовлено 19 висновків органу опіки та піклування, у тому числі 5 – до суду щодо позбавлення батьківських прав."),
    ("p", "Спільно з ювенальною превенцією проведено 18 рейдів «Діти вулиці», «Урок» та «Літо», обстежено умови проживання 44 сімей. У закладах освіти проведено 6 профілактичних заходів, якими охоплено 312 учнів 5–11 класів."),
    ("p", "Штатна чисельність служби – 3 посади, усі заміщені (працює 3 особи)."),
    ("p", "До кінця 2024 року заплановано створити ще 1 прийомну сім'ю та провести навчання 2 кандидатів у патронатні вихователі."),
    ("p", "Начальник служби&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;(підпис)<br/>07.10.2024"),
]
TABLE = [["Форма влаштування", "Кількість дітей"],
         ["Опіка, піклування", "29"],
         ["Прийомні сім'ї", "8"],
         ["Дитячі будинки сімейного типу", "4"],
         ["Усього", "41"]]


def footer(c, doc):
    c.setFont("DVS", 8)
    c.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")


def build(path):
    pdfmetrics.registerFont(TTFont("DVS", DV + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVS-B", DV + "DejaVuSerif-Bold.ttf"))
    body = ParagraphStyle("b", fontName="DVS", fontSize=10.5, leading=14, alignment=TA_JUSTIFY,
                          firstLineIndent=10 * mm, spaceAfter=5)
    cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0)
    bold = ParagraphStyle("h", parent=cen, fontName="DVS-B", fontSize=12, leading=16, spaceBefore=8, spaceAfter=8)
    story = []
    for kind, t in P:
        if kind == "t":
            tb = Table(TABLE, colWidths=[90 * mm, 40 * mm])
            tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVS", 10),
                                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                    ("ALIGN", (1, 0), (1, -1), "CENTER")]))
            story += [tb, Spacer(1, 6)]
        else:
            story.append(Paragraph(t, {"c": cen, "b": bold, "p": body}[kind]))
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm,
                          topMargin=18 * mm, bottomMargin=20 * mm, invariant=1,
                          title="Інформація ССД 9 місяців 2024", author="ССД")
    d.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Війтовецької селищної ради",
        "centre_type": "other", "settlement": "Війтівці", "oblast": "Хмельницька",
        "report_kind": "period_report",
        "period_start": "2024-01-01", "period_end": "2024-09-30"})
    f = g.f
    r = f("registered", "children", 41, "на первинному обліку служби перебуває 41 дитина-сирота",
          label="діти-сироти та діти, позбавлені батьківського піклування (станом на 30.09.2024)")
    G = "register_41_by_status"
    r1 = f("registered", "children", 16, "з них дітей-сиріт – 16", label="діти-сироти", group=G, parent=r)
    r2 = f("registered", "children", 25, "дітей, позбавлених батьківського піклування, – 25",
           label="діти, позбавлені батьківського піклування", group=G, parent=r)
    rd = f("registered", "children", 5, "Серед дітей на обліку – 5 дітей з інвалідністю",
           category="діти з інвалідністю", parent=r)
    rn = f("registered_new", "children", 7, "За 9 місяців поставлено на облік 7 дітей")
    G2 = "registered_new_7_by_origin"
    n1 = f("registered_new", "children", 2, "з них 2 виявлено на території громади вперше",
           label="виявлено на території громади вперше", group=G2, parent=rn)
    n2 = f("registered_new", "children", 5, "5 прибули разом з опікунами з інших громад",
           label="прибули з інших громад", group=G2, parent=rn)
    dr = f("deregistered", "children", 4, "Знято з обліку 4 дитини")
    G3 = "deregistered_4_by_reason"
    d1 = f("deregistered", "children", 3, "у зв'язку з досягненням повноліття – 3", label="досягнення повноліття",
           group=G3, parent=dr)
    d2 = f("deregistered", "children", 1, "усиновленням – 1", label="усиновлення", group=G3, parent=dr)
    sf = f("registered", "families", 7, "перебуває 12 дітей із 7 сімей", label="облік дітей у СЖО")
    sc = f("registered", "children", 12, "перебуває 12 дітей", label="облік дітей у СЖО", parent=sf)
    xf = f("deregistered", "families", 3, "знято з цього обліку 3 сім'ї", label="облік СЖО: подолання СЖО",
           alt=["outcome_positive"])
    xc = f("deregistered", "children", 5, "(5 дітей)", label="облік СЖО: подолання СЖО",
           alt=["outcome_positive"], parent=xf)
    nt = f("notified", "children", 11, "Служба отримала 11 повідомлень про дітей")
    idp = f("registered", "children", 208, "зареєстровано 208 внутрішньо переміщених дітей",
            category="внутрішньо переміщені діти",
            note="a point-in-time count on the territory, not the service's own register; annotated as registered with category")
    war = f("registered_new", "children", 23, "надано 23 дітям",
            label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    ap = f("applied", "applications", 56, "До служби надійшло 56 звернень громадян", unit_alt="persons")
    cl = f("calls", "calls", 27, "На «гарячу лінію» служби надійшло 27 дзвінків")
    ev = f("events", "events", 6, "У закладах освіти проведено 6 профілактичних заходів")
    ep = f("event_participants", "children", 312, "якими охоплено 312 учнів", unit_alt="persons", parent=ev)
    pos = f("staff_positions", "positions", 3, "Штатна чисельність служби – 3 посади")
    act = f("staff_actual", "staff", 3, "(працює 3 особи)")

    g.check("parts_sum", "з них дітей-сиріт – 16, дітей, позбавлених батьківського піклування, – 25",
            "16 + 25 = 41", f"{r1} + {r2} == {r}")
    g.check("parts_sum", "За 9 місяців поставлено на облік 7 дітей, з них 2 виявлено",
            "2 + 5 = 7", f"{n1} + {n2} == {rn}")
    g.check("parts_sum", "Знято з обліку 4 дитини: у зв'язку з досягненням повноліття – 3, усиновленням – 1.",
            "3 + 1 = 4", f"{d1} + {d2} == {dr}")
    g.check("parts_sum", "на первинному обліку служби перебуває 41 дитина-сирота",
            "register movement: 38 on 01.01.2024 + 7 put on − 4 taken off = 41 on 30.09.2024", f"38 + {rn} - {dr} == {r}")
    g.check("table_arithmetic", "Усього\t41",
            "placements 29 + 8 + 4 = 41 = the register (placements have no §3 id: literals)", f"29 + 8 + 4 == 41 == {r}")
    g.check("parts_sum", "Серед дітей на обліку – 5 дітей з інвалідністю", "5 ≤ 41", f"{rd} <= {r}")
    g.check("parts_sum", "Штатна чисельність служби – 3 посади, усі заміщені (працює 3 особи).",
            "3 positions, all filled: 3 working", f"{act} == {pos}")

    g.skip("31331, Хмельницька обл., Хмельницький р-н, смт Війтівці, вул. Незалежності, 21, тел. (03856) 0-12-74",
           [31331, 21, 3856, 1274], "postcode, address, phone")
    g.skip("Дитяче населення громади становить 3 914 осіб.", [3914], "child population")
    g.skip("рішенням 41 сесії селищної ради VIII скликання від 14.07.2022 № 17", [41, 8, 14, 7, 2022, 17],
           "session, convocation, decision date and number")
    g.skip("Станом на 30.09.2024", [30, 9, 2024], "date")
    g.skip("(на 01.01.2024 –\n\n38)", [1, 1, 2024, 38], "start-of-year register (used as a literal in the movement check)")
    g.skip("Опіка, піклування\t29", [29], "placements by form (no §3 id; used as literals)")
    g.skip("Прийомні сім'ї\t8", [8], "placements by form (no §3 id)")
    g.skip("Дитячі будинки сімейного типу\t4", [4], "placements by form (no §3 id)")
    g.skip("Усього\t41", [41], "placements total (no §3 id; equals the register)")
    g.skip("(усього з 2022 року – 187)", [2022, 187], "cumulative figure since 2022")
    g.skip("49 з них вирішено позитивно", [49], "applications resolved: no §3 id")
    g.skip("Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 63 питання",
           [14, 63], "commission sittings and questions: no §3 id")
    g.skip("підготовлено 19 висновків органу опіки та піклування, у тому числі 5 – до суду", [19, 5],
           "opinions of the guardianship body: no §3 id")
    g.skip("проведено 18 рейдів «Діти вулиці», «Урок» та «Літо», обстежено умови проживання 44 сімей", [18, 44],
           "raids and home visits: no §3 id")
    g.skip("5–11 класів", [5, 11], "school grades")
    g.skip("До кінця 2024 року заплановано створити ще 1 прийомну сім'ю та провести навчання 2 кандидатів",
           [2024, 1, 2], "plan")
    g.skip("07.10.2024", [7, 10, 2024], "signature date")
    g.note("a служба у справах дітей: centre_type other; registers are registered / registered_new / deregistered of children")
    g.note("«за 9 місяців 2024 року» → 2024-01-01..2024-09-30; the signature date 07.10.2024 is not taken as `published` (no publication date is stated)")
    g.note("the СЖО register is counted in families and children: two registered facts, children hanging on families; 3 families (5 children) taken off it because СЖО was overcome → deregistered, alt outcome_positive")
    g.note("the war-affected status granted in the period → registered_new with a label")
    g.note("the placements table (29 / 8 / 4 / 41) has no §3 id and is skipped; its total equals the register of 41")
    g.note("the reader joins the title with the first paragraph and breaks «(на 01.01.2024 – 38)» across a blank line; quotes follow the reader")
    g.write()

if __name__ == "__main__":
    main()
