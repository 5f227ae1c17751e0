"""b45_07: КУ «ЦНСП» Старосинявської селищної ради (Хмельницька), 2024 «в цифрах» page of a modern council site.
LESS COMMON STYLE 1: counter widgets animated by JavaScript (as scraped, without running the script, each counter
shows 0 and the real figure is only in data-count), cards with icons carrying aria-label, a CSS-grid «table» of
<div> rows, a lazy-loaded section that was never loaded. The file is UTF-8 but declares <meta charset="windows-1251">."""
from common import Gold, report_path, write_text

NAME = "b45_07_starasyniava_cnsp_annual2024.html"

GRID = [  # service, id, recipients, idp, services
    ("Догляд вдома", "home_care", "96", "7", "11 432"),
    ("Денний догляд", "day_care", "28", "3", "2 904"),
    ("Консультування", "counselling", "402", "116", "1 876"),
    ("Інформування", "informing", "592", "171", "1 140"),
    ("Соціальна адаптація", "social_adaptation", "37", "12", "418"),
    ("Натуральна допомога", "natural_aid", "163", "49", "6 946"),
]
GTOT = ("Усього", "1 318", "358", "24 761")
COUNTERS = [("1318", "отримувачів послуг"), ("24716", "наданих послуг"), ("62", "працівники"),
            ("11", "старостинських округів")]


def grid_html():
    rows = ['<div class="grid-row grid-row--head" role="row"><div role="columnheader">Послуга</div>'
            '<div role="columnheader">Отримувачів, осіб</div><div role="columnheader">з них ВПО</div>'
            '<div role="columnheader">Надано послуг</div></div>']
    for r in GRID + [(GTOT[0], None) + GTOT[1:]]:
        rows.append(f'<div class="grid-row" role="row"><div role="cell" class="c-name">{r[0]}</div>'
                    f'<div role="cell" class="c-num">{r[2]}</div><div role="cell" class="c-num">{r[3]}</div>'
                    f'<div role="cell" class="c-num">{r[4]}</div></div>')
    return "\n".join(rows)


def counters_html():
    out = []
    for v, lab in COUNTERS:
        out.append(f'<div class="counter"><span class="num" data-count="{v}" data-duration="1800">0</span>'
                   f'<span class="label">{lab}</span></div>')
    return "\n".join(out)


