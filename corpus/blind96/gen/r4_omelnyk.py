"""b96_04: служба у справах дітей Омельницької сільської ради (Полтавська), annual information 2022.
Council web page, div layout with site furniture (top bar, menu, breadcrumbs, meta line, sidebar with its
own numbers, footer). Third person. No planted slip."""
from common import Gold, report_path, write_text

DOC = "b96_04_omelnyk_ssd_annual2022.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Про роботу служби у справах дітей у 2022 році | Омельницька сільська рада</title>
<link rel="stylesheet" href="/templates/gromada/css/style.css?v=20230114">
<script src="/templates/gromada/js/jquery.min.js"></script>
</head>
<body class="page-news">
<div class="top-bar">
  <div class="container">
    <span class="top-phone">Приймальня: (05348) 0-71-15</span>
    <span class="top-mail">omelnyk.rada@example.ua</span>
    <a class="top-lang" href="/en/">EN</a>
    <a class="top-eye" href="#">Версія для людей з порушенням зору</a>
  </div>
</div>
<div class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/images/gerb.png" alt="Герб громади"></a>
    <div class="site-title">Омельницька сільська рада<br><small>Кременчуцький район, Полтавська область</small></div>
  </div>
</div>
<div class="main-menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/gromada/">Громада</a></li>
    <li><a href="/vlada/">Влада</a></li>
    <li><a href="/docs/">Документи</a></li>
    <li><a href="/news/">Новини</a></li>
    <li><a href="/contacts/">Контакти</a></li>
  </ul>
</div>
<div class="container content-wrap">
  <div class="breadcrumbs"><a href="/">Головна</a> / <a href="/vlada/">Влада</a> / <a href="/vlada/ssd/">Служба у справах дітей</a> / Звіти</div>
  <div class="content">
    <h1 class="page-title">Про роботу служби у справах дітей Омельницької сільської ради у 2022 році</h1>
    <div class="news-meta"><span class="date">16.01.2023 09:42</span> | <span class="author">Служба у справах дітей</span> | <span class="views">Переглядів: 318</span></div>
    <div class="news-text">
<p>Служба у справах дітей Омельницької сільської ради у 2022 році здійснювала свої повноваження в умовах воєнного стану, запровадженого Указом Президента України від 24.02.2022 № 64/2022. Основним завданням залишалося забезпечення захисту прав та інтересів 2 317 дітей, які проживають на території громади.</p>
<p><strong>Діти-сироти та діти, позбавлені батьківського піклування.</strong> Станом на 31.12.2022 на первинному обліку служби перебувало 37 дітей зазначеної категорії (на початок року – 34). Упродовж року на облік взято 6 дітей, знято з обліку 3 дитини, з них у зв’язку з досягненням повноліття – 2, у зв’язку з усиновленням – 1. Усі діти влаштовані в сімейні форми виховання: 29 – під опіку та піклування, 5 – у прийомні сім’ї, 3 – у дитячий будинок сімейного типу.</p>
<p><strong>Діти у складних життєвих обставинах.</strong> Протягом року до служби надійшли повідомлення щодо 15 дітей, які можуть перебувати у складних життєвих обставинах (від закладів освіти, ювенальної поліції, лікарні). На кінець року на обліку дітей, які перебувають у СЖО, перебувало 19 дітей, серед них 4 дитини з сімей внутрішньо переміщених осіб. Протягом 2022 року на цей облік поставлено 11 дітей, знято з обліку 8 дітей – у зв’язку з поліпшенням становища в сім’ї.</p>
<p><strong>Діти, які постраждали внаслідок воєнних дій.</strong> Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 142 дітям, у тому числі 118 дітям з числа внутрішньо переміщених осіб. На обліку внутрішньо переміщених дітей станом на 31 грудня перебувало 412 дітей.</p>
<p><strong>Робота зі зверненнями.</strong> До служби надійшло 87 звернень громадян: 52 усних та 35 письмових. Фахівцями служби надано 119 консультацій з питань захисту прав дітей, на телефон «гарячої лінії» надійшло 26 дзвінків.</p>
<p>Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 63 питання; підготовлено 21 висновок для органів опіки та суду. Разом з ювенальною поліцією проведено 12 рейдів «Діти вулиці», «Урок» та «Вокзал».</p>
<p><strong>Профілактична робота.</strong> Організовано 9 профілактичних заходів для учнів закладів освіти громади, якими охоплено 346 дітей віком від 10 до 17 років.</p>
<p><strong>Кадрове забезпечення.</strong> Штатна чисельність служби – 3 посади (начальник служби, головний спеціаліст, спеціаліст І категорії); усі посади заміщені, фактично працюють 3 особи.</p>
<p>У 2023 році служба планує створити ще 2 прийомні сім’ї та забезпечити проходження навчання 5 кандидатами в усиновлювачі.</p>
    </div>
    <div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
  </div>
  <div class="sidebar">
    <div class="widget">
      <div class="widget-title">Громада в цифрах</div>
      <ul>
        <li>Населення: 11 742 особи</li>
        <li>Площа: 384,6 км²</li>
        <li>Населених пунктів: 19</li>
        <li>Старостинських округів: 6</li>
      </ul>
    </div>
    <div class="widget">
      <div class="widget-title">Служба у справах дітей</div>
      <p>каб. 12, тел. (05348) 0-71-32<br>Пн–Пт 8:00–17:00, обідня перерва 12:00–13:00</p>
    </div>
    <div class="widget">
      <div class="widget-title">Останні новини</div>
      <ul>
        <li><a href="/news/1523">13.01.2023 Графік прийому громадян на І квартал</a></li>
        <li><a href="/news/1519">11.01.2023 Засідання виконкому № 1</a></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="container">
    <p>Омельницька сільська рада, код ЄДРПОУ 04382917</p>
    <p>39021, Полтавська обл., Кременчуцький р-н, с. Омельник, вул. Соборна, 30</p>
    <p>© 2017–2023 Усі права захищено. При використанні матеріалів посилання на сайт обов’язкове.</p>
  </div>
