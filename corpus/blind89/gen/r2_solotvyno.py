"""b89_02: Центр соціальних служб Солотвинської селищної ради (Закарпатська), annual report 2023.
Council-site page in windows-1251: header, menu, breadcrumbs, sidebar, footer around the article.
Third-person voice («Центр», «фахівці Центру»)."""
from common import Gold, write_text, report_path

DOC = "b89_02_solotvyno_css_annual2023.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Звіт про діяльність Центру соціальних служб за 2023 рік | Солотвинська селищна рада</title>
<link rel="stylesheet" href="/templates/sol/css/style.css?v=3.1.7">
</head>
<body>
<div id="top-bar"><span>Солотвинська селищна територіальна громада</span>
<span class="tel">Приймальня: (03134) 0-42-19</span> <a href="/search">Пошук</a> <a href="/en">EN</a></div>
<div id="header"><div class="logo"><img src="/img/gerb.png" alt="герб"></div>
<div class="title">Солотвинська селищна рада<br><small>Тячівського району Закарпатської області</small></div></div>
<ul id="menu">
<li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/vlada">Влада</a></li>
<li><a href="/pidrozdily">Структурні підрозділи</a></li><li><a href="/docs">Документи</a></li><li><a href="/contacts">Контакти</a></li>
</ul>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/pidrozdily">Структурні підрозділи</a> &raquo; <a href="/pidrozdily/css">Центр соціальних служб</a> &raquo; Звіти</div>
<div id="wrapper">
<div id="content">
<article class="item-page">
<h1>Звіт про діяльність Центру соціальних служб Солотвинської селищної ради за 2023 рік</h1>
<div class="article-info"><span class="published">Опубліковано: 19.02.2024 10:42</span> <span class="hits">Переглядів: 317</span></div>
<p>Центр соціальних служб Солотвинської селищної ради (код ЄДРПОУ 43351906) діє відповідно до Положення, затвердженого рішенням сесії селищної ради від 22.12.2022 № 1184, та Програми соціальної підтримки сімей, дітей та молоді на 2023&ndash;2025 роки. Громада об&#700;єднує 8 населених пунктів, у яких проживає понад 31 тис. жителів.</p>
<h2>Виявлення сімей у складних життєвих обставинах</h2>
<p>Упродовж 2023 року до Центру надійшли повідомлення про 83 сім&#700;ї, які можуть перебувати у складних життєвих обставинах. Фахівці Центру провели оцінку потреб 79 сімей; складні життєві обставини встановлено у 64 сімей. Решта повідомлень не підтвердилася або сім&#700;ї змінили місце проживання.</p>
<h2>Надання соціальних послуг</h2>
<p>Загалом у звітному році соціальні послуги отримали 1 312 сімей/осіб (у 2022 році &ndash; 1 187), яким надано 3 964 соціальні послуги. Найбільше Центр надавав послуг консультування &ndash; 688 сім&#700;ям/особам та інформування &ndash; 421; представництво інтересів отримали 46 осіб.</p>
<p>Під соціальним супроводом Центру перебували 57 сімей, у яких виховується 118 дітей, з них 22 сім&#700;ї внутрішньо переміщених осіб (38,6 %). За результатами супроводу складні життєві обставини подолано у 19 сім&#700;ях (33,3 %), мінімізовано &ndash; у 24 сім&#700;ях (42,1 %), без позитивних змін супровід завершено щодо 3 сімей (6,3 %). На 2024 рік супровід продовжено 11 сім&#700;ям.</p>
<p>Центр здійснював соціальне супроводження 5 сімейних форм виховання (4 прийомні сім&#700;ї та 1 дитячий будинок сімейного типу), у яких виховується 23 дитини.</p>
<p>Мобільна бригада соціально-психологічної допомоги здійснила 74 виїзди до 18 населених пунктів громади та сусідніх громад. На телефон довіри Центру надійшло 96 дзвінків.</p>
<h2>Профілактична робота</h2>
<p>Фахівцями Центру проведено 31 груповий захід (тренінги для підлітків, батьківські клуби, заходи до Міжнародного дня захисту дітей), учасниками яких стали 612 осіб.</p>
<h2>Кадри та фінансування</h2>
<p>Штатна чисельність Центру &ndash; 9 посад, з них 6 посад фахівців із соціальної роботи. Станом на 31.12.2023 у Центрі працювало 8 працівників. Видатки на утримання Центру у 2023 році склали 2 146,7 тис. грн, у тому числі заробітна плата з нарахуваннями &ndash; 1 902,3 тис. грн.</p>
<p>Скарг на роботу Центру протягом року не зареєстровано.</p>
<p>У 2024 році Центр планує охопити соціальними послугами не менше 1 400 сімей/осіб та створити 2 нові групи взаємопідтримки.</p>
<p class="author">Центр соціальних служб Солотвинської селищної ради</p>
</article>
</div>
<aside id="sidebar">
<div class="module"><h3>Контакти Центру</h3><p>90575, смт Солотвино, вул. Гірнича, 8<br>тел. (03134) 0-51-26<br>css.solotvyno@example.ua<br>Пн&ndash;Пт 8:00&ndash;17:00</p></div>
<div class="module"><h3>Останні новини</h3><ul>
<li><a href="/news/1412">Оголошено конкурс на 2 вакантні посади фахівця</a> <span>16.02.2024</span></li>
<li><a href="/news/1407">Сесія селищної ради: 37 питань порядку денного</a> <span>09.02.2024</span></li>
<li><a href="/news/1399">Графік прийому громадян у лютому</a> <span>01.02.2024</span></li>
</ul></div>
</aside>
</div>
<div id="footer"><p>&copy; 2018&ndash;2024 Солотвинська селищна рада. Усі права захищено.</p><p>Розробка сайту: example.ua</p></div>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251")
    g = Gold(DOC, {"centre": "Центр соціальних служб Солотвинської селищної ради",
                   "centre_type": "css", "settlement": "Солотвино", "oblast": "Закарпатська",
                   "report_kind": "annual_report",
                   "period_start": "2023-01-01", "period_end": "2023-12-31",
                   "published": "2024-02-19"})
    f = g.f
    no = f("notified", "families", 83, "надійшли повідомлення про 83 сім'ї")
    na = f("needs_assessed", "families", 79, "провели оцінку потреб 79 сімей", parent=no)
    sj = f("in_difficult_circumstances", "families", 64, "складні життєві обставини встановлено у 64 сімей", parent=na)
    sv = f("served", "families_persons", 1312, "соціальні послуги отримали 1 312 сімей/осіб")
    sp = f("services_provided", "services", 3964, "яким надано 3 964 соціальні послуги")
    co = f("served", "families_persons", 688, "консультування – 688 сім'ям/особам", service="counselling", parent=sv)
    inf = f("served", "families_persons", 421, "та інформування – 421", service="informing", parent=sv)
    rep = f("served", "persons", 46, "представництво інтересів отримали 46 осіб", service="representation", parent=sv)
    su = f("served", "families", 57, "Під соціальним супроводом Центру перебували 57 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
    suc = f("served", "children", 118, "у яких виховується 118 дітей", service="social_support_sjo",
            alt=["support_ongoing"], parent=su)
    idp = f("served", "families", 22, "з них 22 сім'ї внутрішньо переміщених осіб (38,6 %)", percent=38.6,
            service="social_support_sjo", category="внутрішньо переміщені особи", parent=su)
    grp = "support_57_by_result"
    o1 = f("outcome_positive", "families", 19, "подолано у 19 сім'ях (33,3 %)", percent=33.3,
           service="social_support_sjo", group=grp, parent=su)
    o2 = f("outcome_minimized", "families", 24, "мінімізовано – у 24 сім'ях (42,1 %)", percent=42.1,
           service="social_support_sjo", group=grp, parent=su)
    o3 = f("outcome_negative", "families", 3, "без позитивних змін супровід завершено щодо 3 сімей (6,3 %)",
           percent=6.3, service="social_support_sjo", group=grp, parent=su)
    o4 = f("support_ongoing", "families", 11, "На 2024 рік супровід продовжено 11 сім'ям",
           service="social_support_sjo", group=grp, parent=su)
    fo = f("served", "families", 5, "соціальне супроводження 5 сімейних форм виховання",
           service="social_support_foster")
    fo1 = f("served", "families", 4, "4 прийомні сім'ї", service="social_support_foster",
            label="прийомні сім'ї", group="foster_5_by_form", parent=fo)
    fo2 = f("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
            label="дитячі будинки сімейного типу", group="foster_5_by_form", parent=fo)
    foc = f("served", "children", 23, "у яких виховується 23 дитини", service="social_support_foster", parent=fo)
    cl = f("calls", "calls", 96, "На телефон довіри Центру надійшло 96 дзвінків")
    ev = f("events", "events", 31, "проведено 31 груповий захід")
    ep = f("event_participants", "persons", 612, "учасниками яких стали 612 осіб", parent=ev)
    s1 = f("staff_positions", "positions", 9, "Штатна чисельність Центру – 9 посад")
    s2 = f("staff_positions", "positions", 6, "з них 6 посад фахівців із соціальної роботи",
           label="фахівці із соціальної роботи", parent=s1)
    s3 = f("staff_actual", "staff", 8, "у Центрі працювало 8 працівників")
    b1 = f("budget_spent", "uah", 2146700, "Видатки на утримання Центру у 2023 році склали 2 146,7 тис. грн")
    b2 = f("budget_spent", "uah", 1902300, "заробітна плата з нарахуваннями – 1 902,3 тис. грн",
           label="заробітна плата з нарахуваннями", parent=b1)
    cp = f("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не зареєстровано.")

    g.slip("percent_mismatch", "error", "без позитивних змін супровід завершено щодо 3 сімей (6,3 %)", 6.3, 5.3,
           [o3, su], "3 of the 57 families under support is 5,26 % → 5,3 %, not 6,3 % (the other shares in the "
           "sentence are of the same 57: 19 → 33,3 %, 24 → 42,1 %)", f"pct_ok(p{o3[1:]}, {o3}, {su}, 1)")
    g.check("percent_mismatch", "з них 22 сім'ї внутрішньо переміщених осіб (38,6 %)", "22 / 57 = 38,60 %",
            f"pct_ok(p{idp[1:]}, {idp}, {su}, 1)")
    g.check("percent_mismatch", "подолано у 19 сім'ях (33,3 %)", "19 / 57 = 33,33 %", f"pct_ok(p{o1[1:]}, {o1}, {su}, 1)")
    g.check("percent_mismatch", "мінімізовано – у 24 сім'ях (42,1 %)", "24 / 57 = 42,11 %",
            f"pct_ok(p{o2[1:]}, {o2}, {su}, 1)")
    g.check("parts_sum", "На 2024 рік супровід продовжено 11 сім'ям",
            "19 overcome + 24 minimized + 3 without change + 11 continued = 57", f"{o1} + {o2} + {o3} + {o4} == {su}")
    g.check("parts_sum", "4 прийомні сім'ї та 1 дитячий будинок сімейного типу", "4 + 1 = 5", f"{fo1} + {fo2} == {fo}")
    g.check("parts_sum", "складні життєві обставини встановлено у 64 сімей", "64 ≤ 79 ≤ 83",
            f"{sj} <= {na} <= {no}")
    g.check("parts_sum", "Найбільше Центр надавав послуг консультування",
            "688 + 421 + 46 = 1 155 ≤ 1 312 (a partial list: «найбільше»)", f"{co} + {inf} + {rep} <= {sv}")
    g.check("parts_sum", "з них 6 посад фахівців із соціальної роботи", "6 ≤ 9; 8 staff ≤ 9 positions",
            f"{s2} <= {s1} and {s3} <= {s1}")
    g.check("parts_sum", "у тому числі заробітна плата з нарахуваннями", "1 902,3 ≤ 2 146,7", f"{b2} <= {b1}")

    g.skip("Опубліковано: 19.02.2024 10:42", [19, 2, 2024, 10, 42], "publication date and time")
    g.skip("Переглядів: 317", [317], "view counter")
    g.skip("за 2023 рік", [2023], "year in the title")
    g.skip("(код ЄДРПОУ 43351906)", [43351906], "ЄДРПОУ")
    g.skip("рішенням сесії селищної ради від 22.12.2022 № 1184", [22, 12, 2022, 1184], "decision date and number")
    g.skip("на 2023–2025 роки", [2023, 2025], "programme years")
    g.skip("Громада об'єднує 8 населених пунктів, у яких проживає понад 31 тис. жителів.", [8, 31000],
           "settlement count, population")
    g.skip("(у 2022 році – 1 187)", [2022, 1187], "prior-year figure")
    g.skip("Мобільна бригада соціально-психологічної допомоги здійснила 74 виїзди до 18 населених пунктів",
           [74, 18], "mobile-team trips (no §3 id) and settlements")
    g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("У 2024 році Центр планує охопити соціальними послугами не менше 1 400 сімей/осіб та створити 2 нові групи",
           [2024, 1400, 2], "plan")
    g.note("«Надійшли повідомлення про 83 сім'ї» → notified; needs assessed 79 and СЖО 64 hang on it (overlapping chain, no group)")
    g.note("«консультування – 688», «інформування – 421», «представництво інтересів – 46 осіб» are the largest services, "
           "not a partition («Найбільше»): parent only, no group")
    g.note("outcomes 19 / 24 / 3 and the 11 continued partition the 57 families under support (their percents are of 57)")
    g.note("«у 2023 році склали» spent → budget_spent; no KEKV is written, so no kekv")
    g.note("the top bar (phone), menu, breadcrumbs, sidebar (contacts, news with numbers) and footer are not in the read text; they carry no report figures and nothing of them is skipped here")
    g.write()


if __name__ == "__main__":
    main()
