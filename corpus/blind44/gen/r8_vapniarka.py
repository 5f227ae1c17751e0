"""b44_08: КУ «ЦНСП» Вапнярської селищної ради, report for H1 2025, republished as «Виправлена редакція» with an
errata block. The body still carries one old figure. reportlab PDF (Liberation)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

DOC = "b44_08_vapniarka_cnsp_h1_2025.pdf"

ROWS = [
    ("Догляд вдома", "96", "1 821"),
    ("Денний догляд", "28", "1 407"),
    ("Консультування", "342", "511"),
    ("Натуральна допомога", "188", "188"),
    ("Соціальне таксі", "17", "39"),
]
TOTAL = ("Разом", "671", "3 966")
SVC = ["home_care", "day_care", "counselling", "natural_aid", "social_taxi"]

BEFORE = [
    ("stamp", "ВИПРАВЛЕНА РЕДАКЦІЯ"),
    ("small", "(замінює текст, оприлюднений 14.07.2025; перелік виправлень наведено в кінці документа)"),
    ("c", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ВАПНЯРСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("small", "24332, смт Вапнярка, вул. Соборна, 40; тел. (04335) 0-31-18; код ЄДРПОУ 44510392"),
    ("small", "Вих. № 96/01-07 від 14.07.2025"),
    ("c", "ЗВІТ про діяльність Центру за І півріччя 2025 року"),
    ("b", "1. Загальні відомості"),
    ("p", "Центр надає соціальні послуги мешканцям 31 населеного пункту Вапнярської громади. Штатна чисельність – "
          "46 посад, фактично працює 43 особи, з них 24 соціальні робітники."),
    ("b", "2. Надання соціальних послуг"),
    ("p", "Кількість отримувачів і наданих послуг за видами наведено в таблиці 1."),
    ("t", "Таблиця 1"),
]
AFTER = [
    ("b", "3. Соціальна робота з сім'ями"),
    ("p", "Послуги фахівців із соціальної роботи отримали 154 сім'ї, з них 98 – сім'ї з дітьми, які перебувають у "
          "складних життєвих обставинах, 47 – сім'ї внутрішньо переміщених осіб."),
    ("p", "Під соціальним супроводом перебувало 26 сімей, у яких виховується 58 дітей. Протягом півріччя взято під "
          "супровід 8 сімей, завершено супровід 6 сімей – усі з позитивним результатом."),
    ("b", "4. Якість послуг"),
    ("p", "У червні 2025 року проведено опитування 64 отримувачів послуг: якістю задоволені 92,2 % опитаних. "
          "Надійшла 1 скарга (щодо запізнення соціального робітника), яку за результатами розгляду визнано "
          "необґрунтованою."),
    ("b", "5. Фінансування та висновки"),
    ("p", "Касові видатки за І півріччя 2025 року становили 8 214,6 тис. грн, або 47,9 % річного кошторису "
          "(17 149,5 тис. грн)."),
    ("p", "Отже, за півріччя Центр надав соціальні послуги 671 отримувачу та 154 сім'ям. У ІІ півріччі планується "
          "відкрити пункт прокату технічних засобів реабілітації (20 одиниць)."),
    ("p", "Директор                                             (підпис)"),
    ("rule", "* * *"),
    ("b", "Виправлення, внесені 28.07.2025:"),
    ("p", "1) у розділі 3 замість «154 сім'ї» слід читати «145 сімей»;"),
    ("p", "2) у таблиці 1 у рядку «Догляд вдома» замість «1 812» слід читати «1 821» (у цій редакції виправлено);"),
    ("p", "3) у розділі 4 замість «93,8 %» слід читати «92,2 %» (у цій редакції виправлено)."),
    ("small", "Дата оприлюднення виправленої редакції: 28.07.2025"),
]


def build(path):
    register_fonts()
    st = {
        "p": ParagraphStyle("p", fontName="LSerif", fontSize=12, leading=16, firstLineIndent=10 * mm, spaceAfter=3),
        "b": ParagraphStyle("b", fontName="LSerif-B", fontSize=12, leading=16, spaceBefore=5),
        "c": ParagraphStyle("c", fontName="LSerif-B", fontSize=12, leading=16, alignment=1, spaceAfter=3),
        "small": ParagraphStyle("small", fontName="LSerif-I", fontSize=10, leading=13, alignment=1, spaceAfter=5),
        "t": ParagraphStyle("t", fontName="LSerif-I", fontSize=11, leading=14, alignment=2),
        "stamp": ParagraphStyle("stamp", fontName="LSans-B", fontSize=14, leading=18, alignment=1,
                                textColor=colors.HexColor("#B00000"), borderColor=colors.HexColor("#B00000"),
                                borderWidth=1, borderPadding=4, spaceAfter=8),
        "rule": ParagraphStyle("rule", fontName="LSerif", fontSize=12, leading=16, alignment=1, spaceBefore=8),
    }
    cell = ParagraphStyle("cell", fontName="LSans", fontSize=10.5, leading=13)
    story = [Paragraph(t, st[k]) for k, t in BEFORE]
    data = [[Paragraph(x, cell) for x in ("Соціальна послуга", "Отримувачів, осіб", "Надано послуг")]]
    for row in ROWS + [TOTAL]:
        data.append([Paragraph(x, cell) for x in row])
    tb = Table(data, colWidths=[80 * mm, 40 * mm, 40 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [tb, Spacer(1, 3 * mm)]
    story += [Paragraph(t, st[k]) for k, t in AFTER]
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm, title="Звіт за І півріччя 2025 року (виправлена редакція)",
                          author="КУ ЦНСП", invariant=1)
    d.build(story)


def num(s):
    return int(s.replace(" ", ""))


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Вапнярської селищної ради",
        "centre_type": "cnsp", "settlement": "Вапнярка",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
        "published": "2025-07-28"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Вапнярської селищної ради",
                             "КУ «Центр надання соціальних послуг» Вапнярської селищної ради"],
                  "published": ["2025-07-14"]})
    f = g.f
    pos = f("staff_positions", "positions", 46, "Штатна чисельність – 46 посад")
    act = f("staff_actual", "staff", 43, "фактично працює 43 особи")
    sw = f("staff_actual", "staff", 24, "з них 24 соціальні робітники", label="соціальні робітники", parent=act)
    tq = "\t".join(TOTAL)
    t1 = f("served", "persons", num(TOTAL[1]), tq, label="Разом")
    t2 = f("services_provided", "services", num(TOTAL[2]), tq, label="Разом")
    rc, rs = [], []
    for i, row in enumerate(ROWS):
        q = "\t".join(row)
        rc.append(f("served", "persons", num(row[1]), q, service=SVC[i], group="table1_served", parent=t1))
        rs.append(f("services_provided", "services", num(row[2]), q, service=SVC[i], group="table1_services", parent=t2,
                    note="value as corrected (errata item 2); this edition's table already prints 1 821" if i == 0 else None))
    fam = f("served", "families", 145, "слід читати «145 сімей»", label="послуги фахівців із соціальної роботи",
            note="errata item 1 replaces «154 сім'ї» of section 3, which this edition still prints. The report's figure is 145 "
                 "(the parts 98 + 47 also give 145); the 154 of section 3 is skipped as superseded")
    f1 = f("served", "families", 98, "з них 98 – сім'ї з дітьми, які перебувають у", category="сім'ї з дітьми у складних життєвих обставинах",
           group="families_145_by_category", parent=fam)
    f2 = f("served", "families", 47, "47 – сім'ї внутрішньо переміщених осіб", category="внутрішньо переміщені особи",
           group="families_145_by_category", parent=fam)
    sup = f("served", "families", 26, "Під соціальним супроводом перебувало 26 сімей", service="social_support_sjo",
            alt=["support_ongoing"])
    supc = f("served", "children", 58, "у яких виховується 58 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 8, "взято під супровід 8 сімей", service="social_support_sjo", parent=sup)
    cm = f("support_completed", "families", 6, "завершено супровід 6 сімей – усі з позитивним результатом",
           service="social_support_sjo", alt=["outcome_positive"], parent=sup,
           note="one figure for two readings (completed, all with a positive result); one row, as b18_06")
    resp = f("survey_respondents", "recipients", 64, "проведено опитування 64 отримувачів послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 92.2, "якістю задоволені 92,2 % опитаних", alt=["share"],
            note="already corrected in this edition (errata item 3: the first edition said 93,8 %)")
    cp = f("complaints", "complaints", 1, "Надійшла 1 скарга")
    spent = f("budget_spent", "uah", 8214600, "Касові видатки за І півріччя 2025 року становили 8 214,6 тис. грн",
              percent=47.9)
    appr = f("budget_approved", "uah", 17149500, "(17 149,5 тис. грн)", label="річний кошторис 2025 року",
             note="the annual approval of the year the half-year belongs to")
    c671 = f("served", "recipients", 671, "Центр надав соціальні послуги 671 отримувачу", unit_alt="persons",
             note="the table's Разом, written again in the conclusions")
    c154 = f("served", "families", 154, "671 отримувачу та 154 сім'ям", label="послуги фахівців із соціальної роботи",
             note="the conclusions repeat the old figure; the errata corrects only section 3, so this 154 stands as written")

    g.check("table_arithmetic", tq, "96 + 28 + 342 + 188 + 17 = 671", " + ".join(rc) + f" == {t1}")
    g.check("table_arithmetic", tq, "1 821 + 1 407 + 511 + 188 + 39 = 3 966 (with the corrected 1 821; the old 1 812 would give 3 957)",
            " + ".join(rs) + f" == {t2}")
    g.check("parts_sum", "з них 98 – сім'ї з дітьми, які перебувають у", "98 + 47 = 145, the corrected figure",
            f"{f1} + {f2} == {fam}")
    g.check("parts_sum", "Під соціальним супроводом перебувало 26 сімей", "8 taken and 6 completed ≤ 26",
            f"{st} <= {sup} and {cm} <= {sup}")
    g.check("percent_impossible", "якістю задоволені 92,2 % опитаних", "92,2 % = 59 of 64 (92,19 %); the old 93,8 % would be 60 of 64 too, the errata is not about arithmetic",
            f"grim_ok({sat}, {resp}, 1)")
    g.check("percent_mismatch", "8 214,6 тис. грн, або 47,9 % річного кошторису", "8 214,6 / 17 149,5 = 47,90 % → 47,9",
            f"pct_ok(p{spent[1:]}, {spent}, {appr}, 1)")
    g.check("internal_conflict", "Центр надав соціальні послуги 671 отримувачу", "conclusions repeat the table total 671",
            f"{c671} == {t1}")
    g.check("parts_sum", "з них 24 соціальні робітники", "24 ≤ 43 ≤ 46", f"{sw} <= {act} <= {pos}")
    g.slip("internal_conflict", "error", "671 отримувачу та 154 сім'ям", 154, 145, [c154, fam],
           "the errata corrects section 3 to 145 families (98 + 47 = 145), but the conclusions of section 5, which the errata "
           "does not mention, still say 154 families. Same indicator, unit and period, two values",
           f"{c154} == {fam}")

    g.skip("(замінює текст, оприлюднений 14.07.2025", [14, 7, 2025], "date of the first edition")
    g.skip("24332, смт Вапнярка, вул. Соборна, 40; тел. (04335) 0-31-18; код ЄДРПОУ 44510392",
           [24332, 40, 4335, 3118, 44510392], "postcode, address, phone, ЄДРПОУ")
    g.skip("Вих. № 96/01-07 від 14.07.2025", [96, 1, 7, 14, 7, 2025], "outgoing number and date (of the first edition)")
    g.skip("за І півріччя 2025 року", [2025], "period")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5], "section numbers")
    g.skip("мешканцям 31 населеного пункту", [31], "settlements")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("Послуги фахівців із соціальної роботи отримали 154 сім'ї", [154],
           "old figure of section 3, superseded by errata item 1 («слід читати «145 сімей»»); the fact is 145")
    g.skip("У червні 2025 року", [2025], "month of the survey")
    g.skip("відкрити пункт прокату технічних засобів реабілітації (20 одиниць)", [20], "plan, items")
    g.skip("Виправлення, внесені 28.07.2025:", [28, 7, 2025], "date of the corrections")
    g.skip("1) у розділі 3 замість «154 сім'ї»", [1, 3, 154], "errata item number, section number, the superseded value")
    g.skip("2) у таблиці 1 у рядку «Догляд вдома» замість «1 812» слід читати «1 821» (у цій редакції виправлено);",
           [2, 1, 1812, 1821], "errata item 2: old value 1 812 superseded; 1 821 repeats the table cell already corrected (fact there)")
    g.skip("3) у розділі 4 замість «93,8 %» слід читати «92,2 %» (у цій редакції виправлено).",
           [3, 4, 93.8, 92.2], "errata item 3: old value 93,8 % superseded; 92,2 % repeats section 4 already corrected (fact there)")
    g.skip("Дата оприлюднення виправленої редакції: 28.07.2025", [28, 7, 2025], "publication date of the corrected edition")
    g.note("corrected edition: the report's figures are the ones the errata makes final. Where this edition's body already prints "
           "the corrected value (table 1 «Догляд вдома» 1 821, section 4 92,2 %), the fact is the body figure and the errata line is skipped as a repeat. "
           "Where the body still prints the old value (section 3 «154 сім'ї»), the fact is 145, quoted from the errata, and the body's 154 is skipped as superseded")
    g.note("the errata names only section 3; the conclusions of section 5 also print 154 families. That 154 is not covered by the errata, so it is a fact as written and conflicts with 145 (internal_conflict, the planted slip)")
    g.note("published: the corrected edition's date 28.07.2025 (stated at the end); meta_alt the first edition's 14.07.2025, which the header still carries")
    g.note("«завершено супровід 6 сімей – усі з позитивним результатом» → support_completed, alt outcome_positive")
    g.note("budget: spent 8 214,6 with percent 47,9 of the annual approval 17 149,5 (budget_approved, label річний)")
    g.write()


if __name__ == "__main__":
    main()
