"""b90_02: ЦСС Дублянської міської ради (Львівська), results of H1 2024, a news article on the council site.
HTML, windows-1251, header / menu / breadcrumbs / sidebar / footer around the article. Third person.
Planted slip: percent_mismatch («9 … (27,3 %)» of the 31 families under support is 29,0 %)."""
from common import Gold, write_text, report_path

DOC = "b90_02_dubliany_css_h1_2024.html"

ARTICLE = """\
<h1>Про результати роботи Центру соціальних служб за І півріччя 2024 року</h1>
<div class="post-meta">18.07.2024 | Відділ соціального захисту | Переглядів: 241</div>
<p>Центр соціальних служб Дублянської міської ради (далі – Центр) у січні–червні 2024 року забезпечував надання соціальних послуг сім’ям, дітям та молоді 19 населених пунктів громади.</p>
<p>За звітний період фахівці Центру отримали повідомлення щодо 96 сімей, які можуть перебувати у складних життєвих обставинах: 41 повідомлення надійшло від закладів освіти, 23 – від сектору превенції поліції, 32 – від інших суб’єктів. Оцінку потреб проведено 88 сім’ям, з них у 52 сімей виявлено складні життєві обставини.</p>
<h2>Соціальний супровід</h2>
<p>Під соціальним супроводом протягом півріччя перебувала 31 сім’я, у яких виховується 67 дітей. Серед сімей під супроводом 9 – сім’ї внутрішньо переміщених осіб (27,3 %). З початку року взято під супровід 14 сімей.</p>
<p>Завершено супровід 11 сімей: у 7 сім’ях складні життєві обставини подолано (63,6 %), у 3 – мінімізовано (27,3 %), 1 сім’я змінила місце проживання. Продовжують отримувати послугу 20 сімей.</p>
<p>Також фахівці супроводжували 4 прийомні сім’ї та дитячі будинки сімейного типу, в яких виховується 17 дітей.</p>
<h2>Консультування та інформування</h2>
<p>Послугу консультування отримали 347 осіб, їм надано 612 консультацій. Інформування здійснено для 1 024 осіб, зокрема під час виїзних прийомів у старостинських округах (6 виїздів).</p>
<p>Проведено 12 групових заходів (тренінги для батьків, години спілкування в ліцеях), якими охоплено 263 учасники. На «телефон довіри» Центру надійшло 58 дзвінків.</p>
<h2>Кадрове забезпечення</h2>
<p>Штатним розписом Центру затверджено 9 посад, з яких заміщено 8. Троє фахівців із соціальної роботи пройшли навчання за програмою «Батьківство в радість» (24 академічні години).</p>
<p>Для порівняння: за І півріччя 2023 року під супроводом перебувало 26 сімей. До кінця 2024 року Центр планує запровадити послугу денного догляду для 10 дітей з інвалідністю.</p>
<p>Звертатися до Центру можна за адресою: 80381, м. Дубляни, вул. Шевченка, 12, каб. 5, тел. (032) 0-41-27-63, з 8:30 до 17:00.</p>
"""

