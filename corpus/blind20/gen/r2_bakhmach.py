"""b20_02: ТЦСО Бахмацької міської ради (Чернігівська), information for H1 2025.
Plain text, windows-1251, CRLF. Terse office style with abbreviations (ос., шт. од., тис. грн, відс.),
figures at the start of sentences, a number in words, dash lists by department.
Planted slip: the 612 persons on the books «у т. ч.» by department 388 + 97 + 141 = 626 (parts_sum).
"""
from common import Gold, report_path, write_text

DOC = "b20_02_bakhmach_tcso_h1_2025.txt"

TEXT = """                    БАХМАЦЬКА МІСЬКА РАДА
   ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
             (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
16500, Чернігівська обл., м. Бахмач, вул. Соборності, 40
тел. (04635) 0-23-16, e-mail: tcso.bakhmach@example.ua
код ЄДРПОУ 03191847

Вих. № 01-14/287 від 07.07.2025
                                  Управлінню соціального захисту
                                  населення Бахмацької міської ради

                        ІНФОРМАЦІЯ
   про роботу територіального центру за І півріччя 2025 року

1. Загальне
ТЦСО обслуговує мешканців 41 населеного пункту громади; осіб віком 60+ у громаді близько 9,8 тис.
Штатна чисельність – 52,5 шт. од., фактично зайнято 48 працівників. У відділенні соціальної
допомоги вдома працює 29 соціальних робітників; на одного працівника припадає в середньому
13,4 підопічного.

2. Прийом та зняття з обслуговування
За звітний період до ТЦСО звернулося 173 ос. З них 64 ос. взято на обслуговування, 21 ос.
відмовлено (не належать до категорій, визначених Положенням), решті надано консультації.
Знято з обслуговування 46 ос., а саме:
 - у зв’язку зі смертю – 31;
 - у зв’язку зі зміною місця проживання – 9;
 - за власним бажанням – 6.

3. Контингент
Станом на 30.06.2025 на обслуговуванні перебуває 612 ос., у т. ч. за відділеннями:
 - відділення соціальної допомоги вдома – 388 ос.;
 - відділення денного перебування – 97 ос.;
 - відділення організації надання адресної натуральної та грошової допомоги – 141 ос.
(І півріччя 2024 р. – 587 ос.)

4. Обсяги послуг
38 742 соціальні послуги надано за півріччя, з них: догляд вдома – 31 906, денний
догляд – 4 118, натуральна допомога – 2 718.
Натуральну допомогу отримали 141 ос. на загальну суму 186,4 тис. грн; видано 1 240 продуктових
наборів (шт.) та 96 комплектів засобів гігієни (шт.).
Послугою «соціальне таксі» скористалися 37 ос. Тариф – 18 грн за 1 км пробігу.
Платні послуги (перукарські, прання) надано 56 ос.; до спецфонду надійшло 74,9 тис. грн.

5. Заходи
Відділенням денного перебування проведено двадцять три заходи (концерти, майстер-класи,
«Університет третього віку»), в яких взяли участь 311 ос.

6. Якість
У травні 2025 р. проведено анкетування 150 отримувачів послуги догляду вдома; якістю послуги
задоволені 94 відс. опитаних. Надійшла одна скарга (щодо графіка відвідувань), розглянута,
факти не підтвердилися.

Директор ТЦСО                                   (підпис)
Виконавець: відділ організаційно-методичної роботи, тел. 0-23-17
"""


