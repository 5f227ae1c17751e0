"""b122_05: Управління соціального захисту населення Великодедеркальської сільської ради (Тернопільська),
analytic note for Q3 2021. UTF-8 TXT (LF), a space-aligned table by starosta district, impersonal voice."""
import re
from common import Gold, report_path, write_text

NAME = "b122_05_velykidederkaly_uszn_q3_2021.txt"

TEXT = """\
УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ
ВЕЛИКОДЕДЕРКАЛЬСЬКОЇ СІЛЬСЬКОЇ РАДИ
47133, Тернопільська обл., Кременецький р-н, с. Великі Дедеркали, вул. Незалежності, 38
тел. (03546) 0-51-42, uszn.dederkaly@example.ua, код ЄДРПОУ 44196052

АНАЛІТИЧНА ДОВІДКА
щодо стану соціального захисту населення громади у III кварталі 2021 року

Прийом громадян та звернення

У липні–вересні 2021 року управлінням прийнято 1 247 заяв громадян щодо призначення державних соціальних допомог, компенсацій та житлових субсидій, з них через ЦНАП – 806 (64,6 %). Для порівняння: у II кварталі прийнято 1 105 заяв, а з початку року – 3 618.

На «гарячу лінію» управління за квартал надійшло 214 дзвінків. Письмових скарг зареєстровано 3: дві – щодо затримки виплат, одна – щодо якості догляду вдома. Усі скарги розглянуто у встановлений законом 30-денний строк.

На обліку в управлінні як внутрішньо переміщені особи перебуває 146 осіб (станом на 30.09.2021).

Соціальні послуги

Соціальну послугу догляду вдома в громаді надають соціальні робітники, оформлені при управлінні. Отримувачами послуги у III кварталі були 73 особи, з них 48 (65,8 %) – одиноко проживаючі. Розподіл за старостинськими округами:

Старостинський округ      Отримувачів, осіб   Надано послуг   Соц. робітників
Великі Дедеркали          34                  1 870           5
Малі Дедеркали            12                  652             2
Шушківці                  9                   487             1
Котюжини                  11                  598             2
Підлісці                  7                   371             1
Разом                     73                  3 987           11

Загалом за квартал надано 3 987 послуг з догляду вдома. Норма навантаження – 8 отримувачів на одного соціального робітника у селі.

Під соціальним супроводом фахівця із соціальної роботи перебувало 9 сімей, які опинилися у складних життєвих обставинах; у них виховується 23 дитини.

Гуманітарну допомогу (продуктові набори, засоби гігієни) отримали 57 сімей на загальну суму 41,8 тис. грн.

Кадрове та фінансове забезпечення

Штатна чисельність управління – 14 посад, фактично працюють 13 осіб. Касові видатки на оплату праці соціальних робітників за квартал склали 412,7 тис. грн.

Пропозиції: у IV кварталі 2021 року розширити мережу послуги догляду вдома на 2 старостинські округи та ввести 1 додаткову посаду соціального робітника.

Начальник управління                      (підпис)
Вик.: відділ соціальних послуг, 08.10.2021
"""

write_text(report_path(NAME), TEXT)

g = Gold(NAME, {
    "centre": "Управління соціального захисту населення Великодедеркальської сільської ради",
    "centre_type": "uszn", "settlement": "Великі Дедеркали", "oblast": "Тернопільська",
    "report_kind": "period_report", "period_start": "2021-07-01", "period_end": "2021-09-30"})

AP = g.f("applied", "applications", 1247, "управлінням прийнято 1 247 заяв громадян")
CN = g.f("applied", "applications", 806, "з них через ЦНАП – 806 (64,6 %)", percent=64.6, label="через ЦНАП", parent=AP)
g.f("calls", "calls", 214, "надійшло 214 дзвінків")
CO = g.f("complaints", "complaints", 3, "Письмових скарг зареєстровано 3")
C1 = g.f("complaints", "complaints", 2, "дві – щодо затримки виплат", label="затримка виплат", parent=CO,
         group="complaints_3_by_subject", note="number in words")
C2 = g.f("complaints", "complaints", 1, "одна – щодо якості догляду вдома", label="якість догляду вдома", parent=CO,
         group="complaints_3_by_subject", note="number in words")
HC = g.f("served", "persons", 73, "Отримувачами послуги у III кварталі були 73 особи", service="home_care")
AL = g.f("served", "persons", 48, "з них 48 (65,8 %) – одиноко проживаючі", service="home_care", percent=65.8,
         category="одиноко проживаючі", parent=HC)
rows = [("Великі Дедеркали", "Великі Дедеркали          34                  1 870           5", 34, 1870, 5),
        ("Малі Дедеркали", "Малі Дедеркали            12                  652             2", 12, 652, 2),
        ("Шушківці", "Шушківці                  9                   487             1", 9, 487, 1),
        ("Котюжини", "Котюжини                  11                  598             2", 11, 598, 2),
        ("Підлісці", "Підлісці                  7                   371             1", 7, 371, 1)]
