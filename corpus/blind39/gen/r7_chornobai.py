"""b39_07: ТЦСО Чорнобаївської селищної ради, Q3 2024 — a TXT saved by Windows Notepad as «Unicode» (UTF-16 LE with BOM, CRLF)."""
from common import Gold, report_path

NAME = "b39_07_chornobai_tcso_q32024.txt"

TEXT = """Чорнобаївська селищна рада
Територіальний центр соціального обслуговування (надання соціальних послуг)
19901, смт Чорнобай, вул. Центральна, 148, тел. (04739) 0-23-15

ІНФОРМАЦІЯ ПРО РОБОТУ ЗА III КВАРТАЛ 2024 РОКУ

Наш територіальний центр обслуговує мешканців 30 сіл громади. Рух отримувачів за квартал (липень - вересень) наводимо в таблиці:

Відділення                      на 01.07    взято    знято    на 30.09
Соціальної допомоги вдома            287       19       14         292
Денного перебування                   64        8        5          67
Натуральної допомоги                  41       12        9          44
-----------------------------------------------------------------------
Разом                                392       41       28         403

Для порівняння: у II кварталі на обслуговуванні було 386 осіб.

Серед тих, кого ми обслуговуємо на 30.09, 36 внутрішньо переміщених осіб та 57 осіб з інвалідністю.
Причини зняття з обслуговування: померли 17 осіб, виїхали за межі громади 6, відмовилися від послуг 5.

За квартал ми надали 8 946 соціальних послуг: догляд вдома - 7 512, денний догляд - 1 138, натуральна допомога - 296.
Видали 64 продуктові набори та 15 комплектів постільної білизни, усього на суму 41,6 тис. грн (гуманітарна допомога БФ "Надія").
Соціальним таксі скористалися 11 осіб (19 поїздок, вартість 1 км - 10,50 грн).
Платні послуги отримують 23 особи, за квартал до спецфонду надійшло 18,4 тис. грн. Решта обслуговуються безоплатно.
Пункт прокату видав 9 засобів реабілітації (крісла колісні, ходунки, милиці), на черзі ще 4 заявки.
Навантаження на одного соціального робітника - 10-11 підопічних, у віддалених селах 8.

У відділенні денного перебування провели 6 групових заходів (заняття "Університету третього віку", виставка рукоділля), участь взяли 84 особи. Заняття тривають по 2 години двічі на тиждень.

КАДРИ: у штатному розписі 38 посад, працює 35 працівників, з них 27 соціальних робітників. Двоє соціальних робітників у відпустці по догляду за дитиною.

Скарг за квартал не було.

На IV квартал: 1 жовтня (День людей похилого віку) привітати 120 ювілярів віком 80+ та до 15.12.2024 провести анкетування отримувачів.

Директор ТЦСО    ______________
Вик. тел. (04739) 0-23-17
03.10.2024
"""


def build():
    data = TEXT.replace("\n", "\r\n").encode("utf-16-le")
    with open(report_path(NAME), "wb") as fh:
        fh.write(b"\xff\xfe" + data)


