"""b94_02: ТЦСО Підвисоцької сільської ради (Кіровоградська), information for 9 months of 2022.
UTF-8 TXT, LF, impersonal voice. Slip: percent_mismatch (61 lonely persons of 236 written as 24,6 %)."""
from common import Gold, write_text, report_path

DOC = "b94_02_pidvysoke_tcso_9m2022.txt"

TEXT = """ПІДВИСОЦЬКА СІЛЬСЬКА РАДА
Новоукраїнського району Кіровоградської області
ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
27131, с. Підвисоке, вул. Центральна, 52, тел. (05251) 0-31-64, tcso.pidvysoke@example.ua

ІНФОРМАЦІЯ
про діяльність територіального центру за 9 місяців 2022 року

Станом на 01.10.2022 на обслуговуванні в територіальному центрі перебуває 236 осіб похилого віку та осіб з інвалідністю, які проживають у 14 населених пунктах громади.

За січень – вересень взято на обслуговування 41 особу. Знято з обслуговування 29 осіб, з них: 17 – у зв’язку зі смертю, 8 – влаштовано до інтернатних закладів, 4 – за власним бажанням.

Обслуговуваних за відділеннями:
– відділення соціальної допомоги вдома – 168 осіб (71,2 % від загальної кількості);
– відділення денного перебування – 43 особи (18,2 %);
– відділення організації надання адресної натуральної та грошової допомоги – 25 осіб (10,6 %).

Серед обслуговуваних одиноко проживаючих – 61 особа (24,6 %), осіб віком 80 років і старше – 97.

Надано 14 326 соціальних послуг, у т. ч. догляду вдома – 11 904, денного догляду – 1 873, соціальної адаптації – 549 (за 9 місяців 2021 року – 13 517 послуг).

Послугою «соціальне таксі» скористалися 37 осіб, здійснено 112 поїздок (тариф – 9 грн за 1 км, для осіб з інвалідністю I групи – безоплатно).

Натуральну допомогу (продуктові набори, засоби гігієни, 310 ковдр від БФ «Добрі сусіди») отримали 94 особи на загальну суму 58,3 тис. грн, у т. ч. 38 внутрішньо переміщених осіб.

Надійшло 53 заяви про надання соціальних послуг: задоволено 48, відмовлено 2 (відсутність підстав), 3 – на розгляді.

Платні соціальні послуги отримували 46 осіб; до спеціального фонду надійшло 71,6 тис. грн.

Штатна чисельність – 31,5 штатної одиниці, фактично працює 29 працівників, із них соціальних робітників – 22. Вакантні 2 посади соціального робітника. Семінар «Догляд за маломобільними особами» (16 год) пройшли 12 працівників.

У серпні проведено опитування 60 отримувачів послуги догляду вдома: 57 оцінили якість послуги як добру (95 %), 3 – як задовільну (5 %).

Скарг від отримувачів послуг не зареєстровано.

Заходи на IV квартал: обстеження 20 нових заявників, ремонт кабінету денного перебування (кошторис 35,0 тис. грн).

Директор ТЦСО                  ______________

03.10.2022
"""

write_text(report_path(DOC), TEXT)

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Підвисоцької сільської ради",
    "centre_type": "tcso", "settlement": "Підвисоке", "oblast": "Кіровоградська",
    "report_kind": "period_report", "period_start": "2022-01-01", "period_end": "2022-09-30"},
    {"centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг)",
                "Територіальний центр соціального обслуговування Підвисоцької сільської ради"],
     "settlement": ["Підвисоцька сільська громада"]})
f = g.f
tot = f("served", "persons", 236, "на обслуговуванні в територіальному центрі перебуває 236 осіб",
        alt=["support_ongoing"], label="на обслуговуванні станом на 01.10.2022")
tk = f("served", "persons", 41, "взято на обслуговування 41 особу", alt=["registered_new", "support_started"],
       label="взято на обслуговування")
dr = f("deregistered", "persons", 29, "Знято з обслуговування 29 осіб")
G = "deregistered_29_by_reason"
d1 = f("deregistered", "persons", 17, "17 – у зв'язку зі смертю", label="у зв'язку зі смертю", group=G, parent=dr)
d2 = f("deregistered", "persons", 8, "8 – влаштовано до інтернатних закладів", label="влаштовано до інтернатних закладів", group=G, parent=dr)
d3 = f("deregistered", "persons", 4, "4 – за власним бажанням", label="за власним бажанням", group=G, parent=dr)
G2 = "served_236_by_department"
b1 = f("served", "persons", 168, "відділення соціальної допомоги вдома – 168 осіб (71,2 % від загальної кількості)",
       percent=71.2, service="home_care", district="відділення соціальної допомоги вдома", group=G2, parent=tot, alt=["support_ongoing"])
