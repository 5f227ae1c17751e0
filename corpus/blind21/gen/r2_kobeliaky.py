"""b21_02: ТЦСО Кобеляцької міської ради, short information for H1 2025 (TXT, windows-1251, CRLF).

Terse telegraphic notes, figures first («1 186 – загальна кількість …»), abbreviations, «понад» and
«близько».
Planted slip: the 412 home-care recipients by category: 247 + 109 + 38 + 26 = 420 (the last category
is «інші», so the list is a partition).
"""
from common import Gold, report_path, write_text

DOC = "b21_02_kobeliaky_tcso_h1_2025.txt"

TEXT = """Територіальний центр соціального обслуговування
(надання соціальних послуг) Кобеляцької міської ради
39200, Полтавська обл., м. Кобеляки, вул. Незалежності, 12, тел. (05343) 0-31-42

ДОВІДКОВА ІНФОРМАЦІЯ
про роботу ТЦСО за І півріччя 2025 р.
(до наради в УСЗН 08.07.2025)

1. Обслуговано

1 186 – загальна кількість осіб, обслугованих ТЦСО за півріччя (І півр. 2024 – 1 142), з них:
   412 – відділення соціальної допомоги вдома (догляд вдома);
   96 – відділення денного перебування;
   678 – відділення організації надання адресної натуральної та грошової допомоги.

412 осіб вдома – це:
   одинокі та одиноко проживаючі – 247;
   особи з інвалідністю I–II гр. – 109;
   ВПО – 38;
   інші – 26.

57 – взято на обслуговування вдома (нові).
49 – знято з обслуговування, причини: смерть – 31, переїзд до родичів – 11,
влаштування до будинку-інтернату – 4, власна відмова – 3.

Частка обслугованих вдома від числа тих, хто потребує догляду, – 96,7 %.
Черга на обслуговування вдома станом на 30.06.2025 – 14 осіб.
Середній вік отримувачів вдома – 78 років, найстаршій підопічній – 101 рік.

2. Послуги

Надано послуг – 41 370, в т.ч.: вдома 28 915, денне перебування 5 240,
натуральна допомога 7 215.
Понад 300 осіб отримали натуральну допомогу (засоби гігієни, продуктові набори);
видано близько 900 наборів.
Соцтаксі: 143 поїздки, обслуговано 58 осіб (тариф 12 грн/км).
Клуб «Золоте надвечір'я»: 28 засідань, відвідали близько 200 осіб.

3. Звернення

1 320 – звернень за півріччя (особисто – 874, телефоном – 446).
Скарги – 2 (усні, щодо графіка відвідування), розглянуто, вжито заходів.

4. Опитування

Опитано 60 отримувачів догляду вдома (червень). Задоволені якістю послуг
95 % опитаних.

5. Кадри

Штат: 64 шт. од. (затв.), факт. 59; соцробітників – 41. Вакансій – 5.
Підвищили кваліфікацію 12 працівників.

6. Кошти

- каса загального фонду за півріччя: 8 914,2 тис. грн, з них
  зарплата з нарахуваннями 7 902,6 тис. грн;
- платні послуги: надійшло 186,4 тис. грн (план на рік – 350,0 тис. грн);
- благодійні внески: надійшло 52,7 тис. грн.

У громаді близько 9 400 мешканців віком 60+, обслуговуються у 23 населених пунктах.

Підготувала: ст. інспектор ТЦСО, 07.07.2025
"""


