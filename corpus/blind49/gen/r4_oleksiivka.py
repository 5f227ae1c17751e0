"""b49_04: КУ «ЦНСП» Олексіївської сільської ради (Харківська), звіт про внутрішню оцінку якості
соціальних послуг, наданих у 2024 році. reportlab PDF (DejaVu fonts), criteria table with the
document's own rating bands, numbered recommendations, page footer."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path

DOC = "b49_04_oleksiivka_cnsp_internal2024.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"

P = [
    ("h", "Комунальна установа «Центр надання соціальних послуг» Олексіївської сільської ради "
          "Берестинського району Харківської області"),
    ("s", "64540, с. Олексіївка, вул. Шкільна, 3; тел. (05762) 0-14-55; ЄДРПОУ 43918264"),
    ("t", "ЗВІТ про результати внутрішньої оцінки якості соціальних послуг, наданих у 2024 році"),
    ("p", "Внутрішню оцінку проведено відповідно до наказу директора від 27.01.2025 № 9-ос комісією у складі "
          "5 осіб у період з 03.02.2025 по 21.02.2025. Оцінювалася якість соціальних послуг догляду вдома "
          "та денного догляду, наданих упродовж 2024 року."),
    ("p", "У 2024 році послугу догляду вдома отримували 143 особи, денного догляду – 38 осіб. На обслуговування "
          "вдома взято 21 особу, вибуло з обслуговування 17 осіб. За рік надано 9 811 послуг догляду вдома. "
          "Середній вік отримувачів – 78 років, понад половину з них становлять одинокі жінки."),
    ("p", "Методи оцінювання: вивчення 30 особових справ отримувачів, 12 спостережень під час надання послуги, "
          "анкетування. В анкетуванні взяли участь 52 отримувачі послуги догляду вдома (36,4 % від їх "
          "загальної кількості)."),
    ("p", "Рівень якості за кожним критерієм визначався за часткою позитивних відповідей: 80–100 % – «добре», "
          "60–79,9 % – «задовільно», нижче 60 % – «незадовільно»."),
    ("c", "Таблиця 1. Результати оцінювання за критеріями"),
]
TABLE = [
    ["Критерій", "Частка позитивних відповідей, %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "94,2", "добре"],
    ["Результативність", "84,6", "добре"],
    ["Своєчасність", "76,9", "добре"],
    ["Доступність та відкритість", "88,5", "добре"],
    ["Повага до гідності отримувача", "100", "добре"],
    ["Професійність", "90,4", "добре"],
    ["Загальна оцінка (середнє)", "89,1", "добре"],
]
P2 = [
    ("p", "Послуги надають 19 соціальних робітників; у 2024 році 7 з них пройшли навчання з догляду за "
          "особами з деменцією. Скарг на якість послуг протягом 2024 року не надходило, зауваження щодо "
          "графіка відвідувань усунуто в робочому порядку."),
    ("p", "Висновок. Загальний рівень якості соціальних послуг, наданих Центром у 2024 році, – «добре»."),
    ("p", "Рекомендації: 1. Забезпечити відвідування отримувачів, які проживають у віддалених селах, не рідше "
          "3 разів на тиждень. 2. Переглянути маршрути соціальних робітників до 01.06.2025. 3. Повторне "
          "анкетування провести у I кварталі 2026 року."),
    ("s", "Голова комісії ____________          Дата складання: 24.02.2025"),
]


def build(path):
    for name, fn in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, FD + fn))
    st = {
        "h": ParagraphStyle("h", fontName="DV-B", fontSize=11, leading=14, alignment=1),
        "s": ParagraphStyle("s", fontName="DV", fontSize=9, leading=12, alignment=1),
        "t": ParagraphStyle("t", fontName="DV-B", fontSize=12, leading=16, alignment=1, spaceBefore=10, spaceAfter=8),
        "p": ParagraphStyle("p", fontName="DV", fontSize=10.5, leading=14, firstLineIndent=1 * cm, spaceAfter=6),
        "c": ParagraphStyle("c", fontName="DV-B", fontSize=10, leading=13, spaceBefore=4, spaceAfter=4),
    }
    flow = []
    for k, t in P:
        flow.append(Paragraph(t, st[k]))
    hs = ParagraphStyle("th", fontName="DV-B", fontSize=9.5, leading=12)
    data = [[Paragraph(c, hs) for c in TABLE[0]]] + TABLE[1:]
    tb = Table(data, colWidths=[7.5 * cm, 5 * cm, 3.5 * cm])
    tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                            ("FONTNAME", (0, 0), (-1, 0), "DV-B"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    flow.append(tb)
    flow.append(Spacer(1, 8))
    for k, t in P2:
        flow.append(Paragraph(t, st[k]))

    def footer(c, d):
        c.setFont("DV", 8)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, f"Сторінка {d.page} з 1")

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1, title="Звіт про внутрішню оцінку якості")
    doc.build(flow, onFirstPage=footer, onLaterPages=footer)


CRIT = [("targeting", "Адресність та індивідуальний підхід", 94.2),
        ("effectiveness", "Результативність", 84.6),
        ("timeliness", "Своєчасність", 76.9),
        ("accessibility", "Доступність та відкритість", 88.5),
        ("dignity", "Повага до гідності отримувача", 100),
        ("professionalism", "Професійність", 90.4),
        ("overall", "Загальна оцінка (середнє)", 89.1)]


def main():
    path = report_path(DOC)
    build(path)
    from common import read_text
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Олексіївської сільської ради",
        "centre_type": "cnsp", "settlement": "Олексіївка", "oblast": "Харківська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Олексіївської сільської ради Берестинського району Харківської області",
        "Комунальна установа «Центр надання соціальних послуг» Олексіївської сільської ради"]})

    def v(x):
        return "f" + x[1:]

    def row(name, pct, mark="добре"):
        p = str(pct).replace(".", ",")
        for sep in ("\t", " "):
            q = f"{name}{sep}{p}{sep}{mark}"
            if q in text:
                return q
        raise SystemExit(f"row not found: {name}")

    hc = g.f("served", "persons", 143, "послугу догляду вдома отримували 143 особи", service="home_care")
    dc = g.f("served", "persons", 38, "денного догляду – 38 осіб", service="day_care")
    nw = g.f("served", "persons", 21, "На обслуговування вдома взято 21 особу", service="home_care",
             alt=["registered_new", "support_started"], label="взято на обслуговування", parent=hc)
    out = g.f("deregistered", "persons", 17, "вибуло з обслуговування 17 осіб", service="home_care")
    sp = g.f("services_provided", "services", 9811, "За рік надано 9 811 послуг догляду вдома", service="home_care")
    sv = g.f("survey_respondents", "recipients", 52, "В анкетуванні взяли участь 52 отримувачі послуги догляду вдома (36,4 %",
             percent=36.4, service="home_care", unit_alt="persons")
    sh, rt = {}, {}
    for cid, name, pct in CRIT:
        q = row(name, pct)
        sh[cid] = g.f("share", "percent", pct, q, criterion=cid, alt=["satisfaction"],
                      label="частка позитивних відповідей")
        rt[cid] = g.f("rating", "rating", "good", q, criterion=cid)
    sw = g.f("staff_actual", "staff", 19, "Послуги надають 19 соціальних робітників", label="соціальні робітники")
    tr = g.f("staff_trained", "staff", 7, "у 2024 році 7 з них пройшли навчання", parent=sw)
    cp = g.f("complaints", "complaints", 0, "Скарг на якість послуг протягом 2024 року не надходило")
    ov2 = g.f("rating", "rating", "good", "Загальний рівень якості соціальних послуг, наданих Центром у 2024 році, – «добре»",
              criterion="overall", label="висновок (повторна згадка загальної оцінки)")

    bands = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.slip("rating_band", "error", row("Своєчасність", 76.9), "добре", "задовільно", [sh["timeliness"], rt["timeliness"]],
           "Своєчасність has 76,9 % positive answers, which the document's own scale puts at 60–79,9 % «задовільно», "
           "but the table rates it «добре».",
           f"band({v(sh['timeliness'])}, {bands}) == {v(rt['timeliness'])}")

    ok = [c for c, _, _ in CRIT if c != "timeliness"]
    g.check("rating_band", "80–100 % – «добре»", "every other row, the overall row and the conclusion lie in 80–100 % and are «добре»",
            " and ".join(f"band({v(sh[c])}, {bands}) == {v(rt[c])}" for c in ok) + f" and {v(ov2)} == {v(rt['overall'])}")
    g.check("table_arithmetic", row("Загальна оцінка (середнє)", 89.1),
            "overall = mean of the six criteria: (94,2 + 84,6 + 76,9 + 88,5 + 100 + 90,4) / 6 = 89,1",
            "round((" + " + ".join(v(sh[c]) for c, _, _ in CRIT if c != "overall") + f") / 6, 1) == {v(sh['overall'])}")
    g.check("percent_impossible", "Критерій\tЧастка позитивних відповідей, %\tОцінка",
            "each share is reachable with 52 respondents (49, 44, 40, 46, 52, 47 of 52)",
            " and ".join(f"grim_ok({v(sh[c])}, {v(sv)}, 1)" for c, _, _ in CRIT if c != "overall"))
    g.check("percent_mismatch", "(36,4 % від їх загальної кількості)", "52 / 143 = 36,36 % → 36,4", f"pct_ok(p{sv[1:]}, {v(sv)}, {v(hc)}, 1)")
    g.check("parts_sum", "На обслуговування вдома взято 21 особу", "21 taken and 17 removed ≤ 143; 52 surveyed ≤ 143",
            f"{v(nw)} <= {v(hc)} and {v(out)} <= {v(hc)} and {v(sv)} <= {v(hc)}")
    g.check("parts_sum", "у 2024 році 7 з них пройшли навчання", "7 ≤ 19", f"{v(tr)} <= {v(sw)}")

    g.skip("64540, с. Олексіївка, вул. Шкільна, 3; тел. (05762) 0-14-55; ЄДРПОУ 43918264",
           [64540, 3, 5762, 1455, 43918264], "postcode, address, phone, ЄДРПОУ")
    g.skip("наказу директора від 27.01.2025 № 9-ос", [27, 1, 2025, 9], "order date and number")
    g.skip("комісією у складі 5 осіб",
           [5], "commission size")
    g.skip("з 03.02.2025 по 21.02.2025", [3, 2, 2025, 21, 2, 2025], "assessment dates")
    g.skip("Середній вік отримувачів – 78 років", [78], "age")
    g.skip("вивчення 30 особових справ отримувачів, 12 спостережень", [30, 12], "methods: case files, observations")
    g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», нижче 60 % – «незадовільно»", [80, 100, 60, 79.9, 60],
           "the document's rating bands")
    g.skip("Таблиця 1. Результати оцінювання за критеріями", [1], "table number")
    g.skip("не рідше 3 разів на тиждень",
           [3], "recommendation: frequency")
    g.skip("до 01.06.2025", [1, 6, 2025], "recommendation deadline")
    g.skip("Рекомендації: 1. Забезпечити", [1], "recommendation number")
    g.skip("2. Переглянути маршрути", [2], "recommendation number")
    g.skip("3. Повторне анкетування провести у I кварталі 2026 року", [3, 1, 2026],
           "recommendation numbers 1.–3., next survey in I quarter 2026")
    g.skip("Дата складання: 24.02.2025", [24, 2, 2025], "compile date")

    g.note("criterion shares of the internal assessment → share with criterion (alt satisfaction); each table row gives a "
           "share and a rating, both quoted by the row. No service is set on them: the assessment covered home care and "
           "day care, although the survey was of home-care recipients")
    g.note("the overall rating is written twice (table row and conclusion) → two facts; the conclusion's carries a label")
    g.note("«Повага до гідності отримувача» → criterion dignity; «Загальна оцінка (середнє)» → overall")
    g.note("«На обслуговування вдома взято 21 особу» → served (alt registered_new, support_started); «вибуло з обслуговування» → deregistered")
    g.note("the page footer «Сторінка 1 з 1» does not come out in the read text")
    g.note("«понад половину з них становлять одинокі жінки» has no figure")
    g.write()


if __name__ == "__main__":
    main()
