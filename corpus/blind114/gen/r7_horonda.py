"""b114_07: КУ «ЦНСП» Горондівської сільської ради (Закарпатська): a dashboard page of progress bars on the
fulfilment of the 2024 plan of social services. HTML with <progress>, <meter> and div bars whose labels are
sometimes only in aria-label or title; counts «N з M запланованих»; legend; «Дані оновлено»."""
from common import Gold, report_path, read_text, write_text, uncovered

NAME = "b114_07_horonda_cnsp_annual2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Моніторинг виконання плану соціальних послуг 2024 | ЦНСП Горондівської громади</title>
<style>
.bar-wrap{background:#eee;height:14px;border-radius:7px;width:260px;display:inline-block}
.bar{height:14px;border-radius:7px}
.bar.green{background:#2e7d32}.bar.yellow{background:#f9a825}.bar.red{background:#c62828}
.stack{display:flex;width:420px}.seg{height:18px;color:#fff;font-size:11px;text-align:center}
</style>
</head>
<body>
<header class="site-header">
  <a class="brand" href="/">Горондівська сільська рада</a>
  <span class="hotline">Гаряча лінія ЦНСП: (03131) 0-48-27</span>
</header>
<nav class="main-nav">
  <a href="/">Головна</a> <a href="/cnsp/">ЦНСП</a> <a href="/cnsp/poslugy/">Послуги</a>
  <a href="/cnsp/zvity/" class="active">Звіти та моніторинг</a> <a href="/kontakty/">Контакти</a>
</nav>
<main class="dashboard">
<div class="crumbs">Головна / ЦНСП / Звіти та моніторинг / Дашборд 2024</div>
<h1>Виконання плану надання соціальних послуг у 2024 році</h1>
<p class="subtitle">Комунальна установа «Центр надання соціальних послуг» Горондівської сільської ради
Мукачівського району Закарпатської області</p>
<p class="status">Дані оновлено: 14.01.2025, 09:30 · Джерело: облікові журнали ЦНСП та ЄІССС · Звітний період: 01.01.2024–31.12.2024</p>

<section class="kpi">
<h2>Основні показники року</h2>
<div class="tile"><div class="tile-label">Отримувачів соціальних послуг (осіб, без повторів)</div>
<div class="tile-value">512</div><div class="tile-delta">▲ 12 % до 2023 року (457)</div></div>
<div class="tile"><span class="tile-label">Надано соціальних послуг:</span> <b class="tile-value">6 940</b></div>
<div class="tile"><span class="tile-label">Звернень до ЦНСП:</span> <b class="tile-value">402</b></div>
<div class="tile"><span class="tile-label">Оцінок потреб проведено:</span> <b class="tile-value">96</b></div>
<div class="tile"><span class="tile-label">Скарг на якість послуг:</span> <b class="tile-value">0</b></div>
</section>

<section class="plan">
<h2>Виконання плану за послугами (отримувачі)</h2>
<table class="plan-table">
<tr><th>Соціальна послуга</th><th>Виконання плану</th><th>Отримувачі</th></tr>
<tr><td>Догляд вдома</td>
<td><progress value="94" max="100">94 %</progress> <span class="pct">94 %</span></td>
<td>47 з 50 запланованих</td></tr>
<tr><td>Денний догляд</td>
<td><progress value="80" max="100">80 %</progress> <span class="pct">80 %</span></td>
<td>24 з 30 запланованих</td></tr>
<tr><td>Консультування</td>
<td><progress value="87" max="100" aria-label="87 %"></progress> <span class="pct">87 %</span></td>
<td>261 з 300 запланованих</td></tr>
<tr><td>Інформування</td>
<td><div class="bar-wrap"><div class="bar red" style="width:64%"></div></div> <span class="pct">64 %</span></td>
<td>173 з 250 запланованих</td></tr>
<tr><td>Натуральна допомога</td>
<td><div class="bar-wrap"><div class="bar green" style="width:100%" title="112 % – план перевиконано"></div></div> <span class="pct">112 %</span></td>
<td>168 з 150 запланованих</td></tr>
<tr><td>Соціальний супровід сімей у СЖО</td>
<td><meter value="0.88" min="0" max="1" title="88 %"></meter></td>
<td>22 з 25 сімей</td></tr>
</table>
<p class="footnote">* План затверджено Програмою надання соціальних послуг Горондівської громади на 2024 рік (рішення сесії від 21.12.2023 № 1187). Один отримувач може отримувати кілька послуг, тому суми рядків не дорівнюють кількості отримувачів без повторів.</p>
</section>

<section class="support">
<h2>Соціальний супровід сімей у складних життєвих обставинах</h2>
<p>Під супроводом протягом року – 22 сім'ї, у них 41 дитина. Взято під супровід у 2024 році – 8 сімей. Завершено супровід – 12 сімей, з них:</p>
<div class="stack" role="img" aria-label="Результати завершеного супроводу">
<div class="seg green" style="width:50%">50 %</div>
<div class="seg yellow" style="width:33.3%">33,3 %</div>
<div class="seg red" style="width:16.7%" aria-label="16,7 %"></div>
</div>
<dl class="stack-legend">
<dt>Подолано СЖО</dt><dd>6 сімей</dd>
<dt>Мінімізовано СЖО</dt><dd>4 сім'ї</dd>
<dt>Без позитивного результату</dt><dd>2 сім'ї</dd>
</dl>
<p>Продовжують отримувати послугу у 2025 році – 10 сімей.</p>
</section>

<section class="quality">
<h2>Якість та групова робота</h2>
<p>Задоволеність отримувачів: <meter value="93.5" min="0" max="100">93,5 %</meter> <small>(опитано 124 особи, грудень 2024)</small></p>
<p>Групові заходи: <progress value="100" max="100" title="117 %"></progress> 14 з 12 запланованих, охоплено 236 осіб</p>
</section>

<section class="resources">
<h2>Ресурси</h2>
<p>Укомплектованість штату: <span class="bar-wrap"><span class="bar green" style="width:94%" aria-label="94 %"></span></span> 17 працівників на 18 штатних посадах</p>
<p>Використання кошторису: <progress value="96" max="100">96 %</progress> 5 812,3 тис. грн з 6 054,5 тис. грн</p>
</section>

<section class="legend">
<h3>Умовні позначення</h3>
<ul>
<li>зелений – виконання понад 90 % плану</li>
<li>жовтий – від 70 до 90 %</li>
<li>червоний – менше 70 %</li>
<li>значення понад 100 % означає перевиконання плану</li>
</ul>
<p>Частки розраховано від запланованих показників; частки результатів супроводу – від кількості сімей, яким завершено супровід.</p>
</section>
</main>
<aside class="sidebar">
<h3>Контакти ЦНСП</h3>
<p>89432, Закарпатська обл., с. Горонда, вул. Головна, 112</p>
<p>тел. (03131) 0-48-20</p>
<p>Відвідувачів сторінки: 1 093</p>
</aside>
<footer class="site-footer">© 2025 Горондівська сільська рада · ЄДРПОУ 04349817</footer>
</body>
</html>
"""


def build():
    write_text(report_path(NAME), HTML)


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Горондівської сільської ради",
        "centre_type": "cnsp", "settlement": "Горонда", "oblast": "Закарпатська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-01-14",
    }, meta_alt={
        "centre": ["Комунальна установа «Центр надання соціальних послуг» Горондівської сільської ради",
                   "Комунальна установа «Центр надання соціальних послуг» Горондівської сільської ради "
                   "Мукачівського району Закарпатської області"],
        "report_kind": ["other", "period_report"]})
    F = g.f
    text = read_text(report_path(NAME))

    def q(s):
        assert s in text, s
        return s
    srv = F("served", "persons", 512, q("Отримувачів соціальних послуг (осіб, без повторів)\n\n512"))
    sp = F("services_provided", "services", 6940, q("Надано соціальних послуг: 6 940"))
    app = F("applied", "persons", 402, q("Звернень до ЦНСП: 402"), unit_alt="applications",
            note="«звернень» with no unit word: persons or applications")
    na = F("needs_assessed", "persons", 96, q("Оцінок потреб проведено: 96"), unit_alt="families_persons")
    cpl = F("complaints", "complaints", 0, q("Скарг на якість послуг: 0"))
    # plan rows: count of recipients with the plan-fulfilment % as its percent
    hc = F("served", "persons", 47, q("Догляд вдома\t94 % 94 %\t47 з 50 запланованих"), service="home_care",
           percent=94)
    dc = F("served", "persons", 24, q("Денний догляд\t80 % 80 %\t24 з 30 запланованих"), service="day_care",
           percent=80)
    co = F("served", "persons", 261, q("Консультування\t87 %\t261 з 300 запланованих"), service="counselling",
           percent=87)
    inf = F("served", "persons", 173, q("Інформування\t64 %\t173 з 250 запланованих"), service="informing",
            percent=64)
    nat = F("served", "persons", 168, q("Натуральна допомога\t112 %\t168 з 150 запланованих"),
            service="natural_aid", percent=112)
    sjo_t = F("served", "families", 22, q("Соціальний супровід сімей у СЖО\t\t22 з 25 сімей"),
              service="social_support_sjo", alt=["support_ongoing"],
              note="its 88 % is only in the meter's title attribute: not in the read text, no percent")
    sjo = F("served", "families", 22, q("Під супроводом протягом року – 22 сім'ї"), service="social_support_sjo",
            alt=["support_ongoing"], note="the plan row written again in prose")
    sjoc = F("served", "children", 41, q("у них 41 дитина"), service="social_support_sjo",
             alt=["support_ongoing"], parent=sjo)
    st = F("support_started", "families", 8, q("Взято під супровід у 2024 році – 8 сімей"),
           service="social_support_sjo", parent=sjo)
    cp = F("support_completed", "families", 12, q("Завершено супровід – 12 сімей"), service="social_support_sjo",
           parent=sjo)
    o1 = F("outcome_positive", "families", 6, q("Подолано СЖО\t6 сімей"), group="completed_12_by_result",
           parent=cp)
    o2 = F("outcome_minimized", "families", 4, q("Мінімізовано СЖО\t4 сім'ї"), group="completed_12_by_result",
           parent=cp)
    o3 = F("outcome_negative", "families", 2, q("Без позитивного результату\t2 сім'ї"),
           group="completed_12_by_result", parent=cp)
    sh1 = F("share", "percent", 50, q("з них: 50 %"), label="частка сімей, у яких подолано СЖО",
            note="stacked-bar segment label; its count is in the legend below")
    sh2 = F("share", "percent", 33.3, q("33,3 %"), label="частка сімей, у яких мінімізовано СЖО")
    og = F("support_ongoing", "families", 10, q("Продовжують отримувати послугу у 2025 році – 10 сімей"),
           service="social_support_sjo", parent=sjo)
    sat = F("satisfaction", "percent", 93.5, q("Задоволеність отримувачів: 93,5 %"))
    sv = F("survey_respondents", "persons", 124, q("опитано 124 особи"))
    ev = F("events", "events", 14, q("14 з 12 запланованих"))
    evp = F("event_participants", "persons", 236, q("охоплено 236 осіб"), parent=ev)
    act = F("staff_actual", "staff", 17, q("17 працівників на 18 штатних посадах"))
    pos = F("staff_positions", "positions", 18, q("17 працівників на 18 штатних посадах"))
    spent = F("budget_spent", "uah", 5812300, q("Використання кошторису: 96 % 5 812,3 тис. грн"), percent=96)
    appr = F("budget_approved", "uah", 6054500, q("з 6 054,5 тис. грн"))

    def n(x):
        return x[1:]

    g.slip("percent_mismatch", "error", "Інформування\t64 %\t173 з 250 запланованих", 64, 69.2, [inf],
           "173 of the 250 planned is 69,2 %, the bar and its label say 64 % (the bar is even coloured red, "
           "< 70 %, by the legend)", f"pct_ok(p{n(inf)}, f{n(inf)}, 250, 0)")
    g.check("percent_mismatch", "Догляд вдома\t94 % 94 %\t47 з 50 запланованих",
            "47/50 = 94 %, 24/30 = 80 %, 261/300 = 87 %, 168/150 = 112 %",
            f"pct_ok(p{n(hc)}, f{n(hc)}, 50, 0) and pct_ok(p{n(dc)}, f{n(dc)}, 30, 0) and "
            f"pct_ok(p{n(co)}, f{n(co)}, 300, 0) and pct_ok(p{n(nat)}, f{n(nat)}, 150, 0)")
    g.check("parts_sum", "Завершено супровід – 12 сімей, з них:", "6 + 4 + 2 = 12",
            f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(cp)}")
    g.check("percent_mismatch", "з них: 50 %", "6/12 = 50 %, 4/12 = 33,3 % (the third segment's 16,7 % is "
            "only in aria-label)",
            f"pct_ok(f{n(sh1)}, f{n(o1)}, f{n(cp)}, 0) and pct_ok(f{n(sh2)}, f{n(o2)}, f{n(cp)}, 1)")
    g.check("parts_sum", "Продовжують отримувати послугу у 2025 році – 10 сімей",
            "12 completed + 10 continuing = 22 under support; 8 taken ≤ 22",
            f"f{n(cp)} + f{n(og)} == f{n(sjo)} and f{n(st)} <= f{n(sjo)}")
    g.check("internal_conflict", "Під супроводом протягом року – 22 сім'ї", "plan row 22 = prose 22",
            f"f{n(sjo_t)} == f{n(sjo)}")
    g.check("percent_impossible", "Задоволеність отримувачів: 93,5 %", "116/124 = 93,5 %",
            f"grim_ok(f{n(sat)}, f{n(sv)}, 1)")
    g.check("percent_mismatch", "Використання кошторису: 96 % 5 812,3 тис. грн з 6 054,5 тис. грн",
            "5 812,3 / 6 054,5 = 96,0 %", f"pct_ok(p{n(spent)}, f{n(spent)}, f{n(appr)}, 0)")
    g.check("parts_sum", "17 працівників на 18 штатних посадах", "17 ≤ 18", f"f{n(act)} <= f{n(pos)}")

    g.skip(q("Дані оновлено: 14.01.2025, 09:30"), [14, 1, 2025, 9, 30], "update date and time")
    g.skip(q("Звітний період: 01.01.2024–31.12.2024"), [1, 1, 2024, 31, 12, 2024], "period dates")
    g.skip(q("у 2024 році"), [2024], "year in the title")
    g.skip(q("▲ 12 % до 2023 року (457)"), [12, 2023, 457], "change against 2023 and the 2023 figure")
    g.skip(q("47 з 50 запланованих"), [50, 30, 300, 250, 150, 25, 12],
           "plan targets of the rows (50, 30, 300, 250, 150, 25 families, 12 events)")
    g.skip(q("на 2024 рік (рішення сесії від 21.12.2023 № 1187)"), [2024, 21, 12, 2023, 1187],
           "programme year, decision date and number")
    g.skip(q("Взято під супровід у 2024 році"), [2024], "year")
    g.skip(q("зелений – виконання понад 90 % плану"), [90], "legend threshold")
    g.skip(q("Продовжують отримувати послугу у 2025 році"), [2025], "year")
    g.skip(q("жовтий – від 70 до 90 %"), [70, 90], "legend thresholds")
    g.skip(q("червоний – менше 70 %"), [70], "legend threshold")
    g.skip(q("значення понад 100 % означає перевиконання плану"), [100], "legend")
    g.skip(q("грудень 2024"), [2024], "survey month")

    g.note("a dashboard of the year's plan fulfilment → annual_report for 2024 (meta_alt other, period_report); "
           "published = the «Дані оновлено» date")
    g.note("each plan row gives recipients «N з M запланованих» with the fulfilment % beside them: the count is "
           "served (service set) with that % as percent; the plan M is skipped")
    g.note("labels only in attributes are not in the read text and are not annotated: the SJO meter «88 %» "
           "(title), the «117 %» of group events (title), the «16,7 %» segment (aria-label), the staffing "
           "«94 %» (aria-label), «112 % – план перевиконано» (title). The progress values themselves are "
           "attributes too")
    g.note("«112 %» for natural aid is plan over-fulfilment (168 of 150), not a share: no percent_range finding")
    g.note("planted slip: Інформування 173 of 250 planned is 69,2 %, the label says 64 %")
    g.note("the two visible stacked-bar labels (50 %, 33,3 %) are shares of the 12 completed families; the "
           "counts are in the legend (6, 4, 2). The legend entries are the outcome facts")
    g.note("«Звернень до ЦНСП: 402» → applied, unit persons with unit_alt applications; «Оцінок потреб "
           "проведено: 96» → needs_assessed persons (unit_alt families_persons)")
    g.note("site header (hotline phone), menu, sidebar (address, phone, visitor counter) and footer (ЄДРПОУ) "
           "and the breadcrumb line are dropped by the reader")
    g.write()
    return g


if __name__ == "__main__":
    build()
    g = gold()
    for num, line in uncovered(g, read_text(report_path(NAME))):
        print("  uncovered:", num, "|", line)
