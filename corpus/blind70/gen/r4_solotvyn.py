"""b70_04: ЦСС Солотвинської селищної ради (Івано-Франківська), internal quality assessment of 2024.
reportlab PDF (Liberation Serif) with a criteria table (criterion / count / % / rating) and page footers."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b70_04_solotvyn_css_internal2024.pdf"

HEAD = ["ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ СОЛОТВИНСЬКОЇ СЕЛИЩНОЇ РАДИ",
        "77772, Івано-Франківська обл., Івано-Франківський р-н, селище Солотвин, вул. Галицька, 58; тел. (03471) 0-31-06; ЄДРПОУ 43561274"]
TITLE = "ЗВІТ про результати внутрішньої оцінки якості соціальних послуг, наданих у 2024 році"
P1 = [
    "Внутрішню оцінку проведено з 02 по 20 грудня 2024 року комісією у складі 3 осіб, створеною наказом директора Центру від 29.11.2024 № 48-од. Оцінювалися послуги консультування, соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, соціального супроводження прийомних сімей і ДБСТ та екстреного (кризового) втручання.",
    "Протягом 2024 року соціальні послуги Центру отримали 486 сімей/осіб, у яких виховується 702 дитини (у 2023 році – 451 сім'я/особа). Зокрема, послугу консультування надано 391 сім'ї/особі, соціального супроводу – 38 сім'ям, соціального супроводження прийомних сімей і ДБСТ – 9 сім'ям, екстреного (кризового) втручання – 48 особам.",
    "Центр отримав повідомлення про 64 сім'ї, які можуть перебувати у складних життєвих обставинах; оцінку потреб проведено 71 сім'ї. За її результатами у складних життєвих обставинах перебували 42 сім'ї.",
    "Під соціальним супроводом перебувало 38 сімей, серед них 14 сімей внутрішньо переміщених осіб. Упродовж року взято під супровід 21 сім'ю, решта 17 сімей продовжували отримувати послугу з 2023 року. Надання послуги завершено 25 сім'ям: складні життєві обставини подолано у 16 сім'ях, мінімізовано – у 6, результату не досягнуто у 3 сім'ях. Середня тривалість супроводу – 5,5 місяця.",
    "Для оцінки думки отримувачів проведено анонімне анкетування, у якому взяли участь 56 отримувачів послуг. Частку позитивних відповідей за кожним критерієм оцінено за шкалою: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно».",
]
TABLE_TITLE = "Таблиця 2. Результати оцінки за критеріями якості"
ROWS = [["Критерій", "Позитивних відповідей", "%", "Оцінка"],
        ["Адресність та індивідуальний підхід", "54", "96,4", "добре"],
        ["Результативність", "50", "89,3", "добре"],
        ["Своєчасність", "44", "78,6", "добре"],
        ["Доступність та відкритість", "53", "94,6", "добре"],
        ["Зручність", "48", "85,7", "добре"],
        ["Повага до гідності отримувача", "56", "100", "добре"],
        ["Професійність", "52", "92,9", "добре"]]
P2 = [
    "Скарг на якість надання соціальних послуг у 2024 році не надходило.",
    "Штатним розписом Центру передбачено 8 посад фахівців із соціальної роботи, фактично працює 7 фахівців. Підвищили кваліфікацію 5 фахівців (по 30 годин).",
    "Висновок: загальна оцінка якості соціальних послуг, наданих Центром у 2024 році, – «добре».",
    "Рекомендації: 1) скоротити строк взяття під супровід до 7 робочих днів; 2) до 01.03.2025 оновити інформаційні матеріали для ВПО.",
    "Голова комісії                                    (підпис)",
]


def footer(canvas, doc):
    canvas.setFont("LSerif", 9)
    canvas.drawCentredString(A4[0] / 2, 28, f"Сторінка {doc.page}")


def make(path):
    register_fonts()
    n = ParagraphStyle("n", fontName="LSerif", fontSize=11.5, leading=14.5, spaceAfter=6, alignment=4)
    h = ParagraphStyle("h", parent=n, fontName="LSerif-B", alignment=1)
    c = ParagraphStyle("c", parent=n, fontSize=10, leading=12, spaceAfter=0, alignment=0)
    story = [Paragraph(x, h) for x in HEAD] + [Spacer(1, 8), Paragraph(TITLE, h)]
    story += [Paragraph(x, n) for x in P1]
    story += [Paragraph(TABLE_TITLE, n)]
    data = [[Paragraph(v, c) for v in row] for row in ROWS]
    t = Table(data, colWidths=[200, 110, 60, 80])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(x, n) for x in P2]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=60, rightMargin=45, topMargin=45, bottomMargin=50,
                            invariant=1, title="Звіт внутрішня оцінка 2024", author="ЦСС")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def build():
    path = report_path(DOC)
    make(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Солотвинської селищної ради",
        "centre_type": "css", "settlement": "Солотвин", "oblast": "Івано-Франківська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    sv = f("served", "families_persons", 486, "соціальні послуги Центру отримали 486 сімей/осіб")
    ch = f("served", "children", 702, "у яких виховується 702 дитини", parent=sv)
    grp = "served_486_by_service"
    s1 = f("served", "families_persons", 391, "послугу консультування надано 391 сім'ї/особі", service="counselling",
           group=grp, parent=sv)
    s2 = f("served", "families", 38, "соціального супроводу – 38 сім'ям", service="social_support_sjo", group=grp,
           parent=sv, alt=["support_ongoing"])
    s3 = f("served", "families", 9, "соціального супроводження прийомних сімей і ДБСТ – 9 сім'ям",
           service="social_support_foster", group=grp, parent=sv)
    s4 = f("served", "persons", 48, "екстреного (кризового) втручання – 48 особам", service="crisis_intervention",
           group=grp, parent=sv)
    nt = f("notified", "families", 64, "Центр отримав повідомлення про 64 сім'ї")
    na = f("needs_assessed", "families", 71, "оцінку потреб проведено 71 сім'ї")
    dc = f("in_difficult_circumstances", "families", 42, "у складних життєвих обставинах перебували 42 сім'ї",
           parent=na)
    su = f("served", "families", 38, "Під соціальним супроводом перебувало 38 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    si = f("served", "families", 14, "серед них 14 сімей внутрішньо переміщених осіб", service="social_support_sjo",
           category="внутрішньо переміщені особи", parent=su)
    st = f("support_started", "families", 21, "Упродовж року взято під супровід 21 сім'ю", service="social_support_sjo",
           group="supported_38_by_start", parent=su)
    so = f("support_ongoing", "families", 17, "решта 17 сімей продовжували отримувати послугу з 2023 року",
           service="social_support_sjo", alt=["served"], label="продовжували з 2023 року",
           group="supported_38_by_start", parent=su,
           note="a 2024 figure that names 2023: families whose support began in 2023 and went on in 2024")
    sc = f("support_completed", "families", 25, "Надання послуги завершено 25 сім'ям", service="social_support_sjo",
           parent=su)
    o1 = f("outcome_positive", "families", 16, "складні життєві обставини подолано у 16 сім'ях",
           service="social_support_sjo", group="completed_25_by_result", parent=sc)
    o2 = f("outcome_minimized", "families", 6, "мінімізовано – у 6", service="social_support_sjo",
           group="completed_25_by_result", parent=sc)
    o3 = f("outcome_negative", "families", 3, "результату не досягнуто у 3 сім'ях", service="social_support_sjo",
           group="completed_25_by_result", parent=sc)
    rs = f("survey_respondents", "recipients", 56, "у якому взяли участь 56 отримувачів послуг", unit_alt="persons")
    rows = [("Адресність та індивідуальний підхід\t54\t96,4\tдобре", "targeting", 54, 96.4),
            ("Результативність\t50\t89,3\tдобре", "effectiveness", 50, 89.3),
            ("Своєчасність\t44\t78,6\tдобре", "timeliness", 44, 78.6),
            ("Доступність та відкритість\t53\t94,6\tдобре", "accessibility", 53, 94.6),
            ("Зручність\t48\t85,7\tдобре", "convenience", 48, 85.7),
            ("Повага до гідності отримувача\t56\t100\tдобре", "dignity", 56, 100),
            ("Професійність\t52\t92,9\tдобре", "professionalism", 52, 92.9)]
    tab = []
    for q, cr, k, pc in rows:
        a = f("share", "percent", pc, q, criterion=cr, label="частка позитивних відповідей", alt=["satisfaction"])
        b = f("rating", "rating", "good", q, criterion=cr)
        tab.append((a, b, k))
    cp = f("complaints", "complaints", 0, "Скарг на якість надання соціальних послуг у 2024 році не надходило.")
    pos = f("staff_positions", "positions", 8, "передбачено 8 посад фахівців із соціальної роботи")
    act = f("staff_actual", "staff", 7, "фактично працює 7 фахівців")
    trn = f("staff_trained", "staff", 5, "Підвищили кваліфікацію 5 фахівців")
    ov = f("rating", "rating", "good", "загальна оцінка якості соціальних послуг, наданих Центром у 2024 році, – «добре»",
           criterion="overall")

    BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    tm = tab[2]
    g.slip("rating_band", "error", "Своєчасність\t44\t78,6\tдобре", "good", "satisfactory", [tm[0], tm[1]],
           "Своєчасність has 78,6 % positive answers, which the document's own scale (80–100 % «добре», 60–79,9 % "
           "«задовільно») puts in «задовільно», but the table rates it «добре»",
           f"band({tm[0]}, {BANDS}) == {tm[1]}")
    ok = [t for t in tab if t is not tm]
    g.check("rating_band", "Частку позитивних відповідей за кожним критерієм оцінено за шкалою:",
            "the other six criteria (85,7–100 %) are in the 80–100 % band and rated «добре»",
            " and ".join(f"band({a}, {BANDS}) == {b}" for a, b, _ in ok))
    g.check("percent_mismatch", "Критерій\tПозитивних відповідей\t%\tОцінка",
            "each % equals positive answers (skipped counts, literals) / 56 respondents: 54→96,4; 50→89,3; 44→78,6; "
            "53→94,6; 48→85,7; 56→100; 52→92,9",
            " and ".join(f"pct_ok({a}, {k}, {rs}, 1)" for a, _, k in tab))
    g.check("parts_sum", "Зокрема, послугу консультування надано 391 сім'ї/особі",
            "391 + 38 + 9 + 48 = 486", f"{s1} + {s2} + {s3} + {s4} == {sv}")
    g.check("parts_sum", "Упродовж року взято під супровід 21 сім'ю, решта 17 сімей",
            "21 new + 17 continued = 38 under support; 14 IDP families ≤ 38", f"{st} + {so} == {su} and {si} <= {su}")
    g.check("parts_sum", "Надання послуги завершено 25 сім'ям", "16 + 6 + 3 = 25 ≤ 38",
            f"{o1} + {o2} + {o3} == {sc} and {sc} <= {su}")
    g.check("parts_sum", "За її результатами у складних життєвих обставинах перебували 42 сім'ї",
            "42 in СЖО ≤ 71 assessed", f"{dc} <= {na}")
    g.check("internal_conflict", "соціального супроводу – 38 сім'ям", "38 under support in the service list = 38 in the "
            "support paragraph", f"{s2} == {su}")
    g.check("parts_sum", "фактично працює 7 фахівців", "5 trained ≤ 7 working ≤ 8 positions", f"{trn} <= {act} <= {pos}")

    g.skip("77772, Івано-Франківська обл., Івано-Франківський р-н, селище Солотвин, вул. Галицька, 58; тел. (03471) 0-31-06; ЄДРПОУ 43561274",
           [77772, 58, 3471, 0, 31, 6, 43561274], "postcode, address, phone, ЄДРПОУ")
    g.skip("наданих у 2024 році", [2024], "report year")
    g.skip("Протягом 2024 року соціальні", [2024], "report year")
    g.skip("з 02 по 20 грудня 2024 року комісією у складі 3 осіб", [2, 20, 2024, 3], "assessment dates, commission size")
    g.skip("наказом директора Центру від 29.11.2024 № 48-од", [29, 11, 2024, 48], "order date and number")
    g.skip("(у 2023 році – 451 сім'я/особа)", [2023, 451], "prior-year figure")
    g.skip("Середня тривалість супроводу – 5,5 місяця.", [5.5], "duration")
    g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно».", [80, 100, 60, 79.9, 60],
           "rating bands")
    g.skip("Таблиця 2. Результати оцінки за критеріями якості", [2], "table number")
    g.skip("Адресність та індивідуальний підхід\t54\t96,4", [54, 50, 44, 53, 48, 56, 52],
           "counts of positive answers per criterion (no §3 id; literals in the percent check)")
    g.skip("(по 30 годин)", [30], "course duration")
    g.skip("1) скоротити строк взяття під супровід до 7 робочих днів; 2) до 01.03.2025", [1, 7, 2, 1, 3, 2025],
           "recommendation numbers, target, deadline")
    g.note("criterion shares → share with criterion (alt satisfaction); each table row gives a share and a rating")
    g.note("«решта 17 сімей продовжували отримувати послугу з 2023 року» → support_ongoing (alt served), a part of the 38 "
           "with the 21 taken in 2024")
    g.note("the overall rating is written once, in the conclusion → one rating fact with criterion overall")
    g.note("«486 сімей/осіб» → families_persons; «консультування … 391 сім'ї/особі» → families_persons")
    g.note("the 38 under support appears twice (service list and support paragraph) → two facts")
    g.note("the page footer «Сторінка 1» drawn by the generator does not come out in the read text")
    g.write()
    return g


if __name__ == "__main__":
    build()
