"""b101_02: ТЦСО Озернянської сільської ради (Тернопільська), information for 9 months of 2023.
windows-1251, CRLF, hard-wrapped, third person, dash lists.
Planted slip: percent_impossible (89,3 % of 64 respondents: no whole number of 64 gives 89,3)."""
from common import Gold, write_text, report_path

DOC = "b101_02_ozerna_tcso_9m2023.txt"

TEXT = """\
            Територіальний центр соціального обслуговування
          (надання соціальних послуг) Озернянської сільської ради
     47262, Тернопільська обл., Тернопільський р-н, с. Озерна,
     вул. Центральна, 41, тел. (0352) 052-19-07, код ЄДРПОУ 44183027

                              ІНФОРМАЦІЯ
     про роботу територіального центру за 9 місяців 2023 року

   Територіальний центр обслуговує жителів 22 населених пунктів
Озернянської громади, де проживає 3 870 осіб віком 60 років і старше.
   Станом на 01.10.2023 у територіальному центрі працює 27 працівників
при затверджених 29,5 штатних одиницях.

   1. Звернення та обслуговування

   За січень - вересень 2023 року до територіального центру звернулося
611 осіб (за 9 місяців 2022 року - 574). Взято на обслуговування 46 осіб.
   Усього за звітний період територіальним центром обслуговано 534 особи,
а саме:
   - відділенням соціальної допомоги вдома - 241 особу;
   - відділенням денного перебування - 118 осіб;
   - відділенням організації надання адресної натуральної та грошової
допомоги - 175 осіб.
   З числа осіб, обслуговуваних вдома, одинокі громадяни становлять 97,
особи з інвалідністю I-II груп - 86, громадяни похилого віку, рідні яких
не можуть забезпечити догляд, - 45, інші - 13.
   На черзі на обслуговування вдома станом на 01.10.2023 перебувають
4 особи.

   2. Соціальні послуги

   Протягом звітного періоду надано 16 205 соціальних послуг, з них
відділенням соціальної допомоги вдома - 11 380, відділенням денного
перебування - 4 825.
   Адресну натуральну допомогу отримали 175 осіб: видано 312 продуктових
наборів та 96 комплектів засобів гігієни на загальну суму 148,6 тис. грн.
   Послугою "соціальне таксі" скористалися 23 особи (42 поїздки), вартість
1 км пробігу - 9,50 грн.

   3. Зняття з обслуговування

   Знято з обслуговування 38 осіб, у тому числі у зв'язку зі смертю - 21,
переїздом до родичів за межі громади - 9, влаштуванням до інтернатних
закладів - 5, за власним бажанням - 3.

   4. Якість послуг

   У серпні 2023 року проведено анкетування, в якому взяли участь
64 отримувачі послуг. Повністю задоволені якістю послуг 89,3 % опитаних,
інші висловили окремі зауваження щодо графіка відвідувань.
   Надійшло 2 звернення-скарги щодо несвоєчасного прибирання, обидві
розглянуто, факти частково підтвердились.

   5. Фінансування

   Касові видатки загального фонду за 9 місяців склали 6 874,2 тис. грн
при затверджених кошторисом на рік 9 512,0 тис. грн. Від надання платних
соціальних послуг на спеціальний рахунок надійшло 51,8 тис. грн.

   Інформацію підготовлено 06.10.2023.
   Директор територіального центру                        (підпис)
"""

path = report_path(DOC)
write_text(path, TEXT, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Озернянської сільської ради",
    "centre_type": "tcso",
    "settlement": "Озерна",
    "oblast": "Тернопільська",
    "report_kind": "period_report",
    "period_start": "2023-01-01",
    "period_end": "2023-09-30",
})
g.meta_alt = {"centre": ["Територіальний центр соціального обслуговування Озернянської сільської ради"]}

f_act = g.f("staff_actual", "staff", 27, "у територіальному центрі працює 27 працівників")
f_pos = g.f("staff_positions", "positions", 29.5, "при затверджених 29,5 штатних одиницях.",
            note="fractional staff positions")
f_app = g.f("applied", "persons", 611, "611 осіб (за 9 місяців 2022 року - 574)")
f_new = g.f("served", "persons", 46, "Взято на обслуговування 46 осіб.",
            alt=["registered_new", "support_started"], label="взято на обслуговування")
