"""b37_06: external quality assessment of social support (СЖО) provided in 2024 by the ЦСС of
Липоводолинська селищна рада (Сумська), written by the council's social-protection department.
reportlab PDF (Liberation Serif), third person, a criteria/rating table, survey shares, two pages."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

from common import Gold, report_path, register_fonts

DOC = "b37_06_lypova_dolyna_css_external2024.pdf"

HEAD = ["ЛИПОВОДОЛИНСЬКА СЕЛИЩНА РАДА", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
        "42500, Сумська обл., Роменський р-н, смт Липова Долина, вул. Полтавська, 5, тел. (05452) 0-91-13"]
TITLE = "ЗВІТ<br/>про проведення зовнішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, наданої Центром соціальних служб Липоводолинської селищної ради у 2024 році"
B1 = [
    "Зовнішню оцінку проведено з 10 по 21 лютого 2025 року відповідно до розпорядження селищного голови від 31.01.2025 № 18-ОД комісією у складі 4 осіб. Оцінювався період з 01.01.2024 по 31.12.2024.",
    "<b>1. Загальні дані.</b> За даними Центру, у 2024 році послугу соціального супроводу отримувала 34 сім'ї, у яких виховується 78 дітей; серед них 9 сімей внутрішньо переміщених осіб. Протягом року під супровід взято 21 сім'ю. Завершено надання послуги 19 сім'ям: з позитивним результатом – 12, зі зменшенням негативного впливу обставин – 4, у зв'язку з відмовою отримувача – 3. На 2025 рік надання послуги продовжено 15 сім'ям.",
    "Послугу надають 4 фахівці із соціальної роботи (штатним розписом передбачено 5 посад); середнє навантаження становить 8,5 сім'ї на фахівця. Скарг від отримувачів послуги у 2024 році не надходило.",
    "<b>2. Методи оцінки.</b> Комісія вивчила 20 особових справ (58,8 % від загальної кількості), провела 6 співбесід з фахівцями та анкетування отримувачів. В анкетуванні взяли участь 37 членів сімей, які отримували послугу.",
    "<b>3. Результати анкетування.</b> Якістю послуги задоволені 91,9 % респондентів. 86,5 % зазначили, що фахівець приходить у погоджений час. Покращення ситуації в сім'ї після початку супроводу відзначили 45,5 % опитаних. Знають, куди звернутися зі скаргою, 78,4 % учасників анкетування.",
]
B2 = [
    "<b>4. Оцінка за критеріями.</b> Рівень якості за кожним критерієм визначено комісією за сукупністю даних справ, співбесід і анкет (таблиця 3).",
]
ROWS = [
    ("Критерій", "Рівень якості"),
    ("Адресність та індивідуальний підхід", "добре"),
    ("Результативність", "задовільно"),
    ("Своєчасність", "добре"),
    ("Доступність та відкритість", "добре"),
    ("Професійність", "добре"),
    ("Конфіденційність інформації", "добре"),
    ("Загальна оцінка", "добре"),
]
B3 = [
    "<b>5. Висновки.</b> Загальний рівень якості соціальної послуги соціального супроводу, наданої Центром у 2024 році, комісія оцінює як «добре». Результативність оцінено як «задовільно»: у частині сімей супровід припинено без досягнення мети.",
    "<b>6. Рекомендації.</b> До 30.06.2025 переглянути порядок повторної оцінки потреб; до кінця 2025 року укомплектувати 1 вакантну посаду; забезпечити участь фахівців у навчанні обсягом не менше 20 годин на рік.",
    "Звіт затверджено на засіданні комісії 24.02.2025 (протокол № 3).",
]
CRIT = {"Адресність та індивідуальний підхід": "targeting", "Результативність": "effectiveness",
        "Своєчасність": "timeliness", "Доступність та відкритість": "accessibility",
        "Професійність": "professionalism", "Конфіденційність інформації": "confidentiality",
        "Загальна оцінка": "overall"}
RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def build(path):
    register_fonts()
    n = ParagraphStyle("n", fontName="LSerif", fontSize=11, leading=14.5, spaceAfter=6, alignment=4,
                       firstLineIndent=10 * mm)
    c = ParagraphStyle("c", parent=n, alignment=1, firstLineIndent=0)
    t = ParagraphStyle("t", parent=c, fontName="LSerif-B", fontSize=12, leading=16, spaceAfter=10)
    cell = ParagraphStyle("cell", fontName="LSerif", fontSize=10.5, leading=13)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("LSerif", 9)
        canvas.drawCentredString(105 * mm, 10 * mm, f"Сторінка {doc.page} з 2")
        canvas.restoreState()

    from reportlab.pdfbase import pdfmetrics
    pdfmetrics.registerFontFamily("LSerif", normal="LSerif", bold="LSerif-B", italic="LSerif-I",
                                  boldItalic="LSerif-B")
    story = [Paragraph(h, c) for h in HEAD] + [Spacer(1, 8), Paragraph(TITLE, t)]
    story += [Paragraph(b, n) for b in B1] + [PageBreak()]
    story += [Paragraph(b, n) for b in B2]
    story.append(Paragraph("Таблиця 3", c))
    tab = Table([[Paragraph(x, cell) for x in r] for r in ROWS], colWidths=[95 * mm, 45 * mm])
    tab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [tab, Spacer(1, 8)] + [Paragraph(b, n) for b in B3]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Звіт зовнішньої оцінки",
                            author="ВСЗН")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Липоводолинської селищної ради",
        "centre_type": "css", "settlement": "Липова Долина", "oblast": "Сумська",
        "report_kind": "external_assessment",
        "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    srv = f("served", "families", 34, "у 2024 році послугу соціального супроводу отримувала 34 сім'ї",
            service="social_support_sjo", alt=["support_ongoing"])
    ch = f("served", "children", 78, "у яких виховується 78 дітей", service="social_support_sjo",
           alt=["support_ongoing"], parent=srv)
    idp = f("served", "families", 9, "серед них 9 сімей внутрішньо переміщених осіб", service="social_support_sjo",
            category="внутрішньо переміщені особи", parent=srv)
    st = f("support_started", "families", 21, "Протягом року під супровід взято 21 сім'ю",
           service="social_support_sjo", parent=srv)
    comp = f("support_completed", "families", 19, "Завершено надання послуги 19 сім'ям",
             service="social_support_sjo", parent=srv)
    o1 = f("outcome_positive", "families", 12, "з позитивним результатом – 12", service="social_support_sjo",
           group="completed_19_by_result", parent=comp)
    o2 = f("outcome_minimized", "families", 4, "зі зменшенням негативного впливу обставин – 4",
           service="social_support_sjo", group="completed_19_by_result", parent=comp)
    o3 = f("outcome_other", "families", 3, "у зв'язку з відмовою отримувача – 3", service="social_support_sjo",
           label="відмова отримувача", alt=["outcome_negative"], group="completed_19_by_result", parent=comp)
    ong = f("support_ongoing", "families", 15, "На 2025 рік надання послуги продовжено 15 сім'ям",
            service="social_support_sjo", parent=srv)
    act = f("staff_actual", "staff", 4, "Послугу надають 4 фахівці із соціальної роботи")
    pos = f("staff_positions", "positions", 5, "штатним розписом передбачено 5 посад")
    cpl = f("complaints", "complaints", 0, "Скарг від отримувачів послуги у 2024 році не надходило.")
    resp = f("survey_respondents", "persons", 37, "В анкетуванні взяли участь 37 членів сімей")
    s1 = f("satisfaction", "percent", 91.9, "Якістю послуги задоволені 91,9 % респондентів", alt=["share"])
    s2 = f("share", "percent", 86.5, "86,5 % зазначили, що фахівець приходить у погоджений час",
           label="фахівець приходить у погоджений час", criterion="timeliness", alt=["satisfaction"])
    s3 = f("share", "percent", 45.5, "Покращення ситуації в сім'ї після початку супроводу відзначили 45,5 % опитаних",
           label="покращення ситуації в сім'ї", criterion="effectiveness")
    s4 = f("share", "percent", 78.4, "Знають, куди звернутися зі скаргою, 78,4 % учасників анкетування",
           label="знають, куди звернутися зі скаргою", criterion="accessibility")
    rids = {}
    for crit, rat in ROWS[1:]:
        rids[CRIT[crit]] = f("rating", "rating", RATING[rat], f"{crit}\t{rat}", criterion=CRIT[crit])
    ov2 = f("rating", "rating", "good",
            "Загальний рівень якості соціальної послуги соціального супроводу, наданої Центром у 2024 році, комісія оцінює як «добре».",
            criterion="overall", note="overall rating of the table, repeated in the conclusions: two facts")
    eff2 = f("rating", "rating", "satisfactory", "Результативність оцінено як «задовільно»",
             criterion="effectiveness", note="repeat of the table row in the conclusions: two facts")

    g.slip("percent_impossible", "error",
           "Покращення ситуації в сім'ї після початку супроводу відзначили 45,5 % опитаних", 45.5,
           "43,2 (16 of 37) or 45,9 (17 of 37)", [s3, resp],
           "with 37 respondents no whole number of them gives 45,5 % (16 → 43,24 %, 17 → 45,95 %); the other three shares are reachable",
           f"grim_ok(f{n(s3)}, f{n(resp)}, 1)")
    g.check("percent_impossible", "Якістю послуги задоволені 91,9 % респондентів",
            "91,9 (34 of 37), 86,5 (32), 78,4 (29) are reachable with 37 respondents",
            f"grim_ok(f{n(s1)}, f{n(resp)}, 1) and grim_ok(f{n(s2)}, f{n(resp)}, 1) and grim_ok(f{n(s4)}, f{n(resp)}, 1)")
    g.check("parts_sum", "Завершено надання послуги 19 сім'ям: з позитивним результатом – 12, зі зменшенням негативного впливу обставин – 4, у зв'язку з відмовою отримувача – 3.",
            "12 + 4 + 3 = 19", f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(comp)}")
    g.check("parts_sum", "На 2025 рік надання послуги продовжено 15 сім'ям.",
            "19 completed + 15 continued = 34 served; 21 taken ≤ 34; 9 IDP families ≤ 34",
            f"f{n(comp)} + f{n(ong)} == f{n(srv)} and f{n(st)} <= f{n(srv)} and f{n(idp)} <= f{n(srv)}")
    g.check("percent_mismatch", "Комісія вивчила 20 особових справ (58,8 % від загальної кількості)",
            "20 case files of 34 families = 58,82 % → 58,8 (20 is a literal: case files have no §3 id)",
            f"pct_ok(58.8, 20, f{n(srv)}, 1)")
    g.check("internal_conflict", "Результативність оцінено як «задовільно»",
            "the ratings repeated in the conclusions agree with the table",
            f"f{n(ov2)} == f{n(rids['overall'])} and f{n(eff2)} == f{n(rids['effectiveness'])}")
    g.check("parts_sum", "Послугу надають 4 фахівці із соціальної роботи", "4 working ≤ 5 positions; 34 / 4 = 8,5 families per specialist as written",
            f"f{n(act)} <= f{n(pos)} and f{n(srv)} / f{n(act)} == 8.5")

    g.skip("42500, Сумська обл., Роменський р-н, смт Липова Долина, вул. Полтавська, 5, тел. (05452) 0-91-13",
           [42500, 5, 5452, 9113], "postcode, address, phone")
    g.skip("у 2024 році", [2024], "year of the title")
    g.skip("Зовнішню оцінку проведено з 10 по 21 лютого 2025 року відповідно до розпорядження селищного голови від 31.01.2025 № 18-ОД комісією у складі 4 осіб.",
           [10, 21, 2025, 31, 1, 2025, 18, 4], "assessment dates, order date and number, commission size")
    g.skip("Оцінювався період з 01.01.2024 по 31.12.2024.", [1, 1, 2024, 31, 12, 2024], "period dates")
    g.skip("середнє навантаження становить 8,5 сім'ї на фахівця", [8.5], "ratio")
    g.skip("Комісія вивчила 20 особових справ (58,8 % від загальної кількості), провела 6 співбесід з фахівцями",
           [20, 58.8, 6], "case files and interviews (no §3 id)")
    g.skip("1. Загальні дані.", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
    g.skip("(таблиця 3)", [3], "table number")
    g.skip("Таблиця 3", [3], "table number")
    g.skip("До 30.06.2025 переглянути порядок повторної оцінки потреб; до кінця 2025 року укомплектувати 1 вакантну посаду; забезпечити участь фахівців у навчанні обсягом не менше 20 годин на рік.",
           [30, 6, 2025, 2025, 1, 20], "recommendations: deadlines, vacancy, training hours")
    g.skip("Звіт затверджено на засіданні комісії 24.02.2025 (протокол № 3).", [24, 2, 2025, 3],
           "approval date, minutes number")
    g.skip("Сторінка 1 з 2", [1, 2], "page footer")
    g.note("meta centre is the provider whose service was assessed (the ЦСС); the report is written by the council's відділ соціального захисту населення")
    g.note("the survey shares are standalone percentages: «задоволені якістю» → satisfaction (alt share); the others → share with a label and the criterion they speak to")
    g.note("«у зв'язку з відмовою отримувача – 3» → outcome_other with label (alt outcome_negative); the conclusions call it «без досягнення мети»")
    g.note("the two ratings restated in the conclusions (overall, effectiveness) are facts a second time, as in blind18")
    g.note("«отримувала 34 сім'ї» for a year → served (alt support_ongoing)")
    g.write()


if __name__ == "__main__":
    main()
