"""b117_03: служба у справах дітей Руськополянської сільської ради (Черкаська), annual information 2022.
Council web page (HTML) with header, menu, breadcrumbs, post meta, sidebar with its own numbers, footer.
Impersonal / third person. No planted slip."""
from common import Gold, report_path, write_text

DOC = "b117_03_ruska_poliana_ssd_annual2022.html"

HTML = """\
<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Про роботу служби у справах дітей у 2022 році | Руськополянська сільська рада</title>
<link rel="stylesheet" href="/templates/gromada/css/style.css?v=31">
</head>
<body class="page-news">
<div class="top-line">
  <div class="container"><span class="phone">Приймальня: (0472) 0-73-41-16</span>
  <span class="mail">rp.rada@example.ua</span>
  <a href="/search" class="search-link">Пошук</a> <a href="/a11y" class="a11y">Версія для людей з порушенням зору</a></div>
</div>
<header class="site-header">
  <div class="container">
    <a href="/" class="logo"><img src="/images/gerb.png" alt="Герб"> Руськополянська сільська рада<br><small>Черкаський район, Черкаська область</small></a>
    <nav class="main-menu">
      <ul>
        <li><a href="/">Головна</a></li>
        <li><a href="/gromada">Громада</a></li>
        <li><a href="/rada">Рада</a></li>
        <li class="active"><a href="/structure">Структурні підрозділи</a></li>
        <li><a href="/docs">Документи</a></li>
        <li><a href="/news">Новини</a></li>
        <li><a href="/contacts">Контакти</a></li>
      </ul>
    </nav>
  </div>
</header>
<div class="container">
<nav class="breadcrumbs" aria-label="breadcrumb"><a href="/">Головна</a> / <a href="/structure">Структурні підрозділи</a> / <a href="/structure/ssd">Служба у справах дітей</a> / Звіт за 2022 рік</nav>
<div class="row">
<main class="col-main">
<article class="news-item">
<h1>Про роботу служби у справах дітей Руськополянської сільської ради у 2022 році</h1>
<div class="news-meta"><span class="date">27.01.2023 09:14</span> · <span class="cat">Служба у справах дітей</span> · <span class="views">Переглядів: 318</span></div>
<div class="news-text">
<p>Служба у справах дітей Руськополянської сільської ради (далі – Служба) у 2022 році працювала в умовах воєнного стану. У громаді проживає 2 146 дітей віком до 18 років.</p>
<h2>Діти-сироти та діти, позбавлені батьківського піклування</h2>
<p>Станом на 31.12.2022 на первинному обліку Служби перебуває 41 дитина-сирота та дитина, позбавлена батьківського піклування (на 01.01.2022 – 37), з них 12 дітей-сиріт і 29 дітей, позбавлених батьківського піклування.</p>
<p>Протягом року на первинний облік взято 9 дітей. Знято з обліку 5 дітей: у зв'язку з досягненням повноліття – 3, усиновленням – 1, поверненням до батьків – 1.</p>
<p>Усі діти зазначеної категорії виховуються в сімейних формах: під опікою, піклуванням – 33, у прийомних сім'ях – 6, у дитячому будинку сімейного типу – 2. Громадянами України усиновлено одну дитину.</p>
<h2>Діти у складних життєвих обставинах</h2>
<p>На обліку дітей, які перебувають у складних життєвих обставинах, станом на кінець року перебувають 18 дітей з 11 сімей. Протягом 2022 року на такий облік поставлено 7 дітей, знято з нього – 6 (у зв'язку з подоланням складних обставин).</p>
<p>Надійшло 15 повідомлень щодо дітей, які можуть перебувати у складних життєвих обставинах; за кожним повідомленням здійснено виїзд за місцем проживання дитини. Проведено обстеження умов проживання 36 сімей.</p>
<h2>Діти, які постраждали внаслідок воєнних дій</h2>
<p>Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2022 році надано 64 дітям, з них 21 – дітям із числа внутрішньо переміщених осіб. Заяв про надання статусу, які залишилися нерозглянутими, немає.</p>
<h2>Профілактика та робота з населенням</h2>
<p>Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 57 питань. Спільно з ювенальною превенцією здійснено 14 рейдів «Діти вулиці» та «Урок».</p>
<p>Для учнів закладів загальної середньої освіти громади проведено 8 профілактичних заходів (бесіди, виховні години, правовий лекторій), якими охоплено 326 дітей. Розглянуто 23 звернення громадян, надано 96 консультацій з питань захисту прав дітей. На телефон «гарячої лінії» Служби надійшло 47 дзвінків.</p>
<p>Штатна чисельність Служби – три посади; фактично працюють троє фахівців, у тому числі начальник служби.</p>
<h2>Основні показники</h2>
<table class="table">
<thead><tr><th>Показник</th><th>2021 рік</th><th>2022 рік</th></tr></thead>
<tbody>
<tr><td>Діти-сироти та позбавлені батьківського піклування на обліку (на кінець року)</td><td>37</td><td>41</td></tr>
<tr><td>Взято на первинний облік</td><td>8</td><td>9</td></tr>
<tr><td>Знято з первинного обліку</td><td>4</td><td>5</td></tr>
<tr><td>Діти у СЖО на обліку (на кінець року)</td><td>17</td><td>18</td></tr>
<tr><td>Надано статус дитини, яка постраждала внаслідок воєнних дій</td><td>3</td><td>64</td></tr>
<tr><td>Звернення громадян</td><td>19</td><td>23</td></tr>
</tbody>
</table>
<p>У 2023 році Служба планує створити ще одну прийомну сім'ю та провести навчання для 5 кандидатів у прийомні батьки.</p>
</div>
<div class="share"><span>Поділитися:</span> <a href="#fb">Facebook</a> <a href="#tg">Telegram</a></div>
</article>
</main>
<aside class="sidebar">
  <div class="widget"><h3>Служба у справах дітей</h3>
    <p>вул. Шевченка, 2, с. Руська Поляна, 19841</p>
    <p>тел. (0472) 0-73-42-05</p>
    <p>Прийом громадян: пн–пт, 8:00–17:00, обідня перерва 12:00–13:00</p></div>
  <div class="widget"><h3>Останні новини</h3>
    <ul>
      <li><a href="/news/981">25.01.2023 Сесія сільської ради: прийнято 34 рішення</a></li>
      <li><a href="/news/979">23.01.2023 До ЗСУ передано 12 генераторів</a></li>
      <li><a href="/news/975">19.01.2023 Графік відключень на 20 січня</a></li>
    </ul></div>
  <div class="widget"><h3>Опитування</h3><p>Чи задоволені ви роботою ЦНАП? Так – 71 %, ні – 29 %</p></div>
</aside>
</div>
</div>
<footer class="site-footer">
  <div class="container">© 2017–2023 Руськополянська сільська рада. Усі права захищено.<br>
  19841, Черкаська обл., Черкаський р-н, с. Руська Поляна, вул. Шевченка, 2. ЄДРПОУ 04408573<br>
  Сайт працює на платформі «Громада» · <a href="/sitemap">Карта сайту</a></div>
</footer>
</body>
</html>
"""


