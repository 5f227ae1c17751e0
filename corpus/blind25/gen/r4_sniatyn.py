"""b25_04: ЦНСП Снятинської міської ради (Івано-Франківська). NEW STYLE: final report of a
donor-funded project run by the centre (a grant of an invented international charitable fund):
project indicators «цільове значення / досягнуто», activities with participants, a budget by budget
line in hryvnias and USD, success stories. reportlab PDF with a running header on each page."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b25_04_sniatyn_cnsp_project2024.pdf"
register_fonts()
N = ParagraphStyle("n", fontName="LSerif", fontSize=11, leading=14, spaceAfter=5)
H = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)
T = ParagraphStyle("t", fontName="LSerif-B", fontSize=13, leading=16, alignment=1, spaceAfter=6)

story = []
story.append(Paragraph("Комунальна установа «Центр надання соціальних послуг» Снятинської міської ради", T))
story.append(Paragraph("78300, Івано-Франківська обл., м. Снятин, вул. Шевченка, 61; тел. (03476) 0-25-90; "
                       "e-mail: cnsp.sniatyn@example.ua; код ЄДРПОУ 44630871", N))
story.append(Paragraph("ФІНАЛЬНИЙ ЗВІТ про виконання проєкту «Мобільні соціальні послуги для віддалених сіл "
                       "Снятинщини»", T))
story.append(Paragraph("1. Загальна інформація", H))
story.append(Paragraph("Грантодавець: міжнародний благодійний фонд «Партнерство громад» (далі – Фонд). Грантова "
                       "угода № PG-UA-2024/117 від 20.03.2024. Період реалізації проєкту: з 1 квітня 2024 року по "
                       "31 березня 2025 року (12 місяців). Бюджет проєкту – 1 842 600 грн (еквівалент 44 500 USD). "
                       "Територія: 22 віддалені села Снятинської міської територіальної громади.", N))
story.append(Paragraph("2. Досягнення індикаторів проєкту", H))
ind = [
    ["Індикатор", "Цільове значення", "Досягнуто", "% виконання"],
    ["Отримувачі послуг мобільної бригади, осіб", "400", "437", "109"],
    ["з них внутрішньо переміщені особи", "120", "146", "122"],
    ["Надано соціальних послуг", "2 500", "2 918", "117"],
    ["Особи, яким проведено оцінку потреб", "300", "352", "117"],
    ["Групові заходи", "24", "26", "108"],
    ["Учасники групових заходів, осіб", "360", "412", "114"],
    ["Фахівці Центру, які пройшли навчання", "10", "11", "110"],
]
ts = TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                 ("FONTNAME", (0, 0), (-1, 0), "LSerif-B"), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                 ("ALIGN", (1, 1), (-1, -1), "RIGHT")])
t = Table(ind, colWidths=[78 * mm, 32 * mm, 26 * mm, 26 * mm])
t.setStyle(ts)
story.append(t)
story.append(Spacer(1, 6))
story.append(Paragraph("3. Виконані заходи", H))
story.append(Paragraph("Мобільна бригада Центру (фахівець із соціальної роботи, психолог і юрист) здійснила 148 "
                       "виїздів. Послуги бригади отримали 437 осіб, з них 146 внутрішньо переміщених осіб (33,4 %).", N))
story.append(Paragraph("Загалом надано 2 918 соціальних послуг, а саме: консультування – 2 104, інформування – 512, "
                       "представництво інтересів – 265, екстрене (кризове) втручання – 37. Оцінку потреб проведено "
                       "352 особам. Натуральну допомогу (гігієнічні набори, 1 120 шт.) отримали 286 осіб.", N))
story.append(Paragraph("Проведено 26 групових заходів: 14 зустрічей груп взаємопідтримки для ВПО (183 учасники), "
                       "8 інформаційних сесій з безпеки в громаді (161 учасник) та 4 заняття «Школи батьківства» "
                       "(68 учасників). Усього у заходах взяли участь 412 осіб.", N))
story.append(Paragraph("11 фахівців Центру пройшли 40-годинний курс «Кейс-менеджмент у громаді» та отримали "
                       "сертифікати.", N))
story.append(Paragraph("Загалом програма Фонду у 2024–2025 роках підтримала 37 громад у 6 областях і охопила "
                       "понад 25 000 осіб.", N))
story.append(Paragraph("4. Фінансовий звіт", H))
bud = [
    ["Стаття бюджету", "Затверджено, грн", "Використано, грн", "Використано, USD"],
    ["1. Оплата праці персоналу проєкту", "1 046 000", "1 046 000", "25 260"],
    ["2. Транспорт (оренда авто, паливо)", "312 400", "305 870", "7 390"],
    ["3. Навчання персоналу", "96 000", "94 200", "2 275"],
    ["4. Натуральна допомога (гігієнічні набори)", "268 800", "268 800", "6 490"],
    ["5. Обладнання (ноутбуки, планшети)", "85 200", "84 930", "2 050"],
    ["6. Адміністративні витрати", "34 200", "33 750", "815"],
    ["Разом", "1 842 600", "1 833 550", "44 280"],
]
t2 = Table(bud, colWidths=[70 * mm, 32 * mm, 32 * mm, 30 * mm])
t2.setStyle(ts)
story.append(t2)
story.append(Spacer(1, 6))
story.append(Paragraph("Залишок коштів гранту в сумі 9 050 грн повернуто Фонду 04.04.2025. Суми в доларах США "
                       "перераховано за середнім курсом 41,41 грн за 1 USD.", N))
story.append(Paragraph("5. Історії успіху", H))
story.append(Paragraph("Пані Марія (ім'я змінено), 78 років, живе сама в селі за 30 км від Снятина. Після двох "
                       "виїздів юриста бригади вона оформила житлову субсидію і тепер отримує 2 340 грн на місяць.", N))
story.append(Paragraph("Родина ВПО з Харківщини (мати та троє дітей віком 4, 9 і 13 років) після 6 зустрічей з "
                       "психологом бригади записала дітей до школи, а мати знайшла роботу в місцевому "
                       "фермерському господарстві.", N))
story.append(Paragraph("6. Сталість результатів", H))
story.append(Paragraph("Рішенням Снятинської міської ради від 19.12.2024 № 1254-28/2024 у бюджеті громади на 2025 "
                       "рік передбачено 620 тис. грн на продовження роботи мобільної бригади після завершення "
                       "проєкту. Звіт складено 10.04.2025.", N))
story.append(Paragraph("Директор Центру (підпис)          Бухгалтер проєкту (підпис)", N))


def header(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawString(20 * mm, 287 * mm, "Грантова угода № PG-UA-2024/117 · фінальний звіт")
    canvas.restoreState()


out = report_path(DOC)
SimpleDocTemplate(out, pagesize=A4, invariant=1, leftMargin=20 * mm, rightMargin=20 * mm,
                  topMargin=18 * mm, bottomMargin=18 * mm,
                  title="Фінальний звіт проєкту", author="ЦНСП").build(story, onFirstPage=header, onLaterPages=header)

g = Gold(DOC, {
    "centre": "Комунальна установа «Центр надання соціальних послуг» Снятинської міської ради",
    "centre_type": "cnsp", "settlement": "Снятин", "oblast": "Івано-Франківська",
    "report_kind": "other", "period_start": "2024-04-01", "period_end": "2025-03-31"},
    meta_alt={"centre": ["Центр надання соціальних послуг Снятинської міської ради",
                         "КУ «Центр надання соціальних послуг» Снятинської міської ради"],
              "report_kind": ["period_report"]})
F = g.f
R = lambda row: "\t".join(row)
f1 = F("served", "persons", 437, R(ind[1]), label="отримувачі послуг мобільної бригади (досягнуто)")
f2 = F("served", "persons", 146, R(ind[2]), category="внутрішньо переміщені особи", label="досягнуто", parent=f1)
f3 = F("services_provided", "services", 2918, R(ind[3]), label="досягнуто")
f4 = F("needs_assessed", "persons", 352, R(ind[4]), label="досягнуто")
f5 = F("events", "events", 26, R(ind[5]), label="досягнуто")
f6 = F("event_participants", "persons", 412, R(ind[6]), label="досягнуто")
f7 = F("staff_trained", "staff", 11, R(ind[7]), label="досягнуто")
f8 = F("served", "persons", 437, "Послуги бригади отримали 437 осіб")
f9 = F("served", "persons", 146, "з них 146 внутрішньо переміщених осіб (33,4 %)", percent=33.4,
       category="внутрішньо переміщені особи", parent=f8)
f10 = F("services_provided", "services", 2918, "Загалом надано 2 918 соціальних послуг")
f11 = F("services_provided", "services", 2104, "консультування – 2 104", service="counselling", group="services_2918", parent=f10)
f12 = F("services_provided", "services", 512, "інформування – 512", service="informing", group="services_2918", parent=f10)
f13 = F("services_provided", "services", 265, "представництво інтересів – 265", service="representation", group="services_2918", parent=f10)
f14 = F("services_provided", "services", 37, "екстрене (кризове) втручання – 37", service="crisis_intervention", group="services_2918", parent=f10)
f15 = F("needs_assessed", "persons", 352, "Оцінку потреб проведено 352 особам")
f16 = F("served", "persons", 286, "отримали 286 осіб", service="natural_aid", label="гігієнічні набори")
f17 = F("events", "events", 26, "Проведено 26 групових заходів")
f18 = F("events", "events", 14, "14 зустрічей груп взаємопідтримки для ВПО", label="групи взаємопідтримки для ВПО", group="events_26", parent=f17)
f19 = F("events", "events", 8, "8 інформаційних сесій з безпеки в громаді", label="інформаційні сесії з безпеки", group="events_26", parent=f17)
f20 = F("events", "events", 4, "4 заняття «Школи батьківства»", label="«Школа батьківства»", group="events_26", parent=f17)
f21 = F("event_participants", "persons", 412, "Усього у заходах взяли участь 412 осіб.")
f22 = F("event_participants", "persons", 183, "(183 учасники)", label="групи взаємопідтримки для ВПО", group="participants_412", parent=f21)
f23 = F("event_participants", "persons", 161, "(161 учасник)", label="інформаційні сесії з безпеки", group="participants_412", parent=f21)
f24 = F("event_participants", "persons", 68, "(68 учасників)", label="«Школа батьківства»", group="participants_412", parent=f21)
f25 = F("staff_trained", "staff", 11, "11 фахівців Центру пройшли 40-годинний курс")
TOT = " ".join(bud[-1])  # the Разом row fell on page 2, below the running header, and is read as a plain line
f26 = F("budget_approved", "uah", 1842600, TOT, label="бюджет проєкту, разом")
f27 = F("budget_spent", "uah", 1833550, TOT, label="бюджет проєкту, разом")
appr, spent = [], []
for row in bud[1:-1]:
    lab = row[0].split(". ", 1)[1]
    appr.append(F("budget_approved", "uah", int(row[1].replace(" ", "")), R(row), label=lab, group="grant_budget_approved", parent=f26))
    spent.append(F("budget_spent", "uah", int(row[2].replace(" ", "")), R(row), label=lab, group="grant_budget_spent", parent=f27))
f40 = F("budget_savings", "uah", 9050, "Залишок коштів гранту в сумі 9 050 грн повернуто Фонду",
        label="залишок коштів гранту, повернуто донору")

J = lambda ids: " + ".join("f" + x[1:] for x in ids)
g.check("table_arithmetic", TOT, "approved: 1 046 000 + 312 400 + 96 000 + 268 800 + 85 200 + 34 200 = 1 842 600", f"{J(appr)} == f26")
g.check("table_arithmetic", TOT, "used: 1 046 000 + 305 870 + 94 200 + 268 800 + 84 930 + 33 750 = 1 833 550", f"{J(spent)} == f27")
g.check("table_arithmetic", "Залишок коштів гранту в сумі 9 050 грн", "1 842 600 − 1 833 550 = 9 050", "f26 - f27 == f40")
g.check("table_arithmetic", TOT, "USD column: 25 260 + 7 390 + 2 275 + 6 490 + 2 050 + 815 = 44 280 (skipped amounts, literals)",
        "25260 + 7390 + 2275 + 6490 + 2050 + 815 == 44280")
g.check("internal_conflict", "Послуги бригади отримали 437 осіб", "prose repeats the indicator table: 437, 146, 2 918, 352, 26, 412, 11",
        "f8 == f1 and f9 == f2 and f10 == f3 and f15 == f4 and f17 == f5 and f21 == f6 and f25 == f7")
g.check("percent_mismatch", "з них 146 внутрішньо переміщених осіб (33,4 %)", "146/437 = 33,4 %", "pct_ok(p9, f9, f8, 1)")
g.check("parts_sum", "а саме: консультування – 2 104", "2 104 + 512 + 265 + 37 = 2 918", "f11 + f12 + f13 + f14 == f10")
g.check("parts_sum", "Проведено 26 групових заходів: 14", "14 + 8 + 4 = 26", "f18 + f19 + f20 == f17")
g.check("parts_sum", "Усього у заходах взяли участь 412 осіб.", "183 + 161 + 68 = 412", "f22 + f23 + f24 == f21")
g.check("percent_mismatch", R(ind[1]), "«% виконання» column (skipped ratios) agrees with achieved/target: 437/400 → 109, 146/120 → 122, 2 918/2 500 → 117, 352/300 → 117, 26/24 → 108, 412/360 → 114, 11/10 → 110",
        "pct_ok(109, f1, 400, 0) and pct_ok(122, f2, 120, 0) and pct_ok(117, f3, 2500, 0) and pct_ok(117, f4, 300, 0) and pct_ok(108, f5, 24, 0) and pct_ok(114, f6, 360, 0) and pct_ok(110, f7, 10, 0)")

g.skip("78300, Івано-Франківська обл., м. Снятин, вул. Шевченка, 61; тел. (03476) 0-25-90", [78300, 61, 3476, 2590], "postcode, address, phone")
g.skip("код ЄДРПОУ 44630871", [44630871], "ЄДРПОУ")
g.skip("Грантова угода № PG-UA-2024/117 від 20.03.2024.", [2024, 117, 20, 3, 2024], "grant agreement number and date")
g.skip("Грантова угода № PG-UA-2024/117 · фінальний звіт", [2024, 117], "running page header")
g.skip("з 1 квітня 2024 року по 31 березня 2025 року (12 місяців)", [1, 2024, 31, 2025, 12], "project period (used for meta), duration")
g.skip("Бюджет проєкту – 1 842 600 грн (еквівалент 44 500 USD).", [1842600, 44500],
       "grant amount in the general information: the same approved budget is annotated once, from the budget table's Разом row; the USD equivalent is skipped (foreign currency)")
g.skip("Територія: 22 віддалені села", [22], "settlements")
g.skip("1. Загальна інформація", [1, 2, 3, 4, 5, 6], "section numbers 1.–6. and budget line numbers 1.–6.")
g.skip(R(ind[1]), [400, 120, 2500, 300, 24, 360, 10],
       "«Цільове значення» column: project targets (one per indicator row)")
g.skip(R(ind[5]), [109, 122, 117, 117, 108, 114, 110], "«% виконання» column: achievement ratios (no §3 id)")
g.skip("здійснила 148 виїздів", [148], "trips (no §3 id)")
g.skip("(гігієнічні набори, 1 120 шт.)", [1120], "items")
g.skip("11 фахівців Центру пройшли 40-годинний курс", [40], "duration of the course")
g.skip("Загалом програма Фонду у 2024–2025 роках підтримала 37 громад у 6 областях і охопила понад 25 000 осіб.",
       [2024, 2025, 37, 6, 25000], "donor-wide figures, not the centre's results")
g.skip(R(bud[0]), [25260, 7390, 2275, 6490, 2050, 815, 44280],
       "«Використано, USD» column: foreign-currency equivalents")
g.skip("повернуто Фонду 04.04.2025", [4, 4, 2025], "date")
g.skip("за середнім курсом 41,41 грн за 1 USD", [41.41, 1], "exchange rate")
g.skip("78 років, живе сама в селі за 30 км від Снятина", [78, 30], "age, distance (success story)")
g.skip("Після двох виїздів юриста бригади вона оформила житлову субсидію і тепер отримує 2 340 грн на місяць.", [2, 2340], "success story: visits, a housing subsidy amount")
g.skip("(мати та троє дітей віком 4, 9 і 13 років) після 6 зустрічей", [3, 4, 9, 13, 6], "success story: children, ages, meetings")
g.skip("від 19.12.2024 № 1254-28/2024 у бюджеті громади на 2025 рік передбачено 620 тис. грн", [19, 12, 2024, 1254, 28, 2024, 2025, 620],
       "decision date and number; hromada budget planned for 2025 (after the project)")
g.skip("Звіт складено 10.04.2025.", [10, 4, 2025], "compile date")
g.note("period: the project period 01.04.2024–31.03.2025 (the report covers the whole project); report_kind other (a donor project report), alt period_report")
g.note("only the project-period results delivered by the centre are facts: the «Досягнуто» column and the prose. Targets, % of target, USD amounts, the grant amount in the general information (annotated once from the budget table) and the donor-wide figures are skipped")
g.note("the budget table breaks across the page: its Разом row is printed on page 2 after the running header and is read as a plain line with spaces, not as a table row")
g.note("the prose repeats the indicator table (437, 146, 2 918, 352, 26, 412, 11): two facts each; the table row quotes are the PDF lines, cells joined by spaces")
g.note("the budget is by budget line, not by KEKV: budget_approved / budget_spent with labels and no kekv; the returned balance 9 050 грн (= approved − used) → budget_savings")
g.note("natural aid: «Натуральну допомогу (гігієнічні набори …) отримали 286 осіб» → served, service natural_aid")
g.write()
