"""b85_06: КЗ «ЦНСП» Воскресенської селищної ради (Миколаївська), information for Q3 2025.
reportlab PDF (DejaVu), third person, dash list by service, an unruled KEKV budget table in грн."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path

DOC = "b85_06_voskresenske_cnsp_q3_2025.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"

P1 = [
    ("c", "КОМУНАЛЬНИЙ ЗАКЛАД «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ВОСКРЕСЕНСЬКОЇ СЕЛИЩНОЇ РАДИ МИКОЛАЇВСЬКОГО РАЙОНУ МИКОЛАЇВСЬКОЇ ОБЛАСТІ"),
    ("c", "57210, смт Воскресенське, вул. Миру, 28, тел. (0512) 0-68-24, ЄДРПОУ 44127390"),
    ("h", "Інформація про роботу закладу за ІІІ квартал 2025 року"),
    ("p", "Заклад працює відповідно до наказу від 01.07.2025 № 47-ОД «Про організацію роботи у ІІІ кварталі». "
          "Протягом липня – вересня 2025 року Центр надав соціальні послуги 734 особам (у ІІ кварталі – 701), "
          "у тому числі:"),
    ("l", "– догляд вдома – 97 особам;"),
    ("l", "– денний догляд – 28 особам (вартість однієї години – 38,75 грн);"),
    ("l", "– натуральна допомога – 241 особі;"),
    ("l", "– консультування – 318 особам;"),
    ("l", "– соціальний супровід – 50 особам (члени 19 сімей)."),
    ("p", "Мобільна бригада соціально-психологічної допомоги здійснила 63 виїзди до віддалених сіл та надала 212 "
          "консультацій особам, які постраждали від домашнього насильства та/або насильства за ознакою статі. "
          "Протягом кварталу надійшли повідомлення про 19 осіб, які постраждали від домашнього насильства, з них 17 – жінки."),
    ("p", "Натуральну допомогу видано у вигляді 410 продуктових наборів і 186 дитячих наборів для дітей віком 3–17 років."),
    ("p", "Проведено 11 групових заходів, у яких взяли участь 146 осіб. У вересні проведено опитування 64 отримувачів "
          "послуг: 59 з них (92,2 %) оцінили якість послуг як добру."),
    ("p", "Штатна чисельність закладу – 42,5 посади, фактично працює 39 осіб."),
    ("p", "Касові видатки загального фонду за квартал склали 3 034,5 тис. грн (98,3 % від затвердженого плану). "
          "Використання коштів за кодами економічної класифікації видатків наведено нижче, грн:"),
]
ROWS = [
    ["КЕКВ", "Найменування", "План на ІІІ квартал", "Касові видатки", "Залишок"],
    ["2111", "Заробітна плата", "2 418 600,00", "2 397 115,42", "21 484,58"],
    ["2120", "Нарахування на оплату праці", "532 092,00", "527 365,39", "4 726,61"],
    ["2210", "Предмети, матеріали, інвентар", "46 000,00", "38 912,70", "7 087,30"],
    ["2240", "Оплата послуг (крім комунальних)", "31 500,00", "29 870,00", "1 630,00"],
    ["2273", "Оплата електроенергії", "58 300,00", "41 207,55", "17 092,45"],
    ["", "Разом", "3 086 492,00", "3 043 471,06", "52 020,94"],
]
P2 = [
    ("p", "До спеціального фонду надійшло 84 310,00 грн плати за послугу догляду вдома."),
    ("p", "Директор ___________        Виконавець: бухгалтерія, тел. (0512) 0-68-27        06.10.2025"),
]


def build(path):
    for n, fn in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(n, DV + fn))
    ss = {"p": ParagraphStyle("p", fontName="DV", fontSize=10, leading=13, spaceAfter=5),
          "l": ParagraphStyle("l", fontName="DV", fontSize=10, leading=13, leftIndent=12),
          "c": ParagraphStyle("c", fontName="DV-B", fontSize=9, leading=12, alignment=1, spaceAfter=3),
          "h": ParagraphStyle("h", fontName="DV-B", fontSize=12, leading=15, alignment=1, spaceAfter=8, spaceBefore=6)}
    story = [Paragraph(t, ss[k]) for k, t in P1]
    t = Table(ROWS, colWidths=[14 * mm, 62 * mm, 34 * mm, 32 * mm, 26 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.5), ("ALIGN", (2, 0), (-1, -1), "RIGHT")]))
    story += [t, Spacer(1, 6)] + [Paragraph(x, ss[k]) for k, x in P2]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=12 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, invariant=1, title="Інформація", author="КЗ ЦНСП")
    doc.build(story)


def money(x):
    v = round(float(x.replace(" ", "").replace(",", ".")), 2)
    return int(v) if v.is_integer() else v


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Воскресенської селищної ради", "centre_type": "cnsp",
        "settlement": "Воскресенське", "oblast": "Миколаївська", "report_kind": "period_report",
        "period_start": "2025-07-01", "period_end": "2025-09-30"},
        meta_alt={"centre": ["Комунальний заклад «Центр надання соціальних послуг» Воскресенської селищної ради",
                             "КЗ «Центр надання соціальних послуг» Воскресенської селищної ради",
                             "Комунальний заклад «Центр надання соціальних послуг» Воскресенської селищної ради Миколаївського району Миколаївської області"]})
    f = g.f
    s = f("served", "persons", 734, "Центр надав соціальні послуги 734 особам")
    parts = []
    for q, v, sv in (("догляд вдома – 97 особам", 97, "home_care"), ("денний догляд – 28 особам", 28, "day_care"),
                     ("натуральна допомога – 241 особі", 241, "natural_aid"),
                     ("консультування – 318 особам", 318, "counselling"),
                     ("соціальний супровід – 50 особам", 50, "social_support_sjo")):
        parts.append(f("served", "persons", v, q, service=sv, group="served_734_by_service", parent=s))
    f("services_provided", "services", 212, "надала 212 консультацій", service="counselling",
      label="мобільна бригада, постраждалі від домашнього насильства")
    n = f("notified", "persons", 19, "надійшли повідомлення про 19 осіб", label="постраждалі від домашнього насильства")
    n1 = f("notified", "persons", 17, "з них 17 – жінки", category="жінки", parent=n)
    ev = f("events", "events", 11, "Проведено 11 групових заходів")
    f("event_participants", "persons", 146, "у яких взяли участь 146 осіб", parent=ev)
    sv = f("survey_respondents", "recipients", 64, "проведено опитування 64 отримувачів", unit_alt="persons")
    sat = f("satisfaction", "percent", 92.2, "59 з них (92,2 %) оцінили якість послуг як добру")
    sp = f("staff_positions", "positions", 42.5, "Штатна чисельність закладу – 42,5 посади")
    sa = f("staff_actual", "staff", 39, "фактично працює 39 осіб")
    pr = f("budget_spent", "uah", 3034500, "Касові видатки загального фонду за квартал склали 3 034,5 тис. грн",
           percent=98.3, label="загальний фонд, ІІІ квартал")
    cols = [("budget_approved", 2), ("budget_spent", 3), ("budget_savings", 4)]
    last = ROWS[-1]
    tq = "Разом 3 086 492,00 3 043 471,06 52 020,94"
    tot = {ind: f(ind, "uah", money(last[j]), tq, label="Разом") for ind, j in cols}
    rowf = {ind: [] for ind, _ in cols}
    for r in ROWS[1:-1]:
        q = " ".join(r)
        for ind, j in cols:
            rowf[ind].append(f(ind, "uah", money(r[j]), q, kekv=r[0], label=r[1], group=f"kekv_{ind}",
                               parent=tot[ind]))
    f("budget_received", "uah", 84310, "До спеціального фонду надійшло 84 310,00 грн", label="спеціальний фонд, плата за догляд вдома")

    A, S, E = rowf["budget_approved"], rowf["budget_spent"], rowf["budget_savings"]
    g.slip("table_arithmetic", "error", tq, 3043471.06, 3034471.06, S + [tot["budget_spent"]],
           "Разом of Касові видатки says 3 043 471,06, but the five KEKV rows sum to 3 034 471,06 (9 000 less; "
           "two digits transposed). Разом План − Разом Залишок = 3 034 471,06 too",
           f"near({' + '.join(S)}, {tot['budget_spent']})", slip=1)
    g.slip("internal_conflict", "warning", "Касові видатки загального фонду за квартал склали 3 034,5 тис. грн",
           3034500, 3043471.06, [pr, tot["budget_spent"]],
           "the prose 3 034,5 тис. грн agrees with the rows, not with the table's Разом 3 043 471,06",
           f"abs({pr} - {tot['budget_spent']}) <= 50", slip=1)
    g.check("parts_sum", "у тому числі:", "97 + 28 + 241 + 318 + 50 = 734", " + ".join(parts) + f" == {s}")
    g.check("table_arithmetic", tq, "column План: rows sum to Разом 3 086 492,00", f"near({' + '.join(A)}, {tot['budget_approved']})")
    g.check("table_arithmetic", tq, "column Залишок: rows sum to Разом 52 020,94", f"near({' + '.join(E)}, {tot['budget_savings']})")
    g.check("table_arithmetic", "2111 Заробітна плата", "Залишок = План − Касові видатки in every KEKV row",
            " and ".join(f"near({a} - {b}, {c})" for a, b, c in zip(A, S, E)))
    g.check("percent_mismatch", "(98,3 % від затвердженого плану)", "3 034 500 / 3 086 492 = 98,32 % → 98,3",
            f"pct_ok(p{pr[1:]}, {pr}, {tot['budget_approved']}, 1)")
    g.check("percent_mismatch", "59 з них (92,2 %)", "59 / 64 = 92,19 % → 92,2 (59 is a literal)",
            f"pct_ok({sat}, 59, {sv}, 1)")
    g.check("parts_sum", "з них 17 – жінки", "17 ≤ 19", f"{n1} <= {n}")
    g.check("parts_sum", "фактично працює 39 осіб", "39 ≤ 42,5", f"{sa} <= {sp}")

    g.skip("57210, смт Воскресенське, вул. Миру, 28, тел. (0512) 0-68-24, ЄДРПОУ 44127390",
           [57210, 28, 512, 6824, 44127390], "postcode, address, phone, ЄДРПОУ")
    g.skip("за ІІІ квартал 2025 року", [2025], "period")
    g.skip("наказу від 01.07.2025 № 47-ОД", [1, 7, 2025, 47], "order date and number")
    g.skip("(у ІІ кварталі – 701)", [701], "previous quarter's figure")
    g.skip("(вартість однієї години – 38,75 грн)", [38.75], "tariff")
    g.skip("(члени 19 сімей)", [19], "families behind the 50 persons: a count of families with no indicator of its own "
           "here (the service count is in persons)")
    g.skip("здійснила 63 виїзди", [63], "trips: no §3 id")
    g.skip("410 продуктових наборів і 186 дитячих наборів для дітей віком 3–17 років", [410, 186, 3, 17], "items, ages")
    g.skip("59 з них", [59], "count of satisfied respondents: no §3 count id (literal in the check)")
    g.skip("2111 Заробітна плата", [2111, 2120, 2210, 2240, 2273], "KEKV codes (kept as the kekv of the rows)")
    g.skip("тел. (0512) 0-68-27        06.10.2025".replace("        ", " "), [512, 6827, 6, 10, 2025], "phone, date")
    g.note("the unruled table comes out with cells joined by spaces; the empty КЕКВ cell of Разом disappears")
    g.note("money in грн with kopecks: values are hryvnias as written (floats where kopecks are not zero)")
    g.note("«соціальний супровід – 50 особам (члени 19 сімей)» → served 50 persons; the 19 families are skipped "
           "(a parenthetical on a persons count, not a separate figure of the quarter's work)")
    g.note("«59 з них (92,2 %) оцінили якість послуг як добру» → satisfaction 92,2; the 59 has no count id")
    g.note("one slip recorded as two findings: the Разом of Касові видатки (table_arithmetic) and the prose that "
           "agrees with the rows (internal_conflict, warning: the prose is rounded to тис. грн)")
    g.write()


if __name__ == "__main__":
    main()
