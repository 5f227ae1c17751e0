"""b121_03: служба у справах дітей Лука-Мелешківської сільської ради, annual information 2022
(council web page with site furniture; third person; no planted slip)."""
from common import Gold, report_path, write_text

NAME = "b121_03_luka_meleshkivska_ssd_annual2022.html"
HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Інформація про роботу служби у справах дітей за 2022 рік | Лука-Мелешківська сільська рада</title>
<link rel="stylesheet" href="/templates/gromada/css/style.css">
</head>
<body class="page-news">
<div class="top-bar">Лука-Мелешківська сільська рада Вінницького району Вінницької області | тел. (0432) 0-55-61-20 | rada@example.ua</div>
<div id="header">
  <div class="gerb"><img src="/images/gerb.png" alt="Герб громади"></div>
  <div class="site-title">Лука-Мелешківська сільська територіальна громада</div>
  <form class="search" action="/search"><input type="text" name="q" placeholder="Пошук..."></form>
</div>
<div class="main-menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/gromada">Громада</a></li>
    <li><a href="/rada">Рада</a></li>
    <li><a href="/vykonkom">Виконавчий комітет</a></li>
    <li><a href="/ssd">Служба у справах дітей</a></li>
    <li><a href="/docs">Документи</a></li>
    <li><a href="/contacts">Контакти</a></li>
  </ul>
</div>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/ssd">Служба у справах дітей</a> / <span>Звіти</span></div>
<div class="wrapper">
<div class="content-col">
<h1 class="entry-title">Інформація про роботу служби у справах дітей Лука-Мелешківської сільської ради за 2022 рік</h1>
<div class="post-meta">18.01.2023 10:42 | Переглядів: 276</div>
<div class="entry-content">
<p>Служба у справах дітей Лука-Мелешківської сільської ради є виконавчим органом сільської ради, утвореним
рішенням сесії від 24.12.2020 № 37. У громаді проживає 2 736 дітей. Незважаючи на повномасштабну
збройну агресію, служба протягом 2022 року забезпечувала захист прав дітей у всіх старостинських округах.</p>
<h2>Діти-сироти та діти, позбавлені батьківського піклування</h2>
<p>Станом на 31.12.2022 на первинному обліку служби перебуває 41 дитина-сирота та дитина, позбавлена
батьківського піклування (на початок року – 38), з них 17 дітей-сиріт та 24 дитини, позбавлені
батьківського піклування. Протягом року на облік узято 9 дітей, знято з обліку 6 дітей: 4 – у зв'язку з
досягненням повноліття, 2 – у зв'язку з усиновленням.</p>
<p>У сімейних формах виховання влаштовано 37 дітей, що становить 90,2 % від кількості дітей, які
перебувають на обліку:</p>
<ul>
<li>під опікою, піклуванням – 29;</li>
<li>у прийомних сім'ях – 6;</li>
<li>у дитячих будинках сімейного типу – 2.</li>
</ul>
<p>У закладах інституційного догляду та виховання перебувають 4 дитини (діти з тяжкими формами
інвалідності).</p>
<h2>Діти у складних життєвих обставинах</h2>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, на кінець року перебуває 23 дитини
з 14 сімей. Упродовж 2022 року на такий облік поставлено 11 дітей, знято з обліку 8 дітей у зв'язку з
подоланням складних життєвих обставин. Спільно з центром надання соціальних послуг проведено оцінку
потреб 17 дітей. Надійшли повідомлення щодо 19 дітей, які могли постраждати від домашнього насильства;
за кожним повідомленням вжито заходів реагування протягом доби.</p>
<h2>Діти, які постраждали внаслідок воєнних дій</h2>
<p>Відповідно до постанови Кабінету Міністрів України від 05.04.2017 № 268 статус дитини, яка постраждала
внаслідок воєнних дій та збройних конфліктів, у 2022 році надано 64 дітям, серед них 12 дітей з
числа внутрішньо переміщених осіб.</p>
<h2>Звернення, профілактика, кадри</h2>
<p>До служби надійшло 87 звернень громадян (усних – 52, письмових – 35); на «гарячу лінію» служби
надійшло 58 дзвінків. Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто
46 питань, підготовлено 14 висновків до суду. Спільно з ювенальною превенцією здійснено 6 рейдів
«Діти вулиці».</p>
<p>Разом з центром надання соціальних послуг та закладами освіти проведено 9 профілактичних заходів
для учнів 5–11 класів, якими охоплено 420 дітей.</p>
<p>Штатним розписом служби передбачено 4 посади, фактично працює 3 працівники; 2 працівники у 2022 році
пройшли навчання з питань захисту прав дітей в умовах воєнного стану.</p>
<p>У 2023 році служба планує збільшити кількість дітей у сімейних формах виховання до 39 та створити
один дитячий будинок сімейного типу.</p>
</div>
<div class="post-tags">Теги: <a href="/tag/ssd">служба у справах дітей</a>, <a href="/tag/zvit">звіт</a></div>
</div>
<div class="sidebar">
  <div class="widget"><h3>Громада в цифрах</h3>
    <p>Населення: 11 940 осіб</p><p>Площа: 212 км²</p><p>Старостинських округів: 8</p></div>
  <div class="widget"><h3>Останні новини</h3>
    <ul><li><a href="/news/1">17.01.2023 Засідання виконкому № 2</a></li>
        <li><a href="/news/2">16.01.2023 Графік прийому громадян</a></li></ul></div>
  <div class="widget"><h3>Служба у справах дітей</h3><p>тел. (0432) 0-55-61-27</p><p>Пн–Пт 8:00–17:00</p></div>
