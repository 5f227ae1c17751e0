"""b12_02: протокол засідання координаційної ради, доповідь директора ЦСС Ніжинської міської ради (Чернігівська) про 2023 рік. TXT windows-1251, CRLF."""
from common import *

NAME = "b12_02_nizhyn_css_protocol2023.txt"
TEXT = """НІЖИНСЬКА МІСЬКА РАДА
ЧЕРНІГІВСЬКОЇ ОБЛАСТІ

ПРОТОКОЛ № 1
засідання координаційної ради з питань сімейної, гендерної політики,
запобігання та протидії домашньому насильству

25 січня 2024 року                                          м. Ніжин
Початок о 10.00, мала зала виконавчого комітету (площа імені Івана Франка, 1)

Присутні: 12 членів координаційної ради (з 15).
Запрошені: представники ювенальної превенції Ніжинського РВП, закладів освіти.

ПОРЯДОК ДЕННИЙ:
1. Про підсумки роботи Ніжинського міського центру соціальних служб у 2023 році.
2. Про організацію оздоровлення та відпочинку дітей пільгових категорій у 2024 році.

1. СЛУХАЛИ:
Директора Ніжинського міського центру соціальних служб, яка поінформувала, що у 2023 році до центру звернулися 497 осіб, гаряча лінія центру прийняла 381 дзвінок, а також надійшли повідомлення про 312 сімей, які можуть перебувати у складних життєвих обставинах. Оцінку потреб проведено 298 сім'ям, з них у 141 сім'ї (45,3 %) виявлено складні життєві обставини.
Соціальні послуги протягом року надано 1 186 сім'ям/особам, у яких виховується 1 530 дітей; з числа отримувачів – 214 внутрішньо переміщених сімей/осіб. Фахівці здійснили 1 034 відвідування сімей за місцем проживання. Усього надано 6 214 соціальних послуг, з них консультування – 2 409, інформування – 3 516, соціальний супровід – 289.
Послугу соціального супроводу отримали 87 сімей, в них 196 дітей. Із зазначеної кількості у 2023 році взято під супровід 52 сім'ї, завершено супровід 49 сімей, з них з позитивним результатом – 41 (83,7 %), з негативним результатом – 3, у зв'язку зі зміною місця проживання – 5. Продовжено надання послуги у 2024 році 38 сім'ям.
Щодо запобігання домашньому насильству: надійшли повідомлення щодо 64 осіб, які постраждали від домашнього насильства; послугу кризового та екстреного втручання надано 17 особам.
Центр здійснює соціальне супроводження 12 сімейних форм виховання (9 прийомних сімей та 3 дитячих будинків сімейного типу), у яких виховується 34 дитини.
Проведено 23 групові заходи (тренінги, батьківські групи), якими охоплено 412 осіб.
Штатним розписом передбачено 14 посад, фактично працює 12 фахівців; 8 фахівців пройшли навчання з ведення випадку. Скарг на роботу центру не надходило.

ВИСТУПИЛИ:
Заступник міського голови з питань діяльності виконавчих органів ради зазначила, що 87 сімей, в яких 169 дітей, отримали супровід завдяки злагодженій роботі фахівців, та наголосила на необхідності посилити роботу з раннього виявлення.
Начальник сектору ювенальної превенції повідомив, що за 2023 рік поліцією винесено 57 термінових заборонних приписів, а на профілактичному обліку перебуває 29 кривдників.

ВИРІШИЛИ:
1.1. Інформацію директора центру взяти до відома.
1.2. Центру соціальних служб до 01.03.2024 розробити план заходів щодо раннього виявлення сімей у СЖО.
1.3. Службі у справах дітей забезпечити обмін інформацією щомісяця до 5 числа.
Голосували: «за» – 11, «проти» – 0, «утримались» – 1.

2. СЛУХАЛИ:
Начальника управління освіти про оздоровлення у 2024 році. Планується оздоровити 146 дітей пільгових категорій, на що передбачено 1 240,0 тис. грн.
ВИРІШИЛИ: Інформацію взяти до відома.
Голосували: «за» – 12, «проти» – 0, «утримались» – 0.

Голова координаційної ради                         (підпис)
Секретар                                            (підпис)
Тел. для довідок (04631) 0-27-41
"""
write_text(report_path(NAME), TEXT, encoding="cp1251", newline="\r\n")

