"""b63_04: служба у справах дітей Турбівської селищної ради (Вінницька), 9 months of 2025.
Council-site HTML page, windows-1251, header/menu/breadcrumbs/sidebar/footer around the article."""
from common import Gold, report_path, write_text

NAME = "b63_04_turbiv_ssd_9m2025.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу служби у справах дітей за 9 місяців 2025 року | Турбівська селищна рада</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="/">Турбівська селищна рада</a></div>
  <div class="top-contacts">Приймальня: (04358) 0-27-41 | пн–пт 8:00–17:00</div>
  <nav class="main-menu">
    <ul>
      <li><a href="/">Головна</a></li>
      <li><a href="/news">Новини</a></li>
      <li><a href="/docs">Документи</a></li>
      <li><a href="/struktura">Структура</a></li>
      <li><a href="/kontakty">Контакти</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs"><a href="/">Головна</a> › <a href="/struktura">Структура</a> › <a href="/ssd">Служба у справах дітей</a> › Звіти</div>
<div class="wrapper">
<main class="content">
<article>
<h1>Про роботу служби у справах дітей за 9 місяців 2025 року</h1>
<div class="post-meta">Опубліковано: 14.10.2025 | Автор: Служба у справах дітей | Переглядів: 312</div>
<p>Служба у справах дітей Турбівської селищної ради інформує про результати роботи за січень – вересень 2025 року.</p>
<p>Станом на 01.10.2025 на первинному обліку служби перебуває 37 дітей-сиріт та дітей, позбавлених батьківського піклування (на 01.01.2025 – 34). Протягом дев'яти місяців на облік поставлено 6 дітей цієї категорії, знято з обліку 3 дитини: у зв'язку з досягненням повноліття – 2, у зв'язку з усиновленням – 1. Із 37 дітей 29 виховуються в сімейних формах (опіка, піклування, прийомні сім'ї, ДБСТ), 8 – у закладах.</p>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, на кінець звітного періоду – 19 дітей із 11 сімей. За звітний період на такий облік поставлено 9 дітей, знято з нього 7 дітей (у зв'язку з поліпшенням умов виховання – 6, досягненням 18-річного віку – 1).</p>
<p>До служби надійшло 28 повідомлень про дітей, які можуть перебувати у складних життєвих обставинах: від закладів освіти – 13, від органів поліції – 9, від центру надання соціальних послуг – 6.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, з початку року надано 24 дітям; загалом з 2022 року такий статус мають 311 дітей громади.</p>
<p>Упродовж звітного періоду до служби звернулося 96 громадян, з них усно – 58, письмово – 38. Скарг на дії працівників служби не надходило.</p>
<p>Відбулося 7 засідань комісії з питань захисту прав дитини, на яких розглянуто 52 питання. Спільно з сектором ювенальної превенції проведено 11 рейдів «Діти вулиці». Підготовлено 14 висновків органу опіки та піклування, з них 9 – для розгляду в суді. На телефон «гарячої лінії» служби надійшло 17 дзвінків, усі опрацьовано в день надходження. У закладах освіти громади проведено 15 профілактичних заходів, якими охоплено 640 учнів.</p>
<p>Штатна чисельність служби – 3 посади, усі зайняті.</p>
</article>
</main>
<aside class="sidebar">
  <h3>Контакти служби</h3>
  <p>22500, смт Турбів, вул. Миру, 9, каб. 14<br>тел. (04358) 0-21-63<br>ssd.turbiv@example.ua</p>
  <h3>Останні новини</h3>
  <ul>
    <li><a href="/news/1043">10.10.2025 Відбулася 57 сесія селищної ради</a></li>
    <li><a href="/news/1039">07.10.2025 Графік прийому громадян на жовтень</a></li>
    <li><a href="/news/1036">02.10.2025 До Дня захисників: 120 продуктових наборів</a></li>
  </ul>
</aside>
</div>
<footer class="site-footer">
  <p>© 2019–2025 Турбівська селищна рада. Усі права захищено.</p>
  <p>Код ЄДРПОУ 04326817</p>
</footer>
</body>
</html>
"""
write_text(report_path(NAME), HTML, encoding="cp1251")

g = Gold(NAME, {
    "centre": "Служба у справах дітей Турбівської селищної ради",
    "centre_type": "other", "settlement": "Турбів", "report_kind": "period_report",
    "period_start": "2025-01-01", "period_end": "2025-09-30", "published": "2025-10-14"})
f = g.f
o = f("registered", "children", 37, "на первинному обліку служби перебуває 37 дітей-сиріт",
      label="діти-сироти та діти, позбавлені батьківського піклування, станом на 01.10.2025")
on = f("registered_new", "children", 6, "на облік поставлено 6 дітей цієї категорії",
       label="діти-сироти та діти, позбавлені батьківського піклування")
od = f("deregistered", "children", 3, "знято з обліку 3 дитини",
       label="діти-сироти та діти, позбавлені батьківського піклування")
od1 = f("deregistered", "children", 2, "у зв'язку з досягненням повноліття – 2", label="досягнення повноліття",
        group="deregistered_orphans_3", parent=od)
od2 = f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="усиновлення",
        group="deregistered_orphans_3", parent=od)
r = f("registered", "children", 19, "на кінець звітного періоду – 19 дітей із 11 сімей",
      label="діти у складних життєвих обставинах")
rf = f("registered", "families", 11, "на кінець звітного періоду – 19 дітей із 11 сімей",
       label="сім'ї дітей у складних життєвих обставинах")
rn = f("registered_new", "children", 9, "на такий облік поставлено 9 дітей", label="діти у складних життєвих обставинах")
rd = f("deregistered", "children", 7, "знято з нього 7 дітей", label="діти у складних життєвих обставинах")
rd1 = f("deregistered", "children", 6, "у зв'язку з поліпшенням умов виховання – 6",
        label="поліпшення умов виховання", group="deregistered_sjo_7", parent=rd)
rd2 = f("deregistered", "children", 1, "досягненням 18-річного віку – 1", label="досягнення 18-річного віку",
        group="deregistered_sjo_7", parent=rd)
no = f("notified", "children", 28, "До служби надійшло 28 повідомлень про дітей",
       note="28 notifications about children; counted as children")
n1 = f("notified", "children", 13, "від закладів освіти – 13", label="від закладів освіти", group="notified_28",
       parent=no)
n2 = f("notified", "children", 9, "від органів поліції – 9", label="від органів поліції", group="notified_28",
       parent=no)
n3 = f("notified", "children", 6, "від центру надання соціальних послуг – 6",
       label="від центру надання соціальних послуг", group="notified_28", parent=no)
ws = f("registered_new", "children", 24, "з початку року надано 24 дітям",
       label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
ap = f("applied", "persons", 96, "до служби звернулося 96 громадян")
a1 = f("applied", "persons", 58, "усно – 58", label="усно", group="applied_96", parent=ap)
a2 = f("applied", "persons", 38, "письмово – 38", label="письмово", group="applied_96", parent=ap)
ca = f("calls", "calls", 17, "На телефон «гарячої лінії» служби надійшло 17 дзвінків")
cp = f("complaints", "complaints", 0, "Скарг на дії працівників служби не надходило")
ev = f("events", "events", 15, "проведено 15 профілактичних заходів")
ep = f("event_participants", "children", 640, "якими охоплено 640 учнів", unit_alt="persons", parent=ev)
sp = f("staff_positions", "positions", 3, "Штатна чисельність служби – 3 посади")
sa = f("staff_actual", "staff", 3, "Штатна чисельність служби – 3 посади, усі зайняті",
       note="«усі зайняті»: 3 positions, all filled → 3 working")
g.check("parts_sum", "знято з обліку 3 дитини", "2 + 1 = 3", f"{od1} + {od2} == {od}")
g.check("parts_sum", "на первинному обліку служби перебуває 37 дітей-сиріт",
        "34 at 01.01 + 6 put on − 3 taken off = 37 at 01.10", f"34 + {on} - {od} == {o}")
g.check("parts_sum", "знято з нього 7 дітей", "6 + 1 = 7", f"{rd1} + {rd2} == {rd}")
g.check("parts_sum", "До служби надійшло 28 повідомлень про дітей", "13 + 9 + 6 = 28", f"{n1} + {n2} + {n3} == {no}")
g.check("parts_sum", "звернулося 96 громадян, з них усно – 58, письмово – 38", "58 + 38 = 96", f"{a1} + {a2} == {ap}")
g.check("parts_sum", "Із 37 дітей 29 виховуються в сімейних формах", "29 in families + 8 in institutions = 37",
        f"29 + 8 == {o}")
g.check("parts_sum", "Штатна чисельність служби – 3 посади, усі зайняті", "3 ≤ 3", f"{sa} <= {sp}")
g.skip("Опубліковано: 14.10.2025 | Автор: Служба у справах дітей | Переглядів: 312", [14, 10, 2025, 312],
       "publication date and view counter")
g.skip("за 9 місяців 2025 року", [9, 2025], "period in the title")
g.skip("Станом на 01.10.2025", [1, 10, 2025], "date")
g.skip("(на 01.01.2025 – 34)", [1, 1, 2025, 34], "start-of-year register (used as a literal in a check)")
g.skip("Із 37 дітей 29 виховуються в сімейних формах (опіка, піклування, прийомні сім'ї, ДБСТ), 8 – у закладах",
       [37, 29, 8], "placement by form (no §3 id)")
g.skip("загалом з 2022 року такий статус мають 311 дітей громади", [2022, 311], "cumulative figure since 2022")
g.skip("Відбулося 7 засідань комісії з питань захисту прав дитини, на яких розглянуто 52 питання", [7, 52],
       "commission sittings and questions (no §3 id)")
g.skip("Підготовлено 14 висновків органу опіки та піклування, з них 9 – для розгляду в суді", [14, 9], "opinions of the guardianship body (no §3 id)")
g.skip("досягненням 18-річного віку – 1", [18], "age (the 1 is a fact)")
g.skip("проведено 11 рейдів «Діти вулиці»", [11], "raids (no §3 id)")
g.note("служба у справах дітей → centre_type other; its registers are registered / registered_new / deregistered "
       "of children, told apart by label (orphans vs children in СЖО)")
g.note("«19 дітей із 11 сімей» gives two registered facts (children, families) from one phrase")
g.note("the war-affected status granted this year → registered_new with a label; the cumulative 311 since 2022 is skipped")
g.note("«15 профілактичних заходів, якими охоплено 640 учнів» → events and event_participants (children, unit_alt persons)")
g.note("the page chrome (header phone and hours, sidebar contacts and news with a session number and 120 food sets, footer years and ЄДРПОУ) does not appear in the read text, so it has no skips; none of it is a fact")
g.write()
