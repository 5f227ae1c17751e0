"""b114_06: КЗ «ТЦСО (НСП)» Чернеччинської сільської ради (Дніпропетровська), internal quality assessment
of the services provided in 2024. reportlab PDF, impersonal voice, criteria table with the document's own
rating bands."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

from common import Gold, report_path, read_text, register_fonts, uncovered

NAME = "b114_06_chernechchyna_tcso_internal2024.pdf"

BANDS = "[(81, 100, 'good'), (61, 80.99, 'satisfactory'), (0, 60.99, 'unsatisfactory')]"

CRIT = [  # (criterion id, name, percent, rating text, rating id)
    ("targeting", "Адресність та індивідуальний підхід", 91.3, "добре", "good"),
    ("effectiveness", "Результативність", 84.8, "добре", "good"),
    ("timeliness", "Своєчасність", 88.0, "добре", "good"),
    ("accessibility", "Доступність та відкритість", 72.8, "задовільно", "satisfactory"),
    ("convenience", "Зручність", 81.5, "добре", "good"),
    ("dignity", "Повага до гідності отримувача", 97.8, "добре", "good"),
    ("professionalism", "Професійність", 78.3, "добре", "good"),
]


def fmt(x):
    return f"{x:.1f}".replace(".", ",")


def build():
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, spaceAfter=5, firstLineIndent=10 * mm)
    plain = ParagraphStyle("p", fontName="LSerif", fontSize=11.5, leading=15, spaceAfter=4)
    title = ParagraphStyle("t", fontName="LSerif-B", fontSize=12.5, leading=16, alignment=1, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="LSerif", fontSize=10.5, leading=13)
    head = ParagraphStyle("h", fontName="LSerif-B", fontSize=10.5, leading=13)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("LSerif", 9)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")
        canvas.restoreState()

    s = []
    s.append(Paragraph("Комунальний заклад «Територіальний центр соціального обслуговування (надання соціальних "
                       "послуг)» Чернеччинської сільської ради", title))
    s.append(Paragraph("52030, Дніпропетровська обл., с. Чернеччина, вул. Соборна, 40; тел. (056) 0-73-15-42; "
                       "tcso.chernechchyna@example.ua; код ЄДРПОУ 43917526", plain))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("ЗВІТ<br/>про результати внутрішньої оцінки якості соціальних послуг, наданих у 2024 році",
                       title))
    s.append(Paragraph("Внутрішню оцінку якості проведено відповідно до Порядку проведення моніторингу надання та "
                       "оцінки якості соціальних послуг, затвердженого постановою Кабінету Міністрів України від "
                       "01.06.2020 № 449, на підставі наказу директора від 15.01.2025 № 7-од. Оцінювання "
                       "здійснювала робоча група у складі 5 осіб у період з 20 січня по 7 лютого 2025 року.", body))
    s.append(Paragraph("Оцінці підлягали послуги догляду вдома, денного догляду та натуральної допомоги. У 2024 "
                       "році ці послуги отримали 326 осіб: догляд вдома – 164, денний догляд – 58, натуральну "
                       "допомогу – 104. Середній вік отримувачів – 76 років.", body))
    s.append(Paragraph("Послуги надавали 31 працівник при 33 штатних посадах; протягом року 6 працівників пройшли "
                       "навчання з питань догляду за особами з деменцією.", body))
    s.append(Paragraph("Для оцінки використано анкетування отримувачів, перегляд 60 особових справ, спостереження "
                       "та співбесіди з працівниками. Анкетування проведено серед 92 отримувачів послуг "
                       "(28,2 % від їх загальної кількості).", body))
    s.append(Paragraph("Рівень якості за кожним критерієм визначався за часткою позитивних відповідей: 81–100 % – "
                       "«добре», 61–80 % – «задовільно», 60 % і менше – «незадовільно».", body))
    s.append(Paragraph("Таблиця. Результати оцінювання за критеріями якості", plain))
    rows = [[Paragraph("Критерій", head), Paragraph("Позитивних відповідей, %", head), Paragraph("Оцінка", head)]]
    for _, name, p, rt, _ in CRIT:
        rows.append([Paragraph(name, cell), Paragraph(fmt(p), cell), Paragraph(rt, cell)])
    rows.append([Paragraph("Загальна оцінка", head), Paragraph("84,9", head), Paragraph("добре", head)])
    t = Table(rows, colWidths=[85 * mm, 45 * mm, 35 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Результативність. Із 164 отримувачів послуги догляду вдома у 39 осіб (23,8 %) за "
                       "результатами повторного оцінювання відбулося покращення стану або збереження здатності "
                       "до самообслуговування.", body))
    s.append(Paragraph("Протягом 2024 року з обслуговування знято 27 осіб: у зв'язку зі смертю – 15, за власним "
                       "бажанням – 8, у зв'язку з влаштуванням до стаціонарного закладу – 4.", body))
    s.append(Paragraph("За рік надійшла 1 скарга (щодо графіка відвідування соціального робітника), її розглянуто "
                       "та задоволено. Порушень конфіденційності не виявлено.", body))
    s.append(Paragraph("Висновки. Загальний рівень якості соціальних послуг, наданих у 2024 році, робоча група "
                       "оцінює як «добрий».", body))
    s.append(Paragraph("Рекомендації: 1) до 01.06.2025 облаштувати пандус у відділенні денного догляду; "
                       "2) заповнити 2 вакантні посади соціальних робітників; 3) повторне анкетування провести "
                       "у IV кварталі 2025 року.", body))
    s.append(Paragraph("Голова робочої групи&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;(підпис)&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;10.02.2025",
                       plain))
    doc = SimpleDocTemplate(report_path(NAME), pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Звіт про внутрішню оцінку якості", author="ТЦСО")
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                  "Чернеччинської сільської ради",
        "centre_type": "tcso", "settlement": "Чернеччина", "oblast": "Дніпропетровська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"centre": [
        "Комунальний заклад «Територіальний центр соціального обслуговування (надання соціальних послуг)» "
        "Чернеччинської сільської ради",
        "КЗ «Територіальний центр соціального обслуговування (надання соціальних послуг)» "
        "Чернеччинської сільської ради"]})
    F = g.f
    text = read_text(report_path(NAME))
    tot = F("served", "persons", 326, "ці послуги отримали 326 осіб")
    s1 = F("served", "persons", 164, "догляд вдома – 164", service="home_care", group="served_326_by_service",
           parent=tot)
    s2 = F("served", "persons", 58, "денний догляд – 58", service="day_care", group="served_326_by_service",
           parent=tot)
    s3 = F("served", "persons", 104, "натуральну допомогу – 104", service="natural_aid",
           group="served_326_by_service", parent=tot)
    act = F("staff_actual", "staff", 31, "Послуги надавали 31 працівник")
    pos = F("staff_positions", "positions", 33, "при 33 штатних посадах")
    trn = F("staff_trained", "staff", 6, "протягом року 6 працівників пройшли навчання")
    sv = F("survey_respondents", "recipients", 92, "Анкетування проведено серед 92 отримувачів послуг",
           percent=28.2, unit_alt="persons")
    sh, rt = [], []
    for cid, name, p, rtxt, rid in CRIT:
        q = f"{name}\t{fmt(p)}\t{rtxt}"
        assert q in text, q
        sh.append(F("share", "percent", int(p) if float(p).is_integer() else p, q, criterion=cid, alt=["satisfaction"]))
        rt.append(F("rating", "rating", rid, q, criterion=cid))
    qo = "Загальна оцінка\t84,9\tдобре"
    sho = F("share", "percent", 84.9, qo, criterion="overall", alt=["satisfaction"])
    rto = F("rating", "rating", "good", qo, criterion="overall")
    op = F("outcome_positive", "persons", 39, "у 39 осіб (23,8 %) за результатами повторного оцінювання "
           "відбулося покращення стану", percent=23.8, service="home_care", parent=s1,
           note="a count with its share of the 164 home-care recipients; no separate share row")
    de = F("deregistered", "persons", 27, "з обслуговування знято 27 осіб")
    d1 = F("deregistered", "persons", 15, "у зв'язку зі смертю – 15", label="смерть", group="deregistered_27_by_reason",
           parent=de)
    d2 = F("deregistered", "persons", 8, "за власним бажанням – 8", label="за власним бажанням",
           group="deregistered_27_by_reason", parent=de)
    d3 = F("deregistered", "persons", 4, "у зв'язку з влаштуванням до стаціонарного закладу – 4",
           label="влаштування до стаціонарного закладу", group="deregistered_27_by_reason", parent=de)
    cpl = F("complaints", "complaints", 1, "За рік надійшла 1 скарга")
    rto2 = F("rating", "rating", "good", "Загальний рівень якості соціальних послуг, наданих у 2024 році, робоча "
             "група оцінює як «добрий»", criterion="overall", note="the overall rating written again in the "
                                                                   "conclusions: a second fact")

    def n(x):
        return x[1:]

    prof = 6
    g.slip("rating_band", "error", "Професійність\t78,3\tдобре", "good", "satisfactory", [sh[prof], rt[prof]],
           "78,3 % lies in the document's band 61–80 % = «задовільно», but the table rates it «добре»",
           f"band(f{n(sh[prof])}, {BANDS}) == f{n(rt[prof])}")
    for i, (cid, name, p, rtxt, rid) in enumerate(CRIT):
        if i == prof:
            continue
        g.check("rating_band", f"{name}\t{fmt(p)}\t{rtxt}", f"{fmt(p)} % → {rtxt} by the document's bands",
                f"band(f{n(sh[i])}, {BANDS}) == f{n(rt[i])}")
    g.check("rating_band", qo, "84,9 % → добре", f"band(f{n(sho)}, {BANDS}) == f{n(rto)}")
    g.check("percent_impossible", "Анкетування проведено серед 92 отримувачів послуг",
            "every criterion share is reachable with 92 respondents (84, 78, 81, 67, 75, 90, 72 of 92)",
            " and ".join(f"grim_ok(f{n(x)}, f{n(sv)}, 1)" for x in sh))
    g.check("parts_sum", "ці послуги отримали 326 осіб: догляд вдома – 164, денний догляд – 58, натуральну "
            "допомогу – 104", "164 + 58 + 104 = 326", f"f{n(s1)} + f{n(s2)} + f{n(s3)} == f{n(tot)}")
    g.check("percent_mismatch", "(28,2 % від їх загальної кількості)", "92 / 326 = 28,22 % → 28,2",
            f"pct_ok(p{n(sv)}, f{n(sv)}, f{n(tot)}, 1)")
    g.check("percent_mismatch", "у 39 осіб (23,8 %)", "39 / 164 = 23,78 % → 23,8",
            f"pct_ok(p{n(op)}, f{n(op)}, f{n(s1)}, 1)")
    g.check("parts_sum", "у зв'язку зі смертю – 15, за власним бажанням – 8", "15 + 8 + 4 = 27",
            f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(de)}")
    g.check("internal_conflict", "оцінює як «добрий»", "overall rating in the conclusions = table",
            f"f{n(rto2)} == f{n(rto)}")
    g.check("parts_sum", "Послуги надавали 31 працівник при 33 штатних посадах", "6 trained ≤ 31 ≤ 33",
            f"f{n(trn)} <= f{n(act)} <= f{n(pos)}")

    g.skip("52030, Дніпропетровська обл., с. Чернеччина, вул. Соборна, 40; тел. (056) 0-73-15-42",
           [52030, 40, 56, 731542], "postcode, address, phone")
    g.skip("код ЄДРПОУ 43917526", [43917526], "ЄДРПОУ")
    g.skip("послуг, наданих у 2024 році", [2024], "year in the title")
    g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449, на підставі наказу директора від "
           "15.01.2025 № 7-од", [1, 6, 2020, 449, 15, 1, 2025, 7], "act and order numbers, dates")
    g.skip("робоча група у складі 5 осіб у період з 20 січня по 7 лютого 2025 року", [5, 20, 7, 2025],
           "working-group size, assessment dates")
    g.skip("У 2024 році ці послуги", [2024], "year")
    g.skip("Середній вік отримувачів – 76 років.", [76], "age")
    g.skip("перегляд 60 особових справ", [60], "case files reviewed (method, no §3 id)")
    g.skip("81–100 % – «добре», 61–80 % – «задовільно», 60 % і менше – «незадовільно»", [81, 100, 61, 80, 60],
           "rating bands")
    g.skip("Із 164 отримувачів послуги догляду вдома", [164], "the whole of the 39 (repeat of the served row)")
    g.skip("Протягом 2024 року з обслуговування", [2024], "year")
    g.skip("Рекомендації: 1) до 01.06.2025 облаштувати пандус у відділенні денного догляду; 2) заповнити 2 "
           "вакантні посади соціальних робітників; 3) повторне анкетування провести у IV кварталі 2025 року",
           [1, 1, 6, 2025, 2, 2, 3, 2025], "recommendation numbers, deadline, vacancies, plan")
    g.skip("10.02.2025", [10, 2, 2025], "date")
    g.skip("Загальний рівень якості соціальних послуг, наданих у 2024 році", [2024], "year")

    g.note("criterion shares → share with criterion (alt satisfaction); each table row gives a share and a "
           "rating, both quoted by the row; the Загальна оцінка row → criterion overall")
    g.note("planted slip: Професійність 78,3 % is rated «добре», but the document's own band for «добре» is "
           "81–100 % (61–80 % = «задовільно»)")
    g.note("the verify bands close the gaps the text leaves (80,99 / 60,99) so that decimals between the "
           "written bounds fall into the lower band")
    g.note("«у 39 осіб (23,8 %) … відбулося покращення стану» → outcome_positive (persons) with percent, hanging "
           "on the 164 home-care recipients")
    g.note("«знято з обслуговування» → deregistered, reasons as labelled parts; «Порушень конфіденційності не "
           "виявлено» has no §3 id and no figure")
    g.note("not checked: the overall 84,9 equals the mean of the seven criteria (594,5 / 7 = 84,93), but "
           "the text does not say the overall share is a mean")
    g.note("the page footer «Сторінка 1» is dropped by the reader (not in the printed text)")
    g.note("«оцінює як «добрий»» in the conclusions repeats the overall rating: a second rating fact")
    g.write()
    return g


if __name__ == "__main__":
    build()
    g = gold()
    for num, line in uncovered(g, read_text(report_path(NAME))):
        print("  uncovered:", num, "|", line)
