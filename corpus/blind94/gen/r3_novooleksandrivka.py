"""b94_03: служба у справах дітей Новоолександрівської сільської ради (Дніпропетровська), annual 2024.
Council web page (HTML, div layout with header, menu, breadcrumbs, sidebar, footer). Third person. No slip."""
from common import Gold, write_text, report_path

DOC = "b94_03_novooleksandrivka_ssd_annual2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Інформація про роботу служби у справах дітей за 2024 рік | Новоолександрівська сільська рада</title>
<link rel="stylesheet" href="/templates/gromada/css/template.css?v=3.1.7">
<script src="/media/jui/js/jquery.min.js?v=1.12.4"></script>
</head>
<body class="site com_content view-article itemid-214">
<div class="topbar">
  <div class="container">
    <span class="topbar-phone">Приймальня: (056) 0-71-94-20</span>
    <span class="topbar-mail">rada@novooleksandrivska.example.ua</span>
    <a class="topbar-eye" href="#">Версія для людей з порушенням зору</a>
  </div>
</div>
<header class="site-header">
  <div class="container">
    <a class="brand" href="/"><img src="/images/gerb.png" alt="Герб"> Новоолександрівська сільська рада</a>
    <div class="brand-sub">Дніпровський район Дніпропетровської області</div>
  </div>
</header>
<nav class="main-menu">
  <ul>
    <li><a href="/">Головна</a></li>
    <li><a href="/hromada">Громада</a></li>
    <li><a href="/rada">Рада</a></li>
    <li><a href="/vykonkom">Виконавчий комітет</a></li>
    <li class="active"><a href="/ssd">Служба у справах дітей</a></li>
    <li><a href="/cnap">ЦНАП</a></li>
    <li><a href="/kontakty">Контакти</a></li>
  </ul>
