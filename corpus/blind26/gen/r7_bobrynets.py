"""b26_07: відділ соціального захисту населення Бобринецької міської ради (Кіровоградська), analytic note on
social services in the hromada in 2025. DOCX, first-person plural, KEKV table in тис. грн with % виконання."""
from decimal import Decimal as D, ROUND_HALF_UP
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b26_07_bobrynets_uszn_note2025.docx"

K = [
    ("2111", "Заробітна плата", D("8214.6"), D("8198.3")),
    ("2120", "Нарахування на оплату праці", D("1807.2"), D("1803.6")),
    ("2210", "Предмети, матеріали, обладнання та інвентар", D("312.4"), D("287.9")),
    ("2240", "Оплата послуг (крім комунальних)", D("245.0"), D("231.7")),
    ("2270", "Оплата комунальних послуг та енергоносіїв", D("468.3"), D("421.5")),
    ("2730", "Інші виплати населенню (компенсації надавачам послуг)", D("1152.0"), D("1139.4")),
]
TA = sum(r[2] for r in K)
TS = sum(r[3] for r in K)


def pc(s, a):
    return (s * 100 / a).quantize(D("0.1"), rounding=ROUND_HALF_UP)


def m(x):
    q = f"{x:,.1f}".replace(",", " ").replace(".", ",")
    return q


d = docx.Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(12)
fix_docx_props(d, "ВСЗН Бобринець")
P = d.add_paragraph
P("ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ БОБРИНЕЦЬКОЇ МІСЬКОЇ РАДИ")
P("27200, Кіровоградська обл., м. Бобринець, вул. Незалежності, 60; тел. (05257) 0-35-18; vszn.bobrynets@example.ua")
P("Вих. № 03-11/58 від 20.01.2026")
d.add_heading("АНАЛІТИЧНА ДОВІДКА щодо стану надання соціальних послуг у Бобринецькій міській територіальній громаді у 2025 році", 1)
P("Громада об'єднує 64 населені пункти з населенням 21,3 тис. осіб. Соціальні послуги в громаді надають "
  "територіальний центр соціального обслуговування (надання соціальних послуг) та центр соціальних служб; "
  "відділ приймає заяви, визначає потреби та організовує фінансування.")
d.add_heading("Прийом заяв і визначення потреб", 2)
P("У 2025 році ми прийняли 286 заяв про надання соціальних послуг. За 271 з них прийнято рішення про надання "
  "послуг, у 15 випадках відмовлено (відсутність підстав або неповний пакет документів). Визначення "
  "індивідуальних потреб наші фахівці провели 264 особам.")
d.add_heading("Охоплення послугами", 2)
P("Загалом соціальні послуги в громаді отримали 830 мешканців, що становить 3,9 % населення громади "
  "(у 2024 році – 791). З них:")
P("– територіальний центр обслуговував 512 осіб, зокрема догляд вдома – 203 особи, денний догляд – 41 особа, "
  "натуральну допомогу – 268 осіб;")
P("– центр соціальних служб надав послуги 318 сім'ям/особам.")
P("Послугою соціального таксі скористалися 47 осіб з інвалідністю; надано 139 послуг соціального таксі "
  "(вартість поїздки для отримувача – 30 грн). У черзі на влаштування до інтернатних закладів станом на "
  "01.01.2026 перебуває 6 осіб.")
P("Ми провели 4 інформаційні семінари для старост і працівників закладів освіти, у яких взяли участь 62 особи. "
  "На телефон «гарячої лінії» відділу надійшло 176 дзвінків. Скарг щодо якості надання соціальних послуг "
  "протягом року не надходило.")
P("У відділі працює 7 працівників при штатній чисельності 8 посад.")
d.add_heading("Фінансування", 2)
P("Таблиця. Видатки бюджету громади на надання соціальних послуг у 2025 році, тис. грн")
rows = [["КЕКВ", "Напрям видатків", "Затверджено", "Касові видатки", "% виконання"]]
for c, n, a, s in K:
    rows.append([c, n, m(a), m(s), m(pc(s, a))])
rows.append(["Разом", "", m(TA), m(TS), m(pc(TS, TA))])
t = d.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        t.cell(i, j).text = c
P("Найнижчий рівень виконання – за комунальними послугами, що пояснюється теплою зимою та економією "
  "енергоносіїв.")
d.add_heading("Висновки та завдання", 2)
P("Потреба мешканців у базових соціальних послугах у 2025 році задоволена. У 2026 році плануємо запровадити "
  "послугу паліативного догляду для 10 осіб та збільшити кількість послуг соціального таксі до 200.")
P("Начальник відділу                                     (підпис)")
path = report_path(NAME)
d.save(path)
freeze_zip(path)

g = Gold(NAME, {
    "centre": "Відділ соціального захисту населення Бобринецької міської ради", "centre_type": "uszn",
    "settlement": "Бобринець", "oblast": "Кіровоградська", "report_kind": "period_report",
    "period_start": "2025-01-01", "period_end": "2025-12-31"},
    {"report_kind": ["annual_report", "other"]})
