"""b103_02: ТЦСО Угринівської сільської ради, information for H1 2022 (TXT, windows-1251, CRLF, impersonal)."""
from common import Gold, report_path, write_text

DOC = "b103_02_uhryniv_tcso_h1_2022.txt"

TEXT = """\
           ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
              (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
                УГРИНІВСЬКОЇ СІЛЬСЬКОЇ РАДИ

вул. Шевченка, 12, с. Угринів, Івано-Франківський р-н,
Івано-Франківська обл., 77423, тел. (0342) 0-55-81

Вих. № 84/02-11 від 05.07.2022

                       ІНФОРМАЦІЯ
  про роботу територіального центру за І півріччя 2022 року

   Територіальним центром протягом січня - червня 2022 року
обслуговано 286 осіб, у тому числі:
   - відділенням соціальної допомоги вдома - 142 особи;
   - відділенням денного перебування - 37 осіб;
   - відділенням організації надання адресної натуральної
допомоги - 107 осіб.
   За І півріччя 2021 року обслуговано 251 особу.

   Серед отримувачів послуги догляду вдома (142 особи):
   одинокі громадяни похилого віку - 61;
   одиноко проживаючі особи з інвалідністю - 48;
   внутрішньо переміщені особи - 19;
   інші категорії - 11.

   На обслуговування взято 31 особу, знято з обслуговування
24 особи, з них: у зв'язку зі смертю - 11, у зв'язку зі зміною
місця проживання - 5, за власним бажанням - 6, у зв'язку з
влаштуванням до будинку-інтернату - 2.

   Всього надано 14386 соціальних послуг, з них: вдома - 11902,
у відділенні денного перебування - 1648, натуральна допомога -
836.

   З кінця лютого 2022 року на території громади
зареєстровано понад 2300 внутрішньо переміщених осіб. Для них
та для малозабезпечених мешканців громади видано 412 продуктових
наборів та 96 комплектів засобів гігієни на загальну суму
186,4 тис. грн (благодійна допомога міжнародних організацій).

   Послугою соціального таксі скористалися 17 осіб з
інвалідністю, здійснено 29 поїздок. Вартість 1 км пробігу
становить 9,50 грн.

   Штатна чисельність працівників - 24 посади, фактично
працює 22 працівники, в т.ч. 16 соціальних робітників.
Вартість однієї години послуги догляду вдома (для платних
отримувачів) - 64,20 грн.

   Касові видатки загального фонду за І півріччя становлять
2614,8 тис. грн, у тому числі:
   КЕКВ 2111 - 2047,3 тис. грн;
   КЕКВ 2120 - 450,4 тис. грн;
   КЕКВ 2210 - 62,5 тис. грн;
   КЕКВ 2273 - 54,6 тис. грн.
   До спеціального фонду за надання платних послуг надійшло
41,7 тис. грн.

   Скарг від отримувачів за звітний період не надходило.

Директор територіального центру                    (підпис)
Виконавець: тел. (0342) 0-55-84
"""

path = report_path(DOC)
write_text(path, TEXT, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Угринівської сільської ради",
    "centre_type": "tcso", "settlement": "Угринів", "oblast": "Івано-Франківська",
    "report_kind": "period_report", "period_start": "2022-01-01", "period_end": "2022-06-30"})

f1 = g.f("served", "persons", 286, "обслуговано 286 осіб, у тому числі:")
grp = "served_286_by_department"
f2 = g.f("served", "persons", 142, "відділенням соціальної допомоги вдома - 142 особи;", service="home_care",
         group=grp, parent=f1, label="відділення соціальної допомоги вдома")
f3 = g.f("served", "persons", 37, "відділенням денного перебування - 37 осіб;", service="day_care",
         group=grp, parent=f1, label="відділення денного перебування")
f4 = g.f("served", "persons", 107, "допомоги - 107 осіб.", service="natural_aid", group=grp, parent=f1,
         label="відділення організації надання адресної натуральної допомоги",
         note="the department name wraps onto the next line; the quote is the line that holds the figure")
f5 = g.f("served", "persons", 142, "Серед отримувачів послуги догляду вдома (142 особи):", service="home_care",
         note="the same 142 written a second time as the whole of the category list")
grp = "home_care_142_by_category"
f6 = g.f("served", "persons", 61, "одинокі громадяни похилого віку - 61;", service="home_care", group=grp,
         parent=f5, category="одинокі громадяни похилого віку")
f7 = g.f("served", "persons", 48, "одиноко проживаючі особи з інвалідністю - 48;", service="home_care",
         group=grp, parent=f5, category="одиноко проживаючі особи з інвалідністю")
f8 = g.f("served", "persons", 19, "внутрішньо переміщені особи - 19;", service="home_care", group=grp,
         parent=f5, category="внутрішньо переміщені особи")
f9 = g.f("served", "persons", 11, "інші категорії - 11.", service="home_care", group=grp, parent=f5,
         category="інші категорії")
f10 = g.f("served", "persons", 31, "На обслуговування взято 31 особу", alt=["registered_new", "support_started"])
f11 = g.f("deregistered", "persons", 24, "знято з обслуговування\n24 особи".replace("\n", "\n"))
grp = "deregistered_24_by_reason"
f12 = g.f("deregistered", "persons", 11, "у зв'язку зі смертю - 11", group=grp, parent=f11, label="смерть")
f13 = g.f("deregistered", "persons", 5, "місця проживання - 5", group=grp, parent=f11,
          label="зміна місця проживання")
f14 = g.f("deregistered", "persons", 6, "за власним бажанням - 6", group=grp, parent=f11,
          label="за власним бажанням")
