"""b50_06: external quality assessment of home care provided in 2024 by КУ «ЦНСП» Монастирищенської
міської ради (Черкаська), written by the міська рада's УСЗН. UTF-8 plain text with an ASCII pipe table."""
from common import Gold, write_text, report_path

DOC = "b50_06_monastyryshche_cnsp_external2024.txt"

TEXT = """УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ МОНАСТИРИЩЕНСЬКОЇ МІСЬКОЇ РАДИ

ВИСНОВОК
за результатами зовнішньої оцінки якості соціальної послуги догляду вдома,
наданої КУ «Центр надання соціальних послуг» Монастирищенської міської ради у 2024 році

I. Загальні положення

Зовнішню оцінку проведено відповідно до наказу управління від 14.01.2025 № 7 комісією у складі 5 осіб
у період з 20 по 31 січня 2025 року. Об'єкт оцінки – послуга догляду вдома, яку КУ «ЦНСП»
(код ЄДРПОУ 44012637, м. Монастирище, вул. Соборна, 101, тел. (04746) 0-22-95) надає мешканцям
43 населених пунктів громади.

Методи: вивчення 30 особових справ отримувачів, анкетування отримувачів, бесіди з працівниками,
спостереження під час 8 візитів.

II. Основні показники надання послуги у 2024 році

Протягом 2024 року послугу догляду вдома отримували 164 особи (у 2023 році – 152), з них 49 – особи
з інвалідністю, 11 – внутрішньо переміщені особи. Платно обслуговувалися 37 осіб; вартість
однієї години догляду – 86,40 грн. Середній вік отримувачів – 78 років.

За рік на обслуговування взято 31 особу. Надання послуги припинено 25 особам, а саме:
  у зв'язку зі смертю – 14;
  у зв'язку з влаштуванням до стаціонарних закладів – 3;
  за власним бажанням отримувача – 8.
Станом на 31.12.2024 послугу отримують 139 осіб.

Соціальними робітниками надано 18 412 послуг догляду. Послугу надають 19 соціальних робітників
при 21 штатній посаді. Протягом року надійшла 1 скарга (на запізнення соціального робітника),
її розглянуто у встановлений строк, факти частково підтвердилися.

III. Опитування отримувачів

В анкетуванні взяли участь 40 отримувачів послуги. На запитання «Чи задоволені Ви якістю послуги?»
відповіли: «так» – 82,5 %, «частково» – 15,0 %, «ні» – 5,0 %.

IV. Оцінка за критеріями

Рівні оцінки: 80 % позитивних відповідей і більше – «добре», 60–79 % – «задовільно»,
менше 60 % – «незадовільно».

| № | Критерій                         | Позитивних відповідей, % | Оцінка     |
|---|----------------------------------|--------------------------|------------|
| 1 | Адресність та індивідуальний     | 95,0                     | добре      |
|   | підхід                           |                          |            |
| 2 | Своєчасність                     | 77,5                     | задовільно |
| 3 | Доступність та відкритість       | 87,5                     | добре      |
| 4 | Повага до гідності               | 100,0                    | добре      |
| 5 | Професійність                    | 92,5                     | добре      |
| 6 | Захист та безпека                | 85,0                     | добре      |

V. Висновки

Загальна оцінка якості послуги догляду вдома – «добре». Своєчасність оцінено як «задовільно»:
у 6 випадках соціальні робітники запізнювалися більш ніж на 30 хвилин.

Рекомендовано: до 01.04.2025 переглянути графіки відвідувань у старостинських округах № 2 і № 5;
у 2025 році забезпечити навчання не менше 10 соціальних робітників.

Голова комісії                                             (підпис)
03.02.2025
"""

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Монастирищенської міської ради",
    "centre_type": "cnsp",
    "settlement": "Монастирище",
    "report_kind": "external_assessment",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
}, {"centre": ["КУ «Центр надання соціальних послуг» Монастирищенської міської ради",
               "Комунальна установа «Центр надання соціальних послуг» Монастирищенської міської ради"]})

f1 = g.f("served", "persons", 164, "Протягом 2024 року послугу догляду вдома отримували 164 особи", service="home_care")
f2 = g.f("served", "persons", 49, "з них 49 – особи", service="home_care", category="особи з інвалідністю", parent=f1)
f3 = g.f("served", "persons", 11, "11 – внутрішньо переміщені особи.", service="home_care",
         category="внутрішньо переміщені особи", parent=f1)
