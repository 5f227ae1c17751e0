"""b55_08: ТЦСО (надання соціальних послуг) Підволочиської селищної ради (Тернопільська), annual report 2024.
LESS COMMON STYLE 2: the figures are given as a chain of plan/fact comparisons and differences («план – 180,
фактично 176 (97,8 % плану), що на 12 більше, ніж у 2023 році; темп росту – 107,3 %», «відхилення –4»,
«недовиконання пояснюється …»), in prose and in a DOCX table «план | факт | відхилення | % виконання».
Gold decision: the факт figures are facts (with the % виконання as their `percent`); plans, deviations, other
years' figures and growth rates are skipped (and used as literals in checks); the expenditure «план (кошторисні
призначення)» is the approved allocation → budget_approved.
Planted slips: percent_mismatch (social taxi 49 of plan 60 written as 86,7 % in the prose; the table has 81,7)
and table_arithmetic (row 8: 12 − 15 is −3, written −4)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b55_08_pidvolochysk_tcso_annual2024.docx"

ROWS = [
    ("1", "Отримувачі послуги догляду вдома, осіб", "180", "176", "–4", "97,8"),
    ("2", "Отримувачі послуги денного догляду, осіб", "40", "43", "+3", "107,5"),
    ("3", "Отримувачі натуральної допомоги, осіб", "300", "318", "+18", "106,0"),
    ("4", "Отримувачі послуги «соціальне таксі», осіб", "60", "49", "–11", "81,7"),
    ("5", "Кількість наданих соціальних послуг, од.", "27 000", "27 916", "+916", "103,4"),
    ("6", "Проведено оцінок потреб, осіб", "120", "131", "+11", "109,2"),
    ("7", "Групові заходи, од.", "36", "38", "+2", "105,6"),
    ("8", "Працівники, які підвищили кваліфікацію, осіб", "15", "12", "–4", "80,0"),
]
ROW_FACT = [("served", "persons", "home_care"), ("served", "persons", "day_care"), ("served", "persons", "natural_aid"),
            ("served", "persons", "social_taxi"), ("services_provided", "services", None), ("needs_assessed", "persons", None),
            ("events", "events", None), ("staff_trained", "staff", None)]

BEFORE = [
    ("c", "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)\nПІДВОЛОЧИСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "47801, Тернопільська обл., смт Підволочиськ, вул. Патріарха Мстислава, 27; тел. (03543) 0-21-74; ЄДРПОУ 40128563"),
    ("h", "ЗВІТ\nпро виконання планових показників діяльності за 2024 рік"),
    ("p", "Планові показники на 2024 рік затверджено рішенням виконавчого комітету селищної ради від 22.12.2023 № 287 "
          "відповідно до програми «Турбота» на 2024–2026 роки. Територіальний центр обслуговує 58 населених пунктів громади."),
    ("p", "1. Догляд вдома. План на 2024 рік – 180 осіб, фактично обслуговано 176 осіб (97,8 % плану), що на 12 більше, "
          "ніж у 2023 році (164 особи); темп росту – 107,3 %. Недовиконання плану на 4 особи пояснюється смертю підопічних у "
          "IV кварталі та тривалим оформленням документів новими заявниками."),
    ("p", "2. Денний догляд: план – 40, факт – 43 особи (107,5 %), відхилення +3."),
    ("p", "3. Натуральна допомога: при плані 300 осіб допомогу отримали 318 осіб (106,0 %), на 27 осіб більше, ніж торік."),
    ("p", "4. Соціальне таксі: за плану 60 осіб послугою скористалися 49 осіб, виконання становить 86,7 %. Відставання від плану "
          "на 11 осіб зумовлене ремонтом службового автомобіля протягом 5 тижнів."),
    ("p", "5. Кількість наданих соціальних послуг за рік – 27 916 при плановому показнику 27 000 (103,4 %); темп росту до 2023 "
          "року – 104,1 %."),
    ("p", "6. Проведено 38 групових заходів, участь у них взяли 612 осіб."),
    ("p", "Зведені показники наведено в таблиці."),
]
AFTER = [
    ("p", "Протягом року до територіального центру звернулося 214 осіб (план не встановлюється). Взято на обслуговування 41 особу, "
          "знято з обслуговування 37 осіб (у 2023 році – 33, різниця +4)."),
    ("p", "Видатки загального фонду: план (кошторисні призначення) – 11 486,2 тис. грн, касове виконання – 11 302,7 тис. грн "
          "(98,4 %), відхилення –183,5 тис. грн (економія по КЕКВ 2273 через менше споживання електроенергії)."),
    ("p", "Надходження до спеціального фонду від платних послуг: план – 210,0 тис. грн, факт – 236,4 тис. грн (112,6 %)."),
    ("p", "Штатна чисельність – 52 посади, фактично працює 48 працівників; відхилення –4 (вакансії соціальних робітників). "
          "Надійшла 1 скарга (торік – 3), відхилення –2."),
    ("p", "Планові показники на 2025 рік: догляд вдома – 185 осіб, соціальне таксі – 65 осіб."),
    ("p", "Директор                                                      (підпис)                             20.01.2025"),
]

def build(path):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
    def para(kind, text):
        p = d.add_paragraph()
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold = kind in ("h", "c")
            if i < len(lines) - 1:
                r.add_break()
        if kind in ("h", "c"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, t in BEFORE:
        para(k, t)
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["№", "Показник", "план", "факт", "відхилення", "% виконання"]):
        c.text = h
    for r in ROWS:
        for c, v in zip(t.add_row().cells, r):
            c.text = v
    for k, t_ in AFTER:
        para(k, t_)
    fix_docx_props(d, "ТЦСО")
    d.save(path)
    freeze_zip(path)

def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Підволочиської селищної ради",
        "centre_type": "tcso", "settlement": "Підволочиськ", "oblast": "Тернопільська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Територіальний центр соціального обслуговування Підволочиської селищної ради"]})
    f = g.f
    n = lambda x: x[1:]
    num = lambda s: (lambda v: int(v) if v.is_integer() else v)(float(s.replace(" ", "").replace(",", ".")))
    hc = f("served", "persons", 176, "фактично обслуговано 176 осіб (97,8 % плану)", percent=97.8, service="home_care")
    dc = f("served", "persons", 43, "факт – 43 особи (107,5 %)", percent=107.5, service="day_care")
    nat = f("served", "persons", 318, "допомогу отримали 318 осіб (106,0 %)", percent=106, service="natural_aid")
    tx = f("served", "persons", 49, "послугою скористалися 49 осіб, виконання становить 86,7 %", percent=86.7, service="social_taxi")
    sv = f("services_provided", "services", 27916, "Кількість наданих соціальних послуг за рік – 27 916", percent=103.4)
    ev = f("events", "events", 38, "Проведено 38 групових заходів")
    f("event_participants", "persons", 612, "участь у них взяли 612 осіб", parent=ev)
    T = []
    for r, (ind, unit, svc) in zip(ROWS, ROW_FACT):
        q = "\t".join(r)
        T.append(f(ind, unit, num(r[3]), q, percent=num(r[5]), service=svc, label=r[1]))
    f("applied", "persons", 214, "звернулося 214 осіб")
    f("served", "persons", 41, "Взято на обслуговування 41 особу", alt=["registered_new", "support_started"], label="взято на обслуговування")
    f("deregistered", "persons", 37, "знято з обслуговування 37 осіб")
    ba = f("budget_approved", "uah", 11486200, "план (кошторисні призначення) – 11 486,2 тис. грн", label="загальний фонд")
    bs = f("budget_spent", "uah", 11302700, "касове виконання – 11 302,7 тис. грн (98,4 %)", percent=98.4, label="загальний фонд")
    be = f("budget_savings", "uah", 183500, "відхилення –183,5 тис. грн (економія по КЕКВ 2273", label="загальний фонд",
           note="the deviation is named «економія»; stored positive. It is the fund's total, so no kekv: КЕКВ 2273 is named as its cause")
    br = f("budget_received", "uah", 236400, "факт – 236,4 тис. грн (112,6 %)", percent=112.6, label="спеціальний фонд, платні послуги")
    pos = f("staff_positions", "positions", 52, "Штатна чисельність – 52 посади")
    act = f("staff_actual", "staff", 48, "фактично працює 48 працівників")
    f("complaints", "complaints", 1, "Надійшла 1 скарга")

    g.slip("percent_mismatch", "error", "за плану 60 осіб послугою скористалися 49 осіб, виконання становить 86,7 %",
           86.7, 81.7, [tx], "49 of the plan of 60 is 81,67 % → 81,7 % (as the table's row 4 says), not 86,7 %",
           f"pct_ok(p{n(tx)}, f{n(tx)}, 60, 1)", slip=1)
    q8 = "\t".join(ROWS[7])
    g.slip("table_arithmetic", "error", q8, -4, -3, [T[7]],
           "row 8: відхилення = факт − план = 12 − 15 = −3, but the table says −4 (the % виконання 80,0 fits −3)",
           f"f{n(T[7])} - 15 == -4", slip=2)
    plans = [num(r[2]) for r in ROWS]
    devs = [int(r[4].replace("–", "-").replace("+", "")) for r in ROWS]
    g.check("table_arithmetic", "\t".join(ROWS[0]), "відхилення = факт − план holds in rows 1–7 (plans and deviations as literals)",
            "all([" + ", ".join(f"f{n(T[i])} - {plans[i]} == {devs[i]}" for i in range(7)) + "])")
    g.check("percent_mismatch", "\t".join(ROWS[0]), "% виконання = факт / план in all eight rows (plans as literals)",
            "all([" + ", ".join(f"pct_ok(p{n(T[i])}, f{n(T[i])}, {plans[i]}, 1)" for i in range(8)) + "])")
    g.check("percent_mismatch", "фактично обслуговано 176 осіб (97,8 % плану)",
            "prose: 176/180 = 97,8; 43/40 = 107,5; 318/300 = 106,0; 27 916 / 27 000 = 103,4",
            f"pct_ok(p{n(hc)}, f{n(hc)}, 180, 1) and pct_ok(p{n(dc)}, f{n(dc)}, 40, 1) and pct_ok(p{n(nat)}, f{n(nat)}, 300, 1) and pct_ok(p{n(sv)}, f{n(sv)}, 27000, 1)")
    g.check("parts_sum", "що на 12 більше, ніж у 2023 році (164 особи); темп росту – 107,3 %",
            "176 − 164 = 12 and 176 / 164 = 107,3 % (other-year figure and growth as literals); shortfall 180 − 176 = 4",
            f"f{n(hc)} - 164 == 12 and pct_ok(107.3, f{n(hc)}, 164, 1) and 180 - f{n(hc)} == 4")
    g.check("parts_sum", "Відставання від плану на 11 осіб", "60 − 49 = 11", f"60 - f{n(tx)} == 11")
    g.check("internal_conflict", "\t".join(ROWS[0]),
            "the table's факт column repeats the prose figures (176, 43, 318, 49, 27 916, 38)",
            f"[f{n(T[0])}, f{n(T[1])}, f{n(T[2])}, f{n(T[3])}, f{n(T[4])}, f{n(T[6])}] == [f{n(hc)}, f{n(dc)}, f{n(nat)}, f{n(tx)}, f{n(sv)}, f{n(ev)}]")
    g.check("table_arithmetic", "відхилення –183,5 тис. грн", "11 486,2 − 11 302,7 = 183,5 тис. грн; 11 302,7 / 11 486,2 = 98,4 %",
            f"f{n(ba)} - f{n(bs)} == f{n(be)} and pct_ok(p{n(bs)}, f{n(bs)}, f{n(ba)}, 1)")
    g.check("percent_mismatch", "факт – 236,4 тис. грн (112,6 %)", "236,4 / 210,0 (plan as a literal) = 112,6 %",
            f"pct_ok(p{n(br)}, f{n(br)}, 210000, 1)")
    g.check("parts_sum", "фактично працює 48 працівників; відхилення –4", "48 − 52 = −4; 12 trained ≤ 48",
            f"f{n(act)} - f{n(pos)} == -4 and f{n(T[7])} <= f{n(act)}")

    g.skip("47801, Тернопільська обл., смт Підволочиськ, вул. Патріарха Мстислава, 27; тел. (03543) 0-21-74; ЄДРПОУ 40128563",
           [47801, 27, 3543, 2174, 40128563], "postcode, address, phone, ЄДРПОУ")
    g.skip("про виконання планових показників діяльності за 2024 рік", [2024], "report year")
    g.skip("рішенням виконавчого комітету селищної ради від 22.12.2023 № 287", [22, 12, 2023, 287], "decision date and number")
    g.skip("програми «Турбота» на 2024–2026 роки", [2024, 2026], "programme years")
    g.skip("Територіальний центр обслуговує 58 населених пунктів громади.", [58], "settlement count")
    g.skip("План на 2024 рік – 180 осіб", [2024, 180], "plan")
    g.skip("що на 12 більше, ніж у 2023 році (164 особи); темп росту – 107,3 %", [12, 2023, 164, 107.3], "difference to and figure of the prior year, growth rate")
    g.skip("Недовиконання плану на 4 особи", [4], "shortfall against the plan (a difference)")
    g.skip("у IV кварталі", [4], "quarter")
    g.skip("Денний догляд: план – 40", [40], "plan")
    g.skip("відхилення +3.", [3], "deviation from plan")
    g.skip("при плані 300 осіб", [300], "plan")
    g.skip("на 27 осіб більше, ніж торік", [27], "difference to the prior year")
    g.skip("за плану 60 осіб", [60], "plan")
    g.skip("Відставання від плану на 11 осіб зумовлене ремонтом службового автомобіля протягом 5 тижнів.", [11, 5], "shortfall, duration")
    g.skip("при плановому показнику 27 000 (103,4 %); темп росту до 2023 року – 104,1 %", [27000, 2023, 104.1],
           "plan, growth rate to the prior year (the 103,4 % is the percent of the 27 916 fact)")
    g.skip("1. Догляд вдома.", [1, 2, 3, 4, 5, 6], "paragraph numbers")
    g.skip("\t".join(ROWS[0]), [1, 2, 3, 4, 5, 6, 7, 8, 180, 40, 300, 60, 27000, 120, 36, 15, -4, 3, 18, -11, 916, 11, 2, -4],
           "table: row numbers, the план column and the відхилення column (the факт cells are facts, the % виконання cells their percent)")
    g.skip("економія по КЕКВ 2273", [2273], "budget code named as the cause of the savings")
    g.skip("(у 2023 році – 33, різниця +4)", [2023, 33, 4], "prior-year figure and difference")
    g.skip("план – 210,0 тис. грн", [210000], "planned income of the special fund (a target, not an allocation)")
    g.skip("відхилення –4 (вакансії соціальних робітників)", [-4], "deviation (vacancies)")
    g.skip("(торік – 3), відхилення –2", [3, -2], "prior-year figure and difference")
    g.skip("Планові показники на 2025 рік: догляд вдома – 185 осіб, соціальне таксі – 65 осіб.", [2025, 185, 65], "next year's plan")
    g.skip("20.01.2025", [20, 1, 2025], "signature date")
    g.note("style decision: in a plan/fact report only the факт figures are report-period facts; «план» values are plans → skipped; «відхилення», «на N більше, ніж торік», «темп росту» and last year's figures are differences or other periods → skipped. They appear as literals in the verify expressions")
    g.note("the «% виконання» written next to a факт figure (in brackets in the prose, in the same row of the table) is stored as that fact's `percent`: the percentage of the plan achieved")
    g.note("exception: the expenditure «план (кошторисні призначення)» is the approved allocation of the report year → budget_approved; its «відхилення –183,5 тис. грн (економія …)» is budget_savings; the special fund's planned income (210,0) is a target → skipped")
    g.note("the table repeats the prose: each факт is two facts (prose and table row); rows 6 (оцінки потреб) and 8 (підвищили кваліфікацію) appear only in the table")
    g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered")
    g.write()

if __name__ == "__main__":
    main()
