"""b123_02: ТЦСО Стриївської сільської ради (Житомирська), information for 9 months of 2023.
windows-1251, CRLF, hard-wrapped lines, third person."""
from common import Gold, report_path, write_text

DOC = "b123_02_stryieva_tcso_9m2023.txt"

TEXT = """\
                                  І Н Ф О Р М А Ц І Я
         про роботу Територіального центру соціального обслуговування
          (надання соціальних послуг) Стриївської сільської ради
                         Житомирської області
                          за 9 місяців 2023 року

   Територіальний центр соціального обслуговування (надання соціальних
послуг) Стриївської сільської ради (далі - Терцентр) діє на підставі
Положення, затвердженого рішенням 27 сесії сільської ради VIII скликання
від 22.12.2022 № 611. Терцентр обслуговує жителів 11 сіл громади, у яких
проживає 2 916 осіб віком 60 років і старше.

   1. Обслуговування громадян

   За 9 місяців 2023 року соціальні послуги Терцентру отримали 318 осіб
(за 9 місяців 2022 року - 301 особа). Протягом звітного періоду взято на
обслуговування 57 осіб, знято з обслуговування 46 осіб, з них:
   - у зв'язку зі смертю - 19;
   - у зв'язку з влаштуванням до будинку-інтернату - 4;
   - за власним бажанням - 17;
   - у зв'язку з переїздом до іншої громади - 6.
   Станом на 30.09.2023 на обслуговуванні перебувало 263 особи, а саме:
   - у відділенні соціальної допомоги вдома - 148 осіб;
   - у відділенні денного перебування - 71 особа;
   - у відділенні організації надання адресної натуральної та грошової
допомоги - 44 особи.
   З 148 підопічних відділення соціальної допомоги вдома одиноких громадян -
61, осіб з інвалідністю - 45, інших громадян похилого віку - 38. Платні
послуги отримували 23 особи.

   2. Надані послуги

   Усього за 9 місяців надано 21 476 соціальних послуг, у тому числі:
догляд вдома - 16 982, денний догляд - 2 840, натуральна допомога - 1 654.
Вартість однієї години догляду вдома для платних отримувачів становить
74,10 грн (рішення виконавчого комітету від 14.12.2022 № 187).
   Послугою "соціальне таксі" скористалися 29 осіб, здійснено 64 поїздки.
   Відділенням натуральної допомоги видано 312 продуктових наборів та
95 комплектів постільної білизни на загальну суму 146,8 тис. грн.
   У відділенні денного перебування проведено 38 культурно-масових заходів
(свята, майстер-класи, екскурсії), участь у них взяли 540 осіб.

   3. Звернення громадян

   До Терцентру надійшло 74 письмові заяви про надання соціальних послуг,
за результатами розгляду 68 заяв задоволено, у 6 випадках відмовлено
через відсутність підстав. Скарг від отримувачів за звітний період не
надходило.
   У вересні 2023 року проведено опитування 40 отримувачів послуги догляду
вдома; рівень задоволеності якістю послуги - 92,5 %.

   4. Кадрове та фінансове забезпечення

   Штатна чисельність Терцентру - 34 штатні одиниці, фактично працює
31 особа, з них 22 соціальні робітники. Вакантними залишаються 3 посади.
   До спеціального фонду за надані платні послуги надійшло 38,7 тис. грн.

Директор Терцентру                                        (підпис)
тел. (04139) 0-61-44
05.10.2023
"""

write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Стриївської сільської ради",
    "centre_type": "tcso", "settlement": "Стриєва", "oblast": "Житомирська",
    "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30",
}, meta_alt={"settlement": ["Стриївська сільська громада"]})
F = g.f
n = lambda i: int(i[1:])
sv = F("served", "persons", 318, "соціальні послуги Терцентру отримали 318 осіб")
new = F("served", "persons", 57, "взято на\nобслуговування 57 осіб", alt=["registered_new", "support_started"],
        label="взято на обслуговування", parent=sv)
de = F("deregistered", "persons", 46, "знято з обслуговування 46 осіб")
reasons = [("у зв'язку зі смертю - 19", 19, "смерть"),
           ("у зв'язку з влаштуванням до будинку-інтернату - 4", 4, "влаштування до будинку-інтернату"),
           ("за власним бажанням - 17", 17, "за власним бажанням"),
           ("у зв'язку з переїздом до іншої громади - 6", 6, "переїзд до іншої громади")]