def build():
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                  "Кобеляцької міської ради",
        "centre_type": "tcso", "settlement": "Кобеляки", "oblast": "Полтавська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    })
    f = g.f
    t = f("served", "persons", 1186, "1 186 – загальна кількість осіб, обслугованих ТЦСО за півріччя")
    d1 = f("served", "persons", 412, "412 – відділення соціальної допомоги вдома (догляд вдома)",
           service="home_care", district="відділення соціальної допомоги вдома", group="served_1186_by_department",
           parent=t)
    d2 = f("served", "persons", 96, "96 – відділення денного перебування", service="day_care",
           district="відділення денного перебування", group="served_1186_by_department", parent=t)
    d3 = f("served", "persons", 678, "678 – відділення організації надання адресної натуральної та грошової допомоги",
           district="відділення організації надання адресної натуральної та грошової допомоги",
           group="served_1186_by_department", parent=t)
    h = f("served", "persons", 412, "412 осіб вдома", service="home_care")
    c1 = f("served", "persons", 247, "одинокі та одиноко проживаючі – 247", service="home_care",
           category="одинокі та одиноко проживаючі", group="home_care_412_by_category", parent=h)
    c2 = f("served", "persons", 109, "особи з інвалідністю I–II гр. – 109", service="home_care",
           category="особи з інвалідністю I–II групи", group="home_care_412_by_category", parent=h)
    c3 = f("served", "persons", 38, "ВПО – 38", service="home_care", category="внутрішньо переміщені особи",
           group="home_care_412_by_category", parent=h)
    c4 = f("served", "persons", 26, "інші – 26", service="home_care", category="інші",
           group="home_care_412_by_category", parent=h)
    nw = f("served", "persons", 57, "57 – взято на обслуговування вдома (нові)", service="home_care",
           label="взято на обслуговування", alt=["registered_new", "support_started"])
    dr = f("deregistered", "persons", 49, "49 – знято з обслуговування", service="home_care")
    r = [f("deregistered", "persons", v, q, label=lab, group="deregistered_49_by_reason", parent=dr,
           alt=["outcome_other"])
         for v, q, lab in ((31, "смерть – 31", "смерть"), (11, "переїзд до родичів – 11", "переїзд до родичів"),
                           (4, "влаштування до будинку-інтернату – 4", "влаштування до будинку-інтернату"),
                           (3, "власна відмова – 3", "власна відмова"))]
    sh = f("share", "percent", 96.7, "Частка обслугованих вдома від числа тих, хто потребує догляду, – 96,7 %",
           label="частка обслугованих вдома від числа тих, хто потребує догляду")
    sp = f("services_provided", "services", 41370, "Надано послуг – 41 370")
    p1 = f("services_provided", "services", 28915, "вдома 28 915", service="home_care",
           group="services_41370", parent=sp)
    p2 = f("services_provided", "services", 5240, "денне перебування 5 240", service="day_care",
           group="services_41370", parent=sp)
    p3 = f("services_provided", "services", 7215, "натуральна допомога 7 215", service="natural_aid",
           group="services_41370", parent=sp)
    na = f("served", "persons", 300, "Понад 300 осіб отримали натуральну допомогу", service="natural_aid")
    f("served", "persons", 58, "обслуговано 58 осіб (тариф 12 грн/км)", service="social_taxi")
    ev = f("events", "events", 28, "28 засідань", label="клуб «Золоте надвечір'я»")
    f("event_participants", "persons", 200, "відвідали близько 200 осіб", parent=ev)
    ap = f("applied", "applications", 1320, "1 320 – звернень за півріччя")
    a1 = f("applied", "applications", 874, "особисто – 874", group="applied_1320_by_channel", label="особисто",
           parent=ap)
    a2 = f("applied", "applications", 446, "телефоном – 446", group="applied_1320_by_channel", label="телефоном",
           parent=ap)
    f("complaints", "complaints", 2, "Скарги – 2 (усні, щодо графіка відвідування)")
    rs = f("survey_respondents", "recipients", 60, "Опитано 60 отримувачів догляду вдома", unit_alt="persons")
    sat = f("satisfaction", "percent", 95, "95 % опитаних", label="задоволені якістю послуг")
    pos = f("staff_positions", "positions", 64, "Штат: 64 шт. од. (затв.)")
    act = f("staff_actual", "staff", 59, "факт. 59")
    sw = f("staff_actual", "staff", 41, "соцробітників – 41", label="соціальні робітники", parent=act)
    tr = f("staff_trained", "staff", 12, "Підвищили кваліфікацію 12 працівників")
    bs = f("budget_spent", "uah", 8914200, "каса загального фонду за півріччя: 8 914,2 тис. грн",
           label="загальний фонд")
    bw = f("budget_spent", "uah", 7902600, "зарплата з нарахуваннями 7 902,6 тис. грн",
           label="зарплата з нарахуваннями", parent=bs)
    f("budget_received", "uah", 186400, "платні послуги: надійшло 186,4 тис. грн", label="платні послуги")
    f("budget_received", "uah", 52700, "благодійні внески: надійшло 52,7 тис. грн", label="благодійні внески")

    g.slip("parts_sum", "error", "412 осіб вдома – це:", 412, 420, [h, c1, c2, c3, c4],
           "the home-care recipients by category: 247 + 109 + 38 + 26 = 420, 8 more than the 412 stated "
           "(twice). The last category is «інші», so the list is a partition and cannot overlap.",
           f"{c1} + {c2} + {c3} + {c4} == {h}")
    g.check("parts_sum", "1 186 – загальна кількість осіб, обслугованих ТЦСО за півріччя",
            "412 + 96 + 678 = 1 186", f"{d1} + {d2} + {d3} == {t}")
    g.check("internal_conflict", "412 осіб вдома", "412 in the department list = 412 «осіб вдома»",
            f"{d1} == {h}")
    g.check("parts_sum", "49 – знято з обслуговування, причини", "31 + 11 + 4 + 3 = 49",
            " + ".join(r) + f" == {dr}")
    g.check("parts_sum", "Надано послуг – 41 370, в т.ч.", "28 915 + 5 240 + 7 215 = 41 370",
            f"{p1} + {p2} + {p3} == {sp}")
    g.check("parts_sum", "1 320 – звернень за півріччя (особисто – 874, телефоном – 446)", "874 + 446 = 1 320",
            f"{a1} + {a2} == {ap}")
    g.check("percent_impossible", "95 % опитаних", "57 of 60 = 95 %", f"grim_ok({sat}, {rs}, 0)")
    g.check("parts_sum", "Штат: 64 шт. од. (затв.), факт. 59; соцробітників – 41. Вакансій – 5.",
            "59 working + 5 vacancies = 64 positions; 41 ≤ 59; 12 trained ≤ 59",
            f"{act} + 5 == {pos} and {sw} <= {act} and {tr} <= {act}")
    g.check("parts_sum", "зарплата з нарахуваннями 7 902,6 тис. грн", "7 902,6 ≤ 8 914,2 тис. грн",
            f"{bw} <= {bs}")
    g.check("percent_range", "Частка обслугованих вдома від числа тих, хто потребує догляду, – 96,7 %",
            "96,7 within 0..100", f"0 <= {sh} <= 100")
    g.check("parts_sum", "Понад 300 осіб отримали натуральну допомогу", "300 ≤ 678 in the aid department",
            f"{na} <= {d3}")

    g.skip("39200, Полтавська обл., м. Кобеляки, вул. Незалежності, 12, тел. (05343) 0-31-42",
           [39200, 12, 5343, 3142], "postcode, address, phone")
    g.skip("(до наради в УСЗН 08.07.2025)", [8, 7, 2025], "meeting date")
    g.skip("(І півр. 2024 – 1 142)", [2024, 1142], "prior-year figure")
    g.skip("Черга на обслуговування вдома станом на 30.06.2025 – 14 осіб.", [30, 6, 2025, 14],
           "waiting list at a date; no §3 id")
    g.skip("Середній вік отримувачів вдома – 78 років, найстаршій підопічній – 101 рік.", [78, 101], "ages")
    g.skip("видано близько 900 наборів", [900], "items (набори)")
    g.skip("Соцтаксі: 143 поїздки", [143], "social-taxi trips; no §3 id")
    g.skip("(тариф 12 грн/км)", [12], "tariff")
    g.skip("Вакансій – 5.", [5], "vacancies; no §3 id (used as a literal in a check)")
    g.skip("(план на рік – 350,0 тис. грн)", [350000], "annual plan")
    g.skip("У громаді близько 9 400 мешканців віком 60+, обслуговуються у 23 населених пунктах.",
           [9400, 60, 23], "population, age and number of settlements")
    g.skip("особи з інвалідністю I–II гр.", [1, 2], "disability groups (Roman numerals)")
    g.skip("Підготувала: ст. інспектор ТЦСО, 07.07.2025", [7, 7, 2025], "compile date")
    g.skip("1. Обслуговано", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")

    g.note("figures-first lines («1 186 – загальна кількість …») are ordinary facts; 412 is written twice "
           "(department list and «412 осіб вдома – це») → two facts")
    g.note("«взято на обслуговування» → served (alt registered_new, support_started); the reasons of «знято з "
           "обслуговування» are labelled deregistered parts (alt outcome_other)")
    g.note("«Понад 300» is 300, «близько 200» is 200; «звернень» → unit applications")
    g.note("money in тис. грн stored in hryvnias; no KEKV code written, so no kekv")
    g.write()


if __name__ == "__main__":
    build()
    gold()
