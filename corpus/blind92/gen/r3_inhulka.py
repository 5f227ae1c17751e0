"""b92_03: служба у справах дітей Інгульської сільської ради (Миколаївська), information for 2022, published on
the council web site. HTML with header, menu, breadcrumbs, sidebar with its own numbers, footer. Third person.
No planted slip: everything adds up."""
from common import Gold, write_text, report_path

DOC = "b92_03_inhulka_ssd_annual2022.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Інформація про роботу служби у справах дітей за 2022 рік | Інгульська сільська рада</title>
<link rel="stylesheet" href="/themes/gromada/css/main.css">
</head>
<body class="page-news">
<header class="site-header">
  <div class="top-bar"><span class="phone">Приймальня: (05161) 0-20-11</span> <span class="mail">inhulska.rada@example.ua</span>
  <a class="eye" href="#">Версія для людей з порушенням зору</a></div>
  <div class="logo"><img src="/img/gerb.png" alt="герб"> <span>Інгульська сільська рада<br><small>Баштанського району Миколаївської області</small></span></div>
  <nav class="main-menu"><ul>
    <li><a href="/">Головна</a></li><li><a href="/gromada">Громада</a></li><li><a href="/rada">Рада</a></li>
    <li><a href="/vykonkom">Виконавчий комітет</a></li><li><a href="/docs">Документи</a></li>
    <li><a href="/ssd">Служба у справах дітей</a></li><li><a href="/contacts">Контакти</a></li></ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/ssd">Служба у справах дітей</a> / <span>Звіти</span></div>
