"""b110_04: служба у справах дітей Кам'янопотоківської сільської ради (Полтавська), information for
9 months of 2024. Council web page (div layout with top bar, menu, breadcrumbs, sidebar with its own
numbers, footer). Third person. No planted slip: everything adds up."""
from common import Gold, write_text, report_path

DOC = "b110_04_kamiani_potoky_ssd_9m2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Інформація про роботу служби у справах дітей за 9 місяців 2024 року | Кам'янопотоківська сільська рада</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/templates/gromada/css/style.css?v=2024.3">
<script src="/templates/gromada/js/jquery.min.js"></script>
<script>window.dataLayer = window.dataLayer || []; gtag('config', 'G-0000000');</script>
</head>
<body class="page-news">
<div class="top-bar">
 <div class="container">
  <span class="top-phone">Приймальня: (05348) 0-31-70</span>
  <span class="top-mail">kp-rada@example.ua</span>
  <a class="top-vi" href="#">Версія для людей з порушенням зору</a>
 </div>
</div>
<header class="site-header">
 <div class="container">
  <a class="logo" href="/"><img src="/img/gerb.png" alt="Герб"> Кам'янопотоківська сільська рада</a>
  <div class="header-sub">Кременчуцький район, Полтавська область</div>
 </div>
</header>
<nav class="main-menu">
 <ul>
  <li><a href="/">Головна</a></li>
  <li><a href="/gromada/">Громада</a></li>
  <li><a href="/rada/">Рада</a></li>
  <li><a href="/vykonkom/">Виконавчий комітет</a></li>
  <li><a href="/ssd/">Служба у справах дітей</a></li>
  <li><a href="/docs/">Документи</a></li>
  <li><a href="/contacts/">Контакти</a></li>
 </ul>
</nav>
<div class="container page-wrap">
 <div class="content-col">
  <div class="breadcrumbs"><a href="/">Головна</a> » <a href="/ssd/">Служба у справах дітей</a> » Звіти</div>
  <article class="news-item">
   <h1>Інформація про роботу служби у справах дітей за 9 місяців 2024 року</h1>
   <div class="news-meta"><span class="date">14.10.2024 10:42</span> <span class="views">Переглядів: 237</span></div>
   <div class="news-text">
    <p>Служба у справах дітей Кам'янопотоківської сільської ради протягом січня–вересня 2024 року
    забезпечувала захист прав та інтересів дітей громади, у якій проживає близько 1,7 тис. дітей.</p>
    <h3>Діти-сироти та діти, позбавлені батьківського піклування</h3>
    <p>Станом на 01.10.2024 на первинному обліку служби перебуває 46 дітей-сиріт та дітей, позбавлених
    батьківського піклування, з них 19 дітей-сиріт і 27 дітей, позбавлених батьківського піклування.
    Протягом звітного періоду на облік поставлено 7 дітей, знято з обліку 5 дітей: троє у зв'язку з
    досягненням повноліття, двоє – у зв'язку з усиновленням.</p>
    <p>У сімейних формах виховання перебуває 41 дитина, або 89,1 % від кількості дітей на обліку:
    під опікою та піклуванням – 29, у прийомних сім'ях – 8, у дитячих будинках сімейного типу – 4.
    Ще 5 дітей виховуються в закладах. За 9 місяців усиновлено 2 дітей, до прийомних сімей влаштовано
    1 дитину.</p>
    <h3>Діти у складних життєвих обставинах</h3>
    <p>На обліку служби як такі, що перебувають у складних життєвих обставинах, – 23 дитини з 14 сімей.
    Упродовж звітного періоду на цей облік взято 8 дітей, знято 6 дітей: 5 – у зв'язку з поліпшенням
    умов проживання, 1 – вибула за межі громади.</p>
    <p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, службою надано
    31 дитині (всього з 2022 року – 214 дітям).</p>
    <h3>Звернення та профілактика</h3>
    <p>До служби надійшло 38 письмових звернень громадян; надійшли також повідомлення щодо 6 дітей, які
    могли постраждати від жорстокого поводження, – усі перевірено. Консультації з питань захисту прав
    дітей надано 57 особам. На телефон «гарячої лінії» служби надійшло 19 дзвінків.</p>
    <p>Проведено 4 засідання комісії з питань захисту прав дитини (розглянуто 27 питань), підготовлено
    24 висновки для органів суду. Разом з ювенальною превенцією проведено 9 рейдів «Діти вулиці».
    Для учнів 5–11 класів проведено 3 профілактичні заходи, якими охоплено 164 дитини.</p>
    <p>Штатна чисельність служби – 3 посади, усі заміщені: працюють 3 фахівці.</p>
    <p>У IV кварталі 2024 року служба планує провести навчання для 12 кандидатів у прийомні батьки.</p>
   </div>
   <div class="news-share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
  </article>
 </div>
 <aside class="sidebar">
  <div class="widget">
   <h4>Служба у справах дітей</h4>
   <p>Начальник служби – прийом: вівторок, четвер 9:00–12:00</p>
   <p>тел. (05348) 0-33-19</p>
  </div>
  <div class="widget">
   <h4>Останні новини</h4>
   <ul>
    <li><a href="#">11.10.2024 Сесія сільської ради: порядок денний з 17 питань</a></li>
    <li><a href="#">09.10.2024 Графік вивезення ТПВ на жовтень</a></li>
   </ul>
  </div>
  <div class="widget counter">Відвідувачів сьогодні: 148, всього: 1 482 906</div>
 </aside>