HTML = """<!doctype html>
<html lang="uk">
<head>
<meta charset="windows-1251">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ЦНСП у цифрах: підсумки 2024 року — Старосинявська селищна рада</title>
<link rel="stylesheet" href="/assets/app.min.css?id=8f2c1d">
<style>.grid-table{display:grid;grid-template-columns:3fr 1fr 1fr 1fr}.grid-row{display:contents}</style>
<script defer src="/assets/countup.min.js"></script>
</head>
<body>
<header class="site-header">
<div class="topline"><span class="ico ico-phone" aria-label="Телефон"></span> (03850) 0-22-17 <span class="ico ico-mail" aria-label="Пошта"></span> sr@example.ua</div>
<a class="brand" href="/"><img src="/img/logo.svg" alt="Старосинявська селищна рада"></a>
<nav class="main-nav"><a href="/">Головна</a><a href="/gromada">Громада</a><a href="/services">Послуги</a><a href="/news">Новини</a><a href="/contacts">Контакти</a></nav>
</header>
<nav class="crumbs" aria-label="breadcrumb"><a href="/">Головна</a> / <a href="/cnsp">ЦНСП</a> / Підсумки 2024</nav>
<main id="main">
<article class="post">
<h1>ЦНСП у цифрах: підсумки 2024 року</h1>
<div class="post-meta"><time datetime="2025-01-21">21.01.2025</time> <span class="ico ico-eye" aria-label="Переглядів"></span><span class="views">1 027</span></div>
<section class="counters" id="counters">
%COUNTERS%
</section>
<p class="lead">У 2024 році Комунальна установа «Центр надання соціальних послуг» Старосинявської селищної ради надала соціальні послуги 1 318 мешканцям громади. До Центру звернулися 1 402 особи, оцінку потреб проведено 214 особам.</p>
<div class="cards">
<div class="card"><div class="card__icon"><i class="ico ico-family" aria-label="Соціальний супровід сімей"></i></div><h3 class="card__title">Соціальний супровід</h3><div class="card__value">37</div><div class="card__text">сімей у складних життєвих обставинах, у них 81 дитина</div></div>
<div class="card"><div class="card__icon"><i class="ico ico-home" aria-label="Прийомні сім'ї"></i></div><h3 class="card__title">Сімейні форми виховання</h3><div class="card__value">6</div><div class="card__text">прийомних сімей і ДБСТ під соціальним супроводженням</div></div>
<div class="card"><div class="card__icon"><i class="ico ico-box" aria-label="Гуманітарна допомога"></i></div><h3 class="card__title">Гуманітарна допомога</h3><div class="card__value">517</div><div class="card__text">осіб отримали допомогу на суму 212,6 тис. грн (1 034 набори)</div></div>
<div class="card"><div class="card__icon"><i class="ico ico-car" aria-label="Соціальне таксі"></i></div><h3 class="card__title">Соціальне таксі</h3><div class="card__value">44</div><div class="card__text">особи, 131 поїздка (тариф 8 грн/км)</div></div>
</div>
<h2>Послуги за видами</h2>
<div class="grid-table" role="table" aria-label="Послуги за 2024 рік">
%GRID%
</div>
<h2>Соціальний супровід сімей</h2>
<ul class="check-list">
<li><i class="ico ico-plus" aria-label="Додано"></i>взято під супровід протягом року — <b>21</b> сім'я</li>
<li><i class="ico ico-done" aria-label="Завершено"></i>завершено супровід — <b>19</b> сімей, з них складні життєві обставини подолано у <b>14</b>, мінімізовано у <b>5</b></li>
<li><i class="ico ico-arrow" aria-label="Продовжено"></i>продовжують отримувати послугу у 2025 році — <b>18</b> сімей</li>
</ul>
<h2>Як нас оцінюють</h2>
<div class="stats">
<div class="stat"><div class="stat__value">94,2 %</div><div class="stat__text">опитаних отримувачів задоволені якістю послуг</div></div>
<div class="stat"><div class="stat__value">121</div><div class="stat__text">отримувач взяв участь в анкетуванні (листопад 2024 року)</div></div>
</div>
<details class="faq"><summary>Як отримати послугу?</summary><p>Звернутися до ЦНСП або старости за місцем проживання. Рішення приймається протягом 10 робочих днів; послуги для ВПО, осіб з інвалідністю I групи та дітей – безоплатні.</p></details>
<p>Проведено 18 групових заходів, у яких взяли участь 356 осіб. Фактично працює 62 працівники при 66 штатних посадах; 9 фахівців підвищили кваліфікацію. Скарг на роботу Центру не надходило.</p>
<p>У 2025 році Центр планує запровадити послугу підтриманого проживання для 6 осіб і відкрити ще 2 пункти прокату засобів реабілітації (зараз їх 3).</p>
<section class="lazy-block" data-src="/api/blocks/cnsp-budget-2024" data-lazy="true">
<h2>Фінансування</h2>
<div class="skeleton" aria-busy="true">Завантаження…</div>
<noscript>Для перегляду розділу увімкніть JavaScript.</noscript>
</section>
<div class="post-tags"><a href="/tag/cnsp">#ЦНСП</a> <a href="/tag/zvit">#звіт2024</a></div>
</article>
<aside class="sidebar">
<div class="widget"><h4>Контакти ЦНСП</h4><p>31400, селище Стара Синява, вул. Грушевського, 12</p><p>(03850) 0-23-44</p><p>ЄДРПОУ 43561290</p></div>
<div class="widget"><h4>Популярне</h4><a href="/news/2211">Графік прийому громадян на лютий 2025</a></div>
</aside>
</main>
<footer class="site-footer"><p>© 2025 Старосинявська селищна рада</p><p>Розробка сайту: Gromada.Web v4.2</p></footer>
<script>document.querySelectorAll('.counter .num').forEach(function(el){countUp(el, +el.dataset.count, 1800);});</script>
</body>
</html>
"""


