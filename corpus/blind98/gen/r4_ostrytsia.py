"""b98_04: КУ «ЦНСП» Острицької сільської ради (Чернівецька), internal quality assessment of services in 2023.
DOCX, impersonal voice, criteria table with the document's own rating bands."""
import docx
from docx.shared import Pt
from common import Gold, report_path, save_docx

DOC = "b98_04_ostrytsia_cnsp_internal2023.docx"

d = docx.Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(12)
P = d.add_paragraph
P("ЗАТВЕРДЖЕНО")
P("Наказ КУ «ЦНСП» Острицької сільської ради від 05.02.2024 № 9-ОД")
d.add_heading("ЗВІТ про проведення внутрішньої оцінки якості соціальних послуг, наданих "
              "комунальною установою «Центр надання соціальних послуг» Острицької сільської ради у 2023 році", level=1)
P("Внутрішню оцінку якості проведено з 15 по 31 січня 2024 року комісією у складі 5 осіб, утвореною наказом "
  "від 12.01.2024 № 4-ОД, відповідно до Порядку, затвердженого постановою Кабінету Міністрів України "
  "від 01.06.2020 № 449. Оцінювалася якість трьох соціальних послуг, наданих у 2023 році: консультування "
  "(214 отримувачів), догляду вдома (47 отримувачів) та соціального супроводу сімей, які перебувають у складних "
  "життєвих обставинах (18 сімей).")
d.add_heading("Методи оцінювання", level=2)
P("Проаналізовано 35 особових справ отримувачів, журнали обліку та індивідуальні плани. Анкетування "
  "пройшли 56 отримувачів соціальних послуг: консультування – 30, догляду вдома – 19, соціального супроводу – 7. "
  "Опитування проводилося анонімно, анкета містила 24 запитання.")
P("Рівень якості за кожним критерієм визначався за часткою позитивних відповідей: від 80 до 100 % – «добре», "
  "від 60 до 79 % – «задовільно», менше 60 % – «незадовільно».")
d.add_heading("Результати оцінювання", level=2)
P("Таблиця 2. Оцінка якості соціальних послуг за критеріями")
rows = [["Критерій", "Частка позитивних відповідей, %", "Оцінка"],
        ["Адресність та індивідуальний підхід", "92,9", "добре"],
        ["Результативність", "83,9", "добре"],
        ["Своєчасність", "89,3", "добре"],
        ["Доступність та відкритість", "78,6", "добре"],
        ["Зручність", "87,5", "добре"],
        ["Повага до гідності отримувача", "100,0", "добре"],
        ["Професійність", "94,6", "добре"],
        ["Конфіденційність інформації", "96,4", "добре"],
        ["Загальна оцінка (середній показник)", "90,4", "добре"]]
t = d.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        t.cell(i, j).text = c
P("")
P("Загалом якістю отриманих послуг задоволені 53 з 56 опитаних, що становить 94,6 %. Скарг на якість "
  "соціальних послуг у 2023 році не надходило; у скриньці пропозицій виявлено 2 пропозиції щодо графіка роботи.")
P("Серед отримувачів догляду вдома у 41 особи (87,2 %) стан самообслуговування покращився або залишився "
  "стабільним протягом року. Середній вік отримувачів цієї послуги – 78 років.")
P("Із 18 сімей, які перебували під соціальним супроводом, супровід завершено для 11 сімей: у 8 сім'ях – з "
  "позитивним результатом (72,7 %), у 3 сім'ях складні життєві обставини мінімізовано. Надання послуги "
  "продовжено на 2024 рік для 7 сімей.")
d.add_heading("Кадровий потенціал", level=2)
P("Соціальні послуги надають 12 фахівців, 10 з них мають вищу освіту. Протягом 2023 року 9 працівників "
  "пройшли навчання у Чернівецькому обласному центрі соціальних служб; стаж роботи у сфері становить від 1 до 22 років.")
d.add_heading("Висновки та рекомендації", level=2)
P("За результатами внутрішньої оцінки якість соціальних послуг, наданих Центром у 2023 році, визнано такою, "
  "що відповідає рівню «добре». Рекомендовано:")
for r in ["1) до 01.07.2024 облаштувати пандус біля входу до приміщення Центру;",
          "2) розмістити інформацію про послуги у 8 старостинських округах;",
          "3) у ІІ кварталі 2024 року провести повторне опитування отримувачів послуги консультування."]:
    P(r)
P("Голова комісії                                             (підпис)")
P("58012, Чернівецька обл., Чернівецький р-н, с. Остриця, вул. Головна, 96; тел. (03722) 0-44-70")

path = report_path(DOC)
save_docx(d, path, author="КУ ЦНСП")

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Острицької сільської ради",
    "centre_type": "cnsp", "settlement": "Остриця", "oblast": "Чернівецька",
    "report_kind": "internal_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Острицької сільської ради",
                "КУ «ЦНСП» Острицької сільської ради"],
     "settlement": ["Острицька сільська громада"]})