TOT = "Разом\t73\t3 987\t11"
T1 = g.f("served", "persons", 73, TOT, service="home_care", label="Разом (таблиця)")
T2 = g.f("services_provided", "services", 3987, TOT, service="home_care", label="Разом (таблиця)")
T3 = g.f("staff_actual", "staff", 11, TOT, label="соціальні робітники, разом")
r1, r2, r3 = [], [], []
for dist, q, a, b, c in rows:
    q = "\t".join(re.split(r" {2,}", q))
    r1.append(g.f("served", "persons", a, q, service="home_care", district=dist, parent=T1, group="served_by_okrug"))
    r2.append(g.f("services_provided", "services", b, q, service="home_care", district=dist, parent=T2,
                  group="services_by_okrug"))
    r3.append(g.f("staff_actual", "staff", c, q, district=dist, label="соціальні робітники", parent=T3,
                  group="social_workers_by_okrug"))
P = g.f("services_provided", "services", 3987, "Загалом за квартал надано 3 987 послуг з догляду вдома",
        service="home_care", note="repeat of the table total, which is itself wrong (see audit)")
SJ = g.f("served", "families", 9, "перебувало 9 сімей", service="social_support_sjo", alt=["support_ongoing"])
g.f("served", "children", 23, "у них виховується 23 дитини", service="social_support_sjo", alt=["support_ongoing"],
    parent=SJ)
g.f("served", "families", 57, "отримали 57 сімей", service="natural_aid")
g.f("aid_value", "uah", 41800, "на загальну суму 41,8 тис. грн", service="natural_aid")
SP = g.f("staff_positions", "positions", 14, "Штатна чисельність управління – 14 посад")
SA = g.f("staff_actual", "staff", 13, "фактично працюють 13 осіб")
g.f("budget_spent", "uah", 412700, "за квартал склали 412,7 тис. грн", label="оплата праці соціальних робітників")

g.slip("table_arithmetic", "error", TOT, 3987, 3978, [T2] + r2,
       "the «Надано послуг» column sums to 1 870 + 652 + 487 + 598 + 371 = 3 978, but Разом says 3 987 "
       "(two digits transposed); the prose repeats the wrong 3 987. The other two columns add up.",
       " + ".join(r2) + f" == {T2}")
g.check("table_arithmetic", TOT, "34 + 12 + 9 + 11 + 7 = 73", " + ".join(r1) + f" == {T1}")
g.check("table_arithmetic", TOT, "5 + 2 + 1 + 2 + 1 = 11", " + ".join(r3) + f" == {T3}")
g.check("percent_mismatch", "з них через ЦНАП – 806 (64,6 %)", "806 / 1 247 = 64,64 % → 64,6", f"pct_ok(p{CN[1:]}, {CN}, {AP}, 1)")
g.check("percent_mismatch", "з них 48 (65,8 %) – одиноко проживаючі", "48 / 73 = 65,75 % → 65,8",
        f"pct_ok(p{AL[1:]}, {AL}, {HC}, 1)")
g.check("parts_sum", "Письмових скарг зареєстровано 3: дві – щодо затримки виплат, одна – щодо якості догляду вдома",
        "2 + 1 = 3", f"{C1} + {C2} == {CO}")
g.check("internal_conflict", "Отримувачами послуги у III кварталі були 73 особи", "prose 73 = table Разом 73; prose 3 987 = table Разом",
        f"{HC} == {T1} and {P} == {T2}")
g.check("parts_sum", "фактично працюють 13 осіб", "13 ≤ 14", f"{SA} <= {SP}")

g.skip("47133, Тернопільська обл., Кременецький р-н, с. Великі Дедеркали, вул. Незалежності, 38",
       [47133, 38], "postcode, address")
g.skip("тел. (03546) 0-51-42", [3546, 5142], "phone")
g.skip("код ЄДРПОУ 44196052", [44196052], "ЄДРПОУ")
g.skip("у III кварталі 2021 року", [3, 2021], "period")
g.skip("у II кварталі прийнято 1 105 заяв, а з початку року – 3 618", [2, 1105, 3618],
       "previous quarter's figure and a year-to-date figure (another period)")
g.skip("у встановлений законом 30-денний строк", [30], "duration")
g.skip("перебуває 146 осіб (станом на 30.09.2021)", [146, 30, 9, 2021], "IDPs registered with the УСЗН (no §3 id), date")
g.skip("Норма навантаження – 8 отримувачів на одного соціального робітника", [8, 1], "workload norm (ratio)")
g.skip("у IV кварталі 2021 року розширити мережу послуги догляду вдома на 2 старостинські округи та ввести 1 додаткову "
       "посаду", [4, 2021, 2, 1], "proposals for the next quarter")
g.skip("08.10.2021", [8, 10, 2021], "compile date")

g.note("an УСЗН → centre_type uszn; the note covers Q3 2021 (липень–вересень) → 2021-07-01..2021-09-30")
g.note("applications for benefits and subsidies → applied (applications); the ЦНАП part carries its percent")
g.note("the table by starosta district: every cell is a fact quoted by its row, with district; rows hang on the "
       "Разом cell of their column; the social workers column → staff_actual with a label")
g.note("the prose «надано 3 987 послуг» repeats the wrong table total: it is a fact (value as written) and no second "
       "finding, since both say the same")
g.note("«Письмових скарг зареєстровано 3: дві …, одна …» → complaints with parts (numbers in words)")
g.note("IDPs on the УСЗН register are not the register of families in СЖО → skipped")
g.write()
