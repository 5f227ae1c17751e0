"""b110_08: ТЦСО Самгородоцької сільської ради (Вінницька), report for 2024 on the council site, where the
report's tables are rendered by JavaScript: the visible page holds the prose with some figures and an
empty <div id="app">; the data are in a <script> block (window.__REPORT__ = {...}, Ukrainian keys and
labels) and repeated in a <noscript> fallback table. The gold holds the figures a reader with scripts on
would see (the rendered tables), each once. Slip: table_arithmetic (services column: rows sum to 45 377,
«Разом» says 45 477)."""
import json
from common import Gold, write_text, report_path

DOC = "b110_08_samhorodok_tcso_annual2024.html"

DEPTS = [
    ("Відділення соціальної допомоги вдома", "home_care", 214, 18, 29846),
    ("Відділення денного перебування", "day_care", 87, 11, 5932),
    ("Відділення стаціонарного догляду", "residential_care", 23, 2, 8395),
    ("Відділення організації надання адресної натуральної допомоги", "natural_aid", 156, 41, 1204),
]
TOTAL = ("Разом", 480, 72, 45477)
KADRY = [("Штатних посад", "41,5"), ("Фактично працюючих", "38"), ("з них соціальних робітників", "26")]
FIN = [("Затверджено кошторисом на 2024 рік", "9 812,4"), ("Касові видатки", "9 640,7"), ("Економія", "171,7")]


def sp(n):
    s = f"{n:,}".replace(",", " ")
    return s


def report_json():
    return {
        "заголовок": "Показники роботи територіального центру у 2024 році",
        "оновлено": "2025-01-20",
        "таблиці": [
            {"назва": "Обслуговування за відділеннями",
             "колонки": ["Відділення", "Обслуговано осіб", "у т. ч. ВПО", "Надано послуг"],
             "рядки": [{"відділення": n, "обслуговано": a, "впо": b, "послуг": c} for n, _, a, b, c in DEPTS],
             "підсумок": {"відділення": TOTAL[0], "обслуговано": TOTAL[1], "впо": TOTAL[2], "послуг": TOTAL[3]}},
            {"назва": "Кадрове забезпечення", "колонки": ["Показник", "Значення"],
             "рядки": [{"показник": k, "значення": v} for k, v in KADRY]},
            {"назва": "Фінансування (загальний фонд), тис. грн", "колонки": ["Показник", "Сума"],
             "рядки": [{"показник": k, "значення": v} for k, v in FIN]},
        ],
    }


def noscript_tables():
    out = ['<noscript>', '  <p class="ns-warning">Для коректного відображення таблиць увімкніть JavaScript у браузері.</p>',
           '  <table class="report-table">', '   <caption>Обслуговування за відділеннями</caption>',
           '   <tr><th>Відділення</th><th>Обслуговано осіб</th><th>у т. ч. ВПО</th><th>Надано послуг</th></tr>']
    for n, _, a, b, c in DEPTS:
        out.append(f'   <tr><td>{n}</td><td>{a}</td><td>{b}</td><td>{sp(c)}</td></tr>')
    out.append(f'   <tr class="total"><td>{TOTAL[0]}</td><td>{TOTAL[1]}</td><td>{TOTAL[2]}</td><td>{sp(TOTAL[3])}</td></tr>')
    out.append('  </table>')
    out.append('  <table class="report-table">')
    out.append('   <caption>Кадрове забезпечення</caption>')
    for k, v in KADRY:
        out.append(f'   <tr><td>{k}</td><td>{v}</td></tr>')
    out.append('  </table>')
    out.append('  <table class="report-table">')
    out.append('   <caption>Фінансування (загальний фонд), тис. грн</caption>')
    for k, v in FIN:
        out.append(f'   <tr><td>{k}</td><td>{v}</td></tr>')
    out.append('  </table>')
    out.append(' </noscript>')
    return "\n".join(out)