def build():
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                  "Бахмацької міської ради",
        "centre_type": "tcso",
        "settlement": "Бахмач",
        "oblast": "Чернігівська",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-06-30",
    }, meta_alt={"centre": ["Територіальний центр соціального обслуговування Бахмацької міської ради"]})

    def v(fid):
        return "f" + fid[1:]

    pos = g.f("staff_positions", "positions", 52.5, "Штатна чисельність – 52,5 шт. од.",
              note="fractional staff units")
    act = g.f("staff_actual", "staff", 48, "фактично зайнято 48 працівників")
    sw = g.f("staff_actual", "staff", 29, "У відділенні соціальної\nдопомоги вдома працює 29 соціальних робітників",
             label="соціальні робітники відділення соціальної допомоги вдома", parent=act)
    app = g.f("applied", "persons", 173, "до ТЦСО звернулося 173 ос.")
    tak = g.f("served", "persons", 64, "З них 64 ос. взято на обслуговування", label="взято на обслуговування",
              alt=["registered_new", "support_started"], parent=app)
    der = g.f("deregistered", "persons", 46, "Знято з обслуговування 46 ос.")
    d1 = g.f("deregistered", "persons", 31, "у зв’язку зі смертю – 31", label="смерть",
             group="deregistered_46_by_reason", parent=der)
    d2 = g.f("deregistered", "persons", 9, "у зв’язку зі зміною місця проживання – 9",
             label="зміна місця проживання", group="deregistered_46_by_reason", parent=der)
    d3 = g.f("deregistered", "persons", 6, "за власним бажанням – 6", label="за власним бажанням",
             group="deregistered_46_by_reason", parent=der)
    tot = g.f("served", "persons", 612, "Станом на 30.06.2025 на обслуговуванні перебуває 612 ос.",
              alt=["registered"])
    dep = []
    for q, n, name, svc in (
            ("відділення соціальної допомоги вдома – 388 ос.", 388, "відділення соціальної допомоги вдома", "home_care"),
            ("відділення денного перебування – 97 ос.", 97, "відділення денного перебування", "day_care"),
            ("відділення організації надання адресної натуральної та грошової допомоги – 141 ос.", 141,
             "відділення організації надання адресної натуральної та грошової допомоги", None)):
        dep.append(g.f("served", "persons", n, q, district=name, service=svc, alt=["registered"],
                       group="served_612_by_department", parent=tot))
    sv = g.f("services_provided", "services", 38742, "38 742 соціальні послуги надано за півріччя")
    s1 = g.f("services_provided", "services", 31906, "догляд вдома – 31 906", service="home_care",
             group="services_38742_by_service", parent=sv)
    s2 = g.f("services_provided", "services", 4118, "денний\nдогляд – 4 118", service="day_care",
             group="services_38742_by_service", parent=sv)
    s3 = g.f("services_provided", "services", 2718, "натуральна допомога – 2 718", service="natural_aid",
             group="services_38742_by_service", parent=sv)
    na = g.f("served", "persons", 141, "Натуральну допомогу отримали 141 ос.", service="natural_aid")
    g.f("aid_value", "uah", 186400, "на загальну суму 186,4 тис. грн", service="natural_aid", parent=na)
    g.f("served", "persons", 37, "Послугою «соціальне таксі» скористалися 37 ос.", service="social_taxi")
    paid = g.f("served", "persons", 56, "Платні послуги (перукарські, прання) надано 56 ос.",
               label="платні послуги")
    g.f("budget_received", "uah", 74900, "до спецфонду надійшло 74,9 тис. грн", label="спеціальний фонд, платні послуги")
    ev = g.f("events", "events", 23, "проведено двадцять три заходи", note="number in words")
    g.f("event_participants", "persons", 311, "в яких взяли участь 311 ос.", parent=ev)
    sr = g.f("survey_respondents", "recipients", 150, "проведено анкетування 150 отримувачів послуги догляду вдома",
             unit_alt="persons", service="home_care")
    sat = g.f("satisfaction", "percent", 94, "задоволені 94 відс. опитаних", service="home_care")
    g.f("complaints", "complaints", 1, "Надійшла одна скарга", note="number in words")

    g.slip("parts_sum", "warning",
           "Станом на 30.06.2025 на обслуговуванні перебуває 612 ос., у т. ч. за відділеннями:",
           626, 612, [tot] + dep,
           "the three departments «у т. ч. за відділеннями» sum to 388 + 97 + 141 = 626, 14 more than the 612 "
           "on the books. Only a reader who assumes persons counted in two departments could accept it; the text "
           "presents the list as the breakdown of 612",
           " + ".join(v(x) for x in dep) + f" == {v(tot)}")

    g.check("parts_sum", "З них 64 ос. взято на обслуговування", "64 ≤ 173 applied", f"{v(tak)} <= {v(app)}")
    g.check("parts_sum", "Знято з обслуговування 46 ос., а саме:", "31 + 9 + 6 = 46",
            f"{v(d1)} + {v(d2)} + {v(d3)} == {v(der)}")
    g.check("parts_sum", "38 742 соціальні послуги надано за півріччя, з них:", "31 906 + 4 118 + 2 718 = 38 742",
            f"{v(s1)} + {v(s2)} + {v(s3)} == {v(sv)}")
    g.check("internal_conflict", "Натуральну допомогу отримали 141 ос.",
            "141 natural-aid recipients = the 141 of the natural-aid department", f"{v(na)} == {v(dep[2])}")
    g.check("parts_sum", "фактично зайнято 48 працівників", "29 ≤ 48 ≤ 52,5", f"{v(sw)} <= {v(act)} <= {v(pos)}")
    g.check("percent_impossible", "задоволені 94 відс. опитаних", "94 % of 150 = 141, reachable",
            f"grim_ok({v(sat)}, {v(sr)}, 0)")

    g.skip("16500, Чернігівська обл., м. Бахмач, вул. Соборності, 40", [16500, 40], "postcode, address")
    g.skip("тел. (04635) 0-23-16", [4635, 0, 23, 16], "phone")
    g.skip("код ЄДРПОУ 03191847", [3191847], "ЄДРПОУ")
    g.skip("Вих. № 01-14/287 від 07.07.2025", [1, 14, 287, 7, 7, 2025], "outgoing number and date")
    g.skip("ТЦСО обслуговує мешканців 41 населеного пункту громади; осіб віком 60+ у громаді близько 9,8 тис.",
           [41, 60, 9.8], "settlement count, age, population")
    g.skip("на одного працівника припадає в середньому\n13,4 підопічного", [13.4], "ratio")
    g.skip("21 ос.\nвідмовлено", [21], "refusals; no §3 id")
    g.skip("(І півріччя 2024 р. – 587 ос.)", [2024, 587], "prior-year figure")
    g.skip("видано 1 240 продуктових\nнаборів (шт.) та 96 комплектів засобів гігієни (шт.)", [1240, 96], "items (шт.)")
    g.skip("Тариф – 18 грн за 1 км пробігу.", [18, 1], "tariff")
    g.skip("У травні 2025 р.", [2025], "date of the survey")
    g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
    g.skip("Виконавець: відділ організаційно-методичної роботи, тел. 0-23-17", [0, 23, 17], "phone")
    g.skip("1. Загальне", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")

    g.note("«на обслуговуванні перебуває 612 ос.» (at 30.06.2025) → served (alt registered); departments in `district`")
    g.note("«взято на обслуговування» → served with label (alt registered_new, support_started); "
           "«знято з обслуговування» → deregistered with reasons as labelled parts")
    g.note("the natural-aid department row (141) and «Натуральну допомогу отримали 141 ос.» are the same figure "
           "written twice: two facts")
    g.note("«52,5 шт. од.» is a fractional staff_positions fact; «двадцять три заходи» and «одна скарга» are numbers in words")
    g.note("the survey names «отримувачів послуги догляду вдома» → unit recipients (unit_alt persons), service home_care")
    g.write()


if __name__ == "__main__":
    build()
    gold()
