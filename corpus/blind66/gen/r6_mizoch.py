"""b66_06: external quality assessment of home care provided in 2024 by КУ «ЦНСП» Мізоцької селищної ради,
written by a commission of the селищна рада. reportlab PDF (DejaVu fonts) with a criteria table; third person."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path

DOC = "b66_06_mizoch_cnsp_external2024.pdf"
DJ = "/usr/share/fonts/truetype/dejavu/"

TOP = [
    ("b", "МІЗОЦЬКА СЕЛИЩНА РАДА РІВНЕНСЬКОГО РАЙОНУ РІВНЕНСЬКОЇ ОБЛАСТІ"),
    ("s", "35160, смт Мізоч, вул. Шевченка, 3; тел. (03652) 0-31-76; код ЄДРПОУ 04386412"),
    ("b", "ЗВІТ про проведення зовнішньої оцінки якості соціальної послуги догляду вдома, наданої Комунальною "
          "установою «Центр надання соціальних послуг» Мізоцької селищної ради у 2024 році"),
]
P1 = [
    "Оцінку проведено комісією у складі 6 осіб, утвореною розпорядженням селищного голови від 10.02.2025 № 28-р, "
    "у період з 17 по 28 лютого 2025 року. Оцінювалась якість послуги, наданої з 01 січня по 31 грудня 2024 року.",
    "У 2024 році послугу догляду вдома отримували 142 особи (з них 96 жінок і 46 чоловіків), які проживають у "
    "14 селах громади. Соціальні робітники надали їм 18 764 послуги догляду вдома. Знято з обслуговування "
    "11 осіб: у зв'язку зі смертю – 7, влаштовано до інтернатного закладу – 2, за власним бажанням – 2. Станом на "
    "31.12.2024 на обслуговуванні перебувала 131 особа. На платній основі послугу отримували 19 осіб (вартість "
    "1 години – 98,40 грн).",
    "Комісія перевірила 30 особових справ (21,1 % від загальної кількості) та провела анкетування "
    "57 отримувачів (40,1 %). Повністю задоволені послугою 52 особи (91,2 %), частково – 5 осіб (8,8 %).",
    "Частку позитивних відповідей та оцінку за кожним критерієм наведено в таблиці.",
]
ROWS = [
    ["Критерій якості", "Позитивні відповіді, %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "96,5", "добре"],
    ["Результативність", "89,5", "добре"],
    ["Своєчасність", "84,2", "добре"],
    ["Доступність та відкритість", "91,2", "добре"],
    ["Повага до гідності", "100,0", "добре"],
    ["Професійність", "94,7", "добре"],
    ["Захист та безпека", "87,3", "добре"],
]
P2 = [
    "Послугу надають 23 соціальні робітники при 25 штатних посадах відділення соціальної допомоги вдома. "
    "Скарг від отримувачів за 2024 рік не надходило.",
    "Висновок комісії: загальна оцінка якості соціальної послуги догляду вдома – «добре».",
    "Рекомендовано до 30.06.2025 забезпечити 2 соціальних робітників службовим транспортом (велосипеди) для "
    "обслуговування віддалених сіл Дермань Друга та Стеблівка.",
    "Голова комісії (підпис)           Секретар комісії (підпис)",
]


def build(path):
    pdfmetrics.registerFont(TTFont("DJ", DJ + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DJ-B", DJ + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DJS", DJ + "DejaVuSans.ttf"))
    n = ParagraphStyle("n", fontName="DJ", fontSize=10, leading=13.5, spaceAfter=5, alignment=0)
    b = ParagraphStyle("b", parent=n, fontName="DJ-B", alignment=1)
    s = ParagraphStyle("s", parent=n, fontName="DJS", fontSize=8.5, alignment=1)
    cell = ParagraphStyle("c", parent=n, fontSize=9.5, leading=12, spaceAfter=0, alignment=0)
    story = []
    for k, t in TOP:
        story.append(Paragraph(t, b if k == "b" else s))
    story += [Spacer(1, 6)] + [Paragraph(t, n) for t in P1]
    t = Table([[Paragraph(c, cell) for c in r] for r in ROWS], colWidths=[90 * mm, 45 * mm, 30 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [t, Spacer(1, 8)] + [Paragraph(x, n) for x in P2]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Зовнішня оцінка 2024", author="Мізоцька селищна рада",
                      leftMargin=25 * mm, rightMargin=15 * mm).build(story)


def num(s):
    v = float(s.replace(",", "."))
    return int(v) if v.is_integer() else v


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Мізоцької селищної ради",
        "centre_type": "cnsp", "settlement": "Мізоч", "oblast": "Рівненська",
        "report_kind": "external_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Мізоцької селищної ради",
                    "КУ «Центр надання соціальних послуг» Мізоцької селищної ради"]})
    sv = g.f("served", "persons", 142, "У 2024 році послугу догляду вдома отримували 142 особи", service="home_care")
    w = g.f("served", "persons", 96, "96 жінок", service="home_care", parent=sv, label="жінки", group="served_142_by_sex")
    m = g.f("served", "persons", 46, "46 чоловіків", service="home_care", parent=sv, label="чоловіки",
            group="served_142_by_sex")
    sp = g.f("services_provided", "services", 18764, "Соціальні робітники надали їм 18 764 послуги догляду вдома",
             service="home_care")
    dr = g.f("deregistered", "persons", 11, "Знято з обслуговування \n11 осіб".replace(" \n", " "), service="home_care")
    d1 = g.f("deregistered", "persons", 7, "у зв'язку зі смертю – 7", parent=dr, label="у зв'язку зі смертю",
             group="deregistered_11_by_reason", service="home_care", alt=["outcome_other"])
    d2 = g.f("deregistered", "persons", 2, "влаштовано до інтернатного закладу – 2", parent=dr,
             label="влаштовано до інтернатного закладу", group="deregistered_11_by_reason", service="home_care",
             alt=["outcome_other"])
    d3 = g.f("deregistered", "persons", 2, "за власним бажанням – 2", parent=dr, label="за власним бажанням",
             group="deregistered_11_by_reason", service="home_care", alt=["outcome_other"])
    on = g.f("support_ongoing", "persons", 131, "на обслуговуванні перебувала 131 особа", service="home_care",
             alt=["served"], label="станом на 31.12.2024")
    pd = g.f("served", "persons", 19, "На платній основі послугу отримували 19 осіб", service="home_care",
             parent=sv, label="на платній основі")
    sr = g.f("survey_respondents", "recipients", 57, "провела анкетування \n57 отримувачів (40,1 %)".replace(" \n", " "),
             percent=40.1, service="home_care", unit_alt="persons")
    s1 = g.f("survey_respondents", "persons", 52, "Повністю задоволені послугою 52 особи (91,2 %)", percent=91.2,
             parent=sr, label="повністю задоволені", group="survey_57_by_answer", service="home_care")
    s2 = g.f("survey_respondents", "persons", 5, "частково – 5 осіб (8,8 %)", percent=8.8, parent=sr,
             label="частково задоволені", group="survey_57_by_answer", service="home_care")
    crit = ["targeting", "effectiveness", "timeliness", "accessibility", "dignity", "professionalism", "safety"]
    ids = {}
    for c, r in zip(crit, ROWS[1:]):
        q = "\t".join(r)
        ids[c] = (g.f("share", "percent", num(r[1]), q, criterion=c, service="home_care", label=r[0],
                      alt=["satisfaction"]),
                  g.f("rating", "rating", "good", q, criterion=c, service="home_care"))
    ov = g.f("rating", "rating", "good", "загальна оцінка якості соціальної послуги догляду вдома – «добре»",
             criterion="overall", service="home_care")
    sa = g.f("staff_actual", "staff", 23, "Послугу надають 23 соціальні робітники", label="соціальні робітники")
    pos = g.f("staff_positions", "positions", 25, "при 25 штатних посадах відділення соціальної допомоги вдома",
              label="відділення соціальної допомоги вдома")
    cm = g.f("complaints", "complaints", 0, "Скарг від отримувачів за 2024 рік не надходило")

    sf = ids["safety"][0]
    g.slip("percent_impossible", "error", "\t".join(ROWS[-1]), 87.3, "87,7 (50 of 57) or 86,0 (49 of 57)", [sf, sr],
           "with 57 respondents the shares step by 1,75 %: 49 → 85,96 %, 50 → 87,72 %; no whole number of the 57 "
           "gives 87,3 %", f"grim_ok({sf}, {sr}, 1)")
    g.check("percent_impossible", "\t".join(ROWS[1]),
            "the other six criterion shares are reachable with 57 (55, 51, 48, 52, 57, 54 of 57)",
            " and ".join(f"grim_ok({ids[c][0]}, {sr}, 1)" for c in crit if c != "safety"))
    g.check("parts_sum", "з них 96 жінок і 46 чоловіків", "96 + 46 = 142", f"{w} + {m} == {sv}")
    g.check("parts_sum", "у зв'язку зі смертю – 7, влаштовано до інтернатного закладу – 2, за власним бажанням – 2",
            "7 + 2 + 2 = 11", f"{d1} + {d2} + {d3} == {dr}")
    g.check("parts_sum", "на обслуговуванні перебувала 131 особа", "142 served − 11 taken off = 131 at year end",
            f"{sv} - {dr} == {on}")
    g.check("percent_mismatch", "57 отримувачів (40,1 %)", "57 / 142 = 40,14 % → 40,1", f"pct_ok(p{sr[1:]}, {sr}, {sv}, 1)")
    g.check("percent_mismatch", "Повністю задоволені послугою 52 особи (91,2 %)",
            "52 / 57 = 91,23 → 91,2; 5 / 57 = 8,77 → 8,8",
            f"pct_ok(p{s1[1:]}, {s1}, {sr}, 1) and pct_ok(p{s2[1:]}, {s2}, {sr}, 1)")
    g.check("parts_sum", "частково – 5 осіб (8,8 %)", "52 + 5 = 57; 91,2 + 8,8 = 100",
            f"{s1} + {s2} == {sr} and psum_ok([p{s1[1:]}, p{s2[1:]}], 1)")
    g.check("percent_mismatch", "Комісія перевірила 30 особових справ (21,1 % від загальної кількості)",
            "30 / 142 = 21,13 % → 21,1 (case files: no §3 id, literal)", f"pct_ok(21.1, 30, {sv}, 1)")
    g.check("parts_sum", "Послугу надають 23 соціальні робітники при 25 штатних посадах",
            "23 ≤ 25; 19 paying ≤ 142", f"{sa} <= {pos} and {pd} <= {sv}")
    g.skip("35160, смт Мізоч, вул. Шевченка, 3; тел. (03652) 0-31-76; код ЄДРПОУ 04386412",
           [35160, 3, 3652, 3176, 4386412], "postcode, address, phone, ЄДРПОУ")
    g.skip("комісією у складі 6 осіб, утвореною розпорядженням селищного голови від 10.02.2025 № 28-р",
           [6, 10, 2, 2025, 28], "commission size, order number and date")
    g.skip("у період з 17 по 28 лютого 2025 року", [17, 28, 2025], "assessment dates")
    g.skip("з 01 січня по 31 грудня 2024 року", [1, 31, 2024], "assessed period")
    g.skip("які проживають у \n14 селах громади".replace(" \n", " "), [14], "settlement count")
    g.skip("Станом на \n31.12.2024".replace(" \n", " "), [31, 12, 2024], "date")
    g.skip("(вартість \n1 години – 98,40 грн)".replace(" \n", " "), [1, 98.4], "tariff")
    g.skip("Комісія перевірила 30 особових справ (21,1 % від загальної кількості)", [30, 21.1],
           "case files: no §3 id (literal in a check)")
    g.skip("Рекомендовано до 30.06.2025 забезпечити 2 соціальних робітників службовим транспортом",
           [30, 6, 2025, 2], "deadline, recommendation")
    g.note("an external assessment written by the селищна рада's commission about the КУ «ЦНСП»: meta describes the "
           "assessed provider; every fact carries service home_care where it is about the assessed service")
    g.note("criteria table: share (alt satisfaction) and rating per row, quoted by the row; no rating bands are "
           "written, so no rating_band check; the overall rating is only in the conclusion")
    g.note("«Повністю задоволені 52 особи (91,2 %), частково – 5 (8,8 %)» → survey_respondents parts with percent")
    g.note("«Станом на 31.12.2024 на обслуговуванні перебувала 131 особа» → support_ongoing (alt served)")
    g.skip('наданої Комунальною установою «Центр надання соціальних послуг» Мізоцької селищної ради у 2024 році', [2024], 'title: period')
    g.write()


if __name__ == "__main__":
    main()