<div class="container">
<main class="content">
<article class="news-item">
<h1>Інформація про роботу служби у справах дітей Інгульської сільської ради за 2022 рік</h1>
<div class="news-meta">Опубліковано: 27.01.2023 10:42 | Переглядів: 214</div>
<p>Служба у справах дітей Інгульської сільської ради (далі – Служба) у 2022 році здійснювала свою діяльність відповідно до Положення, затвердженого рішенням сільської ради від 24.12.2020 № 19, в умовах воєнного стану. Станом на 01.01.2023 на території громади проживає 2914 дітей.</p>
<h2>Облік дітей-сиріт та дітей, позбавлених батьківського піклування</h2>
<p>На первинному обліку Служби станом на кінець року перебуває 47 дітей-сиріт та дітей, позбавлених батьківського піклування. Протягом 2022 року на облік поставлено 9 дітей, з них 5 дітям надано статус дитини, позбавленої батьківського піклування, 4 – статус дитини-сироти. Знято з обліку 6 дітей: у зв’язку з досягненням повноліття – 4, у зв’язку з усиновленням – 1, у зв’язку з поверненням на виховання до батьків – 1.</p>
<p>Із 47 дітей під опікою, піклуванням виховується 31 дитина, у прийомних сім’ях – 9, у дитячих будинках сімейного типу – 5, у закладах інституційного догляду – 2. Протягом року в сімейні форми виховання влаштовано 7 дітей.</p>
<h2>Діти, які перебувають у складних життєвих обставинах</h2>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, на кінець року перебуває 23 дитини. Знято з такого обліку 11 дітей, з них 8 – у зв’язку з подоланням складних життєвих обставин. Оцінку потреб дитини та її сім’ї спільно з фахівцями центру надання соціальних послуг проведено 19 дітям.</p>
<p>Рух дітей на первинному обліку Служби у 2022 році:</p>
<table class="table">
<thead><tr><th>Показник</th><th>Діти-сироти та діти, позбавлені батьківського піклування</th><th>Діти у СЖО</th></tr></thead>
<tbody>
<tr><td>Перебувало на обліку на 01.01.2022</td><td>44</td><td>20</td></tr>
<tr><td>Поставлено на облік протягом року</td><td>9</td><td>14</td></tr>
<tr><td>Знято з обліку протягом року</td><td>6</td><td>11</td></tr>
<tr><td>Перебуває на обліку на 31.12.2022</td><td>47</td><td>23</td></tr>
</tbody></table>
<h2>Діти, які постраждали внаслідок воєнних дій</h2>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2022 році надано 36 дітям, у тому числі 29 дітям з числа внутрішньо переміщених осіб. Комісія з питань захисту прав дитини провела 12 засідань, на яких розглянуто 57 питань.</p>
<h2>Звернення, повідомлення, профілактика</h2>
<p>Протягом року до Служби надійшло 126 звернень громадян, усі розглянуто в установлений законодавством термін. Надійшли повідомлення щодо 21 дитини, яка постраждала від домашнього насильства або стала його свідком. Фахівцями Служби надано 143 консультації батькам, опікунам та дітям.</p>
<p>Спільно з ювенальною превенцією проведено 34 рейди «Діти вулиці», «Канікули», «Урок». У закладах освіти громади проведено 6 профілактичних заходів, якими охоплено 410 учнів 5–11 класів. На телефон «гарячої лінії» Служби надійшло 64 дзвінки.</p>
<p>Штатна чисельність Служби – 3 посади (начальник, головний спеціаліст, спеціаліст І категорії), усі посади заповнені: працює 3 особи.</p>
<p>У 2023 році Служба планує створити ще 2 прийомні сім’ї та 1 дитячий будинок сімейного типу.</p>
<p class="signature">Служба у справах дітей Інгульської сільської ради</p>
</article>
</main>
<aside class="sidebar">
  <div class="widget"><h3>Громада в цифрах</h3><ul><li>Населення: 6812 осіб</li><li>Площа: 412,6 км²</li><li>Старостинських округів: 4</li><li>Населених пунктів: 17</li></ul></div>
  <div class="widget"><h3>Новини</h3><ul>
    <li><a href="/news/1412">25.01.2023 Позачергова 31 сесія сільської ради</a></li>
    <li><a href="/news/1409">20.01.2023 Видача гуманітарної допомоги: 300 наборів</a></li>
    <li><a href="/news/1401">16.01.2023 Графік роботи ЦНАП</a></li></ul></div>
  <div class="widget"><h3>Служба у справах дітей</h3><p>57212, Миколаївська обл., с. Інгулка, вул. Центральна, 21, каб. 7</p><p>тел. (05161) 0-22-47</p><p>Пн–Пт 8:00–17:00</p></div>
