"""b44_02: ТЦСО Томашпільської селищної ради, H1 2024. Council-site HTML page, windows-1251."""
from common import Gold, write_text, report_path

DOC = "b44_02_tomashpil_tcso_h1_2024.html"

ARTICLE = """
<h1 class="entry-title">Про підсумки роботи територіального центру за І півріччя 2024 року</h1>
<div class="entry-meta"><span class="date">18.07.2024 10:42</span> | <span class="author">Адміністратор</span> | <span class="views">Переглядів: 213</span></div>
<div class="entry-content">
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Томашпільської селищної ради обслуговує мешканців 34 населених пунктів громади. Станом на 01.07.2024 на обслуговуванні центру перебувало 412 осіб, що на 18 осіб більше, ніж на 01.07.2023.</p>
<p>За структурними підрозділами отримувачі розподілялися так:</p>
<ul>
<li>відділення соціальної допомоги вдома – 226 осіб;</li>
<li>відділення денного догляду – 64 особи;</li>
<li>відділення організації надання адресної натуральної та грошової допомоги – 122 особи.</li>
</ul>
<p>Серед тих, кого обслуговують вдома, 131 особа – одинокі громадяни, 58 – особи з інвалідністю I–II груп, 73 – люди віком понад 80 років.</p>
<p>Протягом півріччя на обслуговування взято 47 осіб. Знято з обслуговування 31 особу: у зв'язку зі смертю – 19, за власним бажанням – 7, у зв'язку з переїздом – 3, у зв'язку з влаштуванням до будинку-інтернату – 2.</p>
<p>Працівниками центру надано 14 862 соціальні послуги, з них: догляд вдома – 11 304, денний догляд – 1 978, натуральна допомога – 1 580.</p>
<p>На платній основі послуги отримували 38 осіб. Вартість однієї години догляду вдома згідно з рішенням виконавчого комітету від 22.02.2024 № 37 становить 62,40 грн. До спеціального фонду за півріччя надійшло 71,3 тис. грн.</p>
<p>Послугою «Соціальне таксі» скористалися 29 осіб з інвалідністю, здійснено 64 поїздки загальним пробігом 3 140 км (вартість 1 км – 9,50 грн).</p>
<p>У червні 2024 року серед отримувачів догляду вдома проведено анкетування, участь у якому взяли 48 осіб. Повністю задоволені якістю послуг 87,5 % опитаних, частково – 10,4 %, не задоволені – 2,1 %. Ввічливість соціальних робітників відзначили 93,6 % респондентів.</p>
<p>Касові видатки за І півріччя 2024 року становили 6 874,2 тис. грн, у тому числі на оплату праці з нарахуваннями – 6 102,9 тис. грн.</p>
<p>Штатна чисельність центру – 41,5 штатної одиниці, фактично працює 39 працівників, з них 27 соціальних робітників. Упродовж звітного періоду скарг на роботу працівників не надходило.</p>
<p>Довідки за телефоном (04348) 0-22-16 або за адресою: смт Томашпіль, вул. Юрія Гагаріна, 9, каб. 4.</p>
</div>
"""

