"""b51_06: УСЗН Сокирянської міської ради (Чернівецька), analytic note for Q3 2025.
Plain text, UTF-8, impersonal, numbered points, a space-aligned budget table in тис. грн with KEKV."""
from common import Gold, write_text, report_path

DOC = "b51_06_sokyriany_uszn_q3_2025.txt"

TEXT = """УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ СОКИРЯНСЬКОЇ МІСЬКОЇ РАДИ
60200, Чернівецька обл., м. Сокиряни, вул. Героїв Майдану, 17, тел. (03739) 0-21-84
Код ЄДРПОУ 26347105

АНАЛІТИЧНА ДОВІДКА
щодо надання соціальних послуг у Сокирянській міській територіальній громаді
за ІІІ квартал 2025 року

1. Звернення. У ІІІ кварталі 2025 року до управління та КУ «Центр надання
соціальних послуг» Сокирянської міської ради (далі – ЦНСП) звернулося 318 осіб
щодо отримання соціальних послуг (у ІІ кварталі – 284, з початку року – 871).
Прийнято 302 рішення про надання соціальних послуг, 16 – про відмову.

2. Отримувачі за видами послуг (одна особа може отримувати кілька послуг):
   консультування ..................... 515 осіб
   натуральна допомога ................ 402 особи
   догляд вдома ....................... 188 осіб
   денний догляд ...................... 34 особи
   соціальне таксі .................... 29 осіб (58 поїздок)

3. Догляд вдома. Станом на 30.09.2025 під доглядом вдома перебувало 188 осіб.
За квартал взято на обслуговування 21 особу, знято з обслуговування 17 осіб
(смерть – 12, переїзд – 5). Одночасно з початку року знято 49 осіб.

4. Натуральна допомога. 402 особи отримали 640 продуктових наборів на загальну
суму 384,0 тис. грн (кошти міського бюджету та благодійників).

5. Кадри. У ЦНСП працює 46 працівників при 49,5 штатної одиниці.

6. Скарги. Надійшла 1 скарга (щодо несвоєчасного прибирання житла підопічної),
розглянута, факти частково підтвердилися.

7. Фінансування ЦНСП (загальний фонд), тис. грн:

КЕКВ   Затверджено на ІІІ кв.   Касові видатки   Економія
2111          3 412,6              3 398,1          14,5
2120            750,8                747,6           3,2
2240            118,0                102,7          15,3
2273            206,4                177,9          18,5
Разом         4 487,8              4 426,3          61,5

Довідково: у громаді на обліку перебуває 2 317 внутрішньо переміщених осіб,
населення громади – близько 21,6 тис. осіб.

Висновки. Попит на послугу догляду вдома залишається стабільним, черги на
обслуговування немає. ЦНСП рекомендовано посилити інформування мешканців
віддалених старостинських округів про порядок отримання соціальних послуг
та переглянути маршрути соціального таксі.

Начальник управління                         (підпис)
Виконавець: відділ соціальних послуг, тел. (03739) 0-21-87
07.10.2025
"""


