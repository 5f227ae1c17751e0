"""b12_06: ТЦСО м. Бердичева (Житомирська), порівняльний аналіз 2023 | 2024 | динаміка, % and percent-only monitoring results; PDF."""
from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

NAME = "b12_06_berdychiv_tcso_compare2024.pdf"
path = report_path(NAME)
doc = pdf_doc(path, pagesize=A4, leftMargin=20 * mm, rightMargin=15 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
              title="Порівняльний аналіз 2023-2024")
st = ParagraphStyle("b", fontName="DVS", fontSize=11, leading=15, spaceAfter=6, firstLineIndent=8 * mm)
li = ParagraphStyle("l", fontName="DVS", fontSize=11, leading=15, spaceAfter=2, leftIndent=8 * mm)
h = ParagraphStyle("h", fontName="DVB", fontSize=12, leading=16, alignment=1, spaceAfter=8)
cs = ParagraphStyle("c", fontName="DV", fontSize=9.5, leading=11.5)
ch = ParagraphStyle("ch", fontName="DVB", fontSize=9.5, leading=11.5, alignment=1)

ROWS = [
    ("Кількість отримувачів соціальних послуг, осіб", "1 412", "1 356", "96,0"),
    ("у т.ч. догляд вдома", "684", "702", "102,6"),
    ("денний догляд", "96", "88", "91,7"),
    ("натуральна допомога", "632", "576", "89,6"),
    ("обслуговано безоплатно", "1 061", "1 018", "95,9"),
    ("обслуговано платно", "351", "338", "96,3"),
    ("Кількість наданих соціальних послуг, од.", "58 940", "61 205", "103,8"),
    ("Соціальне таксі, поїздок", "388", "412", "106,2"),
    ("Звернулося за наданням послуг, осіб", "1 530", "1 471", "96,1"),
    ("Взято на обслуговування, осіб", "198", "180", "90,9"),
    ("Знято з обслуговування, осіб", "214", "236", "110,3"),
    ("Проведено групових заходів", "38", "46", "121,1"),
    ("Учасників групових заходів, осіб", "694", "812", "117,0"),
    ("Штатні одиниці", "62", "62", "100,0"),
    ("Фактично працюючих, осіб", "57", "59", "103,5"),
    ("Надійшло плати за платні соціальні послуги, тис. грн", "412,6", "455,3", "110,3"),
    ("Кількість скарг", "1", "0", "–"),
]
story = [
    Paragraph("ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) М. БЕРДИЧЕВА", h),
    Paragraph("Порівняльний аналіз основних показників діяльності за 2024 рік", h),
    Paragraph("Територіальний центр обслуговує територію Бердичівської міської територіальної громади Житомирської області (близько 71 тис. мешканців, з них 19,4 тис. – особи пенсійного віку). Нижче наведено основні показники роботи центру у 2024 році у порівнянні з 2023 роком.", st),
    Paragraph("Таблиця. Основні показники діяльності", h),
]
data = [[Paragraph(x, ch) for x in ("Показник", "2023 рік", "2024 рік", "Динаміка, %")]]
for r in ROWS:
    data.append([Paragraph(r[0], cs), r[1], r[2], r[3]])
