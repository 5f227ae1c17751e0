"""b61_03: ЦНСП Остерської міської ради (Чернігівська), internal quality assessment of social support for 2024.
reportlab PDF, DejaVu fonts, impersonal voice, criteria table, page footer."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import Gold, report_path

DOC = "b61_03_oster_cnsp_internal2024.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"

HEAD = ("Комунальна установа «Центр надання соціальних послуг» Остерської міської ради<br/>"
        "17045, Чернігівська обл., м. Остер, вул. Незалежності, 9; тел. (04646) 0-31-74; ЄДРПОУ 43902156")
TITLE = "ЗВІТ<br/>про результати внутрішньої оцінки якості надання соціальної послуги соціального супроводу " \
        "сімей (осіб), які перебувають у складних життєвих обставинах, за 2024 рік"
PARAS = [
    "Внутрішню оцінку якості проведено відповідно до наказу директора КУ «ЦНСП» від 08.01.2025 № 4-од "
    "комісією у складі 5 осіб у період з 13 по 24 січня 2025 року. Оцінювався період з 01.01.2024 по 31.12.2024.",
    "Під час оцінювання опрацьовано 27 особових справ отримувачів, проведено 6 спостережень за наданням "
    "послуги та анкетування отримувачів.",
    "<b>1. Загальні відомості про надання послуги</b>",
    "Упродовж 2024 року соціальний супровід здійснювався стосовно 27 сімей, у яких виховується 58 дітей; "
    "серед них 11 сімей внутрішньо переміщених осіб. Надання послуги завершено 15 сім'ям, у тому числі: "
    "з позитивним результатом – 12, у зв'язку з відмовою отримувача від послуги – 2, з негативним "
    "результатом – 1. Продовжено надання послуги на 2025 рік 12 сім'ям.",
    "Середня тривалість супроводу – 5,4 місяця. Послугу надають 4 фахівці із соціальної роботи, "
    "3 з них у 2024 році пройшли навчання за програмою обласного ЦСС (40 годин).",
    "<b>2. Результати анкетування</b>",
    "В анкетуванні взяли участь 23 отримувачі послуги (85,2 % від кількості сімей, яким надавалася послуга). "
    "Якістю послуги повністю задоволені 82,5 % опитаних, частково задоволені – 17,4 %. "
    "Незадоволених відповідей не зафіксовано.",
    "<b>3. Оцінка за критеріями</b>",
    "Рівень якості за кожним критерієм визначено за часткою позитивних значень показників: 80–100 % – «добре», "
    "60–79,9 % – «задовільно», менше 60 % – «незадовільно». Загальна оцінка визначається як середнє "
    "арифметичне значень за критеріями.",
    "Таблиця 2",
]
ROWS = [
    ("Критерій", "Позитивних значень, %", "Оцінка"),
    ("Адресність та індивідуальний підхід", "92,6", "добре"),
    ("Результативність", "77,8", "задовільно"),
    ("Своєчасність", "88,9", "добре"),
    ("Доступність та відкритість", "85,2", "добре"),
    ("Зручність", "81,5", "добре"),
    ("Повага до гідності отримувача", "100,0", "добре"),
    ("Професійність", "96,3", "добре"),
    ("Захист та безпека", "84,0", "добре"),
    ("Конфіденційність інформації", "100,0", "добре"),
    ("Загальна оцінка", "89,6", "добре"),
]
TAIL = [
    "<b>4. Висновки</b>",
    "За результатами внутрішньої оцінки якість надання послуги соціального супроводу визнано на рівні «добре». "
    "Критерій «Результативність» оцінено як «задовільно»: у 3 сім'ях із 15, яким завершено надання послуги, "
    "складні життєві обставини не подолано. Скарг від отримувачів упродовж року не зареєстровано.",
    "Рекомендовано до 01.07.2025 переглянути 5 індивідуальних планів та провести 2 супервізії для фахівців.",
    "Голова комісії ______________          Члени комісії: 4 підписи",
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DV", 8)
    canvas.drawString(20 * mm, 10 * mm, f"Сторінка {doc.page}")
    canvas.restoreState()


def build():
    pdfmetrics.registerFont(TTFont("DV", DV + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DV-B", DV + "DejaVuSans-Bold.ttf"))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV", boldItalic="DV-B")
    st = ParagraphStyle("n", fontName="DV", fontSize=10, leading=13, spaceAfter=5)
    hs = ParagraphStyle("h", parent=st, fontName="DV-B", fontSize=11, alignment=1)
    story = [Paragraph(HEAD, st), Spacer(1, 6), Paragraph(TITLE, hs), Spacer(1, 6)]
    story += [Paragraph(p, st) for p in PARAS]
    t = Table([list(r) for r in ROWS], colWidths=[80 * mm, 45 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("FONTNAME", (0, -1), (-1, -1), "DV-B")]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(p, st) for p in TAIL]
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Звіт", author="ЦНСП")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def num(s):
    v = float(s.replace(",", ".").replace(" ", ""))
    return int(v) if v.is_integer() else v


BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"


def gold(text_rows):
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Остерської міської ради",
        "centre_type": "cnsp", "settlement": "Остер", "oblast": "Чернігівська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Остерської міської ради",
                             "КУ «Центр надання соціальних послуг» Остерської міської ради"]})
    F = g.f
    F("served", "families", 27, "соціальний супровід здійснювався стосовно 27 сімей", service="social_support_sjo",
      alt=["support_ongoing"])                                                                          # f1
    F("served", "children", 58, "у яких виховується 58 дітей", service="social_support_sjo", alt=["support_ongoing"],
      parent="f1")                                                                                      # f2
    F("served", "families", 11, "серед них 11 сімей внутрішньо переміщених осіб", service="social_support_sjo",
      category="внутрішньо переміщені особи", parent="f1")                                              # f3
    F("support_completed", "families", 15, "Надання послуги завершено 15 сім'ям", service="social_support_sjo",
      parent="f1")                                                                                      # f4
    F("outcome_positive", "families", 12, "з позитивним результатом – 12", parent="f4", group="completed_15")  # f5
    F("outcome_other", "families", 2, "у зв'язку з відмовою отримувача від послуги – 2",
      label="відмова отримувача від послуги", parent="f4", group="completed_15")                       # f6
    F("outcome_negative", "families", 1, "з негативним результатом – 1", parent="f4", group="completed_15")  # f7
    F("support_ongoing", "families", 12, "Продовжено надання послуги на 2025 рік 12 сім'ям",
      service="social_support_sjo")                                                                     # f8
    F("staff_actual", "staff", 4, "Послугу надають 4 фахівці із соціальної роботи")                    # f9
    F("staff_trained", "staff", 3, "3 з них у 2024 році пройшли навчання", parent="f9")                 # f10
    F("survey_respondents", "persons", 23, "В анкетуванні взяли участь 23 отримувачі послуги", percent=85.2,
      unit_alt="recipients")                                                                            # f11
    F("satisfaction", "percent", 82.5, "Якістю послуги повністю задоволені 82,5 % опитаних",
      label="повністю задоволені якістю послуги", alt=["share"])                                       # f12
    F("share", "percent", 17.4, "частково задоволені – 17,4 %", label="частково задоволені якістю послуги",
      alt=["satisfaction"])                                                                             # f13
    crit = ["targeting", "effectiveness", "timeliness", "accessibility", "convenience", "dignity",
            "professionalism", "safety", "confidentiality", "overall"]
    rmap = {"добре": "good", "задовільно": "satisfactory"}
    ids = []
    for (name, pct, rat), c, q in zip(ROWS[1:], crit, text_rows):
        a = F("share", "percent", num(pct), q,
              criterion=c, label=name, alt=["satisfaction"])
        b = F("rating", "rating", rmap[rat], q, criterion=c, label=name)
        ids.append((a, b))
    F("rating", "rating", "good", "якість надання послуги соціального супроводу визнано на рівні «добре»",
      criterion="overall", note="the overall rating repeated in the conclusions")                      # f34
    F("complaints", "complaints", 0, "Скарг від отримувачів упродовж року не зареєстровано.")          # f35

    g.slip("percent_impossible", "error", "Якістю послуги повністю задоволені 82,5 % опитаних", 82.5,
           "82,6 (19 of 23) or 78,3 (18 of 23)", ["f12", "f11"],
           "with 23 respondents no whole number of them gives 82,5 % (19/23 = 82,6 %, 18/23 = 78,3 %). The "
           "«частково» share 17,4 % is 4 of 23, so 19 of 23 = 82,6 % was meant.",
           "grim_ok(f12, f11, 1)")
    g.check("percent_mismatch", "В анкетуванні взяли участь 23 отримувачі послуги (85,2 %",
            "23 of the 27 families served = 85,19 % → 85,2", "pct_ok(p11, f11, f1, 1)")
    g.check("percent_impossible", "частково задоволені – 17,4 %", "17,4 % = 4 of 23", "grim_ok(f13, f11, 1)")
    g.check("percents_sum", "частково задоволені – 17,4 %. Незадоволених відповідей не зафіксовано.",
            "82,5 + 17,4 + 0 = 99,9, within rounding of 100", "psum_ok([f12, f13], 1)")
    g.check("parts_sum", "Надання послуги завершено 15 сім'ям, у тому числі", "12 + 2 + 1 = 15",
            "f5 + f6 + f7 == f4")
    g.check("parts_sum", "Продовжено надання послуги на 2025 рік 12 сім'ям", "15 completed + 12 continued = 27",
            "f4 + f8 == f1")
    g.check("parts_sum", "серед них 11 сімей внутрішньо переміщених осіб", "11 ≤ 27; 3 trained ≤ 4 staff",
            "f3 <= f1 and f10 <= f9")
    g.check("parts_sum", "у 3 сім'ях із 15, яким завершено надання послуги",
            "15 completed − 12 positive = 3 not overcome (2 refused + 1 negative)", "f4 - f5 == 3")
    bchecks = " and ".join(f"band(f{int(a[1:])}, {BANDS}) == f{int(b[1:])}" for a, b in ids[:-1])
    g.check("rating_band", text_rows[0], "each criterion's rating agrees with the text's bands "
            "(80–100 % добре, 60–79,9 % задовільно); Результативність 77,8 % → задовільно", bchecks)
    vals = ", ".join(f"f{int(a[1:])}" for a, b in ids[:-1])
    oa, ob = ids[-1]
    g.check("table_arithmetic", text_rows[-1], "overall = mean of the nine criteria: 806,3 / 9 = 89,59 → 89,6; "
            "89,6 % → добре, and the conclusion repeats «добре»",
            f"round(sum([{vals}]) / 9, 1) == f{int(oa[1:])} and band(f{int(oa[1:])}, {BANDS}) == f{int(ob[1:])} "
            f"and f{int(ob[1:])} == f34")
    S = g.skip
    S("17045, Чернігівська обл., м. Остер, вул. Незалежності, 9; тел. (04646) 0-31-74; ЄДРПОУ 43902156",
      [17045, 9, 4646, 3174, 43902156], "postcode, address, phone, ЄДРПОУ")
    S("за 2024 рік", [2024], "year of the title")
    S("наказу директора КУ «ЦНСП» від 08.01.2025 № 4-од", [8, 1, 2025, 4], "order date and number")
    S("комісією у складі 5 осіб у період з 13 по 24 січня 2025 року", [5, 13, 24, 2025],
      "commission size, assessment dates")
    S("Оцінювався період з 01.01.2024 по 31.12.2024.", [1, 1, 2024, 31, 12, 2024], "assessed period")
    S("опрацьовано 27 особових справ отримувачів, проведено 6 спостережень", [27, 6],
      "assessment methods (case files, observations)")
    S("Продовжено надання послуги на 2025 рік", [2025], "year the support continues into (the 12 is a fact)")
    S("Середня тривалість супроводу – 5,4 місяця.", [5.4], "duration")
    S("3 з них у 2024 році пройшли навчання за програмою обласного ЦСС (40 годин)", [2024, 40], "year, duration")
    S("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60],
      "rating bands")
    S("Таблиця 2", [2], "table number")
    S("у 3 сім'ях із 15, яким завершено надання послуги", [3, 15],
      "restatement of completed cases (3 = 2 + 1); used in a check")
    S("Рекомендовано до 01.07.2025 переглянути 5 індивідуальних планів та провести 2 супервізії", [1, 7, 2025, 5, 2],
      "deadline and recommendations (plan)")
    S("Члени комісії: 4 підписи", [4], "signatures")
    S("Упродовж 2024 року соціальний супровід", [2024], "year")
    S("1. Загальні відомості про надання послуги", [1, 2, 3, 4], "section numbers 1.–4.")
    g.note("criteria table: each row gives a share (criterion, alt satisfaction) and a rating; quoted by the row as "
           "the reader prints it (cells joined by spaces in this PDF)")
    g.note("the overall rating is written twice (table and conclusions): two facts")
    g.note("«Незадоволених відповідей не зафіксовано» gives no fact (no count or share written as a number)")
    g.note("survey respondents: 23 «отримувачі» with 85,2 % of the 27 families → persons (unit_alt recipients), percent 85,2")
    g.note("the page footer «Сторінка 1» is not in the read text (the reader drops page furniture)")
    g.write()


if __name__ == "__main__":
    build()
    from common import read_text
    txt = read_text(report_path(DOC))
    rows = []
    for name, pct, rat in ROWS[1:]:
        line = [l for l in txt.split("\n") if l.startswith(name) and pct in l]
        assert len(line) == 1, (name, line)
        rows.append(line[0])
    gold(rows)