g = Gold(NAME, {
    "centre": "Ніжинський міський центр соціальних служб", "centre_type": "css",
    "settlement": "Ніжин", "oblast": "Чернігівська", "report_kind": "other",
    "period_start": "2023-01-01", "period_end": "2023-12-31"},
    meta_alt={"report_kind": ["annual_report"]})
g.f("applied", "persons", 497, "до центру звернулися 497 осіб")
g.f("calls", "calls", 381, "гаряча лінія центру прийняла 381 дзвінок")
g.f("notified", "families", 312, "надійшли повідомлення про 312 сімей")
na = g.f("needs_assessed", "families", 298, "Оцінку потреб проведено 298 сім'ям")
sjo = g.f("in_difficult_circumstances", "families", 141, "з них у 141 сім'ї (45,3 %) виявлено складні життєві обставини", percent=45.3, parent=na)
s = g.f("served", "families_persons", 1186, "Соціальні послуги протягом року надано 1 186 сім'ям/особам")
g.f("served", "children", 1530, "у яких виховується 1 530 дітей", parent=s)
g.f("served", "families_persons", 214, "з числа отримувачів – 214 внутрішньо переміщених сімей/осіб", category="внутрішньо переміщені особи", parent=s)
sv = g.f("services_provided", "services", 6214, "Усього надано 6 214 соціальних послуг")
g.f("services_provided", "services", 2409, "консультування – 2 409", service="counselling", group="services_6214_by_service", parent=sv)
g.f("services_provided", "services", 3516, "інформування – 3 516", service="informing", group="services_6214_by_service", parent=sv)
g.f("services_provided", "services", 289, "соціальний супровід – 289", service="social_support_sjo", group="services_6214_by_service", parent=sv)
ss = g.f("served", "families", 87, "Послугу соціального супроводу отримали 87 сімей", service="social_support_sjo", alt=["support_ongoing"])
c1 = g.f("served", "children", 196, "в них 196 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
st = g.f("support_started", "families", 52, "у 2023 році взято під супровід 52 сім'ї", service="social_support_sjo", parent=ss)
sc = g.f("support_completed", "families", 49, "завершено супровід 49 сімей", service="social_support_sjo", parent=ss, group="families_87_completed_or_continued")
o1 = g.f("outcome_positive", "families", 41, "з них з позитивним результатом – 41 (83,7 %)", percent=83.7, service="social_support_sjo", parent=sc, group="completed_49_by_outcome")
o2 = g.f("outcome_negative", "families", 3, "з негативним результатом – 3", service="social_support_sjo", parent=sc, group="completed_49_by_outcome")
o3 = g.f("outcome_other", "families", 5, "у зв'язку зі зміною місця проживання – 5", service="social_support_sjo", label="у зв'язку зі зміною місця проживання", parent=sc, group="completed_49_by_outcome")
g.f("support_ongoing", "families", 38, "Продовжено надання послуги у 2024 році 38 сім'ям", service="social_support_sjo", parent=ss, group="families_87_completed_or_continued",
    note="a 2023 figure (families whose support continues past 31.12.2023) although it names 2024")
g.f("notified", "persons", 64, "надійшли повідомлення щодо 64 осіб, які постраждали від домашнього насильства", category="особи, які постраждали від домашнього насильства")
g.f("served", "persons", 17, "послугу кризового та екстреного втручання надано 17 особам", service="crisis_intervention")
fo = g.f("served", "families", 12, "Центр здійснює соціальне супроводження 12 сімейних форм виховання", service="social_support_foster")
g.f("served", "families", 9, "9 прийомних сімей", service="social_support_foster", category="прийомні сім'ї", parent=fo, group="foster_12_by_form")
g.f("served", "families", 3, "3 дитячих будинків сімейного типу", service="social_support_foster", category="дитячі будинки сімейного типу", parent=fo, group="foster_12_by_form")
g.f("served", "children", 34, "у яких виховується 34 дитини", service="social_support_foster", parent=fo)
ev = g.f("events", "events", 23, "Проведено 23 групові заходи")
g.f("event_participants", "persons", 412, "якими охоплено 412 осіб", parent=ev)
g.f("staff_positions", "positions", 14, "Штатним розписом передбачено 14 посад")
g.f("staff_actual", "staff", 12, "фактично працює 12 фахівців")
g.f("staff_trained", "staff", 8, "8 фахівців пройшли навчання з ведення випадку")
g.f("complaints", "complaints", 0, "Скарг на роботу центру не надходило")
ss2 = g.f("served", "families", 87, "87 сімей, в яких 169 дітей, отримали супровід", service="social_support_sjo", alt=["support_ongoing"],
          note="the deputy mayor repeats the director's total: a total written twice is two facts")
c2 = g.f("served", "children", 169, "87 сімей, в яких 169 дітей, отримали супровід", service="social_support_sjo", alt=["support_ongoing"], parent=ss2)

g.slip("percent_mismatch", "error", "з них у 141 сім'ї (45,3 %) виявлено складні життєві обставини", 45.3, 47.3, [sjo],
       "141 of the 298 assessed families is 47,3 %, written 45,3 % (141/312 notified would be 45,2 %, not 45,3 either)")
g.slip("internal_conflict", "error", "87 сімей, в яких 169 дітей, отримали супровід", 169, 196, [c1, c2],
       "the director says the 87 supported families have 196 children, the deputy mayor says 169 (digits swapped)")
g.check("parts_sum", "Усього надано 6 214 соціальних послуг", "2 409 + 3 516 + 289 = 6 214")
g.check("parts_sum", "завершено супровід 49 сімей", "41 + 3 + 5 = 49; 49 completed + 38 continued = 87")
g.check("percent_mismatch", "з них з позитивним результатом – 41 (83,7 %)", "41/49 = 83,67 %")
g.check("parts_sum", "Центр здійснює соціальне супроводження 12 сімейних форм виховання", "9 + 3 = 12")
g.skip("Фахівці здійснили 1 034 відвідування сімей за місцем проживання.", [1034], "home visits: no §3 id")
g.skip("ПРОТОКОЛ № 1", [1], "protocol number")
g.skip("25 січня 2024 року", [25, 2024], "date of the sitting")
g.skip("Початок о 10.00, мала зала виконавчого комітету (площа імені Івана Франка, 1)", [10, 0, 1], "time and address")
g.skip("Присутні: 12 членів координаційної ради (з 15).", [12, 15], "attendance of the council, not staff or participants")
g.skip("поліцією винесено 57 термінових заборонних приписів, а на профілактичному обліку перебуває 29 кривдників", [57, 29], "the police's figures, not the centre's")
g.skip("1.2. Центру соціальних служб до 01.03.2024 розробити план заходів", [1, 2, 1, 3, 2024], "item number and deadline")
g.skip("щомісяця до 5 числа", [5], "deadline")
g.skip("Голосували: «за» – 11, «проти» – 0, «утримались» – 1.", [11, 0, 1], "vote count")
g.skip("Голосували: «за» – 12, «проти» – 0, «утримались» – 0.", [12, 0, 0], "vote count")
g.skip("Планується оздоровити 146 дітей пільгових категорій, на що передбачено 1 240,0 тис. грн.", [146, 1240000], "2024 plan of the education department (another body, future period)")
g.skip("Тел. для довідок (04631) 0-27-41", [4631, 0, 27, 41], "phone")
g.note("a protocol of a coordination council: the director's report under СЛУХАЛИ is the source of facts; the deputy mayor's repetition under ВИСТУПИЛИ gives two more facts (a total written twice)")
g.note("report_kind other (a protocol), annual_report accepted as the item reports on the whole year")
g.note("«87 сімей отримали послугу соціального супроводу» → served (alt support_ongoing); 52 taken on are part of the 87 (the rest were carried over from 2022); 49 completed + 38 continued partition the 87")
g.note("«повідомлення щодо 64 осіб, які постраждали від домашнього насильства» → notified, unit persons")
g.note("«12 сімейних форм виховання (9 прийомних сімей та 3 ДБСТ)» → served families with social_support_foster, 9 and 3 a partition of 12")
g.write()
