"""b65_05: УСЗН Черняхівської селищної ради, аналітична довідка за III квартал 2023 року.
DOCX (python-docx), third person, a service paragraph, a survey and a budget table by KEKV."""
import sys
from docx import Document
from docx.shared import Pt
from common import Gold, report_path, read_text, fix_docx_props, freeze_zip

DOC = "b65_05_cherniakhiv_uszn_q3_2023.docx"
P = report_path(DOC)
d = Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
fix_docx_props(d, author="УСЗН")
add = d.add_paragraph
add("УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ЧЕРНЯХІВСЬКОЇ СЕЛИЩНОЇ РАДИ")
add("вул. Житомирська, 28, селище Черняхів, Житомирський район, Житомирська область, 12301, тел. (04134) 0-21-96, код ЄДРПОУ 44015362")
add("16.10.2023 № 2318/03-07")
add("АНАЛІТИЧНА ДОВІДКА про стан надання соціальних послуг у Черняхівській територіальній громаді за III квартал 2023 року")
add("Відповідно до розпорядження селищного голови від 11.01.2023 № 4-р управління щокварталу аналізує потребу населення громади в соціальних послугах і стан їх надання. "
    "У громаді 44 населені пункти, проживає 24,7 тис. осіб. Соціальні послуги надає комунальна установа «Центр надання соціальних послуг», яка має 2 відділення.")
add("У III кварталі 2023 року до управління надійшло 412 заяв про призначення соціальних послуг, допомог і пільг, з них 76 – щодо надання соціальних послуг. "
    "Оцінку потреб проведено 58 особам. Прийнято 71 рішення про надання соціальних послуг та 5 рішень про відмову.")
add("Соціальні послуги за рахунок бюджету громади у кварталі отримували 524 особи, у тому числі:")
for t in ("догляд вдома – 231 особа;", "денний догляд – 47 осіб;", "натуральна допомога – 198 осіб;", "соціальне таксі – 48 осіб."):
    d.add_paragraph(t, style="List Number")
add("Для порівняння: у II кварталі 2023 року послуги отримували 509 осіб. Компенсацію за догляд на непрофесійній основі отримують 39 фізичних осіб.")
add("Протягом кварталу надійшло 2 скарги на якість послуги догляду вдома; обидві розглянуто, одну визнано обґрунтованою. Проведено 14 моніторингових візитів до отримувачів.")
add("У вересні управлінням анкетовано 64 отримувачі соціальних послуг. Якістю послуг задоволені 59 осіб (92,2 %).")
add("Кошторисом КУ «ЦНСП» на 2023 рік по загальному фонду затверджено 6 842,3 тис. грн. Виконання кошторису за III квартал наведено в таблиці (тис. грн).")
rows = [("КЕКВ", "Найменування", "Затверджено на III квартал", "Касові видатки", "Економія"),
        ("2111", "Заробітна плата", "1 284,6", "1 271,3", "13,3"),
        ("2120", "Нарахування на оплату праці", "282,6", "279,7", "2,9"),
        ("2210", "Предмети, матеріали, обладнання та інвентар", "46,8", "41,2", "5,6"),
        ("2240", "Оплата послуг (крім комунальних)", "38,4", "35,9", "3,5"),
        ("2273", "Оплата електроенергії", "27,5", "22,8", "4,7"),
        ("", "Разом", "1 679,9", "1 650,9", "30,0")]
tb = d.add_table(rows=len(rows), cols=5)
tb.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        tb.cell(i, j).text = v
add("В управлінні 9 штатних одиниць, фактично працюють 8 працівників.")
add("Пропозиції: у IV кварталі 2023 року передбачити кошти на придбання 2 автомобілів для соціального таксі та збільшити на 5 кількість соціальних робітників.")
add("Начальник управління ____________")
add("Вик.: відділ соціальних послуг, тел. (04134) 0-22-07")
d.save(P)
freeze_zip(P)
if len(sys.argv) > 1:
    print(read_text(P)); sys.exit()

g = Gold(DOC, {
    "centre": "Управління соціального захисту населення Черняхівської селищної ради", "centre_type": "uszn",
    "settlement": "Черняхів", "oblast": "Житомирська", "report_kind": "period_report",
    "period_start": "2023-07-01", "period_end": "2023-09-30"})