t = Table(data, colWidths=[95 * mm, 27 * mm, 27 * mm, 26 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story += [t, Spacer(1, 5 * mm),
          Paragraph("У 2024 році соціальні послуги отримали 1 356 осіб, що на 4,0 % менше, ніж у 2023 році (1 412 осіб). Зменшення пов'язане з виїздом частини отримувачів за межі громади та смертю 97 отримувачів.", st),
          Paragraph("Протягом року 22 працівники підвищили кваліфікацію. Отримувачам натуральної допомоги видано продуктові та гігієнічні набори на загальну суму 1 284,5 тис. грн.", st),
          Paragraph("Результати моніторингу якості соціальних послуг у 2024 році", h),
          Paragraph("В анкетуванні взяли участь 250 отримувачів (18,4 % від загальної кількості). За його результатами:", st),
          Paragraph("– частка отримувачів, задоволених якістю послуги догляду вдома, – 96,4 %;", li),
          Paragraph("– частка отримувачів денного догляду, у яких покращився емоційний стан, – 81,8 %;", li),
          Paragraph("– частка отримувачів натуральної допомоги, які отримали допомогу своєчасно, – 99,1 %;", li),
          Paragraph("– частка працівників, які підвищили кваліфікацію, – 37,3 %.", li),
          Paragraph("Оцінка за критеріями якості:", st),
          Paragraph("– адресність та індивідуальний підхід – «добре»;", li),
          Paragraph("– доступність та відкритість – «добре»;", li),
          Paragraph("– повага до гідності отримувача – «добре»;", li),
          Paragraph("– своєчасність – «задовільно» (84,5 % послуг надано у встановлений строк).", li),
          Paragraph("Шкала: 80–100 % – «добре», 60–79 % – «задовільно», до 60 % – «незадовільно».", li),
          Paragraph("Загальна оцінка якості – «добре».", st),
          Paragraph("Директор територіального центру            (підпис)            м. Бердичів, вул. Житомирська, 54, тел. (04143) 0-20-58", st)]
doc.build(story)
text = read_text(path)


def row(label):
    for line in text.splitlines():
        if line.startswith(label + "\t"):
            return line
    raise SystemExit("row not found: " + label)


g = Gold(NAME, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) м. Бердичева", "centre_type": "tcso",
    "settlement": "Бердичів", "oblast": "Житомирська", "report_kind": "annual_report",
    "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"report_kind": ["period_report", "other"]})
R = {r[0]: row(r[0]) for r in ROWS}
tot = g.f("served", "persons", 1356, R[ROWS[0][0]], label="2024 рік")
h1 = g.f("served", "persons", 702, R["у т.ч. догляд вдома"], service="home_care", label="2024 рік", group="served_1356_by_service", parent=tot)
h2 = g.f("served", "persons", 88, R["денний догляд"], service="day_care", label="2024 рік", group="served_1356_by_service", parent=tot)
h3 = g.f("served", "persons", 576, R["натуральна допомога"], service="natural_aid", label="2024 рік", group="served_1356_by_service", parent=tot)
g.f("served", "persons", 1018, R["обслуговано безоплатно"], label="безоплатно", group="served_1356_by_payment", parent=tot)
g.f("served", "persons", 338, R["обслуговано платно"], label="платно", group="served_1356_by_payment", parent=tot)
ev = g.f("events", "events", 46, R["Проведено групових заходів"], label="2024 рік")
g.f("event_participants", "persons", 812, R["Учасників групових заходів, осіб"], label="2024 рік", parent=ev)
g.f("services_provided", "services", 61205, R["Кількість наданих соціальних послуг, од."], label="2024 рік")
g.f("services_provided", "services", 412, R["Соціальне таксі, поїздок"], service="social_taxi", label="2024 рік",
    note="trips of the social taxi counted as services (unit services); an extractor may skip it")
g.f("applied", "persons", 1471, R["Звернулося за наданням послуг, осіб"], label="2024 рік")
g.f("registered_new", "persons", 180, R["Взято на обслуговування, осіб"], label="2024 рік", alt=["support_started"])
g.f("deregistered", "persons", 236, R["Знято з обслуговування, осіб"], label="2024 рік")
g.f("staff_positions", "positions", 62, R["Штатні одиниці"], label="2024 рік")
g.f("staff_actual", "staff", 59, R["Фактично працюючих, осіб"], label="2024 рік")
g.f("budget_received", "uah", 455300, R["Надійшло плати за платні соціальні послуги, тис. грн"], label="2024 рік; плата за платні соціальні послуги")
g.f("complaints", "complaints", 0, R["Кількість скарг"], label="2024 рік")
g.f("served", "persons", 1356, "У 2024 році соціальні послуги отримали 1 356 осіб")
g.f("staff_trained", "staff", 22, "Протягом року 22 працівники підвищили кваліфікацію")
g.f("aid_value", "uah", 1284500, "видано продуктові та гігієнічні набори на загальну суму 1 284,5 тис. грн", service="natural_aid")
g.f("survey_respondents", "recipients", 250, "В анкетуванні взяли участь 250 отримувачів (18,4 % від загальної кількості)", percent=18.4, unit_alt="persons")
g.f("satisfaction", "percent", 96.4, "частка отримувачів, задоволених якістю послуги догляду вдома, – 96,4 %", service="home_care",
    label="частка отримувачів, задоволених якістю послуги догляду вдома")
g.f("share", "percent", 81.8, "частка отримувачів денного догляду, у яких покращився емоційний стан, – 81,8 %", service="day_care",
    label="частка отримувачів денного догляду, у яких покращився емоційний стан")
g.f("share", "percent", 99.1, "частка отримувачів натуральної допомоги, які отримали допомогу своєчасно, – 99,1 %", service="natural_aid",
    label="частка отримувачів натуральної допомоги, які отримали допомогу своєчасно")
g.f("share", "percent", 37.3, "частка працівників, які підвищили кваліфікацію, – 37,3 %", label="частка працівників, які підвищили кваліфікацію")
g.f("rating", "rating", "good", "адресність та індивідуальний підхід – «добре»", criterion="targeting")
g.f("rating", "rating", "good", "доступність та відкритість – «добре»", criterion="accessibility")
g.f("rating", "rating", "good", "повага до гідності отримувача – «добре»", criterion="dignity")
tsh = g.f("share", "percent", 84.5, "84,5 % послуг надано у встановлений строк", criterion="timeliness", label="частка послуг, наданих у встановлений строк")
trt = g.f("rating", "rating", "satisfactory", "своєчасність – «задовільно» (84,5 % послуг надано у встановлений строк)", criterion="timeliness")
g.f("rating", "rating", "good", "Загальна оцінка якості – «добре»", criterion="overall")

g.slip("table_arithmetic", "error", R[ROWS[0][0]], 1356, 1366, [tot, h1, h2, h3],
       "column «2024 рік»: 702 + 88 + 576 = 1 366, the total row says 1 356 (prose repeats 1 356). The dynamics 89,6 % of натуральна допомога fits 566 (566/632), so the slip is the cell 576; the 2023 column adds up (684 + 96 + 632 = 1 412)")
g.slip("rating_band", "error", "своєчасність – «задовільно» (84,5 % послуг надано у встановлений строк)", "satisfactory", "good", [tsh, trt],
       "84,5 % lies in the document's own 80–100 % «добре» band, but timeliness is rated «задовільно»")
g.check("parts_sum", R["обслуговано безоплатно"], "2024: 1 018 + 338 = 1 356 (2023: 1 061 + 351 = 1 412)")
g.check("percent_mismatch", "В анкетуванні взяли участь 250 отримувачів (18,4 % від загальної кількості)", "250/1 356 = 18,44 %")
g.check("percent_mismatch", "частка працівників, які підвищили кваліфікацію, – 37,3 %", "22/59 = 37,29 %")
g.check("rating_band", "Загальна оцінка якості – «добре»", "overall «добре»; the criterion ratings «добре» have no percentage given, so only timeliness can be checked against the bands")
g.skip(R[ROWS[0][0]], [1412, 96.0], "2023 column (other period) and the dynamics column (ratio) in every row")
g.skip("(близько 71 тис. мешканців, з них 19,4 тис. – особи пенсійного віку)", [71000, 19400], "population")
g.skip("що на 4,0 % менше, ніж у 2023 році (1 412 осіб)", [4.0, 2023, 1412], "change against the previous year and the prior-year figure")
g.skip("смертю 97 отримувачів", [97], "deaths: a reason for leaving, not reported as a count of deregistrations by reason (no partition given); doubt: could be outcome_other")
g.skip("Шкала: 80–100 % – «добре», 60–79 % – «задовільно», до 60 % – «незадовільно».", [80, 100, 60, 79, 60], "rating bands")
#, [80, 100, 60, 79, 60], "rating bands")
g.skip("м. Бердичів, вул. Житомирська, 54, тел. (04143) 0-20-58", [54, 4143, 0, 20, 58], "address and phone")
g.note("only the «2024 рік» column is a fact; the 2023 column is the previous period and «Динаміка, %» a ratio (both skipped)")
g.note("«Взято на обслуговування» → registered_new (alt support_started), «Знято з обслуговування» → deregistered, as for ТЦСО forms in earlier sets")
g.note("«Надійшло плати за платні соціальні послуги» → budget_received (455,3 тис. грн = 455 300)")
g.note("the 2024 «Кількість скарг» cell 0 → complaints 0")
g.write()
