"""b23_03: ЦНСП Южноукраїнської міської ради (Миколаївська), internal quality assessment for 2023.

Plain text in windows-1251 with CRLF, a centred and space-padded heading, hard-wrapped lines and
numbered sub-items 2.1.–3.2.; criteria as a dash list with shares and ratings; the document's own bands.
Planted slips: (1) rating_band — «зручність – 67,6 % («добре»)» while the text's band for «добре» is
80–100 %; (2) percent_impossible — «задоволені 85,0 % опитаних» of 37 respondents (k/37 gives 83,8 or 86,5).
"""
from common import Gold, report_path, write_text

DOC = "b23_03_yuzhnoukrainsk_cnsp_internal2023.txt"

TEXT = """\
          ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ ЮЖНОУКРАЇНСЬКОЇ МІСЬКОЇ РАДИ
     55002, Миколаївська обл., м. Южноукраїнськ, просп. Незалежності, 9
       тел. (05136) 0-52-18, e-mail: cnsp.yu@example.ua, ЄДРПОУ 43907126

                                   ЗВІТ
         про проведення внутрішньої оцінки якості надання соціальних
                            послуг за 2023 рік

1. Загальні положення

Внутрішню оцінку якості проведено відповідно до наказу директора
Центру від 15.11.2023 № 87-од у період з 20.11.2023 по 08.12.2023
комісією у складі 5 осіб. Оцінювалися дві соціальні послуги: догляд
вдома та консультування. Центр обслуговує мешканців громади з
населенням понад 33 тис. осіб.

Методи: аналіз особових справ отримувачів (вибірково 30 справ),
анкетування, спостереження, бесіди з працівниками.

Шкала оцінювання (за часткою позитивних відповідей):
80-100 % - «добре»; 60-79,9 % - «задовільно»; менше 60 % - «незадовільно».

2. Послуга догляду вдома

2.1. У 2023 році послугу догляду вдома отримували 164 особи:
121 жінка та 43 чоловіки; серед них 23 особи з інвалідністю I групи.
Станом на 01.01.2023 на обслуговуванні перебувало 125 осіб.
Протягом року надійшло 58 заяв про надання послуги, проведено
оцінювання потреб 56 осіб, взято на обслуговування 39 осіб, знято
з обслуговування 25 осіб. На 01.01.2024 послугу отримують 139 осіб.
Середній вік отримувачів - 78 років.

2.2. Послугу надають 29 соціальних робітників (штатна чисельність
відділення - 31 посада). Навантаження - 5-6 отримувачів на одного
працівника, найвіддаленіший отримувач проживає за 7 км від Центру.

2.3. В анкетуванні взяли участь 37 отримувачів послуги. Частка
позитивних відповідей за критеріями:
- адресність та індивідуальний підхід - 91,9 % («добре»);
- результативність - 81,1 % («добре»);
- своєчасність - 94,6 % («добре»);
- доступність та відкритість - 86,5 % («добре»);
- зручність - 67,6 % («добре»);
- повага до гідності - 100 % («добре»);
- професійність - 89,2 % («добре»).
Якістю послуги в цілому задоволені 85,0 % опитаних.
Загальна оцінка якості послуги догляду вдома - «добре».

2.4. За 2023 рік надійшла 1 скарга (щодо графіка відвідувань), її
розглянуто у встановлений строк, факти частково підтвердилися.

3. Послуга консультування

3.1. Консультування надано 1 318 особам, проведено 2 075 консультацій
(у 2022 році - 1 764 консультації).

3.2. Опитано 52 отримувачі, з них 48 (92,3 %) оцінили послугу
позитивно. Загальна оцінка якості послуги консультування - «добре».

4. Рекомендації

4.1. Облаштувати зручне місце очікування для відвідувачів до 01.04.2024.
4.2. Переглянути графіки відвідування отримувачів у 3 мікрорайонах.
4.3. Провести повторне анкетування у ІІ кварталі 2024 року.

Директор (підпис)                           Голова комісії (підпис)
12.12.2023
"""

write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Южноукраїнської міської ради",
    "centre_type": "cnsp",
    "settlement": "Южноукраїнськ",
    "oblast": "Миколаївська",
    "report_kind": "internal_assessment",
    "period_start": "2023-01-01",
    "period_end": "2023-12-31",
})
f = g.f
hc = f("served", "persons", 164, "У 2023 році послугу догляду вдома отримували 164 особи", service="home_care")
w = f("served", "persons", 121, "121 жінка та 43 чоловіки", service="home_care", category="жінки",
      group="home_care_164_by_sex", parent=hc)
