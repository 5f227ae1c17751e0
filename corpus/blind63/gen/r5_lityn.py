"""b63_05: УСЗН Літинської селищної ради (Вінницька), analytic note on 2023. DOCX with a budget table."""
from docx import Document
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b63_05_lityn_uszn_analytic2023.docx"

doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(12)
P = doc.add_paragraph
P("ЛІТИНСЬКА СЕЛИЩНА РАДА\nУПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ\n"
  "22300, Вінницька обл., смт Літин, вул. Соборна, 26, тел. (04347) 0-12-90, код ЄДРПОУ 43912476")
P("АНАЛІТИЧНА ДОВІДКА\nпро діяльність управління соціального захисту населення у 2023 році")
P("Управління діє відповідно до Положення, затвердженого рішенням 14 сесії селищної ради 8 скликання від "
  "24.06.2021 № 412, та обслуговує мешканців 41 населеного пункту громади.")
P("1. Робота зі зверненнями. Протягом 2023 року до управління надійшло 4 318 звернень громадян. Найбільше "
  "звернень стосувалося призначення державних соціальних допомог – 2 906; питань пільг і житлових субсидій – "
  "1 127; решти питань – 285. Порівняно з 2022 роком кількість звернень зросла на 9 %. "
  "Житлові субсидії станом на 31.12.2023 отримували 1 932 домогосподарства.")
P("2. Матеріальна підтримка. Відповідно до Програми соціального захисту населення на 2022–2024 роки "
  "одноразову грошову допомогу з бюджету громади надано 312 особам на загальну суму 1 148,5 тис. грн, "
  "зокрема 87 внутрішньо переміщеним особам. Розмір допомоги – від 1,0 до 10,0 тис. грн. Комісія "
  "провела 12 засідань.")
P("3. Соціальні послуги. За направленнями управління Центр надання соціальних послуг селищної ради "
  "взяв на обслуговування 64 особи, з них догляд вдома отримують 41, денний догляд – 15, паліативний "
  "догляд – 8. До будинків-інтернатів оформлено 6 путівок.")
P("4. Кадрове забезпечення. Штатним розписом управління передбачено 21 посаду, фактично працює 19 "
  "працівників; 2 посади вакантні.")
P("5. Звернення зі скаргами. Надійшло 3 скарги, з них 1 визнано обґрунтованою; за нею вжито заходів.")
P("6. Фінансування. Касові видатки управління за 2023 рік становили 9 343,3 тис. грн, або 98,9 % від "
  "затверджених призначень (додаток 1).")
P("Додаток 1. Виконання кошторису за 2023 рік (загальний фонд), тис. грн")
ROWS = [
    ("2111", "Заробітна плата", "6 412,0", "6 388,4", "23,6"),
    ("2120", "Нарахування на оплату праці", "1 410,6", "1 405,4", "5,2"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "184,3", "171,9", "12,4"),
    ("2240", "Оплата послуг (крім комунальних)", "236,8", "229,1", "17,7"),
    ("2730", "Інші виплати населенню", "1 200,0", "1 148,5", "51,5"),
]
TOTAL = ("Разом", "", "9 443,7", "9 343,3", "110,4")
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія")):
    c.text = h
for r in ROWS + [TOTAL]:
    for c, v in zip(t.add_row().cells, r):
        c.text = v
P("Начальник управління                  ____________")
P("Виконавець: головний спеціаліст, тел. 0-12-93")
fix_docx_props(doc, "УСЗН")
path = report_path(NAME)
doc.save(path)
freeze_zip(path)


def tg(s):
    return int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))


g = Gold(NAME, {
    "centre": "Управління соціального захисту населення Літинської селищної ради",
    "centre_type": "uszn", "settlement": "Літин", "oblast": "Вінницька", "report_kind": "period_report",
    "period_start": "2023-01-01", "period_end": "2023-12-31"},
    {"report_kind": ["annual_report"]})
f = g.f
ap = f("applied", "applications", 4318, "до управління надійшло 4 318 звернень громадян", unit_alt="persons")
a1 = f("applied", "applications", 2906, "призначення державних соціальних допомог – 2 906",
       label="призначення державних соціальних допомог", group="applied_4318", parent=ap)
