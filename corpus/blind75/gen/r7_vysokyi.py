"""b75_07: ТЦСО Височанської селищної ради (Харківська), annual results 2024 as an INFOGRAPHIC page.
Council-site HTML (UTF-8) whose figures live largely in inline <svg> charts (bar chart with <text> labels
and values, <title> tooltips, axis ticks and grid lines; a donut with a <tspan>-split total «1 2»«04» and
a legend with percentages; a small quarterly bar chart), plus prose paragraphs.
`zvitparse read` prints none of the SVG's text: the SVG-only figures are listed under `svg_only` in the gold."""
from common import Gold, write_text, report_path

DOC = "b75_07_vysokyi_tcso_infographic2024.html"

BARS = [("Догляд вдома", 412), ("Натуральна допомога", 530), ("Консультування", 111),
        ("Денний догляд", 87), ("Соціальне таксі", 64)]
AGES = [("до 60 років", 14, "#9ecae1"), ("60–69 років", 27, "#6baed6"), ("70–79 років", 33, "#3182bd"),
        ("80 років і старше", 26, "#08519c")]
QUARTERS = [("I кв.", 9874), ("II кв.", 10215), ("III кв.", 10302), ("IV кв.", 10701)]


def bar_svg():
    out = ['<svg class="chart-bar" width="640" height="340" viewBox="0 0 640 340" xmlns="http://www.w3.org/2000/svg" role="img">',
           '<title>Кількість отримувачів за видами послуг, осіб</title>',
           '<g class="grid" stroke="#e0e0e0">']
    for i, v in enumerate(range(0, 700, 100)):
        y = 290 - v * 0.4
        out.append(f'<line x1="60" y1="{y:.0f}" x2="620" y2="{y:.0f}"/>')
    out.append('</g><g class="axis-y" font-size="11" text-anchor="end" fill="#666">')
    for v in range(0, 700, 100):
        out.append(f'<text x="52" y="{290 - v * 0.4 + 4:.0f}">{v}</text>')
    out.append('</g><g class="bars" font-family="Arial" font-size="12">')
    for i, (name, v) in enumerate(BARS):
        x = 80 + i * 108
        h = v * 0.4
        out.append(f'<g class="bar"><rect x="{x}" y="{290 - h:.0f}" width="70" height="{h:.0f}" fill="#2b8cbe">'
                   f'<title>{name}: {v} осіб</title></rect>'
                   f'<text class="value" x="{x + 35}" y="{290 - h - 6:.0f}" text-anchor="middle" font-weight="bold">{v}</text>'
                   f'<text class="label" x="{x + 35}" y="{310}" text-anchor="middle">{name}</text></g>')
    out.append('</g></svg>')
    return "\n".join(out)


def donut_svg():
    out = ['<svg class="chart-donut" width="420" height="260" viewBox="0 0 420 260" xmlns="http://www.w3.org/2000/svg">',
           '<title>Вікова структура отримувачів</title>',
           '<g transform="translate(130,130)">']
    off = 0
    for name, p, col in AGES:
        out.append(f'<circle r="80" fill="none" stroke="{col}" stroke-width="36" stroke-dasharray="{p * 5.0265:.1f} 502.65" '
                   f'stroke-dashoffset="{-off * 5.0265:.1f}"><title>{name}: {p} %</title></circle>')
        off += p
    out.append('<text class="total" text-anchor="middle" y="-2" font-size="26" font-weight="bold">'
               '<tspan>1 2</tspan><tspan>04</tspan></text>'
               '<text text-anchor="middle" y="20" font-size="12">отримувачі</text></g>')
    out.append('<g class="legend" font-size="13" transform="translate(250,70)">')
    for i, (name, p, col) in enumerate(AGES):
        out.append(f'<rect x="0" y="{i * 30}" width="14" height="14" fill="{col}"/>'
                   f'<text x="22" y="{i * 30 + 12}"><tspan class="lname">{name}</tspan> '
                   f'<tspan class="lval" font-weight="bold">{p} %</tspan></text>')
    out.append('</g></svg>')
    return "\n".join(out)


def quarter_svg():
    out = ['<svg class="chart-q" width="420" height="200" viewBox="0 0 420 200" xmlns="http://www.w3.org/2000/svg">',
           '<title>Надано соціальних послуг по кварталах</title>',
           '<line x1="40" y1="170" x2="400" y2="170" stroke="#999"/>']
    for i, (q, v) in enumerate(QUARTERS):
        x = 60 + i * 90
        h = v / 100
        out.append(f'<rect x="{x}" y="{170 - h:.0f}" width="50" height="{h:.0f}" fill="#41ab5d"><title>{q} 2024: {v}</title></rect>'
                   f'<text x="{x + 25}" y="{165 - h:.0f}" text-anchor="middle" font-size="11">{v // 1000} {v % 1000:03d}</text>'
                   f'<text x="{x + 25}" y="188" text-anchor="middle" font-size="11">{q}</text>')
    out.append('</svg>')
    return "\n".join(out)


