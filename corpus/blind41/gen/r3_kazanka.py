"""b41_03: КУ «ЦНСП» Казанківської селищної ради (Миколаївська), internal quality assessment of 2024.
reportlab PDF (DejaVu) with a criteria table and the document's own rating bands."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from common import Gold, report_path, register_dejavu

NAME = "b41_03_kazanka_cnsp_internal2024.pdf"

HEAD = ["Комунальна установа «Центр надання соціальних послуг» Казанківської селищної ради",
        "56001, Миколаївська обл., смт Казанка, вул. Миру, 22, тел. (05164) 0-33-17"]
TITLE = ["ЗВІТ", "про результати внутрішньої оцінки якості соціальних послуг, наданих у 2024 році"]
PARAS = [
    "Внутрішню оцінку якості проведено з 03.02.2025 по 21.02.2025 робочою групою у складі 5 осіб, "
    "утвореною наказом директора від 28.01.2025 № 9-од. Оцінювалися послуги догляду вдома, соціальної "
    "адаптації та консультування, які Центр надає у 14 населених пунктах громади.",
    "Протягом 2024 року Центром надано соціальні послуги 624 отримувачам, з них: догляд вдома – 168, "
    "соціальна адаптація – 92, консультування – 364. Усього надано 9 848 послуг.",
    "Робочою групою опрацьовано 40 особових справ, проведено спостереження за наданням послуг. "
    "В анкетуванні взяли участь 104 отримувачі (роздано 120 анкет).",
    "Рівень якості за кожним критерієм визначався за часткою позитивних відповідей: від 90 до 100 % – "
    "«добре», від 70 до 89,9 % – «задовільно», менше 70 % – «незадовільно».",
]
TABH = "Таблиця 1. Результати оцінки за критеріями"
ROWS = [
    ["№", "Критерій", "Позитивних відповідей, %", "Оцінка"],
    ["1", "Адресність та індивідуальний підхід", "94,2", "добре"],
    ["2", "Результативність", "88,5", "задовільно"],
    ["3", "Своєчасність", "91,3", "задовільно"],
    ["4", "Доступність та відкритість", "86,5", "задовільно"],
    ["5", "Повага до гідності", "98,1", "добре"],
    ["6", "Професійність", "95,2", "добре"],
    ["7", "Захист та безпека", "92,3", "добре"],
    ["8", "Конфіденційність", "100", "добре"],
    ["", "Загальна оцінка (середнє)", "93,3", "добре"],
]
PARAS2 = [
    "У Центрі працює 21 працівник при 23 штатних посадах; 6 працівників у 2024 році пройшли навчання з "
    "питань якості послуг. Середній вік отримувачів догляду вдома – 78 років.",
    "Протягом року надійшла 1 скарга (на несвоєчасне відвідування), її визнано обґрунтованою та усунено причини.",
    "Висновок: загальний рівень якості наданих соціальних послуг – «добре». Рекомендовано до 01.06.2025 "
    "переглянути графіки відвідувань (критерій «Своєчасність») та розмістити інформацію про послуги у "
    "2 старостатах.",
]


def build():
    register_dejavu()
    body = ParagraphStyle("b", fontName="DVS", fontSize=10.5, leading=14, spaceAfter=6)
    head = ParagraphStyle("h", parent=body, fontName="DVS", fontSize=9, alignment=1)
    tit = ParagraphStyle("t", parent=body, fontName="DVS-B", fontSize=12, alignment=1)
    cell = ParagraphStyle("c", parent=body, fontName="DVS", fontSize=9.5, leading=12, spaceAfter=0)
    story = [Paragraph(h, head) for h in HEAD] + [Spacer(1, 8)]
    story += [Paragraph(t, tit) for t in TITLE] + [Spacer(1, 6)]
    story += [Paragraph(p, body) for p in PARAS]
    story.append(Paragraph(TABH, body))
    data = [[Paragraph(c, cell) for c in r] for r in ROWS]
    t = Table(data, colWidths=[1 * cm, 8 * cm, 4.2 * cm, 3 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(p, body) for p in PARAS2]
    story.append(Paragraph("Директор КУ «ЦНСП»                                     (підпис)", body))

    def footer(c, doc):
        c.setFont("DVS", 8)
        c.drawString(2 * cm, 1.2 * cm, f"Сторінка {doc.page}")
    doc = SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, leftMargin=2 * cm,
                            rightMargin=1.5 * cm, topMargin=1.5 * cm, bottomMargin=2 * cm,
                            title="Звіт про внутрішню оцінку якості", author="КУ ЦНСП")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def row(i):
    return "\t".join(ROWS[i])


RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}
CRIT = [None, "targeting", "effectiveness", "timeliness", "accessibility", "dignity", "professionalism",
        "safety", "confidentiality", "overall"]
BANDS = "[(90, 100, 'good'), (70, 89.9, 'satisfactory'), (0, 69.9, 'unsatisfactory')]"


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Казанківської селищної ради", "centre_type": "cnsp",
        "settlement": "Казанка", "oblast": "Миколаївська", "report_kind": "internal_assessment",
        "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Казанківської селищної ради",
                             "КУ «Центр надання соціальних послуг» Казанківської селищної ради"]})
    f = g.f
    tot = f("served", "recipients", 624, "Протягом 2024 року Центром надано соціальні послуги 624 отримувачам",
            unit_alt="persons")
    a = f("served", "recipients", 168, "догляд вдома – 168", service="home_care", unit_alt="persons",
          group="served_624_by_service", parent=tot)
    b = f("served", "recipients", 92, "соціальна адаптація – 92", service="social_adaptation", unit_alt="persons",
          group="served_624_by_service", parent=tot)
    c = f("served", "recipients", 364, "консультування – 364", service="counselling", unit_alt="persons",
          group="served_624_by_service", parent=tot)
    f("services_provided", "services", 9848, "Усього надано 9 848 послуг")
    sv = f("survey_respondents", "recipients", 104, "В анкетуванні взяли участь 104 отримувачі", unit_alt="persons")
    sh, rt = {}, {}
    for i in range(1, 10):
        v = float(ROWS[i][2].replace(",", "."))
        v = int(v) if v.is_integer() else v
        sh[i] = f("share", "percent", v, row(i), criterion=CRIT[i], alt=["satisfaction"],
                  label="частка позитивних відповідей: " + ROWS[i][1])
        rt[i] = f("rating", "rating", RATING[ROWS[i][3]], row(i), criterion=CRIT[i])
    concl = f("rating", "rating", "good", "загальний рівень якості наданих соціальних послуг – «добре»",
              criterion="overall", label="висновок (повтор загальної оцінки)")
    sa = f("staff_actual", "staff", 21, "У Центрі працює 21 працівник")
    sp = f("staff_positions", "positions", 23, "при 23 штатних посадах")
    st = f("staff_trained", "staff", 6, "6 працівників у 2024 році пройшли навчання")
    f("complaints", "complaints", 1, "Протягом року надійшла 1 скарга")

    g.check("parts_sum", "з них: догляд вдома – 168, соціальна адаптація – 92, консультування – 364",
            "168 + 92 + 364 = 624", f"{a} + {b} + {c} == {tot}")
    for i in (1, 2, 4, 5, 6, 7, 8):
        g.check("rating_band", row(i), f"{ROWS[i][2]} % → {ROWS[i][3]} by the document's bands",
                f"band({sh[i]}, {BANDS}) == {rt[i]}")
    g.check("rating_band", row(9), "93,3 % → добре; the conclusion repeats «добре»",
            f"band({sh[9]}, {BANDS}) == {rt[9]} and {concl} == {rt[9]}")
    g.check("table_arithmetic", row(9), "the mean of the eight criteria: 746,1 / 8 = 93,26 → 93,3",
            f"near(round(({' + '.join(sh[i] for i in range(1, 9))}) / 8, 1), {sh[9]})")
    g.check("percent_impossible", TABH,
            "every criterion share is reachable with 104 respondents (98, 92, 95, 90, 102, 99, 96, 104 of 104)",
            "all([" + ", ".join(f"grim_ok({sh[i]}, {sv}, 1)" for i in range(1, 9)) + "])")
    g.check("parts_sum", "У Центрі працює 21 працівник при 23 штатних посадах",
            "21 ≤ 23; 6 trained ≤ 21", f"{st} <= {sa} <= {sp}")
    g.slip("rating_band", "error", row(3), "задовільно", "добре", [sh[3], rt[3]],
           "Своєчасність 91,3 % lies in the document's own band 90–100 % «добре», but the table rates it "
           "«задовільно» (the recommendation on visiting schedules follows the rating, not the share)",
           f"band({sh[3]}, {BANDS}) == {rt[3]}")

    g.skip(HEAD[1], [56001, 22, 5164, 3317], "postcode, address, phone")
    g.skip("з 03.02.2025 по 21.02.2025 робочою групою у складі 5 осіб", [3, 2, 2025, 21, 2, 2025, 5],
           "assessment dates, size of the working group")
    g.skip("наказом директора від 28.01.2025 № 9-од", [28, 1, 2025, 9], "order date and number")
    g.skip("у 14 населених пунктах громади", [14], "settlement count")
    g.skip("опрацьовано 40 особових справ", [40], "case files reviewed (no §3 id)")
    g.skip("(роздано 120 анкет)", [120], "questionnaires handed out (items, not respondents)")
    g.skip(PARAS[3], [90, 100, 70, 89.9, 70], "rating band definitions")
    g.skip(TABH, [1], "table number")
    g.skip("1\tАдресність", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers")
    g.skip("Середній вік отримувачів догляду вдома – 78 років.", [78], "age")
    g.skip("Рекомендовано до 01.06.2025", [1, 6, 2025], "deadline")
    g.skip("у 2 старостатах", [2], "plan (recommendation)")
    g.skip("ЗВІТ про результати внутрішньої оцінки якості соціальних послуг, наданих у 2024 році", [2024],
           "year of the period")
    g.note("criterion shares are `share` with criterion (alt satisfaction); each table row gives a share and a "
           "rating; the «Загальна оцінка (середнє)» row is criterion overall")
    g.note("the overall rating is written twice (table and conclusion): two facts")
    g.note("«отримувачам» with no further kind → unit recipients, unit_alt persons")
    g.note("bands as the document writes them: 90–100 добре, 70–89,9 задовільно, below 70 незадовільно")
    g.write()


if __name__ == "__main__":
    build()
    gold()
