"""b43_06: External quality assessment of соціальний супровід (СЖО) provided in 2023 by КУ «ЦНСП»
Козельщинської селищної ради (Полтавська), written by the oblast centre of social services.
reportlab PDF (Liberation Serif), criteria table with the document's own bands, third person.
Planted slip: rating_band (Результативність 83,9 % rated «добре»; the text's band for «добре» is 85–100 %)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b43_06_kozelshchyna_cnsp_external2023.pdf"

CRIT = [("1", "Адресність та індивідуальний підхід", "87,1", "добре", "targeting"),
        ("2", "Результативність", "83,9", "добре", "effectiveness"),
        ("3", "Своєчасність", "90,3", "добре", "timeliness"),
        ("4", "Доступність та відкритість", "74,2", "задовільно", "accessibility"),
        ("5", "Повага до гідності отримувача", "96,8", "добре", "dignity"),
        ("6", "Професійність", "80,6", "задовільно", "professionalism"),
        ("7", "Безпека", "93,5", "добре", "safety"),
        ("8", "Конфіденційність", "100,0", "добре", "confidentiality")]
OVERALL = ("Загальна оцінка (середнє значення)", "88,3", "добре")
RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}

PARAS1 = [
    ("ПОЛТАВСЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ", "h"),
    ("ЗВІТ", "h"),
    ("за результатами зовнішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), які "
     "перебувають у складних життєвих обставинах, наданої КУ «Центр надання соціальних послуг» "
     "Козельщинської селищної ради у 2023 році", "c"),
    ("Оцінку проведено 11–15 березня 2024 року комісією у складі 4 осіб відповідно до наказу обласного "
     "центру соціальних служб від 04.03.2024 № 37-од. Надавач: КУ «Центр надання соціальних послуг» "
     "Козельщинської селищної ради, 39100, Полтавська обл., смт Козельщина, вул. Покровська, 9, "
     "тел. (05342) 0-18-35, код ЄДРПОУ 43976124.", "p"),
    ("Методи оцінки: вивчення документації (опрацьовано 24 особові справи отримувачів, що становить 39 % "
     "від їх загальної кількості), інтерв'ю з фахівцями, спостереження, анкетування. В анкетуванні взяв "
     "участь 31 отримувач послуги.", "p"),
    ("1. Загальні відомості про надання послуги", "b"),
    ("У 2023 році послугу соціального супроводу отримала 61 сім'я, в яких виховується 138 дітей. З них "
     "17 сімей перебували під супроводом на початок року, 44 сім'ї взято під супровід протягом року. "
     "Завершено надання послуги 45 сім'ям: з позитивним результатом (подолання складних життєвих "
     "обставин) – 31, з мінімізацією складних життєвих обставин – 9, у зв'язку з відмовою отримувача від "
     "послуги – 3, у зв'язку зі зміною місця проживання – 2. На 2024 рік перейшло 16 сімей. Середня "
     "тривалість супроводу – 5,5 місяця.", "p"),
    ("Послугу надають 5 фахівців із соціальної роботи при 6 штатних посадах. Кожен фахівець одночасно "
     "супроводжує не більше 10 сімей, що відповідає Державному стандарту. Скарг від отримувачів у 2023 "
     "році не надходило; порушень конфіденційності не виявлено.", "p"),
    ("2. Оцінка за критеріями", "b"),
    ("Рівень якості за кожним критерієм визначено за часткою позитивних відповідей отримувачів: від 85 до "
     "100 % – «добре», від 60 до 84,9 % – «задовільно», менше 60 % – «незадовільно».", "p"),
    ("Таблиця 2. Результати оцінки якості за критеріями", "c"),
]
PARAS2 = [
    ("3. Висновки та рекомендації", "b"),
    ("Загальна оцінка якості соціальної послуги соціального супроводу – «добре». Найнижчі показники "
     "отримано за критерієм доступності та відкритості: 8 із 31 опитаного не знали графіка роботи фахівців.", "p"),
    ("Рекомендовано: 1) оприлюднити графік прийому на сайті громади та в 12 старостатах до 01.06.2024; "
     "2) забезпечити проходження навчання 2 фахівцями до кінця 2024 року.", "p"),
    ("Голова комісії ____________", "p"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSerif", 9)
    canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Сторінка {doc.page}")
    canvas.restoreState()


def build(path):
    register_fonts()
    sty = {"h": ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=TA_CENTER),
           "c": ParagraphStyle("c", fontName="LSerif", fontSize=11, leading=14, alignment=TA_CENTER, spaceAfter=6),
           "b": ParagraphStyle("b", fontName="LSerif-B", fontSize=11.5, leading=15, spaceBefore=4, spaceAfter=3),
           "p": ParagraphStyle("p", fontName="LSerif", fontSize=11.5, leading=15, alignment=TA_JUSTIFY,
                               spaceAfter=6, firstLineIndent=12 * mm)}
    hcell = ParagraphStyle("hc", fontName="LSerif-B", fontSize=10, leading=12)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, invariant=1, title="Звіт зовнішньої оцінки", author="ОЦСС")
    el = [Paragraph(t, sty[s]) for t, s in PARAS1]
    data = [[Paragraph(h, hcell) for h in ("№", "Критерій", "Частка позитивних відповідей, %", "Рівень")]]
    data += [[n, c, p, r] for n, c, p, r, _ in CRIT]
    data.append(["", OVERALL[0], OVERALL[1], OVERALL[2]])
    t = Table(data, colWidths=[10 * mm, 75 * mm, 45 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 1), (-1, -1), "LSerif"), ("FONTSIZE", (0, 1), (-1, -1), 10.5),
                           ("FONTNAME", (0, -1), (-1, -1), "LSerif-B"),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    el += [t, Spacer(1, 8)]
    el += [Paragraph(x, sty[s]) for x, s in PARAS2]
    doc.build(el, onFirstPage=footer, onLaterPages=footer)


def num(s):
    v = float(s.replace(",", "."))
    return int(v) if v.is_integer() else v


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Козельщинської селищної ради",
        "centre_type": "cnsp", "settlement": "Козельщина", "oblast": "Полтавська",
        "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Козельщинської селищної ради",
                             "КУ «Центр надання соціальних послуг» Козельщинської селищної ради"]})
    S = "social_support_sjo"
    f1 = g.f("survey_respondents", "recipients", 31, "участь 31 отримувач послуги", unit_alt="persons", service=S)
    f2 = g.f("served", "families", 61, "послугу соціального супроводу отримала 61 сім'я", service=S,
             alt=["support_ongoing"])
    f3 = g.f("served", "children", 138, "в яких виховується 138 дітей", service=S, parent=f2, alt=["support_ongoing"])
    f4 = g.f("served", "families", 17, "17 сімей перебували під супроводом на початок року", service=S,
             label="перебували під супроводом на початок року", alt=["support_ongoing"],
             group="sjo_61_by_start", parent=f2)
    f5 = g.f("support_started", "families", 44, "44 сім'ї взято під супровід протягом року", service=S,
             group="sjo_61_by_start", parent=f2)
    f6 = g.f("support_completed", "families", 45, "Завершено надання послуги 45 сім'ям", service=S, parent=f2)
    f7 = g.f("outcome_positive", "families", 31, "з позитивним результатом (подолання складних життєвих обставин) – 31", service=S, group="completed_45_by_outcome",
             parent=f6)
    f8 = g.f("outcome_minimized", "families", 9, "з мінімізацією складних життєвих обставин – 9", service=S,
             group="completed_45_by_outcome", parent=f6)
    f9 = g.f("outcome_other", "families", 3, "у зв'язку з відмовою отримувача від послуги – 3", service=S,
             label="відмова отримувача від послуги", group="completed_45_by_outcome", parent=f6)
    f10 = g.f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2", service=S,
              label="зміна місця проживання", group="completed_45_by_outcome", parent=f6)
    f11 = g.f("support_ongoing", "families", 16, "На 2024 рік перейшло 16 сімей", service=S)
    f12 = g.f("staff_actual", "staff", 5, "Послугу надають 5 фахівців із соціальної роботи", service=S)
    f13 = g.f("staff_positions", "positions", 6, "при 6 штатних посадах", service=S)
    f14 = g.f("complaints", "complaints", 0, "Скарг від отримувачів у 2023")
    share, rate = {}, {}
    for n, c, p, r, cid in CRIT:
        q = "\t".join((n, c, p, r))
        share[cid] = g.f("share", "percent", num(p), q, criterion=cid, label=c, alt=["satisfaction"])
        rate[cid] = g.f("rating", "rating", RATING[r], q, criterion=cid)
    oq = "\t".join(OVERALL)
    fo_s = g.f("share", "percent", 88.3, oq, criterion="overall", label="середнє значення за критеріями",
               alt=["satisfaction"])
    fo_r = g.f("rating", "rating", "good", oq, criterion="overall")
    fo_r2 = g.f("rating", "rating", "good", "Загальна оцінка якості соціальної послуги соціального супроводу – «добре».",
                criterion="overall", note="the overall rating said again in the conclusions")

    B = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.slip("rating_band", "error", "2\tРезультативність\t83,9\tдобре", "good", "satisfactory",
           [share["effectiveness"], rate["effectiveness"]],
           "Результативність 83,9 % is in the text's band 60–84,9 % «задовільно», but is rated «добре»",
           f"band({share['effectiveness']}, {B}) == {rate['effectiveness']}")
    ok = [c for c in share if c != "effectiveness"]
    g.check("rating_band", "від 85 до 100 % – «добре»", "the other seven criteria and the overall value are rated by the text's bands",
            " and ".join(f"band({share[c]}, {B}) == {rate[c]}" for c in ok) + f" and band({fo_s}, {B}) == {fo_r}")
    g.check("percent_impossible", "1\tАдресність та індивідуальний підхід\t87,1\tдобре",
            "each criterion share is reachable with 31 respondents (27, 26, 28, 23, 30, 25, 29, 31 of 31)",
            " and ".join(f"grim_ok({share[c]}, {f1}, 1)" for c in share))
    g.check("table_arithmetic", oq, "mean of the eight shares: 706,4 / 8 = 88,3",
            "near(round((" + " + ".join(share.values()) + f") / 8, 1), {fo_s})")
    g.check("parts_sum", "З них", "17 + 44 = 61", f"{f4} + {f5} == {f2}")
    g.check("parts_sum", "Завершено надання послуги 45 сім'ям", "31 + 9 + 3 + 2 = 45", f"{f7} + {f8} + {f9} + {f10} == {f6}")
    g.check("parts_sum", "На 2024 рік перейшло 16 сімей", "61 − 45 = 16", f"{f2} - {f6} == {f11}")
    g.check("internal_conflict", "Загальна оцінка якості соціальної послуги соціального супроводу – «добре».",
            "table and conclusions agree: «добре»", f"{fo_r} == {fo_r2}")
    g.check("parts_sum", "Послугу надають 5 фахівців із соціальної роботи при 6 штатних посадах", "5 ≤ 6",
            f"{f12} <= {f13}")

    g.skip("Оцінку проведено 11–15 березня 2024 року комісією у складі 4 осіб", [11, 15, 2024, 4],
           "assessment dates, commission size")
    g.skip("від 04.03.2024 № 37-од", [4, 3, 2024, 37], "order date and number")
    g.skip("39100, Полтавська обл., смт Козельщина, вул. Покровська, 9,", [39100, 9], "postcode, address")
    g.skip("тел. (05342) 0-18-35, код ЄДРПОУ 43976124.", [5342, 1835, 43976124], "phone, ЄДРПОУ")
    g.skip("опрацьовано 24 особові справи отримувачів, що становить 39 %", [24, 39],
           "case files studied and their share (no §3 id; 24 of 61 = 39,3 %)")
    g.skip("Козельщинської селищної ради у 2023 році", [2023], "period in the title")
    g.skip("1. Загальні відомості про надання послуги", [1], "section number")
    g.skip("2. Оцінка за критеріями", [2], "section number")
    g.skip("3. Висновки та рекомендації", [3], "section number")
    g.skip("тривалість супроводу – 5,5 місяця.", [5.5], "duration")
    g.skip("не більше 10 сімей", [10], "caseload norm")
    g.skip("від 85 до 100 % – «добре», від 60 до 84,9 % – «задовільно», менше 60 % – «незадовільно».", [85, 100, 60, 84.9, 60], "rating bands")
    g.skip("Таблиця 2. Результати оцінки якості за критеріями", [2], "table number")
    g.skip("8 із 31 опитаного не знали графіка роботи фахівців.", [8, 31],
           "negative answers on one criterion (complement of 74,2 %: 23 + 8 = 31)")
    g.skip("Рекомендовано: 1) оприлюднити графік прийому на сайті громади та в 12 старостатах до 01.06.2024;", [1, 12, 1, 6, 2024],
           "recommendation number, number of starosta districts, deadline")
    g.skip("2) забезпечити проходження навчання 2 фахівцями до кінця 2024 року.", [2, 2, 2024], "recommendation (plan)")
    g.skip("У 2023 році послугу соціального супроводу", [2023], "year")
    g.skip("На 2024 рік", [2024], "year")

    g.note("the assessed provider is the centre in meta (the ЦНСП of Козельщинська селищна рада); the author is "
           "the oblast centre of social services")
    g.note("criteria table: each row gives a share (criterion set, alt satisfaction) and a rating; the row "
           "«Загальна оцінка (середнє значення)» gives criterion overall; the conclusions repeat the overall rating")
    g.note("«17 сімей перебували під супроводом на початок року» → served with a label (alt support_ongoing), "
           "the carried-over part of the 61")
    g.note("bands: 85–100 добре, 60–84,9 задовільно, <60 незадовільно, as the text defines them")
    g.write()


if __name__ == "__main__":
    main()
