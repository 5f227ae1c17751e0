"""b112_03: служба у справах дітей Прибужанівської сільської ради, annual information 2022 (council web page, HTML)."""
from common import Gold, report_path, write_text

NAME = "b112_03_prybuzhany_ssd_annual2022.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Інформація про роботу служби у справах дітей за 2022 рік | Прибужанівська сільська рада</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/site.css">
</head>
<body>
<div class="top-bar">
  <div class="logo"><a href="/">Прибужанівська сільська рада</a></div>
  <div class="header-contacts">Вознесенський район, Миколаївська область · Приймальня: (05134) 0-22-41 · rada@prybuzhany.example.ua</div>
  <form class="search" action="/search"><input type="text" name="q" placeholder="Пошук по сайту"></form>
</div>
<div class="main-menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/hromada">Громада</a></li>
    <li><a href="/rada">Рада</a></li>
    <li><a href="/vykonkom">Виконком</a></li>
    <li><a href="/docs">Документи</a></li>
    <li><a href="/ssd">Служба у справах дітей</a></li>
    <li><a href="/contacts">Контакти</a></li>
  </ul>
</div>
<div class="breadcrumbs"><a href="/">Головна</a> › <a href="/ssd">Служба у справах дітей</a> › Звіти</div>
<div class="wrapper">
<div id="content" class="content">
<div class="post">
<h1>Інформація про роботу служби у справах дітей Прибужанівської сільської ради за 2022 рік</h1>
<div class="post-meta">Опубліковано: 17.01.2023 · Переглядів: 214</div>

<p>Служба у справах дітей Прибужанівської сільської ради (далі – Служба) є виконавчим органом сільської ради, утвореним рішенням сесії від 23.12.2020 № 27. У 2022 році робота Служби здійснювалася в умовах воєнного стану: частина населених пунктів громади зазнавала обстрілів, а до громади прибули сім'ї з дітьми з Миколаєва та Херсонщини.</p>

<h2>Діти-сироти та діти, позбавлені батьківського піклування</h2>
<p>Станом на 31.12.2022 на первинному обліку Служби перебуває 38 дітей-сиріт та дітей, позбавлених батьківського піклування (на 01.01.2022 – 35), з них:</p>
<ul>
<li>під опікою, піклуванням – 27;</li>
<li>у прийомних сім'ях – 6;</li>
<li>у дитячих будинках сімейного типу – 3;</li>
<li>в закладах інституційного догляду – 2.</li>
</ul>
<p>Протягом звітного року на первинний облік взято 7 дітей, знято з обліку 4 дітей, з них 3 – у зв'язку з досягненням повноліття, 1 – у зв'язку з усиновленням. У сімейні форми виховання влаштовано 5 дітей; кандидатами в прийомні батьки взято на облік 2 сім'ї.</p>

<h2>Діти у складних життєвих обставинах</h2>
<p>Від суб'єктів виявлення надійшли повідомлення щодо 21 дитини, яка може перебувати у складних життєвих обставинах. На обліку дітей, які перебувають у СЖО, на кінець року перебуває 14 дітей з 9 сімей. Працівниками Служби проведено 28 обстежень умов проживання дітей.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2022 році надано 63 дітям, з них 11 – діти з числа внутрішньо переміщених осіб. Рішення приймалися на засіданнях комісії з питань захисту прав дитини: проведено 12 засідань, розглянуто 58 питань.</p>

