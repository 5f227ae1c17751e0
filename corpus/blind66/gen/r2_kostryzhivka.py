"""b66_02: служба у справах дітей Кострижівської селищної ради, annual information 2023.
HTML council page, windows-1251, with header, menu, breadcrumbs, sidebar and footer."""
from common import Gold, write_text, report_path

DOC = "b66_02_kostryzhivka_ssd_annual2023.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Інформація про роботу служби у справах дітей за 2023 рік | Кострижівська селищна рада</title>
<link rel="stylesheet" href="/templates/kostr/css/style.css?v=3.12">
<script src="/media/jui/js/jquery.min.js"></script>
</head>
<body class="site com_content view-article itemid-217">
<div class="topline"><div class="wrap">
<span class="tel">Приймальня: (03736) 0-51-40</span> <span class="mail">rada@kostryzhivka.example.ua</span>
<a href="/en">EN</a> | <a href="/">UA</a> <form class="search"><input type="text" name="q" placeholder="Пошук..."></form>
</div></div>
<header id="header"><div class="logo"><a href="/"><img src="/images/gerb.png" alt="герб">
<span>Кострижівська селищна рада<br><small>Чернівецький район Чернівецької області</small></span></a></div></header>
<nav id="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/vlada">Влада</a></li>
<li><a href="/dokumenty">Документи</a></li><li class="active"><a href="/sotsialnyi-zakhyst">Соціальний захист</a></li>
<li><a href="/osvita">Освіта</a></li><li><a href="/kontakty">Контакти</a></li>
</ul></nav>
<div id="content" class="wrap">
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/sotsialnyi-zakhyst">Соціальний захист</a> » <a href="/sotsialnyi-zakhyst/ssd">Служба у справах дітей</a> » Інформація за 2023 рік</div>
<main>
<article class="item-page">
<h1>Інформація про роботу служби у справах дітей Кострижівської селищної ради за 2023 рік</h1>
<div class="article-info"><span class="published">Опубліковано: 19.01.2024 10:42</span> <span class="author">Автор: Адміністратор</span> <span class="hits">Переглядів: 312</span></div>
<div class="article-body">
<p>Служба у справах дітей Кострижівської селищної ради (далі – Служба) утворена рішенням 3 сесії VIII скликання від 24.12.2020 № 57-3/2020 і є уповноваженим органом з питань захисту прав дітей на території громади, у якій станом на 01.01.2023 проживало 2 914 дітей.</p>
<p>Протягом 2023 року Службою опрацьовано 118 звернень громадян, із них письмових – 46, усних – 72. На «гарячу лінію» Служби надійшло 26 дзвінків.</p>
<p>Станом на 31.12.2023 на первинному обліку перебуває 41 дитина-сирота та дитина, позбавлена батьківського піклування, у тому числі дітей-сиріт – 15, дітей, позбавлених батьківського піклування, – 26. Протягом звітного року на облік взято 7 дітей, знято з обліку 5 дітей: у зв'язку з досягненням повноліття – 3, усиновлено – 1, повернуто на виховання батькам – 1.</p>
<p>Усі діти зазначеної категорії влаштовані до сімейних форм виховання: під опіку, піклування – 29, до прийомних сімей – 8, до дитячих будинків сімейного типу – 4. У закладах інституційного догляду діти громади не перебувають.</p>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, станом на кінець року перебуває 23 дитини з 14 сімей. Упродовж 2023 року на такий облік поставлено 11 дітей, з обліку знято 9 дітей у зв'язку з усуненням причин.</p>
<p>Надійшли повідомлення щодо 31 дитини, стосовно якої можливе жорстоке поводження або домашнє насильство; за кожним повідомленням проведено оцінку потреб спільно з фахівцем із соціальної роботи.</p>
<p>Відповідно до постанови КМУ від 05.04.2017 № 268 статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2023 році надано 64 дітям (всього з 2022 року – 187 дітей).</p>
<p>Проведено 12 засідань комісії з питань захисту прав дитини, розглянуто 86 питань; здійснено 14 рейдів «Діти вулиці» та «Урок».</p>
<p>Спільно з ЦНСП та закладами освіти проведено 17 профілактичних заходів для учнів 5–11 класів, якими охоплено 540 дітей.</p>
<p>Штатна чисельність Служби – 4 посади, фактично працює 3 фахівці, які у 2023 році пройшли навчання на платформі «Дія.Освіта» (2 особи) та в ЧОЦПК (1 особа).</p>
<p>У 2024 році Служба планує створити ще 2 прийомні сім'ї та один ДБСТ.</p>
<p>Адреса: 59430, смт Кострижівка, вул. Незалежності, 22, каб. 7, тел. (03736) 0-51-48.</p>
</div>
</article>
</main>
<aside id="sidebar">
<div class="module"><h3>Контакти Служби</h3><p>Пн–Пт 8:00–17:00, обідня перерва 12:00–13:00</p><p>тел. (03736) 0-51-48</p></div>
<div class="module"><h3>Останні новини</h3><ul>
<li><a href="/news/1204">Сесія селищної ради 22.01.2024</a></li>
<li><a href="/news/1199">Графік прийому громадян на лютий</a></li>
<li><a href="/news/1195">Оголошення про конкурс на посаду (2 вакансії)</a></li>
</ul></div>
<div class="module"><h3>Корисні посилання</h3><ul><li><a href="https://www.president.gov.ua">Президент України</a></li><li><a href="https://diia.gov.ua">Дія</a></li></ul></div>
</aside>
</div>
<footer id="footer"><div class="wrap">© 2016–2024 Кострижівська селищна рада. Усі права захищено.<br>
59430, Чернівецька обл., Чернівецький р-н, смт Кострижівка, вул. Незалежності, 22. Код ЄДРПОУ 04417289<br>
Сайт працює на Joomla! 3.10 <span class="counter">Відвідувачів сьогодні: 48</span></div></footer>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251", newline="\n")
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Кострижівської селищної ради",
        "centre_type": "other", "settlement": "Кострижівка", "oblast": "Чернівецька",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
        "published": "2024-01-19"})
    ap = g.f("applied", "applications", 118, "Службою опрацьовано 118 звернень громадян", unit_alt="persons")
    ap1 = g.f("applied", "applications", 46, "письмових – 46", parent=ap, label="письмові", group="applied_118_by_form")
    ap2 = g.f("applied", "applications", 72, "усних – 72", parent=ap, label="усні", group="applied_118_by_form")
    cl = g.f("calls", "calls", 26, "На «гарячу лінію» Служби надійшло 26 дзвінків")
    rg = g.f("registered", "children", 41, "на первинному обліку перебуває 41 дитина-сирота",
             label="діти-сироти та діти, позбавлені батьківського піклування, на 31.12.2023")
    rg1 = g.f("registered", "children", 15, "дітей-сиріт – 15", parent=rg, category="діти-сироти",
              group="registered_41_by_status")
    rg2 = g.f("registered", "children", 26, "дітей, позбавлених батьківського піклування, – 26", parent=rg,
              category="діти, позбавлені батьківського піклування", group="registered_41_by_status")
    rn = g.f("registered_new", "children", 7, "на облік взято 7 дітей",
             label="діти-сироти та діти, позбавлені батьківського піклування")
    dr = g.f("deregistered", "children", 5, "знято з обліку 5 дітей",
             label="діти-сироти та діти, позбавлені батьківського піклування")
    dr1 = g.f("deregistered", "children", 3, "у зв'язку з досягненням повноліття – 3", parent=dr,
              label="досягнення повноліття", group="deregistered_5_by_reason")
    dr2 = g.f("deregistered", "children", 1, "усиновлено – 1", parent=dr, label="усиновлення",
              group="deregistered_5_by_reason")
    dr3 = g.f("deregistered", "children", 1, "повернуто на виховання батькам – 1", parent=dr,
              label="повернення батькам", group="deregistered_5_by_reason")
    sj = g.f("registered", "children", 23,
             "На обліку дітей, які перебувають у складних життєвих обставинах, станом на кінець року перебуває 23 дитини",
             label="діти у СЖО, на кінець року", alt=["in_difficult_circumstances"])
    sjf = g.f("registered", "families", 14, "23 дитини з 14 сімей", label="сім'ї дітей у СЖО, на кінець року",
              alt=["in_difficult_circumstances"])
    sjn = g.f("registered_new", "children", 11, "на такий облік поставлено 11 дітей", label="діти у СЖО")
    sjd = g.f("deregistered", "children", 9, "з обліку знято 9 дітей у зв'язку з усуненням причин",
              label="діти у СЖО, усунення причин")
    nt = g.f("notified", "children", 31, "Надійшли повідомлення щодо 31 дитини")
    wr = g.f("registered_new", "children", 64, "у 2023 році надано 64 дітям",
             label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    ev = g.f("events", "events", 17, "проведено 17 профілактичних заходів")
    ep = g.f("event_participants", "children", 540, "якими охоплено 540 дітей", parent=ev, unit_alt="persons")
    sp = g.f("staff_positions", "positions", 4, "Штатна чисельність Служби – 4 посади")
    sa = g.f("staff_actual", "staff", 3, "фактично працює 3 фахівці")
    st1 = g.f("staff_trained", "staff", 2, "на платформі «Дія.Освіта» (2 особи)", label="Дія.Освіта",
              group="trained_by_provider")
    st2 = g.f("staff_trained", "staff", 1, "в ЧОЦПК (1 особа)", label="ЧОЦПК", group="trained_by_provider")

    g.check("parts_sum", "Службою опрацьовано 118 звернень громадян, із них письмових – 46, усних – 72",
            "46 + 72 = 118", f"{ap1} + {ap2} == {ap}")
    g.check("parts_sum", "на первинному обліку перебуває 41 дитина-сирота",
            "15 + 26 = 41", f"{rg1} + {rg2} == {rg}")
    g.check("parts_sum", "знято з обліку 5 дітей: у зв'язку з досягненням повноліття – 3",
            "3 + 1 + 1 = 5", f"{dr1} + {dr2} + {dr3} == {dr}")
    g.check("parts_sum", "під опіку, піклування – 29, до прийомних сімей – 8, до дитячих будинків сімейного типу – 4",
            "all 41 children placed in family forms: 29 + 8 + 4 = 41 (placements have no §3 id; literals)",
            f"29 + 8 + 4 == {rg}")
    g.check("parts_sum", "Штатна чисельність Служби – 4 посади, фактично працює 3 фахівці",
            "3 ≤ 4; the 2 + 1 trained are the 3 staff", f"{sa} <= {sp} and {st1} + {st2} == {sa}")
    g.skip("Опубліковано: 19.01.2024 10:42", [19, 1, 2024, 10, 42], "publication date and time")
    g.skip("Переглядів: 312", [312], "view counter")
    g.skip("рішенням 3 сесії VIII скликання від 24.12.2020 № 57-3/2020", [3, 24, 12, 2020, 57, 3, 2020],
           "decision number and date")
    g.skip("станом на 01.01.2023 проживало 2 914 дітей", [1, 1, 2023, 2914], "child population")
    g.skip("під опіку, піклування – 29, до прийомних сімей – 8, до дитячих будинків сімейного типу – 4", [29, 8, 4],
           "placements by form: no §3 id (used as literals)")
    g.skip("постанови КМУ від 05.04.2017 № 268", [5, 4, 2017, 268], "legal act")
    g.skip("(всього з 2022 року – 187 дітей)", [2022, 187], "cumulative figure since 2022")
    g.skip("Проведено 12 засідань комісії з питань захисту прав дитини, розглянуто 86 питань", [12, 86],
           "commission sittings and questions: no §3 id")
    g.skip("здійснено 14 рейдів «Діти вулиці» та «Урок»", [14], "raids: no §3 id")
    g.skip("для учнів 5–11 класів", [5, 11], "school grades")
    g.skip("У 2024 році Служба планує створити ще 2 прийомні сім'ї та один ДБСТ", [2024, 2, 1], "plan")
    g.skip("59430, смт Кострижівка, вул. Незалежності, 22, каб. 7, тел. (03736) 0-51-48", [59430, 22, 7, 3736, 5148],
           "postcode, address, room, phone")
    g.note("a служба у справах дітей: centre_type other; registers are registered / registered_new / deregistered "
           "(children), as in blind18")
    g.note("«118 звернень громадян» → applied, unit applications (unit_alt persons)")
    g.note("the СЖО register (23 children from 14 families) → registered with a label, alt in_difficult_circumstances")
    g.note("the war-affected status granted in 2023 (64) → registered_new with a label; the cumulative 187 since 2022 is skipped")
    g.note("header (phone), menu, breadcrumbs, sidebar (office hours, news dates, «2 вакансії») and footer (ЄДРПОУ, "
           "address, visitor counter) carry no facts; the reader drops them, so they are not listed under skipped")
    g.skip('Інформація про роботу служби у справах дітей Кострижівської селищної ради за 2023 рік', [2023], 'title: period')
    g.skip('Протягом 2023 року', [2023], 'period')
    g.skip('Станом на 31.12.2023', [31, 12, 2023], 'date')
    g.skip('Упродовж 2023 року', [2023], 'period')
    g.skip('які у 2023 році пройшли навчання', [2023], 'period')
    g.write()


if __name__ == "__main__":
    main()
