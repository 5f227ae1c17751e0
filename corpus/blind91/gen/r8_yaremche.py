"""b91_08: КУ «ЦНСП» Яремчанської міської ради (Івано-Франківська), report for H1 2025.
Less common style 2: a transposed table: services as rows, indicators as columns
(«Послуга | Звернулися | Охоплено сімей | з них дітей | Надано послуг | Результат, %») with a Разом row.
reportlab PDF (DejaVu fonts), page footer «Сторінка 1 з 1» (not in the read text), notes under the table.
Planted slip: table_arithmetic («з них дітей» column sums to 545, Разом says 554)."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path

DOC = "b91_08_yaremche_cnsp_h1_2025.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"

INTRO = [
    "<b>Комунальна установа «Центр надання соціальних послуг» Яремчанської міської ради</b>",
    "78500, м. Яремче, вул. Свободи, 266, тел. (03434) 0-22-57, ЄДРПОУ 43508126",
    "<b>ІНФОРМАЦІЯ про надання соціальних послуг за І півріччя 2025 року</b>",
    "Центр діє відповідно до Положення, затвердженого рішенням міської ради від 23.12.2021 № 512-17/2021, "
    "та обслуговує жителів Яремчанської громади (6 населених пунктів, 21,4 тис. осіб). Показники надання "
    "соціальних послуг сім'ям за І півріччя 2025 року наведено в таблиці 1.",
    "Таблиця 1. Надання соціальних послуг у розрізі послуг (кількість сімей)",
]
HEAD = ["Послуга", "Звернулися", "Охоплено сімей", "з них дітей", "Надано послуг", "Результат, %*"]
ROWS = [
    ("Інформування", "96", "96", "131", "212", "–"),
    ("Консультування", "142", "138", "190", "467", "–"),
    ("Соціальний супровід сімей (осіб), які перебувають у СЖО", "27", "24", "52", "318", "83,3"),
    ("Соціальна профілактика", "35", "35", "61", "74", "–"),
    ("Посередництво (медіація)", "6", "4", "7", "11", "75,0"),
    ("Натуральна допомога", "58", "58", "104", "58", "–"),
    ("Разом**", "364", "355", "554", "1 140", "х"),
]
SERV = ["informing", "counselling", "social_support_sjo", "social_prevention", "mediation", "natural_aid"]
NOTES = [
    "* Результат – частка сімей, у яких досягнуто позитивного результату, від кількості сімей, яким завершено "
    "надання послуги у звітному періоді.",
    "** Одна сім'я могла отримати кілька послуг, тому рядок «Разом» є сумою за послугами. Без повторів "
    "соціальні послуги у І півріччі 2025 року отримали 212 сімей (у І півріччі 2024 року – 189).",
    "Соціальний супровід завершено 12 сім'ям, у 10 з них складні життєві обставини подолано; на 30.06.2025 "
    "супровід триває у 12 сімей. З 4 сімей, які отримали послугу посередництва, у 3 сторони уклали угоду.",
    "Заходи соціальної профілактики: проведено 9 групових занять для 156 учасників (підлітки 13–17 років "
    "та їхні батьки).",
    "Натуральну допомогу (продуктові набори, ковдри, дрова) видано сім'ям на загальну суму 187,6 тис. грн "
    "за кошти міської програми «Турбота» на 2024–2026 роки; вартість одного продуктового набору – 850 грн.",
    "Штатна чисельність – 12 посад, фактично працює 10 працівників. Протягом півріччя 2 фахівці із соціальної "
    "роботи пройшли навчання з медіації (24 години). Скарг не надходило.",
    "Директор                                                   (підпис)          04.07.2025",
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DV", 8)
    canvas.drawCentredString(landscape(A4)[0] / 2, 1.0 * cm, f"Сторінка {doc.page} з 1")
    canvas.restoreState()


def build(path):
    pdfmetrics.registerFont(TTFont("DV", DV + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DV-B", DV + "DejaVuSans-Bold.ttf"))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV", boldItalic="DV-B")
    st = ParagraphStyle("n", fontName="DV", fontSize=10, leading=13, spaceAfter=5)
    stc = ParagraphStyle("c", parent=st, alignment=1)
    cell = ParagraphStyle("t", fontName="DV", fontSize=9, leading=11)
    story = [Paragraph(INTRO[0], stc), Paragraph(INTRO[1], stc), Spacer(1, 6), Paragraph(INTRO[2], stc),
             Paragraph(INTRO[3], st), Paragraph(INTRO[4], st)]
    data = [[Paragraph(c, cell) for c in HEAD]] + [[Paragraph(c, cell) for c in r] for r in ROWS]
    t = Table(data, colWidths=[9 * cm, 2.6 * cm, 2.8 * cm, 2.4 * cm, 2.6 * cm, 2.6 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 8)] + [Paragraph(x, st) for x in NOTES]
    SimpleDocTemplate(path, pagesize=landscape(A4), invariant=1, title="Інформація", author="ЦНСП",
                      topMargin=1.5 * cm, bottomMargin=2 * cm).build(story, onFirstPage=footer, onLaterPages=footer)


def row(i):
    return "\t".join(ROWS[i])


def num(s):
    return int(s.replace(" ", ""))


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Яремчанської міської ради",
        "centre_type": "cnsp",
        "settlement": "Яремче",
        "oblast": "Івано-Франківська",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-06-30",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Яремчанської міської ради",
                            "КУ «Центр надання соціальних послуг» Яремчанської міської ради"]})
    n = lambda fid: fid[1:]  # noqa: E731
    tq = row(6)
    tot = {
        "applied": g.f("applied", "families", 364, tq, label="Разом (сума за послугами)"),
        "served": g.f("served", "families", 355, tq, label="Разом (сума за послугами)"),
        "children": g.f("served", "children", 554, tq, label="Разом (сума за послугами)"),
        "sp": g.f("services_provided", "services", 1140, tq, label="Разом"),
    }
    cells = {k: [] for k in tot}
    shares = {}
    for i, svc in enumerate(SERV):
        q = row(i)
        name, a, s, c, p, r = ROWS[i]
        cells["applied"].append(g.f("applied", "families", num(a), q, service=svc, group="applied_by_service",
                                    parent=tot["applied"]))
        sv = g.f("served", "families", num(s), q, service=svc, group="served_by_service", parent=tot["served"])
        cells["served"].append(sv)
        cells["children"].append(g.f("served", "children", num(c), q, service=svc, group="children_by_service",
                                     parent=tot["children"],
                                     note="children in the families of the same row; hangs on the column total"))
        cells["sp"].append(g.f("services_provided", "services", num(p), q, service=svc,
                               group="services_by_service", parent=tot["sp"]))
        if r not in ("–", "х"):
            pv = float(r.replace(",", "."))
            shares[svc] = g.f("share", "percent", int(pv) if pv.is_integer() else pv, q, service=svc,
                              label="результат: частка сімей з позитивним результатом від тих, кому завершено послугу")
    uniq = g.f("served", "families", 212, "соціальні послуги у І півріччі 2025 року отримали 212 сімей",
               label="без повторів")
    cp = g.f("support_completed", "families", 12, "Соціальний супровід завершено 12 сім'ям",
             service="social_support_sjo")
    pos = g.f("outcome_positive", "families", 10, "у 10 з них складні життєві обставини подолано",
              service="social_support_sjo", parent=cp)
    ong = g.f("support_ongoing", "families", 12, "супровід триває у 12 сімей", service="social_support_sjo")
    med = g.f("outcome_positive", "families", 3, "у 3 сторони уклали угоду", service="mediation",
              label="сторони уклали угоду", parent=cells["served"][4],
              note="«З 4 сімей, які отримали послугу посередництва, у 3 сторони уклали угоду»")
    medn = g.f("served", "families", 4, "З 4 сімей, які отримали послугу посередництва", service="mediation",
               note="the 4 of table row 5 said again in the notes")
    ev = g.f("events", "events", 9, "проведено 9 групових занять", service="social_prevention")
    evp = g.f("event_participants", "persons", 156, "для 156 учасників", service="social_prevention", parent=ev)
    spos = g.f("staff_positions", "positions", 12, "Штатна чисельність – 12 посад")
    sa = g.f("staff_actual", "staff", 10, "фактично працює 10 працівників")
    aid = g.f("aid_value", "uah", 187600, "видано сім'ям на загальну суму 187,6 тис. грн", service="natural_aid")
    tr = g.f("staff_trained", "staff", 2, "2 фахівці із соціальної роботи пройшли навчання з медіації")
    cm_ = g.f("complaints", "complaints", 0, "Скарг не надходило.")

    g.slip("table_arithmetic", "error", tq, 554, 545, cells["children"] + [tot["children"]],
           "column «з них дітей»: 131 + 190 + 52 + 61 + 7 + 104 = 545, Разом says 554",
           " + ".join("f" + n(x) for x in cells["children"]) + f" == f{n(tot['children'])}")
    for k, label in (("applied", "Звернулися: 96 + 142 + 27 + 35 + 6 + 58 = 364"),
                     ("served", "Охоплено сімей: 96 + 138 + 24 + 35 + 4 + 58 = 355"),
                     ("sp", "Надано послуг: 212 + 467 + 318 + 74 + 11 + 58 = 1 140")):
        g.check("table_arithmetic", tq, label, " + ".join("f" + n(x) for x in cells[k]) + f" == f{n(tot[k])}")
    g.check("table_arithmetic", "Таблиця 1. Надання соціальних послуг у розрізі послуг",
            "in every row, families covered ≤ families that applied",
            " and ".join(f"f{n(s)} <= f{n(a)}" for s, a in zip(cells["served"], cells["applied"])))
    g.check("percent_mismatch", row(2), "Результат 83,3 % = 10 of the 12 completed (note *)",
            f"pct_ok(f{n(shares['social_support_sjo'])}, f{n(pos)}, f{n(cp)}, 1)")
    g.check("percent_mismatch", row(4), "Результат 75,0 % = 3 of the 4 mediation families",
            f"pct_ok(f{n(shares['mediation'])}, f{n(med)}, f{n(medn)}, 1)")
    g.check("parts_sum", "Соціальний супровід завершено 12 сім'ям",
            "24 under support = 12 completed + 12 continuing", f"f{n(cp)} + f{n(ong)} == f{n(cells['served'][2])}")
    g.check("internal_conflict", "З 4 сімей, які отримали послугу посередництва",
            "4 in the notes = 4 in table row 5", f"f{n(medn)} == f{n(cells['served'][4])}")
    g.check("parts_sum", "отримали 212 сімей", "212 unique families ≤ 355 service receipts; the largest "
            "service row (138) ≤ 212", f"max([{', '.join('f' + n(x) for x in cells['served'])}]) <= f{n(uniq)} "
            f"<= f{n(tot['served'])}")
    g.check("parts_sum", "фактично працює 10 працівників", "2 trained ≤ 10 ≤ 12", f"f{n(tr)} <= f{n(sa)} <= f{n(spos)}")

    g.skip("78500, м. Яремче, вул. Свободи, 266, тел. (03434) 0-22-57, ЄДРПОУ 43508126",
           [78500, 266, 3434, 2257, 43508126], "postcode, address, phone, ЄДРПОУ")
    g.skip("за І півріччя 2025 року", [1, 2025], "period")
    g.skip("від 23.12.2021 № 512-17/2021", [23, 12, 2021, 512, 17, 2021], "decision date and number")
    g.skip("(6 населених пунктів, 21,4 тис. осіб)", [6, 21400], "settlement count, population")
    g.skip("Таблиця 1.", [1], "table number")
    g.skip("(у І півріччі 2024 року – 189)", [2024, 189], "prior-year figure")
    g.skip("на 30.06.2025", [30, 6, 2025], "date")
    g.skip("(підлітки 13–17 років", [13, 17], "ages")
    g.skip("за кошти міської програми «Турбота» на 2024–2026 роки; вартість одного продуктового набору – 850 грн.",
           [2024, 2026, 850], "programme years, item price")
    g.skip("(24 години)", [24], "duration")
    g.skip("04.07.2025", [4, 7, 2025], "compile date")
    g.note("less common style: a transposed table (services as rows, indicators as columns). Every cell is a fact "
           "quoted by its row; unit of «Звернулися» and «Охоплено сімей» is families (the caption says "
           "«кількість сімей»); «з них дітей» is served children; «Результат, %» is a share with the service "
           "(«–» and «х» cells are empty)")
    g.note("the Разом row is a sum of service receipts (note **); its cells are facts with label «Разом», and the "
           "service cells hang on the Разом cell of the same column (group per column). The 212 families "
           "«без повторів» is a separate served fact")
    g.note("children cells hang on the column total rather than on the same row's families cell, following the "
           "table convention; the note says which row they belong to")
    g.note("«З 4 сімей … у 3 сторони уклали угоду» → served mediation 4 (again) and outcome_positive 3")
    g.write()


if __name__ == "__main__":
    main()
