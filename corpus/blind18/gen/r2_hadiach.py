"""b18_02: ТЦСО Гадяцької міської ради (Полтавська), information on 9 months of 2024, windows-1251 TXT, CRLF.
Planted slip: parts_sum (home-care recipients by category 201 + 137 + 98 = 436, total 428)."""
from common import Gold, report_path, write_text

DOC = "b18_02_hadiach_tcso_9m2024.txt"

TEXT = """Гадяцька міська рада Полтавської області
ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
37300, м. Гадяч, вул. Лесі Українки, 9, тел. (05354) 0-20-63, e-mail: tcso.hadiach@example.ua

                                  ІНФОРМАЦІЯ
        про роботу територіального центру соціального обслуговування
   (надання соціальних послуг) Гадяцької міської ради за 9 місяців 2024 року

    Територіальний центр (далі - ТЦ) обслуговує мешканців Гадяцької міської
територіальної громади, до складу якої входять 48 населених пунктів; кількість
жителів віком 60 років і старше становить 8 917 осіб.

    1. Охоплення соціальними послугами

    За 9 місяців 2024 року територіальним центром обслуговано 1 146 осіб, а саме:
    - відділенням соціальної допомоги вдома – 428 осіб;
    - відділенням денного перебування – 212 осіб;
    - відділенням організації надання адресної натуральної та грошової допомоги – 506 осіб.
    З 428 отримувачів послуги догляду вдома: самотні громадяни похилого віку – 201 особа, особи з інвалідністю – 137, інші громадяни, які потребують сторонньої допомоги, – 98.
    Протягом звітного періоду взято на обслуговування 139 осіб, знято з обслуговування 117 осіб, у тому числі: у зв'язку зі смертю – 64, зі зміною місця проживання – 21, за власним бажанням – 19, у зв'язку з влаштуванням до закладів стаціонарного догляду – 13.

    2. Обсяги наданих послуг

    Всього надано 58 934 соціальні послуги, в тому числі: догляд вдома – 41 276, денний догляд – 6 812, соціальна адаптація – 3 105, натуральна допомога – 7 741.
    Послугою соціального таксі скористалися 74 особи (тариф – 12 грн за 1 км пробігу, затверджений рішенням виконавчого комітету від 21.03.2024 № 87).
    Адресну натуральну допомогу (продуктові набори, засоби гігієни, теплі речі) отримали 506 осіб на загальну суму 312,4 тис. грн.
    Платні послуги надавалися 46 особам; надходження від платних послуг склали 87,9 тис. грн (за 9 місяців 2023 року - 79,2 тис. грн).

    3. Якість надання послуг

    У вересні 2024 року проведено анкетування 120 отримувачів послуги догляду вдома; 113 опитаних (94,2 %) повністю задоволені якістю послуг.
    Надійшло 2 скарги щодо несвоєчасного прибирання помешкання, обидві розглянуто, вжито заходів.

    4. Кадрове забезпечення

    Штатна чисельність ТЦ - 63,5 штатні одиниці, фактично працює 58 працівників, у тому числі 41 соціальний робітник. У ІІІ кварталі 6 соціальних робітників пройшли навчання з надання домедичної допомоги.


Директор ТЦ                                         (підпис)

Виконавець: відділ організаційної роботи, тел. (05354) 0-21-15
07.10.2024
"""

write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Гадяцької міської ради",
    "centre_type": "tcso",
    "settlement": "Гадяч",
    "oblast": "Полтавська",
    "report_kind": "period_report",
    "period_start": "2024-01-01",
    "period_end": "2024-09-30",
})
f_tot = g.f("served", "persons", 1146, "територіальним центром обслуговано 1 146 осіб")
f_hc = g.f("served", "persons", 428, "відділенням соціальної допомоги вдома – 428 осіб",
           district="відділення соціальної допомоги вдома", group="served_1146_by_department", parent=f_tot)
f_dd = g.f("served", "persons", 212, "відділенням денного перебування – 212 осіб",
           district="відділення денного перебування", group="served_1146_by_department", parent=f_tot)
