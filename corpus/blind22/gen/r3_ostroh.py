"""b22_03: КУ «ЦНСП» Острозької міської ради (Рівненська), internal quality assessment of home care, 2023, PDF.

Voice: a methodical assessment report (order, working group, methods), a short survey
paragraph, a criteria table (share of positive answers, level) with the document's own bands,
conclusions that repeat the weakest criterion and the overall rating.
Planted slip: percent_impossible – «Професійність 88,0 %» cannot come from 27 respondents
(23/27 = 85,2 %, 24/27 = 88,9 %).
"""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

from common import Gold, report_path, register_fonts

DOC = "b22_03_ostroh_cnsp_internal2023.pdf"

CRIT = [  # name, share, level, criterion id, rating id
    ("Адресність та індивідуальний підхід", "96,3", "добре", "targeting", "good"),
    ("Результативність", "85,2", "добре", "effectiveness", "good"),
    ("Своєчасність", "81,5", "добре", "timeliness", "good"),
    ("Доступність та відкритість", "92,6", "добре", "accessibility", "good"),
    ("Зручність", "74,1", "задовільно", "convenience", "satisfactory"),
    ("Повага до гідності отримувача соціальної послуги", "100,0", "добре", "dignity", "good"),
    ("Професійність", "88,0", "добре", "professionalism", "good"),
]
AVG = ("Середній показник", "88,2", "добре")

P = {
    "hdr": ["КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ОСТРОЗЬКОЇ МІСЬКОЇ РАДИ",
            "35800, Рівненська обл., м. Острог, вул. Татарська, 9; тел. (03654) 0-23-61; ЄДРПОУ 43861025"],
    "title": ["ЗВІТ", "про результати внутрішньої оцінки якості надання соціальної послуги догляду вдома за 2023 рік"],
    "s1": "Внутрішню оцінку якості проведено відповідно до наказу директора від 09.01.2024 № 3-ОД робочою групою "
          "у складі 5 осіб у період з 15 по 26 січня 2024 року. Використано методи: аналіз особових справ "
          "отримувачів, анкетування, спостереження, співбесіди з працівниками.",
    "s2a": "Послугу догляду вдома надає відділення соціальної допомоги вдома. Протягом 2023 року послугу отримали "
           "173 особи (жінок – 131, чоловіків – 42), серед них 41 особа з інвалідністю. На 01.01.2023 на "
           "обслуговуванні перебувало 139 осіб; упродовж року взято на обслуговування 34 особи, знято з "
           "обслуговування – 26. Станом на 31.12.2023 послугу отримують 147 осіб. Середній вік отримувачів – 78 років.",
    "s2b": "За рік надано 16 834 послуги догляду вдома. Послугу надають 21 соціальний робітник при 22,5 штатної "
           "посади; норматив навантаження – 8 отримувачів на 1 соціального робітника. Протягом року 8 працівників "
           "пройшли навчання з питань догляду за особами з деменцією.",
    "s3": "В анкетуванні взяли участь 27 отримувачів послуги (18,4 % від кількості отримувачів на кінець року). "
          "Анкети заповнювались анонімно, 4 анкети заповнено за допомогою родичів.",
    "s4": "Частку позитивних відповідей за кожним критерієм визначено як відношення кількості позитивних "
          "відповідей до кількості опитаних. Рівень якості визначено за шкалою: 80–100 % – «добре», "
          "60–79,9 % – «задовільно», менше 60 % – «незадовільно».",
    "tab": "Таблиця 1. Результати оцінки за критеріями",
    "s5a": "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре». Найнижчий показник – за "
           "критерієм «Зручність» (74,1 %): отримувачі зазначають незручний графік відвідування у вихідні дні. "
           "Скарг на якість надання послуги у 2023 році не надходило.",
    "s5b": "Рекомендації: 1) переглянути графік відвідування отримувачів у вихідні дні – до 01.04.2024; "
           "2) провести навчання соціальних робітників з питань безпеки в побуті – у II кварталі 2024 року.",
}


