"""b74_08: **a public-spending portal page** (in the manner of spend.gov.ua / «Є-Дата»): the
transactions of the ТЦСО of Вигодська селищна рада (Івано-Франківська) for H1 2024. Portal header
and menu, filter form, the institution's own summary note (approved budget, cash spending by КЕКВ,
savings, staff), totals by КЕКВ, a page of transactions (date, amount, payer and recipient with
ЄДРПОУ, КЕКВ, free-text purpose with contract and invoice numbers), pagination «1 2 3 … Наступна»."""
from common import Gold, report_path, write_text

NAME = "b74_08_vyhoda_tcso_spending_h1_2024.html"
PAYER = "ТЦСО ВИГОДСЬКОЇ СЕЛИЩНОЇ РАДИ (43125786)"

TX = [  # date, amount, recipient, kekv, purpose
    ("28.06.2024", "1 184,60", "ТОВ «ЕНЕРГОЗБУТ-ЗАХІД» (41970235)", "2273",
     "Оплата за електроенергію згідно рах. № 00417 від 31.05.2024, дог. № 68-Е від 02.01.2024, без ПДВ"),
    ("27.06.2024", "9 412,80", "ФОП ******** (ІПН приховано)", "2210",
     "Оплата за миючі засоби зг. дог. № 31/24 від 15.04.2024, накл. № 118 від 24.06.2024, без ПДВ"),
    ("26.06.2024", "312 604,11", "ГУК в Ів.-Фр.обл./тг смт Вигода (37951998)", "2120",
     "*;101;43125786;Єдиний внесок на загальнообов'язкове державне соціальне страхування за червень 2024 р.;;;"),
    ("26.06.2024", "684 930,52", "ТЦСО ВИГОДСЬКОЇ СЕЛИЩНОЇ РАДИ (43125786)", "2111",
     "*;101;43125786;Заробітна плата за червень 2024 р. (друга половина), 47 осіб;;;"),
    ("21.06.2024", "7 380,00", "ТОВ «КАРПАТТЕЛЕКОМ-СЕРВІС» (40511627)", "2240",
     "Оплата послуг зв'язку та інтернет зг. дог. № 2024/17-Т від 05.01.2024, акт № 611 від 20.06.2024, у т.ч. ПДВ 1 230,00 грн"),
    ("19.06.2024", "3 120,00", "ТЦСО ВИГОДСЬКОЇ СЕЛИЩНОЇ РАДИ (43125786)", "2250",
     "Відшкодування витрат на відрядження (навчання соціальних робітників, м. Івано-Франківськ, 17–18.06.2024)"),
    ("14.06.2024", "12 386,00", "Фізичні особи (зарахування на картрахунки)", "2730",
     "Компенсація фізичним особам, які надають соціальні послуги, за травень 2024 р., 9 осіб, згідно розпорядження № 46 від 10.06.2024"),
    ("11.06.2024", "21 906,48", "ТОВ «ВИГОДА-ТЕПЛОСЕРВІС» (38830451)", "2271",
     "Оплата за теплопостачання згідно рахунку № 145 від 03.06.2024, дог. № 7-Т від 08.01.2024, ПДВ не передбачено"),
    ("07.06.2024", "16 740,00", "ПП «ЛІСОВИЙ КРАЙ ПРОДУКТ» (35408219)", "2210",
     "Оплата за продуктові набори для отримувачів (120 шт.) зг. дог. № 14/24 від 12.03.2024, накл. № 211 від 06.06.2024, у т.ч. ПДВ 2 790,00 грн"),
    ("04.06.2024", "2 450,00", "ТОВ «АВТОСЕРВІС КАЛУШ» (42810374)", "2240",
     "Поточний ремонт службового автомобіля Renault Kangoo д.н. АТ 0000 ХХ зг. дог. № 52 від 03.06.2024"),
]

KEKV_TOT = [("2111", "Заробітна плата", "3 894 215,40", 3894215.4, "57"),
            ("2120", "Нарахування на оплату праці", "856 727,39", 856727.39, "12"),
            ("2210", "Предмети, матеріали, обладнання та інвентар", "142 581,06", 142581.06, "31"),
            ("2240", "Оплата послуг (крім комунальних)", "98 110,25", 98110.25, "26"),
            ("2250", "Видатки на відрядження", "3 120,00", 3120, "1"),
            ("2270", "Оплата комунальних послуг та енергоносіїв", "119 764,08", 119764.08, "31"),
            ("2730", "Інші виплати населенню", "12 386,00", 12386, "6")]


