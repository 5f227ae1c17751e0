"""b98_03: служба у справах дітей Куцурубської сільської ради (Миколаївська), information on 2022.
Council web page (HTML, div layout with header, menu, breadcrumbs, sidebar with numbers, footer). Impersonal voice.
No planted slip."""
from common import Gold, report_path, write_text

DOC = "b98_03_kutsurub_ssd_annual2022.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Інформація про роботу служби у справах дітей за 2022 рік | Куцурубська сільська рада</title>
<link rel="stylesheet" href="/templates/hromada/css/style.css">
</head>
<body class="page-news">
<div id="top-bar" class="top-bar">
  <div class="container">
    <span class="tb-phone">Приймальня: (05154) 0-27-63</span>
    <span class="tb-mail">kutsurub.rada@example.ua</span>
    <a class="tb-eye" href="#">Версія для людей з порушеннями зору</a>
  </div>
</div>
<div id="header" class="header">
  <div class="container">
    <a class="logo" href="/"><img src="/images/gerb.png" alt="Герб"></a>
    <div class="site-name">Куцурубська сільська рада<br><small>Миколаївський район, Миколаївська область</small></div>
  </div>
</div>
<div id="main-menu" class="menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/gromada">Громада</a></li>
    <li><a href="/vlada">Влада</a></li>
    <li><a href="/news">Новини</a></li>
    <li><a href="/docs">Документи</a></li>
    <li><a href="/zvernennia">Звернення громадян</a></li>
    <li><a href="/contacts">Контакти</a></li>
  </ul>
</div>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/news">Новини</a> » <a href="/news/ssd">Служба у справах дітей</a> » Інформація про роботу служби у справах дітей за 2022 рік</div>
<div class="container content-wrap">
 <div class="content">
  <div class="item-page">
   <h1>Інформація про роботу служби у справах дітей Куцурубської сільської ради за 2022 рік</h1>
   <div class="article-info">Опубліковано: 18.01.2023 | Категорія: Служба у справах дітей | Переглядів: 417</div>
   <p>Служба у справах дітей Куцурубської сільської ради (далі – Служба) діє відповідно до Положення, затвердженого рішенням сільської ради від 24.02.2021 № 17. Попри воєнний стан, обстріли населених пунктів громади та тимчасову евакуацію частини мешканців, Служба у 2022 році працювала без перерв.</p>
   <h2>Діти, позбавлені батьківського піклування</h2>
   <p>Станом на 31.12.2022 на первинному обліку Служби перебуває 38 дітей-сиріт та дітей, позбавлених батьківського піклування (на 01.01.2022 – 35), з них 13 дітей-сиріт і 25 дітей, позбавлених батьківського піклування. Під опікою, піклуванням виховується 29 дітей, у прийомних сім'ях – 6, у дитячому будинку сімейного типу – 3.</p>
   <p>Протягом року взято на первинний облік 7 дітей, знято з обліку 4 дитини: у зв'язку з досягненням повноліття – 3, у зв'язку з усиновленням – 1. До суду Службою подано 5 позовних заяв про позбавлення батьківських прав.</p>
   <table class="table">
    <caption>Рух дітей на первинному обліку</caption>
    <tr><th>Показник</th><th>2021 рік</th><th>2022 рік</th></tr>
    <tr><td>Взято на облік</td><td>5</td><td>7</td></tr>
    <tr><td>Знято з обліку</td><td>6</td><td>4</td></tr>
    <tr><td>Усиновлено</td><td>2</td><td>1</td></tr>
    <tr><td>Влаштовано в сімейні форми виховання</td><td>4</td><td>5</td></tr>
   </table>
   <h2>Діти у складних життєвих обставинах</h2>
   <p>На обліку дітей, які перебувають у складних життєвих обставинах, станом на кінець року перебуває 21 дитина з 12 сімей (на початок року – 19 дітей). Упродовж 2022 року поставлено на облік 8 дітей, знято з обліку 6 дітей у зв'язку з поліпшенням умов проживання та виховання.</p>
   <p>До Служби надійшло 19 повідомлень про дітей, які можуть перебувати у складних життєвих обставинах; за кожним повідомленням проведено перевірку в межах 24 годин.</p>
   <p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2022 році надано 64 дітям, у тому числі 11 дітям з числа внутрішньо переміщених осіб.</p>
   <h2>Звернення громадян та профілактика</h2>
   <p>Протягом 2022 року до Служби надійшло 143 звернення громадян: 61 письмова заява та 82 усні звернення. На телефон «гарячої лінії» Служби надійшло 27 дзвінків.</p>
   <p>Проведено 9 засідань комісії з питань захисту прав дитини, на яких розглянуто 47 питань. Разом із сектором ювенальної превенції здійснено 14 рейдів («Діти вулиці», «Урок», «Вокзал»).</p>
   <p>У закладах освіти громади проведено 6 профілактичних заходів для учнів віком від 12 до 17 років, якими охоплено 530 учнів.</p>
   <h2>Кадрове забезпечення</h2>
   <p>При штатній чисельності 4 одиниці у Службі працюють 3 працівники. У 2023 році Служба планує взяти на облік усіх дітей, які повернулися до громади після евакуації.</p>
   <p>Контакти Служби: 57514, Миколаївська обл., Миколаївський р-н, с. Куцуруб, вул. Шкільна, 3, каб. 12; тел. (05154) 0-31-08; ssd.kutsurub@example.ua.</p>
  </div>
 </div>
 <div class="sidebar">
  <div class="module">
   <h3>Громада в цифрах</h3>
   <ul>
    <li>Населених пунктів: 20</li>
    <li>Старостинських округів: 6</li>
    <li>Населення: 19 412 осіб</li>
    <li>Площа: 516 км²</li>
   </ul>
  </div>
  <div class="module">
   <h3>Останні новини</h3>
   <ul>
    <li><a href="/news/1812">Видано 120 обігрівачів для сімей з дітьми (16.01.2023)</a></li>
    <li><a href="/news/1809">Графік роботи пунктів незламності</a></li>
    <li><a href="/news/1801">Сесія сільської ради 29.12.2022</a></li>
   </ul>
  </div>
 </div>