F = g.f
n = lambda x: x[1:]
ap = F("applied", "applications", 412, "до управління надійшло 412 заяв")
F("applied", "applications", 76, "з них 76 – щодо надання соціальних послуг", label="щодо надання соціальних послуг", parent=ap)
F("needs_assessed", "persons", 58, "Оцінку потреб проведено 58 особам")
srv = F("served", "persons", 524, "Соціальні послуги за рахунок бюджету громади у кварталі отримували 524 особи")
parts = []
for q, v, s in (("догляд вдома – 231 особа", 231, "home_care"), ("денний догляд – 47 осіб", 47, "day_care"),
                ("натуральна допомога – 198 осіб", 198, "natural_aid"), ("соціальне таксі – 48 осіб", 48, "social_taxi")):
    parts.append(F("served", "persons", v, q, service=s, group="served_524_by_service", parent=srv))
F("complaints", "complaints", 2, "надійшло 2 скарги на якість послуги догляду вдома", service="home_care")
resp = F("survey_respondents", "recipients", 64, "анкетовано 64 отримувачі соціальних послуг", unit_alt="persons")
sat = F("survey_respondents", "persons", 59, "Якістю послуг задоволені 59 осіб (92,2 %)", percent=92.2,
        label="задоволені якістю послуг", alt=["satisfaction"], parent=resp,
        note="a count of satisfied respondents with its percent; a tool may instead emit satisfaction 92,2 %")
ann = F("budget_approved", "uah", 6842300, "на 2023 рік по загальному фонду затверджено 6 842,3 тис. грн",
  label="загальний фонд, кошторис КУ «ЦНСП» на 2023 рік (річний)")


def m(s):
    return int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))


ROWS = [("2111", "Заробітна плата", "1 284,6", "1 271,3", "13,3"),
        ("2120", "Нарахування на оплату праці", "282,6", "279,7", "2,9"),
        ("2210", "Предмети, матеріали, обладнання та інвентар", "46,8", "41,2", "5,6"),
        ("2240", "Оплата послуг (крім комунальних)", "38,4", "35,9", "3,5"),
        ("2273", "Оплата електроенергії", "27,5", "22,8", "4,7")]
TOT = ("\tРазом", "1 679,9", "1 650,9", "30,0")
tq = "\t".join(TOT)
ta = F("budget_approved", "uah", m(TOT[1]), tq, label="Разом, затверджено на III квартал")
ts = F("budget_spent", "uah", m(TOT[2]), tq, label="Разом, касові видатки за III квартал")
te = F("budget_savings", "uah", m(TOT[3]), tq, label="Разом, економія за III квартал")
cells = {}
for k, name, a, s, e in ROWS:
    q = "\t".join((k, name, a, s, e))
    cells[k] = (F("budget_approved", "uah", m(a), q, kekv=k, label=f"{name}, затверджено на III квартал",
                  group="approved_q3_by_kekv", parent=ta),
                F("budget_spent", "uah", m(s), q, kekv=k, label=f"{name}, касові видатки",
                  group="spent_q3_by_kekv", parent=ts),
                F("budget_savings", "uah", m(e), q, kekv=k, label=f"{name}, економія",
                  group="savings_q3_by_kekv", parent=te))
pos = F("staff_positions", "positions", 9, "В управлінні 9 штатних одиниць")
act = F("staff_actual", "staff", 8, "фактично працюють 8 працівників")

a, s, e = cells["2240"]
row2240 = "2240\tОплата послуг (крім комунальних)\t38,4\t35,9\t3,5"
g.slip("table_arithmetic", "error", row2240, 3500, 2500, [a, s, e],
       "derived column: економія = затверджено − видатки: 38,4 − 35,9 = 2,5 тис. грн, the row says 3,5",
       f"f{n(a)} - f{n(s)} == f{n(e)}", slip=1)