</nav>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/ssd">Служба у справах дітей</a> / <span>Звіти</span></div>
<div class="container page">
<main class="content">
<article class="item-page">
<h1>Інформація про роботу служби у справах дітей Новоолександрівської сільської ради за 2024 рік</h1>
<div class="article-info">Опубліковано: 21.01.2025 | Автор: Служба у справах дітей | Переглядів: 214</div>
<p>Служба у справах дітей Новоолександрівської сільської ради (далі – Служба) у 2024 році забезпечувала реалізацію державної політики з питань захисту прав дітей на території громади, у якій проживає 5 912 дітей віком до 18 років.</p>
<p>Станом на 31.12.2024 на первинному обліку Служби перебуває 47 дітей-сиріт та дітей, позбавлених батьківського піклування (на початок року – 44), з них дітей-сиріт – 12, дітей, позбавлених батьківського піклування, – 35. Протягом року на облік поставлено 9 дітей, знято з обліку 6 дітей: у зв’язку з досягненням повноліття – 4, у зв’язку з усиновленням – 2.</p>
<p>До сімейних форм виховання влаштовано 8 дітей: під опіку, піклування – 5, до прийомної сім’ї – 1, усиновлено – 2. В інтернатних закладах не перебуває жодна дитина з громади.</p>
<p>Упродовж 2024 року до Служби надійшли повідомлення щодо 63 дітей, які можуть перебувати у складних життєвих обставинах. За результатами оцінки потреб, проведеної спільно з ЦНСП, 22 дітей визнано такими, що перебувають у складних життєвих обставинах; 15 з них разом із сім’ями взято під соціальний супровід ЦНСП. На кінець року на обліку дітей, які перебувають у СЖО, – 31 дитина з 19 сімей.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2024 році надано 74 дітям (усього з 2022 року – 312). Службою до суду підготовлено 23 висновки щодо визначення місця проживання дітей та участі у вихованні; проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 86 питань.</p>
<p>На особистому прийомі та письмово до Служби звернулися 128 громадян; на «гарячу лінію» надійшов 41 дзвінок. Спільно з ювенальною превенцією проведено 14 рейдів «Діти вулиці» та «Урок».</p>
<p>У закладах освіти громади Служба провела 19 профілактичних заходів (правові лекції, бесіди, квести), якими охоплено 640 учнів 5–11 класів.</p>
<p>Штатом Служби передбачено 4 посади, фактично працюють 3 працівники; 2 з них у 2024 році пройшли навчання на платформі «Дія.Освіта» (30 годин).</p>
<h3>Основні показники</h3>
<table class="table table-bordered">
<thead><tr><th>Показник</th><th>2023</th><th>2024</th></tr></thead>
<tbody>
<tr><td>На первинному обліку дітей-сиріт та дітей, позбавлених батьківського піклування (на кінець року)</td><td>44</td><td>47</td></tr>
<tr><td>Діти у СЖО на обліку (на кінець року)</td><td>27</td><td>31</td></tr>
<tr><td>Надано статус дитини, яка постраждала внаслідок воєнних дій</td><td>96</td><td>74</td></tr>
<tr><td>Влаштовано до сімейних форм виховання</td><td>6</td><td>8</td></tr>
</tbody>
</table>
<p>У 2025 році Служба планує створити в громаді ще 1 прийомну сім’ю та провести не менше 25 профілактичних заходів.</p>
<p class="contacts">Служба у справах дітей: 52071, с. Новоолександрівка, вул. Мира, 7а, каб. 12; тел. (056) 0-71-94-33; e-mail: ssd@novooleksandrivska.example.ua</p>
</article>
</main>
<aside class="sidebar">
  <div class="module">
    <h3>Графік прийому</h3>
    <p>Пн–Чт: 08:00–17:15<br>Пт: 08:00–16:00<br>Обідня перерва: 12:00–13:00</p>
  </div>
  <div class="module">
    <h3>Останні новини</h3>
    <ul>
      <li><a href="/news/1421">20.01.2025 Сесія сільської ради: затверджено 17 рішень</a></li>
      <li><a href="/news/1419">17.01.2025 До ЦНАП звернулися 1 204 особи за грудень</a></li>
      <li><a href="/news/1416">15.01.2025 Отримано 3 генератори для шкіл</a></li>
    </ul>
  </div>
  <div class="module counter">Відвідувачів сьогодні: 96 | Усього: 184 307</div>
</aside>
</div>
<footer class="site-footer">
  <div class="container">
    <p>© 2017–2025 Новоолександрівська сільська рада. 52070, Дніпропетровська обл., Дніпровський р-н, с. Новоолександрівка, вул. Мира, 7. Код ЄДРПОУ 04338512.</p>
    <p>Сайт працює на платформі «Громада». Усі матеріали доступні за ліцензією CC BY 4.0.</p>
  </div>
