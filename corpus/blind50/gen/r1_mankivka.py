"""b50_01: ЦСС Маньківської селищної ради (Черкаська), annual report 2024.
Plain text, windows-1251, CRLF, hard-wrapped lines, impersonal voice."""
from common import Gold, write_text, report_path

DOC = "b50_01_mankivka_css_annual2024.txt"

TEXT = """                      ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ
                   МАНЬКІВСЬКОЇ СЕЛИЩНОЇ РАДИ
         20101, Черкаська обл., смт Маньківка, вул. Соборна, 14
      тел. (04748) 0-25-17, e-mail: css.mankivka@example.ua
                    код ЄДРПОУ 44170382

Вих. № 27/02-08 від 16.01.2025
                                  Відділ соціального захисту населення
                                  Маньківської селищної ради

                               ЗВІТ
         про роботу Центру соціальних служб Маньківської
                    селищної ради за 2024 рік

1. Загальні відомості
Центр діє на підставі Положення, затвердженого рішенням селищної ради
від 23.12.2020 № 4-2/VIII. До складу громади входить 21 населений пункт,
у яких проживає близько 24,6 тис. осіб, у т. ч. 4,1 тис. дітей.
Штатним розписом Центру передбачено 9 посад; станом на 31.12.2024
фактично працює 8 фахівців (одна посада вакантна з вересня).

2. Виявлення сімей, оцінка потреб
Протягом звітного року надійшли повідомлення щодо 143 сімей/осіб,
які можуть перебувати у складних життєвих обставинах (у 2023 р. - 118,
тобто на 25 більше). Оцінку потреб проведено 131 сім'ї/особі.
За її результатами 96 сімей/осіб визнано такими, що перебувають у СЖО.

3. Надання соціальних послуг
Соціальними послугами охоплено 612 сімей/осіб (1 378 осіб, у тому числі
702 дитини). Серед отримувачів - 187 внутрішньо переміщених осіб.
Загалом надано 2 947 соціальних послуг, а саме:
- інформування - 1 312;
- консультування - 1 187;
- соціальний супровід сімей у СЖО - 402;
- посередництво (медіація) - 27;
- екстрене (кризове) втручання - 19.

4. Соціальний супровід
Під соціальним супроводом у 2024 році перебувала 71 сім'я, у яких
виховується 148 дітей; з них 44 сім'ї взято під супровід протягом року.
Завершено надання послуги 41 сім'ї, у тому числі:
- з позитивним результатом (СЖО подолано) - 27 сімей;
- СЖО мінімізовано - 9 сімей;
- без результату - 3 сім'ї;
- у зв'язку зі зміною місця проживання - 1 сім'я.
Послугу продовжено на 2025 рік 30 сім'ям. Середня тривалість
супроводу склала 5,5 місяця.
Соціальне супроводження здійснювалось щодо 5 прийомних сімей
та 2 дитячих будинків сімейного типу, де виховується 31 дитина.

5. Профілактична робота
Проведено 36 групових заходів (тренінги для батьків, батьківські збори,
акція "16 днів проти насильства"), участь у яких взяли 714 осіб.
Тривалість одного тренінгу - 2 години, учасники - діти віком 12-17 років
та їхні батьки.
На телефон Центру надійшло 58 дзвінків від мешканців громади.

6. Натуральна допомога
За сприяння благодійних фондів натуральну допомогу отримали 93 сім'ї;
роздано 212 продуктових наборів та 140 гігієнічних комплектів.

7. Якість послуг, кадри, фінансування
В анкетуванні отримувачів взяли участь 64 особи. Задоволеність якістю
послуг становить 92,2 % (59 із 64 опитаних). Скарг на роботу Центру
протягом року не надходило.
Підвищили кваліфікацію 7 працівників (дистанційні курси, навчання
в Черкаському обласному центрі соціальних служб, 72 години).
Кошторисом на 2024 рік затверджено 3 502,0 тис. грн, касові видатки
склали 3 418,6 тис. грн, економія - 83,4 тис. грн (енергоносії).

8. Завдання на 2025 рік
Планується охопити соціальним супроводом не менше 75 сімей
та провести 40 групових заходів.

                                                          - 2 -
Директор Центру                                  (підпис)
Виконавець: фахівець із соціальної роботи, тел. (04748) 0-25-19
"""

