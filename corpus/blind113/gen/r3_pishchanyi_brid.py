"""b113_03: служба у справах дітей Піщанобрідської сільської ради (Кіровоградська), annual information 2022.
Council web page (header, menu, breadcrumbs, meta line, sidebar with its own numbers, footer). No planted slip."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path, write_text

DOC = "b113_03_pishchanyi_brid_ssd_annual2022.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Інформація про роботу служби у справах дітей за 2022 рік | Піщанобрідська сільська рада</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/templates/gromada/css/style.css?v=3.12">
<script src="/templates/gromada/js/jquery.min.js"></script>
</head>
<body class="page-news">
<div class="top-line"><div class="container">
  <span class="top-phone">Приймальня: (05251) 0-21-30</span>
  <span class="top-mail">rada@pishchanyi-brid.example.ua</span>
  <a href="/en">EN</a> | <a href="/search">Пошук</a>
</div></div>
<header class="site-header"><div class="container">
  <a class="logo" href="/"><img src="/images/gerb.png" alt="Герб"></a>
  <div class="site-title">Піщанобрідська сільська рада<br><small>Кіровоградська область</small></div>
</div></header>
<nav class="main-menu"><ul>
  <li><a href="/">Головна</a></li>
  <li><a href="/gromada">Громада</a></li>
  <li><a href="/vlada">Влада</a></li>
  <li><a href="/docs">Документи</a></li>
  <li><a href="/social">Соціальний захист</a></li>
  <li><a href="/ssd">Служба у справах дітей</a></li>
  <li><a href="/contacts">Контакти</a></li>
</ul></nav>
<div class="container">
<div class="breadcrumbs"><a href="/">Головна</a> › <a href="/struktura">Структура</a> › <a href="/ssd">Служба у справах дітей</a> › Звіти</div>
<div class="row">
<main class="col-main">
<article class="news-item">
<h1>Інформація про роботу служби у справах дітей Піщанобрідської сільської ради за 2022 рік</h1>
<div class="news-meta">27.01.2023 10:42 &middot; Служба у справах дітей &middot; Переглядів: 318</div>
<div class="news-text">
<p>Служба у справах дітей Піщанобрідської сільської ради у 2022 році, попри воєнний стан, забезпечувала захист прав та інтересів дітей громади відповідно до Положення, затвердженого рішенням сільської ради від 24.12.2020 № 57.</p>
<h3>Діти-сироти та діти, позбавлені батьківського піклування</h3>
<p>На початок року на первинному обліку служби перебувало 25 дітей цієї категорії. Протягом 2022 року на облік поставлено 6 дітей, знято з обліку 4 дітей (3 – у зв'язку з досягненням повноліття, 1 – у зв'язку з усиновленням).</p>
<p>Станом на 31.12.2022 на первинному обліку перебуває 27 дітей-сиріт та дітей, позбавлених батьківського піклування, з них 11 – діти-сироти, 16 – діти, позбавлені батьківського піклування.</p>
<p>Із 27 дітей 24 (88,9 %) виховуються в сімейних формах: під опікою, піклуванням – 19, у прийомних сім'ях – 3, у дитячому будинку сімейного типу – 2. Ще 3 дитини навчаються у закладах професійної освіти з повним державним утриманням.</p>
<h3>Діти у складних життєвих обставинах</h3>
<p>Упродовж року до служби надійшло 17 повідомлень щодо дітей, які можуть перебувати у складних життєвих обставинах. На облік як такі, що перебувають у СЖО, поставлено 8 дітей, знято з обліку – 5 (у зв'язку з поліпшенням умов проживання). На кінець року на обліку СЖО перебуває 9 сімей, у яких виховується 14 дітей.</p>
<h3>Діти, які постраждали внаслідок воєнних дій</h3>
<p>За 2022 рік службою підготовлено документи та надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, 212 дітям, з них 38 – діти з числа внутрішньо переміщених осіб, які проживають у громаді.</p>
<h3>Звернення, профілактика, кадри</h3>
<ul>
<li>розглянуто 63 звернення громадян, з них 41 – з питань опіки та піклування;</li>
<li>проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 46 питань;</li>
<li>представники служби взяли участь у 9 судових засіданнях;</li>
<li>спільно з поліцейськими офіцерами громади проведено 14 профілактичних рейдів;</li>
<li>проведено 5 заходів з правової освіти в закладах загальної середньої освіти, в яких взяли участь 176 учнів;</li>
<li>на телефон «гарячої лінії» служби надійшло 29 дзвінків.</li>
</ul>
<p>У службі працюють 3 працівники, штатним розписом передбачено 3 посади. У 2023 році служба планує створити ще 2 прийомні сім'ї та забезпечити житлом 1 дитину-сироту з числа випускників 2023 року.</p>
<p><em>Служба у справах дітей Піщанобрідської сільської ради, тел. (05251) 0-27-44</em></p>
</div>
</article>
</main>
<aside class="sidebar">
<div class="widget"><h4>Громада в цифрах</h4>
<ul><li>Населених пунктів: 18</li><li>Мешканців: 11 460</li><li>Площа: 476,3 км²</li></ul></div>
<div class="widget"><h4>Останні новини</h4>
<ul>
<li><a href="/news/1674812001">Графік особистого прийому громадян на лютий</a> <span>26.01.2023</span></li>
<li><a href="/news/1674725600">Сесія сільської ради: 21 питання порядку денного</a> <span>25.01.2023</span></li>
<li><a href="/news/1674639200">Пункт незламності працює цілодобово</a> <span>24.01.2023</span></li>
</ul></div>
<div class="widget"><h4>Телефон довіри</h4><p>Гаряча лінія служби у справах дітей: (05251) 0-27-44</p></div>
</aside>
</div>
</div>
<footer class="site-footer"><div class="container">
<p>© 2017–2023 Піщанобрідська сільська рада. Код ЄДРПОУ 04365712</p>
<p>27020, Кіровоградська обл., с. Піщаний Брід, вул. Центральна, 41</p>
<p>Сайт працює на платформі «Громада». Усі матеріали доступні за ліцензією CC BY 4.0</p>
</div></footer>
</body>
</html>
"""