f_all = g.f("served", "persons", 534, "територіальним центром обслуговано 534 особи,")
f_home = g.f("served", "persons", 241, "- відділенням соціальної допомоги вдома - 241 особу;",
             service="home_care", district="відділення соціальної допомоги вдома",
             group="served534_by_department", parent=f_all)
f_day = g.f("served", "persons", 118, "- відділенням денного перебування - 118 осіб;",
            service="day_care", district="відділення денного перебування",
            group="served534_by_department", parent=f_all)
f_nat = g.f("served", "persons", 175, "допомоги - 175 осіб.", service="natural_aid",
            district="відділення організації надання адресної натуральної та грошової допомоги",
            group="served534_by_department", parent=f_all)
f_c1 = g.f("served", "persons", 97, "одинокі громадяни становлять 97,", service="home_care",
           category="одинокі громадяни", group="home241_by_category", parent=f_home)
f_c2 = g.f("served", "persons", 86, "особи з інвалідністю I-II груп - 86", service="home_care",
           category="особи з інвалідністю I-II груп", group="home241_by_category", parent=f_home)
f_c3 = g.f("served", "persons", 45, "не можуть забезпечити догляд, - 45", service="home_care",
           category="громадяни похилого віку, рідні яких не можуть забезпечити догляд",
           group="home241_by_category", parent=f_home)
f_c4 = g.f("served", "persons", 13, "інші - 13.", service="home_care", category="інші",
           group="home241_by_category", parent=f_home)
f_sp = g.f("services_provided", "services", 16205, "надано 16 205 соціальних послуг")
f_sp1 = g.f("services_provided", "services", 11380, "відділенням соціальної допомоги вдома - 11 380",
            service="home_care", district="відділення соціальної допомоги вдома",
            group="services16205_by_department", parent=f_sp)
f_sp2 = g.f("services_provided", "services", 4825, "перебування - 4 825.", service="day_care",
            district="відділення денного перебування", group="services16205_by_department", parent=f_sp)
f_nat2 = g.f("served", "persons", 175, "Адресну натуральну допомогу отримали 175 осіб",
             service="natural_aid", note="repeats the department row")
f_aid = g.f("aid_value", "uah", 148600, "на загальну суму 148,6 тис. грн", service="natural_aid")
f_taxi = g.f("served", "persons", 23, "скористалися 23 особи", service="social_taxi")
f_der = g.f("deregistered", "persons", 38, "Знято з обслуговування 38 осіб")
f_d1 = g.f("deregistered", "persons", 21, "у зв'язку зі смертю - 21,", label="смерть",
           group="dereg38_by_reason", parent=f_der)
f_d2 = g.f("deregistered", "persons", 9, "переїздом до родичів за межі громади - 9",
           label="переїзд до родичів за межі громади", group="dereg38_by_reason", parent=f_der)
f_d3 = g.f("deregistered", "persons", 5, "закладів - 5,", label="влаштування до інтернатних закладів",
           group="dereg38_by_reason", parent=f_der)
f_d4 = g.f("deregistered", "persons", 3, "за власним бажанням - 3.", label="за власним бажанням",
           group="dereg38_by_reason", parent=f_der)
f_sr = g.f("survey_respondents", "recipients", 64, "64 отримувачі послуг", unit_alt="persons")
f_sat = g.f("satisfaction", "percent", 89.3, "Повністю задоволені якістю послуг 89,3 % опитаних",
            label="повністю задоволені якістю послуг", alt=["share"])
f_cmp = g.f("complaints", "complaints", 2, "Надійшло 2 звернення-скарги")
f_bs = g.f("budget_spent", "uah", 6874200, "Касові видатки загального фонду за 9 місяців склали 6 874,2 тис. грн",
           label="загальний фонд, 9 місяців")
f_ba = g.f("budget_approved", "uah", 9512000, "при затверджених кошторисом на рік 9 512,0 тис. грн",
           label="загальний фонд, кошторис на 2023 рік (річний)")
f_br = g.f("budget_received", "uah", 51800, "на спеціальний рахунок надійшло 51,8 тис. грн",
           label="спеціальний фонд, платні соціальні послуги")

g.check("parts_sum", "територіальним центром обслуговано 534 особи,",
        "241 + 118 + 175 = 534", f"{f_home} + {f_day} + {f_nat} == {f_all}")