</footer>
</body>
</html>
"""

write_text(report_path(DOC), HTML)

g = Gold(DOC, {
    "centre": "Служба у справах дітей Новоолександрівської сільської ради",
    "centre_type": "other", "settlement": "Новоолександрівка", "oblast": "Дніпропетровська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    "published": "2025-01-21"},
    {"settlement": ["Новоолександрівська сільська громада"]})
f = g.f
rg = f("registered", "children", 47, "на первинному обліку Служби перебуває 47 дітей-сиріт та дітей, позбавлених батьківського піклування",
       category="діти-сироти та діти, позбавлені батьківського піклування", label="на первинному обліку на 31.12.2024")
G = "primary_register_47_by_status"
r1 = f("registered", "children", 12, "з них дітей-сиріт – 12", category="діти-сироти", group=G, parent=rg)
r2 = f("registered", "children", 35, "дітей, позбавлених батьківського піклування, – 35",
       category="діти, позбавлені батьківського піклування", group=G, parent=rg)
rn = f("registered_new", "children", 9, "Протягом року на облік поставлено 9 дітей",
       category="діти-сироти та діти, позбавлені батьківського піклування")
dr = f("deregistered", "children", 6, "знято з обліку 6 дітей",
       category="діти-сироти та діти, позбавлені батьківського піклування")
G2 = "deregistered_6_by_reason"
d1 = f("deregistered", "children", 4, "у зв'язку з досягненням повноліття – 4", label="досягнення повноліття", group=G2, parent=dr)
d2 = f("deregistered", "children", 2, "у зв'язку з усиновленням – 2", label="усиновлення", group=G2, parent=dr)
nt = f("notified", "children", 63, "надійшли повідомлення щодо 63 дітей")
sj = f("in_difficult_circumstances", "children", 22, "22 дітей визнано такими, що перебувають у складних життєвих обставинах",
       alt=["registered_new"], parent=nt)
ss = f("support_started", "children", 15, "15 з них разом із сім'ями взято під соціальний супровід ЦНСП",
       service="social_support_sjo", parent=sj,
       note="support started by the ЦНСП, reported by the Служба for its own register; kept as a fact of the document")
rs = f("registered", "children", 31, "на обліку дітей, які перебувають у СЖО, – 31 дитина",
       category="діти, які перебувають у складних життєвих обставинах", label="на обліку СЖО на кінець року")
f("registered", "families", 19, "31 дитина з 19 сімей", label="на обліку СЖО на кінець року", parent=rs,
  note="families of the 31 children; parent points at the children row because the families are named after it")
wr = f("registered_new", "children", 74, "у 2024 році надано 74 дітям",
       label="надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
ap = f("applied", "persons", 128, "письмово до Служби звернулися 128 громадян")
f("calls", "calls", 41, "на «гарячу лінію» надійшов 41 дзвінок")
ev = f("events", "events", 19, "Служба провела 19 профілактичних заходів")
f("event_participants", "children", 640, "якими охоплено 640 учнів", parent=ev, unit_alt="persons")
pos = f("staff_positions", "positions", 4, "Штатом Служби передбачено 4 посади")
sa = f("staff_actual", "staff", 3, "фактично працюють 3 працівники")
tr = f("staff_trained", "staff", 2, "2 з них у 2024 році пройшли навчання", parent=sa)
t1 = f("registered", "children", 47,
       "На первинному обліку дітей-сиріт та дітей, позбавлених батьківського піклування (на кінець року)\t44\t47",
       category="діти-сироти та діти, позбавлені батьківського піклування", label="таблиця: на первинному обліку на кінець року")
t2 = f("registered", "children", 31, "Діти у СЖО на обліку (на кінець року)\t27\t31",
       category="діти, які перебувають у складних життєвих обставинах", label="таблиця: на обліку СЖО на кінець року")
t3 = f("registered_new", "children", 74, "Надано статус дитини, яка постраждала внаслідок воєнних дій\t96\t74",
       label="таблиця: надано статус дитини, яка постраждала внаслідок воєнних дій")

g.check("parts_sum", "з них дітей-сиріт – 12, дітей, позбавлених батьківського піклування, – 35", "12 + 35 = 47",
        f"{r1} + {r2} == {rg}")
g.check("parts_sum", "знято з обліку 6 дітей: у зв'язку з досягненням повноліття – 4, у зв'язку з усиновленням – 2", "4 + 2 = 6",
        f"{d1} + {d2} == {dr}")
g.check("parts_sum", "(на початок року – 44)", "register balance: 44 at the start + 9 registered − 6 removed = 47 (44 is a skipped literal, equal to the 2023 column of the table)",
        f"44 + {rn} - {dr} == {rg}")
g.check("parts_sum", "До сімейних форм виховання влаштовано 8 дітей: під опіку, піклування – 5, до прийомної сім'ї – 1, усиновлено – 2.",
        "placements 5 + 1 + 2 = 8 (no §3 id; literals); the 2 adopted equal the 2 removed from the register for adoption",
        f"5 + 1 + 2 == 8 and {d2} == 2")
g.check("parts_sum", "22 дітей визнано такими, що перебувають у складних життєвих обставинах", "15 ≤ 22 ≤ 63",
        f"{ss} <= {sj} <= {nt}")
g.check("internal_conflict", "Діти у СЖО на обліку (на кінець року)\t27\t31",
        "the table's 2024 column repeats the prose: 47, 31, 74 — no conflict",
        f"{t1} == {rg} and {t2} == {rs} and {t3} == {wr}")
g.check("parts_sum", "Штатом Служби передбачено 4 посади, фактично працюють 3 працівники", "3 ≤ 4; 2 trained ≤ 3",
        f"{tr} <= {sa} <= {pos}")

g.skip("Опубліковано: 21.01.2025 | Автор: Служба у справах дітей | Переглядів: 214", [21, 1, 2025, 214], "publication date, view counter")
g.skip("у якій проживає 5 912 дітей віком до 18 років", [5912, 18], "child population, age")
g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
g.skip("(на початок року – 44)", [44], "start-of-year register (state on 01.01.2024); used as a literal in the balance check")
g.skip("До сімейних форм виховання влаштовано 8 дітей: під опіку, піклування – 5, до прийомної сім'ї – 1, усиновлено – 2.",
       [8, 5, 1, 2], "placements by form (no §3 id)")
g.skip("В інтернатних закладах не перебуває жодна дитина з громади.", [0], "children in institutions (no §3 id)")
g.skip("(усього з 2022 року – 312)", [2022, 312], "cumulative figure since 2022")
g.skip("Службою до суду підготовлено 23 висновки щодо визначення місця проживання дітей та участі у вихованні; проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 86 питань.",
       [23, 11, 86], "court opinions, commission sittings, questions (no §3 id)")
g.skip("Спільно з ювенальною превенцією проведено 14 рейдів «Діти вулиці» та «Урок».", [14], "raids (no §3 id)")
g.skip("640 учнів 5–11 класів", [5, 11], "school grades")
g.skip("на платформі «Дія.Освіта» (30 годин)", [30], "duration")
g.skip("Показник\t2023\t2024", [2023, 2024], "table header years")
g.skip("На первинному обліку дітей-сиріт та дітей, позбавлених батьківського піклування (на кінець року)\t44\t47", [44, 27, 96, 6],
       "2023 column of the table (prior year)")
g.skip("Влаштовано до сімейних форм виховання\t6\t8", [6, 8], "placements row (no §3 id; 8 repeats the prose)")
g.skip("У 2025 році Служба планує створити в громаді ще 1 прийомну сім'ю та провести не менше 25 профілактичних заходів.", [2025, 1, 25], "2025 plan")
g.skip("52071, с. Новоолександрівка, вул. Мира, 7а, каб. 12; тел. (056) 0-71-94-33", [52071, 7, 12, 56, 719433], "postcode, address, room, phone")

g.note("a служба у справах дітей is centre_type other (blind18 convention); its registers are registered / registered_new / deregistered (children)")
g.note("the end-of-year register (47) is the report year's figure (state on 31.12.2024) → registered; the start-of-year 44 is skipped")
g.note("«надійшли повідомлення щодо 63 дітей» → notified, unit children; «22 дітей визнано такими, що перебувають у СЖО» → in_difficult_circumstances (alt registered_new)")
g.note("the war-affected status granted in 2024 (74) → registered_new with a label, as in blind18; the cumulative 312 since 2022 is skipped")
g.note("the table «Основні показники» repeats three 2024 figures of the prose: each is a second fact (figure written twice), the 2023 column is skipped; the placements row has no §3 id")
g.note("«640 учнів» → event_participants, unit children (unit_alt persons)")
g.note("the reader drops the site furniture (top bar, header, menu, breadcrumbs, sidebar with its news counts and visitor counter, footer with ЄДРПОУ): none of it is in the read text, so none of it is annotated")
g.write()
