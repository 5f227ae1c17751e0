"""b80_03: КУ «ЦНСП» Коропецької селищної ради (Тернопільська), report for 9 months of 2023.
reportlab PDF (Liberation fonts), first person plural, a table by service with an IDP column.
Planted slip: table_arithmetic (Надано послуг column sums to 12 569, Разом says 12 659; the prose repeats 12 659)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b80_03_koropets_cnsp_9m2023.pdf"

HEAD = [
    "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» КОРОПЕЦЬКОЇ СЕЛИЩНОЇ РАДИ",
    "48620, Тернопільська обл., Чортківський р-н, смт Коропець, вул. Шевченка, 9, тел. (03544) 0-12-47, ЄДРПОУ 43915582",
]
TITLE = "Звіт про діяльність Центру за 9 місяців 2023 року"
BODY1 = [
    "Наш Центр працює на виконання рішення сесії селищної ради від 27.01.2023 № 612 «Про затвердження "
    "переліку соціальних послуг». Послуги ми надаємо мешканцям громади віком від 18 до 94 років, а також "
    "сім’ям з дітьми.",
    "За січень – вересень до нас звернулися 389 осіб, з них уперше – 112. Оцінку потреб ми провели 126 особам.",
    "Загалом за 9 місяців ми надали 12 659 соціальних послуг (за 9 місяців 2022 року – 931 отримувач). "
    "Розподіл за видами послуг наведено в таблиці 2.",
]
ROWS = [
    ["№", "Соціальна послуга", "Отримувачів, осіб", "у т. ч. ВПО", "Надано послуг"],
    ["1", "Догляд вдома", "84", "6", "9 412"],
    ["2", "Денний догляд", "23", "2", "1 870"],
    ["3", "Консультування", "317", "58", "402"],
    ["4", "Інформування", "455", "91", "455"],
    ["5", "Соціальна адаптація", "36", "14", "288"],
    ["6", "Натуральна допомога", "142", "47", "142"],
    ["", "Разом", "1057", "218", "12 659"],
]
BODY2 = [
    "Вартість однієї години послуги догляду вдома на платній основі становить 64,80 грн.",
    "Під соціальним супроводом у нас перебували 19 сімей, у яких виховується 41 дитина; 7 із цих сімей ми взяли "
    "під супровід у звітному періоді. Завершили супровід 8 сімей: 5 – з подоланням складних життєвих обставин, "
    "3 – з їх мінімізацією.",
    "Мобільна бригада соціально-психологічної допомоги здійснила 64 виїзди до віддалених сіл громади.",
    "На нашу «гарячу лінію» надійшло 86 дзвінків. Провели 12 групових заходів, участь у яких взяли 240 осіб.",
    "Натуральну допомогу (продукти, одяг, засоби гігієни) ми надали на суму 97,3 тис. грн.",
    "У штатному розписі Центру 31 посада, працюють 28 осіб, вакантні 3 посади.",
    "Наші фахівці обслуговують 27 населених пунктів громади; найвіддаленіше село розташоване за 23 км від "
    "смт Коропець, тому виїзди плануємо за графіком двічі на тиждень.",
    "До кінця 2023 року плануємо відкрити пункт прокату засобів реабілітації на 15 одиниць та залучити до "
    "послуги денного догляду ще 6 осіб з інвалідністю.",
]


def build():
    register_fonts()
    n = ParagraphStyle("n", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6)
    h = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceAfter=8)
    c = ParagraphStyle("c", fontName="LSans", fontSize=9, leading=11, alignment=1, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName="LSerif", fontSize=10, leading=12)
    story = [Paragraph(x, c) for x in HEAD] + [Spacer(1, 4 * mm), Paragraph(TITLE, h)]
    story += [Paragraph(x, n) for x in BODY1]
    story.append(Paragraph("Таблиця 2. Надання соціальних послуг за 9 місяців 2023 року", n))
    t = Table(ROWS, colWidths=[10 * mm, 62 * mm, 32 * mm, 26 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                           ("FONTNAME", (0, -1), (-1, -1), "LSerif-B"),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [t, Spacer(1, 4 * mm)]
    story += [Paragraph(x, n) for x in BODY2]
    story.append(Paragraph("Директор КУ «ЦНСП» (підпис)        10.10.2023", n))

    def footer(canv, doc):
        canv.setFont("LSans", 8)
        canv.drawCentredString(A4[0] / 2, 10 * mm, f"Сторінка {doc.page} з 2")
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, leftMargin=20 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=20 * mm, title="Звіт ЦНСП 9 місяців 2023")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Коропецької селищної ради",
        "centre_type": "cnsp", "settlement": "Коропець", "oblast": "Тернопільська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Коропецької селищної ради",
                    "КУ «Центр надання соціальних послуг» Коропецької селищної ради"]})
    f = g.f
    ap = f("applied", "persons", 389, "до нас звернулися 389 осіб")
    ap1 = f("applied", "persons", 112, "з них уперше – 112", label="вперше", parent=ap)
    na = f("needs_assessed", "persons", 126, "Оцінку потреб ми провели 126 особам")
    sp = f("services_provided", "services", 12659, "ми надали 12 659 соціальних послуг")
    svc = {"Догляд вдома": "home_care", "Денний догляд": "day_care", "Консультування": "counselling",
           "Інформування": "informing", "Соціальна адаптація": "social_adaptation", "Натуральна допомога": "natural_aid"}
    tq = "Разом\t1057\t218\t12 659"
    tr = f("served", "persons", 1057, tq, label="таблиця 2, Разом")
    tv = f("served", "persons", 218, tq, category="внутрішньо переміщені особи", label="таблиця 2, Разом, у т. ч. ВПО", parent=tr)
    ts = f("services_provided", "services", 12659, tq, label="таблиця 2, Разом")
    rr, rv, rs = [], [], []
    for row in ROWS[1:-1]:
        num, name, r, v, s = row
        q = f"{num}\t{name}\t{r}\t{v}\t{s}"
        a = f("served", "persons", int(r), q, service=svc[name], parent=tr, group="table2_recipients")
        rr.append(a)
        rv.append(f("served", "persons", int(v), q, service=svc[name], category="внутрішньо переміщені особи",
                    parent=tv, group="table2_idp"))
        rs.append(f("services_provided", "services", int(s.replace(" ", "")), q, service=svc[name], parent=ts,
                    group="table2_services"))
    su = f("served", "families", 19, "Під соціальним супроводом у нас перебували 19 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    sc = f("served", "children", 41, "у яких виховується 41 дитина", service="social_support_sjo",
           alt=["support_ongoing"], parent=su)
    ss = f("support_started", "families", 7, "7 із цих сімей ми взяли під супровід у звітному періоді",
           service="social_support_sjo", parent=su)
    se = f("support_completed", "families", 8, "Завершили супровід 8 сімей", service="social_support_sjo", parent=su)
    o1 = f("outcome_positive", "families", 5, "5 – з подоланням складних життєвих обставин", service="social_support_sjo",
           parent=se, group="completed_8_by_outcome")
    o2 = f("outcome_minimized", "families", 3, "3 – з їх мінімізацією", service="social_support_sjo", parent=se,
           group="completed_8_by_outcome")
    cl = f("calls", "calls", 86, "На нашу «гарячу лінію» надійшло 86 дзвінків")
    ev = f("events", "events", 12, "Провели 12 групових заходів")
    ep = f("event_participants", "persons", 240, "участь у яких взяли 240 осіб", parent=ev)
    av = f("aid_value", "uah", 97300, "ми надали на суму 97,3 тис. грн", service="natural_aid")
    p1 = f("staff_positions", "positions", 31, "У штатному розписі Центру 31 посада")
    p2 = f("staff_actual", "staff", 28, "працюють 28 осіб")

    g.slip("table_arithmetic", "error", tq, 12659, 12569, rs + [ts],
           "the «Надано послуг» column 9 412 + 1 870 + 402 + 455 + 288 + 142 = 12 569, but Разом says 12 659 "
           "(two digits swapped); the prose repeats the wrong 12 659",
           " + ".join(rs) + f" == {ts}")
    g.check("table_arithmetic", tq, "recipients 84 + 23 + 317 + 455 + 36 + 142 = 1057", " + ".join(rr) + f" == {tr}")
    g.check("table_arithmetic", tq, "IDP column 6 + 2 + 58 + 91 + 14 + 47 = 218", " + ".join(rv) + f" == {tv}")
    g.check("table_arithmetic", tq, "each row's IDPs ≤ its recipients", " and ".join(f"{v} <= {r}" for v, r in zip(rv, rr)))
    g.check("internal_conflict", "ми надали 12 659 соціальних послуг", "prose total = table Разом (both 12 659)", f"{sp} == {ts}")
    g.check("parts_sum", "Завершили супровід 8 сімей: 5 – з подоланням", "5 + 3 = 8; 7 started and 8 completed ≤ 19",
            f"{o1} + {o2} == {se} and {ss} <= {su} and {se} <= {su}")
    g.check("parts_sum", "з них уперше – 112", "112 ≤ 389", f"{ap1} <= {ap}")
    g.check("parts_sum", "працюють 28 осіб, вакантні 3 посади", "28 + 3 vacancies = 31", f"{p2} + 3 == {p1}")

    g.skip("48620, Тернопільська обл., Чортківський р-н, смт Коропець, вул. Шевченка, 9, тел. (03544) 0-12-47, ЄДРПОУ 43915582",
           [48620, 9, 3544, 1247, 43915582], "postcode, address, phone, ЄДРПОУ")
    g.skip("рішення сесії селищної ради від 27.01.2023 № 612", [27, 1, 2023, 612], "decision date and number")
    g.skip("віком від 18 до 94 років", [18, 94], "ages")
    g.skip("(за 9 місяців 2022 року – 931 отримувач)", [9, 2022, 931], "prior-year figure")
    g.skip("Таблиця 2. Надання соціальних послуг за 9 місяців 2023 року", [2, 9, 2023], "table number and period")
    g.skip("1\tДогляд вдома\t84\t6\t9 412", [1, 2, 3, 4, 5, 6], "row numbers")
    g.skip("Вартість однієї години послуги догляду вдома на платній основі становить 64,80 грн.", [64.8], "tariff")
    g.skip("Мобільна бригада соціально-психологічної допомоги здійснила 64 виїзди", [64], "trips (no §3 id)")
    g.skip("вакантні 3 посади", [3], "vacancies (literal in a check)")
    g.skip("Наші фахівці обслуговують 27 населених пунктів громади; найвіддаленіше село розташоване за 23 км",
           [27, 23], "settlements and distance")
    g.skip("До кінця 2023 року плануємо відкрити пункт прокату засобів реабілітації на 15 одиниць", [2023, 15],
           "plan and items")
    g.skip("залучити до послуги денного догляду ще 6 осіб з інвалідністю", [6], "plan")
    g.skip("10.10.2023", [10, 10, 2023], "signature date")
    g.note("the PDF table comes out tab-separated; the page footer «Сторінка N з 2» is not in the read text; each cell is a fact quoted by its row")
    g.note("row cells hang on the Разом cell of their column (IDP cells on the Разом IDP cell); the Разом IDP cell hangs on the Разом recipients cell")
    g.note("the prose 12 659 and the table's Разом 12 659 are two facts; both carry the slip")
    g.write()


if __name__ == "__main__":
    build()
    gold()
