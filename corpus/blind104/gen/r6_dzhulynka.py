"""b104_06: Центр соціальних служб Джулинської сільської ради (Вінницька), analytic note on Q3 2021.
UTF-8 TXT, third person, paragraphs with a lettered list and a short pipe table. No planted slip."""
from common import Gold, report_path, write_text

NAME = "b104_06_dzhulynka_css_q3_2021.txt"

TEXT = """ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ДЖУЛИНСЬКОЇ СІЛЬСЬКОЇ РАДИ
24832, Вінницька обл., Гайсинський р-н, с. Джулинка, вул. Соборна, 9
тел. (04352) 0-61-44, css.dzhulynka@example.ua

Начальнику відділу соціального захисту населення
Джулинської сільської ради

Вих. № 93 від 06.10.2021

АНАЛІТИЧНА ЗАПИСКА
щодо діяльності Центру соціальних служб у III кварталі 2021 року

Центр соціальних служб Джулинської сільської ради (далі – Центр) обслуговує
мешканців громади, у якій проживає близько 10,4 тис. осіб у 19 населених
пунктах. У штаті Центру 7 посад, фактично працюють 6 фахівців із соціальної
роботи.

Виявлення сімей у складних життєвих обставинах

У липні – вересні до Центру надійшли повідомлення про 21 сім'ю, яка може
перебувати у складних життєвих обставинах, а саме:
  а) від служби у справах дітей – 9;
  б) від закладів освіти – 7;
  в) від ювенальної поліції – 5.
Оцінку потреб проведено 19 сім'ям; 2 сім'ї змінили місце проживання до
проведення оцінки. Складні життєві обставини встановлено у 12 сім'ях, в яких
виховується 27 дітей. Під соціальний супровід узято 10 сімей, 2 сім'ї від
послуги відмовилися.

Соціальний супровід

Загалом у III кварталі під соціальним супроводом перебувала 31 сім'я
(64 дитини). Завершено супровід 11 сімей: у 8 сім'ях складні життєві
обставини подолано, у 2 – мінімізовано, одна сім'я – з негативним результатом.
Частка сімей, у яких подолано складні життєві обставини, від кількості сімей,
що завершили супровід, становить 72,7 %. У III кварталі 2020 року цей
показник становив 58,3 %.

Прийомні сім'ї та ДБСТ

Фахівцями Центру здійснювалося соціальне супроводження 3 прийомних сімей та
1 дитячого будинку сімейного типу, у яких виховується 17 дітей:

  Форма влаштування        | Кількість | Дітей
  Прийомні сім'ї           |     3     |   9
  ДБСТ                     |     1     |   8
  Разом                    |     4     |  17

Інформування, консультування, групова робота

Послугу інформування отримали 517 осіб, надано 384 консультації (у тому числі
психологічних – 126, юридичних – 41, з питань соціального захисту – 217).
Проведено 14 групових заходів (тренінги «Школа відповідального батьківства»,
зустрічі з молоддю віком 14–18 років), якими охоплено 203 особи.

Порівняно з III кварталом 2020 року (17 сімей під супроводом) навантаження на
фахівців зросло майже вдвічі: на одного фахівця припадає в середньому 5,2 сім'ї.

Директор Центру                                    ________________
"""

path = report_path(NAME)
write_text(path, TEXT)

g = Gold(NAME, {
    "centre": "Центр соціальних служб Джулинської сільської ради",
    "centre_type": "css", "settlement": "Джулинка", "oblast": "Вінницька",
    "report_kind": "period_report", "period_start": "2021-07-01", "period_end": "2021-09-30",
})
F = g.f
n = lambda x: x[1:]
f_pos = F("staff_positions", "positions", 7, "У штаті Центру 7 посад")
f_st = F("staff_actual", "staff", 6, "фактично працюють 6 фахівців із соціальної\nроботи")
f_not = F("notified", "families", 21, "надійшли повідомлення про 21 сім'ю")
f_n1 = F("notified", "families", 9, "а) від служби у справах дітей – 9;", label="від служби у справах дітей",
         group="notified_21_by_source", parent=f_not)
f_n2 = F("notified", "families", 7, "б) від закладів освіти – 7;", label="від закладів освіти",
         group="notified_21_by_source", parent=f_not)
