"""b98_06: external quality assessment of home care provided by the ТЦСО of Дворічанська селищна рада (Харківська)
in January–September 2021, written by the district УСЗН. reportlab PDF, third person, survey table in percentages."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b98_06_dvorichna_tcso_external2021.pdf"
register_fonts()
body = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6, firstLineIndent=10 * mm)
head = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, spaceAfter=8, alignment=1)
sub = ParagraphStyle("s", fontName="LSerif-B", fontSize=11, leading=14, spaceBefore=4, spaceAfter=4)
cell = ParagraphStyle("c", fontName="LSans", fontSize=9.5, leading=11.5)

S = []
def p(t, st=body):
    S.append(Paragraph(t, st))

p("Управління соціального захисту населення Куп'янської районної державної адміністрації", sub)
p("ДОВІДКА<br/>за результатами зовнішньої оцінки якості соціальної послуги догляду вдома, наданої "
  "територіальним центром соціального обслуговування (надання соціальних послуг) Дворічанської селищної ради", head)
p("Зовнішню оцінку проведено з 11 по 22 жовтня 2021 року на підставі наказу управління від 04.10.2021 № 97 "
  "робочою групою у складі 4 осіб. Оцінювалася якість послуги догляду вдома, наданої протягом січня – вересня "
  "2021 року. Територіальний центр (код ЄДРПОУ 26339870; 62702, Харківська обл., смт Дворічна, вул. Слобожанська, 9; "
  "тел. (05750) 0-51-37) обслуговує 38 населених пунктів громади, найвіддаленіший з яких розташований за 42 км "
  "від селища.")
p("1. Загальна характеристика послуги", sub)
p("Протягом січня – вересня 2021 року послугу догляду вдома отримували 176 осіб: одинокі громадяни похилого віку – 104, "
  "особи з інвалідністю – 47, інші громадяни, які не здатні до самообслуговування, – 25. Середній вік отримувачів – "
  "79 років. Послугу надавали 22 соціальні робітники при штатній чисельності відділення 24 посади.")
p("Оцінку потреб за звітний період проведено 41 особі, з них 38 осіб взято на обслуговування. Знято з обслуговування "
  "29 осіб: 18 – у зв'язку зі смертю, 6 – у зв'язку з влаштуванням до будинку-інтернату, 5 – за заявою про відмову. "
  "Станом на 30.09.2021 на обслуговуванні перебувало 147 осіб. Вартість однієї години послуги, встановлена рішенням "
  "виконавчого комітету від 23.12.2020 № 211, – 62,15 грн.")
p("2. Опитування отримувачів", sub)
p("Робоча група провела анкетування 48 отримувачів (27,3 % від загальної кількості) та перевірила 30 особових справ. "
  "Відповіді наведено в таблиці 2.")
rows = [["№", "Питання анкети", "Так, %", "Ні, %"],
        ["1", "Задоволені графіком відвідувань", "93,8", "6,2"],
        ["2", "Соціальний робітник приходить вчасно", "89,6", "10,4"],
        ["3", "Послуги надаються в повному обсязі", "85,4", "14,6"],
        ["4", "До мене ставляться з повагою", "97,9", "2,1"],
        ["5", "Знаю, куди звернутися зі скаргою", "78,9", "21,1"]]
data = [[Paragraph(c, cell) for c in r] for r in rows]
S.append(Paragraph("Таблиця 2. Результати анкетування отримувачів послуги догляду вдома", sub))
t = Table(data, colWidths=[10 * mm, 95 * mm, 22 * mm, 22 * mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S.append(t)
S.append(Spacer(1, 6))
p("Скарг на якість послуги протягом 2021 року не надходило.")
p("3. Оцінка за критеріями", sub)
p(("За результатами зовнішньої оцінки робоча група визначила рівень якості послуги за критеріями: адресність та "
  "індивідуальний підхід – «добре», своєчасність – «добре», доступність та відкритість – «задовільно» (частина сіл "
  "не має регулярного транспортного сполучення), повага до гідності отримувача – «добре», професійність – «добре».")
  .replace(" – «", "\u00a0– «"))
p("Загальна оцінка якості послуги догляду вдома – «добре».")
p("4. Рекомендації", sub)
p("1) до 31.12.2021 укласти договір на підвезення соціальних робітників до 6 віддалених сіл; 2) забезпечити "
  "заповнення 2 вакантних посад соціальних робітників; 3) провести навчання з питань розгляду скарг.")
p("Начальник управління                                                        (підпис)<br/>02.11.2021")


def footer(c, d):
    c.saveState()
    c.setFont("LSans", 8)
    c.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {d.page}")
    c.restoreState()


path = report_path(DOC)
doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                        topMargin=18 * mm, bottomMargin=20 * mm, title="Довідка", author="УСЗН")
doc.build(S, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Дворічанської селищної ради",
    "centre_type": "tcso", "settlement": "Дворічна", "oblast": "Харківська",
    "report_kind": "external_assessment", "period_start": "2021-01-01", "period_end": "2021-09-30"},
    {"period_end": ["2021-12-31"], "settlement": ["Дворічанська селищна громада"]})
F = g.f
sv = F("served", "persons", 176, "послугу догляду вдома отримували 176 осіб", service="home_care")
c1 = F("served", "persons", 104, "одинокі громадяни похилого віку – 104", service="home_care",
       category="одинокі громадяни похилого віку", group="home_care_176", parent=sv)
c2 = F("served", "persons", 47, "особи з інвалідністю – 47", service="home_care", category="особи з інвалідністю",
       group="home_care_176", parent=sv)
c3 = F("served", "persons", 25, "не здатні до самообслуговування, – 25", service="home_care",
       category="інші громадяни, які не здатні до самообслуговування", group="home_care_176", parent=sv)
sw = F("staff_actual", "staff", 22, "Послугу надавали 22 соціальні робітники", label="соціальні робітники")
sp = F("staff_positions", "positions", 24, "при штатній чисельності відділення 24 посади", label="посади соціальних робітників відділення")
na = F("needs_assessed", "persons", 41, "Оцінку потреб за звітний період проведено 41 особі")
nw = F("served", "persons", 38, "з них 38 осіб взято на обслуговування", service="home_care",
       alt=["registered_new", "support_started"], label="взято на обслуговування", parent=na)
out = F("deregistered", "persons", 29, "Знято з обслуговування 29 осіб", service="home_care")
o1 = F("deregistered", "persons", 18, "18 – у зв'язку зі смертю", service="home_care", label="у зв'язку зі смертю",
       group="removed_29", parent=out)
o2 = F("deregistered", "persons", 6, "6 – у зв'язку з влаштуванням до будинку-інтернату", service="home_care",
       label="влаштування до будинку-інтернату", group="removed_29", parent=out)
o3 = F("deregistered", "persons", 5, "5 – за заявою про відмову", service="home_care", label="відмова",
       group="removed_29", parent=out)
end = F("support_ongoing", "persons", 147, "Станом на 30.09.2021 на обслуговуванні перебувало 147 осіб",
        service="home_care", alt=["served"], label="на кінець періоду")
rs = F("survey_respondents", "recipients", 48, "анкетування 48 отримувачів (27,3 % від загальної кількості)",
       percent=27.3, unit_alt="persons", service="home_care")
qs = [("Задоволені графіком відвідувань", "1\tЗадоволені графіком відвідувань\t93,8\t6,2", 93.8, 6.2),
      ("Соціальний робітник приходить вчасно", "2\tСоціальний робітник приходить вчасно\t89,6\t10,4", 89.6, 10.4),
      ("Послуги надаються в повному обсязі", "3\tПослуги надаються в повному обсязі\t85,4\t14,6", 85.4, 14.6),
      ("До мене ставляться з повагою", "4\tДо мене ставляться з повагою\t97,9\t2,1", 97.9, 2.1),
      ("Знаю, куди звернутися зі скаргою", "5\tЗнаю, куди звернутися зі скаргою\t78,9\t21,1", 78.9, 21.1)]
yes, no = [], []
for i, (lab, q, y, nn) in enumerate(qs):
    yes.append(F("share", "percent", y, q, service="home_care", label=f"{lab}: так", alt=["satisfaction"]))
    no.append(F("share", "percent", nn, q, service="home_care", label=f"{lab}: ні"))
cpl = F("complaints", "complaints", 0, "Скарг на якість послуги протягом 2021 року не надходило.",
        note="«протягом 2021 року» in a report on January–September: read as the assessed period")
rat = [("targeting", "адресність та індивідуальний підхід – «добре»", "good"),
       ("timeliness", "своєчасність – «добре»", "good"),
       ("accessibility", "доступність та відкритість – «задовільно»", "satisfactory"),
       ("dignity", "повага до гідності отримувача – «добре»", "good"),
       ("professionalism", "професійність – «добре»", "good")]
rids = [F("rating", "rating", v, q, criterion=c, service="home_care") for c, q, v in rat]
ov = F("rating", "rating", "good", "Загальна оцінка якості послуги догляду вдома – «добре».", criterion="overall",
       service="home_care")

n = lambda x: x[1:]
g.check("parts_sum", "послугу догляду вдома отримували 176 осіб", "104 + 47 + 25 = 176", f"{c1} + {c2} + {c3} == {sv}")
g.check("parts_sum", "Послугу надавали 22 соціальні робітники", "22 ≤ 24 (2 vacancies, as the recommendations say)",
        f"{sw} + 2 == {sp}")
g.check("parts_sum", "з них 38 осіб взято на обслуговування", "38 ≤ 41", f"{nw} <= {na}")
g.check("parts_sum", "18 – у зв'язку зі смертю", "18 + 6 + 5 = 29", f"{o1} + {o2} + {o3} == {out}")
g.check("table_arithmetic", "Станом на 30.09.2021 на обслуговуванні перебувало 147 осіб",
        "176 served in the period − 29 removed = 147 at its end", f"{sv} - {out} == {end}")
g.check("percent_mismatch", "анкетування 48 отримувачів (27,3 % від загальної кількості)", "48 / 176 = 27,27 % → 27,3",
        f"pct_ok(p{n(rs)}, {rs}, {sv}, 1)")
for i in range(5):
    g.check("percents_sum", qs[i][1], f"так + ні = {qs[i][2]} + {qs[i][3]} = 100", f"psum_ok([{yes[i]}, {no[i]}], 1)")
for i in range(4):
    g.check("percent_impossible", qs[i][1], f"{qs[i][2]} and {qs[i][3]} are reachable with 48 respondents",
            f"grim_ok({yes[i]}, {rs}, 1) and grim_ok({no[i]}, {rs}, 1)")

g.slip("percent_impossible", "error", qs[4][1], 78.9, "79,2 (38 of 48) or 77,1 (37 of 48)", [yes[4], no[4], rs],
       "with 48 respondents no whole number of answers gives 78,9 % (37 → 77,1 %, 38 → 79,2 %) or 21,1 % (10 → 20,8 %, 11 → 22,9 %); the pair still sums to 100",
       f"grim_ok({yes[4]}, {rs}, 1) and grim_ok({no[4]}, {rs}, 1)")

g.skip("Зовнішню оцінку проведено з 11 по 22 жовтня 2021 року на підставі наказу управління від 04.10.2021 № 97 робочою групою у складі 4 осіб",
       [11, 22, 2021, 4, 10, 2021, 97, 4], "assessment dates, order, group size")
g.skip("наданої протягом січня – вересня 2021 року", [2021], "assessed period")
g.skip("код ЄДРПОУ 26339870; 62702, Харківська обл., смт Дворічна, вул. Слобожанська, 9", [26339870, 62702, 9], "ЄДРПОУ, postcode, address")
g.skip("тел. (05750) 0-51-37", [5750, 5137], "phone")
g.skip("обслуговує 38 населених пунктів громади", [38], "settlements")
g.skip("за 42 км", [42], "distance")
g.skip("1. Загальна характеристика послуги", [1, 2, 3, 4], "section numbers")
g.skip("Середній вік отримувачів – 79 років.", [79], "average age")
g.skip("рішенням виконавчого комітету від 23.12.2020 № 211, – 62,15 грн", [23, 12, 2020, 211, 62.15], "decision, tariff")
g.skip("перевірила 30 особових справ", [30], "case files: no §3 id")
g.skip("Відповіді наведено в таблиці 2.", [2], "table number")
g.skip("Таблиця 2. Результати анкетування", [2], "table number")
g.skip("1\tЗадоволені графіком відвідувань", [1, 2, 3, 4, 5], "row numbers")
g.skip("1) до 31.12.2021 укласти договір на підвезення соціальних робітників до 6 віддалених сіл", [1, 31, 12, 2021, 6],
       "recommendation, deadline, villages")
g.skip("2) забезпечити заповнення 2 вакантних посад соціальних робітників; 3) провести", [2, 2, 3],
       "recommendation numbers, vacancies (no §3 id; used as a literal)")
g.skip("02.11.2021", [2, 11, 2021], "date of signature")

g.note("period: the assessed period is January–September 2021 («наданої протягом січня – вересня 2021 року»); meta_alt accepts the calendar year")
g.note("survey table: both columns are standalone percentages of one question (no counts written) → share facts with labels; «так» has alt satisfaction")
g.note("the criterion ratings are written in prose; the overall rating is a separate sentence")
g.note("«з них 38 осіб взято на обслуговування» (of 41 assessed) → served with label, alt registered_new/support_started, parent the assessment")
g.note("respondents are «отримувачів» → recipients (unit_alt persons), with the written 27,3 % of the 176 served")
g.note("the page footer «Сторінка N» is not in the read text")
g.note("planted slip: 78,9 % / 21,1 % are impossible with 48 respondents (GRIM)")
g.write()
