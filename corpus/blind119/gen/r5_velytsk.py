"""b119_05: відділ соціального захисту населення Велицької сільської ради (Волинська), analytic note for Q3 2021.
UTF-8 TXT, first person plural, a pipe table (read as a table), Roman quarter numbers."""
from common import Gold, write_text, report_path

DOC = "b119_05_velytsk_uszn_q3_2021.txt"

TEXT = """ВЕЛИЦЬКА СІЛЬСЬКА РАДА
ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ
44522, Волинська область, Ковельський район, с. Велицьк, вул. Незалежності, 25
тел. (03352) 0-41-76, e-mail: szn.velytsk@example.ua

АНАЛІТИЧНА ДОВІДКА
щодо роботи відділу соціального захисту населення за ІІІ квартал 2021 року

У ІІІ кварталі 2021 року ми продовжували роботу з прийому громадян, призначення державних допомог та організації надання соціальних послуг мешканцям 19 сіл громади.

Прийом громадян. До відділу звернулося 486 осіб (у ІІ кварталі – 431): особисто – 352, через ЦНАП – 134. На телефон відділу надійшло 164 дзвінки. Надійшли 2 скарги (щодо затримки виплати допомоги), обидві розглянуто у встановлений термін.

Державні допомоги. Нами прийнято 213 заяв на призначення державних соціальних допомог, з них 47 – на житлові субсидії. Призначено субсидії 44 домогосподарствам, відмовлено – 3. На обліку як внутрішньо переміщені особи перебувають 87 осіб.

Соціальні послуги. Ми провели оцінку потреб 38 осіб у соціальних послугах; за її результатами прийнято 35 рішень про надання послуг і 3 рішення про відмову. Послуги надавалися через КУ «Центр надання соціальних послуг» та фахівців із соціальної роботи.

Таблиця. Отримувачі соціальних послуг у ІІІ кварталі 2021 року
| Послуга | Отримувачів, осіб | у т.ч. ВПО |
| Догляд вдома | 64 | 3 |
| Денний догляд | 21 | 2 |
| Консультування | 118 | 27 |
| Натуральна допомога | 92 | 31 |
| Соціальне таксі | 14 | 0 |
| Разом | 319 | 63 |

Матеріальна допомога. За рішеннями виконавчого комітету від 15.07.2021 № 112 та від 16.09.2021 № 139 ми виплатили одноразову матеріальну допомогу на загальну суму 57,5 тис. грн (23 особи); розмір допомоги – від 1 000 до 5 000 грн.

Програма. На виконання Програми соціального захисту населення Велицької громади на 2021–2023 роки у ІІІ кварталі використано 184,2 тис. грн із 612,0 тис. грн, передбачених на рік (30,1 %).

Інформаційна робота. Ми провели 3 інформаційні зустрічі з мешканцями старостинських округів, участь у яких взяли 96 осіб.

Кадри. Штатна чисельність відділу – 7 посад, фактично працює 6 осіб, з них 3 фахівці із соціальної роботи.

Начальник відділу                    (підпис)
05.10.2021
"""

path = report_path(DOC)
write_text(path, TEXT)

g = Gold(DOC, {
    "centre": "Відділ соціального захисту населення Велицької сільської ради",
    "centre_type": "uszn", "settlement": "Велицьк", "oblast": "Волинська",
    "report_kind": "period_report", "period_start": "2021-07-01", "period_end": "2021-09-30"},
    meta_alt={"settlement": ["Велицька сільська громада"], "centre_type": ["other"]})
F = g.f
ap = F("applied", "persons", 486, "До відділу звернулося 486 осіб")
a1 = F("applied", "persons", 352, "особисто – 352", parent=ap, group="applied_486_by_channel", label="особисто")
a2 = F("applied", "persons", 134, "через ЦНАП – 134", parent=ap, group="applied_486_by_channel", label="через ЦНАП")
cl = F("calls", "calls", 164, "На телефон відділу надійшло 164 дзвінки")
cp = F("complaints", "complaints", 2, "Надійшли 2 скарги")
za = F("applied", "applications", 213, "Нами прийнято 213 заяв на призначення державних соціальних допомог",
       label="заяви на державні соціальні допомоги")
zs = F("applied", "applications", 47, "з них 47 – на житлові субсидії", parent=za, label="на житлові субсидії")
na = F("needs_assessed", "persons", 38, "Ми провели оцінку потреб 38 осіб у соціальних послугах")
rows = [("home_care", "Догляд вдома\t64\t3", 64, 3), ("day_care", "Денний догляд\t21\t2", 21, 2),
        ("counselling", "Консультування\t118\t27", 118, 27), ("natural_aid", "Натуральна допомога\t92\t31", 92, 31),
        ("social_taxi", "Соціальне таксі\t14\t0", 14, 0)]
tq = "Разом\t319\t63"
tt = F("served", "persons", 319, tq, label="таблиця, разом")
ti = F("served", "persons", 63, tq, label="таблиця, разом, у т.ч. ВПО", category="внутрішньо переміщені особи", parent=tt)
rr, ri = [], []
for sid, q, a, b in rows:
    x = F("served", "persons", a, q, service=sid, parent=tt, group="table_recipients")
    rr.append(x)
    ri.append(F("served", "persons", b, q, service=sid, category="внутрішньо переміщені особи", parent=x))
md = F("aid_value", "uah", 57500, "ми виплатили одноразову матеріальну допомогу на загальну суму 57,5 тис. грн",
       label="одноразова матеріальна допомога")
