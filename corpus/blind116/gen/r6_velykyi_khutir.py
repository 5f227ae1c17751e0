"""b116_06: КУ «ЦНСП» Великохутірської сільської ради, report for Q3 2023. reportlab PDF, first person
plural, table by service, page footer."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

DOC = "b116_06_velykyi_khutir_cnsp_q3_2023.pdf"
register_fonts()
S = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=16, alignment=TA_JUSTIFY, spaceAfter=6,
                   firstLineIndent=1.0 * cm)
H = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=16, alignment=TA_CENTER, spaceAfter=4)
C = ParagraphStyle("c", fontName="LSerif", fontSize=10, leading=12, alignment=TA_CENTER)
T = ParagraphStyle("t", fontName="LSerif", fontSize=10, leading=12)


def footer(canv, doc):
    canv.saveState()
    canv.setFont("LSerif", 9)
    canv.drawString(2 * cm, 1.2 * cm, "КУ «ЦНСП» Великохутірської сільської ради • звіт за III квартал 2023 року")
    canv.drawRightString(19 * cm, 1.2 * cm, "Сторінка %d" % doc.page)
    canv.restoreState()


story = [
    Paragraph("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»<br/>ВЕЛИКОХУТІРСЬКОЇ СІЛЬСЬКОЇ РАДИ", H),
    Paragraph("19931, Черкаська обл., Золотоніський р-н, с. Великий Хутір, вул. Незалежності, 9; "
              "тел. (04737) 0-44-86; cnsp.vkhutir@example.ua; ЄДРПОУ 43651920", C),
    Spacer(1, 10),
    Paragraph("ЗВІТ<br/>про роботу центру за III квартал 2023 року", H),
    Paragraph("У липні–вересні 2023 року до нашого центру звернулися 96 осіб, з них 23 – внутрішньо "
              "переміщені особи. Оцінку потреб ми провели 88 особам та 7 сім'ям. Фахівці мобільної бригади "
              "здійснили 42 виїзди до 11 сіл громади.", S),
    Paragraph("Кількість отримувачів і наданих послуг у кварталі наведено в таблиці.", S),
]
rows = [["Соціальна послуга", "Отримувачів, осіб", "з них нових", "Надано послуг, од."],
        ["Догляд вдома", "74", "6", "5920"],
        ["Денний догляд", "18", "2", "1134"],
        ["Консультування", "163", "41", "388"],
        ["Інформування", "210", "57", "430"],
        ["Соціальна адаптація", "12", "3", "96"],
        ["Разом", "477", "109", "7968"]]
tbl = Table([[Paragraph(c, T) for c in r] for r in rows], colWidths=[6 * cm, 3.5 * cm, 3 * cm, 4 * cm])
tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                         ("FONTNAME", (0, 0), (-1, -1), "LSerif"),
                         ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story += [tbl, Spacer(1, 10)]
story += [
    Paragraph("Під соціальним супроводом перебувало 9 сімей, у яких виховується 21 дитина. Протягом кварталу "
              "2 сім'ї взято під супровід, 3 сім'ям припинено надання послуги у зв'язку з подоланням складних "
              "життєвих обставин.", S),
    Paragraph("Ми провели 15 групових заходів (клуб «Срібний вік», заняття для батьків, екскурсія до "
              "м. Золотоноша), у яких взяли участь 164 особи, у т. ч. 37 дітей. Гуманітарні набори від "
              "благодійних організацій отримали 126 сімей, вартість допомоги – 94,5 тис. грн.", S),
    Paragraph("У вересні провели анкетування 40 отримувачів послуг догляду вдома та денного догляду: 38 з них "
              "(95,0 %) задоволені якістю послуг. За квартал надійшли дві скарги, одна з них визнана "
              "обґрунтованою (порушення графіка відвідувань), вжито заходів.", S),
    Paragraph("Станом на 30.09.2023 у центрі працює 24 працівники при штаті 26,5 посади; 4 працівники пройшли "
              "навчання у Черкаському обласному центрі соціальних служб.", S),
    Paragraph("Касові видатки за III квартал становили 1742,8 тис. грн, у тому числі: заробітна плата "
              "(КЕКВ 2111) – 1318,4 тис. грн, нарахування на оплату праці (КЕКВ 2120) – 290,0 тис. грн, "
              "оплата електроенергії (КЕКВ 2273) – 134,4 тис. грн.", S),
    Paragraph("Наростаючим підсумком з початку року центр обслужив 704 особи та надав 22516 послуг. "
              "На IV квартал заплановано відкриття пункту обігріву на 20 місць.", S),
    Spacer(1, 14),
    Paragraph("Директор КУ «ЦНСП»&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;(підпис)"
              "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;06.10.2023", S),
]
doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm,
                        topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                        title="Звіт за III квартал 2023 року", author="КУ ЦНСП")
doc.build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Великохутірської сільської ради",
    "centre_type": "cnsp", "settlement": "Великий Хутір", "oblast": "Черкаська",
    "report_kind": "period_report", "period_start": "2023-07-01", "period_end": "2023-09-30",
}, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Великохутірської сільської ради",
               "КУ «Центр надання соціальних послуг» Великохутірської сільської ради"]})
f = g.f
v1 = f("applied", "persons", 96, "до нашого центру звернулися 96 осіб")
v2 = f("applied", "persons", 23, "з них 23 – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
       parent=v1)
v3 = f("needs_assessed", "persons", 88, "Оцінку потреб ми провели 88 особам")
v4 = f("needs_assessed", "families", 7, "та 7 сім'ям")
RT = "Разом\t477\t109\t7968"
v5 = f("served", "persons", 477, RT, label="Разом")
v6 = f("served", "persons", 109, RT, label="Разом, з них нових", alt=["registered_new", "support_started"], parent=v5)
v7 = f("services_provided", "services", 7968, RT, label="Разом")
rows = [("Догляд вдома\t74\t6\t5920", "home_care", 74, 6, 5920),
        ("Денний догляд\t18\t2\t1134", "day_care", 18, 2, 1134),
        ("Консультування\t163\t41\t388", "counselling", 163, 41, 388),
        ("Інформування\t210\t57\t430", "informing", 210, 57, 430),
        ("Соціальна адаптація\t12\t3\t96", "social_adaptation", 12, 3, 96)]
cols = ([], [], [])
for q, svc, a, b, c in rows:
    cols[0].append(f("served", "persons", a, q, service=svc, group="t_served_by_service", parent=v5))
    cols[1].append(f("served", "persons", b, q, service=svc, label="нові отримувачі",
                     alt=["registered_new", "support_started"], group="t_new_by_service", parent=v6))
    cols[2].append(f("services_provided", "services", c, q, service=svc, group="t_services_by_service", parent=v7))
v23 = f("served", "families", 9, "Під соціальним супроводом перебувало 9 сімей", service="social_support_sjo",
        alt=["support_ongoing"])
v24 = f("served", "children", 21, "у яких виховується 21 дитина", service="social_support_sjo",
        alt=["support_ongoing"], parent=v23)
v25 = f("support_started", "families", 2, "2 сім'ї взято під супровід", service="social_support_sjo", parent=v23)
v26 = f("support_completed", "families", 3, "3 сім'ям припинено надання послуги у зв'язку з подоланням складних",
        service="social_support_sjo", alt=["outcome_positive", "deregistered"], parent=v23,
        note="one figure, two readings (completed; СЖО overcome): one row")
v27 = f("events", "events", 15, "Ми провели 15 групових заходів")
v28 = f("event_participants", "persons", 164, "у яких взяли участь 164 особи", parent=v27)
v29 = f("event_participants", "children", 37, "у т. ч. 37 дітей", parent=v28)
v30 = f("served", "families", 126, "Гуманітарні набори від благодійних організацій отримали 126 сімей",
        label="гуманітарні набори від благодійних організацій",
        note="charity sets handed out; no service id set (natural_aid is a possible reading)")
v31 = f("aid_value", "uah", 94500, "вартість допомоги – 94,5 тис. грн", label="гуманітарні набори")
v32 = f("survey_respondents", "recipients", 40, "провели анкетування 40 отримувачів", unit_alt="persons")
v33 = f("survey_respondents", "persons", 38, "38 з них (95,0 %) задоволені якістю послуг", percent=95.0,
        label="задоволені якістю послуг", parent=v32,
        note="a count of satisfied respondents with its percent (SPEC §3: the percent belongs to the count)")
v34 = f("complaints", "complaints", 2, "За квартал надійшли дві скарги", note="number in words")
v35 = f("complaints", "complaints", 1, "одна з них визнана обґрунтованою", label="обґрунтовані", parent=v34,
        note="number in words")
v36 = f("staff_actual", "staff", 24, "у центрі працює 24 працівники")
v37 = f("staff_positions", "positions", 26.5, "при штаті 26,5 посади")
v38 = f("staff_trained", "staff", 4, "4 працівники пройшли навчання")
v39 = f("budget_spent", "uah", 1742800, "Касові видатки за III квартал становили 1742,8 тис. грн")
v40 = f("budget_spent", "uah", 1318400, "заробітна плата (КЕКВ 2111) – 1318,4 тис. грн", kekv="2111",
        label="заробітна плата", group="spent_1742_8_by_kekv", parent=v39)
v41 = f("budget_spent", "uah", 290000, "нарахування на оплату праці (КЕКВ 2120) – 290,0 тис. грн", kekv="2120",
        label="нарахування на оплату праці", group="spent_1742_8_by_kekv", parent=v39)
v42 = f("budget_spent", "uah", 134400, "оплата електроенергії (КЕКВ 2273) – 134,4 тис. грн", kekv="2273",
        label="оплата електроенергії", group="spent_1742_8_by_kekv", parent=v39)
fs = lambda xs: " + ".join(xs)
g.check("table_arithmetic", RT, "74 + 18 + 163 + 210 + 12 = 477", f"{fs(cols[0])} == f5")
g.check("table_arithmetic", RT, "6 + 2 + 41 + 57 + 3 = 109", f"{fs(cols[1])} == f6")
g.check("table_arithmetic", RT, "5920 + 1134 + 388 + 430 + 96 = 7968", f"{fs(cols[2])} == f7")
g.check("table_arithmetic", "Догляд вдома\t74\t6\t5920", "in every row the new recipients ≤ the recipients",
        " and ".join(f"{b} <= {a}" for a, b in zip(cols[0], cols[1])) + " and f6 <= f5")
g.check("parts_sum", "з них 23 – внутрішньо переміщені особи", "23 ≤ 96", "f2 <= f1")
g.check("parts_sum", "Під соціальним супроводом перебувало 9 сімей", "2 taken and 3 completed ≤ 9",
        "f25 <= f23 and f26 <= f23")
g.check("parts_sum", "у т. ч. 37 дітей", "37 ≤ 164", "f29 <= f28")
g.check("percent_mismatch", "38 з них (95,0 %)", "38 / 40 = 95,0 %", "pct_ok(p33, f33, f32, 1)")
g.check("parts_sum", "одна з них визнана обґрунтованою", "1 ≤ 2", "f35 <= f34")
g.check("parts_sum", "у центрі працює 24 працівники", "24 ≤ 26,5; 4 trained ≤ 24", "f36 <= f37 and f38 <= f36")
g.check("parts_sum", "Касові видатки за III квартал становили 1742,8 тис. грн, у тому числі",
        "1318,4 + 290,0 + 134,4 = 1742,8", "f40 + f41 + f42 == f39")

g.skip("19931, Черкаська обл., Золотоніський р-н, с. Великий Хутір, вул. Незалежності, 9; тел. (04737) 0-44-86",
       [19931, 9, 4737, 0, 44, 86], "postcode, address, phone")
g.skip("ЄДРПОУ 43651920", [43651920], "ЄДРПОУ")
g.skip("ЗВІТ про роботу центру за III квартал 2023 року", [2023], "period")
g.skip("У липні–вересні 2023 року", [2023], "period")
g.skip("здійснили 42 виїзди до 11 сіл громади", [42, 11], "trips and villages: no §3 id")
g.skip("Сторінка 1", [1], "page footer")
g.skip("звіт за III квартал 2023 року Сторінка", [2023], "page footer")
g.skip("Станом на 30.09.2023", [30, 9, 2023], "date")
g.skip("(КЕКВ 2111)", [2111, 2120, 2273], "KEKV codes (kept in kekv)")
g.skip("Наростаючим підсумком з початку року центр обслужив 704 особи та надав 22516 послуг.", [704, 22516],
       "cumulative figures for January–September, not the quarter's")
g.skip("На IV квартал заплановано відкриття пункту обігріву на 20 місць.", [20], "plan, capacity")
g.skip("06.10.2023", [6, 10, 2023], "date")

g.note("no planted slip: every sum and percentage holds")
g.note("period: the quarter (July–September 2023). The cumulative 9-month figures (704 persons, 22516 services) "
       "are skipped as another period")
g.note("table cells are facts quoted by their row; rows hang on the Разом cell of their column; the «з них нових» "
       "column → served with label «нові отримувачі» (alt registered_new, support_started), Разом new hangs on "
       "Разом recipients")
g.note("«38 з них (95,0 %) задоволені» → survey_respondents 38 with percent 95,0 and label, hanging on the 40")
g.note("«дві скарги, одна з них визнана обґрунтованою» → complaints 2 and complaints 1 (label обґрунтовані)")
g.note("«3 сім'ям припинено надання послуги у зв'язку з подоланням СЖО» → support_completed (alt outcome_positive, deregistered)")
g.note("the page footer runs into the first paragraph of page 2 in the read text; the quote of f23 starts after it")
g.write()
