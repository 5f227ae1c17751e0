"""b26_02: ТЦСО Білопільської міської ради (Сумська), H1 2026, council web page in windows-1251
with header / menu / breadcrumbs / sidebar / footer and a KEKV table in грн."""
from decimal import Decimal as D
from common import Gold, report_path, write_text

NAME = "b26_02_bilopillia_tcso_h1_2026.html"


def money(x):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s


# KEKV rows: code, name, approved, spent
K = [
    ("2111", "Заробітна плата", D("4812600.00"), D("4790215.37")),
    ("2120", "Нарахування на оплату праці", D("1058770.00"), D("1053847.38")),
    ("2210", "Предмети, матеріали, обладнання та інвентар", D("96400.00"), D("88152.40")),
    ("2240", "Оплата послуг (крім комунальних)", D("71300.00"), D("69905.12")),
    ("2273", "Оплата електроенергії", D("118000.00"), D("104611.95")),
]
tot_a = sum(r[2] for r in K)
tot_s_true = sum(r[3] for r in K)
tot_e = sum(r[2] - r[3] for r in K)
tot_s_written = tot_s_true + D("9000")   # planted slip: the Разом of the spent column is 9 000 грн too high

rows_html = " ".join(
    f"<tr><td>{c}</td><td>{n}</td><td>{money(a)}</td><td>{money(s)}</td><td>{money(a - s)}</td></tr>"
    for c, n, a, s in K)

html = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу територіального центру у І півріччі 2026 року | Білопільська міська рада</title>
</head>
<body>
<header class="site-header">
 <div class="logo">Білопільська міська рада Сумського району Сумської області</div>
 <div class="contacts">41800, м. Білопілля, вул. Соборна, 20 | тел. (05443) 0-91-15 | rada@bilopillia.example.ua</div>
</header>
<nav class="menu"><ul>
 <li><a href="/">Головна</a></li><li><a href="/rada">Міська рада</a></li><li><a href="/vykonkom">Виконком</a></li>
 <li><a href="/soc">Соціальний захист</a></li><li><a href="/news">Новини</a></li><li><a href="/contacts">Контакти</a></li>
</ul></nav>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/soc">Соціальний захист</a> &raquo; Територіальний центр</div>
<div class="wrap">
<main>
<article>
<h1>Про роботу територіального центру у І півріччі 2026 року</h1>
<p class="meta">Опубліковано: 14.07.2026 | Переглядів: 317</p>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Білопільської міської ради
інформує про підсумки роботи за перше півріччя 2026 року.</p>
<p>Протягом І півріччя 2026 року соціальними послугами територіального центру скористалися 768 осіб, а саме:</p>
<ul>
<li>відділення соціальної допомоги вдома – 312 осіб;</li>
<li>відділення денного перебування – 96 осіб;</li>
<li>відділення організації надання адресної натуральної та грошової допомоги – 281 особа;</li>
<li>стаціонарне відділення у с. Миколаївка – 24 особи;</li>
<li>мобільна бригада соціально-психологічної допомоги – 55 осіб.</li>
</ul>
<p>До територіального центру надійшло 132 заяви про надання соціальних послуг, за 119 з них прийнято
рішення про надання послуг. Взято на обслуговування 87 осіб. Знято з обслуговування 64 особи, з них
у зв'язку зі смертю – 29, у зв'язку з влаштуванням до інтернатних закладів – 5, за власним бажанням – 18,
у зв'язку зі зміною місця проживання – 12.</p>
<p>Соціальні робітники відділення соціальної допомоги вдома надали 18 406 послуг догляду вдома,
тобто в середньому 59 послуг на одного підопічного. Серед отримувачів догляду вдома – 41 особа
з інвалідністю I групи та 19 внутрішньо переміщених осіб. Вартість однієї години платної послуги
догляду вдома у 2026 році становить 68,40 грн.</p>
<p>Адресну натуральну допомогу отримали 281 особа на загальну суму 196,3 тис. грн; видано 1 240 кг
продуктів та 310 комплектів засобів гігієни.</p>
<p>У червні проведено анкетування: в ньому взяли участь 64 отримувачі, якістю послуг задоволені
92,2 % опитаних. Скарг від отримувачів соціальних послуг не надходило.</p>
<p>Штатна чисельність установи – 58 посад, фактично працюють 54 працівники, у тому числі
36 соціальних робітників.</p>
<p>Використання коштів загального фонду за І півріччя 2026 року, грн:</p>
<table>
<tr><th>КЕКВ</th><th>Найменування</th><th>Затверджено на І півріччя</th><th>Касові видатки</th><th>Економія</th></tr>
{rows_html}
<tr><td>Разом</td><td></td><td>{money(tot_a)}</td><td>{money(tot_s_written)}</td><td>{money(tot_e)}</td></tr>
</table>
<p>Звертатися до територіального центру можна за адресою: м. Білопілля, вул. Героїв Майдану, 7,
тел. (05443) 0-27-63, з 8.00 до 17.00.</p>
</article>
</main>
<aside class="sidebar">
 <h3>Останні новини</h3>
 <ul><li>12.07.2026 Сесія міської ради (58 сесія)</li><li>10.07.2026 Графік прийому громадян</li><li>03.07.2026 Оголошення про конкурс на 3 посади</li></ul>
 <h3>Телефони довіри</h3><p>Гаряча лінія: 1545; Поліція: 102</p>
