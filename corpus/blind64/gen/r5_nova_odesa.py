"""b64_05: ТЦСО Новоодеської міської ради (Миколаївська), internal quality assessment of home care and
day care, period 01.01–30.11.2024. reportlab PDF (Liberation), the commission's voice, band definitions,
a criteria table (share of positive answers / rating), conclusions. Slip: rating_band."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from common import Gold, report_path, register_fonts, read_text

DOC = "b64_05_nova_odesa_tcso_internal2024.pdf"

CRIT = [  # label, share, rating (uk), criterion id, rating id
    ("Адресність та індивідуальний підхід", "94,6", "добре", "targeting", "good"),
    ("Результативність", "87,8", "задовільно", "effectiveness", "satisfactory"),
    ("Своєчасність", "91,9", "добре", "timeliness", "good"),
    ("Доступність та відкритість", "85,1", "добре", "accessibility", "good"),
    ("Зручність", "93,2", "добре", "convenience", "good"),
    ("Повага до гідності отримувача", "98,6", "добре", "dignity", "good"),
    ("Професійність", "95,9", "добре", "professionalism", "good"),
    ("Загальна оцінка якості", "92,4", "добре", "overall", "good"),
]

P1 = [
    "<b>ЗВІТ</b>",
    "<b>про результати внутрішньої оцінки якості надання соціальних послуг догляду вдома та денного догляду "
    "Територіальним центром соціального обслуговування (надання соціальних послуг) Новоодеської міської ради</b>",
    "м. Нова Одеса, Миколаївська обл., вул. Центральна, 211, 56602; тел. (05167) 0-31-09; ЄДРПОУ 03193472",
    "Оцінювання проведено комісією у складі 5 осіб, утвореною наказом директора від 02.12.2024 № 87-ос, "
    "у період з 04.12.2024 по 20.12.2024. Оцінювався період з 01.01.2024 по 30.11.2024.",
    "1. Загальні відомості. Станом на 30.11.2024 послугу догляду вдома отримували 186 осіб, з них 109 мешкають "
    "у сільській місцевості (громада налічує 21 населений пункт). Послугу денного догляду отримували 41 особа. "
    "За оцінюваний період надано 21 604 послуги догляду вдома; оцінку індивідуальних потреб проведено 23 новим "
    "отримувачам. Середній вік отримувачів догляду вдома – 78 років.",
    "2. Методи. Опрацьовано 60 особових справ, проведено анкетування: опитано 74 отримувачі, "
    "з них 52 – отримувачі догляду вдома, 22 – денного догляду.",
    "Оцінка за кожним критерієм визначалася за часткою позитивних відповідей: 90–100 % – «добре», "
    "70–89,9 % – «задовільно», менше 70 % – «незадовільно».",
    "<i>Таблиця 2. Результати оцінювання за критеріями</i>",
]
P2 = [
    "3. Кадрове забезпечення. Штатним розписом передбачено 51 штатну одиницю, фактично працює 47 працівників, "
    "з них 38 соціальних робітників. Навантаження – 4–5 отримувачів на одного соціального робітника.",
    "4. Скарги. За оцінюваний період надійшла 1 скарга (щодо графіка відвідувань), розглянута у встановлений строк.",
    "5. Висновки. Загальна оцінка якості надання соціальних послуг – «добре». Рекомендовано до 01.03.2025 "
    "переглянути графіки відвідувань у 6 старостинських округах.",
    "Голова комісії ____________        Члени комісії: 4 підписи",
]


def build(path):
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6)
    head = ParagraphStyle("h", parent=body, alignment=1)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, invariant=1,
                            title="Внутрішня оцінка якості 2024", author="ТЦСО")
    story = [Paragraph(P1[0], head), Paragraph(P1[1], head)]
    story += [Paragraph(t, body) for t in P1[2:]]
    data = [["№", "Критерій", "Частка позитивних відповідей, %", "Оцінка"]]
    for i, (lab, sh, rt, _, _) in enumerate(CRIT, 1):
        data.append([str(i) if i < 8 else "", lab, sh, rt])
    tb = Table(data, colWidths=[10 * mm, 75 * mm, 50 * mm, 30 * mm])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10),
                            ("FONT", (0, -1), (-1, -1), "LSerif-B", 10),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [tb, Spacer(1, 8)]
    story += [Paragraph(t, body) for t in P2]

    def footer(c, d):
        c.setFont("LSans", 8)
        c.drawString(25 * mm, 10 * mm, f"Сторінка {d.page}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Новоодеської міської ради",
        "centre_type": "tcso", "settlement": "Нова Одеса", "oblast": "Миколаївська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-11-30"},
        meta_alt={"period_end": ["2024-12-31"]})
    f = g.f
    h = f("served", "persons", 186, "послугу догляду вдома отримували 186 осіб", service="home_care")
    f("served", "persons", 109, "з них 109 мешкають", service="home_care", category="мешканці сільської місцевості",
      parent=h)
    f("served", "persons", 41, "Послугу денного догляду отримували 41 особа", service="day_care")
    f("services_provided", "services", 21604, "надано 21 604 послуги догляду вдома", service="home_care")
    f("needs_assessed", "persons", 23, "оцінку індивідуальних потреб проведено 23 новим", unit_alt="recipients")
    sv = f("survey_respondents", "recipients", 74, "опитано 74 отримувачі", unit_alt="persons")
    s1 = f("survey_respondents", "recipients", 52, "з них 52 – отримувачі догляду вдома", service="home_care",
           group="survey_74_by_service", parent=sv, unit_alt="persons")
    s2 = f("survey_respondents", "recipients", 22, "22 – денного догляду", service="day_care",
           group="survey_74_by_service", parent=sv, unit_alt="persons")
    rows = []
    for lab, sh, rt, crit, rid in CRIT:
        q = next(l for l in text.split("\n") if lab in l and sh in l)
        v = float(sh.replace(",", "."))
        a = f("share", "percent", v, q, criterion=crit, label="частка позитивних відповідей", alt=["satisfaction"])
        b = f("rating", "rating", rid, q, criterion=crit)
        rows.append((lab, q, a, b))
    f("rating", "rating", "good", "Загальна оцінка якості надання соціальних послуг – «добре»", criterion="overall")
    sp = f("staff_positions", "positions", 51, "Штатним розписом передбачено 51 штатну одиницю")
    sa = f("staff_actual", "staff", 47, "фактично працює 47 працівників")
    sw = f("staff_actual", "staff", 38, "з них 38 соціальних робітників", label="соціальні робітники", parent=sa)
    f("complaints", "complaints", 1, "надійшла 1 скарга")

    B = "[(90, 100, 'good'), (70, 89.9, 'satisfactory'), (0, 69.9, 'unsatisfactory')]"
    bad = rows[3]
    g.slip("rating_band", "error", bad[1], "добре", "задовільно", [bad[2], bad[3]],
           "85,1 % lies in the document's own band 70–89,9 % «задовільно», but the criterion is rated «добре»",
           f"band({bad[2]}, {B}) == {bad[3]}")
    for lab, q, a, b in rows:
        if (lab, q, a, b) == bad:
            continue
        g.check("rating_band", q, f"{lab}: the share falls in the band of the rating given", f"band({a}, {B}) == {b}")
    crit_ids = [r[2] for r in rows[:7]]
    g.check("percent_impossible", rows[0][1],
            "each criterion share is reachable with 74 respondents (70, 65, 68, 63, 69, 73, 71 of 74)",
            " and ".join(f"grim_ok({a}, {sv}, 1)" for a in crit_ids))
    g.check("table_arithmetic", rows[7][1], "overall 92,4 = mean of the seven criterion shares (647,1 / 7 = 92,44)",
            f"round(({' + '.join(crit_ids)}) / 7, 1) == {rows[7][2]}")
    g.check("parts_sum", "опитано 74 отримувачі, з них 52 – отримувачі догляду вдома, 22 – денного догляду",
            "52 + 22 = 74", f"{s1} + {s2} == {sv}")
    g.check("parts_sum", "фактично працює 47 працівників", "38 ≤ 47 ≤ 51", f"{sw} <= {sa} <= {sp}")
    g.check("internal_conflict", "Загальна оцінка якості надання соціальних послуг – «добре»",
            "the overall rating in the conclusions agrees with the table", f"{rows[7][3]} == 'good'")

    sk = g.skip
    sk("вул. Центральна, 211, 56602; тел. (05167) 0-31-09; ЄДРПОУ 03193472", [211, 56602, 5167, 3109, 3193472],
       "address, postcode, phone, ЄДРПОУ")
    sk("комісією у складі 5 осіб", [5], "commission size")
    sk("наказом директора від 02.12.2024 № 87-ос", [2, 12, 2024, 87], "order date and number")
    sk("у період з 04.12.2024 по 20.12.2024", [4, 12, 2024, 20, 12, 2024], "assessment dates")
    sk("Оцінювався період з 01.01.2024 по 30.11.2024.", [1, 1, 2024, 30, 11, 2024], "assessed period")
    sk("Станом на 30.11.2024", [30, 11, 2024], "date")
    sk("(громада налічує 21 населений пункт)", [21], "settlement count")
    sk("Середній вік отримувачів догляду вдома – 78 років.", [78], "age")
    sk("Опрацьовано 60 особових справ", [60], "case files reviewed: no §3 id")
    sk("90–100 % – «добре», 70–89,9 % – «задовільно», менше 70 % – «незадовільно».", [90, 100, 70, 89.9, 70],
       "band definitions")
    sk("Таблиця 2. Результати оцінювання за критеріями", [2], "table number")
    sk("№\tКритерій", [1, 2, 3, 4, 5, 6, 7], "row numbers of the criteria table")
    sk("Навантаження – 4–5 отримувачів на одного соціального робітника.", [4, 5, 1], "ratio")
    sk("Рекомендовано до 01.03.2025 переглянути графіки відвідувань у 6 старостинських округах.", [1, 3, 2025, 6],
       "recommendation deadline and district count")
    sk("Члени комісії: 4 підписи", [4], "signatures")
    sk("1. Загальні відомості.", [1, 2, 3, 4, 5], "section numbers 1.–5.")

    g.note("criteria table: each row gives a share (share with criterion, alt satisfaction) and a rating; the overall row "
           "gives share and rating with criterion overall; the overall rating is written again in the conclusions (two facts)")
    g.note("period: the document says it assessed 01.01.2024–30.11.2024; meta_alt allows the calendar year end")
    g.note("the page footer «Сторінка N» is dropped by the reader, so it is not in the read text")
    g.note("«отримувачі» of the survey → recipients (unit_alt persons)")
    g.write()


if __name__ == "__main__":
    main()