def build(path):
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=6,
                          firstLineIndent=10 * mm)
    cen = ParagraphStyle("c", fontName="LSerif-B", fontSize=11.5, leading=15, alignment=TA_CENTER, spaceAfter=4)
    small = ParagraphStyle("s", fontName="LSerif", fontSize=9.5, leading=12, alignment=TA_CENTER, spaceAfter=10)
    h = ParagraphStyle("h", fontName="LSerif-B", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("t", fontName="LSerif", fontSize=10.5, leading=13)
    els = [Paragraph(P["hdr"][0], cen), Paragraph(P["hdr"][1], small),
           Paragraph(P["title"][0], cen), Paragraph(P["title"][1], cen), Spacer(1, 4 * mm),
           Paragraph("1. Організація оцінки", h), Paragraph(P["s1"], body),
           Paragraph("2. Загальні відомості про послугу", h), Paragraph(P["s2a"], body), Paragraph(P["s2b"], body),
           Paragraph("3. Анкетування отримувачів", h), Paragraph(P["s3"], body),
           Paragraph("4. Результати оцінки за критеріями", h), Paragraph(P["s4"], body),
           Paragraph(P["tab"], body)]
    rows = [[Paragraph("Критерій", cell), Paragraph("Частка позитивних відповідей, %", cell),
             Paragraph("Рівень якості", cell)]]
    for r in CRIT + [AVG]:
        rows.append([Paragraph(r[0], cell), Paragraph(r[1], cell), Paragraph(r[2], cell)])
    t = Table(rows, colWidths=[95 * mm, 45 * mm, 35 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    els += [t, Spacer(1, 4 * mm), Paragraph("5. Висновки та рекомендації", h), Paragraph(P["s5a"], body),
            Paragraph(P["s5b"], body), Spacer(1, 6 * mm),
            Paragraph("Голова робочої групи (підпис)", body)]

    def footer(c, d):
        c.saveState()
        c.setFont("LSerif", 8.5)
        c.drawCentredString(A4[0] / 2, 10 * mm, "Сторінка %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Звіт про внутрішню оцінку якості",
                            author="КУ ЦНСП", creator="ЦНСП", producer="ЦНСП")
    doc.build(els, onFirstPage=footer, onLaterPages=footer)


def dec(s):
    x = float(s.replace(",", "."))
    return int(x) if x.is_integer() else x


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Острозької міської ради",
        "centre_type": "cnsp",
        "settlement": "Острог",
        "oblast": "Рівненська",
        "report_kind": "internal_assessment",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Острозької міської ради",
                   "КУ «Центр надання соціальних послуг» Острозької міської ради"]})
    f = g.f
    srv = f("served", "persons", 173, "Протягом 2023 року послугу отримали 173 особи", service="home_care")
    w = f("served", "persons", 131, "жінок – 131", service="home_care", category="жінки", group="served_173_by_sex", parent=srv)
    m = f("served", "persons", 42, "чоловіків – 42", service="home_care", category="чоловіки", group="served_173_by_sex",
          parent=srv)
    dis = f("served", "persons", 41, "серед них 41 особа з інвалідністю", service="home_care",
            category="особи з інвалідністю", parent=srv)
    new = f("served", "persons", 34, "упродовж року взято на обслуговування 34 особи", service="home_care",
            label="взято на обслуговування", alt=["registered_new", "support_started"])
    de = f("deregistered", "persons", 26, "знято з обслуговування – 26", service="home_care")
    ong = f("support_ongoing", "persons", 147, "Станом на 31.12.2023 послугу отримують 147 осіб", service="home_care",
            alt=["served"])
    sv = f("services_provided", "services", 16834, "За рік надано 16 834 послуги догляду вдома", service="home_care")
    sa = f("staff_actual", "staff", 21, "Послугу надають 21 соціальний робітник", label="соціальні робітники")
    sp = f("staff_positions", "positions", 22.5, "при 22,5 штатної посади", label="соціальні робітники")
    tr = f("staff_trained", "staff", 8, "Протягом року 8 працівників пройшли навчання")
    resp = f("survey_respondents", "recipients", 27, "В анкетуванні взяли участь 27 отримувачів послуги (18,4 %",
             percent=18.4, unit_alt="persons", service="home_care")
    share_ids, rating_ids = {}, {}
    for name, val, lvl, crit, rid in CRIT:
        q = f"{name}\t{val}\t{lvl}"
        share_ids[crit] = f("share", "percent", dec(val), q, criterion=crit, alt=["satisfaction"], label=name)
        rating_ids[crit] = f("rating", "rating", rid, q, criterion=crit)
    aq = "\t".join(AVG)
    avg = f("share", "percent", 88.2, aq, criterion="overall", label="середній показник за критеріями",
            alt=["satisfaction"])
    avr = f("rating", "rating", "good", aq, criterion="overall", label="середній показник (таблиця 1)")
    ovr = f("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»",
            criterion="overall")
    cv2 = f("share", "percent", 74.1, "за критерієм «Зручність» (74,1 %)", criterion="convenience", alt=["satisfaction"],
            label="Зручність (повторно у висновках)")
    cp = f("complaints", "complaints", 0, "Скарг на якість надання послуги у 2023 році не надходило.")

    B = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    prof = share_ids["professionalism"]
    g.slip("percent_impossible", "error", "Професійність\t88,0\tдобре", 88.0, "85,2 or 88,9", [prof, resp],
           "with 27 respondents no whole count gives 88,0 % (23/27 = 85,2 %, 24/27 = 88,9 %); likely 88,9",
           f"grim_ok({prof}, {resp}, 1)")
    others = [share_ids[c] for c in share_ids if c != "professionalism"]
    g.check("percent_impossible", "Частку позитивних відповідей за кожним критерієм визначено як відношення кількості позитивних відповідей до кількості опитаних",
            "the other six shares are reachable with 27 respondents (26, 23, 22, 25, 20, 27 of 27)",
            "all([" + ", ".join(f"grim_ok({x}, {resp}, 1)" for x in others) + "])")
    g.check("rating_band", "Рівень якості визначено за шкалою: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно».",
            "each level matches the document's bands (74,1 → «задовільно», the others «добре»)",
            "all([" + ", ".join(f"band({share_ids[c]}, {B}) == {rating_ids[c]}" for c in share_ids)
            + f", band({avg}, {B}) == {avr}])")
    g.check("table_arithmetic", aq, "mean of the seven shares: 617,7 / 7 = 88,24 → 88,2",
            "round((" + " + ".join(share_ids.values()) + f") / 7, 1) == {avg}")
    g.check("internal_conflict", "за критерієм «Зручність» (74,1 %)", "the conclusions repeat the table's 74,1 %",
            f"{cv2} == {share_ids['convenience']}")
    g.check("parts_sum", "Протягом 2023 року послугу отримали 173 особи (жінок – 131, чоловіків – 42)",
            "131 + 42 = 173; 41 with disability ≤ 173", f"{w} + {m} == {srv} and {dis} <= {srv}")
    g.check("parts_sum", "На 01.01.2023 на обслуговуванні перебувало 139 осіб",
            "139 at the start + 34 taken = 173 served; 173 − 26 taken off = 147 at the end",
            f"139 + {new} == {srv} and {srv} - {de} == {ong}")
    g.check("percent_mismatch", "В анкетуванні взяли участь 27 отримувачів послуги (18,4 %",
            "27 / 147 = 18,37 % → 18,4", f"pct_ok(p{resp[1:]}, {resp}, {ong}, 1)")
    g.check("parts_sum", "Послугу надають 21 соціальний робітник при 22,5 штатної посади", "21 ≤ 22,5", f"{sa} <= {sp}")

    g.skip("35800, Рівненська обл., м. Острог, вул. Татарська, 9; тел. (03654) 0-23-61", [35800, 9, 3654, 2361],
           "postcode, address, phone")
    g.skip("ЄДРПОУ 43861025", [43861025], "ЄДРПОУ code")
    g.skip("наказу директора від 09.01.2024 № 3-ОД", [9, 1, 2024, 3], "order date and number")
    g.skip("робочою групою у складі 5 осіб у період з 15 по 26 січня 2024 року", [5, 15, 26, 2024],
           "working group size, assessment dates")
    g.skip("На 01.01.2023 на обслуговуванні перебувало 139 осіб", [1, 1, 2023, 139],
           "start-of-year count (used as a literal in the 139 + 34 = 173 check)")
    g.skip("Середній вік отримувачів – 78 років.", [78], "average age")
    g.skip("норматив навантаження – 8 отримувачів на 1 соціального робітника", [8, 1], "caseload norm (ratio)")
    g.skip("4 анкети заповнено за допомогою родичів", [4], "questionnaires filled with help; no §3 id")
    g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60],
           "rating bands (used in the rating_band check)")
    g.skip("Таблиця 1. Результати оцінки за критеріями", [1], "table number")
    g.skip("Рекомендації: 1) переглянути графік відвідування", [1], "recommendation number")
    g.skip("01.04.2024; 2) провести навчання соціальних робітників з питань безпеки в побуті – у II кварталі 2024 року",
           [1, 4, 2024, 2, 2024], "recommendation deadline and number")
    g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("1. Організація оцінки", [1, 2, 3, 4, 5], "section numbers 1.–5.")
    g.skip("Сторінка 1", [1, 2], "page footer")

    g.note("criteria table: each row gives a share (`share`, alt satisfaction, with criterion) and a level "
           "(`rating` with criterion); the «Середній показник» row is a share and a rating with criterion overall")
    g.note("the overall rating is written twice (table row «Середній показник» and «Загальна оцінка … – «добре»» in "
           "the conclusions): two facts; the convenience share 74,1 % is repeated in the conclusions: two facts")
    g.note("«Станом на 31.12.2023 послугу отримують 147 осіб» → support_ongoing (alt served); «На 01.01.2023 … 139» is a "
           "start-of-year count and is skipped, as in blind18")
    g.note("survey: 27 respondents with their percent of the 147 recipients at the year end; unit recipients (alt persons)")
    g.write()


if __name__ == "__main__":
    build(report_path(DOC))
    gold()
