"""b45_08: ТЦСО Наркевицької селищної ради (Хмельницька), report for Q3 2025.
LESS COMMON STYLE 2: «за звітний період» (the quarter) and «з початку року» (cumulative) figures side by side,
in prose and in a table with columns план / за III квартал / наростаючим підсумком / % виконання. DOCX."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b45_08_narkevychi_tcso_q3_2025.docx"

TAB = [  # №, indicator, plan, quarter, cumulative, pct
    ("1", "Обслуговано осіб, усього", "400", "312", "389", "97,3"),
    ("", "у т.ч. відділенням соціальної допомоги вдома", "210", "176", "198", "94,3"),
    ("", "відділенням денного перебування", "60", "41", "57", "95,0"),
    ("", "відділенням адресної натуральної допомоги", "130", "98", "134", "103,1"),
    ("2", "Надано соціальних послуг", "36 000", "8 517", "26 904", "74,7"),
    ("3", "Взято на обслуговування, осіб", "–", "23", "71", "–"),
    ("4", "Знято з обслуговування, осіб", "–", "19", "54", "–"),
    ("5", "Соціальне таксі, осіб", "40", "9", "31", "77,5"),
    ("6", "Натуральна допомога, тис. грн", "250,0", "61,4", "187,9", "75,2"),
    ("7", "Надходження від платних послуг, тис. грн", "120,0", "33,8", "92,6", "77,2"),
]

HEAD = [
    "Територіальний центр соціального обслуговування (надання соціальних послуг) Наркевицької селищної ради",
    "31220, Хмельницька обл., Хмельницький р-н, селище Наркевичі, вул. Центральна, 27, тел. (03855) 0-31-62, ЄДРПОУ 40368172",
    "№ 287 від 06.10.2025",
    "Відділ соціального захисту населення Наркевицької селищної ради",
    "ЗВІТ про виконання показників діяльності територіального центру за III квартал 2025 року",
    "Показники на 2025 рік затверджено рішенням сесії селищної ради від 20.12.2024 № 41-52/2024. У громаді проживає 5 214 осіб пенсійного віку.",
    "У III кварталі 2025 року територіальним центром обслуговано 312 осіб, а з початку року – 389 осіб (річний план – 400 осіб, виконання 97,3 %).",
    "За квартал надано 8 571 соціальну послугу (з початку року – 26 904): у липні – 2 846, у серпні – 2 791, у вересні – 2 880.",
    "З початку року взято на обслуговування 71 особу, з них у III кварталі – 23. Знято з обслуговування 54 особи з початку року; у звітному кварталі знято 19 осіб: у зв'язку зі смертю – 12, через переїзд – 4, у зв'язку з влаштуванням до інтернатного закладу – 3.",
    "Таблиця 1. Виконання основних показників (станом на 30.09.2025)",
]
TAIL = [
    "Натуральну допомогу (продуктові набори, засоби гігієни, дрова) видано на 61,4 тис. грн; з початку року – на 187,9 тис. грн. Видано 146 продуктових наборів. Вартість однієї поїздки соціального таксі – 12 грн/км.",
    "У вересні проведено анкетування 64 отримувачів послуги догляду вдома; задоволені якістю послуги 95,3 % опитаних.",
    "Станом на 30.09.2025 штатна чисельність – 27 посад, фактично працює 25 працівників. У III кварталі скарг не надходило (з початку року – 1 скарга).",
    "Директор                                  (підпис)",
    "Виконавець: бухгалтер, тел. (03855) 0-31-64",
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for s in HEAD:
        d.add_paragraph(s)
    t = d.add_table(rows=len(TAB) + 1, cols=6)
    t.style = "Table Grid"
    hdr = ["№ з/п", "Показник", "План на 2025 рік", "За III квартал", "Наростаючим підсумком з початку року",
           "% виконання річного плану"]
    for j, c in enumerate(hdr):
        t.cell(0, j).text = c
    for i, r in enumerate(TAB, start=1):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    for s in TAIL:
        d.add_paragraph(s)
    fix_docx_props(d, author="ТЦСО")
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Наркевицької селищної ради",
        "centre_type": "tcso", "settlement": "Наркевичі", "oblast": "Хмельницька",
        "report_kind": "period_report", "period_start": "2025-07-01", "period_end": "2025-09-30"},
        {"centre": ["Територіальний центр соціального обслуговування Наркевицької селищної ради"],
         "period_start": ["2025-01-01"]})
    n = lambda i: i[1:]
    q = {r[1]: "\t".join(r) for r in TAB}
    num = lambda s: int(s.replace(" ", ""))
    # table: the «За III квартал» column only
    t1 = g.f("served", "persons", 312, q["Обслуговано осіб, усього"], label="Обслуговано осіб, усього")
    t1a = g.f("served", "persons", 176, q["у т.ч. відділенням соціальної допомоги вдома"], service="home_care",
              district="відділення соціальної допомоги вдома", group="served_q3_312_by_department", parent=t1)
    t1b = g.f("served", "persons", 41, q["відділенням денного перебування"], service="day_care",
              district="відділення денного перебування", group="served_q3_312_by_department", parent=t1)
    t1c = g.f("served", "persons", 98, q["відділенням адресної натуральної допомоги"], service="natural_aid",
              district="відділення адресної натуральної допомоги", group="served_q3_312_by_department", parent=t1)
    t2 = g.f("services_provided", "services", 8517, q["Надано соціальних послуг"])
    t3 = g.f("served", "persons", 23, q["Взято на обслуговування, осіб"], label="взято на обслуговування",
             alt=["registered_new", "support_started"])
    t4 = g.f("deregistered", "persons", 19, q["Знято з обслуговування, осіб"])
    t5 = g.f("served", "persons", 9, q["Соціальне таксі, осіб"], service="social_taxi")
    t6 = g.f("aid_value", "uah", 61400, q["Натуральна допомога, тис. грн"], label="натуральна допомога")
    t7 = g.f("budget_received", "uah", 33800, q["Надходження від платних послуг, тис. грн"],
             label="надходження від платних послуг")
    # prose
    p1 = g.f("served", "persons", 312, "У III кварталі 2025 року територіальним центром обслуговано 312 осіб")
    p2 = g.f("services_provided", "services", 8571, "За квартал надано 8 571 соціальну послугу")
    m = [g.f("services_provided", "services", v, s, label=lab, group="services_q3_by_month", parent=t2)
         for v, s, lab in ((2846, "у липні – 2 846", "липень"), (2791, "у серпні – 2 791", "серпень"),
                           (2880, "у вересні – 2 880", "вересень"))]
    p3 = g.f("served", "persons", 23, "з них у III кварталі – 23", label="взято на обслуговування",
             alt=["registered_new", "support_started"])
    p4 = g.f("deregistered", "persons", 19, "у звітному кварталі знято 19 осіб")
    d1 = g.f("deregistered", "persons", 12, "у зв'язку зі смертю – 12", label="у зв'язку зі смертю",
             group="deregistered_q3_19_by_reason", parent=p4)
    d2 = g.f("deregistered", "persons", 4, "через переїзд – 4", label="переїзд", group="deregistered_q3_19_by_reason",
             parent=p4)
    d3 = g.f("deregistered", "persons", 3, "у зв'язку з влаштуванням до інтернатного закладу – 3",
             label="влаштування до інтернатного закладу", group="deregistered_q3_19_by_reason", parent=p4)
    p6 = g.f("aid_value", "uah", 61400, "видано на 61,4 тис. грн", label="натуральна допомога")
    sr = g.f("survey_respondents", "recipients", 64, "проведено анкетування 64 отримувачів послуги догляду вдома",
             unit_alt="persons", service="home_care")
    sat = g.f("satisfaction", "percent", 95.3, "задоволені якістю послуги 95,3 % опитаних")
    sp = g.f("staff_positions", "positions", 27, "штатна чисельність – 27 посад")
    sa = g.f("staff_actual", "staff", 25, "фактично працює 25 працівників")
    cm = g.f("complaints", "complaints", 0, "У III кварталі скарг не надходило")

    g.slip("table_arithmetic", "error", q["Обслуговано осіб, усього"], 315, 312, [t1, t1a, t1b, t1c],
           "the three departments' «За III квартал» cells sum to 315 (176 + 41 + 98), the «усього» row says 312 (and "
           "so does the prose). The «наростаючим підсумком» column adds up (198 + 57 + 134 = 389), as does the plan "
           "(210 + 60 + 130 = 400)", f"f{n(t1a)} + f{n(t1b)} + f{n(t1c)} == f{n(t1)}", slip=1)
    g.slip("internal_conflict", "error", "За квартал надано 8 571 соціальну послугу", 8571, 8517, [p2, t2],
           "the prose gives 8 571 services for the quarter, table 1 gives 8 517; the monthly figures 2 846 + 2 791 + "
           "2 880 = 8 517 side with the table", f"f{n(p2)} == f{n(t2)}", slip=2)
    g.check("parts_sum", "у липні – 2 846, у серпні – 2 791, у вересні – 2 880", "2 846 + 2 791 + 2 880 = 8 517 (table)",
            " + ".join(f"f{n(i)}" for i in m) + f" == f{n(t2)}")
    g.check("parts_sum", "у звітному кварталі знято 19 осіб", "12 + 4 + 3 = 19", f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(p4)}")
    g.check("internal_conflict", "територіальним центром обслуговано 312 осіб",
            "prose and table agree for the quarter: 312, 23 taken on, 19 removed, 61,4 тис. грн of aid",
            f"f{n(p1)} == f{n(t1)} and f{n(p3)} == f{n(t3)} and f{n(p4)} == f{n(t4)} and f{n(p6)} == f{n(t6)}")
    g.check("table_arithmetic", "Таблиця 1. Виконання основних показників",
            "cumulative ≥ quarter in every row (literals from the «наростаючим підсумком» column): 389, 198, 57, 134, "
            "26 904, 71, 54, 31, 187,9, 92,6 тис. грн",
            f"f{n(t1)} <= 389 and f{n(t1a)} <= 198 and f{n(t1b)} <= 57 and f{n(t1c)} <= 134 and f{n(t2)} <= 26904 and "
            f"f{n(t3)} <= 71 and f{n(t4)} <= 54 and f{n(t5)} <= 31 and f{n(t6)} <= 187900 and f{n(t7)} <= 92600")
    g.check("table_arithmetic", "Таблиця 1. Виконання основних показників",
            "the cumulative and plan columns add up: 198 + 57 + 134 = 389, 210 + 60 + 130 = 400 (literals; not facts)",
            "198 + 57 + 134 == 389 and 210 + 60 + 130 == 400")
    g.check("percent_mismatch", "Таблиця 1. Виконання основних показників",
            "% виконання = cumulative / plan: 389/400 = 97,25 → 97,3; 198/210 = 94,3; 57/60 = 95,0; 134/130 = 103,1; "
            "26 904/36 000 = 74,7; 31/40 = 77,5; 187,9/250,0 = 75,2; 92,6/120,0 = 77,2 (all literals)",
            "pct_ok(97.3, 389, 400, 1) and pct_ok(94.3, 198, 210, 1) and pct_ok(95.0, 57, 60, 1) and "
            "pct_ok(103.1, 134, 130, 1) and pct_ok(74.7, 26904, 36000, 1) and pct_ok(77.5, 31, 40, 1) and "
            "pct_ok(75.2, 1879, 2500, 1) and pct_ok(77.2, 926, 1200, 1)")
    g.check("percent_impossible", "задоволені якістю послуги 95,3 % опитаних", "61 of 64 = 95,3 %",
            f"grim_ok(f{n(sat)}, f{n(sr)}, 1)")
    g.check("parts_sum", "фактично працює 25 працівників", "25 ≤ 27", f"f{n(sa)} <= f{n(sp)}")

    g.skip("31220, Хмельницька обл., Хмельницький р-н, селище Наркевичі, вул. Центральна, 27, тел. (03855) 0-31-62, ЄДРПОУ 40368172",
           [31220, 27, 3855, 3162, 40368172], "postcode, address, phone, ЄДРПОУ")
    g.skip("№ 287 від 06.10.2025", [287, 6, 10, 2025], "outgoing number and date")
    g.skip("рішенням сесії селищної ради від 20.12.2024 № 41-52/2024", [20, 12, 2024, 41, 52, 2024],
           "decision date and number")
    g.skip("У громаді проживає 5 214 осіб пенсійного віку.", [5214], "population")
    g.skip("а з початку року – 389 осіб (річний план – 400 осіб, виконання 97,3 %)", [389, 400, 97.3],
           "cumulative since 1 January (a longer period than the report's quarter), annual plan, % of plan")
    g.skip("(з початку року – 26 904)", [26904], "cumulative since 1 January")
    g.skip("З початку року взято на обслуговування 71 особу", [71], "cumulative since 1 January")
    g.skip("Знято з обслуговування 54 особи з початку року", [54], "cumulative since 1 January")
    g.skip("Таблиця 1. Виконання основних показників (станом на 30.09.2025)", [1, 30, 9, 2025], "table number, date")
    for r in TAB:
        vals = [float(x.replace(" ", "").replace(",", ".")) for x in (r[0], r[2], r[4], r[5]) if x not in ("–", "")]
        g.skip(q[r[1]], [int(v) if v.is_integer() else v for v in vals],
               "table 1: plan, cumulative («наростаючим підсумком») and % of the annual plan are not the quarter's "
               "figures" + ("; row number" if r[0] else ""))
    g.skip("з початку року – на 187,9 тис. грн", [187900], "cumulative since 1 January")
    g.skip("Видано 146 продуктових наборів.", [146], "items (food sets)")
    g.skip("Вартість однієї поїздки соціального таксі – 12 грн/км.", [12], "tariff")
    g.skip("Станом на 30.09.2025 штатна чисельність", [30, 9, 2025], "date")
    g.skip("(з початку року – 1 скарга)", [1], "cumulative since 1 January")
    g.skip("Виконавець: бухгалтер, тел. (03855) 0-31-64", [3855, 3164], "phone")
    g.note("LESS COMMON STYLE 2. The document's period is the quarter: the title says «за III квартал 2025 року», the "
           "table's own column is «За III квартал», and the cumulative column is labelled as running «з початку року». "
           "So meta has 2025-07-01..2025-09-30 and only the quarter's figures are facts. The cumulative figures "
           "(01.01–30.09.2025) cover a different, longer period: they are skipped, like other periods' figures, and "
           "used as literals in checks (cumulative ≥ quarter, % виконання = cumulative / plan). Plans and % of the "
           "annual plan are skipped. meta_alt accepts period_start 2025-01-01 for a reader who takes the cumulative "
           "columns as the report's figures.")
    g.note("point-in-time figures stated «станом на 30.09.2025» (staff) are the report period's (its end date). "
           "«У III кварталі скарг не надходило» → complaints 0; the cumulative «з початку року – 1 скарга» is skipped.")
    g.note("the monthly services (липень, серпень, вересень) are parts of the quarter's services (sub-periods of the "
           "report period): facts with a label, grouped under the table's quarter cell 8 517.")
    g.note("figures written in the prose and in the table are two facts each (312, 23, 19, 61,4 тис. грн; the "
           "services 8 571 vs 8 517 are the planted conflict).")
    g.note("«Взято на обслуговування» → served (alt registered_new, support_started) with a label; «Знято з "
           "обслуговування» → deregistered with reasons as labelled parts.")
    g.note("planted slips: (1) the quarter's department cells 176 + 41 + 98 = 315 ≠ 312; (2) services 8 571 in the "
           "prose vs 8 517 in the table.")
    g.write()


if __name__ == "__main__":
    build(report_path(NAME))
    gold()
