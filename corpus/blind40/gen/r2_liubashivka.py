"""b40_02: ТЦСО Любашівської селищної ради (Одеська), 9 months of 2023. TXT, windows-1251, CRLF,
first person plural, hard-wrapped lines, a department list and a «знято з обслуговування» list."""
from common import Gold, report_path, write_text

DOC = "b40_02_liubashivka_tcso_9m2023.txt"

TEXT = """\
ЛЮБАШІВСЬКА СЕЛИЩНА РАДА
ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
(НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
55501, Одеська обл., смт Любашівка, вул. Незалежності, 12
тел. (04864) 0-27-19

                         І Н Ф О Р М А Ц І Я
       про роботу територіального центру за 9 місяців 2023 року

   Наш територіальний центр обслуговує жителів 41 населеного пункту
громади, де проживає 8 950 осіб віком понад 60 років.

   За дев'ять місяців 2023 року до нас надійшла 131 заява про надання
соціальних послуг. Ми обслужили 694 особи (за 9 місяців 2022 року -
661), з них по відділеннях:
   - відділення соціальної допомоги вдома - 312 осіб;
   - відділення денного перебування - 126 осіб;
   - відділення організації надання адресної натуральної допомоги - 256 осіб.

   Серед отримувачів догляду вдома:
   - особи з інвалідністю I-II групи - 93;
   - одинокі громадяни похилого віку - 164;
   - внутрішньо переміщені особи - 34;
   - інші - 21.

   Послуги вдома надають 34 соціальні робітники, кожен обслуговує від 8
до 10 підопічних. Нашими працівниками надано 48 716 соціальних послуг.

   На обслуговування взято 118 осіб. Знято з обслуговування 97 осіб, з них:
   - у зв'язку зі смертю - 41;
   - у зв'язку з переїздом до іншого населеного пункту - 22;
   - влаштовано до інтернатних закладів - 9;
   - за власним бажанням - 19;
   - з інших причин - 3.
   На черзі на обслуговування вдома станом на 01.10.2023 перебуває 14 осіб.

   Платні послуги отримали 43 особи, до спеціального фонду надійшло 58,6
тис. грн. Вартість однієї години догляду становить 74,20 грн
(рішення сесії від 22.12.2022 N 1187-VIII).

   Адресну натуральну допомогу надано на загальну суму 212,4 тис. грн,
видано 1 312 продуктових наборів та 407 комплектів постільної білизни.

   У відділенні денного перебування ми провели 57 заходів (гуртки,
лекції, екскурсії), в яких взяли участь 611 осіб.

   Послугою "соціальне таксі" скористалися 29 осіб, здійснено 71 поїздку,
загальний пробіг 3 146 км, тариф 9,50 грн за 1 км.

   У вересні 2023 року ми опитали 52 отримувачі послуг,
задоволені якістю послуг 94,2 % опитаних.
Скарг від отримувачів не надходило.

   Штатним розписом передбачено 41,5 посади, фактично зайнято 38.

Виконавець: відділ соціальної допомоги вдома, 06.10.2023
"""


