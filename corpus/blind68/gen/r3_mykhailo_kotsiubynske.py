"""b68_03: ЦСС Михайло-Коцюбинської селищної ради (Чернігівська), annual report 2024.
DOCX (python-docx) in the first person plural, numbered sections and a table by service."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b68_03_mykhailo_kotsiubynske_css_annual2024.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)


def para(text, bold=False, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ МИХАЙЛО-КОЦЮБИНСЬКОЇ СЕЛИЩНОЇ РАДИ", bold=True, center=True)
para("15552, Чернігівська обл., Чернігівський р-н, смт Михайло-Коцюбинське, вул. Незалежності, 18; тел. (04622) 0-41-36; код ЄДРПОУ 44071593", center=True)
para("ЗВІТ про роботу Центру соціальних служб за 2024 рік", bold=True, center=True)
para("1. Загальна інформація", bold=True)
para("Наш Центр утворено рішенням селищної ради від 17.06.2021 № 9-8/VIII. Ми обслуговуємо 28 населених пунктів громади з населенням 14,2 тис. осіб. Загалом у 2024 році Центр надав 3 213 соціальних послуг 862 сім'ям/особам (у 2023 році – 2 874 послуги). Розподіл за видами послуг наведено в таблиці 1.")
para("Таблиця 1. Соціальні послуги, надані Центром у 2024 році")
rows = [
    ("№", "Назва соціальної послуги", "Отримувачі, сімей/осіб", "з них ВПО", "Надано послуг"),
    ("1", "Інформування", "412", "96", "1 037"),
    ("2", "Консультування", "286", "71", "1 154"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "34", "9", "612"),
    ("4", "Соціальне супроводження прийомних сімей та ДБСТ", "5", "0", "143"),
    ("5", "Екстрене (кризове) втручання", "7", "3", "21"),
    ("6", "Соціальна профілактика", "118", "22", "236"),
    ("", "Разом", "862", "201", "3 213"),
]
t = doc.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
para("2. Виявлення сімей, які перебувають у складних життєвих обставинах", bold=True)
para("Протягом року до нас надійшли повідомлення про 73 сім'ї, які можуть перебувати у складних життєвих обставинах, у тому числі: від служби у справах дітей – 29, від закладів освіти – 18, від поліції – 14, від інших суб'єктів – 12. Оцінку потреб ми провели 68 сім'ям; 5 повідомлень не підтвердилися під час першого візиту. За результатами оцінки складні життєві обставини виявлено у 41 сім'ї, в яких виховується 87 дітей.")
para("3. Соціальний супровід", bold=True)
para("Загалом протягом 2024 року під соціальним супроводом перебувало 34 сім'ї (у них 71 дитина), з них 19 сімей ми взяли під супровід у звітному році, а 15 – продовжували отримувати послугу з 2023 року. Завершено супровід 22 сімей: у 14 сім'ях складні життєві обставини подолано (63,6 %), у 6 – мінімізовано (27,3 %), у 2 сім'ях результату не досягнуто (9,1 %). На кінець року супровід продовжується 12 сім'ям.")
para("4. Прийомні сім'ї та ДБСТ", bold=True)
para("На території громади функціонує 4 прийомні сім'ї та 1 дитячий будинок сімейного типу, у яких виховується 16 дітей. Усі 5 сімей отримували послугу соціального супроводження; кожну сім'ю відвідано не рідше 1 разу на місяць.")
para("5. Групова робота", bold=True)
para("Наші фахівці провели 46 групових заходів (тренінги, батьківські школи, «Школа відповідального батьківства»), участь у яких взяли 623 особи. Тривалість одного тренінгу – 2 години.")
para("6. Кадрове забезпечення", bold=True)
para("Штатним розписом затверджено 9 посад, з яких 7 – посади фахівців із соціальної роботи. Фактично працює 8 працівників. Шестеро фахівців пройшли навчання за програмою Національної соціальної сервісної служби (по 40 годин).")
para("7. Фінансування", bold=True)
para("Кошторисні призначення на 2024 рік становили 3 482,7 тис. грн, касові видатки – 3 447,1 тис. грн, економія – 35,6 тис. грн.")
para("8. Завдання на 2025 рік", bold=True)
para("У 2025 році плануємо охопити соціальним супроводом не менше 40 сімей та створити ще 1 прийомну сім'ю.")
para("Директор Центру                                   (підпис)")
para("15.01.2025")
fix_docx_props(doc, author="ЦСС")
path = report_path(DOC)
doc.save(path)
freeze_zip(path)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Михайло-Коцюбинської селищної ради", "centre_type": "css",
    "settlement": "Михайло-Коцюбинське", "oblast": "Чернігівська", "report_kind": "annual_report",
    "period_start": "2024-01-01", "period_end": "2024-12-31"})
F = g.f
ps = F("services_provided", "services", 3213, "Центр надав 3 213 соціальних послуг")
pr = F("served", "families_persons", 862, "3 213 соціальних послуг 862 сім'ям/особам")
SV = {"Інформування": "informing", "Консультування": "counselling",
      "Соціальний супровід сімей (осіб), які перебувають у СЖО": "social_support_sjo",
      "Соціальне супроводження прийомних сімей та ДБСТ": "social_support_foster",
      "Екстрене (кризове) втручання": "crisis_intervention", "Соціальна профілактика": "social_prevention"}


def rowq(r):
    return "\t".join(x for x in r if x != "")


tot = rows[-1]
tr = F("served", "families_persons", 862, rowq(tot), label="Разом")
ti = F("served", "families_persons", 201, rowq(tot), category="внутрішньо переміщені особи", label="Разом", parent=tr)
ts = F("services_provided", "services", 3213, rowq(tot), label="Разом")
cells = {}
for r in rows[1:-1]:
    sv = SV[r[1]]
    q = rowq(r)
    a = F("served", "families_persons", int(r[2]), q, service=sv, group="table_recipients", parent=tr)
    b = F("served", "families_persons", int(r[3]), q, service=sv, category="внутрішньо переміщені особи", group="table_idp", parent=ti)
    c = F("services_provided", "services", int(r[4].replace(" ", "")), q, service=sv, group="table_services", parent=ts)
    cells[sv] = (a, b, c)
nt = F("notified", "families", 73, "надійшли повідомлення про 73 сім'ї")
G = "notified_73_by_source"
n1 = F("notified", "families", 29, "від служби у справах дітей – 29", label="служба у справах дітей", group=G, parent=nt)
n2 = F("notified", "families", 18, "від закладів освіти – 18", label="заклади освіти", group=G, parent=nt)
n3 = F("notified", "families", 14, "від поліції – 14", label="поліція", group=G, parent=nt)
n4 = F("notified", "families", 12, "від інших суб'єктів – 12", label="інші суб'єкти", group=G, parent=nt)
na = F("needs_assessed", "families", 68, "Оцінку потреб ми провели 68 сім'ям")
dc = F("in_difficult_circumstances", "families", 41, "складні життєві обставини виявлено у 41 сім'ї")
dcc = F("in_difficult_circumstances", "children", 87, "41 сім'ї, в яких виховується 87 дітей", parent=dc)
su = F("served", "families", 34, "під соціальним супроводом перебувало 34 сім'ї", service="social_support_sjo", alt=["support_ongoing"])
suc = F("served", "children", 71, "(у них 71 дитина)", service="social_support_sjo", alt=["support_ongoing"], parent=su)
ss = F("support_started", "families", 19, "з них 19 сімей ми взяли під супровід у звітному році", service="social_support_sjo", group="support_34_by_start", parent=su)
sc = F("served", "families", 15, "а 15 – продовжували отримувати послугу з 2023 року", service="social_support_sjo", alt=["support_ongoing"], label="продовжували отримувати послугу з 2023 року", group="support_34_by_start", parent=su)
cm = F("support_completed", "families", 22, "Завершено супровід 22 сімей", service="social_support_sjo", parent=su)
G = "completed_22_by_result"
o1 = F("outcome_positive", "families", 14, "у 14 сім'ях складні життєві обставини подолано (63,6 %)", percent=63.6, service="social_support_sjo", group=G, parent=cm)
o2 = F("outcome_minimized", "families", 6, "у 6 – мінімізовано (27,3 %)", percent=27.3, service="social_support_sjo", group=G, parent=cm)
o3 = F("outcome_negative", "families", 2, "у 2 сім'ях результату не досягнуто (9,1 %)", percent=9.1, service="social_support_sjo", group=G, parent=cm)
og = F("support_ongoing", "families", 12, "На кінець року супровід продовжується 12 сім'ям", service="social_support_sjo", parent=su)
fo = F("served", "families", 5, "Усі 5 сімей отримували послугу соціального супроводження", service="social_support_foster")
foc = F("served", "children", 16, "у яких виховується 16 дітей", service="social_support_foster", parent=fo)
ev = F("events", "events", 46, "Наші фахівці провели 46 групових заходів")
ep = F("event_participants", "persons", 623, "участь у яких взяли 623 особи", parent=ev)
sp = F("staff_positions", "positions", 9, "Штатним розписом затверджено 9 посад")
sp1 = F("staff_positions", "positions", 7, "з яких 7 – посади фахівців із соціальної роботи", label="фахівці із соціальної роботи", parent=sp)
sa = F("staff_actual", "staff", 8, "Фактично працює 8 працівників")
stt = F("staff_trained", "staff", 6, "Шестеро фахівців пройшли навчання", note="number written as a collective numeral")
ba = F("budget_approved", "uah", 3482700, "Кошторисні призначення на 2024 рік становили 3 482,7 тис. грн")
bs = F("budget_spent", "uah", 3447100, "касові видатки – 3 447,1 тис. грн")
bv = F("budget_savings", "uah", 35600, "економія – 35,6 тис. грн")


def P(fid):
    return "p" + fid[1:]


svc = [cells[k][2] for k in cells]
g.slip("table_arithmetic", "error", rowq(tot), 3213, 3203, [ts] + svc,
       "the «Надано послуг» column sums to 1 037 + 1 154 + 612 + 143 + 21 + 236 = 3 203, but «Разом» says 3 213 (10 extra); the prose repeats 3 213",
       " + ".join(svc) + f" == {ts}")
rc = [cells[k][0] for k in cells]
ic = [cells[k][1] for k in cells]
g.check("table_arithmetic", rowq(tot), "recipients column: 412 + 286 + 34 + 5 + 7 + 118 = 862", " + ".join(rc) + f" == {tr}")
g.check("table_arithmetic", rowq(tot), "IDP column: 96 + 71 + 9 + 0 + 3 + 22 = 201", " + ".join(ic) + f" == {ti}")
g.check("table_arithmetic", rowq(tot), "each row: IDP <= recipients", "all([" + ", ".join(f"{b} <= {a}" for a, b in zip(rc, ic)) + "])")
g.check("internal_conflict", "Центр надав 3 213 соціальних послуг 862 сім'ям/особам", "prose 862 and 3 213 = table Разом", f"{pr} == {tr} and {ps} == {ts}")
g.check("internal_conflict", "під соціальним супроводом перебувало 34 сім'ї", "prose 34 = table row 3", f"{su} == {cells['social_support_sjo'][0]}")
g.check("internal_conflict", "Усі 5 сімей отримували послугу соціального супроводження", "prose 5 = table row 4; 4 foster families + 1 ДБСТ (skipped literals) = 5", f"{fo} == {cells['social_support_foster'][0]} and 4 + 1 == {fo}")
g.check("parts_sum", "у тому числі: від служби у справах дітей – 29", "29 + 18 + 14 + 12 = 73", f"{n1} + {n2} + {n3} + {n4} == {nt}")
g.check("parts_sum", "Оцінку потреб ми провели 68 сім'ям; 5 повідомлень не підтвердилися", "68 assessed + 5 not confirmed (skipped literal) = 73 notified; 41 in СЖО <= 68", f"{na} + 5 == {nt} and {dc} <= {na}")
g.check("parts_sum", "з них 19 сімей ми взяли під супровід у звітному році, а 15", "19 + 15 = 34", f"{ss} + {sc} == {su}")
g.check("parts_sum", "Завершено супровід 22 сімей", "14 + 6 + 2 = 22; 34 − 22 = 12 continuing", f"{o1} + {o2} + {o3} == {cm} and {su} - {cm} == {og}")
g.check("percent_mismatch", "у 14 сім'ях складні життєві обставини подолано (63,6 %)", "14/22 = 63,64; 6/22 = 27,27; 2/22 = 9,09", f"pct_ok({P(o1)}, {o1}, {cm}, 1) and pct_ok({P(o2)}, {o2}, {cm}, 1) and pct_ok({P(o3)}, {o3}, {cm}, 1)")
g.check("percents_sum", "у 14 сім'ях складні життєві обставини подолано (63,6 %)", "63,6 + 27,3 + 9,1 = 100,0", f"psum_ok([{P(o1)}, {P(o2)}, {P(o3)}], 1)")
g.check("table_arithmetic", "економія – 35,6 тис. грн", "3 482,7 − 3 447,1 = 35,6 тис. грн", f"{ba} - {bs} == {bv}")
g.check("parts_sum", "з яких 7 – посади фахівців із соціальної роботи", "7 <= 9; 8 working <= 9; 6 trained <= 8", f"{sp1} <= {sp} and {sa} <= {sp} and {stt} <= {sa}")

g.skip("15552, Чернігівська обл., Чернігівський р-н, смт Михайло-Коцюбинське, вул. Незалежності, 18; тел. (04622) 0-41-36; код ЄДРПОУ 44071593", [15552, 18, 4622, 4136, 44071593], "postcode, address, phone, ЄДРПОУ")
g.skip("рішенням селищної ради від 17.06.2021 № 9-8/VIII", [17, 6, 2021, 9, 8], "decision date and number")
g.skip("Ми обслуговуємо 28 населених пунктів громади з населенням 14,2 тис. осіб", [28, 14200], "settlement count, population")
g.skip("(у 2023 році – 2 874 послуги)", [2023, 2874], "prior-year figure")
g.skip("Таблиця 1. Соціальні послуги, надані Центром у 2024 році", [1, 2024], "table number, year")
g.skip("№\tНазва соціальної послуги", [1, 2, 3, 4, 5, 6], "row numbers 1–6 in the № column")
g.skip("5 повідомлень не підтвердилися під час першого візиту", [5], "not confirmed (no §3 id); used as a literal in a check")
g.skip("продовжували отримувати послугу з 2023 року", [2023], "year")
g.skip("функціонує 4 прийомні сім'ї та 1 дитячий будинок сімейного типу", [4, 1], "number of foster families / ДБСТ (institutions, not a §3 count); used as literals in a check")
g.skip("не рідше 1 разу на місяць", [1], "frequency")
g.skip("Тривалість одного тренінгу – 2 години", [2], "duration")
g.skip("(по 40 годин)", [40], "duration of training")
g.skip("У 2025 році плануємо охопити соціальним супроводом не менше 40 сімей та створити ще 1 прийомну сім'ю", [2025, 40, 1], "plan")
g.skip("15.01.2025", [15, 1, 2025], "signature date")
g.skip("1. Загальна інформація", [1, 2, 3, 4, 5, 6, 7, 8], "section numbers")
g.note("every table cell is a fact quoted by its row; rows hang on the Разом cell of the same column (one group per column); the IDP total hangs on the recipients total")
g.note("«сім'ям/особам» and «Отримувачі, сімей/осіб» → unit families_persons")
g.note("the prose «3 213 соціальних послуг 862 сім'ям/особам» repeats the table total: two more facts")
g.note("«15 – продовжували отримувати послугу з 2023 року» → served with label (alt support_ongoing); «продовжується 12 сім'ям» at the end of the year → support_ongoing")
g.note("«Шестеро фахівців» is the figure itself written as a word: staff_trained 6")
g.note("Екстрене (кризове) втручання → crisis_intervention; Соціальна профілактика → social_prevention")
g.write()
