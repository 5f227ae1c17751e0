"""b104_02: ТЦСО Тузлівської сільської ради (Одеська), information for 9 months of 2023.
windows-1251, CRLF, impersonal voice, Roman section numbers, a space-aligned plain-text table."""
from common import Gold, report_path, write_text

NAME = "b104_02_tuzly_tcso_9m2023.txt"

TEXT = """Територіальний центр соціального обслуговування (надання соціальних послуг)
Тузлівської сільської ради Білгород-Дністровського району Одеської області
68780, с. Тузли, вул. Шкільна, 3, тел. (04849) 0-52-17, tcso.tuzly@example.ua

                              ІНФОРМАЦІЯ
     про роботу територіального центру за 9 місяців 2023 року

I. ЗАГАЛЬНІ ВІДОМОСТІ

Тузлівська громада об'єднує 12 населених пунктів; осіб віком 60+ у громаді
проживає 2 914. Територіальний центр діє на підставі Положення, затвердженого
рішенням сільської ради від 24.12.2021 № 318-VIII.

Штатна чисельність установи - 31 посада, фактично працює 28 працівників,
вакантними залишаються 3 посади соціального робітника.

II. ОХОПЛЕННЯ СОЦІАЛЬНИМИ ПОСЛУГАМИ

Протягом січня - вересня 2023 року соціальні послуги отримали 412 осіб
(за 9 місяців 2022 року - 377), зокрема:
  - відділенням соціальної допомоги вдома обслуговано 236 осіб;
  - відділенням денного перебування - 58 осіб;
  - відділенням організації надання адресної натуральної та грошової
    допомоги - 118 осіб.
Із загальної кількості отримувачів 412 осіб - 87 внутрішньо переміщені
особи (23,1 %).

Взято на обслуговування у звітному періоді 41 особу. Знято з обслуговування
29 осіб, з них: у зв'язку зі смертю - 17, за власним бажанням - 8, у зв'язку
з переїздом до іншої громади - 4.

Отримувачі послуги догляду вдома за старостинськими округами:

  Старостинський округ      Отримувачів     з них одиноких
  Тузлівський                    94               31
  Бурнаський                     61               19
  Лебедівський                   47               12
  Миколаївський                  34               10
  Усього                        236               72

III. ОБСЯГ НАДАНИХ ПОСЛУГ

За звітний період надано 28 914 соціальних послуг, у т.ч.:
догляд вдома - 24 306, денний догляд - 3 811, натуральна допомога - 797.

Видано 146 продуктових наборів та 37 комплектів постільної білизни на
загальну суму 71,2 тис. грн (благодійна допомога міжнародних організацій).
Послугою "соціальне таксі" скористалися 22 особи, здійснено 57 поїздок.

Надходження від надання платних соціальних послуг за 9 місяців склали
96 418,50 грн. Тариф на 1 годину догляду вдома - 52,80 грн (рішення
виконкому від 16.02.2023 № 27).

IV. ЯКІСТЬ ПОСЛУГ

У вересні 2023 року проведено анкетування 64 отримувачів послуги догляду
вдома. Частка отримувачів, задоволених якістю послуг, становить 92,2 %.
Скарг на дії працівників за звітний період не надходило.

V. ЗАВДАННЯ НА IV КВАРТАЛ 2023 РОКУ

Забезпечити укомплектування вакантних посад, провести до 15.12.2023
обстеження матеріально-побутових умов не менше 40 отримувачів.

Виконавець: відділ організаційної роботи, тел. (04849) 0-52-19
Дата складання: 04.10.2023
"""

path = report_path(NAME)
write_text(path, TEXT, encoding="cp1251", newline="\r\n")

g = Gold(NAME, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Тузлівської сільської ради",
    "centre_type": "tcso", "settlement": "Тузли", "oblast": "Одеська",
    "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30",
}, meta_alt={"centre": [
    "Територіальний центр соціального обслуговування (надання соціальних послуг) Тузлівської сільської ради Білгород-Дністровського району Одеської області",
    "Територіальний центр соціального обслуговування Тузлівської сільської ради",
]})
F = g.f
n = lambda x: x[1:]
f_pos = F("staff_positions", "positions", 31, "Штатна чисельність установи - 31 посада")
f_st = F("staff_actual", "staff", 28, "фактично працює 28 працівників")
f_all = F("served", "persons", 412, "соціальні послуги отримали 412 осіб")
f_hc = F("served", "persons", 236, "відділенням соціальної допомоги вдома обслуговано 236 осіб",
         service="home_care", district="відділення соціальної допомоги вдома", group="served_412_by_department", parent=f_all)
