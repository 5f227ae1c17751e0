"""b94_01: ЦСС Лопушненської сільської ради (Тернопільська), annual report 2023.
windows-1251, CRLF, first person plural. Slip: parts_sum in the support outcomes."""
from common import Gold, write_text, report_path

DOC = "b94_01_lopushne_css_annual2023.txt"

TEXT = """                    КОМУНАЛЬНА УСТАНОВА
      «ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ» ЛОПУШНЕНСЬКОЇ СІЛЬСЬКОЇ РАДИ
                  ТЕРНОПІЛЬСЬКОЇ ОБЛАСТІ
47012, Тернопільська обл., Кременецький р-н, с. Лопушне, вул. Шкільна, 14
тел. (03546) 0-42-17, e-mail: css.lopushne@example.ua, код ЄДРПОУ 44718290

Вих. № 01-12/38 від 12.01.2024                  Лопушненській сільській раді

                           ЗВІТ
        про роботу Центру соціальних служб за 2023 рік

Центр соціальних служб Лопушненської сільської ради (далі - Центр) утворено
рішенням сесії сільської ради від 17.02.2021 № 112. Громада об'єднує
19 населених пунктів, у яких проживає близько 9,6 тис. мешканців.

1. ЗАГАЛЬНІ ПОКАЗНИКИ

Протягом 2023 року до Центру звернулися 412 осіб (у 2022 році - 356).
Ми здійснили оцінку потреб 187 сімей/осіб, з них у 64 сім'ях виявили складні життєві обставини (в них 119 дітей).

Загалом соціальними послугами охоплено 531 сім'ю/особу, яким ми надали 2 846 послуг, а саме:
  - інформування - 1 214;
  - консультування - 1 037;
  - соціальний супровід сімей у СЖО - 412;
  - соціальна профілактика - 128;
  - представництво інтересів - 55.

2. СОЦІАЛЬНИЙ СУПРОВІД

На початок року під нашим супроводом перебувало 17 сімей. Упродовж року під соціальний супровід взяли ще 21 сім'ю (43 дитини).
Завершили супровід 24 сім'ям, із них:
  з позитивним результатом (СЖО подолано) - 15;
  СЖО мінімізовано - 6;
  у зв'язку зі зміною місця проживання - 2;
  через відмову сім'ї від послуги - 2.
Продовжено у 2024 році супровід 14 сімей.

3. СІМЕЙНІ ФОРМИ ВИХОВАННЯ

У громаді функціонують 3 прийомні сім'ї та 1 дитячий будинок сімейного типу, у яких виховується 14 дітей. Усі вони перебувають під соціальним супроводом Центру; кожну сім'ю фахівець відвідує не рідше 1 разу на місяць.

4. ВНУТРІШНЬО ПЕРЕМІЩЕНІ ОСОБИ

Станом на 31.12.2023 в громаді обліковано 684 внутрішньо переміщені особи. Послуги Центру отримали 203 з них (29,7 %).

5. ГРУПОВА РОБОТА, ТЕЛЕФОН ДОВІРИ

Проведено сорок шість групових заходів (тренінги, "батьківські університети", години спілкування у 6 закладах освіти), якими охопили 738 осіб, у тому числі 512 дітей та молоді.
Телефон довіри Центру прийняв 97 дзвінків, з них 31 - щодо домашнього насильства.

6. КАДРИ

Штатним розписом передбачено 9,5 посади, фактично працює 8 працівників: директор, 5 фахівців із соціальної роботи, психолог, бухгалтер. Навчання за програмами НССУ (по 40 годин) пройшли 6 фахівців.

7. ОПИТУВАННЯ, СКАРГИ

У грудні 2023 року ми провели анкетування 88 отримувачів послуг. Задоволені якістю послуг 81 особа (92 %), частково задоволені - 7 (8 %).
Скарг на роботу Центру протягом року не надходило.

8. ФІНАНСУВАННЯ

Кошторис Центру на 2023 рік - 2 318,4 тис. грн, касові видатки склали 2 296,7 тис. грн, у тому числі на оплату праці з нарахуваннями - 2 041,2 тис. грн.

9. ЗАВДАННЯ НА 2024 РІК

Взяти під супровід не менше 25 сімей; відкрити консультаційний пункт у старостинському окрузі № 3; провести не менше 50 групових заходів.

Директор Центру                              (підпис)

Виконавець: фахівець із соціальної роботи, тел. (03546) 0-42-19
"""