def main():
    write_text(report_path(DOC), TEXT, encoding="utf-8", newline="\n")
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Сокирянської міської ради",
        "centre_type": "uszn", "settlement": "Сокиряни", "oblast": "Чернівецька",
        "report_kind": "period_report", "period_start": "2025-07-01", "period_end": "2025-09-30",
    }, meta_alt={"centre": ["Центр надання соціальних послуг Сокирянської міської ради",
                            "КУ «Центр надання соціальних послуг» Сокирянської міської ради"],
                 "centre_type": ["cnsp"]})
    ap = g.f("applied", "persons", 318, "звернулося 318 осіб")
    s1 = g.f("served", "persons", 515, "консультування ..................... 515 осіб", service="counselling")
    s2 = g.f("served", "persons", 402, "натуральна допомога ................ 402 особи", service="natural_aid")
    s3 = g.f("served", "persons", 188, "догляд вдома ....................... 188 осіб", service="home_care")
    s4 = g.f("served", "persons", 34, "денний догляд ...................... 34 особи", service="day_care")
    s5 = g.f("served", "persons", 29, "соціальне таксі .................... 29 осіб", service="social_taxi")
    h = g.f("served", "persons", 188, "Станом на 30.09.2025 під доглядом вдома перебувало 188 осіб", service="home_care",
            note="the same 188 as in the list of point 2; a figure written twice is two facts")
    hn = g.f("served", "persons", 21, "За квартал взято на обслуговування 21 особу", service="home_care",
             alt=["registered_new", "support_started"])
    hd = g.f("deregistered", "persons", 17, "знято з обслуговування 17 осіб", service="home_care")
    d1 = g.f("deregistered", "persons", 12, "смерть – 12", service="home_care", label="смерть",
             alt=["outcome_other"], group="deregistered_17_by_reason", parent=hd)
    d2 = g.f("deregistered", "persons", 5, "переїзд – 5", service="home_care", label="переїзд",
             alt=["outcome_other"], group="deregistered_17_by_reason", parent=hd)
    na = g.f("served", "persons", 402, "402 особи отримали 640 продуктових наборів", service="natural_aid")
    nav = g.f("aid_value", "uah", 384000, "на загальну\nсуму 384,0 тис. грн", service="natural_aid")
    act = g.f("staff_actual", "staff", 46, "У ЦНСП працює 46 працівників")
    pos = g.f("staff_positions", "positions", 49.5, "при 49,5 штатної одиниці")
    cm_ = g.f("complaints", "complaints", 1, "Надійшла 1 скарга")
    rows = {"2111": "2111\t3 412,6\t3 398,1\t14,5",
            "2120": "2120\t750,8\t747,6\t3,2",
            "2240": "2240\t118,0\t102,7\t15,3",
            "2273": "2273\t206,4\t177,9\t18,5"}
    vals = {"2111": (3412600, 3398100, 14500), "2120": (750800, 747600, 3200),
            "2240": (118000, 102700, 15300), "2273": (206400, 177900, 18500)}
    tq = "Разом\t4 487,8\t4 426,3\t61,5"
    TA = g.f("budget_approved", "uah", 4487800, tq, label="загальний фонд, ІІІ квартал, разом")
    TS = g.f("budget_spent", "uah", 4426300, tq, label="загальний фонд, ІІІ квартал, разом")
    TE = g.f("budget_savings", "uah", 61500, tq, label="загальний фонд, ІІІ квартал, разом")
    A, S, E = {}, {}, {}
    for k, q in rows.items():
        a, s, e = vals[k]
        A[k] = g.f("budget_approved", "uah", a, q, kekv=k, label="загальний фонд, ІІІ квартал",
                   group="approved_by_kekv", parent=TA)
        S[k] = g.f("budget_spent", "uah", s, q, kekv=k, label="загальний фонд, ІІІ квартал",
                   group="spent_by_kekv", parent=TS)
        E[k] = g.f("budget_savings", "uah", e, q, kekv=k, label="загальний фонд, ІІІ квартал",
                   group="savings_by_kekv", parent=TE)

    g.slip("table_arithmetic", "error", rows["2273"], 18500, 28500, [A["2273"], S["2273"], E["2273"]],
           "КЕКВ 2273: економія = затверджено − видатки = 206,4 − 177,9 = 28,5 тис. грн; the row says 18,5",
           f"near({A['2273']} - {S['2273']}, {E['2273']})", slip=1)
    g.slip("table_arithmetic", "error", tq, 61500, 51500, [TE] + list(E.values()),
           "the Економія column sums to 14,5 + 3,2 + 15,3 + 18,5 = 51,5, but Разом says 61,5 (which is what the "
           "correct 28,5 would give); the same slip seen from the column",
           f"near({' + '.join(E.values())}, {TE})", slip=1)

    g.check("table_arithmetic", tq, "approved 3 412,6 + 750,8 + 118,0 + 206,4 = 4 487,8",
            f"near({' + '.join(A.values())}, {TA})")
    g.check("table_arithmetic", tq, "spent 3 398,1 + 747,6 + 102,7 + 177,9 = 4 426,3",
            f"near({' + '.join(S.values())}, {TS})")
    g.check("table_arithmetic", tq, "Разом: 4 487,8 − 4 426,3 = 61,5", f"near({TA} - {TS}, {TE})")
    g.check("table_arithmetic", rows["2111"], "rows 2111, 2120, 2240: economy = approved − spent",
            " and ".join(f"near({A[k]} - {S[k]}, {E[k]})" for k in ("2111", "2120", "2240")))
    g.check("parts_sum", "знято з обслуговування 17 осіб", "12 + 5 = 17", f"{d1} + {d2} == {hd}")
    g.check("parts_sum", "У ЦНСП працює 46 працівників", "46 ≤ 49,5", f"{act} <= {pos}")
    g.check("internal_conflict", "Станом на 30.09.2025 під доглядом вдома перебувало 188 осіб",
            "point 2 and point 3 agree on 188 home-care recipients; point 2 and point 4 on 402 natural-aid recipients",
            f"{s3} == {h} and {s2} == {na}")

    g.skip("60200, Чернівецька обл., м. Сокиряни, вул. Героїв Майдану, 17, тел. (03739) 0-21-84",
           [60200, 17, 3739, 2184], "postcode, address, phone")
    g.skip("Код ЄДРПОУ 26347105", [26347105], "ЄДРПОУ")
    g.skip("за ІІІ квартал 2025 року", [3, 2025], "period in the title")
    g.skip("(у ІІ кварталі – 284, з початку року – 871)", [2, 284, 871], "previous quarter and year-to-date figures")
    g.skip("Прийнято 302 рішення про надання соціальних послуг, 16 – про відмову.", [302, 16],
           "decisions and refusals; no §3 id")
    g.skip("Станом на 30.09.2025", [30, 9, 2025], "date")
    g.skip("(58 поїздок)", [58], "trips; no §3 id")
    g.skip("Одночасно з початку року знято 49 осіб.", [49], "year-to-date figure (January–September), not the quarter")
    g.skip("640 продуктових наборів", [640], "items")
    g.skip("1. Звернення.", [1, 2, 3, 4, 5, 6, 7], "point numbers")
    g.skip("КЕКВ\tЗатверджено на ІІІ кв.", [3], "quarter in the table header")
    g.skip("у громаді на обліку перебуває 2 317 внутрішньо переміщених осіб", [2317], "IDP population count")
    g.skip("населення громади – близько 21,6 тис. осіб", [21600], "population")
    g.skip("Виконавець: відділ соціальних послуг, тел. (03739) 0-21-87", [3739, 2187], "phone")
    g.skip("07.10.2025", [7, 10, 2025], "compile date")

    g.note("the author is the УСЗН; most figures are the ЦНСП's. meta centre is the author (uszn), the ЦНСП is accepted "
           "in meta_alt")
    g.note("point 2 lists recipients by service with the remark that one person may get several services: not a "
           "partition, so no total and no parts_sum")
    g.note("budget table in тис. грн, space-aligned in the file; the reader prints it tab-separated: every cell is a fact quoted by its line; rows hang on the Разом cells "
           "of the same column; kekv set on rows, none on Разом")
    g.note("the planted slip (КЕКВ 2273 економія 18,5 instead of 28,5) is recorded twice: row difference and column sum")
    g.write()


if __name__ == "__main__":
    main()
