"""b99_04: ЦСС Яришівської сільської ради (Вінницька), report for H1 2025. reportlab PDF with a table
(Сімей / у них дітей) and prose, first person plural. Slip: table_arithmetic (children column)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b99_04_yaryshiv_css_h1_2025.pdf"

HEAD = ["ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ЯРИШІВСЬКОЇ СІЛЬСЬКОЇ РАДИ",
        "24531, Вінницька обл., Могилів-Подільський р-н, с. Яришів, вул. Соборна, 12",
        "тел. (04337) 0-27-64, css.yaryshiv@example.ua, код ЄДРПОУ 43870159"]
TITLE = "ЗВІТ про роботу Центру соціальних служб за І півріччя 2025 року"
PARAS = [
    "Центр соціальних служб Яришівської сільської ради (далі – Центр) працює відповідно до Положення, затвердженого "
    "рішенням виконавчого комітету від 14.03.2025 № 56. Громада налічує понад 11,3 тис. мешканців.",
    "<b>1. Виявлення сімей у складних життєвих обставинах.</b> Протягом І півріччя 2025 року ми отримали повідомлення "
    "про 31 сім'ю, яка може перебувати у складних життєвих обставинах (за аналогічний період 2024 року – 24 сім'ї). "
    "Оцінку потреб проведено 28 сім'ям, з них у 23 сім'ях (82,1 %) виявлено складні життєві обставини.",
    "<b>2. Соціальні послуги.</b> Кількість сімей, яким ми надали соціальні послуги, наведено в таблиці.",
]
TABLE = [
    ["№", "Соціальна послуга", "Сімей", "У них дітей"],
    ["1", "Консультування", "86", "131"],
    ["2", "Соціальний супровід сімей у СЖО", "17", "39"],
    ["3", "Соціальний супровід прийомних сімей і ДБСТ", "4", "14"],
    ["4", "Кризове та екстрене втручання", "6", "11"],
    ["5", "Соціальна профілактика", "29", "47"],
    ["", "Разом", "142", "246"],
]
PARAS2 = [
    "Серед сімей, які отримали консультування, 27 – сім'ї внутрішньо переміщених осіб.",
    "Під соціальний супровід у звітному періоді взято 9 сімей (у них 21 дитина). Завершено супровід 7 сімей: "
    "з позитивним результатом – 5, у зв'язку з відмовою отримувача від послуги – 2. Станом на 30.06.2025 під "
    "супроводом перебуває 10 сімей.",
    "<b>3. Профілактична робота.</b> Ми провели 8 тренінгів для батьків (тривалість кожного – 2 години) та 14 занять "
    "з учнівською молоддю віком 12–17 років, якими охопили відповідно 96 батьків та 263 учні.",
    "<b>4. Гуманітарна допомога.</b> За сприяння благодійного фонду 37 сімей з дітьми отримали продуктові набори "
    "на загальну суму 41,8 тис. грн.",
    "<b>5. Кадри та фінансування.</b> Штатний розпис – 9 посад, з них 6 – фахівці із соціальної роботи; фактично "
    "працює 8 осіб (1 фахівець перебуває у відпустці для догляду за дитиною). Кошторис Центру на 2025 рік – "
    "3 216,4 тис. грн, касові видатки за півріччя – 1 498,2 тис. грн.",
    "<b>6. Завдання на ІІ півріччя.</b> Запровадити послугу натуральної допомоги та підготувати 2 кандидатів у "
    "прийомні батьки.",
    "Директор Центру _______________",
    "Дата складання: 04.07.2025",
]


def footer(canv, doc):
    canv.saveState()
    canv.setFont("LSans", 8)
    canv.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")
    canv.restoreState()


def build(path):
    register_fonts()
    n = ParagraphStyle("n", fontName="LSerif", fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
    c = ParagraphStyle("c", parent=n, alignment=TA_CENTER)
    cb = ParagraphStyle("cb", parent=c, fontName="LSerif-B", fontSize=12)
    tc = ParagraphStyle("tc", fontName="LSerif", fontSize=10, leading=12)
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Звіт ЦСС", author="ЦСС",
                            leftMargin=25 * mm, rightMargin=15 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
    story = [Paragraph(h, c) for h in HEAD] + [Spacer(1, 8), Paragraph(TITLE, cb), Spacer(1, 6)]
    story += [Paragraph(p, n) for p in PARAS]
    data = [[Paragraph(x, tc) for x in row] for row in TABLE]
    t = Table(data, colWidths=[10 * mm, 95 * mm, 25 * mm, 30 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(p, n) for p in PARAS2]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def gold(text):
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Яришівської сільської ради",
        "centre_type": "css", "settlement": "Яришів", "oblast": "Вінницька",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    })
    f = g.f
    F = lambda x: "f" + x[1:]
    P = lambda x: "p" + x[1:]
    nt = f("notified", "families", 31, "ми отримали повідомлення про 31 сім'ю")
    na = f("needs_assessed", "families", 28, "Оцінку потреб проведено 28 сім'ям")
    sjo = f("in_difficult_circumstances", "families", 23, "з них у 23 сім'ях (82,1 %) виявлено складні життєві обставини",
            percent=82.1, parent=na)
    # table rows: find the printed row text
    def row(i):
        r = TABLE[i]
        cand = "\t".join(r).strip("\t")
        assert cand in text, cand
        return cand
    tf = f("served", "families", 142, row(6), label="Разом")
    tc_ = f("served", "children", 246, row(6), label="Разом", parent=tf)
    sids = [None, "counselling", "social_support_sjo", "social_support_foster", "crisis_intervention", "social_prevention"]
    rf, rc = {}, {}
    for i in range(1, 6):
        q = row(i)
        alt = ["support_ongoing"] if sids[i] == "social_support_sjo" else None
        rf[i] = f("served", "families", int(TABLE[i][2]), q, service=sids[i], group="table_families", parent=tf, alt=alt)
        rc[i] = f("served", "children", int(TABLE[i][3]), q, service=sids[i], group="table_children", parent=tc_, alt=alt)
    idp = f("served", "families", 27, "Серед сімей, які отримали консультування, 27 – сім'ї внутрішньо переміщених осіб",
            service="counselling", category="внутрішньо переміщені особи", parent=rf[1])
    st = f("support_started", "families", 9, "Під соціальний супровід у звітному періоді взято 9 сімей",
           service="social_support_sjo")
    stc = f("support_started", "children", 21, "(у них 21 дитина)", service="social_support_sjo", parent=st)
    cm = f("support_completed", "families", 7, "Завершено супровід 7 сімей", service="social_support_sjo")
    o1 = f("outcome_positive", "families", 5, "з позитивним результатом – 5", group="completed_7", parent=cm)
    o2 = f("outcome_other", "families", 2, "у зв'язку з відмовою отримувача від послуги – 2", label="відмова отримувача від послуги",
           group="completed_7", parent=cm)
    on = f("support_ongoing", "families", 10, "Станом на 30.06.2025 під супроводом перебуває 10 сімей",
           service="social_support_sjo")
    e1 = f("events", "events", 8, "Ми провели 8 тренінгів для батьків", label="тренінги для батьків")
    e2 = f("events", "events", 14, "14 занять з учнівською молоддю", label="заняття з учнівською молоддю")
    p1 = f("event_participants", "persons", 96, "96 батьків", label="батьки", parent=e1)
    p2 = f("event_participants", "persons", 263, "263 учні", label="учні", parent=e2, unit_alt="children")
    na_ = f("served", "families", 37, "37 сімей з дітьми отримали продуктові набори", service="natural_aid")
    av = f("aid_value", "uah", 41800, "на загальну суму 41,8 тис. грн")
    sp = f("staff_positions", "positions", 9, "Штатний розпис – 9 посад")
    sp1 = f("staff_positions", "positions", 6, "з них 6 – фахівці із соціальної роботи", label="фахівці із соціальної роботи",
            parent=sp)
    sa = f("staff_actual", "staff", 8, "фактично працює 8 осіб")
    ba = f("budget_approved", "uah", 3216400, "Кошторис Центру на 2025 рік – 3 216,4 тис. грн", label="кошторис на 2025 рік")
    bs = f("budget_spent", "uah", 1498200, "касові видатки за півріччя – 1 498,2 тис. грн")
    g.slip("table_arithmetic", "error", row(6), 246, 242, [tc_] + [rc[i] for i in range(1, 6)],
           "the children column sums to 131 + 39 + 14 + 11 + 47 = 242, Разом says 246 (4 extra)",
           " + ".join(F(rc[i]) for i in range(1, 6)) + f" == {F(tc_)}")
    g.check("table_arithmetic", row(6), "families 86 + 17 + 4 + 6 + 29 = 142",
            " + ".join(F(rf[i]) for i in range(1, 6)) + f" == {F(tf)}")
    g.check("percent_mismatch", "з них у 23 сім'ях (82,1 %)", "23 / 28 = 82,14 % → 82,1", f"pct_ok({P(sjo)}, {F(sjo)}, {F(na)}, 1)")
    g.check("parts_sum", "Оцінку потреб проведено 28 сім'ям", "23 ≤ 28 ≤ 31", f"{F(sjo)} <= {F(na)} <= {F(nt)}")
    g.check("parts_sum", "Завершено супровід 7 сімей", "5 + 2 = 7", f"{F(o1)} + {F(o2)} == {F(cm)}")
    g.check("parts_sum", "Станом на 30.06.2025 під супроводом перебуває 10 сімей", "17 in support − 7 completed = 10",
            f"{F(rf[2])} - {F(cm)} == {F(on)} and {F(st)} <= {F(rf[2])}")
    g.check("parts_sum", "Серед сімей, які отримали консультування, 27", "27 ≤ 86", f"{F(idp)} <= {F(rf[1])}")
    g.check("parts_sum", "з них 6 – фахівці із соціальної роботи", "6 ≤ 9; 8 working ≤ 9", f"{F(sp1)} <= {F(sp)} and {F(sa)} <= {F(sp)}")
    g.check("parts_sum", "касові видатки за півріччя – 1 498,2 тис. грн", "half-year spending ≤ the year's estimate",
            f"{F(bs)} <= {F(ba)}")
    s = g.skip
    s(HEAD[1], [24531, 12], "postcode, address")
    s(HEAD[2], [4337, 2764, 43870159], "phone, ЄДРПОУ")
    s("ЗВІТ про роботу Центру соціальних служб за І півріччя 2025 року", [2025], "period")
    s("рішенням виконавчого комітету від 14.03.2025 № 56", [14, 3, 2025, 56], "decision date and number")
    s("Громада налічує понад 11,3 тис. мешканців", [11300], "population")
    s("Протягом І півріччя 2025 року", [2025], "period")
    s("(за аналогічний період 2024 року – 24 сім'ї)", [2024, 24], "prior-year figure")
    s("№\tСоціальна послуга\tСімей\tУ них дітей", [1, 2, 3, 4, 5], "table header; row numbers 1–5")
    s("(тривалість кожного – 2 години)", [2], "duration")
    s("віком 12–17 років", [12, 17], "ages")
    s("(1 фахівець перебуває у відпустці для догляду за дитиною)", [1], "staff on leave, no §3 id")
    s("Запровадити послугу натуральної допомоги та підготувати 2 кандидатів", [2], "plan for H2")
    s("Дата складання: 04.07.2025", [4, 7, 2025], "compile date")
    s("1. Виявлення сімей", [1, 2, 3, 4, 5, 6], "section numbers")
    g.note("table: «Сімей» → served families, «У них дітей» → served children hanging on the Разом cell of their column; the social-support row also allows support_ongoing")
    g.note("services: «Соціальна профілактика» → social_prevention; «Кризове та екстрене втручання» → crisis_intervention; ДБСТ/прийомні → social_support_foster")
    g.note("«23 сім'ях (82,1 %)» of the 28 assessed → in_difficult_circumstances with percent")
    g.note("the two kinds of events are separate facts with labels; no total is written. «263 учні» is persons, unit_alt children")
    g.note("«з них 6 – фахівці» is a part of the 9 positions → staff_positions with label")
    g.note("the annual estimate 3 216,4 тис. грн is budget_approved with label «кошторис на 2025 рік»; no savings figure is written")
    g.note("the page footer «Сторінка 1» is drawn on the canvas; `zvitparse read` does not print it")
    g.note("planted slip: children column 131 + 39 + 14 + 11 + 47 = 242, Разом 246 (table_arithmetic)")
    return g


if __name__ == "__main__":
    from common import read_text
    path = report_path(DOC)
    build(path)
    gold(read_text(path)).write()