f_dc = F("served", "persons", 58, "відділенням денного перебування - 58 осіб", service="day_care",
         district="відділення денного перебування", group="served_412_by_department", parent=f_all)
f_na = F("served", "persons", 118, "допомоги - 118 осіб", service="natural_aid",
         district="відділення організації надання адресної натуральної та грошової допомоги",
         group="served_412_by_department", parent=f_all)
f_idp = F("served", "persons", 87, "412 осіб - 87 внутрішньо переміщені\nособи (23,1 %)", percent=23.1,
          category="внутрішньо переміщені особи", parent=f_all)
f_all2 = F("served", "persons", 412, "Із загальної кількості отримувачів 412 осіб", label="загальна кількість отримувачів (повторно)",
           note="the total is written a second time as the base of the IDP share: two facts")
f_new = F("served", "persons", 41, "Взято на обслуговування у звітному періоді 41 особу",
          alt=["registered_new", "support_started"], label="взято на обслуговування")
f_der = F("deregistered", "persons", 29, "Знято з обслуговування\n29 осіб")
f_d1 = F("deregistered", "persons", 17, "у зв'язку зі смертю - 17", label="смерть", group="dereg_29_by_reason", parent=f_der)
f_d2 = F("deregistered", "persons", 8, "за власним бажанням - 8", label="за власним бажанням", group="dereg_29_by_reason", parent=f_der)
f_d3 = F("deregistered", "persons", 4, "з переїздом до іншої громади - 4", label="переїзд до іншої громади",
         group="dereg_29_by_reason", parent=f_der)
okr = [("Тузлівський", 94, 31), ("Бурнаський", 61, 19), ("Лебедівський", 47, 12), ("Миколаївський", 34, 10)]
tot_q = "Усього\t236\t72"
f_t = F("served", "persons", 236, tot_q, service="home_care", label="Усього за округами")
f_t1 = F("served", "persons", 72, tot_q, service="home_care", category="одинокі особи", label="Усього, з них одиноких",
         parent=f_t)
ro, rs = [], []
for name, a, b in okr:
    q = f"{name}\t{a}\t{b}"
    ro.append(F("served", "persons", a, q, service="home_care", district=name, group="homecare_236_by_okrug", parent=f_t))
    rs.append(F("served", "persons", b, q, service="home_care", district=name, category="одинокі особи",
                group="homecare_lonely_72_by_okrug", parent=f_t1))
f_sp = F("services_provided", "services", 28914, "За звітний період надано 28 914 соціальних послуг")
f_s1 = F("services_provided", "services", 24306, "догляд вдома - 24 306", service="home_care", group="services_28914", parent=f_sp)
f_s2 = F("services_provided", "services", 3811, "денний догляд - 3 811", service="day_care", group="services_28914", parent=f_sp)
f_s3 = F("services_provided", "services", 797, "натуральна допомога - 797", service="natural_aid", group="services_28914", parent=f_sp)
f_aid = F("aid_value", "uah", 71200, "загальну суму 71,2 тис. грн")
f_tx = F("served", "persons", 22, "Послугою \"соціальне таксі\" скористалися 22 особи", service="social_taxi")
f_rec = F("budget_received", "uah", 96418.5, "96 418,50 грн", label="платні соціальні послуги")
f_sv = F("survey_respondents", "persons", 64, "проведено анкетування 64 отримувачів послуги догляду",
         unit_alt="recipients")
f_sat = F("satisfaction", "percent", 92.2, "задоволених якістю послуг, становить 92,2 %")
f_cmp = F("complaints", "complaints", 0, "Скарг на дії працівників за звітний період не надходило.")

g.slip("percent_mismatch", "error", "Із загальної кількості отримувачів 412 осіб - 87 внутрішньо переміщені\nособи (23,1 %).",
       23.1, 21.1, [f_idp, f_all],
       "87 of 412 is 21,1 %, not 23,1 % (23,1 % of 412 would be 95). 23,1 is reachable with 412, so the GRIM test passes; only the ratio is wrong",
       f"pct_ok(p{n(f_idp)}, f{n(f_idp)}, f{n(f_all)}, 1)")
