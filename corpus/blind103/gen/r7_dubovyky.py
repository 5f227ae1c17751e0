"""b103_07: КУ «ЦНСП» Дубовиківської сільської ради, annual report 2024 — a DOCX whose table cells hold
nested Word tables (an outer table by service, each cell holding a small inner table of categories and counts)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from common import Gold, read_text, report_path, save_docx, set_cell_text

DOC = "b103_07_dubovyky_cnsp_annual2024.docx"

d = Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(12)


def p(text, bold=False, center=False):
    par = d.add_paragraph()
    r = par.add_run(text)
    r.bold = bold
    if center:
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return par


def inner(cell, rows, header=("Категорія", "Осіб")):
    """A nested table inside an outer cell, as Word makes it (Insert Table while the cursor is in a cell)."""
    it = cell.add_table(rows=len(rows) + 1, cols=2)
    it.style = "Table Grid"
    set_cell_text(it.cell(0, 0), header[0], bold=True, size=10)
    set_cell_text(it.cell(0, 1), header[1], bold=True, size=10)
    for i, (a, b) in enumerate(rows, start=1):
        set_cell_text(it.cell(i, 0), a, bold=a.startswith("Усього"), size=10)
        set_cell_text(it.cell(i, 1), b, bold=a.startswith("Усього"), size=10)
    return it


p("Комунальна установа «Центр надання соціальних послуг» Дубовиківської сільської ради", bold=True, center=True)
p("52431, Дніпропетровська обл., Синельниківський р-н, с. Дубовики, вул. Шкільна, 3-А; тел. (05663) 0-40-72; "
  "e-mail: cnsp.dubovyky@example.ua; ЄДРПОУ 43577019", center=True)
p("ЗВІТ ПРО РОБОТУ ЗА 2024 РІК", bold=True, center=True)
p("Центр надає соціальні послуги мешканцям 11 населених пунктів Дубовиківської територіальної громади "
  "(близько 8,3 тис. жителів). Протягом 2024 року до Центру звернулася 421 особа, оцінку потреб проведено "
  "318 особам. Соціальні послуги отримали 394 особи; одна особа могла отримувати кілька послуг, тому дані "
  "таблиці 1 за послугами в сумі більші.")
p("Таблиця 1. Отримувачі соціальних послуг у 2024 році", bold=True)

outer_rows = [
    ("1", "Догляд вдома", [("особи похилого віку", "41"), ("особи з інвалідністю", "23"),
                           ("внутрішньо переміщені особи", "6"), ("Усього", "70")], "12 480"),
    ("2", "Денний догляд", [("особи з інвалідністю", "14"), ("діти з інвалідністю", "9"), ("Усього", "23")], "2 310"),
    ("3", "Консультування", [("внутрішньо переміщені особи", "54"), ("особи з інвалідністю", "31"),
                             ("ветерани війни та члени їх сімей", "22"), ("інші", "118"), ("Усього", "235")], "612"),
    ("4", "Соціальна адаптація", [("особи з інвалідністю", "8"), ("внутрішньо переміщені особи", "7"),
                                  ("Усього", "15")], "186"),
    ("5", "Натуральна допомога", [("внутрішньо переміщені особи", "64"), ("малозабезпечені особи", "29"),
                                  ("Усього", "93")], "93"),
]
t = d.add_table(rows=len(outer_rows) + 2, cols=4)
t.style = "Table Grid"
for j, h in enumerate(("№ з/п", "Соціальна послуга", "Отримувачі за категоріями", "Надано послуг, од.")):
    set_cell_text(t.cell(0, j), h, bold=True)
for i, (n, name, cats, svc) in enumerate(outer_rows, start=1):
    set_cell_text(t.cell(i, 0), n)
    set_cell_text(t.cell(i, 1), name)
    inner(t.cell(i, 2), cats)
    set_cell_text(t.cell(i, 3), svc)
last = len(outer_rows) + 1
m = t.cell(last, 0).merge(t.cell(last, 2))
set_cell_text(m, "Усього надано послуг", bold=True)
set_cell_text(t.cell(last, 3), "15 681", bold=True)
p("")
p("Для порівняння: у 2023 році Центр надав 14 902 послуги.")

p("Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах", bold=True)
p("Таблиця 2. Соціальний супровід у 2024 році", bold=True)
t2 = d.add_table(rows=4, cols=2)
t2.style = "Table Grid"
set_cell_text(t2.cell(0, 0), "Показник", bold=True)
set_cell_text(t2.cell(0, 1), "Кількість", bold=True)
set_cell_text(t2.cell(1, 0), "Перебували під соціальним супроводом")
inner(t2.cell(1, 1), [("сімей", "19"), ("дітей у них", "43")], header=("", "од."))
set_cell_text(t2.cell(2, 0), "Взято під супровід у 2024 році")
inner(t2.cell(2, 1), [("сімей", "11"), ("дітей у них", "24")], header=("", "од."))
set_cell_text(t2.cell(3, 0), "Завершено супровід")
inner(t2.cell(3, 1), [("з позитивним результатом", "7"), ("з мінімізацією СЖО", "3"),
                      ("з інших причин (переїзд)", "1"), ("Усього сімей", "11")], header=("Результат", "сімей"))
p("")
p("Кадри, заходи, фінансування", bold=True)
p("Штатним розписом затверджено 28 посад, фактично на кінець року працювало 26 працівників. Центр провів "
  "21 груповий захід (зустрічі батьківської групи, заняття «Школи догляду»), у яких взяли участь 356 осіб.")
p("Видатки на утримання Центру у 2024 році склали 7 846,2 тис. грн при затверджених кошторисом 8 012,5 тис. грн; "
  "економія – 166,3 тис. грн. Вартість однієї години послуги догляду вдома – 102,40 грн.")
p("Протягом року не надійшло жодної скарги від отримувачів послуг.")
p("У 2025 році планується відкрити відділення денного догляду на 15 місць у с. Миколаївка.")
p("Звіт затверджено рішенням виконавчого комітету від 20.01.2025 № 14.")

path = report_path(DOC)
save_docx(d, path, author="ЦНСП Дубовики")

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Дубовиківської сільської ради",
    "centre_type": "cnsp", "settlement": "Дубовики", "oblast": "Дніпропетровська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Дубовиківської сільської ради",
                         "КУ «Центр надання соціальних послуг» Дубовиківської сільської ради"]})

f1 = g.f("applied", "persons", 421, "до Центру звернулася 421 особа")
f2 = g.f("needs_assessed", "persons", 318, "оцінку потреб проведено 318 особам")
f3 = g.f("served", "persons", 394, "Соціальні послуги отримали 394 особи",
         note="unique recipients; the per-service figures of table 1 overlap (the text says so), so no parts_sum")
SV = {"Догляд вдома": "home_care", "Денний догляд": "day_care", "Консультування": "counselling",
      "Соціальна адаптація": "social_adaptation", "Натуральна допомога": "natural_aid"}
rowtot = {}
svc = {}
for n, name, cats, s in outer_rows:
    sv = SV[name]
    tot = cats[-1]
    tq = f"{n}\t{name}\tКатегорія Осіб"
    tid = g.f("served", "persons", int(tot[1]), f"Усього {tot[1]}\t{s}", service=sv,
              note=f"inner-table total of row {n} ({name})")
    rowtot[name] = tid
    ids = []
    for k, (cat, v) in enumerate(cats[:-1]):
        q = f"{cat} {v}"
        if read_text(path).count(q) > 1:   # «… особи 6» is also the start of «… особи 64»: add the next item
            q = f"{q} {cats[k + 1][0]} {cats[k + 1][1]}"
        ids.append(g.f("served", "persons", int(v), q, service=sv, category=cat, parent=tid,
                       group=f"{sv}_{tot[1]}_by_category"))
    rowtot[name] = (tid, ids)
    svc[name] = g.f("services_provided", "services", int(s.replace(" ", "")), f"Усього {tot[1]}\t{s}", service=sv)
ts = g.f("services_provided", "services", 15681, "Усього надано послуг\t15 681")
for name in svc:
    fact = g._by_id[svc[name]]
    fact["parent_id"] = ts
    fact["parent_quote"] = "Усього надано послуг\t15 681"
    fact["group"] = "services_15681_by_service"
g.facts = [{k: f[k] for k in ["id", "indicator", "unit", "value", "percent", "service", "criterion", "kekv",
                               "category", "district", "label", "group", "alt", "parent_id", "parent_quote",
                               "quote", "unit_alt", "uncertain", "note"] if k in f} for f in g.facts]
g._by_id = {f["id"]: f for f in g.facts}

a1 = g.f("served", "families", 19, "Перебували під соціальним супроводом\tод. сімей 19", service="social_support_sjo",
         alt=["support_ongoing"])
a2 = g.f("served", "children", 43, "дітей у них 43", service="social_support_sjo", alt=["support_ongoing"], parent=a1)
a3 = g.f("support_started", "families", 11, "Взято під супровід у 2024 році\tод. сімей 11", service="social_support_sjo",
         parent=a1)
a4 = g.f("support_started", "children", 24, "дітей у них 24", service="social_support_sjo", parent=a3)
a5 = g.f("support_completed", "families", 11, "Усього сімей 11", service="social_support_sjo", parent=a1)
grp = "completed_11_by_result"
a6 = g.f("outcome_positive", "families", 7, "з позитивним результатом 7", service="social_support_sjo", group=grp,
         parent=a5)
a7 = g.f("outcome_minimized", "families", 3, "з мінімізацією СЖО 3", service="social_support_sjo", group=grp,
         parent=a5)
a8 = g.f("outcome_other", "families", 1, "з інших причин (переїзд) 1", service="social_support_sjo", group=grp,
         parent=a5, label="переїзд")
s1 = g.f("staff_positions", "positions", 28, "Штатним розписом затверджено 28 посад")
s2 = g.f("staff_actual", "staff", 26, "фактично на кінець року працювало 26 працівників")
e1 = g.f("events", "events", 21, "Центр провів 21 груповий захід")
e2 = g.f("event_participants", "persons", 356, "у яких взяли участь 356 осіб", parent=e1)
b1 = g.f("budget_spent", "uah", 7846200, "Видатки на утримання Центру у 2024 році склали 7 846,2 тис. грн")
b2 = g.f("budget_approved", "uah", 8012500, "при затверджених кошторисом 8 012,5 тис. грн")
b3 = g.f("budget_savings", "uah", 166300, "економія – 166,3 тис. грн")
c1 = g.f("complaints", "complaints", 0, "не надійшло жодної скарги")

cid, cparts = rowtot["Консультування"]
g.slip("table_arithmetic", "error", "Консультування\tКатегорія Осіб внутрішньо переміщені особи 54", 235, 225,
       [cid] + cparts,
       "inner table of row 3 (Консультування): 54 + 31 + 22 + 118 = 225, but its «Усього» says 235 (10 extra). The "
       "categories end with «інші», so they partition the total.",
       f"{' + '.join(cparts)} == {cid}", slip=1)

for name, (tid, ids) in rowtot.items():
    if name == "Консультування":
        continue
    g.check("table_arithmetic", f"{name}\tКатегорія Осіб",
            f"inner table of «{name}»: categories sum to Усього", f"{' + '.join(ids)} == {tid}")
g.check("table_arithmetic", "Усього надано послуг\t15 681", "12 480 + 2 310 + 612 + 186 + 93 = 15 681",
        f"{' + '.join(svc.values())} == {ts}")
g.check("parts_sum", "одна особа могла отримувати кілька послуг",
        "each service's recipients ≤ 394 unique recipients ≤ 421 applied; 318 assessed ≤ 421",
        f"max([{', '.join(t for t, _ in rowtot.values())}]) <= f3 and f3 <= f1 and f2 <= f1")
g.check("parts_sum", "Завершено супровід\tРезультат сімей", "7 + 3 + 1 = 11", f"{a6} + {a7} + {a8} == {a5}")
g.check("parts_sum", "Взято під супровід у 2024 році", "11 taken ≤ 19 under support; 24 children ≤ 43",
        f"{a3} <= {a1} and {a4} <= {a2} and {a5} <= {a1}")
g.check("table_arithmetic", "економія – 166,3 тис. грн", "8 012,5 − 7 846,2 = 166,3 тис. грн",
        f"{b2} - {b1} == {b3}")
g.check("parts_sum", "фактично на кінець року працювало 26 працівників", "26 ≤ 28", f"{s2} <= {s1}")

g.skip("52431, Дніпропетровська обл., Синельниківський р-н, с. Дубовики, вул. Шкільна, 3-А; тел. (05663) 0-40-72",
       [52431, 3, 5663, 4072], "postcode, address, phone")
g.skip("ЄДРПОУ 43577019", [43577019], "ЄДРПОУ")
g.skip("мешканцям 11 населених пунктів Дубовиківської територіальної громади (близько 8,3 тис. жителів)",
       [11, 8300], "settlements and population")
g.skip("тому дані таблиці 1 за послугами в сумі більші", [1], "table number")
g.skip("Таблиця 1. Отримувачі соціальних послуг у 2024 році", [1, 2024], "table number, year")
g.skip("1\tДогляд вдома", [1, 2, 3, 4, 5], "row numbers (№ з/п)")
g.skip("Для порівняння: у 2023 році Центр надав 14 902 послуги.", [2023, 14902], "prior-year figure")
g.skip("Таблиця 2. Соціальний супровід у 2024 році", [2, 2024], "table number, year")
g.skip("Вартість однієї години послуги догляду вдома – 102,40 грн.", [102.4], "price")
g.skip("У 2025 році планується відкрити відділення денного догляду на 15 місць у с. Миколаївка.", [2025, 15], "plan")
g.skip("Звіт затверджено рішенням виконавчого комітету від 20.01.2025 № 14.", [20, 1, 2025, 14],
       "decision date and number")

g.note("nested tables: `zvitparse read` prints each inner table flattened into its outer cell, words and numbers "
       "separated by spaces («Категорія Осіб особи похилого віку 41 … Усього 70»); quotes are the pieces of that "
       "printed cell")
g.note("table 1: the inner «Усього» of each row → served persons with the row's service; the inner categories → "
       "served with category, parent the inner total, one group per row; «Надано послуг» column → "
       "services_provided, hanging on the «Усього надано послуг» row")
g.note("the 394 unique recipients are not the sum of the per-service rows (436): the text says a person may get "
       "several services, so no parts_sum between them")
g.note("table 2: «Перебували під соціальним супроводом» → served social_support_sjo (alt support_ongoing) with "
       "children; «Взято під супровід» → support_started with children; «Завершено супровід» inner table → "
       "support_completed 11 (its «Усього сімей») and outcomes as a group")
g.note("«не надійшло жодної скарги» → complaints 0; money in тис. грн → hryvnias, no KEKV written")
g.write()
