"""b91_07: ЦСС Ладанської селищної ради (Чернігівська), annual report 2025.
Less common style 1: prose and a closing summary table («Основні показники», 2024 and 2025 columns) that give
the same figures, with one disagreement: the prose says «охоплено 214 сімей», the table says 241.
DOCX (python-docx), third person. Planted slip: internal_conflict 214 vs 241."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b91_07_ladan_css_annual2025.docx"

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ЛАДАНСЬКОЇ СЕЛИЩНОЇ РАДИ",
    "17582, Чернігівська обл., Прилуцький р-н, смт Ладан, вул. Незалежності, 20, тел. (04637) 0-45-12, "
    "ЄДРПОУ 44201368",
    "ЗВІТ про діяльність Центру соціальних служб Ладанської селищної ради за 2025 рік",
]
BODY = [
    "Центр соціальних служб Ладанської селищної ради (далі – Центр) утворено рішенням селищної ради від "
    "26.02.2021 № 5-6/VIII. Центр надає соціальні послуги сім'ям, дітям та молоді у 4 населених пунктах громади "
    "з населенням 7,3 тис. осіб.",
    "У 2025 році до Центру звернулися 263 сім'ї. Фахівцями проведено оцінку потреб 118 сімей; у 46 з них "
    "виявлено складні життєві обставини.",
    "Загалом соціальними послугами охоплено 214 сімей, у яких виховується 402 дитини, що на 12 сімей менше, "
    "ніж у 2024 році, через виїзд частини внутрішньо переміщених осіб.",
    "Найпоширенішою залишається послуга консультування: її отримали 187 сімей, яким надано 611 консультацій. "
    "Послугу інформування отримали 143 сім'ї.",
    "Під соціальним супроводом у 2025 році перебувало 29 сімей (63 дитини). Протягом року взято під супровід "
    "16 сімей, завершено супровід 14 сімей, з них: з позитивним результатом – 10, з мінімізацією складних "
    "життєвих обставин – 3, без результату – 1. Продовжено надання послуги у 2026 році 15 сім'ям.",
    "Центр здійснює соціальний супровід 4 прийомних сімей та 1 дитячого будинку сімейного типу, в яких "
    "виховується 22 дитини віком від 2 до 16 років.",
    "Усього протягом року надано 1 906 соціальних послуг. Проведено 18 групових заходів (тренінги тривалістю "
    "3 години, батьківські збори, акція «16 днів проти насильства»), участь у яких взяли 243 особи.",
    "Штатним розписом Центру передбачено 8 посад, фактично працює 7 фахівців. Скарг на діяльність Центру "
    "у 2025 році не надходило.",
    "У 2026 році Центр планує охопити послугами не менше 250 сімей.",
    "Основні показники діяльності Центру наведено в таблиці.",
]
TABLE_HEAD = ["№ з/п", "Показник", "2024 рік", "2025 рік"]
TABLE = [
    ("1", "Звернулося сімей", "248", "263"),
    ("2", "Проведено оцінку потреб, сімей", "104", "118"),
    ("3", "Охоплено соціальними послугами, сімей", "226", "241"),
    ("4", "у них дітей", "417", "402"),
    ("5", "Перебувало під соціальним супроводом, сімей", "31", "29"),
    ("6", "з них завершено супровід", "17", "14"),
    ("7", "у т. ч. з позитивним результатом", "11", "10"),
    ("8", "Надано соціальних послуг, усього", "1 842", "1 906"),
    ("9", "Проведено групових заходів", "15", "18"),
]
TAIL = ["Директор Центру                                          (підпис)", "20.01.2026"]


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    for i, line in enumerate(HEAD):
        p = d.add_paragraph(line)
        p.alignment = 1
    for line in BODY:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(TABLE_HEAD):
        t.rows[0].cells[i].text = h
    for r, row in enumerate(TABLE, start=1):
        for i, c in enumerate(row):
            t.rows[r].cells[i].text = c
    for line in TAIL:
        d.add_paragraph(line)
    fix_docx_props(d, "ЦСС")
    d.save(path)
    freeze_zip(path)


def row(i):
    return "\t".join(TABLE[i - 1])


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Ладанської селищної ради",
        "centre_type": "css",
        "settlement": "Ладан",
        "oblast": "Чернігівська",
        "report_kind": "annual_report",
        "period_start": "2025-01-01",
        "period_end": "2025-12-31",
    })
    n = lambda fid: fid[1:]  # noqa: E731
    S = "social_support_sjo"
    ap = g.f("applied", "families", 263, "У 2025 році до Центру звернулися 263 сім'ї")
    na = g.f("needs_assessed", "families", 118, "Фахівцями проведено оцінку потреб 118 сімей")
    sjo = g.f("in_difficult_circumstances", "families", 46, "у 46 з них виявлено складні життєві обставини",
              parent=na)
    sv = g.f("served", "families", 214, "Загалом соціальними послугами охоплено 214 сімей")
    svc = g.f("served", "children", 402, "у яких виховується 402 дитини", parent=sv)
    cns = g.f("served", "families", 187, "її отримали 187 сімей", service="counselling", parent=sv)
    cnn = g.f("services_provided", "services", 611, "яким надано 611 консультацій", service="counselling")
    inf = g.f("served", "families", 143, "Послугу інформування отримали 143 сім'ї", service="informing", parent=sv)
    sup = g.f("served", "families", 29, "Під соціальним супроводом у 2025 році перебувало 29 сімей", service=S,
              alt=["support_ongoing"])
    supc = g.f("served", "children", 63, "29 сімей (63 дитини)", service=S, alt=["support_ongoing"], parent=sup)
    st = g.f("support_started", "families", 16, "Протягом року взято під супровід 16 сімей", service=S, parent=sup)
    cp = g.f("support_completed", "families", 14, "завершено супровід 14 сімей", service=S, parent=sup)
    pos = g.f("outcome_positive", "families", 10, "з позитивним результатом – 10", service=S,
              group="completed_14_by_outcome", parent=cp)
    mn = g.f("outcome_minimized", "families", 3, "з мінімізацією складних життєвих обставин – 3", service=S,
             group="completed_14_by_outcome", parent=cp)
    neg = g.f("outcome_negative", "families", 1, "без результату – 1", service=S,
              group="completed_14_by_outcome", parent=cp)
    ong = g.f("support_ongoing", "families", 15, "Продовжено надання послуги у 2026 році 15 сім'ям", service=S)
    pf = g.f("served", "families", 4, "Центр здійснює соціальний супровід 4 прийомних сімей",
             service="social_support_foster", label="прийомні сім'ї")
    db = g.f("served", "families", 1, "та 1 дитячого будинку сімейного типу", service="social_support_foster",
             label="дитячі будинки сімейного типу")
    fch = g.f("served", "children", 22, "в яких виховується 22 дитини", service="social_support_foster",
              note="children of the 4 foster families and the ДБСТ together; no single families total is written")
    spt = g.f("services_provided", "services", 1906, "Усього протягом року надано 1 906 соціальних послуг")
    ev = g.f("events", "events", 18, "Проведено 18 групових заходів")
    evp = g.f("event_participants", "persons", 243, "участь у яких взяли 243 особи", parent=ev)
    sp = g.f("staff_positions", "positions", 8, "Штатним розписом Центру передбачено 8 посад")
    sa = g.f("staff_actual", "staff", 7, "фактично працює 7 фахівців")
    cm = g.f("complaints", "complaints", 0, "Скарг на діяльність Центру у 2025 році не надходило.")
    # closing table, 2025 column
    t1 = g.f("applied", "families", 263, row(1))
    t2 = g.f("needs_assessed", "families", 118, row(2))
    t3 = g.f("served", "families", 241, row(3))
    t4 = g.f("served", "children", 402, row(4), parent=t3)
    t5 = g.f("served", "families", 29, row(5), service=S, alt=["support_ongoing"])
    t6 = g.f("support_completed", "families", 14, row(6), service=S, parent=t5)
    t7 = g.f("outcome_positive", "families", 10, row(7), service=S, parent=t6)
    t8 = g.f("services_provided", "services", 1906, row(8))
    t9 = g.f("events", "events", 18, row(9))

    g.slip("internal_conflict", "error", row(3), 241, 214, [sv, t3],
           "the prose says «охоплено 214 сімей», the closing table (row 3, 2025) says 241 for the same indicator, "
           "unit and year. The prose figure agrees with its own «на 12 сімей менше, ніж у 2024 році» "
           "(226 − 12 = 214, 226 being the table's 2024 column), so 241 looks like a transposition; "
           "both are recorded as facts",
           f"f{n(sv)} == f{n(t3)}")
    g.check("internal_conflict", "Основні показники діяльності Центру наведено в таблиці.",
            "every other table row of 2025 equals the prose figure: 263, 118, 402, 29, 14, 10, 1 906, 18",
            f"f{n(ap)} == f{n(t1)} and f{n(na)} == f{n(t2)} and f{n(svc)} == f{n(t4)} and f{n(sup)} == f{n(t5)} "
            f"and f{n(cp)} == f{n(t6)} and f{n(pos)} == f{n(t7)} and f{n(spt)} == f{n(t8)} and f{n(ev)} == f{n(t9)}")
    g.check("parts_sum", "що на 12 сімей менше, ніж у 2024 році",
            "226 (table, 2024) − 214 = 12 (literals 226 and 12)", f"226 - f{n(sv)} == 12")
    g.check("parts_sum", "завершено супровід 14 сімей, з них", "10 + 3 + 1 = 14",
            f"f{n(pos)} + f{n(mn)} + f{n(neg)} == f{n(cp)}")
    g.check("parts_sum", "Продовжено надання послуги у 2026 році 15 сім'ям", "29 − 14 completed = 15 continued",
            f"f{n(sup)} - f{n(cp)} == f{n(ong)}")
    g.check("parts_sum", "її отримали 187 сімей", "187 counselling and 143 informing ≤ 214 served; "
            "16 started ≤ 29; 46 ≤ 118 ≤ 263",
            f"f{n(cns)} <= f{n(sv)} and f{n(inf)} <= f{n(sv)} and f{n(st)} <= f{n(sup)} "
            f"and f{n(sjo)} <= f{n(na)} <= f{n(ap)}")
    g.check("parts_sum", "фактично працює 7 фахівців", "7 ≤ 8", f"f{n(sa)} <= f{n(sp)}")

    g.skip("17582, Чернігівська обл., Прилуцький р-н, смт Ладан, вул. Незалежності, 20, тел. (04637) 0-45-12",
           [17582, 20, 4637, 4512], "postcode, address, phone")
    g.skip("ЄДРПОУ 44201368", [44201368], "ЄДРПОУ")
    g.skip("за 2025 рік", [2025], "report year")
    g.skip("26.02.2021 № 5-6/VIII", [26, 2, 2021, 5, 6], "decision date and number")
    g.skip("у 4 населених пунктах громади з населенням 7,3 тис. осіб", [4, 7300], "settlement count, population")
    g.skip("що на 12 сімей менше, ніж у 2024 році", [12, 2024], "difference from the prior year")
    g.skip("віком від 2 до 16 років", [2, 16], "ages")
    g.skip("(тренінги тривалістю 3 години", [3], "duration")
    g.skip("акція «16 днів проти насильства»", [16], "name of a campaign")
    g.skip("У 2026 році Центр планує охопити послугами не менше 250 сімей.", [2026, 250], "plan")
    g.skip("№ з/п\tПоказник\t2024 рік\t2025 рік", [2024, 2025], "table header")
    g.skip(row(1), [1, 2, 3, 4, 5, 6, 7, 8, 9], "row numbers")
    g.skip(row(8), [248, 104, 226, 417, 31, 17, 11, 1842, 15], "the 2024 column (prior-year figures)")
    g.skip("20.01.2026", [20, 1, 2026], "compile date")
    g.note("less common style: the closing table repeats the prose figures. Every figure written in both places is "
           "two facts (prose and table row). The pair 214 (prose) / 241 (table) is an internal_conflict; both "
           "are facts, neither is preferred in the gold, and the audit finding names both")
    g.note("table rows «у них дітей», «з них завершено супровід», «у т. ч. з позитивним результатом» hang on the "
           "row above them; only the 2025 column carries facts")
    g.note("«Під соціальним супроводом … перебувало 29 сімей» → served social_support_sjo (alt support_ongoing); "
           "«Продовжено … у 2026 році 15 сім'ям» → support_ongoing")
    g.note("counselling 187 and informing 143 families are overlapping subsets of the 214 (parent only, no group)")
    g.note("foster support: 4 прийомні сім'ї and 1 ДБСТ are two served facts; the 22 children have no parent")
    g.write()


if __name__ == "__main__":
    main()
