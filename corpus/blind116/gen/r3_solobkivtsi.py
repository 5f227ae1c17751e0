"""b116_03: служба у справах дітей Солобковецької сільської ради, annual information 2022.
Council web page (HTML) with header, menu, breadcrumbs, sidebar and footer. Third person."""
from common import Gold, write_text, report_path

DOC = "b116_03_solobkivtsi_ssd_annual2022.html"

HTML = """\
<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Про роботу служби у справах дітей у 2022 році | Солобковецька сільська рада</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/templates/hromada/css/style.css?v=3.12">
<script src="/templates/hromada/js/main.js?v=3.12"></script>
</head>
<body class="page-news">
<div class="topbar">
  <div class="container">
    <span class="topbar-phone">Приймальня: (03854) 0-31-72</span>
    <span class="topbar-mail">rada@solobkivtsi.example.ua</span>
    <a class="topbar-lang" href="/en/">EN</a>
    <form class="search" action="/search/"><input type="text" name="q" placeholder="Пошук по сайту"></form>
  </div>
</div>
<header class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/images/gerb.png" alt="Герб"></a>
    <div class="site-title">Солобковецька сільська рада<br><small>Хмельницький район, Хмельницька область</small></div>
  </div>
</header>
<nav class="main-menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/hromada/">Громада</a></li>
    <li><a href="/rada/">Рада</a></li>
    <li><a href="/vykonkom/">Виконавчий комітет</a></li>
    <li class="active"><a href="/struktura/">Структурні підрозділи</a></li>
    <li><a href="/docs/">Документи</a></li>
    <li><a href="/news/">Новини</a></li>
    <li><a href="/contacts/">Контакти</a></li>
  </ul>
</nav>
<div class="container page-wrap">
<div class="breadcrumbs">
  <a href="/">Головна</a> » <a href="/struktura/">Структурні підрозділи</a> »
  <a href="/struktura/ssd/">Служба у справах дітей</a> » Про роботу служби у справах дітей у 2022 році
</div>
<main class="content">
<article class="news-item">
<h1>Про роботу служби у справах дітей у 2022 році</h1>
<div class="news-meta">Дата: 17.01.2023 09:42 | Переглядів: 318 | Розділ: Служба у справах дітей</div>

<p>Служба у справах дітей Солобковецької сільської ради інформує про результати діяльності у 2022 році.
Попри воєнний стан, служба забезпечувала захист прав дітей громади, у якій проживає 2 146 дітей.</p>

<h3>Облік дітей-сиріт та дітей, позбавлених батьківського піклування</h3>
<p>Станом на 31.12.2022 на первинному обліку служби перебуває 31 дитина-сирота та дитина, позбавлена
батьківського піклування (на початок року – 28). Протягом року на облік поставлено 7 дітей, знято з обліку
4 дітей: у зв'язку з досягненням повноліття – 3, у зв'язку з усиновленням – 1.
Усі діти цієї категорії виховуються в сімейних формах: під опікою, піклуванням – 22, у прийомних
сім'ях – 6, у дитячому будинку сімейного типу – 3.</p>

<h3>Діти, які перебувають у складних життєвих обставинах</h3>
<p>Від закладів освіти, поліції та центру надання соціальних послуг службою отримано 12 повідомлень про дітей,
які можуть перебувати у складних життєвих обставинах. За рік поставлено на облік 9 таких дітей,
знято з обліку 11 (у зв'язку з поліпшенням умов виховання – 8, у зв'язку з досягненням повноліття – 3).</p>
<p>На кінець року на обліку служби перебуває 23 дитини, які опинилися в складних життєвих обставинах,
з них 14 (56,5 %) – через ухилення батьків від виконання батьківських обов'язків, 4 (17,4 %) – діти,
які постраждали від домашнього насильства. Спільно з ЦНСП під соціальний супровід взято 5 сімей,
у яких виховується 11 дітей.</p>

<h3>Діти, які постраждали внаслідок війни</h3>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2022 році надано
38 дітям. На обліку служби перебуває 17 дітей з числа внутрішньо переміщених осіб.</p>

<h3>Звернення, профілактика, кадри</h3>
<p>До служби надійшло 186 звернень громадян, з них письмових – 64, усних – 122. На «телефон довіри»
служби надійшло 27 дзвінків. Проведено 11 засідань комісії з питань захисту прав дитини, на яких
розглянуто 57 питань, та 6 рейдів «Діти вулиці».</p>
<p>Працівники служби провели 14 профілактичних заходів у закладах освіти громади, якими охоплено
520 дітей віком 10–17 років. У службі працюють 3 працівники при штатній чисельності 3 посади.</p>

<table class="table">
<caption>Основні показники роботи служби</caption>
<tr><th>Показник</th><th>2021 рік</th><th>2022 рік</th></tr>
<tr><td>Діти-сироти та діти, позбавлені батьківського піклування, на кінець року</td><td>28</td><td>31</td></tr>
<tr><td>Діти у складних життєвих обставинах, на кінець року</td><td>25</td><td>23</td></tr>
<tr><td>Звернення громадян</td><td>171</td><td>186</td></tr>
</table>

<p>У 2023 році служба планує створити ще 2 прийомні сім'ї та провести навчання для 10 кандидатів
у прийомні батьки.</p>
<p class="author">Служба у справах дітей Солобковецької сільської ради</p>
</article>
</main>
<aside class="sidebar">
  <div class="widget">
    <h4>Громада в цифрах</h4>
    <ul>
      <li>Населення: 10 480 осіб</li>
      <li>Старостинських округів: 7</li>
      <li>Населених пунктів: 16</li>
      <li>Площа: 291,4 км²</li>
    </ul>
  </div>
  <div class="widget">
    <h4>Служба у справах дітей</h4>
    <p>вул. Центральна, 12, с. Солобківці, 32034<br>тел. (03854) 0-35-18<br>ssd@solobkivtsi.example.ua</p>
    <p>Пн–Пт 08:00–17:00, перерва 12:00–13:00</p>
  </div>
  <div class="widget">
    <h4>Останні новини</h4>
    <ul>
      <li><a href="/news/1412/">16.01.2023 Графік особистого прийому громадян на І квартал</a></li>
      <li><a href="/news/1409/">13.01.2023 Сесія сільської ради: прийнято 42 рішення</a></li>
      <li><a href="/news/1403/">11.01.2023 До пункту незламності звернулися 96 мешканців</a></li>
    </ul>
  </div>
</aside>
</div>
<footer class="site-footer">
  <div class="container">
    <p>Солобковецька сільська рада, 32034, Хмельницька обл., Хмельницький р-н, с. Солобківці, вул. Центральна, 12</p>
    <p>Код ЄДРПОУ 04403915 | тел. (03854) 0-31-72</p>
    <p>© 2017–2023 Солобковецька сільська рада. Усі права захищено. Розробка сайту: «Громада-Веб»</p>
  </div>
</footer>
</body>
</html>
"""
write_text(report_path(DOC), HTML)

