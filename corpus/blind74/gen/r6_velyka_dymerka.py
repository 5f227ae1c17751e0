"""b74_06: external quality assessment of social support of families in СЖО provided in 2023 by the
ЦСС of Великодимерська селищна рада (Київська), written by the oblast ЦСС. DOCX, «довідка» with
numbered points, passive/impersonal voice with inverted word order, a survey table and a criteria
table."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

NAME = "b74_06_velyka_dymerka_css_external2023.docx"

doc = Document()
fix_docx_props(doc, "КОЦСС")
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(12)


def para(text, bold=False, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def table(rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            t.cell(i, j).text = c


para("КИЇВСЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ", bold=True, center=True)
para("ДОВІДКА\nза результатами зовнішньої оцінки якості надання соціальної послуги соціального "
     "супроводу сімей (осіб), які перебувають у складних життєвих обставинах, Центром соціальних "
     "служб Великодимерської селищної ради за 2023 рік", bold=True, center=True)
para("1. Оцінку проведено відповідно до наказу обласного центру від 04.03.2024 № 27-ОД у період "
     "з 11 по 15 березня 2024 року. Надавач: Центр соціальних служб Великодимерської селищної ради "
     "Броварського району Київської області, 07442, смт Велика Димерка, вул. Броварська, 31, "
     "тел. (04594) 0-63-27, ЄДРПОУ 42716609. Громада налічує 16 населених пунктів і близько "
     "21,9 тис. мешканців.")
para("2. Під соціальним супроводом у 2023 році перебувало 63 сім'ї, в яких виховувалася 141 дитина "
     "(у 2022 році – 58 сімей). Протягом року під супровід взято 21 сім'ю. Завершено супровід "
     "28 сімей: у 19 з них складні життєві обставини подолано, у 6 – мінімізовано, у 3 – "
     "результату не досягнуто. Продовжено надання послуги у 2024 році 35 сім'ям. Середня "
     "тривалість супроводу – 5 місяців, навантаження на одного фахівця – 9 сімей.")
para("3. Послугу надають 7 фахівців із соціальної роботи, штатом передбачено 8 посад. Скарг "
     "від отримувачів послуги за 2023 рік не надходило. Під час оцінки вивчено 25 особових справ "
     "та опитано 37 отримувачів послуги.")
para("4. На запитання «Чи покращилася ситуація у Вашій сім'ї після отримання послуги?» відповіді "
     "розподілилися так:")
table([["Варіант відповіді", "Частка опитаних, %"],
       ["так, суттєво", "54,1"],
       ["частково", "35,1"],
       ["ні", "10,8"]])
para("Задоволені ставленням фахівців 94,6 % опитаних; отримали послугу без затримок, у строки, "
     "визначені планом, – 83,5 % опитаних.")
para("5. Рівень дотримання критеріїв якості:")
table([["Критерій", "Рівень"],
       ["Адресність та індивідуальний підхід", "добре"],
       ["Доступність та відкритість", "задовільно"],
       ["Своєчасність", "задовільно"],
       ["Результативність", "добре"],
       ["Професійність", "добре"],
       ["Конфіденційність", "добре"]])
para("6. Висновок: якість надання послуги соціального супроводу оцінено на рівні «добре». "
     "Рекомендовано до 30.06.2024 запровадити виїзні прийоми у 4 старостинських округах.")

out = report_path(NAME)
doc.save(out)
freeze_zip(out)

g = Gold(NAME, {
    "centre": "Центр соціальних служб Великодимерської селищної ради",
    "centre_type": "css", "settlement": "Велика Димерка", "oblast": "Київська",
    "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"})
F = g.f
SS = "social_support_sjo"
f1 = F("served", "families", 63, "Під соціальним супроводом у 2023 році перебувало 63 сім'ї",
       service=SS, alt=["support_ongoing"])
f2 = F("served", "children", 141, "в яких виховувалася 141 дитина", service=SS,
       alt=["support_ongoing"], parent=f1)
f3 = F("support_started", "families", 21, "під супровід взято 21 сім'ю", service=SS, parent=f1)
f4 = F("support_completed", "families", 28, "Завершено супровід 28 сімей", service=SS, parent=f1)
f5 = F("outcome_positive", "families", 19, "у 19 з них складні життєві обставини подолано",
       service=SS, group="completed_28_by_result", parent=f4)
f6 = F("outcome_minimized", "families", 6, "у 6 – мінімізовано", service=SS,
       group="completed_28_by_result", parent=f4)
f7 = F("outcome_negative", "families", 3, "у 3 – результату не досягнуто", service=SS,
       group="completed_28_by_result", parent=f4)
f8 = F("support_ongoing", "families", 35, "Продовжено надання послуги у 2024 році 35 сім'ям",
       service=SS, parent=f1, note="a 2023 figure that names 2024")
f9 = F("staff_actual", "staff", 7, "Послугу надають 7 фахівців із соціальної роботи",
       label="фахівці із соціальної роботи")
f10 = F("staff_positions", "positions", 8, "штатом передбачено 8 посад")
f11 = F("complaints", "complaints", 0, "Скарг від отримувачів послуги за 2023 рік не надходило.",
        service=SS)
f12 = F("survey_respondents", "recipients", 37, "опитано 37 отримувачів послуги", unit_alt="persons",
        service=SS)
f13 = F("share", "percent", 54.1, "так, суттєво\t54,1", service=SS,
        label="ситуація в сім'ї суттєво покращилася", group="improved_answers",
        alt=["satisfaction"])
f14 = F("share", "percent", 35.1, "частково\t35,1", service=SS,
        label="ситуація в сім'ї частково покращилася", group="improved_answers")
f15 = F("share", "percent", 10.8, "ні\t10,8", service=SS, label="ситуація в сім'ї не покращилася",
        group="improved_answers")
f16 = F("satisfaction", "percent", 94.6, "Задоволені ставленням фахівців 94,6 % опитаних",
        service=SS, criterion="dignity", alt=["share"], label="задоволені ставленням фахівців")
f17 = F("share", "percent", 83.5, "отримали послугу без затримок, у строки, визначені планом, – "
        "83,5 % опитаних", service=SS, criterion="timeliness", alt=["satisfaction"],
        label="отримали послугу без затримок")
R = [("targeting", "Адресність та індивідуальний підхід\tдобре", "good"),
     ("accessibility", "Доступність та відкритість\tзадовільно", "satisfactory"),
     ("timeliness", "Своєчасність\tзадовільно", "satisfactory"),
     ("effectiveness", "Результативність\tдобре", "good"),
     ("professionalism", "Професійність\tдобре", "good"),
     ("confidentiality", "Конфіденційність\tдобре", "good")]
for c, q, v in R:
    F("rating", "rating", v, q, criterion=c, service=SS)
fo = F("rating", "rating", "good", "оцінено на рівні «добре»", criterion="overall", service=SS)

g.slip("percent_impossible", "error", "83,5 % опитаних", 83.5, "83,8 (31 of 37) or 81,1 (30 of 37)",
       [f17, f12], "no whole number of the 37 respondents gives 83,5 %: 30/37 = 81,1 %, 31/37 = 83,8 %",
       "grim_ok(f17, f12, 1)")
g.check("parts_sum", "Завершено супровід 28 сімей", "19 + 6 + 3 = 28", "f5 + f6 + f7 == f4")
g.check("parts_sum", "Продовжено надання послуги у 2024 році 35 сім'ям",
        "28 completed + 35 continued = 63 under support; 21 taken ≤ 63", "f4 + f8 == f1 and f3 <= f1")
g.check("percents_sum", "так, суттєво\t54,1", "54,1 + 35,1 + 10,8 = 100,0", "psum_ok([f13, f14, f15], 1)")
g.check("percent_impossible", "так, суттєво\t54,1", "54,1 / 35,1 / 10,8 % = 20 / 13 / 4 of 37",
        "grim_ok(f13, f12, 1) and grim_ok(f14, f12, 1) and grim_ok(f15, f12, 1)")
g.check("percent_impossible", "Задоволені ставленням фахівців 94,6 % опитаних", "94,6 % = 35 of 37",
        "grim_ok(f16, f12, 1)")
g.check("parts_sum", "штатом передбачено 8 посад", "7 ≤ 8", "f9 <= f10")

g.skip("Великодимерської селищної ради за 2023 рік", [2023], "period in the title")
g.skip("наказу обласного центру від 04.03.2024 № 27-ОД у період з 11 по 15 березня 2024 року",
       [4, 3, 2024, 27, 11, 15, 2024], "order date/number, assessment dates")
g.skip("07442, смт Велика Димерка, вул. Броварська, 31, тел. (04594) 0-63-27, ЄДРПОУ 42716609",
       [7442, 31, 4594, 6327, 42716609], "postcode, address, phone, ЄДРПОУ")
g.skip("Громада налічує 16 населених пунктів і близько 21,9 тис. мешканців.", [16, 21900],
       "settlement count, population")
g.skip("(у 2022 році – 58 сімей)", [2022, 58], "prior-year figure")
g.skip("Середня тривалість супроводу – 5 місяців, навантаження на одного фахівця – 9 сімей.",
       [5, 9], "duration, caseload ratio")
g.skip("вивчено 25 особових справ", [25], "case files reviewed (assessment method)")
g.skip("Рекомендовано до 30.06.2024 запровадити виїзні прийоми у 4 старостинських округах.",
       [30, 6, 2024, 4], "recommendation deadline, number of districts")
g.skip("1. Оцінку проведено", [1, 2, 3, 4, 5, 6], "point numbers")
g.note("the assessed provider is the ЦСС; the author (oblast ЦСС) is not the centre")
g.note("«Продовжено надання послуги у 2024 році 35 сім'ям» → support_ongoing (a 2023 figure)")
g.note("survey answers (так, суттєво / частково / ні) → share with labels, one group; the first "
       "has alt satisfaction. «Задоволені ставленням фахівців» → satisfaction, criterion dignity; "
       "«без затримок» → share, criterion timeliness")
g.note("the criteria table has ratings only (no percentages), so no rating_band check is possible")
g.write()
