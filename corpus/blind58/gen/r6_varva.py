"""b58_06: external quality assessment of social support provided in 2024 by the ЦСС Варвинської селищної ради
(Чернігівська), written by the oblast ЦСС. reportlab PDF (Liberation) with a criteria table."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

DOC = "b58_06_varva_css_external2024.pdf"
TOP = [
    ("c", "ЧЕРНІГІВСЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ"),
    ("s", "14000, м. Чернігів, вул. Реміснича, 17, тел. (0462) 0-65-04, код ЄДРПОУ 03189544"),
    ("h", "ЗВІТ<br/>про проведення зовнішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, наданої Центром соціальних служб Варвинської селищної ради у 2024 році"),
    ("p", "Оцінювання проведено 11–15 березня 2025 року відповідно до наказу обласного центру від 26.02.2025 № 41 комісією у складі 4 осіб. Оцінювався період з 01.01.2024 по 31.12.2024."),
    ("p", "У 2024 році соціальний супровід отримувала 42 сім'ї, в яких виховується 97 дітей. Комісія опрацювала 30 особових справ (71,4 % від загальної кількості), провела 6 виїздів за місцем проживання сімей та анкетування 23 отримувачів послуги. Якістю послуги задоволені 87,5 % анкетованих."),
    ("p", "Протягом року завершено надання послуги 17 сім'ям: у 11 з них складні життєві обставини подолано (64,7 %), у 4 – мінімізовано (23,5 %), 2 сім'ї відмовилися від послуги (11,8 %). На 31.12.2024 продовжували отримувати послугу 25 сімей. Середня тривалість супроводу – 5,2 місяця."),
    ("p", "Рівень якості визначено за шкалою: понад 85 % – «добре», від 60 % до 85 % – «задовільно», нижче 60 % – «незадовільно». Результати наведено в таблиці."),
]
TABLE = [["Критерій", "Показник, %", "Оцінка"],
         ["Адресність та індивідуальний підхід", "92", "добре"],
         ["Результативність", "88", "добре"],
         ["Своєчасність", "86", "добре"],
         ["Доступність та відкритість", "74", "задовільно"],
         ["Повага до гідності", "100", "добре"],
         ["Професійність", "91", "добре"],
         ["Конфіденційність", "96", "добре"],
         ["Загальна оцінка", "", "добре"]]
BOTTOM = [
    ("p", "Послугу надають 3 фахівці із соціальної роботи, 2 з них мають вищу освіту за спеціальністю «Соціальна робота». Скарг від отримувачів послуги у 2024 році не надходило."),
    ("p", "Рекомендації: 1) розмістити інформацію про послугу в 5 старостинських округах громади; 2) забезпечити складання плану супроводу не пізніше 7 робочих днів після оцінки потреб; 3) до 30.06.2025 підвищити кваліфікацію фахівців."),
    ("p", "Голова комісії                                    (підпис)"),
]


def footer(canv, doc):
    canv.setFont("LSans", 8)
    canv.drawCentredString(105 * mm, 10 * mm, f"Сторінка {doc.page} з 2")


def build(path):
    register_fonts()
    sty = {"c": ParagraphStyle("c", fontName="LSerif-B", fontSize=11, alignment=1, leading=14),
           "s": ParagraphStyle("s", fontName="LSerif", fontSize=9, alignment=1, leading=12, spaceAfter=12),
           "h": ParagraphStyle("h", fontName="LSerif-B", fontSize=12, alignment=1, leading=16, spaceAfter=10),
           "p": ParagraphStyle("p", fontName="LSerif", fontSize=13, leading=19, alignment=4, firstLineIndent=10 * mm,
                               spaceAfter=8)}
    story = [Paragraph(t, sty[k]) for k, t in TOP]
    tb = Table(TABLE, colWidths=[90 * mm, 35 * mm, 35 * mm])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 11), ("FONT", (0, 0), (-1, 0), "LSerif-B", 11),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story += [tb, Spacer(1, 8)] + [Paragraph(t, sty[k]) for k, t in BOTTOM]
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                          bottomMargin=20 * mm, invariant=1, title="Звіт про зовнішню оцінку", author="ОЦСС")
    d.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    build(report_path(DOC))
    g = Gold(DOC, {"centre": "Центр соціальних служб Варвинської селищної ради", "centre_type": "css",
                   "settlement": "Варва", "oblast": "Чернігівська", "report_kind": "external_assessment",
                   "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    n = lambda x: x[1:]
    sv = f("served", "families", 42, "У 2024 році соціальний супровід отримувала 42 сім'ї", service="social_support_sjo")
    f("served", "children", 97, "в яких виховується 97 дітей", service="social_support_sjo", parent=sv)
    rs = f("survey_respondents", "persons", 23, "анкетування 23 отримувачів послуги", unit_alt="recipients")
    sat = f("satisfaction", "percent", 87.5, "Якістю послуги задоволені 87,5 % анкетованих")
    c = f("support_completed", "families", 17, "завершено надання послуги 17 сім'ям", service="social_support_sjo", parent=sv,
          group="served_42_by_end_state")
    o1 = f("outcome_positive", "families", 11, "у 11 з них складні життєві обставини подолано (64,7 %)", percent=64.7,
           parent=c, group="completed_17_by_outcome")
    o2 = f("outcome_minimized", "families", 4, "у 4 – мінімізовано (23,5 %)", percent=23.5, parent=c, group="completed_17_by_outcome")
    o3 = f("outcome_other", "families", 2, "2 сім'ї відмовилися від послуги (11,8 %)", percent=11.8, label="відмовилися від послуги",
           parent=c, group="completed_17_by_outcome")
    on = f("support_ongoing", "families", 25, "На 31.12.2024 продовжували отримувати послугу 25 сімей", service="social_support_sjo",
           parent=sv, group="served_42_by_end_state")
    crit = [("targeting", "Адресність та індивідуальний підхід\t92\tдобре", 92, "good"),
            ("effectiveness", "Результативність\t88\tдобре", 88, "good"),
            ("timeliness", "Своєчасність\t86\tдобре", 86, "good"),
            ("accessibility", "Доступність та відкритість\t74\tзадовільно", 74, "satisfactory"),
            ("dignity", "Повага до гідності\t100\tдобре", 100, "good"),
            ("professionalism", "Професійність\t91\tдобре", 91, "good"),
            ("confidentiality", "Конфіденційність\t96\tдобре", 96, "good")]
    cids = []
    for cr, q, v, r in crit:
        cids.append((f("share", "percent", v, q, criterion=cr, alt=["satisfaction"], label="показник за критерієм"),
                     f("rating", "rating", r, q, criterion=cr), q))
    f("rating", "rating", "good", "Загальна оцінка\t\tдобре", criterion="overall")
    st = f("staff_actual", "staff", 3, "Послугу надають 3 фахівці із соціальної роботи")
    f("complaints", "complaints", 0, "Скарг від отримувачів послуги у 2024 році не надходило.")
    g.slip("percent_impossible", "error", "Якістю послуги задоволені 87,5 % анкетованих", 87.5, "86,96 (20 of 23) or 91,30 (21 of 23)",
           [sat, rs], "no whole number of the 23 respondents gives 87,5 % (20/23 = 86,96 %, 21/23 = 91,30 %); 87,5 % is 7 of 8 or 21 of 24",
           f"grim_ok(f{n(sat)}, f{n(rs)}, 1)")
    g.check("parts_sum", "Протягом року завершено надання послуги 17 сім'ям: у 11 з них", "11 + 4 + 2 = 17",
            f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(c)}")
    g.check("percent_mismatch", "у 11 з них складні життєві обставини подолано (64,7 %)", "11/17 = 64,71; 4/17 = 23,53; 2/17 = 11,76",
            f"pct_ok(p{n(o1)}, f{n(o1)}, f{n(c)}, 1) and pct_ok(p{n(o2)}, f{n(o2)}, f{n(c)}, 1) and pct_ok(p{n(o3)}, f{n(o3)}, f{n(c)}, 1)")
    g.check("percents_sum", "(64,7 %), у 4 – мінімізовано (23,5 %), 2 сім'ї відмовилися від послуги (11,8 %)", "64,7 + 23,5 + 11,8 = 100,0",
            f"psum_ok([p{n(o1)}, p{n(o2)}, p{n(o3)}], 1)")
    g.check("parts_sum", "На 31.12.2024 продовжували отримувати послугу 25 сімей", "17 completed + 25 continuing = 42",
            f"f{n(c)} + f{n(on)} == f{n(sv)}")
    g.check("percent_mismatch", "Комісія опрацювала 30 особових справ (71,4 % від загальної кількості)",
            "30 case files of 42 families = 71,43 % → 71,4 (30 is a literal: case files have no §3 id)", f"pct_ok(71.4, 30, f{n(sv)}, 1)")
    bands = "[(85.0001, 100, 'good'), (60, 85, 'satisfactory'), (0, 59.9999, 'unsatisfactory')]"
    for a, b, q in cids:
        g.check("rating_band", q, "rating agrees with the bands «понад 85 %» / «від 60 % до 85 %»", f"band(f{n(a)}, {bands}) == f{n(b)}")
    sk = g.skip
    sk("14000, м. Чернігів, вул. Реміснича, 17, тел. (0462) 0-65-04, код ЄДРПОУ 03189544", [14000, 17, 462, 6504, 3189544],
       "address, phone, ЄДРПОУ of the assessing oblast centre")
    sk("наданої Центром соціальних служб Варвинської селищної ради у 2024 році", [2024], "year")
    sk("Оцінювання проведено 11–15 березня 2025 року відповідно до наказу обласного центру від 26.02.2025 № 41 комісією у складі 4 осіб.",
       [11, 15, 2025, 26, 2, 2025, 41, 4], "assessment dates, order date/number, commission size")
    sk("Оцінювався період з 01.01.2024 по 31.12.2024.", [1, 1, 2024, 31, 12, 2024], "assessed period (meta)")
    sk("Комісія опрацювала 30 особових справ (71,4 % від загальної кількості), провела 6 виїздів", [30, 71.4, 6],
       "case files and visits of the commission: no §3 id (the commission's work, not the centre's); used in a check")
    sk("Середня тривалість супроводу – 5,2 місяця.", [5.2], "duration")
    sk("понад 85 % – «добре», від 60 % до 85 % – «задовільно», нижче 60 % – «незадовільно»", [85, 60, 85, 60], "rating bands")
    sk("2 з них мають вищу освіту", [2], "education of staff: no §3 id")
    sk("1) розмістити інформацію про послугу в 5 старостинських округах громади; 2) забезпечити складання плану супроводу не пізніше 7 робочих днів після оцінки потреб; 3) до 30.06.2025",
       [1, 5, 2, 7, 3, 30, 6, 2025], "recommendation numbers, number of districts, deadline days, date")
    g.note("the assessed provider is the Варва ЦСС (meta centre), not the oblast centre that wrote the report")
    g.note("the 30 case files, 6 visits and the 71,4 % are the commission's work, not the centre's figures → skipped; 71,4 % is still checked against the 42 families")
    g.note("bands: «понад 85 %» is good, so 85 itself would be satisfactory; no value sits on a boundary")
    g.note("«2 сім'ї відмовилися від послуги» → outcome_other with label")
    g.note("the page footer «Сторінка 1 з 2» of a one-page PDF is not printed by the reader")
    g.write()


if __name__ == "__main__":
    main()