</div>
<footer class="site-footer">
 <div class="container">© 2017–2024 Кам'янопотоківська сільська рада. 39823, Полтавська обл., с. Кам'яні Потоки,
 вул. Центральна, 1. Код ЄДРПОУ 04326917</div>
</footer>
</body>
</html>
"""

def gold():
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Кам'янопотоківської сільської ради",
        "centre_type": "other", "settlement": "Кам'яні Потоки", "oblast": "Полтавська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-09-30",
        "published": "2024-10-14"},
        {"settlement": ["Кам'янопотоківська сільська громада", "Кам'янопотоківська громада"]})
    f = g.f
    reg = f("registered", "children", 46, "на первинному обліку служби перебуває 46 дітей-сиріт та дітей, позбавлених\nбатьківського піклування".replace("\n", " "),
            category="діти-сироти та діти, позбавлені батьківського піклування")
    r1 = f("registered", "children", 19, "з них 19 дітей-сиріт", category="діти-сироти", group="reg_46_by_status", parent=reg)
    r2 = f("registered", "children", 27, "27 дітей, позбавлених батьківського піклування",
           category="діти, позбавлені батьківського піклування", group="reg_46_by_status", parent=reg)
    rn = f("registered_new", "children", 7, "на облік поставлено 7 дітей",
           category="діти-сироти та діти, позбавлені батьківського піклування")
    dr = f("deregistered", "children", 5, "знято з обліку 5 дітей",
           category="діти-сироти та діти, позбавлені батьківського піклування")
    d1 = f("deregistered", "children", 3, "троє у зв'язку з\nдосягненням повноліття".replace("\n", " "),
           label="досягнення повноліття", group="dereg_5_by_reason", parent=dr, note="number in words")
    d2 = f("deregistered", "children", 2, "двоє – у зв'язку з усиновленням", label="усиновлення",
           group="dereg_5_by_reason", parent=dr, note="number in words")
    sf = f("registered", "families", 14, "23 дитини з 14 сімей", category="сім'ї з дітьми у складних життєвих обставинах",
           alt=["in_difficult_circumstances"])
    sc = f("registered", "children", 23, "у складних життєвих обставинах, – 23 дитини",
           category="діти у складних життєвих обставинах", alt=["in_difficult_circumstances"], parent=sf)
    sn = f("registered_new", "children", 8, "на цей облік взято 8 дітей", category="діти у складних життєвих обставинах")
    sd = f("deregistered", "children", 6, "знято 6 дітей", category="діти у складних життєвих обставинах")
    s1 = f("deregistered", "children", 5, "5 – у зв'язку з поліпшенням\nумов проживання".replace("\n", " "),
           label="поліпшення умов проживання", group="dereg_6_by_reason", parent=sd, alt=["outcome_positive"])
    s2 = f("deregistered", "children", 1, "1 – вибула за межі громади", label="вибула за межі громади",
           group="dereg_6_by_reason", parent=sd, alt=["outcome_other"])
    war = f("registered_new", "children", 31, "службою надано\n31 дитині".replace("\n", " "),
            label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    ap = f("applied", "applications", 38, "До служби надійшло 38 письмових звернень громадян")
    no = f("notified", "children", 6, "надійшли також повідомлення щодо 6 дітей",
           label="можливе жорстоке поводження з дітьми")
    cons = f("served", "persons", 57, "Консультації з питань захисту прав\nдітей надано 57 особам".replace("\n", " "),
             service="counselling")
    calls = f("calls", "calls", 19, "надійшло 19 дзвінків")
    ev = f("events", "events", 3, "проведено 3 профілактичні заходи")
    evp = f("event_participants", "children", 164, "якими охоплено 164 дитини", parent=ev)
    pos = f("staff_positions", "positions", 3, "Штатна чисельність служби – 3 посади")
    act = f("staff_actual", "staff", 3, "працюють 3 фахівці")

    g.check("parts_sum", "з них 19 дітей-сиріт і 27 дітей, позбавлених батьківського піклування", "19 + 27 = 46",
            f"{r1} + {r2} == {reg}")
    g.check("parts_sum", "знято з обліку 5 дітей: троє у зв'язку з", "3 + 2 = 5; the 2 adopted match «усиновлено 2 дітей»",
            f"{d1} + {d2} == {dr} and {d2} == 2")
    g.check("parts_sum", "під опікою та піклуванням – 29, у прийомних сім'ях – 8, у дитячих будинках сімейного типу – 4",
            "family forms 29 + 8 + 4 = 41; 41 + 5 in institutions = 46 on the register (literals: placements have no §3 id)",
            f"29 + 8 + 4 == 41 and 41 + 5 == {reg}")
    g.check("percent_mismatch", "У сімейних формах виховання перебуває 41 дитина, або 89,1 % від кількості дітей на обліку",
            "41 / 46 = 89,13 % → 89,1", f"pct_ok(89.1, 41, {reg}, 1)")
    g.check("parts_sum", "знято 6 дітей: 5 – у зв'язку з поліпшенням", "5 + 1 = 6", f"{s1} + {s2} == {sd}")
    g.check("parts_sum", "Штатна чисельність служби – 3 посади, усі заміщені: працюють 3 фахівці.",
            "all 3 positions filled", f"{act} == {pos}")

    g.skip("Інформація про роботу служби у справах дітей за 9 місяців 2024 року", [9, 2024], "period in the title")
    g.skip("14.10.2024 10:42 Переглядів: 237", [14, 10, 2024, 10, 42, 237], "publication date/time, view counter")
    g.skip("протягом січня–вересня 2024 року", [2024], "period")
    g.skip("близько 1,7 тис. дітей", [1700], "child population")
    g.skip("Станом на 01.10.2024", [1, 10, 2024], "date")
    g.skip("У сімейних формах виховання перебуває 41 дитина, або 89,1 % від кількості дітей на обліку",
           [41, 89.1], "placements in family forms (no §3 id; used as literals in checks)")
    g.skip("під опікою та піклуванням – 29, у прийомних сім'ях – 8, у дитячих будинках сімейного типу – 4",
           [29, 8, 4], "placements by form (no §3 id)")
    g.skip("Ще 5 дітей виховуються в закладах", [5], "children in institutions (no §3 id)")
    g.skip("За 9 місяців усиновлено 2 дітей, до прийомних сімей влаштовано\n1 дитину".replace("\n", " "),
           [9, 2, 1], "adoptions and placements (no §3 id)")
    g.skip("(всього з 2022 року – 214 дітям)", [2022, 214], "cumulative figure since 2022")
    g.skip("Проведено 4 засідання комісії з питань захисту прав дитини (розглянуто 27 питань), підготовлено\n24 висновки для органів суду".replace("\n", " "),
           [4, 27, 24], "commission sittings, questions, court opinions (no §3 id)")
    g.skip("проведено 9 рейдів «Діти вулиці»", [9], "raids (no §3 id)")
    g.skip("Для учнів 5–11 класів", [5, 11], "school grades")
    g.skip("У IV кварталі 2024 року служба планує провести навчання для 12 кандидатів у прийомні батьки",
           [4, 2024, 12], "plan")

    g.note("a служба у справах дітей → centre_type other; registers → registered / registered_new / deregistered (children), as in blind18")
    g.note("the page's furniture (top bar with a phone, header «Кременчуцький район, Полтавська область», menu, breadcrumbs, sidebar with a phone, office hours, news dates, a visitor counter, footer with address and ЄДРПОУ) holds no facts; `zvitparse read` prints only the article. oblast is taken from the header of the page («Полтавська область»), which the article itself does not repeat")
    g.note("«23 дитини з 14 сімей» in СЖО → registered (alt in_difficult_circumstances): families 14 and children 23 hanging on it")
    g.note("«троє», «двоє» are numbers in words → facts")
    g.note("the war-affected status granted in the period → registered_new with a label; the cumulative 214 since 2022 is skipped")
    g.note("«повідомлення щодо 6 дітей» → notified, unit children; «Консультації … надано 57 особам» → served with service counselling")
    g.note("no planted slip: every sum and percentage adds up")
    g.write()


if __name__ == "__main__":
    write_text(report_path(DOC), HTML)
    gold()
