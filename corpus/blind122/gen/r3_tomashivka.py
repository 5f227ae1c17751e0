"""b122_03: служба у справах дітей Томашівської сільської ради (Київська), annual information 2022.
Council web page (HTML) with header, menu, breadcrumbs, sidebar with its own numbers, footer. Third person."""
from common import Gold, report_path, write_text

NAME = "b122_03_tomashivka_ssd_annual2022.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Інформація про роботу служби у справах дітей за 2022 рік – Томашівська сільська рада</title>
<link rel="stylesheet" href="/wp-content/themes/gromada/style.css?ver=2.4.1">
</head>
<body class="post-template-default single single-post postid-2841">
<div id="page" class="site">
 <header id="masthead" class="site-header">
  <div class="top-bar">
   <span class="top-phone">Приймальня: (04571) 0-24-16</span>
   <span class="top-mail">rada@tomashivka.example.ua</span>
   <a class="eye" href="#">Версія для людей з порушенням зору</a>
  </div>
  <div class="branding">
   <img src="/wp-content/uploads/2021/03/gerb.png" alt="Герб" width="64" height="76">
   <p class="site-title">Томашівська сільська рада</p>
   <p class="site-description">Фастівський район, Київська область</p>
  </div>
  <nav id="site-navigation" class="main-navigation">
   <ul id="primary-menu" class="menu">
    <li><a href="/">Головна</a></li>
    <li><a href="/gromada/">Громада</a></li>
    <li><a href="/rada/">Рада</a></li>
    <li class="current-menu-ancestor"><a href="/struktura/">Структурні підрозділи</a></li>
    <li><a href="/docs/">Документи</a></li>
    <li><a href="/kontakty/">Контакти</a></li>
   </ul>
  </nav>
 </header>
 <div class="breadcrumbs" typeof="BreadcrumbList">
  <a href="/">Головна</a> › <a href="/struktura/">Структурні підрозділи</a> › <a href="/struktura/ssd/">Служба у справах дітей</a> › Інформація за 2022 рік
 </div>
 <div id="content" class="site-content">
  <main id="main" class="site-main">
   <article id="post-2841" class="post-2841 post type-post status-publish">
    <header class="entry-header">
     <h1 class="entry-title">Інформація про роботу служби у справах дітей Томашівської сільської ради за 2022 рік</h1>
     <div class="entry-meta"><span class="posted-on">Опубліковано: 19.01.2023</span> <span class="views">Переглядів: 214</span></div>
    </header>
    <div class="entry-content">
     <p>Служба у справах дітей Томашівської сільської ради (далі – Служба) діє відповідно до Положення, затвердженого рішенням сесії від 24.12.2020 № 61-3-VIII. Станом на 01.01.2022 у громаді проживало 2 418 дітей.</p>
     <p>Штатним розписом Служби передбачено 3 посади. Фактично працює двоє спеціалістів, одна посада вакантна з вересня.</p>
     <h2>Облік дітей</h2>
     <p>Рух дітей на первинному обліку Служби у 2022 році наведено в таблиці.</p>
     <table class="wp-block-table">
      <thead>
       <tr><th>Категорія дітей</th><th>Перебувало на 01.01.2022</th><th>Взято на облік</th><th>Знято з обліку</th><th>Перебуває на 31.12.2022</th></tr>
      </thead>
      <tbody>
       <tr><td>Діти-сироти та діти, позбавлені батьківського піклування</td><td>25</td><td>6</td><td>4</td><td>27</td></tr>
       <tr><td>Діти, які перебувають у складних життєвих обставинах</td><td>11</td><td>9</td><td>6</td><td>14</td></tr>
      </tbody>
     </table>
     <p>Отже, на кінець року на обліку перебуває 27 дітей-сиріт та дітей, позбавлених батьківського піклування, серед яких 9 дітей-сиріт та 18 дітей, позбавлених батьківського піклування. З обліку знято 4 дітей: у зв’язку з досягненням повноліття – трьох, у зв’язку з усиновленням – одну дитину.</p>
     <p>Діти, які перебувають у складних життєвих обставинах (14 дітей), проживають у 8 сім’ях. Усі сім’ї перебувають під соціальним супроводом фахівців центру надання соціальних послуг.</p>
     <p>До Служби надійшли повідомлення щодо 19 сімей, у яких діти можуть перебувати у складних життєвих обставинах; у 7 з них такі обставини підтверджено.</p>
     <h2>Захист дітей, які постраждали від війни</h2>
     <p>Протягом 2022 року статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 37 дітям, у тому числі 12 дітям із числа внутрішньо переміщених осіб. Влаштовано до сімейних форм виховання 5 дітей (під опіку – 4, у прийомну сім’ю – 1).</p>
     <h2>Інша робота</h2>
     <ul>
      <li>До Служби надійшло 52 звернення громадян, з них письмових – 31, усних – 21.</li>
      <li>Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 86 питань.</li>
      <li>Спільно з сектором ювенальної превенції проведено 18 рейдів, під час яких виявлено 3 дітей, які залишилися без нагляду.</li>
      <li>Для дітей та батьків проведено 11 профілактичних заходів, якими охоплено 356 осіб.</li>
      <li>Підготовлено 23 висновки до суду щодо визначення місця проживання дітей та участі у вихованні.</li>
     </ul>
     <p>У 2023 році Служба планує створити в громаді один дитячий будинок сімейного типу та залучити до прийомного батьківства ще 2 сім’ї.</p>
     <p>Довідки: (04571) 0-24-38, ssd@tomashivka.example.ua</p>
    </div>
   </article>
  </main>
  <aside id="secondary" class="widget-area">
   <section class="widget widget_text"><h2 class="widget-title">Громада в цифрах</h2>
    <ul><li>Площа: 412,6 км²</li><li>Населення: 9 760 осіб</li><li>Старостинських округів: 7</li><li>Закладів освіти: 6</li></ul>
   </section>
   <section class="widget widget_recent_entries"><h2 class="widget-title">Останні новини</h2>
    <ul><li><a href="/2023/01/18/sesiya-31/">31 сесія сільської ради</a></li><li><a href="/2023/01/16/grafik/">Графік прийому громадян на лютий</a></li></ul>
   </section>
  </aside>
 </div>
 <footer id="colophon" class="site-footer">
  <p>08540, Київська обл., Фастівський р-н, с. Томашівка, вул. Миру, 12. Код ЄДРПОУ 04363518.</p>
  <p>© 2021–2023 Томашівська сільська рада. Усі права захищені.</p>
 </footer>
