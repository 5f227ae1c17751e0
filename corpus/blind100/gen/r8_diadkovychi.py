"""b100_08: КУ «ЦНСП» Дядьковицької сільської ради (Рівненська), analytic note on the dynamics of 2024
against 2023, written with arrows. Council web page (HTML5: header, nav, breadcrumbs, aside, footer), UTF-8."""
import sys
from common import Gold, report_path, write_text, coverage

DOC = "b100_08_diadkovychi_cnsp_analytic2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Аналітична записка щодо динаміки показників КУ «ЦНСП» за 2024 рік — Дядьковицька сільська рада</title>
</head>
<body>
<header class="site-header">
 <div class="logo"><a href="/"><img src="/img/logo.svg" alt="Дядьковицька громада"></a></div>
 <div class="site-title">Дядьковицька сільська рада<span>Рівненський район, Рівненська область</span></div>
 <div class="hotline">Гаряча лінія: (0362) 0-18-55</div>
</header>
<nav class="main-nav"><ul>
 <li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/vlada">Влада</a></li>
 <li><a href="/sotsialnyi-zakhyst">Соціальний захист</a></li><li><a href="/zvernennia">Звернення громадян</a></li>
 <li><a href="/publichna-informatsiia">Публічна інформація</a></li>
</ul></nav>
<div class="crumbs"><a href="/">Головна</a> → <a href="/sotsialnyi-zakhyst">Соціальний захист</a> → <a href="/sotsialnyi-zakhyst/cnsp">ЦНСП</a> → Аналітична записка</div>
<main>
<article>
<h1>Аналітична записка щодо динаміки основних показників діяльності КУ «Центр надання соціальних послуг» Дядьковицької сільської ради за 2024 рік (у порівнянні з 2023 роком)</h1>
<p class="date">27.01.2025</p>
<p>Записку підготовлено на виконання розпорядження сільського голови від 09.01.2025 № 3-р. Показники 2024 року наведено в порівнянні з 2023 роком: ліворуч від стрілки – 2023 рік, праворуч – 2024 рік, у дужках – абсолютна та відносна зміна.</p>
<h2>1. Звернення та виявлення потреб</h2>
<ul>
<li>Звернулися до Центру, осіб: 684 → 731 (+47; +6,9 %)</li>
<li>Оцінку потреб проведено, осіб: 201 → 236 ↑</li>
<li>Повідомлення про сім'ї, які можуть перебувати у СЖО: 58 → 63</li>
<li>Сім'ї у СЖО: 45 → 52 (+7; +15,6 %)</li>
<li>Частка внутрішньо переміщених осіб серед отримувачів: 18,2 % → 21,4 %</li>
</ul>
<h2>2. Отримувачі соціальних послуг</h2>
<table>
<thead><tr><th>Соціальна послуга</th><th>2023 → 2024</th><th>Δ</th></tr></thead>
<tbody>
<tr><td>Інформування</td><td>402 → 455</td><td>+53</td></tr>
<tr><td>Консультування</td><td>317 → 344</td><td>+27</td></tr>
<tr><td>Догляд вдома</td><td>118 → 109</td><td>−9</td></tr>
<tr><td>Денний догляд</td><td>21 → 26</td><td>+5</td></tr>
<tr><td>Соціальний супровід сімей у СЖО</td><td>39 → 47</td><td>+8</td></tr>
<tr><td>Натуральна допомога</td><td>164 → 151</td><td>−13</td></tr>
<tr><td>Разом отримувачів</td><td>1 061 → 1 142</td><td>+81</td></tr>
</tbody>
</table>
<p>Отримувачі догляду вдома 118 → 109 ↓ – зменшення пов'язане з переходом 6 осіб до стаціонарних закладів та смертю 11 підопічних; черги на послугу немає.</p>
<p>Надано соціальних послуг (актів): 14 326 → 15 018 ↑</p>
<h2>3. Соціальний супровід</h2>
<ul>
<li>Взято під супровід, сімей: 22 → 29</li>
<li>Завершено супровід, сімей: 19 → 24, у т. ч. з позитивним результатом 15 → 18, мінімізовано СЖО 3 → 5, без результату 1 → 1</li>
<li>Діти в сім'ях під супроводом: 71 → 88</li>
</ul>
<h2>4. Кадри</h2>
<ul>
<li>Штатні посади: 31 → 31 (=)</li>
<li>Фактично працюють: 27 → 29</li>
<li>Підвищили кваліфікацію: 6 → 11</li>
</ul>
<h2>5. Задоволеність і скарги</h2>
<ul>
<li>Опитано отримувачів: 74 → 96</li>
<li>Рівень задоволеності: 91,9 % → 94,8 %</li>
<li>Скарги: 1 → 0</li>
</ul>
<h2>6. Фінансування</h2>
<ul>
<li>Касові видатки, тис. грн: 7 902,6 → 8 655,1 (+9,5 %)</li>
<li>Надійшло до спецфонду (платні послуги), тис. грн: 96,4 → 112,8</li>
</ul>
<p>Висновок: за більшістю показників у 2024 році спостерігається позитивна динаміка. На 2025 рік заплановано відкрити відділення денного догляду на 15 місць у с. Великий Олексин.</p>
</article>
</main>
<aside class="sidebar">
 <h3>Соціальний захист у цифрах</h3>
 <p>Отримувачів послуг у 2024 році: понад 1 100</p>
 <p>Соціальних робітників: 19</p>
 <h3>Оголошення</h3>
 <p>05.02.2025 – виїзний прийом у старостинському окрузі № 2</p>
