"""b46_02: ТЦСО Млинівської селищної ради (Рівненська), information for 9 months of 2024.
Council-site HTML page, windows-1251: header, menu, breadcrumbs, date/author/views, sidebar, footer.
Third-person news voice. Planted slip: percent_mismatch (118 of 412 written as 31,3 %, is 28,6 %)."""
from common import Gold, write_text, report_path

DOC = "b46_02_mlyniv_tcso_9m2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу територіального центру за 9 місяців 2024 року | Млинівська селищна рада</title>
<link rel="stylesheet" href="/templates/mlyniv/css/style.css">
</head>
<body>
<div id="topbar"><div class="wrap">Млинівська селищна територіальна громада &middot; тел. приймальні (03659) 0-21-40 &middot; <a href="mailto:rada@example.ua">rada@example.ua</a> &middot; <a href="/en">EN</a></div></div>
<header id="header"><div class="wrap"><a href="/" class="logo"><img src="/images/gerb.png" alt="герб"></a>
<div class="sitename">МЛИНІВСЬКА СЕЛИЩНА РАДА<br><span>Дубенського району Рівненської області</span></div>
<form class="search" action="/search"><input type="text" name="q" placeholder="Пошук..."></form></div></header>
<nav id="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/rada">Рада</a></li>
<li><a href="/vykonkom">Виконавчий комітет</a></li><li class="active"><a href="/social">Соціальний захист</a></li>
<li><a href="/docs">Документи</a></li><li><a href="/news">Новини</a></li><li><a href="/contacts">Контакти</a></li>
</ul></nav>
<div id="content" class="wrap">
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/social">Соціальний захист</a> &raquo; <a href="/social/tcso">Територіальний центр</a> &raquo; Звіти</div>
<div id="main">
<article class="item-page">
<h1>Про роботу територіального центру за 9 місяців 2024 року</h1>
<div class="article-info">Опубліковано: 14.10.2024 10:27 | Автор: Адміністратор сайту | Переглядів: 318</div>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Млинівської селищної ради підбив підсумки роботи за січень&ndash;вересень 2024 року.</p>
<p>За дев'ять місяців послугами територіального центру скористалися 1 067 мешканців громади. Відділення соціальної допомоги вдома обслуговувало 412 одиноких непрацездатних громадян, відділення денного перебування &ndash; 196 осіб, відділення організації надання адресної натуральної та грошової допомоги &ndash; 459 осіб.</p>
<p>Серед обслуговуваних вдома 118 осіб (31,3 %) мають інвалідність I&ndash;II групи, 74 особи (18,0 %) є внутрішньо переміщеними. Соціальні робітники надали підопічним 28 614 соціальних послуг: доставка продуктів і ліків, оплата комунальних послуг, прибирання, приготування їжі. Одного підопічного відвідують 2&ndash;3 рази на тиждень.</p>
<p>На платній основі обслуговувалися 37 осіб, у тому числі 9 &ndash; з установленням диференційованої плати. Вартість однієї години догляду вдома згідно з рішенням виконкому від 21.02.2024 № 34 становить 74,20 грн. До спеціального фонду від надання платних послуг надійшло 61,8 тис. грн.</p>
<p>Протягом звітного періоду до територіального центру надійшло 143 заяви про надання соціальних послуг. За результатами оцінки індивідуальних потреб на обслуговування взято 121 особу, 6 заявникам відмовлено як таким, що не відповідають умовам надання послуг, 16 заяв перебувають на розгляді.</p>
<p>Знято з обслуговування 97 осіб, з них: у зв'язку зі смертю &ndash; 61, через переїзд до інших населених пунктів &ndash; 14, у зв'язку з влаштуванням до закладів стаціонарного догляду &ndash; 9, за власним бажанням &ndash; 13.</p>
<p>Адресну натуральну допомогу отримали 459 осіб. Їм видано 612 продуктових наборів, 140 ковдр та 85 комплектів постільної білизни на загальну суму 198,3 тис. грн; допомогу надано за підтримки благодійних фондів.</p>
<p>Послугою соціального таксі скористалися 53 особи з інвалідністю, здійснено 171 поїздку. Середня відстань поїздки &ndash; 23 км.</p>
<p>У відділенні денного перебування діють 5 гуртків. Проведено 64 групові заходи (майстер-класи, екскурсії, заняття з фізичної активності), у яких взяли участь 1 130 відвідувачів.</p>
<p>Штатна чисельність установи &ndash; 58 посад, з них 41 посада соціального робітника; фактично працює 55 працівників. Протягом дев'яти місяців надійшла 1 скарга (щодо графіка відвідування), її розглянуто та задоволено.</p>
<p>Звертатися: смт Млинів, вул. Поштова, 22, каб. 5, тел. (03659) 0-55-18, з 8:00 до 17:00.</p>
</article>
</div>
<aside id="sidebar">
<div class="module"><h3>Контакти</h3><p>35100, смт Млинів, вул. Поштова, 22<br>тел. (03659) 0-21-40<br>Пн&ndash;Пт 8:00&ndash;17:00</p></div>
<div class="module"><h3>Останні новини</h3><ul>
<li><a href="/news/1412">Сесія селищної ради 24 жовтня</a></li>
<li><a href="/news/1409">Графік прийому громадян на листопад</a></li>
<li><a href="/news/1401">Оголошено конкурс на посаду (2 вакансії)</a></li></ul></div>
<div class="module"><h3>Опитування</h3><p>Чи задоволені ви роботою ЦНАП? <a href="/poll/7">Так</a> / <a href="/poll/7">Ні</a></p></div>
</aside>
</div>
<footer id="footer"><div class="wrap">&copy; 2017&ndash;2024 Млинівська селищна рада. Усі права захищено. Код ЄДРПОУ 04386912. Сайт працює на платформі громад.</div></footer>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Млинівської селищної ради",
        "centre_type": "tcso", "settlement": "Млинів",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-09-30",
        "published": "2024-10-14"},
        meta_alt={"centre": ["Територіальний центр соціального обслуговування Млинівської селищної ради"]})
    f = g.f
    tot = f("served", "persons", 1067, "За дев'ять місяців послугами територіального центру скористалися 1 067 мешканців громади")
    grp = "served_1067_by_department"
    d1 = f("served", "persons", 412, "Відділення соціальної допомоги вдома обслуговувало 412 одиноких непрацездатних громадян",
           service="home_care", district="відділення соціальної допомоги вдома", group=grp, parent=tot)
    d2 = f("served", "persons", 196, "відділення денного перебування – 196 осіб", service="day_care",
           district="відділення денного перебування", group=grp, parent=tot)
    d3 = f("served", "persons", 459, "відділення організації надання адресної натуральної та грошової допомоги – 459 осіб",
           district="відділення організації надання адресної натуральної та грошової допомоги", group=grp, parent=tot)
    inv = f("served", "persons", 118, "Серед обслуговуваних вдома 118 осіб (31,3 %) мають інвалідність I–II групи",
            percent=31.3, service="home_care", category="особи з інвалідністю I–II групи", parent=d1)
    vpo = f("served", "persons", 74, "74 особи (18,0 %) є внутрішньо переміщеними", percent=18.0, service="home_care",
            category="внутрішньо переміщені особи", parent=d1)
    f("services_provided", "services", 28614, "Соціальні робітники надали підопічним 28 614 соціальних послуг",
      service="home_care")
    pay = f("served", "persons", 37, "На платній основі обслуговувалися 37 осіб", label="на платній основі")
    dif = f("served", "persons", 9, "у тому числі 9 – з установленням диференційованої плати",
            label="диференційована плата", parent=pay)
    f("budget_received", "uah", 61800, "До спеціального фонду від надання платних послуг надійшло 61,8 тис. грн",
      label="спеціальний фонд, платні послуги")
    app = f("applied", "applications", 143, "до територіального центру надійшло 143 заяви про надання соціальних послуг")
    taken = f("served", "persons", 121, "на обслуговування взято 121 особу", alt=["registered_new", "support_started"],
              label="взято на обслуговування", parent=app)
    de = f("deregistered", "persons", 97, "Знято з обслуговування 97 осіб")
    dg = "deregistered_97_by_reason"
    r1 = f("deregistered", "persons", 61, "у зв'язку зі смертю – 61", label="смерть", group=dg, parent=de)
    r2 = f("deregistered", "persons", 14, "через переїзд до інших населених пунктів – 14", label="переїзд", group=dg, parent=de)
    r3 = f("deregistered", "persons", 9, "у зв'язку з влаштуванням до закладів стаціонарного догляду – 9",
           label="влаштування до закладів стаціонарного догляду", group=dg, parent=de)
    r4 = f("deregistered", "persons", 13, "за власним бажанням – 13", label="за власним бажанням", group=dg, parent=de)
    na = f("served", "persons", 459, "Адресну натуральну допомогу отримали 459 осіб.", service="natural_aid")
    f("aid_value", "uah", 198300, "на загальну суму 198,3 тис. грн", service="natural_aid")
    f("served", "persons", 53, "Послугою соціального таксі скористалися 53 особи з інвалідністю", service="social_taxi",
      category="особи з інвалідністю")
    ev = f("events", "events", 64, "Проведено 64 групові заходи", service="day_care")
    f("event_participants", "persons", 1130, "у яких взяли участь 1 130 відвідувачів", service="day_care", parent=ev)
    pos = f("staff_positions", "positions", 58, "Штатна чисельність установи – 58 посад")
    sw = f("staff_positions", "positions", 41, "з них 41 посада соціального робітника", label="соціальні робітники",
           parent=pos)
    act = f("staff_actual", "staff", 55, "фактично працює 55 працівників")
    f("complaints", "complaints", 1, "надійшла 1 скарга (щодо графіка відвідування)")

    g.slip("percent_mismatch", "error", "Серед обслуговуваних вдома 118 осіб (31,3 %) мають інвалідність I–II групи",
           31.3, 28.6, [inv, d1],
           "118 of the 412 home-care recipients: 118 / 412 = 28,64 % → 28,6, written 31,3 %. "
           "31,3 % is reachable with 412 (129 / 412 = 31,31 %), so this is a mismatch, not a GRIM failure.",
           f"pct_ok(p{inv[1:]}, {inv}, {d1}, 1)")
    ck = g.check
    ck("parts_sum", "Відділення соціальної допомоги вдома обслуговувало 412 одиноких непрацездатних громадян",
       "412 + 196 + 459 = 1 067", f"{d1} + {d2} + {d3} == {tot}")
    ck("percent_impossible", "Серед обслуговуваних вдома 118 осіб (31,3 %)",
       "31,3 % is reachable with N = 412 (129 / 412); only the mismatch is a finding",
       f"grim_ok(p{inv[1:]}, {d1}, 1)")
    ck("percent_mismatch", "74 особи (18,0 %) є внутрішньо переміщеними", "74 / 412 = 17,96 % → 18,0",
       f"pct_ok(p{vpo[1:]}, {vpo}, {d1}, 1)")
    ck("parts_sum", "у тому числі 9 – з установленням диференційованої плати", "9 ≤ 37", f"{dif} <= {pay}")
    ck("parts_sum", "на обслуговування взято 121 особу",
       "121 taken + 6 refused + 16 pending = 143 applications", f"{taken} + 6 + 16 == {app}")
    ck("parts_sum", "Знято з обслуговування 97 осіб, з них", "61 + 14 + 9 + 13 = 97",
       f"{r1} + {r2} + {r3} + {r4} == {de}")
    ck("internal_conflict", "Адресну натуральну допомогу отримали 459 осіб.",
       "459 in the department sentence and in the natural-aid paragraph", f"{na} == {d3}")
    ck("parts_sum", "фактично працює 55 працівників", "41 ≤ 58; 55 working ≤ 58 positions",
       f"{sw} <= {pos} and {act} <= {pos}")

    sk = g.skip
    sk("Опубліковано: 14.10.2024 10:27 | Автор: Адміністратор сайту | Переглядів: 318", [14, 10, 2024, 10, 27, 318],
       "publication date/time and view counter")
    sk("Про роботу територіального центру за 9 місяців 2024 року", [9, 2024], "period in the title")
    sk("Одного підопічного відвідують 2–3 рази на тиждень.", [2, 3], "frequency of visits")
    sk("Вартість однієї години догляду вдома згідно з рішенням виконкому від 21.02.2024 № 34 становить 74,20 грн.",
       [21, 2, 2024, 34, 74.2], "decision date/number and tariff")
    sk("6 заявникам відмовлено як таким, що не відповідають умовам надання послуг, 16 заяв перебувають на розгляді.",
       [6, 16], "refusals and pending applications (no §3 id; literals in a check)")
    sk("Їм видано 612 продуктових наборів, 140 ковдр та 85 комплектів постільної білизни", [612, 140, 85],
       "items handed out")
    sk("здійснено 171 поїздку. Середня відстань поїздки – 23 км.", [171, 23], "trips (no §3 id) and distance")
    sk("У відділенні денного перебування діють 5 гуртків.", [5], "number of clubs")
    sk("Звертатися: смт Млинів, вул. Поштова, 22, каб. 5, тел. (03659) 0-55-18, з 8:00 до 17:00.",
       [22, 5, 3659, 5518, 8, 17], "address, room, phone, office hours")
    sk("мають інвалідність I–II групи", [1, 2], "disability groups")
    g.note("the reader keeps only the article: header phone, menu, breadcrumbs, sidebar (postcode, news, "
           "«2 вакансії») and footer (ЄДРПОУ, years) are not in the read text, so they are neither facts nor skips")
    g.note("459 is written twice (department and natural-aid paragraph): two facts; the natural-aid department "
           "row has no service id (it gives both natural and cash aid)")
    g.note("«на обслуговування взято 121 особу» → served (alt registered_new, support_started), label")
    g.note("«Знято з обслуговування» → deregistered with reasons as labelled parts")
    g.note("published: «Опубліковано: 14.10.2024»")
    g.note("oblast omitted: only the site header («Дубенського району Рівненської області») names it, and the reader "
           "drops the header; the article itself does not")
    g.write()


if __name__ == "__main__":
    main()
