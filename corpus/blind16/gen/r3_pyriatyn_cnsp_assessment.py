"""b16_03: КУ «ЦНСП» Пирятинської міської ради (Полтавська), internal quality assessment of 2023, PDF.

Ordinary internal assessment (догляд вдома, консультування) with a criterion table (% and rating).
Planted slip: rating_band, «Доступність та відкритість» 74 % rated «добре» while the document's own
bands give 51–79 % «задовільно».
"""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from common import Gold, report_path, pdf_fonts

NAME = "b16_03_pyriatyn_cnsp_assessment2023.pdf"

TITLE = ("ЗВІТ<br/>про проведення внутрішньої оцінки якості соціальних послуг, наданих комунальною "
         "установою «Центр надання соціальних послуг» Пирятинської міської ради Лубенського району "
         "Полтавської області у 2023 році")

P = [
    "Внутрішню оцінку якості проведено відповідно до Порядку проведення моніторингу надання та оцінки "
    "якості соціальних послуг, затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449, "
    "та наказу директора КУ «ЦНСП» від 15.01.2024 № 07-од. Оцінювання тривало з 05 по 23 лютого 2024 року; "
    "до складу робочої групи увійшло 5 працівників Центру.",
    "Предметом оцінювання були дві послуги – догляд вдома та консультування, які Центр надавав у 2023 році.",
    "<b>1. Отримувачі та обсяги послуг</b>",
    "Протягом 2023 року послугу догляду вдома отримували 203 особи: 58 осіб з інвалідністю I–II групи та "
    "145 громадян похилого віку. З них віком 80 років і старше – 71 особа. За рік надано 14 962 послуги "
    "догляду вдома. Послугу надають 19 соціальних робітників при штатній чисельності 21 посада. Вартість "
    "однієї години послуги догляду вдома у 2023 році становила 92,15 грн.",
    "Послугу консультування надано 418 особам, з них 127 – внутрішньо переміщені особи. За тривалістю: "
    "разове консультування отримали 311 осіб, короткотривале – 84, тривале – 23.",
    "<b>2. Опитування отримувачів</b>",
    "Анкетування пройшли 86 отримувачів: послуги догляду вдома – 54, послуги консультування – 32. "
    "Якістю послуги догляду вдома задоволені 51 з 54 опитаних, що становить 94,4 %. Кількість задоволених "
    "звернень за отриманням послуги консультування – 100 %.",
    "<b>3. Оцінка послуги догляду вдома за критеріями якості</b>",
    "Рівень відповідності визначено як частку виконаних вимог Державного стандарту: 80–100 % – «добре», "
    "51–79 % – «задовільно», до 50 % – «незадовільно».",
]

