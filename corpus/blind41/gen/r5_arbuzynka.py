"""b41_05: УСЗН Арбузинської селищної ради (Миколаївська), analytic note for Q3 2024.
reportlab PDF (DejaVu Sans) with a budget table by KEKV in тис. грн."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from common import Gold, report_path, register_dejavu

NAME = "b41_05_arbuzynka_uszn_q3_2024.pdf"

HEAD = ["УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ АРБУЗИНСЬКОЇ СЕЛИЩНОЇ РАДИ",
        "55301, Миколаївська обл., смт Арбузинка, вул. Центральна, 35; тел. (05132) 0-31-52"]
TITLE = ["АНАЛІТИЧНА ДОВІДКА",
         "щодо стану соціального захисту та надання соціальних послуг в Арбузинській селищній "
         "територіальній громаді за III квартал 2024 року"]
PARAS = [
    "В Арбузинській громаді проживає 15,9 тис. осіб, з них 4 212 пенсіонерів; на обліку як внутрішньо "
    "переміщені особи перебуває 1 037 осіб.",
    "За III квартал 2024 року до управління надійшло 412 звернень громадян (у III кварталі 2023 року – 389; "
    "з початку року – 1 236), з них 146 – щодо надання соціальних послуг. Оцінку потреб проведено 118 особам: "
    "97 особам прийнято рішення про надання соціальних послуг, 21 особі відмовлено.",
    "Соціальними послугами за квартал охоплено 1 284 особи, а саме: консультуванням – 613, натуральною "
    "допомогою – 402, доглядом вдома – 231, денним доглядом – 38. Послуги надавали КУ «ЦНСП» та 2 надавачі "
    "недержавного сектору. Натуральну допомогу видано на суму 184,6 тис. грн (1 150 продуктових наборів).",
    "На «гарячу лінію» управління надійшло 164 дзвінки. Штатна чисельність управління – 18 посад, фактично "
    "працює 16 осіб. Компенсацію фізичним особам, які надають соціальні послуги з догляду на непрофесійній "
    "основі, призначено 27 особам, середній розмір – 1 146,32 грн на місяць. Скарг на якість соціальних "
    "послуг протягом кварталу не надходило.",
    "Касові видатки за квартал становлять 2 840,7 тис. грн, або 97,0 % призначень (див. таблицю).",
]
TABH = "Таблиця. Виконання видатків за III квартал 2024 року, тис. грн"
ROWS = [
    ["КЕКВ", "Найменування", "Затверджено на квартал", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "1 846,2", "1 802,7", "43,5"],
    ["2120", "Нарахування на оплату праці", "406,2", "396,6", "9,6"],
    ["2240", "Оплата послуг (крім комунальних)", "112,4", "98,1", "14,3"],
    ["2273", "Оплата електроенергії", "36,8", "31,9", "5,9"],
    ["2730", "Інші виплати населенню", "528,0", "511,4", "16,6"],
    ["", "Разом", "2 929,6", "2 840,7", "88,9"],
]
TAIL = ["Довідку підготовлено 08.10.2024. Наступна довідка – до 10.01.2025."]


def build():
    register_dejavu()
    body = ParagraphStyle("b", fontName="DV", fontSize=10, leading=13.5, spaceAfter=6, firstLineIndent=18)
    head = ParagraphStyle("h", parent=body, fontSize=8.5, alignment=1, firstLineIndent=0)
    tit = ParagraphStyle("t", parent=body, fontName="DV-B", fontSize=11, alignment=1, firstLineIndent=0)
    cell = ParagraphStyle("c", parent=body, fontSize=9, leading=11, spaceAfter=0, firstLineIndent=0)
    story = [Paragraph(h, head) for h in HEAD] + [Spacer(1, 8)]
    story += [Paragraph(t, tit) for t in TITLE] + [Spacer(1, 6)]
    story += [Paragraph(p, body) for p in PARAS]
    story.append(Paragraph(TABH, body))
    t = Table([[Paragraph(c, cell) for c in r] for r in ROWS],
              colWidths=[1.6 * cm, 6.4 * cm, 3.2 * cm, 3 * cm, 2.4 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(p, body) for p in TAIL]
    story.append(Paragraph("Начальник управління                                   (підпис)", body))
    doc = SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, leftMargin=2.2 * cm,
                            rightMargin=1.5 * cm, topMargin=1.5 * cm, bottomMargin=2 * cm,
                            title="Аналітична довідка", author="УСЗН")
    doc.build(story)


def row(i):
    return "\t".join(ROWS[i])


def uah(s):
    """'1 846,2' (тис. грн) → 1846200 грн."""
    whole, _, frac = s.replace(" ", "").partition(",")
    return int(whole) * 1000 + int((frac + "000")[:3])


def gold():
    g = Gold(NAME, {
        "centre": "Управління соціального захисту населення Арбузинської селищної ради", "centre_type": "uszn",
        "settlement": "Арбузинка", "oblast": "Миколаївська", "report_kind": "period_report",
        "period_start": "2024-07-01", "period_end": "2024-09-30"})
    f = g.f
    ap = f("applied", "applications", 412, "до управління надійшло 412 звернень громадян")
    ap2 = f("applied", "applications", 146, "з них 146 – щодо надання соціальних послуг",
            label="щодо надання соціальних послуг", parent=ap)
    na = f("needs_assessed", "persons", 118, "Оцінку потреб проведено 118 особам")
    tot = f("served", "persons", 1284, "Соціальними послугами за квартал охоплено 1 284 особи")
    parts = []
    for q, svc in (("консультуванням – 613", "counselling"), ("натуральною допомогою – 402", "natural_aid"),
                   ("доглядом вдома – 231", "home_care"), ("денним доглядом – 38", "day_care")):
        parts.append(f("served", "persons", int(q.split("– ")[1]), q, service=svc,
                       group="served_1284_by_service", parent=tot))
    f("aid_value", "uah", 184600, "Натуральну допомогу видано на суму 184,6 тис. грн", service="natural_aid")
    f("calls", "calls", 164, "На «гарячу лінію» управління надійшло 164 дзвінки")
    sp = f("staff_positions", "positions", 18, "Штатна чисельність управління – 18 посад")
    sa = f("staff_actual", "staff", 16, "фактично працює 16 осіб")
    f("complaints", "complaints", 0, "Скарг на якість соціальних послуг протягом кварталу не надходило.")
    bsp = f("budget_spent", "uah", 2840700, "Касові видатки за квартал становлять 2 840,7 тис. грн, або 97,0 % призначень",
            percent=97.0, label="за III квартал")
    A, S, E = {}, {}, {}
    A[6] = f("budget_approved", "uah", uah(ROWS[6][2]), row(6), label="Разом, затверджено на квартал")
    S[6] = f("budget_spent", "uah", uah(ROWS[6][3]), row(6), label="Разом, касові видатки")
    E[6] = f("budget_savings", "uah", uah(ROWS[6][4]), row(6), label="Разом, економія")
    for i in range(1, 6):
        k, nm = ROWS[i][0], ROWS[i][1]
        A[i] = f("budget_approved", "uah", uah(ROWS[i][2]), row(i), kekv=k, label=nm,
                 group="approved_by_kekv", parent=A[6])
        S[i] = f("budget_spent", "uah", uah(ROWS[i][3]), row(i), kekv=k, label=nm,
                 group="spent_by_kekv", parent=S[6])
        E[i] = f("budget_savings", "uah", uah(ROWS[i][4]), row(i), kekv=k, label=nm,
                 group="savings_by_kekv", parent=E[6])
    n = lambda x: x[1:]  # noqa: E731

    g.check("parts_sum", "з них 146 – щодо надання соціальних послуг", "146 ≤ 412", f"{ap2} <= {ap}")
    g.check("parts_sum", "Оцінку потреб проведено 118 особам: 97 особам прийнято рішення",
            "decisions 97 + refusals 21 = 118 assessed (literals: decisions have no §3 id)", f"97 + 21 == {na}")
    g.check("parts_sum", "Соціальними послугами за квартал охоплено 1 284 особи, а саме",
            "613 + 402 + 231 + 38 = 1 284", f"{' + '.join(parts)} == {tot}")
    g.check("parts_sum", "фактично працює 16 осіб", "16 ≤ 18", f"{sa} <= {sp}")
    g.check("table_arithmetic", row(6), "approved 1 846,2 + 406,2 + 112,4 + 36,8 + 528,0 = 2 929,6",
            f"{' + '.join(A[i] for i in range(1, 6))} == {A[6]}")
    g.check("table_arithmetic", row(6), "spent 1 802,7 + 396,6 + 98,1 + 31,9 + 511,4 = 2 840,7",
            f"{' + '.join(S[i] for i in range(1, 6))} == {S[6]}")
    g.check("table_arithmetic", row(6), "Разом: 2 929,6 − 2 840,7 = 88,9", f"{A[6]} - {S[6]} == {E[6]}")
    for i in (1, 2, 3, 5):
        g.check("table_arithmetic", row(i), f"економія = затверджено − видатки: {ROWS[i][2]} − {ROWS[i][3]} = {ROWS[i][4]}",
                f"{A[i]} - {S[i]} == {E[i]}")
    g.check("internal_conflict", "Касові видатки за квартал становлять 2 840,7 тис. грн",
            "the prose spending equals the table's Разом", f"{bsp} == {S[6]}")
    g.check("percent_mismatch", "або 97,0 % призначень", "2 840,7 / 2 929,6 = 96,97 → 97,0",
            f"pct_ok(p{n(bsp)}, {bsp}, {A[6]}, 1)")
    g.slip("table_arithmetic", "error", row(4), 5900, 4900, [A[4], S[4], E[4]],
           "КЕКВ 2273: 36,8 − 31,9 = 4,9 тис. грн, the table writes 5,9", f"{A[4]} - {S[4]} == {E[4]}", slip=1)
    g.slip("table_arithmetic", "error", row(6), 89900, 88900, [E[1], E[2], E[3], E[4], E[5], E[6]],
           "the Економія column sums to 43,5 + 9,6 + 14,3 + 5,9 + 16,6 = 89,9, Разом says 88,9 "
           "(the same slip as in the КЕКВ 2273 row)", f"{' + '.join(E[i] for i in range(1, 6))} == {E[6]}", slip=1)

    g.skip(HEAD[1], [55301, 35, 5132, 3152], "postcode, address, phone")
    g.skip("за III квартал 2024 року", [3, 2024], "period")
    g.skip("В Арбузинській громаді проживає 15,9 тис. осіб, з них 4 212 пенсіонерів", [15900, 4212],
           "population")
    g.skip("на обліку як внутрішньо переміщені особи перебуває 1 037 осіб", [1037],
           "IDP population registered with the УСЗН (a population count, not a register of families in СЖО)")
    g.skip("(у III кварталі 2023 року – 389; з початку року – 1 236)", [3, 2023, 389, 1236],
           "prior-year figure and a year-to-date figure (9 months, another period)")
    g.skip("97 особам прийнято рішення про надання соціальних послуг, 21 особі відмовлено", [97, 21],
           "decisions and refusals (no §3 id); literals in a check")
    g.skip("КУ «ЦНСП» та 2 надавачі недержавного сектору", [2], "number of providers")
    g.skip("(1 150 продуктових наборів)", [1150], "items handed out")
    g.skip("призначено 27 особам, середній розмір – 1 146,32 грн на місяць", [27, 1146.32],
           "compensation recipients (no §3 id) and an average amount")
    g.skip(TABH, [3, 2024], "table title")
    g.skip("Довідку підготовлено 08.10.2024. Наступна довідка – до 10.01.2025.", [8, 10, 2024, 10, 1, 2025],
           "dates")
    g.note("money in тис. грн stored in hryvnias; every table cell is a fact quoted by its row, with kekv; rows "
           "hang on the Разом cell of the same column")
    g.note("one planted slip (КЕКВ 2273 economy 5,9 instead of 4,9) shows up twice: the row's derived column and "
           "the column total; two findings share the slip id")
    g.note("the prose spending 2 840,7 (with 97,0 %) and the table's Разом are two facts")
    g.write()


if __name__ == "__main__":
    build()
    gold()
