"""b25_05: ТЦСО Тячівської міської ради (Закарпатська), results of H1 2025 as an article on the
council's web site. HTML in windows-1251 with a top bar, menu, breadcrumbs, sidebar and footer;
plain-language subheadings, a bullet list, numbers in words («Двоє», «одна скарга»), «13,4 млн грн»,
and a KEKV budget table in тис. грн."""
from common import Gold, report_path, write_text

DOC = "b25_05_tiachiv_tcso_h1_2025.html"

KEKV = [
    ("2111", "Заробітна плата", "5 214,6", "5 198,2", "16,4"),
    ("2120", "Нарахування на оплату праці", "1 147,2", "1 143,6", "3,6"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "86,0", "71,3", "15,7"),
    ("2240", "Оплата послуг (крім комунальних)", "64,5", "58,9", "5,6"),
    ("2273", "Оплата електроенергії", "48,2", "41,7", "6,5"),
    ("2274", "Оплата природного газу", "112,8", "97,4", "15,4"),
    ("2800", "Інші поточні видатки", "3,0", "3,0", "0,0"),
]
TOTAL = ("Разом", "6 676,3", "6 614,1", "63,2")
rows_html = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in KEKV)

HTML = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Територіальний центр: підсумки роботи за І півріччя 2025 року | Тячівська міська рада</title>
</head>
<body>
<header>
<div class="topbar">Тячівська міська рада Закарпатської області · тел. приймальні (03134) 0-21-05 · rada@tiachiv.example.ua</div>
<nav class="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/rada">Міська рада</a></li><li><a href="/vykonkom">Виконавчий комітет</a></li>
<li><a href="/news">Новини</a></li><li><a href="/social">Соціальний захист</a></li><li><a href="/docs">Документи</a></li>
<li><a href="/contacts">Контакти</a></li></ul></nav>
<nav class="breadcrumbs"><a href="/">Головна</a> / <a href="/social">Соціальний захист</a> / Новини</nav>
</header>
<main>
<article>
<h1>Територіальний центр: підсумки роботи за І півріччя 2025 року</h1>
<p class="meta">18.07.2025 10:42 | Соціальний захист | Переглядів: 347</p>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Тячівської міської ради у січні–червні 2025 року обслужив 1 207 мешканців громади – людей похилого віку, осіб з інвалідністю, внутрішньо переміщених осіб. З них ВПО – 184, або 15,2 %.</p>
<h3>Хто і які послуги отримав</h3>
<ul>
<li>догляд вдома – 392 особи (в середньому 10,6 підопічного на одного соціального робітника);</li>
<li>денний догляд у відділенні денного перебування – 148 осіб;</li>
<li>натуральна допомога – 667 осіб.</li>
</ul>
<p>Усього надано 9 863 соціальні послуги. Продуктові набори та засоби гігієни видано на суму 412,6 тис. грн.</p>
<h3>Рух отримувачів</h3>
<p>За півроку надійшло 96 заяв. Взято на обслуговування 73 особи, знято з обслуговування – 58. У черзі на догляд вдома станом на 30 червня перебувало 12 осіб.</p>
<h3>Кадри</h3>
<p>Штатна чисельність – 71 посада, працює 66 працівників, з яких 37 соціальних робітників. Двоє фахівців пройшли навчання за програмою «Догляд за людьми з деменцією» (72 години).</p>
<h3>Якість і звернення</h3>
<p>У червні ми опитали 80 отримувачів: 95 % задоволені якістю послуг. Надійшла одна скарга – щодо графіка відвідувань; після перевірки вона не підтвердилася.</p>
<h3>Фінанси</h3>
<p>Кошторисом на 2025 рік по загальному фонду затверджено 13,4 млн грн. Виконання кошторису за І півріччя, тис. грн:</p>
<table border="1">
<tr><th>КЕКВ</th><th>Найменування</th><th>Затверджено на І півріччя</th><th>Касові видатки</th><th>Економія</th></tr>
{rows_html}
<tr><td colspan="2">{TOTAL[0]}</td><td>{TOTAL[1]}</td><td>{TOTAL[2]}</td><td>{TOTAL[3]}</td></tr>
</table>
<p>До спеціального фонду за платні послуги надійшло 96,4 тис. грн. Тариф на годину догляду вдома – 74,50 грн.</p>
<p>Звернутися до терцентру можна за адресою: м. Тячів, вул. Незалежності, 40, тел. (03134) 0-31-52, з 8.00 до 17.00.</p>
</article>
</main>
<aside class="sidebar">
<h4>Контакти</h4><p>90500, м. Тячів, вул. Незалежності, 16</p><p>(03134) 0-21-05</p>
<h4>Останні новини</h4><ul><li>17.07.2025 Засідання виконкому № 14</li><li>15.07.2025 Графік прийому громадян</li><li>11.07.2025 Сесія міської ради 8 скликання</li></ul>
</aside>
<footer><p>© 2017–2025 Тячівська міська рада. Усі права захищено.</p><p>Використання матеріалів – з посиланням на сайт.</p></footer>
</body>
</html>
"""
out = report_path(DOC)
write_text(out, HTML, encoding="cp1251", newline="\n")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Тячівської міської ради",
    "centre_type": "tcso", "settlement": "Тячів", "oblast": "Закарпатська", "report_kind": "period_report",
    "period_start": "2025-01-01", "period_end": "2025-06-30", "published": "2025-07-18"})
F = g.f
f1 = F("served", "persons", 1207, "обслужив 1 207 мешканців громади")
f2 = F("served", "persons", 184, "З них ВПО – 184, або 15,2 %.", percent=15.2, category="внутрішньо переміщені особи", parent=f1)
f3 = F("served", "persons", 392, "догляд вдома – 392 особи", service="home_care", group="served_1207_by_service", parent=f1)
f4 = F("served", "persons", 148, "денний догляд у відділенні денного перебування – 148 осіб", service="day_care",
       group="served_1207_by_service", parent=f1)
f5 = F("served", "persons", 667, "натуральна допомога – 667 осіб.", service="natural_aid", group="served_1207_by_service", parent=f1)
f6 = F("services_provided", "services", 9863, "Усього надано 9 863 соціальні послуги.")
f7 = F("aid_value", "uah", 412600, "Продуктові набори та засоби гігієни видано на суму 412,6 тис. грн.", service="natural_aid")
f8 = F("applied", "applications", 96, "За півроку надійшло 96 заяв.")
f9 = F("served", "persons", 73, "Взято на обслуговування 73 особи", label="взято на обслуговування",
       alt=["registered_new", "support_started"])
f10 = F("deregistered", "persons", 58, "знято з обслуговування – 58")
f11 = F("staff_positions", "positions", 71, "Штатна чисельність – 71 посада")
f12 = F("staff_actual", "staff", 66, "працює 66 працівників")
f13 = F("staff_actual", "staff", 37, "з яких 37 соціальних робітників", label="соціальні робітники", parent=f12)
f14 = F("staff_trained", "staff", 2, "Двоє фахівців пройшли навчання")
f15 = F("survey_respondents", "persons", 80, "У червні ми опитали 80 отримувачів", unit_alt="recipients")
f16 = F("satisfaction", "percent", 95, "95 % задоволені якістю послуг", alt=["share"])
f17 = F("complaints", "complaints", 1, "Надійшла одна скарга")
f18 = F("budget_approved", "uah", 13400000, "Кошторисом на 2025 рік по загальному фонду затверджено 13,4 млн грн.",
        label="загальний фонд, кошторис на 2025 рік (річний)")
TOTQ = "\t".join(TOTAL)
f19 = F("budget_approved", "uah", 6676300, TOTQ, label="Разом, затверджено на І півріччя", parent=f18)
f20 = F("budget_spent", "uah", 6614100, TOTQ, label="Разом")
f21 = F("budget_savings", "uah", 63200, TOTQ, label="Разом")
cells = {}
def uah(x): return int(round(float(x.replace(" ", "").replace(",", ".")) * 1000))
for r in KEKV:
    q = "\t".join(r)
    a = F("budget_approved", "uah", uah(r[2]), q, kekv=r[0], label=r[1], group="h1_approved", parent=f19)
    s = F("budget_spent", "uah", uah(r[3]), q, kekv=r[0], label=r[1], group="h1_spent", parent=f20)
    e = F("budget_savings", "uah", uah(r[4]), q, kekv=r[0], label=r[1], group="h1_savings", parent=f21)
    cells[r[0]] = (a, s, e)
f43 = F("budget_received", "uah", 96400, "До спеціального фонду за платні послуги надійшло 96,4 тис. грн.",
        label="спеціальний фонд, платні послуги")

v = lambda x: "f" + x[1:]
a, s, e = cells["2210"]
g.slip("table_arithmetic", "error", "\t".join(KEKV[2]), 15700, 14700, [a, s, e],
       "КЕКВ 2210: економія = затверджено − видатки = 86,0 − 71,3 = 14,7 тис. грн, the table says 15,7",
       f"{v(a)} - {v(s)} == {v(e)}", slip=1)
g.slip("table_arithmetic", "error", TOTQ, 63200, 62200, ["f19", "f20", "f21"],
       "Разом: 6 676,3 − 6 614,1 = 62,2 тис. грн, the table says 63,2. The savings column does sum to 63,2 because it carries the wrong 15,7 of КЕКВ 2210: one slip, two findings",
       "f19 - f20 == f21", slip=1)
for k, (a, s, e) in cells.items():
    if k != "2210":
        g.check("table_arithmetic", "\t".join(next(r for r in KEKV if r[0] == k)), f"КЕКВ {k}: економія = затверджено − видатки",
                f"{v(a)} - {v(s)} == {v(e)}")
A = " + ".join(v(cells[k][0]) for k in cells)
S = " + ".join(v(cells[k][1]) for k in cells)
E = " + ".join(v(cells[k][2]) for k in cells)
g.check("table_arithmetic", TOTQ, "approved column sums to 6 676,3", f"{A} == f19")
g.check("table_arithmetic", TOTQ, "cash expenditure column sums to 6 614,1", f"{S} == f20")
g.check("table_arithmetic", TOTQ, "savings column sums to 63,2 (with the wrong 15,7)", f"{E} == f21")
g.check("parts_sum", "Кошторисом на 2025 рік по загальному фонду затверджено 13,4 млн грн.", "half-year 6 676,3 тис. ≤ year 13,4 млн", "f19 <= f18")
g.check("parts_sum", "догляд вдома – 392 особи", "392 + 148 + 667 = 1 207", "f3 + f4 + f5 == f1")
g.check("percent_mismatch", "З них ВПО – 184, або 15,2 %.", "184/1 207 = 15,2 %", "pct_ok(p2, f2, f1, 1)")
g.check("percent_impossible", "95 % задоволені якістю послуг", "95 % of 80 = 76 persons", "grim_ok(f16, f15, 0)")
g.check("parts_sum", "з яких 37 соціальних робітників", "37 ≤ 66 ≤ 71; the ratio 10,6 = 392/37", "f13 <= f12 <= f11 and round(f3 / f13, 1) == 10.6")
g.check("parts_sum", "Взято на обслуговування 73 особи", "73 taken ≤ 96 applications", "f9 <= f8")

g.skip("18.07.2025 10:42 | Соціальний захист | Переглядів: 347", [18, 7, 2025, 10, 42, 347], "publication date/time (meta published), view counter")
g.skip("Територіальний центр: підсумки роботи за І півріччя 2025 року", [2025], "title")
g.skip("(в середньому 10,6 підопічного на одного соціального робітника)", [10.6], "ratio")
g.skip("У черзі на догляд вдома станом на 30 червня перебувало 12 осіб.", [30, 12], "date; waiting list")
g.skip("(72 години)", [72], "duration of the course")
g.skip("КЕКВ\tНайменування", [2111, 2120, 2210, 2240, 2273, 2274, 2800], "KEKV codes (kept in the kekv field, not values)")
g.skip("Тариф на годину догляду вдома – 74,50 грн.", [74.5], "tariff")
g.skip("м. Тячів, вул. Незалежності, 40, тел. (03134) 0-31-52, з 8.00 до 17.00.", [40, 3134, 3152, 8, 0, 17, 0], "address, phone, opening hours")
g.note("the page's top bar, menu, breadcrumbs, sidebar (contacts, news with dates and a decision number) and footer are dropped by the reader; only the article is read")
g.note("«95 % задоволені» → satisfaction (alt share) of the 80 surveyed; «Двоє фахівців» → staff_trained 2; «одна скарга» → complaints 1 (not upheld, still received)")
g.note("budget: the table is in тис. грн, stored in hryvnias; the annual 13,4 млн (13 400 000) and the half-year approval are two budget_approved facts; the rows hang on the Разом cell of their column, and the half-year Разом approval hangs on the annual one")
g.note("slip: КЕКВ 2210 economy 15,7 should be 14,7; the Разом economy 63,2 carries it (62,2 expected): two table_arithmetic findings of one slip")
g.write()
