"""b39_03: КУ «ЦНСП» Христинівської міської ради, internal quality assessment of 2023 (reportlab PDF, criteria table)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from common import Gold, report_path, register_fonts

NAME = "b39_03_khrystynivka_cnsp_internal2023.pdf"

HEAD = [
    "Комунальна установа «Центр надання соціальних послуг» Христинівської міської ради",
    "20002, Черкаська обл., м. Христинівка, вул. Соборна, 31, тел. (04745) 0-61-34, ЄДРПОУ 43817265",
]
TITLE = "ЗВІТ про результати внутрішньої оцінки якості соціальних послуг, наданих у 2023 році"
P1 = [
    "Відповідно до наказу Центру від 15.01.2024 № 4-ОД ми провели внутрішню оцінку якості соціальних послуг за 2023 рік. Робоча група у складі 5 осіб працювала з 22 січня по 9 лютого 2024 року.",
    "Ми оцінювали три послуги: догляд вдома, соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах, та консультування. У 2023 році догляд вдома отримували 186 осіб, соціальний супровід – 41 сім'я, консультування – 327 осіб. Середній вік отримувачів догляду вдома – 79 років.",
    "Для оцінки опрацьовано 58 особових справ, проведено 12 спостережень за наданням послуг. В анонімному анкетуванні взяли участь 74 отримувачі послуг: 49 – догляду вдома, 16 – соціального супроводу, 9 – консультування. Кожну анкету заповнено повністю, тож частки в таблиці 1 обчислено від 74 анкет.",
    "Оцінку за кожним критерієм ми визначали за такою шкалою: 80–100 % позитивних відповідей – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно».",
    "Таблиця 1. Результати оцінки за критеріями",
]
TABLE = [
    ["№", "Критерій", "Частка позитивних відповідей, %", "Оцінка"],
    ["1", "Адресність та індивідуальний підхід", "93,2", "добре"],
    ["2", "Результативність", "85,0", "добре"],
    ["3", "Своєчасність", "87,8", "добре"],
    ["4", "Доступність та відкритість", "71,6", "задовільно"],
    ["5", "Зручність", "79,7", "задовільно"],
    ["6", "Повага до гідності", "97,3", "добре"],
    ["7", "Професійність", "90,5", "добре"],
    ["", "Загальна оцінка якості", "–", "добре"],
]
P2 = [
    "Загалом задоволені отриманими послугами 91,9 % опитаних. Найнижче отримувачі оцінили доступність: 14 осіб зазначили, що не знали графіка роботи Центру, а мешканці 6 віддалених сіл скаржилися на нерегулярне транспортне сполучення.",
    "Скарг на якість послуг у 2023 році не надходило. Станом на 31.12.2023 штатним розписом передбачено 23 посади, працює 21 особа, у тому числі 14 соціальних робітників. Протягом року 11 наших працівників пройшли навчання, з них 4 – за програмою «Супервізія у соціальній роботі» (24 години).",
    "Висновок: якість соціальних послуг, наданих Центром у 2023 році, оцінено як «добре».",
    "Ми плануємо до 01.06.2024 розмістити графік роботи на сайті громади та у 9 старостатах, а у 2024 році збільшити кількість отримувачів догляду вдома до 200 осіб.",
    "Директор КУ «ЦНСП»                                   (підпис)",
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page} з 2")
    canvas.restoreState()


def build():
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, spaceAfter=6, firstLineIndent=10 * mm)
    head = ParagraphStyle("h", fontName="LSerif", fontSize=10, leading=13, alignment=1)
    tit = ParagraphStyle("t", fontName="LSerif-B", fontSize=12.5, leading=16, alignment=1, spaceBefore=8, spaceAfter=8)
    cell = ParagraphStyle("c", fontName="LSerif", fontSize=10.5, leading=13)
    story = [Paragraph(h, head) for h in HEAD] + [Paragraph(TITLE, tit)]
    story += [Paragraph(p, body) for p in P1]
    t = Table([[Paragraph(c, cell) for c in r] for r in TABLE], colWidths=[10 * mm, 80 * mm, 45 * mm, 30 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 8), PageBreak()]
    story += [Paragraph(p, body) for p in P2]
    doc = SimpleDocTemplate(report_path(NAME), pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm, invariant=1,
                            title="Звіт про внутрішню оцінку якості", author="КУ ЦНСП")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


CRIT = [("targeting", "Адресність та індивідуальний підхід", 93.2, "good"),
        ("effectiveness", "Результативність", 85, "good"),
        ("timeliness", "Своєчасність", 87.8, "good"),
        ("accessibility", "Доступність та відкритість", 71.6, "satisfactory"),
        ("convenience", "Зручність", 79.7, "satisfactory"),
        ("dignity", "Повага до гідності", 97.3, "good"),
        ("professionalism", "Професійність", 90.5, "good")]
BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"


def gold(text_row):
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Христинівської міської ради",
        "centre_type": "cnsp", "settlement": "Христинівка", "oblast": "Черкаська",
        "report_kind": "internal_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Христинівської міської ради",
                             "КУ «Центр надання соціальних послуг» Христинівської міської ради"]})
    f = g.f
    hc = f("served", "persons", 186, "У 2023 році догляд вдома отримували 186 осіб", service="home_care")
    ss = f("served", "families", 41, "соціальний супровід – 41 сім'я", service="social_support_sjo", alt=["support_ongoing"])
    co = f("served", "persons", 327, "консультування – 327 осіб", service="counselling")
    sv = f("survey_respondents", "recipients", 74, "В анонімному анкетуванні взяли участь 74 отримувачі послуг", unit_alt="persons")
    s1 = f("survey_respondents", "recipients", 49, "49 – догляду вдома", service="home_care", unit_alt="persons",
           group="respondents_74_by_service", parent=sv)
    s2 = f("survey_respondents", "recipients", 16, "16 – соціального супроводу", service="social_support_sjo", unit_alt="persons",
           group="respondents_74_by_service", parent=sv)
    s3 = f("survey_respondents", "recipients", 9, "9 – консультування", service="counselling", unit_alt="persons",
           group="respondents_74_by_service", parent=sv)
    sh, rt = {}, {}
    for crit, name, p, r in CRIT:
        q = text_row(name)
        sh[crit] = f("share", "percent", p, q, criterion=crit, label="частка позитивних відповідей", alt=["satisfaction"])
        rt[crit] = f("rating", "rating", r, q, criterion=crit)
    ov = f("rating", "rating", "good", text_row("Загальна оцінка якості"), criterion="overall")
    ov2 = f("rating", "rating", "good", "Висновок: якість соціальних послуг, наданих Центром у 2023 році, оцінено як «добре»",
            criterion="overall", note="the overall rating said again in the conclusion")
    sat = f("satisfaction", "percent", 91.9, "Загалом задоволені отриманими послугами 91,9 % опитаних")
    cp = f("complaints", "complaints", 0, "Скарг на якість послуг у 2023 році не надходило")
    pos = f("staff_positions", "positions", 23, "штатним розписом передбачено 23 посади")
    act = f("staff_actual", "staff", 21, "працює 21 особа")
    sw = f("staff_actual", "staff", 14, "у тому числі 14 соціальних робітників", label="соціальні робітники", parent=act)
    tr = f("staff_trained", "staff", 11, "Протягом року 11 наших працівників пройшли навчання")
    tr2 = f("staff_trained", "staff", 4, "з них 4 – за програмою «Супервізія у соціальній роботі»", label="Супервізія у соціальній роботі", parent=tr)

    e = sh["effectiveness"]
    g.slip("percent_impossible", "error", text_row("Результативність"), 85.0, "83,8 or 85,1 (62 or 63 of 74)", [e, sv],
           "the text says every share is of the 74 complete questionnaires; no whole k gives 85,0 % of 74 (62/74 = 83,8 %, 63/74 = 85,1 %)",
           f"grim_ok({e}, {sv}, 1)")
    others = [sh[c] for c in sh if c != "effectiveness"] + [sat]
    g.check("percent_impossible", text_row("Адресність та індивідуальний підхід"),
            "93,2 (69), 87,8 (65), 71,6 (53), 79,7 (59), 97,3 (72), 90,5 (67) and 91,9 % (68) are each reachable with 74",
            "all([" + ", ".join(f"grim_ok({x}, {sv}, 1)" for x in others) + "])")
    for crit, name, p, r in CRIT:
        g.check("rating_band", text_row(name), f"{name}: {str(p).replace('.', ',')} % → «{'добре' if r == 'good' else 'задовільно'}» by the document's bands",
                f"band({sh[crit]}, {BANDS}) == {rt[crit]}")
    g.check("parts_sum", "В анонімному анкетуванні взяли участь 74 отримувачі послуг", "49 + 16 + 9 = 74", f"{s1} + {s2} + {s3} == {sv}")
    g.check("parts_sum", "49 – догляду вдома", "respondents ≤ recipients of each service: 49 ≤ 186, 16 ≤ 41, 9 ≤ 327",
            f"{s1} <= {hc} and {s2} <= {ss} and {s3} <= {co}")
    g.check("internal_conflict", "оцінено як «добре»", "overall rating in table 1 and in the conclusion agree", f"{ov} == {ov2}")
    g.check("parts_sum", "у тому числі 14 соціальних робітників", "14 ≤ 21 ≤ 23; 4 ≤ 11 ≤ 21", f"{sw} <= {act} <= {pos} and {tr2} <= {tr} <= {act}")
    g.skip("20002, Черкаська обл., м. Христинівка, вул. Соборна, 31, тел. (04745) 0-61-34, ЄДРПОУ 43817265",
           [20002, 31, 4745, 6134, 43817265], "postcode, address, phone, ЄДРПОУ")
    g.skip("наказу Центру від 15.01.2024 № 4-ОД", [15, 1, 2024, 4], "order date and number")
    g.skip("Робоча група у складі 5 осіб працювала з 22 січня по 9 лютого 2024 року", [5, 22, 9, 2024], "working group size, dates")
    g.skip("Середній вік отримувачів догляду вдома – 79 років", [79], "age")
    g.skip("Для оцінки опрацьовано 58 особових справ, проведено 12 спостережень", [58, 12], "case files and observations (method, no §3 id)")
    g.skip("80–100 % позитивних відповідей – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60], "rating bands")
    g.skip("Таблиця 1. Результати оцінки за критеріями", [1], "table number")
    g.skip("14 осіб зазначили, що не знали графіка роботи Центру", [14], "answer to an open question (no §3 id)")
    g.skip("мешканці 6 віддалених сіл", [6], "settlement count")
    g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("(24 години)", [24], "duration of a course")
    g.skip("до 01.06.2024 розмістити графік роботи на сайті громади та у 9 старостатах", [1, 6, 2024, 9], "deadline, number of starosta districts (plan)")
    g.skip("збільшити кількість отримувачів догляду вдома до 200 осіб", [2024, 200], "plan for 2024")
    g.skip("Сторінка 1 з 2", [1, 2], "page footer")
    g.note("table 1: each criterion row gives two facts, the share (share, criterion, alt satisfaction) and the rating; the overall row has «–» for the share → rating only")
    g.note("the overall rating is said twice (table 1 and the conclusion) → two facts")
    g.note("«соціальний супровід – 41 сім'я» (received in 2023) → served, alt support_ongoing")
    g.note("row numbers 1–7 of table 1 are not listed separately: they sit in the row quotes")
    g.write()


if __name__ == "__main__":
    build()
    from common import read_text
    txt = read_text(report_path(NAME))
    def text_row(name):
        for line in txt.splitlines():
            if name in line and ("добре" in line or "задовільно" in line):
                return line
        raise SystemExit("row not found: " + name)
    gold(text_row)