g = Gold(DOC, {
    "centre": "Центр соціальних служб Маньківської селищної ради",
    "centre_type": "css",
    "settlement": "Маньківка",
    "oblast": "Черкаська",
    "report_kind": "annual_report",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
})

f1 = g.f("staff_positions", "positions", 9, "Штатним розписом Центру передбачено 9 посад")
f2 = g.f("staff_actual", "staff", 8, "фактично працює 8 фахівців (одна посада вакантна з вересня)")
f3 = g.f("notified", "families_persons", 143, "Протягом звітного року надійшли повідомлення щодо 143 сімей/осіб,")
f4 = g.f("needs_assessed", "families_persons", 131, "Оцінку потреб проведено 131 сім'ї/особі.")
f5 = g.f("in_difficult_circumstances", "families_persons", 96,
         "За її результатами 96 сімей/осіб визнано такими, що перебувають у СЖО.")
f6 = g.f("served", "families_persons", 612, "Соціальними послугами охоплено 612 сімей/осіб (1 378 осіб, у тому числі")
f7 = g.f("served", "persons", 1378, "Соціальними послугами охоплено 612 сімей/осіб (1 378 осіб, у тому числі",
         parent=f6, note="members of the 612 families/persons")
f8 = g.f("served", "children", 702, "702 дитини). Серед отримувачів - 187 внутрішньо переміщених осіб.", parent=f7)
f9 = g.f("served", "persons", 187, "Серед отримувачів - 187 внутрішньо переміщених осіб.",
         category="внутрішньо переміщені особи", parent=f7,
         note="«серед» – an overlapping category, parent only, no group")
f10 = g.f("services_provided", "services", 2947, "Загалом надано 2 947 соціальних послуг, а саме:")
grp = "services_2947_by_service"
f11 = g.f("services_provided", "services", 1312, "- інформування - 1 312;", service="informing", group=grp, parent=f10)
f12 = g.f("services_provided", "services", 1187, "- консультування - 1 187;", service="counselling", group=grp, parent=f10)
f13 = g.f("services_provided", "services", 402, "- соціальний супровід сімей у СЖО - 402;", service="social_support_sjo",
          group=grp, parent=f10)
f14 = g.f("services_provided", "services", 27, "- посередництво (медіація) - 27;", service="mediation", group=grp, parent=f10)
f15 = g.f("services_provided", "services", 19, "- екстрене (кризове) втручання - 19.", service="crisis_intervention",
          group=grp, parent=f10)
f16 = g.f("served", "families", 71, "Під соціальним супроводом у 2024 році перебувала 71 сім'я, у яких",
          service="social_support_sjo", alt=["support_ongoing"])
f17 = g.f("served", "children", 148, "виховується 148 дітей; з них 44 сім'ї взято під супровід протягом року.",
          service="social_support_sjo", alt=["support_ongoing"], parent=f16)
f18 = g.f("support_started", "families", 44, "з них 44 сім'ї взято під супровід протягом року.",
          service="social_support_sjo", parent=f16)
f19 = g.f("support_completed", "families", 41, "Завершено надання послуги 41 сім'ї, у тому числі:",
          service="social_support_sjo", parent=f16)
grp2 = "completed_41_by_outcome"
f20 = g.f("outcome_positive", "families", 27, "- з позитивним результатом (СЖО подолано) - 27 сімей;",
          service="social_support_sjo", group=grp2, parent=f19)
f21 = g.f("outcome_minimized", "families", 9, "- СЖО мінімізовано - 9 сімей;", service="social_support_sjo",
          group=grp2, parent=f19)
