"""b113_02: ТЦСО Трибухівської сільської ради (Тернопільська), information for 9 months of 2023.
windows-1251, CRLF, hard-wrapped lines, third person."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path, write_text

DOC = "b113_02_trybukhivtsi_tcso_9m2023.txt"

TEXT = """\
                       ТРИБУХІВСЬКА СІЛЬСЬКА РАДА
         ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
                     (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
   48416, Тернопільська обл., с. Трибухівці, вул. Незалежності, 3
        тел. (03544) 0-41-92, e-mail: tcso.trybukhivtsi@example.ua

                           І Н Ф О Р М А Ц І Я
       про діяльність територіального центру за 9 місяців 2023 року

     Територіальний центр соціального обслуговування (надання соціальних
послуг) Трибухівської сільської ради (далі - терцентр) діє на підставі
Положення, затвердженого рішенням сільської ради від 23.02.2021 N 186.
Терцентр обслуговує мешканців 11 сіл громади; станом на 01.01.2023 у громаді
проживало 2 140 осіб віком 60 років і старше.

     1. За січень - вересень 2023 року терцентром обслуговано 327 осіб
(за 9 місяців 2022 року - 301 особа), з них:
   - відділенням соціальної допомоги вдома - 118 осіб;
   - відділенням денного перебування - 64 особи;
   - відділенням організації надання адресної натуральної допомоги - 145 осіб.

     2. Послугу догляду вдома отримували 118 осіб, у тому числі:
   - громадяни похилого віку - 67;
   - особи з інвалідністю I - II групи - 29;
   - інші категорії (особи, які не здатні до самообслуговування внаслідок
     хвороби) - 25.
Один соціальний робітник обслуговує в середньому 8 - 9 підопічних.

     3. Протягом звітного періоду взято на обслуговування 34 особи, знято з
обслуговування 27 осіб, з них:
   - у зв'язку зі смертю - 15;
   - у зв'язку зі зміною місця проживання - 5;
   - за власним бажанням - 4;
   - у зв'язку з влаштуванням до будинку-інтернату - 3.
Станом на 01.10.2023 на черзі для взяття на обслуговування перебуває 6 осіб.

     4. Всього надано 14 862 соціальні послуги, в т. ч.:
   - догляд вдома - 11 390;
   - денний догляд - 2 118;
   - натуральна допомога - 1 354.

     5. Адресну натуральну допомогу (продуктові набори, засоби гігієни,
36 комплектів постільної білизни) одержали 145 осіб на загальну суму
96,4 тис. грн.
     Послугою соціального таксі скористалися 19 осіб з інвалідністю
(тариф - 9,50 грн за 1 км пробігу).

     6. На платній основі обслуговувалися 23 особи; до спеціального фонду
надійшло 41,7 тис. грн.

     7. Штатна чисельність терцентру - 21,5 штатної одиниці, фактично
працює 20 працівників, з них 14 соціальних робітників.

     8. У вересні 2023 року проведено опитування 40 отримувачів послуги
догляду вдома; 37 осіб (92,5 %) задоволені якістю та регулярністю
обслуговування. Письмових скарг не надходило.

Директор терцентру                                   ____________
Виконавець: тел. (03544) 0-41-93
06.10.2023
"""

write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {"centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                         "Трибухівської сільської ради",
               "centre_type": "tcso", "settlement": "Трибухівці", "oblast": "Тернопільська",
               "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30"})
f1 = g.f("served", "persons", 327, "терцентром обслуговано 327 осіб")
d = [g.f("served", "persons", 118, "відділенням соціальної допомоги вдома - 118 осіб",
         district="відділення соціальної допомоги вдома", group="served327_by_department", parent=f1),
     g.f("served", "persons", 64, "відділенням денного перебування - 64 особи",
         district="відділення денного перебування", group="served327_by_department", parent=f1),
     g.f("served", "persons", 145, "відділенням організації надання адресної натуральної допомоги - 145 осіб",
         district="відділення організації надання адресної натуральної допомоги",
         group="served327_by_department", parent=f1)]
f5 = g.f("served", "persons", 118, "Послугу догляду вдома отримували 118 осіб", service="home_care",
         note="repeats the department line (118): two facts")
c = [g.f("served", "persons", 67, "громадяни похилого віку - 67", service="home_care",
         category="громадяни похилого віку", group="homecare118_by_category", parent=f5),
     g.f("served", "persons", 29, "особи з інвалідністю I - II групи - 29", service="home_care",
         category="особи з інвалідністю I - II групи", group="homecare118_by_category", parent=f5),
     g.f("served", "persons", 25, "хвороби) - 25.", service="home_care", category="інші категорії",
         group="homecare118_by_category", parent=f5)]
f9 = g.f("served", "persons", 34, "взято на обслуговування 34 особи", alt=["registered_new", "support_started"])
f10 = g.f("deregistered", "persons", 27, "знято з\nобслуговування 27 осіб")
r = [g.f("deregistered", "persons", 15, "у зв'язку зі смертю - 15", label="смерть", group="dereg27_by_reason",
         parent=f10),
     g.f("deregistered", "persons", 5, "у зв'язку зі зміною місця проживання - 5", label="зміна місця проживання",
         group="dereg27_by_reason", parent=f10),
     g.f("deregistered", "persons", 4, "за власним бажанням - 4", label="за власним бажанням",
         group="dereg27_by_reason", parent=f10),
     g.f("deregistered", "persons", 3, "у зв'язку з влаштуванням до будинку-інтернату - 3",
         label="влаштування до будинку-інтернату", group="dereg27_by_reason", parent=f10)]
f15 = g.f("services_provided", "services", 14862, "Всього надано 14 862 соціальні послуги")
s = [g.f("services_provided", "services", 11390, "догляд вдома - 11 390", service="home_care",
         group="services14862", parent=f15),
     g.f("services_provided", "services", 2118, "денний догляд - 2 118", service="day_care",
         group="services14862", parent=f15),
     g.f("services_provided", "services", 1354, "натуральна допомога - 1 354", service="natural_aid",
         group="services14862", parent=f15)]
f19 = g.f("served", "persons", 145, "одержали 145 осіб", service="natural_aid",
          note="repeats the department line (145): two facts")
f20 = g.f("aid_value", "uah", 96400, "на загальну суму\n96,4 тис. грн", service="natural_aid")
f21 = g.f("served", "persons", 19, "Послугою соціального таксі скористалися 19 осіб з інвалідністю",
          service="social_taxi", category="особи з інвалідністю")
f22 = g.f("served", "persons", 23, "На платній основі обслуговувалися 23 особи", label="на платній основі")
f23 = g.f("budget_received", "uah", 41700, "надійшло 41,7 тис. грн", label="спеціальний фонд, платні послуги")
f24 = g.f("staff_positions", "positions", 21.5, "Штатна чисельність терцентру - 21,5 штатної одиниці")
f25 = g.f("staff_actual", "staff", 20, "працює 20 працівників")
f26 = g.f("staff_actual", "staff", 14, "з них 14 соціальних робітників", label="соціальні робітники", parent=f25)
f27 = g.f("survey_respondents", "recipients", 40, "проведено опитування 40 отримувачів послуги", service="home_care",
          unit_alt="persons")
f28 = g.f("survey_respondents", "persons", 37, "37 осіб (92,5 %) задоволені", percent=92.5, service="home_care",
          label="задоволені якістю та регулярністю обслуговування", parent=f27)
f29 = g.f("complaints", "complaints", 0, "Письмових скарг не надходило.")

g.slip("parts_sum", "error", "Послугу догляду вдома отримували 118 осіб, у тому числі:", 121, 118,
       [f5] + c, "67 + 29 + 25 = 121, three more than the 118 home-care recipients; the last category is "
       "«інші категорії», so the list is a partition", " + ".join(c) + f" == {f5}")
g.check("parts_sum", "терцентром обслуговано 327 осіб", "118 + 64 + 145 = 327", " + ".join(d) + f" == {f1}")
g.check("parts_sum", "знято з\nобслуговування 27 осіб, з них:", "15 + 5 + 4 + 3 = 27", " + ".join(r) + f" == {f10}")
g.check("parts_sum", "Всього надано 14 862 соціальні послуги, в т. ч.:", "11 390 + 2 118 + 1 354 = 14 862",
        " + ".join(s) + f" == {f15}")
g.check("internal_conflict", "Послугу догляду вдома отримували 118 осіб",
        "home care 118 and natural aid 145 equal their department lines", f"{f5} == {d[0]} and {f19} == {d[2]}")
g.check("parts_sum", "з них 14 соціальних робітників", "14 ≤ 20 ≤ 21,5", f"{f26} <= {f25} <= {f24}")
g.check("percent_mismatch", "37 осіб (92,5 %) задоволені", "37/40 = 92,5 %", f"pct_ok(p28, {f28}, {f27}, 1)")

g.skip("48416, Тернопільська обл., с. Трибухівці, вул. Незалежності, 3", [48416, 3], "postcode, address")
g.skip("тел. (03544) 0-41-92", [3544, 4192], "phone")
g.skip("за 9 місяців 2023 року", [9, 2023], "period")
g.skip("від 23.02.2021 N 186", [23, 2, 2021, 186], "decision date and number")
g.skip("Терцентр обслуговує мешканців 11 сіл громади; станом на 01.01.2023 у громаді\nпроживало 2 140 осіб віком 60 років і старше.",
       [11, 1, 1, 2023, 2140, 60], "settlements, date, population and age")
g.skip("(за 9 місяців 2022 року - 301 особа)", [9, 2022, 301], "prior-year figure")
g.skip("особи з інвалідністю I - II групи", [1, 2], "disability groups (Roman numerals)")
g.skip("Один соціальний робітник обслуговує в середньому 8 - 9 підопічних.", [1, 8, 9], "ratio")
g.skip("Станом на 01.10.2023 на черзі для взяття на обслуговування перебуває 6 осіб.", [1, 10, 2023, 6],
       "date; queue, no §3 id")
g.skip("36 комплектів постільної білизни", [36], "items")
g.skip("(тариф - 9,50 грн за 1 км пробігу)", [9.5, 1], "tariff")
g.skip("У вересні 2023 року", [2023], "survey month")
g.skip("Виконавець: тел. (03544) 0-41-93", [3544, 4193], "phone")
g.skip("06.10.2023", [6, 10, 2023], "compile date")
g.skip("1. За січень", [1, 2, 3, 4, 5, 6, 7, 8], "paragraph numbers 1.–8.")
g.note("File is windows-1251 with CRLF and hard-wrapped lines; «знято з / обслуговування 27 осіб» and "
       "«на загальну суму / 96,4 тис. грн» are quoted across the line break as the reader prints it.")
g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → "
       "deregistered with its reasons as labelled parts.")
g.note("Department lines and service paragraphs repeat 118 and 145: two facts each (district vs service).")
g.note("«21,5 штатної одиниці» → staff_positions 21.5 (a fractional fact).")
g.note("«37 осіб (92,5 %) задоволені» → survey_respondents with label and percent, parent the 40 surveyed.")
g.write()
