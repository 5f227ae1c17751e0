"""b116_01: ТЦСО Чинадіївської селищної ради, annual report 2023. windows-1251, CRLF, impersonal."""
from common import Gold, write_text, report_path

DOC = "b116_01_chynadiievo_tcso_annual2023.txt"

TEXT = """\
        ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
               (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
               ЧИНАДІЇВСЬКОЇ СЕЛИЩНОЇ РАДИ
89112, Закарпатська обл., Мукачівський р-н, смт Чинадійово, вул. Духновича, 21
тел. (03131) 0-47-62, e-mail: tcso.chynadiievo@example.ua, код ЄДРПОУ 41298376

15.01.2024 № 12/02-07

                          ЗВІТ
       про роботу територіального центру за 2023 рік

Територіальний центр діє відповідно до Положення, затвердженого рішенням
сесії селищної ради від 16.02.2021 № 4-117, і обслуговує 19 населених пунктів
громади з населенням близько 22,6 тис. осіб, з них громадян віком понад
60 років – 5140.

1. ЗАГАЛЬНІ ПОКАЗНИКИ

Протягом 2023 року до територіального центру надійшло 612 звернень
(у 2022 році – 548). Проведено оцінку потреб 287 осіб.
Взято на обслуговування 143 особи. Знято з обслуговування 96 осіб, з них:
  - у зв'язку зі смертю – 58;
  - у зв'язку зі зміною місця проживання – 21;
  - за власним бажанням – 13;
  - у зв'язку з влаштуванням до інтернатних закладів – 6.

Усього протягом року обслуговано 1363 особи, у тому числі:
  - відділенням соціальної допомоги вдома – 318 осіб;
  - відділенням денного перебування – 264 особи;
  - відділенням організації надання адресної натуральної та грошової
    допомоги – 781 особа.

2. ВІДДІЛЕННЯ СОЦІАЛЬНОЇ ДОПОМОГИ ВДОМА

Послугу догляду вдома отримували 318 осіб, серед них 27 внутрішньо
переміщених осіб та 64 особи з інвалідністю I–II групи. Надано 41 206
соціальних послуг. Середнє навантаження на соціального робітника –
10,6 підопічного. Крім того, одна особа отримувала послугу паліативного
догляду. Скарг на роботу соціальних робітників протягом року не надходило.

У листопаді 2023 р. проведено анкетування 120 отримувачів послуги догляду
вдома. Рівень задоволеності якістю послуги – 95 %.

3. ВІДДІЛЕННЯ ДЕННОГО ПЕРЕБУВАННЯ

Відділення відвідували 264 особи. Працювали два нових гуртки (рукоділля
та скандинавська ходьба). Проведено 96 групових заходів, якими охоплено
1180 учасників. Середній вік відвідувачів – 71 рік.

4. НАТУРАЛЬНА ДОПОМОГА, СОЦІАЛЬНЕ ТАКСІ

Натуральну допомогу (продуктові набори, засоби гігієни, одяг) отримала 781
особа, видано 1450 наборів загальною вартістю 587,3 тис. грн.
Послугою «соціальне таксі» скористалися 64 особи, здійснено 203 поїздки
(тариф – 12 грн за 1 км). З пункту прокату видано 37 технічних засобів
реабілітації.

5. КАДРИ ТА ФІНАНСУВАННЯ

Штатним розписом передбачено 46,5 штатної одиниці, фактично працює
43 працівники. Курси підвищення кваліфікації пройшли 9 працівників.

Видатки на утримання центру затверджено в сумі 9846,2 тис. грн,
касові видатки – 9731,5 тис. грн, з них на оплату праці з нарахуваннями
– 8402,9 тис. грн. Економія – 114,7 тис. грн. Від надання платних
соціальних послуг до спеціального фонду надійшло 156,8 тис. грн.

У 2024 році планується відкрити відділення стаціонарного догляду на 15
ліжок.

Директор територіального центру                     ____________
"""

path = report_path(DOC)
write_text(path, TEXT, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Чинадіївської селищної ради",
    "centre_type": "tcso", "settlement": "Чинадійово", "oblast": "Закарпатська",
    "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
}, {"centre": ["Територіальний центр соціального обслуговування Чинадіївської селищної ради"]})

f = g.f
a1 = f("applied", "applications", 612, "надійшло 612 звернень")
a2 = f("needs_assessed", "persons", 287, "Проведено оцінку потреб 287 осіб")
a3 = f("served", "persons", 143, "Взято на обслуговування 143 особи", label="взято на обслуговування",
       alt=["registered_new", "support_started"])
