"""b34_07: ЦНСП Радехівської міської ради (Львівська), information on 2023 sent as plain text with
tables drawn as text: one in box-drawing characters (┌─┬─┐), one in ASCII (+---+), long cells
wrapped onto a second line of the box, as older offices still send. UTF-8, CRLF."""
from common import Gold, report_path, write_text

DOC = "b34_07_radekhiv_cnsp_annual2023.txt"


def box_table(widths, rows, header_rows=1, total_from=None, style="box"):
    """rows: list of rows; a cell is a str or a list of str (wrapped lines).
    total_from: index of the row from which the first two columns are merged (Разом)."""
    if style == "box":
        H, V = "─", "│"
        TL, TM, TR = "┌", "┬", "┐"
        ML, MM, MR = "├", "┼", "┤"
        BL, BM, BR = "└", "┴", "┘"
    else:
        H, V = "-", "|"
        TL = TM = TR = ML = MM = MR = BL = BM = BR = "+"

    def rule(l, m, r):
        return l + m.join(H * (w + 2) for w in widths) + r

    def line(cells, aligns):
        out = []
        for c, w, a in zip(cells, widths, aligns):
            out.append(" " + (c.rjust(w) if a == "r" else c.ljust(w)) + " ")
        return V + V.join(out) + V

    out = [rule(TL, TM, TR)]
    for i, row in enumerate(rows):
        cells = [c if isinstance(c, list) else [c] for c in row]
        n = max(len(c) for c in cells)
        aligns = ["l"] * len(widths) if i < header_rows else ["l", "l"] + ["r"] * (len(widths) - 2)
        for k in range(n):
            out.append(line([c[k] if k < len(c) else "" for c in cells], aligns))
        if i < len(rows) - 1:
            out.append(rule(ML, MM, MR))
    out.append(rule(BL, BM, BR))
    return "\n".join(out)


T1 = box_table(
    [3, 34, 11, 7, 9],
    [
        ["№", "Назва соціальної послуги", ["Отримувачі,", "осіб"], ["з них", "ВПО"],
         ["Надано", "послуг"]],
        ["1", "Догляд вдома", "96", "7", "7 412"],
        ["2", "Денний догляд", "21", "3", "1 386"],
        ["3", "Натуральна допомога", "284", "91", "533"],
        ["4", "Консультування", "317", "58", "402"],
        ["5", ["Соціальна адаптація осіб з", "інвалідністю та осіб похилого віку"], "18", "2", "144"],
        ["6", ["Соціальний супровід сімей (осіб),", "які перебувають у СЖО"], "27", "9", "312"],
        ["", "Разом", "773", "170", "10 189"],
    ])

T2 = box_table(
    [6, 26, 11, 11, 8],
    [
        ["КЕКВ", "Найменування", "Затверджено", ["Касові", "видатки"], "Економія"],
        ["2111", "Заробітна плата", "6 214,3", "6 214,3", "0,0"],
        ["2120", ["Нарахування на оплату", "праці"], "1 367,1", "1 367,1", "0,0"],
        ["2210", ["Предмети, матеріали,", "обладнання та інвентар"], "184,6", "171,2", "13,4"],
        ["2273", "Оплата електроенергії", "96,0", "88,7", "7,3"],
        ["", "Разом", "7 862,0", "7 841,3", "20,7"],
    ], style="ascii")

