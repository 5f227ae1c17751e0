"""b105_03: ТЦСО Великосорочинської сільської ради (Полтавська), analytic information for 9 months of 2023.
UTF-8 TXT, LF, third person («територіальний центр обслужив»), an ASCII pipe table by department, dash lists,
KEKV lines in тис. грн. No planted slip: everything adds up."""
from common import Gold, report_path, write_text

NAME = "b105_03_velyki_sorochyntsi_tcso_9m2023.txt"

TEXT = """Територіальний центр соціального обслуговування (надання соціальних послуг)
Великосорочинської сільської ради Миргородського району Полтавської області

37620, Полтавська обл., Миргородський р-н, с. Великі Сорочинці, вул. Гоголя, 27
тел. (05355) 0-47-18, tcso.sorochyntsi@example.ua

АНАЛІТИЧНА ІНФОРМАЦІЯ
про діяльність територіального центру за 9 місяців 2023 року

Територіальний центр є бюджетною установою, утвореною рішенням сільської ради
від 24.02.2021 № 137. У його структурі діють три відділення: соціальної
допомоги вдома, організації надання адресної натуральної та грошової допомоги,
денного перебування. Станом на 01.10.2023 у громаді проживає 3 912 осіб
пенсійного віку.

1. Обслуговування громадян

За січень – вересень 2023 року територіальний центр обслужив 734 особи
(за 9 місяців 2022 року – 702 особи). Розподіл за відділеннями наведено нижче.

+-----------------------------------------------+--------+---------+
| Відділення                                    | Осіб   | Послуг  |
+-----------------------------------------------+--------+---------+
| соціальної допомоги вдома                     |    186 |  21 408 |
| адресної натуральної та грошової допомоги     |    471 |     612 |
| денного перебування                           |     77 |   1 935 |
+-----------------------------------------------+--------+---------+
| Усього                                        |    734 |  23 955 |
+-----------------------------------------------+--------+---------+

Серед отримувачів послуги догляду вдома одинокі громадяни становлять 94 особи,
особи з інвалідністю – 58, внутрішньо переміщені особи – 12.

За звітний період взято на обслуговування 41 особу. Знято з обслуговування
29 осіб, з них:
- у зв'язку зі смертю – 17;
- за власним бажанням – 8;
- у зв'язку зі зміною місця проживання – 4.
Черга на обслуговування відділенням соціальної допомоги вдома станом на
01.10.2023 становить 6 осіб.

2. Платні послуги та соціальне таксі

З 23 955 наданих послуг 1 274 надано на платній основі; до спеціального фонду
надійшло 92,4 тис. грн. Послугою «Соціальне таксі» скористалися 39 осіб, яким
надано 126 послуг перевезення (вартість 1 км – 9,80 грн).

3. Адресна натуральна допомога

Відділення організації надання адресної натуральної та грошової допомоги
видало одяг, взуття, продуктові набори та засоби гігієни на загальну суму
186,3 тис. грн.

4. Денне перебування

У відділенні денного перебування проведено 57 групових заходів (з них 48
гурткових занять), у яких взяли участь 312 осіб. Середній вік відвідувачів –
71 рік.

5. Кадрове забезпечення

Штатна чисельність територіального центру – 31,5 штатної одиниці, з них
соціальних робітників – 19. Фактично працює 29 осіб.

6. Фінансування

Касові видатки за 9 місяців 2023 року склали 6 418,7 тис. грн, у тому числі:
- КЕКВ 2111 «Заробітна плата» – 4 512,0 тис. грн;
- КЕКВ 2120 «Нарахування на оплату праці» – 990,3 тис. грн;
- КЕКВ 2273 «Оплата електроенергії» – 124,6 тис. грн;
- інші видатки – 791,8 тис. грн.

Скарг на роботу працівників протягом звітного періоду не надходило.

Директор територіального центру

Інформацію складено 09.10.2023
"""


