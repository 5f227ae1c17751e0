"""b109_07: КУ «Центр надання соціальних послуг» Гатненської сільської ради (Київська),
«Наші результати» page for 2024 with animated counters (less common style).
Each counter's real value is in a data attribute (data-target / data-count / data-to); the element's
text is 0 or a start value until a script runs. Labels sit below the numbers; the prose repeats some
of the figures."""
from common import Gold, write_text, report_path

DOC = "b109_07_hatne_cnsp_annual2024.html"


def counter(kind, value, label, start="0", suffix=""):
    attr = {"target": 'class="counter" data-target', "count": 'class="count-up" data-count',
            "to": 'class="odometer" data-to'}[kind]
    suf = f'<span class="stat-suffix">{suffix}</span>' if suffix else ""
    return (f'        <div class="col-6 col-md-3 stat-item">\n'
            f'          <div class="stat-number"><span {attr}="{value}" data-speed="1800">{start}</span>{suf}</div>\n'
            f'          <div class="stat-label">{label}</div>\n'
            f'        </div>\n')


COUNTERS = [
    ("target", 1245, "отримувачів соціальних послуг", "0", "+"),
    ("count", 8760, "наданих соціальних послуг", "0", ""),
    ("target", 57, "сімей під соціальним супроводом", "0", ""),
    ("to", 94, "отримувачів задоволені якістю послуг", "0", "%"),
    ("target", 312, "дзвінків на гарячу лінію", "0", ""),
    ("count", 146, "групових заходів", "100", ""),
    ("to", 3150, "учасників заходів", "3000", ""),
    ("target", 38, "фахівців у нашій команді", "0", ""),
    ("count", 12, "партнерських організацій", "0", ""),
    ("target", 2021, "рік заснування Центру", "2000", ""),
]

HTML_HEAD = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Наші результати – КУ «Центр надання соціальних послуг» Гатненської сільської ради</title>
<link rel="stylesheet" href="/wp-content/themes/hromada/style.css?ver=2.4">
<link rel="stylesheet" href="/wp-content/plugins/counter-up/css/odometer.css">
</head>
<body class="page-template page-results">
<header class="site-header">
  <div class="header-top">
    <span>Гатненська сільська рада · Фастівський район · Київська область</span>
    <span class="header-phone">Гаряча лінія: (044) 0-591-42-17</span>
  </div>
  <div class="brand"><a href="/"><img src="/img/logo-cnsp.svg" alt="ЦНСП Гатне"></a>
    <span class="brand-name">Центр надання соціальних послуг</span></div>
  <nav class="primary-nav">
    <ul>
      <li><a href="/">Головна</a></li>
      <li><a href="/pro-nas">Про нас</a></li>
      <li><a href="/posluhy">Послуги</a></li>
      <li class="current"><a href="/rezultaty">Наші результати</a></li>
      <li><a href="/zvity">Звіти</a></li>
      <li><a href="/kontakty">Контакти</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="breadcrumb"><a href="/">Головна</a> / <a href="/pro-nas">Про нас</a> / Наші результати</nav>
<main class="site-main">
  <article class="page">
    <h1>Наші результати</h1>
    <p class="lead">Комунальна установа «Центр надання соціальних послуг» Гатненської сільської ради – про підсумки роботи у 2024 році в цифрах.</p>
    <section class="results-stats">
      <div class="row">
"""

HTML_PROSE = """      </div>
    </section>
    <section class="results-text">
      <h2>Як ми працювали у 2024 році</h2>
      <p>Протягом 2024 року до Центру звернулися 1417 осіб. Фахівці провели оцінку потреб 403 особам. Соціальні послуги отримали 1245 мешканців громади, з них 318 внутрішньо переміщених осіб. Найчастіше люди зверталися по консультування – надано 5120 послуг, та по інформування – 2046 послуг.</p>
      <p>Під соціальним супроводом перебували 52 сім'ї, у яких виховується 97 дітей. Дев'ятнадцять сімей завершили супровід із позитивним результатом – складні життєві обставини подолано.</p>
      <p>Послугу догляду вдома отримували 64 особи похилого віку та особи з інвалідністю, ще 11 осіб відвідували відділення денного догляду «Гатненська світлиця» (працює з 8:00 до 17:00).</p>
      <p>Ми провели 146 групових заходів – тренінги, зустрічі клубу «Батьківська хата», заняття з арт-терапії, – у яких взяли участь понад 3 тисячі учасників. На гарячу лінію Центру надійшло 312 дзвінків.</p>
      <p>У грудні ми опитали 210 отримувачів послуг: 94 % задоволені якістю послуг. Скарг за рік не надійшло.</p>
      <p>Натуральну допомогу – продуктові набори, засоби гігієни, теплий одяг – отримали 236 осіб; загальна вартість допомоги становила 412,8 тис. грн. Мобільна команда Центру здійснила 85 виїздів до віддалених вулиць і садових товариств громади.</p>
      <p>Чотирнадцять наших фахівців підвищили кваліфікацію на тренінгах Київського обласного центру соціальних служб. Штатним розписом передбачено 41 посаду. Касові видатки Центру за 2024 рік склали 14,6 млн грн.</p>
      <h2>Плани на 2025 рік</h2>
      <p>У 2025 році ми плануємо відкрити другий пункт денного догляду на 15 місць, запровадити послугу соціального таксі та охопити соціальними послугами не менше 1300 мешканців громади.</p>
      <p class="updated">Оновлено: 20.01.2025</p>
    </section>
  </article>
  <aside class="sidebar">
    <div class="widget"><h3>Онлайн-запис</h3><p>Запишіться на консультацію: пн–пт, 8:00–17:00</p></div>
    <div class="widget"><h3>Новини</h3>
      <ul><li><a href="/news/245">15.01.2025 Стартував прийом заяв на 2025 рік</a></li>
      <li><a href="/news/241">27.12.2024 Вручили 120 новорічних подарунків</a></li></ul></div>
  </aside>