f22 = g.f("outcome_negative", "families", 3, "- без результату - 3 сім'ї;", service="social_support_sjo",
          group=grp2, parent=f19)
f23 = g.f("outcome_other", "families", 1, "- у зв'язку зі зміною місця проживання - 1 сім'я.",
          service="social_support_sjo", label="зміна місця проживання", group=grp2, parent=f19)
f24 = g.f("support_ongoing", "families", 30, "Послугу продовжено на 2025 рік 30 сім'ям.",
          service="social_support_sjo", parent=f16,
          note="a 2024 figure (families whose support continues into 2025), not a plan")
f25 = g.f("served", "families", 5, "Соціальне супроводження здійснювалось щодо 5 прийомних сімей",
          service="social_support_foster", label="прийомні сім'ї")
f26 = g.f("served", "families", 2, "та 2 дитячих будинків сімейного типу, де виховується 31 дитина.",
          service="social_support_foster", label="дитячі будинки сімейного типу")
f27 = g.f("served", "children", 31, "та 2 дитячих будинків сімейного типу, де виховується 31 дитина.",
          service="social_support_foster",
          note="children of the 5 foster families and the 2 ДБСТ together; no single parent row")
f28 = g.f("events", "events", 36, "Проведено 36 групових заходів (тренінги для батьків, батьківські збори,")
f29 = g.f("event_participants", "persons", 714, "участь у яких взяли 714 осіб.", parent=f28)
f30 = g.f("calls", "calls", 58, "На телефон Центру надійшло 58 дзвінків від мешканців громади.")
f31 = g.f("served", "families", 93, "натуральну допомогу отримали 93 сім'ї;", service="natural_aid")
f32 = g.f("survey_respondents", "persons", 64, "В анкетуванні отримувачів взяли участь 64 особи.")
f33 = g.f("satisfaction", "percent", 92.2, "послуг становить 92,2 % (59 із 64 опитаних)",
          label="задоволені якістю послуг")
f34 = g.f("complaints", "complaints", 0, "Скарг на роботу Центру")
f35 = g.f("staff_trained", "staff", 7, "Підвищили кваліфікацію 7 працівників (дистанційні курси, навчання")
f36 = g.f("budget_approved", "uah", 3502000, "Кошторисом на 2024 рік затверджено 3 502,0 тис. грн, касові видатки",
          label="кошторис на 2024 рік")
f37 = g.f("budget_spent", "uah", 3418600, "склали 3 418,6 тис. грн, економія - 83,4 тис. грн (енергоносії).")
f38 = g.f("budget_savings", "uah", 83400, "склали 3 418,6 тис. грн, економія - 83,4 тис. грн (енергоносії).",
          label="енергоносії")

g.slip("parts_sum", "error", "Завершено надання послуги 41 сім'ї, у тому числі:", 40, 41,
       [f19, f20, f21, f22, f23],
       "the four outcomes of the completed support cases (27 + 9 + 3 + 1) sum to 40, one family short of "
       "the 41 stated; the list covers positive, minimized, none and moved, i.e. it is meant as a partition",
       "f20 + f21 + f22 + f23 == f19")

g.check("parts_sum", "Загалом надано 2 947 соціальних послуг, а саме:",
        "1 312 + 1 187 + 402 + 27 + 19 = 2 947", "f11 + f12 + f13 + f14 + f15 == f10")
g.check("parts_sum", "Соціальними послугами охоплено 612 сімей/осіб (1 378 осіб, у тому числі",
        "702 children ≤ 1 378 persons; 187 IDPs ≤ 1 378", "f8 <= f7 and f9 <= f7")
g.check("parts_sum", "Оцінку потреб проведено 131 сім'ї/особі.",
        "96 in СЖО ≤ 131 assessed ≤ 143 notified", "f5 <= f4 <= f3")
