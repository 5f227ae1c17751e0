"""b13_07: КУ «Центр надання соціальних послуг» Вишгородської міської ради (Київська), 2 півріччя 2023.

Plain UTF-8 text converted from a scanned table: columns separated by runs of spaces, a header wrapped
over three lines, empty cells and «-», sub-rows 4.1–4.3, a «Довідково: I півріччя» column (other period);
the period appears only in the title («за 2 півріччя 2023 р.»). A short note follows the table.
Planted slip: row 4 «Завершено соціальний супровід» 21, sub-rows 4.1–4.3 give 17 + 2 + 1 = 20.
"""
from common import Gold, report_path, write_text

NAME = "b13_07_vyshhorod_cnsp_h2_2023.txt"

# (№, name, unit, total, vpo, prev)
ROWS = [
    ("1", "Надійшло повідомлень про сім'ї/осіб у СЖО", "сімей", "54", "17", "48"),
    ("2", "Проведено оцінку потреб", "сімей", "51", "16", "45"),
    ("3", "Взято під соціальний супровід", "сімей", "23", "8", "19"),
    ("4", "Завершено соціальний супровід", "сімей", "21", "6", "17"),
    ("4.1", "з них: з позитивним результатом", "сімей", "17", "5", "14"),
    ("4.2", "з негативним результатом", "сімей", "2", "-", "1"),
    ("4.3", "з інших причин (зміна місця прожив.)", "сімей", "1", "1", "2"),
    ("5", "Перебувають під соціальним супроводом на", "сімей", "38", "12", "36"),
    ("", "кінець звітного періоду", "", "", "", ""),
    ("6", "Отримали послугу консультування", "осіб", "276", "94", "251"),
    ("7", "Надано консультацій", "послуг", "412", "138", "370"),
    ("8", "Отримали натуральну допомогу", "осіб", "143", "96", "210"),
    ("9", "Видано продуктових наборів", "од.", "186", "124", "240"),
    ("10", "Кризове та екстрене втручання", "осіб", "9", "3", "6"),
    ("11", "Проведено групових заходів", "заходів", "18", "-", "15"),
    ("12", "Учасники групових заходів", "осіб", "264", "71", "230"),
    ("15", "Соціальна профілактика", "осіб", "58", "14", "47"),
    ("16", "Представництво інтересів", "осіб", "4", "2", "3"),
    ("17", "Штатні посади", "посад", "12", "", "12"),
    ("18", "Фактично працюючих", "осіб", "11", "", "10"),
]

W = [5, 46, 9, 12, 10, 12]


def line(cells):
    out = ""
    for i, c in enumerate(cells):
        if i in (0, 1, 2):
            out += c.ljust(W[i])
        else:
            out += c.rjust(W[i])
    return out.rstrip()


def text():
    hdr = [
        line(["№", "Найменування показника", "Од.", "II півр.", "у т.ч.", "Довідково:"]),
        line(["з/п", "", "виміру", "2023 р.", "ВПО", "I півр."]),
        line(["", "", "", "(всього)", "", "2023 р."]),
    ]
    sep = "-" * 94
    body = [line(list(r)) if r[0] else " " * 5 + r[1] for r in ROWS]
    return "\n".join([
        "ВИШГОРОДСЬКА МІСЬКА РАДА",
        "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»",
        "",
        "                 ЗВІТ ПРО НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ",
        "                    за 2 півріччя 2023 р.",
        "",
        "(текст розпізнано зі сканованої копії; у графі «у т.ч. ВПО» прочерк означає відсутність випадків)",
        "",
        sep, *hdr, sep, *body, sep,
        "",
        "Пояснення до таблиці:",
        "Скарг на якість надання соціальних послуг у звітному періоді не надходило. Соціальні послуги "
        "надаються на підставі рішення виконавчого комітету від 14.03.2023 № 112. Одна вакантна посада "
        "фахівця із соціальної роботи (рядки 17-18) буде заміщена у I кварталі 2024 р. Середня тривалість "
        "супроводу – 4,5 міс.",
        "",
        "Директор КУ «ЦНСП»                                   підпис",
        "Виконавець: тел. (04596) 0-52-31",
        "12.01.2024",
        "",
    ])


