"""b23_02: ТЦСО Ананьївської міської ради (Одеська), information for H1 2023, HTML in windows-1251.

A council web page: top bar with phone, menu, breadcrumbs, publication date and view counter, the
article (terse administrative voice, «а саме:» list by department, overlapping «з них» categories,
a KEKV table in тис. грн), a sidebar and a footer.
Planted slip: the «Разом» cell of the касові видатки column says 5 637,0, the rows sum to 5 628,0
(table_arithmetic).
"""
from common import Gold, report_path, write_text

DOC = "b23_02_ananiv_tcso_h1_2023.html"

KEKV_ROWS = [
    ("2111", "Заробітна плата", "4 412,6", "4 398,2", "14,4"),
    ("2120", "Нарахування на оплату праці", "970,8", "967,6", "3,2"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "86,5", "71,9", "14,6"),
    ("2240", "Оплата послуг (крім комунальних)", "54,2", "49,8", "4,4"),
    ("2271", "Оплата теплопостачання", "118,0", "102,3", "15,7"),
    ("2273", "Оплата електроенергії", "39,4", "36,1", "3,3"),
    ("2800", "Інші поточні видатки", "2,1", "2,1", "0,0"),
]
TOTAL = ("Разом", "5 683,6", "5 637,0", "55,6")

rows_html = "\n".join(
    f"<tr><td>{k}</td><td>{n}</td><td>{a}</td><td>{s}</td><td>{e}</td></tr>" for k, n, a, s, e in KEKV_ROWS)

