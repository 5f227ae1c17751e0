"""b52_02: ТЦСО Бучацької міської ради (Тернопільська), information for 9 months of 2023.
HTML council page, windows-1251, third person. Slip: parts_sum (departments 312 + 146 + 726 = 1 184, total says 1 194)."""
from common import Gold, write_text, report_path

DOC = "b52_02_buchach_tcso_9m2023.html"
HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу територіального центру за 9 місяців 2023 року | Бучацька міська рада</title>
<link rel="stylesheet" href="/templates/buchach/css/style.css">
</head>
<body>
<div id="wrapper">
<header class="site-header">
  <div class="logo"><a href="/"><img src="/images/gerb.png" alt="герб"> Бучацька міська рада</a></div>
  <div class="header-contacts">48400, м. Бучач, вул. Галицька, 18 &middot; тел. (03544) 0-21-37 &middot; <a href="mailto:rada@example.ua">rada@example.ua</a></div>
</header>
<nav class="main-menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/rada">Міська рада</a></li>
    <li><a href="/vykonkom">Виконавчий комітет</a></li>
    <li><a href="/news">Новини</a></li>
    <li><a href="/docs">Документи</a></li>
    <li><a href="/socialna">Соціальний захист</a></li>
    <li><a href="/contacts">Контакти</a></li>
  </ul>
</nav>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/socialna">Соціальний захист</a> &raquo; Територіальний центр</div>
<div class="container">
<main class="content">
<article class="item-page">
<h1>Про роботу територіального центру за 9 місяців 2023 року</h1>
<div class="article-info"><span class="published">Опубліковано: 13.10.2023</span> <span class="hits">Переглядів: 211</span></div>
<div class="article-body">
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Бучацької міської ради обслуговує мешканців 47 населених пунктів громади. За даними на 01.01.2023, у громаді проживає 9 412 осіб віком 60 років і старше.</p>
<p>За січень – вересень 2023 року послугами територіального центру скористалися 1 194 особи (за 9 місяців 2022 року – 1 096), у тому числі:</p>
<ul>
<li>відділення соціальної допомоги вдома – 312 осіб;</li>
<li>відділення денного перебування – 146 осіб;</li>
<li>відділення організації надання адресної натуральної та грошової допомоги – 726 осіб.</li>
</ul>
<p>Серед підопічних відділення соціальної допомоги вдома 187 одиноких громадян та 64 особи з інвалідністю I та II груп. Догляд здійснюють 38 соціальних робітників; вартість однієї години платного догляду становить 78,40 грн. Станом на 30 вересня в черзі на обслуговування вдома перебуває 11 осіб.</p>
<p>Загалом працівники центру надали 38 415 соціальних послуг. Платними послугами скористалися 27 осіб, до спеціального фонду надійшло 36,8 тис. грн.</p>
<p>Протягом звітного періоду на обслуговування взято 143 особи, а знято з обслуговування 97 осіб, з них:</p>
<ul>
<li>у зв'язку зі смертю – 61;</li>
<li>у зв'язку зі зміною місця проживання – 14;</li>
<li>у зв'язку з влаштуванням до інтернатних закладів – 9;</li>
<li>за власним бажанням – 13.</li>
</ul>
<p>Відділенням адресної допомоги видано натуральної допомоги (продуктові набори, засоби гігієни, одяг, взуття) на загальну суму 412,6 тис. грн. Послугою «соціальне таксі» скористалися 58 осіб, здійснено 173 поїздки (вартість 1 км – 12 грн).</p>
<p>Штатна чисельність центру – 58,5 штатної одиниці, фактично працює 54 працівники.</p>
<p>За дев'ять місяців надійшло 2 скарги щодо несвоєчасного прибирання, обидві розглянуто, одна підтвердилася. Телефон для звернень: (03544) 0-23-15.</p>
</div>
</article>
</main>
<aside class="sidebar">
  <div class="module"><h3>Контакти центру</h3><p>м. Бучач, вул. Володимира Великого, 3<br>тел. (03544) 0-23-15<br>Пн–Пт 8:00–17:00</p></div>
  <div class="module"><h3>Останні новини</h3>
    <ul><li><a href="/news/1203">12.10.2023 Сесія міської ради</a></li><li><a href="/news/1201">10.10.2023 Графік прийому громадян</a></li><li><a href="/news/1198">06.10.2023 День ветерана</a></li></ul>
  </div>