RENDER_JS = r"""
(function () {
  var d = window.__REPORT__, app = document.getElementById('app');
  if (!d || !app) return;
  var fmt = function (v) { return typeof v === 'number' ? v.toLocaleString('uk-UA') : v; };
  d['таблиці'].forEach(function (t) {
    var tbl = document.createElement('table'); tbl.className = 'report-table';
    var cap = tbl.createCaption(); cap.textContent = t['назва'];
    var hr = tbl.insertRow(); t['колонки'].forEach(function (c) { var th = document.createElement('th'); th.textContent = c; hr.appendChild(th); });
    var rows = t['рядки'].slice(); if (t['підсумок']) rows.push(t['підсумок']);
    rows.forEach(function (r) { var tr = tbl.insertRow(); Object.keys(r).forEach(function (k) { tr.insertCell().textContent = fmt(r[k]); }); });
    app.appendChild(tbl);
  });
})();
"""

PROSE = """    <p>У 2024 році комунальна установа «Територіальний центр соціального обслуговування (надання соціальних
    послуг)» Самгородоцької сільської ради надавала соціальні послуги громадянам похилого віку, особам з
    інвалідністю та внутрішньо переміщеним особам у 14 населених пунктах громади.</p>
    <p>Протягом року соціальними послугами територіального центру скористалися 480 осіб. На обслуговування взято
    67 осіб, знято з обслуговування 59 осіб, переважно у зв'язку зі смертю або влаштуванням до родичів. Загалом
    надано понад 45 тисяч соціальних послуг. Детальні показники за відділеннями, кадрове забезпечення та
    фінансування наведено в таблицях нижче.</p>
    <p>Для відвідувачів відділення денного перебування проведено 36 заходів (майстер-класи, екскурсії, концерти),
    у яких взяли участь 540 осіб. У жовтні 2024 року проведено анкетування 75 отримувачів послуг: 93,3 %
    опитаних задоволені якістю обслуговування. Скарг на роботу працівників не надходило.</p>
    <p>Відділення соціальної допомоги вдома працює в усіх старостинських округах; один соціальний робітник
    обслуговує від 6 до 10 осіб. Для відділення стаціонарного догляду, розрахованого на 25 ліжко-місць,
    за кошти благодійників придбано 4 функціональні ліжка. Відділення адресної натуральної допомоги видало
    1 930 продуктових і гігієнічних наборів. Послугою «соціальне таксі» скористалися 29 осіб, переважно для
    поїздок до лікарень у Хмільнику та Вінниці.</p>
    <p>Працівники центру протягом року підвищували кваліфікацію: 12 соціальних робітників пройшли курси з
    надання домедичної допомоги, 3 фахівці – тренінг з оцінювання індивідуальних потреб отримувачів.</p>
    <p>У 2025 році планується відкрити другу групу денного перебування на 15 місць у с. Білоусівка.</p>"""


def page():
    data = json.dumps(report_json(), ensure_ascii=False, indent=1)
    return f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Звіт про роботу територіального центру за 2024 рік — Самгородоцька сільська рада</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/main.css?v=17">
</head>
<body>
<header class="site-header">
 <div class="wrap"><a class="logo" href="/">Самгородоцька сільська рада</a>
 <span class="region">Хмільницький район, Вінницька область</span>
 <span class="phone">Гаряча лінія: (04338) 0-61-12</span></div>
 <nav class="menu"><a href="/">Головна</a> <a href="/news/">Новини</a> <a href="/rada/">Рада</a>
 <a href="/social/">Соціальний захист</a> <a href="/docs/">Документи</a> <a href="/contacts/">Контакти</a></nav>
</header>
<main class="wrap">
 <div class="breadcrumbs"><a href="/">Головна</a> / <a href="/social/">Соціальний захист</a> / Звіти установ</div>
 <article>
  <h1>Звіт про роботу територіального центру соціального обслуговування за 2024 рік</h1>
  <div class="post-meta">Опубліковано 21.01.2025 · Переглядів: 96</div>
  <div class="post-body">
{PROSE}
   <h2>Показники роботи територіального центру у 2024 році</h2>
   <div id="app"></div>
   <script>window.__REPORT__ = {data};</script>
   <script>{RENDER_JS}</script>
 {noscript_tables()}
  </div>
 </article>