</aside>
</div>
<footer class="site-footer">&copy; 2018–2026 Білопільська міська рада. Усі права захищено. Відвідувачів сьогодні: 1 024</footer>
</body>
</html>
"""
write_text(report_path(NAME), html, encoding="cp1251", newline="\n")

g = Gold(NAME, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Білопільської міської ради",
    "centre_type": "tcso", "settlement": "Білопілля", "oblast": "Сумська", "report_kind": "period_report",
    "period_start": "2026-01-01", "period_end": "2026-06-30", "published": "2026-07-14"})
g.meta_alt = {"centre": ["Територіальний центр соціального обслуговування Білопільської міської ради"]}
f = g.f
tot = f("served", "persons", 768, "соціальними послугами територіального центру скористалися 768 осіб")
G = "served_768_by_department"
d1 = f("served", "persons", 312, "відділення соціальної допомоги вдома – 312 осіб", service="home_care", district="відділення соціальної допомоги вдома", group=G, parent=tot)
d2 = f("served", "persons", 96, "відділення денного перебування – 96 осіб", service="day_care", district="відділення денного перебування", group=G, parent=tot)
d3 = f("served", "persons", 281, "відділення організації надання адресної натуральної та грошової допомоги – 281 особа", service="natural_aid", district="відділення організації надання адресної натуральної та грошової допомоги", group=G, parent=tot)
d4 = f("served", "persons", 24, "стаціонарне відділення у с. Миколаївка – 24 особи", service="residential_care", district="стаціонарне відділення", group=G, parent=tot)
d5 = f("served", "persons", 55, "мобільна бригада соціально-психологічної допомоги – 55 осіб", district="мобільна бригада соціально-психологічної допомоги", group=G, parent=tot)
ap = f("applied", "applications", 132, "До територіального центру надійшло 132 заяви")
nw = f("served", "persons", 87, "Взято на обслуговування 87 осіб", label="взято на обслуговування", alt=["registered_new", "support_started"])
dr = f("deregistered", "persons", 64, "Знято з обслуговування 64 особи")
H = "deregistered_64_by_reason"
r1 = f("outcome_other", "persons", 29, "у зв'язку зі смертю – 29", label="смерть", group=H, parent=dr)
r2 = f("outcome_other", "persons", 5, "у зв'язку з влаштуванням до інтернатних закладів – 5", label="влаштування до інтернатних закладів", group=H, parent=dr)
r3 = f("outcome_other", "persons", 18, "за власним бажанням – 18", label="за власним бажанням", group=H, parent=dr)
r4 = f("outcome_other", "persons", 12, "у зв'язку зі зміною місця проживання – 12", label="зміна місця проживання", group=H, parent=dr)
sp = f("services_provided", "services", 18406, "надали 18 406 послуг догляду вдома", service="home_care")
inv = f("served", "persons", 41, "41 особа з інвалідністю I групи", service="home_care", category="особи з інвалідністю I групи", parent=d1)
vpo = f("served", "persons", 19, "19 внутрішньо переміщених осіб", service="home_care", category="внутрішньо переміщені особи", parent=d1)
na = f("served", "persons", 281, "Адресну натуральну допомогу отримали 281 особа", service="natural_aid", label="повторно")
av = f("aid_value", "uah", 196300, "на загальну суму 196,3 тис. грн", service="natural_aid", parent=na)
sr = f("survey_respondents", "recipients", 64, "в ньому взяли участь 64 отримувачі", unit_alt="persons")
sat = f("satisfaction", "percent", 92.2, "якістю послуг задоволені 92,2 % опитаних", alt=["share"])
f("complaints", "complaints", 0, "Скарг від отримувачів соціальних послуг не надходило")
pos = f("staff_positions", "positions", 58, "Штатна чисельність установи – 58 посад")
act = f("staff_actual", "staff", 54, "фактично працюють 54 працівники")
f("staff_actual", "staff", 36, "у тому числі 36 соціальних робітників", label="соціальні робітники", parent=act)


def q(c, n, a, s):
    return f"{c}\t{n}\t{money(a)}\t{money(s)}\t{money(a - s)}"


qt = f"Разом\t\t{money(tot_a)}\t{money(tot_s_written)}\t{money(tot_e)}"
TA = f("budget_approved", "uah", float(tot_a) if tot_a % 1 else int(tot_a), qt, label="Разом, загальний фонд, І півріччя")
TS = f("budget_spent", "uah", float(tot_s_written), qt, label="Разом, загальний фонд, І півріччя")
TE = f("budget_savings", "uah", float(tot_e), qt, label="Разом, загальний фонд, І півріччя")
ra, rs, re_ = [], [], []
for c, n, a, s in K:
    qq = q(c, n, a, s)
    ra.append(f("budget_approved", "uah", int(a) if a % 1 == 0 else float(a), qq, kekv=c, label=n, group="approved_by_kekv", parent=TA))
    rs.append(f("budget_spent", "uah", float(s), qq, kekv=c, label=n, group="spent_by_kekv", parent=TS))
    re_.append(f("budget_savings", "uah", float(a - s), qq, kekv=c, label=n, group="savings_by_kekv", parent=TE))

g.slip("table_arithmetic", "error", qt, float(tot_s_written), float(tot_s_true), rs + [TS],
       f"the «Разом» of «Касові видатки» is {money(tot_s_written)}, the KEKV rows sum to {money(tot_s_true)} "
       f"(9 000,00 грн extra); it also breaks затверджено − видатки = економія on the Разом row "
       f"({money(tot_a)} − {money(tot_s_written)} ≠ {money(tot_e)})",
       f"near({' + '.join(rs)}, {TS})")
g.check("table_arithmetic", qt, "approved column: rows sum to the Разом", f"near({' + '.join(ra)}, {TA})")
g.check("table_arithmetic", qt, "savings column: rows sum to the Разом", f"near({' + '.join(re_)}, {TE})")
g.check("table_arithmetic", q(*K[0]), "економія = затверджено − видатки on every KEKV row",
        " and ".join(f"near({a} - {s}, {e})" for a, s, e in zip(ra, rs, re_)))
g.check("parts_sum", "соціальними послугами територіального центру скористалися 768 осіб, а саме:", "312+96+281+24+55 = 768", f"{d1} + {d2} + {d3} + {d4} + {d5} == {tot}")
g.check("parts_sum", "Знято з обслуговування 64 особи, з них", "29+5+18+12 = 64", f"{r1} + {r2} + {r3} + {r4} == {dr}")
g.check("parts_sum", "Серед отримувачів догляду вдома – 41 особа", "41 and 19 ≤ 312 home-care recipients", f"{inv} <= {d1} and {vpo} <= {d1}")
g.check("internal_conflict", "Адресну натуральну допомогу отримали 281 особа", "281 natural-aid recipients = the department line", f"{na} == {d3}")
g.check("percent_impossible", "якістю послуг задоволені 92,2 % опитаних", "92,2 % of 64 is reachable (59/64 = 92,19)", f"grim_ok({sat}, {sr}, 1)")
g.check("parts_sum", "фактично працюють 54 працівники", "36 ≤ 54 ≤ 58", f"{pos} >= {act} >= 36")
g.check("parts_sum", "за 119 з них прийнято рішення", "119 decisions ≤ 132 applications (119 is a literal: no §3 id)", f"119 <= {ap}")

S = g.skip
S("Опубліковано: 14.07.2026 | Переглядів: 317", [14, 7, 2026, 317], "publication date, view counter")
S("у І півріччі 2026 року", [2026], "period (year)")
S("за 119 з них прийнято рішення про надання послуг", [119], "decisions taken: no §3 id")
S("в середньому 59 послуг на одного підопічного", [59], "ratio")
S("Вартість однієї години платної послуги догляду вдома у 2026 році становить 68,40 грн", [2026, 68.40], "tariff")
S("видано 1 240 кг продуктів та 310 комплектів засобів гігієни", [1240, 310], "items (kg, sets)")
S("з інвалідністю I групи", [1], "disability group")
S("Використання коштів загального фонду за І півріччя 2026 року, грн:", [2026], "year in the table title")
S("2111\tЗаробітна плата", [2111, 2120, 2210, 2240, 2273], "KEKV codes (in the kekv field)")
S("м. Білопілля, вул. Героїв Майдану, 7, тел. (05443) 0-27-63, з 8.00 до 17.00", [7, 5443, 0, 27, 63, 8, 0, 17, 0], "address, phone, office hours")
S("стаціонарне відділення у с. Миколаївка", [], "no number; the place of the unit")
g.note("page chrome (header with address/phone, menu, breadcrumbs, sidebar with news dates and phone numbers, footer with the visitor counter) is not printed by `zvitparse read`; none of it is a fact")
g.note("departments: served with the department in `district` and a service where the department maps onto one; the mobile team has no service id")
g.note("«Взято на обслуговування 87 осіб» → served (alt registered_new, support_started) per blind18 conventions; «Знято з обслуговування» → deregistered with reasons as outcome_other")
g.note("KEKV table: amounts in грн with kopiyky (floats); each cell is a fact quoted by its row; the Разом row of «Касові видатки» is the planted slip")
g.note("«якістю послуг задоволені 92,2 % опитаних» → satisfaction (alt share); no count is written")
g.write()
