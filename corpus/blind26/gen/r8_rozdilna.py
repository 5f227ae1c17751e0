"""b26_08: ЦСС Роздільнянської міської ради (Одеська), information on 2025 for a council session.
reportlab PDF, impersonal voice, a small table of families in СЖО by starosta district."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import Gold, register_fonts, report_path

NAME = "b26_08_rozdilna_css_session2025.pdf"
register_fonts()
PS = ParagraphStyle("n", fontName="LSerif", fontSize=11.5, leading=14.5, firstLineIndent=28, spaceAfter=4)
PB = ParagraphStyle("b", fontName="LSerif-B", fontSize=12, leading=15, spaceAfter=4)
PC = ParagraphStyle("c", fontName="LSerif-B", fontSize=12.5, leading=15.5, alignment=1, spaceAfter=6)

DIST = [("м. Роздільна", 41, 79), ("Лиманський", 14, 27), ("Степанівський", 12, 24),
        ("Кучурганський", 11, 22), ("Єгорівський", 10, 19)]
TF, TC = sum(x[1] for x in DIST), sum(x[2] for x in DIST)

P = lambda s: Paragraph(s, PS)  # noqa: E731
story = [
    Paragraph("ІНФОРМАЦІЯ<br/>про роботу Центру соціальних служб Роздільнянської міської ради за 2025 рік", PC),
    Paragraph("(до пленарного засідання 62 сесії Роздільнянської міської ради VIII скликання)", PC),
    Paragraph("1. Виявлення сімей у складних життєвих обставинах", PB),
    P("Упродовж 2025 року до Центру надійшли повідомлення про 143 сім'ї з дітьми, які можуть перебувати "
      "у складних життєвих обставинах. Оцінку потреб проведено 139 сім'ям, за її результатами складні "
      "життєві обставини визнано у 88 сімей, у яких виховується 171 дитина. Розподіл цих сімей "
      "за старостинськими округами наведено в таблиці."),
]
data = [["Старостинський округ", "Сімей у СЖО", "У них дітей"]] + \
       [[a, str(b), str(c)] for a, b, c in DIST] + [["Разом", str(TF), str(TC)]]
t = Table(data, colWidths=[200, 100, 100])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
story += [t, Spacer(1, 8),
          Paragraph("2. Надання соціальних послуг", PB),
          P("Соціальні послуги надано 1 026 сім'ям/особам (у 2024 році – 948), у тому числі: інформування – 402, "
            "консультування – 371, соціальний супровід сімей у СЖО – 88, соціальне супроводження прийомних "
            "сімей та ДБСТ – 11 (у них 43 дитини), екстрене (кризове) втручання – 34, соціальна профілактика – 120. "
            "Загальна кількість наданих послуг становить 4 318."),
          Paragraph("3. Соціальний супровід", PB),
          P("Соціальний супровід у 2025 році надавався 88 сім'ям, з них 57 сімей взято під супровід у звітному "
            "році (64,8 %). Серед сімей під супроводом: сімей внутрішньо переміщених осіб – 21, сімей, у яких "
            "батьки ухиляються від виконання батьківських обов'язків, – 26, сімей, у яких вчинено домашнє "
            "насильство, – 9."),
          P("Завершено супровід 49 сімей: з позитивним результатом – 35 (71,4 %), з мінімізацією складних життєвих "
            "обставин – 9 (18,4 %), з негативним результатом – 5 (10,2 %). Продовжено надання послуги у 2026 році "
            "39 сім'ям. Середня тривалість супроводу – 6 місяців."),
          Paragraph("4. Профілактична робота", PB),
          P("Проведено 23 групові заходи, якими охоплено 512 осіб, у тому числі 347 дітей. Фахівцями здійснено "
            "612 виїздів до сімей, зокрема 208 спільно з працівниками поліції та служби у справах дітей."),
          Paragraph("5. Кадрове та фінансове забезпечення", PB),
          P("Штатним розписом передбачено 16 посад, працює 14 фахівців, 2 посади вакантні. Усі 14 працівників "
            "пройшли навчання за програмами Національної соціальної сервісної служби."),
          P("Видатки на утримання Центру склали 6 842,7 тис. грн при плані 6 904,9 тис. грн (99,1 %). "
            "Скарг на роботу Центру не надходило."),
          Paragraph("6. Завдання на 2026 рік", PB),
          P("Запровадити послугу підтриманого проживання для 8 осіб з числа дітей-сиріт віком від 18 до 23 років, "
            "відкрити 2 нові консультаційні пункти."),
          Spacer(1, 10),
          Paragraph("Директор Центру соціальних служб (підпис)", PS),
          Paragraph("67400, Одеська обл., м. Роздільна, вул. Європейська, 19, тел. (04853) 0-31-26, css.rozdilna@example.ua", PS)]
SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, leftMargin=60, rightMargin=45,
                  topMargin=45, bottomMargin=45, title="Інформація ЦСС", author="ЦСС Роздільна").build(story)

g = Gold(NAME, {
    "centre": "Центр соціальних служб Роздільнянської міської ради", "centre_type": "css",
    "settlement": "Роздільна", "oblast": "Одеська", "report_kind": "annual_report",
    "period_start": "2025-01-01", "period_end": "2025-12-31"},
    {"report_kind": ["other"]})
f = g.f
nt = f("notified", "families", 143, "надійшли повідомлення про 143 сім'ї з дітьми")
na = f("needs_assessed", "families", 139, "Оцінку потреб проведено 139 сім'ям")
sj = f("in_difficult_circumstances", "families", 88, "складні життєві обставини визнано у 88 сімей")
sjc = f("in_difficult_circumstances", "children", 171, "у яких виховується 171 дитина", parent=sj)
qt = f"Разом\t{TF}\t{TC}"
TFi = f("in_difficult_circumstances", "families", TF, qt, label="Разом (таблиця)")
TCi = f("in_difficult_circumstances", "children", TC, qt, label="Разом (таблиця)", parent=TFi)
df, dc = [], []
for a, b, c in DIST:
    q = f"{a}\t{b}\t{c}"
    x = f("in_difficult_circumstances", "families", b, q, district=a, group="sjo_families_by_district", parent=TFi)
    df.append(x)
    dc.append(f("in_difficult_circumstances", "children", c, q, district=a, group="sjo_children_by_district", parent=TCi))
sv = f("served", "families_persons", 1026, "Соціальні послуги надано 1 026 сім'ям/особам")
G = "served_1026_by_service"
p1 = f("served", "families_persons", 402, "інформування – 402", service="informing", group=G, parent=sv)
p2 = f("served", "families_persons", 371, "консультування – 371", service="counselling", group=G, parent=sv)
p3 = f("served", "families_persons", 88, "соціальний супровід сімей у СЖО – 88", service="social_support_sjo", group=G, parent=sv)
p4 = f("served", "families_persons", 11, "соціальне супроводження прийомних сімей та ДБСТ – 11", service="social_support_foster", group=G, parent=sv)
f("served", "children", 43, "(у них 43 дитини)", service="social_support_foster", parent=p4)
p5 = f("served", "families_persons", 34, "екстрене (кризове) втручання\n\n– 34", service="crisis_intervention", group=G, parent=sv)
p6 = f("served", "families_persons", 120, "соціальна профілактика – 120", service="social_prevention", group=G, parent=sv)
f("services_provided", "services", 4318, "Загальна кількість наданих послуг становить 4 318")
sup = f("served", "families", 88, "Соціальний супровід у 2025 році надавався 88 сім'ям", service="social_support_sjo", alt=["support_ongoing"])
st = f("support_started", "families", 57, "з них 57 сімей взято під супровід у звітному році (64,8 %)", percent=64.8, service="social_support_sjo", parent=sup)
c1 = f("served", "families", 21, "сімей внутрішньо переміщених осіб – 21", service="social_support_sjo", category="внутрішньо переміщені особи", alt=["support_ongoing"], parent=sup)
c2 = f("served", "families", 26, "батьки ухиляються від виконання батьківських обов'язків, – 26", service="social_support_sjo", category="сім'ї, у яких батьки ухиляються від виконання батьківських обов'язків", alt=["support_ongoing"], parent=sup)
c3 = f("served", "families", 9, "сімей, у яких вчинено домашнє насильство, – 9", service="social_support_sjo", category="сім'ї, у яких вчинено домашнє насильство", alt=["support_ongoing"], parent=sup)
cm = f("support_completed", "families", 49, "Завершено супровід 49 сімей", service="social_support_sjo", parent=sup)
GO = "completed_49_by_outcome"
o1 = f("outcome_positive", "families", 35, "з позитивним результатом – 35 (71,4 %)", percent=71.4, service="social_support_sjo", group=GO, parent=cm)
o2 = f("outcome_minimized", "families", 9, "з мінімізацією складних життєвих обставин – 9 (18,4 %)", percent=18.4, service="social_support_sjo", group=GO, parent=cm)
o3 = f("outcome_negative", "families", 5, "з негативним результатом – 5 (10,2 %)", percent=10.2, service="social_support_sjo", group=GO, parent=cm)
og = f("support_ongoing", "families", 39, "Продовжено надання послуги у 2026 році 39 сім'ям", service="social_support_sjo", parent=sup)
ev = f("events", "events", 23, "Проведено 23 групові заходи")
ep = f("event_participants", "persons", 512, "якими охоплено 512 осіб", parent=ev)
epc = f("event_participants", "children", 347, "у тому числі 347 дітей", parent=ep)
ps = f("staff_positions", "positions", 16, "Штатним розписом передбачено 16 посад")
ac = f("staff_actual", "staff", 14, "працює 14 фахівців")
tr = f("staff_trained", "staff", 14, "Усі 14 працівників пройшли навчання")
bs = f("budget_spent", "uah", 6842700, "Видатки на утримання Центру склали 6 842,7 тис. грн при плані 6 904,9 тис. грн (99,1 %)", percent=99.1, label="утримання Центру")
ba = f("budget_approved", "uah", 6904900, "при плані 6 904,9 тис. грн", label="план на 2025 рік")
f("complaints", "complaints", 0, "Скарг на роботу Центру не надходило")

g.check("table_arithmetic", qt, "families column: 41+14+12+11+10 = 88", " + ".join(df) + f" == {TFi}")
g.check("table_arithmetic", qt, "children column: 79+27+24+22+19 = 171", " + ".join(dc) + f" == {TCi}")
g.check("internal_conflict", "складні життєві обставини визнано у 88 сімей, у яких виховується 171 дитина", "prose 88 / 171 = table Разом; 88 = the support line of the list = the families under support",
        f"{sj} == {TFi} and {sjc} == {TCi} and {p3} == {sj} and {sup} == {sj}")
g.check("parts_sum", "Оцінку потреб проведено 139 сім'ям", "88 ≤ 139 ≤ 143", f"{sj} <= {na} <= {nt}")
g.check("parts_sum", "Соціальні послуги надано 1 026 сім'ям/особам (у 2024 році – 948), у тому числі:", "402+371+88+11+34+120 = 1026", f"{p1} + {p2} + {p3} + {p4} + {p5} + {p6} == {sv}")
g.check("percent_mismatch", "з них 57 сімей взято під супровід у звітному році (64,8 %)", "57/88 = 64,77 % → 64,8", f"pct_ok(p{st[1:]}, {st}, {sup}, 1)")
g.check("parts_sum", "Серед сімей під супроводом", "21, 26, 9 each ≤ 88 (overlapping categories)", f"{c1} <= {sup} and {c2} <= {sup} and {c3} <= {sup}")
g.check("parts_sum", "Завершено супровід 49 сімей:", "35 + 9 + 5 = 49", f"{o1} + {o2} + {o3} == {cm}")
g.check("percent_mismatch", "з позитивним результатом – 35 (71,4 %)", "35/49 = 71,43; 9/49 = 18,37; 5/49 = 10,20",
        " and ".join(f"pct_ok(p{x[1:]}, {x}, {cm}, 1)" for x in (o1, o2, o3)))
g.check("percents_sum", "з позитивним результатом – 35 (71,4 %)", "71,4 + 18,4 + 10,2 = 100,0", f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}], 1)")
g.check("parts_sum", "Продовжено надання послуги у 2026 році 39 сім'ям", "49 completed + 39 continued = 88", f"{cm} + {og} == {sup}")
g.check("parts_sum", "у тому числі 347 дітей", "347 ≤ 512", f"{epc} <= {ep}")
g.check("parts_sum", "Штатним розписом передбачено 16 посад, працює 14 фахівців, 2 посади вакантні", "14 + 2 vacancies = 16; 14 trained = 14 working", f"{ac} + 2 == {ps} and {tr} == {ac}")
g.check("percent_mismatch", "при плані 6 904,9 тис. грн (99,1 %)", "6 842,7 / 6 904,9 = 99,10 %", f"pct_ok(p{bs[1:]}, {bs}, {ba}, 1)")

S = g.skip
S("за 2025 рік", [2025], "year")
S("(до пленарного засідання 62 сесії Роздільнянської міської ради VIII скликання)", [62], "session number")
S("1. Виявлення сімей у складних життєвих обставинах", [1, 2, 3, 4, 5, 6], "section numbers")
S("Упродовж 2025 року", [2025], "year")
S("(у 2024 році – 948)", [2024, 948], "prior-year figure")
S("Соціальний супровід у 2025 році", [2025], "year")
S("Продовжено надання послуги у 2026 році", [2026], "year (the figure itself is a fact of 2025)")
S("Середня тривалість супроводу – 6 місяців.", [6], "duration")
S("Фахівцями здійснено 612 виїздів до сімей, зокрема 208 спільно з працівниками поліції та служби у справах дітей.", [612, 208], "home visits: no §3 id")
S("2 посади вакантні", [2], "vacancies: no §3 id (used as a literal in a check)")
S("6. Завдання на 2026 рік", [6, 2026], "plans")
S("Запровадити послугу підтриманого проживання для 8 осіб з числа дітей-сиріт віком від 18 до 23 років, відкрити 2 нові консультаційні пункти.", [8, 18, 23, 2], "plans for 2026 with ages")
S("67400, Одеська обл., м. Роздільна, вул. Європейська, 19, тел. (04853) 0-31-26", [67400, 19, 4853, 0, 31, 26], "postcode, address, phone")
g.note("the 88 families in СЖО are written in prose, as the table's Разом, in the services list (соціальний супровід – 88) and as the families under support: four facts with different indicators/quotes")
g.note("the district table: every cell is a fact quoted by its row; rows hang on the Разом cells; children hang on families")
g.note("«Продовжено надання послуги у 2026 році 39 сім'ям» in a 2025 report → support_ongoing")
g.note("«Соціальний супровід … надавався 88 сім'ям» → served (alt support_ongoing)")
g.note("«Видатки … 6 842,7 тис. грн при плані 6 904,9 тис. грн (99,1 %)» → budget_spent with percent 99,1 and budget_approved (the year's plan)")
g.note("the services sentence breaks across the page boundary: `zvitparse read` prints «екстрене (кризове) втручання» at the end of page 1 and «– 34, …» at the top of page 2; the quote spans the break")
g.note("no planted slip in this file")
g.write()
