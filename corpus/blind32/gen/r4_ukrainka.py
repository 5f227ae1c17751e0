"""b32_04: КУ «ЦНСП» Української міської ради (Київська), internal quality assessment of home care
provided in 2024. reportlab PDF (DejaVu fonts), criteria table with bare percentages and the
document's own bands, page footer. Slip: percent_impossible (Своєчасність 76,4 % cannot come from
53 respondents)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import Gold, report_path

DOC = "b32_04_ukrainka_cnsp_internal2024.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"

HEAD = ["КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» УКРАЇНСЬКОЇ МІСЬКОЇ РАДИ",
        "08720, Київська обл., Обухівський р-н, м. Українка, вул. Юності, 6; тел. (04572) 0-61-37; код ЄДРПОУ 44120536"]
TITLE = "ЗВІТ про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2024 році"
BODY1 = [
    "Оцінку проведено з 10 по 28 лютого 2025 року робочою групою у складі 5 осіб, утвореною наказом директора від 05.02.2025 № 14-ОД, відповідно до Порядку проведення моніторингу надання та оцінки якості соціальних послуг, затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449.",
    "<b>1. Загальні відомості.</b> У 2024 році послугу догляду вдома отримували 96 осіб, серед них 61 одинока особа та 17 осіб з інвалідністю I групи. Протягом року на обслуговування взято 23 особи, знято з обслуговування 12 осіб; на 01.01.2025 послугу отримують 84 особи, які проживають у 12 населених пунктах громади. Середній вік отримувачів – 78 років. Послугу надають 14 соціальних робітників, 3 з них у 2024 році підвищили кваліфікацію.",
    "<b>2. Методи оцінки:</b> аналіз 96 особових справ отримувачів, анкетування, спостереження під час 20 візитів. В анкетуванні взяли участь 53 отримувачі (55,2 % від загальної кількості).",
    "Оцінка за кожним критерієм визначалася за часткою позитивних відповідей: 85–100 % – «добре», 60–84,9 % – «задовільно», менше 60 % – «незадовільно».",
    "<b>3. Результати оцінки за критеріями</b>",
]
TABLE = [
    ["№", "Критерій", "Частка позитивних відповідей, %", "Оцінка"],
    ["1", "Адресність та індивідуальний підхід", "96,2", "добре"],
    ["2", "Результативність", "88,7", "добре"],
    ["3", "Своєчасність", "76,4", "задовільно"],
    ["4", "Доступність та відкритість", "92,5", "добре"],
    ["5", "Зручність", "86,8", "добре"],
    ["6", "Повага до гідності", "100", "добре"],
    ["7", "Професійність", "94,3", "добре"],
    ["8", "Конфіденційність інформації", "98,1", "добре"],
]
BODY2 = [
    "Послугою в цілому повністю задоволені 50 опитаних (94,3 %), частково задоволені – 3 (5,7 %). Незадоволених відповідей не отримано.",
    "Протягом 2024 року надійшла 1 скарга (щодо зміни графіка відвідувань), її розглянуто, порушень не встановлено.",
    "<b>4. Висновок.</b> Загальна оцінка якості соціальної послуги догляду вдома – «добре». Нижчий результат за критерієм своєчасності пов’язаний із перебоями в електропостачанні та транспортному сполученні.",
    "<b>5. Рекомендації:</b> 1) переглянути графіки відвідувань отримувачів у віддалених населених пунктах до 01.05.2025; 2) забезпечити соціальних робітників 4 додатковими велосипедами; 3) провести повторне анкетування у лютому 2026 року.",
    "Голова робочої групи ____________",
]


def build(path):
    for name, fn in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, DV + fn))
    pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV", boldItalic="DV-B")
    n = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=5)
    c = ParagraphStyle("c", parent=n, alignment=TA_CENTER)
    tb = ParagraphStyle("t", fontName="DV", fontSize=9, leading=11)

    def footer(canvas, doc):
        canvas.setFont("DV", 7.5)
        canvas.drawString(20 * mm, 10 * mm, f"КУ «ЦНСП» Української міської ради · Звіт про внутрішню оцінку якості · с. {doc.page}")

    story = [Paragraph(HEAD[0], c), Paragraph(HEAD[1], c), Spacer(1, 6), Paragraph("<b>" + TITLE + "</b>", c)]
    story += [Paragraph(t, n) for t in BODY1]
    data = [[Paragraph(x, tb) if j == 1 or i == 0 else x for j, x in enumerate(r)] for i, r in enumerate(TABLE)]
    t = Table(data, colWidths=[10 * mm, 80 * mm, 45 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                           ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 6)] + [Paragraph(x, n) for x in BODY2]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=20 * mm, rightMargin=15 * mm,
                      topMargin=15 * mm, bottomMargin=18 * mm, title="Звіт", author="ЦНСП").build(
        story, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Української міської ради",
        "centre_type": "cnsp", "settlement": "Українка", "oblast": "Київська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Української міської ради",
                             "КУ «Центр надання соціальних послуг» Української міської ради"]})
    f = g.f
    n = lambda x: x[1:]
    sv = f("served", "persons", 96, "У 2024 році послугу догляду вдома отримували 96 осіб", service="home_care")
    c1 = f("served", "persons", 61, "серед них 61 одинока особа", service="home_care", category="одинокі особи", parent=sv)
    c2 = f("served", "persons", 17, "17 осіб з інвалідністю I групи", service="home_care", category="особи з інвалідністю I групи", parent=sv)
    new = f("served", "persons", 23, "на обслуговування взято 23 особи", service="home_care",
            alt=["registered_new", "support_started"], label="взято на обслуговування", parent=sv)
    off = f("deregistered", "persons", 12, "знято з обслуговування 12 осіб", service="home_care")
    end = f("support_ongoing", "persons", 84, "на 01.01.2025 послугу отримують 84 особи", service="home_care",
            note="count at the end of the period")
    sw = f("staff_actual", "staff", 14, "Послугу надають 14 соціальних робітників", service="home_care", label="соціальні робітники")
    st = f("staff_trained", "staff", 3, "3 з них у 2024 році підвищили кваліфікацію", parent=sw)
    resp = f("survey_respondents", "recipients", 53, "В анкетуванні взяли участь 53 отримувачі (55,2 % від загальної кількості)",
             percent=55.2, service="home_care", unit_alt="persons")
    crit = [("targeting", "1\tАдресність та індивідуальний підхід\t96,2\tдобре", 96.2),
            ("effectiveness", "2\tРезультативність\t88,7\tдобре", 88.7),
            ("timeliness", "3\tСвоєчасність\t76,4\tзадовільно", 76.4),
            ("accessibility", "4\tДоступність та відкритість\t92,5\tдобре", 92.5),
            ("convenience", "5\tЗручність\t86,8\tдобре", 86.8),
            ("dignity", "6\tПовага до гідності\t100\tдобре", 100),
            ("professionalism", "7\tПрофесійність\t94,3\tдобре", 94.3),
            ("confidentiality", "8\tКонфіденційність інформації\t98,1\tдобре", 98.1)]
    shares, ratings = {}, {}
    for cid, q, v in crit:
        shares[cid] = f("share", "percent", v, q, service="home_care", criterion=cid, alt=["satisfaction"],
                        label="частка позитивних відповідей")
        ratings[cid] = f("rating", "rating", "satisfactory" if cid == "timeliness" else "good", q,
                         service="home_care", criterion=cid)
    fs = f("survey_respondents", "recipients", 50, "Послугою в цілому повністю задоволені 50 опитаних (94,3 %)", percent=94.3,
           service="home_care", label="повністю задоволені", unit_alt="persons", group="respondents_53_by_answer", parent=resp)
    ps = f("survey_respondents", "recipients", 3, "частково задоволені – 3 (5,7 %)", percent=5.7, service="home_care",
           label="частково задоволені", unit_alt="persons", group="respondents_53_by_answer", parent=resp)
    f("complaints", "complaints", 1, "Протягом 2024 року надійшла 1 скарга")
    ov = f("rating", "rating", "good", "Загальна оцінка якості соціальної послуги догляду вдома – «добре»",
           service="home_care", criterion="overall")

    T = shares["timeliness"]
    g.slip("percent_impossible", "error", "3\tСвоєчасність\t76,4\tзадовільно", 76.4, "41 of 53 = 77,4 % or 40 of 53 = 75,5 %",
           [T, resp],
           "with 53 respondents no whole number of positive answers gives 76,4 % (40/53 = 75,47, 41/53 = 77,36). "
           "76,4 % would be 42 of 55. The rating «задовільно» agrees with the band for either neighbour, so there is no rating_band finding.",
           f"grim_ok(f{n(T)}, f{n(resp)}, 1)")
    others = [c for c, _, _ in crit if c != "timeliness"]
    g.check("percent_impossible", "Частка позитивних відповідей, %",
            "the other seven shares are reachable with 53 respondents (51, 47, 49, 46, 53, 50, 52 of 53)",
            " and ".join(f"grim_ok(f{n(shares[c])}, f{n(resp)}, 1)" for c in others))
    bands = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.check("rating_band", "85–100 % – «добре», 60–84,9 % – «задовільно», менше 60 % – «незадовільно»",
            "every criterion's rating agrees with the document's bands (Своєчасність 76,4 → задовільно, the rest ≥ 85 → добре)",
            " and ".join(f"band(f{n(shares[c])}, {bands}) == f{n(ratings[c])}" for c, _, _ in crit))
    g.check("percent_mismatch", "В анкетуванні взяли участь 53 отримувачі (55,2 %", "53 / 96 = 55,21 % → 55,2",
            f"pct_ok(p{n(resp)}, f{n(resp)}, f{n(sv)}, 1)")
    g.check("parts_sum", "Послугою в цілому повністю задоволені 50 опитаних", "50 + 3 = 53 respondents",
            f"f{n(fs)} + f{n(ps)} == f{n(resp)}")
    g.check("percent_mismatch", "повністю задоволені 50 опитаних (94,3 %)", "50/53 = 94,34 → 94,3; 3/53 = 5,66 → 5,7",
            f"pct_ok(p{n(fs)}, f{n(fs)}, f{n(resp)}, 1) and pct_ok(p{n(ps)}, f{n(ps)}, f{n(resp)}, 1)")
    g.check("percents_sum", "частково задоволені – 3 (5,7 %)", "94,3 + 5,7 = 100", f"psum_ok([p{n(fs)}, p{n(ps)}], 1)")
    g.check("parts_sum", "знято з обслуговування 12 осіб", "96 served − 12 taken off = 84 at 01.01.2025; 23 new ≤ 96",
            f"f{n(sv)} - f{n(off)} == f{n(end)} and f{n(new)} <= f{n(sv)}")
    g.check("parts_sum", "серед них 61 одинока особа", "overlapping categories 61 and 17 each ≤ 96",
            f"f{n(c1)} <= f{n(sv)} and f{n(c2)} <= f{n(sv)}")
    g.check("rating_band", "Загальна оцінка якості соціальної послуги догляду вдома – «добре»",
            "seven of eight criteria «добре», one «задовільно»: the overall «добре» does not contradict the bands",
            f"f{n(ov)} == 'good'")

    g.skip("08720, Київська обл., Обухівський р-н, м. Українка, вул. Юності, 6; тел. (04572) 0-61-37; код ЄДРПОУ 44120536",
           [8720, 6, 4572, 6137, 44120536], "postcode, address, phone, ЄДРПОУ")
    g.skip("Оцінку проведено з 10 по 28 лютого 2025 року робочою групою у складі 5 осіб", [10, 28, 2025, 5],
           "assessment dates and size of the working group")
    g.skip("наказом директора від 05.02.2025 № 14-ОД", [5, 2, 2025, 14], "order date and number")
    g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "act date and number")
    g.skip("які проживають у 12 населених пунктах громади", [12], "number of settlements")
    g.skip("Середній вік отримувачів – 78 років.", [78], "average age")
    g.skip("аналіз 96 особових справ отримувачів", [96], "case files analysed (repeat of 96, a method)")
    g.skip("спостереження під час 20 візитів", [20], "observation visits (method)")
    g.skip("1. Загальні відомості.", [1, 2, 3, 4, 5], "section numbers and table row numbers 1–8")
    g.skip("85–100 % – «добре», 60–84,9 % – «задовільно», менше 60 % – «незадовільно»", [85, 100, 60, 84.9, 60],
           "rating bands (used in the rating_band check)")
    g.skip("до 01.05.2025", [1, 5, 2025], "deadline of a recommendation")
    g.skip("забезпечити соціальних робітників 4 додатковими велосипедами", [4], "items (recommendation)")
    g.skip("провести повторне анкетування у лютому 2026 року", [2026], "plan")
    g.skip("Звіт про внутрішню оцінку якості · с. 1", [1], "page footer")
    g.skip("догляду вдома, наданої у 2024 році", [2024], "year in the title")
    g.skip("5. Рекомендації: 1) переглянути", [5, 1, 2, 3], "section number and recommendation numbers 1)–3)")
    g.note("criterion shares → share with criterion (alt satisfaction); each table row gives a share and a rating, both quoting the row")
    g.note("«Повага до гідності» → dignity; «Конфіденційність інформації» → confidentiality")
    g.note("«послугу отримують 84 особи» on 01.01.2025 is the end-of-period count → support_ongoing; «взято на обслуговування» → served (alt registered_new, support_started)")
    g.note("the 50 fully and 3 partly satisfied are counts with percents of the 53 respondents → survey_respondents with percent, one group")
    g.note("«Незадоволених відповідей не отримано» is not annotated: §3 has no id for dissatisfied respondents")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