g = Gold(DOC, {
    "centre": "Служба у справах дітей Солобковецької сільської ради",
    "centre_type": "other", "settlement": "Солобківці", "oblast": "Хмельницька",
    "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31",
    "published": "2023-01-17",
})
f = g.f
ORPH = "діти-сироти та діти, позбавлені батьківського піклування"
SJO = "діти у складних життєвих обставинах"
h1 = f("registered", "children", 31, "на первинному обліку служби перебуває 31 дитина-сирота", label=ORPH)
h2 = f("registered_new", "children", 7, "на облік поставлено 7 дітей", label=ORPH)
h3 = f("deregistered", "children", 4, "знято з обліку 4 дітей", label=ORPH)
G = "dereg_orph_4_by_reason"
h4 = f("deregistered", "children", 3, "у зв'язку з досягненням повноліття – 3, у зв'язку з усиновленням",
       label="досягнення повноліття", group=G, parent=h3)
h5 = f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="усиновлення", group=G, parent=h3)
h6 = f("notified", "children", 12, "отримано 12 повідомлень про дітей")
h7 = f("registered_new", "children", 9, "поставлено на облік 9 таких дітей", label=SJO)
h8 = f("deregistered", "children", 11, "знято з обліку 11 (у зв'язку", label=SJO)
G = "dereg_sjo_11_by_reason"
h9 = f("deregistered", "children", 8, "у зв'язку з поліпшенням умов виховання – 8", label="поліпшення умов виховання",
       group=G, parent=h8)
h10 = f("deregistered", "children", 3, "у зв'язку з досягненням повноліття – 3).", label="досягнення повноліття",
        group=G, parent=h8)
h11 = f("registered", "children", 23, "На кінець року на обліку служби перебуває 23 дитини", label=SJO)
h12 = f("registered", "children", 14, "з них 14 (56,5 %)", percent=56.5,
        label="через ухилення батьків від виконання батьківських обов'язків", parent=h11)
h13 = f("registered", "children", 4, "4 (17,4 %) – діти", percent=17.4,
        label="постраждали від домашнього насильства", parent=h11)
