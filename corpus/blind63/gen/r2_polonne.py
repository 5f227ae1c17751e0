"""b63_02: ТЦСО Полонської міської ради (Хмельницька), information for H1 2023. windows-1251, CRLF, impersonal."""
from common import Gold, report_path, write_text

NAME = "b63_02_polonne_tcso_h1_2023.txt"

TEXT = """                                   ІНФОРМАЦІЯ
      про роботу Територіального центру соціального обслуговування
  (надання соціальних послуг) Полонської міської ради за І півріччя 2023 року

30500, м. Полонне, вул. Лесі Українки, 112; тел. (03843) 0-42-17

Територіальний центр обслуговує жителів 38 населених пунктів громади, де
мешкає 9 712 осіб віком від 60 років. Штатна чисельність установи становить
46,5 штатної одиниці; фактично працює 43 працівники, з них 31 - соціальні
робітники.

1. Охоплення послугами.
За звітний період обслуговуванням охоплено 1 046 осіб (за І півріччя 2022 р.
- 1 011), у тому числі:
- відділенням соціальної допомоги вдома - 318 осіб;
- відділенням денного перебування - 164 особи;
- відділенням організації надання адресної натуральної та грошової допомоги
  - 564 особи.
Серед 318 підопічних відділення соціальної допомоги вдома одиноких - 201.
За категоріями ці 318 осіб розподіляються так: особи з інвалідністю І-ІІ
груп - 96, громадяни похилого віку - 173, внутрішньо переміщені особи - 41,
інші - 12. Середній вік підопічних - 79 років.

2. Звернення, прийняття та зняття з обслуговування.
Надійшло 87 заяв про надання соціальних послуг. Взято на обслуговування 79
осіб, знято з обслуговування 52 особи, а саме: у зв'язку зі смертю - 31,
вибуттям за межі громади - 9, влаштуванням до інтернатних закладів - 5, за
власним бажанням - 7.

3. Обсяг наданих послуг.
Всього надано 38 512 соціальних послуг, з них: догляду вдома - 29 847,
денного догляду - 5 204, натуральної допомоги - 3 461.
Видано 1 280 продуктових наборів та 214 комплектів засобів гігієни на
загальну суму 412,6 тис. грн.
Послугою "соціальне таксі" скористалися 57 осіб, виконано 132 поїздки
(вартість 9,50 грн за 1 км).

4. Платні послуги.
На платній основі послуги отримують 23 особи; вартість години догляду
згідно з рішенням виконкому від 16.02.2023 N 47 - 68,40 грн. До спеціального
фонду надійшло 96,7 тис. грн.

5. Якість послуг.
У червні 2023 року проведено анкетування 60 отримувачів послуги догляду вдома.
Якістю послуг задоволені 91,7 % опитаних. Скарг на роботу соціальних
робітників не зареєстровано.

Інформацію склала: економіст                            03.07.2023
"""

write_text(report_path(NAME), TEXT, encoding="cp1251", newline="\r\n")

g = Gold(NAME, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Полонської міської ради",
    "centre_type": "tcso", "settlement": "Полонне", "report_kind": "period_report",
    "period_start": "2023-01-01", "period_end": "2023-06-30"})
f = g.f
sp = f("staff_positions", "positions", 46.5, "Штатна чисельність установи становить\n46,5 штатної одиниці")
sa = f("staff_actual", "staff", 43, "фактично працює 43 працівники")
sw = f("staff_actual", "staff", 31, "з них 31 - соціальні\nробітники", label="соціальні робітники", parent=sa)
tot = f("served", "persons", 1046, "За звітний період обслуговуванням охоплено 1 046 осіб")
d1 = f("served", "persons", 318, "відділенням соціальної допомоги вдома - 318 осіб", service="home_care",
       district="відділення соціальної допомоги вдома", group="served_1046_by_department", parent=tot)
d2 = f("served", "persons", 164, "відділенням денного перебування - 164 особи", service="day_care",
       district="відділення денного перебування", group="served_1046_by_department", parent=tot)
d3 = f("served", "persons", 564, "відділенням організації надання адресної натуральної та грошової допомоги\n- 564 особи",
       service="natural_aid", district="відділення організації надання адресної натуральної та грошової допомоги",
       group="served_1046_by_department", parent=tot)
lone = f("served", "persons", 201, "одиноких - 201", category="одинокі", service="home_care", parent=d1)
c1 = f("served", "persons", 96, "особи з інвалідністю І-ІІ\nгруп - 96", category="особи з інвалідністю І-ІІ груп",
       service="home_care", group="home_care_318_by_category", parent=d1)
c2 = f("served", "persons", 173, "громадяни похилого віку - 173", category="громадяни похилого віку",
       service="home_care", group="home_care_318_by_category", parent=d1)
c3 = f("served", "persons", 41, "внутрішньо переміщені особи - 41", category="внутрішньо переміщені особи",
       service="home_care", group="home_care_318_by_category", parent=d1)
c4 = f("served", "persons", 12, "інші - 12", category="інші", service="home_care",
       group="home_care_318_by_category", parent=d1)
ap = f("applied", "applications", 87, "Надійшло 87 заяв про надання соціальних послуг")
nw = f("served", "persons", 79, "Взято на обслуговування 79\nосіб", alt=["registered_new", "support_started"],
       label="взято на обслуговування")
