"""b120_03: служба у справах дітей Шпанівської сільської ради (Рівненська), information for Q2 2024.
Council web page (div layout: top bar, menu, breadcrumbs, date/views, sidebar with its own numbers, footer),
third person, prose + list + a small table. No planted slip."""
from common import Gold, write_text, report_path

DOC = "b120_03_shpaniv_ssd_q2_2024.html"

HTML = """\
<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Інформація про роботу служби у справах дітей за ІІ квартал 2024 року | Шпанівська сільська рада</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/templates/hromada/css/style.css?v=3.2.1">
</head>
<body class="page-news">
<div id="top-bar"><div class="wrap"><span class="phone">Приймальня: (0362) 0-47-15</span> <span class="mail">shpaniv.rada@example.ua</span> <a href="/en" class="lang">EN</a></div></div>
<div id="header"><div class="wrap"><a href="/" class="logo"><img src="/img/gerb.png" alt="Герб"></a><div class="site-name">Шпанівська сільська рада<br><small>Рівненського району Рівненської області</small></div></div></div>
<div id="main-menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/rada">Рада</a></li>
<li><a href="/vykonkom">Виконавчий комітет</a></li><li class="active"><a href="/ssd">Служба у справах дітей</a></li>
<li><a href="/cnap">ЦНАП</a></li><li><a href="/contacts">Контакти</a></li></ul></div>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/ssd">Служба у справах дітей</a> / <span>Звіти</span></div>
<div id="content" class="wrap">
<div class="col-main">
<div class="news-item">
<h1>Інформація про роботу служби у справах дітей за ІІ квартал 2024 року</h1>
<div class="news-meta">Опубліковано: 09.07.2024 10:42 &nbsp;|&nbsp; Автор: Служба у справах дітей &nbsp;|&nbsp; Переглядів: 217</div>
<div class="news-text">
<p>Служба у справах дітей Шпанівської сільської ради у квітні – червні 2024 року здійснювала заходи щодо захисту прав та інтересів дітей відповідно до Положення, затвердженого рішенням сільської ради від 17.12.2020 № 42.</p>
<p>Станом на 30.06.2024 на первинному обліку служби перебуває 37 дітей-сиріт та дітей, позбавлених батьківського піклування (на 01.04.2024 їх було 35). З них дітей-сиріт – 11, дітей, позбавлених батьківського піклування, – 26. Під опікою, піклуванням виховується 21 дитина, у прийомних сім'ях – 9, у дитячих будинках сімейного типу – 5, у закладах – 2.</p>
<p>Протягом кварталу на первинний облік поставлено 4 дітей, знято з обліку 2 дітей у зв'язку з досягненням ними повноліття.</p>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, станом на кінець кварталу – 18 дітей з 11 сімей. За три місяці до служби надійшло 7 повідомлень про дітей, які можуть перебувати у складних життєвих обставинах; за результатами перевірок на облік взято 3 дітей. Знято з обліку 5 дітей:</p>
<ul>
<li>у зв'язку з подоланням складних життєвих обставин – 4;</li>
<li>у зв'язку зі зміною місця проживання – 1.</li>
</ul>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у звітному кварталі надано 6 дітям (загалом з 2022 року – 143 дитини, з них 118 – внутрішньо переміщені).</p>
<p>До служби звернулося 29 громадян, з них 17 подали письмові заяви. На «гарячу лінію» служби надійшло 12 дзвінків.</p>
<p>Основні заходи кварталу:</p>
<table class="tbl">
<tr><th>Захід</th><th>Кількість</th><th>Охоплено</th></tr>
<tr><td>Засідання комісії з питань захисту прав дитини</td><td>3</td><td>26 питань</td></tr>
<tr><td>Рейди «Діти вулиці» спільно з ювенальною превенцією</td><td>5</td><td>14 сімей</td></tr>
<tr><td>Інформаційні заходи для учнів Шпанівського ліцею</td><td>2</td><td>86 дітей</td></tr>
</table>
<p>Одну дитину усиновлено громадянами України. Штатна чисельність служби – 3 посади, усі заміщені, працює 3 особи.</p>
<p>Телефон служби: (0362) 0-47-22, каб. № 6, прийом громадян – щовівторка та щочетверга з 9.00 до 13.00.</p>
</div>
</div>
</div>
<div class="col-side">
<div class="widget"><h3>Громада в цифрах</h3><p>Площа: 189,4 км²</p><p>Населення: 11 230 осіб</p><p>Старостинських округів: 4</p></div>
<div class="widget"><h3>Останні новини</h3><ul><li><a href="/news/1187">08.07.2024 Сесія сільської ради</a></li><li><a href="/news/1185">05.07.2024 Графік прийому громадян</a></li></ul></div>
</div>
</div>
<div id="footer"><div class="wrap">© 2020–2024 Шпанівська сільська рада. 35331, Рівненська обл., с. Шпанів, вул. Центральна, 1. Код ЄДРПОУ 04387611</div></div>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML)
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Шпанівської сільської ради",
        "centre_type": "other", "settlement": "Шпанів", "oblast": "Рівненська",
        "report_kind": "period_report", "period_start": "2024-04-01", "period_end": "2024-06-30",
        "published": "2024-07-09",
    })
    f = g.f
    rg = f("registered", "children", 37, "на первинному обліку служби перебуває 37 дітей-сиріт",
           category="діти-сироти та діти, позбавлені батьківського піклування", label="станом на 30.06.2024")
    r0 = f("registered", "children", 35, "на 01.04.2024 їх було 35",
           category="діти-сироти та діти, позбавлені батьківського піклування", label="станом на 01.04.2024",
           note="start of the report quarter: a point inside the period, so a fact (told apart by label)")
    o1 = f("registered", "children", 11, "З них дітей-сиріт – 11", category="діти-сироти",
           group="registered_37_by_status", parent=rg)
    o2 = f("registered", "children", 26, "дітей, позбавлених батьківського піклування, – 26",
           category="діти, позбавлені батьківського піклування", group="registered_37_by_status", parent=rg)
    nw = f("registered_new", "children", 4, "на первинний облік поставлено 4 дітей",
           category="діти-сироти та діти, позбавлені батьківського піклування")
    dr = f("deregistered", "children", 2, "знято з обліку 2 дітей у зв'язку з досягненням ними повноліття",
           category="діти-сироти та діти, позбавлені батьківського піклування", label="досягнення повноліття")
    sf = f("registered", "families", 11, "18 дітей з 11 сімей", category="сім'ї у складних життєвих обставинах",
           alt=["in_difficult_circumstances"])
    sj = f("registered", "children", 18, "станом на кінець кварталу – 18 дітей з 11 сімей",
           category="діти у складних життєвих обставинах", alt=["in_difficult_circumstances"], parent=sf,
           note="children written with their families hang on the families row (SPEC §3)")
    nt = f("notified", "children", 7, "надійшло 7 повідомлень про дітей, які можуть перебувати у складних життєвих обставинах")
    sn = f("registered_new", "children", 3, "на облік взято 3 дітей", category="діти у складних життєвих обставинах", parent=nt)
    sd = f("deregistered", "children", 5, "Знято з обліку 5 дітей", category="діти у складних життєвих обставинах")
    d1 = f("deregistered", "children", 4, "у зв'язку з подоланням складних життєвих обставин – 4",
           label="подолання складних життєвих обставин", alt=["outcome_positive"],
           group="deregistered_5_by_reason", parent=sd)
    d2 = f("deregistered", "children", 1, "у зв'язку зі зміною місця проживання – 1", label="зміна місця проживання",
           alt=["outcome_other"], group="deregistered_5_by_reason", parent=sd)
    wr = f("registered_new", "children", 6, "у звітному кварталі надано 6 дітям",
           label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    ap = f("applied", "persons", 29, "До служби звернулося 29 громадян")
    wa = f("applied", "applications", 17, "з них 17 подали письмові заяви", label="письмові заяви", unit_alt="persons", parent=ap)
    cl = f("calls", "calls", 12, "На «гарячу лінію» служби надійшло 12 дзвінків")
    ev = f("events", "events", 2, "Інформаційні заходи для учнів Шпанівського ліцею\t2\t86 дітей")
    ep = f("event_participants", "children", 86, "Інформаційні заходи для учнів Шпанівського ліцею\t2\t86 дітей", parent=ev)
    ps = f("staff_positions", "positions", 3, "Штатна чисельність служби – 3 посади")
    sa = f("staff_actual", "staff", 3, "працює 3 особи")

    n = lambda x: x[1:]  # noqa: E731
    g.check("parts_sum", "З них дітей-сиріт – 11, дітей, позбавлених батьківського піклування, – 26", "11 + 26 = 37",
            f"f{n(o1)} + f{n(o2)} == f{n(rg)}")
    g.check("parts_sum", "Під опікою, піклуванням виховується 21 дитина, у прийомних сім'ях – 9",
            "placement forms 21 + 9 + 5 + 2 = 37 (placements have no §3 id; literals)", f"21 + 9 + 5 + 2 == f{n(rg)}")
    g.check("parts_sum", "(на 01.04.2024 їх було 35)", "register movement 35 + 4 − 2 = 37",
            f"f{n(r0)} + f{n(nw)} - f{n(dr)} == f{n(rg)}")
    g.check("parts_sum", "Знято з обліку 5 дітей:", "4 + 1 = 5", f"f{n(d1)} + f{n(d2)} == f{n(sd)}")
    g.check("parts_sum", "за результатами перевірок на облік взято 3 дітей", "3 taken ≤ 7 notified", f"f{n(sn)} <= f{n(nt)}")
    g.check("parts_sum", "з них 17 подали письмові заяви", "17 ≤ 29", f"f{n(wa)} <= f{n(ap)}")
    g.check("parts_sum", "(загалом з 2022 року – 143 дитини, з них 118 – внутрішньо переміщені)",
            "cumulative figures (skipped): 6 this quarter ≤ 143 since 2022; 118 ≤ 143", f"f{n(wr)} <= 143 and 118 <= 143")
    g.check("parts_sum", "працює 3 особи", "3 working = 3 positions («усі заміщені»)", f"f{n(sa)} == f{n(ps)}")

    sk = g.skip
    sk("Приймальня: (0362) 0-47-15", [362, 4715], "phone in the site's top bar (furniture the reader keeps)")
    sk("За три місяці", [3], "duration in words")
    sk("Інформація про роботу служби у справах дітей за ІІ квартал 2024 року", [2, 2024], "Roman quarter and year (meta)")
    sk("у квітні – червні 2024 року", [2024], "period")
    sk("Опубліковано: 09.07.2024 10:42", [9, 7, 2024, 10, 42], "publication date and time (meta published)")
    sk("Переглядів: 217", [217], "view counter")
    sk("рішенням сільської ради від 17.12.2020 № 42", [17, 12, 2020, 42], "decision date and number")
    sk("Станом на 30.06.2024", [30, 6, 2024], "date")
    sk("Під опікою, піклуванням виховується 21 дитина, у прийомних сім'ях – 9, у дитячих будинках сімейного типу – 5, у закладах – 2.",
       [21, 9, 5, 2], "placement forms; no §3 id (literals in a check)")
    sk("(загалом з 2022 року – 143 дитини, з них 118 – внутрішньо переміщені)", [2022, 143, 118],
       "cumulative since 2022, not the quarter's figure")
    sk("Засідання комісії з питань захисту прав дитини\t3\t26 питань", [3, 26], "commission sittings and questions; no §3 id")
    sk("Рейди «Діти вулиці» спільно з ювенальною превенцією\t5\t14 сімей", [5, 14], "raids and families visited; no §3 id")
    sk("Одну дитину усиновлено громадянами України.", [1], "adoption; no §3 id")
    sk("Телефон служби: (0362) 0-47-22, каб. № 6, прийом громадян – щовівторка та щочетверга з 9.00 до 13.00.",
       [362, 4722, 6, 9, 13], "phone, room number, office hours")

    g.note("ІІ квартал 2024 → period_report 2024-04-01..2024-06-30; published 09.07.2024 from the page's date line")
    g.note("служба у справах дітей → centre_type other, as in the blind18 conventions")
    g.note("the start-of-quarter register «на 01.04.2024 їх було 35» is a point inside the period, so it is a registered fact with a label; the register movement 35 + 4 − 2 = 37 is checked")
    g.note("«18 дітей з 11 сімей» (СЖО register): two registered facts, children and families, alt in_difficult_circumstances; the reasons for deregistration are labelled parts with alt outcome_positive / outcome_other")
    g.note("«надано статус дитини, яка постраждала …» 6 → registered_new with a label (blind18 convention); the cumulative 143 since 2022 is skipped")
    g.note("«звернулося 29 громадян, з них 17 подали письмові заяви» → applied persons 29 and applied applications 17 (unit_alt persons) under it")
    g.note("table: only the information events row has §3 ids (events 2, event_participants 86 children); commission sittings and raids are skipped")
    g.note("site furniture: the reader keeps the top bar (phone, skipped) and drops the menu, breadcrumbs, sidebar «Громада в цифрах» with its own numbers, the news list and the footer with address/ЄДРПОУ, so those need no skip")
    g.write()


if __name__ == "__main__":
    main()
