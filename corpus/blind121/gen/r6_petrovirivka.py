"""b121_06: external quality assessment of home care provided in 2021 by КУ «ЦНСП» Петровірівської
сільської ради (reportlab PDF, third person, criteria table with the document's own bands)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

NAME = "b121_06_petrovirivka_cnsp_external2021.pdf"
register_fonts()
N = ParagraphStyle("n", fontName="LSerif", fontSize=11.5, leading=14.5, spaceAfter=5, firstLineIndent=0.8 * cm)
H = ParagraphStyle("h", fontName="LSerif-B", fontSize=12.5, leading=16, alignment=1, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="LSerif-B", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4)
SM = ParagraphStyle("sm", fontName="LSerif", fontSize=10, leading=12, alignment=1)

story = [
    Paragraph("ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ПЕТРОВІРІВСЬКОЇ СІЛЬСЬКОЇ РАДИ БЕРЕЗІВСЬКОГО РАЙОНУ ОДЕСЬКОЇ ОБЛАСТІ", SM),
    Paragraph("66542, Одеська обл., Березівський р-н, с. Петровірівка, вул. Центральна, 62, тел. (04856) 0-3-12-44, "
              "szn.petrovirivka@example.ua", SM),
    Spacer(1, 10),
    Paragraph("ЗВІТ про результати зовнішньої оцінки якості соціальної послуги догляду вдома, наданої Комунальною "
              "установою «Центр надання соціальних послуг» Петровірівської сільської ради у 2021 році", H),
    Paragraph("Зовнішню оцінку проведено відповідно до Порядку, затвердженого постановою Кабінету Міністрів України "
              "від 01.06.2020 № 449, та Методичних рекомендацій, затверджених наказом Мінсоцполітики від 27.12.2013 "
              "№ 904, на підставі розпорядження сільського голови від 07.02.2022 № 18-од. Оцінку здійснювала комісія "
              "у складі 4 осіб з 14 по 25 лютого 2022 року. Оцінювався період з 01.01.2021 по 31.12.2021.", N),
    Paragraph("1. Загальна інформація про надання послуги", H2),
    Paragraph("У 2021 році послугу догляду вдома отримували 63 особи, з них одинокі громадяни похилого віку – 41, "
              "особи з інвалідністю, які не можуть самостійно пересуватися, – 22. Середній вік отримувачів – 78 років. "
              "Протягом року на обслуговування взято 14 осіб, знято з обслуговування 9 осіб (6 – у зв'язку зі "
              "смертю, 3 – у зв'язку з влаштуванням до будинку-інтернату).", N),
    Paragraph("Послугу надають 9 соціальних робітників при 10 штатних посадах. Вартість однієї години платної "
              "послуги – 48,30 грн.", N),
    Paragraph("2. Методи оцінювання", H2),
    Paragraph("Комісія вивчила 20 особових справ отримувачів, провела 12 спостережень за наданням послуги та "
              "анкетування 48 отримувачів (76,2 % від загальної кількості). Частку позитивних відповідей за кожним "
              "критерієм оцінено за шкалою: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – "
              "«незадовільно».", N),
    Paragraph("3. Результати оцінки за критеріями", H2),
    Paragraph("Таблиця. Результати оцінки якості послуги догляду вдома", SM),
    Spacer(1, 4),
]
rows = [["Критерій", "Позитивних відповідей, %", "Оцінка"],
        ["Адресність та індивідуальний підхід", "93,8", "добре"],
        ["Результативність", "87,5", "добре"],
        ["Своєчасність", "77,1", "задовільно"],
        ["Доступність та відкритість", "83,3", "добре"],
        ["Зручність", "72,9", "добре"],
        ["Повага до гідності", "97,9", "добре"],
        ["Професійність", "89,6", "добре"],
        ["Загальна оцінка", "86,0", "добре"]]
t = Table(rows, colWidths=[8 * cm, 5 * cm, 3 * cm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 11), ("FONT", (0, 0), (-1, 0), "LSerif-B", 11),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
story += [t, Spacer(1, 8),
          Paragraph("Загальну оцінку визначено як середнє значення часток позитивних відповідей за сімома критеріями. "
                    "Скарг від отримувачів послуги у 2021 році не надходило.", N),
          Paragraph("4. Висновки та рекомендації", H2),
          Paragraph("За результатами зовнішньої оцінки якість надання послуги догляду вдома визнано «добре». "
                    "Рекомендовано до 01.06.2022 переглянути графіки відвідування отримувачів у 3 віддалених "
                    "селах та забезпечити соціальних робітників велосипедами.", N),
          Spacer(1, 8),
          Paragraph("Голова комісії ____________     Члени комісії ____________", N),
          Paragraph("28.02.2022", N)]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSerif", 9)
    canvas.drawCentredString(A4[0] / 2, 1.2 * cm, f"Сторінка {doc.page}")
    canvas.restoreState()


SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, leftMargin=2 * cm, rightMargin=1.5 * cm,
                  topMargin=1.8 * cm, bottomMargin=2 * cm, title="Звіт про зовнішню оцінку якості",
                  author="ВСЗН").build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(NAME, {"centre": "Центр надання соціальних послуг Петровірівської сільської ради", "centre_type": "cnsp",
                "settlement": "Петровірівка", "oblast": "Одеська", "report_kind": "external_assessment",
                "period_start": "2021-01-01", "period_end": "2021-12-31"},
         {"centre": ["Комунальна установа «Центр надання соціальних послуг» Петровірівської сільської ради",
                     "КУ «Центр надання соціальних послуг» Петровірівської сільської ради"],
          "settlement": ["Петровірівська сільська громада"]})
F = g.f
srv = F("served", "persons", 63, "послугу догляду вдома отримували 63 особи", service="home_care")
c1 = F("served", "persons", 41, "одинокі громадяни похилого віку – 41", service="home_care", category="одинокі громадяни похилого віку",
       group="home_care_63_by_category", parent=srv)
c2 = F("served", "persons", 22, "особи з інвалідністю, які не можуть самостійно пересуватися, – 22", service="home_care",
       category="особи з інвалідністю, які не можуть самостійно пересуватися", group="home_care_63_by_category", parent=srv)
F("served", "persons", 14, "на обслуговування взято 14 осіб", service="home_care", label="взято на обслуговування",
  alt=["registered_new", "support_started"])
der = F("deregistered", "persons", 9, "знято з обслуговування 9 осіб", service="home_care")
d1 = F("deregistered", "persons", 6, "6 – у зв'язку зі смертю", service="home_care", label="у зв'язку зі смертю", alt=["outcome_other"],
       group="deregistered_9_by_reason", parent=der)
d2 = F("deregistered", "persons", 3, "3 – у зв'язку з влаштуванням до будинку-інтернату", service="home_care",
       label="влаштування до будинку-інтернату", alt=["outcome_other"], group="deregistered_9_by_reason", parent=der)
act = F("staff_actual", "staff", 9, "Послугу надають 9 соціальних робітників")
pos = F("staff_positions", "positions", 10, "при 10 штатних посадах")
resp = F("survey_respondents", "recipients", 48, "анкетування 48 отримувачів (76,2 % від загальної кількості)", percent=76.2,
         service="home_care", unit_alt="persons")
crit = [("targeting", "Адресність та індивідуальний підхід", 93.8, "good"), ("effectiveness", "Результативність", 87.5, "good"),
        ("timeliness", "Своєчасність", 77.1, "satisfactory"), ("accessibility", "Доступність та відкритість", 83.3, "good"),
        ("convenience", "Зручність", 72.9, "good"), ("dignity", "Повага до гідності", 97.9, "good"),
        ("professionalism", "Професійність", 89.6, "good")]
UA = {"good": "добре", "satisfactory": "задовільно"}
sh, rt = [], []
for cid, lab, p, r in crit:
    q = f"{lab}\t{str(p).replace('.', ',')}\t{UA[r]}"
    sh.append(F("share", "percent", p, q, criterion=cid, service="home_care", label=f"позитивні відповіді: {lab}", alt=["satisfaction"]))
    rt.append(F("rating", "rating", r, q, criterion=cid, service="home_care"))
TOT = "Загальна оцінка\t86,0\tдобре"
osh = F("share", "percent", 86, TOT, criterion="overall", service="home_care",
        label="середнє значення часток позитивних відповідей за сімома критеріями", alt=["satisfaction"])
ort = F("rating", "rating", "good", TOT, criterion="overall", service="home_care")
F("complaints", "complaints", 0, "Скарг від отримувачів послуги у 2021 році не надходило.")
ort2 = F("rating", "rating", "good", "якість надання послуги догляду вдома визнано «добре»", criterion="overall", service="home_care",
         label="висновки (повтор)")
BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
i_conv = 4
g.slip("rating_band", "error", "Зручність\t72,9\tдобре", "good", "satisfactory", [sh[i_conv], rt[i_conv]],
       "Зручність 72,9 % is rated «добре», but the document's own scale gives «добре» only for 80–100 %; 72,9 % is «задовільно» (60–79,9 %)",
       f"band({sh[i_conv]}, {BANDS}) == {rt[i_conv]}")
C = g.check
for k, (cid, lab, p, r) in enumerate(crit):
    if k == i_conv:
        continue
    C("rating_band", f"{lab}\t{str(p).replace('.', ',')}\t{UA[r]}", f"{lab}: {p} % → {UA[r]} on the document's scale",
      f"band({sh[k]}, {BANDS}) == {rt[k]}")
C("rating_band", TOT, "overall 86,0 % → добре", f"band({osh}, {BANDS}) == {ort} and {ort2} == {ort}")
C("table_arithmetic", TOT, "overall = mean of the seven criterion shares: 602,1 / 7 = 86,01 → 86,0",
  f"abs(({' + '.join(sh)}) / 7 - {osh}) < 0.05")
C("percent_impossible", "Критерій\tПозитивних відповідей, %\tОцінка", "each criterion share is reachable with 48 respondents (45, 42, 37, 40, 35, 47, 43 of 48)",
  " and ".join(f"grim_ok({s}, {resp}, 1)" for s in sh))
C("percent_mismatch", "анкетування 48 отримувачів (76,2 % від загальної кількості)", "48/63 = 76,19 → 76,2", f"pct_ok(p{resp[1:]}, {resp}, {srv}, 1)")
C("parts_sum", "з них одинокі громадяни похилого віку – 41", "41 + 22 = 63", f"{c1} + {c2} == {srv}")
C("parts_sum", "знято з обслуговування 9 осіб (6", "6 + 3 = 9", f"{d1} + {d2} == {der}")
C("parts_sum", "Послугу надають 9 соціальних робітників при 10 штатних посадах", "9 ≤ 10", f"{act} <= {pos}")
S = g.skip
S("66542, Одеська обл., Березівський р-н, с. Петровірівка, вул. Центральна, 62, тел. (04856) 0-3-12-44", [66542, 62, 4856, 31244],
  "postcode, address, phone")
S("Петровірівської сільської ради у 2021 році", [2021], "year in the title")
S("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "КМУ act date and number")
S("наказом Мінсоцполітики від 27.12.2013 № 904", [27, 12, 2013, 904], "order date and number")
S("розпорядження сільського голови від 07.02.2022 № 18-од", [7, 2, 2022, 18], "order date and number")
S("комісія у складі 4 осіб з 14 по 25 лютого 2022 року", [4, 14, 25, 2022], "commission size, assessment dates")
S("Оцінювався період з 01.01.2021 по 31.12.2021.", [1, 1, 2021, 31, 12, 2021], "assessed period (dates)")
S("Середній вік отримувачів – 78 років.", [78], "average age")
S("Вартість однієї години платної послуги – 48,30 грн.", [48.3], "tariff")
S("Комісія вивчила 20 особових справ отримувачів, провела 12 спостережень", [20, 12], "assessment methods (case files, observations)")
S("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60], "the document's rating bands")
S("1. Загальна інформація про надання послуги", [1, 2, 3, 4], "section numbers")
S("середнє значення часток позитивних відповідей за сімома критеріями", [7], "number of criteria in words")
S("Рекомендовано до 01.06.2022 переглянути графіки відвідування отримувачів у 3 віддалених", [1, 6, 2022, 3], "recommendation deadline, number of villages")
S("28.02.2022", [28, 2, 2022], "signing date")
g.note("external assessment written by the відділ соціального захисту населення; meta centre is the assessed provider (blind18 b18_05 convention), report period 2021 (the assessed year), not the February 2022 assessment dates")
g.note("criteria table: each row gives a share (criterion, alt satisfaction) and a rating; the «Загальна оцінка» row gives share 86 (criterion overall) and rating good; the conclusion repeats the overall rating: a second rating fact labelled as a repeat")
g.note("«анкетування 48 отримувачів (76,2 % від загальної кількості)» → survey_respondents 48 (recipients, unit_alt persons) with percent 76,2 of the 63 served")
g.note("«на обслуговування взято» → served with alt registered_new/support_started; «знято з обслуговування» → deregistered with labelled reasons (alt outcome_other)")
g.note("the overall 86,0 is stored as 86 (whole value)")
g.write()