h14 = f("support_started", "families", 5, "під соціальний супровід взято 5 сімей", service="social_support_sjo")
h15 = f("support_started", "children", 11, "у яких виховується 11 дітей", service="social_support_sjo", parent=h14)
h16 = f("registered_new", "children", 38, "надано 38 дітям",
        label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
h17 = f("registered", "children", 17, "На обліку служби перебуває 17 дітей з числа внутрішньо переміщених осіб",
        category="внутрішньо переміщені особи")
h18 = f("applied", "applications", 186, "До служби надійшло 186 звернень громадян")
G = "applied_186_by_form"
h19 = f("applied", "applications", 64, "з них письмових – 64", label="письмові", group=G, parent=h18)
h20 = f("applied", "applications", 122, "усних – 122", label="усні", group=G, parent=h18)
h21 = f("calls", "calls", 27, "служби надійшло 27 дзвінків", label="телефон довіри")
h22 = f("events", "events", 14, "провели 14 профілактичних заходів")
h23 = f("event_participants", "children", 520, "якими охоплено 520 дітей", parent=h22)
h24 = f("staff_actual", "staff", 3, "У службі працюють 3 працівники")
h25 = f("staff_positions", "positions", 3, "штатній чисельності 3 посади")
h26 = f("registered", "children", 31,
        "Діти-сироти та діти, позбавлені батьківського піклування, на кінець року\t28\t31", label=ORPH,
        note="table cell of the 2022 column; the 2021 column is skipped")
h27 = f("registered", "children", 23, "Діти у складних життєвих обставинах, на кінець року\t25\t23", label=SJO)
h28 = f("applied", "applications", 186, "Звернення громадян\t171\t186")

g.slip("percent_mismatch", "error", "з них 14 (56,5 %)", 56.5, 60.9, [h11, h12],
       "14 of the 23 children in СЖО is 60,9 %, not 56,5 % (56,5 % of 23 would be 13 children)",
       "pct_ok(p12, f12, f11, 1)")

g.check("percent_mismatch", "4 (17,4 %) – діти", "4 / 23 = 17,39 % → 17,4", "pct_ok(p13, f13, f11, 1)")
g.check("parts_sum", "з них 14 (56,5 %)", "the two «з них» categories (14 + 4) ≤ 23; not a partition",
        "f12 + f13 <= f11")
g.check("parts_sum", "знято з обліку 4 дітей", "3 + 1 = 4", "f4 + f5 == f3")
g.check("parts_sum", "знято з обліку 11 (у зв'язку", "8 + 3 = 11", "f9 + f10 == f8")
g.check("parts_sum", "(на початок року – 28)", "register flow: 28 at the start + 7 − 4 = 31", "28 + f2 - f3 == f1")
g.check("parts_sum", "під опікою, піклуванням – 22", "placements 22 + 6 + 3 = 31 (literals: placements have no §3 id)",
        "22 + 6 + 3 == f1")
g.check("parts_sum", "Діти у складних життєвих обставинах, на кінець року\t25\t23",
        "СЖО register flow: 25 at the end of 2021 + 9 − 11 = 23", "25 + f7 - f8 == f11")
g.check("parts_sum", "з них письмових – 64", "64 + 122 = 186", "f19 + f20 == f18")
g.check("internal_conflict", "Звернення громадян\t171\t186",
        "the table repeats the prose: 31, 23, 186", "f26 == f1 and f27 == f11 and f28 == f18")
g.check("parts_sum", "У службі працюють 3 працівники", "3 ≤ 3", "f24 <= f25")

g.skip("Про роботу служби у справах дітей у 2022 році", [2022], "year in the title")
g.skip("Дата: 17.01.2023 09:42 | Переглядів: 318", [17, 1, 2023, 9, 42, 318], "publication date/time, view counter")
g.skip("у якій проживає 2 146 дітей", [2146], "child population")
g.skip("Станом на 31.12.2022", [31, 12, 2022], "date")
g.skip("(на початок року – 28)", [28], "start-of-year register (the end of the previous year)")
g.skip("під опікою, піклуванням – 22, у прийомних сім'ях – 6, у дитячому будинку сімейного типу – 3",
       [22, 6, 3], "placements by form: no §3 id (used as literals in a check)")
g.skip("у 2022 році надано", [2022], "year")
g.skip("Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 57 питань, та 6 рейдів",
       [11, 57, 6], "commission sittings, questions, raids: no §3 id")
g.skip("віком 10–17 років", [10, 17], "ages")
g.skip("Показник\t2021 рік\t2022 рік", [2021, 2022], "table header years")
g.skip("на кінець року\t28", [28], "2021 column")
g.skip("на кінець року\t25", [25], "2021 column")
g.skip("Звернення громадян\t171", [171], "2021 column")
g.skip("У 2023 році служба планує створити ще 2 прийомні сім'ї та провести навчання для 10 кандидатів",
       [2023, 2, 10], "plan")

g.note("the reader drops the site furniture (top bar, header, menu, breadcrumbs, sidebar, footer); their "
       "numbers (phones, population 10 480, 7 старостинських округів, 16 settlements, 291,4 км², 42 рішення, "
       "96 мешканців, news dates, ЄДРПОУ, © years) are not in the read text and are not facts either")
g.note("oblast: «Хмельницька область» is stated in the site header of the page, not in the article; kept in meta")
g.note("published: the article date «Дата: 17.01.2023»")
g.note("служба у справах дітей → centre_type other; registers are registered / registered_new / deregistered "
       "(children), told apart by label; the war-affected status granted is registered_new with a label")
g.note("«14 (56,5 %)» and «4 (17,4 %)» are «з них» categories that do not cover the 23 → parent only, no group, "
       "no percents_sum")
g.note("a figure written twice (prose and the 2022 table column) is two facts; the 2021 column is skipped")
g.note("the children covered by events (520) → event_participants, unit children")
g.write()
