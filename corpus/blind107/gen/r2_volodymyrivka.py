"""b107_02: ТЦСО Володимирівської сільської ради (Миколаївська), information for 9 months of 2023.
windows-1251, CRLF, impersonal, Roman-numbered sections and lettered lists.
Slip: percent_mismatch / percent_impossible (ВПО 23 of 187 written 14,2 %, is 12,3 %)."""
from common import Gold, report_path, write_text

DOC = "b107_02_volodymyrivka_tcso_9m2023.txt"

TEXT = """\
          ВОЛОДИМИРІВСЬКА СІЛЬСЬКА РАДА
     ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
           (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)

                     ІНФОРМАЦІЯ
   про роботу територіального центру соціального обслуговування
 (надання соціальних послуг) Володимирівської сільської ради
           Миколаївської області за 9 місяців 2023 року

I. Загальні відомості

Територіальний центр діє на підставі Положення, затвердженого рішенням
сесії сільської ради від 23.12.2022 № 14. Громада налічує 27 населених
пунктів, осіб віком 60+ – 3 912.

Штатна чисельність – 43 одиниці, фактично працює 39 працівників, у т.ч. 31 соціальний робітник. Вакантними залишаються 4 посади.

II. Обслуговування

За 9 місяців 2023 року обслуговано 318 осіб (за аналогічний період 2022 року – 301 особу), з них:
 а) відділенням соціальної допомоги вдома – 187 осіб;
 б) відділенням денного перебування – 96 осіб;
 в) відділенням організації надання адресної натуральної допомоги – 35 осіб.

Всього надано 41 206 соціальних послуг, у тому числі:
 - відділенням соціальної допомоги вдома – 33 715;
 - відділенням денного перебування – 6 902;
 - відділенням натуральної допомоги – 589.

Серед 187 осіб, обслуговуваних вдома:
 - одинокі громадяни – 121 (64,7 %);
 - особи з інвалідністю I–II групи – 58 (31,0 %);
 - внутрішньо переміщені особи – 23 (14,2 %).

Проведено оцінку індивідуальних потреб 58 осіб. Взято на обслуговування
42 особи, знято з обслуговування 29 осіб, з них у зв'язку зі смертю – 19,
за заявою – 6, у зв'язку з переїздом до іншого населеного пункту – 4.

Адресну натуральну допомогу отримали 35 осіб на суму 48,6 тис. грн
(продуктові набори, засоби гігієни, тверде паливо).

Послугою соціального таксі скористалися 17 осіб, надано 52 послуги (поїздки).
Тариф – 12,50 грн за 1 км пробігу.

Платні соціальні послуги надано 24 особам. Надходження до спеціального
фонду від платних послуг становлять 31,2 тис. грн. Вартість однієї години
догляду вдома – 64,20 грн.

У відділенні денного перебування проведено 46 заходів (гуртки, екскурсії,
концерти, заняття з комп'ютерної грамотності).

Скарг від отримувачів та їхніх родичів у ІІІ кварталі та з початку року не надходило.

III. Завдання на IV квартал 2023 року

 1) провести анкетування отримувачів послуги догляду вдома (жовтень);
 2) забезпечити 150 осіб твердим паливом до 15.11.2023.

Директор територіального центру                        (підпис)

Виконавець: тел. (05158) 0-21-47
06.10.2023
"""

path = report_path(DOC)
write_text(path, TEXT, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Володимирівської сільської ради",
    "centre_type": "tcso", "settlement": "Володимирівка", "oblast": "Миколаївська",
    "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30"},
    meta_alt={"centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг) "
                         "Володимирівської сільської ради Миколаївської області"]})

f_pos = g.f("staff_positions", "positions", 43, "Штатна чисельність – 43 одиниці")
f_act = g.f("staff_actual", "staff", 39, "фактично працює 39 працівників")
f_sr = g.f("staff_actual", "staff", 31, "у т.ч. 31 соціальний робітник", label="соціальні робітники", parent=f_act)

f_tot = g.f("served", "persons", 318, "За 9 місяців 2023 року обслуговано 318 осіб")
f_home = g.f("served", "persons", 187, "відділенням соціальної допомоги вдома – 187 осіб", service="home_care",
             district="відділення соціальної допомоги вдома", group="served_318_by_department", parent=f_tot)