</aside>
</div>
<footer class="site-footer"><p>© 2021–2023 Інгульська сільська рада. Усі права захищено.</p><p>Код ЄДРПОУ 04376652</p><p>Сайт працює на платформі «Громада»</p></footer>
</body>
</html>
"""
write_text(report_path(DOC), HTML)

g = Gold(DOC, {
    "centre": "Служба у справах дітей Інгульської сільської ради",
    "centre_type": "other", "settlement": "Інгулка",
    "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31",
    "published": "2023-01-27"},
    {"settlement": ["Інгульська сільська територіальна громада"]})
f = g.f
reg = f("registered", "children", 47, "станом на кінець року перебуває 47 дітей-сиріт",
        category="діти-сироти та діти, позбавлені батьківського піклування")
new = f("registered_new", "children", 9, "Протягом 2022 року на облік поставлено 9 дітей",
        category="діти-сироти та діти, позбавлені батьківського піклування")
n1 = f("registered_new", "children", 5, "5 дітям надано статус дитини, позбавленої батьківського піклування",
       category="діти, позбавлені батьківського піклування", group="new_9_by_status", parent=new)
n2 = f("registered_new", "children", 4, "4 – статус дитини-сироти", category="діти-сироти",
       group="new_9_by_status", parent=new)
dr = f("deregistered", "children", 6, "Знято з обліку 6 дітей",
       category="діти-сироти та діти, позбавлені батьківського піклування")
d1 = f("deregistered", "children", 4, "у зв'язку з досягненням повноліття – 4", label="досягнення повноліття",
       group="dereg_6_by_reason", parent=dr)
d2 = f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="усиновлення",
       group="dereg_6_by_reason", parent=dr)
d3 = f("deregistered", "children", 1, "у зв'язку з поверненням на виховання до батьків – 1",
       label="повернення на виховання до батьків", group="dereg_6_by_reason", parent=dr, alt=["outcome_positive"])
sj = f("registered", "children", 23, "на кінець року перебуває 23 дитини", category="діти у складних життєвих обставинах",
       alt=["in_difficult_circumstances"])
sjd = f("deregistered", "children", 11, "Знято з такого обліку 11 дітей",
        category="діти у складних життєвих обставинах")
sjd8 = f("deregistered", "children", 8, "з них 8 – у зв'язку з подоланням складних життєвих обставин",
         label="подолання складних життєвих обставин", alt=["outcome_positive"], parent=sjd)
na = f("needs_assessed", "children", 19, "проведено 19 дітям")
Q = {"new": "Поставлено на облік протягом року\t9\t14", "dr": "Знято з обліку протягом року\t6\t11",
     "end": "Перебуває на обліку на 31.12.2022\t47\t23"}
tn1 = f("registered_new", "children", 9, Q["new"], category="діти-сироти та діти, позбавлені батьківського піклування",
        label="таблиця")
tn2 = f("registered_new", "children", 14, Q["new"], category="діти у складних життєвих обставинах", label="таблиця")
td1 = f("deregistered", "children", 6, Q["dr"], category="діти-сироти та діти, позбавлені батьківського піклування",
        label="таблиця")
td2 = f("deregistered", "children", 11, Q["dr"], category="діти у складних життєвих обставинах", label="таблиця")
te1 = f("registered", "children", 47, Q["end"], category="діти-сироти та діти, позбавлені батьківського піклування",
        label="таблиця, на 31.12.2022")
te2 = f("registered", "children", 23, Q["end"], category="діти у складних життєвих обставинах",
        label="таблиця, на 31.12.2022", alt=["in_difficult_circumstances"])
war = f("registered_new", "children", 36, "у 2022 році надано 36 дітям",
        label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
war2 = f("registered_new", "children", 29, "у тому числі 29 дітям з числа внутрішньо переміщених осіб",
         label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів",
         category="внутрішньо переміщені особи", parent=war)
ap = f("applied", "applications", 126, "до Служби надійшло 126 звернень громадян", unit_alt="persons")
nt = f("notified", "children", 21, "Надійшли повідомлення щодо 21 дитини",
       label="постраждала від домашнього насильства або стала його свідком")
cons = f("services_provided", "services", 143, "надано 143 консультації батькам, опікунам та дітям",
         service="counselling")
ev = f("events", "events", 6, "проведено 6 профілактичних заходів")
ep = f("event_participants", "children", 410, "якими охоплено 410 учнів", unit_alt="persons", parent=ev)
cl = f("calls", "calls", 64, "надійшло 64 дзвінки")
pos = f("staff_positions", "positions", 3, "Штатна чисельність Служби – 3 посади")
act = f("staff_actual", "staff", 3, "працює 3 особи")

g.check("parts_sum", "Протягом 2022 року на облік поставлено 9 дітей, з них 5 дітям", "5 + 4 = 9",
        f"{n1} + {n2} == {new}")
g.check("parts_sum", "Знято з обліку 6 дітей: у зв'язку з досягненням повноліття – 4", "4 + 1 + 1 = 6",
        f"{d1} + {d2} + {d3} == {dr}")
g.check("table_arithmetic", Q["end"], "orphans: 44 + 9 − 6 = 47; СЖО: 20 + 14 − 11 = 23 (opening balances 44 and "
        "20 are skipped, used as literals)", f"44 + {tn1} - {td1} == {te1} and 20 + {tn2} - {td2} == {te2}")
g.check("parts_sum", "Із 47 дітей під опікою, піклуванням виховується 31 дитина",
        "placements 31 + 9 + 5 + 2 = 47 (placement figures are skipped, used as literals)", f"31 + 9 + 5 + 2 == {reg}")
g.check("internal_conflict", Q["end"], "prose and table agree: 47, 9, 6 and 23, 11",
        f"{te1} == {reg} and {tn1} == {new} and {td1} == {dr} and {te2} == {sj} and {td2} == {sjd}")
g.check("parts_sum", "з них 8 – у зв'язку з подоланням складних життєвих обставин", "8 ≤ 11; 29 ≤ 36",
        f"{sjd8} <= {sjd} and {war2} <= {war}")
g.check("parts_sum", "усі посади заповнені: працює 3 особи", "3 working = 3 positions", f"{act} == {pos}")

g.skip("Опубліковано: 27.01.2023 10:42 | Переглядів: 214", [27, 1, 2023, 10, 42, 214], "publication date/time, view counter")
g.skip("Інформація про роботу служби у справах дітей Інгульської сільської ради за 2022 рік", [2022], "year of the report")
g.skip("від 24.12.2020 № 19", [24, 12, 2020, 19], "decision date and number")
g.skip("Станом на 01.01.2023 на території громади проживає 2914 дітей.", [1, 1, 2023, 2914], "child population")
g.skip("Із 47 дітей під опікою, піклуванням виховується 31 дитина, у прийомних сім'ях – 9, у дитячих будинках "
       "сімейного типу – 5, у закладах інституційного догляду – 2.", [31, 9, 5, 2],
       "placements by form: no §3 id (used as literals in a check)")
g.skip("Протягом року в сімейні форми виховання влаштовано 7 дітей.", [7], "placements: no §3 id")
g.skip("Перебувало на обліку на 01.01.2022\t44\t20", [1, 1, 2022, 44, 20],
       "opening balance on 01.01.2022 (the register at the start of the period); used as literals in a check")
g.skip("Перебуває на обліку на 31.12.2022", [31, 12, 2022], "date")
g.skip("Комісія з питань захисту прав дитини провела 12 засідань, на яких розглянуто 57 питань.", [12, 57],
       "commission sittings and questions: no §3 id")
g.skip("проведено 34 рейди «Діти вулиці»", [34], "raids: no §3 id")
g.skip("учнів 5–11 класів", [5, 11], "school grades")
g.skip("У 2023 році Служба планує створити ще 2 прийомні сім'ї та 1 дитячий будинок сімейного типу.", [2023, 2, 1], "plan")
g.skip("Рух дітей на первинному обліку Служби у 2022 році:", [2022], "year")
g.skip("у 2022 році здійснювала свою діяльність", [2022], "year")
g.note("a служба у справах дітей is centre_type other; its registers are registered / registered_new / deregistered "
       "(children), as in blind18")
g.note("the register at year end is `registered`; the opening balance (01.01.2022) is skipped; table and prose give "
       "the same figures twice → separate facts (table rows labelled «таблиця»)")
g.note("СЖО register of children → registered (alt in_difficult_circumstances)")
g.note("the war-affected status granted in 2022 → registered_new with a label; ВПО part has parent only")
g.note("«126 звернень громадян» → applied, unit applications (unit_alt persons)")
g.note("«повідомлення щодо 21 дитини» → notified, children")
g.note("«143 консультації» → services_provided (counselling)")
g.note("«повернення до батьків» and «подолання СЖО» as reasons for deregistration carry alt outcome_positive")
g.note("site furniture (top bar phone, menu, breadcrumbs, sidebar «Громада в цифрах», news, footer ЄДРПОУ) is not "
       "printed by the reader and has no facts")
g.note("oblast: Миколаївська is written only in the site header and sidebar, which the reader does not print → "
       "omitted from meta")
g.write()
