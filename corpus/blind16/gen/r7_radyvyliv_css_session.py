"""b16_07: Радивилівська міська рада (Рівненська), draft session decision approving the report of
КУ «Центр соціальних служб» for 2023, with the report as an annex; HTML UTF-8 council page.

Less common style: a проєкт рішення (preamble, ВИРІШИЛА, points) + «Додаток» with <ul> lists and a
<table> with rowspan/colspan headers; site menu, sidebar and footer.
Planted slip: internal_conflict, the preamble says 1 126 families/persons served, the annex 1 162.
"""
from common import Gold, write_text, report_path, read_text, nq

NAME = "b16_07_radyvyliv_css_session2023.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Проєкт рішення «Про звіт про діяльність КУ «Центр соціальних служб» за 2023 рік» – Радивилівська міська рада</title>
</head>
<body>
<header class="site-header">
  <div class="brand">Радивилівська міська рада<span class="sub">Рівненська область · Офіційний вебсайт</span></div>
  <nav class="main-nav"><ul>
    <li><a href="/">Головна</a></li><li><a href="/rada">Міська рада</a></li><li><a href="/vykonkom">Виконком</a></li>
    <li><a href="/docs">Документи</a></li><li><a href="/zvernennia">Звернення громадян</a></li>
  </ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/docs">Документи</a> / Проєкти рішень</div>
<main>
<article>
<h1>Проєкт рішення «Про звіт про діяльність комунальної установи «Центр соціальних служб» Радивилівської міської ради за 2023 рік»</h1>
<p class="meta">Опубліковано: 08.02.2024 · Переглядів: 57</p>

<p style="text-align:center"><b>РАДИВИЛІВСЬКА МІСЬКА РАДА</b><br>Рівненської області<br>(восьме скликання)</p>
<p style="text-align:center"><b>ПРОЄКТ РІШЕННЯ</b></p>
<p>____ лютого 2024 року &nbsp;&nbsp;&nbsp; м. Радивилів &nbsp;&nbsp;&nbsp; № ____</p>
<p><b>Про звіт про діяльність комунальної установи «Центр соціальних служб» Радивилівської міської ради за 2023 рік</b></p>

<p>Заслухавши звіт директора комунальної установи «Центр соціальних служб» Радивилівської міської ради про діяльність у 2023 році, відповідно до пункту 22 частини першої статті 26 Закону України «Про місцеве самоврядування в Україні», Закону України «Про соціальні послуги», враховуючи, що у 2023 році Центр надав соціальні послуги 1 126 сім’ям/особам, та рекомендації постійної комісії з питань охорони здоров’я та соціального захисту населення (протокол від 30.01.2024 № 14), міська рада</p>
<p><b>ВИРІШИЛА:</b></p>
<p>1. Звіт про діяльність комунальної установи «Центр соціальних служб» Радивилівської міської ради за 2023 рік взяти до відома (додається).</p>
<p>2. Директору Центру забезпечити у 2024 році охоплення соціальним супроводом не менше 40 сімей, які перебувають у складних життєвих обставинах.</p>
<p>3. Фінансовому відділу міської ради передбачити у бюджеті громади на 2025 рік кошти на утримання 2 додаткових посад фахівців із соціальної роботи.</p>
<p>4. Контроль за виконанням рішення покласти на постійну комісію з питань охорони здоров’я та соціального захисту населення.</p>
<p>Міський голова &nbsp;&nbsp;&nbsp;&nbsp; ____________</p>
<p><i>Проєкт вноситься: директор КУ «Центр соціальних служб». Погоджено: юридичний відділ, фінансовий відділ.</i></p>

<hr>
<p style="text-align:right">Додаток<br>до рішення міської ради<br>від ____ 2024 року № ____</p>
<h2>ЗВІТ про діяльність КУ «Центр соціальних служб» Радивилівської міської ради за 2023 рік</h2>

<p>Центр утворено рішенням міської ради від 05.02.2021 № 187; він обслуговує мешканців 42 населених пунктів громади.</p>

<h3>1. Основні показники</h3>
<p>Соціальні послуги у 2023 році отримали 1 162 сім’ї/особи, в яких виховується 1 478 дітей. Надійшли повідомлення щодо 158 сімей/осіб, які можуть перебувати у складних життєвих обставинах; проведено оцінювання потреб 143 сімей/осіб.</p>
<p>Протягом року фахівці Центру надали 3 384 соціальні послуги:</p>
<ul>
  <li>інформування – 1 420;</li>
  <li>консультування – 1 287;</li>
  <li>соціальна профілактика – 402;</li>
  <li>соціальний супровід сімей (осіб) у складних життєвих обставинах – 211;</li>
  <li>соціальне супроводження прийомних сімей і ДБСТ – 64.</li>