f_day = g.f("served", "persons", 96, "відділенням денного перебування – 96 осіб", service="day_care",
            district="відділення денного перебування", group="served_318_by_department", parent=f_tot)
f_nat = g.f("served", "persons", 35, "відділенням організації надання адресної натуральної допомоги – 35 осіб",
            service="natural_aid", district="відділення організації надання адресної натуральної допомоги",
            group="served_318_by_department", parent=f_tot)

f_svc = g.f("services_provided", "services", 41206, "Всього надано 41 206 соціальних послуг")
f_s1 = g.f("services_provided", "services", 33715, "відділенням соціальної допомоги вдома – 33 715",
           service="home_care", district="відділення соціальної допомоги вдома",
           group="services_41206_by_department", parent=f_svc)
f_s2 = g.f("services_provided", "services", 6902, "відділенням денного перебування – 6 902", service="day_care",
           district="відділення денного перебування", group="services_41206_by_department", parent=f_svc)
f_s3 = g.f("services_provided", "services", 589, "відділенням натуральної допомоги – 589", service="natural_aid",
           district="відділення натуральної допомоги", group="services_41206_by_department", parent=f_svc)

f_c1 = g.f("served", "persons", 121, "одинокі громадяни – 121 (64,7 %)", percent=64.7, service="home_care",
           category="одинокі громадяни", parent=f_home)
f_c2 = g.f("served", "persons", 58, "особи з інвалідністю I–II групи – 58 (31,0 %)", percent=31.0,
           service="home_care", category="особи з інвалідністю I–II групи", parent=f_home)
f_c3 = g.f("served", "persons", 23, "внутрішньо переміщені особи – 23 (14,2 %)", percent=14.2, service="home_care",
           category="внутрішньо переміщені особи", parent=f_home)

f_na = g.f("needs_assessed", "persons", 58, "Проведено оцінку індивідуальних потреб 58 осіб")
f_new = g.f("served", "persons", 42, "Взято на обслуговування\n42 особи", alt=["registered_new", "support_started"],
            label="взято на обслуговування")
f_der = g.f("deregistered", "persons", 29, "знято з обслуговування 29 осіб")
f_d1 = g.f("deregistered", "persons", 19, "у зв'язку зі смертю – 19", label="у зв'язку зі смертю",
           alt=["outcome_other"], group="dereg_29_by_reason", parent=f_der)
f_d2 = g.f("deregistered", "persons", 6, "за заявою – 6", label="за заявою", alt=["outcome_other"],
           group="dereg_29_by_reason", parent=f_der)
f_d3 = g.f("deregistered", "persons", 4, "у зв'язку з переїздом до іншого населеного пункту – 4",
           label="переїзд до іншого населеного пункту", alt=["outcome_other"], group="dereg_29_by_reason",
           parent=f_der)

f_nat2 = g.f("served", "persons", 35, "Адресну натуральну допомогу отримали 35 осіб", service="natural_aid")
f_aid = g.f("aid_value", "uah", 48600, "на суму 48,6 тис. грн", service="natural_aid",
            label="продуктові набори, засоби гігієни, тверде паливо")
f_tx = g.f("served", "persons", 17, "Послугою соціального таксі скористалися 17 осіб", service="social_taxi")
f_txs = g.f("services_provided", "services", 52, "надано 52 послуги (поїздки)", service="social_taxi")
f_paid = g.f("served", "persons", 24, "Платні соціальні послуги надано 24 особам", label="платні соціальні послуги")
f_rec = g.f("budget_received", "uah", 31200, "Надходження до спеціального\nфонду від платних послуг становлять 31,2 тис. грн",
            label="спеціальний фонд, платні послуги")
f_ev = g.f("events", "events", 46, "У відділенні денного перебування проведено 46 заходів", service="day_care")
f_cpl = g.f("complaints", "complaints", 0,
            "Скарг від отримувачів та їхніх родичів у ІІІ кварталі та з початку року не надходило.",
            note="«з початку року» = the 9-month period; one fact")

Q3 = "внутрішньо переміщені особи – 23 (14,2 %)"
g.slip("percent_mismatch", "error", Q3, 14.2, 12.3, [f_c3, f_home],
       "23 of the 187 home-care recipients is 12,3 %, written 14,2 % (14,2 % is 23 of 162: the author seems to "
       "have used a wrong base). The other two categories (121 → 64,7 %, 58 → 31,0 %) are right.",
       f"pct_ok(p{f_c3[1:]}, {f_c3}, {f_home}, 1)", slip=1)
