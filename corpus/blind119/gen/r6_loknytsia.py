"""b119_06: external quality assessment of social support (соціальний супровід сімей у СЖО) provided in 2023 by the
ЦСС Локницької сільської ради (Рівненська), written by the Рівненський обласний центр соціальних служб.
reportlab PDF, third person, criteria table with bands, page footer."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

DOC = "b119_06_loknytsia_css_external2023.pdf"
path = report_path(DOC)
register_fonts()
B = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14, spaceAfter=5, alignment=4)
H = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, spaceAfter=6, alignment=1)
H2 = ParagraphStyle("h2", fontName="LSerif-B", fontSize=11, leading=14, spaceBefore=4, spaceAfter=4)

def footer(c, doc):
    c.setFont("LSerif", 8)
    c.drawString(40, 25, "Рівненський обласний центр соціальних служб · вих. № 02-14/611 від 19.04.2024")
    c.drawRightString(A4[0] - 40, 25, f"Сторінка {doc.page} з 1")

S = []
p = lambda t, s=B: S.append(Paragraph(t, s))
p("РІВНЕНСЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ", H)
p("ЗВІТ<br/>про проведення зовнішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), які перебувають "
  "у складних життєвих обставинах, наданої Центром соціальних служб Локницької сільської ради у 2023 році", H)
p("Зовнішню оцінку проведено на підставі наказу обласного центру від 11.03.2024 № 38 робочою групою з 4 осіб "
  "з 18 по 29 березня 2024 року. Оцінювався період з 01.01.2023 по 31.12.2023. Методи: аналіз 34 особових справ, "
  "18 інтерв'ю з отримувачами, 6 інтерв'ю з фахівцями, анкетування.")
p("1. Відомості про надавача", H2)
p("Центр соціальних служб Локницької сільської ради Вараського району Рівненської області (34130, с. Локниця, "
  "вул. Поліська, 9; тел. (03636) 0-27-51; ЄДРПОУ 44382017) обслуговує 16 населених пунктів громади. "
  "Послугу надають 4 фахівці із соціальної роботи, штатом передбачено 5 посад. Усі 4 фахівці у 2023 році "
  "пройшли навчання з ведення випадку.")
p("2. Обсяг і результати надання послуги", H2)
p("У 2023 році послугу соціального супроводу отримували 34 сім'ї, у яких виховується 71 дитина. З них 21 сім'я "
  "взята під супровід у 2023 році, 13 – продовжували отримувати послугу з 2022 року.")
p("Завершено супровід 19 сімей: з позитивним результатом – 12, мінімізовано складні життєві обставини – 5, "
  "без результату – 2. На 01.01.2024 під супроводом залишалося 15 сімей. Тривалість супроводу в середньому "
  "становила 5,5 місяця.")
p("Для сімей проведено 7 групових занять «Школа відповідального батьківства», в яких взяли участь 23 батьків. "
  "Скарг від отримувачів послуги не надходило.")
p("3. Результати анкетування", H2)
p("В анкетуванні взяли участь 29 отримувачів послуги (85,3 % сімей, що отримували послугу). Рівень якості за "
  "критерієм визначено за часткою позитивних відповідей: 81–100 % – «добре», 61–80 % – «задовільно», "
  "0–60 % – «незадовільно».")
rows = [["Критерій", "Позитивних відповідей, %", "Оцінка"],
        ["Адресність та індивідуальний підхід", "89,7", "добре"],
        ["Результативність", "62,5", "задовільно"],
        ["Своєчасність", "86,2", "добре"],
        ["Доступність та відкритість", "96,6", "добре"],
        ["Повага до гідності", "100,0", "добре"],
        ["Професійність", "93,1", "добре"],
        ["Конфіденційність", "100,0", "добре"],
        ["Загальна оцінка", "", "добре"]]
t = Table(rows, colWidths=[240, 140, 90])
t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTNAME", (0, 0), (-1, 0), "LSerif-B"),
                       ("FONTSIZE", (0, 0), (-1, -1), 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
S.append(Spacer(1, 4)); S.append(t); S.append(Spacer(1, 8))
p("4. Висновки", H2)
p("Якість соціальної послуги соціального супроводу, наданої Центром у 2023 році, в цілому оцінено як «добре». "
  "Рекомендовано: 1) переглянути індивідуальні плани 2 сімей без результату до 01.06.2024; 2) залучати до "
  "групових занять не менше 30 батьків на рік; 3) заповнити 1 вакантну посаду фахівця.")
p("Керівник робочої групи (підпис)")
doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50,
                        title="Звіт про зовнішню оцінку якості", author="ОЦСС")
doc.build(S, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Локницької сільської ради",
    "centre_type": "css", "settlement": "Локниця", "oblast": "Рівненська",
    "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
    meta_alt={"settlement": ["Локницька сільська громада"]})
F = g.f
sa = F("staff_actual", "staff", 4, "Послугу надають 4 фахівці із соціальної роботи")
sp = F("staff_positions", "positions", 5, "штатом передбачено 5 посад")
stt = F("staff_trained", "staff", 4, "Усі 4 фахівці у 2023 році пройшли навчання")
sv = F("served", "families", 34, "У 2023 році послугу соціального супроводу отримували 34 сім'ї", service="social_support_sjo")
svc = F("served", "children", 71, "у яких виховується 71 дитина", service="social_support_sjo", parent=sv)
st_ = F("support_started", "families", 21, "З них 21 сім'я взята під супровід у 2023 році", service="social_support_sjo",
        parent=sv, group="support_34_by_start")
so = F("served", "families", 13, "13 – продовжували отримувати послугу з 2022 року", service="social_support_sjo",
       alt=["support_ongoing"], label="отримували послугу з 2022 року", parent=sv, group="support_34_by_start")
cm = F("support_completed", "families", 19, "Завершено супровід 19 сімей", service="social_support_sjo", parent=sv)
o1 = F("outcome_positive", "families", 12, "з позитивним результатом – 12", service="social_support_sjo", parent=cm,
       group="completed_19_by_outcome")
o2 = F("outcome_minimized", "families", 5, "мінімізовано складні життєві обставини – 5", service="social_support_sjo",
       parent=cm, group="completed_19_by_outcome")
o3 = F("outcome_negative", "families", 2, "без результату – 2", service="social_support_sjo", parent=cm,
       group="completed_19_by_outcome")
og = F("support_ongoing", "families", 15, "На 01.01.2024 під супроводом залишалося 15 сімей", service="social_support_sjo")
ev = F("events", "events", 7, "Для сімей проведено 7 групових занять")
evp = F("event_participants", "persons", 23, "в яких взяли участь 23 батьків", parent=ev)
cp = F("complaints", "complaints", 0, "Скарг від отримувачів послуги не надходило.")
sr = F("survey_respondents", "recipients", 29, "В анкетуванні взяли участь 29 отримувачів послуги", percent=85.3,
       unit_alt="persons")
crit = [("targeting", "Адресність та індивідуальний підхід\t89,7\tдобре", 89.7, "good"),
        ("effectiveness", "Результативність\t62,5\tзадовільно", 62.5, "satisfactory"),
        ("timeliness", "Своєчасність\t86,2\tдобре", 86.2, "good"),
        ("accessibility", "Доступність та відкритість\t96,6\tдобре", 96.6, "good"),
        ("dignity", "Повага до гідності\t100,0\tдобре", 100, "good"),
        ("professionalism", "Професійність\t93,1\tдобре", 93.1, "good"),
        ("confidentiality", "Конфіденційність\t100,0\tдобре", 100, "good")]
sh, rt = {}, {}
for cid, q, pv, rv in crit:
    sh[cid] = F("share", "percent", pv, q, criterion=cid, alt=["satisfaction"])
    rt[cid] = F("rating", "rating", rv, q, criterion=cid)
ov = F("rating", "rating", "good", "Загальна оцінка\t\tдобре", criterion="overall")
ov2 = F("rating", "rating", "good", "в цілому оцінено як «добре»", criterion="overall",
        label="висновки (повтор)")

g.slip("percent_impossible", "error", "Результативність\t62,5\tзадовільно", 62.5, "62,1 (18 of 29) or 65,5 (19 of 29)",
       [sh["effectiveness"], sr],
       "with 29 respondents the share can only be k/29: 18 → 62,1 %, 19 → 65,5 %; no whole k gives 62,5 % (that is 5/8, as if out of 32 or 40).",
       f"grim_ok({sh['effectiveness']}, {sr}, 1)")
others = [c for c in sh if c != "effectiveness"]
g.check("percent_impossible", "Позитивних відповідей, %", "the other six shares are reachable with 29 (26, 25, 28, 29, 27, 29 of 29)",
        " and ".join(f"grim_ok({sh[c]}, {sr}, 1)" for c in others))
BANDS = "[(81, 100, 'good'), (61, 80.9, 'satisfactory'), (0, 60.9, 'unsatisfactory')]"
g.check("rating_band", "81–100 % – «добре», 61–80 % – «задовільно», 0–60 % – «незадовільно»",
        "every criterion's rating agrees with the document's bands (62,5 → задовільно, the rest ≥ 81 → добре)",
        " and ".join(f"band({sh[c]}, {BANDS}) == {rt[c]}" for c in sh))
g.check("percent_mismatch", "В анкетуванні взяли участь 29 отримувачів послуги (85,3 %", "29 / 34 = 85,29 → 85,3",
        f"pct_ok(p{sr[1:]}, {sr}, {sv}, 1)")
g.check("parts_sum", "З них 21 сім'я взята під супровід у 2023 році, 13", "21 + 13 = 34", f"{st_} + {so} == {sv}")
g.check("parts_sum", "Завершено супровід 19 сімей", "12 + 5 + 2 = 19", f"{o1} + {o2} + {o3} == {cm}")
g.check("parts_sum", "На 01.01.2024 під супроводом залишалося 15 сімей", "34 − 19 = 15", f"{sv} - {cm} == {og}")
g.check("parts_sum", "Послугу надають 4 фахівці із соціальної роботи, штатом передбачено 5 посад", "4 ≤ 5; trained 4 ≤ 4",
        f"{sa} <= {sp} and {stt} <= {sa}")
g.check("internal_conflict", "в цілому оцінено як «добре»", "overall rating in the table and in the conclusions agree",
        f"{ov} == {ov2}")

g.skip("Зовнішню оцінку проведено на підставі наказу обласного центру від 11.03.2024 № 38 робочою групою з 4 осіб з 18 по 29 березня 2024 року.",
       [11, 3, 2024, 38, 4, 18, 29, 2024], "order date/number, group size, assessment dates")
g.skip("Оцінювався період з 01.01.2023 по 31.12.2023.", [1, 1, 2023, 31, 12, 2023], "assessed period (dates)")
g.skip("Методи: аналіз 34 особових справ, 18 інтерв'ю з отримувачами, 6 інтерв'ю з фахівцями, анкетування.", [34, 18, 6],
       "assessment methods: case files and interviews (no §3 id)")
g.skip("1. Відомості про надавача", [1, 2, 3, 4], "section numbers")
g.skip("(34130, с.", [34130], "postcode (the reader breaks the paragraph after «с.»)")
g.skip("Локниця, вул. Поліська, 9; тел. (03636) 0-27-51; ЄДРПОУ 44382017)", [9, 3636, 2751, 44382017],
       "address, phone, ЄДРПОУ")
g.skip("обслуговує 16 населених пунктів громади", [16], "settlement count")
g.skip("Тривалість супроводу в середньому становила 5,5 місяця.", [5.5], "average duration")
g.skip("81–100 % – «добре», 61–80 % – «задовільно», 0–60 % – «незадовільно»", [81, 100, 61, 80, 0, 60], "rating bands")
g.skip("1) переглянути індивідуальні плани 2 сімей без результату до 01.06.2024; 2) залучати до групових занять не менше 30 батьків на рік; 3) заповнити 1 вакантну посаду фахівця.",
       [1, 2, 1, 6, 2024, 2, 30, 3, 1], "recommendation numbers, repeat of 2, deadline, target, vacancy")
g.skip("вих. № 02-14/611 від 19.04.2024", [2, 14, 611, 19, 4, 2024], "outgoing number/date in the page footer")
g.skip("Сторінка 1 з 1", [1, 1], "page footer")

g.note("External assessment by the oblast centre of social services of the service provided by the ЦСС Локницької сільської ради in 2023; the meta describes the assessed provider. Period: the assessed year 2023 («Оцінювався період з 01.01.2023 по 31.12.2023»).")
g.note("Table rows come out of the PDF tab-separated; the overall row has an empty percentage cell. Each criterion row → share (alt satisfaction) + rating with criterion and no service.")
g.note("Planted slip: «Результативність 62,5 %» cannot be k/29 for any whole k (percent_impossible). Its rating «задовільно» agrees with the bands, so there is no rating_band finding.")
g.note("«Усі 4 фахівці … пройшли навчання» → staff_trained 4, a second figure 4 next to staff_actual 4.")
g.note("«взяли участь 23 батьків» → event_participants persons. «без результату – 2» → outcome_negative.")
g.note("The «2 сімей без результату» in the recommendations repeat the outcome figure → skipped, not a second fact.")
g.write()
