"""b69_06: external quality assessment of social support (соціальний супровід) provided in 2023 by
the Центр соціальних служб Устилузької міської ради (Волинська), written by the oblast centre of
social services. reportlab PDF (DejaVu fonts), third person, ratings as a prose list. No planted slip:
everything adds up."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph

from common import Gold, report_path, register_fonts

DOC = "b69_06_ustyluh_css_external2023.pdf"

PARAS = [
    ("c", "ВОЛИНСЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ"),
    ("r", "Вих. № 02-14/96 від 04.03.2024"),
    ("h", "ЗВІТ<br/>про проведення зовнішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, наданої Центром соціальних служб Устилузької міської ради у 2023 році"),
    ("p", "Оцінку проведено на підставі наказу обласного центру від 05.02.2024 № 21 у період з 12 по 23 лютого 2024 року робочою групою у складі 4 осіб."),
    ("p", "Надавач послуги: Центр соціальних служб Устилузької міської ради (44731, Волинська обл., Володимирський р-н, м. Устилуг, вул. Володимирська, 27; тел. (03342) 0-25-17; код ЄДРПОУ 43761925). Центр обслуговує 25 населених пунктів громади з населенням 13,2 тис. осіб."),
    ("b", "1. Показники надання послуги"),
    ("p", "Упродовж 2023 року фахівці Центру провели оцінку потреб 22 сімей, складні життєві обставини підтверджено у 19 з них. Під соціальним супроводом Центру перебувало 34 сім'ї, у яких виховувалось 82 дитини; серед них 11 сімей внутрішньо переміщених осіб. Протягом року під супровід взято 19 сімей, ще 15 сімей отримували послугу з 2022 року."),
    ("p", "Надання послуги завершено 21 сім'ї: з позитивним результатом (складні життєві обставини подолано) – 13 (61,9 %), складні життєві обставини мінімізовано – 5 (23,8 %), без результату – 1 (4,8 %), у зв'язку зі зміною місця проживання – 2 (9,5 %). На 2024 рік супровід продовжено 13 сім'ям."),
    ("p", "Тривалість супроводу, як правило, не перевищувала 6 місяців; у 4 випадках її продовжено до 9 місяців за рішенням мультидисциплінарної команди. Середнє навантаження – 7 сімей на одного фахівця."),
    ("b", "2. Методи оцінки"),
    ("p", "Робоча група вивчила 21 справу отримувачів (усі завершені випадки), провела співбесіди з 5 фахівцями Центру. В опитуванні взяли участь 26 отримувачів послуги; якістю послуги задоволені 88,5 % опитаних (23 особи)."),
    ("b", "3. Результати оцінки за критеріями"),
    ("p", "Адресність та індивідуальний підхід – «добре»; результативність – «задовільно»; своєчасність – «добре»; доступність та відкритість – «добре»; повага до гідності отримувача – «добре»; професійність – «добре»; конфіденційність інформації – «добре»."),
    ("p", "Загальна оцінка якості надання соціальної послуги соціального супроводу – «добре»."),
    ("b", "4. Кадрове забезпечення"),
    ("p", "Послугу надають 5 фахівців із соціальної роботи, 3 з них у 2023 році пройшли навчання з ведення випадку. Скарг від отримувачів послуги у 2023 році не надходило."),
    ("b", "5. Рекомендації"),
    ("p", "1) Розробити план заходів щодо підвищення результативності до 30.06.2024. 2) Забезпечити охоплення опитуванням не менше 50 % отримувачів."),
    ("p", "Керівник робочої групи&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;(підпис)"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DV", 8)
    canvas.drawCentredString(10.5 * cm, 1.2 * cm, f"Сторінка {doc.page} з 2")
    canvas.restoreState()


def build(path):
    register_fonts()
    st = {
        "c": ParagraphStyle("c", fontName="DVSerif-B", fontSize=11, leading=14, alignment=1, spaceAfter=4),
        "r": ParagraphStyle("r", fontName="DVSerif", fontSize=9.5, leading=12, alignment=2, spaceAfter=10),
        "h": ParagraphStyle("h", fontName="DVSerif-B", fontSize=11, leading=14, alignment=1, spaceAfter=10),
        "b": ParagraphStyle("b", fontName="DVSerif-B", fontSize=10.5, leading=13, spaceBefore=4, spaceAfter=4),
        "p": ParagraphStyle("p", fontName="DVSerif", fontSize=10.5, leading=14, alignment=4, spaceAfter=6,
                            firstLineIndent=1 * cm),
    }
    story = [Paragraph(t, st[k]) for k, t in PARAS]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm, topMargin=2 * cm,
                            bottomMargin=2.5 * cm, invariant=1, title="Зовнішня оцінка", author="ОЦСС")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Устилузької міської ради",
        "centre_type": "css",
        "settlement": "Устилуг",
        "oblast": "Волинська",
        "report_kind": "external_assessment",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    })
    S = "social_support_sjo"
    f1 = g.f("needs_assessed", "families", 22, "провели оцінку потреб 22 сімей")
    f2 = g.f("in_difficult_circumstances", "families", 19, "складні життєві обставини підтверджено у 19 з них", parent=f1)
    f3 = g.f("served", "families", 34, "Під соціальним супроводом Центру перебувало 34 сім'ї", service=S,
             alt=["support_ongoing"])
    g.f("served", "children", 82, "у яких виховувалось 82 дитини", service=S, alt=["support_ongoing"], parent=f3)
    g.f("served", "families", 11, "серед них 11 сімей внутрішньо переміщених осіб", service=S,
        category="внутрішньо переміщені особи", alt=["support_ongoing"], parent=f3)
    f6 = g.f("support_started", "families", 19, "Протягом року під супровід взято 19 сімей", service=S,
             group="sjo_34_by_start", parent=f3)
    f7 = g.f("served", "families", 15, "ще 15 сімей отримували послугу з 2022 року", service=S,
             label="отримували послугу з 2022 року", alt=["support_ongoing"], group="sjo_34_by_start", parent=f3)
    f8 = g.f("support_completed", "families", 21, "Надання послуги завершено 21 сім'ї", service=S, parent=f3)
    go = "completed_21_by_result"
    f9 = g.f("outcome_positive", "families", 13, "з позитивним результатом (складні життєві обставини подолано) – 13 (61,9 %)",
             percent=61.9, service=S, group=go, parent=f8)
    f10 = g.f("outcome_minimized", "families", 5, "складні життєві обставини мінімізовано – 5 (23,8 %)", percent=23.8,
              service=S, group=go, parent=f8)
    f11 = g.f("outcome_negative", "families", 1, "без результату – 1 (4,8 %)", percent=4.8, service=S, group=go,
              parent=f8)
    f12 = g.f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2 (9,5 %)", percent=9.5,
              service=S, label="зміна місця проживання", group=go, parent=f8)
    f13 = g.f("support_ongoing", "families", 13, "На 2024 рік супровід продовжено 13 сім'ям", service=S, parent=f3)
    f14 = g.f("survey_respondents", "recipients", 26, "В опитуванні взяли участь 26 отримувачів послуги",
              unit_alt="persons")
    f15 = g.f("satisfaction", "percent", 88.5, "якістю послуги задоволені 88,5 % опитаних (23 особи)", service=S)
    crit = [("targeting", "Адресність та індивідуальний підхід – «добре»", "good"),
            ("effectiveness", "результативність – «задовільно»", "satisfactory"),
            ("timeliness", "своєчасність – «добре»", "good"),
            ("accessibility", "доступність та відкритість – «добре»", "good"),
            ("dignity", "повага до гідності отримувача – «добре»", "good"),
            ("professionalism", "професійність – «добре»", "good"),
            ("confidentiality", "конфіденційність інформації – «добре»", "good")]
    for c, q, v in crit:
        g.f("rating", "rating", v, q, criterion=c, service=S)
    g.f("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги соціального супроводу – «добре»",
        criterion="overall", service=S)
    f24 = g.f("staff_actual", "staff", 5, "Послугу надають 5 фахівців із соціальної роботи")
    f25 = g.f("staff_trained", "staff", 3, "3 з них у 2023 році пройшли навчання з ведення випадку", parent=f24)
    g.f("complaints", "complaints", 0, "Скарг від отримувачів послуги у 2023 році не надходило.")

    g.check("parts_sum", "Протягом року під супровід взято 19 сімей, ще 15 сімей отримували послугу з 2022 року",
            "19 + 15 = 34", "f6 + f7 == f3")
    g.check("parts_sum", "Надання послуги завершено 21 сім'ї", "13 + 5 + 1 + 2 = 21", "f9 + f10 + f11 + f12 == f8")
    g.check("percent_mismatch", "з позитивним результатом (складні життєві обставини подолано) – 13 (61,9 %)",
            "13/21 = 61,90; 5/21 = 23,81; 1/21 = 4,76; 2/21 = 9,52",
            "pct_ok(p9, f9, f8, 1) and pct_ok(p10, f10, f8, 1) and pct_ok(p11, f11, f8, 1) and pct_ok(p12, f12, f8, 1)")
    g.check("percents_sum", "Надання послуги завершено 21 сім'ї", "61,9 + 23,8 + 4,8 + 9,5 = 100,0",
            "psum_ok([p9, p10, p11, p12], 1)")
    g.check("parts_sum", "На 2024 рік супровід продовжено 13 сім'ям", "34 − 21 = 13", "f3 - f8 == f13")
    g.check("percent_mismatch", "якістю послуги задоволені 88,5 % опитаних (23 особи)",
            "23 of 26 = 88,46 % → 88,5 (23 is used as a literal)", "pct_ok(f15, 23, f14, 1)")
    g.check("internal_conflict", "складні життєві обставини підтверджено у 19 з них",
            "19 families found in СЖО = 19 taken under support; 19 ≤ 22 assessed", "f2 == f6 and f2 <= f1")
    g.check("parts_sum", "3 з них у 2023 році пройшли навчання", "3 ≤ 5", "f25 <= f24")
    g.check("parts_sum", "Робоча група вивчила 21 справу отримувачів (усі завершені випадки)",
            "21 case files = the 21 completed cases (literal)", "21 == f8")

    g.skip("Вих. № 02-14/96 від 04.03.2024", [2, 14, 96, 4, 3, 2024], "outgoing number and date")
    g.skip("наказу обласного центру від 05.02.2024 № 21 у період з 12 по 23 лютого 2024 року робочою групою у складі 4 осіб",
           [5, 2, 2024, 21, 12, 23, 2024, 4], "order date/number, assessment dates, working group size")
    g.skip("44731, Волинська обл., Володимирський р-н, м. Устилуг, вул. Володимирська, 27; тел.",
           [44731, 27], "postcode, address")
    g.skip("(03342) 0-25-17; код ЄДРПОУ 43761925)", [3342, 2517, 43761925], "phone, ЄДРПОУ")
    g.skip("Центр обслуговує 25 населених пунктів громади з населенням 13,2 тис. осіб.", [25, 13200],
           "settlement and population counts")
    g.skip("ще 15 сімей отримували послугу з 2022 року", [2022], "year")
    g.skip("Тривалість супроводу, як правило, не перевищувала 6 місяців; у 4 випадках її продовжено до 9 місяців",
           [6, 4, 9], "durations and a count of extensions (no §3 id)")
    g.skip("Середнє навантаження – 7 сімей на одного фахівця.", [7], "ratio")
    g.skip("Робоча група вивчила 21 справу отримувачів (усі завершені випадки), провела співбесіди з 5 фахівцями Центру.",
           [21, 5], "assessment methods: case files and staff interviews")
    g.skip("(23 особи)", [23], "count of satisfied respondents (no §3 id); used as a literal in a check")
    g.skip("1) Розробити план заходів щодо підвищення результативності до 30.06.2024.", [1, 30, 6, 2024],
           "recommendation: item number, deadline")
    g.skip("2) Забезпечити охоплення опитуванням не менше 50 % отримувачів.", [2, 50],
           "recommendation: item number, target share")
    g.skip("1. Показники надання послуги", [1, 2, 3, 4, 5], "section numbers")

    g.note("the report is written by the oblast centre but is about the Устилуг ЦСС: meta centre is the provider assessed; period is the assessed year 2023")
    g.note("ratings are written as a prose list, one fact per criterion with service social_support_sjo")
    g.note("«перебувало під супроводом» → served (alt support_ongoing); «отримували послугу з 2022 року» → served labelled (alt support_ongoing)")
    g.note("«повага до гідності отримувача» → dignity; «конфіденційність інформації» → confidentiality")
    g.note("satisfaction 88,5 % is a standalone percentage; the 23 persons behind it have no §3 id and are skipped")
    g.write()


if __name__ == "__main__":
    main()