TABLE = [
    ["Критерій", "Виконання вимог, %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "92", "добре"],
    ["Результативність", "88", "добре"],
    ["Своєчасність", "95", "добре"],
    ["Доступність та відкритість", "74", "добре"],
    ["Зручність", "83", "добре"],
    ["Повага до гідності", "100", "добре"],
    ["Професійність", "90", "добре"],
    ["Загальна оцінка (середнє значення)", "89", "добре"],
]

P2 = [
    "Послуга консультування за всіма критеріями оцінена на рівні «добре».",
    "<b>4. Скарги та кадрове забезпечення</b>",
    "Протягом 2023 року надійшла 1 скарга (щодо графіка відвідувань соціального робітника), яку розглянуто "
    "та задоволено. 12 працівників Центру пройшли навчання з питань надання соціальних послуг, у тому числі "
    "7 соціальних робітників.",
    "<b>5. Рекомендації</b>",
    "1) до 01.06.2024 облаштувати пандус біля входу до адміністративного приміщення; 2) переглянути графік "
    "відвідувань отримувачів у віддалених селах громади; 3) у II кварталі 2024 року провести повторне "
    "анкетування не менше 60 отримувачів.",
    "Голова робочої групи ____________ (підпис)          26.02.2024",
]


def footer(canv, doc):
    canv.saveState()
    canv.setFont("LSerif", 9)
    canv.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")
    canv.restoreState()


def build():
    pdf_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15, alignment=TA_JUSTIFY,
                          firstLineIndent=10 * mm, spaceAfter=6)
    head = ParagraphStyle("h", fontName="LSerifB", fontSize=13, leading=16, alignment=TA_CENTER, spaceAfter=10)
    doc = SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, leftMargin=25 * mm,
                            rightMargin=15 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
                            title="Звіт про внутрішню оцінку якості", author="ЦНСП")
    story = [Paragraph(TITLE, head)]
    for t in P:
        story.append(Paragraph(t.replace("<b>", '<font name="LSerifB">').replace("</b>", "</font>"), body))
    tab = Table(TABLE, colWidths=[85 * mm, 45 * mm, 35 * mm])
    tab.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "LSerif", 11),
        ("FONT", (0, 0), (-1, 0), "LSerifB", 11),
        ("FONT", (0, -1), (-1, -1), "LSerifB", 11),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
    ]))
    story += [Spacer(1, 4), tab, Spacer(1, 8)]
    for t in P2:
        story.append(Paragraph(t.replace("<b>", '<font name="LSerifB">').replace("</b>", "</font>"), body))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Пирятинської міської ради",
        "centre_type": "cnsp", "settlement": "Пирятин", "oblast": "Полтавська",
        "report_kind": "internal_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Пирятинської міської ради",
                   "Комунальна установа «Центр надання соціальних послуг» Пирятинської міської ради Лубенського району Полтавської області"]})
    f = g.f
    HC, CO = "home_care", "counselling"
    hc = f("served", "persons", 203, "Протягом 2023 року послугу догляду вдома отримували 203 особи", service=HC)
    gc = "home_care_203_by_category"
    c1 = f("served", "persons", 58, "58 осіб з інвалідністю I–II групи", service=HC,
           category="особи з інвалідністю I–II групи", group=gc, parent=hc)
    c2 = f("served", "persons", 145, "145 громадян похилого віку", service=HC,
           category="громадяни похилого віку", group=gc, parent=hc)
    c3 = f("served", "persons", 71, "З них віком 80 років і старше – 71 особа", service=HC,
           category="особи віком 80 років і старше", parent=hc)
    f("services_provided", "services", 14962, "За рік надано 14 962 послуги догляду вдома", service=HC)
    sa = f("staff_actual", "staff", 19, "Послугу надають 19 соціальних робітників", service=HC, label="соціальні робітники")
    sp = f("staff_positions", "positions", 21, "при штатній чисельності 21 посада", service=HC, label="соціальні робітники")
    co = f("served", "persons", 418, "Послугу консультування надано 418 особам", service=CO)
    f("served", "persons", 127, "з них 127 – внутрішньо переміщені особи", service=CO,
      category="внутрішньо переміщені особи", parent=co)
    gd = "counselling_418_by_duration"
    d = [
        f("served", "persons", 311, "разове консультування отримали 311 осіб", service=CO, label="разове консультування", group=gd, parent=co),
        f("served", "persons", 84, "короткотривале – 84", service=CO, label="короткотривале консультування", group=gd, parent=co),
        f("served", "persons", 23, "тривале – 23", service=CO, label="тривале консультування", group=gd, parent=co),
    ]
    sr = f("survey_respondents", "recipients", 86, "Анкетування пройшли 86 отримувачів", unit_alt="persons")
    s1 = f("survey_respondents", "recipients", 54, "послуги догляду вдома – 54", service=HC, unit_alt="persons", group="survey_86_by_service", parent=sr)
    s2 = f("survey_respondents", "recipients", 32, "послуги консультування – 32", service=CO, unit_alt="persons", group="survey_86_by_service", parent=sr)
    sat = f("satisfaction", "percent", 94.4, "Якістю послуги догляду вдома задоволені 51 з 54 опитаних, що становить 94,4 %", service=HC)
    f("share", "percent", 100, "Кількість задоволених звернень за отриманням послуги консультування\n\n– 100 %",
      service=CO, label="частка задоволених звернень за отриманням послуги консультування", alt=["satisfaction"])

    crit = [("Адресність та індивідуальний підхід", "targeting", 92), ("Результативність", "effectiveness", 88),
            ("Своєчасність", "timeliness", 95), ("Доступність та відкритість", "accessibility", 74),
            ("Зручність", "convenience", 83), ("Повага до гідності", "dignity", 100),
            ("Професійність", "professionalism", 90)]
    shares, rows, ratings = {}, {}, {}
    for name, cid, v in crit:
        q = f"{name}\t{v}\tдобре"
        shares[cid] = f("share", "percent", v, q, service=HC, criterion=cid,
                        label=f"виконання вимог Державного стандарту: {name.lower()}")
        ratings[cid] = f("rating", "rating", "good", q, service=HC, criterion=cid)
        rows[cid] = q
    qo = "Загальна оцінка (середнє значення)\t89\tдобре"
    ov = f("share", "percent", 89, qo, service=HC, criterion="overall", label="виконання вимог Державного стандарту: загальна оцінка (середнє значення)")
    f("rating", "rating", "good", qo, service=HC, criterion="overall")
    f("rating", "rating", "good", "Послуга консультування за всіма критеріями оцінена на рівні «добре».",
      service=CO, criterion="overall", uncertain=True,
      note="one statement for all criteria of counselling; annotated once as the overall rating")
    f("complaints", "complaints", 1, "Протягом 2023 року надійшла 1 скарга")
    tr = f("staff_trained", "staff", 12, "12 працівників Центру пройшли навчання з питань надання соціальних послуг")
    tr7 = f("staff_trained", "staff", 7, "у тому числі 7 соціальних робітників", label="соціальні робітники", parent=tr)

    g.slip("rating_band", "error", rows["accessibility"], "добре", "задовільно",
           [shares["accessibility"], ratings["accessibility"]],
           f"{shares['accessibility']} >= 80",
           "«Доступність та відкритість» 74 % is rated «добре»; the report's own bands give 51–79 % «задовільно» "
           "(80–100 % «добре»)")
    others = [v for k, v in shares.items() if k != "accessibility"]
    g.check("rating_band", rows["targeting"], " and ".join(f"{x} >= 80" for x in others + [ov]),
            "the other six criteria (83–100 %) and the overall 89 % lie in the 80–100 % band of «добре»")
    g.check("table_arithmetic", qo, f"round(({' + '.join(shares.values())}) / 7) == {ov}",
            "average of the seven criteria: (92 + 88 + 95 + 74 + 83 + 100 + 90) / 7 = 88,86 → 89")
    g.check("parts_sum", "Протягом 2023 року послугу догляду вдома отримували 203 особи",
            f"{c1} + {c2} == {hc} and {c3} <= {hc}", "58 + 145 = 203 by category; 71 aged 80+ ≤ 203")
    g.check("parts_sum", "Послугу консультування надано 418 особам",
            f"{' + '.join(d)} == {co}", "311 + 84 + 23 = 418 by duration; 127 ВПО ≤ 418")
    g.check("parts_sum", "Анкетування пройшли 86 отримувачів", f"{s1} + {s2} == {sr}", "54 + 32 = 86")
    g.check("percent_mismatch", "Якістю послуги догляду вдома задоволені 51 з 54 опитаних, що становить 94,4 %",
            f"pct_ok(51, {s1}, {sat}, 1)", "51/54 = 94.44 % → 94,4")
    g.check("parts_sum", "Послугу надають 19 соціальних робітників", f"{sa} <= {sp} and {tr7} <= {tr} and {tr7} <= {sa}",
            "19 social workers ≤ 21 positions; 7 trained social workers ≤ 12 trained, ≤ 19")

    g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "legal act date and number")
    g.skip("наказу директора КУ «ЦНСП» від 15.01.2024 № 07-од", [15, 1, 2024, 7], "order date and number")
    g.skip("Оцінювання тривало з 05 по 23 лютого 2024 року; до складу робочої групи увійшло 5 працівників Центру.",
           [5, 23, 2024, 5], "dates of the assessment and size of the working group")
    g.skip("Вартість однієї години послуги догляду вдома у 2023 році становила 92,15 грн.", [2023, 92.15], "tariff per hour")
    g.skip("80–100 % – «добре», 51–79 % – «задовільно», до 50 % – «незадовільно»", [80, 100, 51, 79, 50],
           "rating band definitions")
    g.skip("I–II групи", [1, 2], "disability groups")
    g.skip("1) до 01.06.2024 облаштувати пандус біля входу до адміністративного приміщення", [1, 1, 6, 2024],
           "recommendation with a deadline")
    g.skip("2024 року провести повторне анкетування не менше 60 отримувачів.", [3, 2, 2024, 60],
           "plan for 2024")
    g.skip("26.02.2024", [26, 2, 2024], "date of signature")
    g.skip("Сторінка 1", [1, 2], "page numbers")
    g.skip("Якістю послуги догляду вдома задоволені 51 з 54 опитаних", [51, 54],
           "count of satisfied respondents (no §3 id) and the repeated 54; the percent is the satisfaction fact")

    g.note("criterion table: each row gives two facts, share (the % of requirements met, criterion set) and "
           "rating; quote = the row")
    g.note("the 80–100 / 51–79 / ≤50 % bands are the document's own; the accessibility row contradicts them "
           "(rating_band); the rating fact stays «good» as written")
    g.note("«Послуга консультування за всіма критеріями оцінена на рівні «добре»» → one overall rating of "
           "counselling (uncertain)")
    g.note("«Кількість задоволених звернень … – 100 %» → share with alt satisfaction, as the seed gold does")
    g.note("«отримувачів» in the survey → unit recipients, unit_alt persons")
    g.note("legal form kept out of centre; meta_alt gives the full name with КУ and the district")
    g.write()


if __name__ == "__main__":
    build()
    gold()
