"""b30_06: аналітична довідка on the ТЦСО of Кагарлицька міська рада for Q1 2025. DOCX with prose and a
budget table by KEKV (затверджено на I квартал / касові видатки / економія). Impersonal voice; the
oblast is not stated. Planted slip: the three payment-basis shares 71,8 + 19,6 + 10,4 = 101,8 %
(percents_sum)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b30_06_kaharlyk_tcso_q1_2025.docx"
A = "\u2019"

TITLE = ["АНАЛІТИЧНА ДОВІДКА", "про діяльність Територіального центру соціального обслуговування (надання соціальних послуг) Кагарлицької міської ради за I квартал 2025 року"]
P1 = [
    "1. Територіальний центр соціального обслуговування (надання соціальних послуг) Кагарлицької міської ради (далі – ТЦСО) надає соціальні послуги мешканцям 37 населених пунктів громади. Тарифи на платні соціальні послуги затверджено рішенням виконавчого комітету від 16.01.2025 № 7; вартість однієї години догляду вдома становить 84,20 грн.",
    "2. За I квартал 2025 року ТЦСО обслуговано 412 осіб (I квартал 2024 року – 398 осіб), з них: послугу догляду вдома отримали 287 осіб, денного догляду – 64 особи, натуральної допомоги – 61 особа. Протягом кварталу взято на обслуговування 19 осіб, знято з обслуговування 23 особи. Надано 9 874 соціальні послуги.",
    "3. Розподіл отримувачів за умовами оплати: безоплатно – 71,8 %, з установленням диференційованої плати – 19,6 %, платно – 10,4 %.",
    "4. Станом на 01.04.2025 штатна чисельність ТЦСО становить 46 посад, фактично працює 43 працівники. Скарг на якість надання соціальних послуг за квартал не надходило.",
    "5. Фінансування. Кошторисом ТЦСО на I квартал 2025 року передбачено видатки загального фонду в сумі 4 277,3 тис. грн. Виконання кошторису наведено в таблиці 2.",
    "Таблиця 2. Виконання кошторису загального фонду за I квартал 2025 року, тис. грн",
]
TABLE = [
    ["КЕКВ", "Найменування видатків", "Затверджено на I квартал", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "3 412,6", "3 398,1", "14,5"],
    ["2120", "Нарахування на оплату праці", "750,8", "747,6", "3,2"],
    ["2210", "Предмети, матеріали, обладнання та інвентар", "48,0", "41,3", "6,7"],
    ["2240", "Оплата послуг (крім комунальних)", "36,5", "33,9", "2,6"],
    ["2273", "Оплата електроенергії", "29,4", "27,8", "1,6"],
    ["Разом", "", "4 277,3", "4 248,7", "28,6"],
]
P2 = [
    f"Економія коштів утворилася переважно через перебування працівників на лікарняних та менші, ніж планувалося, витрати на пальне і зв{A}язок. До спеціального фонду за надання платних соціальних послуг надійшло 58,3 тис. грн.",
    "6. Пропозиції: до 01.07.2025 розглянути питання про збільшення штатної чисельності відділення соціальної допомоги вдома на 2 посади соціального робітника з урахуванням черги з 11 заяв.",
    "Начальник відділу соціального захисту населення",
]


def build():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for t in TITLE:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(t).bold = True
    for t in P1:
        d.add_paragraph(t)
    tb = d.add_table(rows=len(TABLE), cols=5)
    tb.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            tb.cell(i, j).text = c
    m = tb.cell(len(TABLE) - 1, 0).merge(tb.cell(len(TABLE) - 1, 1))
    m.text = "Разом"
    for t in P2:
        d.add_paragraph(t)
    fix_docx_props(d, "Відділ соціального захисту населення")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Кагарлицької міської ради",
        "centre_type": "tcso", "settlement": "Кагарлик",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-03-31"},
        {"centre": ["Територіальний центр соціального обслуговування Кагарлицької міської ради"]})
    f = g.f
    s0 = f("served", "persons", 412, "ТЦСО обслуговано 412 осіб")
    s1 = f("served", "persons", 287, "послугу догляду вдома отримали 287 осіб", service="home_care", group="served_412_by_service", parent=s0)
    s2 = f("served", "persons", 64, "денного догляду – 64 особи", service="day_care", group="served_412_by_service", parent=s0)
    s3 = f("served", "persons", 61, "натуральної допомоги – 61 особа", service="natural_aid", group="served_412_by_service", parent=s0)
    n1 = f("served", "persons", 19, "взято на обслуговування 19 осіб", label="взято на обслуговування", alt=["registered_new", "support_started"])
    n2 = f("deregistered", "persons", 23, "знято з обслуговування 23 особи")
    sp = f("services_provided", "services", 9874, "Надано 9 874 соціальні послуги")
    h1 = f("share", "percent", 71.8, "безоплатно – 71,8 %", label="отримувачі, обслуговані безоплатно", group="recipients_by_payment")
    h2 = f("share", "percent", 19.6, "з установленням диференційованої плати – 19,6 %", label="отримувачі з диференційованою платою", group="recipients_by_payment")
    h3 = f("share", "percent", 10.4, "платно – 10,4 %", label="отримувачі, обслуговані платно", group="recipients_by_payment")
    p1 = f("staff_positions", "positions", 46, "штатна чисельність ТЦСО становить 46 посад")
    p2 = f("staff_actual", "staff", 43, "фактично працює 43 працівники")
    cp = f("complaints", "complaints", 0, "Скарг на якість надання соціальних послуг за квартал не надходило.")
    ba = f("budget_approved", "uah", 4277300, "передбачено видатки загального фонду в сумі 4 277,3 тис. грн", label="загальний фонд, I квартал (текст)")
    tq = "Разом\t4 277,3\t4 248,7\t28,6"
    T1 = f("budget_approved", "uah", 4277300, tq, label="Разом (таблиця 2)")
    T2 = f("budget_spent", "uah", 4248700, tq, label="Разом (таблиця 2)")
    T3 = f("budget_savings", "uah", 28600, tq, label="Разом (таблиця 2)")
    rows = [
        ("2111", "Заробітна плата", 3412600, 3398100, 14500),
        ("2120", "Нарахування на оплату праці", 750800, 747600, 3200),
        ("2210", "Предмети, матеріали, обладнання та інвентар", 48000, 41300, 6700),
        ("2240", "Оплата послуг (крім комунальних)", 36500, 33900, 2600),
        ("2273", "Оплата електроенергії", 29400, 27800, 1600),
    ]
    A_, S_, E_ = [], [], []
    for (k, name, a, s, e), row in zip(rows, TABLE[1:-1]):
        q = "\t".join(row)
        A_.append(f("budget_approved", "uah", a, q, kekv=k, label=name, group="approved_by_kekv", parent=T1))
        S_.append(f("budget_spent", "uah", s, q, kekv=k, label=name, group="spent_by_kekv", parent=T2))
        E_.append(f("budget_savings", "uah", e, q, kekv=k, label=name, group="savings_by_kekv", parent=T3))
    br = f("budget_received", "uah", 58300, "надійшло 58,3 тис. грн", label="спеціальний фонд, платні соціальні послуги")
    g.check("parts_sum", "ТЦСО обслуговано 412 осіб", "287 + 64 + 61 = 412", f"{s1} + {s2} + {s3} == {s0}")
    g.check("table_arithmetic", tq, "approved 3 412,6 + 750,8 + 48,0 + 36,5 + 29,4 = 4 277,3", " + ".join(A_) + f" == {T1}")
    g.check("table_arithmetic", tq, "spent 3 398,1 + 747,6 + 41,3 + 33,9 + 27,8 = 4 248,7", " + ".join(S_) + f" == {T2}")
    g.check("table_arithmetic", tq, "savings 14,5 + 3,2 + 6,7 + 2,6 + 1,6 = 28,6", " + ".join(E_) + f" == {T3}")
    g.check("table_arithmetic", tq, "економія = затверджено − видатки in every row and in Разом", " and ".join(f"{a} - {s} == {e}" for a, s, e in zip(A_ + [T1], S_ + [T2], E_ + [T3])))
    g.check("internal_conflict", "передбачено видатки загального фонду в сумі 4 277,3 тис. грн", "the prose 4 277,3 equals the table Разом", f"{ba} == {T1}")
    g.check("parts_sum", "фактично працює 43 працівники", "43 ≤ 46", f"{p2} <= {p1}")
    g.slip("percents_sum", "error", "Розподіл отримувачів за умовами оплати: безоплатно – 71,8 %, з установленням диференційованої плати – 19,6 %, платно – 10,4 %.",
           101.8, 100, [h1, h2, h3],
           "the three payment bases partition the recipients but sum to 71,8 + 19,6 + 10,4 = 101,8 %; no rounding of one decimal explains 1,8 points",
           f"psum_ok([{h1}, {h2}, {h3}], 1)", slip=1)
    g.skip("мешканцям 37 населених пунктів громади", [37], "settlement count")
    g.skip("рішенням виконавчого комітету від 16.01.2025 № 7", [16, 1, 2025, 7], "decision date and number")
    g.skip("вартість однієї години догляду вдома становить 84,20 грн", [84.2], "tariff")
    g.skip("(I квартал 2024 року – 398 осіб)", [2024, 398], "prior-year figure")
    g.skip("Станом на 01.04.2025", [1, 4, 2025], "date")
    g.skip("Таблиця 2. Виконання кошторису загального фонду за I квартал 2025 року, тис. грн", [2, 2025], "table number, year")
    g.skip("6. Пропозиції: до 01.07.2025 розглянути питання про збільшення штатної чисельності відділення соціальної допомоги вдома на 2 посади соціального робітника з урахуванням черги з 11 заяв.", [6, 1, 7, 2025, 2, 11], "paragraph number, deadline, proposal, queue of applications (pending, not applied in the period)")
    g.skip("1. Територіальний центр", [1, 2, 3, 4, 5, 6], "paragraph numbers")
    g.note("the body of the note is impersonal; it is signed by the head of the відділ соціального захисту, but the figures are the ТЦСО's, so meta is the ТЦСО")
    g.note("the annual-looking line «передбачено видатки загального фонду в сумі 4 277,3 тис. грн» is the quarter's approval and repeats the table total → two facts")
    g.note("table cells: each row gives approved/spent/savings with the KEKV code; rows hang on the Разом cell of their column")
    g.note("payment-basis shares have no counts → `share` with label and one group; they are the planted percents_sum slip")
    g.note("«взято на обслуговування» → served with a label (alt registered_new, support_started); «знято з обслуговування» → deregistered")
    g.write()


if __name__ == "__main__":
    build()
    gold()
