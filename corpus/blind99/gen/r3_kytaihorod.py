"""b99_03: служба у справах дітей Китайгородської сільської ради (Хмельницька), annual information 2022.
Council web page (div layout with header, menu, breadcrumbs, sidebar, footer), third person. No slip."""
from common import Gold, report_path, write_text

DOC = "b99_03_kytaihorod_ssd_annual2022.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Інформація про діяльність служби у справах дітей за 2022 рік | Китайгородська сільська рада</title>
<link rel="stylesheet" href="/templates/hromada/css/style.css">
</head>
<body>
<div id="top-bar"><div class="container">
 <span class="phone">Приймальня: (03849) 0-63-28</span>
 <span class="mail">kytaihorod-rada@example.ua</span>
 <a href="/search" class="search-link">Пошук</a> | <a href="/eng">ENG</a>
</div></div>
<div id="site-header"><div class="container">
 <a href="/" class="logo"><img src="/images/gerb.png" alt="Герб"></a>
 <div class="site-name">Китайгородська сільська рада<br><small>Кам'янець-Подільський район, Хмельницька область</small></div>
</div></div>
<div id="main-menu"><ul class="menu">
 <li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/rada">Рада</a></li>
 <li><a href="/vykonkom">Виконком</a></li><li><a href="/docs">Документи</a></li><li><a href="/ssd">Служба у справах дітей</a></li>
 <li><a href="/zvernennia">Звернення громадян</a></li><li><a href="/contacts">Контакти</a></li>
</ul></div>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/ssd">Служба у справах дітей</a> / Звіти</div>
<div class="container page">
<div class="content-wrap">
<div class="article">
<h1>Інформація про діяльність служби у справах дітей Китайгородської сільської ради за 2022 рік</h1>
<div class="article-info">Опубліковано: 03.02.2023 | Автор: Служба у справах дітей | Переглядів: 427</div>
<div class="article-body">
<p>Служба у справах дітей Китайгородської сільської ради (далі – Служба) діє відповідно до Положення, затвердженого рішенням сесії сільської ради від 22.12.2020 № 37. Станом на 31.12.2022 на території громади проживає 1 763 дитини.</p>
<p><strong>Захист прав дітей-сиріт та дітей, позбавлених батьківського піклування.</strong> На первинному обліку Служби наприкінці року перебувало 27 дітей зазначеної категорії (на початок року – 24). Протягом року на облік взято 6 дітей, знято з обліку 3 дитини: у зв'язку з досягненням повноліття – 2, у зв'язку з усиновленням – 1.</p>
<p>Діти влаштовані до сімейних форм виховання: під опікою, піклуванням – 19, у прийомних сім'ях – 5, у дитячому будинку сімейного типу – 3. До закладів інституційного догляду у 2022 році жодну дитину не влаштовано.</p>
<p><strong>Діти, які перебувають у складних життєвих обставинах.</strong> На обліку Служби станом на кінець року перебуває 14 дітей із 9 сімей. Упродовж року на облік поставлено 8 дітей; знято з обліку 5 дітей у зв'язку з поліпшенням ситуації в сім'ях. Від закладів освіти, охорони здоров'я та поліції надійшли повідомлення щодо 26 дітей, які можуть перебувати у складних життєвих обставинах, з них 18 – від закладів освіти.</p>
<p><strong>Діти, які постраждали внаслідок воєнних дій.</strong> Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2022 році надано 112 дітям, серед яких 97 – з числа внутрішньо переміщених осіб. Документи ще 6 дітей перебувають на розгляді комісії.</p>
<p><strong>Робота зі зверненнями.</strong> До Служби надійшло 143 звернення громадян (письмових – 58, усних – 85). Скарг на дії працівників Служби не надходило. На телефон Служби надійшло 52 дзвінки, з них 9 – у нічний та вихідний час.</p>
<p>Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання; підготовлено 17 висновків для суду. Спільно з ювенальною превенцією здійснено 9 рейдів («Діти вулиці», «Урок»). Службою проведено 15 профілактичних заходів у закладах освіти, якими охоплено 640 дітей.</p>
<p>Штатна чисельність Служби – 3 посади (начальник, головний спеціаліст, спеціаліст І категорії), вакансій немає.</p>
<table class="table">
<caption>Основні показники роботи Служби</caption>
<thead><tr><th>Показник</th><th>2021 рік</th><th>2022 рік</th></tr></thead>
<tbody>
<tr><td>Звернення громадян</td><td>138</td><td>143</td></tr>
<tr><td>Діти-сироти та діти, позбавлені батьківського піклування, на обліку (на кінець року)</td><td>24</td><td>27</td></tr>
<tr><td>Діти у СЖО на обліку (на кінець року)</td><td>11</td><td>14</td></tr>
<tr><td>Надано статус дитини, яка постраждала внаслідок воєнних дій</td><td>3</td><td>112</td></tr>
<tr><td>Профілактичні заходи</td><td>12</td><td>15</td></tr>
</tbody></table>
<p>У 2023 році Служба планує створити в громаді ще одну прийомну сім'ю та залучити 4 кандидатів до навчання на курсах патронатних вихователів.</p>
</div>
<div class="article-share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a> <a href="#" onclick="window.print()">Друк</a></div>
</div>
</div>
<div class="sidebar">
 <div class="widget"><h3>Громада в цифрах</h3>
  <ul><li>Населення: 8 912 осіб</li><li>Населених пунктів: 14</li><li>Площа: 292,4 км²</li><li>Старостинських округів: 6</li></ul></div>
 <div class="widget"><h3>Служба у справах дітей</h3>
  <p>32432, с. Китайгород, вул. Миру, 18, каб. 5<br>тел. (03849) 0-63-41<br>Пн–Пт 8:00–17:00</p></div>
 <div class="widget"><h3>Останні новини</h3>
  <ul><li><a href="/news/812">01.02.2023 Засідання виконкому</a></li><li><a href="/news/809">30.01.2023 Графік відключень</a></li></ul></div>
