"""b102_03: служба у справах дітей Гречаноподівської сільської ради (Дніпропетровська), analytic note on 2022.
Council web page (div layout: top bar, menu, breadcrumbs, meta line, sidebar with numbers, footer). Impersonal."""
from common import Gold, report_path, write_text

DOC = "b102_03_hrechani_pody_ssd_annual2022.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Аналітична довідка про роботу служби у справах дітей за 2022 рік | Гречаноподівська сільська рада</title>
<link rel="stylesheet" href="/templates/hromada/css/main.css?v=3.4.1">
<script src="/templates/hromada/js/jquery-3.6.0.min.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-0000000000');</script>
</head>
<body class="page-news">
<div class="top-bar">
  <div class="container">
    <span class="top-phone">Приймальня: (05655) 0-31-42</span>
    <span class="top-mail">rada.hrechanipody@example.ua</span>
    <span class="top-hours">Пн–Пт 8:00–17:00</span>
    <a class="top-eye" href="#">Версія для людей з порушенням зору</a>
  </div>
</div>
<div class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/images/gerb.png" alt="Герб"> Гречаноподівська сільська рада<br><small>Криворізький район, Дніпропетровська область</small></a>
  </div>
</div>
<div class="main-menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/hromada">Громада</a></li>
    <li><a href="/vlada">Влада</a></li>
    <li><a href="/news">Новини</a></li>
    <li><a href="/docs">Документи</a></li>
    <li><a href="/ssd">Служба у справах дітей</a></li>
    <li><a href="/contacts">Контакти</a></li>
  </ul>