def gold(text):
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Старосинявської селищної ради",
        "centre_type": "cnsp", "settlement": "Стара Синява", "oblast": "Хмельницька",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-01-21"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Старосинявської селищної ради",
                    "КУ «Центр надання соціальних послуг» Старосинявської селищної ради"]})
    n = lambda i: i[1:]
    num = lambda s: int(s.replace(" ", ""))
    sv = g.f("served", "persons", 1318, "надала соціальні послуги 1 318 мешканцям громади")
    ap = g.f("applied", "persons", 1402, "До Центру звернулися 1 402 особи")
    na = g.f("needs_assessed", "persons", 214, "оцінку потреб проведено 214 особам")
    c1 = g.f("served", "families", 37, "Соціальний супровід\n\n37\n\nсімей у складних життєвих обставинах",
             service="social_support_sjo", alt=["support_ongoing"])
    c1c = g.f("served", "children", 81, "у них 81 дитина", service="social_support_sjo", alt=["support_ongoing"],
              parent=c1)
    c2 = g.f("served", "families", 6, "6\n\nприйомних сімей і ДБСТ під соціальним супроводженням",
             service="social_support_foster", alt=["support_ongoing"])
    c3 = g.f("served", "persons", 517, "517\n\nосіб отримали допомогу", label="гуманітарна допомога")
    c3v = g.f("aid_value", "uah", 212600, "на суму 212,6 тис. грн", label="гуманітарна допомога")
    c4 = g.f("served", "persons", 44, "Соціальне таксі\n\n44\n\nособи", service="social_taxi")
    # grid
    def rowq(r):
        return "\n\n".join((r[0], r[2], r[3], r[4]))
    tq = "\n\n".join(GTOT)
    assert tq in text, tq
    t1 = g.f("served", "persons", num(GTOT[1]), tq, label="Усього")
    t2 = g.f("served", "persons", num(GTOT[2]), tq, label="Усього, з них ВПО", category="внутрішньо переміщені особи",
             parent=t1)
    t3 = g.f("services_provided", "services", num(GTOT[3]), tq, label="Усього")
    a1, a2, a3 = [], [], []
    for r in GRID:
        q = rowq(r)
        assert q in text, q
        a1.append(g.f("served", "persons", num(r[2]), q, service=r[1], label=r[0], group="served_1318_by_service",
                      parent=t1))
        a2.append(g.f("served", "persons", num(r[3]), q, service=r[1], label=r[0] + ", з них ВПО",
                      category="внутрішньо переміщені особи", group="served_idp_358_by_service", parent=t2))
        a3.append(g.f("services_provided", "services", num(r[4]), q, service=r[1], label=r[0],
                      group="services_24761_by_service", parent=t3))
    ss = g.f("support_started", "families", 21, "взято під супровід протягом року — 21 сім'я",
             service="social_support_sjo", parent=c1)
    sc = g.f("support_completed", "families", 19, "завершено супровід — 19 сімей", service="social_support_sjo",
             parent=c1)
    o1 = g.f("outcome_positive", "families", 14, "складні життєві обставини подолано у 14",
             group="completed_19_by_outcome", parent=sc)
    o2 = g.f("outcome_minimized", "families", 5, "мінімізовано у 5", group="completed_19_by_outcome", parent=sc)
    og = g.f("support_ongoing", "families", 18, "продовжують отримувати послугу у 2025 році — 18 сімей",
             service="social_support_sjo", parent=c1)
    sat = g.f("satisfaction", "percent", 94.2, "94,2 %\n\nопитаних отримувачів задоволені якістю послуг")
    srv = g.f("survey_respondents", "recipients", 121, "121\n\nотримувач взяв участь в анкетуванні",
              unit_alt="persons")
    ev = g.f("events", "events", 18, "Проведено 18 групових заходів")
    ep = g.f("event_participants", "persons", 356, "у яких взяли участь 356 осіб", parent=ev)
    sa = g.f("staff_actual", "staff", 62, "Фактично працює 62 працівники")
    sp = g.f("staff_positions", "positions", 66, "при 66 штатних посадах")
    tr = g.f("staff_trained", "staff", 9, "9 фахівців підвищили кваліфікацію")
    cm = g.f("complaints", "complaints", 0, "Скарг на роботу Центру не надходило.")

    g.slip("table_arithmetic", "error", tq, 24761, 24716, a3 + [t3],
           "the «Надано послуг» cells sum to 24 716 (11 432 + 2 904 + 1 876 + 1 140 + 418 + 6 946); the Усього cell "
           "says 24 761 (two digits swapped). The page's counter widget carries data-count=\"24716\", but the reader "
           "does not print the counters (see outside_read_text)",
           " + ".join(f"f{n(i)}" for i in a3) + f" == f{n(t3)}")
    g.check("table_arithmetic", tq, "Отримувачів: 96 + 28 + 402 + 592 + 37 + 163 = 1 318",
            " + ".join(f"f{n(i)}" for i in a1) + f" == f{n(t1)}")
    g.check("table_arithmetic", tq, "з них ВПО: 7 + 3 + 116 + 171 + 12 + 49 = 358",
            " + ".join(f"f{n(i)}" for i in a2) + f" == f{n(t2)}")
    g.check("parts_sum", "завершено супровід — 19 сімей", "14 + 5 = 19 completed; 19 completed + 18 continuing = 37",
            f"f{n(o1)} + f{n(o2)} == f{n(sc)} and f{n(sc)} + f{n(og)} == f{n(c1)} and f{n(ss)} <= f{n(c1)}")
    g.check("percent_impossible", "опитаних отримувачів задоволені якістю послуг", "114 of 121 = 94,2 %",
            f"grim_ok(f{n(sat)}, f{n(srv)}, 1)")
    g.check("internal_conflict", "надала соціальні послуги 1 318 мешканцям громади", "prose 1 318 = grid Усього 1 318",
            f"f{n(sv)} == f{n(t1)}")
    g.check("parts_sum", "До Центру звернулися 1 402 особи", "1 318 served and 214 assessed ≤ 1 402 applied",
            f"f{n(sv)} <= f{n(ap)} and f{n(na)} <= f{n(ap)}")
    g.check("parts_sum", "Фактично працює 62 працівники при 66 штатних посадах", "62 ≤ 66; 9 trained ≤ 62",
            f"f{n(sa)} <= f{n(sp)} and f{n(tr)} <= f{n(sa)}")

    g.skip("21.01.2025", [21, 1, 2025], "publication date")
    g.skip("(листопад 2024 року)", [2024], "survey month")
    g.skip("Рішення приймається протягом 10 робочих днів; послуги для ВПО, осіб з інвалідністю I групи", [10, 1],
           "duration, disability group (if the reader prints the <details> block)")
    g.skip("У 2025 році Центр планує запровадити послугу підтриманого проживання для 6 осіб і відкрити ще 2 пункти прокату засобів реабілітації (зараз їх 3).",
           [2025, 6, 2, 3], "plan; rental points (no §3 id)")
    g.skip("1 027", [1027], "view counter")
    g.skip("(1 034 набори)", [1034], "items (aid sets)")
    g.skip("131 поїздка (тариф 8 грн/км)", [131, 8], "trips (no §3 id), tariff")
    for s in ("(03850) 0-22-17", "31400, селище Стара Синява, вул. Грушевського, 12", "(03850) 0-23-44",
              "ЄДРПОУ 43561290", "Графік прийому громадян на лютий 2025", "© 2025 Старосинявська селищна рада",
              "Gromada.Web v4.2", "#звіт2024"):
        if s in text:
            g.skip(s, [], "header / sidebar / footer / tags: phone, address, ЄДРПОУ, dates, version (printed by the reader)")
    for v, lab in COUNTERS:
        raw = (f'<div class="counter"><span class="num" data-count="{v}" data-duration="1800">0</span>'
               f'<span class="label">{lab}</span></div>')
        if lab == "отримувачів послуг":
            g.out(raw, "served", "persons", int(v), "counter widget; the same figure as the prose and the grid Усього")
        elif lab == "наданих послуг":
            g.out(raw, "services_provided", "services", int(v),
                  "counter widget; it gives the correct sum 24 716, while the grid Усього says 24 761")
        elif lab == "працівники":
            g.out(raw, "staff_actual", "staff", int(v), "counter widget; the same figure as the prose (62)")
        else:
            g.out(raw, None, None, int(v), "counter widget: number of starosta districts, not a fact (would be skipped)")
    g.note("LESS COMMON STYLE 1. The file is the page as a scraper fetched it (no JavaScript run): every counter "
           "widget shows «0» and holds its real figure only in data-count. `zvitparse read` prints none of the "
           "counter section (neither the 0s nor the labels), so its four figures are not in `facts` (their quotes "
           "could not be in the read text); they are listed under `outside_read_text` with the indicator they would "
           "have. Three of them repeat figures that the page also gives in text (1 318, 62) or that the grid should "
           "give (24 716). If the reader ever prints counters, a tool that reads data-count would find these figures; "
           "a tool that reads the displayed text would find «0» and must not report 0 recipients.")
    g.note("cards: the reader prints the card title, value and text as separate blocks, so quotes span blank lines; "
           "the icons' aria-label text is not printed (the card titles carry the same words). The card «6 прийомних "
           "сімей і ДБСТ» is served social_support_foster, unit families.")
    g.note("the CSS-grid «table» (div rows with role=row/cell) comes out one cell per block; each cell is a fact quoted "
           "by its row (cells joined by blank lines), rows hang on the Усього cell of the same column.")
    g.note("the lazy-loaded «Фінансування» section was never loaded: only its heading and «Завантаження…» are in the "
           "file; no budget figure exists to annotate.")
    g.note("«Гуманітарна допомога 517 осіб» has no service id (the grid's «Натуральна допомога» is a different row, "
           "163 persons); labelled, no service.")
    g.note("the page declares windows-1251 but is UTF-8; meta encoding is whatever the reader reports (utf-8).")
    g.note("planted slip: the grid's «Надано послуг» Усього 24 761 should be 24 716.")
    g.write()


if __name__ == "__main__":
    html = HTML.replace("%COUNTERS%", counters_html()).replace("%GRID%", grid_html())
    write_text(report_path(NAME), html)
    from common import read_text
    gold(read_text(report_path(NAME)))
