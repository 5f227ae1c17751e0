"""b78_03: Управління соціального захисту населення Синельниківської міської ради (Дніпропетровська),
annual report for 2024. DOCX (python-docx), first person plural, with a budget table by KEKV
(Затверджено / Касові видатки / Економія, тис. грн)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b78_03_synelnykove_uszn_annual2024.docx"
P = []  # paragraphs in order
HEAD = ["УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ СИНЕЛЬНИКІВСЬКОЇ МІСЬКОЇ РАДИ",
        "52500, Дніпропетровська обл., м. Синельникове, вул. Виконкомівська, 21, тел. (05663) 0-44-18, код ЄДРПОУ 03195247",
        "ЗВІТ про роботу управління за 2024 рік"]
BODY1 = [
    "Упродовж 2024 року ми працювали в умовах воєнного стану: місто приймало внутрішньо переміщених осіб з Донецької та Запорізької областей, і значна частина нашої роботи була пов'язана з ними. Станом на 01.01.2025 у місті на обліку перебуває 7 912 ВПО (на 01.01.2024 – 8 340).",
    "1. Прийом громадян. Через відділ «Прозорий офіс» ми прийняли 6 284 особи, з них 2 117 осіб – внутрішньо переміщені. Прийнято 5 903 заяви на призначення державних соціальних допомог, компенсацій і пільг; за результатами розгляду прийнято 5 611 рішень про призначення та 292 рішення про відмову.",
    "На «гарячу лінію» управління надійшло 1 126 дзвінків. Письмових звернень громадян розглянуто 87, скарг серед них – 2, обидві вирішено на користь заявників у встановлений законом строк (30 днів).",
    "2. Соціальні послуги. Відповідно до міської програми «Турбота» на 2022–2026 роки, затвердженої рішенням міської ради від 21.12.2021 № 146-14/VIII, ми організували надання послуги соціального таксі: нею скористалися 46 осіб з інвалідністю, виконано 318 замовлень. Одноразову матеріальну допомогу з міського бюджету отримали 318 осіб на загальну суму 1 254,6 тис. грн (у середньому по 3,9 тис. грн).",
    "Через гуманітарний склад управління видано 2 640 продуктових наборів, з них 1 480 – сім'ям з дітьми.",
    "3. Кадри. Штатним розписом управління передбачено 38 посад, фактично працюють 35 працівників. Протягом року 12 наших працівників пройшли навчання на платформі «Дія.Цифрова освіта».",
    "4. Фінансове забезпечення. Видатки на утримання управління у 2024 році наведено в таблиці 1 (тис. грн).",
]
TABLE = [("КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія"),
         ("2111", "Заробітна плата", "12 480,0", "12 312,7", "167,3"),
         ("2120", "Нарахування на оплату праці", "2 745,6", "2 708,8", "36,8"),
         ("2210", "Предмети, матеріали, обладнання та інвентар", "318,0", "296,4", "21,6"),
         ("2240", "Оплата послуг (крім комунальних)", "412,5", "398,9", "13,6"),
         ("2273", "Оплата електроенергії", "146,2", "131,5", "15,7"),
         ("", "Усього", "16 102,3", "15 848,3", "254,0")]
BODY2 = [
    "Отже, бюджетні призначення 2024 року ми використали на 98,4 %. Економія склалася переважно за рахунок вакантних посад.",
    "На 2025 рік заплановано 17 364,9 тис. грн, що на 1 262,6 тис. грн більше, ніж у 2024 році.",
    "Начальник управління                                        (підпис)",
    "Виконавець: відділ бухгалтерського обліку, тел. (05663) 0-44-25",
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for i, h in enumerate(HEAD):
        p = d.add_paragraph(h)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i != 1:
            p.runs[0].bold = True
    for s in BODY1:
        d.add_paragraph(s)
    d.add_paragraph("Таблиця 1").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = d.add_table(rows=len(TABLE), cols=5)
    t.style = "Table Grid"
    for r, row in enumerate(TABLE):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    a = t.cell(len(TABLE) - 1, 0).merge(t.cell(len(TABLE) - 1, 1))
    a.text = "Усього"
    for s in BODY2:
        d.add_paragraph(s)
    fix_docx_props(d, "УСЗН")
    d.save(path)
    freeze_zip(path)


build(report_path(DOC))

g = Gold(DOC, {
    "centre": "Управління соціального захисту населення Синельниківської міської ради",
    "centre_type": "uszn", "settlement": "Синельникове", "oblast": "Дніпропетровська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
f = g.f
ap = f("applied", "persons", 6284, "ми прийняли 6 284 особи")
f("applied", "persons", 2117, "з них 2 117 осіб – внутрішньо переміщені", category="внутрішньо переміщені особи", parent=ap)
f("applied", "applications", 5903, "Прийнято 5 903 заяви на призначення державних соціальних допомог")
f("calls", "calls", 1126, "На «гарячу лінію» управління надійшло 1 126 дзвінків")
wr = f("applied", "applications", 87, "Письмових звернень громадян розглянуто 87", label="письмові звернення громадян")
cp = f("complaints", "complaints", 2, "скарг серед них – 2", parent=wr)
f("served", "persons", 46, "нею скористалися 46 осіб з інвалідністю", service="social_taxi", category="особи з інвалідністю")
f("served", "persons", 318, "Одноразову матеріальну допомогу з міського бюджету отримали 318 осіб", label="одноразова матеріальна допомога")
f("aid_value", "uah", 1254600, "на загальну суму 1 254,6 тис. грн", label="одноразова матеріальна допомога")
pos = f("staff_positions", "positions", 38, "Штатним розписом управління передбачено 38 посад")
act = f("staff_actual", "staff", 35, "фактично працюють 35 працівників")
f("staff_trained", "staff", 12, "12 наших працівників пройшли навчання")
rows = {}
for row in TABLE[1:]:
    k, name, a_, s_, e_ = row
    q = ("Усього\t" if not k else f"{k}\t{name}\t") + f"{a_}\t{s_}\t{e_}"
    conv = lambda x: int(round(float(x.replace(" ", "").replace(",", ".")) * 1000))
    kw = {"kekv": k} if k else {"label": "Усього"}
    if k:
        kw["label"] = name
    ids = [f("budget_approved", "uah", conv(a_), q, **kw),
           f("budget_spent", "uah", conv(s_), q, **kw),
           f("budget_savings", "uah", conv(e_), q, **kw)]
    rows[k or "total"] = (ids, q)
tot_ids, tot_q = rows["total"]
for k in rows:
    if k == "total":
        continue
    for j in range(3):
        g._by_id[rows[k][0][j]]["parent_id"] = tot_ids[j]
        g._by_id[rows[k][0][j]]["parent_quote"] = tot_q
        g._by_id[rows[k][0][j]]["group"] = ["approved", "spent", "savings"][j] + "_by_kekv"
for k in rows:  # re-order keys so parent_id sits where FACT_KEYS puts it
    for fid in rows[k][0]:
        fa = g._by_id[fid]
        from common import FACT_KEYS
        new = {kk: fa[kk] for kk in FACT_KEYS if kk in fa}
        fa.clear(); fa.update(new)
spent_pct = f("share", "percent", 98.4, "бюджетні призначення 2024 року ми використали на 98,4 %",
              label="частка використаних бюджетних призначень")

bad_ids, bad_q = rows["2273"]
g.slip("table_arithmetic", "error", bad_q, 15700, 14700, bad_ids,
       "КЕКВ 2273: економія = затверджено − видатки = 146,2 − 131,5 = 14,7 тис. грн, written 15,7.",
       f"{bad_ids[0]} - {bad_ids[1]} == {bad_ids[2]}", slip=1)
sav = [rows[k][0][2] for k in rows if k != "total"]
g.slip("table_arithmetic", "error", tot_q, 254000, 255000, sav + [tot_ids[2]],
       "the Економія column sums to 167,3 + 36,8 + 21,6 + 13,6 + 15,7 = 255,0 тис. грн, the Усього row says 254,0 "
       "(which is 16 102,3 − 15 848,3). Same slip as the КЕКВ 2273 row.",
       " + ".join(sav) + f" == {tot_ids[2]}", slip=1)
for k in rows:
    if k in ("2273",):
        continue
    ids, q = rows[k]
    g.check("table_arithmetic", q, f"row {k}: затверджено − видатки = економія", f"{ids[0]} - {ids[1]} == {ids[2]}")
for j, nm in ((0, "Затверджено"), (1, "Касові видатки")):
    parts = [rows[k][0][j] for k in rows if k != "total"]
    g.check("table_arithmetic", tot_q, f"column {nm}: rows sum to Усього", " + ".join(parts) + f" == {tot_ids[j]}")
g.check("percent_mismatch", "бюджетні призначення 2024 року ми використали на 98,4 %", "15 848,3 / 16 102,3 = 98,42 % → 98,4",
        f"pct_ok({spent_pct}, {tot_ids[1]}, {tot_ids[0]}, 1)")
g.check("parts_sum", "з них 2 117 осіб – внутрішньо переміщені", "2 117 ≤ 6 284; 2 complaints ≤ 87 appeals; 35 ≤ 38",
        f"f2 <= {ap} and {cp} <= {wr} and {act} <= {pos}")

g.skip("52500, Дніпропетровська обл., м. Синельникове, вул. Виконкомівська, 21, тел. (05663) 0-44-18, код ЄДРПОУ 03195247",
       [52500, 21, 5663, 4418, 3195247], "postcode, address, phone, ЄДРПОУ")
g.skip("ЗВІТ про роботу управління за 2024 рік", [2024], "year")
g.skip("Станом на 01.01.2025 у місті на обліку перебуває 7 912 ВПО (на 01.01.2024 – 8 340)", [1, 1, 2025, 7912, 1, 1, 2024, 8340],
       "IDPs registered in the city (population count, not the provider's register); prior-year figure")
g.skip("прийнято 5 611 рішень про призначення та 292 рішення про відмову", [5611, 292], "decisions and refusals (no §3 id)")
g.skip("у встановлений законом строк (30 днів)", [30], "duration")
g.skip("на 2022–2026 роки, затвердженої рішенням міської ради від 21.12.2021 № 146-14/VIII", [2022, 2026, 21, 12, 2021, 146, 14],
       "programme years, decision date and number")
g.skip("виконано 318 замовлень", [318], "trips ordered (no §3 id); the same number as the aid recipients, a trap")
g.skip("(у середньому по 3,9 тис. грн)", [3900], "average amount")
g.skip("видано 2 640 продуктових наборів, з них 1 480 – сім'ям з дітьми", [2640, 1480], "items handed out")
g.skip("1. Прийом громадян.", [1, 2, 3, 4], "section numbers 1.–4.")
g.skip("наведено в таблиці 1 (тис. грн)", [1], "table number")
g.skip("На 2025 рік заплановано 17 364,9 тис. грн, що на 1 262,6 тис. грн більше, ніж у 2024 році.", [2025, 17364900, 1262600, 2024], "plan and difference")
g.skip("Виконавець: відділ бухгалтерського обліку, тел. (05663) 0-44-25", [5663, 4425], "phone")
g.note("an УСЗН: «прийняли 6 284 особи» → applied persons; «прийнято 5 903 заяви» → applied applications; «письмових звернень розглянуто 87» → applied applications with a label, the 2 complaints hang on it")
g.note("table: every cell a fact quoted by its row (tab-separated), with kekv; rows hang on the Усього cell of the same column; the Усього row has no kekv")
g.note("the planted slip is the 2273 row's Економія (15,7 for 14,7); the Усього row keeps the true 254,0, so the Економія column no longer sums: two findings, one slip")
g.note("«використали на 98,4 %» is a standalone percentage → share with a label; it checks against the table totals")
g.write()