write_text(report_path(DOC), HTML)

g = Gold(DOC, {"centre": "Служба у справах дітей Піщанобрідської сільської ради", "centre_type": "other",
               "settlement": "Піщаний Брід", "oblast": "Кіровоградська", "report_kind": "annual_report",
               "period_start": "2022-01-01", "period_end": "2022-12-31", "published": "2023-01-27"})
f1 = g.f("registered_new", "children", 6, "Протягом 2022 року на облік поставлено 6 дітей",
         category="діти-сироти та діти, позбавлені батьківського піклування")
f2 = g.f("deregistered", "children", 4, "знято з обліку 4 дітей",
         category="діти-сироти та діти, позбавлені батьківського піклування")
f3 = g.f("deregistered", "children", 3, "3 – у зв'язку з досягненням повноліття", label="досягнення повноліття",
         group="dereg4_by_reason", parent=f2)
f4 = g.f("deregistered", "children", 1, "1 – у зв'язку з усиновленням", label="усиновлення",
         group="dereg4_by_reason", parent=f2)
f5 = g.f("registered", "children", 27, "Станом на 31.12.2022 на первинному обліку перебуває 27 дітей-сиріт",
         category="діти-сироти та діти, позбавлені батьківського піклування")
f6 = g.f("registered", "children", 11, "з них 11 – діти-сироти", category="діти-сироти",
         group="reg27_by_status", parent=f5)
f7 = g.f("registered", "children", 16, "16 – діти, позбавлені батьківського піклування",
         category="діти, позбавлені батьківського піклування", group="reg27_by_status", parent=f5)
f8 = g.f("notified", "children", 17, "до служби надійшло 17 повідомлень щодо дітей",
         note="17 notifications about children; unit children (the notifications concern children)")
f9 = g.f("registered_new", "children", 8, "поставлено 8 дітей", label="СЖО",
         category="діти у складних життєвих обставинах")
f10 = g.f("deregistered", "children", 5, "знято з обліку – 5", label="СЖО",
          category="діти у складних життєвих обставинах")
f11 = g.f("registered", "families", 9, "На кінець року на обліку СЖО перебуває 9 сімей", label="СЖО")
f12 = g.f("registered", "children", 14, "у яких виховується 14 дітей", label="СЖО", parent=f11)
f13 = g.f("registered_new", "children", 212, "надано статус дитини, яка постраждала внаслідок воєнних дій та "
          "збройних конфліктів, 212 дітям", label="статус дитини, яка постраждала внаслідок воєнних дій")
f14 = g.f("registered_new", "children", 38, "з них 38 – діти з числа внутрішньо переміщених осіб",
          label="статус дитини, яка постраждала внаслідок воєнних дій",
          category="внутрішньо переміщені особи", parent=f13)
