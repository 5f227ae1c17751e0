"""b69_03: служба у справах дітей Кириківської селищної ради (Сумська), information for H1 2025.
HTML council-site page in windows-1251 (header, menu, breadcrumbs, sidebar, footer); third person.
One planted slip: parts_sum (war-affected status 31 = 19 IDP + 14 local = 33)."""
from common import Gold, report_path, write_text

DOC = "b69_03_kyrykivka_ssd_h1_2025.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Інформація про роботу служби у справах дітей за І півріччя 2025 року | Кириківська селищна рада</title>
<link rel="stylesheet" href="/templates/gromada/css/template.css">
<script src="/media/jui/js/jquery.min.js"></script>
</head>
<body class="site com_content view-article">
<div id="top-bar"><div class="container"><span class="tb-phone">Приймальня: (05446) 0-52-11</span> <span class="tb-mail">rada@kyrykivka.example.ua</span> <a href="/en">EN</a></div></div>
<header id="header"><div class="container"><a class="logo" href="/"><img src="/images/gerb.png" alt="Герб"></a>
<div class="site-title">Кириківська селищна рада<br><small>Охтирський район Сумської області</small></div></div></header>
<nav id="mainmenu"><ul class="menu">
<li><a href="/">Головна</a></li><li><a href="/gromada">Громада</a></li><li><a href="/vlada">Влада</a></li>
<li><a href="/news">Новини</a></li><li><a href="/docs">Документи</a></li><li><a href="/zvernennia">Звернення громадян</a></li><li><a href="/contacts">Контакти</a></li>
</ul></nav>
<div id="wrapper"><div class="container"><div class="row">
<div id="content" class="col-md-8">
<ul class="breadcrumb"><li><a href="/">Головна</a></li> <li><a href="/news">Новини</a></li> <li><a href="/news/ssd">Служба у справах дітей</a></li> <li class="active">Інформація за І півріччя 2025 року</li></ul>
<div class="item-page">
<h1 class="page-header">Інформація про роботу служби у справах дітей за І півріччя 2025 року</h1>
<dl class="article-info"><dd class="published">Опубліковано: 15.07.2025 10:42</dd><dd class="hits">Переглядів: 213</dd></dl>
<div class="article-body">
<p>Служба у справах дітей Кириківської селищної ради (далі – Служба) діє відповідно до Положення, затвердженого рішенням селищної ради від 24.02.2021 № 112. На території громади проживає 1 874 дитини.</p>
<p><strong>Облік дітей-сиріт та дітей, позбавлених батьківського піклування.</strong> Станом на 30.06.2025 на первинному обліку Служби перебуває 38 дітей зазначеної категорії, з них 14 дітей-сиріт і 24 дитини, позбавлені батьківського піклування. Упродовж півріччя на облік взято 5 дітей, знято з обліку 3 дітей (2 – у зв'язку з досягненням повноліття, 1 – усиновлена). Під опікою, піклуванням виховуються 27 дітей, у прийомних сім'ях – 6, у дитячих будинках сімейного типу – 3, у закладах – 2.</p>
<p><strong>Діти у складних життєвих обставинах.</strong> На обліку Служби як такі, що перебувають у складних життєвих обставинах, перебуває 22 дитини з 13 сімей. Від закладів освіти, поліції та старост надійшли повідомлення щодо 9 дітей, які могли опинитися у складних життєвих обставинах. За звітний період на облік поставлено 6 дітей, знято з обліку 4 дітей у зв'язку з поліпшенням умов виховання.</p>
<p><strong>Діти, які постраждали внаслідок воєнних дій.</strong> За І півріччя 2025 року статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 31 дитині, у тому числі: дітям з числа внутрішньо переміщених осіб – 19, дітям, які постійно проживають у громаді, – 14. Загалом з 2022 року такий статус отримали 148 дітей.</p>
<p><strong>Робота зі зверненнями.</strong> До Служби надійшло 64 письмові звернення громадян, усі розглянуто в установлений строк. Скарг на дії працівників Служби не надходило. На телефон «гарячої лінії» надійшло 17 дзвінків.</p>
<p><strong>Профілактика.</strong> Спільно з ювенальною поліцією проведено 9 рейдів «Діти вулиці» та «Урок». У закладах освіти проведено 14 профілактичних заходів, якими охоплено 410 учнів 5–11 класів. Відбулося 6 засідань комісії з питань захисту прав дитини, розглянуто 41 питання.</p>
<p><strong>Кадри.</strong> Штатна чисельність Служби – 4 посади, фактично працюють 3 особи.</p>
<p>Телефон Служби: (05446) 0-52-37, кабінет № 7, вул. Соборна, 3, смт Кириківка, 42820.</p>
</div></div>
</div>
<aside id="sidebar" class="col-md-4">
<div class="moduletable"><h3>Останні новини</h3><ul class="latestnews">
<li><a href="/news/1841">Сесія селищної ради 14.07.2025</a></li>
<li><a href="/news/1838">Графік прийому громадян у липні</a></li>
<li><a href="/news/1835">До уваги ВПО: виплати на проживання</a></li></ul></div>
<div class="moduletable"><h3>Корисні телефони</h3><p>ЦНАП: (05446) 0-51-09<br>Служба у справах дітей: (05446) 0-52-37</p></div>
</aside>
</div></div></div>
<footer id="footer"><div class="container"><p>© 2017–2025 Кириківська селищна рада. 42820, Сумська обл., Охтирський р-н, смт Кириківка, вул. Соборна, 3. Код ЄДРПОУ 04391726.</p><p>Усі права захищені. Розробка сайту: example.ua</p></div></footer>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251")
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Кириківської селищної ради",
        "centre_type": "other",
        "settlement": "Кириківка",
        "oblast": "Сумська",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-06-30",
        "published": "2025-07-15",
    })
    f1 = g.f("registered", "children", 38, "на первинному обліку Служби перебуває 38 дітей зазначеної категорії",
             label="діти-сироти та діти, позбавлені батьківського піклування")
    f2 = g.f("registered", "children", 14, "з них 14 дітей-сиріт", label="діти-сироти", group="register_38_by_status",
             parent=f1)
    f3 = g.f("registered", "children", 24, "24 дитини, позбавлені батьківського піклування",
             label="діти, позбавлені батьківського піклування", group="register_38_by_status", parent=f1)
    f4 = g.f("registered_new", "children", 5, "Упродовж півріччя на облік взято 5 дітей",
             label="діти-сироти та діти, позбавлені батьківського піклування")
    f5 = g.f("deregistered", "children", 3, "знято з обліку 3 дітей",
             label="діти-сироти та діти, позбавлені батьківського піклування")
    f6 = g.f("deregistered", "children", 2, "2 – у зв'язку з досягненням повноліття", label="досягнення повноліття",
             group="deregistered_3_by_reason", parent=f5)
    f7 = g.f("deregistered", "children", 1, "1 – усиновлена", label="усиновлення", group="deregistered_3_by_reason",
             parent=f5)
    f8 = g.f("registered", "children", 22, "перебуває 22 дитини з 13 сімей", label="діти у СЖО")
    f9 = g.f("registered", "families", 13, "перебуває 22 дитини з 13 сімей", label="сім'ї дітей у СЖО",
             note="the 13 families the 22 children on the СЖО register come from")
    f10 = g.f("registered_new", "children", 6, "За звітний період на облік поставлено 6 дітей", label="діти у СЖО")
    f11 = g.f("deregistered", "children", 4, "знято з обліку 4 дітей у зв'язку з поліпшенням умов виховання",
              label="діти у СЖО; поліпшення умов виховання")
    f12 = g.f("registered_new", "children", 31, "надано 31 дитині",
              label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    f13 = g.f("registered_new", "children", 19, "дітям з числа внутрішньо переміщених осіб – 19",
              category="внутрішньо переміщені особи", group="war_status_31_by_residence", parent=f12,
              label="статус дитини, яка постраждала внаслідок воєнних дій")
    f14 = g.f("registered_new", "children", 14, "дітям, які постійно проживають у громаді, – 14",
              label="статус дитини, яка постраждала внаслідок воєнних дій; постійно проживають у громаді",
              group="war_status_31_by_residence", parent=f12)
    g.f("notified", "children", 9, "надійшли повідомлення щодо 9 дітей",
        note="notified is defined for families; here the notices name children, so unit children")
    g.f("applied", "applications", 64, "До Служби надійшло 64 письмові звернення громадян")
    g.f("complaints", "complaints", 0, "Скарг на дії працівників Служби не надходило.")
    g.f("calls", "calls", 17, "надійшло 17 дзвінків")
    f19 = g.f("events", "events", 14, "У закладах освіти проведено 14 профілактичних заходів")
    g.f("event_participants", "children", 410, "якими охоплено 410 учнів", unit_alt="persons", parent=f19)
    f21 = g.f("staff_positions", "positions", 4, "Штатна чисельність Служби – 4 посади")
    f22 = g.f("staff_actual", "staff", 3, "фактично працюють 3 особи")

    g.slip("parts_sum", "error",
           "надано 31 дитині, у тому числі: дітям з числа внутрішньо переміщених осіб – 19, дітям, які постійно проживають у громаді, – 14",
           31, 33, [f12, f13, f14],
           "the two groups (IDP children / children permanently living in the hromada) are a partition of the 31 "
           "children granted the status, but 19 + 14 = 33, two more than 31.",
           "f13 + f14 == f12")
    g.check("parts_sum", "з них 14 дітей-сиріт і 24 дитини, позбавлені батьківського піклування", "14 + 24 = 38",
            "f2 + f3 == f1")
    g.check("parts_sum", "знято з обліку 3 дітей (2 – у зв'язку з досягненням повноліття, 1 – усиновлена)",
            "2 + 1 = 3", "f6 + f7 == f5")
    g.check("parts_sum", "Під опікою, піклуванням виховуються 27 дітей, у прийомних сім'ях – 6, у дитячих будинках сімейного типу – 3, у закладах – 2.",
            "placements by form (no §3 id, literals): 27 + 6 + 3 + 2 = 38 children on the register",
            "27 + 6 + 3 + 2 == f1")
    g.check("parts_sum", "перебуває 22 дитини з 13 сімей", "13 families ≤ 22 children", "f9 <= f8")
    g.check("parts_sum", "Штатна чисельність Служби – 4 посади, фактично працюють 3 особи", "3 ≤ 4", "f22 <= f21")

    g.skip("Приймальня: (05446) 0-52-11", [5446, 5211], "phone")
    g.skip("Інформація про роботу служби у справах дітей за І півріччя 2025 року", [1, 2025], "title, period")
    g.skip("Опубліковано: 15.07.2025 10:42", [15, 7, 2025, 10, 42], "publication date and time")
    g.skip("рішенням селищної ради від 24.02.2021 № 112", [24, 2, 2021, 112], "decision date and number")
    g.skip("На території громади проживає 1 874 дитини.", [1874], "child population")
    g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
    g.skip("Під опікою, піклуванням виховуються 27 дітей, у прийомних сім'ях – 6, у дитячих будинках сімейного типу – 3, у закладах – 2.",
           [27, 6, 3, 2], "placements by form (no §3 id); used as literals in a check")
    g.skip("Загалом з 2022 року такий статус отримали 148 дітей.", [2022, 148], "cumulative figure since 2022")
    g.skip("проведено 9 рейдів «Діти вулиці» та «Урок»", [9], "raids (no §3 id)")
    g.skip("учнів 5–11 класів", [5, 11], "school grades")
    g.skip("Відбулося 6 засідань комісії з питань захисту прав дитини, розглянуто 41 питання.", [6, 41],
           "commission sittings and questions (no §3 id)")
    g.skip("Телефон Служби: (05446) 0-52-37, кабінет № 7, вул. Соборна, 3, смт Кириківка, 42820.",
           [5446, 5237, 7, 3, 42820], "phone, room, address, postcode")
    g.note("a служба у справах дітей is centre_type other; its registers are registered / registered_new / deregistered (children), as in blind18")
    g.note("the war-affected status granted is registered_new with a label; its two residence groups partition it (IDP / permanent residents), so 19 + 14 = 33 against 31 is a slip")
    g.note("«22 дитини з 13 сімей» gives two register facts (children and families), both labelled СЖО")
    g.note("the 410 pupils reached by the preventive events are event_participants with unit children (unit_alt persons)")
    g.note("the page has a view counter and a sidebar/footer with phones, news dates, ЄДРПОУ 04391726 and copyright years; `zvitparse read` drops them, so they are neither facts nor skips. The top bar with the reception phone stays in the read text and is skipped")
    g.note("sidebar, header and footer numbers (phones, dates of news, ЄДРПОУ 04391726, years of the copyright) are page furniture and never facts")
    g.write()


if __name__ == "__main__":
    main()