rids = [F("deregistered", "persons", v, q, label=lab, alt=["outcome_other"], group="deregistered_46", parent=de)
        for q, v, lab in reasons]
reg = F("served", "persons", 263, "на обслуговуванні перебувало 263 особи", alt=["registered", "support_ongoing"],
        label="станом на 30.09.2023")
d1 = F("served", "persons", 148, "у відділенні соціальної допомоги вдома - 148 осіб", service="home_care",
       district="відділення соціальної допомоги вдома", alt=["registered", "support_ongoing"],
       group="on_register_263_by_department", parent=reg)
d2 = F("served", "persons", 71, "у відділенні денного перебування - 71 особа", service="day_care",
       district="відділення денного перебування", alt=["registered", "support_ongoing"],
       group="on_register_263_by_department", parent=reg)
d3 = F("served", "persons", 44, "допомоги - 44 особи", service="natural_aid",
       district="відділення організації надання адресної натуральної та грошової допомоги",
       alt=["registered", "support_ongoing"], group="on_register_263_by_department", parent=reg)
hc = F("served", "persons", 148, "З 148 підопічних відділення соціальної допомоги вдома", service="home_care",
       alt=["registered", "support_ongoing"])
c1 = F("served", "persons", 61, "одиноких громадян -\n61", service="home_care", category="одинокі громадяни",
       group="home_care_148_by_category", parent=hc)
c2 = F("served", "persons", 45, "осіб з інвалідністю - 45", service="home_care", category="особи з інвалідністю",
       group="home_care_148_by_category", parent=hc)
c3 = F("served", "persons", 38, "інших громадян похилого віку - 38", service="home_care",
       category="інші громадяни похилого віку", group="home_care_148_by_category", parent=hc)
F("served", "persons", 23, "Платні\nпослуги отримували 23 особи", label="платні послуги", parent=sv)
sp = F("services_provided", "services", 21476, "надано 21 476 соціальних послуг")
s1 = F("services_provided", "services", 16982, "догляд вдома - 16 982", service="home_care", group="services_21476",
       parent=sp)
s2 = F("services_provided", "services", 2840, "денний догляд - 2 840", service="day_care", group="services_21476",
       parent=sp)
s3 = F("services_provided", "services", 1654, "натуральна допомога - 1 654", service="natural_aid",
       group="services_21476", parent=sp)
F("served", "persons", 29, "Послугою \"соціальне таксі\" скористалися 29 осіб", service="social_taxi")
F("aid_value", "uah", 146800, "на загальну суму 146,8 тис. грн", service="natural_aid")
ev = F("events", "events", 38, "проведено 38 культурно-масових заходів")
F("event_participants", "persons", 540, "участь у них взяли 540 осіб", parent=ev)
ap = F("applied", "applications", 74, "надійшло 74 письмові заяви про надання соціальних послуг")
F("complaints", "complaints", 0, "Скарг від отримувачів за звітний період не\nнадходило.")
rs = F("survey_respondents", "persons", 40, "проведено опитування 40 отримувачів")
sat = F("satisfaction", "percent", 92.5, "рівень задоволеності якістю послуги - 92,5 %", service="home_care")
pos = F("staff_positions", "positions", 34, "Штатна чисельність Терцентру - 34 штатні одиниці")
act = F("staff_actual", "staff", 31, "фактично працює\n31 особа")
soc = F("staff_actual", "staff", 22, "з них 22 соціальні робітники", label="соціальні робітники", parent=act)
F("budget_received", "uah", 38700, "До спеціального фонду за надані платні послуги надійшло 38,7 тис. грн.",
  label="спеціальний фонд, платні послуги")

g.slip("parts_sum", "error", "З 148 підопічних відділення соціальної допомоги вдома одиноких громадян -",
       144, 148, [hc, c1, c2, c3],
       "the three categories (the last is «інших», so they partition the 148 home-care recipients) sum to "
       "61 + 45 + 38 = 144: 4 missing",
       f"f{n(c1)} + f{n(c2)} + f{n(c3)} == f{n(hc)}")
