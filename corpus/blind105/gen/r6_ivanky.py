"""b105_06: відділ соціального захисту населення Іваньківської сільської ради (Черкаська), analytic note on
social services in Q3 2024. reportlab PDF (invariant=1), impersonal voice, two tables: recipients by service
(one row in families, with an IDP column and a dash cell) and the ЦНСП budget by KEKV (затверджено / касові
видатки / економія). «з початку року» figures as traps. No planted slip: everything adds up."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from common import Gold, report_path, register_fonts

NAME = "b105_06_ivanky_uszn_q3_2024.pdf"

HEAD = ["ІВАНЬКІВСЬКА СІЛЬСЬКА РАДА ЧЕРКАСЬКОЇ ОБЛАСТІ",
        "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
        "20130, с. Іваньки, вул. Соборна, 21, тел. (04748) 0-51-36, szn.ivanky@example.ua, код ЄДРПОУ 26408713"]
TITLE = "АНАЛІТИЧНА ДОВІДКА щодо надання соціальних послуг у громаді за III квартал 2024 року"
P1 = [
    "У громаді проживає 8 430 осіб, з них 2 215 осіб пенсійного віку та 611 внутрішньо переміщених осіб. "
    "Соціальні послуги надає комунальна установа «Центр надання соціальних послуг» Іваньківської сільської ради "
    "(далі – ЦНСП).",
    "У III кварталі 2024 року до відділу надійшло 214 заяв про надання соціальних послуг (з початку року – 596). "
    "За результатами розгляду прийнято 198 рішень про надання послуг і 9 рішень про відмову; решта заяв "
    "перебуває на розгляді.",
    "Таблиця 1. Отримувачі соціальних послуг у III кварталі 2024 року",
]
T1 = [
    ["Соціальна послуга", "Отримувачів", "з них ВПО"],
    ["Догляд вдома, осіб", "87", "6"],
    ["Денний догляд, осіб", "21", "2"],
    ["Консультування, осіб", "143", "31"],
    ["Натуральна допомога, осіб", "64", "18"],
    ["Соціальне таксі, осіб", "19", "–"],
    ["Усього осіб", "334", "57"],
    ["Соціальний супровід сімей у СЖО, сімей", "12", "3"],
]
P2 = [
    "Частка внутрішньо переміщених осіб серед отримувачів становить 17,1 %. Станом на 01.10.2024 у черзі на "
    "послугу догляду вдома перебуває 5 осіб.",
    "Таблиця 2. Фінансування ЦНСП за III квартал 2024 року, тис. грн",
]
T2 = [
    ["КЕКВ", "Найменування", "Затверджено на III квартал", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "1 842,6", "1 836,1", "6,5"],
    ["2120", "Нарахування на оплату праці", "405,4", "403,9", "1,5"],
    ["2210", "Предмети, матеріали, обладнання", "62,0", "48,7", "13,3"],
    ["2273", "Оплата електроенергії", "38,5", "31,2", "7,3"],
    ["Разом", "", "2 348,5", "2 319,9", "28,6"],
]
P3 = [
    "Касові видатки ЦНСП за квартал склали 2 319,9 тис. грн (98,8 % призначень). Економію за КЕКВ 2210 "
    "пояснено укладанням договорів за нижчими цінами.",
    "Протягом кварталу ЦНСП взяв під соціальний супровід 4 сім’ї та завершив супровід 3 сімей, усі – з позитивним "
    "результатом. Проведено 6 групових заходів («Кава з соцпрацівником», заняття для людей старшого віку), у яких "
    "взяли участь 84 особи.",
    "У ЦНСП працює 27 працівників при 29,5 штатної одиниці. Протягом кварталу до відділу надійшло 2 скарги на "
    "якість послуги догляду вдома; обидві розглянуто, одну визнано обґрунтованою.",
    "Пропозиції: збільшити штатну чисельність соціальних робітників на 2 одиниці з 01.01.2025.",
]
SIGN = "Начальник відділу соціального захисту населення                  (підпис)          07.10.2024"


def build(path):
    register_fonts()
    base = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, alignment=TA_JUSTIFY,
                          spaceAfter=5, firstLineIndent=10 * mm)
    cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0, fontName="LSerif-B")
    small = ParagraphStyle("s", parent=base, fontSize=9.5, leading=12, alignment=TA_CENTER, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName="LSerif", fontSize=10, leading=12)

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("LSerif", 9)
        canv.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Аналітична довідка", author="ВСЗН")
    story = [Paragraph(HEAD[0], cen), Paragraph(HEAD[1], cen), Paragraph(HEAD[2], small), Spacer(1, 6),
             Paragraph(TITLE, cen)]
    story += [Paragraph(p, base) for p in P1[:2]]
    story.append(Paragraph(P1[2], ParagraphStyle("cap", parent=base, firstLineIndent=0)))
    t1 = Table([[Paragraph(c, cell) if j == 0 else c for j, c in enumerate(r)] for r in T1],
               colWidths=[95 * mm, 35 * mm, 30 * mm])
    t1.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10), ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                            ("FONT", (0, 6), (-1, 6), "LSerif-B", 10), ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    story += [t1, Spacer(1, 6)]
    story.append(Paragraph(P2[0], base))
    story.append(Paragraph(P2[1], ParagraphStyle("cap2", parent=base, firstLineIndent=0)))
    t2 = Table([[Paragraph(c, cell) if j in (1,) or i == 0 else c for j, c in enumerate(r)] for i, r in enumerate(T2)],
               colWidths=[15 * mm, 60 * mm, 32 * mm, 28 * mm, 25 * mm])
    t2.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10), ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                            ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("SPAN", (0, 5), (1, 5))]))
    story += [t2, Spacer(1, 6)]
    story += [Paragraph(p, base) for p in P3]
    story += [Spacer(1, 12), Paragraph(SIGN, ParagraphStyle("sg", parent=base, firstLineIndent=0))]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def tg(s):
    return int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))


def gold():
    g = Gold(NAME, {
        "centre": "Відділ соціального захисту населення Іваньківської сільської ради",
        "centre_type": "uszn", "settlement": "Іваньки", "oblast": "Черкаська",
        "report_kind": "period_report", "period_start": "2024-07-01", "period_end": "2024-09-30"},
        {"settlement": ["Іваньківська сільська громада"]})
    f = g.f
    ap = f("applied", "applications", 214, "до відділу надійшло 214 заяв")
    tot = f("served", "persons", 334, "Усього осіб\t334\t57", label="Усього осіб")
    toti = f("served", "persons", 57, "Усього осіб\t334\t57", label="Усього осіб, з них ВПО",
             category="внутрішньо переміщені особи", parent=tot)
    svc = {"Догляд вдома, осіб": "home_care", "Денний догляд, осіб": "day_care", "Консультування, осіб": "counselling",
           "Натуральна допомога, осіб": "natural_aid", "Соціальне таксі, осіб": "social_taxi"}
    rows = []
    for r in T1[1:6]:
        q = "\t".join(r)
        a = f("served", "persons", int(r[1]), q, service=svc[r[0]], group="table1_persons", parent=tot)
        b = None
        if r[2] != "–":
            b = f("served", "persons", int(r[2]), q, service=svc[r[0]], category="внутрішньо переміщені особи",
                  group="table1_idp", parent=toti)
        rows.append((a, b))
    sf = f("served", "families", 12, "Соціальний супровід сімей у СЖО, сімей\t12\t3", service="social_support_sjo",
           alt=["support_ongoing"])
    sfi = f("served", "families", 3, "Соціальний супровід сімей у СЖО, сімей\t12\t3", service="social_support_sjo",
            alt=["support_ongoing"], category="внутрішньо переміщені особи", parent=sf)
    sh = f("share", "percent", 17.1, "Частка внутрішньо переміщених осіб серед отримувачів становить 17,1 %",
           label="частка внутрішньо переміщених осіб серед отримувачів")
    totals = {}
    kids = {"approved": [], "spent": [], "savings": []}
    totals["approved"] = f("budget_approved", "uah", 2348500, "Разом\t2 348,5\t2 319,9\t28,6", label="Разом, на III квартал")
    totals["spent"] = f("budget_spent", "uah", 2319900, "Разом\t2 348,5\t2 319,9\t28,6", label="Разом")
    totals["savings"] = f("budget_savings", "uah", 28600, "Разом\t2 348,5\t2 319,9\t28,6", label="Разом")
    per_row = []
    for r in T2[1:5]:
        q = "\t".join(r)
        a = f("budget_approved", "uah", tg(r[2]), q, kekv=r[0], label=r[1] + ", на III квартал", group="approved_by_kekv",
              parent=totals["approved"])
        b = f("budget_spent", "uah", tg(r[3]), q, kekv=r[0], label=r[1], group="spent_by_kekv", parent=totals["spent"])
        c = f("budget_savings", "uah", tg(r[4]), q, kekv=r[0], label=r[1], group="savings_by_kekv",
              parent=totals["savings"])
        per_row.append((a, b, c))
    sp2 = f("budget_spent", "uah", 2319900, "Касові видатки ЦНСП за квартал склали 2 319,9 тис. грн (98,8 % призначень)",
            percent=98.8, label="прозою, повтор підсумку таблиці 2")
    ss = f("support_started", "families", 4, "ЦНСП взяв під соціальний супровід 4 сім'ї", service="social_support_sjo",
           parent=sf)
    sc = f("support_completed", "families", 3, "завершив супровід 3 сімей, усі – з позитивним", service="social_support_sjo",
           alt=["outcome_positive"], parent=sf, note="one figure for two readings (completed, all with positive result)")
    ev = f("events", "events", 6, "Проведено 6 групових заходів")
    ep = f("event_participants", "persons", 84, "взяли участь 84 особи", parent=ev)
    sa = f("staff_actual", "staff", 27, "У ЦНСП працює 27 працівників")
    ps = f("staff_positions", "positions", 29.5, "при 29,5 штатної одиниці")
    cm = f("complaints", "complaints", 2, "надійшло 2 скарги")

    n = lambda x: x[1:]
    g.check("table_arithmetic", "Усього осіб\t334\t57", "87 + 21 + 143 + 64 + 19 = 334",
            " + ".join(f"f{n(a)}" for a, _ in rows) + f" == f{n(tot)}")
    g.check("table_arithmetic", "Усього осіб\t334\t57", "IDP: 6 + 2 + 31 + 18 (+ «–») = 57",
            " + ".join(f"f{n(b)}" for _, b in rows if b) + f" == f{n(toti)}")
    g.check("percent_mismatch", "Частка внутрішньо переміщених осіб серед отримувачів становить 17,1 %",
            "57 / 334 = 17,07 % → 17,1", f"pct_ok(f{n(sh)}, f{n(toti)}, f{n(tot)}, 1)")
    g.check("parts_sum", "Соціальний супровід сімей у СЖО, сімей\t12\t3", "3 IDP families ≤ 12", f"f{n(sfi)} <= f{n(sf)}")
    for col, key, note in ((0, "approved", "затверджено: 1 842,6 + 405,4 + 62,0 + 38,5 = 2 348,5"),
                           (1, "spent", "видатки: 1 836,1 + 403,9 + 48,7 + 31,2 = 2 319,9"),
                           (2, "savings", "економія: 6,5 + 1,5 + 13,3 + 7,3 = 28,6")):
        g.check("table_arithmetic", "Разом\t2 348,5\t2 319,9\t28,6", note,
                " + ".join(f"f{n(r[col])}" for r in per_row) + f" == f{n(totals[key])}")
    for r, row in zip(per_row, T2[1:5]):
        g.check("table_arithmetic", "\t".join(row), f"економія = затверджено − видатки: {row[2]} − {row[3]} = {row[4]}",
                f"f{n(r[0])} - f{n(r[1])} == f{n(r[2])}")
    g.check("table_arithmetic", "Разом\t2 348,5\t2 319,9\t28,6", "2 348,5 − 2 319,9 = 28,6",
            f"f{n(totals['approved'])} - f{n(totals['spent'])} == f{n(totals['savings'])}")
    g.check("percent_mismatch", "Касові видатки ЦНСП за квартал склали 2 319,9 тис. грн (98,8 % призначень)",
            "2 319,9 / 2 348,5 = 98,78 % → 98,8; prose = table total",
            f"pct_ok(p{n(sp2)}, f{n(sp2)}, f{n(totals['approved'])}, 1) and f{n(sp2)} == f{n(totals['spent'])}")
    g.check("parts_sum", "ЦНСП взяв під соціальний супровід 4 сім'ї та завершив супровід 3 сімей",
            "4 taken and 3 completed ≤ 12 families under support", f"f{n(ss)} <= f{n(sf)} and f{n(sc)} <= f{n(sf)}")
    g.check("parts_sum", "У ЦНСП працює 27 працівників при 29,5 штатної одиниці", "27 ≤ 29,5",
            f"f{n(sa)} <= f{n(ps)}")

    g.skip(HEAD[2], [20130, 21, 4748, 5136, 26408713], "postcode, address, phone, ЄДРПОУ")
    g.skip("за III квартал 2024 року", [2024], "title period")
    g.skip("У громаді проживає 8 430 осіб, з них 2 215 осіб пенсійного віку та 611 внутрішньо переміщених осіб.",
           [8430, 2215, 611], "population")
    g.skip("(з початку року – 596)", [596], "cumulative figure since the start of the year (9 months), not the quarter's")
    g.skip("прийнято 198 рішень про надання послуг і 9 рішень про відмову", [198, 9], "decisions and refusals, no §3 id")
    g.skip("Таблиця 1. Отримувачі соціальних послуг у III кварталі 2024 року", [1, 2024], "table caption")
    g.skip("Станом на 01.10.2024 у черзі на послугу догляду вдома перебуває 5 осіб.", [1, 10, 2024, 5],
           "waiting list at a date, no §3 id")
    g.skip("Таблиця 2. Фінансування ЦНСП за III квартал 2024 року, тис. грн", [2, 2024], "table caption")
    g.skip("КЕКВ", [2111, 2120, 2210, 2273], "KEKV codes (kekv field)")
    g.skip("Економію за КЕКВ 2210", [2210], "KEKV code")
    g.skip("одну визнано обґрунтованою", [1], "grounded complaints (number in words), no §3 id")
    g.skip("збільшити штатну чисельність соціальних робітників на 2 одиниці з 01.01.2025", [2, 1, 1, 2025], "proposal")
    g.skip("(підпис) 07.10.2024", [7, 10, 2024], "date")

    g.note("The author is the hromada's відділ соціального захисту населення (centre_type uszn); the figures are about "
           "services of the ЦНСП, which the note reports on. centre is the відділ, settlement Іваньки.")
    g.note("Table 1: cells are facts quoted by their row; person rows hang on «Усього осіб» of the same column, the "
           "IDP cells on the IDP total cell (which itself hangs on 334). The social-taxi IDP cell is «–»: no fact.")
    g.note("The social-support row is in families and is not part of «Усього осіб»: served/families, social_support_sjo "
           "(alt support_ongoing), its IDP cell a part.")
    g.note("«з початку року – 596» is a 9-month cumulative figure, skipped; the quarter's 214 applications → applied, "
           "unit applications.")
    g.note("The page footer «Сторінка N» is not in the read text. Table 2 in тис. грн, stored in hryvnias; every cell is a fact with its kekv; the «Разом» row (cell spans "
           "КЕКВ and name) gives three totals without kekv. The prose 2 319,9 (98,8 % призначень) is a second "
           "budget_spent fact with percent.")
    g.note("«завершив супровід 3 сімей, усі – з позитивним результатом» → support_completed 3, alt outcome_positive "
           "(one row, as in the model gold).")
    g.note("«2 скарги … одну визнано обґрунтованою» → complaints 2; the grounded one is skipped.")
    return g


if __name__ == "__main__":
    build(report_path(NAME))
    gold().write()