</aside>
<footer class="site-footer">
 <p>35322, Рівненська обл., Рівненський р-н, с. Дядьковичі, вул. Незалежності, 5. Код ЄДРПОУ 04386718</p>
 <p>Тел. (0362) 0-18-55, e-mail: cnsp@diadkovychi.example.ua</p>
 <p>© 2025 Дядьковицька сільська рада</p>
</footer>
</body>
</html>
"""


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Дядьковицької сільської ради",
        "centre_type": "cnsp", "settlement": "Дядьковичі", "oblast": "Рівненська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-01-27",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Дядьковицької сільської ради",
                   "КУ «Центр надання соціальних послуг» Дядьковицької сільської ради"],
        "report_kind": ["other"]})
    f = g.f
    n = lambda x: x[1:]
    ap = f("applied", "persons", 731, "Звернулися до Центру, осіб: 684 → 731 (+47; +6,9 %)")
    na = f("needs_assessed", "persons", 236, "Оцінку потреб проведено, осіб: 201 → 236 ↑")
    nt = f("notified", "families", 63, "Повідомлення про сім'ї, які можуть перебувати у СЖО: 58 → 63")
    idc = f("in_difficult_circumstances", "families", 52, "Сім'ї у СЖО: 45 → 52 (+7; +15,6 %)")
    sh = f("share", "percent", 21.4, "Частка внутрішньо переміщених осіб серед отримувачів: 18,2 % → 21,4 %",
           label="частка внутрішньо переміщених осіб серед отримувачів", category="внутрішньо переміщені особи")
    rows = [("Інформування\t402 → 455\t+53", "informing", 455), ("Консультування\t317 → 344\t+27", "counselling", 344),
            ("Догляд вдома\t118 → 109\t−9", "home_care", 109), ("Денний догляд\t21 → 26\t+5", "day_care", 26),
            ("Соціальний супровід сімей у СЖО\t39 → 47\t+8", "social_support_sjo", 47),
            ("Натуральна допомога\t164 → 151\t−13", "natural_aid", 151)]
    tq = "Разом отримувачів\t1 061 → 1 142\t+81"
    tot = f("served", "recipients", 1142, tq, label="Разом отримувачів", unit_alt="persons")
    rr = [f("served", "recipients", v, q, service=s, group="served_2024_by_service", parent=tot, unit_alt="persons")
          for q, s, v in rows]
    hc = f("served", "recipients", 109, "Отримувачі догляду вдома 118 → 109 ↓", service="home_care", unit_alt="persons",
           note="repeats the table row")
    sp = f("services_provided", "services", 15018, "Надано соціальних послуг (актів): 14 326 → 15 018 ↑")
    st = f("support_started", "families", 29, "Взято під супровід, сімей: 22 → 29", service="social_support_sjo")
    co = f("support_completed", "families", 24, "Завершено супровід, сімей: 19 → 24", service="social_support_sjo")
    o1 = f("outcome_positive", "families", 18, "з позитивним результатом 15 → 18", group="completed_24_by_outcome", parent=co)
    o2 = f("outcome_minimized", "families", 5, "мінімізовано СЖО 3 → 5", group="completed_24_by_outcome", parent=co)
    o3 = f("outcome_negative", "families", 1, "без результату 1 → 1", group="completed_24_by_outcome", parent=co)
    ch = f("served", "children", 88, "Діти в сім'ях під супроводом: 71 → 88", service="social_support_sjo",
           alt=["support_ongoing"], parent=rr[4])
    pos = f("staff_positions", "positions", 31, "Штатні посади: 31 → 31 (=)")
    act = f("staff_actual", "staff", 29, "Фактично працюють: 27 → 29")
    trn = f("staff_trained", "staff", 11, "Підвищили кваліфікацію: 6 → 11")
    sr = f("survey_respondents", "recipients", 96, "Опитано отримувачів: 74 → 96", unit_alt="persons")
    sat = f("satisfaction", "percent", 94.8, "Рівень задоволеності: 91,9 % → 94,8 %")
    cm = f("complaints", "complaints", 0, "Скарги: 1 → 0")
    bs = f("budget_spent", "uah", 8655100, "Касові видатки, тис. грн: 7 902,6 → 8 655,1 (+9,5 %)")
    br = f("budget_received", "uah", 112800, "Надійшло до спецфонду (платні послуги), тис. грн: 96,4 → 112,8",
           label="спеціальний фонд, платні послуги")

    g.slip("table_arithmetic", "error", tq, 1142, 1132, [tot] + rr,
           "2024 column: 455 + 344 + 109 + 26 + 47 + 151 = 1 132, but «Разом отримувачів» says 1 142 (and Δ +81, "
           "while the row Δs sum to +71; the 2023 column adds up to 1 061)",
           " + ".join(f"f{n(x)}" for x in rr) + f" == f{n(tot)}")
    g.check("parts_sum", "Завершено супровід, сімей: 19 → 24, у т. ч. з позитивним результатом 15 → 18",
            "2024: 18 + 5 + 1 = 24 (2023: 15 + 3 + 1 = 19)", f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(co)}")
    g.check("percent_impossible", "Рівень задоволеності: 91,9 % → 94,8 %", "2024: 91/96 = 94,79 → 94,8 (2023: 68/74 = 91,89 → 91,9)",
            f"grim_ok(f{n(sat)}, f{n(sr)}, 1) and grim_ok(91.9, 74, 1)")
    g.check("internal_conflict", "Отримувачі догляду вдома 118 → 109 ↓", "prose line repeats the table row 109",
            f"f{n(hc)} == f{n(rr[2])}")
    g.check("parts_sum", "Сім'ї у СЖО: 45 → 52 (+7; +15,6 %)", "52 − 45 = 7; 7 / 45 = 15,56 → 15,6; 52 ≤ 63 notified",
            f"f{n(idc)} - 45 == 7 and pct_ok(15.6, 7, 45, 1) and f{n(idc)} <= f{n(nt)}")
    g.check("parts_sum", "Звернулися до Центру, осіб: 684 → 731 (+47; +6,9 %)", "731 − 684 = 47; 47 / 684 = 6,87 → 6,9",
            f"f{n(ap)} - 684 == 47 and pct_ok(6.9, 47, 684, 1)")
    g.check("parts_sum", "Касові видатки, тис. грн: 7 902,6 → 8 655,1 (+9,5 %)", "752,5 / 7 902,6 = 9,52 → 9,5",
            f"pct_ok(9.5, f{n(bs)} - 7902600, 7902600, 1)")
    g.check("parts_sum", "Фактично працюють: 27 → 29", "29 ≤ 31", f"f{n(act)} <= f{n(pos)}")

    g.skip("Показники 2024 року наведено в порівнянні з 2023 роком", [2024, 2023], "years")
    g.skip("Висновок: за більшістю показників у 2024 році", [2024], "year")
    g.skip("за 2024 рік (у порівнянні з 2023 роком)", [2024, 2023], "years")
    g.skip("27.01.2025", [27, 1, 2025], "publication date")
    g.skip("розпорядження сільського голови від 09.01.2025 № 3-р", [9, 1, 2025, 3], "order date and number")
    g.skip("ліворуч від стрілки – 2023 рік, праворуч – 2024 рік", [2023, 2024], "years")
    g.skip("684 → 731 (+47; +6,9 %)", [684, 47, 6.9], "2023 figure, change and growth rate")
    g.skip("201 → 236", [201], "2023 figure")
    g.skip("58 → 63", [58], "2023 figure")
    g.skip("45 → 52 (+7; +15,6 %)", [45, 7, 15.6], "2023 figure, change and growth rate")
    g.skip("18,2 % → 21,4 %", [18.2], "2023 share")
    g.skip("Соціальна послуга\t2023 → 2024\tΔ", [2023, 2024], "table header years")
    g.skip("Інформування\t402 → 455\t+53", [402, 317, 118, 21, 39, 164, 1061, 53, 27, 9, 5, 8, 13, 81],
           "2023 column and Δ column of the table (all rows)")
    g.skip("118 → 109 ↓ – зменшення пов'язане з переходом 6 осіб до стаціонарних закладів та смертю 11 підопічних",
           [118, 6, 11], "2023 figure; reasons of the decrease (no §3 id: the outflow of the year is not stated whole)")
    g.skip("14 326 → 15 018", [14326], "2023 figure")
    g.skip("22 → 29", [22], "2023 figure")
    g.skip("19 → 24, у т. ч. з позитивним результатом 15 → 18, мінімізовано СЖО 3 → 5, без результату 1 → 1",
           [19, 15, 3, 1], "2023 figures")
    g.skip("71 → 88", [71], "2023 figure")
    g.skip("31 → 31 (=)", [31], "2023 figure (equal)")
    g.skip("27 → 29", [27], "2023 figure")
    g.skip("6 → 11", [6], "2023 figure")
    g.skip("74 → 96", [74], "2023 figure")
    g.skip("91,9 % → 94,8 %", [91.9], "2023 figure")
    g.skip("Скарги: 1 → 0", [1], "2023 figure")
    g.skip("7 902,6 → 8 655,1 (+9,5 %)", [7902.6, 9.5], "2023 figure, growth rate")
    g.skip("96,4 → 112,8", [96.4], "2023 figure")
    g.skip("На 2025 рік заплановано відкрити відділення денного догляду на 15 місць", [2025, 15], "plan")
    g.skip("1. Звернення та виявлення потреб", [1, 2, 3, 4, 5, 6], "section numbers")
    g.note("arrows: «2023 → 2024»; only the right-hand (2024) figure of each line or cell is a fact; the left-hand "
           "2023 figure, the Δ and the growth rate in brackets are skipped (other year, change)")
    g.note("a line with «(=)» or with equal figures (31 → 31, 1 → 1) still gives its 2024 figure as a fact")
    g.note("table: the 2024 figure of each row is served (recipients, unit_alt persons), hung on «Разом отримувачів»; "
           "each row is quoted whole")
    g.note("the prose line «Отримувачі догляду вдома 118 → 109 ↓» repeats the table row: a second fact")
    g.note("«Діти в сім'ях під супроводом: 71 → 88» → served children of social support, hung on the table row 47 "
           "(alt support_ongoing)")
    g.note("«Скарги: 1 → 0» → complaints 0 for 2024")
    g.note("«Частка внутрішньо переміщених осіб серед отримувачів … 21,4 %» → share with a label")
    g.note("report_kind: an analytic note is period_report (SPEC §5); other accepted in meta_alt")
    g.note("site furniture (nav, breadcrumbs, aside with «понад 1 100» and «19» social workers, footer with address, "
           "ЄДРПОУ and phone, the header hotline) is not printed by the reader, so it is neither fact nor skip")
    g.note("the change checks (731 − 684 = 47 and 6,9 %; 52 − 45 = 7 and 15,6 %; +9,5 % spending) use the skipped 2023 "
           "figures as literals; no §6 rule is exactly a growth check, so they are filed under parts_sum")
    g.note("planted slip: the 2024 total 1 142 vs rows summing to 1 132")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), HTML)
    g = gold()
    if "--cov" in sys.argv:
        coverage(g)
    g.write()