g.check("parts_sum", "знято з обслуговування 46 осіб, з них:", "19 + 4 + 17 + 6 = 46",
        " + ".join(f"f{n(i)}" for i in rids) + f" == f{n(de)}")
g.check("parts_sum", "Станом на 30.09.2023 на обслуговуванні перебувало 263 особи, а саме:", "148 + 71 + 44 = 263",
        f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(reg)}")
g.check("internal_conflict", "З 148 підопічних відділення соціальної допомоги вдома",
        "the 148 of the category sentence = the department row", f"f{n(hc)} == f{n(d1)}")
g.check("parts_sum", "у тому числі:\nдогляд вдома - 16 982", "16 982 + 2 840 + 1 654 = 21 476",
        f"f{n(s1)} + f{n(s2)} + f{n(s3)} == f{n(sp)}")
g.check("parts_sum", "соціальні послуги Терцентру отримали 318 осіб",
        "57 taken on ≤ 318 served; 263 on the register ≤ 318", f"f{n(new)} <= f{n(sv)} and f{n(reg)} <= f{n(sv)}")
g.check("parts_sum", "за результатами розгляду 68 заяв задоволено, у 6 випадках відмовлено",
        "68 granted + 6 refused = 74 applications (68 and 6 have no §3 id: literals)", f"68 + 6 == f{n(ap)}")
g.check("percent_impossible", "рівень задоволеності якістю послуги - 92,5 %", "92,5 % of 40 = 37 respondents",
        f"grim_ok(f{n(sat)}, f{n(rs)}, 1)")
g.check("parts_sum", "Вакантними залишаються 3 посади.",
        "31 working + 3 vacant = 34 positions (3 vacancies: literal); 22 ≤ 31",
        f"f{n(act)} + 3 == f{n(pos)} and f{n(soc)} <= f{n(act)}")

g.skip("за 9 місяців 2023 року", [9, 2023], "period in the title")
g.skip("рішенням 27 сесії сільської ради VIII скликання\nвід 22.12.2022 № 611", [27, 22, 12, 2022, 611],
       "session, decision date and number")
g.skip("Терцентр обслуговує жителів 11 сіл громади, у яких\nпроживає 2 916 осіб віком 60 років і старше.",
       [11, 2916, 60], "settlements, population, age")
g.skip("(за 9 місяців 2022 року - 301 особа)", [9, 2022, 301], "2022 figure")
g.skip("Станом на 30.09.2023", [30, 9, 2023], "date")
g.skip("Усього за 9 місяців надано", [9], "period")
g.skip("74,10 грн (рішення виконавчого комітету від 14.12.2022 № 187)", [74.10, 14, 12, 2022, 187],
       "tariff, decision date and number")
g.skip("здійснено 64 поїздки", [64], "trips: no §3 id")
g.skip("видано 312 продуктових наборів та\n95 комплектів постільної білизни", [312, 95], "items (sets), not persons")
g.skip("за результатами розгляду 68 заяв задоволено, у 6 випадках відмовлено", [68, 6],
       "decisions and refusals: no §3 id (used as literals in a check)")
g.skip("У вересні 2023 року", [2023], "survey month")
g.skip("Вакантними залишаються 3 посади.", [3], "vacancies: no §3 id (literal in a check)")
g.skip("тел. (04139) 0-61-44\n05.10.2023", [4139, 6144, 5, 10, 2023], "phone and date")
g.skip("1. Обслуговування громадян", [1, 2, 3, 4], "section numbers")

g.note("windows-1251, CRLF, lines hard-wrapped at about 76 characters; quotes that cross a wrap keep the newline "
       "as the reader prints it")
g.note("«отримали 318 осіб» → served; «взято на обслуговування 57» → served (alt registered_new, support_started) "
       "with parent 318; «знято з обслуговування 46 … з них» → deregistered, the reasons as labelled deregistered "
       "parts (alt outcome_other)")
g.note("«станом на 30.09.2023 на обслуговуванні перебувало 263 особи, а саме» by department → served (alt registered, "
       "support_ongoing), departments in `district` with the department's service")
g.note("the 148 home-care recipients appear twice (department row and the category sentence): two facts")
g.note("planted slip: the categories of the 148 home-care recipients sum to 144")
g.write()