</div>
</body>
</html>
"""

path = report_path(DOC)
write_text(path, HTML)

g = Gold(DOC, {
    "centre": "Служба у справах дітей Омельницької сільської ради",
    "centre_type": "other",
    "settlement": "Омельник",
    "oblast": "Полтавська",
    "report_kind": "annual_report",
    "period_start": "2022-01-01",
    "period_end": "2022-12-31",
    "published": "2023-01-16",
})
n = lambda fid: fid[1:]  # noqa: E731
r1 = g.f("registered", "children", 37, "на первинному обліку служби перебувало 37 дітей зазначеної категорії",
         label="діти-сироти та діти, позбавлені батьківського піклування (на 31.12.2022)")
r2 = g.f("registered_new", "children", 6, "Упродовж року на облік взято 6 дітей",
         label="діти-сироти та діти, позбавлені батьківського піклування")
r3 = g.f("deregistered", "children", 3, "знято з обліку 3 дитини",
         label="діти-сироти та діти, позбавлені батьківського піклування")
r4 = g.f("deregistered", "children", 2, "у зв'язку з досягненням повноліття – 2", label="досягнення повноліття",
         group="dereg3_by_reason", parent=r3)
r5 = g.f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="усиновлення",
         group="dereg3_by_reason", parent=r3)
nt = g.f("notified", "children", 15, "надійшли повідомлення щодо 15 дітей")
s1 = g.f("registered", "children", 19, "перебувало 19 дітей, серед них", label="діти у СЖО (на кінець року)")
s2 = g.f("registered", "children", 4, "4 дитини з сімей внутрішньо переміщених осіб",
         category="внутрішньо переміщені особи", label="діти у СЖО", parent=s1)
s3 = g.f("registered_new", "children", 11, "на цей облік поставлено 11 дітей", label="діти у СЖО")
s4 = g.f("deregistered", "children", 8, "знято з обліку 8 дітей", label="діти у СЖО; поліпшення становища в сім'ї")
w1 = g.f("registered_new", "children", 142, "надано 142 дітям",
         label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
w2 = g.f("registered_new", "children", 118, "у тому числі 118 дітям з числа внутрішньо переміщених осіб",
         category="внутрішньо переміщені особи",
         label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів", parent=w1)
v1 = g.f("registered", "children", 412, "На обліку внутрішньо переміщених дітей станом на 31 грудня перебувало 412 дітей",
         label="внутрішньо переміщені діти", category="внутрішньо переміщені особи")
a0 = g.f("applied", "applications", 87, "До служби надійшло 87 звернень громадян")
a1 = g.f("applied", "applications", 52, "52 усних", label="усні", group="appeals87_by_form", parent=a0)
a2 = g.f("applied", "applications", 35, "35 письмових", label="письмові", group="appeals87_by_form", parent=a0)
k1 = g.f("services_provided", "services", 119, "надано 119 консультацій з питань захисту прав дітей",
         service="counselling")
k2 = g.f("calls", "calls", 26, "на телефон «гарячої лінії» надійшло 26 дзвінків")
e1 = g.f("events", "events", 9, "Організовано 9 профілактичних заходів")
e2 = g.f("event_participants", "children", 346, "якими охоплено 346 дітей", parent=e1)
p1 = g.f("staff_positions", "positions", 3, "Штатна чисельність служби – 3 посади")
p2 = g.f("staff_actual", "staff", 3, "фактично працюють 3 особи")

g.check("parts_sum", "знято з обліку 3 дитини, з них", "2 + 1 = 3", f"f{n(r4)} + f{n(r5)} == f{n(r3)}")
g.check("parts_sum", "Станом на 31.12.2022 на первинному обліку", "34 at the start + 6 taken − 3 removed = 37 "
        "(34 is a start-of-year figure, skipped: literal)", f"34 + f{n(r2)} - f{n(r3)} == f{n(r1)}")
g.check("parts_sum", "Усі діти влаштовані в сімейні форми виховання",
        "29 + 5 + 3 = 37 (placements have no §3 id: literals)", f"29 + 5 + 3 == f{n(r1)}")
g.check("parts_sum", "серед них 4 дитини", "4 ≤ 19", f"f{n(s2)} <= f{n(s1)}")
g.check("parts_sum", "у тому числі 118 дітям", "118 ≤ 142", f"f{n(w2)} <= f{n(w1)}")
g.check("parts_sum", "До служби надійшло 87 звернень громадян: 52 усних та 35 письмових", "52 + 35 = 87",
        f"f{n(a1)} + f{n(a2)} == f{n(a0)}")
g.check("parts_sum", "усі посади заміщені, фактично працюють 3 особи", "3 of 3 positions filled",
        f"f{n(p2)} == f{n(p1)}")

g.skip("від 24.02.2022 № 64/2022", [24, 2, 2022, 64, 2022], "decree date and number")
g.skip("захисту прав та інтересів 2 317 дітей, які проживають на території громади", [2317], "child population")
g.skip("Станом на 31.12.2022", [31, 12, 2022], "date")
g.skip("(на початок року – 34)", [34], "start-of-year register; literal in a check")
g.skip("29 – під опіку та піклування, 5 – у прийомні сім'ї, 3 – у дитячий будинок сімейного типу",
       [29, 5, 3], "placements by form (no §3 id); literals in a check")
g.skip("Протягом 2022 року", [2022], "year")
g.skip("станом на 31 грудня", [31], "date")
g.skip("Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 63 питання",
       [14, 63], "commission sittings and questions (no §3 id)")
g.skip("підготовлено 21 висновок для органів опіки та суду", [21], "opinions (no §3 id)")
g.skip("проведено 12 рейдів", [12], "raids (no §3 id)")
g.skip("віком від 10 до 17 років", [10, 17], "ages")
g.skip("спеціаліст І категорії", [1], "job grade (Roman І)")
g.skip("У 2023 році служба планує створити ще 2 прийомні сім'ї та забезпечити проходження навчання 5 кандидатами в усиновлювачі",
       [2023, 2, 5], "plan for 2023")
g.skip("16.01.2023 09:42", [16, 1, 2023, 9, 42], "publication date and time")
g.skip("Переглядів: 318", [318], "view counter")
g.skip("Приймальня: (05348) 0-71-15", [5348, 7115], "phone in the top bar")
g.skip("Про роботу служби у справах дітей Омельницької сільської ради у 2022 році", [2022], "title")
g.skip("у 2022 році здійснювала", [2022], "year")

g.note("a служба у справах дітей → centre_type other; its registers are registered / registered_new / "
       "deregistered (children), told apart by label")
g.note("the war-affected status granted (142, of them 118 ВПО) → registered_new with a label")
g.note("the 412 internally displaced children on the register at 31 December → registered with category; "
       "no §3 id fits better")
g.note("the start-of-year register (34), placements by form (29/5/3), commission sittings, questions, opinions, "
       "raids, the child population and the 2023 plan are skipped; the first two are literals in checks")
g.note("«надано 119 консультацій» → services_provided, service counselling")
g.note("site furniture (top bar, menu, sidebar «Громада в цифрах», contacts, news list, footer) carries numbers "
       "that are not facts; whatever of it the reader prints is skipped")
g.note("published: the date in the meta line (16.01.2023)")
g.write()
