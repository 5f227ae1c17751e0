"""b62_02: служба у справах дітей Гоголівської селищної ради (Полтавська), information for 2024,
published as a news item on the council site. windows-1251 HTML with top bar, menu, breadcrumbs,
sidebar and footer around the article. Third person. No planted slip."""
from common import Gold, write_text, report_path

DOC = "b62_02_hoholeve_ssd_annual2024.html"

ARTICLE = """<h1 class="entry-title">Про роботу служби у справах дітей за 2024 рік</h1>
<div class="entry-meta">Опубліковано: 17.01.2025 | Автор: Адміністратор | Переглядів: 143</div>
<div class="entry-content">
<p>Служба у справах дітей Гоголівської селищної ради інформує про підсумки роботи у 2024 році. Станом на 31.12.2024 у громаді проживає 2 147 дітей віком до 18 років.</p>
<p>Протягом звітного року на первинному обліку служби перебувало 29 дітей-сиріт та дітей, позбавлених батьківського піклування (11 дітей-сиріт і 18 дітей, позбавлених батьківського піклування). Поставлено на облік 5 дітей, знято з обліку 4 дитини: 3 &#8211; у зв&#8217;язку з досягненням повноліття, 1 &#8211; у зв&#8217;язку з усиновленням.</p>
<p>Усі діти зазначеної категорії влаштовані до сімейних форм виховання: під опікою, піклуванням &#8211; 19, у прийомних сім&#8217;ях &#8211; 7, у дитячому будинку сімейного типу &#8211; 3. Протягом року створено 1 прийомну сім&#8217;ю.</p>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, станом на кінець року перебуває 14 дітей з 9 сімей. Упродовж 2024 року на такий облік поставлено 6 дітей, знято з обліку 5 дітей у зв&#8217;язку з усуненням причин, що зумовили складні життєві обставини.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, службою надано 23 дітям (загалом з 2022 року такий статус отримала 131 дитина громади).</p>
<p>До служби надійшло 47 письмових звернень громадян, а саме:</p>
<ul>
<li>щодо визначення місця проживання дитини &#8211; 12;</li>
<li>щодо участі у вихованні дитини того з батьків, хто проживає окремо, &#8211; 9;</li>
<li>з інших питань захисту прав дітей &#8211; 26.</li>
</ul>
<p>Крім того, на телефон &laquo;гарячої лінії&raquo; служби надійшло 58 дзвінків. Отримано повідомлення про вчинення домашнього насильства стосовно 6 дітей, за кожним з них проведено оцінку ризиків.</p>
<p>Відбулося 8 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання. Спільно з ювенальною поліцією проведено 21 профілактичний рейд &laquo;Діти вулиці&raquo;, під час яких обстежено умови проживання 37 сімей. До суду подано 3 висновки органу опіки та піклування щодо позбавлення батьківських прав.</p>
<p>До Дня захисту дітей, Тижня безпечного інтернету та Міжнародного дня сім&#8217;ї фахівцями служби проведено 12 інформаційно-просвітницьких заходів, якими охоплено 286 дітей та батьків.</p>
<p>Штатним розписом служби передбачено 3 посади, які заміщені повністю. Двоє працівників у 2024 році підвищили кваліфікацію на курсах при Полтавському обласному інституті післядипломної освіти (обсяг &#8211; 30 годин).</p>
<p>У 2025 році служба планує створити ще 2 прийомні сім&#8217;ї та 1 дитячий будинок сімейного типу.</p>
</div>"""

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу служби у справах дітей за 2024 рік &laquo; Гоголівська селищна рада</title>
<link rel="stylesheet" href="/wp-content/themes/gromada/style.css?ver=2.3.1">
</head>
<body class="single-post">
<div class="top-bar"><div class="container">Гоголівська селищна територіальна громада &middot; Миргородський район &middot; Полтавська область &middot; тел. (05355) 0-41-27 &middot; <a href="/rss">RSS</a></div></div>
<div class="header"><a href="/" class="logo"><img src="/img/gerb.png" alt="Герб"></a><span class="site-title">ГОГОЛІВСЬКА СЕЛИЩНА РАДА</span><form class="search"><input type="text" name="s" placeholder="Пошук..."></form></div>
<div class="menu"><ul><li><a href="/">Головна</a></li><li><a href="/gromada">Громада</a></li><li><a href="/rada">Селищна рада</a></li><li><a href="/vykonkom">Виконком</a></li><li><a href="/news">Новини</a></li><li><a href="/docs">Документи</a></li><li><a href="/contacts">Контакти</a></li></ul></div>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/news">Новини</a> &raquo; <a href="/news/ssd">Служба у справах дітей</a> &raquo; Про роботу служби у справах дітей за 2024 рік</div>
<div class="content-wrap">
<div class="main-column">
""" + ARTICLE + """
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</div>
<div class="sidebar">
<div class="widget"><h3>Контакти</h3><p>37620, смт Гоголеве, вул. Шевченка, 52</p><p>Приймальня: (05355) 0-41-27</p><p>Служба у справах дітей: (05355) 0-42-09</p><p>Пн&ndash;Пт 8:00&ndash;17:00</p></div>
<div class="widget"><h3>Останні новини</h3><ul><li><a href="#">Сесія селищної ради 24.01.2025</a></li><li><a href="#">Графік прийому громадян на лютий</a></li><li><a href="#">Оголошено конкурс на посаду (2 вакансії)</a></li></ul></div>
</div>
</div>
<div class="footer"><div class="container">&copy; 2017&ndash;2025 Гоголівська селищна рада. Усі права захищено. Розробка сайту: ТОВ &laquo;Веб-Громада&raquo;</div></div>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251", newline="\n")
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Гоголівської селищної ради",
        "centre_type": "other", "settlement": "Гоголеве", "oblast": "Полтавська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-01-17"})
    f1 = g.f("registered", "children", 29,
             "на первинному обліку служби перебувало 29 дітей-сиріт та дітей, позбавлених батьківського піклування",
             category="діти-сироти та діти, позбавлені батьківського піклування")
    g.f("registered", "children", 11, "11 дітей-сиріт", category="діти-сироти", group="registered_29_by_status", parent=f1)
    g.f("registered", "children", 18, "18 дітей, позбавлених батьківського піклування)",
        category="діти, позбавлені батьківського піклування", group="registered_29_by_status", parent=f1)
    g.f("registered_new", "children", 5, "Поставлено на облік 5 дітей",
        category="діти-сироти та діти, позбавлені батьківського піклування")
    f5 = g.f("deregistered", "children", 4, "знято з обліку 4 дитини",
             category="діти-сироти та діти, позбавлені батьківського піклування")
    g.f("deregistered", "children", 3, "3 – у зв'язку з досягненням повноліття", label="досягнення повноліття",
        group="deregistered_4_by_reason", parent=f5)
    g.f("deregistered", "children", 1, "1 – у зв'язку з усиновленням", label="усиновлення",
        group="deregistered_4_by_reason", parent=f5)
    f8 = g.f("registered", "families", 9, "перебуває 14 дітей з 9 сімей", category="сім'ї у складних життєвих обставинах",
             alt=["in_difficult_circumstances"])
    g.f("registered", "children", 14, "перебуває 14 дітей з 9 сімей", category="діти у складних життєвих обставинах",
        alt=["in_difficult_circumstances"], parent=f8)
    g.f("registered_new", "children", 6, "на такий облік поставлено 6 дітей", category="діти у складних життєвих обставинах")
    g.f("deregistered", "children", 5, "знято з обліку 5 дітей у зв'язку з усуненням причин",
        category="діти у складних життєвих обставинах", alt=["outcome_positive"],
        label="усунення причин складних життєвих обставин")
    g.f("registered_new", "children", 23, "службою надано 23 дітям",
        label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    f13 = g.f("applied", "applications", 47, "До служби надійшло 47 письмових звернень громадян")
    g.f("applied", "applications", 12, "щодо визначення місця проживання дитини – 12", label="визначення місця проживання дитини",
        group="applied_47_by_subject", parent=f13)
    g.f("applied", "applications", 9, "щодо участі у вихованні дитини того з батьків, хто проживає окремо, – 9",
        label="участь у вихованні дитини того з батьків, хто проживає окремо", group="applied_47_by_subject", parent=f13)
    g.f("applied", "applications", 26, "з інших питань захисту прав дітей – 26", label="інші питання захисту прав дітей",
        group="applied_47_by_subject", parent=f13)
    g.f("calls", "calls", 58, "надійшло 58 дзвінків")
    g.f("notified", "children", 6, "Отримано повідомлення про вчинення домашнього насильства стосовно 6 дітей",
        label="домашнє насильство")
    f19 = g.f("events", "events", 12, "проведено 12 інформаційно-просвітницьких заходів")
    g.f("event_participants", "persons", 286, "якими охоплено 286 дітей та батьків", parent=f19, unit_alt="children")
    f21 = g.f("staff_positions", "positions", 3, "Штатним розписом служби передбачено 3 посади")
    f22 = g.f("staff_actual", "staff", 3, "які заміщені повністю",
              note="«3 посади, які заміщені повністю»: three staff working; the figure is written once, so the quote is the clause that states it")
    g.f("staff_trained", "staff", 2, "Двоє працівників у 2024 році підвищили кваліфікацію")

    g.check("parts_sum", "(11 дітей-сиріт і 18 дітей, позбавлених батьківського піклування)", "11 + 18 = 29", "f2 + f3 == f1")
    g.check("parts_sum", "знято з обліку 4 дитини: 3 – у зв'язку з досягненням повноліття, 1 – у зв'язку з усиновленням",
            "3 + 1 = 4", "f6 + f7 == f5")
    g.check("parts_sum", "під опікою, піклуванням – 19, у прийомних сім'ях – 7, у дитячому будинку сімейного типу – 3",
            "placements 19 + 7 + 3 = 29, all children of the register (placements have no §3 id: literals)", "19 + 7 + 3 == f1")
    g.check("parts_sum", "До служби надійшло 47 письмових звернень громадян, а саме:", "12 + 9 + 26 = 47", "f14 + f15 + f16 == f13")
    g.check("parts_sum", "Штатним розписом служби передбачено 3 посади, які заміщені повністю",
            "3 working = 3 positions; 2 trained ≤ 3", "f22 == f21 and f23 <= f22")
    g.check("parts_sum", "перебуває 14 дітей з 9 сімей", "9 families ≤ 14 children", "f8 <= f9")

    g.skip("Полтавська область · тел. (05355) 0-41-27", [5355, 4127], "phone in the site's top bar")
    g.skip("Опубліковано: 17.01.2025 | Автор: Адміністратор | Переглядів: 143", [17, 1, 2025, 143], "publication date, view counter")
    g.skip("Служба у справах дітей Гоголівської селищної ради інформує про підсумки роботи у 2024 році.", [2024], "year")
    g.skip("Станом на 31.12.2024 у громаді проживає 2 147 дітей віком до 18 років.", [31, 12, 2024, 2147, 18], "date, child population, age")
    g.skip("під опікою, піклуванням – 19, у прийомних сім'ях – 7, у дитячому будинку сімейного типу – 3",
           [19, 7, 3], "placements by form (no §3 id); used as literals in a check")
    g.skip("Протягом року створено 1 прийомну сім'ю.", [1], "foster families created (no §3 id)")
    g.skip("(загалом з 2022 року такий статус отримала 131 дитина громади)", [2022, 131], "cumulative figure since 2022")
    g.skip("за кожним з них проведено оцінку ризиків", [], "risk assessments: no number written")
    g.skip("Відбулося 8 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання.", [8, 64],
           "commission sittings and questions (no §3 id)")
    g.skip("проведено 21 профілактичний рейд «Діти вулиці», під час яких обстежено умови проживання 37 сімей", [21, 37],
           "raids and families visited during raids (no §3 id)")
    g.skip("До суду подано 3 висновки органу опіки та піклування щодо позбавлення батьківських прав.", [3], "court opinions (no §3 id)")
    g.skip("(обсяг – 30 годин)", [30], "duration of the course")
    g.skip("У 2025 році служба планує створити ще 2 прийомні сім'ї та 1 дитячий будинок сімейного типу.", [2025, 2, 1], "plan")
    g.note("a служба у справах дітей is centre_type other; its registers are registered / registered_new / deregistered of children")
    g.note("the СЖО register «14 дітей з 9 сімей»: families row (9) and children row (14) hanging on it, both registered (alt in_difficult_circumstances)")
    g.note("«знято з обліку 5 дітей у зв'язку з усуненням причин» → deregistered with a label (alt outcome_positive)")
    g.note("the war-affected status granted to 23 children → registered_new with a label; the cumulative 131 since 2022 is skipped")
    g.note("«3 посади, які заміщені повністю» → staff_positions 3 and staff_actual 3; «Двоє працівників» is a number in words (staff_trained 2)")
    g.note("the page chrome (top bar, menu, breadcrumbs, sidebar, footer) holds phones, a postcode, dates and «2 вакансії»; whatever of it the reader keeps is not a fact")
    g.write()


if __name__ == "__main__":
    main()
