"""b111_03: служба у справах дітей Берездівської сільської ради (Хмельницька), annual information 2022.
Council web page (HTML) with header, menu, breadcrumbs, sidebar with its own numbers, footer. Third person.
No planted slip."""
from common import Gold, report_path, write_text

DOC = "b111_03_berezdiv_ssd_annual2022.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Інформація про роботу служби у справах дітей за 2022 рік | Берездівська сільська рада</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/templates/hromada/css/style.css">
<script src="/templates/hromada/js/menu.js"></script>
</head>
<body>
<div class="topbar">
  <div class="container">
    <span class="topbar-phone">Приймальня: (03840) 0-31-52</span>
    <span class="topbar-mail">berezdiv.rada@example.ua</span>
    <a href="/search" class="topbar-search">Пошук</a>
  </div>
</div>
<header class="site-header">
  <div class="container">
    <a href="/" class="logo"><img src="/images/gerb.png" alt="Герб"></a>
    <div class="site-title">Берездівська сільська рада<br><small>Шепетівський район, Хмельницька область</small></div>
  </div>
</header>
<nav class="main-menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/hromada">Громада</a></li>
    <li><a href="/vlada">Влада</a></li>
    <li><a href="/docs">Документи</a></li>
    <li><a href="/social">Соціальний захист</a></li>
    <li><a href="/ssd">Служба у справах дітей</a></li>
    <li><a href="/contacts">Контакти</a></li>
  </ul>
</nav>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/ssd">Служба у справах дітей</a> » Звіти</div>
<div class="container page">
<main class="content">
<article>
<h1>Інформація про роботу служби у справах дітей Берездівської сільської ради за 2022 рік</h1>
<div class="article-info">Опубліковано: 27.01.2023 10:42 | Автор: Адміністратор сайту | Переглядів: 214</div>

<p>Служба у справах дітей Берездівської сільської ради є виконавчим органом ради, утвореним рішенням
від 10.12.2020 № 14. Станом на 31.12.2022 у громаді проживає 1 874 дитини, з них 96 – з числа
внутрішньо переміщених осіб.</p>