mdp = F("served", "persons", 23, "(23 особи)", label="одноразова матеріальна допомога", parent=md,
        note="recipients of one-off cash aid; no service id")
bs = F("budget_spent", "uah", 184200, "у ІІІ кварталі використано 184,2 тис. грн", percent=30.1,
       label="Програма соціального захисту населення, ІІІ квартал")
ba = F("budget_approved", "uah", 612000, "із 612,0 тис. грн, передбачених на рік",
       label="Програма соціального захисту населення, на 2021 рік")
ev = F("events", "events", 3, "Ми провели 3 інформаційні зустрічі")
evp = F("event_participants", "persons", 96, "участь у яких взяли 96 осіб", parent=ev)
sp = F("staff_positions", "positions", 7, "Штатна чисельність відділу – 7 посад")
sa = F("staff_actual", "staff", 6, "фактично працює 6 осіб")
sa3 = F("staff_actual", "staff", 3, "з них 3 фахівці із соціальної роботи", parent=sa, label="фахівці із соціальної роботи")

g.slip("table_arithmetic", "error", tq, 319, 309, [tt] + rr,
       "the recipients column sums to 64 + 21 + 118 + 92 + 14 = 309, but «Разом» says 319 (10 more). The ВПО column adds up (63).",
       " + ".join(rr) + f" == {tt}")
g.check("table_arithmetic", tq, "ВПО column: 3 + 2 + 27 + 31 + 0 = 63; each ВПО cell ≤ its row",
        " + ".join(ri) + f" == {ti} and " + " and ".join(f"{b} <= {a}" for a, b in zip(rr, ri)))
g.check("parts_sum", "особисто – 352, через ЦНАП – 134", "352 + 134 = 486", f"{a1} + {a2} == {ap}")
g.check("parts_sum", "з них 47 – на житлові субсидії", "47 ≤ 213; 44 granted + 3 refused = 47 (literals)",
        f"{zs} <= {za} and 44 + 3 == {zs}")
g.check("parts_sum", "прийнято 35 рішень про надання послуг і 3 рішення про відмову",
        "35 + 3 decisions = 38 assessed (decisions are skipped; literals)", f"35 + 3 == {na}")
g.check("percent_mismatch", "(30,1 %)", "184,2 / 612,0 = 30,10 % → 30,1", f"pct_ok(p{bs[1:]}, {bs}, {ba}, 1)")
g.check("parts_sum", "фактично працює 6 осіб, з них 3 фахівці", "3 ≤ 6 ≤ 7", f"{sa3} <= {sa} <= {sp}")

g.skip("44522, Волинська область, Ковельський район, с. Велицьк, вул. Незалежності, 25", [44522, 25], "postcode, address")
g.skip("тел. (03352) 0-41-76", [3352, 4176], "phone")
g.skip("щодо роботи відділу соціального захисту населення за ІІІ квартал 2021 року", [3, 2021], "period in the title (Roman ІІІ)")
g.skip("мешканцям 19 сіл громади", [19], "settlement count")
g.skip("(у ІІ кварталі – 431)", [2, 431], "previous quarter's figure")
g.skip("обидві розглянуто у встановлений термін", [2], "«обидві» repeats the 2 complaints; not a second figure")
g.skip("Призначено субсидії 44 домогосподарствам, відмовлено – 3.", [44, 3], "subsidies granted/refused (no §3 id)")
g.skip("На обліку як внутрішньо переміщені особи перебувають 87 осіб.", [87],
       "the register of IDPs (ЄІБД ВПО), not the register of families in СЖО (no §3 id)")
g.skip("прийнято 35 рішень про надання послуг і 3 рішення про відмову", [35, 3], "decisions and refusals (no §3 id)")
g.skip("Таблиця. Отримувачі соціальних послуг у ІІІ кварталі 2021 року", [3, 2021], "period in the table title")
g.skip("За рішеннями виконавчого комітету від 15.07.2021 № 112 та від 16.09.2021 № 139", [15, 7, 2021, 112, 16, 9, 2021, 139],
       "decision dates and numbers")
g.skip("розмір допомоги – від 1 000 до 5 000 грн", [1000, 5000], "amount range per person (not a total)")
g.skip("Програми соціального захисту населення Велицької громади на 2021–2023 роки", [2021, 2023], "programme years")
g.skip("05.10.2021", [5, 10, 2021], "date of the note")

g.note("A відділ соціального захисту населення of a hromada council is taken as centre_type uszn (meta_alt other). Period from the title «за ІІІ квартал 2021 року»: 2021-07-01..2021-09-30.")
g.note("Two kinds of applied: persons who turned to the department (486, by channel) and applications for state benefits (213, unit applications).")
g.note("Planted slip: the table's «Разом» 319 is 10 more than its rows (309) (table_arithmetic). Each table cell is a fact quoted by its row; the ВПО cell hangs on its row's recipients cell; rows hang on the Разом cell.")
g.note("One-off cash aid: the total 57,5 тис. грн → aid_value; the 23 persons → served with a label and no service (cash aid is not a social service of the classifier); a reader may reasonably skip them.")
g.note("Programme money: 184,2 тис. грн used in the quarter → budget_spent with percent 30,1 of the 612,0 тис. грн foreseen for the year → budget_approved.")
g.note("Subsidies granted/refused, decisions on services and the IDP register have no §3 id → skipped.")
g.write()