def build(path):
    write_text(path, TEXT, encoding="utf-8", newline="\n")


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Великосорочинської сільської ради",
        "centre_type": "tcso", "settlement": "Великі Сорочинці", "oblast": "Полтавська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30"},
        {"centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг) Великосорочинської "
                    "сільської ради Миргородського району Полтавської області"],
         "settlement": ["Великосорочинська сільська громада"]})
    f = g.f
    sp = f("served", "persons", 734, "територіальний центр обслужив 734 особи")
    tot = f("served", "persons", 734, "Усього\t734\t23 955", label="Усього (таблиця)")
    tots = f("services_provided", "services", 23955, "Усього\t734\t23 955", label="Усього (таблиця)")
    r1p = f("served", "persons", 186, "соціальної допомоги вдома\t186\t21 408", service="home_care",
            district="відділення соціальної допомоги вдома", group="by_department_persons", parent=tot)
    r1s = f("services_provided", "services", 21408, "соціальної допомоги вдома\t186\t21 408", service="home_care",
            district="відділення соціальної допомоги вдома", group="by_department_services", parent=tots)
    r2p = f("served", "persons", 471, "адресної натуральної та грошової допомоги\t471\t612", service="natural_aid",
            district="відділення організації надання адресної натуральної та грошової допомоги",
            group="by_department_persons", parent=tot)
    r2s = f("services_provided", "services", 612, "адресної натуральної та грошової допомоги\t471\t612",
            service="natural_aid", district="відділення організації надання адресної натуральної та грошової допомоги",
            group="by_department_services", parent=tots)
    r3p = f("served", "persons", 77, "денного перебування\t77\t1 935", service="day_care",
            district="відділення денного перебування", group="by_department_persons", parent=tot)
    r3s = f("services_provided", "services", 1935, "денного перебування\t77\t1 935", service="day_care",
            district="відділення денного перебування", group="by_department_services", parent=tots)
    c1 = f("served", "persons", 94, "одинокі громадяни становлять 94 особи", service="home_care",
           category="одинокі громадяни", parent=r1p)
    c2 = f("served", "persons", 58, "особи з інвалідністю – 58", service="home_care", category="особи з інвалідністю",
           parent=r1p)
    c3 = f("served", "persons", 12, "внутрішньо переміщені особи – 12", service="home_care",
           category="внутрішньо переміщені особи", parent=r1p)
    new = f("served", "persons", 41, "взято на обслуговування 41 особу", alt=["registered_new", "support_started"],
            label="взято на обслуговування")
    dr = f("deregistered", "persons", 29, "29 осіб, з них:")
    d1 = f("deregistered", "persons", 17, "- у зв'язку зі смертю – 17;", parent=dr, group="deregistered_29_by_reason",
           label="у зв'язку зі смертю")
    d2 = f("deregistered", "persons", 8, "- за власним бажанням – 8;", parent=dr, group="deregistered_29_by_reason",
           label="за власним бажанням")
    d3 = f("deregistered", "persons", 4, "- у зв'язку зі зміною місця проживання – 4.", parent=dr,
           group="deregistered_29_by_reason", label="у зв'язку зі зміною місця проживання")
    sv2 = f("services_provided", "services", 23955, "З 23 955 наданих послуг", label="повтор підсумку таблиці")
    paid = f("services_provided", "services", 1274, "1 274 надано на платній основі", label="платні послуги",
             parent=sv2)
    rec = f("budget_received", "uah", 92400, "до спеціального фонду\nнадійшло 92,4 тис. грн", label="спеціальний фонд, платні послуги")
    tx = f("served", "persons", 39, "Послугою «Соціальне таксі» скористалися 39 осіб", service="social_taxi")
    txs = f("services_provided", "services", 126, "надано 126 послуг перевезення", service="social_taxi")
    aid = f("aid_value", "uah", 186300, "186,3 тис. грн.", service="natural_aid",
            note="the amount line «на загальну суму / 186,3 тис. грн.» wraps; quote is the amount line")
    ev = f("events", "events", 57, "проведено 57 групових заходів")
    ev2 = f("events", "events", 48, "(з них 48", parent=ev, label="гурткові заняття")
    ep = f("event_participants", "persons", 312, "у яких взяли участь 312 осіб", parent=ev)
    pos = f("staff_positions", "positions", 31.5, "31,5 штатної одиниці")
    pos2 = f("staff_positions", "positions", 19, "соціальних робітників – 19", parent=pos, label="соціальні робітники")
    act = f("staff_actual", "staff", 29, "Фактично працює 29 осіб")
    bs = f("budget_spent", "uah", 6418700, "Касові видатки за 9 місяців 2023 року склали 6 418,7 тис. грн")
    b1 = f("budget_spent", "uah", 4512000, "- КЕКВ 2111 «Заробітна плата» – 4 512,0 тис. грн;", kekv="2111",
           parent=bs, group="spent_by_kekv")
    b2 = f("budget_spent", "uah", 990300, "- КЕКВ 2120 «Нарахування на оплату праці» – 990,3 тис. грн;", kekv="2120",
           parent=bs, group="spent_by_kekv")
    b3 = f("budget_spent", "uah", 124600, "- КЕКВ 2273 «Оплата електроенергії» – 124,6 тис. грн;", kekv="2273",
           parent=bs, group="spent_by_kekv")
    b4 = f("budget_spent", "uah", 791800, "- інші видатки – 791,8 тис. грн.", parent=bs, group="spent_by_kekv",
           label="інші видатки")
    cm = f("complaints", "complaints", 0, "Скарг на роботу працівників протягом звітного періоду не надходило")

    n = lambda x: x[1:]
    g.check("table_arithmetic", "Усього\t734\t23 955", "persons: 186 + 471 + 77 = 734",
            f"f{n(r1p)} + f{n(r2p)} + f{n(r3p)} == f{n(tot)}")
    g.check("table_arithmetic", "Усього\t734\t23 955", "services: 21 408 + 612 + 1 935 = 23 955",
            f"f{n(r1s)} + f{n(r2s)} + f{n(r3s)} == f{n(tots)}")
    g.check("internal_conflict", "територіальний центр обслужив 734 особи",
            "prose 734 = table total 734; prose 23 955 = table total 23 955",
            f"f{n(sp)} == f{n(tot)} and f{n(sv2)} == f{n(tots)}")
    g.check("parts_sum", "одинокі громадяни становлять 94 особи",
            "overlapping categories of the 186 home-care recipients, each ≤ 186",
            f"max(f{n(c1)}, f{n(c2)}, f{n(c3)}) <= f{n(r1p)}")
    g.check("parts_sum", "Знято з обслуговування\n29 осіб, з них:", "17 + 8 + 4 = 29",
            f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(dr)}")
    g.check("parts_sum", "З 23 955 наданих послуг 1 274 надано на платній основі", "1 274 ≤ 23 955",
            f"f{n(paid)} <= f{n(sv2)}")
    g.check("parts_sum", "проведено 57 групових заходів (з них 48", "48 ≤ 57", f"f{n(ev2)} <= f{n(ev)}")
    g.check("parts_sum", "31,5 штатної одиниці, з них", "19 ≤ 31,5; 29 working ≤ 31,5",
            f"f{n(pos2)} <= f{n(pos)} and f{n(act)} <= f{n(pos)}")
    g.check("parts_sum", "Касові видатки за 9 місяців 2023 року склали 6 418,7 тис. грн, у тому числі:",
            "4 512,0 + 990,3 + 124,6 + 791,8 = 6 418,7 тис. грн",
            f"f{n(b1)} + f{n(b2)} + f{n(b3)} + f{n(b4)} == f{n(bs)}")

    g.skip("37620, Полтавська обл., Миргородський р-н, с. Великі Сорочинці, вул. Гоголя, 27", [37620, 27],
           "postcode, address")
    g.skip("тел. (05355) 0-47-18", [5355, 4718], "phone")
    g.skip("про діяльність територіального центру за 9 місяців 2023 року", [9, 2023], "title period")
    g.skip("від 24.02.2021 № 137", [24, 2, 2021, 137], "decision date and number")
    g.skip("Станом на 01.10.2023 у громаді проживає 3 912 осіб", [1, 10, 2023, 3912], "date and population")
    g.skip("1. Обслуговування громадян", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
    g.skip("За січень – вересень 2023 року", [2023], "period")
    g.skip("(за 9 місяців 2022 року – 702 особи)", [9, 2022, 702], "prior-year figure")
    g.skip("01.10.2023 становить 6 осіб", [1, 10, 2023, 6], "waiting list (queue), no §3 id")
    g.skip("(вартість 1 км – 9,80 грн)", [1, 9.8], "tariff")
    g.skip("Середній вік відвідувачів –\n71 рік", [71], "age")
    g.skip("Інформацію складено 09.10.2023", [9, 10, 2023], "compile date")
    g.skip("КЕКВ 2111", [2111, 2120, 2273], "KEKV codes (in the kekv field, not values)")

    g.note("The pipe table comes out as tab-separated rows; each cell is a fact quoted by its row, rows hang on the "
           "«Усього» cell of the same column, and departments go to `district` (as in the shared gold).")
    g.note("734 persons and 23 955 services are each written twice (prose and table total): two facts each.")
    g.note("Home-care categories (одинокі 94, з інвалідністю 58, ВПО 12) overlap: parent (the home-care row) only, no group.")
    g.note("«взято на обслуговування 41 особу» → served (alt registered_new, support_started); «знято з обслуговування "
           "29 осіб, з них» → deregistered with reasons as labelled parts.")
    g.note("Paid services 1 274 → services_provided with label, parent the prose 23 955; the special-fund income "
           "92,4 тис. грн → budget_received.")
    g.note("«126 послуг перевезення» of the social taxi → services_provided (service social_taxi).")
    g.note("«57 групових заходів (з них 48 гурткових занять)» → events 57 and a part events 48.")
    g.note("«31,5 штатної одиниці, з них соціальних робітників – 19» → staff_positions 31,5 and a part 19 (positions).")
    g.note("Spending lines with KEKV carry `kekv`; «інші видатки» carries none. The four lines sum to the total.")
    return g


if __name__ == "__main__":
    build(report_path(NAME))
    gold().write()
