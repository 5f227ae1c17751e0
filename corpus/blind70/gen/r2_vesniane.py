"""b70_02: служба у справах дітей Веснянської сільської ради (Миколаївська), information for H1 2025.
Council-site HTML page in windows-1251 (header, menu, breadcrumbs, sidebar, footer). Third person."""
from common import Gold, write_text, report_path

DOC = "b70_02_vesniane_ssd_h1_2025.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Інформація про роботу служби у справах дітей за І півріччя 2025 року | Веснянська сільська рада</title>
<link rel="stylesheet" href="/templates/vesn/css/style.css?v=17">
</head>
<body class="page-news">
<div id="top-bar"><div class="wrap">
 <span class="phone">Приймальня: (0512) 0-76-31</span>
 <span class="mail">vesniane-rada@example.ua</span>
 <a href="/search">Пошук</a> | <a href="/en">EN</a>
</div></div>
<header class="site-header"><div class="wrap">
 <a class="logo" href="/"><img src="/images/gerb.png" alt="Герб"> ВЕСНЯНСЬКА СІЛЬСЬКА РАДА<br><small>Миколаївського району Миколаївської області</small></a>
</div></header>
<nav class="main-menu"><ul>
 <li><a href="/">Головна</a></li>
 <li><a href="/hromada">Громада</a></li>
 <li><a href="/rada">Рада</a></li>
 <li><a href="/vykonkom">Виконавчий комітет</a></li>
 <li><a href="/docs">Документи</a></li>
 <li><a href="/news">Новини</a></li>
 <li><a href="/contacts">Контакти</a></li>
</ul></nav>
<div class="wrap content-wrap">
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/struktura">Структурні підрозділи</a> » <a href="/ssd">Служба у справах дітей</a> » Звіти</div>
<main id="content">
<article class="news-item">
<h1>Інформація про роботу служби у справах дітей за І півріччя 2025 року</h1>
<div class="meta">Опубліковано: 11.07.2025 | Автор: Служба у справах дітей | Переглядів: 214</div>
<p>Служба у справах дітей Веснянської сільської ради (далі – Служба) у січні – червні 2025 року здійснювала свої повноваження відповідно до Положення, затвердженого рішенням сільської ради від 24.02.2021 № 7-5/VIII. На території громади, яка об'єднує 19 населених пунктів, проживає 2 914 дітей.</p>
<h2>Діти-сироти та діти, позбавлені батьківського піклування</h2>
<p>На початок року на первинному обліку перебувало 55 дітей цієї категорії. За півріччя на облік поставлено 6 дітей, знято з обліку 3 дитини: у зв'язку з досягненням повноліття – 2, у зв'язку з усиновленням – 1.</p>
<p>Станом на 30.06.2025 на первинному обліку Служби перебуває 58 дітей-сиріт та дітей, позбавлених батьківського піклування, серед яких дітей-сиріт – 21, дітей, позбавлених батьківського піклування, – 37. З них 4 дитини мають інвалідність.</p>
<p>Усі 58 дітей влаштовані в сімейні форми виховання або заклади: під опіку, піклування – 39, у прийомні сім'ї – 11, у дитячі будинки сімейного типу – 6, до закладів освіти на повне державне утримання – 2.</p>
<h2>Діти у складних життєвих обставинах</h2>
<p>До Служби надійшли повідомлення щодо 23 дітей, які можуть перебувати у складних життєвих обставинах. Станом на кінець півріччя на обліку перебуває 34 дитини з 19 сімей. Протягом звітного періоду на такий облік взято 9 дітей, знято з обліку 7 дітей, з них 5 – у зв'язку з подоланням складних життєвих обставин.</p>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, за півріччя надано 47 дітям (всього з 2022 року – 512 дітям).</p>
<h2>Профілактична та просвітницька робота</h2>
<p>Спільно з поліцейськими офіцерами громади проведено 14 профілактичних рейдів «Діти вулиці» та «Урок». Проведено 6 засідань комісії з питань захисту прав дитини, на яких розглянуто 41 питання. Для батьків та учнів організовано 5 інформаційно-просвітницьких заходів, якими охоплено 143 особи.</p>
<p>До Служби звернулося 96 громадян, з них 38 – письмово. На телефон «гарячої лінії» Служби надійшло 17 дзвінків.</p>
<p>Штатна чисельність Служби – 4 посади, фактично працюють 3 працівники (1 вакансія головного спеціаліста).</p>
<p class="sign">Служба у справах дітей Веснянської сільської ради</p>
</article>
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</main>
<aside class="sidebar">
 <div class="widget"><h3>Контакти Служби</h3><p>57262, с. Весняне, вул. Центральна, 12, каб. 5<br>тел. (0512) 0-76-48<br>Пн–Пт 8:00–17:00, обід 12:00–13:00</p></div>
 <div class="widget"><h3>Останні новини</h3><ul>
  <li><a href="/news/1893">Сесія сільської ради 17 липня 2025 року</a></li>
  <li><a href="/news/1890">Графік вивезення ТПВ на серпень: 4, 11, 18, 25</a></li>
  <li><a href="/news/1887">Вакансія: спеціаліст ЦНАП, оклад 9 840 грн</a></li>
 </ul></div>
 <div class="widget"><h3>Телефон довіри</h3><p>Національна дитяча гаряча лінія 116 111</p></div>