HTML = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Підсумки 2024 року в цифрах – Територіальний центр | Височанська селищна рада</title>
<style>.infographic{{display:flex;flex-wrap:wrap;gap:24px}} .infographic figure{{margin:0}}</style>
</head>
<body>
<header class="site-header">
 <div class="brand"><a href="/"><img src="/img/gerb-vysokyi.svg" alt="Герб"> Височанська селищна рада</a></div>
 <div class="hotline">Гаряча лінія: (057) 0-92-40-11</div>
 <nav class="main-nav"><ul><li><a href="/">Головна</a></li><li><a href="/news">Новини</a></li>
  <li><a href="/vlada">Влада</a></li><li><a href="/social">Соціальна сфера</a></li><li><a href="/zvernennia">Звернення</a></li></ul></nav>
</header>
<nav class="breadcrumb" aria-label="breadcrumb"><a href="/">Головна</a> / <a href="/social">Соціальна сфера</a> / <a href="/social/tcso">Територіальний центр</a> / Підсумки 2024 року</nav>
<main>
<article class="post">
<h1>Територіальний центр: підсумки 2024 року в цифрах</h1>
<p class="post-date">Опубліковано: 21.01.2025 · Рубрика: Соціальний захист</p>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Височанської селищної ради підбив підсумки роботи за 2024 рік. Головні показники – на інфографіці нижче.</p>
<div class="infographic">
<figure>
{bar_svg()}
<figcaption>Рис. 1. Отримувачі за видами послуг</figcaption>
</figure>
<figure>
{donut_svg()}
<figcaption>Рис. 2. Вікова структура отримувачів</figcaption>
</figure>
<figure>
{quarter_svg()}
<figcaption>Рис. 3. Надано послуг по кварталах</figcaption>
</figure>
</div>
<p>Торік послугами Центру скористалися 1 204 мешканці громади – на 9 % більше, ніж у 2023 році (1 105). Серед них 318 внутрішньо переміщених осіб і 276 осіб з інвалідністю. Догляд вдома отримували 412 осіб, денний догляд – 87, натуральну допомогу – 530, консультування – 111, соціальним таксі скористалися 64 особи. Жінки становлять 68 % отримувачів, чоловіки – 35 %.</p>
<p>Соціальні робітники здійснили 23 816 виїздів до підопічних і надали 41 092 соціальні послуги. Видано 1 460 продуктових наборів на загальну суму 744,6 тис. грн. У відділенні денного перебування проведено 46 заходів, участь у яких взяли 603 особи. Взято на обслуговування 139 осіб, знято з обслуговування 121 особу.</p>
<p>У Центрі 58 штатних посад, працює 54 працівники, з них 38 – соціальні робітники. Скарг за рік – жодної. У грудні ми опитали 212 отримувачів: 93,4 % задоволені якістю послуг.</p>
<p>Безоплатно догляд вдома отримують 341 з 412 осіб, для решти вартість години послуги становить 76 грн. Гаряча лінія Центру прийняла 1 128 дзвінків. Пункт прокату видав 73 технічні засоби реабілітації (крісла колісні, ходунки, милиці). Станом на 31.12.2024 на черзі на догляд вдома – 9 осіб. Касові видатки Центру за рік склали 21 457,3 тис. грн. Підвищили кваліфікацію 12 працівників.</p>
<p>У 2025 році плануємо відкрити відділення стаціонарного догляду на 20 ліжок та запровадити послугу супроводу під час інклюзивного навчання. Інфографіку підготовлено за даними звітності Центру; на сайті вона може некоректно відображатися у старих браузерах.</p>
<p class="contacts">Адреса: 62459, смт Високий, вул. Озерна, 12. Телефон: (057) 0-92-40-15.</p>
</article>
</main>
<aside class="sidebar"><h3>Популярне</h3><ul><li><a href="/news/512">Графік відключень: 3 черги</a></li><li><a href="/news/509">Прийом депутатів 24.01</a></li></ul></aside>
<footer class="site-footer">© 2021–2025 Височанська селищна рада · ЄДРПОУ 04396872 · Усі матеріали – CC BY 4.0</footer>
</body>
</html>
"""


def build():
    write_text(report_path(DOC), HTML, encoding="utf-8", newline="\n")


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Височанської селищної ради",
        "centre_type": "tcso", "settlement": "Високий", "oblast": "Харківська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-01-21"},
        {"centre": ["Територіальний центр соціального обслуговування Височанської селищної ради"],
         "oblast": [""], "report_kind": ["period_report", "other"]})
    f = g.f
    tot = f("served", "persons", 1204, "Торік послугами Центру скористалися 1 204 мешканці громади")
    idp = f("served", "persons", 318, "Серед них 318 внутрішньо переміщених осіб", category="внутрішньо переміщені особи",
            parent=tot)
    dis = f("served", "persons", 276, "276 осіб з інвалідністю", category="особи з інвалідністю", parent=tot)
    parts = []
    for v, sid, q in ((412, "home_care", "Догляд вдома отримували 412 осіб"), (87, "day_care", "денний догляд – 87"),
                      (530, "natural_aid", "натуральну допомогу – 530"), (111, "counselling", "консультування – 111"),
                      (64, "social_taxi", "соціальним таксі скористалися 64 особи")):
        parts.append(f("served", "persons", v, q, service=sid, group="served_1204_by_service", parent=tot))
    w = f("share", "percent", 68, "Жінки становлять 68 % отримувачів", label="жінки серед отримувачів")
    m = f("share", "percent", 35, "чоловіки – 35 %", label="чоловіки серед отримувачів")
    sp = f("services_provided", "services", 41092, "надали 41 092 соціальні послуги")
    f("aid_value", "uah", 744600, "на загальну суму 744,6 тис. грн", service="natural_aid")
    ev = f("events", "events", 46, "У відділенні денного перебування проведено 46 заходів")
    f("event_participants", "persons", 603, "участь у яких взяли 603 особи", parent=ev)
    f("served", "persons", 139, "Взято на обслуговування 139 осіб", alt=["registered_new", "support_started"],
      label="взято на обслуговування")
    f("deregistered", "persons", 121, "знято з обслуговування 121 особу")
    pos = f("staff_positions", "positions", 58, "У Центрі 58 штатних посад")
    act = f("staff_actual", "staff", 54, "працює 54 працівники")
    sw = f("staff_actual", "staff", 38, "з них 38 – соціальні робітники", label="соціальні робітники", parent=act)
    fr = f("served", "persons", 341, "Безоплатно догляд вдома отримують 341 з 412 осіб", service="home_care",
           label="безоплатно", parent=parts[0])
    f("calls", "calls", 1128, "Гаряча лінія Центру прийняла 1 128 дзвінків")
    f("budget_spent", "uah", 21457300, "Касові видатки Центру за рік склали 21 457,3 тис. грн")
    f("staff_trained", "staff", 12, "Підвищили кваліфікацію 12 працівників")
    f("complaints", "complaints", 0, "Скарг за рік – жодної.", note="«жодної» = 0")
    sv = f("survey_respondents", "recipients", 212, "У грудні ми опитали 212 отримувачів", unit_alt="persons")
    sat = f("satisfaction", "percent", 93.4, "93,4 % задоволені якістю послуг", alt=["share"])

    g.slip("percents_sum", "error", "Жінки становлять 68 % отримувачів, чоловіки – 35 %.", 103, 100, [w, m],
           "women and men partition the recipients but sum to 103 % (whole percents allow at most ±1)",
           f"psum_ok([{w}, {m}], 0)")
    g.check("parts_sum", "Догляд вдома отримували 412 осіб, денний догляд – 87, натуральну допомогу – 530",
            "412 + 87 + 530 + 111 + 64 = 1 204 (the bar chart's five bars; the donut's total)",
            " + ".join(parts) + f" == {tot}")
    g.check("parts_sum", "Серед них 318 внутрішньо переміщених осіб і 276 осіб з інвалідністю",
            "overlapping categories each ≤ 1 204", f"{idp} <= {tot} and {dis} <= {tot}")
    g.check("percent_mismatch", "на 9 % більше, ніж у 2023 році (1 105)", "(1 204 − 1 105) / 1 105 = 8,96 % → 9 %",
            f"pct_ok(9, {tot} - 1105, 1105, 0)")
    g.check("parts_sum", "Безоплатно догляд вдома отримують 341 з 412 осіб", "341 ≤ 412 (the «з 412» restates f4)",
            f"{fr} <= {parts[0]} and {parts[0]} == 412")
    g.check("percent_impossible", "У грудні ми опитали 212 отримувачів: 93,4 % задоволені",
            "198 of 212 = 93,40 %", f"grim_ok({sat}, {sv}, 1)")
    g.check("parts_sum", "працює 54 працівники, з них 38 – соціальні робітники", "38 ≤ 54 ≤ 58",
            f"{sw} <= {act} <= {pos}")

    g.skip("Опубліковано: 21.01.2025", [21, 1, 2025], "publication date (meta published)")
    g.skip("за 2024 рік", [2024], "report period (meta)")
    g.skip("Рис. 1. Отримувачі за видами послуг", [1, 2, 3], "figure numbers (Рис. 1–3)")
    g.skip("на 9 % більше, ніж у 2023 році (1 105)", [9, 2023, 1105], "difference from the prior year, prior-year figure")
    g.skip("Соціальні робітники здійснили 23 816 виїздів до підопічних", [23816], "visits (no §3 id)")
    g.skip("Видано 1 460 продуктових наборів", [1460], "items handed out")
    g.skip("Адреса: 62459, смт Високий, вул. Озерна, 12. Телефон: (057) 0-92-40-15.", [62459, 12, 57, 924015],
           "postcode, address, phone")
    g.skip("341 з 412 осіб", [412], "the 412 restated as the whole of a part (same figure as f4, not a new fact)")
    g.skip("вартість години послуги становить 76 грн", [76], "hourly tariff")
    g.skip("Пункт прокату видав 73 технічні засоби реабілітації", [73], "items handed out")
    g.skip("Станом на 31.12.2024 на черзі на догляд вдома – 9 осіб.", [31, 12, 2024, 9], "date; waiting list (no §3 id)")
    g.skip("У 2025 році плануємо відкрити відділення стаціонарного догляду на 20 ліжок", [2025, 20], "plan, capacity")
    g.extra["svg_only"] = {
        "note": "`zvitparse read` prints nothing of the three inline <svg> charts (no <text>, <tspan>, <title> or <desc>), "
                "only their <figcaption>s. The figures below live only in the SVG (or repeat the prose) and cannot be "
                "quoted from the read text, so they are not gold facts. A reader that learns to print SVG text would "
                "owe the `would_be_fact` rows; the rest are chart furniture.",
        "items": [
            {"svg": "<text class=\"value\">412</text> … <text class=\"label\">Догляд вдома</text> (and 530, 111, 87, 64 with their labels; <title>Догляд вдома: 412 осіб</title> tooltips)",
             "values": [412, 530, 111, 87, 64], "status": "repeats the prose (facts f4–f8): a second fact each if printed"},
            {"svg": "<text class=\"total\"><tspan>1 2</tspan><tspan>04</tspan></text> отримувачі",
             "values": [1204], "status": "donut total split over two tspans; repeats the prose 1 204"},
            {"svg": "legend: до 60 років 14 %, 60–69 років 27 %, 70–79 років 33 %, 80 років і старше 26 % (and <title> tooltips)",
             "values": [14, 27, 33, 26],
             "would_be_fact": [{"indicator": "share", "unit": "percent", "value": v, "label": lab}
                               for lab, v, _ in AGES],
             "check": "14 + 27 + 33 + 26 = 100 (percents_sum passes)"},
            {"svg": "quarterly bars: I кв. 9 874, II кв. 10 215, III кв. 10 302, IV кв. 10 701 (<title>I кв. 2024: 9874</title> …)",
             "values": [v for _, v in QUARTERS],
             "would_be_fact": [{"indicator": "services_provided", "unit": "services", "value": v, "label": q + " 2024",
                                "parent_id": sp} for q, v in QUARTERS],
             "check": "9 874 + 10 215 + 10 302 + 10 701 = 41 092 (parts_sum passes)"},
            {"svg": "y-axis ticks 0 100 200 300 400 500 600 and grid lines", "values": [0, 100, 200, 300, 400, 500, 600],
             "status": "chart furniture, skip"},
        ]}
    g.note("the page is an infographic: the article's figures are in three inline SVG charts; the reader drops all SVG text, so only the prose paragraphs are annotated; see svg_only")
    g.note("to reach 20 facts the page carries three prose paragraphs under the charts rather than one short paragraph")
    g.note("«Торік» in a page published 21.01.2025 is 2024; the header says «за 2024 рік»")
    g.note("the five services sum exactly to 1 204 and the donut shows 1 204 as their whole: a partition (group)")
    g.note("«Жінки … 68 %, чоловіки – 35 %» → two share facts with labels; they sum to 103 (the planted slip)")
    g.note("the oblast is not named in the read text; meta_alt allows an empty oblast")
    g.write()


if __name__ == "__main__":
    build()
    gold()