<h2>Діти-сироти та діти, позбавлені батьківського піклування</h2>
<p>Станом на 01.01.2022 на первинному обліку служби перебувало 36 дітей-сиріт та дітей, позбавлених
батьківського піклування. Протягом року на облік взято 7 дітей, знято з обліку 5 дітей (у зв'язку з
досягненням повноліття – 4, у зв'язку з усиновленням – 1).</p>
<p>Станом на кінець звітного року на обліку перебуває 38 дітей цієї категорії, з них 11 дітей-сиріт і 27 дітей,
позбавлених батьківського піклування. Усі вони влаштовані до сімейних форм виховання: під опікою
чи піклуванням – 29 дітей, у прийомних сім'ях – 6, у дитячому будинку сімейного типу – 3.
Одну дитину віком 4 роки усиновлено громадянами України.</p>

<h2>Діти у складних життєвих обставинах</h2>
<p>Протягом року до служби надійшли повідомлення щодо 13 сімей, у яких діти могли опинитися у складних
життєвих обставинах. На облік дітей, які перебувають у СЖО, взято 6 дітей, знято з обліку 4 дитини,
з них 3 – у зв'язку з усуненням причин. На кінець року на обліку перебуває 16 дітей із 9 сімей.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2022 році надано
14 дітям. Службою підготовлено 4 висновки до суду щодо визначення місця проживання дитини.</p>

<h2>Звернення та профілактична робота</h2>
<p>У 2022 році до служби надійшло 46 звернень громадян, з них 12 – щодо визначення місця проживання
дитини та участі у її вихованні. На телефон «гарячої лінії» служби надійшов 31 дзвінок.</p>
<p>Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання. Спільно
з сектором ювенальної превенції проведено 18 рейдів («Діти вулиці», «Урок», «Вокзал»). Організовано
9 профілактичних заходів у закладах освіти, якими охоплено 326 учнів і батьків. За невиконання
батьківських обов'язків складено 7 протоколів про адміністративні правопорушення (стаття 184 КУпАП).</p>
<p>Штатна чисельність служби – 3 посади, фактично працюють 3 працівники; у 2022 році 2 працівники
пройшли навчання з питань ведення ЄІАС «Діти».</p>
<p>У 2023 році служба планує створити ще 1 прийомну сім'ю та забезпечити навчання 5 кандидатів
в опікуни і піклувальники.</p>
<p><em>Інформацію підготувала служба у справах дітей, тел. (03840) 0-31-58.</em></p>
</article>
</main>
<aside class="sidebar">
  <div class="widget">
    <h3>Громада в цифрах</h3>
    <ul>
      <li>Населення – 8 950 осіб</li>
      <li>Площа – 312 км²</li>
      <li>Старостинських округів – 9</li>
      <li>Закладів освіти – 11</li>
    </ul>
  </div>
  <div class="widget">
    <h3>Новини</h3>
    <ul>
      <li><a href="/news/2023-01-25">25.01.2023 Сесія сільської ради: 19 питань порядку денного</a></li>
      <li><a href="/news/2023-01-20">20.01.2023 Пункт незламності працює цілодобово</a></li>
      <li><a href="/news/2023-01-18">18.01.2023 Вакансія: фахівець із соціальної роботи</a></li>
    </ul>
  </div>
  <div class="widget">
    <h3>Графік прийому</h3>
    <p>Пн–Пт 8:00–17:00, обідня перерва 12:00–13:00</p>
  </div>
</aside>
</div>
<footer class="site-footer">
  <div class="container">
    <p>© 2020–2023 Берездівська сільська рада. 30432, с. Берездів, вул. Шевченка, 2</p>
    <p>Код ЄДРПОУ 04405712. Усі права захищено. Сайт працює на платформі «Громада».</p>
  </div>
</footer>
</body>
</html>
"""


def build():
    write_text(report_path(DOC), HTML)


def gold():
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Берездівської сільської ради",
        "centre_type": "other", "settlement": "Берездів", "oblast": "Хмельницька",
        "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31",
        "published": "2023-01-27",
    }, meta_alt={"settlement": ["Берездівська сільська громада"]})
    f = g.f
    start = f("registered", "children", 36, "Станом на 01.01.2022 на первинному обліку служби перебувало 36 дітей-сиріт",
              category="діти-сироти та діти, позбавлені батьківського піклування", label="станом на 01.01.2022")
    new = f("registered_new", "children", 7, "Протягом року на облік взято 7 дітей",
            category="діти-сироти та діти, позбавлені батьківського піклування")
    de = f("deregistered", "children", 5, "знято з обліку 5 дітей",
           category="діти-сироти та діти, позбавлені батьківського піклування")
    d1 = f("deregistered", "children", 4, "у зв'язку з досягненням повноліття – 4", label="досягнення повноліття",
           group="deregistered_5_by_reason", parent=de)
    d2 = f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="усиновлення",
           group="deregistered_5_by_reason", parent=de)
    end = f("registered", "children", 38, "на обліку перебуває 38 дітей цієї категорії",
            category="діти-сироти та діти, позбавлені батьківського піклування", label="на кінець року")
    e1 = f("registered", "children", 11, "з них 11 дітей-сиріт", category="діти-сироти",
           group="registered_38_by_status", parent=end)
    e2 = f("registered", "children", 27, "27 дітей,\nпозбавлених батьківського піклування".replace("\n", " "),
           category="діти, позбавлені батьківського піклування", group="registered_38_by_status", parent=end)
    f("notified", "families", 13, "надійшли повідомлення щодо 13 сімей")
    f("registered_new", "children", 6, "На облік дітей, які перебувають у СЖО, взято 6 дітей",
      category="діти, які перебувають у складних життєвих обставинах")
    sd = f("deregistered", "children", 4, "знято з обліку 4 дитини",
           category="діти, які перебувають у складних життєвих обставинах")
    f("deregistered", "children", 3, "з них 3 – у зв'язку з усуненням причин", label="усунення причин",
      alt=["outcome_positive"], parent=sd)
    fam = f("registered", "families", 9, "На кінець року на обліку перебуває 16 дітей із 9 сімей",
            category="сім'ї, у яких діти перебувають у складних життєвих обставинах")
    f("registered", "children", 16, "На кінець року на обліку перебуває 16 дітей",
      category="діти, які перебувають у складних життєвих обставинах", parent=fam)
    f("registered_new", "children", 14, "у 2022 році надано\n14 дітям".replace("\n", " "),
      label="надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    ap = f("applied", "applications", 46, "надійшло 46 звернень громадян", unit_alt="persons")
    f("applied", "applications", 12, "з них 12 – щодо визначення місця проживання", unit_alt="persons",
      label="визначення місця проживання дитини", parent=ap)
    f("calls", "calls", 31, "надійшов 31 дзвінок")
    ev = f("events", "events", 9, "Організовано 9 профілактичних заходів")
    f("event_participants", "persons", 326, "якими охоплено 326 учнів і батьків", parent=ev)
    pos = f("staff_positions", "positions", 3, "Штатна чисельність служби – 3 посади")
    act = f("staff_actual", "staff", 3, "фактично працюють 3 працівники")
    tr = f("staff_trained", "staff", 2, "у 2022 році 2 працівники пройшли навчання")
    n = lambda x: int(x[1:])  # noqa: E731
    g.check("parts_sum", "у зв'язку з досягненням повноліття – 4, у зв'язку з усиновленням – 1", "4 + 1 = 5",
            f"f{n(d1)} + f{n(d2)} == f{n(de)}")
    g.check("parts_sum", "з них 11 дітей-сиріт і 27 дітей", "11 + 27 = 38", f"f{n(e1)} + f{n(e2)} == f{n(end)}")
    g.check("internal_conflict", "на обліку перебуває 38 дітей цієї категорії",
            "register flow: 36 + 7 taken − 5 removed = 38 at the end of the year",
            f"f{n(start)} + f{n(new)} - f{n(de)} == f{n(end)}")
    g.check("parts_sum", "під опікою\nчи піклуванням – 29 дітей".replace("\n", " "),
            "placements 29 + 6 + 3 = 38 (placements have no §3 id: literals)", f"29 + 6 + 3 == f{n(end)}")
    g.check("parts_sum", "з них 3 – у зв'язку з усуненням причин", "3 ≤ 4", f"f{n(sd)+1} <= f{n(sd)}")
    g.check("parts_sum", "з них 12 – щодо визначення місця проживання", "12 ≤ 46", f"f{n(ap)+1} <= f{n(ap)}")
    g.check("parts_sum", "фактично працюють 3 працівники", "3 working ≤ 3 positions; 2 trained ≤ 3",
            f"f{n(act)} <= f{n(pos)} and f{n(tr)} <= f{n(act)}")
    S = g.skip
    S("за 2022 рік", [2022], "year of the title")
    S("Опубліковано: 27.01.2023 10:42 | Автор: Адміністратор сайту | Переглядів: 214", [27, 1, 2023, 10, 42, 214],
      "publication date/time, view counter")
    S("утвореним рішенням від 10.12.2020 № 14", [10, 12, 2020, 14], "decision date and number")
    S("Станом на 31.12.2022 у громаді проживає 1 874 дитини, з них 96 – з числа внутрішньо переміщених осіб",
      [31, 12, 2022, 1874, 96], "date, child population")
    S("під опікою чи піклуванням – 29 дітей, у прийомних сім'ях – 6, у дитячому будинку сімейного типу – 3",
      [29, 6, 3], "placements by form: no §3 id (literals in a check)")
    S("Одну дитину віком 4 роки усиновлено", [1, 4], "adoption (no §3 id; the same adoption is the deregistration "
      "«у зв'язку з усиновленням – 1»), age")
    S("Службою підготовлено 4 висновки до суду", [4], "court opinions: no §3 id")
    S("Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання", [11, 64],
      "commission sittings and questions: no §3 id")
    S("проведено 18 рейдів", [18], "raids: no §3 id")
    S("складено 7 протоколів про адміністративні правопорушення (стаття 184 КУпАП)", [7, 184],
      "administrative protocols (no §3 id), article number")
    S("У 2023 році служба планує створити ще 1 прийомну сім'ю та забезпечити навчання 5 кандидатів",
      [2023, 1, 5], "plan for 2023")
    S("тел. (03840) 0-31-58", [3840, 358], "phone (invalid 0 after the area code)")
    g.note("A служба у справах дітей is centre_type other. Registers of children are registered / registered_new / "
           "deregistered, unit children, with the category in category.")
    g.note("The register «станом на 01.01.2022» (36) lies on the first day of the report period: a fact labelled "
           "«станом на 01.01.2022», besides the end-of-year 38. 36 + 7 − 5 = 38 is listed as a passed check.")
    g.note("«16 дітей із 9 сімей» (СЖО register): the families row is registered/families and the children row hangs on it.")
    g.note("The war-affected status granted to 14 children → registered_new with a label.")
    g.note("«звернень громадян» → applied, unit applications (alt persons). «з них 3 – у зв'язку з усуненням причин» → "
           "deregistered with a label, alt outcome_positive.")
    g.note("The page's menu, breadcrumbs, sidebar (with its own figures: population, area, news dates) and footer do not "
           "appear in the read text, so nothing of them is annotated. published = the page's date.")
    g.note("No planted slip: everything adds up.")
    g.write()


if __name__ == "__main__":
    build()
    gold()
