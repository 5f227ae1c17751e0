"""b52_06: external quality assessment of social support (СЖО) provided in 2023 by the ЦСС of Менська міська рада
(Чернігівська), written by the oblast centre's commission. reportlab PDF (Liberation Sans) with a results table.
Slip: percent_impossible (45,8 % of 37 respondents; 17 of 37 is 45,9) — the same slip also breaks percents_sum
(45,8 + 43,2 + 10,8 = 99,8). One slip, two findings."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b52_06_mena_css_external2023.pdf"
ROWS = [("Взято під супровід у 2023 році", "34", "65,4"),
        ("Продовжено надання послуги з 2022 року", "18", "34,6"),
        ("Завершено надання послуги", "39", "75,0"),
        ("з них: подолано СЖО", "24", "61,5"),
        ("мінімізовано СЖО", "10", "25,6"),
        ("без позитивного результату", "5", "12,8"),
        ("Продовжено надання послуги у 2024 році", "13", "25,0")]
P1 = [
    ("h", "ЧЕРНІГІВСЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ"),
    ("h", "ЗВІТ<br/>про результати зовнішньої оцінки якості надання соціальної послуги соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, Центром соціальних служб Менської міської ради"),
    ("p", "Оцінку проведено на підставі наказу обласного центру від 15.01.2024 № 9 комісією у складі 3 осіб з 22 по 26 січня 2024 року. Період, що оцінювався: 01.01.2023 – 31.12.2023."),
    ("p", "Відомості про надавача: Центр соціальних служб Менської міської ради, 15600, Чернігівська обл., м. Мена, вул. Титаренка, 6, тел. (04644) 0-32-17, код ЄДРПОУ 43628159."),
    ("p", "Комісія вивчила 20 особових справ отримувачів, провела анкетування та співбесіди з 4 фахівцями із соціальної роботи, які надають послугу. Навантаження становить 13 сімей на одного фахівця."),
    ("p", "Оцінку потреб у 2023 році Центр здійснив для 61 сім'ї. Упродовж року послугу соціального супроводу отримували 52 сім'ї, у яких виховувалося 97 дітей; серед них 9 сімей внутрішньо переміщених осіб. Фахівцями надано 1 146 послуг у межах супроводу (відвідування, консультації, посередництво). Середня тривалість супроводу – 6,5 місяця."),
    ("p", "Таблиця. Результати надання послуги у 2023 році"),
]
P2 = [
    ("p", "Сім'ї, яким завершено надання послуги, виховують 71 дитину. Частки в таблиці обчислено від 52 сімей, для результатів – від 39 завершених випадків."),
    ("p", "В анкетуванні взяли участь 37 отримувачів послуги (71,2 % сімей, що отримували супровід). Повністю задоволені якістю послуги 45,8 % респондентів, частково задоволені – 43,2 %, не задоволені – 10,8 %."),
    ("p", "Протягом 2023 року до Центру надійшла одна скарга щодо несвоєчасного відвідування сім'ї, її розглянуто у встановлений строк. Усі 4 фахівці у 2023 році пройшли навчання з ведення випадку."),
    ("p", "Висновки. За критерієм «Доступність та відкритість» якість послуги оцінено як задовільну (інформація про послугу відсутня на сайті міської ради). Загальна оцінка якості надання послуги – «добре»."),
    ("p", "Рекомендації: розмістити інформацію про послугу на офіційному сайті до 01.04.2024; зменшити навантаження до 10 сімей на фахівця."),
    ("p", "Голова комісії&nbsp;&nbsp;&nbsp;&nbsp;________________&nbsp;&nbsp;&nbsp;&nbsp;31.01.2024"),
]


def build(path):
    register_fonts()
    body = ParagraphStyle("b", fontName="LSans", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
    head = ParagraphStyle("h", fontName="LSans-B", fontSize=11.5, leading=15, alignment=TA_CENTER, spaceAfter=8)
    story = []
    for k, t in P1:
        story.append(Paragraph(t, head if k == "h" else body))
    data = [["Показник", "Сімей", "%"]] + [list(r) for r in ROWS]
    tb = Table(data, colWidths=[110 * mm, 25 * mm, 25 * mm])
    tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSans"), ("FONTNAME", (0, 0), (-1, 0), "LSans-B"),
                            ("FONTSIZE", (0, 0), (-1, -1), 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("LEFTPADDING", (0, 4), (0, 6), 14)]))
    story += [tb, Spacer(1, 5 * mm)]
    for k, t in P2:
        story.append(Paragraph(t, body))
    SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                      title="Зовнішня оцінка", author="ОЦСС").build(story)


build(report_path(DOC))

g = Gold(DOC, {
    "centre": "Центр соціальних служб Менської міської ради",
    "centre_type": "css", "settlement": "Мена", "oblast": "Чернігівська",
    "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"})
f = g.f
SJO = "social_support_sjo"
R = ["\t".join(r) for r in ROWS]
na = f("needs_assessed", "families", 61, "Оцінку потреб у 2023 році Центр здійснив для 61 сім'ї")
sv = f("served", "families", 52, "послугу соціального супроводу отримували 52 сім'ї", service=SJO, alt=["support_ongoing"])
sc = f("served", "children", 97, "у яких виховувалося 97 дітей", service=SJO, parent=sv)
si = f("served", "families", 9, "серед них 9 сімей внутрішньо переміщених осіб", service=SJO,
       category="внутрішньо переміщені особи", parent=sv)
sp = f("services_provided", "services", 1146, "Фахівцями надано 1 146 послуг у межах супроводу", service=SJO)
t1 = f("support_started", "families", 34, R[0], percent=65.4, service=SJO, parent=sv, group="support_52_by_start")
t2 = f("served", "families", 18, R[1], percent=34.6, service=SJO, label="продовжено з 2022 року",
       alt=["support_ongoing"], parent=sv, group="support_52_by_start")
t3 = f("support_completed", "families", 39, R[2], percent=75, service=SJO, parent=sv, group="support_52_by_status")
t4 = f("outcome_positive", "families", 24, R[3], percent=61.5, service=SJO, parent=t3, group="completed_39_by_outcome")
t5 = f("outcome_minimized", "families", 10, R[4], percent=25.6, service=SJO, parent=t3, group="completed_39_by_outcome")
t6 = f("outcome_negative", "families", 5, R[5], percent=12.8, service=SJO, parent=t3, group="completed_39_by_outcome")
t7 = f("support_ongoing", "families", 13, R[6], percent=25, service=SJO, parent=sv, group="support_52_by_status")
tc = f("support_completed", "children", 71, "Сім'ї, яким завершено надання послуги, виховують 71 дитину", service=SJO,
       parent=t3)
rs = f("survey_respondents", "recipients", 37, "В анкетуванні взяли участь 37 отримувачів послуги", percent=71.2,
       service=SJO, unit_alt="persons")
q1 = f("satisfaction", "percent", 45.8, "Повністю задоволені якістю послуги 45,8 % респондентів", service=SJO,
       label="повністю задоволені", alt=["share"])
q2 = f("share", "percent", 43.2, "частково задоволені – 43,2 %", service=SJO, label="частково задоволені",
       alt=["satisfaction"])
q3 = f("share", "percent", 10.8, "не задоволені – 10,8 %", service=SJO, label="не задоволені")
cp = f("complaints", "complaints", 1, "до Центру надійшла одна скарга")
st = f("staff_trained", "staff", 4, "Усі 4 фахівці у 2023 році пройшли навчання з ведення випадку")
sa = f("staff_actual", "staff", 4, "співбесіди з 4 фахівцями із соціальної роботи, які надають послугу", service=SJO,
       uncertain=True)
r1 = f("rating", "rating", "satisfactory", "За критерієм «Доступність та відкритість» якість послуги оцінено як задовільну",
       criterion="accessibility", service=SJO)
r2 = f("rating", "rating", "good", "Загальна оцінка якості надання послуги – «добре»", criterion="overall", service=SJO)

g.slip("percent_impossible", "error", "Повністю задоволені якістю послуги 45,8 % респондентів", 45.8, 45.9, [q1, rs],
       "no whole number of the 37 respondents gives 45,8 % (16 → 43,2; 17 → 45,9)", f"grim_ok({q1}, {rs}, 1)", slip=1)
g.slip("percents_sum", "warning",
       "Повністю задоволені якістю послуги 45,8 % респондентів, частково задоволені – 43,2 %, не задоволені – 10,8 %.",
       99.8, 100, [q1, q2, q3],
       "the three answers partition the 37 respondents; 45,8 + 43,2 + 10,8 = 99,8, outside the ±0,15 that rounding to one decimal allows (with 45,9 it is 99,9)",
       f"psum_ok([{q1}, {q2}, {q3}], 1)", slip=1)
g.check("percent_impossible", "частково задоволені – 43,2 %, не задоволені – 10,8 %",
        "43,2 = 16/37 and 10,8 = 4/37", f"grim_ok({q2}, {rs}, 1) and grim_ok({q3}, {rs}, 1)")
g.check("percent_mismatch", "В анкетуванні взяли участь 37 отримувачів послуги (71,2 % сімей, що отримували супровід)",
        "37 / 52 = 71,15 → 71,2", f"pct_ok(p{rs[1:]}, {rs}, {sv}, 1)")
g.check("parts_sum", R[0], "34 started + 18 continued from 2022 = 52", f"{t1} + {t2} == {sv}")
g.check("parts_sum", R[2], "39 completed + 13 continued into 2024 = 52", f"{t3} + {t7} == {sv}")
g.check("parts_sum", R[3], "24 + 10 + 5 = 39", f"{t4} + {t5} + {t6} == {t3}")
g.check("percent_mismatch", "Таблиця. Результати надання послуги у 2023 році",
        "34, 18, 39, 13 of 52 and 24, 10, 5 of 39 give 65,4 / 34,6 / 75,0 / 25,0 and 61,5 / 25,6 / 12,8",
        " and ".join([f"pct_ok(p{x[1:]}, {x}, {sv}, 1)" for x in (t1, t2, t3, t7)] +
                     [f"pct_ok(p{x[1:]}, {x}, {t3}, 1)" for x in (t4, t5, t6)]))
g.check("percents_sum", R[3], "61,5 + 25,6 + 12,8 = 99,9; 65,4 + 34,6 = 100; 75,0 + 25,0 = 100",
        f"psum_ok([p{t4[1:]}, p{t5[1:]}, p{t6[1:]}], 1) and psum_ok([p{t1[1:]}, p{t2[1:]}], 1) and psum_ok([p{t3[1:]}, p{t7[1:]}], 1)")
g.check("parts_sum", "Сім'ї, яким завершено надання послуги, виховують 71 дитину", "71 ≤ 97 children; 9 IDP ≤ 52; the 34 started in 2023 ≤ 61 assessed in 2023 (the 18 from 2022 were assessed earlier)",
        f"{tc} <= {sc} and {si} <= {sv} and {t1} <= {na}")

g.skip("наказу обласного центру від 15.01.2024 № 9 комісією у складі 3 осіб з 22 по 26 січня 2024 року", [15, 1, 2024, 9, 3, 22, 26],
       "order date and number, commission size, assessment dates")
g.skip("Період, що оцінювався: 01.01.2023 – 31.12.2023.", [1, 1, 2023, 31, 12], "assessed period (meta)")
g.skip("15600, Чернігівська обл., м. Мена, вул. Титаренка, 6, тел. (04644) 0-32-17, код ЄДРПОУ 43628159",
       [15600, 6, 4644, 3217, 43628159], "postcode, address, phone, ЄДРПОУ")
g.skip("Комісія вивчила 20 особових справ отримувачів", [20], "case files examined (method)")
g.skip("Навантаження становить 13 сімей на одного фахівця.", [13], "ratio")
g.skip("Середня тривалість супроводу – 6,5 місяця.", [6.5], "duration")
g.skip("Частки в таблиці обчислено від 52 сімей, для результатів – від 39 завершених випадків.", [52, 39],
       "bases of the table's percentages (repeat the facts)")
g.skip("до 01.04.2024; зменшити навантаження до 10 сімей на фахівця", [1, 4, 2024, 10], "deadline, target ratio")
g.skip("31.01.2024", [31, 1, 2024], "signature date")
g.skip("Продовжено надання послуги з 2022 року", [2022, 2023, 2024], "years in the table's row names")
g.note("the assessor is the oblast centre; the subject (meta centre) is the assessed ЦСС of Менська міська рада")
g.note("the 52 families are read as served (alt support_ongoing); the table splits them two ways: by start (34 new + 18 from 2022) and by status at year end (39 completed + 13 continued into 2024)")
g.note("«Продовжено надання послуги у 2024 році» is a 2023 figure → support_ongoing")
g.note("«одна скарга» (a word) → complaints 1; «Усі 4 фахівці» → staff_trained 4; the 4 specialists interviewed → staff_actual 4 with service")
g.note("only the two ratings the text names are facts (accessibility «задовільну», overall «добре»)")
g.write()