</div>
</div>
<div class="footer">
  <p>© 2021–2023 Лука-Мелешківська сільська рада. 23251, Вінницька обл., с. Лука-Мелешківська, вул. Центральна, 3</p>
  <p>Код ЄДРПОУ 04330519. Усі матеріали сайту доступні за ліцензією Creative Commons Attribution 4.0.</p>
</div>
</body>
</html>
"""
write_text(report_path(NAME), HTML)

g = Gold(NAME, {"centre": "Служба у справах дітей Лука-Мелешківської сільської ради", "centre_type": "other",
                "settlement": "Лука-Мелешківська", "oblast": "Вінницька", "report_kind": "annual_report",
                "period_start": "2022-01-01", "period_end": "2022-12-31", "published": "2023-01-18"},
         {"settlement": ["Лука-Мелешківська сільська громада"]})
F = g.f
reg = F("registered", "children", 41, "на первинному обліку служби перебуває 41 дитина-сирота та дитина", label="діти-сироти та діти, позбавлені батьківського піклування")
r1 = F("registered", "children", 17, "з них 17 дітей-сиріт", label="діти-сироти", group="register_41_by_status", parent=reg)
r2 = F("registered", "children", 24, "24 дитини, позбавлені", label="діти, позбавлені батьківського піклування", group="register_41_by_status", parent=reg)
new = F("registered_new", "children", 9, "Протягом року на облік узято 9 дітей", label="діти-сироти та діти, позбавлені батьківського піклування")
der = F("deregistered", "children", 6, "знято з обліку 6 дітей", label="діти-сироти та діти, позбавлені батьківського піклування")
d1 = F("deregistered", "children", 4, "4 – у зв'язку з досягненням повноліття", label="досягнення повноліття", group="deregistered_6_by_reason", parent=der)
d2 = F("deregistered", "children", 2, "2 – у зв'язку з усиновленням", label="усиновлення", group="deregistered_6_by_reason", parent=der)
sjo_f = F("registered", "families", 14, "23 дитини з 14 сімей", label="сім'ї, діти яких перебувають у СЖО")
sjo = F("registered", "children", 23, "перебуває 23 дитини", label="діти у складних життєвих обставинах", parent=sjo_f)
F("registered_new", "children", 11, "на такий облік поставлено 11 дітей", label="діти у складних життєвих обставинах")
F("deregistered", "children", 8, "знято з обліку 8 дітей у зв'язку з подоланням складних життєвих обставин", label="подолання СЖО", alt=["outcome_positive"])
F("needs_assessed", "children", 17, "проведено оцінку потреб 17 дітей")
F("notified", "children", 19, "Надійшли повідомлення щодо 19 дітей", label="могли постраждати від домашнього насильства")
war = F("registered_new", "children", 64, "у 2022 році надано 64 дітям", label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
war_idp = F("registered_new", "children", 12, "серед них 12 дітей з числа внутрішньо переміщених осіб", category="внутрішньо переміщені особи", label="статус дитини, яка постраждала внаслідок воєнних дій", parent=war)
app = F("applied", "applications", 87, "До служби надійшло 87 звернень громадян")
a1 = F("applied", "applications", 52, "усних – 52", label="усні", group="applied_87_by_form", parent=app)
a2 = F("applied", "applications", 35, "письмових – 35", label="письмові", group="applied_87_by_form", parent=app)
F("calls", "calls", 58, "на «гарячу лінію» служби надійшло 58 дзвінків")
ev = F("events", "events", 9, "проведено 9 профілактичних заходів")
F("event_participants", "children", 420, "якими охоплено 420 дітей", parent=ev)
pos = F("staff_positions", "positions", 4, "Штатним розписом служби передбачено 4 посади")
act = F("staff_actual", "staff", 3, "фактично працює 3 працівники")
tr = F("staff_trained", "staff", 2, "2 працівники у 2022 році пройшли навчання")
C = g.check
C("parts_sum", "з них 17 дітей-сиріт та 24 дитини", "17 + 24 = 41", f"{r1} + {r2} == {reg}")
C("parts_sum", "(на початок року – 38)", "38 at the start + 9 taken − 6 removed = 41 (38 is a skipped literal)", f"38 + {new} - {der} == {reg}")
C("parts_sum", "знято з обліку 6 дітей: 4", "4 + 2 = 6", f"{d1} + {d2} == {der}")
C("parts_sum", "під опікою, піклуванням – 29;", "family forms 29 + 6 + 2 = 37 (skipped literals)", "29 + 6 + 2 == 37")
C("parts_sum", "У закладах інституційного догляду та виховання перебувають 4 дитини", "37 in family forms + 4 in institutions = 41 on the register", f"37 + 4 == {reg}")
C("percent_mismatch", "влаштовано 37 дітей, що становить 90,2 %", "37/41 = 90,24 → 90,2", f"pct_ok(90.2, 37, {reg}, 1)")
C("parts_sum", "усних – 52, письмових – 35", "52 + 35 = 87", f"{a1} + {a2} == {app}")
C("parts_sum", "серед них 12 дітей з", "12 ≤ 64", f"{war_idp} <= {war}")
C("parts_sum", "фактично працює 3 працівники", "2 trained ≤ 3 working ≤ 4 positions", f"{tr} <= {act} <= {pos}")
S = g.skip
S("тел. (0432) 0-55-61-20", [432, 556120], "phone in the top bar")
S("за 2022 рік", [2022], "year in the title")
S("18.01.2023 10:42 | Переглядів: 276", [18, 1, 2023, 10, 42, 276], "publication date/time, view counter")
S("рішенням сесії від 24.12.2020 № 37", [24, 12, 2020, 37], "decision date and number")
S("У громаді проживає 2 736 дітей", [2736], "child population")
S("Станом на 31.12.2022", [31, 12, 2022], "date")
S("(на початок року – 38)", [38], "start-of-year register (another date); used as a literal")
S("У сімейних формах виховання влаштовано 37 дітей, що становить 90,2 %", [37, 90.2], "placements in family forms with a share; no §3 id (used as literals)")
S("під опікою, піклуванням – 29;", [29], "placement form; no §3 id")
S("у прийомних сім'ях – 6;", [6], "placement form; no §3 id")
S("у дитячих будинках сімейного типу – 2.", [2], "placement form; no §3 id")
S("перебувають 4 дитини", [4], "children in institutions; no §3 id (used as a literal)")
S("від 05.04.2017 № 268", [5, 4, 2017, 268], "КМУ act date and number")
S("Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 46 питань, підготовлено 14 висновків до суду", [11, 46, 14], "commission sittings, questions, court opinions; no §3 id")
S("здійснено 6 рейдів", [6], "raids; no §3 id")
S("для учнів 5–11 класів", [5, 11], "school grades")
S("У 2023 році служба планує збільшити кількість дітей у сімейних формах виховання до 39", [2023, 39], "plan for 2023")
S("за кожним повідомленням вжито заходів реагування протягом доби", [], "duration in words; no figure")
g.note("a служба у справах дітей is centre_type other (blind18 convention); its registers are registered / registered_new / deregistered (children)")
g.note("war-affected status granted in 2022 → registered_new with a label; the 12 IDP children hang on it (parent only, «серед них»)")
g.note("«23 дитини з 14 сімей» on the СЖО register → registered families 14 and registered children 23, the children hanging on the families row (SPEC §3)")
g.note("«знято з обліку 8 дітей у зв'язку з подоланням СЖО» → deregistered, alt outcome_positive")
g.note("placements (37 in family forms, 29/6/2 by form, 4 in institutions) have no §3 id: skipped and used as literals in checks")
g.note("site furniture: the top bar prints (its phone is skipped); header, menu, breadcrumbs, tags, sidebar («Громада в цифрах»: 11 940, 212, 8; news dates; phone) and footer (postcode, address, ЄДРПОУ) were not printed by the reader, so they are neither facts nor skips")
g.note("no planted slip: everything adds up")
g.write()