f_n3 = F("notified", "families", 5, "в) від ювенальної поліції – 5.", label="від ювенальної поліції",
         group="notified_21_by_source", parent=f_not)
f_na = F("needs_assessed", "families", 19, "Оцінку потреб проведено 19 сім'ям")
f_sj = F("in_difficult_circumstances", "families", 12, "Складні життєві обставини встановлено у 12 сім'ях")
f_sjc = F("in_difficult_circumstances", "children", 27, "виховується 27 дітей", parent=f_sj)
f_ss = F("support_started", "families", 10, "Під соціальний супровід узято 10 сімей", service="social_support_sjo")
f_sup = F("served", "families", 31, "під соціальним супроводом перебувала 31 сім'я", service="social_support_sjo",
          alt=["support_ongoing"])
f_supc = F("served", "children", 64, "(64 дитини)", service="social_support_sjo", alt=["support_ongoing"], parent=f_sup)
f_comp = F("support_completed", "families", 11, "Завершено супровід 11 сімей", service="social_support_sjo", parent=f_sup)
f_o1 = F("outcome_positive", "families", 8, "у 8 сім'ях складні життєві\nобставини подолано", group="completed_11", parent=f_comp)
f_o2 = F("outcome_minimized", "families", 2, "у 2 – мінімізовано", group="completed_11", parent=f_comp)
f_o3 = F("outcome_negative", "families", 1, "одна сім'я – з негативним результатом", group="completed_11", parent=f_comp,
         note="number written in words")
f_sh = F("share", "percent", 72.7, "що завершили супровід, становить 72,7 %",
         label="частка сімей, у яких подолано СЖО, від тих, що завершили супровід")
f_fs = F("served", "families", 3, "соціальне супроводження 3 прийомних сімей", service="social_support_foster",
         category="прийомні сім'ї")
f_fd = F("served", "families", 1, "1 дитячого будинку сімейного типу", service="social_support_foster",
         category="дитячі будинки сімейного типу")
f_fc = F("served", "children", 17, "у яких виховується 17 дітей:", service="social_support_foster")
T = "Форма влаштування\tКількість\tДітей"
f_tt = F("served", "families", 4, "Разом\t4\t17", service="social_support_foster", label="Разом")
f_ttc = F("served", "children", 17, "Разом\t4\t17", service="social_support_foster", label="Разом", parent=f_tt)
f_t1 = F("served", "families", 3, "Прийомні сім'ї\t3\t9", service="social_support_foster", category="прийомні сім'ї",
         group="foster_4", parent=f_tt)
f_t1c = F("served", "children", 9, "Прийомні сім'ї\t3\t9", service="social_support_foster", category="прийомні сім'ї",
          group="foster_children_17", parent=f_ttc)
f_t2 = F("served", "families", 1, "ДБСТ\t1\t8", service="social_support_foster", category="дитячі будинки сімейного типу",
         group="foster_4", parent=f_tt)
f_t2c = F("served", "children", 8, "ДБСТ\t1\t8", service="social_support_foster", category="дитячі будинки сімейного типу",
          group="foster_children_17", parent=f_ttc)
f_inf = F("served", "persons", 517, "Послугу інформування отримали 517 осіб", service="informing")
f_cons = F("services_provided", "services", 384, "надано 384 консультації", service="counselling")
f_c1 = F("services_provided", "services", 126, "психологічних – 126", service="counselling", label="психологічні",
         group="consult_384", parent=f_cons)
f_c2 = F("services_provided", "services", 41, "юридичних – 41", service="counselling", label="юридичні",
         group="consult_384", parent=f_cons)
f_c3 = F("services_provided", "services", 217, "з питань соціального захисту – 217", service="counselling",
         label="з питань соціального захисту", group="consult_384", parent=f_cons)
f_ev = F("events", "events", 14, "Проведено 14 групових заходів")
f_evp = F("event_participants", "persons", 203, "якими охоплено 203 особи", parent=f_ev)

g.check("parts_sum", "а) від служби у справах дітей – 9;", "9 + 7 + 5 = 21", f"f{n(f_n1)} + f{n(f_n2)} + f{n(f_n3)} == f{n(f_not)}")
g.check("parts_sum", "Оцінку потреб проведено 19 сім'ям; 2 сім'ї змінили місце проживання",
        "19 assessed + 2 moved before the assessment = 21 notified (the 2 are a literal)", f"f{n(f_na)} + 2 == f{n(f_not)}")