de = f("deregistered", "persons", 52, "знято з обслуговування 52 особи")
r1 = f("deregistered", "persons", 31, "у зв'язку зі смертю - 31", label="смерть", group="deregistered_52", parent=de)
r2 = f("deregistered", "persons", 9, "вибуттям за межі громади - 9", label="вибуття за межі громади",
       group="deregistered_52", parent=de)
r3 = f("deregistered", "persons", 5, "влаштуванням до інтернатних закладів - 5",
       label="влаштування до інтернатних закладів", group="deregistered_52", parent=de)
r4 = f("deregistered", "persons", 7, "за\nвласним бажанням - 7", label="за власним бажанням",
       group="deregistered_52", parent=de)
sv = f("services_provided", "services", 38512, "Всього надано 38 512 соціальних послуг")
s1 = f("services_provided", "services", 29847, "догляду вдома - 29 847", service="home_care",
       group="services_38512", parent=sv)
s2 = f("services_provided", "services", 5204, "денного догляду - 5 204", service="day_care",
       group="services_38512", parent=sv)
s3 = f("services_provided", "services", 3461, "натуральної допомоги - 3 461", service="natural_aid",
       group="services_38512", parent=sv)
av = f("aid_value", "uah", 412600, "загальну суму 412,6 тис. грн", service="natural_aid")
tx = f("served", "persons", 57, "Послугою \"соціальне таксі\" скористалися 57 осіб", service="social_taxi")
pd = f("served", "persons", 23, "На платній основі послуги отримують 23 особи", label="на платній основі")
br = f("budget_received", "uah", 96700, "До спеціального\nфонду надійшло 96,7 тис. грн", label="спеціальний фонд, платні послуги")
sr = f("survey_respondents", "recipients", 60, "проведено анкетування 60 отримувачів послуги догляду вдома",
       unit_alt="persons", service="home_care")
sat = f("satisfaction", "percent", 91.7, "Якістю послуг задоволені 91,7 % опитаних", alt=["share"],
        service="home_care")
cp = f("complaints", "complaints", 0, "Скарг на роботу соціальних\nробітників не зареєстровано")

g.slip("parts_sum", "error", "За категоріями ці 318 осіб розподіляються так", 322, 318, [c1, c2, c3, c4, d1],
       "the four categories (the last is «інші», so the list is a partition) sum to 96 + 173 + 41 + 12 = 322, "
       "4 more than the 318 recipients of home care", f"{c1} + {c2} + {c3} + {c4} == {d1}")
g.check("parts_sum", "обслуговуванням охоплено 1 046 осіб", "318 + 164 + 564 = 1 046", f"{d1} + {d2} + {d3} == {tot}")
g.check("parts_sum", "знято з обслуговування 52 особи, а саме", "31 + 9 + 5 + 7 = 52", f"{r1} + {r2} + {r3} + {r4} == {de}")
g.check("parts_sum", "Всього надано 38 512 соціальних послуг, з них", "29 847 + 5 204 + 3 461 = 38 512",
        f"{s1} + {s2} + {s3} == {sv}")
g.check("parts_sum", "одиноких - 201", "201 lone ≤ 318", f"{lone} <= {d1}")
g.check("parts_sum", "фактично працює 43 працівники", "31 ≤ 43 ≤ 46,5", f"{sw} <= {sa} <= {sp}")
g.check("percent_impossible", "Якістю послуг задоволені 91,7 % опитаних", "55 of 60 = 91,67 % → 91,7",
        f"grim_ok({sat}, {sr}, 1)")
g.check("parts_sum", "Взято на обслуговування 79", "79 taken ≤ 87 applications", f"{nw} <= {ap}")
g.skip("30500, м. Полонне, вул. Лесі Українки, 112; тел. (03843) 0-42-17", [30500, 112, 3843, 4217],
       "postcode, address, phone")
g.skip("обслуговує жителів 38 населених пунктів громади, де\nмешкає 9 712 осіб віком від 60 років",
       [38, 9712, 60], "settlement count, population, age")
g.skip("(за І півріччя 2022 р.\n- 1 011)", [2022, 1011], "prior-year figure")
g.skip("Серед 318 підопічних", [318], "repeat of the department row as the whole of «одиноких»")
g.skip("За категоріями ці 318 осіб", [318], "repeat of the department row as the whole of the categories")
g.skip("Середній вік підопічних - 79 років.", [79], "age")
g.skip("Видано 1 280 продуктових наборів та 214 комплектів засобів гігієни", [1280, 214], "items handed out")
g.skip("виконано 132 поїздки\n(вартість 9,50 грн за 1 км)", [132, 9.5, 1], "trips (no §3 id) and tariff")
g.skip("рішенням виконкому від 16.02.2023 N 47 - 68,40 грн", [16, 2, 2023, 47, 68.4],
       "decision date/number and tariff per hour")
g.skip("У червні 2023 року", [2023], "survey month")
g.skip("1. Охоплення послугами.", [1, 2, 3, 4, 5], "section numbers")
g.skip("03.07.2023", [3, 7, 2023], "compile date")
g.note("departments of the ТЦСО are a breakdown of the 1 046 → served with district = department and group")
g.note("«Взято на обслуговування 79 осіб» → served (alt registered_new, support_started), as in blind18")
g.note("«46,5 штатної одиниці» is a fractional staff_positions fact")
g.note("the survey share is written without a count → satisfaction 91,7 (alt share); 60 «отримувачів» → recipients, unit_alt persons")
g.note("the 412,6 тис. грн covers food sets and hygiene kits together → one aid_value (natural_aid)")
g.write()