def build():
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Любашівської селищної ради",
        "centre_type": "tcso",
        "settlement": "Любашівка",
        "oblast": "Одеська",
        "report_kind": "period_report",
        "period_start": "2023-01-01",
        "period_end": "2023-09-30",
    }, meta_alt={"centre": ["Територіальний центр соціального обслуговування Любашівської селищної ради"]})
    f = g.f
    V = lambda i: "f" + i[1:]
    ap = f("applied", "applications", 131, "до нас надійшла 131 заява")
    tot = f("served", "persons", 694, "Ми обслужили 694 особи")
    d1 = f("served", "persons", 312, "відділення соціальної допомоги вдома - 312 осіб", service="home_care",
           district="відділення соціальної допомоги вдома", group="served_694_by_department", parent=tot)
    d2 = f("served", "persons", 126, "відділення денного перебування - 126 осіб", service="day_care",
           district="відділення денного перебування", group="served_694_by_department", parent=tot)
    d3 = f("served", "persons", 256, "відділення організації надання адресної натуральної допомоги - 256 осіб",
           service="natural_aid", district="відділення організації надання адресної натуральної допомоги",
           group="served_694_by_department", parent=tot)
    c1 = f("served", "persons", 93, "особи з інвалідністю I-II групи - 93", service="home_care",
           category="особи з інвалідністю I-II групи", group="home_care_312_by_category", parent=d1)
    c2 = f("served", "persons", 164, "одинокі громадяни похилого віку - 164", service="home_care",
           category="одинокі громадяни похилого віку", group="home_care_312_by_category", parent=d1)
    c3 = f("served", "persons", 34, "внутрішньо переміщені особи - 34", service="home_care",
           category="внутрішньо переміщені особи", group="home_care_312_by_category", parent=d1)
    c4 = f("served", "persons", 21, "інші - 21", service="home_care", category="інші",
           group="home_care_312_by_category", parent=d1)
    sw = f("staff_actual", "staff", 34, "Послуги вдома надають 34 соціальні робітники",
           label="соціальні робітники")
    f("services_provided", "services", 48716, "надано 48 716 соціальних послуг")
    f("served", "persons", 118, "На обслуговування взято 118 осіб", alt=["registered_new", "support_started"])
    dr = f("deregistered", "persons", 97, "Знято з обслуговування 97 осіб")
    reasons = [("у зв'язку зі смертю - 41", 41, "смерть"),
               ("у зв'язку з переїздом до іншого населеного пункту - 22", 22, "переїзд до іншого населеного пункту"),
               ("влаштовано до інтернатних закладів - 9", 9, "влаштування до інтернатних закладів"),
               ("за власним бажанням - 19", 19, "за власним бажанням"),
               ("з інших причин - 3", 3, "інші причини")]
    rids = [f("deregistered", "persons", v, q, label=lab, group="deregistered_97_by_reason", parent=dr)
            for q, v, lab in reasons]
    pd = f("served", "persons", 43, "Платні послуги отримали 43 особи", label="платні послуги")
    f("budget_received", "uah", 58600, "до спеціального фонду надійшло 58,6", label="спеціальний фонд, платні послуги",
      note="«58,6 / тис. грн» is wrapped over two lines: the unit is on the next line")
    f("aid_value", "uah", 212400, "Адресну натуральну допомогу надано на загальну суму 212,4 тис. грн",
      service="natural_aid")
    ev = f("events", "events", 57, "ми провели 57 заходів")
    f("event_participants", "persons", 611, "в яких взяли участь 611 осіб", parent=ev)
    f("served", "persons", 29, 'Послугою "соціальне таксі" скористалися 29 осіб', service="social_taxi")
    sr = f("survey_respondents", "persons", 52, "ми опитали 52 отримувачі послуг")
    sat = f("satisfaction", "percent", 94.2, "задоволені якістю послуг 94,2 % опитаних", alt=["share"],
            label="задоволені якістю послуг")
    f("complaints", "complaints", 0, "Скарг від отримувачів не надходило")
    pos = f("staff_positions", "positions", 41.5, "Штатним розписом передбачено 41,5 посади")
    act = f("staff_actual", "staff", 38, "фактично зайнято 38")

    g.slip("parts_sum", "error", "Знято з обслуговування 97 осіб, з них:", 97, 94, [dr] + rids,
           "the reasons 41 + 22 + 9 + 19 + 3 = 94, 3 short of the 97 taken off the register; the list ends "
           "with «з інших причин», so it is meant as a complete partition",
           " + ".join(V(i) for i in rids) + f" == {V(dr)}")
    g.check("parts_sum", "Ми обслужили 694 особи", "by department 312 + 126 + 256 = 694",
            f"{V(d1)} + {V(d2)} + {V(d3)} == {V(tot)}")
    g.check("parts_sum", "Серед отримувачів догляду вдома:", "93 + 164 + 34 + 21 = 312 (list closed by «інші»)",
            f"{V(c1)} + {V(c2)} + {V(c3)} + {V(c4)} == {V(d1)}")
    g.check("percent_impossible", "задоволені якістю послуг 94,2 % опитаних", "49 of 52 = 94,23 % → 94,2",
            f"grim_ok({V(sat)}, {V(sr)}, 1)")
    g.check("parts_sum", "Послуги вдома надають 34 соціальні робітники",
            "34 social workers ≤ 38 staff ≤ 41,5 positions", f"{V(sw)} <= {V(act)} <= {V(pos)}")
    g.check("parts_sum", "Платні послуги отримали 43 особи", "43 paying recipients ≤ 694 served",
            f"{V(pd)} <= {V(tot)}")

    g.skip("55501, Одеська обл., смт Любашівка, вул. Незалежності, 12", [55501, 12], "postcode, address")
    g.skip("тел. (04864) 0-27-19", [4864, 2719], "phone")
    g.skip("про роботу територіального центру за 9 місяців 2023 року", [9, 2023], "period in the title")
    g.skip("обслуговує жителів 41 населеного пункту", [41], "settlement count")
    g.skip("де проживає 8 950 осіб віком понад 60 років", [8950, 60], "population, age")
    g.skip("(за 9 місяців 2022 року -", [9, 2022], "prior-year period (its figure 661 is on the next line)")
    g.skip("661), з них по відділеннях:", [661], "prior-year figure")
    g.skip("особи з інвалідністю I-II групи", [1, 2], "disability groups (Roman numerals)")
    g.skip("кожен обслуговує від 8", [8], "caseload per worker (ratio)")
    g.skip("до 10 підопічних", [10], "caseload per worker (ratio)")
    g.skip("На черзі на обслуговування вдома станом на 01.10.2023 перебуває 14 осіб", [1, 10, 2023, 14],
           "date; waiting list (no §3 id)")
    g.skip("Вартість однієї години догляду становить 74,20 грн", [74.2], "tariff")
    g.skip("(рішення сесії від 22.12.2022 N 1187-VIII)", [22, 12, 2022, 1187], "decision date and number")
    g.skip("видано 1 312 продуктових наборів та 407 комплектів постільної білизни", [1312, 407], "items")
    g.skip("здійснено 71 поїздку", [71], "trips (no §3 id)")
    g.skip("загальний пробіг 3 146 км, тариф 9,50 грн за 1 км", [3146, 9.5, 1], "distance, tariff")
    g.skip("У вересні 2023 року", [2023], "survey month")
    g.skip("Виконавець: відділ соціальної допомоги вдома, 06.10.2023", [6, 10, 2023], "compile date")

    g.note("first person plural («ми обслужили», «ми опитали»); lines are hard-wrapped, so some quotes are the part "
           "of a sentence on one line")
    g.note("departments → served with service and district (department name), one group; home-care categories "
           "hang on the home-care department row (list closed by «інші»)")
    g.note("«На обслуговування взято» → served (alt registered_new, support_started); «Знято з обслуговування» → "
           "deregistered with the reasons as labelled parts")
    g.note("41,5 positions is a fractional fact; the 34 social workers are staff_actual with a label (not a part "
           "stated with «з них», so no parent)")
    g.note("«задоволені якістю послуг 94,2 % опитаних» → satisfaction (alt share); no count is written")
    g.write()


if __name__ == "__main__":
    build()
    gold()
