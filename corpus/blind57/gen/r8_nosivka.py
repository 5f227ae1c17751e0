"""b57_08: ТЦСО Носівської міської ради (Чернігівська), annual report 2023, a DOCX whose two tables were
pasted from Excel: thousands with commas («34,512») or no-break spaces, decimal dots («9 846.2»), shares
stored as fractions («0.108») or «98.61%», an overspend in parentheses «(12.5)», numbers stored as text
(left-aligned, stray spaces), «#ДІЛ/0!» and «—» cells, Calibri 11 and Excel column widths (64 px = 8,43
chars). The prose writes numbers the Ukrainian way."""
from docx import Document
from docx.shared import Pt, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b57_08_nosivka_tcso_annual2023.docx"
NB = "\u00a0"

PROSE_1 = [
    ("c", "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) НОСІВСЬКОЇ МІСЬКОЇ РАДИ"),
    ("c", "17131, Чернігівська обл., м. Носівка, вул. Центральна, 20; тел. (04642) 0-23-85; ЄДРПОУ 03192744"),
    ("t", "Звіт про роботу за 2023 рік"),
    ("p", f"У 2023 році територіальний центр надав 44{NB}649 соціальних послуг 1{NB}674 особам (у 2022 році – "
          f"1{NB}512 особам), з них 294 внутрішньо переміщеним особам, що становить 17,6 %. Показники за "
          "видами послуг наведено в таблиці 1 (вивантаження з програми обліку отримувачів)."),
    ("c", "Таблиця 1"),
]
# Excel sheet 1 (pasted): widths in Excel units (chars) -> EMU
T1_W = [4.0, 30.0, 11.0, 9.0, 9.0, 11.0, 10.0, 11.0]
T1 = [
    ["Показники надання соціальних послуг, 2023"] + [None] * 7,
    ["№", "Послуга", "Отримувачів, осіб", "з них ВПО", "Частка ВПО", "Надано послуг", "План послуг", "Виконання плану"],
    ["1", "Догляд вдома", "286", "31", "0.108", "34,512", "35,000", "98.61%"],
    ["2", "Денний догляд", "64", "7", "0.109", "6,118", "6,000", "101.97%"],
    ["3", "Соціальна адаптація", "41", "12", "0.293", "1,204", "1,100", "109.45%"],
    ["4", "Консультування", "733 ", "96", "0.131", "2,087", "2,000", "104.35%"],
    ["5", "Натуральна допомога", "512", "148", "0.289", "512", "—", "#ДІЛ/0!"],
    ["6", "Соціальне таксі", "38", "0", "0", "216", "250", "86.40%"],
    ["", "Разом", f"1{NB}674", "294", "0.176", "44,649", "44,350", "100.67%"],
]
PROSE_2 = [
    ("p", "Відділення соціальної допомоги вдома обслуговувало 286 осіб, з них 174 – одинокі. Взято на "
          "обслуговування 52 особи, знято з обслуговування 47 осіб. Натуральну допомогу (продуктові набори, "
          "засоби гігієни) отримали 512 осіб; видано 1 036 наборів."),
    ("p", "Виконання кошторису за загальним фондом наведено в таблиці 2 (тис. грн). Перевитрату за КЕКВ 2210 "
          "покрито за рахунок економії за КЕКВ 2111 відповідно до рішення виконавчого комітету від "
          "14.11.2023 № 318."),
    ("c", "Таблиця 2"),
]
T2_W = [7.0, 34.0, 11.0, 11.0, 12.0, 10.0]
T2 = [
    ["КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія (перевитрата)", "% виконання"],
    ["2111", "Заробітна плата", f"9{NB}846.2", f"9{NB}811.7", "34.5", "99.65%"],
    ["2120", "Нарахування на оплату праці", f"2{NB}166.1", f"2{NB}158.6", "7.5", "99.65%"],
    ["2210", "Предмети, матеріали, обладнання та інвентар", "212.4", "224.9", "(12.5)", "105.89%"],
    ["2240", "Оплата послуг (крім комунальних)", "96.8", "91.3", "5.5", "94.23%"],
    ["2273", "Оплата електроенергії", "118.0", "118.0", "0.0", "100.00%"],
    ["2800", "Інші поточні видатки", "0.0", "0.0", "—", "#ДІЛ/0!"],
    ["", "Разом", f"12{NB}439.5", f"12{NB}404.5", "35.0", "99.72%"],
]
PROSE_3 = [
    ("p", "Штатна чисельність – 52,5 штатної одиниці, фактично працювало 49 працівників, з них 36 соціальних "
          "робітників. Скарг на роботу центру у 2023 році не надходило."),
    ("p", "Директор                                        (підпис)          22.01.2024"),
]


