"""b52_05: УСЗН Краснопільської селищної ради (Сумська), analytic note for H1 2024.
Plain text UTF-8 (LF), impersonal, with a budget table by KEKV drawn with pipes.
Slip: table_arithmetic (KEKV 2240: 52 300,00 − 49 870,52 = 2 429,48, written 2 492,48; the Економія column then
sums to 63,00 more than its Разом) — one slip, two findings."""
from decimal import Decimal as D
from common import Gold, write_text, report_path

DOC = "b52_05_krasnopillia_uszn_h1_2024.txt"
ROWS = [("2111", "Заробітна плата", "1 842 600,00", "1 839 214,37", "3 385,63"),
        ("2120", "Нарахування на оплату праці", "405 400,00", "404 627,16", "772,84"),
        ("2210", "Предмети, матеріали, обладнання та інвентар", "38 000,00", "31 455,00", "6 545,00"),
        ("2240", "Оплата послуг (крім комунальних)", "52 300,00", "49 870,52", "2 492,48"),
        ("2273", "Оплата електроенергії", "61 200,00", "57 930,11", "3 269,89")]


def num(s):
    return D(s.replace(" ", "").replace(",", "."))


TOT = ("Разом", "", sum(num(r[2]) for r in ROWS), sum(num(r[3]) for r in ROWS))
TOT_ECON = TOT[2] - TOT[3]


def fmt(x):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s


def line(k, name, a, b, c):
    return f"{k:<4} | {name:<44} | {a:>14} | {b:>14} | {c:>10}"


TABLE = "\n".join([line("КЕКВ", "Найменування видатків", "Затверджено", "Касові", "Економія"),
                   line("", "", "на І півріччя", "видатки", ""),
                   "-" * 98] + [line(*r) for r in ROWS] + ["-" * 98,
                   line("", "Разом", fmt(TOT[2]), fmt(TOT[3]), fmt(TOT_ECON))])

TEXT = f"""КРАСНОПІЛЬСЬКА СЕЛИЩНА РАДА
УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ
42400, Сумська обл., смт Краснопілля, вул. Миру, 5, тел. (05459) 0-71-26, e-mail: uszn@example.ua

Вих. № 02-11/418 від 12.07.2024

АНАЛІТИЧНА ДОВІДКА
щодо соціальної підтримки населення Краснопільської селищної територіальної громади
за І півріччя 2024 року

Громада об'єднує 52 населені пункти. Станом на 01.07.2024 на обліку перебуває 4 318 внутрішньо переміщених осіб.

1. Звернення громадян
За січень-червень 2024 року до управління надійшло 2 146 звернень (за І півріччя 2023 року - 1 988), з них 1 203 звернення стосувалися призначення державних соціальних допомог. Прийнято 1 894 рішення про призначення допомог, 57 - про відмову. Житлові субсидії призначено 1 517 домогосподарствам.
На «гарячу лінію» управління надійшло 418 дзвінків.

2. Соціальні послуги
Фахівцями управління проведено оцінку потреб 213 осіб. За її результатами соціальні послуги отримали 187 осіб, з них догляд вдома - 121 особа, денний догляд - 38 осіб, паліативний догляд - 28 осіб.
Натуральну допомогу (продуктові набори, засоби гігієни) отримали 1 312 осіб, з них 604 - внутрішньо переміщені особи. Видано 2 480 продуктових наборів і 960 гігієнічних наборів.

3. Виконання кошторису
Таблиця 2. Видатки загального фонду за І півріччя 2024 року, грн

{TABLE}

4. Кадрове забезпечення
Штатна чисельність управління - 17 посад, фактично працює 15 осіб. Підвищили кваліфікацію 3 працівники (курси в Сумському обласному центрі, 72 години).

5. Скарги
Надійшла 1 скарга на дії працівника управління, яку за результатами розгляду визнано необґрунтованою.

Прийом громадян: понеділок-п'ятниця з 8.00 до 17.00, обідня перерва з 12.00 до 13.00.

Начальник управління                          (підпис)
"""
write_text(report_path(DOC), TEXT)