f4 = g.f("served", "persons", 37, "Платно обслуговувалися 37 осіб", service="home_care", label="платно", parent=f1)
f5 = g.f("served", "persons", 31, "За рік на обслуговування взято 31 особу.", service="home_care",
         alt=["registered_new", "support_started"], label="взято на обслуговування")
f6 = g.f("support_completed", "persons", 25, "Надання послуги припинено 25 особам, а саме:", service="home_care",
         alt=["deregistered"])
grp = "stopped_25_by_reason"
f7 = g.f("outcome_other", "persons", 14, "у зв'язку зі смертю – 14;", service="home_care", label="смерть",
         group=grp, parent=f6)
f8 = g.f("outcome_other", "persons", 3, "у зв'язку з влаштуванням до стаціонарних закладів – 3;", service="home_care",
         label="влаштування до стаціонарних закладів", group=grp, parent=f6)
f9 = g.f("outcome_other", "persons", 8, "за власним бажанням отримувача – 8.", service="home_care",
         label="за власним бажанням", group=grp, parent=f6)
f10 = g.f("support_ongoing", "persons", 139, "Станом на 31.12.2024 послугу отримують 139 осіб.", service="home_care",
          alt=["served"])
f11 = g.f("services_provided", "services", 18412, "Соціальними робітниками надано 18 412 послуг догляду.",
          service="home_care")
f12 = g.f("staff_actual", "staff", 19, "Послугу надають 19 соціальних робітників")
f13 = g.f("staff_positions", "positions", 21, "при 21 штатній посаді.")
f14 = g.f("complaints", "complaints", 1, "Протягом року надійшла 1 скарга (на запізнення соціального робітника),")
f15 = g.f("survey_respondents", "recipients", 40, "В анкетуванні взяли участь 40 отримувачів послуги.",
          unit_alt="persons")
f16 = g.f("satisfaction", "percent", 82.5, "відповіли: «так» – 82,5 %", label="задоволені якістю послуги («так»)",
          alt=["share"])
f17 = g.f("share", "percent", 15, "«частково» – 15,0 %", label="частково задоволені якістю послуги",
          alt=["satisfaction"])
f18 = g.f("share", "percent", 5, "«ні» – 5,0 %", label="не задоволені якістю послуги")
ROWS = [("targeting", "1\tАдресність та індивідуальний підхід\t95,0\tдобре", 95, "good",
         "Адресність та індивідуальний підхід"),
        ("timeliness", "2\tСвоєчасність\t77,5\tзадовільно", 77.5,
         "satisfactory", "Своєчасність"),
        ("accessibility", "3\tДоступність та відкритість\t87,5\tдобре", 87.5,
         "good", "Доступність та відкритість"),
        ("dignity", "4\tПовага до гідності\t100,0\tдобре", 100, "good",
         "Повага до гідності"),
        ("professionalism", "5\tПрофесійність\t92,5\tдобре", 92.5,
         "good", "Професійність"),
        ("safety", "6\tЗахист та безпека\t85,0\tдобре", 85, "good",
         "Захист та безпека")]
crit = {}
for c, q, pct, rat, name in ROWS:
    crit[c] = (g.f("share", "percent", pct, q, criterion=c, label=name, alt=["satisfaction"]),
               g.f("rating", "rating", rat, q, criterion=c))
f_ov = g.f("rating", "rating", "good", "Загальна оцінка якості послуги догляду вдома – «добре».", criterion="overall")
f_tm = g.f("rating", "rating", "satisfactory", "Своєчасність оцінено як «задовільно»", criterion="timeliness",
           note="the timeliness rating again, in the conclusions: a second fact")

g.slip("percents_sum", "error", "відповіли: «так» – 82,5 %, «частково» – 15,0 %, «ні» – 5,0 %.", 102.5, 100,
       [f16, f17, f18],
       "the three answers to one question partition the 40 respondents but sum to 102,5 %. Each share alone is "
       "reachable with 40 (33, 6 and 2 of 40), but 33 + 6 + 2 = 41 > 40.",
       "psum_ok([f16, f17, f18], 1)")