write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {
    "centre": "Центр соціальних служб Лопушненської сільської ради",
    "centre_type": "css", "settlement": "Лопушне", "oblast": "Тернопільська",
    "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"},
    {"centre": ["Комунальна установа «Центр соціальних служб» Лопушненської сільської ради",
                "КУ «Центр соціальних служб» Лопушненської сільської ради"],
     "settlement": ["Лопушненська сільська громада"]})

f = g.f
a1 = f("applied", "persons", 412, "до Центру звернулися 412 осіб")
na = f("needs_assessed", "families_persons", 187, "Ми здійснили оцінку потреб 187 сімей/осіб")
sj = f("in_difficult_circumstances", "families", 64, "з них у 64 сім'ях виявили складні життєві обставини", parent=na)
f("in_difficult_circumstances", "children", 119, "(в них 119 дітей)", parent=sj)
sv = f("served", "families_persons", 531, "Загалом соціальними послугами охоплено 531 сім'ю/особу")
sp = f("services_provided", "services", 2846, "яким ми надали 2 846 послуг")
G = "services_2846_by_service"
s1 = f("services_provided", "services", 1214, "інформування - 1 214", service="informing", group=G, parent=sp)
s2 = f("services_provided", "services", 1037, "консультування - 1 037", service="counselling", group=G, parent=sp)
s3 = f("services_provided", "services", 412, "соціальний супровід сімей у СЖО - 412", service="social_support_sjo", group=G, parent=sp)
s4 = f("services_provided", "services", 128, "соціальна профілактика - 128", service="social_prevention", group=G, parent=sp)
s5 = f("services_provided", "services", 55, "представництво інтересів - 55", service="representation", group=G, parent=sp)
st = f("support_started", "families", 21, "під соціальний супровід взяли ще 21 сім'ю", service="social_support_sjo")
f("support_started", "children", 43, "21 сім'ю (43 дитини)", service="social_support_sjo", parent=st)
sc = f("support_completed", "families", 24, "Завершили супровід 24 сім'ям", service="social_support_sjo")
G2 = "completed_24_by_result"
o1 = f("outcome_positive", "families", 15, "з позитивним результатом (СЖО подолано) - 15", service="social_support_sjo", group=G2, parent=sc)
o2 = f("outcome_minimized", "families", 6, "СЖО мінімізовано - 6", service="social_support_sjo", group=G2, parent=sc)
o3 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання - 2", service="social_support_sjo",
       label="зміна місця проживання", group=G2, parent=sc)
o4 = f("outcome_other", "families", 2, "через відмову сім'ї від послуги - 2", service="social_support_sjo",
       label="відмова сім'ї від послуги", alt=["outcome_negative"], group=G2, parent=sc)
on = f("support_ongoing", "families", 14, "Продовжено у 2024 році супровід 14 сімей", service="social_support_sjo")
fo = f("served", "families", 3, "У громаді функціонують 3 прийомні сім'ї", service="social_support_foster", label="прийомні сім'ї")
f("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster", label="дитячі будинки сімейного типу")
f("served", "children", 14, "у яких виховується 14 дітей", service="social_support_foster", parent=fo,
  note="children of the 3 foster families and the 1 ДБСТ together; hung on the first families row")
vp = f("served", "persons", 203, "Послуги Центру отримали 203 з них (29,7 %)", percent=29.7, category="внутрішньо переміщені особи")
ev = f("events", "events", 46, "Проведено сорок шість групових заходів",
       note="number written in words")