PAGE = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про підсумки роботи територіального центру за І півріччя 2024 року | Томашпільська селищна рада</title>
<link rel="stylesheet" href="/wp-content/themes/gromada/style.css?ver=5.8.2">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.6.0"></script>
</head>
<body class="post-template-default single single-post postid-4817">
<div id="top-bar"><div class="container">Офіційний сайт | <a href="tel:0434802101">(04348) 0-21-01</a> | tomashpil-rada@example.ua | <a href="/search">Пошук</a></div></div>
<header id="masthead"><div class="site-branding"><img src="/img/gerb.png" alt="герб"><span class="site-title">Томашпільська селищна рада</span><span class="site-description">Тульчинський район, Вінницька область</span></div></header>
<nav id="site-navigation" class="main-navigation"><ul>
<li><a href="/">Головна</a></li><li><a href="/gromada/">Громада</a></li><li><a href="/rada/">Селищна рада</a></li><li><a href="/vykonkom/">Виконком</a></li><li><a href="/docs/">Документи</a></li><li><a href="/soc/">Соціальний захист</a></li><li><a href="/kontakty/">Контакти</a></li>
</ul></nav>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/soc/">Соціальний захист</a> » <a href="/soc/tcso/">Територіальний центр</a> » Про підсумки роботи за І півріччя 2024 року</div>
<div id="content" class="site-content"><main id="main">
<article id="post-4817">""" + ARTICLE + """</article>
<div class="post-navigation"><a href="/2024/07/11/">« Попередня: Графік виїзного прийому на липень</a> | <a href="/2024/07/22/">Наступна: Оголошення про конкурс на посаду соціального робітника (2 вакансії) »</a></div>
</main>
<aside id="secondary" class="widget-area">
<section class="widget"><h3 class="widget-title">Контакти ТЦСО</h3><p>24200, смт Томашпіль, вул. Юрія Гагаріна, 9<br>тел. (04348) 0-22-16<br>Пн–Пт 8:00–17:00, обід 12:00–13:00</p></section>
<section class="widget"><h3 class="widget-title">Останні новини</h3><ul>
<li><a href="#">Сесія селищної ради 25.07.2024</a></li><li><a href="#">Бюджет громади: виконання за 6 місяців</a></li><li><a href="#">Гаряча лінія 1545: як звернутися</a></li></ul></section>
<section class="widget"><h3 class="widget-title">Архів</h3><ul><li><a href="#">Липень 2024 (14)</a></li><li><a href="#">Червень 2024 (22)</a></li></ul></section>
</aside></div>
<footer id="colophon"><div class="site-info">© 2017–2024 Томашпільська селищна рада. Код ЄДРПОУ 04330917. 24200, смт Томашпіль, вул. Незалежності, 64. Усі права захищено.</div></footer>
</body>
</html>
"""


def main():
    write_text(report_path(DOC), PAGE, encoding="cp1251", newline="\n")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Томашпільської селищної ради",
        "centre_type": "tcso", "settlement": "Томашпіль", "oblast": "Вінницька",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30",
        "published": "2024-07-18"})
    f = g.f
    tot = f("served", "persons", 412, "на обслуговуванні центру перебувало 412 осіб")
    gd = "served_412_by_department"
    d1 = f("served", "persons", 226, "відділення соціальної допомоги вдома – 226 осіб", service="home_care",
           district="відділення соціальної допомоги вдома", group=gd, parent=tot)
    d2 = f("served", "persons", 64, "відділення денного догляду – 64 особи", service="day_care",
           district="відділення денного догляду", group=gd, parent=tot)
    d3 = f("served", "persons", 122, "відділення організації надання адресної натуральної та грошової допомоги – 122 особи",
           service="natural_aid", district="відділення організації надання адресної натуральної та грошової допомоги",
           group=gd, parent=tot)
    c1 = f("served", "persons", 131, "131 особа – одинокі громадяни", service="home_care",
           category="одинокі громадяни", parent=d1)
    c2 = f("served", "persons", 58, "58 – особи з інвалідністю I–II груп", service="home_care",
           category="особи з інвалідністю I–II груп", parent=d1)
    c3 = f("served", "persons", 73, "73 – люди віком понад 80 років", service="home_care",
           category="люди віком понад 80 років", parent=d1)
    new = f("served", "persons", 47, "на обслуговування взято 47 осіб", alt=["registered_new", "support_started"],
            label="взято на обслуговування")
    de = f("deregistered", "persons", 31, "Знято з обслуговування 31 особу")
    gr = "deregistered_31_by_reason"
    r1 = f("deregistered", "persons", 19, "у зв'язку зі смертю – 19", label="смерть", group=gr, parent=de)
    r2 = f("deregistered", "persons", 7, "за власним бажанням – 7", label="за власним бажанням", group=gr, parent=de)
    r3 = f("deregistered", "persons", 3, "у зв'язку з переїздом – 3", label="переїзд", group=gr, parent=de)
    r4 = f("deregistered", "persons", 2, "у зв'язку з влаштуванням до будинку-інтернату – 2",
           label="влаштування до будинку-інтернату", group=gr, parent=de)
    sv = f("services_provided", "services", 14862, "надано 14 862 соціальні послуги")
    gs = "services_14862_by_service"
    sv1 = f("services_provided", "services", 11304, "догляд вдома – 11 304", service="home_care", group=gs, parent=sv)
    sv2 = f("services_provided", "services", 1978, "денний догляд – 1 978", service="day_care", group=gs, parent=sv)
    sv3 = f("services_provided", "services", 1580, "натуральна допомога – 1 580", service="natural_aid", group=gs, parent=sv)
    paid = f("served", "persons", 38, "На платній основі послуги отримували 38 осіб", label="на платній основі")
    rec = f("budget_received", "uah", 71300, "До спеціального фонду за півріччя надійшло 71,3 тис. грн",
            label="спеціальний фонд, плата за послуги")
    taxi = f("served", "persons", 29, "Послугою «Соціальне таксі» скористалися 29 осіб", service="social_taxi",
             category="особи з інвалідністю")
    resp = f("survey_respondents", "persons", 48, "участь у якому взяли 48 осіб")
    q1 = f("satisfaction", "percent", 87.5, "Повністю задоволені якістю послуг 87,5 % опитаних",
           label="повністю задоволені якістю послуг", alt=["share"])
    q2 = f("share", "percent", 10.4, "частково – 10,4 %", label="частково задоволені якістю послуг", alt=["satisfaction"])
    q3 = f("share", "percent", 2.1, "не задоволені – 2,1 %", label="не задоволені якістю послуг")
    q4 = f("share", "percent", 93.6, "Ввічливість соціальних робітників відзначили 93,6 % респондентів",
           label="відзначили ввічливість соціальних робітників", alt=["satisfaction"])
    sp = f("budget_spent", "uah", 6874200, "Касові видатки за І півріччя 2024 року становили 6 874,2 тис. грн")
    sp1 = f("budget_spent", "uah", 6102900, "на оплату праці з нарахуваннями – 6 102,9 тис. грн",
            label="оплата праці з нарахуваннями", parent=sp)
    pos = f("staff_positions", "positions", 41.5, "Штатна чисельність центру – 41,5 штатної одиниці")
    act = f("staff_actual", "staff", 39, "фактично працює 39 працівників")
    sw = f("staff_actual", "staff", 27, "з них 27 соціальних робітників", label="соціальні робітники", parent=act)
    cp = f("complaints", "complaints", 0, "скарг на роботу працівників не надходило")

    g.check("parts_sum", "За структурними підрозділами отримувачі розподілялися так:",
            "226 + 64 + 122 = 412", f"{d1} + {d2} + {d3} == {tot}")
    g.check("parts_sum", "Серед тих, кого обслуговують вдома, 131 особа",
            "each overlapping category ≤ 226 home-care recipients (no partition: categories overlap)",
            f"max({c1}, {c2}, {c3}) <= {d1}")
    g.check("parts_sum", "Знято з обслуговування 31 особу", "19 + 7 + 3 + 2 = 31", f"{r1} + {r2} + {r3} + {r4} == {de}")
    g.check("parts_sum", "надано 14 862 соціальні послуги", "11 304 + 1 978 + 1 580 = 14 862",
            f"{sv1} + {sv2} + {sv3} == {sv}")
    g.check("percents_sum", "Повністю задоволені якістю послуг 87,5 % опитаних, частково – 10,4 %, не задоволені – 2,1 %",
            "87,5 + 10,4 + 2,1 = 100,0", f"psum_ok([{q1}, {q2}, {q3}], 1)")
    g.check("percent_impossible", "Повністю задоволені якістю послуг 87,5 % опитаних",
            "each share is reachable with 48 respondents (42, 5, 1 of 48)",
            f"grim_ok({q1}, {resp}, 1) and grim_ok({q2}, {resp}, 1) and grim_ok({q3}, {resp}, 1)")
    g.check("parts_sum", "у тому числі на оплату праці з нарахуваннями – 6 102,9 тис. грн",
            "6 102,9 ≤ 6 874,2", f"{sp1} <= {sp}")
    g.check("parts_sum", "фактично працює 39 працівників", "27 ≤ 39 ≤ 41,5", f"{sw} <= {act} <= {pos}")
    g.slip("percent_impossible", "error", "Ввічливість соціальних робітників відзначили 93,6 % респондентів",
           93.6, "93,8 (45 of 48) or 91,7 (44 of 48)", [q4, resp],
           "no whole number of the 48 respondents gives 93,6 %: 44/48 = 91,67 %, 45/48 = 93,75 %",
           f"grim_ok({q4}, {resp}, 1)")

    g.skip("Про підсумки роботи територіального центру за І півріччя 2024 року", [2024], "period in the title")
    g.skip("18.07.2024 10:42", [18, 7, 2024, 10, 42], "publication date and time")
    g.skip("Переглядів: 213", [213], "view counter")
    g.skip("обслуговує мешканців 34 населених пунктів громади", [34], "number of settlements")
    g.skip("Станом на 01.07.2024", [1, 7, 2024], "date")
    g.skip("що на 18 осіб більше, ніж на 01.07.2023", [18, 1, 7, 2023], "difference with the prior year")
    g.skip("рішенням виконавчого комітету від 22.02.2024 № 37 становить 62,40 грн", [22, 2, 2024, 37, 62.40], "decision date/number and tariff per hour")
    g.skip("здійснено 64 поїздки загальним пробігом 3 140 км (вартість 1 км – 9,50 грн)", [64, 3140, 1, 9.50], "trips (no §3 id), mileage, tariff per km")
    g.skip("У червні 2024 року", [2024], "month of the survey")
    g.skip("73 – люди віком понад 80 років", [80], "age in the category label (the 73 is a fact)")
    g.skip("(04348) 0-22-16", [4348, 2216], "phone (article and sidebar)")
    g.skip("смт Томашпіль, вул. Юрія Гагаріна, 9, каб. 4", [9, 4], "address, office number")
    g.note("the figures of the article only; header, menu, breadcrumbs, sidebar, post navigation and footer hold no facts. Their numbers (phones, postcode, council ЄДРПОУ, office hours, news dates, archive counters, «2 вакансії») are not listed under skipped because `zvitparse read` leaves the page furniture out, so they have no verbatim quote")
    g.note("oblast «Вінницька» is stated in the site header («Тульчинський район, Вінницька область»), not in the article")
    g.note("«на обслуговуванні центру перебувало 412 осіб» (станом на 01.07.2024) → served; departments carry `district` and the service of the department, and are a partition of 412")
    g.note("one-off categories of home care (одинокі, з інвалідністю, понад 80 років) overlap: parent only, no group")
    g.note("«взято на обслуговування 47 осіб» → served with label, alt registered_new / support_started (blind18 convention)")
    g.note("«Соціальне таксі» 29 persons → served, service social_taxi; the 64 trips have no §3 id")
    g.note("staff_positions 41.5 is fractional (штатні одиниці)")
    g.write()


if __name__ == "__main__":
    main()