m = f("served", "persons", 43, "121 жінка та 43 чоловіки", service="home_care", category="чоловіки",
      group="home_care_164_by_sex", parent=hc)
dis = f("served", "persons", 23, "серед них 23 особи з інвалідністю I групи", service="home_care",
        category="особи з інвалідністю I групи", parent=hc)
ap = f("applied", "applications", 58, "надійшло 58 заяв про надання послуги", service="home_care")
na = f("needs_assessed", "persons", 56, "оцінювання потреб 56 осіб", service="home_care")
tk = f("served", "persons", 39, "взято на обслуговування 39 осіб", service="home_care",
       label="взято на обслуговування", alt=["registered_new", "support_started"], parent=hc)
dr = f("deregistered", "persons", 25, "з обслуговування 25 осіб", service="home_care")
on = f("support_ongoing", "persons", 139, "На 01.01.2024 послугу отримують 139 осіб", service="home_care")
sw = f("staff_actual", "staff", 29, "Послугу надають 29 соціальних робітників", label="соціальні робітники")
pos = f("staff_positions", "positions", 31, "штатна чисельність\nвідділення - 31 посада",
        label="відділення соціальної допомоги вдома")
sv = f("survey_respondents", "recipients", 37, "В анкетуванні взяли участь 37 отримувачів послуги",
       unit_alt="persons", service="home_care")
CRIT = [
    ("targeting", "адресність та індивідуальний підхід - 91,9 % («добре»)", 91.9),
    ("effectiveness", "результативність - 81,1 % («добре»)", 81.1),
    ("timeliness", "своєчасність - 94,6 % («добре»)", 94.6),
    ("accessibility", "доступність та відкритість - 86,5 % («добре»)", 86.5),
    ("convenience", "зручність - 67,6 % («добре»)", 67.6),
    ("dignity", "повага до гідності - 100 % («добре»)", 100),
    ("professionalism", "професійність - 89,2 % («добре»)", 89.2),
]
SH, RT = {}, {}
for crit, q, v in CRIT:
    SH[crit] = f("share", "percent", v, q, criterion=crit, label="частка позитивних відповідей",
                 alt=["satisfaction"])
    RT[crit] = f("rating", "rating", "good", q, criterion=crit)
sat = f("satisfaction", "percent", 85, "Якістю послуги в цілому задоволені 85,0 % опитаних",
        label="догляд вдома", note="written 85,0")
r_hc = f("rating", "rating", "good", "Загальна оцінка якості послуги догляду вдома - «добре»",
         criterion="overall", label="догляд вдома")
cp = f("complaints", "complaints", 1, "За 2023 рік надійшла 1 скарга")
cs = f("served", "persons", 1318, "Консультування надано 1 318 особам", service="counselling")
cn = f("services_provided", "services", 2075, "проведено 2 075 консультацій", service="counselling")
sv2 = f("survey_respondents", "recipients", 52, "Опитано 52 отримувачі", unit_alt="persons", service="counselling")
sat2 = f("satisfaction", "percent", 92.3, "з них 48 (92,3 %) оцінили послугу", label="консультування",
         alt=["share"])
r_cs = f("rating", "rating", "good", "Загальна оцінка якості послуги консультування - «добре»",
         criterion="overall", label="консультування")

BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
g.slip("rating_band", "error", "зручність - 67,6 % («добре»)", reported="good", expected="satisfactory",
       fact_ids=[SH["convenience"], RT["convenience"]],
       note="the document's own scale: 80–100 % «добре», 60–79,9 % «задовільно»; 67,6 % falls in «задовільно» "
            "but is rated «добре»",
       verify=f"band({SH['convenience']}, {BANDS}) == {RT['convenience']}", slip=1)
g.slip("percent_impossible", "error", "Якістю послуги в цілому задоволені 85,0 % опитаних.", reported=85.0,
       expected="83,8 (31 of 37) or 86,5 (32 of 37)", fact_ids=[sat, sv],
       note="GRIM: with 37 respondents no whole count gives 85,0 % at one decimal (31/37 = 83,78, "
            "32/37 = 86,49)",
       verify=f"grim_ok({sat}, {sv}, 1)", slip=2)