a2 = f("applied", "applications", 1127, "питань пільг і житлових субсидій – \n1 127".replace(" \n", " "),
       label="пільги і житлові субсидії", group="applied_4318", parent=ap)
a3 = f("applied", "applications", 285, "решти питань – 285", label="інші питання", group="applied_4318", parent=ap)
oh = f("served", "persons", 312, "одноразову грошову допомогу з бюджету громади надано 312 особам",
       label="одноразова грошова допомога")
av = f("aid_value", "uah", 1148500, "надано 312 особам на загальну суму 1 148,5 тис. грн",
       label="одноразова грошова допомога")
oi = f("served", "persons", 87, "зокрема 87 внутрішньо переміщеним особам", label="одноразова грошова допомога",
       category="внутрішньо переміщені особи", parent=oh)
sn = f("served", "persons", 64, "взяв на обслуговування 64 особи", alt=["registered_new", "support_started"],
       label="взято на обслуговування ЦНСП за направленнями управління")
s1 = f("served", "persons", 41, "догляд вдома отримують 41", service="home_care", group="served_64", parent=sn)
s2 = f("served", "persons", 15, "денний догляд – 15", service="day_care", group="served_64", parent=sn)
s3 = f("served", "persons", 8, "паліативний \nдогляд – 8".replace(" \n", " "), service="palliative_care",
       group="served_64", parent=sn)
sp = f("staff_positions", "positions", 21, "Штатним розписом управління передбачено 21 посаду")
sa = f("staff_actual", "staff", 19, "фактично працює 19 \nпрацівників".replace(" \n", " "))
cp = f("complaints", "complaints", 3, "Надійшло 3 скарги")
cj = f("complaints", "complaints", 1, "з них 1 визнано обґрунтованою", label="обґрунтовані", parent=cp)
bs = f("budget_spent", "uah", 9343300, "Касові видатки управління за 2023 рік становили 9 343,3 тис. грн, або 98,9 %",
       percent=98.9, label="загальний фонд")
A, S, E = {}, {}, {}
tq = "Разом\t\t9 443,7\t9 343,3\t110,4"
ta = f("budget_approved", "uah", tg(TOTAL[2]), tq, label="Разом (додаток 1)")
ts = f("budget_spent", "uah", tg(TOTAL[3]), tq, label="Разом (додаток 1)")
te = f("budget_savings", "uah", tg(TOTAL[4]), tq, label="Разом (додаток 1)")
for k, name, a, s, e in ROWS:
    q = f"{k}\t{name}\t{a}\t{s}\t{e}"
    A[k] = f("budget_approved", "uah", tg(a), q, kekv=k, label=name, group="approved_by_kekv", parent=ta)
    S[k] = f("budget_spent", "uah", tg(s), q, kekv=k, label=name, group="spent_by_kekv", parent=ts)
    E[k] = f("budget_savings", "uah", tg(e), q, kekv=k, label=name, group="savings_by_kekv", parent=te)
g.slip("table_arithmetic", "error", "2240\tОплата послуг (крім комунальних)\t236,8\t229,1\t17,7", 17700, 7700,
       [A["2240"], S["2240"], E["2240"]],
       "економія = затверджено − видатки: 236,8 − 229,1 = 7,7 тис. грн, the row says 17,7",
       f"{A['2240']} - {S['2240']} == {E['2240']}", slip=1)
g.slip("table_arithmetic", "error", tq, 110400, 100400, [ta, ts, te],
       "the Разом row: 9 443,7 − 9 343,3 = 100,4 тис. грн, but it says 110,4 (the economy column was summed with "
       "the wrong 17,7 of row 2240). Same slip as the row finding",
       f"{ta} - {ts} == {te}", slip=1)
ks = [r[0] for r in ROWS]
g.check("table_arithmetic", tq, "approved column: 6 412,0 + 1 410,6 + 184,3 + 236,8 + 1 200,0 = 9 443,7",
        " + ".join(A[k] for k in ks) + f" == {ta}")
g.check("table_arithmetic", tq, "spent column: 6 388,4 + 1 405,4 + 171,9 + 229,1 + 1 148,5 = 9 343,3",
        " + ".join(S[k] for k in ks) + f" == {ts}")