</div>
<div id="footer" class="footer">
  <div class="container">© 2017–2023 Куцурубська сільська рада. Код ЄДРПОУ 04376615. 57514, с. Куцуруб, вул. Миру, 1.
  Усі матеріали сайту доступні за ліцензією Creative Commons Attribution 4.0.</div>
</div>
</body>
</html>
"""

path = report_path(DOC)
write_text(path, HTML)

g = Gold(DOC, {
    "centre": "Служба у справах дітей Куцурубської сільської ради",
    "centre_type": "other", "settlement": "Куцуруб", "oblast": "Миколаївська",
    "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31",
    "published": "2023-01-18"},
    {"settlement": ["Куцурубська сільська громада"]})
F = g.f
f_reg = F("registered", "children", 38, "на первинному обліку Служби перебуває 38 дітей-сиріт",
          label="діти-сироти та діти, позбавлені батьківського піклування, на 31.12.2022")
f_r1 = F("registered", "children", 13, "з них 13 дітей-сиріт", category="діти-сироти", group="orphans_38", parent=f_reg)
f_r2 = F("registered", "children", 25, "25 дітей, позбавлених батьківського піклування",
         category="діти, позбавлені батьківського піклування", group="orphans_38", parent=f_reg)
f_new = F("registered_new", "children", 7, "Протягом року взято на первинний облік 7 дітей",
          label="первинний облік дітей-сиріт та дітей, позбавлених батьківського піклування")
f_out = F("deregistered", "children", 4, "знято з обліку 4 дитини",
          label="первинний облік дітей-сиріт та дітей, позбавлених батьківського піклування")
f_o1 = F("deregistered", "children", 3, "у зв'язку з досягненням повноліття – 3", label="досягнення повноліття",
         group="removed_4", parent=f_out)
f_o2 = F("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="усиновлення", group="removed_4", parent=f_out)
f_tnew = F("registered_new", "children", 7, "Взято на облік\t5\t7", label="таблиця, 2022 рік",
           note="the 2022 column of the table repeats the prose: two facts")
f_tout = F("deregistered", "children", 4, "Знято з обліку\t6\t4", label="таблиця, 2022 рік")
f_sj = F("registered", "children", 21, "станом на кінець року перебуває 21 дитина з 12 сімей",
         label="діти у складних життєвих обставинах, на кінець року")
f_sjf = F("registered", "families", 12, "станом на кінець року перебуває 21 дитина з 12 сімей",
          label="сім'ї дітей у складних життєвих обставинах, на кінець року",
          note="the children are written first, the families after; each is its own row (families not a parent here)")
f_sjn = F("registered_new", "children", 8, "поставлено на облік 8 дітей", label="діти у складних життєвих обставинах")
f_sjo = F("deregistered", "children", 6, "знято з обліку 6 дітей у зв'язку з поліпшенням умов проживання та виховання",
          label="діти у СЖО: поліпшення умов проживання та виховання", alt=["outcome_positive"])
f_not = F("notified", "children", 19, "До Служби надійшло 19 повідомлень про дітей",
          unit_alt="applications", note="19 notifications about children; unit children (one notification per child is not stated), alt applications")
f_war = F("registered_new", "children", 64, "у 2022 році надано 64 дітям",
          label="надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
f_war2 = F("registered_new", "children", 11, "у тому числі 11 дітям з числа внутрішньо переміщених осіб",
           label="надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів",
           category="внутрішньо переміщені особи", parent=f_war)
f_app = F("applied", "applications", 143, "до Служби надійшло 143 звернення громадян")
f_a1 = F("applied", "applications", 61, "61 письмова заява", label="письмові заяви", group="appeals_143", parent=f_app)
f_a2 = F("applied", "applications", 82, "82 усні звернення", label="усні звернення", group="appeals_143", parent=f_app)
f_calls = F("calls", "calls", 27, "надійшло 27 дзвінків")
f_ev = F("events", "events", 6, "проведено 6 профілактичних заходів")
f_evp = F("event_participants", "children", 530, "якими охоплено 530 учнів", unit_alt="persons", parent=f_ev)
f_pos = F("staff_positions", "positions", 4, "При штатній чисельності 4 одиниці")
f_act = F("staff_actual", "staff", 3, "у Службі працюють 3 працівники")

g.check("parts_sum", "з них 13 дітей-сиріт і 25 дітей, позбавлених батьківського піклування", "13 + 25 = 38",
        f"{f_r1} + {f_r2} == {f_reg}")
g.check("parts_sum", "Під опікою, піклуванням виховується 29 дітей, у прийомних сім'ях – 6, у дитячому будинку сімейного типу – 3",
        "placements 29 + 6 + 3 = 38 (literals: placements have no §3 id)", f"29 + 6 + 3 == {f_reg}")
g.check("parts_sum", "у зв'язку з досягненням повноліття – 3, у зв'язку з усиновленням – 1", "3 + 1 = 4",
        f"{f_o1} + {f_o2} == {f_out}")
g.check("table_arithmetic", "(на 01.01.2022 – 35)", "register movement: 35 at the start + 7 − 4 = 38 (35 is a literal)",
        f"35 + {f_new} - {f_out} == {f_reg}")
g.check("internal_conflict", "Взято на облік\t5\t7", "table 2022 column equals the prose (7 taken, 4 removed, 1 adoption)",
        f"{f_tnew} == {f_new} and {f_tout} == {f_out} and {f_o2} == 1")
g.check("table_arithmetic", "(на початок року – 19 дітей)", "СЖО register: 19 + 8 − 6 = 21 (19 is a literal)",
        f"19 + {f_sjn} - {f_sjo} == {f_sj}")
g.check("parts_sum", "у тому числі 11 дітям з числа внутрішньо переміщених осіб", "11 ≤ 64", f"{f_war2} <= {f_war}")
g.check("parts_sum", "61 письмова заява та 82 усні звернення", "61 + 82 = 143", f"{f_a1} + {f_a2} == {f_app}")
g.check("parts_sum", "у Службі працюють 3 працівники", "3 ≤ 4", f"{f_act} <= {f_pos}")

g.skip("Приймальня: (05154) 0-27-63", [5154, 2763], "phone in the site's top bar")
g.skip("Опубліковано: 18.01.2023 | Категорія: Служба у справах дітей | Переглядів: 417", [18, 1, 2023, 417],
       "publication date, view counter")
g.skip("Інформація про роботу служби у справах дітей Куцурубської сільської ради за 2022 рік", [2022], "year in the title")
g.skip("затвердженого рішенням сільської ради від 24.02.2021 № 17", [24, 2, 2021, 17], "decision date and number")
g.skip("Станом на 31.12.2022", [31, 12, 2022], "date")
g.skip("(на 01.01.2022 – 35)", [1, 1, 2022, 35], "stock at the start of the year (the previous period's end); used as a literal")
g.skip("Під опікою, піклуванням виховується 29 дітей, у прийомних сім'ях – 6, у дитячому будинку сімейного типу – 3",
       [29, 6, 3], "placements by form: no §3 id; used as literals")
g.skip("До суду Службою подано 5 позовних заяв про позбавлення батьківських прав", [5], "court claims: no §3 id")
g.skip("Показник\t2021 рік\t2022 рік", [2021, 2022], "column years")
g.skip("Взято на облік\t5\t7", [5], "2021 column")
g.skip("Знято з обліку\t6\t4", [6], "2021 column")
g.skip("Усиновлено\t2\t1", [2, 1], "adoptions: no §3 id (2021 and 2022)")
g.skip("Влаштовано в сімейні форми виховання\t4\t5", [4, 5], "placements into family forms: no §3 id (2021 and 2022)")
g.skip("(на початок року – 19 дітей)", [19], "stock at the start of the year; used as a literal")
g.skip("проведено перевірку в межах 24 годин", [24], "duration")
g.skip("Проведено 9 засідань комісії з питань захисту прав дитини, на яких розглянуто 47 питань", [9, 47],
       "commission sittings and questions: no §3 id")
g.skip("здійснено 14 рейдів", [14], "raids: no §3 id")
g.skip("для учнів віком від 12 до 17 років", [12, 17], "ages")
g.skip("У 2023 році Служба планує", [2023], "plan")
g.skip("57514, Миколаївська обл., Миколаївський р-н, с. Куцуруб, вул. Шкільна, 3, каб. 12; тел. (05154) 0-31-08",
       [57514, 3, 12, 5154, 3108], "postcode, address, office, phone")

g.note("служба у справах дітей → centre_type other (blind18 convention); published date from the article info line")
g.note("start-of-year stocks («на 01.01.2022 – 35», «на початок року – 19 дітей») are skipped as the previous period's end state and used as literals in the register-movement checks: choice")
g.note("the 2022 column of the table repeats 7 taken and 4 removed: two facts each; the 2021 column is skipped")
g.note("«21 дитина з 12 сімей» on the СЖО register → registered children 21 and registered families 12, no parent link (the children come first)")
g.note("«знято з обліку 6 дітей у зв'язку з поліпшенням умов» → deregistered (alt outcome_positive)")
g.note("war-affected status granted → registered_new with a label (blind18 convention)")
g.note("of the site furniture only the top bar (phone, e-mail) is in the read text and its phone is skipped; the header, menu, breadcrumbs, the sidebar «Громада в цифрах» with its own numbers and the footer with ЄДРПОУ do not appear in it, so they are not listed")
g.note("no planted slip in this file: everything adds up")
g.write()