F = g.f
s1 = F("served", "recipients", 214, "(214 отримувачів)", service="counselling", unit_alt="persons")
s2 = F("served", "recipients", 47, "догляду вдома (47 отримувачів)", service="home_care", unit_alt="persons")
s3 = F("served", "families", 18, "життєвих обставинах (18 сімей)", service="social_support_sjo", alt=["support_ongoing"])
sv = F("survey_respondents", "recipients", 56, "пройшли 56 отримувачів соціальних послуг", unit_alt="persons")
sv1 = F("survey_respondents", "recipients", 30, "консультування – 30", service="counselling", unit_alt="persons",
        group="respondents_56", parent=sv)
sv2 = F("survey_respondents", "recipients", 19, "догляду вдома – 19", service="home_care", unit_alt="persons",
        group="respondents_56", parent=sv)
sv3 = F("survey_respondents", "recipients", 7, "соціального супроводу – 7", service="social_support_sjo",
        unit_alt="persons", group="respondents_56", parent=sv)
crit = [("targeting", "Адресність та індивідуальний підхід\t92,9\tдобре", 92.9),
        ("effectiveness", "Результативність\t83,9\tдобре", 83.9),
        ("timeliness", "Своєчасність\t89,3\tдобре", 89.3),
        ("accessibility", "Доступність та відкритість\t78,6\tдобре", 78.6),
        ("convenience", "Зручність\t87,5\tдобре", 87.5),
        ("dignity", "Повага до гідності отримувача\t100,0\tдобре", 100),
        ("professionalism", "Професійність\t94,6\tдобре", 94.6),
        ("confidentiality", "Конфіденційність інформації\t96,4\tдобре", 96.4)]
sh, rt = {}, {}
for c, q, v in crit:
    sh[c] = F("share", "percent", v, q, criterion=c, alt=["satisfaction"], label="частка позитивних відповідей")
    rt[c] = F("rating", "rating", "good", q, criterion=c)
ov_s = F("share", "percent", 90.4, "Загальна оцінка (середній показник)\t90,4\tдобре", criterion="overall",
         alt=["satisfaction"], label="середній показник позитивних відповідей")
ov_r = F("rating", "rating", "good", "Загальна оцінка (середній показник)\t90,4\tдобре", criterion="overall")
sat = F("satisfaction", "percent", 94.6, "що становить 94,6 %",
        note="53 of 56 satisfied: the 53 has no §3 id and is a literal in the check")
cpl = F("complaints", "complaints", 0, "Скарг на якість соціальних послуг у 2023 році не надходило")
imp = F("share", "percent", 87.2, "у 41 особи (87,2 %) стан самообслуговування покращився",
        service="home_care", label="отримувачі догляду вдома, у яких стан покращився або залишився стабільним",
        note="41 persons with no §3 id; the percentage is a share of the 47 home-care recipients")
s3b = F("served", "families", 18, "Із 18 сімей, які перебували під соціальним супроводом", service="social_support_sjo",
          alt=["support_ongoing"], note="the 18 families said again as the base of the outcomes: two facts")
sc = F("support_completed", "families", 11, "супровід завершено для 11 сімей", service="social_support_sjo", parent=s3)
op = F("outcome_positive", "families", 8, "у 8 сім'ях – з позитивним результатом (72,7 %)", percent=72.7, service="social_support_sjo",
       group="completed_11", parent=sc)
om = F("outcome_minimized", "families", 3, "у 3 сім'ях складні життєві обставини мінімізовано",
       service="social_support_sjo", group="completed_11", parent=sc)
so = F("support_ongoing", "families", 7, "продовжено на 2024 рік для 7 сімей", service="social_support_sjo", parent=s3)
st = F("staff_actual", "staff", 12, "Соціальні послуги надають 12 фахівців")
tr = F("staff_trained", "staff", 9, "Протягом 2023 року 9 працівників")
ov_r2 = F("rating", "rating", "good", "що відповідає рівню «добре»", criterion="overall",
          note="the overall rating said again in the conclusions: two facts")

n = lambda x: x[1:]
bands = "[(80, 100, 'good'), (60, 79.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
g.check("parts_sum", "консультування – 30, догляду вдома – 19, соціального супроводу – 7", "30 + 19 + 7 = 56",
        f"{sv1} + {sv2} + {sv3} == {sv}")
g.check("percent_impossible", "Адресність та індивідуальний підхід\t92,9\tдобре",
        "every criterion share is reachable with 56 respondents (52, 47, 50, 44, 49, 56, 53, 54 of 56)",
        "all([" + ", ".join(f"grim_ok({sh[c]}, {sv}, 1)" for c, _, _ in crit) + "])")
for c, q, v in crit:
    if c == "accessibility":
        continue
    g.check("rating_band", q, f"{v} % is in the 80–100 % band «добре»",
            f"band({sh[c]}, {bands}) == {rt[c]}")
g.check("rating_band", "Загальна оцінка (середній показник)\t90,4\tдобре", "90,4 % → «добре»",
        f"band({ov_s}, {bands}) == {ov_r}")
