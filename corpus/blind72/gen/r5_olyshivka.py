"""b72_05: відділ соціального захисту населення Олишівської селищної ради (Чернігівська), analytic note
for Q1 2025. DOCX with a КЕКВ budget table (approved / spent / savings). Impersonal voice."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b72_05_olyshivka_uszn_q1_2025.docx"

HEAD = ["ОЛИШІВСЬКА СЕЛИЩНА РАДА", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
        "15542, Чернігівська обл., Чернігівський р-н, смт Олишівка, вул. Миру, 40; тел. (04622) 0-52-61"]
TITLE = ["АНАЛІТИЧНА ДОВІДКА", "щодо виконання повноважень у сфері соціального захисту населення за I квартал 2025 року"]
PARAS = [
    "До складу громади входять 9 старостинських округів, кількість населення – 10,9 тис. осіб.",
    "За січень–березень 2025 року до відділу надійшло 1 137 звернень, з них через ЦНАП – 684, під час виїзних прийомів – 96. Порівняно з I кварталом 2024 року (1 021 звернення) кількість звернень зросла на 116.",
    "Призначено житлові субсидії 412 домогосподарствам, державну соціальну допомогу – 87 сім'ям (рішення від 28.03.2025 № 31).",
    "Відділом організовано надання соціальних послуг 203 особам, а саме: догляд вдома – 118, денний догляд – 21, соціальне таксі – 64. Оцінку потреб проведено 47 особам. Одноразову матеріальну допомогу за програмою «Турбота» на 2024–2026 роки отримали 58 осіб на суму 174,0 тис. грн (3 000 грн на особу).",
    "Проведено 4 виїзні прийоми у старостинських округах, на яких прийнято 96 громадян. Надійшло 3 скарги на затримку виплати допомоги; усі розглянуто у встановлений законом строк.",
    "Штатна чисельність відділу – 7 посад, фактично працює 6 осіб.",
    "Кошторисом відділу на 2025 рік затверджено 3 296,2 тис. грн. Виконання кошторису за I квартал наведено в таблиці 2.",
    "Таблиця 2. Виконання кошторису за I квартал 2025 року, грн",
]
TABLE = [
    ("КЕКВ", "Найменування", "Затверджено на I квартал", "Касові видатки", "Економія"),
    ("2111", "Заробітна плата", "612 400", "598 716", "13 684"),
    ("2120", "Нарахування на оплату праці", "134 730", "131 718", "3 012"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "18 000", "15 470", "2 530"),
    ("2240", "Оплата послуг (крім комунальних)", "24 500", "22 905", "1 695"),
    ("2273", "Оплата електроенергії", "16 200", "14 860", "1 340"),
    ("", "Разом", "805 830", "783 669", "22 161"),
]
TAIL = ["Економія утворилася за рахунок вакантної посади (з 01.02.2025) та зниження споживання електроенергії.",
        "Довідку склала головний спеціаліст відділу, 04.04.2025, тел. (04622) 0-52-64."]


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for t in HEAD + TITLE:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(t).bold = t.isupper()
    for t in PARAS:
        p = d.add_paragraph(t)
        p.paragraph_format.first_line_indent = Pt(28)
    tb = d.add_table(rows=0, cols=5)
    tb.style = "Table Grid"
    for row in TABLE:
        cells = tb.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    for t in TAIL:
        d.add_paragraph(t)
    fix_docx_props(d, "ВСЗН")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Олишівської селищної ради",
        "centre_type": "uszn", "settlement": "Олишівка", "oblast": "Чернігівська",
        "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-03-31"})
    f = g.f
    ap = f("applied", "applications", 1137, "до відділу надійшло 1 137 звернень", unit_alt="persons")
    a1 = f("applied", "applications", 684, "з них через ЦНАП – 684", label="через ЦНАП", parent=ap)
    a2 = f("applied", "applications", 96, "під час виїзних прийомів – 96", label="під час виїзних прийомів", parent=ap)
    sv = f("served", "persons", 203, "Відділом організовано надання соціальних послуг 203 особам")
    G = "served_203_by_service"
    s1 = f("served", "persons", 118, "догляд вдома – 118", service="home_care", group=G, parent=sv)
    s2 = f("served", "persons", 21, "денний догляд – 21", service="day_care", group=G, parent=sv)
    s3 = f("served", "persons", 64, "соціальне таксі – 64", service="social_taxi", group=G, parent=sv)
    na = f("needs_assessed", "persons", 47, "Оцінку потреб проведено 47 особам")
    ma = f("served", "persons", 58, "отримали 58 осіб", label="одноразова матеріальна допомога (програма «Турбота»)")
    av = f("aid_value", "uah", 174000, "на суму 174,0 тис. грн", label="одноразова матеріальна допомога", parent=ma)
    ev = f("events", "events", 4, "Проведено 4 виїзні прийоми у старостинських округах", label="виїзні прийоми")
    ep = f("event_participants", "persons", 96, "на яких прийнято 96 громадян", parent=ev)
    cp = f("complaints", "complaints", 3, "Надійшло 3 скарги на затримку виплати допомоги")
    pos = f("staff_positions", "positions", 7, "Штатна чисельність відділу – 7 посад")
    act = f("staff_actual", "staff", 6, "фактично працює 6 осіб")
    yr = f("budget_approved", "uah", 3296200, "Кошторисом відділу на 2025 рік затверджено 3 296,2 тис. грн",
           label="кошторис на 2025 рік (річний)")
    rows = [("2111", "2111\tЗаробітна плата\t612 400\t598 716\t13 684", 612400, 598716, 13684),
            ("2120", "2120\tНарахування на оплату праці\t134 730\t131 718\t3 012", 134730, 131718, 3012),
            ("2210", "2210\tПредмети, матеріали, обладнання та інвентар\t18 000\t15 470\t2 530", 18000, 15470, 2530),
            ("2240", "2240\tОплата послуг (крім комунальних)\t24 500\t22 905\t1 695", 24500, 22905, 1695),
            ("2273", "2273\tОплата електроенергії\t16 200\t14 860\t1 340", 16200, 14860, 1340)]
    tq = "\tРазом\t805 830\t783 669\t22 161"
    ta = f("budget_approved", "uah", 805830, tq, label="Разом, I квартал", parent=yr)
    ts = f("budget_spent", "uah", 783669, tq, label="Разом, I квартал")
    te = f("budget_savings", "uah", 22161, tq, label="Разом, I квартал")
    ids = {}
    for k, q, a, s_, e in rows:
        ids[k] = (f("budget_approved", "uah", a, q, kekv=k, label="I квартал", group="approved_by_kekv", parent=ta),
                  f("budget_spent", "uah", s_, q, kekv=k, group="spent_by_kekv", parent=ts),
                  f("budget_savings", "uah", e, q, kekv=k, group="savings_by_kekv", parent=te))
    A = [ids[k][0] for k in ids]
    S = [ids[k][1] for k in ids]
    E = [ids[k][2] for k in ids]
    e40 = ids["2240"]
    g.slip("table_arithmetic", "error", "2240\tОплата послуг (крім комунальних)\t24 500\t22 905\t1 695",
           1695, 1595, [e40[0], e40[1], e40[2], te],
           "row 2240: економія = затверджено − видатки = 24 500 − 22 905 = 1 595, written 1 695. The savings column then sums to 22 261, "
           "100 more than its Разом 22 161 (which equals 805 830 − 783 669): one slip in one cell, seen by the row and by the column.",
           f"{e40[2]} == {e40[0]} - {e40[1]} and {' + '.join(E)} == {te}")
    others = [k for k in ids if k != "2240"]
    g.check("table_arithmetic", "Таблиця 2. Виконання кошторису за I квартал 2025 року, грн",
            "approved column: 612 400 + 134 730 + 18 000 + 24 500 + 16 200 = 805 830", f"{' + '.join(A)} == {ta}")
    g.check("table_arithmetic", "Таблиця 2. Виконання кошторису за I квартал 2025 року, грн",
            "spent column: 598 716 + 131 718 + 15 470 + 22 905 + 14 860 = 783 669", f"{' + '.join(S)} == {ts}")
    g.check("table_arithmetic", tq, "Разом: 805 830 − 783 669 = 22 161", f"{ta} - {ts} == {te}")
    g.check("table_arithmetic", "2111\tЗаробітна плата",
            "rows 2111, 2120, 2210, 2273: економія = затверджено − видатки",
            " and ".join(f"{ids[k][2]} == {ids[k][0]} - {ids[k][1]}" for k in others))
    g.check("parts_sum", "Кошторисом відділу на 2025 рік затверджено 3 296,2 тис. грн",
            "quarter 805 830 ≤ year 3 296 200", f"{ta} <= {yr}")
    g.check("parts_sum", "Відділом організовано надання соціальних послуг 203 особам, а саме",
            "118 + 21 + 64 = 203", f"{s1} + {s2} + {s3} == {sv}")
    g.check("parts_sum", "з них через ЦНАП – 684, під час виїзних прийомів – 96",
            "684 + 96 ≤ 1 137 (other channels not listed); 96 received at the visits in both places",
            f"{a1} + {a2} <= {ap} and {a2} == {ep}")
    g.check("table_arithmetic", "на суму 174,0 тис. грн (3 000 грн на особу)",
            "58 × 3 000 = 174 000 грн (the per-person sum is a literal)", f"{ma} * 3000 == {av}")
    g.check("parts_sum", "Штатна чисельність відділу – 7 посад, фактично працює 6 осіб.", "6 ≤ 7", f"{act} <= {pos}")

    g.skip("15542, Чернігівська обл., Чернігівський р-н, смт Олишівка, вул. Миру, 40; тел. (04622) 0-52-61",
           [15542, 40, 4622, 5261], "postcode, address, phone")
    g.skip("До складу громади входять 9 старостинських округів, кількість населення – 10,9 тис. осіб.",
           [9, 10900], "number of starosta districts, population")
    g.skip("Порівняно з I кварталом 2024 року (1 021 звернення) кількість звернень зросла на 116.",
           [2024, 1021, 116], "prior-year figure and difference")
    g.skip("Призначено житлові субсидії 412 домогосподарствам, державну соціальну допомогу – 87 сім'ям (рішення від 28.03.2025 № 31).",
           [412, 87, 28, 3, 2025, 31], "benefits granted (no §3 id), decision date and number")
    g.skip("за програмою «Турбота» на 2024–2026 роки", [2024, 2026], "programme years")
    g.skip("(3 000 грн на особу)", [3000], "per-person amount (a rate; used as a literal)")
    g.skip("Виконання кошторису за I квартал наведено в таблиці 2.", [2], "table number")
    g.skip("КЕКВ\tНайменування", [], "КЕКВ codes 2111, 2120, 2210, 2240, 2273 are codes, not values")
    g.skip("Економія утворилася за рахунок вакантної посади (з 01.02.2025)", [1, 2, 2025], "date")
    g.skip("Довідку склала головний спеціаліст відділу, 04.04.2025, тел. (04622) 0-52-64.", [4, 4, 2025, 4622, 5264],
           "compile date, phone")
    g.note("centre_type uszn: a відділ соціального захисту населення of a селищна рада")
    g.note("the budget table is in hryvnias; each cell is a fact quoted by its row, with kekv; rows hang on the Разом cell of their column; the Разом approval hangs on the annual approval")
    g.note("«виїзні прийоми» → events, the 96 citizens received → event_participants; the same 96 appear as applications «під час виїзних прийомів» (two facts)")
    g.note("«одноразову матеріальну допомогу … отримали 58 осіб на суму 174,0 тис. грн» → served with a label, aid_value")
    g.write()


if __name__ == "__main__":
    main()
