"""b78_07: ТЦСО Новогуйвинської селищної ради (Житомирська), annual information for 2023.
Less common style 1: a council page (windows-1251, site furniture) whose main table groups its rows
by a first column merged down with rowspan, with «Разом за групою» subtotal rows, a grand total,
colspan cells («не надавалась») and empty cells."""
from common import Gold, write_text, report_path

DOC = "b78_07_novohuivynske_tcso_annual2023.html"
HTML = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Новогуйвинська селищна рада - Інформація про роботу ТЦСО за 2023 рік</title>
<style>td{font-size:12px} .tbl td{border:1px solid #999;padding:3px}</style></head>
<body bgcolor="#f4f4f4">
<div id="header"><div class="logo">НОВОГУЙВИНСЬКА СЕЛИЩНА РАДА</div><div class="sub">Житомирський район, Житомирська область</div>
<div class="phone">Приймальня: (0412) 0-43-77-10</div></div>
<div id="topmenu"><a href="/">Головна</a> | <a href="/hromada/">Громада</a> | <a href="/vlada/">Влада</a> | <a href="/docs/">Документи</a> | <a href="/social/">Соціальний захист</a> | <a href="/kontakty/">Контакти</a></div>
<div id="path">Ви тут: <a href="/">Головна</a> / <a href="/social/">Соціальний захист</a> / Територіальний центр</div>
<div id="content">
<h2>Інформація про роботу Територіального центру соціального обслуговування (надання соціальних послуг) Новогуйвинської селищної ради за 2023 рік</h2>
<p class="date">Дата: 19.01.2024 &nbsp; Автор: ТЦСО &nbsp; Переглядів: 1 052</p>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Новогуйвинської селищної ради обслуговує мешканців 16 населених пунктів громади, де проживає 5 310 осіб пенсійного віку. У 2023 році ми працювали за трьома напрямами: догляд, соціальна підтримка, інформування та консультування.</p>
<p>Основні показники за 2023 рік наведено в таблиці.</p>
<table class="tbl" cellspacing="0" width="100%">
<tr><td><b>Група послуг</b></td><td><b>Соціальна послуга</b></td><td><b>Отримувачів, осіб</b></td><td><b>Надано послуг, од.</b></td></tr>
<tr><td rowspan="5">Соціальні послуги з догляду</td><td>Догляд вдома</td><td>146</td><td>18 432</td></tr>
<tr><td>Денний догляд</td><td>38</td><td>2 915</td></tr>
<tr><td>Паліативний догляд</td><td colspan="2" align="center">не надавалась</td></tr>
<tr><td>Стаціонарний догляд (відділення в с. Гуйва)</td><td>22</td><td>8 030</td></tr>
<tr><td><i>Разом за групою</i></td><td>206</td><td>29 377</td></tr>
<tr><td rowspan="4">Послуги соціальної підтримки</td><td>Натуральна допомога</td><td>214</td><td>388</td></tr>
<tr><td>Соціальне таксі</td><td>51</td><td>163</td></tr>
<tr><td>Фізичний супровід</td><td>9</td><td></td></tr>
<tr><td><i>Разом за групою</i></td><td>274</td><td>551</td></tr>
<tr><td rowspan="3">Інформування та консультування</td><td>Інформування</td><td>402</td><td>611</td></tr>
<tr><td>Консультування</td><td>187</td><td>259</td></tr>
<tr><td><i>Разом за групою</i></td><td>589</td><td>880</td></tr>
<tr><td colspan="2"><b>УСЬОГО</b></td><td><b>1 069</b></td><td><b>30 798</b></td></tr>
</table>
<p>* Один отримувач може отримувати кілька послуг, тому рядок «УСЬОГО» є сумою за видами послуг, а не кількістю осіб. Кількість фізичних осіб, які отримали хоча б одну послугу, – 731.</p>
<p>Послуги фізичного супроводу облікувались без кількості наданих послуг (послуга введена з 01.09.2023). Паліативний догляд у 2023 році не надавався через відсутність ліцензованого медичного працівника.</p>
<p>Протягом року взято на обслуговування 63 особи, знято з обслуговування 48. Натуральну допомогу надано на загальну суму 212,7 тис. грн (пральні засоби, продуктові набори – 388 видач). Соціальне таксі працювало 2 дні на тиждень, вартість поїздки – 30 грн незалежно від відстані.</p>
<p>У ТЦСО працює 42 працівники при штатній чисельності 44,5 одиниці. Скарг у 2023 році не надходило. У 2024 році плануємо відкрити відділення денного догляду в с. Тетерівка на 15 місць.</p>
<p>Адреса ТЦСО: 12441, смт Новогуйвинське, вул. Шевченка, 3, тел. (0412) 0-43-52-19.</p>
</div>
<div id="right"><div class="block"><b>Корисні телефони</b><br>Гаряча лінія: 15-45<br>Служба у справах дітей: (0412) 0-43-77-31</div>
<div class="block"><b>Опитування</b><br>Чи задоволені ви роботою ради? Так – 64%, Ні – 36%</div></div>
<div id="footer">© Новогуйвинська селищна рада, 2016–2024. При використанні матеріалів посилання обов'язкове. Лічильник: 482 116</div>
</body></html>
"""
write_text(report_path(DOC), HTML, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Новогуйвинської селищної ради",
    "centre_type": "tcso", "settlement": "Новогуйвинське", "oblast": "Житомирська",
    "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    "published": "2024-01-19"})
f = g.f
TQ = "УСЬОГО\t1 069\t30 798"
tot_r = f("served", "persons", 1069, TQ, label="УСЬОГО (сума за видами послуг)")
tot_s = f("services_provided", "services", 30798, TQ, label="УСЬОГО")
groups = [
    ("Соціальні послуги з догляду", "care", "Разом за групою\t206\t29 377", (206, 29377), [
        ("Соціальні послуги з догляду\tДогляд вдома\t146\t18 432", "home_care", 146, 18432),
        ("Денний догляд\t38\t2 915", "day_care", 38, 2915),
        ("Стаціонарний догляд (відділення в с. Гуйва)\t22\t8 030", "residential_care", 22, 8030)]),
    ("Послуги соціальної підтримки", "support", "Разом за групою\t274\t551", (274, 551), [
        ("Послуги соціальної підтримки\tНатуральна допомога\t214\t388", "natural_aid", 214, 388),
        ("Соціальне таксі\t51\t163", "social_taxi", 51, 163),
        ("Фізичний супровід\t9\t", "physical_escort", 9, None)]),
    ("Інформування та консультування", "info", "Разом за групою\t589\t880", (589, 880), [
        ("Інформування та консультування\tІнформування\t402\t611", "informing", 402, 611),
        ("Консультування\t187\t259", "counselling", 187, 259)]),
]
G = {}
for gname, key, sq, (sr, ss), rows in groups:
    sub_r = f("served", "persons", sr, sq, label=f"Разом за групою «{gname}»", group="total_recipients_by_group", parent=tot_r)
    sub_s = f("services_provided", "services", ss, sq, label=f"Разом за групою «{gname}»", group="total_services_by_group", parent=tot_s)
    rr, rs = [], []
    for q, svc, r, s in rows:
        rr.append(f("served", "persons", r, q, service=svc, label=gname, group=f"{key}_recipients", parent=sub_r))
        if s is not None:
            rs.append(f("services_provided", "services", s, q, service=svc, label=gname, group=f"{key}_services", parent=sub_s))
    G[key] = (sub_r, sub_s, rr, rs, sq)
uniq = f("served", "persons", 731, "Кількість фізичних осіб, які отримали хоча б одну послугу, – 731",
         label="фізичні особи, які отримали хоча б одну послугу")
new = f("served", "persons", 63, "взято на обслуговування 63 особи", alt=["registered_new", "support_started"])
dr = f("deregistered", "persons", 48, "знято з обслуговування 48")
av = f("aid_value", "uah", 212700, "Натуральну допомогу надано на загальну суму 212,7 тис. грн", service="natural_aid")
sa = f("staff_actual", "staff", 42, "У ТЦСО працює 42 працівники")
sp = f("staff_positions", "positions", 44.5, "при штатній чисельності 44,5 одиниці")
f("complaints", "complaints", 0, "Скарг у 2023 році не надходило.")

sub_r, sub_s, rr, rs, sq = G["info"]
g.slip("table_arithmetic", "error", sq, 880, 870, rs + [sub_s],
       "group «Інформування та консультування», Надано послуг: 611 + 259 = 870, the «Разом за групою» row says 880.",
       " + ".join(rs) + f" == {sub_s}", slip=1)
g.slip("table_arithmetic", "error", TQ, 30798, 30808, [G[k][1] for k in G] + [tot_s],
       "the УСЬОГО services cell 30 798 is the sum of the service rows (18 432 + 2 915 + 8 030 + 388 + 163 + 611 + 259), "
       "but the three group subtotals as written give 29 377 + 551 + 880 = 30 808. Same slip as the group subtotal.",
       " + ".join(G[k][1] for k in G) + f" == {tot_s}", slip=1)
for k in G:
    sub_r, sub_s, rr, rs, sq = G[k]
    g.check("table_arithmetic", sq, f"group {k}: recipients rows sum to the subtotal", " + ".join(rr) + f" == {sub_r}")
    if k != "info":
        g.check("table_arithmetic", sq, f"group {k}: services rows sum to the subtotal (empty cell counts as nothing)",
                " + ".join(rs) + f" == {sub_s}")
g.check("table_arithmetic", TQ, "recipients: 206 + 274 + 589 = 1 069", " + ".join(G[k][0] for k in G) + f" == {tot_r}")
g.check("table_arithmetic", TQ, "services: the УСЬОГО cell equals the sum of all service rows (18 432 + … + 259 = 30 798)",
        " + ".join(x for k in G for x in G[k][3]) + f" == {tot_s}")
g.check("parts_sum", "Кількість фізичних осіб, які отримали хоча б одну послугу, – 731",
        "unique persons ≤ sum over services; 42 ≤ 44,5", f"{uniq} <= {tot_r} and {sa} <= {sp}")

g.skip("Дата: 19.01.2024 Автор: ТЦСО Переглядів: 1 052", [19, 1, 2024, 1052], "publication date, view counter")
g.skip("за 2023 рік", [2023], "period in the title")
g.skip("обслуговує мешканців 16 населених пунктів громади, де проживає 5 310 осіб пенсійного віку", [16, 5310], "settlement count, population")
g.skip("Паліативний догляд\tне надавалась", [], "row merged across with colspan: the service was not provided; no fact (not zero)")
g.skip("Фізичний супровід\t9\t", [], "empty «Надано послуг» cell: no fact")
g.skip("(послуга введена з 01.09.2023)", [1, 9, 2023], "date")
g.skip("продуктові набори – 388 видач", [388], "items handed out (the same number as the table's natural-aid services)")
g.skip("Соціальне таксі працювало 2 дні на тиждень, вартість поїздки – 30 грн незалежно від відстані.", [2, 30], "schedule, tariff")
g.skip("У 2024 році плануємо відкрити відділення денного догляду в с. Тетерівка на 15 місць.", [2024, 15], "plan, capacity")
g.skip("Адреса ТЦСО: 12441, смт Новогуйвинське, вул. Шевченка, 3, тел. (0412) 0-43-52-19.", [12441, 3, 412, 435219], "postcode, address, phone")
g.skip("Гаряча лінія: 15-45", [1545], "sidebar phone")
g.skip("Служба у справах дітей: (0412) 0-43-77-31", [412, 437731], "sidebar phone")
g.skip("Чи задоволені ви роботою ради? Так – 64%, Ні – 36%", [64, 36], "sidebar poll of the council site, not the provider's survey")
g.note("the reader prints a rowspan cell only on the first row of its group; continuation rows start with the service name. Quotes are the rows as printed")
g.note("every table cell is a fact quoted by its row: service rows carry the service id and the group name as label and hang on their «Разом за групою» cell of the same column; the subtotals hang on the УСЬОГО cell")
g.note("«не надавалась» (colspan) and the empty services cell of Фізичний супровід give no fact")
g.note("УСЬОГО 1 069 is a sum over services (the footnote says so); the 731 unique persons is a separate served fact")
g.note("the planted slip is the third group's services subtotal (880 for 870); the УСЬОГО cell keeps the true sum, so the subtotals no longer add up to it: two findings, one slip")
g.write()