def gold(text):
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Чорнобаївської селищної ради",
        "centre_type": "tcso", "settlement": "Чорнобай", "report_kind": "period_report",
        "period_start": "2024-07-01", "period_end": "2024-09-30"},
        meta_alt={"centre": ["Територіальний центр соціального обслуговування Чорнобаївської селищної ради"]})
    f = g.f
    rows = {}
    for line in text.splitlines():
        for key in ("Соціальної допомоги вдома", "Денного перебування", "Натуральної допомоги", "Разом"):
            if line.startswith(key + "\t"):
                rows[key] = line
    TQ = rows["Разом"]
    T0 = f("served", "persons", 392, TQ, label="Разом, на обслуговуванні станом на 01.07.2024", alt=["registered"])
    TN = f("served", "persons", 41, TQ, label="Разом, взято на обслуговування", alt=["registered_new", "support_started"])
    TD = f("deregistered", "persons", 28, TQ, label="Разом, знято з обслуговування")
    T1 = f("served", "persons", 403, TQ, label="Разом, на обслуговуванні станом на 30.09.2024", alt=["registered"])
    R = {}
    for key, svc, a, b, c, d in (("Соціальної допомоги вдома", "home_care", 287, 19, 14, 292),
                                 ("Денного перебування", "day_care", 64, 8, 5, 67),
                                 ("Натуральної допомоги", "natural_aid", 41, 12, 9, 44)):
        q = rows[key]
        lab = "відділення " + key[0].lower() + key[1:]
        R[svc] = (f("served", "persons", a, q, service=svc, label=lab + ", станом на 01.07.2024", alt=["registered"],
                    group="start_392_by_department", parent=T0),
                  f("served", "persons", b, q, service=svc, label=lab + ", взято на обслуговування",
                    alt=["registered_new", "support_started"], group="new_41_by_department", parent=TN),
                  f("deregistered", "persons", c, q, service=svc, label=lab + ", знято з обслуговування",
                    group="off_28_by_department", parent=TD),
                  f("served", "persons", d, q, service=svc, label=lab + ", станом на 30.09.2024", alt=["registered"],
                    group="end_403_by_department", parent=T1))
    idp = f("served", "persons", 36, "36 внутрішньо переміщених осіб", category="внутрішньо переміщені особи", parent=T1)
    dis = f("served", "persons", 57, "57 осіб з інвалідністю", category="особи з інвалідністю", parent=T1)
    r1 = f("deregistered", "persons", 17, "померли 17 осіб", label="смерть", group="off_28_by_reason", parent=TD)
    r2 = f("deregistered", "persons", 6, "виїхали за межі громади 6", label="виїзд за межі громади", group="off_28_by_reason", parent=TD)
    r3 = f("deregistered", "persons", 5, "відмовилися від послуг 5", label="відмова від послуг", group="off_28_by_reason", parent=TD)
    sp = f("services_provided", "services", 8946, "За квартал ми надали 8 946 соціальних послуг")
    s1 = f("services_provided", "services", 7512, "догляд вдома - 7 512", service="home_care", group="services_8946_by_service", parent=sp)
    s2 = f("services_provided", "services", 1138, "денний догляд - 1 138", service="day_care", group="services_8946_by_service", parent=sp)
    s3 = f("services_provided", "services", 296, "натуральна допомога - 296", service="natural_aid", group="services_8946_by_service", parent=sp)
    av = f("aid_value", "uah", 41600, "усього на суму 41,6 тис. грн", service="natural_aid")
    tx = f("served", "persons", 11, "Соціальним таксі скористалися 11 осіб", service="social_taxi")
    paid = f("served", "persons", 23, "Платні послуги отримують 23 особи", label="платні послуги")
    rec = f("budget_received", "uah", 18400, "за квартал до спецфонду надійшло 18,4 тис. грн", label="спеціальний фонд, платні послуги")
    ev = f("events", "events", 6, "провели 6 групових заходів")
    ep = f("event_participants", "persons", 84, "участь взяли 84 особи", parent=ev)
    pos = f("staff_positions", "positions", 38, "у штатному розписі 38 посад")
    act = f("staff_actual", "staff", 35, "працює 35 працівників")
    sw = f("staff_actual", "staff", 27, "з них 27 соціальних робітників", label="соціальні робітники", parent=act)
    cp = f("complaints", "complaints", 0, "Скарг за квартал не було.")

    cols = [tuple(R[s][i] for s in R) for i in range(4)]
    g.slip("table_arithmetic", "error", TQ, 41, 39, list(cols[1]) + [TN],
           "«взято» column: 19 + 8 + 12 = 39, but «Разом» says 41", " + ".join(cols[1]) + f" == {TN}", slip=1)
    g.slip("table_arithmetic", "error", TQ, 405, 403, [T0, TN, TD, T1],
           "the «Разом» row does not balance: 392 + 41 − 28 = 405, but «на 30.09» says 403 (the same slip: with 39 taken it balances)",
           f"{T0} + {TN} - {TD} == {T1}", slip=1)
    for i, (name, tot) in enumerate((("на 01.07", T0), ("знято", TD), ("на 30.09", T1))):
        col = cols[[0, 2, 3][i]]
        g.check("table_arithmetic", TQ, f"«{name}» column sums to «Разом»", " + ".join(col) + f" == {tot}")
    for s in R:
        a, b, c, d = R[s]
        g.check("table_arithmetic", rows[{"home_care": "Соціальної допомоги вдома", "day_care": "Денного перебування",
                                          "natural_aid": "Натуральної допомоги"}[s]],
                f"row {s}: start + taken − removed = end", f"{a} + {b} - {c} == {d}")
    g.check("parts_sum", "Причини зняття з обслуговування: померли 17 осіб, виїхали за межі громади 6, відмовилися від послуг 5",
            "17 + 6 + 5 = 28 removed («Разом», «знято»)", f"{r1} + {r2} + {r3} == {TD}")
    g.check("parts_sum", "За квартал ми надали 8 946 соціальних послуг", "7 512 + 1 138 + 296 = 8 946", f"{s1} + {s2} + {s3} == {sp}")
    g.check("parts_sum", "з них 27 соціальних робітників", "27 ≤ 35 ≤ 38", f"{sw} <= {act} <= {pos}")
    g.check("parts_sum", "36 внутрішньо переміщених осіб", "36 and 57 ≤ 403", f"{idp} <= {T1} and {dis} <= {T1}")
    g.skip("19901, смт Чорнобай, вул. Центральна, 148, тел. (04739) 0-23-15", [19901, 148, 4739, 2315], "postcode, address, phone")
    g.skip("ІНФОРМАЦІЯ ПРО РОБОТУ ЗА III КВАРТАЛ 2024 РОКУ", [3, 2024], "period in the title")
    g.skip("обслуговує мешканців 30 сіл громади", [30], "settlement count")
    g.skip("на 01.07\tвзято\tзнято\tна 30.09", [1, 7, 30, 9], "dates in the table header")
    g.skip("Для порівняння: у II кварталі на обслуговуванні було 386 осіб.", [2, 386], "prior-quarter figure")
    g.skip("на 30.09, 36", [30, 9], "date")
    g.skip("Видали 64 продуктові набори та 15 комплектів постільної білизни", [64, 15], "items handed out")
    g.skip("(19 поїздок, вартість 1 км - 10,50 грн)", [19, 1, 10.5], "trips (no §3 id), tariff")
    g.skip("Пункт прокату видав 9 засобів реабілітації (крісла колісні, ходунки, милиці), на черзі ще 4 заявки.", [9, 4],
           "items lent; pending requests (no §3 id)")
    g.skip("Навантаження на одного соціального робітника - 10-11 підопічних, у віддалених селах 8.", [10, 11, 8], "ratio")
    g.skip("Заняття тривають по 2 години двічі на тиждень.", [2], "duration")
    g.skip("Двоє соціальних робітників у відпустці по догляду за дитиною.", [2], "staff on leave (no §3 id; in words)")
    g.skip("На IV квартал: 1 жовтня (День людей похилого віку) привітати 120 ювілярів віком 80+ та до 15.12.2024 провести анкетування отримувачів.",
           [4, 1, 120, 80, 15, 12, 2024], "plan for Q4, date, ages")
    g.skip("Вик. тел. (04739) 0-23-17", [4739, 2317], "phone")
    g.skip("03.10.2024", [3, 10, 2024], "compile date")
    g.note("the file is UTF-16 LE with a BOM and CRLF line ends (Windows Notepad «Unicode»); `zvitparse read` decodes it and prints the space-aligned table as tab-separated cells, dropping the dashed rule")
    g.note("table: start and end counts → served (alt registered) with a label; «взято» → served (alt registered_new, support_started); «знято» → deregistered. Every cell is a fact quoted by its row; rows hang on the «Разом» cell of the same column")
    g.note("«Серед тих, кого ми обслуговуємо на 30.09» → overlapping categories of the end count (parent only, no group)")
    g.note("the reasons for removal are a partition of the 28 of the table (group off_28_by_reason)")
    g.note("one slip (Разом «взято» 41 instead of 39) recorded as two findings: the column sum and the row balance")
    g.write()


if __name__ == "__main__":
    build()
    from common import read_text
    gold(read_text(report_path(NAME)))
