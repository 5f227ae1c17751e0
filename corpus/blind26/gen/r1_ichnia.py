"""b26_01: ЦСС Ічнянської міської ради (Чернігівська), annual report 2025, DOCX with a service table."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b26_01_ichnia_css_annual2025.docx"

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)
fix_docx_props(d, "ЦСС Ічня")

P = d.add_paragraph
P("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ІЧНЯНСЬКОЇ МІСЬКОЇ РАДИ")
P("17701, Чернігівська обл., м. Ічня, вул. Вишнева, 12; тел. (04633) 0-25-71; "
  "e-mail: css.ichnia@example.ua; код ЄДРПОУ 44918273")
P("Вих. № 02-18/37 від 23.01.2026")
d.add_heading("ЗВІТ про роботу Центру соціальних служб Ічнянської міської ради за 2025 рік", 1)

d.add_heading("1. Загальні відомості", 2)
P("Центр утворено рішенням Ічнянської міської ради від 17.12.2020 № 41-3/VIII. Громада об'єднує "
  "52 населені пункти, у яких проживає близько 27,4 тис. мешканців, тому значна частина роботи "
  "фахівців припадає на виїзди до старостинських округів.")
P("Штатним розписом на 2025 рік передбачено 14,5 посади. Фактично працювало 13 працівників, "
  "з них 9 фахівців із соціальної роботи. Упродовж року 11 працівників підвищили кваліфікацію "
  "на онлайн-курсах Національної соціальної сервісної служби обсягом 30 годин.")

d.add_heading("2. Виявлення сімей та оцінка потреб", 2)
P("Протягом 2025 року до Центру надійшли повідомлення щодо 186 сімей/осіб, які можуть перебувати "
  "у складних життєвих обставинах: від служби у справах дітей – 74, від закладів освіти – 41, "
  "від старост – 38, від інших суб'єктів – 33.")
P("Оцінку потреб проведено 171 сім'ї/особі (у 2024 році – 158). За її результатами складні життєві "
  "обставини встановлено у 97 сімей, у яких виховується 183 дитини.")

d.add_heading("3. Надання соціальних послуг", 2)
P("Таблиця 1. Отримувачі та кількість наданих соціальних послуг у 2025 році")
rows = [
    ["№ з/п", "Соціальна послуга", "Отримувачі (сімей/осіб)", "Надано послуг"],
    ["1", "Інформування", "412", "1 036"],
    ["2", "Консультування", "389", "1 574"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "61", "742"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "9", "216"],
    ["5", "Екстрене (кризове) втручання", "23", "58"],
    ["6", "Посередництво (медіація)", "7", "19"],
    ["Усього", "", "901", "3 645"],
]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        t.cell(i, j).text = c
t.cell(7, 0).merge(t.cell(7, 1))
t.cell(7, 0).text = "Усього"
P("Загалом соціальними послугами охоплено 901 сім'ю/особу, яким надано 3645 послуг. "
  "Найбільш затребуваними залишаються інформування та консультування.")

d.add_heading("4. Соціальний супровід сімей у СЖО", 2)
P("Під соціальним супроводом протягом року перебувала 61 сім'я (в них 118 дітей), з них 44 сім'ї "
  "взято під супровід у звітному році, решта 17 продовжували отримувати послугу з 2024 року. "
  "Серед сімей під супроводом – 14 сімей внутрішньо переміщених осіб (24,6 %) та 6 сімей "
  "військовослужбовців (9,8 %).")
P("Завершено надання послуги 38 сім'ям, з них: з позитивним результатом (подолано СЖО) – 27 сімей, "
  "що становить 71,1 %; мінімізовано СЖО – 6 сімей (15,8 %); без результату – 3 сім'ї (7,9 %); "
  "у зв'язку зі зміною місця проживання – 2 сім'ї (5,3 %). Середня тривалість супроводу – 5,4 місяця. "
  "На кінець року під супроводом залишаються 23 сім'ї.")
P("Соціальне супроводження здійснювалося 9 прийомним сім'ям та ДБСТ, у яких виховується 31 дитина; "
  "серед них 2 дитячі будинки сімейного типу.")

d.add_heading("5. Профілактична робота", 2)
P("Проведено 16 групових заходів (тренінги, батьківські клуби, заняття в школах), у яких взяли участь "
  "287 осіб. На «гарячу лінію» Центру надійшло 134 дзвінки. Скарг на дії працівників Центру протягом "
  "року не надходило.")

d.add_heading("6. Завдання на 2026 рік", 2)
P("У 2026 році планується запровадити послугу денного догляду для 15 дітей з інвалідністю віком "
  "від 3 до 18 років та довести кількість сімей під супроводом до 70.")
P("Директор Центру                                        (підпис)")

path = report_path(NAME)
d.save(path)
freeze_zip(path)

# ---------------------------------------------------------------- gold
g = Gold(NAME, {
    "centre": "Центр соціальних служб Ічнянської міської ради", "centre_type": "css",
    "settlement": "Ічня", "oblast": "Чернігівська", "report_kind": "annual_report",
    "period_start": "2025-01-01", "period_end": "2025-12-31"})

f = g.f
pos = f("staff_positions", "positions", 14.5, "Штатним розписом на 2025 рік передбачено 14,5 посади")
act = f("staff_actual", "staff", 13, "Фактично працювало 13 працівників")
f("staff_actual", "staff", 9, "з них 9 фахівців із соціальної роботи", label="фахівці із соціальної роботи", parent=act)
tr = f("staff_trained", "staff", 11, "Упродовж року 11 працівників підвищили кваліфікацію")
nt = f("notified", "families_persons", 186, "надійшли повідомлення щодо 186 сімей/осіб")
n1 = f("notified", "families_persons", 74, "від служби у справах дітей – 74", label="від служби у справах дітей", group="notified_186_by_source", parent=nt)
n2 = f("notified", "families_persons", 41, "від закладів освіти – 41", label="від закладів освіти", group="notified_186_by_source", parent=nt)
n3 = f("notified", "families_persons", 38, "від старост – 38", label="від старост", group="notified_186_by_source", parent=nt)
n4 = f("notified", "families_persons", 33, "від інших суб'єктів – 33", label="від інших суб'єктів", group="notified_186_by_source", parent=nt)
na = f("needs_assessed", "families_persons", 171, "Оцінку потреб проведено 171 сім'ї/особі")
sj = f("in_difficult_circumstances", "families", 97, "складні життєві обставини встановлено у 97 сімей")
f("in_difficult_circumstances", "children", 183, "у яких виховується 183 дитини", parent=sj)

R = {}
tot_r = None
SERV = ["informing", "counselling", "social_support_sjo", "social_support_foster", "crisis_intervention", "mediation"]
tot_r = f("served", "families_persons", 901, "Усього\t901\t3 645", label="Усього (таблиця 1)")
tot_s = f("services_provided", "services", 3645, "Усього\t901\t3 645", label="Усього (таблиця 1)")
rr, ss = [], []
for (no, name, a, b), sv in zip(rows[1:7], SERV):
    q = f"{no}\t{name}\t{a}\t{b}"
    rr.append(f("served", "families_persons", int(a.replace(" ", "")), q, service=sv, group="table1_recipients", parent=tot_r))
    ss.append(f("services_provided", "services", int(b.replace(" ", "")), q, service=sv, group="table1_services", parent=tot_s))
pr = f("served", "families_persons", 901, "Загалом соціальними послугами охоплено 901 сім'ю/особу", label="прозою, повторно")
ps = f("services_provided", "services", 3645, "яким надано 3645 послуг", label="прозою, повторно")

sup = f("served", "families", 61, "Під соціальним супроводом протягом року перебувала 61 сім'я", service="social_support_sjo", alt=["support_ongoing"])
f("served", "children", 118, "(в них 118 дітей)", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
st_ = f("support_started", "families", 44, "з них 44 сім'ї взято під супровід у звітному році", service="social_support_sjo", group="sjo_61_by_start", parent=sup)
cont = f("served", "families", 17, "решта 17 продовжували отримувати послугу з 2024 року", service="social_support_sjo", alt=["support_ongoing"], label="продовжували отримувати послугу з 2024 року", group="sjo_61_by_start", parent=sup)
idp = f("served", "families", 14, "14 сімей внутрішньо переміщених осіб (24,6 %)", percent=24.6, service="social_support_sjo", category="внутрішньо переміщені особи", alt=["support_ongoing"], parent=sup)
mil = f("served", "families", 6, "6 сімей військовослужбовців (9,8 %)", percent=9.8, service="social_support_sjo", category="сім'ї військовослужбовців", alt=["support_ongoing"], parent=sup)
comp = f("support_completed", "families", 38, "Завершено надання послуги 38 сім'ям", service="social_support_sjo", parent=sup)
o1 = f("outcome_positive", "families", 27, "з позитивним результатом (подолано СЖО) – 27 сімей, що становить 71,1 %", percent=71.1, service="social_support_sjo", group="completed_38_by_outcome", parent=comp)
o2 = f("outcome_minimized", "families", 6, "мінімізовано СЖО – 6 сімей (15,8 %)", percent=15.8, service="social_support_sjo", group="completed_38_by_outcome", parent=comp)
o3 = f("outcome_negative", "families", 3, "без результату – 3 сім'ї (7,9 %)", percent=7.9, service="social_support_sjo", group="completed_38_by_outcome", parent=comp)
o4 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2 сім'ї (5,3 %)", percent=5.3, service="social_support_sjo", label="зміна місця проживання", group="completed_38_by_outcome", parent=comp)
ong = f("support_ongoing", "families", 23, "На кінець року під супроводом залишаються 23 сім'ї", service="social_support_sjo", parent=sup)
fo = f("served", "families", 9, "Соціальне супроводження здійснювалося 9 прийомним сім'ям та ДБСТ", service="social_support_foster", category="прийомні сім'ї та ДБСТ", label="прозою, повторно")
f("served", "children", 31, "у яких виховується 31 дитина", service="social_support_foster", parent=fo)
f("served", "families", 2, "серед них 2 дитячі будинки сімейного типу", service="social_support_foster", category="дитячі будинки сімейного типу", parent=fo)
ev = f("events", "events", 16, "Проведено 16 групових заходів")
f("event_participants", "persons", 287, "у яких взяли участь 287 осіб", parent=ev)
f("calls", "calls", 134, "На «гарячу лінію» Центру надійшло 134 дзвінки")
f("complaints", "complaints", 0, "Скарг на дії працівників Центру протягом року не надходило")

def fv(i): return "f" + i[1:]

g.slip("percent_mismatch", "error", "14 сімей внутрішньо переміщених осіб (24,6 %)", 24.6, 23.0, [idp, sup],
       "14 of the 61 families under support is 22,95 % → 23,0 %; 24,6 % is 15 of 61", f"pct_ok({idp.replace('f','p')}, {idp}, {sup}, 1)")
g.check("table_arithmetic", "Усього\t901\t3 645", "recipients column: 412+389+61+9+23+7 = 901", " + ".join(rr) + f" == {tot_r}")
g.check("table_arithmetic", "Усього\t901\t3 645", "services column: 1036+1574+742+216+58+19 = 3645", " + ".join(ss) + f" == {tot_s}")
g.check("internal_conflict", "Загалом соціальними послугами охоплено 901 сім'ю/особу", "prose 901 / 3645 = table totals", f"{pr} == {tot_r} and {ps} == {tot_s}")
g.check("internal_conflict", "Під соціальним супроводом протягом року перебувала 61 сім'я", "61 under support = table row 3 (61); 9 foster = row 4", f"{sup} == {rr[2]} and {fo} == {rr[3]}")
g.check("parts_sum", "надійшли повідомлення щодо 186 сімей/осіб", "74+41+38+33 = 186", f"{n1} + {n2} + {n3} + {n4} == {nt}")
g.check("parts_sum", "Оцінку потреб проведено 171 сім'ї/особі", "97 in СЖО ≤ 171 assessed ≤ 186 notified", f"{sj} <= {na} <= {nt}")
g.check("parts_sum", "з них 44 сім'ї взято під супровід у звітному році, решта 17", "44 + 17 = 61", f"{st_} + {cont} == {sup}")
g.check("parts_sum", "Завершено надання послуги 38 сім'ям, з них", "27+6+3+2 = 38", f"{o1} + {o2} + {o3} + {o4} == {comp}")
g.check("parts_sum", "На кінець року під супроводом залишаються 23 сім'ї", "38 completed + 23 remaining = 61", f"{comp} + {ong} == {sup}")
g.check("percent_mismatch", "6 сімей військовослужбовців (9,8 %)", "6/61 = 9,84 % → 9,8", f"pct_ok(p{mil[1:]}, {mil}, {sup}, 1)")
g.check("percent_mismatch", "що становить 71,1 %", "27/38 = 71,05; 6/38 = 15,79; 3/38 = 7,89; 2/38 = 5,26",
        " and ".join(f"pct_ok(p{x[1:]}, {x}, {comp}, 1)" for x in (o1, o2, o3, o4)))
g.check("percents_sum", "що становить 71,1 %", "71,1+15,8+7,9+5,3 = 100,1 (rounding)", f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}, p{o4[1:]}], 1)")
g.check("parts_sum", "Фактично працювало 13 працівників", "13 ≤ 14,5 positions; 11 trained ≤ 13", f"{act} <= {pos} and {tr} <= {act}")

S = g.skip
S("17701, Чернігівська обл., м. Ічня, вул. Вишнева, 12; тел. (04633) 0-25-71", [17701, 12, 4633, 0, 25, 71], "postcode, address, phone")
S("код ЄДРПОУ 44918273", [44918273], "ЄДРПОУ")
S("Вих. № 02-18/37 від 23.01.2026", [2, 18, 37, 23, 1, 2026], "outgoing number and date")
S("за 2025 рік", [2025], "year")
S("рішенням Ічнянської міської ради від 17.12.2020 № 41-3/VIII", [17, 12, 2020, 41, 3], "decision date and number")
S("Громада об'єднує 52 населені пункти, у яких проживає близько 27,4 тис. мешканців", [52, 27.4], "settlements and population")
S("обсягом 30 годин", [30], "duration of the course")
S("(у 2024 році – 158)", [2024, 158], "prior-year figure")
S("Таблиця 1.", [1], "table number")
S("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers № з/п")
S("продовжували отримувати послугу з 2024 року", [2024], "year (the 17 are a 2025 figure)")
S("Середня тривалість супроводу – 5,4 місяця.", [5.4], "duration")
S("У 2026 році планується запровадити послугу денного догляду для 15 дітей з інвалідністю віком від 3 до 18 років та довести кількість сімей під супроводом до 70.", [2026, 15, 3, 18, 70], "plan for 2026 with ages")
S("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers")

g.note("table 1: every cell is a fact quoted by its row; rows hang on the «Усього» cell of the same column (merged № + name cell)")
g.note("the 901 / 3645 totals and the 61 / 9 support figures are written both in the table and in prose: two facts each")
g.note("«решта 17 продовжували отримувати послугу з 2024 року» → served with a label (alt support_ongoing), a part of the 61 with the 44 taken this year")
g.note("«14,5 посади» is a fractional fact")
g.write()
