"""b95_03: КУ «ЦНСП» Білокриницької сільської ради (Рівненська), report for H1 2025.
reportlab PDF, third person, a table with an IDP column."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

NAME = "b95_03_bila_krynytsia_cnsp_h1_2025.pdf"

HEAD1 = "Комунальна установа «Центр надання соціальних послуг» Білокриницької сільської ради"
HEAD2 = "35342, Рівненська обл., Рівненський р-н, с. Біла Криниця, вул. Рівненська, 62"
HEAD3 = "тел. (0362) 0-58-14; e-mail: cnsp.bkr@example.ua; код ЄДРПОУ 42975318"
TITLE = "Звіт про діяльність Центру за І півріччя 2025 року"
P1 = ("У січні–червні 2025 року Центр надав соціальні послуги 1 046 особам, що на 74 особи більше, ніж за "
      "аналогічний період 2024 року. Серед отримувачів – 229 внутрішньо переміщених осіб (21,9 %).")
P2 = ("До Центру надійшло 211 звернень щодо отримання соціальних послуг. Оцінку індивідуальних потреб "
      "проведено 134 особам. Станом на 30.06.2025 у черзі на догляд вдома перебувають 6 осіб.")
TCAP = "Таблиця. Отримувачі та обсяг соціальних послуг за І півріччя 2025 року"
ROWS = [
    ["№", "Послуга", "Отримувачів, осіб", "з них ВПО", "Надано послуг"],
    ["1", "Інформування", "402", "96", "655"],
    ["2", "Консультування", "318", "71", "1 204"],
    ["3", "Соціальний супровід", "27", "6", "389"],
    ["4", "Догляд вдома", "112", "9", "6 840"],
    ["5", "Денний догляд", "34", "3", "1 122"],
    ["6", "Натуральна допомога", "153", "44", "153"],
    ["", "Разом", "1 046", "229", "10 383"],
]
P3 = ("Послугу соціального супроводу отримували 27 осіб, з них 9 взято під супровід у звітному періоді. "
      "Завершено надання послуги 7 особам: 5 – з позитивним результатом, 2 – у зв’язку з відмовою від послуги.")
P4 = ("Догляд вдома надається 112 особам у 9 старостинських округах громади; вартість однієї години послуги для "
      "платних отримувачів – 96,20 грн. Середній вік отримувачів догляду вдома – 78 років. Відділення денного "
      "догляду відвідують 34 особи, заняття проводяться тричі на тиждень.")
P5 = ("За рахунок гуманітарних партнерів видано 1 180 продуктових наборів на загальну суму 412,8 тис. грн. "
      "Проведено 14 групових заходів, у яких взяли участь 236 осіб.")
P6 = ("Штатний розпис – 31 посада, фактично працює 28 осіб, 3 посади вакантні. Протягом півріччя 11 працівників "
      "пройшли навчання за програмами підвищення кваліфікації.")
P7 = ("Кошторисом на 2025 рік затверджено 8 912,4 тис. грн, у тому числі на І півріччя – 4 310,7 тис. грн. "
      "Касові видатки становлять 4 188,2 тис. грн (97,2 % від плану півріччя), економія – 122,5 тис. грн.")
P8 = "Скарг від отримувачів соціальних послуг не надходило."
FOOT = "Сторінка 1 з 1"


def build(path):
    register_fonts()
    base = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, spaceAfter=6, firstLineIndent=8 * mm)
    head = ParagraphStyle("h", parent=base, fontName="LSerif-B", alignment=1, firstLineIndent=0, spaceAfter=2)
    small = ParagraphStyle("s", parent=base, fontSize=9.5, alignment=1, firstLineIndent=0, spaceAfter=1)
    cell = ParagraphStyle("c", fontName="LSans", fontSize=9.5, leading=11)

    def foot(canvas, doc):
        canvas.setFont("LSans", 8)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, FOOT)

    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=22 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=20 * mm, title="Звіт ЦНСП", author="ЦНСП")
    story = [Paragraph(HEAD1, head), Paragraph(HEAD2, small), Paragraph(HEAD3, small), Spacer(1, 5 * mm),
             Paragraph(TITLE, head), Spacer(1, 3 * mm), Paragraph(P1, base), Paragraph(P2, base),
             Paragraph(TCAP, ParagraphStyle("t", parent=base, firstLineIndent=0, fontName="LSerif-I"))]
    data = [[Paragraph(c, cell) for c in r] for r in ROWS]
    t = Table(data, colWidths=[10 * mm, 62 * mm, 33 * mm, 25 * mm, 30 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [t, Spacer(1, 4 * mm)]
    for p in (P3, P4, P5, P6, P7, P8):
        story.append(Paragraph(p, base))
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


def row(i):
    return "\t".join(ROWS[i]).lstrip("\t")


def num(s):
    return int(s.replace(" ", ""))


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Білокриницької сільської ради",
        "centre_type": "cnsp", "settlement": "Біла Криниця", "oblast": "Рівненська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Білокриницької сільської ради",
                             "КУ «Центр надання соціальних послуг» Білокриницької сільської ради"],
                  "settlement": ["Білокриницька сільська громада"]})
    f = g.f
    s = f("served", "persons", 1046, "Центр надав соціальні послуги 1 046 особам")
    idp = f("served", "persons", 229, "Серед отримувачів – 229 внутрішньо переміщених осіб (21,9 %)", percent=21.9,
            category="внутрішньо переміщені особи", parent=s)
    ap = f("applied", "applications", 211, "До Центру надійшло 211 звернень", unit_alt="persons")
    na = f("needs_assessed", "persons", 134, "Оцінку індивідуальних потреб проведено 134 особам")
    tr_s = f("served", "persons", 1046, row(7), label="Разом")
    tr_i = f("served", "persons", 229, row(7), label="Разом, з них ВПО", category="внутрішньо переміщені особи",
             parent=tr_s)
    tr_p = f("services_provided", "services", 10383, row(7), label="Разом")
    svc = ["informing", "counselling", "social_support_sjo", "home_care", "day_care", "natural_aid"]
    rs, ri, rp = [], [], []
    for i, sv in enumerate(svc, start=1):
        lab = ROWS[i][1]
        rs.append(f("served", "persons", num(ROWS[i][2]), row(i), service=sv, label=lab, parent=tr_s,
                    group="table_recipients"))
        ri.append(f("served", "persons", num(ROWS[i][3]), row(i), service=sv, label=lab + ", з них ВПО",
                    category="внутрішньо переміщені особи", parent=tr_i, group="table_idp"))
        rp.append(f("services_provided", "services", num(ROWS[i][4]), row(i), service=sv, label=lab, parent=tr_p,
                    group="table_services"))
    ss = f("served", "persons", 27, "Послугу соціального супроводу отримували 27 осіб", service="social_support_sjo",
           alt=["support_ongoing"])
    st_ = f("support_started", "persons", 9, "з них 9 взято під супровід у звітному періоді",
            service="social_support_sjo", parent=ss)
    co = f("support_completed", "persons", 7, "Завершено надання послуги 7 особам", service="social_support_sjo",
           parent=ss)
    op = f("outcome_positive", "persons", 5, "5 – з позитивним результатом", parent=co, group="completed_7_by_result")
    oo = f("outcome_other", "persons", 2, "2 – у зв’язку з відмовою від послуги", parent=co,
           group="completed_7_by_result", label="відмова від послуги")
    hc = f("served", "persons", 112, "Догляд вдома надається 112 особам", service="home_care")
    dc = f("served", "persons", 34, "Відділення денного догляду відвідують 34 особи", service="day_care")
    av = f("aid_value", "uah", 412800, "на загальну суму 412,8 тис. грн")
    ev = f("events", "events", 14, "Проведено 14 групових заходів")
    ep = f("event_participants", "persons", 236, "у яких взяли участь 236 осіб", parent=ev)
    pos = f("staff_positions", "positions", 31, "Штатний розпис – 31 посада")
    act = f("staff_actual", "staff", 28, "фактично працює 28 осіб")
    trn = f("staff_trained", "staff", 11, "Протягом півріччя 11 працівників пройшли навчання")
    ba = f("budget_approved", "uah", 8912400, "Кошторисом на 2025 рік затверджено 8 912,4 тис. грн",
           label="кошторис на 2025 рік (річний)")
    bh = f("budget_approved", "uah", 4310700, "у тому числі на І півріччя – 4 310,7 тис. грн",
           label="на І півріччя", parent=ba)
    bs = f("budget_spent", "uah", 4188200, "Касові видатки становлять 4 188,2 тис. грн (97,2 % від плану півріччя)",
           percent=97.2)
    bv = f("budget_savings", "uah", 122500, "економія – 122,5 тис. грн", label="І півріччя")
    cm = f("complaints", "complaints", 0, "Скарг від отримувачів соціальних послуг не надходило.")

    v = lambda x: "f" + x[1:]  # noqa: E731
    p = lambda x: "p" + x[1:]  # noqa: E731
    g.check("percent_mismatch", "Серед отримувачів – 229 внутрішньо переміщених осіб (21,9 %)", "229 / 1 046 = 21,89 %",
            f"pct_ok({p(idp)}, {v(idp)}, {v(s)}, 1)")
    g.check("table_arithmetic", row(7), "402 + 318 + 27 + 112 + 34 + 153 = 1 046",
            " + ".join(map(v, rs)) + f" == {v(tr_s)}")
    g.check("table_arithmetic", row(7), "ВПО column: 96 + 71 + 6 + 9 + 3 + 44 = 229",
            " + ".join(map(v, ri)) + f" == {v(tr_i)}")
    g.check("internal_conflict", "Центр надав соціальні послуги 1 046 особам",
            "prose 1 046 / 229 = table Разом; prose 27, 112, 34 = table rows 3–5",
            f"{v(s)} == {v(tr_s)} and {v(idp)} == {v(tr_i)} and {v(ss)} == {v(rs[2])} and {v(hc)} == {v(rs[3])} and {v(dc)} == {v(rs[4])}")
    g.check("parts_sum", "Завершено надання послуги 7 особам: 5", "5 + 2 = 7; 9 and 7 ≤ 27",
            f"{v(op)} + {v(oo)} == {v(co)} and {v(st_)} <= {v(ss)} and {v(co)} <= {v(ss)}")
    g.check("parts_sum", "Штатний розпис – 31 посада, фактично працює 28 осіб, 3 посади вакантні",
            "31 − 28 = 3 vacancies (literal); 11 trained ≤ 28", f"{v(pos)} - {v(act)} == 3 and {v(trn)} <= {v(act)}")
    g.check("parts_sum", "у тому числі на І півріччя – 4 310,7 тис. грн", "half-year 4 310,7 ≤ year 8 912,4",
            f"{v(bh)} <= {v(ba)}")
    g.check("percent_mismatch", "Касові видатки становлять 4 188,2 тис. грн (97,2 % від плану півріччя)",
            "4 188,2 / 4 310,7 = 97,16 % → 97,2", f"pct_ok({p(bs)}, {v(bs)}, {v(bh)}, 1)")
    g.check("table_arithmetic", "економія – 122,5 тис. грн", "4 310,7 − 4 188,2 = 122,5",
            f"{v(bh)} - {v(bs)} == {v(bv)}")
    g.slip("table_arithmetic", "error", row(7), 10383, 10363, [tr_p] + rp,
           "the «Надано послуг» column sums to 655 + 1 204 + 389 + 6 840 + 1 122 + 153 = 10 363, "
           "but Разом says 10 383 (20 more)",
           " + ".join(map(v, rp)) + f" == {v(tr_p)}")

    g.skip(HEAD2, [35342, 62], "postcode, address")
    g.skip(HEAD3, [362, 5814, 42975318], "phone, ЄДРПОУ")
    g.skip(TITLE, [2025], "period in the title")
    g.skip("У січні–червні 2025 року", [2025], "period")
    g.skip("що на 74 особи більше, ніж за аналогічний період 2024 року", [74, 2024], "difference with the prior year")
    g.skip("Станом на 30.06.2025 у черзі на догляд вдома перебувають 6 осіб.", [30, 6, 2025, 6],
           "date; waiting list (no §3 id)")
    g.skip(TCAP, [2025], "table caption")
    g.skip("№\tПослуга", [1, 2, 3, 4, 5, 6], "row numbers")
    g.skip("у 9 старостинських округах громади", [9], "number of starosta districts")
    g.skip("вартість однієї години послуги для платних отримувачів – 96,20 грн", [96.2], "tariff")
    g.skip("Середній вік отримувачів догляду вдома – 78 років.", [78], "age")
    g.skip("заняття проводяться тричі на тиждень", [3], "frequency (in words)")
    g.skip("видано 1 180 продуктових наборів", [1180], "items (food sets)")
    g.skip("3 посади вакантні", [3], "vacancies (no §3 id); literal in a check")
    g.note("a figure written twice is two facts: 1 046 and 229 in prose and in the Разом row; 27, 112 and 34 in prose and in table rows 3–5")
    g.note("table: every cell is a fact quoted by its row; rows hang on the Разом cell of the same column; the «з них ВПО» cells carry category внутрішньо переміщені особи; the ВПО total hangs on the recipients total")
    g.note("«надійшло 211 звернень» → applied, unit applications (unit_alt persons)")
    g.note("«Послугу соціального супроводу отримували 27 осіб» → served (alt support_ongoing); «2 – у зв’язку з відмовою від послуги» → outcome_other with a label")
    g.note("budget: annual and half-year approvals told apart by label; the 97,2 % is the percent of the spending against the half-year plan")
    g.write()


if __name__ == "__main__":
    build(report_path(NAME))
    gold()
