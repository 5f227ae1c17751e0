"""b39_06: external assessment of social support (СЖО) provided in 2024 by the ЦНСП of Драбівська селищна рада (reportlab PDF, DejaVu)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph
from common import Gold, report_path

NAME = "b39_06_drabiv_cnsp_external2024.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"

HEAD = [
    "ВИКОНАВЧИЙ КОМІТЕТ ДРАБІВСЬКОЇ СЕЛИЩНОЇ РАДИ",
    "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ТА ОХОРОНИ ЗДОРОВ'Я",
    "19801, Черкаська обл., смт Драбів, вул. Центральна, 70, тел. (04738) 0-22-46",
]
TITLE = "ЗВІТ про проведення зовнішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, наданої Центром надання соціальних послуг Драбівської селищної ради у 2024 році"
BODY = [
    "Зовнішню оцінку проведено відповідно до наказу відділу від 03.02.2025 № 12 комісією у складі 4 осіб у період з 10 по 28 лютого 2025 року. Предмет оцінки – послуга соціального супроводу, яку Центр надання соціальних послуг Драбівської селищної ради (далі – ЦНСП; код ЄДРПОУ 44027813) надавав з 1 січня по 31 грудня 2024 року.",
    "1. Обсяги надання послуги. Згідно з даними журналу обліку, протягом 2024 року соціальний супровід здійснювався стосовно 47 сімей, у яких виховувалося 112 дітей; серед них 14 сімей внутрішньо переміщених осіб. Упродовж року під супровід взято 26 сімей. Завершено надання послуги 24 сім'ям, а саме: з позитивним результатом (складні життєві обставини подолано) – 17, з мінімізацією складних життєвих обставин – 4, у зв'язку зі зміною місця проживання – 3. На 31.12.2024 супровід триває для 23 сімей.",
    "Послугу надають 4 фахівці із соціальної роботи; середнє навантаження становить 11,8 сім'ї на одного фахівця при нормативі не більше 12. Комісія вибірково перевірила 20 особових справ (кожну другу–третю) і провела 9 спільних відвідувань сімей.",
    "2. Опитування отримувачів. Комісія опитала 31 отримувача послуги (66,0 % від кількості сімей, які отримували послугу). Про покращення становища сім'ї повідомили 24 опитаних, що становить 77,4 %. Скарг на дії фахівців ЦНСП у 2024 році не надходило.",
    "3. Оцінка за критеріями. За результатами аналізу документів, спостережень та опитування комісія дійшла таких оцінок:",
    "3.1. адресність та індивідуальний підхід – «добре»;",
    "3.2. результативність – «задовільно»: у 3 справах індивідуальні плани не переглядалися понад 6 місяців;",
    "3.3. своєчасність – «добре»;",
    "3.4. доступність та відкритість – «задовільно»;",
    "3.5. повага до гідності отримувача – «добре»;",
    "3.6. професійність – «добре»;",
    "3.7. конфіденційність інформації – «добре».",
    "Загальна оцінка якості послуги – «добре».",
    "4. Висновки. Протягом 2024 року соціальний супровід отримували 45 сімей; послуга відповідає Державному стандарту соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, якість надання послуги оцінено як «добре».",
    "5. Рекомендації: до 01.05.2025 переглянути індивідуальні плани в 3 справах; до кінця II кварталу 2025 року забезпечити проходження супервізії всіма 4 фахівцями; розглянути питання введення ще 1 посади фахівця із соціальної роботи.",
    "Голова комісії                              (підпис)",
    "Члени комісії:                              (підписи)",
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DV", 8)
    canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"{doc.page}")
    canvas.restoreState()


def build():
    for n, fn in (("DV", "DejaVuSans.ttf"), ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(n, DV + fn))
    head = ParagraphStyle("h", fontName="DVS-B", fontSize=10, leading=13, alignment=1)
    addr = ParagraphStyle("a", fontName="DV", fontSize=8.5, leading=11, alignment=1, spaceAfter=10)
    tit = ParagraphStyle("t", fontName="DVS-B", fontSize=11, leading=14, alignment=1, spaceAfter=10)
    body = ParagraphStyle("b", fontName="DVS", fontSize=10.5, leading=14, spaceAfter=5, alignment=4, firstLineIndent=8 * mm)
    story = [Paragraph(HEAD[0], head), Paragraph(HEAD[1], head), Paragraph(HEAD[2], addr), Paragraph(TITLE, tit)]
    story += [Paragraph(p, body) for p in BODY]
    doc = SimpleDocTemplate(report_path(NAME), pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, invariant=1,
                            title="Зовнішня оцінка якості", author="ВСЗН")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Драбівської селищної ради",
        "centre_type": "cnsp", "settlement": "Драбів", "oblast": "Черкаська",
        "report_kind": "external_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"centre": ["Відділ соціального захисту населення та охорони здоров'я виконавчого комітету Драбівської селищної ради"],
                  "centre_type": ["uszn"]})
    f = g.f
    S = "social_support_sjo"
    ss = f("served", "families", 47, "соціальний супровід здійснювався стосовно 47 сімей", service=S, alt=["support_ongoing"])
    ch = f("served", "children", 112, "у яких виховувалося 112 дітей", service=S, alt=["support_ongoing"], parent=ss)
    idp = f("served", "families", 14, "серед них 14 сімей внутрішньо переміщених осіб", service=S,
            category="внутрішньо переміщені особи", parent=ss)
    st = f("support_started", "families", 26, "Упродовж року під супровід взято 26 сімей", service=S, parent=ss)
    sc = f("support_completed", "families", 24, "Завершено надання послуги 24 сім'ям", service=S, parent=ss)
    o1 = f("outcome_positive", "families", 17, "з позитивним результатом (складні життєві обставини подолано) – 17", service=S,
           group="completed_24_by_result", parent=sc)
    o2 = f("outcome_minimized", "families", 4, "з мінімізацією складних життєвих обставин – 4", service=S,
           group="completed_24_by_result", parent=sc)
    o3 = f("outcome_other", "families", 3, "у зв'язку зі зміною місця проживання – 3", service=S, label="зміна місця проживання",
           group="completed_24_by_result", parent=sc)
    on = f("support_ongoing", "families", 23, "На 31.12.2024 супровід триває для 23 сімей", service=S)
    sw = f("staff_actual", "staff", 4, "Послугу надають 4 фахівці із соціальної роботи", label="фахівці із соціальної роботи")
    rs = f("survey_respondents", "recipients", 31, "Комісія опитала 31 отримувача послуги (66,0 %", percent=66.0, service=S,
           unit_alt="persons")
    imp = f("share", "percent", 77.4, "Про покращення становища сім'ї повідомили 24 опитаних, що становить 77,4 %",
            label="частка опитаних, які повідомили про покращення становища сім'ї", service=S)
    cp = f("complaints", "complaints", 0, "Скарг на дії фахівців ЦНСП у 2024 році не надходило")
    R = {}
    for crit, q, v in (("targeting", "3.1. адресність та індивідуальний підхід – «добре»", "good"),
                       ("effectiveness", "3.2. результативність – «задовільно»", "satisfactory"),
                       ("timeliness", "3.3. своєчасність – «добре»", "good"),
                       ("accessibility", "3.4. доступність та відкритість – «задовільно»", "satisfactory"),
                       ("dignity", "3.5. повага до гідності отримувача – «добре»", "good"),
                       ("professionalism", "3.6. професійність – «добре»", "good"),
                       ("confidentiality", "3.7. конфіденційність інформації – «добре»", "good")):
        R[crit] = f("rating", "rating", v, q, criterion=crit)
    ov = f("rating", "rating", "good", "Загальна оцінка якості послуги – «добре»", criterion="overall")
    ov2 = f("rating", "rating", "good", "якість надання послуги оцінено як «добре»", criterion="overall",
            note="the overall rating said again in the conclusions")
    c45 = f("served", "families", 45, "Протягом 2024 року соціальний супровід отримували 45 сімей", service=S, alt=["support_ongoing"],
            note="conflicts with the 47 of section 1 (planted slip)")

    g.slip("internal_conflict", "error", "Протягом 2024 року соціальний супровід отримували 45 сімей", 45, 47, [c45, ss],
           "section 1 says support was provided to 47 families in 2024 (and 24 completed + 23 continuing = 47); the conclusions say 45",
           f"{c45} == {ss}")
    g.check("parts_sum", "Завершено надання послуги 24 сім'ям, а саме", "17 + 4 + 3 = 24", f"{o1} + {o2} + {o3} == {sc}")
    g.check("parts_sum", "На 31.12.2024 супровід триває для 23 сімей", "47 − 24 completed = 23 continuing", f"{ss} - {sc} == {on}")
    g.check("parts_sum", "серед них 14 сімей внутрішньо переміщених осіб", "14 ≤ 47; 26 taken ≤ 47; 112 children ≥ 47 families",
            f"{idp} <= {ss} and {st} <= {ss} and {ch} >= {ss}")
    g.check("percent_mismatch", "Комісія опитала 31 отримувача послуги (66,0 %", "31 / 47 = 65,96 % → 66,0", f"pct_ok(p{rs[1:]}, {rs}, {ss}, 1)")
    g.check("percent_mismatch", "Про покращення становища сім'ї повідомили 24 опитаних, що становить 77,4 %",
            "24 of 31 = 77,42 % → 77,4 (24 is a literal: no §3 id)", f"pct_ok({imp}, 24, {rs}, 1)")
    g.check("parts_sum", "середнє навантаження становить 11,8 сім'ї на одного фахівця",
            "47 families / 4 specialists = 11,75 → 11,8 (ratio is skipped; literal)", f"round({ss} / {sw} + 1e-9, 1) == 11.8")
    g.check("internal_conflict", "якість надання послуги оцінено як «добре»", "overall rating agrees in section 3 and the conclusions", f"{ov} == {ov2}")
    g.skip("19801, Черкаська обл., смт Драбів, вул. Центральна, 70, тел. (04738) 0-22-46", [19801, 70, 4738, 2246], "postcode, address, phone")
    g.skip("наданої Центром надання соціальних послуг Драбівської селищної ради у 2024 році", [2024], "period year in the title")
    g.skip("наказу відділу від 03.02.2025 № 12 комісією у складі 4 осіб у період з 10 по 28 лютого 2025 року",
           [3, 2, 2025, 12, 4, 10, 28, 2025], "order date/number, commission size, assessment dates")
    g.skip("код ЄДРПОУ 44027813", [44027813], "ЄДРПОУ")
    g.skip("з 1 січня по 31 грудня 2024 року", [1, 31, 2024], "assessed period")
    g.skip("1. Обсяги надання послуги", [1, 2, 3, 4, 5], "section numbers 1.–5. and 3.1.–3.7.")
    g.skip("середнє навантаження становить 11,8 сім'ї на одного фахівця при нормативі не більше 12", [11.8, 12], "ratio and norm")
    g.skip("Комісія вибірково перевірила 20 особових справ (кожну другу–третю) і провела 9 спільних відвідувань сімей",
           [20, 9], "case files checked, visits (assessment method, no §3 id)")
    g.skip("Про покращення становища сім'ї повідомили 24 опитаних", [24], "count of respondents giving an answer (no §3 id); its share is the fact")
    g.skip("у 3 справах індивідуальні плани не переглядалися понад 6 місяців", [3, 6], "case count and duration")
    g.skip("до 01.05.2025 переглянути індивідуальні плани в 3 справах", [1, 5, 2025, 3], "recommendation deadline")
    g.skip("до кінця II кварталу 2025 року забезпечити проходження супервізії всіма 4 фахівцями", [2, 2025, 4], "deadline; the 4 repeats staff")
    g.skip("розглянути питання введення ще 1 посади", [1], "proposal")
    g.note("the report is written by the hromada's social-protection department about the ЦНСП's service: centre = the assessed provider (cnsp), the department accepted in meta_alt")
    g.note("all counts are of the one assessed service: service social_support_sjo on them; ratings carry only criterion (the service is the document's subject)")
    g.note("«здійснювався стосовно 47 сімей» and «отримували 45 сімей» → served (alt support_ongoing); the 45 is a second fact so the conflict has both sides")
    g.note("«66,0 %» is the respondents' share of the 47 families → percent of the survey_respondents row")
    g.note("the page numbers at the foot of each page are bare digits; not listed")
    g.write()


if __name__ == "__main__":
    build()
    gold()