g.slip("table_arithmetic", "error", tq, 30000, 29000, [ta, ts, te],
       "Разом: 1 679,9 − 1 650,9 = 29,0 тис. грн, the row says 30,0. The economy column does sum to 30,0 "
       "because the 2240 row carries the extra 1,0: the same slip as the 2240 row, recorded twice.",
       f"f{n(ta)} - f{n(ts)} == f{n(te)}", slip=1)
for k, name, *_ in ROWS:
    if k == "2240":
        continue
    a_, s_, e_ = cells[k]
    q = "\t".join(next(r for r in ROWS if r[0] == k))
    g.check("table_arithmetic", q, f"КЕКВ {k}: затверджено − видатки = економія", f"f{n(a_)} - f{n(s_)} == f{n(e_)}")
for i, (lab, t) in enumerate((("затверджено", ta), ("касові видатки", ts), ("економія", te))):
    g.check("table_arithmetic", tq, f"Разом {lab} = sum of the five KEKV rows",
            " + ".join(f"f{n(cells[k][i])}" for k, *_ in ROWS) + f" == f{n(t)}")
g.check("parts_sum", "у кварталі отримували 524 особи, у тому числі:", "231 + 47 + 198 + 48 = 524",
        " + ".join(f"f{n(p)}" for p in parts) + f" == f{n(srv)}")
g.check("percent_mismatch", "Якістю послуг задоволені 59 осіб (92,2 %)", "59 / 64 = 92,19 % → 92,2",
        f"pct_ok(p{n(sat)}, f{n(sat)}, f{n(resp)}, 1)")
g.check("parts_sum", "В управлінні 9 штатних одиниць, фактично працюють 8 працівників.", "8 ≤ 9", f"f{n(act)} <= f{n(pos)}")
g.check("parts_sum", "на 2023 рік по загальному фонду затверджено 6 842,3 тис. грн", "quarter 1 679,9 ≤ year 6 842,3",
        f"f{n(ta)} <= f{n(ann)}")
S = g.skip
S("вул. Житомирська, 28, селище Черняхів, Житомирський район, Житомирська область, 12301, тел. (04134) 0-21-96, код ЄДРПОУ 44015362",
  [28, 12301, 4134, 2196, 44015362], "address, postcode, phone, ЄДРПОУ")
S("16.10.2023 № 2318/03-07", [16, 10, 2023, 2318, 3, 7], "outgoing date and number")
S("за III квартал 2023 року", [3, 2023], "period in the title")
S("розпорядження селищного голови від 11.01.2023 № 4-р", [11, 1, 2023, 4], "order date and number")
S("У громаді 44 населені пункти, проживає 24,7 тис. осіб.", [44, 24700], "settlement count, population")
S("яка має 2 відділення", [2], "number of departments")
S("Прийнято 71 рішення про надання соціальних послуг та 5 рішень про відмову.", [71, 5], "decisions and refusals: no §3 id")
S("у II кварталі 2023 року послуги отримували 509 осіб", [2, 2023, 509], "previous quarter's figure")
S("Компенсацію за догляд на непрофесійній основі отримують 39 фізичних осіб.", [39], "compensation recipients: not a social service (no §3 id)")
S("обидві розглянуто, одну визнано обґрунтованою", [2, 1], "complaint outcomes")
S("Проведено 14 моніторингових візитів до отримувачів.", [14], "monitoring visits: no §3 id")
S("КЕКВ\tНайменування\tЗатверджено на III квартал", [3], "table header")
S("у IV кварталі 2023 року передбачити кошти на придбання 2 автомобілів для соціального таксі та збільшити на 5 кількість соціальних робітників",
  [4, 2023, 2, 5], "proposals (plan)")
S("тел. (04134) 0-22-07", [4134, 2207], "phone")
g.note("the report is written by the УСЗН of the hromada about the services in its territory; the budget table is the ЦНСП's estimate, as the text says")
g.note("table cells are facts quoted by their row; KEKV rows hang on the Разом cell of the same column (one group per column); money in hryvnias")
g.note("the KEKV codes of the table (2111, 2120, 2210, 2240, 2273) are carried in the facts' kekv field, not skipped")
g.note("«задоволені 59 осіб (92,2 %)» → survey_respondents 59 with percent 92,2 (alt satisfaction)")
g.write()