ep = f("event_participants", "persons", 738, "якими охопили 738 осіб", parent=ev)
ep5 = f("event_participants", "persons", 512, "у тому числі 512 дітей та молоді", label="діти та молодь", parent=ep)
ca = f("calls", "calls", 97, "Телефон довіри Центру прийняв 97 дзвінків")
ca31 = f("calls", "calls", 31, "з них 31 - щодо домашнього насильства", label="щодо домашнього насильства", parent=ca)
pos = f("staff_positions", "positions", 9.5, "Штатним розписом передбачено 9,5 посади")
sa = f("staff_actual", "staff", 8, "фактично працює 8 працівників")
sa5 = f("staff_actual", "staff", 5, "5 фахівців із соціальної роботи", label="фахівці із соціальної роботи", parent=sa)
tr = f("staff_trained", "staff", 6, "пройшли 6 фахівців")
sr = f("survey_respondents", "persons", 88, "ми провели анкетування 88 отримувачів послуг", unit_alt="recipients")
G3 = "survey_88_by_answer"
q1 = f("survey_respondents", "persons", 81, "Задоволені якістю послуг 81 особа (92 %)", percent=92,
       label="задоволені якістю послуг", group=G3, parent=sr)
q2 = f("survey_respondents", "persons", 7, "частково задоволені - 7 (8 %)", percent=8,
       label="частково задоволені якістю послуг", group=G3, parent=sr)
f("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не надходило")
ba = f("budget_approved", "uah", 2318400, "Кошторис Центру на 2023 рік - 2 318,4 тис. грн")
bs = f("budget_spent", "uah", 2296700, "касові видатки склали 2 296,7 тис. грн")
bw = f("budget_spent", "uah", 2041200, "на оплату праці з нарахуваннями - 2 041,2 тис. грн",
       label="оплата праці з нарахуваннями", parent=bs)

g.slip("parts_sum", "error",
       "Завершили супровід 24 сім'ям, із них:\nз позитивним результатом (СЖО подолано) - 15;\nСЖО мінімізовано - 6;\nу зв'язку зі зміною місця проживання - 2;\nчерез відмову сім'ї від послуги - 2.",
       25, 24, [sc, o1, o2, o3, o4],
       "the four ways support ended (positive, minimized, moved, refused) partition the 24 completed cases but sum to 15 + 6 + 2 + 2 = 25: one extra. The stock balance 17 + 21 − 24 = 14 agrees with the total 24, so the parts are wrong.",
       f"{o1} + {o2} + {o3} + {o4} == {sc}")

g.check("parts_sum", "яким ми надали 2 846 послуг, а саме:", "1 214 + 1 037 + 412 + 128 + 55 = 2 846",
        f"{s1} + {s2} + {s3} + {s4} + {s5} == {sp}")
g.check("parts_sum", "Продовжено у 2024 році супровід 14 сімей",
        "stock balance: 17 at the start of the year + 21 taken − 24 completed = 14 continued into 2024 (17 is a skipped literal)",
        f"17 + {st} - {sc} == {on}")
g.check("percent_mismatch", "Послуги Центру отримали 203 з них (29,7 %)", "203 / 684 = 29,68 % → 29,7 (684 is a skipped literal)",
        f"pct_ok(p{vp[1:]}, {vp}, 684, 1)")
g.check("parts_sum", "ми провели анкетування 88 отримувачів послуг", "81 + 7 = 88",
        f"{q1} + {q2} == {sr}")
g.check("percent_mismatch", "Задоволені якістю послуг 81 особа (92 %)", "81 / 88 = 92,05 % → 92; 7 / 88 = 7,95 % → 8",
        f"pct_ok(p{q1[1:]}, {q1}, {sr}, 0) and pct_ok(p{q2[1:]}, {q2}, {sr}, 0)")
g.check("percents_sum", "Задоволені якістю послуг 81 особа (92 %), частково задоволені - 7 (8 %)", "92 + 8 = 100",
        f"psum_ok([p{q1[1:]}, p{q2[1:]}], 0)")
g.check("parts_sum", "фактично працює 8 працівників: директор, 5 фахівців із соціальної роботи, психолог, бухгалтер",
        "director 1 + 5 specialists + psychologist 1 + accountant 1 = 8 (the single posts are literals); 8 ≤ 9,5 positions; 6 trained ≤ 8",
        f"1 + {sa5} + 1 + 1 == {sa} and {sa} <= {pos} and {tr} <= {sa}")
