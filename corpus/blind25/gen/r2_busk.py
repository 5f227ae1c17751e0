"""b25_02: ТЦСО Буської міської ради (Львівська), information for 9 months of 2023.
TXT in windows-1251 with CRLF, centred title padded with spaces, hard-wrapped at ~66 columns,
Roman section numbers, telegraphic style with dash lists and «а саме:» by старостинський округ."""
from common import Gold, report_path, write_text

DOC = "b25_02_busk_tcso_9m2023.txt"

TEXT = """\
         Територіальний центр соціального обслуговування
          (надання соціальних послуг) Буської міської ради
                        Львівської області
80500, м. Буськ, вул. Петрушевича, 9, тел. (03264) 0-41-76,
e-mail: tc.busk@example.ua, код ЄДРПОУ 40317254

Вих. № 214 від 06.10.2023          Начальнику відділу соціального
                                   захисту населення Буської
                                   міської ради

                           ІНФОРМАЦІЯ
          про роботу терцентру за 9 місяців 2023 року

І. ОХОПЛЕННЯ
За 9 міс. 2023 р. терцентром обслуговано 1 318 осіб (за 9 міс.
2022 р. – 1 274), у т.ч. по відділеннях:
  - відділення соціальної допомоги вдома – 486 осіб;
  - відділення денного перебування – 212 осіб;
  - відділення організації надання адресної натуральної та
    грошової допомоги – 620 осіб.
Надано 10 154 соц. послуги, з них: догляд вдома – 7 412,
денний догляд – 1 086, соціальна адаптація – 904, натуральна
допомога – 620, консультування – 132.

ІІ. ДОГЛЯД ВДОМА
Обслуговано вдома 486 осіб, а саме по старостинських округах:
  - м. Буськ – 196;
  - с. Ракобовти – 71;
  - с. Соколя – 64;
  - с. Кути – 58;
  - с. Чучмани – 49;
  - решта округів – 39.
В громаді проживає 7 912 осіб віком 60+, з них одиноких –
близько 1,1 тис.
Надійшло 112 заяв. Взято на обслуговування 94 особи. Знято з
обслуговування 71 особу, а саме: у зв'язку зі смертю – 43,
вибуттям за межі громади – 11, влаштуванням до інтернатних
закладів – 5, за власним бажанням – 12.
На черзі на взяття на обслуговування – 17 осіб.

ІІІ. ДЕННЕ ПЕРЕБУВАННЯ
Відділення працює з 9.00 до 16.00, розраховане на 25 місць.
Гуртки: рукоділля, співочий, «Школа здоров'я». Проведено 36
клубних занять.

ІV. НАТУРАЛЬНА ДОПОМОГА. СОЦІАЛЬНЕ ТАКСІ. ПЛАТНІ ПОСЛУГИ
Адресну натуральну допомогу отримали 620 осіб на загальну суму
83,7 тис. грн (продуктові набори, засоби гігієни, 2 254 кг
овочів з фермерських господарств).
Соц. таксі скористалися 27 осіб, здійснено 64 поїздки (тариф –
9,50 грн за 1 км).
Платні послуги надано 38 особам, до спецфонду надійшло 41,6 тис.
грн.

V. КАДРИ
Штатна чисельність – 52,5 шт. од., фактично працює 49 осіб,
з них соціальних робітників – 31. Пройшли навчання 14
працівників.

VІ. ЯКІСТЬ
У вересні опитано 60 отримувачів, задоволені якістю – 58
(96,7 %). Скарг не надходило.

Директор терцентру              (підпис)
Виконавець: фахівець з соціальної роботи, тел. (03264) 0-41-79
"""
out = report_path(DOC)
write_text(out, TEXT, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Буської міської ради",
    "centre_type": "tcso", "settlement": "Буськ", "oblast": "Львівська", "report_kind": "period_report",
    "period_start": "2023-01-01", "period_end": "2023-09-30"},
    meta_alt={"centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг) Буської міської ради Львівської області"]})
F = g.f
f1 = F("served", "persons", 1318, "терцентром обслуговано 1 318 осіб")
f2 = F("served", "persons", 486, "відділення соціальної допомоги вдома – 486 осіб;", service="home_care",
       district="відділення соціальної допомоги вдома", group="served_1318_by_department", parent=f1)
