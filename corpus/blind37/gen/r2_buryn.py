"""b37_02: ТЦСО Буринської міської ради (Сумська), information for H1 2025.
Council-site page, windows-1251, semantic header/nav/aside/footer around a news article, third person."""
from common import Gold, report_path, write_text

DOC = "b37_02_buryn_tcso_h1_2025.html"

ARTICLE = """<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/news/">Новини</a> &raquo; <a href="/news/social/">Соціальний захист</a></div>
<article class="post">
<h1>Територіальний центр підбив підсумки роботи за І півріччя 2025 року</h1>
<div class="post-meta"><span class="date">18.07.2025 10:42</span> | <span class="author">Відділ організаційної роботи</span> | <span class="views">Переглядів: 211</span></div>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Буринської міської ради інформує громаду про результати роботи у січні – червні 2025 року.</p>
<p>За шість місяців послугами територіального центру скористалися <strong>1 047 мешканців</strong> громади (за аналогічний період 2024 року – 998). Усього фахівці установи надали 21 438 соціальних послуг, з яких 17 905 припадає на догляд вдома.</p>
<h3>Догляд вдома</h3>
<p>Відділення соціальної допомоги вдома обслуговувало 286 одиноких громадян похилого віку та осіб з інвалідністю у 27 населених пунктах громади. Серед обслуговуваних вдома 74 особи з інвалідністю (27,9 %) та 23 внутрішньо переміщені особи (8,0 %).</p>
<p>Протягом півріччя взято на обслуговування 37 осіб. Знято з обслуговування 29 громадян, а саме:</p>
<ul>
<li>у зв'язку зі смертю – 14 осіб;</li>
<li>у зв'язку з влаштуванням до стаціонарних закладів – 6 осіб;</li>
<li>у зв'язку з переїздом до рідних за межі громади – 9 осіб.</li>
</ul>
<p>Вартість однієї години догляду вдома за рішенням виконкому від 21.11.2024 № 312 становить 68,40 грн; послугу на платній основі отримують 57 осіб.</p>
<h3>Денне перебування та інші послуги</h3>
<p>Відділення денного перебування відвідували 52 особи. Для них організовано 18 заходів (майстер-класи, екскурсії, заняття з фізичної культури), учасниками яких стали 312 відвідувачів. Заняття тривають з 9:00 до 13:00 щовівторка та щочетверга.</p>
<p>Консультації з питань соціального захисту отримали 134 особи. Послугою соціального таксі скористалася 41 особа з інвалідністю (63 поїздки, тариф – 12 грн за 1 км). Через пункт прокату 49 мешканців отримали 58 технічних засобів реабілітації (крісла колісні, ходунки, милиці).</p>
<h3>Натуральна допомога</h3>
<p>Натуральну допомогу отримали 512 осіб: продуктові набори (1 130 шт.), засоби гігієни, побутова хімія, постільна білизна. Загальна вартість переданої допомоги становить 684,3 тис. грн.</p>
<h3>Кадри та фінансування</h3>
<p>Штатна чисельність територіального центру – 46,5 штатних одиниць, фактично працює 41 працівник, з них 33 соціальні робітники.</p>
<p>Касові видатки загального фонду за півріччя склали 4 918,2 тис. грн при річних призначеннях 10 450,0 тис. грн. До спеціального фонду за надання платних соціальних послуг надійшло 96,7 тис. грн.</p>
<p>Скарг на якість обслуговування за звітний період не зареєстровано.</p>
<p>Довідки за телефоном (05454) 0-23-61, вул. Соборна, 31, каб. 4.</p>
</article>"""

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Територіальний центр підбив підсумки роботи за І півріччя 2025 року | Буринська міська рада</title>
<link rel="stylesheet" href="/css/style.css?v=3.2">
</head>
<body>
<header class="site-header">
<div class="logo"><img src="/img/gerb.png" alt="Герб"> Буринська міська рада<br><small>Конотопський район, Сумська область</small></div>
<div class="header-contacts">41700, м. Буринь, вул. Соборна, 31 | (05454) 0-21-45 | rada@example.ua</div>
<form class="search"><input type="text" placeholder="Пошук..."></form>
</header>
<nav class="main-menu"><ul>
<li><a href="/">Головна</a></li><li><a href="/rada/">Міська рада</a></li><li><a href="/vykonkom/">Виконком</a></li>
<li><a href="/news/">Новини</a></li><li><a href="/docs/">Документи</a></li><li><a href="/starosty/">Старостинські округи (9)</a></li>
<li><a href="/contacts/">Контакти</a></li></ul></nav>
<div class="wrapper">
<main class="content">
""" + ARTICLE + """
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</main>
<aside class="sidebar">
<h3>Останні новини</h3>
<ul><li><a href="/news/1290">Сесія міської ради 25.07.2025</a></li><li><a href="/news/1288">Графік прийому громадян на серпень</a></li>
<li><a href="/news/1285">У громаді відремонтовано 3,2 км доріг</a></li></ul>
<h3>Гаряча лінія</h3><p>0 800 50 10 77 (цілодобово)</p>
</aside>
</div>
<footer class="site-footer"><p>&copy; 2017–2025 Буринська міська рада. Усі права захищено.</p><p>Код ЄДРПОУ 04058009</p></footer>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML, encoding="cp1251", newline="\n")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Буринської міської ради",
        "centre_type": "tcso", "settlement": "Буринь",
        "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-06-30",
        "published": "2025-07-18"},
        meta_alt={"centre": ["Територіальний центр соціального обслуговування Буринської міської ради"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    tot = f("served", "persons", 1047, "За шість місяців послугами територіального центру скористалися 1 047 мешканців")
    svc = f("services_provided", "services", 21438, "Усього фахівці установи надали 21 438 соціальних послуг")
    svh = f("services_provided", "services", 17905, "з яких 17 905 припадає на догляд вдома",
            service="home_care", parent=svc)
    home = f("served", "persons", 286, "Відділення соціальної допомоги вдома обслуговувало 286 одиноких громадян похилого віку та осіб з інвалідністю",
             service="home_care", parent=tot)
    dis = f("served", "persons", 74, "Серед обслуговуваних вдома 74 особи з інвалідністю (27,9 %)",
            service="home_care", percent=27.9, category="особи з інвалідністю", parent=home)
    idp = f("served", "persons", 23, "23 внутрішньо переміщені особи (8,0 %)", service="home_care",
            percent=8.0, category="внутрішньо переміщені особи", parent=home)
    new = f("served", "persons", 37, "Протягом півріччя взято на обслуговування 37 осіб", service="home_care",
            alt=["registered_new", "support_started"], label="взято на обслуговування", parent=home)
    der = f("deregistered", "persons", 29, "Знято з обслуговування 29 громадян", service="home_care")
    d1 = f("deregistered", "persons", 14, "у зв'язку зі смертю – 14 осіб", service="home_care",
           label="у зв'язку зі смертю", group="deregistered_29_by_reason", parent=der)
    d2 = f("deregistered", "persons", 6, "у зв'язку з влаштуванням до стаціонарних закладів – 6 осіб",
           service="home_care", label="влаштування до стаціонарних закладів",
           group="deregistered_29_by_reason", parent=der)
    d3 = f("deregistered", "persons", 9, "у зв'язку з переїздом до рідних за межі громади – 9 осіб",
           service="home_care", label="переїзд до рідних за межі громади",
           group="deregistered_29_by_reason", parent=der)
    paid = f("served", "persons", 57, "послугу на платній основі отримують 57 осіб", service="home_care",
             label="на платній основі", parent=home)
    day = f("served", "persons", 52, "Відділення денного перебування відвідували 52 особи", service="day_care",
            parent=tot)
    ev = f("events", "events", 18, "Для них організовано 18 заходів")
    evp = f("event_participants", "persons", 312, "учасниками яких стали 312 відвідувачів", parent=ev)
    con = f("served", "persons", 134, "Консультації з питань соціального захисту отримали 134 особи",
            service="counselling", parent=tot)
    taxi = f("served", "persons", 41, "Послугою соціального таксі скористалася 41 особа з інвалідністю",
             service="social_taxi", parent=tot)
    tzr = f("served", "persons", 49, "Через пункт прокату 49 мешканців отримали 58 технічних засобів реабілітації",
            label="пункт прокату технічних засобів реабілітації", parent=tot)
    nat = f("served", "persons", 512, "Натуральну допомогу отримали 512 осіб", service="natural_aid", parent=tot)
    aid = f("aid_value", "uah", 684300, "Загальна вартість переданої допомоги становить 684,3 тис. грн",
            service="natural_aid")
    pos = f("staff_positions", "positions", 46.5, "Штатна чисельність територіального центру – 46,5 штатних одиниць")
    act = f("staff_actual", "staff", 41, "фактично працює 41 працівник")
    sw = f("staff_actual", "staff", 33, "з них 33 соціальні робітники", label="соціальні робітники", parent=act)
    sp = f("budget_spent", "uah", 4918200, "Касові видатки загального фонду за півріччя склали 4 918,2 тис. грн",
           label="загальний фонд, І півріччя")
    ap = f("budget_approved", "uah", 10450000, "при річних призначеннях 10 450,0 тис. грн",
           label="загальний фонд, річні призначення 2025")
    rec = f("budget_received", "uah", 96700, "До спеціального фонду за надання платних соціальних послуг надійшло 96,7 тис. грн",
            label="спеціальний фонд, платні соціальні послуги")
    cpl = f("complaints", "complaints", 0, "Скарг на якість обслуговування за звітний період не зареєстровано.")

    g.slip("percent_mismatch", "error", "Серед обслуговуваних вдома 74 особи з інвалідністю (27,9 %)",
           27.9, 25.9, [dis, home],
           "74 of the 286 home-care recipients is 25,87 % → 25,9 %, not 27,9 % (a slipped digit). The IDP share in the same sentence (23 → 8,0 %) uses the same base and holds",
           f"pct_ok(p{n(dis)}, f{n(dis)}, f{n(home)}, 1)")
    g.check("percent_mismatch", "23 внутрішньо переміщені особи (8,0 %)", "23 / 286 = 8,04 % → 8,0",
            f"pct_ok(p{n(idp)}, f{n(idp)}, f{n(home)}, 1)")
    g.check("parts_sum", "Знято з обслуговування 29 громадян, а саме:", "14 + 6 + 9 = 29",
            f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(der)}")
    g.check("parts_sum", "з яких 17 905 припадає на догляд вдома", "17 905 ≤ 21 438",
            f"f{n(svh)} <= f{n(svc)}")
    g.check("parts_sum", "фактично працює 41 працівник, з них 33 соціальні робітники",
            "33 ≤ 41 ≤ 46,5 positions", f"f{n(sw)} <= f{n(act)} <= f{n(pos)}")
    g.check("parts_sum", "Касові видатки загального фонду за півріччя склали 4 918,2 тис. грн при річних призначеннях 10 450,0 тис. грн.",
            "half-year spending ≤ annual appropriation", f"f{n(sp)} <= f{n(ap)}")
    g.check("parts_sum", "Відділення соціальної допомоги вдома обслуговувало 286 одиноких громадян",
            "each unit's count ≤ 1 047 (the units overlap and are not a partition)",
            f"max([f{n(home)}, f{n(day)}, f{n(con)}, f{n(taxi)}, f{n(tzr)}, f{n(nat)}]) <= f{n(tot)} and f{n(new)} <= f{n(home)} and f{n(paid)} <= f{n(home)}")

    g.skip("Територіальний центр підбив підсумки роботи за І півріччя 2025 року", [1, 2025], "title: period")
    g.skip("18.07.2025 10:42", [18, 7, 2025, 10, 42], "publication date and time")
    g.skip("Переглядів: 211", [211], "view counter")
    g.skip("(за аналогічний період 2024 року – 998)", [2024, 998], "prior-year figure")
    g.skip("у 27 населених пунктах громади", [27], "settlement count")
    g.skip("за рішенням виконкому від 21.11.2024 № 312 становить 68,40 грн", [21, 11, 2024, 312, 68.40],
           "decision date/number, tariff per hour")
    g.skip("Заняття тривають з 9:00 до 13:00 щовівторка та щочетверга.", [9, 0, 13, 0], "schedule")
    g.skip("(63 поїздки, тариф – 12 грн за 1 км)", [63, 12, 1], "trips (no §3 id), tariff")
    g.skip("отримали 58 технічних засобів реабілітації", [58], "items handed out")
    g.skip("продуктові набори (1 130 шт.)", [1130], "items handed out")
    g.skip("Довідки за телефоном (05454) 0-23-61, вул. Соборна, 31, каб. 4.", [5454, 2361, 31, 4],
           "phone, address, office number")
    g.note("page furniture (header with address/phone, menu «Старостинські округи (9)», sidebar news «3,2 км доріг», hotline, footer ЄДРПОУ) is dropped by the reader here; if a reader keeps it, none of it is a fact")
    g.note("centre_type tcso; oblast not stated in the article text (only in the page header, which the reader drops) → omitted from meta")
    g.note("«взято на обслуговування 37 осіб» → served (alt registered_new, support_started); «знято з обслуговування 29» → deregistered with the three reasons as a labelled partition")
    g.note("the units (home care 286, day care 52, counselling 134, taxi 41, rental 49, natural aid 512) hang on 1 047 with parent_id but no group: a person may use several units (their sum 1 074 exceeds 1 047)")
    g.note("«46,5 штатних одиниць» is a fractional staff_positions fact")
    g.note("the annual appropriation 10 450,0 is budget_approved labelled as annual; the half-year spending 4 918,2 is budget_spent")
    g.write()


if __name__ == "__main__":
    main()