</ul>

<h3>2. Соціальний супровід сімей у складних життєвих обставинах</h3>
<table border="1" cellspacing="0" cellpadding="4">
  <tr><th rowspan="2">№</th><th rowspan="2">Категорія сімей</th><th colspan="2">Взято під супровід</th><th colspan="2">Завершено супровід</th></tr>
  <tr><th>сімей</th><th>дітей</th><th>сімей</th><th>дітей</th></tr>
  <tr><td>1</td><td>Сім’ї внутрішньо переміщених осіб</td><td>9</td><td>17</td><td>7</td><td>13</td></tr>
  <tr><td>2</td><td>Сім’ї, де батьки ухиляються від виконання батьківських обов’язків</td><td>11</td><td>24</td><td>10</td><td>22</td></tr>
  <tr><td>3</td><td>Сім’ї, що постраждали від домашнього насильства</td><td>6</td><td>10</td><td>6</td><td>9</td></tr>
  <tr><td>4</td><td>Сім’ї захисників і захисниць України</td><td>5</td><td>8</td><td>3</td><td>5</td></tr>
  <tr><td colspan="2"><b>Всього</b></td><td><b>31</b></td><td><b>59</b></td><td><b>26</b></td><td><b>49</b></td></tr>
</table>
<p>З 26 сімей, супровід яких завершено, у 19 (73,1 %) складні життєві обставини подолано, у 5 – мінімізовано, 2 сім’ї змінили місце проживання.</p>
<p>Соціальним супроводженням охоплено 3 прийомні сім’ї (7 дітей) та 1 дитячий будинок сімейного типу (6 дітей).</p>

<h3>3. Кадри та робота з громадою</h3>
<ul>
  <li>штатна чисельність – 8 посад, фактично працює 8 працівників;</li>
  <li>проведено 26 групових заходів, у яких взяли участь 540 осіб;</li>
  <li>скарг на якість надання соціальних послуг не надходило.</li>
</ul>
<p>Директор КУ «Центр соціальних служб» &nbsp;&nbsp;&nbsp; ____________</p>
</article>
</main>
<aside class="sidebar">
  <section><h4>Наша громада</h4><p>42 населені пункти · 31 748 мешканців · 601,3 км²</p></section>
  <section><h4>Прийом громадян</h4><p>Міський голова: щопонеділка 9:00–13:00, каб. 21</p></section>
  <section><h4>Найближча сесія</h4><p>29 лютого 2024 року о 10:00, 41 питання порядку денного</p></section>
