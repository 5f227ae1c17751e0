"""b17_03: Центр соціальних служб Дрогобицької міської ради (Львівська), report for II quarter 2024, PDF (reportlab)."""
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from common import Gold, report_path, register_fonts

DOC = "b17_03_drohobych_css_q2_2024.pdf"

HEADER = ("Центр соціальних служб Дрогобицької міської ради<br/>"
          "82100, Львівська обл., м. Дрогобич, вул. Т. Шевченка, 17 • тел. (03244) 0-41-73 • "
          "css.drohobych@example.ua")
TITLE = "ЗВІТ<br/>про роботу Центру соціальних служб Дрогобицької міської ради за II квартал 2024 року"
P1 = [
    ("h", "1. Звернення та виявлення сімей"),
    ("p", "У квітні–червні 2024 року до Центру звернулися 286 сімей/осіб (у I кварталі – 251). Надійшли "
          "повідомлення про 39 сімей, які можуть перебувати у складних життєвих обставинах: від служби у справах "
          "дітей – 17, від закладів освіти – 12, від ювенальної поліції – 7, від інших суб’єктів – 3. Оцінку "
          "потреб здійснено 37 сім’ям (2 сім’ї змінили місце проживання до її завершення); складні життєві "
          "обставини виявлено у 22 сімей, у яких виховується 49 дітей."),
    ("h", "2. Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах"),
    ("p", "Протягом кварталу соціальним супроводом охоплено 61 сім’ю (138 дітей), а саме: сім’ї внутрішньо "
          "переміщених осіб – 19, сім’ї, у яких батьки ухиляються від виконання батьківських обов’язків, – 23, "
          "сім’ї, які постраждали від домашнього насильства, – 12, сім’ї, які виховують дітей з інвалідністю, – 5."),
    ("p", "Під супровід взято 18 сімей. Завершено надання послуги 20 сім’ям: у 16 з них (80 %) складні життєві "
          "обставини подолано, у 3 – мінімізовано, 1 сім’я відмовилася від послуги. Надання послуги "
          "продовжується 41 сім’ї."),
    ("h", "3. Соціальне супроводження прийомних сімей та дитячих будинків сімейного типу"),
    ("p", "Здійснювалося соціальне супроводження 7 прийомних сімей (14 дітей) та 2 дитячих будинків сімейного "
          "типу (17 дітей)."),
    ("h", "4. Консультування, інформування, кризове втручання"),
    ("p", "Фахівці надали 412 консультацій: психологічних – 168, юридичних – 64, з питань соціального захисту – "
          "180. Послугу інформування отримали 244 особи, екстрене (кризове) втручання надано 9 особам. "
          "На «гарячу лінію» Центру надійшло 73 дзвінки."),
    ("h", "5. Групова робота"),
    ("c", "Таблиця. Групова робота у II кварталі 2024 року"),
]
TABLE = [
    ["Форма роботи", "Кількість заходів", "Учасників, осіб"],
    ["Тренінги для батьків «Школа відповідального батьківства»", "6", "84"],
    ["Профілактичні заняття в закладах освіти", "11", "263"],
    ["Групи взаємопідтримки для ВПО", "4", "52"],
    ["Разом", "21", "399"],
]
P2 = [
    ("p", "Тривалість одного тренінгу – 8 академічних годин; профілактичні заняття проводилися для учнів "
          "віком 12–17 років."),
    ("h", "6. Кадрове забезпечення"),
    ("p", "Штатним розписом передбачено 14 посад, фактично працює 13 працівників; вакантною є 1 посада "
          "фахівця із соціальної роботи."),
    ("p", "Директор Центру&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;(підпис)"),
    ("p", "09.07.2024 № 45"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")
    canvas.restoreState()


def build():
    register_fonts()
    base = ParagraphStyle("b", fontName="LSans", fontSize=10.5, leading=14, spaceAfter=5, alignment=4)
    head = ParagraphStyle("hd", parent=base, fontSize=8, leading=10, alignment=1, textColor=colors.grey)
    title = ParagraphStyle("t", parent=base, fontName="LSansB", fontSize=12.5, leading=16, alignment=1, spaceAfter=10)
    h = ParagraphStyle("h", parent=base, fontName="LSansB", spaceBefore=6)
    cap = ParagraphStyle("c", parent=base, fontName="LSansB", fontSize=9.5, alignment=0)
    cell = ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12, alignment=0, spaceAfter=0)
    story = [Paragraph(HEADER, head), Spacer(1, 6), Paragraph(TITLE, title)]

    def emit(items):
        for kind, s in items:
            story.append(Paragraph(s, {"h": h, "c": cap, "p": base}[kind]))

    emit(P1)
    data = [[Paragraph(c, cell) for c in row] for row in TABLE]
    t = Table(data, colWidths=[100 * mm, 32 * mm, 32 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(t)
    story.append(Spacer(1, 6))
    emit(P2)
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, leftMargin=22 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm, invariant=1,
                            title="Звіт ЦСС за II квартал 2024", author="", creator="", producer="")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Дрогобицької міської ради",
        "centre_type": "css", "settlement": "Дрогобич", "oblast": "Львівська",
        "report_kind": "period_report", "period_start": "2024-04-01", "period_end": "2024-06-30",
    })
    F = g.f
    F("applied", "families_persons", 286, "до Центру звернулися 286 сімей/осіб")
    nt = F("notified", "families", 39, "Надійшли повідомлення про 39 сімей")
    src = [F("notified", "families", v, q, label=lab, group="notified_39_by_source", parent=nt) for v, q, lab in [
        (17, "від служби у справах дітей – 17", "від служби у справах дітей"),
        (12, "від закладів освіти – 12", "від закладів освіти"),
        (7, "від ювенальної поліції – 7", "від ювенальної поліції"),
        (3, "від інших суб'єктів – 3", "від інших суб'єктів")]]
    na = F("needs_assessed", "families", 37, "Оцінку потреб здійснено 37 сім'ям")
    sj = F("in_difficult_circumstances", "families", 22, "складні життєві обставини виявлено у 22 сімей", parent=na)
    F("in_difficult_circumstances", "children", 49, "у 22 сімей, у яких виховується 49 дітей", parent=sj)
    SV = "Протягом кварталу соціальним супроводом охоплено 61 сім'ю (138 дітей)"
    sv = F("served", "families", 61, SV, service="social_support_sjo", alt=["support_ongoing"])
    F("served", "children", 138, "61 сім'ю (138 дітей)", service="social_support_sjo", alt=["support_ongoing"],
      parent=sv)
    cats = [F("served", "families", v, q, service="social_support_sjo", category=c, group="served_61_by_category",
              alt=["support_ongoing"], parent=sv) for v, q, c in [
        (19, "сім'ї внутрішньо переміщених осіб – 19", "сім'ї внутрішньо переміщених осіб"),
        (23, "сім'ї, у яких батьки ухиляються від виконання батьківських обов'язків, – 23",
         "сім'ї, у яких батьки ухиляються від виконання батьківських обов'язків"),
        (12, "сім'ї, які постраждали від домашнього насильства, – 12", "сім'ї, які постраждали від домашнього насильства"),
        (5, "сім'ї, які виховують дітей з інвалідністю, – 5", "сім'ї, які виховують дітей з інвалідністю")]]
    F("support_started", "families", 18, "Під супровід взято 18 сімей", service="social_support_sjo")
    cp = F("support_completed", "families", 20, "Завершено надання послуги 20 сім'ям", service="social_support_sjo")
    o1 = F("outcome_positive", "families", 16, "у 16 з них (80 %) складні життєві обставини подолано", percent=80,
           service="social_support_sjo", group="completed_20_by_outcome", parent=cp)
    o2 = F("outcome_minimized", "families", 3, "у 3 – мінімізовано", service="social_support_sjo",
           group="completed_20_by_outcome", parent=cp)
    o3 = F("outcome_other", "families", 1, "1 сім'я відмовилася від послуги", service="social_support_sjo",
           label="відмова від послуги", group="completed_20_by_outcome", parent=cp)
    og = F("support_ongoing", "families", 41, "Надання послуги продовжується 41 сім'ї", service="social_support_sjo")
    pf = F("served", "families", 7, "соціальне супроводження 7 прийомних сімей", service="social_support_foster",
           category="прийомні сім'ї")
    F("served", "children", 14, "7 прийомних сімей (14 дітей)", service="social_support_foster", parent=pf)
    db = F("served", "families", 2, "2 дитячих будинків сімейного типу", service="social_support_foster",
           category="дитячі будинки сімейного типу")
    F("served", "children", 17, "типу (17 дітей)", service="social_support_foster", parent=db)
    co = F("services_provided", "services", 412, "Фахівці надали 412 консультацій", service="counselling")
    cps = [F("services_provided", "services", v, q, service="counselling", label=lab, group="counselling_412_by_topic",
             parent=co) for v, q, lab in [
        (168, "психологічних – 168", "психологічні"), (64, "юридичних – 64", "юридичні"),
        (180, "з питань соціального захисту – 180", "з питань соціального захисту")]]
    F("served", "persons", 244, "Послугу інформування отримали 244 особи", service="informing")
    F("served", "persons", 9, "екстрене (кризове) втручання надано 9 особам", service="crisis_intervention")
    F("calls", "calls", 73, "На «гарячу лінію» Центру надійшло 73 дзвінки", label="гаряча лінія Центру")
    rows = [("Тренінги для батьків «Школа відповідального батьківства»\t6\t84", 6, 84,
             "тренінги для батьків «Школа відповідального батьківства»"),
            ("Профілактичні заняття в закладах освіти\t11\t263", 11, 263, "профілактичні заняття в закладах освіти"),
            ("Групи взаємопідтримки для ВПО\t4\t52", 4, 52, "групи взаємопідтримки для ВПО")]
    RQ = "Разом\t21\t399"
    et = F("events", "events", 21, RQ, label="Разом")
    pt = F("event_participants", "persons", 399, RQ, label="Разом")
    eids, pids = [], []
    for q, e, p_, lab in rows:
        eids.append(F("events", "events", e, q, label=lab, group="events_by_form", parent=et))
        pids.append(F("event_participants", "persons", p_, q, label=lab, group="participants_by_form", parent=pt))
    pos = F("staff_positions", "positions", 14, "Штатним розписом передбачено 14 посад")
    act = F("staff_actual", "staff", 13, "фактично працює 13 працівників")

    g.slip("parts_sum", "error", SV, 61, 59, [sv] + cats,
           "«а саме» breakdown of the 61 families under social support by category: 19 + 23 + 12 + 5 = 59, two short "
           "of 61. The total itself is confirmed elsewhere (20 completed + 41 continuing = 61), so a category count "
           "is off.", f"S({', '.join(cats)}) == {sv}")
    g.check("parts_sum", "Надійшли повідомлення про 39 сімей", "17 + 12 + 7 + 3 = 39", f"S({', '.join(src)}) == {nt}")
    g.check("parts_sum", "Оцінку потреб здійснено 37 сім'ям", "37 assessed + 2 moved away = 39 notified; 22 ≤ 37",
            f"{na} + 2 == {nt} and {sj} <= {na}")
    g.check("parts_sum", "Завершено надання послуги 20 сім'ям", "16 + 3 + 1 = 20", f"{o1} + {o2} + {o3} == {cp}")
    g.check("percent_mismatch", "у 16 з них (80 %)", "16/20 = 80 %", f"pct({o1}, {cp}, 80, 0)")
    g.check("parts_sum", "Надання послуги продовжується 41 сім'ї", "20 completed + 41 continuing = 61 served",
            f"{cp} + {og} == {sv}")
    g.check("parts_sum", "Фахівці надали 412 консультацій", "168 + 64 + 180 = 412", f"S({', '.join(cps)}) == {co}")
    g.check("table_arithmetic", RQ, "events 6 + 11 + 4 = 21; participants 84 + 263 + 52 = 399",
            f"S({', '.join(eids)}) == {et} and S({', '.join(pids)}) == {pt}")
    g.check("parts_sum", "фактично працює 13 працівників", "13 working + 1 vacant = 14 positions", f"{act} + 1 == {pos}")

    g.skip("82100, Львівська обл., м. Дрогобич, вул. Т. Шевченка, 17 • тел. (03244) 0-41-73",
           [82100, 17, 3244], "postcode, address, phone")
    g.skip("(у I кварталі – 251)", [1, 251], "previous quarter's figure")
    g.skip("(2 сім'ї змінили місце проживання до її завершення)", [2],
           "families that moved away before the assessment ended; no §3 id")
    g.skip("Таблиця. Групова робота у II кварталі 2024 року", [2, 2024], "table caption (quarter and year)")
    g.skip("Сторінка 1", [1], "page number (footer)")
    g.skip("Тривалість одного тренінгу – 8 академічних годин", [8], "duration")
    g.skip("учнів віком 12–17 років", [12, 17], "ages")
    g.skip("вакантною є 1 посада", [1], "vacancy; no §3 id")
    g.skip("09.07.2024 № 45", [9, 7, 2024, 45], "date and registration number")
    g.note("«охоплено соціальним супроводом 61 сім'ю» → served (alt support_ongoing) with service social_support_sjo; "
           "its «а саме» categories are one group")
    g.note("the two foster-care figures (7 прийомних сімей, 2 ДБСТ) are separate facts with their children")
    g.note("consultations are acts (services_provided, counselling), split by topic into one group")
    g.note("table of group work: each cell is a fact quoted by its row; rows hang on the Разом cell of their column")
    g.write()


if __name__ == "__main__":
    build()
    gold()
