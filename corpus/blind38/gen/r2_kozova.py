"""b38_02: ТЦСО Козівської селищної ради, information for H1 2023 (TXT, windows-1251, CRLF, impersonal)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path, write_text  # noqa: E402

NAME = "b38_02_kozova_tcso_h1_2023.txt"

TEXT = """            ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
              (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) КОЗІВСЬКОЇ СЕЛИЩНОЇ РАДИ
     47601, смт Козова, вул. Грушевського, 21, тел. (03547) 0-23-61

                              ІНФОРМАЦІЯ
         про роботу територіального центру за І півріччя 2023 року

   Територіальний центр обслуговує мешканців 41 населеного пункту
громади (населення – 19,6 тис. осіб, з них 5 214 осіб віком понад
60 років). У структурі центру діють три відділення.

   1. Обслуговування.
   За І півріччя 2023 року на обслуговуванні в територіальному центрі
перебувало 1 163 особи, а саме:
   - відділення соціальної допомоги вдома – 318 осіб;
   - відділення денного перебування – 96 осіб;
   - відділення організації надання адресної натуральної та грошової
     допомоги – 761 особа.
   Для порівняння: за І півріччя 2022 року – 1 098 осіб.

   Взято на обслуговування 87 осіб. Знято з обслуговування 64 особи,
з них: у зв'язку зі смертю – 29, з переїздом до іншого населеного
пункту – 11, за власним бажанням – 19, влаштовано до будинку-інтернату – 5.

   Серед обслуговуваних відділенням соціальної допомоги вдома –
201 одинокий громадянин та 44 особи з інвалідністю I–II групи.

   2. Обсяг наданих послуг.
   Усього надано 24 870 соціальних послуг, у тому числі: догляд вдома –
19 412, денний догляд – 2 216, натуральна допомога – 3 242.

   Послугою «соціальне таксі» скористалися 37 осіб (89 поїздок),
тариф – 9,50 грн за 1 км пробігу.

   Відділенням натуральної допомоги видано 212 продуктових наборів
і 64 комплекти засобів гігієни на загальну суму 183,4 тис. грн.

   У відділенні денного перебування проведено 6 культурно-масових
заходів, у яких взяли участь 143 особи.

   3. Платні послуги.
   Від надання платних соціальних послуг до спеціального фонду
надійшло 146,8 тис. грн.

   4. Кадрове забезпечення.
   Штатна чисельність – 47,5 штатної одиниці, фактично зайнято
44 працівники, з них соціальних робітників – 31.

   5. Якість послуг.
   У квітні 2023 р. проведено анкетування 120 отримувачів послуги
догляду вдома: 94,2 % опитаних задоволені якістю обслуговування.
Скарг за звітний період не зареєстровано.