BANDS = "[(80, 100, 'good'), (60, 79.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
g.check("parts_sum", "Надання послуги припинено 25 особам, а саме:", "14 + 3 + 8 = 25", "f7 + f8 + f9 == f6")
g.check("parts_sum", "Станом на 31.12.2024 послугу отримують 139 осіб.",
        "164 served in the year − 25 stopped = 139 at the year's end", "f1 - f6 == f10")
g.check("parts_sum", "з них 49 – особи",
        "49, 11, 37 and 31 each ≤ 164; 19 staff ≤ 21 positions", "max(f2, f3, f4, f5) <= f1 and f12 <= f13")
g.check("percent_impossible", "відповіли: «так» – 82,5 %",
        "each answer share and each criterion share is reachable with 40 respondents (multiples of 2,5 %)",
        "all([grim_ok(f16, f15, 1), grim_ok(f17, f15, 1), grim_ok(f18, f15, 1)] + ["
        + ", ".join(f"grim_ok(f{crit[c][0][1:]}, f15, 1)" for c in crit) + "])")
g.check("rating_band", "Рівні оцінки: 80 % позитивних відповідей і більше – «добре», 60–79 % – «задовільно»,",
        "every criterion rating fits the document's bands (77,5 % → «задовільно», the rest ≥ 80 % → «добре»)",
        "all([" + ", ".join(f"band(f{crit[c][0][1:]}, {BANDS}) == f{crit[c][1][1:]}" for c in crit) + "])")
g.check("internal_conflict", "Своєчасність оцінено як «задовільно»",
        "the conclusions repeat the table's timeliness rating", f"{f_tm} == f{crit['timeliness'][1][1:]}")

g.skip("наказу управління від 14.01.2025 № 7 комісією у складі 5 осіб", [14, 1, 2025, 7, 5],
       "order date/number, commission size")
g.skip("у період з 20 по 31 січня 2025 року", [20, 31, 2025], "assessment dates")
g.skip("(код ЄДРПОУ 44012637, м. Монастирище, вул. Соборна, 101, тел. (04746) 0-22-95)",
       [44012637, 101, 4746, 2295], "ЄДРПОУ, address, phone")
g.skip("43 населених пунктів громади", [43], "settlement count")
g.skip("Методи: вивчення 30 особових справ отримувачів", [30], "case files studied in the assessment")
g.skip("спостереження під час 8 візитів.", [8], "visits of the assessment")
g.skip("(у 2023 році – 152)", [2023, 152], "prior-year figure")
g.skip("однієї години догляду – 86,40 грн. Середній вік отримувачів – 78 років.", [86.4, 78], "tariff, age")
g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
g.skip("Рівні оцінки: 80 % позитивних відповідей і більше – «добре», 60–79 % – «задовільно»,",
       [80, 60, 79, 60], "rating band definitions (used as literals)")
g.skip("1\tАдресність та індивідуальний підхід\t95,0\tдобре", [1, 2, 3, 4, 5, 6],
       "table row numbers")
g.skip("у 6 випадках соціальні робітники запізнювалися більш ніж на 30 хвилин.", [6, 30],
       "cases of lateness (no §3 id), duration")
g.skip("Рекомендовано: до 01.04.2025 переглянути графіки відвідувань у старостинських округах № 2 і № 5;",
       [1, 4, 2025, 2, 5], "deadline, district numbers")
g.skip("у 2025 році забезпечити навчання не менше 10 соціальних робітників.", [2025, 10], "plan")
g.skip("03.02.2025", [3, 2, 2025], "signature date")

g.note("an external assessment written by the УСЗН about the ЦНСП's home care: meta names the assessed provider")
g.note("the ASCII pipe table comes out of the reader as a tab-separated table; the first criterion name, wrapped over two lines in the file, is printed joined")
g.note("«припинено надання послуги» → support_completed (alt deregistered), reasons as outcome_other with labels")
g.note("«Станом на 31.12.2024 послугу отримують 139 осіб» → support_ongoing (alt served)")
g.note("«факти частково підтвердилися» is not a figure; the complaint count is 1")

if __name__ == "__main__":
    write_text(report_path(DOC), TEXT)
    g.write()