f = g.f
ap = f("applied", "applications", 286, "ми прийняли 286 заяв про надання соціальних послуг")
na = f("needs_assessed", "persons", 264, "Визначення індивідуальних потреб наші фахівці провели 264 особам")
tot = f("served", "persons", 830, "соціальні послуги в громаді отримали 830 мешканців, що становить 3,9 % населення громади", percent=3.9)
tc = f("served", "persons", 512, "територіальний центр обслуговував 512 осіб", district="територіальний центр", group="served_830_by_provider", parent=tot)
h1 = f("served", "persons", 203, "догляд вдома – 203 особи", service="home_care", district="територіальний центр", group="tcso_512_by_service", parent=tc)
h2 = f("served", "persons", 41, "денний догляд – 41 особа", service="day_care", district="територіальний центр", group="tcso_512_by_service", parent=tc)
h3 = f("served", "persons", 268, "натуральну допомогу – 268 осіб", service="natural_aid", district="територіальний центр", group="tcso_512_by_service", parent=tc)
cs = f("served", "families_persons", 318, "центр соціальних служб надав послуги 318 сім'ям/особам", district="центр соціальних служб", group="served_830_by_provider", parent=tot)
tx = f("served", "persons", 47, "Послугою соціального таксі скористалися 47 осіб з інвалідністю", service="social_taxi", category="особи з інвалідністю")
f("services_provided", "services", 139, "надано 139 послуг соціального таксі", service="social_taxi")
ev = f("events", "events", 4, "Ми провели 4 інформаційні семінари")
f("event_participants", "persons", 62, "у яких взяли участь 62 особи", parent=ev)
f("calls", "calls", 176, "надійшло 176 дзвінків")
f("complaints", "complaints", 0, "Скарг щодо якості надання соціальних послуг протягом року не надходило")
ac = f("staff_actual", "staff", 7, "У відділі працює 7 працівників")
ps = f("staff_positions", "positions", 8, "при штатній чисельності 8 посад")


def num(x):
    x = x * 1000
    return int(x) if x == int(x) else float(x)


qt = "\t".join(["Разом", "", m(TA), m(TS), m(pc(TS, TA))])
FA = f("budget_approved", "uah", num(TA), qt, label="Разом")
FS = f("budget_spent", "uah", num(TS), qt, label="Разом", percent=float(pc(TS, TA)))
ra, rs = [], []
for c, n, a, s in K:
    q = "\t".join([c, n, m(a), m(s), m(pc(s, a))])
    ra.append(f("budget_approved", "uah", num(a), q, kekv=c, label=n, group="approved_by_kekv", parent=FA))
    rs.append(f("budget_spent", "uah", num(s), q, kekv=c, label=n, percent=float(pc(s, a)), group="spent_by_kekv", parent=FS))

g.check("parts_sum", "З них:", "512 (ТЦСО) + 318 (ЦСС) = 830", f"{tc} + {cs} == {tot}")
g.check("parts_sum", "територіальний центр обслуговував 512 осіб, зокрема", "203 + 41 + 268 = 512", f"{h1} + {h2} + {h3} == {tc}")
g.check("percent_mismatch", "що становить 3,9 % населення громади", "830 of 21,3 тис. = 3,90 % (21 300 is a literal: population, skipped)", f"pct_ok(p{tot[1:]}, {tot}, 21300, 1)")
g.check("parts_sum", "За 271 з них прийнято рішення про надання послуг, у 15 випадках відмовлено", "271 + 15 = 286 applications (decisions are literals: no §3 id)", f"271 + 15 == {ap}")
g.check("table_arithmetic", qt, "approved column: rows sum to Разом", f"near({' + '.join(ra)}, {FA})")
g.check("table_arithmetic", qt, "spent column: rows sum to Разом", f"near({' + '.join(rs)}, {FS})")
g.check("percent_mismatch", qt, "% виконання = касові / затверджено on every row and on Разом",
        " and ".join(f"pct_ok(p{s_[1:]}, {s_}, {a_}, 1)" for a_, s_ in zip(ra + [FA], rs + [FS])))
g.check("parts_sum", "У відділі працює 7 працівників при штатній чисельності 8 посад", "7 ≤ 8", f"{ac} <= {ps}")

S = g.skip
S("27200, Кіровоградська обл., м. Бобринець, вул. Незалежності, 60; тел. (05257) 0-35-18", [27200, 60, 5257, 0, 35, 18], "postcode, address, phone")
S("Вих. № 03-11/58 від 20.01.2026", [3, 11, 58, 20, 1, 2026], "outgoing number and date")
S("у Бобринецькій міській територіальній громаді у 2025 році", [2025], "year")
S("Громада об'єднує 64 населені пункти з населенням 21,3 тис. осіб.", [64, 21.3], "settlements and population (21 300 used as a literal)")
S("У 2025 році ми прийняли", [2025], "year")
S("За 271 з них прийнято рішення про надання послуг, у 15 випадках відмовлено", [271, 15], "decisions and refusals: no §3 id")
S("(у 2024 році – 791)", [2024, 791], "prior-year figure")
S("(вартість поїздки для отримувача – 30 грн)", [30], "tariff")
S("У черзі на влаштування до інтернатних закладів станом на 01.01.2026 перебуває 6 осіб.", [1, 1, 2026, 6], "waiting list, date")
S("Видатки бюджету громади на надання соціальних послуг у 2025 році, тис. грн", [2025], "year in the table title")
S("2111\tЗаробітна плата", [2111, 2120, 2210, 2240, 2270, 2730], "KEKV codes (in the kekv field)")
S("Потреба мешканців у базових соціальних послугах у 2025 році задоволена.", [2025], "year")
S("У 2026 році плануємо запровадити послугу паліативного догляду для 10 осіб та збільшити кількість послуг соціального таксі до 200.", [2026, 10, 200], "plans for 2026")
g.note("the body is a відділ соціального захисту населення (uszn) summarising the providers of the hromada; the two providers' figures are parts of the 830 told apart by `district` (provider)")
g.note("«830 мешканців, що становить 3,9 % населення» → the 830's percent; the population 21,3 тис. is skipped and used as a literal in the check")
g.note("budget table in тис. грн, stored in hryvnias; «% виконання» is the percent of each budget_spent row")
g.note("no planted slip in this file: everything adds up")
g.write()
