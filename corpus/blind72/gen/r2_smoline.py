"""b72_02: ТЦСО Смолінської селищної ради (Кіровоградська), information for H1 2023.
Council-site HTML page in windows-1251: header, menu, breadcrumbs, sidebar, footer around the article.
Third person."""
from common import Gold, write_text, report_path

DOC = "b72_02_smoline_tcso_h1_2023.html"

ARTICLE = """<h1>Про роботу територіального центру у І півріччі 2023 року</h1>
<div class="meta"><span class="date">12.07.2023 09:41</span> | <span class="author">Відділ соціального захисту</span> | <span class="views">Переглядів: 214</span></div>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Смолінської селищної ради обслуговує 27 населених пунктів громади, де мешкає 2&nbsp;386 осіб віком понад 60 років.</p>
<p>Протягом січня–червня 2023 року соціальні послуги територіального центру отримала 641 особа. Зокрема, відділення соціальної допомоги вдома обслуговувало 178 осіб, відділення організації надання адресної натуральної допомоги – 402 особи, відділення денного перебування – 61 особу.</p>
<p>З числа обслугованих удома 178 осіб одинокі становлять 96 осіб, одинокопроживаючі – 51 особа, інші категорії – 37 осіб. Серед отримувачів догляду вдома 23 особи – внутрішньо переміщені.</p>
<p>Усього за півріччя надано 18&nbsp;734 соціальні послуги, з яких удома – 15&nbsp;902, у відділенні денного перебування – 2&nbsp;832.</p>
<p>На обслуговування взято 34 особи, знято з обслуговування 29 осіб: у зв'язку зі смертю – 17, влаштуванням до інтернатних закладів – 3, виїздом за межі громади – 9. На черзі для отримання послуги догляду вдома перебуває 5 осіб.</p>
<p>Платні послуги отримували 41 особа; вартість однієї години догляду з 01.03.2023 – 68,40 грн. Надходження від платних послуг до спеціального фонду склали 97,3 тис. грн.</p>
<p>Адресною натуральною допомогою забезпечено 402 особи: видано 1&nbsp;215 продуктових наборів та 380 кг борошна на загальну суму 311,6 тис. грн. Послугою соціального таксі скористалися 14 осіб (58 поїздок, тариф – 9 грн за 1 км).</p>
<p>Штатна чисельність установи – 27,5 посади, з них соціальних робітників – 19; фактично працює 25 осіб.</p>
<p>У червні 2023 року проведено анкетування 60 отримувачів послуг: 57 із них (95 %) повністю задоволені якістю обслуговування. Скарг від отримувачів не надходило, надійшло 2 письмові подяки.</p>
<p>Довідки за телефоном (05258) 0-31-44.</p>"""

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу територіального центру у І півріччі 2023 року | Смолінська селищна рада</title>
<link rel="stylesheet" href="/templates/smoline/css/template.css">
</head>
<body>
<div id="top"><div class="logo"><img src="/images/gerb.png" alt="Герб"> Смолінська селищна рада<br><small>Кіровоградська область, офіційний вебсайт</small></div>
<div class="top-contacts">Приймальня: (05258) 0-21-10 | Пн–Пт 8:00–17:00</div></div>
<div id="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/rada">Селищна рада</a></li>
<li><a href="/soc">Соціальний захист</a></li><li><a href="/docs">Документи</a></li><li><a href="/contacts">Контакти</a></li>
</ul></div>
<div id="breadcrumbs"><a href="/">Головна</a> » <a href="/soc">Соціальний захист</a> » <a href="/soc/tcso">Територіальний центр</a> » Про роботу у І півріччі 2023 року</div>
<div id="wrap">
<div id="content"><div class="item-page">
""" + ARTICLE + """
<div class="tags">Теги: <a href="/tag/tcso">ТЦСО</a>, <a href="/tag/zvit">звіт</a></div>
</div></div>
<div id="sidebar">
<div class="module"><h3>Територіальний центр</h3><p>27432, смт Смоліне, вул. Шкільна, 6<br>тел. (05258) 0-31-44<br>tcso.smoline@example.ua</p></div>
<div class="module"><h3>Новини</h3><ul>
<li><a href="/news/1">28.06.2023 Вітаємо з Днем Конституції!</a></li>
<li><a href="/news/2">21.06.2023 Засідання 27 сесії селищної ради</a></li>
<li><a href="/news/3">15.06.2023 Графік прийому громадян на липень</a></li>
</ul></div>
<div class="module"><h3>Опитування</h3><p>Чи задоволені ви роботою ЦНАП? Так (63) / Ні (11)</p></div>
</div>
</div>
<div id="footer">© 2017–2023 Смолінська селищна рада. 27400, смт Смоліне, вул. Центральна, 28. Код ЄДРПОУ 04365192. Усі права захищено.<br>Відвідувачів сьогодні: 87</div>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251", newline="\n")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Смолінської селищної ради",
        "centre_type": "tcso", "settlement": "Смоліне", "oblast": "Кіровоградська",
        "report_kind": "period_report", "published": "2023-07-12",
        "period_start": "2023-01-01", "period_end": "2023-06-30"})
    f = g.f
    s = f("served", "persons", 641, "соціальні послуги територіального центру отримала 641 особа")
    G1 = "served_641_by_department"
    d1 = f("served", "persons", 178, "відділення соціальної допомоги вдома обслуговувало 178 осіб",
           service="home_care", district="відділення соціальної допомоги вдома", group=G1, parent=s)
    d2 = f("served", "persons", 402, "відділення організації надання адресної натуральної допомоги – 402 особи",
           service="natural_aid", district="відділення організації надання адресної натуральної допомоги", group=G1, parent=s)
    d3 = f("served", "persons", 61, "відділення денного перебування – 61 особу",
           service="day_care", district="відділення денного перебування", group=G1, parent=s)
    G2 = "home_178_by_category"
    k1 = f("served", "persons", 96, "одинокі становлять 96 осіб", service="home_care",
           category="одинокі", group=G2, parent=d1)
    k2 = f("served", "persons", 51, "одинокопроживаючі – 51 особа", service="home_care",
           category="одинокопроживаючі", group=G2, parent=d1)
    k3 = f("served", "persons", 37, "інші категорії – 37 осіб", service="home_care",
           category="інші категорії", group=G2, parent=d1)
    idp = f("served", "persons", 23, "Серед отримувачів догляду вдома 23 особи – внутрішньо переміщені",
            service="home_care", category="внутрішньо переміщені особи", parent=d1)
    sp = f("services_provided", "services", 18734, "Усього за півріччя надано 18 734 соціальні послуги")
    G3 = "services_18734_by_department"
    sp1 = f("services_provided", "services", 15902, "з яких удома – 15 902", service="home_care", group=G3, parent=sp)
    sp2 = f("services_provided", "services", 2832, "у відділенні денного перебування – 2 832", service="day_care", group=G3, parent=sp)
    tk = f("served", "persons", 34, "На обслуговування взято 34 особи", alt=["registered_new", "support_started"],
           label="взято на обслуговування")
    dr = f("deregistered", "persons", 29, "знято з обслуговування 29 осіб")
    G4 = "deregistered_29_by_reason"
    r1 = f("deregistered", "persons", 17, "у зв'язку зі смертю – 17", label="смерть", alt=["outcome_other"], group=G4, parent=dr)
    r2 = f("deregistered", "persons", 3, "влаштуванням до інтернатних закладів – 3", label="влаштування до інтернатних закладів",
           alt=["outcome_other"], group=G4, parent=dr)
    r3 = f("deregistered", "persons", 9, "виїздом за межі громади – 9", label="виїзд за межі громади",
           alt=["outcome_other"], group=G4, parent=dr)
    pd = f("served", "persons", 41, "Платні послуги отримували 41 особа", label="платні послуги")
    br = f("budget_received", "uah", 97300, "Надходження від платних послуг до спеціального фонду склали 97,3 тис. грн",
           label="спеціальний фонд, платні послуги")
    na = f("served", "persons", 402, "Адресною натуральною допомогою забезпечено 402 особи", service="natural_aid",
           note="the department row (402) said again; two facts")
    av = f("aid_value", "uah", 311600, "на загальну суму 311,6 тис. грн", service="natural_aid", parent=na)
    tx = f("served", "persons", 14, "Послугою соціального таксі скористалися 14 осіб", service="social_taxi")
    pos = f("staff_positions", "positions", 27.5, "Штатна чисельність установи – 27,5 посади")
    pos2 = f("staff_positions", "positions", 19, "з них соціальних робітників – 19", label="соціальні робітники", parent=pos)
    act = f("staff_actual", "staff", 25, "фактично працює 25 осіб")
    sr = f("survey_respondents", "recipients", 60, "проведено анкетування 60 отримувачів послуг", unit_alt="persons")
    sat = f("survey_respondents", "persons", 57, "57 із них (95 %) повністю задоволені", percent=95,
            label="повністю задоволені якістю обслуговування", parent=sr)
    cp = f("complaints", "complaints", 0, "Скарг від отримувачів не надходило")

    g.slip("parts_sum", "error",
           "З числа обслугованих удома 178 осіб одинокі становлять 96 осіб, одинокопроживаючі – 51 особа, інші категорії – 37 осіб.",
           184, 178, [d1, k1, k2, k3],
           "the three categories of the 178 home-care recipients end with «інші категорії», so they partition the 178: 96 + 51 + 37 = 184, 6 more than 178.",
           f"{k1} + {k2} + {k3} == {d1}")
    g.check("parts_sum", "Зокрема, відділення соціальної допомоги вдома обслуговувало 178 осіб",
            "178 + 402 + 61 = 641", f"{d1} + {d2} + {d3} == {s}")
    g.check("parts_sum", "з яких удома – 15 902, у відділенні денного перебування – 2 832",
            "15 902 + 2 832 = 18 734", f"{sp1} + {sp2} == {sp}")
    g.check("parts_sum", "знято з обслуговування 29 осіб: у зв'язку зі смертю – 17",
            "17 + 3 + 9 = 29", f"{r1} + {r2} + {r3} == {dr}")
    g.check("parts_sum", "Серед отримувачів догляду вдома 23 особи",
            "23 IDPs ≤ 178", f"{idp} <= {d1}")
    g.check("percent_mismatch", "57 із них (95 %) повністю задоволені",
            "57/60 = 95 %", f"pct_ok(p{sat[1:]}, {sat}, {sr}, 0)")
    g.check("internal_conflict", "Адресною натуральною допомогою забезпечено 402 особи",
            "natural aid 402 in the department list and in the natural-aid paragraph", f"{na} == {d2}")
    g.check("parts_sum", "Штатна чисельність установи – 27,5 посади, з них соціальних робітників – 19; фактично працює 25 осіб.",
            "19 ≤ 27,5; 25 working ≤ 27,5 positions", f"{pos2} <= {pos} and {act} <= {pos}")

    g.skip("обслуговує 27 населених пунктів громади, де мешкає 2 386 осіб віком понад 60 років", [27, 2386, 60],
           "settlement count, population, age")
    g.skip("<span class=\"date\">12.07.2023 09:41</span>".replace("<span class=\"date\">", "").replace("</span>", ""),
           [12, 7, 2023, 9, 41], "publication date and time")
    g.skip("Переглядів: 214", [214], "view counter")
    g.skip("На черзі для отримання послуги догляду вдома перебуває 5 осіб.", [5], "waiting list: no §3 id")
    g.skip("вартість однієї години догляду з 01.03.2023 – 68,40 грн", [1, 3, 2023, 68.40], "tariff and its date")
    g.skip("видано 1 215 продуктових наборів та 380 кг борошна", [1215, 380], "items handed out")
    g.skip("(58 поїздок, тариф – 9 грн за 1 км)", [58, 9, 1], "trips (no §3 id), tariff")
    g.skip("У червні 2023 року", [2023], "survey month")
    g.skip("надійшло 2 письмові подяки", [2], "thanks: no §3 id")
    g.skip("Приймальня: (05258) 0-21-10 | Пн–Пт 8:00–17:00", [5258, 2110, 8, 0, 17, 0], "header phone and office hours")
    g.skip("Довідки за телефоном (05258) 0-31-44.", [5258, 3144], "phone")
    g.note("page furniture (header phone, menu, breadcrumbs, sidebar address/phone/news/poll, footer address/ЄДРПОУ/visitor counter) carries no facts; whether the reader prints it or not, nothing there is annotated")
    g.note("«у І півріччі 2023 року» / «Протягом січня–червня 2023 року» → 2023-01-01..2023-06-30; published from the article date 12.07.2023")
    g.note("departments partition the 641 (178 + 402 + 61); the categories of the 178 end with «інші категорії» and so are a partition: the planted slip")
    g.note("«знято з обслуговування» → deregistered, reasons as labelled parts (alt outcome_other); «На обслуговування взято» → served (alt registered_new, support_started)")
    g.note("«57 із них (95 %) повністю задоволені» → survey_respondents 57 with percent 95 and a label; no separate satisfaction row (a percent written next to a count is that count's percent)")
    g.note("«27,5 посади» is a fractional fact")
    g.write()


if __name__ == "__main__":
    main()
