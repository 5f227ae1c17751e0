"""b25_07: External quality assessment (висновок) of the social support of families in СЖО that the
ЦСС of Кіцманська міська рада (Чернівецька) provided in 2024, written by the Чернівецький обласний
центр соціальних служб. reportlab PDF; one long prose paragraph per criterion, each with its share of
positive answers and its rating inline; numbered recommendations."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph
from common import Gold, report_path, register_fonts

DOC = "b25_07_kitsman_css_external2024.pdf"
register_fonts()
N = ParagraphStyle("n", fontName="LSerif", fontSize=11.5, leading=14.5, spaceAfter=6, firstLineIndent=10 * mm)
H = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceAfter=6)

CRIT = [
    ("Адресність та індивідуальний підхід", "targeting",
     "Критерій «Адресність та індивідуальний підхід»: у кожній вивченій справі є оцінка потреб та індивідуальний план; "
     "позитивно відповіли 94,6 % опитаних. Оцінка – «добре».", 94.6),
    ("Результативність", "effectiveness",
     "Критерій «Результативність»: частка сімей, у яких за результатами супроводу подолано або мінімізовано складні "
     "життєві обставини, становить 87,8 % (43 з 49 сімей, яким завершено супровід); позитивних відповідей – 83,8 %. "
     "Оцінка – «добре».", 83.8),
    ("Своєчасність", "timeliness",
     "Критерій «Своєчасність»: позитивних відповідей 89,2 %; у 3 справах план переглянуто із запізненням. "
     "Оцінка – «добре».", 89.2),
    ("Доступність та відкритість", "accessibility",
     "Критерій «Доступність та відкритість»: 86,5 % опитаних знали, як зв'язатися з фахівцем у вихідні дні. "
     "Оцінка – «добре».", 86.5),
    ("Повага до гідності отримувача соціальної послуги", "dignity",
     "Критерій «Повага до гідності отримувача соціальної послуги»: позитивних відповідей 97,3 %. Оцінка – «добре».", 97.3),
    ("Професійність", "professionalism",
     "Критерій «Професійність»: позитивних відповідей 92,5 %; усі 6 фахівців із соціальної роботи у 2024 році пройшли "
     "навчання з кейс-менеджменту. Оцінка – «добре».", 92.5),
    ("Конфіденційність інформації", "confidentiality",
     "Критерій «Конфіденційність інформації»: порушень не виявлено, позитивних відповідей 100 %. Оцінка – «добре».", 100),
]

story = [
    Paragraph("Чернівецький обласний центр соціальних служб", H),
    Paragraph("58001, м. Чернівці, вул. Героїв Майдану, 176; тел. (0372) 0-55-63; e-mail: ocss.cv@example.ua; "
              "код ЄДРПОУ 03196625", N),
    Paragraph("ВИСНОВОК за результатами зовнішньої оцінки якості соціальної послуги соціального супроводу сімей "
              "(осіб), які перебувають у складних життєвих обставинах, наданої Центром соціальних служб Кіцманської "
              "міської ради у 2024 році", H),
    Paragraph("Зовнішню оцінку проведено відповідно до наказу обласного центру від 03.03.2025 № 17 у період з 10 по "
              "21 березня 2025 року комісією у складі 4 осіб. Вивчено 20 особових справ отримувачів, проведено "
              "співбесіди з 6 фахівцями та анкетування отримувачів.", N),
    Paragraph("У 2024 році під соціальним супроводом Центру перебувала 71 сім'я, в яких виховується 163 дитини. "
              "З них 44 сім'ї взято під супровід у 2024 році, 27 – перейшли з 2023 року. Завершено супровід 49 сімей: "
              "подолано складні життєві обставини – у 31 сім'ї, мінімізовано – у 12, не досягнуто результату – у 4, "
              "2 сім'ї вибули у зв'язку з переїздом. На 2025 рік супровід продовжено 22 сім'ям.", N),
    Paragraph("Послугу надають 6 фахівців із соціальної роботи при 7 штатних посадах. Скарг від отримувачів протягом "
              "2024 року не надходило.", N),
    Paragraph("В анкетуванні взяли участь 37 отримувачів, що становить 52,1 % сімей, які перебували під супроводом. "
              "Шкала: «добре» – 80–100 % позитивних відповідей, «задовільно» – 60–79 %, «незадовільно» – менше 60 %.", N),
] + [Paragraph(c[2], N) for c in CRIT] + [
    Paragraph("Загальна оцінка якості надання Центром соціальних служб Кіцманської міської ради соціальної послуги "
              "соціального супроводу у 2024 році – «добре».", N),
    Paragraph("Рекомендації: 1) забезпечити перегляд планів супроводу не рідше одного разу на 3 місяці; 2) до 01.07.2025 "
              "розмістити інформацію про послугу в усіх 13 старостинських округах; 3) заповнити вакантну посаду "
              "фахівця із соціальної роботи до кінця II кварталу 2025 року.", N),
    Paragraph("Голова комісії (підпис)        Члени комісії (підписи)        28.03.2025", N),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawRightString(190 * mm, 10 * mm, f"Сторінка {doc.page}")
    canvas.restoreState()


out = report_path(DOC)
SimpleDocTemplate(out, pagesize=A4, invariant=1, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                  bottomMargin=18 * mm, title="Висновок зовнішньої оцінки", author="ОЦСС").build(
    story, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Кіцманської міської ради",
    "centre_type": "css", "settlement": "Кіцмань", "oblast": "Чернівецька",
    "report_kind": "external_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"centre": ["Чернівецький обласний центр соціальних служб"]})
F = g.f
S = "social_support_sjo"
f1 = F("served", "families", 71, "під соціальним супроводом Центру перебувала 71 сім'я", service=S, alt=["support_ongoing"])
f2 = F("served", "children", 163, "в яких виховується 163 дитини", service=S, alt=["support_ongoing"], parent=f1)
f3 = F("support_started", "families", 44, "З них 44 сім'ї взято під супровід у 2024 році", service=S,
       group="under_support_71_by_start", parent=f1)
f4 = F("served", "families", 27, "27 – перейшли з 2023 року", service=S, label="перейшли з 2023 року",
       alt=["support_ongoing"], group="under_support_71_by_start", parent=f1)
f5 = F("support_completed", "families", 49, "Завершено супровід 49 сімей", service=S, parent=f1)
f6 = F("outcome_positive", "families", 31, "подолано складні життєві обставини – у 31 сім'ї", service=S,
       group="completed_49_by_outcome", parent=f5)
f7 = F("outcome_minimized", "families", 12, "мінімізовано – у 12", service=S, group="completed_49_by_outcome", parent=f5)
f8 = F("outcome_negative", "families", 4, "не досягнуто результату – у 4", service=S, group="completed_49_by_outcome", parent=f5)
f9 = F("outcome_other", "families", 2, "2 сім'ї вибули у зв'язку з переїздом", service=S, label="переїзд",
       group="completed_49_by_outcome", parent=f5)
f10 = F("support_ongoing", "families", 22, "На 2025 рік супровід продовжено 22 сім'ям", service=S, parent=f1)
f11 = F("staff_actual", "staff", 6, "Послугу надають 6 фахівців із соціальної роботи", service=S)
f12 = F("staff_positions", "positions", 7, "при 7 штатних посадах", service=S)
f13 = F("complaints", "complaints", 0, "Скарг від отримувачів протягом 2024 року не надходило.", service=S)
f14 = F("survey_respondents", "persons", 37, "В анкетуванні взяли участь 37 отримувачів, що становить 52,1 % сімей", percent=52.1, service=S,
        unit_alt="recipients", note="«що становить 52,1 % сімей, які перебували під супроводом» is this count's percent")
ids = {}
for name, cid, text, pc in CRIT:
    key = text.split(":")[0]
    if cid == "effectiveness":
        q = "позитивних відповідей – 83,8 %"
    elif cid == "accessibility":
        q = "86,5 % опитаних знали, як зв'язатися з фахівцем у вихідні дні"
    elif cid == "targeting":
        q = "позитивно відповіли 94,6 % опитаних"
    elif cid == "confidentiality":
        q = "позитивних відповідей 100 %"
    else:
        q = f"{key}: позитивних відповідей {str(pc).replace('.', ',')} %"
    sh = F("share", "percent", pc, q, service=S, criterion=cid, label="частка позитивних відповідей: " + name,
           alt=["satisfaction"])
    rt = F("rating", "rating", "good", text, service=S, criterion=cid,
           note="quoted by its whole criterion paragraph (every paragraph ends with the same «Оцінка – «добре».»)")
    ids[cid] = (sh, rt)
    if cid == "effectiveness":
        ids["eff_outcome"] = F("share", "percent", 87.8, "становить 87,8 % (43 з 49 сімей, яким завершено супровід)",
                               service=S, criterion="effectiveness",
                               label="частка сімей, у яких подолано або мінімізовано СЖО")
    if cid == "professionalism":
        ids["trained"] = F("staff_trained", "staff", 6, "усі 6 фахівців із соціальної роботи у 2024 році пройшли навчання",
                           service=S)
fo = F("rating", "rating", "good", "соціального супроводу у 2024 році – «добре».", service=S, criterion="overall")

v = lambda x: "f" + x[1:]
pro = ids["professionalism"][0]
g.slip("percent_impossible", "error", "Критерій «Професійність»: позитивних відповідей 92,5 %", 92.5, "91,9 or 94,6",
       [pro, f14],
       "GRIM: with 37 respondents the possible shares near 92,5 % are 34/37 = 91,9 % and 35/37 = 94,6 %; no whole number of the 37 gives 92,5 %",
       f"grim_ok({v(pro)}, f14, 1)", slip=1)
others = [ids[c][0] for c in ("targeting", "effectiveness", "timeliness", "accessibility", "dignity", "confidentiality")]
g.check("percent_impossible", "позитивно відповіли 94,6 % опитаних", "the other six shares are reachable with 37: 35, 31, 33, 32, 36, 37 of 37",
        " and ".join(f"grim_ok({v(x)}, f14, 1)" for x in others))
BANDS = "[(80, 100, 'good'), (60, 79.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
g.check("rating_band", "Шкала: «добре» – 80–100 % позитивних відповідей", "every criterion share is within 80–100 % and rated «добре»",
        " and ".join(f"band({v(ids[c][0])}, {BANDS}) == {v(ids[c][1])}" for c in
                     ("targeting", "effectiveness", "timeliness", "accessibility", "dignity", "professionalism", "confidentiality")))
g.check("parts_sum", "З них 44 сім'ї взято під супровід у 2024 році, 27", "44 + 27 = 71", "f3 + f4 == f1")
g.check("parts_sum", "Завершено супровід 49 сімей", "31 + 12 + 4 + 2 = 49", "f6 + f7 + f8 + f9 == f5")
g.check("parts_sum", "На 2025 рік супровід продовжено 22 сім'ям", "49 completed + 22 continued = 71", "f5 + f10 == f1")
g.check("percent_mismatch", "становить 87,8 % (43 з 49 сімей", "43 = 31 + 12 of 49 = 87,8 %",
        f"pct_ok({v(ids['eff_outcome'])}, f6 + f7, f5, 1) and 43 == f6 + f7 and 49 == f5")
g.check("percent_mismatch", "що становить 52,1 % сімей", "37/71 = 52,1 %", "pct_ok(p14, f14, f1, 1)")
g.check("parts_sum", "при 7 штатних посадах", "6 ≤ 7; the 6 trained = the 6 working", f"f11 <= f12 and {v(ids['trained'])} == f11")

g.skip("58001, м. Чернівці, вул. Героїв Майдану, 176; тел. (0372) 0-55-63", [58001, 176, 372, 5563], "postcode, address, phone")
g.skip("код ЄДРПОУ 03196625", [3196625], "ЄДРПОУ")
g.skip("від 03.03.2025 № 17", [3, 3, 2025, 17], "order date and number")
g.skip("з 10 по 21 березня 2025 року комісією у складі 4 осіб", [10, 21, 2025, 4], "assessment dates, commission size")
g.skip("Вивчено 20 особових справ отримувачів, проведено співбесіди з 6 фахівцями", [20, 6], "case files, interviews (no §3 id)")
g.skip("«добре» – 80–100 % позитивних відповідей, «задовільно» – 60–79 %, «незадовільно» – менше 60 %.", [80, 100, 60, 79, 60], "rating bands")
g.skip("у 3 справах план переглянуто із запізненням", [3], "late plan reviews (no §3 id)")
g.skip("(43 з 49 сімей, яким завершено супровід)", [43, 49], "basis of the 87,8 % share (43 = 31 + 12, 49 = completed)")
g.skip("не рідше одного разу на 3 місяці", [3], "recommendation: interval")
g.skip("до 01.07.2025 розмістити інформацію про послугу в усіх 13 старостинських округах", [1, 7, 2025, 13], "deadline; number of okrugs")
g.skip("Рекомендації: 1)", [1, 2, 3], "recommendation numbers")
g.skip("до кінця II кварталу 2025 року", [2025], "deadline")
g.skip("(підписи) 28.03.2025", [28, 3, 2025], "signature date")
g.skip("Сторінка 1", [1], "page footer (the reader prints it first)")
g.note("meta: the assessed provider is the centre (ЦСС of Кіцманська міська рада); the author is the oblast ЦСС (meta_alt)")
g.note("each criterion paragraph gives one share (share with criterion, alt satisfaction) and one rating; the effectiveness paragraph also gives an outcome share 87,8 % (share with criterion effectiveness)")
g.note("«27 – перейшли з 2023 року» → served with a label (alt support_ongoing), the 44 taken in 2024 → support_started; together the 71 under support")
g.note("«усі 6 фахівців … пройшли навчання» → staff_trained 6 (the number is written)")
g.write()