f_na = g.f("served", "persons", 506,
           "відділенням організації надання адресної натуральної та грошової допомоги – 506 осіб",
           district="відділення організації надання адресної натуральної та грошової допомоги",
           group="served_1146_by_department", parent=f_tot)
c1 = g.f("served", "persons", 201, "самотні громадяни похилого віку – 201 особа", service="home_care",
         category="самотні громадяни похилого віку", group="home_care_428_by_category", parent=f_hc)
c2 = g.f("served", "persons", 137, "особи з інвалідністю – 137", service="home_care",
         category="особи з інвалідністю", group="home_care_428_by_category", parent=f_hc)
c3 = g.f("served", "persons", 98, "інші громадяни, які потребують сторонньої допомоги, – 98", service="home_care",
         category="інші громадяни, які потребують сторонньої допомоги", group="home_care_428_by_category",
         parent=f_hc)
f_new = g.f("served", "persons", 139, "взято на обслуговування 139 осіб", label="взято на обслуговування",
            alt=["registered_new", "support_started"])
f_out = g.f("deregistered", "persons", 117, "знято з обслуговування 117 осіб", alt=["support_completed"])
d1 = g.f("deregistered", "persons", 64, "у зв'язку зі смертю – 64", label="смерть",
         alt=["outcome_other", "support_completed"], group="deregistered_117_by_reason", parent=f_out)
d2 = g.f("deregistered", "persons", 21, "зі зміною місця проживання – 21", label="зміна місця проживання",
         alt=["outcome_other", "support_completed"], group="deregistered_117_by_reason", parent=f_out)
d3 = g.f("deregistered", "persons", 19, "за власним бажанням – 19", label="за власним бажанням",
         alt=["outcome_other", "support_completed"], group="deregistered_117_by_reason", parent=f_out)
d4 = g.f("deregistered", "persons", 13, "у зв'язку з влаштуванням до закладів стаціонарного догляду – 13",
         label="влаштування до закладів стаціонарного догляду", alt=["outcome_other", "support_completed"],
         group="deregistered_117_by_reason", parent=f_out)
s_tot = g.f("services_provided", "services", 58934, "Всього надано 58 934 соціальні послуги")
s1 = g.f("services_provided", "services", 41276, "догляд вдома – 41 276", service="home_care",
         group="services_58934_by_service", parent=s_tot)
s2 = g.f("services_provided", "services", 6812, "денний догляд – 6 812", service="day_care",
         group="services_58934_by_service", parent=s_tot)
s3 = g.f("services_provided", "services", 3105, "соціальна адаптація – 3 105", service="social_adaptation",
         group="services_58934_by_service", parent=s_tot)
s4 = g.f("services_provided", "services", 7741, "натуральна допомога – 7 741", service="natural_aid",
         group="services_58934_by_service", parent=s_tot)
f_taxi = g.f("served", "persons", 74, "Послугою соціального таксі скористалися 74 особи", service="social_taxi")
f_nat = g.f("served", "persons", 506, "отримали 506 осіб", service="natural_aid")
f_aid = g.f("aid_value", "uah", 312400, "на загальну суму 312,4 тис. грн", service="natural_aid",
            label="адресна натуральна допомога", parent=f_nat)
f_paid = g.f("served", "persons", 46, "Платні послуги надавалися 46 особам", label="платні послуги")
f_rec = g.f("budget_received", "uah", 87900, "надходження від платних послуг склали 87,9 тис. грн",
            label="надходження від платних послуг")
f_sv = g.f("survey_respondents", "recipients", 120, "проведено анкетування 120 отримувачів послуги догляду вдома",
           service="home_care", unit_alt="persons")
f_sat = g.f("survey_respondents", "persons", 113, "113 опитаних (94,2 %) повністю задоволені якістю послуг",
            percent=94.2, service="home_care", label="повністю задоволені якістю послуг", parent=f_sv,
            unit_alt="recipients",
            note="count of satisfied respondents with its percent; SPEC §3: the percent belongs to the count")
f_cmp = g.f("complaints", "complaints", 2, "Надійшло 2 скарги")
f_pos = g.f("staff_positions", "positions", 63.5, "Штатна чисельність ТЦ - 63,5 штатні одиниці")
f_act = g.f("staff_actual", "staff", 58, "фактично працює 58 працівників")
f_sr = g.f("staff_actual", "staff", 41, "у тому числі 41 соціальний робітник", label="соціальні робітники",
           parent=f_act)