b2 = f("served", "persons", 43, "відділення денного перебування – 43 особи (18,2 %)", percent=18.2,
       district="відділення денного перебування", group=G2, parent=tot, alt=["support_ongoing"])
b3 = f("served", "persons", 25, "відділення організації надання адресної натуральної та грошової допомоги – 25 осіб (10,6 %)",
       percent=10.6, district="відділення організації надання адресної натуральної та грошової допомоги", group=G2, parent=tot,
       alt=["support_ongoing"])
lo = f("served", "persons", 61, "одиноко проживаючих – 61 особа (24,6 %)", percent=24.6,
       category="одиноко проживаючі особи", parent=tot, alt=["support_ongoing"])
old = f("served", "persons", 97, "осіб віком 80 років і старше – 97", category="особи віком 80 років і старше",
        parent=tot, alt=["support_ongoing"], note="an age group of those served; the age 80 is skipped, the count is a fact")
sp = f("services_provided", "services", 14326, "Надано 14 326 соціальних послуг")
G3 = "services_14326_by_service"
p1 = f("services_provided", "services", 11904, "догляду вдома – 11 904", service="home_care", group=G3, parent=sp)
p2 = f("services_provided", "services", 1873, "денного догляду – 1 873", service="day_care", group=G3, parent=sp)
p3 = f("services_provided", "services", 549, "соціальної адаптації – 549", service="social_adaptation", group=G3, parent=sp)
tx = f("served", "persons", 37, "Послугою «соціальне таксі» скористалися 37 осіб", service="social_taxi")
na = f("served", "persons", 94, "отримали 94 особи на загальну суму 58,3 тис. грн", service="natural_aid")
f("aid_value", "uah", 58300, "на загальну суму 58,3 тис. грн", service="natural_aid")
f("served", "persons", 38, "у т. ч. 38 внутрішньо переміщених осіб", service="natural_aid",
  category="внутрішньо переміщені особи", parent=na)
ap = f("applied", "applications", 53, "Надійшло 53 заяви про надання соціальних послуг")
ps = f("served", "persons", 46, "Платні соціальні послуги отримували 46 осіб", label="платні соціальні послуги")
f("budget_received", "uah", 71600, "до спеціального фонду надійшло 71,6 тис. грн", label="спеціальний фонд, платні послуги")
pos = f("staff_positions", "positions", 31.5, "Штатна чисельність – 31,5 штатної одиниці")
sa = f("staff_actual", "staff", 29, "фактично працює 29 працівників")
sw = f("staff_actual", "staff", 22, "із них соціальних робітників – 22", label="соціальні робітники", parent=sa)
tr = f("staff_trained", "staff", 12, "пройшли 12 працівників")
sr = f("survey_respondents", "recipients", 60, "проведено опитування 60 отримувачів послуги догляду вдома",
       service="home_care", unit_alt="persons")
G4 = "survey_60_by_answer"
r1 = f("survey_respondents", "recipients", 57, "57 оцінили якість послуги як добру (95 %)", percent=95,
       service="home_care", label="оцінили якість як добру", group=G4, parent=sr, unit_alt="persons")
r2 = f("survey_respondents", "recipients", 3, "3 – як задовільну (5 %)", percent=5, service="home_care",
       label="оцінили якість як задовільну", group=G4, parent=sr, unit_alt="persons")
f("complaints", "complaints", 0, "Скарг від отримувачів послуг не зареєстровано")

g.slip("percent_mismatch", "error", "Серед обслуговуваних одиноко проживаючих – 61 особа (24,6 %)", 24.6, 25.8,
       [lo, tot],
       "61 of the 236 served is 25,85 % (25,8 or 25,9 at one decimal), not 24,6 %. 24,6 % would be 58 of 236: the count seems updated without the share.",
       f"pct_ok(p{lo[1:]}, {lo}, {tot}, 1)")

g.check("parts_sum", "Знято з обслуговування 29 осіб, з них:", "17 + 8 + 4 = 29", f"{d1} + {d2} + {d3} == {dr}")
g.check("parts_sum", "Обслуговуваних за відділеннями:", "168 + 43 + 25 = 236", f"{b1} + {b2} + {b3} == {tot}")
g.check("percent_mismatch", "відділення соціальної допомоги вдома – 168 осіб (71,2 % від загальної кількості)",
        "168/236 = 71,19 → 71,2; 43/236 = 18,22 → 18,2; 25/236 = 10,59 → 10,6",
        f"pct_ok(p{b1[1:]}, {b1}, {tot}, 1) and pct_ok(p{b2[1:]}, {b2}, {tot}, 1) and pct_ok(p{b3[1:]}, {b3}, {tot}, 1)")