</div>
<div class="container content-wrap">
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/news">Новини</a> / <a href="/ssd">Служба у справах дітей</a> / Аналітична довідка за 2022 рік</div>
<div class="row">
<div class="col-main">
<div class="news-item">
<h1>Аналітична довідка про стан роботи служби у справах дітей Гречаноподівської сільської ради у 2022 році</h1>
<div class="news-meta">Опубліковано: 27.01.2023 10:14 &nbsp;|&nbsp; Автор: Служба у справах дітей &nbsp;|&nbsp; Переглядів: 412</div>
<div class="news-text">
<p>Служба у справах дітей Гречаноподівської сільської ради (далі – служба) є структурним підрозділом сільської ради і здійснює повноваження у сфері захисту прав дітей на території громади, де на 01.01.2022 проживало 2 318 дітей.</p>
<p>Рік, що минув, був позначений повномасштабною збройною агресією: на територію громади прибули сім'ї з дітьми з Херсонщини, Донеччини та Запоріжжя, частина родин громади виїхала. Попри це, облік дітей та контроль за умовами їх виховання не припинялися.</p>
<h3>Діти-сироти та діти, позбавлені батьківського піклування</h3>
<p>Станом на 31.12.2022 на первинному обліку служби перебуває 27 дітей-сиріт та дітей, позбавлених батьківського піклування (на початок року – 24). Протягом року на облік взято 6 дітей, знято з обліку 3 дітей: двоє – у зв'язку з досягненням повноліття, одна дитина – у зв'язку з усиновленням.</p>
<p>Із 27 дітей 19 виховуються в сім'ях опікунів, піклувальників, 5 – у прийомних сім'ях та дитячому будинку сімейного типу, 3 – у закладах інституційного догляду. Частка дітей, влаштованих у сімейні форми виховання, становить 88,9 %.</p>
<h3>Діти, які перебувають у складних життєвих обставинах</h3>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, на кінець року перебувало 14 дітей з 9 сімей. Упродовж 2022 року на такий облік поставлено 8 дітей, а з обліку знято 5 дітей у зв'язку з усуненням причин, що зумовили СЖО.</p>
<p>До служби надійшли повідомлення щодо 7 дітей, які зазнали або могли зазнати жорстокого поводження чи домашнього насильства. Усі повідомлення перевірено спільно з поліцією та центром надання соціальних послуг.</p>
<h3>Діти, які постраждали внаслідок воєнних дій</h3>
<p>Відповідно до постанови Кабінету Міністрів України від 05.04.2017 № 268 службою надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, 112 дітям, з них 23 дитини – з числа внутрішньо переміщених.</p>
<h3>Звернення громадян та профілактика</h3>
<p>У 2022 році до служби надійшло 46 звернень громадян, із них письмових – 17, усних – 29. Проведено 11 профілактичних рейдів («Діти вулиці», «Урок», «Канікули»), комісія з питань захисту прав дитини провела 14 засідань, на яких розглянуто 63 питання. До суду підготовлено 9 висновків органу опіки та піклування.</p>
<p>Спеціалісти служби провели 5 інформаційно-просвітницьких заходів у закладах освіти громади, якими охоплено 214 учнів.</p>
<p>У службі працює 3 фахівці (штатом передбачено 4 посади).</p>
<h3>Основні показники</h3>
<table class="table">
<thead><tr><th>Показник</th><th>2021</th><th>2022</th></tr></thead>
<tbody>
<tr><td>Діти-сироти та діти, позбавлені батьківського піклування, на обліку (на кінець року)</td><td>24</td><td>27</td></tr>
<tr><td>Взято на облік дітей-сиріт та дітей, позбавлених батьківського піклування</td><td>5</td><td>6</td></tr>
<tr><td>Діти у СЖО на обліку (на кінець року)</td><td>11</td><td>14</td></tr>
<tr><td>Надано статус дитини, яка постраждала внаслідок воєнних дій</td><td>–</td><td>112</td></tr>
<tr><td>Звернення громадян</td><td>39</td><td>46</td></tr>
</tbody>
</table>
<p>У 2023 році служба планує збільшити кількість прийомних сімей до 3 та створити ще один дитячий будинок сімейного типу.</p>
</div>
<div class="news-share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a> <a href="#">Viber</a></div>
</div>
</div>
<div class="col-side">
<div class="widget">
<h4>Контакти служби</h4>
<p>53022, с. Гречані Поди, вул. Соборна, 9, каб. 12<br>тел. (05655) 0-31-57<br>ssd.hrechanipody@example.ua</p>
</div>
<div class="widget">
<h4>Останні новини</h4>
<ul>
<li><a href="/news/1675">На сесії затвердили бюджет громади на 2023 рік – 96,4 млн грн</a></li>
<li><a href="/news/1671">До громади надійшло 12 генераторів</a></li>
<li><a href="/news/1669">Графік роботи пунктів незламності</a></li>
</ul>
</div>
<div class="widget">
<h4>Телефон довіри</h4>
<p>Дитяча «гаряча лінія» 116 111</p>
</div>
</div>
</div>
</div>
<div class="footer">
  <div class="container">
    <p>© 2017–2023 Гречаноподівська сільська рада. Усі права захищено.</p>
    <p>53022, Дніпропетровська обл., Криворізький р-н, с. Гречані Поди, вул. Соборна, 9 · ЄДРПОУ 04339721</p>
    <p>Сайт працює на платформі «Громада»</p>
  </div>