</main>
<aside class="sidebar">
 <h3>Територіальний центр</h3>
 <p>22041, Вінницька обл., с. Самгородок, вул. Миру, 6. Тел. (04338) 0-61-35. ЄДРПОУ 40521863</p>
 <h3>Статистика</h3><p>Отримувачів послуг у 2023 році: 463</p>
</aside>
<footer class="site-footer">© 2025 Самгородоцька сільська рада · Усі права захищено</footer>
</body>
</html>
"""


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Самгородоцької сільської ради",
        "centre_type": "tcso", "settlement": "Самгородок", "oblast": "Вінницька",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-01-21"},
        {"centre": ["Комунальна установа «Територіальний центр соціального обслуговування (надання соціальних послуг)» Самгородоцької сільської ради",
                    "Територіальний центр соціального обслуговування Самгородоцької сільської ради"],
         "settlement": ["Самгородоцька сільська громада", "Самгородоцька громада"]})
    f = g.f
    NS = "noscript"
    p1 = f("served", "persons", 480, "соціальними послугами територіального центру скористалися 480 осіб")
    p2 = f("served", "persons", 67, "На обслуговування взято\n    67 осіб".replace("\n    ", " "), label="взято на обслуговування",
           alt=["registered_new", "support_started"])
    p3 = f("deregistered", "persons", 59, "знято з обслуговування 59 осіб")
    p4 = f("services_provided", "services", 45000, "надано понад 45 тисяч соціальних послуг",
           note="«понад 45 тисяч» = 45000, as «понад 600» is 600")
    ev = f("events", "events", 36, "проведено 36 заходів", district="відділення денного перебування")
    evp = f("event_participants", "persons", 540, "у яких взяли участь 540 осіб", parent=ev)
    sr = f("survey_respondents", "recipients", 75, "проведено анкетування 75 отримувачів послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 93.3, "93,3 %\n    опитаних задоволені якістю обслуговування".replace("\n    ", " "))
    tx = f("served", "persons", 29, "Послугою «соціальне таксі» скористалися 29 осіб", service="social_taxi")
    tr1 = f("staff_trained", "staff", 12, "12 соціальних робітників пройшли курси", label="курси з надання домедичної допомоги")
    tr2 = f("staff_trained", "staff", 3, "3 фахівці – тренінг з оцінювання", label="тренінг з оцінювання потреб")
    cp = f("complaints", "complaints", 0, "Скарг на роботу працівників не надходило")
    tq = "\t".join((TOTAL[0], str(TOTAL[1]), str(TOTAL[2]), sp(TOTAL[3])))
    T1 = f("served", "persons", 480, tq, label="Разом", quote_in=NS)
    T2 = f("served", "persons", 72, tq, label="Разом", category="внутрішньо переміщені особи", parent=T1, quote_in=NS)
    T3 = f("services_provided", "services", 45477, tq, label="Разом", quote_in=NS)
    rows = []
    for n, s, a, b, c in DEPTS:
        q = "\t".join((n, str(a), str(b), sp(c)))
        x = f("served", "persons", a, q, service=s, district=n, group="t_served", parent=T1, quote_in=NS)
        y = f("served", "persons", b, q, service=s, district=n, category="внутрішньо переміщені особи",
              group="t_idp", parent=T2, quote_in=NS)
        z = f("services_provided", "services", c, q, service=s, district=n, group="t_services", parent=T3, quote_in=NS)
        rows.append((x, y, z))
    k1 = f("staff_positions", "positions", 41.5, "Штатних посад\t41,5", quote_in=NS)
    k2 = f("staff_actual", "staff", 38, "Фактично працюючих\t38", quote_in=NS)
    k3 = f("staff_actual", "staff", 26, "з них соціальних робітників\t26", label="соціальні робітники", parent=k2, quote_in=NS)
    b1 = f("budget_approved", "uah", 9812400, "Затверджено кошторисом на 2024 рік\t9 812,4", label="загальний фонд", quote_in=NS)
    b2 = f("budget_spent", "uah", 9640700, "Касові видатки\t9 640,7", label="загальний фонд", quote_in=NS)
    b3 = f("budget_savings", "uah", 171700, "Економія\t171,7", label="загальний фонд", quote_in=NS)

    g.slip("table_arithmetic", "error", tq, 45477, 45377, [T3] + [r[2] for r in rows],
           "the «Надано послуг» column: 29 846 + 5 932 + 8 395 + 1 204 = 45 377, but «Разом» says 45 477 (100 more)",
           " + ".join(r[2] for r in rows) + f" == {T3}", quote_in=NS)
    g.check("table_arithmetic", tq, "«Обслуговано осіб»: 214 + 87 + 23 + 156 = 480", " + ".join(r[0] for r in rows) + f" == {T1}",
            quote_in=NS)
    g.check("table_arithmetic", tq, "«у т. ч. ВПО»: 18 + 11 + 2 + 41 = 72", " + ".join(r[1] for r in rows) + f" == {T2}",
            quote_in=NS)
    g.check("internal_conflict", "соціальними послугами територіального центру скористалися 480 осіб",
            "prose 480 = table Разом 480; «понад 45 тисяч» agrees with both 45 377 and 45 477", f"{p1} == {T1} and {T3} >= {p4}")
    g.check("table_arithmetic", "Економія\t171,7", "економія = затверджено − видатки: 9 812,4 − 9 640,7 = 171,7",
            f"{b1} - {b2} == {b3}", quote_in=NS)
    g.check("parts_sum", "Фактично працюючих\t38", "26 ≤ 38 ≤ 41,5", f"{k3} <= {k2} <= {k1}", quote_in=NS)
    g.check("parts_sum", "12 соціальних робітників пройшли курси", "12 trained social workers ≤ 26 social workers",
            f"{tr1} <= {k3}")
    g.check("percent_impossible", "93,3 % опитаних задоволені", "93,3 % is 70 of 75", f"grim_ok({sat}, {sr}, 1)")

    g.skip("Звіт про роботу територіального центру соціального обслуговування за 2024 рік", [2024], "year of the title")
    g.skip("Опубліковано 21.01.2025 · Переглядів: 96", [21, 1, 2025, 96], "publication date, view counter")
    g.skip("У 2024 році комунальна установа", [2024], "year")
    g.skip("у 14 населених пунктах громади", [14], "number of settlements")
    g.skip("Показники роботи територіального центру у 2024 році", [2024], "heading")
    g.skip("У жовтні 2024 року", [2024], "survey month")
    g.skip("один соціальний робітник\n    обслуговує від 6 до 10 осіб".replace("\n    ", " "), [1, 6, 10], "caseload range")
    g.skip("розрахованого на 25 ліжко-місць", [25], "capacity (beds)")
    g.skip("придбано 4 функціональні ліжка", [4], "items")
    g.skip("1 930 продуктових і гігієнічних наборів", [1930], "items (набори)")
    g.skip("У 2025 році планується відкрити другу групу денного перебування на 15 місць у с. Білоусівка.",
           [2025, 15], "plan")
    g.note("the page's tables are drawn by JavaScript from window.__REPORT__ and repeated in a <noscript> fallback; "
           "`zvitparse read` prints neither (script and noscript are dropped), so the quotes of the table facts carry "
           "\"quote_in\": \"noscript\" and are checked against the noscript text as rendered by common.noscript_text "
           "(rows as tab-separated cells). Each table figure is one fact (not one for the JSON and one for the fallback)")
    g.note("the JSON holds numbers without spacing (29846); the fallback and the rendered table write them with a space (29 846). Values are the same")
    g.note("the site's header (region, hotline phone), menu, breadcrumbs, the sidebar (address, phone, ЄДРПОУ, «Отримувачів послуг у 2023 році: 463») and the footer hold no facts; the read text shows none of them")
    g.note("the prose total 480 and the table's Разом 480 are two facts; «понад 45 тисяч» is a prose fact of 45000")
    g.note("departments carry a service id and the department name in `district`: home_care, day_care, residential_care, natural_aid; the IDP column has category «внутрішньо переміщені особи» and hangs on its own Разом cell")
    g.note("the «Надано послуг» Разом is 100 more than its rows (planted slip)")
    g.note("«На обслуговування взято 67 осіб» → served with a label (alt registered_new, support_started); «знято з обслуговування 59» → deregistered")
    g.write()


if __name__ == "__main__":
    write_text(report_path(DOC), page())
    gold()