TEXT = """Центр надання соціальних послуг
Радехівської міської ради
80200 м.Радехів вул.Стрийська 6   тел.(03255) 0-21-37
код ЄДРПОУ 43876210

Вих.№ 02-14/38 від 15.01.2024                Начальнику управління соціального
                                             захисту населення Червоноградської
                                             районної державної адміністрації

На Ваш лист від 03.01.2024 № 01-06/7 надаємо інформацію про надання соціальних
послуг Центром надання соціальних послуг Радехівської міської ради (далі - ЦНСП)
у 2023 році.

1. Протягом 2023 року до ЦНСП надійшло 341 звернення щодо надання соціальних
послуг. Оцінку потреб проведено 126 особам, які звернулися вперше (решта -
повторні звернення осіб, які вже отримують послуги).

2. Кількість отримувачів та наданих послуг за видами наведено в таблиці 1.

Таблиця 1
""" + T1 + """

Послуги надавались у 31 населеному пункті громади. Послугу консультування надано
у тому числі 112 особам дистанційно (по телефону). У порівнянні з 2022 роком
(694 особи) кількість отримувачів зросла.

3. Під соціальним супроводом у 2023 р. перебувало 27 сімей/осіб, в них 41 дитина.
Завершено надання послуги 15 сім'ям, з них з позитивним результатом - 12.
Продовжено надання послуги у 2024 році 12 сім'ям.

4. Фінансування ЦНСП у 2023 році (загальний фонд, тис.грн) - таблиця 2.

Таблиця 2
""" + T2 + """

Крім того до спеціального фонду надійшло благодійних коштів 38,5 тис.грн.

5. Штатна чисельність ЦНСП - 24 посади, фактично працює 22 особи, з них 13
соціальних робітників. Підвищили кваліфікацію у 2023 р. 6 працівників.

6. Скарг на якість соціальних послуг не надходило.

Директор ЦНСП                                               ______________

вик. фахівець з соціальної роботи
тел.(03255) 0-21-39
"""


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Радехівської міської ради",
        "centre_type": "cnsp",
        "settlement": "Радехів",
        "oblast": "Львівська",
        "report_kind": "annual_report",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    }, meta_alt={"report_kind": ["period_report", "other"]})
    f = g.f
    ap = f("applied", "applications", 341, "до ЦНСП надійшло 341 звернення")
    na = f("needs_assessed", "persons", 126, "Оцінку потреб проведено 126 особам, які звернулися вперше")
    # Table 1 (box-drawing): the reader collapses the padding to single spaces
    qt = "│ │ Разом │ 773 │ 170 │ 10 189 │"
    tS = f("served", "persons", 773, qt, label="Разом (таблиця 1)")
    tI = f("served", "persons", 170, qt, category="внутрішньо переміщені особи",
           label="Разом, з них ВПО (таблиця 1)", parent=tS)
    tV = f("services_provided", "services", 10189, qt, label="Разом (таблиця 1)")
    rows = [
        ("home_care", "│ 1 │ Догляд вдома │ 96 │ 7 │ 7 412 │", 96, 7, 7412),
        ("day_care", "│ 2 │ Денний догляд │ 21 │ 3 │ 1 386 │", 21, 3, 1386),
        ("natural_aid", "│ 3 │ Натуральна допомога │ 284 │ 91 │ 533 │", 284, 91, 533),
        ("counselling", "│ 4 │ Консультування │ 317 │ 58 │ 402 │", 317, 58, 402),
        ("social_adaptation", "│ 5 │ Соціальна адаптація осіб з │ 18 │ 2 │ 144 │", 18, 2, 144),
        ("social_support_sjo", "│ 6 │ Соціальний супровід сімей (осіб), │ 27 │ 9 │ 312 │", 27, 9, 312),
    ]
    S, I, V = [], [], []
    for svc, q, a, b, c in rows:
        S.append(f("served", "persons", a, q, service=svc, group="t1_served_by_service",
                   parent=tS))
        I.append(f("served", "persons", b, q, service=svc,
                   category="внутрішньо переміщені особи", group="t1_idp_by_service", parent=tI))
        V.append(f("services_provided", "services", c, q, service=svc,
                   group="t1_services_by_service", parent=tV))
    rem = f("served", "persons", 112, "у тому числі 112 особам дистанційно", service="counselling",
      label="дистанційно (по телефону)", parent=S[3])
    sup = f("served", "families_persons", 27,
            "Під соціальним супроводом у 2023 р. перебувало 27 сімей/осіб",
            service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 41, "в них 41 дитина", service="social_support_sjo",
      alt=["support_ongoing"], parent=sup)
    comp = f("support_completed", "families", 15, "Завершено надання послуги 15 сім'ям",
             service="social_support_sjo", parent=sup)
    posr = f("outcome_positive", "families", 12, "з них з позитивним результатом - 12",
             service="social_support_sjo", parent=comp)
    ong = f("support_ongoing", "families", 12, "Продовжено надання послуги у 2024 році 12 сім'ям",
            service="social_support_sjo", parent=sup)
    # Table 2 (ASCII): the reader turns it into tab-separated rows
    q2t = "Разом\t7 862,0\t7 841,3\t20,7"
    bA = f("budget_approved", "uah", 7862000, q2t, label="загальний фонд, Разом")
    bS = f("budget_spent", "uah", 7841300, q2t, label="загальний фонд, Разом (касові видатки)")
    bE = f("budget_savings", "uah", 20700, q2t, label="загальний фонд, Разом")
    rows2 = [
        ("2111", "2111\tЗаробітна плата\t6 214,3\t6 214,3\t0,0", 6214300, 6214300, 0),
        ("2120", "2120\tНарахування на оплату\t1 367,1\t1 367,1\t0,0", 1367100, 1367100, 0),
        ("2210", "2210\tПредмети, матеріали,\t184,6\t171,2\t13,4", 184600, 171200, 13400),
        ("2273", "2273\tОплата електроенергії\t96,0\t88,7\t7,3", 96000, 88700, 7300),
    ]
    A, B, E = [], [], []
    for k, q, a, s, e in rows2:
        A.append(f("budget_approved", "uah", a, q, kekv=k, group="t2_approved", parent=bA))
        B.append(f("budget_spent", "uah", s, q, kekv=k, group="t2_spent", parent=bS))
        E.append(f("budget_savings", "uah", e, q, kekv=k, group="t2_savings", parent=bE))
    f("budget_received", "uah", 38500,
      "до спеціального фонду надійшло благодійних коштів 38,5 тис.грн",
      label="спеціальний фонд, благодійні кошти")
    posn = f("staff_positions", "positions", 24, "Штатна чисельність ЦНСП - 24 посади")
    act = f("staff_actual", "staff", 22, "фактично працює 22 особи")
    sw = f("staff_actual", "staff", 13, "з них 13\nсоціальних робітників", label="соціальні робітники",
           parent=act)
    tr = f("staff_trained", "staff", 6, "Підвищили кваліфікацію у 2023 р. 6 працівників")
    f("complaints", "complaints", 0, "Скарг на якість соціальних послуг не надходило.")

    g.slip("table_arithmetic", "error", qt, 773, 763, S + [tS],
           "table 1, recipients column: 96 + 21 + 284 + 317 + 18 + 27 = 763, but Разом says 773 "
           "(10 more). The ВПО and services columns add up.",
           " + ".join(S) + f" == {tS}")
    g.check("table_arithmetic", qt, "ВПО column: 7 + 3 + 91 + 58 + 2 + 9 = 170",
            " + ".join(I) + f" == {tI}")
    g.check("table_arithmetic", qt,
            "services column: 7 412 + 1 386 + 533 + 402 + 144 + 312 = 10 189",
            " + ".join(V) + f" == {tV}")
    g.check("parts_sum", "│ 1 │ Догляд вдома │ 96 │ 7 │ 7 412 │",
            "in every row ВПО ≤ recipients", " and ".join(f"{i} <= {s}" for i, s in zip(I, S)))
    g.check("table_arithmetic", q2t, "approved: 6 214,3 + 1 367,1 + 184,6 + 96,0 = 7 862,0",
            f"near({' + '.join(A)}, {bA})")
    g.check("table_arithmetic", q2t, "spent: 6 214,3 + 1 367,1 + 171,2 + 88,7 = 7 841,3",
            f"near({' + '.join(B)}, {bS})")
    g.check("table_arithmetic", q2t, "economy: 0 + 0 + 13,4 + 7,3 = 20,7; 7 862,0 − 7 841,3 = 20,7",
            f"{' + '.join(E)} == {bE} and {bA} - {bS} == {bE}")
    g.check("table_arithmetic", "2210\tПредмети, матеріали,\t184,6\t171,2\t13,4",
            "each row: економія = затверджено − видатки",
            " and ".join(f"{a} - {b} == {e}" for a, b, e in zip(A, B, E)))
    g.check("parts_sum", "Завершено надання послуги 15 сім'ям",
            "15 completed + 12 continued into 2024 = 27 under support; 12 positive ≤ 15",
            f"{comp} + {ong} == {sup} and {posr} <= {comp}")
    g.check("internal_conflict", "Під соціальним супроводом у 2023 р. перебувало 27 сімей/осіб",
            "prose 27 = table 1 row 6 (27)", f"{sup} == {S[5]}")
    g.check("parts_sum", "у тому числі 112 особам дистанційно", "112 ≤ 317 counselling recipients",
            f"{rem} <= {S[3]}")
    g.check("parts_sum", "фактично працює 22 особи", "13 ≤ 22 ≤ 24; 6 trained ≤ 22",
            f"{sw} <= {act} <= {posn} and {tr} <= {act}")
    g.check("parts_sum", "Оцінку потреб проведено 126 особам", "126 ≤ 341",
            f"{na} <= {ap}")

    g.skip("80200 м.Радехів вул.Стрийська 6 тел.(03255) 0-21-37", [80200, 6, 3255, 2137],
           "postcode, address, phone")
    g.skip("код ЄДРПОУ 43876210", [43876210], "ЄДРПОУ")
    g.skip("Вих.№ 02-14/38 від 15.01.2024", [2, 14, 38, 15, 1, 2024], "outgoing number and date")
    g.skip("На Ваш лист від 03.01.2024 № 01-06/7", [3, 1, 2024, 1, 6, 7], "letter date and number")
    g.skip("у 2023 році.", [2023], "year")
    g.skip("2. Кількість отримувачів", [1, 2, 3, 4, 5, 6], "paragraph numbers 1.–6.")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("│ № │ Назва соціальної послуги │ Отримувачі, │ з них │ Надано │", [],
           "table header (no number)")
    g.skip("│ 1 │ Догляд вдома", [1, 2, 3, 4, 5, 6], "row numbers of table 1")
    g.skip("Послуги надавались у 31 населеному пункті громади.", [31], "settlement count")
    g.skip("У порівнянні з 2022 роком\n(694 особи)", [2022, 694], "prior-year figure")
    g.skip("Таблиця 2", [2], "table number")
    g.skip("4. Фінансування ЦНСП у 2023 році (загальний фонд, тис.грн)", [4, 2023], "heading")
    g.skip("тел.(03255) 0-21-39", [3255, 2139], "phone")

    g.skip("Протягом 2023 року до ЦНСП", [2023], "year")
    g.skip("наведено в таблиці 1", [1], "table number")
    g.skip("- таблиця 2", [2], "table number")
    g.note("box-drawing table (table 1): `zvitparse read` keeps the borders and collapses runs of "
           "spaces to one, so a row reads «│ 1 │ Догляд вдома │ 96 │ 7 │ 7 412 │». The wrapped "
           "second line of a long cell comes out as its own line with empty cells "
           "(«│ │ інвалідністю та осіб похилого віку │ │ │ │»); quotes use the first line")
    g.note("ASCII table (table 2): the reader turns it into tab-separated rows; the wrapped "
           "second line of a cell comes out as a row of its own")
    g.note("report_kind: an information letter on the year 2023 answering a request → "
           "annual_report (alt period_report, other)")
    g.note("zero economy cells (0,0) in table 2 are facts with value 0")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT, encoding="utf-8", newline="\r\n")
    gold().write()
