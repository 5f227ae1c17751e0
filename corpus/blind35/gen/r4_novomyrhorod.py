"""b35_04: КУ «ЦНСП» Новомиргородської міської ради, internal quality assessment of services provided in 2024 —
reportlab PDF (DejaVu), impersonal passive voice, the document's own rating bands and a criteria table."""
import sys
from common import Gold, report_path, read_text
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DOC = "b35_04_novomyrhorod_cnsp_internal2024.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DVSans", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVSans-B", FD + "DejaVuSans-Bold.ttf"))

CRIT = [
    ("Адресність та індивідуальний підхід", "92,3", "добре", "targeting", 92.3, "good"),
    ("Результативність", "86,6", "добре", "effectiveness", 86.6, "good"),
    ("Своєчасність", "81,7", "добре", "timeliness", 81.7, "good"),
    ("Доступність та відкритість", "88,0", "добре", "accessibility", 88, "good"),
    ("Повага до гідності отримувача", "97,2", "добре", "dignity", 97.2, "good"),
    ("Професійність", "90,1", "добре", "professionalism", 90.1, "good"),
    ("Зручність", "74,6", "задовільно", "convenience", 74.6, "satisfactory"),
]

BODY1 = [
    ("t", "Комунальна установа «Центр надання соціальних послуг» Новомиргородської міської ради"),
    ("s", "26000, Кіровоградська обл., м. Новомиргород, вул. Соборності, 112; тел. (05256) 0-41-17; код ЄДРПОУ 44156823"),
    ("t", "ЗВІТ про результати проведення внутрішньої оцінки якості соціальних послуг, наданих у 2024 році"),
    ("p", "Внутрішню оцінку якості проведено робочою групою у складі 5 осіб, утвореною наказом директора від 03.02.2025 "
          "№ 14-од, у період з 10.02.2025 по 28.02.2025 відповідно до Порядку, затвердженого постановою Кабінету Міністрів "
          "України від 01.06.2020 № 449."),
    ("p", "Оцінювалися соціальні послуги догляду вдома, денного догляду, консультування та соціального супроводу сімей "
          "(осіб), які перебувають у складних життєвих обставинах. У 2024 році цими послугами скористалися "
          "538 отримувачів: догляд вдома – 201, денний догляд – 36, консультування – 259, соціальний супровід – 42."),
    ("p", "Під час оцінювання опрацьовано 96 особових справ, проведено анкетування отримувачів, спостереження та "
          "співбесіди з 12 працівниками. В анкетуванні взяли участь 142 отримувачі (26,4 % від загальної кількості). "
          "Середній вік отримувачів послуги догляду вдома – 78 років; 64 % з них – одинокі особи."),
    ("p", "Для визначення оцінки застосовано таку шкалу: частка позитивних відповідей 85–100 % – «добре», "
          "60–84 % – «задовільно», менше 60 % – «незадовільно»."),
    ("p", "Таблиця 2. Результати оцінювання за критеріями"),
]

BODY2 = [
    ("p", "Якістю отриманих послуг загалом задоволені 91,5 % опитаних. Скарг у 2024 році не надходило; надійшло "
          "3 звернення-пропозиції щодо зміни графіка роботи відділення денного догляду, всі враховано."),
    ("p", "Штатна чисельність установи – 31 посада, укомплектованість кадрами становить 93,5 % (29 працівників). "
          "Протягом року 22 працівники пройшли навчання, з них 9 – в обласному центрі перепідготовки."),
    ("p", "Висновок. Загальна оцінка якості соціальних послуг, наданих Центром у 2024 році, – «добре»."),
    ("p", "Рекомендації: 1) до 01.06.2025 переглянути графік роботи відділення денного догляду; 2) забезпечити "
          "своєчасний перегляд індивідуальних планів (не рідше 1 разу на 6 місяців); 3) облаштувати пандус біля "
          "входу до приміщення № 2."),
    ("p", "Голова робочої групи ____________ 03.03.2025"),
]