g.check("table_arithmetic", tq, "economy column sums to its Разом (23,6 + 5,2 + 12,4 + 17,7 + 51,5 = 110,4)",
        " + ".join(E[k] for k in ks) + f" == {te}")
for k in ("2111", "2120", "2210", "2730"):
    r = [x for x in ROWS if x[0] == k][0]
    g.check("table_arithmetic", f"{k}\t{r[1]}", f"row {k}: approved − spent = economy",
            f"{A[k]} - {S[k]} == {E[k]}")
g.check("internal_conflict", "Касові видатки управління за 2023 рік становили 9 343,3 тис. грн",
        "prose spending = table Разом", f"{bs} == {ts}")
g.check("percent_mismatch", "або 98,9 % від \nзатверджених призначень".replace(" \n", " "),
        "9 343,3 / 9 443,7 = 98,94 % → 98,9", f"pct_ok(p{bs[1:]}, {bs}, {ta}, 1)")
g.check("internal_conflict", "на загальну суму 1 148,5 тис. грн", "one-off aid 1 148,5 = KEKV 2730 spent",
        f"{av} == {S['2730']}")
g.check("parts_sum", "до управління надійшло 4 318 звернень громадян", "2 906 + 1 127 + 285 = 4 318",
        f"{a1} + {a2} + {a3} == {ap}")
g.check("parts_sum", "взяв на обслуговування 64 особи, з них", "41 + 15 + 8 = 64", f"{s1} + {s2} + {s3} == {sn}")
g.check("parts_sum", "фактично працює 19", "19 + 2 vacant = 21", f"{sa} + 2 == {sp}")
g.check("parts_sum", "з них 1 визнано обґрунтованою", "1 ≤ 3; 87 ≤ 312", f"{cj} <= {cp} and {oi} <= {oh}")
g.skip("22300, Вінницька обл., смт Літин, вул. Соборна, 26, тел. (04347) 0-12-90, код ЄДРПОУ 43912476",
       [22300, 26, 4347, 1290, 43912476], "postcode, address, phone, ЄДРПОУ")
g.skip("рішенням 14 сесії селищної ради 8 скликання від 24.06.2021 № 412", [14, 8, 24, 6, 2021, 412],
       "session, convocation, decision date and number")
g.skip("обслуговує мешканців 41 населеного пункту громади", [41], "settlement count")
g.skip("Порівняно з 2022 роком кількість звернень зросла на 9 %", [2022, 9], "comparison with the prior year")
g.skip("Житлові субсидії станом на 31.12.2023 отримували 1 932 домогосподарства", [31, 12, 2023, 1932],
       "recipients of a state benefit (housing subsidy), not a social service; no §3 id")
g.skip("Програми соціального захисту населення на 2022–2024 роки", [2022, 2024], "programme years")
g.skip("Розмір допомоги – від 1,0 до 10,0 тис. грн", [1000, 10000], "range of one payment")
g.skip("Комісія провела 12 засідань", [12], "commission sittings (no §3 id)")
g.skip("До будинків-інтернатів оформлено 6 путівок", [6], "referrals to residential homes (no §3 id)")
g.skip("2 посади вакантні", [2], "vacancies (used as a literal in a check)")
g.skip("1. Робота зі зверненнями", [1, 2, 3, 4, 5, 6], "paragraph numbers")
g.skip("Додаток 1. Виконання кошторису за 2023 рік", [1, 2023], "annex number, year")
g.skip("Виконавець: головний спеціаліст, тел. 0-12-93", [1293], "phone")
g.note("an analytic note on a year → report_kind period_report (SPEC: analytic notes), meta_alt annual_report")
g.note("«звернень громадян» → applied, unit applications (unit_alt persons); the three topics partition the 4 318 "
       "(«решти питань»)")
g.note("one-off cash aid is not natural aid: served persons with a label and no service; its sum is aid_value")
g.note("«взяв на обслуговування 64 особи» → served (alt registered_new, support_started), parts by service")
g.note("budget table in тис. грн → hryvnias; each cell is a fact with kekv, quoted by its row; rows hang on the "
       "Разом cell of the same column; Разом carries no kekv")
g.write()
