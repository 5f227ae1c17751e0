"""b64_08: ЦСС Братської селищної ради (Миколаївська), report for Q3 2025.
UTF-8 plain text as sent by e-mail, first person plural, a pseudo-table drawn with pipes and dashes,
a cumulative «з початку року» figure. Slip: internal_conflict (8 families taken under support in the
account of the quarter, 9 in the conclusions)."""
from common import Gold, write_text, report_path, read_text

DOC = "b64_08_bratske_css_q3_2025.txt"

TEXT = """\
Центр соціальних служб Братської селищної ради
55401, Миколаївська обл., смт Братське, вул. Миру, 52
тел. (05131) 0-91-26, ЄДРПОУ 44603718
Вих. № 187 від 03.10.2025

Начальнику відділу соціального захисту населення
Братської селищної ради

ЗВІТ
про роботу Центру соціальних служб за III квартал 2025 року

За липень – вересень 2025 року ми отримали 63 повідомлення про сім'ї з дітьми, які можуть перебувати у складних життєвих обставинах (з початку року – 171). Ми оцінили потреби 58 сімей; у 24 сім'ях виявлено СЖО, решта 34 сім'ї отримали разове консультування.

Надання послуг у кварталі:

Послуга                         | Сімей/осіб | Послуг
--------------------------------+------------+-------
Інформування                    |     96     |   131
Консультування                  |    118     |   264
Соціальний супровід (СЖО)       |     21     |   187
Соціальне супроводження ПС/ДБСТ |      5     |    46
Кризове та екстрене втручання   |      7     |     9
--------------------------------+------------+-------
Усього                          |    247     |   637

Під соціальним супроводом у кварталі перебувала 21 сім'я, у них 43 дитини віком від 6 до 17 років. Протягом кварталу ми взяли під супровід 8 сімей, завершили супровід 6 сімей: у 4 сім'ях СЖО подолано, у 2 – мінімізовано. Середня тривалість супроводу – 4,5 місяця.

Соціальне супроводження ми здійснювали 3 прийомним сім'ям та 2 дитячим будинкам сімейного типу, у яких виховується 17 дітей; у вересні разом зі службою у справах дітей провели 5 планових відвідувань.

Особисто до центру звернулися 39 осіб, з них 12 – внутрішньо переміщені особи. На сторінці громади у Facebook ми розмістили 14 інформаційних матеріалів.

Мобільна бригада кризового втручання здійснила 11 виїздів (2 з них – у нічний час).

Ми провели 5 тренінгів «Батьківство в радість» для 61 учасника. Сорока сім'ям ВПО передали 120 наборів гігієни від благодійного фонду.

У центрі працює 7 фахівців із 8 штатних посад, двоє з них у серпні пройшли навчання з ведення випадку (24 години). Скарг від отримувачів за квартал не було.

Висновки: за квартал під супровід взято 9 сімей, кількість повідомлень зросла порівняно з II кварталом (52). У IV кварталі плануємо провести 6 тренінгів.

Директор ЦСС (підпис)
Гаряча лінія центру: 0 800 0-12-34 (безкоштовно)
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="utf-8", newline="\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Братської селищної ради",
        "centre_type": "css", "settlement": "Братське", "oblast": "Миколаївська",
        "report_kind": "period_report", "period_start": "2025-07-01", "period_end": "2025-09-30"})
    f = g.f
    n = f("notified", "families", 63, "ми отримали 63 повідомлення про сім'ї з дітьми")
    na = f("needs_assessed", "families", 58, "Ми оцінили потреби 58 сімей")
    sj = f("in_difficult_circumstances", "families", 24, "у 24 сім'ях виявлено СЖО")
    oc = f("served", "families", 34, "решта 34 сім'ї отримали разове консультування", service="counselling",
           label="разове консультування після оцінки потреб")
    lines = read_text(path).split("\n")
    tl = next(l for l in lines if l.startswith("Усього"))
    tf = f("served", "families_persons", 247, tl)
    ts = f("services_provided", "services", 637, tl)
    rows = [("Інформування", "informing", 96, 131), ("Консультування", "counselling", 118, 264),
            ("Соціальний супровід (СЖО)", "social_support_sjo", 21, 187),
            ("Соціальне супроводження ПС/ДБСТ", "social_support_foster", 5, 46),
            ("Кризове та екстрене втручання", "crisis_intervention", 7, 9)]
    ids = []
    for lab, svc, a, b in rows:
        q = next(l for l in lines if l.startswith(lab)).rstrip()
        x = f("served", "families_persons", a, q, service=svc, group="served_247_by_service", parent=tf)
        y = f("services_provided", "services", b, q, service=svc, group="services_637_by_service", parent=ts)
        ids.append((x, y))
    ss = f("served", "families", 21, "Під соціальним супроводом у кварталі перебувала 21 сім'я",
           service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 43, "у них 43 дитини", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
    st = f("support_started", "families", 8, "ми взяли під супровід 8 сімей", service="social_support_sjo", parent=ss)
    c = f("support_completed", "families", 6, "завершили супровід 6 сімей", service="social_support_sjo", parent=ss)
    o1 = f("outcome_positive", "families", 4, "у 4 сім'ях СЖО подолано", service="social_support_sjo",
           group="completed_6_by_result", parent=c)
    o2 = f("outcome_minimized", "families", 2, "у 2 – мінімізовано", service="social_support_sjo",
           group="completed_6_by_result", parent=c)
    p1 = f("served", "families", 3, "Соціальне супроводження ми здійснювали 3 прийомним сім'ям", service="social_support_foster")
    p2 = f("served", "families", 2, "2 дитячим будинкам сімейного типу", service="social_support_foster",
           label="дитячі будинки сімейного типу")
    f("served", "children", 17, "у яких виховується 17 дітей", service="social_support_foster", parent=p1,
      note="children of the 3 foster families and 2 ДБСТ together")
    ap = f("applied", "persons", 39, "Особисто до центру звернулися 39 осіб")
    ap1 = f("applied", "persons", 12, "з них 12 – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
            parent=ap)
    e = f("events", "events", 5, "Ми провели 5 тренінгів")
    f("event_participants", "persons", 61, "для 61 учасника", parent=e)
    f("served", "families", 40, "Сорока сім'ям ВПО передали 120 наборів гігієни",
      category="внутрішньо переміщені особи", label="гуманітарна допомога (набори гігієни)",
      note="number in words («Сорока»)")
    sa = f("staff_actual", "staff", 7, "У центрі працює 7 фахівців")
    sp = f("staff_positions", "positions", 8, "із 8 штатних посад")
    tr = f("staff_trained", "staff", 2, "двоє з них у серпні пройшли навчання", note="number in words")
    f("complaints", "complaints", 0, "Скарг від отримувачів за квартал не було.")
    st2 = f("support_started", "families", 9, "за квартал під супровід взято 9 сімей", service="social_support_sjo")

    g.slip("internal_conflict", "error", "за квартал під супровід взято 9 сімей", 9, 8, [st, st2],
           "the account of the quarter says 8 families were taken under social support, the conclusions say 9",
           f"{st} == {st2}")
    g.check("table_arithmetic", tl, "families/persons column: 96 + 118 + 21 + 5 + 7 = 247",
            " + ".join(x for x, _ in ids) + f" == {tf}")
    g.check("table_arithmetic", tl, "services column: 131 + 264 + 187 + 46 + 9 = 637",
            " + ".join(y for _, y in ids) + f" == {ts}")
    g.check("internal_conflict", "Під соціальним супроводом у кварталі перебувала 21 сім'я",
            "table row «Соціальний супровід (СЖО)» 21 = prose 21", f"{ids[2][0]} == {ss}")
    g.check("parts_sum", "у 4 сім'ях СЖО подолано, у 2 – мінімізовано", "4 + 2 = 6", f"{o1} + {o2} == {c}")
    g.check("parts_sum", "у 24 сім'ях виявлено СЖО, решта 34 сім'ї отримали разове консультування",
            "24 + 34 = 58 assessed ≤ 63 notified", f"{sj} + {oc} == {na} and {na} <= {n}")
    g.check("parts_sum", "У центрі працює 7 фахівців із 8 штатних посад", "2 trained ≤ 7 working ≤ 8 positions",
            f"{tr} <= {sa} <= {sp}")
    g.check("parts_sum", "Соціальне супроводження ми здійснювали 3 прийомним сім'ям та 2 дитячим будинкам сімейного типу",
            "3 + 2 = 5, the table row «Соціальне супроводження ПС/ДБСТ»", f"{p1} + {p2} == {ids[3][0]}")
    g.check("parts_sum", "з них 12 – внутрішньо переміщені особи", "12 ≤ 39", f"{ap1} <= {ap}")

    sk = g.skip
    sk("55401, Миколаївська обл., смт Братське, вул. Миру, 52", [55401, 52], "postcode, address")
    sk("тел. (05131) 0-91-26, ЄДРПОУ 44603718", [5131, 9126, 44603718], "phone, ЄДРПОУ")
    sk("Вих. № 187 від 03.10.2025", [187, 3, 10, 2025], "outgoing number and date")
    sk("за III квартал 2025 року", [2025], "period")
    sk("За липень – вересень 2025 року", [2025], "period")
    sk("(з початку року – 171)", [171], "cumulative January–September figure: not the quarter")
    sk("віком від 6 до 17 років", [6, 17], "ages")
    sk("Середня тривалість супроводу – 4,5 місяця.", [4.5], "duration")
    sk("Мобільна бригада кризового втручання здійснила 11 виїздів (2 з них – у нічний час).", [11, 2],
       "call-outs: no §3 id")
    sk("у вересні разом зі службою у справах дітей провели 5 планових відвідувань", [5], "home visits: no §3 id")
    sk("розмістили 14 інформаційних матеріалів", [14], "publications: no §3 id")
    sk("(24 години)", [24], "duration")
    sk("120 наборів гігієни", [120], "items handed out")
    sk("кількість повідомлень зросла порівняно з II кварталом (52)", [52], "previous quarter's figure")
    sk("У IV кварталі плануємо провести 6 тренінгів.", [6], "plan")
    sk("Гаряча лінія центру: 0 800 0-12-34 (безкоштовно)", [0, 800, 1234], "phone")

    g.note("the reader turns the pipe table into tab-separated rows (the dashed rules vanish); each row is quoted as printed; rows hang on the Усього cell of the same column")
    g.note("«з початку року – 171» covers January–September, not the quarter: skipped")
    g.note("«решта 34 сім'ї отримали разове консультування» → served counselling with a label")
    g.note("the two support_started rows (8 and 9) are both facts; the conflict is the planted slip")
    g.write()


if __name__ == "__main__":
    main()