f15 = g.f("deregistered", "persons", 2, "влаштуванням до будинку-інтернату - 2", group=grp, parent=f11,
          label="влаштування до будинку-інтернату")
f16 = g.f("services_provided", "services", 14386, "Всього надано 14386 соціальних послуг")
grp = "services_14386_by_department"
f17 = g.f("services_provided", "services", 11902, "вдома - 11902", service="home_care", group=grp, parent=f16)
f18 = g.f("services_provided", "services", 1648, "у відділенні денного перебування - 1648", service="day_care",
          group=grp, parent=f16)
f19 = g.f("services_provided", "services", 836, "натуральна допомога -\n836", service="natural_aid",
          group=grp, parent=f16)
f20 = g.f("aid_value", "uah", 186400, "на загальну суму\n186,4 тис. грн",
          label="продуктові набори та засоби гігієни (благодійна допомога)")
f21 = g.f("served", "persons", 17, "Послугою соціального таксі скористалися 17 осіб", service="social_taxi",
          category="особи з інвалідністю")
f22 = g.f("staff_positions", "positions", 24, "Штатна чисельність працівників - 24 посади")
f23 = g.f("staff_actual", "staff", 22, "працює 22 працівники")
f24 = g.f("staff_actual", "staff", 16, "в т.ч. 16 соціальних робітників", parent=f23, label="соціальні робітники")
f25 = g.f("budget_spent", "uah", 2614800, "2614,8 тис. грн, у тому числі:", label="загальний фонд")
grp = "spent_2614_8_by_kekv"
f26 = g.f("budget_spent", "uah", 2047300, "КЕКВ 2111 - 2047,3 тис. грн;", kekv="2111", group=grp, parent=f25)
f27 = g.f("budget_spent", "uah", 450400, "КЕКВ 2120 - 450,4 тис. грн;", kekv="2120", group=grp, parent=f25)
f28 = g.f("budget_spent", "uah", 62500, "КЕКВ 2210 - 62,5 тис. грн;", kekv="2210", group=grp, parent=f25)
f29 = g.f("budget_spent", "uah", 54600, "КЕКВ 2273 - 54,6 тис. грн.", kekv="2273", group=grp, parent=f25)
f30 = g.f("budget_received", "uah", 41700, "41,7 тис. грн.", label="спеціальний фонд, платні послуги")
f31 = g.f("complaints", "complaints", 0, "Скарг від отримувачів за звітний період не надходило.")

g.slip("parts_sum", "error", "Серед отримувачів послуги догляду вдома (142 особи):", 139, 142,
       [f5, f6, f7, f8, f9],
       "the four categories of the 142 home-care recipients end with «інші категорії», so they partition "
       "the 142, but 61 + 48 + 19 + 11 = 139: 3 recipients are missing.",
       "f6 + f7 + f8 + f9 == f5", slip=1)

g.check("parts_sum", "обслуговано 286 осіб, у тому числі:", "142 + 37 + 107 = 286", "f2 + f3 + f4 == f1")
g.check("parts_sum", "знято з обслуговування", "11 + 5 + 6 + 2 = 24", "f12 + f13 + f14 + f15 == f11")
g.check("parts_sum", "Всього надано 14386 соціальних послуг", "11902 + 1648 + 836 = 14386",
        "f17 + f18 + f19 == f16")
g.check("parts_sum", "2614,8 тис. грн, у тому числі:", "2047,3 + 450,4 + 62,5 + 54,6 = 2614,8 тис. грн",
        "f26 + f27 + f28 + f29 == f25")
g.check("parts_sum", "працює 22 працівники, в т.ч. 16 соціальних робітників",
        "16 social workers ≤ 22 staff ≤ 24 positions", "f24 <= f23 <= f22")
g.check("internal_conflict", "Серед отримувачів послуги догляду вдома (142 особи):",
        "the home-care department figure is written twice as 142, both agree", "f2 == f5")

g.skip("вул. Шевченка, 12, с. Угринів, Івано-Франківський р-н,", [12], "address")
g.skip("Івано-Франківська обл., 77423, тел. (0342) 0-55-81", [77423, 342, 5581], "postcode, phone")
g.skip("Вих. № 84/02-11 від 05.07.2022", [84, 2, 11, 5, 7, 2022], "outgoing number and date")
g.skip("За І півріччя 2021 року обслуговано 251 особу.", [2021, 251], "prior-year figure")
g.skip("З кінця лютого 2022 року на території громади", [2022], "date")
g.skip("зареєстровано понад 2300 внутрішньо переміщених осіб", [2300],
       "IDPs registered in the hromada (population, not the centre's figure)")
g.skip("видано 412 продуктових\nнаборів та 96 комплектів засобів гігієни", [412, 96], "items (набори, комплекти)")
g.skip("здійснено 29 поїздок", [29], "trips (no §3 id)")
g.skip("Вартість 1 км пробігу\nстановить 9,50 грн.", [1, 9.5], "tariff per km")
g.skip("отримувачів) - 64,20 грн.", [1, 64.2], "price of one hour of home care")
g.skip("Виконавець: тел. (0342) 0-55-84", [342, 5584], "phone")

g.note("period: «за І півріччя 2022 року» → 2022-01-01..2022-06-30")
g.note("«обслуговано 286 осіб, у тому числі» by department → served with the department's service and a "
       "label; one group")
g.note("the 142 home-care recipients are written twice (department list and category list): two facts; the "
       "category list hangs on the second")
g.note("«На обслуговування взято 31 особу» → served (alt registered_new, support_started), as blind18 does")
g.note("social taxi 17 persons → served, service social_taxi; it is not part of the 286 (not in the list)")
g.note("money in тис. грн stored in hryvnias; the KEKV codes are written, so the parts carry kekv; the total "
       "carries none")
g.write()