g.slip("percent_impossible", "error", Q3, 14.2, "13.9 or 14.4", [f_c3, f_home],
       "GRIM with N = 187 at one decimal: 26/187 = 13,90 %, 27/187 = 14,44 %; no whole count gives 14,2 %. "
       "Same slip as the percent_mismatch above.",
       f"grim_ok(p{f_c3[1:]}, {f_home}, 1)", slip=1)

g.check("parts_sum", "За 9 місяців 2023 року обслуговано 318 осіб", "187 + 96 + 35 = 318",
        f"{f_home} + {f_day} + {f_nat} == {f_tot}")
g.check("parts_sum", "Всього надано 41 206 соціальних послуг, у тому числі:", "33 715 + 6 902 + 589 = 41 206",
        f"{f_s1} + {f_s2} + {f_s3} == {f_svc}")
g.check("percent_mismatch", "одинокі громадяни – 121 (64,7 %)", "121 / 187 = 64,71 %",
        f"pct_ok(p{f_c1[1:]}, {f_c1}, {f_home}, 1)")
g.check("percent_mismatch", "особи з інвалідністю I–II групи – 58 (31,0 %)", "58 / 187 = 31,02 %",
        f"pct_ok(p{f_c2[1:]}, {f_c2}, {f_home}, 1)")
g.check("parts_sum", "знято з обслуговування 29 осіб, з них у зв'язку зі смертю – 19", "19 + 6 + 4 = 29",
        f"{f_d1} + {f_d2} + {f_d3} == {f_der}")
g.check("parts_sum", "фактично працює 39 працівників, у т.ч. 31 соціальний робітник",
        "31 ≤ 39 ≤ 43; vacancies 43 − 39 = 4 (literal)", f"{f_sr} <= {f_act} <= {f_pos} and {f_pos} - {f_act} == 4")
g.check("internal_conflict", "Адресну натуральну допомогу отримали 35 осіб", "natural aid 35 in the department "
        "list and in the paragraph", f"{f_nat} == {f_nat2}")

g.skip("Миколаївської області за 9 місяців 2023 року", [9, 2023],
       "period in the title")
g.skip("рішенням\nсесії сільської ради від 23.12.2022 № 14", [23, 12, 2022, 14], "decision date and number")
g.skip("Громада налічує 27 населених\nпунктів, осіб віком 60+ – 3 912.", [27, 60, 3912],
       "settlements, age, population 60+")
g.skip("Вакантними залишаються 4 посади.", [4], "vacancies (no §3 id), used as a literal in a check")
g.skip("(за аналогічний період 2022 року – 301 особу)", [2022, 301], "prior-year figure")
g.skip("Серед 187 осіб, обслуговуваних вдома:", [187], "repeat of the home-care department count as the base of "
       "the category list")
g.skip("I–II групи", [1, 2], "disability groups")
g.skip("Тариф – 12,50 грн за 1 км пробігу.", [12.5, 1], "tariff")
g.skip("Вартість однієї години\nдогляду вдома – 64,20 грн.", [64.2], "price per hour")
g.skip("III. Завдання на IV квартал 2023 року", [3, 4, 2023], "section number, plan heading")
g.skip("2) забезпечити 150 осіб твердим паливом до 15.11.2023.", [1, 2, 150, 15, 11, 2023], "plan for Q4, list numbers")
g.skip("Виконавець: тел. (05158) 0-21-47", [5158, 2147], "phone")
g.skip("06.10.2023", [6, 10, 2023], "compile date")

g.note("windows-1251 with CRLF; hard-wrapped lines: a few quotes span a line break as the reader prints it")
g.note("department lists → served / services_provided with the department in `district` and a group per partition")
g.note("«Серед 187 осіб, обслуговуваних вдома» introduces overlapping categories (a single person can be one of "
       "several), so they carry parent_id only, no group, and no parts_sum check")
g.note("natural aid 35 is written twice (department list and its own paragraph): two facts")
g.note("«надано 52 послуги (поїздки)» of the social taxi → services_provided with service social_taxi")
g.note("«Взято на обслуговування 42 особи» → served (alt registered_new, support_started), as in blind18")
g.write()