g.check("percents_sum", "відділення денного перебування – 43 особи (18,2 %)", "71,2 + 18,2 + 10,6 = 100,0",
        f"psum_ok([p{b1[1:]}, p{b2[1:]}, p{b3[1:]}], 1)")
g.check("percent_impossible", "одиноко проживаючих – 61 особа (24,6 %)",
        "24,6 % is reachable with 236 (58/236 = 24,58 %), so the slip is a mismatch, not an impossible share",
        f"grim_ok(p{lo[1:]}, {tot}, 1)")
g.check("parts_sum", "Надано 14 326 соціальних послуг, у т. ч.", "11 904 + 1 873 + 549 = 14 326",
        f"{p1} + {p2} + {p3} == {sp}")
g.check("parts_sum", "Надійшло 53 заяви про надання соціальних послуг: задоволено 48, відмовлено 2 (відсутність підстав), 3 – на розгляді.",
        "decisions 48 + 2 + 3 = 53 (skipped literals)", f"48 + 2 + 3 == {ap}")
g.check("parts_sum", "фактично працює 29 працівників, із них соціальних робітників – 22",
        "22 ≤ 29 ≤ 31,5; 12 trained ≤ 29", f"{sw} <= {sa} <= {pos} and {tr} <= {sa}")
g.check("parts_sum", "проведено опитування 60 отримувачів послуги догляду вдома", "57 + 3 = 60; 60 ≤ 168 home-care recipients",
        f"{r1} + {r2} == {sr} and {sr} <= {b1}")
g.check("percent_mismatch", "57 оцінили якість послуги як добру (95 %), 3 – як задовільну (5 %)", "57/60 = 95 %; 3/60 = 5 %; 95 + 5 = 100",
        f"pct_ok(p{r1[1:]}, {r1}, {sr}, 0) and pct_ok(p{r2[1:]}, {r2}, {sr}, 0) and psum_ok([p{r1[1:]}, p{r2[1:]}], 0)")

g.skip("27131, с. Підвисоке, вул. Центральна, 52, тел. (05251) 0-31-64", [27131, 52, 5251, 3164], "postcode, address, phone")
g.skip("Станом на 01.10.2022", [1, 10, 2022], "date")
g.skip("які проживають у 14 населених пунктах громади", [14], "number of settlements")
g.skip("осіб віком 80 років і старше", [80], "age")
g.skip("(за 9 місяців 2021 року – 13 517 послуг)", [9, 2021, 13517], "prior-year figure")
g.skip("здійснено 112 поїздок (тариф – 9 грн за 1 км, для осіб з інвалідністю I групи – безоплатно)", [112, 9, 1],
       "trips (no §3 id), tariff, disability group")
g.skip("310 ковдр від БФ «Добрі сусіди»", [310], "items")
g.skip("задоволено 48, відмовлено 2 (відсутність підстав), 3 – на розгляді", [48, 2, 3],
       "decisions on applications (no §3 id); used as literals in a check")
g.skip("Вакантні 2 посади соціального робітника", [2], "vacancies")
g.skip("Семінар «Догляд за маломобільними особами» (16 год)", [16], "duration")
g.skip("Заходи на IV квартал: обстеження 20 нових заявників, ремонт кабінету денного перебування (кошторис 35,0 тис. грн).",
       [20, 35000], "Q4 plan")
g.skip("03.10.2022", [3, 10, 2022], "date")

g.note("period: «за 9 місяців 2022 року» = 2022-01-01..2022-09-30")
g.note("«на обслуговуванні … перебуває 236 осіб» (a stock at 01.10.2022) → served, alt support_ongoing, as blind18 does for «перебувало під супроводом»; the departments and the groups «одиноко проживаючих», «80 років і старше» hang on it; only the departments form a partition (group)")
g.note("the department rows carry district (branch of a breakdown); only home care names a service; the day-care department row has no service because a department can give more than one")
g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered with its reasons as labelled parts, as in blind18")
g.note("applications: «Надійшло 53 заяви» → applied, unit applications; the decisions (48/2/3) have no §3 id")
g.note("«Платні соціальні послуги отримували 46 осіб» → served with label; the special-fund receipt → budget_received")
g.note("survey answers are counts with percents (survey_respondents, group); unit recipients since «отримувачів» is written (unit_alt persons)")
g.write()