HTML = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Інформація про роботу територіального центру за І півріччя 2023 року | Ананьївська міська рада</title>
</head>
<body>
<div class="topbar">Ананьївська міська рада Одеської області · Приймальня: (04863) 0-15-72 · Пн–Пт 8:00–17:00</div>
<nav class="menu">
<ul>
<li><a href="/">Головна</a></li>
<li><a href="/hromada">Громада</a></li>
<li><a href="/vlada">Влада</a></li>
<li><a href="/social">Соціальний захист</a></li>
<li><a href="/docs">Документи</a></li>
<li><a href="/contacts">Контакти</a></li>
</ul>
</nav>
<main>
<div class="breadcrumbs"><a href="/">Головна</a> › <a href="/social">Соціальний захист</a> › Територіальний центр</div>
<article>
<h1>Інформація про роботу територіального центру за І півріччя 2023 року</h1>
<div class="meta">Опубліковано: 14.07.2023 · Переглядів: 287</div>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Ананьївської міської ради (далі – територіальний центр) інформує про підсумки роботи за січень – червень 2023 року.</p>
<h2>Обслуговування</h2>
<p>За І півріччя 2023 року територіальним центром обслуговано 1 046 осіб, а саме:</p>
<ul>
<li>відділенням соціальної допомоги вдома – 412 осіб;</li>
<li>відділенням денного перебування – 138 осіб;</li>
<li>відділенням організації надання адресної натуральної та грошової допомоги – 496 осіб.</li>
</ul>
<p>Серед отримувачів догляду вдома: одиноких непрацездатних громадян – 187 (45,4 %), осіб з інвалідністю І–ІІ груп – 96, осіб віком понад 80 років – 143. На платній основі послугу отримували 54 особи; вартість однієї години догляду – 62,40 грн.</p>
<p>Протягом півріччя надійшло 93 заяви про надання соціальних послуг. Взято на обслуговування 71 особу. На черзі на влаштування до відділення денного перебування перебуває 17 осіб.</p>
<p>Знято з обслуговування 58 осіб, з них: у зв'язку зі смертю – 39, зі зміною місця проживання – 11, у зв'язку з влаштуванням до інтернатних закладів – 3, за власним бажанням – 5.</p>
<p>Усього надано 18 904 соціальні послуги, з них з догляду вдома – 14 377.</p>
<h2>Натуральна допомога</h2>
<p>Мешканцям громади видано 1 240 продуктових наборів та 312 комплектів засобів гігієни на загальну суму 83,7 тис. грн. Через пункт прокату видано 46 одиниць технічних засобів реабілітації.</p>
<h2>Кадри</h2>
<p>Штатна чисельність – 58 посад, фактично працює 53 працівники, з них 36 соціальних робітників. Скарг на роботу працівників не надходило, отримано 4 письмові подяки.</p>
<h2>Фінансування</h2>
<p>Загалом на утримання територіального центру за півріччя використано 5,6 млн грн коштів бюджету громади.</p>
<p><b>Таблиця.</b> Видатки загального фонду за І півріччя 2023 року, тис. грн</p>
<table border="1">
<tr><th>КЕКВ</th><th>Найменування</th><th>Затверджено на півріччя</th><th>Касові видатки</th><th>Економія</th></tr>
{rows_html}
<tr><td colspan="2"><b>{TOTAL[0]}</b></td><td><b>{TOTAL[1]}</b></td><td><b>{TOTAL[2]}</b></td><td><b>{TOTAL[3]}</b></td></tr>
</table>
<p>Економія утворилася за рахунок листків непрацездатності та теплого опалювального періоду.</p>
</article>
</main>
<aside class="sidebar">
<h3>Корисні телефони</h3>
<p>Територіальний центр: (04863) 0-22-40</p>
<p>Служба у справах дітей: (04863) 0-13-51</p>
<h3>Останні новини</h3>
<ul>
<li><a href="/news/1412">12.07.2023 – Сесія міської ради: порядок денний (31 питання)</a></li>
<li><a href="/news/1409">10.07.2023 – Графік прийому громадян старостами</a></li>
</ul>
</aside>
<footer>© 2017–2023 Ананьївська міська рада. 66400, Одеська обл., м. Ананьїв, вул. Незалежності, 48. E-mail: rada.ananiv@example.ua</footer>
</body>
</html>
"""

write_text(report_path(DOC), HTML, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Ананьївської міської ради",
    "centre_type": "tcso",
    "settlement": "Ананьїв",
    "oblast": "Одеська",
    "report_kind": "period_report",
    "period_start": "2023-01-01",
    "period_end": "2023-06-30",
    "published": "2023-07-14",
})
f = g.f
tot = f("served", "persons", 1046, "За І півріччя 2023 року територіальним центром обслуговано 1 046 осіб")
hc = f("served", "persons", 412, "відділенням соціальної допомоги вдома – 412 осіб", service="home_care",
       district="відділення соціальної допомоги вдома", group="served_1046_by_department", parent=tot)
dc = f("served", "persons", 138, "відділенням денного перебування – 138 осіб", service="day_care",
       district="відділення денного перебування", group="served_1046_by_department", parent=tot)
na = f("served", "persons", 496,
       "відділенням організації надання адресної натуральної та грошової допомоги – 496 осіб",
       service="natural_aid",
       district="відділення організації надання адресної натуральної та грошової допомоги",
       group="served_1046_by_department", parent=tot)
c1 = f("served", "persons", 187, "одиноких непрацездатних громадян – 187 (45,4 %)", percent=45.4,
       service="home_care", category="одинокі непрацездатні громадяни", parent=hc)
c2 = f("served", "persons", 96, "осіб з інвалідністю І–ІІ груп – 96", service="home_care",
       category="особи з інвалідністю І–ІІ груп", parent=hc)
c3 = f("served", "persons", 143, "осіб віком понад 80 років – 143", service="home_care",
       category="особи віком понад 80 років", parent=hc)
c4 = f("served", "persons", 54, "На платній основі послугу отримували 54 особи", service="home_care",
       label="на платній основі", parent=hc)
ap = f("applied", "applications", 93, "надійшло 93 заяви про надання соціальних послуг")
tk = f("served", "persons", 71, "Взято на обслуговування 71 особу", label="взято на обслуговування",
       alt=["registered_new", "support_started"])
dr = f("deregistered", "persons", 58, "Знято з обслуговування 58 осіб")
d1 = f("deregistered", "persons", 39, "у зв'язку зі смертю – 39", label="у зв'язку зі смертю",
       group="deregistered_58_by_reason", parent=dr)
d2 = f("deregistered", "persons", 11, "зі зміною місця проживання – 11", label="зміна місця проживання",
       group="deregistered_58_by_reason", parent=dr)
d3 = f("deregistered", "persons", 3, "у зв'язку з влаштуванням до інтернатних закладів – 3",
       label="влаштування до інтернатних закладів", group="deregistered_58_by_reason", parent=dr)
d4 = f("deregistered", "persons", 5, "за власним бажанням – 5", label="за власним бажанням",
       group="deregistered_58_by_reason", parent=dr)
sp = f("services_provided", "services", 18904, "Усього надано 18 904 соціальні послуги")
sph = f("services_provided", "services", 14377, "з них з догляду вдома – 14 377", service="home_care", parent=sp)
aid = f("aid_value", "uah", 83700, "на загальну суму 83,7 тис. грн", service="natural_aid")
pos = f("staff_positions", "positions", 58, "Штатна чисельність – 58 посад")
act = f("staff_actual", "staff", 53, "фактично працює 53 працівники")
sw = f("staff_actual", "staff", 36, "з них 36 соціальних робітників", label="соціальні робітники", parent=act)
cmp_ = f("complaints", "complaints", 0, "Скарг на роботу працівників не надходило")
money = f("budget_spent", "uah", 5600000, "за півріччя використано 5,6 млн грн коштів бюджету громади",
          label="загальний фонд, усього (округлено)",
          note="rounded prose figure; the table gives 5 637,0 (Разом) and its rows sum to 5 628,0")

tots = "Разом\t5 683,6\t5 637,0\t55,6"
ta = f("budget_approved", "uah", 5683600, tots, label="Разом")
ts = f("budget_spent", "uah", 5637000, tots, label="Разом")
te = f("budget_savings", "uah", 55600, tots, label="Разом")
A, S, E = [], [], []


def num(s):
    return round(float(s.replace(" ", "").replace(",", ".")) * 1000)


for k, n, a, s, e in KEKV_ROWS:
    q = f"{k}\t{n}\t{a}\t{s}\t{e}"
    A.append(f("budget_approved", "uah", num(a), q, kekv=k, label=n, group="approved_by_kekv", parent=ta))
    S.append(f("budget_spent", "uah", num(s), q, kekv=k, label=n, group="spent_by_kekv", parent=ts))
    E.append(f("budget_savings", "uah", num(e), q, kekv=k, label=n, group="savings_by_kekv", parent=te))

g.slip("table_arithmetic", "error", tots, reported=5637000, expected=5628000, fact_ids=[ts] + S,
       note="касові видатки: 4 398,2 + 967,6 + 71,9 + 49,8 + 102,3 + 36,1 + 2,1 = 5 628,0 тис. грн, but Разом "
            "says 5 637,0 (9,0 more). The other two columns add up, and 5 683,6 − 5 628,0 = 55,6 matches the "
            "economy total, so the 5 637,0 cell is the slip (it also breaks економія = затверджено − видатки "
            "on the Разом row: 5 683,6 − 5 637,0 = 46,6 ≠ 55,6).",
       verify=" + ".join(S) + f" == {ts}")
g.check("parts_sum", "обслуговано 1 046 осіб, а саме:", "412 + 138 + 496 = 1 046", f"{hc} + {dc} + {na} == {tot}")
g.check("percent_mismatch", "одиноких непрацездатних громадян – 187 (45,4 %)", "187 / 412 = 45,39 % → 45,4",
        f"pct_ok(p{c1[1:]}, {c1}, {hc}, 1)")
g.check("parts_sum", "Серед отримувачів догляду вдома", "each overlapping category ≤ 412",
        f"max({c1}, {c2}, {c3}, {c4}) <= {hc}")
g.check("parts_sum", "Знято з обслуговування 58 осіб, з них:", "39 + 11 + 3 + 5 = 58",
        f"{d1} + {d2} + {d3} + {d4} == {dr}")
g.check("parts_sum", "з них з догляду вдома – 14 377", "14 377 ≤ 18 904", f"{sph} <= {sp}")
g.check("parts_sum", "фактично працює 53 працівники, з них 36", "36 ≤ 53 ≤ 58", f"{sw} <= {act} <= {pos}")
g.check("table_arithmetic", tots, "затверджено: 4 412,6 + 970,8 + 86,5 + 54,2 + 118,0 + 39,4 + 2,1 = 5 683,6",
        " + ".join(A) + f" == {ta}")
g.check("table_arithmetic", tots, "економія: 14,4 + 3,2 + 14,6 + 4,4 + 15,7 + 3,3 + 0,0 = 55,6",
        " + ".join(E) + f" == {te}")
g.check("table_arithmetic", "2111\tЗаробітна плата", "економія = затверджено − видатки holds on every KEKV row",
        "all([" + ", ".join(f"{a} - {s} == {e}" for a, s, e in zip(A, S, E)) + "])")

g.skip("Опубліковано: 14.07.2023 · Переглядів: 287", [14, 7, 2023, 287], "publication date, view counter")
g.skip("Інформація про роботу територіального центру за І півріччя 2023 року", [2023], "year in the title")
g.skip("про підсумки роботи за січень – червень 2023 року", [2023], "year")
g.skip("осіб віком понад 80 років", [80], "age in a category name")
g.skip("вартість однієї години догляду – 62,40 грн", [62.40], "tariff")
g.skip("На черзі на влаштування до відділення денного перебування перебуває 17 осіб", [17], "waiting list")
g.skip("видано 1 240 продуктових наборів та 312 комплектів засобів гігієни", [1240, 312], "items")
g.skip("видано 46 одиниць технічних засобів реабілітації", [46], "items (rehabilitation aids lent)")
g.skip("отримано 4 письмові подяки", [4], "letters of thanks; no §3 id")
g.skip("Видатки загального фонду за І півріччя 2023 року, тис. грн", [2023], "caption year")
g.skip("2111\tЗаробітна плата", [2111, 2120, 2210, 2240, 2271, 2273, 2800],
       "KEKV codes (kept in `kekv`, not values)")

g.note("the top bar (phone), the menu, the sidebar (phones, news) and the footer (address, e-mail) are not "
       "printed by `zvitparse read`, so their numbers are not annotated")
g.note("served by department with `district` and `service`; the overlapping home-care categories (одинокі, "
       "з інвалідністю, 80+, платні) hang on the 412 row with parent only")
g.note("«Взято на обслуговування 71 особу» → served (alt registered_new, support_started); «знято з "
       "обслуговування» → deregistered with reasons as labelled parts")
g.note("KEKV table in тис. грн stored in hryvnias; each cell a fact quoted by its row; the 0,0 economy cell of "
       "КЕКВ 2800 is a 0 fact")
g.note("«5,6 млн грн» is a rounded prose figure of касові видатки: a budget_spent fact of its own; no check "
       "against the table because it is rounded")
g.write()