</main>
<footer class="site-footer">
  <p>КУ «ЦНСП» Гатненської сільської ради · 08160, Київська обл., Фастівський р-н, с. Гатне, вул. Стадіонна, 12 · код ЄДРПОУ 43952718</p>
  <p>Тел.: (044) 0-591-42-10 · cnsp.hatne@example.ua · © 2021–2025</p>
</footer>
<script src="/wp-content/plugins/counter-up/js/counter.min.js"></script>
<script>
document.querySelectorAll('.counter, .count-up, .odometer').forEach(function (el) {
  var to = +(el.dataset.target || el.dataset.count || el.dataset.to);
  animateValue(el, +el.textContent, to, +el.dataset.speed);
});
</script>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    html = HTML_HEAD + "".join(counter(*c) for c in COUNTERS) + HTML_PROSE
    write_text(path, html)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Гатненської сільської ради",
        "centre_type": "cnsp", "settlement": "Гатне", "oblast": "Київська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-01-20",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Гатненської сільської ради",
                   "КУ «Центр надання соціальних послуг» Гатненської сільської ради"],
        "report_kind": ["other"]})
    f = g.f
    n = lambda x: x[1:]
    CN = "counter: value from the data attribute; the element text shows {s} until the script runs"
    k1 = f("served", "persons", 1245, "отримувачів соціальних послуг", note="counter «1245+» (data-target); «+» suffix in a sibling span; " + CN.format(s="0"))
    k2 = f("services_provided", "services", 8760, "наданих соціальних послуг", note="counter (data-count); " + CN.format(s="0"))
    k3 = f("served", "families", 57, "сімей під соціальним супроводом", service="social_support_sjo", alt=["support_ongoing"], note="counter (data-target); " + CN.format(s="0"))
    k4 = f("satisfaction", "percent", 94, "отримувачів задоволені якістю послуг", alt=["share"], note="counter «94%» (data-to); " + CN.format(s="0"))
    k5 = f("calls", "calls", 312, "дзвінків на гарячу лінію", note="counter (data-target); " + CN.format(s="0"))
    k6 = f("events", "events", 146, "групових заходів", note="counter (data-count); " + CN.format(s="the start value 100"))
    k7 = f("event_participants", "persons", 3150, "учасників заходів", note="counter (data-to); " + CN.format(s="the start value 3000"))
    k8 = f("staff_actual", "staff", 38, "фахівців у нашій команді", note="counter (data-target); " + CN.format(s="0"))
    ap = f("applied", "persons", 1417, "Протягом 2024 року до Центру звернулися 1417 осіб")
    na = f("needs_assessed", "persons", 403, "Фахівці провели оцінку потреб 403 особам")
    sv = f("served", "persons", 1245, "Соціальні послуги отримали 1245 мешканців громади")
    svi = f("served", "persons", 318, "з них 318 внутрішньо переміщених осіб", category="внутрішньо переміщені особи", parent=sv)
    c1 = f("services_provided", "services", 5120, "по консультування – надано 5120 послуг", service="counselling")
    c2 = f("services_provided", "services", 2046, "по інформування – 2046 послуг", service="informing")
    sf = f("served", "families", 52, "Під соціальним супроводом перебували 52 сім'ї", service="social_support_sjo", alt=["support_ongoing"])
    sc = f("served", "children", 97, "у яких виховується 97 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=sf)
    op = f("outcome_positive", "families", 19, "Дев'ятнадцять сімей завершили супровід із позитивним результатом", alt=["support_completed"], parent=sf, note="number in words")
    hc = f("served", "persons", 64, "Послугу догляду вдома отримували 64 особи", service="home_care")
    dc = f("served", "persons", 11, "ще 11 осіб відвідували відділення денного догляду", service="day_care")
    ev = f("events", "events", 146, "Ми провели 146 групових заходів")
    ep = f("event_participants", "persons", 3000, "у яких взяли участь понад 3 тисячі учасників", parent=ev, note="«понад 3 тисячі» is 3000")
    cl = f("calls", "calls", 312, "На гарячу лінію Центру надійшло 312 дзвінків")
    rs = f("survey_respondents", "recipients", 210, "ми опитали 210 отримувачів послуг", unit_alt="persons")
    st = f("satisfaction", "percent", 94, "94 % задоволені якістю послуг", alt=["share"])
    cm = f("complaints", "complaints", 0, "Скарг за рік не надійшло")
    nat = f("served", "persons", 236, "отримали 236 осіб", service="natural_aid")
    av = f("aid_value", "uah", 412800, "загальна вартість допомоги становила 412,8 тис. грн", service="natural_aid")
    trn = f("staff_trained", "staff", 14, "Чотирнадцять наших фахівців підвищили кваліфікацію", note="number in words")
    sp = f("staff_positions", "positions", 41, "Штатним розписом передбачено 41 посаду")
    bs = f("budget_spent", "uah", 14600000, "Касові видатки Центру за 2024 рік склали 14,6 млн грн")

    g.slip("internal_conflict", "error", "Під соціальним супроводом перебували 52 сім'ї", 52, 57, [sf, k3],
           "the counter «сімей під соціальним супроводом» says 57 (data-target), the prose says 52 families under social support in the same year",
           f"f{n(sf)} == f{n(k3)}")
    g.check("internal_conflict", "Соціальні послуги отримали 1245 мешканців громади", "counter 1245+ and prose 1245 agree", f"f{n(sv)} == f{n(k1)}")
    g.check("internal_conflict", "На гарячу лінію Центру надійшло 312 дзвінків", "counter and prose agree: 312", f"f{n(cl)} == f{n(k5)}")
    g.check("internal_conflict", "Ми провели 146 групових заходів", "counter and prose agree: 146; «понад 3 тисячі» agrees with the counter 3150", f"f{n(ev)} == f{n(k6)} and f{n(ep)} <= f{n(k7)}")
    g.check("internal_conflict", "94 % задоволені якістю послуг", "counter and prose agree: 94 %", f"f{n(st)} == f{n(k4)}")
    g.check("percent_impossible", "ми опитали 210 отримувачів послуг: 94 %", "94 % of 210 = 197,4 → 197 of 210 is 93,8 % → 94", f"grim_ok(f{n(st)}, f{n(rs)}, 0)")
    g.check("parts_sum", "з них 318 внутрішньо переміщених осіб", "318 ≤ 1245 served ≤ 1417 applied; 403 assessed ≤ 1417", f"f{n(svi)} <= f{n(sv)} <= f{n(ap)} and f{n(na)} <= f{n(ap)}")
    g.check("parts_sum", "надано 5120 послуг", "5120 + 2046 = 7166 ≤ 8760 services (the two most frequent, not a full breakdown)", f"f{n(c1)} + f{n(c2)} <= f{n(k2)}")
    g.check("parts_sum", "фахівців у нашій команді", "14 trained ≤ 38 staff ≤ 41 positions", f"f{n(trn)} <= f{n(k8)} <= f{n(sp)}")

    g.skip("0 партнерських організацій", [12, 0], "counter (data-count 12): partner organisations, no §3 id; the reader prints its start value 0")
    g.skip("рік заснування Центру", [2021, 2000], "counter (data-target 2021, start text 2000): a year; the reader prints neither number")
    g.skip("0 наданих соціальних послуг", [0], "counter start value, not a figure (the real value 8760 is a fact)")
    g.skip("100 групових заходів", [100], "counter start value")
    g.skip("3000", [3000], "counter start value (printed on its own line above «учасників заходів»)")
    g.skip("0% отримувачів задоволені якістю послуг", [0], "counter start value")
    g.skip("(працює з 8:00 до 17:00)", [8, 0, 17, 0], "opening hours")
    g.skip("Мобільна команда Центру здійснила 85 виїздів", [85], "trips, no §3 id")
    g.skip("У 2025 році ми плануємо відкрити другий пункт денного догляду на 15 місць, запровадити послугу соціального таксі та охопити соціальними послугами не менше 1300 мешканців громади.", [2025, 15, 1300], "2025 plan")
    g.skip("Оновлено: 20.01.2025", [20, 1, 2025], "update date")

    g.note("the counters: the gold holds the data-attribute values (what a reader sees after the script); quotes are the labels, as the reader prints them. The reader prints no number for the class «counter» elements and prints the start values of the «count-up» and «odometer» ones (0, 100, 3000, 0%) — those start values are skipped. The header, menu, breadcrumbs, sidebar and footer are not printed")
    g.note("«1245+»: the «+» suffix does not change the value (like «понад 600» = 600)")
    g.note("figures written twice (counter and prose: 1245, 146, 312, 94 %) are two facts each; «понад 3 тисячі учасників» is 3000 and does not conflict with the counter 3150")
    g.note("slip: the counter says 57 families under social support, the prose 52 (internal_conflict)")
    g.note("«Дев'ятнадцять сімей завершили супровід із позитивним результатом» → outcome_positive (alt support_completed), number in words")
    g.note("report_kind annual_report (a year's results on the centre's site); other accepted in meta_alt")
    g.write()


if __name__ == "__main__":
    main()
