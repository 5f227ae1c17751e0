"""b73_02: Центр соціальних служб Південненської міської ради (Одеська), information for H1 2025.
Council-site HTML page, windows-1251: header, menu, breadcrumbs, date/views, sidebar, footer.
Third person. Planted slip: percent_mismatch (6 families raising children with disabilities of 43
under support written as 16,3 %; 6 / 43 = 14,0 %)."""
from common import Gold, write_text, report_path

DOC = "b73_02_pivdenne_css_h1_2025.html"

ARTICLE = """
<h1>Про роботу Центру соціальних служб за І півріччя 2025 року</h1>
<div class="meta">Опубліковано: 17.07.2025 | Автор: Центр соціальних служб | Переглядів: 347</div>
<div class="article-body">
<p>Центр соціальних служб Південненської міської ради інформує про підсумки роботи у січні–червні 2025 року.</p>
<p>Упродовж півріччя фахівці із соціальної роботи отримали повідомлення про 214 сімей, які можуть перебувати у складних життєвих обставинах (за аналогічний період 2024 року – 187). Оцінку потреб проведено 198 сім&#39;ям, складні життєві обставини виявлено у 131 сім&#39;ї.</p>
<p>Загалом послугами Центру скористалися 389 сімей, у яких виховується 512 дітей. Найбільш затребуваними залишаються:</p>
<ul>
<li>інформування – 318 сімей;</li>
<li>консультування – 276 сімей;</li>
<li>соціальна профілактика – 94 сім&#39;ї;</li>
<li>кризове та екстрене втручання – 17 сімей.</li>
</ul>
<p>Під соціальним супроводом протягом півріччя перебували 43 сім&#39;ї, в яких 96 дітей. Із них 12 сімей взято під супровід у звітному періоді, 31 сім&#39;я продовжує отримувати послугу з 2024 року. Серед сімей під супроводом: багатодітних – 11 (25,6 %), сімей внутрішньо переміщених осіб – 8 (18,6 %), сімей, що виховують дітей з інвалідністю, – 6 (16,3 %).</p>
<p>Завершено супровід 14 сімей: у 9 сім&#39;ях складні життєві обставини подолано (64,3 %), у 3 – мінімізовано (21,4 %), 2 сім&#39;ї змінили місце проживання (14,3 %). Середня тривалість супроводу становила 5,5 місяця.</p>
<p>Соціальний супровід прийомних сімей та дитячих будинків сімейного типу Центр здійснював щодо 5 сімей, у яких виховуються 19 дітей-сиріт та дітей, позбавлених батьківського піклування.</p>
<p>Фахівці Центру провели 23 групові заходи (тренінги для батьків, заняття «Школи відповідального батьківства», зустрічі з підлітками у ліцеях № 1 та № 3), якими охоплено 287 учасників. На «гарячу лінію» Центру надійшов 41 дзвінок. Здійснено 156 виїздів до старостинських округів.</p>
<p>Штатним розписом Центру передбачено 12 посад, з них 8 – фахівців із соціальної роботи. Станом на 30.06.2025 у Центрі працює 11 осіб; 3 фахівці пройшли навчання за програмою «Догляд, що змінює».</p>
<p>У ІІ півріччі 2025 року Центр планує охопити послугою соціального супроводу не менше 50 сімей.</p>
</div>
"""

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Про роботу Центру соціальних служб за І півріччя 2025 року | Південненська міська рада</title>
<link rel="stylesheet" href="/templates/pivd/css/style.css">
</head>
<body>
<header id="header"><a href="/" class="logo"><img src="/images/gerb.png" alt="Герб"></a><div class="sitename">ПІВДЕННЕНСЬКА МІСЬКА РАДА</div>
<form action="/search"><input type="text" name="q" placeholder="Пошук..."></form></header>
<nav id="menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/rada">Міська рада</a></li><li><a href="/vykonkom">Виконавчий комітет</a></li>
<li><a href="/soc">Соціальний захист</a></li><li><a href="/docs">Документи</a></li><li><a href="/contacts">Контакти</a></li>
</ul></nav>
<div class="breadcrumbs"><a href="/">Головна</a> › <a href="/soc">Соціальний захист</a> › <a href="/soc/css">Центр соціальних служб</a> › Про роботу за І півріччя 2025 року</div>
<div id="wrap">
<main id="content">
""" + ARTICLE + """
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</main>
<aside id="sidebar">
<div class="widget"><h3>Центр соціальних служб</h3>
<div class="widget"><h3>Останні новини</h3><ul>
<li><a href="/news/2228">Графік прийому громадян на серпень</a></li>
<li><a href="/news/2219">Оголошено конкурс на посаду фахівця із соціальної роботи</a></li>
</ul></div>
</aside>
</div>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251", newline="\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Південненської міської ради", "centre_type": "css",
        "settlement": "Південне", "oblast": "Одеська", "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-06-30", "published": "2025-07-17"})
    no = g.f("notified", "families", 214, "отримали повідомлення про 214 сімей")
    na = g.f("needs_assessed", "families", 198, "Оцінку потреб проведено 198 сім'ям")
    sj = g.f("in_difficult_circumstances", "families", 131, "складні життєві обставини виявлено у 131 сім'ї")
    sv = g.f("served", "families", 389, "послугами Центру скористалися 389 сімей")
    g.f("served", "children", 512, "у яких виховується 512 дітей", parent=sv)
    s1 = g.f("served", "families", 318, "інформування – 318 сімей;", service="informing", parent=sv)
    s2 = g.f("served", "families", 276, "консультування – 276 сімей;", service="counselling", parent=sv)
    s3 = g.f("served", "families", 94, "соціальна профілактика – 94 сім'ї;", service="social_prevention", parent=sv)
    s4 = g.f("served", "families", 17, "кризове та екстрене втручання – 17 сімей.", service="crisis_intervention", parent=sv)
    ss = g.f("served", "families", 43, "Під соціальним супроводом протягом півріччя перебували 43 сім'ї",
             service="social_support_sjo", alt=["support_ongoing"])
    g.f("served", "children", 96, "в яких 96 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
    st = g.f("support_started", "families", 12, "Із них 12 сімей взято під супровід у звітному періоді",
             service="social_support_sjo", group="support_43_new_or_continued", parent=ss)
    so = g.f("served", "families", 31, "31 сім'я продовжує отримувати послугу з 2024 року",
             service="social_support_sjo", alt=["support_ongoing"], label="продовжують отримувати послугу з 2024 року",
             group="support_43_new_or_continued", parent=ss,
             note="a 2025 figure that names 2024 (families continuing from last year)")
    c1 = g.f("served", "families", 11, "багатодітних – 11 (25,6 %)", percent=25.6, service="social_support_sjo",
             category="багатодітні сім'ї", parent=ss)
    c2 = g.f("served", "families", 8, "сімей внутрішньо переміщених осіб – 8 (18,6 %)", percent=18.6,
             service="social_support_sjo", category="сім'ї внутрішньо переміщених осіб", parent=ss)
    c3 = g.f("served", "families", 6, "сімей, що виховують дітей з інвалідністю, – 6 (16,3 %)", percent=16.3,
             service="social_support_sjo", category="сім'ї, що виховують дітей з інвалідністю", parent=ss)
    sc = g.f("support_completed", "families", 14, "Завершено супровід 14 сімей", service="social_support_sjo", parent=ss)
    o1 = g.f("outcome_positive", "families", 9, "у 9 сім'ях складні життєві обставини подолано (64,3 %)", percent=64.3,
             service="social_support_sjo", group="completed_14_by_result", parent=sc)
    o2 = g.f("outcome_minimized", "families", 3, "у 3 – мінімізовано (21,4 %)", percent=21.4,
             service="social_support_sjo", group="completed_14_by_result", parent=sc)
    o3 = g.f("outcome_other", "families", 2, "2 сім'ї змінили місце проживання (14,3 %)", percent=14.3,
             service="social_support_sjo", label="змінили місце проживання", group="completed_14_by_result", parent=sc)
    fo = g.f("served", "families", 5, "Центр здійснював щодо 5 сімей", service="social_support_foster")
    g.f("served", "children", 19, "у яких виховуються 19 дітей-сиріт", service="social_support_foster", parent=fo)
    ev = g.f("events", "events", 23, "провели 23 групові заходи")
    g.f("event_participants", "persons", 287, "якими охоплено 287 учасників", parent=ev)
    g.f("calls", "calls", 41, "На «гарячу лінію» Центру надійшов 41 дзвінок")
    sp = g.f("staff_positions", "positions", 12, "Штатним розписом Центру передбачено 12 посад")
    sp2 = g.f("staff_positions", "positions", 8, "з них 8 – фахівців із соціальної роботи",
              label="фахівці із соціальної роботи", parent=sp)
    sa = g.f("staff_actual", "staff", 11, "у Центрі працює 11 осіб")
    tr = g.f("staff_trained", "staff", 3, "3 фахівці пройшли навчання")

    g.slip("percent_mismatch", "error", "сімей, що виховують дітей з інвалідністю, – 6 (16,3 %)", 16.3, 14.0,
           [c3, ss], "6 of the 43 families under support is 13,95 % → 14,0 %, not 16,3 % (16,3 % would be 7 of 43)",
           f"pct_ok(p{c3[1:]}, {c3}, {ss}, 1)")
    g.check("percent_mismatch", "багатодітних – 11 (25,6 %), сімей внутрішньо переміщених осіб – 8 (18,6 %)",
            "11 / 43 = 25,58 → 25,6; 8 / 43 = 18,60 → 18,6",
            f"pct_ok(p{c1[1:]}, {c1}, {ss}, 1) and pct_ok(p{c2[1:]}, {c2}, {ss}, 1)")
    g.check("parts_sum", "Із них 12 сімей взято під супровід у звітному періоді, 31 сім'я",
            "12 new + 31 continuing = 43", f"{st} + {so} == {ss}")
    g.check("parts_sum", "Завершено супровід 14 сімей", "9 + 3 + 2 = 14", f"{o1} + {o2} + {o3} == {sc}")
    g.check("percent_mismatch", "у 9 сім'ях складні життєві обставини подолано (64,3 %)",
            "9/14 = 64,29 → 64,3; 3/14 = 21,43 → 21,4; 2/14 = 14,29 → 14,3",
            f"pct_ok(p{o1[1:]}, {o1}, {sc}, 1) and pct_ok(p{o2[1:]}, {o2}, {sc}, 1) and pct_ok(p{o3[1:]}, {o3}, {sc}, 1)")
    g.check("percents_sum", "у 3 – мінімізовано (21,4 %), 2 сім'ї змінили місце проживання (14,3 %)",
            "64,3 + 21,4 + 14,3 = 100,0", f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}], 1)")
    g.check("parts_sum", "Оцінку потреб проведено 198 сім'ям",
            "131 in СЖО ≤ 198 assessed ≤ 214 notified", f"{sj} <= {na} <= {no}")
    g.check("parts_sum", "послугами Центру скористалися 389 сімей",
            "each service count ≤ 389 (a family may receive several services)",
            f"max({s1}, {s2}, {s3}, {s4}) <= {sv} and {ss} <= {sv}")
    g.check("parts_sum", "у Центрі працює 11 осіб", "8 ≤ 12 positions; 11 working ≤ 12; 3 trained ≤ 11",
            f"{sp2} <= {sp} and {sa} <= {sp} and {tr} <= {sa}")

    g.skip("Опубліковано: 17.07.2025", [17, 7, 2025], "publication date (meta published)")
    g.skip("Переглядів: 347", [347], "view counter")
    g.skip("за І півріччя 2025 року", [2025], "report period")
    g.skip("у січні–червні 2025 року", [2025], "report period")
    g.skip("(за аналогічний період 2024 року – 187)", [2024, 187], "prior-year figure")
    g.skip("Середня тривалість супроводу становила 5,5 місяця.", [5.5], "duration")
    g.skip("зустрічі з підлітками у ліцеях № 1 та № 3", [1, 3], "school numbers")
    g.skip("Здійснено 156 виїздів до старостинських округів.", [156], "field trips (no §3 id)")
    g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
    g.skip("У ІІ півріччі 2025 року Центр планує охопити послугою соціального супроводу не менше 50 сімей.",
           [2025, 50], "plan")
    g.note("the services list (інформування, консультування, профілактика, втручання) overlaps: a family may get several services; parts carry parent_id only, no group")
    g.note("«серед сімей під супроводом: багатодітних … ВПО … з інвалідністю» are overlapping categories, parent_id only")
    g.note("«31 сім'я продовжує отримувати послугу з 2024 року» → served (alt support_ongoing); 12 + 31 partition the 43")
    g.note("the page chrome (top bar with a phone, menu, breadcrumbs, sidebar with the centre's address/phone/hours and news, footer with ЄДРПОУ) is not part of the read text, so it has no skips")
    g.note("meta published from «Опубліковано: 17.07.2025»")
    g.write()


if __name__ == "__main__":
    main()