g.check("parts_sum", "касові видатки склали 2 296,7 тис. грн", "2 041,2 ≤ 2 296,7 ≤ 2 318,4",
        f"{bw} <= {bs} <= {ba}")
g.check("parts_sum", "з них у 64 сім'ях виявили складні життєві обставини", "64 ≤ 187 assessed; 512 ≤ 738; 31 ≤ 97",
        f"{sj} <= {na} and {ep5} <= {ep} and {ca31} <= {ca}")

g.skip("47012, Тернопільська обл., Кременецький р-н, с. Лопушне, вул. Шкільна, 14", [47012, 14], "postcode, address")
g.skip("тел. (03546) 0-42-17, e-mail: css.lopushne@example.ua, код ЄДРПОУ 44718290", [3546, 4217, 44718290], "phone, ЄДРПОУ")
g.skip("Вих. № 01-12/38 від 12.01.2024", [1, 12, 38, 12, 1, 2024], "outgoing number and date")
g.skip("рішенням сесії сільської ради від 17.02.2021 № 112", [17, 2, 2021, 112], "decision date and number")
g.skip("19 населених пунктів, у яких проживає близько 9,6 тис. мешканців", [19, 9600], "settlements and population")
g.skip("(у 2022 році - 356)", [2022, 356], "prior-year figure")
g.skip("На початок року під нашим супроводом перебувало 17 сімей", [17],
       "stock carried over from 2022 (state on 01.01.2023), not a flow of the report year; used as a literal in the balance check")
g.skip("не рідше 1 разу на місяць", [1], "frequency of visits")
g.skip("Станом на 31.12.2023 в громаді обліковано 684 внутрішньо переміщені особи", [31, 12, 2023, 684],
       "date; IDPs registered in the hromada (population figure, no §3 id); used as a literal in the percent check")
g.skip("години спілкування у 6 закладах освіти", [6], "number of schools")
g.skip("Навчання за програмами НССУ (по 40 годин)", [40], "duration")
g.skip("У грудні 2023 року", [2023], "survey date")
g.skip("Взяти під супровід не менше 25 сімей; відкрити консультаційний пункт у старостинському окрузі № 3; провести не менше 50 групових заходів.",
       [25, 3, 50], "2024 plan; district number")
g.skip("тел. (03546) 0-42-19", [3546, 4219], "phone")
g.skip("1. ЗАГАЛЬНІ ПОКАЗНИКИ", [1, 2, 3, 4, 5, 6, 7, 8, 9], "section numbers 1.–9.")

g.note("centre: the heading gives the legal form «Комунальна установа «Центр соціальних служб»»; the body calls it «Центр соціальних служб Лопушненської сільської ради» (meta), the legal form goes to meta_alt")
g.note("«Ми здійснили оцінку потреб 187 сімей/осіб» → needs_assessed, unit families_persons; the 64 families in СЖО hang on it, their 119 children on the 64")
g.note("the 17 families under support at the start of the year are skipped (a 01.01.2023 stock carried over from 2022); «Продовжено у 2024 році супровід 14 сімей» → support_ongoing, as in blind18")
g.note("the 2 families who refused the service → outcome_other with label (alt outcome_negative); the family who moved → outcome_other")
g.note("«3 прийомні сім'ї та 1 дитячий будинок сімейного типу … 14 дітей»: two served rows (social_support_foster) with labels, the 14 children hang on the first; the text says all are under the Centre's support")
g.note("«сорок шість» written in words is the figure of events (46)")
g.note("the survey answers are counts with percents: survey_respondents rows with percent and label, hung on the 88 respondents (unit persons, unit_alt recipients since «отримувачів послуг» is written)")
g.note("412 appears twice with different meanings (persons who applied; services of social support): two facts")
g.note("staff: «директор, … психолог, бухгалтер» are single posts with no digit; only the 5 specialists are a row")
g.write()
