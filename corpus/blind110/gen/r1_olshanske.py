"""b110_01: ТЦСО Ольшанської селищної ради (Миколаївська), annual report 2023.
windows-1251, CRLF, hard-wrapped, impersonal voice. Slip: parts_sum in the deregistration reasons."""
from common import Gold, write_text, report_path

DOC = "b110_01_olshanske_tcso_annual2023.txt"

TEXT = """\
             ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
                      (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
                       ОЛЬШАНСЬКОЇ СЕЛИЩНОЇ РАДИ
     56520, Миколаївська обл., смт Ольшанське, вул. Центральна, 14
         тел. (05161) 0-34-27, e-mail: tcso.olshanske@example.ua
                        код ЄДРПОУ 41873520

                                 ЗВІТ
            про роботу територіального центру за 2023 рік

     Територіальний центр утворено рішенням селищної ради від 26.02.2019
№ 17-VII. Центр обслуговує 11 населених пунктів громади, в яких проживає
близько 8,9 тис. осіб, у тому числі 2 640 осіб віком 60+.

1. КАДРОВЕ ЗАБЕЗПЕЧЕННЯ

     Штатним розписом на 2023 рік передбачено 31,5 штатної одиниці.
Станом на 31.12.2023 фактично працювало 29 працівників, з них 21 соціальний
робітник. Підвищили кваліфікацію на курсах та вебінарах 7 працівників.
Вакантними залишаються 2 посади соціального робітника.

2. ОБСЛУГОВУВАННЯ ГРОМАДЯН

     Протягом звітного року на обслуговуванні у територіальному центрі
перебувало 412 осіб (у 2022 році – 398).
     Взято на обслуговування 58 осіб.
     Знято з обслуговування 49 осіб, а саме:
       - у зв'язку зі смертю – 31;
       - виїзд за межі громади – 9;
       - влаштування до закладу стаціонарного догляду – 3;
       - за власним бажанням – 5.

     Відділенням соціальної допомоги вдома обслуговано 287 осіб, яким
надано 41 318 соціальних послуг. Серед отримувачів догляду вдома:
одинокі громадяни похилого віку – 173, особи з інвалідністю I та II груп
– 64, внутрішньо переміщені особи – 22. Один соціальний робітник
обслуговує в середньому 10-14 осіб, відвідування – 2-3 рази на тиждень.

     Відділення денного перебування відвідували 96 осіб, для них
проведено 6 204 послуги (гуртки, заняття, консультації). Працюють
4 гуртки, заняття тривають 1,5 години.

     У відділенні організації надання адресної натуральної та грошової
допомоги на обліку перебувало 29 осіб.

     Усього за рік територіальним центром надано 47 522 соціальні
послуги.

3. ДОПОМОГА ТА ДОДАТКОВІ ПОСЛУГИ

     Разову натуральну допомогу (продуктові набори, засоби гігієни,
побутова хімія) отримали 134 особи; видано 402 набори на загальну суму
187,6 тис. грн.
     Послугою "соціальне таксі" скористалися 47 осіб, здійснено 118
поїздок. Вартість 1 км пробігу – 12,00 грн.
     Платні соціальні послуги отримували 38 осіб, надходження до
спеціального фонду склали 96,4 тис. грн.

4. ФІНАНСУВАННЯ

     Кошторисом на 2023 рік по загальному фонду затверджено
6 842,3 тис. грн. Касові видатки становлять 6 795,1 тис. грн, економія –
47,2 тис. грн.

5. ЯКІСТЬ ПОСЛУГ

     У листопаді 2023 року проведено анкетування 60 отримувачів послуги
догляду вдома. Рівень задоволеності якістю послуг – 95 %.
     Скарг на роботу соціальних робітників протягом року не надходило.

     На 2024 рік заплановано відкрити пункт прокату засобів реабілітації
(15 одиниць) та охопити послугами не менше 420 осіб.


Директор                                         ______________

Виконавець: відділ обліку, тел. (05161) 0-34-29
15.01.2024
"""


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Ольшанської селищної ради",
        "centre_type": "tcso", "settlement": "Ольшанське", "oblast": "Миколаївська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        {"centre": ["Територіальний центр соціального обслуговування Ольшанської селищної ради"],
         "published": ["2024-01-15"]})
    f = g.f
    pos = f("staff_positions", "positions", 31.5, "передбачено 31,5 штатної одиниці")
    act = f("staff_actual", "staff", 29, "фактично працювало 29 працівників")
    sw = f("staff_actual", "staff", 21, "з них 21 соціальний\nробітник", label="соціальні робітники", parent=act)
    tr = f("staff_trained", "staff", 7, "Підвищили кваліфікацію на курсах та вебінарах 7 працівників")
    tot = f("served", "persons", 412, "перебувало 412 осіб",
            alt=["support_ongoing"], note="«на обслуговуванні перебувало» = persons served in the year")
    new = f("served", "persons", 58, "Взято на обслуговування 58 осіб", label="взято на обслуговування",
            alt=["registered_new", "support_started"])
    der = f("deregistered", "persons", 49, "Знято з обслуговування 49 осіб")
    G = "deregistered_49_by_reason"
    d1 = f("deregistered", "persons", 31, "у зв'язку зі смертю – 31", label="у зв'язку зі смертю",
           group=G, parent=der, alt=["outcome_other"])
    d2 = f("deregistered", "persons", 9, "виїзд за межі громади – 9", label="виїзд за межі громади",
           group=G, parent=der, alt=["outcome_other"])
    d3 = f("deregistered", "persons", 3, "влаштування до закладу стаціонарного догляду – 3",
           label="влаштування до закладу стаціонарного догляду", group=G, parent=der, alt=["outcome_other"])
    d4 = f("deregistered", "persons", 5, "за власним бажанням – 5", label="за власним бажанням",
           group=G, parent=der, alt=["outcome_other"])
    GD = "served_412_by_department"
    hc = f("served", "persons", 287, "Відділенням соціальної допомоги вдома обслуговано 287 осіб",
           service="home_care", district="відділення соціальної допомоги вдома", group=GD, parent=tot)
    hcs = f("services_provided", "services", 41318, "надано 41 318 соціальних послуг", service="home_care",
            district="відділення соціальної допомоги вдома")
    c1 = f("served", "persons", 173, "одинокі громадяни похилого віку – 173", service="home_care",
           category="одинокі громадяни похилого віку", parent=hc)
    c2 = f("served", "persons", 64, "особи з інвалідністю I та II груп\n– 64", service="home_care",
           category="особи з інвалідністю I та II груп", parent=hc)
    c3 = f("served", "persons", 22, "внутрішньо переміщені особи – 22", service="home_care",
           category="внутрішньо переміщені особи", parent=hc)
    dd = f("served", "persons", 96, "Відділення денного перебування відвідували 96 осіб",
           district="відділення денного перебування", group=GD, parent=tot)
    dds = f("services_provided", "services", 6204, "проведено 6 204 послуги", district="відділення денного перебування")
    na = f("served", "persons", 29, "допомоги на обліку перебувало 29 осіб",
           district="відділення організації надання адресної натуральної та грошової допомоги",
           group=GD, parent=tot, alt=["registered"])
    svc = f("services_provided", "services", 47522, "Усього за рік територіальним центром надано 47 522 соціальні\nпослуги")
    aid = f("served", "persons", 134, "отримали 134 особи", service="natural_aid", label="разова натуральна допомога")
    aidv = f("aid_value", "uah", 187600, "на загальну суму\n187,6 тис. грн", label="разова натуральна допомога")
    taxi = f("served", "persons", 47, "скористалися 47 осіб", service="social_taxi")
    paid = f("served", "persons", 38, "Платні соціальні послуги отримували 38 осіб", label="платні соціальні послуги")
    rec = f("budget_received", "uah", 96400, "надходження до\nспеціального фонду склали 96,4 тис. грн",
            label="спеціальний фонд, платні послуги")
    ap = f("budget_approved", "uah", 6842300, "6 842,3 тис. грн", label="загальний фонд, кошторис на 2023 рік")
    sp = f("budget_spent", "uah", 6795100, "Касові видатки становлять 6 795,1 тис. грн", label="загальний фонд")
    sv = f("budget_savings", "uah", 47200, "економія –\n47,2 тис. грн", label="загальний фонд")
    sr = f("survey_respondents", "recipients", 60, "проведено анкетування 60 отримувачів послуги\nдогляду вдома",
           service="home_care", unit_alt="persons")
    sat = f("satisfaction", "percent", 95, "Рівень задоволеності якістю послуг – 95 %", service="home_care")
    cp = f("complaints", "complaints", 0, "Скарг на роботу соціальних робітників протягом року не надходило")

    g.slip("parts_sum", "error", "Знято з обслуговування 49 осіб, а саме:", 48, 49, [der, d1, d2, d3, d4],
           "the four reasons («а саме», the last one «за власним бажанням») partition the 49 persons taken off "
           "the register but sum to 31 + 9 + 3 + 5 = 48: one person is missing",
           f"{d1} + {d2} + {d3} + {d4} == {der}")
    g.check("parts_sum", "Відділенням соціальної допомоги вдома обслуговано 287 осіб",
            "departments 287 + 96 + 29 = 412", f"{hc} + {dd} + {na} == {tot}")
    g.check("parts_sum", "Усього за рік територіальним центром надано 47 522 соціальні",
            "services 41 318 + 6 204 = 47 522", f"{hcs} + {dds} == {svc}")
    g.check("parts_sum", "Серед отримувачів догляду вдома:",
            "overlapping categories («серед»), each ≤ 287: 173, 64, 22 (sum 259 ≤ 287)",
            f"max({c1}, {c2}, {c3}) <= {hc} and {c1} + {c2} + {c3} <= {hc}")
    g.check("table_arithmetic", "Касові видатки становлять 6 795,1 тис. грн, економія –",
            "економія = затверджено − видатки: 6 842,3 − 6 795,1 = 47,2 тис. грн", f"{ap} - {sp} == {sv}")
    g.check("parts_sum", "з них 21 соціальний", "21 ≤ 29 ≤ 31,5; 7 trained ≤ 29",
            f"{sw} <= {act} <= {pos} and {tr} <= {act}")
    g.check("percent_impossible", "Рівень задоволеності якістю послуг – 95 %",
            "95 % is reachable with 60 respondents (57 of 60)", f"grim_ok({sat}, {sr}, 0)")

    g.skip("56520, Миколаївська обл., смт Ольшанське, вул. Центральна, 14", [56520, 14], "postcode, address")
    g.skip("тел. (05161) 0-34-27", [5161, 3427], "phone")
    g.skip("код ЄДРПОУ 41873520", [41873520], "ЄДРПОУ")
    g.skip("про роботу територіального центру за 2023 рік", [2023], "year of the title")
    g.skip("рішенням селищної ради від 26.02.2019\n№ 17-VII", [26, 2, 2019, 17], "decision date and number")
    g.skip("Центр обслуговує 11 населених пунктів громади", [11], "number of settlements")
    g.skip("близько 8,9 тис. осіб, у тому числі 2 640 осіб віком 60+", [8900, 2640, 60], "population and age")
    g.skip("Штатним розписом на 2023 рік", [2023], "year")
    g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("Вакантними залишаються 2 посади соціального робітника", [2], "vacancies (no §3 id)")
    g.skip("(у 2022 році – 398)", [2022, 398], "prior-year figure")
    g.skip("обслуговує в середньому 10-14 осіб, відвідування – 2-3 рази на тиждень", [10, 14, 2, 3],
           "caseload range and visit frequency")
    g.skip("4 гуртки, заняття тривають 1,5 години", [4, 1.5], "number of clubs, duration")
    g.skip("видано 402 набори", [402], "items (набори)")
    g.skip("здійснено 118\nпоїздок", [118], "trips (no §3 id)")
    g.skip("Вартість 1 км пробігу – 12,00 грн", [1, 12], "tariff")
    g.skip("Кошторисом на 2023 рік", [2023], "year")
    g.skip("У листопаді 2023 року", [2023], "survey month")
    g.skip("На 2024 рік заплановано відкрити пункт прокату засобів реабілітації\n(15 одиниць) та охопити послугами не менше 420 осіб",
           [2024, 15, 420], "plan for next year")
    g.skip("тел. (05161) 0-34-29\n15.01.2024", [5161, 3429, 15, 1, 2024], "phone and compile date")
    g.skip("1. КАДРОВЕ ЗАБЕЗПЕЧЕННЯ", [1, 2, 3, 4, 5], "section numbers 1.–5.")
    g.skip("особи з інвалідністю I та II груп", [1, 2], "disability groups (Roman numerals)")

    g.note("«на обслуговуванні перебувало 412 осіб» → served (alt support_ongoing); «Взято на обслуговування 58» → served with a label (alt registered_new, support_started), as in blind18")
    g.note("«Знято з обслуговування 49 осіб, а саме» → deregistered; its four reasons are deregistered parts with a label (alt outcome_other), one group; they sum to 48 (planted slip)")
    g.note("the three departments (287 + 96 + 29) partition the 412: group served_412_by_department with `district`; only the home-care department carries a service id, the day department and the aid department are left without one (no single Класифікатор service)")
    g.note("the 29 on the register of the aid department → served (alt registered)")
    g.note("the categories of home-care recipients are introduced by «Серед» and overlap → parent only, no group")
    g.note("«31,5 штатної одиниці» is a fractional staff_positions fact; the 2 vacancies are skipped (no §3 id)")
    g.note("the 134 recipients of one-off natural aid are not part of the 412 (one-off aid is not «обслуговування»); they carry service natural_aid")
    g.note("«Рівень задоволеності якістю послуг – 95 %» → satisfaction with service home_care (the survey was of home-care recipients); survey_respondents 60 has unit recipients with unit_alt persons («отримувачів»)")
    g.note("budget in тис. грн stored in hryvnias; no KEKV code written")
    g.write()


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")
    gold()
