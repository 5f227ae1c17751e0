"""b74_04: КУ «ЦНСП» Довбишської селищної ради (Житомирська), internal quality assessment of home
care provided in 2024. reportlab PDF (DejaVu fonts), impersonal voice, a criteria table with the
document's own bands (85–100 / 60–84 / <60), page footer."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import Gold, report_path

NAME = "b74_04_dovbysh_cnsp_internal2024.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FD + "DejaVuSans-Bold.ttf"))

S = ParagraphStyle("s", fontName="DV", fontSize=10, leading=13, spaceAfter=5)
H = ParagraphStyle("h", parent=S, fontName="DV-B", alignment=1)
C = ParagraphStyle("c", parent=S, alignment=1, fontSize=9)

story = [
    Paragraph("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ДОВБИШСЬКОЇ СЕЛИЩНОЇ РАДИ", H),
    Paragraph("12733, Житомирська обл., Звягельський р-н, смт Довбиш, вул. Шкільна, 9, "
              "тел. (04145) 0-31-84, ЄДРПОУ 43905176", C),
    Spacer(1, 8),
    Paragraph("ЗВІТ<br/>про результати внутрішньої оцінки якості надання соціальної послуги "
              "догляду вдома за 2024 рік", H),
    Paragraph("Оцінювання здійснено робочою групою у складі 5 осіб, утвореною наказом директора від "
              "06.01.2025 № 3-од, у період з 13 по 24 січня 2025 року. Опрацьовано 46 особових справ "
              "отримувачів, проведено 12 спостережень під час візитів додому та анкетування.", S),
    Paragraph("1. Загальні відомості про надання послуги", H),
    Paragraph("Протягом 2024 року послуга догляду вдома надавалася 74 особам віком від 62 до 97 "
              "років (середній вік – 79 років). На обслуговування взято 15 осіб. Припинено надання "
              "послуги 9 особам: 5 – у зв'язку зі смертю, 3 – у зв'язку з влаштуванням до закладу "
              "стаціонарного догляду, 1 – на власне бажання. Усього за рік надано 9 846 послуг догляду "
              "вдома; відвідування здійснюються 2–3 рази на тиждень.", S),
    Paragraph("Послугу надають 12 соціальних робітників при 13 штатних посадах. Протягом року "
              "надійшла 1 скарга (щодо несвоєчасного прибирання), її розглянуто в установлений строк.", S),
    Paragraph("2. Результати анкетування та оцінка за критеріями", H),
    Paragraph("В анкетуванні взяли участь 58 отримувачів (78,4 % від загальної кількості). Частка "
              "опитаних, які вважають, що послуга допомагає їм зберегти самостійність у побуті, "
              "становить 72,4 %.", S),
    Paragraph("Рівень дотримання критерію визначено за шкалою: 85–100 % позитивних відповідей – "
              "«добре», 60–84 % – «задовільно», менше 60 % – «незадовільно».", S),
    Paragraph("Таблиця 2. Результати оцінки за критеріями якості", S),
]
rows = [
    ["№", "Критерій", "Позитивних відповідей, %", "Оцінка"],
    ["1", "Адресність", "100", "добре"],
    ["2", "Результативність", "91,4", "добре"],
    ["3", "Своєчасність", "87,9", "добре"],
    ["4", "Доступність", "81,0", "добре"],
    ["5", "Гідність", "96,6", "добре"],
    ["6", "Професійність", "93,1", "добре"],
    ["7", "Безпека", "89,7", "добре"],
    ["8", "Конфіденційність", "100", "добре"],
    ["", "Загальна оцінка", "", "добре"],
]
t = Table(rows, colWidths=[1 * cm, 6 * cm, 5 * cm, 3 * cm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9),
                       ("FONT", (0, 0), (-1, 0), "DV-B", 9),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
story += [t, Spacer(1, 8),
          Paragraph("3. Висновки та рекомендації", H),
          Paragraph("За результатами внутрішньої оцінки якість надання послуги догляду вдома у 2024 "
                    "році визнано на рівні «добре» (за 2023 рік – «задовільно»). Рекомендовано: "
                    "1) скоротити строк розгляду заяв до 5 робочих днів; 2) забезпечити навчання "
                    "2 соціальних робітників до 01.06.2025.", S),
          Paragraph("Звіт розглянуто на нараді 30.01.2025, протокол № 2.", S)]


def footer(canv, doc):
    canv.setFont("DV", 8)
    canv.drawString(2 * cm, 1.2 * cm, f"Сторінка {doc.page} з 1")


SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, title="Внутрішня оцінка",
                  author="ЦНСП").build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Довбишської селищної ради",
    "centre_type": "cnsp", "settlement": "Довбиш", "oblast": "Житомирська",
    "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Довбишської селищної ради",
                "КУ «Центр надання соціальних послуг» Довбишської селищної ради"]})
F = g.f
HC = "home_care"
f1 = F("served", "persons", 74, "послуга догляду вдома надавалася 74 особам", service=HC)
f2 = F("served", "persons", 15, "На обслуговування взято 15 осіб", service=HC,
       alt=["registered_new", "support_started"])
f3 = F("support_completed", "persons", 9, "Припинено надання послуги 9 особам", service=HC,
       alt=["deregistered"])
f4 = F("outcome_other", "persons", 5, "5 – у зв'язку зі смертю", label="смерть", service=HC,
       group="stopped_9_by_reason", parent=f3)
f5 = F("outcome_other", "persons", 3, "3 – у зв'язку з влаштуванням до закладу стаціонарного догляду",
       label="влаштування до закладу стаціонарного догляду", service=HC,
       group="stopped_9_by_reason", parent=f3)
f6 = F("outcome_other", "persons", 1, "1 – на власне бажання", label="на власне бажання",
       service=HC, group="stopped_9_by_reason", parent=f3)
f7 = F("services_provided", "services", 9846, "Усього за рік надано 9 846 послуг догляду", service=HC)
f8 = F("staff_actual", "staff", 12, "Послугу надають 12 соціальних робітників",
       label="соціальні робітники")
f9 = F("staff_positions", "positions", 13, "при 13 штатних посадах", label="соціальні робітники")
f10 = F("complaints", "complaints", 1, "надійшла 1 скарга")
f11 = F("survey_respondents", "recipients", 58, "В анкетуванні взяли участь 58 отримувачів (78,4 % від загальної кількості)",
        percent=78.4, unit_alt="persons", service=HC)
f12 = F("share", "percent", 72.4, "становить 72,4 %", service=HC,
        label="частка опитаних, які вважають, що послуга допомагає зберегти самостійність у побуті",
        alt=["satisfaction"])
crit = [("targeting", "1\tАдресність\t100\tдобре", 100),
        ("effectiveness", "2\tРезультативність\t91,4\tдобре", 91.4),
        ("timeliness", "3\tСвоєчасність\t87,9\tдобре", 87.9),
        ("accessibility", "4\tДоступність\t81,0\tдобре", 81.0),
        ("dignity", "5\tГідність\t96,6\tдобре", 96.6),
        ("professionalism", "6\tПрофесійність\t93,1\tдобре", 93.1),
        ("safety", "7\tБезпека\t89,7\tдобре", 89.7),
        ("confidentiality", "8\tКонфіденційність\t100\tдобре", 100)]
shares, rates = {}, {}
for c, q, v in crit:
    v = int(v) if float(v).is_integer() else v
    shares[c] = F("share", "percent", v, q, criterion=c, service=HC, alt=["satisfaction"])
    rates[c] = F("rating", "rating", "good", q, criterion=c, service=HC)
fo1 = F("rating", "rating", "good", "Загальна оцінка\t\tдобре", criterion="overall", service=HC)
fo2 = F("rating", "rating", "good", "визнано на рівні «добре»", criterion="overall", service=HC,
        note="the overall rating repeated in the conclusions (two facts)")

BANDS = "[(85, 100, 'good'), (60, 84.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
sa, ra = shares["accessibility"], rates["accessibility"]
g.slip("rating_band", "error", "4\tДоступність\t81,0\tдобре", "добре", "задовільно", [sa, ra],
       "Доступність has 81,0 % positive answers, which the document's own scale puts in 60–84 % "
       "«задовільно», yet it is rated «добре»",
       f"band(f{sa[1:]}, {BANDS}) == f{ra[1:]}")
for c in shares:
    if c == "accessibility":
        continue
    s_, r_ = shares[c], rates[c]
    g.check("rating_band", dict((k, q) for k, q, _ in crit)[c],
            f"{c}: share in the 85–100 % band, rated «добре»",
            f"band(f{s_[1:]}, {BANDS}) == f{r_[1:]}")
g.check("percent_impossible", "Позитивних відповідей, %",
        "every criterion share is reachable with 58 respondents (100, 53, 51, 47, 56, 54, 52, 58 of 58)",
        " and ".join(f"grim_ok(f{shares[c][1:]}, f11, 1)" for c in shares))
g.check("percent_impossible", "становить 72,4 %", "72,4 % = 42 of 58", "grim_ok(f12, f11, 1)")
g.check("percent_mismatch", "В анкетуванні взяли участь 58 отримувачів (78,4 % від загальної кількості)",
        "58 of the 74 served = 78,4 %", "pct_ok(p11, f11, f1, 1)")
g.check("parts_sum", "Припинено надання послуги 9 особам", "5 + 3 + 1 = 9", "f4 + f5 + f6 == f3")
g.check("parts_sum", "Послугу надають 12 соціальних робітників при 13 штатних посадах", "12 ≤ 13",
        "f8 <= f9")
g.check("internal_conflict", "визнано на рівні «добре»", "the overall rating in the table and in "
        "the conclusions agree", f"f{fo1[1:]} == f{fo2[1:]}")

g.skip("12733, Житомирська обл., Звягельський р-н, смт Довбиш, вул. Шкільна, 9, тел. (04145) "
       "0-31-84, ЄДРПОУ 43905176", [12733, 9, 4145, 3184, 43905176], "postcode, address, phone, ЄДРПОУ")
g.skip("якості надання соціальної послуги догляду вдома за 2024 рік", [2024], "period in the title; «Протягом 2024 року», «у 2024 році»")
g.skip("робочою групою у складі 5 осіб", [5], "size of the assessment group")
g.skip("наказом директора від 06.01.2025 № 3-од, у період з 13 по 24 січня 2025 року",
       [6, 1, 2025, 3, 13, 24, 2025], "order date/number, assessment dates")
g.skip("Опрацьовано 46 особових справ отримувачів, проведено 12 спостережень", [46, 12],
       "assessment methods (case files, observations)")
g.skip("віком від 62 до 97 років (середній вік – 79 років)", [62, 97, 79], "ages")
g.skip("відвідування здійснюються 2–3 рази на тиждень", [2, 3], "frequency")
g.skip("85–100 % позитивних відповідей – «добре», 60–84 % – «задовільно», менше 60 % – «незадовільно»",
       [85, 100, 60, 84, 60], "band definitions")
g.skip("Таблиця 2. Результати оцінки за критеріями якості", [2], "table number")
g.skip("(за 2023 рік – «задовільно»)", [2023], "prior-year rating")
g.skip("1) скоротити строк розгляду заяв до 5 робочих днів; 2) забезпечити навчання",
       [1, 5, 2], "recommendation numbers, target duration")
g.skip("2 соціальних робітників до 01.06.2025", [2, 1, 6, 2025], "planned training, deadline")
g.skip("Звіт розглянуто на нараді 30.01.2025, протокол № 2.", [30, 1, 2025, 2], "date, minutes number")
g.skip("1. Загальні відомості про надання послуги", [1, 2, 3], "section numbers; table row numbers 1–8")
g.note("criterion shares → share with criterion (alt satisfaction), each cell with its row quote; "
       "ratings → rating with criterion; «Загальна оцінка» in the table and «визнано на рівні «добре»» "
       "in the conclusions are two overall facts")
g.note("the page footer «Сторінка 1 з 1» is dropped by the reader")
g.note("«Припинено надання послуги» → support_completed (alt deregistered), reasons as outcome_other")
g.note("«58 отримувачів (78,4 % від загальної кількості)» → survey_respondents, unit recipients "
       "(unit_alt persons), percent 78,4 of the 74 served")
g.write()