def build(path):
    st_p = ParagraphStyle("p", fontName="DVSans", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
    st_t = ParagraphStyle("t", fontName="DVSans-B", fontSize=11, leading=14, alignment=TA_CENTER, spaceAfter=6)
    st_s = ParagraphStyle("s", fontName="DVSans", fontSize=8.5, leading=11, alignment=TA_CENTER, spaceAfter=10)
    sty = {"p": st_p, "t": st_t, "s": st_s}
    story = [Paragraph(t, sty[k]) for k, t in BODY1]
    cell = ParagraphStyle("c", fontName="DVSans", fontSize=9.5, leading=12)
    hc = ParagraphStyle("hc", fontName="DVSans-B", fontSize=9.5, leading=12)
    data = [[Paragraph(h, hc) for h in ["№", "Критерій якості", "Частка позитивних відповідей, %", "Оцінка"]]]
    for i, (name, pct, lab, *_r) in enumerate(CRIT, 1):
        data.append([str(i), name, pct, lab])
    data.append(["", "Загальна оцінка", "–", "добре"])
    t = Table(data, colWidths=[25, 235, 120, 85])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVSans", 9.5), ("FONT", (0, 0), (-1, 0), "DVSans-B", 9.5),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(t)
    story.append(Spacer(1, 8))
    story += [Paragraph(t_, sty[k]) for k, t_ in BODY2]

    def foot(c, d):
        c.setFont("DVSans", 8)
        c.drawCentredString(A4[0] / 2, 28, f"Сторінка {d.page} з 2")

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=60, rightMargin=50, topMargin=50, bottomMargin=50,
                            invariant=1, title="Внутрішня оцінка якості 2024")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Новомиргородської міської ради",
        "centre_type": "cnsp",
        "settlement": "Новомиргород",
        "oblast": "Кіровоградська",
        "report_kind": "internal_assessment",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Новомиргородської міської ради",
                            "КУ «Центр надання соціальних послуг» Новомиргородської міської ради"]})
    f = g.f
    tot = f("served", "recipients", 538, "У 2024 році цими послугами скористалися 538 отримувачів", unit_alt="persons")
    gq = "served_538_by_service"
    parts = [f("served", "recipients", v, q, service=s, unit_alt="persons", group=gq, parent=tot) for v, q, s in [
        (201, "догляд вдома – 201", "home_care"), (36, "денний догляд – 36", "day_care"),
        (259, "консультування – 259", "counselling"), (42, "соціальний супровід – 42", "social_support_sjo")]]
    sr = f("survey_respondents", "recipients", 142, "В анкетуванні взяли участь 142 отримувачі (26,4 % від загальної кількості)",
           percent=26.4, unit_alt="persons")
    lone = f("share", "percent", 64, "64 % з них – одинокі особи", service="home_care",
             label="частка одиноких осіб серед отримувачів догляду вдома")
    shares, ratings = [], []
    for i, (name, pct, lab, crit, val, rid) in enumerate(CRIT, 1):
        q = f"{i}\t{name}\t{pct}\t{lab}"
        shares.append(f("share", "percent", val, q, criterion=crit, alt=["satisfaction"],
                        label=f"частка позитивних відповідей: {name}"))
        ratings.append(f("rating", "rating", rid, q, criterion=crit))
    ov = f("rating", "rating", "good", "Загальна оцінка\t–\tдобре", criterion="overall")
    sat = f("satisfaction", "percent", 91.5, "Якістю отриманих послуг загалом задоволені 91,5 % опитаних")
    f("complaints", "complaints", 0, "Скарг у 2024 році не надходило")
    f("applied", "applications", 3, "надійшло 3 звернення-пропозиції", label="звернення-пропозиції щодо графіка роботи",
      note="suggestions from recipients; applied/applications is the closest §3 id")
    sp = f("staff_positions", "positions", 31, "Штатна чисельність установи – 31 посада")
    sa = f("staff_actual", "staff", 29, "укомплектованість кадрами становить 93,5 % (29 працівників)", percent=93.5)
    stt = f("staff_trained", "staff", 22, "Протягом року 22 працівники пройшли навчання")
    f("staff_trained", "staff", 9, "з них 9 – в обласному центрі перепідготовки", label="в обласному центрі перепідготовки",
      parent=stt)
    ov2 = f("rating", "rating", "good", "Загальна оцінка якості соціальних послуг, наданих Центром у 2024 році, – «добре»",
            criterion="overall", label="висновок (повторна згадка загальної оцінки)")

    bands = "[(85, 100, 'good'), (60, 84.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
    tim = shares[2]
    g.slip("rating_band", "error", "3\tСвоєчасність\t81,7\tдобре", "good", "satisfactory", [tim, ratings[2]],
           "Своєчасність has 81,7 % positive answers and is rated «добре», but the document's own scale gives «добре» "
           "only for 85–100 %; 81,7 % falls in 60–84 % «задовільно».",
           f"band({tim}, {bands}) == {ratings[2]}")
    for k in (0, 1, 3, 4, 5, 6):
        g.check("rating_band", f"{k + 1}\t{CRIT[k][0]}\t{CRIT[k][1]}\t{CRIT[k][2]}",
                f"{CRIT[k][1]} % → {CRIT[k][2]} by the document's scale",
                f"band({shares[k]}, {bands}) == {ratings[k]}")
    g.check("parts_sum", "У 2024 році цими послугами скористалися 538 отримувачів", "201 + 36 + 259 + 42 = 538",
            " + ".join(parts) + f" == {tot}")
    g.check("percent_mismatch", "В анкетуванні взяли участь 142 отримувачі (26,4 % від загальної кількості)",
            "142 / 538 = 26,39 % → 26,4", f"pct_ok(p{sr[1:]}, {sr}, {tot}, 1)")
    g.check("percent_impossible", "Результати оцінювання за критеріями",
            "each criterion share and the 91,5 % satisfaction are reachable with 142 respondents "
            "(131, 123, 116, 125, 138, 128, 106 and 130 of 142)",
            "all([" + ", ".join(f"grim_ok({s}, {sr}, 1)" for s in shares + [sat]) + "])")
    g.check("percent_mismatch", "укомплектованість кадрами становить 93,5 % (29 працівників)", "29 / 31 = 93,55 % → 93,5 "
            "(floor; half-up gives 93,5 as well since 93,548…)", f"pct_ok(p{sa[1:]}, {sa}, {sp}, 1)")
    g.check("internal_conflict", "Загальна оцінка якості соціальних послуг, наданих Центром у 2024 році, – «добре»",
            "the overall rating in the table and in the conclusion agree", f"{ov} == {ov2}")

    g.skip("26000, Кіровоградська обл., м. Новомиргород, вул. Соборності, 112; тел. (05256) 0-41-17; код ЄДРПОУ 44156823",
           [26000, 112, 5256, 4117, 44156823], "postcode, address, phone, ЄДРПОУ")
    g.skip("наданих у 2024 році", [2024], "year in the title")
    g.skip("робочою групою у складі 5 осіб, утвореною наказом директора від 03.02.2025 № 14-од, у період з 10.02.2025 по 28.02.2025",
           [5, 3, 2, 2025, 14, 10, 2, 2025, 28, 2, 2025], "working-group size, order date and number, assessment dates")
    g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "legal act date and number")
    g.skip("опрацьовано 96 особових справ", [96], "case files examined (method)")
    g.skip("співбесіди з 12 працівниками", [12], "interviews with staff (method)")
    g.skip("Середній вік отримувачів послуги догляду вдома – 78 років", [78], "age")
    g.skip("частка позитивних відповідей 85–100 %", [85, 100], "rating band limits (used in the rating_band checks)")
    g.skip("60–84 % – «задовільно», менше 60 % – «незадовільно»", [60, 84, 60],
           "rating band limits (used in the rating_band checks)")
    g.skip("Таблиця 2. Результати оцінювання за критеріями", [2], "table number")
    g.skip("1\tАдресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6, 7], "row numbers")
    g.skip("Рекомендації: 1) до 01.06.2025 переглянути графік", [1, 1, 6, 2025], "recommendation number and deadline")
    g.skip("(не рідше 1 разу на 6 місяців)", [1, 6], "frequency")
    g.skip("входу до приміщення № 2", [2, 3], "building number, recommendation numbers 2) and 3)")
    g.skip("Голова робочої групи ____________ 03.03.2025", [3, 3, 2025], "signature date")
    g.skip("Сторінка 1 з 2", [1, 2], "page footer")
    g.note("the document's own bands (85–100 % «добре», 60–84 % «задовільно», < 60 % «незадовільно») are used for the "
           "rating_band checks; the verify helper gives «задовільно» up to 84,99")
    g.note("criterion shares → share with criterion (alt satisfaction), label «частка позитивних відповідей: …»; "
           "each table row gives a share and a rating fact, quoted by the row")
    g.note("the overall rating «добре» is written in the table and in the conclusion: two facts, the second labelled")
    g.note("only «отримувачі» is written for the 538 and the 142 → unit recipients, unit_alt persons")
    g.note("«укомплектованість 93,5 % (29 працівників)» → staff_actual 29 with percent 93,5")
    return g


if __name__ == "__main__":
    p = report_path(DOC)
    build(p)
    if "--show" in sys.argv:
        print(read_text(p).replace("\t", "<T>"))
    gold().write()