f3 = F("served", "persons", 212, "відділення денного перебування – 212 осіб;",
       district="відділення денного перебування", group="served_1318_by_department", parent=f1)
f4 = F("served", "persons", 620, "грошової допомоги – 620 осіб.", service="natural_aid",
       district="відділення організації надання адресної натуральної та грошової допомоги",
       group="served_1318_by_department", parent=f1,
       note="the department name wraps over two lines; the quote is the second line")
f5 = F("services_provided", "services", 10154, "Надано 10 154 соц. послуги")
P = "Надано 10 154 соц. послуги, з них: догляд вдома – 7 412,"
f6 = F("services_provided", "services", 7412, "догляд вдома – 7 412", service="home_care", group="services_10154", parent=f5)
f7 = F("services_provided", "services", 1086, "денний догляд – 1 086", service="day_care", group="services_10154", parent=f5)
f8 = F("services_provided", "services", 904, "соціальна адаптація – 904", service="social_adaptation", group="services_10154", parent=f5)
f9 = F("services_provided", "services", 620, "допомога – 620, консультування – 132.", service="natural_aid", group="services_10154", parent=f5,
       note="«натуральна / допомога – 620» wraps; quoted from its line")
f10 = F("services_provided", "services", 132, "консультування – 132.", service="counselling", group="services_10154", parent=f5)
f11 = F("served", "persons", 486, "Обслуговано вдома 486 осіб", service="home_care")
vill = [("м. Буськ – 196;", 196, "м. Буськ"), ("с. Ракобовти – 71;", 71, "старостинський округ с. Ракобовти"),
        ("с. Соколя – 64;", 64, "старостинський округ с. Соколя"), ("с. Кути – 58;", 58, "старостинський округ с. Кути"),
        ("с. Чучмани – 49;", 49, "старостинський округ с. Чучмани"), ("решта округів – 39.", 39, "решта старостинських округів")]
vids = [F("served", "persons", v, q, service="home_care", district=dn, group="home_care_486_by_okrug", parent=f11)
        for q, v, dn in vill]
f18 = F("applied", "applications", 112, "Надійшло 112 заяв.")
f19 = F("served", "persons", 94, "Взято на обслуговування 94 особи.", label="взято на обслуговування",
        alt=["registered_new", "support_started"])
f20 = F("deregistered", "persons", 71, "обслуговування 71 особу, а саме: у зв'язку зі смертю – 43,",
        note="«Знято з / обслуговування 71 особу» wraps; quoted from the second line")
f21 = F("deregistered", "persons", 43, "у зв'язку зі смертю – 43", label="смерть", group="deregistered_71_by_reason", parent=f20)
f22 = F("deregistered", "persons", 11, "вибуттям за межі громади – 11", label="вибуття за межі громади", group="deregistered_71_by_reason", parent=f20)
f23 = F("deregistered", "persons", 5, "закладів – 5, за власним бажанням – 12.", label="влаштування до інтернатних закладів",
        group="deregistered_71_by_reason", parent=f20)
f24 = F("deregistered", "persons", 12, "за власним бажанням – 12.", label="за власним бажанням", group="deregistered_71_by_reason", parent=f20)
f25 = F("served", "persons", 620, "Адресну натуральну допомогу отримали 620 осіб на загальну суму", service="natural_aid")
f26 = F("aid_value", "uah", 83700, "83,7 тис. грн (продуктові набори, засоби гігієни, 2 254 кг", service="natural_aid")
f27 = F("served", "persons", 27, "Соц. таксі скористалися 27 осіб", service="social_taxi")
f28 = F("served", "persons", 38, "Платні послуги надано 38 особам", label="платні послуги")
f29 = F("budget_received", "uah", 41600, "до спецфонду надійшло 41,6 тис.", label="спеціальний фонд, платні послуги",
        note="«41,6 тис. / грн.» wraps; the unit is on the next line")
f30 = F("staff_positions", "positions", 52.5, "Штатна чисельність – 52,5 шт. од.")
f31 = F("staff_actual", "staff", 49, "фактично працює 49 осіб")
f32 = F("staff_actual", "staff", 31, "з них соціальних робітників – 31", label="соціальні робітники", parent=f31)
f33 = F("staff_trained", "staff", 14, "Пройшли навчання 14", note="«14 / працівників» wraps")
f34 = F("survey_respondents", "persons", 60, "У вересні опитано 60 отримувачів", unit_alt="recipients")
f35 = F("survey_respondents", "persons", 58, "задоволені якістю – 58", percent=96.7, label="задоволені якістю",
        alt=["satisfaction"], parent=f34, note="the percent (96,7 %) is on the next line; it is this count's percent")
