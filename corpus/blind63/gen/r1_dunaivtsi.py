"""b63_01: ЦСС Дунаєвецької міської ради (Хмельницька), annual report 2024, DOCX, first person plural."""
from docx import Document
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b63_01_dunaivtsi_css_annual2024.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)
P = doc.add_paragraph
P("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ДУНАЄВЕЦЬКОЇ МІСЬКОЇ РАДИ")
P("32400, Хмельницька обл., м. Дунаївці, вул. Шевченка, 41, тел. (03858) 0-31-74, "
  "e-mail: css.dunaivtsi@example.ua, код ЄДРПОУ 44187305")
P("Вих. № 02-14/38 від 17.01.2025")
doc.add_heading("ЗВІТ про роботу Центру соціальних служб за 2024 рік", level=1)
doc.add_heading("1. Загальні відомості", level=2)
P("Наш Центр діє на підставі рішення Дунаєвецької міської ради від 18.02.2021 № 7-9/2021. "
  "Громада об'єднує 52 населені пункти, у яких проживає близько 38,6 тис. мешканців. "
  "Штатним розписом на 2024 рік нам затверджено 14 посад, фактично працюють 12 фахівців; "
  "упродовж року 9 працівників пройшли навчання з підвищення кваліфікації.")
doc.add_heading("2. Виявлення сімей у складних життєвих обставинах", level=2)
P("Протягом 2024 року ми отримали повідомлення щодо 211 сімей/осіб, які можуть перебувати у "
  "складних життєвих обставинах (у 2023 році – 187). Оцінку потреб проведено 196 сім'ям/особам, "
  "за її результатами 143 сім'ї/особи визнано такими, що перебувають у СЖО. Ще 15 повідомлень "
  "станом на 31.12.2024 залишалися в роботі.")
doc.add_heading("3. Надання соціальних послуг", level=2)
P("Загалом за рік наші фахівці надали 6 418 соціальних послуг 1 274 сім'ям/особам. "
  "Розподіл за видами послуг – у таблиці 1.")
P("Таблиця 1. Соціальні послуги, надані у 2024 році")
rows = [
    ("1", "Інформування", "612", "1 905"),
    ("2", "Консультування", "418", "2 731"),
    ("3", "Соціальний супровід сімей, які перебувають у СЖО", "96", "1 148"),
    ("4", "Соціальний супровід прийомних сімей та ДБСТ", "11", "264"),
    ("5", "Кризове та екстрене втручання", "23", "57"),
    ("6", "Представництво інтересів", "114", "313"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("№ з/п", "Назва послуги", "Отримувачі (сімей/осіб)", "Кількість наданих послуг")):
    c.text = h
for r in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, r):
        c.text = v
cells = t.add_row().cells
cells[0].text = ""
cells[1].text = "Разом"
cells[2].text = "1 274"
cells[3].text = "6 418"
doc.add_heading("4. Соціальний супровід", level=2)
P("Під соціальним супроводом протягом року в нас перебувало 96 сімей, у яких виховується "
  "203 дитини; 38 із цих сімей – внутрішньо переміщені особи (39,6 %). Вперше взяли під супровід "
  "57 сімей. Завершили супровід 49 сімей, а саме: з позитивним результатом (СЖО подолано) – "
  "34 (72,3 %), із мінімізацією СЖО – 9, у зв'язку зі зміною місця проживання – 4, через відмову "
  "від послуги – 2. На 2025 рік супровід продовжено 47 сім'ям.")
P("Крім того, супроводжуємо 7 прийомних сімей та 4 дитячі будинки сімейного типу, де "
  "виховується 29 дітей. Середній стаж прийомних батьків – 6 років.")
doc.add_heading("5. Профілактика", level=2)
P("Ми провели 41 груповий захід (тренінги, батьківські клуби, інформаційні акції), у яких взяли "
  "участь 687 осіб. Тривалість одного заняття батьківського клубу – 1,5 години. На «гарячу лінію» "
  "Центру надійшло 134 дзвінки.")
doc.add_heading("6. Звернення громадян", level=2)
P("Упродовж року до Центру надійшла 1 скарга; її розглянуто в установлений законом 30-денний строк.")
doc.add_heading("7. Завдання на 2025 рік", level=2)
P("У 2025 році плануємо охопити послугою наставництва 12 дітей віком від 14 до 18 років і "
  "створити 2 групи взаємопідтримки для батьків.")
P("Директор Центру                                        (підпис)")
fix_docx_props(doc, "ЦСС")
path = report_path(NAME)
doc.save(path)
freeze_zip(path)