g.check("parts_sum", "121 жінка та 43 чоловіки", "121 + 43 = 164; 23 ≤ 164", f"{w} + {m} == {hc} and {dis} <= {hc}")
g.check("parts_sum", "На 01.01.2024 послугу отримують 139 осіб",
        "125 at the start + 39 taken = 164 served; 164 − 25 removed = 139 at the end",
        f"125 + {tk} == {hc} and {hc} - {dr} == {on}")
g.check("parts_sum", "взято на обслуговування 39 осіб", "39 taken ≤ 56 assessed ≤ 58 applications",
        f"{tk} <= {na} <= {ap}")
g.check("parts_sum", "Послугу надають 29 соціальних робітників", "29 ≤ 31 positions", f"{sw} <= {pos}")
g.check("rating_band", "адресність та індивідуальний підхід - 91,9 % («добре»)",
        "the six other criteria lie in 80–100 % and are rated «добре»",
        "all([" + ", ".join(f"band({SH[c]}, {BANDS}) == {RT[c]}" for c, _, _ in CRIT if c != "convenience") + "])")
g.check("percent_impossible", "Частка\nпозитивних відповідей за критеріями:",
        "every criterion share is reachable with 37 respondents (34, 30, 35, 32, 25, 37, 33 of 37)",
        "all([" + ", ".join(f"grim_ok({SH[c]}, {sv}, 1)" for c, _, _ in CRIT) + "])")
g.check("percent_mismatch", "з них 48 (92,3 %) оцінили послугу", "48 / 52 = 92,31 % → 92,3",
        f"pct_ok({sat2}, 48, {sv2}, 1)")

g.skip("55002, Миколаївська обл., м. Южноукраїнськ, просп. Незалежності, 9", [55002, 9], "postcode, address")
g.skip("тел. (05136) 0-52-18", [5136, 5218], "phone")
g.skip("ЄДРПОУ 43907126", [43907126], "ЄДРПОУ code")
g.skip("послуг за 2023 рік", [2023], "year in the title")
g.skip("від 15.11.2023 № 87-од у період з 20.11.2023 по 08.12.2023", [15, 11, 2023, 87, 20, 11, 2023, 8, 12, 2023],
       "order date and number, assessment dates")
g.skip("комісією у складі 5 осіб", [5], "commission size")
g.skip("населенням понад 33 тис. осіб", [33000], "population")
g.skip("(вибірково 30 справ)", [30], "case files sampled; no §3 id")
g.skip("80-100 % - «добре»; 60-79,9 % - «задовільно»; менше 60 % - «незадовільно».", [80, 100, 60, 79.9, 60],
       "rating bands (used as literals in the rating_band checks)")
g.skip("Станом на 01.01.2023 на обслуговуванні перебувало 125 осіб.", [1, 1, 2023, 125],
       "stock at the start of the year (a figure of 31.12.2022; used as a literal in a check)")
g.skip("Середній вік отримувачів - 78 років.", [78], "age")
g.skip("Навантаження - 5-6 отримувачів на одного\nпрацівника", [5, 6], "ratio")
g.skip("за 7 км від Центру", [7], "distance")
g.skip("з них 48 (92,3 %)", [48], "count of positive answers; no §3 id (literal in the check)")
g.skip("(у 2022 році - 1 764 консультації)", [2022, 1764], "previous-year figure")
g.skip("4.1. Облаштувати зручне місце очікування для відвідувачів до 01.04.2024.", [4.1, 1, 4, 2024],
       "paragraph number, deadline")
g.skip("4.2. Переглянути графіки відвідування отримувачів у 3 мікрорайонах.", [4.2, 3],
       "paragraph number, number of neighbourhoods")
g.skip("4.3. Провести повторне анкетування у ІІ кварталі 2024 року.", [4.3, 2024], "paragraph number, plan")
g.skip("2.1. У 2023 році", [1, 2, 2.1, 2.2, 2.3, 2.4, 3, 3.1, 3.2, 4], "section and paragraph numbers")
g.skip("12.12.2023", [12, 12, 2023], "date of the report")

g.note("criterion shares → share with criterion (alt satisfaction); the rating in brackets after each share is a "
       "rating fact quoted by the same line")
g.note("the two overall ratings (догляд вдома, консультування) are two rating facts with criterion overall, told "
       "apart by label")
g.note("«На 01.01.2024 послугу отримують 139 осіб» is the end-of-2023 figure → support_ongoing")
g.note("«штатна чисельність відділення - 31 посада» is the home-care department's staffing, not the centre's; "
       "the quote spans a hard line break")
g.write()
