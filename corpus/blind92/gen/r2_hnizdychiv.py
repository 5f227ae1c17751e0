"""b92_02: Центр соціальних служб Гніздичівської селищної ради (Львівська), information for H1 2025.
DOCX, first person plural, a bulleted list and a service table with a merged «Усього» cell.
Planted slip: percent_mismatch (families with disabled children 6 of 47 written as 14,9 %; it is 12,8 %)."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b92_02_hnizdychiv_css_h1_2025.docx"
path = report_path(DOC)

d = docx.Document()
fix_docx_props(d, author="ЦСС Гніздичів")
p = d.add_paragraph("ГНІЗДИЧІВСЬКА СЕЛИЩНА РАДА\nСТРИЙСЬКОГО РАЙОНУ ЛЬВІВСЬКОЇ ОБЛАСТІ\nЦЕНТР СОЦІАЛЬНИХ СЛУЖБ")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
d.add_paragraph("82420, смт Гніздичів, вул. Шевченка, 3, тел. (03245) 0-51-08, e-mail: css.hnizdychiv@example.ua, "
                "код ЄДРПОУ 44371925")
d.add_paragraph("Вих. № 94 від 08.07.2025")
d.add_paragraph("Начальнику відділу соціального захисту населення")
d.add_heading("Інформація про роботу Центру соціальних служб за І півріччя 2025 року", level=1)
P = d.add_paragraph
P("Центр утворено рішенням Гніздичівської селищної ради від 18.02.2021 № 214. Ми працюємо на території "
  "14 населених пунктів громади і надаємо базові соціальні послуги сім'ям, дітям та молоді.")
d.add_heading("1. Виявлення сімей у складних життєвих обставинах", level=2)
P("У І півріччі 2025 року ми отримали повідомлення про 37 сімей, які можуть перебувати у складних життєвих "
  "обставинах (за І півріччя 2024 року – 31 повідомлення). Повідомлення надходили від служби у справах дітей, "
  "закладів освіти, поліції та амбулаторій загальної практики.")
P("Фахівці провели оцінку потреб 37 сімей. За її результатами складні життєві обставини визнано у 29 сімей, "
  "в яких виховується 58 дітей; решта сімей отримали разову консультацію.")
d.add_heading("2. Соціальний супровід", level=2)
P("Під соціальним супроводом протягом півріччя перебувало 47 сімей (у них 96 дітей). Серед них 14 сімей "
  "внутрішньо переміщених осіб (29,8 %) та 6 сімей, які виховують дітей з інвалідністю (14,9 %).")
P("За звітний період ми взяли під супровід 18 сімей. Завершили надання послуги 21 сім'ї, а саме:")
for t in ("з позитивним результатом (складні життєві обставини подолано) – 15 сімей;",
          "у зв'язку зі зміною місця проживання – 4 сім'ї;",
          "через письмову відмову від послуги – 2 сім'ї."):
    d.add_paragraph(t, style="List Bullet")
P("Станом на 30.06.2025 продовжуємо супровід 26 сімей. Середня тривалість супроводу – 5 місяців.")
P("Соціальним супроводженням охоплено 4 сім'ї: 3 прийомні сім'ї та 1 дитячий будинок сімейного типу, "
  "у яких виховується 19 дітей.")
d.add_heading("3. Надання соціальних послуг", level=2)
P("Загалом за півріччя ми надали 1 781 соціальну послугу 444 сім'ям/особам (табл. 1).")
P("Таблиця 1. Соціальні послуги, надані у І півріччі 2025 року")
rows = [("№", "Послуга", "Отримувачів (сімей/осіб)", "Надано послуг"),
        ("1", "Інформування", "212", "248"),
        ("2", "Консультування", "167", "391"),
        ("3", "Соціальний супровід сімей у СЖО", "47", "1 034"),
        ("4", "Соціальне супроводження прийомних сімей та ДБСТ", "4", "86"),
        ("5", "Посередництво (медіація)", "9", "17"),
        ("6", "Екстрене (кризове) втручання", "5", "5"),
        ("", "Усього", "444", "1 781")]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(i, j).text = v
m = t.cell(7, 0).merge(t.cell(7, 1))
m.text = "Усього"
d.add_heading("4. Профілактична робота", level=2)
P("Провели 11 групових заходів (тренінги «Школа відповідального батьківства», заняття з безпеки в "
  "інтернеті), в яких взяли участь 143 особи, у т. ч. 87 дітей. На телефон Центру надійшло 58 дзвінків "
  "від жителів громади.")
d.add_heading("5. Кадрове забезпечення", level=2)
P("Штатним розписом передбачено 7 посад: директор, 5 фахівців із соціальної роботи та психолог. "
  "Фактично працює 6 працівників, вакантна 1 посада психолога. Четверо фахівців підвищили кваліфікацію "
  "на онлайн-курсах (40 годин).")
P("Скарг від отримувачів послуг не надходило.")
P("У ІІ півріччі плануємо запровадити послугу денного догляду дітей з інвалідністю для 10 дітей.")
P("Директор Центру                                    (підпис)")
d.save(path)
freeze_zip(path)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Гніздичівської селищної ради",
    "centre_type": "css", "settlement": "Гніздичів", "oblast": "Львівська",
    "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"})
f = g.f
nt = f("notified", "families", 37, "ми отримали повідомлення про 37 сімей")
na = f("needs_assessed", "families", 37, "Фахівці провели оцінку потреб 37 сімей")
sj = f("in_difficult_circumstances", "families", 29, "складні життєві обставини визнано у 29 сімей")
sjc = f("in_difficult_circumstances", "children", 58, "в яких виховується 58 дітей", parent=sj)
su = f("served", "families", 47, "Під соціальним супроводом протягом півріччя перебувало 47 сімей",
       service="social_support_sjo", alt=["support_ongoing"])
suc = f("served", "children", 96, "(у них 96 дітей)", service="social_support_sjo", alt=["support_ongoing"], parent=su)
vpo = f("served", "families", 14, "14 сімей внутрішньо переміщених осіб (29,8 %)", percent=29.8,
        service="social_support_sjo", category="внутрішньо переміщені особи", alt=["support_ongoing"], parent=su)
inv = f("served", "families", 6, "6 сімей, які виховують дітей з інвалідністю (14,9 %)", percent=14.9,
        service="social_support_sjo", category="сім'ї, які виховують дітей з інвалідністю",
        alt=["support_ongoing"], parent=su)
st = f("support_started", "families", 18, "ми взяли під супровід 18 сімей", service="social_support_sjo", parent=su)
sc = f("support_completed", "families", 21, "Завершили надання послуги 21 сім'ї", service="social_support_sjo",
       parent=su)
o1 = f("outcome_positive", "families", 15, "з позитивним результатом (складні життєві обставини подолано) – 15 сімей",
       service="social_support_sjo", group="completed_21_by_result", parent=sc)
o2 = f("outcome_other", "families", 4, "у зв'язку зі зміною місця проживання – 4 сім'ї", service="social_support_sjo",
       label="зміна місця проживання", group="completed_21_by_result", parent=sc)
o3 = f("outcome_other", "families", 2, "через письмову відмову від послуги – 2 сім'ї", service="social_support_sjo",
       label="відмова від послуги", group="completed_21_by_result", parent=sc)
og = f("support_ongoing", "families", 26, "продовжуємо супровід 26 сімей", service="social_support_sjo")
fo = f("served", "families", 4, "Соціальним супроводженням охоплено 4 сім'ї", service="social_support_foster")
fo1 = f("served", "families", 3, "3 прийомні сім'ї", service="social_support_foster", label="прийомні сім'ї",
        group="foster_4_by_form", parent=fo)
fo2 = f("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
        label="дитячі будинки сімейного типу", group="foster_4_by_form", parent=fo)
foc = f("served", "children", 19, "у яких виховується 19 дітей", service="social_support_foster", parent=fo)
tsp = f("services_provided", "services", 1781, "ми надали 1 781 соціальну послугу")
tsv = f("served", "families_persons", 444, "1 781 соціальну послугу 444 сім'ям/особам")
TR = {}
table = [("Інформування", "informing", 212, 248, "1\tІнформування\t212\t248"),
         ("Консультування", "counselling", 167, 391, "2\tКонсультування\t167\t391"),
         ("Соціальний супровід сімей у СЖО", "social_support_sjo", 47, 1034,
          "3\tСоціальний супровід сімей у СЖО\t47\t1 034"),
         ("Соціальне супроводження прийомних сімей та ДБСТ", "social_support_foster", 4, 86,
          "4\tСоціальне супроводження прийомних сімей та ДБСТ\t4\t86"),
         ("Посередництво (медіація)", "mediation", 9, 17, "5\tПосередництво (медіація)\t9\t17"),
         ("Екстрене (кризове) втручання", "crisis_intervention", 5, 5, "6\tЕкстрене (кризове) втручання\t5\t5")]
tot_q = "Усього\t444\t1 781"
T1 = f("served", "families_persons", 444, tot_q, label="Усього (таблиця 1)")
T2 = f("services_provided", "services", 1781, tot_q, label="Усього (таблиця 1)")
rs, ss = [], []
for name, sid, r, s, q in table:
    rs.append(f("served", "families_persons", r, q, service=sid, label=name, group="table1_recipients", parent=T1))
    ss.append(f("services_provided", "services", s, q, service=sid, label=name, group="table1_services", parent=T2))
ev = f("events", "events", 11, "Провели 11 групових заходів")
ep = f("event_participants", "persons", 143, "в яких взяли участь 143 особи", parent=ev)
epc = f("event_participants", "children", 87, "у т. ч. 87 дітей", parent=ep)
cl = f("calls", "calls", 58, "На телефон Центру надійшло 58 дзвінків")
pos = f("staff_positions", "positions", 7, "Штатним розписом передбачено 7 посад")
pos5 = f("staff_positions", "positions", 5, "5 фахівців із соціальної роботи", label="фахівці із соціальної роботи",
         parent=pos)
act = f("staff_actual", "staff", 6, "Фактично працює 6 працівників")
trn = f("staff_trained", "staff", 4, "Четверо фахівців підвищили кваліфікацію",
        note="number in words («четверо»)")
cm = f("complaints", "complaints", 0, "Скарг від отримувачів послуг не надходило.")

g.slip("percent_mismatch", "error", "6 сімей, які виховують дітей з інвалідністю (14,9 %)", 14.9, 12.8, [inv, su],
       "6 of the 47 families under support is 12,77 % → 12,8 %, not 14,9 % (14,9 % would be 7 families)",
       f"pct_ok(p{inv[1:]}, {inv}, {su}, 1)")
g.check("percent_mismatch", "14 сімей внутрішньо переміщених осіб (29,8 %)", "14 / 47 = 29,79 % → 29,8",
        f"pct_ok(p{vpo[1:]}, {vpo}, {su}, 1)")
g.check("parts_sum", "Завершили надання послуги 21 сім'ї, а саме:", "15 + 4 + 2 = 21", f"{o1} + {o2} + {o3} == {sc}")
g.check("parts_sum", "продовжуємо супровід 26 сімей", "47 under support − 21 completed = 26 continuing",
        f"{su} - {sc} == {og}")
g.check("parts_sum", "ми взяли під супровід 18 сімей", "18 taken ≤ 47; 29 in СЖО ≤ 37 assessed ≤ 37 notified",
        f"{st} <= {su} and {sj} <= {na} <= {nt}")
g.check("parts_sum", "Соціальним супроводженням охоплено 4 сім'ї: 3 прийомні сім'ї та 1 дитячий будинок сімейного типу",
        "3 + 1 = 4", f"{fo1} + {fo2} == {fo}")
g.check("table_arithmetic", tot_q, "212 + 167 + 47 + 4 + 9 + 5 = 444", " + ".join(rs) + f" == {T1}")
g.check("table_arithmetic", tot_q, "248 + 391 + 1 034 + 86 + 17 + 5 = 1 781", " + ".join(ss) + f" == {T2}")
g.check("internal_conflict", "Загалом за півріччя ми надали 1 781 соціальну послугу 444 сім'ям/особам",
        "prose totals equal the table totals; table rows 3 and 4 equal the prose 47 and 4",
        f"{tsp} == {T2} and {tsv} == {T1} and {rs[2]} == {su} and {rs[3]} == {fo}")
g.check("parts_sum", "в яких взяли участь 143 особи, у т. ч. 87 дітей", "87 ≤ 143", f"{epc} <= {ep}")
g.check("parts_sum", "Фактично працює 6 працівників", "5 ≤ 7 positions; 6 working ≤ 7; 4 trained ≤ 6",
        f"{pos5} <= {pos} and {trn} <= {act} <= {pos}")
g.skip("82420, смт Гніздичів, вул. Шевченка, 3, тел. (03245) 0-51-08", [82420, 3, 3245, 5108], "postcode, address, phone")
g.skip("код ЄДРПОУ 44371925", [44371925], "ЄДРПОУ")
g.skip("Вих. № 94 від 08.07.2025", [94, 8, 7, 2025], "outgoing number and date")
g.skip("за І півріччя 2025 року", [2025], "period")
g.skip("від 18.02.2021 № 214", [18, 2, 2021, 214], "decision date and number")
g.skip("на території 14 населених пунктів громади", [14], "number of settlements")
g.skip("(за І півріччя 2024 року – 31 повідомлення)", [2024, 31], "prior-year figure")
g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
g.skip("Середня тривалість супроводу – 5 місяців.", [5], "duration")
g.skip("(табл. 1)", [1], "table number")
g.skip("Таблиця 1. Соціальні послуги, надані у І півріччі 2025 року", [1, 2025], "table number, period")
g.skip("1\tІнформування\t212\t248", [1, 2, 3, 4, 5, 6], "row numbers of table 1")
g.skip("вакантна 1 посада психолога", [1], "vacancy: no §3 id")
g.skip("на онлайн-курсах (40 годин)", [40], "duration of the course")
g.skip("У ІІ півріччі плануємо запровадити послугу денного догляду дітей з інвалідністю для 10 дітей.", [10], "plan")
g.skip("1. Виявлення сімей у складних життєвих обставинах", [1, 2, 3, 4, 5], "section numbers")
g.skip("У І півріччі 2025 року ми отримали", [2025], "period")
g.note("«повідомлення про 37 сімей» → notified; «оцінку потреб 37 сімей» → needs_assessed (same number, two facts)")
g.note("«перебувало під супроводом 47 сімей» → served (alt support_ongoing); ВПО and families with disabled children "
       "are overlapping «серед них» categories: parent only, no group; their percentages are the rows' `percent`")
g.note("table 1: unit families_persons from the column head «Отримувачів (сімей/осіб)»; every cell is a fact quoted "
       "by its row and hangs on the Усього cell of its column. The prose totals and the 47 / 4 are written twice: "
       "separate facts")
g.note("«Четверо фахівців підвищили кваліфікацію» → staff_trained 4 (number in words)")
g.note("«5 фахівців із соціальної роботи» → staff_positions 5, a part of the 7 positions; director and psychologist "
       "are written without figures, so no group")
g.note("foster families: «соціальне супроводження» → social_support_foster; 3 + 1 grouped under the 4")
g.write()
