"""b85_04: ТЦСО Лисецької селищної ради (Івано-Франківська), internal quality assessment of home care, 2024.
reportlab PDF, third person (робоча група), criteria table with % and rating, the document's own bands."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b85_04_lysets_tcso_internal2024.pdf"

P1 = [
    ("c", "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) ЛИСЕЦЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "77411, Івано-Франківська обл., смт Лисець, вул. Шевченка, 12; тел. (0342) 0-72-19; код ЄДРПОУ 40582217"),
    ("h", "ЗВІТ про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2024 році"),
    ("p", "Оцінку проведено відповідно до наказу директора від 02.12.2024 № 58-од у період з 03 по 20 грудня "
          "2024 року робочою групою у складі 5 осіб. Оцінювався період з 01.01.2024 по 31.12.2024."),
    ("p", "Протягом 2024 року послугу догляду вдома отримала 131 особа, з них 96 – безоплатно, 35 – з установленням "
          "диференційованої плати. Середній вік отримувачів – 79 років. Обслуговування здійснюють 15 соціальних "
          "робітників (штатна чисельність – 16 посад)."),
    ("p", "Протягом року взято на обслуговування 27 осіб, знято з обслуговування 22 особи (з них 15 – у зв'язку зі "
          "смертю, 4 – у зв'язку з влаштуванням до закладів стаціонарного догляду, 3 – за особистою заявою). "
          "Соціальні робітники надали 48 370 послуг, у середньому 8 відвідувань на місяць до одного отримувача. "
          "Вартість однієї години послуги – 62,40 грн (рішення виконавчого комітету від 25.01.2024 № 12)."),
    ("p", "Робоча група використовувала такі методи: анкетування отримувачів, аналіз 40 особових справ, 12 "
          "спостережень за роботою соціальних робітників. В анкетуванні взяли участь 46 отримувачів "
          "(35,1 % від загальної кількості)."),
    ("p", "Оцінка за кожним критерієм визначалася за часткою позитивних відповідей: 80–100 % – «добре», "
          "60–79 % – «задовільно», менше 60 % – «незадовільно»."),
    ("p", "Таблиця 2. Результати оцінки за критеріями"),
]
ROWS = [
    ["№", "Критерій", "Позитивних відповідей, %", "Оцінка"],
    ["1", "Адресність та індивідуальний підхід", "93,5", "добре"],
    ["2", "Результативність", "87,0", "добре"],
    ["3", "Своєчасність", "78,3", "добре"],
    ["4", "Доступність та відкритість", "84,6", "добре"],
    ["5", "Зручність", "71,7", "задовільно"],
    ["6", "Повага до гідності отримувача", "100", "добре"],
    ["7", "Професійність", "95,7", "добре"],
    ["8", "Захист та безпека", "91,3", "добре"],
    ["9", "Конфіденційність інформації", "97,8", "добре"],
    ["", "Загальна оцінка якості", "", "добре"],
]
CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "convenience", "dignity",
        "professionalism", "safety", "confidentiality"]
P2 = [
    ("p", "Скарг на якість надання послуги у 2024 році не надходило. Надійшло 2 звернення щодо заміни соціального "
          "робітника, обидва задоволено. Порушень конфіденційності не виявлено."),
    ("p", "У 2024 році 9 соціальних робітників пройшли навчання з надання домедичної допомоги."),
    ("p", "Висновок: якість соціальної послуги догляду вдома, наданої у 2024 році, оцінено на рівні «добре»."),
    ("p", "Рекомендації: 1) переглянути графіки відвідувань у 3 віддалених селах до 01.03.2025; 2) забезпечити "
          "отримувачів інформацією про порядок оскарження до 01.04.2025."),
    ("p", "Голова робочої групи ____________      23.12.2024"),
]


def build(path):
    register_fonts()
    ss = {"p": ParagraphStyle("p", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6, alignment=4),
          "c": ParagraphStyle("c", fontName="LSerif-B", fontSize=10, leading=13, alignment=1, spaceAfter=4),
          "h": ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceAfter=8,
                              spaceBefore=8)}

    def footer(canvas, doc):
        canvas.setFont("LSans", 8)
        canvas.drawString(20 * mm, 10 * mm, f"Звіт про внутрішню оцінку якості, ТЦСО Лисецької селищної ради. Сторінка {doc.page}")

    story = [Paragraph(t, ss[k]) for k, t in P1]
    t = Table(ROWS, colWidths=[10 * mm, 80 * mm, 45 * mm, 28 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10), ("FONT", (0, 0), (-1, 0), "LSerif-B", 9),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [t, Spacer(1, 6)]
    story += [Paragraph(t_, ss[k]) for k, t_ in P2]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=20 * mm, invariant=1, title="Звіт", author="ТЦСО")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Лисецької селищної ради",
        "centre_type": "tcso", "settlement": "Лисець", "oblast": "Івано-Франківська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    s = f("served", "persons", 131, "послугу догляду вдома отримала 131 особа", service="home_care")
    s1 = f("served", "persons", 96, "з них 96 – безоплатно", service="home_care", label="безоплатно",
           group="home_care_131_by_payment", parent=s)
    s2 = f("served", "persons", 35, "35 – з установленням диференційованої плати", service="home_care",
           label="з установленням диференційованої плати", group="home_care_131_by_payment", parent=s)
    sa = f("staff_actual", "staff", 15, "Обслуговування здійснюють 15 соціальних робітників", label="соціальні робітники")
    sp = f("staff_positions", "positions", 16, "штатна чисельність – 16 посад", label="соціальні робітники")
    tk = f("served", "persons", 27, "взято на обслуговування 27 осіб", service="home_care",
           label="взято на обслуговування", alt=["registered_new", "support_started"])
    d = f("deregistered", "persons", 22, "знято з обслуговування 22 особи", service="home_care")
    d1 = f("deregistered", "persons", 15, "з них 15 – у зв'язку зі смертю", service="home_care",
           label="у зв'язку зі смертю", alt=["outcome_other"], group="dereg_22_by_reason", parent=d)
    d2 = f("deregistered", "persons", 4, "4 – у зв'язку з влаштуванням до закладів стаціонарного догляду",
           service="home_care", label="влаштування до закладів стаціонарного догляду", alt=["outcome_other"],
           group="dereg_22_by_reason", parent=d)
    d3 = f("deregistered", "persons", 3, "3 – за особистою заявою", service="home_care", label="за особистою заявою",
           alt=["outcome_other"], group="dereg_22_by_reason", parent=d)
    f("services_provided", "services", 48370, "Соціальні робітники надали 48 370 послуг", service="home_care")
    sv = f("survey_respondents", "recipients", 46, "В анкетуванні взяли участь 46 отримувачів", percent=35.1,
           unit_alt="persons", service="home_care")
    shares, ratings = [], []
    for r, c in zip(ROWS[1:10], CRIT):
        q = "\t".join(r)
        v = float(r[2].replace(",", "."))
        v = int(v) if v.is_integer() else v
        shares.append(f("share", "percent", v, q, criterion=c, alt=["satisfaction"], label=r[1]))
        ratings.append(f("rating", "rating", "good" if r[3] == "добре" else "satisfactory", q, criterion=c))
    ov = f("rating", "rating", "good", "Загальна оцінка якості\t\tдобре", criterion="overall")
    ov2 = f("rating", "rating", "good", "оцінено на рівні «добре»", criterion="overall",
            note="the overall rating repeated in the conclusion: a second fact")
    f("complaints", "complaints", 0, "Скарг на якість надання послуги у 2024 році не надходило")
    f("applied", "applications", 2, "Надійшло 2 звернення щодо заміни соціального", label="щодо заміни соціального робітника")
    f("staff_trained", "staff", 9, "9 соціальних робітників пройшли навчання")

    B = "[(80, 100, 'good'), (60, 79.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
    g.slip("rating_band", "error", "3\tСвоєчасність\t78,3\tдобре", "good", "satisfactory", [shares[2], ratings[2]],
           "the document's own bands give «задовільно» for 60–79 %; 78,3 % is rated «добре»",
           f"band({shares[2]}, {B}) == {ratings[2]}", slip=1)
    g.slip("percent_impossible", "error", "4\tДоступність та відкритість\t84,6\tдобре", 84.6, "82,6 or 84,8",
           [shares[3], sv], "with 46 respondents no whole count gives 84,6 % (38/46 = 82,6; 39/46 = 84,8)",
           f"grim_ok({shares[3]}, {sv}, 1)", slip=2)
    others = [i for i in range(9) if i not in (2, 3)]
    g.check("rating_band", "Оцінка за кожним критерієм визначалася за часткою позитивних відповідей",
            "every other criterion's rating matches its band (5 Зручність 71,7 → задовільно)",
            " and ".join(f"band({shares[i]}, {B}) == {ratings[i]}" for i in others))
    g.check("percent_impossible", "Таблиця 2. Результати оцінки за критеріями",
            "the other eight shares are reachable with 46 respondents (43, 40, 36, 33, 46, 44, 42, 45 of 46)",
            " and ".join(f"grim_ok({shares[i]}, {sv}, 1)" for i in range(9) if i != 3))
    g.check("percent_mismatch", "В анкетуванні взяли участь 46 отримувачів", "46 / 131 = 35,11 % → 35,1",
            f"pct_ok(p{sv[1:]}, {sv}, {s}, 1)")
    g.check("parts_sum", "з них 96 – безоплатно", "96 + 35 = 131", f"{s1} + {s2} == {s}")
    g.check("parts_sum", "з них 15 – у зв'язку зі", "15 + 4 + 3 = 22", f"{d1} + {d2} + {d3} == {d}")
    g.check("parts_sum", "Обслуговування здійснюють 15 соціальних", "15 working ≤ 16 positions; 9 trained ≤ 15",
            f"{sa} <= {sp}")
    g.check("internal_conflict", "оцінено на рівні «добре»", "the overall rating in the table = in the conclusion",
            f"{ov} == {ov2}")

    g.skip("77411, Івано-Франківська обл., смт Лисець, вул. Шевченка, 12; тел. (0342) 0-72-19; код ЄДРПОУ 40582217",
           [77411, 12, 342, 7219, 40582217], "postcode, address, phone, ЄДРПОУ")
    g.skip("наданої у 2024 році", [2024], "year")
    g.skip("відповідно до наказу директора від 02.12.2024 № 58-од у період з 03 по 20 грудня", [2, 12, 2024, 58, 3, 20],
           "order date/number, assessment dates")
    g.skip("робочою групою у складі 5 осіб", [5], "working-group size")
    g.skip("Оцінювався період з 01.01.2024 по 31.12.2024", [1, 1, 2024, 31, 12, 2024], "assessed period")
    g.skip("Середній вік отримувачів – 79 років", [79], "age")
    g.skip("у середньому 8 відвідувань на місяць до одного отримувача", [8], "ratio")
    g.skip("Вартість однієї години послуги – 62,40 грн (рішення виконавчого комітету від 25.01.2024 № 12)",
           [62.4, 25, 1, 2024, 12], "tariff, decision date and number")
    g.skip("аналіз 40 особових справ, 12 спостережень", [40, 12], "assessment methods: case files, observations")
    g.skip("80–100 % – «добре», 60–79 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79, 60],
           "the document's rating bands (used in the band checks)")
    g.skip("Таблиця 2. Результати оцінки за критеріями", [2], "table number")
    g.skip("1\tАдресність та індивідуальний підхід\t93,5\tдобре", [1, 2, 3, 4, 5, 6, 7, 8, 9], "table row numbers 1–9")
    g.skip("обидва задоволено", [], "«обидва» repeats the 2 applications")
    g.skip("переглянути графіки відвідувань у 3 віддалених селах до 01.03.2025", [3, 1, 3, 2025],
           "recommendation: settlements, deadline")
    g.skip("до 01.04.2025", [1, 4, 2025], "deadline")
    g.skip("23.12.2024", [23, 12, 2024], "signature date")
    g.skip("Сторінка 1", [1], "page footer")
    g.note("the ruled PDF table comes out tab-separated (empty cells keep their tab); criterion rows quoted as read")
    g.note("criterion shares → share with criterion (alt satisfaction); ratings with criterion; the overall rating "
           "is in the table and in the conclusion: two facts")
    g.note("the rating bands are read as 80–100 добре, 60–79(,99) задовільно, below 60 незадовільно")
    g.note("«2 звернення щодо заміни соціального робітника» → applied, unit applications, labelled")
    g.note("15 соціальних робітників / 16 посад refer to the social workers only (not the whole centre): labelled")
    g.write()


if __name__ == "__main__":
    main()