g = Gold(DOC, {
    "centre": "Управління соціального захисту населення Краснопільської селищної ради",
    "centre_type": "uszn", "settlement": "Краснопілля", "oblast": "Сумська",
    "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30"})
f = g.f
a1 = f("applied", "applications", 2146, "до управління надійшло 2 146 звернень")
a2 = f("applied", "applications", 1203, "з них 1 203 звернення стосувалися призначення державних соціальних допомог",
       label="призначення державних соціальних допомог", parent=a1)
c1 = f("calls", "calls", 418, "На «гарячу лінію» управління надійшло 418 дзвінків.")
n1 = f("needs_assessed", "persons", 213, "проведено оцінку потреб 213 осіб")
s0 = f("served", "persons", 187, "соціальні послуги отримали 187 осіб")
s1 = f("served", "persons", 121, "догляд вдома - 121 особа", service="home_care", parent=s0, group="served_187_by_service")
s2 = f("served", "persons", 38, "денний догляд - 38 осіб", service="day_care", parent=s0, group="served_187_by_service")
s3 = f("served", "persons", 28, "паліативний догляд - 28 осіб", service="palliative_care", parent=s0,
       group="served_187_by_service")
na = f("served", "persons", 1312, "Натуральну допомогу (продуктові набори, засоби гігієни) отримали 1 312 осіб",
       service="natural_aid")
nv = f("served", "persons", 604, "з них 604 - внутрішньо переміщені особи", service="natural_aid",
       category="внутрішньо переміщені особи", parent=na)
ap, sp, sv = [], [], []
for k, name, a, b, c in ROWS:
    q = f"{k}\t{name}\t{a}\t{b}\t{c}"
    ap.append(f("budget_approved", "uah", float(num(a)) if num(a) % 1 else int(num(a)), q, kekv=k, label=name + ", І півріччя"))
    sp.append(f("budget_spent", "uah", float(num(b)) if num(b) % 1 else int(num(b)), q, kekv=k, label=name))
    sv.append(f("budget_savings", "uah", float(num(c)) if num(c) % 1 else int(num(c)), q, kekv=k, label=name))
tq = f"| Разом | {fmt(TOT[2])} | {fmt(TOT[3])} | {fmt(TOT_ECON)}"
ta = f("budget_approved", "uah", int(TOT[2]) if TOT[2] % 1 == 0 else float(TOT[2]), tq, label="загальний фонд, разом, І півріччя")
ts = f("budget_spent", "uah", int(TOT[3]) if TOT[3] % 1 == 0 else float(TOT[3]), tq, label="загальний фонд, разом")
te = f("budget_savings", "uah", int(TOT_ECON) if TOT_ECON % 1 == 0 else float(TOT_ECON), tq, label="загальний фонд, разом")
st1 = f("staff_positions", "positions", 17, "Штатна чисельність управління - 17 посад")
st2 = f("staff_actual", "staff", 15, "фактично працює 15 осіб")
st3 = f("staff_trained", "staff", 3, "Підвищили кваліфікацію 3 працівники")
cp = f("complaints", "complaints", 1, "Надійшла 1 скарга на дії працівника управління")

g.slip("table_arithmetic", "error", "\t".join(ROWS[3]), 2492.48, 2429.48, [ap[3], sp[3], sv[3]],
       "економія = затверджено − касові видатки: 52 300,00 − 49 870,52 = 2 429,48, written 2 492,48 (digits swapped)",
       f"near({ap[3]} - {sp[3]}, {sv[3]})", slip=1)