def gold():
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Руськополянської сільської ради",
        "centre_type": "other", "settlement": "Руська Поляна", "oblast": "Черкаська",
        "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31",
        "published": "2023-01-27",
    })
    f = g.f
    reg = f("registered", "children", 41,
            "на первинному обліку Служби перебуває 41 дитина-сирота та дитина, позбавлена батьківського піклування",
            label="діти-сироти та діти, позбавлені батьківського піклування")
    r1 = f("registered", "children", 12, "з них 12 дітей-сиріт", category="діти-сироти", group="registered_41", parent=reg)
    r2 = f("registered", "children", 29, "29 дітей, позбавлених батьківського піклування",
           category="діти, позбавлені батьківського піклування", group="registered_41", parent=reg)
    new = f("registered_new", "children", 9, "Протягом року на первинний облік взято 9 дітей",
            label="діти-сироти та діти, позбавлені батьківського піклування")
    de = f("deregistered", "children", 5, "Знято з обліку 5 дітей", label="діти-сироти та діти, позбавлені батьківського піклування")
    d1 = f("deregistered", "children", 3, "у зв'язку з досягненням повноліття – 3", label="досягнення повноліття",
           group="deregistered_5", parent=de)
    d2 = f("deregistered", "children", 1, "усиновленням – 1", label="усиновлення", group="deregistered_5", parent=de)
    d3 = f("deregistered", "children", 1, "поверненням до батьків – 1", label="повернення до батьків",
           group="deregistered_5", parent=de)
    sf = f("registered", "families", 11, "перебувають 18 дітей з 11 сімей",
           label="сім'ї, діти з яких перебувають у СЖО")
    sc = f("registered", "children", 18, "перебувають 18 дітей", label="діти у складних життєвих обставинах", parent=sf)
    sn = f("registered_new", "children", 7, "на такий облік поставлено 7 дітей", label="діти у складних життєвих обставинах")
    sd = f("deregistered", "children", 6, "знято з нього – 6 (у зв'язку з подоланням складних обставин)",
           label="діти у складних життєвих обставинах", alt=["outcome_positive"])
    nt = f("notified", "children", 15, "Надійшло 15 повідомлень щодо дітей",
           note="notifications about children, counted as children")
    war = f("registered_new", "children", 64, "у 2022 році надано 64 дітям",
            label="надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    wi = f("registered_new", "children", 21, "з них 21 – дітям із числа внутрішньо переміщених осіб",
           category="внутрішньо переміщені особи", parent=war)
    ev = f("events", "events", 8, "проведено 8 профілактичних заходів")
    ep = f("event_participants", "children", 326, "якими охоплено 326 дітей", parent=ev)
    ap = f("applied", "applications", 23, "Розглянуто 23 звернення громадян")
    cs = f("services_provided", "services", 96, "надано 96 консультацій з питань захисту прав дітей", service="counselling")
    cl = f("calls", "calls", 47, "На телефон «гарячої лінії» Служби надійшло 47 дзвінків.")
    sp = f("staff_positions", "positions", 3, "Штатна чисельність Служби – три посади")
    sa = f("staff_actual", "staff", 3, "фактично працюють троє фахівців")
    tq = [
        ("Діти-сироти та позбавлені батьківського піклування на обліку (на кінець року)\t37\t41", "registered", 41,
         "діти-сироти та діти, позбавлені батьківського піклування"),
        ("Взято на первинний облік\t8\t9", "registered_new", 9, "діти-сироти та діти, позбавлені батьківського піклування"),
        ("Знято з первинного обліку\t4\t5", "deregistered", 5, "діти-сироти та діти, позбавлені батьківського піклування"),
        ("Діти у СЖО на обліку (на кінець року)\t17\t18", "registered", 18, "діти у складних життєвих обставинах"),
        ("Надано статус дитини, яка постраждала внаслідок воєнних дій\t3\t64", "registered_new", 64,
         "надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів"),
        ("Звернення громадян\t19\t23", "applied", 23, None),
    ]
    tids = []
    for q, ind, val, lab in tq:
        unit = "applications" if ind == "applied" else "children"
        tids.append(f(ind, unit, val, q, label=lab, note="2022 column of the summary table; repeats the prose"))

    n = lambda x: int(x[1:])  # noqa: E731
    v = lambda x: f"f{n(x)}"  # noqa: E731
    g.check("parts_sum", "з них 12 дітей-сиріт і 29 дітей, позбавлених батьківського піклування", "12 + 29 = 41",
            f"{v(r1)} + {v(r2)} == {v(reg)}")
    g.check("parts_sum", "Знято з обліку 5 дітей: у зв'язку з досягненням повноліття – 3, усиновленням – 1, поверненням до батьків – 1.",
            "3 + 1 + 1 = 5", f"{v(d1)} + {v(d2)} + {v(d3)} == {v(de)}")
    g.check("parts_sum", "(на 01.01.2022 – 37)", "37 at the start of the year + 9 taken − 5 removed = 41 (37 is a literal)",
            f"37 + {v(new)} - {v(de)} == {v(reg)}")
    g.check("parts_sum", "під опікою, піклуванням – 33, у прийомних сім'ях – 6, у дитячому будинку сімейного типу – 2",
            "placements 33 + 6 + 2 = 41, «усі діти» (placements have no §3 id; literals)", f"33 + 6 + 2 == {v(reg)}")
    g.check("parts_sum", "Діти у СЖО на обліку (на кінець року)\t17\t18",
            "17 at the end of 2021 (table, literal) + 7 put on the register − 6 removed = 18",
            f"17 + {v(sn)} - {v(sd)} == {v(sc)}")
    g.check("parts_sum", "з них 21 – дітям із числа внутрішньо переміщених осіб", "21 ≤ 64", f"{v(wi)} <= {v(war)}")
    g.check("internal_conflict", "Діти-сироти та позбавлені батьківського піклування на обліку (на кінець року)\t37\t41",
            "the table's 2022 column repeats the prose: 41, 9, 5, 18, 64, 23",
            " and ".join(f"{v(a)} == {v(b)}" for a, b in zip(tids, [reg, new, de, sc, war, ap])))
    g.check("parts_sum", "фактично працюють троє фахівців", "3 staff ≤ 3 positions", f"{v(sa)} <= {v(sp)}")

    g.skip("Про роботу служби у справах дітей Руськополянської сільської ради у 2022 році", [2022], "title year")
    g.skip("27.01.2023 09:14", [27, 1, 2023, 9, 14], "publication date and time")
    g.skip("Переглядів: 318", [318], "view counter")
    g.skip("у 2022 році працювала в умовах воєнного стану", [2022], "year")
    g.skip("У громаді проживає 2 146 дітей віком до 18 років.", [2146, 18], "child population, age")
    g.skip("Станом на 31.12.2022", [31, 12, 2022], "date")
    g.skip("(на 01.01.2022 – 37)", [1, 1, 2022, 37], "start-of-year register (the 2021 year-end figure); used as a literal")
    g.skip("під опікою, піклуванням – 33, у прийомних сім'ях – 6, у дитячому будинку сімейного типу – 2",
           [33, 6, 2], "placements by form: no §3 id")
    g.skip("Громадянами України усиновлено одну дитину.", [1], "adoption: no §3 id (the same child is the «усиновленням – 1» removal)")
    g.skip("Протягом 2022 року", [2022], "year")
    g.skip("Проведено обстеження умов проживання 36 сімей.", [36], "inspections of living conditions: no §3 id (not a needs assessment)")
    g.skip("Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 57 питань.", [11, 57],
           "commission sittings and questions: no §3 id")
    g.skip("здійснено 14 рейдів", [14], "raids: no §3 id")
    g.skip("Показник\t2021 рік\t2022 рік", [2021, 2022], "table header years")
    g.skip("Взято на первинний облік\t8\t9", [8, 4, 17, 3, 19], "2021 column of the table (other year)")
    g.skip("У 2023 році Служба планує створити ще одну прийомну сім'ю та провести навчання для 5 кандидатів у прийомні батьки.",
           [2023, 1, 5], "plan for 2023")
    g.note("a служба у справах дітей is centre_type other; registers are registered / registered_new / deregistered with unit children, told apart by label")
    g.note("the SJO register: «18 дітей з 11 сімей» → registered families 11 and registered children 18 hanging on it")
    g.note("«знято з нього – 6 (у зв'язку з подоланням складних обставин)» → deregistered (alt outcome_positive)")
    g.note("the status of a child affected by war granted in 2022 → registered_new with label (as blind18)")
    g.note("the summary table's 2022 column repeats six prose figures: two facts each; the 2021 column is skipped")
    g.note("page furniture (top line, menu, breadcrumbs, sidebar with its own numbers 34, 12, 20, 71 %, 29 %, footer with ЄДРПОУ) is not part of the report; the reader prints none of it (only the article), so none of it is in the gold")
    g.note("«три посади», «троє фахівців» (numbers in words) are facts")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), HTML)
    gold().write()