</aside>
</div>
<footer class="site-footer"><div class="wrap">
 <p>© 2017–2025 Веснянська сільська рада. Усі права захищено.</p>
 <p>57262, Миколаївська обл., Миколаївський р-н, с. Весняне, вул. Центральна, 10. Код ЄДРПОУ 04376612</p>
 <p>Відвідувачів сьогодні: 87 | Всього: 412 905</p>
</div></footer>
</body>
</html>
"""


def build():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Веснянської сільської ради",
        "centre_type": "other", "settlement": "Весняне", "oblast": "Миколаївська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
        "published": "2025-07-11"})
    f = g.f
    o1 = "діти-сироти та діти, позбавлені батьківського піклування"
    rn = f("registered_new", "children", 6, "За півріччя на облік поставлено 6 дітей", label=o1)
    dr = f("deregistered", "children", 3, "знято з обліку 3 дитини", label=o1)
    d1 = f("deregistered", "children", 2, "у зв'язку з досягненням повноліття – 2", label="у зв'язку з досягненням повноліття",
           group="deregistered_3_by_reason", parent=dr)
    d2 = f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="у зв'язку з усиновленням",
           group="deregistered_3_by_reason", parent=dr)
    rg = f("registered", "children", 58, "на первинному обліку Служби перебуває 58 дітей-сиріт", label=o1)
    r1 = f("registered", "children", 21, "дітей-сиріт – 21", label="діти-сироти", group="registered_58_by_status", parent=rg)
    r2 = f("registered", "children", 37, "дітей, позбавлених батьківського піклування, – 37",
           label="діти, позбавлені батьківського піклування", group="registered_58_by_status", parent=rg)
    r3 = f("registered", "children", 4, "З них 4 дитини мають інвалідність", category="діти з інвалідністю", parent=rg)
    nt = f("notified", "children", 23, "надійшли повідомлення щодо 23 дітей")
    sf = f("registered", "families", 19, "34 дитини з 19 сімей", label="у складних життєвих обставинах")
    sc = f("registered", "children", 34, "на обліку перебуває 34 дитини", label="у складних життєвих обставинах", parent=sf)
    sn = f("registered_new", "children", 9, "на такий облік взято 9 дітей", label="у складних життєвих обставинах")
    sd = f("deregistered", "children", 7, "знято з обліку 7 дітей", label="у складних життєвих обставинах")
    so = f("deregistered", "children", 5, "з них 5 – у зв'язку з подоланням складних життєвих обставин",
           label="у зв'язку з подоланням складних життєвих обставин", alt=["outcome_positive"], parent=sd)
    ws = f("registered_new", "children", 47, "за півріччя надано 47 дітям",
           label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    ev = f("events", "events", 5, "організовано 5 інформаційно-просвітницьких заходів")
    ep = f("event_participants", "persons", 143, "якими охоплено 143 особи", parent=ev)
    ap = f("applied", "persons", 96, "До Служби звернулося 96 громадян")
    aw = f("applied", "persons", 38, "з них 38 – письмово", label="письмово", parent=ap)
    cl = f("calls", "calls", 17, "надійшло 17 дзвінків")
    sp = f("staff_positions", "positions", 4, "Штатна чисельність Служби – 4 посади")
    sa = f("staff_actual", "staff", 3, "фактично працюють 3 працівники")

    g.check("parts_sum", "знято з обліку 3 дитини: у зв'язку з досягненням повноліття – 2, у зв'язку з усиновленням – 1",
            "2 + 1 = 3", "f3 + f4 == f2")
    g.check("parts_sum", "серед яких дітей-сиріт – 21, дітей, позбавлених батьківського піклування, – 37",
            "21 + 37 = 58; 4 with a disability ≤ 58", "f6 + f7 == f5 and f8 <= f5")
    g.check("table_arithmetic", "На початок року на первинному обліку перебувало 55 дітей цієї категорії.",
            "register balance: 55 at the start (skipped, a literal) + 6 − 3 = 58", "55 + f1 - f2 == f5")
    g.check("parts_sum", "Усі 58 дітей влаштовані в сімейні форми виховання або заклади",
            "placements (skipped, no §3 id; literals) 39 + 11 + 6 + 2 = 58", "39 + 11 + 6 + 2 == f5")
    g.check("parts_sum", "знято з обліку 7 дітей, з них 5", "5 ≤ 7", "f14 <= f13")
    g.check("parts_sum", "З них 4 дитини мають інвалідність", "4 ≤ 58", "f8 <= f5")
    g.check("parts_sum", "звернулося 96 громадян, з них 38 – письмово", "38 ≤ 96", "f19 <= f18")
    g.check("parts_sum", "фактично працюють 3 працівники (1 вакансія головного спеціаліста)",
            "4 positions − 3 working = 1 vacancy (literal)", "f21 - f22 == 1")

    g.skip("за І півріччя 2025 року", [2025], "report period (title)")
    g.skip("Опубліковано: 11.07.2025 | Автор: Служба у справах дітей | Переглядів: 214", [11, 7, 2025, 214],
           "publication date, view counter")
    g.skip("у січні – червні 2025 року", [2025], "period")
    g.skip("рішенням сільської ради від 24.02.2021 № 7-5/VIII", [24, 2, 2021, 7, 5], "decision date and number")
    g.skip("яка об'єднує 19 населених пунктів, проживає 2 914 дітей", [19, 2914], "settlements, child population")
    g.skip("На початок року на первинному обліку перебувало 55 дітей цієї категорії.", [55],
           "start-of-year register (a point before the period's end; used as a literal in the balance check)")
    g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
    g.skip("під опіку, піклування – 39, у прийомні сім'ї – 11, у дитячі будинки сімейного типу – 6, до закладів освіти на повне державне утримання – 2",
           [39, 11, 6, 2], "placements by form (no §3 id)")
    g.skip("Усі 58 дітей влаштовані в сімейні форми виховання або заклади", [58],
           "the 58 on the register restated as the total of placements (no §3 id; the register fact is f5)")
    g.skip("(всього з 2022 року – 512 дітям)", [2022, 512], "cumulative figure since 2022")
    g.skip("проведено 14 профілактичних рейдів", [14], "raids (no §3 id)")
    g.skip("Проведено 6 засідань комісії з питань захисту прав дитини, на яких розглянуто 41 питання", [6, 41],
           "commission sittings and questions (no §3 id)")
    g.skip("(1 вакансія головного спеціаліста)", [1], "vacancy")
    g.note("служба у справах дітей → centre_type other; registers are registered / registered_new / deregistered (children)")
    g.note("«34 дитини з 19 сімей» → registered families 19, with the 34 children hanging on it (SPEC §3)")
    g.note("«знято з обліку 7 дітей, з них 5 – у зв'язку з подоланням СЖО» → deregistered part, alt outcome_positive")
    g.note("war-affected status granted in the half-year → registered_new with a label; the cumulative 512 since 2022 is skipped")
    g.note("the page chrome (top bar, menu, breadcrumbs, sidebar, footer with phones, postcode, ЄДРПОУ, visitor counter) "
           "does not come out in the read text, so it has no skipped entries; published date 11.07.2025 from the article meta line")
    g.write()
    return g


if __name__ == "__main__":
    build()