f15 = g.f("applied", "applications", 63, "розглянуто 63 звернення громадян")
f16 = g.f("applied", "applications", 41, "з них 41 – з питань опіки та піклування", label="з питань опіки та піклування",
          parent=f15)
f17 = g.f("events", "events", 5, "проведено 5 заходів з правової освіти")
f18 = g.f("event_participants", "persons", 176, "в яких взяли участь 176 учнів", parent=f17, unit_alt="children")
f19 = g.f("calls", "calls", 29, "надійшло 29 дзвінків")
f20 = g.f("staff_actual", "staff", 3, "У службі працюють 3 працівники")
f21 = g.f("staff_positions", "positions", 3, "штатним розписом передбачено 3 посади")

g.check("parts_sum", "знято з обліку 4 дітей (3 – у зв'язку з досягненням повноліття, 1 – у зв'язку з усиновленням)",
        "3 + 1 = 4", "f3 + f4 == f2")
g.check("parts_sum", "з них 11 – діти-сироти, 16 – діти, позбавлені батьківського піклування", "11 + 16 = 27",
        "f6 + f7 == f5")
g.check("internal_conflict", "На початок року на первинному обліку служби перебувало 25 дітей цієї категорії",
        "register flow: 25 at the start of the year + 6 put on − 4 taken off = 27 at 31.12.2022",
        "25 + f1 - f2 == f5")
g.check("parts_sum", "Із 27 дітей 24 (88,9 %) виховуються в сімейних формах",
        "family forms 19 + 3 + 2 = 24; 24 + 3 in institutions = 27 (placements have no §3 id: literals)",
        "19 + 3 + 2 == 24 and 24 + 3 == f5")
g.check("percent_mismatch", "Із 27 дітей 24 (88,9 %)", "24/27 = 88,89 → 88,9", "pct_ok(88.9, 24, f5, 1)")
g.check("parts_sum", "з них 38 – діти з числа внутрішньо переміщених осіб", "38 ≤ 212; 41 ≤ 63",
        "f14 <= f13 and f16 <= f15")
g.check("parts_sum", "У службі працюють 3 працівники", "3 ≤ 3", "f20 <= f21")

g.skip("за 2022 рік", [2022], "year (title)")
g.skip("27.01.2023 10:42", [27, 1, 2023, 10, 42], "publication date and time")
g.skip("Переглядів: 318", [318], "view counter")
g.skip("від 24.12.2020 № 57", [24, 12, 2020, 57], "decision date and number")
g.skip("На початок року на первинному обліку служби перебувало 25 дітей цієї категорії", [25],
       "register at the start of the year (1 January), not the period's own register; used as a literal in the "
       "register-flow check")
g.skip("Із 27 дітей 24 (88,9 %) виховуються в сімейних формах: під опікою, піклуванням – 19, у прийомних сім'ях – 3, "
       "у дитячому будинку сімейного типу – 2. Ще 3 дитини навчаються",
       [27, 24, 88.9, 19, 3, 2, 3], "forms of placement (no §3 id); 27 repeats the register")
g.skip("проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 46 питань", [11, 46],
       "commission sittings and items, no §3 id")
g.skip("взяли участь у 9 судових засіданнях", [9], "court sittings, no §3 id")
g.skip("проведено 14 профілактичних рейдів", [14], "raids, no §3 id")
g.skip("У 2023 році служба планує створити ще 2 прийомні сім'ї та забезпечити житлом 1 дитину-сироту з числа "
       "випускників 2023 року", [2023, 2, 1, 2023], "plan")
g.skip("тел. (05251) 0-27-44", [5251, 2744], "phone")
g.note("A служба у справах дітей is centre_type other. Registers: registered (end of period), registered_new, "
       "deregistered (children); the war-affected status granted is registered_new with a label.")
g.note("«9 сімей, у яких виховується 14 дітей» on the СЖО register → registered families 9 with the children row "
       "hanging on it.")
g.note("«176 учнів» → event_participants, unit persons (unit_alt children).")
g.note("The page carries site furniture with numbers of its own (top-bar phone, sidebar «Громада в цифрах» 18 / "
       "11 460 / 476,3 км², news dates, a headline with «21 питання», footer ЄДРПОУ, postcode and address). "
       "`zvitparse read` does not print them, so they are not in the skips (skips list only printed text).")
g.note("No planted slip: everything adds up.")
g.write()