a4 = f("deregistered", "persons", 96, "Знято з обслуговування 96 осіб")
G = "dereg_96_by_reason"
a5 = f("deregistered", "persons", 58, "у зв'язку зі смертю – 58", label="у зв'язку зі смертю",
       alt=["outcome_other"], group=G, parent=a4)
a6 = f("deregistered", "persons", 21, "у зв'язку зі зміною місця проживання – 21",
       label="у зв'язку зі зміною місця проживання", alt=["outcome_other"], group=G, parent=a4)
a7 = f("deregistered", "persons", 13, "за власним бажанням – 13", label="за власним бажанням",
       alt=["outcome_other"], group=G, parent=a4)
a8 = f("deregistered", "persons", 6, "у зв'язку з влаштуванням до інтернатних закладів – 6",
       label="влаштування до інтернатних закладів", alt=["outcome_other"], group=G, parent=a4)
a9 = f("served", "persons", 1363, "Усього протягом року обслуговано 1363 особи")
G = "served_1363_by_department"
a10 = f("served", "persons", 318, "відділенням соціальної допомоги вдома – 318 осіб", service="home_care",
        district="відділення соціальної допомоги вдома", group=G, parent=a9)
a11 = f("served", "persons", 264, "відділенням денного перебування – 264 особи", service="day_care",
        district="відділення денного перебування", group=G, parent=a9)
a12 = f("served", "persons", 781, "допомоги – 781 особа", service="natural_aid",
        district="відділення організації надання адресної натуральної та грошової допомоги", group=G, parent=a9)
a13 = f("served", "persons", 318, "Послугу догляду вдома отримували 318 осіб", service="home_care",
        note="the department row of section 1 written again")
a14 = f("served", "persons", 27, "серед них 27 внутрішньо", service="home_care",
        category="внутрішньо переміщені особи", parent=a13)
a15 = f("served", "persons", 64, "64 особи з інвалідністю I–II групи", service="home_care",
        category="особи з інвалідністю I–II групи", parent=a13)
a16 = f("services_provided", "services", 41206, "Надано 41 206", service="home_care")
a17 = f("served", "persons", 1, "одна особа отримувала послугу паліативного", service="palliative_care",
        note="number in words")
a18 = f("complaints", "complaints", 0, "Скарг на роботу соціальних робітників протягом року не надходило")
a19 = f("survey_respondents", "recipients", 120, "проведено анкетування 120 отримувачів послуги догляду",
        service="home_care", unit_alt="persons")
a20 = f("satisfaction", "percent", 95, "Рівень задоволеності якістю послуги – 95 %", service="home_care",
        alt=["share"])
a21 = f("served", "persons", 264, "Відділення відвідували 264 особи", service="day_care",
        note="the department row of section 1 written again")
a22 = f("events", "events", 96, "Проведено 96 групових заходів")
a23 = f("event_participants", "persons", 1180, "1180 учасників", parent=a22)
a24 = f("served", "persons", 781, "Натуральну допомогу (продуктові набори, засоби гігієни, одяг) отримала 781",
        service="natural_aid", note="the department row of section 1 written again")
a25 = f("aid_value", "uah", 587300, "загальною вартістю 587,3 тис. грн", service="natural_aid")
a26 = f("served", "persons", 64, "Послугою «соціальне таксі» скористалися 64 особи", service="social_taxi")
a27 = f("staff_positions", "positions", 46.5, "передбачено 46,5 штатної одиниці")
a28 = f("staff_actual", "staff", 43, "43 працівники")
a29 = f("staff_trained", "staff", 9, "Курси підвищення кваліфікації пройшли 9 працівників")
a30 = f("budget_approved", "uah", 9846200, "затверджено в сумі 9846,2 тис. грн", label="утримання центру")
a31 = f("budget_spent", "uah", 9731500, "касові видатки – 9731,5 тис. грн")
a32 = f("budget_spent", "uah", 8402900, "з них на оплату праці з нарахуваннями\n– 8402,9 тис. грн",
        label="оплата праці з нарахуваннями", parent=a31)
a33 = f("budget_savings", "uah", 114700, "Економія – 114,7 тис. грн")
a34 = f("budget_received", "uah", 156800, "до спеціального фонду надійшло 156,8 тис. грн",
        label="спеціальний фонд, платні соціальні послуги")

