"""b47_04: КЗ «ЦНСП» Царичанської селищної ради, internal quality assessment of 2024. reportlab PDF with a criteria table (first person plural)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

DOC = "b47_04_tsarychanka_cnsp_internal2024.pdf"

HEAD = [
    ("c", "КОМУНАЛЬНИЙ ЗАКЛАД «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ЦАРИЧАНСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "51000, смт Царичанка, вул. Соборна, 61, тел. (05690) 0-30-81, код ЄДРПОУ 43561127"),
    ("b", "ЗВІТ про результати внутрішньої оцінки якості соціальних послуг, наданих у 2024 році"),
    ("p", "Внутрішню оцінку якості ми провели відповідно до наказу директора від 03.02.2025 № 14-од робочою групою у складі 5 осіб у період з 05.02.2025 по 21.02.2025. Оцінювали три послуги: догляд вдома, соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах, та консультування."),
    ("b", "1. Обсяги надання послуг"),
    ("p", "У 2024 році ми надали послугу догляду вдома 164 особам, соціальний супровід – 38 сім'ям, у яких виховується 71 дитина, консультування – 529 особам. З обслуговування вдома знято 19 осіб, з них 12 – у зв'язку зі смертю."),
    ("p", "Із 38 сімей, які перебували під нашим супроводом, завершили отримання послуги 21 сім'я: 15 – з позитивним результатом, 4 – з мінімізацією складних життєвих обставин, 2 – без результату. Ще 17 сімей продовжують отримувати послугу у 2025 році."),
    ("b", "2. Методи оцінки"),
    ("p", "Ми опрацювали 60 особових справ отримувачів (вибірка – кожна третя справа), провели співбесіди з 9 працівниками та анкетування 118 отримувачів, з них 74 – отримувачі догляду вдома, 44 – члени сімей під соціальним супроводом. Анкета містила 22 запитання."),
    ("p", "Оцінку за кожним критерієм визначали за часткою позитивних відповідей: 85–100 % – «добре», 60–84,9 % – «задовільно», менше 60 % – «незадовільно»."),
    ("b", "3. Результати оцінки за критеріями (таблиця 1)"),
]
TABLE = [
    ["Критерій якості", "Частка позитивних відповідей, %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "93,2", "добре"],
    ["Результативність", "86,4", "добре"],
    ["Своєчасність", "88,1", "добре"],
    ["Доступність та відкритість", "83,9", "добре"],
    ["Зручність", "79,7", "задовільно"],
    ["Повага до гідності отримувача", "97,5", "добре"],
    ["Професійність", "91,5", "добре"],
    ["Загальна оцінка якості", "–", "добре"],
]
TAIL = [
    ("p", "Рівень задоволеності отримувачів якістю послуг становить 89 %. Скарг у 2024 році до нас не надходило. Випадків порушення конфіденційності інформації не виявлено."),
    ("b", "4. Кадрове забезпечення"),
    ("p", "Штатна чисельність Центру – 28 посад, фактично працюють 26 осіб, з них 17 соціальних робітників. Протягом 2024 року 9 наших працівників підвищили кваліфікацію (обсяг навчання – 30 годин)."),
    ("b", "5. Висновки та рекомендації"),
    ("p", "Загальна оцінка якості наданих Центром соціальних послуг – «добре». Нам необхідно: 1) до 01.06.2025 облаштувати пандус біля входу до приміщення; 2) до 30.09.2025 переглянути графік відвідувань отримувачів у 12 віддалених селах; 3) забезпечити навчання 5 соціальних робітників у ІІ кварталі 2025 року."),
    ("p", "Звіт затверджено наказом від 28.02.2025 № 21-од."),
]


def build():
    register_fonts()
    base = ParagraphStyle("p", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6, alignment=4)
    bold = ParagraphStyle("b", parent=base, fontName="LSerif-B", spaceBefore=6, alignment=0)
    cen = ParagraphStyle("c", parent=base, fontName="LSerif-B", alignment=1)
    cell = ParagraphStyle("t", fontName="LSerif", fontSize=10, leading=12)
    st = {"p": base, "b": bold, "c": cen}
    story = [Paragraph(t, st[k]) for k, t in HEAD]
    data = [[Paragraph(c, cell) for c in row] for row in TABLE]
    t = Table(data, colWidths=[80 * mm, 50 * mm, 35 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 6)]
    story += [Paragraph(t_, st[k]) for k, t_ in TAIL]

    def foot(c, doc):
        c.setFont("LSerif", 8)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=20 * mm, title="Звіт ВОЯ 2024")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Царичанської селищної ради",
        "centre_type": "cnsp", "settlement": "Царичанка",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, {"centre": ["Комунальний заклад «Центр надання соціальних послуг» Царичанської селищної ради",
                   "КЗ «Центр надання соціальних послуг» Царичанської селищної ради"]})
    f = g.f
    hc = f("served", "persons", 164, "надали послугу догляду вдома 164 особам", service="home_care")
    ss = f("served", "families", 38, "соціальний супровід – 38 сім'ям", service="social_support_sjo")
    ssc = f("served", "children", 71, "у яких виховується 71 дитина", service="social_support_sjo", parent=ss)
    co = f("served", "persons", 529, "консультування – 529 особам", service="counselling")
    dr = f("deregistered", "persons", 19, "З обслуговування вдома знято 19 осіб", service="home_care")
    dr12 = f("deregistered", "persons", 12, "з них 12 – у зв'язку зі смертю", service="home_care", label="у зв'язку зі смертю", parent=dr)
    ss2 = f("served", "families", 38, "Із 38 сімей, які перебували під нашим супроводом", service="social_support_sjo",
            alt=["support_ongoing"], note="the 38 families written a second time")
    cp = f("support_completed", "families", 21, "завершили отримання послуги 21 сім'я", service="social_support_sjo", parent=ss2)
    go = "completed_21_by_outcome"
    o1 = f("outcome_positive", "families", 15, "15 – з позитивним результатом", group=go, parent=cp)
    o2 = f("outcome_minimized", "families", 4, "4 – з мінімізацією складних життєвих обставин", group=go, parent=cp)
    o3 = f("outcome_negative", "families", 2, "2 – без результату", group=go, parent=cp)
    og = f("support_ongoing", "families", 17, "Ще 17 сімей продовжують отримувати послугу у 2025 році", service="social_support_sjo", parent=ss2)
    sr = f("survey_respondents", "persons", 118, "анкетування 118 отримувачів", unit_alt="recipients")
    sr1 = f("survey_respondents", "persons", 74, "з них 74 – отримувачі догляду вдома", service="home_care", unit_alt="recipients",
            group="respondents_118_by_service", parent=sr)
    sr2 = f("survey_respondents", "persons", 44, "44 – члени сімей під соціальним супроводом", service="social_support_sjo",
            group="respondents_118_by_service", parent=sr)
    crit = [("targeting", "Адресність та індивідуальний підхід", 93.2, "good"),
            ("effectiveness", "Результативність", 86.4, "good"),
            ("timeliness", "Своєчасність", 88.1, "good"),
            ("accessibility", "Доступність та відкритість", 83.9, "good"),
            ("convenience", "Зручність", 79.7, "satisfactory"),
            ("dignity", "Повага до гідності отримувача", 97.5, "good"),
            ("professionalism", "Професійність", 91.5, "good")]
    uk = {"good": "добре", "satisfactory": "задовільно"}
    cid = {}
    for c, name, pv, r in crit:
        q = f"{name}\t{pv:.1f}".replace(".", ",") + f"\t{uk[r]}"
        a = f("share", "percent", pv, q, criterion=c, label=f"частка позитивних відповідей: {name}", alt=["satisfaction"])
        b = f("rating", "rating", r, q, criterion=c)
        cid[c] = (a, b, q)
    ov = f("rating", "rating", "good", "Загальна оцінка якості\t–\tдобре", criterion="overall")
    sat = f("satisfaction", "percent", 89, "Рівень задоволеності отримувачів якістю послуг становить 89 %", alt=["share"])
    cm = f("complaints", "complaints", 0, "Скарг у 2024 році до нас не надходило")
    spos = f("staff_positions", "positions", 28, "Штатна чисельність Центру – 28 посад")
    sa = f("staff_actual", "staff", 26, "фактично працюють 26 осіб")
    sw = f("staff_actual", "staff", 17, "з них 17 соціальних робітників", label="соціальні робітники", parent=sa)
    tr = f("staff_trained", "staff", 9, "Протягом 2024 року 9 наших працівників підвищили кваліфікацію")
    ov2 = f("rating", "rating", "good", "Загальна оцінка якості наданих Центром соціальних послуг – «добре»", criterion="overall",
            note="the overall rating repeated in the conclusions: a second fact")

    bands = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    for c, (a, b, q) in cid.items():
        g.check("percent_impossible", q, f"{c}: share reachable with 118 respondents", f"grim_ok({a}, {sr}, 1)")
        if c != "accessibility":
            g.check("rating_band", q, f"{c}: rating matches the document's bands", f"band({a}, {bands}) == {b}")
    g.check("percent_impossible", "Рівень задоволеності отримувачів якістю послуг становить 89 %", "105 of 118 = 88,98 % → 89",
            f"grim_ok({sat}, {sr}, 0)")
    g.check("parts_sum", "з них 74 – отримувачі догляду вдома", "74 + 44 = 118", f"{sr1} + {sr2} == {sr}")
    g.check("parts_sum", "завершили отримання послуги 21 сім'я", "15 + 4 + 2 = 21; 21 + 17 = 38",
            f"{o1} + {o2} + {o3} == {cp} and {cp} + {og} == {ss2}")
    g.check("internal_conflict", "Із 38 сімей, які перебували під нашим супроводом", "38 in section 1 = 38 in the outcomes paragraph", f"{ss} == {ss2}")
    g.check("parts_sum", "З обслуговування вдома знято 19 осіб, з них 12", "12 ≤ 19 ≤ 164", f"{dr12} <= {dr} <= {hc}")
    g.check("parts_sum", "фактично працюють 26 осіб, з них 17 соціальних робітників", "17 ≤ 26 ≤ 28; 9 trained ≤ 26",
            f"{sw} <= {sa} <= {spos} and {tr} <= {sa}")
    g.check("internal_conflict", "Загальна оцінка якості наданих Центром соціальних послуг – «добре»", "overall rating in the table = in the conclusions",
            f"{ov} == {ov2}")
    a, b, q = cid["accessibility"]
    g.slip("rating_band", "error", q, "good", "satisfactory", [a, b],
           "Доступність та відкритість 83,9 % is rated «добре», but the report's own bands give «добре» only for 85–100 %; 83,9 % falls in 60–84,9 % «задовільно»",
           f"band({a}, {bands}) == {b}")

    g.skip("51000, смт Царичанка, вул. Соборна, 61, тел. (05690) 0-30-81, код ЄДРПОУ 43561127", [51000, 61, 5690, 3081, 43561127],
           "postcode, address, phone, ЄДРПОУ")
    g.skip("ЗВІТ про результати внутрішньої оцінки якості соціальних послуг, наданих у 2024 році", [2024], "year")
    g.skip("відповідно до наказу директора від 03.02.2025 № 14-од робочою групою у складі 5 осіб у період з 05.02.2025 по 21.02.2025",
           [3, 2, 2025, 14, 5, 5, 2, 2025, 21, 2, 2025], "order date/number, working group size, assessment dates")
    g.skip("Оцінювали три послуги", [3], "number of services assessed (word)")
    g.skip("Ми опрацювали 60 особових справ отримувачів (вибірка – кожна третя справа), провели співбесіди з 9 працівниками",
           [60, 9], "case files examined, interviews with staff; methods, no §3 id")
    g.skip("Анкета містила 22 запитання.", [22], "questionnaire length")
    g.skip("85–100 % – «добре», 60–84,9 % – «задовільно», менше 60 % – «незадовільно»", [85, 100, 60, 84.9, 60],
           "rating band definitions (used in the band checks)")
    g.skip("3. Результати оцінки за критеріями (таблиця 1)", [3, 1], "section and table numbers")
    g.skip("Випадків порушення конфіденційності інформації не виявлено.", [0], "confidentiality breaches = none; no §3 id")
    g.skip("(обсяг навчання – 30 годин)", [30], "duration")
    g.skip("1) до 01.06.2025 облаштувати пандус біля входу до приміщення; 2) до 30.09.2025 переглянути графік відвідувань отримувачів у 12 віддалених селах; 3) забезпечити навчання 5 соціальних робітників у",
           [1, 1, 6, 2025, 2, 30, 9, 2025, 12, 3, 5], "recommendations: item numbers, deadlines, settlements, plan")
    g.skip("Звіт затверджено наказом від 28.02.2025 № 21-од.", [28, 2, 2025, 21], "order date and number")
    g.skip("ІІ кварталі 2025 року.", [2025], "plan quarter and year")
    g.note("the page footer «Сторінка 1» is drawn on the canvas; the reader drops it, so it is not in the read text")
    g.note("criteria table: each row gives a share (criterion, alt satisfaction) and a rating (criterion); the overall row has no percentage")
    g.note("the overall rating is written twice (table, conclusions): two facts")
    g.note("the 38 families under support are written twice (volumes, outcomes paragraph): two facts; the outcome rows hang on the second")
    g.note("«Ще 17 сімей продовжують отримувати послугу у 2025 році» → support_ongoing (a 2024 figure at year end)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