def tx_rows():
    out = []
    for d, a, r, k, p in TX:
        out.append(f'<tr><td class="nowrap">{d}</td><td class="num">{a}</td><td>{PAYER}</td>'
                   f'<td>{r}</td><td>{k}</td><td class="purpose">{p}</td></tr>')
    return "\n".join(out)


def kekv_rows():
    return "\n".join(f'<tr><td>{c}</td><td>{n}</td><td class="num">{cnt}</td><td class="num">{s}</td></tr>'
                     for c, n, s, _, cnt in KEKV_TOT)


HTML = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Транзакції — ТЦСО Вигодської селищної ради — Єдиний веб-портал використання публічних коштів</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/app.3f9c2b.css">
</head>
<body>
<header class="portal-header">
 <div class="brand"><a href="/">Є-Дата</a> <span>Єдиний веб-портал використання публічних коштів</span></div>
 <nav class="portal-nav"><a href="/transactions" class="active">Транзакції</a> <a href="/contracts">Договори</a> <a href="/reports">Звіти</a> <a href="/disposers">Розпорядники</a> <a href="/api">API</a> <a href="/login">Увійти</a></nav>
</header>
<main class="container">
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/disposers">Розпорядники</a> / ТЦСО Вигодської селищної ради</div>
<h1>Територіальний центр соціального обслуговування (надання соціальних послуг) Вигодської селищної ради</h1>
<p class="org-card">Код ЄДРПОУ 43125786 · 77552, Івано-Франківська обл., Калуський р-н, смт Вигода, вул. Д. Галицького, 12 · тел. (03477) 0-62-14 · КПКВК 0813104</p>

<form class="filters" method="get" action="/transactions">
 <fieldset>
  <legend>Фільтри</legend>
  <label>Період з <input type="text" name="from" value="01.01.2024"></label>
  <label>по <input type="text" name="to" value="30.06.2024"></label>
  <label>КЕКВ <select name="kekv"><option selected>Усі коди</option><option>2111</option><option>2120</option><option>2210</option><option>2240</option><option>2250</option><option>2270</option><option>2730</option></select></label>
  <label>Сума від <input type="text" name="min" value=""></label> <label>до <input type="text" name="max" value=""></label>
  <button type="submit">Застосувати</button> <button type="reset">Скинути</button>
 </fieldset>
</form>

<section class="disposer-note">
<h2>Інформація розпорядника коштів</h2>
<p>Кошторисом територіального центру на 2024 рік за загальним фондом затверджено видатки в сумі 10 846,0 тис. грн, у тому числі на I півріччя – 5 412,3 тис. грн. Касові видатки за I півріччя 2024 року становлять 5 126,9 тис. грн, з них: заробітна плата (КЕКВ 2111) – 3 894,2 тис. грн; нарахування на оплату праці (КЕКВ 2120) – 856,7 тис. грн; предмети, матеріали, обладнання та інвентар (КЕКВ 2210) – 142,6 тис. грн; оплата послуг (КЕКВ 2240) – 98,1 тис. грн; відрядження (КЕКВ 2250) – 3,1 тис. грн; комунальні послуги та енергоносії (КЕКВ 2270) – 119,8 тис. грн; інші виплати населенню (КЕКВ 2730) – 12,4 тис. грн. Економія бюджетних призначень за півріччя склала 258,4 тис. грн.</p>
<p>До спеціального фонду за надання платних соціальних послуг надійшло 61,2 тис. грн. Штатна чисельність – 41,5 штатної одиниці. У I півріччі соціальні послуги отримали 286 осіб.</p>
</section>

<section class="kekv-totals">
<h2>Підсумки за кодами економічної класифікації видатків (01.01.2024 – 30.06.2024)</h2>
<table class="table">
<thead><tr><th>КЕКВ</th><th>Назва</th><th>Транзакцій</th><th>Сума, грн</th></tr></thead>
<tbody>
{kekv_rows()}
<tr class="total"><td></td><td>Разом</td><td class="num">164</td><td class="num">5 126 904,18</td></tr>
</tbody>
</table>
</section>

