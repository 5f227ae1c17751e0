"""b42_05: відділ соціального захисту населення Брусилівської селищної ради, analytic note for Q3 2025
(TXT, UTF-8, impersonal, fixed-width budget table by KEKV)."""
from common import Gold, report_path, read_text, write_text, line_with

NAME = "b42_05_brusyliv_uszn_q3_2025.txt"
TEXT = """БРУСИЛІВСЬКА СЕЛИЩНА РАДА
ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ
12601, Житомирська обл., смт Брусилів, вул. Михайла Грушевського, 9
тел. (04162) 0-31-48, код ЄДРПОУ 41960337

АНАЛІТИЧНА ДОВІДКА
щодо надання соціальних послуг та соціальної підтримки населення
Брусилівської селищної територіальної громади за III квартал 2025 року

Загальні відомості
Громада включає 27 населених пунктів з населенням 15,8 тис. осіб. На обліку в
громаді перебуває 1 386 внутрішньо переміщених осіб, з них 412 дітей.

Звернення
У III кварталі 2025 року до відділу звернулося 527 осіб, прийнято 611 заяв
(у ІІІ кварталі 2024 року - 574 заяви). Призначено 318 субсидій, оформлено 96
довідок ВПО.

Соціальні послуги
Соціальні послуги в громаді надає КУ «Центр надання соціальних послуг»
Брусилівської селищної ради (далі - ЦНСП). У звітному кварталі оцінку потреб
проведено 64 особам. Послуги отримали 402 особи, у тому числі:
   догляд вдома ................................ 167
   денний догляд ............................... 29
   натуральна допомога ......................... 158
   соціальне таксі ............................. 48
Одноразову матеріальну допомогу з місцевого бюджету виплачено 14 особам на
загальну суму 70,0 тис. грн (за рішенням виконкому від 18.07.2025 № 141).
Звернень зі скаргами на якість соціальних послуг не надходило.

Фінансування ЦНСП (загальний фонд)
Кошторисом на 2025 рік затверджено 8 915,4 тис. грн. Використання коштів
у III кварталі 2025 року, тис. грн:

  КЕКВ   Затверджено на     Касові      Економія
         III квартал        видатки
  2111      1 684,2         1 651,8        32,4
  2120        370,5           363,4         7,1
  2210         42,0            38,7         3,3
  2240         18,6            15,2         4,3
  2273         57,3            49,9         7,4
  Разом     2 172,6         2 119,0        53,6

Надходження до спеціального фонду (плата за послуги) - 96,8 тис. грн.

Кадри
У відділі 7 штатних одиниць, з них 1 вакантна.

Висновки
1. Кількість отримувачів послуг порівняно з ІІ кварталом 2025 року зросла на
28 осіб.
2. Потребує розширення послуга денного догляду (черга - 6 осіб).

Начальник відділу                                      ____________
Дата складання: 06.10.2025
"""
path = report_path(NAME)
write_text(path, TEXT)
T = read_text(path)

g = Gold(NAME, {
    "centre": "Відділ соціального захисту населення Брусилівської селищної ради",
    "centre_type": "uszn", "settlement": "Брусилів", "oblast": "Житомирська",
    "report_kind": "period_report", "period_start": "2025-07-01", "period_end": "2025-09-30"},
    {"centre": ["Центр надання соціальних послуг Брусилівської селищної ради"],
     "centre_type": ["cnsp"]})
a1 = g.f("applied", "persons", 527, "до відділу звернулося 527 осіб")
a2 = g.f("applied", "applications", 611, "прийнято 611 заяв")
na = g.f("needs_assessed", "persons", 64, "оцінку потреб\nпроведено 64 особам")
sv = g.f("served", "persons", 402, "Послуги отримали 402 особи")
parts = []
for lab, svc, v in (("догляд вдома", "home_care", 167), ("денний догляд", "day_care", 29),
                    ("натуральна допомога", "natural_aid", 158), ("соціальне таксі", "social_taxi", 48)):
    parts.append(g.f("served", "persons", v, line_with(T, lab + " ...."), service=svc,
                     group="served_402_by_service", parent=sv))
ma = g.f("served", "persons", 14, "виплачено 14 особам", label="одноразова матеріальна допомога",
         uncertain=True, note="cash aid, not a social service; annotated as served with a label")
av = g.f("aid_value", "uah", 70000, "загальну суму 70,0 тис. грн", label="одноразова матеріальна допомога", parent=ma)
cp = g.f("complaints", "complaints", 0, "Звернень зі скаргами на якість соціальних послуг не надходило.")
ya = g.f("budget_approved", "uah", 8915400, "Кошторисом на 2025 рік затверджено 8 915,4 тис. грн",
         label="загальний фонд, кошторис на 2025 рік (річний)")
tot = line_with(T, "Разом\t")
ta = g.f("budget_approved", "uah", 2172600, tot, label="Разом, на III квартал", parent=ya)
ts = g.f("budget_spent", "uah", 2119000, tot, label="Разом")
te = g.f("budget_savings", "uah", 53600, tot, label="Разом")
rows = {}
for kekv, ap, sp, ec in (("2111", 1684200, 1651800, 32400), ("2120", 370500, 363400, 7100),
                         ("2210", 42000, 38700, 3300), ("2240", 18600, 15200, 4300),
                         ("2273", 57300, 49900, 7400)):
    q = line_with(T, kekv + "\t")
    rows[kekv] = (g.f("budget_approved", "uah", ap, q, kekv=kekv, label="на III квартал", group="approved_by_kekv", parent=ta),
                  g.f("budget_spent", "uah", sp, q, kekv=kekv, group="spent_by_kekv", parent=ts),
                  g.f("budget_savings", "uah", ec, q, kekv=kekv, group="savings_by_kekv", parent=te))
