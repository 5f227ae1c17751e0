"""b32_02: ТЦСО Васильківської міської ради (Київська), information for 9 months of 2023.
windows-1251, CRLF, letterhead, dotted leaders, hard-wrapped lines. Slip: parts_sum (47 taken off
the register, reasons 21 + 9 + 6 + 8 = 44)."""
from common import Gold, report_path, write_text

DOC = "b32_02_vasylkiv_tcso_9m2023.txt"

TEXT = """          ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
                   (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
                   ВАСИЛЬКІВСЬКОЇ МІСЬКОЇ РАДИ
08601, м. Васильків, вул. Соборна, 37-А    тел./факс (04571) 0-52-19
e-mail: tcso.vasylkiv@example.ua           код ЄДРПОУ 20587714
_____________________________________________________________________

вих. № 01-14/388 від 09.10.2023             Начальнику управління
                                            соціального захисту населення
                                            Васильківської міської ради

                            ІНФОРМАЦІЯ
       про діяльність територіального центру за 9 місяців 2023 року

     Територіальний центр обслуговує мешканців Васильківської міської
територіальної громади (48,6 тис. осіб, у т.ч. 11,2 тис. осіб віком
60 років і старше; 21 населений пункт).

     1. Обслуговування громадян

     За січень-вересень 2023 р. послугами територіального центру
скористалися 604 особи, в тому числі по відділеннях:
     - соціальної допомоги вдома ........................ 318 осіб
     - денного перебування .............................. 141 особа
     - організації надання адресної натуральної та
       грошової допомоги ................................ 145 осіб

     Із 318 осіб, обслуговуваних вдома, 41 особа отримує послуги
платно, 277 - безоплатно. Серед обслуговуваних вдома 112 осіб
з інвалідністю, 186 одиноких громадян, 29 ветеранів війни.

     Відділенням соціальної допомоги вдома за звітний період
взято на обслуговування 63 особи.
     Знято з обслуговування 47 осіб, з них:
у зв'язку зі смертю - 21, у зв'язку зі зміною місця проживання - 9,
влаштовано до закладів стаціонарного догляду - 6,
за власним бажанням - 8.
     Станом на 01.10.2023 у відділенні на обслуговуванні перебуває
271 особа.

     2. Натуральна та грошова допомога, соціальне таксі

     Відділенням видано 318 продуктових наборів і 96 комплектів засобів
гігієни на загальну суму 96,4 тис. грн. Одноразову грошову допомогу
надано 24 особам на суму 48,0 тис. грн.
     Послугою "соціальне таксі" скористалися 37 осіб (112 поїздок,
вартість 1 км - 11,50 грн).

     3. Відділення денного перебування

     У відділенні діють 6 гуртків. Проведено 58 культурно-масових
заходів, у яких взяли участь 1 214 відвідувачів (з урахуванням
повторних відвідувань).

     Усього за 9 місяців надано 21 460 соціальних послуг
(за 9 місяців 2022 р. - 19 870).

     4. Кадри та фінансування

     Штатна чисельність - 52 посади, у т.ч. 31 посада соціального
робітника. Фактично працює 49 осіб.
     Касові видатки за 9 місяців склали 9 684,2 тис. грн, з них
КЕКВ 2111 - 7 512,7 тис. грн, КЕКВ 2120 - 1 652,8 тис. грн, інші
видатки - 518,7 тис. грн. Надійшло плати за платні соціальні послуги
(спеціальний фонд) - 62,3 тис. грн.

     Скарг на якість обслуговування не надходило.


Директор територіального центру                      ____________

Виконавець: відділ організаційної роботи, тел. (04571) 0-52-26
"""


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Васильківської міської ради",
        "centre_type": "tcso", "settlement": "Васильків",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30"},
        meta_alt={"oblast": ["Київська"]})
    f = g.f
    n = lambda x: x[1:]
    tot = f("served", "persons", 604, "скористалися 604 особи, в тому числі по відділеннях:")
    d1 = f("served", "persons", 318, "- соціальної допомоги вдома ........................ 318 осіб",
           service="home_care", district="відділення соціальної допомоги вдома", group="served_604_by_department", parent=tot)
    d2 = f("served", "persons", 141, "- денного перебування .............................. 141 особа",
           service="day_care", district="відділення денного перебування", group="served_604_by_department", parent=tot)
    d3 = f("served", "persons", 145, "грошової допомоги ................................ 145 осіб",
           service="natural_aid", district="відділення організації надання адресної натуральної та грошової допомоги",
           group="served_604_by_department", parent=tot)
    pd = f("served", "persons", 41, "41 особа отримує послуги", service="home_care", label="платно",
           group="home_care_318_by_payment", parent=d1)
    fr = f("served", "persons", 277, "277 - безоплатно", service="home_care", label="безоплатно",
           group="home_care_318_by_payment", parent=d1)
    c1 = f("served", "persons", 112, "112 осіб\nз інвалідністю", service="home_care", category="особи з інвалідністю", parent=d1)
    c2 = f("served", "persons", 186, "186 одиноких громадян", service="home_care", category="одинокі громадяни", parent=d1)
    c3 = f("served", "persons", 29, "29 ветеранів війни", service="home_care", category="ветерани війни", parent=d1)
    new = f("served", "persons", 63, "взято на обслуговування 63 особи", service="home_care",
            alt=["registered_new", "support_started"], label="взято на обслуговування", parent=d1)
    off = f("deregistered", "persons", 47, "Знято з обслуговування 47 осіб, з них:", service="home_care")
    r1 = f("deregistered", "persons", 21, "у зв'язку зі смертю - 21", service="home_care", label="у зв'язку зі смертю",
           group="deregistered_47_by_reason", parent=off)
    r2 = f("deregistered", "persons", 9, "у зв'язку зі зміною місця проживання - 9", service="home_care",
           label="зміна місця проживання", group="deregistered_47_by_reason", parent=off)
    r3 = f("deregistered", "persons", 6, "влаштовано до закладів стаціонарного догляду - 6", service="home_care",
           label="влаштовано до закладів стаціонарного догляду", group="deregistered_47_by_reason", parent=off)
    r4 = f("deregistered", "persons", 8, "за власним бажанням - 8", service="home_care", label="за власним бажанням",
           group="deregistered_47_by_reason", parent=off)
    end = f("support_ongoing", "persons", 271, "у відділенні на обслуговуванні перебуває\n271 особа", service="home_care",
            note="count at the end of the period («станом на 01.10.2023», the day after it)")
    av = f("aid_value", "uah", 96400, "на загальну суму 96,4 тис. грн", service="natural_aid",
           label="продуктові набори і засоби гігієни")
    ca = f("served", "persons", 24, "Одноразову грошову допомогу\nнадано 24 особам", label="одноразова грошова допомога")
    f("aid_value", "uah", 48000, "на суму 48,0 тис. грн", label="одноразова грошова допомога")
    f("served", "persons", 37, "Послугою \"соціальне таксі\" скористалися 37 осіб", service="social_taxi")
    ev = f("events", "events", 58, "Проведено 58 культурно-масових\nзаходів", label="відділення денного перебування")
    f("event_participants", "persons", 1214, "у яких взяли участь 1 214 відвідувачів", parent=ev,
      note="visits counted with repeats, as the text says")
    f("services_provided", "services", 21460, "Усього за 9 місяців надано 21 460 соціальних послуг")
    sp = f("staff_positions", "positions", 52, "Штатна чисельність - 52 посади")
    sw = f("staff_positions", "positions", 31, "у т.ч. 31 посада соціального\nробітника", label="соціальні робітники", parent=sp)
    sa = f("staff_actual", "staff", 49, "Фактично працює 49 осіб.")
    bs = f("budget_spent", "uah", 9684200, "Касові видатки за 9 місяців склали 9 684,2 тис. грн")
    b1 = f("budget_spent", "uah", 7512700, "КЕКВ 2111 - 7 512,7 тис. грн", kekv="2111", group="spent_9684_2_by_kekv", parent=bs)
    b2 = f("budget_spent", "uah", 1652800, "КЕКВ 2120 - 1 652,8 тис. грн", kekv="2120", group="spent_9684_2_by_kekv", parent=bs)
    b3 = f("budget_spent", "uah", 518700, "інші\nвидатки - 518,7 тис. грн", label="інші видатки", group="spent_9684_2_by_kekv", parent=bs)
    f("budget_received", "uah", 62300, "(спеціальний фонд) - 62,3 тис. грн", label="плата за платні соціальні послуги")
    f("complaints", "complaints", 0, "Скарг на якість обслуговування не надходило.")

    g.slip("parts_sum", "error", "Знято з обслуговування 47 осіб, з них:", 47, 44, [off, r1, r2, r3, r4],
           "the four reasons 21 + 9 + 6 + 8 = 44, three short of the 47 taken off home care. 318 − 47 = 271 still "
           "at the end of the period, so the total 47 is the consistent figure and the list is incomplete.",
           f"f{n(r1)} + f{n(r2)} + f{n(r3)} + f{n(r4)} == f{n(off)}")
    g.check("parts_sum", "скористалися 604 особи, в тому числі по відділеннях:", "318 + 141 + 145 = 604",
            f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(tot)}")
    g.check("parts_sum", "41 особа отримує послуги", "41 платно + 277 безоплатно = 318", f"f{n(pd)} + f{n(fr)} == f{n(d1)}")
    g.check("parts_sum", "у відділенні на обслуговуванні перебуває\n271 особа", "318 served − 47 taken off = 271 at the end",
            f"f{n(d1)} - f{n(off)} == f{n(end)}")
    g.check("parts_sum", "взято на обслуговування 63 особи", "63 new ≤ 318", f"f{n(new)} <= f{n(d1)}")
    g.check("parts_sum", "Серед обслуговуваних вдома 112 осіб", "each overlapping category ≤ 318 (they are «серед», not a partition: 112 + 186 + 29 = 327)",
            f"max(f{n(c1)}, f{n(c2)}, f{n(c3)}) <= f{n(d1)}")
    g.check("parts_sum", "Касові видатки за 9 місяців склали 9 684,2 тис. грн, з них", "7 512,7 + 1 652,8 + 518,7 = 9 684,2 тис. грн",
            f"f{n(b1)} + f{n(b2)} + f{n(b3)} == f{n(bs)}")
    g.check("parts_sum", "Фактично працює 49 осіб.", "49 working ≤ 52 positions; 31 social-worker positions ≤ 52",
            f"f{n(sa)} <= f{n(sp)} and f{n(sw)} <= f{n(sp)}")

    g.skip("08601, м. Васильків, вул. Соборна, 37-А тел./факс (04571) 0-52-19", [8601, 37, 4571, 5219], "postcode, address, phone")
    g.skip("код ЄДРПОУ 20587714", [20587714], "ЄДРПОУ")
    g.skip("вих. № 01-14/388 від 09.10.2023", [1, 14, 388, 9, 10, 2023], "outgoing number and date")
    g.skip("про діяльність територіального центру за 9 місяців 2023 року", [9, 2023], "period in the title")
    g.skip("(48,6 тис. осіб, у т.ч. 11,2 тис. осіб віком\n60 років і старше; 21 населений пункт)", [48600, 11200, 60, 21],
           "population, age, number of settlements")
    g.skip("1. Обслуговування громадян", [1, 2, 3, 4], "section numbers 1.–4.")
    g.skip("За січень-вересень 2023 р.", [2023], "year")
    g.skip("Із 318 осіб, обслуговуваних вдома", [318], "repeat of the home-care total as the base of the paid/free split (already a fact)")
    g.skip("Станом на 01.10.2023", [1, 10, 2023], "date")
    g.skip("Відділенням видано 318 продуктових наборів і 96 комплектів засобів\nгігієни", [318, 96], "items handed out (sets, kits)")
    g.skip("(112 поїздок,\nвартість 1 км - 11,50 грн)", [112, 1, 11.5], "trips (no §3 id) and tariff")
    g.skip("У відділенні діють 6 гуртків.", [6], "number of clubs")
    g.skip("(за 9 місяців 2022 р. - 19 870)", [9, 2022, 19870], "prior-year figure")
    g.skip("Виконавець: відділ організаційної роботи, тел. (04571) 0-52-26", [4571, 5226], "phone")
    g.note("«взято на обслуговування» → served (alt registered_new, support_started), following blind18; the 63 and the 47 are the home-care department's, as the sentence says")
    g.note("«на обслуговуванні перебуває 271 особа» at 01.10.2023 is the end-of-period count → support_ongoing")
    g.note("112 / 186 / 29 are overlapping «серед» categories of the 318 (sum 327): parent_id, no group, not a finding")
    g.note("the oblast is not written (only the town and the postcode); meta has no oblast, meta_alt accepts Київська")
    g.note("the hard-wrapped lines come out of the reader as written, so some quotes contain a line break")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")
    gold().write()