<h2>Звернення, профілактика, кадри</h2>
<p>До Служби надійшло 46 звернень громадян з питань захисту прав дітей, на «гарячу лінію» – 29 дзвінків. Фахівцями надано 112 консультацій з питань опіки, усиновлення та влаштування дітей. Скарг на дії працівників Служби не надходило.</p>
<p>Спільно з ювенальною превенцією проведено 9 рейдів «Діти вулиці», а в закладах освіти – 17 профілактичних заходів, якими охоплено 640 учнів віком від 10 до 17 років.</p>
<p>У Службі працює 3 працівники при штатній чисельності 3 посади.</p>
<p>У 2023 році Служба планує створити ще 1 прийомну сім'ю та провести не менше 20 профілактичних заходів.</p>
<p class="signature">Служба у справах дітей Прибужанівської сільської ради</p>
<div class="share">Поділитися: Facebook · Telegram · Viber</div>
</div>
</div>
<div id="sidebar" class="sidebar">
  <div class="widget">
    <h3>Громада в цифрах</h3>
    <ul>
      <li>Населення: 9 814 осіб</li>
      <li>Населених пунктів: 24</li>
      <li>Площа: 712 км²</li>
    </ul>
  </div>
  <div class="widget">
    <h3>Служба у справах дітей</h3>
    <p>Телефон довіри: (05134) 0-22-47<br>Прийом громадян: пн–пт, 8.00–17.00</p>
  </div>
  <div class="widget">
    <h3>Останні новини</h3>
    <ul>
      <li><a href="/news/1203">16.01.2023 Засідання виконавчого комітету № 2</a></li>
      <li><a href="/news/1199">12.01.2023 Графік прийому громадян на І квартал</a></li>
      <li><a href="/news/1194">05.01.2023 Пункт незламності: 3 адреси</a></li>
    </ul>
  </div>
</div>
</div>
<div class="footer">
  <p>56573, Миколаївська обл., Вознесенський р-н, с. Прибужани, вул. Миру, 12</p>
  <p>© 2018–2023 Прибужанівська сільська рада. Усі права захищено.</p>