PAGE = """\
<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про результати роботи Центру соціальних служб за І півріччя 2024 року | Дублянська міська рада</title>
<link rel="stylesheet" href="/templates/dub/css/style.css">
</head>
<body>
<div id="top-bar"><div class="wrap">Офіційний вебсайт Дублянської міської ради Львівського району Львівської області | <a href="/en">EN</a> | тел. приймальні (032) 0-41-20-05</div></div>
<header id="header"><div class="wrap"><a class="logo" href="/"><img src="/images/gerb.png" alt="герб"> Дублянська міська рада</a>
<form class="search" action="/search"><input type="text" name="q" placeholder="Пошук..."></form></div></header>
<nav id="mainmenu"><ul>
<li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/vlada">Влада</a></li>
<li><a href="/docs">Документи</a></li><li class="active"><a href="/social">Соціальний захист</a></li><li><a href="/cnap">ЦНАП</a></li><li><a href="/contacts">Контакти</a></li>
</ul></nav>
<div class="wrap">
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/social">Соціальний захист</a> / <a href="/social/css">Центр соціальних служб</a> / Про результати роботи Центру соціальних служб за І півріччя 2024 року</div>
<div id="content">
<article class="item-page">
{article}
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</article>
</div>
<aside id="sidebar">
<div class="module"><h3>Останні новини</h3><ul>
<li><a href="/n/1842">17.07.2024 Засідання виконавчого комітету № 14</a></li>
<li><a href="/n/1839">15.07.2024 Графік прийому громадян на липень</a></li>
<li><a href="/n/1835">12.07.2024 Оголошення про конкурс на посаду (2 вакансії)</a></li>
</ul></div>
<div class="module"><h3>Центр соціальних служб</h3><p>вул. Шевченка, 12, м. Дубляни, 80381<br>тел. (032) 0-41-27-63<br>css.dubliany@example.ua</p></div>
</aside>
</div>
<footer id="footer"><div class="wrap">© 2017–2024 Дублянська міська рада. Код ЄДРПОУ 04371544. 80381, м. Дубляни, вул. Шевченка, 20. Усі права захищено.<br>Відвідувачів сьогодні: 312</div></footer>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, PAGE.replace("{article}", ARTICLE), encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Дублянської міської ради", "centre_type": "css",
        "settlement": "Дубляни", "oblast": "Львівська", "report_kind": "period_report",
        "period_start": "2024-01-01", "period_end": "2024-06-30", "published": "2024-07-18"})
    F = "families"
    f1 = g.f("notified", F, 96, "отримали повідомлення щодо 96 сімей")
    grp = "notified_96_by_source"
    f2 = g.f("notified", F, 41, "41 повідомлення надійшло від закладів освіти", label="від закладів освіти",
             group=grp, parent=f1)
    f3 = g.f("notified", F, 23, "23 – від сектору превенції поліції", label="від сектору превенції поліції",
             group=grp, parent=f1)
    f4 = g.f("notified", F, 32, "32 – від інших суб'єктів", label="від інших суб'єктів", group=grp, parent=f1)
    f5 = g.f("needs_assessed", F, 88, "Оцінку потреб проведено 88 сім'ям")
    f6 = g.f("in_difficult_circumstances", F, 52, "з них у 52 сімей виявлено складні життєві обставини", parent=f5)
    f7 = g.f("served", F, 31, "Під соціальним супроводом протягом півріччя перебувала 31 сім'я",
             service="social_support_sjo", alt=["support_ongoing"])
    f8 = g.f("served", "children", 67, "у яких виховується 67 дітей", service="social_support_sjo",
             alt=["support_ongoing"], parent=f7)
    f9 = g.f("served", F, 9, "Серед сімей під супроводом 9 – сім'ї внутрішньо переміщених осіб (27,3 %)",
             percent=27.3, service="social_support_sjo", category="внутрішньо переміщені особи",
             alt=["support_ongoing"], parent=f7)
    f10 = g.f("support_started", F, 14, "З початку року взято під супровід 14 сімей", service="social_support_sjo",
              parent=f7)
    f11 = g.f("support_completed", F, 11, "Завершено супровід 11 сімей", service="social_support_sjo", parent=f7)
    grp2 = "completed_11_by_result"
    f12 = g.f("outcome_positive", F, 7, "у 7 сім'ях складні життєві обставини подолано (63,6 %)", percent=63.6,
              service="social_support_sjo", group=grp2, parent=f11)
    f13 = g.f("outcome_minimized", F, 3, "у 3 – мінімізовано (27,3 %)", percent=27.3,
              service="social_support_sjo", group=grp2, parent=f11)
    f14 = g.f("outcome_other", F, 1, "1 сім'я змінила місце проживання", label="зміна місця проживання",
              service="social_support_sjo", group=grp2, parent=f11)
    f15 = g.f("support_ongoing", F, 20, "Продовжують отримувати послугу 20 сімей", service="social_support_sjo",
              parent=f7)
    f16 = g.f("served", F, 4, "супроводжували 4 прийомні сім'ї та дитячі будинки сімейного типу",
              service="social_support_foster")
    f17 = g.f("served", "children", 17, "в яких виховується 17 дітей", service="social_support_foster", parent=f16)
    f18 = g.f("served", "persons", 347, "Послугу консультування отримали 347 осіб", service="counselling")
    f19 = g.f("services_provided", "services", 612, "їм надано 612 консультацій", service="counselling")
    f20 = g.f("served", "persons", 1024, "Інформування здійснено для 1 024 осіб", service="informing")
    f21 = g.f("events", "events", 12, "Проведено 12 групових заходів")
    f22 = g.f("event_participants", "persons", 263, "якими охоплено 263 учасники", parent=f21)
    f23 = g.f("calls", "calls", 58, "надійшло 58 дзвінків")
    f24 = g.f("staff_positions", "positions", 9, "Штатним розписом Центру затверджено 9 посад")
    f25 = g.f("staff_actual", "staff", 8, "з яких заміщено 8")
    f26 = g.f("staff_trained", "staff", 3, "Троє фахівців із соціальної роботи пройшли навчання",
              note="number in words")

    g.slip("percent_mismatch", "error", "Серед сімей під супроводом 9 – сім'ї внутрішньо переміщених осіб (27,3 %)",
           27.3, 29.0, [f9, f7],
           "9 of the 31 families under support is 29,0 %, not 27,3 % (27,3 % is the share of the 3 minimized of 11, "
           "written two sentences later)", "pct_ok(p9, f9, f7, 1)")
    g.check("parts_sum", "41 повідомлення надійшло від закладів освіти", "41 + 23 + 32 = 96",
            "f2 + f3 + f4 == f1")
    g.check("parts_sum", "з них у 52 сімей виявлено складні життєві обставини", "52 ≤ 88",
            "f6 <= f5")
    g.check("parts_sum", "Завершено супровід 11 сімей", "7 + 3 + 1 = 11", "f12 + f13 + f14 == f11")
    g.check("parts_sum", "Продовжують отримувати послугу 20 сімей", "31 under support − 11 completed = 20 continuing",
            "f7 - f11 == f15")
    g.check("percent_mismatch", "у 7 сім'ях складні життєві обставини подолано (63,6 %)", "7 / 11 = 63,64 %",
            "pct_ok(p12, f12, f11, 1)")
    g.check("percent_mismatch", "у 3 – мінімізовано (27,3 %)", "3 / 11 = 27,27 %", "pct_ok(p13, f13, f11, 1)")
    g.check("parts_sum", "З початку року взято під супровід 14 сімей", "14 ≤ 31", "f10 <= f7")
    g.check("parts_sum", "з яких заміщено 8", "8 ≤ 9 positions; 3 trained ≤ 8", "f26 <= f25 <= f24")

    g.skip("18.07.2024 | Відділ соціального захисту | Переглядів: 241", [18, 7, 2024, 241],
           "publication date, view counter")
    g.skip("у січні–червні 2024 року", [2024], "period year")
    g.skip("19 населених пунктів громади", [19], "settlement count")
    g.skip("(6 виїздів)", [6], "field trips – no §3 id")
    g.skip("(24 академічні години)", [24], "duration")
    g.skip("за І півріччя 2023 року під супроводом перебувало 26 сімей", [2023, 26], "prior-year figure")
    g.skip("До кінця 2024 року Центр планує запровадити послугу денного догляду для 10 дітей з інвалідністю.",
           [2024, 10], "plan")
    g.skip("80381, м. Дубляни, вул. Шевченка, 12, каб. 5, тел. (032) 0-41-27-63, з 8:30 до 17:00.",
           [80381, 12, 5, 32, 412763, 8.30, 17.00], "postcode, address, phone, office hours")
    g.note("the page chrome (top bar with a phone, menu, sidebar news with numbers, footer with ЄДРПОУ and a visitor "
           "counter) is not in the read text and carries no facts")
    g.note("«41 повідомлення … 23 … 32» – notifications about the 96 families, by source; unit families as for the total")
    g.note("«перебувала 31 сім'я» → served social_support_sjo (alt support_ongoing); «Продовжують отримувати послугу 20 "
           "сімей» → support_ongoing")
    g.note("«4 прийомні сім'ї та дитячі будинки сімейного типу» → served social_support_foster (one figure for both forms)")
    g.note("«Троє фахівців» – a number in words, staff_trained 3")
    g.write()


if __name__ == "__main__":
    main()