</div>
</body>
</html>
"""

path = report_path(DOC)
write_text(path, HTML)

g = Gold(DOC, {
    "centre": "Служба у справах дітей Гречаноподівської сільської ради",
    "centre_type": "other",
    "settlement": "Гречані Поди",
    "oblast": "Дніпропетровська",
    "report_kind": "period_report",
    "period_start": "2022-01-01",
    "period_end": "2022-12-31",
    "published": "2023-01-27",
}, meta_alt={"report_kind": ["annual_report"]})
f = g.f
reg = f("registered", "children", 27, "на первинному обліку служби перебуває 27 дітей-сиріт",
        category="діти-сироти та діти, позбавлені батьківського піклування")
new = f("registered_new", "children", 6, "Протягом року на облік взято 6 дітей",
        category="діти-сироти та діти, позбавлені батьківського піклування")
der = f("deregistered", "children", 3, "знято з обліку 3 дітей",
        category="діти-сироти та діти, позбавлені батьківського піклування")
d1 = f("deregistered", "children", 2, "двоє – у зв'язку з досягненням повноліття", label="досягнення повноліття",
       group="dereg_3_by_reason", parent=der, note="number in words: «двоє» = 2")
d2 = f("deregistered", "children", 1, "одна дитина – у зв'язку з усиновленням", label="усиновлення",
       group="dereg_3_by_reason", parent=der, note="number in words: «одна» = 1")
sjo = f("registered", "children", 14, "на кінець року перебувало 14 дітей з 9 сімей",
        category="діти, які перебувають у складних життєвих обставинах")
sjo_f = f("registered", "families", 9, "14 дітей з 9 сімей",
          category="сім'ї з дітьми, які перебувають у складних життєвих обставинах",
          note="the families the 14 children belong to")
sjo_new = f("registered_new", "children", 8, "на такий облік поставлено 8 дітей",
            category="діти, які перебувають у складних життєвих обставинах")
sjo_der = f("deregistered", "children", 5, "з обліку знято 5 дітей у зв'язку з усуненням причин",
            category="діти, які перебувають у складних життєвих обставинах", alt=["outcome_positive"])
notif = f("notified", "children", 7, "надійшли повідомлення щодо 7 дітей",
          label="жорстоке поводження / домашнє насильство")
war = f("registered_new", "children", 112, "112 дітям", label="статус дитини, яка постраждала внаслідок воєнних дій")
war_idp = f("registered_new", "children", 23, "з них 23 дитини – з числа внутрішньо переміщених",
            label="статус дитини, яка постраждала внаслідок воєнних дій", category="внутрішньо переміщені особи",
            parent=war)
ap = f("applied", "applications", 46, "до служби надійшло 46 звернень громадян")
ap1 = f("applied", "applications", 17, "письмових – 17", label="письмові", group="appeals_46_by_form", parent=ap)
ap2 = f("applied", "applications", 29, "усних – 29", label="усні", group="appeals_46_by_form", parent=ap)
ev = f("events", "events", 5, "провели 5 інформаційно-просвітницьких заходів")
evp = f("event_participants", "children", 214, "якими охоплено 214 учнів", parent=ev, unit_alt="persons")
act = f("staff_actual", "staff", 3, "У службі працює 3 фахівці")
pos = f("staff_positions", "positions", 4, "штатом передбачено 4 посади")
# table, 2022 column
t1 = f("registered", "children", 27,
       "Діти-сироти та діти, позбавлені батьківського піклування, на обліку (на кінець року)\t24\t27",
       category="діти-сироти та діти, позбавлені батьківського піклування", label="таблиця, 2022")
t2 = f("registered_new", "children", 6,
       "Взято на облік дітей-сиріт та дітей, позбавлених батьківського піклування\t5\t6",
       category="діти-сироти та діти, позбавлені батьківського піклування", label="таблиця, 2022")
t3 = f("registered", "children", 14, "Діти у СЖО на обліку (на кінець року)\t11\t14",
       category="діти, які перебувають у складних життєвих обставинах", label="таблиця, 2022")
t4 = f("registered_new", "children", 112, "Надано статус дитини, яка постраждала внаслідок воєнних дій\t–\t112",
       label="статус дитини, яка постраждала внаслідок воєнних дій; таблиця, 2022")
t5 = f("applied", "applications", 46, "Звернення громадян\t39\t46", label="таблиця, 2022")

g.check("parts_sum", "знято з обліку 3 дітей: двоє – у зв'язку з досягненням повноліття, одна дитина",
        "2 + 1 = 3", f"{d1} + {d2} == {der}")
g.check("parts_sum", "(на початок року – 24). Протягом року на облік взято 6 дітей",
        "register movement: 24 at the start + 6 taken − 3 removed = 27 at the end", f"24 + {new} - {der} == {reg}")
g.check("parts_sum", "Із 27 дітей 19 виховуються в сім'ях опікунів, піклувальників, 5",
        "placements 19 + 5 + 3 = 27 (placements have no §3 id: literals)", f"19 + 5 + 3 == {reg}")
g.check("percent_mismatch", "Частка дітей, влаштованих у сімейні форми виховання, становить 88,9 %",
        "(19 + 5) / 27 = 88,89 % → 88,9 (share skipped: derived from placements, used as a literal)",
        f"pct_ok(88.9, 19 + 5, {reg}, 1)")
g.check("parts_sum", "Упродовж 2022 року на такий облік поставлено 8 дітей",
        "СЖО register: 11 at the end of 2021 (table) + 8 − 5 = 14", f"11 + {sjo_new} - {sjo_der} == {sjo}")
g.check("parts_sum", "із них письмових – 17, усних – 29", "17 + 29 = 46", f"{ap1} + {ap2} == {ap}")
g.check("parts_sum", "з них 23 дитини – з числа внутрішньо переміщених", "23 ≤ 112", f"{war_idp} <= {war}")
g.check("internal_conflict", "Звернення громадян\t39\t46",
        "the 2022 column repeats the prose: 27, 6, 14, 112, 46",
        f"{t1} == {reg} and {t2} == {new} and {t3} == {sjo} and {t4} == {war} and {t5} == {ap}")
g.check("parts_sum", "У службі працює 3 фахівці (штатом передбачено 4 посади)", "3 ≤ 4", f"{act} <= {pos}")

g.skip("Приймальня: (05655) 0-31-42", [5655, 3142], "phone in the top bar (site furniture)")
g.skip("Пн–Пт 8:00–17:00", [8, 0, 17], "office hours in the top bar")
g.skip("Опубліковано: 27.01.2023 10:14", [27, 1, 2023, 10, 14], "publication date and time")
g.skip("Переглядів: 412", [412], "view counter")
g.skip("де на 01.01.2022 проживало 2 318 дітей", [1, 2022, 2318], "date, child population")
g.skip("Станом на 31.12.2022", [31, 12, 2022], "date")
g.skip("(на початок року – 24)", [24], "start-of-year register (used as a literal in a check)")
g.skip("Із 27 дітей 19 виховуються в сім'ях опікунів, піклувальників, 5 – у прийомних сім'ях та дитячому будинку "
       "сімейного типу, 3 – у закладах інституційного догляду", [19, 5, 3], "placements by form (no §3 id)")
g.skip("Частка дітей, влаштованих у сімейні форми виховання, становить 88,9 %", [88.9],
       "share of placements in family forms: a placement figure, not a service share (used as a literal)")
g.skip("постанови Кабінету Міністрів України від 05.04.2017 № 268", [5, 4, 2017, 268], "legal act date and number")
g.skip("Проведено 11 профілактичних рейдів", [11], "raids (no §3 id)")
g.skip("комісія з питань захисту прав дитини провела 14 засідань, на яких розглянуто 63 питання", [14, 63],
       "commission sittings and questions (no §3 id)")
g.skip("До суду підготовлено 9 висновків органу опіки та піклування", [9], "court opinions (no §3 id)")
g.skip("Показник\t2021\t2022", [2021, 2022], "years (column heads)")
g.skip("Діти-сироти та діти, позбавлені батьківського піклування, на обліку (на кінець року)\t24\t27", [24],
       "2021 column of the table")
g.skip("Взято на облік дітей-сиріт та дітей, позбавлених батьківського піклування\t5\t6", [5], "2021 column")
g.skip("Діти у СЖО на обліку (на кінець року)\t11\t14", [11], "2021 column (used as a literal in a check)")
g.skip("Звернення громадян\t39\t46", [39], "2021 column")
g.skip("У 2023 році служба планує збільшити кількість прийомних сімей до 3 та створити ще один дитячий будинок "
       "сімейного типу", [2023, 3, 1], "plan for 2023")

g.note("a служба у справах дітей → centre_type other. Title «Аналітична довідка … у 2022 році» → period_report "
       "(SPEC §5 puts analytic notes there); annual_report accepted in meta_alt")
g.note("registers: orphans 27 and СЖО 14 → registered (children); taken on → registered_new; removed → deregistered "
       "with reasons as labelled parts. «знято з обліку 5 дітей у зв'язку з усуненням причин, що зумовили СЖО» → "
       "deregistered, alt outcome_positive")
g.note("«14 дітей з 9 сімей» → two registered rows (children, families); the families are not a parent of the "
       "children here because both are the same register told in two units")
g.note("the war-affected status (112, of them 23 IDP) → registered_new with a label, as blind18 did")
g.note("«повідомлення щодо 7 дітей» → notified, unit children")
g.note("the table repeats the 2022 prose figures: five more facts (label «таблиця, 2022»); its 2021 column is "
       "skipped, and 24 / 11 from it and the prose are used as literals in register-movement checks")
g.note("«охоплено 214 учнів» → event_participants, unit children (pupils), unit_alt persons")
g.note("site furniture (top bar phone and hours, menu, breadcrumbs, sidebar contacts and news with their numbers, "
       "footer with ЄДРПОУ) is not part of the report: numbers from it that the reader prints are skipped")
g.write()