def set_widths(table, widths):
    # Excel: width in chars w -> pixels = trunc((w*7+5)/7*256)/256*7 ≈ 7w+5; 1 px = 9525 EMU
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            if i < len(widths):
                cell.width = Emu(int((widths[i] * 7 + 5) * 9525))


def excel_cell(cell, text, bold=False, right=False, grey=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.font.name = "Calibri"
    r.font.size = Pt(11)
    r.bold = bold
    p.paragraph_format.space_after = Pt(0)
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if grey:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "D9D9D9")
        tcPr.append(shd)


def is_num(s):
    t = s.replace(",", "").replace(".", "").replace("%", "").replace(NB, "").replace("(", "").replace(")", "")
    return t.strip().isdigit() and s == s.strip() and NB not in s


def add_excel_table(d, rows, widths, title_row):
    t = d.add_table(rows=len(rows), cols=len(widths))
    t.style = "Table Grid"
    t.autofit = False
    start = 0
    if title_row:
        a = t.cell(0, 0).merge(t.cell(0, len(widths) - 1))
        excel_cell(a, rows[0][0], bold=True)
        start = 1
    for i in range(start, len(rows)):
        hdr = i == start
        for j, v in enumerate(rows[i]):
            # numbers stored as text keep left alignment (stray spaces, no-break spaces); real numbers right
            excel_cell(t.cell(i, j), v, bold=hdr or v == "Разом", right=(not hdr and is_num(v)), grey=hdr)
    set_widths(t, widths)
    return t


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)

    def prose(items):
        for k, txt in items:
            p = d.add_paragraph(txt)
            if k in ("c", "t"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if k == "t":
                p.runs[0].bold = True
            if k == "c" and txt.startswith("Таблиця"):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    prose(PROSE_1)
    add_excel_table(d, T1, T1_W, True)
    prose(PROSE_2)
    add_excel_table(d, T2, T2_W, False)
    prose(PROSE_3)
    fix_docx_props(d, "ТЦСО")
    d.save(path)
    freeze_zip(path, when=(2024, 1, 22, 9, 0, 0))


T1_ROWS = [  # quote, service, recipients, idp, idp share %, services
    ("1\tДогляд вдома\t286\t31\t0.108\t34,512\t35,000\t98.61%", "home_care", 286, 31, 10.8, 34512),
    ("2\tДенний догляд\t64\t7\t0.109\t6,118\t6,000\t101.97%", "day_care", 64, 7, 10.9, 6118),
    ("3\tСоціальна адаптація\t41\t12\t0.293\t1,204\t1,100\t109.45%", "social_adaptation", 41, 12, 29.3, 1204),
    ("4\tКонсультування\t733\t96\t0.131\t2,087\t2,000\t104.35%", "counselling", 733, 96, 13.1, 2087),
    ("5\tНатуральна допомога\t512\t148\t0.289\t512\t—\t#ДІЛ/0!", "natural_aid", 512, 148, 28.9, 512),
    ("6\tСоціальне таксі\t38\t0\t0\t216\t250\t86.40%", "social_taxi", 38, 0, 0, 216),
]
T2_ROWS = [  # quote, kekv, label, approved, spent, savings, exec %
    ("2111\tЗаробітна плата\t9 846.2\t9 811.7\t34.5\t99.65%", "2111", "Заробітна плата", 9846200, 9811700, 34500, 99.65),
    ("2120\tНарахування на оплату праці\t2 166.1\t2 158.6\t7.5\t99.65%", "2120", "Нарахування на оплату праці", 2166100, 2158600, 7500, 99.65),
    ("2210\tПредмети, матеріали, обладнання та інвентар\t212.4\t224.9\t(12.5)\t105.89%", "2210", "Предмети, матеріали, обладнання та інвентар", 212400, 224900, -12500, 105.89),
    ("2240\tОплата послуг (крім комунальних)\t96.8\t91.3\t5.5\t94.23%", "2240", "Оплата послуг (крім комунальних)", 96800, 91300, 5500, 94.23),
    ("2273\tОплата електроенергії\t118.0\t118.0\t0.0\t100.00%", "2273", "Оплата електроенергії", 118000, 118000, 0, 100),
    ("2800\tІнші поточні видатки\t0.0\t0.0\t—\t#ДІЛ/0!", "2800", "Інші поточні видатки", 0, 0, None, None),
]


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Носівської міської ради",
        "centre_type": "tcso", "settlement": "Носівка", "oblast": "Чернігівська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"})
    f1 = g.f("services_provided", "services", 44649, "територіальний центр надав 44 649 соціальних послуг")
    f2 = g.f("served", "persons", 1674, "1 674 особам (у 2022 році")
    f3 = g.f("served", "persons", 294, "з них 294 внутрішньо переміщеним особам, що становить 17,6 %",
             percent=17.6, category="внутрішньо переміщені особи", parent=f2)
    TOT1 = "\tРазом\t1 674\t294\t0.176\t44,649\t44,350\t100.67%"
    f4 = g.f("served", "persons", 1674, TOT1, label="Разом")
    f5 = g.f("served", "persons", 294, TOT1, label="Разом, з них ВПО", percent=17.6,
             category="внутрішньо переміщені особи", parent=f4)
    f6 = g.f("services_provided", "services", 44649, TOT1, label="Разом")
    rid = []
    for q, s, a, b, p, c in T1_ROWS:
        ra = g.f("served", "persons", a, q, service=s, group="t1_recipients", parent=f4)
        rb = g.f("served", "persons", b, q, service=s, category="внутрішньо переміщені особи",
                 percent=p, group="t1_idp", parent=f5)
        rc = g.f("services_provided", "services", c, q, service=s, group="t1_services", parent=f6)
        rid.append((int(ra[1:]), int(rb[1:]), int(rc[1:])))
    assert rid[0] == (7, 8, 9) and rid[-1] == (22, 23, 24)
    f25 = g.f("served", "persons", 286, "Відділення соціальної допомоги вдома обслуговувало 286 осіб",
              service="home_care")
    f26 = g.f("served", "persons", 174, "з них 174 – одинокі", service="home_care", category="одинокі",
              parent=f25)
    f27 = g.f("served", "persons", 52, "Взято на обслуговування 52 особи", service="home_care",
              alt=["registered_new", "support_started"], parent=f25)
    f28 = g.f("deregistered", "persons", 47, "знято з обслуговування 47 осіб", service="home_care")
    f29 = g.f("served", "persons", 512, "Натуральну допомогу (продуктові набори, засоби гігієни) отримали 512 осіб",
              service="natural_aid")
    TOT2 = "\tРазом\t12 439.5\t12 404.5\t35.0\t99.72%"
    f30 = g.f("budget_approved", "uah", 12439500, TOT2, label="Разом, загальний фонд")
    f31 = g.f("budget_spent", "uah", 12404500, TOT2, label="Разом, загальний фонд", percent=99.72)
    f32 = g.f("budget_savings", "uah", 35000, TOT2, label="Разом, загальний фонд")
    bid = []
    for q, k, lab, a, s_, e, p in T2_ROWS:
        fa = g.f("budget_approved", "uah", a, q, kekv=k, label=lab, group="t2_approved", parent=f30)
        fs = g.f("budget_spent", "uah", s_, q, kekv=k, label=lab, percent=p, group="t2_spent", parent=f31)
        fe = None
        if e is not None:
            fe = g.f("budget_savings", "uah", e, q, kekv=k, label=lab, group="t2_savings", parent=f32,
                     note="«(12.5)» is an overspend: a negative saving" if e < 0 else None)
        bid.append((int(fa[1:]), int(fs[1:]), int(fe[1:]) if fe else None))
    f50 = g.f("staff_positions", "positions", 52.5, "Штатна чисельність – 52,5 штатної одиниці")
    f51 = g.f("staff_actual", "staff", 49, "фактично працювало 49 працівників")
    f52 = g.f("staff_actual", "staff", 36, "з них 36 соціальних робітників", label="соціальні робітники", parent=f51)
    f53 = g.f("complaints", "complaints", 0, "Скарг на роботу центру у 2023 році не надходило.")
    assert f50 == "f50", f50
    A = [r[0] for r in rid]; B = [r[1] for r in rid]; C = [r[2] for r in rid]
    S = lambda ids: " + ".join(f"f{i}" for i in ids)

    a2240, s2240, _ = bid[3]
    g.slip("percent_mismatch", "error", "2240\tОплата послуг (крім комунальних)\t96.8\t91.3\t5.5\t94.23%",
           94.23, 94.32, [f"f{s2240}", f"f{a2240}"],
           "КЕКВ 2240: 91,3 / 96,8 = 94,318 % → 94,32 %; the cell says 94.23% (digits transposed)",
           f"pct_ok(p{s2240}, f{s2240}, f{a2240}, 2)")
    g.check("table_arithmetic", TOT1, "recipients 286 + 64 + 41 + 733 + 512 + 38 = 1 674", f"{S(A)} == f4")
    g.check("table_arithmetic", TOT1, "IDP 31 + 7 + 12 + 96 + 148 + 0 = 294", f"{S(B)} == f5")
    g.check("table_arithmetic", TOT1, "services 34 512 + 6 118 + 1 204 + 2 087 + 512 + 216 = 44 649", f"{S(C)} == f6")
    g.check("percent_mismatch", "1\tДогляд вдома\t286\t31\t0.108",
            "«Частка ВПО» stored as a fraction: 31/286 = 0.108, 7/64 = 0.109, 12/41 = 0.293, 96/733 = 0.131, "
            "148/512 = 0.289, 0/38 = 0, total 294/1 674 = 0.176",
            " and ".join(f"pct_ok(p{b}, f{b}, f{a}, 1)" for a, b in zip(A, B)) + " and pct_ok(p5, f5, f4, 1)")
    g.check("percent_mismatch", "з них 294 внутрішньо переміщеним особам, що становить 17,6 %",
            "294 / 1 674 = 17,56 % → 17,6", "pct_ok(p3, f3, f2, 1)")
    g.check("internal_conflict", "територіальний центр надав 44 649 соціальних послуг 1 674 особам",
            "prose equals the Разом row: 44 649 services, 1 674 persons, 294 IDP",
            "f1 == f6 and f2 == f4 and f3 == f5")
    g.check("internal_conflict", "Відділення соціальної допомоги вдома обслуговувало 286 осіб",
            "prose 286 home-care and 512 natural-aid recipients equal table rows 1 and 5",
            f"f25 == f{A[0]} and f29 == f{A[4]}")
    g.check("table_arithmetic", "1\tДогляд вдома\t286\t31\t0.108\t34,512\t35,000\t98.61%",
            "«Виконання плану» = надано / план (plans are skipped, literals): 34 512/35 000 = 98.61 %, "
            "6 118/6 000 = 101.97 %, 1 204/1 100 = 109.45 %, 2 087/2 000 = 104.35 %, 216/250 = 86.40 %, "
            "44 649/44 350 = 100.67 %; the plans sum to 44 350 (natural aid has none: «—», «#ДІЛ/0!»)",
            f"pct_ok(98.61, f{C[0]}, 35000, 2) and pct_ok(101.97, f{C[1]}, 6000, 2) and "
            f"pct_ok(109.45, f{C[2]}, 1100, 2) and pct_ok(104.35, f{C[3]}, 2000, 2) and "
            f"pct_ok(86.40, f{C[5]}, 250, 2) and pct_ok(100.67, f6, 44350, 2) and "
            "35000 + 6000 + 1100 + 2000 + 250 == 44350")
    g.check("table_arithmetic", TOT2, "затверджено: 9 846,2 + 2 166,1 + 212,4 + 96,8 + 118,0 + 0,0 = 12 439,5",
            f"{S([b[0] for b in bid])} == f30")
    g.check("table_arithmetic", TOT2, "касові видатки: 9 811,7 + 2 158,6 + 224,9 + 91,3 + 118,0 + 0,0 = 12 404,5",
            f"{S([b[1] for b in bid])} == f31")
    g.check("table_arithmetic", TOT2, "економія: 34,5 + 7,5 − 12,5 + 5,5 + 0,0 = 35,0 = 12 439,5 − 12 404,5",
            f"{S([b[2] for b in bid if b[2]])} == f32 and f30 - f31 == f32")
    g.check("table_arithmetic", "2210\tПредмети, матеріали, обладнання та інвентар\t212.4\t224.9\t(12.5)\t105.89%",
            "each row: економія = затверджено − видатки (2210: 212,4 − 224,9 = −12,5)",
            " and ".join(f"f{a} - f{s} == f{e}" for a, s, e in bid if e))
    g.check("percent_mismatch", "2111\tЗаробітна плата\t9 846.2\t9 811.7\t34.5\t99.65%",
            "% виконання = видатки / затверджено for the other rows: 99.65, 99.65, 105.89, 100.00, total 99.72",
            " and ".join(f"pct_ok(p{s}, f{s}, f{a}, 2)" for a, s, e in bid if e and s != s2240)
            + " and pct_ok(p31, f31, f30, 2)")
    g.check("parts_sum", "з них 174 – одинокі", "174 ≤ 286; 52 taken on ≤ 286", "f26 <= f25 and f27 <= f25")
    g.check("parts_sum", "фактично працювало 49 працівників, з них 36", "36 ≤ 49 ≤ 52,5", "f52 <= f51 <= f50")

    g.skip("17131, Чернігівська обл., м. Носівка, вул. Центральна, 20; тел. (04642) 0-23-85; ЄДРПОУ 03192744",
           [17131, 20, 4642, 2385, 3192744], "postcode, address, phone, ЄДРПОУ")
    g.skip("Звіт про роботу за 2023 рік", [2023], "year in the title")
    g.skip("(у 2022 році – 1 512 особам)", [2022, 1512], "prior-year figure")
    g.skip("Таблиця 1", [1, 2], "table numbers (Таблиця 1, Таблиця 2, «таблиці 1/2» in the prose)")
    g.skip("Показники надання соціальних послуг, 2023", [2023], "sheet title row")
    g.skip("№\tПослуга\tОтримувачів, осіб\tз них ВПО\tЧастка ВПО\tНадано послуг\tПлан послуг\tВиконання плану",
           [1, 2, 3, 4, 5, 6], "table 1 row numbers (column №)")
    g.skip("35,000\t98.61%", [35000, 6000, 1100, 2000, 250, 44350, 98.61, 101.97, 109.45, 104.35, 86.40, 100.67],
           "table 1 «План послуг» and «Виконання плану» columns: plans and plan execution (used as literals in a check)")
    g.skip("видано 1 036 наборів", [1036], "items handed out")
    g.skip("КЕКВ 2210 покрито за рахунок економії за КЕКВ 2111", [2210, 2111], "KEKV codes in the prose")
    g.skip("рішення виконавчого комітету від 14.11.2023 № 318", [14, 11, 2023, 318], "decision date and number")
    g.skip("22.01.2024", [22, 1, 2024], "date of signing")
    g.note("Excel conventions read as numbers: «34,512» (comma thousands) = 34512; «9 846.2» (no-break space "
           "thousands, decimal dot, тис. грн) = 9 846 200 грн; «0.108» in «Частка ВПО» = 10,8 % (the IDP count's "
           "percent); «98.61%» = 98,61; «(12.5)» in «Економія (перевитрата)» = −12 500 грн (a negative saving); "
           "«733 » with a trailing space and «1 674» with a no-break space are numbers stored as text")
    g.note("«—» and «#ДІЛ/0!» cells give no fact (no value; the КЕКВ 2800 row has approved 0.0 and spent 0.0, "
           "which are facts, but no savings and no %)")
    g.note("table 2 «% виконання» is the percent of that row's budget_spent (spent / approved)")
    g.note("«План послуг» and «Виконання плану» of table 1 are plans and plan execution: skipped, used as literals")
    g.note("the prose figures (44 649 services, 1 674 persons, 294 IDP with 17,6 %, 286 home care, 512 natural aid) "
           "repeat table cells: a figure written twice is two facts")
    g.note("the merged title row of table 1 is an Excel sheet title, not a fact")
    g.write()


if __name__ == "__main__":
    main()