</div>
</body>
</html>
"""
write_text(report_path(NAME), HTML)

g = Gold(NAME, {
    "centre": "Служба у справах дітей Прибужанівської сільської ради",
    "centre_type": "other", "settlement": "Прибужани", "oblast": "Миколаївська",
    "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31",
    "published": "2023-01-17"},
    {"settlement": ["Прибужанівська сільська громада"], "report_kind": ["period_report"]})

reg = g.f("registered", "children", 38, "на первинному обліку Служби перебуває 38 дітей-сиріт", label="діти-сироти та діти, позбавлені батьківського піклування")
parts = [
    g.f("registered", "children", 27, "під опікою, піклуванням – 27", label="під опікою, піклуванням", group="orphans_38_by_form", parent=reg),
    g.f("registered", "children", 6, "у прийомних сім'ях – 6", label="у прийомних сім'ях", group="orphans_38_by_form", parent=reg),
    g.f("registered", "children", 3, "у дитячих будинках сімейного типу – 3", label="у ДБСТ", group="orphans_38_by_form", parent=reg),
    g.f("registered", "children", 2, "в закладах інституційного догляду – 2", label="в закладах інституційного догляду", group="orphans_38_by_form", parent=reg),
]
new = g.f("registered_new", "children", 7, "на первинний облік взято 7 дітей", label="первинний облік")
der = g.f("deregistered", "children", 4, "знято з обліку 4 дітей", label="первинний облік")
d1 = g.f("deregistered", "children", 3, "з них 3 – у зв'язку з досягненням повноліття", label="досягнення повноліття", group="dereg_4", parent=der)
d2 = g.f("deregistered", "children", 1, "1 – у зв'язку з усиновленням", label="усиновлення", group="dereg_4", parent=der)
g.f("notified", "children", 21, "надійшли повідомлення щодо 21 дитини", unit_alt="families")
sj = g.f("registered", "children", 14, "на кінець року перебуває 14 дітей", label="діти у СЖО")
sjf = g.f("registered", "families", 9, "14 дітей з 9 сімей", label="сім'ї дітей у СЖО")
war = g.f("registered_new", "children", 63, "у 2022 році надано 63 дітям", label="статус дитини, яка постраждала внаслідок воєнних дій")
g.f("registered_new", "children", 11, "з них 11 – діти з числа внутрішньо переміщених осіб",
    category="внутрішньо переміщені особи", label="статус дитини, яка постраждала внаслідок воєнних дій", parent=war)
g.f("applied", "applications", 46, "надійшло 46 звернень громадян", unit_alt="persons")
g.f("calls", "calls", 29, "на «гарячу лінію» – 29 дзвінків")
g.f("services_provided", "services", 112, "надано 112 консультацій", service="counselling")
g.f("complaints", "complaints", 0, "Скарг на дії працівників Служби не надходило.")
ev = g.f("events", "events", 17, "17 профілактичних заходів")
g.f("event_participants", "children", 640, "якими охоплено 640 учнів", unit_alt="persons")
act = g.f("staff_actual", "staff", 3, "У Службі працює 3 працівники")
pos = g.f("staff_positions", "positions", 3, "при штатній чисельності 3 посади")

g.check("parts_sum", "перебуває 38 дітей-сиріт та дітей, позбавлених батьківського піклування (на 01.01.2022 – 35), з них:",
        "27 + 6 + 3 + 2 = 38", f"{' + '.join(parts)} == {reg}")
g.check("parts_sum", "знято з обліку 4 дітей, з них 3 – у зв'язку з досягненням повноліття, 1 – у зв'язку з усиновленням",
        "3 + 1 = 4", f"{d1} + {d2} == {der}")
g.check("parts_sum", "(на 01.01.2022 – 35)", "register flow: 35 at the start of the year + 7 taken − 4 removed = 38 (35 is a literal)",
        f"35 + {new} - {der} == {reg}")
g.check("parts_sum", "У Службі працює 3 працівники при штатній чисельності 3 посади", "3 ≤ 3", f"{act} <= {pos}")

g.skip("Опубліковано: 17.01.2023 · Переглядів: 214", [17, 1, 2023, 214], "publication date, view counter")
g.skip("рішенням сесії від 23.12.2020 № 27", [23, 12, 2020, 27], "decision date and number")
g.skip("(на 01.01.2022 – 35)", [1, 1, 2022, 35], "start-of-year register (not the report's end figure; used as a literal)")
g.skip("Станом на 31.12.2022", [31, 12, 2022], "date")
g.skip("У сімейні форми виховання влаштовано 5 дітей", [5], "placements, no §3 id")
g.skip("кандидатами в прийомні батьки взято на облік 2 сім'ї", [2], "candidate foster parents, no §3 id")
g.skip("проведено 28 обстежень умов проживання дітей", [28], "home visits, no §3 id")
g.skip("проведено 12 засідань, розглянуто 58 питань", [12, 58], "commission sittings and items, no §3 id")
g.skip("проведено 9 рейдів «Діти вулиці»", [9], "raids, no §3 id")
g.skip("учнів віком від 10 до 17 років", [10, 17], "ages")
g.skip("У 2023 році Служба планує створити ще 1 прийомну сім'ю та провести не менше 20 профілактичних заходів.", [2023, 1, 20], "plan")
g.note("a служба у справах дітей → centre_type other; its registers are registered / registered_new / deregistered, unit children")
g.note("the end-of-year register 38 is the fact; the start-of-year 35 is skipped and used as a literal in the flow check")
g.note("«14 дітей з 9 сімей» on the СЖО register → two registered facts (children, families); the families row is not a parent of the children since the text counts children first")
g.note("«повідомлення щодо 21 дитини» → notified, unit children (unit_alt families)")
g.note("the war-affected status granted → registered_new with a label (blind18 convention); its 11 IDP children hang on it")
g.note("«112 консультацій» → services_provided, service counselling; «640 учнів» → event_participants, unit children (unit_alt persons)")
g.note("report_kind annual_report (meta_alt period_report: the page calls itself «Інформація про роботу … за 2022 рік»); published from «Опубліковано: 17.01.2023»")
g.note("the header, menu, breadcrumbs, sidebar (population, settlements, area, phone, news dates) and footer carry numbers that are not the report's; `zvitparse read` does not print them, so they need no skip. Were they printed, they are not facts")
g.write()