f36 = F("complaints", "complaints", 0, "Скарг не надходило.")
f_ev = F("events", "events", 36, "Проведено 36", label="клубні заняття відділення денного перебування",
         district="відділення денного перебування", note="«Проведено 36 / клубних занять» wraps; quoted from the line with the figure")

g.slip("parts_sum", "error", "Обслуговано вдома 486 осіб, а саме по старостинських округах:", 486, 477,
       [f11] + vids,
       "«а саме по старостинських округах» with «решта округів» closing the list is a partition: 196 + 71 + 64 + 58 + 49 + 39 = 477, 9 short of the 486 served at home",
       "sum([" + ", ".join("f" + v[1:] for v in vids) + "]) == f11", slip=1)
g.check("parts_sum", "у т.ч. по відділеннях:", "486 + 212 + 620 = 1 318", "f2 + f3 + f4 == f1")
g.check("parts_sum", P, "7 412 + 1 086 + 904 + 620 + 132 = 10 154", "f6 + f7 + f8 + f9 + f10 == f5")
g.check("internal_conflict", "Обслуговано вдома 486 осіб", "486 at home in section ІІ = the home-care department row", "f11 == f2")
g.check("internal_conflict", "Адресну натуральну допомогу отримали 620 осіб на загальну суму",
        "620 natural-aid recipients = the department row and the 620 natural-aid services", "f25 == f4 and f9 == f25")
g.check("parts_sum", "обслуговування 71 особу, а саме: у зв'язку зі смертю – 43,", "43 + 11 + 5 + 12 = 71", "f21 + f22 + f23 + f24 == f20")
g.check("parts_sum", "Взято на обслуговування 94 особи.", "94 taken ≤ 112 applications", "f19 <= f18")
g.check("parts_sum", "з них соціальних робітників – 31", "31 ≤ 49 ≤ 52,5", "f32 <= f31 <= f30 and f33 <= f31")
g.check("percent_mismatch", "(96,7 %). Скарг не надходило.", "58/60 = 96,7 %", "pct_ok(p35, f35, f34, 1)")

g.skip("80500, м. Буськ, вул. Петрушевича, 9, тел. (03264) 0-41-76,", [80500, 9, 3264, 4176], "postcode, address, phone")
g.skip("код ЄДРПОУ 40317254", [40317254], "ЄДРПОУ")
g.skip("Вих. № 214 від 06.10.2023", [214, 6, 10, 2023], "outgoing number and date")
g.skip("про роботу терцентру за 9 місяців 2023 року", [9, 2023], "period in the title")
g.skip("(за 9 міс.", [9], "period of the comparison")
g.skip("2022 р. – 1 274), у т.ч. по відділеннях:", [2022, 1274], "prior-year figure")
g.skip("В громаді проживає 7 912 осіб віком 60+, з них одиноких –", [7912, 60], "population, age")
g.skip("близько 1,1 тис.", [1.1], "population (single elderly)")
g.skip("На черзі на взяття на обслуговування – 17 осіб.", [17], "waiting list")
g.skip("Відділення працює з 9.00 до 16.00, розраховане на 25 місць.", [9, 0, 16, 0, 25], "opening hours, capacity")
g.skip("2 254 кг", [2254], "kilograms of vegetables (items)")
g.skip("здійснено 64 поїздки (тариф –", [64], "trips (no §3 id)")
g.skip("9,50 грн за 1 км).", [9.5, 1], "tariff")
g.skip("Виконавець: фахівець з соціальної роботи, тел. (03264) 0-41-79", [3264, 4179], "phone")
g.note("period «за 9 місяців 2023 року» → 2023-01-01..2023-09-30")
g.note("hard-wrapped TXT: quotes stay within one line of the read text; where a figure's words wrap, the quote is the line that holds the figure (see the notes of f4, f9, f20, f29, f33)")
g.note("«задоволені якістю – 58 (96,7 %)» → survey_respondents 58 with percent 96,7 (a count with its percent, as in the shared gold), alt satisfaction")
g.note("«Проведено 36 / клубних занять» (wrapped) in the day-care department → events 36 with a label (group sessions of the clubs)")
g.write()