def main():
    write_text(report_path(NAME), text())
    g = Gold(NAME, {
        "centre": "Комунальна установа «Центр надання соціальних послуг» Вишгородської міської ради",
        "centre_type": "cnsp",
        "settlement": "Вишгород",
        "report_kind": "period_report",
        "period_start": "2023-07-01",
        "period_end": "2023-12-31",
        "published": "2024-01-12",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг»",
                            "Центр надання соціальних послуг Вишгородської міської ради"]})
    rq = {r[0]: "\t".join(r) for r in ROWS if r[0]}
    # the reader joins the wrapped name of row 5 onto its row
    rq["5"] = "5\tПеребувають під соціальним супроводом на кінець звітного періоду\tсімей\t38\t12\t36"
    ids = {}

    def row(no, indicator, unit, service=None, parent_no=None, group=None, **kw):
        r = next(x for x in ROWS if x[0] == no)
        label = r[1]
        tid = g.f(indicator, unit, int(r[3]), rq[no], service=service, label=label, group=group,
                  parent=ids.get((parent_no, "t")) if parent_no else None, **kw)
        ids[(no, "t")] = tid
        if r[4] == "-":
            ids[(no, "v")] = g.f(indicator, unit, 0, rq[no], service=service,
                                 label=f"{label} – у т.ч. ВПО", category="внутрішньо переміщені особи",
                                 parent=tid, uncertain=True,
                                 note="«-» read as 0, as the note above the table says «прочерк означає "
                                      "відсутність випадків»", **kw)
        elif r[4] != "":
            ids[(no, "v")] = g.f(indicator, unit, int(r[4]), rq[no], service=service,
                                 label=f"{label} – у т.ч. ВПО", category="внутрішньо переміщені особи",
                                 parent=tid, **kw)
        return tid

    row("1", "notified", "families")
    row("2", "needs_assessed", "families")
    row("3", "support_started", "families", "social_support_sjo")
    row("4", "support_completed", "families", "social_support_sjo")
    row("4.1", "outcome_positive", "families", "social_support_sjo", "4", "completed_by_outcome")
    row("4.2", "outcome_negative", "families", "social_support_sjo", "4", "completed_by_outcome")
    row("4.3", "outcome_other", "families", "social_support_sjo", "4", "completed_by_outcome")
    row("5", "support_ongoing", "families", "social_support_sjo")
    row("6", "served", "persons", "counselling")
    row("7", "services_provided", "services", "counselling")
    row("8", "served", "persons", "natural_aid")
    row("10", "served", "persons", "crisis_intervention")
    row("11", "events", "events")
    row("12", "event_participants", "persons", parent_no="11")
    row("15", "served", "persons", "social_prevention")
    row("16", "served", "persons", "representation")
    row("17", "staff_positions", "positions")
    row("18", "staff_actual", "staff")
    g.f("complaints", "complaints", 0,
        "Скарг на якість надання соціальних послуг у звітному періоді не надходило.")

    # every fact of rows 4 and 4.1–4.3
    slip_ids = [ids[k] for k in [("4", "t"), ("4.1", "t"), ("4.2", "t"), ("4.3", "t")]]
    g.slip("parts_sum", "error", rq["4"], 21, 20, slip_ids,
           "row 4 «Завершено соціальний супровід» 21 families, sub-rows 4.1–4.3 (з них: позитивним 17, "
           "негативним 2, інших причин 1) = 20. The ВПО column adds up (5 + 0 + 1 = 6) and so does the "
           "I півріччя column (14 + 1 + 2 = 17)")
    g.check("parts_sum", rq["5"], "continuity: 36 under support at the end of I півр. + 23 taken − 21 completed = 38 "
            "(ВПО: 12 is not checkable, no I півр. ВПО column); ВПО cells ≤ their totals in every row")
    g.check("parts_sum", rq["4"], "ВПО column of 4.1–4.3: 5 + «-» + 1 = 6 = row 4 ВПО")
    g.check("parts_sum", rq["18"], "11 staff ≤ 12 positions (one vacancy)")

    g.skip("Довідково:", [], "column «Довідково: I півр. 2023 р.» (48, 45, 19, 17, 14, 1, 2, 36, 251, 370, 210, "
           "240, 6, 15, 230, 47, 3, 12, 10): another period, skipped")
    g.skip(rq["9"], [186, 124, 240], "food parcels handed out (од.): no unit for items")
    g.skip("з/п", [], "row numbers 1–18 and 4.1–4.3")
    g.skip("за 2 півріччя 2023 р.", [2, 2023], "the period in the title")
    g.skip("рішення виконавчого комітету від 14.03.2023 № 112", [14, 3, 2023, 112], "decision date and number")
    g.skip("Одна вакантна посада фахівця із соціальної роботи (рядки 17-18) буде заміщена у I кварталі 2024 р.",
           [1, 17, 18, 2024], "vacancy (word numeral), row references, a future quarter")
    g.skip("Середня тривалість супроводу – 4,5 міс.", [4.5], "duration")
    g.skip("Виконавець: тел. (04596) 0-52-31", [4596], "phone")
    g.skip("12.01.2024", [12, 1, 2024], "compile date (taken as published)")
    g.note("period only in the title: «за 2 півріччя 2023 р.» = 2023-07-01..2023-12-31")
    g.note("the reader turns the space-aligned rows into tab-separated cells (№, name, unit, II півр., ВПО, "
           "I півр.); quotes are these rows. Row 5's name wraps onto a second line («кінець звітного періоду») "
           "that has no cells; the reader joins it to the row, and the quote is the joined row")
    g.note("facts: the «II півр. 2023 р. (всього)» cells and the «у т.ч. ВПО» cells (category ВПО, parent = the "
           "same row's total). «-» in the ВПО column means no cases (the note above the table says so): "
           "annotated as 0 (marked uncertain); an empty ВПО cell (rows 17–18) is not a fact")
    g.note("sub-rows 4.1–4.3 hang on row 4 (group completed_by_outcome); row 12 participants hang on row 11 events")
    g.note("oblast is not stated (Вишгород is in Київська oblast) → omitted from meta")
    g.write()


if __name__ == "__main__":
    main()