f_tr = g.f("staff_trained", "staff", 6, "6 соціальних робітників пройшли навчання з надання домедичної допомоги",
           label="соціальні робітники, навчання з домедичної допомоги")

g.slip("parts_sum", "error",
       "З 428 отримувачів послуги догляду вдома: самотні громадяни похилого віку – 201 особа, особи з "
       "інвалідністю – 137, інші громадяни, які потребують сторонньої допомоги, – 98.",
       428, 436, [f_hc, c1, c2, c3],
       "the categories of the 428 home-care recipients (the last one is «інші», so the list is a partition): "
       "201 + 137 + 98 = 436, 8 more than 428. The 428 itself agrees with the department breakdown of 1 146.",
       f"{c1} + {c2} + {c3} == {f_hc}")

g.check("parts_sum", "територіальним центром обслуговано 1 146 осіб", "428 + 212 + 506 = 1 146",
        f"{f_hc} + {f_dd} + {f_na} == {f_tot}")
g.check("parts_sum", "знято з обслуговування 117 осіб", "64 + 21 + 19 + 13 = 117",
        f"{d1} + {d2} + {d3} + {d4} == {f_out}")
g.check("parts_sum", "Всього надано 58 934 соціальні послуги", "41 276 + 6 812 + 3 105 + 7 741 = 58 934",
        f"{s1} + {s2} + {s3} + {s4} == {s_tot}")
g.check("internal_conflict", "отримали 506 осіб",
        "natural aid recipients 506 = the natural-aid department row 506", f"{f_nat} == {f_na}")
g.check("percent_mismatch", "113 опитаних (94,2 %) повністю задоволені якістю послуг", "113/120 = 94,17 → 94,2",
        f"pct_ok(p{f_sat[1:]}, {f_sat}, {f_sv}, 1)")
g.check("parts_sum", "у тому числі 41 соціальний робітник", "41 ≤ 58 staff ≤ 63,5 positions; 6 trained ≤ 41",
        f"{f_sr} <= {f_act} <= {f_pos} and {f_tr} <= {f_sr}")

g.skip("37300, м. Гадяч, вул. Лесі Українки, 9, тел. (05354) 0-20-63", [37300, 9, 5354, 2063],
       "postcode, address, phone")
g.skip("до складу якої входять 48 населених пунктів", [48], "number of settlements of the hromada")
g.skip("кількість\nжителів віком 60 років і старше становить 8 917 осіб", [60, 8917], "age and population figure")
g.skip("За 9 місяців 2024 року", [9, 2024], "period (used for meta)")
g.skip("тариф – 12 грн за 1 км пробігу", [12, 1], "tariff")
g.skip("рішенням виконавчого комітету від 21.03.2024 № 87", [21, 3, 2024, 87], "decision date and number")
g.skip("(за 9 місяців 2023 року - 79,2 тис. грн)", [9, 2023, 79200], "prior-year figure")
g.skip("У вересні 2024 року", [2024], "date of the survey")
g.skip("У ІІІ кварталі", [3], "quarter in Roman numerals")
g.skip("тел. (05354) 0-21-15", [5354, 2115], "phone")
g.skip("07.10.2024", [7, 10, 2024], "compile date")

g.note("«обслуговано 1 146 осіб, а саме» by department: the departments go in `district` (as the seed gold does), no "
       "service: the department names are not service names")
g.note("«взято на обслуговування 139 осіб» → served with label, alt registered_new / support_started (as the seed gold "
       "does for the same phrase); «знято з обслуговування» → deregistered (alt support_completed), its reasons are "
       "deregistered parts with a label (alt outcome_other)")
g.note("the natural-aid recipients are written twice (department row and natural-aid paragraph): two facts")
g.note("«надходження від платних послуг» → budget_received; «63,5 штатні одиниці» → staff_positions 63.5")
g.note("social taxi (74) and paid services (46) are not part of the 1 146 breakdown; no check is claimed")
g.write()
