"""b39_02: ТЦСО Монастирищенської міської ради, information for H1 2025 (TXT, windows-1251, CRLF)."""
from common import Gold, report_path, write_text

NAME = "b39_02_monastyryshche_tcso_h12025.txt"

TEXT = """                 МОНАСТИРИЩЕНСЬКА МІСЬКА РАДА
   ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
            (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
 20101, м. Монастирище, вул. Соборна, 117, тел. (04746) 0-25-71

Вих. № 214 від 08.07.2025              Виконавчому комітету
                                       Монастирищенської міської ради

                         ІНФОРМАЦІЯ
     про роботу територіального центру соціального обслуговування
      (надання соціальних послуг) за І півріччя 2025 року

   Територіальний центр обслуговує 44 населені пункти громади,
де проживає понад 9,8 тис. осіб віком 60 років і старше.

   1. Станом на 30.06.2025 на обслуговуванні перебуває 463 особи
(у І півріччі 2024 року - 441), зокрема:
 - відділення соціальної допомоги вдома - 298 осіб;
 - відділення денного перебування - 117 осіб;
 - відділення організації надання адресної натуральної та
грошової допомоги - 48 осіб.

   Серед отримувачів послуги догляду вдома:
 - одинокі громадяни - 121 (40,6 %);
 - особи з інвалідністю I-II груп - 87 (31,2 %);
 - внутрішньо переміщені особи - 23 (7,7 %).

   За півріччя взято на обслуговування 61 особу,
знято з обслуговування 44 особи, з них:
 - у зв'язку зі смертю - 29;
 - за власним бажанням - 9;
 - у зв'язку з виїздом за межі громади - 6.

   2. Отримувачам надано 14 826 соціальних послуг, у тому числі:
догляд вдома - 11 907, денний догляд - 2 431,
натуральна допомога - 488.

   Видано 212 продуктових наборів та 96 комплектів засобів
гігієни на загальну суму 187,4 тис. грн (благодійна допомога
партнерських організацій).

   Послугою "соціальне таксі" скористалися 37 осіб, здійснено
142 поїздки. Вартість 1 км пробігу - 12,00 грн (рішення
міської ради від 23.12.2024 № 45-3/VIII).

   Платні послуги отримували 74 особи. До спеціального фонду
надійшло 96,3 тис. грн.

   3. У червні 2025 року проведено анонімне анкетування. В
анкетуванні взяли участь 64 отримувачі послуги догляду вдома.
Задоволеність якістю послуги склала 92,2 %.
Скарг від отримувачів не надходило.

   4. Штатна чисельність - 52,5 штатної одиниці, фактично
працює 49 працівників, з них 38 соціальних робітників. Середнє
навантаження на соціального робітника - 7,8 отримувача.
Навчання на базі обласного центру пройшли 6 соціальних робітників.

   5. У ІІ півріччі планується відкрити пункт прокату засобів
реабілітації та збільшити кількість отримувачів денного догляду
до 130 осіб.


Директор                                      (підпис)

Виконавець: (04746) 0-25-74
"""