rc = g.f("budget_received", "uah", 96800, "Надходження до спеціального фонду (плата за послуги) - 96,8 тис. грн",
         label="спеціальний фонд, плата за послуги")
st = g.f("staff_positions", "positions", 7, "У відділі 7 штатних одиниць")


def v(x):
    return "f" + x[1:]


r40 = rows["2240"]
g.slip("table_arithmetic", "error", line_with(T, "2240\t"), 4300, 3400, list(r40),
       "КЕКВ 2240: економія = затверджено − видатки = 18,6 − 15,2 = 3,4 тис. грн; the row says 4,3 (digits swapped).",
       f"{v(r40[0])} - {v(r40[1])} == {v(r40[2])}", slip=1)
g.slip("table_arithmetic", "error", tot, 53600, 54500, [te] + [x[2] for x in rows.values()],
       "Економія column: 32,4 + 7,1 + 3,3 + 4,3 + 7,4 = 54,5 тис. грн, the Разом row says 53,6 (which is right for "
       "2 172,6 − 2 119,0 and for the correct 3,4 in row 2240). Same slip as the row finding.",
       " + ".join(v(x[2]) for x in rows.values()) + f" == {v(te)}", slip=1)
g.check("table_arithmetic", tot, "approved column: 1 684,2 + 370,5 + 42,0 + 18,6 + 57,3 = 2 172,6",
        " + ".join(v(x[0]) for x in rows.values()) + f" == {v(ta)}")
g.check("table_arithmetic", tot, "spent column: 1 651,8 + 363,4 + 38,7 + 15,2 + 49,9 = 2 119,0",
        " + ".join(v(x[1]) for x in rows.values()) + f" == {v(ts)}")
g.check("table_arithmetic", tot, "Разом: 2 172,6 − 2 119,0 = 53,6", f"{v(ta)} - {v(ts)} == {v(te)}")
g.check("table_arithmetic", line_with(T, "2111\t"), "rows 2111, 2120, 2210, 2273: затверджено − видатки = економія",
        " and ".join(f"{v(rows[k][0])} - {v(rows[k][1])} == {v(rows[k][2])}" for k in ("2111", "2120", "2210", "2273")))
g.check("parts_sum", "Кошторисом на 2025 рік затверджено 8 915,4 тис. грн", "quarter 2 172,6 ≤ year 8 915,4",
        f"{v(ta)} <= {v(ya)}")
g.check("parts_sum", "Послуги отримали 402 особи, у тому числі:", "167 + 29 + 158 + 48 = 402",
        " + ".join(v(x) for x in parts) + f" == {v(sv)}")
g.check("parts_sum", "оцінку потреб\nпроведено 64 особам", "64 assessed ≤ 527 applied; 402 served ≤ 527",
        f"{v(na)} <= {v(a1)} and {v(sv)} <= {v(a1)}")

g.skip("12601, Житомирська обл., смт Брусилів, вул. Михайла Грушевського, 9", [12601, 9], "postcode, address")
g.skip("тел. (04162) 0-31-48, код ЄДРПОУ 41960337", [4162, 3148, 41960337], "phone, ЄДРПОУ")
g.skip("Брусилівської селищної територіальної громади за III квартал 2025 року", [2025], "period in the title")
g.skip("Громада включає 27 населених пунктів з населенням 15,8 тис. осіб.", [27, 15800], "settlements, population")
g.skip("громаді перебуває 1 386 внутрішньо переміщених осіб, з них 412 дітей.", [1386, 412],
       "IDP register of the hromada: population count, no §3 id")
g.skip("(у ІІІ кварталі 2024 року - 574 заяви)", [2024, 574], "prior-year figure")
g.skip("Призначено 318 субсидій, оформлено 96", [318, 96], "subsidies granted, IDP certificates: no §3 id")
g.skip("(за рішенням виконкому від 18.07.2025 № 141)", [18, 7, 2025, 141], "decision date and number")
g.skip("у III кварталі 2025 року, тис. грн:", [2025], "year")
g.skip("У відділі 7 штатних одиниць, з них 1 вакантна.", [1], "vacancy: no §3 id")
g.skip("1. Кількість отримувачів послуг порівняно з ІІ кварталом 2025 року зросла на", [1, 2025, 28],
       "difference against the previous quarter (28 осіб on the next line)")
g.skip("2. Потребує розширення послуга денного догляду (черга - 6 осіб).", [2, 6], "conclusion number, queue")
g.skip("Дата складання: 06.10.2025", [6, 10, 2025], "compile date")
g.note("the author is the hromada's УСЗН-type department (відділ соціального захисту населення) → centre_type uszn; "
       "most figures are the ЦНСП's, so meta_alt accepts the ЦНСП as centre / cnsp")
g.note("budget in тис. грн stored in hryvnias; table rows carry their KEKV, the Разом row and the annual approval none")
g.note("«оцінку потреб / проведено 64 особам» is hard-wrapped in the file; the quote keeps the line break")
g.note("the 402 served are the ЦНСП's; the dotted leader lines are the breakdown (group served_402_by_service)")
g.write()