g.check("table_arithmetic", "Загальна оцінка (середній показник)\t90,4\tдобре",
        "mean of the eight criterion shares: 723,2 / 8 = 90,4",
        "abs(sum([" + ", ".join(sh[c] for c, _, _ in crit) + f"]) / 8 - {ov_s}) < 0.05")
g.check("percent_mismatch", "задоволені 53 з 56 опитаних, що становить 94,6 %", "53 / 56 = 94,64 % → 94,6",
        f"pct_ok({sat}, 53, {sv}, 1)")
g.check("percent_mismatch", "у 41 особи (87,2 %)", "41 / 47 = 87,23 % → 87,2 (41 is a literal)",
        f"pct_ok({imp}, 41, {s2}, 1)")
g.check("parts_sum", "супровід завершено для 11 сімей", "8 + 3 = 11; 11 completed + 7 continued = 18",
        f"{op} + {om} == {sc} and {sc} + {so} == {s3}")
g.check("percent_mismatch", "з позитивним результатом (72,7 %)", "8 / 11 = 72,73 % → 72,7",
        f"pct_ok(p{n(op)}, {op}, {sc}, 1)")
g.check("internal_conflict", "Із 18 сімей, які перебували під соціальним супроводом", "18 in both places", f"{s3b} == {s3}")
g.check("internal_conflict", "що відповідає рівню «добре»", "overall rating in the conclusions = table", f"{ov_r2} == {ov_r}")
g.check("parts_sum", "Протягом 2023 року 9 працівників", "9 trained ≤ 12 staff", f"{tr} <= {st}")

g.slip("rating_band", "error", "Доступність та відкритість\t78,6\tдобре", "good", "satisfactory",
       [sh["accessibility"], rt["accessibility"]],
       "78,6 % lies in the document's own band 60–79 % «задовільно», but the table rates the criterion «добре»",
       f"band({sh['accessibility']}, {bands}) == {rt['accessibility']}")

g.skip("Наказ КУ «ЦНСП» Острицької сільської ради від 05.02.2024 № 9-ОД", [5, 2, 2024, 9], "order date and number")
g.skip("соціальних послуг, наданих комунальною установою «Центр надання соціальних послуг» Острицької сільської ради у 2023 році",
       [2023], "year in the title")
g.skip("Внутрішню оцінку якості проведено з 15 по 31 січня 2024 року комісією у складі 5 осіб, утвореною наказом від 12.01.2024 № 4-ОД",
       [15, 31, 2024, 5, 12, 1, 4], "assessment dates, commission size, order")
g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "legal act")
g.skip("Оцінювалася якість трьох соціальних послуг", [3], "number of services assessed, in words")
g.skip("Проаналізовано 35 особових справ", [35], "case files: no §3 id")
g.skip("анкета містила 24 запитання", [24], "questionnaire size")
g.skip("від 80 до 100 % – «добре», від 60 до 79 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79, 60],
       "band definitions")
g.skip("Таблиця 2. Оцінка якості соціальних послуг за критеріями", [2], "table number")
g.skip("задоволені 53 з 56 опитаних", [53, 56], "53 satisfied: no §3 id (literal in a check); 56 repeats the respondents")
g.skip("виявлено 2 пропозиції щодо графіка роботи", [2], "suggestions: no §3 id")
g.skip("у 41 особи (87,2 %)", [41], "count with no §3 id; its percentage is the share fact")
g.skip("Середній вік отримувачів цієї послуги – 78 років.", [78], "age")
g.skip("10 з них мають вищу освіту", [10], "education: no §3 id")
g.skip("стаж роботи у сфері становить від 1 до 22 років", [1, 22], "length of service")
g.skip("1) до 01.07.2024 облаштувати пандус", [1, 1, 7, 2024], "recommendation number and deadline")
g.skip("2) розмістити інформацію про послуги у 8 старостинських округах", [2, 8], "recommendation number, number of districts")
g.skip("3) у ІІ кварталі 2024 року провести повторне опитування", [3, 2, 2024], "recommendation, future quarter")
g.skip("58012, Чернівецька обл., Чернівецький р-н, с. Остриця, вул. Головна, 96; тел. (03722) 0-44-70",
       [58012, 96, 3722, 4470], "postcode, address, phone")

g.note("oblast: the provider's name does not state it; the address line at the foot does («Чернівецька обл.»), so it is in meta")
g.note("criteria table: each row gives a share (share with criterion, alt satisfaction) and a rating; the overall row gives share 90,4 (criterion overall) and rating «добре»")
g.note("the overall rating is written twice (table and conclusions): two facts")
g.note("«(214 отримувачів)», «(47 отримувачів)» → served, unit recipients (unit_alt persons); «(18 сімей)» under support → served (alt support_ongoing)")
g.note("«Із 18 сімей, які перебували під соціальним супроводом» repeats the 18: two facts (blind18 convention for figures written twice); the outcomes hang on the first one")
g.note("bands are checked with band(); «від 60 до 79 %» is read as 60 ≤ x < 80")
g.note("planted slip: accessibility 78,6 % rated «добре» against the document's band 60–79 % «задовільно»")
g.write()