g.slip("table_arithmetic", "error", tq, float(TOT_ECON), float(TOT_ECON + D("63.00")), [te] + sv,
       "the Економія column sums to 16 465,84 but Разом says 16 402,84 (the 2240 row is 63,00 too high); Разом itself equals approved − spent",
       f"near({' + '.join(sv)}, {te})", slip=1)
g.check("table_arithmetic", tq, "the Затверджено column sums to its Разом", f"near({' + '.join(ap)}, {ta})")
g.check("table_arithmetic", tq, "the Касові видатки column sums to its Разом", f"near({' + '.join(sp)}, {ts})")
g.check("table_arithmetic", tq, "Разом: економія = затверджено − видатки", f"near({ta} - {ts}, {te})")
g.check("table_arithmetic", "Таблиця 2. Видатки загального фонду за І півріччя 2024 року, грн",
        "rows 2111, 2120, 2210, 2273: економія = затверджено − видатки",
        " and ".join(f"near({ap[i]} - {sp[i]}, {sv[i]})" for i in (0, 1, 2, 4)))
g.check("parts_sum", "з них догляд вдома - 121 особа, денний догляд - 38 осіб, паліативний догляд - 28 осіб",
        "121 + 38 + 28 = 187", f"{s1} + {s2} + {s3} == {s0}")
g.check("parts_sum", "За її результатами соціальні послуги отримали 187 осіб", "187 served ≤ 213 assessed", f"{s0} <= {n1}")
g.check("parts_sum", "з них 1 203 звернення", "1 203 ≤ 2 146", f"{a2} <= {a1}")
g.check("parts_sum", "з них 604 - внутрішньо переміщені особи", "604 ≤ 1 312", f"{nv} <= {na}")
g.check("parts_sum", "фактично працює 15 осіб", "3 trained ≤ 15 staff ≤ 17 positions", f"{st3} <= {st2} <= {st1}")

g.skip("42400, Сумська обл., смт Краснопілля, вул. Миру, 5, тел. (05459) 0-71-26", [42400, 5, 5459, 7126],
       "postcode, address, phone")
g.skip("Вих. № 02-11/418 від 12.07.2024", [2, 11, 418, 12, 7, 2024], "outgoing number and date")
g.skip("за І півріччя 2024 року", [2024], "year")
g.skip("Громада об'єднує 52 населені пункти.", [52], "settlement count")
g.skip("Станом на 01.07.2024 на обліку перебуває 4 318 внутрішньо переміщених осіб.", [1, 7, 2024, 4318],
       "date; IDP population of the hromada (not a service figure)")
g.skip("(за І півріччя 2023 року - 1 988)", [2023, 1988], "prior-year figure")
g.skip("Прийнято 1 894 рішення про призначення допомог, 57 - про відмову.", [1894, 57], "decisions and refusals (no §3 id)")
g.skip("Житлові субсидії призначено 1 517 домогосподарствам.", [1517], "housing subsidies (no §3 id)")
g.skip("Видано 2 480 продуктових наборів і 960 гігієнічних наборів.", [2480, 960], "items handed out")
g.skip("Таблиця 2.", [2], "table number")
g.skip("(курси в Сумському обласному центрі, 72 години)", [72], "duration")
g.skip("з 8.00 до 17.00, обідня перерва з 12.00 до 13.00", [8, 17, 12, 13], "office hours")
g.skip("1. Звернення громадян", [1, 2, 3, 4, 5], "section numbers")
g.note("the subject is the hromada's УСЗН (centre_type uszn); its «звернення» are applications (unit applications)")
g.note("budget table: every row gives approved / spent / savings with its KEKV; money in hryvnias with kopecks (floats); the Разом row carries no kekv")
g.note("the reader turns the pipe-drawn rows into tab-separated rows; the Разом line after the second rule comes out as «| Разом | … |» with the padding collapsed; quotes follow the read text")
g.note("one planted slip (2240 economy 2 492,48 for 2 429,48) recorded as two table_arithmetic findings: the row's derived column and the column total")
g.write()