</aside>
</div>
<footer class="site-footer"><p>&copy; 2018–2023 Бучацька міська рада. Усі права захищено.</p><p>Відвідувачів сьогодні: 384</p></footer>
</div>
</body>
</html>
"""
write_text(report_path(DOC), HTML, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Бучацької міської ради",
    "centre_type": "tcso", "settlement": "Бучач", "report_kind": "period_report",
    "period_start": "2023-01-01", "period_end": "2023-09-30", "published": "2023-10-13"},
    meta_alt={"centre": ["Територіальний центр соціального обслуговування Бучацької міської ради"]})
f = g.f
t = f("served", "persons", 1194, "послугами територіального центру скористалися 1 194 особи")
d1 = f("served", "persons", 312, "відділення соціальної допомоги вдома – 312 осіб", service="home_care",
       label="відділення соціальної допомоги вдома", parent=t, group="served_1194_by_department")
d2 = f("served", "persons", 146, "відділення денного перебування – 146 осіб", service="day_care",
       label="відділення денного перебування", parent=t, group="served_1194_by_department")
d3 = f("served", "persons", 726, "відділення організації надання адресної натуральної та грошової допомоги – 726 осіб",
       service="natural_aid", label="відділення організації надання адресної натуральної та грошової допомоги",
       parent=t, group="served_1194_by_department")
h1 = f("served", "persons", 187, "187 одиноких громадян", service="home_care", category="одинокі громадяни", parent=d1)
h2 = f("served", "persons", 64, "64 особи з інвалідністю I та II груп", service="home_care",
       category="особи з інвалідністю I та II груп", parent=d1)
sp = f("services_provided", "services", 38415, "надали 38 415 соціальних послуг")
pd = f("served", "persons", 27, "Платними послугами скористалися 27 осіб", label="платні послуги")
br = f("budget_received", "uah", 36800, "до спеціального фонду надійшло 36,8 тис. грн", label="спеціальний фонд, платні послуги")
nw = f("served", "persons", 143, "на обслуговування взято 143 особи", alt=["registered_new", "support_started"],
       label="взято на обслуговування")
dr = f("deregistered", "persons", 97, "знято з обслуговування 97 осіб")
r1 = f("deregistered", "persons", 61, "у зв'язку зі смертю – 61", label="смерть", parent=dr, group="dereg_97_by_reason")
r2 = f("deregistered", "persons", 14, "у зв'язку зі зміною місця проживання – 14", label="зміна місця проживання",
       parent=dr, group="dereg_97_by_reason")
r3 = f("deregistered", "persons", 9, "у зв'язку з влаштуванням до інтернатних закладів – 9",
       label="влаштування до інтернатних закладів", parent=dr, group="dereg_97_by_reason")
r4 = f("deregistered", "persons", 13, "за власним бажанням – 13", label="власне бажання", parent=dr,
       group="dereg_97_by_reason")
av = f("aid_value", "uah", 412600, "на загальну суму 412,6 тис. грн", service="natural_aid")
tx = f("served", "persons", 58, "Послугою «соціальне таксі» скористалися 58 осіб", service="social_taxi")
s1 = f("staff_positions", "positions", 58.5, "Штатна чисельність центру – 58,5 штатної одиниці")
s2 = f("staff_actual", "staff", 54, "фактично працює 54 працівники")
s3 = f("staff_actual", "staff", 38, "Догляд здійснюють 38 соціальних робітників", label="соціальні робітники",
       parent=s2)
cp = f("complaints", "complaints", 2, "надійшло 2 скарги")

g.slip("parts_sum", "error", "відділення соціальної допомоги вдома – 312 осіб;", 1194, 1184, [t, d1, d2, d3],
       "the three departments (a partition: «у тому числі» by department) sum to 312 + 146 + 726 = 1 184; the total says 1 194 (10 missing)",
       f"{d1} + {d2} + {d3} == {t}")
g.check("parts_sum", "знято з обслуговування 97 осіб, з них:", "61 + 14 + 9 + 13 = 97", f"{r1} + {r2} + {r3} + {r4} == {dr}")
g.check("parts_sum", "Серед підопічних відділення соціальної допомоги вдома 187 одиноких громадян",
        "187 ≤ 312 and 64 ≤ 312 (overlapping categories)", f"{h1} <= {d1} and {h2} <= {d1}")
g.check("parts_sum", "фактично працює 54 працівники", "38 social workers ≤ 54 staff ≤ 58,5 positions",
        f"{s3} <= {s2} <= {s1}")
g.check("parts_sum", "Платними послугами скористалися 27 осіб", "27 paid ≤ 312 home care", f"{pd} <= {d1}")

g.skip("Опубліковано: 13.10.2023", [13, 10, 2023], "publication date")
g.skip("Переглядів: 211", [211], "view counter")
g.skip("обслуговує мешканців 47 населених пунктів громади", [47], "settlement count")
g.skip("За даними на 01.01.2023, у громаді проживає 9 412 осіб віком 60 років і старше.", [1, 1, 2023, 9412, 60],
       "date, population, age")
g.skip("(за 9 місяців 2022 року – 1 096)", [9, 2022, 1096], "prior-year figure")
g.skip("вартість однієї години платного догляду становить 78,40 грн", [78.4], "tariff")
g.skip("Станом на 30 вересня в черзі на обслуговування вдома перебуває 11 осіб.", [30, 11],
       "date; waiting list (no §3 id)")
g.skip("здійснено 173 поїздки (вартість 1 км – 12 грн)", [173, 1, 12], "trips (no §3 id), tariff")
g.skip("обидві розглянуто, одна підтвердилася", [1], "complaints confirmed (no §3 id)")
g.skip("Телефон для звернень: (03544) 0-23-15.", [3544, 2315], "phone")
g.note("the reader prints the article only (title, date line, body): header, menu, breadcrumbs, sidebar and footer are dropped, so their figures (postcode, phone, news dates, visitor counter) are not in the text and not skipped")
g.note("«скористалися 1 194 особи, у тому числі» by three departments → served with service by department and a group; the parts sum to 1 184 (planted slip)")
g.note("«на обслуговування взято 143 особи» → served (alt registered_new, support_started) with a label")
g.note("«Догляд здійснюють 38 соціальних робітників» → staff_actual with a label, part of the 54")
g.note("«58,5 штатної одиниці» is a fractional staff_positions fact")
g.note("«2 скарги» → complaints 2; the one confirmed has no §3 id and is skipped")
g.write()