g.check("parts_sum", "одинокі громадяни становлять 97,",
        "home-care categories 97 + 86 + 45 + 13 = 241 («інші» closes the partition)",
        f"{f_c1} + {f_c2} + {f_c3} + {f_c4} == {f_home}")
g.check("parts_sum", "надано 16 205 соціальних послуг",
        "11 380 + 4 825 = 16 205", f"{f_sp1} + {f_sp2} == {f_sp}")
g.check("parts_sum", "Знято з обслуговування 38 осіб",
        "21 + 9 + 5 + 3 = 38", f"{f_d1} + {f_d2} + {f_d3} + {f_d4} == {f_der}")
g.check("internal_conflict", "Адресну натуральну допомогу отримали 175 осіб",
        "175 in the natural-aid paragraph = the department row", f"{f_nat2} == {f_nat}")
g.check("parts_sum", "у територіальному центрі працює 27 працівників",
        "27 working ≤ 29,5 positions; 534 served ≤ 611 applied; spent ≤ approved",
        f"{f_act} <= {f_pos} and {f_all} <= {f_app} and {f_bs} <= {f_ba}")
g.slip("percent_impossible", "error", "Повністю задоволені якістю послуг 89,3 % опитаних", 89.3, None,
       [f_sat, f_sr],
       "with 64 respondents no whole count gives 89,3 %: 57 of 64 is 89,06 %, 58 of 64 is 90,63 %",
       f"grim_ok({f_sat}, {f_sr}, 1)")

g.skip("47262, Тернопільська обл., Тернопільський р-н, с. Озерна,", [47262], "postcode")
g.skip("вул. Центральна, 41, тел. (0352) 052-19-07, код ЄДРПОУ 44183027", [41, 352, 521907, 44183027],
       "address, phone (invalid 0 after the area code), ЄДРПОУ")
g.skip("про роботу територіального центру за 9 місяців 2023 року", [9, 2023], "period in the title")
g.skip("Територіальний центр обслуговує жителів 22 населених пунктів", [22], "settlement count")
g.skip("де проживає 3 870 осіб віком 60 років і старше.", [3870, 60], "population aged 60+, age")
g.skip("Станом на 01.10.2023", [1, 10, 2023], "date")
g.skip("За січень - вересень 2023 року", [2023], "year")
g.skip("(за 9 місяців 2022 року - 574)", [9, 2022, 574], "prior-year figure")
g.skip("На черзі на обслуговування вдома станом на 01.10.2023 перебувають", [1, 10, 2023, 4],
       "date")
g.skip("4 особи.", [4], "queue for home care: no §3 id")
g.skip("особи з інвалідністю I-II груп - 86", ["I", "II"], "disability groups (Roman numerals)")
g.skip("видано 312 продуктових", [312], "items (food sets), not a §3 unit")
g.skip("наборів та 96 комплектів засобів гігієни", [96], "items (hygiene kits), not a §3 unit")
g.skip("скористалися 23 особи (42 поїздки), вартість", [42], "trips (no §3 id)")
g.skip("1 км пробігу - 9,50 грн.", [1, 9.5], "tariff per km")
g.skip("У серпні 2023 року проведено анкетування", [2023], "date of the survey")
g.skip("Інформацію підготовлено 06.10.2023.", [6, 10, 2023], "compile date")
g.skip("1. Звернення та обслуговування", [1, 2, 3, 4, 5], "section numbers")
g.skip("розглянуто, факти частково підтвердились.", [2], "«обидві» refers back to the 2 complaints")

g.note("period: «за 9 місяців 2023 року» = 2023-01-01..2023-09-30")
g.note("«при затверджених 29,5 штатних одиницях» → staff_positions 29.5 (fractional)")
g.note("departments: the department goes in district; home_care and day_care set as service where the department "
       "is named after the service; the natural-aid department → natural_aid")
g.note("«Взято на обслуговування 46 осіб» → served (alt registered_new, support_started), as in blind18")
g.note("«Знято з обслуговування» → deregistered; the reasons are labelled parts")
g.note("the 175 natural-aid recipients are written twice (department list and natural-aid paragraph): two facts")
g.note("«64 отримувачі послуг» → recipients (unit_alt persons)")
g.note("the annual approval 9 512,0 is the year's, not the 9 months'; no savings can be derived, so no check uses it beyond spent ≤ approved")
g.write()