<section class="transactions">
<h2>Транзакції</h2>
<p class="summary">Знайдено 164 транзакції на суму 5 126 904,18 грн · Показано 1–10 з 164 · <a href="/export?fmt=csv">Експорт CSV</a> · <a href="/export?fmt=xlsx">XLSX</a></p>
<table class="table table-striped">
<thead><tr><th>Дата</th><th>Сума, грн</th><th>Платник</th><th>Отримувач</th><th>КЕКВ</th><th>Призначення платежу</th></tr></thead>
<tbody>
{tx_rows()}
</tbody>
</table>
<nav class="pagination"><a class="current" href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> … <a href="?page=17">17</a> <a href="?page=2">Наступна »</a></nav>
</section>
</main>
<footer class="portal-footer"><p>Дані оновлено 03.07.2024 06:00 за інформацією Державної казначейської служби України</p><p>© Міністерство фінансів України, 2015–2024</p></footer>
</body>
</html>
"""

write_text(report_path(NAME), HTML)

if __name__ == "__main__":
    import sys
    if "--show" in sys.argv:
        from common import read_text
        print(read_text(report_path(NAME)))
        sys.exit()

g = Gold(NAME, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
              "Вигодської селищної ради",
    "centre_type": "tcso", "settlement": "Вигода", "oblast": "Івано-Франківська",
    "report_kind": "other", "period_start": "2024-01-01", "period_end": "2024-06-30"},
    {"report_kind": ["period_report"],
     "centre": ["ТЦСО Вигодської селищної ради"]})
F = g.f
f1 = F("budget_approved", "uah", 10846000, "Кошторисом територіального центру на 2024 рік за "
       "загальним фондом затверджено видатки в сумі 10 846,0 тис. грн",
       label="загальний фонд, кошторис на 2024 рік (річний)")
f2 = F("budget_approved", "uah", 5412300, "у тому числі на I півріччя – 5 412,3 тис. грн",
       label="загальний фонд, на I півріччя", parent=f1)
f3 = F("budget_spent", "uah", 5126900,
       "Касові видатки за I півріччя 2024 року становлять 5 126,9 тис. грн",
       label="загальний фонд, I півріччя")
NOTE = [("2111", "заробітна плата (КЕКВ 2111) – 3 894,2 тис. грн", 3894200, "заробітна плата"),
        ("2120", "нарахування на оплату праці (КЕКВ 2120) – 856,7 тис. грн", 856700,
         "нарахування на оплату праці"),
        ("2210", "предмети, матеріали, обладнання та інвентар (КЕКВ 2210) – 142,6 тис. грн", 142600,
         "предмети, матеріали, обладнання та інвентар"),
        ("2240", "оплата послуг (КЕКВ 2240) – 98,1 тис. грн", 98100, "оплата послуг"),
        ("2250", "відрядження (КЕКВ 2250) – 3,1 тис. грн", 3100, "відрядження"),
        ("2270", "комунальні послуги та енергоносії (КЕКВ 2270) – 119,8 тис. грн", 119800,
         "комунальні послуги та енергоносії"),
        ("2730", "інші виплати населенню (КЕКВ 2730) – 12,4 тис. грн", 12400,
         "інші виплати населенню")]
note_ids = [F("budget_spent", "uah", v, q, kekv=k, label=l, group="note_spent_by_kekv", parent=f3)
            for k, q, v, l in NOTE]
f11 = F("budget_savings", "uah", 258400,
        "Економія бюджетних призначень за півріччя склала 258,4 тис. грн.",
        label="загальний фонд, I півріччя")
f12 = F("budget_received", "uah", 61200,
        "До спеціального фонду за надання платних соціальних послуг надійшло 61,2 тис. грн.",
        label="спеціальний фонд, платні соціальні послуги")
f13 = F("staff_positions", "positions", 41.5, "Штатна чисельність – 41,5 штатної одиниці.")
f14 = F("served", "persons", 286, "У I півріччі соціальні послуги отримали 286 осіб.")
TOT = "\tРазом\t164\t5 126 904,18"
f15 = F("budget_spent", "uah", 5126904.18, TOT, label="Разом (підсумки за КЕКВ, портал)")
portal_ids = [F("budget_spent", "uah", v, f"{c}\t{n}\t{cnt}\t{sv}", kekv=c, label=n,
                group="portal_spent_by_kekv", parent=f15)
              for c, n, sv, v, cnt in KEKV_TOT]

ids = lambda xs: " + ".join("f" + x[1:] for x in xs)
g.slip("table_arithmetic", "error", "Економія бюджетних призначень за півріччя склала 258,4 тис. грн.",
       258400, 285400, [f2, f3, f11],
       "економія = затверджено на півріччя − касові видатки: 5 412,3 − 5 126,9 = 285,4 тис. грн, "
       "not 258,4 (two digits swapped)", "f2 - f3 == f11")
g.check("parts_sum", "Касові видатки за I півріччя 2024 року становлять 5 126,9 тис. грн, з них:",
        "3 894,2 + 856,7 + 142,6 + 98,1 + 3,1 + 119,8 + 12,4 = 5 126,9 тис. грн",
        f"{ids(note_ids)} == f3")
g.check("table_arithmetic", TOT, "the seven КЕКВ totals sum to 5 126 904,18 грн",
        f"near({ids(portal_ids)}, f15)")
g.check("internal_conflict", "Підсумки за кодами економічної класифікації видатків",
        "each КЕКВ total of the portal, rounded to 0,1 тис. грн, equals the disposer's note "
        "(2111, 2120, 2210, 2240, 2250, 2270, 2730 and the total)",
        " and ".join(f"abs(f{a[1:]} - f{b[1:]}) <= 50" for a, b in zip(note_ids, portal_ids))
        + " and abs(f3 - f15) <= 50")
g.check("parts_sum", "у тому числі на I півріччя – 5 412,3 тис. грн",
        "half-year approval ≤ annual; spent ≤ half-year approval", "f3 <= f2 <= f1")

g.skip("Код ЄДРПОУ 43125786 · 77552, Івано-Франківська обл., Калуський р-н, смт Вигода, "
       "вул. Д. Галицького, 12 · тел. (03477) 0-62-14 · КПКВК 0813104",
       [43125786, 77552, 12, 3477, 6214, 813104], "ЄДРПОУ, postcode, address, phone, programme code")
g.skip("(КЕКВ 2111)", [2111, 2120, 2210, 2240, 2250, 2270, 2730], "KEKV codes in the note (kekv field)")
g.skip("Підсумки за кодами економічної класифікації видатків (01.01.2024 – 30.06.2024)",
       [1, 1, 2024, 30, 6, 2024], "period of the totals")
g.skip("КЕКВ\tНазва\tТранзакцій\tСума, грн", [57, 12, 31, 26, 1, 31, 6, 164],
       "number of transactions per КЕКВ and in all (57 + 12 + 31 + 26 + 1 + 31 + 6 = 164): no §3 id")
g.skip("Знайдено 164 транзакції на суму 5 126 904,18 грн · Показано 1–10 з 164", [164, 5126904.18, 1, 10, 164],
       "search-result counter of the portal: number and sum of the transactions the filter found, "
       "and the page range. The sum repeats the «Разом» of the КЕКВ totals but is an artifact of "
       "the filter, not a stated budget figure, so it is not annotated")
for d, a, r, k, pur in TX:
    g.skip(f"{d}\t{a}\t{PAYER}\t{r}\t{k}\t{pur}", [a], "a single payment (transaction row: date, amount, ЄДРПОУ of payer and "
           f"recipient, КЕКВ {k}, contract/invoice numbers and dates in the purpose): not a budget fact")
g.skip("Заробітна плата за червень 2024 р. (друга половина), 47 осіб", [2024, 47],
       "headcount in a payment purpose")
g.skip("за травень 2024 р., 9 осіб, згідно розпорядження № 46 від 10.06.2024", [2024, 9, 46, 10, 6, 2024],
       "headcount and order in a payment purpose")
g.skip("продуктові набори для отримувачів (120 шт.)", [120], "items")
g.note("the portal page is not a report: report_kind other (period_report accepted); the period is "
       "the filter's and the note's I півріччя 2024")
g.note("facts: the disposer's note (approved year and half-year, cash spending in all and by КЕКВ, "
       "savings, special-fund receipts, staff positions 41,5, persons served) and the portal's totals "
       "by КЕКВ with their «Разом». The individual transactions are payments, not budget facts; the "
       "payment КЕКВ 2271/2273 are sub-codes rolled up into 2270 in the totals")
g.note("the note's КЕКВ amounts (тис. грн) and the portal's totals (грн, kopecks) are two facts each, "
       "with different values by rounding")
g.note("the pagination «1 2 3 … 17 Наступна», the portal menu and the footer are dropped by the reader")
g.write()
