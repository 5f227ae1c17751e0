"""b47_08: КУ «ЦНСП» Петропавлівської селищної ради, information for 9 months of 2024.
Less common style 2: every figure paired with last year's by a slash («214/187»), in prose and in
a table (DOCX, first person plural)."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b47_08_petropavlivka_cnsp_9m2024.docx"

P = [
    ("c", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ПЕТРОПАВЛІВСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("p", "52712, смт Петропавлівка, вул. Центральна, 52, тел. (05631) 0-51-09, код ЄДРПОУ 44385016"),
    ("p", "вих. № 02-14/512 від 07.10.2024"),
    ("c", "ІНФОРМАЦІЯ про роботу Центру за 9 місяців 2024 року"),
    ("i", "(показники наведено у форматі «2024/2023»: 9 місяців поточного року / 9 місяців попереднього року)"),
    ("b", "Звернення та оцінка потреб"),
    ("p", "За 9 місяців до нас звернулося 214/187 осіб (+27 осіб, або +14,4 %), у т. ч. ВПО – 63/71. Оцінку потреб ми провели 96/88 особам/сім'ям."),
    ("b", "Надання соціальних послуг"),
    ("p", "Соціальні послуги Центр надав 648/602 отримувачам, усього надано 9 127/8 540 послуг, тобто на 587 послуг (6,9 %) більше. Розподіл за послугами – у таблиці (у 2024/2023)."),
    ("T", None),
    ("b", "Соціальний супровід"),
    ("p", "Під соціальним супроводом перебувало 26/25 сімей (у них 49/47 дітей). Взято під супровід 17/15 сімей, завершено надання послуги 14/12 сім'ям, з них: з позитивним результатом – 10/8, з мінімізацією СЖО – 3/3, без результату – 1/1."),
    ("b", "Групова робота, допомога"),
    ("p", "Проведено 18/12 групових заходів для дітей віком 6–17 років та їхніх батьків, участь взяли 246/170 осіб. Видано 310/280 продуктових наборів на суму 186,0/151,2 тис. грн."),
    ("b", "Якість послуг"),
    ("p", "У вересні опитано 73/60 отримувачів, якістю послуг задоволені 91,8 %/88,3 %. Скарг – 0/1."),
    ("b", "Кадри та фінансування"),
    ("p", "Штат – 24/24 посади, працює 21/23 працівник; підвищили кваліфікацію 6/4. План видатків на 9 місяців – 6 503,8/5 927,6 тис. грн, касові видатки – 6 412,7/5 803,2 тис. грн (98,6 %/97,9 %)."),
    ("b", "Висновки"),
    ("p", "За 9 місяців 2024 року соціальним супроводом охоплено 28/25 сімей, кількість звернень зросла, зменшилася кількість звернень ВПО. Завдання на IV квартал – забезпечити 100 % охоплення оцінкою потреб сімей, які звернулися."),
]

TABLE = [
    ["№", "Послуга", "Отримувачів, осіб (2024/2023)", "Надано послуг (2024/2023)"],
    ["1", "Консультування", "301/276", "1 203/1 110"],
    ["2", "Інформування", "158/149", "612/577"],
    ["3", "Догляд вдома", "87/84", "6 540/6 212"],
    ["4", "Соціальна адаптація", "34/29", "301/255"],
    ["5", "Натуральна допомога", "42/39", "95/81"],
    ["6", "Соціальний супровід сімей (осіб) у СЖО", "26/25", "376/305"],
    ["Разом", "", "648/602", "9 127/8 540"],
]
SVC = {"Консультування": "counselling", "Інформування": "informing", "Догляд вдома": "home_care",
       "Соціальна адаптація": "social_adaptation", "Натуральна допомога": "natural_aid",
       "Соціальний супровід сімей (осіб) у СЖО": "social_support_sjo"}


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for kind, text in P:
        if kind == "c":
            para = d.add_paragraph()
            para.alignment = 1
            para.add_run(text).bold = True
        elif kind == "b":
            para = d.add_paragraph()
            para.add_run(text).underline = True
        elif kind == "i":
            para = d.add_paragraph()
            para.alignment = 1
            para.add_run(text).italic = True
        elif kind == "p":
            d.add_paragraph(text)
        else:
            t = d.add_table(rows=len(TABLE), cols=4)
            t.style = "Table Grid"
            for i, row in enumerate(TABLE):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            last = len(TABLE) - 1
            t.cell(last, 0).merge(t.cell(last, 1))
            t.cell(last, 0).text = "Разом"
    fix_docx_props(d, "ЦНСП")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path, when=(2024, 10, 7, 11, 0, 0))


def first(s):
    return int(s.split("/")[0].replace(" ", ""))


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Петропавлівської селищної ради",
        "centre_type": "cnsp", "settlement": "Петропавлівка",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-09-30",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Петропавлівської селищної ради",
                   "КУ «Центр надання соціальних послуг» Петропавлівської селищної ради"]})
    f = g.f
    ap = f("applied", "persons", 214, "до нас звернулося 214/187 осіб")
    idp = f("applied", "persons", 63, "у т. ч. ВПО – 63/71", category="внутрішньо переміщені особи", parent=ap)
    na = f("needs_assessed", "families_persons", 96, "Оцінку потреб ми провели 96/88 особам/сім'ям")
    sv = f("served", "recipients", 648, "Соціальні послуги Центр надав 648/602 отримувачам", unit_alt="persons")
    sp = f("services_provided", "services", 9127, "усього надано 9 127/8 540 послуг")
    tq = "Разом\t648/602\t9 127/8 540"
    ts = f("served", "persons", 648, tq, label="Разом (таблиця)")
    tp = f("services_provided", "services", 9127, tq, label="Разом (таблиця)")
    rid = []
    for n, name, a, b in TABLE[1:-1]:
        q = "\t".join([n, name, a, b])
        x = f("served", "persons", first(a), q, service=SVC[name], label=name, group="table_recipients_2024", parent=ts)
        y = f("services_provided", "services", first(b), q, service=SVC[name], label=name, group="table_services_2024", parent=tp)
        rid.append((x, y))
    su = f("served", "families", 26, "Під соціальним супроводом перебувало 26/25 сімей", service="social_support_sjo", alt=["support_ongoing"])
    suc = f("served", "children", 49, "(у них 49/47 дітей)", service="social_support_sjo", alt=["support_ongoing"], parent=su)
    ss = f("support_started", "families", 17, "Взято під супровід 17/15 сімей", service="social_support_sjo", parent=su)
    sc = f("support_completed", "families", 14, "завершено надання послуги 14/12 сім'ям", service="social_support_sjo", parent=su)
    o1 = f("outcome_positive", "families", 10, "з позитивним результатом – 10/8", group="completed_14_by_outcome", parent=sc)
    o2 = f("outcome_minimized", "families", 3, "з мінімізацією СЖО – 3/3", group="completed_14_by_outcome", parent=sc)
    o3 = f("outcome_negative", "families", 1, "без результату – 1/1", group="completed_14_by_outcome", parent=sc)
    ev = f("events", "events", 18, "Проведено 18/12 групових заходів")
    evp = f("event_participants", "persons", 246, "участь взяли 246/170 осіб", parent=ev)
    av = f("aid_value", "uah", 186000, "на суму 186,0/151,2 тис. грн", service="natural_aid", label="продуктові набори")
    sr = f("survey_respondents", "persons", 73, "опитано 73/60 отримувачів", unit_alt="recipients")
    sat = f("satisfaction", "percent", 91.8, "якістю послуг задоволені 91,8 %/88,3 %", alt=["share"])
    cm = f("complaints", "complaints", 0, "Скарг – 0/1.")
    spp = f("staff_positions", "positions", 24, "Штат – 24/24 посади")
    sa = f("staff_actual", "staff", 21, "працює 21/23 працівник")
    tr = f("staff_trained", "staff", 6, "підвищили кваліфікацію 6/4")
    bp = f("budget_approved", "uah", 6503800, "План видатків на 9 місяців – 6 503,8/5 927,6 тис. грн", label="план видатків на 9 місяців")
    bs = f("budget_spent", "uah", 6412700, "касові видатки – 6 412,7/5 803,2 тис. грн (98,6 %/97,9 %)", percent=98.6)
    su2 = f("served", "families", 28, "соціальним супроводом охоплено 28/25 сімей", service="social_support_sjo", alt=["support_ongoing"],
            note="the conclusions repeat the families under support with a different 2024 figure (see audit)")

    g.check("table_arithmetic", tq, "recipients 2024: 301 + 158 + 87 + 34 + 42 + 26 = 648", " + ".join(r[0] for r in rid) + f" == {ts}")
    g.check("table_arithmetic", tq, "services 2024: 1 203 + 612 + 6 540 + 301 + 95 + 376 = 9 127", " + ".join(r[1] for r in rid) + f" == {tp}")
    g.check("table_arithmetic", tq, "2023 columns (literals, not facts): 276 + 149 + 84 + 29 + 39 + 25 = 602; 1 110 + 577 + 6 212 + 255 + 81 + 305 = 8 540",
            "276 + 149 + 84 + 29 + 39 + 25 == 602 and 1110 + 577 + 6212 + 255 + 81 + 305 == 8540")
    g.check("internal_conflict", "Соціальні послуги Центр надав 648/602 отримувачам", "prose 648 / 9 127 = table Разом",
            f"{sv} == {ts} and {sp} == {tp}")
    g.check("internal_conflict", "6\tСоціальний супровід сімей (осіб) у СЖО\t26/25\t376/305", "table row 6 (26) = 26 families in the support paragraph",
            f"{rid[5][0]} == {su}")
    g.check("parts_sum", "з позитивним результатом – 10/8, з мінімізацією СЖО – 3/3, без результату – 1/1", "10 + 3 + 1 = 14; 14 ≤ 26; 17 ≤ 26",
            f"{o1} + {o2} + {o3} == {sc} and {sc} <= {su} and {ss} <= {su}")
    g.check("parts_sum", "(+27 осіб, або +14,4 %)", "214 − 187 = 27; 27/187 = 14,44 % (prior-year literal)",
            f"{ap} - 187 == 27 and pct_ok(14.4, 27, 187, 1)")
    g.check("parts_sum", "тобто на 587 послуг (6,9 %) більше", "9 127 − 8 540 = 587; 587/8 540 = 6,87 %",
            f"{sp} - 8540 == 587 and pct_ok(6.9, 587, 8540, 1)")
    g.check("percent_impossible", "якістю послуг задоволені 91,8 %/88,3 %", "67 of 73 = 91,78 % → 91,8", f"grim_ok({sat}, {sr}, 1)")
    g.check("percent_mismatch", "касові видатки – 6 412,7/5 803,2 тис. грн (98,6 %/97,9 %)", "6 412,7 / 6 503,8 = 98,60 %",
            f"pct_ok(p{bs[1:]}, {bs}, {bp}, 1)")
    g.check("parts_sum", "у т. ч. ВПО – 63/71", "63 ≤ 214; 96 assessed ≤ 214; 21 staff ≤ 24; 6 trained ≤ 21",
            f"{idp} <= {ap} and {na} <= {ap} and {sa} <= {spp} and {tr} <= {sa}")
    g.slip("internal_conflict", "error", "соціальним супроводом охоплено 28/25 сімей", 28, 26, [su2, su, rid[5][0]],
           "the conclusions say 28 families were under social support in 9 months of 2024, but the support paragraph and table row 6 say 26 (the 2023 figure, 25, agrees in both places)",
           f"{su2} == {su}")

    g.skip("52712, смт Петропавлівка, вул. Центральна, 52, тел. (05631) 0-51-09, код ЄДРПОУ 44385016", [52712, 52, 5631, 5109, 44385016],
           "postcode, address, phone, ЄДРПОУ")
    g.skip("вих. № 02-14/512 від 07.10.2024", [2, 14, 512, 7, 10, 2024], "outgoing number and date")
    g.skip("ІНФОРМАЦІЯ про роботу Центру за 9 місяців 2024 року", [9, 2024], "period")
    g.skip("(показники наведено у форматі «2024/2023»: 9 місяців поточного року / 9 місяців попереднього року)", [2024, 2023, 9, 9],
           "format legend: years and period length")
    g.skip("За 9 місяців до нас звернулося 214/187 осіб", [9], "period length")
    g.skip("(+27 осіб, або +14,4 %)", [27, 14.4], "difference from 2023 and growth rate (not a share)")
    g.skip("тобто на 587 послуг (6,9 %) більше", [587, 6.9], "difference from 2023 and growth rate")
    g.skip("Розподіл за послугами – у таблиці (у 2024/2023).", [2024, 2023], "years")
    g.skip("№\tПослуга\tОтримувачів, осіб (2024/2023)\tНадано послуг (2024/2023)", [2024, 2023, 2024, 2023], "header years")
    g.skip("1\tКонсультування\t301/276\t1 203/1 110", [1, 2, 3, 4, 5, 6], "table row numbers")
    g.skip("Разом\t648/602\t9 127/8 540", [276, 149, 84, 29, 39, 25, 602, 1110, 577, 6212, 255, 81, 305, 8540],
           "the second number of every table cell: 9 months of 2023 (prior-year figures)")
    g.skip("до нас звернулося 214/187 осіб", [187, 71, 88, 602, 8540, 25, 47, 15, 12, 8, 3, 1, 12, 170, 280, 151200, 60, 88.3, 1, 24, 23, 4,
                                            5927600, 5803200, 97.9, 25],
           "the second number of every prose pair (after the slash): the 2023 figures")
    g.skip("для дітей віком 6–17 років", [6, 17], "ages")
    g.skip("Видано 310/280 продуктових наборів", [310, 280], "items (food sets)")
    g.skip("За 9 місяців 2024 року соціальним супроводом", [9, 2024], "period")
    g.skip("Завдання на IV квартал – забезпечити 100 % охоплення оцінкою потреб сімей, які звернулися.", [100], "plan/target")
    g.note("slash pairs «A/B» are «2024/2023» as the legend says: A (9 months of 2024, the report period) is the fact, B (9 months of 2023) is a prior-year figure and goes to skipped; in the table each cell's first number is a fact quoted by its row")
    g.note("«Скарг – 0/1» → complaints 0 for 2024; «24/24 посади» → 24 positions")
    g.note("prose 648 «отримувачам» → unit recipients (alt persons); the table header says «осіб» → persons. Both 648 and 9 127 are written twice (prose, table Разом): two facts each")
    g.note("the 26 families under support are written twice (paragraph, table row 6) and a third time as 28 in the conclusions: three facts, one internal_conflict")
    g.note("budget in тис. грн stored in hryvnias; «План видатків на 9 місяців» → budget_approved with a label; no KEKV")
    g.write()


if __name__ == "__main__":
    build()
    gold()