</div>
</div>
<div id="footer"><div class="container">
 © 2018–2023 Китайгородська сільська рада. 32432, Хмельницька обл., Кам'янець-Подільський р-н, с. Китайгород, вул. Миру, 18. Код ЄДРПОУ 04405817.
 <br>При використанні матеріалів посилання на сайт обов'язкове.
</div></div>
</body>
</html>
"""


def gold():
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Китайгородської сільської ради",
        "centre_type": "other", "settlement": "Китайгород", "oblast": "Хмельницька",
        "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31",
        "published": "2023-02-03",
    })
    f = g.f
    F = lambda x: "f" + x[1:]
    reg = f("registered", "children", 27, "На первинному обліку Служби наприкінці року перебувало 27 дітей зазначеної категорії",
            category="діти-сироти та діти, позбавлені батьківського піклування")
    rn = f("registered_new", "children", 6, "Протягом року на облік взято 6 дітей",
           category="діти-сироти та діти, позбавлені батьківського піклування")
    dr = f("deregistered", "children", 3, "знято з обліку 3 дитини",
           category="діти-сироти та діти, позбавлені батьківського піклування")
    dr1 = f("deregistered", "children", 2, "у зв'язку з досягненням повноліття – 2", label="досягнення повноліття",
            group="dereg_3_by_reason", parent=dr)
    dr2 = f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="усиновлення",
            group="dereg_3_by_reason", parent=dr)
    sj = f("registered", "children", 14, "На обліку Служби станом на кінець року перебуває 14 дітей",
           category="діти, які перебувають у складних життєвих обставинах")
    sjf = f("registered", "families", 9, "14 дітей із 9 сімей",
            category="сім'ї, які перебувають у складних життєвих обставинах", note="families of the 14 children")
    sjn = f("registered_new", "children", 8, "Упродовж року на облік поставлено 8 дітей",
            category="діти, які перебувають у складних життєвих обставинах")
    sjd = f("deregistered", "children", 5, "знято з обліку 5 дітей у зв'язку з поліпшенням ситуації в сім'ях",
            category="діти, які перебувають у складних життєвих обставинах", label="поліпшення ситуації в сім'ях",
            alt=["outcome_positive"])
    nt = f("notified", "children", 26, "надійшли повідомлення щодо 26 дітей")
    nt1 = f("notified", "children", 18, "з них 18 – від закладів освіти", label="від закладів освіти", parent=nt)
    war = f("registered_new", "children", 112, "у 2022 році надано 112 дітям",
            label="надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    war1 = f("registered_new", "children", 97, "серед яких 97 – з числа внутрішньо переміщених осіб",
             category="внутрішньо переміщені особи",
             label="надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів", parent=war)
    ap = f("applied", "applications", 143, "До Служби надійшло 143 звернення громадян")
    ap1 = f("applied", "applications", 58, "письмових – 58", label="письмові", group="applied_143_by_form", parent=ap)
    ap2 = f("applied", "applications", 85, "усних – 85", label="усні", group="applied_143_by_form", parent=ap)
    cp = f("complaints", "complaints", 0, "Скарг на дії працівників Служби не надходило")
    cl = f("calls", "calls", 52, "На телефон Служби надійшло 52 дзвінки")
    cl1 = f("calls", "calls", 9, "з них 9 – у нічний та вихідний час", label="у нічний та вихідний час", parent=cl)
    ev = f("events", "events", 15, "Службою проведено 15 профілактичних заходів у закладах освіти")
    evp = f("event_participants", "children", 640, "якими охоплено 640 дітей", parent=ev)
    pos = f("staff_positions", "positions", 3, "Штатна чисельність Служби – 3 посади")
    t_ap = f("applied", "applications", 143, "Звернення громадян\t138\t143", label="таблиця, 2022 рік")
    t_reg = f("registered", "children", 27,
              "Діти-сироти та діти, позбавлені батьківського піклування, на обліку (на кінець року)\t24\t27",
              category="діти-сироти та діти, позбавлені батьківського піклування", label="таблиця, 2022 рік")
    t_sj = f("registered", "children", 14, "Діти у СЖО на обліку (на кінець року)\t11\t14",
             category="діти, які перебувають у складних життєвих обставинах", label="таблиця, 2022 рік")
    t_war = f("registered_new", "children", 112, "Надано статус дитини, яка постраждала внаслідок воєнних дій\t3\t112",
              label="надано статус дитини, яка постраждала внаслідок воєнних дій (таблиця, 2022 рік)")
    t_ev = f("events", "events", 15, "Профілактичні заходи\t12\t15", label="таблиця, 2022 рік")
    g.check("parts_sum", "знято з обліку 3 дитини: у зв'язку з досягненням повноліття – 2, у зв'язку з усиновленням – 1",
            "2 + 1 = 3", f"{F(dr1)} + {F(dr2)} == {F(dr)}")
    g.check("parts_sum", "(на початок року – 24)", "start 24 + taken 6 − removed 3 = 27 at year end (24 is a skipped literal)",
            f"24 + {F(rn)} - {F(dr)} == {F(reg)}")
    g.check("parts_sum", "під опікою, піклуванням – 19, у прийомних сім'ях – 5, у дитячому будинку сімейного типу – 3",
            "placements 19 + 5 + 3 = 27 children on the register (placements are skipped literals)", f"19 + 5 + 3 == {F(reg)}")
    g.check("parts_sum", "(письмових – 58, усних – 85)", "58 + 85 = 143", f"{F(ap1)} + {F(ap2)} == {F(ap)}")
    g.check("parts_sum", "серед яких 97 – з числа внутрішньо переміщених осіб", "97 ≤ 112", f"{F(war1)} <= {F(war)}")
    g.check("parts_sum", "з них 18 – від закладів освіти", "18 ≤ 26", f"{F(nt1)} <= {F(nt)}")
    g.check("parts_sum", "з них 9 – у нічний та вихідний час", "9 ≤ 52", f"{F(cl1)} <= {F(cl)}")
    g.check("parts_sum", "(на кінець року)\t11\t14", "СЖО register: 11 at the end of 2021 + 8 − 5 = 14 (11 is a skipped literal)",
            f"11 + {F(sjn)} - {F(sjd)} == {F(sj)}")
    g.check("internal_conflict", "Показник\t2021 рік\t2022 рік", "the 2022 column repeats the prose: 143, 27, 14, 112, 15",
            f"{F(t_ap)} == {F(ap)} and {F(t_reg)} == {F(reg)} and {F(t_sj)} == {F(sj)} and {F(t_war)} == {F(war)} and {F(t_ev)} == {F(ev)}")
    g.check("internal_conflict", "(на кінець року)\t24\t27", "the table's 2021 year-end register 24 equals the prose's start of 2022",
            "24 == 24")
    s = g.skip
    s("Приймальня: (03849) 0-63-28", [3849, 6328], "phone in the page's top bar")
    s("Опубліковано: 03.02.2023 | Автор: Служба у справах дітей | Переглядів: 427", [3, 2, 2023, 427], "publication date, view counter")
    s("Китайгородської сільської ради за 2022 рік", [2022], "year")
    s("рішенням сесії сільської ради від 22.12.2020 № 37", [22, 12, 2020, 37], "decision date and number")
    s("Станом на 31.12.2022 на території громади проживає 1 763 дитини", [31, 12, 2022, 1763], "date, child population")
    s("(на початок року – 24)", [24], "start-of-year register")
    s("під опікою, піклуванням – 19, у прийомних сім'ях – 5, у дитячому будинку сімейного типу – 3", [19, 5, 3],
      "placements by form, no §3 id")
    s("До закладів інституційного догляду у 2022 році жодну дитину не влаштовано", [2022, 0], "placements, no §3 id")
    s("у 2022 році надано", [2022], "year")
    s("Документи ще 6 дітей перебувають на розгляді комісії", [6], "pending, no §3 id")
    s("Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання; підготовлено 17 висновків для суду",
      [11, 64, 17], "commission sittings, questions, court opinions: no §3 id")
    s("здійснено 9 рейдів", [9], "raids, no §3 id")
    s("Показник\t2021 рік\t2022 рік", [2021, 2022], "table header years; the 2021 column (138, 24, 11, 3, 12) is the prior year")
    s("Звернення громадян\t138", [138], "2021 figure")
    s("Профілактичні заходи\t12", [12], "2021 figure")
    s("(на кінець року)\t11", [11], "2021 figure")
    s("воєнних дій\t3", [3], "2021 figure")
    s("У 2023 році Служба планує створити в громаді ще одну прийомну сім'ю та залучити 4 кандидатів", [2023, 1, 4], "2023 plan")
    s("спеціаліст І категорії", [1], "Roman numeral of a civil-service grade")
    g.note("a служба у справах дітей is centre_type other; registers are registered / registered_new / deregistered (children)")
    g.note("«знято з обліку 5 дітей у зв'язку з поліпшенням ситуації» → deregistered with label, alt outcome_positive")
    g.note("the status of a war-affected child granted → registered_new with a label")
    g.note("the 2022 column of the table repeats five prose figures: five more facts; the 2021 column is skipped")
    g.note("«вакансій немає» with 3 positions implies 3 working, but no staff_actual figure is written → none annotated")
    g.note("notifications «щодо 26 дітей» → notified, unit children")
    g.note("published 2023-02-03 from the page's «Опубліковано»")
    g.note("the page's menu, breadcrumbs, sidebar (population 8 912, 14 settlements, area, office hours, news dates) and footer (address, ЄДРПОУ) are in the HTML but `zvitparse read` does not print them, so they are not annotated; the top-bar phone is printed and skipped")
    g.note("no planted slip: everything adds up")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), HTML)
    gold().write()