Виконавець: відділ організаційної роботи, тел. (03547) 0-23-64
05.07.2023
"""


def build():
    write_text(report_path(NAME), TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(NAME,
             {"centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                        "Козівської селищної ради",
              "centre_type": "tcso", "settlement": "Козова", "report_kind": "period_report",
              "period_start": "2023-01-01", "period_end": "2023-06-30"})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    tot = f("served", "persons", 1163, "перебувало 1 163 особи, а саме:")
    d1 = f("served", "persons", 318, "відділення соціальної допомоги вдома – 318 осіб;", service="home_care",
           district="відділення соціальної допомоги вдома", group="by_department", parent=tot)
    d2 = f("served", "persons", 96, "відділення денного перебування – 96 осіб;", service="day_care",
           district="відділення денного перебування", group="by_department", parent=tot)
    d3 = f("served", "persons", 761, "допомоги – 761 особа.", service="natural_aid",
           district="відділення організації надання адресної натуральної та грошової допомоги",
           group="by_department", parent=tot)
    f("served", "persons", 87, "Взято на обслуговування 87 осіб.", alt=["registered_new", "support_started"])
    dr = f("deregistered", "persons", 64, "Знято з обслуговування 64 особи")
    r = [f("deregistered", "persons", 29, "у зв'язку зі смертю – 29", label="у зв'язку зі смертю",
           group="dereg64", parent=dr),
         f("deregistered", "persons", 11, "пункту – 11", label="переїзд до іншого населеного пункту",
           group="dereg64", parent=dr),
         f("deregistered", "persons", 19, "за власним бажанням – 19", label="за власним бажанням",
           group="dereg64", parent=dr),
         f("deregistered", "persons", 5, "влаштовано до будинку-інтернату – 5",
           label="влаштовано до будинку-інтернату", group="dereg64", parent=dr)]
    c1 = f("served", "persons", 201, "201 одинокий громадянин", service="home_care",
           category="одинокі громадяни", parent=d1)
    c2 = f("served", "persons", 44, "44 особи з інвалідністю I–II групи", service="home_care",
           category="особи з інвалідністю I–II групи", parent=d1)
    sp = f("services_provided", "services", 24870, "Усього надано 24 870 соціальних послуг")
    s = [f("services_provided", "services", 19412, "19 412", service="home_care", group="services_by_kind",
           parent=sp, note="the line reads «19 412, денний догляд – 2 216, …»; «догляд вдома –» ends the line before"),
         f("services_provided", "services", 2216, "денний догляд – 2 216", service="day_care",
           group="services_by_kind", parent=sp),
         f("services_provided", "services", 3242, "натуральна допомога – 3 242", service="natural_aid",
           group="services_by_kind", parent=sp)]
    f("served", "persons", 37, "Послугою «соціальне таксі» скористалися 37 осіб", service="social_taxi")
    f("aid_value", "uah", 183400, "на загальну суму 183,4 тис. грн", service="natural_aid")
    ev = f("events", "events", 6, "проведено 6 культурно-масових")
    f("event_participants", "persons", 143, "у яких взяли участь 143 особи", parent=ev)
    f("budget_received", "uah", 146800, "надійшло 146,8 тис. грн", label="спеціальний фонд, платні послуги")
    pp = f("staff_positions", "positions", 47.5, "Штатна чисельність – 47,5 штатної одиниці")
    sa = f("staff_actual", "staff", 44, "44 працівники, з них соціальних робітників – 31.")
    sw = f("staff_actual", "staff", 31, "з них соціальних робітників – 31", label="соціальні робітники", parent=sa)
    sv = f("survey_respondents", "recipients", 120, "проведено анкетування 120 отримувачів послуги",
           service="home_care", unit_alt="persons")
    sat = f("satisfaction", "percent", 94.2, "94,2 % опитаних задоволені якістю обслуговування",
            service="home_care")
    f("complaints", "complaints", 0, "Скарг за звітний період не зареєстровано.")

    g.slip("parts_sum", "error", "перебувало 1 163 особи, а саме:", 1175, 1163, [tot, d1, d2, d3],
           "the three departments («а саме», a partition) sum to 318 + 96 + 761 = 1 175, 12 more than the 1 163 total",
           f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(tot)}")
    g.check("parts_sum", "Знято з обслуговування 64 особи", "29 + 11 + 19 + 5 = 64",
            " + ".join(f"f{n(i)}" for i in r) + f" == f{n(dr)}")
    g.check("parts_sum", "Усього надано 24 870 соціальних послуг", "19 412 + 2 216 + 3 242 = 24 870",
            " + ".join(f"f{n(i)}" for i in s) + f" == f{n(sp)}")
    g.check("parts_sum", "201 одинокий громадянин", "overlapping categories, each ≤ 318",
            f"f{n(c1)} <= f{n(d1)} and f{n(c2)} <= f{n(d1)}")
    g.check("percent_impossible", "94,2 % опитаних задоволені якістю обслуговування",
            "113 of 120 = 94,17 % → 94,2", f"grim_ok(f{n(sat)}, f{n(sv)}, 1)")
    g.check("parts_sum", "з них соціальних робітників – 31", "31 ≤ 44 ≤ 47,5",
            f"f{n(sw)} <= f{n(sa)} <= f{n(pp)}")

    g.skip("47601, смт Козова, вул. Грушевського, 21, тел. (03547) 0-23-61", [47601, 21, 3547, 2361],
           "postcode, address, phone")
    g.skip("І півріччя 2023 року", [2023], "year")
    g.skip("мешканців 41 населеного пункту", [41], "settlement count")
    g.skip("(населення – 19,6 тис. осіб, з них 5 214 осіб віком понад", [19600, 5214],
           "population and population aged 60+")
    g.skip("60 років). У структурі центру діють три відділення.", [60, 3], "age; number of departments")
    g.skip("Для порівняння: за І півріччя 2022 року – 1 098 осіб.", [2022, 1098], "prior-year figure")
    g.skip("(89 поїздок)", [89], "trips (no §3 id)")
    g.skip("тариф – 9,50 грн за 1 км пробігу", [9.5, 1], "tariff")
    g.skip("видано 212 продуктових наборів", [212], "items handed out (food sets)")
    g.skip("і 64 комплекти засобів гігієни", [64], "items handed out (hygiene kits)")
    g.skip("У квітні 2023 р.", [2023], "survey month")
    g.skip("Виконавець: відділ організаційної роботи, тел. (03547) 0-23-64", [3547, 2364], "phone")
    g.skip("05.07.2023", [5, 7, 2023], "compile date")
    g.skip("1. Обслуговування.", [1, 2, 3, 4, 5], "section numbers")
    g.note("hard-wrapped windows-1251 text with CRLF; quotes are single lines of the read text")
    g.note("«на обслуговуванні перебувало … а саме» by department: a partition, so the extra 12 is an error")
    g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → "
           "deregistered with reasons as labelled parts")
    g.write()


if __name__ == "__main__":
    build()
    gold()