g = Gold(NAME, {
    "centre": "Центр соціальних служб Дунаєвецької міської ради",
    "centre_type": "css", "settlement": "Дунаївці", "oblast": "Хмельницька",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
f = g.f
sp = f("staff_positions", "positions", 14, "Штатним розписом на 2024 рік нам затверджено 14 посад")
sa = f("staff_actual", "staff", 12, "фактично працюють 12 фахівців")
st_ = f("staff_trained", "staff", 9, "упродовж року 9 працівників пройшли навчання з підвищення кваліфікації")
no = f("notified", "families_persons", 211, "ми отримали повідомлення щодо 211 сімей/осіб")
na = f("needs_assessed", "families_persons", 196, "Оцінку потреб проведено 196 сім'ям/особам")
sj = f("in_difficult_circumstances", "families_persons", 143, "143 сім'ї/особи визнано такими, що перебувають у СЖО",
       parent=na)
sv = f("services_provided", "services", 6418, "наші фахівці надали 6 418 соціальних послуг 1 274 сім'ям/особам")
se = f("served", "families_persons", 1274, "наші фахівці надали 6 418 соціальних послуг 1 274 сім'ям/особам")
tab = {}
svc = ["informing", "counselling", "social_support_sjo", "social_support_foster", "crisis_intervention", "representation"]
tot_s = f("served", "families_persons", 1274, "Разом\t1 274\t6 418", label="Разом (таблиця 1)")
tot_p = f("services_provided", "services", 6418, "Разом\t1 274\t6 418", label="Разом (таблиця 1)")
for (n, name, a, b), s in zip(rows, svc):
    q = f"{n}\t{name}\t{a}\t{b}"
    tab[s] = (f("served", "families_persons", int(a.replace(" ", "")), q, service=s, label=name,
                group="table1_recipients", parent=tot_s),
              f("services_provided", "services", int(b.replace(" ", "")), q, service=s, label=name,
                group="table1_services", parent=tot_p))
ss = f("served", "families", 96, "Під соціальним супроводом протягом року в нас перебувало 96 сімей",
       service="social_support_sjo", alt=["support_ongoing"])
ch = f("served", "children", 203, "у яких виховується 203 дитини", service="social_support_sjo",
       alt=["support_ongoing"], parent=ss)
idp = f("served", "families", 38, "38 із цих сімей – внутрішньо переміщені особи (39,6 %)", percent=39.6,
        service="social_support_sjo", category="внутрішньо переміщені особи", parent=ss)
ns = f("support_started", "families", 57, "Вперше взяли під супровід 57 сімей", service="social_support_sjo",
       parent=ss)
sc = f("support_completed", "families", 49, "Завершили супровід 49 сімей", service="social_support_sjo", parent=ss)
op = f("outcome_positive", "families", 34, "з позитивним результатом (СЖО подолано) – 34 (72,3 %)", percent=72.3,
       group="completed_49", parent=sc)
om = f("outcome_minimized", "families", 9, "із мінімізацією СЖО – 9", group="completed_49", parent=sc)
oo1 = f("outcome_other", "families", 4, "у зв'язку зі зміною місця проживання – 4",
        label="зміна місця проживання", group="completed_49", parent=sc)
oo2 = f("outcome_other", "families", 2, "через відмову від послуги – 2", label="відмова від послуги",
        group="completed_49", parent=sc)
so = f("support_ongoing", "families", 47, "На 2025 рік супровід продовжено 47 сім'ям", service="social_support_sjo",
       note="families carried over into 2025: a 2024 figure")
pf = f("served", "families", 7, "супроводжуємо 7 прийомних сімей", service="social_support_foster",
       label="прийомні сім'ї", group="foster_11", parent=tab["social_support_foster"][0])
db = f("served", "families", 4, "4 дитячі будинки сімейного типу", service="social_support_foster",
       label="дитячі будинки сімейного типу", group="foster_11", parent=tab["social_support_foster"][0])
fc = f("served", "children", 29, "де виховується 29 дітей", service="social_support_foster")
ev = f("events", "events", 41, "Ми провели 41 груповий захід")
ep = f("event_participants", "persons", 687, "у яких взяли участь 687 осіб", parent=ev)
ca = f("calls", "calls", 134, "надійшло 134 дзвінки")
co = f("complaints", "complaints", 1, "до Центру надійшла 1 скарга")

g.slip("percent_mismatch", "error", "з позитивним результатом (СЖО подолано) – 34 (72,3 %)", 72.3, 69.4, [op, sc],
       "34 of the 49 families that completed support is 69,4 %, not 72,3 %", f"pct_ok(p{op[1:]}, {op}, {sc}, 1)")
ids = lambda k: [tab[s][k] for s in svc]
g.check("table_arithmetic", "Разом\t1 274\t6 418", "612 + 418 + 96 + 11 + 23 + 114 = 1 274",
        " + ".join(ids(0)) + f" == {tot_s}")
g.check("table_arithmetic", "Разом\t1 274\t6 418", "1 905 + 2 731 + 1 148 + 264 + 57 + 313 = 6 418",
        " + ".join(ids(1)) + f" == {tot_p}")
g.check("internal_conflict", "наші фахівці надали 6 418 соціальних послуг 1 274 сім'ям/особам",
        "prose totals equal the table's Разом", f"{se} == {tot_s} and {sv} == {tot_p}")
g.check("internal_conflict", "Під соціальним супроводом протягом року в нас перебувало 96 сімей",
        "96 families in prose = table row 3", f"{ss} == {tab['social_support_sjo'][0]}")
g.check("parts_sum", "7 прийомних сімей та 4 дитячі будинки сімейного типу", "7 + 4 = 11 (table row 4)",
        f"{pf} + {db} == {tab['social_support_foster'][0]}")
g.check("percent_mismatch", "38 із цих сімей – внутрішньо переміщені особи (39,6 %)", "38 / 96 = 39,58 % → 39,6",
        f"pct_ok(p{idp[1:]}, {idp}, {ss}, 1)")
g.check("parts_sum", "Завершили супровід 49 сімей, а саме", "34 + 9 + 4 + 2 = 49",
        f"{op} + {om} + {oo1} + {oo2} == {sc}")
g.check("parts_sum", "На 2025 рік супровід продовжено 47 сім'ям", "96 under support − 49 completed = 47 carried over",
        f"{ss} - {sc} == {so}")
g.check("parts_sum", "Оцінку потреб проведено 196 сім'ям/особам", "196 assessed + 15 pending = 211 notified; 143 ≤ 196",
        f"{na} + 15 == {no} and {sj} <= {na}")
g.check("parts_sum", "фактично працюють 12 фахівців", "9 trained ≤ 12 actual ≤ 14 positions",
        f"{st_} <= {sa} <= {sp}")
g.skip("32400, Хмельницька обл., м. Дунаївці, вул. Шевченка, 41, тел. (03858) 0-31-74", [32400, 41, 3858, 3174],
       "postcode, address, phone")
g.skip("код ЄДРПОУ 44187305", [44187305], "ЄДРПОУ")
g.skip("Вих. № 02-14/38 від 17.01.2025", [2, 14, 38, 17, 1, 2025], "outgoing number and date")
g.skip("рішення Дунаєвецької міської ради від 18.02.2021 № 7-9/2021", [18, 2, 2021, 7, 9, 2021], "decision date and number")
g.skip("Громада об'єднує 52 населені пункти, у яких проживає близько 38,6 тис. мешканців", [52, 38600],
       "settlement count and population")
g.skip("(у 2023 році – 187)", [2023, 187], "prior-year figure")
g.skip("Ще 15 повідомлень станом на 31.12.2024 залишалися в роботі", [15, 31, 12, 2024],
       "notifications still being processed (no §3 id; used as a literal in a check) and a date")
g.skip("Таблиця 1. Соціальні послуги, надані у 2024 році", [1, 2024], "table number, year")
g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers № з/п 1–6")
g.skip("Середній стаж прийомних батьків – 6 років.", [6], "duration (years of experience)")
g.skip("Тривалість одного заняття батьківського клубу – 1,5 години.", [1.5], "duration")
g.skip("установлений законом 30-денний строк", [30], "legal time limit")
g.skip("У 2025 році плануємо охопити послугою наставництва 12 дітей віком від 14 до 18 років",
       [2025, 12, 14, 18], "plan and ages")
g.skip("створити 2 групи взаємопідтримки для батьків", [2], "plan")
g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7], "section numbers")
g.note("«у 2023 році – 187» is a prior-year comparison → skipped")
g.note("table: each cell is a fact quoted by its row; rows hang on the Разом cell of the same column; the prose "
       "totals (6 418 services, 1 274 recipients) are separate facts from the table's Разом")
g.note("«Під соціальним супроводом … перебувало 96 сімей» → served (alt support_ongoing), a repeat of table row 3 "
       "in families (the table says сімей/осіб)")
g.note("«На 2025 рік супровід продовжено 47 сім'ям» → support_ongoing for 2024")
g.note("the 7 foster families + 4 ДБСТ are the 11 of table row 4; the 29 children are not hung on a single row")
g.write()