g.check("parts_sum", "Під соціальним супроводом у 2024 році перебувала 71 сім'я, у яких",
        "71 under support = 41 completed + 30 continued into 2025; 44 taken ≤ 71", "f19 + f24 == f16 and f18 <= f16")
g.check("table_arithmetic", "економія - 83,4 тис. грн",
        "економія = затверджено − видатки: 3 502,0 − 3 418,6 = 83,4 тис. грн", "f36 - f37 == f38")
g.check("percent_mismatch", "послуг становить 92,2 % (59 із 64 опитаних)",
        "59 / 64 = 92,19 % → 92,2 (59 is used as a literal; the count itself is not a fact)",
        "pct_ok(f33, 59, f32, 1)")
g.check("parts_sum", "фактично працює 8 фахівців",
        "8 staff ≤ 9 positions; 7 trained ≤ 8", "f2 <= f1 and f35 <= f2")

g.skip("20101, Черкаська обл., смт Маньківка, вул. Соборна, 14", [20101, 14], "postcode, address")
g.skip("тел. (04748) 0-25-17, e-mail: css.mankivka@example.ua", [4748, 2517], "phone")
g.skip("код ЄДРПОУ 44170382", [44170382], "ЄДРПОУ")
g.skip("Вих. № 27/02-08 від 16.01.2025", [27, 2, 8, 16, 1, 2025], "outgoing number and date")
g.skip("від 23.12.2020 № 4-2/VIII", [23, 12, 2020, 4, 2], "decision date and number")
g.skip("До складу громади входить 21 населений пункт,", [21], "settlement count")
g.skip("у яких проживає близько 24,6 тис. осіб, у т. ч. 4,1 тис. дітей.", [24600, 4100], "population")
g.skip("станом на 31.12.2024", [31, 12, 2024], "date")
g.skip("(у 2023 р. - 118,", [2023, 118], "prior-year figure")
g.skip("тобто на 25 більше", [25], "difference from the prior year")
g.skip("Послугу продовжено на 2025 рік 30 сім'ям.", [2025], "year (the 30 is a fact)")
g.skip("супроводу склала 5,5 місяця.", [5.5], "duration")
g.skip("акція \"16 днів проти насильства\"", [16], "name of a campaign")
g.skip("Тривалість одного тренінгу - 2 години, учасники - діти віком 12-17 років", [2, 12, 17], "duration, ages")
g.skip("роздано 212 продуктових наборів та 140 гігієнічних комплектів.", [212, 140], "items handed out")
g.skip("(59 із 64 опитаних)", [59], "count of satisfied respondents, used as a literal in the satisfaction check")
g.skip("в Черкаському обласному центрі соціальних служб, 72 години).", [72], "duration of training")
g.skip("Планується охопити соціальним супроводом не менше 75 сімей", [75], "plan for 2025")
g.skip("та провести 40 групових заходів.", [40], "plan for 2025")
g.skip("8. Завдання на 2025 рік", [8, 2025], "section heading with the plan year")
g.skip("- 2 -", [2], "page number")
g.skip("Виконавець: фахівець із соціальної роботи, тел. (04748) 0-25-19", [4748, 2519], "phone")
g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7, 8], "section numbers 1.–8.")

g.note("«повідомлення щодо 143 сімей/осіб» → notified, unit families_persons (written «сімей/осіб»)")
g.note("1 378 persons and 702 children are members of the 612 families/persons → served with parent chain 612 → 1 378 → 702")
g.note("«Послугу продовжено на 2025 рік 30 сім'ям» is a 2024 figure → support_ongoing (71 = 41 + 30)")
g.note("«у яких виховується 148 дітей» → children of the 71 families under support (served, children, parent f16)")
g.note("the 31 children live in both the 5 foster families and the 2 ДБСТ; served children with no parent")
g.note("budget written without KEKV → no kekv; тис. грн stored in hryvnias")

if __name__ == "__main__":
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")
    g.write()
