"""b45_04: служба у справах дітей Теофіпольської селищної ради (Хмельницька), 9 months of 2024.
Council-site HTML page, windows-1251, header/menu/breadcrumbs/sidebar/footer around the article."""
from common import Gold, report_path, write_text

NAME = "b45_04_teofipol_ssd_9m2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу служби у справах дітей за 9 місяців 2024 року | Теофіпольська селищна рада</title>
<link rel="stylesheet" href="/templates/gromada/css/style.css?v=2024.3">
<script src="/js/jquery-3.6.0.min.js"></script>
</head>
<body class="page-news">
<div id="top-bar"><div class="wrap">Теофіпольська селищна територіальна громада &nbsp;|&nbsp; Приймальня: (03844) 0-21-05 &nbsp;|&nbsp; <a href="mailto:rada@example.ua">rada@example.ua</a></div></div>
<div id="header"><div class="wrap"><a class="logo" href="/"><img src="/img/gerb.png" alt="Герб"> ТЕОФІПОЛЬСЬКА СЕЛИЩНА РАДА</a><br><span class="sub">Хмельницький район, Хмельницька область</span></div></div>
<div id="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/gromada">Громада</a></li><li><a href="/vlada">Влада</a></li>
<li><a href="/sluzhby">Структурні підрозділи</a></li><li><a href="/docs">Документи</a></li><li><a href="/contacts">Контакти</a></li>
</ul></div>
<div id="content" class="wrap">
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/sluzhby">Структурні підрозділи</a> &raquo; <a href="/sluzhby/ssd">Служба у справах дітей</a> &raquo; Звіти</div>
<div class="main-col">
<div class="article">
<h1>Про роботу служби у справах дітей за 9 місяців 2024 року</h1>
<div class="article-info">Опубліковано: 08.10.2024 10:42 &nbsp; Автор: Служба у справах дітей &nbsp; <span class="hits">Переглядів: 236</span></div>
<div class="article-body">
<p>Служба у справах дітей Теофіпольської селищної ради протягом січня – вересня 2024 року здійснювала заходи щодо захисту прав і законних інтересів дітей громади, у якій проживає 4 870 дітей.</p>
<p>Станом на 30.09.2024 на первинному обліку служби перебуває 61 дитина-сирота та дитина, позбавлена батьківського піклування (на початок року – 58). З них 19 – діти-сироти, 42 – діти, позбавлені батьківського піклування. За звітний період на облік взято 9 дітей, знято з обліку 6 дітей: у зв&#39;язку з досягненням повноліття – 4, у зв&#39;язку з усиновленням – 2.</p>
<p>Під опікою, піклуванням виховується 47 дітей, у 3 прийомних сім&#39;ях та 1 дитячому будинку сімейного типу – 11 дітей. Влаштовано до сімейних форм виховання 5 дітей.</p>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, перебуває 16 сімей, у яких виховується 27 дітей. Упродовж звітного періоду на цей облік взято 8 дітей, знято з нього 5 дітей у зв&#39;язку з подоланням обставин.</p>
<p>Отримано повідомлення про 21 сім&#39;ю, у якій діти можуть перебувати у складних життєвих обставинах; 17 із них передано до Центру надання соціальних послуг для оцінки потреб.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 14 дітям (усього з 2022 року – 203 дитини). На квартирному обліку перебуває 11 дітей-сиріт.</p>
<p>До служби надійшло 87 звернень громадян, у т.ч. 12 – щодо визначення місця проживання дитини. На телефон служби надійшло 34 дзвінки.</p>
<p>Проведено 7 засідань комісії з питань захисту прав дитини, розглянуто 64 питання; підготовлено 18 висновків органу опіки та піклування для суду. Спільно з сектором ювенальної превенції проведено 11 рейдів «Діти вулиці».</p>
<p>У закладах освіти громади проведено 6 профілактичних заходів, якими охоплено 410 дітей.</p>
<p>Штатна чисельність служби – 3 посади, працює 3 працівники. Прийом громадян: понеділок – п&#39;ятниця, 8:00 – 17:00, каб. 12.</p>
</div>
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</div>
</div>
<div class="sidebar">
<div class="widget"><h3>Служба у справах дітей</h3><p>30600, селище Теофіполь, вул. Небесної Сотні, 2, каб. 12</p><p>тел. (03844) 0-31-17</p></div>
<div class="widget"><h3>Останні новини</h3><ul>
<li><a href="/news/1512">14.10.2024 – Сесія селищної ради (46 сесія 8 скликання)</a></li>
<li><a href="/news/1509">11.10.2024 – Графік роботи ЦНАП</a></li>
<li><a href="/news/1503">07.10.2024 – До Дня захисників і захисниць України</a></li>
</ul></div>
</div>
</div>
<div id="footer"><div class="wrap">&copy; 2017–2024 Теофіпольська селищна рада. Усі права захищено. <span class="counter">Відвідувачів сьогодні: 518</span></div></div>
</body>
</html>
"""


def gold():
    g = Gold(NAME, {
        "centre": "Служба у справах дітей Теофіпольської селищної ради",
        "centre_type": "other", "settlement": "Теофіполь", "oblast": "Хмельницька",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-09-30",
        "published": "2024-10-08"})
    n = lambda i: i[1:]
    r = g.f("registered", "children", 61, "на первинному обліку служби перебуває 61 дитина-сирота",
            label="первинний облік дітей-сиріт і дітей, позбавлених батьківського піклування")
    r1 = g.f("registered", "children", 19, "З них 19 – діти-сироти", label="діти-сироти",
             group="registered_61_by_status", parent=r)
    r2 = g.f("registered", "children", 42, "42 – діти, позбавлені батьківського піклування",
             label="діти, позбавлені батьківського піклування", group="registered_61_by_status", parent=r)
    rn = g.f("registered_new", "children", 9, "За звітний період на облік взято 9 дітей",
             label="первинний облік")
    dr = g.f("deregistered", "children", 6, "знято з обліку 6 дітей", label="первинний облік")
    d1 = g.f("deregistered", "children", 4, "у зв'язку з досягненням повноліття – 4", label="досягнення повноліття",
             group="deregistered_6_by_reason", parent=dr)
    d2 = g.f("deregistered", "children", 2, "у зв'язку з усиновленням – 2", label="усиновлення",
             group="deregistered_6_by_reason", parent=dr)
    sf = g.f("registered", "families", 16, "перебуває 16 сімей", label="облік дітей у СЖО")
    sc = g.f("registered", "children", 27, "у яких виховується 27 дітей", label="облік дітей у СЖО", parent=sf)
    sn = g.f("registered_new", "children", 8, "на цей облік взято 8 дітей", label="облік дітей у СЖО")
    sd = g.f("deregistered", "children", 5, "знято з нього 5 дітей у зв'язку з подоланням обставин",
             label="облік дітей у СЖО, подолання обставин")
    nt = g.f("notified", "families", 21, "Отримано повідомлення про 21 сім'ю")
    wr = g.f("registered_new", "children", 14,
             "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 14 дітям",
             label="статус дитини, яка постраждала внаслідок воєнних дій")
    kv = g.f("registered", "children", 11, "На квартирному обліку перебуває 11 дітей-сиріт", label="квартирний облік")
    ap = g.f("applied", "applications", 87, "До служби надійшло 87 звернень громадян")
    ap1 = g.f("applied", "applications", 12, "у т.ч. 12 – щодо визначення місця проживання дитини",
              label="визначення місця проживання дитини", parent=ap)
    cl = g.f("calls", "calls", 34, "На телефон служби надійшло 34 дзвінки")
    ev = g.f("events", "events", 6, "проведено 6 профілактичних заходів")
    ep = g.f("event_participants", "children", 410, "якими охоплено 410 дітей", parent=ev)
    sp = g.f("staff_positions", "positions", 3, "Штатна чисельність служби – 3 посади")
    sa = g.f("staff_actual", "staff", 3, "працює 3 працівники")

    g.check("parts_sum", "З них 19 – діти-сироти, 42 – діти, позбавлені батьківського піклування", "19 + 42 = 61",
            f"f{n(r1)} + f{n(r2)} == f{n(r)}")
    g.check("parts_sum", "у зв'язку з досягненням повноліття – 4, у зв'язку з усиновленням – 2", "4 + 2 = 6",
            f"f{n(d1)} + f{n(d2)} == f{n(dr)}")
    g.check("table_arithmetic", "(на початок року – 58)",
            "register flow: 58 at the start of the year (literal) + 9 taken − 6 removed = 61",
            f"58 + f{n(rn)} - f{n(dr)} == f{n(r)}")
    g.check("parts_sum", "у т.ч. 12 – щодо визначення місця проживання дитини", "12 ≤ 87", f"f{n(ap1)} <= f{n(ap)}")
    g.check("parts_sum", "17 із них передано до Центру надання соціальних послуг", "17 passed on (literal) ≤ 21",
            f"17 <= f{n(nt)}")
    g.check("parts_sum", "працює 3 працівники", "3 ≤ 3", f"f{n(sa)} <= f{n(sp)}")

    g.skip("Приймальня: (03844) 0-21-05", [3844, 2105], "phone in the header (if read)")
    g.skip("у якій проживає 4 870 дітей", [4870], "child population")
    g.skip("Станом на 30.09.2024", [30, 9, 2024], "date")
    g.skip("(на початок року – 58)", [58], "start-of-year register (used as a literal in a check)")
    g.skip("Під опікою, піклуванням виховується 47 дітей, у 3 прийомних сім'ях та 1 дитячому будинку сімейного типу – 11 дітей.",
           [47, 3, 1, 11], "placements by form: no §3 id for a children's service")
    g.skip("Влаштовано до сімейних форм виховання 5 дітей.", [5], "placements: no §3 id")
    g.skip("17 із них передано до Центру надання соціальних послуг для оцінки потреб", [17],
           "referred to the ЦНСП: no §3 id (the assessment is the ЦНСП's)")
    g.skip("(усього з 2022 року – 203 дитини)", [2022, 203], "cumulative figure since 2022")
    g.skip("Проведено 7 засідань комісії з питань захисту прав дитини, розглянуто 64 питання; підготовлено 18 висновків органу опіки та піклування для суду.",
           [7, 64, 18], "commission sittings, items considered, court opinions: no §3 id")
    g.skip("проведено 11 рейдів «Діти вулиці»", [11], "raids: no §3 id")
    g.skip("Прийом громадян: понеділок – п'ятниця, 8:00 – 17:00, каб. 12.", [8, 0, 17, 0, 12], "office hours, room")
    g.skip("Опубліковано: 08.10.2024 10:42", [8, 10, 2024, 10, 42], "publication date and time")
    g.skip("Переглядів: 236", [236], "view counter")
    g.note("a служба у справах дітей: centre_type other. Registers are registered / registered_new / deregistered "
           "(children); the СЖО register gives families (16) with their children (27, parent_id on the families row).")
    g.note("the war-affected status granted in the period → registered_new with a label; the cumulative 203 since "
           "2022 is skipped.")
    g.note("«87 звернень громадян» → applied, unit applications; «34 дзвінки» → calls.")
    g.note("the page's header, menu, breadcrumbs, sidebar (address, phone, news dates, session number) and footer "
           "(years, visitor counter) carry numbers that are not facts; those the reader prints are skipped.")
    g.note("no planted slip: everything adds up.")
    g.write()


if __name__ == "__main__":
    write_text(report_path(NAME), HTML, encoding="cp1251", newline="\r\n")
    gold()
