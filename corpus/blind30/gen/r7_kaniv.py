"""b30_07 (less common style 1): Канівський міський центр соціальних служб (Черкаська), information on
the recipients of 2025 disaggregated by sex and age. DOCX with two cross tables (services × чоловіки /
жінки / разом; categories × до 18 / 18–59 / 60+ / разом) and prose that quotes some cells. First person
plural. Planted slip: in table 2 the row «Особи з інвалідністю» 23 + 41 + 57 = 121, but its Разом cell
says 131; the Разом column then sums to 473, not the 463 of the total row (two findings, one slip)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b30_07_kaniv_css_sexage2025.docx"
A = "\u2019"

TITLE = ["Канівський міський центр соціальних служб",
         "ІНФОРМАЦІЯ про отримувачів соціальних послуг у розрізі статі та віку за 2025 рік"]
INTRO = [
    "Інформацію підготовлено на виконання Плану дій з впровадження гендерної рівності в Канівській міській територіальній громаді на 2024–2026 роки, затвердженого рішенням міської ради від 25.04.2024 № 12-4/VIII, для включення до гендерного профілю громади Черкаської області. Дані зібрано з журналів обліку отримувачів та Єдиної інформаційної системи соціальної сфери. Отримувач, який отримав кілька послуг, враховується за кожною з них.",
    "Таблиця 1. Отримувачі соціальних послуг за статтю, осіб",
]
T1 = [
    ["Соціальна послуга", "Чоловіки", "Жінки", "Разом"],
    ["Інформування", "214", "389", "603"],
    ["Консультування", "167", "342", "509"],
    ["Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах", "18", "59", "77"],
    ["Посередництво (медіація)", "11", "15", "26"],
    ["Екстрене (кризове) втручання", "9", "31", "40"],
    ["Разом", "419", "836", "1 255"],
]
MID = [
    "Жінки становлять 66,6 % отримувачів (836 осіб), тоді як серед населення громади їхня частка становить близько 54 %. Найбільша різниця – у послузі соціального супроводу: її отримували 59 жінок і лише 18 чоловіків, переважно матері, які самостійно виховують дітей. У 2024 році частка жінок серед отримувачів становила 61,9 %.",
    "Таблиця 2. Отримувачі з окремих категорій за віковими групами, осіб",
]
T2 = [
    ["Категорія отримувачів", "до 18 років", "18–59 років", "60 років і старше", "Разом"],
    ["Внутрішньо переміщені особи", "64", "92", "38", "194"],
    ["Особи з інвалідністю", "23", "41", "57", "131"],
    ["Ветерани війни та члени їхніх сімей", "0", "73", "12", "85"],
    ["Особи, які постраждали від домашнього насильства", "6", "48", "9", "63"],
    ["Разом", "93", "254", "116", "463"],
]
END = [
    "Найбільшу вікову групу серед отримувачів цих категорій становлять особи віком 18–59 років – 254 особи, або 54,9 %. Дітей до 18 років – 93, з них більшість – діти з сімей внутрішньо переміщених осіб.",
    f"Ми провели 31 груповий захід (тренінги, групи взаємопідтримки), якими охоплено 412 осіб, з них 287 жінок. Штатна чисельність Центру – 12 посад, фактично працює 11 працівників, усі – жінки віком від 24 до 58 років.",
    f"Пропонуємо у 2026 році залучити до груп батьківської підтримки не менше 40 батьків-чоловіків. Контактна особа – фахівець із соціальної роботи, тел. (04736) 0-33-52.",
]


def _table(d, rows):
    tb = d.add_table(rows=len(rows), cols=len(rows[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            tb.cell(i, j).text = c


def build():
    d = Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for t in TITLE:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(t).bold = True
    for t in INTRO:
        d.add_paragraph(t)
    _table(d, T1)
    for t in MID:
        d.add_paragraph(t)
    _table(d, T2)
    for t in END:
        d.add_paragraph(t)
    fix_docx_props(d, "Канівський міський ЦСС")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Канівський міський центр соціальних служб",
        "centre_type": "css", "settlement": "Канів", "oblast": "Черкаська",
        "report_kind": "annual_report", "period_start": "2025-01-01", "period_end": "2025-12-31"},
        {"report_kind": ["other", "period_report"]})
    f = g.f
    q = lambda r: "\t".join(r)
    # table 1
    tq1 = q(T1[-1])
    M = f("served", "persons", 419, tq1, category="чоловіки", label="Разом (таблиця 1)")
    W = f("served", "persons", 836, tq1, category="жінки", label="Разом (таблиця 1)")
    R = f("served", "persons", 1255, tq1, label="Разом (таблиця 1)")
    svc = ["informing", "counselling", "social_support_sjo", "mediation", "crisis_intervention"]
    m1, w1, r1 = [], [], []
    for s, row in zip(svc, T1[1:-1]):
        m1.append(f("served", "persons", int(row[1]), q(row), service=s, category="чоловіки", group="t1_men_by_service", parent=M))
        w1.append(f("served", "persons", int(row[2]), q(row), service=s, category="жінки", group="t1_women_by_service", parent=W))
        r1.append(f("served", "persons", int(row[3]), q(row), service=s, group="t1_total_by_service", parent=R))
    pw = f("served", "persons", 836, "Жінки становлять 66,6 % отримувачів (836 осіб)", percent=66.6, category="жінки")
    pw2 = f("served", "persons", 59, "її отримували 59 жінок", service="social_support_sjo", category="жінки")
    pm2 = f("served", "persons", 18, "лише 18 чоловіків", service="social_support_sjo", category="чоловіки")
    # table 2
    tq2 = q(T2[-1])
    ages = ["до 18 років", "18–59 років", "60 років і старше"]
    C = [f("served", "persons", int(T2[-1][i + 1]), tq2, label=f"Разом (таблиця 2), {ages[i]}") for i in range(3)]
    CT = f("served", "persons", 463, tq2, label="Разом (таблиця 2)")
    cats = ["внутрішньо переміщені особи", "особи з інвалідністю", "ветерани війни та члени їхніх сімей", "особи, які постраждали від домашнього насильства"]
    cells = []   # per row: [a0, a1, a2, total]
    for cat, row in zip(cats, T2[1:-1]):
        ids = [f("served", "persons", int(row[i + 1]), q(row), category=cat, label=ages[i], group=f"t2_age{i}_by_category", parent=C[i]) for i in range(3)]
        ids.append(f("served", "persons", int(row[4]), q(row), category=cat, label="разом", group="t2_total_by_category", parent=CT))
        cells.append(ids)
    pa = f("served", "persons", 254, "особи віком 18–59 років – 254 особи, або 54,9 %", percent=54.9, label="18–59 років")
    pc = f("served", "persons", 93, "Дітей до 18 років – 93", label="до 18 років", unit_alt="children")
    e1 = f("events", "events", 31, "Ми провели 31 груповий захід")
    e2 = f("event_participants", "persons", 412, "якими охоплено 412 осіб", parent=e1)
    e3 = f("event_participants", "persons", 287, "з них 287 жінок", category="жінки", parent=e2)
    s1 = f("staff_positions", "positions", 12, "Штатна чисельність Центру – 12 посад")
    s2 = f("staff_actual", "staff", 11, "фактично працює 11 працівників")
    J = " + ".join
    g.check("table_arithmetic", tq1, "men 214 + 167 + 18 + 11 + 9 = 419", f"{J(m1)} == {M}")
    g.check("table_arithmetic", tq1, "women 389 + 342 + 59 + 15 + 31 = 836", f"{J(w1)} == {W}")
    g.check("table_arithmetic", tq1, "Разом 603 + 509 + 77 + 26 + 40 = 1 255", f"{J(r1)} == {R}")
    g.check("table_arithmetic", tq1, "every row and the total row: чоловіки + жінки = разом", " and ".join(f"{a} + {b} == {c}" for a, b, c in zip(m1 + [M], w1 + [W], r1 + [R])))
    g.check("internal_conflict", "Жінки становлять 66,6 % отримувачів (836 осіб)", "prose 836 = table total for women; 59 and 18 = the social-support row", f"{pw} == {W} and {pw2} == {w1[2]} and {pm2} == {m1[2]}")
    g.check("percent_mismatch", "Жінки становлять 66,6 % отримувачів (836 осіб)", "836 / 1 255 = 66,61 % → 66,6", f"pct_ok(p{pw[1:]}, {pw}, {R}, 1)")
    for i in range(3):
        g.check("table_arithmetic", tq2, f"{ages[i]}: column sums to the Разом row", f"{J(r[i] for r in cells)} == {C[i]}")
    g.check("table_arithmetic", tq2, "total row 93 + 254 + 116 = 463", f"{C[0]} + {C[1]} + {C[2]} == {CT}")
    g.check("table_arithmetic", "Внутрішньо переміщені особи\t64\t92\t38\t194", "rows other than «Особи з інвалідністю»: до 18 + 18–59 + 60+ = разом (194, 85, 63)",
            " and ".join(f"{r[0]} + {r[1]} + {r[2]} == {r[3]}" for k, r in enumerate(cells) if k != 1))
    g.check("internal_conflict", "особи віком 18–59 років – 254 особи, або 54,9 %", "prose 254 and 93 = the total row of table 2", f"{pa} == {C[1]} and {pc} == {C[0]}")
    g.check("percent_mismatch", "особи віком 18–59 років – 254 особи, або 54,9 %", "254 / 463 = 54,86 % → 54,9", f"pct_ok(p{pa[1:]}, {pa}, {CT}, 1)")
    g.check("parts_sum", "якими охоплено 412 осіб, з них 287 жінок", "287 ≤ 412; 11 ≤ 12", f"{e3} <= {e2} and {s2} <= {s1}")
    inv = cells[1]
    g.slip("table_arithmetic", "error", "Особи з інвалідністю\t23\t41\t57\t131", 131, 121, inv,
           "row «Особи з інвалідністю»: 23 + 41 + 57 = 121, but its Разом cell says 131", f"{inv[0]} + {inv[1]} + {inv[2]} == {inv[3]}", slip=1)
    g.slip("table_arithmetic", "error", tq2, 463, 473, [r[3] for r in cells] + [CT],
           "the Разом column 194 + 131 + 85 + 63 = 473, but the total row says 463 (it agrees with 93 + 254 + 116 and with the row sum 121); the same slip as the 131 above",
           f"{J(r[3] for r in cells)} == {CT}", slip=1)
    g.skip("на 2024–2026 роки, затвердженого рішенням міської ради від 25.04.2024 № 12-4/VIII", [2024, 2026, 25, 4, 12, 4], "plan years, decision date and number")
    g.skip("Таблиця 1. Отримувачі соціальних послуг за статтю, осіб", [1], "table number")
    g.skip("Таблиця 2. Отримувачі з окремих категорій за віковими групами, осіб", [2], "table number")
    g.skip("Категорія отримувачів\tдо 18 років\t18–59 років\t60 років і старше\tРазом", [18, 59, 60], "age bounds in the column headings")
    g.skip("серед населення громади їхня частка становить близько 54 %", [54], "population share, not a figure of the centre")
    g.skip("У 2024 році частка жінок серед отримувачів становила 61,9 %.", [2024, 61.9], "prior-year figure")
    g.skip("усі – жінки віком від 24 до 58 років", [24, 58], "ages of staff")
    g.skip("Пропонуємо у 2026 році залучити до груп батьківської підтримки не менше 40 батьків-чоловіків.", [2026, 40], "plan")
    g.skip("тел. (04736) 0-33-52", [4736, 33, 52], "phone")
    g.note("cross tables: every cell is a fact quoted by its row; in table 1 the sex goes to `category` and the service to `service`; in table 2 the row category goes to `category` and the age group to `label`")
    g.note("rows hang on the total cell of the same column (Разом row); the Разом column of each row is a separate fact hanging on the grand total")
    g.note("the table counts a person once per service («враховується за кожною з них»), so 1 255 is a count of recipient-service pairs written as persons; kept as served persons as written")
    g.note("prose repeats of table cells (836, 59, 18, 254, 93) are separate facts, as in blind18")
    g.note("«Дітей до 18 років – 93» → persons (the table unit), children accepted")
    g.note("«0» in the veterans row (до 18 років) is a fact with value 0")
    g.write()


if __name__ == "__main__":
    build()
    gold()