g.check("parts_sum", "Під соціальний супровід узято 10 сімей, 2 сім'ї від\nпослуги відмовилися.",
        "10 taken + 2 refused = 12 in СЖО (the 2 are a literal); 12 ≤ 19 assessed",
        f"f{n(f_ss)} + 2 == f{n(f_sj)} and f{n(f_sj)} <= f{n(f_na)}")
g.check("parts_sum", "Завершено супровід 11 сімей", "8 + 2 + 1 = 11; 11 ≤ 31",
        f"f{n(f_o1)} + f{n(f_o2)} + f{n(f_o3)} == f{n(f_comp)} and f{n(f_comp)} <= f{n(f_sup)}")
g.check("percent_mismatch", "що завершили супровід, становить 72,7 %", "8 / 11 = 72,73 % → 72,7",
        f"pct_ok(f{n(f_sh)}, f{n(f_o1)}, f{n(f_comp)}, 1)")
g.check("table_arithmetic", "Разом\t4\t17", "3 + 1 = 4 and 9 + 8 = 17",
        f"f{n(f_t1)} + f{n(f_t2)} == f{n(f_tt)} and f{n(f_t1c)} + f{n(f_t2c)} == f{n(f_ttc)}")
g.check("internal_conflict", "у яких виховується 17 дітей:", "prose 3 + 1 families and 17 children = table",
        f"f{n(f_fs)} == f{n(f_t1)} and f{n(f_fd)} == f{n(f_t2)} and f{n(f_fc)} == f{n(f_ttc)}")
g.check("parts_sum", "(у тому числі\nпсихологічних – 126, юридичних – 41, з питань соціального захисту – 217)",
        "126 + 41 + 217 = 384", f"f{n(f_c1)} + f{n(f_c2)} + f{n(f_c3)} == f{n(f_cons)}")
g.check("parts_sum", "фактично працюють 6 фахівців", "6 ≤ 7", f"f{n(f_st)} <= f{n(f_pos)}")

g.skip("24832, Вінницька обл., Гайсинський р-н, с. Джулинка, вул. Соборна, 9", [24832, 9], "postcode, address")
g.skip("тел. (04352) 0-61-44", [4352, 6144], "phone")
g.skip("Вих. № 93 від 06.10.2021", [93, 6, 10, 2021], "outgoing number and date")
g.skip("у III кварталі 2021 року", [3, 2021], "period of the title")
g.skip("проживає близько 10,4 тис. осіб у 19 населених\nпунктах", [10400, 19], "population, settlements")
g.skip("2 сім'ї змінили місце проживання до\nпроведення оцінки", [2], "families moved before the assessment (no §3 id; literal in a check)")
g.skip("2 сім'ї від\nпослуги відмовилися", [2], "refusals (no §3 id; literal in a check)")
g.skip("У III кварталі 2020 року цей\nпоказник становив 58,3 %.", [3, 2020, 58.3], "prior-year figure")
g.skip("зустрічі з молоддю віком 14–18 років", [14, 18], "ages")
g.skip("Порівняно з III кварталом 2020 року (17 сімей під супроводом)", [3, 2020, 17], "prior-year figure")
g.skip("на одного фахівця припадає в середньому 5,2 сім'ї", [5.2], "ratio")

g.note("period: «у III кварталі 2021 року» → 2021-07-01..2021-09-30")
g.note("the foster families are given twice, in prose (3 прийомні сім'ї, 1 ДБСТ, 17 дітей) and in the small pipe table "
       "(printed by the reader as a tab table): both are annotated; the table rows hang on «Разом»")
g.note("«2 сім'ї змінили місце проживання до проведення оцінки» and «2 сім'ї від послуги відмовилися» have no §3 id "
       "(before any service began), so they are skipped and used as literals in checks")
g.note("«одна сім'я – з негативним результатом» → outcome_negative 1 (number in words)")
g.note("«надано 384 консультації» → services_provided (counselling) with three labelled parts")
g.note("no planted slip: every sum adds up")
g.write()