g.slip("parts_sum", "error", "Знято з обслуговування 96 осіб, з них:", 98, 96, [a4, a5, a6, a7, a8],
       "the four reasons (death, move, own wish, residential placement) partition the 96 people taken off "
       "service but sum to 58 + 21 + 13 + 6 = 98: 2 more than the total",
       "f5 + f6 + f7 + f8 == f4")

g.check("parts_sum", "Усього протягом року обслуговано 1363 особи, у тому числі:",
        "318 + 264 + 781 = 1363", "f10 + f11 + f12 == f9")
g.check("internal_conflict", "Послугу догляду вдома отримували 318 осіб",
        "each department figure is written twice and agrees: 318, 264, 781", "f13 == f10 and f21 == f11 and f24 == f12")
g.check("parts_sum", "серед них 27 внутрішньо", "27 and 64 (overlapping «серед них» categories) ≤ 318",
        "f14 <= f13 and f15 <= f13")
g.check("percent_impossible", "Рівень задоволеності якістю послуги – 95 %", "95 % of 120 respondents = 114",
        "grim_ok(f20, f19, 0)")
g.check("table_arithmetic", "Економія – 114,7 тис. грн", "9846,2 − 9731,5 = 114,7 тис. грн", "f30 - f31 == f33")
g.check("parts_sum", "з них на оплату праці з нарахуваннями", "8402,9 ≤ 9731,5; 9731,5 ≤ 9846,2",
        "f32 <= f31 <= f30")
g.check("parts_sum", "фактично працює", "43 staff ≤ 46,5 positions", "f28 <= f27")

g.skip("89112, Закарпатська обл., Мукачівський р-н, смт Чинадійово, вул. Духновича, 21", [89112, 21],
       "postcode, address")
g.skip("тел. (03131) 0-47-62, e-mail: tcso.chynadiievo@example.ua, код ЄДРПОУ 41298376",
       [3131, 0, 47, 62, 41298376], "phone, ЄДРПОУ")
g.skip("15.01.2024 № 12/02-07", [15, 1, 2024, 12, 2, 7], "outgoing date and number")
g.skip("про роботу територіального центру за 2023 рік", [2023], "year of the period")
g.skip("сесії селищної ради від 16.02.2021 № 4-117", [16, 2, 2021, 4, 117], "decision date and number")
g.skip("обслуговує 19 населених пунктів", [19], "settlement count")
g.skip("з населенням близько 22,6 тис. осіб", [22.6], "population")
g.skip("60 років – 5140", [60, 5140], "age and population aged 60+")
g.skip("Протягом 2023 року", [2023], "year")
g.skip("(у 2022 році – 548)", [2022, 548], "prior-year figure")
g.skip("10,6 підопічного", [10.6], "ratio (caseload per worker)")
g.skip("У листопаді 2023 р.", [2023], "survey date")
g.skip("Працювали два нових гуртки", [2], "clubs: no §3 id")
g.skip("Середній вік відвідувачів – 71 рік", [71], "age")
g.skip("видано 1450 наборів", [1450], "items (sets)")
g.skip("здійснено 203 поїздки", [203], "trips: no §3 id")
g.skip("(тариф – 12 грн за 1 км)", [12, 1], "tariff")
g.skip("видано 37 технічних засобів", [37], "items (rehabilitation aids)")
g.skip("У 2024 році планується відкрити відділення стаціонарного догляду на 15", [2024, 15], "plan")
g.skip("1. ЗАГАЛЬНІ ПОКАЗНИКИ", [1, 2, 3, 4, 5], "section numbers 1.–5.")

g.note("windows-1251, CRLF, hard-wrapped lines: the reader keeps the line breaks, so quotes stay within a line "
       "except the payroll line, whose quote holds the line break")
g.note("the department figures 318 / 264 / 781 are written twice (the list in section 1 and the department "
       "sections): two facts each")
g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «Знято з обслуговування» → "
       "deregistered, its reasons as labelled parts (alt outcome_other)")
g.note("«64 особи з інвалідністю» (home care) and «64 особи» (social taxi) are different figures")
g.note("survey: only the percentage is written → satisfaction (alt share), service home_care")
g.note("budget lines name no KEKV code → no kekv; тис. грн stored in hryvnias")
g.note("«одна особа … паліативного догляду» is a number in words → served 1, palliative_care")
g.write()