</div>
</body>
</html>
"""

write_text(report_path(NAME), HTML)

g = Gold(NAME, {
    "centre": "Служба у справах дітей Томашівської сільської ради",
    "centre_type": "other", "settlement": "Томашівка",
    "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31",
    "published": "2023-01-19"})

g.f("staff_positions", "positions", 3, "Штатним розписом Служби передбачено 3 посади")
g.f("staff_actual", "staff", 2, "Фактично працює двоє спеціалістів", note="number in words")
ROW1 = "Діти-сироти та діти, позбавлені батьківського піклування\t25\t6\t4\t27"
ROW2 = "Діти, які перебувають у складних життєвих обставинах\t11\t9\t6\t14"
C = "діти-сироти та діти, позбавлені батьківського піклування"
N1 = g.f("registered_new", "children", 6, ROW1, category=C)
D1 = g.f("deregistered", "children", 4, ROW1, category=C)
R1 = g.f("registered", "children", 27, ROW1, category=C, label="на 31.12.2022")
N2 = g.f("registered_new", "children", 9, ROW2, category="діти, які перебувають у складних життєвих обставинах",
         alt=["in_difficult_circumstances"])
D2 = g.f("deregistered", "children", 6, ROW2, category="діти, які перебувають у складних життєвих обставинах")
R2 = g.f("registered", "children", 14, ROW2, category="діти, які перебувають у складних життєвих обставинах",
         label="на 31.12.2022", alt=["in_difficult_circumstances"])
P27 = g.f("registered", "children", 27, "на кінець року на обліку перебуває 27 дітей-сиріт", category=C,
          note="repeat of the table cell")
O1 = g.f("registered", "children", 9, "серед яких 9 дітей-сиріт", category="діти-сироти", parent=P27,
         group="register_27_by_status")
O2 = g.f("registered", "children", 18, "18 дітей, позбавлених батьківського піклування",
         category="діти, позбавлені батьківського піклування", parent=P27, group="register_27_by_status")
P4 = g.f("deregistered", "children", 4, "З обліку знято 4 дітей", category=C, note="repeat of the table cell")
X3 = g.f("deregistered", "children", 3, "у зв'язку з досягненням повноліття – трьох", label="досягнення повноліття",
    parent=P4, group="dereg_4_by_reason", note="number in words")
X1 = g.f("deregistered", "children", 1, "у зв'язку з усиновленням – одну дитину", label="усиновлення",
    parent=P4, group="dereg_4_by_reason", note="number in words")
P14 = g.f("registered", "children", 14, "(14 дітей)", category="діти, які перебувають у складних життєвих обставинах",
          alt=["in_difficult_circumstances"], note="repeat of the table cell")
F8 = g.f("registered", "families", 8, "проживають у 8 сім'ях", category="сім'ї, у яких діти перебувають у СЖО",
         alt=["in_difficult_circumstances"])
NT = g.f("notified", "families", 19, "надійшли повідомлення щодо 19 сімей")
CF = g.f("in_difficult_circumstances", "families", 7, "у 7 з них такі обставини підтверджено", parent=NT)
W = g.f("registered_new", "children", 37, "надано 37 дітям",
        label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
WI = g.f("registered_new", "children", 12, "у тому числі 12 дітям із числа внутрішньо переміщених осіб",
         label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів",
         category="внутрішньо переміщені особи", parent=W)
AP = g.f("applied", "applications", 52, "До Служби надійшло 52 звернення громадян")
A1 = g.f("applied", "applications", 31, "з них письмових – 31", label="письмові", parent=AP, group="appeals_52_by_form")
A2 = g.f("applied", "applications", 21, "усних – 21", label="усні", parent=AP, group="appeals_52_by_form")
EV = g.f("events", "events", 11, "проведено 11 профілактичних заходів")
g.f("event_participants", "persons", 356, "якими охоплено 356 осіб", parent=EV)

g.check("table_arithmetic", ROW1, "25 + 6 − 4 = 27 (start-of-year 25 is a literal, skipped)", f"25 + {N1} - {D1} == {R1}")
g.check("table_arithmetic", ROW2, "11 + 9 − 6 = 14 (start-of-year 11 is a literal, skipped)", f"11 + {N2} - {D2} == {R2}")
g.check("parts_sum", "серед яких 9 дітей-сиріт та 18 дітей, позбавлених батьківського піклування", "9 + 18 = 27",
        f"{O1} + {O2} == {P27} and {P27} == {R1}")
g.check("parts_sum", "З обліку знято 4 дітей", "3 + 1 = 4; prose 4 = table 4", f"{X3} + {X1} == {P4} and {P4} == {D1}")
g.check("internal_conflict", "(14 дітей)", "14 children in СЖО in prose = table", f"{P14} == {R2}")
g.check("parts_sum", "у 7 з них такі обставини підтверджено", "7 ≤ 19", f"{CF} <= {NT}")
g.check("parts_sum", "у тому числі 12 дітям із числа внутрішньо переміщених осіб", "12 ≤ 37", f"{WI} <= {W}")
g.check("parts_sum", "з них письмових – 31, усних – 21", "31 + 21 = 52", f"{A1} + {A2} == {AP}")
g.check("parts_sum", "Фактично працює двоє спеціалістів, одна посада вакантна", "2 working + 1 vacant = 3 positions",
        "f2 + 1 == f1")

g.skip("Опубліковано: 19.01.2023", [19, 1, 2023], "publication date (meta published)")
g.skip("Переглядів: 214", [214], "view counter")
g.skip("за 2022 рік", [2022], "year")
g.skip("рішенням сесії від 24.12.2020 № 61-3-VIII", [24, 12, 2020, 61, 3], "decision date and number")
g.skip("Станом на 01.01.2022 у громаді проживало 2 418 дітей", [1, 1, 2022, 2418], "child population")
g.skip("одна посада вакантна з вересня", [1], "vacancy (no §3 id; used as a literal in a check)")
g.skip("Перебувало на 01.01.2022", [25, 11], "start-of-year registers (previous period's end)")
g.skip("Перебуває на 31.12.2022", [31, 12, 2022], "date in the table header")
g.skip("Влаштовано до сімейних форм виховання 5 дітей (під опіку – 4, у прийомну сім'ю – 1)", [5, 4, 1],
       "placements (no §3 id)")
g.skip("Проведено 14 засідань комісії з питань захисту прав дитини, на яких розглянуто 86 питань", [14, 86],
       "commission sittings and questions (no §3 id)")
g.skip("проведено 18 рейдів, під час яких виявлено 3 дітей", [18, 3], "raids and children found (no §3 id)")
g.skip("Підготовлено 23 висновки до суду", [23], "court opinions (no §3 id)")
g.skip("У 2023 році Служба планує створити в громаді один дитячий будинок сімейного типу та залучити до прийомного "
       "батьківства ще 2 сім'ї", [2023, 1, 2], "plan for 2023")
g.skip("Довідки: (04571) 0-24-38", [4571, 2438], "phone")

g.note("a служба у справах дітей → centre_type other; oblast not written in the article text (the site header that "
       "says «Київська область» is not in the read text) → omitted from meta")
g.note("registers: the table's end-of-year column → registered (children), with category; «взято на облік» → "
       "registered_new; «знято з обліку» → deregistered. Start-of-year cells are skipped (the previous period's "
       "end), as in blind18, and enter the table check as literals")
g.note("the СЖО rows carry alt in_difficult_circumstances; «проживають у 8 сім'ях» → registered families")
g.note("war-affected status granted → registered_new with a label (blind18 convention)")
g.note("numbers in words that are the figure («двоє», «трьох», «одну дитину») are facts; «одна посада вакантна» "
       "is a vacancy (no §3 id)")
g.note("the site furniture (top bar phone, sidebar «Громада в цифрах», footer with ЄДРПОУ) is not in the read text, "
       "so it is neither a fact nor a skip")
g.write()