def build():
    write_text(report_path(NAME), TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Монастирищенської міської ради",
        "centre_type": "tcso", "settlement": "Монастирище", "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-06-30"},
        meta_alt={"centre": ["Територіальний центр соціального обслуговування Монастирищенської міської ради"]})
    f = g.f
    tot = f("served", "persons", 463, "на обслуговуванні перебуває 463 особи")
    hc = f("served", "persons", 298, "відділення соціальної допомоги вдома - 298 осіб", service="home_care",
           group="served_463_by_department", parent=tot)
    dc = f("served", "persons", 117, "відділення денного перебування - 117 осіб", service="day_care",
           group="served_463_by_department", parent=tot)
    na = f("served", "persons", 48, "грошової допомоги - 48 осіб", service="natural_aid",
           group="served_463_by_department", parent=tot)
    c1 = f("served", "persons", 121, "одинокі громадяни - 121 (40,6 %)", percent=40.6, service="home_care",
           category="одинокі громадяни", parent=hc)
    c2 = f("served", "persons", 87, "особи з інвалідністю I-II груп - 87 (31,2 %)", percent=31.2, service="home_care",
           category="особи з інвалідністю I-II груп", parent=hc)
    c3 = f("served", "persons", 23, "внутрішньо переміщені особи - 23 (7,7 %)", percent=7.7, service="home_care",
           category="внутрішньо переміщені особи", parent=hc)
    new = f("served", "persons", 61, "За півріччя взято на обслуговування 61 особу", alt=["registered_new", "support_started"],
            label="взято на обслуговування")
    de = f("deregistered", "persons", 44, "знято з обслуговування 44 особи, з них:")
    d1 = f("deregistered", "persons", 29, "у зв'язку зі смертю - 29", label="у зв'язку зі смертю", group="deregistered_44_by_reason", parent=de)
    d2 = f("deregistered", "persons", 9, "за власним бажанням - 9", label="за власним бажанням", group="deregistered_44_by_reason", parent=de)
    d3 = f("deregistered", "persons", 6, "у зв'язку з виїздом за межі громади - 6", label="виїзд за межі громади",
           group="deregistered_44_by_reason", parent=de)
    sp = f("services_provided", "services", 14826, "Отримувачам надано 14 826 соціальних послуг")
    s1 = f("services_provided", "services", 11907, "догляд вдома - 11 907", service="home_care", group="services_14826_by_service", parent=sp)
    s2 = f("services_provided", "services", 2431, "денний догляд - 2 431", service="day_care", group="services_14826_by_service", parent=sp)
    s3 = f("services_provided", "services", 488, "натуральна допомога - 488", service="natural_aid", group="services_14826_by_service", parent=sp)
    av = f("aid_value", "uah", 187400, "на загальну суму 187,4 тис. грн", service="natural_aid")
    tx = f("served", "persons", 37, "Послугою \"соціальне таксі\" скористалися 37 осіб", service="social_taxi")
    paid = f("served", "persons", 74, "Платні послуги отримували 74 особи", label="платні послуги")
    rec = f("budget_received", "uah", 96300, "надійшло 96,3 тис. грн", label="спеціальний фонд, платні послуги")
    sv = f("survey_respondents", "recipients", 64, "анкетуванні взяли участь 64 отримувачі послуги догляду вдома",
           service="home_care", unit_alt="persons")
    sat = f("satisfaction", "percent", 92.2, "Задоволеність якістю послуги склала 92,2 %", service="home_care")
    cp = f("complaints", "complaints", 0, "Скарг від отримувачів не надходило.")
    pos = f("staff_positions", "positions", 52.5, "Штатна чисельність - 52,5 штатної одиниці")
    act = f("staff_actual", "staff", 49, "працює 49 працівників")
    sw = f("staff_actual", "staff", 38, "з них 38 соціальних робітників", label="соціальні робітники", parent=act)
    tr = f("staff_trained", "staff", 6, "Навчання на базі обласного центру пройшли 6 соціальних робітників")

    g.slip("percent_mismatch", "error", "особи з інвалідністю I-II груп - 87 (31,2 %)", 31.2, 29.2, [c2, hc],
           "87 of the 298 home-care recipients is 29,2 %, not 31,2 % (the other two shares of the same list are computed on 298)",
           f"pct_ok(p{c2[1:]}, {c2}, {hc}, 1)")
    g.check("parts_sum", "1. Станом на 30.06.2025 на обслуговуванні перебуває 463 особи",
            "298 + 117 + 48 = 463", f"{hc} + {dc} + {na} == {tot}")
    g.check("percent_mismatch", "одинокі громадяни - 121 (40,6 %)", "121 / 298 = 40,60 %", f"pct_ok(p{c1[1:]}, {c1}, {hc}, 1)")
    g.check("percent_mismatch", "внутрішньо переміщені особи - 23 (7,7 %)", "23 / 298 = 7,72 %", f"pct_ok(p{c3[1:]}, {c3}, {hc}, 1)")
    g.check("parts_sum", "знято з обслуговування 44 особи, з них:", "29 + 9 + 6 = 44", f"{d1} + {d2} + {d3} == {de}")
    g.check("parts_sum", "Отримувачам надано 14 826 соціальних послуг, у тому числі:", "11 907 + 2 431 + 488 = 14 826",
            f"{s1} + {s2} + {s3} == {sp}")
    g.check("percent_impossible", "Задоволеність якістю послуги склала 92,2 %", "92,2 % is reachable with 64 respondents (59 of 64 = 92,19 %)",
            f"grim_ok({sat}, {sv}, 1)")
    g.check("parts_sum", "з них 38 соціальних робітників", "38 ≤ 49 ≤ 52,5; 6 trained ≤ 38", f"{sw} <= {act} <= {pos} and {tr} <= {sw}")
    g.check("parts_sum", "анкетуванні взяли участь 64 отримувачі послуги догляду вдома", "64 respondents ≤ 298 home-care recipients", f"{sv} <= {hc}")
    g.skip("20101, м. Монастирище, вул. Соборна, 117, тел. (04746) 0-25-71", [20101, 117, 4746, 2571], "postcode, address, phone")
    g.skip("Вих. № 214 від 08.07.2025", [214, 8, 7, 2025], "outgoing number and date")
    g.skip("за І півріччя 2025 року", [2025], "period year")
    g.skip("Територіальний центр обслуговує 44 населені пункти громади", [44], "settlements")
    g.skip("де проживає понад 9,8 тис. осіб віком 60 років і старше", [9800, 60], "population and age")
    g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
    g.skip("(у І півріччі 2024 року - 441)", [2024, 441], "prior-year figure")
    g.skip("Видано 212 продуктових наборів та 96 комплектів засобів", [212, 96], "items handed out")
    g.skip("142 поїздки", [142], "trips (no §3 id)")
    g.skip("Вартість 1 км пробігу - 12,00 грн (рішення", [1, 12.0], "tariff")
    g.skip("міської ради від 23.12.2024 № 45-3/VIII", [23, 12, 2024, 45, 3], "decision date and number")
    g.skip("У червні 2025 року проведено анонімне анкетування", [2025], "survey month")
    g.skip("навантаження на соціального робітника - 7,8 отримувача", [7.8], "ratio")
    g.skip("до 130 осіб", [130], "plan for H2")
    g.skip("Виконавець: (04746) 0-25-74", [4746, 2574], "phone")
    g.skip("1. Станом на", [1, 2, 3, 4, 5], "paragraph numbers 1.–5.")
    g.note("the 463 is a point-in-time count of recipients at the end of the half-year, read as served (by department; the three departments sum to 463)")
    g.note("«Серед отримувачів послуги догляду вдома» lists overlapping categories (not a partition): parent only, no group; each % is of the 298")
    g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered with reasons as labelled parts")
    g.note("«52,5 штатної одиниці» → staff_positions 52.5 (a fractional fact)")
    g.note("the survey is of home-care recipients: service home_care on survey_respondents and satisfaction")
    g.write()


if __name__ == "__main__":
    build()
    gold()
