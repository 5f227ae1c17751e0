"""b101_03: служба у справах дітей Мирогощанської сільської ради (Рівненська), annual information 2022.
Council web page (header, menu, breadcrumbs, sidebar with its own numbers, footer). Impersonal voice.
No planted slip: everything adds up."""
from common import Gold, write_text, report_path

DOC = "b101_03_myrohoshcha_ssd_annual2022.html"

ARTICLE = """
<h1 class="entry-title">Інформація про роботу служби у справах дітей за 2022 рік</h1>
<div class="entry-meta"><span class="posted-on">Опубліковано 19.01.2023</span></div>
<div class="entry-content">
<p>Служба у справах дітей Мирогощанської сільської ради у 2022 році здійснювала свою діяльність відповідно до
Положення, затвердженого рішенням сесії від 24.02.2021 № 312, в умовах воєнного стану. У громаді проживає
3 694 дитини.</p>
<h3>Діти-сироти та діти, позбавлені батьківського піклування</h3>
<p>Станом на 31.12.2022 на первинному обліку служби перебуває 38 дітей-сиріт та дітей, позбавлених
батьківського піклування (на 01.01.2022 – 35), з них 11 дітей-сиріт і 27 дітей, позбавлених батьківського
піклування. Під опікою, піклуванням виховуються 26 дітей, у прийомних сім'ях – 7, у дитячих будинках сімейного
типу – 3, у закладах інституційного догляду – 2 дитини.</p>
<p>Протягом року на облік взято 6 дітей, з них 2 дитини залишились без батьківського піклування внаслідок
загибелі батьків. Знято з обліку 3 дітей: у зв'язку з досягненням повноліття – двох, у зв'язку з
усиновленням – одну. Усиновлено 1 дитину громадянами України.</p>
<h3>Діти у складних життєвих обставинах</h3>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, на кінець року перебуває 17 дітей з
11 сімей. За рік поставлено на такий облік 8 дітей, знято з обліку 5 дітей у зв'язку з покращенням умов
проживання та виховання.</p>
<p>Від закладів освіти, поліції та центру соціальних служб надійшли повідомлення щодо 4 дітей, які могли
постраждати від домашнього насильства; за кожним повідомленням проведено оцінку потреб спільно з
ЦСС.</p>
<h3>Захист дітей, які постраждали внаслідок війни</h3>
<p>На підставі рішень комісії з питань захисту прав дитини статус дитини, яка постраждала внаслідок воєнних
дій та збройних конфліктів, у 2022 році надано 43 дітям. На обліку служби як внутрішньо переміщені
перебуває 212 дітей.</p>
<ul>
<li>Проведено 17 засідань комісії з питань захисту прав дитини, розглянуто 64 питання.</li>
<li>Разом з ювенальною превенцією проведено 12 рейдів «Діти вулиці» та «Урок».</li>
<li>До служби надійшло 29 письмових звернень громадян, надано 148 консультацій з питань захисту прав дітей.</li>
<li>На телефон «гарячої лінії» служби надійшло 57 дзвінків.</li>
<li>У закладах освіти проведено 9 профілактичних заходів, якими охоплено 412 учнів.</li>
</ul>
<p>Штатна чисельність служби – 3 посади, усі посади заповнені, працює 3 фахівці.</p>
<p>У 2023 році планується завершити створення 1 дитячого будинку сімейного типу та влаштувати до сімейних
форм виховання не менше 4 дітей із закладів.</p>
</div>
"""

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Інформація про роботу служби у справах дітей за 2022 рік – Мирогощанська сільська рада</title>
<link rel="stylesheet" href="/wp-content/themes/gromada/style.css">
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</head>
<body class="post-template-default single">
<div id="page" class="site">
<div class="top-bar"><div class="container">
<span class="top-phone">Приймальня: (03656) 055-31-20</span>
<span class="top-mail">rada@myrohoshcha.example.ua</span>
<span class="top-hours">Пн–Пт 8:00–17:00</span>
</div></div>
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/" rel="home"><img src="/logo.png" alt="Герб"></a>
<p class="site-title">Мирогощанська сільська рада</p>
<p class="site-description">Дубенський район, Рівненська область</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="/">Головна</a></li><li><a href="/gromada/">Громада</a></li>
<li><a href="/vlada/">Влада</a></li><li><a href="/struktura/">Структурні підрозділи</a></li>
<li><a href="/docs/">Документи</a></li><li><a href="/news/">Новини</a></li><li><a href="/contacts/">Контакти</a></li>
</ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/struktura/">Структурні підрозділи</a> » <a href="/struktura/ssd/">Служба у справах дітей</a> » Інформація за 2022 рік</div>
<div id="content" class="site-content"><div class="container">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4812" class="post-4812 post type-post">
""" + ARTICLE + """
<footer class="entry-footer"><span class="cat-links">Рубрика: <a href="/category/ssd/">Служба у справах дітей</a></span>
<span class="views">Переглядів: 286</span></footer>
</article>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget"><h2 class="widget-title">Громада в цифрах</h2><ul>
<li>Населення: 14 206 осіб</li><li>Старостинських округів: 9</li><li>Площа: 287,4 км²</li></ul></section>
<section class="widget"><h2 class="widget-title">Останні новини</h2><ul>
<li><a href="/news/4809/">Сесія сільської ради 18.01.2023</a></li>
<li><a href="/news/4801/">Графік прийому громадян на січень</a></li></ul></section>
<section class="widget"><h2 class="widget-title">Служба у справах дітей</h2>
<p>с. Мирогоща Друга, вул. Шевченка, 14, каб. 7<br>тел. (03656) 055-31-44</p></section>
</aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="container">
<p>© 2021–2023 Мирогощанська сільська рада. 35613, Рівненська обл., Дубенський р-н, с. Мирогоща Друга, вул. Шевченка, 14.</p>
<p>Код ЄДРПОУ 04386174. Усі права захищено.</p>
</div></footer>
</div>
</body>
</html>
"""

path = report_path(DOC)
write_text(path, HTML)

g = Gold(DOC, {
    "centre": "Служба у справах дітей Мирогощанської сільської ради",
    "centre_type": "other",
    "settlement": "Мирогоща Друга",
    "oblast": "Рівненська",
    "report_kind": "annual_report",
    "period_start": "2022-01-01",
    "period_end": "2022-12-31",
    "published": "2023-01-19",
})
g.meta_alt = {"settlement": ["Мирогощанська сільська громада"]}

f_reg = g.f("registered", "children", 38, "на первинному обліку служби перебуває 38 дітей-сиріт та дітей, позбавлених",
            label="діти-сироти та діти, позбавлені батьківського піклування, станом на 31.12.2022")
f_or = g.f("registered", "children", 11, "з них 11 дітей-сиріт", category="діти-сироти",
           group="reg38_by_status", parent=f_reg)
f_dp = g.f("registered", "children", 27, "27 дітей, позбавлених батьківського",
           category="діти, позбавлені батьківського піклування", group="reg38_by_status", parent=f_reg)
f_new = g.f("registered_new", "children", 6, "Протягом року на облік взято 6 дітей",
            label="діти-сироти та діти, позбавлені батьківського піклування")
f_new2 = g.f("registered_new", "children", 2, "з них 2 дитини залишились без батьківського піклування",
             label="внаслідок загибелі батьків", parent=f_new)
f_der = g.f("deregistered", "children", 3, "Знято з обліку 3 дітей",
            label="діти-сироти та діти, позбавлені батьківського піклування")
f_der1 = g.f("deregistered", "children", 2, "у зв'язку з досягненням повноліття – двох",
             label="досягнення повноліття", group="dereg3_by_reason", parent=f_der)
f_der2 = g.f("deregistered", "children", 1, "у зв'язку з усиновленням – одну", label="усиновлення",
             group="dereg3_by_reason", parent=f_der)
f_sj = g.f("registered", "children", 17, "на кінець року перебуває 17 дітей",
           label="діти у складних життєвих обставинах")
f_sjf = g.f("registered", "families", 11, "17 дітей з 11 сімей", label="діти у складних життєвих обставинах")
f_sjn = g.f("registered_new", "children", 8, "поставлено на такий облік 8 дітей",
            label="діти у складних життєвих обставинах")
f_sjd = g.f("deregistered", "children", 5, "знято з обліку 5 дітей у зв'язку з покращенням умов",
            label="діти у складних життєвих обставинах; покращення умов проживання та виховання",
            alt=["outcome_positive"])
f_not = g.f("notified", "children", 4, "надійшли повідомлення щодо 4 дітей")
f_war = g.f("registered_new", "children", 43, "у 2022 році надано 43 дітям",
            label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
f_idp = g.f("registered", "children", 212, "перебуває 212 дітей", category="внутрішньо переміщені особи",
            label="діти з числа внутрішньо переміщених осіб на обліку служби")
f_app = g.f("applied", "applications", 29, "До служби надійшло 29 письмових звернень громадян",
            unit_alt="persons")
f_cons = g.f("services_provided", "services", 148, "надано 148 консультацій з питань захисту прав дітей",
             service="counselling")
f_calls = g.f("calls", "calls", 57, "надійшло 57 дзвінків")
f_ev = g.f("events", "events", 9, "проведено 9 профілактичних заходів")
f_evp = g.f("event_participants", "children", 412, "якими охоплено 412 учнів", unit_alt="persons",
            parent=f_ev)
f_sp = g.f("staff_positions", "positions", 3, "Штатна чисельність служби – 3 посади")
f_sa = g.f("staff_actual", "staff", 3, "працює 3 фахівці")

g.check("parts_sum", "з них 11 дітей-сиріт і 27 дітей, позбавлених батьківського",
        "11 orphans + 27 deprived of care = 38", f"{f_or} + {f_dp} == {f_reg}")
g.check("parts_sum", "Під опікою, піклуванням виховуються 26 дітей",
        "placements 26 + 7 + 3 + 2 = 38 (placements have no §3 id: literals)", f"26 + 7 + 3 + 2 == {f_reg}")
g.check("parts_sum", "Протягом року на облік взято 6 дітей",
        "start of year 35 (skipped) + 6 taken − 3 removed = 38", f"35 + {f_new} - {f_der} == {f_reg}")
g.check("parts_sum", "Знято з обліку 3 дітей",
        "2 (majority) + 1 (adoption) = 3; 2 of 6 new after parents' death", f"{f_der1} + {f_der2} == {f_der} and {f_new2} <= {f_new}")
g.check("parts_sum", "поставлено на такий облік 8 дітей",
        "new 8 and removed 5 ≤ 17 + 5 on the СЖО register; 17 children from 11 families", f"{f_sjn} <= {f_sj} and {f_sjf} <= {f_sj}")
g.check("parts_sum", "Штатна чисельність служби – 3 посади",
        "3 working = 3 positions («усі посади заповнені»)", f"{f_sa} == {f_sp}")

g.skip("Рубрика: Служба у справах дітей Переглядів: 286", [286], "view counter")
g.skip("Опубліковано 19.01.2023", [19, 1, 2023], "publication date (meta published)")
g.skip("за 2022 рік", [2022], "year")
g.skip("затвердженого рішенням сесії від 24.02.2021 № 312", [24, 2, 2021, 312], "decision date and number")
g.skip("3 694 дитини.", [3694], "child population of the hromada")
g.skip("Станом на 31.12.2022", [31, 12, 2022], "date")
g.skip("(на 01.01.2022 – 35)", [1, 1, 2022, 35], "register at the start of the year (used as a literal in a check)")
g.skip("Під опікою, піклуванням виховуються 26 дітей, у прийомних сім'ях – 7, у дитячих будинках сімейного",
       [26, 7], "placements by form: no §3 id (used as literals)")
g.skip("типу – 3, у закладах інституційного догляду – 2 дитини.", [3, 2], "placements by form: no §3 id")
g.skip("Усиновлено 1 дитину громадянами України.", [1], "adoptions: no §3 id")
g.skip("Проведено 17 засідань комісії з питань захисту прав дитини, розглянуто 64 питання.", [17, 64],
       "commission sittings and questions: no §3 id")
g.skip("проведено 12 рейдів «Діти вулиці» та «Урок».", [12], "raids: no §3 id")
g.skip("У 2023 році планується завершити створення 1 дитячого будинку сімейного типу", [2023, 1], "plan")
g.skip("не менше 4 дітей із закладів.", [4], "plan")

g.note("служба у справах дітей → centre_type other; its registers are registered / registered_new / deregistered in children")
g.note("the page furniture (top bar phone and hours, menu, breadcrumbs, sidebar «Громада в цифрах», view counter, "
       "footer with postcode and ЄДРПОУ) is not printed by the reader; nothing there is annotated")
g.note("start-of-year register 35 is skipped (not the period-end figure) and used as a literal in a check")
g.note("«статус дитини, яка постраждала внаслідок воєнних дій…, надано 43 дітям» → registered_new with a label, as in blind18")
g.note("«знято з обліку 5 дітей у зв'язку з покращенням умов» → deregistered (alt outcome_positive)")
g.note("«двох», «одну» are numbers in words that are the figures themselves: facts 2 and 1")
g.note("«29 письмових звернень» → applied, unit applications (unit_alt persons); «148 консультацій» → services_provided, counselling")
g.note("«412 учнів» → event_participants in children (unit_alt persons)")
g.note("«за кожним повідомленням проведено оцінку потреб» implies 4 assessments, but no figure is written there: no needs_assessed fact")
g.note("meta published from «Опубліковано 19.01.2023» inside the article")
g.write()
