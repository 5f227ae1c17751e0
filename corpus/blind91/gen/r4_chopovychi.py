"""b91_04: ТЦСО Чоповицької селищної ради (Житомирська), internal quality assessment of home care, 2024.
reportlab PDF (Liberation fonts), a criteria table with % and rating, the document's own bands, page footer.
Planted slip: rating_band (Своєчасність 77,1 % rated «добре»; the text's band for «добре» is 80–100 %)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b91_04_chopovychi_tcso_internal2024.pdf"

HEAD = [
    "Затверджено наказом директора від 25.11.2024 № 61-ОД",
    "<b>ЗВІТ</b>",
    "<b>про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої "
    "Територіальним центром соціального обслуговування (надання соціальних послуг) Чоповицької "
    "селищної ради у 2024 році</b>",
]
BODY1 = [
    "Оцінювання проводила робоча група у складі 4 осіб з 02.12.2024 по 13.12.2024. Територіальний центр "
    "(11501, Житомирська обл., смт Чоповичі, вул. Київська, 15, тел. (04133) 0-61-47, ЄДРПОУ 40128817) "
    "обслуговує 22 населені пункти громади.",
    "У 2024 році соціальну послугу догляду вдома отримували 84 особи; середній вік отримувачів – 79 років. "
    "Протягом року взято на обслуговування 17 осіб, знято з обслуговування 15 осіб. Соціальними робітниками "
    "надано 18 740 соціальних послуг. Послугу надають 19 соціальних робітників.",
    "Методи оцінювання: вивчення 30 особових справ отримувачів, спостереження, анкетування. "
    "Анкетування проведено серед 48 отримувачів (57,1 % від загальної кількості). "
    "Рівень задоволеності отримувачів якістю послуги становить 91,7 %.",
    "Оцінка за кожним критерієм визначалась за часткою позитивних відповідей: від 80 до 100 % – «добре», "
    "від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно».",
    "Таблиця 2. Результати оцінювання за критеріями",
]
ROWS = [
    ("№", "Критерій", "Позитивні відповіді, %", "Оцінка"),
    ("1", "Адресність та індивідуальний підхід", "95,8", "добре"),
    ("2", "Результативність", "87,5", "добре"),
    ("3", "Своєчасність", "77,1", "добре"),
    ("4", "Доступність та відкритість", "91,7", "добре"),
    ("5", "Зручність", "72,9", "задовільно"),
    ("6", "Повага до гідності", "100,0", "добре"),
    ("7", "Професійність", "93,8", "добре"),
    ("8", "Незалежність", "89,6", "добре"),
    ("9", "Захист та безпека", "97,9", "добре"),
    ("10", "Конфіденційність", "100,0", "добре"),
    ("", "Загальна оцінка", "", "добре"),
]
BODY2 = [
    "Скарг від отримувачів протягом 2024 року не надходило. Випадків порушення конфіденційності не виявлено.",
    "Висновок: якість соціальної послуги догляду вдома, наданої у 2024 році, оцінено як «добре».",
    "Рекомендації: 1) скоротити строк від подання заяви до початку надання послуги до 10 робочих днів; "
    "2) облаштувати пандус у приміщенні відділення до 01.06.2025; 3) до 01.03.2025 переглянути графіки "
    "відвідування у 3 віддалених селах.",
]

CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "convenience", "dignity",
        "professionalism", "independence", "safety", "confidentiality"]
RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawString(2 * cm, 1.2 * cm, "Звіт про внутрішню оцінку якості – ТЦСО Чоповицької селищної ради")
    canvas.drawRightString(19 * cm, 1.2 * cm, f"Сторінка {doc.page}")
    canvas.restoreState()


def build(path):
    register_fonts()
    st = ParagraphStyle("n", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6, firstLineIndent=20)
    stc = ParagraphStyle("c", parent=st, alignment=1, firstLineIndent=0)
    str_ = ParagraphStyle("r", parent=st, alignment=2, firstLineIndent=0, fontSize=9)
    cell = ParagraphStyle("t", fontName="LSerif", fontSize=10, leading=12)
    story = [Paragraph(HEAD[0], str_), Paragraph(HEAD[1], stc), Paragraph(HEAD[2], stc), Spacer(1, 6)]
    story += [Paragraph(t, st) for t in BODY1]
    rows = [[Paragraph(c, cell) for c in r] for r in ROWS]
    t = Table(rows, colWidths=[1.0 * cm, 8.5 * cm, 4.0 * cm, 3.0 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(t_, st) for t_ in BODY2]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Звіт", author="ТЦСО",
                      leftMargin=2 * cm, rightMargin=2 * cm).build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Чоповицької селищної ради",
        "centre_type": "tcso",
        "settlement": "Чоповичі",
        "oblast": "Житомирська",
        "report_kind": "internal_assessment",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    }, meta_alt={"centre": ["Територіальний центр соціального обслуговування Чоповицької селищної ради"]})
    n = lambda fid: fid[1:]  # noqa: E731
    sv = g.f("served", "persons", 84, "У 2024 році соціальну послугу догляду вдома отримували 84 особи",
             service="home_care")
    new = g.f("served", "persons", 17, "Протягом року взято на обслуговування 17 осіб", service="home_care",
              alt=["registered_new", "support_started"], label="взято на обслуговування")
    off = g.f("deregistered", "persons", 15, "знято з обслуговування 15 осіб", service="home_care")
    sp = g.f("services_provided", "services", 18740, "надано 18 740 соціальних послуг", service="home_care")
    sw = g.f("staff_actual", "staff", 19, "Послугу надають 19 соціальних робітників", label="соціальні робітники")
    sr = g.f("survey_respondents", "persons", 48, "Анкетування проведено серед 48 отримувачів (57,1 % від загальної кількості)",
             percent=57.1, unit_alt="recipients")
    sat = g.f("satisfaction", "percent", 91.7, "Рівень задоволеності отримувачів якістю послуги становить 91,7 %")
    shares, ratings = [], []
    for (num, name, pct, rat), crit in zip(ROWS[1:11], CRIT):
        q = f"{num}\t{name}\t{pct}\t{rat}"
        shares.append(g.f("share", "percent", float(pct.replace(",", ".")) if pct != "100,0" else 100, q,
                          criterion=crit, alt=["satisfaction"], label=f"позитивні відповіді: {name}",
                          service="home_care"))
        ratings.append(g.f("rating", "rating", RATING[rat], q, criterion=crit, service="home_care"))
    ov = g.f("rating", "rating", "good", "Загальна оцінка\t\tдобре", criterion="overall", service="home_care")
    ov2 = g.f("rating", "rating", "good",
              "Висновок: якість соціальної послуги догляду вдома, наданої у 2024 році, оцінено як «добре».",
              criterion="overall", service="home_care")
    cm_ = g.f("complaints", "complaints", 0, "Скарг від отримувачів протягом 2024 року не надходило.")

    bands = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    ti = CRIT.index("timeliness")
    g.slip("rating_band", "error", f"3\tСвоєчасність\t77,1\tдобре", "good", "satisfactory",
           [shares[ti], ratings[ti]],
           "Своєчасність has 77,1 % positive answers, which the document's own bands put in «задовільно» "
           "(60–79,9 %), but the table rates it «добре»",
           f"band(f{n(shares[ti])}, {bands}) == f{n(ratings[ti])}")
    for i, crit in enumerate(CRIT):
        if i == ti:
            continue
        g.check("rating_band", f"{ROWS[i + 1][0]}\t{ROWS[i + 1][1]}\t{ROWS[i + 1][2]}\t{ROWS[i + 1][3]}",
                f"{ROWS[i + 1][2]} % → «{ROWS[i + 1][3]}» by the text's bands",
                f"band(f{n(shares[i])}, {bands}) == f{n(ratings[i])}")
    g.check("percent_impossible", "Таблиця 2. Результати оцінювання за критеріями",
            "every criterion share is reachable with 48 respondents (46, 42, 37, 44, 35, 48, 45, 43, 47, 48 of 48)",
            " and ".join(f"grim_ok(f{n(s)}, f{n(sr)}, 1)" for s in shares))
    g.check("percent_impossible", "Рівень задоволеності отримувачів якістю послуги становить 91,7 %",
            "91,7 % = 44 of 48", f"grim_ok(f{n(sat)}, f{n(sr)}, 1)")
    g.check("percent_mismatch", "Анкетування проведено серед 48 отримувачів (57,1 % від загальної кількості)",
            "48 / 84 = 57,14 % → 57,1", f"pct_ok(p{n(sr)}, f{n(sr)}, f{n(sv)}, 1)")
    g.check("internal_conflict", "оцінено як «добре»", "overall «добре» in the table and in the conclusion agree",
            f"f{n(ov)} == f{n(ov2)}")
    g.check("parts_sum", "взято на обслуговування 17 осіб", "17 taken, 15 removed, 48 surveyed ≤ 84",
            f"f{n(new)} <= f{n(sv)} and f{n(off)} <= f{n(sv)} and f{n(sr)} <= f{n(sv)}")

    g.skip("Затверджено наказом директора від 25.11.2024 № 61-ОД", [25, 11, 2024, 61], "order date and number")
    g.skip("у складі 4 осіб з 02.12.2024 по 13.12.2024", [4, 2, 12, 2024, 13, 12, 2024],
           "working-group size, assessment dates")
    g.skip("(11501, Житомирська обл., смт Чоповичі, вул. Київська, 15, тел. (04133) 0-61-47, ЄДРПОУ 40128817)",
           [11501, 15, 4133, 6147, 40128817], "postcode, address, phone, ЄДРПОУ")
    g.skip("обслуговує 22 населені пункти громади", [22], "settlement count")
    g.skip("середній вік отримувачів – 79 років", [79], "average age")
    g.skip("вивчення 30 особових справ отримувачів", [30], "case files studied (method)")
    g.skip("від 80 до 100 % – «добре», від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно»",
           [80, 100, 60, 79.9, 60], "rating bands (used in the rating_band checks)")
    g.skip("Таблиця 2. Результати оцінювання за критеріями", [2], "table number")
    g.skip("1\tАдресність та індивідуальний підхід", list(range(1, 11)), "row numbers")
    g.skip("до 10 робочих днів", [10], "recommendation: duration")
    g.skip("до 01.06.2025", [1, 6, 2025], "recommendation deadline")
    g.skip("до 01.03.2025 переглянути графіки відвідування у 3 віддалених селах", [1, 3, 2025, 3],
           "recommendation deadline and village count")
    g.skip("Рекомендації: 1)", [1, 2, 3], "recommendation numbers")
    g.skip("Сторінка 1", [1], "page footer")
    g.note("criteria table: each row gives a share (criterion, alt satisfaction) and a rating; the total row and "
           "the conclusion each give the overall rating (two facts)")
    g.note("«Анкетування проведено серед 48 отримувачів (57,1 %…)» → survey_respondents with percent; "
           "unit persons, unit_alt recipients")
    g.note("the whole report is about home care, so its figures carry service home_care")
    g.note("«Випадків порушення конфіденційності не виявлено» has no §3 id and is not a fact")
    g.write()


if __name__ == "__main__":
    main()