</aside>
<footer class="site-footer">© 2024 Радивилівська міська рада · 35500, Рівненська обл., м. Радивилів, вул. Івана Франка, 10 · тел. (03633) 0-41-27 · rada.radyvyliv@example.ua</footer>
</body>
</html>
"""


def build():
    write_text(report_path(NAME), HTML, encoding="utf-8", newline="\n")


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Радивилівської міської ради",
        "centre_type": "css", "settlement": "Радивилів", "oblast": "Рівненська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
        "published": "2024-02-08",
    }, {"centre": ["Комунальна установа «Центр соціальних служб» Радивилівської міської ради"],
        "report_kind": ["other"]})
    f = g.f
    SS, FO = "social_support_sjo", "social_support_foster"
    pre = f("served", "families_persons", 1126, "у 2023 році Центр надав соціальні послуги 1 126 сім’ям/особам",
            note="the decision's preamble; conflicts with the annex (1 162)")
    sv = f("served", "families_persons", 1162, "Соціальні послуги у 2023 році отримали 1 162 сім’ї/особи")
    f("served", "children", 1478, "в яких виховується 1 478 дітей", parent=sv)
    nt = f("notified", "families_persons", 158, "Надійшли повідомлення щодо 158 сімей/осіб")
    na = f("needs_assessed", "families_persons", 143, "проведено оцінювання потреб 143 сімей/осіб")
    tot = f("services_provided", "services", 3384, "Протягом року фахівці Центру надали 3 384 соціальні послуги:")
    gs = "services_3384_by_service"
    s = [
        f("services_provided", "services", 1420, "інформування – 1 420;", service="informing", group=gs, parent=tot),
        f("services_provided", "services", 1287, "консультування – 1 287;", service="counselling", group=gs, parent=tot),
        f("services_provided", "services", 402, "соціальна профілактика – 402;", service="social_prevention", group=gs, parent=tot),
        f("services_provided", "services", 211, "соціальний супровід сімей (осіб) у складних життєвих обставинах – 211;",
          service=SS, group=gs, parent=tot),
        f("services_provided", "services", 64, "соціальне супроводження прийомних сімей і ДБСТ – 64.",
          service=FO, group=gs, parent=tot),
    ]
    text = read_text(report_path(NAME))
    # the reader prints the colspan «Всього» cell once
    RZ = "Всього\t31\t59\t26\t49"
    tsf = f("support_started", "families", 31, RZ, service=SS, label="Всього – взято під супровід")
    tsc = f("support_started", "children", 59, RZ, service=SS, label="Всього – взято під супровід", parent=tsf)
    tcf = f("support_completed", "families", 26, RZ, service=SS, label="Всього – завершено супровід")
    tcc = f("support_completed", "children", 49, RZ, service=SS, label="Всього – завершено супровід", parent=tcf)
    rows = [("1", "Сім’ї внутрішньо переміщених осіб", "сім'ї внутрішньо переміщених осіб", 9, 17, 7, 13),
            ("2", "Сім’ї, де батьки ухиляються від виконання батьківських обов’язків",
             "сім'ї, у яких батьки ухиляються від виконання батьківських обов'язків", 11, 24, 10, 22),
            ("3", "Сім’ї, що постраждали від домашнього насильства", "сім'ї, які постраждали від домашнього насильства", 6, 10, 6, 9),
            ("4", "Сім’ї захисників і захисниць України", "сім'ї захисників і захисниць України", 5, 8, 3, 5)]
    cols = {"sf": [], "sc": [], "cf": [], "cc": []}
    for no, name, cat, a, b, c, d in rows:
        q = f"{no}\t{name}\t{a}\t{b}\t{c}\t{d}"
        cols["sf"].append(f("support_started", "families", a, q, service=SS, category=cat, group="started_families_31_by_category", parent=tsf))
        cols["sc"].append(f("support_started", "children", b, q, service=SS, category=cat, group="started_children_59_by_category", parent=tsc))
        cols["cf"].append(f("support_completed", "families", c, q, service=SS, category=cat, group="completed_families_26_by_category", parent=tcf))
        cols["cc"].append(f("support_completed", "children", d, q, service=SS, category=cat, group="completed_children_49_by_category", parent=tcc))
    co = f("support_completed", "families", 26, "З 26 сімей, супровід яких завершено", service=SS,
           note="prose repeat of the table's Всього (26)")
    go = "completed_26_by_outcome"
    o1 = f("outcome_positive", "families", 19, "у 19 (73,1 %) складні життєві обставини подолано", percent=73.1,
           service=SS, group=go, parent=co)
    o2 = f("outcome_minimized", "families", 5, "у 5 – мінімізовано", service=SS, group=go, parent=co)
    o3 = f("outcome_other", "families", 2, "2 сім’ї змінили місце проживання", service=SS, group=go, parent=co,
           label="змінили місце проживання")
    pf = f("served", "families", 3, "Соціальним супроводженням охоплено 3 прийомні сім’ї", service=FO, category="прийомні сім'ї")
    f("served", "children", 7, "3 прийомні сім’ї (7 дітей)", service=FO, parent=pf)
    db = f("served", "families", 1, "1 дитячий будинок сімейного типу", service=FO, category="дитячі будинки сімейного типу")
    f("served", "children", 6, "1 дитячий будинок сімейного типу (6 дітей)", service=FO, parent=db)
    pos = f("staff_positions", "positions", 8, "штатна чисельність – 8 посад")
    act = f("staff_actual", "staff", 8, "фактично працює 8 працівників")
    f("events", "events", 26, "проведено 26 групових заходів")
    f("event_participants", "persons", 540, "у яких взяли участь 540 осіб")
    f("complaints", "complaints", 0, "скарг на якість надання соціальних послуг не надходило.")

    g.slip("internal_conflict", "error", "у 2023 році Центр надав соціальні послуги 1 126 сім’ям/особам",
           1126, 1162, [pre, sv], f"{pre} == {sv}",
           "families/persons served in 2023: the decision's preamble says 1 126, the annexed report 1 162 "
           "(same indicator, unit and period; digits transposed)")
    g.check("parts_sum", "Протягом року фахівці Центру надали 3 384 соціальні послуги:",
            f"{' + '.join(s)} == {tot}", "1 420 + 1 287 + 402 + 211 + 64 = 3 384")
    g.check("table_arithmetic", RZ,
            " and ".join(f"{' + '.join(cols[k])} == {t}" for k, t in (("sf", tsf), ("sc", tsc), ("cf", tcf), ("cc", tcc))),
            "columns: взято 9 + 11 + 6 + 5 = 31 families, 17 + 24 + 10 + 8 = 59 children; завершено 7 + 10 + 6 + 3 = 26, "
            "13 + 22 + 9 + 5 = 49")
    g.check("parts_sum", "З 26 сімей, супровід яких завершено", f"{o1} + {o2} + {o3} == {co} and {co} == {tcf}",
            "19 + 5 + 2 = 26 by outcome; prose 26 = table Всього 26")
    g.check("percent_mismatch", "у 19 (73,1 %) складні життєві обставини подолано", f"pct_ok({o1}, {co}, P['{o1}'], 1)",
            "19/26 = 73.08 % → 73,1")
    g.check("parts_sum", "проведено оцінювання потреб 143 сімей/осіб", f"{na} <= {nt} and {act} <= {pos}",
            "143 assessed ≤ 158 notified; 8 staff ≤ 8 positions")

    g.skip("Опубліковано: 08.02.2024 · Переглядів: 57", [8, 2, 2024, 57], "publication date and view counter")
    g.skip("(восьме скликання)", [8], "convocation (in words)")
    g.skip("____ лютого 2024 року м. Радивилів № ____", [2024], "blank date and number of the draft decision")
    g.skip("відповідно до пункту 22 частини першої статті 26 Закону України", [22, 1, 26], "article and point numbers")
    g.skip("(протокол від 30.01.2024 № 14)", [30, 1, 2024, 14], "committee protocol date and number")
    g.skip("2. Директору Центру забезпечити у 2024 році охоплення соціальним супроводом не менше 40 сімей",
           [2, 2024, 40], "decision point: a target for 2024")
    g.skip("3. Фінансовому відділу міської ради передбачити у бюджеті громади на 2025 рік кошти на утримання 2 додаткових посад",
           [3, 2025, 2], "decision point: future positions")
    g.skip("1. Звіт про діяльність комунальної установи", [1, 4], "decision point numbers")
    g.skip("від ____ 2024 року № ____", [2024], "annex reference to the decision")
    g.skip("Центр утворено рішенням міської ради від 05.02.2021 № 187; він обслуговує мешканців 42 населених пунктів громади.",
           [5, 2, 2021, 187, 42], "founding decision and number of settlements")
    g.skip("1. Основні показники", [1, 2, 3], "section numbers")
    g.skip("№\tКатегорія сімей\tВзято під супровід\tЗавершено супровід", [], "table header (rowspan/colspan)")
    g.skip("1\tСім’ї внутрішньо переміщених осіб", [1, 2, 3, 4], "row numbers (№) of the table")
    furniture = [
        ("42 населені пункти · 31 748 мешканців · 601,3 км²", [42, 31748, 601.3], "sidebar: population and area"),
        ("Міський голова: щопонеділка 9:00–13:00, каб. 21", [9, 13, 21], "sidebar: reception hours"),
        ("29 лютого 2024 року о 10:00, 41 питання порядку денного", [29, 2024, 10, 41], "sidebar: next session"),
        ("© 2024 Радивилівська міська рада · 35500, Рівненська обл., м. Радивилів, вул. Івана Франка, 10 · тел. (03633) 0-41-27",
         [2024, 35500, 10, 3633], "footer: address, phone"),
    ]
    kept = 0
    for q, vals, why in furniture:
        if nq(q) in text:
            g.skip(q, vals, why)
            kept += 1
    g.note("a draft session decision with the centre's annual report as its annex: report_kind annual_report "
           "(other accepted); centre = the centre whose report it is; published = «Опубліковано: 08.02.2024»")
    g.note("the preamble's «1 126 сім’ям/особам» and the annex's «1 162 сім’ї/особи» are two facts; they conflict "
           "(internal_conflict)")
    g.note("table with rowspan/colspan header: the reader prints the merged header cells once; every data cell is a fact "
           "quoted by its row; category rows hang on the Всього cell of the same column, one group per column")
    g.note("«2 сім’ї змінили місце проживання» → outcome_other with label")
    g.note("foster: 3 прийомні сім’ї (7 дітей) and 1 ДБСТ (6 дітей): children hang on their families")
    g.note(f"site furniture (menu, sidebar, footer) numbers are not facts; {kept} of {len(furniture)} furniture items "
           "were printed by the reader at generation time and are in skipped")
    g.note("oblast stated in the decision header («Рівненської області»)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