g.check("parts_sum", "соціальні послуги отримали 412 осіб", "236 + 58 + 118 = 412",
        f"f{n(f_hc)} + f{n(f_dc)} + f{n(f_na)} == f{n(f_all)} == f{n(f_all2)}")
g.check("percent_impossible", "412 осіб - 87 внутрішньо переміщені", "23,1 % is reachable with 412 (95/412)",
        f"grim_ok(p{n(f_idp)}, f{n(f_all)}, 1)")
g.check("parts_sum", "Знято з обслуговування\n29 осіб", "17 + 8 + 4 = 29", f"f{n(f_d1)} + f{n(f_d2)} + f{n(f_d3)} == f{n(f_der)}")
g.check("table_arithmetic", tot_q, "94 + 61 + 47 + 34 = 236", " + ".join(f"f{n(x)}" for x in ro) + f" == f{n(f_t)}")
g.check("table_arithmetic", tot_q, "31 + 19 + 12 + 10 = 72", " + ".join(f"f{n(x)}" for x in rs) + f" == f{n(f_t1)}")
g.check("internal_conflict", tot_q, "table total 236 = department row 236", f"f{n(f_t)} == f{n(f_hc)}")
g.check("parts_sum", "За звітний період надано 28 914 соціальних послуг", "24 306 + 3 811 + 797 = 28 914",
        f"f{n(f_s1)} + f{n(f_s2)} + f{n(f_s3)} == f{n(f_sp)}")
g.check("percent_impossible", "задоволених якістю послуг, становить 92,2 %", "59 of 64 = 92,19 % → 92,2",
        f"grim_ok(f{n(f_sat)}, f{n(f_sv)}, 1)")
g.check("parts_sum", "вакантними залишаються 3 посади соціального робітника", "28 working + 3 vacant = 31 positions",
        f"f{n(f_st)} + 3 == f{n(f_pos)}")

g.skip("68780, с. Тузли, вул. Шкільна, 3, тел. (04849) 0-52-17", [68780, 3, 4849, 5217], "postcode, address, phone")
g.skip("про роботу територіального центру за 9 місяців 2023 року", [9, 2023], "period of the title")
g.skip("Тузлівська громада об'єднує 12 населених пунктів; осіб віком 60+ у громаді\nпроживає 2 914.",
       [12, 60, 2914], "settlements, age, population")
g.skip("рішенням сільської ради від 24.12.2021 № 318-VIII", [24, 12, 2021, 318], "decision date and number")
g.skip("вакантними залишаються 3 посади соціального робітника", [3], "vacancies (no §3 id; used as a literal in a check)")
g.skip("Протягом січня - вересня 2023 року", [2023], "period")
g.skip("за 9 місяців склали", [9], "period")
g.skip("(за 9 місяців 2022 року - 377)", [9, 2022, 377], "prior-year figure")
g.skip("Видано 146 продуктових наборів та 37 комплектів постільної білизни", [146, 37], "items")
g.skip("здійснено 57 поїздок", [57], "trips of the social taxi (no §3 id)")
g.skip("Тариф на 1 годину догляду вдома - 52,80 грн (рішення\nвиконкому від 16.02.2023 № 27)",
       [1, 52.8, 16, 2, 2023, 27], "tariff, decision date and number")
g.skip("У вересні 2023 року", [2023], "survey month")
g.skip("V. ЗАВДАННЯ НА IV КВАРТАЛ 2023 РОКУ", [4, 2023], "plan section heading")
g.skip("провести до 15.12.2023\nобстеження матеріально-побутових умов не менше 40 отримувачів", [15, 12, 2023, 40], "plan")
g.skip("тел. (04849) 0-52-19", [4849, 5219], "phone")
g.skip("Дата складання: 04.10.2023", [4, 10, 2023], "compile date")

g.note("windows-1251, CRLF; quotes are taken from the read text (LF line ends, wrapped lines kept as written)")
g.note("department rows carry their department in `district` and the service the department provides; "
       "the round-off table by старостинський округ puts the округ in `district`. Its «Усього» row repeats the 236 "
       "of the home-care department: two facts")
g.note("«з них одиноких» → served with category «одинокі особи», parent the «Усього» cell of the first column")
g.note("«Взято на обслуговування … 41 особу» → served (alt registered_new, support_started), as in blind18")
g.note("«соціальне таксі» → served with service social_taxi; the 57 trips are skipped")
g.note("the 118 persons of the natural-aid department are quoted by the wrapped tail «допомоги - 118 осіб»")
g.write()
